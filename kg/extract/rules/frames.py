"""Sentence-level fallbacks: event frames for what the specific rules left unsaid.

The specific rules need particular constructions. These fallbacks read a sentence as a
frame when they found nothing (or less) in it, with lower confidence (0.3–0.45):

- an **event frame** (:func:`add_frame`): an action cue (ceasefire, halt attacks,
  withdrawal, exchange, release, sanctions, tariffs …) with a duration no fact of the
  sentence carries: the duration goes onto the fact a specific rule drew from the
  sentence for that action, onto what a stance in the sentence regards, onto the latest
  fact about that action if the sentence names no party ("Der Plan sieht drei Monate
  vor"), or onto a new fact of the sentence's subject — an agreement's commitment
  ("agreed", "took effect", "vereinbart", "in Kraft"), a proposal ("proposed", "plan",
  "Vorschlag", "schlug vor") or a commitment ("will", "would", "wird", "soll"). An
  action sentence no rule drew anything from, with a subject and a cue of undertaking,
  gives that commitment even without a duration;
- a **condition clause** (:func:`add_clause_condition`): "wenn/falls/sofern/solange/
  Sollte …", "if/only if/provided/as long as/unless/Should …" in a sentence without a
  condition: required of the clause's subject, imposed by the main clause's subject or
  the speaker; a reciprocity if the clause mirrors the main action, asks for a halt of
  fire, keeping to the deal or has a reciprocity cue, else a precondition (one per
  verb-final German clause of a list). A gating clause naming nobody ("only once the
  threat has been neutralised") asks the other side of the imposer's bilateral deal; a
  clause restating the demand of the sentence before ("Erst wenn dieser Bezug gestrichen
  sei") adds evidence to it;
- **stances per part** (:func:`add_part_positions`): when two parts of a sentence
  ("Phnom Penh welcomed the proposal; Thailand has yet to reply") hold stance cues, each
  part is read on its own.

Examples
--------
>>> import kg.extract
>>> draft = kg.extract.parse(
...     "Die Armee sagte, die Waffenruhe werde drei Monate gelten. "
...     "Russland kündigte an, die Feuerpause solle zwei Wochen dauern.",
...     lang="de", published="2025-03-18", article_id="x")
>>> sorted(c.term.duration for c in draft.commitments)
['P14D']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from kg.codes import ActionType, AgreementStatus, CommitmentStatus, ConditionKind, Stance
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.numbers import find_durations
from kg.extract.parties import adjective_party, state_of
from kg.extract.rules.lists import verb_final_items
from kg.extract.rules.positions import add_position
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import TermHit, find_terms

__all__ = ["add_clause_condition", "add_frame", "add_part_positions"]

#: Cues that an event took effect or was agreed (beyond :func:`cue` "agreed").
_IN_FORCE: Final = {
    "de": re.compile(r"\b(?:in Kraft|trat\w*|gilt|galt|vereinbart\w*|einigten)\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:took effect|in effect|came into force|went into effect)\b", re.IGNORECASE
    ),
}
_PROPOSED: Final = {
    "de": re.compile(
        r"\b(?:schlug\w*|vorgeschlagen|Vorschlag\w*|Plan\w*|Angebot\w*)\b", re.IGNORECASE
    ),
    "en": re.compile(r"\b(?:propos\w+|plan|offer\w*|called for|calls for)\b", re.IGNORECASE),
}


def _sentence_records(draft: Draft, ctx: Context) -> list[DraftFact]:
    """Return the records drawn from, or evidenced in, the sentence of ``ctx``, in order."""
    found = {r.seq: r for r in draft.of_sentence(ctx.sentence.index)}
    found.update((r.seq, r) for r in draft.touching(ctx.sentence.start, ctx.sentence.end))
    return [found[k] for k in sorted(found)]


def _carried(draft: Draft, ctx: Context) -> set[str]:
    """Return the durations the facts of the sentence already carry."""
    out: set[str] = set()
    for record in _sentence_records(draft, ctx):
        terms = [*record.fields.get("terms", ())]
        terms += [record.fields[k] for k in ("term", "demands") if k in record.fields]
        out |= {t["duration"] for t in terms if isinstance(t, dict) and t.get("duration")}
    return out


def _subjects(ctx: Context) -> tuple[str, ...]:
    """Return the sentence's subject parties (states they act for), else the speaker's."""
    actors = ctx.actors()
    if actors:
        first = state_of(actors[0].party_id)
        joined = [first]
        for m in actors[1:]:  # "Russland und die Ukraine": both are subjects
            between = ctx.text[actors[0].end : m.start]
            if re.fullmatch(r"\s*(?:und|and|sowie|,)\s*(?:die|der|das|the)?\s*", between):
                joined.append(state_of(m.party_id))
        return tuple(sorted(set(joined)))
    speaker = ctx.speaker_state()
    return (speaker,) if speaker else ()


def _stance_cue(ctx: Context) -> bool:
    families = ("accept", "reject", "no_response", "declines_comment")
    return any(cue(f, ctx.language).search(ctx.text) for f in families)


def _terms_of(record: DraftFact) -> list[dict[str, Any]]:
    if "terms" in record.fields:
        return list(record.fields["terms"])
    return [record.fields["term"]] if "term" in record.fields else []


def _extend(record: DraftFact, ctx: Context, hit: TermHit, iso: str, at: int) -> None:
    """Give an earlier fact the duration a later sentence states for its action."""
    terms = _terms_of(record)
    same = [t for t in terms if t["action"] is hit.action]
    if any(t.get("duration") == iso for t in same):
        pass  # the same term told again: more evidence
    elif same and "duration" not in same[0]:
        same[0]["duration"] = iso
    elif "terms" in record.fields and iso not in {t.get("duration") for t in terms}:
        record.fields["terms"] = [*terms, {**term_fields(hit), "duration": iso}]
    else:
        return
    record.add_span(*ctx.segment(min(hit.start, at), max(hit.end, at)))


def _earlier(draft: Draft, ctx: Context, hit: TermHit) -> DraftFact | None:
    """Return the fact a sentence without a party of its own most likely adds to."""
    index = ctx.sentence.index
    regarded = [
        r.fields["regarding"]
        for r in draft.of_sentence(index, "positions")
        if "regarding" in r.fields
    ]
    for target in regarded:
        record = draft.get(target)
        if record is not None and record.section in ("proposals", "commitments"):
            return record
    if cue("agreed", ctx.language).search(ctx.text):
        return None  # an agreement of its own ("die damals vereinbarte Waffenruhe")
    sections = ("proposals", "commitments")
    for section in sections:
        for record in reversed(draft.section(section)):
            terms = record.fields.get("terms") or [record.fields.get("term") or {}]
            if record.sentence < index and any(t.get("action") is hit.action for t in terms):
                return record
    return None


def add_frame(ctx: Context, draft: Draft) -> list[DraftFact]:
    """Add a fact for each duration of an action sentence that no fact carries yet.

    A sentence that takes a stance on a proposal ("stimmte einem Vorschlag für eine
    dreimonatige Waffenruhe zu") or names no party of its own ("Der Plan sieht drei
    Monate vor") gives its duration to the fact it regards or continues. Returns the
    facts added or extended.
    """
    if not ctx.terms:
        return []
    carried = _carried(draft, ctx)
    durations = [d for d in find_durations(ctx.text, ctx.language) if d.iso not in carried]
    subjects = _subjects(ctx)
    stance = _stance_cue(ctx)
    if not durations:
        return _bare_frame(ctx, draft, subjects) if not stance else []
    out: list[DraftFact] = []
    seen: set[str] = set()
    for duration in durations:
        if duration.iso in seen:
            continue
        seen.add(duration.iso)
        hit = min(ctx.terms, key=lambda t: abs(t.start - duration.start))
        lo, hi = ctx.segment(hit.start, hit.end)
        base = ctx.sentence.start
        if not lo <= base + duration.start < hi:
            continue  # "Das Treffen dauerte zwei Stunden: beide Seiten tauschen aus"
        same = [
            r
            for r in _sentence_records(draft, ctx)
            if r.section in ("proposals", "commitments")
            and any(t["action"] is hit.action for t in _terms_of(r))
        ]  # the fact a specific rule drew from the sentence, without the duration
        earlier = same[0] if same else None
        if earlier is None and (stance or not subjects):
            earlier = _earlier(draft, ctx, hit)
        if earlier is not None:
            _extend(earlier, ctx, hit, duration.iso, duration.start)
            out.append(earlier)
        elif subjects and not stance:
            out.append(_frame_fact(ctx, draft, hit, duration.iso, subjects, duration.start))
    return out


#: Cues of an undertaking: what a party will, would or is to do.
_WILL: Final = {
    "de": re.compile(
        r"\b(?:wird|werde|werden|würde|würden|soll|sollen|solle|sollten|will|wolle|wollen|"
        r"sagte\w* zu|zugesagt|verpflichte\w*|bereit)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:will|would|is to|are to|was to|were to|pledged|promised|committed|undertook|"
        r"agreed to|ready to|willing to)\b",
        re.IGNORECASE,
    ),
}


def _bare_frame(ctx: Context, draft: Draft, subjects: tuple[str, ...]) -> list[DraftFact]:
    """Add a commitment for an action sentence no rule gave a fact, if it has a subject."""
    index = ctx.sentence.index
    if not subjects or draft.of_sentence(index):
        return []
    will = _WILL[ctx.language].search(ctx.text)
    agreed = cue("agreed", ctx.language).search(ctx.text) or _IN_FORCE[ctx.language].search(
        ctx.text
    )
    if will is None and agreed is None:
        return []
    if cue("negation", ctx.language).search(ctx.text):
        return []
    hit = ctx.terms[0]
    status = CommitmentStatus.active if agreed else CommitmentStatus.proposed
    commitment = draft.add(
        "commitments",
        slug(*subjects[:2], hit.action.value),
        {"debtor": subjects, "term": term_fields(hit), "status": status, **ctx.common()},
        ctx.segment(hit.start, hit.end),
        rule=f"{ctx.language}.frame.commitment",
        confidence=0.3,
        sentence=index,
    )
    if agreed:
        _attach_to_agreement(ctx, draft, commitment, subjects)
    return [commitment]


def _frame_fact(
    ctx: Context,
    draft: Draft,
    hit: TermHit,
    iso: str,
    subjects: tuple[str, ...],
    at: int,
) -> DraftFact:
    """Add the fact of one event frame: a proposal or commitment carrying ``iso``."""
    term = {**term_fields(hit), "duration": iso}
    span = ctx.segment(min(hit.start, at), max(hit.end, at))
    common = ctx.common()
    action = hit.action.value
    index = ctx.sentence.index
    if _PROPOSED[ctx.language].search(ctx.text) and not cue("agreed", ctx.language).search(
        ctx.text
    ):
        return draft.add(
            "proposals",
            slug(subjects[0], action, "proposal"),
            {"proposed_by": subjects, "proposed_to": (), "terms": [term], **common},
            span,
            rule=f"{ctx.language}.frame.proposal",
            confidence=0.35,
            sentence=index,
        )
    agreed = bool(
        cue("agreed", ctx.language).search(ctx.text) or _IN_FORCE[ctx.language].search(ctx.text)
    )
    status = CommitmentStatus.active if agreed else CommitmentStatus.proposed
    commitment = draft.add(
        "commitments",
        slug(*subjects[:2], action),
        {"debtor": subjects, "term": term, "status": status, **common},
        span,
        rule=f"{ctx.language}.frame.commitment",
        confidence=0.35,
        sentence=index,
    )
    if agreed:
        _attach_to_agreement(ctx, draft, commitment, subjects)
    return commitment


def _attach_to_agreement(
    ctx: Context, draft: Draft, commitment: DraftFact, subjects: tuple[str, ...]
) -> None:
    """List an agreed commitment under the sentence's agreement (or a new one)."""
    here = draft.of_sentence(ctx.sentence.index, "agreements")
    if here:
        agreement = here[0]
    elif len(subjects) >= 2:
        fields: dict[str, Any] = {
            "parties": subjects,
            "status": AgreementStatus.announced,
            **ctx.common(),
        }
        agreement = draft.add(
            "agreements",
            slug(*subjects[:2], commitment.fields["term"]["action"].value, "agreement"),
            fields,
            ctx.span(),
            rule=f"{ctx.language}.frame.agreement",
            confidence=0.3,
            sentence=ctx.sentence.index,
        )
    else:
        return
    agreement.fields["commitments"] = tuple(
        sorted({*agreement.fields.get("commitments", ()), commitment.id})
    )


#: Cues that open a condition clause (not nouns such as "Bedingung" or "conditions").
_CLAUSE: Final = {
    "de": re.compile(
        r"\b(?i:nur wenn|erst wenn|erst nachdem|wenn|falls|sofern|vorausgesetzt|"
        r"unter der Bedingung|solange|es sei denn)\b|(?:^|(?<=[,;:–]\s))(?:Sollte|Sollten)\b"
    ),
    "en": re.compile(
        r"\b(?:only if|if|provided(?: that)?|on condition that|as long as|unless|only once|"
        r"only after)\b|"
        r"(?:^|(?<=[,;:–]\s))Should\b",
        re.IGNORECASE,
    ),
}
#: Keeping to what was agreed ("sich an die Vereinbarung hält", "abides by the truce") is
#: doing the same as the other side.
_ABIDES: Final = {
    "de": re.compile(
        r"\b(?:an die|an den|an das)\s+(?:\w+\s+)?(?:Vereinbarung|Abkommen|Waffenruhe|"
        r"Feuerpause|Waffenstillstand|Abmachung)\w*\s+(?:hält|halten|hielte|hielten)\b|"
        r"\b(?:einhält|einhalten|einhielte|respektiert)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:abides?|abided|adheres?|adhered|sticks?|stuck|complies|complied|respects?|"
        r"respected|honou?rs?|honou?red|observes?|observed)\b",
        re.IGNORECASE,
    ),
}
#: Actions whose being required of the other side is a reciprocity: both stop firing.
_MUTUAL: Final = frozenset({ActionType.ceasefire, ActionType.halt_attacks})


def _clause(ctx: Context) -> tuple[int, int] | None:
    match = _CLAUSE[ctx.language].search(ctx.text)
    if match is None:
        return None
    end = ctx.clause_end(match.end())
    comma = ctx.text.find(",", match.end())
    if comma != -1:
        end = min(end, comma)
    return match.start(), end


def _required(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    named = [m for m in ctx.parties(start, end) if not m.object]
    parties = {state_of(m.party_id) for m in named[:1]}  # the clause's subject
    for m in named[1:]:  # "Russland und die Ukraine": coordinated subjects
        if re.fullmatch(
            r"\s*(?:und|and|sowie|,)\s*(?:die|der|das|the)?\s*", ctx.text[named[0].end : m.start]
        ):
            parties.add(state_of(m.party_id))
    if not parties:
        for word in re.findall(r"[\w.-]+", ctx.text[start:end]):
            party = adjective_party(word)
            if party is not None:
                parties.add(party)
                break
    return tuple(sorted(parties))


def _imposer(ctx: Context, start: int, end: int, required: tuple[str, ...]) -> str | None:
    main = [m for m in ctx.actors() if not start <= m.start < end]
    for m in main:
        state = state_of(m.party_id)
        if state not in required:
            return state
    speaker = ctx.speaker_state()
    return speaker if speaker is not None and speaker not in required else None


#: A gating clause that may leave unsaid whom it asks: "only once the threat has been
#: neutralised", "erst wenn die Gefahr gebannt ist" (not one about conditions themselves:
#: "only after a list of conditions had been met").
_UNNAMED: Final = {
    "de": re.compile(r"erst (?:wenn|nachdem)\b(?![^,;.]*\bBedingung)", re.IGNORECASE),
    "en": re.compile(r"only (?:once|after)\b(?![^,;.]*\bconditions?\b)", re.IGNORECASE),
}


#: A clause that refers back to what was said before: "wenn dieser Bezug gestrichen sei".
_DEMONSTRATIVE: Final = re.compile(
    r"\b(?:dieser|diese|dieses|diesen|jener|jene|this|these|that|those)\b", re.IGNORECASE
)


def _restated(
    draft: Draft, index: int, imposer: str, required: tuple[str, ...]
) -> DraftFact | None:
    """Return a demand of the sentence before with the same parties, which a clause restates."""
    for condition in draft.section("conditions"):
        if (
            index - 2 <= condition.sentence < index
            and condition.fields["kind"] is not ConditionKind.reciprocity
            and condition.fields["imposed_by"] == (imposer,)
            and condition.fields.get("required_of") == required
        ):
            return condition
    return None


def _counterpart(draft: Draft, party: str, index: int) -> tuple[str, ...]:
    """Return the other side of the latest two-party agreement ``party`` is party to.

    A condition that names nobody, set by one side of a bilateral deal, asks something of
    the other side.
    """
    for agreement in reversed(draft.section("agreements")):
        parties = agreement.fields["parties"]
        if (
            agreement.sentence < index
            and agreement.fields["status"] is not AgreementStatus.not_reached
            and len(parties) == 2
            and party in parties
        ):
            return tuple(p for p in parties if p != party)
    return ()


def add_clause_condition(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the condition a clause sets when the specific rules found none in the sentence.

    "…, wenn sich die RSF zuvor zurückzögen", "Sollte die RSF ihre Kämpfer abziehen, …",
    "only if the American strikes stopped", "provided that Israel stopped its attacks":
    required of the parties named in the clause, imposed by the main clause's subject or
    the speaker. A reciprocity when the clause mirrors the main action, has a reciprocity
    cue or requires a halt of fire; else a precondition. It gates the imposer's stance of
    the sentence, or a conditional commitment of the imposer to the main action.
    """
    index = ctx.sentence.index
    if draft.of_sentence(index, "conditions"):
        return None
    found = _clause(ctx)
    if found is None:
        return None
    start, end = found
    required = _required(ctx, start, end)
    imposer = _imposer(ctx, start, end, required) if required else None
    if not required and _UNNAMED[ctx.language].match(ctx.text, start):
        # "its forces will leave only once the threat has been neutralised"
        imposer = _imposer(ctx, start, end, ())
        required = _counterpart(draft, imposer, index) if imposer is not None else ()
    if imposer is None or not required:
        return None
    back = _DEMONSTRATIVE.search(ctx.text, start, end)
    restated = _restated(draft, index, imposer, required) if back else None
    if restated is not None:  # "Erst wenn dieser Bezug gestrichen sei, …" after the demand
        restated.add_span(*ctx.span(start, end))
        return restated
    inside = [
        replace(t, start=t.start + start, end=t.end + start)
        for t in find_terms(ctx.text[start:end], ctx.language)
    ]
    outside = [t for t in ctx.terms if not start <= t.start < end]
    clause = ctx.text[start:end]
    reciprocal = bool(
        cue("reciprocity", ctx.language).search(clause) or _ABIDES[ctx.language].search(clause)
    ) or any(t.action in _MUTUAL or t.action in {o.action for o in outside} for t in inside)
    common = ctx.common()
    span = ctx.span(start, end)
    hits = inside or (outside if reciprocal else [])
    term: dict[str, Any] = term_fields(hits[0]) if hits else {"action": ActionType.other}
    action = term["action"].value
    fields: dict[str, Any] = {"imposed_by": (imposer,), "required_of": required, **common}
    if reciprocal:
        mirror = draft.add(
            "commitments",
            slug(*required, action),
            {"debtor": required, "creditor": (imposer,), "term": dict(term),
             "status": CommitmentStatus.proposed, **common},
            span,
            rule=f"{ctx.language}.frame.mirror",
            confidence=0.3,
            sentence=index,
        )  # fmt: skip
        fields.update(kind=ConditionKind.reciprocity, mirrors=mirror.id)
    else:
        fields.update(kind=ConditionKind.precondition, demands=term)
        items = verb_final_items(ctx.text, start, end, ctx.language)
        if items:  # the first of a list of clauses: its own evidence
            span = ctx.span(*items[0])
            first = [t for t in inside if t.start < items[0][1]]
            term = term_fields(first[0]) if first else {"action": ActionType.other}
            fields["demands"], action = term, term["action"].value
    kind = fields["kind"].value
    condition = draft.add(
        "conditions",
        slug(*required, kind, action),
        fields,
        span,
        rule=f"{ctx.language}.frame.{kind}",
        confidence=0.35,
        sentence=index,
    )
    _gate(ctx, draft, condition, imposer, outside or inside, (start, end))
    if not reciprocal:  # "Sollte die RSF ihre Kämpfer abziehen und die Waffen abgeben"
        for item in _more_items(ctx, draft, condition, inside, (start, end)):
            _gate(ctx, draft, item, imposer, outside or inside, (start, end))
    return condition


def _more_items(
    ctx: Context,
    draft: Draft,
    condition: DraftFact,
    hits: list[TermHit],
    clause: tuple[int, int],
) -> list[DraftFact]:
    """Add a precondition for each further verb-final clause of a German list."""
    items = verb_final_items(ctx.text, *clause, ctx.language)
    out: list[DraftFact] = []
    for a, b in items[1:]:
        inside = [t for t in hits if a <= t.start < b]
        term = term_fields(inside[0]) if inside else {"action": ActionType.other}
        fields = {**condition.fields, "demands": term}
        out.append(
            draft.add(
                "conditions",
                slug(*fields["required_of"], "precondition", term["action"].value),
                fields,
                ctx.span(a, b),
                rule=condition.rule,
                confidence=condition.confidence,
                sentence=condition.sentence,
            )
        )
    return out


def _gate(
    ctx: Context,
    draft: Draft,
    condition: DraftFact,
    imposer: str,
    hits: list[TermHit],
    clause: tuple[int, int],
) -> None:
    """Attach a clause condition to the imposer's stance or commitment of the sentence."""
    index = ctx.sentence.index
    for record in draft.of_sentence(index):
        if condition.id in record.fields.get("conditions", ()):
            continue
        mine = record.fields.get("party") == imposer or record.fields.get("debtor") == (imposer,)
        if record.section in ("positions", "commitments") and mine:
            record.fields["conditions"] = tuple(
                sorted({*record.fields.get("conditions", ()), condition.id})
            )
            if record.fields.get("stance") is Stance.accepts:
                record.fields["stance"] = Stance.accepts_with_conditions
            elif record.section == "commitments":
                record.fields["status"] = CommitmentStatus.conditional
            return
    if not hits:
        return
    left = ctx.span(0, clause[0]) if clause[0] > 10 else ctx.span(clause[1])
    draft.add(
        "commitments",
        slug(imposer, hits[0].action.value),
        {"debtor": (imposer,), "term": term_fields(hits[0]),
         "status": CommitmentStatus.conditional, "conditions": (condition.id,), **ctx.common()},
        left,
        rule=f"{ctx.language}.frame.conditional-commitment",
        confidence=0.3,
        sentence=index,
    )  # fmt: skip


def add_part_positions(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the position a sentence reports, one per part if parts take stances of their own.

    "Phnom Penh welcomed the proposal; Thailand has yet to reply": when two or more parts
    of a sentence (see :meth:`~kg.extract.context.Context.segment`) each hold a stance
    cue, each part is read on its own; otherwise the sentence is read whole. Returns the
    (first) position.
    """
    families = ("accept", "reject", "no_response", "declines_comment", "considers")
    parts = [
        part
        for part in ctx.parts()
        if any(cue(f, ctx.language).search(part.text) for f in families)
    ]
    if len(parts) < 2:
        return add_position(ctx, draft)
    found = [p for p in (add_position(part, draft) for part in parts) if p is not None]
    for record in found:
        record.confidence = min(record.confidence, 0.45)
    return found[0] if found else None
