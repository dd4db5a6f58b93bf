"""Safety decisions kept in the settings file and the history log, across days (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.history.store import HistoryStore
from rehab_app.core.models import Action, Safety, Tier
from rehab_app.core.paths import AppPaths
from rehab_app.core.safety.events import EventKind
from rehab_app.core.safety.keeper import SafetyKeeper
from rehab_app.core.safety.rules import choose_rule, resolve_action
from rehab_app.core.safety.state import (
    followup_due,
    locks_for,
    progress_paused,
    symptom_stop_on,
)
from rehab_app.core.session.record import ExerciseRecord, Outcome, PainReport, SessionRecord
from rehab_app.core.settings import Settings, load_settings, save_settings

MONDAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("data")))


@pytest.fixture
def safety(library: Library) -> Safety:
    assert library.safety is not None
    return library.safety


class World:
    """One user's settings file and history, and a calendar that moves when told."""

    def __init__(self, folder: Path) -> None:
        self.settings_file = folder / "settings.json"
        self.day = MONDAY
        opened = HistoryStore.open(folder / "history.sqlite3", lambda: datetime.now(UTC))
        self.store = opened.store

    def keeper(self) -> SafetyKeeper:
        """A fresh keeper, as after a restart: nothing is remembered but the files."""

        def save(**changes: object) -> None:
            settings = msgspec.structs.replace(load_settings(self.settings_file), **changes)
            save_settings(self.settings_file, settings)

        return SafetyKeeper(
            lambda: load_settings(self.settings_file), save, self.store, lambda: self.day
        )

    @property
    def settings(self) -> Settings:
        return load_settings(self.settings_file)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.store.close()


def _all_no(safety: Safety) -> dict[str, bool]:
    return {f.id: False for f in safety.red_flags}


def _session(world: World, *reports: PainReport, end_reason: str = "") -> SessionRecord:
    day = world.day
    item = ExerciseRecord(
        0, "bird_dog", "Bird dog", 3, 5, 0, done_sets=1, pain_reports=list(reports)
    )
    record = SessionRecord(
        program_id="core_stability_1",
        program_name="Core stability, stage 1",
        program_snapshot="",
        started_utc=datetime(day.year, day.month, day.day, 7, tzinfo=UTC),
        local_date=day.isoformat(),
        planned_s=600,
        items=[item],
        pain_before=2,
        outcome=Outcome.ENDED_EARLY if end_reason else Outcome.COMPLETED,
        end_reason=end_reason,
    )
    world.store.begin(record)
    world.store.finish(record)
    world.keeper().session_saved(record)
    return record


def test_cancelled_pain_question_keeps_the_answers(world: World, safety: Safety) -> None:
    answers = {**_all_no(safety), "rf_leg_symptoms": True}
    world.keeper().screening(safety, answers, complete=True)
    settings = world.settings
    assert settings.screening_done
    assert [n.flag for n in settings.safety.noted] == ["rf_leg_symptoms"]
    logged = [(e.code, e.answer) for e in world.store.safety_events() if e.answer == "yes"]
    assert logged == [("rf_leg_symptoms", "yes")]


def test_a_blocking_answer_is_kept_with_its_reason(world: World, safety: Safety) -> None:
    answers = {**_all_no(safety), "rf_fever": True, "rf_cancer": True}
    assert world.keeper().screening(safety, answers, complete=True) is Tier.URGENT
    settings = world.settings
    assert settings.blocked_tier == "urgent"
    assert settings.safety.block_reason == "rf_fever,rf_cancer"
    assert settings.safety.blocked_on == MONDAY.isoformat()
    world.day += timedelta(days=3)
    world.keeper().clear_block()
    settings = world.settings
    assert (settings.blocked_tier, settings.screening_done) == (None, False)
    kinds = [e.kind for e in world.store.safety_events()]
    assert kinds.count(EventKind.BLOCK) == 1
    assert kinds[-1] is EventKind.BLOCK_CLEARED


@pytest.mark.parametrize(
    ("flags", "tier"),
    [
        ({"general_warning": True}, Tier.URGENT),
        ({"leg_weakness": True}, Tier.EMERGENCY),
        ({"both_legs": True}, Tier.EMERGENCY),
        ({"red_flag_symptom": True}, Tier.EMERGENCY),
    ],
)
def test_stops_that_block_are_in_force_the_next_day(
    world: World, safety: Safety, flags: dict[str, bool], tier: Tier
) -> None:
    report = PainReport(at_s=10, pain=2, **flags)
    rule = choose_rule(safety, report, 5, 2)
    action = resolve_action(rule, True, False)
    assert world.keeper().stop(report, rule, action, 4) is tier
    world.day += timedelta(days=1)
    assert world.keeper().blocked is tier
    [stop] = [e for e in world.store.safety_events() if e.kind is EventKind.STOP]
    assert (stop.code, stop.session_id) == (rule.id, 4)


def test_an_urgent_stop_never_lowers_an_emergency_block(world: World, safety: Safety) -> None:
    keeper = world.keeper()
    for flags in ({"leg_weakness": True}, {"general_warning": True}):
        report = PainReport(at_s=1, pain=2, **flags)
        rule = choose_rule(safety, report, 5, 2)
        keeper.stop(report, rule, Action(rule.action), None)
    assert keeper.blocked is Tier.EMERGENCY


def test_a_first_week_with_a_symptom_stop(world: World, safety: Safety, library: Library) -> None:
    """Monday screening with sciatica; Wednesday a nerve stop; Thursday it has not settled."""
    rtr = library.programs["return_to_run_w1"]
    answers = {**_all_no(safety), "rf_leg_symptoms": True}
    world.keeper().screening(safety, answers, complete=True)
    assert locks_for(rtr, world.settings.safety), "sciatica locks return-to-run at once"
    _session(world, PainReport(at_s=20, pain=2))
    world.day += timedelta(days=2)
    report = PainReport(at_s=30, pain=4, nerve_symptoms=True)
    rule = choose_rule(safety, report, 5, 2)
    assert rule.action is Action.END_SESSION
    world.keeper().stop(report, rule, rule.action, None)
    stop = _session(world, report, end_reason=rule.id)
    # The same day: the watch is open, so no progression is suggested.
    state = world.settings.safety
    assert progress_paused(state)
    assert symptom_stop_on([stop], world.day)
    assert not followup_due(state, world.day)
    # The next morning everything is still in force, after a "restart".
    world.day += timedelta(days=1)
    keeper = world.keeper()
    state = keeper.state
    assert progress_paused(state)
    assert followup_due(state, world.day)
    assert locks_for(rtr, state)
    assert world.settings.screening_done
    keeper.followup(settled=False)
    state = world.keeper().state
    assert {lock.kind for lock in locks_for(rtr, state)} == {"caution", "symptoms"}
    assert not followup_due(state, world.day)
    # Friday it has settled, and the physio checked the sciatica: running may start.
    world.day += timedelta(days=1)
    world.keeper().followup(settled=True)
    world.keeper().checked("rf_leg_symptoms")
    state = world.keeper().state
    assert not progress_paused(state)
    assert locks_for(rtr, state) == ()
    kinds = [(e.day, e.kind) for e in world.store.safety_events()]
    assert (MONDAY + timedelta(days=2), EventKind.STOP) in kinds
    assert (MONDAY + timedelta(days=3), EventKind.SYMPTOM_CHECK) in kinds
    assert (MONDAY + timedelta(days=4), EventKind.CHECKED) in kinds


def test_without_a_history_the_settings_still_hold_the_decisions(
    tmp_path: Path, safety: Safety
) -> None:
    path = tmp_path / "settings.json"

    def save(**changes: object) -> None:
        save_settings(path, msgspec.structs.replace(load_settings(path), **changes))

    keeper = SafetyKeeper(lambda: load_settings(path), save, None, lambda: MONDAY)
    keeper.screening(safety, {**_all_no(safety), "rf_pregnant": True}, complete=True)
    assert [n.flag for n in load_settings(path).safety.noted] == ["rf_pregnant"]
