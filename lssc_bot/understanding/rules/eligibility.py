"""Does a person's library work meet the experience requirement, and what is missing?

The requirement (from `program.eligibility`): `experience_hours` of paid or
volunteer library work (one year full time) within the last
`experience_window_years` years, plus the education requirement.

It answers when a message states an amount of work (hours, or years of library work)
and either asks about LSSC ("can I apply", "is that enough", "do I qualify") or asks
nothing at all ("I've got 1200 volunteer hours"). Five years at a library and a
question about a raise is not about LSSC. It runs before the what's-left calculator:
"1200 hours at the circ desk, how many more until I can apply" is about hours, not
the Access Services set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import clean
from .calculation import Calculation
from .numbers import NUMBER, quantity, to_number
from .remaining import asks_whats_left

if TYPE_CHECKING:
    from ...answer import AskContext

_WORK = re.compile(r"\b(?:work\w*|volunteer\w*|experience|employ\w*|job|paid|logged|clocked|put in|at (?:a|the|my) "
                   r"\w* ?library|circ desk|desk)\b")
#: The message asks about meeting the requirement.
_ASKS = re.compile(r"\b(?:el[ei]gib\w*|qualif\w*|enough|apply\w*|appl(?:ied|ication)|count\w*|meet\w*|"
                   r"requirement\w*|require\w*|(?:can|could|may|to) i? ?enroll|how far off)\b")
#: The message is about LSSC, but may be asking about something else in it (the sets left).
_ABOUT_LSSC = re.compile(r"\b(?:lssc|clss|certif\w*)\b")
#: The message asks a question of some kind (a bare statement of hours asks "am I eligible?").
_QUESTION = re.compile(r"\?|\b(?:how|what|why|when|where|who|which|should|could|would|can|do|does|is|are|will)\b")
#: Hours of education for renewal are not hours of work.
_RENEWAL = re.compile(r"\b(?:contact hours?|renew\w*|recertif\w*|ceus?)\b")
_WEEKLY = re.compile(rf"\b{NUMBER}\s*(?:hours?|hrs?|h) (?:a|per|each|every) week\b")
_AGO = re.compile(rf"\b{NUMBER}\s*(?:years?|yrs?) ago\b")
_WINDOW = re.compile(rf"\b(?:in|within|over|during) the (?:last|past) {NUMBER}\s*(?:years?|yrs?)\b")

TOPIC = "eligibility"
SUBJECTS = ("eligibility", "experience")


@dataclass(frozen=True)
class Experience:
    hours: float | None
    #: how many years ago the work ended, when said
    ended_years_ago: float | None
    #: the hours were worked out from years assumed full time
    assumed_full_time: bool


def read_experience(program: Program, text: str) -> Experience | None:
    """The experience the text describes, or None when it gives no amount of work."""
    full_year = program.eligibility.experience_hours
    ago_match = _AGO.search(text)
    ended = to_number(ago_match.group(1)) if ago_match else None
    body = _WINDOW.sub(" ", _AGO.sub(" ", text))
    weekly = _WEEKLY.search(body)
    if weekly:
        per_week = to_number(weekly.group(1))
        rest = body[weekly.end():]
        weeks = (quantity(rest, r"weeks?") or 0) + 4.33 * (quantity(rest, r"months?") or 0) \
            + 52 * (quantity(rest, r"(?:years?|yrs?)") or 0)
        if weeks:
            return Experience(per_week * weeks, ended, assumed_full_time=False)
    hours = quantity(body, r"(?:hours?|hrs?)")
    if hours is not None:
        return Experience(hours, ended, assumed_full_time=False)
    years = quantity(body, r"(?:years?|yrs?)")
    months = quantity(body, r"months?")
    if years is None and months is None:
        return None
    part_time = bool(re.search(r"\bpart time\b", body))
    amount = (years or 0) + (months or 0) / 12
    return Experience(None if part_time else amount * full_year, ended, assumed_full_time=not part_time)


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    program = knowledge.program
    experience = read_experience(program, text)
    if experience is None or _RENEWAL.search(text):
        return None
    hours_given = experience.hours is not None and not experience.assumed_full_time
    if not (hours_given or _WORK.search(text)):  # "in 2 years" alone is not two years of work
        return None
    about_lssc = bool(_ABOUT_LSSC.search(text)) or not _QUESTION.search(text)
    if not (_ASKS.search(text) or (about_lssc and not asks_whats_left(text))):
        return None
    return Calculation(TOPIC, "Are you eligible?", _text(program, experience), SUBJECTS)


def _text(program: Program, x: Experience) -> str:
    need = program.eligibility.experience_hours
    window = program.eligibility.experience_window_years
    rule = (f"LSSC asks for at least {need:,} hours (one year full time) of paid or volunteer work in any type "
            f"of library within the last {window} years, and {program.eligibility.education}.")
    if x.ended_years_ago is not None and x.ended_years_ago > window:
        verdict = (f"Work that ended {x.ended_years_ago:g} years ago is outside the {window}-year window, so it "
                   f"does not count: you would need {need:,} hours of library work within the last {window} years.")
    elif x.hours is None:
        verdict = (f"For part-time work, add up your actual hours: you need {need:,} in the last {window} years.")
    elif x.hours >= need:
        verdict = (f"Yes, that is enough: {x.hours:,.0f} hours meets the {need:,}-hour experience requirement"
                   + (" (counting the years as full time)." if x.assumed_full_time else ".")
                   + " On experience, you are eligible to apply.")
    else:
        verdict = (f"{x.hours:,.0f} hours is not enough yet: you need {need - x.hours:,.0f} more "
                   f"to reach {need:,}.")
    return f"{verdict}\n{rule}"
