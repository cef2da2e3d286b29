"""The parser's positions: stance cues, holders and what a stance regards, German and English.

Each case is a short text written for the test: a proposal or demand, then a sentence
taking a stance on it. The assertions are on the position's holder, stance and the kind
and actions of the fact it regards.
"""

from __future__ import annotations

import pytest

from kg.codes import ActionType, Stance
from kg.extract import parse
from kg.model import Annotation, Condition, Proposal

DAY = "2025-03-18"


def _draft(text: str, lang: str) -> Annotation:
    return parse(text, lang=lang, published=DAY, article_id="test-positions")


def _regarded(draft: Annotation, fact_id: str) -> set[ActionType]:
    facts = {f.id: f for f in draft.facts()}
    fact = facts[fact_id]
    if isinstance(fact, Proposal):
        return {t.action for t in fact.terms}
    if isinstance(fact, Condition) and fact.demands is not None:
        return {fact.demands.action}
    return set()


def _stances(draft: Annotation) -> set[tuple[str, Stance]]:
    return {(p.party, p.stance) for p in draft.positions}


@pytest.mark.parametrize(
    ("text", "lang", "party", "stance"),
    [
        ("Russia said it was not bound by the proposal.", "en", "russia", Stance.rejects),
        ("Russland sei an den Vorschlag nicht gebunden, sagte Peskow.", "de", "russia",
         Stance.rejects),
        ("Russia showed no sign of accepting the proposal.", "en", "russia", Stance.rejects),
        ("Russland zeigte keine Bereitschaft, den Vorschlag anzunehmen.", "de", "russia",
         Stance.rejects),
        ("Russia refused to sign up to the ceasefire.", "en", "russia", Stance.rejects),
        ("Russland weigerte sich, der Waffenruhe zuzustimmen.", "de", "russia", Stance.rejects),
        ("Russia has yet to respond.", "en", "russia", Stance.no_response),
        ("Russland hat noch nicht auf den Vorschlag geantwortet.", "de", "russia",
         Stance.no_response),
        ("The Kremlin remained tight-lipped on the proposal.", "en", "kremlin",
         Stance.declines_comment),
        ("Der Kreml hielt sich zu dem Vorschlag bedeckt.", "de", "kremlin",
         Stance.declines_comment),
        ("A Russian spokesman declined to say whether Moscow would reply.", "en", "russia",
         Stance.declines_comment),
        ("Russia ruled out the ceasefire.", "en", "russia", Stance.rejects),
        ("Russland schloss die Waffenruhe aus.", "de", "russia", Stance.rejects),
        ("Ukraine said it would abide by the ceasefire.", "en", "ukraine", Stance.accepts),
        ("Die Ukraine werde die Waffenruhe einhalten, sagte Selenskyj.", "de", "ukraine",
         Stance.accepts),
    ],
)  # fmt: skip
def test_stance_cues(text: str, lang: str, party: str, stance: Stance) -> None:
    lead = {
        "en": "The United States proposed a 30-day ceasefire. ",
        "de": "Die USA schlugen eine 30-tägige Waffenruhe vor. ",
    }[lang]
    draft = _draft(lead + text, lang)
    assert (party, stance) in _stances(draft)
    (proposal,) = draft.proposals
    assert all(p.regarding == proposal.id for p in draft.positions)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Moscow demanded that the European Union lift its sanctions on Russian banks. "
         "The European Union rejected any suggestion that the talks depended on lifting "
         "sanctions."), "en"),
        (("Moskau verlangt, dass die Europäische Union ihre Sanktionen gegen russische Banken "
         "aufhebt. Die EU wies jede Aufhebung der Sanktionen zurück."), "de"),
    ],
)  # fmt: skip
def test_a_stance_on_a_demand_regards_its_action(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    (position,) = [p for p in draft.positions if p.party == "european-union"]
    assert position.stance is Stance.rejects
    assert _regarded(draft, position.regarding) == {ActionType.lift_sanctions}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Kyiv proposed a halt to strikes on energy facilities. Kyiv also offered to extend "
         "the ceasefire by 30 days. Moscow did not respond to either proposal."), "en"),
        (("Kiew schlug vor, die Angriffe auf Energieanlagen einzustellen. Kiew bot zudem an, "
         "die Waffenruhe um 30 Tage zu verlängern. Moskau reagierte auf beide Vorschläge "
         "nicht."), "de"),
    ],
)  # fmt: skip
def test_a_plural_reference_regards_each_proposal(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    silent = [p for p in draft.positions if p.stance is Stance.no_response]
    assert {p.party for p in silent} == {"russia"}
    assert {p.regarding for p in silent} == {p.id for p in draft.proposals}
    assert len(draft.proposals) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. Ukraine rejected the accusation "
         "that it had broken the truce."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Kiew wies die Vorwürfe Moskaus "
         "zurück."), "de"),
        (("The United States proposed a 30-day ceasefire. Putin said Russian troops stood "
         "ready to repel any attack."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Putin sagte, die russische Armee "
         "sei bereit, jeden Angriff abzuwehren."), "de"),
        (("Die USA schlugen eine Waffenruhe von 30 Tagen vor. Russland sei bereit, die "
         "Kontakte fortzusetzen, sagte Peskow."), "de"),
        (("The United States proposed a 30-day ceasefire. Russia was ready to keep its "
         "embassy open, Peskov said."), "en"),
    ],
)  # fmt: skip
def test_denials_defence_and_offers_of_ones_own_are_no_stance(text: str, lang: str) -> None:
    assert _draft(text, lang).positions == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Ukraine proposed a 30-day ceasefire. Kremlin spokesman Dmitry Peskov declined to "
         "comment on the proposal. On Thursday he rejected the proposal outright."), "en"),
        (("Selenskyj schlug eine 30-tägige Waffenruhe vor. Kremlsprecher Dmitri Peskow wollte "
         "sich zu dem Vorschlag nicht äußern. Am Donnerstag lehnte er den Vorschlag ab."), "de"),
    ],
)  # fmt: skip
def test_a_pronoun_holder_is_the_holder_of_the_sentence_before(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert _stances(draft) == {
        ("kremlin", Stance.declines_comment),
        ("kremlin", Stance.rejects),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey proposed a 30-day ceasefire. Russian officials turned down the offer.", "en"),
        (("Die Türkei schlug eine 30-tägige Waffenruhe vor. Russische Diplomaten lehnten das "
         "Angebot ab."), "de"),
    ],
)  # fmt: skip
def test_officials_named_by_an_adjective_hold_their_states_stance(text: str, lang: str) -> None:
    assert _stances(_draft(text, lang)) == {("russia", Stance.rejects)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States had proposed a ceasefire, which we took note of, Peskov said.",
         "en"),
        (("Die USA hätten eine Waffenruhe vorgeschlagen, was man zur Kenntnis genommen habe, "
         "sagte Peskow."), "de"),
    ],
)  # fmt: skip
def test_we_and_man_stand_for_the_speaker(text: str, lang: str) -> None:
    assert _stances(_draft(text, lang)) == {("russia", Stance.considers)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. Russia rejected the proposal. A "
         "ceasefire would only be possible if Ukraine withdrew its troops, it was said."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Russland lehnte den Vorschlag ab. "
         "Eine Waffenruhe komme nur in Frage, wenn die Ukraine ihre Truppen abziehe, hieß es."),
         "de"),
    ],
)  # fmt: skip
def test_only_possible_if_is_a_conditional_acceptance(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert _stances(draft) == {
        ("russia", Stance.rejects),
        ("russia", Stance.accepts_with_conditions),
    }
    (conditional,) = [p for p in draft.positions if p.stance is Stance.accepts_with_conditions]
    conditions = {c.id: c for c in draft.conditions}
    assert [conditions[c].required_of for c in conditional.conditions] == [("ukraine",)]
    assert all(c.term.duration is None for c in draft.commitments)  # not the proposal's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed safe navigation in the Black Sea. Russia agreed to "
         "start talks on the details."), "en"),
        (("Die USA schlugen sichere Schifffahrt im Schwarzen Meer vor. Russland stimmte zu, "
         "Gespräche über die Einzelheiten aufzunehmen."), "de"),
    ],
)  # fmt: skip
def test_agreeing_to_talks_on_a_proposal_considers_it(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    (position,) = draft.positions
    assert (position.party, position.stance) == ("russia", Stance.considers)
    assert _regarded(draft, position.regarding) == {ActionType.ensure_safe_navigation}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. Russia backed a plan to lift "
         "sanctions on its banks."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Russland unterstützt eine "
         "Aufhebung der Sanktionen gegen seine Banken."), "de"),
    ],
)  # fmt: skip
def test_a_stance_on_another_action_does_not_regard_an_unrelated_proposal(
    text: str, lang: str
) -> None:
    draft = _draft(text, lang)
    assert all(_regarded(draft, p.regarding) != {ActionType.ceasefire} for p in draft.positions)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("France and Germany proposed a 30-day ceasefire. Washington stands behind the "
         "proposal, Merz said."), "en"),
        (("Frankreich und Deutschland schlugen eine 30-tägige Waffenruhe vor. Washington stehe "
         "hinter dem Vorstoß, sagte Merz."), "de"),
    ],
)  # fmt: skip
def test_standing_behind_a_proposal_accepts_it(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert _stances(draft) == {("united-states", Stance.accepts)}
    (position,) = draft.positions
    assert _regarded(draft, position.regarding) == {ActionType.ceasefire}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. Russia said it would not abide by "
         "any ceasefire."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Russland werde eine Waffenruhe "
         "nicht einhalten, sagte Peskow."), "de"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Russland schloss einen Vertrag mit "
         "Firmen aus China."), "de"),
    ],
)  # fmt: skip
def test_negated_or_unrelated_verbs_are_no_acceptance(text: str, lang: str) -> None:
    assert _draft(text, lang).positions == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. The ceasefire takes effect once "
         "Russia has agreed to it."), "en"),
        (("Die USA schlugen eine 30-tägige Waffenruhe vor. Die Waffenruhe tritt in Kraft, "
         "sobald Russland zugestimmt hat."), "de"),
    ],
)  # fmt: skip
def test_an_acceptance_in_a_condition_clause_is_no_stance(text: str, lang: str) -> None:
    assert _draft(text, lang).positions == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Russia and Ukraine agreed on Monday to stop attacking each other's energy "
         "facilities. Under the deal, neither side will target power plants for 30 days. "
         "The United States later backed the deal."), "en"),
        (("Russland und die Ukraine einigten sich am Montag auf eine Waffenruhe. Demnach "
         "werden beide Seiten 30 Tage lang keine Angriffe auf Kraftwerke verüben. Die USA "
         "begrüßten später das Abkommen."), "de"),
    ],
)  # fmt: skip
def test_the_deal_regards_the_latest_agreement(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    (agreement,) = draft.agreements
    assert agreement.commitments
    (position,) = draft.positions
    assert (position.party, position.stance) == ("united-states", Stance.accepts)
    assert position.regarding == agreement.id
