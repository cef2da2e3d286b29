"""Paraphrase bank for the ``attribution`` slot: who an article says said it.

Each item is a short mini-article of our own, written the way news agencies phrase
reported speech in German and English, with the expected attribution items in slot-key
terms (see :func:`kg.evaluation.extract_items`): the set of ``said_by`` keys (party ids
joined by ``+``) of the content facts (not interactions) whose evidence starts inside
``focus`` (the whole text when ``focus`` is empty). An empty set means the outlet speaks
in its own voice.

About a third of the items are negatives: the outlet's voice (deeds, background in the
pluperfect, silences, media reports and analysts that are no party), or a near miss whose
speaker is someone other than the party named in the content.
"""

from __future__ import annotations

from typing import Final

import pytest

from kg.evaluation import fact_spans
from kg.extract import parse
from kg.model import Interaction
from tests.banks import bank_params

PUBLISHED = "2025-05-13"

Item = tuple[str, str, str, set[str]]

POSITIVE_DE: list[Item] = [
    (("Russland sei zu einer Waffenruhe von 30 Tagen bereit, sagte Kremlsprecher Dmitri Peskow "
     "am Dienstag."), "de", "", {"dmitry-peskov"}),
    ("Laut dem Kreml lehnt Russland eine bedingungslose Waffenruhe ab.", "de", "", {"kremlin"}),
    ("Dem Weißen Haus zufolge haben beide Seiten einem Gefangenenaustausch zugestimmt.", "de",
     "", {"white-house"}),
    (("Nach Angaben des russischen Außenministeriums will Moskau die Gespräche in Istanbul "
     "fortsetzen."), "de", "", {"russian-foreign-ministry"}),
    ("Wie das Weiße Haus mitteilte, schlug Trump eine Feuerpause von 30 Tagen vor.", "de", "",
     {"white-house"}),
    ("Die Hamas teilte am Abend mit, sie akzeptiere den Vorschlag der Vermittler.", "de", "",
     {"hamas"}),
    (("Aus dem Kreml hieß es, Russland werde die Angriffe auf Energieanlagen für 30 Tage "
     "einstellen."), "de", "", {"kremlin"}),
    ("Die Ukraine sei zu einem Austausch aller Gefangenen bereit, verlautete aus Kiew.", "de",
     "", {"ukraine"}),
    ("Man lehne jede Waffenruhe ab, solange die Angriffe andauerten, so Selenskyj.", "de", "",
     {"volodymyr-zelensky"}),
    ("Außenminister Sergej Lawrow erklärte, Moskau sei zu neuen Verhandlungen bereit.", "de",
     "", {"sergey-lavrov"}),
    ("Selenskyj betonte, Kiew lehne den russischen Vorschlag einer Feuerpause ab.", "de", "",
     {"volodymyr-zelensky"}),
    ("Trump kündigte an, die Zölle auf chinesische Waren für 90 Tage auszusetzen.", "de", "",
     {"donald-trump"}),
    (("Der Kreml bestätigte am Mittwoch, dass beide Seiten je 175 Gefangene ausgetauscht "
     "hätten."), "de", "", {"kremlin"}),
    ("Netanjahus Büro räumte ein, dass Israel dem Abkommen noch nicht zugestimmt habe.", "de",
     "", {"israel-prime-ministers-office"}),
    (("Die Hamas warnte, sie werde keine weiteren Geiseln freilassen, solange Israel seine "
     "Angriffe fortsetze."), "de", "", {"hamas"}),
    (("Peskow sagte, Russland sei grundsätzlich für eine Waffenruhe. Zuvor müsse die Ukraine "
     "aber ihre Mobilmachung beenden."), "de", "Zuvor müsse", {"dmitry-peskov"}),
    (("In einer Erklärung des chinesischen Handelsministeriums hieß es, China werde die Zölle "
     "für 90 Tage senken."), "de", "", {"china-commerce-ministry"}),
    ("Ein Sprecher des Kremls sagte, Moskau werde den Vorschlag einer Waffenruhe prüfen.", "de",
     "", {"kremlin"}),
    (("Israelische Regierungsvertreter sagten, Israel werde die Truppen erst nach der Freilassung "
     "der Geiseln abziehen."), "de", "", {"israel"}),
    (("Die Ukraine und Russland erklärten gemeinsam, sie hätten sich auf einen Austausch von "
     "Gefangenen geeinigt."), "de", "", {"russia+ukraine"}),
    (("Lawrow zufolge ist Russland zu einer Waffenruhe nur bereit, wenn der Westen die "
     "Waffenlieferungen stoppt."), "de", "", {"sergey-lavrov"}),
    ("Die ELN kündigte an, sie werde ab Montag eine einseitige Waffenruhe einhalten.", "de", "",
     {"eln"}),
]  # fmt: skip

POSITIVE_EN: list[Item] = [
    (("Russia is ready to discuss a 30-day ceasefire, Kremlin spokesman Dmitry Peskov said on "
     "Tuesday."), "en", "", {"dmitry-peskov"}),
    (("According to the White House, both sides agreed to halt strikes on energy "
     "infrastructure."), "en", "", {"white-house"}),
    (("Ukraine will not accept a ceasefire that freezes the front line, Zelensky told reporters "
     "in Kyiv."), "en", "", {"volodymyr-zelensky"}),
    ("The Kremlin announced that Russia would observe a three-day truce in May.", "en", "",
     {"kremlin"}),
    ("Hamas said in a statement that it had accepted the mediators' proposal.", "en", "",
     {"hamas"}),
    (("A spokesperson for the European Commission said the EU would not lift sanctions on "
     "Russia."), "en", "", {"european-commission"}),
    ("Israeli officials said Israel would release 600 prisoners in exchange for the hostages.",
     "en", "", {"israel"}),
    ("Netanyahu's office said Israel had agreed to a ceasefire in Lebanon.", "en", "",
     {"israel-prime-ministers-office"}),
    (("Lavrov insisted that Moscow would only agree to a ceasefire if arms deliveries to Kyiv "
     "stopped."), "en", "", {"sergey-lavrov"}),
    ("Zelensky's office confirmed that Ukraine and Russia had exchanged 175 prisoners each.",
     "en", "", {"ukraine-presidential-office"}),
    (("The State Department warned that the United States could impose new sanctions if Russia "
     "rejected the truce."), "en", "", {"us-state-department"}),
    ("Trump wrote on social media that Israel and Iran had agreed to a complete ceasefire.",
     "en", "", {"donald-trump"}),
    (("Peskov said Russia welcomed the proposal. He added that Moscow would need more time to "
     "study the ceasefire plan."), "en", "He added", {"dmitry-peskov"}),
    ("Russia rejected the plan for a ceasefire, the Russian foreign ministry said.", "en", "",
     {"russian-foreign-ministry"}),
    ("The ceasefire was announced on Monday by the White House.", "en", "", {"white-house"}),
    ("The Houthis will stop attacking US ships, a senior Houthi official told Al Jazeera.", "en",
     "", {"houthis"}),
    ("In a statement, the ELN said it would suspend offensive operations for 72 hours.", "en",
     "", {"eln"}),
    (("Rubio stressed that Washington was ready to lift some sanctions if Moscow agreed to a "
     "ceasefire."), "en", "", {"marco-rubio"}),
    ("A spokesman for the Sudanese army said the army rejected the proposed truce.", "en", "",
     {"sudanese-armed-forces"}),
    ("Turkey and Qatar said in a joint statement that both sides had agreed to resume talks.",
     "en", "", {"qatar+turkey"}),
    (("Russia is prepared to exchange all prisoners of war, according to Kremlin aide Yuri "
     "Ushakov."), "en", "", {"yuri-ushakov"}),
    ("Witkoff noted that talks on a ceasefire in the Black Sea would continue next week.", "en",
     "", {"steve-witkoff"}),
    ("Officials in Kyiv said Ukraine would observe the ceasefire as long as Russia did.", "en",
     "", {"ukraine"}),
]  # fmt: skip

NEGATIVE_DE: list[Item] = [
    ("Russland lehnte den Vorschlag einer Waffenruhe ab.", "de", "", set()),
    ("Die Ukraine hatte eine Waffenruhe von 30 Tagen vorgeschlagen.", "de", "", set()),
    ("Beide Seiten tauschten am Samstag jeweils 90 Gefangene aus.", "de", "", set()),
    ("Der Kreml äußerte sich zunächst nicht zu dem Vorschlag einer Waffenruhe.", "de", "",
     set()),
    ("Kremlsprecher Peskow wollte sich zu dem Angebot einer Feuerpause nicht äußern.", "de", "",
     set()),
    ("Die Ukraine lehnte den Vorschlag einer Waffenruhe ab, sagte Peskow.", "de", "",
     {"dmitry-peskov"}),
    ("Laut Medienberichten will Israel seine Truppen bis Freitag aus dem Libanon abziehen.",
     "de", "", set()),
    ("Ob Russland einer Waffenruhe zustimmen wird, ist offen.", "de", "", set()),
    ("Nach Einschätzung von Beobachtern hielt die Waffenruhe in der Nacht weitgehend.", "de", "",
     set()),
    ("Die USA und China einigten sich in Genf auf eine Zollpause von 90 Tagen.", "de", "",
     set()),
    (("Peskow sagte, Russland sei zu Gesprächen bereit. Am Abend lehnte die Ukraine den "
     "Vorschlag einer Waffenruhe ab."), "de", "Am Abend", set()),
]  # fmt: skip

NEGATIVE_EN: list[Item] = [
    ("Russia rejected the ceasefire proposal on Tuesday.", "en", "", set()),
    ("Kyiv had offered a 30-day ceasefire in March.", "en", "", set()),
    ("The Kremlin declined to comment on the ceasefire proposal.", "en", "", set()),
    ("The White House did not respond to a request for comment on the truce.", "en", "", set()),
    ("Russia and Ukraine exchanged 246 prisoners of war on Saturday.", "en", "", set()),
    ("Ukraine rejected the ceasefire proposal, Peskov said.", "en", "", {"dmitry-peskov"}),
    ("The truce between Israel and Hamas is expected to hold, analysts said.", "en", "", set()),
    ("It is unclear whether Hamas will accept the ceasefire plan.", "en", "", set()),
    ("Israel agreed to the ceasefire in Lebanon, according to media reports.", "en", "", set()),
    ("Trump has offered to mediate between India and Pakistan.", "en", "", set()),
    (("Peskov said Russia was open to talks. Later that day, Ukraine rejected the ceasefire "
     "proposal."), "en", "Later that day", set()),
]  # fmt: skip


#: Items whose speaker the parser finds (the statement interaction carries it) but whose
#: content no rule drafts as a fact yet, so no fact can carry the speaker. Readiness,
#: acceptance and rejection in reported speech belong to the positions and commitments
#: rules; a sentence with a statement interaction also gets no bare commitment
#: (``frames._bare_frame`` skips sentences that hold any fact).
_NO_CONTENT: Final = "the speaker is found, but no rule drafts the reported content as a fact"
_BARE_FRAME: Final = (
    "the statement interaction of the sentence keeps frames._bare_frame from drafting the "
    "commitment that would carry the speaker"
)
XFAIL: Final = {
    "Russland sei zu einer Waffenruhe von 30 Tagen": _NO_CONTENT,
    "Laut dem Kreml lehnt Russland": _NO_CONTENT,
    "Dem Weißen Haus zufolge haben beide Seiten": _NO_CONTENT,
    "Die Hamas teilte am Abend mit": _NO_CONTENT,
    "Die Ukraine sei zu einem Austausch": _NO_CONTENT,
    "Man lehne jede Waffenruhe ab": _NO_CONTENT,
    "Außenminister Sergej Lawrow erklärte": _NO_CONTENT,
    "Der Kreml bestätigte am Mittwoch": _NO_CONTENT,
    "Netanjahus Büro räumte ein": _NO_CONTENT,
    "Peskow sagte, Russland sei grundsätzlich": _NO_CONTENT,
    "Israelische Regierungsvertreter sagten": _BARE_FRAME,
    "Die Ukraine und Russland erklärten gemeinsam": _NO_CONTENT,
    "Die ELN kündigte an": _NO_CONTENT,
    "Russia is ready to discuss a 30-day ceasefire": _NO_CONTENT,
    "According to the White House, both sides": _NO_CONTENT,
    "Ukraine will not accept a ceasefire": _NO_CONTENT,
    "The Kremlin announced that Russia": _NO_CONTENT,
    "Hamas said in a statement": _NO_CONTENT,
    "A spokesperson for the European Commission": _NO_CONTENT,
    "Netanyahu's office said": _NO_CONTENT,
    "Lavrov insisted": _NO_CONTENT,
    "Russia rejected the plan for a ceasefire": _NO_CONTENT,
    "The ceasefire was announced on Monday": _NO_CONTENT,
    "The Houthis will stop attacking": _NO_CONTENT,
    "Turkey and Qatar said in a joint statement": _NO_CONTENT,
    "Russia is prepared to exchange all prisoners": _NO_CONTENT,
    "Witkoff noted": _BARE_FRAME,
    "Die Ukraine lehnte den Vorschlag einer Waffenruhe ab, sagte": _NO_CONTENT,
    "Ukraine rejected the ceasefire proposal, Peskov said": _NO_CONTENT,
}


def _attribution(text: str, lang: str, focus: str) -> set[str]:
    """Return the ``said_by`` keys of the content facts whose evidence starts in ``focus``.

    Interactions (the statement itself as an event) are left out: the bank asks whether
    what was said (a proposal, commitment, condition, position or agreement) carries its
    speaker, not whether the act of speaking was noticed.
    """
    draft = parse(text, lang=lang, published=PUBLISHED)
    start = text.index(focus) if focus else 0
    found = set()
    for fact in draft.facts():
        spans = fact_spans(text, fact)
        if isinstance(fact, Interaction) or not fact.said_by or not spans:
            continue
        if spans[0].start >= start:
            found.add("+".join(sorted(set(fact.said_by))))  # the slot key
    return found


@pytest.mark.parametrize(
    ("text", "lang", "focus", "expected"), bank_params(POSITIVE_DE + POSITIVE_EN, XFAIL)
)
def test_attributed_speech(text: str, lang: str, focus: str, expected: set[str]) -> None:
    assert _attribution(text, lang, focus) == expected


@pytest.mark.parametrize(
    ("text", "lang", "focus", "expected"), bank_params(NEGATIVE_DE + NEGATIVE_EN, XFAIL)
)
def test_outlet_voice_or_other_speaker(
    text: str, lang: str, focus: str, expected: set[str]
) -> None:
    assert _attribution(text, lang, focus) == expected
