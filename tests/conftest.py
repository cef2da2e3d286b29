"""Fixtures several test modules share: the bundled examples, read and built once."""

from __future__ import annotations

import pytest
from rdflib import Dataset

import kg
from kg.model import Annotation


@pytest.fixture(scope="session")
def examples() -> list[Annotation]:
    """Every bundled example annotation (frozen models)."""
    return kg.read_annotations(kg.example_paths())


@pytest.fixture(scope="session")
def dataset(examples: list[Annotation]) -> Dataset:
    """The dataset of all bundled examples; shared by the session, so tests must not change it."""
    return kg.build_dataset(examples)
