"""Importing a Strava export of 2,000 activities costs at most 1.5x parsing its files alone.

The export is generated: activities.csv and activities/ with gzipped FIT, GPX and TCX files in
turn (every fifth a ride), 300 points each, like a watch's smart recording of a half-hour run.
The baseline is fitdecode, gpxpy and ElementTree parsing the same files, already unpacked in
memory; the app's import also opens the zip, unpacks, hashes, summarises, checks for duplicates
and stores everything in one transaction. Best of three rounds each, interleaved
(the machine may be busy with other work).

Run: make bench (or .venv/bin/python -m pytest tests/bench/bench_runs_import.py -s -o python_files='bench_*.py')
"""

from __future__ import annotations

import gzip
import io
import time
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import fitdecode
import gpxpy

from rehab_app.core.history.store import HistoryStore
from rehab_app.core.runs.importer import Status, import_paths
from rehab_app.core.runs.model import Kind
from tests.core.runs.runfiles import mixed_export, strava_zip

ACTIVITIES, POINTS, ROUNDS = 2000, 300, 3
MAX_RATIO = 1.5


def _now() -> datetime:
    return datetime(2032, 1, 1, tzinfo=UTC)


def _unpacked(export: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(export) as archive:
        return [
            (name, gzip.decompress(archive.read(name)))
            for name in archive.namelist()
            if name.startswith("activities/")
        ]


def _parse_alone(files: list[tuple[str, bytes]]) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    for name, data in files:
        if ".fit" in name:
            with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as fit:
                for _frame in fit:
                    pass
        elif ".gpx" in name:
            gpxpy.parse(data.decode())
        else:
            ET.fromstring(data)
    return time.perf_counter() - start, time.process_time() - cpu


def _import(export: Path, db: Path) -> tuple[float, float]:
    store = HistoryStore.open(db, _now).store
    start, cpu = time.perf_counter(), time.process_time()
    report = import_paths([export], store, _now, UTC)
    took = time.perf_counter() - start, time.process_time() - cpu
    runs = store.count_runs()
    store.close()
    assert report.write_error is None
    assert report.count(Status.SKIPPED) == 0, report.outcomes[:3]
    assert report.count(Status.IMPORTED) == ACTIVITIES
    assert runs[Kind.RUN] + runs[Kind.CROSS_TRAINING] == ACTIVITIES
    assert runs[Kind.CROSS_TRAINING] == ACTIVITIES // 5
    return took


def test_import_costs_at_most_one_and_a_half_times_parsing(tmp_path: Path) -> None:
    activities = mixed_export(ACTIVITIES)
    for a in activities:
        a.points = POINTS
    export = strava_zip(tmp_path / "export.zip", activities)
    files = _unpacked(export)
    assert len(files) == ACTIVITIES
    alone, app = [], []
    for n in range(ROUNDS):
        alone.append(_parse_alone(files))
        app.append(_import(export, tmp_path / f"history-{n}.sqlite3"))
    ratio = min(a[0] for a in app) / min(a[0] for a in alone)
    cpu_ratio = min(a[1] for a in app) / min(a[1] for a in alone)
    size = export.stat().st_size / 1024**2
    print(
        f"\n{ACTIVITIES} activities ({size:.1f} MB export, {POINTS} points each), best of {ROUNDS}:"
        f" parsing alone {min(a[0] for a in alone):.2f} s,"
        f" the app's import {min(a[0] for a in app):.2f} s"
        f"\nrounds (wall s, alone / app): {', '.join(f'{a[0]:.2f}' for a in alone)}"
        f" / {', '.join(f'{a[0]:.2f}' for a in app)}; processor time ratio {cpu_ratio:.2f}"
        f"\nratio = {ratio:.2f}"
    )
    assert ratio <= MAX_RATIO
