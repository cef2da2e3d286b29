"""The HTML export: one offline file, escaped data, a complete legend, stable output."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.render import LARGE_GRAPH, NODE_STYLES, layout_structured, render_html, write_html

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(1)</script>"
IRI = "https://w3id.org/negkg/id/"


def payload_graph(label: str = IMG, quote: str = SCRIPT, *, extra: int = 0) -> nx.MultiDiGraph[str]:
    """A small graph following the projection contract, with hostile text in it."""
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()

    def party(ident: str, cls: str, name: str) -> str:
        node = f"{IRI}party/{ident}"
        G.add_node(
            node,
            kind="party",
            cls=cls,
            id=ident,
            label=name,
            article=None,
            said_by=[],
            modality=None,
            status=None,
            evidence=[],
        )
        return node

    def fact(ident: str, kind: str, cls: str, name: str, **attrs: Any) -> str:
        node = f"{IRI}article/a1/{kind}/{ident}"
        evidence = [
            {
                "quote": attrs.pop("quote", f"quote of {ident}"),
                "start": 0,
                "end": 5,
                "article": "a1",
            }
        ]
        G.add_node(
            node,
            kind=kind,
            cls=cls,
            id=ident,
            label=name,
            article="a1",
            said_by=attrs.pop("said_by", ["kremlin"]),
            modality="reported",
            status=attrs.pop("status", None),
            evidence=evidence,
        )
        return node

    russia = party("russia", "State", "Russia")
    ukraine = party("ukraine", "State", "Ukraine")
    kremlin = party("kremlin", "GovernmentBody", "Kremlin")
    proposal = fact("p1", "proposal", "Proposal", "30-day energy pause", said_by=[])
    ours = fact(
        "c1", "commitment", "ConditionalCommitment", label, quote=quote, status="conditional"
    )
    theirs = fact("c2", "commitment", "Commitment", "Ukraine pauses too", status="proposed")
    cond = fact("k1", "condition", "ReciprocityCondition", "if Kyiv does the same")
    rejects = fact(
        "s1", "position", "Position", "Kyiv rejects", status="rejects", said_by=["ukraine"]
    )
    for u, v, rel in [
        (proposal, russia, "proposedTo"),
        (ours, russia, "debtor"),
        (ours, proposal, "respondsTo"),
        (ours, cond, "attachesCondition"),
        (cond, theirs, "mirrors"),
        (theirs, ukraine, "debtor"),
        (ours, kremlin, "wasAttributedTo"),
        (rejects, proposal, "regarding"),
        (rejects, ukraine, "heldBy"),
        (cond, russia, "imposedBy"),
        (cond, ukraine, "requiredOf"),
    ]:
        G.add_edge(u, v, key=rel, relation=rel, article="a1")
    for i in range(extra):
        node = fact(f"x{i}", "interaction", "Interaction", f"call {i}", said_by=[])
        G.add_edge(node, russia, key="participant", relation="participant", article="a1")
    return G


class _Page(HTMLParser):
    """Every tag with its attributes, and the text of every script and style element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open, self._text = (tag, dict(attrs)), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            text = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._open[1], text))
            else:
                self.styles.append(text)
            self._open = None


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def data_of(page: str) -> dict[str, Any]:
    scripts = [
        text for attrs, text in parse(page).scripts if attrs.get("type") == "application/json"
    ]
    assert len(scripts) == 1
    result: dict[str, Any] = json.loads(scripts[0])
    return result


@pytest.fixture(scope="module")
def examples_graph() -> nx.MultiDiGraph[str]:
    return kg.to_networkx(kg.build_dataset(kg.read_annotations(kg.example_paths())))


def _csp(page: _Page) -> dict[str, list[str]]:
    metas = [
        a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(metas) == 1
    policy: dict[str, list[str]] = {}
    for directive in (metas[0]["content"] or "").split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


REMOTE = re.compile(r"^\s*(https?:|//|ftp:|ws:|wss:)", re.IGNORECASE)


def test_one_file_without_remote_loads(examples_graph: nx.MultiDiGraph[str]) -> None:
    page = parse(render_html(examples_graph))
    assert {t for t, _ in page.tags}.isdisjoint(
        {"link", "iframe", "img", "object", "embed", "base"}
    )
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "srcset", "poster", "data", "formaction"):
            value = attrs.get(name)
            assert value is None, f"<{tag} {name}={value!r}>: the page must load nothing"
        assert "url(" not in (attrs.get("style") or "")
    for css in page.styles:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
            assert url.startswith("data:"), url
            assert not REMOTE.match(url)
        assert "@import" not in css


def test_content_security_policy_forbids_remote_loads(examples_graph: nx.MultiDiGraph[str]) -> None:
    page = parse(render_html(examples_graph))
    policy = _csp(page)
    assert policy["default-src"] == ["'none'"]
    assert policy["connect-src"] == ["'none'"]
    assert policy["img-src"] == ["data:"]
    for directive in ("script-src", "style-src"):
        assert policy[directive], directive
        assert all(v.startswith("'sha256-") for v in policy[directive]), policy[directive]
    # Every executable script is allowed by its hash, and only those.
    code = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'"
        for t in code
    }
    assert hashes == set(policy["script-src"])
    assert len(code) == 2
    assert all("src" not in attrs for attrs, _ in page.scripts)


def test_vis_network_is_the_pyvis_bundle(examples_graph: nx.MultiDiGraph[str]) -> None:
    code = [text for attrs, text in parse(render_html(examples_graph)).scripts if not attrs]
    assert "@version 9.1.2" in code[0]
    assert "sourceMappingURL" not in code[0]


def test_legend_covers_every_class(examples_graph: nx.MultiDiGraph[str]) -> None:
    data = data_of(render_html(examples_graph))
    legend_nodes = {e["key"] for e in data["legend"]["nodes"]}
    legend_edges = {e["key"] for e in data["legend"]["edges"]}
    assert {n["style"] for n in data["nodes"]} == legend_nodes
    assert {e["style"] for e in data["edges"]} == legend_edges
    assert legend_nodes <= set(data["styles"]["nodes"])
    # every class of the graph has its own entry, not the fallback
    for _, attrs in examples_graph.nodes(data=True):
        key = next(n["style"] for n in data["nodes"] if n["cls"] == attrs["cls"])
        assert key.split(":")[0] == attrs["cls"]
    assert "other" not in legend_nodes
    assert {"Position:rejects", "ConditionalCommitment", "ReciprocityCondition"} <= legend_nodes
    assert {"mirrors", "antecedent", "rejection"} <= legend_edges


def test_styles_differ_by_class_stance_and_relation() -> None:
    data = data_of(render_html(payload_graph()))
    styles = data["styles"]
    assert styles["nodes"]["ConditionalCommitment"] != styles["nodes"]["Commitment"]
    assert styles["nodes"]["State"]["shape"] != styles["nodes"]["ReciprocityCondition"]["shape"]
    rejection = next(e for e in data["edges"] if e["relation"] == "regarding")
    assert rejection["style"] == "rejection"
    assert styles["edges"]["attachesCondition"]["dashes"]
    assert styles["edges"]["mirrors"]["color"] not in {
        v["color"] for k, v in styles["edges"].items() if k != "mirrors"
    }


@pytest.mark.parametrize(
    ("label", "quote"),
    [(IMG, SCRIPT), (SCRIPT, IMG), ("a\u2028b\u2029c & <!-- x", "]]> <![CDATA[ \"'`")],
)
def test_article_text_never_becomes_markup(label: str, quote: str) -> None:
    page = render_html(payload_graph(label, quote), title=IMG)
    for hostile in (IMG, SCRIPT, "<script>alert", "\u2028", "\u2029", "<!--"):
        assert hostile not in page
    parsed = parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 3
    assert [t for t, _ in parsed.tags if t == "img"] == []
    data = data_of(page)
    node = next(n for n in data["nodes"] if n["nid"] == "c1")
    assert node["label"] == label  # the data survives exactly
    assert node["evidence"][0]["quote"] == quote
    assert data["title"] == IMG
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in page


def test_output_is_deterministic() -> None:
    G = payload_graph(extra=5)
    shuffled: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    for u, v, key, attrs in reversed(list(G.edges(keys=True, data=True))):
        shuffled.add_edge(u, v, key=key, **attrs)
    assert render_html(G) == render_html(G)
    assert render_html(G) == render_html(shuffled)
    assert render_html(G, physics=False) == render_html(shuffled, physics=False)


def test_large_graph_gets_fixed_positions_and_no_physics() -> None:
    big = payload_graph(extra=LARGE_GRAPH)
    data = data_of(render_html(big))
    assert data["options"]["physics"] is False
    positions = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(positions) == big.number_of_nodes() == len(set(positions))
    small = data_of(render_html(payload_graph()))
    assert small["options"]["physics"] is True
    assert all("x" not in n for n in small["nodes"])
    assert data_of(render_html(big, physics=True))["options"]["physics"] is True
    assert "x" in data_of(render_html(payload_graph(), physics=False))["nodes"][0]


def test_layout_puts_shared_parties_above_article_blocks(
    examples_graph: nx.MultiDiGraph[str],
) -> None:
    pos = layout_structured(examples_graph)
    assert set(pos) == set(examples_graph)
    shared = [pos[n] for n, a in examples_graph.nodes(data=True) if a["article"] is None]
    facts = [pos[n] for n, a in examples_graph.nodes(data=True) if a["article"] is not None]
    assert max(y for _, y in shared) < min(y for _, y in facts)
    assert len(set(pos.values())) == len(pos)
    # one block per article: the bounding boxes of two articles do not overlap
    boxes: dict[str, list[int]] = {}
    for node, attrs in examples_graph.nodes(data=True):
        if attrs["article"] is not None:
            x, y = pos[node]
            box = boxes.setdefault(attrs["article"], [x, y, x, y])
            box[:] = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
    items = list(boxes.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_filters_have_the_data_they_need() -> None:
    data = data_of(render_html(payload_graph()))
    node = next(n for n in data["nodes"] if n["nid"] == "c1")
    assert node["parties"] == ["kremlin", "russia"]  # said by kremlin, russia is the debtor
    assert {n["style"] for n in data["nodes"]} <= set(NODE_STYLES)


def test_write_html_is_atomic_and_reports_the_size(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "graph.html"
    size = write_html(payload_graph(), out)
    assert out.stat().st_size == size
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]
    blocked = tmp_path / "file.txt"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(kg.KgFileError, match="cannot write"):
        write_html(payload_graph(), blocked / "graph.html")


# ---- the CLI ------------------------------------------------------------------------------


def test_cli_renders_the_examples(tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(cli, ["render", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    assert "KiB" in result.output
    data = data_of(out.read_text(encoding="utf-8"))
    assert {a for n in data["nodes"] if (a := n["article"])} >= {"energy-pause-call-de"}


def test_cli_narrows_by_article_kinds_and_party(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    example = str(kg.example_dir() / "energy-pause-call-de.yaml")
    args = ["render", example, "-o", str(out), "--kinds", "party,commitment", "--title", IMG]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert IMG not in page
    data = data_of(page)
    assert {n["kind"] for n in data["nodes"]} == {"party", "commitment"}
    result = CliRunner().invoke(
        cli, ["render", "--party", "russia", "--no-physics", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = data_of(out.read_text(encoding="utf-8"))
    assert data["options"]["physics"] is False
    assert "russia" in {n["nid"] for n in data["nodes"]}


def test_cli_reads_an_rdf_dataset(tmp_path: Path) -> None:
    trig = tmp_path / "n.trig"
    kg.write_rdf(kg.build_dataset(kg.read_annotations(kg.example_paths()[:2])), trig)
    out = tmp_path / "g.html"
    result = CliRunner().invoke(cli, ["render", str(trig), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from_yaml = tmp_path / "y.html"
    paths = [str(p) for p in kg.example_paths()[:2]]
    assert CliRunner().invoke(cli, ["render", *paths, "-o", str(from_yaml)]).exit_code == 0
    assert len(data_of(out.read_text("utf-8"))["nodes"]) == len(
        data_of(from_yaml.read_text("utf-8"))["nodes"]
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", "hello", "cannot read a '.txt' file here"),
        ("broken.trig", "@prefix : <x> . :a :b", "broken.trig"),
        ("broken.yaml", "kg_annotation: 1\nid: [", "broken.yaml"),
    ],
)
def test_cli_bad_input_is_a_clean_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "g.html"
    result = CliRunner().invoke(cli, ["render", str(bad), "-o", str(out)])
    assert result.exit_code in (1, 2), result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_unknown_selection_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    for args in (["--article", "no-such-article"], ["--kinds", "party,bogus"]):
        result = CliRunner().invoke(cli, ["render", *args, "-o", str(out)])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("Error:")
        assert not out.exists()


def test_cli_unwritable_output_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", "-o", str(blocker / "graph.html")])
    assert result.exit_code == 2, result.output
    assert "Error:" in result.output
    assert "cannot write" in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The benchmark stays runnable (Python side; its figures are reported, never asserted)."""
    import runpy

    bench = runpy.run_path(str(Path(__file__).parent.parent / "benchmarks" / "bench_render.py"))
    bench["main"](["--nodes", "400", "--repeat", "1", "--no-browser"])
    out = capsys.readouterr().out
    assert "fixed" in out
    assert "physics" in out
    G = bench["negotiation_graph"](400)
    kinds = {a["kind"] for _, a in G.nodes(data=True)}
    assert kinds == {
        "party",
        "interaction",
        "proposal",
        "commitment",
        "condition",
        "position",
        "agreement",
    }
