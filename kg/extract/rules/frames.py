"""Sentence-level fallbacks: event frames for what the specific rules left unsaid.

The specific rules need particular constructions. These fallbacks read a sentence as a
frame when they found nothing (or less) in it, with lower confidence (0.3–0.45); the
fallback for condition clauses is :mod:`kg.extract.rules.clauses`:

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

from kg.codes import AgreementStatus, CommitmentStatus
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.numbers import find_durations
from kg.extract.parties import state_of
from kg.extract.rules.positions import add_position
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import TermHit, find_terms

__all__ = ["add_frame", "add_part_positions"]

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
        for part in ctx.parts() or _asyndetic_parts(ctx)
        if any(cue(f, ctx.language).search(part.text) for f in families)
    ]
    if len(parts) < 2:
        return add_position(ctx, draft)
    found = [p for p in (add_position(part, draft) for part in parts) if p is not None]
    for record in found:
        record.confidence = min(record.confidence, 0.45)
    return found[0] if found else None


_STANCES: Final = ("accept", "reject", "no_response", "declines_comment", "considers")


def _asyndetic_parts(ctx: Context) -> list[Context]:
    """Split "Die Ukraine unterstützt den Vorschlag, Russland lehnt ihn ab" at its comma.

    A comma followed by a party that is the subject of a stance of its own, with a stance
    before the comma too, separates two stances; other commas are left alone.
    """
    for mention in ctx.actors():
        before = ctx.text[: mention.start]
        if not re.search(r",\s*(?:die|der|das|the)?\s*$", before, re.IGNORECASE):
            continue
        cut = before.rfind(",")
        head, tail = ctx.text[:cut], ctx.text[cut + 1 :]
        if all(any(cue(f, ctx.language).search(t) for f in _STANCES) for t in (head, tail)):
            return [_sub(ctx, 0, cut), _sub(ctx, cut + 1, len(ctx.text))]
    return []


def _sub(ctx: Context, start: int, end: int) -> Context:
    """Return ``ctx.text[start:end]`` as a context of its own, offsets shifted."""
    text = ctx.text[start:end]
    mentions = tuple(
        replace(m, start=m.start - start, end=m.end - start)
        for m in ctx.mentions
        if start <= m.start and m.end <= end
    )
    att = ctx.attribution
    if att is not None and not att.inherited and start <= att.start and att.end <= end:
        att = replace(att, start=att.start - start, end=att.end - start)
    elif att is not None:
        att = replace(att, start=-1, end=-1, inherited=True)
    sentence = replace(
        ctx.sentence, start=ctx.sentence.start + start, end=ctx.sentence.start + end, text=text
    )
    terms = tuple(find_terms(text, ctx.language))
    return Context(sentence, ctx.language, ctx.published, mentions, terms, att)
