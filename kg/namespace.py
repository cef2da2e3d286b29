"""Namespaces, ontology terms and IRI minting.

Ontology terms are used only through :data:`NEG`, a :class:`rdflib.namespace.DefinedNamespace`
whose unknown attributes raise, so a typo fails at import or test time instead of minting
a wrong IRI. Code-list values become SKOS concepts through :func:`concept_iri`.

Data IRIs are minted from ids, never from names (see ``ontology/README.md``), so the same
annotation always gives the same graph.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TypeVar

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD
from rdflib.namespace import DefinedNamespace as _DefinedNamespace

from kg.codes import CONCEPT_PREFIX

__all__ = [
    "DATA",
    "GRAPH",
    "NEG",
    "OA",
    "ONTOLOGY_IRI",
    "WIKIDATA",
    "article_graph_iri",
    "article_iri",
    "bind_prefixes",
    "concept_iri",
    "concept_value",
    "ontology_file",
    "party_iri",
    "process_iri",
    "reference_iri",
    "registry_graph_iri",
    "slug",
]


_E = TypeVar("_E", bound=StrEnum)


def _concept_names() -> list[str]:
    return [
        f"{prefix}_{member.value}" for enum, prefix in CONCEPT_PREFIX.items() for member in enum
    ]


class NEG(_DefinedNamespace):
    """The kg negotiation ontology, ``https://w3id.org/negkg/ns#``."""

    _NS = Namespace("https://w3id.org/negkg/ns#")
    _fail = True

    # Classes
    Party: URIRef
    State: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    Organisation: URIRef
    PartyGroup: URIRef
    ArmedGroup: URIRef
    Article: URIRef
    AnnotationActivity: URIRef
    NegotiationProcess: URIRef
    Fact: URIRef
    Interaction: URIRef
    Proposal: URIRef
    Term: URIRef
    Commitment: URIRef
    ConditionalCommitment: URIRef
    Condition: URIRef
    ReciprocityCondition: URIRef
    Precondition: URIRef
    Demand: URIRef
    Position: URIRef
    Agreement: URIRef
    Claim: URIRef

    # Object properties
    annotationStatus: URIRef
    hasTrack: URIRef
    inProcess: URIRef
    claimAbout: URIRef
    modality: URIRef
    interactionKind: URIRef
    participant: URIRef
    proposedBy: URIRef
    proposedTo: URIRef
    proposesTerm: URIRef
    madeDuring: URIRef
    counterTo: URIRef
    actionType: URIRef
    scope: URIRef
    actor: URIRef
    validity: URIRef
    debtor: URIRef
    creditor: URIRef
    content: URIRef
    respondsTo: URIRef
    antecedent: URIRef
    conditionLogic: URIRef
    commitmentStatus: URIRef
    imposedBy: URIRef
    requiredOf: URIRef
    mirrors: URIRef
    demandsTerm: URIRef
    heldBy: URIRef
    regarding: URIRef
    stance: URIRef
    attachesCondition: URIRef
    entailsCommitment: URIRef
    hasParty: URIRef
    mediatedBy: URIRef
    comprises: URIRef
    agreementForm: URIRef
    agreementStatus: URIRef
    reachedDuring: URIRef

    # Datatype properties
    cue: URIRef
    extractionRule: URIRef
    confidence: URIRef
    dateText: URIRef
    place: URIRef
    quantity: URIRef
    unit: URIRef
    phase: URIRef
    paxId: URIRef

    # Individuals
    evidencing: URIRef

    # SKOS concept schemes, one per code list
    ActionTypeScheme: URIRef
    AgreementFormScheme: URIRef
    AgreementStatusScheme: URIRef
    AnnotationStatusScheme: URIRef
    CommitmentStatusScheme: URIRef
    ConditionLogicScheme: URIRef
    InteractionKindScheme: URIRef
    ModalityScheme: URIRef
    ScopeScheme: URIRef
    StanceScheme: URIRef

    _extras = _concept_names()


#: Web Annotation vocabulary (rdflib does not ship it).
OA = Namespace("http://www.w3.org/ns/oa#")
#: Wikidata entities.
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
#: Base of every data IRI kg mints.
DATA = Namespace("https://w3id.org/negkg/id/")
#: Base of named-graph IRIs.
GRAPH = Namespace("https://w3id.org/negkg/graph/")
#: The ontology document's IRI.
ONTOLOGY_IRI = URIRef("https://w3id.org/negkg/ns")

_PREFIXES: dict[str, Namespace | type[_DefinedNamespace]] = {
    "neg": NEG,
    "prov": PROV,
    "oa": OA,
    "time": TIME,
    "skos": SKOS,
    "schema": SDO,
    "org": ORG,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WIKIDATA,
    "kgid": DATA,
    "kggraph": GRAPH,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on ``graph`` (so serialisations are readable) and return it.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["neg"]
    rdflib.term.URIRef('https://w3id.org/negkg/ns#')
    """
    for prefix, namespace in _PREFIXES.items():
        ns = namespace if isinstance(namespace, Namespace) else namespace._NS
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def concept_iri(value: StrEnum) -> URIRef:
    """Return the SKOS concept IRI of a code-list value.

    Examples
    --------
    >>> from kg.codes import Stance
    >>> concept_iri(Stance.accepts_with_conditions)
    rdflib.term.URIRef('https://w3id.org/negkg/ns#stance_accepts_with_conditions')
    """
    return NEG[f"{CONCEPT_PREFIX[type(value)]}_{value.value}"]


def concept_value(enum: type[_E], iri: URIRef) -> _E:
    """Return the code-list value of ``enum`` that ``iri`` names (inverse of :func:`concept_iri`).

    Raises
    ------
    ValueError
        If ``iri`` is not a concept of that code list.

    Examples
    --------
    >>> from kg.codes import Stance
    >>> concept_value(Stance, NEG.stance_rejects)
    <Stance.rejects: 'rejects'>
    """
    prefix = f"{NEG._NS}{CONCEPT_PREFIX[enum]}_"
    if not str(iri).startswith(prefix):
        raise ValueError(f"<{iri}> is not a concept of {enum.__name__}")
    return enum(str(iri)[len(prefix) :])


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Return an IRI-safe, lower-case ASCII slug of ``text`` (for outlets and agents).

    Examples
    --------
    >>> slug("Rhein-Kurier (Zürich)")
    'rhein-kurier-zurich'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", ascii_text.lower()).strip("-") or "unnamed"


def article_iri(article_id: str) -> URIRef:
    """Return the IRI of an article (and the stem of its facts' IRIs)."""
    return DATA[f"article/{article_id}"]


def article_graph_iri(article_id: str) -> URIRef:
    """Return the IRI of an article's named graph."""
    return GRAPH[f"article/{article_id}"]


def registry_graph_iri() -> URIRef:
    """Return the IRI of the party-registry named graph."""
    return GRAPH["registry"]


def party_iri(party_id: str) -> URIRef:
    """Return the IRI of a party."""
    return DATA[f"party/{party_id}"]


def process_iri(process_id: str) -> URIRef:
    """Return the IRI of a negotiation process or track."""
    return DATA[f"process/{process_id}"]


def reference_iri(reference: str) -> URIRef:
    """Return the cross-article IRI that facts with ``refers_to: reference`` specialise."""
    return DATA[f"ref/{reference}"]


def ontology_file(name: str) -> Traversable:
    """Return a file of the bundled ontology folder (``negotiation.ttl``, ``shapes.ttl``)."""
    return resources.files("kg.ontology").joinpath(name)
