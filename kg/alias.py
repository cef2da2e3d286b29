"""Matching party names in text: spelling-insensitive keys and one compiled pattern.

Two spellings match when they differ only in case, in ß versus ss (Swiss spelling), in
typographic apostrophes and hyphens, or in white space. :func:`compile_aliases` turns any
number of aliases into one regular expression (a trie), so a scan takes time in the
length of the text, not in the number of aliases, and the longest alias wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["compile_aliases", "fold", "normal"]

# Characters that are the same for matching: typographic apostrophes and hyphens.
_SAME: Final = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"}
)
_SPACE: Final = r"\s+"
_APOSTROPHE: Final = "['\u2019\u2018\u02bc]"
_HYPHEN: Final = "[-\u2010\u2011]"
_SS: Final = "(?:[sS][sS]|[ßẞ])"
_SPECIAL: Final = {" ": _SPACE, "'": _APOSTROPHE, "-": _HYPHEN}
_END: Final = ""  # trie key that marks the end of an alias

_Trie = dict[str, "_Trie"]


def fold(text: str) -> str:
    """Return the key two spellings share if they match each other (ß = ss, case, spaces).

    Examples
    --------
    >>> fold("Weißen  Hauses"), fold("WEISSEN Hauses"), fold("Prime Minister\u2019s")
    ('weissen hauses', 'weissen hauses', "prime minister's")
    """
    return " ".join(text.translate(_SAME).casefold().split())


def normal(text: str) -> str:
    """Return ``text`` with white space collapsed and apostrophes and hyphens unified."""
    return " ".join(text.split()).translate(_SAME)


def _tokens(alias: str) -> list[str]:
    """Split an alias into caseless regex atoms, one per character (or per 'ss'/'ß').

    Every alias is matched caselessly so that the trie stays deterministic and the longest
    alias wins; :meth:`Gazetteer.find_mentions` then drops short aliases in the wrong case.
    """
    folded, tokens, i = normal(alias).casefold(), [], 0
    while i < len(folded):
        if folded.startswith("ss", i):
            tokens.append(_SS)
            i += 2
        else:
            tokens.append(_SPECIAL.get(folded[i]) or _caseless(folded[i]))
            i += 1
    return tokens


def _caseless(ch: str) -> str:
    """Return an atom matching ``ch`` in any case, e.g. ``[Kk]``."""
    variants = sorted({v for v in (ch, ch.upper(), ch.lower(), ch.title()) if len(v) == 1})
    if len(variants) == 1:
        return re.escape(ch)
    return "[" + "".join(map(re.escape, variants)) + "]"


def compile_aliases(aliases: Iterable[str]) -> re.Pattern[str]:
    """Compile aliases into one pattern: a trie, greedy so the longest alias wins."""
    root: _Trie = {}
    for alias in aliases:
        node = root
        for token in _tokens(alias):
            node = node.setdefault(token, {})
        node[_END] = {}
    body = _trie_pattern(root) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _trie_pattern(node: _Trie) -> str:
    # 'ss' before 's', so the two-letter atom is tried first; otherwise a stable order.
    order = sorted((tok for tok in node if tok != _END), key=lambda t: (t != _SS, t))
    branches = [token + _trie_pattern(node[token]) for token in order]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{group})?" if _END in node else group
