"""Choose the translated text of an exercise or program field for the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

# Only for type hints: the start-up path picks names without loading the models (and msgspec).
if TYPE_CHECKING:
    from rehab_app.core.models import Sides


def pick(text: str, translations: Mapping[str, str], language: str | None) -> str:
    """`translations[language]`, else the one for its language part (`de` for `de_AT`), else `text`.

    `language` may be written `de_AT`, `de-AT` or `de_AT.UTF-8`; an empty translation counts as none.
    """
    if not language or not translations:
        return text
    code = language.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    for key in (code, code.split("_", 1)[0]):
        found = translations.get(key)
        if found:
            return found
    return text


def side_text(sides: Sides | None, side: str | None, language: str | None) -> str:
    """What `side` ("left" or "right") means for an exercise, in the user's language ('' if unsaid)."""
    if sides is None or side not in ("left", "right"):
        return ""
    if side == "left":
        return pick(sides.left, sides.left_i18n, language)
    return pick(sides.right, sides.right_i18n, language)
