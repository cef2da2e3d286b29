"""``kg ask`` through click's CliRunner: answers, JSON, inputs, and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

EXAMPLES = kg.example_dir()
SEED = str(EXAMPLES / "energy-pause-call-de.yaml")
TRADE = str(EXAMPLES / "trade-truce-90-days-de.yaml")
README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_status_of_the_seed_commitment(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "status", SEED, "--fact", "russia-energy-pause"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "russia-energy-pause (energy-pause-call-de): pending [unknown]"
    assert "- condition kyiv-reciprocity-energy: reciprocity set by russia" in result.output
    assert (
        lines[-2]
        .strip()
        .startswith(
            "- position ukraine-no-response-energy-pause: ukraine: no_response on us-energy-pause"
        )
    )
    assert "(outlet Rhein-Kurier)" in lines[-1]


def test_fact_named_as_kg_query_names_it(runner: CliRunner) -> None:
    """``ARTICLE/FACT`` (the form ``kg query`` prints) picks one article's fact."""
    fact = "energy-pause-call-en/russia-energy-pause"
    result = runner.invoke(cli, ["ask", "status", "--fact", fact])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("russia-energy-pause (energy-pause-call-en): pending")
    assert "(energy-pause-call-de)" not in result.output
    clash = ["ask", "status", "--fact", fact, "--article", "energy-pause-call-de"]
    result = runner.invoke(cli, clash)
    assert result.exit_code == 2
    assert "names article 'energy-pause-call-en' but --article is" in result.output


def test_readme_shows_the_real_status_output(runner: CliRunner) -> None:
    command = "kg ask status kg/examples/energy-pause-call-de.yaml --fact russia-energy-pause"
    block = re.search(rf"\$ {re.escape(command)}\n(.*?)\n\$ ", README, flags=re.DOTALL)
    assert block is not None
    result = runner.invoke(cli, ["ask", "status", SEED, "--fact", "russia-energy-pause"])
    assert block.group(1) == result.output.rstrip("\n")


def test_status_json(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["ask", "status", SEED, "--fact", "russia-energy-pause", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    [answer] = json.loads(result.output)
    assert (answer["value"], answer["reading"]) == ("unknown", "pending")
    assert [s["fact"]["id"] for s in answer["chain"]][-1] == "ukraine-no-response-energy-pause"
    assert answer["chain"][-1]["fact"]["evidence"][0]["quote"].startswith("Aus Kiew")


def test_status_of_everything_explains_conditional_commitments(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "status", SEED])
    assert result.exit_code == 0, result.output
    assert "  pending      russia-energy-pause  (commitment, reported conditional)" in result.output
    assert "  in force     russia-pow-175  (commitment, reported active)" in result.output
    assert "\nrussia-energy-pause (energy-pause-call-de): pending [unknown]\n" in result.output
    assert (
        "\nukraine-general-ceasefire (energy-pause-call-de): pending [unknown]\n" in result.output
    )


def test_unknown_fact_is_a_clean_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "status", SEED, "--fact", "russia-energy-pauze"])
    assert result.exit_code == 2
    assert result.output.startswith(
        "Error: no commitment/proposal with id 'russia-energy-pauze'; "
        "did you mean russia-energy-pause"
    )
    assert "Traceback" not in result.output


def test_unknown_article_lists_the_articles(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "cycles", SEED, "--article", "energy-pause"])
    assert result.exit_code == 2
    assert result.output == (
        "Error: unknown article 'energy-pause' in this dataset; use one of: energy-pause-call-de\n"
    )


def test_missing_input(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "cycles", "no-such-file.yaml"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_cycles_on_the_bundled_examples_by_default(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "cycles"])
    assert result.exit_code == 0, result.output
    assert (
        "trade-truce-90-days-de: china, united-states\n"
        "  china-tariff-cut -> cond-china-requires-us-cut -> us-tariff-cut -> "
        "cond-us-requires-china-cut -> china-tariff-cut\n"
    ) in result.output


def test_cycles_from_an_rdf_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "trade.trig"
    kg.write_rdf(kg.build_dataset(kg.read_annotations([Path(TRADE)])), out)
    result = runner.invoke(cli, ["ask", "cycles", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    [cycle] = json.loads(result.output)
    assert cycle["parties"] == ["china", "united-states"]
    none = runner.invoke(cli, ["ask", "cycles", SEED])
    assert none.output == "no mutual conditions found\n"


def test_blockers(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "blockers", SEED, "--fact", "russia-energy-pause"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "energy-pause-call-de: russia-energy-pause -> kyiv-reciprocity-energy [unknown]",
        "  ukraine has not taken it on: ukraine-energy-pause is only proposed",
    ]
    free = runner.invoke(cli, ["ask", "blockers", SEED, "--fact", "russia-pow-175"])
    assert free.output == "nothing blocks russia-pow-175: every condition upstream is met\n"


def test_positions(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "positions", SEED, "--proposal", "us-energy-pause"])
    assert result.exit_code == 0, result.output
    assert "us-energy-pause (energy-pause-call-de) — to russia, ukraine" in result.output
    assert (
        "  russia: accepts_with_conditions if kyiv-reciprocity-energy "
        "-> commits to russia-energy-pause  [russia-accepts-energy-pause]"
    ) in result.output
    assert result.output.rstrip().endswith("  not answered: ukraine")
    every = runner.invoke(cli, ["ask", "positions", SEED, "--format", "json"])
    assert {p["proposal"]["id"] for p in json.loads(every.output)} == {
        "us-energy-pause",
        "us-general-ceasefire",
        "us-black-sea-navigation",
    }


def test_conditions(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "conditions", SEED, "--party", "the-west"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "the-west"
    assert "  must meet: no-weapons-precondition (precondition, set by russia)" in result.output
    bad = runner.invoke(cli, ["ask", "conditions", SEED, "--party", "west"])
    assert bad.exit_code == 2
    assert "no condition names 'west'; parties on conditions: russia, the-west, ukraine" in (
        bad.output
    )


def test_sources(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "sources", SEED, "--by-side", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"single_source", "disagreements", "silences"}
    refs = {g["refers_to"] for g in data["single_source"]}
    assert "pow-exchange-175-2025-03-19" in refs
    text = runner.invoke(cli, ["ask", "sources", SEED])
    assert "Silences (2):\n  ukraine no_response on us-energy-pause" in text.output


def test_timeline(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "timeline", SEED])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith(
        "2025-02-12  interaction call-trump-putin-february"
    )
    assert "2025-03-18~ position    ukraine-no-response-energy-pause" in result.output
    changes = runner.invoke(cli, ["ask", "timeline", SEED, "--changes"])
    assert changes.output == "no differences between articles\n"


def test_help_lists_the_questions(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "--help"])
    assert result.exit_code == 0
    for name in ("status", "blockers", "positions", "conditions", "cycles", "sources", "timeline"):
        assert name in result.output
