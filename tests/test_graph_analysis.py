"""Positions, conditions, sources and the timeline, against what the annotations say."""

from __future__ import annotations

from functools import cache

import networkx as nx
import pytest

import kg

EXAMPLES = kg.example_dir()
SEED = "energy-pause-call-de"
SEED_EN = "energy-pause-call-en"
EASTER = "easter-truce-dispute-en"


@cache
def projection(*names: str) -> nx.MultiDiGraph[str]:
    annotations = kg.read_annotations([EXAMPLES / f"{n}.yaml" for n in names])
    return kg.to_networkx(kg.build_dataset(annotations))


# positions ----------------------------------------------------------------------------


def test_positions_on_the_energy_pause() -> None:
    [answer] = kg.find_positions(projection(SEED), "us-energy-pause")
    assert answer.addressees == ("russia", "ukraine")
    assert answer.parties("accepts_with_conditions") == ("russia",)
    assert answer.parties("no_response") == ("ukraine",)
    assert answer.parties("rejects") == ()
    assert answer.unanswered == ("ukraine",)
    russia = next(p for p in answer.positions if p.party == "russia")
    assert [c.id for c in russia.conditions] == ["kyiv-reciprocity-energy"]
    assert russia.commitment is not None
    assert russia.commitment.id == "russia-energy-pause"
    assert russia.position.source == "kremlin"


def test_positions_per_article_and_an_answer_in_principle() -> None:
    answers = kg.find_positions(projection(SEED, SEED_EN), "us-energy-pause")
    assert [a.proposal.article for a in answers] == [SEED, SEED_EN]
    # energy-pause-call-en: Zelensky says Ukraine would support it, so Ukraine answered
    assert answers[1].parties("accepts") == ("ukraine",)
    assert answers[1].unanswered == ()
    [only_en] = kg.find_positions(projection(SEED, SEED_EN), "us-energy-pause", article=SEED_EN)
    assert only_en == answers[1]


def test_unanswered() -> None:
    found = [
        (u.proposal.id, u.party, [s.id for s in u.silences])
        for u in kg.find_unanswered(projection(SEED))
    ]
    # Russia answered both other US proposals (conditions; considers), Ukraine the ceasefire
    assert found == [("us-energy-pause", "ukraine", ["ukraine-no-response-energy-pause"])]


def test_positions_on_a_demand_and_an_agreement() -> None:
    [demand] = kg.find_positions(projection(SEED), "no-weapons-precondition")
    assert (demand.addressees, demand.positions, demand.unanswered) == (
        ("the-west",),
        (),
        ("the-west",),
    )
    [agreement] = kg.find_positions(projection(SEED), "pow-exchange-175")
    assert agreement.addressees == ()
    assert [(p.party, p.stance) for p in agreement.positions] == [("white-house", "no_response")]


def test_unknown_proposal() -> None:
    with pytest.raises(kg.GraphError, match="did you mean us-energy-pause"):
        kg.find_positions(projection(SEED), "us-energy-paus")


# conditions ---------------------------------------------------------------------------


def test_conditions_by_party() -> None:
    groups = {g.party: g for g in kg.conditions_by_party(projection(SEED))}
    assert sorted(groups) == ["russia", "the-west", "ukraine"]
    russia = groups["russia"]
    assert [c.condition.id for c in russia.imposes] == [
        "kyiv-reciprocity-energy",
        "monitoring-precondition",
        "no-weapons-precondition",
        "no-intelligence-precondition",
    ]
    assert [c.condition.id for c in russia.required_of] == ["moscow-reciprocity-general"]
    assert [c.condition.id for c in groups["the-west"].required_of] == [
        "no-weapons-precondition",
        "no-intelligence-precondition",
    ]
    assert groups["the-west"].imposes == ()


def test_condition_details() -> None:
    info = {c.condition.id: c for c in kg.list_conditions(projection(SEED))}
    kyiv = info["kyiv-reciprocity-energy"]
    assert (kyiv.kind, kyiv.imposed_by, kyiv.required_of) == (
        "reciprocity",
        ("russia",),
        ("ukraine",),
    )
    assert kyiv.mirrors is not None
    assert kyiv.mirrors.id == "ukraine-energy-pause"
    assert [g.id for g in kyiv.gates] == ["russia-energy-pause"]
    assert [p.id for p in kyiv.attached_by] == ["russia-accepts-energy-pause"]
    weapons = info["no-weapons-precondition"]
    assert weapons.kind == "precondition"
    assert weapons.mirrors is None
    assert weapons.asks == "halt_arms_deliveries (weapons) by the-west"
    assert weapons.gates == ()
    assert [p.id for p in weapons.attached_by] == ["russia-on-general-ceasefire"]
    assert [c.condition.id for c in kg.list_conditions(projection(SEED), party="ukraine")] == [
        "kyiv-reciprocity-energy",
        "moscow-reciprocity-general",
    ]


# sources ------------------------------------------------------------------------------


def test_the_prisoner_exchange_is_announced_by_one_side_only() -> None:
    G = projection(SEED, SEED_EN)
    by_source = {g.refers_to for g in kg.find_single_source(G)}
    by_side = {g.refers_to: g for g in kg.find_single_source(G, by_side=True)}
    ref = "pow-exchange-175-2025-03-19"
    assert ref not in by_source  # Putin (de) and the Kremlin (en) are two sources…
    group = by_side[ref]  # …of one side
    assert (group.sources, group.sides) == (("kremlin", "vladimir-putin"), ("russia",))
    assert group.articles == (SEED, SEED_EN)
    assert [f.id for f in group.facts] == ["pow-exchange-175", "pow-exchange-175"]
    # the energy-first understanding: only the White House, in both articles
    assert "energy-first-understanding-2025-03-18" in by_source
    # the general-ceasefire positions: the Kremlin and Zelensky
    assert "russia-position-general-ceasefire-2025" not in by_side


def test_disagreements_in_the_easter_truce() -> None:
    found = {
        (d.subject, d.what): [(a.fact.id, a.value, a.source) for a in d.accounts]
        for d in kg.find_disagreements(projection(EASTER))
    }
    assert found[("easter-truce-2025.russia", "status")] == [
        ("russia-easter-truce", "expired", "vladimir-putin"),
        ("russia-easter-truce-observed", "fulfilled", "russian-defence-ministry"),
        ("russia-easter-truce-violated", "violated", "volodymyr-zelensky"),
    ]
    assert found[("easter-truce-2025.ukraine", "status")] == [
        ("ukraine-mirror-truce", "conditional", "volodymyr-zelensky"),
        ("ukraine-mirror-truce-violated", "violated", "russian-defence-ministry"),
    ]
    # positions of one party on one proposal: Russia's answer to the extension
    assert found[("russia on ukraine-easter-truce-extension-2025", "stance")] == [
        ("russia-no-order-to-extend", "rejects", "dmitry-peskov"),
        ("russia-no-response-extension", "no_response", "volodymyr-zelensky"),
    ]
    # Putin (expired) and the defence ministry (fulfilled) speak for one side: each
    # disagrees with Zelensky (violated), not with the other
    [russia] = [
        d
        for d in kg.find_disagreements(projection(EASTER))
        if d.subject == "easter-truce-2025.russia"
    ]
    assert {(a.fact.id, b.fact.id) for a, b in russia.pairs()} == {
        ("russia-easter-truce", "russia-easter-truce-violated"),
        ("russia-easter-truce-observed", "russia-easter-truce-violated"),
    }


def test_disagreements_in_the_energy_pause_accounts() -> None:
    found = {d.subject: d for d in kg.find_disagreements(projection(SEED, SEED_EN))}
    breach = found["russia-energy-pause-commitment-2025"]
    assert {(a.value, a.source) for a in breach.accounts} == {
        ("conditional", "kremlin"),
        ("violated", "volodymyr-zelensky"),
    }
    # positions of one party on the same proposal (linked across articles by refers_to)
    ukraine = found["ukraine on us-energy-strike-pause-2025"]
    assert ukraine.what == "stance"
    assert [(a.fact.article, a.value) for a in ukraine.accounts] == [
        (SEED, "no_response"),
        (SEED_EN, "no_response"),
        (SEED_EN, "accepts"),
    ]
    general = found["russia on us-general-ceasefire-30d-2025"]
    assert general.what == "stance"
    assert {(a.value, a.sides) for a in general.accounts} == {
        ("accepts_with_conditions", ("russia",)),
        ("rejects", ("ukraine",)),
    }
    # the same side twice (the Kremlin in both articles) is no disagreement
    assert "russia on us-energy-strike-pause-2025" not in found


def test_silences() -> None:
    found = [
        (s.party, s.stance, s.regarding.id if s.regarding else None, s.position.source)
        for s in kg.find_silences(projection(SEED))
    ]
    assert found == [
        ("ukraine", "no_response", "us-energy-pause", "outlet Rhein-Kurier"),
        ("white-house", "no_response", "pow-exchange-175", "outlet Rhein-Kurier"),
    ]
    declines = kg.find_silences(projection("istanbul-exchange-de"))
    assert ("kremlin", "declines_comment") in {(s.party, s.stance) for s in declines}


# timeline -----------------------------------------------------------------------------


def test_timeline_order_and_dates() -> None:
    G = projection(SEED, EASTER)
    events = kg.build_timeline(G)
    assert events == kg.build_timeline(G)
    dates = [e.date for e in events]
    assert dates == sorted(dates)
    kinds = {e.fact.kind for e in events}
    assert kinds == {"interaction", "proposal", "position", "agreement"}
    first = [(e.date, e.dated_by, e.fact.id) for e in events[:3]]
    assert first == [
        ("2025-02-12", "date", "call-trump-putin-february"),
        ("2025-03-11", "date", "jeddah-meeting"),
        ("2025-03-11", "interaction", "us-general-ceasefire"),
    ]
    position = next(e for e in events if e.fact.id == "ukraine-no-response-energy-pause")
    assert (position.date, position.dated_by) == ("2025-03-18", "published")
    assert position.what == "ukraine no_response us-energy-pause"
    # the German article (18 March) comes before the Easter article (21 April)
    articles = [e.fact.article for e in events]
    assert max(i for i, a in enumerate(articles) if a == SEED) < articles.index(EASTER)


def test_timeline_kinds() -> None:
    events = kg.build_timeline(projection(SEED), kinds=["interaction"])
    assert {e.fact.kind for e in events} == {"interaction"}
    with pytest.raises(kg.GraphError, match="unknown fact kind 'party'; use one of: interaction"):
        kg.build_timeline(projection(SEED), kinds=["party"])


def test_term_changes_between_the_two_accounts() -> None:
    changes = [
        (c.refers_to, c.field, c.before, c.after, c.earlier.article, c.later.article)
        for c in kg.find_term_changes(projection(SEED, SEED_EN))
    ]
    assert changes == [
        (
            "black-sea-ceasefire-2025",
            "terms[0].place",
            "Schwarzes Meer",
            "Black Sea",
            SEED,
            SEED_EN,
        ),
        (
            "russia-release-23-wounded-2025-03-19",
            "terms[0].unit",
            "severely wounded soldiers",
            "severely wounded servicemen",
            SEED,
            SEED_EN,
        ),
    ]
    assert kg.find_term_changes(projection(SEED)) == []
