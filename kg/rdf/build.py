"""Annotation models → RDF: one named graph per article plus the party registry.

The mapping is the table in ``ontology/README.md``. IRIs are minted from ids only, and no
blank nodes are used, so building the same annotation twice gives the same triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from kg.codes import ConditionKind, PartyKind
from kg.errors import AnnotationError, Problem
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import (
    Agreement,
    Annotation,
    Commitment,
    Condition,
    Evidence,
    Fact,
    Interaction,
    Party,
    Position,
    Proposal,
    Term,
    iter_references,
)
from kg.namespace import (
    DATA,
    NEG,
    OA,
    WIKIDATA,
    article_graph_iri,
    article_iri,
    bind_prefixes,
    concept_iri,
    party_iri,
    process_iri,
    reference_iri,
    registry_graph_iri,
    slug,
)

__all__ = [
    "QUOTE_CONTEXT",
    "add_annotation",
    "annotation_to_graph",
    "build_dataset",
    "fact_iri",
    "party_to_graph",
    "remove_annotation",
]

#: Characters of context kept before and after a quote in ``oa:prefix``/``oa:suffix``.
QUOTE_CONTEXT = 32

PARTY_CLASS: dict[PartyKind, URIRef] = {
    PartyKind.state: NEG.State,
    PartyKind.government_body: NEG.GovernmentBody,
    PartyKind.person: NEG.Person,
    PartyKind.organisation: NEG.Organisation,
    PartyKind.group: NEG.PartyGroup,
    PartyKind.armed_group: NEG.ArmedGroup,
}
CONDITION_CLASS: dict[ConditionKind, URIRef] = {
    ConditionKind.reciprocity: NEG.ReciprocityCondition,
    ConditionKind.precondition: NEG.Precondition,
    ConditionKind.demand: NEG.Demand,
}
FACT_CLASS: dict[type[Fact], URIRef] = {
    Interaction: NEG.Interaction,
    Proposal: NEG.Proposal,
    Commitment: NEG.Commitment,
    Condition: NEG.Condition,
    Position: NEG.Position,
    Agreement: NEG.Agreement,
}
#: IRI path segment of each fact class: ``{article}/{segment}/{id}``.
FACT_SEGMENT: dict[type[Fact], str] = {
    Interaction: "interaction",
    Proposal: "proposal",
    Commitment: "commitment",
    Condition: "condition",
    Position: "position",
    Agreement: "agreement",
}


def fact_iri(article_id: str, fact: Fact) -> URIRef:
    """Return the IRI of ``fact`` in the article ``article_id``."""
    return URIRef(f"{article_iri(article_id)}/{FACT_SEGMENT[type(fact)]}/{fact.id}")


def party_to_graph(party: Party, graph: Graph) -> None:
    """Add the triples describing ``party`` to ``graph``."""
    node = party_iri(party.id)
    for cls in (NEG.Party, PROV.Agent, PARTY_CLASS[party.kind]):
        graph.add((node, RDF.type, cls))
    if party.kind is PartyKind.person:
        graph.add((node, RDF.type, PROV.Person))
    elif party.kind is not PartyKind.group:
        graph.add((node, RDF.type, PROV.Organization))
    graph.add((node, RDFS.label, Literal(party.name_en, lang="en")))
    graph.add((node, RDFS.label, Literal(party.name_de, lang="de")))
    for alias in party.aliases_en:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    for alias in party.aliases_de:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="de")))
    if party.wikidata is not None:
        graph.add((node, SDO.sameAs, WIKIDATA[party.wikidata]))
    for other in party.acts_for:
        graph.add((node, PROV.actedOnBehalfOf, party_iri(other)))
    for member in party.members:
        graph.add((node, ORG.hasMember, party_iri(member)))
    if party.description is not None:
        graph.add((node, DCTERMS.description, Literal(party.description)))


class _ArticleBuilder:
    """Writes one annotation into one graph; holds the article's IRIs while it does."""

    def __init__(self, annotation: Annotation, graph: Graph) -> None:
        self.annotation = annotation
        self.graph = graph
        self.article = article_iri(annotation.id)
        self.activity = URIRef(f"{self.article}/annotation")
        self.lang = annotation.article.language.value
        self.text = annotation.article.text
        self.ids: dict[str, URIRef] = {
            fact.id: fact_iri(annotation.id, fact) for fact in annotation.facts()
        }

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def opt(self, s: URIRef, p: URIRef, value: object | None) -> None:
        if value is not None:
            self.add(s, p, Literal(value))

    def parties(self, s: URIRef, p: URIRef, ids: Iterable[str]) -> None:
        for party_id in ids:
            self.add(s, p, party_iri(party_id))

    def refs(self, s: URIRef, p: URIRef, ids: Iterable[str | None]) -> None:
        for fact_id in ids:
            if fact_id is not None:
                self.add(s, p, self.ids[fact_id])

    def build(self) -> None:
        a = self.annotation
        art = a.article
        node = self.article
        for cls in (NEG.Article, SDO.NewsArticle, PROV.Entity):
            self.add(node, RDF.type, cls)
        self.add(node, SDO.identifier, Literal(a.id))
        self.add(node, SDO.headline, Literal(art.title, lang=self.lang))
        outlet = DATA[f"outlet/{slug(art.outlet)}"]
        self.add(node, SDO.publisher, outlet)
        self.add(outlet, RDF.type, SDO.Organization)
        self.add(outlet, RDF.type, PROV.Agent)
        self.add(outlet, SDO.name, Literal(art.outlet))
        if art.url is not None:
            self.add(node, SDO.url, Literal(art.url, datatype=XSD.anyURI))
        self.add(node, SDO.datePublished, Literal(art.published, datatype=XSD.date))
        self.add(node, SDO.inLanguage, Literal(self.lang))
        self.opt(node, SDO.author, art.author)
        self.add(node, SDO.text, Literal(art.text, lang=self.lang))

        act = self.activity
        self.add(act, RDF.type, NEG.AnnotationActivity)
        self.add(act, RDF.type, PROV.Activity)
        self.add(act, PROV.used, node)
        self.add(act, NEG.annotationStatus, concept_iri(a.status))
        if a.annotator is not None:
            agent = DATA[f"agent/{slug(a.annotator)}"]
            self.add(act, PROV.wasAssociatedWith, agent)
            self.add(agent, RDF.type, PROV.Agent)
            self.add(agent, RDFS.label, Literal(a.annotator))
        if a.generator is not None:
            software = DATA[f"software/{slug(a.generator)}"]
            self.add(act, PROV.wasAssociatedWith, software)
            self.add(software, RDF.type, PROV.SoftwareAgent)
            self.add(software, RDF.type, PROV.Agent)
            self.add(software, RDFS.label, Literal(a.generator))

        for party in a.parties:
            party_to_graph(party, self.graph)
            self.add(party_iri(party.id), DCTERMS.source, node)
        for process in a.processes:
            p = process_iri(process.id)
            self.add(p, RDF.type, NEG.NegotiationProcess)
            self.add(p, RDF.type, PROV.Activity)
            self.add(p, RDFS.label, Literal(process.label))
            self.add(p, DCTERMS.source, node)
            if process.part_of is not None:
                self.add(process_iri(process.part_of), NEG.hasTrack, p)

        for section in (
            a.interactions,
            a.proposals,
            a.commitments,
            a.conditions,
            a.positions,
            a.agreements,
        ):
            for position, fact in enumerate(section):
                self.fact(fact, position)

    def fact(self, fact: Fact, position: int) -> None:
        node = self.ids[fact.id]
        self.add(node, RDF.type, NEG.Fact)
        self.add(node, RDF.type, FACT_CLASS[type(fact)])
        self.add(node, SDO.position, Literal(position))
        self.opt(node, RDFS.label, fact.label)
        if fact.refers_to is not None:
            self.add(node, PROV.specializationOf, reference_iri(fact.refers_to))
        self.opt(node, SKOS.editorialNote, fact.note)
        self.claim(fact, node)
        if isinstance(fact, Interaction):
            self.interaction(fact, node)
        elif isinstance(fact, Proposal):
            self.proposal(fact, node)
        elif isinstance(fact, Commitment):
            self.commitment(fact, node)
        elif isinstance(fact, Condition):
            self.condition(fact, node)
        elif isinstance(fact, Position):
            self.position(fact, node)
        elif isinstance(fact, Agreement):
            self.agreement(fact, node)

    def claim(self, fact: Fact, node: URIRef) -> None:
        claim = URIRef(f"{node}/claim")
        self.add(claim, RDF.type, NEG.Claim)
        self.add(claim, RDF.type, PROV.Entity)
        self.add(claim, NEG.claimAbout, node)
        self.add(claim, PROV.wasDerivedFrom, self.article)
        self.add(claim, PROV.wasGeneratedBy, self.activity)
        self.parties(claim, PROV.wasAttributedTo, fact.said_by)
        self.add(claim, NEG.modality, concept_iri(fact.modality))
        if fact.cue is not None:
            self.add(claim, NEG.cue, Literal(fact.cue, lang=self.lang))
        if fact.extraction is not None:
            self.add(claim, NEG.extractionRule, Literal(fact.extraction.rule))
            self.add(claim, NEG.confidence, Literal(Decimal(str(fact.extraction.confidence))))
        for i, evidence in enumerate(fact.evidence):
            self.evidence(evidence, f"{node}/evidence/{i}", claim, i)

    def evidence(self, evidence: Evidence, base: str, claim: URIRef, index: int) -> None:
        if evidence.start is None or evidence.end is None:
            raise AnnotationError(
                [
                    Problem(
                        f"evidence '{evidence.quote}' has no offsets; load annotations "
                        "with kg.annotation.read_annotation, which locates quotes"
                    )
                ]
            )
        node, target = URIRef(base), URIRef(f"{base}/target")
        quote, span = URIRef(f"{base}/quote"), URIRef(f"{base}/span")
        self.add(node, RDF.type, OA.Annotation)
        self.add(node, OA.motivatedBy, NEG.evidencing)
        self.add(node, OA.hasBody, claim)
        self.add(node, OA.hasTarget, target)
        self.add(node, SDO.position, Literal(index))
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.article)
        self.add(target, OA.hasSelector, quote)
        self.add(target, OA.hasSelector, span)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(evidence.quote))
        start, end = evidence.start, evidence.end
        self.add(quote, OA.prefix, Literal(self.text[max(0, start - QUOTE_CONTEXT) : start]))
        self.add(quote, OA.suffix, Literal(self.text[end : end + QUOTE_CONTEXT]))
        self.add(span, RDF.type, OA.TextPositionSelector)
        self.add(span, OA.start, Literal(start, datatype=XSD.nonNegativeInteger))
        self.add(span, OA.end, Literal(end, datatype=XSD.nonNegativeInteger))

    def term(self, term: Term, node: URIRef, position: int | None = None) -> None:
        self.add(node, RDF.type, NEG.Term)
        if position is not None:
            self.add(node, SDO.position, Literal(position))
        self.add(node, NEG.actionType, concept_iri(term.action))
        for scope in term.scope:
            self.add(node, NEG.scope, concept_iri(scope))
        self.parties(node, NEG.actor, term.actor)
        self.opt(node, NEG.place, term.place)
        if (term.duration, term.starts, term.ends) != (None, None, None):
            validity = URIRef(f"{node}/validity")
            self.add(node, NEG.validity, validity)
            self.add(validity, RDF.type, TIME.ProperInterval)
            if term.duration is not None:
                self.add(
                    validity, TIME.hasXSDDuration, Literal(term.duration, datatype=XSD.duration)
                )
            for prop, day, name in (
                (TIME.hasBeginning, term.starts, "start"),
                (TIME.hasEnd, term.ends, "end"),
            ):
                if day is not None:
                    instant = URIRef(f"{validity}/{name}")
                    self.add(validity, prop, instant)
                    self.add(instant, RDF.type, TIME.Instant)
                    self.add(instant, TIME.inXSDDate, Literal(day, datatype=XSD.date))
        self.opt(node, NEG.quantity, term.quantity)
        self.opt(node, NEG.unit, term.unit)
        self.opt(node, NEG.phase, term.phase)
        self.opt(node, DCTERMS.description, term.description)

    def interaction(self, fact: Interaction, node: URIRef) -> None:
        self.add(node, RDF.type, PROV.Activity)
        self.add(node, NEG.interactionKind, concept_iri(fact.kind))
        self.parties(node, NEG.participant, fact.participants)
        if fact.date is not None:
            self.add(node, DCTERMS.date, Literal(fact.date, datatype=XSD.date))
        self.opt(node, NEG.dateText, fact.date_text)
        self.opt(node, NEG.place, fact.place)
        self.process(node, fact.process)

    def proposal(self, fact: Proposal, node: URIRef) -> None:
        self.parties(node, NEG.proposedBy, fact.proposed_by)
        self.parties(node, NEG.proposedTo, fact.proposed_to)
        for i, term in enumerate(fact.terms):
            term_node = URIRef(f"{node}/term/{i}")
            self.add(node, NEG.proposesTerm, term_node)
            self.term(term, term_node, i)
        self.refs(node, NEG.madeDuring, [fact.made_during])
        self.refs(node, NEG.counterTo, [fact.counter_to])
        self.process(node, fact.process)

    def commitment(self, fact: Commitment, node: URIRef) -> None:
        if fact.conditions:
            self.add(node, RDF.type, NEG.ConditionalCommitment)
        self.parties(node, NEG.debtor, fact.debtor)
        self.parties(node, NEG.creditor, fact.creditor)
        term_node = URIRef(f"{node}/term")
        self.add(node, NEG.content, term_node)
        self.term(fact.term, term_node)
        self.refs(node, NEG.respondsTo, [fact.responds_to])
        self.refs(node, NEG.antecedent, fact.conditions)
        self.add(node, NEG.conditionLogic, concept_iri(fact.condition_logic))
        self.add(node, NEG.commitmentStatus, concept_iri(fact.status))

    def condition(self, fact: Condition, node: URIRef) -> None:
        self.add(node, RDF.type, CONDITION_CLASS[fact.kind])
        self.parties(node, NEG.imposedBy, fact.imposed_by)
        self.parties(node, NEG.requiredOf, fact.required_of)
        self.refs(node, NEG.mirrors, [fact.mirrors])
        if fact.demands is not None:
            term_node = URIRef(f"{node}/demands")
            self.add(node, NEG.demandsTerm, term_node)
            self.term(fact.demands, term_node)
        self.opt(node, DCTERMS.description, fact.description)

    def position(self, fact: Position, node: URIRef) -> None:
        self.add(node, NEG.heldBy, party_iri(fact.party))
        self.refs(node, NEG.regarding, [fact.regarding])
        self.add(node, NEG.stance, concept_iri(fact.stance))
        self.refs(node, NEG.attachesCondition, fact.conditions)
        self.refs(node, NEG.entailsCommitment, [fact.commitment])

    def agreement(self, fact: Agreement, node: URIRef) -> None:
        self.parties(node, NEG.hasParty, fact.parties)
        self.parties(node, NEG.mediatedBy, fact.mediators)
        self.refs(node, NEG.comprises, fact.commitments)
        self.add(node, NEG.agreementForm, concept_iri(fact.form))
        self.add(node, NEG.agreementStatus, concept_iri(fact.status))
        if fact.date is not None:
            self.add(node, DCTERMS.date, Literal(fact.date, datatype=XSD.date))
        self.refs(node, NEG.reachedDuring, [fact.reached_during])
        self.opt(node, NEG.paxId, fact.pax_id)
        self.process(node, fact.process)

    def process(self, node: URIRef, process_id: str | None) -> None:
        if process_id is not None:
            self.add(node, NEG.inProcess, process_iri(process_id))


def annotation_to_graph(annotation: Annotation, graph: Graph | None = None) -> Graph:
    """Return the RDF of one annotation (its article graph, without the party registry).

    The annotation must have offsets on every evidence span, as
    :func:`kg.annotation.read_annotation` returns it; references are not checked here
    (:func:`build_dataset` checks them).

    Parameters
    ----------
    annotation
        The annotation.
    graph
        Graph to add to; a new one when None.

    Returns
    -------
    rdflib.Graph
        The graph the triples were added to.
    """
    target = bind_prefixes(Graph()) if graph is None else graph
    _ArticleBuilder(annotation, target).build()
    return target


def remove_annotation(dataset: Dataset, article_id: str) -> None:
    """Remove an article's named graph from ``dataset``; nothing else changes."""
    dataset.remove_graph(article_graph_iri(article_id))


def add_annotation(
    dataset: Dataset, annotation: Annotation, *, gazetteer: Gazetteer | None = None
) -> Dataset:
    """Add (or replace) one article's named graph and register the parties it refers to.

    Re-adding an annotation with the same id replaces its graph, so ingesting is
    idempotent.

    Raises
    ------
    AnnotationError
        If the annotation refers to something that does not exist
        (see :func:`kg.annotation.check_annotation`).
    """
    from kg.annotation import check_annotation

    gaz = load_gazetteer() if gazetteer is None else gazetteer
    problems = check_annotation(annotation, gazetteer=gaz)
    if problems:
        raise AnnotationError(
            [
                replace(p, field=f"{annotation.id}: {p.field}" if p.field else annotation.id)
                for p in problems
            ]
        )
    remove_annotation(dataset, annotation.id)
    annotation_to_graph(annotation, dataset.graph(article_graph_iri(annotation.id)))
    registry = dataset.graph(registry_graph_iri())
    local = {party.id for party in annotation.parties}
    wanted = [pid for pid in _party_refs(annotation) if pid not in local]
    for party_id in gaz.closure(wanted):
        party = gaz.get(party_id)
        if party is not None:
            party_to_graph(party, registry)
    return dataset


def build_dataset(
    annotations: Sequence[Annotation], *, gazetteer: Gazetteer | None = None
) -> Dataset:
    """Build a dataset: one named graph per annotation plus the party registry graph.

    Parameters
    ----------
    annotations
        Annotations with distinct ids.
    gazetteer
        Canonical parties; the bundled gazetteer when None.

    Returns
    -------
    rdflib.Dataset
        The dataset, prefixes bound.

    Raises
    ------
    AnnotationError
        If two annotations share an id or one refers to something unknown.
    """
    seen: set[str] = set()
    for annotation in annotations:
        if annotation.id in seen:
            raise AnnotationError(
                [
                    Problem(
                        f"two annotations have the id '{annotation.id}'; "
                        "give each article its own id"
                    )
                ]
            )
        seen.add(annotation.id)
    dataset = Dataset()
    bind_prefixes(dataset)
    for annotation in annotations:
        add_annotation(dataset, annotation, gazetteer=gazetteer)
    return dataset


def _party_refs(annotation: Annotation) -> list[str]:
    return sorted(
        {ref for _, ref, targets in iter_references(annotation) if targets == ("parties",)}
    )
