"""Speech acts whose speaker is the subject: appeals, demands, denials, accusations.

"Kuba und Norwegen riefen beide Seiten auf", "Zugleich rief die Hamas … auf", "Baku
verlangt, dass …", "The UN urged both sides …", "Iran's armed forces denied …": the one
who appeals, demands, denies or accuses says so, and what the sentence reports is theirs.
The subject is the party (or the coordinated parties, "X und Y", "X, Y and Z") that opens
the clause before the verb, or — German verb-second order after an adverb ("Zugleich
rief die Hamas …") — the first party right after the verb. A pronoun subject ("He urged",
"forderte es … auf") is resolved later, like "he said" (see
:func:`kg.extract.rules.attribution.attribute_sentences`).

Only a clause-initial subject counts: in "the truce that Moscow demanded" the demand is
reported by the outlet, and the sentence keeps no speaker.

Examples
--------
>>> from kg.extract.parties import find_mentions
>>> s = "Kuba und Norwegen riefen beide Seiten auf, an den Verhandlungstisch zurückzukehren."
>>> subject_speech(s, find_mentions(s, "de"), "de").said_by
('cuba', 'norway')
>>> s = "The fighting went on although Moscow demanded a halt."
>>> subject_speech(s, find_mentions(s, "en"), "en") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from kg.codes import PartyKind
from kg.extract.lexicon import cue
from kg.extract.parties import PartyMention
from kg.extract.referents import army_of

__all__ = [
    "SubjectSpeech",
    "coordinated",
    "medium_speaker",
    "passive_speaker",
    "state_body",
    "subject_speech",
]

#: What may stand before a clause-initial subject: in English an adverbial opener ending
#: in a comma ("On Tuesday, …"), then an article and three words at most ("the Thai", "On
#: Wednesday morning"), none of them a conjunction or relative pronoun ("the plan that
#: X urged …" is no main clause). German is verb-second: an article and two words at most
#: ("Die Vereinten"); "Am Sonntag rief X …" is handled as inverted order.
_NO_CLAUSE: Final = (
    r"(?!(?:that|which|who|whom|whose|if|when|after|before|because|while|although|as|"
    r"dass|wenn|weil|nachdem|obwohl|als|ob|den|dem|deren|dessen|welche\w*)\b)"
)
_OPENER: Final = {
    "en": re.compile(
        r"(?:[^,;:\"“„]{0,60},\s*)?(?:(?:the|both)\s+)?(?:" + _NO_CLAUSE + r"[\w-]+\s+){0,3}?",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:(?:der|die|das|beide)\s+)?(?:" + _NO_CLAUSE + r"[\w-]+\s+){0,2}?", re.IGNORECASE
    ),
}
#: Words that may join or introduce coordinated subjects ("die USA und China").
_GLUE: Final = re.compile(
    r"^(?:\s|,|\b(?:und|sowie|and|as well as|the|der|die|das|den|dem|des|both|beide)\b)*$",
    re.IGNORECASE,
)
#: Between a subject and its verb: adverbs and auxiliaries ("X has also urged", "X, in
#: turn, insists").
_TO_VERB: Final = re.compile(
    r"^\s*,?\s*(?:,\s*[^,;:]{1,40},\s*)?(?:(?:has|have|had|also|again|then|now|once more|"
    r"in turn|at first|first|initially|later|on \w+day|auch|erneut|nun|dann|zudem|hingegen|"
    r"jedoch|wiederum|zunächst|bereits|schon)\s+)*$",
    re.IGNORECASE,
)
#: German verb-second after an opener: the verb follows a short adverbial ("Zugleich",
#: "Am Sonntag", "In einer Erklärung").
_VORFELD: Final = re.compile(r"^[^,;:\"“„]{0,50}$")
#: Between the verb and an inverted subject: an article, a title adjective.
_TO_SUBJECT: Final = re.compile(
    r"^\s+(?:(?:der|die|das|den|dem|des)\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE
)
_PRONOUN_AFTER: Final = re.compile(r"\s+(?P<p>er|sie|es)\b", re.IGNORECASE)
#: A German plural finite verb ("riefen", "forderten"): its "sie" is "they".
_PLURAL_VERB: Final = re.compile(r"\w+en\b")
_PRONOUN_BEFORE: Final = re.compile(
    r"(?:^|[,;]\s*|\b(?:but|and)\s+)(?P<p>he|she|it)\s+(?:(?:also|then|later|again|has|had)\s+)*$",
    re.IGNORECASE,
)


class SubjectSpeech(NamedTuple):
    """The subject speaker of a speech act, with the cue's offsets in the sentence.

    ``appeal`` is True for an appeal or demand, which is a fact of its own (a proposal, a
    condition) rather than a statement. ``start:end`` spans the subject and the verb (the
    cue's words); ``verb_start:verb_end`` the verb alone, so the subject stays an actor of
    what the sentence reports (the one who demands is also the one who imposes).
    ``said_by`` is empty and ``pronoun`` holds 'he', 'she', 'it', 'er', 'sie' or 'es' when
    the subject is a pronoun still to be resolved.
    """

    said_by: tuple[str, ...]
    start: int
    end: int
    verb_start: int
    verb_end: int
    pronoun: str = ""
    appeal: bool = False


def coordinated(sentence: str, mentions: Sequence[PartyMention], head: PartyMention) -> list[str]:
    """Return ``head`` with the parties coordinated with it ("X und Y", "X, Y and Z").

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> s = "Die USA und China einigten sich."
    >>> found = find_mentions(s, "de")
    >>> coordinated(s, found, found[0])
    ['united-states', 'china']
    """
    usable = [m for m in mentions if not m.compound]
    index = next((i for i, m in enumerate(usable) if m is head), None)
    if index is None:
        return [head.party_id]
    group = [head]
    for m in reversed(usable[:index]):
        if not _joins(sentence[m.end : group[0].start]):
            break
        group.insert(0, m)
    for m in usable[index + 1 :]:
        if not _joins(sentence[group[-1].end : m.start]):
            break
        group.append(m)
    ids: list[str] = []
    for m in group:
        if m.party_id not in ids:
            ids.append(m.party_id)
    return ids


def _joins(between: str) -> bool:
    """Return True if ``between`` only coordinates two names ("und", ", ", "and the")."""
    return (
        bool(between.strip())
        and _GLUE.fullmatch(between) is not None
        and (re.search(r"\b(?:und|sowie|and|as well as)\b|,", between, re.IGNORECASE) is not None)
    )


def subject_speech(
    sentence: str, mentions: Sequence[PartyMention], language: str
) -> SubjectSpeech | None:
    """Return the subject speaker of an appeal, demand, denial or accusation, or None.

    Parameters
    ----------
    sentence
        The sentence text.
    mentions
        Its party mentions, offsets relative to the sentence.
    language
        'de' or 'en'.
    """
    for family in ("appeal", "speech_act"):
        for match in cue(family, language).finditer(sentence):
            found = _subject(sentence, match.start(), match.end(), mentions, language)
            if found is not None:
                return found._replace(appeal=family == "appeal")
    return None


def _subject(
    sentence: str, start: int, end: int, mentions: Sequence[PartyMention], language: str
) -> SubjectSpeech | None:
    before = [m for m in mentions if m.end <= start and not m.compound and not m.object]
    if before:
        last = before[-1]
        group = coordinated(sentence, mentions, last)
        first = next(m for m in before if m.party_id == group[0])
        opener = sentence[: first.start]
        body = _BODY.match(sentence, last.end) if len(group) == 1 else None
        gap = sentence[body.end() if body else last.end : start]
        if _TO_VERB.fullmatch(gap) is not None and _OPENER[language].fullmatch(opener) is not None:
            speaker = state_body(sentence, last) if body is not None else None
            if speaker == "":
                return None  # "Ukraine's air force denied …": a body the gazetteer lacks
            return SubjectSpeech(
                (speaker or group[0],) if body else tuple(group), first.start, end, start, end
            )
    if language == "de" and _VORFELD.fullmatch(sentence[:start]) and not before:
        pronoun = _PRONOUN_AFTER.match(sentence, end)
        if pronoun is not None:
            plural = pronoun["p"].lower() == "sie" and _PLURAL_VERB.match(sentence, start)
            if plural:  # "riefen sie … auf": a group named before, not one speaker
                return None
            return SubjectSpeech((), start, pronoun.end(), start, end, pronoun["p"].lower())
        after = [m for m in mentions if m.start >= end and not m.compound]
        if after and _TO_SUBJECT.fullmatch(sentence[end : after[0].start]) is not None:
            subjects = tuple(coordinated(sentence, mentions, after[0]))
            return SubjectSpeech(subjects, start, after[0].end, start, end)
    if language == "en" and not before:
        pronoun = _PRONOUN_BEFORE.search(sentence[:start])
        lead = _OPENER[language].fullmatch(sentence[: pronoun.start("p")]) if pronoun else None
        if pronoun is not None and lead is not None:
            return SubjectSpeech((), pronoun.start("p"), end, start, end, pronoun["p"].lower())
    return None


def passive_speaker(
    sentence: str, mentions: Sequence[PartyMention], language: str
) -> SubjectSpeech | None:
    """Return the agent of a passive of saying ("was announced … by X"), or None.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> s = "The truce was announced on Monday by Malaysia's prime minister, Anwar Ibrahim."
    >>> passive_speaker(s, find_mentions(s, "en"), "en").said_by
    ('anwar-ibrahim',)
    """
    match = cue("passive_say", language).search(sentence)
    if match is None:
        return None
    agent = next((m for m in mentions if m.start >= match.end() and not m.compound), None)
    if agent is None or not _AGENT_GAP.fullmatch(sentence[match.end() : agent.start]):
        return None
    return SubjectSpeech((agent.party_id,), match.start(), agent.end, match.start(), agent.end)


#: Between "by" / "von" and the agent: an article, a possessive and a title.
_AGENT_GAP: Final = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:[\w-]+,\s+)?", re.IGNORECASE)


#: A clause-initial medium of speech: "In a post on his platform, X …", "In a video address,
#: X …", "In einer Videobotschaft [verb] X …".
_MEDIUM: Final = {
    "en": re.compile(
        r"^(?:In|On)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:post|statement|"
        r"interview|video address|address|speech|letter|message|briefing|broadcast)\b"
        r"[^,;:]{0,60},\s*",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^In\s+(?:einer|einem|seiner|ihrer|seinem|ihrem|der|dem)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:Erklärung|Mitteilung|Videobotschaft|Botschaft|Rede|Interview|Ansprache|Brief|"
        r"Schreiben|Beitrag|Stellungnahme)\b[^,;:]{0,60}?\s+\w+\s+",
    ),
}


def medium_speaker(
    sentence: str, mentions: Sequence[PartyMention], language: str
) -> SubjectSpeech | None:
    """Return the subject of a sentence that opens with a medium of speech, or None.

    "In a post on his platform, Trump set out …", "In einer Videobotschaft warnte
    Selenskyj …": the subject right after the opener speaks.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> s = "In a video address on Sunday, Zelensky set out his conditions."
    >>> medium_speaker(s, find_mentions(s, "en"), "en").said_by
    ('volodymyr-zelensky',)
    """
    opener = _MEDIUM[language].match(sentence)
    if opener is None:
        return None
    subject = next((m for m in mentions if m.start >= opener.end() and not m.compound), None)
    if subject is None or not _TO_SUBJECT.fullmatch(" " + sentence[opener.end() : subject.start]):
        return None
    if subject.object:
        return None
    end = opener.end()
    return SubjectSpeech((subject.party_id,), 0, subject.end, 0, end)


#: A state's body named by a possessive ("Ukraine's air force", "Iran's armed forces",
#: "Kiews Verteidigungsministerium"): the body speaks, not the state.
_BODY: Final = re.compile(
    r"(?:['’]s|s)?\s+(?:(?P<army>army|military|armed forces|Armee|Militär|Streitkräfte)|"
    r"air force|navy|[\w-]*\s?ministry|ministry of [\w ]+|[\w-]*ministerium|Luftwaffe|"
    r"Marine)\b",
    re.IGNORECASE,
)


def state_body(sentence: str, mention: PartyMention) -> str | None:
    """Return who speaks when a state's body is named by a possessive, or None.

    None when the mention is no state or no body follows it; its armed forces when the
    gazetteer knows them ("Sudan's army" → ``sudanese-armed-forces``); else '' — a body
    the gazetteer lacks, whose words are not the state's, so no speaker.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> s = "Ukraine's air force reported new attacks."
    >>> state_body(s, find_mentions(s, "en")[0])
    ''
    >>> s = "Sudan's military said the truce held."
    >>> state_body(s, find_mentions(s, "en")[0])
    'sudanese-armed-forces'
    """
    if mention.kind is not PartyKind.state:
        return None
    body = _BODY.match(sentence, mention.end)
    if body is None:
        return None
    if body["army"]:
        army = army_of(mention.party_id)
        return army if army != mention.party_id else ""
    return ""
