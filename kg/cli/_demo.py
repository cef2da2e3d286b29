"""``kg demo``: the bundled examples, end to end, in one command."""

from __future__ import annotations

import time
from pathlib import Path

import click

from kg.annotation import read_annotations
from kg.cli._common import Problems, cli, guarded
from kg.example import example_paths
from kg.graph import explain_status, find_cycles, find_unanswered, to_networkx
from kg.rdf import build_dataset, write_rdf
from kg.render import write_html
from kg.validate import validate_dataset

__all__ = ["demo"]

#: The seed case's conditional commitment, whose status the demo explains.
_SEED = ("energy-pause-call-de", "russia-energy-pause")


@cli.command()
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("out"),
    show_default=True,
    help="Folder for negotiations.trig and negotiations.html (created if missing).",
)
@guarded
def demo(output_dir: Path) -> None:
    """Build the bundled example articles into a graph, check it, and render it.

    Writes the RDF dataset (TriG, one named graph per article) and the interactive
    HTML graph (one offline file), then prints a few answers and what to open next.

    Example:

        kg demo -o out/
    """
    started = time.perf_counter()
    paths = example_paths()
    annotations = read_annotations(paths)
    dataset = build_dataset(annotations)
    report = validate_dataset(dataset)
    if not report.conforms:
        raise Problems(f"the example graph does not conform; nothing written.\n{report.text}")
    trig = output_dir / "negotiations.trig"
    page = output_dir / "negotiations.html"
    write_rdf(dataset, trig)
    G = to_networkx(dataset)
    size = write_html(G, page, title="kg demo: negotiation terms from the bundled articles")
    elapsed = time.perf_counter() - started

    facts = sum(len(a.facts()) for a in annotations)
    click.echo(
        f"Built {len(annotations)} example articles ({facts} facts) into {len(dataset)} quads; "
        f"the graph conforms to the shapes. ({elapsed:.1f} s)"
    )
    click.echo(f"  RDF dataset  {trig}")
    click.echo(f"  HTML graph   {page}  ({size / 1e6:.1f} MB, opens offline in any browser)")

    click.echo("\nA few answers:")
    article, fact = _SEED
    for status in explain_status(G, fact, article=article):
        click.echo(f"  {status.fact.id} ({status.fact.article}): {status.reading} [{status.value}]")
    unanswered = find_unanswered(G)
    click.echo(f"  {len(unanswered)} addressees have not answered a proposal, e.g.:")
    for item in unanswered[:3]:
        click.echo(f"    {item.party} on {item.proposal.id} ({item.proposal.article})")
    cycles = find_cycles(G)
    click.echo(f"  {len(cycles)} mutual (reciprocal) condition cycle(s):")
    for cycle in cycles:
        click.echo(f"    {' <-> '.join(cycle.parties)} ({cycle.article})")

    click.echo(f"\nOpen {page} in a browser. Then ask:")
    click.echo(f"  kg ask status --fact {_SEED[0]}/{_SEED[1]}   # why it is pending")
    click.echo("  kg ask positions --proposal energy-pause-call-de/us-energy-pause")
    click.echo("  kg query --list                   # the named SPARQL questions")
    click.echo(f"  kg render {trig} --party ukraine -o ukraine.html")
