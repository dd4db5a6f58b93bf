"""The published JSON Schemas are generated from the models and must not be stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_app.core.content.schema import KINDS, schema_for, schema_text

SCHEMAS = Path(__file__).resolve().parents[3] / "schemas"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_file_is_current(kind: str) -> None:
    # Parsed, not as text: a file edited by hand or reformatted is still current if it says the same.
    path = SCHEMAS / f"{kind}.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(schema_text(kind)), (
        f"{path.name} is stale: run 'make schemas' and commit the result"
    )


def test_schema_describes_the_fields() -> None:
    schema = json.loads(schema_text("exercise"))
    exercise = schema["$defs"]["Exercise"]
    assert {"id", "name", "steps", "dosage", "images"} <= set(exercise["properties"])
    assert exercise["additionalProperties"] is False
    assert "schema_version" in exercise["required"]


def _descriptions(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["description"]] if isinstance(node.get("description"), str) else []
        return own + [d for value in node.values() for d in _descriptions(value)]
    if isinstance(node, list):
        return [d for value in node for d in _descriptions(value)]
    return []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_descriptions_carry_no_source_indentation(kind: str) -> None:
    # Older msgspec copies docstrings with their indentation; the schema must not depend on that.
    texts = _descriptions(schema_for(kind))
    assert texts
    assert not [t for t in texts if "\n    " in t or t != t.strip()]


def test_enum_keyed_mappings_name_their_keys() -> None:
    # Older msgspec leaves propertyNames out for enum keys; the schema adds it itself.
    tiers = schema_for("safety")["$defs"]["Safety"]["properties"]["tiers"]
    assert tiers["propertyNames"] == {"$ref": "#/$defs/Tier"}


def test_schema_text_is_sorted_and_stable() -> None:
    text = schema_text("program")
    assert text == schema_text("program")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"
