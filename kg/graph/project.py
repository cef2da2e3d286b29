"""The networkx projection of a kg dataset: parties, processes and facts as one multigraph.

:func:`to_networkx` reads the quads of an :class:`rdflib.Dataset` (as built by
:func:`kg.build_dataset` or read by :func:`kg.read_rdf`) and returns a
:class:`networkx.MultiDiGraph` whose nodes are keyed by IRI (as ``str``) and carry plain,
JSON-serialisable attributes; every edge is one ontology relation (``key`` and
``relation`` are the property's local name, ``article`` the article whose graph holds it).

Node attributes present on every node: ``kind``, ``cls``, ``id``, ``label``, ``article``,
``said_by``, ``modality``, ``status``, ``evidence``. Fact nodes add ``cue``,
``refers_to``, ``note``, ``order`` (place in its section), ``published`` (the article's
date), ``date`` (of an interaction or agreement; of the interaction a proposal was made
during), ``terms`` (a list of term dicts) and ``summary`` (the terms in words), and
per kind ``interaction_kind``, ``date_text``, ``place``, ``condition_kind``,
``condition_logic``, ``description``, ``stance``, ``form``, ``pax_id``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, Final

import networkx as nx
from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDFS, SDO, SKOS, TIME
from rdflib.term import Node

from kg.codes import (
    ActionType,
    AgreementForm,
    AgreementStatus,
    CommitmentStatus,
    ConditionLogic,
    InteractionKind,
    Modality,
    Scope,
    Stance,
)
from kg.errors import GraphError
from kg.graph._index import QuadIndex, Terms, code_of, local_id
from kg.namespace import NEG, OA

__all__ = ["FACT_KINDS", "KINDS", "summarize_term", "to_networkx"]

_NEG, _OA, _SDO, _PROV = Terms(NEG), Terms(OA), Terms(SDO), Terms(PROV)
_RDFS, _SKOS, _DCTERMS, _TIME, _ORG = (
    Terms(RDFS),
    Terms(SKOS),
    Terms(DCTERMS),
    Terms(TIME),
    Terms(ORG),
)

#: Kinds of fact node, in the order of an annotation's sections.
FACT_KINDS: Final = ("interaction", "proposal", "commitment", "condition", "position", "agreement")
#: Every node kind of the projection.
KINDS: Final = ("party", "process", *FACT_KINDS)

_FACT_CLASS: Final = {
    "interaction": NEG.Interaction,
    "proposal": NEG.Proposal,
    "commitment": NEG.Commitment,
    "condition": NEG.Condition,
    "position": NEG.Position,
    "agreement": NEG.Agreement,
}
_SUBCLASSES: Final = {
    "commitment": (NEG.ConditionalCommitment,),
    "condition": (NEG.ReciprocityCondition, NEG.Precondition, NEG.Demand),
}
_PARTY_CLASSES: Final = (
    NEG.State,
    NEG.GovernmentBody,
    NEG.Person,
    NEG.Organisation,
    NEG.PartyGroup,
    NEG.ArmedGroup,
)
_CONDITION_KIND: Final = {
    NEG.ReciprocityCondition: "reciprocity",
    NEG.Precondition: "precondition",
    NEG.Demand: "demand",
}
#: Properties of a fact that become edges to other nodes.
_FACT_RELATIONS: Final = (
    NEG.participant,
    NEG.proposedBy,
    NEG.proposedTo,
    NEG.madeDuring,
    NEG.counterTo,
    NEG.debtor,
    NEG.creditor,
    NEG.respondsTo,
    NEG.antecedent,
    NEG.imposedBy,
    NEG.requiredOf,
    NEG.mirrors,
    NEG.heldBy,
    NEG.regarding,
    NEG.attachesCondition,
    NEG.entailsCommitment,
    NEG.hasParty,
    NEG.mediatedBy,
    NEG.comprises,
    NEG.reachedDuring,
    NEG.inProcess,
)


def _relation(prop: URIRef) -> str:
    text = str(prop)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def summarize_term(term: dict[str, Any]) -> str:
    """Return a term (as the projection stores it) in a few readable words.

    Parameters
    ----------
    term
        A term dict from a node's ``terms`` attribute.

    Returns
    -------
    str
        Action, scope, duration, dates, quantity and actor, in that order.

    Examples
    --------
    >>> summarize_term({"action": "halt_attacks", "scope": ["energy_infrastructure"],
    ...                 "duration": "P30D", "actor": ["russia"], "quantity": None})
    'halt_attacks (energy_infrastructure) for P30D by russia'
    """
    parts = [str(term.get("action"))]
    if term.get("scope"):
        parts.append(f"({', '.join(term['scope'])})")
    if term.get("place"):
        parts.append(f"in {term['place']}")
    if term.get("duration"):
        parts.append(f"for {term['duration']}")
    if term.get("starts") or term.get("ends"):
        parts.append(f"from {term.get('starts') or '?'} to {term.get('ends') or '?'}")
    if term.get("quantity") is not None:
        unit = f" {term['unit']}" if term.get("unit") else ""
        parts.append(f"{term['quantity']}{unit}")
    if term.get("phase") is not None:
        parts.append(f"phase {term['phase']}")
    if term.get("actor"):
        parts.append(f"by {', '.join(term['actor'])}")
    return " ".join(parts)


class _Projector:
    """Builds the multigraph from a quad index."""

    def __init__(self, dataset: Dataset) -> None:
        self.index = QuadIndex(dataset)
        self.G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        self.articles: dict[str, dict[str, Any]] = {}

    def build(self) -> nx.MultiDiGraph[str]:
        ix = self.index
        for node in ix.of_type(_NEG.Article):
            article = str(ix.python(node, _SDO.identifier))
            publisher = ix.one(node, _SDO.publisher)
            published = ix.python(node, _SDO.datePublished)
            self.articles[article] = {
                "title": ix.text(node, _SDO.headline),
                "outlet": None if publisher is None else ix.text(publisher, _SDO.name),
                "published": None if published is None else str(published),
                "language": ix.text(node, _SDO.inLanguage),
                "url": ix.text(node, _SDO.url),
            }
        self.G.graph["articles"] = dict(sorted(self.articles.items()))
        for node in ix.of_type(_NEG.Party):
            self._party(node)
        for node in ix.of_type(_NEG.NegotiationProcess):
            self._process(node)
        claims = {str(ix.one(c, _NEG.claimAbout)): c for c in ix.of_type(_NEG.Claim)}
        for node in ix.of_type(_NEG.Fact):
            self._fact(node, claims.get(str(node)))
        for node in ix.of_type(_NEG.Fact):
            self._fact_edges(node, claims.get(str(node)))
        for node in ix.of_type(_NEG.Party):
            for prop in (_PROV.actedOnBehalfOf, _ORG.hasMember):
                self._edges(node, prop)
        for node in ix.of_type(_NEG.NegotiationProcess):
            self._edges(node, _NEG.hasTrack)
        self._dates()
        return self.G

    def _base(self, kind: str, cls: str, ident: str, label: str) -> dict[str, Any]:
        return {
            "kind": kind,
            "cls": cls,
            "id": ident,
            "label": label,
            "article": None,
            "said_by": [],
            "modality": None,
            "status": None,
            "evidence": [],
        }

    def _party(self, node: Node) -> None:
        ix = self.index
        cls = next((c for c in _PARTY_CLASSES if c in ix.types[node]), _NEG.Party)
        ident = local_id(node, "party")
        attrs = self._base(
            "party", _relation(cls), ident, ix.text(node, _RDFS.label, lang="en") or ident
        )
        source = ix.one(node, _DCTERMS.source)
        if source is not None:
            attrs["article"] = str(
                ix.python(source, _SDO.identifier) or local_id(source, "article")
            )
        attrs["label_de"] = ix.text(node, _RDFS.label, lang="de")
        wikidata = ix.one(node, _SDO.sameAs)
        attrs["wikidata"] = None if wikidata is None else str(wikidata).rsplit("/", 1)[-1]
        attrs["acts_for"] = [local_id(o, "party") for o in ix.values(node, _PROV.actedOnBehalfOf)]
        self.G.add_node(str(node), **attrs)

    def _process(self, node: Node) -> None:
        ident = local_id(node, "process")
        label = self.index.text(node, _RDFS.label) or ident
        self.G.add_node(str(node), **self._base("process", "NegotiationProcess", ident, label))

    def _term(self, node: Node) -> dict[str, Any]:
        ix = self.index
        validity = ix.one(node, _NEG.validity)
        starts = ends = duration = None
        if validity is not None:
            duration = ix.text(validity, _TIME.hasXSDDuration)
            begin, end = ix.one(validity, _TIME.hasBeginning), ix.one(validity, _TIME.hasEnd)
            starts = None if begin is None else str(ix.python(begin, _TIME.inXSDDate))
            ends = None if end is None else str(ix.python(end, _TIME.inXSDDate))
        return {
            "action": ix.code(node, _NEG.actionType, ActionType),
            "scope": sorted(
                str(v) for v in (code_of(o, Scope) for o in ix.values(node, _NEG.scope)) if v
            ),
            "actor": [local_id(o, "party") for o in ix.values(node, _NEG.actor)],
            "place": ix.text(node, _NEG.place),
            "duration": duration,
            "starts": starts,
            "ends": ends,
            "quantity": ix.python(node, _NEG.quantity),
            "unit": ix.text(node, _NEG.unit),
            "phase": ix.python(node, _NEG.phase),
            "description": ix.text(node, _DCTERMS.description),
        }

    def _term_nodes(self, node: Node) -> list[Node]:
        ix = self.index
        nodes = [*ix.values(node, _NEG.proposesTerm), *ix.values(node, _NEG.content)]
        nodes += ix.values(node, _NEG.demandsTerm)
        return sorted(nodes, key=lambda n: (ix.python(n, _SDO.position) or 0, str(n)))

    def _evidence(self, claim: Node | None, article: str | None) -> list[dict[str, Any]]:
        ix = self.index
        if claim is None:
            return []
        found: list[tuple[int, dict[str, Any]]] = []
        for annotation in ix.subjects(_OA.hasBody, claim):
            target = ix.one(annotation, _OA.hasTarget)
            quote, start, end = "", 0, 0
            for selector in [] if target is None else ix.values(target, _OA.hasSelector):
                if _OA.TextQuoteSelector in ix.types[selector]:
                    quote = ix.text(selector, _OA.exact) or ""
                elif _OA.TextPositionSelector in ix.types[selector]:
                    start = int(ix.python(selector, _OA.start) or 0)
                    end = int(ix.python(selector, _OA.end) or 0)
            order = int(ix.python(annotation, _SDO.position) or 0)
            found.append((order, {"quote": quote, "start": start, "end": end, "article": article}))
        return [item for _, item in sorted(found, key=lambda pair: pair[0])]

    def _fact(self, node: Node, claim: Node | None) -> None:
        ix = self.index
        types = ix.types[node]
        kind = next((k for k, c in _FACT_CLASS.items() if c in types), None)
        if kind is None:
            raise GraphError(
                f"fact <{node}> has no fact class (neg:Proposal, neg:Commitment, …); "
                "was the dataset built by kg and left unchanged?"
            )
        cls = next((c for c in _SUBCLASSES.get(kind, ()) if c in types), _FACT_CLASS[kind])
        ident = str(node).rsplit("/", 1)[-1]
        article = _article_of_fact(node)
        attrs = self._base(kind, _relation(cls), ident, ix.text(node, _RDFS.label) or "")
        attrs["article"] = article
        if claim is not None:
            attrs["said_by"] = [
                local_id(o, "party") for o in ix.values(claim, _PROV.wasAttributedTo)
            ]
            attrs["modality"] = ix.code(claim, _NEG.modality, Modality)
        attrs["cue"] = None if claim is None else ix.text(claim, _NEG.cue)
        attrs["evidence"] = self._evidence(claim, article)
        ref = ix.one(node, _PROV.specializationOf)
        attrs["refers_to"] = None if ref is None else local_id(ref, "ref")
        attrs["note"] = ix.text(node, _SKOS.editorialNote)
        attrs["order"] = ix.python(node, _SDO.position)
        info = self.articles.get(article or "", {})
        attrs["published"] = info.get("published")
        date = ix.python(node, _DCTERMS.date)
        attrs["date"] = None if date is None else str(date)
        terms = [self._term(t) for t in self._term_nodes(node)]
        attrs["terms"] = terms
        attrs["summary"] = "; ".join(summarize_term(t) for t in terms)
        attrs.update(self._kind_fields(kind, node))
        if not attrs["label"]:
            attrs["label"] = self._derived_label(kind, node, ident, attrs)
        self.G.add_node(str(node), **attrs)

    def _kind_fields(self, kind: str, node: Node) -> dict[str, Any]:
        ix = self.index
        if kind == "interaction":
            return {
                "interaction_kind": ix.code(node, _NEG.interactionKind, InteractionKind),
                "date_text": ix.text(node, _NEG.dateText),
                "place": ix.text(node, _NEG.place),
            }
        if kind == "commitment":
            return {
                "status": ix.code(node, _NEG.commitmentStatus, CommitmentStatus),
                "condition_logic": ix.code(node, _NEG.conditionLogic, ConditionLogic),
            }
        if kind == "condition":
            cls = next((c for c in _CONDITION_KIND if c in ix.types[node]), None)
            return {
                "condition_kind": None if cls is None else _CONDITION_KIND[cls],
                "description": ix.text(node, _DCTERMS.description),
            }
        if kind == "position":
            stance = ix.code(node, _NEG.stance, Stance)
            return {"status": stance, "stance": stance}
        if kind == "agreement":
            return {
                "status": ix.code(node, _NEG.agreementStatus, AgreementStatus),
                "form": ix.code(node, _NEG.agreementForm, AgreementForm),
                "pax_id": ix.python(node, _NEG.paxId),
            }
        return {}

    def _derived_label(self, kind: str, node: Node, ident: str, attrs: dict[str, Any]) -> str:
        ix = self.index
        if kind == "position":
            party = ix.one(node, _NEG.heldBy)
            regarding = ix.one(node, _NEG.regarding)
            who = "?" if party is None else local_id(party, "party")
            what = "?" if regarding is None else str(regarding).rsplit("/", 1)[-1]
            return f"{who} {attrs['stance']} {what}"
        if kind == "interaction":
            who = ", ".join(local_id(o, "party") for o in ix.values(node, _NEG.participant))
            return f"{attrs['interaction_kind']}: {who}" if who else str(attrs["interaction_kind"])
        return str(attrs.get("summary") or ident)

    def _edges(self, node: Node, prop: URIRef, *, relation: str | None = None) -> None:
        name = relation or _relation(prop)
        for target, article in self.index.edges(node, prop):
            if str(target) in self.G:
                self.G.add_edge(str(node), str(target), key=name, relation=name, article=article)

    def _fact_edges(self, node: Node, claim: Node | None) -> None:
        for prop in _FACT_RELATIONS:
            self._edges(node, prop)
        for term in self._term_nodes(node):
            self._edges_from(node, term, _NEG.actor)
        if claim is not None:
            self._edges_from(node, claim, _PROV.wasAttributedTo)

    def _edges_from(self, node: Node, holder: Node, prop: URIRef) -> None:
        name = _relation(prop)
        for target, article in self.index.edges(holder, prop):
            if str(target) in self.G:
                self.G.add_edge(str(node), str(target), key=name, relation=name, article=article)

    def _dates(self) -> None:
        """Give a proposal the date of the interaction it was made during."""
        for node, attrs in self.G.nodes(data=True):
            if attrs["kind"] != "proposal" or attrs["date"] is not None:
                continue
            for _, target, key in self.G.out_edges(node, keys=True):
                if key == "madeDuring":
                    attrs["date"] = self.G.nodes[target]["date"]


def _article_of_fact(node: Node) -> str | None:
    # fact IRIs are …/id/article/{article}/{segment}/{id}
    parts = str(node).split("/")
    return parts[-3] if len(parts) >= 3 and parts[-4] == "article" else None


def _closest(value: str, choices: Iterable[str]) -> str:
    pool = sorted(set(choices))
    close = difflib.get_close_matches(value, pool, n=3, cutoff=0.5)
    if len(pool) <= 12:
        return f"use one of: {', '.join(pool)}"
    hint = f"closest: {', '.join(close)}; " if close else ""
    return f"{hint}{len(pool)} in all (e.g. {', '.join(pool[:5])}, …)"


def _check_options(
    G: nx.MultiDiGraph[str],
    kinds: Iterable[str] | None,
    article: str | None,
    party: str | None,
    radius: int,
) -> tuple[set[str] | None, str | None]:
    wanted = None
    if kinds is not None:
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)
        for kind in sorted(wanted):
            if kind not in KINDS:
                raise GraphError(f"unknown node kind '{kind}'; {_closest(kind, KINDS)}")
    if article is not None and article not in G.graph["articles"]:
        raise GraphError(
            f"unknown article '{article}' in this dataset; {_closest(article, G.graph['articles'])}"
        )
    party_node = None
    if party is not None:
        parties = {a["id"]: n for n, a in G.nodes(data=True) if a["kind"] == "party"}
        if party not in parties:
            raise GraphError(f"unknown party '{party}' in this dataset; {_closest(party, parties)}")
        party_node = parties[party]
    if isinstance(radius, bool) or not isinstance(radius, int) or radius < 0:
        raise GraphError(f"radius must be a whole number ≥ 0, not {radius!r}")
    return wanted, party_node


def to_networkx(
    dataset: Dataset,
    *,
    kinds: Iterable[str] | None = None,
    article: str | None = None,
    party: str | None = None,
    radius: int = 1,
) -> nx.MultiDiGraph[str]:
    """Project a kg dataset onto a networkx multigraph of parties, processes and facts.

    Parameters
    ----------
    dataset
        A dataset as :func:`kg.build_dataset` builds it or :func:`kg.read_rdf` reads it.
    kinds
        Keep only nodes of these kinds (see :data:`KINDS`); all when None.
    article
        Keep only this article's facts and the parties and processes they link to.
    party
        Keep only the neighbourhood of this party (id, e.g. ``"russia"``): nodes within
        ``radius`` steps, edges followed in either direction.
    radius
        Steps from ``party``; ignored without ``party``.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by IRI; ``G.graph["articles"]`` maps article ids to their title,
        outlet, published date, language and URL.

    Raises
    ------
    GraphError
        If a kind, article or party is unknown (the message lists the valid choices), or
        the dataset holds a fact kg cannot read.

    Examples
    --------
    >>> import kg
    >>> path = kg.example_dir() / "energy-pause-call-de.yaml"
    >>> dataset = kg.build_dataset(kg.read_annotations([path]))
    >>> G = kg.to_networkx(dataset)
    >>> node = "https://w3id.org/negkg/id/article/energy-pause-call-de/commitment/russia-energy-pause"
    >>> G.nodes[node]["cls"], G.nodes[node]["status"], G.nodes[node]["said_by"]
    ('ConditionalCommitment', 'conditional', ['kremlin'])
    >>> sorted(key for _, _, key in G.out_edges(node, keys=True))[:3]
    ['antecedent', 'creditor', 'creditor']
    >>> sorted({a["kind"] for _, a in kg.to_networkx(dataset, kinds=["party"]).nodes(data=True)})
    ['party']
    """
    G = _Projector(dataset).build()
    wanted, party_node = _check_options(G, kinds, article, party, radius)
    if article is not None:
        keep = {
            n for n, a in G.nodes(data=True) if a["kind"] in FACT_KINDS and a["article"] == article
        }
        keep |= {
            t for n in keep for t in G.successors(n) if G.nodes[t]["kind"] in ("party", "process")
        }
        G = G.subgraph(keep).copy()
        G.graph["articles"] = {article: G.graph["articles"][article]}
    if party_node is not None:
        if party_node not in G:
            return nx.MultiDiGraph(articles=G.graph["articles"])
        G = nx.ego_graph(G, party_node, radius=radius, undirected=True).copy()
    if wanted is not None:
        G = G.subgraph([n for n, a in G.nodes(data=True) if a["kind"] in wanted]).copy()
    return G
