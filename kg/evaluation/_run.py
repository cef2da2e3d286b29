"""Run a parser on gold articles and score its output."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.errors import KgError
from kg.evaluation._report import EvaluationReport, InvariantCheck
from kg.evaluation._score import evaluate
from kg.model import Annotation, Article

__all__ = ["ArticleParser", "default_parser", "evaluate_parser"]

#: A parser: called with an article id and the article (metadata and text, no facts),
#: returns a draft annotation of that article with that id.
ArticleParser = Callable[[str, Article], Annotation]


def default_parser() -> ArticleParser:
    """Return kg's rule-based parser (:mod:`kg.extract`) as an :data:`ArticleParser`.

    Raises
    ------
    KgError
        If this kg has no parser.

    Notes
    -----
    Uses ``kg.extract.parse_article(article, article_id=...)`` if it exists, else
    ``kg.extract.parse(text, lang=..., article_id=..., title=..., published=...,
    outlet=...)``.
    """
    try:
        extract = importlib.import_module("kg.extract")
    except ModuleNotFoundError as exc:
        if exc.name != "kg.extract":
            raise
        raise KgError(
            "this kg has no parser (kg.extract); give the predictions with --pred"
        ) from exc

    parse_article = getattr(extract, "parse_article", None)
    parse_text = getattr(extract, "parse", None)
    if parse_article is not None:
        return lambda article_id, article: parse_article(article, article_id=article_id)
    if parse_text is not None:
        return lambda article_id, article: parse_text(
            article.text,
            lang=article.language,
            article_id=article_id,
            title=article.title,
            published=article.published,
            outlet=article.outlet,
        )
    raise KgError("kg.extract has no parse_article() or parse(); give the drafts with --pred")


def _source_article(gold: Annotation) -> Article:
    """Return the article as a parser may see it: metadata and text, no file name."""
    return gold.article.model_copy(update={"text_file": None})


def evaluate_parser(
    gold: Sequence[Annotation], *, parse: ArticleParser | None = None
) -> EvaluationReport:
    """Run a parser on the gold articles and score its output against the gold.

    The parser sees each gold article's id, metadata and text, never its facts. Each
    article is parsed twice: the ``deterministic`` invariant checks the two outputs are
    equal.

    Parameters
    ----------
    gold
        Hand annotations.
    parse
        The parser; None for kg's rule-based parser (:mod:`kg.extract`).

    Returns
    -------
    EvaluationReport
        As :func:`kg.evaluation.evaluate`, with the ``deterministic`` check added.

    Raises
    ------
    KgError
        If there is no parser, or the parser returns an annotation with another id.

    Examples
    --------
    >>> import kg
    >>> gold = kg.read_annotations(kg.example_paths()[:1])
    >>> echo = lambda article_id, article: gold[0]
    >>> report = evaluate_parser(gold, parse=echo)
    >>> report.score("total").f1, report.invariants_hold
    (1.0, True)
    """
    parser = parse if parse is not None else default_parser()
    first: list[Annotation] = []
    unstable: list[str] = []
    for g in gold:
        outputs = [parser(g.id, _source_article(g)) for _ in range(2)]
        if outputs[0].id != g.id:
            raise KgError(
                f"the parser returned an annotation with id '{outputs[0].id}' for article "
                f"'{g.id}'; it must use the article id it is given"
            )
        if outputs[0] != outputs[1]:
            unstable.append(f"{g.id}: two runs gave different annotations")
        first.append(outputs[0])
    report = evaluate(gold, first)
    deterministic = InvariantCheck(
        "deterministic",
        "parsing the same article twice gives equal annotations",
        len(gold),
        len(gold) - len(unstable),
        tuple(unstable),
    )
    return replace(report, invariants=(*report.invariants, deterministic))
