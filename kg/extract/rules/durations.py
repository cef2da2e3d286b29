"""Durations carried over: every fact about the same pause gets its length.

An article states the length of a truce once ("a 30-day ceasefire", "von Samstag 18 Uhr
bis Sonntag Mitternacht") and then refers to it: the other side's mirrored commitment,
"the truce was violated", "die Waffenruhe gebrochen", "observed the ceasefire". The
sentence rules give the duration only where the number stands; this pass, run once the
draft is complete, copies it to the facts about the same term (lasting actions only):

- **explicit links**: a commitment that responds to a proposal, or a position's
  commitment, takes the duration of the regarded proposal's term with the same action;
  the two commitments of a reciprocity (the conditional one and the one its condition
  mirrors) share one;
- **definite reference**: a term whose action the sentence names with a definite
  article or possessive ("the truce", "die Feuerpause", "its own ceasefire", "diese
  Pause"), when the article states exactly one duration for that action and a
  compatible scope. Indefinite or other words ("a ceasefire", "eine dauerhafte
  Waffenruhe", "any truce", "a new truce") never take one: they may be another pause.

Two pauses of different lengths for one action are never merged: with more than one
duration known, only the explicit links carry one over. The length of an extension
("um weitere sechs Monate verlängert", "extend the truce by 30 days") is not the length
of the pause it extends, and a sentence about an extension takes none. A fact that
restates an undertaking another fact already states with its duration (same debtors or
proposers, same action: "Die USA setzen ihre Senkung um, sofern …") is left alone: the
reviewer merges it into that fact. Reports that a pause was kept or broken
(:mod:`kg.extract.rules.compliance`) are facts of their own and do take the duration.

Examples
--------
>>> import kg.extract
>>> draft = kg.extract.parse(
...     "Russland und die Ukraine vereinbarten eine Waffenruhe von 30 Tagen. "
...     "Die Ukraine warf Russland vor, die Waffenruhe gebrochen zu haben.",
...     lang="de", published="2025-03-18", article_id="x")
>>> sorted({c.term.duration for c in draft.commitments})
['P30D']
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Final

from pydantic import TypeAdapter, ValidationError

from kg.codes import ActionType, Scope
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact
from kg.extract.numbers import find_durations
from kg.extract.rules.terms import LASTING
from kg.model import Duration

__all__ = ["propagate_durations"]

_CANONICAL: Final = TypeAdapter(Duration)
#: A definite article or possessive, perhaps with an adjective or two, right before the
#: action's words: "the truce", "die vereinbarte Waffenruhe", "its own ceasefire".
_DEFINITE: Final = {
    "de": re.compile(
        r"\b(?:die|der|den|dem|des|diese[rnms]?|jene[rnms]?|seine[rnms]?|ihre[rnms]?|"
        r"unsere[rnms]?|deren|dessen)\s+(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:the|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
    ),
}
#: Words that make the pause another one: indefinite, new, general or lasting.
_OTHER: Final = {
    "de": re.compile(
        r"\b(?:eine[rnms]?|ein|jede[rnms]?|keine[rnms]?|neue\w*|weitere\w*|andere\w*|"
        r"dauerhaft\w*|endgültig\w*|unbefristet\w*|künftig\w*|mögliche\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:a|an|any|another|new|further|other|permanent|lasting|indefinite|future|"
        r"possible|durable)\b",
        re.IGNORECASE,
    ),
}

#: Words of an extension: its length is not the length of the pause it extends.
_EXTENSION: Final = {
    "de": re.compile(
        r"\b(?:verlänger\w*|Verlängerung\w*|um weitere|erneuer\w*|fortsetz\w*)", re.IGNORECASE
    ),
    "en": re.compile(
        r"\b(?:extend\w*|extension|prolong\w*|renew\w*|for another|for a further)\b",
        re.IGNORECASE,
    ),
}


@functools.cache
def _canonical(iso: str) -> str | None:
    try:
        return _CANONICAL.validate_python(iso)
    except ValidationError:
        return None


def _terms(record: DraftFact) -> list[dict[str, Any]]:
    if record.section == "proposals":
        return [t for t in record.fields.get("terms", ()) if isinstance(t, dict)]
    term = record.fields.get("term")
    return [term] if isinstance(term, dict) else []


def _scopes(term: dict[str, Any]) -> frozenset[Scope]:
    return frozenset(term.get("scope", ())) - {Scope.general}


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Return whether two terms may be one: same action, scopes not telling them apart."""
    if a["action"] is not b["action"]:
        return False
    sa, sb = _scopes(a), _scopes(b)
    return not sa or not sb or sa == sb


def _who(record: DraftFact) -> tuple[str, ...]:
    if record.section == "proposals":
        return tuple(sorted(record.fields.get("proposed_by", ())))
    return tuple(sorted(record.fields.get("debtor", ())))


def _durations(found: Sequence[tuple[DraftFact, dict[str, Any]]]) -> set[str]:
    out = set()
    for _, term in found:
        iso = _canonical(term["duration"])
        if iso is not None:
            out.add(iso)
    return out


def _definite(ctx: Context, action: ActionType) -> bool:
    """Whether the sentence names ``action`` with a definite article and nothing indefinite."""
    for hit in ctx.terms:
        if hit.action is not action:
            continue
        before = ctx.text[max(0, hit.start - 40) : hit.start]
        article = _DEFINITE[ctx.language].search(before)
        if article is None:
            continue
        if _OTHER[ctx.language].search(before[article.start() :] + ctx.text[hit.start : hit.end]):
            continue
        return True
    return False


def _indefinite(ctx: Context, action: ActionType) -> bool:
    """Whether the sentence names ``action`` only as another pause ("a ceasefire").

    Such a term is a pause of its own, even where a position links it to a proposal: "Russia
    rejected the proposal. A ceasefire would only be possible if …" does not take the
    proposal's length.
    """
    hits = [hit for hit in ctx.terms if hit.action is action]
    return bool(hits) and all(
        _OTHER[ctx.language].search(ctx.text[max(0, hit.start - 20) : hit.end]) is not None
        for hit in hits
    )


class _Stated:
    """The terms that state a duration, indexed so each lookup is about one action.

    Looking a term up scans only the stated terms of the same action (and the same
    debtors or proposers), so the pass stays linear in the length of an article.
    """

    def __init__(
        self, stated: Sequence[tuple[DraftFact, dict[str, Any]]], contexts: Sequence[Context]
    ) -> None:
        self._by_who: dict[tuple[Any, ...], list[tuple[DraftFact, frozenset[Scope]]]] = defaultdict(
            list
        )
        self._by_action: dict[ActionType, list[tuple[frozenset[Scope], str]]] = defaultdict(list)
        self._known: dict[tuple[ActionType, frozenset[Scope]], set[str]] = {}
        for record, term in stated:
            scopes = _scopes(term)
            key = (record.section, _who(record), term["action"])
            self._by_who[key].append((record, scopes))
            iso = _canonical(term["duration"])
            if iso is not None and not _extends(record, contexts):
                self._by_action[term["action"]].append((scopes, iso))

    def restates(self, record: DraftFact, term: dict[str, Any]) -> bool:
        """Whether ``record`` tells again an undertaking another fact states with its duration.

        The same debtors (proposers) and a compatible term: a restatement ("Die USA setzen
        ihre Senkung um, sofern …") the reviewer merges into the fact that has the duration.
        """
        if ".compliance" in record.rule:
            return False  # a report that it was kept or broken: a fact of its own
        scopes = _scopes(term)
        bucket = self._by_who.get((record.section, _who(record), term["action"]), [])
        return any(r is not record and (not s or not scopes or s == scopes) for r, s in bucket)

    def known(self, term: dict[str, Any]) -> set[str]:
        """Return the durations stated for terms compatible with ``term``, extensions left out."""
        key = (term["action"], _scopes(term))
        if key not in self._known:
            scopes = key[1]
            self._known[key] = {
                iso
                for s, iso in self._by_action.get(term["action"], [])
                if not s or not scopes or s == scopes
            }
        return set(self._known[key])


def _extends(record: DraftFact, contexts: Sequence[Context]) -> bool:
    """Whether the record's sentence speaks of an extension ("um sechs Monate verlängern")."""
    if not 0 <= record.sentence < len(contexts):
        return False
    ctx = contexts[record.sentence]
    return bool(_EXTENSION[ctx.language].search(ctx.text))


def _names_another(record: DraftFact, contexts: Sequence[Context]) -> bool:
    """Whether a commitment's sentence names every action of it only as another pause."""
    if not 0 <= record.sentence < len(contexts):
        return False
    actions = [term["action"] for term in _terms(record)]
    return bool(actions) and all(_indefinite(contexts[record.sentence], a) for a in actions)


def _links(draft: Draft, contexts: Sequence[Context]) -> list[tuple[DraftFact, DraftFact]]:
    """Return pairs of records that are explicitly about the same term.

    A commitment whose sentence names its action only indefinitely is not linked to the
    proposal it answers (see :func:`_indefinite`).
    """
    pairs: list[tuple[DraftFact, DraftFact]] = []
    for commitment in draft.section("commitments"):
        target = draft.get(commitment.fields.get("responds_to") or "")
        if target is not None and not _names_another(commitment, contexts):
            pairs.append((target, commitment))
        for cid in commitment.fields.get("conditions", ()):
            condition = draft.get(cid)
            mirrored = draft.get((condition.fields.get("mirrors") or "") if condition else "")
            if mirrored is not None:
                pairs.append((mirrored, commitment))
    for position in draft.section("positions"):
        regarded = draft.get(position.fields.get("regarding") or "")
        taken = draft.get(position.fields.get("commitment") or "")
        if regarded is None or taken is None:
            continue
        if not _names_another(taken, contexts):
            pairs.append((regarded, taken))
    return pairs


#: A sentence that only states how long the pause just named lasts: "Sie soll 60 Tage
#: dauern", "Die Waffenruhe gilt zunächst zwei Wochen", "It will initially hold for three
#: weeks", "The truce is to last 30 days".
_LENGTH_ALONE: Final = {
    "de": re.compile(
        r"^(?:Sie|Diese|Es|Das|(?:Die|Der)\s+(?:[\w-]+\s+)?(?:\w*Waffenruhe|\w*Feuerpause|"
        r"\w*[Pp]ause|Waffenstillstand|Aussetzung|Moratorium))\s+"
        r"(?:[\w-]+\s+){0,6}?(?:dauer\w*|gelt\w*|gilt|galt|lauf\w*|läuft|halt\w*|hält|"
        r"bestehen|besteht|in Kraft)\b"
    ),
    "en": re.compile(
        r"^(?:It|This|The\s+(?:[\w-]+\s+)?(?:truce|ceasefire|pause|moratorium|halt|"
        r"suspension))\s+(?:[\w-]+\s+){0,5}?(?:last\w*|hold\w*|run\w*|remain\w*|apply|applies|"
        r"stay\w*)\b"
    ),
}


def _length_alone(ctx: Context) -> str | None:
    """Return the one duration a sentence states for the pause named before it, if any."""
    if not _LENGTH_ALONE[ctx.language].match(ctx.text):
        return None
    if any(hit.action not in LASTING for hit in ctx.terms):
        return None
    found = {d.iso for d in find_durations(ctx.text, ctx.language, ctx.published)}
    return _canonical(found.pop()) if len(found) == 1 else None


def carry_stated_length(draft: Draft, contexts: Sequence[Context]) -> int:
    """Give the pause of one sentence the length the next sentence states on its own.

    "Russland schlug eine Waffenruhe vor. Sie solle 30 Tage dauern": the proposal's
    ceasefire lasts 30 days. Only when the sentence before has facts with lasting terms
    of a single action and no duration; a term of unknown action the length sentence gave
    the same fact (``other`` with that duration) is that length, not another undertaking.

    Returns
    -------
    int
        How many terms were given a duration.
    """
    given = 0
    by_sentence: dict[int, list[DraftFact]] = defaultdict(list)
    for record in draft.section("proposals") + draft.section("commitments"):
        by_sentence[record.sentence].append(record)
    for i, ctx in enumerate(contexts):
        if i == 0:
            continue
        iso = _length_alone(ctx)
        if iso is None:
            continue
        before = by_sentence.get(i - 1, [])
        open_terms = [
            (r, t)
            for r in before
            for t in _terms(r)
            if t["action"] in LASTING and not t.get("duration")
        ]
        if len({t["action"] for _, t in open_terms}) != 1:
            continue
        for record, term in open_terms:
            term["duration"] = iso
            given += 1
            terms = record.fields.get("terms")
            if record.section == "proposals" and isinstance(terms, (list, tuple)):
                kept = [
                    t
                    for t in terms
                    if not (t.get("action") is ActionType.other and t.get("duration") == iso)
                ]
                record.fields["terms"] = type(terms)(kept) if kept else terms
    return given


def propagate_durations(draft: Draft, contexts: Sequence[Context]) -> int:
    """Give the terms that lack a duration the duration of the same term elsewhere.

    Parameters
    ----------
    draft
        The complete draft of an article; its records are updated in place.
    contexts
        The article's sentences, by index (for the words around a term).

    Returns
    -------
    int
        How many terms were given a duration.
    """
    carried = carry_stated_length(draft, contexts)
    records = draft.section("proposals") + draft.section("commitments")
    stated = [
        (r, t) for r in records for t in _terms(r) if t.get("duration") and t["action"] in LASTING
    ]
    missing = [(r, t) for r in records for t in _terms(r) if not t.get("duration")]
    missing = [(r, t) for r, t in missing if t["action"] in LASTING]
    if not stated or not missing:
        return carried
    links = _links(draft, contexts)
    index = _Stated(stated, contexts)
    given = _follow(links, index)
    for record, term in missing:
        if term.get("duration") or index.restates(record, term):
            continue
        if not 0 <= record.sentence < len(contexts) or _extends(record, contexts):
            continue
        if not _definite(contexts[record.sentence], term["action"]):
            continue
        known = index.known(term)
        if len(known) == 1:
            term["duration"] = known.pop()
            given += 1
    return carried + given + _follow(links, index)


def _follow(
    links: Sequence[tuple[DraftFact, DraftFact]],
    index: _Stated,
) -> int:
    """Share durations along explicit links, in both directions, until nothing changes."""
    given, changed = 0, True
    while changed:
        changed = False
        for a, b in links:
            for x, y in ((a, b), (b, a)):
                for ty in _terms(y):
                    if ty.get("duration") or ty["action"] not in LASTING:
                        continue
                    if index.restates(y, ty):
                        continue
                    known = _durations(
                        [(x, t) for t in _terms(x) if t.get("duration") and _compatible(t, ty)]
                    )
                    if len(known) == 1:
                        ty["duration"] = known.pop()
                        given += 1
                        changed = True
    return given
