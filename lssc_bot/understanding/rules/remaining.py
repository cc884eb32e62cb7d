"""What is left to do: the competency sets a person says they completed, against the rule set."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import OBLIGATION, STOPWORDS, clean, stem
from ..sets import set_names
from .calculation import Calculation, Requirements

if TYPE_CHECKING:
    from ...answer import AskContext

#: "what's left" and its kin: the person asks what remains.
_LEFT = re.compile(
    rf"\b(?:left|remain\w*|still {OBLIGATION}|what else|else do i|how many more|"
    r"(?:need|take|do) next|what next|what is next|what now|am i done|am i finished|to go|outstanding|missing|"
    r"(?:what|which) (?:\w+ ){0,2}(?:do|should|must) i (?:need|take|do)|(?:need|have) to take|anything else)\b")
#: The person says they did something (needed when they only list sets, without asking).
_DONE = re.compile(r"\b(?:done|finished|finish|completed|complete|took|taken|passed|did|have|got|so far)\b")
#: Merge with the sets already remembered rather than replace them.
_ALSO = re.compile(r"\b(?:also|too|as well|another|now)\b")

#: Cue words that are not "something else" the message is about.
_CUE_WORDS = frozenset(stem(w) for w in (
    "done finished finish completed complete took taken passed did have got far left remain remaining remains "
    "need next now else more many what which plus only everything all three sets set ones one electives "
    "elective required courses course classes class so far yet just none nothing start started starting "
    "am i far also too well"
).split()) | STOPWORDS

#: Words that keep "what do I still need for the certification?" about the requirements.
_FOR_CERTIFICATION = frozenset(stem(w) for w in "lssc certification certified program get it this".split())

TOPIC = "remaining"
SUBJECTS = ("structure", "competency-sets", "requirements", "electives", "required-sets")


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    mentions = set_names(knowledge).read(question, ignore=_CUE_WORDS)
    asks_left = asks_whats_left(text)
    if mentions.any:
        # "none yet" and "haven't started tech" say what is done as much as "finished X" does
        said_done = bool(_DONE.search(text)) or mentions.nothing or bool(mentions.not_done)
        only_sets = not mentions.leftover and said_done
        # "I work circulation ... what do I do about ...": a set named as a job, not as done
        if not ((asks_left and (said_done or _strong_left(text))) or only_sets):
            return None
        completed = set(mentions.completed)
        if _ALSO.search(text):
            completed |= context.completed
        return requirements_answer(knowledge.program, completed)
    if asks_left and context.completed and _strong_left(text):
        return requirements_answer(knowledge.program, set(context.completed))
    return None


def asks_whats_left(text: str) -> bool:
    """The cleaned text asks what remains ("what's left", "how many more", "what now")."""
    return bool(_LEFT.search(text))


def asks_left_unknown(knowledge: Knowledge, question: str, context: AskContext) -> bool:
    """A what's-left question ("what else do I need?") with no sets named and none remembered.

    There is nothing to calculate from, but it is still a question about the requirements,
    not about whatever entry happens to share a word with it ("someone else").
    """
    text = clean(question)
    if context.completed or not (_LEFT.search(text) and _strong_left(text)):
        return False
    mentions = set_names(knowledge).read(question, ignore=_CUE_WORDS | _FOR_CERTIFICATION)
    return not mentions.any and not mentions.leftover  # "what else do I need to renew?" is about renewing


def _strong_left(text: str) -> bool:
    """A what's-left question that makes sense without naming sets ("what do I need" does not)."""
    return bool(re.search(r"\b(?:left|remain\w*|still need|what else|how many more|next|am i done|to go)\b", text))


def progress(program: Program, completed: set[str]) -> Requirements:
    done = tuple(s.name for s in program.sets if s.name in completed)
    required_left = tuple(s.name for s in program.required_sets if s.name not in completed)
    electives_done = tuple(s.name for s in program.elective_sets if s.name in completed)
    electives_left = max(0, program.electives_needed - len(electives_done))
    return Requirements(done, required_left, electives_done, electives_left,
                        done=not required_left and electives_left == 0)


def requirements_answer(program: Program, completed: set[str]) -> Calculation:
    result = progress(program, completed)
    return Calculation(TOPIC, "What you still need", _text(program, result), SUBJECTS, details=result)


def _text(program: Program, r: Requirements) -> str:
    lines = [f"Completed: {', '.join(r.completed)}." if r.completed else "Completed: none yet."]
    if r.done:
        lines.append(f"That is all {program.sets_needed} competency sets: {len(program.required_sets)} required "
                     f"and {program.electives_needed} electives. Next, notify the LSSC office "
                     f"({program.email}) so that it can award your certification.")
    else:
        if r.remaining_required:
            lines.append("Required sets still to do: " + ", ".join(r.remaining_required) + ".")
        else:
            lines.append("All the required sets are done.")
        if r.electives_remaining:
            still_open = [s.name for s in program.elective_sets if s.name not in r.electives_completed]
            lines.append(f"Electives: {r.electives_remaining} more of the {len(program.elective_sets)} "
                         f"(you need {program.electives_needed} in all). Open: " + ", ".join(still_open) + ".")
        else:
            lines.append(f"Electives: done ({program.electives_needed} needed).")
    extra = len(r.electives_completed) - program.electives_needed
    if extra > 0:
        lines.append(f"You have {len(r.electives_completed)} electives; only {program.electives_needed} count "
                     f"toward the certification, so the extra {extra} is not needed.")
    if not r.done:
        lines.append(f"Remember: all {program.sets_needed} sets must be finished within {program.completion_years} "
                     "years of enrollment.")
    return "\n".join(lines)
