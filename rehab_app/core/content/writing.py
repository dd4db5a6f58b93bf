"""Write exercises and programs as YAML laid out like the shipped files, leaving out default values."""

from __future__ import annotations

import enum
from typing import Any

import msgspec
import yaml

from rehab_app.core.models import DosageOverride, Exercise, Growth, Ladder, Program

# Fields the shipped files write earlier than the model declares them; the rest follow in model order.
_LEADING: dict[type, tuple[str, ...]] = {
    Exercise: ("schema_version", "id", "name", "category", "targets"),
    Program: (
        "schema_version", "id", "name", "description", "stage", "pain_ceiling", "get_ready_s",
        "rest_between_s", "sessions_per_week", "ladder", "next_stage", "items",
    ),
}  # fmt: skip
_ALWAYS = frozenset({"schema_version", "id", "name"})
_FLOW_MAX_CHARS = 70


class _FlowList(list[Any]):
    """A list written on one line: `[a, b]`."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: `{reps: 6}`."""


class _Dumper(yaml.SafeDumper):
    """The safe dumper, plus one-line lists and mappings and `|` blocks for multi-line text."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never write anchors: the reader refuses them."""
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent list items under their key, as the shipped files do."""
        super().increase_indent(flow, False)


def _flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> Any:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _flow_map(dumper: yaml.SafeDumper, data: _FlowMap) -> Any:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _text(dumper: yaml.SafeDumper, data: str) -> Any:
    # The emitter falls back to a quoted style by itself when a block would not read back the same.
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(_FlowList, _flow_list)
_Dumper.add_representer(_FlowMap, _flow_map)
_Dumper.add_representer(str, _text)


def _is_short_scalar_list(values: list[Any]) -> bool:
    if not all(isinstance(v, int | str) and not isinstance(v, bool) for v in values):
        return False
    return all("\n" not in str(v) for v in values) and (
        sum(len(str(v)) + 2 for v in values) <= _FLOW_MAX_CHARS
    )


def _plain(value: Any) -> Any:
    """Builtin data for one value: structs as mappings, enums as their text, tuples as lists."""
    if isinstance(value, msgspec.Struct):
        fields = _fields(value)
        return _FlowMap(fields) if isinstance(value, DosageOverride | Ladder | Growth) else fields
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        items = [_plain(v) for v in value]
        return _FlowList(items) if items and _is_short_scalar_list(items) else items
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _fields(obj: msgspec.Struct) -> dict[str, Any]:
    """A struct's fields in file order, without those equal to their default."""
    infos = {f.name: f for f in msgspec.structs.fields(obj)}
    leading = _LEADING.get(type(obj), ())
    order = [n for n in leading if n in infos] + [n for n in infos if n not in leading]
    # Each translation right after the text it translates: `name`, then `name_i18n`.
    order = [n for n in order if not _translates(n, infos)]
    order = [m for n in order for m in (n, f"{n}_i18n") if m in infos]
    out: dict[str, Any] = {}
    for name in order:
        info = infos[name]
        value = getattr(obj, name)
        if not info.required and name not in _ALWAYS:
            default = info.default_factory() if info.default is msgspec.NODEFAULT else info.default
            if type(value) is type(default) and value == default:
                continue
        out[info.encode_name] = _plain(value)
    return out


def _translates(name: str, infos: dict[str, Any]) -> bool:
    return name.endswith("_i18n") and name.removesuffix("_i18n") in infos


def _dump(obj: msgspec.Struct) -> str:
    text: str = yaml.dump(
        _fields(obj), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    return text


def program_to_yaml(program: Program) -> str:
    """A program as the text of `<id>.yaml`, in the shipped files' layout."""
    return _dump(program)


def exercise_to_yaml(exercise: Exercise) -> str:
    """An exercise as the text of `<id>.yaml`, in the shipped files' layout."""
    return _dump(exercise)
