"""Parties named by a bare noun: "die Armee", "the military", "beide Seiten", "both sides".

A bare army is the armed forces of the state an adjective names ("die israelische
Armee"), else the armed forces the article named last, else those of the state it named
last; if the gazetteer has that state's
armed forces (a body acting for the state, see
:func:`~kg.extract.parties.armed_forces`) the mention is theirs, otherwise the state's.
"Both sides" are the parties of the last agreement, else the two fighting parties
(states, armed groups, armies) the article has named most so far (:func:`both_sides`).

Examples
--------
>>> from kg.extract.parties import find_mentions
>>> texts = ["Im Sudan kämpfen die RSF.", "Die Armee reagierte ablehnend."]
>>> found = add_army_mentions(texts, [find_mentions(t, "de") for t in texts], "de")
>>> [(m.text, m.party_id) for m in found[1]]
[('Armee', 'sudanese-armed-forces')]
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Final

from kg.codes import PartyKind
from kg.extract.parties import (
    PartyMention,
    adjective_party,
    armed_forces,
    gazetteer,
    state_of,
)
from kg.gazetteer import load_gazetteer

__all__ = [
    "OBJECT_BEFORE",
    "SIDES",
    "add_army_mentions",
    "add_delegation_mentions",
    "add_demonstrative_mentions",
    "add_pair_mentions",
    "army_of",
    "both_sides",
    "note_sides",
    "state_or_none",
]

_BARE_ARMY: Final = {
    "de": re.compile(
        r"\b(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]em|[Dd]es)\s+(?:(?P<adj>[\w-]+)\s+)?(?P<noun>Armee|Militär|Militärs)\b"
    ),
    "en": re.compile(
        r"\b(?:the|its)\s+(?:(?P<adj>[\w-]+)\s+)?(?P<noun>army|military)\b(?!\s+(?:aid|"
        r"campaign|operation|operations|action|deliveries))",
        re.IGNORECASE,
    ),
}
OBJECT_BEFORE: Final = re.compile(
    r"\b(?P<prep>mit|gegen|an|auf|in|im|nach|über|zu|zum|zur|von|vom|into|with|against|to|"
    r"on|at|about|over|by|from|of)\s+$",
    re.IGNORECASE,
)


@functools.cache
def army_of(state: str) -> str:
    """Return the armed forces of ``state`` the gazetteer knows, else ``state`` itself.

    Examples
    --------
    >>> army_of("sudan"), army_of("colombia")
    ('sudanese-armed-forces', 'colombia')
    """
    for party in load_gazetteer():  # the bundled parties only: the answer is cached
        if armed_forces(party.id) and tuple(party.acts_for) == (state,):
            return party.id
    return state


def state_or_none(mention: PartyMention) -> str | None:
    """Return the state a mention names (or acts for), if it is a state of the gazetteer."""
    state = state_of(mention.party_id)
    party = gazetteer().get(state)
    return state if party is not None and party.kind is PartyKind.state else None


def add_army_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the armed forces (or state) for each bare army of ``texts``.

    Offsets are relative to each sentence, as those of ``mentions``; a bare army before
    any state is named names nobody.
    """
    pattern = _BARE_ARMY[language]
    last: str | None = None
    army: str | None = None  # the armed forces the article named last
    out: list[list[PartyMention]] = []
    for text, found in zip(texts, mentions, strict=True):
        added: list[PartyMention] = []
        states = [(m.start, s) for m in found if (s := state_or_none(m)) is not None]
        for bare in pattern.finditer(text):
            start, end = bare.start("noun"), bare.end("noun")
            if any(m.start < end and start < m.end for m in found):
                continue  # the gazetteer names it ("die sudanesische Armee")
            state = adjective_party(bare["adj"]) if bare["adj"] else None
            if bare["adj"] and state is None and not bare["adj"][:1].islower():
                continue  # "the Rwandan-backed army", "die Mobilmachung der RSF-Armee"
            before = [s for at, s in states if at < bare.start()]
            state = state or army or (before[-1] if before else last)
            if state is None:
                continue
            party = state if armed_forces(state) else army_of(state)
            prep = OBJECT_BEFORE.search(text[max(0, bare.start() - 12) : bare.start()])
            kind = PartyKind.government_body if party != state else PartyKind.state
            added.append(
                PartyMention(
                    start, end, bare["noun"], party, kind, False, prep is not None,
                    prep.group("prep").lower() if prep is not None else "",
                )
            )  # fmt: skip
        if states:
            last = states[-1][1]
        named = [s for m in found if armed_forces(s := state_of(m.party_id))]
        army = named[-1] if named else army
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out


#: A state's delegation named by its adjective: "the Russian delegation", "American
#: negotiators", "die ukrainische Abordnung", "einer ukrainischen Delegation".
_DELEGATION: Final = {
    "de": re.compile(
        r"\b(?P<adj>[a-zäöü][\w-]+)\s+(?P<noun>Delegation|Abordnung|Verhandlungsdelegation|"
        r"Unterhändler\w*|Verhandlungsteam\w*|Verhandlungsführer\w*|Führung|Staatsführung|"
        r"Staatsspitze|Regierungsspitze)\b"
    ),
    "en": re.compile(
        r"\b(?P<adj>[A-Z][\w.-]+)\s+(?P<noun>delegations?|negotiators|negotiating team|team|"
        r"leadership)\b"
    ),
}


#: A compound whose head is the party's own leadership or delegation: "Hamas-Führung",
#: "Taliban-Regierung", "M23-Delegation", "Huthi-Unterhändler".
_LEADERSHIP: Final = re.compile(
    r"-(?:Führung|Spitze|Regierung|Delegation|Unterhändler\w*|Verhandler\w*|"
    r"Verhandlungsdelegation|Verhandlungsteam\w*|Chef|Chefs|leadership|delegation|"
    r"negotiators|government)\b"
)


def add_delegation_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the state for each delegation its adjective names.

    "American negotiators met the Russian delegation": the United States and Russia
    negotiate. A party's name before its own leadership or delegation ("die
    Hamas-Führung", "die M23-Delegation") is the party, not a modifier. Offsets are
    relative to each sentence, as those of ``mentions``; a delegation the gazetteer
    already names is left as it is.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> texts = ["American negotiators met the Russian delegation."]
    >>> found = add_delegation_mentions(texts, [find_mentions(t, "en") for t in texts], "en")
    >>> [(m.text, m.party_id) for m in found[0]]
    [('American negotiators', 'united-states'), ('Russian delegation', 'russia')]
    """
    out: list[list[PartyMention]] = []
    for text, found in zip(texts, mentions, strict=True):
        # "die Hamas-Führung", "die Kreml-Delegation": the party itself, not a modifier
        found = [
            dataclasses.replace(m, compound=False)
            if m.compound and _LEADERSHIP.match(text, m.end)
            else m
            for m in found
        ]
        added: list[PartyMention] = []
        for match in _DELEGATION[language].finditer(text):
            state = adjective_party(match["adj"])
            start, end = match.start(), match.end()
            if state is None or any(m.start < end and start < m.end for m in found):
                continue
            prep = OBJECT_BEFORE.search(text[max(0, start - 12) : start])
            added.append(
                PartyMention(
                    start, end, match.group(), state, PartyKind.state, False, prep is not None,
                    prep.group("prep").lower() if prep is not None else "",
                )
            )  # fmt: skip
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out


#: A demonstrative that opens a sentence and stands for the person named last ("Dieser
#: traf Putin", "The latter met Putin"); a noun after it ("Dieser Vorschlag") makes it none.
_DEMONSTRATIVE: Final = {
    "de": re.compile(r"^(?P<word>Dieser|Letzterer)\s+(?=[a-zäöü])"),
    "en": re.compile(r"^(?P<word>The latter)\s+(?=[a-z])"),
}


def add_demonstrative_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the person a sentence-opening demonstrative stands for.

    "…, war Trumps Sondergesandter Steve Witkoff in Moskau gewesen. Dieser traf Putin":
    "Dieser" is the last person the sentence before named. Offsets are relative to each
    sentence, as those of ``mentions``.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> texts = ["Trumps Gesandter Steve Witkoff war in Moskau.", "Dieser traf Putin."]
    >>> found = add_demonstrative_mentions(texts, [find_mentions(t, "de") for t in texts], "de")
    >>> [(m.text, m.party_id) for m in found[1]]
    [('Dieser', 'steve-witkoff'), ('Putin', 'vladimir-putin')]
    """
    out: list[list[PartyMention]] = []
    previous: list[PartyMention] = []
    for text, found in zip(texts, mentions, strict=True):
        match = _DEMONSTRATIVE[language].match(text)
        persons = [m for m in previous if m.kind is PartyKind.person and not m.compound]
        if match is not None and persons and not any(m.start < match.end() for m in found):
            person = max(persons, key=lambda m: m.start)
            word = match["word"]
            found = [
                PartyMention(0, len(word), word, person.party_id, PartyKind.person, False, False),
                *found,
            ]
        previous = found
        out.append(found)
    return out


#: Two persons named by their shared role: "both leaders", "die beiden Präsidenten".
_PAIR: Final = {
    "de": re.compile(
        r"\b(?P<both>[Bb]eide[n]?)\s+(?P<role>Präsidenten|Staatschefs|Regierungschefs|"
        r"Außenminister|Aussenminister|Minister|Ministerinnen)\b"
    ),
    "en": re.compile(
        r"\b(?P<both>[Bb]oth|[Tt]he two)\s+(?P<role>presidents|leaders|heads of state|"
        r"(?:foreign |defen[cs]e )?ministers|prime ministers)\b"
    ),
}
_LEADERS: Final = (
    r"präsident|president|prime minister|premier|chancellor|kanzler|regierungschef|"
    r"staatschef|leader|emir|king|könig"
)
#: The titles that make a person one of the pair a role noun names.
_PAIR_TITLES: Final = {
    "präsidenten": r"präsident",
    "presidents": r"president",
    "minister": r"minister",
    "ministerinnen": r"minister",
    "außenminister": r"außenminister|aussenminister|foreign minister",
    "aussenminister": r"außenminister|aussenminister|foreign minister",
    "ministers": r"minister",
    "foreign ministers": r"foreign minister|außenminister",
    "defence ministers": r"defen[cs]e minister|verteidigungsminister",
    "defense ministers": r"defen[cs]e minister|verteidigungsminister",
    "prime ministers": r"prime minister|premier",
}
#: How many sentences back the pair may have been named.
_PAIR_REACH: Final = 10


def _titled(text: str, mention: PartyMention, titles: str) -> bool:
    """Return True if a title of ``titles`` stands just before the mention."""
    before = text[max(0, mention.start - 60) : mention.start]
    title = rf"(?:{titles})\w*[\s,]+(?:[\w'’.-]+\s+){{0,4}}$"
    return re.search(title, before, re.IGNORECASE) is not None


#: German titles in the words of the gazetteer's (English) descriptions.
_ROLE_EN: Final = (
    ("präsident", "president"), ("außenminister", "foreign minister"),
    ("aussenminister", "foreign minister"), ("verteidigungsminister", "defence minister"),
    ("regierungschef", "prime minister|chancellor"), ("staatschef", "president"),
    ("kanzler", "chancellor"), ("könig", "king"),
)  # fmt: skip


def _untitled_pair(previous: Sequence[PartyMention], titles: str) -> list[str]:
    """Return the two persons of two states the sentence before names, if just two.

    "Trump spoke to Putin on Tuesday. The two leaders agreed …": without titles in the
    text, the pair is who the sentence right before named, when that is exactly two
    persons and the gazetteer describes both by the role ("President of Russia").
    """
    persons: list[str] = []
    for m in previous:
        if m.kind is PartyKind.person and not m.compound and m.party_id not in persons:
            persons.append(m.party_id)
    if len(persons) != 2 or state_of(persons[0]) == state_of(persons[1]):
        return []
    for german, english in _ROLE_EN:
        titles = titles.replace(german, english)  # the gazetteer describes in English
    for person in persons:
        party = gazetteer().get(person)
        role = (party.description or "") if party is not None else ""
        if not re.match(rf"(?:acting\s+)?(?:{titles})", role, re.IGNORECASE):
            return []
    return persons


def add_pair_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add mentions of the two persons "both leaders" or "die beiden Präsidenten" names.

    They are the last two persons, acting for two different states, that earlier
    sentences named with the title ("Cambodia's prime minister Hun Manet", "acting prime
    minister Phumtham Wechayachai" … "Trump phoned both leaders"). "Both" stands for the
    first, the role noun for the second. Offsets are relative to each sentence.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> texts = ["Präsident Wladimir Putin telefonierte mit US-Präsident Donald Trump.",
    ...          "Die beiden Präsidenten einigten sich."]
    >>> found = add_pair_mentions(texts, [find_mentions(t, "de") for t in texts], "de")
    >>> [(m.text, m.party_id) for m in found[1]]
    [('beiden', 'donald-trump'), ('Präsidenten', 'vladimir-putin')]
    """
    out: list[list[PartyMention]] = []
    for i, (text, found) in enumerate(zip(texts, mentions, strict=True)):
        added: list[PartyMention] = []
        for match in _PAIR[language].finditer(text):
            role = match["role"].lower()
            titles = _PAIR_TITLES.get(role, _LEADERS)
            pair: list[str] = []
            states: set[str] = set()
            for j in range(i - 1, max(-1, i - 1 - _PAIR_REACH), -1):
                for m in reversed(out[j]):
                    state = state_of(m.party_id)
                    person = m.kind is PartyKind.person and m.party_id not in pair
                    if person and state not in states and _titled(texts[j], m, titles):
                        pair.append(m.party_id)
                        states.add(state)
                if len(pair) >= 2:
                    break
            if len(pair) < 2 and i > 0:
                pair = _untitled_pair(out[i - 1], titles)
            if len(pair) < 2 or any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            prep = OBJECT_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            where = prep.group("prep").lower() if prep is not None else ""
            # only a pair that opens the sentence is its subject ("Die beiden Präsidenten
            # einigten sich"); "Trump phoned both leaders": they are the object
            subject = re.fullmatch(r"(?:[Dd]ie|[Tt]he)?\s*", text[: match.start()]) is not None
            for (start, end), party in zip(
                (match.span("both"), match.span("role")), pair[:2], strict=True
            ):
                added.append(
                    PartyMention(
                        start, end, text[start:end], party, PartyKind.person, False,
                        not subject, where,
                    )
                )  # fmt: skip
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out


#: The two sides of a conflict named without their names.
SIDES: Final = re.compile(
    r"\b(?:beide(?:n)? (?:Seiten|Kriegsparteien|Konfliktparteien|Parteien)|die Konfliktparteien|"
    r"die Kriegsparteien|both sides|both parties|the two sides|the warring (?:parties|sides)|"
    r"the parties to the conflict)\b",
    re.IGNORECASE,
)
_FIGHTING: Final = (PartyKind.state, PartyKind.armed_group)
_NAMED: Final = "named-sides"


def note_sides(memo: dict[str, Any], mentions: Sequence[PartyMention]) -> None:
    """Count the fighting parties (states, armed groups, armies) a sentence names."""
    counts: dict[str, int] = memo.setdefault(_NAMED, {})
    for m in mentions:
        if m.compound:
            continue
        party = state_of(m.party_id)
        found = gazetteer().get(party)
        if found is not None and (found.kind in _FIGHTING or armed_forces(party)):
            counts[party] = counts.get(party, 0) + 1


def both_sides(
    memo: dict[str, Any],
    agreements: Sequence[tuple[str, ...]],
    *,
    exclude: AbstractSet[str] = frozenset(),
) -> tuple[str, ...]:
    """Return who "both sides" are: the parties of the last agreement, else the two most named.

    ``agreements`` are the parties of the agreements reported so far, in order; parties in
    ``exclude`` (those who address both sides) are neither.
    """
    if agreements and len(agreements[-1]) >= 2:
        return agreements[-1]
    counts: dict[str, int] = memo.get(_NAMED, {})
    ranked = sorted((p for p in counts if p not in exclude), key=lambda p: (-counts[p], p))
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()
