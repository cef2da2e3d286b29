"""How each node class and edge relation looks: one table for the canvas and the legend.

Nodes are styled by a *style key*: the class local name (``State``,
``ConditionalCommitment``, ``ReciprocityCondition``), refined by status for positions
(their stance) and agreements (their status), e.g. ``Position:rejects``. The legend is
generated from the very same table, so the picture and its key cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["EDGE_STYLES", "NODE_STYLES", "edge_style_key", "legend", "node_style_key"]

# Shape names are vis-network's. Colours: a palette readable by most colour-blind viewers
# (Okabe-Ito hues), parties blue-ish, proposals orange, commitments green, conditions
# purple, positions by stance, agreements by status.
_PARTY = {"shape": "dot", "size": 14}
_FACT = {"shape": "box"}

NODE_STYLES: dict[str, dict[str, Any]] = {
    # parties
    "State": {**_PARTY, "color": "#0072B2", "name": "State"},
    "GovernmentBody": {**_PARTY, "color": "#56B4E9", "name": "Government body"},
    "Person": {"shape": "triangle", "size": 12, "color": "#56B4E9", "name": "Person"},
    "Organisation": {"shape": "square", "size": 12, "color": "#3B7EA1", "name": "Organisation"},
    "PartyGroup": {"shape": "hexagon", "size": 14, "color": "#0072B2", "name": "Party group"},
    "ArmedGroup": {"shape": "star", "size": 14, "color": "#23395B", "name": "Armed group"},
    "Party": {**_PARTY, "color": "#7F9CB5", "name": "Party (other)"},
    # processes and interactions
    "NegotiationProcess": {
        "shape": "dot",
        "size": 20,
        "color": "#BBBBBB",
        "name": "Negotiation process",
    },
    "Interaction": {"shape": "ellipse", "color": "#DDDDDD", "name": "Interaction"},
    # proposals and commitments
    "Proposal": {**_FACT, "color": "#E69F00", "name": "Proposal"},
    "Commitment": {**_FACT, "color": "#009E73", "name": "Commitment"},
    "ConditionalCommitment": {
        **_FACT,
        "color": "#7FD1B9",
        "border": "#009E73",
        "dashes": True,
        "name": "Conditional commitment",
    },
    # conditions
    "ReciprocityCondition": {
        "shape": "diamond",
        "size": 14,
        "color": "#CC79A7",
        "name": "Reciprocity condition",
    },
    "Precondition": {"shape": "diamond", "size": 14, "color": "#8E4585", "name": "Precondition"},
    "Demand": {"shape": "triangleDown", "size": 13, "color": "#B55D9B", "name": "Demand"},
    "Condition": {"shape": "diamond", "size": 14, "color": "#D8A6C6", "name": "Condition (other)"},
    # positions, by stance
    "Position:accepts": {"shape": "ellipse", "color": "#66C2A5", "name": "Position: accepts"},
    "Position:accepts_with_conditions": {
        "shape": "ellipse",
        "color": "#B8E186",
        "name": "Position: accepts with conditions",
    },
    "Position:rejects": {"shape": "ellipse", "color": "#E66C5C", "name": "Position: rejects"},
    "Position:considers": {"shape": "ellipse", "color": "#F0E442", "name": "Position: considers"},
    "Position:no_response": {
        "shape": "ellipse",
        "color": "#D9D9D9",
        "name": "Position: no response",
    },
    "Position:declines_comment": {
        "shape": "ellipse",
        "color": "#BDBDBD",
        "name": "Position: declines comment",
    },
    "Position": {"shape": "ellipse", "color": "#EEEEEE", "name": "Position (other)"},
    # agreements, by status
    "Agreement:announced": {
        "shape": "star",
        "size": 16,
        "color": "#F0E442",
        "name": "Agreement: announced",
    },
    "Agreement:not_reached": {
        "shape": "star",
        "size": 16,
        "color": "#E66C5C",
        "name": "Agreement: not reached",
    },
    "Agreement:in_force": {
        "shape": "star",
        "size": 16,
        "color": "#009E73",
        "name": "Agreement: in force",
    },
    "Agreement:implemented": {
        "shape": "star",
        "size": 16,
        "color": "#006D4F",
        "name": "Agreement: implemented",
    },
    "Agreement:suspended": {
        "shape": "star",
        "size": 16,
        "color": "#E69F00",
        "name": "Agreement: suspended",
    },
    "Agreement:expired": {
        "shape": "star",
        "size": 16,
        "color": "#999999",
        "name": "Agreement: expired",
    },
    "Agreement:not_renewed": {
        "shape": "star",
        "size": 16,
        "color": "#777777",
        "name": "Agreement: not renewed",
    },
    "Agreement:collapsed": {
        "shape": "star",
        "size": 16,
        "color": "#A50026",
        "name": "Agreement: collapsed",
    },
    "Agreement": {"shape": "star", "size": 16, "color": "#CCCCCC", "name": "Agreement (other)"},
    # anything the projection adds later
    "other": {"shape": "dot", "size": 8, "color": "#999999", "name": "Other"},
}

_KIND_FALLBACK = {
    "party": "Party",
    "process": "NegotiationProcess",
    "interaction": "Interaction",
    "proposal": "Proposal",
    "commitment": "Commitment",
    "condition": "Condition",
    "position": "Position",
    "agreement": "Agreement",
}

_THIN = {"width": 0.6, "color": "#9AA5B1"}

EDGE_STYLES: dict[str, dict[str, Any]] = {
    "antecedent": {
        "color": "#8E4585",
        "dashes": True,
        "width": 1.5,
        "name": "antecedent (depends on)",
    },
    "attachesCondition": {
        "color": "#8E4585",
        "dashes": True,
        "width": 1.5,
        "name": "attaches condition",
    },
    "mirrors": {"color": "#D55E00", "width": 2.5, "name": "mirrors (reciprocal commitment)"},
    "counterTo": {"color": "#C0392B", "width": 2, "name": "counter-proposal to"},
    "respondsTo": {"color": "#555555", "width": 1.5, "name": "responds to"},
    "regarding": {"color": "#555555", "width": 1.2, "name": "regarding"},
    "entailsCommitment": {"color": "#009E73", "width": 1.5, "name": "entails commitment"},
    "comprises": {"color": "#009E73", "width": 1.2, "name": "agreement comprises"},
    "proposedBy": {**_THIN, "name": "proposed by"},
    "proposedTo": {**_THIN, "dashes": [2, 4], "name": "proposed to"},
    "debtor": {**_THIN, "name": "debtor (who commits)"},
    "creditor": {**_THIN, "dashes": [2, 4], "name": "creditor (to whom)"},
    "imposedBy": {**_THIN, "name": "imposed by"},
    "requiredOf": {**_THIN, "dashes": [2, 4], "name": "required of"},
    "heldBy": {**_THIN, "name": "held by"},
    "hasParty": {**_THIN, "name": "agreement party"},
    "participant": {**_THIN, "name": "participant"},
    "mediatedBy": {**_THIN, "dashes": [2, 4], "name": "mediated by"},
    "actor": {**_THIN, "dashes": [2, 4], "name": "term actor"},
    "wasAttributedTo": {
        "color": "#C8CED6",
        "width": 0.5,
        "dashes": [1, 3],
        "name": "said by (attribution)",
    },
    "actedOnBehalfOf": {"color": "#C8CED6", "width": 0.5, "name": "acts for"},
    "hasMember": {"color": "#C8CED6", "width": 0.5, "name": "has member"},
    "inProcess": {"color": "#BBBBBB", "width": 0.8, "dashes": [1, 3], "name": "in process"},
    "madeDuring": {"color": "#BBBBBB", "width": 0.8, "dashes": [1, 3], "name": "made during"},
    "reachedDuring": {"color": "#BBBBBB", "width": 0.8, "dashes": [1, 3], "name": "reached during"},
    "hasTrack": {"color": "#BBBBBB", "width": 0.8, "name": "process track"},
    "other": {"color": "#BBBBBB", "width": 0.8, "name": "other relation"},
}

# A rejection is a relation given a stance: a rejecting position's edges are drawn red.
REJECTION_EDGE = {"color": "#C0392B", "width": 2, "name": "rejection (position: rejects)"}
EDGE_STYLES["rejection"] = REJECTION_EDGE


def node_style_key(attrs: Mapping[str, Any]) -> str:
    """Return the style key of a node from its attributes (``cls``, ``kind``, ``status``).

    Examples
    --------
    >>> node_style_key({"kind": "position", "cls": "Position", "status": "rejects"})
    'Position:rejects'
    >>> node_style_key({"kind": "condition", "cls": "ReciprocityCondition"})
    'ReciprocityCondition'
    >>> node_style_key({"kind": "party", "cls": "Monarchy"})
    'Party'
    """
    cls = str(attrs.get("cls") or "")
    kind = str(attrs.get("kind") or "")
    status = attrs.get("status")
    if cls in ("Position", "Agreement") or kind in ("position", "agreement"):
        base = "Position" if (cls == "Position" or kind == "position") else "Agreement"
        refined = f"{base}:{status}"
        return refined if refined in NODE_STYLES else base
    if cls in NODE_STYLES:
        return cls
    return _KIND_FALLBACK.get(kind, "other")


def edge_style_key(relation: str, *, source_status: str | None = None) -> str:
    """Return the style key of an edge: its relation, or ``rejection`` for a rejecting position.

    Examples
    --------
    >>> edge_style_key("regarding", source_status="rejects")
    'rejection'
    >>> edge_style_key("mirrors")
    'mirrors'
    >>> edge_style_key("somethingNew")
    'other'
    """
    if relation == "regarding" and source_status == "rejects":
        return "rejection"
    return relation if relation in EDGE_STYLES else "other"


def legend(node_keys: set[str], edge_keys: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Return the legend entries for the style keys present, in the table's order.

    Examples
    --------
    >>> [e["key"] for e in legend({"Demand", "State"}, {"mirrors"})["nodes"]]
    ['State', 'Demand']
    """
    return {
        "nodes": [{"key": k, **v} for k, v in NODE_STYLES.items() if k in node_keys],
        "edges": [{"key": k, **v} for k, v in EDGE_STYLES.items() if k in edge_keys],
    }
