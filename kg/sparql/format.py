"""Formatting query results: an aligned text table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from kg.sparql.catalog import QueryError
from kg.sparql.run import QueryResult, Value

__all__ = ["RESULT_FORMATS", "format_result"]

#: The formats :func:`format_result` writes.
RESULT_FORMATS: tuple[str, ...] = ("table", "json", "csv")


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return " ".join(value)
    return str(value)


def _cell(value: Value, width: int) -> str:
    text = " ".join(_text(value).split())  # one line: newlines and tabs become spaces
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(result: QueryResult, width: int) -> str:
    cells = [[_cell(v, width) for v in row] for row in result.rows]
    widths = [
        max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(result.columns)
    ]
    lines = [
        "  ".join(name.ljust(w) for name, w in zip(result.columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines.extend("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _json(result: QueryResult) -> str:
    rows = [
        {k: list(v) if isinstance(v, tuple) else v for k, v in record.items()}
        for record in result.records()
    ]
    document = {"columns": list(result.columns), "rows": rows}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_text(v) for v in row] for row in result.rows)
    return out.getvalue()


def format_result(result: QueryResult, fmt: str = "table", *, width: int = 60) -> str:
    """Render ``result`` as text.

    Parameters
    ----------
    result
        The result to render.
    fmt
        ``table``: aligned columns for reading, each cell on one line and cut to
        ``width`` characters (``…`` marks a cut); ``json``: ``{"columns": […], "rows":
        [{column: value}…]}`` with list columns as arrays and unbound values as null;
        ``csv``: a header row, then one row per solution, lists space-separated. JSON
        and CSV keep every value whole.
    width
        The widest a table cell gets.

    Raises
    ------
    QueryError
        If ``fmt`` is not one of :data:`RESULT_FORMATS`.

    Examples
    --------
    >>> result = QueryResult(("party", "said_by"), (("ukraine", ("kremlin",)),))
    >>> print(format_result(result, "csv"), end="")
    party,said_by
    ukraine,kremlin
    >>> print(format_result(result), end="")
    party    said_by
    -------  -------
    ukraine  kremlin
    """
    if fmt == "table":
        return _table(result, width)
    if fmt == "json":
        return _json(result)
    if fmt == "csv":
        return _csv(result)
    raise QueryError(f"unknown result format '{fmt}'; use one of {', '.join(RESULT_FORMATS)}")
