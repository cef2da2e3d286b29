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

__all__ = ["DateMention", "find_date", "find_periods"]

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
    "en": {
        "the day before yesterday": -2, "yesterday": -1, "today": 0,
        "the day after tomorrow": 2, "tomorrow": 1,
    },
}  # fmt: skip
#: Small counts in "two days ago", "vor drei Tagen", "a week ago", "vor einer Woche".
_COUNT: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "zehn": 10,
}  # fmt: skip
_COUNT_WORDS = "|".join(sorted(_COUNT, key=len, reverse=True))
#: A weekday of the week before: "am Montag vergangener Woche", "on Monday last week".
_LAST_WEEK: Final = {
    "de": re.compile(r"^\s*(?:der\s+)?(?:vergangenen|vergangener|letzter|letzten|vorigen|voriger)"
                     r"\s+Woche\b", re.IGNORECASE),
    "en": re.compile(r"^\s*(?:of\s+)?last\s+week\b", re.IGNORECASE),
}  # fmt: skip
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
            re.compile(
                rf"\bvor\s+(?P<n>\d{{1,2}}|{_COUNT_WORDS})\s+(?P<u>Tagen|Wochen|Woche)\b",
                re.IGNORECASE,
            ),
        ]
    return [
        re.compile(rf"(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{months})(?:\s+(?P<y>\d{{4}}))?"),
        re.compile(rf"(?:on\s+)?(?P<m>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"),
        re.compile(rf"(?:on\s+)?(?P<w>{weekdays})"),
        re.compile(rf"\b(?P<r>{relative})\b", re.IGNORECASE),
        re.compile(rf"\b(?P<n>\d{{1,2}}|{_COUNT_WORDS})\s+(?P<u>days?|weeks?)\s+ago\b",
                   re.IGNORECASE),
    ]  # fmt: skip


def _resolve(match: re.Match[str], language: str, span: str, published: dt.date) -> dt.date | None:
    groups = match.groupdict()
    if groups.get("r"):
        return published + dt.timedelta(days=_RELATIVE[language][groups["r"].lower()])
    if groups.get("n"):
        raw = groups["n"].lower()
        count = int(raw) if raw.isdigit() else _COUNT[raw]
        days = count * (7 if groups["u"].lower().startswith(("w", "W")) else 1)
        return published - dt.timedelta(days=days)
    if groups.get("w"):
        weekday = _WEEKDAYS[language].index(groups["w"])
        if _LAST_WEEK[language].match(span[match.end() :]):
            return published - dt.timedelta(days=published.weekday() + 7 - weekday)
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


#: A clock time: "18:00", "18.00 Uhr", "18 Uhr", "6 p.m.", "6pm", "midnight", "Mitternacht",
#: "noon", "Mittag", optionally with its zone ("Moscow time", "Ortszeit", "GMT").
_CLOCK: Final = {
    "de": re.compile(
        r"(?:(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*Uhr|(?P<mid>Mitternacht)|(?P<noon>Mittag)\b)"
        r"(?:\s+(?:Ortszeit|Moskauer Zeit|MEZ|MESZ|UTC|GMT)\b)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap]\.?m\b\.?)|"
        r"(?P<h24>\d{1,2}):(?P<m24>\d{2})|(?P<mid>midnight)|(?P<noon>noon|midday))"
        r"(?:\s+(?:[A-Z]\w+\s+time|local time|GMT|UTC)\b)?",
        re.IGNORECASE,
    ),
}


def _day_pattern(language: str) -> re.Pattern[str]:
    weekdays = "|".join(_WEEKDAYS[language])
    months = "|".join(_MONTHS[language])
    if language == "de":
        return re.compile(
            rf"(?:(?P<w>{weekdays})(?:abend|morgen|mittag|nachmittag)?|"
            rf"(?P<d>\d{{1,2}})\.(?:\s*(?P<mo>{months}))?(?:\s+\d{{4}})?)(?!\w)",
            re.IGNORECASE,
        )
    return re.compile(
        rf"(?:(?P<w>{weekdays})|(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?"
        rf"(?P<mo>{months}))?(?:\s+\d{{4}})?|(?P<mo2>{months})\s+(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?!\w)",
        re.IGNORECASE,
    )


#: A day: a weekday or a day of a month ("Samstag", "8. Mai", "8.", "Saturday", "8 May",
#: "May 8"); German "8." without a month takes the month of the period's end.
_DAY: Final = {lang: _day_pattern(lang) for lang in ("de", "en")}
_FILLER: Final = {
    "de": r"(?:am|um|dem|den|zum|,)",
    "en": r"(?:on|at|the|of|,)",
}
_FROM: Final = {"de": r"\b(?:von|vom|ab|zwischen)\s+", "en": r"\b(?:from|between)\s+"}
_TO: Final = {
    "de": r",?\s+(?:bis(?:\s+(?:zum|zur|am|um))?|und)\s+",
    "en": r",?\s+(?:until|till|to|through|and)\s+",
}


def _point(language: str) -> str:
    """Return a pattern for one point in time: up to four clock, day and filler words."""
    pieces = "|".join(
        "(?:" + re.sub(r"\(\?P<\w+>", "(?:", p) + ")"
        for p in (_CLOCK[language].pattern, _DAY[language].pattern, _FILLER[language])
    )
    return rf"(?:(?:{pieces})\s*){{1,5}}"


_PERIOD: Final = {
    lang: re.compile(
        rf"{_FROM[lang]}(?P<a>{_point(lang)}?){_TO[lang]}(?P<b>{_point(lang)})",
        re.IGNORECASE,
    )
    for lang in ("de", "en")
}


def _minutes(point: str, language: str, end: bool) -> int | None:
    """Return the minute of the day a point's clock gives (midnight ends a day), or None."""
    match = _CLOCK[language].search(point)
    if match is None:
        return None
    groups = match.groupdict()
    if groups.get("mid"):
        return 24 * 60 if end else 0
    if groups.get("noon"):
        return 12 * 60
    hour = groups.get("h") or groups.get("h24")
    if hour is None:
        return None
    h, m = int(hour), int(groups.get("m") or groups.get("m24") or 0)
    ap = (groups.get("ap") or "").lower()
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    return h * 60 + m if h <= 24 and m < 60 else None


def _day(point: str, language: str) -> tuple[str | None, int | None, int | None]:
    """Return a point's (weekday, day of month, month), each None if not given."""
    clock = _CLOCK[language].sub(" ", point)  # "18 Uhr" is no day of a month
    match = _DAY[language].search(clock)
    if match is None:
        return None, None, None
    groups = match.groupdict()
    day = groups.get("d") or groups.get("d2")
    month = groups.get("mo") or groups.get("mo2")
    months = [m.lower() for m in _MONTHS[language]]
    return (
        groups["w"].lower() if groups.get("w") else None,
        int(day) if day else None,
        months.index(month.lower()) + 1 if month else None,
    )


def _days_between(a: str, b: str, language: str, year: int) -> int | None:
    """Return how many days lie from point a's day to point b's, or None if unclear."""
    weekdays = [w.lower()[:5] for w in _WEEKDAYS[language]]
    wa, da, ma = _day(a, language)
    wb, db, mb = _day(b, language)
    if wa and wb:
        return (weekdays.index(wb[:5]) - weekdays.index(wa[:5])) % 7
    if da is None and db is None:
        return 0  # "from 6 a.m. to 6 p.m. (on Sunday)": within one day
    if da is not None and db is not None and (ma or mb):
        first_month = ma or mb or 1
        last_month = mb or first_month
        try:
            first = dt.date(year, first_month, da)
            last = dt.date(year + (1 if last_month < first_month else 0), last_month, db)
        except ValueError:
            return None
        return (last - first).days
    return None


def _iso(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    time = (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    return (f"P{days}D" if days else "P") + (f"T{time}" if time else "")


def find_periods(
    span: str, language: str, published: dt.date | None = None
) -> list[tuple[int, int, str]]:
    """Return the periods from one point in time to another in ``span``, as xsd:durations.

    "from 18:00 on Saturday until midnight on Sunday" (midnight ends the day), "von Samstag
    18 Uhr bis Sonntag 24 Uhr", "vom 8. bis 11. Mai", "between 1 and 3 May": the time from
    the first point to the second. A first day without a clock time counts from its start,
    a last day to its end, so "vom 8. bis 11. Mai" lasts four days and "a three-day truce
    from 8 to 10 May" three. Weekdays need no calendar; days of a month are
    counted in the year of ``published`` (or a common year without it).

    Parameters
    ----------
    span
        The candidate text (a sentence or clause).
    language
        'de' or 'en'.
    published
        The article's publication date, if known.

    Returns
    -------
    list of (start, end, duration)
        Offsets relative to ``span``; only periods longer than nothing and at most a year.

    Examples
    --------
    >>> find_periods("from 18:00 Moscow time on Saturday until midnight on Sunday", "en")
    [(0, 59, 'P1DT6H')]
    >>> [iso for *_, iso in find_periods("eine Waffenruhe vom 8. bis 11. Mai", "de")]
    ['P4D']
    """
    year = published.year if published is not None else 2001
    out: list[tuple[int, int, str]] = []
    for match in _PERIOD[language].finditer(span):
        a, b = match.group("a"), match.group("b")
        if not (_CLOCK[language].search(a) or _DAY[language].search(a)):
            continue
        days = _days_between(a, b, language, year)
        if days is None:
            continue
        start = _minutes(a, language, end=False) or 0
        stop = _minutes(b, language, end=True)
        if stop is None:  # "bis 10. Mai", "until Sunday": to the end of that day
            stop = 24 * 60 if _day(b, language) != (None, None, None) else 0
        total = days * 24 * 60 + stop - start
        if 0 < total <= 366 * 24 * 60:
            end = match.start("b") + len(b.rstrip(" ,"))
            out.append((match.start(), end, _iso(total)))
    return out
