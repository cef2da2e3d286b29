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

Each module of this package owns a group of commands and registers them on
:data:`cli` when imported; shared plumbing lives in ``_common``.
"""

from __future__ import annotations

from kg.cli import (
    _ask,  # noqa: F401 - registers kg ask
    _data,  # noqa: F401 - registers the commands
    _demo,  # noqa: F401 - registers kg demo
    _evaluate,  # noqa: F401 - registers kg evaluate
    _parse,  # noqa: F401 - registers kg parse
    _query,  # noqa: F401 - registers kg query and kg sparql
    _render,  # noqa: F401 - registers kg render
)
from kg.cli._common import cli

__all__ = ["cli"]
