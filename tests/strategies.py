"""Hypothesis strategies and a small gazetteer shared by the round-trip tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from kg.codes import (
    ActionType,
    AgreementForm,
    AgreementStatus,
    AnnotationStatus,
    CommitmentStatus,
    ConditionKind,
    InteractionKind,
    Language,
    Modality,
    PartyKind,
    Scope,
    Stance,
)
from kg.gazetteer import Gazetteer
from kg.model import (
    Agreement,
    Annotation,
    Article,
    Commitment,
    Condition,
    Evidence,
    Extraction,
    Interaction,
    Party,
    Position,
    Process,
    Proposal,
    Term,
)

__all__ = ["GAZETTEER", "PARTY_IDS", "annotation_models", "party", "terms"]


def party(party_id: str, kind: str = "state") -> Party:
    name = party_id.replace("-", " ").title()
    return Party(id=party_id, kind=PartyKind(kind), name_en=name, name_de=name)


GAZETTEER = Gazetteer(
    [
        party("russia"),
        party("ukraine"),
        party("united-states"),
        party("white-house", "government_body"),
        party("kremlin", "government_body"),
    ]
)
PARTY_IDS = GAZETTEER.ids()

ids = st.from_regex(r"\A[a-z][a-z0-9]{0,5}(?:[-.][a-z0-9]{1,4}){0,2}\Z")
#: Strings that YAML likes to misread, and arbitrary text.
strings = st.one_of(
    st.sampled_from(["yes", "no", "null", "~", "12", "1.5", "2025-01-01", "- a", "a: b", "#"]),
    st.text(st.characters(codec="utf-8"), max_size=24),
)
words = strings.filter(bool)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
party_sets = st.lists(st.sampled_from(PARTY_IDS), min_size=1, max_size=3, unique=True).map(tuple)


@st.composite
def terms(draw: st.DrawFn) -> Term:
    starts = draw(st.none() | dates)
    quantity = draw(st.none() | st.integers(0, 10_000))
    return Term(
        action=draw(st.sampled_from(ActionType)),
        scope=tuple(draw(st.lists(st.sampled_from(Scope), max_size=3, unique=True))),
        actor=draw(st.just(()) | party_sets),
        place=draw(st.none() | strings),
        duration=draw(st.none() | st.integers(1, 400).map(lambda n: f"P{n}D") | st.just("PT72H")),
        starts=starts,
        ends=None if starts is None else starts + dt.timedelta(days=draw(st.integers(0, 400))),
        quantity=quantity,
        unit=None if quantity is None else draw(st.none() | words),
        phase=draw(st.none() | st.integers(1, 3)),
        description=draw(st.none() | strings),
    )


@st.composite
def annotation_models(draw: st.DrawFn) -> Annotation:
    text = draw(st.text(st.characters(codec="utf-8"), min_size=1,
                        max_size=200))  # fmt: skip
    names = draw(st.lists(ids.filter(lambda i: i not in PARTY_IDS), min_size=12, max_size=12,
                          unique=True))  # fmt: skip

    def evidence() -> tuple[Evidence, ...]:
        spans = []
        for _ in range(draw(st.integers(1, 2))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, min(len(text), start + 30)))
            spans.append(Evidence(quote=text[start:end], start=start, end=end))
        return tuple(spans)

    status = draw(st.sampled_from(AnnotationStatus))
    rules = st.builds(Extraction, rule=ids, confidence=st.floats(0, 1, allow_nan=False))

    def common(fact_id: str) -> dict[str, Any]:
        drafted = status is AnnotationStatus.draft and draw(st.booleans())
        return {
            "id": fact_id,
            "label": draw(st.none() | strings),
            "said_by": draw(st.just(()) | party_sets),
            "modality": draw(st.sampled_from(Modality)),
            "cue": draw(st.none() | strings),
            "evidence": evidence(),
            "refers_to": draw(st.none() | ids),
            "note": draw(st.none() | strings),
            "extraction": draw(rules) if drafted else None,
        }

    has_local = draw(st.booleans())
    local = Party(
        id=names[0],
        kind=PartyKind.group,
        name_en=draw(words),
        name_de=draw(words),
        aliases_en=tuple(draw(st.lists(words, max_size=2, unique=True))),
        wikidata=draw(st.none() | st.integers(1, 10**6).map(lambda n: f"Q{n}")),
        acts_for=draw(st.just(()) | party_sets),
    )
    process = Process(id=names[1], label=draw(words))
    track = Process(id=names[2], label=draw(words), part_of=names[1])
    interaction = Interaction(
        **common(names[3]),
        kind=draw(st.sampled_from(InteractionKind)),
        participants=(*([names[0]] if has_local else []), *draw(party_sets)),
        date=draw(st.none() | dates),
        date_text=draw(st.none() | strings),
        process=draw(st.sampled_from([None, names[1], names[2]])),
    )
    proposal = Proposal(
        **common(names[4]),
        proposed_by=draw(party_sets),
        proposed_to=draw(st.just(()) | party_sets),
        terms=tuple(draw(st.lists(terms(), min_size=1, max_size=2))),
        made_during=draw(st.sampled_from([None, names[3]])),
        process=draw(st.sampled_from([None, names[2]])),
    )
    demand = Condition(
        **common(names[5]),
        kind=draw(st.sampled_from([ConditionKind.demand, ConditionKind.precondition])),
        imposed_by=draw(party_sets),
        demands=draw(terms()),
        description=draw(st.none() | strings),
    )
    conditional = Commitment(
        **common(names[6]),
        debtor=draw(party_sets),
        term=draw(terms()),
        responds_to=draw(st.sampled_from([None, names[4]])),
        conditions=(names[5], names[7]),
        status=CommitmentStatus.conditional,
    )
    counterpart = Commitment(
        **common(names[8]),
        debtor=draw(party_sets),
        creditor=draw(st.just(()) | party_sets),
        term=draw(terms()),
        status=draw(st.sampled_from([s for s in CommitmentStatus if s != "conditional"])),
    )
    reciprocity = Condition(
        **common(names[7]),
        kind=ConditionKind.reciprocity,
        imposed_by=draw(party_sets),
        required_of=draw(st.just(()) | party_sets),
        mirrors=names[8],
    )
    position = Position(
        **common(names[9]),
        party=draw(st.sampled_from(PARTY_IDS)),
        regarding=draw(st.sampled_from([names[4], names[10]])),
        stance=Stance.accepts_with_conditions,
        conditions=(names[5],),
        commitment=names[6],
    )
    agreement = Agreement(
        **common(names[10]),
        parties=draw(party_sets),
        mediators=draw(st.just(()) | party_sets),
        commitments=(names[6], names[8]),
        form=draw(st.sampled_from(AgreementForm)),
        status=draw(st.sampled_from(AgreementStatus)),
        date=draw(st.none() | dates),
        reached_during=names[3],
        pax_id=draw(st.none() | st.integers(1, 3000)),
    )
    return Annotation(
        id=names[11],
        status=status,
        annotator=draw(st.none() | strings),
        generator=draw(st.none() | strings),
        article=Article(
            title=draw(words),
            outlet=draw(words),
            url=draw(st.none() | ids.map(lambda s: f"https://example.org/{s}")),
            published=draw(dates),
            language=draw(st.sampled_from(Language)),
            author=draw(st.none() | strings),
            text=text,
        ),
        parties=(local,) if has_local else (),
        processes=(process, track),
        interactions=(interaction,),
        proposals=(proposal,),
        commitments=(conditional, counterpart),
        conditions=(demand, reciprocity),
        positions=(position,),
        agreements=(agreement,),
    )
