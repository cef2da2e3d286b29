"""References to facts in a projection, with the evidence behind them, and fact lookup.

Every answer of the analysis modules names its facts by a :class:`FactRef`: the fact's
id, article and kind, who says so, and the evidence quotes — so an answer can always be
checked against the article text.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from kg.errors import GraphError

__all__ = [
    "FactRef",
    "PartyTree",
    "Quote",
    "fact_ref",
    "find_fact_nodes",
    "party_sides",
    "source_of",
    "sources",
    "targets",
]


@dataclass(frozen=True, slots=True)
class Quote:
    """An evidence quote: the exact words and where they stand in which article."""

    quote: str
    article: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FactRef:
    """A fact of the projection: what it is, where it comes from, who says so, and the quotes.

    ``source`` is who says so in words: the ``said_by`` parties joined by ``+``, or
    ``outlet <name>`` when the article says it in its own voice.
    """

    node: str
    id: str
    kind: str
    article: str | None
    label: str
    said_by: tuple[str, ...]
    source: str
    evidence: tuple[Quote, ...]


def source_of(G: nx.MultiDiGraph[str], node: str) -> str:
    """Return who says fact ``node``: its ``said_by`` parties, or the article's outlet.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(articles={"a": {"outlet": "Baltic Wire"}})
    >>> G.add_node("x", said_by=[], article="a")
    >>> source_of(G, "x")
    'outlet Baltic Wire'
    """
    attrs = G.nodes[node]
    if attrs.get("said_by"):
        return "+".join(attrs["said_by"])
    info = G.graph.get("articles", {}).get(attrs.get("article"), {})
    return f"outlet {info.get('outlet') or attrs.get('article') or '?'}"


def fact_ref(G: nx.MultiDiGraph[str], node: str) -> FactRef:
    """Return the :class:`FactRef` of ``node``: id, kind, article, source and quotes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(articles={"a": {"outlet": "Alpenpost"}})
    >>> G.add_node("n", id="x", kind="position", article="a", label="x", said_by=["kremlin"],
    ...            evidence=[{"quote": "Q", "start": 0, "end": 1, "article": "a"}])
    >>> ref = fact_ref(G, "n")
    >>> ref.source, ref.evidence[0].quote
    ('kremlin', 'Q')
    """
    attrs = G.nodes[node]
    return FactRef(
        node=node,
        id=str(attrs.get("id")),
        kind=str(attrs.get("kind")),
        article=attrs.get("article"),
        label=str(attrs.get("label") or attrs.get("id")),
        said_by=tuple(attrs.get("said_by") or ()),
        source=source_of(G, node),
        evidence=tuple(
            Quote(quote=e["quote"], article=e.get("article"), start=e["start"], end=e["end"])
            for e in attrs.get("evidence") or ()
        ),
    )


def find_fact_nodes(
    G: nx.MultiDiGraph[str], fact: str, *, kinds: Iterable[str], article: str | None = None
) -> list[str]:
    """Return the nodes of the fact ``fact`` (an id or an IRI), one per article it occurs in.

    Raises
    ------
    GraphError
        If no fact of ``kinds`` has that id (in ``article``); the message names close ids.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("iri-1", id="us-energy-pause", kind="proposal", article="a")
    >>> find_fact_nodes(G, "us-energy-pause", kinds=["proposal"])
    ['iri-1']
    >>> find_fact_nodes(G, "us-energy-paus", kinds=["proposal"])
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: no proposal with id 'us-energy-paus'; did you mean us-energy-pause? ...
    """
    wanted = set(kinds)
    pool = [
        (n, a)
        for n, a in G.nodes(data=True)
        if a.get("kind") in wanted and (article is None or a.get("article") == article)
    ]
    found = sorted(n for n, a in pool if fact in (n, a.get("id")))
    if found:
        return found
    ids = sorted({str(a.get("id")) for _, a in pool})
    close = difflib.get_close_matches(fact, ids, n=5, cutoff=0.5)
    where = f" in article '{article}'" if article else ""
    what = "/".join(sorted(wanted))
    hint = f"did you mean {', '.join(close)}? " if close else ""
    sample = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
    raise GraphError(
        f"no {what} with id '{fact}'{where}; {hint}known ids ({len(ids)}): {sample or 'none'}"
    )


class PartyTree:
    """Who acts for whom among a projection's parties, read once and answered from memory.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    """

    def __init__(self, G: nx.MultiDiGraph[str]) -> None:
        self.up: dict[str, list[str]] = {}
        self.below: dict[str, list[str]] = {}
        for _, a in G.nodes(data=True):
            if a.get("kind") == "party":
                self.up[str(a["id"])] = list(a.get("acts_for") or [])
                for above in a.get("acts_for") or []:
                    self.below.setdefault(above, []).append(str(a["id"]))
        self._speakers: dict[str, frozenset[str]] = {}
        self._sides: dict[str, tuple[str, ...]] = {}

    def acting_for(self, party: str) -> frozenset[str]:
        """Return ``party`` and every party that acts for it, directly or through others."""
        if party not in self._speakers:
            self._speakers[party] = frozenset(_closure(party, self.below))
        return self._speakers[party]

    def sides(self, party: str) -> tuple[str, ...]:
        """Return the parties ``party`` ultimately acts for (itself if it acts for no one)."""
        if party not in self._sides:
            reach = _closure(party, self.up)
            roots = sorted(p for p in reach if not self.up.get(p))
            self._sides[party] = tuple(roots) or (party,)
        return self._sides[party]


def _closure(start: str, links: dict[str, list[str]]) -> set[str]:
    out, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current not in out:
            out.add(current)
            todo.extend(links.get(current, []))
    return out


def party_sides(G: nx.MultiDiGraph[str], party: str) -> tuple[str, ...]:
    """Return the parties ``party`` ultimately acts for (itself if it acts for no one).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", id="vladimir-putin", kind="party", acts_for=["kremlin"])
    >>> G.add_node("k", id="kremlin", kind="party", acts_for=["russia"])
    >>> party_sides(G, "vladimir-putin")
    ('russia',)
    """
    return PartyTree(G).sides(party)


def targets(G: nx.MultiDiGraph[str], node: str, relation: str) -> list[str]:
    """Return the targets of ``node``'s edges of ``relation``, sorted.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("c", "k", key="antecedent")
    'antecedent'
    >>> targets(G, "c", "antecedent"), sources(G, "k", "antecedent")
    (['k'], ['c'])
    """
    return sorted({v for _, v, key in G.out_edges(node, keys=True) if key == relation})


def sources(G: nx.MultiDiGraph[str], node: str, relation: str) -> list[str]:
    """Return the nodes with an edge of ``relation`` to ``node``, sorted."""
    return sorted({u for u, _, key in G.in_edges(node, keys=True) if key == relation})
