"""Read annotation files: YAML → checked :class:`~kg.model.Annotation`, every problem at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from pydantic import ValidationError

from kg.annotation._check import (
    SECTIONS,
    Entry,
    EvidenceKey,
    Parts,
    check_parts,
    default_gazetteer,
)
from kg.errors import AnnotationError, KgFileError, Problem
from kg.explain import translate_errors
from kg.files import StrPath, read_text
from kg.gazetteer import Gazetteer
from kg.model import FACT_SECTIONS, Annotation, Evidence, Fact
from kg.yamldoc import FieldPath, YamlDocument, read_yaml

__all__ = ["parse_annotation", "read_annotation", "read_annotations", "text_file_path"]

_TEXT_FILE: FieldPath = ("article", "text_file")


def text_file_path(base_dir: Path, name: str) -> Path | None:
    """Resolve ``text_file`` against the annotation's folder; None if it may not be used.

    Only relative paths that stay inside the folder are allowed, so an annotation cannot
    make kg read or write files elsewhere.
    """
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if (
        not name.strip()
        or PurePosixPath(name).is_absolute()
        or PureWindowsPath(name).is_absolute()
        or PureWindowsPath(name).drive
        or ".." in parts
    ):
        return None
    return base_dir.joinpath(*parts)


def read_annotation(path: StrPath, *, gazetteer: Gazetteer | None = None) -> Annotation:
    """Read and check one annotation file.

    Parameters
    ----------
    path
        The YAML file. A ``text_file`` it names is read relative to its folder.
    gazetteer
        The known parties; None for the bundled gazetteer.

    Returns
    -------
    Annotation
        The annotation, with the offsets of every evidence span filled in.

    Raises
    ------
    KgFileError
        If the file cannot be read as UTF-8 text.
    AnnotationError
        Listing every problem found: invalid YAML, unknown or missing fields, wrong
        values, unresolved references, evidence not in the text.
    """
    return _read(Path(path), default_gazetteer(gazetteer))[0]


def read_annotations(
    paths: Sequence[StrPath], *, gazetteer: Gazetteer | None = None
) -> list[Annotation]:
    """Read and check several annotation files, reporting the problems of all of them.

    Parameters
    ----------
    paths
        The YAML files.
    gazetteer
        The known parties; None for the bundled gazetteer.

    Returns
    -------
    list of Annotation
        The annotations, in the order of ``paths``.

    Raises
    ------
    AnnotationError
        Listing every problem of every file, including unreadable files and two files
        that use the same annotation id.
    """
    known = default_gazetteer(gazetteer)
    annotations: list[Annotation] = []
    problems: list[Problem] = []
    first: dict[str, Path] = {}
    for path in map(Path, paths):
        try:
            annotation, doc = _read(path, known)
        except AnnotationError as exc:
            problems.extend(exc.problems)
            continue
        except KgFileError as exc:
            problems.append(Problem(str(exc)))
            continue
        if annotation.id in first:
            problems.append(
                doc.problem(
                    ("id",),
                    f"annotation id '{annotation.id}' is also used by {first[annotation.id]}; "
                    "give each article its own id",
                )
            )
        first.setdefault(annotation.id, path)
        annotations.append(annotation)
    if problems:
        raise AnnotationError(problems)
    return annotations


def _read(path: Path, gazetteer: Gazetteer) -> tuple[Annotation, YamlDocument]:
    text = read_text(path, what="annotation file")
    return _parse(text, path=path, base_dir=path.parent, gazetteer=gazetteer)


def parse_annotation(
    text: str,
    *,
    path: Path | None = None,
    base_dir: Path | None = None,
    gazetteer: Gazetteer | None = None,
) -> Annotation:
    r"""Parse and check an annotation from YAML text.

    Parameters
    ----------
    text
        The YAML source.
    path
        The file it came from, for messages.
    base_dir
        Folder a ``text_file`` is relative to; defaults to the folder of ``path``, or the
        current folder.
    gazetteer
        The known parties; None for the bundled gazetteer.

    Returns
    -------
    Annotation
        The annotation, with the offsets of every evidence span filled in.

    Raises
    ------
    AnnotationError
        Listing every problem found.

    Examples
    --------
    >>> annotation = parse_annotation(
    ...     "kg_annotation: 1\n"
    ...     "id: tiny\n"
    ...     "article:\n"
    ...     "  title: Talks go on\n"
    ...     "  outlet: Harbour Ledger\n"
    ...     "  published: 2025-03-26\n"
    ...     "  language: en\n"
    ...     "  text: The talks went on.\n"
    ... )
    >>> annotation.article.published
    datetime.date(2025, 3, 26)
    """
    return _parse(text, path=path, base_dir=base_dir, gazetteer=default_gazetteer(gazetteer))[0]


def _parse(
    text: str, *, path: Path | None, base_dir: Path | None, gazetteer: Gazetteer
) -> tuple[Annotation, YamlDocument]:
    doc = read_yaml(text, path=path)
    if not isinstance(doc.data, dict):
        found = "is empty" if doc.data is None else f"holds {_a(type(doc.data).__name__)}"
        raise AnnotationError(
            [
                doc.problem(
                    (),
                    f"the file {found}, not an annotation: an annotation is a mapping of "
                    "fields that starts with 'kg_annotation: 1' and 'id: …'",
                )
            ]
        )
    if base_dir is None:
        base_dir = path.parent if path is not None else Path()
    data: dict[str, Any] = dict(doc.data)
    problems: list[Problem] = []
    skip: frozenset[FieldPath] = frozenset()
    if isinstance(data.get("article"), dict):
        data["article"] = dict(data["article"])
        if _resolve_text(data["article"], doc, base_dir, problems):
            skip = frozenset({("article", "text")})
    annotation: Annotation | None = None
    try:
        annotation = Annotation.model_validate(data)
    except ValidationError as exc:
        findings = translate_errors(exc.errors(), doc, text, skip=skip)
        problems.extend(doc.problem(loc, message) for loc, message in findings)
    # Entries are read from the file, not the model, which sorts parties and processes:
    # their indices must be those of the file for the lines to be right.
    findings, located = check_parts(_entries(data), gazetteer)
    problems.extend(doc.problem(loc, message) for loc, message in findings)
    if problems or annotation is None:
        raise AnnotationError(_in_file_order(problems))
    return _with_offsets(annotation, located), doc


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _resolve_text(
    article: dict[str, Any], doc: YamlDocument, base_dir: Path, problems: list[Problem]
) -> bool:
    """Load ``text_file`` into ``text``.

    Returns True when the text is missing for a reason already reported.
    """
    name = article.get("text_file")
    has_text, has_file = "text" in article, name is not None
    if has_text and has_file:
        problems.append(
            doc.problem(
                _TEXT_FILE,
                "the article has both 'text' and 'text_file'; give the text once: "
                "remove one of them",
            )
        )
        return False
    if not has_text and not has_file:
        problems.append(
            doc.problem(
                ("article",),
                "the article has no text: add 'text: |' followed by the text, or "
                "'text_file: NAME.txt' naming a UTF-8 file in the folder of this file",
            )
        )
        return True
    if not has_file:
        return False
    if not isinstance(name, str):
        return True  # the model reports the wrong type
    target = text_file_path(base_dir, name)
    if target is None:
        problems.append(
            doc.problem(
                _TEXT_FILE,
                f"text_file '{name}' must be a path relative to the folder of this file, "
                "without '..'",
            )
        )
        return True
    try:
        article["text"] = read_text(target, what="article text file")
    except KgFileError as exc:
        hint = "" if target.exists() else " ('text_file' is relative to the folder of this file)"
        problems.append(doc.problem(_TEXT_FILE, f"{exc}{hint}"))
        return True
    return False


def _entries(data: dict[str, Any]) -> Parts:
    """Read every entry of the document: valid ones as models, others as far as possible."""
    article = data.get("article")
    text = article.get("text") if isinstance(article, dict) else None
    parts = Parts(text=text if isinstance(text, str) and text else None)
    for section, model in SECTIONS.items():
        items = data.get(section)
        for index, item in enumerate(items if isinstance(items, list) else []):
            try:
                entry = Entry.from_model(section, index, model.model_validate(item))
            except ValidationError:
                entry = Entry.from_raw(section, index, item)
            parts.entries.append(entry)
    return parts


def _with_offsets(annotation: Annotation, located: dict[EvidenceKey, Evidence]) -> Annotation:
    if not located:
        return annotation
    update: dict[str, tuple[Fact, ...]] = {}
    for section in FACT_SECTIONS:
        facts: tuple[Fact, ...] = getattr(annotation, section)
        new: list[Fact] = []
        for index, fact in enumerate(facts):
            evidence = tuple(
                located.get((section, index, number), span)
                for number, span in enumerate(fact.evidence)
            )
            changed = evidence != fact.evidence
            new.append(fact.model_copy(update={"evidence": evidence}) if changed else fact)
        update[section] = tuple(new)
    return annotation.model_copy(update=update)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: p.line or 0)
