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
from kg.evaluation import EvaluationReport, evaluate, evaluate_parser
from kg.example import example_dir, example_paths
from kg.gazetteer import Gazetteer, Mention, load_gazetteer
from kg.graph import (
    Truth,
    build_timeline,
    conditions_by_party,
    dependency_graph,
    derive_statuses,
    explain_status,
    find_blockers,
    find_cycles,
    find_disagreements,
    find_positions,
    find_silences,
    find_single_source,
    find_term_changes,
    find_unanswered,
    graph_from_json,
    graph_to_json,
    list_conditions,
    to_networkx,
)
from kg.model import (
    Agreement,
    Annotation,
    Article,
    Commitment,
    Condition,
    Evidence,
    Extraction,
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
from kg.render import InlineGraph, render_html, show_html, write_html
from kg.schema import annotation_json_schema
from kg.sparql import (
    NamedQuery,
    QueryParam,
    QueryResult,
    format_result,
    list_queries,
    load_query,
    run_query,
    run_sparql,
)
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
    "EvaluationReport",
    "Evidence",
    "Extraction",
    "Fact",
    "Gazetteer",
    "GazetteerError",
    "GraphError",
    "InlineGraph",
    "Interaction",
    "KgError",
    "KgFileError",
    "Mention",
    "NamedQuery",
    "OntologyError",
    "Party",
    "Position",
    "Problem",
    "Process",
    "Proposal",
    "QueryParam",
    "QueryResult",
    "Term",
    "Truth",
    "ValidationReport",
    "ValidationResult",
    "__version__",
    "add_annotation",
    "annotation_json_schema",
    "annotation_to_graph",
    "build_dataset",
    "build_timeline",
    "check_annotation",
    "conditions_by_party",
    "dependency_graph",
    "derive_statuses",
    "dump_annotation",
    "evaluate",
    "evaluate_parser",
    "example_dir",
    "example_paths",
    "explain_status",
    "find_blockers",
    "find_cycles",
    "find_disagreements",
    "find_positions",
    "find_silences",
    "find_single_source",
    "find_term_changes",
    "find_unanswered",
    "format_result",
    "graph_from_json",
    "graph_to_json",
    "list_conditions",
    "list_queries",
    "load_gazetteer",
    "load_ontology",
    "load_query",
    "load_shapes",
    "parse_annotation",
    "read_annotation",
    "read_annotations",
    "read_dataset",
    "read_rdf",
    "remove_annotation",
    "render_html",
    "run_query",
    "run_sparql",
    "serialize_dataset",
    "show_html",
    "to_networkx",
    "validate_dataset",
    "write_annotation",
    "write_html",
    "write_rdf",
]
