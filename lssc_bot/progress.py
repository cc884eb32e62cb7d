"""Saved progress -> what is left: the one calculator the Discord layer uses for `/lssc remaining`.

Pure functions of (Program, completed sets, enrollment date, today). The counting
itself is the free-text calculator's (`understanding.rules.remaining.progress`),
so a saved progress and a typed one can never disagree.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .answer import Requirements
from .knowledge.model import Program
from .understanding.rules.remaining import progress as requirements_of

_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}


@dataclass(frozen=True)
class Remaining:
    requirements: Requirements
    #: the last day to finish (enrollment + completion_years); None when the enrollment date is unknown
    deadline: date | None
    overdue: bool


def remaining(program: Program, completed: Iterable[str], enrolled: date | None, today: date) -> Remaining:
    """What is left. Names that are not sets of this program (e.g. since renamed) are ignored."""
    requirements = requirements_of(program, set(completed))
    deadline = _add_years(enrolled, program.completion_years) if enrolled else None
    return Remaining(requirements, deadline, bool(deadline and deadline < today and not requirements.done))


def parse_enrolled(text: str, today: date) -> date:
    """An enrollment month: "2024-03", "2024-03-15", "March 2024" or "Mar 2024".

    Raises ValueError with a message for the person when the text is none of those
    or lies in the future. A month alone means its first day.
    """
    value = text.strip().casefold()
    parsed: date | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", value):
        parsed = _date(int(m[1]), int(m[2]), int(m[3] or 1))
    elif (m := re.fullmatch(r"([a-z]+)\.?,?\s+(\d{4})", value)) and m[1] in _MONTHS:
        parsed = _date(int(m[2]), _MONTHS[m[1]], 1)
    if parsed is None:
        # shown in a code span: what was typed appears literally (no Markdown, no mention rendered)
        shown = " ".join(text.split()).replace("`", "'")
        raise ValueError(f"I could not read {f'`{shown}`' if shown else 'that'} as a month. "
                         "Write it like 2024-03 or March 2024.")
    if parsed > today:
        raise ValueError(f"{parsed:%B %Y} is in the future; give the month you enrolled.")
    return parsed


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)
