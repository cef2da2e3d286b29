"""When a stance cue is no stance on a proposal: the guards of :mod:`kg.extract.rules.positions`.

A stance verb is no stance on anything drafted when the sentence is a question, when the
cue stands in an open question, another's expectation or a denial ("whether Russia will
accept", "analysts expect Russia to reject", "denied that it had rejected"), when the
approval is one someone needs or works for ("would require Kyiv's consent"), when guests
are welcomed, when the verb's object names no proposal, deal, decision or act ("welcomed
the return of the children", "rejected the idea that it was losing the war", "called the
shelling unacceptable") and when a refusal is to do something no proposal is about
("refused to let journalists in"). A silence keeps whatever it is about: the annotations
take "declined to comment on X" as a silence on the matter at hand.
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import Context

__all__ = ["BACK_REFERENCE", "not_taken"]

#: Words referring back to what was put to the holder: "dazu bereit", "ready to do so".
BACK_REFERENCE: Final = re.compile(
    r"\b(?:dazu|darauf|dafür|dies\w*|do so|do that|that|this|it)\b", re.IGNORECASE
)


#: What makes a stance cue no stance of the sentence's parties: an open question ("whether
#: Russia will accept", "ob Russland zustimmt"), another's expectation ("analysts expect
#: Russia to reject", "erwarten, dass Moskau … ablehnt") or a denial ("denied that it had
#: rejected", "bestritt, … abgelehnt zu haben"), in the clause before the cue.
_NOT_TAKEN = re.compile(
    r"\b(?:ob|erwarte\w*|rechne\w*\s+damit|bestritt\w*|bestreite\w*|dementierte\w*|"
    r"dementiert)\b[^.;:]{0,70}$|"
    r"\b(?:whether|expect\w*|anticipat\w*|predict\w*|denied|denies|deny|denying)\b"
    r"[^.;:,]{0,70}$",  # English: "a charge the group denied, insisting it remained …"
    re.IGNORECASE,
)
#: A welcome of visitors, not of a proposal: "welcomed the Chinese delegation".
_VISITORS = re.compile(
    r"\s+(?:the|die|den|der|das)?\s*(?:[\w-]+\s+){0,2}?(?:delegation|Delegation|visitors?|"
    r"guests?|Gäste|Gast|envoys?|Gesandte\w*|Besuch\w*|visit)\b",
    re.IGNORECASE,
)


#: An approval someone needs, seeks or works for, not one a sentence reports given: "would
#: require Kyiv's consent", "played a part in winning Iran's consent".
_NEEDED = re.compile(
    r"\b(?:requir\w*|need\w*|without|seek\w*|sought|win|winning|won|secur\w*|obtain\w*|"
    r"benötig\w*|erforder\w*|bedarf|bedürfe\w*|brauch\w*|ohne|gewinn\w*|gewonnen|"
    r"einzuholen|einholen|eingeholt)\b[^.;:,]{0,25}$",
    re.IGNORECASE,
)


#: What a stance can answer, named as the object of its verb: a proposal, a deal, a
#: decision, a demand or a text ("welcomed the decision", "lehnte den Entwurf ab").
_ANSWERABLE = re.compile(
    r"\b(?:Vorschl\w*|Vorstoß\w*|Vorstoss\w*|Angebot\w*|Plan|Plans|Pläne\w*|Initiative\w*|"
    r"Forderung\w*|Idee\w*|Aufruf\w*|Appell\w*|Anregung\w*|Entwurf\w*|Abkommen\w*|"
    r"Vereinbarung\w*|Einigung\w*|Übereinkunft|Deal\w*|Bedingung\w*|Entscheidung\w*|"
    r"Beschluss\w*|Beschlüsse\w*|Schritt\w*|Ankündigung\w*|Erklärung\w*|Text\w*|"
    r"Resolution\w*|Ultimatum\w*|Frist\w*|Fahrplan\w*|Paket\w*|Vermittlung\w*|"
    r"proposal\w*|offer\w*|plans?|initiatives?|demands?|ideas?|calls?|appeals?|suggestions?|"
    r"drafts?|deals?|agreements?|accords?|arrangements?|understanding|truce|terms|"
    r"conditions?|decisions?|move|steps?|announcement|statement|text|framework|resolution|"
    r"ultimatum|deadline|package|roadmap|mediation|approval|outcome|results?|Ergebnis\w*|"
    r"\w*[Pp]ause|moratorium|Moratorium|halt|Stopp)\b",
    re.IGNORECASE,
)
#: A claim rather than a proposal: "the idea that it was losing the war".
_CLAIM = re.compile(
    r"\b(?:idea|notion|suggestion|Idee|Vorstellung)\s*,?\s+(?:that|dass|es|sie|er)\b",
    re.IGNORECASE,
)
#: The start of a noun phrase object: an article, a possessive, a name's genitive, or an
#: adjective or noun ("Western sanctions", "westliche Sanktionen") — not a pronoun, an
#: infinitive, a preposition or an adverb ("turned it down", "refused to …", "outright").
_OBJECT_START = re.compile(
    r"\s*(?:the|a|an|its|their|his|her|any|der|die|das|den|dem|des|ein\w*|sein\w*|ihr\w*|"
    r"kein\w*|jede\w*|[A-ZÄÖÜ][\w-]+(?:'s|’s)|"
    r"(?!(?:it|this|that|them|these|those|to|on|in|at|by|for|with|from|as|again|also|all|"
    r"both|each|either|neither|none|he|she|they|we|er|wir|man|sich|darauf|dazu|darüber|"
    r"davon|dem|den|dessen|alle|allen|beide\w*|whether|ob|when|wann|how|wie|what|was|"
    r"outright|out|off|down|up|ihn|sie|es|ihm|ihnen|dies\w*|das|zu|auf|an|in|am|im|mit|für|"
    r"als|nicht|jedoch|aber|auch|zudem|dann|sofort|umgehend|erneut|bereits|schon)\b)"
    r"[\w-]+(?<!ly))\s",
)
#: A characterisation: "called the shelling unacceptable", "bezeichnete … als inakzeptabel".
_CALLED = re.compile(
    r"\b(?:called|calls|described|describes|termed|branded|bezeichnete\w*|bezeichnet|"
    r"nannte\w*|nennt)\b(?P<object>[^.;:]{0,80}?)\s*(?:\bas\b|\bals\b)?\s*(?:an?\s+|eine?n?\s+)?$",
    re.IGNORECASE,
)
#: German verb particles that close a separable stance verb around its object.
_PARTICLE = re.compile(r"\s(?:an|ab|zu|zurück|ein|auf|aus|vor|mit)$")


def _foreign_object(ctx: Context, match: re.Match[str]) -> bool:
    """Return True if the stance verb's object is something no stance on a proposal is about.

    "welcomed the return of the children", "nahm das Beglaubigungsschreiben … an",
    "rejected the idea that it was losing the war": a noun phrase object that names no
    proposal, deal, decision or act (and no act in a clause of its own).
    """
    text = match.group()
    if text[:1].isupper() or text.startswith(("'s", "’s")):
        return False  # a stance noun ("Russia's rejection came", "eine klare Absage")
    called = _CALLED.search(ctx.text, max(0, match.start() - 100), match.start())
    if called is not None and called.group("object").strip():
        a, b = called.span("object")
        return not (
            _ANSWERABLE.search(ctx.text, a, b)
            or BACK_REFERENCE.search(ctx.text, a, b)
            or any(a <= t.start < b for t in ctx.terms)
        )
    if _PARTICLE.search(text) and " " in text.strip():
        first = re.match(r"\S+", text)
        start = match.start() + (first.end() if first else 0)
        end = match.end() - len(_PARTICLE.search(text).group())  # type: ignore[union-attr]
    else:
        start = match.end()
        stop = re.compile(r"[,;:.–]|\s(?:and|und|but|aber)\s").search(ctx.text, start)
        end = min(stop.start() if stop else len(ctx.text), start + 80)
    window = ctx.text[start:end]
    if not _OBJECT_START.match(window):
        return False
    if any(start <= t.start < end for t in ctx.terms):
        return False  # "accepted the ceasefire", "backed the halt to strikes"
    answerable = _ANSWERABLE.search(ctx.text, start, end)
    if answerable is None:
        return True
    claim = _CLAIM.search(ctx.text, answerable.start(), answerable.end() + 12)
    return claim is not None and not any(t.start >= answerable.end() for t in ctx.terms)


#: A refusal, which takes an infinitive: "refused to let journalists in", "weigerte sich, …".
_REFUSAL = re.compile(r"\brefus\w+ to\b|\bweiger\w*\s+sich\b", re.IGNORECASE)
#: What a refusal to act on a proposal names: signing, joining, taking part, talking.
_ANSWER_ACT = re.compile(
    r"\b(?:sign\w*|join\w*|accept\w*|agree\w*|attend\w*|take part|negotiat\w*|talk\w*|"
    r"respond\w*|reply|answer|comply|abide|endorse|back|unterzeichn\w*|unterschreib\w*|"
    r"beizutreten|beitreten|teilzunehmen|teilnehmen|verhandeln|zuzustimmen|zustimmen|"
    r"akzeptieren|anzunehmen|annehmen|einzulassen|einlassen|einzuhalten|einhalten|"
    r"sprechen|antworten|reagieren)\b",
    re.IGNORECASE,
)


def _idle_refusal(ctx: Context, match: re.Match[str]) -> bool:
    """Return True for a refusal to do something no proposal is about.

    "refused to let journalists into the area", "weigerte sich, Journalisten in das Gebiet
    zu lassen": the infinitive names no act, no proposal or deal and no act of answering.
    """
    refusal = _REFUSAL.match(ctx.text, match.start())
    if refusal is None:
        return False
    end = ctx.clause_end(refusal.end())
    stop = re.compile(r"[;.]|,\s+(?:while|but|aber|während|sagte|said)\b").search(
        ctx.text, refusal.end()
    )
    end = min(end, stop.start() if stop else end)
    if any(refusal.end() <= t.start < end for t in ctx.terms):
        return False
    rest = ctx.text[refusal.end() : end]
    return not (_ANSWERABLE.search(rest) or _ANSWER_ACT.search(rest) or BACK_REFERENCE.search(rest))


def not_taken(ctx: Context, match: re.Match[str], silent: bool = False) -> bool:
    """Return True if the cue is a question, an expectation, a denial or a welcome of guests.

    A silence keeps whatever it is about ("declined to comment on military operations"):
    the annotations take it as a silence on the matter at hand.
    """
    if ctx.text.rstrip().endswith("?"):
        return True
    if silent:
        return bool(_NOT_TAKEN.search(ctx.text, max(0, match.start() - 70), match.start()))
    if _foreign_object(ctx, match) or _idle_refusal(ctx, match):
        return True
    if _NEEDED.search(ctx.text, max(0, match.start() - 40), match.start()):
        return True
    if _NOT_TAKEN.search(ctx.text, max(0, match.start() - 70), match.start()):
        return True
    return bool(_VISITORS.match(ctx.text, match.end()))
