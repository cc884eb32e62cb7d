"""Month-and-year mentions ("June 2023", "jan 2022", "11/2025", "in 2021") and month arithmetic."""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

_NAMED = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?,?\s+(?:of\s+)?((?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(0?[1-9]|1[0-2])\s*[/-]\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*-\s*(0?[1-9]|1[0-2])\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


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

    def __str__(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}" if self.month else str(self.year)


def find_month_year(text: str) -> MonthYear | None:
    """The first month-and-year in cleaned text; a bare year only when there is no month."""
    named = _NAMED.search(text)
    numeric = _NUMERIC.search(text)
    found = [m for m in (named, numeric) if m]
    if found:
        first = min(found, key=lambda m: m.start())
        if first is named:
            return MonthYear(int(first.group(2)), _MONTHS[first.group(1)])
        if first.group(1):
            return MonthYear(int(first.group(2)), int(first.group(1)))
        return MonthYear(int(first.group(3)), int(first.group(4)))
    year = _YEAR.search(text)
    return MonthYear(int(year.group(1))) if year else None


def is_past(when: MonthYear, today_year: int, today_month: int) -> bool:
    """True when the whole of `when` (its month, or its year) is before today's month."""
    if when.month is None:
        return when.year < today_year
    return (when.year, when.month) < (today_year, today_month)
