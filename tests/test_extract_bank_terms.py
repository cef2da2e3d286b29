"""Paraphrase bank for terms: how long a term lasts and what action (and scope) it has.

Short mini-articles in our own words, news-agency style, German and English, each with
the result expected in slot-key terms (:func:`kg.evaluation._slots.extract_items`):

- durations: the set of ISO durations over all facts of the draft, in the model's
  canonical form (72 hours are "P3D", as RDF tools write it);
- action types: the action types (and, where given, scopes) the term finder
  (:func:`kg.extract.rules.terms.find_terms`) gives the facts built on it; whether a fact
  is built at all belongs to the proposal, commitment and agreement rules.

About a third are near misses that must give nothing (or only the right thing): the
length of a war, a prison sentence, an age, time in office, how long talks took, a date
deadline without a length ("bis Ende Mai"), words that look like cues but are not terms.
"""

from __future__ import annotations

import pytest

from kg.evaluation._slots import extract_items
from kg.extract import parse
from kg.extract.rules.terms import find_terms
from kg.model import Annotation

DAY = "2025-05-07"
#: Why some items fail: reasons outside the slots this bank is about.
NO_FACT = (
    "no fact is built for this acceptance, pledge or agreement (commitment and agreement "
    "rules in kg.extract.rules.commitments): the duration is found but has no term to go to"
)
BARE_PAUSE = (
    "a bare 'pause' names no action (of fire? of tariffs?); telling which needs the "
    "article's topic, which the term finder does not see"
)
ONE_PRISONER = (
    "one prisoner let out of jail reads like a negotiated release; telling them apart "
    "needs who frees whom, which the term finder does not see"
)


def _draft(text: str, lang: str) -> Annotation:
    return parse(text, lang=lang, published=DAY, article_id="bank")


def _durations(draft: Annotation) -> set[str]:
    return {item.key[0] for item in extract_items(draft)["durations"]}


def _found_terms(text: str, lang: str) -> list[tuple[str, set[str]]]:
    """Action types and scopes as the term finder gives them to every fact."""
    return [(h.action.value, {s.value for s in h.scope}) for h in find_terms(text, lang)]


DURATIONS = [
    # -- positives, German
    ("Russland schlug eine Waffenruhe von 30 Tagen vor.", "de", {"P30D"}),
    ("Die Ukraine bot eine dreißigtägige Feuerpause an.", "de", {"P30D"}),
    pytest.param(
        "Kiew stimmte einer 30-tägigen Waffenruhe zu, teilte das Präsidialamt mit.", "de",
     {"P30D"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    (("Die kolumbianische Regierung verkündete am Morgen eine einmonatige "
     "Feuerpause."), "de", {"P1M"}),
    pytest.param(
        "Die ELN-Rebellen erklärten, sie würden ihre Angriffe für einen Monat einstellen.", "de",
     {"P1M"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    pytest.param(
        "Die sudanesische Armee sagte eine Waffenruhe von 72 Stunden zu.", "de", {"P3D"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    ("Armenien und Aserbaidschan wollen die Kämpfe drei Tage lang ruhen lassen.", "de", {"P3D"}),
    (
        ("Israel und die Hamas einigten sich auf eine Feuerpause. Sie solle zunächst für "
     "zwei Wochen gelten, hieß es."),
     "de", {"P14D"},
    ),
    ("Die EU setzt ihre Gegenzölle für die Dauer von 90 Tagen aus.", "de", {"P90D"}),
    ("Israel und die Hamas vereinbarten eine sechswöchige Feuerpause.", "de", {"P42D"}),
    ("Die Armee und die RSF einigten sich auf eine Kampfpause von zwölf Stunden.", "de",
     {"PT12H"}),
    (("Thailand und Kambodscha vereinbarten eine Waffenruhe, die ein Jahr lang gelten "
     "soll."), "de", {"P1Y"}),
    (("Die Hisbollah-Miliz kündigte eine zehntägige Feuerpause über die Feiertage "
     "an."), "de", {"P10D"}),
    (
        ("Israel und der Libanon vereinbarten eine Waffenruhe. Sie soll 60 Tage dauern, "
     "sagte ein Sprecher."), "de", {"P60D"},
    ),
    ("Moskau bot eine Feuerpause über die Osterfeiertage an, die 48 Stunden dauern soll.",
     "de", {"P2D"}),
    # -- positives, English
    ("Washington proposed a 30-day ceasefire.", "en", {"P30D"}),
    ("The M23 rebels announced a two-month truce on Sunday.", "en", {"P2M"}),
    ("Moscow offered to halt strikes on energy facilities for 60 days.", "en", {"P60D"}),
    ("Washington and Beijing agreed a 90-day pause in new tariffs.", "en", {"P90D"}),
    ("Thailand's army declared a unilateral ceasefire for 72 hours.", "en", {"P3D"}),
    ("Hamas said it was ready for a truce lasting a fortnight.", "en", {"P14D"}),
    ("Colombia's government offered the insurgents a year-long ceasefire.", "en", {"P1Y"}),
    (
        ("Israel and Hamas agreed a truce. It will initially hold for three weeks, "
     "officials said."), "en", {"P21D"},
    ),
    pytest.param(
        "Kyiv agreed to a thirty-day moratorium on attacks against power plants.", "en",
     {"P30D"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    pytest.param(
        "Sudan's army and the RSF signed up to a six-month cessation of hostilities.",
        "en",
        {"P6M"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    ("The Houthi militia pledged to stop fighting for 48 hours.", "en", {"P2D"}),
    pytest.param(
        "Israel agreed to a ten-day humanitarian pause in the fighting.", "en", {"P10D"},
        marks=pytest.mark.xfail(strict=True, reason=NO_FACT),
    ),
    (("Armenia and Azerbaijan agreed a ceasefire that is to last five days, officials "
     "said."), "en", {"P5D"}),
    ("Russia said its troops would hold their fire for one month.", "en", {"P1M"}),
    # -- negatives, German
    ("Der Krieg dauert seit drei Jahren an. Russland bot nun eine Waffenruhe an.", "de", set()),
    ("Ein 30-jähriger Soldat wurde verletzt. Russland schlug daraufhin eine Waffenruhe vor.",
     "de", set()),
    (("Ein Gericht verurteilte den Kommandeur zu zehn Jahren Haft. Die Ukraine schlug Gespräche "
     "vor."), "de", set()),
    ("Israel und die Hamas vereinbarten eine Waffenruhe, die bis Ende Mai gelten soll.", "de",
     set()),
    ("Nach 100 Tagen im Amt schlug Trump eine Waffenruhe vor.", "de", set()),
    (("Die Verhandlungen dauerten zwölf Stunden; am Ende vereinbarten Armenien und "
     "Aserbaidschan eine Waffenruhe."), "de", set()),
    (("Vor zwei Wochen hatte Moskau eine Feuerpause noch abgelehnt. Nun schlug Moskau selbst "
     "eine vor."), "de", set()),
    ("Drei Tage nach dem Treffen schlug Kiew eine Waffenruhe von 30 Tagen vor.", "de",
     {"P30D"}),
    # -- negatives, English
    ("After three years of war, Kyiv proposed a ceasefire.", "en", set()),
    ("A 30-year-old man was killed on Sunday. Israel then proposed a truce.", "en", set()),
    ("Trump, 100 days into his term, called for a ceasefire.", "en", set()),
    ("The talks lasted six hours before Thailand and Cambodia agreed a truce.", "en", set()),
    ("The commander was sentenced to 15 years in prison; the ELN offered a ceasefire.",
     "en", set()),
    ("Russia proposed a 30-day ceasefire, three days after talks in Riyadh.", "en", {"P30D"}),
    ("Israel and Hezbollah agreed a truce that runs until the end of May.", "en",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), DURATIONS)
def test_bank_durations(text: str, lang: str, expected: set[str]) -> None:
    assert _durations(_draft(text, lang)) == expected


ACTIONS = [
    # -- positives, German: (text, lang, action, scope or None)
    ("Russland schlug eine Waffenruhe vor.", "de", "ceasefire", None),
    ("Die Ukraine bot eine Feuerpause an.", "de", "ceasefire", None),
    ("Die Rebellen kündigten einen Waffenstillstand an.", "de", "ceasefire", None),
    ("Die Konfliktparteien einigten sich auf eine humanitäre Feuerpause.", "de", "ceasefire",
     None),
    ("Die Armee verkündete eine Kampfpause in der Region.", "de", "ceasefire", None),
    ("Moskau sagte zu, die Angriffe auf Energieanlagen einzustellen.", "de", "halt_attacks",
     "energy_infrastructure"),
    ("Kiew und Moskau vereinbarten einen Gefangenenaustausch.", "de", "exchange_prisoners",
     None),
    ("Die Hamas erklärte sich bereit, die Geiseln freizulassen.", "de", "release_persons",
     "hostages"),
    ("Die EU will die Zölle auf Industriegüter aus den USA senken.", "de", "reduce_tariffs",
     None),
    ("Washington kündigte an, die neuen Zölle vorerst auszusetzen.", "de", "suspend_tariffs",
     None),
    ("Die USA boten an, die Sanktionen gegen Russland aufzuheben.", "de", "lift_sanctions",
     None),
    ("Die EU beschloss neue Sanktionen gegen den Iran.", "de", "impose_sanctions", None),
    ("Russland forderte den Abzug der ukrainischen Truppen aus der Region.", "de",
     "withdraw_forces", None),
    ("Beide Seiten vereinbarten, Gespräche in Genf aufzunehmen.", "de", "hold_talks", None),
    ("Israel sagte zu, Hilfslieferungen in den Gazastreifen zu lassen.", "de",
     "allow_humanitarian_access", None),
    ("Die Armee soll sich binnen zwei Wochen aus der Stadt zurückziehen.", "de",
     "withdraw_forces", None),
    ("Kiew verlangte eine internationale Mission zur Überwachung der Waffenruhe.", "de",
     "establish_monitoring", None),
    # -- positives, English
    ("Washington proposed a truce.", "en", "ceasefire", None),
    ("The rebels declared a humanitarian pause.", "en", "ceasefire", None),
    ("Moscow agreed to halt attacks on energy infrastructure.", "en", "halt_attacks",
     "energy_infrastructure"),
    ("The two sides agreed on a prisoner swap.", "en", "exchange_prisoners", None),
    ("The two countries agreed to swap prisoners of war.", "en", "exchange_prisoners",
     "prisoners_of_war"),
    ("Hamas offered to release the remaining hostages.", "en", "release_persons", "hostages"),
    ("Brussels offered to cut tariffs on American cars.", "en", "reduce_tariffs", None),
    ("The White House said it would pause the new tariffs for 90 days.", "en",
     "suspend_tariffs", None),
    ("Washington offered to ease sanctions on Russian banks.", "en", "lift_sanctions", None),
    ("The EU agreed new sanctions against Iran.", "en", "impose_sanctions", None),
    ("Russia demanded that Ukraine withdraw its troops from the four regions.", "en",
     "withdraw_forces", None),
    ("Both governments agreed to hold talks in Geneva next week.", "en", "hold_talks", None),
    ("Israel agreed to let aid trucks into Gaza.", "en", "allow_humanitarian_access", None),
    ("Kyiv called for an international mission to monitor the ceasefire.", "en",
     "establish_monitoring", None),
    ("Kyiv proposed a halt to strikes on ports.", "en", "halt_attacks", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "action", "scope"), ACTIONS)
def test_bank_action_types(text: str, lang: str, action: str, scope: str | None) -> None:
    terms = _found_terms(text, lang)
    assert action in {a for a, _ in terms}
    if scope is not None:
        assert any(a == action and scope in s for a, s in terms)


NO_TERMS = [
    # -- negatives: cue-like words that are no negotiated term
    pytest.param(
        "Der Gefangene wurde nach drei Jahren aus der Haft entlassen.",
        "de",
        marks=pytest.mark.xfail(strict=True, reason=ONE_PRISONER),
    ),
    ("Die Preise für Lebensmittel sind gestiegen, teilte das Statistikamt mit.", "de"),
    ("Die Fabrik stellte am Montag die Produktion ein.", "de"),
    ("Der Zoll beschlagnahmte an der Grenze mehrere Waffen.", "de"),
    ("Die Feuerwehr brachte den Brand nach einer Pause unter Kontrolle.", "de"),
    ("Die Sanktionen haben der Wirtschaft geschadet, sagte der Minister.", "de"),
    ("Die Truppen rückten weiter auf die Stadt vor.", "de"),
    ("Der Austausch von Studenten zwischen beiden Ländern wurde ausgeweitet.", "de"),
    ("The company halted production at its plant on Monday.", "en"),
    ("Tariffs have pushed up prices, economists said.", "en"),
    ("Troops advanced towards the city overnight.", "en"),
    ("A student exchange programme between the two countries was expanded.", "en"),
    ("The former hostage released a memoir on Tuesday.", "en"),
    ("The talk show host interviewed the minister.", "en"),
    ("The sanctions have hurt the economy, the minister said.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_TERMS)
def test_bank_no_terms(text: str, lang: str) -> None:
    assert _found_terms(text, lang) == []


# -- wave 2: written after the first rule pass, measured before the second ----------------
DURATIONS_WAVE2 = [
    ("Kiew schlug eine zweiwöchige Waffenruhe vor.", "de", {"P14D"}),
    ("Die Türkei schlug eine Feuerpause von anderthalb Monaten vor.", "de", {"P1M15D"}),
    ("Washington bot an, die Strafzölle für 60 Tage auszusetzen.", "de", {"P60D"}),
    ("Peking schlug vor, die Zölle für ein Jahr zu senken.", "de", {"P1Y"}),
    ("Die Hamas bot eine Waffenruhe von fünf Jahren an.", "de", {"P5Y"}),
    ("Katar schlug eine 48-stündige Feuerpause vor.", "de", {"P2D"}),
    ("Die USA forderten eine Waffenruhe von mindestens einem Monat.", "de", {"P1M"}),
    ("Ankara proposed a two-week truce.", "en", {"P14D"}),
    ("Washington offered to hold off on new tariffs for 120 days.", "en", {"P120D"}),
    ("Beijing proposed cutting tariffs for a year.", "en", {"P1Y"}),
    ("Hamas offered a five-year truce.", "en", {"P5Y"}),
    ("Qatar proposed a 48-hour humanitarian ceasefire.", "en", {"P2D"}),
    ("The US called for a ceasefire of at least one month.", "en", {"P1M"}),
    ("Iran proposed a truce of ninety days.", "en", {"P90D"}),
    # -- negatives
    ("Moskau bot eine Waffenruhe für die Dauer des orthodoxen Osterfests an.", "de", set()),
    ("Israel bot eine Feuerpause über das Wochenende an.", "de", set()),
    ("Russland schlug eine Feuerpause vor, die bis zum 1. Juni gelten soll.", "de", set()),
    ("Seit dem Beginn der Kämpfe vor zwei Wochen schlug Kiew mehrfach Gespräche vor.", "de",
     set()),
    ("Israel offered a ceasefire over the weekend.", "en", set()),
    ("Russia proposed a truce running until 1 June.", "en", set()),
    ("Kyiv proposed talks two weeks after the fighting began.", "en", set()),
    pytest.param(
        "Moscow offered a 30-day pause, a week after the last round of talks.", "en", {"P30D"},
        marks=pytest.mark.xfail(strict=True, reason=BARE_PAUSE),
    ),
    ("Trump, who has been in office for four months, proposed a ceasefire.", "en", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), DURATIONS_WAVE2)
def test_bank_durations_wave2(text: str, lang: str, expected: set[str]) -> None:
    assert _durations(_draft(text, lang)) == expected


ACTIONS_WAVE2 = [
    ("Der Plan sieht eine Einstellung der Kampfhandlungen vor.", "de", "ceasefire", None),
    ("Russland bot an, die Luftangriffe auszusetzen.", "de", "halt_attacks", None),
    ("Die Hamas will am Montag vier Geiseln übergeben.", "de", "release_persons", "hostages"),
    ("Beide Seiten sollen humanitäre Korridore öffnen.", "de", "allow_humanitarian_access",
     None),
    ("Die OSZE soll Beobachter entsenden, um die Feuerpause zu überwachen.", "de",
     "establish_monitoring", None),
    ("Washington will die Strafzölle zurücknehmen.", "de", "reduce_tariffs", None),
    ("China will die Exportbeschränkungen für seltene Erden aufheben.", "de",
     "lift_export_controls", None),
    ("Die USA sollen der Ukraine Sicherheitsgarantien geben.", "de",
     "provide_security_guarantees", None),
    ("Russland verlangt, dass der Westen die Waffenlieferungen einstellt.", "de",
     "halt_arms_deliveries", None),
    ("Both armies agreed to silence their guns.", "en", "ceasefire", None),
    ("Russia offered to suspend air strikes on Kyiv.", "en", "halt_attacks", None),
    ("Hamas is to hand over four hostages on Monday.", "en", "release_persons", "hostages"),
    ("Both sides are to open humanitarian corridors.", "en", "allow_humanitarian_access", None),
    ("The OSCE is to deploy observers to monitor the truce.", "en", "establish_monitoring",
     None),
    ("Washington will roll back its tariffs on steel.", "en", "reduce_tariffs", None),
    ("China agreed to lift export controls on rare earths.", "en", "lift_export_controls",
     None),
    ("The US is to provide Ukraine with security guarantees.", "en",
     "provide_security_guarantees", None),
    ("Russia demands that the West halt arms deliveries to Kyiv.", "en",
     "halt_arms_deliveries", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "action", "scope"), ACTIONS_WAVE2)
def test_bank_action_types_wave2(text: str, lang: str, action: str, scope: str | None) -> None:
    test_bank_action_types(text, lang, action, scope)


NO_TERMS_WAVE2 = [
    ("Die Firma senkte am Montag die Preise.", "de"),
    ("Die Börse setzte den Handel mit der Aktie aus.", "de"),
    ("Ein Streik der Lokführer legte den Bahnverkehr lahm.", "de"),
    ("Die Band veröffentlichte ein neues Album.", "de"),
    ("Police released the suspect on bail.", "en"),
    ("The central bank cut interest rates on Thursday.", "en"),
    ("Strikes by rail workers halted trains across the country.", "en"),
    ("Observers said the vote had been fair.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_TERMS_WAVE2)
def test_bank_no_terms_wave2(text: str, lang: str) -> None:
    assert _found_terms(text, lang) == []


# -- wave 3: written after the second rule pass, measured before the third ----------------
DURATIONS_WAVE3 = [
    ("Kolumbien bot der ELN eine Waffenruhe von sechs Monaten an.", "de", {"P6M"}),
    ("Kolumbien schlug eine halbjährige Feuerpause vor.", "de", {"P6M"}),
    ("Aserbaidschan bot eine 15-tägige Waffenruhe an.", "de", {"P15D"}),
    ("Die Huthi boten an, ihre Angriffe auf Schiffe für einen Monat auszusetzen.", "de",
     {"P1M"}),
    ("Pakistan offered a 96-hour truce.", "en", {"P4D"}),
    ("India proposed halting all strikes for two days.", "en", {"P2D"}),
    ("Israel offered a seven-day pause in strikes on Gaza.", "en", {"P7D"}),
    # -- negatives
    ("Die M23 schlug eine Waffenruhe vor, nachdem die Kämpfe vier Wochen gedauert hatten.",
     "de", set()),
    ("Kambodscha schlug 48 Stunden nach Beginn der Gefechte eine Waffenruhe vor.", "de",
     set()),
    ("Armenia proposed a ceasefire lasting until the end of the year.", "en", set()),
    ("The M23 proposed a truce after four weeks of fighting.", "en", set()),
    ("Thailand proposed a ceasefire, 48 hours after the clashes began.", "en", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), DURATIONS_WAVE3)
def test_bank_durations_wave3(text: str, lang: str, expected: set[str]) -> None:
    assert _durations(_draft(text, lang)) == expected


ACTIONS_WAVE3 = [
    ("Pakistan und Indien einigten sich darauf, das Feuer einzustellen.", "de", "ceasefire",
     None),
    ("India and Pakistan agreed to stop firing.", "en", "ceasefire", None),
    ("Die Türkei bot an, zwischen beiden Seiten zu vermitteln.", "de", "hold_talks", None),
    ("Turkey offered to mediate between the two sides.", "en", "hold_talks", None),
    ("Die USA sollen keine Geheimdienstinformationen mehr an Kiew weitergeben.", "de",
     "halt_intelligence_sharing", None),
    ("Washington paused intelligence sharing with Kyiv.", "en", "halt_intelligence_sharing",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "action", "scope"), ACTIONS_WAVE3)
def test_bank_action_types_wave3(text: str, lang: str, action: str, scope: str | None) -> None:
    test_bank_action_types(text, lang, action, scope)


NO_TERMS_WAVE3 = [
    ("Das Feuer in der Raffinerie wurde am Morgen gelöscht.", "de"),
    ("The fire at the refinery was put out in the morning.", "en"),
    ("Der Minister kündigte einen Austausch mit Experten an.", "de"),
    ("The ministers exchanged views on the war.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_TERMS_WAVE3)
def test_bank_no_terms_wave3(text: str, lang: str) -> None:
    assert _found_terms(text, lang) == []
