"""Errors raised by kg, under one root.

Every error kg raises on purpose is a :class:`KgError`; a caller who wants to catch
everything kg can report writes ``except kg.KgError``. Branches also subclass the builtin
they resemble, so code that expects a ``ValueError`` keeps working::

    KgError(Exception)                        root
    ├── AnnotationError(KgError, ValueError)  an annotation file or model is invalid;
    │                                         carries one Problem per finding
    │   └── GazetteerError                    the party gazetteer is invalid
    ├── OntologyError(KgError)                the ontology or shapes cannot be loaded
    ├── GraphError(KgError, ValueError)       an RDF dataset cannot be read back into models
    └── KgFileError(KgError, OSError)         a file cannot be read or written

SHACL non-conformance is a result (:class:`kg.validate.ValidationReport`), not an error.
Messages say what failed, where (file:line and field path) and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "AnnotationError",
    "GazetteerError",
    "GraphError",
    "KgError",
    "KgFileError",
    "OntologyError",
    "Problem",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding in an input file: where it is, what is wrong and how to fix it.

    Parameters
    ----------
    message
        What is wrong, and how to fix it.
    path
        The file the problem is in, if it came from a file.
    line
        1-based line number in ``path``, if known.
    field
        The field path inside the document, e.g. ``proposals[0].terms[1].duration``.
    """

    message: str
    path: Path | None = None
    line: int | None = None
    field: str = ""

    def __str__(self) -> str:
        """Render as ``file:line: field: message``, leaving out what is unknown."""
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        parts = [p for p in (where, self.field) if p]
        return ": ".join([*parts, self.message])


class KgError(Exception):
    """Root of every error kg raises on purpose."""


class AnnotationError(KgError, ValueError):
    """An annotation is invalid; ``problems`` lists every finding.

    Parameters
    ----------
    problems
        The findings, in file order. There is at least one.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._render())

    def _render(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems:"]
        lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)


class GazetteerError(AnnotationError):
    """The party gazetteer file is invalid."""


class OntologyError(KgError):
    """The ontology or the SHACL shapes cannot be loaded."""


class GraphError(KgError, ValueError):
    """An RDF dataset does not hold what kg needs to read it back into models."""


class KgFileError(KgError, OSError):
    """A file cannot be read or written; the message names the file and the reason."""
