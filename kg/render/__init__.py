"""The graph as one self-contained, offline, interactive HTML page.

>>> import networkx as nx
>>> from kg.render import render_html
>>> G = nx.MultiDiGraph()
>>> G.add_node("urn:x:ukraine", kind="party", cls="State", label="Ukraine", id="ukraine")
>>> "https://" in render_html(G).split("<script>")[0]
False
"""

from __future__ import annotations

from kg.render._html import LARGE_GRAPH, render_html, write_html
from kg.render._layout import layout_structured
from kg.render._notebook import InlineGraph, show_html
from kg.render._style import EDGE_STYLES, NODE_STYLES

__all__ = [
    "EDGE_STYLES",
    "LARGE_GRAPH",
    "NODE_STYLES",
    "InlineGraph",
    "layout_structured",
    "render_html",
    "show_html",
    "write_html",
]
