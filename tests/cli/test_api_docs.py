"""docs/api.md's table of calls names every parameter each call takes, with its default:
a developer integrating newsbrief reads that table, not the source."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
CALLS = re.compile(r"`(newsbrief(?:\.\w+)+)\((.*?)\)`")


def _documented() -> dict[str, str]:
    table = API_MD.read_text(encoding="utf-8").split("## Calls", 1)[1].split("\n\n", 2)[1]
    return {name: params for name, params in CALLS.findall(table)}


def _resolve(dotted: str) -> object:
    module, _, attr = dotted.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def test_the_table_lists_the_calls_a_developer_uses() -> None:
    documented = set(_documented())
    for name in ("summarize", "summarize_batch", "attribute", "attribute_batch", "cluster"):
        assert f"newsbrief.{name}" in documented


@pytest.mark.parametrize("dotted", sorted(_documented()))
def test_each_documented_call_has_the_parameters_and_defaults_of_the_code(dotted: str) -> None:
    params = _documented()[dotted]
    tree = ast.parse(f"def f({params}): pass").body[0]
    assert isinstance(tree, ast.FunctionDef)
    args = tree.args
    documented = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    positional = args.posonlyargs + args.args
    defaults = {
        a.arg: ast.literal_eval(d) if not isinstance(d, ast.Call) else ast.unparse(d)
        for a, d in zip(
            positional[len(positional) - len(args.defaults) :], args.defaults, strict=True
        )
    }
    defaults |= {
        a.arg: ast.literal_eval(d) if not isinstance(d, ast.Call) else ast.unparse(d)
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
        if d is not None
    }
    signature = inspect.signature(_resolve(dotted))  # type: ignore[arg-type]
    assert documented == list(signature.parameters), dotted
    for name, value in defaults.items():
        actual = signature.parameters[name].default
        if isinstance(value, str) and value.endswith("()") and not isinstance(actual, str):
            assert repr(actual) == value, (dotted, name)
        else:
            assert actual == value, (dotted, name)
