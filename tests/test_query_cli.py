"""``kg query`` and ``kg sparql`` through click's CliRunner: formats, inputs, every error."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from kg.cli import cli

SEED = kg.example_dir() / "energy-pause-call-de.yaml"
TRADE = kg.example_dir() / "trade-truce-90-days-de.yaml"
ENERGY_PAUSE = "energy-pause-call-de/us-energy-pause"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, stdin: str | None = None) -> Result:
    return runner.invoke(cli, list(args), input=stdin)


def failed(result: Result, message: str) -> None:
    """The command stopped with a clean ``Error:`` line and exit 2, no traceback."""
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_list_names_every_query_with_its_parameters(runner: CliRunner) -> None:
    result = run(runner, "query", "--list")
    assert result.exit_code == 0
    for named in kg.list_queries():
        assert f"{named.name}  {named.title}" in result.stdout
        for param in named.params:
            assert f"--param {param.name} ({param.type}" in result.stdout


def test_seed_positions_as_json(runner: CliRunner) -> None:
    result = run(runner, "query", "positions", "--param", f"proposal={ENERGY_PAUSE}", "-p", "x=y")
    failed(result, "query 'positions' has no parameter 'x'; its parameters: proposal")
    result = run(
        runner, "query", "positions", str(SEED), "--param", f"proposal={ENERGY_PAUSE}", "--format",
        "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    stances = {row["holder"]: row["stance"] for row in document["rows"]}
    assert stances == {"russia": "accepts_with_conditions", "ukraine": "no_response"}
    assert document["columns"][0] == "position"
    assert "2 row(s)" in result.stderr


def test_table_and_csv_say_the_same(runner: CliRunner) -> None:
    table = run(runner, "query", "silences", str(SEED))
    comma = run(runner, "query", "silences", str(SEED), "--format", "csv")
    assert table.exit_code == comma.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(comma.stdout)))
    expected = {f"energy-pause-call-de/{p.id}" for p in kg.read_annotation(SEED).positions}
    assert {row["position"] for row in rows} < expected
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["position", "article", "party"]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == len(rows) + 2
    for row in rows:
        assert any(line.startswith(row["position"]) for line in lines[2:])


def test_every_input_kind_gives_the_same_answer(runner: CliRunner, tmp_path: Path) -> None:
    dataset = kg.build_dataset(kg.read_annotations([SEED, TRADE]))
    trig, turtle = tmp_path / "two.trig", tmp_path / "two.ttl"
    kg.write_rdf(dataset, trig)
    kg.write_rdf(dataset, turtle)
    folder = tmp_path / "annotations"
    folder.mkdir()
    for source in (SEED, TRADE):
        for suffix in (".yaml", ".txt"):
            text = source.with_suffix(suffix).read_text(encoding="utf-8")
            (folder / source.with_suffix(suffix).name).write_text(text, encoding="utf-8")
    answers = {
        tuple(inputs): run(runner, "query", "dependencies", *inputs, "--format", "csv")
        for inputs in ([str(SEED), str(TRADE)], [str(folder)], [str(trig)], [str(turtle)])
    }
    assert all(r.exit_code == 0 for r in answers.values())
    outputs = {r.stdout for r in answers.values()}
    assert len(outputs) == 1
    assert "trade-truce-90-days-de/us-tariff-cut" in outputs.pop()


def test_the_examples_are_the_default_input(runner: CliRunner) -> None:
    result = run(runner, "query", "mutual-conditions", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["rows"]
    pairs = {frozenset({r["commitment_a"], r["commitment_b"]}) for r in rows}
    trade = "trade-truce-90-days-de"
    assert frozenset({f"{trade}/us-tariff-cut", f"{trade}/china-tariff-cut"}) in pairs


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query"], "give a query name (one of: demands,"),
        (["query", "postions"], "unknown query 'postions'; the queries are: demands,"),
        (["query", "--list", "positions"], "--list takes no query name"),
        (["query", "demands", "-p", "party"], "--param 'party': write NAME=VALUE"),
        (["query", "demands", "-p", "party=a", "-p", "party=b"], "--param party is given twice"),
        (["query", "demands", "-p", "who=ukraine"], "no parameter 'who'; its parameters: party"),
        (["query", "demands", str(SEED), "-p", "party=ukrane"], "unknown party 'ukrane'"),
        (["query", "demands", str(SEED), "-p", "party=x> } ; DROP ALL #"], "unknown party"),
        (["query", "timeline", str(SEED), "-p", "since=18.03.2025"], "is not a date"),
        (["query", "positions", "-p", "proposal=us-energy-pause"], "2 articles have a fact"),
    ],
)
def test_query_errors(runner: CliRunner, args: list[str], message: str) -> None:
    failed(run(runner, *args), message)


def test_an_unknown_format_is_a_usage_error(runner: CliRunner) -> None:
    result = run(runner, "query", "parties", "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_sparql_select_with_kg_prefixes(runner: CliRunner) -> None:
    text = "SELECT ?holder WHERE { ?p neg:stance neg:stance_no_response ; neg:heldBy ?holder }"
    full = run(runner, "sparql", text, str(SEED), "--format", "csv")
    short = run(runner, "sparql", text, str(SEED), "--format", "csv", "--compact")
    assert full.exit_code == short.exit_code == 0
    assert set(full.stdout.splitlines()[1:]) == {
        "https://w3id.org/negkg/id/party/ukraine",
        "https://w3id.org/negkg/id/party/white-house",
    }
    assert set(short.stdout.splitlines()[1:]) == {"ukraine", "white-house"}


def test_sparql_from_a_file_and_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    query = tmp_path / "held.rq"
    query.write_text(
        "ASK { ?p neg:heldBy <https://w3id.org/negkg/id/party/ukraine> }\n", encoding="utf-8"
    )
    from_file = run(runner, "sparql", f"@{query}", str(SEED), "--format", "json")
    from_stdin = run(runner, "sparql", "-", str(SEED), "--format", "json", stdin=query.read_text())
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)
    assert json.loads(from_file.stdout)["rows"] == [{"ask": True}]


def test_sparql_construct_answers_with_triples(runner: CliRunner) -> None:
    text = "CONSTRUCT { ?p neg:heldBy ?h } WHERE { ?p neg:heldBy ?h }"
    result = run(runner, "sparql", text, str(SEED), "--format", "csv", "--compact")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    positions = kg.read_annotation(SEED).positions
    assert {(r["subject"], r["object"]) for r in rows} == {
        (f"energy-pause-call-de/{p.id}", p.party) for p in positions
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELEC ?x WHERE { ?x ?y ?z }", "SPARQL syntax error at line 1, column 1"),
        ("SELECT ?x WHERE {\n  ?x ?y \n}", "SPARQL syntax error at line 2"),
        ("DROP ALL", "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…) is not supported"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL Update"),
        ("SELECT * WHERE { ?s nope:p ?o }", "invalid SPARQL: Unknown namespace prefix : nope"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM and FROM NAMED"),
        ("SELECT * WHERE { SERVICE <http://example.org/q> { ?s ?p ?o } }", "SERVICE is not"),
        ("@no-such-file.rq", "no-such-file.rq"),
    ],
)
def test_sparql_errors(runner: CliRunner, text: str, message: str) -> None:
    failed(run(runner, "sparql", text, str(SEED)), message)
