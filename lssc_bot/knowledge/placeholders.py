"""`{name}` placeholders in answers, filled from the rule set so each number lives once.

Write `{fees.member}` in an answer to quote `program.fees.member`; `{{` and `}}`
are literal braces. Besides the values under `program:`, these derived names exist:
`sets.required`, `sets.electives` (names joined "A, B and C"), `sets.required_list`,
`sets.electives_list` (Markdown bullet lists), `sets.required_count`,
`sets.electives_count`, `sets.total`, `sets.needed`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


def format_value(value: str | int | float) -> str:
    """How a rule value reads in an answer: 1820 -> "1,820", 325.0 -> "325"."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def join_names(names: list[str]) -> str:
    """"A and B"; "A, B, and C" (the serial comma keeps "Communication and Teamwork" one name)."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def flatten(mapping: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, str | int | float]]:
    """Dotted names for every scalar in a nested mapping (lists are skipped)."""
    for key, value in mapping.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from flatten(value, name + ".")
        elif isinstance(value, (str, int, float)):
            yield name, value


def scan(template: str) -> Iterator[tuple[int, str | None]]:
    """(offset, name) for each placeholder; name is None for a stray brace."""
    for match in PLACEHOLDER.finditer(template):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            yield match.start(), None
        else:
            yield match.start(), match.group(1).strip()


def fill(template: str, values: Mapping[str, str | int | float]) -> str:
    """The template with placeholders replaced; unknown names raise KeyError(name)."""
    if "{" not in template and "}" not in template:  # nothing to fill: skip the regex pass
        return template

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        if token in ("{", "}"):
            raise KeyError(token)
        return format_value(values[match.group(1).strip()])

    return PLACEHOLDER.sub(replace, template)


def is_name(text: str) -> bool:
    return bool(_NAME.match(text))
