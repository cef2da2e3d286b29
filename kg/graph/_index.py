"""An index of a dataset's quads by subject, for the projection to read nodes from.

rdflib's own ``rdflib_to_networkx_multidigraph`` reads triples, not quads, turns literals
into nodes and forgets the named graph; the projection reads every named graph once into
this index instead (remembering each triple's article) and looks values up by subject and
property.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.namespace import DATA, GRAPH, concept_value

__all__ = ["QuadIndex", "Terms", "article_of_graph", "code_of", "local_id"]

_ARTICLE_GRAPH = str(GRAPH["article/"])


class Terms:
    """A namespace's terms, each looked up once and then kept as a plain attribute.

    ``NEG.content`` goes through rdflib's checked ``__getattr__`` (and ``OA.hasBody``
    mints and validates a new IRI) on every access; the projection reads a few terms per
    quad, so it reads them through ``Terms(NEG)`` instead. Unknown terms still raise.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


def article_of_graph(context: Node | None) -> str | None:
    """Return the article id of a named graph IRI, or None (registry, default graph)."""
    text = str(context) if context is not None else ""
    return text[len(_ARTICLE_GRAPH) :] if text.startswith(_ARTICLE_GRAPH) else None


def local_id(node: Node, kind: str) -> str:
    """Return the id in ``…/id/{kind}/{id}`` (a party, process or reference IRI)."""
    prefix = str(DATA[f"{kind}/"])
    text = str(node)
    return text.removeprefix(prefix)


class QuadIndex:
    """Every quad of a dataset, by subject: ``values(s, p)`` and the graph each came from."""

    def __init__(self, dataset: Dataset) -> None:
        self.by_subject: dict[Node, dict[Node, list[tuple[Node, str | None]]]] = {}
        self.types: dict[Node, set[Node]] = defaultdict(set)
        self.by_object: dict[tuple[Node, Node], set[Node]] = defaultdict(set)
        rdf_type = RDF.type
        # graph by graph: cheaper than quads(), which looks up each triple's contexts
        for graph in dataset.graphs():
            article = article_of_graph(graph.identifier)
            for s, p, o in graph:
                props = self.by_subject.get(s)
                if props is None:
                    props = self.by_subject[s] = {}
                values = props.get(p)
                if values is None:
                    props[p] = [(o, article)]
                else:
                    values.append((o, article))
                if p == rdf_type:
                    self.types[s].add(o)
                elif not isinstance(o, Literal):
                    self.by_object[(p, o)].add(s)
        for props in self.by_subject.values():  # deterministic order, duplicates removed
            for p, values in props.items():
                if len(values) > 1:
                    props[p] = sorted(set(values), key=lambda v: (str(v[0]), v[1] or ""))

    def of_type(self, cls: URIRef) -> list[Node]:
        """Return every subject typed ``cls``, sorted."""
        return sorted((s for s, types in self.types.items() if cls in types), key=str)

    def subjects(self, p: URIRef, o: Node) -> list[Node]:
        """Return every subject of ``? p o``, sorted."""
        return sorted(self.by_object.get((p, o), ()), key=str)

    def values(self, s: Node, p: URIRef) -> list[Node]:
        """Return the objects of ``s p``, distinct and sorted."""
        seen: list[Node] = []
        for o, _ in self.by_subject.get(s, {}).get(p, []):
            if o not in seen:
                seen.append(o)
        return seen

    def edges(self, s: Node, p: URIRef) -> list[tuple[Node, str | None]]:
        """Return ``(object, article id of its graph)`` for each quad ``s p o g``."""
        return list(self.by_subject.get(s, {}).get(p, []))

    def one(self, s: Node, p: URIRef) -> Node | None:
        """Return one object of ``s p`` (the first in order), or None."""
        values = self.values(s, p)
        return values[0] if values else None

    def python(self, s: Node, p: URIRef) -> Any:
        """Return the Python value of the literal ``s p``, or None."""
        value = self.one(s, p)
        if value is None:
            return None
        return value.toPython() if isinstance(value, Literal) else str(value)

    def text(self, s: Node, p: URIRef, *, lang: str | None = None) -> str | None:
        """Return ``s p`` as text, preferring a literal in ``lang``."""
        values = self.values(s, p)
        if lang is not None:
            for value in values:
                if isinstance(value, Literal) and value.language == lang:
                    return str(value)
        return str(values[0]) if values else None

    def code(self, s: Node, p: URIRef, enum: Any) -> str | None:
        """Return the code-list value of the concept ``s p``, or None."""
        return code_of(self.one(s, p), enum)


def code_of(node: Node | None, enum: Any) -> str | None:
    """Return the code-list value of ``enum`` the concept IRI ``node`` names, or None."""
    if not isinstance(node, URIRef):
        return None
    try:
        return str(concept_value(enum, node).value)
    except ValueError:
        return None
