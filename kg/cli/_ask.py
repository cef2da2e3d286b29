"""The ``kg ask`` commands: questions answered on the networkx projection, with evidence.

Each subcommand reads annotation files, folders or an RDF file (the bundled examples by
default), projects them with :func:`kg.to_networkx` and prints the answer of one
analysis function as readable text, or as JSON with ``--format json``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click
import networkx as nx

from kg.cli._common import INPUTS, Failed, cli, guarded, load_inputs
from kg.graph import (
    DerivedStatus,
    FactRef,
    build_timeline,
    conditions_by_party,
    derive_statuses,
    explain_status,
    find_blockers,
    find_cycles,
    find_disagreements,
    find_positions,
    find_silences,
    find_single_source,
    find_term_changes,
    to_networkx,
)

__all__ = ["ask", "load_graph"]

_F = Callable[..., Any]


def load_graph(inputs: Sequence[Path], *, article: str | None = None) -> nx.MultiDiGraph[str]:
    """Read annotation files, folders and RDF files (default: the examples) and project them."""
    return to_networkx(load_inputs(inputs), article=article)


def _inputs(func: _F) -> _F:
    func = click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="Readable text, or JSON for programs.",
    )(func)
    func = click.option("--article", metavar="ID", help="Only the facts of this article (its id).")(
        func
    )
    return INPUTS(func)


def _qualified(fact: str | None, article: str | None) -> tuple[str | None, str | None]:
    """Split ``ARTICLE/FACT`` (as ``kg query`` names facts) into fact id and article."""
    if fact is None or "/" not in fact:
        return fact, article
    prefix, _, local = fact.partition("/")
    if article is not None and article != prefix:
        raise Failed(f"'{fact}' names article '{prefix}' but --article is '{article}'")
    return local, prefix


def _json(data: Any) -> None:
    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        return value

    items = [plain(item) for item in data] if isinstance(data, list) else plain(data)
    click.echo(json.dumps(items, ensure_ascii=False, indent=2))


def _quote(fact: FactRef, pad: str) -> Iterable[str]:
    for quote in fact.evidence[:1]:
        yield f'{pad}"{quote.quote}" ({fact.source}, {fact.article})'


@cli.group()
def ask() -> None:
    """Ask the graph: status, positions, conditions, cycles, sources, timeline.

    Every subcommand takes annotation files, folders of them, or an RDF file
    (.trig, .nq, .ttl, .jsonld) as INPUT — the bundled examples when none is given —
    and answers with the facts and evidence quotes behind the answer. Add
    --format json for machine-readable output.

    Example:

        kg ask status --fact russia-energy-pause
    """


def _status_line(status: DerivedStatus) -> str:
    reported = f", reported {status.reported}" if status.reported else ""
    return (
        f"  {status.reading:<12} {status.fact.id}  ({status.fact.kind}{reported}) "
        f"{status.fact.label}"
    )


@ask.command()
@_inputs
@click.option(
    "--fact", metavar="ID", help="Explain one commitment or proposal: its id, or ARTICLE/ID."
)
@guarded
def status(inputs: tuple[Path, ...], article: str | None, fmt: str, fact: str | None) -> None:
    """Show the derived status of commitments and proposals, and the chain behind it.

    A commitment is in force, not in force or pending (satisfied / unsatisfied /
    unknown) through its conditions: a reciprocity condition holds when the mirrored
    commitment does. Without --fact every commitment and proposal is listed, and the
    chain is shown for each conditional commitment.

    Example:

        kg ask status --fact russia-energy-pause
    """
    fact, article = _qualified(fact, article)
    G = load_graph(inputs, article=article)
    answers = explain_status(G, fact) if fact else derive_statuses(G)
    if fmt == "json":
        _json(answers)
        return
    if fact:
        click.echo("\n\n".join(a.explain() for a in answers))
        return
    current = None
    for answer in answers:
        if answer.fact.article != current:
            current = answer.fact.article
            click.echo(f"{current}:")
        click.echo(_status_line(answer))
    explained = [a for a in answers if a.reported == "conditional"]
    if explained:
        click.echo("\nWhy, for each conditional commitment:\n")
        click.echo("\n\n".join(a.explain() for a in explained))


@ask.command()
@_inputs
@click.option("--fact", metavar="ID", required=True, help="The commitment: its id, or ARTICLE/ID.")
@guarded
def blockers(inputs: tuple[Path, ...], article: str | None, fmt: str, fact: str) -> None:
    """Show what blocks a commitment: conditions upstream not known to be met.

    Example:

        kg ask blockers --fact russia-energy-pause
    """
    local, article = _qualified(fact, article)
    answers = find_blockers(load_graph(inputs, article=article), local or fact)
    if fmt == "json":
        _json(answers)
        return
    if not answers:
        click.echo(f"nothing blocks {fact}: every condition upstream is met")
    for b in answers:
        click.echo(f"{b.commitment.article}: {' -> '.join(b.path)} [{b.value}]")
        click.echo(f"  {b.reason}")
        click.echo("\n".join(_quote(b.condition, "  ")))


@ask.command()
@_inputs
@click.option(
    "--proposal", metavar="ID", help="One proposal (or agreement, or demand); all if omitted."
)
@guarded
def positions(
    inputs: tuple[Path, ...], article: str | None, fmt: str, proposal: str | None
) -> None:
    """List who accepts a proposal, on which conditions, who rejects it, who is silent.

    Example:

        kg ask positions --proposal us-energy-pause
    """
    proposal, article = _qualified(proposal, article)
    G = load_graph(inputs, article=article)
    if proposal is None:
        nodes = [n for n, a in G.nodes(data=True) if a["kind"] == "proposal"]
        nodes.sort(key=lambda n: (str(G.nodes[n]["article"]), G.nodes[n].get("order") or 0))
        answers = [a for n in nodes for a in find_positions(G, n)]
    else:
        answers = find_positions(G, proposal)
    if fmt == "json":
        _json(answers)
        return
    for i, answer in enumerate(answers):
        if i:
            click.echo("")
        to = ", ".join(answer.addressees) or "no one named"
        click.echo(f"{answer.proposal.id} ({answer.proposal.article}) — to {to}")
        click.echo(f"  {answer.proposal.label}")
        for p in answer.positions:
            extra = ""
            if p.conditions:
                extra += f" if {', '.join(c.id for c in p.conditions)}"
            if p.commitment is not None:
                extra += f" -> commits to {p.commitment.id}"
            click.echo(f"  {p.party}: {p.stance}{extra}  [{p.position.id}]")
            click.echo("\n".join(_quote(p.position, "      ")))
        if answer.unanswered:
            click.echo(f"  not answered: {', '.join(answer.unanswered)}")


@ask.command()
@_inputs
@click.option("--party", metavar="ID", help="Only conditions this party imposes or must meet.")
@guarded
def conditions(inputs: tuple[Path, ...], article: str | None, fmt: str, party: str | None) -> None:
    """List what each party demands, and what is required of each party.

    Example:

        kg ask conditions --party russia
    """
    G = load_graph(inputs, article=article)
    groups = conditions_by_party(G)
    if party is not None:
        known = [g.party for g in groups]
        if party not in known:
            raise click.BadParameter(
                f"no condition names '{party}'; parties on conditions: {', '.join(known)}",
                param_hint="--party",
            )
        groups = [g for g in groups if g.party == party]
    if fmt == "json":
        _json(groups)
        return
    for group in groups:
        click.echo(f"{group.party}")
        for title, items in (("demands", group.imposes), ("must meet", group.required_of)):
            for c in items:
                other = "of " + (", ".join(c.required_of) or "?") if title == "demands" else ""
                if title != "demands":
                    other = "set by " + ", ".join(c.imposed_by)
                gates = f"; gates {', '.join(g.id for g in c.gates)}" if c.gates else ""
                click.echo(f"  {title}: {c.condition.id} ({c.kind}, {other}) {c.asks}{gates}")
                click.echo("\n".join(_quote(c.condition, "      ")))


@ask.command()
@_inputs
@guarded
def cycles(inputs: tuple[Path, ...], article: str | None, fmt: str) -> None:
    """Find mutual conditions: commitments that wait on each other.

    Example:

        kg ask cycles kg/examples/trade-truce-90-days-de.yaml
    """
    answers = find_cycles(load_graph(inputs, article=article))
    if fmt == "json":
        _json(answers)
        return
    if not answers:
        click.echo("no mutual conditions found")
    for c in answers:
        path = " -> ".join(f.id for f in (*c.facts, c.facts[0]))
        click.echo(f"{c.article}: {', '.join(c.parties)}")
        click.echo(f"  {path}")
        for f in c.facts:
            click.echo("\n".join(_quote(f, "    ")))


@ask.command()
@_inputs
@click.option("--by-side", is_flag=True, help="Count sides (Kremlin and Putin: Russia).")
@guarded
def sources(inputs: tuple[Path, ...], article: str | None, fmt: str, by_side: bool) -> None:
    """List facts only one source reports, where sources disagree, and silences.

    Example:

        kg ask sources --by-side
    """
    G = load_graph(inputs, article=article)
    single = find_single_source(G, by_side=by_side)
    disagreements = find_disagreements(G)
    silences = find_silences(G)
    if fmt == "json":
        _json(
            {
                "single_source": [dataclasses.asdict(g) for g in single],
                "disagreements": [dataclasses.asdict(d) for d in disagreements],
                "silences": [dataclasses.asdict(s) for s in silences],
            }
        )
        return
    what = "side" if by_side else "source"
    click.echo(f"Reported by one {what} only ({len(single)}):")
    for g in single:
        click.echo(f"  {g.refers_to}: {', '.join(g.sides if by_side else g.sources)}")
    click.echo(f"\nSources disagree ({len(disagreements)}):")
    for d in disagreements:
        click.echo(f"  {d.subject} ({d.what}):")
        for a in d.accounts:
            click.echo(f"    {a.value:<24} {a.source}  [{a.fact.id}, {a.fact.article}]")
    click.echo(f"\nSilences ({len(silences)}):")
    for s in silences:
        about = s.regarding.id if s.regarding else "?"
        click.echo(
            f"  {s.party} {s.stance} on {about}  ({s.position.source}, {s.position.article})"
        )


@ask.command()
@_inputs
@click.option("--changes", is_flag=True, help="Show how terms changed between articles instead.")
@guarded
def timeline(inputs: tuple[Path, ...], article: str | None, fmt: str, changes: bool) -> None:
    """List interactions, proposals, positions and agreements in date order.

    The date is the fact's own (or the interaction a proposal was made during), else the
    article's publication date (marked "~"). With --changes: how proposals and
    commitments reported by several articles differ from one article to the next.

    Example:

        kg ask timeline --changes
    """
    G = load_graph(inputs, article=article)
    if changes:
        term_changes = find_term_changes(G)
        if fmt == "json":
            _json(term_changes)
            return
        if not term_changes:
            click.echo("no differences between articles")
        for c in term_changes:
            click.echo(
                f"{c.refers_to}: {c.field}: {c.before} -> {c.after}  "
                f"({c.earlier.article} -> {c.later.article})"
            )
        return
    events = build_timeline(G)
    if fmt == "json":
        _json(events)
        return
    for e in events:
        mark = "~" if e.dated_by == "published" else " "
        click.echo(f"{e.date}{mark} {e.fact.kind:<11} {e.fact.id}: {e.what}  ({e.fact.article})")
