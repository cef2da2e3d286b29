"""Persons the gazetteer lacks, recognised by the title or role that introduces them.

"President Félix Tshisekedi", "Rwanda's foreign minister, Olivier Nduhungirehe", "der
kongolesische Präsident Félix Tshisekedi", "Hamas-Sprecher Hasem Kassem", "Valery
Gerasimov, the chief of Russia's general staff", "the two foreign ministers, A B and C D":
a role (:mod:`kg.extract.roles`) next to a name of two to four words
(:mod:`kg.extract.names`). The state, office or group the role names ("Rwanda's",
"kongolesische", "Hamas-", "of Russia's general staff") is the one the person acts for.
A capitalised word without a role beside it is never taken for a person, and a name the
gazetteer knows is left to the gazetteer.

Examples
--------
>>> from kg.extract.parties import gazetteer
>>> text = "Rwanda's foreign minister, Olivier Nduhungirehe, signed."
>>> found = find_people(text, gazetteer().find_mentions(text, language="en"), "en")
>>> [(c.name, c.acts_for) for c in found]
[('Olivier Nduhungirehe', 'rwanda')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from kg.codes import PartyKind
from kg.extract.names import NameRun, name_after, name_before
from kg.extract.parties import adjective_party
from kg.extract.roles import LED_BY, PLURAL_BEFORE, ROLE, ROLE_DE_WORD
from kg.gazetteer import Mention, load_gazetteer

__all__ = ["Candidate", "find_people"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A party the gazetteer lacks, as the text introduces it.

    ``acronym`` is the short name a group goes by ("FDLR"), if any; ``acts_for`` the
    gazetteer party the role names, if any. ``party_id``, ``name_de`` and ``aliases``
    are set where the id is not the folded name, the German name differs, or the text
    names the party in words its name does not hold ("Cambodia's defence ministry").
    """

    name: str
    kind: PartyKind
    acts_for: str | None = None
    acronym: str | None = None
    party_id: str | None = None
    name_de: str | None = None
    aliases: tuple[str, ...] = ()


#: Between a party and the role it qualifies: "Rwanda's ", "Hamas-", "US ", "Ruandas ".
_ADJACENT: Final = re.compile(r"(?:['’]s)?[\s-]+")
#: A complement of the role before an appositive name: "the chief of the army, X".
_COMPLEMENT: Final = re.compile(
    r"\s+(?:of|for|to|des|der|von|für)\s+[^,.;:()\"“”]{1,50}?(?=,\s)|\s+[A-ZÄÖÜ][\w-]+s(?=,\s)"
)
#: Between a name and a role that follows it: "X, the …", "X, Rwanda's …", "X, der …".
_BEFORE_ROLE: Final = re.compile(
    r",\s+(?:(?:the|a|an|der|die|den|dem|des|ein|eine|einer|einem|its|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
)
#: What may follow a role that follows a name: the end of the apposition.
_ROLE_END: Final = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:of|for|des|der|von|in|im|at)\b")
#: What ends an appositive name ("…, Olivier Nduhungirehe, said"): not another capital.
_APPOSITION_END: Final = re.compile(r"\s*(?:[,.;:)(]|$)|\s+(?:and|und)\b|\s+[^\W\d_A-ZÄÖÜ]")
_LIST_JOIN: Final = re.compile(r"\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+")


def _roles(text: str, language: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, plural) of each title or role of ``text``."""
    for led in LED_BY[language].finditer(text):  # "die Delegation unter X": X leads it
        yield led.start(), led.end(), False
    if language == "de":
        for word in re.finditer(r"[\w-]+", text):
            if word.group()[:1].isupper() and ROLE_DE_WORD.fullmatch(word.group()):
                before = text[max(0, word.start() - 30) : word.start()]
                yield word.start(), word.end(), PLURAL_BEFORE.search(before) is not None
        return
    for role in ROLE["en"].finditer(text):
        plural = bool(role["plural"]) or role.group().lower().endswith(("men", "people"))
        yield role.start(), role.end(), plural


def _person(mention: Mention) -> bool:
    """Return True if the gazetteer party a mention names is a person."""
    party = load_gazetteer().get(mention.party_id)
    return party is not None and party.kind is PartyKind.person


def _body(mention: Mention) -> str | None:
    """Return the party a person acting under ``mention``'s name acts for."""
    party = load_gazetteer().get(mention.party_id)
    if party is None:  # pragma: no cover - the gazetteer only finds its own parties
        return None
    if party.kind is PartyKind.person:  # "Trump's envoy": for the body Trump acts for
        return party.acts_for[0] if len(party.acts_for) == 1 else None
    return party.id


def _acts_for(
    text: str, start: int, end: int, mentions: Sequence[Mention], complement_end: int
) -> str | None:
    """Return the party the role at ``start:end`` names, before, inside or after it."""
    for m in mentions:
        if start <= m.start and m.end <= end:  # "Hamas-Sprecher"
            return _body(m)
    for m in reversed(mentions):
        if m.end <= start and _ADJACENT.fullmatch(text[m.end : start]):
            return _body(m)  # "Rwanda's foreign minister", "US envoy"
    words = re.findall(r"[\w.-]+", text[max(0, start - 40) : start])
    for word in reversed(words[-2:]):  # "der kongolesische Präsident", "the Congolese envoy"
        party = adjective_party(word)
        if party is not None:
            return party
    for m in mentions:
        if end <= m.start and m.end <= complement_end:  # "the chief of Russia's general staff"
            return _body(m)
    return None


def _names_after(
    text: str, at: int, language: str, nouns: AbstractSet[str], plural: bool, comma: bool
) -> list[NameRun]:
    """Return the name (or, after a plural role, the list of names) starting at ``at``."""
    first = name_after(text, at, language, nouns)
    if first is None or (comma and not _APPOSITION_END.match(text, first.end)):
        return []
    names = [first]
    while plural:
        join = _LIST_JOIN.match(text, names[-1].end)
        following = name_after(text, join.end(), language, nouns) if join else None
        if following is None:
            break
        names.append(following)
    return names


def find_people(
    text: str,
    mentions: Sequence[Mention],
    language: str,
    nouns: AbstractSet[str] = frozenset(),
) -> list[Candidate]:
    """Return the persons a sentence introduces with a title or role, in text order.

    Parameters
    ----------
    text
        One sentence.
    mentions
        The gazetteer's mentions in it (:meth:`kg.Gazetteer.find_mentions`): a name they
        touch is the gazetteer's, not a new person.
    language
        'de' or 'en'.
    nouns
        Capitalised words the article uses as common nouns (German), which end a name.
    """
    found: list[Candidate] = []
    for start, end, plural in _roles(text, language):
        complement = _COMPLEMENT.match(text, end)
        complement_end = complement.end() if complement is not None else end
        names: list[NameRun] = []
        for at in dict.fromkeys((end, complement_end)):
            gap = re.match(r",?\s+", text[at:])
            if gap is not None:
                comma = gap.group().startswith(",") or at != end
                names = _names_after(text, at + gap.end(), language, nouns, plural, comma)
            if names:
                break
        if not names and _ROLE_END.match(text, end):
            before = _BEFORE_ROLE.search(text[max(0, start - 60) : start])
            if before is not None:
                cut = max(0, start - 60) + before.start()
                run = name_before(text, cut, language, nouns)
                names = [run] if run is not None else []
                clause = re.match(r"[^,.;:()]*", text[end:])  # "…, the chief of Russia's staff"
                complement_end = end + (clause.end() if clause is not None else 0)
        acts_for = None if plural else _acts_for(text, start, end, mentions, complement_end)
        for run in names:
            who = acts_for
            touching = [m for m in mentions if m.start < run.end and run.start < m.end]
            if len(touching) == 1 and touching[0].start == run.start and not _person(touching[0]):
                # "Präsident Ruandas Paul Kagame": the state's genitive, then the name
                rest = name_after(text, touching[0].end + 1, language, nouns)
                if rest is None or rest.end != run.end:
                    continue
                run, who, touching = rest, who or _body(touching[0]), []
            if touching:
                continue  # the gazetteer knows the name (or a part of it): not a new person
            found.append(Candidate(" ".join(run.text.split()), PartyKind.person, who))
    return found
