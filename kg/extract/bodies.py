"""Ministries the gazetteer lacks, named by field and state ("Cambodia's defence ministry").

A ministry is named by its field (defence, foreign affairs, interior …) and its state,
which the text gives as a possessive or a name before it ("Cambodia's defence ministry"),
an adjective ("the Thai foreign ministry", "das kambodschanische Verteidigungsministerium"),
or after it ("the Ministry of Defence of Cambodia", "Verteidigungsministerium Kambodschas",
"Verteidigungsministerium in Bogotá"). Its id is ``STATE-FIELD-ministry``
(``cambodia-defence-ministry``), and it acts for the state. A state whose ministry of
that field the gazetteer has keeps the gazetteer's.

Examples
--------
>>> from kg.extract.parties import gazetteer
>>> text = "Cambodia's defence ministry rejected the claim."
>>> [(c.party_id, c.acts_for) for c in find_ministries(
...     text, gazetteer().find_mentions(text, language="en"), "en")]
[('cambodia-defence-ministry', 'cambodia')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kg.codes import PartyKind
from kg.extract.parties import adjective_party
from kg.extract.people import Candidate
from kg.gazetteer import Mention, load_gazetteer

__all__ = ["find_ministries"]

#: Field of a ministry: id word, English pattern, German pattern, English and German name.
_FIELDS: Final = (
    ("defence", r"defen[cs]e", r"Verteidigungs", "Defence", "Verteidigungs"),
    ("foreign", r"foreign(?: affairs)?", r"Au(?:ß|ss)en", "Foreign Affairs", "Außen"),
    ("interior", r"interior|home affairs", r"Innen", "the Interior", "Innen"),
    ("finance", r"finance", r"Finanz", "Finance", "Finanz"),
    ("commerce", r"commerce|trade", r"Handels", "Commerce", "Handels"),
    ("justice", r"justice", r"Justiz", "Justice", "Justiz"),
    ("health", r"health", r"Gesundheits", "Health", "Gesundheits"),
    ("economy", r"economy|economic affairs", r"Wirtschafts", "the Economy", "Wirtschafts"),
    ("energy", r"energy", r"Energie", "Energy", "Energie"),
)
_EN_FIELD: Final = "|".join(en for _, en, *_ in _FIELDS)
_DE_FIELD: Final = "|".join(de for _, _, de, *_ in _FIELDS)
_MINISTRY: Final = {
    "en": re.compile(
        rf"\b(?:(?P<field>{_EN_FIELD})\s+ministry|ministry\s+of\s+(?P<after>{_EN_FIELD}))\b",
        re.IGNORECASE,
    ),
    "de": re.compile(rf"\b(?P<field>{_DE_FIELD})ministeri(?:um|ums)\b"),
}
#: Between a state and the ministry it has: "Cambodia's ", "Thai ", "the ".
_POSSESSIVE: Final = re.compile(r"(?:['’]s)?\s+")
#: Between a ministry and its state after it: " of ", " in ", " ", " in der ".
_OF: Final = re.compile(r"\s+(?:of\s+(?:the\s+)?|in\s+(?:der\s+)?|)")


def _state(mention: Mention) -> str | None:
    """Return the state a mention names, or None if it names no state."""
    gaz = load_gazetteer()
    party = gaz.get(mention.party_id)
    if party is None or party.kind is not PartyKind.state:
        return None
    return party.id


def _known(state: str, field: str) -> bool:
    """Return True if the gazetteer has a ministry of this field for the state."""
    for party in load_gazetteer():
        if party.kind is PartyKind.government_body and state in party.acts_for:
            text = f"{party.id} {party.name_en}".lower()
            if field in text or (field == "defence" and "defense" in text):
                return True
    return False


def find_ministries(text: str, mentions: Sequence[Mention], language: str) -> list[Candidate]:
    """Return the ministries a sentence names that the gazetteer lacks, in text order.

    Parameters
    ----------
    text
        One sentence.
    mentions
        The gazetteer's mentions in it (a ministry they name is the gazetteer's).
    language
        'de' or 'en'.
    """
    found: list[Candidate] = []
    for match in _MINISTRY[language].finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue  # "Russia's Defence Ministry", "US-Außenministerium": the gazetteer's
        word = match.group("field") or match.group("after")
        column = 2 if language == "de" else 1
        key = next(f[0] for f in _FIELDS if re.fullmatch(f[column], word, re.IGNORECASE))
        start, end, state = match.start(), match.end(), None
        for m in mentions:
            gap = text[m.end : start]
            if m.end <= start and _POSSESSIVE.fullmatch(gap) and _state(m):
                start, state = m.start, _state(m)  # "Cambodia's defence ministry"
            after = _OF.match(text, end)
            if state is None and after is not None and m.start == after.end() and _state(m):
                end, state = m.end, _state(m)  # "Verteidigungsministerium in Bogotá"
        if state is None:
            adjective = re.search(r"([\w-]+)\s+$", text[max(0, start - 30) : start])
            state = adjective_party(adjective.group(1)) if adjective else None
            if state is not None and adjective is not None:
                start -= len(adjective.group())  # "the Thai foreign ministry"
        if state is None or _known(state, key):
            continue
        field = next(f for f in _FIELDS if f[0] == key)
        party = load_gazetteer().get(state)
        if party is None:  # pragma: no cover - adjectives name gazetteer states
            continue
        name_en = f"Ministry of {field[3]} of {party.name_en}"
        phrase = " ".join(text[start:end].split())
        found.append(
            Candidate(
                name_en,
                PartyKind.government_body,
                state,
                party_id=f"{state}-{key}-ministry",
                name_de=f"{field[4]}ministerium ({party.name_de})",
                aliases=(phrase,),
            )
        )
    return found
