"""SPARQL over a kg dataset: the named questions in ``kg/queries/`` and ad hoc queries.

- :mod:`kg.sparql.catalog` — the ``.rq`` files and their comment headers;
- :mod:`kg.sparql.run` — running them with bound parameters, and ad hoc SPARQL;
- :mod:`kg.sparql.format` — results as a table, JSON or CSV.

>>> import kg
>>> dataset = kg.build_dataset(kg.read_annotations(kg.example_paths()))
>>> params = {"party": "white-house", "article": "energy-pause-call-de"}
>>> result = kg.run_query(dataset, "silences", params=params)
>>> result.records()[0]["regarding"]
'energy-pause-call-de/pow-exchange-175'
"""

from __future__ import annotations

from kg.sparql.catalog import (
    PARAM_TYPES,
    NamedQuery,
    QueryError,
    QueryParam,
    list_queries,
    load_query,
    parse_query_header,
)
from kg.sparql.format import RESULT_FORMATS, format_result
from kg.sparql.run import QueryResult, Value, bind_params, compact_iri, run_query, run_sparql

__all__ = [
    "PARAM_TYPES",
    "RESULT_FORMATS",
    "NamedQuery",
    "QueryError",
    "QueryParam",
    "QueryResult",
    "Value",
    "bind_params",
    "compact_iri",
    "format_result",
    "list_queries",
    "load_query",
    "parse_query_header",
    "run_query",
    "run_sparql",
]
