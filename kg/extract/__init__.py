"""Rule-based, offline parser: a German or English news article → a draft annotation.

:func:`parse` (text), :func:`parse_file` (a UTF-8 file) and :func:`parse_article` (an
:class:`~kg.model.Article`, e.g. of a hand annotation, for evaluation) return a
:class:`~kg.model.Annotation` with status ``draft``: every fact with its evidence span,
the rule that produced it and a confidence (:class:`~kg.model.Extraction`), and the
parser's version as ``generator``. A person reviews a draft before it counts.

Modules by role: :mod:`~kg.extract.text` (sentences, spaCy blank pipelines),
:mod:`~kg.extract.language`, :mod:`~kg.extract.lexicon` (cue lexicons, with
:mod:`~kg.extract.phrasings` and :mod:`~kg.extract.gaps`),
:mod:`~kg.extract.numbers` (durations, quantities), :mod:`~kg.extract.dates`,
:mod:`~kg.extract.parties` (gazetteer mentions), :mod:`~kg.extract.referents` (bare
"die Armee", "both sides"), :mod:`~kg.extract.forces` ("Ukrainian forces", "its troops"),
:mod:`~kg.extract.places` (Brussels, outlets), :mod:`~kg.extract.rules` (one module
per kind of fact) and :mod:`~kg.extract.parse` (the pipeline).
"""

from kg.extract.language import LanguageError, detect_language
from kg.extract.parse import GENERATOR, ParseError, parse, parse_article, parse_file

__all__ = [
    "GENERATOR",
    "LanguageError",
    "ParseError",
    "detect_language",
    "parse",
    "parse_article",
    "parse_file",
]
