"""Derived status, dependencies and blockers, against what the annotations say."""

from __future__ import annotations

from functools import cache

import networkx as nx
import pytest

import kg
from kg.codes import CommitmentStatus, ConditionLogic, Stance
from kg.graph import Truth
from kg.model import Annotation

EXAMPLES = kg.example_dir()
SEED = "energy-pause-call-de"
TRADE = "trade-truce-90-days-de"


@cache
def annotation(name: str) -> Annotation:
    return kg.read_annotation(EXAMPLES / f"{name}.yaml")


@cache
def projection(*names: str) -> nx.MultiDiGraph[str]:
    return kg.to_networkx(kg.build_dataset([annotation(n) for n in names]))


def changed(name: str, section: str, fact_id: str, **update: object) -> nx.MultiDiGraph[str]:
    """The projection of an example with one fact changed (to test a rule in isolation)."""
    a = annotation(name)
    facts = tuple(
        f.model_copy(update=update) if f.id == fact_id else f for f in getattr(a, section)
    )
    assert facts != getattr(a, section), f"no {fact_id} in {section}"
    return kg.to_networkx(kg.build_dataset([a.model_copy(update={section: facts})]))


def status_of(G: nx.MultiDiGraph[str], fact: str) -> kg.graph.DerivedStatus:
    [status] = kg.explain_status(G, fact)
    return status


def test_russias_energy_pause_is_pending_on_ukraines_silence() -> None:
    status = status_of(projection(SEED), "russia-energy-pause")
    assert status.value is Truth.unknown
    assert status.reading == "pending"
    assert status.reported == "conditional"
    chain = [(s.depth, s.fact.kind, s.fact.id, s.value) for s in status.chain]
    assert chain == [
        (0, "commitment", "russia-energy-pause", Truth.unknown),
        (1, "condition", "kyiv-reciprocity-energy", Truth.unknown),
        (2, "commitment", "ukraine-energy-pause", Truth.unknown),
        (3, "position", "ukraine-no-response-energy-pause", Truth.unknown),
    ]
    silence = status.chain[-1]
    assert "ukraine: no_response on us-energy-pause" in silence.says
    assert silence.fact.source == "outlet Rhein-Kurier"
    assert silence.fact.evidence[0].quote.startswith("Aus Kiew gab es bis zum Abend keine Reaktion")
    assert "reported proposed" in status.chain[2].says
    text = status.explain()
    assert text.splitlines()[0] == "russia-energy-pause (energy-pause-call-de): pending [unknown]"
    assert "(kremlin)" in text


def test_support_in_principle_does_not_take_on_the_mirrored_commitment() -> None:
    # energy-pause-call-en: Zelensky supports the pause, but Kyiv has not committed
    status = status_of(projection("energy-pause-call-en"), "russia-energy-pause")
    assert status.value is Truth.unknown
    stances = {s.fact.id: s.value for s in status.chain if s.fact.kind == "position"}
    assert stances == {
        "ukraine-no-formal-response-energy-pause": Truth.unknown,
        "ukraine-supports-energy-pause": Truth.satisfied,
    }


def test_a_rejected_mirror_makes_the_commitment_void() -> None:
    G = changed(SEED, "positions", "ukraine-no-response-energy-pause", stance=Stance.rejects)
    assert status_of(G, "ukraine-energy-pause").value is Truth.unsatisfied
    status = status_of(G, "russia-energy-pause")
    assert (status.value, status.reading) == (Truth.unsatisfied, "not in force")


def test_an_active_mirror_meets_the_reciprocity_condition() -> None:
    G = changed(SEED, "commitments", "ukraine-energy-pause", status=CommitmentStatus.active)
    assert status_of(G, "russia-energy-pause").value is Truth.satisfied


@pytest.mark.parametrize(
    ("logic", "expected"),
    [(ConditionLogic.all_of, Truth.unknown), (ConditionLogic.any_of, Truth.satisfied)],
)
def test_condition_logic(logic: ConditionLogic, expected: Truth) -> None:
    # Ukraine's mirror is in force; the monitoring precondition is not reported met
    a = annotation(SEED)
    commitments = tuple(
        c.model_copy(
            update={
                "conditions": ("kyiv-reciprocity-energy", "monitoring-precondition"),
                "condition_logic": logic,
            }
        )
        if c.id == "russia-energy-pause"
        else c.model_copy(update={"status": CommitmentStatus.active})
        if c.id == "ukraine-energy-pause"
        else c
        for c in a.commitments
    )
    G = kg.to_networkx(kg.build_dataset([a.model_copy(update={"commitments": commitments})]))
    status = status_of(G, "russia-energy-pause")
    assert status.value is expected
    precondition = next(s for s in status.chain if s.fact.id == "monitoring-precondition")
    assert precondition.value is Truth.unknown
    assert "no report that it is met" in precondition.says


def test_mutual_conditions_of_two_committed_parties_hold() -> None:
    G = projection(TRADE)
    for fact in ("us-tariff-cut", "china-tariff-cut"):
        status = status_of(G, fact)
        assert (status.value, status.reading) == (Truth.satisfied, "in force")
    status = status_of(G, "us-tariff-cut")
    ids = [s.fact.id for s in status.chain]
    assert ids == [
        "us-tariff-cut",
        "cond-us-requires-china-cut",
        "china-tariff-cut",
        "cond-china-requires-us-cut",
        "us-tariff-cut",
    ]
    assert "cycle" in status.chain[-1].says


def test_mutual_conditions_with_an_open_demand_are_pending_together() -> None:
    G = changed(
        TRADE,
        "commitments",
        "china-tariff-cut",
        conditions=("cond-china-demands-full-rollback", "cond-china-requires-us-cut"),
    )
    assert status_of(G, "china-tariff-cut").value is Truth.unknown
    assert status_of(G, "us-tariff-cut").value is Truth.unknown
    blockers = kg.find_blockers(G, "us-tariff-cut")
    assert [(b.condition.id, b.path) for b in blockers] == [
        ("cond-us-requires-china-cut", ("us-tariff-cut", "cond-us-requires-china-cut")),
        (
            "cond-china-demands-full-rollback",
            (
                "us-tariff-cut",
                "cond-us-requires-china-cut",
                "china-tariff-cut",
                "cond-china-demands-full-rollback",
            ),
        ),
        (
            "cond-china-requires-us-cut",
            (
                "us-tariff-cut",
                "cond-us-requires-china-cut",
                "china-tariff-cut",
                "cond-china-requires-us-cut",
            ),
        ),
    ]


def test_a_cancelled_side_voids_the_other() -> None:
    G = changed(TRADE, "commitments", "china-tariff-cut", status=CommitmentStatus.cancelled)
    assert status_of(G, "us-tariff-cut").value is Truth.unsatisfied
    assert status_of(G, "china-tariff-cut").value is Truth.unsatisfied
    assert len(kg.find_cycles(G)) == 1  # still mutual in structure; void in status


def test_an_expired_mirror_ends_the_easter_mirror_truce() -> None:
    # Ukraine's truce mirrors Russia's, which expired (Putin: fighting resumed)
    status = status_of(projection("easter-truce-dispute-en"), "ukraine-mirror-truce")
    assert status.value is Truth.unsatisfied
    assert [s.fact.id for s in status.chain][-1] == "russia-easter-truce"


def test_reported_statuses_that_need_no_derivation() -> None:
    G = projection(SEED)
    assert status_of(G, "russia-pow-175").value is Truth.satisfied
    assert status_of(G, "russia-general-ceasefire").value is Truth.unknown


def test_proposal_status() -> None:
    # Russia accepts only conditionally (pending), Ukraine has not answered
    status = status_of(projection(SEED), "us-energy-pause")
    assert (status.value, status.reading, status.reported) == (Truth.unknown, "pending", None)
    # Peskov: no order to extend; Zelensky: no response — the only explicit answer rejects
    easter = status_of(projection("easter-truce-dispute-en"), "ukraine-truce-extension")
    assert (easter.value, easter.reading) == (Truth.unsatisfied, "not accepted")


def test_derive_statuses_covers_every_commitment_and_proposal_in_order() -> None:
    a = annotation(SEED)
    statuses = kg.derive_statuses(projection(SEED))
    expected = [p.id for p in a.proposals] + [c.id for c in a.commitments]
    assert [s.fact.id for s in statuses] == expected


def test_unknown_fact_names_close_ids() -> None:
    with pytest.raises(kg.GraphError) as info:
        kg.explain_status(projection(SEED), "russia-energy-pauze")
    message = str(info.value)
    assert message.startswith("no commitment/proposal with id 'russia-energy-pauze'")
    assert "did you mean russia-energy-pause" in message


def test_cycles_are_the_mutual_conditions() -> None:
    [cycle] = kg.find_cycles(projection(TRADE))
    assert [f.id for f in cycle.facts] == [
        "china-tariff-cut",
        "cond-china-requires-us-cut",
        "us-tariff-cut",
        "cond-us-requires-china-cut",
    ]
    assert cycle.parties == ("china", "united-states")
    assert cycle.article == TRADE
    deps = kg.dependency_graph(projection(TRADE))
    nodes = [f.node for f in cycle.facts]
    for u, v in zip(nodes, nodes[1:] + nodes[:1], strict=True):
        assert deps.has_edge(u, v)


def test_one_way_reciprocity_is_no_cycle() -> None:
    assert kg.find_cycles(projection(SEED)) == []
    deps = kg.dependency_graph(projection(SEED))
    assert {d["relation"] for _, _, d in deps.edges(data=True)} == {"antecedent", "mirrors"}


def test_blockers_of_the_seed_commitment() -> None:
    [blocker] = kg.find_blockers(projection(SEED), "russia-energy-pause")
    assert blocker.condition.id == "kyiv-reciprocity-energy"
    assert blocker.value is Truth.unknown
    assert blocker.path == ("russia-energy-pause", "kyiv-reciprocity-energy")
    assert blocker.reason == "ukraine has not taken it on: ukraine-energy-pause is only proposed"
    assert kg.find_blockers(projection(TRADE), "china-countermeasures") == []
    assert kg.find_blockers(projection(TRADE), "us-tariff-cut") == []
