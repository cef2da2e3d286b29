"""Place names that stand for a party, and those that stand for none.

"Brüssel"/"Brussels" is the EU or NATO by the matter of its sentence (the gazetteer has
it for neither, since it is both); a place in an outlet's name ("the Washington Post")
or where an outlet sits ("der Sender Al Jazeera aus Katar") is no party.
"""

from __future__ import annotations

import re
from typing import Final

from kg.codes import PartyKind
from kg.extract.parties import PartyMention, gazetteer

__all__ = ["add_seat_mentions", "drop_outlet_mentions"]


#: "Brüssel"/"Brussels" stands for the EU in matters of trade and the EU's own business,
#: for NATO in matters of the alliance; the gazetteer has it for neither (it is both).
_BRUSSELS: Final = re.compile(r"\b(?:Brüssel|Brussels)\b")
_EU_MATTERS: Final = re.compile(
    r"\b(?:\w*[Zz]öll\w*|\w*[Tt]ariffs?|trade|Handel\w*|Sanktion\w*|sanctions?|levies|duties|"
    r"Kommission|Commission|EU|Mitgliedstaat\w*|member states?|Binnenmarkt|single market)\b"
)
_NATO_MATTERS: Final = re.compile(
    r"\b(?:NATO|Nato|Bündnis\w*|[Aa]lliance|Allianz|[Aa]llies|Verbündete\w*)\b"
)
#: Prepositions that make Brussels a place: "talks in Brussels", "nach Brüssel reisen".
_AT_PLACE: Final = re.compile(r"\b(?:in|nach|aus|to|at|from|von)\s+$", re.IGNORECASE)


def add_seat_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the EU (or NATO) where "Brüssel"/"Brussels" stands for it.

    Only as an actor (not "in Brüssel", "to Brussels") and only where the sentence's
    matter tells which: trade, tariffs or sanctions make it the EU, the alliance NATO;
    both or neither make it nobody. Offsets are relative to each sentence.

    Examples
    --------
    >>> texts = ["Brussels offered to cut its tariffs.", "Talks in Brussels on tariffs."]
    >>> found = add_seat_mentions(texts, [[], []], "en")
    >>> [[(m.text, m.party_id) for m in ms] for ms in found]
    [[('Brussels', 'european-union')], []]
    """
    del language  # the city has one name per language, both in the pattern
    out: list[list[PartyMention]] = []
    for text, found in zip(texts, mentions, strict=True):
        added: list[PartyMention] = []
        eu, nato = _EU_MATTERS.search(text), _NATO_MATTERS.search(text)
        party = "european-union" if eu and not nato else "nato" if nato and not eu else ""
        for match in _BRUSSELS.finditer(text) if party else ():
            start, end = match.start(), match.end()
            if _AT_PLACE.search(text[max(0, start - 8) : start]):
                continue
            if any(m.start < end and start < m.end for m in found) or party not in gazetteer():
                continue
            added.append(
                PartyMention(start, end, match.group(), party, PartyKind.organisation, False,
                             False)
            )  # fmt: skip
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out


#: A place name that is part of a news outlet's name: "the Washington Post", "The Moscow
#: Times", "Kyiv Independent", "die Jerusalem Post", "the Times of Israel".
_OUTLET_AFTER: Final = re.compile(
    r"^[\s-]*(?:Post|Times|Independent|Herald|Journal|Tribune|Telegraph|Examiner|Daily|"
    r"Observer|Gazette|Zeitung|Rundschau|Allgemeine|Kurier|Pravda|Prawda)\b"
)
_OUTLET_BEFORE: Final = re.compile(
    r"(?:\bTimes of|"
    # a news outlet and where it is based: "der Sender Al Jazeera aus Katar", "the
    # Qatar-based broadcaster", "a newspaper in Kyiv"
    r"\b(?:Sender\w*|Zeitung|Nachrichtenagentur|Agentur|Fernsehsender|Nachrichtenseite|"
    r"broadcaster|newspaper|news agency|news outlet|TV channel|television)"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:aus|in|from|based in|mit Sitz in))\s+$"
)


def drop_outlet_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Leave out place names that name or locate a news outlet, not a party.

    "Moscow offered a truce, the Washington Post reported": Washington is no party; "wie
    der Sender Al Jazeera aus Katar berichtete": Qatar is where the outlet sits.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> texts = ["Moscow offered a truce, the Washington Post reported."]
    >>> found = drop_outlet_mentions(texts, [find_mentions(t, "en") for t in texts], "en")
    >>> [m.text for m in found[0]]
    ['Moscow']
    """
    del language  # outlet names and the words for outlets are matched in both languages
    return [
        [
            m
            for m in found
            if not (
                _OUTLET_AFTER.match(text[m.end :])
                or _OUTLET_BEFORE.search(text[max(0, m.start - 60) : m.start])
            )
        ]
        for text, found in zip(texts, mentions, strict=True)
    ]
