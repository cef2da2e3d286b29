"""Article-local parties: the persons and groups an article introduces that the gazetteer lacks.

:func:`find_local_parties` reads the sentences once, before the party mentions are found,
and returns :class:`~kg.model.Party` entries with the ids the annotation conventions use
(a person's full name, folded and hyphenated; a group's acronym in lower case), their
names and the aliases later mentions use: the surname ("Tshisekedi said"), the name
without accents, and in German the genitive ("Kagames"). A surname the article also uses
as a lower-case word, or that the gazetteer or another local party already has, is left
out. Inside :func:`~kg.extract.parties.article_parties` the parser then finds them like
gazetteer parties.

Examples
--------
>>> texts = ["The Congolese president Félix Tshisekedi arrived.", "Tshisekedi said no."]
>>> [(p.id, p.acts_for, p.aliases_en) for p in find_local_parties(texts, "en")]
[('felix-tshisekedi', ('dr-congo',), ('Felix Tshisekedi', 'Tshisekedi'))]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kg.alias import fold
from kg.codes import PartyKind
from kg.extract.bodies import find_ministries
from kg.extract.groups import find_groups
from kg.extract.names import common_nouns, fold_name, local_id
from kg.extract.people import Candidate, find_people
from kg.extract.roles import NOT_PERSON_NAMES, PARTICLES
from kg.gazetteer import load_gazetteer
from kg.model import ID_PATTERN, Party

__all__ = ["find_local_parties"]

_WORDS: Final = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str, language: str) -> bool:
    """Return True for a headline in title case ("Minister Says Talks Will Resume")."""
    words = _WORDS.findall(text)
    if len(words) < 3 or len(text.split()) > 20 or text.rstrip()[-1:] in ".!?\"”'’":
        return False  # a sentence of the body, not a headline
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals / len(words) > (0.8 if language == "de" else 0.6)


def _surnames(name: str) -> list[str]:
    """Return the short forms of a person's name later mentions use ("Kagame")."""
    words = name.split()
    if any(w.lower() in ("bin", "ibn", "bint") for w in words):
        return []  # patronymic chains: no surname stands alone
    tail = len(words) - 1
    while tail > 1 and words[tail - 1] in PARTICLES:
        tail -= 1  # "von der Leyen"
    forms = [" ".join(words[tail:])]
    if len(words) >= 3 and tail == len(words) - 1:
        forms.append(" ".join(words[-2:]))  # "Kayikwamba Wagner"
    return forms


def _aliases(candidate: Candidate, article: str, language: str) -> set[str]:
    """Return the aliases of a local party, without its name."""
    name = candidate.name
    short = [candidate.acronym] if candidate.acronym and candidate.acronym != name else []
    short += candidate.aliases
    if candidate.kind is PartyKind.person:
        for form in _surnames(name):
            lower = re.search(rf"\b{re.escape(form.lower())}\b", article) is not None
            if len(form) >= 3 and form.lower() not in NOT_PERSON_NAMES and not lower:
                short.append(form)
    forms = {name, *short}
    forms |= {fold_name(f) for f in forms}
    if language == "de" and candidate.kind is PartyKind.person:
        forms |= {f + "s" for f in forms if not f.endswith(("s", "x", "z", "ß"))}
    gaz = load_gazetteer()
    out = set()
    for form in forms - {name}:
        known = gaz.find_mentions(form, language=language)
        if not any(m.start == 0 and m.end == len(form) for m in known):
            out.add(form)
    return out


def find_local_parties(texts: Sequence[str], language: str) -> tuple[Party, ...]:
    """Return the parties the sentences introduce that the gazetteer lacks, by id.

    Parameters
    ----------
    texts
        The article's sentences, in order.
    language
        'de' or 'en'.

    Returns
    -------
    tuple of Party
        Sorted by id; each with its names, aliases and, where the text names it, the
        gazetteer party it acts for.
    """
    gaz = load_gazetteer()
    article = "\n".join(texts)
    nouns = common_nouns(article, language)
    found: dict[str, Candidate] = {}
    phrases: dict[str, set[str]] = {}
    for text in texts:
        if _title_case(text, language):
            continue
        mentions = gaz.find_mentions(text, language=language)
        for candidate in [
            *find_people(text, mentions, language, nouns),
            *find_groups(text, mentions, language),
            *find_ministries(text, mentions, language),
        ]:
            party_id = candidate.party_id or local_id(candidate.acronym or candidate.name)
            phrases.setdefault(party_id, set()).update(candidate.aliases)
            if not re.fullmatch(ID_PATTERN, party_id) or party_id in gaz:
                continue
            earlier = found.get(party_id)
            if earlier is None or (earlier.acts_for is None and candidate.acts_for):
                found[party_id] = candidate
            elif earlier.acronym == earlier.name and candidate.acronym != candidate.name:
                found[party_id] = candidate  # the full name, once the text gives it
    aliases = {
        pid: _aliases(replace(c, aliases=tuple(sorted(phrases[pid]))), article, language)
        for pid, c in found.items()
    }
    names = {pid: fold(c.name) for pid, c in found.items()}
    counts = Counter(fold(a) for forms in aliases.values() for a in forms)
    counts.update(names.values())
    parties = []
    for party_id, candidate in sorted(found.items()):
        if counts[names[party_id]] > 1:
            continue  # two local parties of one name: neither is safe
        kept = sorted(a for a in aliases[party_id] if counts[fold(a)] == 1)
        parties.append(
            Party(
                id=party_id,
                kind=candidate.kind,
                name_en=candidate.name,
                name_de=candidate.name_de or candidate.name,
                aliases_en=tuple(kept) if language == "en" else (),
                aliases_de=tuple(kept) if language == "de" else (),
                acts_for=(candidate.acts_for,) if candidate.acts_for else (),
            )
        )
    return tuple(parties)
