"""Proposals stated over several sentences: the terms of the sentences that follow one.

"Der Plan sieht vor, dass … In dieser Zeit sollen …", "The plan provides for … Phase
one is to last 42 days": a sentence that refers back to the last proposal ("Der Plan",
"The proposal", up to :data:`BACK_REACH` sentences after it) or follows a sentence that
added to it (up to :data:`REACH` sentences) adds its actions to that proposal if it
states an obligation ("must", "shall", "is to", "sollen", "verpflichtet sich", "sieht …
vor"), answers nothing (no stance or condition cue), names no new proposal or agreement
and no subject other than the proposal's parties. An obligation that names no specific
action adds the action ``other``.

Examples
--------
>>> bool(OBLIGATION["en"].search("Hamas is to disarm"))
True
>>> bool(OBLIGATION["de"].search("Zudem sollen die Milizen entwaffnet werden"))
True
"""

from __future__ import annotations

import re
from typing import Any, Final

from kg.codes import ActionType
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact
from kg.extract.lexicon import cue
from kg.extract.parties import state_of
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import unnamed_term

__all__ = ["BACK_REACH", "OBLIGATION", "REACH", "add_followup_terms", "note_proposal"]

#: How many sentences after the last one that added to a proposal may continue it.
REACH: Final = 2
#: How many sentences after a proposal a sentence may refer back to it ("Der Plan …").
BACK_REACH: Final = 6
#: Verbs of obligation: a clause with one states a term even without a specific action.
OBLIGATION: Final = {
    "de": re.compile(
        r"\b(?:muss|müssen|müsse|müssten|soll|sollen|solle|sollten|verpflichte\w*|"
        r"sieht\b[^.;:]{0,80}\bvor)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:must|shall|is to|are to|(?:commit(?:s|ted)?|undert(?:akes?|ook)|pledged?) to|"
        r"provides? for|calls? for)\b",
        re.IGNORECASE,
    ),
}
#: A sentence that opens by naming the proposal again: "Der Plan sieht vor", "The plan".
_BACK: Final = re.compile(
    r"(?:Der|Das|Dieser|Dieses|Laut dem|Nach dem|The|This|Under the)\s+(?:[\w-]+\s+)?"
    r"(?:Plan|Vorschlag|Entwurf|Angebot|plan|proposal|draft|offer|framework)\b"
)
#: Cue families of an answer to a proposal.
_STANCES: Final = ("accept", "reject", "no_response", "declines_comment", "considers", "condition")
_MEMO: Final = "last-proposal"


def note_proposal(draft: Draft, record: DraftFact | None, index: int) -> None:
    """Remember ``record``, found in sentence ``index``, as the proposal to continue."""
    if record is not None:
        draft.memo[_MEMO] = (record, index, index)


def add_followup_terms(ctx: Context, draft: Draft) -> DraftFact | None:
    """Add the actions of a sentence that continues the last proposal to that proposal.

    Returns the proposal it added to, or None.
    """
    last = draft.memo.get(_MEMO)
    if last is None:
        return None
    record: DraftFact
    record, found, touched = last
    index, language, text = ctx.sentence.index, ctx.language, ctx.text
    back = _BACK.match(text) is not None and index - found <= BACK_REACH
    if not back and index - touched > REACH:
        return None
    own = {*record.fields["proposed_by"], *record.fields.get("proposed_to", ())}
    other = any(state_of(m.party_id) not in own for m in ctx.actors())
    if other or any(cue(family, language).search(text) for family in _STANCES):
        draft.memo[_MEMO] = (record, found, -REACH - 1)  # only "Der Plan …" may go on
        return None  # another subject, or an answer to the proposal rather than its content
    new = cue("proposal", language).search(text)
    if (new and not back) or cue("agreed", language).search(text):
        draft.memo.pop(_MEMO)  # another proposal or an agreement: this account has ended
        return None
    if not OBLIGATION[language].search(text):
        return None
    known = {t["action"] for t in record.fields["terms"]}
    added: list[dict[str, Any]] = []
    for hit in ctx.terms:
        if hit.action not in known:
            known.add(hit.action)
            added.append(term_fields(hit))
    if not ctx.terms and ActionType.other not in known:
        added.append(unnamed_term(text, language, ctx.published))
    draft.memo[_MEMO] = (record, found, index)
    if not added:
        return None
    record.fields["terms"] = [*record.fields["terms"], *added]
    record.add_span(*ctx.span())
    return record
