"""Parse an article into a draft annotation: the public entry points of :mod:`kg.extract`.

The pipeline: detect the language (unless given), split sentences, find the persons,
groups and ministries the article introduces that the gazetteer lacks
(:mod:`kg.extract.local`; the draft's ``parties`` lists those its facts refer to), find
party mentions (with bare governments, armies, delegations, "dieser" and "both leaders"),
actions and attributions per sentence; then, in a
first pass over the sentences, calls and meetings and proposals (with the terms of the
sentences that continue them); in a second, agreements, positions (with their conditions
and commitments), claims that a pause was kept or broken, and preconditions stated on
their own; last, the duration of a pause is carried over to the facts that refer to it
(:mod:`kg.extract.rules.durations`) and preconditions are attached to the position of
the party that set them. Sentence-level fallbacks
(:mod:`kg.extract.rules.frames`, :mod:`kg.extract.rules.clauses`) add, with lower
confidence, the durations, commitments, conditions and stances the specific rules left
out; a demand naming nobody it asks gets those a later sentence says imposed the measures
it targets. Everything is deterministic and
linear in the length of the text: the same text and metadata give the same draft.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from kg.codes import AnnotationStatus, Language, Stance
from kg.errors import KgError
from kg.extract.context import Context
from kg.extract.discourse import paragraph_starts
from kg.extract.draft import Draft, slug
from kg.extract.forces import add_forces_mentions
from kg.extract.language import detect_language
from kg.extract.local import find_local_parties
from kg.extract.parties import add_government_mentions, article_parties, find_mentions
from kg.extract.places import add_seat_mentions, drop_outlet_mentions
from kg.extract.referents import (
    add_army_mentions,
    add_delegation_mentions,
    add_demonstrative_mentions,
    add_pair_mentions,
    note_sides,
)
from kg.extract.rules.agreements import add_agreement, add_mediators, add_release
from kg.extract.rules.attribution import attribute_sentences
from kg.extract.rules.clauses import add_clause_condition
from kg.extract.rules.commitments import add_agreement_commitments
from kg.extract.rules.compliance import add_compliance
from kg.extract.rules.conditions import add_preconditions, fill_required_of
from kg.extract.rules.demands import add_demand
from kg.extract.rules.durations import propagate_durations
from kg.extract.rules.exchanges import add_return_condition
from kg.extract.rules.followups import add_followup_terms, note_proposal
from kg.extract.rules.frames import add_frame, add_part_positions
from kg.extract.rules.interactions import add_interaction, add_statement
from kg.extract.rules.positions import add_commitment
from kg.extract.rules.proposals import add_expectation, add_proposals
from kg.extract.rules.terms import find_terms
from kg.extract.text import Sentence, split_sentences
from kg.files import StrPath, read_text
from kg.model import ID_PATTERN, Annotation, Article, Party, iter_references

__all__ = ["GENERATOR", "ParseError", "parse", "parse_article", "parse_file"]

#: What drafts name as their ``generator``: this parser and its version.
GENERATOR: Final = f"kg.extract {version('kg')} (rules)"
_UNKNOWN_OUTLET: Final = "unknown outlet"


class ParseError(KgError, ValueError):
    """An article cannot be parsed as asked (no publication date, unknown language)."""


def parse(
    text: str,
    *,
    lang: str = "auto",
    article_id: str | None = None,
    title: str | None = None,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    text_file: str | None = None,
) -> Annotation:
    """Parse a German or English news article into a draft annotation.

    Parameters
    ----------
    text
        The article text (UTF-8 string; evidence offsets index it).
    lang
        'de', 'en' or 'auto' to detect the language from function words.
    article_id
        Id of the annotation; default: the slug of the title plus the language.
    title
        Headline; default: the first line of the text (shortened).
    published
        Publication date (a date or 'YYYY-MM-DD'); relative dates ("am Dienstag",
        "yesterday") are resolved against it. Required.
    outlet
        Publisher; default 'unknown outlet'.
    url
        Where the article was published, if known.
    text_file
        Name of the text file beside the annotation, so a written draft refers to it
        instead of holding the text.

    Returns
    -------
    Annotation
        Status ``draft``, ``generator`` :data:`GENERATOR`; every fact with an evidence
        span, the rule that produced it and a confidence.

    Raises
    ------
    ParseError
        If ``published`` is missing or ``lang`` is not 'de', 'en' or 'auto'.
    kg.extract.LanguageError
        If ``lang`` is 'auto' and the language cannot be told.

    Examples
    --------
    >>> draft = parse("Der Kreml teilte mit, Russland lehne den US-Vorschlag einer "
    ...               "Waffenruhe von 30 Tagen ab.", published="2025-03-18")
    >>> draft.status.value, draft.article.language.value
    ('draft', 'de')
    >>> [(p.proposed_by, p.terms[0].duration) for p in draft.proposals]
    [(('united-states',), 'P30D')]
    >>> [(p.party, p.stance.value, p.said_by) for p in draft.positions]
    [('russia', 'rejects', ('kremlin',))]
    """
    if lang not in ("auto", "de", "en"):
        raise ParseError(f"unknown language '{lang}'; use 'de', 'en' or 'auto'")
    if not text.strip():
        raise ParseError("the article text is empty; give the text of a news article")
    if published is None:
        raise ParseError(
            "the publication date is needed to resolve dates such as 'am Dienstag'; "
            "pass it (published='YYYY-MM-DD', or --published YYYY-MM-DD)"
        )
    day = published if isinstance(published, dt.date) else _day(published)
    language = detect_language(text) if lang == "auto" else lang
    title = title or _title(text)
    article_id = article_id or slug(title)[:60].strip("-") + f"-{language}"
    if not re.fullmatch(ID_PATTERN, article_id) or len(article_id) > 80:
        raise ParseError(
            f"id '{article_id}' is not an annotation id: use lower-case letters and digits "
            "joined by single '-' or '.', at most 80 characters, e.g. 'energy-pause-de'"
        )
    try:
        article = Article(
            title=title,
            outlet=outlet or _UNKNOWN_OUTLET,
            url=url,
            published=day,
            language=Language(language),
            text=text,
            text_file=text_file,
        )
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ParseError(f"invalid article metadata: {fields}") from exc
    return parse_article(article, article_id=article_id)


def parse_article(article: Article, *, article_id: str) -> Annotation:
    """Parse the text of an :class:`~kg.model.Article` into a draft annotation.

    The article's metadata (title, outlet, date, language, text file) is kept as it is;
    its publication date resolves relative dates. Use it to re-parse a hand annotation's
    article for evaluation: ``parse_article(gold.article, article_id=gold.id)``.

    Parameters
    ----------
    article
        The article with its text.
    article_id
        Id of the draft annotation.

    Returns
    -------
    Annotation
        The draft (status ``draft``).
    """
    language = article.language.value
    sentences = split_sentences(article.text, language)
    local = find_local_parties([s.text for s in sentences], language)
    with article_parties(local) as known:
        facts = _facts(article, sentences)
    return Annotation(
        id=article_id,
        status=AnnotationStatus.draft,
        generator=GENERATOR,
        article=article,
        parties=_referred(known, facts),
        **facts,
    )


def _referred(parties: tuple[Party, ...], facts: dict[str, Any]) -> tuple[Party, ...]:
    """Return the article-local parties some fact refers to: the draft's ``parties``."""
    used = {
        ref
        for section in facts.values()
        for fact in section
        for _, ref, targets in iter_references(fact)
        if targets == ("parties",)
    }
    return tuple(p for p in parties if p.id in used)


def _facts(article: Article, sentences: list[Sentence]) -> dict[str, Any]:
    """Run the rules over the sentences; return the draft's facts by section."""
    language = article.language.value
    text = article.text
    texts = [s.text for s in sentences]
    found = drop_outlet_mentions(texts, [find_mentions(t, language) for t in texts], language)
    mentions = add_government_mentions(texts, found, language)
    mentions = add_army_mentions(texts, mentions, language)
    mentions = add_delegation_mentions(texts, mentions, language)
    mentions = add_demonstrative_mentions(texts, mentions, language)
    mentions = add_pair_mentions(texts, mentions, language)
    mentions = add_forces_mentions(texts, add_seat_mentions(texts, mentions, language), language)
    starts = paragraph_starts(text, [(s.start, s.end) for s in sentences])
    attributions = attribute_sentences(texts, mentions, language, starts)
    contexts = [
        Context(
            s,
            language,
            article.published,
            tuple(m),
            tuple(find_terms(s.text, language, article.published)),
            a,
        )
        for s, m, a in zip(sentences, mentions, attributions, strict=True)
    ]
    draft = Draft(text)
    for i, ctx in enumerate(contexts):
        add_interaction(ctx, draft)
        add_statement(ctx, draft)
        proposal = add_proposals(ctx, draft, contexts[max(0, i - 2) : i])
        proposal = proposal or add_expectation(ctx, draft, contexts[max(0, i - 2) : i])
        if proposal is None:
            add_followup_terms(ctx, draft)
        note_proposal(draft, proposal, i)
    for i, ctx in enumerate(contexts):
        note_sides(draft.memo, ctx.mentions)
        if add_agreement(ctx, draft) is None:
            add_mediators(ctx, draft)
        add_release(ctx, draft)
        add_agreement_commitments(ctx, draft, contexts[max(0, i - 8) : i])
        add_compliance(ctx, draft)
        position = add_part_positions(ctx, draft)
        gated = position is not None and bool(position.fields.get("conditions"))
        if not gated and (position is not None or add_commitment(ctx, draft) is None):
            add_preconditions(ctx, draft, contexts[max(0, i - 2) : i])
        if not draft.of_sentence(i, "conditions"):
            add_demand(ctx, draft, contexts[max(0, i - 2) : i])
        add_frame(ctx, draft)
        add_clause_condition(ctx, draft)
        add_return_condition(ctx, draft, contexts[max(0, i - 1) : i])
        fill_required_of(ctx, draft)
    propagate_durations(draft, contexts)
    _attach_preconditions(draft)
    facts: dict[str, Any] = draft.facts()
    return facts


def parse_file(
    path: StrPath,
    *,
    lang: str = "auto",
    article_id: str | None = None,
    title: str | None = None,
    published: dt.date | str | None = None,
    outlet: str | None = None,
) -> Annotation:
    """Read a UTF-8 article text file and parse it (see :func:`parse`).

    The draft's id defaults to the file name without suffix, and ``article.text_file``
    is the file's name, so a draft written beside the text refers to it.

    Raises
    ------
    kg.KgFileError
        If the file is missing, binary or not UTF-8.
    """
    path = Path(path)
    text = read_text(path, what="article")
    if not text.strip():
        raise ParseError(f"{path}: the article text is empty; give a file with the text")
    return parse(
        text,
        lang=lang,
        article_id=article_id or slug(path.stem),
        title=title,
        published=published,
        outlet=outlet,
        text_file=path.name,
    )


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ParseError(
            f"published: '{value}' is not a date; write YYYY-MM-DD, e.g. 2025-03-18"
        ) from exc


def _title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "untitled")
    if len(first) <= 120:
        return first
    cut = first[:120]
    return re.sub(r"\s+\S*$", "", cut) + " …"


def _attach_preconditions(draft: Draft) -> None:
    """Attach conditions no commitment or position names to their imposer's position."""
    used = {
        c
        for r in draft.records
        if r.section in ("commitments", "positions")
        for c in r.fields.get("conditions", ())
    }
    gating = (Stance.accepts, Stance.accepts_with_conditions, Stance.rejects)
    for condition in draft.section("conditions"):
        if condition.id in used or condition.rule.endswith(".demand-verb"):
            continue  # a demand made of another is no condition of one's own stance
        imposer = condition.fields["imposed_by"][0]
        positions = [
            p
            for p in draft.section("positions")
            if p.fields["party"] == imposer and p.fields["stance"] in gating
        ]
        if not positions:
            continue
        nearest = min(positions, key=lambda p: (abs(p.sentence - condition.sentence), p.sentence))
        nearest.fields["conditions"] = tuple(
            sorted({*nearest.fields.get("conditions", ()), condition.id})
        )
        if nearest.fields["stance"] is Stance.accepts:
            nearest.fields["stance"] = Stance.accepts_with_conditions
            nearest.rule = nearest.rule.replace(".accepts", ".accepts-with-conditions")
