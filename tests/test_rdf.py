"""Annotation → RDF → annotation, through memory and through every file format."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, XSD

import kg
from kg.errors import AnnotationError, GraphError, KgFileError
from kg.model import Annotation
from kg.namespace import NEG, OA, article_graph_iri, party_iri, registry_graph_iri
from kg.rdf import annotation_to_graph, fact_iri, format_for_path
from tests.strategies import GAZETTEER, annotation_models

EXAMPLES = kg.read_annotations(kg.example_paths())


def _without_text_file(annotation: Annotation) -> Annotation:
    article = annotation.article.model_copy(update={"text_file": None})
    return annotation.model_copy(update={"article": article})


def _seed() -> Annotation:
    return next(a for a in EXAMPLES if a.id == "energy-pause-call-de")


def test_examples_are_bundled() -> None:
    assert len(EXAMPLES) >= 8
    assert {a.article.language.value for a in EXAMPLES} == {"de", "en"}


def test_one_named_graph_per_article_plus_registry() -> None:
    dataset = kg.build_dataset(EXAMPLES)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    expected = {article_graph_iri(a.id) for a in EXAMPLES} | {registry_graph_iri()}
    assert names == expected


def test_build_is_deterministic() -> None:
    first = annotation_to_graph(_seed())
    second = annotation_to_graph(_seed())
    assert isomorphic(first, second)
    assert to_isomorphic(first) == to_isomorphic(second)
    assert not any(isinstance(node, BNode) for triple in first for node in triple)


def test_read_back_is_lossless_for_every_example() -> None:
    dataset = kg.build_dataset(EXAMPLES)
    assert kg.read_dataset(dataset) == [_without_text_file(a) for a in EXAMPLES]


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld", ".ttl"])
def test_file_round_trip(tmp_path: Path, suffix: str) -> None:
    dataset = kg.build_dataset(EXAMPLES[:3])
    path = tmp_path / f"graph{suffix}"
    kg.write_rdf(dataset, path)
    again = kg.read_rdf(path)
    assert kg.read_dataset(again) == [_without_text_file(a) for a in EXAMPLES[:3]]
    if suffix != ".ttl":  # Turtle has no named graphs: compare the union instead
        for graph in dataset.graphs():
            if len(graph):
                assert isomorphic(graph, again.graph(graph.identifier))


def test_nquads_output_is_sorted_and_stable() -> None:
    text = kg.serialize_dataset(kg.build_dataset(EXAMPLES[:2]), "nquads")
    lines = text.splitlines()
    assert lines == sorted(lines)
    assert text == kg.serialize_dataset(kg.build_dataset(EXAMPLES[:2]), "nquads")


def test_seed_case_core_facts_in_rdf() -> None:
    seed = _seed()
    graph = annotation_to_graph(seed)
    commitment = fact_iri(
        seed.id, next(c for c in seed.commitments if c.id == "russia-energy-pause")
    )
    assert (commitment, RDF.type, NEG.ConditionalCommitment) in graph
    condition = graph.value(commitment, NEG.antecedent)
    assert (condition, RDF.type, NEG.ReciprocityCondition) in graph
    assert (condition, NEG.requiredOf, party_iri("ukraine")) in graph
    mirrored = graph.value(condition, NEG.mirrors)
    assert (mirrored, NEG.debtor, party_iri("ukraine")) in graph
    validity = graph.value(graph.value(commitment, NEG.content), NEG.validity)
    assert graph.value(validity, URIRef("http://www.w3.org/2006/time#hasXSDDuration")) == Literal(
        "P30D", datatype=XSD.duration
    )
    claim = URIRef(f"{commitment}/claim")
    assert (claim, PROV.wasAttributedTo, party_iri("kremlin")) in graph
    evidence = next(graph.subjects(OA.hasBody, claim))
    target = graph.value(evidence, OA.hasTarget)
    selectors = set(graph.objects(target, OA.hasSelector))
    kinds = {graph.value(s, RDF.type) for s in selectors}
    assert kinds == {OA.TextQuoteSelector, OA.TextPositionSelector}
    span = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in graph)
    start, end = (cast(Literal, graph.value(span, p)).toPython() for p in (OA.start, OA.end))
    quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in graph)
    assert seed.article.text[start:end] == str(graph.value(quote, OA.exact))


def test_rebuilding_an_article_replaces_its_graph() -> None:
    dataset = kg.build_dataset(EXAMPLES[:2])
    before = len(dataset)
    kg.add_annotation(dataset, EXAMPLES[0])
    assert len(dataset) == before
    kg.remove_annotation(dataset, EXAMPLES[0].id)
    assert kg.read_dataset(dataset) == [_without_text_file(EXAMPLES[1])]


def test_registry_holds_referenced_parties_and_those_they_act_for() -> None:
    dataset = kg.build_dataset([_seed()])
    registry = dataset.graph(registry_graph_iri())
    assert (party_iri("kremlin"), RDF.type, NEG.GovernmentBody) in registry
    assert (party_iri("kremlin"), PROV.actedOnBehalfOf, party_iri("russia")) in registry
    assert (party_iri("xi-jinping"), None, None) not in registry
    # a local party lives in the article graph, not in the registry
    assert (party_iri("russian-armed-forces"), None, None) not in registry


def test_build_rejects_unknown_references() -> None:
    broken = _seed().model_copy(
        update={
            "positions": (
                _seed().positions[0].model_copy(update={"party": "atlantis"}),
                *_seed().positions[1:],
            )
        }
    )
    with pytest.raises(AnnotationError, match=r"energy-pause-call-de: positions\[0\]\.party"):
        kg.build_dataset([broken])


def test_build_rejects_duplicate_article_ids() -> None:
    with pytest.raises(AnnotationError, match="two annotations have the id"):
        kg.build_dataset([EXAMPLES[0], EXAMPLES[0]])


def test_unknown_rdf_suffix() -> None:
    with pytest.raises(KgFileError, match=r"unknown RDF format '\.xml'; use one of \.trig"):
        format_for_path(Path("graph.xml"))


def test_invalid_rdf_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.trig"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match=r"broken\.trig: not valid trig"):
        kg.read_rdf(path)


def test_read_dataset_names_what_is_missing() -> None:
    dataset = kg.build_dataset([_seed()])
    graph = dataset.graph(article_graph_iri(_seed().id))
    commitment = fact_iri(_seed().id, _seed().commitments[0])
    graph.remove((commitment, NEG.commitmentStatus, None))
    with pytest.raises(
        GraphError, match="needs exactly one <https://w3id\\.org/negkg/ns#commitmentStatus>"
    ):
        kg.read_dataset(dataset)


def test_read_plain_graph() -> None:
    graph = Graph()
    for s, p, o, _ in kg.build_dataset([_seed()]).quads((None, None, None, None)):
        graph.add((s, p, o))
    assert kg.read_dataset(graph) == [_without_text_file(_seed())]
    assert kg.read_dataset(Dataset()) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotation_models())
def test_build_read_round_trip(annotation: Annotation) -> None:
    dataset = kg.build_dataset([annotation], gazetteer=GAZETTEER)
    assert kg.read_dataset(dataset) == [_without_text_file(annotation)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotation_models())
def test_built_graphs_conform_to_the_shapes(annotation: Annotation) -> None:
    report = kg.validate_dataset(kg.build_dataset([annotation], gazetteer=GAZETTEER))
    assert report.conforms, report.text


def test_built_graphs_use_only_defined_ontology_terms() -> None:
    """Every neg: IRI the builder writes for the examples is defined in negotiation.ttl."""
    ontology = kg.load_ontology()
    ns = str(NEG._NS)
    defined = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(ns)}
    used = {
        node
        for quad in kg.build_dataset(EXAMPLES).quads((None, None, None, None))
        for node in quad[:3]
        if isinstance(node, URIRef) and node.startswith(ns)
    }
    assert used, "the examples use no ontology term at all?"
    assert used <= defined, sorted(used - defined)
