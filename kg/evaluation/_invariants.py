"""What every parser output must satisfy, whatever its scores."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from kg.annotation import check_annotation
from kg.evaluation._report import InvariantCheck
from kg.model import Annotation

__all__ = ["check_invariants"]


def _evidence_problems(annotation: Annotation) -> list[str]:
    text = annotation.article.text
    out: list[str] = []
    for fact in annotation.facts():
        for i, evidence in enumerate(fact.evidence):
            start, end = evidence.start, evidence.end
            if start is None or end is None:
                problem = "has no offsets"
            elif text[start:end] != evidence.quote:
                problem = f"[{start}:{end}] does not hold its quote {evidence.quote!r}"
            elif not evidence.quote.strip():
                problem = "is blank"
            else:
                continue
            out.append(f"{annotation.id}: {fact.id}: evidence[{i}] {problem}")
            break
    return out


def _validation_problem(annotation: Annotation) -> str | None:
    try:
        Annotation.model_validate(annotation.model_dump())
    except ValidationError as exc:
        return f"{annotation.id}: does not validate: {exc.errors()[0]['msg']}"
    problems = check_annotation(annotation)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"{annotation.id}: {problems[0]}{more}"
    return None


def check_invariants(pred: Sequence[Annotation]) -> tuple[InvariantCheck, ...]:
    """Check what must hold for every parser output, whatever its scores.

    - ``evidence`` (per fact): every evidence span has offsets and
      ``text[start:end] == quote``;
    - ``validates`` (per article): the annotation validates against the model and passes
      :func:`kg.check_annotation` (references resolve, ids unique, quotes in the text).

    Parameters
    ----------
    pred
        Parser outputs.

    Returns
    -------
    tuple of InvariantCheck
        The ``evidence`` and ``validates`` checks.
    """
    facts = sum(len(a.facts()) for a in pred)
    bad_evidence = [line for a in pred for line in _evidence_problems(a)]
    invalid = [p for a in pred if (p := _validation_problem(a)) is not None]
    return (
        InvariantCheck(
            "evidence",
            "every fact has evidence spans whose offsets hold their quote",
            facts,
            facts - len(bad_evidence),
            tuple(bad_evidence),
        ),
        InvariantCheck(
            "validates",
            "every output validates against the model and the annotation checks",
            len(pred),
            len(pred) - len(invalid),
            tuple(invalid),
        ),
    )
