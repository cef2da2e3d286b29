"""Tests of kg.gazetteer: the bundled party file, lookups, mention finding, load errors."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from kg.codes import PartyKind
from kg.errors import GazetteerError, KgFileError
from kg.gazetteer import Gazetteer, Mention, load_gazetteer
from kg.model import Party

STATES = [
    "russia", "ukraine", "united-states", "china", "israel", "qatar", "egypt", "turkey",
    "saudi-arabia", "united-arab-emirates", "united-kingdom", "france", "germany", "poland",
    "belarus", "iran",
]  # fmt: skip
ORGANISATIONS = ["european-union", "united-nations", "nato", "icrc", "iaea"]
BODIES = {
    "kremlin": "russia",
    "white-house": "united-states",
    "ukraine-presidential-office": "ukraine",
    "russian-foreign-ministry": "russia",
    "russian-defence-ministry": "russia",
    "us-state-department": "united-states",
    "ukraine-foreign-ministry": "ukraine",
    "china-commerce-ministry": "china",
    "us-trade-representative": "united-states",
    "israel-prime-ministers-office": "israel",
    "european-commission": "european-union",
    "ukraine-pow-coordination-headquarters": "ukraine",
}
#: Person -> what they act for as of 2025 (empty: out of office).
PERSONS = {
    "vladimir-putin": ("kremlin",),
    "donald-trump": ("white-house",),
    "volodymyr-zelensky": ("ukraine-presidential-office",),
    "steve-witkoff": ("white-house",),
    "marco-rubio": ("us-state-department",),
    "sergey-lavrov": ("russian-foreign-ministry",),
    "dmitry-peskov": ("kremlin",),
    "yuri-ushakov": ("kremlin",),
    "kirill-dmitriev": ("kremlin",),
    "joe-biden": (),
    "keir-starmer": ("united-kingdom",),
    "emmanuel-macron": ("france",),
    "friedrich-merz": ("germany",),
    "donald-tusk": ("poland",),
    "xi-jinping": ("china",),
    "he-lifeng": ("china",),
    "scott-bessent": ("united-states",),
    "jamieson-greer": ("us-trade-representative",),
    "benjamin-netanyahu": ("israel-prime-ministers-office",),
    "recep-tayyip-erdogan": ("turkey",),
    "antonio-guterres": ("united-nations",),
    "mike-waltz": ("united-states",),
    "rustem-umerov": ("ukraine",),
    "vladimir-medinsky": ("kremlin",),
    "andriy-yermak": ("ukraine-presidential-office",),
    "andrii-sybiha": ("ukraine-foreign-ministry",),
    "kaja-kallas": ("european-union",),
    "ursula-von-der-leyen": ("european-commission",),
    "mohammed-bin-abdulrahman-al-thani": ("qatar",),
    "mark-rutte": ("nato",),
    "hakan-fidan": ("turkey",),
    "abdel-fattah-el-sisi": ("egypt",),
    "mohammed-bin-salman": ("saudi-arabia",),
}
#: Wikidata ids confirmed against public sources (see the report of the gazetteer work).
WIKIDATA = {
    "russia": "Q159",
    "ukraine": "Q212",
    "united-states": "Q30",
    "china": "Q148",
    "germany": "Q183",
    "european-union": "Q458",
    "nato": "Q7184",
    "united-nations": "Q1065",
    "icrc": "Q5987345",
    "iaea": "Q41984",
    "white-house": "Q1355327",
    "vladimir-putin": "Q7747",
    "donald-trump": "Q22686",
    "volodymyr-zelensky": "Q3874799",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "parties.yaml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> GazetteerError:
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(write(tmp_path, text))
    return info.value


def mentions(gaz: Gazetteer, text: str, **kw: str) -> list[tuple[str, str]]:
    found = gaz.find_mentions(text, **kw)
    assert all(text[m.start : m.end] == m.text for m in found)
    return [(m.text, m.party_id) for m in found]


# ── The bundled file ──────────────────────────────────────────────────────────────────────


def test_bundled_file_loads_and_is_cached(gaz: Gazetteer) -> None:
    assert len(gaz) >= 68
    assert load_gazetteer() is load_gazetteer()


def test_every_fixed_id_is_present_with_its_kind(gaz: Gazetteer) -> None:
    expected = dict.fromkeys(STATES, PartyKind.state)
    expected |= dict.fromkeys(ORGANISATIONS, PartyKind.organisation)
    expected |= dict.fromkeys(BODIES, PartyKind.government_body)
    expected |= dict.fromkeys(PERSONS, PartyKind.person)
    expected |= {"the-west": PartyKind.group, "hamas": PartyKind.armed_group}
    assert len(expected) == 68
    kinds = {party.id: party.kind for party in gaz if party.id in expected}
    assert kinds == expected


def test_every_party_has_names_in_both_languages_and_a_description(gaz: Gazetteer) -> None:
    for party in gaz:
        assert party.name_en.strip(), party.id
        assert party.name_de.strip(), party.id
        assert party.description, party.id


def test_wikidata_ids_are_unique(gaz: Gazetteer) -> None:
    ids = [party.wikidata for party in gaz if party.wikidata is not None]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 30


@pytest.mark.parametrize(("party_id", "qid"), sorted(WIKIDATA.items()))
def test_wikidata_ids_of_key_parties(gaz: Gazetteer, party_id: str, qid: str) -> None:
    party = gaz.get(party_id)
    assert party is not None
    assert party.wikidata == qid


def test_no_name_or_alias_is_shared_by_two_parties(gaz: Gazetteer) -> None:
    owner: dict[str, str] = {}
    for party in gaz:
        names = [party.name_en, party.name_de, *party.aliases_en, *party.aliases_de]
        for name in names:
            key = " ".join(name.casefold().split())
            assert owner.setdefault(key, party.id) == party.id, (name, owner[key], party.id)


@pytest.mark.parametrize(("person", "acts_for"), sorted(PERSONS.items()))
def test_persons_act_for_the_expected_state_or_body(
    gaz: Gazetteer, person: str, acts_for: tuple[str, ...]
) -> None:
    party = gaz.get(person)
    assert party is not None
    assert party.acts_for == acts_for


@pytest.mark.parametrize(("body", "state"), sorted(BODIES.items()))
def test_government_bodies_act_for_their_state(gaz: Gazetteer, body: str, state: str) -> None:
    party = gaz.get(body)
    assert party is not None
    assert party.acts_for == (state,)


def test_the_west_is_a_group_with_members(gaz: Gazetteer) -> None:
    west = gaz.get("the-west")
    assert west is not None
    assert west.kind is PartyKind.group
    assert west.members == ("european-union", "nato", "united-kingdom", "united-states")


# ── Lookups ───────────────────────────────────────────────────────────────────────────────


def test_lookups(gaz: Gazetteer) -> None:
    assert "kremlin" in gaz
    assert "moskau" not in gaz
    assert 42 not in gaz
    assert gaz.get("nowhere") is None
    assert gaz.ids() == sorted(gaz.ids())
    assert [party.id for party in gaz] == gaz.ids()
    assert len(gaz) == len(gaz.ids())
    assert repr(gaz) == f"<Gazetteer: {len(gaz)} parties>"


def test_gazetteer_is_immutable(gaz: Gazetteer) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        gaz._by_id = {}
    with pytest.raises(AttributeError, match="immutable"):
        del gaz._by_id


def test_closure_follows_acts_for_and_members(gaz: Gazetteer) -> None:
    assert gaz.closure(["dmitry-peskov"]) == ["dmitry-peskov", "kremlin", "russia"]
    assert gaz.closure(["jamieson-greer", "xi-jinping"]) == [
        "china",
        "jamieson-greer",
        "united-states",
        "us-trade-representative",
        "xi-jinping",
    ]
    assert gaz.closure(["the-west"]) == [
        "european-union",
        "nato",
        "the-west",
        "united-kingdom",
        "united-states",
    ]
    assert gaz.closure([]) == []


def test_closure_keeps_unknown_ids_as_they_are(gaz: Gazetteer) -> None:
    assert gaz.closure(["local-party", "kremlin"]) == ["kremlin", "local-party", "russia"]


def test_closure_refuses_a_bare_string(gaz: Gazetteer) -> None:
    with pytest.raises(TypeError, match=re.escape("e.g. ['kremlin']")):
        gaz.closure("kremlin")


# ── Mentions ──────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "mention", "party_id"),
    [
        ("Der Kreml lehnte ab.", "Kreml", "kremlin"),
        ("Laut Kreml-Angaben ist nichts vereinbart.", "Kreml", "kremlin"),
        ("Die Sprecherin des Kremls schwieg.", "Kremls", "kremlin"),
        ("The Kremlin said it would consider the offer.", "Kremlin", "kremlin"),
        ("Moskau stimmte der Feuerpause zu.", "Moskau", "kremlin"),
        ("Moscow has agreed to a 30-day pause.", "Moscow", "kremlin"),
        ("Kiew hat noch nicht reagiert.", "Kiew", "ukraine"),
        ("Kyiv has not responded.", "Kyiv", "ukraine"),
        ("Das Weisse Haus teilte mit, man habe sich geeinigt.", "Weisse Haus", "white-house"),
        ("Das Weiße Haus teilte mit, man habe sich geeinigt.", "Weiße Haus", "white-house"),
        ("Ein Weisses Haus ohne Plan.", "Weisses Haus", "white-house"),
        ("Ein Weißes Haus ohne Plan.", "Weißes Haus", "white-house"),
        ("The White House said so.", "White House", "white-house"),
        ("Nach Angaben des Weissen Hauses gilt die Pause.", "Weissen Hauses", "white-house"),
        ("Nach Angaben des Weißen Hauses gilt die Pause.", "Weißen Hauses", "white-house"),
        ("Im Weissen Haus hiess es, man warte.", "Weissen Haus", "white-house"),
        ("Washington will sanctions lifted only later.", "Washington", "united-states"),
        ("Der US-Vorschlag sieht 30 Tage vor.", "US", "united-states"),
        ("Putins Angebot", "Putins", "vladimir-putin"),
        ("Kremlchef Wladimir Putin", "Kremlchef", "vladimir-putin"),
        ("Präsident Selenski sagte", "Selenski", "volodymyr-zelensky"),
        ("Präsident Selenskyj sagte", "Selenskyj", "volodymyr-zelensky"),
        ("President Zelenskyy said", "Zelenskyy", "volodymyr-zelensky"),
        ("Aussenminister Sergej Lawrow sagte", "Sergej Lawrow", "sergey-lavrov"),
        ("Die EU-Kommission schlägt vor", "EU-Kommission", "european-commission"),
        ("the Trump administration said", "Trump administration", "white-house"),
    ],
)
def test_seed_metonyms_resolve_with_offsets(
    gaz: Gazetteer, text: str, mention: str, party_id: str
) -> None:
    found = gaz.find_mentions(text)
    start = text.index(mention)
    assert Mention(start, start + len(mention), mention, party_id) in found


def test_offsets_index_the_original_text_when_sz_and_ss_differ(gaz: Gazetteer) -> None:
    text = "Straße: laut dem Weißen Haus und dem WEISSEN HAUS"
    found = gaz.find_mentions(text)
    assert found == [
        Mention(17, 28, "Weißen Haus", "white-house"),
        Mention(37, 49, "WEISSEN HAUS", "white-house"),
    ]


def test_white_space_and_apostrophes_are_normalised(gaz: Gazetteer) -> None:
    assert mentions(gaz, "des Weissen\nHauses") == [("Weissen\nHauses", "white-house")]
    assert mentions(gaz, "Zelensky\u2019s office said") == [
        ("Zelensky\u2019s office", "ukraine-presidential-office")
    ]


def test_short_aliases_are_case_sensitive(gaz: Gazetteer) -> None:
    assert mentions(gaz, "He told us about the EU and the UN.") == [
        ("EU", "european-union"),
        ("UN", "united-nations"),
    ]
    assert mentions(gaz, "eu un usa Uk") == []
    assert mentions(gaz, "Xi met Pope Pius XI") == [("Xi", "xi-jinping")]


def test_long_aliases_are_case_insensitive(gaz: Gazetteer) -> None:
    assert mentions(gaz, "KREML und nato") == [("KREML", "kremlin"), ("nato", "nato")]


def test_no_match_inside_a_word(gaz: Gazetteer) -> None:
    assert mentions(gaz, "Russlandpolitik, Kremlinologie, Putinversteher, JERUSALEM") == []


def test_hyphenated_compounds_match_their_first_part(gaz: Gazetteer) -> None:
    assert mentions(gaz, "Nato-Gipfel, Hamas-Führung, USA-Besuch") == [
        ("Nato", "nato"),
        ("Hamas", "hamas"),
        ("USA", "united-states"),
    ]


def test_longest_alias_wins(gaz: Gazetteer) -> None:
    assert mentions(gaz, "EU-Kommissionsvorschlag und EU-Kommission") == [
        ("EU", "european-union"),
        ("EU-Kommission", "european-commission"),
    ]
    assert mentions(gaz, "Kreml-Sprecher Dmitri Peskow") == [
        ("Kreml-Sprecher", "dmitry-peskov"),
        ("Dmitri Peskow", "dmitry-peskov"),
    ]
    assert mentions(gaz, "Die UN-Atombehörde") == [("UN-Atombehörde", "iaea")]


def test_language_restricts_the_aliases(gaz: Gazetteer) -> None:
    text = "Kiew und Kyiv, Moskau und Moscow"
    assert mentions(gaz, text, language="de") == [
        ("Kiew", "ukraine"),
        ("Kyiv", "ukraine"),
        ("Moskau", "kremlin"),
    ]
    assert mentions(gaz, text, language="en") == [("Kyiv", "ukraine"), ("Moscow", "kremlin")]


@pytest.mark.parametrize(
    ("text", "party_id"),
    [
        ("Putin habe das Militär angewiesen", "vladimir-putin"),
        ("hieß es in Washington", "united-states"),
        ("Trump will den Krieg beenden", "donald-trump"),
        ("Der Sondergesandte Witkoff schwieg", "steve-witkoff"),
        ("Erdogan empfing die Delegationen", "recep-tayyip-erdogan"),
        ("Guterres begrüsste die Einigung", "antonio-guterres"),
    ],
)
def test_language_neutral_names_are_german_aliases_too(
    gaz: Gazetteer, text: str, party_id: str
) -> None:
    assert [m.party_id for m in gaz.find_mentions(text, language="de")] == [party_id]


def test_unknown_language_is_refused(gaz: Gazetteer) -> None:
    with pytest.raises(ValueError, match="language must be 'de', 'en' or None, not 'fr'"):
        gaz.find_mentions("Paris", language="fr")


def test_find_mentions_scales_to_long_texts(gaz: Gazetteer) -> None:
    text = "Der Kreml und das Weisse Haus verhandeln in Riad über eine Feuerpause. " * 5000
    found = gaz.find_mentions(text)
    assert len(found) == 10000
    assert found[-1].end == len(text) - len(" verhandeln in Riad über eine Feuerpause. ")


# ── Building in code ──────────────────────────────────────────────────────────────────────


def party(pid: str, **kw: object) -> Party:
    fields: dict[str, object] = {"kind": "group", "name_en": pid.title(), "name_de": pid.upper()}
    return Party.model_validate({"id": pid, **fields, **kw})


def test_gazetteer_from_parties() -> None:
    gaz = Gazetteer([party("b", acts_for=["a"]), party("a")])
    assert gaz.ids() == ["a", "b"]
    assert gaz.closure(["b"]) == ["a", "b"]
    assert mentions(gaz, "A and B") == [("A", "a"), ("B", "b")]


def test_gazetteer_from_parties_checks_them() -> None:
    with pytest.raises(GazetteerError, match=re.escape("a → b → a")) as info:
        Gazetteer([party("a", acts_for=["b"]), party("b", acts_for=["a"])])
    assert info.value.problems[0].field == "a.acts_for[0]"
    assert info.value.problems[0].line is None


def test_with_parties_adds_article_local_parties(gaz: Gazetteer) -> None:
    local = party("ru-delegation", name_en="the Russian delegation", acts_for=["kremlin"])
    bigger = gaz.with_parties([local])
    assert len(bigger) == len(gaz) + 1
    assert "ru-delegation" not in gaz
    assert bigger.closure(["ru-delegation"]) == ["kremlin", "ru-delegation", "russia"]
    assert mentions(bigger, "the Russian delegation and the Kremlin") == [
        ("the Russian delegation", "ru-delegation"),
        ("Kremlin", "kremlin"),
    ]


def test_with_parties_refuses_a_taken_id(gaz: Gazetteer) -> None:
    with pytest.raises(
        GazetteerError,
        match=re.escape("party id 'kremlin' is already defined (party 'kremlin'); "),
    ):
        gaz.with_parties([party("kremlin")])


def test_with_parties_refuses_a_taken_alias(gaz: Gazetteer) -> None:
    with pytest.raises(
        GazetteerError, match=re.escape("'Kreml' already names party 'kremlin' as 'Kreml'")
    ):
        gaz.with_parties([party("kreml-watchers", aliases_de=["Kreml"])])


def test_with_parties_refuses_an_unknown_reference(gaz: Gazetteer) -> None:
    with pytest.raises(
        GazetteerError,
        match=re.escape("'kremlinn' is not a known party id; did you mean 'kremlin'?"),
    ):
        gaz.with_parties([party("ru-delegation", acts_for=["kremlinn"])])


# ── Load errors ───────────────────────────────────────────────────────────────────────────

GOOD = """
parties:
  - id: russia
    kind: state
    name_en: Russia
    name_de: Russland
  - id: kremlin
    kind: government_body
    name_en: Kremlin
    name_de: Kreml
    acts_for: [russia]
"""


def test_a_small_file_loads(tmp_path: Path) -> None:
    gaz = load_gazetteer(write(tmp_path, GOOD))
    assert gaz.ids() == ["kremlin", "russia"]
    assert mentions(gaz, "Der Kreml") == [("Kreml", "kremlin")]


def test_invalid_yaml(tmp_path: Path) -> None:
    err = load_error(tmp_path, "parties:\n  - id: x\n    kind: [state\n")
    assert str(err).startswith(f"{tmp_path / 'parties.yaml'}:4: not valid YAML: ")
    assert err.problems[0].line == 4


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(KgFileError, match="cannot read the gazetteer"):
        load_gazetteer(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("", None, "", "the file is empty; the file holds a top-level 'parties:' list"),
        ("- a\n", 1, "", "the file is a list, not a mapping;"),
        ("partys: []\n", 1, "partys", "unknown top-level key 'partys';"),
        ("parties: {}\n", 1, "parties", "'parties' is not a list;"),
        ("parties:\n  - russia\n", 2, "parties[0]", "each party is a mapping of fields"),
    ],
)
def test_wrong_file_shape(
    tmp_path: Path, text: str, line: int | None, field: str, message: str
) -> None:
    err = load_error(tmp_path, text)
    assert err.problems[0].line == line
    assert err.problems[0].field == field
    assert message in err.problems[0].message


def test_unknown_field(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("acts_for: [russia]", "act_for: [russia]"))
    (problem,) = err.problems
    assert (problem.line, problem.field) == (10, "parties[1].act_for")
    assert problem.message.startswith("unknown field 'act_for'; did you mean 'acts_for'? ")
    assert str(err).startswith(f"{tmp_path / 'parties.yaml'}:10: parties[1].act_for: unknown")


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "message"),
    [
        (
            "kind: state",
            "kind: country",
            3,
            "parties[0].kind",
            (
                "'country' is not a party kind; use one of: state, government_body, person, "
                "organisation, group, armed_group"
            ),
        ),
        (
            "id: kremlin",
            "id: Kremlin",
            6,
            "parties[1].id",
            (
                "'Kremlin' is not a valid id: use lower-case letters and digits, joined by "
                "single '-' or '.', e.g. 'kremlin'"
            ),
        ),
        (
            "name_de: Russland",
            "name_de: Russland\n    wikidata: R159",
            6,
            "parties[0].wikidata",
            "'R159' is not a Wikidata item id: write 'Q' and the number, e.g. 'Q159'",
        ),
        (
            "    name_de: Kreml\n",
            "",
            6,
            "parties[1].name_de",
            "missing required field 'name_de': canonical German name; add it",
        ),
        (
            "acts_for: [russia]",
            "acts_for: [russia, russia]",
            10,
            "parties[1].acts_for",
            "'russia' is listed twice; list each id once",
        ),
    ],
)
def test_invalid_values(
    tmp_path: Path, old: str, new: str, line: int, field: str, message: str
) -> None:
    assert old in GOOD
    err = load_error(tmp_path, GOOD.replace(old, new))
    (problem,) = err.problems
    assert (problem.line, problem.field, problem.message) == (line, field, message)


def test_duplicate_id(tmp_path: Path) -> None:
    text = GOOD + "  - id: russia\n    kind: state\n    name_en: Rus\n    name_de: Rus\n"
    err = load_error(tmp_path, text)
    (problem,) = err.problems
    assert (problem.line, problem.field) == (11, "parties[2].id")
    assert problem.message == (
        "party id 'russia' is already defined (line 2); give each party its own id"
    )


def test_alias_used_by_two_parties(tmp_path: Path) -> None:
    text = GOOD.replace("name_de: Russland", "name_de: Russland\n    aliases_de: [Moskau]")
    text += "    aliases_de: [Kremls, MOSKAU]\n"
    err = load_error(tmp_path, text)
    (problem,) = err.problems
    assert (problem.line, problem.field) == (12, "parties[1].aliases_de[1]")
    assert problem.message == (
        "'MOSKAU' already names party 'russia' as 'Moskau' (line 6); a name or alias must "
        "denote one party, remove it from one of them"
    )


def test_alias_clash_folds_sz_to_ss(tmp_path: Path) -> None:
    text = GOOD + "    aliases_de: [Weißes Haus]\n"
    text = text.replace("name_de: Russland", "name_de: Russland\n    aliases_de: [Weisses Haus]")
    err = load_error(tmp_path, text)
    assert err.problems[0].message.startswith("'Weißes Haus' already names party 'russia'")


def test_blank_alias(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + "    aliases_en: ['--']\n")
    (problem,) = err.problems
    assert (problem.line, problem.field) == (11, "parties[1].aliases_en[0]")
    assert problem.message == "'--' has no letter or digit; remove it"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("acts_for", "russland", "'russland' is not a known party id; did you mean 'russia'?"),
        (
            "members",
            "xyz",
            (
                "'xyz' is not a known party id; add a party with this id or use a known "
                "one (kremlin, russia)"
            ),
        ),
    ],
)
def test_unknown_reference(tmp_path: Path, field: str, value: str, message: str) -> None:
    err = load_error(tmp_path, GOOD.replace("acts_for: [russia]", f"{field}: [{value}]"))
    (problem,) = err.problems
    assert (problem.line, problem.field, problem.message) == (
        10,
        f"parties[1].{field}[0]",
        message,
    )


def test_reference_to_an_invalid_entry_is_not_reported_twice(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("kind: state", "kind: country"))
    assert [p.field for p in err.problems] == ["parties[0].kind"]


def test_acts_for_cycle(tmp_path: Path) -> None:
    text = GOOD.replace("name_de: Russland", "name_de: Russland\n    acts_for: [kremlin]")
    with pytest.raises(GazetteerError, match=re.escape("kremlin → russia → kremlin")) as info:
        load_gazetteer(write(tmp_path, text))
    (problem,) = info.value.problems
    assert (problem.line, problem.field) == (11, "parties[1].acts_for[0]")
    assert problem.message == (
        "acts_for forms a cycle: kremlin → russia → kremlin; a party cannot act for itself, "
        "directly or through others — remove one of these links"
    )


def test_acting_for_oneself_is_a_cycle(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("acts_for: [russia]", "acts_for: [kremlin]"))
    (problem,) = err.problems
    assert (problem.line, problem.field) == (10, "parties[1].acts_for[0]")
    assert problem.message.startswith("acts_for forms a cycle: kremlin → kremlin;")


def test_all_problems_are_reported_in_file_order(tmp_path: Path) -> None:
    text = GOOD.replace("kind: government_body", "kind: body").replace(
        "Russia\n", "Russia\n    x: 1\n"
    )
    err = load_error(tmp_path, text)
    assert [p.line for p in err.problems] == [5, 8]
    assert str(err).startswith("2 problems:\n")


# ── The complete list of states ──────────────────────────────────────────────────────────


def _states(gaz: Gazetteer) -> list[str]:
    return [party.id for party in gaz if party.kind is PartyKind.state]


def test_every_sovereign_state_is_a_party(gaz: Gazetteer) -> None:
    states = _states(gaz)
    assert len(states) == 197  # 193 UN members, Palestine, Kosovo, Taiwan, Vatican City
    sample = [
        "afghanistan", "el-salvador", "south-sudan", "north-korea", "south-korea",
        "republic-of-the-congo", "dr-congo", "ivory-coast", "east-timor", "myanmar", "czechia",
        "north-macedonia", "eswatini", "cape-verde", "syria", "venezuela", "palestine",
        "kosovo", "taiwan", "vatican-city", "guinea", "guinea-bissau", "equatorial-guinea",
        "papua-new-guinea",
    ]  # fmt: skip
    assert set(sample) <= set(states)


def test_every_state_has_an_english_and_a_german_name(gaz: Gazetteer) -> None:
    for party_id in _states(gaz):
        party = gaz.get(party_id)
        assert party is not None
        assert party.name_en.strip(), party_id
        assert party.name_de.strip(), party_id
        assert party.description, party_id


@pytest.mark.parametrize(
    ("party_id", "name_en", "name_de"),
    [
        ("syria", "Syria", "Syrien"),
        ("ivory-coast", "Ivory Coast", "Elfenbeinküste"),
        ("switzerland", "Switzerland", "Schweiz"),
        ("netherlands", "Netherlands", "Niederlande"),
        ("yemen", "Yemen", "Jemen"),
        ("belarus", "Belarus", "Belarus"),  # an existing entry, unchanged
    ],
)
def test_state_names(gaz: Gazetteer, party_id: str, name_en: str, name_de: str) -> None:
    party = gaz.get(party_id)
    assert party is not None
    assert (party.name_en, party.name_de) == (name_en, name_de)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Syriens Regierung lehnte ab.", "de", [("Syriens", "syria")]),
        ("Gespräche in Afghanistan und mit der Arabischen Republik Syrien.", "de",
         [("Afghanistan", "afghanistan"), ("Arabischen Republik Syrien", "syria")]),
        ("Venezuelas Präsident, die Regierung der Schweiz, in den Niederlanden", "de",
         [("Venezuelas", "venezuela"), ("Schweiz", "switzerland"),
          ("Niederlanden", "netherlands")]),
        ("Die Elfenbeinküste, Südsudans Armee und des Jemens Häfen", "de",
         [("Elfenbeinküste", "ivory-coast"), ("Südsudans", "south-sudan"),
          ("Jemens", "yemen")]),
        ("Venezuela's government met officials in Afghanistan.", "en",
         [("Venezuela", "venezuela"), ("Afghanistan", "afghanistan")]),
        ("the Syrian Arab Republic and Côte d'Ivoire", "en",
         [("Syrian Arab Republic", "syria"), ("Côte d'Ivoire", "ivory-coast")]),
        ("the South Sudanese government and the Sudanese government", "en",
         [("South Sudanese government", "south-sudan"), ("Sudanese government", "sudan")]),
        ("die syrische Regierung und die afghanischen Regierung", "de",
         [("syrische Regierung", "syria"), ("afghanischen Regierung", "afghanistan")]),
    ],
)  # fmt: skip
def test_new_states_are_found_with_inflection(
    gaz: Gazetteer, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gaz, text, language=lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Guinea-Bissau, Guinea, Equatorial Guinea and Papua New Guinea", "en",
         [("Guinea-Bissau", "guinea-bissau"), ("Guinea", "guinea"),
          ("Equatorial Guinea", "equatorial-guinea"), ("Papua New Guinea", "papua-new-guinea")]),
        ("Guinea-Bissaus Regierung, Äquatorialguinea, Papua-Neuguinea", "de",
         [("Guinea-Bissaus", "guinea-bissau"), ("Äquatorialguinea", "equatorial-guinea"),
          ("Papua-Neuguinea", "papua-new-guinea")]),
        ("the Democratic Republic of Congo and the Republic of the Congo", "en",
         [("Democratic Republic of Congo", "dr-congo"),
          ("Republic of the Congo", "republic-of-the-congo")]),
        ("der Demokratischen Republik Kongo und der Republik Kongo", "de",
         [("Demokratischen Republik Kongo", "dr-congo"),
          ("Republik Kongo", "republic-of-the-congo")]),
        ("Nigeria and Niger; Nigerias Nachbar", "en", [("Nigeria", "nigeria"), ("Niger", "niger")]),
        ("Nigerias Nachbar Niger", "de", [("Nigerias", "nigeria"), ("Niger", "niger")]),
        ("the People's Republic of China and the Republic of China", "en",
         [("People's Republic of China", "china"), ("Republic of China", "taiwan")]),
        ("North Korea, the Republic of Korea and Northern Ireland", "en",
         [("North Korea", "north-korea"), ("Republic of Korea", "south-korea"),
          ("Northern Ireland", "united-kingdom")]),
        ("Dominica and the Dominican Republic", "en",
         [("Dominica", "dominica"), ("Dominican Republic", "dominican-republic")]),
    ],
)  # fmt: skip
def test_overlapping_state_names_resolve_to_the_longest(
    gaz: Gazetteer, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gaz, text, language=lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Congo, Korea, Kongo, Korea, Koreas", "en"),
        ("the Congo river, the Korean peninsula, Macedonia, Micronesia, Holland", "en"),
        ("Kongo, Korea, Koreas, Mazedonien, Mikronesien, die Moldau", "de"),
    ],
)
def test_ambiguous_names_are_no_state(gaz: Gazetteer, text: str, lang: str) -> None:
    assert mentions(gaz, text, language=lang) == []


def test_no_capital_names_a_new_state(gaz: Gazetteer) -> None:
    text = "Damascus, Caracas, Kabul, Pyongyang, Seoul, Tokyo, Bern, Wien, Damaskus"
    assert mentions(gaz, text) == []


def test_added_parties_are_found_as_one_gazetteer_of_all_would_find_them(gaz: Gazetteer) -> None:
    # the added names overlap gazetteer aliases from both sides: "Kyiv Delegation Office"
    # starts inside no alias but contains "Kyiv"; "Moscow" is longer as "Moscow Forum"
    extra = [
        party("kyiv-office", name_en="Kyiv Delegation Office", acts_for=["ukraine"]),
        party("moscow-forum", kind="organisation", name_en="Moscow Forum"),
        party("us-team", name_en="the US team"),
    ]
    text = (
        "The Kyiv Delegation Office met the Moscow Forum; Kyiv and Moscow said the US team "
        "and the White House agreed. Moscow Forumites and Kyiv."
    )
    added = gaz.with_parties(extra)
    whole = Gazetteer([*gaz, *extra])
    found = added.find_mentions(text, language="en")
    assert found == whole.find_mentions(text, language="en")
    assert [m.party_id for m in found][:3] == ["kyiv-office", "moscow-forum", "ukraine"]
