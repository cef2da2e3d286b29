"""Party mentions in a sentence, from the gazetteer, with the roles the rules need.

The gazetteer (:func:`kg.load_gazetteer`) finds names, metonyms, inflected and Swiss
spellings. On top of it this module knows: a state name that only titles a person ("US-
Präsident Donald Trump") is not a mention of the state; a name inside a compound
("Ukraine-Krieg", "Kreml-Angaben") only modifies the noun; a name after a preposition
such as "mit", "in", "with" is an object or a place, not a subject. Persons and offices
speak; the states they act for commit (:func:`state_of`).

Examples
--------
>>> [m.party_id for m in find_mentions("US-Präsident Donald Trump rief Kiew an.", "de")]
['donald-trump', 'ukraine']
>>> state_of("vladimir-putin"), state_of("white-house"), state_of("the-west")
('russia', 'united-states', 'the-west')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from kg.codes import PartyKind
from kg.errors import AnnotationError, GazetteerError, Problem
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Party
from kg.yamldoc import read_yaml

__all__ = [
    "PartyMention",
    "add_government_mentions",
    "adjective_party",
    "armed_forces",
    "article_parties",
    "find_mentions",
    "gazetteer",
    "state_of",
]

_TITLE: Final = re.compile(
    r"^(?:['’]s)?[-\s]*(?:\w+[-\s])?(?:präsident\w*|vizepräsident\w*|\w*minister\w*|\w*chef\w*|"
    r"\w*sprecher\w*|\w*gesandte\w*|regierungschef\w*|premier\w*|kanzler\w*|"
    r"president|vice president|secretary|minister|prime minister|spokes\w+|envoy|leader|"
    r"chancellor|secretary of state|foreign minister|defen[cs]e minister)[\s,]+$",
    re.IGNORECASE,
)
_OBJECT_BEFORE: Final = re.compile(
    r"\b(?P<prep>mit|gegen|an|auf|in|im|nach|über|zu|zum|zur|into|with|against|to|in|on|at|"
    r"about|over|toward|towards)\s+(?:(?:der|die|das|den|dem|des|the|a|its|their|seinem|"
    r"ihrem|ihren|seinen)\s+(?:\w+\s+){0,2}|(?:\w+\s+)?(?:der|des|of the|of)\s+|(?:\w+\s+)?)$",
    re.IGNORECASE,
)
#: "Netanyahu's office", "Büro": a person's office speaks for the body the person heads.
_OFFICE: Final = re.compile(r"['’]s\s+(?:office|press office|administration)\b", re.IGNORECASE)
_OFFICE_OF: Final = re.compile(
    r"\b(?:office of|Büro (?:von|des))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
#: A name between a determiner and one of these nouns only modifies the noun ("the FDLR
#: threat", "the Ukraine war"); nouns of persons who speak for it ("spokesman") are not here.
_DETERMINER: Final = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_MODIFIED: Final = re.compile(
    r"\s+(?:threats?|attacks?|offensives?|advances?|positions|territory|strongholds?|"
    r"presence|fighters|camps?|bases?|question|issue|problem|file|crisis|conflict|war|"
    r"region|border|issue)\b"
)


#: A part of a country named before it makes the name a place: "the rebel-held north of
#: Yemen", "the coast of Somalia", "im Norden des Jemen".
_PART_OF: Final = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|coast|"
    r"interior|outskirts|parts?|regions?|provinces?|Norden|Süden|Osten|Westen|Nordosten|"
    r"Nordwesten|Südosten|Südwesten|Küste|Landesinneren?|Teilen?|Regionen?|Provinzen?)"
    r"\s+(?P<prep>of|des|der|von)(?:\s+the)?\s+$",
    re.IGNORECASE,
)


def _preposition(before: str) -> re.Match[str] | None:
    """Return the nearest preposition that makes what follows ``before`` an object.

    "in the Kremlin with Valery Gerasimov": "with", not "in"; "the north of Yemen": "of".
    """
    part = _PART_OF.search(before)
    if part is not None:
        return part
    found = _OBJECT_BEFORE.search(before)
    while found is not None:
        nearer = _OBJECT_BEFORE.search(before, found.start() + 1)
        if nearer is None:
            return found
        found = nearer
    return None


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A party named in the text, with absolute offsets and its grammatical hints.

    ``compound`` is True for a name that modifies a compound noun ("US-Vorschlag"),
    ``object`` for a name after a preposition ("mit Trump", "in der Ukraine"), which
    ``preposition`` holds (lower case; '' if none).
    """

    start: int
    end: int
    text: str
    party_id: str
    kind: PartyKind
    compound: bool
    object: bool
    preposition: str = ""


#: The gazetteer of the article being parsed: the bundled one plus the article's own parties.
_ARTICLE: ContextVar[Gazetteer | None] = ContextVar("kg_extract_article_gazetteer", default=None)


def gazetteer() -> Gazetteer:
    """Return the gazetteer in force.

    The bundled one, or inside :func:`article_parties` the bundled one with the article's
    own parties added.
    """
    scoped = _ARTICLE.get()
    return scoped if scoped is not None else load_gazetteer()


def _local(party_id: str) -> Party | None:
    """Return the article-local party with this id, or None (also for gazetteer parties)."""
    scoped = _ARTICLE.get()
    if scoped is None or party_id in load_gazetteer():
        return None
    return scoped.get(party_id)


@contextmanager
def article_parties(parties: Sequence[Party]) -> Iterator[tuple[Party, ...]]:
    """Make the article's own parties known to the parser while the block runs.

    Inside the block :func:`gazetteer` finds and resolves them like gazetteer parties. A
    party that cannot join the gazetteer (a name another party has) is left out.

    Yields
    ------
    tuple of Party
        The parties that were added.
    """
    base = load_gazetteer()
    added: list[Party] = []
    scoped = base
    try:
        scoped = base.with_parties(parties) if parties else base
        added = list(parties)
    except GazetteerError:
        for party in parties:  # add one by one, skipping those that clash
            try:
                scoped = scoped.with_parties([party])
            except GazetteerError:
                continue
            added.append(party)
    token = _ARTICLE.set(scoped if added else None)
    try:
        yield tuple(added)
    finally:
        _ARTICLE.reset(token)


def find_mentions(text: str, language: str, *, offset: int = 0) -> list[PartyMention]:
    """Find the parties ``text`` names; offsets are shifted by ``offset``.

    A state named only as a person's title ("US-Präsident Donald Trump", "Russia's
    President Vladimir Putin") is dropped in favour of the person.
    """
    gaz = gazetteer()
    raw = gaz.find_mentions(text, language=language)
    out: list[PartyMention] = []
    for i, m in enumerate(raw):
        party = gaz.get(m.party_id)
        if party is None:  # pragma: no cover - the gazetteer only finds its own parties
            continue
        following = raw[i + 1] if i + 1 < len(raw) else None
        if following is not None and party.kind in (PartyKind.state, PartyKind.government_body):
            between = text[m.end : following.start]
            person = gaz.get(following.party_id)
            if person is not None and person.kind is PartyKind.person and _TITLE.match(between):
                continue
            possessive = between in ("s ", "’s ", "'s ") or (
                between == " " and _genitive(m.text, party)  # "Jemens Huthi-Miliz"
            )
            if possessive and person is not None and person.kind is not PartyKind.state:
                continue  # "Yemen's Houthi movement", "Russia's Putin": the state only modifies
        party_id, kind, end = m.party_id, party.kind, m.end
        office = _OFFICE.match(text, m.end)  # "Netanyahu's office"
        heads = office is not None or _OFFICE_OF.search(text[max(0, m.start - 60) : m.start])
        if heads and party.kind is PartyKind.person and len(party.acts_for) == 1:
            body = gaz.get(party.acts_for[0])  # the office the person heads speaks
            if body is not None and body.kind is PartyKind.government_body:
                party_id, kind = body.id, body.kind
                end = office.end() if office is not None else m.end
        after = text[end : end + 2]
        compound = bool(re.match(r"-\w", after)) or bool(re.match(r"\w", after[:1]))
        if _DETERMINER.search(text[max(0, m.start - 8) : m.start]):
            compound = compound or _MODIFIED.match(text, end) is not None  # "the FDLR threat"
        prep = _preposition(text[max(0, m.start - 40) : m.start])
        out.append(
            PartyMention(
                m.start + offset,
                end + offset,
                text[m.start : end],
                party_id,
                kind,
                compound,
                prep is not None,
                prep.group("prep").lower() if prep is not None else "",
            )
        )
    return out


def _genitive(words: str, party: Party) -> bool:
    """Return True if ``words`` are a German genitive of the party's name ("Jemens")."""
    return words.endswith("s") and words != party.name_de and words[:-1] == party.name_de


def state_of(party_id: str) -> str:
    """Return the state (or group, organisation) a party acts for, following ``acts_for``.

    A person acts for an office, the office for its state: Putin → Kremlin → Russia. A
    party that acts for nobody stands for itself. An article-local party acts for
    gazetteer parties only.
    """
    local = _local(party_id)
    if local is None:
        return _state_of(party_id)
    if local.kind is PartyKind.state or len(local.acts_for) != 1 or armed_forces(party_id):
        return party_id
    return _state_of(local.acts_for[0])


@functools.cache
def _state_of(party_id: str) -> str:
    gaz = load_gazetteer()
    current = party_id
    for _ in range(5):
        party = gaz.get(current)
        if party is None or party.kind is PartyKind.state or len(party.acts_for) != 1:
            return current
        if _armed_forces(current):
            return current  # an army fights and agrees for itself ("Sudanese Armed Forces")
        current = party.acts_for[0]
    return current  # pragma: no cover - the gazetteer has no cycles


#: The name of a state's armed forces, a party of its own in a war.
_ARMED_NAME: Final = re.compile(r"\b(?:Armed Forces|Army)\b")


def armed_forces(party_id: str) -> bool:
    """Return True if the party is a state's armed forces (a body named "… Armed Forces").

    Examples
    --------
    >>> armed_forces("sudanese-armed-forces"), armed_forces("kremlin")
    (True, False)
    """
    local = _local(party_id)
    return _armed_forces(party_id) if local is None else _is_armed_forces(local)


@functools.cache
def _armed_forces(party_id: str) -> bool:
    return _is_armed_forces(load_gazetteer().get(party_id))


def _is_armed_forces(party: Party | None) -> bool:
    return (
        party is not None
        and party.kind is PartyKind.government_body
        and bool(_ARMED_NAME.search(party.name_en))
    )


def adjective_party(word: str) -> str | None:
    """Return the party an adjective names ("amerikanischen", "American"), or None.

    The adjectives are those of ``kg/data/state-adjectives.yaml``: English forms as whole
    words, German stems with any ending; case does not matter. An adjective that names two
    states ("Korean") names none.

    Examples
    --------
    >>> adjective_party("amerikanischen"), adjective_party("Ukrainian"), adjective_party("neuen")
    ('united-states', 'ukraine', None)
    >>> adjective_party("syrischen"), adjective_party("Venezuelan"), adjective_party("Korean")
    ('syria', 'venezuela', None)
    """
    table = _adjectives()
    party = table.english.get(word.casefold())
    if party is not None:
        return party
    found = table.german.fullmatch(word)
    return None if found is None else table.stems[found.group(1).casefold()]


@dataclass(frozen=True, slots=True)
class _Adjectives:
    """The adjective table: English forms and German stems to party ids, one pattern."""

    english: dict[str, str]
    stems: dict[str, str]
    german: re.Pattern[str]


_ADJECTIVES_FILE: Final = "data/state-adjectives.yaml"
_ONE_WORD: Final = re.compile(r"[\w.-]+")


@functools.cache
def _adjectives() -> _Adjectives:
    """Read and check ``kg/data/state-adjectives.yaml`` (once).

    Raises
    ------
    GazetteerError
        If the file is not a mapping of party ids to ``{en: [...], de: [...]}``, names a
        party the gazetteer does not know, lists a form that is not one word, or lists one
        form for two parties; each problem names the file, line and entry.
    """
    resource = resources.files("kg").joinpath(_ADJECTIVES_FILE)
    return _parse_adjectives(resource.read_text(encoding="utf-8"), Path(str(resource)))


def _parse_adjectives(text: str, path: Path) -> _Adjectives:
    try:
        doc = read_yaml(text, path=path)
    except AnnotationError as exc:
        raise GazetteerError(exc.problems) from exc
    if not isinstance(doc.data, dict):
        raise GazetteerError([doc.problem((), "the file is a mapping of party ids to adjectives")])
    known = load_gazetteer()
    forms: dict[str, dict[str, str]] = {"en": {}, "de": {}}
    problems: list[Problem] = []
    for party_id, entry in doc.data.items():
        if party_id not in known:
            problems.append(
                doc.problem((party_id,), f"'{party_id}' is not a party id of the gazetteer")
            )
            continue
        if not isinstance(entry, dict) or set(entry) != {"en", "de"}:
            problems.append(doc.problem((party_id,), "an entry is {en: [forms], de: [stems]}"))
            continue
        for lang in ("en", "de"):
            values = entry[lang]
            if not isinstance(values, list):
                problems.append(doc.problem((party_id, lang), "a list of forms, e.g. [Syrian]"))
                continue
            for i, form in enumerate(values):
                key = form.casefold() if isinstance(form, str) else ""
                owner = forms[lang].setdefault(key, party_id)
                if not isinstance(form, str) or not _ONE_WORD.fullmatch(form):
                    problems.append(doc.problem((party_id, lang, i), f"{form!r} is not one word"))
                elif owner != party_id:
                    problems.append(
                        doc.problem(
                            (party_id, lang, i),
                            f"'{form}' already names '{owner}'; an adjective of two parties "
                            "names none: remove it from both",
                        )
                    )
    if problems:
        raise GazetteerError(problems)
    stems = sorted(forms["de"], key=lambda s: (-len(s), s))  # the longest stem first
    german = re.compile(
        "(" + "|".join(map(re.escape, stems)) + r")\w*" if stems else "(?!)", re.IGNORECASE
    )
    return _Adjectives(forms["en"], forms["de"], german)


#: "die Regierung von Präsident Petro", "the government of Sudan": names whose government.
_GOVERNMENT_OF: Final = re.compile(
    r"\b(?:Regierung|government)\s+(?:von|des|der|of)\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE
)
#: "die kolumbianische Regierung", "the Thai government": the adjective names the state.
_ADJECTIVE_GOVERNMENT: Final = re.compile(
    r"\b(?P<adj>[\w.-]+)\s+(?:Regierung|government)\b", re.IGNORECASE
)
#: A government named without its state ("Die Regierung verlangt …", "the government said").
_BARE_GOVERNMENT: Final = re.compile(
    r"\b(?:die|der|the)\s+(?P<noun>Regierung|government)\b(?!\s+(?:von|des|der|of|in)\b)",
    re.IGNORECASE,
)


def add_government_mentions(
    texts: list[str], mentions: list[list[PartyMention]], language: str
) -> list[list[PartyMention]]:
    """Add a mention of the state for each bare "die Regierung" / "the government".

    The state is the one whose government the article named last ("die Regierung von
    Präsident Gustavo Petro", "die kolumbianische Regierung", "the government of Sudan");
    before any such naming a bare government names nobody. Offsets are relative to each
    sentence, as those of ``mentions``.

    Examples
    --------
    >>> texts = ["Die Regierung von Präsident Gustavo Petro bot Gespräche an.",
    ...          "Die Regierung verlangt, dass die ELN aufgibt."]
    >>> found = add_government_mentions(texts, [find_mentions(t, "de") for t in texts], "de")
    >>> [(m.text, m.party_id) for m in found[1]]
    [('Regierung', 'colombia'), ('ELN', 'eln')]
    """
    current: str | None = None
    out: list[list[PartyMention]] = []
    for text, found in zip(texts, mentions, strict=True):
        added: list[PartyMention] = []
        for bare in _BARE_GOVERNMENT.finditer(text):
            before = _ADJECTIVE_GOVERNMENT.search(text, max(0, bare.start("noun") - 30))
            if before is not None and adjective_party(before["adj"]) is not None:
                continue  # "die kolumbianische Regierung": not bare
            if re.search(
                r"\b[A-ZÄÖÜ]\w+\s+der\s+$",
                text[max(0, bare.start() - 30) : bare.end("noun") - len(bare["noun"])],
            ):
                continue  # "die Delegation der Regierung": the delegation acts, not the state
            if current is not None and not any(
                m.start <= bare.start("noun") < m.end for m in found
            ):
                prep = _preposition(text[max(0, bare.start() - 40) : bare.start()])
                added.append(
                    PartyMention(
                        bare.start("noun"),
                        bare.end("noun"),
                        bare["noun"],
                        current,
                        PartyKind.state,
                        False,
                        prep is not None,
                        prep.group("prep").lower() if prep is not None else "",
                    )
                )
        for m in found:  # the government this sentence names sets the state for later ones
            if _GOVERNMENT_OF.search(text[max(0, m.start - 60) : m.start]):
                current = state_of(m.party_id)
        for adj in _ADJECTIVE_GOVERNMENT.finditer(text):
            party = adjective_party(adj["adj"])
            if party is not None:
                current = party
        out.append(sorted([*found, *added], key=lambda m: (m.start, m.end)))
    return out
