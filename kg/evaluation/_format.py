"""Render evaluation reports as a text table, JSON or a Markdown table."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Final, Literal

from kg.errors import KgError
from kg.evaluation._report import EvaluationReport, SlotScore
from kg.evaluation._slots import SLOTS

__all__ = ["FORMATS", "TARGETS", "ReportFormat", "format_report", "target_for"]

ReportFormat = Literal["table", "json", "markdown"]

#: The output formats of :func:`format_report`.
FORMATS: Final = ("table", "json", "markdown")

#: First targets (lenient precision, recall) for a rule-based parser on articles it was
#: not tuned on (``/work/shared/design/extraction.md``); German about 5 points lower.
#: Proposals have none: recall matters most there.
TARGETS: Final[Mapping[str, tuple[float, float]]] = {
    "parties": (0.90, 0.80),
    "durations": (0.90, 0.80),
    "positions": (0.75, 0.50),
    "conditions": (0.70, 0.40),
    "attribution": (0.80, 0.60),
}

_ROWS: Final = (*SLOTS, "total")


def target_for(slot: str, language: str) -> tuple[float, float] | None:
    """Return the (precision, recall) target of a slot in a language, if there is one.

    Examples
    --------
    >>> target_for("parties", "en"), target_for("parties", "de")
    ((0.9, 0.8), (0.85, 0.75))
    >>> target_for("proposals", "en") is None
    True
    """
    target = TARGETS.get(slot)
    if target is None:
        return None
    cut = 0.05 if language == "de" else 0.0
    return round(target[0] - cut, 2), round(target[1] - cut, 2)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _target(slot: str, language: str) -> str:
    target = target_for(slot, language)
    return "–" if target is None else f"≥ {target[0]:.2f} / ≥ {target[1]:.2f}"


def _prf(score: SlotScore | None) -> str:
    if score is None:
        return "–"
    return f"{_num(score.precision)} / {_num(score.recall)} / {_num(score.f1)}"


def _find(report: EvaluationReport, slot: str, language: str, mode: str) -> SlotScore | None:
    if language not in report.languages:
        return None
    return report.score(slot, language=language, mode=mode)


def _languages(reports: Mapping[str, EvaluationReport]) -> list[str]:
    found = {lang for report in reports.values() for lang in report.languages}
    return ["all", *sorted(found - {"all"})]


def _notes(name: str, report: EvaluationReport) -> list[str]:
    lines = []
    for check in report.invariants:
        unit = "facts" if check.name == "evidence" else "articles"
        state = "ok" if check.holds else "FAILED"
        lines.append(
            f"{name}invariant {check.name}: {check.passed}/{check.checked} {unit} {state}"
            f" ({check.description})"
        )
        lines.extend(f"    {failure}" for failure in check.failures[:10])
    if report.missing:
        lines.append(
            f"{name}no prediction (all gold counted as missed): {', '.join(report.missing)}"
        )
    if report.unscored:
        lines.append(f"{name}predictions without gold (not scored): {', '.join(report.unscored)}")
    return lines


def _table(name: str, report: EvaluationReport, *, details: bool) -> list[str]:
    header = f"{name}: " if name else ""
    languages = ", ".join(report.languages[1:]) or "–"
    counts = f"{'tp':>4} {'fp':>4} {'fn':>4}  target P / R"
    lines = [
        f"{header}{len(report.articles)} article(s), languages {languages}",
        f"{'slot':<12} {'lang':<4}  {'strict P / R / F1':<18}  {'lenient P / R / F1':<18}  "
        + counts,
    ]
    for slot in _ROWS:
        for language in report.languages:
            strict = report.score(slot, language=language, mode="strict")
            lenient = report.score(slot, language=language, mode="lenient")
            lines.append(
                f"{slot:<12} {language:<4}  {_prf(strict):<18}  {_prf(lenient):<18}  "
                f"{lenient.tp:>4} {lenient.fp:>4} {lenient.fn:>4}  {_target(slot, language)}"
            )
    lines.extend(_notes("", report))
    if details:
        wrong = [o for o in report.outcomes if o.mode == "lenient" and o.outcome != "tp"]
        lines.append(f"lenient misses (fn) and spurious predictions (fp): {len(wrong)}")
        lines.extend(
            f"  {o.outcome}  {o.article}  {o.slot}  {' | '.join(o.key)}  [{o.fact}] {o.quote!r}"
            for o in wrong
        )
    return lines


def _markdown(reports: Mapping[str, EvaluationReport]) -> list[str]:
    names = list(reports)
    head = ["slot", "lang"]
    for name in names:
        head += [f"{name} P / R / F1 (lenient)", f"{name} F1 (strict)"]
    head.append("target P / R (lenient, held-out)")
    lines = [
        "; ".join(f"{n}: {len(r.articles)} article(s)" for n, r in reports.items()),
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
    ]
    for slot in _ROWS:
        for language in _languages(reports):
            cells = [slot, language]
            for report in reports.values():
                lenient = _find(report, slot, language, "lenient")
                strict = _find(report, slot, language, "strict")
                cells += [_prf(lenient), _num(strict.f1 if strict else None)]
            cells.append(_target(slot, language))
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for name, report in reports.items():
        checks = ", ".join(
            f"{c.name} {c.passed}/{c.checked} {'facts' if c.name == 'evidence' else 'articles'}"
            for c in report.invariants
        )
        verdict = "all hold" if report.invariants_hold else "**BROKEN**"
        lines.append(f"- {name + ' ' if name else ''}invariants: {checks} — {verdict}")
        if report.missing:
            lines.append(
                f"- {name + ': ' if name else ''}no prediction for {', '.join(report.missing)}"
            )
    return lines


def format_report(
    report: EvaluationReport | Mapping[str, EvaluationReport],
    *,
    fmt: ReportFormat = "table",
    details: bool = False,
) -> str:
    """Render a report, or several named reports (e.g. development and held-out).

    Parameters
    ----------
    report
        One report, or a mapping from a name to a report.
    fmt
        ``"table"`` (plain text: strict and lenient P / R / F1, lenient counts, target),
        ``"json"`` (everything, as plain values) or ``"markdown"`` (one table with the
        lenient P / R / F1 and strict F1 of each report side by side, and the targets).
    details
        Also list every lenient miss and spurious prediction (table) or every item's
        outcome (json); the Markdown table has no details.

    Returns
    -------
    str
        The rendered text, ending in a newline.

    Raises
    ------
    KgError
        If ``fmt`` is not a known format.

    Examples
    --------
    >>> import kg
    >>> from kg.evaluation import evaluate
    >>> gold = [kg.read_annotation(kg.example_dir() / "energy-pause-call-de.yaml")]
    >>> lines = format_report(evaluate(gold, gold)).splitlines()
    >>> print(lines[1][:57])
    slot         lang  strict P / R / F1   lenient P / R / F1
    >>> print(lines[2][:57])
    parties      all   1.00 / 1.00 / 1.00  1.00 / 1.00 / 1.00
    """
    reports = report if isinstance(report, Mapping) else {"": report}
    if fmt == "json":
        data = {name: r.to_dict(details=details) for name, r in reports.items()}
        return json.dumps(data.get("", data), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return "\n".join(_markdown(reports)) + "\n"
    if fmt == "table":
        blocks = ["\n".join(_table(n, r, details=details)) for n, r in reports.items()]
        return "\n\n".join(blocks) + "\n"
    raise KgError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
