"""Month-and-year mentions and month arithmetic.

Understood: "June 2023", "jan 2022", "fall '23", "Sept. of 2022", "june '23", "july of '23", "11/2025", "2025-11",
"march 15th, 2024", "4/15/2024", "2024/04/15", "4/15/24", "spring 2024", "fall semester 2022" (seasons read as their
first month), "the end of
2022", "in 2021" (year only), and, from today's date, "last month", "this month", "next month",
"last spring", "this year", "last year", "next year", "two years ago", "18 months ago"; holidays as their month ("the
week after labor day 2023", "last thanksgiving"); and a month counted on from the date before it ("october 2023 ... the
month after that", "two months later").
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from .numbers import NUMBER, to_number

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

#: "June 2023", "Sept. of 2022", "march 15th, 2024" (the day is read past: months are what count)
_NAMED = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s*\.?\s*"
                    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?,?\s*(?:of\s+)?((?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(0?[1-9]|1[0-2])\s*[/-]\s*(?:(?:0?[1-9]|[12]\d|3[01])\s*[/-]\s*)?((?:19|20)\d\d)\b|"
                      # year first: "2025-11", "2023-09-20", and with slashes or dots only as a whole date ("2023/09/20",
                      # "2023.09.20"): "2023/24" is a school year
                      r"\b((?:19|20)\d\d)\s*(?:-|([/.])(?=\s*\d{1,2}\s*[/.]\s*\d))\s*(0?[1-9]|1[0-2])(?:\s*[-/.]\s*(?:0?[1-9]|[12]\d|3[01]))?\b|"
                      # a whole date with the year's last two digits: "7/1/26" (slashes only: "10-15" is a range)
                      r"\b(0?[1-9]|1[0-2])\s*/\s*(?:0?[1-9]|[12]\d|3[01])\s*/\s*(\d\d)\b(?!\s*/)")
#: A whole date with the day first, as it must be when the first number is over 12: "25/05/2022", "14.09.2023"
_DAY_FIRST = re.compile(r"\b(?:1[3-9]|2\d|3[01])\s*[/.-]\s*(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:19|20)\d\d\b")
#: A date said again in words just after it: "10/01/2025 (10th january)", "01/06/2023, i.e. 1st june"
_RESTATED_DAY = re.compile(r"\s*[-—–,(]*\s*(?:this is |that is |i\.? ?e\.? |ie |meaning )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?("
                           + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\s*,?\s*(?:19|20)\d\d)")
#: "the end of 2022", "the start of 2023", "early 2021", "mid 2024": a month of the year
_YEAR_END = re.compile(r"\b(end|beginning|start|early|mid|late)(?: of)? ((?:19|20)\d\d)\b")
_PART_OF_YEAR = {"end": 12, "late": 11, "mid": 6, "early": 2, "beginning": 1, "start": 1}
#: A year named alone; an amount of hours is no year ("2000 hrs at the library")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*(?:-\s*)?(?:\w+ )?(?:hours?|hrs?|h)\b)")
#: A "year" that is an amount of dollars: "$2000", "budget is $ 2000"
_MONEY_BEFORE = re.compile(r"\$\s?$")
_SHORT_YEAR = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s*\.?\s*"
                         r"(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:of\s+)?'(\d\d)\b")  # "jan 20 '25"
#: Seasons and the holidays people date things by, each read as its month (the new year opens its january: "right
#: after new year 2022", "new year's day 2024"; "the week after labor day 2023" is september; a holiday of one word,
#: "thanksgiving", is its month's name already, `normalise._SPELLINGS`)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "new year": 1, "labor day": 9, "labour day": 9,
            "july 4th": 7, "4th of july": 7, "fourth of july": 7,
            "independence day": 7, "memorial day": 5, "valentine s day": 2, "valentines day": 2,
            "mlk day": 1, "presidents day": 2, "president s day": 2, "mother s day": 5, "mothers day": 5,
            "father s day": 6, "fathers day": 6, "spring break": 3, "winter break": 12}
_SEASON_NAMES = "|".join(sorted(_SEASONS, key=len, reverse=True))
_HOLIDAY_NAMES = "|".join(sorted((n for n in _SEASONS if n not in ("spring", "summer", "fall", "autumn")), key=len, reverse=True))
_SEASON = re.compile(rf"\b({_SEASON_NAMES})(?:s| s)?(?: (?:semester|term|quarter|session|day|weekend|break|holidays?|week))?"
                     r"(?: of| in)? ((?:19|20)\d\d|'\d\d)\b")
#: "two years ago", "18 months ago", "1.5 yrs ago": the one reader of "N years ago" (`months_ago`)
AGO = re.compile(rf"\b{NUMBER}\s*(years?|yrs?|months?|mos?)(?: and {NUMBER}\s*(months?|mos?)|( and a half))? ago\b")
#: Weeks back, or pay periods (two weeks each, as library pay mostly is): "10 weeks ago", "6 pay periods ago"
_WEEKS_AGO = re.compile(rf"\b{NUMBER}\s*(weeks?|wks?|(?:bi ?weekly |two week |2 week )?pay ?(?:periods?|checks?|cycles?)) ago\b")
#: "in 3 months", "in two years": a month still to come
_IN_TIME = re.compile(rf"\bin (?:about |around )?{NUMBER}\s*(years?|yrs?|months?|mos?)\b(?! ago)")
_NEAR_MONTH = re.compile(r"\b(next|last|this|this past|this coming|coming) (" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?! \d)")
_LAST_SEASON = re.compile(rf"\b(?:last ({_SEASON_NAMES}|spring|summer|fall|autumn)|(?:the )?({_SEASON_NAMES}) before last)\b")
#: A month or season counted back from the latest one: "the october before last", "two octobers ago", "3 summers ago"
_MONTH_NAMED = "|".join(sorted(MONTHS, key=len, reverse=True))
_COUNTED_BACK = re.compile(rf"\b(?:the ({_MONTH_NAMED}) before last|(?P<count>{NUMBER}) ((?:{_MONTH_NAMED}|{_SEASON_NAMES}))(?:e?s)? ago)\b")
#: A month counted on from the date said just before it: "october 2023 ... the month after that", "two months later"
_LATER = re.compile(rf"\b(?:the (month|year) after(?: that| it| this)?\b|(?:a|one|{NUMBER}) (months?|years?) (?:later|after that)\b|"
                    r"the (following|next) (month|year)(?= (?:i|we|she|he|they)\b|\W*$|\W))")
#: Enrolling said to be done now: "if i enroll today", "i enrolled today" (not "i'm only enrolling now, can my
#: old course count?", which asks something else)
_DOING_NOW = re.compile(r"\b(?:if (?:i |we |you )?(?:enroll|apply|sign up|register)|enrolled|applied|signed up|registered) "
                        r"(today|now|right now|this week)\b")
#: "Q2 2023": a quarter of a year, read as its first month
_QUARTER = re.compile(r"\bq([1-4]) (?:of )?((?:19|20)\d\d)\b")


@dataclass(frozen=True, order=True)
class MonthYear:
    year: int
    #: None when only the year was given
    month: int | None = None

    def plus_months(self, months: int) -> MonthYear:
        if self.month is None:  # only the year is known: move by whole years
            return MonthYear(self.year + months // 12)
        index = self.year * 12 + (self.month - 1) + months
        return MonthYear(index // 12, index % 12 + 1)

    def on(self, day: int) -> date | None:
        """The date on `day` of this month (a 31st in June is the 30th); None when only the year is known."""
        return None if self.month is None else date(self.year, self.month, min(day, monthrange(self.year, self.month)[1]))

    def months_after(self, earlier: MonthYear) -> int | None:
        """Whole months from `earlier` to this month; None unless both months are known."""
        if self.month is None or earlier.month is None:
            return None
        return self.year * 12 + self.month - (earlier.year * 12 + earlier.month)

    def __str__(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}" if self.month else str(self.year)


#: The date the asker says it is: "it's may 2027", "today is jan 1, 2026", "as of march 2027"
_SAID_TODAY = re.compile(rf"\b(?:it is|its|today is|today :|as of|now is)(?: now)? (?={_NAMED.pattern})")


def said_today(text: str, today: date) -> tuple[date, str]:
    """The date the cleaned text says it is (the first of its month), and the text with that date said as
    "today" so it is not read as any other month; `today` and the text as it is when it says none.
    "it's may 2027 and I'm enrolling next month" counts next month from May 2027."""
    found = _SAID_TODAY.search(text)
    if found is None:
        return today, text
    named = _NAMED.match(text, found.end())
    assert named is not None  # the lookahead matched it
    return date(int(named.group(2)), MONTHS[named.group(1)], 1), f"{text[:named.start()]}today{text[named.end():]}"


def find_month_year(text: str, today: date | None = None) -> MonthYear | None:
    """The first month-and-year in cleaned text; a bare year only when there is no month.

    Relative forms ("last year", "two years ago") need `today`.
    """
    found = month_year_at(text, today)
    return found[1] if found else None


def month_year_at(text: str, today: date | None = None) -> tuple[int, MonthYear] | None:
    """`find_month_year`, with where in the text it is."""
    found = month_years(text, today)
    months = [f for f in found if f[1].month is not None]  # a bare year only when there is no month
    if months or found:
        return (months or found)[0]
    return None


def month_years(text: str, today: date | None = None) -> list[tuple[int, MonthYear]]:
    """Every month-and-year in cleaned text, and every year named alone, with where it is, in order."""
    return [(start, when) for start, _, when in dated(text, today)]


def date_spans(text: str, today: date | None = None) -> list[tuple[int, int]]:
    """Where each month, year or relative date ("3 years ago") of `month_years` is in cleaned text."""
    return [(start, end) for start, end, _ in dated(text, today)]


#: The day of a whole date: "5/10/2023" (month first), "2023-05-10", "may 10th, 2023", "10 may 2023"
_DAY_IN = re.compile(r"(1[3-9]|2\d|3[01])\s*[/.-]\s*\d{1,2}\s*[/.-]|(?:0?[1-9]|1[0-2])\s*/\s*(\d{1,2})\s*/|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(\d{1,2})|"
                     r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:/|-))")
_ALL_NUMBERS = re.compile(r"[\d\s/.-]+")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def day_of(text: str, start: int, end: int) -> int | None:
    """The day of the month of the date at `text[start:end]` (a span of `dated`), when it is said."""
    restated = _RESTATED_DAY.match(text, end)
    if restated and _ALL_NUMBERS.fullmatch(text, start, end):  # "10/01/2025 (10th january)"
        return int(restated.group(1))
    found = _DAY_IN.match(text, start, end) or _DAY_BEFORE.search(text, max(0, start - 8), start)
    day = next((int(g) for g in found.groups() if g), None) if found else None
    return day if day is not None and 1 <= day <= 31 else None


def dated(text: str, today: date | None = None) -> list[tuple[int, int, MonthYear]]:
    """Every month-and-year of `month_years`, with where it starts and ends."""
    candidates: list[tuple[int, int, MonthYear]] = []
    for m in _NAMED.finditer(text):
        candidates.append((m.start(), m.end(), MonthYear(int(m.group(2)), MONTHS[m.group(1)])))
    for m in _SHORT_YEAR.finditer(text):
        candidates.append((m.start(), m.end(), MonthYear(2000 + int(m.group(2)), MONTHS[m.group(1)])))
    day_first = list(_DAY_FIRST.finditer(text))
    for m in _NUMERIC.finditer(text):
        if any(d.start() <= m.start() < d.end() for d in day_first):
            continue
        month, year = ((m.group(1), m.group(2)) if m.group(1) else (m.group(5), m.group(3)) if m.group(3)
                       else (m.group(6), f"20{m.group(7)}"))
        restated = _RESTATED_DAY.match(text, m.end())  # "10/01/2025 (10th january)": the day came first
        if restated and m.group(1) and MONTHS[restated.group(2)] != int(month):
            day_first.append(m)
            continue
        candidates.append((m.start(), m.end(), MonthYear(int(year), int(month))))
    for m in day_first:
        numbers = re.findall(r"\d+", m[0])
        candidates.append((m.start(), m.end(), MonthYear(int(numbers[-1]), int(numbers[1]))))
    for m in _QUARTER.finditer(text):
        candidates.append((m.start(), m.end(), MonthYear(int(m.group(2)), 3 * int(m.group(1)) - 2)))
    for m in _SEASON.finditer(text):
        year = int(m.group(2)) if m.group(2)[0] != "'" else 2000 + int(m.group(2)[1:])  # "fall '23"
        candidates.append((m.start(), m.end(), MonthYear(year, _SEASONS[m.group(1)])))
    for m in _YEAR_END.finditer(text):
        candidates.append((m.start(), m.end(), MonthYear(int(m.group(2)), _PART_OF_YEAR[m.group(1)])))
    if today is not None:
        candidates += _relative(text, today)
    for m in _LATER.finditer(text):  # "applied the month after that": the latest date said before it, moved on
        before = [c for c in candidates if c[1] <= m.start() and c[2].month is not None]
        if before:
            unit = m.group(1) or m.group(3) or m.group(5)
            count = 1 if m.group(1) or m.group(4) or not m.group(2) else int(to_number(m.group(2)))
            latest = max(before, key=lambda c: c[1])[2]
            candidates.append((m.start(), m.end(), latest.plus_months(count * (12 if unit.startswith("year") else 1))))
    covered = [m.span() for pattern in (_NAMED, _SHORT_YEAR, _NUMERIC, _DAY_FIRST, _SEASON, _YEAR_END, _QUARTER)
               for m in pattern.finditer(text)]
    candidates += [(year.start(), year.end(), MonthYear(int(year.group(1)))) for year in _YEAR.finditer(text)
                   if not any(a <= year.start() < b for a, b in covered) and not _MONEY_BEFORE.search(text, 0, year.start())]
    return sorted(candidates, key=lambda c: c[0])


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A year said relative to this one, with its month said beside it: "march of last year", "the year before last , in
#: may", "last year in march"; groups: the month before, the year's words, the month after
_MONTH_OF_YEAR = re.compile(rf"\b(?:(?:in )?({_MONTH_NAMES}) (?:of )?)?(?:the )?(last year|year before last|this year)\b"
                            rf"(?: ?,? (?:in|during) ({_MONTH_NAMES})\b)?")
_YEARS_BACK = {"last year": 1, "year before last": 2, "this year": 0}
#: Years back from a month said relative to now: "two years ago this past march", "3 years ago last june"
_AGO_FROM_MONTH = re.compile(rf"\b{NUMBER}\s*(?:years?|yrs?) ago (?:this past|last|this) ({_MONTH_NAMES})\b")


def _relative(text: str, today: date) -> list[tuple[int, int, MonthYear]]:
    now = MonthYear(today.year, today.month)
    found: list[tuple[int, int, MonthYear]] = []
    for m in _MONTH_OF_YEAR.finditer(text):  # "march of last year": March 2025; "the year before last": 2024
        month = m.group(1) or m.group(3)
        found.append((m.start(), m.end(), MonthYear(today.year - _YEARS_BACK[m.group(2)], MONTHS[month] if month else None)))
    for m in _AGO_FROM_MONTH.finditer(text):  # "two years ago this past march": the last March, two years back
        month = MONTHS[m.group(2)]
        found.append((m.start(), m.end(), MonthYear(today.year - (month > today.month) - int(to_number(m.group(1))), month)))
    found += [(m.start(), m.end(), MonthYear(today.year + 1)) for m in re.finditer(r"\bnext year\b", text)]
    found += [(m.start(), m.end(), now.plus_months(-1)) for m in re.finditer(r"\blast month\b", text)]
    found += [(m.start(), m.end(), now) for m in re.finditer(r"\bthis month\b", text)]
    found += [(m.start(), m.end(), now.plus_months(1)) for m in re.finditer(r"\bnext month\b", text)]
    for m in _NEAR_MONTH.finditer(text):  # "next March", "last october", "this june"
        month = MONTHS[m.group(2)]
        year = today.year + {"next": month <= today.month, "this coming": month <= today.month,
                             "coming": month <= today.month, "last": -(month >= today.month),
                             "this past": -(month >= today.month)}.get(m.group(1), 0)
        found.append((m.start(), m.end(), MonthYear(year, month)))
    for m in _LAST_SEASON.finditer(text):  # the latest such season that has begun: "last spring"; the one before it
        month = _SEASONS[m.group(1) or m.group(2)]
        before = 1 if m.group(2) else 0  # "the spring before last"
        found.append((m.start(), m.end(), MonthYear((today.year if month < today.month else today.year - 1) - before, month)))
    for m in _COUNTED_BACK.finditer(text):  # "two octobers ago": the latest october, then one more back
        name = m.group(1) or m.groups()[-1]
        back = 2 if m.group(1) else int(to_number(m.group("count")))
        month = MONTHS.get(name) or _SEASONS[name]
        latest = today.year - (month >= today.month)  # as "last october", "last summer" say
        found.append((m.start(), m.end(), MonthYear(latest - (back - 1), month)))
    for m in _DOING_NOW.finditer(text):  # "if i enroll today": this month
        found.append((m.start(1), m.end(1), now))
    for m in _IN_TIME.finditer(text):  # "expires in 3 months"
        found.append((m.start(), m.end(), now.plus_months(round(months_ago(m)))))
    for m in AGO.finditer(text):
        found.append((m.start(), m.end(), now.plus_months(-round(months_ago(m)))))
    for m in _WEEKS_AGO.finditer(text):  # "6 pay periods ago": twelve weeks back, to the month
        weeks = to_number(m.group(1)) * (1 if m.group(2).startswith("w") else 2)
        found.append((m.start(), m.end(), now.plus_months(-round(weeks * 12 / 52))))
    # a date read whole ("two years ago this past march") is not also read in its parts ("two years ago")
    whole = [(start, end) for start, end, _ in found]
    return [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != (f[0], f[1]) for s, e in whole)]


def months_ago(match: re.Match[str]) -> float:
    """How many months back an `AGO` match says ("2 years and 3 months ago" is 27, "a year and a half ago" 18)."""
    groups = match.groups() + (None,) * 5  # `_IN_TIME` has fewer groups than `AGO`
    count = to_number(groups[0]) + (0.5 if groups[4] else 0)  # "a year and a half ago"
    more = to_number(groups[2]) if groups[2] else 0
    return (count * 12 if match.group(2).startswith("y") else count) + more


def is_past(when: MonthYear, today_year: int, today_month: int) -> bool:
    """True when the whole of `when` (its month, or its year) is before today's month."""
    if when.month is None:
        return when.year < today_year
    return (when.year, when.month) < (today_year, today_month)


def is_future(when: MonthYear, today_year: int, today_month: int) -> bool:
    """True when the whole of `when` (its month, or its year) is after today's month."""
    if when.month is None:
        return when.year > today_year
    return (when.year, when.month) > (today_year, today_month)
