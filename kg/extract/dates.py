"""Dates in a candidate span, resolved against the article's publication date.

Only spans the rules already chose are searched (an interaction's sentence, an exchange's
clause): general date finders misfire on German words. Weekdays ("am Dienstag", "on
Tuesday") resolve to the most recent such day on or before publication, or the next one
when the span speaks of the future ("würden am Mittwoch", "will … on Wednesday").

Examples
--------
>>> import datetime as dt
>>> tuesday = dt.date(2025, 3, 18)
>>> find_date("Putin am Dienstag in einem Telefongespräch", "de", tuesday)
DateMention(start=6, end=17, text='am Dienstag', day=datetime.date(2025, 3, 18))
>>> find_date("würden am Mittwoch 175 Gefangene austauschen", "de", tuesday).day
datetime.date(2025, 3, 19)
>>> find_date("talks in Jeddah on March 11", "en", tuesday).day
datetime.date(2025, 3, 11)
>>> find_date("das erste Gespräch am 12. Februar", "de", tuesday).day
datetime.date(2025, 2, 12)
>>> find_date("Kremlin said yesterday", "en", tuesday).day
datetime.date(2025, 3, 17)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

__all__ = ["DateMention", "find_date"]

_WEEKDAYS: Final = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS: Final = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}  # fmt: skip
_RELATIVE: Final = {
    "de": {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    "en": {"yesterday": -1, "today": 0, "tomorrow": 1},
}
_FUTURE: Final = {
    "de": re.compile(
        r"\b(?:würden?|werden?|wird|sollen|soll|sollten|wollen|wollten|will|wolle|"
        r"kommende[nm]?|nächste[nm]?|ab)\b"
    ),
    "en": re.compile(r"\b(?:will|would|shall|is to|are to|due to|next|from|starting|to begin)\b"),
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in text: its span, its words, and the day it resolves to."""

    start: int
    end: int
    text: str
    day: dt.date


def _patterns(language: str) -> list[re.Pattern[str]]:
    months = "|".join(_MONTHS[language])
    weekdays = "|".join(_WEEKDAYS[language])
    relative = "|".join(_RELATIVE[language])
    if language == "de":
        return [
            re.compile(rf"(?:am\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{months})(?:\s+(?P<y>\d{{4}}))?"),
            re.compile(rf"(?:(?:am|vom|seit|ab)\s+)?(?P<w>{weekdays})(?:abend|morgen|nachmittag)?"),
            re.compile(rf"\b(?P<r>{relative})\b", re.IGNORECASE),
        ]
    return [
        re.compile(rf"(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{months})(?:\s+(?P<y>\d{{4}}))?"),
        re.compile(rf"(?:on\s+)?(?P<m>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"),
        re.compile(rf"(?:on\s+)?(?P<w>{weekdays})"),
        re.compile(rf"\b(?P<r>{relative})\b", re.IGNORECASE),
    ]  # fmt: skip


def _resolve(match: re.Match[str], language: str, span: str, published: dt.date) -> dt.date | None:
    groups = match.groupdict()
    if groups.get("r"):
        return published + dt.timedelta(days=_RELATIVE[language][groups["r"].lower()])
    if groups.get("w"):
        weekday = _WEEKDAYS[language].index(groups["w"])
        back = (published.weekday() - weekday) % 7
        if back and _FUTURE[language].search(span):
            return published + dt.timedelta(days=7 - back)
        return published - dt.timedelta(days=back)
    month = _MONTHS[language].index(groups["m"]) + 1
    year = int(groups["y"]) if groups.get("y") else published.year
    try:
        day = dt.date(year, month, int(groups["d"]))
    except ValueError:
        return None
    if not groups.get("y") and day > published + dt.timedelta(days=180):
        day = day.replace(year=year - 1)
    return day


def find_date(span: str, language: str, published: dt.date) -> DateMention | None:
    """Return the first date in ``span``, resolved against ``published``; None if none.

    Parameters
    ----------
    span
        The candidate text (a sentence or clause), not the whole article.
    language
        'de' or 'en'.
    published
        The article's publication date.

    Returns
    -------
    DateMention or None
        Offsets are relative to ``span``.
    """
    best: DateMention | None = None
    for pattern in _patterns(language):
        for match in pattern.finditer(span):
            day = _resolve(match, language, span, published)
            if day is not None and (best is None or match.start() < best.start):
                best = DateMention(match.start(), match.end(), match.group(), day)
            break
    return best
