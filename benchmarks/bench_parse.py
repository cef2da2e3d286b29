"""Benchmark: the rule-based parser against spaCy's bare tokenizer, in the same run.

What it measures, on a generated corpus of realistic German and English news articles
(250–800 words each; parties, speakers, proposals, durations, quantities, conditions,
attributions and dates drawn from kg's gazetteer and word lists with a fixed seed):

- parse      ``kg.extract.parse`` on every article: articles/s, words/s, µs/word;
- baseline   ``spacy.blank(lang).make_doc`` (tokenisation only, no pipeline) on the very
             same texts: the least any spaCy-based parser must spend;
- ratio      parse time / tokenizer time, which holds across machines;
- scaling    µs/word of both on one text of ~1k, 10k, 100k and 1M characters made by
             concatenating articles: flat µs/word means time grows linearly with length;
- memory     peak traced memory (tracemalloc) of parsing the corpus and of tokenising it.

Figures are medians of ``--repeat`` runs (the 1M-character text runs once).

Run:  python benchmarks/bench_parse.py [--articles 60] [--repeat 3] [--quick] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language as SpacyLanguage

import kg
from kg.codes import PartyKind
from kg.extract import parse

# The sibling module measure.py, also when a test runs this file with runpy.
sys.path.insert(0, str(Path(__file__).parent))
from measure import peak_mib, timed

PUBLISHED = "2025-03-18"
SIZES = (1_000, 10_000, 100_000, 1_000_000)

# ---------------------------------------------------------------------------------------
#  Corpus: parties from the gazetteer, everything else from word lists written here
# ---------------------------------------------------------------------------------------

#: German and English forms of states in running text (article, case) where needed.
_DE_FORM = {
    "Ukraine": "die Ukraine", "Türkei": "die Türkei", "Vereinigte Staaten": "die USA",
    "Vereinigtes Königreich": "Großbritannien",
}  # fmt: skip
_EN_FORM = {"United States": "the United States", "United Kingdom": "Britain"}
_CAPITAL = {
    "russia": ("Moskau", "Moscow"), "ukraine": ("Kiew", "Kyiv"),
    "united-states": ("Washington", "Washington"), "china": ("Peking", "Beijing"),
    "turkey": ("Ankara", "Ankara"), "israel": ("Jerusalem", "Jerusalem"),
    "qatar": ("Doha", "Doha"), "egypt": ("Kairo", "Cairo"), "france": ("Paris", "Paris"),
    "germany": ("Berlin", "Berlin"), "poland": ("Warschau", "Warsaw"),
    "united-kingdom": ("London", "London"), "saudi-arabia": ("Riad", "Riyadh"),
}  # fmt: skip


@dataclass(frozen=True)
class Side:
    """A state in an article: its names, capital and the people who speak for it."""

    de: str
    en: str
    capital_de: str
    capital_en: str
    speakers_de: tuple[str, ...]
    speakers_en: tuple[str, ...]


def _state_of(gaz: kg.Gazetteer, party_id: str) -> str:
    current = party_id
    for _ in range(5):
        party = gaz.get(current)
        if party is None or party.kind is PartyKind.state or len(party.acts_for) != 1:
            break
        current = party.acts_for[0]
    return current


def load_sides() -> list[Side]:
    """Return the states of the gazetteer that have a capital here and a person speaking."""
    gaz = kg.load_gazetteer()
    speakers: dict[str, list[kg.Party]] = {}
    for party in gaz:
        if party.kind is PartyKind.person:
            speakers.setdefault(_state_of(gaz, party.id), []).append(party)
    sides = []
    for state_id, (cap_de, cap_en) in sorted(_CAPITAL.items()):
        state = gaz.get(state_id)
        people = speakers.get(state_id, [])
        if state is None or not people:
            continue
        sides.append(
            Side(
                _DE_FORM.get(state.name_de, state.name_de),
                _EN_FORM.get(state.name_en, state.name_en),
                cap_de,
                cap_en,
                tuple(p.name_de for p in people),
                tuple(p.name_en for p in people),
            )
        )
    return sides


_WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_DURATIONS = {
    "de": ["30-tägige", "dreißigtägige", "60-tägige", "90-tägige", "zweiwöchige", "einmonatige"],
    "en": ["30-day", "thirty-day", "60-day", "90-day", "two-week", "month-long"],
}
_DEALS = {
    "de": [
        ("Waffenruhe", "die Kämpfe einzustellen"),
        ("Feuerpause", "das Feuer einzustellen"),
        ("Aussetzung der Angriffe auf Energieanlagen", "keine Energieanlagen anzugreifen"),
        ("Zollpause", "die Zölle auszusetzen"),
        ("Waffenruhe im Schwarzen Meer", "die Angriffe auf Schiffe einzustellen"),
    ],
    "en": [
        ("ceasefire", "halt the fighting"),
        ("truce", "stop the shelling"),
        ("halt to attacks on energy infrastructure", "stop attacks on energy facilities"),
        ("tariff truce", "suspend the new tariffs"),
        ("maritime ceasefire", "halt attacks on shipping in the Black Sea"),
    ],
}
_EVENTS = {
    "de": [
        "{sa} hat am {day} eine {dur} {deal} vorgeschlagen, wie {spa} mitteilte.",
        "Laut {spa} legte {sa} den Plan für eine {dur} {deal} bereits am {day} vor.",
        "{sb} sei bereit, {act}, wenn {sa} dasselbe tue, teilte {spb} mit.",
        (
            "{spb} sagte, {sb} stimme dem Vorschlag nur unter der Bedingung zu, dass zuvor die "
            "Sanktionen aufgehoben würden."
        ),
        "{sb} lehnte eine bedingungslose {deal} ab, hieß es aus {cb}.",
        "Aus {cc} gab es bis zum Abend keine Reaktion auf den Vorstoß.",
        "Beide Seiten wollen je {n} Gefangene austauschen, sagte {spa}.",
        "{spa} zufolge sollen {n} gegen {n} Gefangene ausgetauscht werden.",
        "Im Gegenzug verlangt {sa}, dass {sb} die Angriffe ebenfalls einstellt.",
        (
            "Sollte {sb} die Vereinbarung brechen, werde {sa} die {deal} sofort beenden, "
            "warnte {spa}."
        ),
        "{spc} äußerte sich nicht zu dem Angebot.",
        "Nach Angaben von {spb} habe {sb} den Vorschlag am {day} angenommen.",
        "{sa} werde {n} verwundete Soldaten freilassen, kündigte {spa} an.",
    ],
    "en": [
        "{sa} proposed a {dur} {deal} on {day}, {spa} said.",
        "According to {spa}, {sa} put forward the plan for a {dur} {deal} on {day}.",
        "{sb} is ready to {act} if {sa} does the same, {spb} said in a statement.",
        "{spb} said {sb} would accept the proposal only if sanctions were lifted first.",
        "{sb} rejected an unconditional {deal}, officials in {cb} said.",
        "{cc} has yet to respond to the offer.",
        "The two sides will exchange {n} prisoners each, {spa} announced.",
        "Citing {spa}, state media reported that {n} for {n} prisoners would be swapped.",
        "In return, {sa} demands that {sb} likewise halts its attacks.",
        "Should {sb} break the deal, {sa} would end the {deal} at once, {spa} warned.",
        "{spc} declined to comment on the offer.",
        "{sb} accepted the proposal on {day}, according to {spb}.",
        "{sa} will release {n} wounded soldiers, {spa} announced.",
    ],
}
_FILLER = {
    "de": [
        "Die Gespräche in {cc} dauerten nach Angaben von Teilnehmern mehr als {h} Stunden.",
        "Beobachter sprechen von einem vorsichtigen Schritt, mehr aber auch nicht.",
        "Bereits im vergangenen Jahr waren ähnliche Gespräche nach wenigen Tagen gescheitert.",
        "In den Grenzregionen hielten die Kämpfe auch in der Nacht zum {day} an.",
        "Vermittler aus mehreren Staaten bemühen sich seit Monaten um eine Annäherung.",
        "Die Verhandlungsdelegationen sollen sich in der kommenden Woche erneut treffen.",
        "Über Einzelheiten der Überwachung wurde bislang nichts bekannt.",
        "Nach Schätzungen von Hilfsorganisationen sind rund {n}000 Menschen auf der Flucht.",
        "Die Märkte reagierten zurückhaltend auf die Nachrichten aus {ca}.",
        "Ein Termin für ein Treffen auf höchster Ebene steht noch nicht fest.",
        (
            "Kritiker werfen beiden Seiten vor, die Gespräche vor allem für die eigene "
            "Öffentlichkeit zu führen."
        ),
        "Die Lage in der Region gilt weiterhin als angespannt.",
        "Zuletzt hatte es am {day} Berichte über Drohnenangriffe auf {h} Ortschaften gegeben.",
        "Ein Sprecher des Roten Kreuzes sagte, man stehe für humanitäre Aufgaben bereit.",
        "Wie lange eine Einigung halten würde, ist offen.",
    ],
    "en": [
        "The talks in {cc} lasted more than {h} hours, according to people who took part.",
        "Observers called it a cautious step, but little more than that.",
        "Similar talks collapsed within days last year.",
        "Fighting continued in the border regions overnight into {day}.",
        (
            "Mediators from several countries have been working for months to bring the sides "
            "closer."
        ),
        "The negotiating teams are expected to meet again next week.",
        "No details of how a halt would be monitored have been released.",
        "Aid groups estimate that about {n},000 people have fled their homes.",
        "Markets reacted cautiously to the news from {ca}.",
        "No date has been set for a meeting at the highest level.",
        "Critics accuse both sides of negotiating mainly for audiences at home.",
        "The situation in the region remains tense.",
        "On {day}, there were reports of drone strikes on {h} villages.",
        "A Red Cross spokesperson said the organisation stood ready to help.",
        "How long any agreement would hold is unclear.",
    ],
}
_HEADLINES = {
    "de": "{sa} und {sb} ringen um eine {dur} {deal}",
    "en": "{sa} and {sb} at odds over a {dur} {deal}",
}


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def generate_article(rng: random.Random, lang: str, sides: Sequence[Side]) -> str:
    """Return one article of 250–800 words in ``lang`` from the templates."""
    a, b, c = rng.sample(list(sides), 3)
    deal, act = rng.choice(_DEALS[lang])
    dur = rng.choice(_DURATIONS[lang])
    counts = rng.sample([23, 84, 146, 175, 246, 390, 1000], 2)
    de = lang == "de"

    def slots() -> dict[str, Any]:
        return {
            "sa": a.de if de else a.en,
            "sb": b.de if de else b.en,
            "spa": rng.choice(a.speakers_de if de else a.speakers_en),
            "spb": rng.choice(b.speakers_de if de else b.speakers_en),
            "spc": rng.choice(c.speakers_de if de else c.speakers_en),
            "ca": a.capital_de if de else a.capital_en,
            "cb": b.capital_de if de else b.capital_en,
            "cc": c.capital_de if de else c.capital_en,
            "day": rng.choice(_WEEKDAYS[lang]),
            "dur": dur,
            "deal": deal,
            "act": act,
            "n": rng.choice(counts),
            "h": rng.randint(2, 14),
        }

    def deck(templates: list[str]) -> Iterator[str]:
        while True:  # every template once, in a new order each round
            yield from rng.sample(templates, len(templates))

    events, fillers = deck(_EVENTS[lang]), deck(_FILLER[lang])
    target = rng.randint(250, 750)  # the last paragraph may add up to ~50 words
    title = _capitalised(_HEADLINES[lang].format(**slots()))
    paragraphs: list[str] = []
    words = len(title.split())
    while words < target:
        picked = [next(events) for _ in range(rng.randint(1, 2))]
        picked += [next(fillers) for _ in range(rng.randint(1, 3))]
        sentences = [_capitalised(t.format(**slots())) for t in picked]
        rng.shuffle(sentences)
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join([title, *paragraphs]) + "\n"


def generate_corpus(n: int, *, seed: int) -> list[tuple[str, str]]:
    """Return ``n`` (language, text) articles, alternating German and English."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    sides = load_sides()
    return [(lang, generate_article(rng, lang, sides)) for lang in ("de", "en") * n][:n]


# ---------------------------------------------------------------------------------------
#  Measuring
# ---------------------------------------------------------------------------------------
def _tokenizers() -> dict[str, SpacyLanguage]:
    return {lang: spacy.blank(lang) for lang in ("de", "en")}


def _parse_all(corpus: Sequence[tuple[str, str]]) -> list[kg.Annotation]:
    return [
        parse(text, lang=lang, published=PUBLISHED, article_id=f"bench-{i}")
        for i, (lang, text) in enumerate(corpus)
    ]


def _tokenize_all(corpus: Sequence[tuple[str, str]], nlp: dict[str, SpacyLanguage]) -> int:
    return sum(len(nlp[lang].make_doc(text)) for lang, text in corpus)


def _concatenated(corpus: Sequence[tuple[str, str]], lang: str, size: int) -> str:
    """Join articles of ``lang`` (cycling if needed) until the text has ``size`` chars."""
    texts = [t for lg, t in corpus if lg == lang]
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(texts[i % len(texts)])
        length += len(parts[-1]) + 1
        i += 1
    return "\n".join(parts)[:size]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="corpus size (default 60)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the corpus")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SIZES), help="text sizes for scaling"
    )
    parser.add_argument(
        "--quick", action="store_true", help="small: 6 articles, 1 run, sizes up to 10k"
    )
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = min(args.articles, 6), 1
        args.sizes = [s for s in args.sizes if s <= 10_000] or [1_000]

    corpus = generate_corpus(args.articles, seed=args.seed)
    words = sum(len(t.split()) for _, t in corpus)
    chars = sum(len(t) for _, t in corpus)
    nlp = _tokenizers()
    drafts = _parse_all(corpus)  # warm up: spaCy pipelines, regexes, gazetteer
    _tokenize_all(corpus, nlp)
    facts = [len(d.facts()) for d in drafts]
    assert all(kg.check_annotation(d) == [] for d in drafts)
    langs = {lg: sum(1 for x, _ in corpus if x == lg) for lg in ("de", "en")}
    print(
        f"corpus: {len(corpus)} articles ({langs['de']} de, {langs['en']} en), seed "
        f"{args.seed}, {words} words, {chars} chars, {words // len(corpus)} words/article"
    )
    print(
        f"parser found {sum(facts)} facts, {statistics.mean(facts):.1f}/article; "
        f"articles with none: {sum(1 for f in facts if f == 0)}"
    )
    print()

    parse_s, _ = timed(lambda: _parse_all(corpus), args.repeat)
    token_s, _ = timed(lambda: _tokenize_all(corpus, nlp), args.repeat)
    if args.no_memory:
        parse_mib = token_mib = float("nan")
    else:
        parse_mib = peak_mib(lambda: _parse_all(corpus))
        token_mib = peak_mib(lambda: _tokenize_all(corpus, nlp))
    header = (
        f"{'':<22} {'total s':>8} {'articles/s':>10} {'words/s':>9} {'µs/word':>8} {'peak MiB':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, secs, mib in (
        ("kg.extract.parse", parse_s, parse_mib),
        ("spaCy tokenizer only", token_s, token_mib),
    ):
        print(
            f"{name:<22} {secs:>8.3f} {len(corpus) / secs:>10.1f} {words / secs:>9.0f} "
            f"{secs / words * 1e6:>8.1f} {mib:>8.1f}"
        )
    print(f"ratio parse / tokenizer: {parse_s / token_s:.1f}")
    print()

    header = (
        f"{'lang':<4} {'chars':>9} {'words':>8} {'parse s':>8} {'µs/word':>8} "
        f"{'tok µs/word':>11} {'ratio':>6}"
    )
    print("scaling: one text of each size, concatenated articles")
    print(header)
    print("-" * len(header))
    for lang in sorted({lg for lg, _ in corpus}):
        per_word = []
        for size in args.sizes:
            text = _concatenated(corpus, lang, size)
            n_words = len(text.split())
            repeat = 1 if size >= 1_000_000 else args.repeat
            secs, _ = timed(
                partial(parse, text, lang=lang, published=PUBLISHED, article_id="bench-scaling"),
                repeat,
            )
            tok, _ = timed(partial(nlp[lang].make_doc, text), repeat)
            per_word.append(secs / n_words * 1e6)
            print(
                f"{lang:<4} {len(text):>9} {n_words:>8} {secs:>8.3f} {per_word[-1]:>8.1f} "
                f"{tok / n_words * 1e6:>11.2f} {secs / tok:>6.1f}"
            )
        print(
            f"{lang:<4} µs/word largest / smallest text: {per_word[-1] / per_word[0]:.2f} "
            "(1.0 = linear)"
        )


if __name__ == "__main__":
    main()
