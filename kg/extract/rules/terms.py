"""What a sentence is about: action types, their scope, duration and quantity.

Each action has German and English patterns; a match yields a :class:`TermHit` with the
action, the scopes named in the same sentence, the nearest duration in the same clause
(for actions that last; for any action a deadline, "within 90 days", "binnen 24
Stunden") and the nearest count (for exchanges and releases). A tariff truce is a
pause of tariffs, not of fire; extending a pause *by* a time ("um sechs Monate
verlängern") is a renewal, prolonging it *for* a time is the pause.

Examples
--------
>>> hits = find_terms("Putin stimmte zu, 30 Tage lang alle Angriffe auf die "
...                   "Energieinfrastruktur einzustellen.", "de")
>>> [(h.action.value, [s.value for s in h.scope], h.duration) for h in hits]
[('halt_attacks', ['energy_infrastructure'], 'P30D')]
>>> hits = find_terms("Russia and Ukraine would exchange 175 prisoners of war each", "en")
>>> [(h.action.value, h.quantity, h.unit) for h in hits]
[('exchange_prisoners', 175, 'prisoners of war')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

from kg.codes import ActionType, Scope
from kg.extract.numbers import find_durations, find_quantities
from kg.extract.rules.actions import ACTIONS, NOT_PERSONS

__all__ = ["LASTING", "TermHit", "find_scopes", "find_terms", "unnamed_term"]

_SCOPES: Final[dict[Scope, dict[str, str]]] = {
    Scope.energy_infrastructure: {"de": r"\bEnergie\w*", "en": r"\benergy\b"},
    Scope.civilian_infrastructure: {
        "de": r"\bzivile\w* (?:Infrastruktur|Ziele)\b",
        "en": r"\bcivilian (?:infrastructure|targets)\b",
    },
    Scope.black_sea: {"de": r"\bSchwarze\w* Meer\w*", "en": r"\bBlack Sea\b"},
    Scope.shipping: {
        "de": r"\b(?:Schifffahrt|Schiffe\w*)\b",
        "en": r"\b(?:shipping|navigation|vessels|ships|maritime)\b",
    },
    Scope.prisoners_of_war: {
        "de": r"\b(?:Kriegsgefangene\w*|Gefangene\w*)\b",
        "en": r"\b(?:prisoners of war|POWs|prisoners)\b",
    },
    Scope.hostages: {"de": r"\bGeiseln\b", "en": r"\bhostages?\b"},
    Scope.wounded_soldiers: {
        "de": r"\b(?:verwundete\w*|verletzte\w*)\b",
        "en": r"\b(?:wounded|injured)\b",
    },
    Scope.weapons: {
        "de": r"\bWaffen(?!ruhe|stillstand|pause)\w*",
        "en": r"\b(?:weapons|arms|military aid)\b",
    },
    Scope.intelligence: {"de": r"\bGeheimdienst\w*", "en": r"\bintelligence\b"},
    Scope.agricultural_goods: {
        "de": r"\b(?:Getreide\w*|Agrar\w*|Lebensmittel\w*|Dünge\w*)",
        "en": r"\b(?:grain|food|fertili[sz]er|agricultural)\b",
    },
    Scope.humanitarian_aid: {"de": r"\bhumanitäre\w* Hilfe\b", "en": r"\bhumanitarian aid\b"},
    Scope.financial_sector: {
        "de": r"\b(?:SWIFT|\w*[Bb]ank\w*)\b",
        "en": r"\b(?:SWIFT|\w*bank\w*|banks)\b",
    },
}
_GENERAL: Final = {
    "de": r"\b(?:allgemein\w*|an allen Fronten|vollständig\w*|bedingungslos\w*|umfassend\w*)\b",
    "en": r"\b(?:general|on all fronts|full|complete|unconditional|comprehensive)\b",
}
#: Actions that last for a while, so a duration in the sentence belongs to them.
LASTING: Final = frozenset(
    {ActionType.ceasefire, ActionType.halt_attacks, ActionType.end_hostilities,
     ActionType.reduce_tariffs, ActionType.suspend_tariffs, ActionType.renew_agreement}
)  # fmt: skip
_COUNTED: Final = frozenset({ActionType.exchange_prisoners, ActionType.release_persons})
#: Scopes each action may carry (others found in the sentence are about something else).
_ALLOWED_SCOPES: Final[dict[ActionType, frozenset[Scope]]] = {
    ActionType.halt_attacks: frozenset(
        {Scope.energy_infrastructure, Scope.civilian_infrastructure, Scope.ports, Scope.shipping}
    ),
    ActionType.ceasefire: frozenset({Scope.general, Scope.black_sea, Scope.shipping}),
    ActionType.exchange_prisoners: frozenset({Scope.prisoners_of_war, Scope.civilian_detainees}),
    ActionType.release_persons: frozenset(
        {Scope.prisoners_of_war, Scope.hostages, Scope.wounded_soldiers, Scope.civilian_detainees}
    ),
    ActionType.halt_arms_deliveries: frozenset({Scope.weapons}),
    ActionType.other: frozenset({Scope.weapons}),
    ActionType.halt_intelligence_sharing: frozenset({Scope.intelligence}),
    ActionType.ensure_safe_navigation: frozenset({Scope.black_sea, Scope.shipping}),
    ActionType.lift_sanctions: frozenset({Scope.financial_sector, Scope.agricultural_goods}),
    ActionType.allow_humanitarian_access: frozenset({Scope.humanitarian_aid}),
}


#: What may stand between a verb of monitoring and the truce it watches.
_WATCHED: Final = re.compile(
    r"\s+(?:(?:the|die|der|das|den|its|ihre)\s+)?(?:zu\s+)?", re.IGNORECASE
)


#: "um (weitere) sechs Monate", "by another 60 days": how much longer a renewal runs.
_BY: Final = re.compile(
    r"\b(?:um|by)\s+(?:(?:weitere|weiteren|another|a further|further)\s+)?$", re.IGNORECASE
)
#: A break between clauses: what stands on its other side is about something else.
_BREAK: Final = re.compile(r"[;:]|\s[–—-]\s")
#: Words that make a duration a deadline, the length of any undertaking it closes.
_DEADLINE: Final = re.compile(
    r"\b(?:within|in the next|no later than|innerhalb(?:\s+von|\s+der\s+nächsten)?|binnen|"
    r"spätestens\s+in|in\s+den\s+nächsten)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far a deadline may stand from the action it closes (characters).
_DEADLINE_REACH: Final = 80
#: A pause of trade, not of fire: "tariff truce", "trade ceasefire", "Zollwaffenruhe".
_TRADE: Final = re.compile(r"\b(?:tariff|trade)[\s-]+$", re.IGNORECASE)


_NONE: Final = re.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class TermHit:
    """An action named in a sentence, with what the sentence says about it.

    Offsets are relative to the searched text.
    """

    start: int
    end: int
    action: ActionType
    scope: tuple[Scope, ...]
    duration: str | None = None
    quantity: int | None = None
    unit: str | None = None


def _scopes(text: str, action: ActionType, language: str) -> tuple[Scope, ...]:
    allowed = _ALLOWED_SCOPES.get(action, frozenset())
    found = {
        scope
        for scope, patterns in _SCOPES.items()
        if scope in allowed and re.search(patterns[language], text, re.IGNORECASE)
    }
    if Scope.general in allowed and re.search(_GENERAL[language], text, re.IGNORECASE):
        found.add(Scope.general)
    return tuple(sorted(found))


def find_scopes(text: str, language: str) -> frozenset[Scope]:
    """Return every scope ``text`` names, whatever the action ("the energy proposal")."""
    return frozenset(
        scope
        for scope, patterns in _SCOPES.items()
        if re.search(patterns[language], text, re.IGNORECASE)
    )


def _apart(text: str, start: int, end: int, d_start: int, d_end: int) -> bool:
    """Whether a clause break (';', ':', a dash) stands between a term and a duration."""
    between = text[end:d_start] if end <= d_start else text[d_end:start]
    return bool(_BREAK.search(between))


def find_terms(text: str, language: str, published: dt.date | None = None) -> list[TermHit]:
    """Find the actions ``text`` names, each once, in text order.

    Parameters
    ----------
    text
        A sentence or clause.
    language
        'de' or 'en'.
    published
        The article's publication date, for periods given by dates ("vom 8. bis 11. Mai").

    Returns
    -------
    list of TermHit
        With scope, and duration or quantity where the text gives one.
    """
    hits: list[tuple[int, int, ActionType]] = []
    for action, patterns in ACTIONS.items():
        match = re.search(patterns[language], text, re.IGNORECASE)
        if match:
            hits.append((match.start(), match.end(), action))
    disarm = [h for h in hits if h[2] is ActionType.other]
    if disarm:  # "hand over its weapons": no release of persons
        hits = [
            h
            for h in hits
            if h[2] is not ActionType.release_persons
            or not any(o[0] <= h[0] < o[1] for o in disarm)
        ]
    if any(a is ActionType.suspend_tariffs for *_, a in hits):
        # "a tariff truce", "eine Zollwaffenruhe": a pause of tariffs, not of fire
        hits = [
            h
            for h in hits
            if h[2] is not ActionType.ceasefire
            or not (
                _TRADE.search(text[max(0, h[0] - 12) : h[0]])
                or text[h[0] : h[1]].lower().startswith(("zoll", "handels"))
            )
        ]
    hits = [
        h
        for h in hits
        if not NOT_PERSONS.get(h[2], _NONE).search(text[max(0, h[0] - 30) : h[1] + 40])
    ]
    if any(a is ActionType.return_remains for *_, a in hits):
        # "hand over the bodies", "Leichen austauschen": no persons freed or exchanged
        hits = [
            h for h in hits
            if h[2] not in (ActionType.release_persons, ActionType.exchange_prisoners)
        ]  # fmt: skip
    if any(a is ActionType.lift_export_controls for *_, a in hits) and not re.search(
        r"\b(?:sanction|Sanktion)", text, re.IGNORECASE
    ):  # "lift export restrictions": no sanctions lifted
        hits = [h for h in hits if h[2] is not ActionType.lift_sanctions]
    if any(a is ActionType.lift_sanctions for *_, a in hits):
        # "lift the new sanctions": no new sanctions imposed
        hits = [h for h in hits if h[2] is not ActionType.impose_sanctions]
    if any(a is ActionType.halt_attacks for *_, a in hits):
        # "Pause bei Angriffen" is the halt, not a general ceasefire ("Feuerpause" aside)
        hits = [h for h in hits if h[2] is not ActionType.end_hostilities]
    durations = find_durations(text, language, published)
    paused = (ActionType.ceasefire, ActionType.halt_attacks)
    renewed = any(a is ActionType.renew_agreement for *_, a in hits)
    if renewed and any(_BY.search(text[max(0, d.start - 20) : d.start]) for d in durations):
        # "die Waffenruhe um sechs Monate verlängern", "extend the truce by 60 days": the
        # renewal of a pause for that long, not a new pause
        hits = [h for h in hits if h[2] not in paused]
    elif any(a in paused for *_, a in hits):
        # "prolong the ceasefire for 30 days": a ceasefire with a duration, not a renewal
        hits = [h for h in hits if h[2] is not ActionType.renew_agreement]
    watched = [h for h in hits if h[2] is ActionType.establish_monitoring]
    if watched:  # "observers to monitor the truce": the truce is what is watched
        w_start, w_end = watched[0][0], watched[0][1]
        hits = [
            h
            for h in hits
            if h[2] is not ActionType.ceasefire
            or not (
                _WATCHED.fullmatch(text[w_end : h[0]]) or _WATCHED.fullmatch(text[h[1] : w_start])
            )
        ]
    quantities = find_quantities(text, language)
    out: list[TermHit] = []
    for start, end, action in sorted(hits):
        duration = quantity = unit = None
        same = [d for d in durations if not _apart(text, start, end, d.start, d.end)]
        lengths = [
            d for d in same if not _DEADLINE.search(text[max(0, d.start - 25) : d.start])
        ]  # "in Kraft treten binnen 24 Stunden", "within 30 days": when, not how long
        if action in LASTING:
            if lengths:
                duration = min(lengths, key=lambda d: abs(d.start - start)).iso
        elif same:  # "withdraw within 90 days", "binnen 24 Stunden freilassen"
            near = [
                d
                for d in same
                if _DEADLINE.search(text[max(0, d.start - 25) : d.start])
                and min(abs(d.start - end), abs(start - d.end)) <= _DEADLINE_REACH
            ]
            if near:
                duration = min(near, key=lambda d: abs(d.start - start)).iso
        if action in _COUNTED and quantities:
            q = min(quantities, key=lambda q: (q.unit == "", abs(q.start - start)))
            quantity, unit = q.number, (q.unit or None)
        out.append(TermHit(start, end, action, _scopes(text, action, language),
                           duration, quantity, unit))  # fmt: skip
    return out


def unnamed_term(text: str, language: str, published: dt.date | None = None) -> dict[str, Any]:
    """Return the fields of a term whose action ``text`` does not name (``other``).

    An undertaking without a known action may still have a length or a deadline:
    "Anschließend soll innerhalb von neun Monaten ein Übergang folgen" → ``P9M``. The
    first duration of the text is its duration.

    Examples
    --------
    >>> unnamed_term("A transition is to follow within nine months.", "en")
    {'action': <ActionType.other: 'other'>, 'duration': 'P9M'}
    """
    fields: dict[str, Any] = {"action": ActionType.other}
    durations = find_durations(text, language, published)
    if durations:
        fields["duration"] = durations[0].iso
    return fields
