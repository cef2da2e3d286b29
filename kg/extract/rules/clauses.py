"""Condition clauses the specific rules left unread: a sentence-level fallback.

"wenn/falls/sofern/solange/erst wenn/Sollte …", "if/only if/provided/as long as/unless/
only once/Should …" in a sentence without a condition (:func:`add_clause_condition`):
required of the clause's subject, imposed by the main clause's subject or the speaker; a
reciprocity if the clause mirrors the main action, asks for a halt of fire, keeping to the
deal or has a reciprocity cue, else a precondition (one per verb-final German clause of a
list: "Sollte die RSF ihre Kämpfer abziehen und die Waffen abgeben"). A gating clause
naming nobody ("only once the threat has been neutralised") asks the other side of the
imposer's bilateral deal; a clause restating the demand of the sentence before ("Erst wenn
dieser Bezug gestrichen sei") adds evidence to it. The condition gates the imposer's stance
or commitment of the sentence, or a new conditional commitment of the imposer to the main
action. Confidence is low (0.3–0.35).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from kg.codes import ActionType, AgreementStatus, CommitmentStatus, ConditionKind, Stance
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import adjective_party, state_of
from kg.extract.rules.lists import verb_final_items
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import TermHit, find_terms

__all__ = ["add_clause_condition"]


#: Cues that open a condition clause (not nouns such as "Bedingung" or "conditions").
_CLAUSE: Final = {
    "de": re.compile(
        r"\b(?i:nur wenn|erst wenn|erst nachdem|wenn|falls|sofern|vorausgesetzt|"
        r"unter der Bedingung|solange|es sei denn|hängt\w* davon ab|hänge\w* davon ab|"
        r"setzt\w* voraus|sobald|im Gegenzug für)\b|\bbis(?=\s+(?:die|der|das|den|dem)?\s*"
        r"[A-ZÄÖÜ])\b|"
        r"(?:^|(?<=[,;:–]\s))(?:Sollte|Sollten)\b|"
        r"(?<=,\s)(?:sollte|sollten)\b(?=\s+(?:die\s+|der\s+|das\s+|den\s+)?[A-ZÄÖÜ])"
    ),
    "en": re.compile(
        r"\b(?:only if|if|provided(?: that)?|on (?:the )?condition that|as long as|unless|"
        r"only once|once|as soon as|until|only after|contingent (?:on|upon)|subject to|"
        r"conditional (?:on|upon)|depends on|in (?:exchange|return) for)\b|"
        r"(?:^|(?<=[,;:–]\s))Should\b",
        re.IGNORECASE,
    ),
}
#: Keeping to what was agreed ("sich an die Vereinbarung hält", "abides by the truce") is
#: doing the same as the other side.
_ABIDES: Final = {
    "de": re.compile(
        r"\b(?:an die|an den|an das)\s+(?:\w+\s+)?(?:Vereinbarung|Abkommen|Waffenruhe|"
        r"Feuerpause|Waffenstillstand|Abmachung)\w*\s+(?:hält|halten|hielte|hielten)\b|"
        r"\b(?:einhält|einhalten|einhielte|respektiert)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:abides?|abided|adheres?|adhered|sticks?|stuck|complies|complied|respects?|"
        r"respected|honou?rs?|honou?red|observes?|observed)\b",
        re.IGNORECASE,
    ),
}
#: An indirect question the clause belongs to: "asked whether …", "Wie Russland reagieren
#: würde, wenn …".
_ASKED: Final = re.compile(
    r"(?:\b(?:whether|asked|ob|gefragt)\b|^Wie\b|^How\b)[^.;:]{0,60}$", re.IGNORECASE
)
#: Actions whose being required of the other side is a reciprocity: both stop firing.
_MUTUAL: Final = frozenset({ActionType.ceasefire, ActionType.halt_attacks})
#: Supplies the West is asked to stop, as the annotations have it ("Western arms deliveries").
_SUPPLIES: Final = frozenset(
    {ActionType.halt_arms_deliveries, ActionType.halt_intelligence_sharing}
)
#: Accepting or agreeing to a halt of fire, which is a stance on it, not a halt in return:
#: "If Moscow accepts the ceasefire, Washington will ease some sanctions".
_STANCE_ON: Final = re.compile(
    r"\b(?:accept\w*|agree\w*|approve\w*|back\w*|akzeptier\w*|zustimm\w*|stimmt\w*|"
    r"annimmt|annehm\w*|billig\w*)\b",
    re.IGNORECASE,
)
#: Talks named in the main clause ("agree to talks"), which no halt of fire mirrors.
_TALKS: Final = re.compile(r"\b(?:talks|negotiations|Gespräch\w*|Verhandlung\w*)\b", re.IGNORECASE)
#: What a side that stops firing in return may itself do: stop firing, end the fighting.
_FIRING: Final = _MUTUAL | {ActionType.end_hostilities, ActionType.withdraw_forces}


#: Cues that are also plain time clauses: a condition only when not told in the past
#: ("once X had …") or, for "until" / "bis", when the main clause looks ahead.
_TEMPORAL: Final = frozenset({"once", "as soon as", "sobald"})
_UNTIL: Final = frozenset({"until", "bis"})
_PAST: Final = re.compile(r"\b(?:had|hatte|hatten|hätte|hätten)\b", re.IGNORECASE)
_FUTURE: Final = re.compile(
    r"\b(?:will|would|shall|werde|werden|wird|würde|würden|wolle|wollen|will|soll|sollen)\b",
    re.IGNORECASE,
)
#: "werde erst beitreten, nachdem die Ukraine …", "will only disarm after Israel …": a
#: clause gated by an earlier "erst" / "only".
_LATE: Final = {
    "de": re.compile(r"\berst\b[^.;:]{0,80}?,\s*(?P<cue>nachdem|wenn|sobald)\b"),
    "en": re.compile(r"\bonly\b[^.;:,]{0,40}?\b(?P<cue>after|when)\b"),
}


def _clause(ctx: Context) -> tuple[int, int] | None:
    match: re.Match[str] | None = _CLAUSE[ctx.language].search(ctx.text)
    if match is None:
        late = _LATE[ctx.language].search(ctx.text)
        match = re.compile(r"\w+").search(ctx.text, late.start("cue")) if late else None
    if match is None:
        return None
    end = ctx.clause_end(match.end())
    comma = ctx.text.find(",", match.end())
    if comma != -1 and not ctx.text[match.end() : comma].strip():
        # "vorausgesetzt, die Ukraine …", "es sei denn, die Hamas …": the clause follows
        comma = ctx.text.find(",", comma + 1)
    if comma != -1:
        end = min(end, comma)
    if _ASKED.search(ctx.text, max(0, match.start() - 60), match.start()):
        return None  # "Asked whether Russia would agree if …": a question, no condition
    word = match.group().lower()
    if word in _TEMPORAL and _PAST.search(ctx.text, match.start(), end):
        return None  # "Once the American side had briefed Kyiv, …": a time, not a condition
    if word in _UNTIL and not _FUTURE.search(ctx.text, 0, match.start()):
        return None  # "operated … until Russia declined to renew it": a past period
    return match.start(), end


#: A party right after the clause's cue is its subject ("unless the West stops …"), even
#: where a preposition before the cue made it look like an object.
_RIGHT_AFTER_CUE: Final = re.compile(
    r"\W*[\w-]+(?:\s+(?:that|dass))?\s+(?:the\s+|die\s+|der\s+|das\s+)?", re.IGNORECASE
)
#: Prepositions before the party a nominal condition asks something of.
_AGENT_PREPOSITIONS: Final = frozenset({"on", "upon", "by", "von", "durch"})


def _required(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    named = [
        m
        for m in ctx.parties(start, end)
        if not m.object or _RIGHT_AFTER_CUE.fullmatch(ctx.text[start : m.start])
    ] or [
        m for m in ctx.parties(start, end) if m.preposition in _AGENT_PREPOSITIONS
    ]  # "contingent on Hamas handing over its weapons", "subject to a withdrawal by Russia"
    parties = {state_of(m.party_id) for m in named[:1]}  # the clause's subject
    for m in named[1:]:  # "Russland und die Ukraine": coordinated subjects
        if re.fullmatch(
            r"\s*(?:und|and|sowie|,)\s*(?:die|der|das|the)?\s*", ctx.text[named[0].end : m.start]
        ):
            parties.add(state_of(m.party_id))
    if not parties:
        for word in re.findall(r"[\w.-]+", ctx.text[start:end]):
            party = adjective_party(word)
            if (
                party is None
                and re.fullmatch(r"Western|westlich\w*", word, re.IGNORECASE)
                and any(t.action in _SUPPLIES and start <= t.start < end for t in ctx.terms)
            ):
                party = "the-west"  # "after Western arms deliveries had stopped"
            if party is not None:
                parties.add(party)
                break
    return tuple(sorted(parties))


def _imposer(ctx: Context, start: int, end: int, required: tuple[str, ...]) -> str | None:
    main = [m for m in ctx.actors() if not start <= m.start < end]
    # "Washington won pledges …, but the Kremlin made clear that its side … until …": the
    # subject nearest before the clause sets it; else the first one after it
    before = [m for m in main if m.end <= start and not m.object][-1:]
    for m in before + main:
        state = state_of(m.party_id)
        if state not in required:
            return state
    speaker = ctx.speaker_state()
    return speaker if speaker is not None and speaker not in required else None


#: A gating clause that may leave unsaid whom it asks: "only once the threat has been
#: neutralised", "erst wenn die Gefahr gebannt ist" (not one about conditions themselves:
#: "only after a list of conditions had been met").
_UNNAMED: Final = {
    "de": re.compile(r"erst (?:wenn|nachdem)\b(?![^,;.]*\bBedingung)", re.IGNORECASE),
    "en": re.compile(r"only (?:once|after)\b(?![^,;.]*\bconditions?\b)", re.IGNORECASE),
}


#: A clause that refers back to what was said before: "wenn dieser Bezug gestrichen sei".
_DEMONSTRATIVE: Final = re.compile(
    r"\b(?:dieser|diese|dieses|diesen|jener|jene|this|these|that|those)\b", re.IGNORECASE
)


def _restated(
    draft: Draft, index: int, imposer: str, required: tuple[str, ...]
) -> DraftFact | None:
    """Return a demand of the sentence before with the same parties, which a clause restates."""
    for condition in draft.section("conditions"):
        if (
            index - 2 <= condition.sentence < index
            and condition.fields["kind"] is not ConditionKind.reciprocity
            and condition.fields["imposed_by"] == (imposer,)
            and condition.fields.get("required_of") == required
        ):
            return condition
    return None


def _counterpart(draft: Draft, party: str, index: int) -> tuple[str, ...]:
    """Return the other side of the latest two-party agreement ``party`` is party to.

    A condition that names nobody, set by one side of a bilateral deal, asks something of
    the other side.
    """
    for agreement in reversed(draft.section("agreements")):
        parties = agreement.fields["parties"]
        if (
            agreement.sentence < index
            and agreement.fields["status"] is not AgreementStatus.not_reached
            and len(parties) == 2
            and party in parties
        ):
            return tuple(p for p in parties if p != party)
    return ()


def add_clause_condition(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the condition a clause sets when the specific rules found none in the sentence.

    "…, wenn sich die RSF zuvor zurückzögen", "Sollte die RSF ihre Kämpfer abziehen, …",
    "only if the American strikes stopped", "provided that Israel stopped its attacks":
    required of the parties named in the clause, imposed by the main clause's subject or
    the speaker. A reciprocity when the clause mirrors the main action, has a reciprocity
    cue or requires a halt of fire; else a precondition. It gates the imposer's stance of
    the sentence, or a conditional commitment of the imposer to the main action.
    """
    index = ctx.sentence.index
    if draft.of_sentence(index, "conditions"):
        return None
    found = _clause(ctx)
    if found is None:
        return None
    start, end = found
    required = _required(ctx, start, end)
    imposer = _imposer(ctx, start, end, required) if required else None
    if not required and _UNNAMED[ctx.language].match(ctx.text, start):
        # "its forces will leave only once the threat has been neutralised"
        imposer = _imposer(ctx, start, end, ())
        required = _counterpart(draft, imposer, index) if imposer is not None else ()
    if imposer is None or not required:
        return None
    back = _DEMONSTRATIVE.search(ctx.text, start, end)
    restated = _restated(draft, index, imposer, required) if back else None
    if restated is not None:  # "Erst wenn dieser Bezug gestrichen sei, …" after the demand
        restated.add_span(*ctx.span(start, end))
        return restated
    inside = [
        replace(t, start=t.start + start, end=t.end + start)
        for t in find_terms(ctx.text[start:end], ctx.language)
    ]
    outside = [t for t in ctx.terms if not start <= t.start < end]
    clause = ctx.text[start:end]
    # "Kyiv will agree to talks provided Moscow halts its offensive": talks for a halt
    talks = not outside and bool(_TALKS.search(ctx.text[:start] + " " + ctx.text[end:]))
    reciprocal = bool(
        cue("reciprocity", ctx.language).search(clause) or _ABIDES[ctx.language].search(clause)
    ) or any(
        (
            t.action in _MUTUAL
            and not talks
            and not {o.action for o in outside} - _FIRING
            and (bool(outside) or not _STANCE_ON.search(clause))
        )
        or t.action in {o.action for o in outside}
        for t in inside
    )
    common = ctx.common()
    span = ctx.span(start, end)
    hits = inside or (outside if reciprocal else [])
    term: dict[str, Any] = term_fields(hits[0]) if hits else {"action": ActionType.other}
    action = term["action"].value
    fields: dict[str, Any] = {"imposed_by": (imposer,), "required_of": required, **common}
    if reciprocal:
        mirror = draft.add(
            "commitments",
            slug(*required, action),
            {"debtor": required, "creditor": (imposer,), "term": dict(term),
             "status": CommitmentStatus.proposed, **common},
            span,
            rule=f"{ctx.language}.frame.mirror",
            confidence=0.3,
            sentence=index,
        )  # fmt: skip
        fields.update(kind=ConditionKind.reciprocity, mirrors=mirror.id)
    else:
        fields.update(kind=ConditionKind.precondition, demands=term)
        items = verb_final_items(ctx.text, start, end, ctx.language)
        if items:  # the first of a list of clauses: its own evidence
            span = ctx.span(*items[0])
            first = [t for t in inside if t.start < items[0][1]]
            term = term_fields(first[0]) if first else {"action": ActionType.other}
            fields["demands"], action = term, term["action"].value
    kind = fields["kind"].value
    condition = draft.add(
        "conditions",
        slug(*required, kind, action),
        fields,
        span,
        rule=f"{ctx.language}.frame.{kind}",
        confidence=0.35,
        sentence=index,
    )
    _gate(ctx, draft, condition, imposer, outside or inside, (start, end))
    if not reciprocal:  # "Sollte die RSF ihre Kämpfer abziehen und die Waffen abgeben"
        for item in _more_items(ctx, draft, condition, inside, (start, end)):
            _gate(ctx, draft, item, imposer, outside or inside, (start, end))
    return condition


def _more_items(
    ctx: Context,
    draft: Draft,
    condition: DraftFact,
    hits: list[TermHit],
    clause: tuple[int, int],
) -> list[DraftFact]:
    """Add a precondition for each further verb-final clause of a German list."""
    items = verb_final_items(ctx.text, *clause, ctx.language)
    out: list[DraftFact] = []
    for a, b in items[1:]:
        inside = [t for t in hits if a <= t.start < b]
        term = term_fields(inside[0]) if inside else {"action": ActionType.other}
        fields = {**condition.fields, "demands": term}
        out.append(
            draft.add(
                "conditions",
                slug(*fields["required_of"], "precondition", term["action"].value),
                fields,
                ctx.span(a, b),
                rule=condition.rule,
                confidence=condition.confidence,
                sentence=condition.sentence,
            )
        )
    return out


def _gate(
    ctx: Context,
    draft: Draft,
    condition: DraftFact,
    imposer: str,
    hits: list[TermHit],
    clause: tuple[int, int],
) -> None:
    """Attach a clause condition to the imposer's stance or commitment of the sentence."""
    index = ctx.sentence.index
    for record in draft.of_sentence(index):
        if condition.id in record.fields.get("conditions", ()):
            continue
        mine = record.fields.get("party") == imposer or record.fields.get("debtor") == (imposer,)
        if record.section in ("positions", "commitments") and mine:
            record.fields["conditions"] = tuple(
                sorted({*record.fields.get("conditions", ()), condition.id})
            )
            if record.fields.get("stance") is Stance.accepts:
                record.fields["stance"] = Stance.accepts_with_conditions
            elif record.section == "commitments":
                record.fields["status"] = CommitmentStatus.conditional
            return
    if not hits:
        return
    left = ctx.span(0, clause[0]) if clause[0] > 10 else ctx.span(clause[1])
    draft.add(
        "commitments",
        slug(imposer, hits[0].action.value),
        {"debtor": (imposer,), "term": term_fields(hits[0]),
         "status": CommitmentStatus.conditional, "conditions": (condition.id,), **ctx.common()},
        left,
        rule=f"{ctx.language}.frame.conditional-commitment",
        confidence=0.3,
        sentence=index,
    )  # fmt: skip
