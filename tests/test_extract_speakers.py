"""Who speaks and who proposes: the round-2 rules of speaker and proposer resolution.

Every test parses a short article of its own through :func:`kg.extract.parse`.
"""

from __future__ import annotations

import pytest

from kg.extract import parse

PUBLISHED = "2025-06-02"


def _said_by(text: str, lang: str) -> set[tuple[str, ...]]:
    """Return the ``said_by`` of the facts drawn from the last sentence of ``text``."""
    draft = parse(text, lang=lang, published=PUBLISHED)
    last = text.rfind(". ", 0, len(text) - 1) + 1
    return {
        fact.said_by
        for fact in draft.facts()
        for evidence in fact.evidence
        if evidence.start is not None and evidence.start >= last
    }


def _proposals(text: str, lang: str) -> set[tuple[tuple[str, ...], str]]:
    draft = parse(text, lang=lang, published=PUBLISHED)
    return {(p.proposed_by, p.terms[0].action.value) for p in draft.proposals}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Officials in Kyiv said Ukraine would honour the truce.", "en", ("ukraine",)),
        ("Aus Regierungskreisen in Kiew verlautete, man werde die Waffenruhe achten.", "de",
         ("ukraine",)),
        ("Israelische Regierungsvertreter sagten, man sei zu einer Feuerpause bereit.", "de",
         ("israel",)),
        ("Die Regierung in Kiew erklärte, man werde die Feuerpause von 30 Tagen achten.", "de",
         ("ukraine",)),
        ("A swap of 300 prisoners was agreed, according to Kremlin aide Yuri Ushakov.", "en",
         ("yuri-ushakov",)),
        ("Turkey and Qatar said Russia and Ukraine would exchange 500 prisoners of war.", "en",
         ("qatar", "turkey")),
        ("Putin empfing Witkoff. Der russische Präsident sagte, man sei zu Gesprächen bereit.",
         "de", ("vladimir-putin",)),
        ("Putin met Witkoff. The Russian president said Moscow was open to a pause.", "en",
         ("vladimir-putin",)),
        (("Putin sprach mit Trump. Der russische Staatschef sagte, man sei zu einer Feuerpause "
         "bereit."), "de", ("vladimir-putin",)),
        ("Putin spoke with Trump. The Russian leader said Moscow was ready for a pause.", "en",
         ("vladimir-putin",)),
        ("Netanjahus Büro räumte ein, dass Israel die Waffenruhe verletzt habe.", "de",
         ("israel-prime-ministers-office",)),
        ("Witkoff noted that the truce had largely held.", "en", ("steve-witkoff",)),
        ("Putin pledged to halt strikes on energy facilities for 30 days.", "en",
         ("vladimir-putin",)),
        ("Putin sicherte zu, die Angriffe auf Energieanlagen für 30 Tage einzustellen.", "de",
         ("vladimir-putin",)),
        ("Russland ist nach Worten Putins zu einer Feuerpause von drei Tagen bereit.", "de",
         ("vladimir-putin",)),
        ("In Putin's words, Russia is ready for a three-day truce.", "en", ("vladimir-putin",)),
        ("A Qatari official described the three-day truce as fragile.", "en", ("qatar",)),
        ("Erdogan bezeichnete die Feuerpause von drei Tagen als Erfolg.", "de",
         ("recep-tayyip-erdogan",)),
    ],
)  # fmt: skip
def test_speaker_of_a_cue(text: str, lang: str, speaker: tuple[str, ...]) -> None:
    assert speaker in _said_by(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Laut Medienberichten will Israel seine Truppen bis Freitag abziehen.", "de"),
        ("Israel will pull its troops out by Friday, according to media reports.", "en"),
        ("Russia is said to be ready to halt strikes for 30 days.", "en"),
    ],
)
def test_media_reports_and_hearsay_are_no_speaker(text: str, lang: str) -> None:
    assert _said_by(text, lang) <= {()}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Ukraine schlug Russland einen Gefangenenaustausch vor.", "de",
         {(("ukraine",), "exchange_prisoners")}),
        ("Am Montag schlug Russland eine Waffenruhe von drei Tagen vor.", "de",
         {(("russia",), "ceasefire")}),
        ("Qatar handed the US truce proposal to Hamas.", "en", {(("united-states",), "ceasefire")}),
        ("Moskau legte einen Gegenvorschlag für eine Feuerpause von drei Tagen vor.", "de",
         {(("russia",), "ceasefire")}),
        ("Hamas made a counter-offer for a six-week truce.", "en", {(("hamas",), "ceasefire")}),
        ("Moskau wies den Vorschlag Kiews für eine Waffenruhe zurück.", "de",
         {(("ukraine",), "ceasefire")}),
        ("Egypt and Qatar tabled a plan for a prisoner exchange.", "en",
         {(("egypt", "qatar"), "exchange_prisoners")}),
        ("Kiew dringt auf eine Waffenruhe von 30 Tagen.", "de", {(("ukraine",), "ceasefire")}),
        ("Kyiv is pushing for a 30-day truce.", "en", {(("ukraine",), "ceasefire")}),
        ("Frankreich regte eine Feuerpause über die Feiertage an.", "de",
         {(("france",), "ceasefire")}),
        ("Moscow floated a three-day truce.", "en", {(("russia",), "ceasefire")}),
        ("Eine von den USA vorgeschlagene Feuerpause soll drei Tage dauern.", "de",
         {(("united-states",), "ceasefire")}),
        ("Trump pressed Putin to halt attacks on Kyiv.", "en",
         {(("united-states",), "halt_attacks")}),
        ("Kyiv has been calling for a 30-day truce.", "en", {(("ukraine",), "ceasefire")}),
        ("Qatar and Egypt handed Israel's new proposal for a truce to Hamas.", "en",
         {(("israel",), "ceasefire")}),
        ("Moscow dismissed Kyiv's demand for a truce.", "en", {(("ukraine",), "ceasefire")}),
        ("Die Ukraine wurde von Russland aufgefordert, eine Feuerpause einzuhalten.", "de",
         {(("russia",), "ceasefire")}),
    ],
)  # fmt: skip
def test_who_proposes(text: str, lang: str, expected: set[tuple[tuple[str, ...], str]]) -> None:
    assert _proposals(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ob Washington eine Feuerpause anbieten wird, ist offen.", "de"),
        ("It remains unclear whether Washington will offer a truce.", "en"),
        ("Sollte Kiew eine Waffenruhe vorschlagen, werde Moskau sie prüfen.", "de"),
        ("If Kyiv proposed a truce, Moscow would study it.", "en"),
        ("Will Moscow propose a truce?", "en"),
        ("Russland hat keinen Vorschlag für eine Waffenruhe vorgelegt.", "de"),
        ("Russia has not put forward a truce proposal.", "en"),
        ("Die Ukraine hat noch keine Feuerpause angeboten.", "de"),
    ],
)
def test_supposed_asked_or_denied_proposals_are_none(text: str, lang: str) -> None:
    assert _proposals(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selenskyj hatte zuvor angeboten, die Waffenruhe um 30 Tage zu verlängern.", "de"),
        ("Zelensky had offered to extend the truce by 30 days.", "en"),
    ],
)
def test_a_proposal_in_the_pluperfect_is_background(text: str, lang: str) -> None:
    draft = parse(text, lang=lang, published=PUBLISHED)
    assert [p.said_by for p in draft.proposals] == [()]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("According to the Kremlin, Trump proposed a three-day truce.", "en", ("kremlin",)),
        ("Nach Angaben des Kremls, so hieß es, schlug Trump eine Feuerpause vor.", "de",
         ("kremlin",)),
        (("Peskow sagte, Russland sei zu Gesprächen bereit. Man schlage eine Feuerpause von drei "
         "Tagen vor."), "de", ("dmitry-peskov",)),
    ],
)  # fmt: skip
def test_who_voices_a_proposal(text: str, lang: str, speaker: tuple[str, ...]) -> None:
    draft = parse(text, lang=lang, published=PUBLISHED)
    assert [p.said_by for p in draft.proposals] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia not only proposed a three-day truce but also offered talks.", "en"),
        ("Russland hat nicht nur eine Feuerpause von drei Tagen vorgeschlagen.", "de"),
    ],
)
def test_not_only_is_no_denial(text: str, lang: str) -> None:
    assert (("russia",), "ceasefire") in _proposals(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Unklar ist, ob Russland den Vorschlag der USA für eine Feuerpause annimmt.", "de"),
        ("It is unclear whether Russia will accept the US proposal for a truce.", "en"),
    ],
)
def test_an_open_answer_leaves_the_proposal(text: str, lang: str) -> None:
    assert _proposals(text, lang) == {(("united-states",), "ceasefire")}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (("Peskow äußerte sich am Montag. Russland werde die Angriffe für 30 Tage einstellen, "
         "fügte er hinzu."), "de", ("dmitry-peskov",)),
        (("Das Weiße Haus veröffentlichte eine Erklärung. Darin hieß es, Russland werde die "
         "Angriffe für 30 Tage einstellen."), "de", ("white-house",)),
    ],
)  # fmt: skip
def test_speaker_from_the_sentence_before(text: str, lang: str, speaker: tuple[str, ...]) -> None:
    assert speaker in _said_by(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selenskyj wurde von Putin eine Feuerpause von drei Tagen angeboten.", "de",
         {(("russia",), "ceasefire")}),
        ("Ukraine was offered a three-day truce by Russia.", "en", {(("russia",), "ceasefire")}),
        ("Auf Bitten Katars stimmte Israel einer dreitägigen Feuerpause zu.", "de",
         {(("qatar",), "ceasefire")}),
        ("At the request of Qatar, Israel agreed to a three-day truce.", "en",
         {(("qatar",), "ceasefire")}),
        ("Russia told Ukraine to withdraw its troops.", "en", {(("russia",), "withdraw_forces")}),
    ],
)  # fmt: skip
def test_passive_agents_and_requests(
    text: str, lang: str, expected: set[tuple[tuple[str, ...], str]]
) -> None:
    assert _proposals(text, lang) == expected
