"""Who says so across sentences: speech acts, joint statements, reported speech that runs on.

Every test parses a short article of its own through :func:`kg.extract.parse` and looks at
the speakers (``said_by``) of the facts drawn from one sentence.
"""

from __future__ import annotations

import pytest

import kg
from kg.extract import parse

PUBLISHED = "2025-05-13"


def _speakers(text: str, lang: str, sentence: str) -> set[tuple[str, ...]]:
    """Return the ``said_by`` of every fact with evidence inside ``sentence`` of ``text``."""
    draft: kg.Annotation = parse(text, lang=lang, published=PUBLISHED)
    start = text.index(sentence)
    end = start + len(sentence)
    found = {
        fact.said_by
        for fact in draft.facts()
        for evidence in fact.evidence
        if evidence.start is not None and start <= evidence.start < end
    }
    assert found, f"no fact drawn from {sentence!r}"
    return found


# -- speech acts whose subject speaks ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        ("Kuba und Norwegen riefen beide Seiten auf, eine Waffenruhe einzuhalten.", "de",
         ("cuba", "norway")),
        ("Cuba and Norway urged both sides to observe a ceasefire.", "en", ("cuba", "norway")),
        ("Zugleich forderte die Hamas Israel auf, seine Truppen abzuziehen.", "de", ("hamas",)),
        ("On Monday, Hamas called on Israel to halt its attacks.", "en", ("hamas",)),
    ],
)  # fmt: skip
def test_who_appeals_or_demands_speaks(text: str, lang: str, speakers: tuple[str, ...]) -> None:
    assert _speakers(text, lang, text) == {speakers}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Plan, den Moskau verlangt, sieht eine Waffenruhe von 30 Tagen vor.", "de"),
        ("The Russian plan that Moscow urged Kyiv to accept foresees a 30-day ceasefire.", "en"),
    ],
)
def test_a_speech_act_in_a_relative_clause_gives_no_speaker(text: str, lang: str) -> None:
    assert _speakers(text, lang, text) == {()}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Macron und Merz reisten nach Kiew. Dort riefen sie Russland auf, eine Waffenruhe von "
          "30 Tagen einzuhalten."), "de"),
    ],
)  # fmt: skip
def test_a_plural_pronoun_is_no_single_speaker(text: str, lang: str) -> None:
    second = text[text.index("Dort") :]
    assert all(len(s) != 1 for s in _speakers(text, lang, second))


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (("Iran's foreign minister, Abbas Araghchi, at first denied that Iran would accept a "
          "ceasefire."), "en", "abbas-araghchi"),
        ("Am Donnerstag verneinte Peskow, dass Russland einer Waffenruhe zustimmen werde.", "de",
         "dmitry-peskov"),
        (("The ceasefire was announced on Tuesday by Qatar's prime minister, Sheikh Mohammed bin "
          "Abdulrahman Al Thani."), "en", "mohammed-bin-abdulrahman-al-thani"),
        (("In a video address on Sunday, Zelensky said Ukraine would observe a 30-day "
          "ceasefire."), "en", "volodymyr-zelensky"),
    ],
)  # fmt: skip
def test_denials_passives_and_media_name_their_speaker(text: str, lang: str, speaker: str) -> None:
    assert (speaker,) in _speakers(text, lang, text)


def test_unnamed_officials_of_a_state_speak_through_a_participle() -> None:
    text = (
        "Only days earlier, Thai officials had turned down a ceasefire, insisting that the "
        "dispute could only be settled bilaterally."
    )
    assert ("thailand",) in _speakers(text, "en", text)


# -- joint statements ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "sentence"),
    [
        (("Die USA und Russland veröffentlichten am Montag eine gemeinsame Erklärung. Laut der "
          "Erklärung wird Russland die Angriffe auf Energieanlagen für 30 Tage einstellen."), "de",
         "Laut der"),
        (("The United States and Russia issued a joint statement on Monday. According to the "
          "statement, Russia will halt strikes on energy facilities for 30 days."), "en",
         "According"),
        (("According to a joint US-Russian statement, Russia will halt strikes on energy "
          "facilities for 30 days."), "en", "According"),
    ],
)  # fmt: skip
def test_a_joint_statement_is_said_by_all_who_issued_it(
    text: str, lang: str, sentence: str
) -> None:
    said = _speakers(text, lang, text[text.index(sentence) :])
    assert {tuple(sorted(s)) for s in said} == {("russia", "united-states")}


def test_signing_a_joint_statement_is_no_speech_of_its_own() -> None:
    text = (
        "Die USA und Russland unterzeichneten am Montag eine gemeinsame Erklärung über eine "
        "Waffenruhe von 30 Tagen."
    )
    draft = parse(text, lang="de", published=PUBLISHED)
    assert all(len(fact.said_by) < 2 for fact in draft.facts())


# -- reported speech that runs on, and where it stops --------------------------------------


def test_konjunktiv_continues_the_speaker_in_its_paragraph() -> None:
    text = (
        "Der Kreml teilte am Dienstag mit, Russland sei zu Gesprächen bereit. Russland werde "
        "die Angriffe auf Energieanlagen für 30 Tage einstellen."
    )
    second = text[text.index("Russland werde") :]
    assert _speakers(text, "de", second) == {("kremlin",)}


def test_a_paragraph_break_ends_the_reported_speech() -> None:
    text = (
        "Der Kreml teilte am Dienstag mit, Russland sei zu Gesprächen bereit.\n\n"
        "Russland werde die Angriffe auf Energieanlagen für 30 Tage einstellen."
    )
    second = text[text.index("Russland werde") :]
    assert ("kremlin",) not in _speakers(text, "de", second)


@pytest.mark.parametrize(
    ("text", "lang", "sentence"),
    [
        (("Der Kreml teilte mit, Russland sei zu Gesprächen bereit. Die USA schlugen eine "
          "Waffenruhe von 30 Tagen vor."), "de", "Die USA"),
        (("The Kremlin said Russia was ready for talks. The United States proposed a 30-day "
          "ceasefire."), "en", "The United States"),
    ],
)  # fmt: skip
def test_the_outlets_narration_after_a_quote_has_no_speaker(
    text: str, lang: str, sentence: str
) -> None:
    assert _speakers(text, lang, text[text.index(sentence) :]) == {()}


def test_a_second_speaker_takes_over_the_reported_speech() -> None:
    text = (
        "Der Kreml teilte mit, Russland sei zu einer Waffenruhe bereit. Selenskyj erklärte, "
        "die Ukraine lehne das ab. Man werde eine Waffenruhe von 30 Tagen nur akzeptieren, "
        "wenn Russland die Angriffe einstelle."
    )
    third = text[text.index("Man werde") :]
    assert _speakers(text, "de", third) == {("volodymyr-zelensky",)}


@pytest.mark.parametrize(
    ("text", "lang", "sentence", "speaker"),
    [
        (("The Kremlin said on Tuesday that talks could begin. Russia would halt strikes on "
          "energy facilities for 30 days, the statement said."), "en", "Russia would", "kremlin"),
        (("Die Hamas teilte mit, sie stimme dem Abkommen zu. Man werde die Angriffe für 60 Tage "
          "einstellen, hieß es in der Erklärung."), "de", "Man werde", "hamas"),
    ],
)  # fmt: skip
def test_the_statement_said_is_the_speaker_of_the_last_statement(
    text: str, lang: str, sentence: str, speaker: str
) -> None:
    assert _speakers(text, lang, text[text.index(sentence) :]) == {(speaker,)}


def test_the_statement_said_does_not_reach_over_a_paragraph() -> None:
    text = (
        "The Kremlin said on Tuesday that talks could begin.\n\n"
        "Russia would halt strikes on energy facilities for 30 days, the statement said."
    )
    second = text[text.index("Russia would") :]
    assert ("kremlin",) not in _speakers(text, "en", second)


@pytest.mark.parametrize(
    ("text", "lang", "sentence", "speaker"),
    [
        ("Russland werde die Angriffe auf Energieanlagen für 30 Tage einstellen, so Peskow.", "de",
         "Russland werde", "dmitry-peskov"),
        (("Selenskyj sprach am Abend in Kiew. Ihm zufolge werde Russland die Angriffe auf "
          "Energieanlagen für 30 Tage einstellen."), "de", "Ihm zufolge", "volodymyr-zelensky"),
        (("Zelensky spoke in Kyiv on Monday. According to him, Russia will halt strikes on "
          "energy facilities for 30 days."), "en", "According to him", "volodymyr-zelensky"),
        (('"We are ready for talks," Peskov said. "Russia will halt strikes on energy '
          'facilities for 30 days."'), "en", "Russia will", "dmitry-peskov"),
    ],
)  # fmt: skip
def test_so_x_according_to_him_and_continued_quotes(
    text: str, lang: str, sentence: str, speaker: str
) -> None:
    assert _speakers(text, lang, text[text.index(sentence) :]) == {(speaker,)}


def test_a_quote_in_a_new_paragraph_is_not_continued() -> None:
    text = (
        '"We are ready for talks," Peskov said.\n\n'
        '"Russia will halt strikes on energy facilities for 30 days."'
    )
    second = text[text.index('"Russia') :]
    assert ("dmitry-peskov",) not in _speakers(text, "en", second)


def test_so_dass_names_no_speaker() -> None:
    text = (
        "Russland will die Angriffe auf Energieanlagen für 30 Tage einstellen, so dass die "
        "Ukraine Zeit gewinnt."
    )
    assert _speakers(text, "de", text) == {()}


@pytest.mark.parametrize(
    ("text", "lang", "sentence"),
    [
        (("Putin empfing am Montag Erdogan in Moskau. Russland werde die Angriffe auf "
          "Energieanlagen für 30 Tage einstellen, sagte er."), "de", "Russland werde"),
        (("Putin met Erdogan in Moscow on Monday. Russia would halt strikes on energy "
          "facilities for 30 days, he said."), "en", "Russia would"),
    ],
)  # fmt: skip
def test_he_said_is_the_subject_of_the_sentence_before(text: str, lang: str, sentence: str) -> None:
    assert _speakers(text, lang, text[text.index(sentence) :]) == {("vladimir-putin",)}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Sudan's military said it would observe a 30-day ceasefire.", "en",
         ("sudanese-armed-forces",)),
        ("Ukraine's air force said Russia would halt strikes on energy facilities for 30 days.",
         "en", ()),
    ],
)  # fmt: skip
def test_a_states_body_speaks_not_the_state(text: str, lang: str, speaker: tuple[str, ...]) -> None:
    said = _speakers(text, lang, text)
    assert speaker in said
    assert (text.split("'")[0].lower(),) not in said
