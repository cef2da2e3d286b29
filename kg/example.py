"""The bundled example articles and their hand annotations (``kg/examples/``).

They are written for the project, annotated by hand, and serve as the demo data, the
test fixtures and the parser's development set.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["example_dir", "example_paths"]


def example_dir() -> Path:
    """Return the folder holding the bundled examples."""
    return Path(str(resources.files("kg").joinpath("examples")))


def example_paths() -> list[Path]:
    """Return the bundled annotation files (``*.yaml``), sorted by name.

    Examples
    --------
    >>> len(example_paths()) >= 8
    True
    """
    return sorted(example_dir().glob("*.yaml"))
