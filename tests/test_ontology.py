"""The ontology (ontology/negotiation.ttl) and the SHACL shapes (ontology/shapes.ttl).

- The code and the ontology agree: every term of :data:`kg.namespace.NEG` is defined, and
  the ontology defines nothing the code does not use, except PLOVER/CAMEO concepts that a
  code-list concept maps to and terms marked ``vs:term_status "reserved"``.
- Every code list of :mod:`kg.codes` is a concept scheme, in the ontology and in the
  shapes' ``sh:in`` lists.
- The shapes are valid SHACL Core, and the hand-written graphs in ``tests/data/shapes``
  conform (``valid/``) or fail with exactly the one violation named on their first line
  (``invalid/``, ``# expect: negsh:PositionShape neg:stance``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from pathlib import Path

import pytest
from pyshacl import validate
from pyshacl.entrypoints import meta_validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from kg.codes import CONCEPT_PREFIX
from kg.model import ID_PATTERN
from kg.namespace import (
    NEG,
    OA,
    ONTOLOGY_IRI,
    article_iri,
    concept_iri,
    ontology_file,
    party_iri,
    process_iri,
)

VS = Namespace("http://www.w3.org/2003/06/sw-vocab-status/ns#")
SDO = Namespace("https://schema.org/")
NEG_NS = str(NEG._NS)
SH_NS = str(SH._NS)
#: The same namespace, open: for the PLOVER/CAMEO terms, which the code never uses.
EXT = Namespace(NEG_NS)

CASES = Path(__file__).parent / "data" / "shapes"
VALID = sorted((CASES / "valid").glob("*.ttl"))
INVALID = sorted((CASES / "invalid").glob("*.ttl"))

#: Prefixes of the concepts that stand for other code systems, not for kg's code lists.
EXTERNAL_CONCEPT = re.compile(r"^(plover|plovermode|ploveraux|cameo)_")
MAPPINGS = (SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)

#: The property whose values come from each code list.
CODE_PROPERTY: dict[str, URIRef] = {
    "AnnotationStatus": NEG.annotationStatus,
    "Modality": NEG.modality,
    "InteractionKind": NEG.interactionKind,
    "ActionType": NEG.actionType,
    "Scope": NEG.scope,
    "ConditionLogic": NEG.conditionLogic,
    "Stance": NEG.stance,
    "CommitmentStatus": NEG.commitmentStatus,
    "AgreementForm": NEG.agreementForm,
    "AgreementStatus": NEG.agreementStatus,
}

PLOVER_EVENT_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


@cache
def ontology() -> Graph:
    return Graph().parse(data=ontology_file("negotiation.ttl").read_text("utf-8"), format="turtle")


@cache
def shapes() -> Graph:
    return Graph().parse(data=ontology_file("shapes.ttl").read_text("utf-8"), format="turtle")


def code_terms() -> set[URIRef]:
    """C: every term the code may use, as kg.namespace.NEG declares them."""
    names = {name for name in NEG.__annotations__ if not name.startswith("_")}
    names.update(NEG._extras)
    terms = {EXT[name] for name in names}
    assert all(term in NEG for term in terms)
    return terms


def neg_iris(nodes: Iterable[Node]) -> set[URIRef]:
    return {n for n in nodes if isinstance(n, URIRef) and n.startswith(NEG_NS)}


def defined_terms() -> set[URIRef]:
    """O: every neg: IRI the ontology defines (gives a type)."""
    return neg_iris(ontology().subjects(RDF.type, None))


def local(iri: Node) -> str:
    return str(iri)[len(NEG_NS) :]


def langs(graph: Graph, s: URIRef, p: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(s, p) if isinstance(o, Literal)}


# =====================================================================================
#  The ontology
# =====================================================================================


def test_files_parse() -> None:
    assert len(ontology()) > 1000
    assert len(shapes()) > 500


def test_ontology_header() -> None:
    g = ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert not list(g.objects(None, OWL.imports)), "nothing may be fetched at run time"
    assert g.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license")) is not None
    assert len(list(g.objects(ONTOLOGY_IRI, RDFS.seeAlso))) >= 6


def test_code_uses_only_terms_the_ontology_defines() -> None:
    missing = code_terms() - defined_terms()
    assert not missing, f"the code uses terms the ontology does not define: {sorted(missing)}"


def test_ontology_defines_only_terms_something_uses() -> None:
    g = ontology()
    code = code_terms()
    mapped = {o for s in code for p in MAPPINGS for o in g.objects(s, p)}
    reserved = set(g.subjects(VS.term_status, Literal("reserved")))
    external_schemes = {
        g.value(c, SKOS.inScheme) for c in defined_terms() if EXTERNAL_CONCEPT.match(local(c))
    }
    unused = []
    for term in sorted(defined_terms() - code):
        if term in reserved:
            continue
        if EXTERNAL_CONCEPT.match(local(term)) and term in mapped:
            continue
        if term in external_schemes:  # PLOVER/CAMEO schemes holding those concepts
            continue
        unused.append(term)
    assert not unused, f"the ontology defines terms nothing uses: {unused}"


def test_reserved_terms_say_why_they_are_kept() -> None:
    g = ontology()
    reserved = list(g.subjects(VS.term_status, Literal("reserved")))
    assert reserved
    for term in reserved:
        assert EXTERNAL_CONCEPT.match(local(term)), f"{term}: only PLOVER/CAMEO terms are reserved"
        assert "Kept" in str(g.value(term, RDFS.comment)), f"{term}: say why it is kept"


def test_every_neg_iri_mentioned_is_defined() -> None:
    g = ontology()
    mentioned = neg_iris(g.subjects()) | neg_iris(g.objects())
    undefined = mentioned - defined_terms()
    assert not undefined, f"the ontology refers to undefined terms (typos?): {sorted(undefined)}"


def test_every_term_is_labelled_and_explained() -> None:
    g = ontology()
    code = code_terms()
    for term in sorted(defined_terms()):
        assert g.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term
        if (term, RDF.type, SKOS.Concept) in g:
            assert "en" in langs(g, term, SKOS.prefLabel), f"{term}: no skos:prefLabel @en"
            assert "en" in langs(g, term, SKOS.definition), f"{term}: no skos:definition @en"
            if g.value(term, SKOS.inScheme) is not None:  # code lists keep their codes
                assert g.value(term, SKOS.notation) is not None, f"{term}: no skos:notation"
            if term in code:
                assert "de" in langs(g, term, SKOS.prefLabel), f"{term}: no skos:prefLabel @de"
        else:
            assert {"en", "de"} <= langs(g, term, RDFS.label), f"{term}: rdfs:label @en and @de"
            assert "en" in langs(g, term, RDFS.comment), f"{term}: no rdfs:comment @en"


def test_classes_and_properties_are_typed_for_owl() -> None:
    g = ontology()
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme}
    for term in code_terms() - {NEG.evidencing}:
        if EXTERNAL_CONCEPT.match(local(term)) or (term, RDF.type, SKOS.Concept) in g:
            continue
        assert kinds & set(g.objects(term, RDF.type)), term
    props = set(g.subjects(RDF.type, OWL.ObjectProperty))
    props |= set(g.subjects(RDF.type, OWL.DatatypeProperty))
    for prop in neg_iris(props):
        assert g.value(prop, RDFS.domain) is not None, f"{prop}: no rdfs:domain"
        assert g.value(prop, RDFS.range) is not None, f"{prop}: no rdfs:range"


def test_reused_standards_are_built_on() -> None:
    g = ontology()
    prov = Namespace("http://www.w3.org/ns/prov#")
    expected = [
        (NEG.Party, prov.Agent),
        (NEG.Person, NEG.Party),
        (NEG.Person, prov.Person),
        (NEG.Organisation, prov.Organization),
        (NEG.Article, SDO.NewsArticle),
        (NEG.Article, prov.Entity),
        (NEG.Claim, prov.Entity),
        (NEG.Interaction, prov.Activity),
        (NEG.Interaction, NEG.Fact),
        (NEG.AnnotationActivity, prov.Activity),
        (NEG.NegotiationProcess, prov.Activity),
        (NEG.ConditionalCommitment, NEG.Commitment),
        (NEG.ReciprocityCondition, NEG.Condition),
        (NEG.Precondition, NEG.Condition),
        (NEG.Demand, NEG.Condition),
    ]
    for sub, sup in expected:
        assert (sub, RDFS.subClassOf, sup) in g, f"{sub} ⊑ {sup}"
    assert (NEG.evidencing, RDF.type, OA.Motivation) in g
    assert (NEG.evidencing, SKOS.broader, OA.linking) in g


@pytest.mark.parametrize("enum", list(CONCEPT_PREFIX), ids=lambda e: e.__name__)
def test_code_list_is_a_concept_scheme(enum: type[StrEnum]) -> None:
    g = ontology()
    scheme = EXT[f"{enum.__name__}Scheme"]
    assert scheme in NEG, f"kg.namespace.NEG lacks {enum.__name__}Scheme"
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    expected = {concept_iri(member) for member in enum}
    assert set(g.subjects(SKOS.inScheme, scheme)) == expected
    for member in enum:
        concept = concept_iri(member)
        assert (concept, RDF.type, SKOS.Concept) in g
        assert (concept, SKOS.topConceptOf, scheme) in g
        assert g.value(concept, SKOS.notation) == Literal(member.value)


def test_plover_and_cameo_keep_their_codes() -> None:
    g = ontology()
    events = set(g.subjects(SKOS.inScheme, EXT.PloverEventScheme))
    assert {str(g.value(e, SKOS.notation)) for e in events} == PLOVER_EVENT_TYPES
    for scheme, pattern in [
        (EXT.PloverEventScheme, r"plover_[A-Z]+"),
        (EXT.PloverModeScheme, r"plovermode_[a-z-]+"),
        (EXT.PloverAuxModeScheme, r"ploveraux_[a-z]+"),
        (EXT.CameoScheme, r"cameo_[0-9]{2,4}"),
    ]:
        assert g.value(scheme, URIRef("http://purl.org/dc/terms/source")) is not None
        concepts = set(g.subjects(SKOS.inScheme, scheme))
        assert concepts, scheme
        for concept in concepts:
            assert re.fullmatch(pattern, local(concept)), concept
            assert local(concept).split("_", 1)[1] == str(g.value(concept, SKOS.notation))


def test_seed_mappings() -> None:
    g = ontology()

    def maps(concept: URIRef) -> set[Node]:
        return {o for p in MAPPINGS for o in g.objects(concept, p)}

    assert {EXT.plover_CONSULT, EXT.plovermode_phone, EXT.cameo_041} <= maps(
        NEG.interaction_phone_call
    )
    assert {EXT.plover_REJECT, EXT.cameo_127} <= maps(NEG.stance_rejects)
    assert EXT.plover_AGREE in maps(NEG.stance_accepts)
    assert {EXT.plover_AGREE, EXT.plover_REQUEST} <= maps(NEG.stance_accepts_with_conditions)
    assert {EXT.cameo_0871, EXT.plovermode_ceasefire} <= maps(NEG.action_ceasefire)
    assert EXT.cameo_1622 in maps(NEG.action_halt_arms_deliveries)
    assert EXT.ploveraux_negation in maps(NEG.modality_denied)


# =====================================================================================
#  The shapes
# =====================================================================================


def test_shapes_are_valid_shacl() -> None:
    conforms, _, text = meta_validate(shapes())
    assert conforms, text


def test_shapes_are_shacl_core_only() -> None:
    g = shapes()
    for p in (SH.sparql, SH.select, SH.ask, SH.js, SH.rule, SH.target):
        assert not list(g.subject_objects(p)), f"{p} is not SHACL Core"


def test_shapes_only_use_terms_the_ontology_defines() -> None:
    g = shapes()
    mentioned = neg_iris(g.subjects()) | neg_iris(g.objects())
    undefined = mentioned - defined_terms()
    assert not undefined, f"the shapes use undefined terms (typos?): {sorted(undefined)}"


_SHAPE_META = {
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.property,
    SH.name, SH.description, SH.message, SH.severity, SH.deactivated, SH.order, SH.group,
}  # fmt: skip


def test_every_shape_is_named_and_explains_its_failures() -> None:
    g = shapes()
    named = [
        s
        for s in set(g.subjects(RDF.type, SH.NodeShape))
        | set(g.subjects(RDF.type, SH.PropertyShape))
        if isinstance(s, URIRef)
    ]
    assert len(named) > 50
    for shape in named:
        assert "en" in langs(g, shape, SH.name), f"{shape}: no sh:name"
        assert "en" in langs(g, shape, SH.description), f"{shape}: no sh:description"
        own_constraints = {
            p for p in g.predicates(shape) if str(p).startswith(SH_NS) and p not in _SHAPE_META
        }
        if (shape, RDF.type, SH.PropertyShape) in g or own_constraints - {SH.path}:
            assert "en" in langs(g, shape, SH.message), f"{shape}: no sh:message"
    # every property shape is named (so reports say which rule failed)
    for prop_shape in g.objects(None, SH.property):
        assert isinstance(prop_shape, URIRef), "name property shapes negsh:{Class}-{property}"


@pytest.mark.parametrize("enum", list(CONCEPT_PREFIX), ids=lambda e: e.__name__)
def test_shapes_list_exactly_the_code_values(enum: type[StrEnum]) -> None:
    g = shapes()
    path = CODE_PROPERTY[enum.__name__]
    shape_lists = [
        set(Collection(g, lst))
        for shape in g.subjects(SH.path, path)
        if (lst := g.value(shape, SH["in"])) is not None
    ]
    assert shape_lists, f"no sh:in for {path}"
    expected = {concept_iri(member) for member in enum}
    for values in shape_lists:
        assert values == expected, f"sh:in of {path} differs from kg.codes.{enum.__name__}"


# =====================================================================================
#  Data-driven SHACL cases
# =====================================================================================


def test_enough_cases_were_collected() -> None:
    assert len(VALID) >= 3, VALID
    assert len(INVALID) >= 12, INVALID


def run_shapes(path: Path) -> tuple[bool, Graph, str]:
    data = Graph().parse(path, format="turtle")
    conforms, report, text = validate(
        data, shacl_graph=shapes(), ont_graph=None, inference="none", allow_warnings=False
    )
    assert isinstance(report, Graph)
    return bool(conforms), report, str(text)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_case_conforms(path: Path) -> None:
    conforms, _, text = run_shapes(path)
    assert conforms, text


def expectation(path: Path) -> tuple[URIRef, object]:
    """Read ``# expect: negsh:Shape [path]`` from the first line."""
    first = path.read_text("utf-8").splitlines()[0]
    match = re.fullmatch(r"# expect: (\S+)(?: (\S+))?\s*", first)
    assert match, f"{path.name}: first line must be '# expect: negsh:SomeShape [prefix:path]'"
    nm = shapes().namespace_manager
    shape = nm.expand_curie(match.group(1))
    result_path: object = None
    if match.group(2):
        text = match.group(2)
        result_path = (
            ("^", nm.expand_curie(text[1:])) if text.startswith("^") else nm.expand_curie(text)
        )
    return shape, result_path


def same_path(report: Graph, actual: Node | None, expected: object) -> bool:
    if isinstance(expected, tuple):  # ("^", p): an inverse path
        return actual is not None and report.value(actual, SH.inversePath) == expected[1]
    return actual == expected


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_case_fails_as_expected(path: Path) -> None:
    expected_shape, expected_path = expectation(path)
    assert (expected_shape, None, None) in shapes(), f"{expected_shape} is not a shape"
    conforms, report, text = run_shapes(path)
    assert not conforms, f"{path.name} conforms but should fail on {expected_shape}"
    results = list(report.subjects(RDF.type, SH.ValidationResult))
    assert len(results) == 1, f"{path.name} should fail exactly once:\n{text}"
    result = results[0]
    source = report.value(result, SH.sourceShape)
    assert source == expected_shape or (expected_shape, SH.property, source) in shapes(), text
    assert same_path(report, report.value(result, SH.resultPath), expected_path), text
    assert report.value(result, SH.resultMessage) is not None, "every constraint has a message"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_case_is_minted_as_the_spec_says(path: Path) -> None:
    """IRIs follow ontology/README.md, and evidence quotes what its offsets say."""
    g = Graph().parse(path, format="turtle")
    (article,) = g.subjects(RDF.type, NEG.Article)
    article_id = str(g.value(article, SDO.identifier))
    assert article == article_iri(article_id)
    text = str(g.value(article, SDO.text))
    ident = ID_PATTERN.strip("^$")
    segment: dict[Node, str] = {NEG.Interaction: "interaction", NEG.Proposal: "proposal",
               NEG.Commitment: "commitment", NEG.Condition: "condition",
               NEG.Position: "position", NEG.Agreement: "agreement"}  # fmt: skip
    for party in g.subjects(RDF.type, NEG.Party):
        assert party == party_iri(str(party).rsplit("/", 1)[1])
    for process in g.subjects(RDF.type, NEG.NegotiationProcess):
        assert process == process_iri(str(process).rsplit("/", 1)[1])
    assert (URIRef(f"{article}/annotation"), RDF.type, NEG.AnnotationActivity) in g
    for fact in g.subjects(RDF.type, NEG.Fact):
        (kind,) = (segment[c] for c in g.objects(fact, RDF.type) if c in segment)
        assert re.fullmatch(rf"{re.escape(str(article))}/{kind}/{ident}", str(fact)), fact
        claim = URIRef(f"{fact}/claim")
        assert (claim, NEG.claimAbout, fact) in g
        for evidence in g.subjects(OA.hasBody, claim):
            i = int(str(g.value(evidence, SDO.position)))
            assert evidence == URIRef(f"{fact}/evidence/{i}")
            assert g.value(evidence, OA.hasTarget) == URIRef(f"{evidence}/target")
            quote, span = URIRef(f"{evidence}/quote"), URIRef(f"{evidence}/span")
            assert set(g.objects(URIRef(f"{evidence}/target"), OA.hasSelector)) == {quote, span}
            start, end = g.value(span, OA.start), g.value(span, OA.end)
            assert isinstance(start, Literal)
            assert isinstance(end, Literal)
            assert start.datatype == end.datatype == XSD.nonNegativeInteger
            s, e = int(start.toPython()), int(end.toPython())
            assert text[s:e] == str(g.value(quote, OA.exact)), evidence
            assert text[:s].endswith(str(g.value(quote, OA.prefix))), evidence
            assert text[e:].startswith(str(g.value(quote, OA.suffix))), evidence
    for term in g.subjects(RDF.type, NEG.Term):
        assert re.search(r"/(term/[0-9]+|term|demands)$", str(term)), term
        validity = g.value(term, NEG.validity)
        if validity is not None:
            assert validity == URIRef(f"{term}/validity")
