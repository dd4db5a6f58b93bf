"""The runs log in a history export or a restored history: checking what would be put back."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rehab_app.core.runs.model import RunFile, RunRow

# A hostile file could hold millions of bad rows; the first ones say enough.
MAX_LISTED = 50


def run_problems(runs: Sequence[RunRow], files: Sequence[RunFile], where: str) -> list[str]:
    """Values in stored runs the app could not show or would misread, one line each."""
    found: list[str] = []
    ids: set[int] = set()
    for n, run in enumerate(runs, 1):
        at = f"{where}: runs[{n}]"
        if run.run_id in ids:
            found.append(f"{at}: run_id: {run.run_id} appears twice")
        ids.add(run.run_id)
        if not 1 <= run.run_id < 2**63:
            found.append(f"{at}: run_id: expected a whole number from 1, got {run.run_id}")
        if run.started_utc.tzinfo is None:
            found.append(f"{at}: started_utc: expected a time with its UTC offset")
        for name in ("distance_m", "moving_s", "elapsed_s", "elevation_gain_m"):
            value = getattr(run, name)
            if value is not None and (not math.isfinite(value) or value < 0):
                found.append(f"{at}: {name}: expected a number of at least 0, got {value!r}")
        for name in ("cadence_spm", "heart_rate_bpm"):
            value = getattr(run, name)
            if value is not None and (not math.isfinite(value) or not 0 <= value <= 400):
                found.append(f"{at}: {name}: expected a number from 0 to 400, got {value!r}")
        if run.pain_during is not None and not 0 <= run.pain_during <= 10:
            found.append(
                f"{at}: pain_during: expected a number from 0 to 10, got {run.pain_during}"
            )
    for n, f in enumerate(files, 1):
        if f.run_id not in ids:
            found.append(f"{where}: run_files[{n}]: run_id {f.run_id} is not one of the runs")
        if len(f.sha256) != 64:
            found.append(f"{where}: run_files[{n}]: sha256: expected 64 hex digits")
    if len(found) > MAX_LISTED:
        more = len(found) - MAX_LISTED
        found = [*found[:MAX_LISTED], f"{where}: and {more} more problems like these"]
    return found
