"""Everything that must be settled before a session starts or resumes, in a fixed order.

A block in force, symptoms a session stopped for, locked return-to-run programs, the safety
questions, the pain gate and today's adaptations. The rules are in the core; this words them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rehab_app.core.i18n import pick, safety_in
from rehab_app.core.models import Program, Safety
from rehab_app.core.safety.keeper import SafetyKeeper
from rehab_app.core.safety.start_checks import pain_gate
from rehab_app.core.safety.state import (
    Adapted,
    active_adaptations,
    adapt_program,
    due_for_reask,
    locks_for,
)
from rehab_app.core.safety.stored import needs_full_screening
from rehab_app.ui.common.texts import translate
from rehab_app.ui.safety.words import lock_lines, nice_date, symptom_words

if TYPE_CHECKING:
    from rehab_app.ui.session.dialogs import SessionDialogs
    from rehab_app.ui.shell.host import Host


@dataclass(frozen=True, slots=True)
class Prepared:
    """The program to run today (adapted if need be) and the pain it starts from."""

    program: Program
    pain_before: int | None


class SessionGate:
    """Runs the checks before a session with the user's dialogs; None means: do not start."""

    def __init__(
        self,
        host: Host,
        keeper: SafetyKeeper,
        dialogs: Callable[[], SessionDialogs],
    ) -> None:
        self._host = host
        self.keeper = keeper
        self._dialogs = dialogs

    def _name(self, program: Program) -> str:
        return pick(program.name, program.name_i18n, self._host.language)

    def _safety(self) -> Safety | None:
        """The safety data, worded in the user's language (the rules decide alike in any)."""
        safety = self._host.library.safety
        return safety_in(safety, self._host.language) if safety is not None else None

    def before_start(self, program: Program) -> Prepared | None:
        """All checks for a new session of `program`."""
        safety = self._safety()
        if safety is None:
            return None
        if not self._block_lifted(safety) or not self._symptoms_allow(program):
            return None
        if self._locked(program, safety):
            return None
        screening = self._screen(safety)
        if screening is None or self._locked(program, safety):
            return None
        pain = screening
        if not self._pain_allows(program, pain):
            return None
        adapted = self.adapt(program, safety)
        return Prepared(adapted.program, pain)

    def before_resume(self, program: Program, stale: bool) -> Prepared | None:
        """Checks before continuing an unfinished session; a stale one is screened again."""
        safety = self._safety()
        if safety is None or not self._block_lifted(safety):
            return None
        screen_again = stale or needs_full_screening(self._host.settings, safety)
        if not screen_again:
            return Prepared(program, None)
        if not self._symptoms_allow(program) or self._locked(program, safety):
            return None
        pain = self._screen(safety)
        if pain is None or not self._pain_allows(program, pain):
            return None
        return Prepared(program, pain)

    def adapt(self, program: Program, safety: Safety) -> Adapted:
        """`program` with today's adaptations (pregnancy, stenosis), told to the user and logged."""
        library = self._host.library
        rules = active_adaptations(self.keeper.state, safety)
        adapted = adapt_program(program, rules, library.exercises)
        if adapted.changes:
            self.keeper.adapted(adapted)
            names = {
                e.id: pick(e.name, e.name_i18n, self._host.language)
                for e in library.exercises.values()
            }
            reasons = [
                a.reason for a in rules if any(c.adaptation == a.id for c in adapted.changes)
            ]
            moves = [
                translate("SessionGate", "{0} is replaced by {1}").format(
                    names[c.exercise], names[c.replacement]
                )
                if c.replacement is not None
                else translate("SessionGate", "{0} is left out").format(names[c.exercise])
                for c in adapted.changes
            ]
            self._dialogs().inform(
                translate("SessionGate", "Today's session is adapted"),
                "\n\n".join([*reasons, "\n".join(f"•  {m}" for m in moves)]),
            )
        return adapted

    # --- the steps ------------------------------------------------------------------------

    def _block_lifted(self, safety: Safety) -> bool:
        tier = self.keeper.blocked
        if tier is None:
            return True
        if not self._dialogs().clear_block(safety, tier):
            return False
        self.keeper.clear_block()
        return True

    def _symptoms_allow(self, program: Program) -> bool:
        """Ask first about the symptoms a session stopped for; unsettled allows only acute relief."""
        watch = self.keeper.state.watch
        if watch is None:
            return True
        settled = self._dialogs().symptoms_settled(watch)
        if settled is None:
            return False
        self.keeper.followup(settled)
        if settled:
            return True
        gentlest = program.ladder is not None and program.ladder.rung == 0
        acute = [
            self._name(p)
            for p in self._host.library.programs.values()
            if p.ladder is not None and p.ladder.rung == 0
        ]
        message = translate(
            "SessionGate",
            "The symptoms from your session on {0} ({1}) have not settled. Please see your GP or"
            " a physiotherapist about them. Until they settle, the app will not make your"
            " programs harder, and the return-to-running programs stay locked. If a leg gets"
            " weak, or you feel numb between your legs, get emergency help.",
        ).format(nice_date(watch.day), symptom_words(watch.symptoms))
        if gentlest:
            message += "\n\n" + translate(
                "SessionGate",
                "You can do {0} today, gently. Stop if the symptoms spread or get stronger.",
            ).format(self._name(program))
        elif acute:
            message += "\n\n" + translate(
                "SessionGate", "Today, only the gentlest program is advised: {0}."
            ).format(", ".join(acute))
        self._dialogs().inform(translate("SessionGate", "Please get this checked"), message)
        return gentlest

    def _locked(self, program: Program, safety: Safety) -> bool:
        locks = locks_for(program, self.keeper.state)
        if not locks:
            return False
        self.keeper.refused(program, locks=locks)
        lines = "\n".join(f"•  {line}" for line in lock_lines(locks, safety))
        message = "\n\n".join(
            [
                translate("SessionGate", "{0} is locked for now, because:").format(
                    self._name(program)
                )
                + "\n"
                + lines,
                translate(
                    "SessionGate",
                    "You can do the gentle, mobility and core programs in the meantime. When a"
                    " doctor or physiotherapist has checked you and says you may run, tell the"
                    " app with \u201cI have been checked\u201d on the home screen.",
                ),
            ]
        )
        self._dialogs().inform(translate("SessionGate", "Return to running is locked"), message)
        return True

    def _screen(self, safety: Safety) -> int | None:
        """The safety questions; the pain before the session, or None when it must not start."""
        settings = self._host.settings
        first_time = needs_full_screening(settings, safety)
        due = () if first_time else due_for_reask(self.keeper.state, self.keeper.today())
        partners = {p for flag in safety.red_flags if flag.id in due for p in flag.together_with}
        reask = tuple(f.id for f in safety.red_flags if f.id in due or f.id in partners)
        result = self._dialogs().screen(safety, first_time, reask)
        # Kept even when the pain question is then cancelled: they are not asked again.
        blocked = self.keeper.screening(
            safety, result.answers, result.recheck, result.tier, result.complete
        )
        if blocked is not None or not result.accepted or result.pain_before is None:
            return None
        return result.pain_before

    def _pain_allows(self, program: Program, pain: int) -> bool:
        library = self._host.library
        gate = pain_gate(program, pain, library.programs)
        if gate.allowed:
            return True
        self.keeper.refused(program, pain=pain)
        name = self._name(program)
        above = translate(
            "SessionGate",
            "Your back is at {0}/10, above the limit of {1}/10 for starting {2}. Exercising into"
            " more pain will not help.",
        ).format(pain, gate.limit, name)
        if gate.instead:
            gentler = [self._name(library.programs[i]) for i in gate.instead[:2]]
            self._dialogs().inform(
                translate("SessionGate", "Your pain is above this program's limit"),
                above
                + " "
                + translate("SessionGate", "A gentler program suits today: {0}.").format(
                    translate("SessionGate", " or ").join(gentler)
                ),
            )
            return False
        self._dialogs().advise_rest(
            translate("SessionGate", "Rest your back today"),
            above
            + " "
            + translate(
                "SessionGate",
                "No program in the app is gentle enough for this much pain. Rest in a"
                " comfortable position today, with short, easy walks if you can. Read the advice"
                " for a very sore back, and contact a doctor or physiotherapist if it does not"
                " ease in a few days.",
            ),
        )
        return False
