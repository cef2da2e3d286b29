"""The README and the CLI help stay true: every command documented, every example runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_commands_collected() -> None:
    assert COMMANDS == [
        "ask",
        "build",
        "check",
        "demo",
        "evaluate",
        "parse",
        "query",
        "render",
        "schema",
        "sparql",
        "validate",
    ]


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
    assert blocks[0].endswith("&& .venv/bin/kg demo")
    assert blocks[1] == "bash .ci/run"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert len(blocks) == 1
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks[0], "README.md", "exec"), {})  # noqa: S102 - our own README
    assert (tmp_path / "out" / "negotiations.trig").is_file()


def _tour() -> list[tuple[str, str]]:
    """The commands of the README's tour with the output shown for them."""
    section = README.split("## A tour", 1)[1].split("\n## ", 1)[0]
    pairs = []
    for block in re.findall(r"```console\n(.*?)```", section, flags=re.DOTALL):
        command, _, output = block.partition("\n")
        assert command.startswith("$ kg ")
        pairs.append((command[2:], output))
    return pairs


def test_readme_tour_is_collected() -> None:
    assert len(_tour()) == 5


@pytest.mark.parametrize(("command", "output"), _tour(), ids=[c for c, _ in _tour()])
def test_readme_tour_shows_real_output(command: str, output: str) -> None:
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.stdout == output
