from pathlib import Path

import pytest

import kg
from kg.errors import KgError, KgFileError
from kg.extract import parse_file
from kg.files import read_text, write_atomic


def test_read_text_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffKiew schweigt.".encode())
    assert read_text(path) == "Kiew schweigt."


def test_read_text_missing(tmp_path: Path) -> None:
    with pytest.raises(KgFileError, match=r"a\.txt: article text not found; check the path"):
        read_text(tmp_path / "a.txt", what="article text")


def test_read_text_not_utf8_names_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("erste Zeile\nWei\xdfes Haus\n".encode("latin-1"))
    with pytest.raises(
        KgFileError, match=r"latin1\.txt:2: the file is not valid UTF-8 \(byte 0xdf"
    ):
        read_text(path)


def test_read_text_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(KgFileError, match="looks like a binary file"):
        read_text(path)


def test_read_text_folder(tmp_path: Path) -> None:
    with pytest.raises(KgFileError, match="is a folder"):
        read_text(tmp_path)


def test_write_atomic_creates_folders_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "out" / "deep" / "g.trig"
    write_atomic(path, "one")
    write_atomic(path, b"two")
    assert path.read_text() == "two"
    assert [p.name for p in path.parent.iterdir()] == ["g.trig"]


def test_write_atomic_leaves_old_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.trig"
    path.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.files.os.replace", broken_replace)
    with pytest.raises(KgFileError, match="No space left on device"):
        write_atomic(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.trig"]


def test_file_errors_are_kg_errors_and_os_errors() -> None:
    assert issubclass(KgFileError, KgError)
    assert issubclass(KgFileError, OSError)


def test_write_atomic_gives_the_usual_file_mode(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    path = tmp_path / "g.trig"
    write_atomic(path, "x")
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_public_file_functions_take_strings(tmp_path: Path) -> None:
    """A notebook user passes plain strings; every public reader and writer takes them."""
    example = str(kg.example_dir() / "trade-truce-90-days-de.yaml")
    annotation = kg.read_annotation(example)
    assert kg.read_annotations([example])[0] == annotation
    kg.write_annotation(annotation, str(tmp_path / "copy.yaml"))
    assert kg.read_annotation(str(tmp_path / "copy.yaml")) == annotation
    dataset = kg.build_dataset([annotation])
    kg.write_rdf(dataset, str(tmp_path / "graph.trig"))
    assert len(kg.read_rdf(str(tmp_path / "graph.trig"))) == len(dataset)
    size = kg.write_html(kg.to_networkx(dataset), str(tmp_path / "graph.html"))
    assert (tmp_path / "graph.html").stat().st_size == size
    assert kg.load_gazetteer(str(kg.example_dir().parent / "data" / "parties.yaml")).get("china")
    text = str(kg.example_dir() / "trade-truce-90-days-de.txt")
    assert parse_file(text, published="2025-05-12").article.text == annotation.article.text
