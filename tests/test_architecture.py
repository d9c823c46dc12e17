"""Layering rules that keep the API the product: the CLI sits on top, nothing imports it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "newsbrief"


def _imports(path: Path) -> list[str]:
    """Absolute module names ``path`` imports (relative imports resolved)."""
    rel = path.relative_to(SRC.parent).with_suffix("")
    package = list(rel.parts[:-1])  # a package's __init__ resolves like its modules
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.append(mod)
            out += [f"{mod}.{a.name}" for a in node.names]
    return out


def _modules_outside_cli() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "cli" not in p.relative_to(SRC).parts]


def test_no_module_imports_from_the_cli() -> None:
    bad = [
        f"{p.relative_to(SRC)}: {m}"
        for p in _modules_outside_cli()
        for m in _imports(p)
        if m == "newsbrief.cli" or m.startswith("newsbrief.cli.")
    ]
    assert [b for b in bad if not b.startswith("__main__.py")] == []


def test_the_library_parses_no_command_lines() -> None:
    """argparse belongs to the CLI: library code takes objects, not argv."""
    bad = [
        str(p.relative_to(SRC))
        for p in _modules_outside_cli()
        if "argparse" in _imports(p) and p.name != "__main__.py"
    ]
    assert bad == []


def test_import_and_help_load_no_numeric_stack() -> None:
    """``import newsbrief`` and ``newsbrief --help`` answer without numpy, scipy or sklearn."""
    code = (
        "import sys, newsbrief, newsbrief.cli\n"
        "newsbrief.cli.build_parser()\n"
        "heavy = {'numpy', 'scipy', 'sklearn', 'nltk', 'rouge_score', 'torch'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_default_summary_and_its_analysis_need_no_numeric_stack() -> None:
    """numpy and scipy serve other methods (ilp, lexrank, submodular) and clustering only."""
    code = (
        "import sys, pathlib, newsbrief\n"
        "folder = pathlib.Path('examples/baghdadi-mosul')\n"
        "texts = [p.read_text() for p in sorted(folder.glob('*.txt'))]\n"
        "newsbrief.summarize(texts, quotes=True)\n"
        "print(sorted({'numpy', 'scipy', 'sklearn', 'nltk', 'torch'} & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=SRC.parents[1],
    ).stdout
    assert out.strip() == "[]"
