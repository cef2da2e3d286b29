"""Paraphrase bank for the ``proposals`` slot: who proposes which kinds of action.

Each item is a short mini-article of our own, phrased as news agencies report offers,
plans, suggestions and appeals in German and English, with the expected proposal items in
slot-key terms (:func:`kg.evaluation.extract_items`): a set of (proposers, action types),
ids joined by ``+``. Leaders and governments propose for their states ("Selenskyj" →
``ukraine``).

About a third of the items are negatives: accusations, hypotheticals, questions, denials,
agreements that are no proposal, and near misses in which the addressee, a mediator who
relays the plan, or the side that rejects it must not be taken for the proposer.
"""

from __future__ import annotations

from typing import Final

import pytest

from kg.evaluation import extract_items
from kg.extract import parse
from tests.banks import bank_params

PUBLISHED = "2025-05-13"

Item = tuple[str, str, set[tuple[str, str]]]

POSITIVE_DE: list[Item] = [
    ("Die USA schlugen eine Waffenruhe von 30 Tagen vor.", "de",
     {("united-states", "ceasefire")}),
    ("Russland hat vorgeschlagen, die Angriffe auf Energieanlagen für 30 Tage einzustellen.",
     "de", {("russia", "halt_attacks")}),
    ("Kiew unterbreitete Moskau das Angebot eines Austauschs aller Kriegsgefangenen.", "de",
     {("ukraine", "exchange_prisoners")}),
    ("Der Vorschlag Washingtons sieht eine Feuerpause von 30 Tagen vor.", "de",
     {("united-states", "ceasefire")}),
    ("Katar legte einen Plan für eine sechswöchige Waffenruhe im Gazastreifen vor.", "de",
     {("qatar", "ceasefire")}),
    ("Selenskyj brachte ein direktes Treffen mit Putin ins Spiel.", "de",
     {("ukraine", "hold_talks")}),
    ("Die Türkei bot an, Gespräche zwischen beiden Seiten in Istanbul auszurichten.", "de",
     {("turkey", "hold_talks")}),
    ("Frankreich und Deutschland regten eine Waffenruhe über die Feiertage an.", "de",
     {("france+germany", "ceasefire")}),
    ("Die EU forderte Russland auf, eine bedingungslose Waffenruhe einzuhalten.", "de",
     {("european-union", "ceasefire")}),
    ("Das Angebot der Hamas, alle Geiseln freizulassen, wies Israel zurück.", "de",
     {("hamas", "release_persons")}),
    ("Putin schlug vor, die direkten Verhandlungen mit der Ukraine wieder aufzunehmen.", "de",
     {("russia", "hold_talks")}),
    ("Ägypten und Katar legten gemeinsam einen Vorschlag für eine Waffenruhe vor.", "de",
     {("egypt+qatar", "ceasefire")}),
    ("Der Kreml erhielt einen Vorschlag der USA für eine Waffenruhe von 30 Tagen.", "de",
     {("united-states", "ceasefire")}),
    ("Die Initiative Chinas sieht Gespräche zwischen Moskau und Kiew vor.", "de",
     {("china", "hold_talks")}),
    ("Washington verlangte von Israel, die Angriffe im Libanon einzustellen.", "de",
     {("united-states", "halt_attacks")}),
    ("Die Vereinten Nationen appellierten an Russland, das Getreideabkommen zu verlängern.",
     "de", {("united-nations", "renew_agreement")}),
    ("Kiew bot eine Feuerpause von 30 Tagen an.", "de", {("ukraine", "ceasefire")}),
    (("Nach einem von Ägypten übermittelten Vorschlag der USA sollen beide Seiten Gefangene "
     "austauschen."), "de", {("united-states", "exchange_prisoners")}),
    ("Großbritannien forderte eine sofortige Waffenruhe im Sudan.", "de",
     {("united-kingdom", "ceasefire")}),
    ("Die Ukraine schlägt einen Austausch von Gefangenen im Verhältnis eins zu eins vor.", "de",
     {("ukraine", "exchange_prisoners")}),
    ("Trumps Plan sieht den Abzug der israelischen Truppen aus dem Gazastreifen vor.", "de",
     {("united-states", "withdraw_forces")}),
    ("Norwegen und Kuba schlugen vor, die Gespräche in Havanna fortzusetzen.", "de",
     {("cuba+norway", "hold_talks")}),
]  # fmt: skip

POSITIVE_EN: list[Item] = [
    ("The United States proposed a 30-day ceasefire.", "en", {("united-states", "ceasefire")}),
    ("Ukraine put forward a plan to exchange all prisoners of war.", "en",
     {("ukraine", "exchange_prisoners")}),
    ("Moscow floated the idea of a three-day truce in May.", "en", {("russia", "ceasefire")}),
    ("Turkey offered to host talks between the two sides in Istanbul.", "en",
     {("turkey", "hold_talks")}),
    ("Zelensky suggested that both sides halt strikes on energy infrastructure.", "en",
     {("ukraine", "halt_attacks")}),
    ("A plan by Qatar foresees a six-week ceasefire in Gaza.", "en", {("qatar", "ceasefire")}),
    ("Israel rejected a Hamas proposal to release all hostages at once.", "en",
     {("hamas", "release_persons")}),
    ("The EU called for an immediate ceasefire in Sudan.", "en",
     {("european-union", "ceasefire")}),
    ("Britain and France urged Russia to accept an unconditional ceasefire.", "en",
     {("france+united-kingdom", "ceasefire")}),
    ("Egypt and Qatar jointly tabled a proposal for a prisoner exchange.", "en",
     {("egypt+qatar", "exchange_prisoners")}),
    ("The Kremlin said it had received a US proposal for a ceasefire.", "en",
     {("united-states", "ceasefire")}),
    ("Putin pitched a resumption of direct talks with Ukraine in Istanbul.", "en",
     {("russia", "hold_talks")}),
    ("Washington urged Israel to halt its strikes in Lebanon.", "en",
     {("united-states", "halt_attacks")}),
    ("The UN appealed to Russia to renew the grain deal.", "en",
     {("united-nations", "renew_agreement")}),
    ("Beijing's initiative calls for talks between Moscow and Kyiv.", "en",
     {("china", "hold_talks")}),
    ("Malaysia offered to send observers to monitor the truce.", "en",
     {("malaysia", "establish_monitoring")}),
    ("China proposed suspending the additional tariffs for 90 days.", "en",
     {("china", "suspend_tariffs")}),
    (("The US plan, relayed to Hamas by Egyptian mediators, foresees a phased withdrawal of "
     "Israeli troops."), "en", {("united-states", "withdraw_forces")}),
    ("Kyiv offered Moscow a 30-day halt to attacks on energy facilities.", "en",
     {("ukraine", "halt_attacks")}),
    ("Trump's proposal for a ceasefire was welcomed by both sides.", "en",
     {("united-states", "ceasefire")}),
    ("Russia suggested lifting sanctions on its agricultural exports.", "en",
     {("russia", "lift_sanctions")}),
    ("Norway and Cuba called on both sides to return to the negotiating table.", "en",
     {("cuba+norway", "hold_talks")}),
]  # fmt: skip

NEGATIVE_DE: list[Item] = [
    ("Russland wies den Vorwurf zurück, die Waffenruhe gebrochen zu haben.", "de", set()),
    ("Ob die USA eine neue Waffenruhe vorschlagen werden, ist unklar.", "de", set()),
    ("Sollte Russland eine Waffenruhe vorschlagen, würde die Ukraine sie prüfen.", "de", set()),
    ("Die Ukraine erhielt von Russland bislang keinen Vorschlag für eine Waffenruhe.", "de",
     set()),
    ("Katar übermittelte der Hamas den Vorschlag der USA für eine Waffenruhe.", "de",
     {("united-states", "ceasefire")}),
    ("Russland forderte eine Untersuchung des Angriffs auf das Krankenhaus.", "de", set()),
    ("Moskau lehnte den Vorschlag Kiews für eine Waffenruhe ab.", "de",
     {("ukraine", "ceasefire")}),
    ("Die Ukraine habe keinen Plan für eine Waffenruhe vorgelegt, sagte Peskow.", "de", set()),
    ("Beobachter halten eine Waffenruhe vor dem Winter für unwahrscheinlich.", "de", set()),
    ("Russland warf der Ukraine vor, den Gefangenenaustausch zu verzögern.", "de", set()),
    ("Die USA und China einigten sich auf eine Zollpause von 90 Tagen.", "de", set()),
]  # fmt: skip

NEGATIVE_EN: list[Item] = [
    ("Russia rejected the accusation that it had broken the truce.", "en", set()),
    ("It is unclear whether Washington will propose a new ceasefire.", "en", set()),
    ("If Russia proposed a ceasefire, Ukraine would consider it, Zelensky said.", "en", set()),
    ("Qatar passed the US ceasefire proposal on to Hamas.", "en",
     {("united-states", "ceasefire")}),
    ("Moscow rejected Kyiv's offer of a 30-day ceasefire.", "en", {("ukraine", "ceasefire")}),
    ("Russia called for an investigation into the attack on the hospital.", "en", set()),
    ("Israel and Hamas agreed on a six-week ceasefire.", "en", set()),
    ("Ukraine has not put forward any ceasefire plan, Peskov said.", "en", set()),
    ("Analysts doubt that a ceasefire will be proposed before winter.", "en", set()),
    ("Will Russia offer a ceasefire? Diplomats in Geneva are sceptical.", "en", set()),
    (("Hamas received a proposal from Israel for the release of hostages, according to Egyptian "
     "mediators."), "en", {("israel", "release_persons")}),
]  # fmt: skip


#: Known gaps, marked xfail: talks and meetings ("Gespräche auszurichten", "host talks",
#: "ein direktes Treffen", "a resumption of direct talks") are no ``hold_talks`` term yet
#: (kg/extract/rules/terms.py), so no proposal has a term to carry.
_TALKS: Final = "talks and meetings are not recognised as a hold_talks term (terms.py)"
XFAIL: Final = {
    "Selenskyj brachte ein direktes Treffen": _TALKS,
    "Die Türkei bot an, Gespräche": _TALKS,
    "Die Initiative Chinas": _TALKS + "; 'Initiative' is no cue (it names agreements too)",
    "Turkey offered to host talks": _TALKS,
    "Putin pitched a resumption of direct talks": _TALKS,
    "Beijing's initiative": _TALKS + "; 'initiative' is no cue (it names agreements too)",
}


def _proposals(text: str, lang: str) -> set[tuple[str, str]]:
    """Return the (proposers, actions) keys of the proposals drafted from ``text``."""
    draft = parse(text, lang=lang, published=PUBLISHED)
    return {(item.key[0], item.key[1]) for item in extract_items(draft)["proposals"]}


@pytest.mark.parametrize(
    ("text", "lang", "expected"), bank_params(POSITIVE_DE + POSITIVE_EN, XFAIL)
)
def test_proposal_and_proposer(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _proposals(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"), bank_params(NEGATIVE_DE + NEGATIVE_EN, XFAIL)
)
def test_no_proposal_or_another_proposer(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _proposals(text, lang) == expected
