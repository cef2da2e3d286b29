"""Lexicon of the article-local parties: titles and roles, group nouns, words no name holds.

A person the gazetteer lacks is recognised only by a title or role next to the name
("President Félix Tshisekedi", "Außenminister Ararat Mirzojan", "Valery Gerasimov, the
chief of Russia's general staff"); a group only by a defining phrase ("the rebel group
…", "die Miliz …", "…, a Hutu militia") or an acronym in brackets after its full name.
This module holds those cues, German and English; :mod:`kg.extract.people` and
:mod:`kg.extract.groups` apply them.

Examples
--------
>>> bool(ROLE["en"].fullmatch("foreign minister")), bool(ROLE["en"].fullmatch("ministry"))
(True, False)
>>> bool(ROLE_DE_WORD.fullmatch("Generalstabschef")), bool(ROLE_DE_WORD.fullmatch("Ministerium"))
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "GROUP_APPOSITIVE",
    "GROUP_COMPOUND",
    "GROUP_NOUN",
    "HONORIFICS",
    "LED_BY",
    "NOT_NAMES",
    "NOT_PERSON_NAMES",
    "PARTICLES",
    "PLURAL_BEFORE",
    "ROLE",
    "ROLE_DE_WORD",
]


def _words(text: str) -> frozenset[str]:
    """Return the words of a lexicon written as running text."""
    return frozenset(text.split())


#: Words that may qualify an English role ("chief negotiator", "special envoy").
_EN_MODIFIERS: Final = (
    r"deputy|vice|special|chief|senior|acting|interim|top|former|foreign|defen[cs]e|"
    r"interior|finance|trade|economy|prime|national security|opposition|army|military|rebel|"
    r"militia|lead|head|presidential|security|supreme"
)
#: English titles and roles that introduce a person's name.
_EN_ROLES: Final = (
    r"president|minister|premier|chancellor|secretary of state|secretary[- ]general|secretary|"
    r"spokes(?:man|woman|person)|spokesmen|spokeswomen|spokespeople|envoy|negotiator|"
    r"chief of (?:the )?(?:general )?staff|chief|commander(?:-in-chief)?|leader|mediator|emir|"
    r"king|crown prince|ambassador|advis[eo]r|aide|son-in-law|general|chairman|chairwoman|"
    r"governor"
)
ROLE: Final = {
    "en": re.compile(
        rf"\b(?:(?:{_EN_MODIFIERS})[\s-]+){{0,2}}(?:{_EN_ROLES})(?P<plural>s)?\b", re.IGNORECASE
    ),
    # German roles are single (compound) words: see ROLE_DE_WORD
    "de": re.compile(r"(?!x)x"),
}
#: A German title or role, often a compound ("Generalstabschef", "Hamas-Sprecher",
#: "Sondergesandter"); inflected forms included, offices and abstracts ("Ministerium",
#: "Präsidentschaft") not.
ROLE_DE_WORD: Final = re.compile(
    r"(?:[\w]+-)?[\w]*?(?:präsident|minister|premier|kanzler|sprecher|gesandte|unterhändler|"
    r"chef|kommandeur|kommandant|anführer|rebellenführer|oppositionsführer|vermittler|berater|"
    r"botschafter|emir|könig|kronprinz|general|generalsekretär|staatssekretär|vorsitzende|"
    r"delegationsleiter|schwiegersohn)(?:in|innen|en|n|s|r|e)?",
    re.IGNORECASE,
)
#: A delegation and who leads it: "die Delegation der Regierung unter X", "a team led by X".
LED_BY: Final = {
    "de": re.compile(
        r"\b(?:Delegation|Verhandlungsdelegation|Regierungsdelegation|Verhandlungsteam|"
        r"Abordnung)\b[^,.;:()]{0,40}?\b(?:unter(?:\s+(?:der\s+)?(?:Leitung|Führung)\s+von)?|"
        r"angeführt von|geleitet von)(?=\s)"
    ),
    "en": re.compile(
        r"\b(?:delegation|negotiating team|team of negotiators|mission)\b[^,.;:()]{0,40}?"
        r"\b(?:led|headed)\s+by(?=\s)",
        re.IGNORECASE,
    ),
}
#: Before a German role: it names several persons ("die beiden Außenminister").
PLURAL_BEFORE: Final = re.compile(r"\b(?:beiden|beide|zwei|drei|two|three|both)\s+(?:\S+\s+)?$")

#: Lower-case particles inside a personal name ("Tamim bin Hamad Al Thani", "von der Leyen").
PARTICLES: Final = _words(
    """
    bin ibn bint al el von van der den de da du dos la le ter ten zu ould
    """
)
#: Honorifics before a name, not part of it ("Sheikh Tamim bin Hamad Al Thani").
HONORIFICS: Final = _words(
    """
    sheikh sheik scheich prince prinz princess prinzessin dr prof mr mrs ms herr frau sir
    lord lady lt gen col maj brig capt sgt adm lieutenant colonel major brigadier captain
    admiral oberst generalleutnant generalmajor
    """
)
#: Capitalised words that never start or continue a personal or group name.
NOT_NAMES: Final = _words(
    """
    the a an this that these those he she it they we his her its their our in on at for
    with and but or of to by from after before as if when while since during under over
    about der die das den dem des ein eine einen einem einer eines er sie es wir ihr
    sein seine und aber oder mit nach von vom zu zum zur im am an auf aus bei beim für
    gegen über um wie wenn als seit während dass daß doch so auch noch nun dann laut
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonnabend sonntag january february march april may june
    july august september october november december januar februar märz mai juni juli
    oktober dezember easter christmas ramadan eid ostern weihnachten pfingsten says said
    agrees agreed rejects warns calls urges meets yesterday today tomorrow meanwhile
    however later earlier also now then still only gestern heute morgen inzwischen
    unterdessen zudem später bereits dennoch jedoch außerdem ausserdem zuvor damals
    """
)
#: Words that never belong to a personal name: those above, offices and titles.
NOT_PERSON_NAMES: Final = NOT_NAMES | _words(
    """
    government regierung army armee ministry ministerium state staat executive officer
    director staff council committee cabinet office president minister secretary general
    commander spokesman spokeswoman envoy chief leader king emir governor chairman justice
    judge senator ambassador deputy vice prime foreign defence defense interior national
    security special senior acting interim representative mayor command court forces
    party front movement group union agency commission assembly parliament senate congress
    house department university bank company corporation council
    """
)

_EN_GROUP_NOUN: Final = (
    r"(?:(?:rebel|armed|militant|paramilitary|guerrilla|jihadist|insurgent|islamist)\s+"
    r"(?:group|movement|alliance|coalition|organi[sz]ation|militia|force)|militia)"
)
_DE_GROUP_NOUN: Final = (
    r"[\w-]*(?:[Mm]iliz|[Rr]ebellengruppe|[Rr]ebellenbewegung|[Rr]ebellenallianz|[Gg]uerilla|"
    r"[Gg]uerillagruppe|[Tt]errorgruppe|[Tt]errormiliz|[Mm]ilizen|[Rr]ebellen)"
)
#: "the rebel group X", "die Miliz X": a defining noun before a group's name.
GROUP_NOUN: Final = {
    "en": re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+)?{_EN_GROUP_NOUN}\s+$", re.IGNORECASE),
    "de": re.compile(rf"\b(?:die|der|den|dem|des|eine[rnm]?)\s+(?:[\w-]+\s+)?{_DE_GROUP_NOUN}\s+$"),
}
#: "X, a Hutu militia", "X, eine Rebellengruppe": a defining noun after a group's name.
GROUP_APPOSITIVE: Final = {
    "en": re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_EN_GROUP_NOUN}\b", re.IGNORECASE),
    "de": re.compile(rf",\s+(?:eine?|die|der)\s+(?:[\w-]+\s+){{0,2}}?{_DE_GROUP_NOUN}\b"),
}
#: "die FDLR-Miliz", "the M23 rebels": the name modifies the defining noun.
GROUP_COMPOUND: Final = {
    "en": re.compile(r"\s+(?:militia|rebels|rebel group|rebel movement|militants)\b"),
    "de": re.compile(r"-(?:Miliz|Rebellen|Guerilla|Kämpfer|Rebellengruppe|Milizen)\b"),
}
