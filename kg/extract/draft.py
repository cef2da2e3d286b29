"""The parser's working state: facts as editable records, then models.

Rules add :class:`DraftFact` records (section, readable id, model fields, evidence spans,
rule, confidence) and may update earlier ones (attach a condition to a position, add
evidence to a proposal reported twice). :meth:`Draft.facts` turns them into the frozen
models of :mod:`kg.model`, each with exact evidence offsets and its
:class:`~kg.model.Extraction`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import ValidationError

from kg.model import FACT_SECTIONS, REFERENCE_TARGETS, Evidence, Extraction, Fact

__all__ = ["Draft", "DraftFact", "slug"]


#: How many sentences back :meth:`Draft.recent` looks: more than a long news article has.
REACH: Final = 300


def slug(*parts: str) -> str:
    """Join parts into an id: lower-case ASCII letters and digits, joined by '-'.

    Examples
    --------
    >>> slug("united-states", "halt_attacks", "Proposal")
    'united-states-halt-attacks-proposal'
    """
    text = "-".join(parts).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words)[:72].strip("-") or "fact"


@dataclass
class DraftFact:
    """A fact under construction: where it goes, its fields, evidence and provenance."""

    section: str
    id: str
    fields: dict[str, Any]
    spans: list[tuple[int, int]]
    rule: str
    confidence: float
    sentence: int
    topic: frozenset[Any] = frozenset()
    #: Order of addition to the draft.
    seq: int = 0
    #: The draft's index of records by span start, kept up to date by :meth:`add_span`.
    starts: dict[int, list[DraftFact]] | None = field(default=None, repr=False, compare=False)

    def add_span(self, start: int, end: int) -> None:
        """Add an evidence span unless it is already there."""
        if (start, end) not in self.spans:
            self.spans.append((start, end))
            if self.starts is not None:
                self.starts.setdefault(start, []).append(self)


@dataclass
class Draft:
    """All facts of one article under construction, with unique readable ids."""

    text: str
    records: list[DraftFact] = field(default_factory=list)
    #: Ids in use, and per id base the last suffix given: adding stays O(1).
    _taken: set[str] = field(default_factory=set, repr=False)
    _suffix: dict[str, int] = field(default_factory=dict, repr=False)
    #: Values computed once per article for the rules (e.g. party counts), by name.
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    #: Indexes that keep every look-up of a rule independent of the article's length:
    #: records per section, per sentence and per start offset of their evidence.
    _sections: dict[str, list[DraftFact]] = field(default_factory=dict, repr=False)
    _sentences: dict[int, list[DraftFact]] = field(default_factory=dict, repr=False)
    _starts: dict[int, list[DraftFact]] = field(default_factory=dict, repr=False)
    _count: int = field(default=0, repr=False)
    _ids: dict[str, DraftFact] = field(default_factory=dict, repr=False)

    def add(
        self,
        section: str,
        base_id: str,
        fields: dict[str, Any],
        span: tuple[int, int],
        *,
        rule: str,
        confidence: float,
        sentence: int,
    ) -> DraftFact:
        """Add a fact; its id is ``base_id``, or ``base_id-2``, ``-3``… if taken."""
        fact_id, n = base_id, self._suffix.get(base_id, 1)
        if n > 1:
            fact_id = f"{base_id}-{n}"
        while fact_id in self._taken:
            n += 1
            fact_id = f"{base_id}-{n}"
        self._suffix[base_id] = n
        self._taken.add(fact_id)
        record = DraftFact(section, fact_id, fields, [], rule, confidence, sentence)
        record.starts, record.seq = self._starts, self._count
        self._count += 1
        record.add_span(*span)
        self._sections.setdefault(section, []).append(record)
        self._ids[fact_id] = record
        self._sentences.setdefault(sentence, []).append(record)
        if section == "proposals":
            record.topic = frozenset(
                [t["action"] for t in fields["terms"]]
                + [s for t in fields["terms"] for s in t.get("scope", ())]
            )
        self.records.append(record)
        return record

    def section(self, section: str) -> list[DraftFact]:
        """Return the records of one section, in order of addition."""
        return list(self._sections.get(section, ()))

    def get(self, fact_id: str) -> DraftFact | None:
        """Return the record with id ``fact_id``, or None."""
        return self._ids.get(fact_id)

    def of_sentence(self, index: int, section: str | None = None) -> list[DraftFact]:
        """Return the records drawn from sentence ``index`` (of one section), in order."""
        found = self._sentences.get(index, ())
        return [r for r in found if section is None or r.section == section]

    def recent(
        self, section: str, index: int, *, back: int = REACH, ahead: int = 0
    ) -> list[DraftFact]:
        """Return the records of ``section`` drawn from sentences near sentence ``index``.

        From ``back`` sentences before it to ``ahead`` after it, in order of sentence, then
        addition. Rules that look over the article (what a stance answers, an earlier
        position to merge with) look this far: further than any news article runs, and it
        keeps a book-length text linear.
        """
        return [
            r
            for i in range(max(0, index - back), index + ahead + 1)
            for r in self._sentences.get(i, ())
            if r.section == section
        ]

    def touching(self, start: int, end: int) -> list[DraftFact]:
        """Return the records with an evidence span that starts in ``start:end``, in order.

        Looks at each offset of the range, so the cost is the range's length, not the
        number of records (the rules ask per sentence).
        """
        seen: dict[int, DraftFact] = {}
        for offset in range(start, end):
            for record in self._starts.get(offset, ()):
                seen.setdefault(id(record), record)
        return sorted(seen.values(), key=lambda r: r.seq)

    def find(self, section: str, test: Callable[[DraftFact], bool]) -> Iterator[DraftFact]:
        """Yield the records of ``section`` that pass ``test``."""
        return (r for r in self.section(section) if test(r))

    def remove(self, record: DraftFact) -> None:
        """Drop a record (and every reference to it is the caller's to clear)."""
        self.records.remove(record)
        self._taken.discard(record.id)
        self._ids.pop(record.id, None)
        self._sections[record.section].remove(record)
        self._sentences[record.sentence].remove(record)
        for start, _ in record.spans:
            self._starts[start].remove(record)

    def model(self, record: DraftFact) -> Fact:
        """Return the model of one record, with its evidence and extraction.

        Raises
        ------
        pydantic.ValidationError
            If the record's fields do not make a valid fact.
        """
        evidence = tuple(
            Evidence(quote=self.text[s:e], start=s, end=e) for s, e in sorted(record.spans)
        )
        extraction = Extraction(rule=record.rule, confidence=record.confidence)
        model = FACT_SECTIONS[record.section]
        return model(id=record.id, evidence=evidence, extraction=extraction, **record.fields)

    def prune(self) -> None:
        """Drop dangling references, then facts no longer valid, until nothing changes.

        A reference to a fact that is not there (or of the wrong kind) is removed; a fact
        that is then invalid is dropped. A safety net: rules link facts as they find
        them, and a draft must always check.
        """
        changed = True
        while changed:
            changed = False
            ids = {section: {r.id for r in self.section(section)} for section in FACT_SECTIONS}
            for record in list(self.records):
                changed |= _drop_dangling(record, ids)
                try:
                    self.model(record)
                except ValidationError:
                    self.remove(record)
                    changed = True

    def facts(self) -> dict[str, tuple[Fact, ...]]:
        """Return the models of every section (after :meth:`prune`), in order of addition."""
        self.prune()
        return {
            section: tuple(self.model(r) for r in self.section(section))
            for section in FACT_SECTIONS
        }


def _drop_dangling(record: DraftFact, ids: dict[str, set[str]]) -> bool:
    """Remove the references of ``record`` to facts that do not exist; True if any."""
    changed = False
    for name, value in list(record.fields.items()):
        targets = REFERENCE_TARGETS.get(name, ("parties",))
        if not set(targets) <= set(ids):
            continue  # parties and processes are not drafted facts
        known = set().union(*(ids[t] for t in targets))
        if isinstance(value, str) and value not in known:
            del record.fields[name]
            changed = True
        elif isinstance(value, tuple) and not set(value) <= known:
            record.fields[name] = tuple(v for v in value if v in known)
            changed = True
    return changed
