"""The graph as one self-contained, offline, interactive HTML file.

The document inlines vis-network 9 (the build that ships inside the ``pyvis`` package;
nothing is downloaded), the styles, the graph data and kg's own viewer script. A
Content-Security-Policy forbids every remote load. The graph data travels as JSON in a
``<script type="application/json">`` element, with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and is read with ``JSON.parse``; the viewer builds tooltips and the details
panel from DOM nodes and ``textContent``, so article text is always shown, never run.

pyvis's own HTML is not used: it links Bootstrap from a CDN even "in line", and its
``heading``, ``select_menu`` and ``href`` tooltips paste text into HTML unescaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.files import StrPath, write_atomic
from kg.render._layout import layout_structured
from kg.render._style import EDGE_STYLES, NODE_STYLES, edge_style_key, legend, node_style_key

__all__ = ["LARGE_GRAPH", "render_html", "write_html"]

LARGE_GRAPH = 300
"""Above this many nodes, positions are computed in Python and physics is off."""

_SHORT_LABEL = 32
_STRUCTURAL = ("party", "process")

# The Content-Security-Policy: nothing but the inlined scripts and styles may load or run.
_CSP = (
    "default-src 'none'; script-src {scripts}; style-src {styles}; img-src data:; "
    "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
    "frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)


@cache
def _vis_bundle() -> tuple[str, str]:
    """Return vis-network's JavaScript and CSS, as shipped inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    try:
        script = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
        css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - a broken pyvis install
        raise KgError(
            f"cannot read vis-network from the pyvis package ({exc}); reinstall it with "
            "'pip install --force-reinstall pyvis'"
        ) from exc
    # No source map: a browser with developer tools open would try to fetch it.
    script = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", script)
    return script, css


@cache
def _asset(name: str) -> str:
    return resources.files("kg.render").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _json_for_html(data: Any) -> str:
    """Serialise ``data`` so that no text inside it can end or break the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # These characters occur in JSON only inside strings, where \\uXXXX means the same.
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _SHORT_LABEL else label[: _SHORT_LABEL - 1].rstrip() + "…"


def _plain(value: Any) -> Any:
    """Return ``value`` as plain JSON data (lists for tuples/sets, str for anything else)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    return str(value)


def _node_payload(G: nx.MultiDiGraph[str], node: str, attrs: dict[str, Any]) -> dict[str, Any]:
    label = str(attrs.get("label") or attrs.get("id") or node)
    kind = str(attrs.get("kind") or "other")
    said_by = [str(p) for p in attrs.get("said_by") or []]
    parties = set(said_by)
    if kind == "party":
        parties.add(str(attrs.get("id") or node))
    for other in (*G.predecessors(node), *G.successors(node)):
        other_attrs = G.nodes[other]
        if other_attrs.get("kind") == "party":
            parties.add(str(other_attrs.get("id") or other))
    status = attrs.get("status")
    return {
        "id": str(node),
        "nid": str(attrs.get("id") or ""),
        "label": label,
        "short": _short(label),
        "kind": kind,
        "cls": str(attrs.get("cls") or ""),
        "style": node_style_key(attrs),
        "status": None if status is None else str(status),
        "modality": None if attrs.get("modality") is None else str(attrs["modality"]),
        "article": None if attrs.get("article") is None else str(attrs["article"]),
        "said_by": said_by,
        "parties": sorted(parties),
        "evidence": _plain(attrs.get("evidence") or []),
    }


def _payload(
    G: nx.MultiDiGraph[str], *, title: str, physics: bool, iterations: int
) -> dict[str, Any]:
    nodes = [_node_payload(G, n, a) for n, a in G.nodes(data=True)]
    nodes.sort(key=lambda item: item["id"])
    status_of = {item["id"]: item["status"] for item in nodes}
    edges: list[dict[str, Any]] = []
    for u, v, key, attrs in G.edges(keys=True, data=True):
        relation = str(attrs.get("relation") or key)
        source_status = status_of[str(u)] if G.nodes[u].get("kind") == "position" else None
        edges.append(
            {
                "from": str(u),
                "to": str(v),
                "relation": relation,
                "style": edge_style_key(relation, source_status=source_status),
                "article": None if attrs.get("article") is None else str(attrs["article"]),
            }
        )
    edges.sort(key=lambda e: (e["from"], e["to"], e["relation"], e["article"] or ""))
    for index, edge in enumerate(edges):
        edge["id"] = f"e{index}"
    if not physics:
        positions = {str(node): xy for node, xy in layout_structured(G).items()}
        for item in nodes:
            item["x"], item["y"] = positions[item["id"]]
    node_keys = {item["style"] for item in nodes}
    edge_keys = {edge["style"] for edge in edges}
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "styles": {
            "nodes": {k: v for k, v in NODE_STYLES.items() if k in node_keys},
            "edges": {k: v for k, v in EDGE_STYLES.items() if k in edge_keys},
        },
        "legend": legend(node_keys, edge_keys),
        "options": {
            "physics": physics,
            "iterations": iterations,
            "large": len(nodes) > LARGE_GRAPH,
        },
    }


def render_html(
    G: nx.MultiDiGraph[str],
    *,
    title: str = "Negotiation graph",
    physics: bool | None = None,
    iterations: int | None = None,
) -> str:
    """Return the graph as one self-contained interactive HTML document.

    Parameters
    ----------
    G
        A graph as made by :func:`kg.graph.to_networkx`: node attributes ``kind``,
        ``cls``, ``label``, ``article``, ``said_by``, ``status``, ``evidence``,
        ``modality``; edge attribute ``relation``.
    title
        The page title and heading (shown as text).
    physics
        True: lay the graph out in the browser (stabilise, then freeze). False: fixed
        positions computed here (fast at any size). None (default): physics up to
        :data:`LARGE_GRAPH` nodes, fixed positions above.
    iterations
        The most stabilisation steps the browser runs with physics on; by default 1,000
        for small graphs, fewer for large ones so the first picture comes in seconds.

    Returns
    -------
    str
        The document: vis-network, styles, data and script inlined; no network access.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:x:kyiv", kind="party", cls="State", label="Ukraine", id="ukraine")
    >>> page = render_html(G, title="Example")
    >>> page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    True
    """
    n = G.number_of_nodes()
    use_physics = n <= LARGE_GRAPH if physics is None else physics
    if iterations is None:
        iterations = 1000 if n <= LARGE_GRAPH else max(50, 300_000 // max(n, 1))
    data = _json_for_html(_payload(G, title=title, physics=use_physics, iterations=iterations))
    vis_js, vis_css = _vis_bundle()
    viewer_js, viewer_css = _asset("viewer.js"), _asset("viewer.css")
    csp = _CSP.format(
        scripts=f"{_csp_hash(vis_js)} {_csp_hash(viewer_js)}",
        styles=f"{_csp_hash(vis_css)} {_csp_hash(viewer_css)}",
    )
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title, quote=True),
        "VIS_CSS": vis_css,
        "VIEWER_CSS": viewer_css,
        "DATA": data,
        "VIS_JS": vis_js,
        "VIEWER_JS": viewer_js,
    }
    # One pass over the template: inserted text is never scanned for placeholders again.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _asset("template.html"))


def write_html(
    G: nx.MultiDiGraph[str],
    path: StrPath,
    *,
    title: str = "Negotiation graph",
    physics: bool | None = None,
    iterations: int | None = None,
) -> int:
    """Write :func:`render_html` of ``G`` to ``path`` atomically; return its size in bytes.

    Raises
    ------
    KgFileError
        If the file cannot be written (nothing is left behind).
    """
    data = render_html(G, title=title, physics=physics, iterations=iterations).encode("utf-8")
    write_atomic(path, data)
    return len(data)
