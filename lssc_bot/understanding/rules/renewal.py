"""Renewal arithmetic: expiry and renewal window from a certification date, contact-hour equivalents."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import clean
from .calculation import Calculation
from .dates import MonthYear, find_month_year, is_future, is_past
from .numbers import NUMBER, quantity, to_number

if TYPE_CHECKING:
    from ...answer import AskContext

#: the date is when the asker was certified; finishing the sets is being certified ("finished in June 2024")
_CERTIFIED = re.compile(r"\b(?:certified|got my (?:clss|cert\w*)|earned|received my|became a clss|clss since|"
                        r"finished|completed)\b")
_EXPIRES = re.compile(r"\b(?:expire[sd]?|expiring|(?:run|runs|ran) out|lapse[sd]?)\b")
_RENEWAL = re.compile(r"\b(?:renew\w*|expire\w*|(?:run|runs|ran) out|contact hours?|recertif\w*|conference days?)\b")

SUBJECTS = ("renewal",)


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    program = knowledge.program
    if not _RENEWAL.search(text):
        return None
    hours = _contact_hours(program, text)
    if hours is not None:
        return hours
    when = find_month_year(text, context.today)
    if when is None:
        return None
    if _EXPIRES.search(text) and not _CERTIFIED.search(text):
        return _window(program, when, context.today)
    if _CERTIFIED.search(text):
        return _window(program, when.plus_months(12 * program.renewal.every_years), context.today, certified=when)
    return None


def _window(program: Program, expires: MonthYear, today: date, certified: MonthYear | None = None) -> Calculation:
    r = program.renewal
    opens = expires.plus_months(-r.window_months_before)
    grace = expires.plus_months(r.grace_months)
    now = (today.year, today.month)
    lines = [f"Certified {certified}: your certification is valid for {r.every_years} years, until **{expires}**."
             if certified else f"Your certification {'expired' if is_past(expires, *now) else 'expires'} in **{expires}**."]
    lines.append(f"You can renew any time in the {r.window_months_before} months before that, so from **{opens}**, "
                 f"and there is a {r.grace_months}-month grace period after it (to {grace}).")
    if is_past(grace, *now):
        lines.append(f"That is all in the past: the grace period ended in {grace}. Contact the LSSC office at "
                     f"{program.email} about renewing.")
    elif is_past(expires, *now):
        lines.append(f"It has expired, but you are in the grace period until {grace}: renew now.")
    elif expires.month is not None and not is_future(opens, *now):  # the window opened this month or before
        lines.append("You are in the renewal window now: you can renew.")
    lines.append(f"Renewal needs {r.contact_hours} contact hours of education related to the competency sets, "
                 f"at least {r.technology_hours} of them on technology.")
    return Calculation("renewal", "Your renewal dates", "\n".join(lines), SUBJECTS)


@dataclass(frozen=True)
class _Part:
    """One kind of education in the message, converted to contact hours."""

    count: float
    unit: str
    #: contact hours for one unit ("× 15"), or units in one contact hour ("÷ 60" minutes)
    factor: int
    divide: bool
    #: how one unit converts, as the program states it
    rule: str

    @property
    def hours(self) -> float:
        return self.count / self.factor if self.divide else self.count * self.factor

    def line(self) -> str:
        plural = "s" if self.count != 1 else ""
        if self.factor == 1:  # hours said as contact hours
            return f"{_num(self.count)} contact hour{plural}."
        return (f"{_num(self.count)} {self.unit}{plural} = {_num(self.count)} {'÷' if self.divide else '×'} "
                f"{self.factor} = {_num(self.hours)} contact hours ({self.rule}).")


def _parts(program: Program, text: str) -> list[_Part]:
    """Semester and quarter credits, conference days and minutes named in the text."""
    eq = program.contact_hours
    units = ((_credit("semester"), "semester credit", eq.semester_credit, False,
              f"1 semester credit = {eq.semester_credit} hours"),
             (_credit("quarter"), "quarter credit", eq.quarter_credit, False,
              f"1 quarter credit = {eq.quarter_credit} hours"),
             (r"(?:conference )?days?", "conference day", eq.conference_day, False,
              f"1 conference day = {eq.conference_day} hours"),
             (r"(?:minutes?|mins?)", "minute", eq.minutes_per_hour, True, f"{eq.minutes_per_hour} minutes = 1 hour"))
    parts = []
    for pattern, unit, factor, divide, rule in units:
        count = quantity(text, pattern)
        if count is not None and (unit != "conference day" or "conference" in text):
            parts.append(_Part(count, unit, factor, divide, rule))
    held = _HELD_HOURS.search(_TECH_HOURS.sub(" ", text)) if _HAVE.search(text) else None
    if held:  # "I have 12 contact hours from webinars and a 1 credit semester class"
        parts.append(_Part(to_number(held.group(1)), "contact hour", 1, False, "as said"))
    return parts


def _credit(term: str) -> str:
    """A credit of this kind of term, either way round: "3 quarter credits", "a 3 credit quarter class"."""
    unit = r"(?:credits?|hours?|units?)"
    return rf"(?:{term} {unit}|{unit} {term})"


def _contact_hours(program: Program, text: str) -> Calculation | None:
    parts = _parts(program, text)
    if not parts:
        return None
    minutes_per_hour = program.contact_hours.minutes_per_hour
    short = [p for p in parts if p.hours < 1]  # each activity must last at least an hour
    total = sum(p.hours for p in parts if p not in short)
    need = program.renewal.contact_hours
    lines = [p.line() for p in parts] if len(parts) > 1 or parts[0].factor != 1 else []
    lines += [f"An activity of {_num(p.count)} {p.unit}s is under an hour, so it does not count." for p in short]
    lines.append(f"That is {_num(total)} of the {need} contact hours a renewal needs"
                 + (", enough." if total >= need else f"; {_num(need - total)} more to go."))
    technology = program.renewal.technology_hours
    tech_match = _TECH_HOURS.search(text)
    if tech_match:
        tech = to_number(tech_match.group(1))
        lines.append(f"{_num(tech)} on technology: " + ("enough" if tech >= technology else
                                                         f"{_num(technology - tech)} more needed")
                     + f" (at least {technology} must be).")
    else:
        lines.append(f"At least {technology} must be on technology.")
    lines.append(f"Each activity must last at least one hour ({minutes_per_hour} minutes) and relate to the "
                 "competency sets.")
    return Calculation("contact-hours", "Renewal contact hours", "\n".join(lines), SUBJECTS)


#: The asker says they have the hours ("I have 30 contact hours", "I've logged 20 hrs so far").
_HAVE = re.compile(r"\b(?:i (?:have|had|got|did|completed|earned|logged|took|attended|have done|have got)|so far)\b")
#: Hours the asker has, said as hours ("12 contact hours", "30 hrs"); not "3 semester hours", a credit
_HELD_HOURS = re.compile(rf"\b{NUMBER}\s*(?:contact )?(?:hours?|hrs?)\b(?! (?:semester|quarter)\b)")
_TECH_HOURS = re.compile(rf"\b{NUMBER}\s*(?:(?:contact )?(?:hours?|hrs?) )?(?:of (?:them|those|it) )?"
                         r"(?:(?:is|are|were|was) )?(?:in|on|of|for|about|are) (?:the )?tech\w*")


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
