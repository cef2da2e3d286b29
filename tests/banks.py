"""Shared plumbing of the paraphrase banks (``tests/test_extract_bank_*.py``).

A bank is a table of short texts written for the tests, each with what the parser should
find. Known gaps stay in the table, marked as strict expected failures with the reason, so
they fail loudly the day the parser starts to handle them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pytest
from _pytest.mark.structures import ParameterSet

from kg.evaluation import extract_items
from kg.extract import parse

#: The publication date the bank texts are parsed with.
BANK_DAY = "2025-03-18"


def bank_params(items: Iterable[Sequence[Any]], xfail: Mapping[str, str]) -> list[ParameterSet]:
    """Return the items as pytest params, each known gap marked ``xfail(strict=True)``.

    An item is a known gap when its text (its first element) starts with a key of
    ``xfail``; the value is the reason.
    """
    params: list[ParameterSet] = []
    for item in items:
        reason = next((r for key, r in xfail.items() if str(item[0]).startswith(key)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(*item, marks=marks))
    return params


def slot_keys(text: str, lang: str, slot: str) -> set[tuple[str, ...]]:
    """Parse a bank text and return the keys of one evaluation slot's items."""
    draft = parse(text, lang=lang, published=BANK_DAY, article_id=f"bank-{slot}")
    return {item.key for item in extract_items(draft)[slot]}
