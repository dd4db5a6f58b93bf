"""Generate the player's cue sounds as small WAV files (stdlib only, deterministic).

Each file is mono, 16-bit, 44.1 kHz, with its peak at -6 dBFS. Tones are sines with
raised-cosine fades so that no sound starts or ends with a click.

Usage: python tools/make_sounds.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -6.0
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"

Samples = list[float]


def silence(seconds: float) -> Samples:
    """`seconds` of silence."""
    return [0.0] * round(seconds * RATE)


def _fade(n: int, attack: float, release: float) -> Callable[[int], float]:
    """A raised-cosine attack/release envelope over `n` samples."""
    a = max(1, round(attack * RATE))
    r = max(1, round(release * RATE))

    def gain(i: int) -> float:
        g = 1.0
        if i < a:
            g = 0.5 - 0.5 * math.cos(math.pi * i / a)
        if i >= n - r:
            g = min(g, 0.5 - 0.5 * math.cos(math.pi * (n - 1 - i) / r))
        return g

    return gain


def tone(
    freq: float,
    seconds: float,
    *,
    to_freq: float | None = None,
    attack: float = 0.008,
    release: float = 0.02,
    decay: float = 0.0,
) -> Samples:
    """A sine at `freq` (gliding exponentially to `to_freq`), faded in and out.

    `decay` is an exponential fall per second (0 = steady), for bell-like notes.
    """
    n = round(seconds * RATE)
    end = to_freq or freq
    env = _fade(n, attack, release)
    out: Samples = []
    phase = 0.0
    for i in range(n):
        out.append(math.sin(phase) * env(i) * math.exp(-decay * i / RATE))
        # A phase accumulator keeps the glide continuous; computing sin(2*pi*f(t)*t) would not.
        f = freq * (end / freq) ** (i / max(1, n - 1))
        phase += 2 * math.pi * f / RATE
    return out


def mix(*parts: tuple[float, Samples]) -> Samples:
    """Overlay sample lists, each starting at its offset in seconds."""
    length = max(round(at * RATE) + len(s) for at, s in parts)
    out = [0.0] * length
    for at, s in parts:
        start = round(at * RATE)
        for i, v in enumerate(s):
            out[start + i] += v
    return out


def normalise(samples: Sequence[float], peak_dbfs: float = PEAK_DBFS) -> list[int]:
    """Scale to the given peak and round to 16-bit integers."""
    top = max(abs(v) for v in samples)
    scale = 32767 * 10 ** (peak_dbfs / 20) / top
    return [round(v * scale) for v in samples]


def sounds() -> dict[str, Samples]:
    """Every cue sound by file stem."""
    c5, e5, g5 = 523.25, 659.26, 783.99
    return {
        "tick": tone(880, 0.09, attack=0.006, release=0.03),
        "go": tone(660, 0.11, release=0.015) + tone(990, 0.14, attack=0.004, release=0.04),
        "switch": tone(740, 0.07, release=0.02) + silence(0.06) + tone(740, 0.07, release=0.02),
        "rest": tone(660, 0.30, to_freq=440, attack=0.01, release=0.06),
        "done": mix(
            (0.0, tone(c5, 0.30, attack=0.005, release=0.08, decay=4.0)),
            (0.16, tone(e5, 0.30, attack=0.005, release=0.08, decay=4.0)),
            (0.32, tone(g5, 0.38, attack=0.005, release=0.12, decay=3.0)),
        ),
    }


def write_wav(path: Path, samples: Sequence[int]) -> None:
    """Write mono 16-bit PCM at RATE."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue sound into the output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        write_wav(args.out / f"{name}.wav", normalise(samples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
