"""The kg command line, through click's CliRunner: output, exit codes, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

DATA = Path(__file__).parent / "data"
BAD_ANNOTATIONS = sorted((DATA / "bad_annotations").glob("*.yaml"))
INVALID_GRAPHS = sorted((DATA / "shapes" / "invalid").glob("*.ttl"))
EXAMPLES = kg.example_dir()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_help_lists_every_command_and_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "check", "schema", "validate"):
        assert command in result.output
    assert "Exit codes: 0 valid / done, 1 problems found in the data, 2 could not run." in (
        " ".join(result.output.split())
    )


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.output == f"kg, version {kg.__version__}\n"


def test_check_examples(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    count = len(kg.example_paths())
    assert result.stderr.endswith(f"{count} annotation file(s) valid.\n")
    assert "energy-pause-call-de.yaml  (" in result.stderr
    assert result.stdout == ""


def test_bad_annotation_cases_are_all_collected() -> None:
    assert len(BAD_ANNOTATIONS) == 33
    assert all(case.with_suffix(".expected").is_file() for case in BAD_ANNOTATIONS)


@pytest.mark.parametrize("case", BAD_ANNOTATIONS, ids=lambda p: p.stem)
def test_check_bad_annotation(
    runner: CliRunner, case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kg check` prints exactly the expected message of each bad-input case, exit 1."""
    monkeypatch.chdir(case.parent)
    result = runner.invoke(cli, ["check", case.name])
    expected = case.with_suffix(".expected").read_text(encoding="utf-8")
    assert result.exit_code == 1, result.output
    assert result.stderr == expected.removesuffix("\n") + "\n"
    assert "Traceback" not in result.output


def test_check_reports_every_file(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA / "bad_annotations")
    result = runner.invoke(cli, ["check", "unknown_party.yaml", "bad_id.yaml"])
    assert result.exit_code == 1
    assert "unknown_party.yaml:" in result.stderr
    assert "bad_id.yaml:" in result.stderr


def test_check_missing_file_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "no-such-file.yaml"])
    assert result.exit_code == 2
    assert "'no-such-file.yaml' does not exist" in result.stderr


def test_check_folder_without_annotations(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path}: no annotation files (*.yaml) in this folder\n"


@pytest.mark.parametrize("suffix", [".trig", ".ttl", ".nq", ".jsonld"])
def test_build_then_validate(runner: CliRunner, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / "out" / f"negotiations{suffix}"
    result = runner.invoke(cli, ["build", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"built {len(kg.example_paths())} article(s)" in result.stderr
    assert out.is_file()
    again = kg.read_dataset(kg.read_rdf(out))
    assert [a.id for a in again] == sorted(a.stem for a in kg.example_paths())
    result = runner.invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Conforms: no violations.\n"


def test_build_bad_input_writes_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA / "bad_annotations")
    out = tmp_path / "out.trig"
    result = runner.invoke(cli, ["build", "unknown_party.yaml", "-o", str(out)])
    assert result.exit_code == 1
    assert "unknown party 'ukrane'" in result.stderr
    assert not out.exists()


def test_build_unknown_format(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "graph.rdf"
    result = runner.invoke(cli, ["build", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {out}: unknown RDF format '.rdf'; use one of .trig, .ttl, .nq, .jsonld\n"
    )
    assert not out.exists()


def test_build_requires_output(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["build", str(EXAMPLES)])
    assert result.exit_code == 2
    assert "Missing option '-o'" in result.stderr


def test_internal_error_has_no_traceback(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("kg.cli._data.build_dataset", broken)
    result = runner.invoke(cli, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.trig")])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: internal error: RuntimeError: boom.")
    assert "Traceback" not in result.output


def test_invalid_graph_cases_are_all_collected() -> None:
    assert len(INVALID_GRAPHS) >= 12


@pytest.mark.parametrize("case", INVALID_GRAPHS, ids=lambda p: p.stem)
def test_validate_reports_violations(runner: CliRunner, case: Path) -> None:
    """`kg validate` prints the shape's message for each invalid graph, exit 1."""
    report = kg.validate_dataset(kg.read_rdf(case))
    shacl = [r for r in report.results if r.shape != "kg.model"]
    assert len(shacl) == 1, report.text  # which shape, is checked in test_ontology.py
    result = runner.invoke(cli, ["validate", str(case)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{len(report.results)} violation(s):\n")
    assert f"{shacl[0].path}: {shacl[0].message}" in result.stdout


def test_validate_unreadable_rdf(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "broken.trig"
    path.write_text("this is not trig", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: not valid trig:")


def test_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$id"] == "https://w3id.org/negkg/schema/annotation-1.json"
    assert "Stance" in schema["$defs"]


def test_binary_annotation_is_a_problem_in_the_data(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "scan.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"{path}: looks like a binary file, not a UTF-8 text annotation file\n"


def test_unwritable_output_could_not_run(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    out = blocker / "graph.trig"
    result = runner.invoke(cli, ["build", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {out}: cannot write:")


def test_closed_pipe_stops_quietly() -> None:
    from kg.cli._common import EXIT_BROKEN_PIPE, guarded

    @click.command()
    @guarded
    def talkative() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    result = CliRunner().invoke(talkative, [])
    assert result.exit_code == EXIT_BROKEN_PIPE == 141
    assert "internal error" not in result.output
