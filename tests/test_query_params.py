"""Parameters of the named queries: how values name things, errors, and injection.

A parameter is bound as an RDF term, never pasted into the query text: a value full of
SPARQL is an unknown party, fact, article or date, or a string that matches nothing.
"""

from __future__ import annotations

import pytest
from rdflib import Dataset

import kg
from kg.model import Annotation
from kg.sparql import QueryError, compact_iri, parse_query_header, run_query

SEED = "energy-pause-call-de"


def records(dataset: Dataset, query: str, /, **params: str) -> list[dict[str, kg.sparql.Value]]:
    return run_query(dataset, query, params=params).records()


def test_a_fact_id_used_by_one_article_needs_no_article(
    examples: list[Annotation], dataset: Dataset
) -> None:
    owners: dict[str, list[str]] = {}
    for a in examples:
        for p in a.proposals:
            owners.setdefault(p.id, []).append(a.id)
    unique = min(pid for pid, arts in owners.items() if len(arts) == 1)
    short = records(dataset, "positions", proposal=unique)
    full = records(dataset, "positions", proposal=f"{owners[unique][0]}/{unique}")
    assert short == full


def test_an_ambiguous_fact_id_lists_the_choices(dataset: Dataset) -> None:
    with pytest.raises(QueryError, match="2 articles have a fact 'us-energy-pause'") as info:
        run_query(dataset, "positions", params={"proposal": "us-energy-pause"})
    assert f"{SEED}/us-energy-pause" in str(info.value)
    assert "energy-pause-call-en/us-energy-pause" in str(info.value)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"party": "ukrane"}, r"unknown party 'ukrane' \(closest: ukraine"),
        ({"proposal": "no-such-offer"}, "no fact 'no-such-offer'"),
        ({"proposal": f"{SEED}/no-such-offer"}, f"article '{SEED}' has no fact 'no-such-offer'"),
        ({"proposal": "nowhere-de/us-energy-pause"}, "unknown article 'nowhere-de'"),
        ({"party": ""}, "parameter 'party' is empty"),
    ],
)
def test_a_bad_value_is_named(dataset: Dataset, params: dict[str, str], message: str) -> None:
    name = "demands" if "party" in params else "positions"
    with pytest.raises(QueryError, match=message):
        run_query(dataset, name, params=params)


def test_unknown_query_lists_the_names(dataset: Dataset) -> None:
    with pytest.raises(kg.KgError, match=r"unknown query 'postions'; the queries are: .*positions"):
        run_query(dataset, "postions")


def test_unknown_parameter_lists_the_declared_ones(dataset: Dataset) -> None:
    with pytest.raises(QueryError, match="no parameter 'holder'; its parameters: party, article"):
        run_query(dataset, "silences", params={"holder": "ukraine"})
    with pytest.raises(QueryError, match="its parameters: none"):
        run_query(dataset, "mutual-conditions", params={"x": "y"})


def test_a_required_parameter_must_be_given(dataset: Dataset) -> None:
    query = parse_query_header(
        "held",
        "# title: Held\n# description: Positions of one party.\n"
        "# param: party (party): the party\n"
        "PREFIX neg: <https://w3id.org/negkg/ns#>\n"
        "SELECT ?position WHERE { ?position neg:heldBy ?party }\n",
    )
    with pytest.raises(QueryError, match=r"needs the parameter party \(party\): the party"):
        run_query(dataset, query)
    assert len(run_query(dataset, query, params={"party": "ukraine"})) > 0


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# title: T\n", "no '# description:' line"),
        ("# title: T\n# description: D\n# colour: red\n", "cannot read this header line"),
        ("# title: T\n# description: D\n# param: p (colour): x\n", "cannot read the parameter"),
        ("# title: T\n# description: D\n# param: p: x\n", "cannot read the parameter"),
    ],
)
def test_a_bad_header_is_reported(header: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query_header("bad", header + "SELECT * WHERE { ?s ?p ?o }\n")


@pytest.mark.parametrize(
    "value",
    ["x> } ; DROP ALL #", '"; ?s ?p ?o', "ukraine> . ?x ?y ?z", "ukraine' } UNION { ?a ?b ?c"],
)
def test_a_malicious_party_is_an_unknown_party(dataset: Dataset, value: str) -> None:
    size = len(dataset)
    with pytest.raises(QueryError, match="unknown party"):
        run_query(dataset, "demands", params={"party": value})
    assert len(dataset) == size


@pytest.mark.parametrize(
    "value",
    ["x> } ; DROP ALL #", '"; ?s ?p ?o', '") || true || ("', "') } UNION { ?party ?p ?o } #"],
)
def test_a_malicious_string_is_only_a_string(dataset: Dataset, value: str) -> None:
    size = len(dataset)
    assert len(run_query(dataset, "parties", params={"name": value})) == 0
    assert len(dataset) == size


def test_a_malicious_kind_matches_nothing(dataset: Dataset) -> None:
    assert len(run_query(dataset, "single-source", params={"kind": '") || true || ("'})) == 0


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("positions", {"proposal": "x> } ; DROP ALL #"}, "no fact"),
        ("positions", {"proposal": f"{SEED}/x> }} ; DROP ALL #"}, "has no fact"),
        ("silences", {"article": '"; ?s ?p ?o'}, "unknown article"),
        ("timeline", {"since": '"2025-01-01"^^xsd:date ) || true'}, "is not a date"),
    ],
)
def test_malicious_ids_and_dates_are_refused(
    dataset: Dataset, name: str, params: dict[str, str], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(dataset, name, params=params)


def test_compact_iri_keeps_foreign_iris() -> None:
    assert compact_iri("https://w3id.org/negkg/id/outlet/rhein-kurier") == "outlet/rhein-kurier"
    assert compact_iri("https://w3id.org/negkg/id/ref/grain-corridor-2022") == "grain-corridor-2022"
    assert compact_iri("http://www.w3.org/ns/prov#Agent") == "http://www.w3.org/ns/prov#Agent"
