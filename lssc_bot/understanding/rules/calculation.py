"""What a calculator returns: the reply, and what the Answer needs around it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Requirements:
    """What a requirements calculation found; canonical set names throughout."""

    completed: tuple[str, ...]
    remaining_required: tuple[str, ...]
    electives_completed: tuple[str, ...]
    electives_remaining: int
    done: bool


@dataclass(frozen=True)
class Calculation:
    #: the rule's name, the JSON `topic`: remaining, deadline, renewal, contact-hours, eligibility, fee
    topic: str
    title: str
    text: str
    #: tags or entry ids of FAQ entries on the same subject; their sources become the answer's
    subjects: tuple[str, ...]
    details: Requirements | None = None
    #: other calculations' topics this one answers too (what's left with the finish-by month: deadline)
    covers: tuple[str, ...] = ()
