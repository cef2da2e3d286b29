"""The party gazetteer: canonical parties, their names and aliases, and where text names them.

Annotations refer to parties by id (architecture decision 4: parties are canonical, a name
string is never an identity). The bundled file ``kg/data/parties.yaml`` defines the
canonical parties — states, organisations, groups, government bodies and persons — with
English and German names, aliases (metonyms such as "Kreml" or "Weisses Haus", inflected
forms, transliterations) and Wikidata ids. :func:`load_gazetteer` reads and checks it;
:class:`Gazetteer` answers which parties exist, what a party acts for, and where a text
mentions one (:meth:`Gazetteer.find_mentions`).

Matching rules: the longest alias wins; an alias matches only as a whole word, but a
hyphen ends a word ("Kreml-Angaben" names the Kremlin, "US-Vorschlag" the United States);
aliases of three characters or fewer ("EU", "UN", "USA") match case-sensitively, longer
ones case-insensitively; "ß" and "ss" are the same letter ("Weißes Haus" finds the Swiss
"Weisses Haus"), as are straight and typographic apostrophes, and any run of white space
matches a space.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, ValidationError

from kg.alias import compile_aliases, fold, normal
from kg.errors import AnnotationError, GazetteerError, KgFileError, Problem
from kg.explain import translate_errors
from kg.files import StrPath
from kg.model import REFERENCE_TARGETS, Party
from kg.yamldoc import FieldPath, YamlDocument, format_path, read_yaml

__all__ = ["Gazetteer", "Mention", "load_gazetteer"]

#: Aliases up to this many characters match case-sensitively ("EU", "UN", "USA").
SHORT_ALIAS_LENGTH: Final = 3

_LANGUAGES: Final = (None, "de", "en")
_NAME_FIELDS: Final = {
    None: ("name_en", "name_de", "aliases_en", "aliases_de"),
    "en": ("name_en", "aliases_en"),
    "de": ("name_de", "aliases_de"),
}
#: Party fields that name other parties, as the model's reference table says.
_REF_FIELDS: Final = tuple(
    name for name in Party.model_fields if REFERENCE_TARGETS.get(name) == ("parties",)
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names a party.

    Parameters
    ----------
    start
        Offset of the first character in the text (code points, as ``str`` indices).
    end
        Offset just past the last character: ``text[start:end]`` is the mention.
    text
        The words as they stand in the text, e.g. ``'Weissen Hauses'``.
    party_id
        The id of the party they name, e.g. ``'white-house'``.
    """

    start: int
    end: int
    text: str
    party_id: str


class Gazetteer:
    """An immutable set of parties, looked up by id and found in text by name.

    Parameters
    ----------
    parties
        The parties. Ids must be unique, a name or alias must belong to one party only,
        ``acts_for`` and ``members`` must name parties of the set, and ``acts_for`` must not
        form a cycle.

    Raises
    ------
    GazetteerError
        If the parties break one of these rules; one problem per finding.

    Examples
    --------
    >>> from kg.model import REFERENCE_TARGETS, Party
    >>> gaz = Gazetteer([
    ...     Party(id="ruritania", kind="state", name_en="Ruritania", name_de="Ruritanien"),
    ...     Party(id="ruritanian-court", kind="government_body", name_en="the Court",
    ...           name_de="der Hof", aliases_de=["Hofes"], acts_for=["ruritania"]),
    ... ])
    >>> len(gaz), "ruritania" in gaz, gaz.ids()
    (2, True, ['ruritania', 'ruritanian-court'])
    >>> gaz.closure(["ruritanian-court"])
    ['ruritania', 'ruritanian-court']
    """

    __slots__ = ("_base", "_by_id", "_exact", "_extra", "_keys", "_patterns")

    _by_id: dict[str, Party]
    _keys: dict[str, str]
    _exact: dict[str, frozenset[str]]
    _patterns: dict[str | None, tuple[re.Pattern[str], ...]]
    #: For a gazetteer made by :meth:`with_parties`: the one it extends and the parties it
    #: adds, so finding mentions reuses the base's compiled pattern.
    _base: Gazetteer | None
    _extra: tuple[Party, ...]

    def __init__(self, parties: Sequence[Party]) -> None:
        problems = _check([_Site(party, i) for i, party in enumerate(parties)])
        if problems:
            raise GazetteerError(problems)
        self._setup(parties)

    @classmethod
    def _checked(cls, parties: Sequence[Party]) -> Gazetteer:
        """Build from parties already checked (by :func:`load_gazetteer`)."""
        gazetteer = cls.__new__(cls)
        gazetteer._setup(parties)
        return gazetteer

    def _setup(self, parties: Sequence[Party]) -> None:
        by_id = {party.id: party for party in sorted(parties, key=lambda p: p.id)}
        keys: dict[str, str] = {}
        exact: dict[str, frozenset[str]] = {}
        _index_names(by_id.values(), keys, exact)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_patterns", {})
        object.__setattr__(self, "_base", None)
        object.__setattr__(self, "_extra", ())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(
            f"a Gazetteer is immutable; use with_parties() to add parties ({name})"
        )

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Gazetteer is immutable ({name})")

    def __contains__(self, party_id: object) -> bool:
        """Return whether a party with this id exists."""
        return party_id in self._by_id

    def __len__(self) -> int:
        """Return the number of parties."""
        return len(self._by_id)

    def __iter__(self) -> Iterator[Party]:
        """Iterate over the parties in id order."""
        return iter(self._by_id.values())

    def __repr__(self) -> str:
        """Show the size, e.g. ``<Gazetteer: 68 parties>``."""
        return f"<Gazetteer: {len(self)} parties>"

    def get(self, party_id: str) -> Party | None:
        """Return the party with this id, or None if there is none."""
        return self._by_id.get(party_id)

    def ids(self) -> list[str]:
        """Return the ids of all parties, sorted."""
        return list(self._by_id)

    def closure(self, party_ids: Iterable[str]) -> list[str]:
        """Return the ids plus every party they act for or have as members, transitively.

        Parameters
        ----------
        party_ids
            Party ids. An id the gazetteer does not know (an article-local party) is
            returned as it is: there is nothing to expand.

        Returns
        -------
        list of str
            The ids and everything reachable through ``acts_for`` and ``members``, sorted.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.closure(["dmitry-peskov"])
        ['dmitry-peskov', 'kremlin', 'russia']
        >>> gaz.closure(["the-west"])
        ['european-union', 'nato', 'the-west', 'united-kingdom', 'united-states']
        """
        if isinstance(party_ids, str):
            raise TypeError(f"closure() takes a collection of ids, e.g. [{party_ids!r}]")
        seen: set[str] = set()
        stack = list(party_ids)
        while stack:
            party_id = stack.pop()
            if party_id in seen:
                continue
            seen.add(party_id)
            party = self._by_id.get(party_id)
            if party is not None:
                stack.extend(party.acts_for)
                stack.extend(party.members)
        return sorted(seen)

    def with_parties(self, extra: Sequence[Party]) -> Gazetteer:
        """Return a gazetteer with article-local parties added; this one is unchanged.

        Parameters
        ----------
        extra
            Parties to add. They may act for or have as members parties of this gazetteer.

        Returns
        -------
        Gazetteer
            A new gazetteer holding both.

        Raises
        ------
        GazetteerError
            If an added id is already taken, an added name or alias already names another
            party, or a reference does not resolve.

        Examples
        --------
        >>> from kg.model import REFERENCE_TARGETS, Party
        >>> gaz = load_gazetteer().with_parties([
        ...     Party(id="ru-delegation", kind="group", name_en="the Russian delegation",
        ...           name_de="die russische Delegation", acts_for=["kremlin"]),
        ... ])
        >>> gaz.closure(["ru-delegation"])
        ['kremlin', 'ru-delegation', 'russia']
        """
        known = list(self._by_id.values())
        if not self._clean_addition(extra):  # check everything, for the full report
            problems = _check([_Site(party, i) for i, party in enumerate([*known, *extra])])
            if problems:
                raise GazetteerError(problems)
        gazetteer = Gazetteer.__new__(Gazetteer)
        gazetteer._setup_extended(self, extra)
        object.__setattr__(gazetteer, "_base", self._base or self)
        object.__setattr__(gazetteer, "_extra", (*self._extra, *extra))
        return gazetteer

    def _clean_addition(self, extra: Sequence[Party]) -> bool:
        """Whether adding ``extra`` can raise no problem, judged on ``extra`` alone.

        Its ids and names are new to this gazetteer and to each other, its references
        resolve and form no cycle (parties here never refer to it). When not, the caller
        checks all parties together, which reports every problem as a first load would.
        """
        if any(party.id in self._by_id for party in extra):
            return False
        if any(fold(name) in self._keys for party in extra for name in _names(party)):
            return False
        sites = [_Site(party, i) for i, party in enumerate(extra)]
        return not _check(sites, also_defined=self._by_id)

    def _setup_extended(self, base: Gazetteer, extra: Sequence[Party]) -> None:
        """Index ``base``'s parties and ``extra``, reusing ``base``'s name indexes."""
        by_id = dict(sorted({**base._by_id, **{p.id: p for p in extra}}.items()))
        keys, exact = dict(base._keys), dict(base._exact)
        _index_names(extra, keys, exact)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_patterns", {})

    def _compiled(self, language: str | None) -> tuple[re.Pattern[str], ...]:
        """Return the alias patterns of ``language``, compiled once per gazetteer.

        A gazetteer made by :meth:`with_parties` reuses its base's pattern and compiles
        only the added parties' names: adding an article's parties stays cheap.
        """
        patterns = self._patterns.get(language)
        if patterns is None:
            if self._base is None:
                own: Iterable[Party] = self._by_id.values()
                patterns = ()
            else:
                own = self._extra
                patterns = self._base._compiled(language)
            names = [name for party in own for name in _names(party, _NAME_FIELDS[language])]
            patterns = (*patterns, compile_aliases(names))
            self._patterns[language] = patterns
        return patterns

    def find_mentions(self, text: str, *, language: str | None = None) -> list[Mention]:
        """Find where ``text`` names a party.

        Scans once with one compiled pattern (a trie of all aliases; for a gazetteer made
        by :meth:`with_parties`, the base's trie and one of the added names, merged), so
        the time grows with the length of the text, not with the number of aliases.
        Overlapping candidates resolve to the leftmost, then the longest.

        Parameters
        ----------
        text
            The text to search.
        language
            ``'de'`` or ``'en'`` to use only names and aliases of that language; None
            (the default) for both.

        Returns
        -------
        list of Mention
            In text order; ``text[m.start:m.end] == m.text`` for each.

        Raises
        ------
        ValueError
            If ``language`` is not None, ``'de'`` or ``'en'``.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> text = "Laut Kreml-Angaben lehnte Moskau den US-Vorschlag des Weissen Hauses ab."
        >>> for m in gaz.find_mentions(text, language="de"):
        ...     print(m.start, m.end, m.text, m.party_id)
        5 10 Kreml kremlin
        26 32 Moskau kremlin
        37 39 US united-states
        54 68 Weissen Hauses white-house
        >>> [m.party_id for m in gaz.find_mentions("Kyiv says the White House has not replied")]
        ['ukraine', 'white-house']
        """
        if language not in _LANGUAGES:
            raise ValueError(f"language must be 'de', 'en' or None, not {language!r}")
        mentions = []
        for match in _scan(self._compiled(language), text):
            key = fold(match.group())
            party_id = self._keys.get(key)
            exact = self._exact.get(key)
            if party_id is None or (exact is not None and normal(match.group()) not in exact):
                continue  # a short alias in the wrong case: "us" is not "US"
            mentions.append(Mention(match.start(), match.end(), match.group(), party_id))
        return mentions


def _index_names(
    parties: Iterable[Party], keys: dict[str, str], exact: dict[str, frozenset[str]]
) -> None:
    """Add the names of ``parties`` to the name indexes.

    ``keys`` maps a folded name to its party id; ``exact`` maps a short name's folded form
    to the spellings that count (see :data:`SHORT_ALIAS_LENGTH`).
    """
    for party in parties:
        for name in _names(party):
            key = fold(name)
            keys[key] = party.id
            if len(normal(name)) <= SHORT_ALIAS_LENGTH:
                exact[key] = exact.get(key, frozenset()) | {normal(name)}


def _scan(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of several alias patterns as one pattern of all their aliases would.

    Leftmost first, the longest at the same start, none overlapping the one before:
    the order in which one scan with a trie of every alias finds them.
    """
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    upcoming = [pattern.search(text) for pattern in patterns]
    while True:
        live = [m for m in upcoming if m is not None]
        if not live:
            return
        best = min(live, key=lambda m: (m.start(), m.start() - m.end()))
        yield best
        upcoming = [
            m if m is None or m.start() >= best.end() else pattern.search(text, best.end())
            for pattern, m in zip(patterns, upcoming, strict=True)
        ]


def load_gazetteer(path: StrPath | None = None) -> Gazetteer:
    """Read and check a gazetteer file.

    Parameters
    ----------
    path
        A YAML file with a top-level ``parties:`` list of :class:`~kg.model.Party` entries;
        None for the bundled ``kg/data/parties.yaml`` (read once, then cached).

    Returns
    -------
    Gazetteer
        The parties of the file.

    Raises
    ------
    GazetteerError
        If the file is not valid YAML, an entry has an unknown field or an invalid value,
        an id is defined twice, an alias names two parties, ``acts_for``/``members`` name
        an unknown id, or ``acts_for`` forms a cycle. Each problem names file:line and the
        field path.
    KgFileError
        If the file cannot be read.

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> gaz.get("kremlin").acts_for
    ('russia',)
    >>> gaz.get("russia").wikidata
    'Q159'
    """
    if path is None:
        return _bundled()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise KgFileError(f"{path}: cannot read the gazetteer: {reason}") from exc
    return _parse(text, path)


@functools.cache
def _bundled() -> Gazetteer:
    resource = resources.files("kg").joinpath("data/parties.yaml")
    return _parse(resource.read_text(encoding="utf-8"), Path(str(resource)))


# ── Reading ──────────────────────────────────────────────────────────────────────────────


class _GazetteerFile(BaseModel):
    """The shape of the gazetteer file, so that errors inside a party read well."""

    model_config = ConfigDict(extra="forbid")

    parties: tuple[Party, ...]


def _parse(text: str, path: Path | None) -> Gazetteer:
    try:
        doc = read_yaml(text, path=path)
    except AnnotationError as exc:
        raise GazetteerError(exc.problems) from exc
    items = _items(doc)
    parties: list[Party] = []
    sites: list[_Site] = []
    problems: list[Problem] = []
    for i, item in enumerate(items):
        at: FieldPath = ("parties", i)
        if not isinstance(item, dict):
            problems.append(
                doc.problem(at, "each party is a mapping of fields (id, kind, name_en, …)")
            )
            continue
        try:
            party = Party.model_validate(item)
        except ValidationError as exc:
            errors = [{**err, "loc": (*at, *err["loc"])} for err in exc.errors()]
            findings = translate_errors(errors, doc, text, root=_GazetteerFile)  # type: ignore[arg-type]
            problems.extend(doc.problem(loc, message) for loc, message in findings)
            continue
        parties.append(party)
        sites.append(_Site(party, i, raw=item, doc=doc))
    # Ids of entries that failed above still count as defined: no follow-up errors.
    defined = [item.get("id") for item in items if isinstance(item, dict)]
    problems.extend(_check(sites, also_defined=[i for i in defined if isinstance(i, str)]))
    if problems:
        raise GazetteerError(sorted(problems, key=lambda p: p.line or 0))
    return Gazetteer._checked(parties)


def _items(doc: YamlDocument) -> list[Any]:
    data = doc.data
    fix = "the file holds a top-level 'parties:' list of party entries"
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        raise GazetteerError([doc.problem((), f"the file is {what}; {fix}")])
    problems = [
        doc.problem((key,), f"unknown top-level key '{key}'; {fix}")
        for key in data
        if key != "parties"
    ]
    if "parties" not in data:
        problems.append(doc.problem((), f"'parties' is missing; {fix}"))
    elif not isinstance(data["parties"], list):
        problems.append(doc.problem(("parties",), f"'parties' is not a list; {fix}"))
    if problems:
        raise GazetteerError(problems)
    return list(data["parties"])


# ── Checking ─────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Site:
    """A party and where it was defined: an entry of a file, or a position in code."""

    party: Party
    index: int
    raw: dict[str, Any] | None = None
    doc: YamlDocument | None = None

    def path(self, field: str | None = None, value: str | None = None) -> FieldPath:
        root: FieldPath = ("parties", self.index) if self.doc else (self.party.id,)
        if field is None:
            return root
        if value is None:
            return (*root, field)
        values = self.raw.get(field) if self.raw is not None else getattr(self.party, field)
        if isinstance(values, list | tuple) and value in values:
            return (*root, field, list(values).index(value))
        return (*root, field)

    def problem(self, message: str, field: str | None = None, value: str | None = None) -> Problem:
        path = self.path(field, value)
        if self.doc is not None:
            return self.doc.problem(path, message)
        return Problem(message, field=format_path(path))

    def where(self, field: str | None = None, value: str | None = None) -> str:
        path = self.path(field, value)
        line = self.doc.line_of(path) if self.doc is not None else None
        return f"line {line}" if line is not None else f"party '{self.party.id}'"


def _check(sites: Sequence[_Site], *, also_defined: Iterable[str] = ()) -> list[Problem]:
    """Check what single entries cannot: unique ids and aliases, references, cycles.

    ``also_defined`` are ids of entries that are invalid on their own (already reported);
    references to them are not reported again.
    """
    problems: list[Problem] = []
    first: dict[str, _Site] = {}
    for site in sites:
        party_id = site.party.id
        if party_id in first:
            problems.append(
                site.problem(
                    f"party id '{party_id}' is already defined ({first[party_id].where('id')});"
                    " give each party its own id",
                    "id",
                )
            )
        else:
            first[party_id] = site
    problems.extend(_check_names(sites))
    problems.extend(_check_refs(sites, set(first).union(also_defined)))
    problems.extend(_check_cycles(first))
    return problems


def _check_names(sites: Sequence[_Site]) -> Iterator[Problem]:
    owners: dict[str, tuple[_Site, str, str]] = {}
    for site in sites:
        for field in _NAME_FIELDS[None]:
            value = getattr(site.party, field)
            for name in value if isinstance(value, tuple) else (value,):
                if not any(ch.isalnum() for ch in name):
                    yield site.problem(f"'{name}' has no letter or digit; remove it", field, name)
                    continue
                if name != name.strip():
                    yield site.problem(
                        f"'{name}' has leading or trailing spaces; remove them", field, name
                    )
                key = fold(name)
                owner = owners.setdefault(key, (site, field, name))
                if owner[0].party.id != site.party.id:
                    other, other_field, other_name = owner
                    yield site.problem(
                        f"'{name}' already names party '{other.party.id}' as '{other_name}' "
                        f"({other.where(other_field, other_name)}); a name or alias must denote "
                        "one party, remove it from one of them",
                        field,
                        name,
                    )


def _check_refs(sites: Sequence[_Site], known: set[str]) -> Iterator[Problem]:
    ids = sorted(known)
    for site in sites:
        for field in _REF_FIELDS:
            for ref in getattr(site.party, field):
                if ref in known:
                    continue
                close = difflib.get_close_matches(ref, ids, n=3, cutoff=0.6)
                if close:
                    hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
                else:
                    shown = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
                    hint = f"add a party with this id or use a known one ({shown})"
                yield site.problem(f"'{ref}' is not a known party id; {hint}", field, ref)


def _check_cycles(sites: dict[str, _Site]) -> Iterator[Problem]:
    """Report each cycle of ``acts_for`` once, at the link out of its smallest id."""
    graph = {pid: [r for r in site.party.acts_for if r in sites] for pid, site in sites.items()}
    reported: set[tuple[str, ...]] = set()
    done: set[str] = set()
    for start in sorted(graph):
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(graph[start]))]
        on_path = [start]
        while stack:
            node, successors = stack[-1]
            nxt = next(successors, None)
            if nxt is None:
                stack.pop()
                on_path.pop()
                done.add(node)
            elif nxt in on_path:
                cycle = on_path[on_path.index(nxt) :]
                turn = cycle.index(min(cycle))
                cycle = cycle[turn:] + cycle[:turn]
                if tuple(cycle) not in reported:
                    reported.add(tuple(cycle))
                    chain = " → ".join([*cycle, cycle[0]])
                    yield sites[cycle[0]].problem(
                        f"acts_for forms a cycle: {chain}; a party cannot act for itself, "
                        "directly or through others — remove one of these links",
                        "acts_for",
                        cycle[1 % len(cycle)],
                    )
            elif nxt not in done:
                stack.append((nxt, iter(graph[nxt])))
                on_path.append(nxt)


# ── Matching ─────────────────────────────────────────────────────────────────────────────


def _names(party: Party, fields: Sequence[str] = _NAME_FIELDS[None]) -> Iterator[str]:
    """Yield the names and aliases of ``party`` found in ``fields``."""
    for field in fields:
        value = getattr(party, field)
        yield from value if isinstance(value, tuple) else (value,)
