"""Unit tests of the parser's building blocks: numbers, dates, cues, parties, sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.codes import ActionType, Scope
from kg.extract import LanguageError, detect_language
from kg.extract.dates import find_date
from kg.extract.draft import Draft
from kg.extract.lexicon import cue
from kg.extract.numbers import find_durations, find_quantities, parse_number
from kg.extract.parties import add_government_mentions, adjective_party, find_mentions, state_of
from kg.extract.rules.attribution import attribute_sentences, find_attribution
from kg.extract.rules.terms import find_terms
from kg.extract.text import split_sentences

TUESDAY = dt.date(2025, 3, 18)


@pytest.mark.parametrize(
    ("word", "value"),
    [("30", 30), ("1.000", 1000), ("1,900", 1900), ("dreißig", 30), ("dreissig", 30),
     ("einundzwanzig", 21), ("neunzig", 90), ("thirty", 30), ("twenty-one", 21),
     ("ninety", 90), ("zwölf", 12), ("Tage", None)],
)  # fmt: skip
def test_parse_number(word: str, value: int | None) -> None:
    assert parse_number(word) == value


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("eine Waffenruhe von 30 Tagen", "de", ["P30D"]),
        ("für dreißig Tage", "de", ["P30D"]),
        ("eine 30-tägige Feuerpause", "de", ["P30D"]),
        ("eine dreißigtägige Feuerpause", "de", ["P30D"]),
        ("zunächst für 90 Tage", "de", ["P90D"]),
        ("eine zweiwöchige Pause", "de", ["P14D"]),
        ("für sechs Monate", "de", ["P6M"]),
        ("a 30-day halt", "en", ["P30D"]),
        ("a thirty-day truce", "en", ["P30D"]),
        ("a month-long truce", "en", ["P1M"]),
        ("for at least 30 days", "en", ["P30D"]),
        ("the first phase is to last 42 days", "en", ["P42D"]),
        ("a pause of 30 hours", "en", ["PT30H"]),
        # points in time, not lengths of a term
        ("seit mehr als drei Jahren", "de", []),
        ("vor einer Woche", "de", []),
        ("Ein Jahr später", "de", []),
        ("three years ago", "en", []),
        ("after fifteen months of war", "en", []),
    ],
)
def test_find_durations(text: str, lang: str, iso: list[str]) -> None:
    assert [d.iso for d in find_durations(text, lang)] == iso


def test_duration_spans_point_at_the_words() -> None:
    text = "Moskau will 30 Tage lang nicht angreifen"
    (found,) = find_durations(text, "de")
    assert text[found.start : found.end] == "30 Tage"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("je 175 Kriegsgefangene austauschen", "de", (175, "Kriegsgefangene")),
        ("1000 gegen 1000 Gefangene", "de", (1000, "")),
        ("23 schwer verwundete ukrainische Soldaten", "de",
         (23, "schwer verwundete ukrainische Soldaten")),
        ("exchange 175 prisoners of war each", "en", (175, "prisoners of war")),
        ("a 175-for-175 swap", "en", (175, "")),
        ("Hamas is to free 33 hostages", "en", (33, "hostages")),
    ],
)  # fmt: skip
def test_find_quantities(text: str, lang: str, expected: tuple[int, str]) -> None:
    first = find_quantities(text, lang)[0]
    assert (first.number, first.unit) == expected


@pytest.mark.parametrize(
    ("span", "lang", "day", "words"),
    [
        ("Putin am Dienstag in einem Telefonat", "de", dt.date(2025, 3, 18), "am Dienstag"),
        ("die am Montag begonnen hatten", "de", dt.date(2025, 3, 17), "am Montag"),
        ("würden am Mittwoch 175 Gefangene austauschen", "de", dt.date(2025, 3, 19), "am Mittwoch"),
        ("das erste Gespräch hatte am 12. Februar stattgefunden", "de",
         dt.date(2025, 2, 12), "am 12. Februar"),
        ("seit dem 20. Januar 2025", "de", dt.date(2025, 1, 20), "20. Januar 2025"),
        ("wie gestern bekannt wurde", "de", dt.date(2025, 3, 17), "gestern"),
        ("in a phone call on Tuesday", "en", dt.date(2025, 3, 18), "on Tuesday"),
        ("would exchange prisoners on Wednesday", "en", dt.date(2025, 3, 19), "on Wednesday"),
        ("talks in Jeddah on March 11", "en", dt.date(2025, 3, 11), "on March 11"),
        ("on 7 October 2023", "en", dt.date(2023, 10, 7), "on 7 October 2023"),
        ("the Kremlin said yesterday", "en", dt.date(2025, 3, 17), "yesterday"),
    ],
)  # fmt: skip
def test_find_date(span: str, lang: str, day: dt.date, words: str) -> None:
    found = find_date(span, lang, TUESDAY)
    assert found is not None
    assert (found.day, found.text) == (day, words)
    assert span[found.start : found.end] == words


def test_find_date_none_and_year_before() -> None:
    assert find_date("keine Angaben dazu", "de", TUESDAY) is None
    # a day months after publication without a year is last year's
    assert find_date("am 24. Dezember", "de", TUESDAY).day == dt.date(2024, 12, 24)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("family", "lang", "text", "hit"),
    [
        ("accept", "de", "Putin stimmte dem Vorschlag am Dienstag zu.", True),
        ("accept", "de", "Die Ukraine stimmte dort dem US-Vorschlag einer Feuerpause zu", True),
        ("accept", "de", "Russland hat dem Vorschlag zugestimmt.", True),
        ("accept", "de", "Kiew erklärte sich bereit, zuzustimmen", True),
        ("accept", "de", "Darauf habe sich Putin eingelassen", True),
        ("reject", "de", "Moskau lehnte die Forderung der Europäer ab.", True),
        ("reject", "de", "Kiew wies den Plan entschieden zurück.", True),
        ("reject", "de", "Die Sprache von Ultimaten sei inakzeptabel", True),
        ("no_response", "de", "Aus Kiew gab es keine Reaktion.", True),
        ("no_response", "de", "Das Weiße Haus äußerte sich dazu bislang nicht.", True),
        ("no_response", "de", "Kiew hat bislang nicht auf den Vorschlag reagiert.", True),
        ("declines_comment", "de", "Peskow wollte sich dazu nicht äußern.", True),
        ("accept", "en", "Kyiv accepted an American proposal", True),
        ("reject", "en", "Zelensky rejected any suggestion", True),
        ("reject", "en", "Moscow turned down the offer", True),
        ("no_response", "en", "Kyiv had not formally responded to the proposal", True),
        ("no_response", "en", "Kyiv has yet to respond", True),
        ("declines_comment", "en", "The White House declined to comment.", True),
        ("condition", "de", "wenn Kiew dies auch tut", True),
        ("condition", "de", "sofern sich auch Russland dazu verpflichte", True),
        ("condition", "en", "provided that Russia accepted it as well", True),
        ("reciprocity", "de", "wenn Kiew dies auch tut", True),
        ("reciprocity", "de", "dass Kiew sich ebenso zurückhält", True),
        ("reciprocity", "de", "Im Gegenzug senkt Peking seine Abgaben", True),
        ("reciprocity", "en", "if Kyiv does the same", True),
        ("reciprocity", "en", "in return, Israel will release prisoners", True),
        ("accept", "de", "Dem Vorschlag sagte Kiew am Dienstag zu.", True),
        ("accept", "de", "Moskau hat die Teilnahme zugesagt.", True),
        ("accept", "de", "Das sagte er zu Journalisten in Kiew.", False),
        ("say", "de", "Das sagte er zu Journalisten in Kiew.", True),
        ("say", "de", "Dem Vorschlag sagte Kiew zu.", False),
        ("meeting", "de", "Die Minister setzten am Freitag ihre Initialen unter den Text.", True),
        ("meeting", "de", "Für die USA saß Witkoff mit am Tisch.", True),
        ("meeting", "en", "They put their names to the text, with Rubio looking on.", True),
        ("reject", "de", "Eine Entwaffnung komme nicht in Frage.", True),
        ("reject", "en", "A withdrawal is out of the question.", True),
        ("accept", "de", "Die Zustimmungsquote stieg.", False),
        ("reject", "de", "Er lehnte sich zurück.", False),
        ("condition", "en", "The conditional tense is hard.", False),
    ],
)
def test_cues(family: str, lang: str, text: str, hit: bool) -> None:
    assert bool(cue(family, lang).search(text)) is hit


def test_german_separable_verb_with_verb_second_order() -> None:
    # "Am Dienstag stimmte Moskau dem Vorschlag ... zu": the verb before its subject,
    # the particle at the end of the clause
    text = "Am Dienstag stimmte Moskau dem amerikanischen Vorschlag einer Feuerpause zu."
    match = cue("accept", "de").search(text)
    assert match is not None
    assert match.group().startswith("stimmte")
    assert match.group().endswith("zu")


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("US-Präsident Donald Trump sprach mit Wladimir Putin.", "de",
         ["donald-trump", "vladimir-putin"]),
        ("Nach Angaben des Weissen Hauses verhandeln Kiew und Moskau.", "de",
         ["white-house", "ukraine", "kremlin"]),
        ("Russia's President Vladimir Putin spoke to the White House.", "en",
         ["vladimir-putin", "white-house"]),
    ],
)  # fmt: skip
def test_mentions(text: str, lang: str, ids: list[str]) -> None:
    mentions = find_mentions(text, lang)
    assert [m.party_id for m in mentions] == ids
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_persons_and_offices_act_for_their_state() -> None:
    assert state_of("vladimir-putin") == "russia"
    assert state_of("kremlin") == "russia"
    assert state_of("donald-trump") == "united-states"
    assert state_of("ukraine") == "ukraine"


@pytest.mark.parametrize(
    ("text", "lang", "said_by", "cue_text"),
    [
        ("Darauf habe sich Putin eingelassen, teilte der Kreml am Abend mit.", "de",
         ("kremlin",), "teilte der Kreml am Abend mit"),
        ("Laut Kreml ist Putin bereit.", "de", ("kremlin",), "Laut Kreml"),
        ("Dem Weissen Haus zufolge beginnen die Gespräche.", "de",
         ("white-house",), "Weissen Haus zufolge"),
        ("Dem Kreml zufolge lehnt Russland den Plan ab.", "de",
         ("kremlin",), "Kreml zufolge"),
        ("Saudischen Diplomaten zufolge lehnt Russland den Plan ab.", "de",
         ("saudi-arabia",), "Saudischen Diplomaten zufolge"),
        ("Nach Angaben des Weißen Hauses beginnen die Gespräche.", "de",
         ("white-house",), "Nach Angaben des Weißen Hauses"),
        ("Putin kündigte an, die Gefangenen freizulassen.", "de",
         ("vladimir-putin",), "Putin kündigte"),
        ("According to the White House, talks begin.", "en",
         ("white-house",), "According to the White House"),
        ("The Kremlin said talks would begin.", "en", ("kremlin",), "Kremlin said"),
    ],
)  # fmt: skip
def test_attribution(text: str, lang: str, said_by: tuple[str, ...], cue_text: str) -> None:
    found = find_attribution(text, find_mentions(text, lang), lang)
    assert found is not None
    assert (found.said_by, found.cue) == (said_by, cue_text)
    assert text[found.start : found.end] == found.cue


def test_konjunktiv_continues_reported_speech_and_pronouns_resolve() -> None:
    sentences = [
        "Medinski zeigte sich zufrieden.",
        "Man habe sich verständigt, sagte er.",
        "Russland sei bereit, die Kontakte fortzusetzen.",
        "Die Ukraine kämpft weiter.",
    ]
    mentions = [find_mentions(s, "de") for s in sentences]
    found = attribute_sentences(sentences, mentions, "de")
    assert found[0] is None
    assert found[1] is not None
    assert found[1].said_by == ("vladimir-medinsky",)
    assert found[2] is not None
    assert found[2].said_by == ("vladimir-medinsky",)
    assert found[2].inherited
    assert found[3] is None  # indicative: the outlet's own voice again


def test_attribution_of_the_sentence_before() -> None:
    sentences = ["Putin hat dem Vorschlag zugestimmt.", "Das teilte der Kreml mit."]
    mentions = [find_mentions(s, "de") for s in sentences]
    first, second = attribute_sentences(sentences, mentions, "de")
    assert first is not None
    assert second is not None
    assert first.said_by == second.said_by == ("kremlin",)


@pytest.mark.parametrize(
    ("text", "lang", "action", "scope", "duration"),
    [
        ("30 Tage lang alle Angriffe auf die Energieinfrastruktur einzustellen", "de",
         ActionType.halt_attacks, (Scope.energy_infrastructure,), "P30D"),
        ("eine Waffenruhe an allen Fronten von 30 Tagen", "de",
         ActionType.ceasefire, (Scope.general,), "P30D"),
        ("Russland setzte die Angriffe auf die Energieinfrastruktur für 30 Tage aus", "de",
         ActionType.halt_attacks, (Scope.energy_infrastructure,), "P30D"),
        ("refrain from attacking energy infrastructure for 30 days", "en",
         ActionType.halt_attacks, (Scope.energy_infrastructure,), "P30D"),
        ("an immediate 30-day ceasefire on all fronts", "en",
         ActionType.ceasefire, (Scope.general,), "P30D"),
    ],
)  # fmt: skip
def test_find_terms(
    text: str, lang: str, action: ActionType, scope: tuple[Scope, ...], duration: str
) -> None:
    hit = find_terms(text, lang)[0]
    assert (hit.action, hit.scope, hit.duration) == (action, scope, duration)


def test_sentences_keep_offsets_and_split_lines() -> None:
    text = "Titel ohne Punkt\n\nDas war am 20. Januar 2025. Zuletzt am 12. Februar. Ende."
    sentences = split_sentences(text, "de")
    assert [s.text for s in sentences] == [
        "Titel ohne Punkt", "Das war am 20. Januar 2025.", "Zuletzt am 12. Februar.", "Ende."
    ]  # fmt: skip
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_detect_language() -> None:
    assert detect_language("Der Kreml teilte mit, dass die Ukraine nicht reagiert habe.") == "de"
    assert detect_language("The Kremlin said that Ukraine had not responded to it.") == "en"
    with pytest.raises(LanguageError, match="--lang de or --lang en"):
        detect_language("xyz qqq 123")


# ---------------------------------------------------------------------------------------
#  Second round: sources, spans, agreements' terms, demands
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("after seven weeks of American air strikes", "en", []),
        ("nach drei Monaten der Kämpfe", "de", []),
        ("a 1000000000-day truce", "en", []),
        ("eine 72-stündige Feuerpause", "de", ["PT72H"]),
        ("a 72-hour truce", "en", ["PT72H"]),
        ("drei Monate lang", "de", ["P3M"]),
        # a deadline sets the length of what must be done by then
        ("within 90 days", "en", ["P90D"]),
        ("binnen drei Monaten", "de", ["P3M"]),
        ("innerhalb von 30 Tagen", "de", ["P30D"]),
    ],
)
def test_durations_of_terms_only(text: str, lang: str, iso: list[str]) -> None:
    assert [d.iso for d in find_durations(text, lang)] == iso


@pytest.mark.parametrize(
    ("text", "lang", "family", "hit"),
    [
        ("Die sudanesische Armee reagierte ablehnend.", "de", "reject", True),
        ("Moskau reagierte zurückhaltend.", "de", "considers", True),
        ("Er hat eine Volksabstimmung in Aussicht gestellt.", "de", "considers", True),
        ("Sollte Kiew seine Truppen abziehen, sei Moskau bereit.", "de", "condition", True),
        ("Die Armee sollte abziehen.", "de", "condition", False),
        ("Should Hamas free the hostages, Israel would pause.", "en", "condition", True),
        ("Armenien und Aserbaidschan haben den Vertrag paraphiert.", "de", "agreed", True),
        ("The two ministers initialled the treaty.", "en", "agreed", True),
        ("Israeli jets had struck the airport.", "en", "agreed", False),
        ("The sides struck a deal on Tuesday.", "en", "agreed", True),
        ("Die USA schlugen eine Waffenruhe vor.", "de", "proposal", True),
    ],
)
def test_second_round_cues(text: str, lang: str, family: str, hit: bool) -> None:
    assert bool(cue(family, lang).search(text)) is hit


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("Prime Minister Benjamin Netanyahu's office said so.", "en",
         ["israel-prime-ministers-office"]),
        ("The office of Prime Minister Benjamin Netanyahu said so.", "en",
         ["israel-prime-ministers-office"]),
        ("Benjamin Netanyahu said so.", "en", ["benjamin-netanyahu"]),
    ],
)  # fmt: skip
def test_a_persons_office_speaks_for_the_body(text: str, lang: str, ids: list[str]) -> None:
    assert [m.party_id for m in find_mentions(text, lang)] == ids


def test_a_name_in_a_genitive_after_a_preposition_is_no_subject() -> None:
    text = "Zur Rolle der USA wollte sich der Kreml nicht äußern."
    usa = next(m for m in find_mentions(text, "de") if m.party_id == "united-states")
    assert usa.object


@pytest.mark.parametrize(
    ("text", "lang", "said_by"),
    [
        (("Under the deal, neither side will attack, Oman's foreign minister, Badr Albusaidi, "
         "said."), "en", ("badr-albusaidi",)),
        ("Trump, speaking to reporters before leaving, said the war was over.", "en",
         ("donald-trump",)),
        ("Joe Biden welcomed the deal, saying it followed his framework.", "en",
         ("joe-biden",)),
        ("The truce began at dawn, according to a Qatari official.", "en", ("qatar",)),
        ("Two Israeli officials said Israel was not consulted.", "en", ("israel",)),
        ("Saudischen Diplomaten zufolge verlangt die Armee den Abzug.", "de",
         ("saudi-arabia",)),
        (("Man begrüße jeden Schritt, erklärte die Sprecherin des russischen "
         "Außenministeriums, Maria Sacharowa."), "de", ("maria-zakharova",)),
        (("Abdel Fattah al-Burhan hatte am Dienstag nach einer Sitzung erklärt, man werde "
         "weiterkämpfen."), "de", ("abdel-fattah-al-burhan",)),
    ],
)  # fmt: skip
def test_more_sources(text: str, lang: str, said_by: tuple[str, ...]) -> None:
    found = find_attribution(text, find_mentions(text, lang), lang)
    assert found is not None
    assert found.said_by == said_by
    assert text[found.start : found.end] == found.cue


@pytest.mark.parametrize(
    ("sentences", "lang", "speaker"),
    [
        (["The Russian defence ministry said the opposite.",
          "Its troops had held their positions, the ministry said."], "en",
         "russian-defence-ministry"),
        (["An der Spitze der Delegation stand Verteidigungsminister Rustem Umerow.",
          "Den Termin werde man später bekanntgeben, sagte der Minister."], "de",
         "rustem-umerov"),
        (["President Donald Trump said the Houthis no longer wanted to fight.",
          "In return, the group would stop, according to the president."], "en",
         "donald-trump"),
        (["Volodymyr Zelensky dismissed the announcement.",
          "He then said Ukraine would mirror Russia's conduct."], "en",
         "volodymyr-zelensky"),
    ],
)  # fmt: skip
def test_speakers_named_by_role_or_pronoun(sentences: list[str], lang: str, speaker: str) -> None:
    mentions = [find_mentions(s, lang) for s in sentences]
    found = attribute_sentences(sentences, mentions, lang)[-1]
    assert found is not None
    assert found.said_by == (speaker,)


@pytest.mark.parametrize(
    ("text", "lang", "action"),
    [
        ("Under the arrangement, neither side will target the other.", "en",
         ActionType.halt_attacks),
        ("Washington reduziert demnach die zusätzlichen Zölle auf Waren aus China.", "de",
         ActionType.reduce_tariffs),
        ("wenn sich die RSF zuvor aus den Städten und Gebieten zurückzögen", "de",
         ActionType.withdraw_forces),
        ("dass beide Seiten drei Monate lang die Waffen schweigen lassen", "de",
         ActionType.ceasefire),
        ("if Russian guns fell silent", "en", ActionType.ceasefire),
        ("to set up a joint security coordination mechanism within 30 days", "en",
         ActionType.establish_monitoring),
        ("einen gemeinsamen Sicherheitsmechanismus einzurichten", "de",
         ActionType.establish_monitoring),
        ("only if Ukraine withdrew its troops", "en", ActionType.withdraw_forces),
    ],
)  # fmt: skip
def test_more_terms(text: str, lang: str, action: ActionType) -> None:
    assert action in {h.action for h in find_terms(text, lang)}


def test_draft_ids_count_up_per_base_and_stay_unique() -> None:
    draft = Draft("Ein Satz.")
    ids = [
        draft.add("commitments", base, {}, (0, 3), rule="r", confidence=0.5, sentence=0).id
        for base in ("a", "a", "b", "a", "a-2", "b")
    ]
    assert ids == ["a", "a-2", "b", "a-3", "a-2-2", "b-2"]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("word", "party"),
    [("kongolesische", "dr-congo"), ("Rwandan", "rwanda"), ("thailändischen", "thailand"),
     ("Cambodian", "cambodia"), ("kolumbianische", "colombia")],
)  # fmt: skip
def test_adjectives_of_more_states(word: str, party: str) -> None:
    assert adjective_party(word) == party


@pytest.mark.parametrize(
    ("sentences", "lang", "expected"),
    [
        (["Die ELN lehnte dies in einer Erklärung ab.",
          "Eine Verlängerung komme nur in Frage, wenn die Regierung einlenke.",
          "Das Ministerium in Bogotá teilte hingegen mit, die Streitkräfte würden angreifen."],
         "de", [(("eln",), False), (("eln",), True), None]),
        (["Hamas rejected it in a statement.",
          "The Pentagon said on Monday that troops would stay."],
         "en", [(("hamas",), False), None]),
    ],
)  # fmt: skip
def test_reported_speech_continues_only_without_a_cue_of_its_own(
    sentences: list[str], lang: str, expected: list[tuple[tuple[str, ...], bool] | None]
) -> None:
    found = attribute_sentences(sentences, [find_mentions(s, lang) for s in sentences], lang)
    assert [(a.said_by, a.inherited) if a else None for a in found] == expected


def test_a_party_named_in_a_compound_source_speaks() -> None:
    sentence = "Ein ranghoher Hamas-Vertreter sagte dem Sender, man werde nicht abrüsten."
    found = find_attribution(sentence, find_mentions(sentence, "de"), "de")
    assert found is not None
    assert found.said_by == ("hamas",)


def test_draft_indexes_follow_additions_spans_and_removals() -> None:
    draft = Draft("Erster Satz. Zweiter Satz.")
    first = draft.add("commitments", "a", {}, (0, 12), rule="r", confidence=0.5, sentence=0)
    second = draft.add("positions", "b", {}, (13, 26), rule="r", confidence=0.5, sentence=1)
    first.add_span(13, 19)  # the first fact is told again in the second sentence
    assert draft.of_sentence(1) == [second]
    assert draft.of_sentence(0, "positions") == []
    assert draft.touching(13, 26) == [first, second]
    assert draft.get("b") is second
    draft.remove(first)
    assert draft.touching(0, 26) == [second]
    assert draft.section("commitments") == []
    assert draft.get("a") is None


@pytest.mark.parametrize(
    ("texts", "lang", "expected"),
    [
        (["Die kolumbianische Regierung bot Gespräche an.",
          "Die Regierung verlangt, dass die ELN aufgibt."], "de", [("Regierung", "colombia")]),
        (["The government of Sudan rejected the plan.",
          "Later the government said talks could resume."], "en", [("government", "sudan")]),
        (["Die Regierung verlangt, dass die ELN aufgibt."], "de", []),  # whose is not said
        (["Die Regierung von Präsident Gustavo Petro bot Gespräche an.",
          "Die Delegation der Regierung sprach von einem Rückschlag."], "de", []),
    ],
)  # fmt: skip
def test_a_bare_government_is_the_state_last_named_for_it(
    texts: list[str], lang: str, expected: list[tuple[str, str]]
) -> None:
    found = add_government_mentions(texts, [find_mentions(t, lang) for t in texts], lang)
    last = [
        (m.text, m.party_id) for m in found[-1] if m.text.lower() in ("regierung", "government")
    ]
    assert last == expected
    assert all(texts[-1][m.start : m.end] == m.text for m in found[-1])
