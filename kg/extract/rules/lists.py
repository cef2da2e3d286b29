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

__all__ = ["ITEM_BREAK", "item_bounds"]

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
