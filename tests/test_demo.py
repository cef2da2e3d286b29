"""``kg demo``: the bundled examples built, checked, written and rendered."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import kg
from kg.cli import cli


def test_demo_writes_a_valid_dataset_and_an_offline_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    trig, page = out / "negotiations.trig", out / "negotiations.html"
    assert f"RDF dataset  {trig}" in result.output
    assert f"HTML graph   {page}" in result.output

    dataset = kg.read_rdf(trig)
    assert kg.validate_dataset(dataset).conforms
    articles = {a.id for a in kg.read_dataset(dataset)}
    assert articles == {p.stem for p in kg.example_paths()}

    html = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html
    assert "https://cdn" not in html
    assert "russia-energy-pause (energy-pause-call-de): pending [unknown]" in result.output
    assert "china <-> united-states (trade-truce-90-days-de)" in result.output
    assert "m23 on us-call-m23 (drc-rwanda-peace-deal-en)" in result.output


def test_demo_into_a_file_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["demo", "-o", str(blocker)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"
