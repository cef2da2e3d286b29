"""Positions: accepts, accepts with conditions, rejects, considers, no response, declines comment.

The stance comes from the first cue family that matches (declines comment, no response,
reject, considers, accept); a denial of an accusation ("rejected the accusation"),
readiness to fight back ("stand ready to repel"), readiness for something no proposal is
about ("bereit, die Kontakte fortzusetzen") and an acceptance inside a condition clause
("sobald Russland zugestimmt hat") are no stance, nor is a cue that
:mod:`kg.extract.rules.nonstances` rules out (a question, an expectation, a denial, an
object no proposal is about). A holder coordinated with others ("Russia and China
rejected …") shares the stance. The holder is the
possessor of a stance noun ("Russia's rejection"), the agent of a passive or relative
clause ("which Ukraine accepted", "wurde von Kiew angenommen"), or the first name in the
sentence that can be a subject (in German also after the verb: "Darauf habe sich Putin
eingelassen"); "man"/"wir"/"we" before the cue stand for the speaker's state, a personal
pronoun ("verneinte er dann") or a sentence naming no party for the holder of the sentence
before, "Thai officials" / "die russische Seite" for their state. What the position
regards is resolved by :mod:`kg.extract.rules.regarded`. An acceptance with a condition
clause becomes a conditional acceptance with its commitment and condition. A stance a
person or a speaking office takes ("Zelensky rejected …", "the White House welcomed …") is
attributed to them when the sentence has no source of its own; evidence is the part of
the sentence from the holder to the cue.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.codes import ActionType, PartyKind, Stance
from kg.extract.context import CAPITAL, Context
from kg.extract.draft import REACH, Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import PartyMention, adjective_party, gazetteer, state_of
from kg.extract.rules.conditions import (
    ConditionClause,
    add_conditional_commitment,
    find_clause,
)
from kg.extract.rules.nonstances import BACK_REFERENCE, not_taken
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.regarded import PROPOSAL_WORD, regarded_facts
from kg.extract.rules.terms import find_terms

__all__ = ["add_commitment", "add_position"]

_ORDER = (
    ("declines_comment", Stance.declines_comment, 0.7),
    ("no_response", Stance.no_response, 0.7),
    ("reject", Stance.rejects, 0.65),
    ("considers", Stance.considers, 0.5),
    ("accept", Stance.accepts, 0.6),
)
#: An infinitive of acceptance that someone else asks for ("forderte … auf, … zuzustimmen").
_ASKED = re.compile(
    r"\b(?:forderte\w*|rief\w*|aufgefordert|urged|called on|asked|pressing|pressed)\b",
    re.IGNORECASE,
)
_MUTUAL = {
    "de": re.compile(r"\b(?:gegenseitig\w*|beiderseitig\w*)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:mutual(?:ly)?|reciprocal(?:ly)?)\b", re.IGNORECASE),
}
_WILLING = re.compile(
    r"\b(?:will|wolle|wollen|werde|would|will not|pledged|committed|verpflichte\w*|bereit)\b",
    re.IGNORECASE,
)


#: What a denial rejects: an accusation or a report, not a proposal.
_ACCUSATION = re.compile(
    r"\b(?:accusations?|allegations?|claims?|charges?|reports?|criticism|assertions?|"
    r"Vorw(?:ü|ue|u)rf\w*|Anschuldigung\w*|Beschuldigung\w*|Bericht\w*|Darstellung\w*|"
    r"Behauptung\w*|Kritik|responsibility|blame|Verantwortung|Schuld|Angaben|Meldung\w*|"
    r"Aussage\w*|statements?)\b",
    re.IGNORECASE,
)
#: Readiness to defend or hit back, right after "ready to" / "bereit".
_DEFENCE = re.compile(
    r"[\s,]+(?:\w+\s+){0,3}?(?:repel|respond|defend|retaliate|fight|hit back|strike back|"
    r"abzuwehren|zu verteidigen|zurückzuschlagen|zu antworten|zu reagieren)\b",
    re.IGNORECASE,
)
_SPOKES = re.compile(r"(?:sprecher\w*|spokes\w+)[\s,]+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)


def _party(
    ctx: Context, stance: Stance, cue_start: int, chosen: PartyMention | None
) -> tuple[str | None, dict[str, Any]]:
    """Return the holder of a position and, for one a person or office voices, its source."""
    if chosen is None:
        return None, {}
    party = gazetteer().get(chosen.party_id)
    silent = stance in (Stance.no_response, Stance.declines_comment)
    named = party is not None and party.kind is PartyKind.government_body
    if silent and named and not _CAPITAL.fullmatch(chosen.text):
        return chosen.party_id, {}  # "Das Weiße Haus äußerte sich nicht": the office is silent
    if silent and party is not None and party.kind is PartyKind.person:
        # "Putin ging nicht darauf ein": the person is silent; "Kremlsprecher Peskow
        # wollte sich nicht äußern": a spokesperson's silence is the office's
        title = ctx.text[max(0, chosen.start - 30) : chosen.start]
        spokes = _SPOKES.search(title) or re.search(r"sprecher|spokes", chosen.text, re.IGNORECASE)
        if spokes and len(party.acts_for) == 1:
            return party.acts_for[0], {}
        return chosen.party_id, {}
    # the subject before the cue, or right after the verb ("lehnte Putin … ab"), voices it
    near = chosen.end <= cue_start or chosen.start - cue_start <= 20
    return state_of(chosen.party_id), (ctx.voiced(chosen) if near and not silent else {})


def _holder(ctx: Context, cue_start: int) -> PartyMention | None:
    clause = find_clause(ctx, after=cue_start)
    limit = clause.start if clause is not None else len(ctx.text)
    fronted = find_clause(ctx)  # "Sollte die RSF abziehen, sei die Armee bereit"
    skip = fronted.end if fronted is not None and fronted.end <= cue_start else 0
    actors = [m for m in ctx.actors(0, limit) if m.start >= skip]
    before = [m for m in actors if m.end <= cue_start]
    after = [m for m in actors if m.start >= cue_start]
    speaker = [m for m in ctx.mentions if ctx.in_cue(m) and m.end <= cue_start]
    source = [
        m
        for m in ctx.parties(0, limit)
        if ctx.text[: m.start].lower().rstrip().endswith(("aus", "from"))
    ]
    if not before:
        side = _adjective_side(ctx, skip, cue_start)
        if side is not None:
            return side  # "Thai officials had turned down …": the state they serve
    if (
        not before
        and speaker
        and _PRONOUN_BEFORE.search(ctx.text[max(0, cue_start - 30) : cue_start])
    ):
        return speaker[-1]  # "Die RSF teilten mit, sie akzeptierten …": the speaker accepts
    # "Ein Hamas-Sprecher sagte, die Gruppe werde ihn annehmen": the group its spokesman names
    voiced = [
        m
        for m in ctx.mentions
        if m.compound and m.end <= cue_start and _VOICE_COMPOUND.match(ctx.text, m.end)
    ]
    return next(iter(before or after or speaker or source or voiced), None)


#: A party's voice named in one compound: "Hamas-Sprecher", "Kreml-Vertreter".
_VOICE_COMPOUND = re.compile(
    r"-(?:Sprecher\w*|Vertreter\w*|Führung|Chef\w*|Unterhändler\w*|Delegation)\b"
)
#: "was man zur Kenntnis genommen habe", "we welcome": the speaker's own side.
_SPEAKER_PRONOUN = re.compile(r"\b(?:man|wir|we)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A personal pronoun as the subject, before the cue or right after its verb.
_PERSONAL = re.compile(r"\b(?:er|sie|he|she|they)\b", re.IGNORECASE)
#: Stopping the fighting, named either way ("die Kämpfe einstellen", "a ceasefire").
_FIRE = frozenset({ActionType.ceasefire, ActionType.end_hostilities})
#: Readiness cues, which take an infinitive: "bereit, … zu", "ready to", "willing to".
_READY = re.compile(r"bereit|ready to|willing to|prepared to", re.IGNORECASE)
#: Clauses that make what follows hypothetical or a condition: "sobald X zugestimmt hat",
#: "once X has agreed", "if X accepts".
_HYPOTHETICAL = re.compile(
    r"\b(?:sobald|wenn|falls|sofern|once|if|unless|provided that)\b[^.;:,]{0,60}$",
    re.IGNORECASE,
)


def _in_condition(ctx: Context, match: re.Match[str]) -> bool:
    """Return True if the cue stands in a clause opened by "sobald", "if" or "once"."""
    return bool(_HYPOTHETICAL.search(ctx.text, max(0, match.start() - 60), match.start()))


def _idle_readiness(ctx: Context, draft: Draft, match: re.Match[str]) -> bool:
    """Return True for readiness to do something no earlier proposal is about.

    "danach sei Russland bereit, die Kontakte fortzusetzen": a readiness whose clause
    names no proposal, no back reference ("dazu bereit", "ready to do so") and no action
    an earlier proposal is about is an offer of its own, not an acceptance.
    """
    if not _READY.fullmatch(match.group()):
        return False
    rest = ctx.text[match.end() : ctx.clause_end(match.end())]
    if PROPOSAL_WORD.search(ctx.text) or BACK_REFERENCE.search(rest):
        return False
    actions = {t.action for t in ctx.terms if t.start >= match.end()}
    if actions & _FIRE:
        actions |= _FIRE
    proposed = {
        a for p in draft.section("proposals") if p.sentence <= ctx.sentence.index for a in p.topic
    }
    return not actions & proposed


def _pronoun_holder(ctx: Context, draft: Draft, match: re.Match[str]) -> PartyMention | None:
    """Return the holder a pronoun subject of the cue stands for, if it stands for one.

    "man"/"wir"/"we" right before the cue: the speaker's state. "er"/"sie"/"he"/"she"/
    "they" right before the cue or after its verb ("verneinte er dann"), with no party
    named before the cue: who took a stance in the sentence before.
    """
    before = ctx.text[max(0, match.start() - 20) : match.start()]
    speaker = ctx.speaker_state()
    found = _SPEAKER_PRONOUN.search(before)
    if speaker is not None and found is not None:
        start = match.start() - len(before) + found.start()
        return PartyMention(start, start + 3, "man", speaker, PartyKind.state, False, False)
    if ctx.actors(0, match.start()):
        return None
    window = ctx.text[max(0, match.start() - 12) : match.end() + 12]
    pronoun = _PERSONAL.search(window)
    if pronoun is None:
        return None
    start = max(0, match.start() - 12) + pronoun.start()
    return _previous_holder(ctx, draft, start, start + len(pronoun.group()))


def _previous_holder(ctx: Context, draft: Draft, start: int, end: int) -> PartyMention | None:
    """Return the holder of the previous sentence's position as a mention at ``start:end``."""
    earlier = draft.of_sentence(ctx.sentence.index - 1, "positions")
    if not earlier:
        return None
    party = earlier[-1].fields["party"]
    known = gazetteer().get(party)
    kind = known.kind if known is not None else PartyKind.state
    return PartyMention(start, end, ctx.text[start:end], party, kind, False, False)


#: Officials or a side named by their state's adjective: "Thai officials", "die russische
#: Seite", "Ukrainian negotiators".
_ADJECTIVE_SIDE = re.compile(
    r"\b(?P<adj>[A-ZÄÖÜ][\w-]+)\s+(?:officials|authorities|negotiators|diplomats|"
    r"delegation|side|leaders|Seite|Delegation|Behörden|Unterhändler|Diplomaten|Vertreter|"
    r"Führung)\b"
)


def _adjective_side(ctx: Context, start: int, end: int) -> PartyMention | None:
    """Return the state named by the adjective of "Thai officials" before ``end``."""
    for found in _ADJECTIVE_SIDE.finditer(ctx.text, start, end):
        party = adjective_party(found.group("adj"))
        if party is not None:
            a, b = found.span()
            return PartyMention(a, b, found.group(), party, PartyKind.state, False, False)
    return None


#: A pronoun subject right before a stance cue, standing for the speaker.
_PRONOUN_BEFORE = re.compile(r"\b(?:sie|er|es|they|he|she|it)\s+(?:\w+\s+)?$", re.IGNORECASE)


_CAPITAL = CAPITAL


def add_position(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the position a sentence reports, with its conditions and commitment."""
    for family, stance, confidence in _ORDER:
        match = cue(family, ctx.language).search(ctx.text)
        if match is None:
            continue
        if stance is Stance.accepts and _negated(ctx, match):
            if not _AGREEING.search(match.group()):
                continue  # "would not abide by any ceasefire": no stance on it
            stance = Stance.rejects  # "Moskau wird dem nicht zustimmen", "will not agree"
        if stance is Stance.accepts and (
            _ASKED.search(ctx.text[: match.start()])
            or re.search(r"\bto\s+$", ctx.text[: match.start()])
        ):
            return None
        silent = stance in (Stance.no_response, Stance.declines_comment)
        if not_taken(ctx, match, silent):
            continue  # "whether Russia will accept", "analysts expect … to reject"
        denial = _ACCUSATION.search(ctx.text, match.start(), match.end() + 40)
        if stance in (Stance.rejects, Stance.declines_comment) and denial:
            continue  # "rejected the accusation": a denial, not an answer to an offer
        if stance is Stance.accepts and _DEFENCE.match(ctx.text, match.end()):
            continue  # "stand ready to repel any breach": readiness to fight back
        if stance is Stance.accepts and _in_condition(ctx, match):
            continue  # "sobald die Regierung zugestimmt hat": a condition, not a stance
        if stance is Stance.accepts and _idle_readiness(ctx, draft, match):
            continue  # "bereit, die Kontakte fortzusetzen": an offer of its own
        pronoun = _pronoun_holder(ctx, draft, match)
        holder = (
            pronoun or _possessor(ctx, match) or _agent(ctx, match) or _holder(ctx, match.start())
        )
        if holder is None and not ctx.actors(0, match.start()):
            # "Die Armee reagierte ablehnend. Eine Waffenruhe komme nur in Frage, wenn …":
            # a sentence naming no party goes on with the holder of the one before
            pronoun = holder = _previous_holder(ctx, draft, match.start(), match.start())
        party, voice = _party(ctx, stance, match.start(), holder)
        if pronoun is not None and pronoun.text.lower() not in ("man", "wir", "we"):
            party, voice = pronoun.party_id, {}  # the holder of the sentence before, as it was
        if party is None or holder is None:
            return None
        if stance is Stance.accepts and _party_to_agreement(ctx, draft, party, match):
            return None  # "X and Y have agreed to …": the agreement, not a stance on it
        regarded = regarded_facts(ctx, draft, party, stance)
        if not regarded:
            return None
        for other in _coordinated(ctx, holder, match.start()):
            if other != party:  # "Both Russia and China rejected the proposal"
                for regarding in regarded_facts(ctx, draft, other, stance):
                    _add(ctx, draft, stance, other, regarding, match, confidence,
                         ctx.common(), ctx.segment(holder.start, match.end()))  # fmt: skip
        span = ctx.segment(min(holder.start, match.start()), max(holder.end, match.end()))
        common = ctx.common() or voice
        added = [
            _add(ctx, draft, stance, party, regarding, match, confidence, common, span)
            for regarding in regarded
        ]
        return added[0]
    return None


#: What joins coordinated holders: "Russia and China", "sowohl Russland als auch China".
_AND = re.compile(
    r"\s*(?:,|and|und|as well as|als auch|sowie|or|oder)\s*(?:the|die|der|das)?\s*$",
    re.IGNORECASE,
)


#: A negation of the cue: before it in its clause ("werde … nicht zustimmen", "would not
#: accept") or inside a separable or modal cue ("stimmte dem Plan nicht zu").
_NEGATION = re.compile(
    r"\b(?:not|never|nicht|nie|niemals)\b(?!\s+(?:only|just|nur|allein)\b)|n't\b",
    re.IGNORECASE,
)
#: Verbs of agreeing, whose negation is a refusal ("will not agree" rejects).
_AGREEING = re.compile(
    r"\b(?:accept\w*|agree\w*|approve\w*|endorse\w*|back\w*|support\w*|zustimm\w*|"
    r"stimm\w*|zugestimmt|akzeptier\w*|annehm\w*|angenommen|nahm\w*|billig\w*|gebilligt|"
    r"unterstütz\w*|einverstanden|einwillig\w*|eingewilligt|willigt\w*)\b",
    re.IGNORECASE,
)


def _negated(ctx: Context, match: re.Match[str]) -> bool:
    """Return True if the cue is negated within its clause."""
    before = ctx.text[max(0, match.start() - 40) : match.start()]
    before = re.split(r"[,;:]", before)[-1]
    return bool(_NEGATION.search(match.group()) or _NEGATION.search(before))


def _coordinated(ctx: Context, holder: PartyMention, cue_start: int) -> list[str]:
    """Return the states coordinated with the holder before the cue ("Russia and China")."""
    out: list[str] = []
    last = holder
    for m in ctx.actors(holder.end, cue_start):
        if m.start < last.end or not _AND.fullmatch(ctx.text[last.end : m.start]):
            break
        out.append(state_of(m.party_id))
        last = m
    return out


def _possessor(ctx: Context, match: re.Match[str]) -> PartyMention | None:
    """Return the party whose stance noun the cue is ("Iran's consent", "Russia's refusal")."""
    if not match.group().startswith(("'s", "’s")):
        return None
    return next((m for m in ctx.mentions if m.end == match.start()), None)


#: A relative pronoun opening the clause of the cue: "…, which Ukraine accepted", "…, die
#: die Ukraine annahm".
_RELATIVE = re.compile(
    r",\s*(?:which|that|die|das|den|dem|der|welche\w*)\s+(?:die\s+|der\s+|das\s+|the\s+)?$",
    re.IGNORECASE,
)
#: The agent of a passive: "was accepted by Kyiv", "wurde von Kiew angenommen".
_PASSIVE = re.compile(r"\b(?:was|were|has been|had been|wurde|wurden|worden)\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|von|vom)\s+(?:the\s+|der\s+|dem\s+|den\s+)?$", re.IGNORECASE)
#: "Der Vorschlag stieß in Moskau auf Ablehnung": the place where a proposal met a response.
_MET_IN = re.compile(r"\b(?:stieß|stiess|stießen|stiessen|stößt|stösst|traf)\s+in\s+$")


def _agent(ctx: Context, match: re.Match[str]) -> PartyMention | None:
    """Return the holder a relative clause, a passive or "stieß in X auf" names.

    "The United States proposed a ceasefire, which Ukraine accepted": the subject of the
    relative clause; "was accepted by Kyiv" / "wurde von Kiew angenommen": the agent
    nearest the cue; "stieß in Moskau auf Ablehnung": the capital's state.
    """
    near = [
        m
        for m in ctx.mentions
        if abs(m.start - match.start()) <= 40 or abs(m.end - match.start()) <= 40
    ]
    for m in near:
        if m.end <= match.start() and _RELATIVE.search(ctx.text[max(0, m.start - 20) : m.start]):
            return m
        if m.end <= match.start() and _MET_IN.search(ctx.text[max(0, m.start - 20) : m.start]):
            return m
    if not _PASSIVE.search(ctx.text):
        return None
    agents = [m for m in near if _BY.search(ctx.text[max(0, m.start - 12) : m.start])]
    return min(agents, key=lambda m: abs(m.start - match.start()), default=None)


def _party_to_agreement(ctx: Context, draft: Draft, party: str, match: re.Match[str]) -> bool:
    """Return True if the accept cue is the very agreement this sentence announces."""
    if not cue("agreed", ctx.language).match(match.group()):
        return False
    return any(
        a.sentence == ctx.sentence.index and party in a.fields["parties"]
        for a in draft.section("agreements")
    )


def _add(
    ctx: Context,
    draft: Draft,
    stance: Stance,
    party: str,
    regarding: str,
    match: re.Match[str],
    confidence: float,
    common: dict[str, Any],
    span: tuple[int, int],
) -> DraftFact:
    fields: dict[str, Any] = {"party": party, "regarding": regarding, "stance": stance}
    rule = f"{ctx.language}.position.{stance.value.replace('_', '-')}"
    if stance is Stance.accepts:
        linked = _conditional(ctx, draft, party, regarding, match.end())
        if linked is not None:
            fields.update(linked)
            fields["stance"] = Stance.accepts_with_conditions
            rule = f"{ctx.language}.position.accepts-with-conditions"
    accepting = {Stance.accepts, Stance.accepts_with_conditions}
    nearby = draft.recent("positions", ctx.sentence.index, ahead=REACH)
    for earlier in (r for r in nearby if r.fields["party"] == party):
        if earlier.fields["regarding"] != regarding:
            continue
        if (
            earlier.fields["stance"] == fields["stance"]
            or {
                earlier.fields["stance"],
                fields["stance"],
            }
            <= accepting
        ):
            earlier.add_span(*span)
            if fields["stance"] is Stance.accepts_with_conditions:
                earlier.fields.update(fields)
                earlier.fields.update(common)
                earlier.rule = rule
            return earlier
    key = slug(party, fields["stance"].value, regarding)
    return draft.add(
        "positions",
        key,
        {**fields, **common},
        span,
        rule=rule,
        confidence=confidence,
        sentence=ctx.sentence.index,
    )


def _conditional(
    ctx: Context, draft: Draft, party: str, regarding: str, after: int
) -> dict[str, Any] | None:
    proposal = next(draft.find("proposals", lambda r: r.id == regarding), None)
    clause = find_clause(ctx, after=after)
    mutual = _MUTUAL[ctx.language].search(ctx.text, after)
    if clause is None and mutual is not None and proposal is not None:
        # "responded positively to the suggestion that both mutually refrain": each side
        # only if the other does the same
        end = ctx.clause_end(mutual.end())
        clause = ConditionClause(mutual.start(), end, True, False, ())
    if clause is None:
        # "Darauf habe sich Putin eingelassen": a conditional commitment just before
        for commitment in draft.find(
            "commitments",
            lambda r: (
                r.sentence == ctx.sentence.index - 1
                and r.fields["debtor"] == (party,)
                and bool(r.fields.get("conditions"))
            ),
        ):
            if proposal is not None:
                commitment.fields.setdefault("responds_to", regarding)
            if "said_by" not in commitment.fields:  # the acceptance says who reported both
                _attribute(draft, commitment, ctx.common())
            return {"conditions": commitment.fields["conditions"], "commitment": commitment.id}
        return None
    if proposal is not None:
        term = dict(proposal.fields["terms"][0])
        other = tuple(p for p in proposal.fields["proposed_to"] if p != party)
        same = [t for t in ctx.terms if t.action is term["action"] and t.duration]
        # the commitment lasts as the sentence says, not as the proposal asked
        term.pop("duration", None)
        if same:
            term["duration"] = same[0].duration
    elif ctx.terms:
        term, other = term_fields(ctx.terms[0]), ()
    else:
        return None
    term.pop("actor", None)
    responds_to = regarding if proposal is not None else None  # an agreement is no offer
    made = add_conditional_commitment(
        ctx, draft, debtor=party, clause=clause, term=term, responds_to=responds_to, other=other
    )
    if made is None:
        return None
    commitment, conditions = made
    return {"conditions": tuple(sorted(c.id for c in conditions)), "commitment": commitment.id}


def _attribute(draft: Draft, commitment: DraftFact, common: dict[str, Any]) -> None:
    """Give a commitment, its conditions and their mirrors the attribution ``common``."""
    ids = set(commitment.fields.get("conditions", ()))
    conditions = list(draft.find("conditions", lambda r: r.id in ids))
    mirrors = {c.fields.get("mirrors") for c in conditions}
    for record in [commitment, *conditions, *draft.find("commitments", lambda r: r.id in mirrors)]:
        if "said_by" not in record.fields:
            record.fields.update(common)


def add_commitment(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add a conditional commitment a sentence states without a position cue.

    "Moskau will 30 Tage lang keine Energieanlagen angreifen – allerdings nur unter der
    Bedingung, dass Kiew sich ebenso zurückhält": a party, an action, a will to act and a
    reciprocity clause.
    """
    clause = find_clause(ctx)
    if clause is None or not ctx.terms:
        return None
    main = {t.action for t in ctx.terms if t.start < clause.start}
    asked = {t.action for t in find_terms(ctx.text[clause.start : clause.end], ctx.language)}
    if not clause.reciprocal and main & asked:
        # "would refrain from targeting US shipping only if the American strikes stopped":
        # the same act asked in return
        required = clause.required_of or _adjective_parties(ctx, clause.start, clause.end)
        clause = replace(clause, reciprocal=True, required_of=required)
    if not clause.reciprocal:
        return None
    actors = [m for m in ctx.actors() if m.end <= clause.start]
    terms = [t for t in ctx.terms if t.start < clause.start] or list(ctx.terms)
    debtor = state_of(actors[0].party_id) if actors else ctx.speaker_state()
    if debtor is None:
        return None
    made = add_conditional_commitment(
        ctx, draft, debtor=debtor, clause=clause, term=term_fields(terms[0]),
        responds_to=None, other=(), confidence=0.6 if _WILLING.search(ctx.text) else 0.5,
    )  # fmt: skip
    return None if made is None else made[0]


def _adjective_parties(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    """Return the states adjectives in ``start:end`` name ("the American strikes")."""
    words = re.findall(r"[\w.-]+", ctx.text[start:end])
    return tuple(sorted({p for w in words if (p := adjective_party(w)) is not None}))
