"""Fixtures shared by the Qt tests: a fresh data folder and the shipped library loaded over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Paths with an empty data folder and the shipped content."""
    return AppPaths.create(tmp_path / "data")


@pytest.fixture
def library(paths: AppPaths) -> Library:
    """The shipped library, as the app loads it over `paths`."""
    return load_library(paths)
