"""The parser command: ``kg parse`` turns an article text into a draft annotation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from kg.annotation import dump_annotation
from kg.cli._common import Failed, cli, guarded
from kg.extract import parse_file
from kg.files import write_atomic

__all__ = ["parse"]


@cli.command()
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--lang",
    type=click.Choice(["auto", "de", "en"]),
    default="auto",
    show_default=True,
    help="Language of the article; 'auto' tells German from English by its words.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the draft here (YAML) instead of to stdout.",
)
@click.option(
    "--published",
    help="Publication date YYYY-MM-DD, to resolve 'am Dienstag' or 'yesterday'. "
    "Default: the file's modification date (said on stderr).",
)
@click.option("--title", help="Headline. Default: the first line of the text.")
@click.option("--outlet", help="Publisher. Default: 'unknown outlet'.")
@click.option("--id", "article_id", help="Id of the draft. Default: the file name's stem.")
@guarded
def parse(
    article: Path,
    lang: str,
    output: Path | None,
    published: str | None,
    title: str | None,
    outlet: str | None,
    article_id: str | None,
) -> None:
    """Parse a German or English article into a draft annotation (rule-based, offline).

    ARTICLE is a UTF-8 text file. The draft (status: draft) holds every proposal,
    position, condition, commitment, agreement and call the rules found, each with its
    evidence quote, the rule that found it and a confidence. Review it, then set
    ``status: reviewed``. A draft written next to its text refers to it with
    ``text_file``; elsewhere, and on stdout, the text is included.

    Example:

        kg parse article.txt --published 2025-03-18 -o article.yaml
    """
    if published is None:
        try:
            stamp = article.stat().st_mtime
        except OSError as exc:
            raise Failed(f"{article}: article text not found; check the path") from exc
        published = dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date().isoformat()
        click.echo(f"note: no --published given; using the file's date {published}", err=True)
    draft = parse_file(
        article,
        lang=lang,
        article_id=article_id,
        title=title,
        published=published,
        outlet=outlet,
    )
    beside = output is not None and output.resolve().parent == article.resolve().parent
    if not beside:
        draft = draft.model_copy(
            update={"article": draft.article.model_copy(update={"text_file": None})}
        )
    text = dump_annotation(draft)
    facts = len(draft.facts())
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)  # the text file beside it stays as it is
        click.echo(
            f"wrote {output}  ({facts} draft facts, {draft.article.language.value})", err=True
        )
