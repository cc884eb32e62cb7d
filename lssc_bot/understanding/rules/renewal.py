"""Renewal arithmetic: expiry and renewal window from a certification date, contact-hour equivalents."""
from __future__ import annotations

import re

from ...knowledge import Program
from ..context import AskContext
from ..dates import MonthYear, is_future, is_past
from ..numbers import NUMBER, QUALIFIER, to_number
from ..reading import Reading
from .calculation import Activity, Calculation, ContactHours, RenewalDates

SUBJECTS = ("renewal",)


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    if not reading.has("renew"):
        return None
    activities = _activities(program, reading.text, reading.has("have"))
    if activities:
        tech = _TECH_HOURS.search(reading.text)
        facts = ContactHours(tuple(activities), to_number(tech.group(1)) if tech else None)
        return Calculation("contact-hours", "Renewal contact hours", facts, SUBJECTS)
    when = reading.when
    if when is None:
        return None
    if reading.has("certified"):
        return _window(program, when.plus_months(12 * program.renewal.every_years), context, certified=when)
    if reading.has("expires"):
        return _window(program, when, context)
    return None


def _window(program: Program, expires: MonthYear, context: AskContext, certified: MonthYear | None = None) -> Calculation:
    r = program.renewal
    opens = expires.plus_months(-r.window_months_before)
    grace = expires.plus_months(r.grace_months)
    now = (context.today.year, context.today.month)
    if is_past(grace, *now):
        where = "past"
    elif is_past(expires, *now):
        where = "grace"
    elif expires.month is not None and not is_future(opens, *now):  # the window opened this month or before
        where = "window"
    else:
        where = ""
    return Calculation("renewal", "Your renewal dates", RenewalDates(expires, opens, grace, certified, where), SUBJECTS)


#: An activity counted in the message: "3 webinars", "two workshops"
_ACTIVITY = r"(?:sessions?|webinars?|workshops?|trainings?|classes|class|courses?|talks?|meetings?|modules?|lectures?|events?)"
#: How many times an activity was done, said just before its length: "3 webinars of 90 minutes", "3 x 90 minutes",
#: "two 90 minute sessions", "4 webinars, 1.5 hours each"
_TIMES_BEFORE = re.compile(rf"\b{NUMBER}\s*(?:x|times|\*)\s*$|"
                           rf"\b{NUMBER} (?:\w+ )?{_ACTIVITY},? (?:of|at|lasting|for|that (?:were|are|was)|each)?\s*"
                           r"(?:(?:about|around|roughly) )?$|"
                           rf"\b{NUMBER}\s*$")
#: The number of the unit is the length of each one: "...90 minutes each", "90 minute sessions"
_EACH_AFTER = re.compile(rf"^(?:\s*each|\s*(?:\w+ )?{_ACTIVITY}|\s*a piece|\s*apiece)\b")
#: Hours the asker has, said as hours; not "3 semester hours", a credit, nor hours a week
_HOURS = r"(?:contact )?(?:hours?|hrs?)(?! (?:semester|quarter)\b)(?! (?:a|per|each|every) (?:week|month|day)\b)"
#: Hours asked about, not held: "I need 32 hours", "out of the 32 hours"
_NOT_HELD = re.compile(r"\b(?:need\w*|require\w*|out of|of the|short of|toward|towards|than|only|remaining|left)\s*(?:the )?$")
_TECH_HOURS = re.compile(rf"\b{NUMBER}\s*(?:(?:contact )?(?:hours?|hrs?) )?(?:of (?:them|those|it) )?"
                         r"(?:(?:is|are|were|was) )?(?:in|on|of|for|about|are) (?:the )?tech\w*")


def _credit(term: str) -> str:
    """A credit of this kind of term, either way round: "3 quarter credits", "a 3 credit quarter class"."""
    unit = r"(?:credits?|hours?|units?)"
    return rf"(?:{term} {unit}|{unit} {term})"


def _activities(program: Program, text: str, has: bool) -> list[Activity]:
    """Every activity the message counts: semester and quarter credits, conference days, minutes and
    (said as held) contact hours, each as often as it is said and times the number of sessions."""
    eq = program.contact_hours
    units = ((_credit("semester"), "semester credit", eq.semester_credit, False),
             (_credit("quarter"), "quarter credit", eq.quarter_credit, False),
             (r"(?:conference )?days?", "conference day", eq.conference_day, False),
             (r"(?:minutes?|mins?)", "minute", eq.minutes_per_hour, True))
    found: list[tuple[int, Activity]] = []
    taken: list[tuple[int, int]] = []
    for pattern, unit, factor, divide in units:
        if unit == "conference day" and "conference" not in text:
            continue
        for m in re.finditer(rf"\b{NUMBER}\s*(?:-\s*)?{QUALIFIER}{pattern}\b", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), Activity(to_number(m.group(1)), unit, factor, divide, _times(text, m))))
    if has:  # "I have 12 contact hours from webinars and a 1 credit semester class"
        body = _TECH_HOURS.sub(lambda m: " " * len(m[0]), text)
        for m in re.finditer(rf"\b{NUMBER}\s*{_HOURS}\b", body):
            if any(a <= m.start() < b for a, b in taken) or _NOT_HELD.search(body, 0, m.start()):
                continue
            found.append((m.start(), Activity(to_number(m.group(1)), "contact hour", 1, False, _times(body, m))))
    return [a for _, a in sorted(found, key=lambda f: f[0])]


def _times(text: str, m: re.Match[str]) -> float:
    """How many times the activity of length `m` was done: 1 unless a count of sessions goes with it."""
    before = _TIMES_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return 1
    number = next(g for g in before.groups() if g is not None)
    if before.group(3) is not None and not _EACH_AFTER.search(text[m.end():]):  # "two 90 minute" needs "sessions"
        return 1
    return to_number(number)
