"""Running SPARQL over a kg dataset: named queries with bound parameters, and ad hoc queries.

Queries see the union of the dataset's graphs (every article graph and the party
registry), through an rdflib view with ``default_union=True``; the dataset itself is not
changed. Parameters are bound with rdflib's ``initBindings``, never pasted into the query
text, so a parameter value is always a value: an unknown party is an error, and a string
full of SPARQL is just a string that matches nothing.

How a parameter value names things:

- a party by its id (``ukraine``);
- an article by its id (``energy-pause-call-de``);
- a fact as ``ARTICLE/FACT`` (``energy-pause-call-de/us-energy-pause``), or by its id
  alone when exactly one article has a fact with that id; fact ids are unique only
  within an article, so an id several articles use is an error listing the
  ``ARTICLE/FACT`` forms to choose from;
- a date as ``YYYY-MM-DD``.

Named queries return ids, not IRIs: a party as its id, an article as its id, a fact as
``ARTICLE/FACT``, a code-list value as its value (``accepts_with_conditions``), a class
as its local name (``Proposal``), a cross-article reference as its id and a Wikidata
entity as its Q-id (:func:`compact_iri`). Ad hoc queries return full IRIs unless asked
to compact them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pyparsing import ParseException
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

from kg.codes import CONCEPT_PREFIX
from kg.model import ID_PATTERN
from kg.namespace import DATA, NEG, WIKIDATA, article_iri, bind_prefixes, party_iri
from kg.sparql.catalog import NamedQuery, QueryError, QueryParam, load_query

__all__ = ["QueryResult", "Value", "bind_params", "compact_iri", "run_query", "run_sparql"]

#: A cell of a result: ids and text as ``str``, numbers and booleans as themselves, a
#: list column as a sorted tuple of ids, an unbound variable as None.
Value = str | int | float | bool | tuple[str, ...] | None

_ID = re.compile(ID_PATTERN)
_NEG = str(NEG._NS)
_DATA = str(DATA)
_WIKIDATA = str(WIKIDATA)
_FACT_IRI = re.compile(
    re.escape(_DATA) + r"article/(?P<article>[^/]+)/"
    r"(?:interaction|proposal|commitment|condition|position|agreement)/(?P<fact>[^/]+)"
)
_ID_IRI = re.compile(re.escape(_DATA) + r"(?:party|article|process|ref)/(?P<id>[^/]+)")
_CONCEPT_PREFIXES = frozenset(CONCEPT_PREFIX.values())


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to a query: column names and rows of plain values.

    Parameters
    ----------
    columns
        The column names (the SPARQL variables, without ``?``); ``ask`` for an ASK
        query; ``subject``, ``predicate``, ``object`` for a CONSTRUCT or DESCRIBE query.
    rows
        One tuple per solution, in the query's order, one :data:`Value` per column.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def __len__(self) -> int:
        """Return the number of rows."""
        return len(self.rows)

    def records(self) -> list[dict[str, Value]]:
        """Return the rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Value]:
        """Return the values of column ``name``, row by row.

        Raises
        ------
        KeyError
            If there is no such column.
        """
        if name not in self.columns:
            raise KeyError(f"no column '{name}'; the columns are {', '.join(self.columns)}")
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def compact_iri(iri: str) -> str:
    """Return the short id kg uses for one of its IRIs; any other IRI unchanged.

    Examples
    --------
    >>> compact_iri("https://w3id.org/negkg/id/party/ukraine")
    'ukraine'
    >>> compact_iri("https://w3id.org/negkg/id/article/a-de/proposal/offer")
    'a-de/offer'
    >>> compact_iri("https://w3id.org/negkg/ns#stance_no_response")
    'no_response'
    >>> compact_iri("https://w3id.org/negkg/ns#ReciprocityCondition")
    'ReciprocityCondition'
    >>> compact_iri("http://www.wikidata.org/entity/Q159")
    'Q159'
    >>> compact_iri("https://example.org/x")
    'https://example.org/x'
    """
    if iri.startswith(_DATA):
        fact = _FACT_IRI.fullmatch(iri)
        if fact:
            return f"{fact['article']}/{fact['fact']}"
        named = _ID_IRI.fullmatch(iri)
        return named["id"] if named else iri[len(_DATA) :]
    if iri.startswith(_NEG):
        local = iri[len(_NEG) :]
        prefix, _, value = local.partition("_")
        return value if value and prefix in _CONCEPT_PREFIXES else local
    if iri.startswith(_WIKIDATA):
        return iri[len(_WIKIDATA) :]
    return iri


def _union(dataset: Graph) -> Graph:
    if isinstance(dataset, Dataset):
        return Dataset(store=dataset.store, default_union=True)
    return dataset


def _plain(term: Any, *, compact: bool) -> Value:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return compact_iri(str(term)) if compact else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float):
            return value
    return str(term)


def _as_list(term: Any) -> tuple[str, ...]:
    tokens = {compact_iri(token) for token in str(term or "").split()}
    return tuple(sorted(tokens))


# -- parameters -------------------------------------------------------------------------


def _closest(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(set(known)), n=3, cutoff=0.6)
    return f" (closest: {', '.join(close)})" if close else ""


def _fact_index(union: Graph) -> dict[str, dict[str, URIRef]]:
    """Map each fact id to {article id: fact IRI}."""
    index: dict[str, dict[str, URIRef]] = {}
    for subject in union.subjects(RDF.type, NEG.Fact, unique=True):
        match = _FACT_IRI.fullmatch(str(subject))
        if match and isinstance(subject, URIRef):
            index.setdefault(match["fact"], {})[match["article"]] = subject
    return index


def _bind_fact(union: Graph, param: QueryParam, value: str) -> URIRef:
    index = _fact_index(union)
    article, slash, fact = value.rpartition("/")
    if slash:
        found = index.get(fact, {}).get(article)
        if found is not None:
            return found
        if not _article_exists(union, article):
            raise QueryError(
                f"parameter '{param.name}': unknown article '{article}' in '{value}'"
                f"{_closest(article, _article_ids(union))}; write ARTICLE/FACT"
            )
        facts = [f for f, articles in index.items() if article in articles]
        raise QueryError(
            f"parameter '{param.name}': article '{article}' has no fact '{fact}'"
            f"{_closest(fact, facts)}"
        )
    matches = index.get(fact, {})
    if len(matches) == 1:
        return next(iter(matches.values()))
    if not matches:
        raise QueryError(
            f"parameter '{param.name}': no fact '{fact}' in the dataset{_closest(fact, index)}"
        )
    choices = ", ".join(f"{a}/{fact}" for a in sorted(matches))
    raise QueryError(
        f"parameter '{param.name}': {len(matches)} articles have a fact '{fact}'; "
        f"name one as ARTICLE/FACT: {choices}"
    )


def _article_ids(union: Graph) -> list[str]:
    prefix = str(article_iri(""))
    return [
        str(s)[len(prefix) :]
        for s in union.subjects(RDF.type, NEG.Article, unique=True)
        if str(s).startswith(prefix)
    ]


def _article_exists(union: Graph, article: str) -> bool:
    return bool(_ID.fullmatch(article)) and (article_iri(article), RDF.type, NEG.Article) in union


def _bind_party(union: Graph, param: QueryParam, value: str) -> URIRef:
    if _ID.fullmatch(value) and (party_iri(value), RDF.type, NEG.Party) in union:
        return party_iri(value)
    prefix = str(party_iri(""))
    known = [
        str(s)[len(prefix) :]
        for s in union.subjects(RDF.type, NEG.Party, unique=True)
        if str(s).startswith(prefix)
    ]
    raise QueryError(
        f"parameter '{param.name}': unknown party '{value}'{_closest(value, known)}; "
        "'kg query parties' lists the parties"
    )


def _bind(union: Graph, param: QueryParam, value: str) -> Identifier:
    if not value:
        raise QueryError(f"parameter '{param.name}' is empty; give a value or leave it out")
    if param.type == "party":
        return _bind_party(union, param, value)
    if param.type == "fact":
        return _bind_fact(union, param, value)
    if param.type == "article":
        if _article_exists(union, value):
            return article_iri(value)
        raise QueryError(
            f"parameter '{param.name}': unknown article '{value}'"
            f"{_closest(value, _article_ids(union))}"
        )
    if param.type == "date":
        try:
            return Literal(dt.date.fromisoformat(value), datatype=XSD.date)
        except ValueError:
            raise QueryError(
                f"parameter '{param.name}': '{value}' is not a date; write YYYY-MM-DD, "
                "e.g. 2025-03-18"
            ) from None
    return Literal(value)


def bind_params(
    dataset: Graph, query: NamedQuery, params: Mapping[str, str] | None = None
) -> dict[str, Identifier]:
    """Turn parameter values into RDF terms for ``initBindings``, checking each one.

    Raises
    ------
    QueryError
        If a parameter is unknown, missing, empty, or names nothing in the dataset.
    """
    union = _union(dataset)
    given = dict(params or {})
    bindings: dict[str, Identifier] = {}
    for name, value in given.items():
        bindings[name] = _bind(union, query.param(name), value)
    for param in query.params:
        if not param.optional and param.name not in given:
            raise QueryError(f"query '{query.name}' needs the parameter {param}")
    return bindings


# -- running ----------------------------------------------------------------------------


@cache
def _prepared(text: str) -> Query:
    return translateQuery(parseQuery(text))


def run_query(
    dataset: Graph,
    query: str | NamedQuery,
    *,
    params: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a named query over the union of ``dataset``'s graphs.

    Parameters
    ----------
    dataset
        An ``rdflib.Dataset`` as :func:`kg.build_dataset` or :func:`kg.read_rdf` give
        (or a plain graph).
    query
        The query's name (see :func:`kg.sparql.list_queries`) or a loaded query.
    params
        Parameter values as strings, by parameter name (see the module docs for how a
        value names a party, an article, a fact or a date).

    Returns
    -------
    QueryResult
        Ids rather than IRIs (:func:`compact_iri`); list columns as sorted tuples.

    Raises
    ------
    QueryError
        If the query or a parameter is unknown, a required parameter is missing, or a
        value names nothing in the dataset.

    Examples
    --------
    >>> import kg
    >>> dataset = kg.build_dataset(kg.read_annotations(kg.example_paths()))
    >>> result = run_query(dataset, "mutual-conditions")
    >>> "trade-truce-90-days-de/china-tariff-cut" in result.column("commitment_a")
    True
    """
    named = load_query(query) if isinstance(query, str) else query
    union = _union(dataset)
    bindings = bind_params(union, named, params)
    answer = union.query(_prepared(named.text), initBindings=bindings)
    columns = tuple(str(v) for v in answer.vars or ())
    lists = {i for i, column in enumerate(columns) if column in named.lists}
    rows = tuple(
        tuple(
            _as_list(term) if i in lists else _plain(term, compact=True)
            for i, term in enumerate(row)
        )
        for row in _rows(answer)
    )
    return QueryResult(columns=columns, rows=rows)


def _rows(answer: Any) -> Iterator[tuple[Any, ...]]:
    for row in answer:
        yield tuple(row)


def _walk(node: Any) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _walk(item)


def _parse(text: str) -> Query:
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            pass
        else:
            raise QueryError(
                "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…) is not supported: "
                "kg sparql only reads; write a SELECT, ASK or CONSTRUCT query"
            ) from None
        raise QueryError(
            f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}\n"
            f"  {exc.line}\n  {' ' * (exc.col - 1)}^"
        ) from None
    prefixes = dict(bind_prefixes(Graph()).namespaces())
    try:
        query = translateQuery(parsed, initNs=prefixes)
    except Exception as exc:  # rdflib raises plain Exception for e.g. an unknown prefix
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    if query.algebra.get("datasetClause"):
        raise QueryError(
            "FROM and FROM NAMED are not supported: a query runs over the dataset kg "
            "loaded (the union of its graphs); remove them"
        )
    if any(node.name == "ServiceGraphPattern" for node in _walk(query.algebra)):
        raise QueryError("SERVICE is not supported: kg runs queries offline, over its dataset")
    return query


def run_sparql(dataset: Graph, text: str, *, compact: bool = False) -> QueryResult:
    """Run an ad hoc SPARQL query over the union of ``dataset``'s graphs.

    SELECT and ASK answer as usual (ASK as one column ``ask``); CONSTRUCT and DESCRIBE
    answer with the triples they build, as columns ``subject``, ``predicate``,
    ``object``, sorted. kg's prefixes (``neg:``, ``prov:``, ``oa:``, ``schema:``,
    ``rdfs:``…) are predeclared. Updates, ``FROM`` and ``SERVICE`` are refused: the
    query reads the dataset and nothing else.

    Parameters
    ----------
    dataset
        The dataset (or a plain graph).
    text
        The SPARQL query.
    compact
        Return kg's IRIs as ids (:func:`compact_iri`) instead of full IRIs.

    Raises
    ------
    QueryError
        On a syntax error (with line and column), an update, FROM or SERVICE, or an
        error while evaluating.

    Examples
    --------
    >>> import kg
    >>> dataset = kg.build_dataset(kg.read_annotations(kg.example_paths()))
    >>> run_sparql(dataset, "ASK { ?p neg:stance neg:stance_no_response }").rows
    ((True,),)
    """
    query = _parse(text)
    union = _union(dataset)
    try:
        answer = union.query(query)
        if answer.type == "ASK":
            return QueryResult(columns=("ask",), rows=((bool(answer.askAnswer),),))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            graph = answer.graph if answer.graph is not None else Graph()
            triples = sorted(graph, key=lambda t: tuple(str(x) for x in t))
            columns: tuple[str, ...] = ("subject", "predicate", "object")
            raw = [tuple(t) for t in triples]
        else:
            columns = tuple(str(v) for v in answer.vars or ())
            raw = list(_rows(answer))
    except QueryError:
        raise
    except Exception as exc:  # evaluating user SPARQL can fail in many rdflib ways
        raise QueryError(f"the query failed: {type(exc).__name__}: {exc}") from exc
    rows = tuple(tuple(_plain(term, compact=compact) for term in row) for row in raw)
    return QueryResult(columns=columns, rows=rows)
