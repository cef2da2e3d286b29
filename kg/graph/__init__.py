"""The networkx side of kg: a projection of the dataset and the questions it answers.

- :mod:`kg.graph.project` — :func:`to_networkx`, the projection;
- :mod:`kg.graph.io` — node-link JSON, to save and load a projection;
- :mod:`kg.graph.facts` — :class:`FactRef`, how answers name facts and their evidence;
- :mod:`kg.graph.positions` — who accepts, rejects or has not answered a proposal;
- :mod:`kg.graph.conditions` — what each party demands and what is required of it;
- :mod:`kg.graph.dependencies` — what waits on what, mutual conditions, blockers;
- :mod:`kg.graph.status` — derived three-valued status with the chain that explains it;
- :mod:`kg.graph.sources` — single-source facts, disagreements, silences;
- :mod:`kg.graph.timeline` — facts in date order, and how terms changed.

Every analysis takes the projection first and returns plain frozen dataclasses.
"""

from __future__ import annotations

from kg.graph.conditions import ConditionInfo, PartyConditions, conditions_by_party, list_conditions
from kg.graph.dependencies import Blocker, Cycle, dependency_graph, find_blockers, find_cycles
from kg.graph.facts import FactRef, Quote
from kg.graph.io import graph_from_json, graph_to_json
from kg.graph.positions import (
    PartyPosition,
    ProposalPositions,
    Unanswered,
    find_positions,
    find_unanswered,
)
from kg.graph.project import FACT_KINDS, KINDS, summarize_term, to_networkx
from kg.graph.sources import (
    Account,
    Disagreement,
    Silence,
    SourceGroup,
    find_disagreements,
    find_silences,
    find_single_source,
)
from kg.graph.status import DerivedStatus, Step, Truth, derive_statuses, explain_status
from kg.graph.timeline import TermChange, TimelineEvent, build_timeline, find_term_changes

__all__ = [
    "FACT_KINDS",
    "KINDS",
    "Account",
    "Blocker",
    "ConditionInfo",
    "Cycle",
    "DerivedStatus",
    "Disagreement",
    "FactRef",
    "PartyConditions",
    "PartyPosition",
    "ProposalPositions",
    "Quote",
    "Silence",
    "SourceGroup",
    "Step",
    "TermChange",
    "TimelineEvent",
    "Truth",
    "Unanswered",
    "build_timeline",
    "conditions_by_party",
    "dependency_graph",
    "derive_statuses",
    "explain_status",
    "find_blockers",
    "find_cycles",
    "find_disagreements",
    "find_positions",
    "find_silences",
    "find_single_source",
    "find_term_changes",
    "find_unanswered",
    "graph_from_json",
    "graph_to_json",
    "list_conditions",
    "summarize_term",
    "to_networkx",
]
