"""Reciprocity asked in return for an offer: "In return, Kyiv would have to …".

An offer or a conditional undertaking is often followed (or continued after a comma) by
what the other side is to give for it: "Russland bot an, … einzustellen. Im Gegenzug soll
die Ukraine …", "Hamas will release ten hostages, dafür soll Israel …", "In exchange,
Ukraine would have to …". With an obligation ("soll", "müsse", "would have to", "must")
and a party after the cue, the condition is a reciprocity: required of that party (its
act becomes a proposed commitment the condition mirrors), imposed by the offering side —
the first party of the same sentence before the cue, else of the sentence before. What an
announced agreement's sides take on in return is a commitment, not a condition (read by
:mod:`kg.extract.rules.commitments`), and what the other side may have in return ("soll
… nutzen können", "would be allowed to") is a benefit, not a demand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from kg.codes import AgreementStatus, CommitmentStatus, ConditionKind
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.parties import state_of
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import find_terms

__all__ = ["add_return_condition"]

#: The cue: an exchange adverb opening the sentence or the clause after a comma.
_RETURN: Final = re.compile(
    r"(?:^|,\s+)(?P<cue>In return|In exchange|Im Gegenzug|Dafür|dafür|im Gegenzug|in return|"
    r"in exchange)\b,?",
)
#: An obligation of the party after the cue.
_OBLIGED: Final = re.compile(
    r"\b(?:soll|sollen|solle|sollte|sollten|müsse|müssten|muss|müssen|must|would have to|"
    r"will have to|has to|have to|had to|is to|are to|would need to|should)\b",
    re.IGNORECASE,
)
#: A benefit rather than an obligation: "soll … nutzen können", "would be allowed to".
_BENEFIT: Final = re.compile(
    r"\b(?:können|könne|dürfen|dürfe|erhalten|bekommen|can|could|may|allowed|receive|get)\b",
    re.IGNORECASE,
)
#: How many sentences back an announced agreement makes "in return" one of its terms.
_AGREEMENT_REACH: Final = 6


def add_return_condition(
    ctx: Context, draft: Draft, previous: Sequence[Context] = ()
) -> DraftFact | None:
    """Add the reciprocity an exchange adverb asks of the other side, if the sentence gives one.

    ``previous`` are the sentences before (nearest last), for the offering side.
    """
    index = ctx.sentence.index
    found = _RETURN.search(ctx.text)
    if found is None or draft.of_sentence(index, "conditions"):
        return None
    rest = ctx.text[found.end() :]
    if not _OBLIGED.search(rest) or _BENEFIT.search(rest):
        return None
    if any(
        a.fields["status"] is not AgreementStatus.not_reached
        and index - _AGREEMENT_REACH <= a.sentence <= index
        for a in draft.section("agreements")
    ):
        return None  # what the sides of an announced deal take on: its commitments
    after = ctx.actors(found.end())
    hits = [t for t in ctx.terms if t.start >= found.end()] or find_terms(rest, ctx.language)
    if not after or not hits:
        return None
    required = state_of(after[0].party_id)
    before = ctx.actors(0, found.start())
    if not before and previous:
        before = previous[-1].actors()
    imposers = [state_of(m.party_id) for m in before if state_of(m.party_id) != required]
    if not imposers:
        return None
    imposer = imposers[0]
    common: dict[str, Any] = ctx.common()
    span = ctx.span(found.start("cue"), len(ctx.text))
    term = term_fields(hits[0])
    mirror = draft.add(
        "commitments",
        slug(required, term["action"].value, "in-return"),
        {"debtor": (required,), "creditor": (imposer,), "term": term,
         "status": CommitmentStatus.proposed, **common},
        span,
        rule=f"{ctx.language}.commitment.in-return",
        confidence=0.4,
        sentence=index,
    )  # fmt: skip
    return draft.add(
        "conditions",
        slug(required, "reciprocity", term["action"].value),
        {"kind": ConditionKind.reciprocity, "imposed_by": (imposer,), "required_of": (required,),
         "mirrors": mirror.id, **common},
        span,
        rule=f"{ctx.language}.condition.in-return",
        confidence=0.45,
        sentence=index,
    )  # fmt: skip
