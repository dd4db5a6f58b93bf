"""Turn plain data into a model, collecting every problem as a plain-words message with its path."""

from __future__ import annotations

import difflib
import enum
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import msgspec
import msgspec.inspect as mi

from rehab_app.core.content.yamlsafe import Document

T = TypeVar("T", bound=msgspec.Struct)
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one file, shown as `FILE:LINE: field.path: message`."""

    file: Path | None
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.file else f"line {self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


def format_path(path: KeyPath) -> str:
    """`('steps', 2, 'seconds')` -> `steps[3].seconds` (list positions count from 1, as people do)."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _got(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"'{shown}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _bare(t: mi.Type) -> mi.Type:
    """Strip description-only wrappers so the checks see the real type."""
    while isinstance(t, mi.Metadata):
        t = t.type
    return t


def _noun(t: mi.Type, name: str) -> str:
    """Describe what a field expects, in plain words."""
    t = _bare(t)
    if isinstance(t, mi.IntType):
        seconds = name.endswith("_s") or name in {"seconds", "hold", "rest"}
        return "a whole number of seconds" if seconds else "a whole number"
    if isinstance(t, mi.FloatType):
        return "a number"
    if isinstance(t, mi.StrType):
        return "an id" if t.pattern and "a-z0-9" in t.pattern else "text"
    if isinstance(t, mi.BoolType):
        return "true or false"
    if isinstance(t, mi.EnumType):
        return "one of " + ", ".join(str(m.value) for m in t.cls)
    if isinstance(t, mi.ListType | mi.VarTupleType):
        return f"a list of {_plural(_noun(t.item_type, name))}"
    if isinstance(t, mi.DictType | mi.StructType):
        return "a mapping"
    if isinstance(t, mi.UnionType):
        return " or ".join(_noun(m, name) for m in t.types if not isinstance(m, mi.NoneType))
    return "a value"


def _plural(noun: str) -> str:
    for single, many in (("a whole number", "whole numbers"), ("an id", "ids"), ("text", "texts")):
        if noun.startswith(single):
            return many + noun[len(single) :]
    return noun


def _numbers(t: mi.IntType, value: int, name: str) -> str | None:
    unit = " seconds" if _noun(t, name).endswith("seconds") else ""
    if t.ge is not None and value < t.ge:
        if t.ge == 1 and unit:
            return f"must be more than zero seconds, got {value}"
        return f"must be at least {t.ge}{unit}, got {value}"
    if t.le is not None and value > t.le:
        return f"must be at most {t.le}{unit}, got {value}"
    return None


def _pattern_words(pattern: str) -> str:
    """What a pattern-checked text must look like, in plain words."""
    if pattern.startswith("^[0-9]{4}-"):
        return "a valid date: use YYYY-MM-DD, e.g. 2026-03-31"
    if pattern.startswith("^[a-z]{2}"):
        return "a language code such as 'de' or 'pt_BR'"
    return "a valid id: use lower-case letters, digits, '_' or '-'"


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Checker:
    def __init__(self) -> None:
        self.found: list[tuple[KeyPath, str]] = []

    def add(self, path: KeyPath, message: str) -> None:
        self.found.append((path, message))

    def check(self, value: Any, t: mi.Type, path: KeyPath, name: str) -> None:
        t = _bare(t)
        if isinstance(t, mi.AnyType) or (isinstance(t, mi.NoneType) and value is None):
            return
        if isinstance(t, mi.UnionType):
            self._union(value, t, path, name)
        elif isinstance(t, mi.StructType):
            self._struct(value, t, path)
        elif isinstance(t, mi.IntType):
            if isinstance(value, int) and not isinstance(value, bool):
                if (msg := _numbers(t, value, name)) is not None:
                    self.add(path, msg)
            else:
                self.add(path, f"expected {_noun(t, name)}, got {_got(value)}")
        elif isinstance(t, mi.StrType):
            self._str(value, t, path, name)
        elif isinstance(t, mi.BoolType):
            if not isinstance(value, bool):
                self.add(path, f"expected true or false, got {_got(value)}")
        elif isinstance(t, mi.EnumType):
            allowed = [str(m.value) for m in t.cls]
            if value not in allowed:
                hint = _did_you_mean(value, allowed) if isinstance(value, str) else ""
                self.add(path, f"expected {_noun(t, name)}, got {_got(value)}{hint}")
        elif isinstance(t, mi.ListType | mi.VarTupleType):
            self._list(value, t, path, name)
        elif isinstance(t, mi.DictType):
            if not isinstance(value, dict):
                self.add(path, f"expected {_noun(t, name)}, got {_got(value)}")
                return
            for key, item in value.items():
                self.check(key, t.key_type, (*path, str(key)), "key")
                self.check(item, t.value_type, (*path, str(key)), name)
        elif isinstance(t, mi.NoneType):
            self.add(path, f"expected nothing here, got {_got(value)}")

    def _union(self, value: Any, t: mi.UnionType, path: KeyPath, name: str) -> None:
        members = [_bare(m) for m in t.types if not isinstance(m, mi.NoneType)]
        if value is None and len(members) < len(t.types):
            return
        attempts = []
        for member in members:
            sub = _Checker()
            sub.check(value, member, path, name)
            if not sub.found:
                return
            attempts.append(sub.found)
        # Report the member whose shape matches the value (e.g. a list for a list), else all of them.
        for member, found in zip(members, attempts, strict=True):
            if _same_shape(value, member):
                self.found.extend(found)
                return
        self.add(path, f"expected {_noun(t, name)}, got {_got(value)}")

    def _struct(self, value: Any, t: mi.StructType, path: KeyPath) -> None:
        if not isinstance(value, dict):
            self.add(path, f"expected a mapping of fields, got {_got(value)}")
            return
        names = [f.encode_name for f in t.fields]
        for key in value:
            if key not in names:
                shown = str(key)
                self.add((*path, shown), f"unknown field '{shown}'{_did_you_mean(shown, names)}")
        for f in t.fields:
            if f.encode_name in value:
                self.check(value[f.encode_name], f.type, (*path, f.encode_name), f.encode_name)
            elif f.required:
                self.add((*path, f.encode_name), f"missing required field '{f.encode_name}'")

    def _str(self, value: Any, t: mi.StrType, path: KeyPath, name: str) -> None:
        if not isinstance(value, str):
            self.add(path, f"expected {_noun(t, name)}, got {_got(value)}")
        elif t.min_length is not None and len(value) < t.min_length:
            self.add(path, "must not be empty")
        elif t.max_length is not None and len(value) > t.max_length:
            self.add(path, f"is too long ({len(value)} characters; at most {t.max_length})")
        elif t.pattern is not None and not re.search(t.pattern, value):
            self.add(path, f"{_got(value)} is not {_pattern_words(t.pattern)}")

    def _list(self, value: Any, t: mi.ListType | mi.VarTupleType, path: KeyPath, name: str) -> None:
        if not isinstance(value, list):
            self.add(path, f"expected {_noun(t, name)}, got {_got(value)}")
            return
        if t.min_length is not None and len(value) < t.min_length:
            self.add(path, "must not be empty" if t.min_length == 1 else f"needs {t.min_length}+")
        if t.max_length is not None and len(value) > t.max_length:
            self.add(path, f"has {len(value)} entries; at most {t.max_length}")
        for i, item in enumerate(value):
            self.check(item, t.item_type, (*path, i), name)


def _same_shape(value: Any, t: mi.Type) -> bool:
    t = _bare(t)
    if isinstance(t, mi.ListType | mi.VarTupleType):
        return isinstance(value, list)
    if isinstance(t, mi.StructType | mi.DictType):
        return isinstance(value, dict)
    if isinstance(t, mi.IntType):
        return isinstance(value, int) and not isinstance(value, bool)
    return False


_TYPE_INFO: dict[type, mi.Type] = {}


def _type_info(model: type) -> mi.Type:
    if model not in _TYPE_INFO:
        _TYPE_INFO[model] = mi.type_info(model)
    return _TYPE_INFO[model]


def _msgspec_path(message: str) -> KeyPath:
    """`... - at `$.steps[2].seconds`` -> ('steps', 2, 'seconds')."""
    match = re.search(r"at `\$(.*)`", message)
    if not match:
        return ()
    parts: list[str | int] = []
    for name, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", match.group(1)):
        parts.append(int(index) if index else name)
    return tuple(parts)


def convert(doc: Document, model: type[T], file: Path | None) -> tuple[T | None, list[Problem]]:
    """Convert a parsed document to `model`, or return every problem found in it."""
    if not isinstance(doc.data, dict):
        return None, [
            Problem(
                file,
                doc.line_of(()),
                "",
                f"the top level must be a mapping of fields, got {_got(doc.data)}",
            )
        ]
    try:
        return msgspec.convert(doc.data, model, strict=True), []
    except msgspec.ValidationError as exc:
        checker = _Checker()
        checker.check(doc.data, _type_info(model), (), "")
        found = checker.found or [(_msgspec_path(str(exc)), str(exc).split(" - at ")[0])]
    problems = [Problem(file, doc.line_of(p), format_path(p), m) for p, m in found]
    return None, problems


def enum_values(cls: type[enum.Enum]) -> list[str]:
    """The allowed spellings of an enum, for messages and editors."""
    return [str(m.value) for m in cls]
