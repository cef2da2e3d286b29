"""``kg parse`` through the CLI: drafts that ``kg check`` and ``kg build`` accept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

EXAMPLE = kg.example_dir() / "energy-pause-call-en.txt"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "call.txt"
    shutil.copyfile(EXAMPLE, path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_draft_beside_its_text_refers_to_it_and_passes_check_and_build(
    article: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "call.yaml"
    before = article.read_bytes()
    code, _, err = run("parse", str(article), "--published", "2025-03-18", "-o", str(draft),
                       "--title", "Call", "--outlet", "Test Wire", "--id", "call-en")  # fmt: skip
    assert code == 0, err
    assert "draft facts" in err
    text = draft.read_text("utf-8")
    assert "text_file: call.txt" in text
    assert "status: draft" in text
    assert "generator: kg.extract" in text
    assert article.read_bytes() == before  # the text is left as it was
    code, _, err = run("check", str(draft))
    assert code == 0, err
    assert "status draft" in err
    code, _, err = run("build", str(draft), "-o", str(tmp_path / "out.trig"))
    assert code == 0, err
    assert (tmp_path / "out.trig").is_file()


def test_stdout_and_other_folders_get_the_text_inline(article: Path, tmp_path: Path) -> None:
    code, out, err = run("parse", str(article), "--lang", "en", "--published", "2025-03-18")
    assert code == 0, err
    assert out.startswith("kg_annotation: 1\nid: call\nstatus: draft\n")
    assert "text: |" in out
    assert "text_file" not in out
    elsewhere = tmp_path / "drafts" / "call.yaml"
    code, _, err = run("parse", str(article), "--published", "2025-03-18", "-o", str(elsewhere))
    assert code == 0, err
    assert kg.read_annotation(elsewhere).article.text == article.read_text("utf-8")


def test_same_input_gives_the_same_output(article: Path) -> None:
    first = run("parse", str(article), "--published", "2025-03-18")
    second = run("parse", str(article), "--published", "2025-03-18")
    assert first == second


def test_without_a_date_the_file_date_is_used_and_said(article: Path) -> None:
    code, out, err = run("parse", str(article))
    assert code == 0, err
    assert "no --published given; using the file's date" in err
    assert "published: " in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary", "looks like a binary file"),
        ("Café Kreml".encode("latin-1"), "not valid UTF-8"),
        (b"   \n", "the article text is empty"),
        (b"Lorem ipsum dolor sit amet, consectetur.", "--lang de or --lang en"),
    ],
)
def test_unreadable_articles_fail_cleanly(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out_file = tmp_path / "bad.yaml"
    code, out, err = run("parse", str(path), "--published", "2025-03-18", "-o", str(out_file))
    assert code == 2
    assert err.startswith("Error: ")
    assert message in err
    assert "Traceback" not in err + out
    assert not out_file.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "18.03.2025"], "YYYY-MM-DD"),
        (["--lang", "fr"], "Invalid value for '--lang'"),
        (["--id", "Bad Id"], "is not an annotation id"),
    ],
)
def test_bad_options(article: Path, args: list[str], message: str) -> None:
    code, _, err = run("parse", str(article), *args)
    assert code == 2
    assert message in err


def test_missing_article(tmp_path: Path) -> None:
    code, _, err = run("parse", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "not found" in err
