"""What a position regards: the proposal, agreement or demand a stance answers.

In order: a proposal (or an agreement) the sentence itself states; for a definite
reference to a deal ("backed the deal", "dem Abkommen zugestimmt") the latest earlier
agreement whose commitments are known; the nearest earlier proposal or demand about one of
the sentence's actions ("rejected any suggestion that the truce hinged on sanctions
relief" → the demand to lift sanctions), else an agreement about it whose commitments are
known; for a silence, what was put to the silent party; a proposal the sentence names
("welcomed the proposal"); a demand made of the holder ("Paschinjan stellte eine
Volksabstimmung in Aussicht" after "Baku verlangt, dass Armenien …"); the nearest earlier
demand when the sentence speaks of conditions ("Asked about the Russian conditions, …");
else the nearest earlier proposal, unless the sentence is about an action none of these
is about. A stance of a party never regards its own proposal or demand, and a later
proposal only when nothing earlier fits. A plural reference ("had not responded to Kyiv's
proposals", "auf beide Vorschläge") regards each of the recent proposals of one proposer.
An agreement whose commitments are not known is too vague to take a stance on, except in
silence ("declined to comment on the deal").
"""

from __future__ import annotations

import re
from typing import Final

from kg.codes import ActionType, AgreementStatus, Stance
from kg.extract.context import Context
from kg.extract.draft import REACH, Draft, DraftFact
from kg.extract.parties import state_of
from kg.extract.rules.conditions import find_clause
from kg.extract.rules.terms import TermHit, find_scopes

__all__ = ["regarded_facts"]

#: A proposal, plan or offer named in the sentence ("den Vorschlag", "the idea").
PROPOSAL_WORD: Final = re.compile(
    r"\b(?:Vorschlag\w*|Vorstoß|Vorstoss|Angebot\w*|Plan\w*|Initiative|Forderung\w*|Idee|"
    r"Aufruf\w*|Appell\w*|proposals?|offers?|plans?|idea|suggestion|initiative|appeals?|"
    r"calls? (?:for|on))\b",
    re.IGNORECASE,
)
#: Conditions or demands named in the sentence ("the Russian conditions", "Forderungen").
_CONDITION_WORD: Final = re.compile(
    r"\b(?:Bedingung\w*|Vorbedingung\w*|Forderung\w*|Voraussetzung\w*|conditions|"
    r"preconditions?|demands)\b",
    re.IGNORECASE,
)
#: A definite reference to an agreement: "the deal", "dem Abkommen", "die Vereinbarung".
_DEAL: Final = re.compile(
    r"\b(?:the (?:deal|agreement|accord|arrangement|understanding)|"
    r"(?:das|dem|des|dieses|diesem) (?:Abkommen|Abkommens)|"
    r"(?:die|der|diese|dieser) (?:Vereinbarung|Einigung|Übereinkunft))\b",
    re.IGNORECASE,
)
#: More than one proposal referred to at once ("Kyiv's proposals", "either idea").
_PLURAL: Final = re.compile(
    r"\b(?:proposals|offers|ideas|either (?:idea|proposal|offer)|both (?:ideas|proposals|"
    r"offers)|Vorschläge\w*|Angebote\w*|beide(?:n)? (?:Vorschläge\w*|Angebote\w*|Ideen)|"
    r"keine(?:n|r)? der beiden (?:Vorschläge|Angebote|Ideen))\b",
    re.IGNORECASE,
)
#: A pause named without its kind ("such a pause", "eine solche Pause"): a halt of some sort.
_PAUSE: Final = re.compile(r"\b(?:pause|Pause|Atempause|moratorium|Moratorium)\b")
_PAUSES: Final = frozenset(
    {ActionType.ceasefire, ActionType.halt_attacks, ActionType.suspend_tariffs}
)
#: Stopping the fighting, named either way.
_FIRE: Final = frozenset({ActionType.ceasefire, ActionType.end_hostilities})
#: How many proposals a plural reference may take in.
_PLURAL_MAX: Final = 3


def _topic(record: DraftFact) -> frozenset[object]:
    """Return the actions a proposal, agreement or demand is about."""
    demanded = record.fields.get("demands")
    if record.section == "conditions":
        return frozenset({demanded["action"]}) if demanded else frozenset()
    return record.topic


def _in_sentence(record: DraftFact, ctx: Context) -> bool:
    start, end = ctx.sentence.start, ctx.sentence.end
    return record.sentence == ctx.sentence.index or any(start <= s < end for s, _ in record.spans)


def _demands(draft: Draft, party: str, index: int) -> list[DraftFact]:
    """Return the earlier demands and preconditions another party set, with an action."""
    return [
        c
        for c in draft.section("conditions")
        if c.sentence < index
        and "demands" in c.fields
        and party not in c.fields.get("imposed_by", ())
    ]


def regarded_facts(ctx: Context, draft: Draft, party: str, stance: Stance) -> list[str]:
    """Return the ids of what a stance of ``party`` in the sentence of ``ctx`` regards.

    Usually one id; several for a plural reference to recent proposals; none if the
    sentence can be about nothing drafted so far.
    """
    index = ctx.sentence.index
    silent = stance in (Stance.no_response, Stance.declines_comment)
    proposals = [
        p
        for p in draft.recent("proposals", index, ahead=REACH)
        if party not in p.fields["proposed_by"]
    ]
    agreements = [
        a
        for a in draft.recent("agreements", index)
        if a.sentence <= index and a.fields["status"] is not AgreementStatus.not_reached
    ]
    pool = list(proposals)
    if silent and not PROPOSAL_WORD.search(ctx.text):
        pool += agreements
    else:
        pool += [a for a in agreements if a.sentence == index]
    pool.sort(key=lambda r: r.sentence)
    here = [p for p in pool if _in_sentence(p, ctx)]
    deal = _DEAL.search(ctx.text)
    if not here and deal is not None and not PROPOSAL_WORD.search(ctx.text):
        # "sie habe dem Abkommen zugestimmt", "backed the deal": the latest agreement whose
        # terms are known (one whose terms are not is too vague a thing to take a stance on)
        earlier = [a for a in agreements if a.sentence < index and a.fields.get("commitments")]
        if earlier:
            return [earlier[-1].id]
    if here:
        return [here[0].id]
    plural = _plural(ctx, proposals, index)
    if plural:
        return plural
    own, text = _own_terms(ctx, stance)
    topic: set[object] = {t.action for t in own} | find_scopes(text, ctx.language)
    if not topic and _PAUSE.search(ctx.text):
        topic = set(_PAUSES)
    if topic & _FIRE:  # "die Kämpfe einzustellen" answers a call for a ceasefire
        topic |= _FIRE
    if stance is Stance.considers:  # "agreed to start talks on the details": of something else
        topic.discard(ActionType.hold_talks)
    demands = _demands(draft, party, index)
    # "would observe the ceasefire": the agreement on it (with known terms), if no proposal is
    matching = [p for p in pool + demands if topic & _topic(p)] or [
        a for a in agreements if topic & a.topic and a.fields.get("commitments")
    ]
    matching.sort(key=lambda r: r.sentence)
    # "Aus Kiew keine Reaktion": on what was put to Kyiv
    state = state_of(party)
    addressed = [p for p in pool if silent and state in p.fields.get("proposed_to", ())]
    asked = [c for c in demands if state in c.fields.get("required_of", ())]
    named = demands if _CONDITION_WORD.search(ctx.text) else []
    # "welcomed the proposal", "ging auf die Forderung nicht ein": a proposal word names one
    worded = proposals if PROPOSAL_WORD.search(ctx.text) and not topic else []
    if topic and not matching and not silent:
        pool = []  # about an action nothing drafted so far is about: not a stance on it
    for candidates in (matching, addressed, worded, asked, named, pool):
        earlier = [p for p in candidates if p.sentence < index]
        if earlier:
            return [earlier[-1].id]
        if candidates and candidates is not asked and candidates is not named:
            return [candidates[0].id]
    return []


#: A characterisation added after a stance: "…, calling it a ploy to rearm Ukraine".
_ASIDE: Final = re.compile(
    r",\s+(?:calling|describing|branding|dismissing|und nannte|nannte|und bezeichnete|"
    r"bezeichnete)\b",
    re.IGNORECASE,
)


def _own_terms(ctx: Context, stance: Stance) -> tuple[list[TermHit], str]:
    """Return the terms an acceptance is about and the text without its condition clause.

    "Russland stimmte nur unter der Bedingung zu, dass der Westen keine Waffen mehr
    liefere": the halt of arms deliveries is the condition, not what is accepted.
    """
    aside = _ASIDE.search(ctx.text)
    if aside is not None:  # "rejected the plan, calling it a ploy to rearm Ukraine"
        blank = ctx.text[: aside.start()] + " " * (len(ctx.text) - aside.start())
        return [t for t in ctx.terms if t.start < aside.start()], blank
    clause = find_clause(ctx) if stance is Stance.accepts else None
    if clause is None:
        return list(ctx.terms), ctx.text
    text = ctx.text[: clause.start] + " " * (clause.end - clause.start) + ctx.text[clause.end :]
    return [t for t in ctx.terms if not clause.start <= t.start < clause.end], text


def _plural(ctx: Context, proposals: list[DraftFact], index: int) -> list[str]:
    """Return the recent proposals of one proposer a plural reference takes in."""
    if not _PLURAL.search(ctx.text):
        return []
    earlier = [p for p in proposals if p.sentence < index]
    if len(earlier) < 2:
        return []
    last = earlier[-1].fields["proposed_by"]
    same = [p for p in earlier if p.fields["proposed_by"] == last][-_PLURAL_MAX:]
    return [p.id for p in same] if len(same) >= 2 else []
