"""A message that corrects itself, read as corrected.

In chat people fix what they typed in the next breath: "enrolled jan 2022 - wait no, jan 2023",
"40 hrs/wk for 60 wks, scratch that, 30 hrs/wk", "20 hrs/wk for 1.5 years, sorry, 16 hrs not 20".
The value after the correction replaces the last value of the same kind before it (a date, or an
amount of the same unit), and the correction itself goes, so every calculator reads one value.
A correction that gives no value of a kind said before changes nothing: "sorry if this is a dumb
question" is no correction. A figure said again more exactly in brackets after it is read the same
way: "a bit over a year (say 60 weeks)", "about 4 hours of tech training (5 hours exactly)",
"roughly 20 hrs/wk (22 to be exact)" are 60 weeks, 5 hours and 22 hrs/wk; a guess counted again leaves the count:
"about 20 renewal hours... let me count exactly: a 1-credit course and five 1-hour webinars" is the course and webinars.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from .dates import date_spans
from .lexicon import AMOUNTS
from .numbers import NUMBER, UNIT_WORDS, to_number

#: What opens a correction: "wait no", "scratch that", "i mean", "sorry", "make that", "correction:";
#: "actually" only as "actually it was"
_MARKER = re.compile(r"(?:\s*[-—–,.;:(]\s*)*\b(?:wait,? no|no,? wait|wait|scratch that|correction|i mean|i meant|hold on|hang on|"
                     # an edit marked after the message was sent: "* edit : not cataloging , it was access"
                     r"edit(?:ed)?(?= :)|call it(?= \$)|"
                     # a figure put right after a pause: "900 hours . . . hmm , more like 1,100"
                     r"(?<=[-—–.,] )(?:hmm+ ,? )?(?:more like|closer to)(?= \d)|(?<=[-—–.,] )hmm+(?= ,? (?:more like|closer to) \d)|"
                     r"(?:oh )?sorry|oops|my bad|make that|or rather|actually(?=,? (?:it|that) (?:was|is)\b|,? \d)|"
                     # a bare "no" before a figure, after a pause: "4 conference days . . . no , 3"
                     r"(?<=[-—–.,] )no(?= ?,? (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b))|"
                     # a hedge asked, then settled: "certified in 2023 ? yes , the certificate says may 12 , 2023"
                     r"(?<=\? )(?:yes|yeah|yep|ok|okay)(?= ,)|"
                     r"(?:it|that) (?:is|was) actually|but actually)\b"
                     r"(?:\s*[-—–,:]\s*)*(?:(?:actually|it|that) (?:was|is|should be|should have been) )?(?:more like |closer to )?")
#: A marker that settles a hedge rather than takes something back
_SETTLED = re.compile(r"\b(?:yes|yeah|yep|ok|okay)\b")
#: Where the correction ends
_END = re.compile(r"[.;!?]|$")
#: "16 hrs not 20": the new number, then the one it replaces (one with its own unit is an amount: "30 months, not 2
#: years")
_NOT = re.compile(rf"{NUMBER}[^.;!?\d]{{0,20}}?\bnot (\d+(?:\.\d+)?)\b(?!\s*(?:{UNIT_WORDS})\b)")
#: The wrong amount said after the right one, which is no amount: "18 months , not a year"
_NOT_THAT = re.compile(r"^\s*,?\s*(?:and )?not (?:a|an|one|\d+(?:\.\d+)?) [a-z]+")
#: Units said either way of the same amount: "20 hrs/wk ... sorry, 16 hrs", "2 years ... actually 18 months"
_SAME = {"hours a week": "hour", "year": "time", "month": "time", "week": "time", "semester credit": "credit",
         "quarter credit": "credit"}
#: The right figure said first, then the wrong one: "25 hrs a week, not 20": the 20 is no amount
_RIGHT_NOT_WRONG = re.compile(r"(\b\d+(?:\.\d+)?\s*[a-z/ ]*?)\s*,?\s*\bnot (\d+(?:\.\d+)?)\b(?!\s*(?:[a-z/]+ )?(?:hours?|hrs?|h|weeks?|wks?|"
                              r"months?|years?|yrs?|days?|credits?)\b)")
#: A bare number and the word after it: "200 volunteer", corrected by "300 volunteer"
_BARE = re.compile(rf"\b{NUMBER} ([a-z]+)")
#: An amount of dollars
_MONEY = re.compile(r"\$ ?\d[\d,]*(?:\.\d\d)?")
#: A count made again, exactly, after a guess at it: "about 20 hours ... let me count exactly :", "roughly $2,000 - well ,
#: exactly $2,000", "roughly 1.5 conference days , ok exactly : one full day plus a half day"
_RECOUNT = re.compile(r"\b(?:let me (?:count|add (?:it|them|that) up|tally|check)(?: (?:it|them))?(?: (?:exactly|properly|again|up))?|"
                      r"(?:ok|okay|well|or|i mean|actually|no) ?,? (?:exactly|precisely)|to be (?:exact|precise))\b\s*[:,-]?")
#: ...and the guess it replaces: a figure with a hedge before it, up to its unit ("about 20 renewal hours")
_GUESS = re.compile(rf"\b(?:about|around|roughly|approximately|approx|like|maybe|probably|~)\s*(?:\$\s?)?{NUMBER}"
                    rf"(?=\s*(?:[a-z]+ ){{0,2}}?(?:{UNIT_WORDS}|conference days?|credits?|courses?|webinars?)\b|\s*[-—–,.;:])")


def _recounted(text: str) -> str:
    """`text` without a guessed figure that a count made again exactly replaces, and without the words that say so: the
    items counted, or the exact figure, are what the message says (what the guess was of stays: "renewal hours")."""
    for recount in reversed(list(_RECOUNT.finditer(text))):
        guess = next(reversed(list(_GUESS.finditer(text, max(0, recount.start() - 100), recount.start()))), None)
        if guess is None or re.search(r"[?(]", text[guess.end():recount.start()]) \
                or _ALONE.match(text[recount.end():].lstrip(" ,:-")) or text[recount.end():].lstrip(" ,:-").startswith("$"):
            continue  # a bracket's is `_restated`'s, a figure said alone the correction's: "about 25 , actually exactly 25"
        text = f"{text[:guess.start()]}{text[guess.end():recount.start()].rstrip(' .,;:-—–')} : {text[recount.end():].lstrip()}"
    return text


#: A figure in brackets, said again more exactly: "( say 60 weeks )", "( 5 hours exactly )", "( 22 to be exact )"
_BRACKET = re.compile(rf"\(\s*((?:say|so|exactly|precisely|really|actually|like|about|approx\w*|around|~|i\.? ?e\.?|ie|=)\s*,?\s*)?{NUMBER}"
                      r"\s*([a-z/ ]*?)\s*(exactly|precisely|to be (?:exact|precise))?\s*\)")
#: A unit just before an amount, which makes it a rate's period: "4 days| a week"
_RATE_BEFORE = re.compile(r"\b(?:days?|hours?|hrs?|h|times?|shifts?|sessions?)\s*(?:/\s*)?$")
#: Units of one kind of amount, for a figure said again in another: "a year ( 52 weeks )"
_KIND = {"year": "time", "month": "time", "week": "time"}


#: Words said by mistake and taken back: "i said cataloging but i meant collection management"
_TAKEN_BACK = re.compile(r"\bi (?:said|wrote|typed|put|listed|mentioned) [^.;!?]{1,40}? ,? ?but (?=(?:i )?meant\b)")


#: Words struck out, and maybe what they were instead: "scratch access , that was collection management", "scratch youth"
_SCRATCHED = re.compile(r"\bscratch (?!that\b)([a-z][a-z&' ]{1,40}?)(?: ,? ?(?:that was|it was|i meant|make (?:it|that)|"
                        r"should be|replace (?:it )?with) ([a-z][a-z&' ]{1,40}?))? ?"
                        # why it is struck, which is said of it and of nothing before: "scratch tech , i withdrew"
                        r"(?:, (?![^.;!?]*\binstead\b)[^.;!?]*)?(?=[.;!?]|$)")


def _scratched(text: str) -> str:
    """`text` with each scratched word taken out where it was said before, and the word said instead put there."""
    for scratch in reversed(list(_SCRATCHED.finditer(text))):
        olds = list(re.compile(rf"\b{re.escape(scratch[1])}\b").finditer(text, 0, scratch.start()))
        if olds:
            old = olds[-1]
            text = f"{text[:old.start()]}{scratch[2] or ''}{text[old.end():scratch.start()]}{text[scratch.end():]}"
    return text


#: A lone star before words, chat's mark for "I meant": "done foundations and comm *tech not comm" (a message with one
#: star only, after words it corrects: stars in pairs are emphasis, and stars that open lines are a list's bullets)
_STAR = re.compile(r"(?<!\*)(?<=\S) ?\* (?=[a-z])")


#: What names competency sets in a few words, if any: a correction naming one puts right the set named last
Names = Callable[[str], Sequence[str]]


def corrected(text: str, today: date, names: Names | None = None) -> str:
    """`text` (cleaned) with each correction applied: the value it gives in place of the one it corrects, and words
    taken back left out."""
    if text.count("*") == 1:
        text = _STAR.sub(" , i mean ", text)
    text = _scratched(_TAKEN_BACK.sub("", _restated(_CAME_TO.sub(r"( \1 )", _HEDGE_DENIED.sub(" , ", _recounted(text))))))
    text = _RIGHT_NOT_WRONG.sub(r"\1", text)
    for marker in reversed(list(_MARKER.finditer(text))):
        end = _END.search(text, marker.end())
        if end is None or marker.end() == end.start():
            continue
        # a hedge settled with "yes" ("is it cataloging ? yes , along with tech") takes back no set said before it
        fixed = _apply(text[:marker.start()], text[marker.end():end.start()], today, bool(_RESTATING.search(marker[0])),
                       None if _SETTLED.search(marker[0]) else names)
        if fixed is not None:  # what the correction says after its value stays: "30 hrs/wk, for 60 weeks"
            text = f"{fixed[0]} {fixed[1]}{text[end.start():]}"
    return _without_summary(text)


#: A sentence that sums up what was said: "... so 26 hrs / wk for 52 weeks ."
_SUMMARY = re.compile(r"(?:^|(?<=[.;!?] ))(?:so|ok so|okay so|basically|in short|in other words|that is|i e|ie|to sum up)"
                      r"\b[^.;!?]*[.;!]?")


def _amounts_in(text: str) -> list[tuple[float, str]]:
    return [(to_number(m.group(1)), unit) for unit, pattern in AMOUNTS.items() for m in pattern.finditer(text)]


def _without_summary(text: str) -> str:
    """`text` without a sentence that only says again amounts said before it ("30 hrs/wk -- no wait, it was 26 hrs/wk.
    so 26 hrs/wk for 52 weeks"): the same work, not more."""
    for summary in reversed(list(_SUMMARY.finditer(text))):
        said = _amounts_in(summary[0])
        before = _amounts_in(text[:summary.start()])
        if said and all(amount in before for amount in said):
            text = f"{text[:summary.start()]}{text[summary.end():]}"
    return text


def _apply(before: str, correction: str, today: date, restating: bool = False,
           names: Names | None = None) -> tuple[str, str] | None:
    """`before` with the value of `correction` in place of the last of its kind, and what the correction
    says after its value (or, `restating` a list in words, the list said again in place of the one it
    puts right); None if it gives no value of a kind said before."""
    instead = _NOT.search(correction)
    if instead is not None:  # "16 hrs not 20": the 20 said before is 16
        olds = list(re.finditer(rf"(?<![\d.]){re.escape(instead[2])}(?![\d.]?\d)", before))
        return (f"{before[:olds[-1].start()]}{instead[1]}{before[olds[-1].end():]}", correction[instead.end():]) if olds else None
    money = _MONEY.match(correction.lstrip())
    olds_money = list(_MONEY.finditer(before))
    if money and olds_money:  # "$210 each, sorry, $240 each": the last amount of dollars before
        old = olds_money[-1]
        return f"{before[:old.start()]}{money[0]}{before[old.end():]}", correction.lstrip()[money.end():]
    new_dates = date_spans(correction, today)
    old_dates = date_spans(before, today)
    if new_dates and old_dates:
        start, end = new_dates[0]
        old_start, old_end = old_dates[-1]
        return f"{before[:old_start]}{correction[start:end]}{before[old_end:]}", correction[end:]
    if new_dates and not _FIGURE.fullmatch(correction[slice(*new_dates[0])]):
        return None  # a date put right where none was said; but "1,700 hours ... sorry, 1,900" is no year
    amounts = [(m.start(), unit, m) for unit, pattern in AMOUNTS.items() if (m := pattern.search(correction))]
    if amounts and _ALONE.match(correction.lstrip()):
        # a figure alone first is the correction, an amount after it the story going on: "25 hrs a week - sorry, 28, I
        # forgot the saturday shift - and I've done that for 52 weeks"
        alone = _bare_corrected(before, correction.strip())
        if alone is not None:
            return alone
    if not amounts:
        return (_bare_corrected(before, correction.strip()) or _words_corrected(before, correction.strip())
                or (_list_corrected(before, correction.strip()) if restating else None)
                or (_set_corrected(before, correction.strip(), names) if names else None))
    _, unit, new = min(amounts, key=lambda a: a[0])  # the first amount said; of one, the unit listed first
    kin = [(m, name) for name, pattern in AMOUNTS.items() if _SAME.get(name, name) == _SAME.get(unit, unit)
           for m in pattern.finditer(before)]
    if not kin:
        return None
    old, old_unit = max(kin, key=lambda o: o[0].start())
    after = _NOT_THAT.sub("", correction[new.end():])
    if old_unit != unit and unit != "hour":  # "2 years ... actually 18 months": the amount with its unit
        return f"{before[:old.start()]}{new[0]}{before[old.end():]}", after
    return f"{before[:old.start(1)]}{new[1]}{before[old.end(1):]}", after


def _bare_corrected(before: str, correction: str) -> tuple[str, str] | None:
    """`before` with a bare number in place of the last one before the same word ("200 volunteer. wait, more like 300
    volunteer", "3 are ala members, wait, 4 members"), or, said alone ("4 conference days . . . no , 3", "28 hours ... so actually 27"), in place of the
    figure nearest it (a correction puts a figure a little right, so the 40 of "a 40-minute session" is not the 28
    it corrects), and what the correction says after it; None when no number before says that word."""
    bare = _BARE.match(correction)
    olds = [m for m in _BARE.finditer(before) if bare and m[2] == bare[2]]
    if bare is not None and not olds:  # "3 are ala members, wait, 4 members": the word a few words after the number
        olds = list(re.finditer(rf"\b{NUMBER}(?= (?:[a-z]+ ){{1,2}}{re.escape(bare[2])}\b)", before))
    if bare is not None and olds:
        return f"{before[:olds[-1].start(1)]}{bare[1]}{before[olds[-1].end(1):]}", correction[bare.end():]
    alone = _ALONE.match(correction)
    if alone is None:
        return None
    new = to_number(alone[1])
    figures = [m for m in _FIGURE.finditer(before) if m.start() not in _date_starts(before)]
    # a figure said in words is put right the same way: "three ala members and , wait , make that four"
    figures += list(_WORD_FIGURE.finditer(before)) if not alone[1].isdigit() else []
    near = max(figures, default=None, key=lambda m: (_ratio(to_number(m[0]), new), m.start()))
    if near is None or _ratio(to_number(near[0]), new) < 0.5:
        return None
    return f"{before[:near.start()]}{alone[1]}{before[near.end():]}", correction[alone.end():]


#: A figure said alone as a correction: "3 , i skipped the last day", "27"
_ALONE = re.compile(rf"{NUMBER}(?=\s*(?:(?:actually|really|i think|probably|or so|tbh)\s*)?(?:[,.;!?)\-\u2013\u2014]|$))")
#: A figure in digits
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]?\d)")
#: ...or in words, from two (one is as often "the one" as a figure)
_WORD_FIGURE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")


def _ratio(a: float, b: float) -> float:
    """How near two figures are, 1 when equal."""
    return min(a, b) / max(a, b) if a > 0 and b > 0 else 0.0


def _date_starts(text: str) -> set[int]:
    """Where each number that is part of a date starts."""
    return {m.start() for start, end in date_spans(text, date.today()) for m in _FIGURE.finditer(text, start, end)}


#: Words put right, the wrong ones said with "not": "not cataloging , collection management", "not cataloging but
#: collection management", "collection management , not cataloging"
_WORDS_NOT = re.compile(r"not (?P<old>[a-z][a-z&' ]{1,40}?) ,? ?(?:but |i meant? |it (?:was|is) )?(?P<new>[a-z][a-z&' ]{1,40}?)|"
                        r"(?P<new2>[a-z][a-z&' ]{1,40}?) ,? ?(?:and )?not (?P<old2>[a-z][a-z&' ]{1,40}?)")


#: Words that open a statement, not the words a correction puts in: "not youth , i dropped that one"
_SOMEONE_SAYS = re.compile(r"(?:i|we|she|he|they|it|that)\b")


def _words_corrected(before: str, correction: str) -> tuple[str, str] | None:
    """`before` with the words a correction says were wrong replaced by the right ones ("done tech and cataloging.
    sorry, not cataloging, collection management"), and nothing after; None when the wrong words were not said."""
    pieces = correction.split(" , ")  # what the correction goes on to say after it is no part of it: "..., i mix them up"
    # (the whole, or its first pieces: the wrong words in one and the right ones in the next, not in one piece alone)
    fixed = next((f for k in range(len(pieces), 1 if len(pieces) > 1 else 0, -1)
                  if (f := _WORDS_NOT.fullmatch(" , ".join(pieces[:k])))
                  and (k == len(pieces) or not _SOMEONE_SAYS.match(f["new"] or f["new2"]))), None)
    if fixed is None:
        return None
    old, new = fixed["old"] or fixed["old2"], fixed["new"] or fixed["new2"]
    olds = list(re.finditer(rf"\b{re.escape(old.strip())}\b", before))
    if not olds:
        return None
    return f"{before[:olds[-1].start()]}{new.strip()}{before[olds[-1].end():]}", ""


#: What ends the words before a correction and is no part of what it puts right: "ra ? no"
_TRAILING = re.compile(r"(?:\s*(?:[?,.!]|\bno|\bnope))*\s*$")
#: The most words a correction naming a set holds, and the most a set's name said before it
_SET_WORDS = 5


def _set_corrected(before: str, correction: str, names: Names) -> tuple[str, str] | None:
    """`before` with the set it names last replaced by the one the correction names alone ("i have foundations and i
    think ra ? no sorry , it was youth services"), and nothing after; None when the correction names no set."""
    if len(correction.split()) > _SET_WORDS or not names(correction):
        return None
    words = _TRAILING.sub("", before).split(" ")
    for count in range(1, min(_SET_WORDS, len(words)) + 1):  # the fewest last words that name a set
        if names(" ".join(words[-count:])):
            return f"{' '.join(words[:-count])} {correction}", ""
    return None


#: Markers that say the words after them again, put right: "i mean", "make that", "or rather"
_RESTATING = re.compile(r"\b(?:i mean|i meant|make that|or rather|correction)\b")
#: A list said again: its first word, and the list up to where the sentence goes on ("tech and cataloging , i mix
#: them up")
_LIST_AGAIN = re.compile(r"([a-z][a-z&']{3,})\b[^,.;!?\d]*")


def _list_corrected(before: str, correction: str) -> tuple[str, str] | None:
    """`before` with what its last sentence says from the correction's first word on replaced by the correction
    ("i finished technology and collection management . oh sorry , i mean technology and cataloging"), and what the
    correction says after its list; None when that word was not said in the sentence before."""
    again = _LIST_AGAIN.match(correction)
    if again is None:
        return None
    sentence_end = max((m.start() for m in re.finditer(r"[.;!?]", before)), default=len(before))
    start = max((m.start() for m in re.finditer(r"[.;!?]", before[:sentence_end])), default=-1) + 1
    olds = list(re.compile(rf"\b{re.escape(again[1])}\b").finditer(before, start, sentence_end))
    if not olds:
        return None
    return f"{before[:olds[-1].start()]}{again[0].strip()} {before[sentence_end:]}", correction[again.end():]


#: Another thing wondered about, then denied: "cataloging -- or was it collection management ? no , cataloging"
_HEDGE_DENIED = re.compile(r"(?:\s*[-—–,]\s*)*\bor (?:was|is) it [^?.;]+\? (?:no|nope|nah)\b(?: ,)?")
#: An amount said again as what it came to, which the bracket reading takes as its exact value: "over the past two years,
#: which came to 48 weeks of actual volunteering" is 48 weeks
_CAME_TO = re.compile(rf",? (?:(?:which|that) (?:came|comes|worked|works|added|adds|totals?|totalled|totaled)|which (?:is|was))"
                      rf"(?: out)?(?: up)?(?: to)? ((?:about |around )?{NUMBER} (?:{UNIT_WORDS}))\b")


#: An amount of dollars said again in brackets: "about $210 ( exactly $210 )", "$1,000 ( $950 really )"
_MONEY_RESTATED = re.compile(r"\$ ?\d[\d,]*(?:\.\d\d)?\s*\(\s*(?:(?:exactly|precisely|actually|really|=|i\.? ?e\.?|ie|so)\s*,?\s*)?"
                             r"(\$ ?\d[\d,]*(?:\.\d\d)?)\s*(?:exactly|precisely|really|to be (?:exact|precise))?\s*\)")


def _restated(text: str) -> str:
    """`text` with each figure said again in brackets in place of the amount just before it, when both are
    amounts of one kind (a bare number is of the unit before it) and nothing else is counted between them."""
    text = _MONEY_RESTATED.sub(r"\1", text)
    for bracket in reversed(list(_BRACKET.finditer(text))):
        before = text[:bracket.start()]
        olds = [(m, unit) for unit, pattern in AMOUNTS.items() for m in pattern.finditer(before)]
        if not olds:
            continue
        old, unit = max(olds, key=lambda o: (o[0].start(), -o[0].end()))
        if not bracket[3] and re.compile(rf"(?<![\d.]){re.escape(bracket[2])}(?:ish)?\b").search(
                before, max(0, old.start() - 30), old.start()):
            text = f"{before}{text[bracket.end():]}"  # "18ish one-hour modules ( 18 exactly )": the count, said again
            continue
        # another item between ("2 shifts ( 4 hrs each ) and every other saturday ( 8 hrs )") is what the bracket is of
        if re.search(r"[.;!?()]|\d|\b(?:and|plus)\b", before[old.end():]) or _RATE_BEFORE.search(before, 0, old.start()):
            continue  # "4 days a week , school year only ( 36 weeks )": the week of a rate is no amount
        said = f"{bracket[2]} {bracket[3]}".strip()
        new = next(((m, name) for name, pattern in AMOUNTS.items() if (m := pattern.fullmatch(said))), None)
        if new is None and not bracket[3] and (bracket[1] or bracket[4]):
            said = f"{bracket[2]}{text[old.end(1):old.end()]}"  # "( 22 to be exact )": 22 of the unit before
        elif new is None or _KIND.get(new[1], new[1]) != _KIND.get(unit, unit):
            continue
        text = f"{before[:old.start(1)]}{said}{before[old.end():]}{text[bracket.end():]}"
    return text
