"""Durations of terms: number words, halves, periods, deadlines, and durations carried over.

Own sentences, German and English, through :func:`kg.extract.parse` (and the finders of
:mod:`kg.extract.numbers` and :mod:`kg.extract.dates` for the words themselves).
"""

from __future__ import annotations

import pytest

from kg.codes import ActionType, CommitmentStatus, Scope
from kg.extract import parse
from kg.extract.dates import find_periods
from kg.extract.numbers import find_durations
from kg.extract.rules.terms import find_terms
from kg.model import Annotation

DAY = "2025-05-05"


def _draft(text: str, lang: str) -> Annotation:
    return parse(text, lang=lang, published=DAY, article_id="t")


def _durations(draft: Annotation) -> set[str | None]:
    found: set[str | None] = {c.term.duration for c in draft.commitments}
    found |= {t.duration for p in draft.proposals for t in p.terms}
    return found


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("für ein halbes Jahr", "de", ["P6M"]),
        ("eine halbjährige Pause", "de", ["P6M"]),
        ("anderthalb Jahre lang", "de", ["P1Y6M"]),
        ("zweieinhalb Monate", "de", ["P2M15D"]),
        ("eine 60-Tage-Frist", "de", ["P60D"]),
        ("for half a year", "en", ["P6M"]),
        ("a half-year pause", "en", ["P6M"]),
        ("one and a half years", "en", ["P1Y6M"]),
        ("a year and a half", "en", ["P1Y6M"]),
        ("a fortnight", "en", ["P14D"]),
        ("half an hour", "en", ["PT30M"]),
        ("in half a year", "en", []),
        ("binnen eines Monats", "de", ["P1M"]),
        ("innerhalb eines Jahres", "de", ["P1Y"]),
        ("eines Tages", "de", []),
    ],
)
def test_halves_fortnights_and_compounds(text: str, lang: str, iso: list[str]) -> None:
    assert [d.iso for d in find_durations(text, lang)] == iso


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("von Freitag 20 Uhr bis Sonntag Mitternacht", "de", "P2DT4H"),
        ("vom 3. bis 6. Juni", "de", "P4D"),
        ("vom 3. Juni bis zum 5. Juni", "de", "P3D"),
        ("from 8 p.m. on Friday until midnight on Sunday", "en", "P2DT4H"),
        ("from 06:00 on Monday to 18:00 on Monday", "en", "PT12H"),
        ("between 3 and 6 June", "en", "P4D"),
    ],
)
def test_periods_from_one_point_to_another(text: str, lang: str, iso: str) -> None:
    assert [found for *_, found in find_periods(text, lang)] == [iso]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Zölle steigen von 10 auf 20 Prozent.", "de"),
        ("zwischen Russland und der Ukraine", "de"),
        ("Tariffs rise from 10 to 20 percent.", "en"),
        ("talks between Kyiv and Moscow", "en"),
    ],
)
def test_ranges_of_other_things_are_no_periods(text: str, lang: str) -> None:
    assert find_periods(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Die Regierung kündigte an, die Armee werde alle Militäroperationen von Freitag "
                "20 Uhr bis Sonntag Mitternacht aussetzen."
            ),
            "de",
        ),
        (
            (
                "The government announced that the army would halt all military operations "
                "from 8 p.m. on Friday until midnight on Sunday."
            ),
            "en",
        ),
    ],
)
def test_a_period_is_the_duration_of_a_pause(text: str, lang: str) -> None:
    hits = [h for h in find_terms(text, lang) if h.action is ActionType.ceasefire]
    assert [h.duration for h in hits] == ["P2DT4H"]


@pytest.mark.parametrize(
    ("text", "lang", "action", "iso"),
    [
        ("Die Armee soll sich binnen 48 Stunden zurückziehen.", "de",
         ActionType.withdraw_forces, "PT48H"),
        ("The rebels are to withdraw their fighters within 60 days.", "en",
         ActionType.withdraw_forces, "P60D"),
        ("Both sides will release all detainees within two weeks.", "en",
         ActionType.release_persons, "P14D"),
    ],
)  # fmt: skip
def test_a_deadline_is_the_duration_of_any_action(
    text: str, lang: str, action: ActionType, iso: str
) -> None:
    (hit,) = [h for h in find_terms(text, lang) if h.action is action]
    assert hit.duration == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die EU setzt ihre Gegenzölle für 90 Tage aus.", "de"),
        ("Beide Seiten vereinbarten eine Zollpause von 90 Tagen.", "de"),
        ("Washington will pause the new tariffs for 90 days.", "en"),
        ("The two governments agreed a 90-day tariff truce.", "en"),
    ],
)
def test_a_tariff_pause_is_no_ceasefire(text: str, lang: str) -> None:
    hits = find_terms(text, lang)
    assert [(h.action, h.duration) for h in hits] == [(ActionType.suspend_tariffs, "P90D")]


@pytest.mark.parametrize(
    ("text", "lang", "debtor", "status"),
    [
        ("Kiew erklärte, Russland habe die Waffenruhe mehrfach gebrochen.", "de",
         "russia", CommitmentStatus.violated),
        ("Russland warf der Ukraine vor, die Feuerpause verletzt zu haben.", "de",
         "ukraine", CommitmentStatus.violated),
        ("Kyiv said Russian troops had violated the truce overnight.", "en",
         "russia", CommitmentStatus.violated),
        ("Moscow accused Kyiv of breaching the ceasefire.", "en",
         "ukraine", CommitmentStatus.violated),
        ("The ministry said Ukrainian forces were respecting the ceasefire.", "en",
         "ukraine", CommitmentStatus.active),
        ("Die Ukraine habe die Waffenruhe strikt eingehalten, sagte ein Sprecher.", "de",
         "ukraine", CommitmentStatus.fulfilled),
        ("No shots were fired, and Ukraine was respecting the truce, Kyiv said.", "en",
         "ukraine", CommitmentStatus.active),
    ],
)  # fmt: skip
def test_a_claim_that_a_pause_was_kept_or_broken_is_a_commitment(
    text: str, lang: str, debtor: str, status: CommitmentStatus
) -> None:
    claims = [c for c in _draft(text, lang).commitments if "compliance" in c.extraction.rule]  # type: ignore[union-attr]
    assert [(c.debtor, c.status) for c in claims] == [((debtor,), status)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russland und die Ukraine warfen einander vor, die Waffenruhe gebrochen zu haben.", "de"),
        ("Kiew versicherte, die Ukraine habe die Waffenruhe nicht verletzt.", "de"),
        ("Russia and Ukraine accused each other of violating the truce.", "en"),
        ("Kyiv said it would observe the ceasefire if Russia did the same.", "en"),
        ("Moscow said Russian forces had not violated the truce.", "en"),
        ("UN staff were observing the truce along the border.", "en"),
    ],
)
def test_mutual_denied_or_conditional_claims_are_not_read_as_kept_or_broken(
    text: str, lang: str
) -> None:
    rules = [c.extraction.rule for c in _draft(text, lang).commitments if c.extraction]
    assert not [r for r in rules if "compliance" in r]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Russland und die Ukraine vereinbarten eine Waffenruhe von 30 Tagen. "
                "Am Montag warf Kiew Russland vor, die Waffenruhe gebrochen zu haben."
            ),
            "de",
        ),
        (
            (
                "Russia and Ukraine agreed a 30-day ceasefire. On Monday, Kyiv said Russian "
                "troops had violated the ceasefire."
            ),
            "en",
        ),
    ],
)
def test_the_pause_referred_to_definitely_takes_its_duration(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    (claim,) = [c for c in draft.commitments if c.status is CommitmentStatus.violated]
    assert claim.term.duration == "P30D"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (  # two lengths for one action: which one is meant, the text does not say
            (
                "Russland bot eine Waffenruhe von 30 Tagen an. Die Ukraine schlug eine "
                "Waffenruhe von 60 Tagen vor. Am Montag warf Kiew Russland vor, die Waffenruhe "
                "gebrochen zu haben."
            ),
            "de",
        ),
        (  # the length of an extension is not that of the truce it extends
            (
                "Ukraine offered to extend the ceasefire by six months. Kyiv later said "
                "Russian troops had violated the ceasefire."
            ),
            "en",
        ),
        (  # an indefinite truce may be another one
            (
                "Russia and Ukraine agreed a 30-day ceasefire. Kyiv said Russian troops had "
                "violated a ceasefire in the south."
            ),
            "en",
        ),
    ],
)
def test_a_duration_is_not_carried_over_when_the_pause_may_be_another(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    claims = [c for c in draft.commitments if c.status is CommitmentStatus.violated]
    assert claims
    assert all(c.term.duration is None for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "proposer", "addressee"),
    [
        (
            ("Russland kündigte an, seine Truppen würden die Kampfhandlungen von Samstag "
            "18 Uhr bis Sonntag Mitternacht aussetzen. Moskau erwarte, dass die Ukraine "
            "dem Beispiel folge."),
            "de", "russia", "ukraine",
        ),
        (
            ("Russia said its troops would halt all combat operations from 6 p.m. on "
            "Saturday until midnight on Sunday. Moscow expected the Ukrainian side to "
            "follow its example."),
            "en", "russia", "ukraine",
        ),
    ],
)  # fmt: skip
def test_an_expectation_to_follow_suit_is_a_proposal_with_the_same_term(
    text: str, lang: str, proposer: str, addressee: str
) -> None:
    draft = _draft(text, lang)
    (expected,) = [
        p for p in draft.proposals if p.extraction and "expectation" in p.extraction.rule
    ]
    assert expected.proposed_by == (proposer,)
    assert expected.proposed_to == (addressee,)
    assert [(t.action, t.duration) for t in expected.terms] == [(ActionType.ceasefire, "P1DT6H")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung bot an, die Waffenruhe um weitere sechs Monate zu verlängern.", "de"),
        ("The government offered to extend the truce by another six months.", "en"),
    ],
)
def test_extending_a_pause_by_a_time_is_a_renewal(text: str, lang: str) -> None:
    hits = find_terms(text, lang)
    assert [(h.action, h.duration) for h in hits] == [(ActionType.renew_agreement, "P6M")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kyiv offered to prolong the ceasefire for 30 days.", "en"),
        ("Kiew bot an, die Waffenruhe für 30 Tage zu verlängern.", "de"),
    ],
)
def test_prolonging_a_pause_for_a_time_is_the_pause(text: str, lang: str) -> None:
    hits = find_terms(text, lang)
    assert [(h.action, h.duration) for h in hits] == [(ActionType.ceasefire, "P30D")]


def test_those_written_to_do_not_make_the_proposal() -> None:
    draft = _draft(
        "Zelensky's office said he had written to Erdogan and Guterres proposing that the "
        "grain corridor continue with Ukraine, Turkey and the UN.",
        "en",
    )
    assert [p.proposed_by for p in draft.proposals] == [("ukraine",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Israel und Iran einigten sich auf eine Waffenruhe. Trump sagte, beide Länder "
                "hätten die Waffenruhe verletzt."
            ),
            "de",
        ),
        (
            (
                "Israel and Iran agreed to a ceasefire. Trump said both countries had violated "
                "the ceasefire."
            ),
            "en",
        ),
    ],
)
def test_both_sides_said_to_have_broken_a_pause(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    claims = [c for c in draft.commitments if c.status is CommitmentStatus.violated]
    assert [c.debtor for c in claims] == [("iran", "israel")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Russland und die Ukraine vereinbarten, 30 Tage lang keine Energieanlagen "
                "anzugreifen. Am Freitag warf Kiew Russland vor, in der Nacht Energieanlagen "
                "angegriffen zu haben."
            ),
            "de",
        ),
        (
            (
                "Russia pledged to halt strikes on Ukrainian energy facilities for 30 days. On "
                "Friday Kyiv accused Russia of having struck energy facilities overnight."
            ),
            "en",
        ),
    ],
)
def test_an_attack_a_party_is_accused_of_breaks_its_pause(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    (breach,) = [c for c in draft.commitments if c.status is CommitmentStatus.violated]
    assert breach.debtor == ("russia",)
    assert (breach.term.action, breach.term.duration) == (ActionType.halt_attacks, "P30D")


def test_an_attack_without_a_pause_of_the_attacker_is_no_breach() -> None:
    draft = _draft("Kyiv accused Russia of having struck energy facilities overnight.", "en")
    assert not [c for c in draft.commitments if c.status is CommitmentStatus.violated]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Die USA schlugen eine Waffenruhe von drei Monaten vor. Der Plan sieht "
                "vor, dass die Waffen schweigen. Anschließend soll innerhalb von neun Monaten "
                "eine neue Regierung gebildet werden."
            ),
            "de",
        ),
        (
            (
                "The United States proposed a three-month ceasefire. The plan provides for a "
                "halt to all attacks. A new government is to be formed within nine months."
            ),
            "en",
        ),
    ],
)
def test_an_undertaking_without_a_known_action_keeps_its_deadline(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    terms = [t for p in draft.proposals for t in p.terms if t.action is ActionType.other]
    assert [t.duration for t in terms] == ["P9M"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die Gespräche dauerten drei Tage, danach vereinbarten beide Seiten eine Waffenruhe.",
            "de",
        ),
        ("Der Krieg tobt seit zwei Jahren; nun soll eine Waffenruhe gelten.", "de"),
        ("The talks ran from Monday to Wednesday, and both sides agreed to a ceasefire.", "en"),
        ("The war has lasted 15 months and a ceasefire is due to begin on Sunday.", "en"),
        ("The meeting took two hours: the sides agreed to a truce.", "en"),
    ],
)
def test_how_long_something_else_went_on_is_no_duration_of_the_pause(text: str, lang: str) -> None:
    assert [h.duration for h in find_terms(text, lang)] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Die Waffenruhe dauerte drei Tage.", "de", "P3D"),
        ("The truce lasted 30 hours.", "en", "PT30H"),
    ],
)
def test_how_long_the_pause_went_on_is_its_duration(text: str, lang: str, iso: str) -> None:
    assert [h.duration for h in find_terms(text, lang)] == [iso]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "Macron und Merz reisten am Samstag nach Kiew. Zusammen mit Präsident Selenskyj "
                "riefen sie Russland auf, eine Waffenruhe von 30 Tagen einzuhalten."
            ),
            "de",
        ),
        (
            (
                "Macron and Merz travelled to Kyiv on Saturday. Together with President "
                "Zelensky, they called on Russia to observe a 30-day ceasefire."
            ),
            "en",
        ),
    ],
)
def test_who_proposes_together_with_the_subject_proposes_too(text: str, lang: str) -> None:
    draft = _draft(text, lang)
    assert [(p.proposed_by, p.proposed_to) for p in draft.proposals] == [
        (("france", "germany", "ukraine"), ("russia",))
    ]


def test_german_verb_second_appeal_names_its_subject_first() -> None:
    draft = _draft(
        "Am Montag forderte Frankreich Russland auf, eine Waffenruhe von 30 Tagen einzuhalten.",
        "de",
    )
    assert [(p.proposed_by, p.proposed_to) for p in draft.proposals] == [(("france",), ("russia",))]


@pytest.mark.parametrize(
    ("text", "lang", "actions"),
    [
        ("Die Miliz soll ihre Waffen niederlegen.", "de", [ActionType.other]),
        ("Der Plan verlangt die Entwaffnung der Miliz.", "de", [ActionType.other]),
        ("He urged the rebels to lay down their arms and join the peace process.", "en",
         [ActionType.hold_talks, ActionType.other]),
        ("Die Rebellen sollen sich dem Friedensprozess anschließen.", "de",
         [ActionType.hold_talks]),
    ],
)  # fmt: skip
def test_disarming_and_joining_talks_are_terms(
    text: str, lang: str, actions: list[ActionType]
) -> None:
    assert sorted(h.action for h in find_terms(text, lang)) == sorted(actions)


def test_disarming_has_weapons_as_its_scope() -> None:
    (hit,) = find_terms("The militia is to hand over its weapons.", "en")
    assert (hit.action, hit.scope) == (ActionType.other, (Scope.weapons,))
