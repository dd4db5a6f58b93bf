"""JSON Schemas for the YAML formats, generated from the models so they never drift."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from rehab_app.core.models import Exercise, Program, Safety

KINDS: dict[str, type[msgspec.Struct]] = {
    "exercise": Exercise,
    "program": Program,
    "safety": Safety,
}


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one file kind."""
    model = KINDS[kind]
    schema = msgspec.json.schema(model)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"rehab-app {kind} file"
    return schema


def schema_text(kind: str) -> str:
    """The schema as stable, pretty JSON text."""
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
