"""The HTML graph inline in a notebook: an ``<iframe srcdoc>`` that works everywhere.

pyvis's ``show()`` writes a file and points an iframe at it, which stays blank in VS Code
and breaks outside a notebook server; a ``srcdoc`` iframe carries the whole document
with it, so the graph shows in JupyterLab, classic Jupyter, VS Code and exported
notebooks alike. The frame is sandboxed: scripts run, but in an origin of their own.
"""

from __future__ import annotations

import html

import networkx as nx

from kg.render._html import render_html

__all__ = ["InlineGraph", "show_html"]


class InlineGraph:
    """A rendered graph that Jupyter displays inline (it has ``_repr_html_``).

    Parameters
    ----------
    page
        The complete HTML document, as :func:`render_html` returns it.
    height
        Height of the frame in pixels.
    """

    def __init__(self, page: str, *, height: int = 600) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        """Return the iframe Jupyter shows: the page escaped into ``srcdoc``."""
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd" '
            'sandbox="allow-scripts" title="kg graph"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<InlineGraph: {len(self.page):,} characters, height {self.height}px>"


def show_html(
    G: nx.MultiDiGraph[str],
    *,
    title: str = "Negotiation graph",
    height: int = 600,
    physics: bool | None = None,
) -> InlineGraph:
    """Render ``G`` for display in a notebook cell (see :func:`render_html`).

    Parameters
    ----------
    G
        A graph as made by :func:`kg.graph.to_networkx`.
    title
        The page title and heading.
    height
        Height of the frame in pixels.
    physics
        As for :func:`render_html`.

    Returns
    -------
    InlineGraph
        Make it the last expression of a cell to show it.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:x:a", kind="party", cls="State", label="<b>A</b>", id="a")
    >>> frame = show_html(G)._repr_html_()
    >>> frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    >>> "<b>A</b>" in frame
    False
    """
    return InlineGraph(render_html(G, title=title, physics=physics), height=height)
