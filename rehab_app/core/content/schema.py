"""JSON Schemas for the YAML formats, generated from the models so they never drift.

msgspec's output differs between its releases (0.23 cleans docstrings and names the keys of
enum-keyed mappings), so the raw schema is normalised here: the same models give the same files
under every msgspec the project allows.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect as mi

from rehab_app.core.models import Exercise, Program, Safety

KINDS: dict[str, type[msgspec.Struct]] = {
    "exercise": Exercise,
    "program": Program,
    "safety": Safety,
}


def _children(info: mi.Type) -> Iterator[mi.Type]:
    """The types directly inside `info` (fields, items, keys, values, union members)."""
    if isinstance(info, mi.StructType):
        yield from (field.type for field in info.fields)
    elif isinstance(info, mi.DictType):
        yield from (info.key_type, info.value_type)
    elif isinstance(info, mi.UnionType):
        yield from info.types
    elif isinstance(info, mi.VarTupleType | mi.ListType | mi.SetType | mi.FrozenSetType):
        yield info.item_type
    elif isinstance(info, mi.TupleType):
        yield from info.item_types


def _enum_keyed_fields(model: type[msgspec.Struct]) -> dict[tuple[str, str], str]:
    """(struct name, field name) -> enum name, for every mapping field keyed by an enum."""
    found: dict[tuple[str, str], str] = {}
    seen: set[type] = set()
    pending: list[mi.Type] = [mi.type_info(model)]
    while pending:
        info = pending.pop()
        if isinstance(info, mi.StructType):
            if info.cls in seen:
                continue
            seen.add(info.cls)
            for field in info.fields:
                value = field.type
                if isinstance(value, mi.DictType) and isinstance(value.key_type, mi.EnumType):
                    found[(info.cls.__name__, field.encode_name)] = value.key_type.cls.__name__
        pending.extend(_children(info))
    return found


def _clean_descriptions(node: Any) -> None:
    """Docstrings without their source indentation, whichever msgspec made the schema."""
    if isinstance(node, dict):
        text = node.get("description")
        if isinstance(text, str):
            node["description"] = inspect.cleandoc(text)
        for value in node.values():
            _clean_descriptions(value)
    elif isinstance(node, list):
        for value in node:
            _clean_descriptions(value)


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one file kind, the same under any supported msgspec."""
    model = KINDS[kind]
    schema = msgspec.json.schema(model)
    _clean_descriptions(schema)
    definitions = schema.get("$defs", {})
    for (struct, field), enum_name in _enum_keyed_fields(model).items():
        prop = definitions[struct]["properties"][field]
        prop["propertyNames"] = {"$ref": f"#/$defs/{enum_name}"}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"rehab-app {kind} file"
    return schema


def schema_text(kind: str) -> str:
    """The schema as stable, pretty JSON text (keys sorted)."""
    return json.dumps(schema_for(kind), indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write `<kind>.schema.json` for every kind into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / f"{kind}.schema.json"
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")):
        sys.stdout.write(f"wrote {written_path}\n")
