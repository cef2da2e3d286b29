"""Commitments under an agreement: what each side takes on, in the sentences that say so.

An announced agreement ("have agreed to stop attacking each other", "haben … eine
Atempause vereinbart") is usually followed by its terms: "neither side will target the
other", "Washington reduziert demnach die Zölle …", "Im Gegenzug senkt Peking seine
Abgaben …". A sentence with an action and a cue of obligation (will, would, is to,
commits; wird, soll, verpflichtet sich, a present-tense verb after "demnach" or "im
Gegenzug"), soon after the agreement's sentence (which only names it), gives one
commitment per side that takes the action on, listed under the agreement. A side is the
subject before the action or, German verb-second, right after the verb (a party of the
agreement), or every party for "each other", "neither side", "beide Seiten". A lasting
action without a duration of its own takes the agreement's, or that of an earlier
sentence since the agreement about the same action ("für zunächst 90 Tage").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from kg.codes import ActionType, AgreementStatus, CommitmentStatus
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.numbers import find_durations
from kg.extract.parties import state_of
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import LASTING, TermHit

__all__ = ["add_agreement_commitments"]

#: How many sentences after an agreement its terms may still be spelled out.
_REACH: Final = 6
_OBLIGATION: Final = {
    "de": re.compile(
        r"\b(?:wird|werden|würde|würden|soll|sollen|sollte|verpflichte\w*|sagt\w*\b[^.]{0,40}"
        r"\bzu|demnach|im Gegenzug|wiederum|senkt|reduziert|hebt|setzt|stellt|lässt|gibt|"
        r"sieht\b[^.]{0,60}\bvor|vorsieht|vorsehen)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:will|would|shall|is to|are to|was to|were to|agreed to|pledged|commits?|"
        r"committed|undert(?:ake|akes|ook)|in return|under the (?:arrangement|deal|agreement)|"
        r"(?:meant|intended|designed) to|aims? to|provides? for)\b",
        re.IGNORECASE,
    ),
}
_BOTH: Final = {
    "de": re.compile(
        r"\b(?:beide(?:n)? Seiten|keine der beiden Seiten|keine Seite|jede Seite|gegenseitig\w*|"
        r"einander|beide Regierungen|beide Länder)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:each other|one another|neither side|both sides|each side|the two sides|"
        r"mutual(?:ly)?|both countries|both governments)\b",
        re.IGNORECASE,
    ),
}
#: Actions that are not something a side takes on under an agreement.
_NOT_TERMS: Final = frozenset({ActionType.hold_talks, ActionType.renew_agreement})


def _agreement(ctx: Context, draft: Draft) -> DraftFact | None:
    """Return the latest announced agreement this sentence may spell out, or None."""
    index = ctx.sentence.index
    candidates = [
        a
        for a in draft.section("agreements")
        if a.fields["status"] is not AgreementStatus.not_reached
        and a.sentence < index <= a.sentence + _REACH
        and len(a.fields["parties"]) >= 2
    ]
    return candidates[-1] if candidates else None


def _debtors(ctx: Context, hit: TermHit, parties: tuple[str, ...]) -> tuple[str, ...]:
    """Return who takes the action at ``hit`` on: its subject, or both sides."""
    if _BOTH[ctx.language].search(ctx.text):
        return parties
    sides = [m for m in ctx.actors() if state_of(m.party_id) in parties]
    before = [m for m in sides if m.end <= hit.start]
    # German verb-second: "Im Gegenzug senkt Peking seine Abgaben"
    inverted = [m for m in sides if hit.start <= m.start <= hit.start + 30]
    chosen = before[-1:] or inverted[:1]
    return (state_of(chosen[0].party_id),) if chosen else ()


def _duration(
    ctx: Context,
    draft: Draft,
    agreement: DraftFact,
    action: ActionType,
    previous: Sequence[Context],
) -> str | None:
    """Return the duration the agreement gives: in its sentence, or for the same action.

    "haben … eine Atempause vereinbart. … senken … ihre Strafzölle für zunächst 90 Tage":
    the sentences since the agreement (``previous``) that give the action a duration.
    """
    for start, end in agreement.spans:
        found = find_durations(draft.text[start:end], ctx.language)
        if found:
            return found[0].iso
    for earlier in previous:
        if earlier.sentence.index < agreement.sentence:
            continue
        for hit in earlier.terms:
            if hit.action is action and hit.duration is not None:
                return hit.duration
    return None


def add_agreement_commitments(
    ctx: Context, draft: Draft, previous: Sequence[Context] = ()
) -> list[DraftFact]:
    """Add the commitments a sentence states under the latest announced agreement.

    ``previous`` are the sentences before (nearest last), for the agreement's duration.

    Returns the commitments added (none if the sentence states no obligation, names no
    action or no side).
    """
    agreement = _agreement(ctx, draft)
    if agreement is None or not ctx.terms:
        return []
    if not _OBLIGATION[ctx.language].search(ctx.text):
        return []
    if cue("condition", ctx.language).search(ctx.text) or cue("not_agreed", ctx.language).search(
        ctx.text
    ):
        return []  # a conditional or failed undertaking is the other rules' to read
    parties: tuple[str, ...] = agreement.fields["parties"]
    listed = set(agreement.fields.get("commitments", ()))
    # what the agreement's own sentence named is provisional: spelled-out terms replace it
    provisional = {
        r.id
        for r in draft.section("commitments")
        if r.id in listed and r.rule.endswith(".commitment.agreed-side")
    }
    taken = {
        (r.fields["debtor"], r.fields["term"]["action"])
        for r in draft.section("commitments")
        if r.id in listed and r.id not in provisional
    }
    here = {
        r.fields["term"]["action"]
        for r in draft.section("commitments")
        if r.sentence == ctx.sentence.index
    }  # an exchange or release the sentence gave already
    out: list[DraftFact] = []
    for hit in ctx.terms:
        if hit.action in _NOT_TERMS or hit.action in here:
            continue
        for debtor in _debtors(ctx, hit, parties):
            if ((debtor,), hit.action) in taken:
                continue
            taken.add(((debtor,), hit.action))
            term: dict[str, Any] = term_fields(hit)
            if "duration" not in term and hit.action in LASTING:
                duration = _duration(ctx, draft, agreement, hit.action, previous)
                if duration is not None:
                    term["duration"] = duration
            fields: dict[str, Any] = {
                "debtor": (debtor,),
                "term": term,
                "status": CommitmentStatus.active,
                **ctx.common(),
            }
            creditors = tuple(p for p in parties if p != debtor)
            if creditors:
                fields["creditor"] = creditors
            out.append(
                draft.add(
                    "commitments",
                    slug(debtor, hit.action.value, "under", agreement.id),
                    fields,
                    ctx.segment(hit.start, hit.end),
                    rule=f"{ctx.language}.commitment.under-agreement",
                    confidence=0.5,
                    sentence=ctx.sentence.index,
                )
            )
    if out:
        for fact_id in provisional:
            record = draft.get(fact_id)
            if record is not None:
                draft.remove(record)
        listed -= provisional
        agreement.fields["commitments"] = tuple(sorted(listed | {c.id for c in out}))
        agreement.topic = agreement.topic | {c.fields["term"]["action"] for c in out}
    return out
