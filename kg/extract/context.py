"""What the rules know about one sentence: its parties, terms and attribution.

A :class:`Context` holds offsets relative to the sentence; :meth:`Context.span` turns
them into offsets of the article text for evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from kg.codes import Modality, PartyKind
from kg.extract.parties import PartyMention, state_of
from kg.extract.rules.attribution import Attribution
from kg.extract.rules.terms import TermHit, find_terms
from kg.extract.text import Sentence

__all__ = ["CAPITAL", "Context"]

#: Offices that speak ("the White House welcomed", "der Kreml lehnte ab"); armed forces or
#: cabinets act rather than speak.
_OFFICE = re.compile(
    r"office|house|ministry|kremlin|department|büro|amt\b|ministerium|haus|kreml|präsidial",
    re.IGNORECASE,
)
#: Where one part of a sentence ends and another begins.
_PARTS = re.compile(
    r";|:\s|\s[–—-]\s|,\s+(?:and|und|but|aber|whereas|while|während|doch|sondern)\b",
    re.IGNORECASE,
)
#: Capitals named for their government ("Moskau liess sich nicht ein"): the state.
CAPITAL = re.compile(
    r"Moskau|Moskaus|Moscow|Kiew|Kyiv|Washington|Peking|Beijing|Brüssel|Brussels|Jerusalem|"
    r"Teheran|Tehran|Ankara|Damaskus|Damascus|Kairo|Cairo|Doha|Baku|Eriwan|Yerevan|Khartum|"
    r"Khartoum|Sanaa",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Context:
    """One sentence with its party mentions, terms and attribution (relative offsets)."""

    sentence: Sentence
    language: str
    published: dt.date
    mentions: tuple[PartyMention, ...]
    terms: tuple[TermHit, ...]
    attribution: Attribution | None

    @property
    def text(self) -> str:
        """The sentence text."""
        return self.sentence.text

    def span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Return article offsets of ``text[start:end]``, trimmed of spaces and punctuation."""
        end = len(self.text) if end is None else end
        piece = self.text[start:end]
        lead = len(piece) - len(piece.lstrip(" ,;:–-"))
        trail = len(piece.rstrip(" ,;:–-")) if piece.strip(" ,;:–-") else len(piece)
        base = self.sentence.start + start
        return base + lead, base + max(trail, lead + 1)

    def common(self) -> dict[str, Any]:
        """Return the fields every fact of this sentence shares: said_by, modality, cue."""
        att = self.attribution
        if att is None or not att.said_by:
            return {}
        return {"said_by": att.said_by, "modality": Modality.reported, "cue": att.cue}

    def voiced(self, mention: PartyMention) -> dict[str, Any]:
        """Return the attribution of a fact a person or office is the subject of.

        "Zelensky rejected …", "Biden welcomed it": what a person or an office does in
        words is reported as theirs (said_by, reported); a state's acts are not.
        """
        if mention.kind is not PartyKind.person and not _OFFICE.search(mention.text):
            return {}
        if CAPITAL.fullmatch(mention.text):  # "Moskau lehnte ab": the state, not an office
            return {}
        return {"said_by": (mention.party_id,), "modality": Modality.reported}

    def in_cue(self, mention: PartyMention) -> bool:
        """Return True if ``mention`` is the speaker named inside the attribution cue."""
        att = self.attribution
        return (
            att is not None
            and not att.inherited
            and att.start <= mention.start
            and mention.end <= att.end
        )

    def actors(self, start: int = 0, end: int | None = None) -> list[PartyMention]:
        """Return mentions in ``start:end`` that can be a subject (no compound, no object)."""
        end = len(self.text) if end is None else end
        return [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            and not m.compound
            and not m.object
            and not self.in_cue(m)
        ]

    def parties(self, start: int = 0, end: int | None = None) -> list[PartyMention]:
        """Return non-compound mentions in ``start:end`` outside the attribution cue."""
        end = len(self.text) if end is None else end
        return [
            m
            for m in self.mentions
            if start <= m.start and m.end <= end and not m.compound and not self.in_cue(m)
        ]

    def speaker_state(self) -> str | None:
        """Return the state the speaker acts for, if the sentence has one speaker.

        Several speakers (a joint statement, "Kuba und Norwegen riefen auf") stand for no
        one subject of what the sentence reports; the speaker of an appeal or demand ("Moscow
        demanded that …") is its subject, found among the actors, not a source behind it.
        """
        att = self.attribution
        if att is None or len(att.said_by) != 1 or att.appeal:
            return None
        return state_of(att.said_by[0])

    def segment(self, start: int, end: int) -> tuple[int, int]:
        """Return article offsets of the part of the sentence that holds ``start:end``.

        Parts are separated by ';', ':', dashes and coordinating ", and" / ", und" /
        ", but" / ", aber" / ", whereas" / ", während"; a fact stated in one part is
        evidenced by that part, so two facts of one sentence keep apart.
        """
        left = max((m.end() for m in _PARTS.finditer(self.text, 0, start)), default=0)
        right = _PARTS.search(self.text, end)
        return self.span(left, right.start() if right else len(self.text))

    def parts(self) -> list[Context]:
        """Return the sentence's parts (see :meth:`segment`) as contexts of their own.

        Offsets of mentions, terms and the attribution are shifted to the part; a part
        without the attribution cue keeps the sentence's speaker as inherited. One part
        only (no separator): an empty list.
        """
        cuts = [0, *(m.end() for m in _PARTS.finditer(self.text))]
        if len(cuts) < 2:
            return []
        ends = [m.start() for m in _PARTS.finditer(self.text)] + [len(self.text)]
        out = []
        for start, end in zip(cuts, ends, strict=True):
            text = self.text[start:end]
            mentions = tuple(
                replace(m, start=m.start - start, end=m.end - start)
                for m in self.mentions
                if start <= m.start and m.end <= end
            )
            att = self.attribution
            if att is not None and not att.inherited and start <= att.start and att.end <= end:
                att = replace(att, start=att.start - start, end=att.end - start)
            elif att is not None:
                att = replace(att, start=-1, end=-1, inherited=True)
            sentence = replace(
                self.sentence, start=self.sentence.start + start, end=self.sentence.start + end,
                text=text,
            )  # fmt: skip
            terms = tuple(find_terms(text, self.language))
            out.append(Context(sentence, self.language, self.published, mentions, terms, att))
        return out

    def clause_end(self, start: int) -> int:
        """Return where the clause that begins at ``start`` ends (';', ' – ', or the end)."""
        match = re.compile(r";| – | - |\. ").search(self.text, start)
        return match.start() if match else len(self.text)
