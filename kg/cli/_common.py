"""What every ``kg`` command shares: the group, exit codes, error handling, arguments.

A command module imports :data:`cli` from here and registers its commands on it; the
package ``__init__`` imports every command module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import AnnotationError, KgError

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "FILES",
    "Failed",
    "Problems",
    "annotation_paths",
    "cli",
    "guarded",
]

EXIT_OK, EXIT_PROBLEMS, EXIT_FAILED = 0, 1, 2

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build, check and validate a knowledge graph of negotiation terms from articles.

    Exit codes: 0 valid / done, 1 problems found in the data, 2 could not run.
    """
