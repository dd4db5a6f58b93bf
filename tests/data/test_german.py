"""Every shipped exercise and program has German for every text a user sees or hears.

Not safety.yaml: its wording is still changing, and the safety dialogs word it themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec
import pytest

from rehab_app.core.i18n import LINE_LISTS, exercise_in
from rehab_app.core.loader import Library, load_library
from rehab_app.core.models import Exercise, Program
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
        for n, part in enumerate(value if isinstance(value, tuple) else ()):
            if isinstance(part, msgspec.Struct):
                yield from translatable(part, f"{where}.{name}[{n}]")


def missing(obj: Exercise | Program, where: str) -> list[str]:
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
