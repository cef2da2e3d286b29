"""Tests of the fifth round of parser rules: armies, both sides, demand lists, follow-ups."""

from __future__ import annotations

import pytest

from kg.codes import ActionType, ConditionKind
from kg.extract import parse
from kg.extract.parties import find_mentions, state_of
from kg.extract.referents import add_army_mentions, army_of, both_sides, note_sides
from kg.extract.rules.followups import OBLIGATION
from kg.extract.rules.terms import find_terms

DAY = "2025-11-06"


def _armies(texts: list[str], lang: str) -> list[list[tuple[str, str]]]:
    found = add_army_mentions(texts, [find_mentions(t, lang) for t in texts], lang)
    return [[(m.text, m.party_id) for m in ms] for ms in found]


def test_an_army_in_the_gazetteer_is_a_party_of_its_own() -> None:
    assert state_of("sudanese-armed-forces") == "sudanese-armed-forces"
    assert state_of("kremlin") == "russia"
    assert army_of("sudan") == "sudanese-armed-forces"
    assert army_of("colombia") == "colombia"


@pytest.mark.parametrize(
    ("texts", "lang", "expected"),
    [
        (["Im Sudan kämpfen die RSF.", "Die Armee lehnte ab."], "de",
         [("Armee", "sudanese-armed-forces")]),
        (["Kolumbien verhandelt mit der ELN.", "Das Militär soll Angriffe einstellen."], "de",
         [("Militär", "colombia")]),
        (["Fighting resumed in Sudan.", "The army rejected the plan."], "en",
         [("army", "sudanese-armed-forces")]),
        (["Talks with Colombia stalled.", "The military kept quiet."], "en",
         [("military", "colombia")]),
        (["The army rejected the plan."], "en", []),
    ],
)  # fmt: skip
def test_a_bare_army_is_the_army_of_the_state_named_last(
    texts: list[str], lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _armies(texts, lang)[-1] == expected


def test_an_army_named_before_is_what_a_bare_army_means() -> None:
    texts = [
        "Die sudanesische Armee lehnte ab.",
        "Die USA vermitteln.",
        "Die Armee verlangt, dass die RSF abziehen.",
    ]
    found = _armies(texts, "de")[-1]
    assert ("Armee", "sudanese-armed-forces") in found
    english = _armies(["Sudan's army refused.", "The US mediates.", "The army is wary."], "en")
    assert english[-1] == [("army", "sudanese-armed-forces")]


def test_both_sides_are_the_parties_named_most_or_of_the_last_agreement() -> None:
    memo: dict[str, object] = {}
    note_sides(memo, find_mentions("Die RSF und die sudanesische Armee kämpfen.", "de"))
    note_sides(memo, find_mentions("Die RSF griffen die Armee an; die USA vermitteln.", "de"))
    assert both_sides(memo, []) == ("rapid-support-forces", "sudanese-armed-forces")
    assert both_sides(memo, [("armenia", "azerbaijan")]) == ("armenia", "azerbaijan")
    assert both_sides(memo, [], exclude={"rapid-support-forces"}) == (
        "sudanese-armed-forces",
        "united-states",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Die RSF und die sudanesische Armee kämpfen seit Monaten. Die RSF griffen erneut an. "
         "Die Vereinten Nationen forderten beide Seiten auf, Helfern Zugang zu gewähren."), "de"),
        (("The RSF and the Sudanese army have fought for months. The RSF attacked again. "
         "The United Nations urged both sides to give aid workers safe access."), "en"),
    ],
)  # fmt: skip
def test_a_demand_of_both_sides_is_required_of_the_two_sides(text: str, lang: str) -> None:
    draft = parse(text, lang=lang, published=DAY, article_id="x")
    required = {c.required_of for c in draft.conditions if c.imposed_by == ("united-nations",)}
    assert required == {("rapid-support-forces", "sudanese-armed-forces")}


@pytest.mark.parametrize(
    ("text", "lang", "actions"),
    [
        (("Der US-Plan verlangt, dass die Hamas ihre Waffen abgibt und auf jede Rolle in der "
         "Verwaltung verzichtet."), "de", [ActionType.other, ActionType.other]),
        (("Moskau verlangt, dass die Ukraine ihre Truppen aus den Gebieten abzieht, auf einen "
         "Nato-Beitritt verzichtet und im Herbst Wahlen abhält."), "de",
         [ActionType.withdraw_forces, ActionType.other, ActionType.other]),
        (("Moscow demanded that Kyiv withdraw its troops from four regions and hold new "
         "elections within a year."), "en", [ActionType.withdraw_forces, ActionType.other]),
    ],
)  # fmt: skip
def test_a_list_of_demands_gives_one_condition_per_item(
    text: str, lang: str, actions: list[ActionType]
) -> None:
    draft = parse(text, lang=lang, published=DAY, article_id="x")
    conditions = sorted(draft.conditions, key=lambda c: c.evidence[0].start or 0)
    assert [c.demands.action for c in conditions if c.demands is not None] == actions
    assert {c.kind for c in conditions} == {ConditionKind.demand}
    starts = [c.evidence[0].start or 0 for c in conditions]
    assert starts == sorted(set(starts))  # each item its own evidence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moskau verlangt, dass die USA und Russland verhandeln.", "de"),
        ("Moscow demanded that Kyiv and Washington talk.", "en"),
    ],
)
def test_a_short_coordination_is_no_list_of_demands(text: str, lang: str) -> None:
    draft = parse(text, lang=lang, published=DAY, article_id="x")
    assert len(draft.conditions) <= 1


@pytest.mark.parametrize(
    ("text", "lang", "actions"),
    [
        (("Die USA schlugen eine Waffenruhe von drei Monaten vor. Die RSF stimmten zu. "
         "Der Plan sieht vor, dass die Waffen schweigen. In dieser Zeit sollen Helfer "
         "ungehinderten Zugang erhalten. Anschließend soll ein politischer Übergang folgen."),
         "de",
         {ActionType.ceasefire, ActionType.allow_humanitarian_access, ActionType.other}),
        (("The United States proposed a three-month ceasefire. The RSF agreed. The plan "
         "provides for the guns to fall silent. Aid agencies are to get unhindered access. "
         "A political transition is to follow within nine months."),
         "en",
         {ActionType.ceasefire, ActionType.allow_humanitarian_access, ActionType.other}),
    ],
)  # fmt: skip
def test_a_proposal_stated_over_several_sentences_takes_their_terms(
    text: str, lang: str, actions: set[ActionType]
) -> None:
    draft = parse(text, lang=lang, published=DAY, article_id="x")
    (proposal,) = draft.proposals
    assert {t.action for t in proposal.terms} == actions
    assert len(proposal.evidence) == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Die USA schlugen eine Waffenruhe vor. Russland soll die Angriffe einstellen, "
         "sagte Kiew."), "de"),
        ("The United States proposed a ceasefire. Russia must stop its attacks, Kyiv said.",
         "en"),
        (("The United States proposed a ceasefire. Russia rejected it. The talks are to "
         "resume. Hamas is to disarm. Prisoners are to be released."), "en"),
    ],
)  # fmt: skip
def test_another_subject_or_a_later_sentence_does_not_continue_a_proposal(
    text: str, lang: str
) -> None:
    draft = parse(text, lang=lang, published=DAY, article_id="x")
    actions = [{t.action for t in p.terms} for p in draft.proposals]
    assert {ActionType.ceasefire} in actions
    assert all(ActionType.release_persons not in a for a in actions)
    assert all(ActionType.halt_attacks not in a for a in actions)


@pytest.mark.parametrize(
    ("text", "lang", "hit"),
    [
        ("Zudem sollen die Milizen entwaffnet werden", "de", True),
        ("Die Regierung verpflichtet sich, die Gefangenen freizulassen", "de", True),
        ("Der Plan sieht eine Waffenruhe vor", "de", True),
        ("Die Armee lehnte ab", "de", False),
        ("Phase one is to last 42 days", "en", True),
        ("Both sides committed to a truce", "en", True),
        ("The army refused", "en", False),
    ],
)
def test_obligation_cues(text: str, lang: str, hit: bool) -> None:
    assert bool(OBLIGATION[lang].search(text)) is hit


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Helfer sollen ungehinderten Zugang zu allen Landesteilen erhalten", "de"),
        ("Hilfsorganisationen sollen Zugang erhalten", "de"),
        ("aid agencies would get unhindered access to all regions", "en"),
        ("the deal provides for aid deliveries", "en"),
    ],
)
def test_access_for_aid_is_humanitarian_access(text: str, lang: str) -> None:
    actions = [h.action for h in find_terms(text, lang)]
    assert ActionType.allow_humanitarian_access in actions
