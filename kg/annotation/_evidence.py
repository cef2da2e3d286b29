"""Finding evidence quotes in the article text, and saying why one is not there.

An evidence span is valid when ``text[start:end] == quote``. A span without offsets is
located: it is valid when the quote occurs exactly once. When a quote does not occur, the
text is searched again with whitespace, quotation marks and dashes normalised, so the
message can show the exact characters to copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from kg.explain import show
from kg.model import Evidence

__all__ = ["Located", "locate_evidence", "show"]

_WHITESPACE = re.compile(r"\s+")
#: Characters a quote typed by hand often gets wrong, mapped to a plain stand-in.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4\u2039\u203a", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043", "-"),
    }
)
#: Invisible characters dropped before comparing.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: How many candidate positions a message lists at most.
_MAX_LISTED = 8


@dataclass(frozen=True, slots=True)
class Located:
    """The outcome of checking one evidence span against the article text.

    Parameters
    ----------
    evidence
        The evidence with offsets filled in, or None if it could not be placed.
    problem
        What is wrong and how to fix it, or None if the span is valid.
    field
        The evidence field the problem belongs to: ``quote`` or ``start``.
    """

    evidence: Evidence | None
    problem: str | None = None
    field: str = "quote"


def _copyable(value: str) -> str:
    """Render text as a YAML double-quoted scalar, ready to paste into the file."""
    return json.dumps(value, ensure_ascii=False)


def _occurrences(text: str, quote: str) -> list[int]:
    starts: list[int] = []
    at = text.find(quote)
    while at != -1:
        starts.append(at)
        at = text.find(quote, at + 1)
    return starts


def _spans(starts: list[int], length: int) -> str:
    listed = ", ".join(f"({s}, {s + length})" for s in starts[:_MAX_LISTED])
    if len(starts) > _MAX_LISTED:
        listed += f" and {len(starts) - _MAX_LISTED} more"
    return listed


def _normalise(text: str) -> tuple[str, list[int]]:
    """Fold quotes and dashes, drop invisibles, collapse whitespace; map back to offsets."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char.translate(_FOLD))
        origin.append(index)
    return "".join(chars), origin


def _near_matches(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that equal ``quote`` once both are normalised."""
    wanted = _normalise(quote)[0].strip()
    if not wanted:
        return []
    folded, origin = _normalise(text)
    return [(origin[at], origin[at + len(wanted) - 1] + 1) for at in _occurrences(folded, wanted)]


def _not_found(text: str, quote: str) -> str:
    near = _near_matches(text, quote)
    if not near:
        return "copy it character for character from the text"
    start, end = near[0]
    hint = (
        "the text has it with other spacing, quotation marks or dashes at "
        f"start {start}, end {end}: {_copyable(text[start:end])}; copy that exactly"
    )
    if len(near) > 1:
        hint += f" (it occurs {len(near)} times: {_spans([s for s, _ in near], end - start)})"
    return hint


def locate_evidence(text: str, evidence: Evidence) -> Located:
    """Check one evidence span against the text, filling its offsets if they are missing.

    Parameters
    ----------
    text
        The article text.
    evidence
        The span to check; its offsets may be None.

    Returns
    -------
    Located
        The evidence with offsets (when it could be placed) and the problem, if any.

    Examples
    --------
    >>> located = locate_evidence("We agree. They agree.", Evidence(quote="They"))
    >>> located.evidence.start, located.evidence.end, located.problem
    (10, 14, None)
    >>> print(locate_evidence("We agree. They agree.", Evidence(quote="agree")).problem)
    ... # doctest: +NORMALIZE_WHITESPACE
    quote occurs 2 times in the article text, at (start, end) (3, 8), (15, 20);
    add 'start' and 'end' to say which one is meant
    """
    quote = evidence.quote
    starts = _occurrences(text, quote)
    if evidence.start is None or evidence.end is None:
        if len(starts) == 1:
            start = starts[0]
            filled = Evidence(quote=quote, start=start, end=start + len(quote))
            return Located(filled)
        if not starts:
            message = f"quote not found in the article text: {show(quote)}; "
            return Located(None, message + _not_found(text, quote))
        return Located(
            None,
            f"quote occurs {len(starts)} times in the article text, at (start, end) "
            f"{_spans(starts, len(quote))}; add 'start' and 'end' to say which one is meant",
        )
    start, end = evidence.start, evidence.end
    if text[start:end] == quote:
        return Located(evidence)
    if end > len(text):
        where = (
            f"offsets {start}-{end} reach past the end of the article text ({len(text)} characters)"
        )
    else:
        where = f"offsets {start}-{end} hold {show(text[start:end])}, not the quote"
    if len(starts) == 1:
        found = f"the quote is at start {starts[0]}, end {starts[0] + len(quote)}"
        fix = "fix the offsets, or remove both to let kg locate the quote"
    elif starts:
        found = f"the quote occurs at (start, end) {_spans(starts, len(quote))}"
        fix = "fix the offsets, or remove both to let kg locate the quote"
    else:
        found = f"the quote does not occur in the text: {show(quote)}"
        fix = _not_found(text, quote)
    return Located(None, f"{where}; {found}; {fix}", field="start")
