"""RDF for kg: build datasets from annotations, read them back, and serialise them.

- :mod:`kg.rdf.build` — annotations → one named graph per article + the party registry;
- :mod:`kg.rdf.read` — the way back, lossless;
- :mod:`kg.rdf.io` — reading and writing TriG, Turtle, N-Quads and JSON-LD files.
"""

from __future__ import annotations

from kg.rdf.build import (
    add_annotation,
    annotation_to_graph,
    build_dataset,
    fact_iri,
    party_to_graph,
    remove_annotation,
)
from kg.rdf.io import FORMATS, format_for_path, read_rdf, serialize_dataset, write_rdf
from kg.rdf.read import graph_to_annotations, read_dataset

__all__ = [
    "FORMATS",
    "add_annotation",
    "annotation_to_graph",
    "build_dataset",
    "fact_iri",
    "format_for_path",
    "graph_to_annotations",
    "party_to_graph",
    "read_dataset",
    "read_rdf",
    "remove_annotation",
    "serialize_dataset",
    "write_rdf",
]
