"""The exported HTML in a real browser (Debian's Chromium, driven by Playwright), offline.

Every request is routed: file:, data:, about: and blob: pass, anything else is recorded
and aborted, and must not happen. Console errors, page errors and CSP violations fail
the test. Without Chromium or Playwright these tests are skipped, unless
``KG_REQUIRE_BROWSER=1`` (as CI sets it), where they fail.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import kg
from kg.render import LARGE_GRAPH, write_html
from tests.test_render import payload_graph

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL = ("file:", "data:", "about:", "blob:")
PWN_LABEL = "<img src=x onerror=window.__pwned=1>"
PWN_QUOTE = "</script><script>window.__pwned=1</script>"
# Collect CSP violations from the start (init scripts run outside the page's CSP).
WATCH_CSP = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def _missing() -> str | None:
    how = "install them with 'apt-get install chromium' and 'pip install -e .[dev]'"
    if importlib.util.find_spec("playwright") is None:
        return f"the Python package playwright is not installed; {how}"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (Debian's chromium); {how}"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def assert_clean(self) -> None:
        assert self.requests == [], "the page tried to reach the network"
        assert self.errors == []
        assert self.js("window.__csp") == []
        assert self.js("typeof window.__pwned") == "undefined"


@pytest.fixture
def open_graph(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    contexts: list[Any] = []

    def open_(G: nx.MultiDiGraph[str], **options: Any) -> Opened:
        path = tmp_path / f"graph{len(contexts)}.html"
        write_html(G, path, **options)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(route: Any) -> None:
            url = route.request.url
            if url.startswith(LOCAL):
                route.continue_()
            else:
                opened.requests.append(url)
                route.abort()

        page.route("**/*", route)
        page.add_init_script(WATCH_CSP)
        page.on("pageerror", lambda exc: opened.errors.append(f"pageerror: {exc}"))
        page.on(
            "console",
            lambda msg: (
                opened.errors.append(f"console: {msg.text}") if msg.type == "error" else None
            ),
        )
        page.goto(path.as_uri())
        # wait_for_function would evaluate strings in the page, which the CSP forbids.
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=60_000)
        page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=120_000)
        return opened

    yield open_
    for context in contexts:
        context.close()


def _painted(opened: Opened) -> int:
    """Count the canvas pixels that are not blank."""
    return int(
        opened.js(
            """() => {
        const canvas = document.querySelector('#kg-canvas canvas');
        const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 0 && (d[i] < 250 || d[i + 1] < 250 || d[i + 2] < 250)) n++;
        }
        return n;
      }"""
        )
    )


def _node_point(opened: Opened, node: str) -> tuple[float, float]:
    point = opened.js(
        """(id) => {
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const r = document.querySelector('#kg-canvas canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
      }""",
        node,
    )
    return float(point[0]), float(point[1])


def _payload_node(G: nx.MultiDiGraph[str]) -> str:
    return next(n for n, a in G.nodes(data=True) if a["id"] == "c1")


def test_examples_draw_offline_without_errors(open_graph: Callable[..., Opened]) -> None:
    G = kg.to_networkx(kg.build_dataset(kg.read_annotations(kg.example_paths())))
    opened = open_graph(G)
    assert opened.js("window.network.body.data.nodes.length") == G.number_of_nodes()
    assert _painted(opened) > 1000
    legend = opened.js("document.querySelectorAll('#kg-legend li').length")
    assert legend >= 20
    opened.assert_clean()


@pytest.mark.parametrize("physics", [True, False])
def test_hostile_text_is_shown_not_run(open_graph: Callable[..., Opened], physics: bool) -> None:
    G = payload_graph(PWN_LABEL, PWN_QUOTE)
    node = _payload_node(G)
    opened = open_graph(G, title=PWN_LABEL, physics=physics)
    opened.js("() => network.fit()")
    assert _painted(opened) > 100
    assert opened.js("document.title") == PWN_LABEL
    # hover: the tooltip shows the label and the quote as text
    x, y = _node_point(opened, node)
    opened.page.mouse.move(x - 40, y - 40)
    opened.page.mouse.move(x, y, steps=4)
    tooltip = opened.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.text_content() or ""
    assert PWN_LABEL in text
    assert PWN_QUOTE in text
    assert (
        opened.js("document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length") == 0
    )
    # click: the details panel shows them as text too
    opened.page.mouse.click(x, y)
    details = opened.page.locator("#kg-details")
    details.get_by_text(PWN_QUOTE).wait_for(timeout=5_000)
    assert PWN_LABEL in (details.text_content() or "")
    assert opened.js("document.querySelectorAll('img').length") == 0
    assert opened.js("document.querySelectorAll('script').length") == 3
    assert opened.js("network.getSelectedNodes()") == [node]
    opened.assert_clean()


def test_filters_search_and_kinds(open_graph: Callable[..., Opened]) -> None:
    G = payload_graph(extra=3)
    ids = {a["id"]: n for n, a in G.nodes(data=True)}
    opened = open_graph(G)
    total = G.number_of_nodes()
    shown = "() => kg.visibleNodeIds()"
    assert len(opened.js(shown)) == total

    # by party, through the page's API: Ukraine's facts and the parties they link to
    opened.js("() => kg.setFilter('party', 'ukraine')")
    visible = set(opened.js(shown))
    assert {ids["c2"], ids["k1"], ids["s1"], ids["ukraine"]} <= visible
    assert ids["p1"] not in visible
    assert ids["x0"] not in visible
    assert opened.js("network.body.data.nodes.length") == len(visible)

    # by source, through the select element
    opened.js("() => kg.resetFilters()")
    opened.page.select_option("#kg-filter-said-by", "ukraine")
    assert {ids["s1"], ids["ukraine"]} <= set(opened.js(shown))
    assert ids["c1"] not in set(opened.js(shown))
    assert "Showing" in (opened.page.text_content("#kg-summary") or "")

    # by status, and the outlet's own voice
    opened.page.click("#kg-reset")
    opened.page.select_option("#kg-filter-status", "rejects")
    assert ids["s1"] in set(opened.js(shown))
    assert ids["c1"] not in set(opened.js(shown))
    opened.js("() => kg.resetFilters()")
    opened.js("() => kg.setFilter('saidBy', 'outlet')")
    outlet = set(opened.js(shown))
    assert ids["p1"] in outlet
    assert ids["c1"] not in outlet

    # kinds: uncheck interactions
    opened.page.click("#kg-reset")
    opened.page.uncheck("#kg-kind-interaction")
    assert ids["x0"] not in set(opened.js(shown))
    opened.page.check("#kg-kind-interaction")
    assert len(opened.js(shown)) == total

    # search with the keyboard: type, Enter → the node is selected and described
    opened.page.focus("#kg-search")
    opened.page.keyboard.type("energy pause")
    opened.page.keyboard.press("Enter")
    opened.page.locator("#kg-search-results button").first.wait_for()
    assert opened.js("network.getSelectedNodes()") == [ids["p1"]]
    assert "30-day energy pause" in (opened.page.text_content("#kg-details") or "")
    assert opened.js("(q) => kg.search(q)", "ukraine")[0] == ids["ukraine"]
    # the canvas is a tab stop, and zooms with the keyboard
    opened.page.focus("#kg-canvas .vis-network")
    before = opened.js("network.getScale()")
    opened.page.keyboard.down("=")
    opened.page.wait_for_timeout(300)
    opened.page.keyboard.up("=")
    assert opened.js("network.getScale()") > before
    # a hidden node found by search shows everything again
    opened.js("() => kg.setFilter('party', 'ukraine')")
    assert opened.js("(id) => kg.select(id)", ids["p1"]) is True
    assert len(opened.js(shown)) == total
    opened.assert_clean()


def test_large_graph_keeps_its_computed_positions(open_graph: Callable[..., Opened]) -> None:
    G = payload_graph(extra=LARGE_GRAPH)
    opened = open_graph(G)
    data = opened.js("JSON.parse(document.getElementById('kg-data').textContent).nodes")
    expected = {n["id"]: (n["x"], n["y"]) for n in data}
    assert len(expected) == G.number_of_nodes()
    opened.page.wait_for_timeout(300)
    drawn = opened.js("network.getPositions()")
    assert {k: (v["x"], v["y"]) for k, v in drawn.items()} == expected
    assert _painted(opened) > 1000
    opened.assert_clean()
