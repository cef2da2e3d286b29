"""Sources: which facts only one source reports, where sources disagree, who stays silent.

Accounts of the same real-world thing are grouped by ``refers_to`` (within and across
articles). A *source* is who says a fact: its ``said_by`` parties, or the article's outlet
when the outlet says it in its own voice. A *side* is what a source ultimately speaks for
(the Kremlin and Putin both speak for Russia; see :func:`kg.graph.facts.party_sides`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Final

import networkx as nx

from kg.graph.facts import FactRef, PartyTree, fact_ref, source_of, targets

__all__ = [
    "Account",
    "Disagreement",
    "Silence",
    "SourceGroup",
    "find_disagreements",
    "find_silences",
    "find_single_source",
]

_SILENT: Final = ("no_response", "declines_comment")
_FACT_KINDS: Final = ("interaction", "proposal", "commitment", "condition", "agreement")


@dataclass(frozen=True, slots=True)
class SourceGroup:
    """The accounts of one real-world thing (one ``refers_to``) and who gives them."""

    refers_to: str
    facts: tuple[FactRef, ...]
    sources: tuple[str, ...]
    sides: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Account:
    """One source's account in a disagreement: the fact, the value it gives, and its sides.

    ``sides`` are the parties the source ultimately speaks for (``outlet NAME`` for the
    outlet's own voice); two accounts are from different sources when they share none.
    """

    fact: FactRef
    value: str
    source: str
    sides: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Accounts of one thing, by different sources, that conflict on one attribute.

    ``topic`` is the ``refers_to`` of the accounts or, for positions, the ``refers_to``
    (else ``ARTICLE/FACT``) of what they regard; ``holder`` is the party whose position
    it is (None for other facts); ``what`` is the attribute that conflicts ("stance",
    "status" or "modality"). Every account conflicts with at least one other;
    :meth:`pairs` lists which with which.
    """

    topic: str
    holder: str | None
    what: str
    accounts: tuple[Account, ...]

    @property
    def subject(self) -> str:
        """The thing in words: the topic, or ``HOLDER on TOPIC`` for positions."""
        return f"{self.holder} on {self.topic}" if self.holder else self.topic

    def pairs(self) -> list[tuple[Account, Account]]:
        """Return each two accounts that conflict: different sides and conflicting values."""
        return [(a, b) for a, b in combinations(self.accounts, 2) if _conflict(self.what, a, b)]


@dataclass(frozen=True, slots=True)
class Silence:
    """A party that did not answer or declined to comment, and who reports it."""

    party: str
    stance: str
    regarding: FactRef | None
    position: FactRef


def _sides(G: nx.MultiDiGraph[str], node: str, tree: PartyTree) -> set[str]:
    said_by = G.nodes[node].get("said_by") or []
    if not said_by:
        return {source_of(G, node)}
    return {side for party in said_by for side in tree.sides(party)}


def _groups(G: nx.MultiDiGraph[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for node, attrs in G.nodes(data=True):
        if attrs.get("refers_to"):
            groups[str(attrs["refers_to"])].append(node)
    return {ref: sorted(nodes, key=lambda n: _order(G, n)) for ref, nodes in sorted(groups.items())}


def _order(G: nx.MultiDiGraph[str], node: str) -> tuple[str, str, int, str]:
    attrs = G.nodes[node]
    return (
        str(attrs.get("published")),
        str(attrs.get("article")),
        int(attrs.get("order") or 0),
        node,
    )


def find_single_source(G: nx.MultiDiGraph[str], *, by_side: bool = False) -> list[SourceGroup]:
    """Return the things (by ``refers_to``) that only one source reports.

    A source is each party a fact is attributed to (a joint statement by two parties is
    two sources) or, for the outlet's own voice, the outlet. Facts without ``refers_to``
    cannot be matched with other accounts and are left out.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    by_side
        Count sides instead of sources: the Kremlin and Putin are one side (Russia).

    Returns
    -------
    list of SourceGroup
        Sorted by ``refers_to``.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations([kg.example_dir() / name
    ...     for name in ("energy-pause-call-de.yaml", "energy-pause-call-en.yaml")])))
    >>> group = next(g for g in kg.find_single_source(G, by_side=True)
    ...              if g.refers_to == "pow-exchange-175-2025-03-19")
    >>> group.sources, group.sides, group.articles
    (('kremlin', 'vladimir-putin'), ('russia',), ('energy-pause-call-de', 'energy-pause-call-en'))
    """
    out = []
    tree = PartyTree(G)
    for ref, nodes in _groups(G).items():
        sources = sorted({speaker for n in nodes for speaker in _speakers(G, n)})
        sides = sorted({side for n in nodes for side in _sides(G, n, tree)})
        if len(sides if by_side else sources) != 1:
            continue
        out.append(
            SourceGroup(
                refers_to=ref,
                facts=tuple(fact_ref(G, n) for n in nodes),
                sources=tuple(sources),
                sides=tuple(sides),
                articles=tuple(sorted({str(G.nodes[n].get("article")) for n in nodes})),
            )
        )
    return out


def _speakers(G: nx.MultiDiGraph[str], node: str) -> list[str]:
    """Each party a fact is attributed to (a joint statement has several), or the outlet."""
    said_by: list[str] = G.nodes[node]["said_by"]
    return list(said_by) if said_by else [source_of(G, node)]


def _conflict(what: str, a: Account, b: Account) -> bool:
    if set(a.sides) & set(b.sides):
        return False
    if what == "modality":
        return (a.value == "denied") != (b.value == "denied")
    return a.value != b.value


def _things(G: nx.MultiDiGraph[str]) -> dict[tuple[str, str, str | None], list[str]]:
    """Group the facts by the thing they give an account of: (kind, topic, holder)."""
    things: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    for node, attrs in G.nodes(data=True):
        kind = str(attrs.get("kind"))
        if kind == "position":
            for held in targets(G, node, "heldBy"):
                for regarding in targets(G, node, "regarding"):
                    about = G.nodes[regarding]
                    topic = about.get("refers_to") or f"{about.get('article')}/{about.get('id')}"
                    things[(kind, str(topic), str(G.nodes[held]["id"]))].append(node)
        elif kind in _FACT_KINDS and attrs.get("refers_to"):
            things[(kind, str(attrs["refers_to"]), None)].append(node)
    return things


def find_disagreements(G: nx.MultiDiGraph[str]) -> list[Disagreement]:
    """Return where sources disagree: accounts of one thing that conflict.

    The same thing: two positions of the same party on the same proposal, agreement or
    condition (the same fact, or facts with the same ``refers_to``); or two other facts
    of the same kind with the same ``refers_to``. Different sources: the sides the two
    accounts speak for do not overlap (a side is the party a speaker ultimately acts for:
    Putin, the Kremlin and the Russian defence ministry all speak for Russia; the outlet's
    own voice is the outlet's side). Conflict: a different stance (of positions) or
    status (of commitments or agreements), or one account denied and the other not. The
    named SPARQL query ``disagreements`` answers the same question pair by pair.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of Disagreement
        One per thing and conflicting attribute, sorted by topic, holder and attribute;
        its accounts (those that conflict with another) in publication order.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "easter-truce-dispute-en.yaml"])))
    >>> d = next(d for d in kg.find_disagreements(G) if d.subject == "easter-truce-2025.russia")
    >>> [(a.value, a.source) for a in d.accounts]  # doctest: +NORMALIZE_WHITESPACE
    [('expired', 'vladimir-putin'), ('fulfilled', 'russian-defence-ministry'),
     ('violated', 'volodymyr-zelensky')]
    >>> [(a.fact.id, b.fact.id) for a, b in d.pairs()]  # doctest: +NORMALIZE_WHITESPACE
    [('russia-easter-truce', 'russia-easter-truce-violated'),
     ('russia-easter-truce-observed', 'russia-easter-truce-violated')]
    """
    out: list[Disagreement] = []
    tree = PartyTree(G)
    for (kind, topic, holder), nodes in sorted(
        _things(G).items(), key=lambda i: (i[0][1], i[0][2] or "", i[0][0])
    ):
        nodes = sorted(set(nodes), key=lambda n: _order(G, n))
        values = {
            "stance" if kind == "position" else "status": {
                n: str(G.nodes[n]["status"]) for n in nodes if G.nodes[n].get("status")
            },
            "modality": {n: str(G.nodes[n].get("modality")) for n in nodes},
        }
        for what, value in values.items():
            accounts = [
                Account(
                    fact_ref(G, n), value[n], source_of(G, n), tuple(sorted(_sides(G, n, tree)))
                )
                for n in nodes
                if n in value
            ]
            pairs = combinations(range(len(accounts)), 2)
            involved = {
                k for i, j in pairs if _conflict(what, accounts[i], accounts[j]) for k in (i, j)
            }
            if involved:
                kept = tuple(x for i, x in enumerate(accounts) if i in involved)
                out.append(Disagreement(topic=topic, holder=holder, what=what, accounts=kept))
    return out


def find_silences(G: nx.MultiDiGraph[str]) -> list[Silence]:
    """Return every reported silence: no response, or declined to comment.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of Silence
        By article, in annotation order.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> [(s.party, s.regarding.id) for s in kg.find_silences(G) if s.regarding]
    [('ukraine', 'us-energy-pause'), ('white-house', 'pow-exchange-175')]
    """
    out = []
    nodes = [
        n for n, a in G.nodes(data=True) if a["kind"] == "position" and a.get("stance") in _SILENT
    ]
    for node in sorted(nodes, key=lambda n: _order(G, n)):
        held = targets(G, node, "heldBy")
        regarding = targets(G, node, "regarding")
        out.append(
            Silence(
                party=str(G.nodes[held[0]]["id"]) if held else "?",
                stance=str(G.nodes[node]["stance"]),
                regarding=fact_ref(G, regarding[0]) if regarding else None,
                position=fact_ref(G, node),
            )
        )
    return out
