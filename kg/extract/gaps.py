"""Regex fragments shared by the cue lexicons: gaps of a few words inside one clause."""

from __future__ import annotations

from typing import Final

__all__ = ["AFFIRMED_GAP", "GAP"]

#: A gap of a few words inside one clause, for separable verbs and split phrases.
GAP: Final = r"\b[^.;:!?–]{0,90}?\b"
#: A gap like :data:`GAP` that holds no negation ("werde die Waffenruhe einhalten", not
#: "werde sie nicht einhalten").
AFFIRMED_GAP: Final = r"\b(?:(?!\b(?:nicht|kein\w*|nie)\b)[^.;:!?–]){0,90}?\b"
