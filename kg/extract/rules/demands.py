"""Demands one party makes of another: "X verlangt, dass Y …", "X demanded that Y …".

A demand verb with a that-clause ("Baku verlangt, dass Armenien zuvor seine Verfassung
ändert", "Moscow demanded that Kyiv withdraw …") or with an addressee and an infinitive
("forderte die USA auf, die Zölle zurückzunehmen", "urged Kyiv to accept …") makes a
condition: imposed by the subject (or, for a pronoun, the party the sentence before names
first), required of the party the clause names or the verb addresses. What is demanded is
the clause's action (``other`` if it names none), one condition per item of a list of
demands ("dass A …, B … und C …"), each with its own action or ``other``; a demand to be
met first ("zuvor", "erst", "first", "before") is a precondition. Addressed mediators
("rief die Vermittlerstaaten auf", "urged the mediators") are the latest agreement's, and
a demand to see to it that a third party acts ("dafür zu sorgen, dass Israel …", "to
ensure that …") asks that party too. Appeals for a ceasefire or a halt, and calls on both
sides to talk, are proposals, which :mod:`kg.extract.rules.proposals` reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from kg.codes import ActionType, ConditionKind
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.parties import PartyMention, adjective_party, state_of
from kg.extract.referents import SIDES, both_sides
from kg.extract.rules.proposals import term_fields

__all__ = ["add_demand"]

_THAT: Final = {
    "de": re.compile(
        r"\b(?:verlangt\w*|fordert\w*|forderte\w*|bestand\w*|besteht|pocht\w*|will|wollen|"
        r"wolle|wollte|wollten)\b[^.;:]{0,60}?,\s+dass\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:demand\w*|insist\w*|require[sd]?)\b\s+(?:that\b)",
        re.IGNORECASE,
    ),
}
_ADDRESSED: Final = {
    "de": re.compile(
        r"\b(?P<verb>forderte\w*|fordert|fordern|rief\w*|ruft)\b(?P<who>[^.;:,]{1,60}?)"
        r"\b(?:dazu\s+)?auf\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<verb>urged|urges|called on|calls on|demanded of|wants|wanted)\b"
        r"(?P<who>[^.;:,]{1,60}?)\bto\b",
        re.IGNORECASE,
    ),
}
_FIRST: Final = {
    "de": re.compile(r"\b(?:zuvor|zuerst|vorher|erst|bevor)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:first|before|beforehand|prior to)\b", re.IGNORECASE),
}
_PRONOUN: Final = re.compile(r"\b(?:er|sie|es|he|she|it|they)\b", re.IGNORECASE)
#: Actions an appeal proposes rather than demands.
_PROPOSED: Final = frozenset(
    {ActionType.ceasefire, ActionType.halt_attacks, ActionType.end_hostilities}
)


#: Where one demanded item of a list ends and the next begins.
_ITEM_BREAK: Final = re.compile(r",\s+|;\s*|\s+(?:und|sowie|and|as well as)\s+", re.IGNORECASE)
_OTHER: Final[dict[str, Any]] = {"action": ActionType.other}


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the items of a list of demands in ``text[start:end]``, or [] if no list.

    "dass die Hamas ihre Waffen abgibt und auf jede Rolle … verzichtet", "demanded that
    Kyiv withdraw its troops, renounce any claim and hold elections": items of three words
    or more each; a short piece ("die USA und Russland …") means no list of demands.
    """
    cuts = [(m.start(), m.end()) for m in _ITEM_BREAK.finditer(text, start, end)]
    if not cuts:
        return []
    bounds = [start, *(b for _, b in cuts)]
    stops = [*(a for a, _ in cuts), end]
    items = list(zip(bounds, stops, strict=True))
    if any(len(text[a:b].split()) < 3 for a, b in items):
        return []
    return items


#: A plan or proposal named after a party, as the subject of a demand.
_PLAN: Final = re.compile(
    r"(?:-|['’]s\s+)(?:\w+[- ])?(?:Plan|Plans|Vorschlag|Entwurf|Friedensplan|plan|proposal|"
    r"draft|framework)\b"
)


def _imposer(
    ctx: Context, start: int, previous: Sequence[Context]
) -> tuple[PartyMention | None, str | None]:
    """Return the subject mention of the demand (if named) and the state it acts for.

    The subject before the verb, right after it (German verb-second), or for a pronoun
    the speaker of the sentence or the party the sentence before names first.
    """
    before = ctx.actors(0, start)
    if before:
        return before[0], state_of(before[0].party_id)
    # "Hamas insisted that Israel …": the demand verb is also the speech cue of its subject
    speaking = [m for m in ctx.mentions if m.end <= start and ctx.in_cue(m)]
    if speaking:
        return speaking[0], state_of(speaking[0].party_id)
    plan = [  # "Der US-Plan verlangt, dass …", "Trump's plan requires …": whose plan
        m
        for m in ctx.mentions
        if m.end <= start and _PLAN.match(ctx.text, m.end) and not ctx.in_cue(m)
    ]
    if plan:
        return None, state_of(plan[0].party_id)
    verb = re.match(r"\w+", ctx.text[start:])
    after_verb = start + (verb.end() if verb else 0)
    if _PRONOUN.match(ctx.text, after_verb + 1):  # "forderte es die USA auf"
        speaker = ctx.speaker_state()
        if speaker is not None:
            return None, speaker
        actors = previous[-1].actors() if previous else []
        if actors:
            return actors[0], state_of(actors[0].party_id)
        # "Das Ministerium sprach in einer Mitteilung von …. Zugleich forderte es …"
        return None, (previous[-1].speaker_state() if previous else None)
    inverted = ctx.actors(start, start + 40)  # "verlangt die Armee, dass …"
    if inverted:
        return inverted[0], state_of(inverted[0].party_id)
    return None, None


#: The mediators or guarantors of an agreement, addressed as such.
_MEDIATORS: Final = re.compile(
    r"\b(?:Vermittler\w*|Garant\w*|mediators?|mediating (?:states|countries)|guarantors?)\b",
    re.IGNORECASE,
)
#: A demand to see to it that a third party acts: "dafür zu sorgen, dass", "to ensure that".
_ENSURE: Final = re.compile(
    r"\b(?:dafür zu sorgen,?\s+dass|sicherzustellen,?\s+dass|to ensure that|to make sure that|"
    r"to see to it that)\b",
    re.IGNORECASE,
)


def _mediators(draft: Draft) -> set[str]:
    """Return the mediators of the latest agreement that names any."""
    for agreement in reversed(draft.section("agreements")):
        if agreement.fields.get("mediators"):
            return set(agreement.fields["mediators"])
    return set()


#: Where a demand's clause ends: ';', a dash, or a full stop that ends a sentence (not the
#: dot of a German ordinal date, "ab Montag, dem 12. Mai").
_CLAUSE_END: Final = re.compile(r";| – | - |(?<!\d)\. ")


def _clause_end(text: str, start: int) -> int:
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def add_demand(ctx: Context, draft: Draft, previous: Sequence[Context] = ()) -> list[DraftFact]:
    """Add the condition a demand verb states, if the sentence gives who asks what of whom.

    ``previous`` are the sentences before (nearest last), for a pronoun subject.
    """
    that = _THAT[ctx.language].search(ctx.text)
    addressed = None if that else _ADDRESSED[ctx.language].search(ctx.text)
    match = that or addressed
    if match is None:
        return _noun_demands(ctx, draft, previous)
    end = _clause_end(ctx.text, match.end())
    if addressed is not None:
        who = ctx.parties(addressed.start("who"), addressed.end("who"))
    else:
        who = [m for m in ctx.parties(match.end(), end) if not m.object][:1]
    mention, imposer = _imposer(ctx, match.start(), previous)
    named = {state_of(m.party_id) for m in who}
    reach = (addressed.start("who"), addressed.end("who")) if addressed else (match.end(), end)
    if not named and that is not None:  # "insists that Russian troops must leave …"
        subject = re.match(r"\s*(?:\S+\s+){0,3}", ctx.text[match.end() : end])
        named = _actor_of(ctx, match.end(), match.end() + (subject.end() if subject else 0))
    if not named and SIDES.search(ctx.text, *reach):  # "forderten beide Seiten auf"
        agreed = [a.fields["parties"] for a in draft.section("agreements")]
        appealing = {state_of(m.party_id) for m in ctx.actors(0, match.start())}
        named = set(both_sides(draft.memo, agreed, exclude=appealing))
    if addressed is not None and _MEDIATORS.search(ctx.text, *reach):
        named |= _mediators(draft)  # "rief … die Vermittlerstaaten auf": of the latest deal
    ensure = _ENSURE.search(ctx.text, reach[1], end) if addressed is not None else None
    if ensure is not None:  # "dafür zu sorgen, dass Israel …": who is to see to it, and Israel
        inner = [m for m in ctx.parties(ensure.end(), end) if not m.object][:1]
        named |= {state_of(m.party_id) for m in inner}
    required = tuple(sorted(named - {imposer or ""}))
    if imposer is None or not required:
        return []
    hits = [t for t in ctx.terms if match.start() <= t.start < end]
    if addressed is not None and any(t.action in _PROPOSED for t in hits):
        return []  # "riefen Russland auf, eine Waffenruhe einzuhalten": a proposal
    sides = addressed is not None and SIDES.search(ctx.text, *reach) is not None
    if sides and any(t.action is ActionType.hold_talks for t in hits):
        return []  # "riefen beide Seiten auf, an den Verhandlungstisch zurückzukehren"
    items = _items(ctx.text, match.end(), end) if that is not None else []
    if items:  # "dass die Hamas ihre Waffen abgibt und auf jede Rolle verzichtet"
        demanded = [
            (next((term_fields(t) for t in hits if a <= t.start < b), _OTHER), a, b)
            for a, b in items
        ]
        demanded[0] = (demanded[0][0], match.start(), demanded[0][2])
    else:
        demanded = [(term_fields(t), match.start(), end) for t in hits] or [
            (_OTHER, match.start(), end)
        ]
    first = _FIRST[ctx.language].search(ctx.text, match.end(), end)
    kind = ConditionKind.precondition if first else ConditionKind.demand
    common = ctx.common() or (ctx.voiced(mention) if mention is not None else {})
    out: list[DraftFact] = []
    for term, start, stop in demanded[:4]:
        fields: dict[str, Any] = {
            "kind": kind,
            "imposed_by": (imposer,),
            "required_of": required,
            "demands": dict(term),
            **common,
        }
        out.append(
            draft.add(
                "conditions",
                slug(imposer, kind.value, term["action"].value),
                fields,
                ctx.span(start, stop),
                rule=f"{ctx.language}.condition.{kind.value}.demand-verb",
                confidence=0.5 if len(demanded) == 1 else 0.4,
                sentence=ctx.sentence.index,
            )
        )
    return out


#: A demand verb with noun objects: "forderte unter anderem ein Ende der westlichen
#: Waffenlieferungen und einen Stopp der ukrainischen Mobilmachung", "demanded an end to
#: Western arms deliveries".
_NOUN_DEMAND: Final = {
    "de": re.compile(
        r"\b(?:forderte|forderten|fordert|verlangte|verlangten|verlangt|pochte|pochten|"
        r"bestand|bestanden|besteht)\b(?:\s+(?:auf|unter anderem|zudem|außerdem|erneut))*"
        r"(?=\s+(?:ein|eine|einen|einem|den|die|das|der|dem)\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:demanded|demands|insisted on|insists on|called for|calls for)\b"
        r"(?:\s+(?:among other things|also|again))*(?=\s+(?:an?|the)\b)",
        re.IGNORECASE,
    ),
}
#: "Western", "westliche": the West as the actor of the act it qualifies.
_WEST: Final = re.compile(r"(?:Western|westlich\w*)", re.IGNORECASE)


def _noun_demands(ctx: Context, draft: Draft, previous: Sequence[Context]) -> list[DraftFact]:
    """Add one demand per listed act a demand verb takes as its noun objects.

    Each item needs its actor: a party named in it ("a halt to Ukraine's mobilisation")
    or an adjective ("der ukrainischen Mobilmachung", "Western arms deliveries"). Calls
    for a ceasefire or a halt are proposals, not demands.
    """
    match = _NOUN_DEMAND[ctx.language].search(ctx.text)
    if match is None:
        return []
    end = _clause_end(ctx.text, match.end())
    hits = [t for t in ctx.terms if match.end() <= t.start < end]
    if not hits or any(t.action in _PROPOSED for t in hits):
        return []
    mention, imposer = _imposer(ctx, match.start(), previous)
    if imposer is None:
        return []
    items = _items(ctx.text, match.end(), end) or [(match.end(), end)]
    common = ctx.common() or (ctx.voiced(mention) if mention is not None else {})
    out: list[DraftFact] = []
    for a, b in items[:4]:
        inside = [t for t in hits if a <= t.start < b]
        required = _actor_of(ctx, a, b) - {imposer}
        if not inside or not required:
            continue
        fields: dict[str, Any] = {
            "kind": ConditionKind.demand,
            "imposed_by": (imposer,),
            "required_of": tuple(sorted(required)),
            "demands": term_fields(inside[0]),
            **common,
        }
        out.append(
            draft.add(
                "conditions",
                slug(imposer, "demand", inside[0].action.value),
                fields,
                ctx.span(match.start() if not out else a, b),
                rule=f"{ctx.language}.condition.demand.demand-noun",
                confidence=0.4,
                sentence=ctx.sentence.index,
            )
        )
    return out


def _actor_of(ctx: Context, start: int, end: int) -> set[str]:
    """Return who is to act in a demanded item: a party named in it, or its adjective."""
    named = {state_of(m.party_id) for m in ctx.parties(start, end)}
    if named:
        return named
    found: set[str] = set()
    for word in re.finditer(r"[\w-]+", ctx.text[start:end]):
        party = adjective_party(word.group())
        if party is None and _WEST.fullmatch(word.group()):
            party = "the-west"
        if party is not None:
            found.add(party)
    return found
