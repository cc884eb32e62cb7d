"""Calculations from the rule set, recognised from a question's `Reading` before any FAQ matching.

Each calculator is a pure function `(Program, Reading, AskContext) -> Calculation | None` that
answers only when the reading has its cue and the facts it needs; otherwise None, and the
question goes on to the FAQ. None imports another; all numbers come from `program:`, and the
words of every reply are `wording.py`'s.
"""
from __future__ import annotations

from collections.abc import Callable

from ...knowledge import Program
from ..context import AskContext
from ..reading import Reading
from . import deadline, eligibility, fee, provider, remaining, renewal
from .calculation import Calculation

__all__ = ["CALCULATORS", "CUE_OF_TOPIC", "Calculation", "calculate", "calculate_all"]

Calculator = Callable[[Program, Reading, AskContext], "Calculation | None"]

#: The order they are tried in, the one place it is stated. Stated hours of work asking about
#: applying are about eligibility even when a set's name is in them ("1200 hours at the circ
#: desk, can I apply?"), so eligibility comes before what's left; a message naming sets and a
#: date is about the sets (what's left gives the finish-by month too), so what's left comes
#: before renewal and the deadline; a renewal date ("certified June 2022") is not an
#: enrollment, so renewal comes before the deadline; a course provider's fees are not a candidate's, so they
#: come before the candidate's fee, which needs only its own cues, last.
CALCULATORS: tuple[Calculator, ...] = (eligibility.calculate, remaining.calculate, renewal.calculate,
                                       deadline.calculate, provider.calculate, fee.calculate)


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    for calculator in CALCULATORS:
        result = calculator(program, reading, context)
        if result is not None:
            return result
    return None


#: The cue that asks for each calculator's answer. A message whose facts serve one calculation
#: may ask for another too, in words that are not a part of their own ("as an ALA member, what
#: did my enrollment cost and when's my deadline?"): each one asked for is given.
ASKED_BY: dict[Calculator, str] = {eligibility.calculate: "eligible", remaining.calculate: "left",
                                   renewal.calculate: "renew", deadline.calculate: "deadline",
                                   provider.calculate: "provider", fee.calculate: "fee"}
#: ...and the cues of each calculation's topic, for the parts of a message a calculation found answers (a course
#: provider's "what does each renewal cost?" is about renewing the courses' approval, which the calculation gives)
CUE_OF_TOPIC: dict[str, tuple[str, ...]] = {
    eligibility.TOPIC: ("eligible", "hours_asked", "short"), remaining.TOPIC: ("left",), remaining.COUNT_TOPIC: ("left",),
    deadline.TOPIC: ("deadline",), fee.TOPIC: ("fee",), renewal.TOPIC: ("renew",), renewal.CONTACT_TOPIC: ("renew",),
    provider.TOPIC: ("provider", "renew", "fee")}


def calculate_all(program: Program, reading: Reading, context: AskContext) -> list[Calculation]:
    """The message's calculations: one per subject, in the order its parts ask them.

    "Enrolled June 2023. Also how much is it for non-members?" is a deadline and a fee. Parts are
    only looked at when the whole message is a calculation, so a part never turns an FAQ question
    into one. The whole message's calculation stands for its subject (it read everything said:
    "..., and I enrolled in March 2024"), where a part gives that subject, or first; after them
    come the other calculations the whole message asks for by their cue (`ASKED_BY`).
    """
    if reading.has("other_certification") and not reading.has("names_lssc") and not reading.sets.any:
        # "how do I get my CPR certification renewed?" is about another certification ("priya's certification:
        # foundations and tech complete" names LSSC's sets, so it is LSSC)
        return []
    whole = calculate(program, reading, context)
    if whole is None:
        return []
    found: list[Calculation] = []
    for part in reading.parts:
        calculator, result = next(((c, r) for c in CALCULATORS if (r := c(program, part, context)) is not None),
                                  (None, None))
        if result is not None and result.topic == whole.topic:
            result = whole
        elif calculator is not None and result is not None:
            # the part says what is asked; the whole message says the facts: "[x] foundations [x] tech [ ] comm
            # ... enrolled march 2023 . deadline ?" asks what is left of all the boxes, not of the first one
            of_whole = calculator(program, reading, context)
            if of_whole is not None and of_whole.topic == result.topic:
                result = of_whole
            elif not part.has(*CUE_OF_TOPIC.get(result.topic, ())):
                result = None  # a part that only states ("done : foundations") asks nothing of its own
        if result is not None and all(result.topic != f.topic for f in found):
            found.append(result)
    found = found if whole in found else [whole, *found]
    for calculator, cue in ASKED_BY.items():
        result = calculator(program, reading, context) if reading.has(cue) else None
        if result is not None and all(result.topic != f.topic for f in found):
            found.append(result)
    covered = {topic for f in found for topic in f.covers}  # said already, inside another one
    return [f for f in found if f.topic not in covered]
