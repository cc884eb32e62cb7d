"""The one reading of a question: built once, by `read`, and given to every calculator.

A `Reading` is an immutable value: the cleaned text and its tokens, the competency sets the
message names with what it says of each, the month the asker enrolled, the months it names,
and the cues that say what is asked (`lexicon.CUES`). Nothing after it cleans or tokenises the
question again: the calculators are pure functions of (Program, Reading, AskContext).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date
from typing import NamedTuple

from ..knowledge import Knowledge, Program
from .chat import authored
from .corrections import corrected
from .experience import Work, read_work
from .figures import restated
from .dates import MONTHS, MonthYear, date_spans, dated, day_of, find_month_year, is_future, said_today
from .lexicon import (ACTIVITY, AIMED, AMOUNTS, ASKED_BACK, HELD_AFTER, ASKER_ALONE, ASKING, COMPILED, CONFERENCE, MARKS, ME, PEOPLE, PERSON,
                      PERSON_LABEL, REPORT, TOGETHER, cues_in)
from .normalise import STOPWORDS, clean, tokens_of_clean
from .numbers import NUMBER, to_number
from .replies import answered, left_quoted
from .sets import SetMentions, SetNames, set_names
from .spelling import respelled

#: A question is split where a new one starts (`parts`): "enrolled june 2023. also how much is it?"
_JOINERS = re.compile(r"\?|;|\b(?:and also|and|also|plus|as well as)\b(?= (?:how|what|when|where|who|which|is|are|do|does|can|will))")
_ACCEPTED = re.compile(r"\b(?:accept\w*|admitted|got in)\b")
_MARKS = re.compile("|".join(map(re.escape, MARKS)))
#: An activity a renewal counts, or hours of work: a list item of a log ("✅ tech webinar 2h", "✔ paid shelver : 15
#: hrs / wk x 78 wks")
_AN_ACTIVITY = re.compile(rf"\b(?:{ACTIVITY.pattern.replace('ones|', '', 1)}|{CONFERENCE.pattern}|credits?|"
                          r"\d+ ?(?:hours?|hrs?|h))\b")  # (not "ones": "cover any of the required ones")
#: One mark said again after a label of people, a tally of how many: "ala members : ✅✅✅ non-members : ❌❌"
_TALLY = re.compile(rf"((?:members?|non ?-? ?members?|people|staff|us|them)\s*:\s*)((?P<mark>{_MARKS.pattern})(?:\s*(?P=mark))+)")
#: A checkbox before an item: "[x] foundations [ ] tech"
_CHECKBOX = re.compile(r"\[(\s*[x✓✔]?\s*)\]")
#: Sessions named after an amount of hours: "8 hrs cataloging webinars", "30 hours of training" (not "4 hrs each day")
#: A session's item, its length after its title: "workshop : weeding basics - 2 hr"
_SESSION_ITEM = re.compile(rf"\b{ACTIVITY.pattern}\s*:[^|;,.\d]*$")
_SESSIONS_AFTER = re.compile(rf"\s*(?:of )?(?:\w+ ){{0,3}}{ACTIVITY.pattern}\b")
#: Line breaks, bars, bullets, item numbers and runs of spaces within a line are where a list's items end:
#: "Foundations - done\nTech - in progress", "foundations - passed | tech - in progress", "• 1 day at ALA annual
#: • 2 hr webinar", "#1 tech - passed #2 ...", "Tech<TAB>DONE  Youth<TAB>IN PROGRESS".
_LINE_BREAK = re.compile(r"\s*(?:(?:[\r\n|•·▪]+|(?<!\w)#\d{1,2}\b)\s*)+|(?<=[^\s.,;:!?]) {2,}(?=\S)|"
                         # lines sent in a burst and pasted on one line: "ok / finished tech / what's left" (not "3 / 6")
                         r"(?<=[^\d\s]) / (?=\S)|(?<=\d) / (?=[^\d\s])|"
                         # markdown bullets typed on one line: "* access **done** * foundations **dropped**"
                         r"(?<=\S) \* (?=\S)")
#: What an item number's "#" may follow, and be a thing's number instead: "branch #4", "ticket #12"
_NUMBERED_THING = re.compile(r"\b(?:branch|room|desk|ticket|member|badge|station|unit|box|no|number|id|cert|store|site|"
                             r"location|team|cohort|class|section|group|bus|route)\s*$", re.IGNORECASE)


def _line_broken(found: re.Match[str]) -> str:
    """An item's end where `_LINE_BREAK` found one, but for a thing's number ("branch #4")."""
    if found[0].strip().startswith("#") and _NUMBERED_THING.search(found.string, 0, found.start()):
        return found[0]
    return " ; "


#: An item's value left blank in a list of "item: value" lines: "Comm & Teamwork: -", "Reference: n/a"
_BLANK = re.compile(r":[ \t]*(?:[-—–]+|n/a|tbd|blank|empty)[ \t]*(?=$|[\r\n|;,]| / )", re.IGNORECASE | re.MULTILINE)
#: Markdown bold, which marks a status or a heading: "**done**", "**in progress:**"
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
#: A figure corrected after it was said: "10/22/2023 - sorry I mean 2022 not 2023", "25 hrs a week, wait, it was 20 not
#: 25": the new figure replaces the old one where it was said, and the correction itself says nothing more
_CORRECTION = re.compile(r"\b(?:(?:no|oh|um|uh),? )?(?:sorry|oops|wait|correction|typo|i mean|i meant|actually)\b[ ,:;—–-]*(?:no[ ,]+)?"
                         r"(?:i mean |i meant |it(?: was| is|'s|’s|s) |make that |that should be |should be )?"
                         r"(?P<new>\d+(?:[,./]\d+)*)(?:(?: [a-z]+)? (?:not|instead of) (?P<old>\d+(?:[,./]\d+)*)\b|"
                         r"(?: (?P<unit>[a-z]+)(?: [a-z]+){0,2})?(?=\s*[.,;!?)—–-]|\s*$))",
                         re.IGNORECASE)


_RECKONED = re.compile(r"actually\b", re.IGNORECASE)


#: The certification named with its date just after it, which is when it was earned: "cert 2023 - 01 - 15 . exp ?"
_CERT_DATED = re.compile(r"\b(?:cert|certification|clss)(?= (?:(?:19|20)\d\d\b|\d{1,2} ?/ ?\d))")
#: Pictures typed as punctuation, once the ones that mark a status (`MARKS`) are read
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]+")


def _corrected(question: str) -> str:
    """`question` with each figure it corrects (`_CORRECTION`) replaced, where it was said before, by the new one; a
    new figure alone ("may 3 2024 - no wait, 2023") corrects the last one before it written with as many digits."""
    for fix in reversed(list(_CORRECTION.finditer(question))):
        if not fix["old"] and _RECKONED.match(fix[0]):
            continue  # "so actually 27?": the asker's own sum again, not a figure taken back
        before = question[:fix.start()]
        # said alone, the new figure's shape finds the old: "2023" a 4-digit number, "6/1/2024" a date with slashes
        shape = (re.escape(fix["old"]) if fix["old"] else rf"\d{{{len(fix['new'])}}}" if fix["new"].isdigit()
                 else re.sub(r"\d+", r"\\d+", re.escape(fix["new"])))
        # "5 hours a day - oh sorry, 6 hours a day": the old figure is the one of the same unit
        unit = rf"(?=\s*-?\s*{re.escape(fix['unit'].rstrip('s'))})" if fix["unit"] and not fix["old"] else ""
        said = list(re.finditer(rf"(?<![\d,.]){shape}(?![\d]|[,.]\d){unit}", before))
        if said:
            old = said[-1]
            rest = question[fix.end():]
            # what goes on after the correction is said apart, as it was: "... plus foundations - sorry, i meant 2
            # electives, i withdrew from supervision" does not withdraw from foundations
            apart = " , " if re.match(r"\s*[,;—–-]", rest) and rest.strip(" ,;—–-") else " "
            question = before[:old.start()] + fix["new"] + before[old.end():].rstrip(" ,;—–-") + apart + rest.lstrip(" ,;—–-")
    return question


#: A tab between an item and what is said of it, in a table pasted as text: "Foundations<TAB>DONE"
_CELL = re.compile(r" *\t+ *|"
                   # ...or dot leaders, as a transcript lines a course up with its grade: "TECHNOLOGY .... IN PROGRESS"
                   r"(?<=\w)(?: *\.{4,}| +\.{3,}) *(?=\w)")
#: ...or runs of spaces, in a message whose lines are marked apart ("``` / tech      done / youth     in progress"):
#: in a line the spaces line up columns, so they part cells, not lines
_SPACED_CELL = re.compile(r"(?<=[^\s.,;:!?]) {2,}(?=\S)")
_LINES_MARKED = re.compile(r"\n| / ")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit (`lexicon.UNITS`), where it is in the text, and what multiplies it."""

    value: float
    unit: str
    start: int
    end: int
    #: how many times it was done: "3 webinars of 90 minutes" is 90 minutes, 3 times
    times: float = 1
    #: the amount is aimed at or asked about ("do I need 1820 hours"), not held
    aimed: bool = False
    #: the amount is the length of an activity done ("a 2 hour workshop", "webinars of 90 minutes")
    activity: bool = False
    #: whose it is: "asker", "other" (someone named or spoken of before it) or "" (unsaid)
    subject: str = ""


class Clause(NamedTuple):
    """A clause of the message and who it is about: "asker" or "other" ("my coworker finished youth")."""

    text: str
    subject: str


class DateMention(NamedTuple):
    """A month (or year) named, where, and what it is of: "certified", "expires", "enrolled", "worked"
    (work since, from or until it) or "" (none of these is said near it)."""

    when: MonthYear
    role: str
    start: int
    #: whose it is: "asker", "other" (the nearest person named before it is someone else) or "" (unsaid)
    subject: str = ""
    #: the day of the month, when a whole date is said ("certified 5/10/2023")
    day: int | None = None


@dataclass(frozen=True)
class Membership:
    """People said to hold one kind of membership: "ala", "none", "lapsed" (ALA's, run out) or "state"
    (a state chapter or state association, not ALA itself)."""

    kind: str
    people: int = 1


@dataclass(frozen=True)
class Money:
    """An amount of dollars said, and what it is: "course" (the price of each course), "fee" (the program's fee, named
    so: "$350 ala fee"), "dues" (ALA membership's own cost), "budget" (what there is to spend), "reserved" (kept back
    from the budget), "other" (spent on
    something else), "result" (the asker's own sum, asked back: "so we'd owe $700, right?") or "" (anything else: a fee
    paid, an award)."""

    value: float
    role: str
    #: how many courses cost it, when said with it ("3 courses at $150", "the other 3 at $200")
    count: float | None = None
    #: the kind of set whose courses cost it, when said: "required" or "elective" ("$260 per course for the
    #: required sets and $210 per elective")
    kind: str = ""
    #: how many of the people asked about take one course at it, when said ("2 of them are doing a $95 course")
    people: float | None = None


@dataclass(frozen=True)
class Reading:
    """What one message says, read once."""

    #: the cleaned text (`normalise.clean`), a line break read as ";"
    text: str
    tokens: tuple[str, ...]
    #: the competency sets named, each as done or not (in progress, failed, planned, negated);
    #: sets of someone else's or in a job title are in neither
    sets: SetMentions
    #: the month the asker says they enrolled (or were accepted), if they say it
    enrolled: MonthYear | None
    #: the enrollment month was said as the month of acceptance ("accepted March 2024")
    accepted: bool
    #: the names of the cues found (`lexicon.CUES`)
    cues: frozenset[str]
    #: who is (or is not) an ALA member, as the message says it, in the order said
    memberships: tuple[Membership, ...] = ()
    #: every number with a unit, in the order said
    quantities: tuple[Quantity, ...] = ()
    #: the clauses, each with who it is about
    clauses: tuple[Clause, ...] = ()
    #: every month or year named, with its role, in the order said
    dates: tuple[DateMention, ...] = ()
    #: today's date, or the date the message says it is ("it's May 2027, ..."), which calculations count from
    today: date | None = None
    #: every amount of dollars said, in the order said
    money: tuple[Money, ...] = ()
    #: courses said done or paid for already, as a count ("finished 2 of the 6"), when said
    courses_done: int | None = None
    #: the membership everyone is supposed to have in a "what if" ("if we all joined ALA", "if none
    #: were members"): "ala" or "none"; a supposition says nothing of who is a member now
    supposed_membership: str | None = None
    #: the message's parts where it asks several things, each read the same way (empty for a part)
    parts: tuple[Reading, ...] = ()
    #: counts of courses said, each with whether it is said of renewing their approval ("2 approved courses coming
    #: up for renewal and 3 new courses to submit": (2, True), (3, False))
    course_counts: tuple[tuple[float, bool], ...] = ()
    #: courses (or sets) still to do, as a count: "4 courses left", "3 more sets to go"
    courses_left: int | None = None
    #: the ALA application fee is said to be paid already ("already paid the ala fee")
    fee_paid: bool = False
    #: the part of the fee someone else pays for the asker ("my library pays half", "an award covers 50%")
    covered: float | None = None
    #: what that part is of: "fee" (the ALA fee), "courses" ("half of my course costs but not the fee") or "all"
    covered_of: str = "fee"
    #: amounts given as alternatives ("30 or 35 hours a week", "2 semester credits or 3 quarter credits"): each
    #: one's label ("30 hours a week") and the reading of the message with only that one in it
    alternatives: tuple[tuple[str, Reading], ...] = ()
    #: where the numbers are that the reading gave a role: amounts with units and how many times they
    #: were done, dates, dollars, counts of people (`accounting` finds the numbers left without one)
    placed: tuple[tuple[int, int], ...] = ()
    #: the program and the day the library work it states is held against (`work`)
    program: Program | None = field(default=None, repr=False, compare=False)
    day: date | None = field(default=None, repr=False, compare=False)
    #: what is said under each person's label ("me: ALA member, 6 courses at $120. coworker: ..."), the asker's
    #: among them: who ("you" for the asker) and the reading of their part with the message's question after it
    people: tuple[tuple[str, Reading], ...] = ()

    @cached_property
    def work(self) -> Work:
        """The library work it states: the asker's experience, or several people's hours. Read when first asked
        for: most messages, and most parts of one, are about something else."""
        if self.program is None or self.day is None:
            return Work()
        return read_work(self.program, self.text, self.quantities, "for_someone" in self.cues, self.day)

    @cached_property
    def not_asked_about(self) -> str:
        """Whose amounts a calculation leaves out: someone else's ("other"), or the asker's when the message asks
        for someone else and gives their amounts ("for my colleague: 20 hours so far. what does she still need?")."""
        return "asker" if "for_someone" in self.cues and any(q.subject == "other" for q in self.quantities) else "other"

    def has(self, *cues: str) -> bool:
        """Whether any of these cues is in the message."""
        return not self.cues.isdisjoint(cues)

    @property
    def counts_education(self) -> bool:
        """It counts credits, conference days or hours of sessions ("8 hrs cataloging webinars"), which are
        counted in contact hours only for a renewal."""
        return any(q.unit in ("semester credit", "quarter credit") or (q.unit == "hour" and q.activity
                                                                         and _SESSIONS_AFTER.match(self.text, q.end))
                   or (q.unit == "hour" and _SESSION_ITEM.search(self.text, max(0, q.start - 50), q.start))
                   for q in self.quantities) or (any(q.unit == "day" for q in self.quantities)
                                                 and bool(CONFERENCE.search(self.text)))


def read(knowledge: Knowledge, question: str, today: date) -> Reading:
    """The one reading of `question`; the only place a question is cleaned."""
    program, names = knowledge.program, set_names(knowledge)
    typed = authored(question)
    question = left_quoted(typed, [s.name for s in program.required_sets], [s.name for s in program.elective_sets],
                           program.electives_needed, lambda said: names.find(clean(said)))
    # a reply to an account of what is left asks what is left now, however short ("... / finished comm. now?")
    quoted_left = frozenset({"left", "strong_left"}) if question != typed else frozenset()
    # a bold heading opens a list ("**done:** foundations **in progress:** tech"); a bold status ends its item
    bold = _BOLD.sub(lambda m: f"; {m[1]}" if m[1].rstrip().endswith(":") else f"{m[1]} ;", _corrected(question.strip()))
    if _LINES_MARKED.search(bold):  # columns lined up with spaces: a table's cells if they make one, else an item's parts
        barred = _SPACED_CELL.sub(" | ", bold)
        bold = barred if _tabled(barred) != barred else _SPACED_CELL.sub(" - ", bold)
    if "|" in bold or "\n" in bold:  # "title · library · 2024 - present | ...": dots part an item's fields, not items
        bold = bold.replace("·", ",")
    cleaned = clean(_LINE_BREAK.sub(_line_broken, _CELL.sub(" - ", _ABBREVIATED.sub(r"\1\2", _struck(_tabled(_BLANK.sub(": not started", bold)))))))
    text = respelled(answered(cleaned))
    # a quote left out is someone else's words, but it names what the thread is about: "> you can renew in the last 12
    # months - my cert date was january 10 , 2024 , when does that open?" asks about renewing
    thread = (cues_in(cleaned) & THREAD_TOPICS | _rules_quoted(program, cleaned) if text != cleaned else frozenset()) | quoted_left
    # marks typed after each item ("tech ✅ youth ❌"), or before each when the list or its first item opens with one
    # ("✅ tech ❌ youth", "checklist: ✅ comm | ❌ foundations"); then a dash after the last item starts the question
    # ("✅ tech ⏳ youth — remaining?"); an emoji's presentation selector is no character of its own
    text = text.replace("\ufe0f", "")
    text = _TALLY.sub(lambda m: f"{m[1]}{len(_MARKS.findall(m[2]))} ", text)  # "members : ✅✅✅": a count of them
    text = re.sub(rf"(?:(?:{_MARKS.pattern})\s*){{2,}}", " ", text)  # a progress bar ("✅✅✅⬜⬜⬜ = ...") marks no item
    marks = list(_MARKS.finditer(text))
    # (or when words that name no set open the message, and a set closes it: "status check pls ✅ tech ❌ youth")
    # (or: "renewal check ✅ tech webinar 2h ... ❌ library law seminar": an activity or hours close it, none open it)
    before = bool(marks) and (bool(re.fullmatch(r"(?:.*[:;])?[\W_]*", text[:marks[0].start()]))
                              or (not names.find(text[:marks[0].start()]) and bool(names.find(text[marks[-1].end():])))
                              or (not _AN_ACTIVITY.search(text[:marks[0].start()])
                                  and bool(_AN_ACTIVITY.search(text, marks[-1].end()))))
    text = _MARKS.sub(lambda m: f" ; {MARKS[m[0]].strip(' -;')} : " if before else MARKS[m[0]], text)
    text = _CERT_DATED.sub("certified", _EMOJI.sub(lambda m: " , " if re.match(r"\s*[a-z]", text[m.end():]) else " ", text))  # an emoji that marks no status ends what is said before it: "cataloging fr 💅 tech ..."
    text = _LEFT_HEADING.sub(" ; to do : ", _DASHED_ITEM.sub(" ; ", _tags_first(_numbered_items(_COUNT_LABELLED.sub(_counted_first, text)))))
    boxed = _CHECKBOX.search(text) is not None  # "[x] tech [ ] foundations": a box before each item
    text = _CHECKBOX.sub(lambda m: " ; not done : " if m[1].strip() == "" else " ; done : ", text)
    if before or boxed:
        text = re.sub(r" [-—–]+ (?=[^;]*$)", " ; ", text)
    text = _YEAR_THEN_MONTH.sub(r"\2 \1 ,", text)  # "early in 2022 , february i believe": february 2022
    today, text = said_today(_QUARTER_THEN_MONTH.sub(r"\2 \1", _SEASON_THEN_MONTH.sub(r"\2 \1", _RELATIVE_THEN_DATE.sub(r"\1", _MONTH_THEN_YEAR.sub(r"\1 \2", text)))), today)  # "last november (2025)": november 2025
    text = _NAMED_PERIOD.sub(r"\g<length>", text)  # "the 2024-25 school year ( 36 weeks )": 36 weeks
    text = corrected(restated(text), today, set_names(knowledge).find)
    text, asked = _about_one(names.spelled_out(text), names)
    if asked is None:
        text, asked = _one_of_two(text)
    if asked not in (None, "me") or (asked is None and _named_asked(text)):  # one person of several asked about by name: "... how many
        thread |= {"for_someone"}  # more does sam need?", "my coworker priya enrolled in ... when is priya's deadline?"
    whole = replace(_read_clean(knowledge, text, today, thread), today=today)
    choices = _alternatives(whole)
    if choices:
        whole = replace(whole, alternatives=tuple(
            (label, replace(_read_clean(knowledge, kept, today), today=today)) for label, kept in choices))
    people = _sections_by_person(text)
    if people:
        whole = replace(whole, people=tuple((who, replace(_read_clean(knowledge, said, today), today=today))
                                            for who, said in people))
    pieces = parts_of(text)
    if len(pieces) < 2:
        return whole
    return replace(whole, parts=tuple(_read_clean(knowledge, p, today) for p in pieces))


#: A period named, its length said in brackets after it, which is what it counts for: "during the 2024-25 school year
#: ( 36 weeks )", "summer 2025 ( 12 weeks )"
_NAMED_PERIOD = re.compile(r"\b(?:during |in |over |for )?(?:the |my |last |this )?(?:(?:19|20)\d\d(?: ?- ?(?:19|20)?\d\d)? )?"
                           r"(?:school year|academic year|summer|fall|autumn|spring|winter|semester|term|session)"
                           r"(?: (?:19|20)\d\d(?: ?- ?(?:19|20)?\d\d)?)? \( ?(?P<length>\d+ (?:weeks?|wks?|months?)) ?\)")
#: A month said with its year in brackets after it, the year saying which: "enrolled last november ( 2025 )"
_MONTH_THEN_YEAR = re.compile(rf"\b(?:last |this |next )?({'|'.join(sorted(MONTHS, key=len, reverse=True))}) \(\s*((?:19|20)\d\d)\s*\)")
#: A year, then after a comma the month in it, the month saying which: "early in 2022 , february i believe" (not a
#: month with a year of its own: "2022 , march 2023")
_YEAR_THEN_MONTH = re.compile(rf"\b((?:19|20)\d\d) , ({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b(?! (?:\d|of\b))")
#: A time said from today with its date in brackets after it, the date saying which: "last summer ( july 2025 )"
_RELATIVE_THEN_DATE = re.compile(rf"\b(?:last|this|next|this past) (?:spring|summer|fall|autumn|winter|year|month|semester|term) "
                                 rf"\(\s*((?:(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}) )?(?:19|20)\d\d)\s*\)")
#: A season with its month in brackets after it, the month saying which: "fall semester 2022 ( september i think )"
_SEASON_THEN_MONTH = re.compile(rf"\b(?:spring|summer|fall|autumn|winter)(?: semester| term| quarter)? ((?:19|20)\d\d) \(\s*"
                                rf"({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b[^()]*\)")
#: A quarter with its month in brackets after it, the month saying which: "q3 2024 ( august )"
_QUARTER_THEN_MONTH = re.compile(rf"\bq[1-4] ((?:19|20)\d\d) \(\s*({'|'.join(sorted(MONTHS, key=len, reverse=True))})\s*\)")
#: A short word's period, which ends no sentence: "16 hours incl. 4 tech", "approx. 1,200 hrs"
_ABBREVIATED = re.compile(r"\b(incl|approx|esp|appx|abt)\.(?=\s+[a-z\d$])|"
                          # ...nor does a shortened word of a set's name before the rest of it: "found. of lib svcs"
                          r"(?i:\b(found|lib|info|coll|comm|mgmt|cat|ref|adv|svcs?)\.(?=\s+(?:of|and|&|lib|libr\w*|svcs?|"
                          r"serv\w*|mgmt|manag\w*|teamwork|dev\w*|class\w*|info\w*)\b))")
#: A dash opening a list's item that is a label and what is said of it ("- foundations : being graded - tech : done"),
#: which ends the item before it; a dash between an item and its status ("tech - done") is left to say the status
#: A list's numbers: "1 ) 3d printer training ... 2 ) customer service webinar ...": where each item starts
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))(?<!\( )(\d{1,2}) \)\s+(?=[a-z\d'\"])")
#: A day of a conference said by its number, in a log of days: "state conference day 1 , state conference day 2"
_NUMBERED_DAY = re.compile(rf"({CONFERENCE.pattern}) day \d\b(?! (?:hours?|hrs?|days?|credits?)\b)")


def _numbered_items(text: str) -> str:
    """`text` with a list's numbers ("1 ) ... 2 ) ...", counting up from 1) as the breaks between its items, and each
    numbered day of a conference as one conference day."""
    numbers = [int(m[1]) for m in _NUMBERED_ITEM.finditer(text)]
    if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
        text = _NUMBERED_ITEM.sub(" ; ", text)
    return _NUMBERED_DAY.sub(r"1 \1 day", text)


_DASHED_ITEM = re.compile(r"(?:^|(?<=\s))-\s+(?=[a-z][a-z&'’ ]{0,40}? : )")
#: How many are still to do, said as a heading of the sets after it: "2 left: comm and youth", "to go -> tech", "still
#: to go: cataloging" (not "what is left:", nor a count alone: "two down, four to go?")
_LEFT_HEADING = re.compile(r"(?:^|(?<=[.;,!?] )|\b(?:\d|one|two|three|four|five|six) (?:more )?(?:(?:sets?|courses?|classes?|"
                           r"electives?) )?|\b(?:still|yet) )(?<!what )(?<!what is )(?:left|to go)(?: to (?:do|take))? "
                           r"(?::|- >|-|= >|=|→)(?= \w)")
#: A status in brackets, a list item's tag: "( done )", "( wip )"
_TAG = re.compile(r"\( ((?:not |to )?(?:done|finished|complete|completed|passed|in progress|in prog|wip|failed|dropped|"
                  r"withdrawn|planned|next|todo|started|not started|retaking|pending)) \)")


#: An item of education labelled with its count after it: "conference days ( youth services ) : 1", "60 min tech webinars :
#: 3" (its length first, if said, and what it was about in brackets)
_COUNT_LABELLED = re.compile(r"(?:(?<=^)|(?<=[;,] ))(?:(\d+(?:\.\d+)?) (minutes?|mins?|hours?|hrs?|h) )?((?:[a-z]+ ){0,3}?"
                             r"(?:semester credits?|quarter credits?|credits?|conference days?|days?|webinars?|workshops?|sessions?|"
                             r"courses?|class(?:es)?|trainings?|seminars?))(?: \( ([^()]*) \))? : (\d+(?:\.\d+)?)(?= ;| ,|$| \.)")


def _counted_first(found: re.Match[str]) -> str:
    """An item labelled with its count said count first: "3 tech webinars of 60 minutes", "1 conference days on youth"."""
    length = f" of {found[1]} {found[2]}" if found[1] else ""
    about = f" on {found[4]}" if found[4] else ""
    return f"{found[5]} {found[3]}{length}{about}"


def _tags_first(text: str) -> str:
    """Cleaned `text` with a list tagged before each item ("progress : ( done ) comm ( wip ) foundations") written as
    headings ("; done : comm ; wip : foundations"), since its tags belong to what follows them; a list tagged after
    each item ("comm ( done ) foundations ( wip )") is left as it is."""
    tags = list(_TAG.finditer(text))
    if len(tags) < 2 or not re.fullmatch(r"(?:.*[:;])?[\W_]*", text[:tags[0].start()]):
        return text
    return _TAG.sub(r" ; \1 : ", text)


#: Text struck through in markdown: "~~foundations~~ ~~tech~~ comm, access"
_STRUCK = re.compile(r"~~([^~]+)~~")


#: Where a table pasted as text splits a row into cells: bars, tabs, or commas not inside a number ("1,820", not
#: "workshop,180")
_CELL_BORDERS = (re.compile(r"\|"), re.compile(r" *\t+ *"), re.compile(r"(?<!\d),|,(?!\d{3}\b)"))
#: Where a table's rows end when it was pasted on one line: a bar closing one row and opening the next
#: ("| Foundations | done | | Tech | in progress |"), or a semicolon or slash between spaces
_ROW_ENDS = (re.compile(r"\|\s*\|"), re.compile(r"\s+[;/→]\s+"))
#: A column's header: what the cells under it are ("Set | Status | Date")
_HEADER_CELL = re.compile(r"(?:competency )?sets?(?: done)?|competenc(?:y|ies)|(?:ala |membership )?status|dates?|courses?|"
                          r"class(?:es)?|names?|who|when|progress|(?:hours?|hrs?)(?: ?(?:/|per|a) ?(?:wk|week))?|"
                          r"(?:weeks?|months?|years?|minutes?|mins?)(?: worked)?|notes?|providers?|costs?|prices?|amount|items?|"
                          r"(?:ala )?member(?:ship)?\??|staff|person|people|employee|enrolled|certified|"
                          r"completed|finished|done|results?|grades?|outcome|jobs?|roles?|activity|type|credits?|term|semester|"
                          r"year|library|place",
                          re.IGNORECASE)


def _header_rows(line: str) -> list[str] | None:
    """A table pasted on one line with bars or tabs alone: its rows, as many cells each as the header that opens it
    has ("Set | Status | Date | Foundations | Done | 2023-11 | Tech | ..."), or two each when every second cell is a
    status ("Foundations<tab>done<tab>Tech<tab>failed"); None when neither. Rows whose line breaks were lost, so that
    a row's last cell runs into the next row's first ("set,status Foundations,complete Tech,in progress"), are parted
    where that last cell's value ends."""
    border = "\t" if "\t" in line else "|" if "|" in line else ","
    cells = [cell.strip() for cell in (_CELL_BORDERS[2] if border == "," else re.compile(re.escape(border))).split(
        line.strip().strip("|"))]
    said_before = _BEFORE_HEADER.fullmatch(cells[0])  # "pasting from my tracker: set,status,..." : said, then the table
    if said_before and _HEADER_CELL.fullmatch(said_before[2]):
        rows = _header_rows(line.strip()[len(said_before[1]):])
        return [said_before[1], *rows] if rows else None
    width = next((i for i, cell in enumerate(cells) if not _HEADER_CELL.fullmatch(cell)), len(cells))
    run_on = _HEADER_CELL.match(cells[width]) if 0 < width < len(cells) else None
    if run_on and cells[width][run_on.end():].startswith(" "):  # "status Foundations": the header's last, a row's first
        cells = _rows_run_on([*cells[:width], run_on[0], cells[width][run_on.end():].strip(), *cells[width + 1:]], width + 1)
        width += 1
    elif border == ",":
        return None  # commas make a table here only under a header
    if width < 2 and len(cells) >= 4:
        last = _STATUS_CELL.match(cells[-1]) if len(cells) % 2 == 0 else None
        if last and all(_STATUS_CELL.fullmatch(cell) for cell in cells[1:-1:2]):  # a question may follow the last
            cells[-1:] = [last[0], cells[-1][last.end():]] if cells[-1][last.end():].strip() else [last[0]]
            width = 2
    if width < 2 or len(cells) < 3 * width:
        return None
    return [f" {border} ".join(cells[i:i + width]) for i in range(0, len(cells), width)]


#: The value a row ends with, when the next row's first cell runs on after it: a status, an amount or date, a yes or no
_ROW_LAST_VALUE = re.compile(r"(?:done|complete[d]?|finished|passed|failed|dropped|withdrawn|in progress|ongoing|paused|"
                             r"on hold|planned|not started|not yet|enrolled|registered|taking|yes|no|y|n|x|✓|✔|✗|✘|"
                             r"\$?\d[\d,./:-]*)(?= )", re.IGNORECASE)


#: Words said before a table's header, in its first cell: "pasting from my tracker: set"
_BEFORE_HEADER = re.compile(r"(.*[:\-]\s*)(\S+(?: \S+)?)")


def _header(row: str) -> bool:
    """Whether a row is a table's header: two or more cells, each a column's name ("staff,hrs per week,months worked")."""
    cells = next((cells for border in _CELL_BORDERS if len(cells := border.split(row)) > 1), [])
    return bool(cells) and all(_HEADER_CELL.fullmatch(cell.strip()) for cell in cells)


def _rows_run_on(cells: list[str], width: int) -> list[str]:
    """The cells of a table whose line breaks were lost, each row's last cell parted from the next row's first."""
    parted = cells[:width]
    for cell in cells[width:]:
        last = _ROW_LAST_VALUE.match(cell) if (len(parted) + 1) % width == 0 else None
        parted += [last[0], cell[last.end():].strip()] if last else [cell]
    return parted


#: A cell that is a set's status alone: "done", "in progress", "failed", "not started"
_STATUS_CELL = re.compile(r"(?:done|complete[d]?|finished|passed|failed|dropped|withdrawn|in progress|ongoing|paused|on hold|"
                          r"planned|not started|not yet|enrolled|registered|taking|yes|no|x|✓|✔|✗|✘)\b", re.IGNORECASE)


#: A table's rule under its header: "|---|:---:|"
_TABLE_RULE = re.compile(r"[\s|:+-]*-[\s|:+-]*")
#: A cell that is an amount alone: "12", "1,500", "$95"
_AMOUNT_CELL = re.compile(r"\$?\d[\d,.]*")
#: The most words a comma-separated table's cell holds; a longer one is prose with commas in it
_CELL_WORDS = 6
_ANY_CELL = 1_000


#: Words joined by an underscore in a pasted header: "hrs_per_week", "months_worked"
_UNDERSCORED = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")


def _tabled(question: str) -> str:
    """`question` with a table pasted as text (two or more rows split into the same number of cells by bars, tabs or
    commas, the last only between short cells; one row a line or all on one line) written row by row as items, each row's cells joined as a tab-separated
    row's are: "set | status / Foundations | done / Tech | in progress" is "Foundations - done", "Tech - in progress".
    Read as line breaks, the bars would give each status to the row after it. What follows a row's last cell (a
    question typed after the table's last row) is said after it."""
    question = _UNDERSCORED.sub(" ", question)
    lines = question.splitlines()
    if len(lines) == 1:
        # rows split apart: three or more, or two that each have bars ("quarter class | 2 credits / webinar | 3 hrs")
        split: list[str] | None = next((parted for ends in _ROW_ENDS if len(parted := ends.split(question)) > 2
                                        or (len(parted) == 2 and (all("|" in row for row in parted) or _header(parted[0])))),
                                       None)
        lines = split or _header_rows(question) or lines
    lines = [line for line in lines if not _TABLE_RULE.fullmatch(line)]
    found = False
    for border in _CELL_BORDERS:
        rows = [_question_apart([cell.strip() for cell in border.split(line.strip().strip("|"))]) for line in lines]
        words = _CELL_WORDS if border is _CELL_BORDERS[-1] else _ANY_CELL  # bars and tabs make a table of any cells
        # (a question typed after a row's last cell is no cell of the table: "me,26,18 -- do I meet the req?")
        widths = Counter(len(cells) - _asked_after(cells) for cells in rows if len(cells) > 1
                         and all(len(cell.split()) <= words for cell in cells[:len(cells) - _asked_after(cells)]))
        width, count = widths.most_common(1)[0] if widths else (0, 0)
        if count < 2:
            continue
        found = True
        table = [cells for cells in rows if len(cells) >= width and all(len(c.split()) <= words for c in cells[:width])]
        # a header names the unit of a column of bare amounts ("job | hrs/wk | weeks" over "page | 12 | 52"), and what
        # a yes or no under it says ("name | ALA member?" over "Ben | no"); said in each row, it goes as a row
        labels = (not any(_headed(c) for c in table[0]) and any(_headed(c) for cells in table for c in cells)) or (
            len(table) > 1 and _header("|".join(table[0])))
        header = [h.rstrip(" ?") for h in table[0][:width]] if labels else [""] * width
        lines = [" - ".join(_under(c, h) for c, h in zip(cells, header)) + "".join(f" ; {cell}" for cell in cells[width:])
                 if cells in table else line for line, cells in zip(lines, rows) if not (labels and cells is table[0])]
    return "\n".join(lines) if found else question


#: A question typed after a row's last cell, set off by a dash: "pete | no -- what do the fees add up to?"
_DASHED_AFTER = re.compile(r"(\S+(?: \S+)?) +(?:--+|—|–) +(.+)")


def _asked_after(cells: list[str]) -> int:
    """1 when a row's last cell is a question typed after it (`_question_apart`), else 0."""
    return int(len(cells) > 2 and cells[-1].rstrip().endswith("?") and not _headed(cells[-1]))


def _question_apart(cells: list[str]) -> list[str]:
    """A row's cells, with a question typed after the last one (`_DASHED_AFTER`) a cell of its own, after the row."""
    last = _DASHED_AFTER.fullmatch(cells[-1]) if len(cells) > 1 else None
    return [*cells[:-1], last[1], last[2]] if last and (_headed(last[1]) or last[2].rstrip().endswith("?")) else cells


#: A cell's yes or no, said of its column's header
_YES_CELL = re.compile(r"yes|y|true|✓|✔|x", re.IGNORECASE)
_NO_CELL = re.compile(r"no|n|false|✗|✘", re.IGNORECASE)


def _headed(cell: str) -> bool:
    """Whether a cell says nothing without its column's header: an amount alone, a yes or a no, a date."""
    return any(pattern.fullmatch(cell) for pattern in (_AMOUNT_CELL, _YES_CELL, _NO_CELL, _DATE_CELL))


#: A header over prices: a bare amount under it is dollars ("item,cost ; foundations course,225")
_MONEY_HEADER = re.compile(r"(?i)costs?|prices?|amount|fees?")
#: A header over a membership, and what its cells say: "staff,ALA status ; jo,current ; lu,none"
_MEMBERSHIP_HEADER = re.compile(r"(?i)(?:ala |membership )status|ala member(?:ship)?")
_MEMBERSHIP_CELLS = {"current": "ala member", "active": "ala member", "member": "ala member", "none": "not ala member",
                     "lapsed": "lapsed ala member", "expired": "lapsed ala member"}
#: A date alone in a cell: "oct 2023", "10/2023", "spring 24"
_DATE_CELL = re.compile(r"(?i)(?:[a-z]{3,9}\.? )?(?:19|20)\d\d|\d{1,2}/(?:19|20)?\d\d")


def _under(cell: str, header: str) -> str:
    """A cell said with its column's header: "12 hrs/wk", "ALA member", "not ALA member", "$225", "enrolled oct 2023"."""
    if header and _MEMBERSHIP_HEADER.fullmatch(header) and cell.casefold() in _MEMBERSHIP_CELLS:
        return _MEMBERSHIP_CELLS[cell.casefold()]
    if not header or not _headed(cell):
        return cell
    if _YES_CELL.fullmatch(cell):
        return header
    if _NO_CELL.fullmatch(cell):
        return f"not {header}"
    if _DATE_CELL.fullmatch(cell):
        return f"{header} {cell}"
    return f"${cell.lstrip('$')}" if _MONEY_HEADER.fullmatch(header) else f"{cell} {header}"


def _struck(question: str) -> str:
    """`question` with a list struck through item by item written as what it says: what is struck is done and
    what is left standing between is not ("~~foundations~~ ~~tech~~ comm, access ~~youth~~ what's left?"). Where the
    message says the status of sets itself ("done: foundations, ~~tech~~ (not an approved course)", "~~⏳ comm~~ ✅
    comm"), what is struck is taken back: it no longer holds."""
    if not _STRUCK.search(question):
        return question
    if _STATUS_SAID.search(_STRUCK_MEANS.sub(" ", _STRUCK.sub(" ", question))):
        return _STRUCK.sub(" something ", question)  # a word of its own, so what is said after it is its
    marked = _STRUCK.sub(r" ; done : \1 ; not done : ", question)
    return re.sub(r" ; not done : (?=(?: ; not done : |\s)*$)", " ; ", marked)


#: A key to the marks, which says no set's status itself: "(strikethrough = passed)", "crossed out means done"
_STRUCK_MEANS = re.compile(r"(?i)\b(?:strike ?-?through|struck(?: through| out)?|cross(?:ed)? (?:off|out)|~~)"
                           r"\s*(?:=|means?|is)\s*(?:done|finished|completed?|passed)\b")
#: A status said of sets in words or marks, outside what is struck through
_STATUS_SAID = re.compile(r"(?i)\b(?:done|finished|completed?|passed|in progress|dropped|failed|planned|not started|"
                          r"withdr[ae]w\w*|retak\w*)\b|[\u2705\u2714\u2611\u23f3\u274c\u2716\u2717]")


#: The question a message ends with: its last sentence, when it asks
_LAST_QUESTION = re.compile(r"(?:^|[.;!?] )([^.;!?]*\?)[\s?!]*$")


#: A person's name opening their item in a list of several people's: "kofi ( foundations ...", "mei 1700 hrs",
#: "boris 2025 - 07 - 01", "ama certified ...", "priya : tech"
_PERSON_ITEM = re.compile(r"(?:^|[,;:(/.|>] (?:[-*•] )?|\band |\b\d{1,2} \) |[—–-] (?=(?:my|our|her|his|their) ))(?:row \d+ )?"
                          # ...introduced by who they are to someone: "her coworker tom already did cataloging"
                          rf"(?:(?:my|our|her|his|their) (?:[a-z]+ )?(?:{PERSON}|{REPORT}) )?"
                          r"([a-z]{2,})(?= ?(?:\(|:|- |\d|(?:(?:already|just|also) )?(?:certified|has|had|did|only|finished|"
                          r"completed|is at|was at|with|enrolled|in (?:[a-z]+ )?(?:19|20)\d\d)\b))")
#: The question a message ends with, from its last sentence break
_CLOSING = re.compile(r"(?:^|[.;!?] )([^.;!?]+\?[\s?]*$|"
                      # ...or asked without a question mark: "whats left for me specifically", "carlos wants to know ..."
                      r"(?:[^.;!?]* )?(?:what|whats|which|how|when|wants to know|asks?|(?:figure|work) out|tell me|calculate|"
                      r"check)\b[^.;!?]*(?=[.!]?\s*$))")
#: The words of another person's item kept when it goes: what they say the dates after them are
_ROLE_WORDS = re.compile(r"\b(?:certified|enrolled|accepted|applied|expires?|renewed)\b")


def _about_one(text: str, names: SetNames) -> tuple[str, str | None]:
    """Cleaned text with a list of several people's figures ("kofi ( foundations , tech ) , mirela ( comm ... ) , jun (
    nothing yet ) . what does mirela still need ?", "me : 1000 hrs . my coworker reza : 2100 hrs . is reza eligible ?")
    cut to the one person the closing question asks about, and who that is ("me" for the asker's own item): the
    others' items go (but for the words that say what their dates are, which the list's later dates share), so
    their sets, hours and dates are not read as the asked one's. Unchanged when the question names none of them,
    or several."""
    closing = _CLOSING.search(text)
    if closing is None:
        return text, None
    body = text[:closing.start(1)]
    named = {m.start(1): "me" if m[1] in ME else m[1] for m in _PERSON_ITEM.finditer(body)
             if m[1] in ME or (m[1] not in STOPWORDS and not names.find(m[1]) and m[1] not in _NOT_A_NAME)}
    # ...or labelled: "me : ...", "my coworker reza : ..."
    labelled = {m.start(1): "me" if m[1] in ME else m[1].split()[-1] for m in PERSON_LABEL.finditer(body)
                if m[1] in ME or (m[1].startswith(("my ", "our ")) and m[1].count(" ") == 2
                                  and m[1].split()[-1] not in STOPWORDS and not names.find(m[1]))}
    items = sorted((named | labelled).items())
    if items and _ASKER_FIGURES.search(body, 0, items[0][0]):  # "i volunteer 10 hrs a week . my coworker jo : ..."
        items.insert(0, (0, "me"))
    people = {name for _, name in items}
    asked = [person for person in people - {"me"} if re.search(rf"\b{person}\b", closing[1])]
    if "me" in people and _ME_ASKED.search(closing[1]):
        asked.append("me")
    if len(people) < 2 or len(asked) != 1:
        return text, None
    kept, end = [body[:items[0][0]]], len(body)
    for (start, name), after in zip(items, [*items[1:], None]):
        said = body[start:after[0] if after else end]
        kept.append(said if name == asked[0] else " ".join(_ROLE_WORDS.findall(said)) + " , ")
    # "when does sam's certification expire?" (cleaned "sam certification") is no other certification's: theirs
    question = re.sub(rf"\b{asked[0]} (?={_THEIRS})", "their ", text[closing.start(1):])
    return "".join(kept) + question, asked[0]


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: An aside in brackets that speaks of the asker: "( my desk partner )"
_ASIDE = re.compile(r"\( [^()]*\b(?:i|me|my)\b[^()]* \)")
#: The asker and one other person named together: "priya and i", "me and tina", "my coworker dee and i"
_PAIR = re.compile(rf"(?:^|(?<=[.;:!?,] ))(?:(?:my |our )?(?:(?:{PERSON}|{REPORT}) )?([a-z]{{2,}}) (?:\( [^)]* \) )?(?:and|&) (?:i|me)|"
                   rf"(?:i|me) (?:and|&) (?:my |our )?(?:(?:{PERSON}|{REPORT}) )?([a-z]{{2,}}))\b")
#: A statement's subject, when it is the asker
_ASKER_SUBJECT = re.compile(r"^\s*(?:(?:and|but|so|while|whereas|then|also|ok|well) )*(?:i|me|my|mine|myself)\b")


def _one_of_two(text: str) -> tuple[str, str | None]:
    """Cleaned text about the asker and one other person said together ("priya and i both work circ . i do 40 hrs / wk
    ...; priya does 18 hrs / wk ... is priya eligible ?"), cut to what is said of the one the closing question asks
    about: the other's statements go. Who that is ("me" for the asker), or None and the text unchanged when the
    question asks about neither, or both."""
    closing = _CLOSING.search(text)
    pair = _PAIR.search(text)
    if closing is None or pair is None:
        return text, None
    name = pair[1] or pair[2]
    if name in STOPWORDS or name in _NOT_A_NAME or name in ("both", "all"):
        return text, None
    other = re.compile(rf"^\s*(?:(?:and|but|so|while|whereas|then|also) )*(?:{name}|she|he|her|his|him)\b")
    # where a statement about one of the two ends: a sentence break, or a comma, dash or "and" before a new subject
    subject = rf"(?:(?:and|but|while|whereas) )?(?:i|me|my|she|he|her|his|{name})\b"
    clause = re.compile(rf"[.;!?]\s|(?:,|-(?: -)*)\s(?={subject})")
    # "not asking about dee", "what do i ( not her ) need", "for me , not tamika": the asker, said apart from the other
    not_other = re.search(rf"\bnot (?:asking )?(?:about |for )?(?:{name}|her|him)\b", text) is not None
    asks_other = re.search(rf"\b(?:{name}|she|he|her|his|him)\b", closing[1]) is not None and not not_other
    # (otherwise what the other did is read apart already: "sam did youth services , i did not")
    asks_me = _ME_ASKED.search(closing[1]) is not None and not_other
    if asks_other == asks_me:
        return text, None
    body = text[:closing.start(1)]
    drop = _ASKER_SUBJECT if asks_other else other
    pieces = clause.split(body)
    kept: list[str] = []
    roles: list[str] = []
    for piece in pieces:
        if drop.match(piece):
            roles += _ROLE_WORDS.findall(piece)
            continue
        if roles and _A_YEAR.search(piece):  # what the dropped statements say the dates are stays: "me and tina got
            piece, roles = f"{' '.join(roles)} {piece}", []  # certified - me june 2023 , her feb 2025"
        # an aside of the asker's goes ("sam ( my desk partner )"), and so does the other's company ("... with her")
        kept.append(_ASIDE.sub(" ", piece if asks_other else re.sub(rf" with (?:her|him|{name})\b", "", piece)))
    if len(kept) == len(pieces):
        return text, None
    return " . ".join(kept) + " . " + closing[1], name if asks_other else "me"


#: The asker's own figures, said before a list of others': "i volunteer 10 hrs a week . my coworker jo : ..."
_ASKER_FIGURES = re.compile(r"^(?=[^.;]*\b(?:i|i am|i have|me|myself)\b)[^.;]*\d[^.;]*[.;] $")
#: The asker asks about themself: "am i eligible ?", "what do i need ?"
_ME_ASKED = re.compile(r"\b(?:i|me|my)\b")
def _named_asked(text: str) -> bool:
    """Whether the closing question asks about someone the message introduced by name ("my coworker priya")."""
    closing = _CLOSING.search(text)
    if closing is None:
        return False
    names = {m[1] for m in _INTRODUCED.finditer(text, 0, closing.start(1))} - STOPWORDS
    # ...by name, or as "she" or "he" when the message introduced no one else: "my clerk marisol has finished ... . she
    # asked me what is left before she can get certified"
    return (any(re.search(rf"\b{name}\b", closing[1]) for name in names)
            or (len(names) == 1 and re.search(r"\b(?:she|he|her|him)\b", closing[1]) is not None))


#: Someone introduced by who they are to the asker and their name: "my coworker priya", "our page ben", "my circ
#: clerk marisol"
_INTRODUCED = re.compile(rf"\b(?:my|our) (?:[a-z]+ )?(?:{PERSON}|{REPORT}) "
                         # (not a verb said of them: "my supervisor thinks i am done", "my boss says since ...")
                         r"(?!(?:says|said|thinks|thought|tells|told|wants|wanted|asks|asked|believes|claims|keeps|insists|"
                         r"mentioned|reckons|swears|figures)\b)([a-z]{2,})\b(?! (?:i|me|my|that|she|he|it|we|you|us|the|a|an|to)\b)")
#: What a person's name said before is theirs: "sam's certification", cleaned "sam certification"
_THEIRS = r"(?:certification|certificate|cert|clss|renewal|deadline|expiry|window|hours|hrs|sets)\b"
#: Words that open an item as a name would, but name no one
_NOT_A_NAME = frozenset(("total", "hours", "hrs", "set", "sets", "status", "course", "courses", "name", "date", "note",
                         "fee", "fees", "cost", "member", "members", "paid", "volunteer", "done", "left", "week", "weeks",
                         "plus", "also", "then", "each", "another", "extra", "only", "like", "maybe", "approx", "over",
                         # how or when something was done, before "completed", "finished": "fully completed : ..."
                         "fully", "finally", "already", "just", "actually", "officially", "recently", "successfully",
                         "completely", "now", "since", "all", "both",
                         # when, before a year: "back in 2019 i ran 200 storytimes"
                         "back", "way", "early", "late", "sometime", "started", "began", "moved", "graduated"))


def _sections_by_person(text: str) -> list[tuple[str, str]]:
    """What is said under each person's label, the asker's among them, each with the message's closing question
    after it, when that question asks about them together: ("you", "ala member , 6 courses at $ 120 each . total cost
    for each of us ?"), ("coworker", ...)."""
    labels = list(PERSON_LABEL.finditer(text))
    if len(labels) < 2 or not any(m[1] in ME for m in labels):
        return []
    question = _LAST_QUESTION.search(text, labels[-1].end())
    if question is None or not TOGETHER.search(question[1]):
        return []  # "amira: ... ben: ... me: ... what do I have left?" asks about the asker alone
    end = question.start(1)
    return [("you" if label[1] in ME else label[1].removeprefix("my ").removeprefix("our "),
             f"{text[label.end():after.start() if after else end].strip(' ,;')} . {question[1]}")
            for label, after in zip(labels, [*labels[1:], None])]


#: Amounts of one kind set against each other: "30 hours a week or 35 hours a week", "a 1-credit quarter course on
#: cataloging or go to 2 conference days", "staying at 15 hrs/week at the public library, or switching to 24 hrs/week"
_OR = re.compile(r"(?:[^.;?!\d]{0,45}?[\s,])?(?:or|vs|versus)\b(?:[\s,][^.;?!\d]{0,30})?\s*|\s*,?\s*or\s*")
#: ...what no choice is said between: amounts added up ("2 conference days and a webinar, or so")
_AND_BETWEEN = re.compile(r"\b(?:and|plus|then|also)\b|\+")
#: Choices labelled, each with its own amounts: "option a : keep 20 hrs / week for 6 more months . option b : ..."
_OPTION = re.compile(r"\b(?:option|plan|scenario|choice) (?:a|b|c|1|2|3|one|two)\b\s*:?")
#: Units that are the same kind of amount for this: weekly rates; education counted for renewal
_KIND_OF_UNIT = {"hours a week": "rate", "semester credit": "education", "quarter credit": "education",
                 "day": "education", "hour": "education", "minute": "education"}


def _alternatives(reading: Reading) -> list[tuple[str, str]]:
    """Each of two amounts of one kind joined by "or", as its label and the cleaned text without the other."""
    text, quantities = reading.text, reading.quantities
    options = list(_OPTION.finditer(text))
    if len(options) >= 2:  # each labelled choice with what is said before the first and after the last
        last_end = _SENTENCE_END.search(text, options[-1].end())
        ends = [o.start() for o in options[1:]] + [last_end.end() if last_end else len(text)]
        before, after = text[:options[0].start()], text[ends[-1]:]
        return [(o[0].rstrip(" :"), f"{before}{text[o.end():end]} {after}") for o, end in zip(options, ends)]
    for first, second in zip(quantities, quantities[1:]):
        kind = _KIND_OF_UNIT.get(first.unit)
        if kind and kind == _KIND_OF_UNIT.get(second.unit) and _OR.fullmatch(text, first.end, second.start) \
                and not _AND_BETWEEN.search(text, first.end, second.start):
            return [(_label(kept), f"{text[:gone.start]}{text[gone.end:]}") for kept, gone in ((first, second), (second, first))]
    return []


def _label(amount: Quantity) -> str:
    """An amount in the program's words: "30 hours a week", "2 semester credits"."""
    unit = amount.unit if amount.value == 1 or amount.unit == "hours a week" else f"{amount.unit}s"
    return f"{amount.value:g} {unit}"


def parts_of(text: str) -> list[str]:
    """Cleaned text split where a new question starts; parts with no content word are dropped.

    A one-word part counts: in chat "fees? and how long do i have" is two questions.
    """
    pieces = [p.strip() for p in _JOINERS.split(text)]
    return [p for p in pieces if any(w.isalpha() and w not in STOPWORDS for w in p.split())]


#: A person a question is for, by name ("what is left for jo ?"), and the asker naming themself ("jo ( that is me )")
_ASKED_FOR = re.compile(r"\b(?:left|remain\w*|needed|need\w*) for ([a-z]{2,}) \?")
_ME_NAMED = re.compile(r"\b([a-z]{2,}) \( (?:that is|it is|this is|i am|aka|=) me \)")


#: "how many more" with nothing after it to say of what: more of the amount held
_MORE_OF_IT = re.compile(r"\bhow (?:many|much) more\b(?= (?:do|does|would|will|to|left|until|till|before|are|is|needed|i|\?)\b|$)")


#: Someone's own words, quoted or forwarded: "from marcus : 'i have completed ...", "dana wrote : i finished ..."
_QUOTED_WORDS = re.compile(r"(?:\b(?:from|by) [a-z]{2,}|\b[a-z]{2,} (?:wrote|writes|says|said|messaged|texted|reports|reported)) :"
                       r"[^?]*")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|our|us)\b")


def _in_third_person(quoted: re.Match[str]) -> str:
    """Someone's own words (`_QUOTED_WORDS`) as said of them: "i have completed" -> "she has completed"."""
    said = re.sub(r"\bi have\b", "she has", re.sub(r"\bi am\b", "she is", quoted[0]))
    return re.sub(r"\bi\b", "she", re.sub(r"\b(?:my|mine)\b", "her", said))


#: What a quote left out tells of the thread's topic
THREAD_TOPICS = frozenset(("renew", "deadline", "fee", "eligible", "price_elsewhere"))


def _rules_quoted(program: Program, quoted: str) -> frozenset[str]:
    """The topics whose rule a quote states by its figure: "> 1,820 hours in the last 5 years - ok, i have 1,500 ..."
    is the experience rule, "> 32 contact hours, 4 on tech" renewal's."""
    figures = {"eligible": rf"\b{program.eligibility.experience_hours} (?:hours|hrs)\b",
               "renew": rf"\b{program.renewal.contact_hours} contact (?:hours|hrs)\b"}
    return frozenset(topic for topic, figure in figures.items() if re.search(figure, quoted))


def _read_clean(knowledge: Knowledge, text: str, today: date, thread: frozenset[str] = frozenset()) -> Reading:
    cues = cues_in(text)
    if "renew" in cues and not COMPILED["renew"].search(_MEMBERSHIP_CHANGE.sub(_about_membership, text)):
        cues -= {"renew", "expires"}  # "my ALA membership lapsed but I renewed": ALA's, not the certification's
    if "left" in cues and not (COMPILED["left"].search(_COURSES_LEFT.sub(" ", _MONEY_LEFT.sub(" ", text))) or "claim_asked" in cues):
        cues -= {"left"}  # "she has two sets left, can she get an extension?" says what is left; it does not ask
    cues |= thread
    dates = tuple(DateMention(when, _role(text, start), start, _whose(text, start), day_of(text, start, end))
                  for start, end, when in dated(text, today))
    enrolled = _enrollment(text, cues, dates, today)
    # the month was said as an acceptance only: the enrollment may be the month before
    accepted = enrolled is not None and all(d.role == "accepted" for d in dates if d.when == enrolled) and any(
        d.when == enrolled for d in dates)
    asked_for, me_named = _ASKED_FOR.search(text), _ME_NAMED.search(text)
    if asked_for and me_named and asked_for[1] == me_named[1]:
        cues -= {"for_someone"}  # "jo ( that is me ) : tech ... what is left for jo ?" asks for the asker
    # asked for someone else ("what does she still need?"): hers, not the asker's, and what they are quoted saying of
    # themself is theirs ("from marcus : 'i have completed foundations ...' can someone tell him what he needs ?")
    names = set_names(knowledge)
    sets = names.read_clean(_QUOTED_WORDS.sub(_in_third_person, text) if "for_someone" in cues else text,
                            for_someone="for_someone" in cues)
    if (not sets.completed and not sets.not_done and cues.intersection(("left", "strong_left"))
            and not _FIRST_PERSON.search(text)):
        # "staff member (j. ortiz) reports completed sets: ... requests list of outstanding requirements": no one but
        # the person reported on can be asked about
        sets = names.read_clean(text, for_someone=True)
    memberships, supposed = _memberships(text) if cues.intersection(("member", "joined_ala")) else ((), None)
    quantities = _quantities(text)
    if any(q.aimed and q.unit == "hour" and q.value == knowledge.program.renewal.contact_hours for q in quantities):
        cues |= {"renew"}  # "do those count toward my 32 hours?": the renewal's hours, said back, name the renewal
    required = knowledge.program.eligibility.experience_hours
    if re.search(rf"(?<![\d,.]){required // 1000},?{required % 1000:03d}(?![\d,.]?\d)(?! ?(?:hours?|hrs?|h)\b)", text) and any(
            q.unit in ("hour", "hours a week", "year", "month", "week") for q in quantities):
        cues |= {"eligible"}  # "3 days a week for 18 months. is that 1820?": the requirement said back asks about it
    if (_MORE_OF_IT.search(text) and not sets.completed and not sets.not_done
            and any(q.unit == "hour" and not q.aimed and q.value > knowledge.program.renewal.contact_hours
                    for q in quantities)):
        cues |= {"hours_asked"}  # "I have 1,400 hours. how many more do I need?": more of them, past any renewal's
    return Reading(text, tuple(tokens_of_clean(text)), sets, enrolled, accepted, cues, memberships, quantities,
                   tuple(Clause(clause, "other" if other else "asker") for clause, other in sets.clauses), dates,
                   money=_amounts(text, set_names(knowledge)), courses_done=_courses_done(text), supposed_membership=supposed,
                   courses_left=_courses_left(text), fee_paid=_fee_paid(text, knowledge.program), covered=_covered(text),
                   covered_of=_covered_of(text),
                   course_counts=_course_counts(text),
                   placed=_placed(text, quantities, today, cues),
                   program=knowledge.program, day=today)


#: A membership run out or renewed: "my ALA membership lapsed but I renewed", "two of us were members till last
#: year, both lapsed, not renewing"
_MEMBERSHIP_CHANGE = re.compile(r"\b(?:member\w*|ala(?! apa))\b[^.;?!]*\b(?:renew\w*|lapse\w*|expir\w*|ran out|run out)\b[^.;?!]*|"
                                r"\b(?:renew\w*|let)\b[^.;?!]{0,20}?\bmembership\b[^.;?!]*")
_CERTIFICATION = re.compile(r"\b(?:clss|lssc|cert\w*)\b")


def _about_membership(change: re.Match[str]) -> str:
    """A membership's change gone from the text, unless its sentence speaks of the certification too."""
    return change[0] if _CERTIFICATION.search(change[0]) else " "


#: The roles a month can have, by the cue nearest before it; where two cues end at the same place,
#: the first here wins ("accepted" is also an enrolling word).
_ROLES = {"accepted": _ACCEPTED, "certified": COMPILED["certified"], "expires": COMPILED["expires"],
          "enrolled": COMPILED["enrolled"],
          "worked": re.compile(r"\b(?:work\w*|volunteer\w*|employ\w*|hired|left|quit|retired)\b")}
_ORDER = {role: i for i, role in enumerate(_ROLES)}


_SENTENCE_END = re.compile(r"[.;!?]")


def _role(text: str, at: int) -> str:
    """What the month at `at` is of: the role whose cue is nearest before it, or else first after it."""
    before = [(m.end(), -_ORDER[role], role) for role, pattern in _ROLES.items() for m in pattern.finditer(text, 0, at)]
    if before:
        return max(before)[2]
    end = _SENTENCE_END.search(text, at)  # a cue after it counts in its own sentence only
    after = [(m.start(), _ORDER[role], role) for role, pattern in _ROLES.items()
             for m in pattern.finditer(text, at, end.start() if end else len(text))]
    return min(after)[2] if after else ""


#: A place said to be someone's, after them: "at my kid('s) school library" is where the asker works, not the kid
_THEIR_PLACE = re.compile(r"\s*(?:(?:school|public|college|university|county|academic|local) )?(?:librar\w*|school|branch|campus)\b")


#: A person said as the object of what the subject did, not a subject: "stayed home with my kids , and came back ..."
_AN_OBJECT = re.compile(r"\b(?:with|about|from|like|than) $")


def _whose(text: str, at: int) -> str:
    """Whose the month or amount at `at` is: the person named nearest before it ("my coworker enrolled
    in May 2021 and I enrolled in Oct 2022", "jo has 1,200 hrs")."""
    # searched one character on, so a name just before the amount sees it ("ana 2,400 hrs")
    others = (_SOMEONE, _NAMED_SUBJECT, _YOU) + ((_NAME_BEFORE_AMOUNT,) if _ME_BEFORE.search(text) else ())
    people = [(m.end(), "other") for pattern in others for m in pattern.finditer(text, 0, at + 1)
              if m.end() <= at and not _THEIR_PLACE.match(text, m.end())
              and not _AN_OBJECT.search(text, max(0, m.start() - 6), m.start())]
    people += [(m.end(), "asker") for pattern in (_ASKER, _ME_BEFORE) for m in pattern.finditer(text, 0, at + 1)
               if m.end() <= at]
    return max(people)[1] if people else ""


_ENROLL_ASKED = re.compile(r"\b(?:can|could|may|should|when can|how do|how can) i (?:still )?(?:enroll|apply|sign up)\b|"
                           # what enrolling needs: "do i have to be an ala member to enroll?"
                           r"\b(?:member|eligible|qualified|a diploma|a ged|required|need (?:an? )?\w+) to (?:enroll|apply|sign up)\b")


def _enrollment(text: str, cues: frozenset[str], dates: tuple[DateMention, ...], today: date) -> MonthYear | None:
    """The month the asker says they enrolled (or were accepted, started...) in cleaned text, if any.

    A start of something unnamed ("I started at the library last year") counts only in a question
    about the deadline, and a month still to come only in one too: "I start my new job next
    month, can I still enroll?" is not about finishing by a date. The month of joining ALA is not
    an enrollment month.
    """
    # "how many candidates enrolled in 2012" is not theirs; "Q2 2023 enrollment here. deadline?" is
    if not cues.intersection(("personal", "if_enrolling", "deadline")):
        return None
    text = _ENROLL_ASKED.sub(" ", COMPILED["joined_ala"].sub(" ", text))  # "can I enroll?" asks; it is no enrolling
    asks = "deadline" in cues
    if not (COMPILED["enrolled"].search(text) or (asks and "started" in cues)):
        return None
    # of an enrollment and an acceptance month, the earlier: the one the sources may count from, the safe one
    entering = [d for d in dates if d.role in ("enrolled", "accepted") and d.when.month is not None]
    if "for_someone" in cues and any(d.subject == "other" for d in entering):  # "... when's her deadline?"
        entering = [d for d in entering if d.subject == "other"]
    elif any(d.subject == "asker" for d in entering):  # someone else's month is not the asker's
        entering = [d for d in entering if d.subject == "asker"]
    elif any(d.subject != "other" for d in entering):  # "enrolled 6/1/2024, my coworker enrolled 2/2/2023"
        entering = [d for d in entering if d.subject != "other"]
    entering_months = [d.when for d in entering]
    when = min(entering_months, key=lambda m: (m.year, m.month or 0)) if entering else find_month_year(text, today)
    if when is not None and is_future(when, today.year, today.month) and not (asks or "if_enrolling" in cues):
        return None
    return when


_LAPSED = re.compile(r"\b(?:ala,? (?:lapsed|expired)|lapsed|(?:let|had) (?:my |our |her |his |their )?(?:ala )?memberships? (?:lapse|expire|run out)|"
                     r"memberships? (?:has |had |have )?(?:lapsed|expired|ran out|run out)|"
                     # (one that runs out later is current now: "my ala membership expires next month")
                     r"memberships? (?:lapses?|expires?|runs out)(?! (?:next|soon|later|after (?:i|we|she|he|they) (?:pay|apply))\b)|"
                     r"no longer (?:an? )?(?:ala )?members?|"
                     r"(?:former|ex|lapsed|expired) (?:ala )?members?(?:hip)?|used to be (?:an? )?(?:ala )?members?|"
                     r"(?:was|were) (?:an? )?(?:ala )?members?)\b")
#: A membership said in the present tense to run out at a time is current until then, unless the application comes
#: later still ("2 memberships lapse in january and we apply in february")
_RUNS_OUT_LATER = re.compile(r"\b(membership (?=lapses|expires|runs out)|memberships (?=lapse|expire|run out))(?:lapses?|expires?|runs? out) "
                             r"(?=(?:in|on|at|this|by|end|until|til|till)\b)")
_APPLYING_LATER = re.compile(r"\b(?:apply|applying|pay|paying|enroll\w*) (?:in|on|after|next)\b")
_NOT_MEMBER = re.compile(
    r"\b(?:non ?-? ?members?|not (?:an? )?(?:ala )?members?|no (?:ala )?memberships?|not (?:in )?ala|"
    r"without (?:an? )?(?:ala )?memberships?|not (?:a )?part of ala|do not (?:have|belong)|does not (?:have|belong)|"
    r"non ?-? ?ala|not with ala|not joined|have not joined|never joined|never (?:been )?(?:an? )?(?:ala )?member|"
    r"(?:none|neither) of (?:us|them)|neither (?:is|are|has|have|was|were)|neither (?:of (?:us|them) )?(?:is |are )?(?:in|with|part of) ala|neither (?:one )?(?:an? )?(?:ala )?members?\b|"
    r"(?:am|are|is) not|nobody|no one|none(?! (?:paid|done|finished|taken|started|left|yet)\b)|"
    r"(?:have|has|hold|holds) (?:nothing|none)(?! (?:done|finished|yet)\b)|members? of nothing|belongs? to nothing|belongs? to no (?:association|organization|group)s?|not (?:a )?members? of anything)\b|"
    r"\bnot\s*$")
#: A membership that is not ALA's own: a state chapter or state (library) association, or another club.
_STATE = re.compile(r"\b(?:chapter|state (?:library )?(?:association|assoc|chapter|org\w*)|"
                    r"(?:[a-z]+ )?(?:library )?(?:association|assn|assoc|council|society|federation)|regional|state level|"
                    r"member of (?:my|the|a|our) (?!ala\b)\w+)\b")
_ALA = re.compile(r"\bala (?:members?|memberships?)\b|\bmembers? of (?:the )?ala\b|\bin ala\b|american library association|"
                  r"\b(?:current|active|paid up) ala\b")
#: A member of a body that is not ALA nor an association: a board, a staff, a family
_OTHER_BODY = re.compile(r"\b(?:board|staff|team|family|committee|council|faculty|union|club|crew|cast|church|panel|"
                         r"trustee|jury) members?\b")
#: Nobody, said without a word of membership, which is then about something else: "neither of us has paid the fee"
_NOBODY = re.compile(r"(?:none|neither) of (?:us|them)|neither (?:is|are|has|have|was|were)|nobody|no one")
_MEMBER_WORD = re.compile(r"\bmembers?(?:hip)?\b|\bala\b|\bjoin\w*|\bbelong\w*")
#: Words of `_STATE` that name a membership only with a word that makes it held (`_HELD`)
_VAGUE_STATE = frozenset(("regional", "state level"))
#: Words that make an association the speaker's own: "member of", "belong to", "joined", "in my", "part of"
_HELD = re.compile(r"\bmembers?(?:hip)?\b|\bjoin\w*|\bbelong\w*|\bin (?:my|our|the|a|her|his|their)\b|\bpart of\b|\bdues\b|"
                   r"\b(?:am|is|are) (?:with|in)\b")
_MEMBERISH = re.compile(r"\bmembers?(?:hip)?\b|\bjoined\b|\bala\b|\bnot\b|\bnon\b")
#: Where one person's (or group's) statement ends and the next begins.
_STATEMENT = re.compile(r"(?<!\d)\.|\.(?!\d)|[,;:!?()+—–]| - |\b(?:and|but|while|whereas|plus|vs|versus|compared (?:to|with)|instead of|rather than)\b|"
                        r"(?<=\w )(?<!\bof )(?<!\bthose )(?<!\bthese )(?=(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:(?:ala )?(?:non ?-? ?)?members?|"
                        # ...or what they have, run on without a stop: "two have ala membership one has state"
                        r"in ala|not|are not|are|is|have|has|hold|holds|belong\w*)\b)|"
                        r"(?<=\w )(?=if\b)|"  # "the fee for our 12 staff if 4 of them are members": the condition apart
                        # a question run on after a statement: "my friend is not what is the total for both of us"
                        r"(?<=\bnot )(?=(?:what|how|which) (?:is|are|do|does|would|will)\b)|"
                        # a statement about everyone run on without a stop: "... to apply none of us are ala members"
                        r"(?<=\w )(?<!\bif )(?<!\bwhen )(?=(?:none|neither|all|both|each|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) "
                        r"of (?:us|them) (?:are|is|have|has|were)\b)")
_PEOPLE = re.compile(r"(?<!take )(?<!took )(?<!taking )(?<!need )(?<!buy )"  # "take 6 of them" counts courses
                     r"(?<!take all )(?<!need all )(?<!do all )(?<!finish all )"  # ..."need all 6 of them"
                     r"(?<!\$ )(?<!\$)(?<![\d,.])"  # "$300 for members" is an amount, not 300 people
                     r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|all)\b"
                     rf"(?: (?:of (?:us|them|my \w+|the \w+)|(?:(?!\d)\w+ ){{0,2}}?(?:{PEOPLE}|members?|non(?: - | )?members?|"
                     r"are|is|have|of|belong\w*|hold)))")
#: A price said for members, which says no one's membership: "my boss says the fee is $300 for members"
_PRICE_FOR = re.compile(r"\$ ?\d[\d,.]* (?:each )?(?:for|to) (?:ala )?(?:non ?-? ?)?members\b")
#: What membership itself costs, which says no one's membership: "membership would run $45 each"
_MEMBERSHIP_PRICE = re.compile(r"\b(?:membership|dues)\b[^.;?!$]{0,25}\$")
#: Someone paying for a group named by its membership: "the library covers the members", "work pays for non-members"
_PAYS_FOR_MEMBERS = re.compile(r"\b(?:covers?|covering|pays? for|paying for|reimburs\w*|funds?|funding) (?:the |our |all )?"
                               r"(?:ala )?(?:non ?-? ?)?members\b")
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "both": 2}


#: Joining ALA before applying, said as what will happen: "two are joining ALA before we apply"
_JOINING_FIRST = re.compile(r"\b(?:(?:are|is|will be) (?:joining|becoming)|will (?:join|become))\b")


def _kind(statement: str) -> str | None:
    """The membership one statement says, or None when it says none."""
    statement = _OTHER_BODY.sub(" ", statement)  # "board member here" says no membership of ALA
    if _LAPSED.search(statement):
        return "lapsed"
    said_not = _NOT_MEMBER.search(statement)
    if said_not and not (_NOBODY.fullmatch(said_not[0]) and not _MEMBER_WORD.search(statement)):
        return "none"  # "neither of us is a member"; not "neither of us has paid the fee"
    state = _STATE.search(statement)
    if state and not _ALA.search(statement) and (_HELD.search(statement) or state[0] not in _VAGUE_STATE):
        return "state"  # "state association only", "a member of our regional"; not "a cohort from our regional system"
    if _JOINING_FIRST.search(statement):  # a member by the time they apply
        return "ala"
    if _ALA.search(statement) or _ALA_ALONE.fullmatch(statement.strip()) or (_MEMBERISH.search(statement)
                                  and re.search(r"\bmembers?(?:hip)?\b|\bjoined\b|\bbelong\w*", statement)):
        return "ala"
    return None


_ORDINAL = r"(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?: (?:person|one))?"
#: People named by their place in a list, one or several together: "first person is an ala member , second and third
#: are not"
_ORDINAL_PEOPLE = re.compile(rf"(?:^|(?<=[,;.:] ))({_ORDINAL}(?:(?: ,| and| &)+ {_ORDINAL})*)(?= (?:is|are|was|were|has|have|"
                             r"let|does|do|holds?|belongs?)\b)")


def _ordinal_people(found: re.Match[str]) -> str:
    """People named by their place, said as how many: "second and third" -> "2 people"."""
    count = len(re.findall(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last", found[1]))
    return "1 person" if count == 1 else f"{count} people"


def _people(statement: str) -> int | None:
    """How many people a statement is about: a count before people ("2 of us", "3 staff are"), or a
    count that opens it ("..., 2 not"), since a list of memberships names each part by its size."""
    found = _PEOPLE.search(statement) or _OPENING_COUNT.match(statement)
    if found is None or found.group(1) == "all":
        return None
    return _count(found.group(1))


_OPENING_COUNT = re.compile(r"\s*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                            r"(?! (?:\$|@|(?:hours?|years?|months?|days?|weeks?|at|x|required|core|electives?|courses?|class(?:es)?|"
                            r"sets?)\b))")


#: Someone other than the asker, as the subject of a statement ("my coworker is not").
#: Not a role the asker had ("was a page", "became the supervisor"); "as" and "then" only before an article ("as a
#: clerk"): "same week as my coworker", "then my boss did 30" are someone else
_NOT_A_ROLE = "(?<!am )(?<!been )(?<!was )(?<!became )(?<!become )"
_SOMEONE = re.compile(r"(?:(?<=; )|(?<=^))(?:coworker|co worker|colleague|boss|manager|supervisor|friend|buddy)\b|"
                      rf"\b(?:she|he|they|her|him|(?:{_NOT_A_ROLE}(?<!as )(?<!then )(?:a|the|one)|{_NOT_A_ROLE}(?:my|our)) (?:\w+ )?"
                      rf"(?:{PERSON}|other))\b(?! (?:job|jobs|position|role|work|shifts?|gig|duties)\b)")  # "a paid page job" is mine
#: Someone the asker speaks for at work, as the subject of a statement of membership ("my mentee is an ALA member")
_REPORTED = re.compile(rf"\b(?:my|our|a|the) {REPORT}\b")
_ASKER = re.compile(r"\b(?:i|me|my|myself)\b")
#: The rest of the group: "they aren't", "the others are"
_THEY = re.compile(r"\b(?:they|them|(?:the )?others|(?:the )?rest|both of them|every(?:one|body) else)\b")
#: Which statement wins when one subject says several: "member of my state association but not ALA" is "state".
_PRIORITY = ("lapsed", "ala", "state", "none")


#: The person the asker is answering: "@jess you said you are at 1,400 hrs? I'm at 1,650"
_YOU = re.compile(r"\byou (?:are|were|have|had|said|did|got|logged)\b")
#: Someone named as the subject of what they have done: "jo has 1,200 hrs", "lee did 35 hrs/wk", "..., anita
#: enrolled 10 feb 2023"
_NAMED_SUBJECT = re.compile(r"(?:^|[,.;:] )(?!(?:i|we|you|it|that|this|which|what|who|there|he|she|they|one|each|all|"
                            r"everyone|lssc|ala|library|job|work|mine|me|just|also|only|already|finally|still|so|and|"
                            r"then|now|got|was|wait|actually)\b)[a-z]{2,} (?:has|did|logged|enrolled|(?:was|got) certified)\b|"
                            r"\band (?!(?:i|we|you|it|that|this|he|she|they|then|now|also)\b)[a-z]{2,} enrolled\b")
#: In a list of people and their amounts that has the asker in it ("ana 2,400 hrs, ben 1,100 hrs, me 1,850 hrs"),
#: each name before its amount
_NAME_BEFORE_AMOUNT = re.compile(r"(?:^|[,.;:] )(?!(?:me|i|we|about|around|over|under|only|just|and|or|with|at|for)\b)"
                                 r"[a-z]{2,} (?=\d)")
#: The asker listed before their amount: "..., me 1,850 hrs"
_ME_BEFORE = re.compile(r"(?:^|[,.;:] |\band )(?:me|myself|mine) (?=\d)")
#: A statement that is one word, a name: "me (ALA member), jen (not a member)"
_NAME_ALONE = re.compile(r"[a-z]{2,}(?: (?:[a-z]|\d{1,2}))?")  # "jen", "coworker a", "coworker 2"
#: A membership said in a word, in a list of people's memberships: "me (ALA + state assoc)"
_ALA_ALONE = re.compile(r"(?:current |active |paid up )?ala(?: too| also| member)?")
#: A count that already takes in the asker: "me and my coworker are both non-members"
_BOTH = re.compile(r"\b(?:both|all|we)\b")
#: A group's size, the asker among them: "the 3 of us", "4 people"
_GROUP = re.compile(r"\b(?:we are|group of|team of|staff of) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
                    r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both) "
                    r"(?:of us|people|persons?|applicants|candidates|folks|staff(?: members)?|employees|(?:lssc )?(?:enrollments|applications)|"  # all of them
                    rf"of (?:our|my|the) (?:\w+ )?(?:{PEOPLE}|team))\b"
                    # not the people who came to something: "we had 120 people at the book sale"
                    r"(?! (?:at|came|showed|attended|visited|every|a day|per day|each day)\b)|"
                    r"\bfor (?:our |the |my )?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                    rf"(?:\w+ )?{PEOPLE}\b")
#: Some of a group of members (or non-members) said before: "1 of those members", "one of the non-members"
_SUBSET = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of (?:the|those|these|them|our) "
                     r"(?:(?:ala )?(non ?-? ?)?members\b|"
                     # ...or by the group's size: "two of those four are state chapter members"
                     r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)")
#: Half of a group said apart: "6 of us applying, half are ala members", "half of them belong to ala , the other half
#: only to our state chapter"
_HALF = re.compile(r"\b(?:the other )?half(?: of (?:us|them|(?:the|our|my)(?: \w+){1,3}(?: of \d{1,3})?))? "
                   r"(?:are|is|have|has|were|belong\w*|hold|holds|ala|members?|non|not|only)\b")


def _count(word: str) -> int:
    return _COUNTS[word] if word in _COUNTS else int(word)


#: A statement opening with a name and what is said of them: "tomas is not", "mei just let her membership lapse"
_NAME_FIRST = re.compile(r"\s*(?:only |just |but |and )?([^\W\d_]{2,}) (?:is|was|has|had|just|let|does|did|never|also)\b")
#: One person named by their membership: "a member", "a non-member" (not what someone is: "i am not an ala member")
_A_PERSON = re.compile(r"(?<!\bnot )(?<!\bam )(?<!\bis )(?<!\bwas )(?<!\bbe )\b(?:a|an|one) (?:ala )?(?:non ?-? ?)?member\b")
_PRONOUNS = frozenset(("she", "he", "her", "him"))
#: Everyone but some named: "everyone on my team except me and Pat"
_ALL_BUT = re.compile(r"\b(?:everyone|everybody|all of us|all)(?: here| (?:on|in) (?:my|our|the) \w+)? (?:except|but|besides) "
                      r"((?:me|\w+)(?: (?:and|&) (?:me|\w+))*)\b")
#: A statement about everyone in the message: "none of us are members", "we are all members", "each pays the
#: non-member fee".
_EVERYONE = re.compile(r"\b(?:(?:none|neither|all|both|each) of (?:us|them)|neither|we|nobody|no one|none|everyone|all|each)\b")
#: People counted where they are named: "me and two coworkers", "my boss and I".
_NAMED_PEOPLE = re.compile(r"\b(?:(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ )?"
                           rf"(?:{PEOPLE}|others|of us)|"
                           rf"(?:my|our|a) (?:\w+ )?{PERSON})\b")


#: The asker just before people named with them: "me and two coworkers", "for me + my bestie"
_WITH_ASKER = re.compile(r"\b(?:me|i|myself)\s*(?:and|&|\+|,)\s*(?:\w+ )?$")
#: ...or just after them: "my boss and i", "2 coworkers + me"
_ASKER_AFTER = re.compile(r"\s*(?:and|&|\+|,)\s*(?:me|i|myself)\b")
#: Between people named together: "my boss and 2 coworkers"
_JOINER = re.compile(r"\s*(?:and|&|\+|,|, and)\s*")

#: Two ways of paying set side by side for the same people
_VERSUS = re.compile(r"\b(?:vs|versus|compared (?:to|with)|instead of|rather than|(?:difference|gap) between|than(?= (?:as )?(?:ala )?(?:non ?-? ?)?members?\b))\b")
#: A choice between paying either way, the same people on both sides: "two of us, members or not"
_EITHER_WAY = re.compile(r"\b(members?) or (?:not|non ?-? ?members?)\b")
#: A membership supposed, not held: "if none were members", "if they all joined ala first", "would joining
#: ala save us money"
_SUPPOSITION = re.compile(r"\b(?:save[sd]?|saving|cheaper|less)\b[^.;?!]*\b(?:joining|becoming)\b|"  # "what do i save joining ala"
                          r"\b(?:if|would|could|say|suppose|supposing|assuming)\b.*\b(?:were|was|joined|joins?|joining|became|becomes?|had|got|"
                          r"(?:take|takes|took|get|gets|buy|buys) (?:an? |the )?(?:ala )?membership)\b")
_JOINING = re.compile(r"\b(?:joined|joins?|joining|became|becomes?|got|(?:take|takes|took|get|gets|buy|buys) (?:an? |the )?"
                      r"(?:ala )?membership)\b")
#: An "if" said once over clauses joined by "and": "if ten of us apply and all of them become members first"
_IF_CLAUSE = re.compile(r"\bif\b[^,;.?!]*")
#: Two ways of paying named as "the difference between X and Y": X against Y
_BETWEEN = re.compile(r"\b((?:difference|gap)(?: (?!between)\w+){0,4}) between ([^,;.?!]*?) and ")
#: A statement supposing a membership is given up ("if the 3 members let their memberships lapse"): no one's now
_IF = re.compile(r"\b(?:if|suppose)\b[^.;?!]*\b(?:let|lapses?|drop\w*|quit|cancel\w*)\b[^.;?!]*")  # not "lapsed": a fact
_OPPOSITE = {"ala": "none", "none": "ala"}


def _supposed(statement: str) -> str | None:
    """The membership a supposition gives everyone ("ala" or "none"), or None when the statement supposes none."""
    if not _SUPPOSITION.search(statement):
        return None
    kind = "ala" if _JOINING.search(statement) else _kind(re.sub(r"\b(?:were|was|had)\b", "are", statement))
    return kind if kind in _OPPOSITE else None


#: A membership said in one word of the person named just before it: "ana - ala , bo - none"
_SAID_OF_THEM = frozenset(("none", "no", "nope", "not", "n"))
#: A membership left unsaid, the one just said: "i am not", "but i am", "she is too"
_ELIDED = re.compile(r"(?:so )?(?:i|we|she|he|they|you) (?:am|are|is|was|were)(?P<not> not)?(?: (?:either|too|also|as well))?")
#: People who came to something, who are no group applying: "we had 120 people at the book sale", "there were 80 kids"
_ATTENDANCE = re.compile(rf"\b(?:had|saw|served|were)(?: like| about| around| over| ~)? \d+ (?:{PEOPLE}|kids|patrons|visitors|"
                         r"attendees)\b|\b\d+ (?:kids|patrons|visitors|attendees)\b")
#: Stress on what one person lacks, which says no more and is not everyone's "all": "sam ( none at all )"
_AT_ALL = re.compile(r" at all\b")
#: Two people said together to be neither: "neither me nor my husband are ala members"
_NEITHER_NOR = re.compile(r"\bneither ([a-z]+(?: [a-z]+){0,2}?) nor ([a-z]+(?: [a-z]+){0,2}?) (are|is|were|was|have|has) (?!not\b)")
#: Two people said as one subject, opening a statement ("my coworker and i are not members", "so me and dana were ala
#: members"): what it says is said of both, so its "and" does not split it (that would leave the first without one)
_TWO_AS_ONE = re.compile(rf"(?:^|(?<=[.;:!?,(] )|(?<=\bso )|(?<=\bbut )|(?<=\bwell )|(?<=\bhi )|(?<=\bhey )|(?<=\balso ))"
                         rf"((?:my |our )?{PERSON}|me|i|[a-z]{{2,}}) and ((?:my |our )?{PERSON}|me|i|[a-z]{{2,}})"
                         r"(?= (?:are|were|have|both|each)\b)")
#: ALA-APA, which runs the program and has no members of its own
_ALA_APA = re.compile(r"\bala apa\b")
#: A membership's number, which says no more than the membership said beside it: "member # : 0045789"
_MEMBER_ID = re.compile(r"\bmember(?:ship)? (?:#|(?:number|no|id)\b)[^;.]*|"
                        # ...or an account's or a line's code: "our budget line 4410 - 22 has $500"
                        r"\b(?:line|account|acct|code|gl|po|invoice|order|ref)\s*#?\s*\d+(?: ?[-/] ?\d+)+")


def _memberships(text: str) -> tuple[tuple[Membership, ...], str | None]:
    """Who holds which membership, by subject: the asker, each other person, each counted group ("2 of us
    are ALA members and one is not"). A group's size said apart ("for the 3 of us", "me and two
    coworkers") counts the ones left unsaid as the other kind, and a statement about everyone ("none of
    us are members") is about all of them; what one subject says twice is one membership ("member of my
    state association, not ALA": `_PRIORITY`). A supposition ("if we all joined ALA") is returned apart;
    a group that says only a supposition is supposed to hold the other kind now ("5 of us, what would
    we save if everyone was a member")."""
    kinds: dict[str, str] = {}
    said_of: dict[str, frozenset[str]] = {}
    people: dict[str, int] = {}
    total: int | None = None
    halves: set[str] = set()
    sizes: dict[str, int] = {}
    subsets: set[str] = set()
    subject = "asker"
    # a membership given up in a supposition leaves everyone a non-member: "what if the 3 members let theirs lapse"
    supposed: str | None = "none" if _IF.search(text) else None
    # the side after "vs" is other people, or the same people paying the other way; "everyone except me and
    # pat is ..." is one statement
    text = _ALL_BUT.sub(lambda m: m[0].replace(" and ", " & "), _ATTENDANCE.sub(" ", _MEMBER_ID.sub(" ", _AT_ALL.sub("", text))))
    text = _ALA_APA.sub("the program", text)  # "ala apa fees for both of them": the program's, no membership
    text = _NEITHER_NOR.sub(lambda m: f"{m[1]} and {m[2]} {'have' if m[3].startswith('ha') else 'are'} not ", text)
    # ("neither me nor my husband are members": both are not)
    text = _TWO_AS_ONE.sub(lambda m: f"{m[1]} & {m[2]} both" if {"i", "me"} & {m[1], m[2]} or "my " in m[0] else m[0], text)
    text = _ORDINAL_PEOPLE.sub(_ordinal_people, text)
    text = _EITHER_WAY.sub(r"\1 vs non members", text)
    text = _BETWEEN.sub(r"\1 of \2 vs ", text)
    text = _IF_CLAUSE.sub(lambda m: m[0].replace(" and ", " and if "), text)
    if not _APPLYING_LATER.search(text):  # "my ala membership runs out in march , i am applying now": current now
        text = _RUNS_OUT_LATER.sub(r"\1 current until ", text)
    statements = list(filter(str.strip, _STATEMENT.split(_VERSUS.sub(" ; otherside ; ", _IF.sub(" ", text)))))
    other_side = False
    sides: set[str] = set()  # the subjects said after "vs": the same people paying the other way, or others
    last_kind: str | None = None
    for number, statement in enumerate(statements):
        if statement.strip() == "otherside":
            other_side = True
            continue
        if other_side and statement.strip() in ("not", "no", "none"):
            continue  # "if we were all members vs not": the other side of the supposition
        if (supposition := _supposed(statement)) is not None:
            supposed = supposition
            continue
        # "do I get the member price?", "is ALA membership required?" ask, and "the library covers the members" pays;
        # they say nothing of anyone's membership
        asking = (_ASKING.match(statement.strip()) or COMPILED["membership_asked"].search(statement)
                  or _PAYS_FOR_MEMBERS.search(statement) or (_PRICE_FOR.search(statement) and _people(statement) is None)
                  or _MEMBERSHIP_PRICE.search(statement))
        kind = None if asking else _kind(statement)
        elided = _ELIDED.fullmatch(statement.strip())
        if kind is None and elided is not None and last_kind is not None:
            # "my mentee is an ALA member, I'm not", "they aren't members but I am": the membership said just before,
            # denied or held
            denied = elided["not"] or statements[number + 1:number + 2] == ["not"]  # split before a "not"
            kind = "none" if denied else "ala" if last_kind == "none" else last_kind
        last_kind = kind or last_kind
        count = _people(statement)
        subset = _SUBSET.search(statement)
        if subset is not None:  # "1 of those members' membership expires first": some of a group said before
            source = next((g for g, k in kinds.items() if (people[g] == _count(subset.group(3)) if subset.group(3) else
                                                           k == ("none" if subset.group(2) else "ala"))), None)
            if source is not None and kind not in (None, kinds[source]):
                moved = min(_count(subset.group(1)), people[source])
                people[source] -= moved
                kinds[f"group {number}"], people[f"group {number}"] = kind, moved
                said_of[f"group {number}"] = frozenset({kind})
                subsets.add(f"group {number}")
            if source is not None:
                continue
        if _HALF.search(statement):  # "half of us are members", "half of our staff of 8 are": half the group's size
            halves.add(f"group {number}")
            count = 0  # known once the group's size is
        named_alone = subject.startswith("other") and number and _NAME_ALONE.fullmatch(statements[number - 1].strip())
        if kind is None and _NAME_ALONE.fullmatch(statement.strip()) and statement.strip() not in STOPWORDS:
            subject = f"other {number}"  # "jen (not a member), carlos (member)": a name, then what is said of them
        elif (kind is not None and _EVERYONE.search(statement) and count is None
              and not (named_alone and statement.strip() in _SAID_OF_THEM)):  # "bo - none" is bo's
            # ...unless everyone's was said before "vs": "none of us being members vs all of us being members"
            subject = f"versus {number}" if other_side and "everyone" in kinds else "everyone"
        elif count is not None:
            subject = f"group {number}"
            sizes[subject] = count  # "for my two trainees (non-members)": the size said before what they are
        elif _THEY.search(statement):
            subject = "they"
        elif _SOMEONE.search(statement) or _REPORTED.search(statement):
            # "he", "she" point back at the person just spoken of: "gabe's membership lapsed ; he is in the state one now"
            # (not when the statement names its own subject: "jose is not , and ana let her membership lapse")
            named_first = (name := _NAME_FIRST.match(statement)) is not None and name[1] not in STOPWORDS
            pointed_back = subject.startswith("other") and not named_first and not _REPORTED.search(statement) and all(
                found[0] in _PRONOUNS for found in _SOMEONE.finditer(statement))
            subject = subject if pointed_back else f"other {number}"
        elif _ASKER.search(statement):
            subject = "asker"
        elif (name := _NAME_FIRST.match(statement)) and name[1] not in STOPWORDS:  # "tomas is not", "only dana is"
            subject = f"other {number}"
        elif _A_PERSON.search(statement):  # "for a member and a nonmember": one person each
            subject = f"other {number}"
        elif other_side and kind is not None:  # every membership said after "vs" is a side of its own:
            subject = f"versus {number}"  # "the difference between what members pay and non-members pay"
        if kind is None:
            continue
        if other_side:
            sides.add(subject)
        # a later statement about the same people without a count keeps theirs ("2 non-members. the non-members ...")
        people[subject] = 0 if subject in halves else count or people.get(subject, sizes.get(subject, 1))
        previous = statements[number - 1].strip() if number else ""
        if ASKER_ALONE.fullmatch(previous) and subject.startswith("group") and not _BOTH.search(statement):
            people[subject] += 1  # "me and one other are ala members": the asker and the one other
        said_of[subject] = said_of.get(subject, frozenset()) | {kind}
        # an ALA member who is also in a state association is an ALA member; "state, not ALA" is state
        held = said_of[subject] - ({"none"} if "state" in said_of[subject] else set())
        kinds[subject] = min(held or said_of[subject], key=_PRIORITY.index)
    # a group's size said in an aside ("(branch #4, 3 staff, ...)") is not the size of the group asking
    groups, at = [], 0
    while (found_group := _GROUP.search(text, at)) is not None:  # overlapping: "2 of our staff of 5" says both
        groups.append(found_group)
        at = found_group.start() + 1
    # ...and of the sizes said, the whole is the largest: "4 of our staff of 8" is some of the 8
    outside = [g for g in groups if text.count("(", 0, g.start()) <= text.count(")", 0, g.start())]
    group = max(outside, key=lambda g: _count(next(n for n in g.groups() if n)), default=groups[0] if groups else None)
    # people counted ("10 library assistants"), or named with the asker or each other ("me and my coworker", "my
    # boss and 2 coworkers"), not someone a story names alone ("my director says ...")
    found = list(_NAMED_PEOPLE.finditer(text))
    named = [m.group(1) for i, m in enumerate(found)
             if m.group(1) or _WITH_ASKER.search(text[max(0, m.start() - 12):m.start()]) or _ASKER_AFTER.match(text, m.end())
             or (i and _JOINER.fullmatch(text, found[i - 1].end(), m.start()))
             or (i + 1 < len(found) and _JOINER.fullmatch(text, m.end(), found[i + 1].start()))]
    if group is not None:
        total = _count(next(g for g in group.groups() if g))
    elif named:
        total = sum(_count(n) if n else 1 for n in named) + (1 if _ASKER.search(text) else 0)
    for half in halves.intersection(people):
        if total is None or total % 2:
            return (), supposed  # half of a group of unknown or odd size: nothing to count
        people[half] = total // 2
    if "they" in kinds and total is not None:  # "me and two coworkers: I'm a member, they aren't"
        people["they"] = max(1, total - sum(n for s, n in people.items() if s != "they"))
    if "everyone" in kinds:
        excepted = _ALL_BUT.search(text)
        if excepted and total and kinds["everyone"] in _OPPOSITE:  # "everyone except me and Pat is a member"
            apart = 1 + len(re.findall(r"\band\b|&", excepted.group(1)))
            return (Membership(kinds["everyone"], max(0, total - apart)),
                    Membership(_OPPOSITE[kinds["everyone"]], apart)), supposed
        everyone = max(total or 1, 1)
        # "all non-members now, but two are joining ALA before we apply": those two are the other kind
        changed = [Membership(kinds[s], people[s]) for s in kinds
                    if s.startswith("group") and kinds[s] != kinds["everyone"] and s not in sides]
        other_way = {kinds[s] for s in sides} - {kinds["everyone"]}
        if other_way and not changed:  # "between none of us being members and all three of us being members"
            return (Membership(kinds["everyone"], everyone), Membership(other_way.pop(), everyone)), supposed
        rest = everyone - sum(m.people for m in changed)
        if changed and rest > 0:
            return (Membership(kinds["everyone"], rest), *changed), supposed
        return (Membership(kinds["everyone"], everyone),), supposed
    if "asker" in kinds and group is not None and _OF_MINE.search(group[0]) and not _ASKER_AMONG.search(text):
        del kinds["asker"]  # "I am an ALA member and I intend to enroll four of my staff": the four, not me
    if kinds and total and all(s.startswith("versus") for s in kinds):
        # "if 3 of us joined, what would we save vs paying the non-member rate": a way of paying, for the whole group
        return tuple(Membership(kind, total) for kind in dict.fromkeys(kinds.values())), supposed
    said = [Membership(kinds[s], people[s]) for s in kinds]
    given_up = _IF.search(text)
    if not said and given_up and (count := _people(given_up[0])):  # "if 3 of our members let theirs lapse": members now
        said = [Membership("ala", count)]
    if not said and supposed is not None and (total is not None or _ASKER.search(text)):
        return (Membership(_OPPOSITE[supposed], total or 1),), supposed  # "what would I save if I joined ALA"
    if _VERSUS.search(text) and len(said) == 2 and {m.kind for m in said} == {"ala", "none"}:
        # "4 people as ALA members vs as non-members", "non-members than members, for a group of 8": the same
        # people each way
        size = max(m.people for m in said)
        size = total if size == 1 and total else size
        return tuple(Membership(m.kind, size) for m in said), supposed
    counted = sum(m.people for m in said)
    # the groups said apart, not counting those that are some of another ("1 of those members ... lapses")
    separate = [kinds[s] for s in kinds if s not in subsets]
    if said and total is not None and total > counted and len({k == "ala" for k in separate}) == 1:
        said.append(Membership("none" if separate[0] == "ala" else "ala", total - counted))
    return tuple(said), supposed


#: A group of the asker's people ("four of my staff", "my 3 aides"), which the asker is not one of unless they say so
_OF_MINE = re.compile(r"\bof my\b|\bmy (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
_ASKER_AMONG = re.compile(r"\b(?:we|us|me and|and me|and i (?:are|both|all|will|would|want|plan|need|apply|hope)|"
                          r"(?:including|for) (?:me|myself)|me too|i (?:am |will |would )?(?:also )?"
                          r"(?:apply|applying|enroll|enrolling|join|joining) (?:too|as well|with))\b")


_DOLLARS = re.compile(r"\$\s?(\d{1,7}(?:\.\d{1,2})?)\b(?!k\b)|\b(\d{1,7}(?:\.\d{1,2})?) (?:dollars|bucks|usd)\b|"
                      r"(?:\$\s?)?\b(\d{1,4}(?:\.\d)?) ?k\b")  # "$2k", "2k in the budget", "1.5k": thousands
#: What an amount is, by the words around it: the price of a course ("$200 per course", "courses are
#: $150 ea", "6 classes at $100 each"), or a budget ("a $1,300 budget", "budget of $2000")
_COURSE_PRICE_AFTER = re.compile(r"^\s*(?:(?:per|a|an|each|for each|every|/)\s*(?:\w+ )?(?:course|class|set)\b|ea\b|each\b|apiece\b|"
                                 # ...or said of a course as what it costs: "a $180 course", "one $95 online class"
                                 r"(?:\w+ )?(?:course|class)\b(?! (?:fee|fees|budget|money)\b)|"
                                 # ...or said as what it is for: "$240 for my foundations course"
                                 r"for (?:my|the|a|an|one|her|his) (?:[a-z]+ ){0,2}(?:course|class)\b|"
                                 # ...or each of several: "$180 for each of the three courses i still need"
                                 r"(?:for )?each of (?:the|my|your|our|her|his) (?:\w+ )?(?:courses|classes|sets)\b)")
_COURSE_PRICE_BEFORE = re.compile(r"\b(?:tuition|course fee)\s*(?:is|was|of|:)?\s*$|"
                                  r"\b(?:courses?|class(?:es)?)(?: \w+)? (?:are|is|cost|costs|at|@|run|runs|charges?|for|of)"
                                  r"(?: about| around)?\s*$|\b(?:courses?|class(?:es)?)(?: \w+){0,2}(?: ,)? (?:each|ea|apiece)\s*$|"
                                  r"\b(?:courses?|class(?:es)?)\s*:?\s*[\[(]?\s*$|"
                                  # the first of a list of courses, each named: "courses: foundations $150, comm $150"
                                  r"\b(?:courses?|class(?:es)?)\s*:\s*(?:[a-z&]+ ){1,3}(?:-\s*)?$")
#: A price said for each credit, and how many credits a course is: "$95 per credit , each course is 3 credits"
_PER_CREDIT = re.compile(r"\s*(?:per|a|each|/) ?(?:semester |quarter )?(?:credit|cr)(?: hour)?\b")
_CREDITS_A_COURSE = re.compile(rf"\b(?:each|every|a|per) (?:course|class) (?:is|=|has|carries|counts for) {NUMBER} ?-? ?credits?\b|"
                               rf"\b{NUMBER} ?-? ?credit (?:courses|classes)\b")
#: Every course sold at one price: "a six-course lssc bundle for $1,200", "all 6 courses as a package for $1,090"
_BUNDLE = re.compile(r"\b(?:bundle|package)d?(?: deal)?(?: price)?(?: (?:for|of|at|is|costs?))?\s*$|"
                     r"\ball (?:6|six) (?:of (?:the|my) )?(?:lssc )?(?:courses|classes|sets)(?: \w+){0,4} (?:for|at|costs?)\s*$")
_BUNDLE_AFTER = re.compile(r"\s*(?:for )?(?:the |a )?(?:whole |entire )?(?:bundle|package)\b|"
                           r"\s*(?:per person |each |a head )?for the (?:whole|entire|full) (?:set|thing|program|certificate|lot)\b")
#: One course's price, said with one course: "a $140 course", "her first course at $210", "one class for $95" (not a
#: course's price said in general: "a course is around $250")
_ONE_COURSE_BEFORE = re.compile(r"\b(?:(?:a|an|one|her|his|my|their|the) (?:first |single |next |only |one )?"
                                r"(?:[a-z]+ ){0,2}(?:course|class) (?:is |was |will be )?(?:at|for)|"
                                # ...or as what one's own course costs: "my first course is $210"
                                r"(?:her|his|my|their) (?:first |single |next |only |one )?(?:[a-z]+ ){0,2}(?:course|class) "
                                r"(?:is|was|will be|costs?)) (?:about |around )?$")
_ONE_COURSE_AROUND = (re.compile(r"\b(?:a|an|one|her|his|my|their) (?:first |single |next |only )?$"),
                      re.compile(r"^\s*(?:[a-z]+ ){0,2}(?:course|class)\b(?! (?:each|apiece|a piece))"))
#: The courses' price said as their sum: "my courses are $1,200 in all", "the classes cost $900 altogether"
_ALL_COURSES_AFTER = re.compile(r"\s*(?:in all|in total|total|altogether|all together|combined|for (?:all|everything)"
                                r"(?: of them| six| 6)?)\b")
#: The kind of set a course price is for, said after it ("per course for the required sets", "per elective", "for
#: core courses") or before it ("required courses are", "electives run")
_KIND_AFTER = re.compile(r"\s*(?:(?:per|a|an|each|/) (?:\w+ )?(?:course|class|set)s? )?(?:(?:for|on|per|each|a|an) )?"
                         r"(?:the |each |every |all |my )?(?:(required|core|mandatory)|(electives?))\b")
_KIND_BEFORE = re.compile(r"\b(?:(required|core|mandatory)|(electives?))(?: (?:sets?|courses?|class(?:es)?|ones?))?"
                          r"(?: (?:at|through|from|with) (?:my |our |the |a )?[a-z]+(?: [a-z]+)?)? "
                          r"(?:are|is|cost|costs|at|@|run|runs)(?: about| around)?\s*$|"
                          # the second of two kinds, its verb left out: "required sets run $300 each and electives $225"
                          r"(?:\band|,) (?:the )?(?:(required|core)|(electives?))(?: (?:sets?|courses?|class(?:es)?|ones?))?\s*$")
#: A number of courses just before their price: "3 courses at ", "the other 3 at ", "2 classes for "
#: The courses said, then what they cost, further back in the sentence: "the courses i picked through two different
#: providers are $ 95 , ..."
_COURSES_ARE = re.compile(r"\b(?:courses?|class(?:es)?)\b[^.;?!$\d]{0,50}? (?:are|were|cost|costs|run|come to)(?: about| around)?\s*$")
#: The courses named, then a list of their prices after a comma or a question: "two approved courses , $200 and $275",
#: "how much were your courses ? $90 , $110 , ..." (one amount after a comma is not theirs: "3 courses , $350 fee ?")
_COURSES_THEN_LIST = (re.compile(r"\b(?:courses|class(?:es)?)\s*[,?]\s*$"), re.compile(r"\s*(?:,|\+|&|and|, and)\s*\$"))
_PAID_FOR = re.compile(r"\bpaid (?:for )?$")
_GROUP_BEFORE = re.compile(rf"\b(?!an? ){NUMBER} (?:(?:more|other|remaining|last|of them|of (?:the|my|those) (?:courses|classes)) )?"
                           r"(?:courses? |class(?:es)? |electives? |(?:competency )?sets? |required (?:ones? )?|core (?:ones? )?)?"
                           r"(?:at|@|for|cost(?:s|ing)?|x|×|\*|are|were|run) (?:about )?$")
#: People counted with the course each of them takes: "2 of them are doing a $95 course", "the other 2 a $210 course"
_TAKEN_BY = re.compile(rf"\b{NUMBER} (?:of (?:them|us|those) |people |staff )?(?:(?:are |is )?(?:doing|taking|take|do) )?an? $")
_BARE_PRICE = re.compile(r"\b(?:courses?|class(?:es)?)(?: \w+)? (?:(?:are|cost|costs|at|@|run) )?(\d{2,4}(?:\.\d\d)?) "
                         r"(?:each|ea|apiece|per (?:course|class))\b|\b(\d{2,4}(?:\.\d\d)?) (?:per|a|each|/) (?:course|class)\b")
#: What ALA membership itself costs, said with it: "join ala for $75", "dues would be $75", "$75 for membership"
_DUES_BEFORE = re.compile(r"\b(?:dues|membership|join(?:ing)?(?: ala)?)\b[^.;?!$\d]{0,25}?(?:for|costs?|is|are|would be|at|of|=|:)?"
                          r"\s*(?:about |around |only )?$")
_DUES_AFTER = re.compile(r"^\s*(?:a year |per year |/ ?y(?:ea)?r )?(?:for |in |of )?(?:(?:ala|my|the|a) )?(?:ala )?"
                         r"(?:dues|membership|to join)\b")
_BUDGET_AFTER = re.compile(r"^\s*(?:(?:in|from|for) (?:the |our |my )?)?(?:\w+ ){0,2}(?:budget|grant|funds?|funding|allowance|donation|gift|award|"
                           r"line|stipend)\b")  # "a $1,000 staff development line"
#: An amount of another time, said before it: "last year it was $2,500", "it used to be $300"
_ANOTHER_TIME_BEFORE = re.compile(r"\b(?:(?:last|previous|prior) (?:year|fy|fiscal year|time|budget|round)\b[^$.;?!]{0,15}"
                                  r"\b(?:was|were|had)|used to be|back then (?:it )?was)\s*$")
#: What an amount is, said as what it is in: "$300 in courses each", "$450 of course fees"
_IN_COURSES_AFTER = re.compile(r"\s*(?:worth )?(?:in|of|for) (?:course|class|tuition)(?:es|s)?(?: fees| costs)?\b")
#: An amount said to be each person's: "$200 for each of 3 staff", "$100 each", "$50 per person"
_EACH_PERSON_AFTER = re.compile(r"\s*(?:for each|each|apiece|per (?:person|head|staff member|employee)|a (?:person|head))\b")
#: The courses said before, said again for another: "same 3 courses at $275"
_SAME_GROUP = re.compile(r"\b(?:same|also|too)\s*$")
#: Asked whether an amount covers the costs: "will $1,000 cover the courses", "is $800 enough for"
_COVERS_AFTER = re.compile(r"^\s*(?:(?:be )?enough (?:to cover|for)|covers?|pays? for)\b")
_BUDGET_BEFORE = re.compile(r"\bbudget(?:ed)? (?:of|is|for)?\s*(?:only |about |around |roughly |approximately |like |~ ?)?$|"
                            # "the grant line for staff certification is $2,500"
                            r"\b(?:budget|grant|line|funds?|funding|allowance|stipend)(?: (?!is\b)\w+){0,4} (?:is|of|=|:) "
                            r"(?:only |about |around |roughly |approximately |like |~ ?)?$|"
                            r"\b(?:have|has|got|gave (?:us|me)|given|granted|raised|approved|allocated|set aside) "
                            r"(?:only |about |around |roughly |approximately |like |~ ?)?$")
#: Money kept back from a budget, said before it: "keep $200 for materials", "set aside $150"
_RESERVED_BEFORE = re.compile(r"\b(?:keep|kept|set aside|setting aside|reserve|reserving|hold back|put aside|save|saving)\s*"
                              r"(?:about |around |only )?$")
#: Money someone else puts toward the costs, said before it: "a grant that covers $1,000 of it", "the award pays $500",
#: "admin agreed to pick up $100 of my fee"
_PAID_BY_OTHERS = re.compile(r"\b(?:grants?|awards?|scholarships?|stipends?|sponsorships?|funds?|funding|donations?|library|"
                             r"employer|work|job|boss|admin\w*|hr|director|manager|friends|foundation|county|city|district|"
                             r"system|branch|union|they|it)\b[^$.;?]{0,30}?"
                             r"\b(?:covers?|covering|pays?|paying|gives?|giving|provides?|worth|picks? up|picking up|chips? in|"
                             r"contributes?|reimburses?)\s*(?:up to |only |about |around |exactly )?$")
#: Courses already done or paid for, counted against all of them: "finished 2 of the 6", "paid for 3 courses"
_COURSES_DONE = re.compile(rf"\b(?:finished|done|completed|took|taken|paid for|passed)(?: (?:and|&) \w+)?(?: with)? "
                           rf"{NUMBER} (?:of (?:the|my|all) (?:\d+|six)|(?:approved |lssc |required |elective )?(?:courses?|class(?:es)?|sets?))\b|"
                           rf"\b{NUMBER} (?:of (?:the|my|all) (?:\d+|six)|courses?|class(?:es)?|sets?) (?:\w+ )?"
                           r"(?:done|finished|completed|paid for|paid|passed)\b")


#: How many courses cost a price, said after it as a product: "$180 per course x 3", "$95 × 4"
_TIMES_AFTER_PRICE = re.compile(rf"(?:\s*(?:per|a|each|/)\s*(?:course|class))?\s*(?:x|×|\*)\s*{NUMBER}(?!\s*(?:hours?|hrs?|weeks?|%))")
#: The few words just before an amount, which may name the set whose course it is the price of: "foundations ( ",
#: "technology - ", "youth services : "
_NAMED_BEFORE = re.compile(r"((?:[a-z&']+ ){1,4}?)(?:(?:at|for|is|costs?|was|runs?) )?(?:[(:\-\u2013]\s*)?$")


_NAMED_AFTER = re.compile(r"\s*(?:for|on) (?:the |my |a |an )?((?:[a-z&']+ ){0,3}[a-z&']+)")


def _amounts(text: str, names: SetNames) -> tuple[Money, ...]:
    """Every amount of dollars in cleaned text, with what it is; `names` find a set named just before an amount,
    which makes it that set's course price ("foundations ( $275 ) and technology ( $300 )")."""
    found: list[Money] = []
    previous_end = -1
    for m in _DOLLARS.finditer(text):
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 20]
        listed = bool(found) and found[-1].role == "course" and bool(
            _LIST_GAP.fullmatch(text, previous_end, m.start()) or _NAMED_LIST_GAP.fullmatch(text, previous_end, m.start()))
        group = _GROUP_BEFORE.search(before)  # "3 courses at $150, the other 3 at $200": so many at this price
        if found and found[-1].count is not None and _LIST_GAP.fullmatch(text, previous_end, m.start()):
            found[-1] = replace(found[-1], count=None)  # "my four courses cost $100, $120, ...": the count is the list's
        named = _NAMED_BEFORE.search(text, max(0, m.start() - 45), m.start())
        if not (named and names.find(named[1])):  # ...or after it: "$260 for technology"
            named = _NAMED_AFTER.match(text, m.end())
        # ...but not when the price is each course's: "all six courses cost $240 each"
        priced_after = _COURSE_PRICE_AFTER.search(text[m.end():m.end() + 45])
        if (_BUNDLE.search(text, max(0, m.start() - 60), m.start()) and not priced_after) or \
                _BUNDLE_AFTER.match(text, m.end()) or (_ALL_COURSES_AFTER.match(text, m.end()) and (
                    _COURSE_PRICE_BEFORE.search(before) or _COURSES_ARE.search(text, max(0, m.start() - 70), m.start()))):
            found.append(Money(float(m.group(1) or m.group(2) or 0), "bundle"))  # all the courses at one price
            previous_end = m.end()
            continue
        instalments = _INSTALMENTS.match(text, m.end())
        if instalments and _COURSE_WORDS.search(text, max(0, m.start() - 80), m.start()):
            # "my course fees monthly , $45 a month for 8 months": the courses' price, paid in parts
            found.append(Money(float(m.group(1) or m.group(2) or 0) * to_number(instalments[1]), "course", 1.0))
            previous_end = m.end()
            continue
        per_credit = _PER_CREDIT.match(text, m.end())
        credits = _CREDITS_A_COURSE.search(text) if per_credit else None
        if credits:  # "tuition is $95 per credit, each course is 3 credits": each course's price
            found.append(Money(float(m.group(1) or m.group(2) or 0) * to_number(credits[1] or credits[2]), "course"))
            previous_end = m.end()
            continue
        kind = _KIND_AFTER.match(text, m.end(), m.end() + 45) or _KIND_BEFORE.search(text, max(0, m.start() - 60), m.start())
        role = ("fee" if _FEE_AFTER.match(after)  # "+ $350 ala fee": the program's fee, whatever list it is in
                else "other" if group and _PAID_FOR.search(before, 0, group.start())  # "paid for two courses at $300"
                else "dues" if _DUES_BEFORE.search(before) or _DUES_AFTER.match(after)  # "membership would run $45 each"
                else "reserved" if _RESERVED_BEFORE.search(before)  # "we want to keep $200 for course materials"
                else "course" if listed or group or kind or priced_after or _COURSE_PRICE_BEFORE.search(before)
                or _COURSES_ARE.search(text, max(0, m.start() - 70), m.start())
                or (_COURSES_THEN_LIST[0].search(before) and _COURSES_THEN_LIST[1].match(text, m.end()))
                or (named and names.find(named[1]))
                else "paid_for" if _PAID_BY_OTHERS.search(text, max(0, m.start() - 60), m.start())
                else "budget" if _BUDGET_AFTER.search(text[m.end():m.end() + 40])
                or _BUDGET_BEFORE.search(text[max(0, m.start() - 50):m.start()])
                else "other" if _SPENT_ON.match(after) or _SPENT_BEFORE.search(before) or (
                    # ...and so is one named after it in its list: "my car payment is $275 and rent $1,400"
                    found and found[-1].role == "other" and _NAMED_LIST_GAP.fullmatch(text, previous_end, m.start()))
                else "other" if _ANOTHER_TIME_BEFORE.search(before)  # "( last year it was $2,500 )": not this year's
                else "result" if _RESULT_BEFORE.search(before) and ASKED_BACK.match(after) else "")
        value = float(m.group(1) or m.group(2)) if m.group(3) is None else float(m.group(3)) * 1000
        if role == "" and any(f.role == "budget" and f.value == value for f in found):
            role = "budget"  # the budget said again: "... how much of the $1,000 is left?"
        elif role in ("", "paid_for") and _COVERS_AFTER.match(after):
            # asked whether it covers the costs, it is what they are held against: "will $1,000 cover the courses ...?"
            # (and so is the same sum said before: "she'll reimburse up to $1,000")
            role = "budget"
            found = [replace(f, role="budget") if f.value == value and f.role in ("paid_for", "") else f for f in found]
        if group and _SAME_GROUP.search(before, 0, group.start()) and any(
                f.value == value and f.count == to_number(group[1]) and f.role == "course" for f in found):
            previous_end = m.end()
            continue  # "me ( 3 courses at $275 ) and my coworker ( same 3 courses at $275 )": each one's, said once
        if role == "paid_for" and _EACH_PERSON_AFTER.match(after):
            found.append(Money(value, role, kind="each"))  # "covers $200 for each of 3 staff": each person's share
            previous_end = m.end()
            continue
        taken_by = _TAKEN_BY.search(before) if role == "course" else None
        # a set's own price ("the foundations course at $240") is one course's
        if role == "" and _IN_COURSES_AFTER.match(after):
            role = "course"  # "$300 in courses each": what the courses come to
        one_set = role == "course" and not group and (_IN_COURSES_AFTER.match(after) is not None or bool(named and names.find(named[1])) or bool(
            _ONE_COURSE_BEFORE.search(before) or (_ONE_COURSE_AROUND[0].search(before) and _ONE_COURSE_AROUND[1].match(after))))
        times = _TIMES_AFTER_PRICE.match(text, m.end()) if role == "course" and not group else None
        found.append(Money(value, role,
                           to_number(group[1]) if group else to_number(times[1]) if times else 1.0 if one_set else None,
                           ("required" if any(kind.groups()[0::2]) else "elective") if kind and not group else "",
                           to_number(taken_by[1]) if taken_by else None))
        previous_end = m.end()
    if not found:  # a course's price said without its dollar sign: "6 courses at 150 each", "120 per course"
        found = [Money(float(m.group(1) or m.group(2)), "course") for m in _BARE_PRICE.finditer(text)]
    return tuple(found)


#: An amount paid by the month for so many months: "$45 a month for 8 months", "$60 / mo over 6 months"
_INSTALMENTS = re.compile(rf"\s*(?:a|per|each|every|/) ?(?:month|mo)\s*(?:for|over|x|times)\s*{NUMBER}\s*(?:months?|mos?|payments?)\b")
_COURSE_WORDS = re.compile(r"\b(?:courses?|class(?:es)?|tuition)\b")
#: The program's own fee named just after an amount: "$350 ala fee", "$325 application fee"
_FEE_AFTER = re.compile(r"\s*(?:(?:ala|apa|lssc|app|application|enrollment|certification) )+fees?\b")
#: What the program's or a course's money is said to be for, and so money for something else is not
_OURS = (r"(?:lssc|clss|ala|apa|fee|fees|application|enroll\w*|courses?|class(?:es)?|membership|dues|sets?|competenc\w*|"
         r"cert\w*|renew\w*|program\w*|tuition|it|that|this|each|all|both|us|them|me|you|him|her|non|members?|"
         r"nonmembers?|people|persons?|everyone|staff)")
#: Before a sum the asker worked out, asked back after it (`ASKED_BACK`): "so we would owe $ 700 together , right ?"
_RESULT_BEFORE = re.compile(r"(?:\bso\b[^.?!;]{0,25}|=\s*|\b(?:owe|comes? to|total(?: of)?|makes?)\s*)\$?\s*$")
#: Money for something else, said after it or before it: "$42 for parking", "$6.50 on a latte", "lunch was $12.50"
_SPENT_ON = re.compile(rf"\s*(?:for|on) (?:a |an |the |my |our )?(?!{_OURS}\b)[a-z]+|"
                       # ...or named right after it, an everyday thing: "a $45 parking ticket", "$12 lunch"
                       r"\s*(?:[a-z]+ )?(?:parking|tickets?|fines?|lunch|dinner|breakfast|coffee|lattes?|snacks?|gas|"
                       r"hotel|uber|lyft|taxi|cab|flights?|airfare|shirts?|mugs?|totes?|raffle|donations?|gifts?|pizza|"
                       r"phone|bills?|parking)\b|"
                       # ...or paid by the month or week, a living cost: "daycare ( $1,100 a month ! ! )"
                       r"\s*(?:a|per|each|every|/) ?(?:month|mo|week|wk)\b")
#: ...or said to be its price before it: "lunch was $12", "my car payment is $275", "rent went up to $1,100" (not a sum or a price of ours: "the
#: total is $700", "the discount is $25", nor a part of a budget: "our budget line is $3,000")
_SPENT_BEFORE = re.compile(rf"(?<!budget )\b(?!{_OURS}\b)(?!(?:total|sum|price|amount|charge|bill|quote|answer|difference|savings?|"
                           r"discount|balance|rate|cost)\b)[a-z]+ (?:was|were|cost|costs|is|are|(?:is|was) now|(?:went|goes|go|has gone) (?:up|down) to|"
                           r"(?:rose|jumped|increased|climbed|dropped) to)\s*$|"
                           # ...a household bill, which a bill of ours is not: "my phone bill is $90"
                           r"\b(?:phone|electric|electricity|water|gas|cable|internet|power|utility|utilities|medical|vet|grocery|"
                           r"credit card|hospital) bills? (?:was|were|is|are|came to|comes to)\s*$")
#: Between amounts listed one after another: "$95, $110 and $140", "$95 + $95"
_LIST_GAP = re.compile(r"\s*(?:,|\+|&|and|, and)\s*")
#: ...or each with the name of its course before it: "foundations $150, comm $150, tech - $175"
_NAMED_LIST_GAP = re.compile(r"\s*(?:,|\+|&|and|, and)\s*(?:plus )?(?:[a-z&]+ ){1,3}(?:-\s*)?")


#: A part of the fee paid by someone else: "my library pays half", "the award covers 50%", "they reimburse a third"
_COVERED = re.compile(r"\bsplit (?:evenly|equally|in half|50 ?/ ?50|down the middle)\b(?! (?:between|among) (?:three|four|3|4)\b)|"
                      r"\b(?:pays?|paying|paid|covers?|covering|covered|reimburses?|reimbursing|picks? up|chips? in)"
                      r"(?: for)? (?:exactly |only |just |about )?(?:(half)\b|(\d{1,3}) ?(?:%|percent\b)|a (third|quarter|fourth)\b)")
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25}


#: What a share paid by someone else is of, said after it: "half of my course costs", "half the tuition", "50% of
#: everything"; the fee left out ("but not the certification fee") leaves the courses
_COVERED_COURSES = re.compile(r"^(?: of)?(?: the| my| our)? (?:courses?|class(?:es)?|tuition)\b|"
                              r"^[^.;?!]{0,40}\bbut not (?:the )?(?:ala |lssc |certification |application |ala apa )?fee\b")
_COVERED_ALL = re.compile(r"^(?: of)? (?:everything|it all|all of it|the (?:whole|full|total) (?:cost|thing|amount)|"
                          r"the (?:grand )?total)\b")


def _covered_of(text: str) -> str:
    found = _COVERED.search(text) or _COVERED_WHOLE.search(text)
    if found is None:
        return "fee"
    if found.re is _COVERED_WHOLE:
        return "fee" if found[0].endswith("fee") else "courses"
    if found[0].startswith("split"):
        return "all"
    after = text[found.end():]
    return "courses" if _COVERED_COURSES.search(after) else "all" if _COVERED_ALL.search(after) else "fee"


#: All of the fee or of the courses paid by someone else: "the state library covers the application fee"
#: (the asker paying is no one else: "i am paying the lssc fee this week")
_COVERED_WHOLE = re.compile(r"(?<!\bi am )(?<!\bwe are )(?<!\bi will be )(?<!\bi )(?<!\bwe )(?<!\bi will )(?<!\d )"  # "$1,000 cover"
                            r"\b(?:pays?|paying|covers?|covering|reimburses?|picks? up)(?: for)? (?:all of )?(?:the |my |our )?"
                            r"(?:(?:ala |lssc |application |certification |enrollment )+fee|(?:cost of the )?courses|tuition)\b")


def _covered(text: str) -> float | None:
    found = _COVERED.search(text)
    if found is None:
        return 1.0 if _COVERED_WHOLE.search(text) else None
    if found[0].startswith("split"):  # "the fees get split evenly between the training budget and a grant"
        return 0.5
    share = _FRACTIONS[found[1] or found[3]] if found[2] is None else int(found[2]) / 100
    return share if 0 < share <= 1 else None


#: Courses or sets still to do, counted: "4 courses left", "3 more sets to go"
#: Money left, in a budget, which asks no sets left: "our budget line has $ 500 left"
_MONEY_LEFT = re.compile(r"\$ ?\d[\d,.]* (?:left|remaining)\b")
_COURSES_LEFT = re.compile(rf"\b{NUMBER} (?:more )?(?:competency )?(?:sets?|courses?|class(?:es)?) (?:left|to go|remaining)\b|"
                           rf"\b(?:remaining|other|last) {NUMBER} (?:sets?|courses?|class(?:es)?)\b|"
                           rf"\b{NUMBER} (?:remaining|outstanding) (?:sets?|courses?|class(?:es)?)\b|"
                           # "i need four of them", "we still have to take 3 more courses"
                           rf"\b(?:i|we|she|he|they) (?:still )?(?:need|have) to (?:take|do) {NUMBER} (?:more )?"
                           r"(?:of them|courses?|class(?:es)?|sets?)\b|"
                           rf"\b(?:i|we|she|he|they) (?:still |only )?need {NUMBER} (?:more(?= (?:at|@|for|costing)\b)|"
                           r"(?:more )?(?:of them|courses?|class(?:es)?|sets?)\b)")
#: The ALA fee paid already: "already paid the ala fee", "ala fee already paid", "paid ala $350"
_FEE_PAID = re.compile(r"(?<!not )(?<!not yet )(?<!never )(?<!neither of us has )(?<!neither of us have )(?<!none of us have )"
                       r"(?<!nobody has )(?<!no one has )\b(?:already )?paid (?:the )?(?:ala(?: apa)?|application|lssc)(?: fee)?\b|"
                       r"\b(?:ala(?: apa)?|application|lssc) fee (?:is |was |has been )?(?:already )?paid\b")


def _fee_paid(text: str, program: Program) -> bool:
    """The ALA fee said paid already: "already paid the ala fee", or the fee's own amount said paid ("i paid $325 as an
    ala member")."""
    fees = f"{program.fees.member:g}|{program.fees.non_member:g}"
    return bool(_FEE_PAID.search(text) or re.search(rf"(?<!not )(?<!never )\bpaid (?:the |my )?\$ ?(?:{fees})\b(?! (?:for|on) )", text))


#: A count of courses: "3 courses", "4 lssc courses", "2 approved courses", "3 new courses", "one $180 course" (not "a
#: course", nor the price of one: "a $180 course")
_COURSE_COUNT = re.compile(rf"(?<!\$ )(?<!\$)\b(?!an? ){NUMBER} (?:\$ ?\d+(?:\.\d\d)? )?(?:(?:new|more|other|lssc|approved|existing|current|of our|of my)\s+)*"
                           r"(?:courses?|classes|workshops?|trainings?)\b")
_RENEWING = re.compile(r"\brenew\w*\b")


def _course_counts(text: str) -> tuple[tuple[float, bool], ...]:
    """Each count of courses, and whether what is said of it up to the next count or the clause's end renews them."""
    counts = [c for c in _COURSE_COUNT.finditer(text) if not _SAME_GROUP.search(text, 0, c.start())]  # not "same 3 courses"
    ends = [c.start() for c in counts[1:]] + [len(text)]
    return tuple((to_number(c[1]), bool(_RENEWING.search(re.split(r"[.;?!]", text[c.end():end])[0])))
                 for c, end in zip(counts, ends))


def _courses_left(text: str) -> int | None:
    found = _COURSES_LEFT.search(text)
    return int(to_number(next(g for g in found.groups() if g))) if found else None


def _courses_done(text: str) -> int | None:
    found = _COURSES_DONE.search(text)
    return int(to_number(found.group(1) or found.group(2))) if found else None


_AIMED = AIMED.compiled()
_HELD_AFTER = HELD_AFTER.compiled()
#: An amount aimed at, said after it: "32 hours needed", "1,820 hours required"
_AIMED_AFTER = re.compile(r"\s*(?:needed|required|minimum|to renew|for renewal)\b")
#: ...unless the asker says they have it: "i have 34 contact hours for renewal"
_HAVE_BEFORE = re.compile(r"\b(?:i|we|she|he)(?: already)? (?:have|has|had|got|earned|logged|collected)(?: (?:about|around|only|just))?\s*$")
_ASKING = ASKING.compiled()
#: A sentence reporting what someone else thinks or said: "someone on my team thinks we pay $350 for every set"
_CLAIM_SENTENCE = re.compile(r"[^.;!?]*\b(?:thinks?|thought|says?|said|told|claims?|heard|reckons?|believes?)\b[^.;!?]*")
#: How many times an activity was done, said just before its length: "3 webinars of 90 minutes",
#: "3 x 90 minutes", "8 webinars x 2 hours", "two 90 minute sessions", "4 webinars, 1.5 hours each"
_TIMES_BEFORE = re.compile(rf"\b{NUMBER}\s*(?:{ACTIVITY.pattern}\s*)?(?:x|×|times|\*)\s*$|"
                           # not a month of a date: "2024 - 03 webinar 45 min"
                           # ...nor a year: "2026 webinar 1 hr" in a dated log
                           rf"(?<!\d - )(?<!\d-)(?<!\d / )\b(?!(?:19|20)\d\d\b){NUMBER} (?:(?!(?:hours?|hrs?|h|minutes?|mins?)\b)\w+ ){{0,2}}"
                           rf"{ACTIVITY.pattern}(?: ?,)? \(?\s*"
                           r"(?:of|at|lasting|for|that (?:were|are|was)|each)?\s*"
                           r"(?:(?:about|around|roughly) )?$|"
                           # "four 1 hour webinars", "four separate 1 hour webinars": a word may qualify the count
                           # (nor a year: "spring 2024 a 3-credit course", "2026 three 2-hr webinars")
                           rf"\b(?!(?:19|20)\d\d\b){NUMBER}(?: (?!(?:and|or|plus|of|to|by|in|on|at|x|hours?|hrs?|h|minutes?|mins?|days?|"
                           r"credits?|weeks?|years?|months?)\b)[a-z]+)?\s*$|"
                           # the sessions' topic between them and their length: "3 webinars on technology of 60 minutes"
                           # ...nor a year: "2026 webinar 1 hr" in a dated log
                           rf"(?<!\d - )(?<!\d-)(?<!\d / )\b(?!(?:19|20)\d\d\b){NUMBER} (?:(?!(?:hours?|hrs?|h|minutes?|mins?)\b)\w+ ){{0,2}}"
                           rf"{ACTIVITY.pattern} (?:on|about|in|for|covering) (?:[a-z]+ ){{1,3}}?(?:of|lasting|each)\s*$|"
                           # ...but a count of sessions after a year's dash, said plural, is one: "2026 - 3 webinars , 1
                           # hour each" (not a month: "2024 - 03 webinar")
                           r"(?<=\d - )(?!0)(\d{1,2}) (?:[a-z]+ ){0,2}?(?:webinars|workshops|sessions|classes|courses|"
                           r"trainings|talks|meetings|modules|videos|lectures|seminars|presentations)(?: ?,)? \(?\s*"
                           r"(?:of|at|lasting|for|each)?\s*$")
#: Part of an amount: "2 of the 3 days of the conference" is 2 days
_PART_OF = re.compile(rf"\b{NUMBER} of (?:the|those|its|our|my) $")
#: ...and the number of the unit is the length of each one: "...90 minutes each", "90 minute sessions", "a 5 hour full
#: day tech workshop"
_EACH_AFTER = re.compile(rf"^(?:\s*each|\s*(?:of )?(?:(?!(?:a|per|every|weeks?|wk|months?|years?)\b)\w+ ){{0,3}}{ACTIVITY.pattern}|"
                         r"\s*a piece|\s*apiece)\b")


#: Words that make the amount after them a description of amounts said, not another: "(each over an hour)", "a
#: 40-minute session i counted as an hour"
#: How long a day of something lasted, said just after it: "a half day that ran 3 hours", "1 day , which lasted 4 hrs"
_LASTED = re.compile(rf"\s*(?:[a-z]+ ){{0,3}}?,? ?(?:that|which|and it) (?:only )?(?:ran|lasted|went|was)(?: for)? (?:about |only |just )?"
                     rf"{NUMBER}\s*(?:hours?|hrs?|h)\b")
_DESCRIBED = re.compile(r"(?:\beach\b[^,.;()]{0,20}?\b(?:over|under|at least|more than|less than|longer than|shorter than|"
                        r"above|below)|\b(?:counted|logged|entered) (?:it |that |them )?as)\s*$")


def _quantities(text: str) -> tuple[Quantity, ...]:
    """Every number with a unit in cleaned text, each span read once, in the order of `lexicon.UNITS`."""
    found: list[Quantity] = []
    for unit, pattern in AMOUNTS.items():
        for m in pattern.finditer(text):
            if any(q.start <= m.start() < q.end or m.start() <= q.start < m.end() for q in found):
                continue
            if text[max(0, m.start() - 2):m.start()].strip() == "$":
                continue  # "$ 1100 this year": dollars, never an amount of time or work
            if unit == "day" and _LASTED.match(text, m.end()):
                continue  # "a half day that ran 3 hours": the hours it lasted count, not a day of six
            if _DESCRIBED.search(text, max(0, m.start() - 40), m.start()):
                continue  # "(each over an hour)", "i counted as an hour": what an amount is, not one more
            times, activity = _times(text, m)
            part_of = _PART_OF.search(text, max(0, m.start() - 20), m.start())  # "2 of the 3 days": 2 days
            found.append(Quantity(to_number(part_of.group(1) if part_of else m.group(1)), unit, m.start(), m.end(), times,
                                  bool((_AIMED.search(text, 0, m.start())
                                        or (_AIMED_AFTER.match(text, m.end()) and not _HAVE_BEFORE.search(text, 0, m.start())))
                                       and not _HELD_AFTER.match(text[m.end():])), activity,
                                  _whose(text, m.start())))
    return tuple(sorted(found, key=lambda q: q.start))


#: A count of everyone spoken of: "total for all 8", "all 3 of us"
_ALL_OF = re.compile(r"\ball (\d{1,3})\b")


#: A number that names a thing, and counts nothing: "ticket # 5120", "case 2291", "3d printer"
_IDENTIFIER = re.compile(r"\b(?:ticket|case|request|req|ref|id|order|invoice|room|branch)\s*(?:#|no\b\.?|number)?\s*\d+(?: of \d+)?|"
                         r"#\s*\d+|\b3d\b|\b3 d (?=print)")
#: A day of a month, with no year, which counts nothing: "jan 9 - webinar", "mar 5 - 7 national conference"
_MONTH_DAY = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? \d{{1,2}}(?:st|nd|rd|th)?"
                        r"(?: ?- ?\d{1,2}(?:st|nd|rd|th)?)?\b(?! ?(?:,|-)? ?(?:19|20)\d\d)")


def _placed(text: str, quantities: tuple[Quantity, ...], today: date,
            cues: frozenset[str] = frozenset()) -> tuple[tuple[int, int], ...]:
    """Where the numbers the reading gives a role are: an amount with its unit (and its count of times:
    "3 x 90 minutes", or its part: "2 of the 3 days"), a date, dollars and how many courses cost them, a share of the
    fee ("pays 50%"), or a count of people ("2 of us", "me and 3 coworkers", "all 8"); and, when a claim is asked
    back, the sentences that report it ("she thinks it is $350 per set, so 6 x 350 ..."): the claim's numbers, as are
    those of the fee believed paid per set ("so 6 x 325 ?")."""
    spans = [(q.start, q.end) for q in quantities]
    if "claim_asked" in cues:
        spans += [m.span() for m in _CLAIM_SENTENCE.finditer(text)]
    if "per_set" in cues:
        spans += [m.span() for m in COMPILED["per_set"].finditer(text)]
    spans += [m.span() for q in quantities for pattern in (_TIMES_BEFORE, _PART_OF)
              if (m := pattern.search(text, max(0, q.start - 40), q.start)) and (q.times != 1 or pattern is _PART_OF)]
    spans += date_spans(text, today) + [m.span() for pattern in (_DOLLARS, _COVERED, _MONTH_DAY, _IDENTIFIER)
                                        for m in pattern.finditer(text)]
    spans += [m.span(group) for pattern in (_PEOPLE, _GROUP, _NAMED_PEOPLE, _ALL_OF) for m in pattern.finditer(text)
              for group in range(1, pattern.groups + 1) if m.group(group)]
    spans += [g.span(1) for m in _DOLLARS.finditer(text)  # how many courses cost it: "the other 3 at $200", or how
              for pattern in (_GROUP_BEFORE, _TAKEN_BY)    # many people take one: "2 of them are doing a $95 course"
              if (g := pattern.search(text, max(0, m.start() - 30), m.start()))]
    return tuple(sorted(spans))


#: An activity done again each week (or month, or day) for so many of them, said after its length: "a 1 hour online
#: tech class every week for 6 weeks", "2 hr workshop weekly for 4 weeks"
#: ...or its length said first, as what met that often: "a 6 week online course that met 90 minutes once a week"
_LASTING_BEFORE = re.compile(rf"\b{NUMBER} ?-? ?(week|month|day) (?:[a-z]+ ){{0,3}}?(?:courses?|class(?:es)?|series|programs?|"
                             r"workshops?|trainings?|seminars?|bootcamps?|institutes?) (?:that |which )?(?:met|meets|ran|runs|was|were)"
                             r"(?: for)?\s*$")
_EVERY_AFTER = re.compile(r"\s*,? ?(?:(?:once a|every|each|a|per) (week|month|day)|(week|month|dai)ly)\b")
_RECURRING = re.compile(rf"\s*(?:[a-z]+ ){{0,4}}?(?:(?:every|each|once a|a|per) (week|month|day)|(week|month|dai)ly),? "
                        rf"for (?:the (?:next|last|past) )?{NUMBER} (week|month|day)s?\b")


def _times(text: str, m: re.Match[str]) -> tuple[float, bool]:
    """How many times the amount `m` was done (1 unless a count of sessions goes with it, so many more when it recurs
    for so many weeks), and whether it is the length of an activity."""
    times, activity = _sessions(text, m)
    recurring = _RECURRING.match(text, m.end())
    if recurring and (recurring[1] or recurring[2]).replace("dai", "day") == recurring[4]:
        return times * to_number(recurring[3]), True
    lasting = _LASTING_BEFORE.search(text, max(0, m.start() - 70), m.start())
    every = _EVERY_AFTER.match(text, m.end())
    if lasting and every and lasting[2] == (every[1] or every[2]).replace("dai", "day"):
        return times * to_number(lasting[1]), True  # "a 6-week course that met 90 minutes once a week": 6 times
    return times, activity


#: A count of sessions with their length in brackets between it and them: "two half day ( 3 hr ) workshops"
_COUNT_THEN_BRACKET = re.compile(rf"\b{NUMBER} (?:[a-z]+ ){{0,2}}\(\s*$")
_BRACKET_THEN_ACTIVITY = re.compile(rf"\s*(?:each\s*)?\)\s*(?:[a-z]+ )?{ACTIVITY.pattern}\b")


def _sessions(text: str, m: re.Match[str]) -> tuple[float, bool]:
    """How many sessions the amount `m` is the length of each of (1 unless a count of sessions goes with it), and
    whether it is the length of an activity."""
    each = bool(_EACH_AFTER.search(text[m.end():]))
    before = _TIMES_BEFORE.search(text, max(0, m.start() - 40), m.start())
    bracketed = _COUNT_THEN_BRACKET.search(text, max(0, m.start() - 40), m.start())
    if before is None and bracketed and _BRACKET_THEN_ACTIVITY.match(text, m.end()):
        return to_number(bracketed[1]), True  # "two half day ( 3 hr ) workshops": two of them, 3 hours each
    if before is None:
        return 1, each
    number = next(g for g in before.groups() if g is not None)
    if before.group(3) is not None and not each:  # "two 90 minute" needs "sessions" after it
        return 1, False
    return to_number(number), True
