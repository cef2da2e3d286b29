"""Further phrasings of the cue families, German and English, by what they report.

The families in :data:`kg.extract.lexicon.CUES` name the common ways of saying each
thing; these tables add the rarer ones, each as another alternative of its family (or a
family of its own): speech acts whose subject speaks, stance idioms and nouns, gating and
exchange phrasings of conditions, verbs of saying and proposing, ways to report a call or
a meeting. :mod:`kg.extract.lexicon` merges them, in the order of :data:`TABLES`.
"""

from __future__ import annotations

from typing import Final

from kg.extract.gaps import AFFIRMED_GAP as _AFFIRMED_GAP
from kg.extract.gaps import GAP as _GAP

__all__ = [
    "CONDITION_CUES",
    "CONDITION_PARAPHRASES",
    "INTERACTION_CUES",
    "SPEECH_ACT_CUES",
    "SPEECH_CUES",
    "STANCE_CUES",
    "STANCE_PARAPHRASES",
    "TABLES",
]

# -- speech acts whose subject speaks (kg.extract.rules.speech_acts) -------------------------
# Appeals and demands with a clause of content ("X rief … auf, …", "X verlangt, dass …",
# "X urged Y to …") and denials, accusations, characterisations ("X denied", "X warf … vor",
# "X bezeichnete … als"): the subject is the speaker of what the sentence reports. The
# object and particle are matched in look-aheads, so the addressee stays outside the cue.
SPEECH_ACT_CUES: Final[dict[str, dict[str, str]]] = {
    "appeal": {
        "de": (
            r"\b(?:rief|riefen|ruft|rufen|forderte|forderten|fordert|fordern)\b(?="
            + _GAP
            + r"\bauf\b)|"
            r"\b(?:appellierte|appellierten|appelliert)\b|"
            r"\b(?:forderte|forderten|fordert|fordern|verlangte|verlangten|verlangt|"
            r"verlangen)\b(?=[^.;:,]{0,60},\s*dass\b)"
        ),
        "en": (
            r"\b(?:urged|urges|called on|called upon|calls on|appealed to|appeals to)\b|"
            r"\b(?:demanded|demands|insists|insisted)\b(?=\s+that\b)"
        ),
    },
    "speech_act": {
        "de": (
            r"\b(?:verneinte|verneinten|bestritt|bestritten|dementierte|dementierten)\b|"
            r"\b(?:warf|warfen)\b(?=" + _GAP + r"\bvor\b)|"
            r"\b(?:bezeichnete|bezeichneten|wertete|werteten)\b(?=" + _GAP + r"\bals\b)|"
            r"\b(?:machte|machten)\b(?=" + _GAP + r"\b(?:deutlich|klar)\b)|"
            # the perfect: "X hatte die Gespräche als konstruktiv bezeichnet"
            r"\b(?:hatte|hatten|hat|haben)\b(?=[^.;:]{0,120}\b(?:bezeichnet|gewertet|"
            r"bekräftigt|dementiert|bestritten|verneint)\b)|"
            # a press conference: "X und Y traten vor die Medien"
            r"\b(?:trat|traten)\b(?=[^.;:]{0,60}\bvor die (?:Medien|Presse|Journalisten)\b)"
        ),
        "en": (
            r"\b(?:denied|denies|accused|accuses|described|made clear|made it clear)\b|"
            r"\b(?:held|gave|told)\s+a\s+(?:joint\s+)?(?:news|press)\s+conference\b|"
            r"\b(?:briefed reporters|appeared before (?:reporters|the press|journalists))\b"
        ),
    },
    # a passive of saying with its agent: "was announced … by Qatar's prime minister",
    # "wurde … von Katars Regierungschef verkündet"
    "passive_say": {
        "de": (
            r"\b(?:wurde|wurden|worden)\b[^.;:]{0,80}?\bvon\b(?=[^.;:]{0,80}\b(?:verkündet|"
            r"bekanntgegeben|bekannt gegeben|mitgeteilt|bestätigt|angekündigt)\b)"
        ),
        "en": (
            r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:announced|"
            r"confirmed|declared|disclosed|stated)\b[^.;:]{0,60}?\bby\b"
        ),
    },
}

# -- stance cues -----------------------------------------------------------------------------
#: Further cues of each stance family, German and English alike; each is tried together with
#: the family's own patterns (:func:`cue` joins them).
STANCE_CUES: Final[dict[str, dict[str, str]]] = {
    "reject": {
        "de": (
            r"\bnicht\s+(?:daran\s+)?gebunden\b|"
            r"\b(?:zeigte|zeigten|zeigt|zeige)\b"
            + _GAP
            + r"\bkeine\s+(?:Bereitschaft|Anzeichen)\b|"
            r"\bschloss(?:en)?\b[^.;:,!?–]{0,60}?\baus(?=\s*(?:[.;,]|$))|\bausgeschlossen\b|"
            r"\b(?:weigerte|weigerten|weigert|weigere)\s+sich\b|\bverweigert\w*\b"
        ),
        "en": (
            r"\bnot bound by\b|"
            r"\b(?:showed|shows|show|showing) no (?:sign|signs|willingness|intention) of\b|"
            r"\brefused to (?!comment|say|discuss)\w+|\brefused to discuss\s+(?:the|this|that|"
            r"its|their|any)\s+(?:[\w-]+\s+)?(?:proposal|offer|plan|idea|initiative)s?\b|"
            r"\bdeclined to (?:accept|join|sign|endorse|back|take part)\b"
        ),
    },
    "declines_comment": {
        "de": (
            r"\bwollte\b" + _GAP + r"\bnicht\s+(?:sagen|beantworten|bestätigen|mitteilen)\b|"
            r"\bhielt\w*\s+sich\b" + _GAP + r"\bbedeckt\b|\bgab\b" + _GAP + r"\bkeine\s+Auskunft\b"
        ),
        "en": (
            r"\b(?:declined|refused) to (?:say|elaborate|discuss(?!\s+(?:the|this|that|its|"
            r"their|any)\s+(?:[\w-]+\s+)?(?:proposal|offer|plan|idea|initiative)s?\b)|confirm|"
            r"give details|specify)\b|"
            r"\bwould not (?:say|elaborate|discuss|confirm|specify)\b|"
            r"\b(?:remained|remains|kept) tight-lipped\b"
        ),
    },
    "no_response": {
        "de": r"\bnoch\s+nicht\b" + _GAP + r"\b(?:geantwortet|reagiert|beantwortet)\b",
        "en": r"\b(?:has|have|had) yet to (?:respond|reply|react|answer|comment)\b",
    },
    "considers": {
        "de": (
            r"\b(?:stimmte\w*|zugestimmt|einverstanden)\b"
            + _GAP
            + r"\b(?:Gespräche\w*|Verhandlungen)\b"
            + _GAP
            + r"\b(?:aufzunehmen|zu beginnen|zu führen)\b"
        ),
        "en": r"\bagreed to (?:start|begin|hold|open) (?:talks|negotiations|discussions)\b",
    },
    "accept": {
        "de": (
            r"\bnur\s+(?:dann\s+)?in Frage\b|"
            r"\b(?:steht|stehen|stand|standen|stehe)\s+(?:\w+\s+){0,2}?hinter\s+(?:dem|der|den|"
            r"diesem|dieser|seinem|ihrem)\s+(?:[\w-]+\s+)?(?:Vorstoß\w*|Vorstoss\w*|Vorschlag\w*|"
            r"Plan|Plans|Initiative|Forderung|Angebot\w*|Abkommen|Vereinbarung|Aufruf\w*)\b|"
            r"\bstehe\w*\b" + _GAP + r"\bzu\s+(?:der|dem|den)\s+"
            r"(?:Vereinbarung|Abkommen|Waffenruhe|Zusage)\w*\b|"
            r"\b(?:werde|werden|würde|würden|wolle|wollen|will|wird)\b"
            + _AFFIRMED_GAP
            + r"\b(?:einhalten|respektieren)\b|\bhält\w*\b"
            + _GAP
            + r"\ban\s+(?:der|dem)\b"
            + _GAP
            + r"\bfest\b"
        ),
        "en": (
            r"\bonly (?:be )?(?:possible|acceptable|an option|conceivable)\b|"
            r"\b(?:stands?|stood|standing|is|are|was|were)\s+(?:firmly\s+|squarely\s+)?behind\s+"
            r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:proposal|plan|initiative|call|"
            r"offer|deal|agreement|push)\b|\bthrew (?:its|their) weight behind\b|"
            r"\bsigned up to\b|\b(?:remained|remains|is|was|were|are) committed to\b|"
            r"\b(?:would|will) (?:abide by|observe|honou?r|respect|stick to|adhere to)\b"
        ),
    },
}
#: Further cues that a condition gates what it is attached to (a precondition, not a demand).
CONDITION_CUES: Final[dict[str, dict[str, str]]] = {
    "gating": {
        "de": r"\b(?:zuvor|vorher|Vorbedingung\w*|Voraussetzung\w*|sobald|erst nachdem)\b",
        "en": r"\b(?:preconditions|prerequisites?|beforehand|as soon as|only once|only after)\b",
    },
}


# -- further cues of saying and proposing ---------------------------------------------------
#: Verbs of saying, source phrases and proposal cues the core families lack.
SPEECH_CUES: Final[dict[str, dict[str, str]]] = {
    "say": {
        "de": (
            r"\b(?:bezeichnete|bezeichneten|nannte|nannten)\b" + _GAP + r"\bals\b|"
            r"\b(?:versprach|versprachen|behauptete|behaupteten|beharrte|"
            r"beharrten)\b|\b(?:sicherte|sicherten)\b" + _GAP + r"\bzu\b|"
            r"\b(?:räumte|räumten)\b"
            + _GAP
            + r"\bein\b|\b(?:fügte|fügten)\b"
            + _GAP
            + r"\bhinzu\b|"
            r"\b(?:hob|hoben)\b"
            + _GAP
            + r"\bhervor\b|\b(?:stellte|stellten)\b"
            + _GAP
            + r"\bklar\b|\b(?:unterstrich|unterstrichen|erläuterte|erläuterten|sagt|erklärt)\b"
            r"(?=\s+(?:der|die|das|ein|eine)?\s*[A-ZÄÖÜ])"
        ),
        "en": (
            r"\b(?:stressed|noted|emphasi[sz]ed|reiterated|explained|acknowledged|admitted|"
            r"conceded|asserted|underlined|pointed out|was quoted as saying|tells|announces|"
            r"promised|pledged|vowed|posted(?= on\b)|tweeted|described|characteri[sz]ed)\b"
        ),
    },
    "according": {
        "de": (
            r"\bwie\b" + _GAP + r"\b(?:erklärte|sagte|berichtete|bestätigte|betonte|verlautete|"
            r"mitteilten|erklärten|sagten|bestätigten)\b|\bunter Berufung auf\b|"
            r"\bnach (?:den )?Worten\b"
        ),
        "en": (
            r"\b(?:as (?:\w+\s+){1,4}(?:said|announced|confirmed)|quoting|"
            r"in [\w-]+(?:'s|’s) (?:own )?words)\b"
        ),
    },
    "konjunktiv": {
        "de": (
            r"\b(?:schlage|biete|trete|ziehe|setze|sichere|bereite|rechne|prüfe|glaube|hoffe|"
            r"warne|betone|arbeite|schließe|schliesse|verzichte|stelle|lege|bestätige|"
            r"beabsichtige)\b|\bman\s+(?!(?:die|eine|keine|diese|jene|seine|ihre|alle|beide)\b)"
            r"(?-i:[a-zäöü]\w*e)\b"
        ),
        "en": r"(?!x)x",
    },
    "proposal": {
        "de": (
            r"\b(?:regte|regten|regt)\b"
            + _GAP
            + r"\ban\b|\b(?:schlägt|schlagen|schlage)\b"
            + _GAP
            + r"\bvor\b|\b(?:brachte|brachten|bringt)\b"
            + _GAP
            + r"\bins Spiel\b|\bangeregt\b|"
            r"\bins Spiel gebracht\b|\b(?:\w+-)?Friedensplan\w*\b|\bappellierte\w*\b|"
            r"\b(?:legte|legten|legt)\b" + _GAP + r"\bvor\b|"
            r"\b(?:dringt|drängt|drängte|drängten|pocht|pochte|pochten)\s+(?:\w+\s+){0,3}?auf\b|"
            r"\b(?:plädiert|plädierte|plädierten)\s+(?:\w+\s+){0,3}?für\b|"
            r"\b(?:setzt|setzte|setzten)\s+sich\b" + _GAP + r"\bfür\b" + _GAP + r"\bein\b|"
            r"\b(?:sprach|sprachen|spricht)\s+sich\b" + _GAP + r"\bfür\b" + _GAP + r"\baus\b|"
            r"\b(?:vorgeschlagen|angeboten|vorgelegt|geforderte|angeregt)(?:e|en|er|es|em)\b|"
            r"\b(?:aufgefordert|aufgerufen|bat|baten)\b|"
            r"\bauf (?:Bitten|Drängen|Initiative|Anregung)\b|"
            r"\b(?:Gegen|Friedens|Waffenstillstands|Waffenruhe|Feuerpausen|Verhandlungs|"
            r"Gesprächs|Kompromiss|Vermittlungs|Stufen|Rahmen)(?:vorschlag\w*|vorschläge\w*|"
            r"angebot\w*|plan|plans|pläne)\b"
        ),
        "en": (
            r"\b(?:tabled|floated|pitched|mooted|proposition|blueprint|"
            r"put on the table|appealing|pushing for|pushed for|pushes for|pressing for|"
            r"pressed for|presses for|advocated|advocates|advocating|argued for|sought|seeks|"
            r"seeking|came out in favou?r of|calling for|calling on|calls on|urges|urging|"
            r"demanding that|demands? for|counter-?proposals?|counter-?offers?)\b|"
            r"\b(?:pressed|presses|asked|asks|told)(?=\s+(?:[\w-]+\s+){1,3}to\s)|"
            r"\b(?:at the (?:request|urging|initiative|suggestion)|on the initiative)\b"
        ),
    },
}

# -- interactions: more ways to report a call, a meeting, a round ------------------------------
#: Further cues of calls, meetings and negotiation rounds, and the cues of receiving or
#: hosting someone ("reception": a meeting only between named persons, since "Ukraine
#: received weapons" is none).
INTERACTION_CUES: Final[dict[str, dict[str, str]]] = {
    "phone_call": {
        "de": r"\b(?:Anruf\w*|Videoschalte|Videokonferenz)\b",
        "en": (
            r"\b(?:by (?:tele)?phone|(?:on|over) the (?:tele)?phone|telephoned|(?:tele)?phone "
            r"conversation|phone talks|video call|videoconference)\b"
        ),
    },
    "meeting": {
        "de": (
            r"\b(?:kamen|kommen|kam|kommt)\b" + _GAP + r"\bzusammen\b|"
            r"\b(?:zusammengekommen|zusammenkommen|Zusammenkunft|Begegnung|trifft|treffen sich|"
            r"trafen sich|traf sich)\b"
        ),
        "en": r"\b(?:meets|sat down with|held talks with|talks with|came together)\b",
    },
    "negotiation_round": {
        "de": r"\b(?:Gesprächen|Verhandlungen|verhandelte\w*|Verhandlungsrunde\w*)\b",
        "en": r"\b(?:negotiated|negotiating round|round of talks)\b",
    },
    "reception": {
        "de": r"\b(?:empfing|empfingen|empfangen|empfängt|empfange|Empfang)\b",
        "en": r"\b(?:received|receives|hosted|hosts|welcomed \w+ to)\b",
    },
}

# -- paraphrase families of stances and conditions -------------------------------------------
# Stances reported with idioms, stance nouns, separable English phrasal verbs and answers
# reported by others; German and English alike. Kept apart from the blocks above; joined
# into the same families.
_OBJECT = r"(?:\s+(?:the|this|that|its|their|his|her|any|such\s+an?|an?)\s+(?:[\w-]+\s+){0,2}?"
_OBJECT_END = r"[\w-]+\s+)"
STANCE_PARAPHRASES: Final[dict[str, dict[str, str]]] = {
    "accept": {
        "de": (
            r"\bsignalisierte\w*\s+(?:\w+\s+){0,2}?(?:Bereitschaft|Zustimmung|Unterstützung)\b|"
            r"\b(?:gab|gaben|gibt|geben)\b" + _GAP + r"\b(?:Segen|grünes Licht|grüne Licht)\b|"
            r"\bgrünes Licht\b|\bmit\b" + _GAP + r"\bleben\s+(?:können|könne|kann|könnten)\b|"
            r"\bleben\s+(?:können|könne|kann|könnten)\b" + _GAP + r"\bmit\b|"
            r"\b(?:gute|geeignete|solide|brauchbare)\s+(?:Grundlage|Basis|Ausgangsbasis)\b|"
            r"\bZustimmung\b(?!\s+(?:zu\s+)?(?:fehlt|fehle|ausbleibt|steht))|"
            r"\b(?:unterzeichnete|unterzeichneten|ratifizierte|ratifizierten|ratifiziert)\b|"
            r"\b(?:trat|traten)\b" + _GAP + r"\bbei\b|\bbeigetreten\b|"
            r"\b(?:schloss|schlossen)\s+sich\b" + _GAP + r"\ban\b|"
            r"\b(?:befürwortete\w*|befürwortet)\b|\b(?:annahm|annahmen|annimmt|annehmen)\b|"
            r"\b(?:sagte|sagten|sagt)\s+(?:\w+\s+)?Ja\b|\bein\s+Ja\b|"
            r"\bkeine\w*\s+(?:\w+\s+)?Einwände\b|\bnichts\s+einzuwenden\b|"
            r"\b(?:sprach|sprachen|spricht)\s+sich\b" + _GAP + r"\bfür\b" + _GAP + r"\baus\b|"
            r"\b(?:willigte|willigten|willigt)\b" + _GAP + r"\bein\b|"
            r"\b(?:lobte|lobten|lobt|gelobt|würdigte|würdigten)\b|\bmitzutragen\b|\bmittragen\b|"
            r"\b(?:trug|trugen|trägt|tragen)\b" + _GAP + r"\bmit\b|"
            r"\b(?:stellte|stellten|stellt|stellen)\s+sich\s+(?:\w+\s+)?hinter\b"
        ),
        "en": (
            r"\bsignall?ed\s+(?:its\s+|their\s+|a\s+)?(?:readiness|willingness|approval|support|"
            r"consent)\b|\bgave\s+(?:its|their|his|her)\s+(?:blessing|approval|consent|backing|"
            r"support|green light)\b|\bgreen light\b|\bcould live with\b|"
            r"\b(?:a|an)\s+(?:good|sound|useful|solid|workable)\s+(?:basis|starting point)\b|"
            r"(?:'s|’s)\s+(?:approval|consent|endorsement|acceptance)\b|"
            r"\b(?:hailed|embraced|ratified|signed|joined)\b|\bsigned on to\b|"
            r"\b(?:would|will|could)\s+(?:\w+\s+)?(?:agree|accept|endorse)\b|\bagrees to\b|"
            r"\bsaid yes to\b|\b(?:had|has|have|raised)\s+no\s+objections?\b|"
            r"\bnothing against\b|\b(?:voiced|expressed|signalled|signaled|pledged|offered)\s+"
            r"(?:its\s+|their\s+|his\s+|her\s+)?(?:full\s+|strong\s+)?support\b|"
            r"\bagreed(?=\s*(?:[,.;]|$))|\bprepared to\b|\b(?:praised|praises|hailed|lauded)\b|"
            r"\bsupport(?:ed|s)\b(?!\s+by\b)|\b(?:go|goes|going|went|gone)\s+along\s+with\b"
        ),
    },
    "reject": {
        "de": (
            r"\bAbsage\b|\b(?:Antwort|Reaktion)\b[^.;:]{0,40}?\b(?:lautete|lautet|war|sei)\s+"
            r"(?:ein\s+)?(?:\w+\s+)?Nein(?=\s*(?:[.,;]|$))|\bkalte\w* Schulter\b|"
            r"\bauf\s+(?:\w+\s+)?Ablehnung\b|"
            r"\bverwerfen\b|\bverworfen\b|\bbrüsk\w+\b" + _GAP + r"\bzurück\b|"
            r"\b(?:sagte|sagten|sagt)\s+(?:\w+\s+)?Nein\b|\bnicht verhandelbar\b|"
            r"\b(?:sei|ist|sind|war|waren|seien)\s+gegen\b|"
            r"\b(?:wischte|wischten|wischt)\b" + _GAP + r"\bvom Tisch\b|\bvom Tisch gewischt\b|"
            r"\b(?:sprach|sprachen|spricht)\s+sich\b" + _GAP + r"\bgegen\b" + _GAP + r"\baus\b"
        ),
        "en": (
            r"\bbalk(?:ed|s)? at\b|\bpoured cold water on\b|\bpours cold water on\b|"
            r"\b(?:answer|reply|response)\b[^.;:]{0,60}?\b(?:was|is|had been)\s+(?:a\s+)?"
            r"(?:\w+\s+)?no(?=\s*(?:[.,;]|$))|"
            r"\bsaid no to\b|\bnon-starter\b|\boppos(?:ed|es)\b(?!\s+by\b)|"
            r"\bdead on arrival\b|\bnot negotiable\b|"
            r"(?:'s|’s)\s+(?:rejection|refusal)\b|\brebuffed\b|\bspurned\b|"
            r"\bbrushed (?:aside|off)\b|\bshot down\b|\bscoffed at\b|"
            r"\b(?:turned|turns|turning)" + _OBJECT + _OBJECT_END + r"?down\b|"
            r"\b(?:ruled|rules|ruling)" + _OBJECT + _OBJECT_END + r"?out\b|"
            r"\b(?:turned|turns|turning|ruled|rules|ruling)\s+(?:it|them|this|that)\s+"
            r"(?:down|out)\b"
        ),
    },
    "no_response": {
        "de": (
            r"\b(?:ließ|liess|ließen|liessen)\b"
            + _GAP
            + r"\bFrist\w*\b"
            + _GAP
            + r"\bverstreichen\b|\bverstreichen\s+(?:ließ|liess|lassen)\b|"
            r"(?<!Waffen )(?<!Geschütze )\b(?:schweigt|schwieg|schwiegen)\b(?!\s+lassen)|"
            r"\b(?:antwortete|antworteten)\b" + _GAP + r"\bnicht\b|\bnicht\s+geantwortet\b|"
            r"\b(?:Antwort|Reaktion|Stellungnahme)\b" + _GAP + r"\b(?:steht|stand)\s+"
            r"(?:\w+\s+)?(?:noch\s+)?aus\b|\bließ\b" + _GAP + r"\bunbeantwortet\b|"
            r"\bnoch\s+keine\s+(?:\w+\s+)?(?:Antwort|Reaktion|Stellungnahme)\b|"
            r"\bignorierte\w*\b|\bignoriert\b|\bkeine\s+Antwort\b|"
            r"\b(?:ließ|liess|ließen|liessen|lässt|lassen)\s+(?:\w+\s+)?offen(?=\s*,\s*(?:ob|"
            r"wann|wie|welche\w*|wer|was)\b)|\b(?:ließ|liess|ließen|liessen|lässt|lassen)\s+"
            r"(?:die\s+Frage|dies|das)\s+offen\b|"
            r"\b(?:Antwort|Reaktion|Stellungnahme)\b[^.;:]{0,40}\b(?:gibt|gab)\s+es\b"
            r"[^.;:]{0,30}\bnicht\b"
        ),
        "en": (
            r"\blet the deadline (?:pass|lapse|expire)\b|\bignor(?:ed|es|ing)\b|"
            r"\b(?:left|leaves|leave)\s+(?:it\s+)?open\s+(?:whether|if|how)\b|"
            r"\b(?:remained|remains|was|kept) "
            r"silent\b|\bno (?:reply|answer|reaction)\b|\bleft (?:it|the \w+) unanswered\b|"
            r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?not\s+(?:yet\s+)?(?:responded|replied|"
            r"reacted|answered)\b|\byet to (?:give|provide|send|deliver) (?:an?|its|their) "
            r"(?:answer|response|reply)\b"
        ),
    },
    "declines_comment": {
        "de": r"\b(?:hält|halten|hielt\w*)\s+sich\b" + _GAP + r"\bbedeckt\b",
        "en": r"\b(?:declined|refused) to (?:be drawn|answer questions)\b",
    },
    "considers": {
        "de": (
            r"\b(?:prüfen|prüfe|prüft|prüfte|erwägen|erwogen|beraten|berate|berät)\b|"
            r"\bzurückhaltend\b|\bverhalten\w*\s+(?:reagiert\w*|Reaktion)\b|"
            r"\b(?:braucht|brauche|brauchen|benötigt\w*)\s+(?:noch\s+)?(?:mehr\s+)?Zeit\b|"
            r"\boffen\s+für\b|\bbereit\b[^.;:]{0,60}?\bzu\s+(?:sprechen|reden|diskutieren|"
            r"beraten|prüfen|verhandeln)\b|"
            r"\b(?:wägt|wägen|wäge|abwägen|abzuwägen)\b|(?<!ohne )\bVorbehalte?\b|\bskeptisch\w*\b"
        ),
        "en": (
            r"\bcautious\w*\s+(?:response|reaction|welcome)\b|\b(?:responded|reacted) "
            r"cautiously\b|\b(?:weighing|mulling|examining|assessing|evaluating|studying)\b|"
            r"\bwould (?:weigh|examine|assess|evaluate|look at|review)\b|"
            r"(?<!without )\breservations\b|"
            r"\bs(?:k|c)eptical\b|\b(?:is|was|are|were|remained|remains|be)\s+open\s+to\b|"
            r"\b(?:careful|serious|due|close)\s+consideration\b|\bunder consideration\b|"
            r"\b(?:needs?|needed)\s+(?:more\s+)?time\b|"
            r"\b(?:ready|willing|prepared)\s+to\s+(?:discuss|talk about|look at|consider|examine|"
            r"study)\b"
        ),
    },
}

#: Further condition cues: exchanges ("in exchange for", "im Gegenzug für"), going along
#: ("wenn die USA mitziehen", "if Washington follows suit"), and the explicit gating of
#: "on condition that", "provided", "contingent on", "es sei denn", "setzt voraus".
CONDITION_PARAPHRASES: Final[dict[str, dict[str, str]]] = {
    "condition": {
        "de": (
            r"\bim Gegenzug (?:für|zu)\b|\bsetzt\w*\b" + _GAP + r"\bvoraus\b|"
            r"(?<=,\s)(?-i:sollten?)\b(?=\s+(?:die\s+|der\s+|das\s+|den\s+)?(?-i:[A-ZÄÖÜ]))|"
            r"\bhängt\w*\b" + _GAP + r"\bdavon ab\b|\bhänge\w*\b" + _GAP + r"\bdavon ab\b"
        ),
        "en": (
            r"\bin (?:exchange|return) for\b|\bconditional (?:on|upon)\b|\bdepends? on\b|"
            r"\bon the condition\b"
        ),
    },
    "reciprocity": {
        "de": (
            r"\b(?:mitziehen|mitzögen|mitziehe|nachziehen|nachzieht|nachziehe|"
            r"Gleiches tu\w*|ebenso verfahr\w*|die gleiche Zahl|dieselbe Zahl|gleich viele|"
            r"seine eigenen|ihre eigenen)\b|\bim Gegenzug (?:für|zu)\b|"
            r"\b(?:dies|das|es)\s+(?:auch\s+|ebenfalls\s+)?(?:tue|tut|tun|täte|täten|tat)\b"
        ),
        "en": (
            r"\b(?:follows?|followed) suit\b|\breciprocat\w*\b|\bin (?:exchange|return) "
            r"for\b|\ba similar step\b|\bthe same number\b|\b(?:its|their) own\b|"
            r"(?<=\s)(?:did|does|do)(?=\s*(?:[.,;]|$))"
        ),
    },
    "gating": {
        "de": (
            r"\bBedingung\w*\s+für\b|\b(?:stellte|stellten|stellt|nannte|nannten)\s+"
            r"(?:\w+\s+)?Bedingungen\b|"
            r"\b(?:vorausgesetzt|unter der Bedingung|es sei denn|setzt\w*\b"
            + _GAP
            + r"\bvoraus|hängt\w*\b"
            + _GAP
            + r"\bdavon ab)\b"
        ),
        "en": (
            r"\b(?:on condition|provided|contingent|subject to|unless|conditional on|"
            r"conditional upon|depends? on|conditions? for)\b|"
            r"\b(?:set|sets|named|laid out|set out)\s+(?:\w+\s+)?conditions\b"
        ),
    },
}


#: The tables in the order their patterns join their families.
TABLES: Final[tuple[dict[str, dict[str, str]], ...]] = (
    SPEECH_ACT_CUES,
    STANCE_CUES,
    CONDITION_CUES,
    SPEECH_CUES,
    INTERACTION_CUES,
    STANCE_PARAPHRASES,
    CONDITION_PARAPHRASES,
)
