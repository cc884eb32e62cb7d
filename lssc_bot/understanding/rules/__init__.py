"""Calculations from the rule set, recognised from free text before any FAQ matching.

Each calculator reads the question and returns a `Calculation` only when the
question clearly asks for it (a cue plus the numbers or sets it needs); otherwise
None, and the question goes on to the FAQ. All numbers come from `program:`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...knowledge import Knowledge
from ..compound import parts
from . import deadline, eligibility, fee, remaining, renewal
from .calculation import Calculation

if TYPE_CHECKING:
    from ...answer import AskContext

__all__ = ["Calculation", "calculate", "calculate_all"]

#: In this order: stated hours of work asking about applying are about eligibility even when a
#: set's name is in them ("at the circ desk"); a message naming sets and a date is about the sets.
CALCULATORS = (eligibility.calculate, remaining.calculate, renewal.calculate, deadline.calculate, fee.calculate)


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    for calculator in CALCULATORS:
        result = calculator(knowledge, question, context)
        if result is not None:
            return result
    return None


def calculate_all(knowledge: Knowledge, question: str, context: AskContext) -> list[Calculation]:
    """The message's calculations: one per subject, in the order its parts (`compound.parts`) ask them.

    "Enrolled June 2023. Also how much is it for non-members?" is a deadline and a fee; the
    whole message only ever gave the first calculator's answer. Parts are only looked at when
    the whole message is a calculation, so a part never turns an FAQ question into one. The whole
    message's calculation stands for its subject (it read everything said: "..., and I enrolled in
    March 2024"), where a part gives that subject, or first.
    """
    whole = calculate(knowledge, question, context)
    if whole is None:
        return []
    found: list[Calculation] = []
    for part in parts(question):
        result = calculate(knowledge, part, context)
        if result is not None and result.topic == whole.topic:
            result = whole
        if result is not None and all(result.topic != f.topic for f in found):
            found.append(result)
    found = found if whole in found else [whole, *found]
    covered = {topic for f in found for topic in f.covers}  # said already, inside another one
    return [f for f in found if f.topic not in covered]
