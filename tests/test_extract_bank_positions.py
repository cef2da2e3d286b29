"""Paraphrase bank for the positions slot: many ways of reporting a stance, DE and EN.

Each item is a mini-article written for this bank in news-agency style and the set of
position keys (holder, stance, action types of what the stance regards) that the parser
must draft from it — exactly, so an item fails on a missed stance and on a spurious one.
About a third are negative items (near misses that must give no position at all).
Items the rules cannot pass without costing precision are marked ``xfail(strict=True)``
with the reason.
"""

from __future__ import annotations

import pytest

from tests.banks import bank_params, slot_keys

_US_EN = "The United States proposed a 30-day ceasefire. "
_US_DE = "Die USA schlugen eine 30-tägige Waffenruhe vor. "

Key = tuple[str, str, str]

POSITIVE: list[tuple[str, str, set[Key]]] = [
    # English ----------------------------------------------------------------------
    (_US_EN + "Moscow signalled readiness to accept the truce.", "en",
     {("russia", "accepts", "ceasefire")}),
    (("The European Union proposed a halt to attacks on energy facilities. Kyiv gave its "
     "blessing to the plan on Tuesday."), "en", {("ukraine", "accepts", "halt_attacks")}),
    (("Turkey offered to host talks between the two sides. Ukraine said it could live with "
     "the offer."), "en", {("ukraine", "accepts", "hold_talks")}),
    (_US_EN + "Russia balked at the idea.", "en", {("russia", "rejects", "ceasefire")}),
    (("Qatar put forward a plan for a prisoner exchange. Israel poured cold water on the "
     "plan."), "en", {("israel", "rejects", "exchange_prisoners")}),
    (("Egypt proposed a 60-day truce in Gaza. Hamas called the proposal a good basis for "
     "further talks."), "en", {("hamas", "accepts", "ceasefire")}),
    (("The United States proposed lifting sanctions on Russian banks. The European Union "
     "has yet to respond."), "en", {("european-union", "no_response", "lift_sanctions")}),
    (("Ukraine proposed an exchange of all prisoners. Russia said it would study the "
     "proposal."), "en", {("russia", "considers", "exchange_prisoners")}),
    (_US_EN + "Russia's answer was no, officials in Moscow said.", "en",
     {("russia", "rejects", "ceasefire")}),
    ("Kyiv offered a halt to strikes on energy sites. Russia rejected the offer.", "en",
     {("russia", "rejects", "halt_attacks")}),
    (_US_EN + "Ukraine's approval came within hours.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    ("Turkey proposed a 30-day ceasefire. Russia's rejection came swiftly.", "en",
     {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Kyiv agreed to the proposal, Zelensky said.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    ("The United States proposed a 30-day ceasefire, which Ukraine accepted on Tuesday.",
     "en", {("ukraine", "accepts", "ceasefire")}),
    ("The ceasefire proposed by Washington was accepted by Kyiv on Tuesday.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Russia has not responded to the proposal so far.", "en",
     {("russia", "no_response", "ceasefire")}),
    (_US_EN + "The Kremlin declined to comment.", "en",
     {("kremlin", "declines_comment", "ceasefire")}),
    (_US_EN + "Russia is considering the proposal, a Kremlin spokesman said.", "en",
     {("russia", "considers", "ceasefire")}),
    ("Israel and Hamas agreed to exchange prisoners on Sunday. Qatar welcomed the deal.",
     "en", {("qatar", "accepts", "exchange_prisoners")}),
    (_US_EN + "Ukraine said it was ready to accept the ceasefire if Russia did the same.",
     "en", {("ukraine", "accepts_with_conditions", "ceasefire")}),
    (_US_EN + "Russia said it would agree only if Western arms deliveries to Kyiv stopped.",
     "en", {("russia", "accepts_with_conditions", "ceasefire")}),
    ("Kyiv proposed an exchange of prisoners. Moscow refused to discuss the proposal.", "en",
     {("russia", "rejects", "exchange_prisoners")}),
    ("Egypt proposed a 60-day truce. Israel turned the offer down.", "en",
     {("israel", "rejects", "ceasefire")}),
    ("Turkey offered to host peace talks. Russia welcomed the offer.", "en",
     {("russia", "accepts", "hold_talks")}),
    (_US_EN + "Kyiv endorsed the plan.", "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Ukraine backed the proposal, while Russia rejected it.", "en",
     {("ukraine", "accepts", "ceasefire"), ("russia", "rejects", "ceasefire")}),
    (_US_EN + "Russia remained silent on the proposal.", "en",
     {("russia", "no_response", "ceasefire")}),
    (("The United States gave Russia until Friday to agree to a 30-day ceasefire. Moscow let "
     "the deadline pass without a reply."), "en", {("russia", "no_response", "ceasefire")}),
    ("Qatar proposed a prisoner exchange. Israel said it was reviewing the proposal.", "en",
     {("israel", "considers", "exchange_prisoners")}),
    (_US_EN + "Russia gave a cautious response to the proposal.", "en",
     {("russia", "considers", "ceasefire")}),
    (_US_EN + "Ukraine signed up to the ceasefire on Wednesday.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    (("Russia and Ukraine agreed to swap 175 prisoners each. The United Nations hailed the "
     "agreement."), "en", {("united-nations", "accepts", "exchange_prisoners")}),
    # German -----------------------------------------------------------------------
    (_US_DE + "Moskau signalisierte Bereitschaft, die Waffenruhe zu akzeptieren.", "de",
     {("russia", "accepts", "ceasefire")}),
    (("Die EU schlug vor, die Angriffe auf Energieanlagen einzustellen. Kiew gab dem Plan "
     "seinen Segen."), "de", {("ukraine", "accepts", "halt_attacks")}),
    (("Die Türkei bot an, Gespräche zwischen beiden Seiten auszurichten. Die Ukraine könne "
     "mit dem Angebot leben, sagte Selenskyj."), "de", {("ukraine", "accepts", "hold_talks")}),
    (_US_DE + "Russland hat noch nicht reagiert.", "de",
     {("russia", "no_response", "ceasefire")}),
    (("Die USA forderten Russland auf, bis Freitag einer Waffenruhe zuzustimmen. Moskau ließ "
     "die Frist verstreichen."), "de", {("russia", "no_response", "ceasefire")}),
    (("Ägypten schlug eine 60-tägige Waffenruhe vor. Die Hamas nannte den Vorschlag eine "
     "gute Grundlage."), "de", {("hamas", "accepts", "ceasefire")}),
    ("Katar schlug einen Gefangenenaustausch vor. Israel will den Vorschlag prüfen.", "de",
     {("israel", "considers", "exchange_prisoners")}),
    (_US_DE + "Der Kreml hält sich bedeckt.", "de",
     {("kremlin", "declines_comment", "ceasefire")}),
    (_US_DE + "Aus Moskau kam eine klare Absage.", "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Die Ukraine signalisierte Zustimmung.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Der Vorschlag stieß in Moskau auf Ablehnung.", "de",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Russland lehnte den Vorschlag ab.", "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Russland wies den Vorschlag als Trick zurück.", "de",
     {("russia", "rejects", "ceasefire")}),
    ("Die USA schlugen eine 30-tägige Waffenruhe vor, die die Ukraine umgehend annahm.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    ("Die von den USA vorgeschlagene Waffenruhe wurde von Kiew am Dienstag angenommen.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Russland werde den Vorschlag sorgfältig prüfen, sagte Peskow.", "de",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Der Kreml wollte sich dazu nicht äußern.", "de",
     {("kremlin", "declines_comment", "ceasefire")}),
    (("Israel und die Hamas einigten sich am Sonntag auf einen Gefangenenaustausch. Katar "
     "begrüßte die Vereinbarung."), "de", {("qatar", "accepts", "exchange_prisoners")}),
    (_US_DE + "Die Ukraine sei bereit, der Waffenruhe zuzustimmen, wenn Russland dasselbe "
     "tue.", "de", {("ukraine", "accepts_with_conditions", "ceasefire")}),
    (_US_DE + "Russland stimmte nur unter der Bedingung zu, dass der Westen keine Waffen mehr "
     "an Kiew liefere.", "de", {("russia", "accepts_with_conditions", "ceasefire")}),
    (("Kiew schlug einen Austausch aller Gefangenen vor. Moskau weigerte sich, über den "
     "Vorschlag zu sprechen."), "de", {("russia", "rejects", "exchange_prisoners")}),
    ("Ägypten schlug eine 60-tägige Waffenruhe vor. Israel erteilte dem Angebot eine Absage.",
     "de", {("israel", "rejects", "ceasefire")}),
    ("Die Türkei bot an, Friedensgespräche auszurichten. Russland begrüßte das Angebot.",
     "de", {("russia", "accepts", "hold_talks")}),
    (_US_DE + "Die Ukraine unterstützt den Vorschlag, Russland lehnt ihn ab.", "de",
     {("ukraine", "accepts", "ceasefire"), ("russia", "rejects", "ceasefire")}),
    (_US_DE + "Russland schweigt bislang zu dem Vorschlag.", "de",
     {("russia", "no_response", "ceasefire")}),
    (_US_DE + "Eine Antwort Moskaus auf den Vorschlag steht noch aus.", "de",
     {("russia", "no_response", "ceasefire")}),
    (_US_DE + "Russlands Antwort lautete Nein, hieß es aus Diplomatenkreisen.", "de",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Kiew billigte den Plan.", "de", {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Russland reagierte zurückhaltend auf den Vorschlag.", "de",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Die Ukraine schloss sich der Waffenruhe am Mittwoch an.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (("Russland und die Ukraine vereinbarten, je 175 Gefangene auszutauschen. Die Vereinten "
     "Nationen begrüßten die Einigung."), "de",
     {("united-nations", "accepts", "exchange_prisoners")}),
    # second batch, written after the first rule changes and run before any further one
    (_US_EN + "Kyiv said yes to the plan.", "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Ukraine has accepted the proposal, its foreign ministry said.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Moscow flatly rejected the idea on Wednesday.", "en",
     {("russia", "rejects", "ceasefire")}),
    ("Qatar proposed a prisoner exchange. Hamas agreed to the swap, a Hamas official said.",
     "en", {("hamas", "accepts", "exchange_prisoners")}),
    (_US_EN + "Russia was still weighing the proposal on Friday.", "en",
     {("russia", "considers", "ceasefire")}),
    (_US_EN + "The Kremlin refused to be drawn on the proposal.", "en",
     {("kremlin", "declines_comment", "ceasefire")}),
    (_US_EN + "Russian President Vladimir Putin rejected the proposal.", "en",
     {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Ukraine voiced support for the plan.", "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Moscow expressed reservations about the plan.", "en",
     {("russia", "considers", "ceasefire")}),
    (_US_EN + "Russia called the proposal unacceptable.", "en",
     {("russia", "rejects", "ceasefire")}),
    ("Egypt proposed a 60-day truce in Gaza. Israel did not reply.", "en",
     {("israel", "no_response", "ceasefire")}),
    (("Ukraine proposed a halt to attacks on energy facilities. Moscow agreed, the Kremlin "
     "said."), "en", {("russia", "accepts", "halt_attacks")}),
    (_US_DE + "Kiew sagte Ja zu dem Plan.", "de", {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Die Ukraine hat den Vorschlag angenommen, teilte das Außenministerium mit.",
     "de", {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Moskau lehnte die Idee am Mittwoch rundweg ab.", "de",
     {("russia", "rejects", "ceasefire")}),
    (("Katar schlug einen Gefangenenaustausch vor. Die Hamas stimmte dem Austausch zu, sagte "
     "ein Hamas-Vertreter."), "de", {("hamas", "accepts", "exchange_prisoners")}),
    (_US_DE + "Russland wägt den Vorschlag noch ab.", "de",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Der Kreml ließ eine Anfrage zu dem Vorschlag unbeantwortet.", "de",
     {("kremlin", "no_response", "ceasefire")}),
    (_US_DE + "Der russische Präsident Wladimir Putin lehnte den Vorschlag ab.", "de",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Die Ukraine sprach sich für den Plan aus.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Moskau äußerte Vorbehalte gegen den Plan.", "de",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Russland nannte den Vorschlag inakzeptabel.", "de",
     {("russia", "rejects", "ceasefire")}),
    ("Ägypten schlug eine 60-tägige Waffenruhe vor. Israel antwortete nicht.", "de",
     {("israel", "no_response", "ceasefire")}),
    (("Die Ukraine schlug vor, die Angriffe auf Energieanlagen einzustellen. Moskau willigte "
     "ein, teilte der Kreml mit."), "de", {("russia", "accepts", "halt_attacks")}),
    # third batch, written and run before the rules were changed for it
    (_US_EN + "Kremlin spokesman Dmitry Peskov said Moscow had no objections to the "
     "proposal.", "en", {("russia", "accepts", "ceasefire")}),
    (_US_EN + "The proposal was rejected by Moscow within hours.", "en",
     {("russia", "rejects", "ceasefire")}),
    ("Kyiv proposed a prisoner exchange. Moscow said it was open to the idea.", "en",
     {("russia", "considers", "exchange_prisoners")}),
    (_US_EN + "Ukraine welcomed the proposal.", "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Russia, however, turned it down.", "en", {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Ukraine immediately endorsed it.", "en", {("ukraine", "accepts", "ceasefire")}),
    ("Qatar proposed a prisoner exchange. Israel has so far not responded to the offer.",
     "en", {("israel", "no_response", "exchange_prisoners")}),
    (_US_EN + "Russia has yet to give an answer.", "en",
     {("russia", "no_response", "ceasefire")}),
    (_US_DE + "Kremlsprecher Dmitri Peskow sagte, Moskau habe keine Einwände gegen den "
     "Vorschlag.", "de", {("russia", "accepts", "ceasefire")}),
    (_US_DE + "Der Vorschlag wurde von Moskau binnen Stunden abgelehnt.", "de",
     {("russia", "rejects", "ceasefire")}),
    ("Kiew schlug einen Gefangenenaustausch vor. Moskau zeigte sich offen für die Idee.",
     "de", {("russia", "considers", "exchange_prisoners")}),
    (_US_DE + "Die Ukraine begrüßte den Vorschlag.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Russland lehnte ihn jedoch ab.", "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Die Ukraine unterstützte ihn umgehend.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (("Katar schlug einen Gefangenenaustausch vor. Israel hat bislang nicht auf das Angebot "
     "reagiert."), "de", {("israel", "no_response", "exchange_prisoners")}),
    (_US_DE + "Eine Antwort Russlands gibt es bislang nicht.", "de",
     {("russia", "no_response", "ceasefire")}),
    # fourth batch, written and run before the rules were changed for it
    (_US_EN + "Both Russia and China rejected the proposal.", "en",
     {("russia", "rejects", "ceasefire"), ("china", "rejects", "ceasefire")}),
    (_US_EN + "Zelensky said Ukraine was prepared to accept the proposal.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Moscow, for its part, said the plan was a non-starter.", "en",
     {("russia", "rejects", "ceasefire")}),
    (_US_EN + "The Kremlin said it would give the proposal careful consideration.", "en",
     {("russia", "considers", "ceasefire")}),
    ("Kyiv proposed an exchange of all prisoners. The offer was turned down by Moscow.", "en",
     {("russia", "rejects", "exchange_prisoners")}),
    (("Russia and Ukraine agreed on a ceasefire in the Black Sea. Turkey praised the "
     "agreement."), "en", {("turkey", "accepts", "ceasefire")}),
    (_US_EN + "Russia dismissed it out of hand.", "en", {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Moscow has so far ignored the proposal.", "en",
     {("russia", "no_response", "ceasefire")}),
    (_US_DE + "Sowohl Russland als auch China lehnten den Vorschlag ab.", "de",
     {("russia", "rejects", "ceasefire"), ("china", "rejects", "ceasefire")}),
    (_US_DE + "Selenskyj sagte, die Ukraine sei bereit, den Vorschlag anzunehmen.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Moskau bezeichnete den Plan als inakzeptabel.", "de",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Der Kreml kündigte an, den Vorschlag sorgfältig zu prüfen.", "de",
     {("russia", "considers", "ceasefire")}),
    (("Kiew schlug einen Austausch aller Gefangenen vor. Das Angebot wurde von Moskau "
     "zurückgewiesen."), "de", {("russia", "rejects", "exchange_prisoners")}),
    (("Russland und die Ukraine einigten sich auf eine Waffenruhe im Schwarzen Meer. Die "
     "Türkei lobte die Einigung."), "de", {("turkey", "accepts", "ceasefire")}),
    (_US_DE + "Russland wischte ihn vom Tisch.", "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Moskau hat den Vorschlag bislang ignoriert.", "de",
     {("russia", "no_response", "ceasefire")}),
    # fifth batch (a stance and the proposal in one sentence), run before rule changes
    (("Russian President Vladimir Putin on Tuesday rejected a US proposal for a 30-day "
     "ceasefire."), "en", {("russia", "rejects", "ceasefire")}),
    (("Ukraine has accepted an American proposal for an immediate 30-day ceasefire, the White "
     "House said."), "en", {("ukraine", "accepts", "ceasefire")}),
    (("Hamas said on Sunday it had accepted a proposal by Egyptian and Qatari mediators for a "
     "60-day truce."), "en", {("hamas", "accepts", "ceasefire")}),
    (("Israel has not yet responded to the latest Egyptian proposal for a prisoner exchange, "
     "officials said."), "en", {("israel", "no_response", "exchange_prisoners")}),
    ("In a statement, the Houthis welcomed the Omani proposal to halt attacks on shipping.",
     "en", {("houthis", "accepts", "halt_attacks")}),
    ("Azerbaijan rejected an Armenian proposal to withdraw troops from the border.", "en",
     {("azerbaijan", "rejects", "withdraw_forces")}),
    (("Der russische Präsident Wladimir Putin lehnte am Dienstag einen US-Vorschlag für eine "
     "30-tägige Waffenruhe ab."), "de", {("russia", "rejects", "ceasefire")}),
    (("Die Ukraine hat einen amerikanischen Vorschlag für eine sofortige 30-tägige Waffenruhe "
     "angenommen, teilte das Weiße Haus mit."), "de", {("ukraine", "accepts", "ceasefire")}),
    (("Die Hamas erklärte am Sonntag, sie habe einen Vorschlag der ägyptischen und "
     "katarischen Vermittler für eine 60-tägige Waffenruhe angenommen."), "de",
     {("hamas", "accepts", "ceasefire")}),
    (("Israel hat auf den jüngsten ägyptischen Vorschlag für einen Gefangenenaustausch noch "
     "nicht reagiert, hieß es aus Regierungskreisen."), "de",
     {("israel", "no_response", "exchange_prisoners")}),
    (("In einer Erklärung begrüßten die Huthi den omanischen Vorschlag, die Angriffe auf die "
     "Schifffahrt einzustellen."), "de", {("houthis", "accepts", "halt_attacks")}),
    (("Aserbaidschan lehnte einen armenischen Vorschlag ab, Truppen von der Grenze "
     "abzuziehen."), "de", {("azerbaijan", "rejects", "withdraw_forces")}),
    # sixth batch, run before rule changes
    ("Qatar proposed a prisoner exchange. A Hamas spokesman said the group would accept it.",
     "en", {("hamas", "accepts", "exchange_prisoners")}),
    (_US_EN + "Peskov said Moscow needed time to study the details.", "en",
     {("russia", "considers", "ceasefire")}),
    (_US_EN + "Ukraine's foreign minister said Kyiv supported the initiative.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    ("Egypt proposed a 60-day truce. Israel said it opposed the plan.", "en",
     {("israel", "rejects", "ceasefire")}),
    (_US_EN + "Moscow was quick to reject it.", "en", {("russia", "rejects", "ceasefire")}),
    (_US_EN + "The Kremlin has given no answer yet.", "en",
     {("kremlin", "no_response", "ceasefire")}),
    (("Katar schlug einen Gefangenenaustausch vor. Ein Hamas-Sprecher sagte, die Gruppe werde "
     "ihn annehmen."), "de", {("hamas", "accepts", "exchange_prisoners")}),
    (_US_DE + "Peskow sagte, Moskau brauche Zeit, um die Einzelheiten zu prüfen.", "de",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Der ukrainische Außenminister sagte, Kiew unterstütze die Initiative.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    ("Ägypten schlug eine 60-tägige Waffenruhe vor. Israel erklärte, es sei gegen den Plan.",
     "de", {("israel", "rejects", "ceasefire")}),
    (_US_DE + "Moskau lehnte ihn umgehend ab.", "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Der Kreml hat bislang keine Antwort gegeben.", "de",
     {("kremlin", "no_response", "ceasefire")}),
    # seventh batch (wire-copy silences, going along), run before rule changes
    (_US_EN + "The Kremlin did not immediately respond to a request for comment.", "en",
     {("kremlin", "no_response", "ceasefire")}),
    (_US_EN + "Kyiv offered no comment.", "en", {("ukraine", "declines_comment", "ceasefire")}),
    (_US_EN + "Russia left open whether it would accept.", "en",
     {("russia", "no_response", "ceasefire")}),
    (_US_EN + "Moscow signalled it would go along with the plan.", "en",
     {("russia", "accepts", "ceasefire")}),
    (_US_EN + "Ukraine threw its weight behind the plan.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Moscow said it was ready to discuss the proposal.", "en",
     {("russia", "considers", "ceasefire")}),
    (_US_DE + "Der Kreml reagierte zunächst nicht auf eine Anfrage.", "de",
     {("kremlin", "no_response", "ceasefire")}),
    (_US_DE + "Aus Kiew hieß es dazu: kein Kommentar.", "de",
     {("ukraine", "declines_comment", "ceasefire")}),
    (_US_DE + "Russland ließ offen, ob es zustimmen werde.", "de",
     {("russia", "no_response", "ceasefire")}),
    (_US_DE + "Moskau signalisierte, den Plan mitzutragen.", "de",
     {("russia", "accepts", "ceasefire")}),
    (_US_DE + "Die Ukraine stellte sich hinter den Plan.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Moskau erklärte sich bereit, über den Vorschlag zu sprechen.", "de",
     {("russia", "considers", "ceasefire")}),
    # eighth batch, run before rule changes
    (("Moscow demanded that Kyiv withdraw its troops from four regions. Ukraine dismissed the "
     "demand as absurd."), "en", {("ukraine", "rejects", "withdraw_forces")}),
    (_US_EN + "According to the Kremlin, Putin backed the idea in principle.", "en",
     {("russia", "accepts", "ceasefire")}),
    (_US_EN + "Russia's response, delivered on Friday, was a firm no.", "en",
     {("russia", "rejects", "ceasefire")}),
    ("Israel and Hamas agreed to a ceasefire. Egypt and Qatar welcomed the agreement.", "en",
     {("egypt", "accepts", "ceasefire"), ("qatar", "accepts", "ceasefire")}),
    (_US_EN + "Kyiv is open to the proposal, a Ukrainian official said.", "en",
     {("ukraine", "considers", "ceasefire")}),
    (_US_EN + "Moscow rejected the plan, calling it a ploy to rearm Ukraine.", "en",
     {("russia", "rejects", "ceasefire")}),
    (("Moskau verlangte, dass Kiew seine Truppen aus vier Regionen abzieht. Die Ukraine wies "
     "die Forderung als absurd zurück."), "de", {("ukraine", "rejects", "withdraw_forces")}),
    (_US_DE + "Nach Angaben des Kremls unterstützte Putin die Idee grundsätzlich.", "de",
     {("russia", "accepts", "ceasefire")}),
    (_US_DE + "Die Antwort Russlands war ein klares Nein.", "de",
     {("russia", "rejects", "ceasefire")}),
    (("Israel und die Hamas einigten sich auf eine Waffenruhe. Ägypten und Katar begrüßten "
     "die Vereinbarung."), "de",
     {("egypt", "accepts", "ceasefire"), ("qatar", "accepts", "ceasefire")}),
    (_US_DE + "Kiew sei offen für den Vorschlag, sagte ein ukrainischer Beamter.", "de",
     {("ukraine", "considers", "ceasefire")}),
    (_US_DE + "Moskau lehnte den Plan ab und nannte ihn einen Trick, um die Ukraine "
     "aufzurüsten.", "de", {("russia", "rejects", "ceasefire")}),
    # ninth batch (negated acceptance, long sentences), run before rule changes
    (("The Kremlin on Wednesday brushed off a European call for an unconditional 30-day "
     "ceasefire."), "en", {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Lavrov said Moscow would not accept a ceasefire that allowed Ukraine to "
     "rearm.", "en", {("russia", "rejects", "ceasefire")}),
    (_US_EN + "Ukraine said it had no objection.", "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Russia will not agree to it, Peskov said.", "en",
     {("russia", "rejects", "ceasefire")}),
    (("Der Kreml wies am Mittwoch einen europäischen Aufruf zu einer bedingungslosen "
     "30-tägigen Waffenruhe zurück."), "de", {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Russland werde einer solchen Waffenruhe nicht zustimmen, sagte Lawrow.", "de",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Die Ukraine habe keine Einwände, hieß es in Kiew.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Moskau wird dem nicht zustimmen, sagte Peskow.", "de",
     {("russia", "rejects", "ceasefire")}),
    # tenth batch (signing, joining, ratifying), run before rule changes
    (_US_EN + "Ukraine signed on to the plan on Tuesday.", "en",
     {("ukraine", "accepts", "ceasefire")}),
    ("Russia and Ukraine agreed to a ceasefire. Belarus joined the agreement a day later.",
     "en", {("belarus", "accepts", "ceasefire")}),
    ("Russia and Ukraine agreed to a ceasefire. Ukraine ratified the agreement on Tuesday.",
     "en", {("ukraine", "accepts", "ceasefire")}),
    (_US_EN + "Russia refused to sign the document.", "en",
     {("russia", "rejects", "ceasefire")}),
    (_US_DE + "Die Ukraine schloss sich dem Plan am Dienstag an.", "de",
     {("ukraine", "accepts", "ceasefire")}),
    (("Russland und die Ukraine einigten sich auf eine Waffenruhe. Belarus trat der "
     "Vereinbarung einen Tag später bei."), "de", {("belarus", "accepts", "ceasefire")}),
    (("Russland und die Ukraine einigten sich auf eine Waffenruhe. Die Ukraine ratifizierte "
     "das Abkommen am Dienstag."), "de", {("ukraine", "accepts", "ceasefire")}),
    (_US_DE + "Russland weigerte sich, das Dokument zu unterzeichnen.", "de",
     {("russia", "rejects", "ceasefire")}),
    # a declined comment on a side matter is a silence on the matter at hand (the annotation
    # convention: "declined to say whether Bangkok would lodge a complaint")
    (_US_EN + "Russia said it would not comment on military operations.", "en",
     {("russia", "declines_comment", "ceasefire")}),
    (_US_DE + "Russland wollte sich zu militärischen Operationen nicht äußern.", "de",
     {("russia", "declines_comment", "ceasefire")}),
]  # fmt: skip

NEGATIVE: list[tuple[str, str]] = [
    # English ----------------------------------------------------------------------
    (_US_EN + "Ukraine rejected the accusation that it had violated an earlier truce.", "en"),
    (_US_EN + "Would Russia accept it? Analysts doubt it.", "en"),
    (_US_EN + "If Russia accepted the proposal, sanctions could be eased.", "en"),
    (_US_EN + "Analysts expect Russia to reject the proposal.", "en"),
    (_US_EN + "Russia denied that it had rejected the proposal.", "en"),
    (_US_EN + "Russia welcomed the Chinese delegation in Moscow on Monday.", "en"),
    (_US_EN + "Russia refused to confirm reports of troop movements near Kharkiv.", "en"),
    (_US_EN + "It is unclear whether Russia will accept.", "en"),
    (_US_EN + "The proposal was discussed at length in the Security Council.", "en"),
    (_US_EN + "Ukraine said Russia could not be trusted.", "en"),
    (_US_EN + "Russia rejected criticism of its strikes on Kharkiv.", "en"),
    (_US_EN + "Ukraine rejected claims that its troops had shelled the plant.", "en"),
    (_US_EN + "Few expect Moscow to welcome the idea.", "en"),
    (_US_EN + "Russia agreed with China that the war had complex roots.", "en"),
    (_US_EN + "Ukraine refused any responsibility for the attack on the plant.", "en"),
    # German -----------------------------------------------------------------------
    (_US_DE + "Kiew wies den Vorwurf zurück, eine frühere Waffenruhe gebrochen zu haben.",
     "de"),
    (_US_DE + "Ob Russland zustimmt, ist offen.", "de"),
    (_US_DE + "Sollte Russland zustimmen, könnten Sanktionen gelockert werden.", "de"),
    (_US_DE + "Beobachter erwarten, dass Moskau den Vorschlag ablehnt.", "de"),
    (_US_DE + "Russland bestritt, den Vorschlag abgelehnt zu haben.", "de"),
    (_US_DE + "Russland begrüßte die chinesische Delegation am Montag in Moskau.", "de"),
    (_US_DE + "Wird Russland zustimmen?", "de"),
    (_US_DE + "Der Vorschlag wurde im Sicherheitsrat lange diskutiert.", "de"),
    (_US_DE + "Die Ukraine sagte, Russland sei nicht zu trauen.", "de"),
    (_US_DE + "Russland lehnte es ab, Berichte über Truppenbewegungen zu bestätigen.", "de"),
    (_US_DE + "Russland wies die Kritik an seinen Angriffen auf Charkiw zurück.", "de"),
    (_US_DE + "Kiew wies Berichte zurück, seine Truppen hätten das Kraftwerk beschossen.", "de"),
    (_US_DE + "Kaum jemand erwartet, dass Moskau die Idee begrüßt.", "de"),
    (_US_DE + "Russland stimmte mit China darin überein, dass der Krieg komplexe Ursachen "
     "habe.", "de"),
    (_US_DE + "Die Ukraine lehnte jede Verantwortung für den Angriff auf das Kraftwerk ab.",
     "de"),
    # second batch
    (_US_EN + "Russia rejected the idea that it was losing the war.", "en"),
    (_US_EN + "Ukraine welcomed the return of the children.", "en"),
    (_US_EN + "Russia has never accepted Ukraine's borders.", "en"),
    (_US_EN + "Moscow accepted the credentials of the new US ambassador.", "en"),
    (_US_DE + "Russland wies die Vorstellung zurück, es verliere den Krieg.", "de"),
    (_US_DE + "Die Ukraine begrüßte die Rückkehr der Kinder.", "de"),
    (_US_DE + "Russland hat die Grenzen der Ukraine nie anerkannt.", "de"),
    (_US_DE + "Moskau nahm das Beglaubigungsschreiben des neuen US-Botschafters an.", "de"),
    # third batch
    (_US_EN + "The proposal was welcomed by analysts.", "en"),
    (_US_EN + "Kyiv refused to let journalists into the area.", "en"),
    (_US_EN + "Ukraine rejected Russian claims of a breakthrough near Pokrovsk.", "en"),
    (_US_DE + "Der Vorschlag wurde von Analysten begrüßt.", "de"),
    (_US_DE + "Kiew weigerte sich, Journalisten in das Gebiet zu lassen.", "de"),
    (_US_DE + "Die Ukraine wies russische Angaben über einen Durchbruch bei Pokrowsk zurück.",
     "de"),
    # fourth batch
    (_US_EN + "Russia and China have rejected Western sanctions for years.", "en"),
    (_US_EN + "Zelensky said he was prepared to travel to Istanbul.", "en"),
    (_US_EN + "Moscow called the shelling of Kursk unacceptable.", "en"),
    (_US_EN + "Turkey praised the courage of the negotiators.", "en"),
    (_US_DE + "Russland und China lehnen westliche Sanktionen seit Jahren ab.", "de"),
    (_US_DE + "Selenskyj sagte, er sei bereit, nach Istanbul zu reisen.", "de"),
    (_US_DE + "Moskau bezeichnete den Beschuss von Kursk als inakzeptabel.", "de"),
    (_US_DE + "Die Türkei lobte den Mut der Unterhändler.", "de"),
    # fifth batch
    (("The United States proposed a 30-day ceasefire, a plan Russia is widely expected to "
     "reject."), "en"),
    (("Die USA schlugen eine 30-tägige Waffenruhe vor, einen Plan, den Russland nach "
     "Einschätzung von Beobachtern ablehnen dürfte."), "de"),
    # sixth batch
    (_US_EN + "Russia opposed Ukraine's membership in NATO.", "en"),
    (_US_EN + "The Kremlin gave no details about the attack.", "en"),
    (_US_DE + "Russland ist gegen eine NATO-Mitgliedschaft der Ukraine.", "de"),
    (_US_DE + "Der Kreml nannte keine Einzelheiten zu dem Angriff.", "de"),
    # seventh batch
    (_US_EN + "Russia threw its weight behind China's bid to host the summit.", "en"),
    (_US_EN + "Ukraine went along with the schedule for the summit.", "en"),
    (_US_DE + "Russland stellte sich hinter Chinas Bewerbung für den Gipfel.", "de"),
    (_US_DE + "Die Ukraine trug den Zeitplan für den Gipfel mit.", "de"),
    # eighth batch
    (_US_EN + "Russia denied reports that it had accepted the plan.", "en"),
    (_US_EN + "Ukraine dismissed the general who had led the offensive.", "en"),
    (_US_DE + "Russland dementierte Berichte, wonach es den Plan angenommen habe.", "de"),
    (_US_DE + "Die Ukraine wies die Kritik ihrer Verbündeten an der Offensive zurück.", "de"),
]  # fmt: skip

#: Items known to fail, with the reason; they are marked xfail(strict=True).
_BY_MEDIATORS = (
    "a proposal 'by' (or genitive of) mediators is drafted with the speaker as its proposer "
    "(proposals rule), so the speaker's acceptance regards its own proposal and is dropped"
)
_NO_OFFER = (
    "the offer to host talks is not drafted as a proposal (proposals rule, not this slot's), "
    "so the stance has nothing to regard"
)
XFAIL: dict[str, str] = {
    "Hamas said on Sunday it had accepted a proposal by Egyptian and Qatari mediators for a "
    "60-day truce.": _BY_MEDIATORS,
    "Die Hamas erklärte am Sonntag, sie habe einen Vorschlag der ägyptischen und "
    "katarischen Vermittler für eine 60-tägige Waffenruhe angenommen.": _BY_MEDIATORS,
    "In einer Erklärung begrüßten die Huthi den omanischen Vorschlag, die Angriffe auf die "
    "Schifffahrt einzustellen.": (
        "'die Angriffe auf die Schifffahrt einzustellen' is read as two acts (terms: "
        "halt_attacks and ensure_safe_navigation); the English counterpart gives one"
    ),
    "Turkey offered to host talks between the two sides. Ukraine said it could live with "
    "the offer.": _NO_OFFER,
    "Turkey offered to host peace talks. Russia welcomed the offer.": _NO_OFFER,
    "Die Türkei bot an, Gespräche zwischen beiden Seiten auszurichten. Die Ukraine könne "
    "mit dem Angebot leben, sagte Selenskyj.": _NO_OFFER,
    "Die Türkei bot an, Friedensgespräche auszurichten. Russland begrüßte das Angebot.": (
        _NO_OFFER
    ),
    "The United States gave Russia until Friday to agree to a 30-day ceasefire. Moscow let "
    "the deadline pass without a reply.": (
        "an ultimatum ('gave Russia until Friday to agree to') is not drafted as a proposal"
    ),
    "Russland und die Ukraine vereinbarten, je 175 Gefangene auszutauschen. Die Vereinten "
    "Nationen begrüßten die Einigung.": (
        "'Gefangene auszutauschen' is not read as an exchange of prisoners (terms), so the "
        "agreement has no commitments to regard"
    ),
}


@pytest.mark.parametrize(("text", "lang", "expected"), bank_params(POSITIVE, XFAIL))
def test_positive(text: str, lang: str, expected: set[Key]) -> None:
    assert slot_keys(text, lang, "positions") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"), bank_params([(t, lang, set()) for t, lang in NEGATIVE], XFAIL)
)
def test_negative(text: str, lang: str, expected: set[Key]) -> None:
    assert slot_keys(text, lang, "positions") == expected
