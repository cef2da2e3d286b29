"""Tests of kg.schema: the JSON Schema of annotation files."""

from __future__ import annotations

import datetime as dt
import doctest
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import kg.schema
from kg.model import Annotation
from kg.schema import annotation_json_schema

EXAMPLES = Path(kg.schema.__file__).parent / "examples"


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref``, and the one non-null branch of ``anyOf``."""
    while True:
        if "$ref" in node:
            name = node["$ref"].removeprefix("#/$defs/")
            node = schema["$defs"][name]
        elif "anyOf" in node:
            branches = [b for b in node["anyOf"] if b.get("type") != "null"]
            assert len(branches) == 1
            node = branches[0]
        else:
            return node


def _conforms(schema: dict[str, Any], node: dict[str, Any], value: Any, at: str) -> list[str]:
    """Check the schema keywords this format uses (jsonschema is not a dependency)."""
    node = _resolve(schema, node)
    errors: list[str] = []
    kind = node.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{at}: not an object"]
        for name in node.get("required", []):
            if name not in value:
                errors.append(f"{at}: '{name}' is required")
        if "oneOf" in node:
            matching = [b for b in node["oneOf"] if all(r in value for r in b["required"])]
            if len(matching) != 1:
                errors.append(f"{at}: matches {len(matching)} of oneOf")
        for name, item in value.items():
            if name not in node["properties"]:
                errors.append(f"{at}: '{name}' is not allowed")
            else:
                errors += _conforms(schema, node["properties"][name], item, f"{at}.{name}")
        for name, needs in node.get("dependentRequired", {}).items():
            if name in value and any(other not in value for other in needs):
                errors.append(f"{at}: '{name}' needs {needs}")
    elif kind == "array":
        if not isinstance(value, list):
            return [f"{at}: not an array"]
        for index, item in enumerate(value):
            errors += _conforms(schema, node["items"], item, f"{at}[{index}]")
    elif "enum" in node and value not in node["enum"]:
        errors.append(f"{at}: {value!r} not in enum")
    elif kind == "string" and not isinstance(value, str):
        errors.append(f"{at}: not a string")
    elif kind == "integer" and not (isinstance(value, int) and not isinstance(value, bool)):
        errors.append(f"{at}: not an integer")
    return errors


def _example_data(path: Path) -> Any:
    return _as_json(yaml.safe_load(path.read_text(encoding="utf-8")))


def _as_json(value: Any) -> Any:
    """Dates as strings, as an editor's JSON view of the YAML has them."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def test_schema_header() -> None:
    schema = annotation_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://w3id.org/negkg/schema/annotation-1.json"
    assert schema["title"] == "kg annotation file, format 1"
    assert schema["properties"].keys() == Annotation.model_fields.keys()
    json.dumps(schema)  # serialisable as it is


def test_article_takes_text_or_text_file() -> None:
    article = annotation_json_schema()["$defs"]["Article"]
    assert "text" not in article["required"]
    assert "text_file" not in article["required"]
    assert article["oneOf"] == [{"required": ["text"]}, {"required": ["text_file"]}]
    assert article["properties"]["text_file"]["type"] == "string"


def test_each_call_returns_a_fresh_schema() -> None:
    first = annotation_json_schema()
    first["$defs"]["Article"]["required"].append("text")
    assert "text" not in annotation_json_schema()["$defs"]["Article"]["required"]


EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def test_examples_exist() -> None:
    assert len(EXAMPLE_FILES) >= 4


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_bundled_examples_conform(path: Path) -> None:
    schema = annotation_json_schema()
    assert _conforms(schema, schema, _example_data(path), "$") == []


def test_the_checker_finds_violations() -> None:
    schema = annotation_json_schema()
    data = _example_data(EXAMPLE_FILES[0])
    data["article"]["text"] = "inline as well"
    data["stanse"] = "x"
    data["proposals"][0]["evidence"][0] = {"quote": "q", "start": 1}
    data["positions"][0]["stance"] = "acceptz"
    assert set(_conforms(schema, schema, data, "$")) == {
        "$: 'stanse' is not allowed",
        "$.article: matches 2 of oneOf",
        "$.proposals[0].evidence[0]: 'start' needs ['end']",
        "$.positions[0].stance: 'acceptz' not in enum",
    }


def test_docstring_examples() -> None:
    assert doctest.testmod(kg.schema).failed == 0
