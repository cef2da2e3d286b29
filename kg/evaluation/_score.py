"""Score predicted annotations against gold annotations, slot by slot."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kg.errors import KgError
from kg.evaluation._invariants import check_invariants
from kg.evaluation._match import MODES, match_items
from kg.evaluation._report import EvaluationReport, ItemOutcome, SlotScore
from kg.evaluation._slots import SLOTS, SlotItem, extract_items
from kg.model import Annotation

__all__ = ["evaluate"]

_Counts = Counter[tuple[str, str, str, str]]  # (slot, language, mode, "tp"|"fp"|"fn")


def _by_id(annotations: Sequence[Annotation], what: str) -> dict[str, Annotation]:
    out: dict[str, Annotation] = {}
    for annotation in annotations:
        if annotation.id in out:
            raise KgError(
                f"two {what} annotations have the id '{annotation.id}'; give each article "
                "one annotation"
            )
        out[annotation.id] = annotation
    return out


def _outcome(article: Annotation, item: SlotItem, mode: str, outcome: str) -> ItemOutcome:
    language = article.article.language.value
    return ItemOutcome(
        article.id, language, item.slot, mode, outcome, item.key, item.fact, item.quote
    )


def _score_article(
    gold: Annotation, pred: Annotation | None, counts: _Counts, outcomes: list[ItemOutcome]
) -> None:
    gold_items = extract_items(gold)
    pred_items = extract_items(pred) if pred is not None else dict.fromkeys(SLOTS, ())
    language = gold.article.language.value
    for slot in SLOTS:
        g_items, p_items = gold_items[slot], pred_items[slot]
        for mode in MODES:
            pairs = match_items(g_items, p_items, mode=mode)
            matched_gold = {gi for gi, _ in pairs}
            matched_pred = {pi for _, pi in pairs}
            for lang in ("all", language):
                counts[slot, lang, mode, "tp"] += len(pairs)
                counts[slot, lang, mode, "fp"] += len(p_items) - len(pairs)
                counts[slot, lang, mode, "fn"] += len(g_items) - len(pairs)
            for pi, item in enumerate(p_items):
                outcome = "tp" if pi in matched_pred else "fp"
                outcomes.append(_outcome(gold, item, mode, outcome))
            for gi, item in enumerate(g_items):
                if gi not in matched_gold:
                    outcomes.append(_outcome(gold, item, mode, "fn"))


def evaluate(gold: Sequence[Annotation], pred: Sequence[Annotation]) -> EvaluationReport:
    """Score predicted annotations (a parser's drafts) against gold (hand) annotations.

    Articles are paired by annotation id. A gold article without a prediction counts all
    its gold items as misses (and is listed in ``missing``); a predicted article without
    gold is left out of the scores (and listed in ``unscored``). Counts are summed over
    articles (micro average) per slot, language (``"all"`` and each article language)
    and mode; the slot ``"total"`` sums all slots. The invariants are checked on every
    prediction given.

    Parameters
    ----------
    gold
        Hand annotations; their article texts and languages are used.
    pred
        Predicted annotations of the same articles (same ids and texts).

    Returns
    -------
    EvaluationReport
        Counts, precision, recall and F1 per slot × language × mode, the invariant
        checks and every item's outcome.

    Raises
    ------
    KgError
        If two gold or two predicted annotations share an id, or a prediction's article
        text differs from its gold article's (its spans would not be comparable).

    Examples
    --------
    >>> import kg
    >>> gold = kg.read_annotations(kg.example_paths()[:2])
    >>> report = evaluate(gold, gold)
    >>> report.score("total", mode="strict").f1
    1.0
    """
    gold_by_id = _by_id(gold, "gold")
    pred_by_id = _by_id(pred, "predicted")
    counts: _Counts = Counter()
    outcomes: list[ItemOutcome] = []
    for article_id, g in gold_by_id.items():
        p = pred_by_id.get(article_id)
        if p is not None and p.article.text != g.article.text:
            raise KgError(
                f"the predicted annotation '{article_id}' has a different article text than "
                "the gold one; predict from the gold article's text so that spans compare"
            )
        _score_article(g, p, counts, outcomes)
    languages = ("all", *sorted({g.article.language.value for g in gold}))
    scores: list[SlotScore] = []
    for slot in (*SLOTS, "total"):
        for language in languages:
            for mode in MODES:
                slots = SLOTS if slot == "total" else (slot,)
                tp, fp, fn = (
                    sum(counts[s, language, mode, kind] for s in slots)
                    for kind in ("tp", "fp", "fn")
                )
                scores.append(SlotScore(slot, language, mode, tp, fp, fn))
    return EvaluationReport(
        articles=tuple(gold_by_id),
        languages=languages,
        scores=tuple(scores),
        missing=tuple(i for i in gold_by_id if i not in pred_by_id),
        unscored=tuple(i for i in pred_by_id if i not in gold_by_id),
        invariants=check_invariants(pred),
        outcomes=tuple(outcomes),
    )
