"""Tests of kg.annotation: reading, checking, writing annotation files."""

from __future__ import annotations

import datetime as dt
import doctest
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from kg.annotation import _evidence as evidence_module
from kg.annotation import (
    _read,
    _write,
    check_annotation,
    dump_annotation,
    parse_annotation,
    read_annotation,
    read_annotations,
    write_annotation,
)
from kg.codes import (
    ActionType,
    AgreementStatus,
    CommitmentStatus,
    ConditionKind,
    InteractionKind,
    Language,
    Scope,
    Stance,
)
from kg.errors import AnnotationError, KgFileError
from kg.example import example_paths as kg_example_paths
from kg.model import (
    Agreement,
    Annotation,
    Article,
    Commitment,
    Condition,
    Evidence,
    Interaction,
    Position,
    Process,
    Proposal,
    Term,
)
from tests.strategies import GAZETTEER, annotation_models, party

CASES = Path(__file__).parent / "data" / "bad_annotations"
#: How many bad-input cases tests/data/bad_annotations holds; update when adding one.
CASE_COUNT = 33


TEXT = (
    "The White House said the parties agreed to ensure safe navigation.\n"
    "Russia said it would do so only if sanctions were lifted. Russia said so.\n"
)

BASE = """\
kg_annotation: 1
id: black-sea-talks-en
article:
  title: Black Sea talks
  outlet: Harbour Ledger
  published: 2025-03-26
  language: en
  text: |
    The White House said the parties agreed to ensure safe navigation.
    Russia said it would do so only if sanctions were lifted. Russia said so.
proposals:
  - id: us-black-sea-ceasefire
    said_by: [white-house]
    modality: reported
    evidence:
      - quote: ensure safe navigation
    proposed_by: [united-states]
    proposed_to: [russia, ukraine]
    terms:
      - action: ensure_safe_navigation
        scope: [shipping, black_sea]
"""


def parse(text: str, **kwargs: object) -> Annotation:
    return parse_annotation(text, gazetteer=GAZETTEER, **kwargs)  # type: ignore[arg-type]


def problems_of(text: str) -> list[str]:
    with pytest.raises(AnnotationError) as info:
        parse(text)
    return [f"{p.line}: {p.field}: {p.message}" for p in info.value.problems]


# ── Reading ───────────────────────────────────────────────────────────────────────────


def test_parse_fills_offsets_and_sorts_sets() -> None:
    annotation = parse(BASE)
    proposal = annotation.proposals[0]
    assert proposal.evidence == (Evidence(quote="ensure safe navigation", start=43, end=65),)
    assert annotation.article.text == TEXT
    assert annotation.article.text_file is None
    assert proposal.terms[0].scope == (Scope.black_sea, Scope.shipping)


def test_read_text_file_beside_the_annotation(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    yaml_text = BASE.replace("  text: |\n", "  text_file: talks.txt\n").replace(
        "".join(f"    {line}\n" for line in TEXT.splitlines()), ""
    )
    (tmp_path / "talks.yaml").write_text(yaml_text, encoding="utf-8")
    annotation = read_annotation(tmp_path / "talks.yaml", gazetteer=GAZETTEER)
    assert annotation.article.text == TEXT
    assert annotation.article.text_file == "talks.txt"
    assert annotation == parse(yaml_text, base_dir=tmp_path)


def test_problems_carry_file_line_and_field() -> None:
    text = BASE.replace("[russia, ukraine]", "[russia, ukrane]")
    with pytest.raises(AnnotationError) as info:
        parse(text, path=Path("talks.yaml"))
    (problem,) = info.value.problems
    assert (problem.path, problem.line, problem.field) == (
        Path("talks.yaml"),
        18,
        "proposals[0].proposed_to",
    )
    assert "closest known ids: ukraine" in problem.message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "not found"),
        (b"kg_annotation: 1\x00\x01", "binary"),
        ("id: Kreml\u00een\n".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_unreadable_file_is_a_file_error(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "a.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(KgFileError, match=reason) as info:
        read_annotation(path, gazetteer=GAZETTEER)
    assert str(path) in str(info.value)


def test_text_file_may_not_leave_the_folder(tmp_path: Path) -> None:
    text = BASE.replace("  text: |\n", "  text_file: ../secret.txt\nunused: |\n")
    assert problems_of(text) == [
        (
            "8: article.text_file: text_file '../secret.txt' must be a path relative to the "
            "folder of this file, without '..'"
        ),
        (
            "9: unused: unknown field 'unused'; allowed here: kg_annotation, id, status, "
            "annotator, generator, article, parties, processes, interactions, proposals, "
            "commitments, conditions, positions, agreements"
        ),
    ]


def test_schema_and_reference_problems_are_reported_together() -> None:
    text = BASE.replace("modality: reported", "modality: reportd").replace(
        "[russia, ukraine]", "[russia, ukrane]"
    )
    assert [p.split(":")[0] for p in problems_of(text)] == ["14", "18"]


def test_invalid_entries_do_not_cause_follow_up_problems() -> None:
    text = BASE + (
        "positions:\n"
        "  - id: russia-on-it\n"
        "    evidence:\n"
        "      - quote: Russia said it would\n"
        "    party: russia\n"
        "    regarding: us-black-sea-ceasefire\n"
        "    stance: accepts\n"
    )
    broken = text.replace("  - id: us-black-sea-ceasefire", "  - id: US ceasefire")
    assert len(problems_of(broken)) == 1  # the bad id, not the reference to it
    broken = text.replace("    proposed_by: [united-states]\n", "")
    assert len(problems_of(broken)) == 1  # the missing field; 'regarding' still resolves


def test_yaml_date_in_text_field_and_datetime_in_date_field() -> None:
    text = BASE.replace("  title: Black Sea talks", "  title: 2025-03-26").replace(
        "  published: 2025-03-26", "  published: 2025-03-26 10:30:00"
    )
    assert problems_of(text) == [
        (
            "4: article.title: 2025-03-26 was read as a date, not as text; put it in quotes: "
            '"2025-03-26"'
        ),
        (
            "6: article.published: 2025-03-26 10:30:00 has a time of day; write only the date, "
            "as YYYY-MM-DD"
        ),
    ]


def test_read_annotations_collects_every_file_and_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(BASE.replace("2025-03-26", "x"), encoding="utf-8")
    paths = [tmp_path / name for name in ("a.yaml", "b.yaml", "c.yaml", "d.yaml")]
    with pytest.raises(AnnotationError) as info:
        read_annotations(paths, gazetteer=GAZETTEER)
    rendered = [str(p).replace(str(tmp_path) + os.sep, "") for p in info.value.problems]
    assert rendered == [
        (
            "b.yaml:2: id: annotation id 'black-sea-talks-en' is also used by a.yaml; give each "
            "article its own id"
        ),
        (
            "c.yaml:6: article.published: 'x' is not a date (input is too short); write "
            "YYYY-MM-DD, e.g. 2025-03-26"
        ),
        "d.yaml: annotation file not found; check the path",
    ]
    assert len(read_annotations(paths[:1], gazetteer=GAZETTEER)) == 1


# ── Checking a model ──────────────────────────────────────────────────────────────────


def _evidence(quote: str) -> tuple[Evidence, ...]:
    return (Evidence(quote=quote),)


def _annotation(**sections: object) -> Annotation:
    article = Article(
        title="t", outlet="o", published=dt.date(2025, 3, 26), language=Language.en, text=TEXT
    )
    return Annotation(id="a", article=article, **sections)  # type: ignore[arg-type]


def test_check_annotation_of_a_sound_annotation_is_empty() -> None:
    assert check_annotation(parse(BASE), gazetteer=GAZETTEER) == []


def test_check_annotation_reports_fields_without_lines() -> None:
    term = Term(action=ActionType.ceasefire, actor=("ruritania",))
    proposal = Proposal(
        id="p", proposed_by=("russia",), terms=(term,), evidence=_evidence("said the parties")
    )
    (problem,) = check_annotation(_annotation(proposals=(proposal,)), gazetteer=GAZETTEER)
    assert (problem.path, problem.line, problem.field) == (
        None,
        None,
        "proposals[0].terms[0].actor",
    )
    assert problem.message == (
        "unknown party 'ruritania' (no known id is close); if it is a new party, add it "
        "under 'parties:'"
    )
    ambiguous = proposal.model_copy(
        update={"terms": (Term(action=ActionType.other),), "evidence": _evidence("Russia said")}
    )
    (problem,) = check_annotation(_annotation(proposals=(ambiguous,)), gazetteer=GAZETTEER)
    assert problem.field == "proposals[0].evidence[0].quote"
    assert problem.message == (
        "quote occurs 2 times in the article text, at (start, end) (67, 78), (125, 136); "
        "add 'start' and 'end' to say which one is meant"
    )


def test_check_ids_across_sections_and_local_parties() -> None:
    local = (party("ruritania"), party("ruritania"), party("russia"))
    interaction = Interaction(
        id="ruritania",
        kind=InteractionKind.statement,
        participants=("ruritania",),
        evidence=_evidence("White House"),
    )
    proposal = Proposal(
        id="ruritania",
        proposed_by=("russia",),
        terms=(Term(action=ActionType.ceasefire),),
        evidence=_evidence("White House"),
    )
    found = [
        f"{p.field}: {p.message}"
        for p in check_annotation(
            _annotation(parties=local, interactions=(interaction,), proposals=(proposal,)),
            gazetteer=GAZETTEER,
        )
    ]
    assert found == [
        "parties[1].id: id 'ruritania' is already used by parties[0]; rename one",
        (
            "parties[2].id: party 'russia' is already in the gazetteer; refer to it by id and "
            "remove this entry, or give the new party another id"
        ),
        "interactions[0].id: fact id 'ruritania' is also the id of parties[0]; rename the fact",
        (
            "proposals[0].id: fact id 'ruritania' is already used by interactions[0]; fact ids "
            "must be unique across all sections, rename one"
        ),
    ]


def test_check_entry_references() -> None:
    processes = (
        Process(id="talks", label="Talks", part_of="track"),
        Process(id="track", label="Track", part_of="talks"),
        Process(id="other", label="Other", part_of="zzz"),
    )
    proposal = Proposal(
        id="p",
        proposed_by=("russia",),
        terms=(Term(action=ActionType.ceasefire),),
        evidence=_evidence("White House"),
        counter_to="p",
        made_during="p",
        process="talks",
    )
    agreement = Agreement(
        id="deal",
        parties=("russia", "ukraine"),
        status=AgreementStatus.announced,
        commitments=("c",),
        evidence=_evidence("White House"),
    )
    position = Position(
        id="pos",
        party="russia",
        regarding="deal",
        stance=Stance.accepts,
        commitment="deal",
        evidence=_evidence("White House"),
    )
    found = [
        f"{p.field}: {p.message}"
        for p in check_annotation(
            _annotation(
                processes=processes,
                proposals=(proposal,),
                positions=(position,),
                agreements=(agreement,),
            ),
            gazetteer=GAZETTEER,
        )
    ]
    assert found == [
        # the model keeps processes sorted by id: other, talks, track
        "processes[0].part_of: unknown process 'zzz'; known processes: other, talks, track",
        "processes[1].part_of: the 'part_of' chain leads back to this process",
        "processes[2].part_of: the 'part_of' chain leads back to this process",
        (
            "proposals[0].made_during: 'p' is a proposal, but 'made_during' needs an interaction; "
            "this annotation has no interactions: add it under 'interactions:'"
        ),
        "proposals[0].counter_to: 'counter_to' names this proposal itself",
        (
            "positions[0].commitment: 'deal' is an agreement, but 'commitment' needs a "
            "commitment; this annotation has no commitments: add it under 'commitments:'"
        ),
        (
            "agreements[0].commitments: unknown commitment 'c'; this annotation has no "
            "commitments: add it under 'commitments:'"
        ),
    ]


def test_reciprocity_must_mirror_the_counterpart() -> None:
    def commitment(cid: str, debtor: str, conditions: tuple[str, ...]) -> Commitment:
        return Commitment(
            id=cid,
            debtor=(debtor,),
            term=Term(action=ActionType.halt_attacks),
            conditions=conditions,
            status=CommitmentStatus.conditional,
            evidence=_evidence("White House"),
        )

    def condition(mirrors: str) -> Condition:
        return Condition(
            id="same",
            kind=ConditionKind.reciprocity,
            imposed_by=("ukraine",),
            mirrors=mirrors,
            evidence=_evidence("White House"),
        )

    commitments = (commitment("ua", "ukraine", ("same",)), commitment("ru", "russia", ("x",)))
    good = _annotation(commitments=commitments, conditions=(condition("ru"),))
    assert [p.field for p in check_annotation(good, gazetteer=GAZETTEER)] == [
        "commitments[1].conditions"
    ]
    bad = _annotation(commitments=commitments, conditions=(condition("ua"),))
    assert [p.field for p in check_annotation(bad, gazetteer=GAZETTEER)] == [
        "commitments[1].conditions",
        "conditions[0].mirrors",
    ]


def test_check_annotation_uses_the_bundled_gazetteer_by_default() -> None:
    assert check_annotation(parse(BASE)) == []


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        (Evidence(quote="Russia said so", start=0, end=14), "offsets 0-14 hold 'The White"),
        (Evidence(quote="said", start=200, end=204), "reach past the end"),
        (Evidence(quote="Russia"), "quote occurs 2 times"),
        (Evidence(quote="safe  navigation"), 'start 50, end 65: "safe navigation"'),
        (Evidence(quote="Moscow"), "copy it character for character"),
    ],
)
def test_locate_evidence_problems(evidence: Evidence, message: str) -> None:
    located = evidence_module.locate_evidence(TEXT, evidence)
    assert located.evidence is None
    assert located.problem is not None
    assert message in located.problem


def test_docstring_examples() -> None:
    for module in (evidence_module, _read, _write):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


# ── Bad input files ───────────────────────────────────────────────────────────────────

CASE_FILES = sorted(CASES.glob("*.yaml"))


def test_case_count() -> None:
    assert len(CASE_FILES) == CASE_COUNT
    assert {p.stem for p in CASES.glob("*.expected")} == {p.stem for p in CASE_FILES}


@pytest.mark.parametrize("case", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_bad_annotation(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each case fails with exactly the text of NAME.expected (bundled gazetteer)."""
    monkeypatch.chdir(CASES)
    with pytest.raises(AnnotationError) as info:
        read_annotation(Path(case.name))
    expected = case.with_suffix(".expected").read_text(encoding="utf-8")
    assert str(info.value) == expected.removesuffix("\n")


# ── Writing ───────────────────────────────────────────────────────────────────────────


def test_dump_canonical_layout() -> None:
    annotation = parse(BASE.replace("  - id: us", "  - label: 'yes'\n    id: us"))
    assert dump_annotation(annotation) == (
        "kg_annotation: 1\n"
        "id: black-sea-talks-en\n"
        "status: reviewed\n"
        "article:\n"
        "  title: Black Sea talks\n"
        "  outlet: Harbour Ledger\n"
        "  published: 2025-03-26\n"
        "  language: en\n"
        "  text: |\n"
        "    The White House said the parties agreed to ensure safe navigation.\n"
        "    Russia said it would do so only if sanctions were lifted. Russia said so.\n"
        "proposals:\n"
        "  - id: us-black-sea-ceasefire\n"
        "    label: 'yes'\n"
        "    proposed_by: [united-states]\n"
        "    proposed_to: [russia, ukraine]\n"
        "    terms:\n"
        "      - action: ensure_safe_navigation\n"
        "        scope: [black_sea, shipping]\n"
        "    said_by: [white-house]\n"
        "    modality: reported\n"
        "    evidence:\n"
        "      - quote: ensure safe navigation\n"
        "        start: 43\n"
        "        end: 65\n"
    )


@pytest.mark.parametrize(
    "value",
    ["yes", "No", "off", "null", "~", "", "123", "1_000", "0x1f", "1e3", "2025-03-26", "- x",
     ": x", "#x", "a: b", "a #b", "'q'", '"q"', "@x", "`x", "%x", "!x", "&x", "*x", "[x]",
     "{x}", " lead", "trail ", "ünï “cödé” — ok", "two\nlines", "two\nlines\n", "tab\tx"],
)  # fmt: skip
def test_dump_quotes_what_yaml_would_misread(value: str) -> None:
    annotation = parse(BASE).model_copy(update={"annotator": value})
    dumped = dump_annotation(annotation)
    assert parse(dumped) == annotation
    if value == "ünï “cödé” — ok":
        assert value in dumped  # unicode kept, not escaped


def test_dump_with_text_file_leaves_the_text_out() -> None:
    annotation = parse(BASE)
    article = annotation.article.model_copy(update={"text_file": "talks.txt"})
    dumped = dump_annotation(annotation.model_copy(update={"article": article}))
    assert "text_file: talks.txt" in dumped
    assert "Russia said so" not in dumped


def test_write_and_read_back_with_text_file(tmp_path: Path) -> None:
    annotation = parse(BASE)
    article = annotation.article.model_copy(update={"text_file": "talks.txt"})
    annotation = annotation.model_copy(update={"article": article})
    write_annotation(annotation, tmp_path / "talks.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talks.txt", "talks.yaml"]
    assert (tmp_path / "talks.txt").read_text(encoding="utf-8") == TEXT
    assert read_annotation(tmp_path / "talks.yaml", gazetteer=GAZETTEER) == annotation


def test_write_errors_are_file_errors(tmp_path: Path) -> None:
    annotation = parse(BASE)
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(KgFileError, match="cannot write"):
        write_annotation(annotation, tmp_path / "file" / "a.yaml")
    article = annotation.article.model_copy(update={"text_file": "../a.txt"})
    with pytest.raises(KgFileError, match=r"without '\.\.'"):
        write_annotation(annotation.model_copy(update={"article": article}), tmp_path / "a.yaml")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KgFileError, match="No space left"):
        write_annotation(parse(BASE), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


# ── Round trip ────────────────────────────────────────────────────────────────────────


@settings(max_examples=100, deadline=None)
@given(annotation_models())
def test_dump_parse_round_trip(annotation: Annotation) -> None:
    assert check_annotation(annotation, gazetteer=GAZETTEER) == []
    assert parse(dump_annotation(annotation)) == annotation


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotation_models())
def test_write_read_round_trip(annotation: Annotation) -> None:
    article = annotation.article.model_copy(update={"text_file": f"{annotation.id}.txt"})
    annotation = annotation.model_copy(update={"article": article})
    assume("\0" not in annotation.article.text)  # a text file with NUL reads as binary
    assume(not annotation.article.text.startswith("\ufeff"))  # a leading BOM is dropped
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{annotation.id}.yaml"
        write_annotation(annotation, path)
        assert read_annotation(path, gazetteer=GAZETTEER) == annotation


def test_problem_lines_follow_the_file_not_the_sorted_model() -> None:
    parties = (
        "parties:\n"
        "  - id: zeta-group\n"
        "    kind: group\n"
        "    name_en: Zeta\n"
        "    name_de: Zeta\n"
        "    acts_for: [ruritania]\n"
        "  - id: alpha-group\n"
        "    kind: group\n"
        "    name_en: Alpha\n"
        "    name_de: Alpha\n"
    )
    text = BASE.replace("proposals:\n", parties + "proposals:\n")
    assert problems_of(text) == [
        (
            "16: parties[0].acts_for: unknown party 'ruritania' (no known id is close); if it "
            "is a new party, add it under 'parties:'"
        )
    ]
    assert [p.id for p in parse(text.replace("[ruritania]", "[russia]")).parties] == [
        "alpha-group",
        "zeta-group",
    ]


@pytest.mark.parametrize("path", kg_example_paths(), ids=lambda p: p.stem)
def test_examples_write_back_equivalent(path: Path, tmp_path: Path) -> None:
    """Each bundled example, written back beside its text, reads back equal."""
    annotation = read_annotation(path)
    copy = tmp_path / path.name
    write_annotation(annotation, copy)
    assert (tmp_path / str(annotation.article.text_file)).read_text(encoding="utf-8") == (
        annotation.article.text
    )
    assert read_annotation(copy) == annotation
    write_annotation(read_annotation(copy), copy)  # writing is idempotent
    assert copy.read_text(encoding="utf-8") == dump_annotation(annotation)
