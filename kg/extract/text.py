r"""Sentences of an article, with their offsets, from spaCy's blank pipelines.

``spacy.blank("de")`` / ``spacy.blank("en")`` give rule-based tokenisation and a
punctuation sentencizer without any statistical model, so nothing is downloaded. Lines
(headlines, subheads, captions) are split first: a line without final punctuation is a
sentence of its own.

Examples
--------
>>> text = "Kiew schwieg.\nNoch keine Reaktion\n\nDas Treffen am 12. Februar war kurz."
>>> [s.text for s in split_sentences(text, "de")]
['Kiew schwieg.', 'Noch keine Reaktion', 'Das Treffen am 12. Februar war kurz.']
>>> all(text[s.start:s.end] == s.text for s in split_sentences(text, "de"))
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import spacy
from spacy.language import Language as SpacyLanguage

__all__ = ["Sentence", "split_sentences"]


#: A line, or a part of one that ends with a year and a full stop before a capital letter
#: ("am 20. Januar 2025. Zuletzt …"): spaCy's German tokenizer reads "2025." as an ordinal.
_YEAR_END = re.compile(r"(?:[^\n](?!(?<=\d{4}\.)\s+[A-ZÄÖÜ]))+[^\n]?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its position among the sentences, its offsets and its text."""

    index: int
    start: int
    end: int
    text: str


@functools.cache
def _pipeline(language: str) -> SpacyLanguage:
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, language: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text``.

    Parameters
    ----------
    text
        The article text.
    language
        'de' or 'en': selects spaCy's blank tokenizer for that language.

    Returns
    -------
    list of Sentence
        In text order, stripped of surrounding white space; ``text[s.start:s.end] ==
        s.text`` for each.
    """
    nlp = _pipeline(language)
    out: list[Sentence] = []
    for line in _YEAR_END.finditer(text):
        doc = nlp(line.group())
        for sent in doc.sents:
            raw = sent.text
            stripped = raw.strip()
            if not stripped:
                continue
            start = line.start() + sent.start_char + (len(raw) - len(raw.lstrip()))
            out.append(Sentence(len(out), start, start + len(stripped), stripped))
    return out
