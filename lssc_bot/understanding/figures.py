"""Amounts said in other shapes than the Reading reads, put as it reads them: a unit said once before its amounts
("quarter credits: 3, 2"), a count said after what it counts ("conf day x2"), hours a record states after their
label ("total hours worked (...): 1,788"), a course by its weeks or days and its hours each, hours left unsaid
("works 20 a week", "volunteer: 1,900"), a share of full time ("half-time", `full_time`), hours each time and how
often ("3 hours twice a week", "8 hrs every other week"), years of so many weeks each, a year said whole ("all of
2023"), one stint dated by when it began and was left, and the asker's own arithmetic, which is worked out again,
never taken on trust ("25x52 = 1250 right?", "10 + 8 + 6 = 22 contact hrs", "2 semester credits = 20 hrs").

Each rewrite keeps the message's own words around the amount, so what is said of it (whose, done or aimed at)
is read as it was said.
"""
from __future__ import annotations

import math
import re

from .dates import MONTHS
from .full_time import share_of_full_time
from .lexicon import ACTIVITY, WEEKDAY
from .numbers import NUMBER, UNIT_WORDS, to_number


#: A period named by its length as an adjective: "during the 36-week school year", "over the 10-week summer reading
#: program" last so many weeks; said as "for 36 weeks", its rate's period is read as any other's
_PERIOD_OF_LENGTH = re.compile(rf"\b(?:during|over|for|in|across|through(?:out)?) (?:the|a|an|my|our|each|every) {NUMBER} ?-? ?"
                               r"(weeks?|wks?|months?|mos?) (?:[a-z']+ ){0,3}?(?:school year|academic year|year|summers?|"
                               r"semesters?|terms?|sessions?|seasons?|programs?|breaks?|holidays?)\b")


#: A year (or month, week) of work named by its place in the story: "15 hours a week for the first year and then 25
#: for the second year" is a year each
_NTH_PERIOD = re.compile(r"\b(?:for|during|in|over) (?:the|my|our) (?:first|second|third|fourth|fifth|next|following|final|"
                         r"other) (year|month|week)\b")


#: Weeks that alternate between two amounts of hours, which make their average each week: "30 hours one week , 20
#: the next", "20 hrs one week and 10 hrs the other"
_ALTERNATING = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h) (?:one|every other|the first) week\s*,?\s*(?:and |then )?"
                          r"(\d+(?:\.\d+)?)(?:\s*(?:hours?|hrs?|h))? (?:the (?:next|other|second|week after)|every other)(?: (?:one|week))?\b")


def _alternating(found: re.Match[str]) -> str:
    return f"{(float(found[1]) + float(found[2])) / 2:g} hours a week"


#: A rate or a length of time said as a form's field, its value after it: "hrs per week = 22", "weeks worked : 84",
#: "years at library: 3" (a form's "name: lee; hrs_wk=20" puts the unit first)
_RATE_FIELD = re.compile(r"(?<!\d )\b(hours?|hrs?) ?(?:per|a|each|/)? ?(week|wk|day|month)\s*(?::|=|is|are)\s*(\d+(?:\.\d+)?)\b(?!\s*[a-z\d%$])")
_SPAN_FIELD = re.compile(r"(?<!\d )\b(weeks?|months?|years?|yrs?|wks?|mos?)(?: (?:worked|employed|volunteered|volunteering|working|of work|"
                         r"(?:in|at) (?:the |this |my )?(?:library|branch|job|role|position)|there|so far|in total|total))?"
                         r"\s*(?::|=)\s*(\d{1,3}(?:\.\d+)?)\b(?!\s*(?:[a-z%$\d]|[.,]\d))")  # the unit no amount's: not "5 years: 1230"

#: A form's "name = value" is a label and its value: "conf days = 2", "ala member = no", "courses = [ $150 , ... ]"
_FIELD_EQUALS = re.compile(r"((?:^|[;,\[(:|] )(?!(?:a|an|the|plus|and|so|then|that|which|or)\b)(?:[a-z]+ ){0,3}[a-z]+) = (?=[\w$\[(])"  # (not a sum's "a conference day = 6",
                           rf"(?!\d+(?:\.\d+)?\s*(?:{UNIT_WORDS})\b)")  # nor a definition's "full time = 40 hrs / wk")
#: A form's yes or no field says what it names, or not: "ala member : no" is "not ala member", "diploma : yes" "diploma"
#: (a set's "tech : no" is a status the sets are read with)
_YES_NO_FIELD = re.compile(r"((?:^|[;,\[(|] ))((?:[a-z]+ ){0,3}(?:members?|membership|diploma|ged)) : (yes|y|no|n|true|false)\b"
                           r"(?= *(?:[;,.)\]|?]|$))")
#: Pay periods counted are a length of time, two weeks each (as experience.py reads a pay period's hours): "40 pay periods"
#: Hours said before their amount a week or a month: "my hours average about 120 a month", "hours are 25 per week"
_HOURS_THEN_RATE = re.compile(r"\b(?:hours?|hrs?) (?:average|averages|are|is|come to|comes to|run|runs|total|of)(?: out)?(?: at)? "
                              r"(?:about |around |roughly |approximately |~ ?)?(\d+(?:\.\d+)?) ((?:a|per|each|every|an) (?:week|wk|month|year))\b")
_PAY_PERIODS = re.compile(r"\b(\d+) (?:(?:bi ?weekly|fortnightly|two week|2 week) )?pay ?(?:periods|checks|cycles)\b")


#: How often something is done in a week (month, year): "twice a week", "3 times per week", "2x a month"
_HOW_OFTEN = r"(?:(once|twice|thrice)|(\d+(?:\.\d+)?|one|two|three|four|five|six|seven) ?(?:times|x)) (?:a|per|each|every|/) ?(week|wk|month|year)"
#: Hours every other week are half as many a week: "8 hrs every other week", "10 hours biweekly"
_EVERY_OTHER_WEEK = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:hours?|hrs?|h)\b,? (?:every other week|every (?:2|two) weeks|bi ?weekly|"
                               r"every second week|a fortnight|fortnightly)\b")
#: Years (terms) of so many weeks each are those weeks: "two school years , 36 weeks each", "3 summers of 12 weeks",
#: "for 2 years , 36 weeks each school year"
_YEARS_OF_WEEKS = re.compile(rf"\b(?:for )?{NUMBER} (?:school |academic )?(?:years?|summers?|semesters?|terms?) (?:of (?:about )?{NUMBER} "
                             rf"(?:weeks?|wks?)(?: each| apiece)?|,? ?(?:about )?{NUMBER} (?:weeks?|wks?) (?:each|apiece|a|per)"
                             r"(?: (?:school |academic )?(?:year|summer|semester|term))?)\b")
#: A year said whole is the months of it: "all of 2023", "the whole of 2024", "throughout 2022", and a year said
#: to have been worked all through, further on: "in 2025 - 16 hrs a week all year", "2024: 20/wk the whole year"
_WHOLE_YEAR = re.compile(r"\b(?:for |in |during )?(?:all of|the whole of|the entire|the full|all|throughout) ((?:19|20)\d\d)\b"
                         r"(?! (?:and|to|through|-)\b)|"
                         r"(?:\b(?:in|during) |(?:^|(?<=[.;!?] ))(?=(?:19|20)\d\d ?[:-]))((?:19|20)\d\d)\b"
                         r"(?! (?:and|to|through|-) (?:19|20)\d\d)([^.;!?]{0,60}?)"
                         r" ?(?:,? ?(?:all|(?:the )?(?:whole|entire|full)) year(?: long| round)?|,? ?year[- ]round)\b")
#: A stint said by when it began and when it ended, apart: "started at the library in march 2022 at 40 hrs / wk and left in
#: september 2022", "jan 2022 i got hired ... left in dec 2022": from the one to the other
_MONTH_YEAR = rf"(?:(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}) )?(?:19|20)\d\d"
_BEGAN_THEN_LEFT = re.compile(rf"\b(?:(?:i )?(?:started|began|got hired|was hired|hired|joined)\b((?: [a-z]+){{0,5}}?) (?:in |on )?({_MONTH_YEAR})|"
                              rf"({_MONTH_YEAR})(?: ,)? i (?:started|began|got hired|was hired|joined)\b)"
                              rf"([^.;!?]{{0,120}}?)\b(?:left|quit|stopped|moved on|resigned)\b(?: [a-z]+){{0,3}}? (?:in |on )?({_MONTH_YEAR})\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _began_then_left(found: re.Match[str]) -> str:
    """The one stint a message dates by when it began and when it was left, as a span; unchanged beside other dated
    stints, whose story the experience reader follows itself ("hired jan 2022 ... left in dec 2022 . then all of 2023
    i volunteered ...")."""
    if _ANY_YEAR.search(found.string, 0, found.start()) or _ANY_YEAR.search(found.string, found.end()):
        return found[0]
    return f"from {found[2] or found[3]} to {found[5]}{found[1] or ''} ,{found[4]}"


#: The hours of a time, then how often: "4 hours three times a week", "6 hour shifts twice a week"
_HOURS_HOW_OFTEN = re.compile(rf"\b(\d+(?:\.\d+)?) ?-? ?(?:hours?|hrs?|h)\b(?: (?:[a-z]+ )?(?:shifts?|days?|sessions?|visits?|"
                              rf"evenings?|mornings?|afternoons?|nights?))?,? {_HOW_OFTEN}\b")
#: ...or how often, then the hours each time: "twice a week , 5 hours each time", "3x / week ( 4 hrs )"
_HOW_OFTEN_HOURS = re.compile(rf"\b{_HOW_OFTEN}\s*[,(-]?\s*(?:for |at )?(\d+(?:\.\d+)?) ?-? ?(?:hours?|hrs?|h)\b"
                              r"(?: (?:each|a|per) (?:time|visit|shift|session|day))?(?: \))?")
_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def _how_often(hours: str, said: str | None, count: str | None, period: str) -> str:
    times = _TIMES[said] if said else to_number(count or "1")
    return f"{float(hours) * times:g} hours a {'week' if period == 'wk' else period}"


#: Sums the asker works out in the message, amounts joined by + - x and "=" and the result they got: "25x52 = 1250",
#: "10 + 8 + 6 = 22 contact hrs", "350 + 520 = 870", "52 weeks x 25 hrs = 1,300"
_OPERAND = r"(?:\$ ?)?\d[\d,]*(?:\.\d+)?"
_UNIT_OF = rf" ?(?:(?:{UNIT_WORDS})\b(?: ?/ ?(?:week|wk|day))?)"
_WORKING = re.compile(rf"(?<![\w.$/:-])(?<!\$ )({_OPERAND}(?:{_UNIT_OF})?(?:\s*(?:x|×|\*|\+| - )\s*{_OPERAND}(?:{_UNIT_OF})?)+)"
                      rf"\s*=\s*({_OPERAND})(\s*(?:contact )?(?:{UNIT_WORDS})\b)?")
#: A result said after an amount, "=" and the figure the asker made of it: "2 semester credits = 20 hrs", "3 webinars
#: of 90 min each = 4.5", "in 2025 = 1650"
_RESULT_AFTER = re.compile(rf"(?<=\d)((?: [a-z]+){{0,6}}?) = (?:about |approx |~ ?)?{_OPERAND}(?: ?(?:contact )?(?:{UNIT_WORDS})\b)?")


def _worked(found: re.Match[str]) -> str:
    """A sum the asker works out, as the bot works it out: its result, in the unit they give it or the hours (minutes)
    its amounts are in; nothing when it has no unit, since its amounts are said in words elsewhere ("25 hrs / wk for
    all of 2024 , so 25x52 = 1250")."""
    units = re.findall(r"\b(hours?|hrs?|h|minutes?|mins?)\b", found[1])
    unit = found[3] or (" minutes" if units and all(u.startswith("m") for u in units) else " hours" if units else "")
    if not unit:
        return ""
    total = 0.0
    for sign, term in re.findall(r"(^|\+| - )\s*([^+]+?)(?=\s*(?:\+| - |$))", found[1]):
        product = math.prod(float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", term))
        total += -product if sign.strip() == "-" else product
    return f"{total:g}{unit}"


def _worked_out(text: str) -> str:
    """`text` with the asker's own arithmetic put as the bot reads it: a sum as its right result (`_worked`), and
    a result said after an amount dropped, since the amount says it (unless the message is a form, whose fields
    are "name = value", or the result is in brackets)."""
    text = _WORKING.sub(_worked, text)
    if _FIELD_EQUALS.search(text):
        return text
    # (one in brackets says again the amount before them, as the Reading reads it: "four 50-minute webinars (so 200
    # min = 3.33h)")
    return _RESULT_AFTER.sub(lambda m: m[0] if m.string.count("(", 0, m.start()) > m.string.count(")", 0, m.start())
                             else m[1], text)


#: Sessions counted by their length as an adjective: "12 hour long webinars", "three hour-long workshops" are so many
#: sessions of one hour (but "a 3 hour long workshop" is one of three hours)
_EACH_LONG = re.compile(rf"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bone )\b{NUMBER} (hour|minute) long ((?:[a-z]+ )?{ACTIVITY.pattern}(?<=s))\b")


def restated(text: str) -> str:
    """Cleaned `text` with its amounts put in the shapes the Reading reads."""
    text = _EACH_LONG.sub(r"\1 one \2 \3", _worked_out(text))
    text = _HOURS_HOW_OFTEN.sub(lambda m: _how_often(m[1], m[2], m[3], m[4]), text)
    text = _HOW_OFTEN_HOURS.sub(lambda m: _how_often(m[4], m[1], m[2], m[3]), text)
    text = _EVERY_OTHER_WEEK.sub(lambda m: f"{float(m[1]) / 2:g} hours a week", text)
    text = _YEARS_OF_WEEKS.sub(lambda m: f"for {to_number(m[1]) * to_number(m[2] or m[3]):g} weeks", text)
    text = _WHOLE_YEAR.sub(lambda m: f"from january {m[1] or m[2]} to december {m[1] or m[2]}{m[3] or ''}", text)
    text = _BEGAN_THEN_LEFT.sub(_began_then_left, text)
    text = _YES_NO_FIELD.sub(lambda m: f"{m[1]}{'' if m[3] in ('yes', 'y', 'true') else 'not '}{m[2]}",
                             _FIELD_EQUALS.sub(r"\1 : ", text))
    text = _SPAN_FIELD.sub(r"for \2 \1", _RATE_FIELD.sub(r"\3 hours a \2", text))
    text = _PAY_PERIODS.sub(lambda m: f"{int(m[1]) * 2} weeks", _HOURS_THEN_RATE.sub(r"\1 hours \2", text))
    text = _ALTERNATING.sub(_alternating, _NTH_PERIOD.sub(r"for 1 \1", _PERIOD_OF_LENGTH.sub(r"for \1 \2", text)))
    return _hours_implied(_counts_after(_stated_hours(_units_from_labels(share_of_full_time(text)))))


#: A unit said once, as a label before its amounts: "quarter credits: 3", "renewal hours so far → 10 (tech), 15
#: (cataloging)", "ce minutes log: 60 | 120 | 180"
_UNIT_LABEL = re.compile(r"\b((?:(?!(?:my|our|your|his|her|their|the|a|an)\b)[a-z]+ ){0,2}?)(?:in )?(semester credits?|quarter credits?|credits?|conf(?:erence)? days?|hours?|hrs?|"
                         r"minutes?|mins?)(?:( so far| in total| total| log| logged)\s*(?::|→|->)?|\s*(?::|→|->))\s*")  # "hrs so far 14"
#: ...each amount after it, with what is said of it up to the next item: "10 ( tech ) , " (not a count of sessions:
#: "hrs: 10 one-hour sessions", nor an amount with a unit of its own: "renewal hours: 1 semester credit", "2 state
#: conference days")
_LABELLED_ITEM = re.compile(r"((?<![\d.])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?)(?![\d.]|\s*(?:%|-?\s*(?:[a-z]+ ){0,2}(?:"
                            rf"{UNIT_WORDS}|one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)\b)|"
                            rf"\s+(?:\w+ )?{ACTIVITY.pattern}\b|\s+of (?:them|those|these|which)\b|"  # "2 of them tech": a part
                            # ...and so is an amount said only to be on technology: "hrs: 14, 2 tech"
                            r"\s+(?:(?:on|in|for|are|were|was|is) )?(?:the )?tech\w*(?: (?:hours?|hrs?))?\s*(?=[,;.!?]|$))"
                            r"((?:[^,;.!?-]|-(?! ))*)([,;]\s*|(?=[.!?]| - )|$)")

#: ...the first amount, just after the label, even one that could be a year ("hours: 1900 paid"), unless it labels
#: what follows it ("hours: 2024 - 612, 2025 - 744")
_FIRST_LABELLED_ITEM = re.compile(_LABELLED_ITEM.pattern.replace(r"(?!(?:19|20)\d\d\b)",
                                                                  r"(?!(?:19|20)\d\d\b\s*(?:[-:\u2013\u2014]|so far))", 1))


#: A count said after what it counts: "conf day x2", "tech webinar 1h x4", "45-min webinar x3"
_COUNT_AFTER_UNIT = re.compile(r"(?<![\d\w] )(?<![\d\w])(?<!/ )((?:conf(?:erence)? )?days?|(?:semester |quarter )?credits?)\s*(?:x|×|\*)\s*(\d+)\b"
                               rf"(?!\s*(?:{UNIT_WORDS})\b)")  # not a rate's "7.5 hrs / day x 4 days / week"
_COUNT_AFTER_AMOUNT = re.compile(rf"\b(\d+(?:\.\d+)?\s*(?:{UNIT_WORDS})\b(?: (?![x×*]\b)\w+){{0,2}}?)\s*(?:x|×|\*)\s*(\d+)\b(?!\s*(?:{UNIT_WORDS})\b)|"
                                # "a 3 h workshop every other month, 8 so far": so many of it
                                rf"\b((?:a|an|one) \d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b(?: \w+){{1,6}}?) , "
                                rf"(\d+) (?:(?:sessions?|times|of them|{ACTIVITY.pattern}) )?so far\b")
#: Sessions of a length, counted under their label: "40 min webinars : 3", "2 hour workshops : 4"
_COUNTED_UNDER_LABEL = re.compile(rf"\b(\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?) {ACTIVITY.pattern}) : (\d+)\b"
                                  rf"(?!\s*(?:{UNIT_WORDS})\b)")
#: Amounts listed before the one unit they share: "12 + 18 hrs / wk", "12 and 18 hours a week" (not a range, "15 - 20")
_SHARED_UNIT = re.compile(rf"(?<!in )(?<!since )(?<!from )\b(?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?) (?:\+|and|&) (\d+(?:\.\d+)?) ((?:{UNIT_WORDS})\b(?: ?/ ?(?:wk|week)\b"
                          r"| a week\b| per week\b| each week\b| weekly\b)?)")


#: Work said by the week with no unit, which can only be hours: "works 20 a week", "volunteering about 6 per week",
#: "still doing 20 a week"
_HOURS_IMPLIED = re.compile(rf"\b((?:work\w*|volunteer\w*|do|doing|putting in|put in|add|adding|(?:am|be|stay|staying) at) (?:about |around |roughly )?{NUMBER}) "
                            r"(?=(?:a|per|each|every) (?:week|wk)\b)")


#: An amount needed, whose unit a bare amount held after it shares: "need 32 renewal hrs , got 20 so far"
_NEEDED = re.compile(rf"\b(?:need\w*|require\w*|want\w*) (?:the )?{NUMBER} ((?:\w+ )?(?:hours?|hrs?|credits?))\b")
_HELD_BARE = re.compile(rf"\b((?:got|have|has|had|am at|logged|done|completed)(?: only| about| around| like)? {NUMBER})"
                        r"(?=\s*(?:so far|in total|total|now|already|done|logged|[,.;!?+]|$|and\b|but\b))(?!\s*[.,]\d)")


#: The asker's total held, said bare (four digits, so no count of sets or weeks, nor a year): "i have 1,200 and",
#: "1,337 so far"
_TOTAL_HELD = re.compile(r"\b((?:(?:i|we) (?:(?:have|had) (?:got|logged|banked|done|put in) |have |got |am at |are at |"
                         r"logged |banked )(?:about |around |only |like )?)"
                         r"(?!(?:19|20)\d\d\b)\d{1,2},?\d{3}|(?<!\$ )(?<!\$)(?!(?:19|20)\d\d\b)\d{1,2},?\d{3}"  # not "$ 1150 now"
                         r"(?= (?:so far|as of (?:today|now)|to date|banked|logged|now|right now|currently)\b))"
                         # not one whose kind of work is said after it, which is read with the other amounts said so
                         # ("1,200 paid + 500 volunteer hours")
                         r"(?!\s*(?:[,.]\d|%|/|\$|hours?|hrs?|h\b|minutes?|mins?|dollars|bucks|weeks?|wks?|days?|credits?|"
                         r"paid|unpaid|volunteer\w*))")
#: An amount under a label of its kind of work: "volunteer : 1900", "paid: 1,200"; hours where hours are said
_KIND_LABEL = re.compile(rf"\b(?:volunteer\w*|paid|unpaid)(?: work)?\s*:\s*(?:about |around |~ ?)?{NUMBER}(?!\s*(?:%|/|(?:{UNIT_WORDS})\b))")
_HOURS_SAID = re.compile(r"\b(?:hours?|hrs?)\b")


#: A shift named by its weekday, which comes round each week: "add a 6-hour saturday shift", "my 4 hr sunday shift"
_WEEKDAY_SHIFT = re.compile(rf"\b(?:an?|my|one|the) {NUMBER} ?-? ?(?:hours?|hrs?|h) {WEEKDAY} shift\b(?! (?:a|per|each|every) |s)")


def _hours_implied(text: str) -> str:
    """Cleaned text with the unit said of work by the week that only hours can be ("works 20 a week"), and the unit
    of an amount needed said of a bare amount held after it ("need 32 renewal hrs , got 20 so far")."""
    text = _HOURS_IMPLIED.sub(r"\1 hours ", _WEEKDAY_SHIFT.sub(r"\1 hours a week", text))
    if _HOURS_SAID.search(text):  # "no paid hours , only volunteer : 1900": hours, under the label of their kind
        text = _KIND_LABEL.sub(r"\g<0> hours", text)
        # ...and a total held, where hours are what the message counts: "how many more hours ? 1,337 so far", "i have
        # 1,200 and i work 20 hours a week"
        text = _TOTAL_HELD.sub(r"\1 hours", text)
    needed = _NEEDED.search(text)
    if needed is None:
        return text
    return text[:needed.end()] + _HELD_BARE.sub(rf"\1 {needed[2]}", text[needed.end():], count=1)


#: People of a membership counted under its label: "ala members : 3", "non members: 2"
_MEMBERS_LABELLED = re.compile(r"\b((?:ala |current |lapsed )?(?:non ?-? ?)?members?)\s*:\s*(\d{1,3})\b(?!\s*(?:[.,]\d|%|\$|"
                               rf"(?:{UNIT_WORDS})\b|of (?:them|us|those)\b))")  # "non-members: 1 of them is ..." is some


#: The unit of one person's amount said again of the next's, said the same way: "ana has 1900 hours , ben has 1700"
_UNIT_OF_THE_ONE_BEFORE = re.compile(r"(\b[a-z]+ (?:has|had|is at|logged|did) (?:about |around )?\d[\d,.]* ((?:hours?|hrs?)\b)"
                                     r"(?: [a-z]+)? ?(?:,|;|and) (?:and )?[a-z]+ (?:has|had|is at|logged|did) (?:about |around )?"
                                     r"\d[\d,.]*)(?!\s*(?:[\d$%]|[a-z]+ (?:hours?|hrs?)\b|(?:" + UNIT_WORDS + r")\b))")


def _counts_after(text: str) -> str:
    """Cleaned text with each count said after what it counts said before it, as counts usually are: "conf day x2"
    as "2 conf day", "1 h x4" as "4 x 1 h", "a 2 hr training every other tuesday , 10 sessions so far" as
    "10 x 2 hr training every other tuesday", "ala members : 3" as "3 ala members"; and a unit shared by two amounts
    said with each ("12 + 18 hrs / wk")."""
    text = _MEMBERS_LABELLED.sub(r"\2 \1 ,", _COUNT_AFTER_UNIT.sub(r"\2 \1", text))
    text = _UNIT_OF_THE_ONE_BEFORE.sub(r"\1 \2", text)

    def before(m: re.Match[str]) -> str:
        counted, count = (m[1], m[2]) if m[1] else (m[3].split(" ", 1)[1], m[4])
        return f"{count} x {counted}"
    return _SHARED_UNIT.sub(r"\1 \3 and \2 \3", _COUNT_AFTER_AMOUNT.sub(before, text))


#: Hours stated as a record states them, the amount after what it is and when: "total hours worked since hire date
#: 03 / 04 / 2024 : 1792.00", "your cumulative paid hours at lakeside library as of nov 30 , 2026 are 1410"
_STATED_HOURS = re.compile(r"\b(?:hours?|hrs?)\b((?:[^:.;!?\d]|\d{1,2} ?/ ?\d{1,2} ?/ ?\d{2,4}|(?:19|20)\d\d ?- ?\d{1,2} ?- ?\d{1,2}\b|\d{1,2} ?, ?(?:19|20)\d\d|"
                           r"\b(?:19|20)\d\d\b){1,60}?\s*(?::|=)|(?:[^:.;!?\d]|\d{1,2} ?/ ?\d{1,2} ?/ ?\d{2,4}|(?:19|20)\d\d ?- ?\d{1,2} ?- ?\d{1,2}\b|"
                           r"\d{1,2} ?, ?(?:19|20)\d\d|\b(?:19|20)\d\d\b){0,60}?\s*\b(?:are|were|come to|comes to|total)\b)\s*"
                           r"((?<![\d.])\d[\d.]*)(?![\d.]|\s*(?:%|(?!total\b|in total\b|so far\b|now\b|altogether\b)"
                           r"[a-z/:\-\u2013\u2014]))")


#: A part of an hour said in words: "half-hour webinars", "a half hour", "quarter-hour"
_PART_HOUR = re.compile(r"\b(?:a )?(half|quarter)(?: an)?[ -]hours?\b")
_PART_HOUR_MINUTES = {"half": 30, "quarter": 15}
#: Credits said after the kind of course they are of: "semester course 1 credit", "a quarter class , 3 credits"
_CREDITS_AFTER_KIND = re.compile(rf"\b(semester|quarter)(?: ?-? ?(?:credit|hour|unit))? (?:course|class)(?: \([^()]{{1,40}}\))?\s*[,:-]?\s*(?:of |for |worth |is |=\s*|\(\s*)?"
                                 rf"{NUMBER} credits?\b(?:\s*\))?")  # "semester course ( reference ) - 1 credit": a row


#: A course said by how many weeks it ran and its hours each week: "a 4 - week online tech course that met 2 hours a
#: week" is an 8-hour course (the weekly hours of a course, not of work)
_WEEKS_OF_COURSE = re.compile(rf"\b{NUMBER} ?-? ?weeks? ((?:[a-z]+ ){{0,3}}(?:course|class|workshop|series|training|webinar series))"
                              rf"(?: (?:on|about|in) (?:[a-z]+ ){{0,2}}[a-z]+)?(?: (?:that|which))? (?:met|meets|meeting|ran|runs|running|of|at|for)"
                              rf" (?:for )?{NUMBER} ?"
                              r"(?:hours?|hrs?) (?:a|per|each|every|/) ?(?:week|wk)\b")


#: An activity said by how many days it ran and its hours each day: "a 4 - day online institute , 3 hours a day" is a
#: 12-hour institute (a conference's day counts as the program says, whatever its hours)
_DAYS_OF_ACTIVITY = re.compile(rf"\b{NUMBER} ?-? ?days? ((?:[a-z]+ ){{0,3}}(?:institute|workshop|training|course|class|seminar|"
                               r"bootcamp|boot camp|academy|summit|retreat|series|program))\s*,?\s*(?:of |at |with |for |\(\s*)?"
                               rf"{NUMBER} ?(?:hours?|hrs?|h)(?: of (?:sessions?|training|classes|content|instruction))? "
                               r"(?:a|per|each|every|/) ?day\b(?:\s*\))?")


#: A half or full day's activity said with its length: the length is what it lasted ("a half day workshop ( 1pm-5pm )",
#: cleaned "a half day workshop 4 hours", is a 4-hour workshop)
_DAY_OF_LENGTH = re.compile(rf"\b(?:a )?(?:half|full|whole) day ((?:[a-z]+ ){{0,2}}{ACTIVITY.pattern})\s*(?:\(\s*)?"
                            rf"(?:of |for |lasting |from )?{NUMBER} ?(?:hours?|hrs?|h)\b(?:\s*\))?")


def _stated_hours(text: str) -> str:
    """Cleaned text with the unit of hours stated before their amount said after it, as any amount's is, and the kind
    of credits said before them ("semester course 1 credit": 1 semester credits); sessions counted under a label of
    their length are so many of them ("2 hour workshops : 4": 4 x 2 hour workshops)."""
    text = _WEEKS_OF_COURSE.sub(lambda m: f"{to_number(m[1]) * to_number(m[3]):g} hour {m[2]}", text)
    text = _DAYS_OF_ACTIVITY.sub(lambda m: f"{to_number(m[1]) * to_number(m[3]):g} hour {m[2]}", text)
    text = _DAY_OF_LENGTH.sub(lambda m: f"a {to_number(m[2]):g} hour {m[1]}", text)
    text = _COUNTED_UNDER_LABEL.sub(r"\2 x \1", text)
    text = _CREDITS_AFTER_KIND.sub(r"\2 \1 credits", text)  # and credits said after their kind, before it
    text = _PART_HOUR.sub(lambda m: f"{_PART_HOUR_MINUTES[m[1]]} minute", text)  # "40 half-hour webinars"
    return _STATED_HOURS.sub(lambda m: f"{m[0][:m.start(2) - m.start()]}{m[2]} hours", text)


def _units_from_labels(text: str) -> str:
    """Cleaned text with the unit of a label said after each of its amounts ("3 quarter credits ( reference course )"),
    so the amounts are read as any other."""
    out, at = [], 0
    for label in _UNIT_LABEL.finditer(text):
        if label.start() < at:
            continue
        items: list[str] = []
        end = label.end()
        while (item := (_LABELLED_ITEM if items else _FIRST_LABELLED_ITEM).match(text, end)) is not None:
            items.append(f"{item[1]} {label[1]}{label[2]}{label[3] or ''}{item[2]}{item[3]}")  # "10 hours so far"
            end = item.end()
            if not item[3]:
                break
        if items:
            out.append(text[at:label.start()] + "".join(items))
            at = end
    return "".join(out) + text[at:]
