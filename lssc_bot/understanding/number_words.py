"""Numbers said in words, as digits: "twenty hours a week" is "20 hours a week", "a dozen" is 12, "a couple of
workshops" two,
"the fifteenth of march" is "15 march", "twenty twenty-four" is 2024, "twelve hundred" is 1200, "three quarters
of a year" is "9 months",
"one thousand eight hundred and twenty" and "eighteen twenty" are 1820 (as dictation writes them).

One to twelve stay words: the readers know them as words ("two years", "one elective"), and a
digit would change how the FAQ matcher sees everyday words ("one of the sets"). Runs on casefolded
text whose compound hyphens are spaces ("twenty four").
"""
from __future__ import annotations

import re

from .dates import MONTHS

_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ONE = _alternatives(_ONES)
_TEEN = _alternatives(_TEENS)
_TEN = _alternatives(_TENS)
_ORDINAL = rf"(?:(?:twenty|thirty) )?(?:{_alternatives(_ORDINALS)})"
_MONTH = _alternatives(MONTHS)
#: "twenty twenty four", "nineteen ninety nine": a year
_YEAR = re.compile(rf"\b(twenty|nineteen) ((?:{_TEN})(?: (?:{_ONE}))?|{_TEEN})\b(?! (?:hundred|thousand)\b)")
#: "eighteen twenty hours", "fifteen forty hrs": a total of hours said in pairs (never a weekly rate, where "fifteen
#: twenty hours a week" is a range)
_PAIRED = re.compile(rf"\b({_TEEN}) ((?:{_TEN})(?: (?:{_ONE}))?)(?= (?:\w+ )?(?:hours|hrs)\b(?! (?:a|per|each|every) (?:week|wk)))")
#: "which is one ninety nine", "do i pay three twenty five or three fifty": a price said in pairs, as dictation writes it
#: (not a count of what follows: "for one twenty hour week")
_PRICE_PAIR = re.compile(rf"\b(is|was|costs?|for|at|pay|paid|charges?|runs?|or) ({_ONE}) ((?:{_TEN})(?: (?:{_ONE}))?|{_TEEN})\b"
                         r"(?! (?:\w+ )?(?:hours?|hrs?|minutes?|mins?|weeks?|wks?|months?|years?|yrs?|days?|people|staff|sets?|"
                         r"courses?|classes|credits?|percent|am|pm)\b)")
#: "zero library hours", "zero tech hours so far": none of what is counted
_ZERO = re.compile(r"\bzero\b(?= (?:\w+ ){0,2}?(?:hours?|hrs?|credits?|sets?|electives?|days?|weeks?|months?|years?)\b)")
#: "twenty four", "thirty", "fifteen": an amount (one to twelve stay words)
_AMOUNT = re.compile(rf"\b(?:({_TEN})(?: ({_ONE}))?|(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b")
#: "a dozen" is 12, "half a dozen" 6, "two dozen" 24
_DOZEN = re.compile(r"\b(?:(half) (?:a )?|(\d{1,2}|a|one|two|three) )?dozen\b")
#: "a couple of" things counted one by one is two of them: "a couple of conference days", "a couple two-hour workshops"
#: (not "a couple of hours", which says only a few)
_COUPLE = re.compile(r"\ba couple (?:of )?(?=(?:[a-z\d]+ ){0,2}?(?:conference days|days|credits|sets|electives|courses|classes|"
                     r"webinars|workshops|sessions|trainings|seminars|conferences|modules|lectures)\b)")
#: "a pair of 90-min webinars" is two of them
_PAIR = re.compile(r"\ba pair of ")
#: "a couple hundred" is 200
_COUPLE_HUNDRED = re.compile(r"\ba couple (?:of )?hundred\b")
#: An amount and a half, of hours or dollars: "seventeen and a half hours" is 17.5 (years, months and weeks are
#: `_AND_A_HALF`'s)
_HALF_MORE = re.compile(rf"\b(\d{{1,3}}|{_ONE}|ten|eleven|twelve) and a half (?=(?:hours?|hrs?|h|dollars?)\b)")
#: An amount said roughly with "-ish": "forty-ish hours" is about 40
_ISH = re.compile(r"\b(\d+(?:\.\d+)?) ?ish\b")
#: A share of a year, as months: "three quarters of a year" is 9 months, "half a year" 6
_PART_OF_YEAR = re.compile(r"\b(?:(a|one|two|three) quarters? of a year|(half (?:of )?a year|a half year))\b")
#: A unit and a half: "a year and a half" is 1.5 years, "two months and a half" 2.5 months
_AND_A_HALF = re.compile(rf"\b(\d{{1,2}}|a|an|{_ONE}) (year|month|week)s? and a half\b")
#: "15 hundred", "a hundred", "twelve hundred and 50", "three hundred 25": hundreds, and what is said after them
_HUNDRED = re.compile(rf"\b(\d{{1,2}}|a|{_ONE}|{_TEEN}) hundred(?:(?: and)? (\d{{1,2}}|{_ONE}|ten|eleven|twelve)\b(?! hundred\b))?\b")
#: "a thousand", "1 thousand 820", "two thousand and 5": thousands, and what is said after them
_THOUSAND = re.compile(rf"\b(\d{{1,3}}|a|{_ONE}|ten|eleven|twelve) thousand(?:(?: and)? (\d{{1,3}}|{_ONE}|ten|eleven|twelve)\b)?\b")
#: "the fifteenth of march", "march the first" ("june 2nd" stays as it is); "may" is a month here only where it
#: cannot be the verb ("the first may be": no; "may twelfth 2024": yes)
_DAY_FIRST = re.compile(rf"\b(?:the )?({_ORDINAL}) (of (?:{_MONTH})|(?!may\b)(?:{_MONTH}))\b")
_MONTH_FIRST = re.compile(rf"\b((?!may\b)(?:{_MONTH})|may(?= the| {_ORDINAL} ,? ?\d{{4}}\b)) (?:the )?({_ORDINAL})\b")


def as_digits(text: str) -> str:
    """`text` with its numbers in words (thirteen and up, years, days of a month, dozens) in digits."""
    text = _PAIRED.sub(lambda m: str(100 * _value(m[1]) + _value(m[2])), _YEAR.sub(lambda m: str(100 * _value(m[1]) + _value(m[2])), text))
    text = _ZERO.sub("0", text)
    text = _PRICE_PAIR.sub(lambda m: f"{m[1]} ${100 * _value(m[2]) + _value(m[3])}", text)
    text = _DAY_FIRST.sub(lambda m: f"{_ordinal(m[1])} {m[2].removeprefix('of ')}", text)
    text = _MONTH_FIRST.sub(lambda m: f"{m[1]} {_ordinal(m[2])}", text)
    text = _ISH.sub(r"about \1", _AMOUNT.sub(lambda m: str(_value(m[0])), text))
    text = _HALF_MORE.sub(lambda m: f"{_value(m[1]) + 0.5:g} ", _COUPLE_HUNDRED.sub("200", text))
    text = _COUPLE.sub("two ", _PAIR.sub("2 ", text))
    text = _COUPLE.sub("two ", _DOZEN.sub(lambda m: "6" if m[1] else str(12 * _value(m[2] or "a")), text))
    text = _PART_OF_YEAR.sub(lambda m: f"{6 if m[2] else 3 * _value(m[1])} months", text)
    text = _AND_A_HALF.sub(lambda m: f"{_value('a' if m[1] == 'an' else m[1]) + 0.5:g} {m[2]}s", text)
    text = _HUNDRED.sub(lambda m: str(100 * _value(m[1]) + _value(m[2] or "0")), text)
    return _THOUSAND.sub(lambda m: str(1000 * _value(m[1]) + _value(m[2] or "0")), text)


def _value(words: str) -> int:
    """The number of "twenty four", "fifteen", "seven" or "12"."""
    return sum(int(w) if w.isdigit() else 1 if w == "a" else _TENS.get(w) or _TEENS.get(w) or _ONES[w] for w in words.split())


def _ordinal(words: str) -> int:
    """The number of "fifteenth", "twenty first"."""
    *tens, last = words.split()
    return sum(_TENS[t] for t in tens) + _ORDINALS[last]
