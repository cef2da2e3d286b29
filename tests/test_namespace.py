from enum import StrEnum

import pytest
from rdflib import Graph, URIRef

from kg.codes import CONCEPT_PREFIX, Scope, Stance
from kg.namespace import (
    NEG,
    article_graph_iri,
    article_iri,
    bind_prefixes,
    concept_iri,
    concept_value,
    ontology_file,
    party_iri,
    slug,
)


def test_unknown_term_raises() -> None:
    with pytest.raises(AttributeError, match="Propsal"):
        _ = NEG.Propsal


@pytest.mark.parametrize("enum", list(CONCEPT_PREFIX))
def test_every_code_has_a_concept_and_back(enum: type[StrEnum]) -> None:
    for member in enum:
        iri = concept_iri(member)
        assert iri in NEG  # declared in the DefinedNamespace
        assert concept_value(enum, iri) is member


def test_concept_value_rejects_other_scheme() -> None:
    with pytest.raises(ValueError, match="not a concept of Scope"):
        concept_value(Scope, concept_iri(Stance.rejects))


def test_iris_are_minted_from_ids() -> None:
    assert article_iri("a-1") == URIRef("https://w3id.org/negkg/id/article/a-1")
    assert article_graph_iri("a-1") == URIRef("https://w3id.org/negkg/graph/article/a-1")
    assert party_iri("russia") == URIRef("https://w3id.org/negkg/id/party/russia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Ledger", "harbour-ledger"),
        ("Süddeutsche Zeitung", "suddeutsche-zeitung"),
        ("<script>", "script"),
        ("!!!", "unnamed"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_bind_prefixes() -> None:
    prefixes = dict(bind_prefixes(Graph()).namespaces())
    assert prefixes["oa"] == URIRef("http://www.w3.org/ns/oa#")
    assert prefixes["schema"] == URIRef("https://schema.org/")


def test_ontology_files_are_package_data() -> None:
    assert ontology_file("README.md").is_file()
