"""What every ``kg`` command shares: the group, exit codes, error handling, arguments.

A command module imports :data:`cli` from here and registers its commands on it; the
package ``__init__`` imports every command module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from rdflib import Dataset

from kg import __version__
from kg.annotation import read_annotations
from kg.errors import AnnotationError, KgError
from kg.example import example_dir
from kg.namespace import bind_prefixes
from kg.rdf import FORMATS, build_dataset, read_rdf

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "FILES",
    "INPUTS",
    "Failed",
    "Problems",
    "annotation_paths",
    "cli",
    "guarded",
    "load_inputs",
]

EXIT_OK, EXIT_PROBLEMS, EXIT_FAILED = 0, 1, 2
#: Exit status of a command whose reader closed the pipe (128 + SIGPIPE), as shells report it.
EXIT_BROKEN_PIPE = 141

_F = TypeVar("_F", bound=Callable[..., Any])


class Problems(click.ClickException):
    """The data has problems: print them all, exit 1."""

    exit_code = EXIT_PROBLEMS

    def show(self, file: Any = None) -> None:
        click.echo(self.format_message(), err=True)


class Failed(click.ClickException):
    """The command could not run: ``Error: …``, exit 2."""

    exit_code = EXIT_FAILED


@contextmanager
def errors() -> Iterator[None]:
    try:
        yield
    except AnnotationError as exc:
        raise Problems(str(exc)) from exc
    except KgError as exc:
        raise Failed(str(exc)) from exc


def guarded(func: _F) -> _F:
    """Turn KgError into a clean message and anything unexpected into exit 2, no traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with errors():
                return func(*args, **kwargs)
        except click.ClickException:
            raise
        except BrokenPipeError:
            # The reader went away (``kg ask timeline | head``): stop quietly, as a
            # program killed by SIGPIPE would, instead of reporting an internal error.
            with suppress(OSError, ValueError):  # no real file descriptor (tests)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except Exception as exc:  # the CLI promises no raw traceback
            raise Failed(
                f"internal error: {type(exc).__name__}: {exc}. This is a bug in kg; "
                "please report it with the command you ran."
            ) from exc

    return wrapper  # type: ignore[return-value]


def annotation_paths(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not found:
                raise Failed(f"{path}: no annotation files (*.yaml) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out


FILES = click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=True),
)

#: Annotation files or folders and RDF files, for :func:`load_inputs`; none: the examples.
INPUTS = click.argument(
    "inputs",
    nargs=-1,
    metavar="[INPUT]...",
    type=click.Path(path_type=Path, exists=True, dir_okay=True),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build, check and validate a knowledge graph of negotiation terms from articles.

    Exit codes: 0 valid / done, 1 problems found in the data, 2 could not run.
    """


def load_inputs(inputs: Sequence[Path]) -> Dataset:
    """Build annotation files and folders and read RDF files into one dataset.

    With no inputs, the bundled examples. The commands that ask questions of the graph
    (``kg ask``, ``kg query``, ``kg sparql``, ``kg render``) take their input this way.
    """
    paths = list(inputs) or [example_dir()]
    rdf = [p for p in paths if p.is_file() and p.suffix.lower() in FORMATS]
    annotations = [p for p in paths if p not in rdf]
    for path in annotations:
        if path.is_file() and path.suffix.lower() not in (".yaml", ".yml"):
            known = ", ".join([".yaml", *FORMATS])
            raise Failed(
                f"{path}: cannot read a '{path.suffix or '(no suffix)'}' file here; give "
                f"annotation files or folders, or an RDF dataset ({known})"
            )
    dataset = Dataset()
    bind_prefixes(dataset)
    if annotations:
        dataset = build_dataset(read_annotations(annotation_paths(annotations)))
    for path in rdf:
        other = read_rdf(path)
        dataset.addN((s, p, o, dataset.graph(g)) for s, p, o, g in other.quads())
    return dataset
