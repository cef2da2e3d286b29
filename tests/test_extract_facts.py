"""Facts the parser draws across sentences: who voices them, agreements' terms, demands."""

from __future__ import annotations

import pytest

import kg
from kg.codes import ActionType, ConditionKind, Stance
from kg.extract import parse

PUBLISHED = "2025-05-13"


def _parse(text: str, lang: str) -> kg.Annotation:
    return parse(text, lang=lang, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States proposed a 30-day ceasefire. Zelensky rejected the proposal.", "en"),
        (("Die USA schlugen eine Waffenruhe von 30 Tagen vor. Selenskyj lehnte den Vorschlag "
         "ab."), "de"),
    ],
)  # fmt: skip
def test_a_person_who_takes_a_stance_is_its_source(text: str, lang: str) -> None:
    draft = _parse(text, lang)
    [position] = draft.positions
    assert (position.party, position.stance) == ("ukraine", Stance.rejects)
    assert position.said_by == ("volodymyr-zelensky",)


def test_a_capital_is_a_state_not_a_source() -> None:
    text = "Die USA schlugen eine Waffenruhe von 30 Tagen vor. Moskau lehnte den Vorschlag ab."
    [position] = _parse(text, "de").positions
    assert (position.party, position.said_by) == ("russia", ())


def test_commitments_under_an_agreement_take_its_duration_de() -> None:
    text = (
        "Die USA und China haben in Genf eine Pause im Zollstreit vereinbart. "
        "Beide Seiten senken ihre Zölle für zunächst 90 Tage deutlich. "
        "Washington reduziert demnach die Zölle auf Waren aus China. "
        "Im Gegenzug senkt Peking seine Abgaben auf Importe aus den USA."
    )
    draft = _parse(text, "de")
    [agreement] = draft.agreements
    under = {c.id: c for c in draft.commitments if c.id in agreement.commitments}
    assert {c.debtor for c in under.values()} == {("china",), ("united-states",)}
    assert {(c.term.action, c.term.duration) for c in under.values()} == {
        (ActionType.reduce_tariffs, "P90D")
    }


def test_commitments_under_an_agreement_for_both_sides_en() -> None:
    text = (
        "The United States and the Houthis have agreed to stop attacking each other, Oman "
        "announced. Under the arrangement, neither side will target the other, Oman's "
        "foreign minister, Badr Albusaidi, said."
    )
    draft = _parse(text, "en")
    [agreement] = draft.agreements
    under = [c for c in draft.commitments if c.id in agreement.commitments]
    assert sorted(c.debtor[0] for c in under) == ["houthis", "united-states"]
    assert all(c.said_by == ("badr-albusaidi",) for c in under)
    assert all(c.term.action is ActionType.halt_attacks for c in under)
    # the agreement's own sentence names it; its terms come after
    assert all(c.evidence[0].quote.startswith("Under the arrangement") for c in under)


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Baku verlangt, dass Armenien zuvor seine Verfassung ändert.", "de",
         (ConditionKind.precondition, ("azerbaijan",), ("armenia",), ActionType.other)),
        ("Moscow demanded that Kyiv withdraw its troops from four regions.", "en",
         (ConditionKind.demand, ("russia",), ("ukraine",), ActionType.withdraw_forces)),
    ],
)  # fmt: skip
def test_demand_verbs_make_conditions(text: str, lang: str, key: tuple[object, ...]) -> None:
    [condition] = _parse(text, lang).conditions
    assert condition.demands is not None
    found = (condition.kind, condition.imposed_by, condition.required_of,
             condition.demands.action)  # fmt: skip
    assert found == key


def test_an_appeal_for_a_ceasefire_is_a_proposal_not_a_demand() -> None:
    text = "Die Europäer forderten Russland auf, eine Waffenruhe von 30 Tagen einzuhalten."
    draft = _parse(text, "de")
    assert not draft.conditions


def test_a_respondent_is_not_the_proposer() -> None:
    text = "Die RSF haben einem Vorschlag für eine dreimonatige Waffenruhe zugestimmt."
    draft = _parse(text, "de")
    assert all("rapid-support-forces" not in p.proposed_by for p in draft.proposals)


def test_facts_of_one_sentence_keep_their_own_evidence() -> None:
    text = (
        "The Kremlin said Putin had responded positively to Trump's suggestion that Russia "
        "and Ukraine mutually refrain from attacking energy infrastructure for 30 days, and "
        "had given an order."
    )
    draft = _parse(text, "en")
    [proposal] = draft.proposals
    assert proposal.evidence[0].quote.startswith("Trump's suggestion")
    quotes = [f.evidence for f in (*draft.proposals, *draft.commitments, *draft.conditions)]
    assert len(set(quotes)) == len(quotes)  # no two facts share all their evidence
    for fact in draft.facts():
        assert all(text[e.start : e.end] == e.quote for e in fact.evidence)


@pytest.mark.parametrize(
    ("text", "lang", "debtor", "required"),
    [
        ("Hamas would stop its attacks only if the Israeli strikes stopped for good.", "en",
         "hamas", "israel"),
        ("Die Hisbollah werde ihre Angriffe einstellen, wenn Israel seine Angriffe einstelle.",
         "de", "hezbollah", "israel"),
    ],
)  # fmt: skip
def test_the_same_act_asked_in_return_is_reciprocity(
    text: str, lang: str, debtor: str, required: str
) -> None:
    draft = _parse(text, lang)
    [condition] = draft.conditions
    assert condition.kind is ConditionKind.reciprocity
    assert (condition.imposed_by, condition.required_of) == ((debtor,), (required,))
    assert {c.debtor for c in draft.commitments} == {(debtor,), (required,)}


# -- sentence-level fallbacks (kg.extract.rules.frames) ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "duration"),
    [
        ("Russland und die Ukraine vereinbarten eine Waffenruhe von zwei Wochen.", "de", "P14D"),
        ("Israel and Hamas agreed on a truce of 60 days.", "en", "P60D"),
    ],
)
def test_an_agreed_event_frame_carries_its_duration(text: str, lang: str, duration: str) -> None:
    draft = _parse(text, lang)
    [agreement] = draft.agreements
    [commitment] = draft.commitments
    assert commitment.id in agreement.commitments
    assert (commitment.term.action, commitment.term.duration) == (ActionType.ceasefire, duration)
    assert set(commitment.debtor) == set(agreement.parties)


@pytest.mark.parametrize(
    ("text", "lang", "duration"),
    [
        ("Rwanda is to withdraw its forces within 90 days.", "en", "P90D"),
        ("Russland soll seine Truppen binnen drei Monaten abziehen.", "de", "P3M"),
    ],
)
def test_a_deadline_is_the_length_of_an_undertaking(text: str, lang: str, duration: str) -> None:
    [commitment] = _parse(text, lang).commitments
    assert commitment.term.action is ActionType.withdraw_forces
    assert commitment.term.duration == duration


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a ceasefire. The plan provides for a truce of three "
         "months."), "en"),
        (("Die USA schlugen eine Waffenruhe vor. Der Plan sieht vor, dass die Waffen drei "
         "Monate lang schweigen."), "de"),
    ],
)  # fmt: skip
def test_a_sentence_without_a_party_adds_its_duration_to_the_proposal(text: str, lang: str) -> None:
    [proposal] = _parse(text, lang).proposals
    assert [t.duration for t in proposal.terms] == ["P3M"]
    assert len(proposal.evidence) == 2  # both sentences


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States put forward a plan for a ceasefire. The RSF accepted the "
         "proposal for a three-month truce."), "en"),
        (("Die USA legten einen Plan für eine Waffenruhe vor. Die RSF stimmten dem Vorschlag "
         "für eine dreimonatige Waffenruhe zu."), "de"),
    ],
)  # fmt: skip
def test_a_stance_lends_its_duration_to_what_it_regards(text: str, lang: str) -> None:
    draft = _parse(text, lang)
    [proposal] = draft.proposals  # the one who accepts proposes nothing
    assert proposal.proposed_by == ("united-states",)
    assert proposal.terms[0].duration == "P3M"
    [position] = draft.positions
    assert (position.party, position.regarding) == ("rapid-support-forces", proposal.id)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (("Sollte die Ukraine ihre Truppen abziehen, werde Russland die Waffenruhe einhalten, "
         "sagte Putin."), "de", "vladimir-putin"),
        (("Russia would release the prisoners only if Ukraine withdrew its troops from Kursk, "
         "Peskov said."), "en", "dmitry-peskov"),
    ],
)  # fmt: skip
def test_a_condition_clause_gates_the_imposers_commitment(
    text: str, lang: str, source: str
) -> None:
    draft = _parse(text, lang)
    [condition] = draft.conditions
    assert condition.kind is ConditionKind.precondition
    assert (condition.required_of, condition.imposed_by) == (("ukraine",), ("russia",))
    assert condition.demands is not None
    assert condition.demands.action is ActionType.withdraw_forces
    assert condition.said_by == (source,)
    [gated] = [c for c in draft.commitments if condition.id in c.conditions]
    assert gated.debtor == ("russia",)
    assert gated.status.value == "conditional"


@pytest.mark.parametrize(
    ("text", "lang", "required", "imposer"),
    [
        (("The Houthis would refrain from targeting US shipping only if the American strikes "
         "stopped for good."), "en", "united-states", "houthis"),
        ("Die Hamas werde die Geiseln freilassen, wenn Israel sich an die Vereinbarung hält.",
         "de", "israel", "hamas"),
    ],
)  # fmt: skip
def test_a_clause_asking_the_same_is_reciprocity(
    text: str, lang: str, required: str, imposer: str
) -> None:
    draft = _parse(text, lang)
    [condition] = draft.conditions
    assert condition.kind is ConditionKind.reciprocity
    assert (condition.required_of, condition.imposed_by) == ((required,), (imposer,))
    mirror = next(c for c in draft.commitments if c.id == condition.mirrors)
    assert mirror.debtor == (required,)
    assert any(condition.id in c.conditions for c in draft.commitments if c.debtor == (imposer,))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ukraine werde die Angriffe einstellen, wenn es regnet.", "de"),
        ("Ukraine would stop its strikes if asked, officials said.", "en"),
    ],
)
def test_a_condition_clause_that_names_nobody_gives_no_condition(text: str, lang: str) -> None:
    assert _parse(text, lang).conditions == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Malaysia offered to send observers to monitor the truce. Phnom Penh welcomed the "
         "proposal; Thailand has yet to reply."), "en"),
        (("Malaysia bot an, Beobachter zur Überwachung der Waffenruhe zu entsenden. Kambodscha "
         "begrüßte den Vorschlag; Thailand äußerte sich nicht."), "de"),
    ],
)  # fmt: skip
def test_each_part_of_a_sentence_takes_its_own_stance(text: str, lang: str) -> None:
    draft = _parse(text, lang)
    [proposal] = draft.proposals
    assert [t.action for t in proposal.terms] == [ActionType.establish_monitoring]
    stances = {(p.party, p.stance, p.regarding) for p in draft.positions}
    assert stances == {
        ("cambodia", Stance.accepts, proposal.id),
        ("thailand", Stance.no_response, proposal.id),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kuba und Norwegen riefen beide Seiten auf, an den Verhandlungstisch zurückzukehren.",
         "de"),
        ("Cuba and Norway called on both sides to return to the negotiating table.", "en"),
    ],
)  # fmt: skip
def test_coordinated_subjects_propose_together(text: str, lang: str) -> None:
    [proposal] = _parse(text, lang).proposals
    assert proposal.proposed_by == ("cuba", "norway")
    assert [t.action for t in proposal.terms] == [ActionType.hold_talks]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der US-Plan verlangt, dass die Hamas ihre Waffen abgibt.", "de"),
        ("Trump's plan demands that Hamas disarm.", "en"),
    ],
)
def test_a_plan_named_after_a_party_makes_its_demands(text: str, lang: str) -> None:
    [condition] = _parse(text, lang).conditions
    assert condition.kind is ConditionKind.demand
    assert (condition.required_of, condition.imposed_by) == (("hamas",), ("united-states",))


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        ("According to the UN, almost 33 million tonnes of grain were shipped.", "en", []),
        ("Nach UN-Angaben wurden rund zwölf Millionen Menschen vertrieben.", "de", []),
        ("Nach Angaben von Merz steht Washington hinter dem Vorstoß.", "de",
         [("friedrich-merz",)]),
        ("The Kremlin said the talks would go on.", "en", [("kremlin",)]),
    ],
)  # fmt: skip
def test_a_source_named_for_a_figure_makes_no_statement(
    text: str, lang: str, speakers: list[tuple[str, ...]]
) -> None:
    statements = [i for i in _parse(text, lang).interactions if i.kind.value == "statement"]
    assert [s.participants for s in statements] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        (("Die USA schlugen eine Waffenruhe vor. Wladimir Putin ging auf die Forderung nicht "
         "ein."), "de", "vladimir-putin"),
        (("Die USA schlugen eine Waffenruhe vor. Zu dem Vorschlag wollte sich Kremlsprecher "
         "Dmitri Peskow nicht äußern."), "de", "kremlin"),
        (("The United States proposed a ceasefire. Kremlin spokesman Dmitry Peskov declined "
         "to comment on the proposal."), "en", "kremlin"),
    ],
)  # fmt: skip
def test_a_silent_person_holds_the_silence_a_spokesperson_the_office(
    text: str, lang: str, holder: str
) -> None:
    [position] = _parse(text, lang).positions
    assert position.party == holder
    assert position.stance in (Stance.no_response, Stance.declines_comment)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Israel und die Hamas haben sich auf eine Waffenruhe geeinigt. Als Vermittler "
          "wirkten Ägypten und Katar mit; auch Frankreich war vor Ort."), "de"),
        (("Israel and Hamas have agreed to a ceasefire. The talks in Cairo were mediated by "
          "Egypt and Qatar; France was also there."), "en"),
    ],
)  # fmt: skip
def test_mediators_named_after_an_agreement_join_it(text: str, lang: str) -> None:
    [agreement] = _parse(text, lang).agreements
    assert agreement.parties == ("hamas", "israel")
    assert agreement.mediators == ("egypt", "qatar")  # not France, after the ';'


def test_mediators_without_an_agreement_before_are_nobodys() -> None:
    draft = _parse("Als Vermittler wirkten Ägypten und Katar mit.", "de")
    assert not draft.agreements


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States and the Houthis have agreed to stop attacking each other. "
          "The understanding, reached with both sides, was meant to secure freedom of "
          "navigation for shipping."), "en"),
        (("Die USA und die Huthi haben eine Waffenruhe vereinbart. "
          "Die Vereinbarung sieht für beide Seiten vor, die freie Schifffahrt zu "
          "gewährleisten."), "de"),
    ],
)  # fmt: skip
def test_what_an_agreement_is_meant_to_do_is_a_commitment(text: str, lang: str) -> None:
    draft = _parse(text, lang)
    [agreement] = draft.agreements
    actions = {c.term.action for c in draft.commitments if c.id in agreement.commitments}
    assert ActionType.ensure_safe_navigation in actions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("The United States proposed a 30-day ceasefire. Washington also proposed making "
          "navigation in the Black Sea safe. Kyiv said it would support such a pause."), "en"),
        (("Die USA schlugen eine Waffenruhe von 30 Tagen vor. Washington schlug zudem die "
          "sichere Schifffahrt im Schwarzen Meer vor. Kiew unterstütze eine solche Pause, "
          "sagte Selenskyj."), "de"),
    ],
)  # fmt: skip
def test_a_pause_named_without_its_kind_regards_the_halt(text: str, lang: str) -> None:
    draft = _parse(text, lang)
    proposals = {p.id: p for p in draft.proposals}
    assert len(proposals) == 2
    [position] = [p for p in draft.positions if p.party == "ukraine"]
    assert {t.action for t in proposals[position.regarding].terms} == {ActionType.ceasefire}


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        (("Die Regierung von Präsident Gustavo Petro hatte eine Feuerpause angeboten. Die ELN "
          "lehnte dies in einer Erklärung ab. Eine Verlängerung komme nur in Frage, wenn die "
          "Regierung die Guerilla nicht länger verfolge, hieß es darin."), "de",
         (ConditionKind.precondition, ("colombia",), ("eln",))),
        (("The government of Colombia had offered a ceasefire. The ELN rejected it in a "
          "statement. The group would extend the truce only if the government stopped its "
          "raids."), "en", (ConditionKind.precondition, ("colombia",), ("eln",))),
        (("Die kolumbianische Regierung hatte eine Feuerpause angeboten. Die ELN lehnte dies "
          "ab. Die Regierung verlangt seit Monaten, dass die ELN Entführungen aufgibt."), "de",
         (ConditionKind.demand, ("eln",), ("colombia",))),
        (("The Colombian government had offered a ceasefire. The ELN rejected it. The "
          "government has long demanded that the ELN end kidnappings."), "en",
         (ConditionKind.demand, ("eln",), ("colombia",))),
    ],
)  # fmt: skip
def test_a_bare_government_is_the_state_named_for_it_before(
    text: str, lang: str, key: tuple[object, ...]
) -> None:
    keys = {(c.kind, c.required_of, c.imposed_by) for c in _parse(text, lang).conditions}
    assert key in keys


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Katar schlug eine Waffenruhe von 30 Tagen vor. Die RSF teilten mit, sie akzeptierten "
          "die Waffenruhe, die Katar mit den USA ausgearbeitet hatte."), "de"),
        (("Qatar proposed a 30-day ceasefire. The RSF said in a statement that they accepted "
          "the truce, which Qatar had drafted with the United States."), "en"),
    ],
)  # fmt: skip
def test_a_pronoun_before_a_stance_is_its_speaker(text: str, lang: str) -> None:
    holders = {p.party for p in _parse(text, lang).positions}
    assert holders == {"rapid-support-forces"}
