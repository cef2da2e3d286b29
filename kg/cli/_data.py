"""The data commands: ``kg check``, ``kg build``, ``kg validate`` and ``kg schema``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from kg.annotation import read_annotations
from kg.cli._common import EXIT_PROBLEMS, FILES, Problems, annotation_paths, cli, guarded
from kg.rdf import build_dataset, format_for_path, read_rdf, write_rdf
from kg.schema import annotation_json_schema
from kg.validate import validate_dataset

__all__ = ["build", "check", "schema", "validate"]


@cli.command()
@FILES
@guarded
def check(files: tuple[Path, ...]) -> None:
    """Check annotation files: structure, references and every evidence quote.

    FILES are annotation YAML files or folders holding them. Every problem is reported
    with file, line and field; the exit code is 1 if any was found.

    Example:

        kg check kg/examples/
    """
    paths = annotation_paths(files)
    annotations = read_annotations(paths)
    for path, annotation in zip(paths, annotations, strict=True):
        facts = len(annotation.facts())
        click.echo(f"ok  {path}  ({facts} facts, status {annotation.status.value})", err=True)
    click.echo(f"{len(annotations)} annotation file(s) valid.", err=True)


@cli.command()
@FILES
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Output file; the format follows the suffix: .trig, .ttl, .nq or .jsonld.",
)
@guarded
def build(files: tuple[Path, ...], output: Path) -> None:
    """Build an RDF dataset from annotation files, validate it, and write it.

    One named graph per article plus the party registry. Nothing is written unless every
    annotation is valid and the built graph conforms to the SHACL shapes.

    Example:

        kg build kg/examples/ -o negotiations.trig
    """
    format_for_path(output)  # fail on an unknown suffix before doing any work
    started = time.perf_counter()
    annotations = read_annotations(annotation_paths(files))
    dataset = build_dataset(annotations)
    report = validate_dataset(dataset)
    if not report.conforms:
        raise Problems(f"the built graph does not conform; nothing written.\n{report.text}")
    write_rdf(dataset, output)
    elapsed = time.perf_counter() - started
    click.echo(
        f"built {len(annotations)} article(s), {len(dataset)} quads in {elapsed:.2f} s -> {output}",
        err=True,
    )


@cli.command()
@click.argument("dataset_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@guarded
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
@guarded
def schema() -> None:
    """Print the JSON Schema of annotation files, for editors that check YAML.

    Example:

        kg schema > annotation.schema.json
    """
    click.echo(json.dumps(annotation_json_schema(), indent=2, ensure_ascii=False))
