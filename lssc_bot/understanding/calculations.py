"""The calculations a question's `Reading` asks for: the one way into `rules/` from outside
`understanding/` (with the `Calculation` value and `wording`), so the calculators can change
shape without anything else changing."""
from __future__ import annotations

from ..knowledge import Knowledge
from .context import AskContext
from .reading import Reading
from .rules import calculate_all
from .rules.calculation import Calculation
from .rules.remaining import asks_left_unknown

__all__ = ["Calculation", "asks_left_unknown", "calculations"]


def calculations(knowledge: Knowledge, reading: Reading, context: AskContext) -> list[Calculation]:
    """The message's calculations, in the order it asks them; empty when it asks for none."""
    return calculate_all(knowledge.program, reading, context)
