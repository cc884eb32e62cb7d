"""A message that corrects itself, read as corrected.

In chat people fix what they typed in the next breath: "enrolled jan 2022 - wait no, jan 2023",
"40 hrs/wk for 60 wks, scratch that, 30 hrs/wk", "20 hrs/wk for 1.5 years, sorry, 16 hrs not 20".
The value after the correction replaces the last value of the same kind before it (a date, or an
amount of the same unit), and the correction itself goes, so every calculator reads one value.
A correction that gives no value of a kind said before changes nothing: "sorry if this is a dumb
question" is no correction.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import date_spans
from .lexicon import AMOUNTS
from .numbers import NUMBER

#: What opens a correction: "wait no", "scratch that", "i mean", "sorry", "make that", "correction:";
#: "actually" only as "actually it was"
_MARKER = re.compile(r"(?:\s*[-—–,.;:(]\s*)*\b(?:wait,? no|no,? wait|wait|scratch that|correction|i mean|i meant|"
                     r"(?:oh )?sorry|oops|my bad|make that|or rather|actually(?=,? (?:it|that) (?:was|is)\b))\b"
                     r"(?:\s*[-—–,:]\s*)*(?:(?:actually|it|that) (?:was|is|should be|should have been) )?")
#: Where the correction ends
_END = re.compile(r"[.;!?]|$")
#: "16 hrs not 20": the new number, then the one it replaces
_NOT = re.compile(rf"{NUMBER}[^.;!?\d]{{0,20}}?\bnot {NUMBER}")
#: Units said either way of the same amount: "20 hrs/wk ... sorry, 16 hrs"
_SAME = {"hours a week": "hour"}


def corrected(text: str, today: date) -> str:
    """`text` (cleaned) with each correction applied: the value it gives in place of the one it corrects."""
    for marker in reversed(list(_MARKER.finditer(text))):
        end = _END.search(text, marker.end())
        if end is None or marker.end() == end.start():
            continue
        fixed = _apply(text[:marker.start()], text[marker.end():end.start()], today)
        if fixed is not None:  # what the correction says after its value stays: "30 hrs/wk, for 60 weeks"
            text = f"{fixed[0]} {fixed[1]}{text[end.start():]}"
    return text


def _apply(before: str, correction: str, today: date) -> tuple[str, str] | None:
    """`before` with the value of `correction` in place of the last of its kind, and what the correction
    says after its value; None if it gives no value of a kind said before."""
    instead = _NOT.search(correction)
    if instead is not None:  # "16 hrs not 20": the 20 said before is 16
        olds = list(re.finditer(rf"(?<![\d.]){re.escape(instead[2])}(?![\d.]?\d)", before))
        return (f"{before[:olds[-1].start()]}{instead[1]}{before[olds[-1].end():]}", correction[instead.end():]) if olds else None
    new_dates = date_spans(correction, today)
    if new_dates:
        start, end = new_dates[0]
        old_dates = date_spans(before, today)
        if not old_dates:
            return None
        old_start, old_end = old_dates[-1]
        return f"{before[:old_start]}{correction[start:end]}{before[old_end:]}", correction[end:]
    amounts = [(m.start(), unit, m) for unit, pattern in AMOUNTS.items() if (m := pattern.search(correction))]
    if not amounts:
        return None
    _, unit, new = min(amounts, key=lambda a: a[0])  # the first amount said; of one, the unit listed first
    olds = [m for name, old in AMOUNTS.items() if _SAME.get(name, name) == _SAME.get(unit, unit)
            for m in old.finditer(before)]
    old = max(olds, key=lambda m: m.start(), default=None)
    return None if old is None else (f"{before[:old.start(1)]}{new[1]}{before[old.end(1):]}", correction[new.end():])
