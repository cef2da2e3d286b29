"""Score a parser's draft annotations against hand annotations, slot by slot.

Each annotation is turned into comparable **items** per slot (:func:`extract_items`):

- ``parties``: every party id any fact refers to (proposers, addressees, debtors,
  creditors, term actors, imposers, those required of, position holders, participants,
  agreement parties, mediators, ``said_by``) — matched by id alone, no spans;
- ``proposals``: (proposers, action types of the terms) of each proposal;
- ``durations``: (ISO duration,) of each term of a proposal, commitment or demand, on
  its fact's evidence;
- ``positions``: (holder, stance, action types of what it regards) — the regarded
  proposal's terms, an agreement's commitments, a condition's demand — since fact ids
  differ between gold and prediction;
- ``conditions``: (kind, required_of, imposed_by) of each condition;
- ``attribution``: (said_by,) of each fact attributed to someone (the outlet's own voice
  is not an item).

Items with the same key and the same spans are counted once. A predicted item
**matches** a gold item of the same article and slot when their keys are equal and —
for items with spans — in **strict** mode one of its evidence spans is identical to one
of the gold item's, both trimmed of whitespace and punctuation at the ends, or in
**lenient** mode one of its spans overlaps one of the gold item's by at least one
character. Matching is one-to-one: candidate pairs are taken greedily, most shared
characters first, ties broken by position in the (sorted) item lists, so it is
deterministic. Matched predictions are true positives, unmatched predictions false
positives, unmatched gold items false negatives; counts are summed over articles (micro
average) per slot, language and mode, and P = tp / (tp + fp), R = tp / (tp + fn),
F1 = 2tp / (2tp + fp + fn).

>>> import kg
>>> from kg.evaluation import evaluate, format_report
>>> gold = kg.read_annotations(kg.example_paths())
>>> report = evaluate(gold, gold)
>>> report.score("total", mode="strict").f1, report.invariants_hold
(1.0, True)
"""

from kg.evaluation._format import FORMATS, TARGETS, ReportFormat, format_report, target_for
from kg.evaluation._invariants import check_invariants
from kg.evaluation._match import MODES, Mode, match_items
from kg.evaluation._report import EvaluationReport, InvariantCheck, ItemOutcome, SlotScore
from kg.evaluation._run import ArticleParser, default_parser, evaluate_parser
from kg.evaluation._score import evaluate
from kg.evaluation._slots import SLOTS, SlotItem, Span, extract_items, fact_spans, trim_span
from kg.evaluation._split import SPLIT_NAMES, EvaluationSplit, load_evaluation_split

__all__ = [
    "FORMATS",
    "MODES",
    "SLOTS",
    "SPLIT_NAMES",
    "TARGETS",
    "ArticleParser",
    "EvaluationReport",
    "EvaluationSplit",
    "InvariantCheck",
    "ItemOutcome",
    "Mode",
    "ReportFormat",
    "SlotItem",
    "SlotScore",
    "Span",
    "check_invariants",
    "default_parser",
    "evaluate",
    "evaluate_parser",
    "extract_items",
    "fact_spans",
    "format_report",
    "load_evaluation_split",
    "match_items",
    "target_for",
    "trim_span",
]
