"""A request the schema refuses, said in plain words that name the field.

FastAPI's validator words its errors for a Python programmer ("Input should be a valid
integer, unable to parse string as an integer", "List should have at least 1 item after
validation, not 0"). A client reads the 422's ``message``: it says which field is wrong
and what it should be, in the API's own names ("words must be a whole number, got
'ten'", "documents: give at least one document"). The validator's list stays in
``details`` as it was, for a program to read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

# The names the validator gives the members of a union (``str | int``) in an error's
# ``loc``, each with what a client reads for it.
MEMBERS = {
    "str": "a string",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "list": "a list",
    "dict": "a JSON object",
    "none": "null",
}

# What a value of each type must be, by the validator's error type.
_MUST_BE = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "a string",
    "list_type": "a list",
    "model_attributes_type": "a JSON object",
    "model_type": "a JSON object",
    "dict_type": "a JSON object",
}

# Bounds (``ge=1``, ``le=200``) in words.
_BOUND = {
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "more than"),
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "less than"),
}

_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def field_name(loc: Sequence[Any], where: str) -> str:
    """The field as a client names it: ``where`` without the ``query.``/``path.``
    part the validator adds (``query.min_sources`` is ``min_sources``)."""
    if loc and loc[0] in ("query", "path", "header", "cookie"):
        return where.removeprefix(f"{loc[0]}.")
    return where


def shown(value: Any, query: bool = False) -> str:
    """A value as the client sent it: a string in quotes, ``'ten'`` (a number given in
    a query string as it reads, ``0``), anything else as JSON (``2.5``, ``[1]``)."""
    if isinstance(value, str):
        if query and _NUMBER.fullmatch(value):
            return value
        return "'" + value + "'" if len(value) <= 40 else "'" + value[:40] + "…'"
    text = json.dumps(value, default=str)
    return text if len(text) <= 40 else text[:40] + "…"


def _one(name: str) -> str:
    """``documents`` -> ``document``: the item a list field holds."""
    last = re.split(r"[.\]]", name)[-1].strip() or name
    return last[:-1] if last.endswith("s") and len(last) > 1 else f"item of {name}"


def in_words(errors: Sequence[Mapping[str, Any]], where: str) -> str:
    """The first error of ``errors`` (the validator's list) in plain words naming its
    field (``where``: the field as :func:`app._validation_where` spells it). Errors of
    one field that differ only in the union member tried (``id``: ``str`` or ``int``)
    are said as one: "documents[0].id must be a string or a whole number, got [1]"."""
    first = errors[0]
    loc = tuple(first.get("loc") or ())
    kind = str(first.get("type") or "")
    given = first.get("ctx")
    ctx: Mapping[str, Any] = given if isinstance(given, dict) else {}
    query = bool(loc) and loc[0] == "query"
    name = field_name(loc, where)
    got = f", got {shown(first.get('input'), query)}" if "input" in first else ""
    if loc and str(loc[-1]) in MEMBERS:
        members = [
            MEMBERS[str(e["loc"][-1])]
            for e in errors
            if tuple(e.get("loc") or ())[:-1] == loc[:-1] and str(e["loc"][-1]) in MEMBERS
        ]
        if len(members) > 1:
            return f"{name} must be {' or '.join(dict.fromkeys(members))}{got}"
    if kind in _MUST_BE:
        return f"{name} must be {_MUST_BE[kind]}{got}"
    if kind in _BOUND:
        key, words = _BOUND[kind]
        return f"{name} must be {words} {ctx.get(key)}{got}"
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        item = _one(name)
        return f"{name}: give at least {'one' if least == 1 else least} {item}" + (
            "" if least == 1 else "s"
        )
    if kind == "too_long":
        return f"{name}: give at most {ctx.get('max_length')} {_one(name)}s" + (
            f", got {ctx['actual_length']}" if "actual_length" in ctx else ""
        )
    if kind == "string_too_short":
        least = ctx.get("min_length", 1)
        return f"{name} must not be empty" if least == 1 else f"{name} needs {least} characters"
    if kind == "string_too_long":
        return f"{name} must be at most {ctx.get('max_length')} characters"
    if kind == "missing":
        return f"{name} is missing"
    if kind == "extra_forbidden":
        return f"{name} is no field of this request"
    if kind in ("literal_error", "enum"):
        return f"{name} must be {ctx.get('expected')}{got}"
    message = str(first.get("msg") or "invalid value").removeprefix("Value error, ")
    return f"{name}: {message[:1].lower()}{message[1:]}"
