"""Proposals: a proposal cue, the actions around it, and who proposes to whom.

The proposer is, in order: a name inside the cue ("US-Vorschlag"), a name or adjective
right before it ("Trump's suggestion", "amerikanischen Vorstoß"), a name right after it
("Vorschlag der USA", "proposal by Kyiv"), an agent ("von den USA vorgeschlagen"), and
otherwise the first name in the sentence that can be a subject. A proposal reported
twice (same proposer, same action) becomes one proposal with two evidence spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from kg.codes import PartyKind
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.numbers import find_durations
from kg.extract.parties import PartyMention, adjective_party, state_of
from kg.extract.rules.terms import TermHit

__all__ = ["add_expectation", "add_proposals", "find_proposer", "term_fields", "unreal"]

_AFTER: re.Pattern[str] = re.compile(
    r"^\s*(?:der|des|von|vom|by|from|of)\s+(?:der|den|dem|the)?\s*$", re.IGNORECASE
)
_APPEAL: re.Pattern[str] = re.compile(
    r"\b(?:riefen|rief|forderte|forderten|fordert|urged|called on|asked|pressed|"
    r"(?:had |has )?(?:written|wrote|writing) to|(?:a )?letter to|schrieb\w* an|"
    r"(?:einem |einen )?Brief an|Schreiben an)\b",
    re.IGNORECASE,
)
_HE: re.Pattern[str] = re.compile(r"\b(?:he|she|er|sie)\s+\S*\s*$", re.IGNORECASE)
_THEY: re.Pattern[str] = re.compile(r"\b(?:sie|they)\b", re.IGNORECASE)
#: "schlug er … vor": the pronoun inside a separable verb.
_PRONOUN_IN: re.Pattern[str] = re.compile(r"\s(?:er|sie)\s", re.IGNORECASE)
#: Proposal cues that are nouns ("einem Vorschlag … zugestimmt", "accepted the plan").
_NOUN_CUE: re.Pattern[str] = re.compile(
    r"(?:\w+-)?(?:Vorschlag\w*|Vorschläge|Vorstoß|Vorstoss|Angebot\w*|Plan\w*|Anregung|"
    r"Forderung\w*|Aufruf\w*)|proposals?|suggestions?|offers?|plans?|ideas?|appeals?"
)
#: Readiness is no answer to a proposal ("X offered talks and was ready to …").
_WEAK: re.Pattern[str] = re.compile(r"bereit|ready to", re.IGNORECASE)
#: Where a relative or new clause begins, so a later verb has another subject.
_CLAUSE_BREAK: re.Pattern[str] = re.compile(
    r"[;:–]|,\s*(?:which|that|who|die|der|das|den|welche\w*|and|und|but|aber)\b", re.IGNORECASE
)
_CALL_FOR: re.Pattern[str] = re.compile(r"\s+(?:nach|for)\b", re.IGNORECASE)
#: Proposal nouns whose "for" / "nach" names what is demanded, not who demands it.
_DEMAND_NOUN: re.Pattern[str] = re.compile(
    r"Forderung|Aufruf|calls?\b|appeals?\b|demands?\b", re.IGNORECASE
)
#: Words that may stand inside a compound before a proposal noun besides its terms.
_COMPOUND_WORD: re.Pattern[str] = re.compile(
    r"peace|truce|new|latest|revised|own|original|draft|Friedens\w*", re.IGNORECASE
)
#: A clause that only supposes or asks: "ob", "whether", clause-initial "if", "sollte".
_SUPPOSED: re.Pattern[str] = re.compile(
    r"\b(?:ob|whether)\b|^\s*(?:(?:und|and|but|aber|doch)\s+)?"
    r"(?:if|falls|wenn|sollte|sollten|should|unless)\b",
    re.IGNORECASE,
)
#: An indefinite article right before a proposal noun: "whether Russia makes an offer".
_INDEFINITE: re.Pattern[str] = re.compile(
    r"\b(?:a|an|any|new|ein|eine|einen|einem|neue\w*)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: A denial right before the cue: "keinen Vorschlag", "has not put forward", "never offered".
_DENIED_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:kein\w*|no|not|never|nie|niemals|nicht|n't)\s+(?!only\b|nur\b)(?:(?:yet|formally|publicly|"
    r"offiziell|bislang|bisher|noch|einmal|any|a|an|einen|eine)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A denial inside a separable cue: "schlug keine Waffenruhe vor", "bot nicht an".
_DENIED_IN: re.Pattern[str] = re.compile(r"\s(?:kein\w*|nicht|nie)\s(?!nur\b)", re.IGNORECASE)
#: Participles of proposing, and the auxiliaries of a passive clause around them.
_PARTICIPLE: re.Pattern[str] = re.compile(
    r"angeboten|vorgeschlagen|vorgelegt|unterbreitet|aufgefordert|aufgerufen|offered|proposed|"
    r"urged|asked|suggested|put forward",
    re.IGNORECASE,
)
_PASSIVE_AUX: re.Pattern[str] = re.compile(
    r"\b(?:wurde|wurden|worden|wird|werden|was|were|been|is|are|being)\b", re.IGNORECASE
)
#: A proposal told in the (plu)perfect is background the outlet gives in its own voice:
#: "hatte … angeboten", "hat vorgeschlagen", "had offered", "has proposed".
_BACKGROUND: re.Pattern[str] = re.compile(
    r"\b(?:hatte|hatten|hat|haben|had|has|have)\b[^,;:]{0,80}?\b(?:angeboten|vorgeschlagen|"
    r"unterbreitet|vorgelegt|angeregt|offered|proposed|suggested|put forward|floated|tabled)"
    r"\s*[^\w\s]?$",
    re.IGNORECASE,
)
_AGENT: re.Pattern[str] = re.compile(r"\b(?:von|by)\s+(?:der|den|dem|the)?\s*$", re.IGNORECASE)


def term_fields(hit: TermHit) -> dict[str, Any]:
    """Return the fields of a :class:`kg.model.Term` for a term hit."""
    fields: dict[str, Any] = {"action": hit.action, "scope": hit.scope}
    if hit.duration is not None:
        fields["duration"] = hit.duration
    if hit.quantity is not None:
        fields["quantity"] = hit.quantity
        if hit.unit:
            fields["unit"] = hit.unit
    return fields


def find_proposer(
    ctx: Context,
    start: int,
    end: int,
    addressed: frozenset[int] = frozenset(),
    earlier: Sequence[PartyMention] = (),
) -> tuple[str | None, float]:
    """Return the party proposing at the cue ``start:end`` and how sure that is.

    Mentions starting at an offset in ``addressed`` are addressees, never the proposer;
    ``earlier`` are the mentions of the sentences before, for "he proposed".
    """
    text = ctx.text
    # "Die Ukraine schlug Russland … vor": inside a separable verb, after its subject, the
    # addressee; "Am Montag schlug Russland … vor": with no subject before, the subject
    split = " " in text[start:end] and any(m.start not in addressed for m in ctx.actors(0, start))
    for m in ctx.mentions:
        if start <= m.start and m.end <= end and not split:
            return state_of(m.party_id), 0.85
    for m in ctx.mentions:
        if m.start in addressed:
            continue  # "wrote to Erdogan and Guterres proposing …": not Guterres's proposal
        if 0 <= start - m.end <= 3 and text[m.end : start].strip() in ("", "’s", "'s", "-"):
            return state_of(m.party_id), 0.8
    for m in ctx.mentions:  # "the US ceasefire proposal": the name before a compound
        if m.end < start and m.start not in addressed and _compound(ctx, m.end, start):
            return state_of(m.party_id), 0.75
    for m in ctx.mentions:  # "der Vorschlag Kiews", "die Initiative Chinas": a genitive
        genitive = ctx.language == "de" and m.text.endswith("s") and m.start - end == 1
        if genitive and not text[end : m.start].strip():
            return state_of(m.party_id), 0.8
    word = re.search(r"(\S+)\s+$", text[:start])
    if word:
        party = adjective_party(word.group(1).strip("–-"))
        if party is not None:
            return party, 0.7
    for m in ctx.mentions:
        if 0 <= m.start - end <= 14 and _AFTER.match(text[end : m.start]):
            return state_of(m.party_id), 0.8
    for m in ctx.mentions:
        if 0 <= start - m.end <= 6 and _AGENT.search(text[max(0, m.start - 12) : m.start]):
            return state_of(m.party_id), 0.75
    agent = _passive_agent(ctx, start, end)
    if agent is not None:  # "Selenskyj wurde von Putin … angeboten", "was offered … by Russia"
        return agent, 0.7
    actors = [m for m in ctx.actors() if m.start not in addressed]
    if _CALL_FOR.match(text[end:]) and (
        _DEMAND_NOUN.match(text, start) or not [m for m in actors if m.end <= start]
    ):  # "Der Forderung nach …": whose, the sentence may not say; "X tabled a plan for": X
        return None, 0.0
    if ctx.language == "en" and addressed and not [m for m in actors if m.end <= start]:
        # "he had written to X and Y proposing that … with Ukraine, Turkey and the UN":
        # English subjects come first; after a letter or appeal, later names are its content
        actors = []
    if actors:
        if _responds(ctx, actors[0], start):
            return None, 0.0  # "X stimmte einem Vorschlag … zu": X responds, who proposed?
        return state_of(actors[0].party_id), 0.6
    speaker = ctx.speaker_state()
    he = _HE.search(text[:start]) or _PRONOUN_IN.search(text[start:end])
    if speaker is None and he and earlier:
        persons = [m for m in earlier if m.kind is PartyKind.person]  # "he proposed"
        if persons:
            return state_of(persons[-1].party_id), 0.5
    return speaker, 0.5


def _passive_agent(ctx: Context, start: int, end: int) -> str | None:
    """Return the agent of a passive proposal clause: "wurde von Putin … angeboten".

    The cue is a participle, the clause has a passive auxiliary before it, and a party
    follows "von" / "by" in the clause (German before the participle, English after too).
    """
    if not _PARTICIPLE.fullmatch(ctx.text[start:end]):
        return None
    lo = max((m.end() for m in re.finditer(r"[,;:]", ctx.text[:start])), default=0)
    stop = re.search(r"[,;:]", ctx.text[end:])
    hi = end + stop.start() if stop else len(ctx.text)
    if not _PASSIVE_AUX.search(ctx.text[lo:start]):
        return None
    for m in ctx.mentions:
        if lo <= m.start < hi and _AGENT.search(ctx.text[max(lo, m.start - 12) : m.start]):
            return state_of(m.party_id)
    return None


def _compound(ctx: Context, start: int, end: int) -> bool:
    """Return True if ``text[start:end]`` is the rest of a compound before a proposal noun.

    "the US ceasefire proposal", "Russia's peace plan": one or two words, each inside a
    term the sentence names or a word like "peace"; never a verb ("Russia welcomed the").
    """
    possessive = re.match(r"(?:'s|’s)?", ctx.text[start:end])
    start += possessive.end() if possessive else 0
    gap = ctx.text[start:end]
    words = list(re.finditer(r"\S+", gap))
    if not 1 <= len(words) <= 2 or not gap[:1].isspace():
        return False
    for word in words:
        at = start + word.start()
        in_term = any(t.start <= at < t.end for t in ctx.terms)
        if not in_term and not _COMPOUND_WORD.fullmatch(word.group()):
            return False
    return True


def unreal(ctx: Context, start: int, end: int) -> bool:
    """Return True if the proposal cue at ``start:end`` is asked about, supposed or denied.

    "Ob die USA … vorschlagen werden", "If Russia proposed …", "Sollte Moskau … anbieten",
    "Will Russia offer …?", "keinen Vorschlag", "has not put forward": no proposal.
    """
    text = ctx.text
    if text.rstrip().endswith("?"):
        return True
    clause = re.split(r"[,;:]", text[:start])[-1]
    noun = _NOUN_CUE.fullmatch(text[start:end]) is not None and not re.search(
        r"\b(?:will|would|to|could|might|may|shall|should|can|did|does|do)\s+$", clause
    )  # "whether Washington will offer …": the verb
    # "ob Russland den Vorschlag der USA annimmt": the proposal stands, its answer is open
    if _SUPPOSED.search(clause) and (not noun or _INDEFINITE.search(clause)):
        return True
    return bool(_DENIED_BEFORE.search(clause) or _DENIED_IN.search(text[start:end]))


def _span(ctx: Context, match: re.Match[str], terms: Sequence[TermHit]) -> tuple[int, int]:
    """Return the evidence of a proposal: from its cue (and a possessor) to its terms' end.

    "Trump's suggestion that Russia and Ukraine mutually refrain … for 30 days": the
    phrase up to the next comma, semicolon or dash after the last term.
    """
    start = min(match.start(), terms[0].start)
    owner = [  # "Trump's suggestion", "US-Vorschlag"
        m for m in ctx.mentions if ctx.text[m.end : start] in ("'s ", "’s ", "-", "s ")
    ]
    if owner:
        start = owner[0].start
    last = max(match.end(), max(t.end for t in terms))
    stop = re.compile(r"[,;:–]").search(ctx.text, last)
    return ctx.span(start, stop.start() if stop else len(ctx.text))


def _responds(ctx: Context, actor: PartyMention, cue_start: int) -> bool:
    """Return True if ``actor`` is the subject of a stance on the proposal (it answers it).

    "Die RSF haben einem Vorschlag … zugestimmt", "X accepted the plan": a stance cue of
    the actor's own clause (no other party and no clause break between them).
    """
    if not _NOUN_CUE.fullmatch(ctx.text[cue_start:].split(" ", 1)[0].strip(",.;:")):
        return False  # "X proposed …", "X schlug … vor": the actor proposes
    for family in ("accept", "reject", "no_response", "declines_comment"):
        for found in cue(family, ctx.language).finditer(ctx.text, actor.end):
            if cue_start <= found.start() < cue_start + 2 or _WEAK.fullmatch(found.group()):
                continue  # the proposal cue itself ("offer"), or a mere readiness
            between = ctx.text[actor.end : found.start()]
            others = [
                m for m in ctx.actors(actor.end, found.start()) if m.party_id != actor.party_id
            ]
            if not others and not _CLAUSE_BREAK.search(between):
                return True
            break
    return False


def _voice(
    ctx: Context, start: int, end: int, addressed: frozenset[int], earlier: Sequence[PartyMention]
) -> dict[str, Any]:
    """Return who voices a proposal the sentence does not attribute: its person or office.

    "Zelensky proposed …", "he proposed …" (the last person named before), "schlug er …
    vor": the person who makes the proposal is its source; a state is not.
    """
    if _BACKGROUND.search(ctx.text[:end]):
        return {}  # "Selenskyj hatte angeboten", "Kyiv had offered": the outlet's background
    actors = [m for m in ctx.actors(0, start) if m.start not in addressed]
    if actors:
        return ctx.voiced(actors[0])
    if _HE.search(ctx.text[:start]) or _PRONOUN_IN.search(ctx.text[start:end]):
        persons = [m for m in earlier if m.kind is PartyKind.person]
        if persons:
            return ctx.voiced(persons[-1])
    return {}


def _appeal(
    ctx: Context, previous: Sequence[Context], joint: frozenset[int] = frozenset()
) -> tuple[set[int], tuple[str, ...]]:
    """Return who an appeal addresses (mention starts) and, for "sie riefen", who appeals.

    "riefen sie Russland dazu auf", "forderte die Ukraine auf", "urged Kyiv": the name
    right after the verb is the addressee; a pronoun subject stands for the parties of
    the sentence before.
    """
    match = _APPEAL.search(ctx.text)
    if match is None:
        return set(), ()
    near = sorted(
        m.start for m in ctx.mentions if 0 <= m.start - match.end() <= 20 and not m.compound
    )
    before = [m for m in ctx.actors(0, match.start()) if m.start not in joint]
    if ctx.language == "de" and len(near) >= 2 and not before:
        near = near[1:]  # verb-second: "forderte Frankreich Russland auf", the subject first
    addressed = set(near)
    subject: tuple[str, ...] = ()
    pronoun = _THEY.search(ctx.text, match.end(), match.end() + 6) or _THEY.search(
        ctx.text, max(0, match.start() - 6), match.start()
    )  # "riefen sie … auf", "they called on …"
    if pronoun and previous:
        found = {state_of(m.party_id) for m in previous[-1].actors()}
        subject = tuple(sorted(found))
    return addressed, subject


#: "Zusammen mit dem ukrainischen Präsidenten Selenskyj riefen sie …", "together with
#: Kyiv": who proposes jointly with the subject.
_TOGETHER: Final = re.compile(
    r"\b(?:zusammen mit|gemeinsam mit|together with|jointly with|along with|alongside)\s+"
    r"(?:(?:dem|der|den|the)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _together(ctx: Context) -> dict[int, str]:
    """Return the mentions named as proposing together with the subject: start → party."""
    return {
        m.start: m.party_id
        for m in ctx.parties()
        if _TOGETHER.search(ctx.text[max(0, m.start - 60) : m.start])
    }


_AND: Final = re.compile(r"\s*(?:,|und|and|sowie)\s*(?:die|der|das|the)?\s*", re.IGNORECASE)


def _coordinated(ctx: Context, party: str, addressed: frozenset[int]) -> tuple[str, ...]:
    """Return ``party`` and the parties joined to its mention ("Kuba und Norwegen riefen")."""
    actors = [m for m in ctx.actors() if m.start not in addressed]
    at = next((i for i, m in enumerate(actors) if state_of(m.party_id) == party), None)
    if at is None:
        return (party,)
    group = [actors[at]]
    for before in reversed(actors[:at]):
        if not _AND.fullmatch(ctx.text[before.end : group[0].start]):
            break
        group.insert(0, before)
    for after in actors[at + 1 :]:
        if not _AND.fullmatch(ctx.text[group[-1].end : after.start]):
            break
        group.append(after)
    return tuple(sorted({state_of(m.party_id) for m in group}))


def add_proposals(ctx: Context, draft: Draft, previous: Sequence[Context] = ()) -> DraftFact | None:
    """Add the proposal a sentence reports, or add evidence to an earlier account of it.

    A proposal noun with a duration but no action of its own ("den Vorschlag einer
    solchen 30-tägigen Pause") takes the action of the nearest of the ``previous``
    sentences (nearest last) that names one.
    """
    match = cue("proposal", ctx.language).search(ctx.text)
    if match is None or unreal(ctx, match.start(), match.end()):
        return None
    if not ctx.terms:
        durations = find_durations(ctx.text, ctx.language)
        before = [c for c in previous if c.terms]
        if not before or not durations:
            return None
        hit = before[-1].terms[0]
        ctx = replace(ctx, terms=(replace(hit, start=match.end(), duration=durations[0].iso),))
    joint = _together(ctx)
    addressed, subject = _appeal(ctx, previous, frozenset(joint))
    addressed -= set(joint)
    named_before = [m for c in previous for m in c.mentions]
    proposer, confidence = find_proposer(
        ctx, match.start(), match.end(), frozenset(addressed | set(joint)), named_before
    )
    proposers: tuple[str, ...] = subject or (() if proposer is None else (proposer,))
    if len(proposers) == 1:
        proposers = _coordinated(ctx, proposers[0], frozenset(addressed))
    voice = (
        {}
        if subject
        else _voice(ctx, match.start(), match.end(), frozenset(addressed), named_before)
    )
    if not proposers:
        return None
    proposers = tuple(sorted({*proposers, *(state_of(joint[at]) for at in joint)}))
    terms = [t for t in ctx.terms if t.start >= match.start()] or list(ctx.terms)
    actions = {t.action for t in terms}
    span = _span(ctx, match, terms)
    for earlier in draft.section("proposals"):
        same = earlier.fields["proposed_by"] == proposers and actions & {
            t["action"] for t in earlier.fields["terms"]
        }
        if same:
            earlier.add_span(*span)
            for t, hit in zip(earlier.fields["terms"], terms, strict=False):
                if "duration" not in t and hit.duration is not None and t["action"] == hit.action:
                    t["duration"] = hit.duration
            return earlier
    named = [m for m in ctx.parties() if m.start in addressed] or ctx.parties()
    to = sorted({state_of(m.party_id) for m in named} - {*proposers, ctx.speaker_state() or ""})
    seen: set[object] = set()
    fields_terms = []
    for hit in terms:
        if hit.action not in seen:
            seen.add(hit.action)
            fields_terms.append(term_fields(hit))
    fields: dict[str, Any] = {
        "proposed_by": proposers,
        "proposed_to": tuple(to),
        "terms": fields_terms,
        **(ctx.common() or voice),
    }
    rule = f"{ctx.language}.proposal.{slug(match.group().split()[0])[:24].strip('-')}"
    return draft.add(
        "proposals",
        slug(proposers[0], terms[0].action.value, "proposal"),
        fields,
        span,
        rule=rule,
        confidence=confidence,
        sentence=ctx.sentence.index,
    )


#: An expectation that another party do the same: "expected the Ukrainian side to follow
#: its example", "urged Kyiv to follow suit", "erwarte, dass Kiew dem Beispiel folge".
_EXPECT: Final = {
    "de": re.compile(
        r"\b(?:erwarte\w*|forder\w*|rief\w*|appellierte\w*)\b(?P<gap>[^.;]{0,80}?)"
        r"\b(?:(?:dem|seinem|ihrem|diesem)\s+Beispiel\s+(?:zu\s+)?folg\w*|"
        r"es\s+(?:ihr|ihm|ihnen)\s+gleich(?:zu)?tu\w*|nachzuziehen|nachziehe\w*|"
        r"ebenso\s+zu\s+verfahren|dasselbe\s+zu\s+tun|das\s+Gleiche\s+zu\s+tun)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:expect\w*|urg\w*|called on|calls on|asked|wants?|wanted)\b(?P<gap>[^.;]{0,80}?)"
        r"\bto\s+(?:follow\s+(?:its|his|her|their|this|that|the)\s+(?:example|lead)|"
        r"follow\s+suit|do\s+the\s+same|do\s+likewise|reciprocate)\b",
        re.IGNORECASE,
    ),
}
#: The other side named by its state's adjective: "the Ukrainian side", "die russische Seite".
_SIDE: Final = re.compile(r"\b(?P<adj>[\w-]+)\s+(?:side|Seite)\b", re.IGNORECASE)


def add_expectation(
    ctx: Context, draft: Draft, previous: Sequence[Context] = ()
) -> DraftFact | None:
    """Add the proposal that another party do as the proposer did ("follow its example").

    The proposer is the subject before the verb of expecting (or the speaker), the
    addressee the party named between it and the imitation; the term is the latest
    action of this or the ``previous`` sentences (nearest last), done by the addressee.
    """
    match = _EXPECT[ctx.language].search(ctx.text)
    if match is None:
        return None
    before = ctx.actors(0, match.start())
    proposer = state_of(before[-1].party_id) if before else ctx.speaker_state()
    gap_start, gap_end = match.span("gap")
    named = [state_of(m.party_id) for m in ctx.parties(gap_start, gap_end)]
    if not named:
        side = _SIDE.search(ctx.text, gap_start, gap_end)
        party = adjective_party(side["adj"]) if side else None
        named = [party] if party else []
    if proposer is None or not named or named[0] == proposer:
        return None
    hits = [h for c in [*previous, ctx] for h in c.terms if c is not ctx or h.start < match.start()]
    if not hits:
        return None
    term = {**term_fields(hits[-1]), "actor": (named[0],)}
    return draft.add(
        "proposals",
        slug(proposer, hits[-1].action.value, "expectation"),
        {"proposed_by": (proposer,), "proposed_to": (named[0],), "terms": [term], **ctx.common()},
        ctx.span(before[-1].start if before else match.start(), match.end()),
        rule=f"{ctx.language}.proposal.expectation",
        confidence=0.4,
        sentence=ctx.sentence.index,
    )
