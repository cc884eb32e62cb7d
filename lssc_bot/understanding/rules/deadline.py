"""The finish-by month: the enrollment (or acceptance) month plus `program.completion_years`."""
from __future__ import annotations

from ...knowledge import Program
from ..context import AskContext
from ..dates import MonthYear, is_future, is_past
from ..reading import Reading
from .calculation import Calculation, Deadline, finish_by

TOPIC = "deadline"
SUBJECTS = ("time-limit", "deadline", "completion")


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    when, accepted = reading.enrolled, reading.accepted
    if when is None and context.enrolled is not None and reading.has("personal") and reading.has("deadline"):
        when, accepted = MonthYear(context.enrolled.year, context.enrolled.month), False
    if when is None:
        return None
    if not reading.has("deadline") and not any(d.when == when and d.role in ("enrolled", "accepted") for d in reading.dates):
        return None  # "took a class in 2021, I'm only enrolling now: can it count?" asks no deadline
    due = finish_by(program, when)
    today = context.today
    # "me in February 2023 and my coworker in November 2023, when are our deadlines?": each one's
    # asked for several people, each month is someone's, whoever the reading took it for ("two of my staff
    # enrolled: luis in april 2024 and dee in september 2025, when are their deadlines?")
    others = tuple(dict.fromkeys((d.when, finish_by(program, d.when)) for d in reading.dates
                                 if (d.role in ("enrolled", "") or (d.role == "accepted" and d.subject != "asker"))
                                 and d.when.month is not None
                                 and d.when != when)) if reading.has("several") else ()
    future, overdue = is_future(when, today.year, today.month), is_past(due, today.year, today.month)
    left = None if future or overdue else due.months_after(MonthYear(today.year, today.month))
    # "finish right at the deadline, when would my certification expire?": certified that month, valid so many years
    at_deadline = reading.has("at_deadline") and reading.has("renew") and not any(d.role == "certified" for d in reading.dates)
    expires = due.plus_months(12 * program.renewal.every_years) if at_deadline else None
    facts = Deadline(when, due, future=future, overdue=overdue, accepted=accepted, others=others, months_left=left,
                     expires=expires)
    return Calculation(TOPIC, "Your finish-by date", facts, SUBJECTS)
