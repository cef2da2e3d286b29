"""The ``kg render`` command: the graph as one offline, interactive HTML file."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import INPUTS, Failed, cli, guarded, load_inputs
from kg.graph import KINDS, to_networkx
from kg.render import LARGE_GRAPH, write_html

__all__ = ["render"]


def _kinds(values: tuple[str, ...]) -> list[str] | None:
    kinds = [k.strip() for value in values for k in value.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise Failed(f"--kinds: unknown kind(s) {', '.join(unknown)}; use {', '.join(KINDS)}")
    return kinds or None


@cli.command()
@INPUTS
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--article", metavar="ID", help="Only this article's facts and their parties.")
@click.option("--party", metavar="ID", help="Only the neighbourhood of this party (gazetteer id).")
@click.option(
    "--kinds",
    multiple=True,
    metavar="KIND[,KIND]",
    help=f"Only these node kinds ({', '.join(KINDS)}); repeat or separate with commas.",
)
@click.option("--title", default="Negotiation graph", show_default=True, help="Page title.")
@click.option(
    "--physics/--no-physics",
    default=None,
    help=f"Lay out in the browser (stabilise, then freeze) or use fixed positions; by default "
    f"physics up to {LARGE_GRAPH} nodes.",
)
@guarded
def render(
    inputs: tuple[Path, ...],
    output: Path,
    article: str | None,
    party: str | None,
    kinds: tuple[str, ...],
    title: str,
    physics: bool | None,
) -> None:
    """Render the graph as one self-contained, offline, interactive HTML file.

    INPUT is annotation files or folders, or an RDF dataset (.trig, .nq, .ttl, .jsonld);
    the bundled examples by default. The page needs no network: open it in any browser.
    It has a legend, tooltips with the evidence quotes, filters by party, source, article,
    status and kind, a search box and a details panel.

    Example:

        kg render kg/examples/ -o graph.html --party russia
    """
    wanted = _kinds(kinds)
    G = to_networkx(load_inputs(inputs), kinds=wanted, article=article, party=party)
    if G.number_of_nodes() == 0:
        raise Failed(
            "nothing to render: the selection has no nodes; loosen --article/--party/--kinds"
        )
    size = write_html(G, output, title=title, physics=physics)
    click.echo(
        f"wrote {output} ({size / 1024:.0f} KiB, {G.number_of_nodes()} nodes, "
        f"{G.number_of_edges()} edges)"
    )
