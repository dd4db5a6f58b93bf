"""The published JSON Schemas are generated from the models and must not be stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_app.core.schema import KINDS, schema_text

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_file_is_current(kind: str) -> None:
    path = SCHEMAS / f"{kind}.schema.json"
    assert path.read_text(encoding="utf-8") == schema_text(kind), (
        f"{path.name} is stale: run 'make schemas' and commit the result"
    )


def test_schema_describes_the_fields() -> None:
    schema = json.loads(schema_text("exercise"))
    exercise = schema["$defs"]["Exercise"]
    assert {"id", "name", "steps", "dosage", "images"} <= set(exercise["properties"])
    assert exercise["additionalProperties"] is False
    assert "schema_version" in exercise["required"]
