"""Read YAML while remembering where every value stands, so errors can name the line.

:func:`read_yaml` parses safe YAML (no tags that run code) into plain Python data and a
:class:`YamlDocument` that maps a field path such as ``("proposals", 0, "terms", 1)`` to
its 1-based line. Duplicate keys, which PyYAML silently merges, are errors here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import AnnotationError, Problem

__all__ = ["FieldPath", "YamlDocument", "format_path", "read_yaml"]

#: A path into a YAML document: mapping keys and sequence indices.
FieldPath = tuple[str | int, ...]


def format_path(path: Sequence[str | int]) -> str:
    """Render a field path the way a reader writes it: ``proposals[0].terms[1].duration``.

    Examples
    --------
    >>> format_path(("proposals", 0, "terms", 1, "duration"))
    'proposals[0].terms[1].duration'
    >>> format_path(())
    ''
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class YamlDocument:
    """Parsed YAML data and the line of every value in it.

    Parameters
    ----------
    data
        The document as plain Python data (dicts, lists, scalars).
    path
        The file it came from, if any.
    lines
        1-based line of each field path; the value's line (for a mapping key, the key's).
    """

    data: Any
    path: Path | None = None
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """Return the line of ``path``, or of its nearest ancestor that has one.

        Parameters
        ----------
        path
            A field path; pydantic ``loc`` tuples work as they are.

        Returns
        -------
        int or None
            The 1-based line, or None for an empty document.
        """
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), None)

    def problem(self, path: Sequence[str | int], message: str) -> Problem:
        """Make a :class:`~kg.errors.Problem` located at ``path`` in this document."""
        return Problem(
            message=message,
            path=self.path,
            line=self.line_of(path),
            field=format_path(path),
        )


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, so a small file cannot expand into a huge one."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None,
                None,
                "aliases (*name) are not supported; write the value out in full",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def read_yaml(text: str, *, path: Path | None = None) -> YamlDocument:
    r"""Parse YAML text into data plus a line map.

    Parameters
    ----------
    text
        The YAML source.
    path
        The file it came from, used in error messages.

    Returns
    -------
    YamlDocument
        The data and the line of every field.

    Raises
    ------
    AnnotationError
        If the text is not valid YAML, holds several documents, or repeats a key.

    Examples
    --------
    >>> doc = read_yaml("a:\n  - x\n  - y\n")
    >>> doc.data
    {'a': ['x', 'y']}
    >>> doc.line_of(("a", 1))
    3
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[FieldPath, int] = {}
        problems: list[Problem] = []
        data = _construct(loader, node, (), lines, problems, path) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, yaml.scanner.ScannerError | yaml.parser.ParserError):
            what += "; check indentation and quoting (text with ': ' or ' #' needs quotes)"
        raise AnnotationError([Problem(f"not valid YAML: {what}", path=path, line=line)]) from exc
    except yaml.YAMLError as exc:
        raise AnnotationError([Problem(f"not valid YAML: {exc}", path=path)]) from exc
    finally:
        loader.dispose()
    if problems:
        raise AnnotationError(problems)
    return YamlDocument(data=data, path=path, lines=lines)


def _construct(
    loader: _Loader,
    node: yaml.Node,
    at: FieldPath,
    lines: dict[FieldPath, int],
    problems: list[Problem],
    path: Path | None,
) -> Any:
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int) or isinstance(key, bool):
                key = str(key)
            if key in out:
                problems.append(
                    Problem(
                        f"key '{key}' appears twice in the same mapping; keep one",
                        path=path,
                        line=key_node.start_mark.line + 1,
                        field=format_path((*at, key)),
                    )
                )
                continue
            lines[(*at, key)] = key_node.start_mark.line + 1
            out[key] = _construct(loader, value_node, (*at, key), lines, problems, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(loader, item, (*at, i), lines, problems, path)
            for i, item in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except ValueError:
        # A timestamp that does not exist (2025-02-30): keep the text, so the model's
        # validation reports it with its line like any other bad date.
        return node.value
