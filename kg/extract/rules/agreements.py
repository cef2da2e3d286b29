"""Agreements: not reached, announced exchanges, and agreements said to be reached.

- "konnten sich nicht auf eine allgemeine Waffenruhe einigen", "did not produce the
  ceasefire" → an agreement with status ``not_reached``;
- "Russland und die Ukraine würden je 175 Gefangene austauschen", "would exchange 175
  prisoners of war each", "1000 gegen 1000" → an announced exchange with one commitment
  per side (quantity, unit, the day if the sentence gives one);
- "haben … vereinbart", "agreed to" with two parties → an announced agreement;
- "Als Vermittler wirkten Ägypten, Katar und die Türkei mit", "begleitet von den
  Garantiestaaten …", "brokered by …" soon after an agreement → its mediators.
"""

from __future__ import annotations

import re
from typing import Any

from kg.codes import ActionType, AgreementStatus, CommitmentStatus, PartyKind
from kg.extract.context import Context
from kg.extract.dates import find_date
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import find_mentions, gazetteer, state_of
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import TermHit

__all__ = ["add_agreement", "add_mediators", "add_release"]


_MEDIATED = re.compile(
    r"\b(?:mediated by|brokered by|with the help of|unter Vermittlung|vermittelt von)\b",
    re.IGNORECASE,
)

#: Mediators and guarantors named on their own, after the agreement's sentence.
_MEDIATORS = {
    "de": re.compile(
        r"\b(?:als Vermittler\w*|unter Vermittlung|vermittelt von|Garantiestaat\w*|"
        r"Garantiem(?:ä|ae)cht\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:mediated by|brokered by|as (?:mediators?|guarantors?)|guarantors?|"
        r"in the presence of)\b",
        re.IGNORECASE,
    ),
}
#: How many sentences after an agreement its mediators may be named.
_MEDIATOR_REACH = 3


#: A definite reference to an agreement named before: "welcomed the agreement".
_BACK_TO_DEAL = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NOUNS = frozenset({"agreement", "deal"})


def _states(ctx: Context, start: int = 0) -> list[str]:
    out: list[str] = []
    for m in ctx.parties(start):
        state = state_of(m.party_id)
        party = gazetteer().get(state)
        place = m.preposition not in ("", "mit", "with", "gegen", "against")
        if party is not None and state not in out and not place:
            out.append(state)
    return out


def add_agreement(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the agreement a sentence reports, if any."""
    record = _agreement(ctx, draft)
    if record is not None:
        record.topic = record.topic | {t.action for t in ctx.terms}
    return record


def add_mediators(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the mediators a sentence names after it to the latest announced agreement.

    Only the parties named after the cue and in its clause (up to ';') count, and only
    those not already parties to the agreement. Returns the agreement, or None.
    """
    found = _MEDIATORS[ctx.language].search(ctx.text)
    if found is None or cue("agreed", ctx.language).search(ctx.text):
        return None  # an agreement sentence names its mediators itself (add_agreement)
    index = ctx.sentence.index
    recent = [
        a
        for a in draft.section("agreements")
        if a.fields["status"] is not AgreementStatus.not_reached
        and a.sentence < index <= a.sentence + _MEDIATOR_REACH
    ]
    if not recent:
        return None
    latest = recent[-1]
    clause = ctx.text.find(";", found.end())
    end = clause if clause >= 0 else len(ctx.text)
    mediators = [
        s
        for s in _states(ctx)
        if s not in latest.fields["parties"]
        and any(found.end() <= m.start < end and state_of(m.party_id) == s for m in ctx.parties())
    ]
    if not mediators:
        return None
    latest.fields["mediators"] = tuple(sorted({*latest.fields.get("mediators", ()), *mediators}))
    latest.add_span(*ctx.span())
    return latest


def _agreement(ctx: Context, draft: Draft) -> DraftFact | None:
    not_agreed = cue("not_agreed", ctx.language).search(ctx.text)
    if not_agreed is not None and ctx.terms:
        return _not_reached(ctx, draft)
    exchange = next((t for t in ctx.terms if t.action is ActionType.exchange_prisoners), None)
    if exchange is not None and exchange.quantity is not None:
        return _exchange(ctx, draft, exchange)
    agreed = cue("agreed", ctx.language).search(ctx.text)
    negated = cue("negation", ctx.language).search(ctx.text)
    if agreed is None or negated is not None:
        return None
    mediation = _MEDIATED.search(ctx.text)
    mediators = [m for m in _states(ctx, mediation.end()) if mediation] if mediation else []
    states = [s for s in _states(ctx) if s not in mediators]
    earlier = draft.section("agreements")
    if mediators and len(states) < 2 and earlier:
        latest = earlier[-1]
        latest.fields["mediators"] = tuple(
            sorted(set(latest.fields.get("mediators", ())) | set(mediators))
        )
        latest.add_span(*ctx.span())
        return latest
    for record in earlier:
        if record.fields["parties"] == tuple(sorted(states)):
            record.add_span(*ctx.span())
            return record
    if _BACK_TO_DEAL.search(ctx.text[: agreed.start()]) and agreed.group().lower() in _NOUNS:
        return None  # "Egypt and Qatar welcomed the agreement": one announced before
    if len(states) >= 2:
        action = ctx.terms[0].action.value if ctx.terms else "deal"
        fields: dict[str, Any] = {
            "parties": tuple(sorted(states)),
            "status": AgreementStatus.announced,
            **ctx.common(),
        }
        if mediators:
            fields["mediators"] = tuple(sorted(mediators))
        agreement = draft.add(
            "agreements",
            slug(*states[:2], action, "agreement"),
            fields,
            ctx.span(),
            rule=f"{ctx.language}.agreement.agreed",
            confidence=0.5 if ctx.terms else 0.4,
            sentence=ctx.sentence.index,
        )
        _agreed_terms(ctx, draft, agreement, agreed.end())
        return agreement
    return None


#: Actions an agreement's own sentence may give as what both sides take on.
_SHARED = frozenset(
    {
        ActionType.exchange_prisoners,
        ActionType.ceasefire,
        ActionType.end_hostilities,
        ActionType.halt_attacks,
    }
)


def _agreed_terms(ctx: Context, draft: Draft, agreement: DraftFact, after: int) -> None:
    """Give an agreement the shared act its own sentence names, one commitment per side.

    "Israel and Hamas agreed to exchange prisoners", "einigten sich auf einen
    Gefangenenaustausch": both parties take on the exchange (a truce, a halt to attacks);
    what a later sentence spells out replaces them (:mod:`kg.extract.rules.commitments`).
    """
    parties: tuple[str, ...] = agreement.fields["parties"]
    hits = [t for t in ctx.terms if t.start >= after and t.action in _SHARED][:1]
    if len(parties) != 2 or not hits or hits[0].duration is not None:
        return  # a truce of a stated length is one joint commitment (rules.frames)
    made = []
    for debtor, creditor in (parties, parties[::-1]):
        made.append(
            draft.add(
                "commitments",
                slug(debtor, hits[0].action.value, "agreed", agreement.id),
                {"debtor": (debtor,), "creditor": (creditor,), "term": term_fields(hits[0]),
                 "status": CommitmentStatus.active, **ctx.common()},
                ctx.segment(hits[0].start, hits[0].end),
                rule=f"{ctx.language}.commitment.agreed-side",
                confidence=0.5,
                sentence=ctx.sentence.index,
            )
        )  # fmt: skip
    agreement.fields["commitments"] = tuple(sorted(c.id for c in made))
    agreement.topic = agreement.topic | {hits[0].action}


def _main_states(draft: Draft, ctx: Context) -> list[str]:
    """Return the two states the article names most often up to this sentence.

    The article's state mentions are found once and counted incrementally as the
    sentences advance (rules visit sentences in order), so an article costs linear time.
    """
    memo = draft.memo.get("main-states")
    if memo is None or memo["language"] != ctx.language or memo["end"] > ctx.sentence.end:
        ends: list[tuple[int, str]] = []
        for m in find_mentions(draft.text, ctx.language):
            state = state_of(m.party_id)
            party = gazetteer().get(state)
            if not m.compound and party is not None and party.kind is PartyKind.state:
                ends.append((m.end, state))
        memo = {"language": ctx.language, "ends": ends, "next": 0, "end": 0, "counts": {}}
        draft.memo["main-states"] = memo
    ends, counts, i = memo["ends"], memo["counts"], memo["next"]
    while i < len(ends) and ends[i][0] <= ctx.sentence.end:
        counts[ends[i][1]] = counts.get(ends[i][1], 0) + 1
        i += 1
    memo["next"], memo["end"] = i, ctx.sentence.end
    ranked = sorted(counts, key=lambda s: (-counts[s], s))
    return sorted(ranked[:2]) if len(ranked) >= 2 else []


def _not_reached(ctx: Context, draft: Draft) -> DraftFact | None:
    states = _states(ctx)
    if len(states) < 2:
        calls = [
            r
            for r in draft.section("interactions")
            if r.sentence <= ctx.sentence.index and len(r.fields["participants"]) > 1
        ]
        for interaction in reversed(calls):
            states += [state_of(p) for p in interaction.fields["participants"]]
            break
    parties = tuple(sorted(set(states)))
    if not parties:
        return None
    action = ctx.terms[0].action.value
    for same in draft.find("agreements", lambda r: r.id.startswith(slug(action, "not"))):
        same.add_span(*ctx.span())
        return same
    fields: dict[str, Any] = {"parties": parties, "status": AgreementStatus.not_reached}
    return draft.add(
        "agreements",
        slug(action, "not-reached"),
        {**fields, **ctx.common()},
        ctx.span(),
        rule=f"{ctx.language}.agreement.not-reached",
        confidence=0.65,
        sentence=ctx.sentence.index,
    )


def _exchange(ctx: Context, draft: Draft, hit: TermHit) -> DraftFact | None:
    quantity, term = hit.quantity or 0, term_fields(hit)
    for earlier in draft.section("agreements"):
        if earlier.id == slug("exchange", str(quantity)):
            earlier.add_span(*ctx.span())
            return earlier
    states = _states(ctx)[:2]
    if len(states) < 2:
        states = _main_states(draft, ctx)
    if not states:
        return None
    day = find_date(ctx.text, ctx.language, ctx.published)
    if day is not None:
        term = {**term, "starts": day.day, "ends": day.day}
    commitments = []
    if len(states) == 2:
        for debtor, creditor in (states, states[::-1]):
            commitments.append(
                draft.add(
                    "commitments",
                    slug(debtor, "exchange", str(quantity)),
                    {
                        "debtor": (debtor,),
                        "creditor": (creditor,),
                        "term": dict(term),
                        "status": CommitmentStatus.active,
                        **ctx.common(),
                    },
                    ctx.segment(hit.start, hit.end),
                    rule=f"{ctx.language}.commitment.exchange-side",
                    confidence=0.6,
                    sentence=ctx.sentence.index,
                )
            )
    return draft.add(
        "agreements",
        slug("exchange", str(quantity)),
        {
            "parties": tuple(sorted(states)),
            "commitments": tuple(sorted(c.id for c in commitments)),
            "status": AgreementStatus.announced,
            **ctx.common(),
        },
        ctx.span(),
        rule=f"{ctx.language}.agreement.exchange",
        confidence=0.7,
        sentence=ctx.sentence.index,
    )


def add_release(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add a one-sided release of a number of persons as an active commitment.

    "23 schwer verwundete Soldaten freilassen", "hand over 23 severely wounded servicemen".
    """
    hit = next((t for t in ctx.terms if t.action is ActionType.release_persons), None)
    if hit is None or hit.quantity is None:
        return None
    actors = [m for m in ctx.actors() if m.end <= hit.start + 40]
    debtor = state_of(actors[0].party_id) if actors else ctx.speaker_state()
    if debtor is None:
        return None
    others = [s for s in _main_states(draft, ctx) if s != debtor]
    fields: dict[str, Any] = {
        "debtor": (debtor,),
        "term": term_fields(hit),
        "status": CommitmentStatus.active,
        **ctx.common(),
    }
    if others:
        fields["creditor"] = (others[0],)
    return draft.add(
        "commitments",
        slug(debtor, "release", str(hit.quantity)),
        fields,
        ctx.segment(hit.start, hit.end),
        rule=f"{ctx.language}.commitment.release",
        confidence=0.55,
        sentence=ctx.sentence.index,
    )
