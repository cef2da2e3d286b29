"""Turn an annotation into comparable slot items, each with its evidence spans.

Ids of facts differ between a hand annotation and a parser's draft, so items are keyed by
what can be compared across the two: party ids, action types, stances, condition kinds,
durations. Set-valued parts of a key are written as ids joined by ``+`` in sorted order
(``russia+ukraine``), an empty set as ``-``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

from kg.model import Agreement, Annotation, Condition, Fact, Position, Proposal, iter_references

__all__ = ["SLOTS", "SlotItem", "Span", "extract_items", "fact_spans", "trim_span"]

#: The scored slots, in report order.
SLOTS: Final = ("parties", "proposals", "durations", "positions", "conditions", "attribution")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets ``[start, end)`` of an evidence span in the article text."""

    start: int
    end: int

    def overlap(self, other: Span) -> int:
        """Return how many characters this span shares with ``other``.

        Examples
        --------
        >>> Span(0, 10).overlap(Span(5, 20)), Span(0, 5).overlap(Span(5, 9))
        (5, 0)
        """
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True, slots=True)
class SlotItem:
    """One comparable item of a slot: its key and the evidence spans of its fact.

    Parameters
    ----------
    slot
        One of :data:`SLOTS`.
    key
        What must agree for a match, e.g. ``("united-states", "halt_attacks")``.
    spans
        Trimmed evidence spans of the fact it comes from; empty for ``parties``.
    fact
        Id of the (first) fact it comes from, for reading the details; not compared.
    quote
        The text of the first span (or the party id), for reading the details.
    """

    slot: str
    key: tuple[str, ...]
    spans: tuple[Span, ...]
    fact: str
    quote: str


def _is_trimmed(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] == "P"


def trim_span(text: str, start: int, end: int) -> Span | None:
    """Shrink ``[start, end)`` past whitespace and punctuation at both ends.

    Returns None when nothing but whitespace and punctuation is left.

    Examples
    --------
    >>> text = 'He said: "a 30-day pause."'
    >>> span = trim_span(text, 8, len(text))
    >>> text[span.start:span.end]
    'a 30-day pause'
    """
    while start < end and _is_trimmed(text[start]):
        start += 1
    while end > start and _is_trimmed(text[end - 1]):
        end -= 1
    return Span(start, end) if start < end else None


def fact_spans(text: str, fact: Fact) -> tuple[Span, ...]:
    """Return the valid, trimmed evidence spans of a fact, sorted and without repeats.

    An evidence span without offsets is looked up at its quote's first occurrence; a
    span whose offsets do not hold its quote, or whose quote is not in the text, is left
    out (:func:`kg.evaluation.check_invariants` reports it).
    """
    spans: set[Span] = set()
    for evidence in fact.evidence:
        start, end = evidence.start, evidence.end
        if start is None or end is None:
            start = text.find(evidence.quote)
            end = start + len(evidence.quote)
        if start < 0 or text[start:end] != evidence.quote:
            continue
        span = trim_span(text, start, end)
        if span is not None:
            spans.add(span)
    return tuple(sorted(spans))


def _join(ids: tuple[str, ...] | list[str] | set[str]) -> str:
    return "+".join(sorted(set(ids))) or "-"


def _party_refs(fact: Fact) -> set[str]:
    return {ref for _, ref, targets in iter_references(fact) if targets == ("parties",)}


def _regarded_actions(annotation: Annotation, target: str) -> str:
    """Resolve what a position regards to action types, comparable across annotations."""
    facts = {fact.id: fact for fact in annotation.facts()}
    regarded = facts.get(target)
    actions: set[str] = set()
    if isinstance(regarded, Proposal):
        actions = {term.action.value for term in regarded.terms}
    elif isinstance(regarded, Agreement):
        for cid in regarded.commitments:
            commitment = facts.get(cid)
            term = getattr(commitment, "term", None)
            if term is not None:
                actions.add(term.action.value)
        return _join(actions) if actions else "agreement"
    elif isinstance(regarded, Condition):
        if regarded.demands is not None:
            actions = {regarded.demands.action.value}
        else:
            mirrored = getattr(facts.get(regarded.mirrors or ""), "term", None)
            actions = {mirrored.action.value} if mirrored is not None else set()
        return _join(actions) if actions else "condition"
    return _join(actions) if actions else "?"


def _durations(fact: Fact) -> set[str]:
    terms = [*getattr(fact, "terms", ())]
    for name in ("term", "demands"):
        term = getattr(fact, name, None)
        if term is not None:
            terms.append(term)
    return {term.duration for term in terms if term.duration is not None}


def _fact_keys(annotation: Annotation, fact: Fact) -> dict[str, list[tuple[str, ...]]]:
    keys: dict[str, list[tuple[str, ...]]] = {slot: [] for slot in SLOTS[1:]}
    if isinstance(fact, Proposal):
        actions = _join({term.action.value for term in fact.terms})
        keys["proposals"].append((_join(fact.proposed_by), actions))
    if isinstance(fact, Position):
        regarded = _regarded_actions(annotation, fact.regarding)
        keys["positions"].append((fact.party, fact.stance.value, regarded))
    if isinstance(fact, Condition):
        keys["conditions"].append(
            (fact.kind.value, _join(fact.required_of), _join(fact.imposed_by))
        )
    keys["durations"].extend((duration,) for duration in sorted(_durations(fact)))
    if fact.said_by:
        keys["attribution"].append((_join(fact.said_by),))
    return keys


def extract_items(annotation: Annotation) -> dict[str, tuple[SlotItem, ...]]:
    """Return the comparable items of every slot of an annotation.

    - ``parties``: one item per party id that any fact refers to (proposers, addressees,
      debtors, creditors, term actors, imposers, those required of, position holders,
      participants, agreement parties and mediators, ``said_by``); no spans.
    - ``proposals``: per proposal, (proposers, action types of its terms).
    - ``durations``: per fact and duration of one of its terms, (duration,).
    - ``positions``: per position, (holder, stance, action types of what it regards);
      a regarded agreement gives the actions of its commitments, a regarded condition
      its demanded action (or the mirrored commitment's).
    - ``conditions``: per condition, (kind, required_of, imposed_by).
    - ``attribution``: per fact with a non-empty ``said_by``, (said_by,).

    Items of a slot with the same key and the same spans are counted once. Items are
    sorted by key and spans, so the result does not depend on fact order.

    Examples
    --------
    >>> import kg
    >>> gold = kg.read_annotation(kg.example_dir() / "energy-pause-call-en.yaml")
    >>> items = extract_items(gold)
    >>> ("united-states", "halt_attacks") in {i.key for i in items["proposals"]}
    True
    >>> ("reciprocity", "ukraine", "russia") in {i.key for i in items["conditions"]}
    True
    """
    text = annotation.article.text
    found: dict[str, dict[tuple[tuple[str, ...], tuple[Span, ...]], SlotItem]] = {
        slot: {} for slot in SLOTS
    }
    for fact in annotation.facts():
        for party in sorted(_party_refs(fact)):
            found["parties"].setdefault(
                ((party,), ()), SlotItem("parties", (party,), (), fact.id, party)
            )
        spans = fact_spans(text, fact)
        quote = text[spans[0].start : spans[0].end] if spans else fact.evidence[0].quote
        for slot, keys in _fact_keys(annotation, fact).items():
            for key in keys:
                found[slot].setdefault((key, spans), SlotItem(slot, key, spans, fact.id, quote))
    return {
        slot: tuple(item for _, item in sorted(found[slot].items(), key=lambda kv: kv[0]))
        for slot in SLOTS
    }
