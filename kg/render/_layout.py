"""A fast structured layout for large graphs: parties on top, one block per article.

Force-directed layouts are O(n²) per iteration (networkx ``spring_layout`` takes ~46 s at
5,000 nodes) and a browser running physics on thousands of nodes never settles. The
negotiation graph has a structure to lay out by instead:

- the shared nodes (registry parties, processes: ``article`` is None) form a band on top;
- every article gets a block; blocks sit side by side in a roughly square grid;
- inside a block, facts lie in bands by kind (local parties, interactions, proposals,
  commitments, conditions, positions, agreements), each band wrapped into rows;
- inside a band, nodes are ordered by the mean x of their already placed neighbours
  (one barycentre pass), which keeps most edges short and uncrossed.

Linear in nodes + edges: about 0.1 s for 5,000 nodes in pure Python.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

__all__ = ["layout_structured"]

_BANDS = ("party", "process", "interaction", "proposal", "commitment", "condition", "position")
_BAND_OF = {kind: i for i, kind in enumerate(_BANDS)}
_SPACING = 190  # px between neighbouring nodes
_ROW = 60  # px between rows inside a band
_BAND_GAP = 40  # px between bands
_BLOCK_GAP = 160  # px between article blocks


def _band(kind: object) -> int:
    return _BAND_OF.get(str(kind), len(_BANDS))  # agreements and unknown kinds last


def layout_structured(G: nx.MultiDiGraph[str]) -> dict[str, tuple[int, int]]:
    """Return integer ``(x, y)`` positions in pixels for every node of ``G``.

    Parameters
    ----------
    G
        A graph following the projection contract (node attributes ``kind`` and
        ``article``).

    Returns
    -------
    dict
        Node → position. The same graph always gives the same positions.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", kind="party", article=None)
    >>> G.add_node("a", kind="proposal", article="art-1")
    >>> G.add_edge("a", "p", key="proposedBy", relation="proposedBy")
    'proposedBy'
    >>> pos = layout_structured(G)
    >>> pos["p"][1] < pos["a"][1]
    True
    """
    shared: list[str] = []
    blocks: dict[str, list[list[str]]] = defaultdict(lambda: [[] for _ in range(len(_BANDS) + 1)])
    for node, attrs in G.nodes(data=True):
        article = attrs.get("article")
        if article is None:
            shared.append(node)
        else:
            blocks[str(article)][_band(attrs.get("kind"))].append(node)
    articles = sorted(blocks)
    n_facts = sum(len(band) for bands in blocks.values() for band in bands)
    # Block width: about sqrt of the average block size, so each block is roughly square.
    per_block = n_facts / max(1, len(articles))
    cols_in_block = max(3, math.ceil(math.sqrt(per_block * 1.5)))
    block_w = cols_in_block * _SPACING
    grid_cols = max(1, math.ceil(math.sqrt(len(articles)))) if articles else 1
    total_w = grid_cols * (block_w + _BLOCK_GAP)

    pos: dict[str, tuple[int, int]] = {}
    # Shared band: most connected first, centred rows across the whole width.
    shared.sort(key=lambda n: (-G.degree(n), str(n)))
    per_row = max(1, total_w // _SPACING)
    y = 0
    y = _place_rows(shared, pos, x0=0, width=total_w, per_row=per_row, y=y)
    top = y + _BAND_GAP * 3

    row_height = 0
    block_y = top
    for index, article in enumerate(articles):
        col = index % grid_cols
        if col == 0 and index:
            block_y += row_height + _BLOCK_GAP
            row_height = 0
        x0 = col * (block_w + _BLOCK_GAP)
        y = block_y
        for band in blocks[article]:
            if not band:
                continue
            band.sort(key=lambda n: (_barycentre(G, n, pos), str(n)))
            y = _place_rows(band, pos, x0=x0, width=block_w, per_row=cols_in_block, y=y)
            y += _BAND_GAP
        row_height = max(row_height, y - block_y)
    return pos


def _barycentre(G: nx.MultiDiGraph[str], node: str, pos: dict[str, tuple[int, int]]) -> float:
    xs = [pos[m][0] for m in (*G.predecessors(node), *G.successors(node)) if m in pos]
    return sum(xs) / len(xs) if xs else math.inf


def _place_rows(
    nodes: list[str],
    pos: dict[str, tuple[int, int]],
    *,
    x0: int,
    width: int,
    per_row: int,
    y: int,
) -> int:
    """Place ``nodes`` in centred rows of ``per_row`` from ``y``; return the next free y."""
    for start in range(0, len(nodes), per_row):
        row = nodes[start : start + per_row]
        offset = x0 + (width - len(row) * _SPACING) // 2 + _SPACING // 2
        for i, node in enumerate(row):
            # Stagger alternate nodes a little so straight edges along a row stay visible.
            pos[node] = (offset + i * _SPACING, y + (i % 2) * (_ROW // 3))
        y += _ROW
    return y
