"""The cue lexicons of the rule-based parser, German and English, as regular expressions.

Each cue family maps a language to patterns matched inside one sentence. German
separable verbs are matched with a bounded gap between stem and particle ("stimmte …
zu", "lehnte … ab"), so verb-second order and inserted objects are covered. Patterns are
compiled case-insensitively unless noted; keep them to word boundaries so a cue never
fires inside another word.

Examples
--------
>>> bool(cue("accept", "de").search("Putin stimmte dem Vorschlag am Dienstag zu."))
True
>>> bool(cue("reject", "de").search("Moskau lehnte die Forderung der Europäer ab."))
True
>>> bool(cue("reject", "en").search("Zelensky rejected any suggestion"))
True
"""

from __future__ import annotations

import functools
import re
from typing import Final

from kg.extract.gaps import GAP as _GAP
from kg.extract.phrasings import TABLES

__all__ = ["CUES", "cue"]


CUES: Final[dict[str, dict[str, str]]] = {
    # -- attribution verbs (the speaker is the nearest party mention) ----------------------
    "say": {
        "de": (
            r"\b(?:teilte|teilten)\b" + _GAP + r"\bmit\b|\bmitgeteilt\b|\bmitteilte\b|"
            r"\b(?:erklärte|erklärten)\b(?!\s+sich)|\b(?:erklärt|gesagt|betont|versichert)(?=\s*,)|"
            r"\b(?:sagte|sagten)\b(?![^.,;:]{0,60}\bzu\s*(?:[.;,]|$))|"
            r"\b(?:betonte|betonten|bekräftigte|berichtete|"
            r"meldete|schrieb|warnte|verlautete|bestätigte|bestätigten|versicherte|"
            r"wiederholte|ergänzte|hieß es|hiess es|kündigte|kündigten)\b|"
            r"\bließ\b" + _GAP + r"\bwissen\b|\bliess\b" + _GAP + r"\bwissen\b|"
            r"\bgab\b"
            + _GAP
            + r"\bbekannt\b|\bsprach(?:en)?\s+von\b|\bin einer (?:Erklärung|Mitteilung)\b"
        ),
        "en": (
            r"\b(?:said|says|announced|stated|told|added|confirmed|insisted|"
            r"warned|wrote|reported|claimed|argued|according to|citing|in the words of|"
            r"readout|statement said|account|spoke of|in a statement)\b"
        ),
    },
    "according": {
        "de": (
            r"\b(?:laut|zufolge|nach Angaben|nach (?:\w+-)?Angaben|wie\b" + _GAP + r"\bmitteilte|"
            r"hieß es (?:aus|in|im|von)|hiess es (?:aus|in|im|von))\b|\b\w+-Angaben\b"
        ),
        "en": r"\b(?:according to|citing|in the words of|in the \w+(?:'s|’s) words)\b",
    },
    # -- proposals --------------------------------------------------------------------------
    "proposal": {
        "de": (
            r"\b(?:\w+-)?(?:Vorschlag|Vorschlags|Vorschläge|Vorstoß|Vorstoss|Angebot|Plan|"
            r"Plans|Anregung|Forderung|Aufruf)\b|\bvorgeschlagen\b|\bvorschlagen\b|"
            r"\bgebeten\b|\bbat\b" + _GAP + r"\bum\b|"
            r"\bschlug(?:en)?\b" + _GAP + r"\bvor\b|\bunterbreitet\w*\b|\bvorgelegt\b|"
            r"\bangeboten\b|\bbot(?:en)?\b"
            + _GAP
            + r"\ban\b|\bforderte\w*\b|\bfordert\b|\bverlangt\w*\b|"
            r"\briefen\b" + _GAP + r"\bauf\b|\brief\b" + _GAP + r"\bauf\b"
        ),
        "en": (
            r"\b(?<!any )(?:proposals?|proposed|proposes|propose|proposing|suggestion|suggested|"
            r"offer|offered|offers|plan|idea|call for|called for|calls for|called on|urged|"
            r"demanded|put forward|pressing|appeals?|appealed)\b"
        ),
    },
    # -- positions --------------------------------------------------------------------------
    "considers": {
        "de": (
            r"\b(?:aufgegriffen|griff\b" + _GAP + r"\bauf|prüfen|prüfe|prüft|erwägt|erwäge|"
            r"zur Kenntnis genommen|nahm\b" + _GAP + r"\bzur Kenntnis|reagierte\w* zurückhaltend|"
            r"in Aussicht gestellt|stellte\b" + _GAP + r"\bin Aussicht)\b"
        ),
        "en": (
            r"\b(?:would analy[sz]e|analy[sz]ing|considering|would consider|looking at|"
            r"would study|studying|took note|take note|reviewing)\b"
        ),
    },
    "accept": {
        "de": (
            r"\b(?:stimmte|stimmten|stimmt|stimme|stimmen)\b"
            + _GAP
            + r"\bzu\b|\bzugestimmt\b|\bzuzustimmen\b|"
            r"\bzustimmen\b|\beingelassen\b|\bzugesagt\b|"
            r"\b(?:sagte|sagten|sagt)\b[^.,;:]{0,60}\bzu(?=\s*(?:[.;,]|$))|\bakzeptiert\w*\b|\beingewilligt\b|"
            r"\bnahm\b" + _GAP + r"\ban\b|\bangenommen\b|\bbereit\b|\beinverstanden\b|"
            r"\bbegrüßt\w*\b|\bbegrüsst\w*\b|\bunterstütz\w*\b|\bbilligte\w*\b|\bgebilligt\b"
        ),
        "en": (
            r"\b(?:agreed to|accepted|accepts|accept|endorsed|approved|backed|backs|"
            r"welcomed|responded positively|would support|ready to|consented)\b"
        ),
    },
    "reject": {
        "de": (
            r"\b(?:lehnte|lehnten|lehnt|lehne|lehnen)\b"
            + _GAP
            + r"\bab\b|\babgelehnt\b|\babzulehnen\b|"
            r"\bAblehnung\b|\bzurückgewiesen\b|\bwies\b" + _GAP + r"\bzurück\b|"
            r"\binakzeptabel\b|\bunannehmbar\b|\bnicht in Frage\b|\bverneinte\b|"
            r"\bverwarf\b|\bablehnend\b|"
            r"\beine Absage\b|\bAbsage erteilt\w*\b|"
            r"\b(?:ließ|liess|ließen|liessen)\s+sich\b" + _GAP + r"\bnicht\b" + _GAP + r"\bein\b"
        ),
        "en": (
            r"\b(?:rejected|rejects|reject|refused|refuses|dismissed|ruled out|turned down|"
            r"unacceptable|objected to|walked away|out of the question)\b"
        ),
    },
    "no_response": {
        "de": (
            r"\bkeine\s+(?:\w+\s+)?Reaktion\b|\bnicht\b" + _GAP + r"\breagiert\b|"
            r"\breagierte\b" + _GAP + r"\bnicht\b|\bäu(?:ß|ss)erte\b" + _GAP + r"\bnicht\b|"
            r"\bnicht\s+geäu(?:ß|ss)ert\b|\bging\b" + _GAP + r"\bnicht\b" + _GAP + r"\bein\b|"
            r"\bmit keinem Wort\b"
        ),
        "en": (
            r"\b(?:had not|has not|have not|did not|has yet to|had yet to)\s+(?:\w+\s+)?"
            r"(?:responded|respond|replied|reply|reacted|answered)\b|\bno response\b|"
            r"\bmade no mention\b|\bdid not take up\b|\bnot take up\b|\bgone unheeded\b"
        ),
    },
    "declines_comment": {
        "de": (
            r"\bwollte\b" + _GAP + r"\bnicht\s+(?:äu(?:ß|ss)ern|kommentieren)\b|"
            r"\bkein(?:en)?\s+Kommentar\b"
        ),
        "en": r"\b(?:declined to comment|no comment|would not comment|refused to comment)\b",
    },
    # -- conditions -------------------------------------------------------------------------
    "condition": {
        "de": (
            r"\b(?:wenn|falls|sofern|vorausgesetzt|solange|es sei denn|nur unter der Bedingung|"
            r"unter der Bedingung|nur wenn|erst wenn|erst nachdem|Bedingung|Bedingungen|"
            r"Vorbedingung|unverzichtbar|unabdingbar|nur in Frage)\b|"
            r"\berwarte\w*\b[^.;]{0,25}\bdass\b|"
            r"(?:^|(?<=[,;:–]\s))(?:Sollte|Sollten)\b"
        ),
        "en": (
            r"\b(?:if|only if|provided that|provided|on condition that|as long as|unless|"
            r"subject to|contingent on|only after|only once|until|conditions?|preconditions?|"
            r"hinged on|would have to|must first|expects? (?:\w+ ){0,3}to)\b|"
            r"(?:^|(?<=[,;:–]\s))(?:Should)\b"
        ),
    },
    "reciprocity": {
        "de": (
            r"\b(?:im Gegenzug|ebenfalls|ebenso|gleichermaßen|gleichermassen|gegenseitig\w*|"
            r"dasselbe|das Gleiche|dies auch|das auch|auch\s+(?:die|der|das)?\s*\w+\s+"
            r"(?:dazu|dies|das)|mitzieht|im gleichen Umfang)\b|\bauch\b" + _GAP + r"\btut\b|"
            r"\bsich auch\b|\bauch\b" + _GAP + r"\bverpflichte\w*\b"
        ),
        "en": (
            r"\b(?:in return|in exchange|do the same|does the same|did the same|likewise|"
            r"reciprocate\w*|mutual\w*|as well|too|follow its example|in kind)\b"
        ),
    },
    "gating": {
        "de": (
            r"\b(?:nur|erst|unverzichtbar|unabdingbar|zuerst|zunächst müssten|Voraussetzung|"
            r"unklar|offen sei|Offen sei)\b"
        ),
        "en": r"\b(?:only|first|until|precondition|prerequisite)\b",
    },
    # -- agreements and interactions --------------------------------------------------------
    "not_agreed": {
        "de": (
            r"\bnicht\b" + _GAP + r"\b(?:einigen|verständigen|verstaendigen|geeinigt|"
            r"verständigt)\b|\bkeine Einigung\b|\bohne dass\b" + _GAP + r"\bzustande kam\b"
        ),
        "en": (
            r"\b(?:did not|failed to|could not)[\s,]+(?:[\w]+[\s,]+){0,3}(?:agree|produce|reach)\b|"
            r"\bno agreement\b"
        ),
    },
    "agreed": {
        "de": (
            r"\b(?:vereinbart\w*|geeinigt|einigten|verständigt|verständigten|beschlossen|"
            r"paraphiert|unterzeichnet\w*|unterschrieben|"
            r"stimmten\b" + _GAP + r"\büberein)\b|\bsich\b" + _GAP + r"\bverständigt\b"
        ),
        "en": (
            r"\b(?:agreed|agreement|deal|reached|settled on|initial(?:l)?ed|"
            r"struck (?:a|an|the)\b[^.;]{0,30}?\b(?:deal|agreement|truce|ceasefire)|"
            r"brokered|signed)\b"
        ),
    },
    "announce": {
        "de": r"\b(?:kündigte\w*|angekündigt|bekanntgegeben|bekannt gegeben|teilte\w*)\b",
        "en": r"\b(?:announced|said|would|will)\b",
    },
    "phone_call": {
        "de": r"\b(?:Telefonat\w*|Telefongespräch\w*|telefonier\w*|Telefon\w*)\b",
        "en": r"\b(?:phone call|telephone call|call|spoke by phone|phoned)\b",
    },
    "meeting": {
        "de": (
            r"\b(?:Treffen|traf|trafen|zusammengetroffen|getroffen|Unterredung|Gipfel|"
            r"unterzeichneten|unterzeichnete|paraphierten|mit am (?:Verhandlungs)?[Tt]isch|"
            r"im Beisein)\b|\bsetzten\b" + _GAP + r"\b(?:Initialen|Unterschriften)\b"
        ),
        "en": (
            r"\b(?:met|meeting|summit|talks in|put their names to|looking on|"
            r"in the presence of|at the (?:negotiating )?table)\b"
        ),
    },
    "visit": {
        "de": r"\b(?:gereist|reiste\w*|besuchte\w*|Besuch|Reise)\b",
        "en": r"\b(?:visited|visit|travel(?:l)?ed to|trip to)\b",
    },
    "negotiation_round": {
        "de": r"\b(?:Verhandlungen|Gespräche|Verhandlungstag\w*|Verhandlungsrunde)\b",
        "en": r"\b(?:talks|negotiations|technical talks)\b",
    },
    # -- modality ---------------------------------------------------------------------------
    "konjunktiv": {
        "de": (
            r"\b(?:sei|seien|habe|hätten|hätte|werde|wolle|könne|müsse|müssten|solle|tue|"
            r"verpflichte|erhalte|liefere|würden|wäre|komme|gebe|stehe|gelte|bleibe|liege|gehe|"
            r"brauche|wisse|dürfe|möge|plane|halte|sehe|lasse|nehme|bestehe|beginne|strebe|"
            r"erwarte|verlange|fordere|lehne|stimme|akzeptiere|unterstütze|begrüße)\b"
        ),
        # English backshift in reported speech: "would have to", "had been"
        "en": r"\b(?:would|had to)\b",
    },
    "future": {
        "de": r"\b(?:sollen|soll|werden|wird|will|wollen|geplant|vorgesehen)\b",
        "en": r"\b(?:will|would|is to|are to|planned|due to)\b",
    },
    "negation": {
        "de": r"\b(?:nicht|kein|keine|keinen|niemals|nie)\b",
        "en": r"\b(?:not|no|never|n't)\b",
    },
}


@functools.cache
def cue(family: str, language: str) -> re.Pattern[str]:
    """Return the compiled pattern of a cue family in a language.

    Parameters
    ----------
    family
        A key of :data:`CUES`, e.g. 'accept', 'condition', 'say'.
    language
        'de' or 'en'.

    Returns
    -------
    re.Pattern
        Case-insensitive.
    """
    return re.compile(CUES[family][language], re.IGNORECASE)


def _extend(*tables: dict[str, dict[str, str]]) -> None:
    """Add the patterns of further cue tables to :data:`CUES`, in order.

    A family already there gets the pattern as another alternative; a new family is added.
    """
    for table in tables:
        for family, patterns in table.items():
            for language, pattern in patterns.items():
                known = CUES.setdefault(family, {}).get(language)
                CUES[family][language] = pattern if known is None else f"{known}|{pattern}"


_extend(*TABLES)
