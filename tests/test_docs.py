"""Documentation stays in step with the CLI: every command in `huiqi --help` is in README's Commands
section, each command's help has an example, and README's export contract names the exported keys."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from cli import main
from pipeline.export import CONTRACT_FIELDS


def help_commands() -> list[str]:
    """Command names as `huiqi --help` lists them."""
    text = CliRunner().invoke(main, ["--help"], catch_exceptions=False).stdout
    section = text.split("\nCommands:\n", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  (\S+)", section, re.M)]


def readme_section(repo_root, title: str) -> str:
    readme = repo_root / "README.md"
    text = readme.read_text("utf-8") if readme.is_file() else ""
    match = re.search(rf"^(#+) {re.escape(title)}\s*$(.*?)(?=^\1 |\Z)", text, re.M | re.S)
    if not match:
        pytest.skip(f"README.md has no '{title}' section yet")
    return match.group(2)


def test_help_lists_the_core_commands():
    assert {"import", "show", "export", "stats"} <= set(help_commands())


@pytest.mark.parametrize("command", help_commands())
def test_command_is_documented_in_readme(repo_root, command):
    section = readme_section(repo_root, "Commands")
    assert re.search(rf"`huiqi {re.escape(command)}\b", section), f"README's Commands section lacks `huiqi {command}`"


@pytest.mark.parametrize("command", help_commands())
def test_command_help_has_an_example(command):
    text = CliRunner().invoke(main, [command, "--help"], catch_exceptions=False).stdout
    assert re.search(rf"Example: huiqi {re.escape(command)}\b", text)


def test_readme_export_contract_names_the_exported_keys(repo_root):
    section = readme_section(repo_root, "Export contract")
    documented = re.findall(r"^\| `(\w+)` \|", section, re.M)
    assert documented == list(CONTRACT_FIELDS)
