r"""What the discourse tells about speakers beyond one sentence: paragraphs, joint texts.

Reported speech runs on over sentences, but not over a paragraph break or into the
outlet's own narration. This module holds what the attribution pass
(:func:`kg.extract.rules.attribution.attribute_sentences`) needs for that:

- :func:`paragraph_starts`: which sentences open a paragraph (a line break before them);
- :func:`continues_speech`: whether a sentence without a cue of its own goes on with the
  reported speech before it (German Konjunktiv I: "sei", "habe", "werde" …);
- :class:`JointTexts`: the parties of the last joint statement or declaration ("eine
  gemeinsame Erklärung" signed by X, Y and Z; "a joint US-Ukrainian statement"), so that
  "laut der Erklärung", "heißt es in dem Dokument", "according to the statement" are
  attributed to all who issued it;
- :func:`recent_speaker`: who made the statement that "the statement said" refers to.

Examples
--------
>>> text = "Kiew schwieg.\n\nDer Kreml sagte, man sei bereit. Es gebe Bedingungen."
>>> from kg.extract.text import split_sentences
>>> paragraph_starts(text, [(s.start, s.end) for s in split_sentences(text, "de")])
[True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from kg.extract.lexicon import cue
from kg.extract.parties import PartyMention, adjective_party, state_of

__all__ = [
    "JointTexts",
    "continues_quote",
    "continues_speech",
    "paragraph_starts",
    "recent_speaker",
    "statement_issuer",
]

#: A statement issued by several parties together.
_JOINT: Final = {
    "de": re.compile(
        r"\bgemeinsame[nmrs]?\s+(?:(?P<adj>[\w-]+)\s+)?(?:Abschluss)?(?:Erklärung|"
        r"Mitteilung|Stellungnahme|Kommuniqué)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bjoint\s+(?:(?P<adj>[\w.-]+)\s+)?(?:statement|declaration|communiqu[eé])\b",
        re.IGNORECASE,
    ),
}
#: The joint text cited as a source: "laut einer gemeinsamen Erklärung", "wie aus einer
#: gemeinsamen Erklärung hervorgeht", "according to a joint statement", "in a joint
#: statement".
_CITED: Final = re.compile(
    r"\b(?:laut|aus|in|nach|zufolge|according to|citing|in|under)\s+(?:(?:a|an|the|einer|"
    r"der|dem|ihrer|their)\s+)?$",
    re.IGNORECASE,
)
#: A later reference to that text: "laut der Erklärung", "heißt es in dem Dokument",
#: "Kernstück der Erklärung", "demnach", "according to the declaration".
_REFERENCE: Final = {
    "de": re.compile(
        r"\b(?:der|die|dem|das|des)\s+(?:gemeinsamen\s+)?(?:Erklärung|Dokument\w*|"
        r"Kommuniqué\w*|Text\w*)\b(?!\s+(?:der|des|von)\b)|\bdemnach\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bthe\s+(?:joint\s+)?(?:statement|declaration|document|communiqu[eé]|text)\b"
        r"(?!\s+(?:of|by|from)\b)",
        re.IGNORECASE,
    ),
}
#: "beide Regierungen", "both governments", "beide Seiten": the pair named just before.
_BOTH: Final = re.compile(
    r"\b(?:beide[nr]?|both)\s+(?:Regierungen|Seiten|Länder|governments|sides|countries)\b",
    re.IGNORECASE,
)
#: Words that may join coordinated names ("Paschinjan, Alijew und Trump").
_TITLE: Final = (
    r"[\w-]*(?:präsident|regierungschef|premier|kanzler|minister|president|prime minister|"
    r"chancellor|leader)\w*"
)
_GLUE: Final = re.compile(
    r"(?:\s|,|\b(?:und|sowie|and|as well as)\b|\b[\w-]+(?:s|’s|'s)\s+(?=" + _TITLE + r")|"
    r"\b" + _TITLE + r"\b)*",
    re.IGNORECASE,
)
#: How many sentences back "the statement said" may look for its speaker.
_STATEMENT_REACH: Final = 3


def paragraph_starts(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Return, per sentence span, True if a line break precedes it (or it is the first)."""
    out: list[bool] = []
    previous_end = 0
    for n, (start, end) in enumerate(spans):
        out.append(n == 0 or "\n" in text[previous_end:start])
        previous_end = end
    return out


def continues_speech(sentence: str, language: str, *, own_cue: bool) -> bool:
    """Return True if a sentence goes on with the reported speech before it.

    German Konjunktiv I ("Man sei bereit", "Es gebe Bedingungen") marks reported speech
    on its own; a sentence with a verb of saying of its own is someone's new speech.
    English has no such mood: backshift ("would", "had") is also the outlet's narration,
    so English sentences carry a speaker only through an explicit cue.
    """
    if own_cue:
        return False
    return cue("konjunktiv", language).search(sentence) is not None


#: Quotation marks that open a quote (German „…“ and »…«, English “…” and "…").
_OPENING: Final = re.compile(r"^[„“\"»«‘']")
_QUOTE: Final = re.compile(r"[„“”\"»«]")
_DANGLING: Final = re.compile(r"[.!?]\s*[„“\"»]\s*$")


def continues_quote(previous: str, sentence: str) -> bool:
    """Return True if ``sentence`` opens a quote that goes on from the sentence before.

    '"We will not give in," Zelensky said. "Russia must withdraw first."': a sentence that
    opens with a quotation mark right after a quoted, attributed sentence is the same
    speaker's.

    Examples
    --------
    >>> continues_quote('"We are ready," she said.', '"Russia must go first."')
    True
    >>> continues_quote("She said Russia was ready.", '"Peace" is a big word.')
    False
    >>> continues_quote('She said Russia was ready. "', 'Peace" is a big word.')
    False
    """
    # the sentence splitter may leave the opening mark at the end of the sentence before
    dangling = _DANGLING.search(previous)
    own = previous[: dangling.start() + 1] if dangling is not None else previous
    if _QUOTE.search(own) is None:  # the sentence before quoted nobody
        return False
    return _OPENING.match(sentence) is not None or dangling is not None


def recent_speaker(
    said_by: Sequence[tuple[str, ...]], index: int, starts: Sequence[bool]
) -> tuple[str, ...]:
    """Return the nearest speaker before ``index`` in its paragraph, within a few sentences.

    "The statement said", "hieß es in der Mitteilung": the statement is the one last
    reported, by whoever made it.
    """
    for back in range(index - 1, max(-1, index - 1 - _STATEMENT_REACH), -1):
        if starts[back + 1]:
            break
        if said_by[back]:
            return said_by[back]
    return ()


@dataclass
class JointTexts:
    """The parties of the last joint statement an article names, sentence by sentence."""

    language: str
    parties: tuple[str, ...] = ()
    _previous: tuple[str, ...] = ()

    def note(self, sentence: str, mentions: Sequence[PartyMention]) -> tuple[tuple[str, ...], str]:
        """Read one sentence; return the joint text's parties and cue if it cites that text.

        A sentence naming a joint statement sets its parties: the states its adjective
        names ("joint US-Ukrainian statement"), else the parties named together in the
        sentence ("Paschinjan, Alijew und Trump unterzeichneten eine gemeinsame
        Erklärung"), else, for "beide Regierungen" / "both governments", the pair named in
        the sentence before. It returns them when the sentence cites the text as its
        source ("laut …", "wie aus … hervorgeht", "according to …"); a later sentence
        returns them when it refers to "the statement" or "the declaration" and names no
        speaker of its own. Otherwise it returns ``((), "")``.
        """
        found = _JOINT[self.language].search(sentence)
        cited: tuple[tuple[str, ...], str] = ((), "")
        if found is not None:
            parties = self._issuers(sentence, mentions, found)
            if len(parties) >= 2:
                self.parties = parties
                source = _CITED.search(sentence[max(0, found.start() - 20) : found.start()])
                if source is not None:
                    cited = parties, source.group() + found.group()
        elif self.parties:
            reference = _REFERENCE[self.language].search(sentence)
            if reference is not None:
                cited = self.parties, reference.group()
        self._previous = _largest_group(sentence, [m for m in mentions if not m.compound])
        return cited

    def _issuers(
        self, sentence: str, mentions: Sequence[PartyMention], found: re.Match[str]
    ) -> tuple[str, ...]:
        words = re.split(r"[-\s]+", found["adj"] or "")
        by_adjective = _unique(p for p in (adjective_party(w) for w in words) if p is not None)
        if len(by_adjective) >= 2:
            return by_adjective
        together = _largest_group(sentence, [m for m in mentions if not m.compound])
        if len(together) >= 2:
            return together
        if _BOTH.search(sentence):
            return self._previous
        return ()


def _largest_group(sentence: str, mentions: Sequence[PartyMention]) -> tuple[str, ...]:
    """Return the states of the longest run of coordinated names in the sentence."""
    best: list[PartyMention] = []
    run: list[PartyMention] = []
    for m in mentions:
        if run and _GLUE.fullmatch(sentence[run[-1].end : m.start]) is not None:
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    return _unique(state_of(m.party_id) for m in best) if len(best) >= 2 else ()


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for party in ids:
        if party not in out:
            out.append(party)
    return tuple(out)


#: A statement as a text someone issues: "veröffentlichte eine Erklärung", "issued a statement".
_ISSUED: Final = re.compile(
    r"\b(?:Erklärung|Mitteilung|Kommuniqué|Stellungnahme|statement|communiqu[eé]|readout)\b",
    re.IGNORECASE,
)


def statement_issuer(sentence: str, mentions: Sequence[PartyMention]) -> tuple[str, ...]:
    """Return who issued the statement a sentence names: its first subject before the noun.

    "Das Weiße Haus veröffentlichte eine Erklärung." → ``('white-house',)``, for a next
    sentence "Darin hieß es, …"; nothing when the sentence names no statement.

    Examples
    --------
    >>> from kg.extract.parties import find_mentions
    >>> s = "The White House issued a statement."
    >>> statement_issuer(s, find_mentions(s, "en"))
    ('white-house',)
    """
    found = _ISSUED.search(sentence)
    if found is None:
        return ()
    subjects = [m for m in mentions if m.end <= found.start() and not m.object and not m.compound]
    return (subjects[0].party_id,) if subjects else ()
