"""Test doubles for the Qt layer."""

from __future__ import annotations

import dataclasses

from rehab_app.core.models import Safety, Tier
from rehab_app.core.safety.state import SymptomWatch
from rehab_app.ui.session.launcher import HurtAnswer, Screening


class ScriptedDialogs:
    """Answers the session's questions from a script instead of modal windows."""

    def __init__(self) -> None:
        self.screening = Screening(None, 2, True)
        self.hurt_answer: HurtAnswer | None = None
        self.end = True
        self.cleared = False
        self.informed: list[tuple[str, str]] = []
        self.advice_offered: list[tuple[str, str]] = []
        self.first_times: list[bool] = []
        self.reasked: list[tuple[str, ...]] = []
        self.settled: bool | None = True
        self.followups: list[SymptomWatch] = []

    def clear_block(self, safety: Safety, tier: Tier) -> bool:
        return self.cleared

    def screen(self, safety: Safety, first_time: bool, reask: tuple[str, ...] = ()) -> Screening:
        self.first_times.append(first_time)
        self.reasked.append(reask)
        screening = self.screening
        if first_time and screening.complete and not screening.answers:
            # A scripted "all answered" full screening: every question answered No.
            answers = {flag.id: False for flag in safety.red_flags}
            screening = dataclasses.replace(screening, answers=answers)
        return screening

    def symptoms_settled(self, watch: SymptomWatch) -> bool | None:
        self.followups.append(watch)
        return self.settled

    def hurt(self, *args: object) -> HurtAnswer | None:
        return self.hurt_answer

    def confirm_end(self) -> bool:
        return self.end

    def inform(self, title: str, message: str) -> None:
        self.informed.append((title, message))

    def advise_rest(self, title: str, message: str) -> None:
        self.informed.append((title, message))
        self.advice_offered.append((title, message))
