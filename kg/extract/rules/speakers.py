"""Who is the speaker at an attribution cue: names, roles, unnamed officials, persons.

:func:`speaker_at` finds the party a cue attributes to (inside, after or before it);
:func:`unnamed_source` the state of unnamed officials ("two Israeli officials said",
"officials in Kyiv said", "nach Angaben israelischer Regierungsvertreter");
:func:`person_source` the unresolved pronoun of "according to him"; :func:`by_role` the
party an earlier sentence named with a role noun ("the ministry said"). The cue families
themselves and their use over a text live in :mod:`kg.extract.rules.attribution`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from kg.codes import PartyKind
from kg.extract.parties import PartyMention, adjective_party, gazetteer, state_of

__all__ = [
    "ROLE_AFTER",
    "ROLE_BEFORE",
    "SOURCE_AFTER",
    "Attribution",
    "by_role",
    "coordinated",
    "person_source",
    "speaker_at",
    "unnamed_source",
]

#: How far (characters) a speaker may stand from its cue.
_REACH: Final = 45
#: A speaker named by its role ("the ministry said", "sagte der Minister"): the head noun.
_ROLE = (
    r"(?:the|der|die|das|a|an|ein|eine|einer|eines)\s+(?:[\w-]+\s+){0,2}?(?P<role>ministry|"
    r"minister|office|alliance|coalition|Bündnis|Allianz|"
    r"spokes(?:man|woman|person)|president|prime minister|group|movement|militia|government|"
    r"secretary|envoy|Ministerium|Minister\w*|Sprecher\w*|Präsident\w*|Regierung|Gruppe|"
    r"Miliz|Behörde|Amt|officer|Offizier|army|Armee|military|Militär|leader|chancellor|"
    r"Staatschef\w*|Regierungschef\w*|Kanzler\w*)"
)
ROLE_BEFORE: Final = re.compile(_ROLE + r"\s*$", re.IGNORECASE)
ROLE_AFTER: Final = re.compile(r"^\s*" + _ROLE + r"\b", re.IGNORECASE)
#: Kinds of party a role noun can stand for when the name does not hold the noun.
#: Role nouns that name a party by what its name says ("ein Offizier" of "… Armed Forces").
_ROLE_NAMES: Final = {
    "officer": ("armed forces", "army", "military", "streitkräfte", "armee"),
    "offizier": ("armed forces", "army", "military", "streitkräfte", "armee"),
    "army": ("armed forces", "army", "streitkräfte", "armee"),
    "armee": ("armed forces", "army", "streitkräfte", "armee"),
    "military": ("armed forces", "army", "military", "streitkräfte"),
    "militär": ("armed forces", "army", "military", "streitkräfte"),
}
_ROLE_KINDS: Final = {
    "group": (PartyKind.armed_group, PartyKind.group),
    "gruppe": (PartyKind.armed_group, PartyKind.group),
    "movement": (PartyKind.armed_group, PartyKind.group),
    "militia": (PartyKind.armed_group,),
    "alliance": (PartyKind.armed_group, PartyKind.group),
    "coalition": (PartyKind.armed_group, PartyKind.group),
    "bündnis": (PartyKind.armed_group, PartyKind.group),
    "allianz": (PartyKind.armed_group, PartyKind.group),
    "miliz": (PartyKind.armed_group,),
    "government": (PartyKind.government_body, PartyKind.state),
    "regierung": (PartyKind.government_body, PartyKind.state),
}
#: Unnamed sources of a state: "according to a Qatari official", "two Israeli officials said",
#: "nach Angaben ukrainischer Diplomaten".
_SOURCES = (
    r"(?:officials?|sources?|diplomats?|negotiators?|Quellen|"
    r"(?:Regierungs|Sicherheits|Militär|Armee|Diplomaten|Verhandlungs)?(?:Beamte|Kreise|"
    r"Vertreter|Quellen)\w*|Diplomat\w*|Unterhändler\w*)"
)
SOURCE_BEFORE: Final = re.compile(
    r"(?P<adj>[\w.-]+?)(?:\s+|-)(?:(?:senior|security|government|military|hochrangige\w*)\s+)?"
    + _SOURCES
    + r"\s*$",
    re.IGNORECASE,
)
SOURCE_AFTER: Final = re.compile(
    r"^\s*(?:(?:a|an|the|two|three|several|some|aus|von|den|der)\s+)*(?:senior\s+)?"
    r"(?P<adj>[\w.-]+)\s+(?:(?:senior|security|government|military|hochrangige\w*)\s+)?"
    + _SOURCES
    + r"\b",
    re.IGNORECASE,
)
#: Unnamed sources placed by a name: "officials in Kyiv said", "Vertreter aus Moskau sagten",
#: "die Regierung in Kiew erklärte".
_SOURCE_IN: Final = re.compile(
    r"\b(?:officials?|sources?|diplomats?|negotiators?|\w*Beamte\w*|\w*Vertreter\w*|"
    r"\w*[Kk]reise\w*|Diplomat\w*|government|authorities|leadership|Regierung|Behörden|"
    r"Führung)\s+(?:in|from|aus|im|in der)\s+$",
    re.IGNORECASE,
)
#: A title between an organisation and its person: "Kremlin aide Yuri Ushakov", "White
#: House envoy Steve Witkoff" (lower-case English title words).
_TITLE_GAP: Final = re.compile(
    r"\s+(?:(?:senior|chief|top|deputy|special|foreign|defen[cs]e|foreign policy|economic)\s+)*"
    r"(?:aide|adviser|advisor|spokes(?:man|woman|person)|envoy|negotiator|minister|secretary|"
    r"representative|official)\s+"
)
#: What "laut" / "according to" may cite that is no party: media, reports, observers.
_NO_PARTY_SOURCE: Final = re.compile(
    r"\b(?:Medien\w*|\w*[Bb]ericht\w*|Zeitung\w*|Beobachter\w*|Analyst\w*|Expert\w*|"
    r"Schätzung\w*|Einschätzung\w*|media|reports?|newspapers?|observers?|analysts?|experts?|"
    r"estimates?|witnesses|Augenzeug\w*|Umfrage\w*|polls?)\b"
)
#: Between names of one subject: "Turkey and Qatar", "Kuba und Norwegen".
_JOINED: Final = re.compile(
    r"\s*,?\s*(?:und|and|sowie)\s+(?:(?:die|der|das|the)\s+)?", re.IGNORECASE
)
#: German perfect participles of saying, whose subject opens the sentence.
_PERFECT: Final = re.compile(r"erklärt|gesagt|betont|versichert", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker of a sentence and the cue, with offsets relative to the sentence.

    ``inherited`` is True when the sentence continues the reported speech of another.
    """

    said_by: tuple[str, ...]
    cue: str
    start: int
    end: int
    inherited: bool = False
    pronoun: str = ""
    #: True for an appeal or a demand ("rief … auf", "urged"): a fact, not a statement.
    appeal: bool = False


def speaker_at(
    sentence: str,
    start: int,
    end: int,
    mentions: Sequence[PartyMention],
    *,
    subject_first: bool,
    source: bool,
) -> PartyMention | None:
    """Return the party a cue at ``start:end`` attributes to: inside, after or before it."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    stops = [p for p in (sentence.find(sep, end) for sep in ",;:") if p != -1]
    clause_end = min(stops, default=len(sentence))
    after = [
        m
        for m in mentions
        if end <= m.start <= end + _REACH and m.start <= clause_end and not m.compound
    ]
    before = [
        m for m in mentions if start - _REACH <= m.end <= start and not m.object and not m.compound
    ]
    if before and re.search(r"[,;:]", sentence[before[-1].end : start]):
        # "…, Oman's foreign minister, Badr Albusaidi, said": an appositive person speaks
        appositive = before[-1].kind is PartyKind.person and subject_first
        if not (appositive and re.fullmatch(r"\s*,\s*", sentence[before[-1].end : start])):
            before = []
    subject = before[-1] if before else None
    obj = after[0] if after and (source or not after[0].object) else None
    if subject is None and subject_first:  # "Trump, speaking to reporters, said"
        first = [m for m in mentions if m.end <= start and not m.object and not m.compound]
        if first and re.fullmatch(r"\s*,[^;:]{0,120},\s*", sentence[first[0].end : start]):
            subject = first[0]
    if source and obj is not None and _NO_PARTY_SOURCE.search(sentence[end : obj.start]):
        obj = None  # "laut Medienberichten will Israel …": the media, no party, is the source
    if sentence[start:end].lower() == "zufolge":
        return subject  # "Dem Kreml zufolge lehnt Russland ab": the postposition's object
    if subject_first:  # "Peskov said", or inverted after a comma or quote: ', said Peskov'
        inverted = re.search(r"[,\"”]\s*$", sentence[:start]) is not None
        adjacent = obj if obj is not None and obj.start - end <= 3 and inverted else None
        return subject or adjacent
    if _PERFECT.fullmatch(sentence[start:end]):  # "Burhan hatte am Dienstag … erklärt, …"
        first = [m for m in mentions if m.end <= start and not m.object and not m.compound]
        if first and not re.search(r"[,;:]", sentence[first[0].end : start]):
            return first[0]
    if obj is not None and obj.kind is not PartyKind.person:
        # "erklärte die Sprecherin des Außenministeriums, Maria Sacharowa": the person
        person = [
            m
            for m in mentions
            if m.kind is PartyKind.person
            and m.start >= obj.end
            and (
                # an apposition closes: "…, Maria Sacharowa." not "the Kremlin, Trump proposed"
                (
                    re.fullmatch(r"\s*,\s*", sentence[obj.end : m.start]) is not None
                    and re.match(r"\s*(?:[,.;:!?\"“”„]|$)", sentence[m.end :]) is not None
                )
                or _TITLE_GAP.fullmatch(sentence[obj.end : m.start]) is not None
            )
        ]  # "according to Kremlin aide Yuri Ushakov": the person too
        if person:
            return person[0]
    return obj or subject


def unnamed_source(
    sentence: str, start: int, end: int, mentions: Sequence[PartyMention]
) -> Attribution | None:
    """Return the state of unnamed officials at the cue ``start:end``, or None.

    A source the gazetteer names ("ukrainische Diplomatenkreise") is itself the speaker.
    """
    placed = _placed_source(sentence, start, end, mentions)
    if placed is not None:
        return placed
    found = SOURCE_BEFORE.search(sentence[:start])
    offset = 0
    if found is None:
        found, offset = SOURCE_AFTER.match(sentence[end:]), end
    if found is None:
        return None
    lo, hi = min(start, offset + found.start("adj")), max(end, offset + found.end())
    named = [m.party_id for m in mentions if lo <= m.start and m.end <= hi]
    party = adjective_party(found["adj"])
    if party is None:
        # "ein Hamas-Vertreter sagte": the party the compound names
        adj = (offset + found.start("adj"), offset + found.end("adj"))
        party = next((m.party_id for m in mentions if m.compound and (m.start, m.end) == adj), None)
        if party is None:
            return None
    return Attribution((named[0] if named else party,), sentence[lo:hi], lo, hi)


def _placed_source(
    sentence: str, start: int, end: int, mentions: Sequence[PartyMention]
) -> Attribution | None:
    """Return the state of "officials in Kyiv" right before or after the cue, or None."""
    for m in mentions:
        before = m.end <= start and not sentence[m.end : start].strip()
        after = m.start >= end and re.fullmatch(
            r"\s+(?:(?:the|den|der)\s+)?(?:[\w-]+\s+){0,2}", sentence[end : m.start]
        )
        found = _SOURCE_IN.search(sentence[max(0, m.start - 40) : m.start])
        if found is None or not (before or after):
            continue
        lo = max(0, m.start - 40) + found.start()
        lo, hi = min(lo, start), max(m.end, end)
        return Attribution((state_of(m.party_id),), sentence[lo:hi], lo, hi)
    return None


def coordinated(
    sentence: str, speaker: PartyMention, mentions: Sequence[PartyMention]
) -> list[PartyMention]:
    """Return the speaker with the parties joined to it: "Turkey and Qatar said" (both).

    Only names joined by "and" / "und" / "sowie", with nothing else between (a comma
    alone is an apposition: "die Sprecherin des Ministeriums, Maria Sacharowa").
    """
    named = [m for m in mentions if not m.compound and not m.object]
    if speaker not in named:
        return [speaker]
    at = named.index(speaker)
    group = [speaker]
    for other in reversed(named[:at]):
        if not _JOINED.fullmatch(sentence[other.end : group[0].start]):
            break
        group.insert(0, other)
    for other in named[at + 1 :]:
        if not _JOINED.fullmatch(sentence[group[-1].end : other.start]):
            break
        group.append(other)
    return group


def person_source(sentence: str, start: int, end: int) -> Attribution | None:
    """Return the unresolved person of "according to him", "ihm zufolge", "laut ihr"."""
    after = re.match(r"\s+(?P<p>him|her|ihm|ihr)\b", sentence[end:], re.IGNORECASE)
    before = re.search(r"\b(?P<p>ihm|ihr)\s+$", sentence[:start], re.IGNORECASE)
    found, lo, hi = (after, start, end + after.end()) if after else (before, 0, end)
    if found is None:
        return None
    if found is before:
        lo = before.start("p") if before is not None else start
    pronoun = "she" if found["p"].lower() in ("her", "ihr") else "he"
    return Attribution((), sentence[lo:hi], lo, hi, pronoun=pronoun)


def by_role(
    role: str,
    sentences: Sequence[str],
    mentions: Sequence[Sequence[PartyMention]],
    *,
    before: int,
) -> list[str]:
    """Return the parties named earlier with the role noun in or just before their name.

    "Verteidigungsminister Rustem Umerow" … "sagte der Minister"; "the Russian defence
    ministry" … "the ministry said"; a group or government without the noun by its kind.
    The last of the list is the nearest. ``before`` limits the mentions of the last
    sentence (the one with the cue).
    """
    found: list[str] = []
    kinds = _ROLE_KINDS.get(role, ())
    stem = role.removesuffix("y")  # ministry / ministries / Ministerium
    for n, (sentence, named) in enumerate(zip(sentences, mentions, strict=True)):
        for m in named:
            if n == len(sentences) - 1 and m.end > before:
                continue
            titled = re.search(
                rf"{re.escape(stem)}\w*[\s,]+(?:[\w.-]+\s+){{0,2}}$",
                sentence[max(0, m.start - 60) : m.start],
                re.IGNORECASE,
            )
            party = gazetteer().get(m.party_id)
            names = " ".join(x for x in (party.name_en, party.name_de) if x) if party else ""
            by_name = any(word in names.lower() for word in _ROLE_NAMES.get(role, ()))
            if titled or by_name or stem in m.text.lower() or m.kind in kinds:
                found.append(m.party_id)
    return found
