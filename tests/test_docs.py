"""Every command is documented: help text with an example, and a row in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kg.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "kg") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.extend(commands(command, path))
        else:
            found.append((path, command))
    return found


@pytest.mark.parametrize(("path", "command"), commands(main), ids=lambda v: v if isinstance(v, str) else "")
def test_docs_command_has_help_with_an_example(path, command):
    assert command.help and "Example:" in command.help, path


@pytest.mark.parametrize(("path", "command"), commands(main), ids=lambda v: v if isinstance(v, str) else "")
def test_docs_command_appears_in_readme(path, command):
    assert f"`{path}" in README, f"{path} is not in the README"
