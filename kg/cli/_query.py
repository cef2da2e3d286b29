"""The SPARQL commands: ``kg query`` (the named questions) and ``kg sparql`` (ad hoc).

Both read annotation files, folders of them or RDF dataset files (``.trig``, ``.nq``,
``.ttl``, ``.jsonld``), the bundled examples when none are given, and print the answer
as a table, JSON or CSV on stdout; the row count goes to stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from kg.cli._common import INPUTS, Failed, cli, guarded, load_inputs
from kg.files import read_text
from kg.sparql import (
    RESULT_FORMATS,
    QueryResult,
    format_result,
    list_queries,
    load_query,
    run_query,
    run_sparql,
)

__all__ = ["query", "sparql"]

FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="An aligned table to read (long cells cut), or JSON / CSV with every value whole.",
)


def _params(pairs: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            raise Failed(f"--param {pair!r}: write NAME=VALUE, e.g. --param party=ukraine")
        if name in params:
            raise Failed(f"--param {name} is given twice; give each parameter once")
        params[name] = value
    return params


def _echo(result: QueryResult, fmt: str) -> None:
    click.echo(format_result(result, fmt), nl=False)
    click.echo(f"{len(result)} row(s)", err=True)


def _catalogue() -> str:
    lines: list[str] = []
    for named in list_queries():
        lines.append(f"{named.name}  {named.title}")
        lines.extend(f"    --param {param}" for param in named.params)
    return "\n".join(lines)


@cli.command()
@click.argument("name", required=False)
@INPUTS
@click.option(
    "-p",
    "--param",
    "pairs",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of the query; repeat for several. --list shows each query's.",
)
@FORMAT
@click.option("--list", "show_list", is_flag=True, help="List the queries and their parameters.")
@guarded
def query(
    name: str | None,
    inputs: tuple[Path, ...],
    pairs: tuple[str, ...],
    fmt: str,
    show_list: bool,
) -> None:
    """Run a named question (kg/queries/NAME.rq) over annotations or an RDF dataset.

    INPUT is annotation files, folders of them, or RDF dataset files (.trig, .nq, .ttl,
    .jsonld); the bundled examples when none is given. Parameters name a party by its id,
    an article by its id, a fact as ARTICLE/FACT (or by its id alone when only one
    article has it) and a date as YYYY-MM-DD. Results show ids, not IRIs.

    Example:

        kg query --list

        kg query positions --param proposal=energy-pause-call-de/us-energy-pause

        kg query demands kg/examples/ --param party=ukraine --format csv
    """
    if show_list:
        if name is not None or inputs or pairs:
            raise Failed("--list takes no query name, input or parameter")
        click.echo(_catalogue())
        return
    if name is None:
        names = ", ".join(q.name for q in list_queries())
        raise Failed(f"give a query name (one of: {names}), or --list to describe them")
    named = load_query(name)  # unknown names fail before the dataset is built
    params = _params(pairs)
    for param in params:
        named.param(param)
    _echo(run_query(load_inputs(inputs), named, params=params), fmt)


def _query_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    if source.startswith("@"):
        return read_text(Path(source[1:]), what="SPARQL query file")
    return source


@cli.command()
@click.argument("text", metavar="QUERY")
@INPUTS
@FORMAT
@click.option(
    "--compact", is_flag=True, help="Show kg's IRIs as ids (party, ARTICLE/FACT, code value)."
)
@guarded
def sparql(text: str, inputs: tuple[Path, ...], fmt: str, compact: bool) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) over annotations or an RDF dataset.

    QUERY is the query text, @FILE to read it from a file, or - to read it from stdin.
    It runs over the union of all graphs, with kg's prefixes predeclared (neg:, prov:,
    oa:, schema:, rdfs:, skos:, dcterms:, xsd:…). Updates, FROM and SERVICE are refused.
    INPUT is as for kg query (default: the bundled examples).

    Example:

        kg sparql 'SELECT ?p ?s WHERE { ?p neg:stance ?s }' --compact

        kg sparql @kg/queries/silences.rq negotiations.trig --format json
    """
    query_text = _query_text(text)
    _echo(run_sparql(load_inputs(inputs), query_text, compact=compact), fmt)
