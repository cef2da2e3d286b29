"""One-to-one matching of predicted slot items to gold items, strict or lenient."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from kg.evaluation._slots import SlotItem

__all__ = ["MODES", "Mode", "keys_agree", "match_items"]

Mode = Literal["strict", "lenient"]

#: The matching modes, in report order.
MODES: Final[tuple[Mode, ...]] = ("strict", "lenient")


def keys_agree(gold: SlotItem, pred: SlotItem, mode: Mode) -> bool:
    """Whether the keys of two items of one slot agree.

    Keys must be equal, with one exception: in ``lenient`` mode a position's last key
    part — the action types of what it regards — need only share one action type. The
    holder and the stance must still be equal. What a position regards is scored in its
    own slot (a proposal's action types under ``proposals``); requiring the whole set here
    as well would count one incomplete proposal again as a wrong stance of every party
    that answered it.

    Examples
    --------
    >>> g = SlotItem("positions", ("hamas", "accepts", "ceasefire+release_persons"), (), "", "")
    >>> p = SlotItem("positions", ("hamas", "accepts", "ceasefire"), (), "", "")
    >>> keys_agree(g, p, "lenient"), keys_agree(g, p, "strict")
    (True, False)
    >>> keys_agree(g, SlotItem("positions", ("hamas", "rejects", "ceasefire"), (), "", ""),
    ...            "lenient")
    False
    """
    if gold.key == pred.key:
        return True
    if mode != "lenient" or gold.slot != "positions" or len(gold.key) != len(pred.key):
        return False
    *gold_head, gold_regards = gold.key
    *pred_head, pred_regards = pred.key
    return gold_head == pred_head and bool(
        set(gold_regards.split("+")) & set(pred_regards.split("+"))
    )


def _score(gold: SlotItem, pred: SlotItem, mode: Mode) -> int | None:
    """Return how well two items match (higher is better), or None if they do not."""
    if not keys_agree(gold, pred, mode):
        return None
    if not gold.spans and not pred.spans:
        return 0  # a span-less slot (parties): the key decides
    if mode == "strict":
        same = set(gold.spans) & set(pred.spans)
        return max((s.end - s.start for s in same), default=None)
    best = max((g.overlap(p) for g in gold.spans for p in pred.spans), default=0)
    return best if best > 0 else None


def match_items(
    gold: Sequence[SlotItem], pred: Sequence[SlotItem], *, mode: Mode
) -> list[tuple[int, int]]:
    """Pair predicted items with gold items, each item used at most once.

    A pair is a candidate when the keys agree (:func:`keys_agree`: equal, but for what a
    position regards in lenient mode) and — for items with spans — in
    ``strict`` mode some (trimmed) span of one is identical to some span of the other,
    in ``lenient`` mode some span of one overlaps some span of the other by at least one
    character. Candidates are taken greedily, most shared characters first, ties by gold
    then prediction index, so the result is deterministic.

    Parameters
    ----------
    gold, pred
        Items of one slot of one article.
    mode
        ``"strict"`` or ``"lenient"``.

    Returns
    -------
    list of (int, int)
        (gold index, prediction index) of every matched pair, sorted.

    Examples
    --------
    >>> from kg.evaluation._slots import Span
    >>> g = [SlotItem("durations", ("P30D",), (Span(0, 20),), "a", "")]
    >>> p = [SlotItem("durations", ("P30D",), (Span(5, 20),), "b", "")]
    >>> match_items(g, p, mode="lenient"), match_items(g, p, mode="strict")
    ([(0, 0)], [])
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = _score(g, p, mode)
            if score is not None:
                candidates.append((-score, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)
