"""The library work a message states, read once, as part of its `Reading`.

The requirement it is held against (`program.eligibility`): `experience_hours` of paid or
volunteer library work (one year full time) within the last `experience_window_years` years.
A message states work as hours, hours a week with or without how long, years of library work,
or the years it spans ("from 2015 to 2018", "since 2023", "left in 2020"), placed against the
window from today's date. Only the asker's amounts are their experience: someone else's are
left out (or, several people's totals asked about together, kept side by side), and so are
stints of work before the window or at a place that is not a library.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from ..knowledge import Program
from .dates import AGO, MONTHS, MonthYear, dated, month_years, months_ago
from .lexicon import AIMED, AMOUNTS, ELSEWHERE, HELD_AFTER, COMPILED, ME, PERSON, PERSON_LABEL, TOGETHER, UNITS, WEEKDAY
from .normalise import STOPWORDS
from .numbers import LENGTH, NUMBER, QUALIFIER, quantity, to_number

if TYPE_CHECKING:
    from .reading import Quantity


@dataclass(frozen=True)
class Experience:
    #: hours of work, said or worked out; None for part-time years or a weekly rate with no duration
    hours: float | None
    #: how many years ago the work ended, when said ("6 years ago", "until 2018")
    ended_years_ago: float | None
    #: the hours were worked out from years assumed full time
    assumed_full_time: bool
    #: hours a week, said with no duration ("i volunteer 5 hours a week") or beside the hours so far
    per_week: float | None = None
    #: the hours a week are asked, for a time said in years ("how many hrs a week to get there in 1 year")
    rate_asked_for: float | None = None
    #: the work began before the window and ended in it: only the part in the window counts
    straddles_window: bool = False
    #: the hours were said as a total ("1,900 hours"), not worked out
    hours_said: bool = False
    #: when the work ended, as the reply says it ("6 years ago", "in 2018")
    ended_when: str = ""
    #: the amounts of hours and hours a week read from the message, each as said
    amounts: tuple[float, ...] = ()
    #: each stint counted on its own, as (hours a week, weeks in the window), when the message dates them one by one
    stints: tuple[tuple[float, float], ...] = ()
    #: work said but not counted, each as the reason: "before the window", "not in a library"
    left_out: tuple[str, ...] = ()
    #: the weeks still to come that a question supposes the work goes on for ("if I keep this up for the next 6
    #: months, will I have enough?"), with what they are said as ("6 months")
    ahead_weeks: float | None = None
    ahead_said: str = ""


@dataclass(frozen=True)
class HoursByPerson:
    """Several people's hours said side by side ("Ana 2,400 hrs, Ben 1,100 hrs, me 1,850"), each against the
    requirement: (who, hours), "you" for the asker."""

    people: tuple[tuple[str, float], ...]



#: A weekly rate, the kind of work maybe said between: "20 hrs/wk", "10 volunteer hours a week"
_WEEKLY = re.compile(rf"\b{NUMBER}\s*(?:(?:volunteer\w*|paid|unpaid|library|desk|extra) )?{UNITS['hours a week'].pattern}\b")
#: A weekly rate said day first: "every saturday for 4 hours"
_WEEKDAY_FIRST = re.compile(rf"\b(?:(?:every|each|on) ({WEEKDAY})s?|({WEEKDAY})s)(?: only)?(?: ,)? (?:for )?{NUMBER}\s*(hours?|hrs?)\b")
#: A daily rate and the days worked a week, multiplied into a weekly rate
_DAILY = re.compile(rf"\b{NUMBER}\s*(?:hours?|hrs?|h)\s*(?:(?:a|per|each|every|an) day|/\s*day)\b")
#: A fortnightly, monthly, quarterly or yearly rate, read as the weekly rate it is over a year: "80 hrs a month",
#: "200 hrs per quarter", "about 600 hrs a year", "30 hours per fortnight"
#: A pay period is two weeks, as most US library payrolls run, unless said twice a month ("semimonthly")
_PERIOD = r"month|quarter|year|fortnight|(?:two|2) weeks|pay ?(?:period|check|cycle)"
_PERIODIC = re.compile(rf"\b{NUMBER}\s*(?:hours?|hrs?)\s*(?:(?:a|per|each|every|an) ({_PERIOD})|"
                       rf"/\s*(month|mo|yr|year|fortnight|pay ?period)|"
                       r"(monthly|quarterly|yearly|annually|fortnightly|bi ?weekly|semi ?monthly))\b")
_PER_YEAR = {"month": 12, "mo": 12, "monthly": 12, "quarter": 4, "quarterly": 4, "year": 1, "yr": 1, "yearly": 1,
             "annually": 1, "fortnight": 26, "fortnightly": 26, "two weeks": 26, "2 weeks": 26, "biweekly": 26,
             "bi weekly": 26, "semimonthly": 24, "semi monthly": 24}
#: The period said before its hours: "biweekly pay periods of 40 hours", "each paycheck is 60 hrs"
_PERIOD_FIRST = re.compile(rf"\b(?:(bi ?weekly|fortnightly|semi ?monthly|monthly) )?pay ?(?:periods?|checks?|cycles?)"
                           rf"(?: (?:of|at|with|is|are|were|was|:|=))? (?:about |around |roughly )?{NUMBER}\s*(?:hours?|hrs?)\b")


def _per_year(period: str) -> int:
    return 26 if period.startswith("pay") else _PER_YEAR[period]


_DAYS_A_WEEK = re.compile(rf"\b{NUMBER}\s*days?\s*(?:(?:a|per|each|every|an) |/\s*)(?:week|wk)\b")
_DAYS_A_YEAR = re.compile(rf"\b{NUMBER}\s*(?:school |work )?days?\s*(?:a|per|each|every|an|/)\s*(?:school )?(?:year|yr)\b")
#: How often something comes round, which is no length of time worked: "paid every two weeks", "every 3 months"
_HOW_OFTEN = re.compile(r"\bevery (?:other|two|three|four|\d+) (?:weeks?|wks?|months?)\b")
_PER_WEEK = re.compile(r"\b(?:a|an|per|each|every) (?:week|wk)\b|/\s*(?:week|wk)\b")
#: Part-time work, or some hours a week, not counted ("a few hours a week")
_PART_TIME = COMPILED["part_time"]
#: Every amount of hours said ("800 volunteer hours and 1000 paid hours", "paid: 1000 hours; volunteer: 900 hours")
_HOURS = AMOUNTS["hour"]
#: A bare amount joined to the one before it, said of another kind of work: "... and 900 as a volunteer"
_BARE_AFTER = re.compile(rf"(?:\b(?:and|plus)|\+|,)\s*(?:another |an extra )?(?:about |around |roughly |approximately |~ ?)?"
                         rf"(?!(?:19|20)\d\d\b){NUMBER}(?=\s*(?:as|at|from|in|of|doing|this|last|the|"
                         r"volunteer\w*|paid|unpaid|more|since)\b|\s*[.,;?!]|\s*$)")
#: A bare amount of one kind of work joined to an amount in hours after it: "800 volunteer and 1000 paid hours"
_BARE_BEFORE = re.compile(rf"\b(?!(?:19|20)\d\d\b){NUMBER}\s+(?:(?:volunteer\w*|paid|unpaid)\s+)?(?:and|plus|\+)\s*$")  # not a year
#: A bare amount the asker has, in a message about hours: "if I have 1,250", "I'm at 1,650", "and I have 1,200"
_BARE_MINE = re.compile(r"\b(?:i have|i have got|i got|i am at|i am up to|i am sitting at|mine is) (?:about |around |~ ?)?"
                        r"(\d[\d.]*)\b(?!\s*(?:-\s*)?(?:[a-z%$]|\d))")
_HOURS_WORD = re.compile(r"\b(?:hours?|hrs?)\b")
#: Amounts labelled by the kind of work and no unit: "600 volunteer + 1,300 paid"
_BARE_KIND = re.compile(rf"\b{NUMBER}\s+(?:volunteer\w*|paid|unpaid)\b(?!\s+(?:hours?|hrs?)\b)")
#: The unit said once as a list's heading ("my hours: 900 paid, 600 volunteer"), and the amounts listed under it
_HOURS_HEADING = re.compile(rf"\b{UNITS['hour'].pattern}\s*(?:log\s*|so far\s*|by year\s*|total\s*|in total\s*)?(?:[:-]|\b(?:are|were|is)\b)")
_LISTED = re.compile(rf"(?<![\d.,$])(?<!\$ )(?!(?:19|20)\d\d\b)(\d{{1,5}})\b(?!\s*(?:-\s*)?(?:{UNITS['year'].pattern}|{UNITS['month'].pattern}|"
                     rf"{UNITS['week'].pattern}|%|\d))(?=\s*(?:[,;.!?-]|$|\w))")
#: ...but not hours asked about or aimed at: "do I need 1820 hours", "short of the 1820 hours"
_NOT_HELD = AIMED.compiled()
_HELD_AFTER = HELD_AFTER.compiled()
#: How long something was done for, in years: each period said, in order
_DURATION = re.compile(rf"\b{LENGTH}\s*(?:-\s*)?{QUALIFIER}(?:({UNITS['year'].pattern})|({UNITS['month'].pattern})|"
                       rf"{UNITS['week'].pattern})\b")
#: A weekly rate asked for, not said: "how many hours a week would I need"
_RATE_ASKED = re.compile(r"\bhow many (?:hours?|hrs?) (?:a|per|each|every|an) (?:week|wk)\b|\bhow many (?:hours?|hrs?)/(?:week|wk)\b")
#: A start said as a time ago: the work since then ("I work 15 hours a week, started two years ago")
_STARTED_AGO = re.compile(rf"\b(?:started|began|begun|been there|hired|joined|came back|went back|returned|rejoined|"
                          rf"(?:switched|moved|transferred) to(?: \w+)?"
                          rf"(?: (?:job|position|role|library|branch))?)((?: (?!\d)\w+){{0,5}}?"
                          rf"(?: {NUMBER}\s*{UNITS['hours a week'].pattern})?)"  # "got hired 20 hrs/wk 8 months ago"
                          rf" ({NUMBER}\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)(?: and {NUMBER}\s*(?:months?|mos?))?) ago\b")
#: ...said with the time first: "three years ago i started at our high school library" (read as "i started ... 3 years ago")
_AGO_FIRST = re.compile(rf"\b({NUMBER}\s*(?:years?|yrs?|months?|mos?|weeks?|wks?) ago) (?:, )?((?:i|she|he) (?:started|began|joined|got hired|"
                        rf"was hired|came back|went back|returned)(?: (?!\d)\w+){{0,5}}?)(?= ,| \d|[.;]|$)")
#: A period aimed at or asked about, not worked: "i need 2 full years", "do i need a year", "75 % of the way to a full year"
_AIMED_PERIOD = re.compile(rf"\b(?:need\w*|require\w*|requirement is|at least|minimum(?: of)?|short of|(?:of )?the way to) {NUMBER}\s*"
                           rf"{QUALIFIER}(?:{UNITS['year'].pattern}|{UNITS['month'].pattern}|{UNITS['week'].pattern})\b|"
                           rf"\b{NUMBER}\s*(?:full )?(?:{UNITS['year'].pattern}) (?:requirement|rule|minimum|clock|window|"
                           r"limit|time limit|deadline|period)\b")
#: "for the past year" is a year
_THE_PAST = re.compile(r"\b(?:for|over) (?:exactly |about |around |roughly |nearly |almost |just |all )?the (?:past|last) "
                       r"(year|month|week)\b")
#: "30 weeks a year" says how many weeks each year of the work had, not how long it went on
#: ...or a school year's length: "a 36-week school year", "school year is 38 weeks"
_WEEKS_A_YEAR = re.compile(rf"\b{NUMBER}\s*{UNITS['week'].pattern}\s*(?:(?:a|an|per|each|every|/)\s*(?:school |academic )?(?:year|yr)|"
                           r"(?:school|academic) (?:year|yr))\b|"
                           # ...said of each school year counted: "during the school year ( 36 weeks each ) ... 3 school years"
                           rf"\b{NUMBER}\s*{UNITS['week'].pattern}\s*each\b(?=.*\b(?:school|academic) years\b)|"
                           rf"\b(?:school|academic) (?:year|yr) (?:is |was |of )(?:about |around )?{NUMBER}\s*{UNITS['week'].pattern}\b")
#: A working day with its lunch break, which is no work: "( from 9 am to 5 pm is ) 8 hours , 1 hour lunch break", "8 hours a
#: day minus a 30 minute lunch"
_LUNCH_OFF = re.compile(rf"\b{NUMBER} (?:hours?|hrs?)(?: a day| per day)?(?: ,)? (?:with |minus |less |including |and )?(?:a |an )?"
                        rf"(?:{NUMBER} ?-? ?((?:hours?|hrs?|h|minutes?|mins?)) |(hour|half hour) )(?:unpaid )?(?:lunch|meal)(?: break)?\b")


def _without_lunch(found: re.Match[str]) -> str:
    """A working day less its lunch break, as hours a day."""
    if found[3]:
        lunch = to_number(found[2]) / (60 if found[3].startswith("m") else 1)
    else:
        lunch = 0.5 if found[4] == "half hour" else 1.0
    return f"{max(0.0, to_number(found[1]) - lunch):g} hours a day"


#: Months worked each year: "9 months a year", "10 months per school year"
_MONTHS_A_YEAR = re.compile(rf"\b{NUMBER}\s*{UNITS['month'].pattern}\s*(?:a|an|per|each|every|/|of the)\s*(?:school |academic )?(?:year|yr)\b")
#: Weeks off each year, the rest worked: "(about 2 weeks off each year)"
_WEEKS_OFF = re.compile(rf"\b{NUMBER}\s*{UNITS['week'].pattern}\s*(?:off|of vacation|vacation|of leave)\s*"
                        r"(?:a|an|per|each|every)\s*(?:year|yr|summer|winter)\b")  # ("4 weeks off each summer": a year's)
#: A period said again in other units, in brackets: "for a year (52 weeks)", "2 yrs (104 wks)"
_RESTATED = re.compile(rf"({_DURATION.pattern}(?: and a half)?)\s*(?:\(\s*(?:about |around |~ ?)?{NUMBER}[^()]*\)|"
                       # said again in other units: "the last year and a half so 78 weeks", "2 years , i.e. 104 weeks"
                       rf",?\s*(?:so|i ?\.? ?e ?\.?|ie|that is|which is|=|or|aka|basically)\s+(?:about |around |~ ?)?{NUMBER}\s*"
                       r"(?:weeks?|wks?|months?|mos?|years?|yrs?)\b)")

_WINDOW = re.compile(rf"\b(?:in|within|over|during) (?:the )?(?:last|past) {NUMBER}\s*(?:years?|yrs?)\b")
_YEAR = r"((?:19|20)\d\d)"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "from 2015 to 2018", "2019-2022", "between 2020 and now"
_EDGE = r"(?:(?:the )?(?:start|beginning|end|middle) of )?"  # "from the start of december 2025 to the end of november 2026"
_SPAN = re.compile(rf"\b(?:(?:from|between) )?{_EDGE}(?:({_MONTH_NAMES})\.? )?{_YEAR}\s*(?:-|to|until|till|through|thru|and)\s*"
                   rf"{_EDGE}(?:({_MONTH_NAMES})\.? )?(?:{_YEAR}|now|present|today|current(?:ly)?)\b")
#: Two months of one year: "from january through december 2025" is january 2025 to december 2025
_MONTH_RANGE = re.compile(rf"\b({_MONTH_NAMES})\.? (?:-|to|until|till|through|thru) ({_MONTH_NAMES})\.? {_YEAR}\b")
#: A span's end said by its last two digits: "2024-25" (a school year), "2019 - 21"
_SHORT_SPAN = re.compile(r"\b((?:19|20)(\d\d))\s*-\s*(\d\d)\b(?!\s*-)"
                         r"(?!\s*(?:/|hours?\b|hrs?\b|h\b|per\b|an? (?:week|wk)\b|%))")  # (not "2023 - 30 / wk")
#: "since 2023", "since august 2024"
_SINCE = re.compile(rf"\bsince (?:({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? (?:\d{{1,2}}(?:st|nd|rd|th)? ?,? )?)?"
                    rf"{_YEAR}\b")  # "since august 2024", "since sept 1, 2025"
#: A date said as when the work began: "since the fall semester of 2024", or after a start going on to now ("started ...
#: right before covid hit ( march 2020 ) and have gone every week since", "started the week after new year's 2025")
_SINCE_BEFORE = re.compile(r"\bsince (?:the )?(?:\w+ ){0,2}$")
_STARTED_BEFORE = re.compile(r"\b(?:started|began|begun|joined|hired)\b[^.;!?]*$")
def _sentence_end(text: str, at: int) -> int:
    stop = _SENTENCE_STOP.search(text, at)
    return stop.start() if stop else len(text)


#: An end said of a stint of work: "until 2019", "then i left", "quit in june"
_ENDED = re.compile(r"\b(?:until|till|left|quit|stopped|ended|retired|through|thru|laid off|moved away)\b")
#: "until 2019", "left in 2018", "quit the library in 2017"
_UNTIL = re.compile(rf"\b(?:until|till|up to|through|thru|ending(?: in)?|ended(?: in)?|(?:left|quit|stopped|retired)(?: \w+){{0,3}} in) {_YEAR}\b")

#: Where one stint of work ends and the next begins: a sentence, a "+", or ", and" / ", then" before another
_STINT = re.compile(r"[;!?+]|\.(?!\d)|,\s*(?:and|then|plus|but)\b|,\s*(?=the rest\b)|\band then\b|"
                    r"\band (?:i )?(?:also )?(?:work|worked|volunteer|volunteered|do|did|started|began)\b|"
                    r"\b(?:and )?also\b|\band (?=[\d,.]+ ?(?:hours?|hrs?|since|from|in|at|as)\b)|\bbut (?=[\d,.]+ (?:hours? |hrs? )?of (?:them|those|these)\b)")
#: A stint that is part of an amount said before it: "2,400 hours, but 1,100 of them were in 2019"
_PART_OF_TOTAL = re.compile(rf"\s*(?:(?:but|hmm+|actually|well|oh|though|so|wait|ok|okay|um+|also|and) ?,? )*{NUMBER} "
                            r"(?:hours? |hrs? )?of (?:them|those|these)\b")
#: Work said to be in a library (or at its desk), as against work at another named place (not a time: "for the
#: last 100 weeks")
_LIBRARY = re.compile(r"\b(?:librar\w*|branch\w*|archives?|circ\w*|desk|bookmobile|media center)\b")
_AT_PLACE = re.compile(r"\b(?:(?:at|for) (?:a |an |the |my |our )?|in (?:a|an|the|my|our) )"
                       r"(?!(?:a|an|the|my|our|both|each|all|it|them|this|that|last|past|next|first|whole|entire|rest|same|"
                       r"summer|year|month|week|(?:different|another|other|new|second) (?:one|branch|location|site)|"
                       r"another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple|several|"
                       r"years|months|weeks|days|meantime|end|beginning|start|middle|spring|fall|autumn|winter)\b)[a-z&]+")
# not "in summer", "in the two years before", nor "at a different one" (another library)
#: No library work at all, said outright: "i have never actually worked or volunteered in a library"
_NO_LIBRARY_WORK = re.compile(r"\b(?:never|not ever|have not|has not|had not) (?:actually |really |yet |once )?"
                              r"(?:worked|volunteered|been employed)(?: or (?:worked|volunteered))? (?:in|at|for) (?:a |any |an )?"
                              r"librar(?:y|ies)\b|\bno library (?:experience|work|hours)\b")
_ELSEWHERE = ELSEWHERE.compiled()
#: A library said not to be where the work was: "non-library : 30 hrs / wk", "not library : retail"
_NOT_LIBRARY = re.compile(r"\bnon ?-? ?librar\w*|\bnot (?:at |in )?(?:a |the )?librar\w*")


def _in_library(stint: str) -> bool:
    """Whether a stint of work says it was in a library."""
    return _LIBRARY.search(_NOT_LIBRARY.sub(" ", stint)) is not None


#: Work still going on: a stint that says so is never before the window
_GOING_ON = re.compile(r"\b(?:since|now|present|currently|still|today|these days)\b")
#: Something of the work said (an amount, a rate, a period), so a stint is work
_WORKISH = re.compile(rf"\b{NUMBER}\s*(?:-\s*)?{QUALIFIER}(?:{UNITS['hour'].pattern}|{UNITS['year'].pattern}|"
                      rf"{UNITS['month'].pattern}|{UNITS['week'].pattern})\b")


def _bare_hours(text: str) -> str:
    """`text` with a bare amount joined to an amount of hours before it said in hours too, so each stint has its unit:
    "1,000 hours from my old job in 2019 and 900 since 2023"."""
    first = _HOURS.search(text)
    if first is None or _WEEKLY.match(text, first.start()):  # after a weekly rate it is a rate (`_bare_rates`)
        return text
    for bare in reversed(list(_BARE_AFTER.finditer(text, first.end()))):
        text = f"{text[:bare.end(1)]} hours{text[bare.end(1):]}"
    return text


def _work_stints(text: str) -> list[str]:
    """The stints of `text` that say something of work: an amount, a rate, a period or dates."""
    return [s for s in _STINT.split(text)
            if s.strip() and (_WORKISH.search(s) or _SPAN.search(s) or _SINCE.search(s) or _PART_OF_TOTAL.match(s))]


#: How long or since when work was done, said in a stint: "for the last 2 years", "both for 3 years", "since 2023"
_TIMED = re.compile(rf"\b(?:for|over) (?:(?:exactly|about|around|the (?:last|past)) )?(?:{LENGTH}\s*)?(?:{UNITS['year'].pattern}|"
                    rf"{UNITS['month'].pattern}|{UNITS['week'].pattern})\b|\bsince (?:[a-z]+ )?(?:19|20)\d\d\b")


def _counted_stints(text: str, window_start: MonthYear, today: date) -> tuple[str, tuple[str, ...], float]:
    """The text without the stints of work that do not count, why each kind was left out, and the hours to
    take off an amount said before ("2,400 hours, but 1,100 of them were back in 2019": 1,100).

    A message that names several stints ("1,500 hrs between jan 2019 and dec 2020, and 500 hrs since
    march 2024", "30 hrs/wk at target and 10 hrs/wk at our public library") is counted stint by stint:
    one whose months all fall before the window, or one at a named place that is not a library when
    another stint is in one, is left out. A stint left alone is never left out: the verdict says why
    it does not count.
    """
    stints = [s for s in _STINT.split(text) if s.strip()]
    work = _work_stints(text)
    if len(work) == 1 and not _in_library(work[0]) and _ELSEWHERE.search(work[0]):
        return "", ("not in a library",), 0  # "20 hrs a week at a bookstore for 2 years": none of it is library work
    if len(work) < 2:
        return text, (), 0
    in_library = any(_in_library(s) for s in work)
    out: dict[str, str] = {}
    for stint in work:
        # "before december 2021" bounds the stint: it ended by then
        named = [when for at, when in month_years(stint, today) if not stint[:at].endswith("before ")]
        named += [when.plus_months(-1) for at, when in month_years(stint, today) if stint[:at].endswith("before ")]
        # a year alone is its last month: "2012-2016" ended by December 2016
        if named and not _GOING_ON.search(stint) and all((w.year, w.month or 12) < (window_start.year, window_start.month or 1)
                                                         for w in named):
            out[stint] = "before the window"
        elif not _in_library(stint) and (_ELSEWHERE.search(stint) or in_library and _AT_PLACE.search(stint)):
            out[stint] = "not in a library"
    if len(out) == len(work) and set(out.values()) == {"not in a library"}:
        return "", ("not in a library",), 0  # every stint at a place that is not a library: none of it counts
    if not out or len(out) == len(work):
        return text, (), 0
    kept = " ; ".join(s.strip() for s in stints if s not in out)
    # the time said once of both jobs ("20 hrs/wk at the library and 15 at target , for the last 2 years"), where the
    # library's has none of its own, is the library's time too
    if not (_TIMED.search(kept) or _DURATION.search(kept)):
        shared = [m[0] for s, why in out.items() if why == "not in a library" for m in _TIMED.finditer(s)]
        kept = " ; ".join([kept, *shared[:1]])
    parts = [_PART_OF_TOTAL.match(s) for s, why in out.items() if why == "before the window"]
    return kept, tuple(dict.fromkeys(out.values())), sum(to_number(part[1]) for part in parts if part)


def _durations(text: str) -> list[float]:
    """Every period said in `text`, in years, in the order said."""
    return [to_number(m.group(1)) / (1 if m.group(2) else 12 if m.group(3) else 52) for m in _DURATION.finditer(text)]


_PERIOD_BEFORE = re.compile(rf"{_DURATION.pattern}\s*(?:at|@|of|doing|working|volunteering|(?:i|we|she|he) (?:work|worked|"
                            r"volunteer|volunteered|do|did|put in|was at|am at)(?: \w+){0,4}? (?:at )?)\s*(?:about |around |~ ?)?$")
#: ...or said just before it with nothing between, which is its own when none follows it: "summer ( 16 wks ) 40 hr/wk"
_PERIOD_JUST_BEFORE = re.compile(rf"{_DURATION.pattern}\s*$")
#: Where a sentence ends, and with it what a rate said in it is said of
_SENTENCE_STOP = re.compile(r"[.;!?](?!\d)")
#: A year's round of periods done again for so many years: "... and 35 hrs/wk for 10 weeks in summer. I've done that
#: for 2 years", "(38 weeks) ... (14 weeks), for the past 2 years"
_ROUND_REPEATED = re.compile(rf"\b(?:(?:(?:done|doing|did|been doing|kept|keep) (?:that|this|it)|(?:like )?(?:that|this)(?: "
                             rf"(?:schedule|pattern|routine|cycle))?|each year|every year)(?: \w+){{0,2}}? )?for (?:the )?"
                             rf"(?:(?:last|past) )?{NUMBER} (?:years?|yrs?)\b")
#: ...or in the years named: "did that in 2024 and 2025"
_ROUND_YEARS = re.compile(r"\b(?:did|done|doing|worked) (?:that|this|it)(?: \w+)? (?:in|during) "
                          r"((?:19|20)\d\d(?:(?: ,| and| &)+ (?:19|20)\d\d)+)\b")


#: A bare amount after a weekly rate, said of other work: "5 hrs a week at the hospital library and 5 at a law library"
_BARE_RATE_AFTER = re.compile(rf"[^.;\d]*?\b(?:and|plus)\s+(?:another\s+)?{NUMBER}(?=\s+(?:at|as|in|doing|volunteer\w*|paid|unpaid)\b)"
                              r"(?!\s+\w+\s+(?:hours?|hrs?)\b)")  # "and 400 volunteer hours" is a total


def _bare_rates(body: str) -> str:
    """`body` with each bare amount said after a weekly rate written as the weekly rate it is."""
    for rate in reversed(list(_WEEKLY.finditer(body))):
        bare = _BARE_RATE_AFTER.match(body, rate.end())
        if bare:
            body = f"{body[:bare.end()]} hours a week{body[bare.end():]}"
    return body


_HRS = r"(?:hours?|hrs?|h)"
#: Shifts (days, sessions) counted with the hours of each: "95 volunteer days x 8 hours", "4 shifts of 5 hours",
#: "230 eight hour shifts", "2 x 5h shifts", "two 4-hour desk shifts", "a 7-hour day"
_SHIFT = re.compile(rf"\b{NUMBER} (?:\w+ )?(?:shifts?|days?|sessions?|visits?|evenings?|mornings?|nights?|saturdays|sundays) "
                    rf"(?:of|at|x|×|\*)\s*{NUMBER}\s*(?:-\s*)?{_HRS}\b|"
                    rf"\b{NUMBER}\s*(?:x|×|\*)?\s*{NUMBER}\s*(?:-\s*)?{_HRS} (?:\w+ )?(?:shifts?|days?|sessions?|evenings?|mornings?|"
                    rf"nights?|{WEEKDAY}s?)\b|"  # "one 8-hour saturday a week"
                    # every other week: half the hours each week ("every other saturday 8h")
                    rf"\bevery other (?:{WEEKDAY}|week|weekend) \(? ?(?:for )?{NUMBER}\s*{_HRS}\b(?: ?\))?")
_KIND_OF_SHIFT = r"(?:\w+ )?(?:shifts?|days?|sessions?|evenings?|mornings?|nights?)"
_A_WEEK = r"(?:a|per|each|every|an) (?:week|wk|fortnight|month)|weekly|fortnightly|monthly"
#: Shifts counted with the length of each said apart from them: "3 shifts a week, 6 hrs each", "2 evening shifts (4 hrs
#: each)", "3 days a week, 6-hour shifts", "6-hour shifts, 3 a week"; read as "3 shifts of 6 hours a week"
_SHIFTS_THEN_LENGTH = re.compile(rf"\b{NUMBER} ({_KIND_OF_SHIFT}) (?:({_A_WEEK}) )?(?:,|;|\()? ?(?:of |at )?{NUMBER}\s*(?:-\s*)?{_HRS}"
                                 r"(?: ?(?:each(?: (?:day|shift|session|time|one|night))?|a piece|apiece|"
                                 r"(?:a|per) (?:day|shift|session|night|evening))\b ?\)?| ?\)| (?:shifts?|days?)\b)")
#: Shifts counted by the week with the length of each after: "3 shifts a week of 6 hrs", "4 shifts a fortnight at 7h"
_SHIFTS_A_WEEK_OF = re.compile(rf"\b{NUMBER} ({_KIND_OF_SHIFT}) ({_A_WEEK}) ,? ?(?:of|at) {NUMBER}\s*(?:-\s*)?{_HRS}\b")
_LENGTH_THEN_SHIFTS = re.compile(rf"\b{NUMBER}\s*(?:-\s*)?{_HRS} ({_KIND_OF_SHIFT}) ,? {NUMBER} ({_A_WEEK})\b")
#: Days of the week named together: a range ("mon-fri", cleaned to "mon fri"; "monday to friday") or a list ("m/w/f",
#: "tue & thu", "tuesdays and thursdays", "mon wed fri"); a plural day alone ("saturdays") is one day every week
_DAY_NAMES = {"mon": 0, "monday": 0, "m": 0, "tue": 1, "tues": 1, "tuesday": 1, "t": 1, "wed": 2, "wednesday": 2, "w": 2,
              "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "th": 3, "r": 3, "fri": 4, "friday": 4, "f": 4,
              "sat": 5, "saturday": 5, "sa": 5, "sun": 6, "sunday": 6, "su": 6}
_DAY = "(?:" + "|".join(sorted((d for d in _DAY_NAMES if len(d) > 2), key=len, reverse=True)) + ")s?"
_ONE_LETTER_DAY = "(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + ")"
_DAY_RUN = re.compile(rf"\b{_DAY}(?: ?(?:/|&|,|and|-|to|through|thru|) ?{_DAY})+\b|"
                      rf"\b{_ONE_LETTER_DAY}(?: ?[/-] ?{_ONE_LETTER_DAY})+\b|\bm f\b")  # "m-f" is cleaned to "m f"
_RANGE_WORD = re.compile(r"^\s*(?:-|to|through|thru|)\s*$")
#: A clock time's range, a shift's hours: "9-5", "10 to 2", "9:30am - 1:30pm", "12-4pm"
_CLOCK = r"(\d{1,2})(?: ?: ?(\d\d))? ?(am|pm)?"
_CLOCK_RANGE = re.compile(rf"\b(?:from )?{_CLOCK} ?(?:-|to|till|until|til) ?{_CLOCK}\b|"
                          # ...or its length, as cleaned text says a marked one ("1pm-5pm": 4 hours), or as said: "saturdays 8 hours"
                          r"\b(\d{1,2}(?:\.\d+)?) (?:hours?|hrs?)\b(?! ?(?:a|per|each|every|an|/) ?(?:day|week|wk|month)\b)")
_PLURAL_DAY = re.compile(rf"\b(?:on )?(?:{WEEKDAY}s|weekends)\b|\bevery {WEEKDAY}\b")
#: ...or one day named with a shift's clock hours, which is a schedule's day, so each week's: "sat 9-5 and sun 12-5"
_ONE_DAY = re.compile(rf"\b(?:on )?{_DAY}\b")


def _day_count(run: str) -> int:
    """How many days a week a run of day names is: two joined as a range span the days between."""
    found = [(m, m[0] if m[0] in _DAY_NAMES else m[0].removesuffix("s")) for m in re.finditer(r"[a-z]+", run)]
    days = [(m, _DAY_NAMES[name]) for m, name in found if name in _DAY_NAMES]
    if len(days) == 2 and _RANGE_WORD.match(run[days[0][0].end():days[1][0].start()]):
        return (days[1][1] - days[0][1]) % 7 + 1
    return len(days)


def _clock_hours(m: re.Match[str]) -> float | None:
    """The hours a clock range spans, or None when it is no shift's (over 14 hours, or none)."""
    if m[7]:
        return float(m[7]) if 0 < float(m[7]) <= 14 else None
    start = int(m[1]) % 12 + int(m[2] or 0) / 60 + (12 if m[3] == "pm" else 0)
    end = int(m[4]) % 12 + int(m[5] or 0) / 60 + (12 if m[6] == "pm" else 0)
    if m[3] is None and m[6] == "pm" and start + 12 <= end:  # "12 to 4pm" is from noon; "10-2pm" from 10 am
        start += 12
    hours = (end - start) % (24 if m[3] or m[6] else 12)
    return hours if 0 < hours <= 14 else None


def _days_a_week(text: str, factors: list[float]) -> str:
    """`text` with days of the week named together written as how many days a week they are ("mon-fri 4 hrs a day":
    5 days a week), and the days with a shift's clock hours as so many shifts of so many hours a week ("10-2 on
    tuesdays and thursdays": 2 shifts of 4 hours a week; "saturdays 9-5", "sat 9-5": 1 shift of 8 hours). The clock's numbers
    go to `factors`."""
    for clock in reversed(list(_CLOCK_RANGE.finditer(text))):
        hours = _clock_hours(clock)
        if hours is None:
            continue
        near = [m for pattern in (_DAY_RUN, _PLURAL_DAY, _ONE_DAY) for m in pattern.finditer(text)
                if 0 <= clock.start() - m.end() <= 6 or 0 <= m.start() - clock.end() <= 4]
        if not near:
            continue
        days = max(near, key=lambda m: m.end() - m.start())
        if clock[7] and re.search(r"\bother (?:on )?$", text[max(0, days.start() - 10):days.start()]):
            continue  # "every other saturday ( 8 hrs )" is half of it a week, read as such later
        count = _day_count(days[0]) or 1
        factors.extend(float(n) for n in clock.groups() if n and n.isdigit())
        a, b = min(days.start(), clock.start()), max(days.end(), clock.end())
        text = f"{text[:a]}{count} shifts of {hours:g} hours a week {text[b:]}"
    text = _DAY_RUN.sub(lambda m: f"{_day_count(m[0])} days a week", text)
    # "3 days a week 6 hr shifts": that many shifts of that length
    return re.sub(rf"\b{NUMBER} days a week,? (?:of )?{NUMBER}\s*(?:-\s*)?{_HRS} (?:\w+ )?(?:shifts?|days?)\b",
                  r"\1 shifts of \2 hours a week", text)


#: Not the week of a count of shifts: "3 shifts a week of 6 hrs" is a rate, not a week's stint
_NOT_A_RATES_PERIOD = "".join(f"(?<!{word} )" for word in ("shifts", "days", "sessions", "times", "nights", "evenings", "mornings"))
#: Hours said after a number of weeks (or days) are each one's: "10 weeks at 25h", "180 days at 6 hrs a day"
_WEEKS_AT = re.compile(rf"{_NOT_A_RATES_PERIOD}\b{NUMBER}\s*(?:\w+ )?(?:{UNITS['week'].pattern}|days?)"
                       r"(?:(?: each(?: summer| school year| year| term| semester)?)? (?:at|@|of|doing)| each ,) "
                       rf"{NUMBER}\s*{_HRS}\b"
                       r"(?:\s*(?:/\s*(?:week|wk|day)|(?:a|per|each|every) (?:week|wk|day)|weekly|daily)\b)?(?!\s*(?:in total|total))")
#: Seasons or school years listed by their years, each as long as the next: "summer 2024, 2025 and 2026, 12 weeks
#: each", "the school year only: 2023-24 and 2024-25, 36 weeks each" (not "between 2022 and 2024": a span)
_ONE_YEAR = r"(?:19|20)\d\d(?:\s*-\s*\d\d)?"
_YEARS_LISTED = re.compile(rf"(?<!between )\b(?:(summers?|school years?|academic years?|terms?|semesters?)(?: only)? "
                           rf"(?:: |of |in )?)?({_ONE_YEAR}(?:\s*(?:,\s*(?:and\s*)?|and\s*|&\s*){_ONE_YEAR})+)(?=[^.;?!]*\beach\b)")

_A_YEAR = re.compile(r"(?:19|20)\d\d")
_SEASON_WORD = re.compile(r"\b(summer|school year|academic year|term|semester)s?\b")


#: Two lengths of time added, then the rate of both: "6 months plus 10 weeks at 30 hrs/wk"
_TIMES_ADDED = re.compile(rf"\b{NUMBER} ((?:year|month|week)s?) (?:plus|and|\+) {NUMBER} (weeks?)(?= (?:at|@) )")
_WEEKS_IN = {"year": 52, "month": 52 / 12, "week": 1}


def _times_added(text: str) -> str:
    """`text` with two lengths of time said before one rate (`_TIMES_ADDED`) said as their weeks together."""
    return _TIMES_ADDED.sub(lambda m: f"{round(to_number(m[1]) * _WEEKS_IN[m[2].rstrip('s')] + to_number(m[3]), 3):g} weeks",
                            text)


def _years_counted(text: str) -> str:
    """`text` with seasons listed by their years said as how many ("summer 2024, 2025 and 2026" -> "3 summers"), where
    an amount is said of each of them."""
    def counted(m: re.Match[str]) -> str:
        season = (m[1] or "year").removesuffix("s")
        before = _SEASON_WORD.findall(m.string[:m.start()])
        season = before[-1] if m[1] is None and before else season
        return f"{len(_A_YEAR.findall(m[2]))} {season}s"
    return _YEARS_LISTED.sub(counted, text)


#: How many times a season's weeks were worked, said in the same stint: "2 summers", "the last 3 summers"
_SEASONS = re.compile(rf"\b(?:the (?:last|past) )?{NUMBER} (?:summers?|school years?|academic years?|seasons?)\b")


#: A stint said to recur each season: "10 weeks each summer at 35 hrs / week"
_EACH_SEASON = re.compile(r" each (?:summer|school year|academic year|term|semester)\b")


def _season_hours(text: str, factors: list[float]) -> str:
    """`text` with each stint of so many weeks at so many hours ("10 weeks at 25h") written as the hours it made, times
    the seasons it was worked in, said in the same stint ("2 summers of summer reading (10 wks at 25h) + 1 school
    year (36 wks at 30h)"): a stint that ended, not a rate that goes on. The numbers multiplied go to `factors`."""
    for stint in reversed(list(_WEEKS_AT.finditer(text))):
        bounds = [m.end() for m in _STINT.finditer(text, 0, stint.start())]
        start = bounds[-1] if bounds else 0
        after = _STINT.search(text, stint.end())
        end = after.start() if after else len(text)
        # the nearest count of seasons: "1 school year of 40 weeks at 20h plus 2 summers, 10 weeks each at 15h"
        season = min(_SEASONS.finditer(text, start, end), default=None,
                     key=lambda m: stint.start() - m.end() if m.end() <= stint.start() else m.start() - stint.end())
        if " each " in stint[0] and not _EACH_SEASON.search(stint[0]) and not (season and 0 <= stint.start() - season.end() <= 3):
            continue  # "fall + spring semesters, 15 weeks each": each of what the rate reading pairs, not a season
        # time off said after it, in the same stint, is out of its weeks: "55 weeks at 34 hrs/wk but out on leave for 5"
        # ...or in the next, said of these weeks: "40 weeks at 30 hrs / wk , but i was on leave for 4 of those weeks"
        following = _STINT.search(text, end + 1)
        off = ([g for g in _GAP.finditer(text, stint.end(), following.start() if following else len(text))
                if g.start() < end or _OF_THOSE.search(g[0])] if re.search(UNITS["week"].pattern, stint[0]) else [])
        weeks = to_number(stint[1]) - round(sum(_gap_years(g) for g in off) * 52, 3)
        hours = weeks * to_number(stint[2]) * (to_number(season[1]) if season else 1)
        factors.extend([to_number(stint[1]), to_number(stint[2]), *([to_number(season[1])] if season else [])])
        # its seasons are counted in: they are no years of work at a rate
        spans = sorted([stint.span(), *([season.span()] if season else []), *(g.span() for g in off)], reverse=True)
        for (a, b), said in zip(spans, [f"{hours:g} hours" if span == stint.span() else " " for span in spans]):
            text = f"{text[:a]}{said}{text[b:]}"
    return text


#: Between shifts of one week: "two 4-hour shifts plus a 7-hour day", "2 x 5h, 1 x 8h"
#: (a week's shifts each said weekly are one week's: "1 shifts of 8 hours a week and 1 shifts of 5 hours a week")
_SHIFT_JOIN = re.compile(r"\s*(?:a week\s*)?(?:,|\+|&|plus|and)\s*")
#: Said after shifts, they are every week's: "... every week", "... weekly"
_EVERY_WEEK = re.compile(r"\s*(?:(?:a|per|each|every|an) (?:week|wk)|weekly|/\s*(?:week|wk)|p\s*/\s*w|pw|"
                         r"(every other week|(?:a|per|each|every|an) fortnight|fortnightly)|((?:a|per|each|every|an) month|monthly))\b")
#: The days of the week a week's shifts fall on, said after them in brackets: "four ten-hour days ( mon thu )" (by
#: then "( 4 days a week )", `_days_a_week`)
_DAYS_NAMED_AFTER = re.compile(rf"\s*\(\s*(?:\d+ days? a week|{_DAY_RUN.pattern})\s*\)")
#: Said before a week's shifts, they are every other week's: "every other weekend , 2 x 8 hour shifts"
_EVERY_OTHER_BEFORE = re.compile(rf"\bevery other (?:week|weekend|{WEEKDAY})\s*,?\s*(?:i (?:do|work) )?$")


def _shift_hours(text: str, factors: list[float]) -> str:
    """`text` with shifts written as the hours they make (each number multiplied goes to `factors`): a week's shifts,
    said one after another and then said to be weekly ("two 4-hour desk shifts plus a 7-hour day every week"), or
    said every other week, as their hours a week; other shifts as their total ("230 eight hour shifts")."""
    text = _days_a_week(text, factors)
    text = _SHIFTS_THEN_LENGTH.sub(lambda m: f"{m[1]} {m[2]} of {m[4]} hours {m[3] or ''} ", text)
    text = _LENGTH_THEN_SHIFTS.sub(r"\3 \2 of \1 hours \4", _SHIFTS_A_WEEK_OF.sub(r"\1 \2 of \4 hours \3", text))
    terms = list(_SHIFT.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for term in terms:
        if runs and _SHIFT_JOIN.fullmatch(text, runs[-1][-1].end(), term.start()):
            runs[-1].append(term)
        else:
            runs.append([term])
    for run in reversed(runs):
        hours = []
        for term in run:
            numbers = [to_number(n) for n in term.groups() if n]
            factors.extend(numbers)
            hours.append(numbers[0] / 2 if term[0].startswith("every other") else math.prod(numbers))
        weekly = _EVERY_WEEK.match(text, run[-1].end())
        other_week = _EVERY_OTHER_BEFORE.search(text, max(0, run[0].start() - 40), run[0].start())
        days = _DAYS_NAMED_AFTER.match(text, run[-1].end())  # "four ten-hour days (mon-thu)": the days of each week
        if weekly or other_week or days or any(term[0].startswith("every other") for term in run):
            end = weekly.end() if weekly else days.end() if days else run[-1].end()
            # "3 twelve-hour shifts every other week", "4 shifts of 7 hours a fortnight", "2 x 5h shifts a month"
            weeks = 2 if other_week or (weekly and weekly[1]) else 52 / 12 if weekly and weekly[2] else 1
            start = other_week.start() if other_week else run[0].start()
            text = f"{text[:start]}{round(sum(hours) / weeks, 3):g} hours a week{text[end:]}"
        else:
            for term, total in reversed(list(zip(run, hours))):
                text = f"{text[:term.start()]}{total:g} hours{text[term.end():]}"
    return text


#: A time said after "since" that is a duration, not a date: "working here since 10 weeks" (for 10 weeks)
_SINCE_DURATION = re.compile(rf"\bsince {NUMBER} (years?|yrs?|months?|mos?|weeks?|wks?)\b(?! ago)")
#: A quarter of a year, in a span: "q3 2024 through q2 2026"
_QUARTERS = re.compile(r"\b(through |thru |to |until |till |- )?q([1-4]) ((?:19|20)\d\d)\b")
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _dates_in_words(text: str, today: date) -> str:
    """`text` with each date said in numbers ("from 2023-01-01 to 2024-12-31", "01/2023 - 12/2024"), or said in any
    way after "since" ("since 15.09.2023", "since last march"), written as its month and year, as the spans of work
    are read."""
    for start, end, when in reversed(dated(text, today)):
        if when.month is not None and (_DIGITS_ONLY.fullmatch(text[start:end]) or text[:start].endswith("since ")):
            text = f"{text[:start]}{_MONTH_ABBREVIATIONS[when.month - 1]} {when.year}{text[end:]}"
    return text


#: A date said in numbers alone
_DIGITS_ONLY = re.compile(r"[\d\s/.-]+")


def _quarter_month(m: re.Match[str]) -> str:
    """A quarter as its first month, or as its last when it ends a span."""
    month = 3 * int(m.group(2)) - (1 if m.group(1) else 3)
    return f"{m.group(1) or ''}{_MONTH_ABBREVIATIONS[month]} {m.group(3)}"


#: The person named just before an amount: "ana 2,400 hrs", "my coworker has 900 hours", "i have 1,000"
_WHO_BEFORE = re.compile(r"(?:\b(?:my |our )?([a-z]+)(?: \( [^()]{1,40} \))?(?: (?:has|had|is at|logged|did|got))?|"
                         r"\b(i) (?:have|had|am at|logged|did|got))(?: about| around)? $")


#: A name opening an item of a list, just before its amount: ": raj 20 hrs ...", ", lucy 40 hrs ...", ". sam has done 15
#: hrs / week ...", ", and riley works 20 hrs a week ..."
_NAME_FIRST = re.compile(r"(?:^|[:;,.] )(?:and )?([a-z]{2,}) (?:(?:has|had|does|did|is|was) )?(?:(?:done|worked|volunteered|"
                         r"works|volunteers|logged|at|got|been doing) )?(?:about |around )?(?=\d)")
#: Who of several people is asked about: "who's eligible?", "which of us has enough"
_ASKS_WHO = re.compile(r"\b(?:who|whom|which of (?:us|them|my \w+))\b")
#: Words for a kind of work said before its hours, which are no one's name: "volunteer 800 hours"
_KIND_OF_WORK = re.compile(r"volunteer\w*|paid|unpaid|library|work\w*|total|hours?|hrs?|more|extra|another")


def _by_person(text: str, work: list[Quantity]) -> HoursByPerson | None:
    """Each person's hours, when a message gives several people's totals and asks about them together."""
    # the window the totals are all from ("..., all within the last 3 years") is no one's work
    windows = [m.span() for m in _WINDOW.finditer(text)]
    work = [q for q in work if not any(start <= q.start < end for start, end in windows)]
    totals = [q for q in work if q.unit == "hour" and not q.aimed]
    mine = _BARE_MINE.search(text) if all(q.subject == "other" for q in totals) else None
    # names alone before the amounts are people when the message asks who ("Ana 2,100 hrs, Ben 1,600 hrs ... who's
    # eligible?"); otherwise someone else must be spoken of, so "800 volunteer hours and 1000 paid" is one person's
    subjects = {q.subject for q in totals}
    named = "other" in subjects or bool(_ASKS_WHO.search(text))
    if len(totals) + bool(mine) < 2 or len(totals) != len(work) or not named:
        return None
    if not TOGETHER.search(text):
        return None
    people = [("you", to_number(mine.group(1)))] if mine else []
    for q in totals:
        before = _WHO_BEFORE.search(text, max(0, q.start - 60), q.start)
        who = (before.group(2) or before.group(1)) if before else ""
        # the asker speaks of the people named ("I manage 4 people: Ana 2,100 hrs, ..."): each is who is named
        name = "you" if (q.subject == "asker" and "other" in subjects) or who in ("i", "me", "mine") else who
        if not name or (name != "you" and (name in STOPWORDS or _KIND_OF_WORK.fullmatch(name))):
            return None
        people.append((name, q.value))
    return HoursByPerson(tuple(people))




def _by_label(program: Program, text: str, today: date) -> HoursByPerson | None:
    """Each person's hours, when the message lists its work under people's labels (or names) and asks about them
    together, the asker among them ("me: 30 hrs/wk for the last year. my friend: 10 hrs/wk for 4 years. eligible,
    each of us?"), or asks who ("A: 25 hrs/wk x 52 wks, B: 1,500 hrs. who is eligible?")."""
    labels = list(PERSON_LABEL.finditer(text))
    if len(labels) < 2:  # names just before amounts, as items of a list: "raj 20 hrs p/w for 1.5 yrs, lucy 40 hrs ..."
        labels = [m for m in _NAME_FIRST.finditer(text) if m[1] not in STOPWORDS and not _KIND_OF_WORK.fullmatch(m[1])]
    asker = any(m[1] in ME for m in labels)
    if len(labels) < 2 or not (asker and TOGETHER.search(text) or _ASKS_WHO.search(text)):
        return None
    people = []
    for label, after in zip(labels, [*labels[1:], None]):
        said = read_experience(program, text[label.end():after.start() if after else len(text)], today)
        if said is None or said.hours is None:
            return None
        people.append(("you" if label[1] in ME else label[1].removeprefix("my ").removeprefix("our "), said.hours))
    return HoursByPerson(tuple(people))


#: Where one person's statement ends: a sentence, a semicolon
_STATEMENT_END = re.compile(r"[.;!?](?!\d)")
#: A statement opened by the asker ("i have worked ...", "i've been 16 hrs / wk ...", "me , 20 hrs ...") or by one other
#: person ("she is full time ...", "my partner works ...", "he has done ...")
_ASKER_OPENS = re.compile(r"^\s*(?:(?:and|but|also|meanwhile|while) )?(?:i|me|myself)\b")
#: Both people asked about: "are we both eligible", "can either of us apply", "each of us"
_BOTH_ASKED = re.compile(r"\b(?:are we|both of us|each of us|we both|us both|are both|either of us|(?:do|can|could) we)\b")
_OTHER_OPENS = re.compile(rf"^\s*(?:(?:and|but|also|meanwhile|while) )?(?:she|he|they|(?:my|our) (?:\w+ )?({PERSON}))\b")


def _by_subject(program: Program, text: str, today: date) -> HoursByPerson | None:
    """The asker's hours and one other person's, when the message tells each one's work in statements of their own
    and asks about both ("my partner and i both work at the library . she is full time , 40 hrs / week since dec 2024 ;
    i have been 16 hrs / week for 2 years . are we both eligible ?"): each one's statements read on their own."""
    if not _BOTH_ASKED.search(text) and not _ASKS_WHO.search(text):
        return None
    said: dict[str, list[str]] = {"you": [], "other": []}
    name = ""
    for statement in _STATEMENT_END.split(text):
        other = _OTHER_OPENS.match(statement)
        who = "you" if _ASKER_OPENS.match(statement) else "other" if other else None
        if other and other[1]:
            name = name or f"your {other[1]}"
        if who is not None and _WORKISH.search(statement):
            said[who].append(statement)
    if not said["you"] or not said["other"]:
        return None
    people = []
    for who, statements in said.items():
        experience = read_experience(program, " . ".join(statements), today)
        if experience is None or experience.hours is None:
            return None
        people.append((name or "the other person" if who == "other" else who, experience.hours))
    return HoursByPerson(tuple(people))


def _periods_of(weeklies: list[re.Match[str]], rest: str, body: str) -> list[float] | None:
    """Each weekly rate's own period, in years: the first period said after it and before the next rate
    ("30 hrs/wk for 26 weeks, then 12 weeks of leave, then 30 hrs/wk for 36 weeks"), or, when the rates
    and periods are said apart as many as each other, in order; None when they cannot be paired. A period
    said just before a rate is its own ("3 yrs at 8 hrs a week")."""
    bounds = [w.start() for w in weeklies] + [len(body)]
    periods = []
    for w, end in zip(weeklies, bounds[1:]):
        before = _PERIOD_BEFORE.search(body, max(0, w.start() - 60), w.start())  # "3 yrs at 8 hrs a week"
        stop = _SENTENCE_STOP.search(body, w.end(), end)
        after = _durations(body[w.end():stop.start() if stop else end])  # in its own sentence
        just_before = None if after else _PERIOD_JUST_BEFORE.search(body, max(0, w.start() - 20), w.start())
        own = (_durations(before[0]) if before else after or (_durations(just_before[0]) if just_before else [])
               or _durations(body[w.end():end]))
        if not own:
            break
        periods.append(own[0])
    if len(periods) == len(weeklies):
        return periods
    durations = _durations(rest)
    return durations if len(durations) == len(weeklies) else None


#: When a total of hours was worked, said after it: it places the total, and is no more work ("1,300 hours, all from
#: the past 2 years", "1,600 hours (all earned since 2024)")
_TOTAL_WINDOW = re.compile(rf"((?:hours?|hrs?)(?: (?:in|at) (?:the )?(?:library|libraries)| there| here)?(?: as (?:a |an )?[a-z]+)?(?: (?:banked|logged|so far|in total|total|right now|now|currently|at the moment))?"
                           rf"\s*[,(]?\s*)(?:since (?:19|20)\d\d\b|all (?:\w+ )?(?:from|in|over|during|within|since) (?:the )?"
                           rf"(?:(?:last|past) )?(?:{NUMBER}\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)|(?:19|20)\d\d|"
                           r"(?:this|last|past) (?:year|month)|year|window)\b|"
                           # "1,500 hours in library ( last 2 years )", "1,500 hours from the past 2 years"
                           rf"(?:(?:from|over|during|within) )?(?:the )?(?:last|past) {NUMBER}\s*(?:years?|yrs?|months?|mos?)\b|"
                           # "1,500 volunteer hours there in the two years before i was hired"
                           rf"(?:in|over|during) the {NUMBER}\s*(?:years?|yrs?|months?|mos?) (?:before|prior)\b)")
#: ...or said before it, in a total named: "my timesheet total since march 2023 is 1,610 hours"
_TOTAL_SINCE = re.compile(rf"\b((?:total|tally|sum|count)(?: \w+)?) since (?:[a-z]+ )?(?:19|20)\d\d\b"
                          rf"(?=\s*(?:is|was|=|:|comes to|of|at)\s*(?:about |around |roughly )?{NUMBER})")
#: Time off said of weeks named before: "for 4 of those weeks"
_OF_THOSE = re.compile(r"\bof (?:those|these|them|the)\b")
#: Before a rate inside a question about time to go: "how many weeks to go at", "if i keep doing"
_ASKING_PACE = re.compile(r"\b(?:how (?:many|long|much)|until|till|keep|same pace|continue|stay\w*)\b")
#: A rate kept up from now (or from a return to work), in a question about the time to go: "if I keep volunteering 12
#: hours a week ... how many more weeks", "I start back at 18 hrs/wk in January, how many weeks after that"
_KEPT_UP = re.compile(r"\b(?:keep|continue|carry on|stay at|start\w* back|go\w* back|resum\w*)(?: \w+ing)?(?: (?:at|for|doing))?\s*(?:about |around )?$")
#: ...and the question's end after it
_ASKED_AT = re.compile(r"[^.;!]*(?:\?|$)")  # its stint may have lost the "?" ("... until i can apply")
#: A rate changed to, from now on: "if I bump up to 30 hrs/wk", "cut back to 10 hrs a week"
_RATE_CHANGE = re.compile(r"\b(?:bump\w*|go|going|increas\w*|switch\w*|drop\w*|cut\w*|chang\w*|mov\w*|rais\w*|"
                          r"reduc\w*)(?: \w+)? (?:up |down |back )?to\s*$")
#: When time off was taken is the leave's, not a stint of work: "a 10-week leave last year", "3 months off in 2024"
_WHEN_OFF = r"(?: (?:last|this) (?:year|summer|spring|fall|autumn|winter)| in (?:[a-z]+ )?(?:19|20)\d\d)?"
#: Time off inside the work, taken out of it: "a 26-week gap for parental leave", "3 months off", "6 month break"
_GAP = re.compile(rf"\b{NUMBER}\s*(?:-\s*)?({UNITS['year'].pattern}|{UNITS['month'].pattern}|{UNITS['week'].pattern})\s*"
                  # (or time unpaid, off: "except for 6 weeks unpaid when my dad was sick")
                  r"(?:gap|break|hiatus|pause|off|unpaid|(?:of )?(?:\w+ )?leave)\b(?! (?:a|an|per|each|every) (?:year|yr|summer|winter)\b)"
                  rf"{_WHEN_OFF}|"
                  # ...or the leave said first: "out on unpaid leave for 5 of those weeks", "on medical leave 2 months"
                  rf"\b(?:(?:out |off |away )?on (?:\w+ )?leave|(?:was|were|been|went) off) (?:for )?{NUMBER} (?:(?:of (?:those|these|them|the) )?"
                  rf"({UNITS['year'].pattern}|{UNITS['month'].pattern}|{UNITS['week'].pattern})\b|of (?:those|these|them)\b)"
                  rf"{_WHEN_OFF}|"
                  # ...or some of the time just said: "99 weeks, but 12 of those were maternity leave"
                  rf"\b{NUMBER} (?:({UNITS['year'].pattern}|{UNITS['month'].pattern}|{UNITS['week'].pattern}) )?"
                  rf"(?:of (?:those|these|them|that|it) (?:({UNITS['month'].pattern}|{UNITS['week'].pattern}) )?)?"
                  r"(?:were|was|(?:i|she|he) was) (?:spent )?(?:on |off on |out on )?(?:\w+ )?(?:leave|off)\b")
#: A time up to now: "for the last 8 months", "over the past 2 years"
_LAST_PERIOD = re.compile(rf"\b(?:for|over|in|during) the (?:last|past) {NUMBER}\s*(?:{UNITS['year'].pattern}|"
                          rf"{UNITS['month'].pattern}|{UNITS['week'].pattern})\b")
#: A stint said to begin at the one date it names, and go on: "started volunteering 5 hrs/wk in december 2025"
_BEGINS = re.compile(r"\b(?:since|start\w*|began|begun|came back|back (?:in|at)|return\w*|joined|hired|from|now|present|"
                     r"current\w*|still|to date)\b")
#: A stint of no work: "2019 to 2021 grad school", "jan 2023 to jan 2024: gap", "then nothing until ..."
_NO_WORK = re.compile(r"\b(?:gap|break|nothing|no work|not working|unemployed|off|leave|school|college|grad\w*|"
                      r"(?:left|quit) (?:libraries|the library|library work)|diploma|ged|hse|hiset|degree|"
                      # work, but not library work: "2016 - 2024 retail ( not a library )"
                      r"not (?:at |in )?(?:a |the )?librar\w*|non ?-? ?library|outside (?:of )?librar\w*)\b")
_FULL_TIME = re.compile(r"\bfull[ -]?time\b")


def _daily_rates(text: str) -> str:
    """`text` with each daily rate said as a weekly one, times the days a week said nearest it ("6 hours a day , 4 days a
    week for 1 year , then ... 6 hrs / day 3 days a week for the last 6 months": 24, then 18 hours a week)."""
    weekly = list(_DAYS_A_WEEK.finditer(text))
    spans: list[tuple[int, int, str]] = [(w.start(), w.end(), " ") for w in weekly]
    for daily in _DAILY.finditer(text):
        days = min(weekly, key=lambda w: min(abs(w.start() - daily.end()), abs(daily.start() - w.end())))
        spans.append((daily.start(), daily.end(), f"{to_number(daily[1]) * to_number(days[1]):g} hours a week"))
    for start, end, said in sorted(spans, reverse=True):
        text = f"{text[:start]}{said}{text[end:]}"
    return text


def _pace_asked(text: str) -> re.Match[str] | None:
    """A weekly rate said again in the question ("... how many weeks to go at 22 / wk ?"): the pace the time to go is
    asked at, not more work."""
    said: set[float] = set()
    ended = [m.span() for m in _WEEKS_AT.finditer(text)]  # "50 weeks at 30 hrs / wk" is hours worked, no rate going on
    for rate in list(_WEEKLY.finditer(text)):
        value = to_number(rate[1])
        if any(a <= rate.start() < b for a, b in ended):
            said.add(value)  # ...which is a pace said before all the same: "24 weeks at 20 hr/wk ... more weeks at 20/wk?"
            continue
        if _ASKED_AT.match(text, rate.end()) and (
                (value in said and _ASKING_PACE.search(text, max(0, rate.start() - 60), rate.start()))
                or _KEPT_UP.search(text, max(0, rate.start() - 40), rate.start())):  # "if i keep volunteering 12 a week"
            return rate
        said.add(value)
    return None


def _without_pace_asked(text: str) -> str:
    """`text` without the pace a question asks the time to go at (`_pace_asked`)."""
    rate = _pace_asked(text)
    return text if rate is None else f"{text[:rate.start()]}{' ' * (rate.end() - rate.start())}{text[rate.end():]}"


def _gap_years(gap: re.Match[str]) -> float:
    """The time off a `_GAP` match says, in years."""
    unit = gap[2] or gap[4] or gap[6] or gap[7] or _unit_before(gap)
    return to_number(gap[1] or gap[3] or gap[5]) / (1 if re.fullmatch(UNITS["year"].pattern, unit) else
                                          12 if re.fullmatch(UNITS["month"].pattern, unit) else 52)


def _unit_before(gap: re.Match[str]) -> str:
    """The unit of the last length said before time off that names none ("99 weeks ... 12 of those were leave")."""
    lengths = list(_DURATION.finditer(gap.string, 0, gap.start()))
    if not lengths:
        return "week"
    return "year" if lengths[-1][2] else "month" if lengths[-1][3] else "week"


#: Where time off was said, in text it was taken out of
_GAP_MARK = "\u00a4"
#: Time off said as part of the time just said: "for 1 year now , minus 6 weeks of medical leave", "but 12 of those"
_WITHIN = re.compile(r"\b(?:minus|less|except|excluding|not counting|but|including|with|of which)\b[^;]*$")


def _less_gaps(periods: list[float], starts: list[int], body: str, gaps: list[float]) -> list[float]:
    """Each rate's period less the time off said after that rate and before the next (`_GAP_MARK` in `body`): "10
    hrs/wk for 6 months , then 35 hrs/wk for 1 year , minus 6 weeks of leave" takes the 6 weeks from the year."""
    periods = list(periods)
    for mark, years in zip((m.start() for m in re.finditer(_GAP_MARK, body)), gaps):
        own = max([i for i, start in enumerate(starts) if start < mark], default=0)
        periods[own] = max(0.0, periods[own] - years)
    return periods


def _gaps(text: str) -> tuple[str, float]:
    """`text` without the time off said in it, and that time in years."""
    years = sum(_gap_years(m) for m in _GAP.finditer(text))
    return _GAP.sub(" ", text), years


def _as_year(when: MonthYear, end: bool, now: float) -> float:
    """A month as a point in time, in years: its start; a year alone starts it, or is now when it is this year's end."""
    if when.month is None:
        return now if end and when.year >= int(now) else float(when.year)
    return when.year + (when.month - 1) / 12


#: Where a stint ends, for stints dated one by one: also a comma before the next one's dates ("2017 to 2019 full time
#: at a bookstore, 2019 to 2021 grad school") or before a time of no work ("..., nothing since until I started ...")
_DATED_STINT = re.compile(rf"{_STINT.pattern}|,\s*(?=(?:from |between |in )?(?:(?:{_MONTH_NAMES})\.? )?(?:19|20)\d\d\b)|"
                          r",\s*(?=(?:nothing|no work|not working|unemployed|stayed|took)\b)|\b(?:until|till) (?=i\b)")


#: An entry of a timeline, opened by its month ("jun 2023 - started as a shelver , 10 hrs / wk / jun 2025 - left ...")
_ENTRY = re.compile(rf"(?:^|(?<=[.;/|] ))\s*((?:{_MONTH_NAMES})\.? (?:19|20)\d\d) ?(?::|-|–|—)")


def _timeline(text: str) -> str:
    """`text` with each entry of a timeline said to last until the next entry's month ("jun 2023 - started, 10 hrs /
    wk / jun 2025 - left for a non library job / dec 2025 - back, 15 hrs / wk , to date": the first until jun 2025, the
    second until dec 2025), so each is a stint with its own dates, and the last to go on from its month ("sept 2024 :
    promoted to clerk , 30 hrs / wk"). An entry that names its own end ("jan 2020 - dec 2021 : page") keeps it."""
    entries = list(_ENTRY.finditer(text))
    if len(entries) < 2:
        return text
    for entry, following in reversed(list(zip(entries, [*entries[1:], None]))):
        end = len(text[:following.start()].rstrip(" ;./|")) if following else len(text)
        if len(month_years(text[entry.start(1):end])) > 1:
            continue
        if following:
            text = f"{text[:end]} until {following[1]}{text[end:]}"
        else:
            text = f"{text[:entry.start(1)]}from {text[entry.start(1):]}"
    return text


def _last_month_in(began: float | None, ended: float) -> float:
    """The end of a span of months, as a point in years, from the start of its last month named: "march 2022 to
    march 2024" ends as march 2024 starts (two years); "jan 2019 to dec 2022" ends with december, four whole years,
    and "jan 2023 - jun 2024" with june, a year and a half: a span is whole years or half years the way people say it.
    A span whose start month is unsaid ends as its last month starts."""
    return ended + 1 / 12 if began is not None and round((ended - began) * 12 + 1) % 6 == 0 else ended


class _DatedWork(NamedTuple):
    """Work said stint by stint, each counted over its own dates."""

    #: each stint counted, as (hours a week, weeks within the window)
    stints: tuple[tuple[float, float], ...]
    #: the hours a week still going on, None when the work has stopped
    going_on: float | None
    #: a stint began before the window and went on into it
    straddles: bool
    #: a stint ended before the window
    before_window: bool


def _dated_rates(text: str, today: date, window_start: float, full_week: float) -> _DatedWork | None:
    """The work said stint by stint, each at its own rate over its own dates ("from March 2022 to March 2024 at 20
    hrs/wk, then 5 hrs/wk since December 2025"), counting only the part within the window. A duration said in a
    stint ("170 weeks total so far") is its length. None unless at least two stints are dated and every stint with a
    rate has its dates."""
    if not (_WEEKLY.search(text) or _FULL_TIME.search(text)):
        return None  # no rate, so no stint to count
    now = today.year + (today.month - 1) / 12
    timed, counted, rate_now, straddles, old = 0, [], None, False, False
    for stint in (s for s in _DATED_STINT.split(text) if s.strip()):
        stint, gap = _gaps(stint)
        rate = sum(to_number(m[1]) for m in _WEEKLY.finditer(stint)) or (full_week if _FULL_TIME.search(stint) else 0)
        dates = [when for _, when in month_years(stint, today)]
        last = _LAST_PERIOD.search(stint) if rate and not dates else None
        if last:  # "20 hrs/wk for the last 8 months": from then to now
            began, ended = now - sum(_durations(last[0])), now
        elif not dates:
            if rate:
                return None  # a rate with no dates of its own
            continue
        elif len(dates) > 2 or (len(dates) == 1 and not _BEGINS.search(stint)):
            if not rate and _NO_WORK.search(stint):
                continue  # "hs diploma 2021": a date, but of no work
            return None
        else:
            began = _as_year(dates[0], False, now)
            ended = min(now, _as_year(dates[1], True, now)) if len(dates) == 2 else now
            if len(dates) == 2 and dates[0].month and dates[1].month:
                ended = min(now, _last_month_in(began, ended))
        timed += 1
        if not rate:
            if ended > window_start and not _NO_WORK.search(stint):
                return None  # work in the window at no rate said
            continue
        in_window = max(0.0, ended - max(began, window_start))
        old = old or in_window == 0
        said = sum(_durations(_PER_WEEK.sub(" ", _WEEKLY.sub(" ", stint))))
        if said and len(dates) == 2 and dates[1].month is None:  # "for 2 yrs (2022-2023)": the years named, both
            in_window = max(0.0, min(now, ended + 1) - max(began, window_start))
        years = min(in_window, said or in_window) - gap
        if years > 0:
            counted.append((rate, round(52 * years, 1)))
        straddles = straddles or began < window_start < ended
        if ended >= now:
            rate_now = (rate_now or 0) + rate
    return _DatedWork(tuple(counted), rate_now, straddles, old) if timed >= 2 and counted else None


#: How far apart, as a share, two spans in different units may be and still be one time said twice (52 weeks is a
#: year; 78 weeks, 18 months)
_SAME_SPAN = 0.02


#: A time still to come that work is supposed to go on for, in a question about then: "if i keep volunteering 20 hrs a
#: week for the next 6 months", "for one more year", "for another 6 months", "6 more months"
_AHEAD = re.compile(rf"\b(?:for |over |in )?(?:the (?:next|coming) (?:{NUMBER} )?|another (?:{NUMBER} )?|one more |"
                    rf"{NUMBER} more )({UNITS['year'].pattern}|{UNITS['month'].pattern}|{UNITS['week'].pattern})\b")
#: ...said in a question that supposes it
_SUPPOSED_AHEAD = re.compile(r"\b(?:if|keep\w*|continu\w*|stay\w*|carry on|will i|would i|by then)\b")


#: ...or the time said after keeping it up: "if i keep doing 18 hrs a week at the library for 1 year , ..."
_KEPT_FOR = re.compile(rf"\b(?:keep|continu|stay|carry on)\w*\b[^.;,?!]{{0,60}}?\b(for {NUMBER} ({UNITS['year'].pattern}|"
                       rf"{UNITS['month'].pattern}|{UNITS['week'].pattern}))\b")


def _ahead(text: str) -> tuple[tuple[int, int], float, str] | None:
    """Where the time to come that the question supposes work goes on for is said (`_AHEAD`, `_KEPT_FOR`): its span,
    its weeks, and the time said plainly ("6 months")."""
    ahead = _AHEAD.search(text)
    if ahead is not None and _SUPPOSED_AHEAD.search(text):
        span, count, unit_said = ahead.span(), to_number(ahead[1] or ahead[2] or ahead[3] or "1"), ahead[4]
    elif (kept := _KEPT_FOR.search(text)) is not None:
        span, count, unit_said = kept.span(1), to_number(kept[2]), kept[3]
    else:
        return None
    unit = next(u for u in ("year", "month", "week") if re.fullmatch(UNITS[u].pattern, unit_said))
    return span, count * _WEEKS_IN[unit], f"{count:g} {unit}{'' if count == 1 else 's'}"


def read_experience(program: Program, text: str, today: date) -> Experience | None:
    """The experience the text describes (`_experience_of`), going on at the pace a question asks the time to go at
    when its stints have ended or were each paired with their own time ("... if not, how many more weeks at 20/wk?"),
    and for the time to come a question supposes (`_ahead`), which is no work done yet: unless it is paired with a rate
    of its own ("after another 52 weeks at 15 hrs/wk on top of ..."), and so counted as work, the hours so far are the
    hours without it, and the time is a projection at the rate said."""
    ahead = _ahead(text)
    experience = _experience_of(program, text, today)
    if ahead is not None:
        without = f"{text[:ahead[0][0]]} {text[ahead[0][1]:]}"
        past = _experience_of(program, without, today)
        if past is None or experience is None or past.hours != experience.hours:
            ahead = None  # the time to come is counted as a stint of its own
        else:
            text, experience = without, past
    pace = _pace_asked(text)
    if experience is None:
        return None
    if pace is not None and experience.hours is not None:
        experience = replace(experience, per_week=to_number(pace[1]))
    if ahead is not None and experience.hours is not None and experience.per_week:
        experience = replace(experience, ahead_weeks=round(ahead[1], 3), ahead_said=ahead[2])
    return experience


def _experience_of(program: Program, text: str, today: date) -> Experience | None:
    """The experience the text describes, or None when it gives no amount of work.

    Years named as a span ("from 2015 to 2018", "since 2023") give both the amount (counted as
    full time, as "3 years" is) and when it ended; `today` places them against the window, and
    of work that began before the window only the years since its start are counted.
    """
    full_year = program.eligibility.experience_hours
    now = today.year + (today.month - 1) / 12
    window_start = now - program.eligibility.experience_window_years
    text = _without_pace_asked(_TOTAL_SINCE.sub(r"\1", _TOTAL_WINDOW.sub(r"\1", text)))  # "1,300 hours, all from the past 2 years": when the total was worked
    factors: list[float] = []  # the numbers multiplied, which the calculation has read

    text = _LUNCH_OFF.sub(_without_lunch, text)  # "8 hours , 1 hour lunch break , monday to friday": 7 hours a day
    text = _shift_hours(_season_hours(_years_counted(_times_added(text)), factors), factors)
    text = _QUARTERS.sub(_quarter_month, text)  # "Q3 2024 through Q2 2026": from July 2024 to June 2026
    text = _dates_in_words(text, today)  # "since 15.09.2023": since sep 2023
    text = _MONTH_RANGE.sub(lambda m: f"{m[1]} {m[3]} to {m[2]} {m[3]}", text)
    school_years = bool(_SHORT_SPAN.search(text))  # "2024-25" ends in its second year, even this one
    text = _SHORT_SPAN.sub(lambda m: f"{m[1]} - {m[1][:2]}{m[3]}" if m[3] > m[2] else m[0], text)
    began, ended_at = _span(text, now, to_now=not school_years)
    # "started two years ago": the last two years of work; a rate said between stays ("hired 20 hrs/wk for the last 8 months")
    text = _STARTED_AGO.sub(lambda m: f"{m[1]} for the last {m[3]}", _AGO_FIRST.sub(r"\3 \1", text))
    text = _SINCE_DURATION.sub(r"for \1 \2", text)  # "hired since 10 weeks": for 10 weeks
    ago_match = AGO.search(text)
    ended = months_ago(ago_match) / 12 if ago_match else (now - ended_at if ended_at is not None else None)
    when = ago_match[0] if ago_match else f"in {ended_at:.0f}" if ended_at is not None else ""
    text = _WEEKDAY_FIRST.sub(r"\3 \4 a week", text)  # "every saturday for 4 hours", "saturdays only , 8 hours"
    text = _PERIOD_FIRST.sub(lambda m: f"{m[2]} hours {m[1] or 'a pay period'}", text)
    text = _PERIODIC.sub(lambda m: f"{round(to_number(m.group(1)) * _per_year(m.group(2) or m.group(3) or m.group(4)) / 52, 3):g}"
                                   " hours a week", text)
    daily, days = _DAILY.search(text), _DAYS_A_WEEK.search(text)
    days_a_year = _DAYS_A_YEAR.search(text)
    if daily and days:  # "4 days a week, 6 hours a day": 24 hours a week
        text = _daily_rates(text)
    elif daily and days_a_year:  # "7 hrs a day, 180 days a year": the same hours, spread over the year's weeks
        rate = f"{round(to_number(daily.group(1)) * to_number(days_a_year.group(1)) / 52, 3):g} hours a week"
        text = _DAYS_A_YEAR.sub(" ", _DAILY.sub(rate, text))
    dated = _dated_rates(_timeline(text), today, now - program.eligibility.experience_window_years, full_year / 52)
    if dated is not None:
        return Experience(sum(rate * weeks for rate, weeks in dated.stints), None, assumed_full_time=False,
                          per_week=dated.going_on, straddles_window=dated.straddles,
                          amounts=tuple(to_number(m[1]) for m in _WEEKLY.finditer(text)), stints=dated.stints,
                          left_out=("before the window",) if dated.before_window else ())
    gaps = [_gap_years(m) if _WITHIN.search(text, max(0, m.start() - 25), m.start()) or _OF_THOSE.search(m[0]) else 0.0
            for m in _GAP.finditer(text)]  # ("then 12 weeks of leave , then ...": a stint of its own, not of a rate's)
    text, gap = _GAP.sub(f" {_GAP_MARK} ", text), sum(_gap_years(m) for m in _GAP.finditer(text))  # each marked
    body = _WINDOW.sub(" ", AGO.sub(" ", _UNTIL.sub(" ", _SINCE.sub(" ", _SPAN.sub(" ", text)))))
    weeks_a_year, weeks_off = _WEEKS_A_YEAR.search(body), _WEEKS_OFF.search(body)
    months_a_year = _MONTHS_A_YEAR.search(body)  # "9 months a year (school library)": the weeks of 9 months
    year_weeks = (to_number(next(g for g in weeks_a_year.groups() if g)) if weeks_a_year else
                  round(to_number(months_a_year.group(1)) * 52 / 12, 3) if months_a_year else
                  52.0 - to_number(weeks_off.group(1)) if weeks_off else 52.0)
    body = _MONTHS_A_YEAR.sub(" ", body)
    body = _WEEKS_OFF.sub(" ", body)
    body = _RESTATED.sub(r"\1", _WEEKS_A_YEAR.sub(" ", _THE_PAST.sub(r"for 1 \1", body)))
    # every weekly rate said adds up ("15 hrs/wk paid + 5 hrs/wk volunteering"); the duration is what is left
    body = _bare_rates(body)
    weeklies = list(_WEEKLY.finditer(body))
    rest = _WEEKLY.sub(" ", body)
    rest = _PER_WEEK.sub(" ", rest)  # "a few hours a week": "a week" is a rate, not a duration of one week
    rest = _HOW_OFTEN.sub(" ", rest)  # "(we are paid every two weeks)": how often, not how long
    # beside a weekly rate, a total is the hours so far; every amount said is added up
    held = [m for m in _HOURS.finditer(rest)
            if not _NOT_HELD.search(rest, 0, m.start()) or _HELD_AFTER.match(rest[m.end():])]
    if held:  # "900 hours as a page and 900 as a volunteer": a bare amount after one in hours is in hours
        held += [m for m in _BARE_AFTER.finditer(rest, held[0].end()) if not any(h.start() <= m.start(1) < h.end()
                                                                                   for h in held)]
        # ...and so is one just before it, of another kind of work: "800 volunteer and 1000 paid hours"
        held += [b for b in (_BARE_BEFORE.search(rest, max(0, h.start() - 40), h.start()) for h in held[:]) if b]
    heading = _HOURS_HEADING.search(rest)
    if not held and heading:  # "my hours: 900 paid, 600 volunteer": the unit is said once, before the list
        held = list(_LISTED.finditer(rest, heading.end()))
    kinds = list(_BARE_KIND.finditer(rest))
    if not held and len(kinds) > 1 and _HOURS_WORD.search(rest):  # "I have 600 volunteer + 1,300 paid" (hours)
        held = kinds
    mine = _BARE_MINE.search(rest)
    if not held and mine and _HOURS_WORD.search(rest):  # "how many more hours do I need if I have 1,250?"
        held = [mine]
    hours = sum(to_number(m.group(1)) for m in held) if held else None
    amounts = (*(to_number(m.group(1)) for m in [*held, *weeklies]), *factors)
    rest = _AIMED_PERIOD.sub(" ", rest)  # "she says i need 2 full years" is the requirement, not the work
    years = quantity(rest, UNITS["year"].pattern, LENGTH)
    months = quantity(rest, UNITS["month"].pattern, LENGTH)
    weeks = quantity(rest, UNITS["week"].pattern, LENGTH)
    spans = [t for t in (years, (months or 0) / 12 or None, (weeks or 0) / 52 or None) if t]
    # the same time said in two units ("18 months at 22 hrs/wk (78 weeks)") is said once; other times add up
    said = spans[0] if len(spans) > 1 and max(spans) - min(spans) <= _SAME_SPAN * max(spans) else sum(spans)
    if began is None and ended_at is not None and said:
        began = ended_at - said  # "3 years, I left in 2023"
    straddles = began is not None and ended_at is not None and began < window_start < ended_at
    if began is not None and ended_at is not None:
        said = round(ended_at - max(began, window_start) if straddles else (said or ended_at - began), 6)  # months as years: 1/12 is inexact
    said = max(0.0, said - gap) if said else said  # "since december 2023, with a 26-week gap for parental leave"
    if not weeklies and said and _RATE_ASKED.search(body):  # "how many hrs a week would i need ... in 1 year"
        # (what is held already counts toward it: "i have 1,500 hours ; how many a week to hit 1,820 in 3 months ?")
        aim = program.eligibility.experience_hours  # ("to get 1820 hours in 1 year": the requirement aimed at, not held)
        held_now = sum(to_number(m.group(1)) for m in held if to_number(m.group(1)) != aim) or None
        return Experience(held_now, ended, assumed_full_time=False, rate_asked_for=said, ended_when=when, amounts=amounts)
    if weeklies:
        changed = [w for w in weeklies if _RATE_CHANGE.search(body, max(0, w.start() - 30), w.start())]
        # a rate changed to ("if I bump up to 30 hrs/wk") is the rate from now on, in place of the ones before it
        per_week = to_number(changed[-1].group(1)) if changed else sum(to_number(w.group(1)) for w in weeklies)
        stopped = ended_at is not None and ended_at < now - 1 / 12  # work that ended goes on at no rate
        durations = _durations(rest)
        # "6 months full time and 6 months at 20 hrs/wk": full time is a rate unsaid; not when each time has its rate
        # ("20 hrs/wk for 30 weeks, then full time at 40 hrs/wk for 26 weeks")
        if re.search(r"\bfull time\b", rest) and len(durations) > max(1, len(weeklies)):
            return Experience(None, ended, assumed_full_time=False, ended_when=when, amounts=amounts)
        if hours is not None and not said:  # "I have 1200 hours, how much longer at 20 hours a week"
            return Experience(hours, ended, assumed_full_time=False, per_week=per_week, hours_said=True,
                              ended_when=when, amounts=amounts)
        if said:
            # each rate for its own time ("10 hrs/wk for 3 years then 25 hrs/wk for a year"), or all
            # of them for the one time said; hours said beside them are added ("plus 300 volunteer hrs")
            periods = _periods_of(weeklies, rest, body)
            paired = len(weeklies) > 1 and periods is not None and not straddles
            if paired and periods is not None and gaps:  # time off comes out of the stint it is said in
                periods = _less_gaps(periods, [w.start() for w in weeklies], body, gaps)
            worked = (sum(to_number(w.group(1)) * 52 * d for w, d in zip(weeklies, periods or ())) if paired
                      else per_week * (52 * said if weeks else year_weeks * said))
            repeated = _ROUND_REPEATED.search(body, weeklies[-1].end()) if paired else None
            named = _ROUND_YEARS.search(text, weeklies[-1].end()) if paired else None  # text: the body has no years
            times = (to_number(repeated.group(1)) if repeated else
                     len(re.findall(r"(?:19|20)\d\d", named[1])) if named else 1.0)
            if sum(periods or ()) <= 1 + 1e-9:  # the year's round, done again: so many times its hours
                worked *= times
            # the rate goes with it: "30 hrs a week, started 40 weeks ago: how many more weeks?"
            # ...and of rates each for its own time, the last one's when it goes on ("then 40 hrs/wk, for 30 weeks now")
            last = to_number(weeklies[-1].group(1)) if paired and _GOES_ON.search(_sentence_of(body, weeklies[-1])) else None
            return Experience(worked + (hours or 0), ended, assumed_full_time=False, straddles_window=straddles,
                              ended_when=when, per_week=last if paired else None if stopped else per_week,
                              amounts=amounts)
        return Experience(None, ended, assumed_full_time=False, per_week=per_week, ended_when=when, amounts=amounts)
    if hours is not None:
        # hours said beside old work and a date within the window are the recent work's: "2016 to 2020 , nothing
        # since except 300h volunteering in 2025" (not "1,820 hours , all from 2019 and 2020")
        recent = [w for _, w in month_years(text, today) if w.year + ((w.month or 12) - 1) / 12 >= window_start]
        if ended is not None and ended > program.eligibility.experience_window_years and recent:
            return Experience(hours, None, assumed_full_time=False, hours_said=True, amounts=amounts,
                              left_out=("before the window",))
        return Experience(hours, ended, assumed_full_time=False, straddles_window=straddles, hours_said=True,
                          ended_when=when, amounts=amounts)
    if not said and years is None and months is None:
        return None
    part_time = bool(_PART_TIME.search(body))
    return Experience(None if part_time else said * full_year, ended, assumed_full_time=not part_time,
                      straddles_window=straddles, ended_when=when, amounts=amounts)


#: A stint said to go on to now: "for 30 weeks now", "for the last 6 months", "so far"
_GOES_ON = re.compile(r"\b(?:now|so far|currently|still|(?:for|over|in) the (?:last|past)|ever since)\b")


def _sentence_of(text: str, found: re.Match[str]) -> str:
    """The sentence or stint of `text` that holds `found`, from the stint break before it to the one after."""
    start = max((m.end() for m in _STINT.finditer(text, 0, found.start())), default=0)
    end = _STINT.search(text, found.end())
    return text[start:end.start() if end else len(text)]


def _span(text: str, now: float, to_now: bool = True) -> tuple[float | None, float | None]:
    """When the work began and ended, as years (2018.0), from the years the text names; None if unsaid.
    A span to this year ("2016-2026") runs to now, unless `to_now` is False (school years)."""
    spans = list(_SPAN.finditer(text))
    if spans:  # several spans ("the 2024-25 and 2025-26 school years") run from the first to the last
        # a month said places the span within its years: "jan 2019 to dec 2022" is four whole years
        began = min(float(s.group(2)) + (MONTHS[s.group(1)] - 1) / 12 if s.group(1) else float(s.group(2)) for s in spans)
        ended = max(_last_month_in(float(s.group(2)) + (MONTHS[s.group(1)] - 1) / 12 if s.group(1) else None,
                                   float(s.group(4)) + (MONTHS[s.group(3)] - 1) / 12) if s.group(3) and s.group(4) else
                    float(s.group(4)) if s.group(4) and (int(s.group(4)) < int(now) or not to_now) else now for s in spans)
        ended = min(ended, now)  # "through Q4 2026" in December 2026: to now
        return (began, ended) if began <= ended else (None, None)
    since = _SINCE.search(text)
    if since:
        began = float(since.group(2)) + ((MONTHS[since.group(1)] - 1) / 12 if since.group(1) else 0.0)
        if began <= now:
            return began, now
    for start, end, when in dated(text):  # any date said as the start, in any words: "since the fall semester of 2024",
        # "started ... right before covid hit ( march 2020 ) and have gone every week since"
        if _SINCE_BEFORE.search(text, max(0, start - 20), start) or (
                _STARTED_BEFORE.search(text, max(0, start - 100), start)
                and (_GOING_ON.search(text, end, _sentence_end(text, end)) or not _ENDED.search(text))):  # no end: it goes on
            began = when.year + ((when.month or 1) - 1) / 12
            if began <= now:
                return began, now
    until = _UNTIL.search(text)
    if until and float(until.group(1)) <= now:
        return None, float(until.group(1))
    return None, None


@dataclass(frozen=True)
class Work:
    """What a message says of library work: the asker's experience, or several people's hours."""

    #: the asker's work, without others' amounts and without stints that do not count; None when no amount is said
    experience: Experience | None = None
    #: several people's totals said side by side and asked about together
    by_person: HoursByPerson | None = None
    #: the requirement is said back beside the work ("1820 hrs? i've got 35/wk x 52 wks"): it asks about it
    requirement_said: bool = False


def read_work(program: Program, text: str, quantities: tuple[Quantity, ...], for_someone: bool, today: date) -> Work:
    """The work `text` states; `quantities` are its amounts with whose each is, `for_someone` that it asks
    about someone else ("asking for my mom: ... can she apply?")."""
    window_start = MonthYear(today.year - program.eligibility.experience_window_years, today.month)
    work = [q for q in quantities if q.unit in ("hour", "hours a week")]
    people = _by_label(program, text, today) or _by_person(text, work) or _by_subject(program, text, today)
    if people is not None:
        return Work(by_person=people)
    # an amount said of no one named is the asker's ("library work: 40 hrs/wk ... coworker has 3,000 hrs")
    whose = [q.subject or "asker" for q in work]
    if _BARE_MINE.search(text):  # "my coworker has 3,000 hours and I have 1,200": the bare amount is mine
        whose.append("asker")
    if "asker" not in whose and "other" in whose and not for_someone:
        return Work()  # several other people's hours ("jo has 1,200 hrs, sam has 2,000"), or only someone
        # else's unless asked for them
    # the requirement said back ("1820 hrs? i've got 35/wk x 52 wks") asks about it, and is no one's hours
    required = [q for q in work if q.unit == "hour" and q.value == program.eligibility.experience_hours and len(work) > 1]
    # asked for someone else, only their amounts count ("my daughter works 15 hrs a week ...; I have 3,000 hours
    # myself. is she eligible?"); otherwise only the asker's: "you're at 1,400 hrs? I'm at 1,650"
    whom = "asker" if for_someone and "other" in whose else "other"
    if "asker" in whose or required:
        times = [q for q in quantities if q.unit in ("year", "month", "week") and q.subject == whom]
        for q in (q for q in [*work, *times] if q.subject == whom or q in required):
            # its number goes; its unit stays, to say it is hours ("she's eligible after 8 months" is not my time)
            number = re.match(NUMBER, text[q.start:])
            width = number.end() if number else q.end - q.start
            text = f"{text[:q.start]}{' ' * width}{text[q.start + width:]}"
    text, left_out, too_old = _counted_stints(_bare_hours(text), window_start, today)
    if not text and left_out:
        return Work(Experience(0.0, None, assumed_full_time=False, hours_said=True, left_out=left_out))
    experience = read_experience(program, text, today)
    if (experience is not None and experience.per_week is None and _NO_LIBRARY_WORK.search(text)
            and not any(_in_library(s) for s in _work_stints(text) if not _NO_LIBRARY_WORK.search(s))):
        # (not "2022 - at the library at 15/wk ... 2024 to now - grad school, no library work")
        # "eleven years teaching, but never worked or volunteered in a library": none of it counts (a library job to
        # come, "i start a 16 hr/week page job", is still counted from now)
        return Work(Experience(0.0, None, assumed_full_time=False, hours_said=True, left_out=("not in a library",)))
    if experience is not None and too_old and experience.hours_said and experience.hours is not None:
        experience = replace(experience, hours=max(0.0, experience.hours - too_old),  # the old part of the total goes
                             amounts=(*experience.amounts, too_old))
    if experience is not None and left_out:
        experience = replace(experience, left_out=tuple(dict.fromkeys((*left_out, *experience.left_out))))
    return Work(experience, requirement_said=bool(required))
