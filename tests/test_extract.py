"""The parser through its public API: valid, deterministic, provenance-carrying drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

import kg
from kg.codes import AnnotationStatus
from kg.extract import GENERATOR, LanguageError, ParseError, parse, parse_article, parse_file
from kg.model import Annotation, Extraction
from kg.namespace import NEG, concept_iri

DEV = [
    "black-sea-ceasefire-en", "easter-truce-dispute-en", "energy-pause-call-de",
    "energy-pause-call-en", "gaza-phased-exchange-en", "grain-deal-expiry-en",
    "istanbul-exchange-de", "trade-truce-90-days-de", "unconditional-ceasefire-rejected-de",
]  # fmt: skip


def _gold(name: str) -> Annotation:
    return kg.read_annotation(kg.example_dir() / f"{name}.yaml")


@pytest.fixture(scope="module")
def drafts() -> list[Annotation]:
    return [parse_article(g.article, article_id=g.id) for g in map(_gold, DEV)]


def test_drafts_keep_the_article_and_say_what_made_them(drafts: list[Annotation]) -> None:
    for name, draft in zip(DEV, drafts, strict=True):
        gold = _gold(name)
        assert draft.id == gold.id
        assert draft.article == gold.article
        assert draft.status is AnnotationStatus.draft
        assert draft.generator == GENERATOR == f"kg.extract {kg.__version__} (rules)"
        assert draft.facts(), f"{name}: nothing found"


def test_every_fact_has_exact_evidence_rule_and_confidence(drafts: list[Annotation]) -> None:
    for draft in drafts:
        text = draft.article.text
        for fact in draft.facts():
            assert fact.extraction is not None
            assert fact.extraction.rule.startswith(f"{draft.article.language.value}.")
            assert 0 < fact.extraction.confidence <= 1
            for evidence in fact.evidence:
                assert evidence.start is not None
                assert evidence.end is not None
                assert text[evidence.start : evidence.end] == evidence.quote


def test_drafts_pass_check_build_and_shacl(drafts: list[Annotation]) -> None:
    for draft in drafts:
        assert kg.check_annotation(draft) == [], draft.id
    dataset = kg.build_dataset(drafts)
    report = kg.validate_dataset(dataset)
    assert report.conforms, report.text
    # the extraction survives the round trip (text_file is not part of the graph)
    inline = [
        d.model_copy(update={"article": d.article.model_copy(update={"text_file": None})})
        for d in drafts
    ]
    assert kg.read_dataset(dataset) == inline


def test_parsing_is_deterministic() -> None:
    gold = _gold("energy-pause-call-en")
    first = kg.dump_annotation(parse_article(gold.article, article_id=gold.id))
    second = kg.dump_annotation(parse_article(gold.article, article_id=gold.id))
    assert first == second


def test_yaml_round_trip_of_a_draft(tmp_path: Path) -> None:
    gold = _gold("istanbul-exchange-de")
    draft = parse_article(gold.article.model_copy(update={"text_file": None}), article_id="x")
    path = tmp_path / "x.yaml"
    kg.write_annotation(draft, path)
    assert kg.read_annotation(path) == draft


def test_parse_text_with_defaults_and_auto_language() -> None:
    text = (
        "Die USA haben Russland eine Waffenruhe von 30 Tagen vorgeschlagen.\n"
        "Moskau lehnte den Vorschlag am Montag ab, teilte der Kreml mit."
    )
    draft = parse(text, published="2025-03-18")
    assert draft.article.language.value == "de"
    assert (
        draft.article.title == "Die USA haben Russland eine Waffenruhe von 30 Tagen vorgeschlagen."
    )
    assert draft.id.endswith("-de")
    (proposal,) = draft.proposals
    assert proposal.proposed_by == ("united-states",)
    assert proposal.terms[0].duration == "P30D"
    (position,) = draft.positions
    assert (position.party, position.stance.value, position.said_by) == (
        "russia", "rejects", ("kremlin",)
    )  # fmt: skip


def test_parse_errors() -> None:
    with pytest.raises(ParseError, match="publication date"):
        parse("Die USA schlugen eine Waffenruhe vor.")
    with pytest.raises(ParseError, match="YYYY-MM-DD"):
        parse("Die USA schlugen eine Waffenruhe vor.", published="18.03.2025")
    with pytest.raises(ParseError, match="empty"):
        parse(" \n", published="2025-03-18")
    with pytest.raises(ParseError, match="not an annotation id"):
        parse("Die USA schlugen vor.", lang="de", published="2025-03-18", article_id="A B")
    with pytest.raises(ParseError, match="url"):
        parse("Die USA schlugen vor.", lang="de", published="2025-03-18", url="nope")
    with pytest.raises(ParseError, match="'de', 'en' or 'auto'"):
        parse("text", lang="fr", published="2025-03-18")
    with pytest.raises(LanguageError, match="--lang"):
        parse("Lorem ipsum dolor sit amet.", published="2025-03-18")
    assert isinstance(ParseError("x"), kg.KgError)


def test_parse_file_errors(tmp_path: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(kg.KgFileError, match="binary"):
        parse_file(binary, published="2025-03-18")
    latin = tmp_path / "l.txt"
    latin.write_bytes("Die Ukraine lehnte ab, sagte er. Café".encode("latin-1"))
    with pytest.raises(kg.KgFileError, match="not valid UTF-8"):
        parse_file(latin, published="2025-03-18")
    empty = tmp_path / "e.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(ParseError, match="empty"):
        parse_file(empty, published="2025-03-18")


# ---------------------------------------------------------------------------------------
#  Extraction provenance in the model and in RDF
# ---------------------------------------------------------------------------------------


def test_extraction_is_allowed_only_in_drafts() -> None:
    gold = _gold("energy-pause-call-de")
    draft = parse_article(gold.article, article_id=gold.id)
    with pytest.raises(ValidationError, match="remove 'extraction'"):
        Annotation.model_validate({**draft.model_dump(), "status": AnnotationStatus.reviewed})
    assert Extraction(rule="de.position.accept", confidence=0.123).confidence == 0.12
    with pytest.raises(ValidationError):
        Extraction(rule="de.position.accept", confidence=1.5)


def test_parsed_claims_are_told_apart_from_reviewed_ones_in_rdf() -> None:
    gold = _gold("energy-pause-call-de")
    draft = parse_article(gold.article, article_id="parsed-de")
    dataset = kg.build_dataset([gold, draft])
    graph = dataset.graph(URIRef("https://w3id.org/negkg/graph/article/parsed-de"))
    claims = list(graph.subjects(RDF.type, NEG.Claim))
    assert len(claims) == len(draft.facts())
    for claim in claims:
        run = graph.value(claim, PROV.wasGeneratedBy)
        assert graph.value(run, NEG.annotationStatus) == concept_iri(AnnotationStatus.draft)
        agents = list(graph.objects(run, PROV.wasAssociatedWith))
        assert any((a, RDF.type, PROV.SoftwareAgent) in graph for a in agents)
        assert isinstance(graph.value(claim, NEG.extractionRule), Literal)
        confidence = graph.value(claim, NEG.confidence)
        assert isinstance(confidence, Literal)
        assert confidence.datatype == XSD.decimal
    reviewed = dataset.graph(URIRef("https://w3id.org/negkg/graph/article/energy-pause-call-de"))
    assert not list(reviewed.subject_objects(NEG.extractionRule))
    assert not list(reviewed.subject_objects(NEG.confidence))


def test_shapes_reject_extraction_under_a_reviewed_run() -> None:
    gold = _gold("trade-truce-90-days-de")
    draft = parse_article(gold.article, article_id="t")
    dataset = kg.build_dataset([draft])
    union = Graph()
    for quad in dataset.quads():
        union.add(quad[:3])
    shapes = kg.load_shapes()
    conforms, _, text = validate(union, shacl_graph=shapes, inference="none")
    assert conforms, text
    run = URIRef("https://w3id.org/negkg/id/article/t/annotation")
    union.set((run, NEG.annotationStatus, concept_iri(AnnotationStatus.reviewed)))
    conforms, _, text = validate(union, shacl_graph=shapes, inference="none")
    assert not conforms
    assert "must be generated by a draft annotation run" in str(text)
