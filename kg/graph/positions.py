"""Positions: who accepts a proposal, on which conditions, who rejects it, who is silent.

A position is a party's answer to a proposal (or to an agreement or a demand), as some
source reports it. Addressees of a proposal (``proposed_to``; for a demand, the parties
it is required of) with no answer, or only a reported silence, have not answered; an
agreement has no addressees (its parties made it). A party answers through itself or
anyone acting for it (the Kremlin for Russia).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import networkx as nx

from kg.graph.facts import FactRef, PartyTree, fact_ref, find_fact_nodes, sources, targets

__all__ = ["PartyPosition", "ProposalPositions", "Unanswered", "find_positions", "find_unanswered"]

_SILENT: Final = ("no_response", "declines_comment")
_ADDRESSEES: Final = {"proposal": "proposedTo", "condition": "requiredOf"}


@dataclass(frozen=True, slots=True)
class PartyPosition:
    """One party's position on a proposal.

    With the conditions it attaches, the commitment it takes on, and the position fact
    (who reports it, the evidence).
    """

    party: str
    stance: str
    position: FactRef
    conditions: tuple[FactRef, ...]
    commitment: FactRef | None


@dataclass(frozen=True, slots=True)
class ProposalPositions:
    """Every position on one proposal (or agreement or demand), and who has not answered.

    ``unanswered`` lists the addressees with no position at all or only silences
    (``no_response``, ``declines_comment``).
    """

    proposal: FactRef
    addressees: tuple[str, ...]
    positions: tuple[PartyPosition, ...]
    unanswered: tuple[str, ...]

    def parties(self, stance: str) -> tuple[str, ...]:
        """Return the parties with a position of ``stance`` (e.g. ``"rejects"``)."""
        return tuple(sorted({p.party for p in self.positions if p.stance == stance}))


@dataclass(frozen=True, slots=True)
class Unanswered:
    """A party addressed by a proposal that has not answered it.

    ``silences`` are the positions that report its silence; empty when the articles
    record nothing from it at all.
    """

    proposal: FactRef
    party: str
    silences: tuple[FactRef, ...]


def _party_position(G: nx.MultiDiGraph[str], node: str) -> PartyPosition:
    held = targets(G, node, "heldBy")
    entailed = targets(G, node, "entailsCommitment")
    return PartyPosition(
        party=str(G.nodes[held[0]]["id"]) if held else "?",
        stance=str(G.nodes[node].get("stance")),
        position=fact_ref(G, node),
        conditions=tuple(fact_ref(G, c) for c in targets(G, node, "attachesCondition")),
        commitment=fact_ref(G, entailed[0]) if entailed else None,
    )


def _positions_on(G: nx.MultiDiGraph[str], node: str, tree: PartyTree) -> ProposalPositions:
    kind = str(G.nodes[node]["kind"])
    addressees = [str(G.nodes[p]["id"]) for p in targets(G, node, _ADDRESSEES.get(kind, ""))]
    positions = sorted(
        (_party_position(G, p) for p in sources(G, node, "regarding")),
        key=lambda p: (p.party, p.position.node),
    )
    unanswered = []
    for party in addressees:
        speakers = tree.acting_for(party)
        answers = [p for p in positions if p.party in speakers and p.stance not in _SILENT]
        if not answers:
            unanswered.append(party)
    return ProposalPositions(
        proposal=fact_ref(G, node),
        addressees=tuple(addressees),
        positions=tuple(positions),
        unanswered=tuple(unanswered),
    )


def find_positions(
    G: nx.MultiDiGraph[str], proposal: str, *, article: str | None = None
) -> list[ProposalPositions]:
    """Return who accepts, accepts with conditions, rejects or is silent on a proposal.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    proposal
        Id or IRI of a proposal, an agreement or a condition (a demand).
    article
        Only the fact of this article; otherwise one answer per article that has the id.

    Returns
    -------
    list of ProposalPositions
        One per matching fact, by article.

    Raises
    ------
    GraphError
        If nothing has that id; the message names close ids.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> answer = kg.find_positions(G, "us-energy-pause")[0]
    >>> answer.parties("accepts_with_conditions"), answer.parties("no_response"), answer.unanswered
    (('russia',), ('ukraine',), ('ukraine',))
    """
    kinds = ("proposal", "agreement", "condition")
    tree = PartyTree(G)
    nodes = find_fact_nodes(G, proposal, kinds=kinds, article=article)
    return [_positions_on(G, n, tree) for n in nodes]


def find_unanswered(G: nx.MultiDiGraph[str]) -> list[Unanswered]:
    """Return every party a proposal is addressed to that has not answered it.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of Unanswered
        By article, proposal and party.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> [(u.proposal.id, u.party, [s.id for s in u.silences]) for u in kg.find_unanswered(G)]
    [('us-energy-pause', 'ukraine', ['ukraine-no-response-energy-pause'])]
    """
    proposals = sorted(
        (n for n, a in G.nodes(data=True) if a["kind"] == "proposal"),
        key=lambda n: (str(G.nodes[n].get("article")), int(G.nodes[n].get("order") or 0), n),
    )
    out = []
    tree = PartyTree(G)
    for node in proposals:
        answer = _positions_on(G, node, tree)
        for party in answer.unanswered:
            speakers = tree.acting_for(party)
            silences = tuple(p.position for p in answer.positions if p.party in speakers)
            out.append(Unanswered(proposal=answer.proposal, party=party, silences=silences))
    return out
