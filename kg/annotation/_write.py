"""Write annotations as YAML in the canonical layout, atomically."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from kg.annotation._read import text_file_path
from kg.errors import KgFileError
from kg.files import StrPath, write_atomic
from kg.model import Annotation, Article, Fact

__all__ = ["dump_annotation", "write_annotation"]

#: Fields written even when they hold their default, because a reader wants to see them.
_ALWAYS = {(Annotation, "kg_annotation"), (Annotation, "status")}
#: Wide enough that PyYAML never folds a long string over several lines.
_WIDTH = 1_000_000


class _FlowList(list[Any]):
    """A list of scalars, written on one line: ``[russia, ukraine]``."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key and writes text blocks literally."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True  # a model may share one date object between fields: no &id001 anchors


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    if "\x85" in value:  # PyYAML writes NEL unescaped in other styles and misreads it
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow(dumper: yaml.SafeDumper, value: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow)


def _plain(value: Any) -> Any:
    """Turn model values into what YAML should show: enums as strings, tuples as lists."""
    if isinstance(value, BaseModel):
        return _fields(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        items = [_plain(item) for item in value]
        if all(isinstance(item, str | int) for item in items):
            return _FlowList(items)
        return items
    if isinstance(value, dt.datetime):  # pragma: no cover - the model holds dates only
        return value.date()
    return value


def _field_order(model: BaseModel) -> list[str]:
    """Model order, except that a fact's own content comes before who says so and the evidence."""
    names = list(type(model).model_fields)
    if not isinstance(model, Fact):
        return names
    said = [name for name in Fact.model_fields if name not in ("id", "label")]
    return ["id", "label", *(n for n in names if n not in Fact.model_fields), *said]


def _fields(model: BaseModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    fields = type(model).model_fields
    for name in _field_order(model):
        info = fields[name]
        value = getattr(model, name)
        if (type(model), name) not in _ALWAYS:
            if value is None or value == ():
                continue
            if not info.is_required() and value == info.default:
                continue
            if isinstance(model, Article) and name == "text" and model.text_file is not None:
                continue
        out[name] = _plain(value)
    return out


def dump_annotation(annotation: Annotation) -> str:
    r"""Render an annotation as YAML in the canonical layout.

    Keys come in model order (a fact's own fields before ``said_by``, ``evidence`` and
    the rest every fact has); fields that are None, empty or at their default are left
    out (``kg_annotation`` and ``status`` are always written); dates read YYYY-MM-DD;
    lists of ids stand on one line; multi-line text is a literal block; strings YAML
    would misread (``no``, ``1984``, ``2025-03-26``, ``: x``) are quoted. When
    ``article.text_file`` is set the text is not inlined. Evidence offsets are written.

    Parameters
    ----------
    annotation
        The annotation to render.

    Returns
    -------
    str
        YAML text that :func:`kg.annotation.parse_annotation` reads back to an equal
        annotation.

    Examples
    --------
    >>> from kg.model import Article
    >>> article = Article(
    ...     title="no", outlet="Harbour Ledger", published="2025-03-26",
    ...     language="en", text="Talks\ngo on.\n",
    ... )
    >>> print(dump_annotation(Annotation(id="tiny", article=article)), end="")
    kg_annotation: 1
    id: tiny
    status: reviewed
    article:
      title: 'no'
      outlet: Harbour Ledger
      published: 2025-03-26
      language: en
      text: |
        Talks
        go on.
    """
    return yaml.dump(
        _fields(annotation),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_WIDTH,
    )


def write_annotation(annotation: Annotation, path: StrPath) -> None:
    """Write an annotation file and, when ``article.text_file`` is set, its text file.

    Each file is written to a temporary file in the same folder and then renamed over
    the target, so a crash never leaves a half-written file. The text file is written
    first, so the annotation never names a text that is not there.

    Parameters
    ----------
    annotation
        The annotation to write.
    path
        The YAML file to write; missing folders are created.

    Raises
    ------
    KgFileError
        If a file cannot be written, or ``text_file`` points outside the folder.
    """
    path = Path(path)
    name = annotation.article.text_file
    if name is not None:
        target = text_file_path(path.parent, name)
        if target is None:
            raise KgFileError(
                f"cannot write the text of {path}: text_file '{name}' must be a path "
                "relative to the annotation's folder, without '..'"
            )
        write_atomic(target, annotation.article.text)
    write_atomic(path, dump_annotation(annotation))
