"""Conditions: what each party demands, and what is required of each party.

A condition is imposed by some parties (``imposed_by``) and requires something of others
(``required_of``): for reciprocity, the mirrored commitment; for a precondition or demand,
a term. It gates commitments (their ``antecedent``) and is attached to positions.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.facts import FactRef, fact_ref, sources, targets

__all__ = ["ConditionInfo", "PartyConditions", "conditions_by_party", "list_conditions"]


@dataclass(frozen=True, slots=True)
class ConditionInfo:
    """A condition with who sets it, who must meet it, what it asks, and what it gates.

    ``asks`` is the demanded term in words, or the mirrored commitment's terms for
    reciprocity; ``gates`` the commitments that wait on it; ``attached_by`` the positions
    that name it.
    """

    condition: FactRef
    kind: str
    imposed_by: tuple[str, ...]
    required_of: tuple[str, ...]
    asks: str
    mirrors: FactRef | None
    gates: tuple[FactRef, ...]
    attached_by: tuple[FactRef, ...]


@dataclass(frozen=True, slots=True)
class PartyConditions:
    """One party's conditions: those it imposes and those required of it."""

    party: str
    imposes: tuple[ConditionInfo, ...]
    required_of: tuple[ConditionInfo, ...]


def _ids(G: nx.MultiDiGraph[str], nodes: list[str]) -> tuple[str, ...]:
    return tuple(str(G.nodes[n]["id"]) for n in nodes)


def _info(G: nx.MultiDiGraph[str], node: str) -> ConditionInfo:
    attrs = G.nodes[node]
    mirrored = targets(G, node, "mirrors")
    asks = str(attrs.get("summary") or attrs.get("description") or attrs.get("label"))
    if mirrored:
        other = G.nodes[mirrored[0]]
        asks = f"the same: {other.get('summary') or other.get('label')} ({other['id']})"
    return ConditionInfo(
        condition=fact_ref(G, node),
        kind=str(attrs.get("condition_kind")),
        imposed_by=_ids(G, targets(G, node, "imposedBy")),
        required_of=_ids(G, targets(G, node, "requiredOf")),
        asks=asks,
        mirrors=fact_ref(G, mirrored[0]) if mirrored else None,
        gates=tuple(fact_ref(G, n) for n in sources(G, node, "antecedent")),
        attached_by=tuple(fact_ref(G, n) for n in sources(G, node, "attachesCondition")),
    )


def list_conditions(G: nx.MultiDiGraph[str], *, party: str | None = None) -> list[ConditionInfo]:
    """Return every condition, or those a party imposes or must meet.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    party
        A party id: keep conditions it imposes or that are required of it.

    Returns
    -------
    list of ConditionInfo
        By article, in annotation order.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> [(c.condition.id, c.kind) for c in kg.list_conditions(G, party="ukraine")]
    [('kyiv-reciprocity-energy', 'reciprocity'), ('moscow-reciprocity-general', 'reciprocity')]
    """
    nodes = sorted(
        (n for n, a in G.nodes(data=True) if a["kind"] == "condition"),
        key=lambda n: (str(G.nodes[n].get("article")), int(G.nodes[n].get("order") or 0), n),
    )
    out = [_info(G, n) for n in nodes]
    if party is not None:
        out = [c for c in out if party in c.imposed_by or party in c.required_of]
    return out


def conditions_by_party(G: nx.MultiDiGraph[str]) -> list[PartyConditions]:
    """Return, for each party named on a condition, what it demands and what is required of it.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of PartyConditions
        Sorted by party id.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> west = next(p for p in kg.conditions_by_party(G) if p.party == "the-west")
    >>> [c.condition.id for c in west.required_of], west.imposes
    (['no-weapons-precondition', 'no-intelligence-precondition'], ())
    """
    every = list_conditions(G)
    parties = sorted({p for c in every for p in (*c.imposed_by, *c.required_of)})
    return [
        PartyConditions(
            party=p,
            imposes=tuple(c for c in every if p in c.imposed_by),
            required_of=tuple(c for c in every if p in c.required_of),
        )
        for p in parties
    ]
