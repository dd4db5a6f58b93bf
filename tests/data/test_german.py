"""Every shipped exercise and program, and safety.yaml, has German for every text a user reads or hears."""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec
import pytest

from rehab_app.core.content.loader import Library, load_library
from rehab_app.core.i18n import LINE_LISTS, exercise_in, safety_in
from rehab_app.core.models import Exercise, Safety
from rehab_app.core.paths import AppPaths

LANGUAGE = "de"
# Words an English sentence can hardly do without, and no German one uses.
ENGLISH = re.compile(r"\b(the|your|you|with|and|then|of|left|right|side|into|this)\b", re.I)
# The German for the claims the app cannot make (see test_shipped.OVERCLAIMS).
OVERCLAIMS = re.compile(
    r"\bschützt|\bverhinder|\bheilt|\bgarantier|\bbedeutet\b|Ihr Nerv ist|\bist (gereizt|eingeklemmt)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(AppPaths.create(tmp_path_factory.mktemp("empty-data")))


def translatable(obj: msgspec.Struct, where: str) -> Iterator[tuple[str, object, object]]:
    """(where, plain value, its translations) for every field with an `*_i18n` companion, nested."""
    fields = {f.name for f in msgspec.structs.fields(obj)}
    for name in sorted(fields):
        value = getattr(obj, name)
        if f"{name}_i18n" in fields and value not in (None, "", ()):
            yield f"{where}.{name}", value, getattr(obj, f"{name}_i18n")
        if isinstance(value, msgspec.Struct):
            yield from translatable(value, f"{where}.{name}")
        parts: list[tuple[object, object]] = []
        if isinstance(value, dict):
            parts = list(value.items())
        elif isinstance(value, tuple):
            parts = list(enumerate(value))
        for n, part in parts:
            if isinstance(part, msgspec.Struct):
                yield from translatable(part, f"{where}.{name}[{n}]")


def missing(obj: msgspec.Struct, where: str) -> list[str]:
    found = []
    for field, plain, translations in translatable(obj, where):
        assert isinstance(translations, dict)
        german = translations.get(LANGUAGE)
        if not german:
            found.append(f"{field}: no German")
        elif isinstance(plain, tuple) and (len(german) != len(plain) or not all(german)):
            found.append(f"{field}: {len(german)} German lines for {len(plain)}")
    return found


def test_every_exercise_text_has_german(library: Library) -> None:
    found = [m for key, ex in library.exercises.items() for m in missing(ex, key)]
    assert found == []
    fields = {f for ex in library.exercises.values() for f, _, _ in translatable(ex, "")}
    # The checker reaches every kind of text: the companions in models.py are all in use.
    assert {".name", ".summary", ".start_position", ".sides.left", ".sides.right"} <= {
        re.sub(r"\[\d+\]", "", f) for f in fields
    }
    assert {f".{name}" for name in LINE_LISTS} <= fields
    assert ".steps[0].text" in fields


def test_every_program_text_has_german(library: Library) -> None:
    found = [m for key, prog in library.programs.items() for m in missing(prog, key)]
    assert found == []
    fields = {
        re.sub(r"\[\d+\]", "", f)
        for p in library.programs.values()
        for f, *_ in translatable(p, "")
    }
    assert fields == {".name", ".description", ".stage", ".items.note"}


def test_a_missing_translation_is_found() -> None:
    from tests.core.test_i18n import _exercise

    assert missing(_exercise(), "bridge") == [
        "bridge.cautions: no German",
        "bridge.mistakes: 2 German lines for 1",
        "bridge.sides.right: no German",
        "bridge.steps[1].text: no German",
    ]


def _german_texts(ex: Exercise) -> list[str]:
    german = exercise_in(ex, LANGUAGE)
    texts = [german.name, german.summary, german.start_position, *german.targets]
    texts += [*german.cues, *german.mistakes, *german.cautions, *(s.text for s in german.steps)]
    if german.sides is not None:
        texts += [german.sides.left, german.sides.right]
    return texts


def test_the_german_reads_as_german(library: Library) -> None:
    found = [
        f"{key}: {text}"
        for key, ex in library.exercises.items()
        for text in _german_texts(ex)
        if ENGLISH.search(text) or OVERCLAIMS.search(text)
    ]
    for key, prog in library.programs.items():
        texts = [prog.name_i18n[LANGUAGE], prog.description_i18n[LANGUAGE]]
        texts += [i.note_i18n[LANGUAGE] for i in prog.items if i.note]
        found += [f"{key}: {t}" for t in texts if ENGLISH.search(t) or OVERCLAIMS.search(t)]
    assert found == []


def test_german_sides_say_which_side(library: Library) -> None:
    for key, ex in library.exercises.items():
        if ex.sides is not None:
            assert re.search(r"\blink", ex.sides.left_i18n[LANGUAGE], re.I), key
            assert re.search(r"\brecht", ex.sides.right_i18n[LANGUAGE], re.I), key


def test_german_back_bends_say_when_to_skip_them(library: Library) -> None:
    for key in ("sphinx", "prone_press_up"):
        german = exercise_in(library.exercises[key], LANGUAGE)
        texts = [*german.cautions, *(s.text for s in german.steps if s.kind.value == "safety")]
        skip = [t for t in texts if t.startswith("Lassen Sie diese Übung aus, wenn Rückbeugen")]
        assert len(skip) == 2, key
        assert all("weiter ins Bein" in t for t in skip), key


def test_every_safety_text_has_german(library: Library) -> None:
    safety = library.safety
    assert safety is not None
    assert missing(safety, "safety") == []
    fields = {re.sub(r"\[[^]]*\]", "", f) for f, *_ in translatable(safety, "")}
    # The checker reaches every kind of safety text: the companions in models.py are all in use.
    assert fields == {
        ".disclaimer",
        ".rest_advice",
        ".recheck_questions",
        ".tiers.title",
        ".tiers.message",
        ".red_flags.question",
        ".red_flags.concern",
        ".stop_rules.title",
        ".stop_rules.message",
        ".adaptations.reason",
    }
    texts = len(list(translatable(safety, "")))
    assert texts == 2 + 1 + 2 * len(safety.tiers) + 2 * len(safety.red_flags) + 2 * len(
        safety.stop_rules
    ) + len(safety.adaptations)


def test_a_missing_safety_translation_is_found() -> None:
    import msgspec

    from tests.core.test_i18n import _safety

    safety = _safety()
    safety = msgspec.structs.replace(safety, recheck_questions_i18n={"de": ("Neue Taubheit?",)})
    assert missing(safety, "safety") == [
        "safety.recheck_questions: 1 German lines for 2",
        "safety.red_flags[1].concern: no German",
        "safety.red_flags[1].question: no German",
        "safety.stop_rules[0].title: no German",
        "safety.stop_rules[1].message: no German",
        "safety.stop_rules[1].title: no German",
        "safety.tiers[emergency].message: no German",
        "safety.tiers[caution].message: no German",
        "safety.tiers[caution].title: no German",
    ]


def _safety_pairs(safety: Safety) -> list[tuple[str, str]]:
    """(English, German) for every text of the safety data."""
    german = safety_in(safety, LANGUAGE)
    pairs = [(safety.disclaimer, german.disclaimer)]
    if safety.rest_advice is not None and german.rest_advice is not None:
        pairs.append((safety.rest_advice, german.rest_advice))
    pairs += list(zip(safety.recheck_questions, german.recheck_questions, strict=True))
    for tier, advice in safety.tiers.items():
        pairs += [(advice.title, german.tiers[tier].title)]
        pairs += [(advice.message, german.tiers[tier].message)]
    for flag, de_flag in zip(safety.red_flags, german.red_flags, strict=True):
        pairs += [(flag.question, de_flag.question), (flag.concern, de_flag.concern)]
    for rule, de_rule in zip(safety.stop_rules, german.stop_rules, strict=True):
        pairs += [(rule.title, de_rule.title), (rule.message, de_rule.message)]
    for adaptation, de_adaptation in zip(safety.adaptations, german.adaptations, strict=True):
        pairs.append((adaptation.reason, de_adaptation.reason))
    return pairs


def test_the_safety_german_reads_as_german(library: Library) -> None:
    assert library.safety is not None
    pairs = _safety_pairs(library.safety)
    assert all(english != german for english, german in pairs)
    found = [g for _, g in pairs if ENGLISH.search(g) or OVERCLAIMS.search(g)]
    assert found == []


# What the German must keep of the English: where to go, and "can be a sign of", not a diagnosis.
KEPT = (
    (re.compile(r"\bemergency\b|A&E", re.I), re.compile(r"Notruf|Notaufnahme|Notfall")),
    (re.compile(r"A&E"), re.compile(r"Notaufnahme")),
    (re.compile(r"emergency number"), re.compile(r"Notruf \(?112")),
    (re.compile(r"can be a sign", re.I), re.compile(r"(kann|können) .*ein Zeichen", re.I)),
    (re.compile(r"\bGP\b"), re.compile(r"Hausarztpraxis")),
    (re.compile(r"\bboth legs\b"), re.compile(r"beiden Beinen")),
    (re.compile(r"between your legs"), re.compile(r"zwischen den Beinen")),
    (re.compile(r"\bStop\b"), re.compile(r"hören Sie|Brechen Sie .*ab|Beenden|aufhören", re.I)),
)


def test_the_safety_german_keeps_the_advice(library: Library) -> None:
    assert library.safety is not None
    pairs = _safety_pairs(library.safety)
    assert all(any(said.search(english) for english, _ in pairs) for said, _ in KEPT)
    found = [
        f"{german!r} lacks {want.pattern!r}"
        for english, german in pairs
        for said, want in KEPT
        if said.search(english) and not want.search(german)
    ]
    assert found == []
