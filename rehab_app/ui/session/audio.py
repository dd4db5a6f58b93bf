"""Beeps and spoken announcements for the player; silent when the machine has no audio.

QtMultimedia and QtTextToSpeech are imported only when a cue is first needed, so the first
screen starts without them (and without their system libraries, which may be missing).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# Qt's test engine: it reports speaking but makes no sound, so only an explicit request uses it.
MOCK_ENGINE = "mock"
# Volume 1 of 100 is this quiet (0 is silence): a dB curve makes the slider feel even.
_QUIETEST_DB = -40.0


class Cue(enum.StrEnum):
    """A short sound; the value is the WAV file's stem in the sounds folder."""

    TICK = "tick"
    GO = "go"
    SWITCH = "switch"
    REST = "rest"
    DONE = "done"


class Unavailable(Exception):
    """Sound or speech cannot be used here; the message says why."""


class Effect(Protocol):
    """The part of QSoundEffect that AudioCues uses (Qt's names and meanings)."""

    def setSource(self, url: QUrl) -> None: ...
    def setVolume(self, volume: float) -> None: ...
    def play(self) -> None: ...
    def stop(self) -> None: ...


class Speaker(Protocol):
    """A speech engine that calls back when it falls idle or breaks."""

    def say(self, text: str) -> None:
        """Speak `text` now, cutting off anything being spoken."""

    def stop(self) -> None:
        """Stop speaking."""

    def set_volume(self, volume: float) -> None:
        """Volume 0..1."""

    def set_language(self, language: str) -> bool:
        """Speak with a voice for `language` (e.g. `de_DE`); False when the engine has none."""

    def is_ready(self) -> bool:
        """True when the engine has loaded and is not speaking."""


EffectFactory = Callable[[QObject], Effect]
IdleCallback = Callable[[], None]
ErrorCallback = Callable[[str], None]


def open_sound() -> EffectFactory:
    """A maker of sound effects for the default output; raises Unavailable."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # e.g. libpulse.so.0 missing on a minimal Linux
        raise Unavailable(f"Qt Multimedia cannot load ({exc})") from exc
    if not QMediaDevices.audioOutputs():
        raise Unavailable("no audio output device")
    return QSoundEffect


class _QtSpeaker(QObject):
    """QTextToSpeech behind the Speaker interface."""

    def __init__(
        self, tts: QTextToSpeech, parent: QObject, on_idle: IdleCallback, on_error: ErrorCallback
    ) -> None:
        super().__init__(parent)
        tts.setParent(self)
        self._tts = tts
        self._on_idle = on_idle
        self._on_error = on_error
        tts.stateChanged.connect(self._state_changed)

    def say(self, text: str) -> None:
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(volume)

    def set_language(self, language: str) -> bool:
        from PySide6.QtCore import QLocale

        wanted = QLocale(language)
        offered = self._tts.availableLocales()
        # The exact locale if the engine has it, else any voice for the same language.
        for locale in sorted(offered, key=lambda loc: loc.name() != wanted.name()):
            if locale.language() == wanted.language():
                self._tts.setLocale(locale)
                return True
        return False

    def is_ready(self) -> bool:
        return self._tts.state() == type(self._tts).State.Ready

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        states = type(self._tts).State
        if state == states.Ready:
            self._on_idle()
        elif state == states.Error:
            self._on_error(self._tts.errorString() or "speech engine error")


def open_speaker(
    engine: str | None, parent: QObject, on_idle: IdleCallback, on_error: ErrorCallback
) -> Speaker:
    """The named engine, or the first working real one; raises Unavailable."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        raise Unavailable(f"Qt TextToSpeech cannot load ({exc})") from exc
    engines = QTextToSpeech.availableEngines()
    if engine:
        candidates = [engine] if engine in engines else []
    else:
        candidates = [name for name in engines if name != MOCK_ENGINE]
    if not candidates:
        wanted = f"speech engine {engine!r}" if engine else "speech engine"
        raise Unavailable(f"no {wanted} installed (found: {', '.join(engines) or 'none'})")
    errors = []
    for name in candidates:
        tts = QTextToSpeech(name, parent)
        if tts.state() != QTextToSpeech.State.Error:
            return _QtSpeaker(tts, parent, on_idle, on_error)
        errors.append(f"{name}: {tts.errorString() or 'error'}")
        tts.deleteLater()
    raise Unavailable("; ".join(errors))


def effect_gain(volume: int) -> float:
    """Linear gain for a 0..100 volume setting (0 is silence, 100 is full scale)."""
    if volume <= 0:
        return 0.0
    return float(10 ** (_QUIETEST_DB * (100 - min(volume, 100)) / 100 / 20))


class AudioCues(QObject):
    """Beeps and speech for the player; silent (one log line) when no device or engine exists."""

    def __init__(
        self,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        sound: bool = True,
        voice: bool = True,
        volume: int = 80,
        speech_engine: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir
        self._engine = speech_engine
        self._sound_on, self._voice_on, self._volume = sound, voice, _clamp(volume)
        self._language: str | None = None
        self._muted = False
        # None: not tried yet; False: tried, unavailable (and logged once).
        self._make_effect: EffectFactory | None | bool = None
        self._speaker: Speaker | None | bool = None
        self._effects: dict[Cue, Effect] = {}
        self._engine_ready = False
        self._busy = False
        self._pending: str | None = None

    @property
    def sound_available(self) -> bool:
        """True when an audio output device exists."""
        return self._sound() is not None

    @property
    def voice_available(self) -> bool:
        """True when a working speech engine exists."""
        return self._voice() is not None

    @property
    def muted(self) -> bool:
        """True while both sound and voice are muted (settings are kept)."""
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute sound and voice together without changing the settings."""
        self._muted = muted
        if muted:
            self.stop()

    def configure(
        self, *, sound: bool, voice: bool, volume: int, language: str | None = None
    ) -> None:
        """Apply the settings: sound on/off, voice on/off, volume 0..100, the voice's language."""
        self._sound_on, self._voice_on, self._volume = sound, voice, _clamp(volume)
        if language is not None and language != self._language:
            self._language = language
            speaker = self._opened_speaker()
            if speaker is not None:
                self._apply_language(speaker)
        if not sound:
            self._stop_effects()
        if not voice:
            self._stop_speech()
        for effect in self._effects.values():
            effect.setVolume(effect_gain(self._volume))
        if (speaker := self._opened_speaker()) is not None:
            speaker.set_volume(self._volume / 100)

    def play(self, cue: Cue) -> None:
        """Play a cue sound (nothing when sound is off, muted or unavailable)."""
        if self._muted or not self._sound_on:
            return
        effect = self._effects.get(cue)
        if effect is None:
            effect = self._new_effect(cue)
        if effect is not None:
            effect.play()

    def say(self, text: str, *, interrupt: bool = False) -> None:
        """Speak `text` after the current announcement; `interrupt` cuts the current one off."""
        text = text.strip()
        if not text or self._muted or not self._voice_on:
            return
        speaker = self._voice()
        if speaker is None:
            return
        if interrupt:
            self._pending = None
        if not self._engine_ready or (self._busy and not interrupt):
            # At most one waiting: a newer announcement makes an older unspoken one stale.
            self._pending = text
            return
        self._speak(speaker, text)

    def stop(self) -> None:
        """Stop all sound and speech and forget any waiting announcement."""
        self._stop_effects()
        self._stop_speech()

    def _sound(self) -> EffectFactory | None:
        if self._make_effect is None:
            try:
                self._make_effect = open_sound()
            except Exception as exc:  # no audio must never stop a session
                self._make_effect = False
                log.info("Sound cues off: %s", exc)
        return None if isinstance(self._make_effect, bool) else self._make_effect

    def _voice(self) -> Speaker | None:
        if self._speaker is None:
            try:
                speaker = open_speaker(self._engine, self, self._on_idle, self._on_error)
            except Exception as exc:  # no speech must never stop a session
                self._speaker = False
                log.info("Voice announcements off: %s", exc)
                return None
            self._speaker = speaker
            self._engine_ready = speaker.is_ready()
            speaker.set_volume(self._volume / 100)
            self._apply_language(speaker)
        return self._opened_speaker()

    def _apply_language(self, speaker: Speaker) -> None:
        if self._language and not speaker.set_language(self._language):
            log.info(
                "No %s voice installed: announcements use the engine's default", self._language
            )

    def _opened_speaker(self) -> Speaker | None:
        """The speaker if it was opened and works; never opens one."""
        return None if isinstance(self._speaker, bool) else self._speaker

    def _new_effect(self, cue: Cue) -> Effect | None:
        make = self._sound()
        if make is None:
            return None
        path = self._sounds_dir / f"{cue.value}.wav"
        if not path.is_file():
            log.warning("Cue sound missing: %s", path)
        effect = make(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(effect_gain(self._volume))
        self._effects[cue] = effect
        return effect

    def _speak(self, speaker: Speaker, text: str) -> None:
        speaker.say(text)
        # Set after say(): an engine may report Ready for the utterance it cut off.
        self._busy = True

    def _stop_effects(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def _stop_speech(self) -> None:
        self._pending = None
        if (speaker := self._opened_speaker()) is not None:
            speaker.stop()
        self._busy = False

    def _on_idle(self) -> None:
        self._engine_ready = True
        self._busy = False
        speaker = self._opened_speaker()
        if self._pending is not None and speaker is not None:
            text, self._pending = self._pending, None
            self._speak(speaker, text)

    def _on_error(self, reason: str) -> None:
        if isinstance(self._speaker, bool):
            return
        self._speaker = False
        self._pending = None
        self._busy = False
        log.info("Voice announcements off: %s", reason)


def _clamp(volume: int) -> int:
    return max(0, min(100, int(volume)))
