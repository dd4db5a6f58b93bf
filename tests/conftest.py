"""Shared test set-up: offscreen Qt and a private data folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any QApplication exists; tests never need a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the real user's data folder."""
    monkeypatch.setenv("REHAB_APP_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for the app."""
    path = tmp_path / "data"
    path.mkdir()
    return path
