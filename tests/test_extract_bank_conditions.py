"""Paraphrase bank for the conditions slot: many ways of reporting a condition, DE and EN.

Each item is a mini-article written for this bank in news-agency style and the set of
condition keys (kind, required_of, imposed_by) that the parser must draft from it —
exactly, so an item fails on a missed condition and on a spurious one. About a third are
negative items (near misses that must give no condition at all). Items the rules cannot
pass without costing precision are marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest

from tests.banks import bank_params, slot_keys

Key = tuple[str, str, str]

POSITIVE: list[tuple[str, str, set[Key]]] = [
    # English ----------------------------------------------------------------------
    (("Russia said it would agree to a ceasefire provided that Ukraine halted its "
     "mobilisation."), "en", {("precondition", "ukraine", "russia")}),
    (("Ukraine will stop strikes on energy facilities as long as Russia does the same, "
     "Zelensky said."), "en", {("reciprocity", "russia", "ukraine")}),
    ("Kyiv would accept the truce only if Moscow withdrew its troops.", "en",
     {("precondition", "russia", "ukraine")}),
    (("Israel will not withdraw its troops unless Hamas releases all hostages, Netanyahu "
     "said."), "en", {("precondition", "hamas", "israel")}),
    (("Hamas agreed to release ten hostages in exchange for a five-day pause in fighting by "
     "Israel."), "en", {("reciprocity", "israel", "hamas")}),
    ("China will cut its tariffs in return for a similar step by the United States.", "en",
     {("reciprocity", "united-states", "china")}),
    (("Russia agreed to the Black Sea truce on condition that the European Union lifted its "
     "sanctions on Russian banks."), "en", {("precondition", "european-union", "russia")}),
    ("The ceasefire is contingent on Hamas handing over its weapons, Israel said.", "en",
     {("precondition", "hamas", "israel")}),
    (("Any lifting of sanctions is subject to a full withdrawal by Russia from Ukraine, the "
     "European Union said."), "en", {("precondition", "russia", "european-union")}),
    ("Moscow demanded that the West stop supplying weapons to Kyiv.", "en",
     {("demand", "the-west", "russia")}),
    ("Ukraine called on Russia to release all prisoners of war.", "en",
     {("demand", "russia", "ukraine")}),
    ("Should Russia stop its attacks, Ukraine would follow suit, Zelensky said.", "en",
     {("reciprocity", "russia", "ukraine")}),
    ("Thailand will respect the truce if Cambodia does the same.", "en",
     {("reciprocity", "cambodia", "thailand")}),
    ("Israel will lift the blockade only once Hamas has freed the hostages.", "en",
     {("precondition", "hamas", "israel")}),
    ("Iran said it would hold its fire as long as Israel held its fire too.", "en",
     {("reciprocity", "israel", "iran")}),
    (("The Houthis said they would spare US ships as long as Washington stopped bombing "
     "Yemen."), "en", {("reciprocity", "united-states", "houthis")}),
    (("The European Union demanded that Russia accept an unconditional ceasefire by "
     "Monday."), "en", {("demand", "russia", "european-union")}),
    ("The United States urged Israel and Hamas to return to the negotiating table.", "en",
     {("demand", "hamas+israel", "united-states")}),
    (("Russia offered to stop striking Ukrainian power plants. In return, Ukraine would have "
     "to halt its attacks on Russian refineries."), "en",
     {("reciprocity", "ukraine", "russia")}),
    (("Russia would join the talks only after Ukraine had withdrawn from the four regions, "
     "Lavrov said."), "en", {("precondition", "ukraine", "russia")}),
    ("Hamas insisted that Israel withdraw fully from Gaza.", "en",
     {("demand", "israel", "hamas")}),
    # a halt of fire asked in return for a ceasefire is reciprocity (the gold convention)
    (("Ukraine is ready for a ceasefire, but only if Russia stops its attacks on cities, "
     "Zelensky said."), "en", {("reciprocity", "russia", "ukraine")}),
    (("Russia's demands included an end to Western arms deliveries and a halt to Ukraine's "
     "mobilisation."), "en", {("demand", "the-west", "russia"), ("demand", "ukraine", "russia")}),
    ("China said it would lift its export controls if Washington reciprocated.", "en",
     {("reciprocity", "united-states", "china")}),
    # German -----------------------------------------------------------------------
    (("Russland sei zu einer Waffenruhe bereit, vorausgesetzt, die Ukraine stoppe ihre "
     "Mobilmachung, sagte Peskow."), "de", {("precondition", "ukraine", "russia")}),
    (("Die Ukraine werde die Angriffe auf Energieanlagen einstellen, solange Russland dasselbe "
     "tue."), "de", {("reciprocity", "russia", "ukraine")}),
    ("Kiew stimmt einer Waffenruhe nur zu, wenn Moskau seine Truppen abzieht.", "de",
     {("precondition", "russia", "ukraine")}),
    ("Erst wenn die Hamas alle Geiseln freilässt, wird Israel seine Truppen abziehen.", "de",
     {("precondition", "hamas", "israel")}),
    ("Israel werde sich nicht zurückziehen, es sei denn, die Hamas lasse alle Geiseln frei.",
     "de", {("precondition", "hamas", "israel")}),
    (("Sofern die EU die Sanktionen gegen russische Banken aufhebe, werde Russland dem "
     "Abkommen zustimmen, teilte der Kreml mit."), "de",
     {("precondition", "european-union", "russia")}),
    (("Sollte Russland seine Angriffe einstellen, werde auch die Ukraine das Feuer einstellen, "
     "sagte Selenskyj."), "de", {("reciprocity", "russia", "ukraine")}),
    ("China senkt seine Zölle, wenn die USA mitziehen.", "de",
     {("reciprocity", "united-states", "china")}),
    (("Russland bot an, die Angriffe auf ukrainische Kraftwerke einzustellen. Im Gegenzug "
     "soll die Ukraine ihre Angriffe auf russische Raffinerien einstellen."), "de",
     {("reciprocity", "ukraine", "russia")}),
    (("Die Hamas will zehn Geiseln freilassen, dafür soll Israel palästinensische Gefangene "
     "freilassen."), "de", {("reciprocity", "israel", "hamas")}),
    ("Russland verlangt, dass der Westen keine Waffen mehr an Kiew liefert.", "de",
     {("demand", "the-west", "russia")}),
    ("Die Ukraine forderte Russland auf, alle Kriegsgefangenen freizulassen.", "de",
     {("demand", "russia", "ukraine")}),
    (("Der Kreml forderte unter anderem ein Ende der westlichen Waffenlieferungen und einen "
     "Stopp der ukrainischen Mobilmachung."), "de",
     {("demand", "the-west", "russia"), ("demand", "ukraine", "russia")}),
    ("Die Waffenruhe hängt davon ab, dass die Hamas ihre Waffen abgibt, erklärte Israel.",
     "de", {("precondition", "hamas", "israel")}),
    (("Unter der Bedingung, dass Russland seine Truppen abzieht, sei Kiew zu Gesprächen "
     "bereit."), "de", {("precondition", "russia", "ukraine")}),
    ("Die EU will die Sanktionen nur lockern, falls Russland einer Waffenruhe zustimmt.",
     "de", {("precondition", "russia", "european-union")}),
    ("Thailand werde die Waffenruhe einhalten, wenn Kambodscha dies ebenfalls tue.", "de",
     {("reciprocity", "cambodia", "thailand")}),
    (("Die EU verlangte von Russland, bis Montag einer bedingungslosen Waffenruhe "
     "zuzustimmen."), "de", {("demand", "russia", "european-union")}),
    ("Die USA riefen Israel und die Hamas auf, an den Verhandlungstisch zurückzukehren.",
     "de", {("demand", "hamas+israel", "united-states")}),
    (("Russland werde den Gesprächen erst beitreten, nachdem die Ukraine sich aus den vier "
     "Regionen zurückgezogen habe, sagte Lawrow."), "de", {("precondition", "ukraine", "russia")}),
    ("Die Hamas bestand darauf, dass Israel sich vollständig aus Gaza zurückzieht.", "de",
     {("demand", "israel", "hamas")}),
    (("Die Ukraine sei zu einer Waffenruhe bereit, allerdings nur, wenn Russland die Angriffe "
     "auf Städte einstellt, sagte Selenskyj."), "de", {("reciprocity", "russia", "ukraine")}),
    (("Die Aufhebung der Sanktionen setzt voraus, dass Russland seine Truppen abzieht, "
     "erklärte die EU."), "de", {("precondition", "russia", "european-union")}),
    (("China werde seine Exportkontrollen aufheben, wenn Washington im Gegenzug ebenfalls "
     "Zugeständnisse mache."), "de", {("reciprocity", "united-states", "china")}),
    # second batch, written after the first rule changes and run before any further one
    ("Ukraine will free 200 prisoners once Russia frees the same number.", "en",
     {("reciprocity", "russia", "ukraine")}),
    ("Hamas will only disarm after Israel withdraws from Gaza, a spokesman said.", "en",
     {("precondition", "israel", "hamas")}),
    ("Israel said it would keep its troops in Gaza until Hamas hands over its weapons.", "en",
     {("precondition", "hamas", "israel")}),
    ("The European Union will lift sanctions if and only if Russia withdraws its troops.",
     "en", {("precondition", "russia", "european-union")}),
    ("China will only lower its tariffs if Washington lowers its own.", "en",
     {("reciprocity", "united-states", "china")}),
    ("Thailand demanded that Cambodia withdraw its troops from the border.", "en",
     {("demand", "cambodia", "thailand")}),
    ("Russia will stop its attacks on the condition that Ukraine does the same.", "en",
     {("reciprocity", "ukraine", "russia")}),
    ("Israel called on Hamas to release all hostages.", "en",
     {("demand", "hamas", "israel")}),
    (("Die Ukraine werde 200 Gefangene freilassen, sobald Russland die gleiche Zahl "
     "freilasse."), "de", {("reciprocity", "russia", "ukraine")}),
    (("Die Hamas werde sich erst entwaffnen, wenn Israel aus Gaza abgezogen sei, sagte ein "
     "Sprecher."), "de", {("precondition", "israel", "hamas")}),
    ("Israel werde seine Truppen in Gaza belassen, bis die Hamas ihre Waffen abgibt.", "de",
     {("precondition", "hamas", "israel")}),
    ("Die EU werde die Sanktionen nur dann aufheben, wenn Russland seine Truppen abzieht.",
     "de", {("precondition", "russia", "european-union")}),
    ("China werde die Zölle nur senken, wenn Washington seine eigenen ebenfalls senkt.", "de",
     {("reciprocity", "united-states", "china")}),
    ("Thailand verlangte, dass Kambodscha seine Truppen von der Grenze abzieht.", "de",
     {("demand", "cambodia", "thailand")}),
    (("Russland werde die Angriffe einstellen, unter der Bedingung, dass die Ukraine dasselbe "
     "tue."), "de", {("reciprocity", "ukraine", "russia")}),
    ("Israel forderte die Hamas auf, alle Geiseln freizulassen.", "de",
     {("demand", "hamas", "israel")}),
    # third batch, written and run before the rules were changed for it
    ("Hamas said it would hand over the hostages only if Israel ended the war for good.",
     "en", {("precondition", "israel", "hamas")}),
    ("Kyiv will agree to talks provided Moscow halts its offensive first.", "en",
     {("precondition", "russia", "ukraine")}),
    (("The United States will resume intelligence sharing as long as Ukraine agrees to the "
     "ceasefire."), "en", {("precondition", "ukraine", "united-states")}),
    ("Armenia demanded that Azerbaijan release all Armenian prisoners.", "en",
     {("demand", "azerbaijan", "armenia")}),
    ("Israel urged Lebanon to disarm Hezbollah.", "en", {("demand", "lebanon", "israel")}),
    (("Iran will only return to talks if the United States lifts its sanctions, Araghchi "
     "said."), "en", {("precondition", "united-states", "iran")}),
    ("Die Hamas werde die Geiseln nur übergeben, wenn Israel den Krieg endgültig beende.",
     "de", {("precondition", "israel", "hamas")}),
    ("Kiew werde Gesprächen zustimmen, vorausgesetzt, Moskau stoppe zuerst seine Offensive.",
     "de", {("precondition", "russia", "ukraine")}),
    (("Die USA werden den Austausch von Geheimdienstinformationen fortsetzen, solange die "
     "Ukraine der Waffenruhe zustimmt."), "de", {("precondition", "ukraine", "united-states")}),
    ("Armenien verlangte, dass Aserbaidschan alle armenischen Gefangenen freilässt.", "de",
     {("demand", "azerbaijan", "armenia")}),
    ("Israel forderte den Libanon auf, die Hisbollah zu entwaffnen.", "de",
     {("demand", "lebanon", "israel")}),
    (("Iran werde nur an den Verhandlungstisch zurückkehren, wenn die USA ihre Sanktionen "
     "aufheben, sagte Araghtschi."), "de", {("precondition", "united-states", "iran")}),
    # fourth batch, written and run before the rules were changed for it
    ("Moscow is prepared to halt strikes on energy sites if Kyiv does likewise.", "en",
     {("reciprocity", "ukraine", "russia")}),
    (("Russia set three conditions for a ceasefire: Ukraine must withdraw from four regions, "
     "renounce NATO membership and hold elections."), "en",
     {("precondition", "ukraine", "russia")}),
    ("Israel said the truce would hold as long as Hamas kept releasing hostages.", "en",
     {("precondition", "hamas", "israel")}),
    ("The European Union insisted that Russia first agree to an unconditional ceasefire.",
     "en", {("precondition", "russia", "european-union")}),
    (("Kyiv is ready to exchange all prisoners in return for the release of civilians held "
     "by Russia."), "en", {("reciprocity", "russia", "ukraine")}),
    (("Moskau sei bereit, die Angriffe auf Energieanlagen einzustellen, wenn Kiew ebenso "
     "verfahre."), "de", {("reciprocity", "ukraine", "russia")}),
    (("Russland stellte drei Bedingungen für eine Waffenruhe: Die Ukraine müsse sich aus "
     "vier Regionen zurückziehen, auf die NATO-Mitgliedschaft verzichten und Wahlen "
     "abhalten."), "de", {("precondition", "ukraine", "russia")}),
    ("Israel erklärte, die Waffenruhe gelte, solange die Hamas weiter Geiseln freilasse.",
     "de", {("precondition", "hamas", "israel")}),
    (("Die EU bestand darauf, dass Russland zuerst einer bedingungslosen Waffenruhe "
     "zustimmt."), "de", {("precondition", "russia", "european-union")}),
    (("Kiew sei bereit, alle Gefangenen auszutauschen, im Gegenzug für die Freilassung von "
     "Zivilisten durch Russland."), "de", {("reciprocity", "russia", "ukraine")}),
    # fifth batch (longer sentences), run before rule changes
    (("Putin said Russia was ready for a ceasefire, but only if Ukraine stopped mobilising "
     "new troops during the pause."), "en", {("precondition", "ukraine", "russia")}),
    (("The Houthis will halt their attacks on shipping as long as the United States stops "
     "bombing Yemen, a spokesman said."), "en", {("reciprocity", "united-states", "houthis")}),
    (("Washington will lift the tariffs provided that Beijing opens its market to US farm "
     "goods."), "en", {("precondition", "china", "united-states")}),
    (("Kyiv insists that Russian troops must leave all occupied territory before any talks "
     "begin."), "en", {("precondition", "russia", "ukraine")}),
    (("Putin sagte, Russland sei zu einer Waffenruhe bereit, allerdings nur, wenn die Ukraine "
     "während der Pause keine neuen Soldaten mobilisiere."), "de",
     {("precondition", "ukraine", "russia")}),
    (("Die Huthi werden ihre Angriffe auf die Schifffahrt einstellen, solange die USA die "
     "Bombardierung des Jemen beenden, sagte ein Sprecher."), "de",
     {("reciprocity", "united-states", "houthis")}),
    (("Washington werde die Zölle aufheben, vorausgesetzt, Peking öffne seinen Markt für "
     "US-Agrarprodukte."), "de", {("precondition", "china", "united-states")}),
    (("Kiew besteht darauf, dass russische Truppen alle besetzten Gebiete verlassen, bevor "
     "Gespräche beginnen."), "de", {("precondition", "russia", "ukraine")}),
    # sixth batch, run before rule changes
    (("Russia would only consider a ceasefire after Western arms deliveries to Ukraine had "
     "stopped."), "en", {("precondition", "the-west", "russia")}),
    ("Ukraine will not hold elections until Russia ends its invasion, Zelensky said.", "en",
     {("precondition", "russia", "ukraine")}),
    (("Hamas will release the remaining hostages, but only in exchange for Palestinian "
     "prisoners held by Israel."), "en", {("reciprocity", "israel", "hamas")}),
    ("If Moscow accepts the ceasefire, Washington will ease some sanctions.", "en",
     {("precondition", "russia", "united-states")}),
    (("Russland werde eine Waffenruhe erst erwägen, wenn die westlichen Waffenlieferungen an "
     "die Ukraine gestoppt seien."), "de", {("precondition", "the-west", "russia")}),
    (("Die Ukraine werde keine Wahlen abhalten, bis Russland seine Invasion beendet, sagte "
     "Selenskyj."), "de", {("precondition", "russia", "ukraine")}),
    (("Die Hamas werde die verbliebenen Geiseln freilassen, aber nur im Gegenzug für "
     "palästinensische Gefangene in israelischer Haft."), "de",
     {("reciprocity", "israel", "hamas")}),
    ("Wenn Moskau der Waffenruhe zustimmt, wird Washington einige Sanktionen lockern.", "de",
     {("precondition", "russia", "united-states")}),
    # seventh batch, run before rule changes
    (("Ukraine said it was ready to release all Russian prisoners if Moscow released all "
     "Ukrainians in return."), "en", {("reciprocity", "russia", "ukraine")}),
    ("Beijing said it would retaliate unless Washington withdrew the new tariffs.", "en",
     {("precondition", "united-states", "china")}),
    ("Hezbollah will respect the truce as long as Israel respects it too.", "en",
     {("reciprocity", "israel", "hezbollah")}),
    ("Egypt called on Israel to open the Rafah crossing.", "en",
     {("demand", "israel", "egypt")}),
    (("Die Ukraine sei bereit, alle russischen Gefangenen freizulassen, wenn Moskau im "
     "Gegenzug alle Ukrainer freilasse."), "de", {("reciprocity", "russia", "ukraine")}),
    ("Peking kündigte Vergeltung an, sollte Washington die neuen Zölle nicht zurücknehmen.",
     "de", {("precondition", "united-states", "china")}),
    (("Die Hisbollah werde die Waffenruhe respektieren, solange Israel sie ebenfalls "
     "respektiere."), "de", {("reciprocity", "israel", "hezbollah")}),
    ("Ägypten forderte Israel auf, den Grenzübergang Rafah zu öffnen.", "de",
     {("demand", "israel", "egypt")}),
    # eighth batch, run before rule changes
    ("Russia will not agree to a ceasefire unless the West stops arming Ukraine.", "en",
     {("precondition", "the-west", "russia")}),
    ("Azerbaijan wants Armenia to change its constitution before a peace treaty is signed.",
     "en", {("precondition", "armenia", "azerbaijan")}),
    ("China agreed to buy more US soybeans in return for lower American tariffs.", "en",
     {("reciprocity", "united-states", "china")}),
    ("Pakistan said it would observe the ceasefire as long as India did.", "en",
     {("reciprocity", "india", "pakistan")}),
    (("Russland werde einer Waffenruhe nicht zustimmen, es sei denn, der Westen stelle die "
     "Waffenlieferungen an die Ukraine ein."), "de", {("precondition", "the-west", "russia")}),
    (("Aserbaidschan will, dass Armenien seine Verfassung ändert, bevor ein Friedensvertrag "
     "unterzeichnet wird."), "de", {("precondition", "armenia", "azerbaijan")}),
    (("China erklärte sich bereit, mehr US-Sojabohnen zu kaufen, im Gegenzug für niedrigere "
     "amerikanische Zölle."), "de", {("reciprocity", "united-states", "china")}),
    ("Pakistan werde die Waffenruhe einhalten, solange Indien dies tue.", "de",
     {("reciprocity", "india", "pakistan")}),
]  # fmt: skip

NEGATIVE: list[tuple[str, str]] = [
    # English ----------------------------------------------------------------------
    ("If the ceasefire holds, talks could begin next month, diplomats said.", "en"),
    ("Ukraine rejected Russia's demands as unacceptable.", "en"),
    ("Russia's conditions remain unclear, analysts say.", "en"),
    ("Asked whether Russia would agree if Ukraine withdrew, Peskov declined to comment.", "en"),
    ("The talks began in Istanbul on Friday as planned.", "en"),
    ("Whether Hamas will release the hostages remains unclear.", "en"),
    ("Russia denied that it had set any preconditions for the talks.", "en"),
    ("A Ukrainian official spoke on condition of anonymity.", "en"),
    ("Provided the weather allows, the delegations will meet on Friday.", "en"),
    ("The ceasefire has held since Monday, the army said.", "en"),
    ("Once the delegations have arrived, the meeting will begin.", "en"),
    ("Ukraine has met all the conditions for accession talks, the European Commission said.",
     "en"),
    # German -----------------------------------------------------------------------
    ("Ein ukrainischer Beamter äußerte sich unter der Bedingung, anonym zu bleiben.", "de"),
    ("Wenn das Wetter es zulässt, treffen sich die Delegationen am Freitag.", "de"),
    ("Die Ukraine wies die Forderungen Russlands als inakzeptabel zurück.", "de"),
    ("Welche Bedingungen Russland stellt, ist unklar.", "de"),
    ("Ob die Hamas die Geiseln freilässt, bleibt offen.", "de"),
    ("Russland bestritt, Vorbedingungen für die Gespräche gestellt zu haben.", "de"),
    ("Die Gespräche begannen am Freitag wie geplant in Istanbul.", "de"),
    ("Sobald die Delegationen eingetroffen sind, beginnt die Sitzung.", "de"),
    ("Die Waffenruhe gilt seit Montag, teilte die Armee mit.", "de"),
    (("Die Ukraine erfüllt nach Angaben der EU-Kommission alle Bedingungen für "
     "Beitrittsgespräche."), "de"),
    (("Wie Russland reagieren würde, wenn die Ukraine ihre Truppen abzöge, sagte Peskow "
     "nicht."), "de"),
    # second batch
    ("Ukraine said the talks would continue until Friday.", "en"),
    ("If necessary, the talks will be extended, a diplomat said.", "en"),
    ("Russia's demand for a buffer zone was discussed on Monday.", "en"),
    ("The meeting will take place unless the weather is bad.", "en"),
    ("Die Gespräche sollen bis Freitag dauern, sagte die Ukraine.", "de"),
    ("Falls nötig, werden die Gespräche verlängert, sagte ein Diplomat.", "de"),
    ("Die russische Forderung nach einer Pufferzone wurde am Montag erörtert.", "de"),
    ("Das Treffen findet statt, es sei denn, das Wetter ist schlecht.", "de"),
    # third batch
    ("If the talks fail, the fighting could resume, analysts warned.", "en"),
    ("Russia's conditions were published on Monday.", "en"),
    ("The minister asked not to be named.", "en"),
    ("Scheitern die Gespräche, könnten die Kämpfe wieder aufflammen, warnten Analysten.", "de"),
    ("Die Bedingungen Russlands wurden am Montag veröffentlicht.", "de"),
    ("Der Minister bat darum, nicht namentlich genannt zu werden.", "de"),
    # fourth batch
    ("As long as the fighting continues, aid cannot reach the city, the UN said.", "en"),
    ("The delegation will return to Kyiv once the talks end.", "en"),
    ("Unless stated otherwise, all times are local.", "en"),
    (("Solange die Kämpfe andauern, können keine Hilfsgüter die Stadt erreichen, teilten die "
     "UN mit."), "de"),
    ("Die Delegation kehrt nach Kiew zurück, sobald die Gespräche enden.", "de"),
    ("Sofern nicht anders angegeben, gelten Ortszeiten.", "de"),
    # fifth batch
    ("If confirmed, the exchange would be the largest since the start of the war.", "en"),
    ("The talks ended without agreement, as expected.", "en"),
    ("Falls bestätigt, wäre es der größte Austausch seit Kriegsbeginn.", "de"),
    ("Die Gespräche endeten wie erwartet ohne Einigung.", "de"),
    # sixth batch
    ("If anything, the talks showed how far apart the two sides remain.", "en"),
    ("Until last year, the corridor was open.", "en"),
    ("Wenn überhaupt, zeigten die Gespräche, wie weit beide Seiten auseinanderliegen.", "de"),
    ("Bis zum vergangenen Jahr war der Korridor offen.", "de"),
    # seventh batch
    ("Should you travel to the region, check the latest advice.", "en"),
    ("The ceasefire, if it holds, would be the first in months.", "en"),
    ("Sollte das Wetter mitspielen, beginnt der Gipfel am Montag.", "de"),
    ("Die Waffenruhe, falls sie hält, wäre die erste seit Monaten.", "de"),
    # eighth batch
    ("Unless otherwise agreed, the talks will continue in Geneva.", "en"),
    ("Sofern nichts anderes vereinbart wird, gehen die Gespräche in Genf weiter.", "de"),
]  # fmt: skip

#: Items known to fail, with the reason; they are marked xfail(strict=True).
XFAIL: dict[str, str] = {
    "Die Huthi werden ihre Angriffe auf die Schifffahrt einstellen, solange die USA die "
    "Bombardierung des Jemen beenden, sagte ein Sprecher.": (
        "'die Bombardierung … beenden' is not read as a halt of attacks (terms), so the "
        "clause does not mirror the main act; the English counterpart passes"
    ),
    "Der Kreml forderte unter anderem ein Ende der westlichen Waffenlieferungen und einen "
    "Stopp der ukrainischen Mobilmachung.": (
        "'Stopp der … Mobilmachung' is not read as halt_mobilisation (terms), so the second "
        "demand has no act"
    ),
    "Die EU verlangte von Russland, bis Montag einer bedingungslosen Waffenruhe zuzustimmen.": (
        "an addressed call to accept a ceasefire is drafted as a proposal by design "
        "(demands.py); the English that-clause is read as a demand"
    ),
}


@pytest.mark.parametrize(("text", "lang", "expected"), bank_params(POSITIVE, XFAIL))
def test_positive(text: str, lang: str, expected: set[Key]) -> None:
    assert slot_keys(text, lang, "conditions") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"), bank_params([(t, lang, set()) for t, lang in NEGATIVE], XFAIL)
)
def test_negative(text: str, lang: str, expected: set[Key]) -> None:
    assert slot_keys(text, lang, "conditions") == expected
