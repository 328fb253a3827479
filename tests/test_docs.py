"""The README's commands exist and .ci/run runs exactly the README's test command."""

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_the_two_commands_come_first_and_are_make_targets():
    block = re.search(r"```\n(.*?)```", README, re.S)[1].split()
    assert block[:4] == ["make", "run", "make", "test"]
    targets = set(re.findall(r"^([a-z][\w-]*):", MAKEFILE, re.M))
    for t in ("run", "test", "setup", "lint", "bench"):
        assert t in targets
    for t in re.findall(r"`make (\w+)`", README):
        assert t in targets, t


def test_ci_runs_the_readme_test_command():
    lines = [ln.strip() for ln in (ROOT / ".ci/run").read_text().splitlines()]
    assert "make test" in lines


def test_readme_cli_modules_exist():
    for mod in set(re.findall(r"python -m (\w+)", README)):
        assert (ROOT / mod).is_dir() and ((ROOT / mod / "__main__.py").exists() or mod == "structured")
