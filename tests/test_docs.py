"""The README and the CLI help stay true: every command documented, every example runs."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from kg.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_commands_collected() -> None:
    assert COMMANDS == ["build", "check", "schema", "validate"]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert f"`kg {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name: str) -> None:
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help
    assert f"kg {name}" in command.help.split("Example:")[1]


def test_readme_exit_codes_match_the_cli() -> None:
    assert "**0** valid / done, **1** problems found in the data" in README
    assert cli.help is not None
    assert "0 valid / done, 1 problems found in the data, 2 could not run" in cli.help


def test_readme_two_commands() -> None:
    blocks = re.findall(r"```console\n\$ (.+)\n", README)
    assert blocks[0].startswith("python3 -m venv .venv && .venv/bin/pip install")
    assert "kg build kg/examples/" in blocks[0]
    assert blocks[1] == "bash .ci/run"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert len(blocks) == 1
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks[0], "README.md", "exec"), {})  # noqa: S102 - our own README
    assert (tmp_path / "out" / "negotiations.trig").is_file()
