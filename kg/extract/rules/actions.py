"""The words of each action type, German and English: the lexicon of the term finder.

:data:`ACTIONS` holds, per action type, a pattern per language whose match names the
action ("Waffenruhe", "halt attacks on …", "Gefangene austauschen", "lift export
controls"); :data:`NOT_PERSONS` the near misses that look like an action but are none
("student exchange", "released a statement", "strikes by rail workers").
:func:`kg.extract.rules.terms.find_terms` uses both.
"""

from __future__ import annotations

import re
from typing import Final

from kg.codes import ActionType

__all__ = ["ACTIONS", "NOT_PERSONS"]

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
ACTIONS: Final[dict[ActionType, dict[str, str]]] = {
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
            r"\bFeuer\b[^.;]{0,30}?\b(?:einzustellen|einstellen|eingestellt|einstellt\w*)\b|"
            r"\b(?:stellt|stellen|stellte|stellten)\b[^.;]{0,30}?\bFeuer\b[^.;]{0,10}?\bein\b|"
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
            r"\b(?:stop|cease|halt)\w*\s+(?:all\s+)?(?:firing|shooting)\b|"
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
            r"removed)\b|\b(?:lift\w*|eas(?:e|es|ed|ing)|relax\w*|remov\w*|roll\w* back)\b"
            r"[^.;]{0,40}?"
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
            r"reduc\w*|scrap\w*|eliminat\w*|remov\w*|abolish\w*|roll\w* back)\b"
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
            r"\b(?:angeboten|bot|boten|bietet|bieten|anbieten|bereit)\b[^.;]{0,40}?"
            r"\bzu vermitteln\b|"
            r"\b(?:dem|am) (?:Friedens)?prozess\b[^.;]{0,20}?\b(?:anzuschließen|anschließen|"
            r"beizutreten|zu beteiligen|beteiligen)\b"
        ),
        "en": (
            r"\b(?:talks|negotiations)\b[^.;]{0,40}?\b(?:resume|begin|start|hold)\b|\bto meet\b|"
            r"\bhold\s+(?:\w+\s+){0,2}(?:talks|negotiations)\b|"
            r"\bnegotiating table\b|\boffer\w* (?:of|to) mediat\w*|"
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
ACTIONS[ActionType.return_remains] = {
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
ACTIONS[ActionType.lift_export_controls] = {
    "de": (
        r"\b(?:Export|Ausfuhr)(?:beschränkung|kontrolle|verbot|stopp|sperre)\w*\b[^.;]{0,60}?"
        r"\b(?:aufheb\w*|aufzuheben|aufgehoben|lockern|lockert\w*|gelockert|aussetz\w*|"
        r"auszusetzen|ausgesetzt|zurücknehm\w*|zurückzunehmen|fallen)\b|"
        r"\b(?:Aufhebung|Lockerung|Aussetzung)\s+(?:der|von)\s+(?:Export|Ausfuhr)\w*"
    ),
    "en": (
        r"\b(?:lift\w*|eas(?:e|es|ed|ing)|relax\w*|remov\w*|suspend\w*|scrap\w*|roll\w* back)\b"
        r"[^.;]{0,30}?\bexport (?:controls|restrictions|curbs|bans?|licen[cs]ing)\b|"
        r"\bexport (?:controls|restrictions|curbs|bans?)\b[^.;]{0,40}?\b(?:lifted|eased|"
        r"relaxed|removed|suspended)\b"
    ),
}
ACTIONS[ActionType.provide_security_guarantees] = {
    "de": r"\bSicherheitsgarantie\w*|\bSicherheitszusage\w*",
    "en": r"\bsecurity (?:guarantees?|assurances)\b",
}
# Disarmament has no action type of its own: ``other``, with weapons as its scope.
ACTIONS[ActionType.other] = {
    "de": (
        r"\bWaffen\b[^.;]{0,30}?\b(?:niederleg\w*|niederzulegen|abgeben|abzugeben|abgibt|"
        r"abgäben|abliefern|abzuliefern)\b|\b(?:Entwaffnung\w*|entwaffn\w*)\b"
    ),
    "en": (
        r"\b(?:lay|laid|laying) down (?:its|their|his|her) (?:arms|weapons)\b|"
        r"\bdisarm\w*\b|\bhand(?:ed)? over (?:its|their) (?:arms|weapons)\b"
    ),
}

#: Exchanges and releases of things or of others than detainees: "student exchange",
#: "exchange of fire", "Austausch von Informationen", "released a statement".
NOT_PERSONS: Final = {
    ActionType.exchange_prisoners: re.compile(
        r"\b(?:student|cultural|academic|youth|scientific|information|data|intelligence)s?\s+"
        r"exchange|\bexchange\w*\s+(?:of\s+)?(?:views|fire|information|ideas|letters|"
        r"blows|data|notes|programmes?|programs?)\b|\bAustausch\w*\s+(?:von|über)\s+"
        r"(?:Studenten|Schülern|Informationen|Daten|Erfahrungen|Meinungen|Ideen|Argumenten)\b|"
        r"\b(?:Austausch\w*|exchange\w*)\s+(?:mit|with)\s+(?:\w+\s+)?(?:Experten|Fachleuten|"
        r"Kollegen|Partnern|Wissenschaftlern|experts|colleagues|partners|scientists)\b|"
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
