"""The summary after a session: what was done, the worst pain (required), pain now, effort."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from rehab_app.core.session.record import ExerciseRecord, Outcome, SessionRecord
from rehab_app.ui.session.summary import SummaryPage, summary_html


def ended_early() -> SessionRecord:
    return SessionRecord(
        program_id="core",
        program_name="Core",
        program_snapshot="",
        started_utc=datetime(2025, 3, 3, 8, tzinfo=UTC),
        local_date="2025-03-03",
        planned_s=600,
        items=[
            ExerciseRecord(0, "cat_camel", "Cat-camel", 1, 6, 30, done_sets=1, done_reps=6),
            ExerciseRecord(1, "glute_bridge", "Glute bridge", 1, 8, 60, done_reps=7, done_s=52),
            ExerciseRecord(2, "clamshell", "Clamshell", 2, 24, 90, skipped=True),
        ],
        outcome=Outcome.ENDED_EARLY,
        active_s=100.0,
        current_item=1,
    )


def test_an_exercise_stopped_part_way_is_partly_done_not_skipped() -> None:
    # Issue 11: 7 of 8 reps was listed as "skipped".
    text = summary_html(ended_early())
    bridge = next(line for line in text.split("<li>") if line.startswith("Glute bridge"))
    assert "skipped" not in bridge
    assert "partly done" in bridge
    assert "7 of 8 reps" in bridge
    clam = next(line for line in text.split("<li>") if line.startswith("Clamshell"))
    assert "not started" in clam
    assert "1 exercise(s) done" in text
    assert "1 partly done" in text


def test_worst_pain_is_required_and_an_untouched_effort_is_not_stored(qtbot: QtBot) -> None:
    # Issue 11: no question about the worst pain; an untouched effort slider stored 5.
    record = ended_early()
    page = SummaryPage(record)
    qtbot.addWidget(page)
    assert page.worst.value() is None
    assert not page.save_button.isEnabled()
    page.worst.set_value(4)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved):
        page.save_button.click()
    assert record.pain_worst == 4
    assert record.effort is None


def test_effort_is_stored_once_set(qtbot: QtBot) -> None:
    record = ended_early()
    page = SummaryPage(record)
    qtbot.addWidget(page)
    page.worst.set_value(2)
    page.effort.setValue(5)
    page.save_button.click()
    assert record.effort == 5
