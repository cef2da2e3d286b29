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

__all__ = ["LASTING", "TermHit", "find_scopes", "find_terms", "unnamed_term"]

_HALT = (
    r"(?:einstell\w*|einzustellen|aussetz\w*|auszusetzen|Aussetzung|Pause\w*|Pausierung|"
    r"Stopp\w*|stopp\w*|Verzicht\w*|verzicht\w*|keine|nicht mehr|Moratorium|Einstellung|"
    r"halt\w*|stop\w*|paus\w*|refrain\w*|ban|moratorium|cease\w*|end|no longer|neither side|"
    r"suspend\w*|suspension|freez\w*)"
)
_ATTACK = (
    r"(?:\w*[Aa]ngriff\w*|angreifen|anzugreifen|Offensive\w*|attack\w*|offensives?|strikes?|"
    r"striking|target(?:s|ing)?|air ?strikes?|airstrikes?|bombard\w*|"
    r"bombing|shelling|Beschuss|beschieß\w*|beschoss\w*|zu beschießen|bombardier\w*)"
)
_ACTIONS: Final[dict[ActionType, dict[str, str]]] = {
    ActionType.exchange_prisoners: {
        "de": (
            r"\b(?:Gefangenenaustausch\w*|austausch\w*|ausgetauscht|Austausch\w*)\b|"
            r"\btausch\w*\b[^.;]{0,60}?\baus\b"
        ),
        "en": r"\b(?:exchange\w*|swap\w*)\b",
    },
    ActionType.release_persons: {
        "de": (
            r"\b(?:freilassen|freizulassen|freigelassen|freilässt|Freilassung|entlass\w*|"
            r"frei\w*geben)\b|\b(?:lie[ßs]\w*|lass\w*|lässt)\b[^.;]{0,60}?\bfrei\b|"
            r"\b(?:Geiseln|Gefangene\w*|Häftlinge)\b[^.;]{0,40}?\b(?:übergeben|übergab\w*|"
            r"übergibt|überstell\w*)|"
            r"\bauf freien Fuß\b"
        ),
        "en": r"\b(?:release\w*|free|freed|hand over|handed over)\b",
    },
    ActionType.halt_attacks: {
        "de": (
            rf"\b{_ATTACK}\b[^.;]{{0,90}}?\b{_HALT}|\b{_HALT}\b[^.;]{{0,40}}?\b{_ATTACK}|"
            rf"\b(?:stellt|setzt)\w*\b[^.;]{{0,30}}?\b{_ATTACK}\b[^.;,]{{0,60}}?\b(?:ein|aus)\b"
        ),
        "en": rf"\b{_HALT}\b[^.;]{{0,40}}?\b{_ATTACK}|\b{_ATTACK}\b[^.;]{{0,30}}?\b{_HALT}",
    },
    ActionType.ceasefire: {
        "de": (
            r"\b(?:\w*Waffenruhe|\w*Feuerpause|Waffenstillstand\w*|Waffenpause|Kampfpause|"
            r"Gefechtspause)\b|\bhumanitäre\w* Pause\b|"
            r"\b(?:Einstellung|Aussetzung)\s+(?:der|aller)\s+(?:Kampfhandlungen|Feindseligkeiten)\b|"
            r"\b(?:Kämpfe|Gefechte)\b[^.;]{0,40}?\bruhen\b|"
            r"\bWaffen\b[^.;]{0,20}?\b(?:schweigen|ruhen)\b|"
            r"\b(?:Kampfhandlungen|Kampfeinsätze|Militäroperationen)\b[^.;]{0,60}?"
            r"\b(?:aussetz\w*|auszusetzen|ruhen)\b"
        ),
        "en": (
            r"\b(?:ceasefire|cease-fire|truce|armistice)\b|\bhumanitarian pauses?\b|"
            r"\bpause in (?:the )?fighting\b|\bcessation of hostilities\b|"
            r"\bhold (?:their|its|his|her) fire\b|"
            r"\bsilenc\w* (?:the |their |its )?(?:guns|weapons)\b|"
            r"\b(?:cease|halt|suspend|pause)\w*\s+(?:all\s+)?(?:combat|military)\s+operations\b|"
            r"\b(?:guns|weapons)\s+(?:fall|fell|falls|would fall|to fall)\s+silent\b"
        ),
    },
    ActionType.end_hostilities: {
        "de": (
            r"\b(?:Kämpfe|Kampfhandlungen|Krieg\w*)\b[^.;]{0,60}?\b(?:einzustellen|einstellen|"
            r"beenden|zu beenden)\b|\bEnde des Krieges\b|\bKriegsende\b"
        ),
        "en": (
            r"\b(?:end (?:to )?the war|permanent end|end to (?:the )?(?:war|fighting)|"
            r"stop fighting)\b"
        ),
    },
    ActionType.withdraw_forces: {
        "de": (
            r"\b(?:Truppen\w*|Kämpfer\w*|Soldaten|Streitkräfte|Einheiten|Armee)\b[^.;]{0,80}?"
            r"\b(?:abzieh\w*|abzuziehen|zurückzieh\w*|zurückzuziehen)\b|\bAbzug\b|"
            r"\b(?:zog|zogen|zieht|ziehen)\b[^.;]{0,40}?\b(?:Truppen\w*|Soldaten|Streitkräfte|"
            r"Einheiten|Kämpfer\w*)\b[^.;]{0,60}?\b(?:ab|zurück)\b|"
            r"\baus\b[^.;]{0,60}?\b(?:Städten|Gebieten|Stellungen|Regionen)\b[^.;]{0,40}?"
            r"\bzurück\w*\b"
        ),
        "en": (
            r"\b(?:withdraw\w*|withdrew|pull back|pull out|pull\w* (?:its |their )?"
            r"(?:forces|troops))\b"
        ),
    },
    ActionType.halt_arms_deliveries: {
        "de": (
            r"\b(?:Waffenlieferung\w*|Militärhilfe)\b|\bWaffen\b[^.;]{0,60}?\b(?:liefer\w*|"
            r"erhalt\w*|erhält)\b|\bkeine\s+(?:weiteren\s+)?Waffen\b"
        ),
        "en": r"\b(?:military aid|arms deliveries|weapons deliveries|supply of weapons)\b",
    },
    ActionType.halt_intelligence_sharing: {
        "de": r"\b(?:Geheimdienst\w*)\b",
        "en": r"\b(?:intelligence)\b",
    },
    ActionType.halt_mobilisation: {
        "de": r"\bMobilisierung\w*\b",
        "en": r"\bmobili[sz]ation\b",
    },
    ActionType.halt_rearmament: {
        "de": r"\b(?:Aufrüstung|Wiederbewaffnung)\b",
        "en": r"\brearm\w*\b",
    },
    ActionType.establish_monitoring: {
        "de": (
            r"\b(?:überwacht\w*|Überwachung|überwachen|kontrolliert|"
            r"(?:Sicherheits|Überwachungs|Kontroll|Koordinierungs)mechanismus)\b"
        ),
        "en": (
            r"\b(?:monitor\w*|verif\w+ mechanism|"
            r"(?:joint|security|coordination)\s+(?:\w+\s+){0,2}mechanism)\b"
        ),
    },
    ActionType.lift_sanctions: {
        "de": (
            r"\b(?:Sanktionen|Beschränkungen|Restriktionen)\b[^.;]{0,100}?\b(?:aufheb\w*|"
            r"aufzuheben|aufgehoben|lockern|gelockert|fallen|zurücknehmen|zurückzunehmen)\b|"
            r"\b(?:Aufhebung|Lockerung) der Sanktionen\b|"
            r"\b(?:lockert\w*|lockerte\w*|lockern|hob|hoben|hebt|heben)\b[^.;]{0,40}?\bSanktionen\b"
        ),
        "en": (
            r"\b(?:sanctions?|restrictions|curbs)\b[^.;]{0,120}?\b(?:lifted|eased|relief|go|"
            r"removed)\b|\b(?:lift|eas|relax|remov|roll\w* back)\w*\b[^.;]{0,40}?"
            r"\b(?:sanctions?|restrictions)\b|"
            r"\bsanctions relief\b"
        ),
    },
    ActionType.impose_sanctions: {
        "de": (
            r"\bSanktionen\b[^.;]{0,40}?\b(?:verschärf\w*|verhäng\w*)|"
            r"\b(?:verschärf|verhäng)\w*\b[^.;]{0,20}?\bSanktionen\b|"
            r"\b(?:neue|weitere|zusätzliche|schärfere)\w*\s+(?:\w+\s+)?Sanktion\w*|"
            r"\bSanktionspaket\w*"
        ),
        "en": (
            r"\b(?:impose\w*|tighten\w*|slap\w*) (?:new |further )?sanctions\b|"
            r"\b(?:new|further|additional|fresh|tougher)\s+(?:\w+\s+)?sanctions\b|"
            r"\b(?:package|round) of (?:new |further )?sanctions\b|\bsanctions package\b"
        ),
    },
    ActionType.reduce_tariffs: {
        "de": (
            r"\b(?:\w*[Zz]ölle|Abgaben|Sätze)\b[^.;]{0,60}?\b(?:senk\w*|reduzier\w*|"
            r"Senkung|abschaff\w*|abzuschaffen|abgeschafft|streich\w*|gestrichen|aufheb\w*|"
            r"aufzuheben|aufgehoben|zurücknehm\w*|zurückzunehmen|zurückgenommen)\b|"
            r"\b(?:senk|reduzier)\w*\b[^.;]{0,90}?\b(?:\w*[Zz]ölle|Abgaben|Sätze)\b|"
            r"\b(?:hob|hoben|hebt|heben)\b[^.;]{0,40}?\b\w*[Zz]ölle\b[^.;]{0,60}?\bauf\b|"
            r"\b(?:Abschaffung|Aufhebung|Streichung) der \w*[Zz]ölle\b"
        ),
        "en": (
            r"\btariffs?\b[^.;]{0,60}?\b(?:cut|lower\w*|reduc\w*)\b|\b(?:cut\w*|lower\w*|"
            r"reduc\w*|scrap\w*|eliminat\w*|remov\w*|abolish\w*|drop\w*|roll\w* back)\b"
            r"[^.;]{0,30}?"
            r"\btariffs?\b"
        ),
    },
    ActionType.suspend_tariffs: {
        "de": (
            r"\b(?:Zollpause|Zollmoratorium|Zollfrieden|Zollwaffenruhe|Handelswaffenruhe)\b|"
            r"\b(?:\w*[Zz]ölle|Zollerhöhung\w*|Abgaben)\b[^.;]{0,60}?\b(?:aussetz\w*|"
            r"auszusetzen|ausgesetzt|pausier\w*|aufgeschoben|aufschieben|aufzuschieben|"
            r"verschieb\w*|verschoben|zurückgestellt)\b|"
            r"\b(?:Aussetzung|Aufschub|Pausierung)\b[^.;]{0,30}?\b(?:\w*[Zz]ölle|Zollerhöhung\w*)\b|"
            r"\b(?:verschieb\w*|verschob\w*|vertag\w*)\b[^.;]{0,40}?"
            r"\b(?:\w*[Zz]ölle|Zollerhöhung\w*)\b|"
            r"\b(?:setzt|setzen|setzte|setzten)\b[^.;]{0,40}?\b(?:\w*[Zz]ölle|Zollerhöhung\w*)\b"
            r"[^.;,]{0,60}?\baus\b"
        ),
        "en": (
            r"\b(?:tariff|trade)\s+(?:pause|truce|moratorium|ceasefire)\b|"
            r"\b(?:suspend\w*|paus\w*|delay\w*|postpon\w*|defer\w*|hold\w* off)\b[^.;]{0,40}?"
            r"\b(?:tariffs?|duties|levies)\b|\b(?:tariffs?|duties|levies)\b[^.;]{0,40}?"
            r"\b(?:suspended|paused|delayed|postponed|deferred|on hold)\b"
        ),
    },
    ActionType.ensure_safe_navigation: {
        "de": r"\b(?:Schifffahrt|Schiffsverkehr)\b",
        "en": r"\b(?:safe navigation|navigation|safe passage)\b",
    },
    ActionType.hold_talks: {
        "de": (
            r"\b(?:Verhandlungen|Gespräche|Kontakte)\b[^.;]{0,80}?\b(?:aufzunehmen|aufnehmen|"
            r"fortzusetzen|fortsetzen|zusammenzukommen)\b|\b(?:Treffen|Gipfel)\b[^.;]{0,40}?"
            r"\b(?:zuzustimmen|bereit|angeboten)\b|\bVerhandlungstisch\b|"
            r"\bVermittlungsangebot\w*|"
            r"\b(?:dem|am) (?:Friedens)?prozess\b[^.;]{0,20}?\b(?:anzuschließen|anschließen|"
            r"beizutreten|zu beteiligen|beteiligen)\b"
        ),
        "en": (
            r"\b(?:talks|negotiations)\b[^.;]{0,40}?\b(?:resume|begin|start|hold)\b|\bto meet\b|"
            r"\bhold\s+(?:\w+\s+){0,2}(?:talks|negotiations)\b|"
            r"\bnegotiating table\b|\boffers? (?:of|to) mediat\w*|"
            r"\bjoin (?:the )?(?:peace )?(?:process|talks|negotiations)\b"
        ),
    },
    ActionType.renew_agreement: {
        "de": r"\b(?:verlänger\w*|Verlängerung|fortbestehen|fortgesetzt werden)\b",
        "en": (
            r"\b(?:renew\w*|extend\w*|extension|prolong\w*|keep (?:\w+ ){0,3}going|"
            r"(?:corridor|deal|initiative|agreement) (?:to )?continue)\b"
        ),
    },
    ActionType.allow_humanitarian_access: {
        "de": (
            r"\bhumanitäre\w* (?:Hilfe|Zugang|Korridor\w*)\b|\bHilfslieferungen\b|"
            r"\b(?:Hilfsgüter\w*|Hilfskonvoi\w*|Hilfstransport\w*)\b|"
            r"\b(?:ungehindert\w*|sicher\w*|freie\w*) Zugang\b|"
            r"\b(?:Helfer\w*|Hilfsorganisation\w*)\b[^.;]{0,60}?\bZugang\b"
        ),
        "en": (
            r"\bhumanitarian (?:aid|access|corridors?)\b|\baid (?:access|deliveries)\b|"
            r"\baid (?:trucks|convoys|shipments|supplies)\b|"
            r"\b(?:let|allow\w*|permit\w*)\b[^.;]{0,20}?\baid\b|"
            r"\b(?:unimpeded|unhindered|safe) access\b|\baccess for (?:aid|humanitarian)\w*"
        ),
    },
}
_ACTIONS[ActionType.return_remains] = {
    "de": (
        r"\b(?:Leichen|Leichname|Leichnam\w*|sterbliche\w* Überreste\w*|Überreste)\b[^.;]{0,60}?"
        r"\b(?:übergeb\w*|übergab\w*|übergeben|zurückgeb\w*|zurückgegeben|austausch\w*|"
        r"ausgetauscht|überstell\w*|überführ\w*)|\b(?:übergeb\w*|übergab\w*|übergeben|"
        r"überstell\w*|tausch\w*)\b[^.;]{0,40}?\b(?:Leichen|Leichname|Überreste)\b|"
        r"\b(?:Übergabe|Rückgabe|Rückführung|Austausch)\s+"
        r"(?:der|von)\s+(?:\w+\s+)?(?:Leichen|Leichname|Überreste)\b"
    ),
    "en": (
        r"\b(?:bodies|remains)\b[^.;]{0,60}?\b(?:hand\w* over|returned|repatriated|exchanged|"
        r"swapped)\b|\b(?:hand\w* over|return\w*|repatriat\w*|exchang\w*|swap\w*)\s+"
        r"(?:the\s+)?(?:\w+\s+)?(?:bodies|remains)\b"
    ),
}
_ACTIONS[ActionType.lift_export_controls] = {
    "de": (
        r"\b(?:Export|Ausfuhr)(?:beschränkung|kontrolle|verbot|stopp|sperre)\w*\b[^.;]{0,60}?"
        r"\b(?:aufheb\w*|aufzuheben|aufgehoben|lockern|lockert\w*|gelockert|aussetz\w*|"
        r"auszusetzen|ausgesetzt|zurücknehm\w*|zurückzunehmen|fallen)\b|"
        r"\b(?:Aufhebung|Lockerung|Aussetzung)\s+(?:der|von)\s+(?:Export|Ausfuhr)\w*"
    ),
    "en": (
        r"\b(?:lift\w*|eas\w*|relax\w*|remov\w*|suspend\w*|scrap\w*|roll\w* back)\b"
        r"[^.;]{0,30}?\bexport (?:controls|restrictions|curbs|bans?|licen[cs]ing)\b|"
        r"\bexport (?:controls|restrictions|curbs|bans?)\b[^.;]{0,40}?\b(?:lifted|eased|"
        r"relaxed|removed|suspended)\b"
    ),
}
_ACTIONS[ActionType.provide_security_guarantees] = {
    "de": r"\bSicherheitsgarantie\w*|\bSicherheitszusage\w*",
    "en": r"\bsecurity (?:guarantees?|assurances)\b",
}
# Disarmament has no action type of its own: ``other``, with weapons as its scope.
_ACTIONS[ActionType.other] = {
    "de": (
        r"\bWaffen\b[^.;]{0,30}?\b(?:niederleg\w*|niederzulegen|abgeben|abzugeben|abgibt|"
        r"abgäben|abliefern|abzuliefern)\b|\b(?:Entwaffnung\w*|entwaffn\w*)\b"
    ),
    "en": (
        r"\b(?:lay|laid|laying) down (?:its|their|his|her) (?:arms|weapons)\b|"
        r"\bdisarm\w*\b|\bhand(?:ed)? over (?:its|their) (?:arms|weapons)\b"
    ),
}
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


#: Exchanges and releases of things or of others than detainees: "student exchange",
#: "exchange of fire", "Austausch von Informationen", "released a statement".
_NOT_PERSONS: Final = {
    ActionType.exchange_prisoners: re.compile(
        r"\b(?:student|cultural|academic|youth|scientific|information|data|intelligence)s?\s+"
        r"exchange|\bexchange\w*\s+(?:of\s+)?(?:views|fire|information|ideas|letters|"
        r"blows|data|notes|programmes?|programs?)\b|\bAustausch\w*\s+(?:von|über)\s+"
        r"(?:Studenten|Schülern|Informationen|Daten|Erfahrungen|Meinungen|Ideen|Argumenten)\b|"
        r"\bAustauschprogramm",
        re.IGNORECASE,
    ),
    ActionType.release_persons: re.compile(
        r"\breleas\w*\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:memoir|book|statement|"
        r"video|report|album|film|figures|data|photos?|footage|list|document|details|plan|"
        r"funds|budget)\b|\bon bail\b|\bgegen Kaution\b",
        re.IGNORECASE,
    ),
    # a strike of workers, not of arms: "strikes by rail workers", "a general strike"
    ActionType.halt_attacks: re.compile(
        r"\bstrikes?\s+by\s+(?:\w+\s+){0,2}(?:workers|unions?|staff|employees|drivers|doctors|"
        r"teachers|pilots|miners)\b|\b(?:rail|labou?r|general|union|workers'?|nationwide)\s+"
        r"strikes?\b|\bStreik\w*",
        re.IGNORECASE,
    ),
}
_NOT_PERSONS_NONE: Final = re.compile(r"(?!)")


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
    for action, patterns in _ACTIONS.items():
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
        if not _NOT_PERSONS.get(h[2], _NOT_PERSONS_NONE).search(text[max(0, h[0] - 30) : h[1] + 40])
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
