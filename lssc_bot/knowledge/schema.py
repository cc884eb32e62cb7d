"""faq.schema.json applied to parsed data, with errors a moderator can act on.

The JSON Schema is the single statement of the file's structure: editors use it
while a moderator types, and the loader runs the same file, so the two can't drift.
A valid file is checked by fastjsonschema (compiled, fast); an invalid one is
checked again by jsonschema, which lists every error with its path.
"""
from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

from .load import Parsed
from .problems import Problem, cut, quoted

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "faq.schema.json"

_TYPE_WORDS = {
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with '- ')",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with a `$ref` to one of the `$defs` written out (its own keys win)."""
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return schema
    target = _schema().get("$defs", {}).get(ref.removeprefix("#/$defs/"), {})
    return {**resolve(target), **{key: value for key, value in schema.items() if key != "$ref"}}


def program_schema() -> dict[str, Any]:
    """The schema `program:` must meet."""
    return resolve(_schema()["properties"]["program"])


@cache
def fast_check() -> Callable[[Any], Any]:
    """The schema compiled to Python code: about 10x faster, but it stops at the first error.

    It is compiled with its `$defs` written out where they are used: for each `$ref`,
    fastjsonschema's code calls a function and first builds the value's name for its
    error message (`data.faqs[12].alternates[3]`), which took two thirds of the time.
    """
    schema = _schema()
    return fastjsonschema.compile(_inlined(schema, schema.get("$defs", {})))


def _inlined(node: Any, defs: dict[str, Any], expanding: frozenset[str] = frozenset()) -> Any:
    """`node` with each `{"$ref": "#/$defs/NAME", ...}` as `{"allOf": [NAME's schema], ...}`.

    The two mean the same in JSON Schema 2020-12. A definition that refers to itself
    keeps its `$ref` there, so recursive schemas stay finite.
    """
    if isinstance(node, list):
        return [_inlined(item, defs, expanding) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _inlined(value, defs, expanding) for key, value in node.items() if key != "$ref"}
    ref = node.get("$ref")
    name = ref.removeprefix("#/$defs/") if isinstance(ref, str) else None
    if name in defs and name not in expanding:
        out["allOf"] = [*out.get("allOf", []), _inlined(defs[name], defs, expanding | {name})]
    elif ref is not None:
        out["$ref"] = ref
    return out


@cache
def validator() -> Any:
    """A validator that lists every error; only needed when a file is invalid."""
    import jsonschema  # slow to import (~0.1 s), so the happy path never does

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def describe(path: tuple[str | int, ...], data: Any) -> str:
    """`faqs[3] (fees).answer` style names, using entry ids where there are some."""
    out = ""
    node = data
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
            node = node[step] if isinstance(node, list) and step < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id") or node.get("name"), str):
                out += f" ({cut(node.get('id') or node.get('name'))})"
        else:
            out += f".{cut(step)}" if out else cut(step)
            node = node.get(step) if isinstance(node, dict) else None
    return out or "the file"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "nothing"
    return "text"


def schema_problems(parsed: Parsed) -> Iterator[Problem]:
    """Every schema error, explained. Valid files take the fast path only."""
    try:
        fast_check()(parsed.data)
    except fastjsonschema.JsonSchemaValueException as first:
        errors = list(validator().iter_errors(parsed.data))
        if not errors:  # the two implementations disagree: still refuse, with the fast one's words
            path = tuple(int(p) if p.isdigit() else p for p in first.path[1:])
            yield parsed.problem(path, f"{describe(path, parsed.data)}: {first.message}")
        # one `required` error per missing key, each naming them all: each problem once
        yield from dict.fromkeys(p for error in errors if not _non_finite(error.instance) for p in _explain(error, parsed))


def _non_finite(value: Any) -> bool:
    """.nan and .inf fail (or slip through) ranges; `values.value_problems` reports them in its words."""
    return isinstance(value, float) and not math.isfinite(value)


def _explain(error: Any, parsed: Parsed) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    name = describe(path, parsed.data)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                also = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(allowed)})"
                yield parsed.problem(path + (key,), f"{name}: unknown key {quoted(key)}{also}", key=True)
        return
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        for key in missing:
            yield parsed.problem(path, f"{name}: missing key '{key}'")
        return
    if kind == "type":
        wanted: list[str] = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        message = f"{name}: expected {words}, got {_type_name(error.instance)}"
    elif "errorMessage" in error.schema:
        message = f"{name}: {error.schema['errorMessage']}"
    elif kind == "minItems":
        message = f"{name}: needs at least {error.validator_value} item{'s' if error.validator_value != 1 else ''}"
    elif kind == "minimum":
        message = f"{name}: must be at least {error.validator_value}"
    elif kind == "maximum":
        message = f"{name}: must be at most {error.validator_value}"
    else:
        message = f"{name}: {cut(error.message, 200)}"  # jsonschema's words quote the value
    yield parsed.problem(path, message)
