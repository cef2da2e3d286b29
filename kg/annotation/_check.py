"""Checks of an annotation against itself and the gazetteer: ids, references, evidence.

The checks work on :class:`Entry` objects: what could be read of each party, process
and fact. An entry comes from a valid model, or, when a file has errors, from the raw
YAML of an entry that failed validation, so :func:`kg.annotation.read_annotation` can
report a dangling reference or a misquoted span in the same run as a misspelt field.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from kg.annotation._evidence import locate_evidence
from kg.errors import Problem
from kg.explain import Finding
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import (
    FACT_SECTIONS,
    ID_PATTERN,
    REFERENCE_TARGETS,
    Annotation,
    Commitment,
    Condition,
    Evidence,
    Fact,
    Party,
    Process,
    Proposal,
    Term,
)
from kg.yamldoc import FieldPath, format_path

__all__ = [
    "SECTIONS",
    "Entry",
    "EvidenceKey",
    "Finding",
    "Parts",
    "check_annotation",
    "check_parts",
    "default_gazetteer",
]

#: A problem found by a check: where (field path) and what.
#: Where an evidence span stands: section, fact index, evidence index.
EvidenceKey = tuple[str, int, int]

#: Every section that holds entries with ids, with its model.
SECTIONS: dict[str, type[BaseModel]] = {"parties": Party, "processes": Process, **FACT_SECTIONS}
#: For each kind of entry, its fields that name parties and those that name other entries
#: (with the sections they may point into), from :data:`kg.model.REFERENCE_TARGETS`.
_PARTY_REFS: dict[type[BaseModel], tuple[str, ...]] = {
    model: tuple(n for n in model.model_fields if REFERENCE_TARGETS.get(n) == ("parties",))
    for model in SECTIONS.values()
}
_ENTRY_REFS: dict[type[BaseModel], dict[str, tuple[str, ...]]] = {
    model: {
        name: REFERENCE_TARGETS[name]
        for name in model.model_fields
        if REFERENCE_TARGETS.get(name, ("parties",)) != ("parties",)
    }
    for model in SECTIONS.values()
}
#: Where each kind of fact keeps its terms: a list of terms or a single one.
_TERM_FIELDS: dict[type[BaseModel], tuple[str, bool]] = {
    Proposal: ("terms", True),
    Commitment: ("term", False),
    Condition: ("demands", False),
}
_SINGULAR = {section: section.removesuffix("s") for section in SECTIONS}
_SINGULAR.update(parties="party", processes="process")
_ID_RE = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class Entry:
    """What could be read of one party, process or fact.

    Parameters
    ----------
    section, index
        Where it stands in the annotation.
    model
        Its model class.
    id
        Its id, if it has a readable one.
    refs
        Ids it names, by field (party and entry references).
    actors
        The ``actor`` ids of its terms, by field path relative to the entry.
    evidence
        Its evidence spans that are valid on their own, with their index.
    kind
        For a condition, its kind.
    bad_id
        True when its id is missing or malformed, so references to it cannot be judged.
    """

    section: str
    index: int
    model: type[BaseModel]
    id: str | None
    refs: dict[str, tuple[str, ...]]
    actors: tuple[tuple[FieldPath, tuple[str, ...]], ...] = ()
    evidence: tuple[tuple[int, Evidence], ...] = ()
    kind: str | None = None
    bad_id: bool = False

    @classmethod
    def from_model(cls, section: str, index: int, item: BaseModel) -> Entry:
        """Read a valid model."""
        model = type(item)
        names = (*_PARTY_REFS[model], *_ENTRY_REFS[model])
        actors: list[tuple[FieldPath, tuple[str, ...]]] = []
        if model in _TERM_FIELDS:
            name, many = _TERM_FIELDS[model]
            value = getattr(item, name)
            terms: tuple[Term | None, ...] = value if many else (value,)
            for number, term in enumerate(terms):
                if term is not None:
                    at: FieldPath = (name, number, "actor") if many else (name, "actor")
                    actors.append((at, term.actor))
        return cls(
            section=section,
            index=index,
            model=model,
            id=getattr(item, "id", None),
            refs={name: _as_ids(getattr(item, name)) for name in names},
            actors=tuple(actors),
            evidence=tuple(enumerate(item.evidence)) if isinstance(item, Fact) else (),
            kind=item.kind.value if isinstance(item, Condition) else None,
        )

    @classmethod
    def from_raw(cls, section: str, index: int, item: Any) -> Entry:
        """Read what is readable of an entry that failed validation."""
        model = SECTIONS[section]
        raw: dict[Any, Any] = item if isinstance(item, dict) else {}
        names = (*_PARTY_REFS[model], *_ENTRY_REFS[model])
        actors: list[tuple[FieldPath, tuple[str, ...]]] = []
        if model in _TERM_FIELDS:
            name, many = _TERM_FIELDS[model]
            value = raw.get(name)
            terms = (value if isinstance(value, list) else []) if many else [value]
            for number, term in enumerate(terms):
                if isinstance(term, dict):
                    at: FieldPath = (name, number, "actor") if many else (name, "actor")
                    actors.append((at, _as_ids(term.get("actor"))))
        evidence: list[tuple[int, Evidence]] = []
        spans = raw.get("evidence")
        for number, span in enumerate(spans if isinstance(spans, list) else []):
            try:
                evidence.append((number, Evidence.model_validate(span)))
            except ValidationError:
                continue
        ident, kind = _as_ids(raw.get("id")), raw.get("kind")
        return cls(
            section=section,
            index=index,
            model=model,
            id=ident[0] if ident else None,
            bad_id=not ident,
            refs={name: _as_ids(raw.get(name)) for name in names},
            actors=tuple(actors),
            evidence=tuple(evidence),
            kind=kind if model is Condition and isinstance(kind, str) else None,
        )


def _as_ids(value: Any) -> tuple[str, ...]:
    """Ids named by a field value; values that are not well-formed ids are skipped."""
    values = value if isinstance(value, list | tuple) else [value]
    return tuple(v for v in values if isinstance(v, str) and _ID_RE.match(v))


@dataclass
class Parts:
    """The article text and every entry that could be read.

    Parameters
    ----------
    text
        The article text, or None when it is unavailable (evidence is then not checked).
    entries
        Parties, processes and facts, in file order.
    """

    text: str | None
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def of(cls, annotation: Annotation) -> Parts:
        """Take every entry of a valid annotation."""
        entries = [
            Entry.from_model(section, index, item)
            for section in SECTIONS
            for index, item in enumerate(getattr(annotation, section))
        ]
        return cls(text=annotation.article.text, entries=entries)

    def in_section(self, section: str) -> list[Entry]:
        """Return the entries of one section."""
        return [entry for entry in self.entries if entry.section == section]

    def ids(self, *sections: str) -> set[str]:
        """Return the ids known in some sections."""
        return {e.id for e in self.entries if e.section in sections and e.id is not None}

    def unsure(self, *sections: str) -> bool:
        """Tell whether some entry of these sections has an id that could not be read."""
        return any(e.bad_id for e in self.entries if e.section in sections)


def default_gazetteer(gazetteer: Gazetteer | None) -> Gazetteer:
    """Return ``gazetteer``, or the bundled one when it is None."""
    return gazetteer if gazetteer is not None else load_gazetteer()


def check_annotation(
    annotation: Annotation, *, gazetteer: Gazetteer | None = None
) -> list[Problem]:
    """Check an annotation against itself and the gazetteer.

    Checks that fact ids are unique across all sections and do not clash with local
    party ids; that local parties do not redefine gazetteer ids; that every party and
    fact reference resolves to the right kind of entry; that a reciprocity condition does
    not mirror the commitment that depends on it; and that every evidence span lies in
    the article text and matches its quote (a span without offsets must occur once).

    Parameters
    ----------
    annotation
        The annotation to check.
    gazetteer
        The known parties; None for the bundled gazetteer.

    Returns
    -------
    list of Problem
        Every finding, with ``field`` set to its path and no file or line; empty when
        the annotation is sound.
    """
    findings, _ = check_parts(Parts.of(annotation), default_gazetteer(gazetteer))
    return [Problem(message, field=format_path(loc)) for loc, message in findings]


def check_parts(
    parts: Parts, gazetteer: Gazetteer
) -> tuple[list[Finding], dict[EvidenceKey, Evidence]]:
    """Run every check; also return the evidence spans whose offsets were found.

    Parameters
    ----------
    parts
        The entries to check.
    gazetteer
        The known parties.

    Returns
    -------
    findings : list of Finding
        Every problem, entry by entry.
    located : dict
        Evidence that had no offsets and was located, by (section, fact index,
        evidence index).
    """
    findings: list[Finding] = [*_check_ids(parts, gazetteer)]
    known_parties = set(gazetteer.ids()) | parts.ids("parties")
    located: dict[EvidenceKey, Evidence] = {}
    for entry in parts.entries:
        if not parts.unsure("parties"):
            findings.extend(_check_party_refs(entry, known_parties))
        findings.extend(_check_entry_refs(entry, parts))
        if parts.text is not None:
            findings.extend(_check_evidence(entry, parts.text, located))
    return findings, located


def _at(entry: Entry, *rest: str | int) -> FieldPath:
    return (entry.section, entry.index, *rest)


def _check_ids(parts: Parts, gazetteer: Gazetteer) -> Iterator[Finding]:
    parties = {e.id: e for e in reversed(parts.in_section("parties")) if e.id is not None}
    first: dict[tuple[str, str], Entry] = {}
    for entry in parts.entries:
        if entry.id is None:
            continue
        group = entry.section if entry.section in ("parties", "processes") else "facts"
        earlier = first.setdefault((group, entry.id), entry)
        where = format_path(_at(earlier))
        if entry.section == "parties" and entry.id in gazetteer:
            yield (
                _at(entry, "id"),
                (
                    f"party '{entry.id}' is already in the gazetteer; refer to it by id and "
                    "remove this entry, or give the new party another id"
                ),
            )
        elif earlier is not entry and group == "facts":
            yield (
                _at(entry, "id"),
                (
                    f"fact id '{entry.id}' is already used by {where}; fact ids must be unique "
                    "across all sections, rename one"
                ),
            )
        elif earlier is not entry:
            yield _at(entry, "id"), f"id '{entry.id}' is already used by {where}; rename one"
        elif group == "facts" and entry.id in parties:
            yield (
                _at(entry, "id"),
                (
                    f"fact id '{entry.id}' is also the id of "
                    f"{format_path(_at(parties[entry.id]))}; rename the fact"
                ),
            )


def _unknown_party(ref: str, known: set[str]) -> str:
    close = difflib.get_close_matches(ref, sorted(known), n=3, cutoff=0.6)
    hint = f"closest known ids: {', '.join(close)}" if close else "no known id is close"
    return f"unknown party '{ref}' ({hint}); if it is a new party, add it under 'parties:'"


def _check_party_refs(entry: Entry, known: set[str]) -> Iterator[Finding]:
    uses = [((name,), entry.refs[name]) for name in _PARTY_REFS[entry.model]]
    for at, refs in (*uses, *entry.actors):
        for ref in refs:
            if ref not in known:
                yield _at(entry, *at), _unknown_party(ref, known)


def _article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def _listing(words: list[str], conjunction: str) -> str:
    """Join words as prose: 'a', 'a or b', 'a, b or c'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _unknown_entry(ref: str, name: str, sections: tuple[str, ...], parts: Parts) -> str:
    wanted = _listing([_SINGULAR[s] for s in sections], "or")
    plural = _listing(list(sections), "and")
    known = sorted(parts.ids(*sections))
    other = next((_SINGULAR[s] for s in SECTIONS if ref in parts.ids(s)), None)
    if other is not None:
        message = (
            f"'{ref}' is {_article(other)} {other}, but '{name}' needs {_article(wanted)} {wanted}"
        )
    else:
        message = f"unknown {wanted} '{ref}'"
        close = difflib.get_close_matches(ref, known, n=1, cutoff=0.6)
        if close:
            return f"{message}; did you mean '{close[0]}'? Known {plural}: {', '.join(known)}"
    if known:
        return f"{message}; known {plural}: {', '.join(known)}"
    return f"{message}; this annotation has no {plural}: add it under '{sections[0]}:'"


def _check_entry_refs(entry: Entry, parts: Parts) -> Iterator[Finding]:
    for name, sections in _ENTRY_REFS[entry.model].items():
        for ref in entry.refs[name]:
            if ref not in parts.ids(*sections):
                if parts.unsure(*sections):
                    continue  # it may name the entry whose id is malformed
                yield _at(entry, name), _unknown_entry(ref, name, sections, parts)
            elif ref == entry.id:
                yield _at(entry, name), f"'{name}' names this {_SINGULAR[entry.section]} itself"
    if entry.model is Condition and entry.kind == "reciprocity":
        for mirrored in entry.refs["mirrors"]:
            depends = any(
                entry.id in other.refs["conditions"]
                for other in parts.in_section("commitments")
                if other.id == mirrored
            )
            if depends:
                yield (
                    _at(entry, "mirrors"),
                    (
                        f"condition '{entry.id}' mirrors commitment '{mirrored}', which depends "
                        "on it; a reciprocity condition mirrors the counterpart commitment (the "
                        "same term with the other party as debtor)"
                    ),
                )
    if entry.model is Process and entry.id is not None and _in_cycle(entry.id, parts):
        yield _at(entry, "part_of"), "the 'part_of' chain leads back to this process"


def _in_cycle(start: str, parts: Parts) -> bool:
    parent = {e.id: e.refs["part_of"] for e in parts.in_section("processes")}
    seen: set[str] = set()
    at = parent.get(start, ())
    while at:
        if at[0] == start:
            return True
        if at[0] in seen:
            return False
        seen.add(at[0])
        at = parent.get(at[0], ())
    return False


def _check_evidence(
    entry: Entry, text: str, located: dict[EvidenceKey, Evidence]
) -> Iterator[Finding]:
    for number, evidence in entry.evidence:
        result = locate_evidence(text, evidence)
        if result.problem is not None:
            yield _at(entry, "evidence", number, result.field), result.problem
        elif result.evidence is not None and result.evidence is not evidence:
            located[(entry.section, entry.index, number)] = result.evidence
