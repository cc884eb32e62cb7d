"""What the core may know about the person beyond the question itself.

Its own module so that `answer.py` and the calculators in `rules/` both import it and
neither imports the other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class AskContext:
    """What the core may know about the person beyond the question itself."""

    today: date = field(default_factory=date.today)
    #: competency sets the person said (console session) or saved (Discord) they completed
    completed: frozenset[str] = frozenset()
    enrolled: date | None = None
