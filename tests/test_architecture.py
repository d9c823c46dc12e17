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


# The claim checker's stages in pipeline order (docs/attribution.md, "How a claim is
# checked"), and the modules every stage may use (word lists, facts, names, dates,
# numbers, the parse, the constants).
_ATTRIBUTION_STAGES = (
    "clauses",
    "predicate",
    "roles",
    "claim",
    "story",
    "windows",
    "binding",
    "details",
    "compare",
    "parsed",
    "rules",
    "align",
)
_ATTRIBUTION_BASE = ("config", "lexicon", "facts", "names", "dates", "numbers", "negation", "parse")
# compare records its result in a rules.Check, whose ``supports`` applies the support
# rule: the one import of a later stage.
_ATTRIBUTION_EXCEPTIONS = {("compare", "rules"): {"Check"}}
# whose a deed, a figure or a state is: read by compare, built on the base modules only
_ATTRIBUTION_BASE += ("owners",)


def _attribution_imports(path: Path) -> list[tuple[str, set[str]]]:
    """(attribution module, names taken from it) for each import of ``path``, type-only
    imports included (a type cycle is still a cycle)."""
    out: list[tuple[str, set[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.append((node.module.split(".")[0], {a.name for a in node.names}))
            else:
                out += [(a.name, set()) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "newsbrief.attribution."
        ):
            out.append((node.module.split(".")[2], {a.name for a in node.names}))  # type: ignore[union-attr]
    return out


def test_each_attribution_stage_imports_only_earlier_stages() -> None:
    """A stage reads what earlier stages made, never the other way: the pipeline can be
    read (and changed) in order, and no stage drags in the ones after it."""
    folder = SRC / "attribution"
    order = {name: k for k, name in enumerate(_ATTRIBUTION_STAGES)}
    bad = []
    for name in (*_ATTRIBUTION_STAGES, *_ATTRIBUTION_BASE):
        rank = order.get(name, -1)  # a base module may use no stage at all
        for mod, names in _attribution_imports(folder / f"{name}.py"):
            if mod not in order or order[mod] < rank:
                continue
            if names and names <= _ATTRIBUTION_EXCEPTIONS.get((name, mod), set()):
                continue
            bad.append(f"{name} imports {mod} {sorted(names)}")
    assert bad == []


def test_the_attribution_stage_list_names_every_pipeline_module() -> None:
    """A new module of the attribution package is placed in the order (or listed as
    built on by the stages, or above them) before the layering test can pass."""
    above = {"__init__", "analysis", "batch", "developments", "quotes", "nli", "semantic"}
    listed = {*_ATTRIBUTION_STAGES, *_ATTRIBUTION_BASE, *above}
    found = {p.stem for p in (SRC / "attribution").glob("*.py")}
    assert found - listed == set()
