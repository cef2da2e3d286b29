"""Claims that a party kept or broke a truce: commitments reported as violated or kept.

After a ceasefire each side tells its own story: "the Russian army had violated its own
ceasefire", "Ukrainian forces had breached it", "Russland habe die Waffenruhe gebrochen",
"its forces were respecting the truce", "die Armee habe die Feuerpause eingehalten". Each
claim is the commitment of the party said to have kept or broken it, with status
``violated``, or ``fulfilled`` (a finished truce: "had observed") / ``active``. The party
is the subject before the verb in the same part of the sentence; the term is the pause
the sentence names ("it" takes the one named earlier in the sentence). Its duration is
left to :mod:`kg.extract.rules.durations`, which gives the facts about one pause its
length.

Claims that are conditions or plans ("would observe the truce as long as …", "if Russia
violates the ceasefire"), denied or negated ("had not violated") are not read here.

Examples
--------
>>> import kg.extract
>>> draft = kg.extract.parse(
...     "Kyiv said Russian troops had violated the truce on Sunday.",
...     lang="en", published="2025-04-21", article_id="x")
>>> [(c.debtor, c.term.action.value, c.status.value) for c in draft.commitments]
[(('russia',), 'ceasefire', 'violated')]
"""

from __future__ import annotations

import re
from typing import Any, Final

from kg.codes import ActionType, CommitmentStatus, PartyKind, Scope
from kg.extract.context import Context
from kg.extract.draft import Draft, DraftFact, slug
from kg.extract.lexicon import cue
from kg.extract.parties import adjective_party, gazetteer, state_of
from kg.extract.referents import both_sides
from kg.extract.rules.proposals import term_fields
from kg.extract.rules.terms import find_scopes, find_terms

__all__ = ["add_compliance"]

#: Pauses whose keeping or breaking is reported.
_PAUSES: Final = frozenset({ActionType.ceasefire, ActionType.halt_attacks})
_BROKEN: Final = {
    "de": re.compile(
        r"\b(?:gebrochen|brach|brachen|verletzt|verletzte|verletzten|Verletzung\w*|"
        r"Verstoß\w*|Verstöße\w*|verstoßen|verstieß\w*|missachtet\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:violat(?:ed|ing|es|e|ion|ions)|breach(?:ed|ing|es)?|broke|broken|flouted)\b",
        re.IGNORECASE,
    ),
}
_KEPT: Final = {
    "de": re.compile(
        r"\b(?:eingehalten|einhielt\w*|hielt\w* sich\b[^.;]{0,40}\ban|respektiert\w*|befolgt\w*|"
        r"(?:halte|halten|hält)\w* sich\b[^.;]{0,40}\ban\b|"
        r"sich\b[^.;]{0,40}?\ban\b[^.;]{0,40}?\bgehalten)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:observed|observing|observes|respected|respecting|respects|adhered to|"
        r"adhering to|abided by|abiding by|complied with|complying with|kept to|stuck to)\b",
        re.IGNORECASE,
    ),
}
#: A finished truce ("had observed", "hatten … eingehalten"): kept is fulfilled.
_PERFECT: Final = {
    "de": re.compile(r"\b(?:hatte|hatten|habe|haben|hat)\b", re.IGNORECASE),
    "en": re.compile(r"\bhad\b", re.IGNORECASE),
}
#: A pronoun that stands for the pause named earlier in the sentence.
_IT: Final = {
    "de": re.compile(r"\b(?:sie|diese|dagegen)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:it|this)\b", re.IGNORECASE),
}
#: "X accused Y of violating …", "X warf Y vor, … gebrochen zu haben": Y is the debtor.
_ACCUSE: Final = {
    "de": re.compile(r"\b(?:warf\w*|werfen|wirft|beschuldigt\w*|bezichtigt\w*)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:accus\w*|blam\w*|charg\w*)\b", re.IGNORECASE),
}
#: Where the accused ends: "… of violating", "warf Kiew Russland vor, …".
_ACCUSED_END: Final = {
    "de": re.compile(r"\bvor\b|,", re.IGNORECASE),
    "en": re.compile(r"\b(?:of|for)\b|,", re.IGNORECASE),
}
_MUTUAL: Final = re.compile(
    r"\b(?:each other|one another|einander|sich gegenseitig|gegenseitig)\b", re.IGNORECASE
)
#: Both sides named without their names.
_BOTH: Final = re.compile(
    r"\b(?:both (?:sides|countries|parties)|the two (?:sides|countries)|beide(?:n)? "
    r"(?:Seiten|Länder|Staaten|Kriegsparteien|Konfliktparteien))\b",
    re.IGNORECASE,
)
#: Forces named by their state's adjective ("Ukrainian forces", "russische Truppen").
_FORCES: Final = re.compile(
    r"\b(?P<adj>[\w-]+)\s+(?:forces|troops|army|soldiers|military|Truppen|Streitkräfte|Armee|"
    r"Soldaten|Einheiten)\b",
    re.IGNORECASE,
)
#: Possessives of a speaker's own forces ("its troops, the ministry said").
_OWN: Final = re.compile(r"its|their|our|seine|ihre|unsere", re.IGNORECASE)
#: The speaker as the subject of its own claim: "Moscow said it had observed the truce",
#: "Moskau erklärte, es habe sich an die Waffenruhe gehalten".
_SPEAKER_PRONOUN: Final = {
    "de": re.compile(r"(?:^|,\s*|\bdass\s+)(?:es|sie|er|wir|man)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:it|they|we|he)\s+(?:had|has|have|was|were|is|are)\b", re.IGNORECASE),
}
#: A passive around a claim: "it had been violated", "sie sei gebrochen worden" (the
#: pronoun is the pause, not the speaker).
_PASSIVE_AROUND: Final = re.compile(r"\b(?:been|being|wurde|wurden|worden)\b", re.IGNORECASE)
_PASSIVE_AFTER: Final = re.compile(r"\w+\s+(?:worden|wurde|wurden)\b", re.IGNORECASE)
#: A passive claim without an agent ("wurde mehrfach gebrochen", "was violated").
_PASSIVE: Final = {
    "de": re.compile(r"\b(?:wurde|wurden|worden|wird|werden)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:was|were|been|is being|are being)\b", re.IGNORECASE),
}
#: How far a cue may stand from the words of the pause it is about.
_NEAR: Final = 60
#: An attack said to have happened ("had struck", "attacked", "habe … angegriffen").
_ATTACKED: Final = {
    "de": re.compile(
        r"\b(?:angegriffen|attackiert|beschossen|bombardiert|bombadiert|griff\w*\b[^.;]{0,40}"
        r"\ban\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:struck|attacked|shelled|bombed|fired (?:missiles|rockets|drones|shells)|"
        r"launched (?:missiles|rockets|drones|attacks|strikes))\b",
        re.IGNORECASE,
    ),
}
#: An attack reported as a breach: an accusation, or "despite", "in violation of".
_AGAINST: Final = {
    "de": re.compile(r"\b(?:trotz|entgegen|unter Bruch|im Widerspruch zu)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:despite|in violation of|in breach of|contrary to)\b", re.IGNORECASE),
}


def add_compliance(ctx: Context, draft: Draft) -> list[DraftFact]:
    """Add the commitments a sentence reports as kept or broken.

    Returns the commitments added (none if the sentence is a condition or plan, names no
    pause, or no subject for the claim).
    """
    if cue("condition", ctx.language).search(ctx.text):
        return []
    pauses = [h for h in ctx.terms if h.action in _PAUSES]
    if not pauses:
        return _pronoun_claims(ctx, draft) or _attack_claims(ctx, draft)
    future = cue("future", ctx.language)
    negation = cue("negation", ctx.language)
    out: list[DraftFact] = []
    taken = {
        (r.fields["debtor"], r.fields["term"]["action"])
        for r in draft.of_sentence(ctx.sentence.index, "commitments")
    }
    claims = [(m, CommitmentStatus.violated) for m in _BROKEN[ctx.language].finditer(ctx.text)]
    claims += [(m, CommitmentStatus.active) for m in _KEPT[ctx.language].finditer(ctx.text)]
    for verb, status in sorted(claims, key=lambda c: c[0].start()):
        hit = min(pauses, key=lambda h: abs(h.start - verb.start()))
        near = abs(hit.start - verb.end()) <= _NEAR or abs(verb.start() - hit.end) <= _NEAR
        if not near and not (
            hit.end <= verb.start()
            and _IT[ctx.language].search(ctx.text, verb.end(), verb.end() + 12)
        ):
            continue
        lo, hi = ctx.segment(verb.start(), verb.end())
        base = ctx.sentence.start
        part = ctx.text[lo - base : verb.start()]
        if _MUTUAL.search(part):
            continue  # "accused each other of breaking the truce": no one side
        found = _debtor(ctx, lo - base, verb.start())
        both = _BOTH.search(part)
        debtor: tuple[str, ...]
        if found is not None and _watches(found[0]):
            continue  # "UN staff observing the truce": watching it, not keeping it
        if found is not None:
            debtor, at = (found[0],), found[1]
        elif both or _PASSIVE[ctx.language].search(part):
            # "both countries had violated it", "die Waffenruhe wurde mehrfach gebrochen"
            debtor = _sides(draft)
            at = both.start() if both else min(hit.start, verb.start())
            if not debtor:
                continue
        else:
            continue
        clause = ctx.text[max(lo - base, min(at, verb.start())) : verb.start()]
        if future.search(clause) or negation.search(clause):
            continue  # a plan ("would observe") or a denial ("had not violated")
        if _DENIED[ctx.language].search(ctx.text, 0, verb.start()):
            continue  # "Pakistan denied violating the truce"
        if (debtor, hit.action) in taken:
            continue
        taken.add((debtor, hit.action))
        if status is CommitmentStatus.active and _PERFECT[ctx.language].search(part):
            status = CommitmentStatus.fulfilled
        out.append(
            draft.add(
                "commitments",
                slug(debtor[0], hit.action.value, status.value),
                {"debtor": debtor, "term": term_fields(hit), "status": status, **ctx.common()},
                (max(lo, base + at), hi),
                rule=f"{ctx.language}.commitment.compliance.{status.value}",
                confidence=0.4,
                sentence=ctx.sentence.index,
            )
        )
    return out


#: A claim denied: "Pakistan denied violating the truce", "bestritt, … verletzt zu haben".
_DENIED: Final = {
    "de": re.compile(
        r"\b(?:bestritt\w*|bestreit\w*|dementiert\w*|leugnet\w*|wies\w*\b[^.;]{0,40}\bzurück)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:den(?:y|ies|ied)|(?:rejected|dismissed|rebuffed) (?:the )?(?:claims?|"
        r"accusations?|allegations?|charges?))\b",
        re.IGNORECASE,
    ),
}
#: A pronoun for the pause an earlier sentence named: "had violated it", "hätten sie
#: gebrochen".
_PAUSE_PRONOUN: Final = {
    "de": re.compile(r"\b(?:sie|diese)\b"),
    "en": re.compile(r"\s+(?:it|this)\b", re.IGNORECASE),
}
#: How many sentences back the pause a pronoun stands for may have been named.
_PRONOUN_REACH = 2


def _earlier_pause(ctx: Context, draft: Draft) -> dict[str, Any] | None:
    """Return the term of the pause the sentences just before named, if they name one."""
    index = ctx.sentence.index
    records = [
        r
        for r in draft.records
        if index - _PRONOUN_REACH <= r.sentence < index
        and r.section in ("commitments", "proposals", "agreements")
    ]
    for record in sorted(records, key=lambda r: (r.sentence, r.seq), reverse=True):
        if record.section == "agreements":
            for start, end in record.spans:
                hits = [
                    h for h in find_terms(draft.text[start:end], ctx.language)
                    if h.action in _PAUSES
                ]  # fmt: skip
                if hits:
                    return term_fields(hits[0])
            continue
        terms = record.fields.get("terms") or [record.fields.get("term")]
        for term in terms:
            if isinstance(term, dict) and term.get("action") in _PAUSES:
                return dict(term)
    return None


def _pronoun_claims(ctx: Context, draft: Draft) -> list[DraftFact]:
    """Add the claims about a pause a pronoun stands for ("had violated it").

    "Thailand and Cambodia agreed a truce. Thailand said Cambodian troops had violated it":
    the pause is the one the sentences just before named.
    """
    claims = [(m, CommitmentStatus.violated) for m in _BROKEN[ctx.language].finditer(ctx.text)]
    claims += [(m, CommitmentStatus.active) for m in _KEPT[ctx.language].finditer(ctx.text)]
    out: list[DraftFact] = []
    base = ctx.sentence.start
    for verb, status in claims:
        lo, hi = ctx.segment(verb.start(), verb.end())
        part = ctx.text[lo - base : verb.start()]
        if _MUTUAL.search(part) or _DENIED[ctx.language].search(ctx.text, 0, verb.start()):
            continue
        found = _debtor(ctx, lo - base, verb.start())
        if found is None or _watches(found[0]):
            continue
        debtor, at = found
        pronoun = (
            _PAUSE_PRONOUN["en"].match(ctx.text, verb.end())
            if ctx.language == "en"
            else _PAUSE_PRONOUN["de"].search(ctx.text, at + 1, verb.start())
        )
        if pronoun is None:
            continue
        clause = ctx.text[max(lo - base, min(at, verb.start())) : verb.start()]
        if cue("future", ctx.language).search(clause) or cue("negation", ctx.language).search(
            clause
        ):
            continue
        term = _earlier_pause(ctx, draft)
        if term is None:
            return out
        if status is CommitmentStatus.active and _PERFECT[ctx.language].search(part):
            status = CommitmentStatus.fulfilled
        out.append(
            draft.add(
                "commitments",
                slug(debtor, term["action"].value, status.value),
                {"debtor": (debtor,), "term": term, "status": status, **ctx.common()},
                (max(lo, base + at), hi),
                rule=f"{ctx.language}.commitment.compliance.{status.value}",
                confidence=0.35,
                sentence=ctx.sentence.index,
            )
        )
        break
    return out


def _watches(party: str) -> bool:
    """Whether ``party`` is an organisation: it monitors a truce, it does not keep one."""
    found = gazetteer().get(party)
    return found is not None and found.kind is PartyKind.organisation


def _sides(draft: Draft) -> tuple[str, ...]:
    """Return the two sides of the conflict: of the last agreement, else the most named."""
    agreements = [tuple(a.fields["parties"]) for a in draft.section("agreements")]
    return both_sides(draft.memo, agreements)


def _debtor(ctx: Context, start: int, end: int) -> tuple[str, int] | None:
    """Return the party said to have kept or broken the pause, and where it is named.

    The accused after a verb of accusing, else the last subject before the claim, else
    forces named by their state's adjective ("Ukrainian forces had breached it") or the
    speaker's own ("its troops had observed the truce, the ministry said").
    """
    accuse = _ACCUSE[ctx.language].search(ctx.text, start, end)
    if accuse is not None:
        stop = _ACCUSED_END[ctx.language].search(ctx.text, accuse.end(), end)
        accused = ctx.parties(accuse.end(), stop.start() if stop else end)
        if accused:
            # "accused Moscow of …"; German verb-second "warf Kiew Russland vor": the last
            one = accused[0] if ctx.language == "en" else accused[-1]
            return state_of(one.party_id), one.start
    subjects = ctx.actors(start, end)
    if subjects:
        return state_of(subjects[-1].party_id), subjects[-1].start
    pronoun = _SPEAKER_PRONOUN[ctx.language].search(ctx.text, start, end)
    speaker = ctx.speaker_state()
    passive = _PASSIVE_AROUND.search(ctx.text[start:end]) or _PASSIVE_AFTER.match(ctx.text, end)
    if pronoun is not None and speaker and not passive:
        return speaker, pronoun.start()  # "Moscow said it had observed the truce"
    for forces in _FORCES.finditer(ctx.text, start, end):
        state = adjective_party(forces["adj"])
        if state is not None:
            return state_of(state), forces.start()
        if _OWN.fullmatch(forces["adj"]) and ctx.speaker_state():
            return ctx.speaker_state() or "", forces.start()  # "its troops", the speaker's
    return None


def _attack_claims(ctx: Context, draft: Draft) -> list[DraftFact]:
    """Add the breach a sentence reports as an attack ("accused Russia of having struck").

    An attack the speaker accuses a party of, or reports "despite" or "in violation of"
    something, breaks the pause that party has taken on: its latest commitment to a
    ceasefire or halt of attacks whose scope the sentence does not contradict (the
    energy halt for "struck energy infrastructure"). The breach has that term.
    """
    attack = _ATTACKED[ctx.language].search(ctx.text)
    if attack is None:
        return []
    accuse = _ACCUSE[ctx.language].search(ctx.text, 0, attack.start())
    if accuse is None and not _AGAINST[ctx.language].search(ctx.text, attack.end()):
        return []
    lo, hi = ctx.segment(attack.start(), attack.end())
    base = ctx.sentence.start
    found = _debtor(ctx, lo - base, attack.start())
    if found is None:
        return []
    debtor, at = found
    clause = ctx.text[at : attack.start()]
    if cue("future", ctx.language).search(clause) or cue("negation", ctx.language).search(clause):
        return []
    named = find_scopes(ctx.text, ctx.language)
    kept = [
        r
        for r in draft.section("commitments")
        if debtor in r.fields["debtor"]
        and r.sentence < ctx.sentence.index
        and r.fields["term"]["action"] in _PAUSES
        and r.fields.get("status") is not CommitmentStatus.violated
        and (not set(r.fields["term"].get("scope", ())) - {Scope.general}
             or named & set(r.fields["term"]["scope"]))
    ]  # fmt: skip
    if not kept:
        return []
    term = dict(kept[-1].fields["term"])
    status = CommitmentStatus.violated
    return [
        draft.add(
            "commitments",
            slug(debtor, term["action"].value, status.value),
            {"debtor": (debtor,), "term": term, "status": status, **ctx.common()},
            (max(lo, base + at), hi),
            rule=f"{ctx.language}.commitment.compliance.attack",
            confidence=0.35,
            sentence=ctx.sentence.index,
        )
    ]
