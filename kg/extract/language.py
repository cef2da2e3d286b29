"""Tell German from English by counting frequent function words (offline, deterministic).

Examples
--------
>>> detect_language("Der Kreml teilte mit, dass die Ukraine nicht reagiert habe.")
'de'
>>> detect_language("The Kremlin said that Ukraine had not responded to the offer.")
'en'
"""

from __future__ import annotations

import re
from typing import Final

from kg.errors import KgError

__all__ = ["LanguageError", "detect_language"]

_STOPWORDS: Final = {
    "de": frozenset({
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den",
        "des", "zu", "mit", "sich", "auf", "für", "von", "im", "auch", "dass", "sei", "hat",
        "haben", "wurde", "wird", "noch", "nach", "bei", "aus", "wie", "über", "am", "zum",
        "zur",
    }),
    "en": frozenset({
        "the", "and", "is", "not", "a", "an", "of", "to", "with", "on", "for", "from", "in",
        "that", "was", "has", "have", "had", "be", "by", "at", "said", "would", "will",
        "its", "it", "this", "which", "as", "are", "were",
    }),
}  # fmt: skip
#: How many more hits the winner needs, as a share of all hits.
_MARGIN: Final = 0.2


class LanguageError(KgError, ValueError):
    """The language of a text could not be told; pass it explicitly."""


def detect_language(text: str) -> str:
    """Return 'de' or 'en' for ``text``, by counting function words of each language.

    Raises
    ------
    LanguageError
        If neither language clearly wins (too few words, or another language); the
        message says to pass the language (``--lang de`` or ``--lang en``).
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    total = counts["de"] + counts["en"]
    if total >= 3:
        for lang, other in (("de", "en"), ("en", "de")):
            if counts[lang] - counts[other] >= _MARGIN * total:
                return lang
    raise LanguageError(
        f"cannot tell whether the text is German or English ({counts['de']} German and "
        f"{counts['en']} English function words); pass the language: --lang de or --lang en"
    )
