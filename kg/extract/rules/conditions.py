"""Conditions: reciprocity, preconditions and demands, and the commitments they gate.

A condition clause starts at a condition cue ("wenn", "sofern", "nur unter der
Bedingung", "if", "provided that", "only after") and runs to the end of its clause. With a
reciprocity cue in it ("wenn Kiew dies auch tut", "dass Kiew sich ebenso zurückhält",
"provided that Russia accepted it as well") it is a reciprocity condition: the party named
in the clause must take on the same term, so the rule adds that mirrored commitment
(status proposed). Otherwise each action in the clause is a precondition (gating cue:
"nur", "zuvor", "Voraussetzung", "only", "must", "preconditions") or a demand, one per item
of a list, each evidenced by its item (German verb-final clauses joined by "und" are items
too). The party a demand asks is named in it, never as a place ("from all of Ukraine's
territory"); a demand that names nobody is asked of those a later sentence says imposed
the measures it targets ("Most of those measures were imposed by …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from kg.codes import ActionType, CommitmentStatus, ConditionKind, Modality, PartyKind
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import PartyMention, adjective_party, state_of
from kg.extract.rules.lists import item_bounds, verb_final_items
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import TermHit

__all__ = [
    "ConditionClause",
    "add_conditional_commitment",
    "add_preconditions",
    "fill_required_of",
    "find_clause",
]


@dataclass(frozen=True, slots=True)
class ConditionClause:
    """A condition clause in a sentence (relative offsets) and what it says."""

    start: int
    end: int
    reciprocal: bool
    gating: bool
    required_of: tuple[str, ...]


def find_clause(ctx: Context, *, after: int = 0) -> ConditionClause | None:
    """Return the first condition clause of the sentence at or after ``after``."""
    match = cue("condition", ctx.language).search(ctx.text, after)
    if match is None:
        return None
    end = ctx.clause_end(match.end())
    comma = ctx.text.find(",", match.end())
    if match.start() <= 2 and comma != -1:  # "Sollte Kiew …, werde …", "If …, …"
        end = min(end, comma)
    clause = ctx.text[match.start() : end]
    reciprocal = bool(cue("reciprocity", ctx.language).search(clause))
    gating = bool(cue("gating", ctx.language).search(ctx.text[max(0, match.start() - 30) : end]))
    required = _subjects(ctx, match.start(), end) or _adjective_actors(ctx, match.start(), end)
    return ConditionClause(match.start(), end, reciprocal, gating, required)


_COORDINATED: Final = re.compile(r"\s*(?:und|and|sowie|,)\s*(?:die|der|das|the)?\s*")


def _subjects(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    """Return the states of a clause's subject, with those coordinated with it.

    The subject is the clause's first party that is no object ("if Russia and Belarus …").
    A party named later in the clause is what the action is done to or where, not who must
    act: "as long as the United States stops bombing Yemen" asks the United States only.
    """
    named = [m for m in ctx.parties(start, end) if not m.object]
    if not named:
        return ()
    found = {state_of(named[0].party_id)}
    previous = named[0]
    for m in named[1:]:
        if not _COORDINATED.fullmatch(ctx.text[previous.end : m.start]):
            break
        found.add(state_of(m.party_id))
        previous = m
    return tuple(sorted(found))


#: "Western", "westliche": the West as the actor of the action it qualifies.
_WEST_ADJECTIVE: Final = re.compile(r"(?:Western|westlich\w*)", re.IGNORECASE)


def _adjective_actors(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    """Return the states whose adjective qualifies an action in ``start:end``.

    "only if Western arms deliveries stopped", "wenn die ukrainische Mobilmachung endet":
    an adjective right before an action names its actor when the clause names no party.
    """
    found: set[str] = set()
    for word in re.finditer(r"[\w-]+", ctx.text[start:end]):
        at = start + word.end()
        if not any(
            at < t.start <= at + 25 or t.start <= at - len(word.group()) < t.end for t in ctx.terms
        ):
            continue
        party = adjective_party(word.group())
        if party is None and _WEST_ADJECTIVE.fullmatch(word.group()):
            party = "the-west"
        if party is not None:
            found.add(party)
    return tuple(sorted(found))


def add_conditional_commitment(
    ctx: Context,
    draft: Draft,
    *,
    debtor: str,
    clause: ConditionClause,
    term: dict[str, Any],
    responds_to: str | None,
    other: tuple[str, ...],
    confidence: float = 0.65,
) -> tuple[DraftFact, list[DraftFact]] | None:
    """Add a commitment of ``debtor`` gated by ``clause``, its conditions and any mirror.

    Returns the commitment and its conditions, or None if the clause names nobody it
    requires something of and ``other`` (the other addressees) is empty.
    """
    required = tuple(p for p in clause.required_of if p != debtor) or other
    if not required:
        return None
    common = ctx.common()
    span = ctx.span(clause.start, clause.end)
    conditions: list[DraftFact] = []
    action = term["action"].value
    base = {"debtor": (debtor,), "term": term, "status": CommitmentStatus.conditional}
    if responds_to is not None:
        base["responds_to"] = responds_to
    existing = _commitment(draft, (debtor,), term["action"])
    if clause.reciprocal:
        mirror = _commitment(draft, required, term["action"]) or draft.add(
            "commitments",
            slug(*required, action),
            {"debtor": required, "creditor": (debtor,), "term": dict(term),
             "status": CommitmentStatus.proposed, **common,
             **({"responds_to": responds_to} if responds_to else {})},
            _mirror_span(ctx, clause, required),
            rule=f"{ctx.language}.commitment.mirror",
            confidence=0.6,
            sentence=ctx.sentence.index,
        )  # fmt: skip
        condition = draft.add(
            "conditions",
            slug(*required, "reciprocity", action),
            {"kind": ConditionKind.reciprocity, "imposed_by": (debtor,),
             "required_of": required, "mirrors": mirror.id, **common},
            span,
            rule=f"{ctx.language}.condition.reciprocity",
            confidence=0.7,
            sentence=ctx.sentence.index,
        )  # fmt: skip
        conditions.append(condition)
    else:
        conditions.extend(_demands(ctx, draft, clause, imposer=debtor, required=required))
    if not conditions:
        return None
    ids = tuple(sorted(c.id for c in conditions))
    if existing is not None and existing.fields["status"] is CommitmentStatus.proposed:
        # the other side's mirror, now taken on under its own condition: a mutual pair
        existing.fields.update(status=CommitmentStatus.conditional, conditions=ids)
        existing.add_span(*ctx.span())
        return existing, conditions
    main = ctx.span(0, clause.start) if clause.start > 10 else ctx.span()
    commitment = draft.add(
        "commitments",
        slug(debtor, action),
        {**base, "conditions": tuple(sorted(c.id for c in conditions)), **common},
        main,
        rule=f"{ctx.language}.commitment.conditional",
        confidence=confidence,
        sentence=ctx.sentence.index,
    )
    return commitment, conditions


def _mirror_span(
    ctx: Context, clause: ConditionClause, required: tuple[str, ...]
) -> tuple[int, int]:
    """Return the evidence of a mirrored commitment: its party's part of the clause."""
    # "Russia and Ukraine mutually refrain …": the parties just before a mutual clause
    named = [
        m
        for m in ctx.parties(max(0, clause.start - 30), clause.end)
        if state_of(m.party_id) in required
    ]
    start = named[0].start if named else clause.start
    return ctx.span(start, clause.end)


def _commitment(draft: Draft, debtor: tuple[str, ...], action: ActionType) -> DraftFact | None:
    """Return an earlier commitment of ``debtor`` to ``action``, if there is one."""
    for record in draft.section("commitments"):
        if record.fields["debtor"] == debtor and record.fields["term"]["action"] is action:
            return record
    return None


def _demands(
    ctx: Context,
    draft: Draft,
    clause: ConditionClause,
    *,
    imposer: str,
    required: tuple[str, ...],
    common: dict[str, Any] | None = None,
    vague: bool = True,
) -> list[DraftFact]:
    kind = ConditionKind.precondition if clause.gating else ConditionKind.demand
    hits = [t for t in ctx.terms if clause.start <= t.start < clause.end]
    if not vague or any(t.action not in _GATED for t in hits):  # the ceasefire is what is gated
        hits = [t for t in hits if t.action not in _GATED]
    out = []
    for term, where in _demanded(ctx, clause, hits, vague=vague):
        of = required
        if term["action"] in _SUPPLY and _WESTERN[ctx.language].search(ctx.text):
            of = ("the-west",)  # "keine Waffen vom Westen", "foreign military aid"
        if of and term["action"] in _ACTOR_ACTIONS:
            term = {**term, "actor": of}
        fields: dict[str, Any] = {"kind": kind, "imposed_by": (imposer,), "demands": term}
        if of:
            fields["required_of"] = of
        span = ctx.span(*where)
        same = _same_condition(draft, ctx.sentence.index, fields)
        if same is not None:  # another rule read the same condition in this sentence
            same.add_span(*span)
            out.append(same)
            continue
        out.append(
            draft.add(
                "conditions",
                slug(imposer, kind.value, term["action"].value),
                {**fields, **(ctx.common() if common is None else common)},
                span,
                rule=f"{ctx.language}.condition.{kind.value}",
                confidence=0.6 if clause.gating else 0.5,
                sentence=ctx.sentence.index,
            )
        )
    return out


def _demanded(
    ctx: Context, clause: ConditionClause, hits: list[TermHit], *, vague: bool
) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    """Return what a clause demands: one term per action, or per item of a list, with its span.

    Several actions ("an end to arms deliveries and to the supply of intelligence") give
    one demand each, evidenced by its item; a German list of verb-final clauses ("wenn die
    RSF ihre Kämpfer abziehe und die Waffen abgebe") one per clause, ``other`` where the
    clause names no action. A single demand is evidenced by the whole clause.
    """
    whole = (clause.start, clause.end)
    items = verb_final_items(ctx.text, clause.start, clause.end, ctx.language)
    if len(items) >= 2:
        out = []
        for a, b in items:
            inside = [t for t in hits if a <= t.start < b]
            out.append((term_fields(inside[0]) if inside else dict(_OTHER), (a, b)))
        return out
    if len({t.action for t in hits}) > 1:  # one condition per item of a list
        seen: set[ActionType] = set()
        listed = []
        for hit in hits:
            if hit.action not in seen:
                seen.add(hit.action)
                where = item_bounds(ctx.text, clause.start, clause.end, hit.start)
                listed.append((term_fields(hit), where))
        return listed
    if hits:
        return [(term_fields(hits[0]), whole)]
    return [(dict(_OTHER), whole)] if vague else []


_OTHER: Final[dict[str, Any]] = {"action": ActionType.other}


def _same_condition(draft: Draft, index: int, fields: dict[str, Any]) -> DraftFact | None:
    """Return a condition of sentence ``index`` with the same kind, parties and action."""
    for record in draft.of_sentence(index, "conditions"):
        theirs = record.fields
        if (
            theirs["kind"] is fields["kind"]
            and theirs["imposed_by"] == fields["imposed_by"]
            and theirs.get("required_of", ()) == fields.get("required_of", ())
            and theirs.get("demands", {}).get("action") is fields["demands"]["action"]
        ):
            return record
    return None


_ACTOR_ACTIONS = frozenset(
    {ActionType.halt_arms_deliveries, ActionType.halt_intelligence_sharing,
     ActionType.withdraw_forces, ActionType.lift_sanctions, ActionType.halt_mobilisation,
     ActionType.halt_rearmament}
)  # fmt: skip
_SUPPLY = frozenset({ActionType.halt_arms_deliveries, ActionType.halt_intelligence_sharing})
_WESTERN = {
    "de": re.compile(r"\b(?:Westen|Westens|westlich\w*|ausländisch\w*)\b"),
    "en": re.compile(r"\b(?:the West|Western|foreign)\b"),
}
_GATED = frozenset({ActionType.ceasefire, ActionType.halt_attacks, ActionType.end_hostilities})
_STANDALONE = re.compile(
    r"\b(?:unklar|offen sei|unverzichtbar|unabdingbar|Bedingung(?:en)?|Voraussetzung|"
    r"nur in Frage|nur wenn|erst wenn|"
    r"müsste\w*|müsse|setzt\w* voraus|erfordere\w*|erfordert|"
    r"would have to|must|only after|only once|precondition\w*|condition\w*|demand\w*|"
    r"requires?|would require)\b",
    re.IGNORECASE,
)
#: Verbs of setting conditions ("stellte … Bedingungen", "set out conditions").
_SETS = re.compile(
    r"\b(?:stellte\w*|stellt|nannte\w*|formulierte\w*|knüpfte\w*|set out|sets out|set|"
    r"laid down|lays down|attached)\b",
    re.IGNORECASE,
)
_CONDITION_TALK = re.compile(
    r"\b(?:Bedingung(?:en)?|Einwände|Argument\w*|Forderung\w*|conditions?|demands?|"
    r"preconditions?)\b",
    re.IGNORECASE,
)


#: A place named after "from" or "aus": "withdrawal from all of Ukraine's territory".
_FROM_PLACE = re.compile(
    r"\b(?:from|out of|aus|von)\s+(?:all\s+of\s+|the\s+|dem\s+|der\s+|ganz\s+)?$",
    re.IGNORECASE,
)


#: A possessive after a name: "an end to Russia's attacks" asks Russia, though after "to".
_POSSESSIVE = re.compile(r"['’]s?\b")


def _placed(ctx: Context, mention: PartyMention) -> bool:
    """Return True if ``mention`` names a place left or entered, not a party asked."""
    return bool(_FROM_PLACE.search(ctx.text[max(0, mention.start - 20) : mention.start]))


def add_preconditions(
    ctx: Context, draft: Draft, previous: Sequence[Context] = ()
) -> list[DraftFact]:
    """Add preconditions and demands a sentence states without a position of its own.

    The imposer is the speaker's state, or the party that the sentence before says sets
    conditions ("stellte die russische Seite Bedingungen", "set out a list of demands";
    ``previous`` are the sentences before, nearest last); without one nothing is added.
    """
    match = _STANDALONE.search(ctx.text)
    if match is None or not ctx.terms:
        return []
    imposer = ctx.speaker_state()
    common = ctx.common()
    talk = _CONDITION_TALK.search(ctx.text[: match.end()])
    sets = _SETS.search(ctx.text, max(0, talk.start() - 60), talk.start()) if talk else None
    setter = ctx.actors(max(0, sets.start() - 40), talk.start()) if sets and talk else []
    if setter and ctx.attribution is not None and not ctx.attribution.inherited:
        imposer = state_of(setter[0].party_id)  # "Laut X stellte Y Bedingungen": Y sets them
    if imposer is None:
        sources = [(ctx, match.end()), *((p, None) for p in reversed(previous))]
        for source, end in sources:
            talk = _CONDITION_TALK.search(source.text[:end])
            if talk is None:
                continue
            actors = [
                m
                for m in source.actors(0, talk.start()) or source.actors(0, end)
                if not _placed(source, m)
            ]
            if actors:
                imposer = state_of(actors[0].party_id)
                if actors[0].kind is not PartyKind.state:  # a person or office says so
                    common = {"said_by": (actors[0].party_id,), "modality": Modality.reported}
                break
            if source.speaker_state() is not None:
                imposer, common = source.speaker_state(), source.common()
                break
    if imposer is None:
        return []
    required = tuple(
        sorted(
            {
                state_of(m.party_id)
                for m in ctx.parties()
                if (not m.object or _POSSESSIVE.match(ctx.text, m.end))
                and not _placed(ctx, m)
                and not _JOINED.match(ctx.text, m.end)
            }
            - {imposer}
        )
    )
    gating = bool(cue("gating", ctx.language).search(ctx.text)) or any(
        _CONDITION_TALK.search(p.text) and cue("gating", p.language).search(p.text)
        for p in previous
    )
    wide = ConditionClause(0, len(ctx.text), False, gating, required)  # the whole sentence
    return _demands(
        ctx, draft, wide, imposer=imposer, required=required, common=common, vague=False
    )


#: An organisation named as what a side would join ("renounce NATO membership"), not as one
#: asked to act.
_JOINED: Final = re.compile(
    r"[\s-]*(?:membership|Mitgliedschaft|accession|Beitritt)", re.IGNORECASE
)


#: Who imposed the measures a list of demands is about, said in the next sentence: "Most of
#: those measures were imposed by the United States and the EU", "Die meisten dieser
#: Sanktionen wurden von den USA verhängt".
_IMPOSED_BY: Final = {
    "de": re.compile(
        r"\b(?:diese[rn]?|die|jene[rn]?)\s+(?:Maßnahmen|Massnahmen|Sanktionen|Beschränkungen|"
        r"Strafmaßnahmen|Restriktionen)\b[^.;]{0,40}?\bvon\b(?P<by>[^.;]{1,80}?)\b"
        r"(?:verhängt|erlassen|eingeführt|beschlossen)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:those|these|the|such)\s+(?:measures|curbs|restrictions|sanctions)\b[^.;]{0,40}?"
        r"\b(?:imposed|introduced|put in place)\s+by\b(?P<by>[^.;]{1,80})",
        re.IGNORECASE,
    ),
}
#: How many sentences back such a sentence may name the demands it is about.
_IMPOSED_REACH: Final = 2


def fill_required_of(ctx: Context, draft: Draft) -> list[DraftFact]:
    """Give the recent demands that name nobody the parties that imposed what they target.

    A demand to lift sanctions or restrictions asks those who imposed them; when a sentence
    says who did ("those measures were imposed by …"), the preconditions and demands of the
    sentences just before it that name nobody they require something of get those parties.
    Returns the conditions changed.
    """
    found = _IMPOSED_BY[ctx.language].search(ctx.text)
    if found is None:
        return []
    by = tuple(
        sorted({state_of(m.party_id) for m in ctx.parties(found.start("by"), found.end("by"))})
    )
    if not by:
        return []
    index = ctx.sentence.index
    changed = []
    for condition in draft.section("conditions"):
        if (
            index - _IMPOSED_REACH <= condition.sentence < index
            and not condition.fields.get("required_of")
            and condition.fields["kind"] is not ConditionKind.reciprocity
            and not set(by) & set(condition.fields["imposed_by"])
        ):
            condition.fields["required_of"] = by
            changed.append(condition)
    return changed
