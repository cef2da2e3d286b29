"""Timing and memory helpers the benchmark scripts share (imported as a sibling module)."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def timed(func: Callable[[], _T], repeat: int) -> tuple[float, _T]:
    """Run ``func`` ``repeat`` times (at least once); return median seconds and last result."""
    times: list[float] = []
    while True:
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
        if len(times) >= repeat:
            return statistics.median(times), result


def peak_mib(func: Callable[[], object]) -> float:
    """Return the peak memory (MiB) tracemalloc sees while ``func`` runs."""
    tracemalloc.start()
    try:
        func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20
