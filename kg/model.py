"""The negotiation model: what one annotated article says, as frozen pydantic models.

An :class:`Annotation` holds one article and the facts it reports: interactions,
proposals, commitments, conditions, positions and agreements. Every fact carries who says
so (``said_by``), how it is put (``modality``) and at least one :class:`Evidence` span in
the article text. Parties are referred to by id: the bundled gazetteer
(:mod:`kg.gazetteer`) defines the canonical ones, an annotation may add its own.

The models check what one object can check on its own: types, closed code lists, id
syntax, duplicates, offsets that match their quote. Whether references resolve and quotes
occur in the text is checked against the whole annotation by
:func:`kg.annotation.check_annotation`, which reports every finding with its field path.

Collections that are sets in meaning (parties of a fact, referenced ids, scopes) are kept
sorted, so two annotations that say the same thing compare equal. Ordered collections
(facts, terms, evidence) keep the order of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from rdflib import XSD
from rdflib import Literal as RdfLiteral

from kg.codes import (
    ActionType,
    AgreementForm,
    AgreementStatus,
    AnnotationStatus,
    CommitmentStatus,
    ConditionKind,
    ConditionLogic,
    InteractionKind,
    Language,
    Modality,
    PartyKind,
    Scope,
    Stance,
)

__all__ = [
    "FACT_SECTIONS",
    "REFERENCE_TARGETS",
    "SCHEMA_VERSION",
    "Agreement",
    "Annotation",
    "Article",
    "Commitment",
    "Condition",
    "Evidence",
    "Extraction",
    "Fact",
    "Interaction",
    "Party",
    "Position",
    "Process",
    "Proposal",
    "Term",
    "iter_references",
]

#: Version of the annotation file format this model reads and writes.
SCHEMA_VERSION: Final = 1

ID_PATTERN = r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$"
_ID_HELP = "lower-case letters and digits, joined by single '-' or '.'"

#: xsd:duration without weeks (XSD has none): P1Y2M3DT4H5M6S, each part optional but
#: at least one present; :func:`_check_duration` rejects the empty forms 'P' and 'PT'.
DURATION_PATTERN = r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$"
WIKIDATA_PATTERN = r"^Q[1-9]\d*$"

Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=80,
        description=f"An identifier: {_ID_HELP}, e.g. 'us-energy-pause'.",
    ),
]


def _canonical_duration(value: str) -> str:
    """Check a duration and return it in the canonical form RDF tools write.

    RDF parsers normalise xsd:duration literals (PT30H is read back as P1DT6H), so the
    model keeps that form too; otherwise a graph would not read back as the same model.
    """
    if value in ("P", "PT") or value.endswith("T"):
        raise ValueError(
            f"'{value}' has no amount; write e.g. 'P30D' for 30 days or 'PT12H' for 12 hours"
        )
    if _duration_days(value) > _LONGEST_DAYS:
        raise ValueError(
            f"'{value}' is longer than {_LONGEST_DAYS // 365} years; check the number "
            "(a term's duration is e.g. 'P30D', 'P6M' or 'P2Y')"
        )
    literal = RdfLiteral(value, datatype=XSD.duration)
    if literal.ill_typed:
        raise ValueError(f"'{value}' is not a duration RDF can represent; write e.g. 'P30D'")
    return str(literal)


#: The longest duration a term may have; longer ones are typos (and overflow RDF tools).
_LONGEST_DAYS: Final = 1000 * 365

_DURATION_PARTS = re.compile(
    r"^P(?:(?P<Y>\d+)Y)?(?:(?P<Mo>\d+)M)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<Mi>\d+)M)?(?:(?P<S>\d+)S)?)?$"
)
_DAYS_PER = {"Y": 365.0, "Mo": 30.0, "D": 1.0, "H": 1 / 24, "Mi": 1 / 1440, "S": 1 / 86400}


def _duration_days(value: str) -> float:
    """Return roughly how many days a duration (already matching the pattern) spans."""
    match = _DURATION_PARTS.match(value)
    if match is None:
        return 0.0
    return sum(int(n) * _DAYS_PER[part] for part, n in match.groupdict().items() if n)


Duration = Annotated[
    str,
    Field(
        pattern=DURATION_PATTERN,
        description="An xsd:duration (ISO 8601 without weeks): 'P30D' for 30 days, "
        "'P90D', 'P1M', 'PT12H'. Kept in canonical form: 'PT30H' becomes 'P1DT6H'.",
    ),
    AfterValidator(_canonical_duration),
]


def _sorted_unique(values: tuple[Any, ...]) -> tuple[Any, ...]:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"'{value}' is listed twice; list each id once")
        seen.add(value)
    return tuple(sorted(values))


IdSet = Annotated[tuple[Id, ...], AfterValidator(_sorted_unique)]
ScopeSet = Annotated[tuple[Scope, ...], AfterValidator(_sorted_unique)]


def _not_a_number(value: Any) -> Any:
    if isinstance(value, int | float):  # pydantic would read a number as a Unix timestamp
        # pydantic turns only a ValueError into a validation error
        raise ValueError(  # noqa: TRY004
            f"{value!r} is a number, not a date; write YYYY-MM-DD, e.g. 2025-03-26"
        )
    return value


Day = Annotated[dt.date, BeforeValidator(_not_a_number)]
Text = Annotated[str, Field(min_length=1)]
TextSet = Annotated[tuple[Text, ...], AfterValidator(_sorted_unique)]


class _Model(BaseModel):
    """Base of every model: frozen, no unknown fields, enums kept as enums."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=False,
        use_attribute_docstrings=False,
        validate_default=True,
    )


class Evidence(_Model):
    """A span of the article text that backs a fact: the exact quote and where it stands.

    Offsets count Unicode code points of the article text, as Python ``str`` indices do:
    ``article.text[start:end] == quote``. In a file the offsets may be left out; the loader
    then finds the quote and fills them in (and asks for them when the quote occurs twice).
    """

    quote: str = Field(
        min_length=1,
        description="The exact words from the article text, character for character.",
    )
    start: int | None = Field(
        default=None,
        ge=0,
        description="Offset of the quote's first character in the article text "
        "(code points, 0-based). Omit with 'end' to let kg locate the quote.",
    )
    end: int | None = Field(
        default=None,
        ge=0,
        description="Offset just past the quote's last character: end - start == len(quote).",
    )

    @model_validator(mode="after")
    def _offsets_match_quote(self) -> Evidence:
        if (self.start is None) != (self.end is None):
            raise ValueError("give both 'start' and 'end', or neither to let kg locate the quote")
        if (
            self.start is not None
            and self.end is not None
            and self.end - self.start != len(self.quote)
        ):
            raise ValueError(
                f"end - start is {self.end - self.start} but the quote has "
                f"{len(self.quote)} characters; fix the offsets or remove both"
            )
        return self


def _two_decimals(value: float) -> float:
    return round(value, 2)


class Extraction(_Model):
    """How a parser drafted a fact: the rule that fired and how sure it is.

    Only facts of a ``draft`` annotation carry it; a person who reviews the draft removes
    it (and sets ``status: reviewed``), so a reviewed fact is vouched for by a person.
    """

    rule: Id = Field(
        description="The rule (or model) that produced the fact, e.g. 'de.position.accept'."
    )
    confidence: Annotated[float, AfterValidator(_two_decimals)] = Field(
        ge=0, le=1, description="How sure the rule is, from 0 to 1 (kept to two decimals)."
    )


class Party(_Model):
    """An actor: a state, a government body, a person, an organisation or a group.

    The gazetteer defines the canonical parties; an annotation lists only parties the
    gazetteer lacks.
    """

    id: Id = Field(description="Identifier used to refer to the party, e.g. 'russia'.")
    kind: PartyKind = Field(description="What kind of actor this is.")
    name_en: Text = Field(description="Canonical English name.")
    name_de: Text = Field(description="Canonical German name.")
    aliases_en: TextSet = Field(
        default=(),
        description="Other English names, metonyms and inflected forms that refer to it "
        "(kept sorted).",
    )
    aliases_de: TextSet = Field(
        default=(),
        description="Other German names, metonyms and inflected forms, incl. Swiss 'ss' "
        "(kept sorted).",
    )
    wikidata: str | None = Field(
        default=None,
        pattern=WIKIDATA_PATTERN,
        description="Wikidata item id, e.g. 'Q159' for Russia.",
    )
    acts_for: IdSet = Field(
        default=(),
        description="Parties this one acts for: a person for a state or body, a body for "
        "its state.",
    )
    members: IdSet = Field(
        default=(),
        description="For a group: the parties it is made of, where they are known.",
    )
    description: str | None = Field(default=None, description="A one-line description.")


class Process(_Model):
    """A negotiation process, or a track within one (energy, Black Sea, prisoners)."""

    id: Id = Field(description="Identifier of the process, shared across articles.")
    label: Text = Field(description="Name of the process, e.g. 'Russia–Ukraine talks 2025'.")
    part_of: Id | None = Field(
        default=None, description="The process this one is a track of, if any."
    )


class Term(_Model):
    """The content of an undertaking: who does what, to what, for how long, how many."""

    action: ActionType = Field(description="What is to be done.")
    scope: ScopeSet = Field(
        default=(), description="What the action applies to (targets, domains)."
    )
    actor: IdSet = Field(
        default=(),
        description="Parties that must perform the action; empty when the term binds "
        "whoever commits to it.",
    )
    place: str | None = Field(
        default=None, description="Where it applies, in words, e.g. 'Black Sea'."
    )
    duration: Duration | None = Field(
        default=None, description="How long it lasts, e.g. 'P30D' for 30 days."
    )
    starts: Day | None = Field(default=None, description="First day, if stated.")
    ends: Day | None = Field(default=None, description="Last day, if stated.")
    quantity: int | None = Field(default=None, ge=0, description="How many, e.g. 175 prisoners.")
    unit: str | None = Field(
        default=None, description="What 'quantity' counts, e.g. 'prisoners of war'."
    )
    phase: int | None = Field(
        default=None, ge=1, description="Phase of a phased deal this term belongs to."
    )
    description: str | None = Field(
        default=None, description="The term in a few words of the annotator's own."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Term:
        if self.unit is not None and self.quantity is None:
            raise ValueError("'unit' needs a 'quantity'; add the number or remove the unit")
        if self.starts and self.ends and self.ends < self.starts:
            raise ValueError("'ends' is before 'starts'")
        return self


class Fact(_Model):
    """What every reported fact has: an id, who says so, how, and the evidence."""

    id: Id = Field(description="Identifier, unique among all facts of the annotation.")
    label: str | None = Field(
        default=None,
        description="Short name shown in graphs; derived from the content when omitted.",
    )
    said_by: IdSet = Field(
        default=(),
        description="Parties the article says this comes from (the Kremlin, the White "
        "House); empty when the outlet states it in its own voice.",
    )
    modality: Modality = Field(
        default=Modality.asserted,
        description="How it is put: asserted, reported, hypothetical, future or denied.",
    )
    cue: str | None = Field(
        default=None,
        description="The words that attribute it, as in the text, e.g. 'teilte der Kreml mit'.",
    )
    evidence: tuple[Evidence, ...] = Field(
        min_length=1, description="Spans of the article text that back this fact."
    )
    refers_to: Id | None = Field(
        default=None,
        description="Cross-article identifier: facts of different articles with the same "
        "value are accounts of the same real-world proposal, commitment or event.",
    )
    note: str | None = Field(default=None, description="Annotator's remark.")
    extraction: Extraction | None = Field(
        default=None,
        description="Drafts only: the parser rule that produced the fact and its confidence.",
    )


class Interaction(Fact):
    """A call, meeting, negotiation round, statement or visit."""

    kind: InteractionKind = Field(description="What kind of interaction.")
    participants: IdSet = Field(
        default=(), description="Parties taking part, where the article names them."
    )
    date: Day | None = Field(default=None, description="When it took place, if known.")
    date_text: str | None = Field(
        default=None, description="The date as the article gives it, e.g. 'am Mittwoch'."
    )
    place: str | None = Field(default=None, description="Where, in words.")
    process: Id | None = Field(default=None, description="Process or track it belongs to.")


class Proposal(Fact):
    """An offer or plan put forward by one party to others."""

    proposed_by: IdSet = Field(min_length=1, description="Parties making the proposal.")
    proposed_to: IdSet = Field(default=(), description="Parties it is addressed to.")
    terms: tuple[Term, ...] = Field(min_length=1, description="What it proposes.")
    made_during: Id | None = Field(default=None, description="Interaction in which it was made.")
    counter_to: Id | None = Field(
        default=None, description="Proposal this one answers or replaces."
    )
    process: Id | None = Field(default=None, description="Process or track it belongs to.")


class Commitment(Fact):
    """A party binding itself to a term, possibly only under conditions."""

    debtor: IdSet = Field(min_length=1, description="Parties that commit.")
    creditor: IdSet = Field(default=(), description="Parties the commitment is made to.")
    term: Term = Field(description="What they commit to.")
    responds_to: Id | None = Field(default=None, description="Proposal this commitment answers.")
    conditions: IdSet = Field(
        default=(), description="Conditions it depends on (ids of conditions)."
    )
    condition_logic: ConditionLogic = Field(
        default=ConditionLogic.all_of,
        description="Whether all conditions must hold or any one is enough.",
    )
    status: CommitmentStatus = Field(
        description="Lifecycle as reported: proposed, conditional, active, fulfilled, …"
    )

    @model_validator(mode="after")
    def _conditional_has_conditions(self) -> Commitment:
        if self.status is CommitmentStatus.conditional and not self.conditions:
            raise ValueError("status 'conditional' needs at least one entry in 'conditions'")
        return self


class Condition(Fact):
    """What must hold before a commitment takes effect, or what a party demands."""

    kind: ConditionKind = Field(
        description="reciprocity (the other side does the same), precondition or demand."
    )
    imposed_by: IdSet = Field(min_length=1, description="Parties setting the condition.")
    required_of: IdSet = Field(
        default=(), description="Parties the condition requires something of."
    )
    mirrors: Id | None = Field(
        default=None,
        description="For reciprocity: the counterpart commitment (same term, the other "
        "party as debtor).",
    )
    demands: Term | None = Field(
        default=None, description="For a precondition or demand: what must be done."
    )
    description: str | None = Field(
        default=None, description="The condition in a few words of the annotator's own."
    )

    @model_validator(mode="after")
    def _kind_fields(self) -> Condition:
        if self.kind is ConditionKind.reciprocity:
            if self.mirrors is None:
                raise ValueError(
                    "a reciprocity condition needs 'mirrors': the id of the counterpart commitment"
                )
            if self.demands is not None:
                raise ValueError(
                    "a reciprocity condition takes 'mirrors', not 'demands'; put the "
                    "term on the mirrored commitment"
                )
        elif self.demands is None:
            raise ValueError(f"a {self.kind.value} needs 'demands': the term that must be met")
        elif self.mirrors is not None:
            raise ValueError("only a reciprocity condition takes 'mirrors'")
        return self


class Position(Fact):
    """A party's response to a proposal, an announced agreement or a demand, or its silence."""

    party: Id = Field(description="The party whose position this is.")
    regarding: Id = Field(
        description="The proposal, agreement or condition (a demand) it responds to."
    )
    stance: Stance = Field(
        description="accepts, accepts_with_conditions, rejects, considers, no_response, "
        "declines_comment."
    )
    conditions: IdSet = Field(
        default=(), description="Conditions the party attaches (ids of conditions)."
    )
    commitment: Id | None = Field(
        default=None, description="The commitment the party takes on by this position."
    )

    @model_validator(mode="after")
    def _stance_fields(self) -> Position:
        if self.stance is Stance.accepts_with_conditions and not self.conditions:
            raise ValueError("stance 'accepts_with_conditions' needs 'conditions'")
        silent = {Stance.no_response, Stance.declines_comment}
        if self.stance in silent and (self.conditions or self.commitment):
            raise ValueError(f"stance '{self.stance.value}' takes no 'conditions' or 'commitment'")
        return self


class Agreement(Fact):
    """An agreement between parties: verbal or written, with its reported status."""

    parties: IdSet = Field(min_length=1, description="Parties to the agreement.")
    mediators: IdSet = Field(default=(), description="Third parties who mediated it.")
    commitments: IdSet = Field(
        default=(), description="Commitments it comprises (ids of commitments)."
    )
    form: AgreementForm = Field(
        default=AgreementForm.unknown, description="verbal, written, unilateral_declaration."
    )
    status: AgreementStatus = Field(
        description="announced, not_reached, in_force, implemented, expired, not_renewed, …"
    )
    date: Day | None = Field(default=None, description="When it was reached, if known.")
    reached_during: Id | None = Field(
        default=None,
        description="Interaction in which it was reached (or, if not_reached, failed).",
    )
    pax_id: int | None = Field(
        default=None, ge=1, description="PA-X Peace Agreements Database id, if listed there."
    )
    process: Id | None = Field(default=None, description="Process or track it belongs to.")


class Article(_Model):
    """The article an annotation describes: its metadata and its exact text."""

    title: Text = Field(description="Headline.")
    outlet: Text = Field(description="Publisher, e.g. 'Rhein-Kurier'.")
    url: str | None = Field(
        default=None, pattern=r"^https?://\S+$", description="Where it was published."
    )
    published: Day = Field(description="Date of publication (YYYY-MM-DD).")
    language: Language = Field(description="Language of the text: 'de' or 'en'.")
    author: str | None = Field(default=None, description="Byline, if any.")
    text: str = Field(
        min_length=1,
        description="The article text, exactly as stored; evidence offsets index it. In "
        "a file, give either 'text' or 'text_file'.",
    )
    text_file: str | None = Field(
        default=None,
        description="File holding the text, relative to the annotation file. Kept so the "
        "annotation is written back the same way; not part of the graph.",
    )


_Keyed = TypeVar("_Keyed", "Party", "Process")


def _by_id(items: tuple[_Keyed, ...]) -> tuple[_Keyed, ...]:
    return tuple(sorted(items, key=lambda item: item.id))


#: The sections of an annotation that hold facts, in file order, with their model.
FACT_SECTIONS: dict[str, type[Fact]] = {
    "interactions": Interaction,
    "proposals": Proposal,
    "commitments": Commitment,
    "conditions": Condition,
    "positions": Position,
    "agreements": Agreement,
}


class Annotation(_Model):
    """One article and everything it reports, attributed and backed by evidence."""

    kg_annotation: Literal[1] = Field(
        default=SCHEMA_VERSION,
        description="Version of the annotation format; this is version 1.",
    )
    id: Id = Field(description="Identifier of the article, unique in a collection.")
    status: AnnotationStatus = Field(
        default=AnnotationStatus.reviewed,
        description="'reviewed' by a person, or a machine 'draft' awaiting review.",
    )
    annotator: str | None = Field(default=None, description="Who annotated (or reviewed) it.")
    generator: str | None = Field(
        default=None, description="Software that drafted it, with its version."
    )
    article: Article = Field(description="The article: metadata and text.")
    parties: Annotated[tuple[Party, ...], AfterValidator(_by_id)] = Field(
        default=(),
        description="Parties this article needs that the gazetteer lacks (kept sorted by id).",
    )
    processes: Annotated[tuple[Process, ...], AfterValidator(_by_id)] = Field(
        default=(),
        description="Negotiation processes and tracks referred to (kept sorted by id).",
    )
    interactions: tuple[Interaction, ...] = Field(default=(), description="Calls, meetings…")
    proposals: tuple[Proposal, ...] = Field(default=(), description="Offers and plans.")
    commitments: tuple[Commitment, ...] = Field(
        default=(), description="Undertakings, conditional or not."
    )
    conditions: tuple[Condition, ...] = Field(default=(), description="Conditions and demands.")
    positions: tuple[Position, ...] = Field(
        default=(), description="Responses to proposals and agreements, and silences."
    )
    agreements: tuple[Agreement, ...] = Field(default=(), description="Agreements.")

    @model_validator(mode="after")
    def _extraction_only_in_drafts(self) -> Annotation:
        if self.status is AnnotationStatus.reviewed:
            for fact in self.facts():
                if fact.extraction is not None:
                    raise ValueError(
                        f"fact '{fact.id}' has 'extraction' but the annotation is reviewed; "
                        "remove 'extraction' from every reviewed fact, or set status: draft"
                    )
        return self

    def facts(self) -> tuple[Fact, ...]:
        """Return every fact, section by section in file order."""
        out: list[Fact] = []
        for section in FACT_SECTIONS:
            out.extend(getattr(self, section))
        return tuple(out)


#: What each referencing field may point to: a party, or facts of the given sections.
REFERENCE_TARGETS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "said_by",
            "participants",
            "proposed_by",
            "proposed_to",
            "debtor",
            "creditor",
            "imposed_by",
            "required_of",
            "party",
            "parties",
            "mediators",
            "actor",
            "acts_for",
            "members",
        ),
        ("parties",),
    ),
    "made_during": ("interactions",),
    "reached_during": ("interactions",),
    "responds_to": ("proposals",),
    "counter_to": ("proposals",),
    "regarding": ("proposals", "agreements", "conditions"),
    "conditions": ("conditions",),
    "mirrors": ("commitments",),
    "commitment": ("commitments",),
    "commitments": ("commitments",),
    "process": ("processes",),
    "part_of": ("processes",),
}


def iter_references(
    model: BaseModel, at: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str, tuple[str, ...]]]:
    """Yield every id reference in ``model``: (field path, referenced id, allowed targets).

    Targets name what the id may refer to: ``("parties",)`` for a party, or the fact
    sections (``"proposals"``, ``"agreements"``…) and ``"processes"``. The field path
    leads to the referencing value, e.g. ``("positions", 0, "regarding")`` or
    ``("proposals", 1, "proposed_to", 0)``.

    Examples
    --------
    >>> p = Position(id="p", party="ukraine", regarding="offer", stance="no_response",
    ...              evidence=[{"quote": "no answer"}])
    >>> sorted(ref for _, ref, _ in iter_references(p))
    ['offer', 'ukraine']
    """
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = (*at, name)
        targets = REFERENCE_TARGETS.get(name)
        if targets is not None and isinstance(value, str):
            yield path, value, targets
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if targets is not None and isinstance(item, str):
                    yield (*path, i), item, targets
                elif isinstance(item, BaseModel):
                    yield from iter_references(item, (*path, i))
        elif isinstance(value, BaseModel):
            yield from iter_references(value, path)
