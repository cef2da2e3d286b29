"""Organisations and armed groups the gazetteer lacks, recognised by how the text defines them.

Two cues only: a full name followed by its acronym in brackets ("the Democratic Forces
for the Liberation of Rwanda (FDLR)"), where the name has the head noun of an
organisation ("Forces", "Front", "Council", "Bewegung" …) and the acronym's letters are
initials of the name; and an acronym with a defining noun beside it ("the rebel group
ADF", "die Miliz FDLR", "the FDLR, a Hutu militia", "die FDLR-Miliz"). An armed group's
or organisation's id is its acronym in lower case (``fdlr``).

Examples
--------
>>> from kg.extract.parties import gazetteer
>>> text = "Fighters of the Allied Democratic Forces (ADF) attacked."
>>> [(c.name, c.acronym, c.kind.value) for c in find_groups(text, [], "en")]
[('Allied Democratic Forces', 'ADF', 'armed_group')]
>>> text = "Kinshasa cut its links with the FDLR, a Hutu militia."
>>> [(c.name, c.kind.value) for c in find_groups(text, [], "en")]
[('FDLR', 'armed_group')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from kg.codes import PartyKind
from kg.extract.names import local_id
from kg.extract.parties import adjective_party
from kg.extract.people import Candidate
from kg.extract.roles import GROUP_APPOSITIVE, GROUP_COMPOUND, GROUP_NOUN, NOT_NAMES
from kg.gazetteer import Mention

__all__ = ["find_groups"]


def _words(text: str) -> frozenset[str]:
    """Return the words of a lexicon written as running text."""
    return frozenset(text.split())


_BRACKETED: Final = re.compile(r"\s\((?P<acronym>[A-Z][A-Z0-9]{1,7})\)")
_ACRONYM: Final = re.compile(r"(?<![\w-])(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,7}(?![\w])")
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
#: Small words inside the name of an organisation.
_CONNECTORS: Final = _words(
    """
    of for the and de du des la le et pour del on in für der die zur zum von und
    """
)
#: Head nouns of an organisation's name; without one, "(GDP)" names no party.
_HEADS: Final = re.compile(
    r"\b(?:Forces?|Front|Movement|Army|Alliance|Party|Council|Union|Organi[sz]ation|"
    r"Committee|Commission|Agency|Group|Brigades?|Coalition|Authority|Federation|League|"
    r"Association|Mission|Office|Court|Tribunal|Programme|Program|Fund|Kräfte|Bewegung|"
    r"Armee|Allianz|Partei|Rat|Komitee|Kommission|Agentur|Gruppe|Brigaden?|Koalition|"
    r"Behörde|Verband|Liga|Bund|Büro|Programm|Gericht|Gerichtshof|Organisation)\b"
)
#: Words that make a named organisation an armed group.
_ARMED: Final = re.compile(
    r"\b(?:Forces|Army|Front|Movement|Brigades?|Liberation|Militia|Rebels?|Resistance|"
    r"Guerrilla|Kräfte|Armee|Bewegung|Brigaden|Befreiung\w*|Miliz|Rebellen|Widerstand\w*|"
    r"Guerilla)\b"
)
_STATE_ARMY: Final = re.compile(r"\b(?:Armed Forces|Defen[cs]e Forces|Streitkräfte)\b")


def _full_name(text: str, end: int, acronym: str) -> str | None:
    """Return the shortest name ending at ``end`` whose initials spell most of ``acronym``."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(0, end - 160), end)]
    run: list[tuple[int, str]] = []
    edge = end
    for start, word in reversed(words):
        capital = word[:1].isupper() and word.lower() not in NOT_NAMES
        if start + len(word) != edge or not (capital or word in _CONNECTORS):
            break
        run.insert(0, (start, word))
        edge = start - 1
        if start == 0 or text[start - 1] != " ":
            break
    letters = Counter(c for c in acronym if c.isalpha())
    need = max(2, (sum(letters.values()) + 1) // 2)
    best: tuple[int, int] | None = None  # (matched, start)
    for i in range(len(run) - 1, -1, -1):
        if not run[i][1][:1].isupper():
            continue
        initials = Counter(w[0].upper() for _, w in run[i:] if w[:1].isupper())
        matched = sum((letters & initials).values())
        if matched >= need and (best is None or matched > best[0]):
            best = (matched, run[i][0])
    if best is None:
        return None
    name = text[best[1] : end]
    return name if _HEADS.search(name) else None


def _kind(name: str) -> tuple[PartyKind, str | None]:
    """Return the kind of a named organisation and, for a state's army, the state."""
    if _STATE_ARMY.search(name):
        state = next((s for w in name.split() if (s := adjective_party(w)) is not None), None)
        if state is not None:
            return PartyKind.government_body, state
    return (PartyKind.armed_group if _ARMED.search(name) else PartyKind.organisation), None


def find_groups(text: str, mentions: Sequence[Mention], language: str) -> list[Candidate]:
    """Return the organisations and armed groups a sentence defines, in text order.

    Parameters
    ----------
    text
        One sentence.
    mentions
        The gazetteer's mentions in it: an acronym or a whole name the gazetteer knows
        is not a new party.
    language
        'de' or 'en'.
    """
    found: list[Candidate] = []
    for bracket in _BRACKETED.finditer(text):
        acronym = bracket["acronym"]
        at = bracket.start("acronym")
        if any(m.start <= at < m.end for m in mentions):
            continue  # "(RSF)": the gazetteer's
        name = _full_name(text, bracket.start(), acronym)
        if name is None or not local_id(acronym):
            continue
        start = bracket.start() - len(name)
        if any(m.start <= start and bracket.start() <= m.end for m in mentions):
            continue
        kind, acts_for = _kind(name)
        found.append(Candidate(" ".join(name.split()), kind, acts_for, acronym))
    for match in _ACRONYM.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        if (
            text[match.end() : match.end() + 1] == ")"
            and text[match.start() - 1 : match.start()] == "("
        ):
            continue  # bracketed: handled above with its full name
        before = GROUP_NOUN[language].search(text[max(0, match.start() - 60) : match.start()])
        after = GROUP_APPOSITIVE[language].match(text, match.end()) or GROUP_COMPOUND[
            language
        ].match(text, match.end())
        if before is not None or after is not None:
            acronym = match.group()
            found.append(Candidate(acronym, PartyKind.armed_group, None, acronym))
    return found
