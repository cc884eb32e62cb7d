"""What faq.schema.json cannot say about the values in `program:`, checked so no answer can break.

The schema gives every value its type and range. JSON Schema, though, counts `4.0` as a whole
number and lets `.nan` through every range (nothing compares with it), and it cannot compare two
values. So here: whole numbers are written as whole numbers, every number is finite, a date in
`figures` is a real date, and the values agree with each other.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from .load import Parsed, Path_
from .problems import Problem, quoted
from .schema import describe, program_schema, resolve


def value_problems(parsed: Parsed) -> Iterator[Problem]:
    data = parsed.data if isinstance(parsed.data, dict) else {}
    program = data.get("program")
    if not isinstance(program, dict):
        return  # the schema reports it
    for path, value, schema in _numbers(program, program_schema(), ("program",)):
        name = describe(path, data)
        if not math.isfinite(value):
            yield parsed.problem(path, f"{name}: must be a finite number, not {value}")
        elif schema.get("type") == "integer" and value.is_integer():
            yield parsed.problem(path, f"{name}: write a whole number without a decimal point "
                                       f"({int(value)}, not {value})")
    yield from _figure_dates(parsed, data, program)
    yield from _agreement(parsed, program)


def _numbers(value: Any, schema: dict[str, Any], path: Path_) -> Iterator[tuple[Path_, float, dict[str, Any]]]:
    """Every float under `value`, with its path and the schema it must meet."""
    schema = resolve(schema)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, extra)
            if isinstance(sub, dict):
                yield from _numbers(item, sub, (*path, key))
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            yield from _numbers(item, schema["items"], (*path, i))
    elif isinstance(value, float):
        yield path, value, schema


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WRITTEN_DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|"
                           r"December) \d{1,2}, \d{4}")


def is_real_date(text: str) -> bool:
    """Whether a value that reads as a date ("2019-01-31", "January 31, 2019") is one; other text is."""
    try:
        if _ISO_DATE.fullmatch(text):
            date.fromisoformat(text)
        elif _WRITTEN_DATE.fullmatch(text):
            datetime.strptime(text, "%B %d, %Y")
    except ValueError:
        return False
    return True


def _figure_dates(parsed: Parsed, data: dict[str, Any], program: dict[str, Any]) -> Iterator[Problem]:
    figures = program.get("figures")
    if not isinstance(figures, dict):
        return
    for key, value in figures.items():
        if isinstance(value, str) and not is_real_date(value.strip()):
            path = ("program", "figures", key)
            yield parsed.problem(path, f"{describe(path, data)}: {quoted(value.strip())} is not a real date")


def _agreement(parsed: Parsed, program: dict[str, Any]) -> Iterator[Problem]:
    """Values that are each in range but impossible together."""
    sets = program.get("competency_sets")
    electives = sets.get("electives") if isinstance(sets, dict) else None
    needed = program.get("electives_needed")
    if isinstance(needed, int) and isinstance(electives, list) and needed > len(electives):
        yield parsed.problem(("program", "electives_needed"),
                             f"program.electives_needed: {needed} is more electives than the {len(electives)} "
                             "listed under competency_sets.electives, so no one could finish")
    renewal = program.get("renewal")
    if isinstance(renewal, dict):
        technology, total = renewal.get("technology_hours"), renewal.get("contact_hours")
        if isinstance(technology, int) and isinstance(total, int) and technology > total:
            yield parsed.problem(("program", "renewal", "technology_hours"),
                                 f"program.renewal.technology_hours: {technology} is more than the {total} "
                                 "contact hours a renewal needs in all")
