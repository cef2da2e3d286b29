"""Personal and group names in running text: runs of capitalised words, and their ids.

A name is a run of two to four capitalised words, with lower-case particles inside
("Tamim bin Hamad Al Thani", "Ursula von der Leyen"), initials ("Donald J. Trump") and
hyphens ("Jean-Pierre", "al-Burhan"). Words that never belong to a name (articles,
prepositions, weekdays, months, holidays) end a run; so does, in German where every noun
is capitalised, a word the article uses after an article ("die Truppen"), which is a
common noun. :func:`local_id` builds an annotation id from a name: ASCII-folded, lower
case, hyphenated ("Thérèse Kayikwamba Wagner" → ``therese-kayikwamba-wagner``).

Examples
--------
>>> text = "President Félix Tshisekedi said so."
>>> name_after(text, len("President "), "en").text
'Félix Tshisekedi'
>>> text = "a meeting with Valery Gerasimov, the chief of staff"
>>> name_before(text, text.index(","), "en").text
'Valery Gerasimov'
>>> local_id("Thérèse Kayikwamba Wagner"), local_id("Tamim bin Hamad Al Thani")
('therese-kayikwamba-wagner', 'tamim-bin-hamad-al-thani')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from kg.extract.roles import HONORIFICS, NOT_PERSON_NAMES, PARTICLES, ROLE_DE_WORD

__all__ = ["NameRun", "common_nouns", "fold_name", "local_id", "name_after", "name_before"]

_TOKEN: Final = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?\.?")
_ARABIC_ARTICLE: Final = re.compile(r"(?:al|el|as|ad|ash|at|az|ar)-[^\W\d_]")
_POSSESSIVE: Final = re.compile(r"['’]s$")
_SPACE: Final = (" ", "\u00a0")
#: Most words a name may have, particles included.
_LONGEST: Final = 7
#: German noun endings no personal name has.
_NOUN_ENDING: Final = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|ität|itäten|"
    r"nisse|nissen)$"
)
_AFTER_ARTICLE: Final = re.compile(
    r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*|sein\w*|ihr\w*|"
    r"unser\w*|im|am|zum|zur|vom|beim|viele|alle|mehrere|neue\w*|weitere\w*)\s+"
    r"(?P<noun>[A-ZÄÖÜ][^\W\d_]+)"
)


_CAPITALISED: Final = re.compile(r"\b[A-ZÄÖÜ][^\W\d_]+\b")


@dataclass(frozen=True, slots=True)
class NameRun:
    """A name found in a text: offsets (relative to the text searched) and its words."""

    start: int
    end: int
    text: str


def common_nouns(text: str, language: str) -> frozenset[str]:
    """Return the capitalised words ``text`` uses after an article: German common nouns.

    English capitalises names only, so the set is empty for English.

    Genitives of capitalised words the text also has ("Kenias" beside "Kenia") are in
    it too: a state's genitive between a title and a name is no part of the name.

    Examples
    --------
    >>> sorted(common_nouns("Die Truppen zogen ab; die Gespräche gehen weiter.", "de"))
    ['Gespräche', 'Truppen']
    """
    if language != "de":
        return frozenset()
    nouns = {m["noun"] for m in _AFTER_ARTICLE.finditer(text)}
    capitals = set(_CAPITALISED.findall(text))
    genitives = {w for w in capitals if w.endswith("s") and w[:-1] in capitals}
    return frozenset(nouns | genitives)  # "Präsident Kenias William Ruto": "Kenias" is none


def _kind(token: str) -> str:
    """Classify a word: 'cap' (name word), 'particle', 'initial' or 'stop'."""
    if len(token) == 2 and token[1] == "." and token[0].isupper():
        return "initial"
    word = token.rstrip(".")
    if word.lower() in PARTICLES and word[:1].islower():
        return "particle"
    if _ARABIC_ARTICLE.match(word):
        return "cap"
    if not word[:1].isupper() or word.lower() in NOT_PERSON_NAMES or ROLE_DE_WORD.fullmatch(word):
        return "stop"
    if len(word) > 1 and word.isupper():
        return "stop"  # an acronym ("UN", "FDLR") is no personal name
    return "cap"


def _finish(
    words: list[tuple[int, int, str]], text: str, nouns: AbstractSet[str], language: str
) -> NameRun | None:
    """Trim a run of words to a name: starts and ends with a name word, 2–4 of them."""

    def noun(word: str) -> bool:
        return word in nouns or (language == "de" and _NOUN_ENDING.search(word) is not None)

    while words and (noun(words[0][2]) or words[0][2].rstrip(".").lower() in HONORIFICS):
        words = words[1:]  # "die Delegation Vera Grabe": the noun before is no name
    for i, (_, _, word) in enumerate(words):
        if noun(word):
            words = words[:i]  # "Präsident Félix Tshisekedi Truppen": the noun is no name
            break
    while words and _kind(words[-1][2]) != "cap":
        words = words[:-1]
    while words and _kind(words[0][2]) != "cap":
        words = words[1:]
    caps = sum(1 for _, _, w in words if _kind(w) == "cap")
    if not 2 <= caps <= 4:
        return None
    start, end = words[0][0], words[-1][1]
    return NameRun(start, end, text[start:end])


def _word(text: str, at: int) -> tuple[int, int, str] | None:
    match = _TOKEN.match(text, at)
    if match is None:
        return None
    word = match.group()
    if word.endswith(".") and _kind(word) != "initial":
        word = word[:-1]
    return at, at + len(word), word


def name_after(
    text: str, pos: int, language: str, nouns: AbstractSet[str] = frozenset()
) -> NameRun | None:
    """Return the name that starts at ``pos`` of ``text``, or None.

    ``nouns`` are words known to be common nouns (:func:`common_nouns`), which end a name.
    """
    words: list[tuple[int, int, str]] = []
    at = pos
    while len(words) < _LONGEST:
        found = _word(text, at)
        if found is None:
            break
        start, end, word = found
        possessive = _POSSESSIVE.search(word) is not None
        if possessive:
            word, end = word[:-2], end - 2
        if not words and word.rstrip(".").lower() in HONORIFICS and text[end : end + 1] == " ":
            at = end + 1  # "Sheikh Tamim …": the honorific is no part of the name
            continue
        if _kind(word) == "stop" or (not words and _kind(word) != "cap"):
            break  # a name starts with a name word: "der Wagner-Gruppe X" is none
        words.append((start, end, word))
        if possessive or end >= len(text) or text[end] not in _SPACE:
            break
        at = end + 1
    return _finish(words, text, nouns, language)


def name_before(
    text: str, pos: int, language: str, nouns: AbstractSet[str] = frozenset()
) -> NameRun | None:
    """Return the name that ends at ``pos`` of ``text``, or None."""
    window_start = max(0, pos - 120)
    tokens = [
        (window_start + m.start(), m.group()) for m in _TOKEN.finditer(text, window_start, pos)
    ]
    words: list[tuple[int, int, str]] = []
    end = pos
    for start, word in reversed(tokens):
        word = word.rstrip(".") if _kind(word) != "initial" else word
        if start + len(word) != end or _kind(word) == "stop" or len(words) >= _LONGEST:
            break
        words.insert(0, (start, start + len(word), word))
        if start == 0 or text[start - 1] not in _SPACE:
            break
        end = start - 1
    if not words:
        return None
    return _finish(words, text, nouns, language)


def fold_name(name: str) -> str:
    """Return a name without accents ("Félix" → "Felix"), ß as ss.

    Examples
    --------
    >>> fold_name("Thérèse Kayikwamba Wagner"), fold_name("Recep Tayyip Erdoğan")
    ('Therese Kayikwamba Wagner', 'Recep Tayyip Erdogan')
    """
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def local_id(name: str) -> str:
    """Return the annotation id of a local party: its name folded, lower case, hyphenated."""
    words = re.findall(r"[a-z0-9]+", fold_name(name).lower())
    return "-".join(words)[:80].strip("-")
