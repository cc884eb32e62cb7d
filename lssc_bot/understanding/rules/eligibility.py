"""Does a person's library work meet the experience requirement, and what is missing?

The requirement (from `program.eligibility`): `experience_hours` of paid or
volunteer library work (one year full time) within the last
`experience_window_years` years, plus the education requirement.

It answers when a message states an amount of work (hours, hours a week with or without
how long, years of library work, or the years it spans: "from 2015 to 2018", "since 2023",
"left in 2020", placed against the window from today's date) and either asks about LSSC ("can I apply", "is that enough", "do I qualify") or asks
nothing at all ("I've got 1200 volunteer hours"). Five years at a library and a
question about a raise is not about LSSC. It runs before the what's-left calculator:
"1200 hours at the circ desk, how many more until I can apply" is about hours, not
the Access Services set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import clean
from .calculation import Calculation
from .dates import MONTH_NAMES, MONTHS
from .numbers import NUMBER, quantity, quantity_match, to_number
from .remaining import asks_whats_left

if TYPE_CHECKING:
    from ...answer import AskContext

_WORK = re.compile(r"\b(?:work\w*|volunteer\w*|experience|employ\w*|job|paid|logged|clocked|put in|at (?:a|the|my) "
                   r"\w* ?library|circ desk|desk)\b")
#: The message asks about meeting the requirement.
_ASKS = re.compile(r"\b(?:el[ei]gib\w*|qualif\w*|enough|apply\w*|appl(?:ied|ication)|count\w*|meet\w*|"
                   r"requirement\w*|require\w*|(?:can|could|may|to) i? ?enroll|how far off|how (?:much )?longer|"
                   r"how long (?:until|till|before))\b")
#: The asker says they lack the education requirement ("no high school diploma", "never finished high school").
_NO_DIPLOMA = re.compile(r"\b(?:no|without|not have an?|never (?:got|finished|graduated from)|did not (?:finish|graduate)|"
                         r"dropped out of) (?:a |my )?(?:high school|hs|diploma|ged)\b|\bdropped out\b")
#: The message is about LSSC, but may be asking about something else in it (the sets left).
_ABOUT_LSSC = re.compile(r"\b(?:lssc|clss|certif\w*)\b")
#: The message asks a question of some kind (a bare statement of hours asks "am I eligible?").
_QUESTION = re.compile(r"\?|\b(?:how|what|why|when|where|who|which|should|could|would|can|do|does|is|are|will)\b")
#: Hours of education for renewal are not hours of work.
_RENEWAL = re.compile(r"\b(?:contact hours?|renew\w*|recertif\w*|ceus?)\b")
_WEEKLY = re.compile(rf"\b{NUMBER}\s*(?:hours?|hrs?|h)\s*(?:(?:a|per|each|every|an) (?:week|wk)|/\s*(?:week|wk)|weekly)\b")
_PER_WEEK = re.compile(r"\b(?:a|an|per|each|every) (?:week|wk)\b|/\s*(?:week|wk)\b")
#: Some hours a week, not counted: part-time work ("a few hours a week")
_VAGUE_WEEKLY = re.compile(r"\b(?:few|some|several|couple(?: of)?|handful of|lot of|bunch of) (?:hours?|hrs?) "
                           r"(?:a|an|per|each|every) (?:week|wk)\b")
#: Hours said in parts: "800 volunteer hours and 1000 paid hours"
_MORE_HOURS = re.compile(rf"\b(?:and|plus|\+)\s*(?:another |an extra |also )?{NUMBER}\s*(?:\w+ )?(?:hours?|hrs?)\b")
_AGO = re.compile(rf"\b{NUMBER}\s*(?:years?|yrs?) ago\b")
_WINDOW = re.compile(rf"\b(?:in|within|over|during) the (?:last|past) {NUMBER}\s*(?:years?|yrs?)\b")
_YEAR = r"((?:19|20)\d\d)"
#: "from 2015 to 2018", "2019-2022", "between 2020 and now"
_SPAN = re.compile(rf"\b(?:(?:from|between) )?{_YEAR}\s*(?:-|to|until|till|through|thru|and)\s*"
                   rf"(?:{_YEAR}|now|present|today|current(?:ly)?)\b")
#: "since 2023", "since august 2024"
_SINCE = re.compile(rf"\bsince (?:({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? )?{_YEAR}\b")
#: "until 2019", "left in 2018", "quit the library in 2017"
_UNTIL = re.compile(rf"\b(?:until|till|up to|through|thru|(?:left|quit|stopped|retired)(?: \w+){{0,3}} in) {_YEAR}\b")

TOPIC = "eligibility"
SUBJECTS = ("eligibility", "experience")


@dataclass(frozen=True)
class Experience:
    #: hours of work, said or worked out; None for part-time years or a weekly rate with no duration
    hours: float | None
    #: how many years ago the work ended, when said ("6 years ago", "until 2018")
    ended_years_ago: float | None
    #: the hours were worked out from years assumed full time
    assumed_full_time: bool
    #: hours a week, said with no duration ("i volunteer 5 hours a week") or beside the hours so far
    per_week: float | None = None
    #: the work began before the window and ended in it: only the part in the window counts
    straddles_window: bool = False
    #: the hours were said as a total ("1,900 hours"), not worked out
    hours_said: bool = False
    #: when the work ended, as the reply says it ("6 years ago", "in 2018")
    ended_when: str = ""


def read_experience(program: Program, text: str, today: date) -> Experience | None:
    """The experience the text describes, or None when it gives no amount of work.

    Years named as a span ("from 2015 to 2018", "since 2023") give both the amount (counted as
    full time, as "3 years" is) and when it ended; `today` places them against the window, and
    of work that began before the window only the years since its start are counted.
    """
    full_year = program.eligibility.experience_hours
    now = today.year + (today.month - 1) / 12
    window_start = now - program.eligibility.experience_window_years
    began, ended_at = _span(text, now)
    ago_match = _AGO.search(text)
    ended = to_number(ago_match.group(1)) if ago_match else (now - ended_at if ended_at is not None else None)
    when = f"{ended:g} years ago" if ago_match else f"in {ended_at:.0f}" if ended_at is not None else ""
    body = _WINDOW.sub(" ", _AGO.sub(" ", _UNTIL.sub(" ", _SINCE.sub(" ", _SPAN.sub(" ", text)))))
    weekly = _WEEKLY.search(body)
    rest = body[:weekly.start()] + " " + body[weekly.end():] if weekly else body  # the duration, before or after
    rest = _PER_WEEK.sub(" ", rest)  # "a few hours a week": "a week" is a rate, not a duration of one week
    held = quantity_match(rest, r"(?:hours?|hrs?)")  # beside a weekly rate, a total is the hours so far
    hours: float | None = None
    if held is not None:  # and the parts said after it: "800 volunteer hours and 1000 paid hours"
        hours = to_number(held.group(1)) + sum(to_number(m.group(1)) for m in _MORE_HOURS.finditer(rest, held.end()))
    years = quantity(rest, r"(?:years?|yrs?)")
    months = quantity(rest, r"months?")
    weeks = quantity(rest, r"weeks?")
    said = (years or 0) + (months or 0) / 12 + (weeks or 0) / 52
    if began is None and ended_at is not None and said:
        began = ended_at - said  # "3 years, I left in 2023"
    straddles = began is not None and ended_at is not None and began < window_start < ended_at
    if began is not None and ended_at is not None:
        said = ended_at - max(began, window_start) if straddles else (said or ended_at - began)
    if weekly:
        per_week = to_number(weekly.group(1))
        if re.search(r"\bfull time\b", rest):  # "6 months full time and 6 months at 20 hrs/wk": add them up
            return Experience(None, ended, assumed_full_time=False, ended_when=when)
        if hours is not None:  # "I have 1200 hours, how much longer at 20 hours a week"
            return Experience(hours, ended, assumed_full_time=False, per_week=per_week, hours_said=True,
                              ended_when=when)
        if said:
            return Experience(per_week * 52 * said, ended, assumed_full_time=False, straddles_window=straddles,
                              ended_when=when)
        return Experience(None, ended, assumed_full_time=False, per_week=per_week, ended_when=when)
    if hours is not None:
        return Experience(hours, ended, assumed_full_time=False, straddles_window=straddles, hours_said=True,
                          ended_when=when)
    if not said and years is None and months is None:
        return None
    part_time = bool(re.search(r"\bpart time\b", body) or _VAGUE_WEEKLY.search(body))
    return Experience(None if part_time else said * full_year, ended, assumed_full_time=not part_time,
                      straddles_window=straddles, ended_when=when)


def _span(text: str, now: float) -> tuple[float | None, float | None]:
    """When the work began and ended, as years (2018.0), from the years the text names; None if unsaid."""
    span = _SPAN.search(text)
    if span:
        began = float(span.group(1))
        ended = float(span.group(2)) if span.group(2) else now
        return (began, ended) if began <= ended <= now else (None, None)
    since = _SINCE.search(text)
    if since:
        began = float(since.group(2)) + ((MONTHS[since.group(1)] - 1) / 12 if since.group(1) else 0.0)
        if began <= now:
            return began, now
    until = _UNTIL.search(text)
    if until and float(until.group(1)) <= now:
        return None, float(until.group(1))
    return None, None


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    program = knowledge.program
    experience = read_experience(program, text, context.today)
    if experience is None or _RENEWAL.search(text):
        return None
    hours_given = (experience.hours is not None or experience.per_week is not None) and not experience.assumed_full_time
    if not (hours_given or _WORK.search(text)):  # "in 2 years" alone is not two years of work
        return None
    about_lssc = bool(_ABOUT_LSSC.search(text)) or not _QUESTION.search(text)
    if not (_ASKS.search(text) or (about_lssc and not asks_whats_left(text))):
        return None
    return Calculation(TOPIC, "Are you eligible?",
                       _text(program, experience, context.today, lacks_education=bool(_NO_DIPLOMA.search(text))),
                       SUBJECTS)


def _text(program: Program, x: Experience, today: date, lacks_education: bool = False) -> str:
    need = program.eligibility.experience_hours
    window = program.eligibility.experience_window_years
    rule = (f"LSSC asks for at least {need:,} hours (one year full time) of paid or volunteer work in any type "
            f"of library within the last {window} years, and {program.eligibility.education}.")
    since = f"{MONTH_NAMES[today.month - 1]} {today.year - window}"
    if x.ended_years_ago is not None and x.ended_years_ago > window:
        verdict = (f"Work that ended {x.ended_when} is outside the {window}-year window, so it "
                   f"does not count: you would need {need:,} hours of library work within the last {window} years.")
    elif x.straddles_window and x.hours_said:
        verdict = (f"Only the hours since {since} fall within the last {window} years, so only those count: "
                   f"add them up; you need {need:,}.")
    elif x.per_week is not None and x.hours is not None and x.hours < need:
        weeks = (need - x.hours) / x.per_week if x.per_week else float("inf")
        verdict = (f"{x.hours:,.0f} hours so far: at {x.per_week:g} hours a week the {need - x.hours:,.0f} still "
                   f"needed take about {weeks:.0f} weeks ({weeks / 52:.1f} years).")
    elif x.per_week is not None and x.hours is None:
        weeks = need / x.per_week if x.per_week else float("inf")
        if weeks <= 52 * window:
            verdict = (f"At {x.per_week:g} hours a week you reach {need:,} hours after about {weeks:.0f} weeks "
                       f"({weeks / 52:.1f} years), so keep a record of your hours.")
        else:
            verdict = (f"At {x.per_week:g} hours a week you would have only {x.per_week * 52 * window:,.0f} hours "
                       f"in {window} years, short of {need:,}, and older hours stop counting: you need about "
                       f"{need / (52 * window):.0f} hours a week on average.")
    elif x.hours is None:
        verdict = (f"For part-time work, add up your actual hours: you need {need:,} in the last {window} years.")
    elif x.hours >= need:
        verdict = (f"Yes, that is enough: {x.hours:,.0f} hours meets the {need:,}-hour experience requirement"
                   f"{_counted(x, since)}. On experience, you are eligible to apply.")
    else:
        verdict = (f"{x.hours:,.0f} hours{_counted(x, since)} is not enough yet: you need {need - x.hours:,.0f} "
                   f"more to reach {need:,}.")
    if lacks_education:
        verdict += f" You also need {program.eligibility.education}: without it you cannot apply yet."
    return f"{verdict}\n{rule}"


def _counted(x: Experience, since: str) -> str:
    """How the hours were worked out, when not simply said: " (counting the time as full time)"."""
    notes = [note for note, applies in (("counting the time as full time", x.assumed_full_time),
                                        (f"only the part since {since}", x.straddles_window)) if applies]
    return f" ({' and '.join(notes)})" if notes else ""
