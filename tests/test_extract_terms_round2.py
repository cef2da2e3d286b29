"""Rules of the second round for terms, interactions and party mentions.

Own sentences, German and English: lengths that went on before (no term's length), a
length stated in a sentence of its own, whole days of a period, relative days, troops
named by an adjective, Brussels, outlets, an untitled pair, receptions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import parse
from kg.extract.dates import find_date, find_periods
from kg.extract.forces import add_forces_mentions
from kg.extract.numbers import find_durations
from kg.extract.parties import find_mentions
from kg.extract.places import add_seat_mentions, drop_outlet_mentions
from kg.extract.rules.terms import find_terms
from kg.model import Annotation

DAY = "2025-05-07"  # a Wednesday


def _draft(text: str, lang: str) -> Annotation:
    return parse(text, lang=lang, published=DAY, article_id="t")


def _proposed(draft: Annotation) -> list[tuple[str, str | None]]:
    return [(t.action.value, t.duration) for p in draft.proposals for t in p.terms]


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Ein Jahr lang hatten beide Seiten darauf verzichtet, einander anzugreifen.", "de", []),
        ("Die Waffenruhe war drei Monate lang weitgehend eingehalten worden.", "de", []),
        ("For a year, both sides had refrained from attacking each other.", "en", []),
        ("The truce has held for three months.", "en", []),
        ("Kiew hatte zugesagt, die Angriffe 30 Tage lang einzustellen.", "de", ["P30D"]),
        ("Russia had agreed to halt its attacks for 30 days.", "en", ["P30D"]),
        ("Russland schlug nach den Kämpfen der vergangenen drei Tage eine Waffenruhe vor.", "de",
         []),
        ("In the last 24 hours, both sides exchanged fire.", "en", []),
        ("Ein 45-jähriger Kommandeur wurde getötet.", "de", []),
        ("A 30-year-old man was killed.", "en", []),
        ("eine einjährige Waffenruhe", "de", ["P1Y"]),
        ("Der Präsident, seit 100 Tagen im Amt, äußerte sich.", "de", []),
        ("100 days into his term, the president spoke.", "en", []),
        ("withdraw within 30 days after the signing", "en", ["P30D"]),
    ],
)  # fmt: skip
def test_lengths_that_went_on_are_no_term_lengths(text: str, lang: str, iso: list[str]) -> None:
    assert [d.iso for d in find_durations(text, lang)] == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russland schlug eine Waffenruhe vor. Sie solle 30 Tage dauern, sagte Peskow.", "de"),
        ("Die Ukraine bot eine Feuerpause an. Diese gelte zunächst für 30 Tage.", "de"),
        ("Washington proposed a ceasefire. It would last 30 days, Rubio said.", "en"),
        ("Hamas offered a truce. It would initially hold for 30 days.", "en"),
    ],
)
def test_a_length_in_a_sentence_of_its_own_is_the_pause_before(text: str, lang: str) -> None:
    assert _proposed(_draft(text, lang)) == [("ceasefire", "P30D")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kiew schlug eine Waffenruhe vor. Der Krieg dauert seit drei Jahren.", "de"),
        ("Kyiv proposed a ceasefire. The war has lasted three years.", "en"),
    ],
)
def test_how_long_the_war_lasted_is_no_length_of_the_pause_before(text: str, lang: str) -> None:
    assert _proposed(_draft(text, lang)) == [("ceasefire", None)]


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("eine Waffenruhe vom 8. bis 10. Mai", "de", "P3D"),
        ("a ceasefire from May 8 to May 10", "en", "P3D"),
        ("from 8 p.m. on Friday until Sunday", "en", "P2DT4H"),
    ],
)
def test_a_last_day_without_a_time_counts_whole(text: str, lang: str, iso: str) -> None:
    assert [found for *_, found in find_periods(text, lang)] == [iso]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Merz traf Selenskyj vor zwei Tagen.", "de", "2025-05-05"),
        ("Sie hatten vor einer Woche telefoniert.", "de", "2025-04-30"),
        ("Macron met Zelensky two days ago.", "en", "2025-05-05"),
        ("They spoke a week ago.", "en", "2025-04-30"),
        ("They met the day before yesterday.", "en", "2025-05-05"),
        ("Sie trafen sich am Montag vergangener Woche.", "de", "2025-04-28"),
        ("They met on Monday last week.", "en", "2025-04-28"),
        ("They met on Monday.", "en", "2025-05-05"),
    ],
)
def test_relative_days(text: str, lang: str, day: str) -> None:
    found = find_date(text, lang, dt.date.fromisoformat(DAY))
    assert found is not None
    assert found.day.isoformat() == day


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ukrainian forces will hold their fire.", "en", [("Ukrainian forces", "ukraine")]),
        ("Die russischen Truppen sollen abziehen.", "de", [("russischen Truppen", "russia")]),
        ("Kyiv said that Russian troops had shelled the city.", "en",
         [("Russian troops", "russia")]),
        ("The strikes hit Russian troops near the border.", "en", []),
    ],
)  # fmt: skip
def test_troops_named_by_an_adjective_as_subject(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = add_forces_mentions([text], [find_mentions(text, lang)], lang)[0]
    nouns = ("forces", "Truppen", "troops")
    added = [(m.text, m.party_id) for m in found if m.text.endswith(nouns)]
    assert added == expected


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Brussels offered to suspend its counter-tariffs.", "european-union"),
        ("Brüssel droht mit neuen Sanktionen.", "european-union"),
        ("Brussels wants the allies to spend more on defence.", "nato"),
        ("The talks in Brussels on tariffs ended.", None),
        ("Brussels was quiet on Sunday.", None),
    ],
)
def test_brussels_by_the_matter_of_its_sentence(text: str, party: str | None) -> None:
    found = add_seat_mentions([text], [[]], "en")[0]
    assert [m.party_id for m in found] == ([party] if party else [])


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Moscow offered a truce, the Washington Post reported.", "en", ["Moscow"]),
        ("Kyiv rejected it, the Times of Israel wrote.", "en", ["Kyiv"]),
        ("Die Hamas bot eine Feuerpause an, wie der Sender Al Jazeera aus Katar berichtete.",
         "de", ["Hamas"]),
        ("Katar vermittelt zwischen Israel und der Hamas.", "de", ["Katar", "Israel", "Hamas"]),
    ],
)  # fmt: skip
def test_places_of_outlets_are_no_parties(text: str, lang: str, kept: list[str]) -> None:
    found = drop_outlet_mentions([text], [find_mentions(text, lang)], lang)[0]
    assert [m.text for m in found] == kept


@pytest.mark.parametrize(
    ("text", "lang", "parties"),
    [
        ("Trump spoke to Putin on Tuesday. The two leaders agreed on a ceasefire.", "en",
         ("russia", "united-states")),
        (("Trump sprach am Dienstag mit Putin. Die beiden Präsidenten einigten sich auf eine "
         "Waffenruhe."), "de", ("russia", "united-states")),
    ],
)  # fmt: skip
def test_an_untitled_pair_is_the_two_persons_just_named(
    text: str, lang: str, parties: tuple[str, ...]
) -> None:
    assert [a.parties for a in _draft(text, lang).agreements] == [parties]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Putin empfing am Sonntag Witkoff im Kreml.", "de",
         [("meeting", ("steve-witkoff", "vladimir-putin"))]),
        ("Erdogan hosted Zelensky in Ankara yesterday.", "en",
         [("meeting", ("recep-tayyip-erdogan", "volodymyr-zelensky"))]),
        ("Die Ukraine empfing am Sonntag Waffen aus den USA.", "de", []),
        ("Ukraine received weapons from the United States on Sunday.", "en", []),
        (("Delegationen Russlands und der Ukraine kamen am Freitag in Istanbul zu Gesprächen "
         "zusammen."), "de", [("negotiation_round", ("russia", "ukraine"))]),
        ("In a call with Macron on Tuesday, Zelensky asked for air defence.", "en",
         [("phone_call", ("emmanuel-macron", "volodymyr-zelensky"))]),
    ],
)  # fmt: skip
def test_receptions_rounds_and_calls(
    text: str, lang: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    found = [(i.kind.value, i.participants) for i in _draft(text, lang).interactions]
    assert [f for f in found if f[0] != "statement"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "held"),
    [
        ("Ein Treffen zwischen Putin und Selenskyj ist nicht geplant.", "de", False),
        ("Putin will Selenskyj vorerst nicht treffen.", "de", False),
        ("No call between Trump and Putin is scheduled.", "en", False),
        ("Zelensky has not spoken to Putin since 2022.", "en", False),
        ("Nach dem Treffen mit Trump am Montag sagte Putin, die Bedingungen seien nicht erfüllt.",
         "de", True),
        ("After meeting Trump on Monday, Putin said the conditions had not been met.", "en",
         True),
    ],
)  # fmt: skip
def test_a_meeting_not_held_is_none(text: str, lang: str, held: bool) -> None:
    kinds = {i.kind.value for i in _draft(text, lang).interactions}
    assert ("meeting" in kinds or "phone_call" in kinds) is held


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        ("Die Hamas-Führung bot eine Feuerpause an.", "de", "hamas"),
        ("Die M23-Delegation schlug eine Waffenruhe vor.", "de", "m23"),
    ],
)
def test_a_partys_own_leadership_is_the_party(text: str, lang: str, party: str) -> None:
    assert [p.proposed_by for p in _draft(text, lang).proposals] == [(party,)]


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("eine Waffenruhe, die binnen 24 Stunden in Kraft treten soll", "de", []),
        ("a truce that is to take effect within 24 hours", "en", []),
        ("Die Truppen sollen binnen 24 Stunden abziehen.", "de", ["PT24H"]),
        ("The troops are to withdraw within 24 hours.", "en", ["PT24H"]),
    ],
)
def test_the_time_until_a_pause_starts_is_no_length(text: str, lang: str, iso: list[str]) -> None:
    assert [d.iso for d in find_durations(text, lang)] == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Hamas schlug eine Waffenruhe und die Freilassung der Geiseln binnen 30 Tagen vor.",
         "de"),
        ("Hamas proposed a ceasefire and the release of hostages within 30 days.", "en"),
    ],
)  # fmt: skip
def test_a_deadline_closes_an_act_not_the_pause_beside_it(text: str, lang: str) -> None:
    hits = find_terms(text, lang)
    assert [(h.action.value, h.duration) for h in hits] == [
        ("ceasefire", None),
        ("release_persons", "P30D"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "debtor"),
    [
        ("Israel said its troops would withdraw from southern Lebanon within 60 days.", "en",
         "israel"),
        ("Israel erklärte, seine Truppen würden binnen 60 Tagen aus dem Libanon abziehen.", "de",
         "israel"),
    ],
)  # fmt: skip
def test_its_troops_are_those_of_the_subject(text: str, lang: str, debtor: str) -> None:
    found = find_mentions(text, lang)
    own = add_forces_mentions([text], [found], lang)[0]
    assert [m.party_id for m in own if m.text.startswith(("its", "seine"))] == [debtor]


def test_a_german_compound_with_a_number_word() -> None:
    assert [d.iso for d in find_durations("eine Drei-Tage-Waffenruhe", "de")] == ["P3D"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Armenien und Aserbaidschan unterzeichneten am Freitag in Washington ein Abkommen. "
         "Die Außenminister Ararat Mirsojan und Jeyhun Bayramov setzten ihre Unterschriften "
         "unter den Text. Später am Tag empfing Präsident Donald Trump beide Außenminister."),
         "de"),
        (("Armenia and Azerbaijan signed a deal in Washington on Friday. The foreign ministers, "
         "Ararat Mirzoyan and Jeyhun Bayramov, put their names to the text. Later in the day "
         "President Donald Trump received both ministers."), "en"),
    ],
)  # fmt: skip
def test_a_newcomer_makes_another_meeting_on_the_same_day(text: str, lang: str) -> None:
    found = [
        (i.participants, i.date.isoformat() if i.date else None)
        for i in _draft(text, lang).interactions
        if "donald-trump" in i.participants
    ]
    assert found == [(("ararat-mirzoyan", "donald-trump", "jeyhun-bayramov"), "2025-05-02")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the east, sanctions have hit the steel industry hard.", "en"),
        ("Washington dropped its threat of new tariffs on cars.", "en"),
    ],
)
def test_look_alikes_of_lifting_are_none(text: str, lang: str) -> None:
    actions = {h.action.value for h in find_terms(text, lang)}
    assert not actions & {"lift_sanctions", "reduce_tariffs"}


def test_a_power_station_is_no_outlet() -> None:
    text = "Russian drones hit a power station in Kyiv."
    found = drop_outlet_mentions([text], [find_mentions(text, "en")], "en")[0]
    assert "Kyiv" in [m.text for m in found]


def test_appealing_to_a_council_is_no_call() -> None:
    draft = _draft("Die Ukraine rief am Montag den UN-Sicherheitsrat an.", "de")
    assert [i for i in draft.interactions if i.kind.value == "phone_call"] == []


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        ("Russia and Ukraine agreed a 30-day ceasefire. Moscow said it had observed the truce.",
         "en", [(("russia",), "fulfilled", "P30D")]),
        (("Russland und die Ukraine vereinbarten eine 30-tägige Waffenruhe. Moskau erklärte, es "
         "habe sich an die Waffenruhe gehalten."), "de", [(("russia",), "fulfilled", "P30D")]),
        (("Russia and Ukraine agreed a 30-day ceasefire. Moscow said it had not violated the "
         "truce."), "en", []),
        (("Russland und die Ukraine vereinbarten eine Waffenruhe. Kiew erklärte, sie sei in der "
          "Nacht gebrochen worden."), "de", []),
    ],
)  # fmt: skip
def test_the_speaker_as_subject_of_its_own_compliance_claim(
    text: str, lang: str, claims: list[tuple[tuple[str, ...], str, str]]
) -> None:
    found = [
        (c.debtor, c.status.value, c.term.duration)
        for c in _draft(text, lang).commitments
        if ".compliance." in (c.extraction.rule if c.extraction else "")
    ]
    assert found == claims
