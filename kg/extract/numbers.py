"""Numbers, durations and quantities in German and English text.

Digits and number words ("30", "dreißig", "thirty", "einundzwanzig", "twenty-one"),
durations with their unit ("30 Tage", "30-tägige", "dreißigtägige", "30-Tage-Frist",
"30-day", "thirty-day", "month-long", "a fortnight", "ein halbes Jahr", "one and a half
years", and periods "von Samstag 18 Uhr bis Sonntag Mitternacht") as xsd:durations
(``P30D``), and counted things ("175 Gefangene", "175 prisoners of war", "1000 gegen
1000", "175 for 175").

Examples
--------
>>> [d.iso for d in find_durations("eine dreißigtägige Waffenruhe für 30 Tage", "de")]
['P30D', 'P30D']
>>> [d.iso for d in find_durations("a month-long, thirty-day or 90-day truce", "en")]
['P1M', 'P30D', 'P90D']
>>> [d.iso for d in find_durations("ein halbes Jahr oder eine 60-Tage-Frist", "de")]
['P6M', 'P60D']
>>> [(q.number, q.unit) for q in find_quantities("je 175 Kriegsgefangene austauschen", "de")]
[(175, 'Kriegsgefangene')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from kg.extract.dates import find_periods

__all__ = ["Duration", "Quantity", "find_durations", "find_quantities", "parse_number"]

_DE_UNITS: Final = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_DE_TENS: Final = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
_DE_BIG: Final = {"hundert": 100, "tausend": 1000}
_EN_UNITS: Final = {
    "zero": 0, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_BIG: Final = {"hundred": 100, "thousand": 1000}


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_DE_SMALL = _alternatives([w for w in _DE_UNITS if not w.startswith("ein")])
_DE_WORD = (
    rf"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:{_alternatives(list(_DE_TENS))})"
    rf"|{_DE_SMALL}|eins|einem|einen|einer|eine|ein|hundert|tausend"
)
_EN_WORD = (
    rf"(?:{_alternatives(list(_EN_TENS))})(?:-(?:{_alternatives(list(_EN_UNITS))}))?"
    rf"|{_alternatives([w for w in _EN_UNITS if w != 'a'])}|a|an|hundred|thousand"
)
_DIGITS = r"\d{1,3}(?:[.,’']\d{3})+|\d+"
NUMBER: Final = {"de": rf"(?:{_DIGITS}|{_DE_WORD})", "en": rf"(?:{_DIGITS}|{_EN_WORD})"}


def parse_number(word: str) -> int | None:
    """Return the value of digits or a German or English number word, or None.

    Examples
    --------
    >>> [parse_number(w) for w in ("30", "1.000", "2,935", "dreißig", "einundzwanzig",
    ...                            "thirty", "twenty-one", "Fünf", "many")]
    [30, 1000, 2935, 30, 21, 30, 21, 5, None]
    """
    text = word.strip().lower()
    if re.fullmatch(_DIGITS, text):
        return int(re.sub(r"\D", "", text))
    for table in (_DE_UNITS, _DE_TENS, _DE_BIG, _EN_UNITS, _EN_TENS, _EN_BIG):
        if text in table:
            return table[text]
    if text in ("an", "eines"):
        return 1
    match = re.fullmatch(r"(\w+?)und(\w+)", text)
    if match and match.group(1) in _DE_UNITS and match.group(2) in _DE_TENS:
        return _DE_UNITS[match.group(1)] + _DE_TENS[match.group(2)]
    match = re.fullmatch(r"(\w+)-(\w+)", text)
    if match and match.group(1) in _EN_TENS and match.group(2) in _EN_UNITS:
        return _EN_TENS[match.group(1)] + _EN_UNITS[match.group(2)]
    return None


@dataclass(frozen=True, slots=True)
class Duration:
    """A duration found in text: where it stands and its xsd:duration (``P30D``)."""

    start: int
    end: int
    iso: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted thing found in text: ``175 Gefangene`` → number 175, unit 'Gefangene'."""

    start: int
    end: int
    number: int
    unit: str


def _iso(amount: int, unit: str) -> str:
    """Return the xsd:duration of ``amount`` ``unit`` (weeks become days: XSD has none)."""
    u = unit.lower()
    if u.startswith(("tag", "täg", "day")):
        return f"P{amount}D"
    if u.startswith(("woch", "wöch", "week")):
        return f"P{amount * 7}D"
    if u.startswith(("monat", "month")):
        return f"P{amount}M"
    if u.startswith(("jahr", "jähr", "year")):
        return f"P{amount}Y"
    return f"PT{amount}H"


_DE_UNIT = (
    r"(?P<unit>Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr|Stunden|Stunde)\b"
)
_DE_ADJ = r"(?P<unit>tägig|wöchig|monatig|jährig|stündig)\w*"
_EN_UNIT = r"(?P<unit>days?|weeks?|months?|years?|hours?)\b"
#: German compounds with the unit in the middle: "30-Tage-Waffenruhe", "90-Tage-Frist".
_DE_COMPOUND = r"(?P<unit>Tage|Wochen|Monate|Monats|Jahres|Stunden)-(?=\w)"
_DURATION: Final = {
    "de": [
        re.compile(rf"(?<![\w-])(?P<num>{NUMBER['de']})\s+{_DE_UNIT}", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?P<num>{NUMBER['de']})-?{_DE_ADJ}", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?P<num>{_DIGITS})-{_DE_COMPOUND}"),
        # "Drei-Tage-Waffenruhe", "Sechs-Monats-Frist"
        re.compile(rf"(?<![\w-])(?P<num>{_DE_WORD})-{_DE_COMPOUND}", re.IGNORECASE),
        # "binnen eines Monats", "innerhalb eines Jahres" ("eines Tages" is "some day")
        re.compile(r"(?<![\w-])(?P<num>eines)\s+(?P<unit>Monats|Jahres)\b", re.IGNORECASE),
    ],
    "en": [
        re.compile(rf"(?<![\w-])(?P<num>{NUMBER['en']})(?:\s+|-){_EN_UNIT}", re.IGNORECASE),
        re.compile(r"(?<![\w-])(?P<num>)(?P<unit>day|week|month|year)-long\b", re.IGNORECASE),
        re.compile(r"(?<![\w-])(?:(?P<num>an?|one|two|three|four)\s+)?(?P<unit>fortnight)s?\b",
                   re.IGNORECASE),
    ],
}  # fmt: skip
#: Halves: "half a year", "a half-year", "one and a half years", "two and a half months",
#: "ein halbes Jahr", "halbjährige", "anderthalb Jahre", "zweieinhalb Monate".
_HALF: Final = {
    "de": re.compile(
        rf"(?<![\w-])(?:(?:ein(?:em|en|es)?\s+)?halbe[smn]?\s+(?P<unit>Jahr|Monat|Tag)\w*|"
        rf"halb(?P<adj>jährig|monatig|tägig)\w*|"
        rf"(?P<num>anderthalb|(?:{_DE_SMALL}|ein)einhalb)\s*-?\s*"
        rf"(?P<unit2>Jahre|Jahren|Monate|Monaten|Tage|Tagen|Wochen|Stunden|jährig\w*|"
        rf"monatig\w*|tägig\w*|wöchig\w*|stündig\w*))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?<![\w-])(?:(?:a\s+)?half(?:\s+an?\s+|-)(?P<unit>year|month|day|hour)\b|"
        rf"(?:(?P<num>{NUMBER['en']})\s+and\s+)?an?\s+half(?:\s+|-)"
        rf"(?P<unit2>years?|months?|weeks?|days?|hours?)\b|"
        rf"(?P<num3>{NUMBER['en']})\s+(?P<unit3>years?|months?|weeks?|days?|hours?)\s+and\s+"
        rf"a\s+half\b)",
        re.IGNORECASE,
    ),
}
#: The longest term each unit can plausibly give (by its first two letters): beyond it the
#: number is no duration, and RDF tools cannot hold it (xsd:duration as a timedelta).
_MOST: Final = {
    "ta": 3660, "tä": 3660, "da": 3660, "wo": 520, "wö": 520, "we": 520,
    "mo": 1200, "ja": 100, "jä": 100, "ye": 100, "st": 87840, "ho": 87840,
}  # fmt: skip
#: Words before a duration that make it a point or span in the past, not a term's length.
_NOT_A_TERM: Final = re.compile(
    r"(?:\bseit|\bvor|\bnach|\bsince|\bafter|\bin|"
    r"\bmore than|\bmehr als|\bover|\bim Alter von|\baged|\bsentenced to|"
    r"\bvergangenen|\bletzten|\bzurückliegenden|\bthe (?:past|last|previous)|"
    r"\b(?:in office|in power|im Amt|an der Macht)\s+(?:for|seit))\s+"
    r"(?:(?:mehr als|knapp|fast|über|more than|nearly|"
    r"almost|the past|the last|den|der|the)\s+)*$",
    re.IGNORECASE,
)
#: How long something other than a term went on: "the war has lasted", "talks ran".
_LASTED: Final = {
    "de": re.compile(
        r"\b(?:Krieg\w*|Konflikt\w*|Kämpfe\w*|Gespräch\w*|Verhandlung\w*|Treffen|Sitzung\w*|"
        r"Belagerung\w*|Offensive\w*)\s+(?:\w+\s+){0,2}?(?:dauert\w*|tobt\w*|währt\w*|lief|läuft|"
        r"liefen|laufen)\s+(?:bereits\s+|schon\s+|seit\s+|über\s+|nur\s+)*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:war|conflict|fighting|talks|negotiations|meeting|session|siege|offensive)\s+"
        r"(?:has\s+|have\s+|had\s+)?(?:lasted|raged|gone on|went on|ran|run|continued|dragged on)"
        r"\s+(?:for\s+|over\s+|nearly\s+|almost\s+|more than\s+)*$",
        re.IGNORECASE,
    ),
}
_AGO: Final = re.compile(
    r"^\s*(?:ago|earlier|later|zuvor|später|danach|"
    r"of\s+(?!(?:a\s+|the\s+)?(?:ceasefire|truce|calm|pause|peace|quiet)\b))\b",
    re.IGNORECASE,
)
#: What after a duration makes it no term's length: an age ("30-year-old", "30 Jahre
#: alt"), time in office ("100 days in office", "100 Tage im Amt", "100 days into his
#: term"), a sentence ("zehn Jahren Haft", "15 years in prison"), a point before or
#: after an event ("drei Tage nach dem Treffen", "three days after the talks", "48 Stunden
#: nach Beginn der Gefechte") or how long something went on ("vier Wochen gedauert").
_ELAPSED: Final = re.compile(
    r"^(?:-|\s+)?(?:old|alt)\b|"
    r"^\s*(?:into|in office|in power|at the helm|im Amt|an der Macht|in prison|in jail|"
    r"behind bars|Haft|Gefängnis|Freiheitsstrafe|Jugendstrafe)\b|"
    r"^\s*(?:after|before|nach|vor)\s+(?:dem|der|den|des|einem|einer|the|a|an|his|her|its|"
    r"their|talks|Gesprächen|Beginn|Ausbruch|Start)\b|"
    r"^\s+(?:lang\s+)?(?:gedauert|angedauert|getobt|gewährt|gekämpft)\b",
    re.IGNORECASE,
)
#: A person an age adjective describes: "ein 30-jähriger Soldat", "der 45-jährige Anführer".
_AGED_PERSON: Final = re.compile(
    r"^\w*\s+(?:Mann|Frau|Junge|Mädchen|Kind|Sohn|Tochter|Soldat\w*|Kämpfer\w*|Zivilist\w*|"
    r"Kommandeur\w*|Anführer\w*|Politiker\w*|Präsident\w*|Minister\w*|Journalist\w*|"
    r"Bewohner\w*|Geisel|Gefangene\w*|Opfer|Israeli|Palästinenser\w*|Ukrainer\w*|Russe\w*)\b"
)
#: Words after a deadline that make it the time until something starts.
_STARTS: Final = re.compile(
    r"^[^.;]{0,20}?\b(?:in Kraft(?:\s+treten|\s+tritt)?|beginn\w*|starte\w*|einsetz\w*|"
    r"take\w* effect|come\w* into (?:force|effect)|begin\w*|start\w*|kick\w* in)\b",
    re.IGNORECASE,
)
_STARTS_BEFORE: Final = re.compile(
    r"\b(?:take\w* effect|come\w* into (?:force|effect)|begin\w*|start\w*|kick\w* in|"
    r"in Kraft)\s+(?:within|binnen|innerhalb(?:\s+von)?)\s+(?:the\s+next\s+)?$",
    re.IGNORECASE,
)
#: Words before a deadline: what follows it ("within 30 days after signing") is its start.
_WITHIN: Final = re.compile(r"\b(?:within|binnen|innerhalb)\b[^.;]{0,12}$", re.IGNORECASE)


#: A duration said as an adverb ("ein Jahr lang", "for a year") in a clause about what
#: had been ("hatten … verzichtet", "had refrained", "has held"), with nothing planned
#: or reported as to come: how long something went on, not the length of a term.
_ADVERB_AFTER: Final = {"de": re.compile(r"^\s+lang\b"), "en": re.compile(r"^")}
_ADVERB_BEFORE: Final = {
    "de": re.compile(r"(?!)"),
    "en": re.compile(r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?$", re.IGNORECASE),
}
_HAD_BEEN: Final = {
    "de": re.compile(r"\b(?:hatte|hatten|war|waren)\b"),
    "en": re.compile(
        r"\bhad\b|\b(?:has|have)\s+(?:\w+\s+)?(?:held|lasted|been|kept|observed|refrained)\b",
        re.IGNORECASE,
    ),
}
_TO_COME: Final = {
    "de": re.compile(
        r"\b(?:soll\w*|werde\w*|wird|würde\w*|wolle\w*|will|könnte\w*|müsse\w*|sei\w*|habe|"
        r"zugesagt|zugesichert|versprochen|vereinbart|angeboten|vorgeschlagen|angekündigt|"
        r"verkündet|beschlossen|bereit\w*|Angebot|Vorschlag|Plan)\b"
    ),
    "en": re.compile(
        r"\b(?:would|will|should|could|shall|must|to|agreed|offered|pledged|promised|proposed|"
        r"committed|declared|announced|accepted|proposal|plan|offer)\b",
        re.IGNORECASE,
    ),
}


def _went_on(text: str, start: int, end: int, language: str) -> bool:
    """Whether a duration at ``text[start:end]`` says how long something had gone on."""
    adverb = (language == "de" and _ADVERB_AFTER["de"].match(text[end:]) is not None) or (
        language == "en" and _ADVERB_BEFORE["en"].search(text[max(0, start - 20) : start])
    )
    return bool(adverb and _HAD_BEEN[language].search(text) and not _TO_COME[language].search(text))


def _half_iso(whole: int, unit: str) -> str:
    """Return the xsd:duration of ``whole`` and a half ``unit`` ("anderthalb Jahre": P1Y6M)."""
    u = unit.lower()
    if u.startswith(("jahr", "jähr", "year")):
        months = 12 * whole + 6
        return f"P{months // 12}Y6M" if months >= 12 else "P6M"
    if u.startswith(("monat", "month")):
        return f"P{whole}M15D" if whole else "P15D"
    if u.startswith(("woch", "wöch", "week")):
        return f"P{7 * whole + 3}DT12H"
    if u.startswith(("tag", "täg", "day")):
        return f"P{whole}DT12H" if whole else "PT12H"
    return f"PT{whole}H30M" if whole else "PT30M"


def _halves(text: str, language: str) -> list[Duration]:
    found: list[Duration] = []
    for match in _HALF[language].finditer(text):
        groups = match.groupdict()
        unit = next((groups[k] for k in ("unit", "unit2", "unit3", "adj") if groups.get(k)), "")
        raw = (groups.get("num") or groups.get("num3") or "").lower()
        if raw.endswith("einhalb") and raw != "einhalb":
            whole = parse_number(raw[: -len("einhalb")] or "ein")
        elif raw == "anderthalb":
            whole = 1
        else:
            whole = parse_number(raw) if raw else 0
        if whole is None or whole > 100:
            continue
        found.append(Duration(match.start(), match.end(), _half_iso(whole, unit)))
    return found


def find_durations(text: str, language: str, published: dt.date | None = None) -> list[Duration]:
    """Find durations that may be the length of a term, in text order.

    Durations that point back in time or to a later point ("seit drei Jahren", "vor
    einer Woche", "three years ago") are left out; a deadline ("within 90 days",
    "innerhalb von 30 Tagen", "binnen drei Monaten") is the length of the term it sets.
    Halves ("half a year", "anderthalb Jahre") and periods from one point in time to
    another ("from 18:00 on Saturday until midnight on Sunday", "vom 8. bis 11. Mai",
    see :func:`kg.extract.dates.find_periods`) count too.

    Parameters
    ----------
    text
        The text to search (a sentence or clause).
    language
        'de' or 'en'.
    published
        The article's publication date, for the year of a period given by dates;
        without it, periods between weekdays are still found.

    Returns
    -------
    list of Duration
        Non-overlapping, in text order.
    """
    found = [
        Duration(start, end, iso)
        for start, end, iso in find_periods(text, language, published)
        if not _LASTED[language].search(text[max(0, start - 60) : start])
    ]
    candidates: list[Duration | re.Match[str]] = [*_halves(text, language)]
    for pattern in _DURATION[language]:
        candidates.extend(pattern.finditer(text))
    blocked = [(d.start, d.end) for d in candidates if isinstance(d, Duration)]
    for match in candidates:
        if isinstance(match, Duration):
            start, end, iso = match.start, match.end, match.iso
        else:
            if any(s < match.end() and match.start() < e for s, e in blocked):
                continue  # "in half a year": not "a year", whether or not the half counts
            raw = match.group("num") or ""
            unit = match.group("unit")
            amount = 1 if raw == "" else parse_number(raw)
            if unit.lower().startswith("fortnight") and amount is not None:
                amount, unit = amount * 2, "weeks"
            if amount is None or not 0 < amount <= _MOST.get(unit[:2].lower(), 0):
                continue  # no number, or none a term lasts ("1000000000-day")
            start, end, iso = match.start(), match.end(), _iso(amount, unit)
        if _NOT_A_TERM.search(text[max(0, start - 40) : start]):
            continue
        if _AGO.match(text[end:]):
            continue
        if _ELAPSED.match(text[end:]) and not _WITHIN.search(text[max(0, start - 30) : start]):
            continue  # an age, time in office, a prison term, a point after an event
        if "Jährig" in text[start:end] or (
            "jährig" in text[start:end] and _AGED_PERSON.match(text[end:])
        ):
            continue  # "ein 30-jähriger Soldat", "der 30-Jährige": an age
        if _LASTED[language].search(text[max(0, start - 60) : start]):
            continue  # "the war has lasted 15 months", "Die Gespräche dauerten drei Tage"
        if (
            _WITHIN.search(text[max(0, start - 30) : start]) and _STARTS.match(text[end:])
        ) or _STARTS_BEFORE.search(text[max(0, start - 50) : start]):
            continue  # "binnen 24 Stunden in Kraft treten": when it starts, not how long
        if _went_on(text, start, end, language):
            continue  # "Ein Jahr lang hatten beide Seiten verzichtet …"
        if any(d.start < end and start < d.end for d in found):
            continue
        found.append(Duration(start, end, iso))
    return sorted(found, key=lambda d: d.start)


_COUNTED: Final = {
    "de": (
        r"(?:schwer\s+|leicht\s+)?(?:verwundete|verletzte|ukrainische|russische|palästinensische|"
        r"israelische)?\s*(?:\w+\s+)?"
        r"(?:Kriegsgefangenen?|Gefangenen?|Geiseln|Häftlinge|Soldaten|Zivilisten|Personen|"
        r"Menschen|Leichen|Gefallenen|Lastwagen|Lkw)"
    ),
    "en": (
        r"(?:severely\s+|seriously\s+)?(?:wounded\s+|injured\s+)?(?:Ukrainian\s+|Russian\s+|"
        r"Palestinian\s+|Israeli\s+)?(?:prisoners of war|prisoners|POWs|hostages|detainees|"
        r"soldiers|servicemen|civilians|people|bodies|trucks)"
    ),
}
_EXCHANGE: Final = {
    "de": re.compile(rf"(?P<num>{NUMBER['de']})\s+(?:gegen|für|um)\s+(?P=num)\b", re.IGNORECASE),
    "en": re.compile(rf"(?P<num>{NUMBER['en']})[-\s]+for[-\s]+(?P=num)\b", re.IGNORECASE),
}


def find_quantities(text: str, language: str) -> list[Quantity]:
    """Find counted persons or things ("175 Gefangene", "1000 gegen 1000", "33 hostages").

    Parameters
    ----------
    text
        The text to search.
    language
        'de' or 'en'.

    Returns
    -------
    list of Quantity
        In text order; the unit is the counted noun phrase as in the text ('' for
        "175 for 175" without a noun).
    """
    found: list[Quantity] = []
    counted = re.compile(
        rf"(?<![\w.,])(?P<num>{_DIGITS})\s+(?P<unit>{_COUNTED[language]})\b", re.IGNORECASE
    )
    for match in counted.finditer(text):
        number = parse_number(match.group("num"))
        if number is not None:
            unit = " ".join(match.group("unit").split())
            found.append(Quantity(match.start(), match.end(), number, unit))
    for match in _EXCHANGE[language].finditer(text):
        number = parse_number(match.group("num"))
        if number is not None and not any(q.start <= match.start() < q.end for q in found):
            found.append(Quantity(match.start(), match.end(), number, ""))
    return sorted(found, key=lambda q: q.start)
