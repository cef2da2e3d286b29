"""Derived status: whether a commitment is in force, and a proposal accepted, and why.

Status is derived, not typed in. Every commitment and proposal gets a three-valued
:class:`Truth` and the chain of facts that explains it. The rules:

Commitments, from their reported status:

- ``active``, ``fulfilled`` → satisfied (in force, as reported);
- ``violated``, ``expired``, ``cancelled``, ``not_renewed`` → unsatisfied (not in force);
- ``proposed`` (the debtor has not taken it on) → unsatisfied if the debtor rejects the
  proposal it answers and no account says it accepts; otherwise unknown — never
  satisfied, since a commitment nobody has taken on holds nothing;
- ``conditional`` → its conditions, combined by its ``condition_logic``: ``all_of`` is
  Kleene AND (unsatisfied wins, then unknown), ``any_of`` is Kleene OR.

Conditions:

- reciprocity → the derived status of the commitment it mirrors: satisfied if the other
  side's commitment is in force, unsatisfied if it is void or rejected, unknown if the
  other side has not answered or nothing is known;
- precondition or demand → what the parties it is required of said about it
  (a position regarding the condition): accepts → satisfied, rejects → unsatisfied;
  with no such position, unknown (no report that it is met).

Cycles (mutual conditions: A holds if B holds, B holds if A holds) are resolved as the
*greatest* fixed point: commitments on a cycle start satisfied and are lowered until
nothing changes. So two parties who have both committed, each on condition of the
other's commitment, are both in force (each condition is met by the other's
commitment); if anything on the cycle is unknown or void, the whole cycle is. The
evaluation always terminates: values only go down, three steps at most per node.

Proposals: every addressee (``proposed_to``) must accept. An addressee's answer is the
value of its explicit positions (accepts → satisfied; accepts with conditions → the
commitment it entails, or its conditions; rejects → unsatisfied); silence, ``considers``
or no position → unknown; accounts that disagree → unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

import networkx as nx

from kg.graph.facts import FactRef, PartyTree, fact_ref, find_fact_nodes, targets

__all__ = ["DerivedStatus", "Step", "Truth", "derive_statuses", "explain_status"]


class Truth(StrEnum):
    """A three-valued truth: holds, does not hold, or not known."""

    satisfied = "satisfied"
    unsatisfied = "unsatisfied"
    unknown = "unknown"


SAT, UNSAT, UNK = Truth.satisfied, Truth.unsatisfied, Truth.unknown
_READING: Final = {
    "commitment": {SAT: "in force", UNSAT: "not in force", UNK: "pending"},
    "proposal": {SAT: "accepted", UNSAT: "not accepted", UNK: "pending"},
}
_IN_FORCE: Final = {"active", "fulfilled"}
_VOID: Final = {"violated", "expired", "cancelled", "not_renewed"}
_ACCEPT: Final = {"accepts", "accepts_with_conditions"}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an explanation: a fact, what it says, and its derived value if any.

    ``depth`` is how far the step is from the fact being explained (for indenting).
    """

    depth: int
    fact: FactRef
    says: str
    value: Truth | None


@dataclass(frozen=True, slots=True)
class DerivedStatus:
    """The derived status of a commitment or proposal and the chain that explains it."""

    fact: FactRef
    value: Truth
    reading: str
    reported: str | None
    chain: tuple[Step, ...]

    def explain(self) -> str:
        """Return the status and its chain as indented text, one step per line (with quotes).

        Examples
        --------
        >>> import kg
        >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
        ...     [kg.example_dir() / "trade-truce-90-days-de.yaml"])))
        >>> print(kg.explain_status(G, "china-countermeasures")[0].explain().splitlines()[0])
        china-countermeasures (trade-truce-90-days-de): in force [satisfied]
        """
        lines = [f"{self.fact.id} ({self.fact.article}): {self.reading} [{self.value}]"]
        for step in self.chain:
            pad = "  " * (step.depth + 1)
            value = "" if step.value is None else f" [{step.value}]"
            lines.append(f"{pad}- {step.fact.kind} {step.fact.id}: {step.says}{value}")
            for quote in step.fact.evidence[:1]:
                lines.append(f'{pad}    "{quote.quote}" ({step.fact.source})')
        return "\n".join(lines)


def _and(values: list[Truth]) -> Truth:
    if UNSAT in values:
        return UNSAT
    return UNK if UNK in values else SAT


def _or(values: list[Truth]) -> Truth:
    if SAT in values:
        return SAT
    return UNK if UNK in values or not values else UNSAT


def _agree(values: list[Truth]) -> Truth:
    distinct = set(values)
    return values[0] if len(distinct) == 1 else UNK


class _Evaluator:
    """Computes every commitment's value (greatest fixed point), then explains on demand."""

    def __init__(self, G: nx.MultiDiGraph[str]) -> None:
        self.G = G
        self.parties = PartyTree(G)
        self.commitments = sorted(n for n, a in G.nodes(data=True) if a["kind"] == "commitment")
        self.value: dict[str, Truth] = {}
        for node in self.commitments:
            self.value[node] = self._base(node) or SAT
        for _ in range(3 * len(self.commitments) + 1):
            changed = False
            for node in self.commitments:
                if self._status(node) != "conditional":
                    continue
                new = self._conditional(node)
                if new != self.value[node]:
                    self.value[node], changed = new, True
            if not changed:
                break

    # values ---------------------------------------------------------------------------

    def _status(self, node: str) -> str | None:
        status = self.G.nodes[node].get("status")
        return None if status is None else str(status)

    def _base(self, node: str) -> Truth | None:
        status = self._status(node)
        if status in _IN_FORCE:
            return SAT
        if status in _VOID:
            return UNSAT
        if status == "proposed":
            return self._proposed(node)
        if status == "conditional":
            return None
        return UNK

    def _debtor_positions(self, node: str) -> list[str]:
        """Positions of the debtors on the proposal the commitment answers, or entailing it."""
        G = self.G
        debtors: set[str] = set()
        for party in targets(G, node, "debtor"):
            debtors |= self.parties.acting_for(str(G.nodes[party]["id"]))
        found = {u for u, _, k in G.in_edges(node, keys=True) if k == "entailsCommitment"}
        for proposal in targets(G, node, "respondsTo"):
            for u, _, k in G.in_edges(proposal, keys=True):
                if k == "regarding" and any(
                    str(G.nodes[p]["id"]) in debtors for p in targets(G, u, "heldBy")
                ):
                    found.add(u)
        return sorted(found)

    def _proposed(self, node: str) -> Truth:
        stances = [self.G.nodes[p].get("stance") for p in self._debtor_positions(node)]
        if "rejects" in stances and not _ACCEPT & set(stances):
            return UNSAT
        return UNK

    def condition_value(self, node: str) -> Truth:
        G = self.G
        if G.nodes[node].get("condition_kind") == "reciprocity":
            mirrored = targets(G, node, "mirrors")
            return self.value.get(mirrored[0], UNK) if mirrored else UNK
        return self._demand(node)

    def _demand_positions(self, node: str) -> list[str]:
        G = self.G
        required: set[str] = set()
        for party in targets(G, node, "requiredOf"):
            required |= self.parties.acting_for(str(G.nodes[party]["id"]))
        return sorted(
            u
            for u, _, k in G.in_edges(node, keys=True)
            if k == "regarding"
            and (
                not required
                or any(str(G.nodes[p]["id"]) in required for p in targets(G, u, "heldBy"))
            )
        )

    def _demand(self, node: str) -> Truth:
        values = []
        for position in self._demand_positions(node):
            stance = self.G.nodes[position].get("stance")
            if stance in _ACCEPT:
                values.append(SAT)
            elif stance == "rejects":
                values.append(UNSAT)
        return _agree(values) if values else UNK

    def _conditional(self, node: str) -> Truth:
        values = [self.condition_value(c) for c in targets(self.G, node, "antecedent")]
        if self.G.nodes[node].get("condition_logic") == "any_of":
            return _or(values)
        return _and(values)

    def position_value(self, node: str) -> Truth | None:
        """Return the value an explicit position gives its proposal; None for silence."""
        G = self.G
        stance = G.nodes[node].get("stance")
        if stance == "accepts":
            return SAT
        if stance == "rejects":
            return UNSAT
        if stance == "accepts_with_conditions":
            entailed = targets(G, node, "entailsCommitment")
            if entailed:
                return self.value.get(entailed[0], UNK)
            return _and([self.condition_value(c) for c in targets(G, node, "attachesCondition")])
        return None

    def addressee_positions(self, proposal: str, party: str) -> list[str]:
        G = self.G
        parties = self.parties.acting_for(str(G.nodes[party]["id"]))
        return sorted(
            u
            for u, _, k in G.in_edges(proposal, keys=True)
            if k == "regarding"
            and any(str(G.nodes[p]["id"]) in parties for p in targets(G, u, "heldBy"))
        )

    def addressee_value(self, proposal: str, party: str) -> Truth:
        values = [
            v
            for p in self.addressee_positions(proposal, party)
            if (v := self.position_value(p)) is not None
        ]
        return _agree(values) if values else UNK

    def proposal_value(self, node: str) -> Truth:
        addressees = targets(self.G, node, "proposedTo")
        if not addressees:
            return UNK
        return _and([self.addressee_value(node, party) for party in addressees])

    # explanations ---------------------------------------------------------------------

    def explain(self, node: str) -> DerivedStatus:
        G = self.G
        kind = G.nodes[node]["kind"]
        chain: list[Step] = []
        if kind == "commitment":
            value = self.value[node]
            self._explain_commitment(node, 0, chain, set())
        else:
            value = self.proposal_value(node)
            self._explain_proposal(node, chain)
        return DerivedStatus(
            fact=fact_ref(G, node),
            value=value,
            reading=_READING[kind][value],
            reported=self._status(node) if kind == "commitment" else None,
            chain=tuple(chain),
        )

    def _step(
        self, chain: list[Step], depth: int, node: str, says: str, value: Truth | None
    ) -> None:
        chain.append(Step(depth=depth, fact=fact_ref(self.G, node), says=says, value=value))

    def _names(self, nodes: list[str]) -> str:
        return ", ".join(str(self.G.nodes[n]["id"]) for n in nodes) or "nobody named"

    def _explain_commitment(self, node: str, depth: int, chain: list[Step], seen: set[str]) -> None:
        G, attrs = self.G, self.G.nodes[node]
        status = self._status(node)
        debtor_nodes = targets(G, node, "debtor")
        debtors = self._names(debtor_nodes)
        verb = "commits" if len(debtor_nodes) == 1 else "commit"
        says = f"{debtors} {verb} to {attrs.get('summary') or attrs['label']}; reported {status}"
        if node in seen:
            self._step(
                chain,
                depth,
                node,
                f"{says} — back to a commitment above: a cycle of mutual conditions, "
                "resolved together (all taken on and nothing else open → in force)",
                self.value[node],
            )
            return
        seen = seen | {node}
        conditions = targets(G, node, "antecedent")
        if status == "conditional":
            if len(conditions) == 1:
                says += " on 1 condition"
            else:
                logic = "any" if attrs.get("condition_logic") == "any_of" else "all"
                says += f" on {logic} of {len(conditions)} conditions"
        elif status in _IN_FORCE:
            says += " (in force as reported)"
        elif status in _VOID:
            says += " (no longer or never in force)"
        elif status == "proposed":
            says += " — not taken on by its debtor"
        self._step(chain, depth, node, says, self.value[node])
        if status == "conditional":
            for condition in conditions:
                self._explain_condition(condition, depth + 1, chain, seen)
        elif status == "proposed":
            positions = self._debtor_positions(node)
            for position in positions:
                self._explain_position(position, depth + 1, chain)
            if not positions:
                proposals = self._names(targets(G, node, "respondsTo"))
                self._step(
                    chain, depth + 1, node, f"no answer of {debtors} recorded (to {proposals})", UNK
                )

    def _explain_condition(self, node: str, depth: int, chain: list[Step], seen: set[str]) -> None:
        G, attrs = self.G, self.G.nodes[node]
        kind = attrs.get("condition_kind")
        imposed = self._names(targets(G, node, "imposedBy"))
        required = self._names(targets(G, node, "requiredOf"))
        value = self.condition_value(node)
        if kind == "reciprocity":
            mirrored = targets(G, node, "mirrors")
            says = (
                f"reciprocity set by {imposed}: {required} must do the same "
                f"(mirrors {self._names(mirrored)})"
            )
            self._step(chain, depth, node, says, value)
            for other in mirrored:
                self._explain_commitment(other, depth + 1, chain, seen)
            return
        says = f"{kind} set by {imposed} on {required}: {attrs.get('summary') or attrs['label']}"
        positions = self._demand_positions(node)
        if not positions:
            says += " — no report that it is met"
        self._step(chain, depth, node, says, value)
        for position in positions:
            self._explain_position(position, depth + 1, chain)

    def _explain_position(self, node: str, depth: int, chain: list[Step]) -> None:
        G = self.G
        held = self._names(targets(G, node, "heldBy"))
        regarding = self._names(targets(G, node, "regarding"))
        says = f"{held}: {G.nodes[node].get('stance')} on {regarding}"
        value = self.position_value(node)
        self._step(chain, depth, node, says, UNK if value is None else value)

    def _explain_proposal(self, node: str, chain: list[Step]) -> None:
        G = self.G
        addressees = targets(G, node, "proposedTo")
        by = self._names(targets(G, node, "proposedBy"))
        says = f"proposed by {by} to {self._names(addressees)}: {G.nodes[node].get('summary')}"
        if not addressees:
            says += " — addressed to no one named, so nobody's answer decides it"
        self._step(chain, 0, node, says, self.proposal_value(node))
        for party in addressees:
            positions = self.addressee_positions(node, party)
            for position in positions:
                self._explain_position(position, 1, chain)
                for entailed in targets(G, position, "entailsCommitment"):
                    self._explain_commitment(entailed, 2, chain, set())
            if not positions:
                name = G.nodes[party]["id"]
                self._step(chain, 1, node, f"no answer of {name} recorded", UNK)


def _order(G: nx.MultiDiGraph[str], node: str) -> tuple[str, int, int, str]:
    attrs = G.nodes[node]
    kind = 0 if attrs["kind"] == "proposal" else 1
    return (str(attrs.get("article")), kind, int(attrs.get("order") or 0), node)


def derive_statuses(G: nx.MultiDiGraph[str]) -> list[DerivedStatus]:
    """Return the derived status of every commitment and proposal, with its chain.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of DerivedStatus
        By article, proposals first, then commitments, in annotation order.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "trade-truce-90-days-de.yaml"])))
    >>> [(s.fact.id, s.reading) for s in kg.derive_statuses(G)][:2]
    [('us-tariff-cut', 'in force'), ('china-tariff-cut', 'in force')]
    """
    evaluator = _Evaluator(G)
    nodes = [n for n, a in G.nodes(data=True) if a["kind"] in ("commitment", "proposal")]
    return [evaluator.explain(n) for n in sorted(nodes, key=lambda n: _order(G, n))]


def explain_status(
    G: nx.MultiDiGraph[str], fact: str, *, article: str | None = None
) -> list[DerivedStatus]:
    """Return the derived status of one commitment or proposal and the chain behind it.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    fact
        The fact's id (e.g. ``"russia-energy-pause"``) or IRI.
    article
        Only the fact of this article; otherwise one answer per article that has the id.

    Returns
    -------
    list of DerivedStatus
        One per matching fact, by article.

    Raises
    ------
    GraphError
        If no commitment or proposal has that id; the message names close ids.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> status = kg.explain_status(G, "russia-energy-pause")[0]
    >>> status.reading, status.value
    ('pending', <Truth.unknown: 'unknown'>)
    >>> [(step.fact.id, str(step.value)) for step in status.chain][-1]
    ('ukraine-no-response-energy-pause', 'unknown')
    """
    nodes = find_fact_nodes(G, fact, kinds=("commitment", "proposal"), article=article)
    evaluator = _Evaluator(G)
    return [evaluator.explain(n) for n in nodes]
