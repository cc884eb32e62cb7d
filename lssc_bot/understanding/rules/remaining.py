"""What is left to do: the competency sets a person says they completed, against the rule set."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ...knowledge import Knowledge, Program
from ..normalise import OBLIGATION, STOPWORDS, clean, stem
from ..sets import set_names
from .calculation import Calculation, Requirements
from .dates import MONTHS, MonthYear
from .deadline import TOPIC as DEADLINE_TOPIC
from .deadline import enrollment_in, finish_by, overdue_note
from .numbers import NUMBER, to_number

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
    "am i far also too well core mandatory 1 2 3 4 5"
).split()) | STOPWORDS

#: The words of an enrollment date ("and I enrolled in March 2024"), stemmed as the set reader leaves them.
_DATE_WORDS = frozenset(stem(w) for w in (*MONTHS, "enrolled", "enroll", "accepted", "started", "began", "joined",
                                          "signed", "up", "registered", "applied", "spring", "summer", "fall",
                                          "autumn", "of", "back"))

#: Words that keep "what do I still need for the certification?" about the requirements.
_FOR_CERTIFICATION = frozenset(stem(w) for w in "lssc certification certified program get it this".split())

TOPIC = "remaining"
SUBJECTS = ("structure", "competency-sets", "requirements", "electives", "required-sets")


def calculate(knowledge: Knowledge, question: str, context: AskContext) -> Calculation | None:
    text = clean(question)
    mentions = set_names(knowledge).read(question, ignore=_CUE_WORDS)
    asks_left = asks_whats_left(text)
    said_enrolled = enrollment_in(text, context.today)
    enrolled = said_enrolled or (MonthYear(context.enrolled.year, context.enrolled.month) if context.enrolled else None)
    if mentions.any:
        # "none yet" and "haven't started tech" say what is done as much as "finished X" does
        said_done = bool(_DONE.search(text)) or mentions.nothing or bool(mentions.not_done)
        # "..., and I enrolled in March 2024": the date is part of what was said, not something else
        leftover = [w for w in mentions.leftover if not (said_enrolled and (w in _DATE_WORDS or w.isdigit()))]
        only_sets = not leftover and said_done
        # "I work circulation ... what do I do about ...": a set named as a job, not as done
        if not ((asks_left and (said_done or _strong_left(text))) or only_sets):
            return None
        completed = set(mentions.completed)
        if _ALSO.search(text):
            completed |= context.completed
        return requirements_answer(knowledge.program, completed, enrolled, context.today)
    if asks_left and context.completed and _strong_left(text):
        return requirements_answer(knowledge.program, set(context.completed), enrolled, context.today)
    count = _COUNT_DONE.search(text)
    if count is not None and (asks_left or not _QUESTION.search(text)):
        return _count_answer(knowledge.program, to_number(count.group(1) or count.group(2)))
    return None


#: A number of sets done, unnamed: "I've done 4 sets", "2 courses so far"
_COUNT_DONE = re.compile(rf"\b(?:done|finished|completed|took|taken|passed|have|got)(?: with)? {NUMBER} "
                         r"(?:of (?:the|my) )?(?:competency )?(?:sets?|courses?|class(?:es)?)\b|"
                         rf"\b{NUMBER} (?:competency )?(?:sets?|courses?|class(?:es)?) (?:done|finished|completed|so far|down)\b")
_QUESTION = re.compile(r"\?|\b(?:how|what|which|when|do|does|is|can)\b")
COUNT_TOPIC = "remaining-count"


def _count_answer(program: Program, done: float) -> Calculation:
    """What is left from a number of sets done, when the sets are not named."""
    need = program.sets_needed
    required = ", ".join(s.name for s in program.required_sets)
    if done >= need:
        text = (f"{done:g} sets is all {need}, if they include the {len(program.required_sets)} required ones "
                f"({required}) and {program.electives_needed} electives. If so, notify the LSSC office "
                f"({program.email}) so that it can award your certification.")
    else:
        text = (f"{done:g} of the {need} sets done: **{need - done:g} more** to go, as long as yours include "
                f"the {len(program.required_sets)} required ones ({required}); any of those you have not done "
                "are among what is left.")
    text += ("\nTell me which sets you've finished (\"I've done Foundations and Technology\") and I'll list "
             "exactly what is left.")
    return Calculation(COUNT_TOPIC, "What you still need", text, SUBJECTS)


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


def requirements_answer(program: Program, completed: set[str], enrolled: MonthYear | None = None,
                        today: date | None = None) -> Calculation:
    """What is left, with the finish-by month when the enrollment month is known, and what it costs."""
    result = progress(program, completed)
    lines = [_text(program, result)]
    if not result.done:
        if enrolled is not None:
            due = finish_by(program, enrolled)
            lines.append(f"Finish by **{due}** ({program.completion_years} years from enrolling in {enrolled}).")
            overdue = overdue_note(program, due, today or date.today())
            if overdue:
                lines.append(overdue)
        else:
            lines.append(f"Remember: all {program.sets_needed} sets must be finished within "
                         f"{program.completion_years} years of enrollment.")
        lines.append(f"Cost: {cost_note(program, result, enrolled=enrolled is not None)}")
    return Calculation(TOPIC, "What you still need", "\n".join(lines), SUBJECTS, details=result,
                       covers=(DEADLINE_TOPIC,) if enrolled is not None and not result.done else ())


def cost_note(program: Program, r: Requirements, *, enrolled: bool) -> str:
    """What finishing still costs: ALA-APA's one fee (behind them once enrolled) and the courses left."""
    courses = len(r.remaining_required) + r.electives_remaining
    fees = program.fees
    paid = ("your ALA-APA fee was paid when you applied (applying is enrolling)" if enrolled else
            f"ALA-APA's fee is ${fees.non_member:,.0f}, or ${fees.member:,.0f} for ALA members, paid once when you apply")
    return (f"{paid}; the {courses} course{'s' if courses != 1 else ''} left "
            f"{'are' if courses != 1 else 'is'} paid to {'their providers' if courses != 1 else 'its provider'}, "
            "which set their own prices.")


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
    return "\n".join(lines)
