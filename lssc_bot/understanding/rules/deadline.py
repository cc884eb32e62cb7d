"""The finish-by date: enrollment (or acceptance) plus `program.completion_years`."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import clean
from .calculation import Calculation
from .dates import MonthYear, find_month_year, is_future, is_past
from .fee import JOINED_ALA

if TYPE_CHECKING:
    from ...answer import AskContext

#: Words that can only be about entering the program ("enrolled", "got accepted"), or a start with the
#: program named ("started the program", "began lssc")
_ENROLLED = re.compile(r"\b(?:enroll\w*|accept\w*|admitted|signed up|applied|registered|got in)\b|"
                       r"\b(?:start\w*|began|begun|joined) (?:(?:the|my|with|in|on) )?(?:lssc|program|certification|"
                       r"cert|clss)\b")
#: ...and starts of anything ("I started at the library last year"), which need a deadline question
_STARTED = re.compile(r"\b(?:start\w*|began|begun|joined)\b")
_ASKS = re.compile(r"\b(?:deadline|cut ?off|finish\w* by|done by|complete\w* by|due|time limit|how long do i have|"
                   r"how much time|by when|when (?:would|will|do|should|must|could) i (?:\w+ )?(?:finish|be done)|"
                   r"(?:the )?latest (?:i can|date|day|month|time))\b")
#: Enrolling on a date still to come, said as a supposition ("if I enroll in January 2027, ...")
_IF_ENROLLING = re.compile(r"\bif i (?:enroll\w*|apply|sign up|register\w*|start\w*|get accepted|am accepted)\b")

#: about the asker: a first-person word, or a message that opens with the verb, subject dropped ("signed up in
#: april 2025, ...", "done foundations, enrolled 3/2021, ...")
_PERSONAL = re.compile(r"\b(?:i|my|me|we|our)\b|"
                       r"^(?:enroll|accept|start|got|signed|applied|registered|joined|began|done|finished|completed|took)")

TOPIC = "deadline"
SUBJECTS = ("time-limit", "deadline", "completion")


def finish_by(program: Program, enrolled: MonthYear) -> MonthYear:
    """The month all sets must be done by. Only the month: sources count from enrollment or acceptance."""
    return enrolled.plus_months(12 * program.completion_years)


def enrollment_in(text: str, today: date) -> MonthYear | None:
    """The month the asker says they enrolled (or were accepted, started...) in cleaned text, if any.

    A start of something unnamed ("I started at the library last year") counts only in a question
    about the deadline, and a month still to come only in one too: "I start my new job next
    month, can I still enroll?" is not about finishing by a date.
    """
    text = JOINED_ALA.sub(" ", text)  # the date of joining ALA is not an enrollment date
    if not _PERSONAL.search(text):  # "how many candidates enrolled in 2012" is not theirs
        return None
    asks = bool(_ASKS.search(text))
    if not (_ENROLLED.search(text) or (asks and _STARTED.search(text))):
        return None
    when = find_month_year(text, today)
    if when is not None and is_future(when, today.year, today.month) and not (asks or _IF_ENROLLING.search(text)):
        return None
    return when


def overdue_note(program: Program, due: MonthYear, today: date) -> str | None:
    """What to do when the finish-by month has passed; None while it has not."""
    if not is_past(due, today.year, today.month):
        return None
    return f"That date has passed. If you have not finished, contact the LSSC office at {program.email} about where you stand."


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    when = enrollment_in(text, context.today)
    if when is None and context.enrolled is not None and _PERSONAL.search(text) and _ASKS.search(text):
        when = MonthYear(context.enrolled.year, context.enrolled.month)
    if when is None:
        return None
    program = knowledge.program
    due = finish_by(program, when)
    future = is_future(when, context.today.year, context.today.month)
    lines = [f"{'Enrolling' if future else 'Enrolled'} {when}: finish all {program.sets_needed} competency sets "
             f"by **{due}**.",
             f"You have {program.completion_years} years. The program's sources count them from enrollment "
             "(one says from acceptance), so go by the date on your acceptance letter."]
    if when.month is None:
        lines.append(f"Counted from the month in {when.year} when you enrolled.")
    overdue = overdue_note(program, due, context.today)
    if overdue:
        lines.append(overdue)
    return Calculation(TOPIC, "Your finish-by date", "\n".join(lines), SUBJECTS)
