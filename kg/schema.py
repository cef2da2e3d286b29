"""The JSON Schema of the annotation file format, for editors that check YAML as you type.

The schema is generated from :class:`kg.model.Annotation` and adjusted to the file
format: the article text is given either inline (``text``) or as a file name
(``text_file``), exactly one of them; evidence offsets come as a pair. Checks that need
the whole annotation (references, quotes in the text) are left to ``kg check``.

Point an editor at it, e.g. with the YAML language server::

    # yaml-language-server: $schema=annotation.schema.json
"""

from __future__ import annotations

from typing import Any

from kg.model import SCHEMA_VERSION, Annotation

__all__ = ["SCHEMA_DIALECT", "SCHEMA_ID", "annotation_json_schema"]

#: The JSON Schema dialect the schema is written in.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The identifier of the schema of annotation format version 1.
SCHEMA_ID = f"https://w3id.org/negkg/schema/annotation-{SCHEMA_VERSION}.json"


def annotation_json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of an annotation file.

    Returns
    -------
    dict
        A new JSON-serialisable schema on each call.

    Examples
    --------
    >>> schema = annotation_json_schema()
    >>> schema["$id"]
    'https://w3id.org/negkg/schema/annotation-1.json'
    >>> schema["$defs"]["Article"]["oneOf"]
    [{'required': ['text']}, {'required': ['text_file']}]
    """
    model = Annotation.model_json_schema()
    article = model["$defs"]["Article"]
    article["required"] = [name for name in article["required"] if name != "text"]
    text_file = article["properties"]["text_file"]
    article["properties"]["text_file"] = {
        "type": "string",
        "minLength": 1,
        "title": text_file["title"],
        "description": "File holding the article text, relative to the folder of the "
        "annotation file (UTF-8). Give either 'text' or 'text_file'.",
    }
    article["oneOf"] = [{"required": ["text"]}, {"required": ["text_file"]}]
    evidence = model["$defs"]["Evidence"]
    evidence["dependentRequired"] = {"start": ["end"], "end": ["start"]}
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": f"kg annotation file, format {SCHEMA_VERSION}",
        **{key: value for key, value in model.items() if key != "title"},
    }
