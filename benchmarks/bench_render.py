"""Benchmark: the HTML export, in Python and in headless Chromium, in the same run.

A synthetic negotiation-shaped graph (shared registry parties; per article interactions,
proposals, commitments — some conditional —, reciprocity conditions, preconditions and
demands, positions of every stance, agreements; the edges the projection makes between
them) is rendered two ways:

- fixed    positions computed in Python (``layout_structured``), physics off — the
           default above ``kg.render.LARGE_GRAPH`` nodes;
- physics  no positions: vis-network lays the graph out in the browser, stabilising for
           at most the capped number of iterations, then freezes (the default for small
           graphs, forced here on the large one for comparison).

Python side: render time (median of ``--repeat``) against a baseline in the same run —
``json.dumps`` of the graph's node-link data, the cost of serialising the graph at all —
plus the layout time and the file size.

Browser side (Debian's Chromium through Playwright, every non-file request aborted):

- drawn        the page's own clock (``performance.now()``, from the start of the
               navigation) at the network's first ``afterDrawing``;
- responsive   wall clock from ``page.goto`` until, after the first draw, a user action
               completes a round trip: ``kg.select(node)`` (select, focus, fill the
               details panel, redraw) called from the test returns — the page answers
               input (includes Playwright's own overhead of a few ms per call);
- select ms    the duration of that round trip alone;
- stable       the page's clock at the end of stabilisation (physics) — or the first
               draw (fixed); "> N s" if it did not finish within ``--timeout``.

Ratios are physics / fixed in the same run, so they hold across machines.

Run:  python benchmarks/bench_render.py [--nodes 1000 5000] [--repeat 3] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx

from kg.render import layout_structured, render_html

# The sibling module measure.py, also when a test runs this file with runpy.
sys.path.insert(0, str(Path(__file__).parent))
from measure import timed

IRI = "https://w3id.org/negkg/id/"
PARTY_CLASSES = ["State"] * 5 + ["GovernmentBody"] * 3 + ["Person"] * 3 + ["Organisation"]
STANCES = ["accepts", "accepts_with_conditions", "rejects", "considers", "no_response"]
AGREEMENT_STATUSES = ["announced", "not_reached", "in_force", "collapsed"]
CONDITION_CLASSES = ["ReciprocityCondition", "Precondition", "Demand"]
FACTS_PER_ARTICLE = 17
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def negotiation_graph(n_nodes: int, *, seed: int = 7) -> nx.MultiDiGraph[str]:
    """Return a graph of about ``n_nodes`` nodes shaped like kg's projection."""
    rng = random.Random(seed)  # noqa: S311 - test data, not cryptography
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    n_parties = max(6, min(80, n_nodes // 60))
    parties = []
    for i in range(n_parties):
        node = f"{IRI}party/p{i}"
        G.add_node(
            node,
            kind="party",
            cls=PARTY_CLASSES[i % len(PARTY_CLASSES)],
            id=f"p{i}",
            label=f"Party {i}",
            article=None,
            said_by=[],
            modality=None,
            status=None,
            evidence=[],
        )
        parties.append(node)
    n_articles = max(1, (n_nodes - n_parties) // FACTS_PER_ARTICLE)

    def edge(u: str, v: str, relation: str, article: str) -> None:
        G.add_edge(u, v, key=relation, relation=relation, article=article)

    for a in range(n_articles):
        art = f"article-{a:05d}"
        made: dict[str, list[str]] = {}

        def fact(
            kind: str,
            cls: str,
            status: str | None = None,
            art: str = art,
            made: dict[str, list[str]] = made,
        ) -> str:
            index = len(made.setdefault(kind, []))
            ident = f"{kind}-{index}"
            node = f"{IRI}article/{art}/{kind}/{ident}"
            speaker = rng.choice(parties)
            quote = f"{art}: the {cls} {ident} as reported by {speaker.rsplit('/', 1)[1]}"
            G.add_node(
                node,
                kind=kind,
                cls=cls,
                id=ident,
                label=f"{cls} {ident} of {art}",
                article=art,
                said_by=[G.nodes[speaker]["id"]] if rng.random() < 0.8 else [],
                modality="reported",
                status=status,
                evidence=[{"quote": quote, "start": 0, "end": len(quote), "article": art}],
            )
            edge(node, speaker, "wasAttributedTo", art)
            made[kind].append(node)
            return node

        a_side, b_side = rng.sample(parties, 2)
        for _ in range(3):
            call = fact("interaction", "Interaction")
            edge(call, a_side, "participant", art)
            edge(call, b_side, "participant", art)
        proposals = []
        for _ in range(2):
            proposal = fact("proposal", "Proposal")
            edge(proposal, a_side, "proposedBy", art)
            edge(proposal, b_side, "proposedTo", art)
            proposals.append(proposal)
        commitments = []
        for i in range(4):
            conditional = i % 2 == 0
            commitment = fact(
                "commitment",
                "ConditionalCommitment" if conditional else "Commitment",
                "conditional" if conditional else rng.choice(["proposed", "active"]),
            )
            edge(commitment, a_side if i < 2 else b_side, "debtor", art)
            edge(commitment, b_side if i < 2 else a_side, "creditor", art)
            edge(commitment, rng.choice(proposals), "respondsTo", art)
            commitments.append(commitment)
        for i, cls in enumerate(CONDITION_CLASSES):
            condition = fact("condition", cls)
            edge(condition, a_side, "imposedBy", art)
            edge(condition, b_side, "requiredOf", art)
            edge(commitments[0 if i < 2 else 2], condition, "attachesCondition", art)
            edge(commitments[0 if i < 2 else 2], condition, "antecedent", art)
            if cls == "ReciprocityCondition":
                edge(condition, commitments[1], "mirrors", art)
        for stance in rng.sample(STANCES, 4):
            position = fact("position", "Position", stance)
            edge(position, rng.choice([a_side, b_side]), "heldBy", art)
            edge(position, rng.choice(proposals), "regarding", art)
        agreement = fact("agreement", "Agreement", rng.choice(AGREEMENT_STATUSES))
        for party in (a_side, b_side):
            edge(agreement, party, "hasParty", art)
        for commitment in commitments[:2]:
            edge(agreement, commitment, "comprises", art)
    return G


def _browser_times(path: Path, select: str, timeout_s: float) -> dict[str, Any]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {"requests": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def route(route: Any) -> None:
            if route.request.url.startswith(("file:", "data:", "about:", "blob:")):
                route.continue_()
            else:
                out["requests"].append(route.request.url)
                route.abort()

        page.route("**/*", route)
        timeout_ms = timeout_s * 1000
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=timeout_ms)
        out["drawn"] = time.perf_counter() - started
        before = time.perf_counter()
        page.evaluate("(id) => kg.select(id)", select)
        out["responsive"] = time.perf_counter() - started
        out["select_ms"] = (time.perf_counter() - before) * 1000
        try:
            page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=timeout_ms)
            out["stable"] = time.perf_counter() - started
        except PlaywrightTimeout:
            out["stable"] = None
        marks = page.evaluate("kg.timings")  # ms since the navigation started
        out["page"] = marks
        out["drawn"] = marks["drawn"] / 1000
        if out["stable"] is not None:
            out["stable"] = marks["stable"] / 1000
        out["iterations"] = page.evaluate(
            "JSON.parse(document.getElementById('kg-data').textContent).options.iterations"
        )
        browser.close()
    return out


def _measure(n_nodes: int, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Render one synthetic graph both ways; return one row per mode."""
    G = negotiation_graph(n_nodes)
    base_s, _ = timed(
        lambda: json.dumps(nx.node_link_data(G, edges="edges"), ensure_ascii=False), args.repeat
    )
    layout_s, _ = timed(lambda: layout_structured(G), args.repeat)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for mode, use_physics in (("fixed", False), ("physics", True)):
            render_s, page = timed(partial(render_html, G, physics=use_physics), args.repeat)
            path = Path(tmp) / f"{mode}.html"
            path.write_text(page, encoding="utf-8")
            row: dict[str, Any] = {
                "mode": mode,
                "nodes": G.number_of_nodes(),
                "edges": G.number_of_edges(),
                "base": base_s,
                "layout": layout_s,
                "render": render_s,
                "mb": len(page.encode()) / 1e6,
            }
            if not args.no_browser:
                row.update(_browser_times(path, next(iter(G)), args.timeout))
                assert row["requests"] == [], row["requests"]
            rows.append(row)
    return rows


def _print(rows: list[dict[str, Any]], timeout: float) -> None:
    header = (
        f"{'nodes':>6} {'edges':>6} {'mode':<8} {'layout s':>8} {'render s':>8} {'÷ json':>6} "
        f"{'MB':>5} {'drawn s':>8} {'respons. s':>10} {'select ms':>9} {'stable s':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        layout = f"{row['layout']:.3f}" if row["mode"] == "fixed" else "-"
        line = (
            f"{row['nodes']:>6} {row['edges']:>6} {row['mode']:<8} {layout:>8} "
            f"{row['render']:>8.3f} {row['render'] / row['base']:>6.1f} {row['mb']:>5.2f}"
        )
        if "drawn" in row:
            stable = f"{row['stable']:.1f}" if row["stable"] is not None else f"> {timeout:.0f}"
            line += (
                f" {row['drawn']:>8.2f} {row['responsive']:>10.2f} {row['select_ms']:>9.0f} "
                f"{stable:>9}"
            )
        print(line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=180, help="browser wait cap, seconds")
    parser.add_argument("--no-browser", action="store_true", help="Python side only")
    args = parser.parse_args(argv)

    render_html(negotiation_graph(50))  # warm up: read the vis-network bundle once
    rows = [row for n in args.nodes for row in _measure(n, args)]
    print("render ÷ json: render time over json.dumps(node_link_data) of the same graph")
    print()
    _print(rows, args.timeout)
    if args.no_browser:
        return
    print()
    for fixed, physics in zip(rows[::2], rows[1::2], strict=True):
        if physics["stable"] is not None:
            stable = f"stable {physics['stable'] / fixed['stable']:.1f}x"
        else:
            stable = f"not stabilised after {args.timeout:.0f} s"
        drawn = physics["drawn"] / fixed["drawn"]
        print(
            f"{fixed['nodes']} nodes, physics / fixed: drawn {drawn:.1f}x, {stable} "
            f"(physics capped at {physics['iterations']} iterations)"
        )
    for row in rows:
        marks = {k: round(v) for k, v in row["page"].items()}
        print(f"in-page performance.now() ms, {row['nodes']} {row['mode']}: {marks}")


if __name__ == "__main__":
    main()
