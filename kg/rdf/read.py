"""RDF → annotation models: the way back from a dataset built by :mod:`kg.rdf.build`.

Reading is lossless for everything the graph holds: ``read_dataset(build_dataset([a]))``
gives ``[a]`` back, except ``article.text_file`` (a storage detail of the YAML file, not
part of the graph), which comes back as None. Each article is read from its own named
graph; a plain graph (Turtle) holding several articles is read as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Any, TypeVar

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME
from rdflib.term import Node

from kg.codes import (
    ActionType,
    AgreementForm,
    AgreementStatus,
    AnnotationStatus,
    CommitmentStatus,
    ConditionLogic,
    InteractionKind,
    Language,
    Modality,
    Scope,
    Stance,
)
from kg.errors import GraphError
from kg.model import (
    Agreement,
    Annotation,
    Article,
    Commitment,
    Condition,
    Evidence,
    Extraction,
    Interaction,
    Party,
    Position,
    Process,
    Proposal,
    Term,
)
from kg.namespace import DATA, NEG, OA, WIKIDATA, article_iri, concept_value
from kg.rdf.build import CONDITION_CLASS, PARTY_CLASS

__all__ = ["graph_to_annotations", "read_dataset"]

_E = TypeVar("_E", bound=StrEnum)
_PARTY_PREFIX = str(DATA["party/"])
_PROCESS_PREFIX = str(DATA["process/"])
_REF_PREFIX = str(DATA["ref/"])


class _Reader:
    """Reads values of one graph, raising GraphError that names the node and property."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def objects(self, s: Node, p: URIRef) -> list[Node]:
        return sorted(self.graph.objects(s, p), key=str)

    def one(self, s: Node, p: URIRef) -> Node:
        values = self.objects(s, p)
        if len(values) != 1:
            raise GraphError(
                f"<{s}> needs exactly one <{p}>, found {len(values)}; "
                "was the dataset built by kg and left unchanged?"
            )
        return values[0]

    def maybe(self, s: Node, p: URIRef) -> Node | None:
        values = self.objects(s, p)
        if len(values) > 1:
            raise GraphError(f"<{s}> has {len(values)} values for <{p}>; expected at most one")
        return values[0] if values else None

    def text(self, s: Node, p: URIRef) -> str:
        return str(self.one(s, p))

    def opt_text(self, s: Node, p: URIRef) -> str | None:
        value = self.maybe(s, p)
        return None if value is None else str(value)

    def opt_python(self, s: Node, p: URIRef) -> Any:
        value = self.maybe(s, p)
        if value is None:
            return None
        if not isinstance(value, Literal):
            raise GraphError(f"<{s}> <{p}> should be a literal, found <{value}>")
        return value.toPython()

    def code(self, enum: type[_E], s: Node, p: URIRef) -> _E:
        return _concept(enum, self.one(s, p))

    def codes(self, enum: type[_E], s: Node, p: URIRef) -> tuple[_E, ...]:
        return tuple(_concept(enum, v) for v in self.objects(s, p))

    def parties(self, s: Node, p: URIRef) -> tuple[str, ...]:
        return tuple(_local(v, _PARTY_PREFIX) for v in self.objects(s, p))

    def lang_text(self, s: Node, p: URIRef, lang: str) -> str:
        for value in self.objects(s, p):
            if isinstance(value, Literal) and value.language == lang:
                return str(value)
        raise GraphError(f"<{s}> has no <{p}> in language '{lang}'")

    def lang_texts(self, s: Node, p: URIRef, lang: str) -> tuple[str, ...]:
        return tuple(
            str(v) for v in self.objects(s, p) if isinstance(v, Literal) and v.language == lang
        )

    def positioned(self, nodes: list[Node]) -> list[Node]:
        return sorted(nodes, key=lambda n: (int(self.opt_python(n, SDO.position) or 0), str(n)))


def _concept(enum: type[_E], node: Node) -> _E:
    if not isinstance(node, URIRef):
        raise GraphError(f"expected a concept IRI of {enum.__name__}, found '{node}'")
    try:
        return concept_value(enum, node)
    except ValueError as exc:
        raise GraphError(str(exc)) from exc


def _local(node: Node, prefix: str) -> str:
    if not isinstance(node, URIRef) or not str(node).startswith(prefix):
        raise GraphError(f"expected an IRI starting with {prefix}, found <{node}>")
    return str(node)[len(prefix) :]


def _read_party(r: _Reader, node: Node) -> Party:
    kind = next((k for k, cls in PARTY_CLASS.items() if (node, RDF.type, cls) in r.graph), None)
    if kind is None:
        raise GraphError(f"party <{node}> has no kind class (neg:State, neg:Person, …)")
    wikidata = r.maybe(node, SDO.sameAs)
    return Party(
        id=_local(node, _PARTY_PREFIX),
        kind=kind,
        name_en=r.lang_text(node, RDFS.label, "en"),
        name_de=r.lang_text(node, RDFS.label, "de"),
        aliases_en=r.lang_texts(node, SKOS.altLabel, "en"),
        aliases_de=r.lang_texts(node, SKOS.altLabel, "de"),
        wikidata=None if wikidata is None else _local(wikidata, str(WIKIDATA)),
        acts_for=r.parties(node, PROV.actedOnBehalfOf),
        members=r.parties(node, ORG.hasMember),
        description=r.opt_text(node, DCTERMS.description),
    )


def _read_term(r: _Reader, node: Node) -> Term:
    validity = r.maybe(node, NEG.validity)
    duration = starts = ends = None
    if validity is not None:
        duration = r.opt_text(validity, TIME.hasXSDDuration)
        begin, end = r.maybe(validity, TIME.hasBeginning), r.maybe(validity, TIME.hasEnd)
        starts = None if begin is None else r.opt_python(begin, TIME.inXSDDate)
        ends = None if end is None else r.opt_python(end, TIME.inXSDDate)
    return Term(
        action=r.code(ActionType, node, NEG.actionType),
        scope=r.codes(Scope, node, NEG.scope),
        actor=r.parties(node, NEG.actor),
        place=r.opt_text(node, NEG.place),
        duration=duration,
        starts=starts,
        ends=ends,
        quantity=r.opt_python(node, NEG.quantity),
        unit=r.opt_text(node, NEG.unit),
        phase=r.opt_python(node, NEG.phase),
        description=r.opt_text(node, DCTERMS.description),
    )


def _read_evidence(r: _Reader, node: Node) -> Evidence:
    target = r.one(node, OA.hasTarget)
    quote = span = None
    for selector in r.objects(target, OA.hasSelector):
        if (selector, RDF.type, OA.TextQuoteSelector) in r.graph:
            quote = r.text(selector, OA.exact)
        elif (selector, RDF.type, OA.TextPositionSelector) in r.graph:
            span = (r.opt_python(selector, OA.start), r.opt_python(selector, OA.end))
    if quote is None or span is None:
        raise GraphError(f"evidence <{node}> needs a TextQuoteSelector and a TextPositionSelector")
    return Evidence(quote=quote, start=span[0], end=span[1])


def _read_extraction(r: _Reader, claim: Node) -> Extraction | None:
    rule = r.opt_text(claim, NEG.extractionRule)
    confidence = r.opt_python(claim, NEG.confidence)
    if rule is None and confidence is None:
        return None
    if rule is None or confidence is None:
        raise GraphError(
            f"claim <{claim}> needs both neg:extractionRule and neg:confidence, or neither"
        )
    return Extraction(rule=rule, confidence=float(confidence))


class _FactReader:
    """Reads the facts of one article."""

    def __init__(self, r: _Reader, article: URIRef) -> None:
        self.r = r
        self.article = article
        self.stem = f"{article}/"
        graph = r.graph
        # Every fact of the article, found once through the claims derived from it.
        self.facts = [
            r.one(claim, NEG.claimAbout)
            for claim in graph.subjects(PROV.wasDerivedFrom, article)
            if (claim, RDF.type, NEG.Claim) in graph
        ]

    def fact_id(self, node: Node | None) -> str | None:
        if node is None:
            return None
        text = str(node)
        if not text.startswith(self.stem):
            raise GraphError(f"<{node}> is not a fact of article <{self.article}>")
        return text.rsplit("/", 1)[1]

    def fact_ids(self, s: Node, p: URIRef) -> tuple[str, ...]:
        return tuple(str(self.fact_id(v)) for v in self.r.objects(s, p))

    def process(self, node: Node) -> str | None:
        value = self.r.maybe(node, NEG.inProcess)
        return None if value is None else _local(value, _PROCESS_PREFIX)

    def nodes(self, cls: URIRef) -> Iterator[Node]:
        yield from self.r.positioned([f for f in self.facts if (f, RDF.type, cls) in self.r.graph])

    def common(self, node: Node) -> dict[str, Any]:
        r = self.r
        claim = URIRef(f"{node}/claim")
        evidence = r.positioned(list(r.graph.subjects(OA.hasBody, claim)))
        ref = r.maybe(node, PROV.specializationOf)
        return {
            "id": self.fact_id(node),
            "label": r.opt_text(node, RDFS.label),
            "said_by": r.parties(claim, PROV.wasAttributedTo),
            "modality": r.code(Modality, claim, NEG.modality),
            "cue": r.opt_text(claim, NEG.cue),
            "evidence": tuple(_read_evidence(r, e) for e in evidence),
            "refers_to": None if ref is None else _local(ref, _REF_PREFIX),
            "note": r.opt_text(node, SKOS.editorialNote),
            "extraction": _read_extraction(r, claim),
        }

    def interaction(self, node: Node) -> Interaction:
        r = self.r
        return Interaction(
            **self.common(node),
            kind=r.code(InteractionKind, node, NEG.interactionKind),
            participants=r.parties(node, NEG.participant),
            date=r.opt_python(node, DCTERMS.date),
            date_text=r.opt_text(node, NEG.dateText),
            place=r.opt_text(node, NEG.place),
            process=self.process(node),
        )

    def proposal(self, node: Node) -> Proposal:
        r = self.r
        return Proposal(
            **self.common(node),
            proposed_by=r.parties(node, NEG.proposedBy),
            proposed_to=r.parties(node, NEG.proposedTo),
            terms=tuple(_read_term(r, t) for t in r.positioned(r.objects(node, NEG.proposesTerm))),
            made_during=self.fact_id(r.maybe(node, NEG.madeDuring)),
            counter_to=self.fact_id(r.maybe(node, NEG.counterTo)),
            process=self.process(node),
        )

    def commitment(self, node: Node) -> Commitment:
        r = self.r
        return Commitment(
            **self.common(node),
            debtor=r.parties(node, NEG.debtor),
            creditor=r.parties(node, NEG.creditor),
            term=_read_term(r, r.one(node, NEG.content)),
            responds_to=self.fact_id(r.maybe(node, NEG.respondsTo)),
            conditions=self.fact_ids(node, NEG.antecedent),
            condition_logic=r.code(ConditionLogic, node, NEG.conditionLogic),
            status=r.code(CommitmentStatus, node, NEG.commitmentStatus),
        )

    def condition(self, node: Node) -> Condition:
        r = self.r
        kinds = [k for k, cls in CONDITION_CLASS.items() if (node, RDF.type, cls) in r.graph]
        if len(kinds) != 1:
            raise GraphError(
                f"condition <{node}> needs exactly one kind class (neg:ReciprocityCondition, "
                f"neg:Precondition or neg:Demand), found {len(kinds)}"
            )
        kind = kinds[0]
        demands = r.maybe(node, NEG.demandsTerm)
        return Condition(
            **self.common(node),
            kind=kind,
            imposed_by=r.parties(node, NEG.imposedBy),
            required_of=r.parties(node, NEG.requiredOf),
            mirrors=self.fact_id(r.maybe(node, NEG.mirrors)),
            demands=None if demands is None else _read_term(r, demands),
            description=r.opt_text(node, DCTERMS.description),
        )

    def position(self, node: Node) -> Position:
        r = self.r
        return Position(
            **self.common(node),
            party=_local(r.one(node, NEG.heldBy), _PARTY_PREFIX),
            regarding=str(self.fact_id(r.one(node, NEG.regarding))),
            stance=r.code(Stance, node, NEG.stance),
            conditions=self.fact_ids(node, NEG.attachesCondition),
            commitment=self.fact_id(r.maybe(node, NEG.entailsCommitment)),
        )

    def agreement(self, node: Node) -> Agreement:
        r = self.r
        return Agreement(
            **self.common(node),
            parties=r.parties(node, NEG.hasParty),
            mediators=r.parties(node, NEG.mediatedBy),
            commitments=self.fact_ids(node, NEG.comprises),
            form=r.code(AgreementForm, node, NEG.agreementForm),
            status=r.code(AgreementStatus, node, NEG.agreementStatus),
            date=r.opt_python(node, DCTERMS.date),
            reached_during=self.fact_id(r.maybe(node, NEG.reachedDuring)),
            pax_id=r.opt_python(node, NEG.paxId),
            process=self.process(node),
        )


def _read_article(r: _Reader, node: URIRef) -> Annotation:
    g = r.graph
    article_id = r.text(node, SDO.identifier)
    if article_iri(article_id) != node:
        raise GraphError(
            f"article <{node}> has the identifier '{article_id}', which mints another IRI"
        )
    activity = URIRef(f"{node}/annotation")
    annotator = generator = None
    for agent in r.objects(activity, PROV.wasAssociatedWith):
        if (agent, RDF.type, PROV.SoftwareAgent) in g:
            generator = r.text(agent, RDFS.label)
        else:
            annotator = r.text(agent, RDFS.label)
    language = Language(r.text(node, SDO.inLanguage))
    published = r.opt_python(node, SDO.datePublished)
    if not isinstance(published, dt.date):
        raise GraphError(f"article <{node}> needs a schema:datePublished of type xsd:date")
    article = Article(
        title=r.text(node, SDO.headline),
        outlet=r.text(r.one(node, SDO.publisher), SDO.name),
        url=r.opt_text(node, SDO.url),
        published=published,
        language=language,
        author=r.opt_text(node, SDO.author),
        text=r.text(node, SDO.text),
    )
    parties = [
        _read_party(r, p)
        for p in sorted(g.subjects(DCTERMS.source, node), key=str)
        if (p, RDF.type, NEG.Party) in g
    ]
    processes = []
    for p in sorted(g.subjects(DCTERMS.source, node), key=str):
        if (p, RDF.type, NEG.NegotiationProcess) in g:
            parents = list(g.subjects(NEG.hasTrack, p))
            processes.append(
                Process(
                    id=_local(p, _PROCESS_PREFIX),
                    label=r.text(p, RDFS.label),
                    part_of=_local(parents[0], _PROCESS_PREFIX) if parents else None,
                )
            )
    facts = _FactReader(r, node)
    return Annotation(
        id=article_id,
        status=r.code(AnnotationStatus, activity, NEG.annotationStatus),
        annotator=annotator,
        generator=generator,
        article=article,
        parties=tuple(parties),
        processes=tuple(processes),
        interactions=tuple(facts.interaction(n) for n in facts.nodes(NEG.Interaction)),
        proposals=tuple(facts.proposal(n) for n in facts.nodes(NEG.Proposal)),
        commitments=tuple(facts.commitment(n) for n in facts.nodes(NEG.Commitment)),
        conditions=tuple(facts.condition(n) for n in facts.nodes(NEG.Condition)),
        positions=tuple(facts.position(n) for n in facts.nodes(NEG.Position)),
        agreements=tuple(facts.agreement(n) for n in facts.nodes(NEG.Agreement)),
    )


def graph_to_annotations(graph: Graph) -> list[Annotation]:
    """Read every article in one graph back into annotations, in article-id order.

    Raises
    ------
    GraphError
        If the graph lacks something an annotation needs; the message names the node.
    """
    r = _Reader(graph)
    articles = sorted(
        (a for a in graph.subjects(RDF.type, NEG.Article) if isinstance(a, URIRef)), key=str
    )
    try:
        return [_read_article(r, a) for a in articles]
    except (ValueError, TypeError) as exc:
        if isinstance(exc, GraphError):
            raise
        raise GraphError(f"the graph does not describe a valid annotation: {exc}") from exc


def read_dataset(dataset: Dataset | Graph) -> list[Annotation]:
    """Read a dataset built by :func:`kg.rdf.build_dataset` back into annotations.

    Each article is read from its own named graph; for a plain graph, or a dataset whose
    triples all sit in the default graph (as after reading Turtle), the whole graph is read.

    Parameters
    ----------
    dataset
        The dataset (or graph) to read.

    Returns
    -------
    list of Annotation
        One per article, ordered by article id.

    Raises
    ------
    GraphError
        If an article in it lacks something an annotation needs.
    """
    if not isinstance(dataset, Dataset):
        return graph_to_annotations(dataset)
    out: list[Annotation] = []
    for graph in dataset.graphs():
        if (None, RDF.type, NEG.Article) in graph:
            out.extend(graph_to_annotations(graph))
    return sorted(out, key=lambda a: a.id)
