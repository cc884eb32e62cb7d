"""Renewal arithmetic: expiry and renewal window from a certification date, contact-hour equivalents."""
from __future__ import annotations

import re

from ...knowledge import Program
from ..context import AskContext
from ..dates import MonthYear, is_future, is_past
from ..numbers import NUMBER, to_number
from ..reading import Reading
from .calculation import Activity, Calculation, ContactHours, RenewalDates

SUBJECTS = ("renewal",)


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    activities = _activities(program, reading)
    # credits and conference days are counted in contact hours only for a renewal: a question counting
    # them, and asking nothing else, is about renewing
    counting = (reading.has("question") and not reading.has("eligible", "deadline")
                and any(a.unit != "contact hour" for a in activities))
    if not (reading.has("renew") or counting):
        return None
    dates = _dates(program, reading, context)
    if activities:
        tech = _TECH_HOURS.search(reading.text)
        facts = ContactHours(tuple(activities), to_number(tech.group(1)) if tech else None, dates)
        return Calculation("contact-hours", "Renewal contact hours", facts, SUBJECTS)
    return Calculation("renewal", "Your renewal dates", dates, SUBJECTS) if dates else None


def _dates(program: Program, reading: Reading, context: AskContext) -> RenewalDates | None:
    """Expiry and renewal window, from the month certified or the month it expires."""
    # the first month said as a certification or an expiry: "enrolled July 2019, certified in 2022"
    said = next((d for d in reading.dates if d.role in ("certified", "expires")), None)
    if said is None:
        return None
    when, role = said.when, said.role
    if role == "certified":
        return _window(program, when.plus_months(12 * program.renewal.every_years), context, certified=when)
    return _window(program, when, context)


def _window(program: Program, expires: MonthYear, context: AskContext, certified: MonthYear | None = None) -> RenewalDates:
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
    left = (grace.year * 12 + grace.month - (now[0] * 12 + now[1])) if grace.month is not None else None
    return RenewalDates(expires, opens, grace, certified, where, left)


_TECH_HOURS = re.compile(rf"\b{NUMBER}\s*(?:(?:contact )?(?:hours?|hrs?) )?(?:of (?:them|those|it) )?"
                         r"(?:(?:is|are|were|was) )?(?:(?:in|on|of|for|about|are) )?(?:the )?tech\w*")


#: Days count as conference days only where a conference is named
_CONFERENCE = re.compile(r"\b(?:conf(?:erence)?s?|convention|ala annual|annual meeting)\b")
#: The units a renewal counts, with how each converts: contact hours for one, or ones in an hour
_CONVERTED = {"semester credit": ("semester_credit", False), "quarter credit": ("quarter_credit", False),
              "day": ("conference_day", False), "minute": ("minutes_per_hour", True)}


def _activities(program: Program, reading: Reading) -> list[Activity]:
    """Every activity the message counts: semester and quarter credits, conference days, minutes and
    (said as held) contact hours, each as often as it is said and times the number of sessions."""
    text = reading.text
    tech = [(m.start(), m.end()) for m in _TECH_HOURS.finditer(text)]
    activities = []
    for q in reading.quantities:
        if q.unit in _CONVERTED and not (q.unit == "day" and not _CONFERENCE.search(text)):
            field, divide = _CONVERTED[q.unit]
            unit = "conference day" if q.unit == "day" else q.unit
            activities.append(Activity(q.value, unit, getattr(program.contact_hours, field), divide, q.times))
        elif (q.unit == "hour" and (reading.has("have") or q.activity) and not q.aimed
              # "4 hours on tech" is part of the hours said, but "a 4 hr tech workshop" is an activity too
              and (q.activity or not any(a <= q.start < b for a, b in tech))):  # "I have 12 contact hours", "5 webinars, 1 hour each"
            activities.append(Activity(q.value, "contact hour", 1, False, q.times))
    return activities
