"""Items of a list inside one clause: where the item holding a given offset begins and ends.

"a complete end to foreign military aid and to the supply of intelligence", "its demands
include reconnecting …; resuming deliveries …; and unfreezing …", "dass Kiew keine
Waffen mehr erhalte und die Mobilmachung stoppe": each demand or condition of such a
list is a fact of its own with its own evidence, the item that names it.

Examples
--------
>>> text = "It demanded an end to arms deliveries and a halt to the mobilisation."
>>> start, end = item_bounds(text, 0, len(text), text.index("halt"))
>>> text[start:end]
'a halt to the mobilisation.'
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ITEM_BREAK", "item_bounds", "verb_final_items"]

#: Where one item of a list ends and the next begins: commas, semicolons, "and", "und".
ITEM_BREAK: Final = re.compile(
    r",\s+(?:and\s+|und\s+|sowie\s+)?|;\s*(?:and\s+|und\s+)?|"
    r"\s+(?:und|sowie|and|as well as|as would)\s+",
    re.IGNORECASE,
)


def item_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """Return the bounds of the list item of ``text[start:end]`` that holds offset ``at``.

    The item runs from the last break before ``at`` (or ``start``) to the first break at
    or after ``at`` (or ``end``); an item of fewer than three words is widened to the
    whole range, since it is more likely part of a name ("the United States and Russia")
    than an item of its own.

    Parameters
    ----------
    text
        The sentence.
    start, end
        The range the list lies in (a clause, or the whole sentence).
    at
        An offset inside the item, e.g. where its action is named.

    Returns
    -------
    tuple of int
        Offsets ``(item_start, item_end)`` in ``text``.
    """
    left = start
    for match in ITEM_BREAK.finditer(text, start, at):
        left = match.end()
    right_match = ITEM_BREAK.search(text, at, end)
    right = right_match.start() if right_match else end
    if len(text[left:right].split()) < 3:
        return start, end
    return left, right


#: German coordination of verb-final clauses: a lower-case word (the verb) before "und",
#: and after it no lower-case adjective of a following noun ("zivilen und militärischen
#: Gebieten" is one item).
_VERB_FINAL_AND: Final = re.compile(
    r"(?<=[a-zäöüß]{3})\s+und\s+"
    r"(?!(?!(?:die|der|das|den|dem|des|ein\w*|kein\w*|sein\w*|ihr\w*|alle\w*|jede\w*)\s)"
    r"[a-zäöüß]+\s+[A-ZÄÖÜ])"
)


def verb_final_items(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Return the verb-final clauses "und" joins in ``text[start:end]`` (German only).

    "wenn die RSF ihre Kämpfer abziehe und die Waffen abgebe" → two items. Fewer than
    two items of three words or more each (or English text): an empty list.

    Examples
    --------
    >>> text = "wenn Kiew die Truppen abziehe und keine Waffen mehr erhalte"
    >>> [text[a:b] for a, b in verb_final_items(text, 0, len(text), "de")]
    ['wenn Kiew die Truppen abziehe', 'keine Waffen mehr erhalte']
    >>> verb_final_items("aus den Städten und zivilen Gebieten", 0, 36, "de")
    []
    >>> verb_final_items("wie sie überwacht und kontrolliert werden solle", 0, 47, "de")
    []
    """
    if language != "de":
        return []
    cuts = [
        m
        for m in _VERB_FINAL_AND.finditer(text, start, end)
        if not text[m.start() - 1].isupper() and _lower_word_before(text, m.start())
    ]
    if not cuts:
        return []
    bounds = [start, *(m.end() for m in cuts)]
    stops = [*(m.start() for m in cuts), end]
    items = list(zip(bounds, stops, strict=True))
    if any(len(text[a:b].split()) < 3 for a, b in items):
        return []
    if not all(re.search(r"\b[A-ZÄÖÜ]", text[a:b]) for a, b in items[1:]):
        return []  # "überwacht und kontrolliert werden": one clause, two verbs
    return items


def _lower_word_before(text: str, at: int) -> bool:
    """Return True if the word ending at ``at`` starts with a lower-case letter."""
    word = re.search(r"(\w+)$", text[max(0, at - 40) : at])
    return word is not None and word.group(1)[0].islower()
