"""Timeline: facts in date order, and how terms changed from one article to the next.

The timeline holds interactions, proposals, positions and agreements.

A fact's date is its own (an interaction's or agreement's ``date``; for a proposal, the
date of the interaction it was made during); otherwise the date its article was
published. Ties keep a stable order: publication date, article id, section, place in it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

import networkx as nx

from kg.errors import GraphError
from kg.graph.facts import FactRef, fact_ref, targets
from kg.graph.project import FACT_KINDS

__all__ = ["TermChange", "TimelineEvent", "build_timeline", "find_term_changes"]

_DEFAULT_KINDS: Final = ("interaction", "proposal", "position", "agreement")
_TERM_FIELDS: Final = (
    "action",
    "scope",
    "actor",
    "duration",
    "starts",
    "ends",
    "quantity",
    "unit",
    "place",
    "phase",
)
_PARTY_FIELDS: Final = {
    "proposal": ("proposedBy", "proposedTo"),
    "commitment": ("debtor", "creditor"),
}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One fact on the timeline: its date, where the date comes from, and what happened.

    ``dated_by`` is ``"date"`` (the fact's own), ``"interaction"`` (the interaction a
    proposal was made during) or ``"published"`` (its article's date).
    """

    date: str
    dated_by: str
    fact: FactRef
    what: str


@dataclass(frozen=True, slots=True)
class TermChange:
    """A difference between two accounts of one proposal or commitment, in date order.

    ``field`` is a party role (``proposedBy``, ``proposedTo``, ``debtor``, ``creditor``)
    or ``terms[i].name`` for a field of the i-th term; ``before`` and ``after`` are its
    values in words (``-`` for none).
    """

    refers_to: str
    field: str
    before: str
    after: str
    earlier: FactRef
    later: FactRef


def _what(G: nx.MultiDiGraph[str], node: str) -> str:
    attrs = G.nodes[node]
    kind = attrs["kind"]

    def names(relation: str) -> str:
        return ", ".join(str(G.nodes[t]["id"]) for t in targets(G, node, relation))

    if kind == "interaction":
        place = f" in {attrs['place']}" if attrs.get("place") else ""
        return f"{attrs.get('interaction_kind')}{place}: {names('participant') or '?'}"
    if kind == "proposal":
        to = names("proposedTo") or "?"
        return f"{names('proposedBy')} propose(s) to {to}: {attrs.get('summary')}"
    if kind == "position":
        return f"{names('heldBy')} {attrs.get('stance')} {names('regarding')}"
    if kind == "agreement":
        return f"{attrs.get('label')} ({attrs.get('status')}): {names('hasParty')}"
    return str(attrs.get("label"))


def _dated(attrs: dict[str, Any]) -> tuple[str, str]:
    if attrs.get("date"):
        return str(attrs["date"]), "interaction" if attrs["kind"] == "proposal" else "date"
    return str(attrs.get("published") or "?"), "published"


def build_timeline(
    G: nx.MultiDiGraph[str], *, kinds: Iterable[str] = _DEFAULT_KINDS
) -> list[TimelineEvent]:
    """Return interactions, proposals, positions and agreements in date order.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.
    kinds
        Fact kinds to include.

    Returns
    -------
    list of TimelineEvent
        Sorted by date, then publication date, article, section and place in it.

    Raises
    ------
    GraphError
        If a kind is not a fact kind.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations(
    ...     [kg.example_dir() / "energy-pause-call-de.yaml"])))
    >>> for event in kg.build_timeline(G)[:3]:
    ...     print(event.date, event.dated_by, event.fact.id)
    2025-02-12 date call-trump-putin-february
    2025-03-11 date jeddah-meeting
    2025-03-11 interaction us-general-ceasefire
    """
    wanted = list(kinds)
    for kind in wanted:
        if kind not in FACT_KINDS:
            raise GraphError(f"unknown fact kind '{kind}'; use one of: {', '.join(FACT_KINDS)}")
    rows = []
    for node, attrs in G.nodes(data=True):
        if attrs["kind"] not in wanted:
            continue
        date, dated_by = _dated(attrs)
        key = (
            date,
            str(attrs.get("published")),
            str(attrs.get("article")),
            FACT_KINDS.index(attrs["kind"]),
            int(attrs.get("order") or 0),
            node,
        )
        rows.append(
            (
                key,
                TimelineEvent(
                    date=date, dated_by=dated_by, fact=fact_ref(G, node), what=_what(G, node)
                ),
            )
        )
    return [event for _, event in sorted(rows, key=lambda row: row[0])]


def _words(value: Any) -> str:
    if value is None or value == []:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _fields(G: nx.MultiDiGraph[str], node: str) -> dict[str, str]:
    attrs = G.nodes[node]
    out = {}
    for relation in _PARTY_FIELDS.get(attrs["kind"], ()):
        out[relation] = _words([str(G.nodes[t]["id"]) for t in targets(G, node, relation)])
    for i, term in enumerate(attrs.get("terms") or []):
        for name in _TERM_FIELDS:
            out[f"terms[{i}].{name}"] = _words(term.get(name))
    return out


def find_term_changes(G: nx.MultiDiGraph[str]) -> list[TermChange]:
    """Return how proposals and commitments changed between articles that report them.

    Accounts of the same kind are linked by ``refers_to`` and put in order of their
    articles' dates; each account is compared with the one before it in another
    article: parties, and each term's action, scope, actor, duration, dates, quantity,
    unit, place and phase.

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx`.

    Returns
    -------
    list of TermChange
        By ``refers_to``, then in date order.

    Examples
    --------
    >>> import kg
    >>> G = kg.to_networkx(kg.build_dataset(kg.read_annotations([kg.example_dir() / name
    ...     for name in ("energy-pause-call-de.yaml", "energy-pause-call-en.yaml")])))
    >>> for change in kg.find_term_changes(G):
    ...     print(f"{change.field}: {change.before} -> {change.after}")
    terms[0].place: Schwarzes Meer -> Black Sea
    terms[0].unit: severely wounded soldiers -> severely wounded servicemen
    """
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node, attrs in G.nodes(data=True):
        if attrs["kind"] in _PARTY_FIELDS and attrs.get("refers_to"):
            groups[(str(attrs["refers_to"]), str(attrs["kind"]))].append(node)
    out = []
    for (ref, _), nodes in sorted(groups.items()):
        ordered = sorted(
            nodes,
            key=lambda n: (str(G.nodes[n].get("published")), str(G.nodes[n].get("article")), n),
        )
        for earlier, later in itertools.pairwise(ordered):
            if G.nodes[earlier].get("article") == G.nodes[later].get("article"):
                continue
            before, after = _fields(G, earlier), _fields(G, later)
            for field in sorted(set(before) | set(after), key=_field_order):
                old, new = before.get(field, "-"), after.get(field, "-")
                if old != new:
                    out.append(
                        TermChange(ref, field, old, new, fact_ref(G, earlier), fact_ref(G, later))
                    )
    return out


def _field_order(field: str) -> tuple[int, str]:
    return (1 if field.startswith("terms[") else 0, field)
