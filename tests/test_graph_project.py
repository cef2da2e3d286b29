"""The networkx projection: attributes, edges, filters, errors, JSON round trip."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings

import kg
from kg.graph import FACT_KINDS, KINDS
from kg.model import Annotation
from tests.strategies import GAZETTEER, annotation_models

EXAMPLES = kg.example_dir()
ID = "https://w3id.org/negkg/id/"
SEED = "energy-pause-call-de"
REQUIRED = {"kind", "cls", "id", "label", "article", "said_by", "modality", "status", "evidence"}


@cache
def examples(*names: str) -> tuple[Annotation, ...]:
    return tuple(kg.read_annotations([EXAMPLES / f"{name}.yaml" for name in names]))


@cache
def projection(*names: str) -> nx.MultiDiGraph[str]:
    return kg.to_networkx(kg.build_dataset(list(examples(*names))))


def node(article: str, kind: str, fact: str) -> str:
    return f"{ID}article/{article}/{kind}/{fact}"


def relations(G: nx.MultiDiGraph[str], u: str) -> set[tuple[str, str]]:
    return {(key, G.nodes[v]["id"]) for _, v, key in G.out_edges(u, keys=True)}


def test_one_node_per_fact_and_party() -> None:
    (seed,) = examples(SEED)
    G = projection(SEED)
    kinds = Counter(a["kind"] for _, a in G.nodes(data=True))
    for section, kind in zip(
        ("interactions", "proposals", "commitments", "conditions", "positions", "agreements"),
        FACT_KINDS,
        strict=True,
    ):
        assert kinds[kind] == len(getattr(seed, section)), kind
    assert kinds["process"] == len(seed.processes)
    parties = {a["id"] for _, a in G.nodes(data=True) if a["kind"] == "party"}
    assert {"russia", "ukraine", "kremlin", "the-west", "russian-armed-forces"} <= parties


def test_every_node_has_the_contract_attributes_in_plain_json() -> None:
    G = projection(SEED)
    for _, attrs in G.nodes(data=True):
        assert attrs.keys() >= REQUIRED
        assert attrs["kind"] in KINDS
        assert isinstance(attrs["said_by"], list)
        assert isinstance(attrs["evidence"], list)
    json.dumps({n: G.nodes[n] for n in G})
    json.dumps(list(G.edges(keys=True, data=True)))


def test_conditional_commitment_attributes_match_the_annotation() -> None:
    (seed,) = examples(SEED)
    fact = next(c for c in seed.commitments if c.id == "russia-energy-pause")
    attrs = projection(SEED).nodes[node(SEED, "commitment", "russia-energy-pause")]
    assert attrs["kind"] == "commitment"
    assert attrs["cls"] == "ConditionalCommitment"
    assert attrs["status"] == "conditional"
    assert attrs["said_by"] == ["kremlin"]
    assert attrs["modality"] == "reported"
    assert attrs["cue"] == fact.cue
    assert attrs["label"] == fact.label
    assert attrs["article"] == SEED
    assert attrs["published"] == "2025-03-18"
    assert attrs["refers_to"] == "russia-energy-pause-commitment-2025"
    assert attrs["condition_logic"] == "all_of"
    [evidence] = attrs["evidence"]
    assert evidence["quote"] == fact.evidence[0].quote
    assert seed.article.text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert evidence["article"] == SEED
    [term] = attrs["terms"]
    assert (term["action"], term["scope"], term["duration"]) == (
        "halt_attacks",
        ["energy_infrastructure"],
        "P30D",
    )
    assert attrs["summary"] == "halt_attacks (energy_infrastructure) for P30D"


def test_relations_become_edges_with_their_article() -> None:
    G = projection(SEED)
    russia = node(SEED, "commitment", "russia-energy-pause")
    assert relations(G, russia) == {
        ("debtor", "russia"),
        ("creditor", "ukraine"),
        ("creditor", "united-states"),
        ("respondsTo", "us-energy-pause"),
        ("antecedent", "kyiv-reciprocity-energy"),
        ("wasAttributedTo", "kremlin"),
    }
    condition = node(SEED, "condition", "kyiv-reciprocity-energy")
    assert ("mirrors", "ukraine-energy-pause") in relations(G, condition)
    assert ("requiredOf", "ukraine") in relations(G, condition)
    for _, _, key, data in G.edges(keys=True, data=True):
        assert data["relation"] == key
    assert {d["article"] for _, _, d in G.out_edges(russia, data=True)} == {SEED}
    kremlin = f"{ID}party/kremlin"
    assert G.get_edge_data(kremlin, f"{ID}party/russia")["actedOnBehalfOf"]["article"] is None


def test_kind_specific_attributes() -> None:
    G = projection(SEED)
    condition = G.nodes[node(SEED, "condition", "kyiv-reciprocity-energy")]
    assert (condition["cls"], condition["condition_kind"]) == (
        "ReciprocityCondition",
        "reciprocity",
    )
    precondition = G.nodes[node(SEED, "condition", "no-weapons-precondition")]
    assert precondition["cls"] == "Precondition"
    assert precondition["terms"][0]["actor"] == ["the-west"]
    position = G.nodes[node(SEED, "position", "ukraine-no-response-energy-pause")]
    assert (position["stance"], position["status"], position["said_by"]) == (
        "no_response",
        "no_response",
        [],
    )
    call = G.nodes[node(SEED, "interaction", "call-trump-putin")]
    assert (call["interaction_kind"], call["date"], call["date_text"]) == (
        "phone_call",
        "2025-03-18",
        "am Dienstag",
    )
    # a proposal takes the date of the interaction it was made during
    assert G.nodes[node(SEED, "proposal", "us-general-ceasefire")]["date"] == "2025-03-11"
    assert G.nodes[node(SEED, "proposal", "us-energy-pause")]["date"] is None
    grain = G.nodes[node(SEED, "agreement", "grain-corridor")]
    assert (grain["status"], grain["form"], grain["pax_id"]) == ("not_renewed", "unknown", 2444)
    russia = G.nodes[f"{ID}party/russia"]
    assert (russia["cls"], russia["label"], russia["article"]) == ("State", "Russia", None)
    local = G.nodes[f"{ID}party/russian-armed-forces"]
    assert (local["cls"], local["article"], local["acts_for"]) == (
        "GovernmentBody",
        SEED,
        ["russia"],
    )
    assert G.graph["articles"][SEED]["outlet"] == "Rhein-Kurier"


def test_kinds_filter() -> None:
    dataset = kg.build_dataset(list(examples(SEED)))
    G = kg.to_networkx(dataset, kinds=["commitment", "condition"])
    assert {a["kind"] for _, a in G.nodes(data=True)} == {"commitment", "condition"}
    assert {k for _, _, k in G.edges(keys=True)} == {"antecedent", "mirrors"}


def test_article_filter_keeps_its_facts_and_their_parties() -> None:
    names = (SEED, "trade-truce-90-days-de")
    dataset = kg.build_dataset(list(examples(*names)))
    G = kg.to_networkx(dataset, article="trade-truce-90-days-de")
    facts = [a for _, a in G.nodes(data=True) if a["kind"] in FACT_KINDS]
    assert facts
    assert {a["article"] for a in facts} == {"trade-truce-90-days-de"}
    parties = {a["id"] for _, a in G.nodes(data=True) if a["kind"] == "party"}
    assert "china" in parties
    assert "ukraine" not in parties
    assert list(G.graph["articles"]) == ["trade-truce-90-days-de"]


def test_party_filter_is_an_ego_graph() -> None:
    dataset = kg.build_dataset(list(examples(SEED)))
    full = kg.to_networkx(dataset)
    russia = f"{ID}party/russia"
    G = kg.to_networkx(dataset, party="russia")
    assert russia in G
    assert set(G) == {russia} | set(nx.all_neighbors(full, russia))
    assert list(kg.to_networkx(dataset, party="russia", radius=0)) == [russia]
    assert len(kg.to_networkx(dataset, party="russia", radius=2)) > len(G)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kinds": ["proposals"]}, "unknown node kind 'proposals'; use one of: agreement, "),
        ({"article": "energy-pause-call"}, "unknown article 'energy-pause-call' in this dataset; "),
        ({"party": "rusia"}, "unknown party 'rusia' in this dataset; closest: russia"),
        ({"party": "russia", "radius": -1}, "radius must be a whole number ≥ 0, not -1"),
    ],
)
def test_bad_options_name_the_valid_choices(options: dict[str, object], message: str) -> None:
    dataset = kg.build_dataset(list(examples(SEED)))
    with pytest.raises(kg.GraphError) as info:
        kg.to_networkx(dataset, **options)  # type: ignore[arg-type]
    assert str(info.value).startswith(message)
    assert isinstance(info.value, kg.KgError)
    if "article" in options:
        assert SEED in str(info.value)


def _same(G: nx.MultiDiGraph[str], other: nx.MultiDiGraph[str]) -> bool:
    return nx.is_isomorphic(
        G, other, node_match=lambda a, b: a == b, edge_match=lambda a, b: a == b
    ) and nx.utils.graphs_equal(G, other)


def test_json_round_trip() -> None:
    G = projection(SEED, "trade-truce-90-days-de")
    text = kg.graph_to_json(G)
    back = kg.graph_from_json(text)
    assert _same(G, back)
    assert back.graph == G.graph
    assert kg.graph_to_json(back) == text


def test_json_round_trip_of_a_filtered_projection() -> None:
    dataset = kg.build_dataset(list(examples(SEED)))
    G = kg.to_networkx(dataset, party="ukraine", radius=2, kinds=["party", "commitment"])
    assert _same(G, kg.graph_from_json(kg.graph_to_json(G)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON (line 1, column 2)"),
        ("[]", "not a node-link graph: expected an object with 'nodes' and 'edges' lists"),
        ('{"nodes": [{"x": 1}], "edges": []}', "not a node-link graph kg can read: nodes[0]"),
        (
            '{"nodes": [], "edges": [{"source": "a"}]}',
            "not a node-link graph kg can read: edges[0]",
        ),
    ],
)
def test_bad_json(text: str, message: str) -> None:
    with pytest.raises(kg.GraphError, match="^" + re.escape(message)):
        kg.graph_from_json(text)


def test_projection_of_a_file_equals_the_projection_in_memory(tmp_path: Path) -> None:
    dataset = kg.build_dataset(list(examples(SEED)))
    G = kg.to_networkx(dataset)
    kg.write_rdf(dataset, tmp_path / "g.trig")
    assert _same(G, kg.to_networkx(kg.read_rdf(tmp_path / "g.trig")))
    # Turtle has no named graphs: the facts still know their article from their IRI
    kg.write_rdf(dataset, tmp_path / "g.ttl")
    turtle = kg.to_networkx(kg.read_rdf(tmp_path / "g.ttl"))
    assert {n: turtle.nodes[n] for n in turtle} == {n: G.nodes[n] for n in G}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotation_models())
def test_random_annotations_project_one_node_per_fact(annotation: Annotation) -> None:
    G = kg.to_networkx(kg.build_dataset([annotation], gazetteer=GAZETTEER))
    facts = [a for _, a in G.nodes(data=True) if a["kind"] in FACT_KINDS]
    assert len(facts) == len(annotation.facts())
    assert sorted(a["id"] for a in facts) == sorted(f.id for f in annotation.facts())
    for attrs in facts:
        assert attrs["article"] == annotation.id
        assert attrs["evidence"]
    assert _same(G, kg.graph_from_json(kg.graph_to_json(G)))
    statuses = kg.derive_statuses(G)
    assert len(statuses) == len(annotation.commitments) + len(annotation.proposals)
