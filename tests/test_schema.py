"""Tests of kg.schema: the JSON Schema of annotation files."""

from __future__ import annotations

import datetime as dt
import doctest
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

import kg.schema
from kg.model import Annotation
from kg.schema import annotation_json_schema

EXAMPLES = Path(kg.schema.__file__).parent / "examples"


def _errors(schema: dict[str, Any], data: Any) -> set[str]:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return {
        f"{'.'.join(map(str, error.absolute_path)) or '$'}: {error.validator}"
        for error in validator.iter_errors(data)
    }


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
    Draft202012Validator.check_schema(schema)
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
    assert _errors(schema, _example_data(path)) == set()


def test_schema_finds_violations() -> None:
    schema = annotation_json_schema()
    data = _example_data(EXAMPLE_FILES[0])
    data["article"]["text"] = "inline as well"
    data["stanse"] = "x"
    data["proposals"][0]["evidence"][0] = {"quote": "q", "start": 1}
    data["positions"][0]["stance"] = "acceptz"
    data["proposals"][0]["terms"][0]["duration"] = "30 Tage"
    assert _errors(schema, data) == {
        "$: additionalProperties",
        "article: oneOf",
        "proposals.0.evidence.0: dependentRequired",
        "proposals.0.terms.0.duration: anyOf",  # neither the pattern nor null
        "positions.0.stance: enum",
    }


def test_docstring_examples() -> None:
    assert doctest.testmod(kg.schema).failed == 0
