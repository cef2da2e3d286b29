"""What an evaluation produces: counts and scores per slot, language and mode."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import KgError

__all__ = ["EvaluationReport", "InvariantCheck", "ItemOutcome", "SlotScore"]


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class SlotScore:
    """Micro-averaged counts and scores of one slot, language and matching mode.

    Parameters
    ----------
    slot
        One of :data:`kg.evaluation.SLOTS`, or ``"total"`` for all slots together.
    language
        ``"all"`` or a language code (``"de"``, ``"en"``).
    mode
        ``"strict"`` or ``"lenient"``.
    tp, fp, fn
        Matched predictions, unmatched predictions, unmatched gold items.

    Examples
    --------
    >>> s = SlotScore("parties", "all", "lenient", tp=3, fp=1, fn=2)
    >>> s.precision, s.recall, round(s.f1, 3)
    (0.75, 0.6, 0.667)
    >>> SlotScore("parties", "all", "lenient", 0, 0, 0).f1 is None
    True
    """

    slot: str
    language: str
    mode: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp), or None when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn), or None when the gold has no item."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """Return 2tp / (2tp + fp + fn), the harmonic mean of P and R, or None if all are 0."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and scores as plain JSON-serialisable values."""
        return {
            "slot": self.slot,
            "language": self.language,
            "mode": self.mode,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What became of one gold or predicted item: matched (tp), spurious (fp) or missed (fn).

    Parameters
    ----------
    article, language, slot, mode
        Where the item was scored.
    outcome
        ``"tp"`` (a prediction that matched), ``"fp"`` or ``"fn"``.
    key
        The item's key, e.g. ``("russia", "accepts_with_conditions", "halt_attacks")``.
    fact
        Id of the fact it came from (in the prediction for tp and fp, in the gold for fn).
    quote
        The text of its first evidence span (the party id for parties).
    """

    article: str
    language: str
    slot: str
    mode: str
    outcome: str
    key: tuple[str, ...]
    fact: str
    quote: str

    def to_dict(self) -> dict[str, Any]:
        """Return the outcome as plain JSON-serialisable values."""
        return {
            "article": self.article,
            "language": self.language,
            "slot": self.slot,
            "mode": self.mode,
            "outcome": self.outcome,
            "key": list(self.key),
            "fact": self.fact,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class InvariantCheck:
    """A property every parser output must have, and how many outputs have it.

    Parameters
    ----------
    name
        ``"evidence"`` (counted per fact), ``"validates"`` or ``"deterministic"`` (per
        article).
    description
        What is checked, in words.
    checked, passed
        How many facts or articles were checked, and how many have the property.
    failures
        One line per failure: where, and what is wrong.
    """

    name: str
    description: str
    checked: int
    passed: int
    failures: tuple[str, ...] = ()

    @property
    def holds(self) -> bool:
        """True when every checked fact or article has the property."""
        return self.passed == self.checked

    def to_dict(self) -> dict[str, Any]:
        """Return the check as plain JSON-serialisable values."""
        return {
            "name": self.name,
            "description": self.description,
            "checked": self.checked,
            "passed": self.passed,
            "holds": self.holds,
            "failures": list(self.failures),
        }


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """Scores of predicted annotations against gold annotations.

    Parameters
    ----------
    articles
        Ids of the gold articles scored, in the order given.
    languages
        ``"all"`` followed by the languages of those articles.
    scores
        One :class:`SlotScore` per slot (and ``"total"``) × language × mode.
    missing
        Gold articles without a prediction: all their gold items count as misses.
    unscored
        Predicted articles without a gold annotation: left out of every score.
    invariants
        The checks every prediction must pass (valid evidence, validates, deterministic).
    outcomes
        Every item's outcome, for reading what was missed or spurious.
    """

    articles: tuple[str, ...]
    languages: tuple[str, ...]
    scores: tuple[SlotScore, ...]
    missing: tuple[str, ...] = ()
    unscored: tuple[str, ...] = ()
    invariants: tuple[InvariantCheck, ...] = ()
    outcomes: tuple[ItemOutcome, ...] = ()

    def score(self, slot: str, *, language: str = "all", mode: str = "lenient") -> SlotScore:
        """Return the score of one slot (or ``"total"``), language and mode.

        Raises
        ------
        KgError
            If the report has no such score (e.g. a language no article is in).
        """
        for score in self.scores:
            if (score.slot, score.language, score.mode) == (slot, language, mode):
                return score
        raise KgError(
            f"no score for slot {slot!r}, language {language!r}, mode {mode!r}; this report "
            f"covers languages {', '.join(self.languages)} and modes strict, lenient"
        )

    @property
    def invariants_hold(self) -> bool:
        """True when every invariant check passed."""
        return all(check.holds for check in self.invariants)

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """Return the report as plain JSON-serialisable values.

        Parameters
        ----------
        details
            Also list every item's outcome.
        """
        out: dict[str, Any] = {
            "articles": list(self.articles),
            "languages": list(self.languages),
            "missing": list(self.missing),
            "unscored": list(self.unscored),
            "scores": [score.to_dict() for score in self.scores],
            "invariants": [check.to_dict() for check in self.invariants],
        }
        if details:
            out["outcomes"] = [outcome.to_dict() for outcome in self.outcomes]
        return out
