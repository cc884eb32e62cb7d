"""Which numbers of a message a calculation did not read.

A calculation is only as good as its reading of the message's amounts. When a number is left
without a role ("26 sessions", "x3", "12 of those were leave", "45% FTE"), the figures worked out
from the rest may answer another question than the one asked, and a confident wrong total costs
a person more than being asked back. `unread` lists such numbers, and the answer then says which
it could not place instead of stating a figure as sure (`answer.check_back`).

A number has been read when the reading gave it a role (`Reading.placed`: an amount with its
unit, a date, dollars, a count of people), when the calculation's facts hold its value (an amount
a calculator read itself: "I have 1,250"), when it counts sets or courses, numbers an item of a
list, is an identifier, is one of the calculator's own rule figures said back ("am I at 32 yet?"), or is the asker's
own arithmetic on the others, said as a result or asked back ("so 875 total?").
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from ..knowledge import Program
from .lexicon import ACTIVITY, ASKED_BACK, CONFERENCE, PEOPLE, PERSON, UNITS
from .reading import Reading
from .rules.calculation import Calculation

#: The calculations whose figures are worked out from amounts the message gives.
FROM_AMOUNTS = frozenset({"eligibility", "fee", "contact-hours"})

#: A number in cleaned text ("1820", "1.5", the 3 of "x3"); not an ordinal ("5th"), nor part of a longer
#: one or of a word ("fy24")
_NUMBER = re.compile(r"(?<![\d.,a-wyz])\d+(?:\.\d+)?(?![\d.,]?\d)(?!(?:st|nd|rd|th)\b)")
#: Counts of sets or courses ("2 electives", "all 6 courses", "3/6", "2 of the 6"), read by the sets reader
_SET_COUNT = re.compile(r"\b\d{1,2} (?:\w+ )?(?:sets?|courses?|class(?:es)?|electives?|required|core|competenc\w*)\b|"
                        r"\b\d{1,2} ?/ ?\d{1,2}\b|\bof (?:the|my|all) \d{1,2}\b")
#: What the calculations count, said after a number in the plural: units, activities, people, sets, money, periods
_COUNTED = (rf"(?:{'|'.join(e.pattern for e in UNITS.values())}|{ACTIVITY.pattern}|{CONFERENCE.pattern[2:-2]}|{PEOPLE}|"
            r"times|ones|others|sets|courses|classes|electives|credits|units|shifts|nights|evenings|mornings|weekends|"
            r"saturdays|sundays|semesters|terms|quarters|seasons|summers|periods|paychecks|checks|dollars|bucks|members|"
            r"memberships|fees|applications|enrollments|jobs|positions|libraries|employers|gigs|branches|days|hours|"
            r"weeks|months|years|minutes|hrs|mins|wks|yrs|mos|more|less|extra|additional|remaining|left)\b")
#: Numbers that name, not count: an item's number in a list ("1 ) foundations", "; 3 . youth"), a person's
#: ("coworker 2 :"), a phone or account number in parts ("1-800-555-1820"), or a person's age
_LABEL = re.compile(rf"(?:^|[;(] ?|\s)\d{{1,2}} ?\)|(?:^|; )\d{{1,2}} \.(?!\d)|\b{PERSON} \d{{1,2}}\b|"
                    r"\b\d+(?: ?- ?\d+){2,}\b|"
                    # a phone extension, badge, branch, desk or room, a course's code: "ext 118", "branch 7", "LIB 110"
                    r"\b(?:ext|extension|badge|branch|desk|room|station|id|employee|staff|floor|suite|apt|apartment|unit|box|no|"
                    r"number|bus|route|line|exit|gate|part|module|level|chapter|volume|vol)\s*\.?\s*#?\s*\d+[a-z]?\b|"
                    # ...or said first: "the 42 bus"
                    r"\bthe \d+ (?:bus|train)\b|"
                    # a signature's contact details: a phone number "(915) 555-0162", a street address "4521 calle luna",
                    # "2200 river rd"; a time of day: "the 2pm program", "at 10:30"
                    r"\( ?\d{3} ?\) ?\d{3} ?[-.]? ?\d{4}\b|\b\d{1,5} (?:calle|avenida|rue|route|rte)(?: \d+)?\b|\b(?:route|rte|box) \d+\b|"
                    # a share of full time ("a 0.5 FTE position"), and counts of what a library serves ("~80 kids at
                    # storytime", "400 books a day"), which no calculation takes
                    rf"\b\d{{1,5}} (?:new )?(?:{PEOPLE}|hires)\b|"  # the people a list goes on to name: "our 3 new hires: ana ..."
                    r"\b\d*\.\d+ ?fte\b|\b\d+ (?:patrons?|kids|children|books|items|visitors|attendees|customers|"
                    r"computers|copies|titles|people a day)\b|"
                    r"\b\d{1,5} (?:[a-z]+ ){1,3}(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|ln|lane|way|ct|court|"
                    r"pl|place|hwy|highway|pkwy|parkway)\b|"
                    r"\b\d{1,2}(?: ?: ?\d{2})? ?(?:am|pm|a \. m|p \. m|o'?clock)\b|\b\d{1,2} ?: ?\d{2}\b|"
                    r"\b(?:lib|lis|libr|lbr|lta|lst)\s?-?\s?\d{3}\b|#\s?(?:[a-z]+\s?-?\s?)?\d+\b|"
                    # the asker's guess at how far along they are, which the calculation checks: "75 % of the way there"
                    r"\b\d{1,3}(?:\.\d+)? ?% (?:of the way|done|there|through|complete\w*|finished)\b|"
                    # a person's age: "is 17 and", "17 years old", "aged 19"
                    # ...or said with its verb dropped in cleaning: "he's 19:" is "he 19 :"
                    r"\b(?:is|am|aged?|turned|turning|he|she) \d{1,2}(?= (?:and|but|so)\b| ?[,.;(:]|$)|"
                    r"\bat (?:age )?\d{1,2}(?= (?:after|when|because|once)\b)|\bat age \d{1,2}\b|"  # "went back to school at 30 after"
                    r"\b\d{1,2} (?:years? old|yo|y / o)\b|\bages? \d{1,2}(?: ?(?:,|and|&) ?(?:and )?\d{1,2})*\b|"  # "ages 4 , 9 , 13"
                    rf"\b{PEOPLE} (?:are|were) \d{{1,2}}(?: and \d{{1,2}})?\b|"  # "my kids are 8 and 11"
                    rf"\b{PEOPLE} \( ?\d{{1,2}}(?: ?(?:,|and|&) ?\d{{1,2}})* ?\)")  # "three kids ( 12 , 15 and 19 )"
#: A count of other things, which no calculation takes: "our branch has 3 floors", "2 cats" (not a misspelt unit:
#: "18 monthss", nor a shorthand: "4 tens")
_OTHER_COUNT = re.compile(rf"\b\d+ (?!{_COUNTED})([a-z]{{4,}}s)\b")
_COUNTED_WORDS = tuple(w for w in re.findall(r"[a-z]{4,}", _COUNTED))
_LIKE_COUNTED = 85
#: How many places work is split over ("2 library jobs", "three part time positions"), which no eligibility reckoning takes
#: (but a fee's may: "12 branches, 1 person from each")
_PLACES = re.compile(r"\b\d{1,2} (?:(?:library|part ?-? ?time|full ?-? ?time|pt|ft|different|separate|paid|volunteer) ){0,2}"
                     r"(?:jobs?|positions?|libraries|employers|gigs)\b")
#: A range's first number, whose second has a role ("15-20 hrs/wk", "2 or 3 webinars"), or its second,
#: whose first has one ("2023-24")
_RANGE_START = re.compile(r"\s?(?:-|to|or) ?(?=\d)")
_RANGE_END = re.compile(r"(?<![\d.])\d+\s?(?:-|to|or) ?$")
#: Just before a result the asker worked out: "= 18", "is 550", "so 875", "we would owe 700"
_RESULT_BEFORE = re.compile(r"(?:=|(?<!there )\b(?:is|are)|\b(?:makes?|comes? to|equals?|so|owe|pay|total(?: of)?))\s*\$?\s*$")

#: Just before a rule's minimum said back: "at least 4 in tech"
_MINIMUM_BEFORE = re.compile(r"\b(?:at least|minimum(?: of)?|min|a min of|needs?|requires?)\s*$")

#: No amount anyone means has this many digits with no unit said: a zip code, a membership or phone number
_IDENTIFIER_DIGITS = 5


def unread(program: Program, reading: Reading, calculation: Calculation) -> tuple[str, ...]:
    """The numbers of the message that neither the reading nor `calculation` gave a role, in order;
    empty for a calculation not worked out from the message's amounts."""
    if calculation.topic not in FROM_AMOUNTS:
        return ()
    text = reading.text
    labels = (_SET_COUNT, _LABEL, _PLACES) if calculation.topic == "eligibility" else (_SET_COUNT, _LABEL)
    spans = [*reading.placed, *(m.span() for pattern in labels for m in pattern.finditer(text)),
             *(m.span() for m in _OTHER_COUNT.finditer(text)
               if process.extractOne(m[1], _COUNTED_WORDS, scorer=fuzz.ratio, score_cutoff=_LIKE_COUNTED) is None)]
    known = set(_values(calculation.facts)) | _rule_figures(program)
    known |= {float(m.people) for m in reading.memberships} | {float(sum(m.people for m in reading.memberships))}

    def has_role(at: int) -> bool:
        return any(start <= at < end for start, end in spans)

    found = []
    for number in _NUMBER.finditer(text):
        if has_role(number.start()) or len(number[0]) >= _IDENTIFIER_DIGITS or round(float(number[0]), 2) in known:
            continue
        if (round(float(number[0]), 2) == program.renewal.technology_hours
                and _MINIMUM_BEFORE.search(text, max(0, number.start() - 20), number.start())):
            continue  # the rule said back: "32 contact hours, at least 4 in technology"
        if ((_RESULT_BEFORE.search(text, max(0, number.start() - 12), number.start()) or ASKED_BACK.match(text, number.end()))
                and round(float(number[0]), 2) in _worked_out(known, text, round(float(number[0]), 2))):
            continue
        after = _RANGE_START.match(text, number.end())
        before = _RANGE_END.search(text, max(0, number.start() - 12), number.start())
        if not (after and has_role(after.end())) and not (before and has_role(before.start())):
            found.append(number[0])
    return tuple(found)


def _worked_out(known: set[float], text: str, checked: float) -> set[float]:
    """What the asker may have worked out from the figures read and the message's other numbers ("350 x 6 sets = 2100",
    "325 + 5 courses at 110 is 875"): a sum or product of two, plus one more. Said as a result, or asked back, such a
    number is the asker's arithmetic, which the calculation's own figures answer. The `checked` value itself, wherever
    said, is no operand."""
    base = (known | {round(float(n[0]), 2) for n in _NUMBER.finditer(text)}) - {checked}
    once = {round(a * b, 2) for a in base for b in base} | {round(a + b, 2) for a in base for b in base}
    return once | {round(a + b, 2) for a in once for b in base}


def _rule_figures(program: Program) -> set[float]:
    """The figures a person quotes back when asking about them: the fees, the hours required."""
    fees = program.fees
    return {float(fees.member), float(fees.non_member), float(fees.non_member - fees.member),
            float(program.eligibility.experience_hours), float(program.renewal.contact_hours)}


def _values(facts: object) -> Iterator[float]:
    """Every number a calculation's facts hold, however deep."""
    if isinstance(facts, bool):
        return
    if isinstance(facts, (int, float)):
        yield round(float(facts), 2)
    elif dataclasses.is_dataclass(facts) and not isinstance(facts, type):
        for field in dataclasses.fields(facts):
            yield from _values(getattr(facts, field.name))
    elif isinstance(facts, tuple):
        for item in facts:
            yield from _values(item)


def unread_by_all(program: Program, reading: Reading, found: list[Calculation]) -> tuple[str, ...]:
    """The numbers of the message that the calculations `found` left unread: of each topic's, those none of that
    topic's calculations read (one person's figures read a number the other's did not: the coworker's "x 6" beside
    the asker's own fee), and of different topics', those any left unread."""
    numbers: dict[str, None] = {}
    for topic in dict.fromkeys(c.topic for c in found):
        each = [unread(program, reading, c) for c in found if c.topic == topic]
        numbers.update(dict.fromkeys(n for n in each[0] if all(n in other for other in each[1:])))
    return tuple(numbers)
