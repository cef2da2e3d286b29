"""Troops named without their party's name: "Ukrainian forces", "its troops".

A state's adjective before troops ("die russischen Truppen", "Ukrainian forces") names
the state's armed forces; a possessive ("its troops", "seine Truppen") those of the
party the sentence names before as its subject. Either is the armed forces the gazetteer
has for that state (:func:`kg.extract.referents.army_of`), else the state.
"""

from __future__ import annotations

import re
from typing import Final

from kg.codes import PartyKind
from kg.extract.parties import PartyMention, adjective_party, gazetteer, state_of
from kg.extract.referents import OBJECT_BEFORE, army_of, state_or_none

__all__ = ["add_forces_mentions"]


#: A state's troops named by its adjective: "Ukrainian forces", "die russischen Truppen".
_FORCES: Final = {
    "de": re.compile(
        r"\b(?P<adj>[a-zäöü][\w-]+)\s+(?P<noun>Streitkräfte\w*|Truppen|Soldaten|Einheiten|"
        r"Sicherheitskräfte\w*|Bodentruppen)\b"
    ),
    "en": re.compile(
        r"\b(?P<adj>[A-Z][\w.-]+)\s+(?P<noun>(?:armed |security |ground )?forces|troops|"
        r"soldiers|servicemen)\b"
    ),
}


#: What may stand before troops that are the subject: the sentence start, an article,
#: "dass"/"that", a comma.
_OPENS: Final = re.compile(r"(?:^|,|\b(?:dass|that|[Dd]ie|[Dd]er|[Tt]he))\s*$")


#: A party's own troops: "its troops", "their forces", "seine Truppen", "ihre Kämpfer".
_OWN_FORCES: Final = {
    "de": re.compile(
        r"\b(?:seine|ihre|seinen|ihren)\s+(?:eigenen\s+)?(?:Truppen|Streitkräfte|Soldaten|"
        r"Kämpfer|Einheiten)\b"
    ),
    "en": re.compile(
        r"\b(?:its|their|his)\s+(?:own\s+)?(?:troops|forces|soldiers|army|fighters)\b",
        re.IGNORECASE,
    ),
}


def add_forces_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the armed forces (or state) for troops its adjective names.

    "Ukrainian forces agreed to halt attacks", "die russischen Truppen ziehen ab": the
    state's armed forces if the gazetteer has them as a party of their own (see
    :func:`army_of`), otherwise the state. "Its troops", "seine Truppen" are those of the
    party the sentence names before as its subject ("Israel said its troops …"). Offsets
    are relative to each sentence.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> texts = ["Ukrainian forces will hold their fire."]
    >>> found = add_forces_mentions(texts, [find_mentions(t, "en") for t in texts], "en")
    >>> [(m.text, m.party_id) for m in found[0]]
    [('Ukrainian forces', 'ukraine')]
    """
    out: list[list[PartyMention]] = []
    for text, found in zip(texts, mentions, strict=True):
        added: list[PartyMention] = []
        for match in _OWN_FORCES[language].finditer(text):
            owners = [
                m for m in found
                if m.end <= match.start() and not m.object and not m.compound
                and state_of(m.party_id) in gazetteer()
            ]  # fmt: skip
            if not owners or any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            owner = owners[-1].party_id
            party = army_of(state_of(owner)) if state_or_none(owners[-1]) is not None else owner
            known = gazetteer().get(party)
            kind = known.kind if known is not None else PartyKind.state
            added.append(
                PartyMention(match.start(), match.end(), match.group(), party, kind, False, False)
            )
        for match in _FORCES[language].finditer(text):
            state = adjective_party(match["adj"])
            start, end = match.start(), match.end()
            if state is None or any(m.start < end and start < m.end for m in found):
                continue
            if not _OPENS.search(text[max(0, start - 12) : start]):
                continue  # only as the subject that opens a sentence or a reported clause
            party = army_of(state)
            prep = OBJECT_BEFORE.search(text[max(0, start - 12) : start])
            kind = PartyKind.government_body if party != state else PartyKind.state
            added.append(
                PartyMention(
                    start, end, match.group(), party, kind, False, prep is not None,
                    prep.group("prep").lower() if prep is not None else "",
                )
            )  # fmt: skip
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out
