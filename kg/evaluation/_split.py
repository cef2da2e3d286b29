"""The evaluation split of the bundled examples: development and held-out articles."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError

__all__ = ["SPLIT_NAMES", "EvaluationSplit", "load_evaluation_split"]

#: The names of the parts of the split, as the CLI spells them.
SPLIT_NAMES = ("development", "held-out")


@dataclass(frozen=True, slots=True)
class EvaluationSplit:
    """Which bundled example articles the parser was developed on, and which it was not.

    Parameters
    ----------
    development
        Article ids the parser's rules were developed and tuned on.
    held_out
        Article ids kept out of rule development: their scores are the honest figure.
    """

    development: tuple[str, ...]
    held_out: tuple[str, ...]

    def part(self, name: str) -> tuple[str, ...]:
        """Return the ids of one part: ``"development"``, ``"held-out"`` or ``"all"``.

        Examples
        --------
        >>> split = EvaluationSplit(development=("a-en",), held_out=("b-de",))
        >>> split.part("held-out"), split.part("all")
        (('b-de',), ('a-en', 'b-de'))
        """
        if name == "development":
            return self.development
        if name in ("held-out", "held_out"):
            return self.held_out
        if name == "all":
            return self.development + self.held_out
        raise KgError(f"unknown split part {name!r}; use one of development, held-out, all")


def _ids(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KgError(
            f"{where}: '{key}' must be a list of article ids, e.g. [energy-pause-call-de]"
        )
    if len(set(value)) != len(value):
        raise KgError(f"{where}: '{key}' lists an article id twice; list each article once")
    return tuple(value)


def load_evaluation_split(path: Path | None = None) -> EvaluationSplit:
    """Read the evaluation split (``development:`` and ``held_out:`` lists of article ids).

    Parameters
    ----------
    path
        A YAML file; None for the bundled ``kg/data/evaluation-split.yaml``.

    Returns
    -------
    EvaluationSplit
        The two disjoint lists of article ids.

    Raises
    ------
    KgError
        If the file cannot be read, a list is missing, or an article is in both lists.

    Examples
    --------
    >>> split = load_evaluation_split()
    >>> "energy-pause-call-de" in split.development
    True
    >>> set(split.development) & set(split.held_out)
    set()
    """
    if path is None:
        path = Path(str(resources.files("kg").joinpath("data", "evaluation-split.yaml")))
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KgError(f"{where}: cannot read the evaluation split: {exc}") from exc
    if not isinstance(data, dict):
        raise KgError(f"{where}: expected a mapping with 'development' and 'held_out' lists")
    split = EvaluationSplit(_ids(data, "development", where), _ids(data, "held_out", where))
    both = sorted(set(split.development) & set(split.held_out))
    if both:
        raise KgError(
            f"{where}: {', '.join(both)} listed under both development and held_out; "
            "an article belongs to one part only"
        )
    return split
