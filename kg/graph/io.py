"""Save and load a projection: node-link JSON that reads back into an equal multigraph.

Every attribute the projection writes is plain JSON (strings, numbers, lists, dicts,
None), so ``graph_from_json(graph_to_json(G))`` is isomorphic to ``G`` with the same
node and edge attributes, and the text can be stored beside a notebook.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from kg.errors import GraphError

__all__ = ["graph_from_json", "graph_to_json"]

_FORMAT = "kg-networkx"


def graph_to_json(G: nx.MultiDiGraph[str]) -> str:
    """Return ``G`` as node-link JSON text (keys sorted, so equal graphs give equal text).

    Parameters
    ----------
    G
        A projection from :func:`kg.to_networkx` (or any multigraph with JSON attributes).

    Returns
    -------
    str
        JSON with ``nodes`` (each with its key as ``iri``), ``edges`` (each with its
        ``key``) and the graph attributes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="mirrors", relation="mirrors", article="x")
    'mirrors'
    >>> nx.utils.graphs_equal(graph_from_json(graph_to_json(G)), G)
    True
    """
    data = nx.node_link_data(G, edges="edges", name="iri")
    data["graph"] = {**data.get("graph", {}), "format": _FORMAT}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def graph_from_json(text: str) -> nx.MultiDiGraph[str]:
    """Read a multigraph written by :func:`graph_to_json`.

    Parameters
    ----------
    text
        The JSON text.

    Returns
    -------
    networkx.MultiDiGraph
        The graph, with its node, edge and graph attributes.

    Raises
    ------
    GraphError
        If the text is not JSON or not a node-link graph written by kg.

    Examples
    --------
    >>> G = graph_from_json('{"nodes": [{"iri": "a", "kind": "party"}], "edges": []}')
    >>> dict(G.nodes(data=True))
    {'a': {'kind': 'party'}}
    """
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphError(f"not JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from exc
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("nodes"), list)
        or not isinstance(data.get("edges"), list)
    ):
        raise GraphError(
            "not a node-link graph: expected an object with 'nodes' and 'edges' lists; "
            "write it with kg.graph_to_json"
        )
    for i, item in enumerate(data["nodes"]):
        if not isinstance(item, dict) or not isinstance(item.get("iri"), str):
            raise GraphError(f"not a node-link graph kg can read: nodes[{i}] has no 'iri'")
    for i, item in enumerate(data["edges"]):
        if not isinstance(item, dict) or not {"source", "target", "key"} <= item.keys():
            raise GraphError(
                f"not a node-link graph kg can read: edges[{i}] needs 'source', 'target' and 'key'"
            )
    graph = dict(data.get("graph") or {})
    graph.pop("format", None)
    data["graph"] = graph
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges", name="iri")
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphError(f"not a node-link graph kg can read: {exc}") from exc
    return G  # type: ignore[return-value]
