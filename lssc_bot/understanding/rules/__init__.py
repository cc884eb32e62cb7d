"""Calculations from the rule set, recognised from free text before any FAQ matching.

Each calculator reads the question and returns a `Calculation` only when the
question clearly asks for it (a cue plus the numbers or sets it needs); otherwise
None, and the question goes on to the FAQ. All numbers come from `program:`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...knowledge import Knowledge
from . import deadline, eligibility, fee, remaining, renewal
from .calculation import Calculation

if TYPE_CHECKING:
    from ...answer import AskContext

__all__ = ["Calculation", "calculate"]

#: In this order: stated hours of work asking about applying are about eligibility even when a
#: set's name is in them ("at the circ desk"); a message naming sets and a date is about the sets.
CALCULATORS = (eligibility.calculate, remaining.calculate, renewal.calculate, deadline.calculate, fee.calculate)


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    for calculator in CALCULATORS:
        result = calculator(knowledge, question, context)
        if result is not None:
            return result
    return None
