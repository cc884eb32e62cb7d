"""The calculations a question's `Reading` asks for: the one way into `rules/` from outside
`understanding/` (with the `Calculation` value and `wording`), so the calculators can change
shape without anything else changing."""
from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge import Knowledge
from .context import AskContext
from .reading import Reading
from .rules import CUE_OF_TOPIC, calculate, calculate_all
from .rules.calculation import Calculation
from .rules.remaining import asks_left_unknown

__all__ = ["Calculation", "asks_left_unknown", "calculations", "parts_not_calculated"]


def calculations(knowledge: Knowledge, reading: Reading, context: AskContext) -> list[Calculation]:
    """The message's calculations, in the order it asks them; empty when it asks for none. Amounts set
    against each other ("30 or 35 hours a week?") are worked out one at a time, each under its own title."""
    found = calculate_all(knowledge.program, reading, context)
    if found and reading.people and found[0].topic in _PER_PERSON:
        # "me: ALA member, 6 courses at $120 each. coworker: not a member, ... total for each of us?": each one's
        each = [(who, calculate(knowledge.program, said, context)) for who, said in reading.people]
        if all(c is not None and c.topic == found[0].topic for _, c in each):
            return [replace(c, title=f"{c.title} ({who})") for who, c in each if c is not None]
    if found and reading.alternatives and found[0].topic in _FROM_ALTERNATIVES:
        each = [(label, calculate(knowledge.program, alternative, context)) for label, alternative in reading.alternatives]
        if all(c is not None and c.topic == found[0].topic for _, c in each):
            return [replace(c, title=f"{c.title} ({label})") for label, c in each if c is not None]
    return found


#: The calculations worked out for each person when a message lists several under their labels (several people's
#: hours are set side by side by the eligibility calculation itself)
_PER_PERSON = frozenset({"fee", "deadline", "remaining", "renewal"})
#: The calculations whose amounts can be set against each other
_FROM_ALTERNATIVES = frozenset({"eligibility", "contact-hours"})


def parts_not_calculated(reading: Reading, found: list[Calculation]) -> list[str]:
    """The questions of a message asking several things that the calculations `found` do not answer
    ("...enough experience? and do I have to be in ALA?"), for the FAQ beside them. A part that asks
    nothing ("enrolled june 2023.") is a fact for the calculations, and one with the cue of a calculation
    found ("how much for 3 of us?") is theirs to answer; "is membership required?" beside a fee is not."""
    cues = {cue for c in found for cue in CUE_OF_TOPIC[c.topic]}
    return [part.text for part in reading.parts if _asks(part.text) and not part.has(*cues)]


def _asks(text: str) -> bool:
    """Whether a part opens a question, or a sentence of it does once counted ("hi all ! two questions . first , do i
    have to be an ala member")."""
    return any(_QUESTION_START.match(_COUNTED_LEAD.sub("", sentence.strip())) for sentence in re.split(r"[.!:;] | - ", text))


#: The lead of a question counted among several: "first ,", "2 )", "q1 :"
_COUNTED_LEAD = re.compile(r"^(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|finally|lastly)\s*[,:)-]?\s*|(?:q ?)?\d\s*[:)]\s*)")



#: A part that opens as a question: "and do i have to be in ala", "can i take them online"
_QUESTION_START = re.compile(r"(?:(?:and|also|so|but|plus|oh|ok|okay) )*(?:how|what|when|where|who|which|why|can|could|"
                             r"do|does|did|is|are|am|will|would|should|may|must|any|anyone|is there)\b")
