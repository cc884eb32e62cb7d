"""Work said as a share of full time: "half-time", "three-quarter time", "0.5 FTE", "75% of full time".

A share is a weekly rate only beside its own hours ("0.75 FTE (30 hrs)") or the full-time week it is a share of ("full time here is 40 hrs",
"a 37.5-hour week"), so it is put as that many hours a week, and a full-time week said only to define
the share ("( full time is 40 hrs )") is taken out: it is no work done. Without a full-time week said, the
share is left as it is: a "half-time" of a 35-, 37.5- or 40-hour week are different amounts, and the
bot does not guess which.
"""
from __future__ import annotations

import re
from fractions import Fraction


_SHARE_WORDS = {"half": Fraction(1, 2), "three quarter": Fraction(3, 4), "three quarters": Fraction(3, 4),
                "quarter": Fraction(1, 4), "two third": Fraction(2, 3), "two thirds": Fraction(2, 3), "third": Fraction(1, 3)}
#: a full-time week's hours, always two digits ("40", "37.5")
_WEEK = r"(\d{2}(?:\.\d+)?)"
_HOURS = r"(?:hours?|hrs?|h)"
_A_WEEK = r"(?: ?(?:a|per|each|/) ?(?:week|wk))"

#: The share itself; a decimal is a share only as an FTE ("0.5 fte"), as "1.5 time" is not one
_SHARE = re.compile(r"\b(?:a |one )?(?P<word>half|three quarters?|quarter|two thirds?|third)[ -]?(?:time|fte)\b|"
                    r"\b(?P<top>[1-9]) / (?P<bottom>[2-9]) (?:time|fte)\b|"
                    r"(?<![\d.])(?P<decimal>0?\.\d+|1\.0) ?fte\b|"
                    r"(?<![\d.])(?P<percent>\d{1,3}) ?(?:%|percent) ?(?:time|fte|of (?:a |the )?full time(?: hours| week| job)?)\b")

#: The full-time week said as what the share is of (taken out), or as work done full time (kept)
_FULL_WEEK = re.compile(
    # "( full time is 40 hrs )", "full time here = 40 h / wk", "our full time week is 37.5 hours"
    rf"(?P<defined>(?:\(\s*)?(?:(?:our|the|a|where|and|with|if) )?full time(?: week| hours| job| schedule)?"
    rf"(?: here| there| at (?:my|our|the|this) \w+)? (?:is|=|means|being|would be|counts as) (?:a |an )?(?:about |around )?"
    rf"{_WEEK} ?-? ?{_HOURS}?(?: (?:work )?week)?{_A_WEEK}?(?: here| there)?(?:\s*\))?|"
    # "at / of a 40 hour week", "at 40 hrs full time", "of a 40 hour full time week"
    rf"\b(?:at|of|on) (?:a |an |our |the )?{_WEEK} ?-? ?{_HOURS}(?: (?:full time )?(?:work )?week|{_A_WEEK}? full time)\b|"
    # ", 40 hrs full time", "( 40 hrs / wk = full time )"
    rf"(?:\(\s*)?\b{_WEEK} ?{_HOURS}{_A_WEEK}? (?:is |= ?|being |counts as )?full time\b(?:\s*\))?)|"
    # "full time at 40 hrs / wk for a year, then half time": a stint, whose rate the share is of
    rf"(?P<worked>\bfull time (?:at |of )?(?:about |around )?{_WEEK} ?{_HOURS}{_A_WEEK}?)")


def _share(found: re.Match[str]) -> Fraction:
    if found["word"]:
        return _SHARE_WORDS[found["word"]]
    if found["top"]:
        return Fraction(int(found["top"]), int(found["bottom"]))
    if found["decimal"]:
        return Fraction(found["decimal"])
    return Fraction(int(found["percent"]), 100)


#: Full time said with its hours, no week said: "go full time ( 40 hrs )", "full time at 37.5 hrs", "full time 40 h"
_FULL_AT = re.compile(rf"\bfull time,? (?:\(\s*|at |of |- )?(?:about |around )?{_WEEK} ?{_HOURS}\b(?!{_A_WEEK}|\s*\d)(?:\s*\))?")


#: A share's own hours a week, in brackets after it: "0.75 fte ( 30 hrs )", "half time ( 20 hrs / wk )"
_OWN_HOURS = re.compile(rf"\s*\(\s*(?:about |around |so |=\s*)?(\d{{1,2}}(?:\.\d+)?) ?{_HOURS}{_A_WEEK}?\s*\)")


def share_of_full_time(text: str) -> str:
    """Cleaned `text` with each share of full time put as the hours a week it is, when its own hours or the full-time
    week are said: "0.75 fte ( 30 hrs )" -> "30 hours a week", "i work three quarter time ( full time is 40 hrs )" ->
    "i work 30 hours a week"; full time said with its hours and no share is that many hours a week ("go full time (
    40 hrs )")."""
    for found in reversed(list(_SHARE.finditer(text))):
        own = _OWN_HOURS.match(text, found.end())
        if own:
            text = f"{text[:found.start()]}{own[1]} hours a week{text[own.end():]}"
    if not _SHARE.search(text):
        return _FULL_AT.sub(lambda m: f"full time at {m[1]} hours a week", text)
    full = _FULL_WEEK.search(text)
    if full is None:
        return text
    week = Fraction(next(n for n in full.groups() if n is not None and re.fullmatch(_WEEK, n)))
    if full["defined"]:
        text = f"{text[:full.start()]} {text[full.end():]}"
    shares = [m for m in _SHARE.finditer(text) if 0 < _share(m) < 1]
    for found in reversed(shares):
        hours = float(_share(found) * week)
        text = f"{text[:found.start()]}{hours:g} hours a week{text[found.end():]}"
    return text
