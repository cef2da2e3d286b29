"""The scorer: constructed gold/prediction pairs with hand-computed P / R / F1, and the CLI."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import KgError
from kg.evaluation import (
    SLOTS,
    EvaluationReport,
    EvaluationSplit,
    Span,
    _run,
    evaluate,
    evaluate_parser,
    extract_items,
    format_report,
    load_evaluation_split,
    trim_span,
)
from kg.model import Annotation, Article

EN_TEXT = (
    "Washington proposed a 30-day ceasefire to Moscow. "
    "The Kremlin said Russia accepts the plan if Kyiv does the same. "
    "Kyiv has not responded."
)
DE_TEXT = "Moskau schlug eine Waffenruhe von 30 Tagen vor. Kiew reagierte nicht."


def ev(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def article(text: str, language: str) -> dict[str, Any]:
    return {
        "title": "Test",
        "outlet": "Test Post",
        "published": "2025-03-18",
        "language": language,
        "text": text,
    }


def gold_en(**changes: Any) -> Annotation:
    """A small hand annotation; ``changes`` replace whole sections."""
    t = EN_TEXT
    data: dict[str, Any] = {
        "id": "test-en",
        "article": article(t, "en"),
        "proposals": [
            {
                "id": "p1",
                "proposed_by": ["united-states"],
                "proposed_to": ["russia"],
                "terms": [{"action": "ceasefire", "duration": "P30D"}],
                "evidence": [ev(t, "Washington proposed a 30-day ceasefire to Moscow")],
            }
        ],
        "commitments": [
            {
                "id": "c-ru",
                "debtor": ["russia"],
                "term": {"action": "ceasefire", "duration": "P30D"},
                "conditions": ["cond"],
                "status": "conditional",
                "said_by": ["kremlin"],
                "evidence": [ev(t, "Russia accepts the plan")],
            },
            {
                "id": "c-ua",
                "debtor": ["ukraine"],
                "term": {"action": "ceasefire", "duration": "P30D"},
                "status": "proposed",
                "said_by": ["kremlin"],
                "evidence": [ev(t, "if Kyiv does the same")],
            },
        ],
        "conditions": [
            {
                "id": "cond",
                "kind": "reciprocity",
                "imposed_by": ["russia"],
                "required_of": ["ukraine"],
                "mirrors": "c-ua",
                "said_by": ["kremlin"],
                "evidence": [ev(t, "if Kyiv does the same")],
            }
        ],
        "positions": [
            {
                "id": "pos-ru",
                "party": "russia",
                "regarding": "p1",
                "stance": "accepts_with_conditions",
                "conditions": ["cond"],
                "commitment": "c-ru",
                "said_by": ["kremlin"],
                "evidence": [ev(t, "Russia accepts the plan")],
            },
            {
                "id": "pos-ua",
                "party": "ukraine",
                "regarding": "p1",
                "stance": "no_response",
                "evidence": [ev(t, "Kyiv has not responded.")],
            },
        ],
    }
    data.update(changes)
    return Annotation.model_validate(data)


def gold_de() -> Annotation:
    t = DE_TEXT
    return Annotation.model_validate(
        {
            "id": "test-de",
            "article": article(t, "de"),
            "proposals": [
                {
                    "id": "p1",
                    "proposed_by": ["russia"],
                    "terms": [{"action": "ceasefire", "duration": "P30D"}],
                    "evidence": [ev(t, "Moskau schlug eine Waffenruhe von 30 Tagen vor")],
                }
            ],
            "positions": [
                {
                    "id": "pos",
                    "party": "ukraine",
                    "regarding": "p1",
                    "stance": "no_response",
                    "evidence": [ev(t, "Kiew reagierte nicht")],
                }
            ],
        }
    )


def section(annotation: Annotation, name: str) -> list[dict[str, Any]]:
    """A section of an annotation as plain data, to change and rebuild."""
    items: list[dict[str, Any]] = annotation.model_dump(mode="json", exclude_none=True)[name]
    return items


def counts(report: EvaluationReport, slot: str, **kw: str) -> tuple[int, int, int]:
    score = report.score(slot, **kw)
    return score.tp, score.fp, score.fn


# Items of gold_en, counted by hand: parties united-states, russia, ukraine, kremlin;
# one proposal; three durations (p1, c-ru, c-ua); two positions; one condition;
# attribution (kremlin) on "Russia accepts the plan" (c-ru = pos-ru) and on
# "if Kyiv does the same" (c-ua = cond): same key and span count once.
GOLD_EN_ITEMS = {
    "parties": 4,
    "proposals": 1,
    "durations": 3,
    "positions": 2,
    "conditions": 1,
    "attribution": 2,
}


def test_items_of_constructed_gold() -> None:
    items = extract_items(gold_en())
    assert {slot: len(items[slot]) for slot in SLOTS} == GOLD_EN_ITEMS
    assert {i.key for i in items["parties"]} == {
        ("kremlin",),
        ("russia",),
        ("ukraine",),
        ("united-states",),
    }
    assert {i.key for i in items["positions"]} == {
        ("russia", "accepts_with_conditions", "ceasefire"),
        ("ukraine", "no_response", "ceasefire"),
    }
    assert [i.key for i in items["conditions"]] == [("reciprocity", "ukraine", "russia")]
    # the position's span is trimmed of the final full stop
    (no_response,) = [i for i in items["positions"] if i.key[0] == "ukraine"]
    assert no_response.quote == "Kyiv has not responded"


@pytest.mark.parametrize("mode", ["strict", "lenient"])
def test_perfect_match_scores_one(mode: str) -> None:
    report = evaluate([gold_en()], [gold_en()])
    for slot, n in GOLD_EN_ITEMS.items():
        score = report.score(slot, mode=mode)
        assert (score.tp, score.fp, score.fn) == (n, 0, 0)
        assert score.precision == score.recall == score.f1 == 1.0
    assert report.score("total", mode=mode).tp == sum(GOLD_EN_ITEMS.values())


def test_dropped_fact_lowers_recall() -> None:
    gold = gold_en()
    pred = gold_en(positions=section(gold, "positions")[:1])  # drops Kyiv's silence
    report = evaluate([gold], [pred])
    positions = report.score("positions")
    assert counts(report, "positions") == (1, 0, 1)
    assert (positions.precision, positions.recall) == (1.0, 0.5)
    assert positions.f1 == pytest.approx(2 / 3)
    total = report.score("total")
    assert total.recall == pytest.approx(12 / 13)
    assert total.precision == 1.0
    assert report.score("parties").f1 == 1.0  # ukraine is still the debtor of c-ua


def test_wrong_party_lowers_precision() -> None:
    gold = gold_en()
    positions = section(gold, "positions")
    positions[1]["said_by"] = ["france"]  # the parser credits Kyiv's silence to France
    report = evaluate([gold], [gold_en(positions=positions)])
    assert counts(report, "parties") == (4, 1, 0)
    assert report.score("parties").precision == pytest.approx(0.8)
    assert report.score("parties").recall == 1.0
    assert counts(report, "attribution") == (2, 1, 0)
    assert report.score("attribution").precision == pytest.approx(2 / 3)
    assert report.score("positions").f1 == 1.0  # said_by is not part of the position key


def test_wrong_proposer_misses_the_proposal() -> None:
    gold = gold_en()
    proposals = section(gold, "proposals")
    proposals[0]["proposed_by"] = ["france"]
    report = evaluate([gold], [gold_en(proposals=proposals)])
    assert counts(report, "proposals") == (0, 1, 1)
    assert report.score("proposals").f1 == 0.0
    assert counts(report, "parties") == (3, 1, 1)
    assert counts(report, "durations") == (3, 0, 0)  # the span and duration still agree


def test_incomplete_proposal_costs_the_proposal_not_the_stances() -> None:
    gold = gold_en()
    proposals = section(gold, "proposals")
    proposals[0]["terms"].append({"action": "exchange_prisoners"})  # gold: a two-term plan
    full = gold_en(proposals=proposals)
    report = evaluate([full], [gold])  # the draft found only the ceasefire term
    assert counts(report, "proposals", mode="lenient") == (0, 1, 1)
    assert counts(report, "positions", mode="lenient") == (2, 0, 0)  # shares ceasefire
    assert counts(report, "positions", mode="strict") == (0, 2, 2)  # strict: exact keys


def test_a_position_on_another_action_or_with_another_stance_does_not_match() -> None:
    gold = gold_en()
    proposals = section(gold, "proposals")
    proposals[0]["terms"] = [{"action": "exchange_prisoners"}]
    report = evaluate([gold], [gold_en(proposals=proposals)])
    assert counts(report, "positions", mode="lenient") == (0, 2, 2)
    positions = section(gold, "positions")
    positions[1]["stance"] = "rejects"
    report = evaluate([gold], [gold_en(positions=positions)])
    assert counts(report, "positions", mode="lenient") == (1, 1, 1)


def test_shifted_span_counts_only_when_lenient() -> None:
    gold = gold_en()
    positions = section(gold, "positions")
    positions[1]["evidence"] = [ev(EN_TEXT, "has not responded")]
    report = evaluate([gold], [gold_en(positions=positions)])
    assert counts(report, "positions", mode="strict") == (1, 1, 1)
    assert report.score("positions", mode="strict").f1 == 0.5
    assert counts(report, "positions", mode="lenient") == (2, 0, 0)
    assert report.score("parties", mode="strict").f1 == 1.0  # parties have no spans


def test_strict_ignores_punctuation_and_space_at_the_ends() -> None:
    gold = gold_en()
    positions = section(gold, "positions")
    positions[1]["evidence"] = [ev(EN_TEXT, " Kyiv has not responded")]
    report = evaluate([gold], [gold_en(positions=positions)])
    assert counts(report, "positions", mode="strict") == (2, 0, 0)


def test_span_elsewhere_does_not_match_even_when_lenient() -> None:
    gold = gold_en()
    positions = section(gold, "positions")
    positions[1]["evidence"] = [ev(EN_TEXT, "Washington proposed")]
    report = evaluate([gold], [gold_en(positions=positions)])
    assert counts(report, "positions", mode="lenient") == (1, 1, 1)


def test_matching_is_one_to_one() -> None:
    gold = gold_en()
    commitments = section(gold, "commitments")
    commitments.append({**commitments[1], "id": "c-ua-again"})  # same key and span: one item
    # one prediction spanning both gold duration spans matches only one of them
    wide = ev(EN_TEXT, "Russia accepts the plan if Kyiv does the same")
    pred_commitments = [{**commitments[0], "evidence": [wide]}]
    pred = gold_en(commitments=pred_commitments, conditions=[], positions=[])
    report = evaluate([gold_en(commitments=commitments)], [pred])
    assert counts(report, "durations", mode="lenient") == (2, 0, 1)  # p1 and one of two


def test_per_language_scores_and_a_missing_article() -> None:
    report = evaluate([gold_en(), gold_de()], [gold_en()])
    assert report.missing == ("test-de",)
    assert report.languages == ("all", "de", "en")
    assert report.score("total", language="en").f1 == 1.0
    de = report.score("total", language="de")
    assert (de.tp, de.fp, de.fn) == (0, 0, 5)
    assert de.precision is None
    assert de.recall == 0.0
    assert counts(report, "parties", language="all") == (4, 0, 2)
    assert report.score("parties").recall == pytest.approx(4 / 6)


def test_predictions_without_gold_are_reported_not_scored() -> None:
    report = evaluate([gold_en()], [gold_en(), gold_de()])
    assert report.unscored == ("test-de",)
    assert report.score("total").f1 == 1.0


def test_bad_pairs_are_errors() -> None:
    with pytest.raises(KgError, match="two gold annotations have the id 'test-en'"):
        evaluate([gold_en(), gold_en()], [])
    other = gold_en().model_copy(
        update={"article": gold_en().article.model_copy(update={"text": EN_TEXT + " More."})}
    )
    with pytest.raises(KgError, match="different article text"):
        evaluate([gold_en()], [other])
    with pytest.raises(KgError, match="no score for slot 'parties', language 'de'"):
        evaluate([gold_en()], [gold_en()]).score("parties", language="de")


@pytest.mark.parametrize("path", kg.example_paths(), ids=lambda p: p.stem)
def test_every_example_scores_one_against_itself(path: Path) -> None:
    gold = kg.read_annotation(path)
    report = evaluate([gold], [gold])
    assert report.invariants_hold
    for score in report.scores:
        assert (score.fp, score.fn) == (0, 0)
        assert score.f1 in (1.0, None)
    assert report.score("total").tp > 0


def test_invariants_catch_a_bad_evidence_span() -> None:
    gold = gold_en()
    positions = section(gold, "positions")
    quote = positions[1]["evidence"][0]["quote"]
    positions[1]["evidence"] = [{"quote": quote, "start": 0, "end": len(quote)}]
    report = evaluate([gold], [gold_en(positions=positions)])
    checks = {check.name: check for check in report.invariants}
    assert (checks["evidence"].checked, checks["evidence"].passed) == (6, 5)
    assert checks["evidence"].failures == (
        f"test-en: pos-ua: evidence[0] [0:{len(quote)}] does not hold its quote {quote!r}",
    )
    assert not checks["validates"].holds
    assert not report.invariants_hold
    assert counts(report, "positions") == (1, 1, 1)  # the bad span cannot match


def test_evaluate_parser_sees_no_facts_and_checks_determinism() -> None:
    seen: list[Article] = []
    calls = {"n": 0}

    def parser(article_id: str, article: Article) -> Annotation:
        seen.append(article)
        calls["n"] += 1
        if calls["n"] == 2:  # the second run drops a position: not deterministic
            return gold_en(positions=section(gold_en(), "positions")[:1])
        return gold_en()

    report = evaluate_parser([gold_en()], parse=parser)
    assert len(seen) == 2
    assert all(a.text == EN_TEXT and a.text_file is None for a in seen)
    checks = {check.name: check for check in report.invariants}
    assert set(checks) == {"evidence", "validates", "deterministic"}
    assert not checks["deterministic"].holds
    assert checks["deterministic"].failures == ("test-en: two runs gave different annotations",)
    assert report.score("total").f1 == 1.0  # the first run is scored


def test_evaluate_parser_rejects_a_wrong_id() -> None:
    with pytest.raises(KgError, match="id 'test-de' for article 'test-en'"):
        evaluate_parser([gold_en()], parse=lambda article_id, article: gold_de())


def test_trim_span() -> None:
    text = "«Yes», he said."
    span = trim_span(text, 0, 6)
    assert span == Span(1, 4)
    assert trim_span(text, 5, 7) is None


def test_format_report_table_json_markdown() -> None:
    report = evaluate([gold_en(), gold_de()], [gold_en()])
    table = format_report(report)
    assert "positions    de    –" in table
    assert "no prediction (all gold counted as missed): test-de" in table
    assert "invariant evidence: 6/6 facts ok" in table
    data = json.loads(format_report(report, fmt="json"))
    assert data["missing"] == ["test-de"]
    parties = [s for s in data["scores"] if s["slot"] == "parties" and s["language"] == "all"]
    assert {s["mode"]: (s["tp"], s["fp"], s["fn"]) for s in parties} == {
        "strict": (4, 0, 2),
        "lenient": (4, 0, 2),
    }
    assert "outcomes" not in data
    detailed = json.loads(format_report(report, fmt="json", details=True))
    missed = {(o["slot"], o["fact"]) for o in detailed["outcomes"] if o["outcome"] == "fn"}
    assert ("positions", "pos") in missed
    markdown = format_report({"development": report, "held-out": report}, fmt="markdown")
    assert "| slot | lang | development P / R / F1 (lenient) | development F1 (strict) |" in (
        markdown
    )
    de_row = "| parties | de | – / 0.00 / 0.00 | 0.00 | – / 0.00 / 0.00 | 0.00 | ≥ 0.85 / ≥ 0.75 |"
    assert de_row in markdown
    with pytest.raises(KgError, match="unknown report format 'html'"):
        format_report(report, fmt="html")  # type: ignore[arg-type]


def test_table_details_list_misses() -> None:
    gold = gold_en()
    pred = gold_en(positions=section(gold, "positions")[:1])
    table = format_report(evaluate([gold], [pred]), details=True)
    assert "  fn  test-en  positions  ukraine | no_response | ceasefire  [pos-ua]" in table


def test_bundled_split_names_existing_parts() -> None:
    split = load_evaluation_split()
    assert len(split.development) >= 9
    assert len(split.held_out) >= 6
    assert {i[-2:] for i in split.held_out} == {"de", "en"}  # both languages held out
    # every bundled example is in exactly one part, and every listed article exists
    assert sorted(split.part("all")) == sorted(p.stem for p in kg.example_paths())
    assert split.part("all") == split.development + split.held_out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("development: [a-en]\n", "'held_out' must be a list of article ids"),
        ("development: [a-en]\nheld_out: [a-en]\n", "a-en listed under both"),
        ("development: [a-en, a-en]\nheld_out: []\n", "lists an article id twice"),
        ("- a\n", "expected a mapping"),
        ("development: [\n", "cannot read the evaluation split"),
    ],
)
def test_bad_split_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "split.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        load_evaluation_split(path)


def test_split_part_names() -> None:
    split = EvaluationSplit(development=("a",), held_out=("b",))
    with pytest.raises(KgError, match="unknown split part 'test'"):
        split.part("test")


# --- CLI ---------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def echo_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for kg's parser: return the gold annotation of the article."""
    gold = {a.id: a for a in kg.read_annotations(kg.example_paths())}
    monkeypatch.setattr(_run, "default_parser", lambda: lambda i, article: gold[i])


def write_yaml(path: Path, annotation: Annotation) -> Path:
    data = annotation.model_dump(mode="json", exclude_none=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_cli_gold_against_itself(runner: CliRunner) -> None:
    examples = str(kg.example_dir())
    result = runner.invoke(cli, ["evaluate", examples, "--pred", examples])
    assert result.exit_code == 0, result.output
    assert "total        all   1.00 / 1.00 / 1.00  1.00 / 1.00 / 1.00" in result.stdout


def test_cli_split_and_json(runner: CliRunner, tmp_path: Path) -> None:
    gold = write_yaml(tmp_path / "gold.yaml", gold_en())
    pred = gold_en(positions=section(gold_en(), "positions")[:1])
    (tmp_path / "pred").mkdir()
    write_yaml(tmp_path / "pred" / "test-en.yaml", pred)
    result = runner.invoke(
        cli, ["evaluate", str(gold), "--pred", str(tmp_path / "pred"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (positions,) = [
        s
        for s in data["scores"]
        if (s["slot"], s["language"], s["mode"]) == ("positions", "all", "lenient")
    ]
    assert (positions["tp"], positions["fn"], positions["recall"]) == (1, 1, 0.5)
    result = runner.invoke(cli, ["evaluate", str(gold), "--split", "development"])
    assert result.exit_code == 2
    assert "Error: no gold article of the development split was given" in result.stderr


def test_cli_bundled_examples_use_the_split(runner: CliRunner, echo_parser: None) -> None:
    result = runner.invoke(cli, ["evaluate", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert "development P / R / F1 (lenient)" in result.stdout
    assert "| total | all | 1.00 / 1.00 / 1.00 | 1.00 |" in result.stdout
    assert "development invariants: evidence" in result.stdout
    n_dev = len(load_evaluation_split().development)
    assert f"deterministic {n_dev}/{n_dev} articles — all hold" in result.stdout
    assert "held-out P / R / F1 (lenient)" in result.stdout
    assert "held-out invariants: evidence" in result.stdout
    result = runner.invoke(cli, ["evaluate", "--split", "development"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"development: {n_dev} article(s), languages de, en\n")


def test_cli_broken_invariant_exits_1(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    flip = {"n": 0}

    def unstable() -> _run.ArticleParser:
        def parse(article_id: str, article: Article) -> Annotation:
            flip["n"] += 1
            gold = kg.read_annotation(kg.example_dir() / f"{article_id}.yaml")
            return gold if flip["n"] % 2 else gold.model_copy(update={"positions": ()})

        return parse

    monkeypatch.setattr(_run, "default_parser", unstable)
    path = str(kg.example_dir() / "energy-pause-call-de.yaml")
    result = runner.invoke(cli, ["evaluate", path])
    assert result.exit_code == 1
    assert "invariant deterministic: 0/1 articles FAILED" in result.stdout
    assert "invariants broken: deterministic" in result.stderr


def test_cli_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kg_annotation: 1\nid: Bad Id\n", encoding="utf-8")
    examples = str(kg.example_dir())
    result = runner.invoke(cli, ["evaluate", examples, "--pred", str(bad)])
    assert result.exit_code == 1
    assert "bad.yaml" in result.stderr
    assert "Traceback" not in result.output
    result = runner.invoke(cli, ["evaluate", examples, "--pred", str(tmp_path / "missing")])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["evaluate", examples, "--format", "html"])
    assert result.exit_code == 2


def test_default_parser_adapts_to_what_kg_extract_offers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dict[str, Any]] = []

    def parse(text: str, **kw: Any) -> Annotation:
        calls.append({"text": text, **kw})
        return gold_en()

    module = types.ModuleType("kg.extract")
    module.parse = parse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.extract", module)
    report = evaluate_parser([gold_en()])
    assert report.score("total").f1 == 1.0
    assert calls[0]["text"] == EN_TEXT
    assert calls[0]["article_id"] == "test-en"
    assert (calls[0]["lang"], calls[0]["outlet"]) == ("en", "Test Post")

    monkeypatch.setitem(sys.modules, "kg.extract", types.ModuleType("kg.extract"))
    with pytest.raises(KgError, match=r"kg.extract has no parse_article\(\) or parse\(\)"):
        evaluate_parser([gold_en()])

    monkeypatch.setitem(sys.modules, "kg.extract", None)  # as if there were no parser
    with pytest.raises(KgError, match=r"this kg has no parser \(kg.extract\)"):
        evaluate_parser([gold_en()])
