"""`rehab-app --screenshots DIR`: every screen rendered, the right size, and not blank."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from rehab_app.core.paths import AppPaths
from rehab_app.ui.demo.screenshots import FULL, SIZE, expected_files, render_screenshots
from tests.helpers.theming import themed


@pytest.fixture(scope="module")
def shots(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All screenshots, rendered once for the module."""
    out = tmp_path_factory.mktemp("shots")
    with themed():
        assert render_screenshots(AppPaths.create(tmp_path_factory.mktemp("data")), out) == 0
    return out


def test_every_expected_file_is_written(shots: Path) -> None:
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == sorted(expected_files())
    assert "programs-1280x720-light.png" in names
    assert "player-1920x1080-dark.png" in names


@pytest.mark.parametrize("name", expected_files())
def test_right_size_and_not_blank(shots: Path, name: str) -> None:
    image = QImage(str(shots / name))
    assert not image.isNull()
    width, height = FULL if "1920x1080" in name else SIZE
    assert (image.width(), image.height()) == (width, height)
    pixels = memoryview(image.convertToFormat(QImage.Format.Format_RGB32).constBits()).cast("I")
    colours = Counter(pixels)
    assert len(colours) >= 100, f"{name} has only {len(colours)} colours"
    top = colours.most_common(1)[0][1]
    assert top < 0.95 * width * height, f"{name} is one flat colour"


def test_dark_differs_from_light(shots: Path) -> None:
    light = QImage(str(shots / "programs-1280x720-light.png"))
    dark = QImage(str(shots / "programs-1280x720-dark.png"))
    corner = (5, 700)
    assert light.pixelColor(*corner).lightness() > 200
    assert dark.pixelColor(*corner).lightness() < 60


def test_command_line_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rehab_app import app

    called: list[Path] = []

    def fake(paths: AppPaths, out: Path) -> int:
        called.append(out)
        return 0

    monkeypatch.setattr("rehab_app.ui.demo.screenshots.render_screenshots", fake)
    assert app.main(["--screenshots", str(tmp_path / "out")]) == 0
    assert called == [tmp_path / "out"]
