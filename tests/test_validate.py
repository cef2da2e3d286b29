"""SHACL validation of built datasets: findings name their article graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

import kg
from kg.errors import OntologyError
from kg.namespace import NEG, article_graph_iri, process_iri
from kg.rdf import fact_iri

EXAMPLES = kg.read_annotations(kg.example_paths())


def test_examples_conform() -> None:
    report = kg.validate_dataset(kg.build_dataset(EXAMPLES))
    assert report.conforms, report.text
    assert report.results == ()
    assert report.text == "Conforms: no violations."


def test_a_violation_names_its_article_graph() -> None:
    seed = next(a for a in EXAMPLES if a.id == "energy-pause-call-de")
    dataset = kg.build_dataset([seed, EXAMPLES[0]])
    position = fact_iri(seed.id, seed.positions[0])
    dataset.graph(article_graph_iri(seed.id)).remove((position, NEG.stance, None))
    report = kg.validate_dataset(dataset)
    assert not report.conforms
    shacl = [r for r in report.results if r.shape != "kg.model"]
    assert [(r.graph, r.focus, r.path) for r in shacl] == [
        (str(article_graph_iri(seed.id)), str(position), "neg:stance")
    ]
    assert "A position needs exactly one stance" in shacl[0].message
    model = [r for r in report.results if r.shape == "kg.model"]
    assert len(model) == 1
    assert "cannot be read back into the model" in model[0].message
    assert len(report.graph) > 0  # the SHACL report graph


def test_conflicts_between_articles_are_found() -> None:
    """Two articles naming one process differently: only the union shows it."""
    first, second = (a for a in EXAMPLES if a.id.startswith("energy-pause-call"))
    process = second.processes[0]
    renamed = process.model_copy(update={"label": "another name"})
    second = second.model_copy(update={"processes": (renamed, *second.processes[1:])})
    assert any(p.id == process.id for p in first.processes)
    report = kg.validate_dataset(kg.build_dataset([first, second]))
    assert not report.conforms
    (finding,) = report.results
    assert finding.focus == str(process_iri(process.id))
    assert finding.graph == ", ".join(sorted(str(article_graph_iri(a.id)) for a in (first, second)))


def test_custom_shapes_and_bad_shapes_file(tmp_path: Path) -> None:
    empty = Graph()
    assert kg.validate_dataset(kg.build_dataset(EXAMPLES[:1]), shapes=empty).conforms
    broken = tmp_path / "shapes.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"shapes\.ttl: cannot load"):
        kg.load_shapes(broken)
