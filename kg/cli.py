"""The ``kg`` command line: a thin layer over the library.

Exit codes (as pySHACL, ruff and mypy use them):

- 0 — success: the input is valid, the output written;
- 1 — the command ran and found problems in the data (annotation errors, including a
  file that is not UTF-8 text, and SHACL violations);
- 2 — the command could not run (usage error, missing file, unknown format, an output
  that cannot be written).

Data goes to stdout, messages to stderr. No traceback reaches the user: every error kg
raises on purpose is printed as ``Error: …``, and anything unexpected as an internal
error with a request to report it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.annotation import read_annotations
from kg.errors import AnnotationError, KgError
from kg.rdf import build_dataset, format_for_path, read_rdf, write_rdf
from kg.schema import annotation_json_schema
from kg.validate import validate_dataset

__all__ = ["cli"]

EXIT_OK, EXIT_PROBLEMS, EXIT_FAILED = 0, 1, 2

_F = TypeVar("_F", bound=Callable[..., Any])


class _Problems(click.ClickException):
    """The data has problems: print them all, exit 1."""

    exit_code = EXIT_PROBLEMS

    def show(self, file: Any = None) -> None:
        click.echo(self.format_message(), err=True)


class _Failed(click.ClickException):
    """The command could not run: ``Error: …``, exit 2."""

    exit_code = EXIT_FAILED


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except AnnotationError as exc:
        raise _Problems(str(exc)) from exc
    except KgError as exc:
        raise _Failed(str(exc)) from exc


def _guarded(func: _F) -> _F:
    """Turn KgError into a clean message and anything unexpected into exit 2, no traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _errors():
                return func(*args, **kwargs)
        except click.ClickException:
            raise
        except Exception as exc:  # the CLI promises no raw traceback
            raise _Failed(
                f"internal error: {type(exc).__name__}: {exc}. This is a bug in kg; "
                "please report it with the command you ran."
            ) from exc

    return wrapper  # type: ignore[return-value]


def _annotation_paths(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not found:
                raise _Failed(f"{path}: no annotation files (*.yaml) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out


_FILES = click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=True),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build, check and validate a knowledge graph of negotiation terms from articles.

    Exit codes: 0 valid / done, 1 problems found in the data, 2 could not run.
    """


@cli.command()
@_FILES
@_guarded
def check(files: tuple[Path, ...]) -> None:
    """Check annotation files: structure, references and every evidence quote.

    FILES are annotation YAML files or folders holding them. Every problem is reported
    with file, line and field; the exit code is 1 if any was found.

    Example:

        kg check kg/examples/
    """
    paths = _annotation_paths(files)
    annotations = read_annotations(paths)
    for path, annotation in zip(paths, annotations, strict=True):
        facts = len(annotation.facts())
        click.echo(f"ok  {path}  ({facts} facts, status {annotation.status.value})", err=True)
    click.echo(f"{len(annotations)} annotation file(s) valid.", err=True)


@cli.command()
@_FILES
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Output file; the format follows the suffix: .trig, .ttl, .nq or .jsonld.",
)
@_guarded
def build(files: tuple[Path, ...], output: Path) -> None:
    """Build an RDF dataset from annotation files, validate it, and write it.

    One named graph per article plus the party registry. Nothing is written unless every
    annotation is valid and the built graph conforms to the SHACL shapes.

    Example:

        kg build kg/examples/ -o negotiations.trig
    """
    format_for_path(output)  # fail on an unknown suffix before doing any work
    started = time.perf_counter()
    annotations = read_annotations(_annotation_paths(files))
    dataset = build_dataset(annotations)
    report = validate_dataset(dataset)
    if not report.conforms:
        raise _Problems(f"the built graph does not conform; nothing written.\n{report.text}")
    write_rdf(dataset, output)
    elapsed = time.perf_counter() - started
    click.echo(
        f"built {len(annotations)} article(s), {len(dataset)} quads in {elapsed:.2f} s -> {output}",
        err=True,
    )


@cli.command()
@click.argument("dataset_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@_guarded
def validate(dataset_file: Path) -> None:
    """Validate an RDF file against kg's SHACL shapes and model.

    Prints the findings; exit code 0 if it conforms, 1 if not, 2 if it cannot be read.

    Example:

        kg validate negotiations.trig
    """
    report = validate_dataset(read_rdf(dataset_file))
    click.echo(report.text)
    if not report.conforms:
        sys.exit(EXIT_PROBLEMS)


@cli.command()
@_guarded
def schema() -> None:
    """Print the JSON Schema of annotation files, for editors that check YAML.

    Example:

        kg schema > annotation.schema.json
    """
    click.echo(json.dumps(annotation_json_schema(), indent=2, ensure_ascii=False))
