"""The named SPARQL questions shipped in ``kg/queries/*.rq`` and their headers.

Each ``.rq`` file is a plain SPARQL 1.1 query that any SPARQL engine can run over the
union of a kg dataset's graphs. It opens with a comment header that kg reads::

    # title: Positions on proposals
    # description: Every party's stance on a proposal ...
    #   (an indented comment line continues the field above)
    # param: proposal (fact, optional): only positions regarding this proposal
    # lists: conditions said_by

- ``param: NAME (TYPE[, optional]): description`` declares a parameter; kg binds the
  SPARQL variable ``?NAME`` to it (see :func:`kg.sparql.run_query`). TYPE is one of
  ``party``, ``fact``, ``article``, ``date`` and ``string``; a parameter that is not
  optional must be given.
- ``lists: COLUMN …`` names the columns that are space-separated lists (made with
  ``GROUP_CONCAT``); kg returns them as sorted tuples of ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Literal, get_args

from kg.errors import KgError

__all__ = [
    "PARAM_TYPES",
    "NamedQuery",
    "QueryError",
    "QueryParam",
    "list_queries",
    "load_query",
    "parse_query_header",
]

ParamType = Literal["party", "fact", "article", "date", "string"]
#: The types a query parameter can have.
PARAM_TYPES: tuple[str, ...] = get_args(ParamType)

_FIELD = re.compile(r"^#\s*(?P<key>[a-z]+):\s*(?P<value>.*)$")
_CONTINUED = re.compile(r"^#\s{2,}(?P<value>\S.*)$")
_PARAM = re.compile(
    r"^(?P<name>[a-z][a-z0-9_]*)\s*\((?P<type>[a-z]+)(?P<optional>\s*,\s*optional)?\)"
    r"\s*:\s*(?P<description>.+)$"
)
_KEYS = ("title", "description", "param", "lists")


class QueryError(KgError, ValueError):
    """A query cannot be run: unknown name, bad parameter, invalid SPARQL, unsafe query."""


@dataclass(frozen=True, slots=True)
class QueryParam:
    """A parameter a named query takes.

    Parameters
    ----------
    name
        The parameter's name; kg binds the SPARQL variable of the same name.
    type
        ``party`` (a party id), ``fact`` (``ARTICLE/FACT`` or a fact id unique across
        the articles), ``article`` (an article id), ``date`` (YYYY-MM-DD) or ``string``.
    optional
        Whether the query runs without it.
    description
        What the parameter selects.
    """

    name: str
    type: ParamType
    optional: bool
    description: str

    def __str__(self) -> str:
        """Render as in the header: ``name (type, optional): description``."""
        optional = ", optional" if self.optional else ""
        return f"{self.name} ({self.type}{optional}): {self.description}"


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A named SPARQL question: its header and its text.

    Parameters
    ----------
    name
        The file name without ``.rq``, e.g. ``positions``.
    title
        A one-line title.
    description
        What the query answers and how to read its columns.
    params
        The parameters it takes, in header order.
    lists
        Columns holding space-separated lists of ids.
    text
        The SPARQL text, header included.
    """

    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    lists: tuple[str, ...]
    text: str

    def param(self, name: str) -> QueryParam:
        """Return the parameter called ``name``.

        Raises
        ------
        QueryError
            If the query has no such parameter; the message lists the declared ones.
        """
        for param in self.params:
            if param.name == name:
                return param
        declared = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(
            f"query '{self.name}' has no parameter '{name}'; its parameters: {declared}"
        )


def _query_folder() -> Traversable:
    return resources.files("kg").joinpath("queries")


def parse_query_header(name: str, text: str) -> NamedQuery:
    """Read the comment header of a named query's text.

    Parameters
    ----------
    name
        The query's name, used in messages.
    text
        The ``.rq`` file's content.

    Raises
    ------
    QueryError
        If the header lacks a title or description, has an unknown field, or declares
        a parameter in a form kg cannot read.

    Examples
    --------
    >>> q = parse_query_header("demo", '''# title: Demo
    ... # description: Parties,
    ... #   by name.
    ... # param: party (party, optional): one party
    ... SELECT ?party WHERE { ?party a ?kind }''')
    >>> q.description, q.params[0].type, q.params[0].optional
    ('Parties, by name.', 'party', True)
    """
    fields: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        field, continued = _FIELD.match(line), _CONTINUED.match(line)
        if continued and fields:
            key, value = fields[-1]
            fields[-1] = (key, f"{value} {continued['value'].strip()}")
        elif field and field["key"] in _KEYS:
            fields.append((field["key"], field["value"].strip()))
        else:
            raise QueryError(
                f"{name}.rq:{number}: cannot read this header line: {line!r}; write "
                f"'# FIELD: value' with FIELD one of {', '.join(_KEYS)}, or indent a "
                "continuation by two spaces"
            )
    values: dict[str, str] = {}
    params: list[QueryParam] = []
    lists: list[str] = []
    for key, value in fields:
        if key == "param":
            params.append(_parse_param(name, value))
        elif key == "lists":
            lists.extend(value.split())
        else:
            values[key] = value
    for key in ("title", "description"):
        if not values.get(key):
            raise QueryError(f"{name}.rq: the header has no '# {key}:' line; add one")
    return NamedQuery(
        name=name,
        title=values["title"],
        description=values["description"],
        params=tuple(params),
        lists=tuple(lists),
        text=text,
    )


def _parse_param(name: str, value: str) -> QueryParam:
    match = _PARAM.match(value)
    if match is None or match["type"] not in PARAM_TYPES:
        raise QueryError(
            f"{name}.rq: cannot read the parameter {value!r}; write "
            f"'# param: NAME (TYPE[, optional]): description' with TYPE one of "
            f"{', '.join(PARAM_TYPES)}"
        )
    return QueryParam(
        name=match["name"],
        type=match["type"],  # type: ignore[arg-type]  # checked against PARAM_TYPES
        optional=match["optional"] is not None,
        description=match["description"].strip(),
    )


def _names() -> list[str]:
    return sorted(
        entry.name.removesuffix(".rq")
        for entry in _query_folder().iterdir()
        if entry.name.endswith(".rq")
    )


@cache
def load_query(name: str) -> NamedQuery:
    """Return the named query ``name`` (a file ``kg/queries/NAME.rq``).

    Raises
    ------
    QueryError
        If there is no query of that name; the message lists the known names.

    Examples
    --------
    >>> q = load_query("positions")
    >>> q.title, [p.name for p in q.params]
    ('Positions on proposals', ['proposal'])
    """
    names = _names()
    if name not in names:
        raise QueryError(f"unknown query '{name}'; the queries are: {', '.join(names)}")
    text = _query_folder().joinpath(f"{name}.rq").read_text(encoding="utf-8")
    return parse_query_header(name, text)


def list_queries() -> list[NamedQuery]:
    """Return every named query shipped with kg, sorted by name.

    Examples
    --------
    >>> "unanswered" in [q.name for q in list_queries()]
    True
    """
    return [load_query(name) for name in _names()]
