"""kg — a knowledge graph of negotiation terms from news articles.

Turn annotated articles into an RDF dataset of parties, proposals, commitments,
conditions, positions and agreements, each fact attributed to a source and backed by an
evidence quote; validate it with SHACL; read it back into the models.

>>> import kg
>>> annotations = kg.read_annotations(kg.example_paths())
>>> dataset = kg.build_dataset(annotations)
>>> kg.validate_dataset(dataset).conforms
True
>>> [a.id for a in kg.read_dataset(dataset)] == [a.id for a in annotations]
True
"""

from __future__ import annotations

from importlib.metadata import version as _version

from kg.annotation import (
    check_annotation,
    dump_annotation,
    parse_annotation,
    read_annotation,
    read_annotations,
    write_annotation,
)
from kg.errors import (
    AnnotationError,
    GazetteerError,
    GraphError,
    KgError,
    KgFileError,
    OntologyError,
    Problem,
)
from kg.example import example_dir, example_paths
from kg.gazetteer import Gazetteer, Mention, load_gazetteer
from kg.model import (
    Agreement,
    Annotation,
    Article,
    Commitment,
    Condition,
    Evidence,
    Fact,
    Interaction,
    Party,
    Position,
    Process,
    Proposal,
    Term,
)
from kg.rdf import (
    add_annotation,
    annotation_to_graph,
    build_dataset,
    read_dataset,
    read_rdf,
    remove_annotation,
    serialize_dataset,
    write_rdf,
)
from kg.schema import annotation_json_schema
from kg.validate import (
    ValidationReport,
    ValidationResult,
    load_ontology,
    load_shapes,
    validate_dataset,
)

__version__ = _version("kg")

__all__ = [
    "Agreement",
    "Annotation",
    "AnnotationError",
    "Article",
    "Commitment",
    "Condition",
    "Evidence",
    "Fact",
    "Gazetteer",
    "GazetteerError",
    "GraphError",
    "Interaction",
    "KgError",
    "KgFileError",
    "Mention",
    "OntologyError",
    "Party",
    "Position",
    "Problem",
    "Process",
    "Proposal",
    "Term",
    "ValidationReport",
    "ValidationResult",
    "__version__",
    "add_annotation",
    "annotation_json_schema",
    "annotation_to_graph",
    "build_dataset",
    "check_annotation",
    "dump_annotation",
    "example_dir",
    "example_paths",
    "load_gazetteer",
    "load_ontology",
    "load_shapes",
    "parse_annotation",
    "read_annotation",
    "read_annotations",
    "read_dataset",
    "read_rdf",
    "remove_annotation",
    "serialize_dataset",
    "validate_dataset",
    "write_annotation",
    "write_rdf",
]
