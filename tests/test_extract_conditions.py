"""The parser's conditions: kinds, who sets them, whom they ask, one per listed item.

Each case is a short text written for the test, in German and English alike where the
rule applies to both.
"""

from __future__ import annotations

import pytest

from kg.codes import ActionType, ConditionKind
from kg.extract import parse
from kg.extract.rules.lists import item_bounds, verb_final_items
from kg.model import Annotation

DAY = "2025-03-18"


def _draft(text: str, lang: str) -> Annotation:
    return parse(text, lang=lang, published=DAY, article_id="test-conditions")


def _keys(draft: Annotation) -> set[tuple[ConditionKind, tuple[str, ...], tuple[str, ...]]]:
    return {(c.kind, c.required_of, c.imposed_by) for c in draft.conditions}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The Kremlin said a ceasefire would require a complete end to foreign military aid "
         "and to the supply of intelligence to Kyiv."), "en"),
        (("Der Kreml nannte als Bedingung ein Ende der westlichen Waffenlieferungen und der "
         "Weitergabe von Geheimdienstinformationen an Kiew."), "de"),
    ],
)  # fmt: skip
def test_one_condition_per_listed_demand_with_its_own_evidence(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    demanded = {c.demands.action: c for c in draft.conditions if c.demands is not None}
    assert set(demanded) == {
        ActionType.halt_arms_deliveries,
        ActionType.halt_intelligence_sharing,
    }
    arms = demanded[ActionType.halt_arms_deliveries].evidence[0].quote
    intelligence = demanded[ActionType.halt_intelligence_sharing].evidence[0].quote
    assert arms != intelligence
    assert "ntelligence" not in arms
    assert "Geheimdienst" not in arms
    assert {c.imposed_by for c in draft.conditions} == {("russia",)}


def test_verb_final_german_clauses_are_items_of_their_own() -> None:
    draft = _draft(
        "Falls Russland seine Truppen abzieht und die Gefangenen freilässt, werde die "
        "Ukraine verhandeln, sagte Selenskyj.",
        "de",
    )
    assert _keys(draft) == {(ConditionKind.precondition, ("russia",), ("ukraine",))}
    quotes = sorted(c.evidence[0].quote for c in draft.conditions)
    assert quotes == ["Falls Russland seine Truppen abzieht", "die Gefangenen freilässt"]


def test_an_english_clause_with_and_stays_one_condition() -> None:
    draft = _draft(
        "If Russia withdraws its troops and frees the prisoners, Ukraine will negotiate, "
        "Zelensky said.",
        "en",
    )
    assert len(draft.conditions) == 1
    assert _keys(draft) == {(ConditionKind.precondition, ("russia",), ("ukraine",))}


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("wenn Kiew die Truppen abziehe und keine Waffen mehr erhalte", "de", 2),
        ("aus den Städten und zivilen Gebieten", "de", 0),
        ("wie eine Feuerpause überwacht und kontrolliert werden solle", "de", 0),
        ("if Kyiv withdraws its troops and receives no more weapons", "en", 0),
    ],
)
def test_verb_final_items(text: str, lang: str, parts: int) -> None:
    assert len(verb_final_items(text, 0, len(text), lang)) == parts


def test_item_bounds() -> None:
    text = "It demanded an end to arms deliveries and a halt to the mobilisation"
    start, end = item_bounds(text, 0, len(text), text.index("halt"))
    assert text[start:end] == "a halt to the mobilisation"
    short = "It asked Kyiv and Moscow"
    assert item_bounds(short, 0, len(short), short.index("Moscow")) == (0, len(short))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Moscow said sanctions on its banks would have to be lifted. Most of those measures "
         "were imposed by the European Union."), "en"),
        (("Moskau erklärte, die Sanktionen gegen seine Banken müssten aufgehoben werden. Die "
         "meisten dieser Sanktionen wurden von der Europäischen Union verhängt."), "de"),
    ],
)  # fmt: skip
def test_who_imposed_the_measures_is_asked_to_lift_them(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert {(c.required_of, c.imposed_by) for c in draft.conditions} == {
        (("european-union",), ("russia",))
    }


def test_a_gating_clause_that_names_nobody_asks_the_other_side_of_the_deal() -> None:
    draft = _draft(
        "Russia and Ukraine signed a peace agreement on Friday. Kyiv insists that its forces "
        "will stay only once the threat has been removed.",
        "en",
    )
    assert _keys(draft) == {(ConditionKind.precondition, ("russia",), ("ukraine",))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Russland und die Ukraine unterzeichneten am Freitag ein Friedensabkommen. Aserbaidschan "
         "verlangt, dass Armenien seine Verfassung ändert. Erst wenn dieser Bezug gestrichen "
         "sei, werde Aserbaidschan unterschreiben, sagte Alijew."), "de"),
        (("Azerbaijan demanded that Armenia change its constitution. Only once this reference "
         "is removed will Azerbaijan sign, Aliyev said."), "en"),
    ],
)  # fmt: skip
def test_a_clause_restating_a_demand_adds_evidence_not_a_condition(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    mine = [c for c in draft.conditions if c.imposed_by == ("azerbaijan",)]
    assert [c.required_of for c in mine] == [("armenia",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The European Union said an end to Russia's attacks and the withdrawal of its forces "
         "from all of Ukraine's territory remained among the preconditions for lifting "
         "sanctions."), "en"),
        (("Die Europäische Union erklärte, ein Ende der Angriffe Russlands und der Abzug seiner "
         "Truppen aus der Ukraine blieben Voraussetzung für eine Aufhebung der Sanktionen."),
         "de"),
    ],
)  # fmt: skip
def test_a_precondition_asks_the_actor_not_the_place(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert draft.conditions
    assert {c.kind for c in draft.conditions} == {ConditionKind.precondition}
    assert {c.required_of for c in draft.conditions} == {("russia",)}
    assert {c.imposed_by for c in draft.conditions} == {("european-union",)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Norway and Cuba called on both sides to return to the negotiating table.", "en"),
        (("Norwegen und Kuba riefen beide Seiten auf, an den Verhandlungstisch "
         "zurückzukehren."), "de"),
        (("Frankreich und Deutschland riefen Russland auf, ab Montag, dem 12. Mai, eine "
         "Waffenruhe einzuhalten."), "de"),
        ("France and Germany urged Russia to observe a ceasefire from Monday, 12 May.", "en"),
    ],
)  # fmt: skip
def test_calls_to_talk_or_hold_fire_are_no_conditions(text: str, lang: str) -> None:
    assert _draft(text, lang).conditions == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar. Hamas urged the "
         "mediators to ensure that Israel withdraws its troops."), "en"),
        (("Israel und die Hamas einigten sich unter Vermittlung von Ägypten und Katar auf eine "
         "Waffenruhe. Die Hamas rief die Vermittler auf, dafür zu sorgen, dass Israel seine "
         "Truppen abzieht."), "de"),
    ],
)  # fmt: skip
def test_a_call_on_the_mediators_asks_them_and_whom_they_are_to_move(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert _keys(draft) == {(ConditionKind.demand, ("egypt", "israel", "qatar"), ("hamas",))}
