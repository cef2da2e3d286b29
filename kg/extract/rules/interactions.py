"""Interactions: phone calls, meetings and negotiation rounds, with their day.

A call or meeting cue makes an interaction whose participants are the persons named in
the sentence (or the states, when no person is named); its day is resolved from the
sentence against the publication date. The same call reported again (same kind, a
shared participant, no other day) gets a second evidence span, not a second fact.
"""

from __future__ import annotations

import re
from typing import Any, Final

from kg.codes import InteractionKind, Modality, PartyKind
from kg.extract.context import Context
from kg.extract.dates import DateMention, find_date
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import gazetteer, state_of

__all__ = ["add_interaction", "add_statement"]

#: Prepositions that make a name the place of a meeting, not a participant.
_PLACE = frozenset({"in", "im", "nach", "at", "to", "into", "auf"})
_KINDS = (
    ("phone_call", InteractionKind.phone_call, 0.7),
    ("meeting", InteractionKind.meeting, 0.5),
    ("negotiation_round", InteractionKind.negotiation_round, 0.45),
    ("visit", InteractionKind.visit, 0.45),
    ("reception", InteractionKind.meeting, 0.45),
)


#: Cues that name where a report comes from rather than an act of speaking.
_SOURCE_ONLY: Final = re.compile(
    r"\b(?:according to|laut|nach (?:\w+-)?Angaben|zufolge)\b|\w+-Angaben\b", re.IGNORECASE
)


#: A call or meeting that is not held: "kein Treffen", "ist nicht geplant", "no meeting",
#: "would not meet", "has not spoken to".
_NOT_HELD: Final = {
    "de": re.compile(
        r"\bkein(?:e|en)?\s+(?:\w+\s+)?(?:Treffen|Telefonat\w*|Gespräch\w*|Gipfel\w*)\b|"
        r"\b(?:Treffen|Telefonat\w*|Gespräch\w*|Gipfel\w*)\b[^.;]{0,60}?\bnicht\s+"
        r"(?:\w+\s+)?(?:geplant|vorgesehen|stattfinden|stattgefunden|zustande)\b|"
        r"\bnicht\s+(?:\w+\s+){0,2}(?:treffen|telefonieren|gesprochen|telefoniert)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bno (?:\w+\s+)?(?:meeting|call|talks|summit)\b|"
        r"\b(?:meeting|call|talks|summit)\b[^.;]{0,60}?\bnot\s+(?:\w+\s+)?(?:planned|"
        r"scheduled|expected|take place|taken place)\b|"
        r"\b(?:not|never|won't|didn't|hasn't|haven't)\s+(?:\w+\s+)?(?:meet|spoken|speak)\b",
        re.IGNORECASE,
    ),
}


#: "Later in the day", "am selben Tag": the day the article named last.
_SAME_DAY: Final = {
    "de": re.compile(
        r"\b(?:am (?:selben|gleichen) (?:Tag|Abend)|später am (?:Tag|Abend)|am Abend desselben "
        r"Tages|noch am selben Tag)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:later (?:in|on) the day|later that (?:day|evening)|the same day|that same day|"
        r"on the same day)\b",
        re.IGNORECASE,
    ),
}
#: How many sentences back "the same day" may find its day.
_SAME_DAY_REACH = 3


def _same_day(ctx: Context, draft: Draft) -> DateMention | None:
    """Return the day "later in the day" means: the last one the sentences before name."""
    said = _SAME_DAY[ctx.language].search(ctx.text)
    if said is None:
        return None
    before = draft.text[max(0, ctx.sentence.start - 600) : ctx.sentence.start]
    pieces = [p for p in re.split(r"(?<=[.!?])\s+", before) if p.strip()]
    for piece in reversed(pieces[-_SAME_DAY_REACH:]):
        found = find_date(piece, ctx.language, ctx.published)
        if found is not None:
            return DateMention(said.start(), said.end(), said.group(), found.day)
    return None


def add_interaction(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the call, meeting or round a sentence reports, or add evidence to it."""
    if _NOT_HELD[ctx.language].search(ctx.text):
        return None
    for family, kind, confidence in _KINDS:
        match = cue(family, ctx.language).search(ctx.text)
        if match is None:
            continue
        day = find_date(ctx.text, ctx.language, ctx.published) or _same_day(ctx, draft)
        if kind is InteractionKind.negotiation_round and day is None:
            continue
        # a person who speaks of the meeting ("Putin announced … at a meeting") took part
        speakers = [m for m in ctx.mentions if ctx.in_cue(m) and m.kind is PartyKind.person]
        # a person is never the place of a meeting ("in a call between Macron and …",
        # "spoke to Putin"); a state or city after "in", "nach", "at" is
        mentions = [
            m
            for m in [*ctx.parties(), *speakers]
            if m.preposition not in _PLACE or m.kind is PartyKind.person
        ]
        persons = sorted({m.party_id for m in mentions if m.kind is PartyKind.person})
        states = sorted({m.party_id for m in mentions if m.kind is not PartyKind.person})
        # the persons, and the states no named person acts for ("met the Russian delegation")
        spoken_for = {state_of(p) for p in persons}
        participants = tuple(persons + [s for s in states if state_of(s) not in spoken_for])
        if len(participants) < (1 if kind is InteractionKind.visit else 2):
            continue
        if family == "reception" and len(persons) < 2:
            continue  # "received" a person, not weapons or wounded: two named persons
        if (
            kind is InteractionKind.meeting
            and not persons
            and day is not None
            and cue("negotiation_round", ctx.language).search(ctx.text)
        ):
            kind = InteractionKind.negotiation_round  # delegations of states "met for talks"
        for earlier in draft.section("interactions"):
            same_day = day is None or earlier.fields.get("date") in (None, day.day)
            shared = set(earlier.fields["participants"]) & set(participants)
            # a person who was not there makes it another meeting ("Later Trump received
            # both ministers" after the ministers' signing)
            newcomer = set(persons) - set(earlier.fields["participants"])
            if earlier.fields["kind"] is kind and shared and same_day and not newcomer:
                earlier.add_span(*ctx.span())
                return earlier
        # a call or meeting is reported as a fact; who told of it is not its source
        fields: dict[str, Any] = {"kind": kind, "participants": participants}
        if day is not None:
            fields["date"] = day.day
            fields["date_text"] = day.text
        if cue("future", ctx.language).search(ctx.text):
            fields["modality"] = Modality.future
        return draft.add(
            "interactions",
            slug(kind.value.replace("_", "-"), *participants[:2]),
            fields,
            ctx.span(),
            rule=f"{ctx.language}.interaction.{kind.value.replace('_', '-')}",
            confidence=confidence,
            sentence=ctx.sentence.index,
        )
    return None


def add_statement(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add a statement by the party a sentence's own attribution cue names.

    One statement per speaker, evidenced where the article first attributes something to
    the speaker. The speaker is also its source (``said_by``, with the cue).
    """
    att = ctx.attribution
    if att is None or att.inherited or att.pronoun or att.appeal or len(att.said_by) != 1:
        return None
    source = gazetteer().get(att.said_by[0])
    if _SOURCE_ONLY.search(att.cue) and (source is None or source.kind is not PartyKind.person):
        return None  # "according to the UN, …", "nach UN-Angaben": a source, not a statement
    speaker = att.said_by[0]
    for earlier in draft.section("interactions"):
        if earlier.fields["kind"] is InteractionKind.statement and earlier.fields[
            "participants"
        ] == (speaker,):
            return earlier  # the first report of a speaker's statement stands for it
    fields: dict[str, Any] = {
        "kind": InteractionKind.statement,
        "participants": (speaker,),
        **ctx.common(),
    }
    return draft.add(  # no date: the days in a statement are usually those of its content
        "interactions",
        slug("statement", speaker),
        fields,
        ctx.span(),
        rule=f"{ctx.language}.interaction.statement",
        confidence=0.5,
        sentence=ctx.sentence.index,
    )
