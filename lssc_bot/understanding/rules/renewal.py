"""Renewal arithmetic: expiry and renewal window from a certification date, contact-hour equivalents."""
from __future__ import annotations

import re
from dataclasses import replace

from ...knowledge import Program
from ..context import AskContext
from ..dates import MonthYear, is_future, is_past
from ..lexicon import ACTIVITY, ASKED_BACK, CONFERENCE
from ..numbers import NUMBER, to_number
from ..reading import DateMention, Quantity, Reading
from .calculation import Activity, Calculation, ContactHours, RenewalDates

TOPIC = "renewal"
CONTACT_TOPIC = "contact-hours"
SUBJECTS = ("renewal",)


#: Eligibility named, not only hinted at ("am i ok"): "am i eligible", "do i qualify"
_ELIGIBILITY_WORD = re.compile(r"\beligib\w*|\bqualif\w*|\bexperience\b")


def calculate(program: Program, reading: Reading, context: AskContext) -> Calculation | None:
    asked_at = _UNIT_ASKED.search(reading.text)
    asked = _asked_unit(program, reading, asked_at)
    # the sessions asked about are not held: "how many 90-min webinars", "doing 90-minute webinars. how many"
    activities = [] if asked and not asked_at else _activities(program, reading, asked_at.span() if asked_at else (0, 0))
    # credits and conference days are counted in contact hours only for a renewal: a question counting
    # them, and asking nothing else, is about renewing
    # (an "am i ok" said of education alone, with no time worked and no word of eligibility, is no eligibility question)
    worked = any(q.unit in ("hours a week", "year", "month", "week") for q in reading.quantities)
    eligibility = reading.has("eligible") and (worked or _ELIGIBILITY_WORD.search(reading.text) is not None)
    counting = (reading.has("question") and not reading.has("deadline") and not eligibility
                and reading.counts_education)
    # how many of a kind of education reach an amount of hours ("how many 90-min webinars to get to 32 hrs")
    reaching = asked is not None and any(q.unit == "hour" and q.aimed for q in reading.quantities)
    # hours counted since certifying are for renewing: "certified 1 April 2023; 16 hours so far. how many more?"
    # (said with when: "do I get certified right away with 900 hours?" asks about becoming certified)
    since_certified = (reading.has("certified") and any(d.role == "certified" for d in reading.dates)
                       and any(q.unit == "hour" and not q.aimed for q in reading.quantities))
    if not (reading.has("renew") or counting or reaching or since_certified):
        return None
    dates = _dates(program, reading, context)
    rate = _rate_asked(program, reading, dates)
    if activities or asked or rate:  # "how many hours a year to hit the total over the 4 years": a rate alone
        tech = _tech_hours_said(reading)
        # "four 1-hour technology webinars": the length of each, so many times
        times = next((q.times for q in reading.quantities if tech and q.start == tech.start(1) and q.unit == "hour"), 1)
        technology = (to_number(tech.group(1)) * times if tech else 0.0 if _NO_TECH.search(reading.text)
                      # else the activities on technology, each item by what it says of itself
                      else sum(a.each * a.technology for a in activities if a.each >= 1)
                      if any(a.technology for a in activities) else None)
        facts = ContactHours(tuple(activities), technology, dates, asked, rate)
        return Calculation(CONTACT_TOPIC, "Renewal contact hours", facts, SUBJECTS)
    return Calculation(TOPIC, "Your renewal dates", dates, SUBJECTS) if dates else None


#: Hours per period asked: "how many hrs a month do i need"
_RATE_ASKED = re.compile(r"\bhow many (?:more )?(?:contact )?(?:hours?|hrs?) (?:a|per|each|every) (month|week|year)\b")
_IN = {"month": {"month": 1, "year": 12, "week": 12 / 52}, "week": {"week": 1, "month": 52 / 12, "year": 52},
       "year": {"year": 1, "month": 1 / 12, "week": 1 / 52}}


def _rate_asked(program: Program, reading: Reading, dates: RenewalDates | None) -> tuple[str, float] | None:
    """The period a rate is asked in, and how many of them are left: from the time said ("18 months
    left") or else from today to the expiry month."""
    asked = _RATE_ASKED.search(reading.text)
    if asked is None:
        return None
    per = asked.group(1)
    # the time it is spread over ("16 months left", "over the 4 years"); "a month" in the question is no time left
    said = next((q for q in reading.quantities if q.unit in _IN[per] and not asked.start() <= q.start < asked.end()),
                None)
    if said is not None:
        return per, said.value / _IN[per][said.unit]
    grace = dates.grace_months_left if dates is not None else None
    to_expiry = grace - program.renewal.grace_months if grace is not None else 0
    return (per, to_expiry / _IN["month"][per]) if to_expiry > 0 else None


_RENEWED = re.compile(r"\brenewed\b(?!\s*:?\s*(?:no|not|never)\b)")


def _dates(program: Program, reading: Reading, context: AskContext) -> RenewalDates | None:
    """Expiry and renewal window, from the month certified or the month it expires."""
    # the first month said as a certification or an expiry: "enrolled July 2019, certified in 2022"
    # the asker's months (or, asked for someone else, theirs); of several certifications or renewals, the latest
    said_dates = [d for d in reading.dates if d.role in ("certified", "expires")]
    theirs = reading.has("for_someone") and any(d.subject == "other" for d in said_dates)  # "when does hers expire?"
    mine = [d for d in said_dates if (d.subject == "other") == theirs or (reading.has("for_someone") and not theirs)]
    certified = [d for d in mine if d.role == "certified"]
    renewed = len(certified) > 1 and bool(_RENEWED.search(reading.text))  # "CLSS since 2021, renewed in 2025"
    said = max(certified, key=lambda d: (d.when.year, d.when.month or 0)) if renewed else next(iter(mine), None)
    if said is None:
        return None
    dates = _said(program, said, context)
    # asked for several people, each other certification said is someone's: their dates too
    others = tuple(_said(program, d, context) for d in reading.dates if d.role == "certified" and d.subject != "asker"
                   and d.when != said.when) if reading.has("several") and not reading.has("for_someone") else ()
    return replace(dates, others=others) if others else dates


def _said(program: Program, said: DateMention, context: AskContext) -> RenewalDates:
    """The renewal dates from one month said as a certification or an expiry."""
    if said.role == "certified":
        return _window(program, said.when.plus_months(12 * program.renewal.every_years), context, certified=said.when,
                       day=said.day)
    return _window(program, said.when, context, day=said.day)


def _window(program: Program, expires: MonthYear, context: AskContext, certified: MonthYear | None = None,
            day: int | None = None) -> RenewalDates:
    r = program.renewal
    opens = expires.plus_months(-r.window_months_before)
    grace = expires.plus_months(r.grace_months)
    now = (context.today.year, context.today.month)
    ends, lapses, starts = (m.on(day) if day is not None else None for m in (grace, expires, opens))
    if ends and lapses and starts:  # a whole date said: today is before, in or after each, to the day
        today = context.today
        where = "past" if ends < today else "grace" if lapses < today else "window" if starts <= today else ""
    elif is_past(grace, *now):
        where = "past"
    elif is_past(expires, *now):
        where = "grace"
    elif expires.month is not None and not is_future(opens, *now):  # the window opened this month or before
        where = "window"
    else:
        where = ""
    return RenewalDates(expires, opens, grace, certified, where, grace.months_after(MonthYear(*now)), day)


_TECH_HOURS = re.compile(rf"\b{NUMBER}\s*(?:(?:contact )?(?:hours?|hrs?) )?(?:of (?:them|those|it|which) )?"
                         r"(?:(?:is|are|were|was) )?(?:(?:in|on|of|for|about|are) )?(?:the |\w+ )?tech\w*")


#: Sessions counted, not hours: "2 tech webinars of 90 minutes"
_SESSIONS_COUNTED = re.compile(rf"\s*(?:\w+ )?{ACTIVITY.pattern}\b")
_HOURS_SAID = re.compile(r"\b(?:hours?|hrs?)\b")
#: ...or counted in a bracket after the sessions: "a dozen webinars ( three on tech )"
#: (not sessions said as hours of them: "10 hrs of webinars ( 3 tech )" is 3 of the hours)
_SESSIONS_BEFORE = re.compile(rf"(?<!\bhrs of )(?<!\bhours of )(?<!\bhr of )(?<!\bhour of )\b{ACTIVITY.pattern}\s*\(\s*$")


def _tech_hours_said(reading: Reading) -> re.Match[str] | None:
    """The hours on technology a figure says are held ("> you need 32 contact hours, 4 in tech. i have 20, 2 tech"),
    not those needed or aimed at ("how far am i from the 4 tech hrs ?"), nor a count of sessions ("2 tech webinars of
    90 minutes", "a dozen webinars ( three on tech )")."""
    text = reading.text
    aimed = {q.start for q in reading.quantities if q.aimed}
    return next((m for m in _TECH_HOURS.finditer(text) if not _needed(text, m.start()) and m.start() not in aimed
                 and not _NOT_YET.search(text, 0, m.start())  # "planned : a 3 hr tech webinar": not held yet
                 and (_HOURS_SAID.search(m[0]) or not (_SESSIONS_COUNTED.match(text, m.end())
                                                       or _SESSIONS_BEFORE.search(text, 0, m.start())))), None)

#: An amount needed, said before the hours on technology in their sentence ("you need 32 hours , 4 in tech"), unless
#: what is held is said after it ("i need at least 4 tech hours , i have 30 with 6 tech")
_NEEDED_BEFORE = re.compile(r"\b(?:need\w*|require\w*|at least|minimum)\b")
_HELD_AFTER_NEED = re.compile(r"\b(?:have|has|had|got|did|done|logged|earned|so far)\b")
_SENTENCE_END = re.compile(r"[.;!?]")


def _needed(text: str, at: int) -> bool:
    """Whether the amount at `at` is said as needed, not held."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    need = None
    for need in _NEEDED_BEFORE.finditer(text, start, at):
        pass
    return need is not None and not _HELD_AFTER_NEED.search(text, need.end(), at)


#: No hours on technology said: "none of them tech", "zero on tech", "nothing tech related yet"
_NO_TECH = re.compile(r"\b(?:none|zero|nothing|no hours?)(?: of (?:them|those|it|which))?(?: (?:is|are|were|was))?"
                      r"(?: (?:in|on|about|for))?(?: the)? tech\w*")


#: A count of one kind of education asked for: "how many conference days would get me all 32 hours"
_UNIT_ASKED = re.compile(r"\bhow many (?:more )?(?:full )?(?:(conference days?|days? (?:at|of) (?:a )?conf\w*)|"
                         r"(semester (?:credits?|hours?)|credits?)|(quarter (?:credits?|hours?))|"
                         rf"{NUMBER}\s*(?:(minutes?|mins?)|hours?|hrs?|h) (?:\w+ )?({ACTIVITY.pattern}))\b")


#: Sessions counted, their length said elsewhere: "only doing 90-minute webinars. how many webinars is that"
_SESSIONS_ASKED = re.compile(rf"\bhow many (?:more )?({ACTIVITY.pattern})\b")


def _asked_unit(program: Program, reading: Reading, found: re.Match[str] | None) -> tuple[str, float] | None:
    """The kind of education asked to be counted (`found`: "how many conference days", "how many 90-min
    webinars"), with its contact hours each; None when none is asked or a session would last under the hour."""
    sessions = _SESSIONS_ASKED.search(reading.text)
    if found is None and sessions is not None:  # the length said of those sessions elsewhere in the message
        lengths = [q for q in reading.quantities if q.activity and q.unit in ("minute", "hour")]
        if len(lengths) == 1:
            each = lengths[0].value / (program.contact_hours.minutes_per_hour if lengths[0].unit == "minute" else 1)
            return (sessions.group(1).rstrip("s"), each) if each >= 1 else None
    if found is None:
        return None
    eq = program.contact_hours
    if found.group(4):  # "how many 90-min webinars": each as long as said, if it lasts the hour an activity must
        length = to_number(found.group(4)) / (eq.minutes_per_hour if found.group(5) else 1)
        return (found.group(6).rstrip("s"), length) if length >= 1 else None
    return (("conference day", eq.conference_day) if found.group(1) else
            ("semester credit", eq.semester_credit) if found.group(2) else ("quarter credit", eq.quarter_credit))


#: What an amount of hours was on: "3 hrs on cataloging"
_ON_TOPIC = re.compile(r"\s*(?:of \w+ )?(?:on|about|in|for) ")
_TECH_TOPIC = re.compile(r"\s*(?:of \w+ )?(?:on|about|in|for) (?:the )?(?:\w+ )?tech\w*\b")
#: The units a renewal counts, with how each converts: contact hours for one, or ones in an hour
_CONVERTED = {"semester credit": ("semester_credit", False), "quarter credit": ("quarter_credit", False),
              "day": ("conference_day", False), "minute": ("minutes_per_hour", True)}


#: An item of a list said not done yet, up to an amount in it: "; in progress : tech bootcamp ( 8 "
#: An activity still to come, said in its item: "a 2-day conference next week", "signed up for a webinar in march"
_TO_COME = re.compile(r"\b(?:next (?:week|month|year|term|semester|quarter|spring|summer|fall|winter|session|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|tomorrow|upcoming|this coming|"
                      r"signed up for|registered for|will (?:attend|take|do|go|be)|going to|plan(?:ning)? to|"
                      r"scheduled for|later this (?:week|month|year)|registered(?! for\b)|cancell?ed|"
                      r"not (?:gone|been|attended|happened|taken|started|held) yet)\b")
_SUPPOSED = re.compile(r"\b(?:if|once|assuming|suppose|supposing|say|counting|would|will (?:that|it|this|i|those))\b")
_NOT_YET = re.compile(r"(?:^|[;.!?])\s*(?:in progress|not done|not started|planned|to do|todo|upcoming|scheduled|"
                      r"registered|signed up)\s*:(?:[^;.!?]|(?<=\d)\.(?=\d))*$")
#: What lies between an amount and a bracket that explains it ("8 hours of webinars (1 hour each)", "1,200 minutes
#: of workshops (each one 2 hrs)"), or a length of the sessions it is made of ("1,440 minutes of 1-2 hour webinars")
_EXPLAINED = re.compile(r"\s*(?:of )?(?:\w+ ){0,3}\(\s*(?:each(?: one)?|about|around|all)?\s*|"
                        r"\s*of (?:\d+(?:\.\d+)? ?(?:-|to|or) ?)?")
#: A unit said to be worth the amount after it: "conference days are ", "a semester credit = ", "each day counts as "
_DEFINES = re.compile(r"\b(?:conf(?:erence)? days?|days?|credits?|credit hours?)\s+(?:are|is|counts?(?: for| as)?|=|equals?|worth)"
                      r"\s*(?:about |only )?$")
#: Between an amount and the same amount said again in brackets in hours: " of a course on supervision ( "
_BRACKETED = re.compile(r"[^()\d.;]{0,50}\(\s*(?:=|i ?\. ?e ?\.?|so|that is|about)?\s*")


def _converted(program: Program, amount: Quantity) -> float:
    """An amount of credits, days or minutes in contact hours."""
    field, divide = _CONVERTED[amount.unit]
    rate = getattr(program.contact_hours, field)
    return amount.value / rate if divide else amount.value * rate


#: After an amount, that it is a break in an activity, not one: "an hour lunch", "30 min for lunch", "1 hr unpaid
#: break" (not a "lunch and learn" or a "lunch webinar", which are activities)
_BREAK = re.compile(r"\s*(?:of |for |unpaid |paid |long |the )*(?:lunch|breaks?|meal|dinner)\b"
                    r"(?! ?(?:and|&|n) learn| (?:webinars?|sessions?|talks?|workshops?|presentations?|trainings?|class))")


#: A length given as a listed item's value: "supervision webinar: 2h", "workshop : deep dive - 3 hr"
_ITEM = re.compile(rf":\s*$|\b{ACTIVITY.pattern}\b[^|;,.\d]{{0,40}}$")


def _activities(program: Program, reading: Reading, asked: tuple[int, int]) -> list[Activity]:
    """Every activity the message counts: semester and quarter credits, conference days, minutes and
    (said as held) contact hours, each as often as it is said and times the number of sessions; not one
    asked about (`asked`: where the message asks "how many 90-min webinars")."""
    text = reading.text
    tech = [(m.start(), m.end()) for m in _TECH_HOURS.finditer(text)]
    # hours listed by topic ("3 hrs on cataloging, 2 hrs on tech") are each an activity; otherwise hours on
    # tech are part of a total said ("I have 20 hours, 4 on tech")
    hours = [q for q in reading.quantities if q.unit == "hour"]
    on_topic = [q for q in hours if _ON_TOPIC.match(text, q.end)]
    listed = bool(hours) and (len(on_topic) == len(hours) or any(not _TECH_TOPIC.match(text, q.end) for q in on_topic))
    # several lengths listed are each an activity ("sessions this cycle: 2h, 1.5h, 3h"), unless one is the part
    # of a total on technology ("20 hours, 4 on tech")
    held = [q for q in hours if not q.aimed and q.subject != reading.not_asked_about]
    listed = listed or len(held) > 2 or (len(held) == 2 and not any(_TECH_TOPIC.match(text, q.end) for q in held))
    minutes = any(q.unit == "minute" for q in reading.quantities)
    activities: list[Activity] = []
    for q in reading.quantities:
        if q.subject == reading.not_asked_about or asked[0] <= q.start < asked[1] or not q.value:
            continue  # "my boss renewed with 40 hours" is not the asker's; "conference days: 0" is none
        if _DEFINES.search(text, max(0, q.start - 40), q.start):
            continue  # "conference days are 6 hrs each": what a unit is worth, not an activity
        if _NOT_YET.search(text, 0, q.start) or (_TO_COME.search(_item(text, q)) and not _SUPPOSED.search(text)):
            continue  # "⏳ tech bootcamp (8 hrs, starts jan)", "a 2-day conference next week": not done yet (unless
            # supposed done: "if I take a 3-credit course next spring, will that cover it?")
        if any(p.unit in ("hour", "minute") and _EXPLAINED.fullmatch(text, p.end, q.start) for p in reading.quantities):
            continue  # "8 hours of webinars (1 hour each)": the bracket says how the 8 hours were made up
        if q.unit == "hour" and any(_BRACKETED.fullmatch(text, p.end, q.start) for p in reading.quantities if p.unit in _CONVERTED):
            continue  # "two semester credits of a course on supervision (30 hours)": the credits in hours, as the asker
            # reckons them ("1 conference day (8 hrs)"), which the rule's own figure replaces
        if _restated(program, reading, q):
            continue  # "four 50-minute webinars (so 200 min = 3.33h)": the webinars' minutes, said again
        if q.unit in ("hour", "minute") and _BREAK.match(text, q.end):
            # "a 9 to 4 training day with an hour lunch not counted": the break is no education, and the span before
            # it held it
            if activities and activities[-1].unit == "contact hour" and activities[-1].times == 1:
                gap = q.value / (program.contact_hours.minutes_per_hour if q.unit == "minute" else 1)
                activities[-1] = replace(activities[-1], count=max(0.0, activities[-1].count - gap))
            continue
        if q.unit in _CONVERTED and not (q.unit == "day" and not CONFERENCE.search(text)):
            field, divide = _CONVERTED[q.unit]
            unit = "conference day" if q.unit == "day" else q.unit
            activities.append(Activity(q.value, unit, getattr(program.contact_hours, field), divide, q.times,
                                       _on_technology(text, q)))
        elif (q.unit == "hour" and (reading.has("have") or q.activity or listed or bool(_ITEM.search(text, 0, q.start))
                                    or minutes  # hours beside minutes are lengths too: "45 min | 3 hr | 90 min"
                                    or bool(_STATEMENT_OPENS.fullmatch(text, 0, q.start)))  # "27 renewal hours , ..."
              and not q.aimed
              # "4 hours on tech" is part of the hours said, but "a 4 hr tech workshop" is an activity too, and so are
              # tech hours said beside no other hours ("3 conference days and 6 tech hours")
              and (q.activity or listed or not any(a <= q.start < b for a, b in tech)
                   or not any(h is not q for h in held))):
            activities.append(Activity(q.value, "contact hour", 1, False, q.times, _on_technology(text, q)))
    return _without_sum_asked_back(reading, activities)


#: Where a statement opens: an amount said first is said as held ("27 renewal hours , 3 of them tech . how many more ?")
_STATEMENT_OPENS = re.compile(r"(?:.*[.;:!?>] )?(?:so |ok |okay |well |update |status )?")
#: Where one item of a list of activities ends: a comma, a semicolon, a bar, a full stop (not a decimal point), "and"
_ITEM_END = re.compile(r"[,;|+]|(?<!\d)\.(?!\d)|\b(?:and|plus)\b")
#: ...in a list whose items are set off by semicolons, only those: "Apr - 'cybersecurity for staff' (tech), 1 hr; Jun - ..."
_LISTED_ITEM_END = re.compile(r"[;|]|(?<!\d)\.(?!\d)")
#: (not "not tech", "non-tech": a column of yes and no, "tech? no")
#: What says an activity is on technology: the word, or a subject that is technology ("a webinar on cybersecurity",
#: "an ILS migration workshop", "web design class"), not negated ("not tech")
_TECH_WORD = re.compile(r"(?<!\bnot )(?<!\bnon )(?<!\bnon-)(?<!\bno )\b(?:tech\w*|cyber ?\w*|computers?|computing|software|"
                        r"digital (?:literacy|skills|tools|services|collections|preservation)|internet|web ?(?:design|sites?|"
                        r"development|accessibility)|websites?|coding|sql|html|python|databases?|ils|integrated library systems?|"
                        r"artificial intelligence|ai tools|it security|network(?:s|ing) (?:security|basics)|hardware|"
                        r"3 ?d print\w*|makerspaces?)\b")


#: Some of an activity's times said to be on technology: "( three on tech )", "one of them was on cybersecurity"
_SOME_ON = re.compile(rf"\b{NUMBER}(?: of (?:them|those|these|the \w+) (?:(?:was|were|is|are) )?(?:(?:on|about|in) )?| "
                      r"(?:(?:was|were|is|are) (?:(?:on|about|in) )?|(?:on|about|in|re|covered) ))")
#: ...said of "them" just after the activity's item: ", 3 of them on cybersecurity", "; two of those were tech"
_THEM_ON = re.compile(rf"\s*[,;(]?\s*{NUMBER} of (?:them|those|these)(?: (?:was|were|is|are))?(?: (?:on|about|in))? ")
#: ...said apart from the activity's item, naming the activity: "only tech thing was one of the webinars", "2 of the
#: workshops were on technology"
_SOME_OF = r"\b(?:only tech\w*(?: \w+){{0,2}} (?:was|were|is|are|=|:) )?{number} of (?:the|those|these|my) {activity}\b(?: (?:was|were|is|are) (?:on |about )?(tech\w*))?"


def _on_technology(text: str, amount: Quantity) -> float:
    """How many of the times of the activity that holds `amount` the message says were on technology: all of them
    when its item says so ("4 one-hour tech webinars", "a 2-hour webinar on ILS migration ( tech )"), so many when it
    counts them ("a dozen webinars ( three on tech )", "... only tech thing was one of the webinars"), or the share of
    one amount of hours it counts ("18 hrs of webinars ( 7 of them tech )")."""
    start, end = _item_span(text, amount)
    item = text[start:end]
    tech = _TECH_WORD.search(item)
    if tech:
        some = [m for m in _SOME_ON.finditer(item, 0, tech.start()) if item[m.end():tech.start()].strip() == ""]
        if not some:
            return amount.times
        count = to_number(some[-1][1])
        if amount.times == 1 and amount.unit == "hour" and count < amount.value:
            return count / amount.value  # "18 hrs of webinars ( 7 of them tech )": hours of the one amount
        return min(count, amount.times)
    activity = ACTIVITY.compiled().search(item)
    # ...or in the item after it, of "them": "a dozen webinars , 3 of them on cybersecurity"
    after = _THEM_ON.match(text, end)
    if activity and after and _TECH_WORD.match(text, after.end()):
        return min(to_number(after[1]), amount.times)
    if activity and amount.times > 1:
        plural = re.escape(activity[0].rstrip("s")) + "s?"
        for said in re.finditer(_SOME_OF.format(number=NUMBER, activity=plural), text):
            if said[2] or said[0].startswith("only tech"):
                return min(to_number(said[1]), amount.times)
    return 0


def _item(text: str, amount: Quantity) -> str:
    """The item of the message's list that holds `amount`."""
    return text[slice(*_item_span(text, amount))]


def _item_span(text: str, amount: Quantity) -> tuple[int, int]:
    ends = _LISTED_ITEM_END if text.count(";") >= 2 else _ITEM_END
    start = max((m.end() for m in ends.finditer(text, 0, amount.start)), default=0)
    end = ends.search(text, amount.end)
    return start, end.start() if end else len(text)


#: Between an amount and its restatement: inside a bracket opened after it ("(so 200 min = 3.33h)"), or after "="
_RESTATING = re.compile(r"[^()\d;]{0,30}\(\s*(?:so|=|i ?\. ?e ?\.?|that is|about|total|in all)?\s*|\s*=\s*|"
                        r"[^()\d;]{0,30}\([^()\d]*\d+(?:\.\d+)? ?(?:minutes?|mins?|hours?|hrs?|h)\s*=\s*")
#: Just before a total of hours the asker worked out and asks back: "so i am at 30.33 hours ?", "that makes 27 ?"
_SUM_BEFORE = re.compile(r"\b(?:so i am at|i am at|that is|that makes|so that is|total(?: of)?|for a total of)\s*$")


def _minutes_of(program: Program, amount: Quantity) -> float | None:
    """An amount of minutes or hours in minutes, all its times together."""
    per = program.contact_hours.minutes_per_hour
    if amount.unit in ("minute", "hour"):
        return amount.value * amount.times * (1 if amount.unit == "minute" else per)
    return None


def _restated(program: Program, reading: Reading, amount: Quantity) -> bool:
    """Whether `amount` says again, in a bracket or after "=", the minutes or hours of the amount before it."""
    minutes = _minutes_of(program, amount)
    if minutes is None:
        return False
    for before in reading.quantities:
        said = _minutes_of(program, before)
        if (said is not None and before.end <= amount.start and _RESTATING.fullmatch(reading.text, before.end, amount.start)
                and abs(said - minutes) < 1):
            return True
    return False


def _without_sum_asked_back(reading: Reading, activities: list[Activity]) -> list[Activity]:
    """`activities` without a total the asker added up and asks back ("..., so I'm at 30.33 hours?"), which is
    the others' sum, not one more activity."""
    text = reading.text
    for q in reading.quantities:
        if (q.unit == "hour" and _SUM_BEFORE.search(text, max(0, q.start - 25), q.start) and ASKED_BACK.match(text, q.end)):
            others = [a for a in activities if not (a.unit == "contact hour" and a.count == q.value)]
            if others and abs(sum(a.hours for a in others) - q.value) < 0.05 * max(1.0, q.value):
                return others
    return activities
