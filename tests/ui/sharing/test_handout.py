"""The printable handout: pages, text, page breaks and the log table, read back from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.models import Dosage, Exercise, Program, ProgramItem, Step
from rehab_app.core.paths import AppPaths
from rehab_app.ui.sharing.dialogs import save_handout_dialog
from rehab_app.ui.sharing.handout import log_columns, write_handout

try:
    from PySide6.QtPdf import QPdfDocument

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - QtPdf ships with full PySide6 but is optional here
    HAVE_QTPDF = False

SHIPPED = ("core_stability_1", "acute_relief_gentle")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    """The text of each page (whitespace collapsed); empty strings when QtPdf is missing."""
    if not HAVE_QTPDF:
        count = len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))
        return [""] * count
    app = QCoreApplication.instance()
    assert app is not None
    doc = QPdfDocument(app)
    doc.load(str(path))
    try:
        return [_flat(doc.getAllText(n).text()) for n in range(doc.pageCount())]
    finally:
        doc.close()
        doc.deleteLater()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("data")))


@pytest.mark.parametrize("program_id", SHIPPED)
def test_shipped_program_handout(
    qtbot: QtBot, tmp_path: Path, library: Library, program_id: str
) -> None:
    program = library.programs[program_id]
    path = tmp_path / f"{program_id}.pdf"
    count = write_handout(path, program, library)
    pages = _pages(path)
    assert count == len(pages)
    # A title page with at least one exercise, more exercise pages, and the log page.
    assert 3 <= count <= len(program.items) + 2
    if not HAVE_QTPDF:
        return
    everything = " ".join(pages)
    assert program.name in pages[0]
    assert f"{program.sessions_per_week} sessions a week" in pages[0]
    assert library.safety is not None
    assert _flat(library.safety.disclaimer.split("\n")[0]) in pages[0]
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {count}" in text
    for item in program.items:
        exercise = library.exercise(item.exercise)
        assert exercise.name in everything
        # Every block fits on one page, so its name and its last step share a page.
        holding = [t for t in pages[:-1] if f". {exercise.name}" in t]
        assert len(holding) == 1
        assert _flat(exercise.steps[0].text) in holding[0]
        assert _flat(exercise.steps[-1].text) in holding[0]
    log = pages[-1]
    assert "Session log" in log
    assert all(column in log for column in log_columns())
    assert not any("Session log" in t for t in pages[:-1])


def test_dosage_is_the_items_not_the_default(
    qtbot: QtBot, tmp_path: Path, library: Library
) -> None:
    program = library.programs["core_stability_1"]
    path = tmp_path / "h.pdf"
    write_handout(path, program, library)
    if not HAVE_QTPDF:
        pytest.skip("QtPdf is not available")
    everything = " ".join(_pages(path))
    assert "2 sets of 10 reps · 3 s hold" in everything  # glute bridge, as the program sets it


def _long_exercise() -> Exercise:
    steps = tuple(
        Step(f"Step number {n}: " + "keep breathing slowly and evenly while you hold. " * 12)
        for n in range(1, 31)
    )
    return Exercise(
        schema_version=1,
        id="marathon",
        name="Very long exercise",
        category="core",  # type: ignore[arg-type]
        summary="Long.",
        start_position="Standing.",
        steps=steps,
        dosage=Dosage(reps=5),
        cautions=("Careful.",),
    )


def test_block_taller_than_a_page_is_split_between_lines(qtbot: QtBot, tmp_path: Path) -> None:
    exercise = _long_exercise()
    library = Library(exercises={exercise.id: exercise})
    program = Program(
        schema_version=1,
        id="long",
        name="Long one",
        description="A program whose only exercise does not fit on a page.",
        items=(ProgramItem("marathon"),),
    )
    path = tmp_path / "long.pdf"
    count = write_handout(path, program, library, page_size="A5")
    assert count >= 4
    if not HAVE_QTPDF:
        return
    pages = _pages(path)
    everything = " ".join(pages)
    for n in range(1, 31):
        assert f"Step number {n}:" in everything
    # No step line is lost or doubled at a page break.
    assert everything.count("keep breathing") == 30 * 12
    assert "Careful." in everything


def test_letter_paper_and_unknown_size(qtbot: QtBot, tmp_path: Path, library: Library) -> None:
    program = library.programs["core_stability_1"]
    assert write_handout(tmp_path / "letter.pdf", program, library, page_size="Letter") >= 3
    with pytest.raises(ValueError, match="page size"):
        write_handout(tmp_path / "x.pdf", program, library, page_size="B7")


def test_save_dialog_adds_suffix_and_cancels(
    qtbot: QtBot, tmp_path: Path, library: Library
) -> None:
    program = library.programs["acute_relief_gentle"]
    asked: list[str] = []

    def ask(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "mine"), ""

    saved = save_handout_dialog(None, program, library, ask=ask, folder=tmp_path)
    assert saved == tmp_path / "mine.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert asked == [str(tmp_path / "acute_relief_gentle.pdf")]
    assert save_handout_dialog(None, program, library, ask=lambda *_: ("", "")) is None


def test_save_failure_is_reported_not_raised(
    qtbot: QtBot, tmp_path: Path, library: Library
) -> None:
    program = library.programs["acute_relief_gentle"]
    warnings: list[str] = []
    target = tmp_path / "no" / "such" / "folder" / "handout.pdf"
    saved = save_handout_dialog(
        None,
        program,
        library,
        ask=lambda *_: (str(target), ""),
        warn=lambda _parent, _title, text: warnings.append(text),
    )
    assert saved is None
    assert len(warnings) == 1
    assert "handout.pdf was not saved" in warnings[0]


def test_german_handout(qtbot: QtBot, tmp_path: Path, library: Library) -> None:
    from rehab_app.core.i18n import exercise_in, program_in
    from rehab_app.ui.shell.translations import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app, "de_DE")
    try:
        path = tmp_path / "de.pdf"
        write_handout(path, library.programs["core_stability_1"], library, language="de_DE")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    if not HAVE_QTPDF:
        pytest.skip("QtPdf is not available")
    everything = " ".join(_pages(path))
    program = library.programs["core_stability_1"]
    german = program_in(program, "de")
    assert german.name in everything
    assert program.name not in everything
    assert _flat(german.items[1].note or "") in everything
    assert "2 Sätze à 10 Wiederholungen · 3 s halten" in everything
    for item in program.items:
        plain = library.exercise(item.exercise)
        ex = exercise_in(plain, "de")
        assert f". {ex.name}" in everything
        assert f". {plain.name}" not in everything
        assert _flat(ex.start_position) in everything
        assert _flat(ex.steps[-1].text) in everything
        assert _flat(plain.steps[-1].text) not in everything
        assert all(_flat(c) in everything for c in ex.cautions)
