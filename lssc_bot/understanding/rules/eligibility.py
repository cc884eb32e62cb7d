"""Does a person's library work meet the experience requirement, and what is missing?

It answers when the Reading states an amount of work (`experience.Work`) and the message either
asks about LSSC ("can I apply", "is that enough", "do I qualify") or asks nothing at all ("I've
got 1200 volunteer hours"). Five years at a library and a question about a raise is not about
LSSC. It runs before the what's-left calculator: "1200 hours at the circ desk, how many more
until I can apply" is about hours, not the Access Services set.
"""
from __future__ import annotations

from ...knowledge import Program
from ..context import AskContext
from ..dates import MonthYear
from ..reading import Reading
from .calculation import Calculation, EligibilityCheck

TOPIC = "eligibility"
SUBJECTS = ("eligibility", "experience")


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    work = reading.work
    if work.by_person is not None:
        return Calculation(TOPIC, "Who has enough hours?", work.by_person, SUBJECTS)
    experience = work.experience
    if experience is None or reading.has("renew") or reading.counts_education:
        return None
    if reading.has("lta_program") and (reading.has("certified") or experience.assumed_full_time):
        # "do I get certified right away?", "a 2-year library technology associate": an LTA graduate's path
        # (recognition agreements, provisional certification) is the FAQ's, not the program's years as work
        return None
    hours_given = (experience.hours is not None or experience.per_week is not None
                   or experience.rate_asked_for is not None) and not experience.assumed_full_time
    if not (hours_given or reading.has("work")):  # "in 2 years" alone is not two years of work
        return None
    # "six years full time at circ ... LSSC?" asks whether that is enough; "... which sets are required?" asks another thing
    about_lssc = (reading.has("about_lssc") or not reading.has("question")) and not reading.has("asks_another_thing")
    standing = reading.has("standing") and not reading.sets.any  # "... 24 hrs/week for 52 weeks. where does that put me?"
    if not (reading.has("eligible", "hours_asked", "short") or standing or work.requirement_said
            or (about_lssc and not reading.has("left", "deadline", "fee"))):  # another calculation's cue asks that one
        return None
    lacks_education = reading.has("no_diploma") and not reading.has("equivalent_held")  # "no diploma but a GED"
    window_start = MonthYear(context.today.year - program.eligibility.experience_window_years, context.today.month)
    return Calculation(TOPIC, "Are you eligible?", EligibilityCheck(experience, window_start, lacks_education), SUBJECTS)
