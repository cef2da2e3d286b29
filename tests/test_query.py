"""The named SPARQL queries, checked against what the examples say.

Every expected answer is computed here from the pydantic models, never from SPARQL
output, so a wrong query (or a wrong RDF mapping) fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

import pytest
from rdflib import Dataset

import kg
from kg.codes import ConditionKind, Modality, Stance
from kg.model import Annotation, Commitment, Fact, Party
from kg.sparql import Value, run_query

SILENT = {Stance.no_response, Stance.declines_comment}
KIND_CLASS = {
    ConditionKind.reciprocity: "ReciprocityCondition",
    ConditionKind.precondition: "Precondition",
    ConditionKind.demand: "Demand",
}
SEED = "energy-pause-call-de"


def fid(annotation: Annotation, fact: Fact | str) -> str:
    return f"{annotation.id}/{fact if isinstance(fact, str) else fact.id}"


def ids(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(sorted(values))


def parties(examples: list[Annotation]) -> dict[str, Party]:
    gazetteer = kg.load_gazetteer()
    out = {pid: party for pid in gazetteer.ids() if (party := gazetteer.get(pid)) is not None}
    for annotation in examples:
        out.update({party.id: party for party in annotation.parties})
    return out


def principals(party: str, known: dict[str, Party]) -> set[str]:
    """The party and everyone it acts for, transitively."""
    out, todo = set(), [party]
    while todo:
        current = todo.pop()
        if current not in out:
            out.add(current)
            if current in known:
                todo.extend(known[current].acts_for)
    return out


def commitments(annotation: Annotation) -> dict[str, Commitment]:
    return {c.id: c for c in annotation.commitments}


_ANSWERS: dict[tuple[int, str, str], tuple[Dataset, list[dict[str, Value]]]] = {}


def records(dataset: Dataset, query: str, /, **params: str) -> list[dict[str, Value]]:
    """Run a query once per dataset and parameters (the cache keeps the dataset alive)."""
    key = (id(dataset), query, repr(sorted(params.items())))
    if key not in _ANSWERS:
        _ANSWERS[key] = (dataset, run_query(dataset, query, params=params).records())
    return _ANSWERS[key][1]


# -- the catalogue ----------------------------------------------------------------------


def test_every_query_is_listed_with_a_usable_header() -> None:
    queries = kg.list_queries()
    files = sorted(p.stem for p in (kg.example_dir().parent / "queries").glob("*.rq"))
    assert [q.name for q in queries] == files
    assert {"positions", "unanswered", "demands", "dependencies", "mutual-conditions"} <= set(files)
    for query in queries:
        assert query.title
        assert query.description
        select = query.text.split("WHERE", 1)[0]
        for param in query.params:
            assert f"?{param.name}" in query.text, (query.name, param.name)
        for column in query.lists:
            assert f"AS ?{column})" in select, (query.name, column)
        # GRAPH patterns are evaluated once per named graph by rdflib: far too slow
        assert not re.search(r"\bGRAPH\b", query.text), query.name


@pytest.mark.parametrize("name", [q.name for q in kg.list_queries()])
def test_every_query_runs_and_returns_ids(dataset: Dataset, name: str) -> None:
    rows = records(dataset, name)
    assert rows
    for row in rows:
        for value in row.values():
            assert not (isinstance(value, str) and value.startswith("https://w3id.org/negkg/"))


def test_queries_leave_the_dataset_alone(dataset: Dataset) -> None:
    before = (len(dataset), sorted(str(g.identifier) for g in dataset.graphs()))
    run_query(dataset, "positions")
    assert (len(dataset), sorted(str(g.identifier) for g in dataset.graphs())) == before


# -- each question against the examples ----------------------------------------------


def test_positions(examples: list[Annotation], dataset: Dataset) -> None:
    expected = {
        (
            fid(a, p),
            a.id,
            p.party,
            p.stance.value,
            fid(a, p.regarding),
            ids([fid(a, c) for c in p.conditions]),
            fid(a, p.commitment) if p.commitment else None,
            ids(p.said_by),
            p.modality.value,
            p.evidence[0].quote,
        )
        for a in examples
        for p in a.positions
    }
    got = {
        (
            r["position"],
            r["article"],
            r["holder"],
            r["stance"],
            r["proposal"],
            r["conditions"],
            r["commitment"],
            r["said_by"],
            r["modality"],
            r["evidence"],
        )
        for r in records(dataset, "positions")
    }
    assert got == expected


def test_positions_on_the_seed_energy_pause(dataset: Dataset) -> None:
    rows = records(dataset, "positions", proposal=f"{SEED}/us-energy-pause")
    by_holder = {r["holder"]: r for r in rows}
    assert set(by_holder) == {"russia", "ukraine"}
    russia, ukraine = by_holder["russia"], by_holder["ukraine"]
    assert russia["stance"] == "accepts_with_conditions"
    assert russia["conditions"] == (f"{SEED}/kyiv-reciprocity-energy",)
    assert russia["commitment"] == f"{SEED}/russia-energy-pause"
    assert russia["said_by"] == ("kremlin",)
    assert ukraine["stance"] == "no_response"
    assert ukraine["said_by"] == ()  # the outlet's own voice
    assert all(r["kind"] == "Proposal" for r in rows)


def test_unanswered(examples: list[Annotation], dataset: Dataset) -> None:
    known = parties(examples)
    expected = set()
    for a in examples:
        for proposal in a.proposals:
            for addressee in proposal.proposed_to:
                mine = [
                    p
                    for p in a.positions
                    if p.regarding == proposal.id and addressee in principals(p.party, known)
                ]
                if all(p.stance in SILENT for p in mine):
                    silence = ids(list({p.stance.value for p in mine}))
                    expected.add((fid(a, proposal), addressee, silence))
    got = {(r["proposal"], r["addressee"], r["silence"]) for r in records(dataset, "unanswered")}
    assert got == expected
    # the seed: Kyiv has not answered the US energy pause
    assert (f"{SEED}/us-energy-pause", "ukraine", ("no_response",)) in got


def _demand_rows(examples: list[Annotation], party: str | None = None) -> set[tuple[object, ...]]:
    rows: set[tuple[object, ...]] = set()
    for a in examples:
        by_id = commitments(a)
        for c in a.conditions:
            if party is not None and party not in c.imposed_by + c.required_of:
                continue
            term = by_id[c.mirrors].term if c.mirrors else c.demands
            assert term is not None
            rows.add(
                (
                    fid(a, c),
                    KIND_CLASS[c.kind],
                    ids(c.imposed_by),
                    ids(c.required_of),
                    term.action.value,
                    ids([s.value for s in term.scope]),
                    fid(a, c.mirrors) if c.mirrors else None,
                    term.description,
                    ids(c.said_by),
                )
            )
    return rows


def _demand_got(dataset: Dataset, **params: str) -> set[tuple[object, ...]]:
    return {
        (
            r["condition"],
            r["kind"],
            r["imposed_by"],
            r["required_of"],
            r["action"],
            r["scope"],
            r["mirrors"],
            r["term"],
            r["said_by"],
        )
        for r in records(dataset, "demands", **params)
    }


def test_demands(examples: list[Annotation], dataset: Dataset) -> None:
    assert _demand_got(dataset) == _demand_rows(examples)


@pytest.mark.parametrize("party", ["ukraine", "russia", "the-west"])
def test_demands_of_one_party(examples: list[Annotation], dataset: Dataset, party: str) -> None:
    expected = _demand_rows(examples, party)
    assert expected  # the parameter really filters something
    assert _demand_got(dataset, party=party) == expected


def _dependency_rows(examples: list[Annotation]) -> set[tuple[object, ...]]:
    rows: set[tuple[object, ...]] = set()
    for a in examples:
        by_id = commitments(a)
        conditions = {c.id: c for c in a.conditions}
        for commitment in a.commitments:
            for cid in commitment.conditions:
                condition = conditions[cid]
                mirrored = by_id[condition.mirrors] if condition.mirrors else None
                rows.add(
                    (
                        fid(a, commitment),
                        ids(commitment.debtor),
                        commitment.status.value,
                        commitment.condition_logic.value,
                        fid(a, cid),
                        KIND_CLASS[condition.kind],
                        ids(condition.required_of),
                        fid(a, mirrored) if mirrored else None,
                        ids(mirrored.debtor) if mirrored else (),
                        mirrored.status.value if mirrored else None,
                    )
                )
    return rows


def test_dependencies(examples: list[Annotation], dataset: Dataset) -> None:
    got = {
        (
            r["commitment"],
            r["debtor"],
            r["status"],
            r["logic"],
            r["condition"],
            r["kind"],
            r["required_of"],
            r["mirrors"],
            r["mirrored_debtor"],
            r["mirrored_status"],
        )
        for r in records(dataset, "dependencies")
    }
    assert got == _dependency_rows(examples)


def test_dependencies_of_the_seed_commitment(dataset: Dataset) -> None:
    rows = records(dataset, "dependencies", commitment=f"{SEED}/russia-energy-pause")
    assert [(r["condition"], r["mirrors"], r["mirrored_status"]) for r in rows] == [
        (f"{SEED}/kyiv-reciprocity-energy", f"{SEED}/ukraine-energy-pause", "proposed")
    ]


def _mirrored(annotation: Annotation, commitment: Commitment) -> set[str]:
    """The commitments ``commitment``'s reciprocity conditions mirror."""
    conditions = {c.id: c for c in annotation.conditions}
    return {
        conditions[cid].mirrors or ""
        for cid in commitment.conditions
        if conditions[cid].kind is ConditionKind.reciprocity
    }


def test_mutual_conditions(examples: list[Annotation], dataset: Dataset) -> None:
    expected = {
        frozenset({fid(a, one), fid(a, other)})
        for a in examples
        for one, other in combinations(a.commitments, 2)
        if other.id in _mirrored(a, one) and one.id in _mirrored(a, other)
    }
    rows = records(dataset, "mutual-conditions")
    assert {frozenset({r["commitment_a"], r["commitment_b"]}) for r in rows} == expected
    assert len(rows) == len(expected)  # each pair once
    trade = "trade-truce-90-days-de"
    assert frozenset({f"{trade}/us-tariff-cut", f"{trade}/china-tariff-cut"}) in expected


def _single_source(examples: list[Annotation], kind: str | None = None) -> dict[str, str]:
    sources: dict[str, set[str]] = {}
    for a in examples:
        for fact in a.facts():
            if kind is not None and type(fact).__name__.lower() != kind:
                continue
            topic = fact.refers_to or fid(a, fact)
            sources.setdefault(topic, set()).update(fact.said_by or {a.article.outlet})
    return {topic: next(iter(s)) for topic, s in sources.items() if len(s) == 1}


def test_single_source(examples: list[Annotation], dataset: Dataset) -> None:
    rows = records(dataset, "single-source")
    assert {r["topic"]: r["source"] for r in rows} == _single_source(examples)
    seed = {r["topic"]: r for r in rows}["ukraine-energy-pause-commitment-2025"]
    assert seed["source"] == "kremlin"
    assert seed["articles"] == (f"{SEED}", "energy-pause-call-en")


def test_single_source_of_one_kind(examples: list[Annotation], dataset: Dataset) -> None:
    rows = records(dataset, "single-source", kind="commitment")
    assert {r["topic"]: r["source"] for r in rows} == _single_source(examples, "commitment")
    assert {r["kinds"] for r in rows} == {("Commitment",)}


def _topic(annotation: Annotation, fact_id: str) -> str:
    fact = next(f for f in annotation.facts() if f.id == fact_id)
    return fact.refers_to or fid(annotation, fact)


def _sides(annotation: Annotation, fact: Fact, known: dict[str, Party]) -> set[str]:
    """What a fact's source speaks for: the top parties its speakers act for, or the outlet."""
    if not fact.said_by:
        return {f"outlet {annotation.article.outlet}"}
    return {
        top
        for party in fact.said_by
        for top in principals(party, known)
        if top not in known or not known[top].acts_for
    }


def _denied(fact: Fact) -> bool:
    return fact.modality == Modality.denied


def _disagreements(examples: list[Annotation]) -> set[tuple[object, ...]]:
    """(topic, pair of facts): accounts of one thing, different sides, conflicting values."""
    known = parties(examples)
    expected: set[tuple[object, ...]] = set()
    positions = [(a, p) for a in examples for p in a.positions]
    for (a1, p1), (a2, p2) in combinations(positions, 2):
        topic = _topic(a1, p1.regarding)
        if (
            p1.party == p2.party
            and topic == _topic(a2, p2.regarding)
            and not _sides(a1, p1, known) & _sides(a2, p2, known)
            and (p1.stance != p2.stance or _denied(p1) != _denied(p2))
        ):
            expected.add((topic, frozenset({fid(a1, p1), fid(a2, p2)})))
    for section in ("interactions", "proposals", "commitments", "conditions", "agreements"):
        facts = [(a, f) for a in examples for f in getattr(a, section) if f.refers_to]
        for (a1, f1), (a2, f2) in combinations(facts, 2):
            status = [getattr(f, "status", None) for f in (f1, f2)]
            if (
                f1.refers_to == f2.refers_to
                and not _sides(a1, f1, known) & _sides(a2, f2, known)
                and (status[0] != status[1] or _denied(f1) != _denied(f2))
            ):
                expected.add((f1.refers_to, frozenset({fid(a1, f1), fid(a2, f2)})))
    return expected


def _disagreements_got(dataset: Dataset) -> set[tuple[object, ...]]:
    return {
        (r["topic"], frozenset({r["fact_a"], r["fact_b"]}))
        for r in records(dataset, "disagreements")
    }


def test_disagreements(examples: list[Annotation], dataset: Dataset) -> None:
    rows = records(dataset, "disagreements")
    got = {(r["topic"], frozenset({r["fact_a"], r["fact_b"]})) for r in rows}
    assert got == _disagreements(examples)
    assert all(r["value_a"] != r["value_b"] for r in rows)
    # Zelensky says Russia broke the energy pause the Kremlin announced
    assert (
        "russia-energy-pause-commitment-2025",
        frozenset(
            {f"{SEED}/russia-energy-pause", "energy-pause-call-en/russia-energy-pause-breach"}
        ),
    ) in got
    # the Kremlin's later account (moratorium active) is the same side, not a dispute
    assert (
        "russia-energy-pause-commitment-2025",
        frozenset(
            {f"{SEED}/russia-energy-pause", "black-sea-ceasefire-en/russia-energy-moratorium"}
        ),
    ) not in got


def test_disagreement_of_a_denied_account(examples: list[Annotation]) -> None:
    pair = [a for a in examples if a.id in (SEED, "energy-pause-call-en")]
    english = pair[1]
    expected_row = (
        "pow-exchange-175-2025-03-19",
        frozenset({f"{SEED}/pow-exchange-175", "energy-pause-call-en/pow-exchange-175"}),
    )
    for said_by, disagree in ((["kremlin"], False), (["volodymyr-zelensky"], True)):
        agreements = tuple(
            f.model_copy(update={"modality": Modality.denied, "said_by": said_by})
            if f.id == "pow-exchange-175"
            else f
            for f in english.agreements
        )
        both = [pair[0], english.model_copy(update={"agreements": agreements})]
        dataset = kg.build_dataset(both)
        expected = _disagreements(both)
        # Putin announces it (de); the Kremlin (same side) or Zelensky (other side) denies it
        assert (expected_row in expected) is disagree
        assert _disagreements_got(dataset) == expected
        denied = [r for r in records(dataset, "disagreements") if r["what"] == "modality"]
        assert {(r["value_a"], r["value_b"]) for r in denied} == (
            {("reported", "denied")} if disagree else set()
        )


def test_silences(examples: list[Annotation], dataset: Dataset) -> None:
    expected = {
        (fid(a, p), p.party, p.stance.value, fid(a, p.regarding), ids(p.said_by))
        for a in examples
        for p in a.positions
        if p.stance in SILENT
    }
    got = {
        (r["position"], r["party"], r["stance"], r["regarding"], r["said_by"])
        for r in records(dataset, "silences")
    }
    assert got == expected
    # the seed: the White House says nothing on the prisoner exchange
    rows = records(dataset, "silences", party="white-house", article=SEED)
    assert [(r["position"], r["regarding"], r["kind"]) for r in rows] == [
        (f"{SEED}/white-house-silent-on-pow-exchange", f"{SEED}/pow-exchange-175", "Agreement")
    ]


def _timeline(examples: list[Annotation]) -> Iterator[tuple[str, str, str]]:
    for a in examples:
        interactions = {i.id: i for i in a.interactions}
        for fact in (*a.interactions, *a.proposals, *a.positions, *a.agreements):
            own = getattr(fact, "date", None)
            during = getattr(fact, "made_during", None)
            during_date = interactions[during].date if during else None
            if own is not None:
                yield fid(a, fact), own.isoformat(), "fact"
            elif during_date is not None:
                yield fid(a, fact), during_date.isoformat(), "interaction"
            else:
                yield fid(a, fact), a.article.published.isoformat(), "article"


def test_timeline(examples: list[Annotation], dataset: Dataset) -> None:
    rows = records(dataset, "timeline")
    assert {(r["fact"], r["date"], r["dated_by"]) for r in rows} == set(_timeline(examples))
    dates = [str(r["date"]) for r in rows]
    assert dates == sorted(dates)


def test_timeline_between_two_days(examples: list[Annotation], dataset: Dataset) -> None:
    since, until = "2025-03-18", "2025-03-19"
    rows = records(dataset, "timeline", since=since, until=until)
    expected = {t for t in _timeline(examples) if since <= t[1] <= until}
    assert expected
    assert {(r["fact"], r["date"], r["dated_by"]) for r in rows} == expected


def test_parties(examples: list[Annotation], dataset: Dataset) -> None:
    known = parties(examples)
    rows = {r["party"]: r for r in records(dataset, "parties")}
    referenced = {p.party for a in examples for p in a.positions}
    assert referenced <= set(rows)
    for pid, row in rows.items():
        party = known[str(pid)]
        assert (row["name_en"], row["name_de"], row["wikidata"]) == (
            party.name_en,
            party.name_de,
            party.wikidata,
        )
        assert row["kind"] in {"State", "GovernmentBody", "Person", "Organisation"} | {
            "PartyGroup",
            "ArmedGroup",
        }
        assert row["acts_for"] == ids(party.acts_for)


def test_parties_by_name(examples: list[Annotation], dataset: Dataset) -> None:
    known = parties(examples)
    everyone = {str(r["party"]) for r in records(dataset, "parties")}

    def names(p: Party) -> list[str]:
        return [p.name_en, p.name_de, *p.aliases_en, *p.aliases_de]

    expected = {pid for pid in everyone if any("kreml" in n.lower() for n in names(known[pid]))}
    got = {r["party"] for r in records(dataset, "parties", name="KREML")}
    assert "kremlin" in got
    assert got == expected
