"""Quantities in text: "900 hours", "1,900 hrs", "two years", "3 days", "a 2 semester credit class"."""
from __future__ import annotations

import re

_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half a": 0.5, "a half": 0.5}
#: Digits are bounded where they are read: a run of more than this many is no amount anyone means
#: (and as a float it would overflow the arithmetic), so it is no number at all.
MAX_DIGITS = 7
_ANY_NUMBER = (rf"(?:(?<![\d.])\d{{1,{MAX_DIGITS}}}(?:\.\d{{1,4}})?(?![\d.]?\d)|"
               + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")(?: and a half)?")
#: A number in digits or words, captured as group 1.
NUMBER = rf"({_ANY_NUMBER})\b"
#: A number of years, months or weeks: never a calendar year ("in 2025 - all year" is no 2,025 years)
LENGTH = rf"(?!(?:19|20)\d\d\b){NUMBER}"
#: Words of units: never between a number and another unit ("300 hrs this year" is not 300 years)
UNIT_WORDS = r"hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?|mos?|years?|yrs?|credits?"
#: Up to two words between a number and its unit ("2000 volunteer hours"), none of them a number
#: itself, so "a 2 semester credit class" is 2, not "a", nor a vague amount: "a few hours" is no number, nor a
#: unit word: "300 hrs this year" is hours, not years, nor a preposition: "a semester one for renewal hours" is no
#: amount of hours.
QUALIFIER = (rf"(?:(?!(?:{_ANY_NUMBER}|few|couple|lot|lots|bunch|several|handful|dozen|ton|number|half|for|to|in|on|at|with|from|by|this|that|last|next|"
             rf"{UNIT_WORDS})\b)\w+ ){{0,2}}?")


def to_number(token: str) -> float:
    """A number in digits or words; "one and a half" is 1.5."""
    if token.endswith(" and a half"):
        return to_number(token[:-len(" and a half")]) + 0.5
    return _WORDS[token] if token in _WORDS else float(token)


def quantity(text: str, unit: str, number: str = NUMBER) -> float | None:
    """The `number` before `unit` (a regex), allowing a couple of words between ("2000 volunteer hours"),
    and a half more when said after the unit ("a year and a half")."""
    match = re.search(rf"\b{number}\s*(?:-\s*)?{QUALIFIER}{unit}\b( and a half\b)?", text)
    return to_number(match.group(1)) + (0.5 if match.group(2) else 0) if match else None
