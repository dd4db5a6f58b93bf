"""Safety decisions in words: the symptoms a session stopped for, dates, and why a program is locked."""

from __future__ import annotations

from datetime import date

from rehab_app.core.models import Safety
from rehab_app.core.safety.state import Lock, Symptom
from rehab_app.ui.common.texts import translate


def symptom_words(symptoms: tuple[str, ...]) -> str:
    """The symptoms of a watch in words, joined with commas."""
    words = {
        Symptom.SPREADING.value: translate("SessionGate", "pain spreading down your leg"),
        Symptom.NERVE.value: translate("SessionGate", "numbness or tingling in a leg or foot"),
        Symptom.SHARP.value: translate("SessionGate", "sharp, stabbing pain"),
        Symptom.HIGH_PAIN.value: translate("SessionGate", "very high pain"),
    }
    return ", ".join(words.get(s, s) for s in symptoms)


def nice_date(iso_day: str) -> str:
    """A yyyy-mm-dd date as the user reads it, in their language ("Monday 2 March")."""
    from PySide6.QtCore import QDate, QLocale

    day = date.fromisoformat(iso_day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def lock_lines(locks: tuple[Lock, ...], safety: Safety) -> list[str]:
    """One line per reason the return-to-run programs are locked."""
    concerns = {flag.id: flag.concern for flag in safety.red_flags}
    lines = []
    for lock in locks:
        if lock.kind == "symptoms":
            lines.append(
                translate(
                    "SessionGate", "The symptoms from your session on {0} have not settled ({1})."
                ).format(nice_date(lock.since), symptom_words(tuple(lock.code.split(","))))
            )
        else:
            lines.append(
                translate("SessionGate", "Your answer of {0}: {1}.").format(
                    nice_date(lock.since), concerns.get(lock.code, lock.code)
                )
            )
    return lines
