"""Who says so: attribution cues and their speaker, per sentence.

A cue is a verb of saying ("teilte … mit", "sagte", "said", "announced") or a source
phrase ("laut", "zufolge", "nach Angaben", "according to"); its speaker is the party
named inside the cue ("teilte der Kreml mit") or nearest to it in the same clause. In
German, a sentence in Konjunktiv I (sei, habe, wolle…) without a cue of its own continues
the reported speech of the sentence before; a sentence that opens with "Das teilte … mit" /
"This, X said" attributes the sentence before it as well.

Speakers not named at the cue: a pronoun ("he then said", "sagte er") is the last person
named before; a role ("the ministry said", "sagte der Minister", "according to the
president") the last party named with that role; unnamed officials of a state ("according
to a Qatari official", "Saudischen Diplomaten zufolge") that state; an appositive
("…, Oman's foreign minister, Badr Albusaidi, said"; "erklärte die Sprecherin des
Außenministeriums, Maria Sacharowa") the person; a participle ("…, saying …") or a German
perfect ("Burhan hatte … erklärt, …") the subject of the sentence.

Examples
--------
>>> from kg.extract.parties import find_mentions
>>> s = "Darauf habe sich Putin eingelassen, teilte der Kreml am Abend mit."
>>> a = find_attribution(s, find_mentions(s, "de"), "de")
>>> a.said_by, a.cue
(('kremlin',), 'teilte der Kreml am Abend mit')
>>> s = "According to the White House, talks will begin at once."
>>> find_attribution(s, find_mentions(s, "en"), "en").said_by
('white-house',)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kg.codes import PartyKind
from kg.extract.discourse import (
    JointTexts,
    continues_quote,
    continues_speech,
    recent_speaker,
    statement_issuer,
)
from kg.extract.lexicon import cue
from kg.extract.parties import PartyMention, adjective_party, state_of
from kg.extract.rules.speakers import (
    ROLE_AFTER,
    ROLE_BEFORE,
    SOURCE_AFTER,
    Attribution,
    by_role,
    coordinated,
    person_source,
    speaker_at,
    unnamed_source,
)
from kg.extract.rules.speech_acts import (
    medium_speaker,
    passive_speaker,
    state_body,
    subject_speech,
)

__all__ = ["Attribution", "attribute_sentences", "find_attribution"]

_PASSIVE: Final = {"de": re.compile(r"(?!x)x"), "en": re.compile(r"\s+to\b")}
#: Verbs of saying whose "to" starts what the subject says it will do ("pledged to halt").
_PLEDGE: Final = re.compile(r"promised|pledged|vowed", re.IGNORECASE)
_PRONOUN: Final = {
    "de": re.compile(r"\b(?:er|sie)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:he|she|it)\b", re.IGNORECASE),
}
#: Adverbs between a pronoun and its verb of saying ("he then said", "er sagte dann").
_BETWEEN: Final = re.compile(
    r"\s+(?:(?:then|also|later|further|again|once more|dann|auch|zudem|später)\s+)?",
    re.IGNORECASE,
)
#: A statement reported before, cited as the source: "laut der Erklärung", "heißt es in
#: dem Dokument", "according to the statement", "the statement said" (not "the statement
#: of X", which names its speaker).
_TEXT_DE: Final = r"(?:gemeinsamen\s+)?(?:Erklärung|Mitteilung|Dokument|Text|Kommuniqué)"
_TEXT_EN: Final = r"(?:joint\s+)?(?:statement|declaration|document|text|communiqu[eé]|readout)"
_STATEMENT_SOURCE: Final = {
    "de": re.compile(
        r"\b(?:laut|gemäß|nach)\s+(?:der|dem|dieser|diesem)\s+" + _TEXT_DE + r"\b"
        r"(?!\s+(?:der|des|von)\b)|"
        r"\b(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\s+(?:weiter\s+)?(?:in|im)\s+(?:der|dem)\s+"
        + _TEXT_DE
        + r"\b(?!\s+(?:der|des|von)\b)|"
        r"\b(?:der|dem)\s+" + _TEXT_DE + r"\s+zufolge\b|"
        r"^(?:Darin|Dort)\s+(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:according to|under)\s+the\s+" + _TEXT_EN + r"\b(?!\s+(?:of|by|from)\b)|"
        r"\bthe\s+" + _TEXT_EN + r"\s+(?:said|says|added|warned|stated|noted|read)\b",
        re.IGNORECASE,
    ),
}
_JOINT_NOUN: Final = re.compile(r"gemeinsam|joint", re.IGNORECASE)
#: German ", so X" after reported speech ("Russland sei bereit, so Peskow"); case-sensitive.
_SO: Final = re.compile(r",\s+so\s+")
#: Between "so" and the name: an article and capitalised title nouns ("so der Kremlsprecher
#: Dmitri"), never "so dass die Ukraine …".
_SO_TITLE: Final = re.compile(r"(?:(?:der|die|das)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}")
#: Before an inverted English cue: a comma or a closing quote (", said the ministry").
_INVERTED: Final = re.compile(r"[,\"”]\s*$")
#: A participle of saying after the main clause: its speaker is the clause's subject.
_PARTICIPLE: Final = {
    "de": re.compile(r"(?!x)x"),
    "en": re.compile(r",\s+(?:saying|insisting|adding|arguing|stressing|noting)\b"),
}
_BACKWARD: Final = {
    "de": re.compile(r"^(?:Das|Dies)\s+(?:teilte|sagte|erklärte|berichtete|meldete|bestätigte)\b"),
    "en": re.compile(r"^(?:That|This)\b[^.]{0,30}\b(?:said|announced|stated|confirmed)\b"),
}


#: German cues whose speaker is the subject before them, like English "X said".
_SUBJECT_CUE: Final = re.compile(r"sprach|in einer (?:Erklärung|Mitteilung)", re.IGNORECASE)
#: Cues without a speaker of their own ("hieß es"): they continue the speech before.
_IMPERSONAL: Final = re.compile(
    r"hie(?:ß|ss) es|verlautete|it was said|in einer (?:Erklärung|Mitteilung)|in a statement",
    re.IGNORECASE,
)


def find_attribution(
    sentence: str, mentions: Sequence[PartyMention], language: str
) -> Attribution | None:
    """Return the attribution a sentence makes itself, or None.

    Parameters
    ----------
    sentence
        The sentence text.
    mentions
        Its party mentions, with offsets relative to the sentence.
    language
        'de' or 'en'.
    """
    cited = _STATEMENT_SOURCE[language].search(sentence)
    for family in ("according", "say"):
        for match in cue(family, language).finditer(sentence):
            after = sentence[match.end() : match.end() + 8]
            if _PASSIVE[language].match(after) and not _PLEDGE.fullmatch(match.group()):
                continue  # "Russia is said to be ready": hearsay; "Putin pledged to": his word
            if cited is not None and cited.start() <= match.start() < cited.end():
                continue  # the cue of "laut der Erklärung", "the statement said": below
            # "X sprach von …", "X lehnte in einer Erklärung ab": the subject speaks
            subject_first = (language == "en" and family == "say") or bool(
                _SUBJECT_CUE.match(match.group())
            )
            speaker = speaker_at(
                sentence,
                match.start(),
                match.end(),
                mentions,
                subject_first=subject_first,
                source=family == "according",
            )
            if speaker is None:
                pronouns = list(
                    _PRONOUN[language].finditer(
                        sentence, max(0, match.start() - 20), match.end() + 5
                    )
                )  # the pronoun nearest the verb: "he then said", "sagte er"
                pronoun = min(
                    pronouns,
                    key=lambda p: min(abs(p.start() - match.end()), abs(match.start() - p.end())),
                    default=None,
                )
                near = (
                    pronoun is not None
                    and (
                        abs(pronoun.start() - match.end()) <= 1
                        or _BETWEEN.fullmatch(sentence[pronoun.end() : match.start()]) is not None
                        # "fügte er hinzu", "teilte sie mit": the pronoun after the verb
                        or re.fullmatch(r"\w+\s+", sentence[match.start() : pronoun.start()])
                        is not None
                    )
                )
                if family == "say" and near and pronoun is not None:
                    start, end = (
                        min(match.start(), pronoun.start()),
                        max(match.end(), pronoun.end()),
                    )
                    return Attribution(
                        (), sentence[start:end], start, end, pronoun=pronoun.group().lower()
                    )
                source = unnamed_source(sentence, match.start(), match.end(), mentions)
                if source is not None:
                    return source
                role = ROLE_BEFORE.search(sentence[: match.start()])
                if role is None and (
                    language == "de" or _INVERTED.search(sentence[: match.start()])
                ):
                    # "…, said the ministry"; not "X said the ministry would …" (its content)
                    role = ROLE_AFTER.match(sentence[match.end() :])
                if family == "say" and role is not None:
                    offset = match.end() if role.re is ROLE_AFTER else 0
                    start = min(match.start(), offset + role.start("role"))
                    end = max(match.end(), offset + role.end("role"))
                    return Attribution(
                        (), sentence[start:end], start, end, pronoun="=" + role["role"].lower()
                    )
                person = (
                    person_source(sentence, match.start(), match.end())
                    if family == ("according")
                    else None
                )
                if person is not None:  # "according to him", "ihr zufolge": the last person
                    return person
                continue
            body = state_body(sentence, speaker)
            if body == "":  # "Ukraine's air force reported": a body the gazetteer lacks
                return None
            group = coordinated(sentence, speaker, mentions) if body is None else [speaker]
            start = min(match.start(), group[0].start)
            end = max(match.end(), group[-1].end)
            said_by = (body,) if body else tuple(sorted({m.party_id for m in group}))
            return Attribution(said_by, sentence[start:end], start, end)
    if cited is not None:  # a statement reported before: resolved by attribute_sentences
        return Attribution((), cited.group(), cited.start(), cited.end(), pronoun="=statement")
    so = _SO.search(sentence) if language == "de" else None
    if so is not None:  # "Russland sei bereit, so Peskow": the name after "so"
        named = next((m for m in mentions if m.start >= so.end() and not m.compound), None)
        if named is not None and _SO_TITLE.fullmatch(sentence[so.end() : named.start]):
            return Attribution(
                (named.party_id,),
                sentence[so.start() + 1 : named.end].strip(),
                so.start(),
                named.end,
            )
    act = (
        subject_speech(sentence, mentions, language)
        or passive_speaker(sentence, mentions, language)
        or medium_speaker(sentence, mentions, language)
    )
    if act is not None:  # "X rief … auf", "X denied": the subject speaks
        # offsets of the verb alone: the subject stays an actor of what it demands
        subject = "it" if act.pronoun == "es" else act.pronoun
        start, end = (act.start, act.end) if subject else (act.verb_start, act.verb_end)
        words = sentence[act.start : act.end]
        return Attribution(act.said_by, words, start, end, pronoun=subject, appeal=act.appeal)
    participle = _PARTICIPLE[language].search(sentence)
    if participle is not None:  # "Biden welcomed it, saying …": the subject speaks
        subjects = [
            m
            for m in mentions
            if m.end <= participle.start()
            and not m.compound
            and not m.object
            and m.kind is not PartyKind.state
        ]
        if subjects:
            speaker = subjects[0]
            return Attribution(
                (speaker.party_id,),
                sentence[speaker.start : participle.end()],
                speaker.start,
                participle.end(),
            )
        # "Thai officials turned the offer down, insisting …": unnamed officials of a state
        opener = re.match(r"(?:[^,;:]{0,40},\s*)?", sentence)
        lead = opener.end() if opener is not None else 0
        unnamed = SOURCE_AFTER.match(sentence[lead:])
        party = adjective_party(unnamed["adj"]) if unnamed is not None else None
        if unnamed is not None and party is not None and lead + unnamed.end() <= participle.start():
            start, end = lead + unnamed.start(), lead + unnamed.end()
            return Attribution((party,), sentence[start:end], start, end)
    return None


def attribute_sentences(
    sentences: Sequence[str],
    mentions: Sequence[Sequence[PartyMention]],
    language: str,
    starts: Sequence[bool] | None = None,
) -> list[Attribution | None]:
    """Attribute every sentence: its own cue, the speech it continues, or None.

    Reported speech without a cue of its own (German Konjunktiv I) continues the speaker
    before it within its paragraph; "the statement said" / "hieß es in der Erklärung" is
    the speaker of the statement last reported; a joint statement ("laut der gemeinsamen
    Erklärung", "according to a joint US-Ukrainian statement", later "laut der
    Erklärung") is said by all who issued it (:mod:`kg.extract.discourse`).

    Parameters
    ----------
    sentences
        The sentence texts, in order.
    mentions
        For each sentence, its mentions with offsets relative to it.
    language
        'de' or 'en'.
    starts
        For each sentence, True if it opens a paragraph (see
        :func:`kg.extract.discourse.paragraph_starts`); default: one paragraph.
    """
    starts = list(starts) if starts is not None else [i == 0 for i in range(len(sentences))]
    own = [find_attribution(s, m, language) for s, m in zip(sentences, mentions, strict=True)]
    out: list[Attribution | None] = list(own)
    joint = JointTexts(language)
    for i, sentence in enumerate(sentences):
        att = own[i]
        cited, cited_cue = joint.note(sentence, mentions[i])
        if att is not None and att.pronoun == "=statement":  # "the statement said"
            spoken = [a.said_by if a is not None else () for a in out]
            said_by = joint.parties if _JOINT_NOUN.search(att.cue) else ()
            said_by = said_by or recent_speaker(spoken, i, starts) or cited
            if not said_by and i > 0:  # "Das Weiße Haus veröffentlichte eine Erklärung. Darin …"
                said_by = statement_issuer(sentences[i - 1], mentions[i - 1])
            att = replace(att, said_by=said_by, pronoun="") if said_by else None
            own[i] = out[i] = att
        elif att is not None and not att.said_by:  # "sagte er": the last person named before
            att = own[i] = out[i] = _resolve(att, i, sentences, mentions, out)
        if cited and (att is None or att.inherited):
            # "Wie aus einer gemeinsamen Erklärung hervorgeht, …", "laut der Erklärung"
            att = own[i] = out[i] = Attribution(cited, cited_cue.strip(), -1, -1, inherited=True)
        backward = att is not None and _BACKWARD[language].match(sentence) is not None
        if att is not None and backward and i > 0 and out[i - 1] is None and not starts[i]:
            out[i - 1] = Attribution(att.said_by, att.cue, -1, -1, inherited=True)
        own_cue = any(
            not _IMPERSONAL.match(m.group())
            for f in ("say", "according")
            for m in cue(f, language).finditer(sentence)
        )
        if (
            att is None
            and i > 0
            and not starts[i]
            and continues_speech(sentence, language, own_cue=own_cue)
        ):
            # a sentence with a cue of its own whose speaker is not named ("Das Ministerium
            # teilte mit, …") is someone else's speech, not the previous speaker's
            previous = out[i - 1]
            if previous is not None:
                out[i] = Attribution(previous.said_by, previous.cue, -1, -1, inherited=True)
        elif att is None and i > 0 and not starts[i] and not own_cue:
            previous = out[i - 1]  # '"…," she said. "…"': the quote goes on
            if previous is not None and continues_quote(sentences[i - 1], sentence):
                out[i] = Attribution(previous.said_by, previous.cue, -1, -1, inherited=True)
    return out


def _resolve(
    att: Attribution,
    i: int,
    sentences: Sequence[str],
    mentions: Sequence[Sequence[PartyMention]],
    out: Sequence[Attribution | None],
) -> Attribution | None:
    """Resolve a pronoun or role speaker ("sagte er", "the ministry said"), or None."""
    earlier = [m for previous in mentions[max(0, i - 2) : i] for m in previous]
    earlier += [m for m in mentions[i] if m.end <= att.start]
    if att.pronoun.startswith("="):  # "the ministry said": the last party so named
        bodies = by_role(
            att.pronoun[1:],
            sentences[max(0, i - 3) : i + 1],
            mentions[max(0, i - 3) : i + 1],
            before=att.start,
        ) or _titled_person(att, i, sentences[i], mentions)
    elif att.pronoun == "it":  # "it said": the body that spoke just before
        before = out[i - 1] if i else None
        bodies = list(before.said_by) if before is not None else []
        bodies = bodies or [m.party_id for m in earlier if m.kind is not PartyKind.person]
    else:
        bodies = _person_subject(att, i, mentions)
    return replace(att, said_by=tuple(bodies[-1:]), pronoun="") if bodies else None


#: Roles only a person holds: "der russische Präsident", "the Ukrainian president".
_PERSON_ROLE: Final = re.compile(
    r"president|prime minister|präsident\w*|minister\w*|kanzler\w*|chancellor|leader|"
    r"staatschef\w*|regierungschef\w*",
    re.IGNORECASE,
)


def _titled_person(
    att: Attribution, i: int, sentence: str, mentions: Sequence[Sequence[PartyMention]]
) -> list[str]:
    """Return the person a state's adjective and a role name: "the Russian president said".

    The last person named in this or the two sentences before who acts for the state the
    adjective names (Putin for "der russische Präsident"); none when there is no adjective.
    """
    if not _PERSON_ROLE.fullmatch(att.pronoun[1:]):
        return []
    words = re.findall(r"[\w-]+", sentence[max(0, att.start - 30) : att.end])
    states = {adjective_party(word) for word in words} - {None}
    if len(states) != 1:
        return []
    named = [m for previous in mentions[max(0, i - 2) : i] for m in previous]
    named += [m for m in mentions[i] if m.end <= att.start]
    persons = [
        m.party_id for m in named if m.kind is PartyKind.person and state_of(m.party_id) in states
    ]
    return persons[-1:]


def _person_subject(
    att: Attribution, i: int, mentions: Sequence[Sequence[PartyMention]]
) -> list[str]:
    """Return the person "he" / "sie" refers to: the subject of the nearest person sentence.

    The person named in the same sentence before the pronoun comes first; else, in the
    nearest of the two sentences before that names a person, the first person who is no
    object ("Putin met Gerasimov … he said" is Putin), else its last person.
    """
    here = [m for m in mentions[i] if m.end <= att.start and m.kind is PartyKind.person]
    if here:
        return [here[-1].party_id]
    for previous in reversed(mentions[max(0, i - 2) : i]):
        persons = [m for m in previous if m.kind is PartyKind.person and not m.compound]
        if persons:
            subjects = [m for m in persons if not m.object]
            return [(subjects or persons)[0 if subjects else -1].party_id]
    return []
