"""What depends on what: commitments, the conditions they wait on, and mutual conditions.

The dependency graph has an edge from each conditional commitment to each of its
conditions (``antecedent``) and from each reciprocity condition to the commitment it
mirrors (``mirrors``). A cycle in it is a set of mutual conditions — "A pauses if B
pauses, B pauses if A pauses" — and what blocks a commitment is every condition upstream
of it, followed through mirrored commitments, that is not known to be met.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.facts import FactRef, fact_ref, find_fact_nodes, targets
from kg.graph.status import Truth, _Evaluator

__all__ = ["Blocker", "Cycle", "dependency_graph", "find_blockers", "find_cycles"]


@dataclass(frozen=True, slots=True)
class Cycle:
    """Mutual conditions: commitments and conditions that wait on each other, in order.

    ``facts`` alternates commitment, condition, commitment, condition…; the edge from the
    last back to the first closes the cycle. ``parties`` are the commitments' debtors.
    """

    facts: tuple[FactRef, ...]
    parties: tuple[str, ...]
    article: str | None


@dataclass(frozen=True, slots=True)
class Blocker:
    """A condition upstream of a commitment that is not known to be met.

    ``path`` is the ids from the commitment asked about down to the condition;
    ``value`` is the condition's derived value (unsatisfied or unknown) and ``reason``
    says why in words.
    """

    commitment: FactRef
    condition: FactRef
    value: Truth
    path: tuple[str, ...]
    reason: str


def dependency_graph(G: nx.MultiDiGraph[str]) -> nx.DiGraph[str]:
    """Return the dependency graph: commitment → condition → mirrored commitment.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    networkx.DiGraph
        Nodes are commitments and conditions (keys and attributes as in ``G``); edges
        carry ``relation`` ("antecedent" or "mirrors").

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> deps = kg.dependency_graph(G)
    >>> start = next(n for n in deps if deps.nodes[n]["id"] == "russia-energy-pause")
    >>> sorted(deps.nodes[v]["id"] for v in nx.descendants(deps, start))
    ['kyiv-reciprocity-energy', 'ukraine-energy-pause']
    """
    deps: nx.DiGraph[str] = nx.DiGraph()
    for node, attrs in G.nodes(data=True):
        if attrs["kind"] in ("commitment", "condition"):
            deps.add_node(node, **attrs)
    for u, v, key in G.edges(keys=True):
        if key in ("antecedent", "mirrors") and u in deps and v in deps:
            deps.add_edge(u, v, relation=key)
    return deps


def _rotate(cycle: list[str]) -> list[str]:
    """Start a cycle at a commitment, the smallest key among them, for a stable order."""
    start = min(range(len(cycle)), key=lambda i: cycle[i])
    return cycle[start:] + cycle[:start]


def find_cycles(G: nx.MultiDiGraph[str]) -> list[Cycle]:
    """Return every cycle of mutual conditions (reciprocity that goes both ways).

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of Cycle
        Sorted by article and first fact.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "trade-truce-90-days-de.yaml"])))
    >>> [[f.id for f in c.facts] for c in kg.find_cycles(G)]  # doctest: +NORMALIZE_WHITESPACE
    [['china-tariff-cut', 'cond-china-requires-us-cut',
      'us-tariff-cut', 'cond-us-requires-china-cut']]
    """
    deps = dependency_graph(G)
    out: list[Cycle] = []
    for found in nx.simple_cycles(deps):
        commitments = sorted(n for n in found if deps.nodes[n]["kind"] == "commitment")
        if not commitments:
            continue
        order = _rotate(found)
        while deps.nodes[order[0]]["kind"] != "commitment":
            order = order[1:] + order[:1]
        parties = sorted(
            {str(G.nodes[p]["id"]) for c in commitments for p in targets(G, c, "debtor")}
        )
        articles = {G.nodes[n].get("article") for n in order}
        out.append(
            Cycle(
                facts=tuple(fact_ref(G, n) for n in order),
                parties=tuple(parties),
                article=articles.pop() if len(articles) == 1 else None,
            )
        )
    return sorted(out, key=lambda c: (str(c.article), [f.node for f in c.facts]))


def find_blockers(
    G: nx.MultiDiGraph[str], commitment: str, *, article: str | None = None
) -> list[Blocker]:
    """Return what blocks a commitment: conditions upstream that are unmet or unknown.

    Conditions are followed transitively: a reciprocity condition leads to the mirrored
    commitment, whose own conditions block too. Cycles are followed once.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    commitment
        The commitment's id or IRI.
    article
        Only the commitment of this article; otherwise every article that has the id.

    Returns
    -------
    list of Blocker
        In the order met walking upstream; empty when nothing blocks it.

    Raises
    ------
    GraphError
        If no commitment has that id.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> [(b.condition.id, str(b.value)) for b in kg.find_blockers(G, "russia-energy-pause")]
    [('kyiv-reciprocity-energy', 'unknown')]
    """
    evaluator = _Evaluator(G)
    out: list[Blocker] = []
    for start in find_fact_nodes(G, commitment, kinds=("commitment",), article=article):
        seen: set[str] = set()
        todo: list[tuple[str, tuple[str, ...]]] = [(start, (str(G.nodes[start]["id"]),))]
        while todo:
            node, path = todo.pop(0)
            if node in seen:
                continue
            seen.add(node)
            for condition in targets(G, node, "antecedent"):
                value = evaluator.condition_value(condition)
                here = (*path, str(G.nodes[condition]["id"]))
                if value is not Truth.satisfied:
                    out.append(
                        Blocker(
                            commitment=fact_ref(G, start),
                            condition=fact_ref(G, condition),
                            value=value,
                            path=here,
                            reason=_reason(G, evaluator, condition),
                        )
                    )
                for mirrored in targets(G, condition, "mirrors"):
                    todo.append((mirrored, (*here, str(G.nodes[mirrored]["id"]))))
    return out


def _reason(G: nx.MultiDiGraph[str], evaluator: _Evaluator, condition: str) -> str:
    required = ", ".join(str(G.nodes[p]["id"]) for p in targets(G, condition, "requiredOf"))
    who = required or "the party it is required of"
    mirrored = targets(G, condition, "mirrors")
    if not mirrored:
        return f"no report that {who} met it"
    other = mirrored[0]
    status = G.nodes[other].get("status")
    value = evaluator.value.get(other, Truth.unknown)
    if status == "proposed":
        answer = "rejected it" if value is Truth.unsatisfied else "has not taken it on"
        return f"{who} {answer}: {G.nodes[other]['id']} is only proposed"
    return f"the mirrored commitment {G.nodes[other]['id']} is {status} ({value})"
