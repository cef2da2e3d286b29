"""Reading and writing RDF files: TriG, Turtle, N-Quads and JSON-LD.

The format follows the file suffix. TriG, N-Quads and JSON-LD keep the named graphs;
Turtle has none, so a dataset is written as the union of its graphs (``read_dataset``
can still read the articles back from it).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError, KgFileError
from kg.files import StrPath, read_text, write_atomic
from kg.namespace import bind_prefixes

__all__ = ["FORMATS", "format_for_path", "read_rdf", "serialize_dataset", "write_rdf"]

#: File suffix → rdflib format name.
FORMATS: dict[str, str] = {
    ".trig": "trig",
    ".ttl": "turtle",
    ".nq": "nquads",
    ".jsonld": "json-ld",
}


def format_for_path(path: StrPath) -> str:
    """Return the rdflib format for ``path`` from its suffix.

    Raises
    ------
    KgFileError
        If the suffix is not one kg reads and writes.

    Examples
    --------
    >>> format_for_path(Path("out/graph.trig"))
    'trig'
    """
    path = Path(path)
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        raise KgFileError(
            f"{path}: unknown RDF format '{path.suffix or '(no suffix)'}'; use one of {known}"
        ) from None


def _union(dataset: Dataset) -> Graph:
    union = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def serialize_dataset(dataset: Dataset, fmt: str) -> str:
    """Serialise ``dataset`` in ``fmt`` ('trig', 'turtle', 'nquads' or 'json-ld').

    For Turtle the named graphs are merged into one graph.
    """
    if fmt == "turtle":
        return _union(dataset).serialize(format="turtle")
    if fmt == "nquads":
        # rdflib writes N-Quads in store order; sort the lines so output can be diffed.
        lines = dataset.serialize(format="nquads").splitlines()
        return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip())
    return dataset.serialize(format=fmt)


def write_rdf(dataset: Dataset, path: StrPath) -> None:
    """Write ``dataset`` to ``path`` atomically, in the format its suffix names.

    Raises
    ------
    KgFileError
        If the suffix is unknown or the file cannot be written.
    """
    path = Path(path)
    write_atomic(path, serialize_dataset(dataset, format_for_path(path)))


def read_rdf(path: StrPath) -> Dataset:
    """Read an RDF file into a dataset, in the format its suffix names.

    Raises
    ------
    KgFileError
        If the file cannot be read or its suffix is unknown.
    GraphError
        If the file is not valid RDF in that format.
    """
    path = Path(path)
    fmt = format_for_path(path)
    text = read_text(path, what="RDF file")
    dataset = Dataset()
    bind_prefixes(dataset)
    try:
        if fmt == "turtle":
            dataset.default_graph.parse(data=text, format="turtle")
        else:
            dataset.parse(data=text, format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types for bad input
        raise GraphError(f"{path}: not valid {fmt}: {exc}") from exc
    return dataset
