"""What is left to do: the competency sets a person says they completed, against the rule set."""
from __future__ import annotations

import re

from ...knowledge import Program
from ..context import AskContext
from ..dates import MONTHS, MonthYear, is_past
from ..normalise import STOPWORDS, stem
from ..numbers import NUMBER, to_number
from ..reading import Reading
from .calculation import Calculation, Remaining, RemainingCount, finish_by, requirements

#: Cue words that are not "something else" the message is about.
_CUE_WORDS = frozenset(stem(w) for w in (
    "done finished finish completed complete took taken passed did have got far left remain remaining remains "
    "need next now else more many what which plus only everything all three sets set ones one electives "
    "elective required courses course classes class so far yet just none nothing start started starting "
    "am i far also too well core mandatory 1 2 3 4 5 list missing still progress working on"
).split()) | STOPWORDS

#: The words of an enrollment date ("and I enrolled in March 2024"), stemmed as the set reader leaves them.
_DATE_WORDS = frozenset(stem(w) for w in (*MONTHS, "enrolled", "enroll", "accepted", "started", "began", "joined",
                                          "signed", "up", "registered", "applied", "spring", "summer", "fall",
                                          "autumn", "of", "back"))

#: Words that keep "what do I still need for the certification?" about the requirements.
_FOR_CERTIFICATION = frozenset(stem(w) for w in "lssc certification certified program get it this".split())

TOPIC = "remaining"
COUNT_TOPIC = "remaining-count"
SUBJECTS = ("structure", "competency-sets", "requirements", "electives", "required-sets")
#: what a what's-left reply with the finish-by month answers too
DEADLINE_TOPIC = "deadline"

#: A number of sets done, unnamed: "I've done 4 sets", "2 courses so far"
_COUNT_DONE = re.compile(rf"\b(?:done|finished|completed|took|taken|passed|have|got)(?: with)? {NUMBER} "
                         r"(?:of (?:the|my) )?(?:competency )?(?:sets?|courses?|class(?:es)?)\b(?! (?:left|to go|remaining))|"
                         rf"\b{NUMBER} (?:competency )?(?:sets?|courses?|class(?:es)?) (?:done|finished|completed|so far|down)\b")
#: Someone's belief or words, said before a count of sets
_BELIEVED = re.compile(r"\b(?:thinks?|thought|says?|said|told|believes?|claims?|reckons?)\b")
#: Units of education counted for renewal
_RENEWAL_UNITS = frozenset(("semester credit", "quarter credit", "minute", "hour", "day"))
#: Renewing the certification, said outright (an expiry alone may be the 4 years' end)
_RENEWING = re.compile(r"\b(?:renew\w*|recertif\w*|contact (?:hours?|hrs?)|ceus?|ce|continuing ed\w*)\b")
_HOW_MANY = re.compile(r"\bhow many\b")
_QUESTION = re.compile(r"\?|\b(?:how|what|which|when|do|does|is|can)\b")


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    mentions = reading.sets
    if reading.has("fee") and any(m.role == "budget" for m in reading.money) and not mentions.completed:
        return None  # "our budget is $2,000 ... how much is left after everything?": money left, the fee's sum
    # "my supervisor thinks I'm finished since I have X, Y, Z. is she right?": whether they are done is what's left
    # (not a claim about every set, which is a rule's, not a person's standing: "> you get 6 years to finish all the
    # courses ... is it right?")
    asks_left = reading.has("left") or (reading.has("claim_asked") and reading.sets.any
                                         and len(reading.sets.completed) < len(program.sets))
    # a message asking several things may ask what's left in a part of its own, with no renewing in it ("is there a
    # renewal fee? also I've finished foundations, what's left?")
    # (one saying sets are done, in a message about renewing: "how many more tech" there is hours on technology)
    asked_apart = any(p.sets.any and p.has("left") and not p.has("renew") and not p.counts_education
                      and not any(q.unit in _RENEWAL_UNITS for q in p.quantities)
                      and (p.has("done") or not reading.has("renew")) for p in reading.parts)
    if (reading.has("renew") or reading.counts_education) and any(q.unit in _RENEWAL_UNITS for q in reading.quantities) \
            and not asked_apart:
        return None  # a message counting education for renewal is about renewal ("a class in library tech")
    if reading.has("renew") and _RENEWING.search(reading.text) and not asked_apart:
        return None  # renewing is after every set is done: "renewal: have 26 (incl 2 tech)" names hours, not sets
    named_required = sum(1 for s in program.required_sets if s.name in mentions.completed)
    if mentions.required_counted > named_required and (asks_left or not _QUESTION.search(reading.text)):
        # "3 electives and 1 required course": which required ones is not said, so only counts are left
        electives = min(program.electives_needed, max(mentions.electives_counted,
                                                      sum(1 for s in program.elective_sets if s.name in mentions.completed)))
        required = mentions.required_counted
        return Calculation(COUNT_TOPIC, "What you still need", RemainingCount(required + electives, required), SUBJECTS)
    said_enrolled = reading.enrolled
    enrolled = said_enrolled or (MonthYear(context.enrolled.year, context.enrolled.month) if context.enrolled else None)
    if mentions.any:
        # "none yet" and "haven't started tech" say what is done as much as "finished X" does
        said_done = reading.has("done") or mentions.nothing or bool(mentions.not_done)
        # "..., and I enrolled in March 2024": the date is part of what was said, not something else
        leftover = [w for w in mentions.leftover if w not in _CUE_WORDS
                    and not (said_enrolled and (w in _DATE_WORDS or w.isdigit()))]
        only_sets = not leftover and said_done
        # "I work circulation ... what do I do about ...": a set named as a job, not as done
        if not ((asks_left and (said_done or reading.has("strong_left"))) or only_sets):
            return None
        completed = set(mentions.completed)
        if reading.has("also"):
            completed |= context.completed
        # "finished 4 sets, foundations and tech among them": 4 done, said of the asker ("she's done 4 sets" is hers)
        # (not a count someone else believes: "my supervisor thinks I've done 4 sets but it's only 3: ...")
        counts = [m for c in reading.clauses if c.subject == "asker" for m in [_COUNT_DONE.search(c.text)]
                  if m and not _BELIEVED.search(c.text, 0, m.start())]
        said = to_number(counts[0].group(1) or counts[0].group(2)) if counts else 0
        if len(completed) < said <= program.sets_needed:
            return Calculation(COUNT_TOPIC, "What you still need", RemainingCount(said, None), SUBJECTS)
        # "2 electives and Foundations": electives counted but not named count too, beside any named
        named = sum(1 for s in program.elective_sets if s.name in completed)
        return _remaining(program, completed, enrolled, context, max(0, mentions.electives_counted - named),
                          mentions.supposed)
    if asks_left and context.completed and reading.has("strong_left"):
        return _remaining(program, set(context.completed), enrolled, context)
    count = _COUNT_DONE.search(reading.text)
    if count is not None and to_number(count.group(1) or count.group(2)) == 0 and asks_left:
        return _remaining(program, set(), enrolled, context)  # "0 sets done": the whole list
    if count is not None and (asks_left or not _QUESTION.search(reading.text)):
        return Calculation(COUNT_TOPIC, "What you still need", RemainingCount(to_number(count.group(1) or count.group(2)), None),
                           SUBJECTS)
    # "4 sets left, how many have I done?" asks a count from what is left; "she says I need 1 more, is she right?" asks
    # whether a claim holds, which its own count cannot answer
    to_go = None if reading.has("claim_asked") else reading.courses_left
    if to_go is not None and (asks_left or _HOW_MANY.search(reading.text)) and to_go <= program.sets_needed and not _priced(reading):
        return Calculation(COUNT_TOPIC, "What you still need", RemainingCount(program.sets_needed - to_go, None), SUBJECTS)
    return None


def _priced(reading: Reading) -> bool:
    """The courses left are priced and the money asked about: the fee's sum ("4 courses left @ $200, how much more?")."""
    return reading.has("fee") and any(m.role == "course" for m in reading.money)


def asks_left_unknown(reading: Reading, context: AskContext) -> bool:
    """A what's-left question ("what else do I need?") with no sets named and none remembered.

    There is nothing to calculate from, but it is still a question about the requirements,
    not about whatever entry happens to share a word with it ("someone else").
    """
    if context.completed or not reading.has("strong_left"):
        return False
    mentions = reading.sets
    leftover = [w for w in mentions.leftover if w not in _CUE_WORDS and w not in _FOR_CERTIFICATION]
    return not mentions.any and not leftover  # "what else do I need to renew?" is about renewing


def _remaining(program: Program, completed: set[str], enrolled: MonthYear | None, context: AskContext,
               unnamed_electives: int = 0, supposed: tuple[str, ...] = ()) -> Calculation:
    """What is left, with the finish-by month when the enrollment month is known."""
    result = requirements(program, completed, unnamed_electives)
    due = finish_by(program, enrolled) if enrolled is not None else None
    today = context.today
    overdue = due is not None and is_past(due, today.year, today.month)
    facts = Remaining(result, enrolled, due, overdue, unnamed_electives, supposed)
    return Calculation(TOPIC, "What you still need", facts, SUBJECTS,
                       covers=(DEADLINE_TOPIC,) if due is not None and not result.done else ())
