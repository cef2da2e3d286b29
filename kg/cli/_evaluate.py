"""The ``kg evaluate`` command: score the parser (or given drafts) against hand annotations."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

import click

from kg.annotation import read_annotations
from kg.cli._common import EXIT_PROBLEMS, Failed, annotation_paths, cli, guarded
from kg.evaluation import (
    FORMATS,
    EvaluationReport,
    ReportFormat,
    evaluate,
    evaluate_parser,
    format_report,
    load_evaluation_split,
)
from kg.example import example_paths
from kg.model import Annotation

__all__ = ["evaluate_command"]

_PATHS = click.Path(path_type=Path, exists=True, dir_okay=True)


def _parts(gold: list[Annotation], split: str | None, bundled: bool) -> dict[str, list[Annotation]]:
    """Select the gold articles of each reported part of the evaluation split."""
    if split is None and not bundled:
        return {"": gold}
    evaluation_split = load_evaluation_split()
    names = [split] if split is not None else ["development", "held-out"]
    by_id = {annotation.id: annotation for annotation in gold}
    parts: dict[str, list[Annotation]] = {}
    for name in names:
        ids = evaluation_split.part(name)
        absent = [i for i in ids if i not in by_id]
        if absent and bundled:
            click.echo(f"note: {name}: not among the examples: {', '.join(absent)}", err=True)
        chosen = [by_id[i] for i in ids if i in by_id]
        if not chosen and bundled and split is None:
            continue  # a part not written yet: the note above says so
        if not chosen:
            raise Failed(
                f"no gold article of the {name} split was given; the split "
                "(kg/data/evaluation-split.yaml) lists "
                f"{', '.join(ids) or 'none'}"
            )
        parts[name] = chosen
    if bundled and split is None:
        listed = set(evaluation_split.part("all"))
        unlisted = [a.id for a in gold if a.id not in listed]
        if unlisted:
            click.echo(
                f"note: not in the evaluation split, not scored: {', '.join(unlisted)}", err=True
            )
    return parts


def _score(
    gold: list[Annotation], pred: Sequence[Annotation] | None, all_gold: set[str]
) -> EvaluationReport:
    if pred is None:
        return evaluate_parser(gold)
    ids = {annotation.id for annotation in gold}
    return evaluate(gold, [p for p in pred if p.id in ids or p.id not in all_gold])


@cli.command("evaluate")
@click.argument("gold", nargs=-1, type=_PATHS)
@click.option(
    "--pred",
    "pred",
    multiple=True,
    type=_PATHS,
    help="Predicted (draft) annotation files or folders, paired with GOLD by article id; "
    "repeat the option for several. Default: parse the gold articles with kg's parser.",
)
@click.option(
    "--split",
    type=click.Choice(["development", "held-out", "all"]),
    default=None,
    help="Score only the articles of this part of kg/data/evaluation-split.yaml. Default: "
    "all GOLD articles; without GOLD, development and held-out side by side.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table (text), json (everything) or markdown (the README table).",
)
@click.option(
    "--details", is_flag=True, help="Also list every lenient miss and spurious prediction."
)
@guarded
def evaluate_command(
    gold: tuple[Path, ...], pred: tuple[Path, ...], split: str | None, fmt: str, details: bool
) -> None:
    """Score parser output against hand annotations: P / R / F1 per slot and language.

    GOLD are hand-annotated files or folders; without GOLD the bundled examples are used
    and the development and held-out articles of kg/data/evaluation-split.yaml are
    scored separately (held-out is the honest figure: the parser was not tuned on it).
    Without --pred the gold articles' texts are parsed with kg's parser. Slots: parties,
    proposals, durations, positions, conditions, attribution; strict (identical evidence
    span) and lenient (overlapping span) matching. Exit 1 if a parser output breaks an
    invariant (invalid evidence, does not validate, not deterministic).

    Example:

        kg evaluate --format markdown

        kg evaluate kg/examples/ --pred drafts/ --split held-out
    """
    bundled = not gold
    gold_paths = annotation_paths(gold) if gold else example_paths()
    gold_annotations = read_annotations(gold_paths)
    predicted = read_annotations(annotation_paths(pred)) if pred else None
    all_gold = {annotation.id for annotation in gold_annotations}
    reports = {
        name: _score(part, predicted, all_gold)
        for name, part in _parts(gold_annotations, split, bundled).items()
    }
    text = format_report(
        reports.get("", reports),
        fmt=cast(ReportFormat, fmt),
        details=details,
    )
    click.echo(text, nl=False)
    broken = [c for r in reports.values() for c in r.invariants if not c.holds]
    if broken:
        names = ", ".join(sorted({c.name for c in broken}))
        click.echo(f"invariants broken: {names} (see above); the output must be fixed", err=True)
        sys.exit(EXIT_PROBLEMS)
