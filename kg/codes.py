"""The closed code lists of the annotation model.

Each list is a :class:`enum.StrEnum` whose values are what annotation files contain
(``stance: accepts_with_conditions``). In RDF most values are SKOS concepts of the
ontology (``ontology/negotiation.ttl``), named ``neg:{prefix}_{value}`` with the prefix
given by :data:`CONCEPT_PREFIX` — see :func:`kg.namespace.concept_iri`. Labels in English
and German, definitions and the mappings to PLOVER and CAMEO live in the ontology, not
here: the ontology is the single source of what a code means.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CONCEPT_PREFIX",
    "ActionType",
    "AgreementForm",
    "AgreementStatus",
    "AnnotationStatus",
    "CommitmentStatus",
    "ConditionKind",
    "ConditionLogic",
    "InteractionKind",
    "Language",
    "Modality",
    "PartyKind",
    "Scope",
    "Stance",
]


class Language(StrEnum):
    """Language of an article (ISO 639-1)."""

    de = "de"
    en = "en"


class AnnotationStatus(StrEnum):
    """Whether a person has reviewed an annotation or it is a machine draft."""

    draft = "draft"
    reviewed = "reviewed"


class PartyKind(StrEnum):
    """What kind of actor a party is."""

    state = "state"
    government_body = "government_body"
    person = "person"
    organisation = "organisation"
    group = "group"
    armed_group = "armed_group"


class Modality(StrEnum):
    """How a claim is put: as fact, as reported speech, as hypothesis, as future, or denied."""

    asserted = "asserted"
    reported = "reported"
    hypothetical = "hypothetical"
    future = "future"
    denied = "denied"


class InteractionKind(StrEnum):
    """Kinds of interaction between parties."""

    phone_call = "phone_call"
    meeting = "meeting"
    negotiation_round = "negotiation_round"
    statement = "statement"
    visit = "visit"
    message = "message"


class ActionType(StrEnum):
    """What a term obliges a party to do."""

    ceasefire = "ceasefire"
    halt_attacks = "halt_attacks"
    end_hostilities = "end_hostilities"
    withdraw_forces = "withdraw_forces"
    exchange_prisoners = "exchange_prisoners"
    release_persons = "release_persons"
    return_remains = "return_remains"
    allow_humanitarian_access = "allow_humanitarian_access"
    establish_monitoring = "establish_monitoring"
    provide_security_guarantees = "provide_security_guarantees"
    halt_arms_deliveries = "halt_arms_deliveries"
    halt_intelligence_sharing = "halt_intelligence_sharing"
    halt_mobilisation = "halt_mobilisation"
    halt_rearmament = "halt_rearmament"
    hold_talks = "hold_talks"
    lift_sanctions = "lift_sanctions"
    impose_sanctions = "impose_sanctions"
    reduce_tariffs = "reduce_tariffs"
    suspend_tariffs = "suspend_tariffs"
    purchase_goods = "purchase_goods"
    lift_export_controls = "lift_export_controls"
    ensure_safe_navigation = "ensure_safe_navigation"
    renew_agreement = "renew_agreement"
    other = "other"


class Scope(StrEnum):
    """What a term is about: its target or domain."""

    general = "general"
    energy_infrastructure = "energy_infrastructure"
    civilian_infrastructure = "civilian_infrastructure"
    ports = "ports"
    shipping = "shipping"
    black_sea = "black_sea"
    prisoners_of_war = "prisoners_of_war"
    civilian_detainees = "civilian_detainees"
    hostages = "hostages"
    wounded_soldiers = "wounded_soldiers"
    humanitarian_aid = "humanitarian_aid"
    weapons = "weapons"
    intelligence = "intelligence"
    agricultural_goods = "agricultural_goods"
    industrial_goods = "industrial_goods"
    critical_minerals = "critical_minerals"
    technology = "technology"
    financial_sector = "financial_sector"


class ConditionKind(StrEnum):
    """Kinds of condition on a commitment."""

    reciprocity = "reciprocity"
    precondition = "precondition"
    demand = "demand"


class ConditionLogic(StrEnum):
    """How several conditions of one commitment combine."""

    all_of = "all_of"
    any_of = "any_of"


class Stance(StrEnum):
    """A party's response to a proposal or an announced agreement."""

    accepts = "accepts"
    accepts_with_conditions = "accepts_with_conditions"
    rejects = "rejects"
    considers = "considers"
    no_response = "no_response"
    declines_comment = "declines_comment"


class CommitmentStatus(StrEnum):
    """Lifecycle of a commitment as the article reports it."""

    proposed = "proposed"
    conditional = "conditional"
    active = "active"
    fulfilled = "fulfilled"
    violated = "violated"
    expired = "expired"
    cancelled = "cancelled"
    not_renewed = "not_renewed"


class AgreementForm(StrEnum):
    """The form an agreement takes."""

    verbal = "verbal"
    written = "written"
    unilateral_declaration = "unilateral_declaration"
    unknown = "unknown"


class AgreementStatus(StrEnum):
    """Status of an agreement as the article reports it."""

    announced = "announced"
    not_reached = "not_reached"
    in_force = "in_force"
    implemented = "implemented"
    suspended = "suspended"
    expired = "expired"
    not_renewed = "not_renewed"
    collapsed = "collapsed"


#: The concept-name prefix of each code list that becomes SKOS concepts: value ``v`` of list
#: ``L`` is ``neg:{CONCEPT_PREFIX[L]}_{v}``. :class:`PartyKind` and :class:`ConditionKind`
#: become classes instead (``neg:State``, ``neg:ReciprocityCondition``…) and
#: :class:`Language` a ``schema:inLanguage`` literal.
CONCEPT_PREFIX: dict[type[StrEnum], str] = {
    AnnotationStatus: "annotationstatus",
    Modality: "modality",
    InteractionKind: "interaction",
    ActionType: "action",
    Scope: "scope",
    ConditionLogic: "logic",
    Stance: "stance",
    CommitmentStatus: "commitmentstatus",
    AgreementForm: "agreementform",
    AgreementStatus: "agreementstatus",
}
