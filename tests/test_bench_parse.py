"""The parser benchmark stays runnable; its figures are reported, never asserted."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "benchmarks" / "bench_parse.py"


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    bench = runpy.run_path(str(BENCH))
    bench["main"](["--quick", "--articles", "2", "--sizes", "1000", "--no-memory"])
    out = capsys.readouterr().out
    assert "ratio parse / tokenizer" in out
    assert "largest / smallest" in out


def test_the_corpus_is_realistic_and_reproducible() -> None:
    bench = runpy.run_path(str(BENCH))
    corpus = bench["generate_corpus"](6, seed=3)
    assert corpus == bench["generate_corpus"](6, seed=3)
    assert corpus != bench["generate_corpus"](6, seed=4)
    assert [lang for lang, _ in corpus] == ["de", "en"] * 3
    assert all(250 <= len(text.split()) <= 850 for _, text in corpus)
