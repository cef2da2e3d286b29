"""Explain pydantic validation errors in words a person editing YAML can act on.

Used for annotation files and the gazetteer alike. Each pydantic error becomes a
:data:`Finding`: the field path
(pydantic's ``loc``) and a message that says what is wrong and how to fix it, naming
the allowed fields or values where there is a choice, and explaining YAML 1.1 surprises
(an unquoted ``no`` is a boolean, ``1984`` a number, ``2025-03-26`` a date).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import types
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from kg import codes
from kg.model import DURATION_PATTERN, ID_PATTERN, SCHEMA_VERSION, WIKIDATA_PATTERN, Annotation
from kg.yamldoc import FieldPath, YamlDocument

__all__ = ["Finding", "show", "translate_errors"]

#: A problem found in a document: the field path and the message.
Finding = tuple[FieldPath, str]

_ENUMS: dict[frozenset[str], type[StrEnum]] = {
    frozenset(member.value for member in enum): enum
    for enum in (getattr(codes, name) for name in codes.__all__)
    if isinstance(enum, type) and issubclass(enum, StrEnum)
}
_ID_RE = re.compile(ID_PATTERN)
_WEEKS_RE = re.compile(r"^P(\d+)W$")


def show(value: str, *, limit: int = 80) -> str:
    r"""Render a piece of text for a message: quoted, escapes visible, long text cut.

    Examples
    --------
    >>> show("ensure safe navigation")
    "'ensure safe navigation'"
    >>> show("two\nlines")
    "'two\\nlines'"
    """
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    body = json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"')
    return f"'{body}'"


def translate_errors(
    errors: Sequence[ErrorDetails],
    doc: YamlDocument,
    source: str,
    *,
    skip: frozenset[FieldPath] = frozenset(),
    root: type[BaseModel] = Annotation,
) -> list[Finding]:
    """Turn pydantic errors on a model (an :class:`~kg.model.Annotation`) into findings.

    Parameters
    ----------
    errors
        ``ValidationError.errors()`` of ``Annotation.model_validate``.
    doc
        The parsed document, to find the line of a value.
    source
        The YAML text, to quote a value as it was written.
    skip
        Paths whose errors are already reported another way.
    root
        The model that was validated; error locations are relative to it.

    Returns
    -------
    list of Finding
        One finding per error that says something new, in pydantic's order.
    """
    lines = source.splitlines()
    findings: list[Finding] = []
    misspelt = _misspelt(root, errors)
    for error in errors:
        loc: FieldPath = tuple(error["loc"])
        if loc in skip or (error["type"] == "missing" and loc in misspelt):
            continue
        message = _message(root, error, loc, _raw(loc, doc, lines))
        if message is not None:
            findings.append((loc, message))
    return findings


def _misspelt(root: type[BaseModel], errors: Sequence[ErrorDetails]) -> set[FieldPath]:
    """Paths of missing fields that an unknown field next to them is a misspelling of."""
    out: set[FieldPath] = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = tuple(error["loc"])
            close = _close_field(root, loc)
            if close is not None:
                out.add((*loc[:-1], close))
    return out


def _close_field(root: type[BaseModel], loc: FieldPath) -> str | None:
    """Return the allowed field that an unknown field at ``loc`` most likely means."""
    close = difflib.get_close_matches(str(loc[-1]), _field_names(root, loc[:-1]), n=1, cutoff=0.6)
    return close[0] if close else None


def _unwrap(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``X | None`` from a type."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin is Union or origin is types.UnionType:
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _type_at(root: type[BaseModel], loc: FieldPath) -> tuple[Any, FieldInfo | None]:
    """Return the type expected at ``loc`` and the field it belongs to."""
    current: Any = root
    info: FieldInfo | None = None
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            if get_origin(current) is not tuple:
                return None, None
            current = get_args(current)[0]
        elif isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            if info is None:
                return None, None
            current = info.annotation
        else:
            return None, None
    return _unwrap(current), info


def _field_names(root: type[BaseModel], loc: FieldPath) -> list[str]:
    model, _ = _type_at(root, loc)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _raw(loc: FieldPath, doc: YamlDocument, lines: list[str]) -> str | None:
    """Return the scalar at ``loc`` as written in the file, when it stands alone on its line."""
    line = doc.lines.get(loc)
    if line is None or not loc or line > len(lines):
        return None
    text = lines[line - 1]
    last = loc[-1]
    if isinstance(last, int):
        match = re.match(r"^\s*-\s+(.*?)\s*$", text)
    else:
        match = re.match(rf"^\s*(?:-\s+)?{re.escape(last)}\s*:\s+(.*?)\s*$", text)
    if match is None:
        return None
    value = re.sub(r"\s+#.*$", "", match.group(1))
    return value if value and value[0] not in "[{'\"|>&*!" else None


def _describe(info: FieldInfo | None) -> str:
    text = (info.description or "") if info is not None else ""
    text = text.rstrip(".")
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "nothing"
    return show(str(value))


def _misread(value: Any, raw: str | None) -> str | None:
    """Explain a scalar that YAML read as something other than text."""
    if isinstance(value, bool):
        what = f"the boolean {str(value).lower()}"
        if raw is None:
            return (
                f"a word such as yes, no, on or off was read as {what}, not as text; "
                "put it in quotes"
            )
        word = raw
    elif isinstance(value, int | float):
        word, what = raw or str(value), "a number"
    elif isinstance(value, dt.date):
        word, what = raw or value.isoformat(), "a date"
    else:
        return None
    return f'{word} was read as {what}, not as text; put it in quotes: "{word}"'


def _noun(enum: type[StrEnum]) -> str:
    noun = re.sub(r"(?<!^)(?=[A-Z])", " ", enum.__name__).lower()
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _slug(value: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _pattern_message(value: str, pattern: str) -> str:
    if pattern == ID_PATTERN:
        message = (
            f"{show(value)} is not a valid id: use lower-case letters and digits, "
            "joined by single '-' or '.'"
        )
        slug = _slug(value)
        return message + (f", e.g. '{slug}'" if _ID_RE.match(slug) else "")
    if pattern == DURATION_PATTERN:
        message = (
            f"{show(value)} is not a duration: write an xsd:duration such as 'P30D' "
            "(30 days), 'PT72H' (72 hours) or 'P1M' (one month)"
        )
        weeks = _WEEKS_RE.match(value)
        if weeks:
            message += f"; weeks are not allowed, write 'P{int(weeks.group(1)) * 7}D'"
        return message
    if pattern == WIKIDATA_PATTERN:
        return f"{show(value)} is not a Wikidata item id: write 'Q' and the number, e.g. 'Q159'"
    if "https?" in pattern:
        return f"{show(value)} is not a web address: write it in full, starting with https://"
    return f"{show(value)} does not match the pattern {pattern}"


def _enum_message(value: Any, expected: str, raw: str | None) -> str:
    allowed = re.findall(r"'([^']*)'", expected)
    enum = _ENUMS.get(frozenset(allowed))
    what = _noun(enum) if enum is not None else "an allowed value"
    listed = ", ".join(allowed)
    misread = _misread(value, raw)
    if misread is not None:
        return f"{misread}; it must be {what}: {listed}"
    message = f"{show(str(value))} is not {what}"
    close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.6)
    if close:
        message += f"; did you mean '{close[0]}'? Use one of: {listed}"
    else:
        message += f"; use one of: {listed}"
    return message


def _list_message(root: type[BaseModel], value: Any, loc: FieldPath, raw: str | None) -> str:
    expected, _ = _type_at(root, loc)
    items = get_args(expected)
    of_models = bool(items) and isinstance(items[0], type) and issubclass(items[0], BaseModel)
    if value is None:
        return "is empty; give at least one entry, or leave the field out"
    if of_models:
        return f"should be a list of entries, each starting with '- ', not {_kind(value)}"
    if isinstance(value, dict | list):
        return f"should be a list of values, not {_kind(value)}"
    word = raw or str(value)
    return f"should be a list, not a single value; write [{word}]"


def _message(
    root: type[BaseModel], error: ErrorDetails, loc: FieldPath, raw: str | None
) -> str | None:
    kind = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "extra_forbidden":
        allowed = _field_names(root, loc[:-1])
        close = _close_field(root, loc)
        guess = f"did you mean '{close}'? Allowed" if close else "allowed"
        message = f"unknown field '{loc[-1]}'; {guess} here: {', '.join(allowed)}"
        if loc[-1] in ("True", "False"):
            message += " (an unquoted yes, no, on or off is read as a boolean; quote the key)"
        return message
    if kind == "missing":
        described = _describe(_type_at(root, loc)[1])
        about = f": {described}" if described else ""
        return f"missing required field '{loc[-1]}'{about}; add it"
    if kind == "too_short":
        given = value if isinstance(value, list | tuple) else ()
        wanted = int(ctx.get("min_length", 1))
        if len(given) >= wanted:
            return None  # some entries are invalid; each is reported on its own
        return f"'{name}' needs at least {wanted} {'entry' if wanted == 1 else 'entries'}"
    if kind == "string_type":
        if value is None:
            return f"'{name}' has no value; write it"
        misread = _misread(value, raw)
        return misread or f"should be text, not {_kind(value)}"
    if kind == "string_too_short":
        return f"'{name}' is empty; write the text"
    if kind == "string_too_long":
        return f"{show(str(value))} is too long; keep it to {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return _pattern_message(str(value), str(ctx.get("pattern", "")))
    if kind == "enum":
        return _enum_message(value, str(ctx.get("expected", "")), raw)
    if kind == "literal_error" and loc == ("kg_annotation",):
        return (
            f"kg reads annotation format {SCHEMA_VERSION}, not {raw or value}; "
            f"write 'kg_annotation: {SCHEMA_VERSION}'"
        )
    if kind in ("tuple_type", "list_type"):
        return _list_message(root, value, loc, raw)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"should be a mapping of fields (name: value), not {_kind(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"should be a whole number, not {_kind(value)}"
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more, not {value}"
    if kind.startswith("date_") and isinstance(value, int | float):
        return f"{value} is not a date; write YYYY-MM-DD, e.g. 2025-03-26"
    if kind == "date_from_datetime_inexact":
        return f"{value} has a time of day; write only the date, as YYYY-MM-DD"
    if kind.startswith("date_"):
        reason = f" ({ctx['error']})" if "error" in ctx else ""
        return f"{_kind(value)} is not a date{reason}; write YYYY-MM-DD, e.g. 2025-03-26"
    if kind in ("value_error", "assertion_error") and "error" in ctx:
        return str(ctx["error"])
    return str(error["msg"])
