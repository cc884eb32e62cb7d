"""Saved progress -> what is left: the one calculator the Discord layer uses for `/lssc remaining`.

Pure functions of (Program, completed sets, enrollment date, today). The counting
itself is the free-text calculator's (`rules.calculation.requirements`), so a saved
progress and a typed one can never disagree.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .knowledge.model import Program
from .understanding.dates import MONTHS, MonthYear, is_past
from .understanding.rules.calculation import Requirements, finish_by
from .understanding.rules.calculation import requirements as requirements_of


@dataclass(frozen=True)
class Remaining:
    requirements: Requirements
    #: the month to finish by (the same rule as the free-text deadline calculator); None when the
    #: enrollment date is unknown
    deadline: MonthYear | None
    overdue: bool


def remaining(program: Program, completed: Iterable[str], enrolled: date | None, today: date) -> Remaining:
    """What is left. Names that are not sets of this program (e.g. since renamed) are ignored."""
    requirements = requirements_of(program, set(completed))
    deadline = finish_by(program, MonthYear(enrolled.year, enrolled.month)) if enrolled else None
    overdue = deadline is not None and is_past(deadline, today.year, today.month) and not requirements.done
    return Remaining(requirements, deadline, overdue)


def parse_enrolled(text: str, today: date, *, event: str = "enrolled") -> date:
    """An enrollment (or, with `event="were certified"`, certification) month: "2024-03",
    "2024-03-15", "March 2024" or "Mar 2024".

    Raises ValueError with a message for the person when the text is none of those
    or lies in the future. A month alone means its first day.
    """
    value = text.strip().casefold()
    parsed: date | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", value):
        parsed = _date(int(m[1]), int(m[2]), int(m[3] or 1))
    elif (m := re.fullmatch(r"([a-z]+)\.?,?\s+(\d{4})", value)) and m[1] in MONTHS:
        parsed = _date(int(m[2]), MONTHS[m[1]], 1)
    if parsed is None:
        # shown in a code span: what was typed appears literally (no Markdown, no mention rendered)
        shown = " ".join(text.split()).replace("`", "'")
        raise ValueError(f"I could not read {f'`{shown}`' if shown else 'that'} as a month. "
                         "Write it like 2024-03 or March 2024.")
    if parsed > today:
        raise ValueError(f"{parsed:%B %Y} is in the future; give the month you {event}.")
    return parsed


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
