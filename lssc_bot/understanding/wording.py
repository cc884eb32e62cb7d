"""The words of every calculation: a `Calculation` (data) in, the reply's text out.

The calculators in `rules/` return numbers, months and lists; this is the only place that
says them, so the wording can change without touching the arithmetic. `progress.py` and
`render/` use it too, so a saved progress and a typed one are told the same way.
"""
from __future__ import annotations

import math
from dataclasses import replace
from itertools import groupby
from datetime import date

from ..knowledge import Program
from .dates import MONTH_NAMES, MonthYear
from .rules.calculation import (
    Activity,
    Calculation,
    ContactHours,
    CourseApprovalFees,
    Deadline,
    EligibilityCheck,
    HoursByPerson,
    Experience,
    Fee,
    FeePart,
    Remaining,
    RemainingCount,
    RenewalDates,
    Requirements,
)

__all__ = ["cost_note", "overdue_note", "say", "unread_note"]


def say(program: Program, calculation: Calculation, verified: date | None = None) -> str:
    """The reply to a calculation. `verified` is the date the rule set's facts were last checked
    (fees are told "as of" it)."""
    facts = calculation.facts
    if isinstance(facts, Remaining):
        return _remaining(program, facts)
    if isinstance(facts, RemainingCount):
        return _count(program, facts)
    if isinstance(facts, Deadline):
        return _deadline(program, facts)
    if isinstance(facts, EligibilityCheck):
        return _eligibility(program, facts)
    if isinstance(facts, HoursByPerson):
        return _hours_by_person(program, facts)
    if isinstance(facts, Fee):
        return _fee(program, facts, verified)
    if isinstance(facts, RenewalDates):
        return _renewal(program, facts)
    if isinstance(facts, CourseApprovalFees):
        return _course_approval(program, facts)
    return _contact_hours(program, facts)


#: What a number left unread might be, said back as an example of how to give it, by calculation
_SAY_IT_AS = {"eligibility": "{n} hours a week", "fee": "{n} people, 2 of them ALA members",
              "contact-hours": "{n} one-hour webinars"}


def unread_note(topic: str, numbers: tuple[str, ...]) -> tuple[str, str]:
    """What goes before and after a calculation that left `numbers` of the message unread."""
    listed = " and ".join(numbers) if len(numbers) < 3 else ", ".join(numbers[:-1]) + f" and {numbers[-1]}"
    they = len(numbers) > 1
    before = (f"I could not tell what the {listed} in your message {'count' if they else 'counts'}, so the figures "
              f"below leave {'them' if they else 'it'} out and may not be what you asked.")
    example = _SAY_IT_AS.get(topic, "{n} hours").format(n=numbers[0])
    after = (f"If {'they' if they else 'it'} should count, tell me what {'they are' if they else 'it is'} "
             f"(for example \"{example}\") and ask again.")
    return before, after


def _num(value: float) -> str:
    value = round(value, 2)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _money(value: float) -> str:
    """Dollars, with cents only when there are some: "$325", "$162.50" (half of $325)."""
    return f"${value:,.0f}" if round(value, 2) == round(value) else f"${value:,.2f}"


def _amount(count: float, unit: str) -> str:
    """"1 hour", "3 hours", "2.5 contact hours": a count and its unit, plural unless it is one."""
    return f"{_num(count)} {unit}{'s' if count != 1 else ''}"


def _hours_by_person(program: Program, facts: HoursByPerson) -> str:
    need = program.eligibility.experience_hours
    window = program.eligibility.experience_window_years
    lines = [f"- **{who.capitalize() if who != 'you' else 'You'}**: {hours:,.0f} hours, "
             + ("enough: eligible on experience." if hours >= need else f"{need - hours:,.0f} short: not eligible yet.")
             for who, hours in facts.people]
    return ("\n".join(lines) + f"\nEach person needs {need:,} hours of their own (hours are not pooled), of paid or "
            f"volunteer work in any type of library within the last {window} years, and {program.eligibility.education}.")


def _around(facts: EligibilityCheck, weeks: float, window: int) -> str:
    """", around March 2027": the month so many weeks from now (the window starts `window` years before today)."""
    if weeks == float("inf"):
        return ""
    today = facts.window_start.plus_months(12 * window)
    return f", around {today.plus_months(round(weeks * 12 / 52))}"


def _weeks(weeks: float) -> str:
    """"about 3 weeks", "about 37 weeks (0.7 years)": a time in weeks, in years too once it is half of one. Counted in
    whole weeks, rounded up: after 11 of 11.3 weeks the hours are not there yet."""
    return f"about {_amount(max(1, math.ceil(weeks - 1e-9)), 'week')}" + (f" ({weeks / 52:.1f} years)" if weeks >= 26 else "")


# --- what is left ------------------------------------------------------------------------------

def overdue_note(program: Program) -> str:
    """What to do when the finish-by month has passed."""
    return f"That date has passed. If you have not finished, contact the LSSC office at {program.email} about where you stand."


def _remaining(program: Program, facts: Remaining) -> str:
    r = facts.requirements
    lines = [requirements_text(program, r, facts.unnamed_electives)]
    if facts.supposed:
        lines.insert(0, f"Counting {', '.join(facts.supposed)} as done, as you asked:")
    if not r.done:
        if facts.enrolled is not None and facts.due is not None:
            lines.append(f"Finish by **{facts.due}** ({program.completion_years} years from enrolling in {facts.enrolled}).")
            if facts.overdue:
                lines.append(overdue_note(program))
        else:
            lines.append(f"Remember: all {program.sets_needed} sets must be finished within "
                         f"{program.completion_years} years of enrollment.")
        lines.append(f"Cost: {cost_note(program, r, enrolled=facts.enrolled is not None)}")
    return "\n".join(lines)


def cost_note(program: Program, r: Requirements, *, enrolled: bool) -> str:
    """What finishing still costs: ALA-APA's one fee (behind them once enrolled) and the courses left."""
    courses = len(r.remaining_required) + r.electives_remaining
    fees = program.fees
    paid = ("your ALA-APA fee was paid when you applied (applying is enrolling)" if enrolled else
            f"ALA-APA's fee is ${fees.non_member:,.0f}, or ${fees.member:,.0f} for ALA members (as of the latest "
            "published fees), paid once when you apply")
    return (f"{paid}; the {_amount(courses, 'course')} left "
            f"{'are' if courses != 1 else 'is'} paid to {'their providers' if courses != 1 else 'its provider'}, "
            "which set their own prices.")


def requirements_text(program: Program, r: Requirements, unnamed_electives: int = 0) -> str:
    """Which sets are done and which are left."""
    done = list(r.completed)
    if unnamed_electives:
        done.append(f"{_amount(unnamed_electives, 'elective')} you did not name")
    lines = [f"Completed: {', '.join(done)}." if done else "Completed: none yet."]
    if r.done:
        lines.append(f"That is all {program.sets_needed} competency sets: {len(program.required_sets)} required "
                     f"and {program.electives_needed} electives. Next, notify the LSSC office "
                     f"({program.email}) so that it can award your certification.")
    else:
        if r.remaining_required:
            lines.append("Required sets still to do: " + ", ".join(r.remaining_required) + ".")
        else:
            lines.append("All the required sets are done.")
        if r.electives_remaining:
            still_open = [s.name for s in program.elective_sets if s.name not in r.electives_completed]
            lines.append(f"Electives: {r.electives_remaining} more of the {len(program.elective_sets)} "
                         f"(you need {program.electives_needed} in all). "
                         + ("Open: " if not unnamed_electives else "Choose from those you have not done: ")
                         + ", ".join(still_open) + ".")
        else:
            lines.append(f"Electives: done ({program.electives_needed} needed).")
    extra = len(r.electives_completed) + unnamed_electives - program.electives_needed
    if extra > 0:
        lines.append(f"You have {len(r.electives_completed) + unnamed_electives} electives; only "
                     f"{program.electives_needed} count toward the certification, so the extra {extra} is not needed.")
    return "\n".join(lines)


def _count(program: Program, facts: RemainingCount) -> str:
    """What is left from a number of sets done, when the sets are not named."""
    need, done = program.sets_needed, facts.done
    required = ", ".join(s.name for s in program.required_sets)
    if facts.required is not None and facts.electives is not None:
        required_left = len(program.required_sets) - facts.required
        electives_left = max(0, program.electives_needed - facts.electives)
        return (f"{facts.required} of the {len(program.required_sets)} required sets and "
                f"{_amount(facts.electives, 'elective')} done: **{required_left + electives_left} "
                f"more** to go: {required_left} required (whichever of {required} you have not done)"
                + (f" and {_amount(electives_left, 'elective')}." if electives_left else ".")
                + "\nTell me which sets you've finished and I'll list exactly what is left.")
    if done >= need:
        text = (f"{done:g} sets is all {need}, if they include the {len(program.required_sets)} required ones "
                f"({required}) and {program.electives_needed} electives. If so, notify the LSSC office "
                f"({program.email}) so that it can award your certification.")
    else:
        text = (f"{done:g} of the {need} sets done: **{need - done:g} more** to go, as long as yours include "
                f"the {len(program.required_sets)} required ones ({required}); any of those you have not done "
                "are among what is left.")
    return text + ("\nTell me which sets you've finished (\"I've done Foundations and Technology\") and I'll list "
                   "exactly what is left.")


# --- course providers -------------------------------------------------------------------------

def _course_approval(program: Program, facts: CourseApprovalFees) -> str:
    approval = program.course_approval
    assert approval is not None  # the calculation is only made when the file gives the fees
    lines = []
    if facts.new:
        lines.append(f"Submitting {_amount(facts.new, 'course')}: {facts.new} × {_money(approval.fee_per_course)} = "
                     f"{_money(facts.new * approval.fee_per_course)}; each is approved for {approval.approved_years} years.")
    if facts.renewals:
        lines.append(f"Renewing the approval of {_amount(facts.renewals, 'course')}: {facts.renewals} × "
                     f"{_money(approval.renewal_fee)} = {_money(facts.renewals * approval.renewal_fee)}.")
    total = facts.new * approval.fee_per_course + facts.renewals * approval.renewal_fee
    if facts.new and facts.renewals:
        lines.append(f"**Total: {_money(total)}**.")
    else:
        lines[-1] = lines[-1].replace(f"= {_money(total)}", f"= **{_money(total)}**")
    lines.append("These are fees course providers pay ALA-APA to have courses approved, not candidates' fees. Details "
                 f"are under \"For Course Providers\" on {program.url}.")
    return "\n".join(lines)


# --- the deadline ------------------------------------------------------------------------------

def _deadline(program: Program, facts: Deadline) -> str:
    years, days = program.completion_years, program.acceptance_days
    unsettled = (f"The sources give {years} years but do not settle whether they count from enrollment or from "
                 f"acceptance (the acceptance letter comes within {days} days of enrolling).")
    if facts.accepted and facts.enrolled.month is not None:
        earlier = facts.due.plus_months(-1)
        lines = [f"Accepted {facts.enrolled}: {years} years from acceptance is **{facts.due}**.",
                 f"{unsettled} Counting from your enrollment gives the earlier date, the safe one to plan by: "
                 f"if you enrolled the month before, finish by **{earlier}**."]
    else:
        lines = [f"{'Enrolling' if facts.future else 'Enrolled'} {facts.enrolled}: finish all {program.sets_needed} "
                 f"competency sets by **{facts.due}**.",
                 f"{unsettled} Counting from enrollment, as here, gives the earlier date, so it is the safe one to "
                 "plan by."]
    lines[-1] += f" To be sure, ask the LSSC office ({program.email})."
    if facts.months_left:
        lines.insert(1, f"That is {_span_of_months(facts.months_left)} from now.")
    if facts.enrolled.month is None:
        lines.append(f"Counted from the month in {facts.enrolled.year} when you enrolled.")
    lines += [f"For the other person, enrolled {enrolled}: finish by **{due}** (the same caveat)."
              for enrolled, due in facts.others]
    if facts.expires is not None:
        r = program.renewal
        lines.append(f"Certified at that finish-by date, your certification would be valid for {r.every_years} years, "
                     f"until **{facts.expires}**: renew in the {r.window_months_before} months before (a "
                     f"{r.grace_months}-month grace period follows).")
    if facts.overdue:
        lines.append(overdue_note(program))
    return "\n".join(lines)


def _span_of_months(months: int) -> str:
    """"2 years and 3 months", "1 year", "5 months"."""
    years, rest = divmod(months, 12)
    return " and ".join(_amount(n, unit) for n, unit in ((years, "year"), (rest, "month")) if n)


# --- eligibility -------------------------------------------------------------------------------

def _eligibility(program: Program, facts: EligibilityCheck) -> str:
    x = facts.experience
    if x.hours is not None:  # weeks in a month make sums like 1,819.9999: the total is whole hours, held to the need
        x = replace(x, hours=round(x.hours, 2))
    need = program.eligibility.experience_hours
    window = program.eligibility.experience_window_years
    rule = (f"LSSC asks for at least {need:,} hours (one year full time) of paid or volunteer work in any type "
            f"of library within the last {window} years, and {program.eligibility.education}.")
    since = str(facts.window_start)
    if x.ended_years_ago is not None and x.ended_years_ago > window:
        verdict = (f"Not eligible yet on experience: work that ended {x.ended_when} is outside the {window}-year window, "
                   f"so it does not count. You would need {need:,} hours of library work within the last {window} years.")
    elif x.rate_asked_for:
        held = x.hours or 0.0
        to_go = max(0.0, need - held)
        so_far = f"With {held:,.0f} hours so far, the {to_go:,.0f} still needed" if held else f"{need:,} hours"
        weeks = 52 * x.rate_asked_for
        span = _amount(x.rate_asked_for, "year") if x.rate_asked_for >= 1 else f"{weeks:g} weeks"
        verdict = (f"To reach {need:,} hours in {span}: {so_far} ÷ {weeks:g} weeks = about "
                   f"**{to_go / weeks:.0f} hours a week**.")
    elif x.straddles_window and x.hours_said:
        verdict = (f"Only the hours since {since} fall within the last {window} years, so only those count: "
                   f"add them up; you need {need:,}.")
    elif x.per_week and x.hours is not None and x.hours < need and x.ahead_weeks:
        then = x.hours + x.per_week * x.ahead_weeks
        verdict = (f"Not eligible yet: {x.hours:,.0f} hours so far. After {x.ahead_said} more ({x.ahead_weeks:.3g} weeks) at "
                   f"{x.per_week:.3g} hours a week you would have {then:,.0f} hours: " +
                   ("enough, so you would be eligible then." if then >= need else
                    f"still {_amount(math.ceil(round(need - then, 2)), 'hour')} short of {need:,}, so not eligible yet then."))
    elif x.per_week is not None and x.hours is not None and x.hours < need:
        weeks = (need - x.hours) / x.per_week if x.per_week else float("inf")
        verdict = (f"Not eligible yet: {x.hours:,.0f} hours so far is not enough: at {x.per_week:.3g} hours a week the "
                   f"{_amount(round(need - x.hours), 'hour')} still needed take {_weeks(weeks)}{_around(facts, weeks, window)}.")
    elif x.per_week is not None and x.hours is None:
        weeks = need / x.per_week if x.per_week else float("inf")
        if weeks <= 52 * window:
            verdict = (f"At {x.per_week:.3g} hours a week you reach {need:,} hours after {_weeks(weeks)}"
                       f"{_around(facts, weeks, window)}, so keep a record of your hours.")
        else:
            verdict = (f"At {x.per_week:.3g} hours a week you would have only {x.per_week * 52 * window:,.0f} hours "
                       f"in {window} years, short of {need:,}, and older hours stop counting: you need about "
                       f"{need / (52 * window):.0f} hours a week on average.")
    elif x.hours is None:
        verdict = f"For part-time work, add up your actual hours: you need {need:,} in the last {window} years."
    elif x.hours >= need:
        over = f" ({x.hours - need:,.0f} more than needed)" if x.hours - need >= 1 and not x.assumed_full_time else ""
        verdict = (f"Yes, that is enough: {x.hours:,.0f} hours meets the {need:,}-hour experience requirement"
                   f"{_counted(x, since)}{over}. On experience, you are eligible to apply.")
    else:
        short = math.ceil(round(need - x.hours, 2))  # whole hours: 502.67 short is 503 more to work
        verdict = (f"Not eligible yet: {x.hours:,.0f} hours{_counted(x, since)} is not enough; you need "
                   f"{_amount(short, 'more hour')} to reach {need:,}.")
    if facts.lacks_education:  # said first: whatever the hours, this stops an application
        hours = (f"Your hours are enough: {x.hours:,.0f} meets the {need:,}-hour experience requirement."
                 if x.hours is not None and x.hours >= need else f"On the hours: {verdict.removeprefix('Not eligible yet: ')}")
        verdict = (f"Not eligible yet: you also need {program.eligibility.education}, and without it you cannot "
                   f"apply. {hours}")
    if len(x.stints) > 1:  # how the dated stints were added up, so the asker can check it
        verdict += ("\nCounted: " + " + ".join(f"{rate:g} hours a week × {weeks:g} weeks" for rate, weeks in x.stints)
                    + f" = {x.hours:,.0f} hours.")
    for reason in x.left_out:
        verdict += f"\nNot counted: {_LEFT_OUT[reason].format(since=since, window=window)}."
    return f"{verdict}\n{rule}"


#: Why work the message names is left out of the sum
_LEFT_OUT = {"before the window": "the work that ended before {since}, outside the last {window} years",
             "not in a library": "the work you name at a place that is not a library; only library work counts"}


def _counted(x: Experience, since: str) -> str:
    """How the hours were worked out, when not simply said: " (counting the time as full time)"."""
    notes = [note for note, applies in (("counting the time as full time", x.assumed_full_time),
                                        (f"only the part since {since}", x.straddles_window)) if applies]
    return f" ({' and '.join(notes)})" if notes else ""


# --- the fee -----------------------------------------------------------------------------------

_NOT_ALA = {
    "state": "a state chapter or state association membership is not ALA membership, and no discount for "
             "chapter or state association members was found in the program's sources",
    "lapsed": "a lapsed ALA membership is not a current one, and the member fee is for ALA members, who give "
              "their membership number",
    "none": "",
}


def _joining(program: Program, facts: Fee, dues: float) -> str:
    """Joining ALA first, weighed against applying without: the dues and the member fee, or the non-member fee."""
    fees, people = program.fees, facts.people
    joined, not_joined = people * (dues + fees.member), people * fees.non_member
    each = f" each, **{_money(joined)}** for {people}" if people > 1 else ""
    difference = abs(joined - not_joined)
    verdict = ("joining first costs **{}** more".format(_money(difference)) if joined > not_joined else
               "joining first saves **{}**".format(_money(difference)) if joined < not_joined else "it comes out the same")
    return (f"Joining ALA first: {_money(dues)} dues + the member fee {_money(fees.member)} = "
            f"**{_money(dues + fees.member)}**{each}.\n"
            f"Applying as a non-member: **{_money(fees.non_member)}**"
            + (f" each, **{_money(not_joined)}** for {people}" if people > 1 else "") + ".\n"
            f"On the LSSC fee alone, {verdict}; the member discount is {_money(fees.non_member - fees.member)}. "
            "Membership may be worth it for other reasons; its dues are what you said, not from the program's pages.")


def _fee(program: Program, facts: Fee, verified: date | None) -> str:
    if facts.fee_paid and facts.paid_fee is not None:
        return (f"Paid already: the ALA fee, {_money(facts.paid_fee)}.\nStill to pay: {_amount(facts.courses, 'course')} × "
                f"{_money(facts.course_price or 0)} = {_money(facts.course_total())}.\n"
                f"**Overall: {_money(facts.paid_fee + facts.course_total())}**.\n"
                "Course fees are paid to each course provider, which sets its own.")
    if facts.fee_paid:
        return (f"The ALA fee is paid already, so what is left is the courses: {_amount(facts.courses, 'course')} × "
                f"{_money(facts.course_price or 0)} = **{_money(facts.course_total())}** still to pay.\n"
                "Course fees are paid to each course provider, which sets its own.")
    fees = program.fees
    as_of = f" As of {verified:%B} {verified.day}, {verified.year}" if verified else ""
    if facts.refund:
        member = facts.parts[0].member
        dated = f"{as_of}, from the program's pages." if as_of else ""
        return (f"The application fee is returned if the applicant does not meet the requirements. You paid the "
                f"{'ALA member' if member else 'non-member'} fee, so **{_money(fees.member if member else fees.non_member)}** "
                f"would come back.{dated} To be sure, ask the LSSC office ({program.email}).")
    if facts.dues is not None:
        return _joining(program, facts, facts.dues) + (f"\n{as_of.strip()}, from the program's pages; check {program.url} "
                                                         "for today's fee." if as_of else "")
    parts = facts.parts
    if len(parts) == 1 and parts[0].people == 1:
        part = parts[0]
        if part.member:
            head = (f"As an ALA member you pay **{_money(fees.member)}** to apply (give your ALA membership number); "
                    f"non-members pay {_money(fees.non_member)}, {_money(fees.non_member - fees.member)} more.")
        else:
            head = (f"Without a current ALA membership you pay **{_money(fees.non_member)}** to apply. The only "
                    f"discount is for ALA members ({_money(fees.member)}, {_money(fees.non_member - fees.member)} less, with "
                    "their ALA membership number)"
                    + (f": {_NOT_ALA[part.other]}." if part.other in ("state", "lapsed") else "; membership of "
                       "another association does not count."))
    else:
        lines = [_fee_line(program, p) for p in parts]
        # side by side, not added up; a "what if" compares the total with the supposed one instead
        compared = facts.compared and facts.supposed is None and len({p.member for p in parts}) == 2
        if compared:
            paid = {member: sum(p.people * (fees.member if member else fees.non_member) for p in parts
                                if p.member == member) for member in (True, False)}
            sizes = {p.people for p in parts}
            # groups of one size differ by the fee's difference for each; groups of two sizes are not compared as
            # totals ("a non-member and two members" differ by $25 a person, not by the groups' sums)
            ending = (f"An ALA member pays {_money(fees.non_member - fees.member)} less than a non-member"
                      + (f": **{_money(abs(paid[False] - paid[True]))}** between the two groups." if len(sizes) == 1
                         else f" (**{_money(fees.non_member - fees.member)}** a person)."))
        else:
            ending = f"**Total: {_money(facts.total(program))}** for {facts.people} people."
        head = "Each person applies and pays separately:\n" + "\n".join(lines) + f"\n{ending}"
        notes = sorted({p.other for p in parts if p.other in ("state", "lapsed")})
        head += "".join(f"\nNote: {_NOT_ALA[other]}, so it pays the non-member fee." for other in notes)
    head += _supposing(program, facts) + _with_courses_and_budget(program, facts, facts.total(program))
    head += _covered_share(program, facts) + _paid_for(program, facts)
    uncertain = any(p.other in ("state", "lapsed") for p in parts)
    if facts.per_set_believed:
        each = fees.member if all(p.member for p in parts) else fees.non_member
        head += (f"\nIt is paid once per person, not per competency set: {_money(each)} in all for the "
                 f"{program.sets_needed} sets, not {_money(each)} × {program.sets_needed}.")
    tail = ("\nThat is the only payment to ALA for application, enrollment and certification. Course fees are "
            "separate: each course provider sets and collects its own.")
    if as_of:
        tail += f"\n{as_of.strip()}, from the program's pages; check {program.url} for today's fee."
    if uncertain:
        tail += f"\nTo be sure which fee applies to you, ask the LSSC office ({program.email})."
    return head + tail


def _paid_for(program: Program, facts: Fee) -> str:
    """What is left to pay when someone else puts an amount toward the costs ("a grant covers $1,000 of it")."""
    if not facts.paid_for:
        return ""
    total = facts.total(program) + facts.course_total()
    left = total - facts.paid_for
    return (f"\nWith {_money(facts.paid_for)} of it paid for you, **{_money(max(0.0, left))}** is left to pay of "
            f"{_money(total)}" + (f" ({_money(-left)} to spare)." if left < 0 else "."))


def _covered_share(program: Program, facts: Fee) -> str:
    """What is left to pay when someone else pays a share of the fee, of the courses or of both ("my library pays half",
    "the state library covers the application fee", "half of my course costs, but not the fee")."""
    if not facts.covered:
        return ""
    share = "half" if facts.covered == 0.5 else "all" if facts.covered == 1 else f"{facts.covered:.0%}"
    to_ala, courses = facts.total(program), facts.course_total()
    if facts.covered_of == "courses":
        if not courses:
            return ""  # the courses' price is unsaid: the fee is the asker's own
        yours = courses * (1 - facts.covered) + to_ala
        return (f"\nWith {share} of the courses paid for you, you pay **{_money(yours)}**: "
                f"{_money(courses * (1 - facts.covered))} of the courses and the {_money(to_ala)} fee.")
    if facts.covered_of == "fee" and courses:
        yours = to_ala * (1 - facts.covered) + courses
        return (f"\nWith {share} of the fee paid for you, you pay **{_money(yours)}**: "
                f"{_money(to_ala * (1 - facts.covered))} of the fee and {_money(courses)} for the courses.")
    total = to_ala + (courses if facts.covered_of == "all" else 0)
    return f"\nWith {share} of it paid for you, you pay **{_money(total * (1 - facts.covered))}** of {_money(total)}."


def _supposing(program: Program, facts: Fee) -> str:
    """What everyone would pay in the "what if" asked, and how far that is from what they pay."""
    if facts.supposed is None:
        return ""
    member = facts.supposed == "ala"
    supposed = facts.total_if_all(program, member)
    now = facts.total(program)
    who = "ALA members" if member else "non-members"
    change = f"**{_money(abs(now - supposed))} {'less' if supposed < now else 'more'}** than" if now != supposed else "the same as"
    if facts.people == 1:
        return f"\nIf you were {'an ALA member' if member else 'not an ALA member'}: {_money(supposed)}, {change} {_money(now)}."
    return (f"\nIf all {facts.people} were {who}: {facts.people} × "
            f"{_money(program.fees.member if member else program.fees.non_member)} = {_money(supposed)}, "
            f"{change} {_money(now)}.")


def _with_courses_and_budget(program: Program, facts: Fee, to_ala: float) -> str:
    """The courses' price added to what ALA is paid, and the whole set against a budget, when said."""
    text = ""
    total = to_ala
    if facts.course_prices:
        total += facts.course_total()
        # "3 × $260 + 3 × $210": a run of courses at one price said once
        runs = [(price, len(list(run))) for price, run in groupby(facts.course_prices)]
        listed = " + ".join(f"{count} × {_money(price)}" if count > 1 else _money(price) for price, count in runs)
        who = ", each person's own courses" if facts.courses_by_person else (
            f", for each of {facts.people} people" if facts.people > 1 else "")
        listed += (" for all of them" if facts.bundled else " for 1 course") if len(runs) == 1 and runs[0][1] == 1 else \
            f" = {_money(sum(facts.course_prices))}"
        text += (f"\nCourses: {listed}{who}.\n"
                 f"**Total with courses: {_money(total)}**.")
    elif facts.course_price is not None:
        per = f"{_amount(facts.courses, 'course')} × {_money(facts.course_price)}"
        who = f" for each of {facts.people} people" if facts.people > 1 else ""
        total += facts.course_total()
        why = "" if facts.courses_said else " (one approved course per set still to do)"
        text += (f"\nCourses{why}: {per}{who} = "
                 f"{_money(facts.course_total())}.\n**Total with courses: {_money(total)}**."
                 + _each_person(program, facts, facts.courses * facts.course_price))
    if total != to_ala and facts.supposed is not None:  # "if I join ALA first, the total with 6 courses?": that way too
        supposed = total - to_ala + facts.total_if_all(program, facts.supposed == "ala")
        if supposed != total:
            who = (("an ALA member" if facts.supposed == "ala" else "not an ALA member") if facts.people == 1 else
                   f"all {facts.people} were {'ALA members' if facts.supposed == 'ala' else 'non-members'}")
            text += f"\nIf {'you were ' if facts.people == 1 else ''}{who}, with the courses: **{_money(supposed)}**."
    if facts.budget is None:
        return text
    spendable = facts.budget - facts.reserved
    budget = (f"a budget of {_money(facts.budget)}" if not facts.reserved else
              f"a budget of {_money(facts.budget)}, less the {_money(facts.reserved)} kept back ({_money(spendable)})")
    if facts.people_asked and facts.course_price is None and len(facts.parts) == 1:
        each = to_ala / facts.people
        people = int(spendable // each)
        return (f"\n{budget[0].upper()}{budget[1:]}{',' if facts.reserved else ''} covers **{people}** application fees of {_money(each)} "
                f"({people} × {_money(each)} = {_money(people * each)}), with {_money(spendable - people * each)} "
                "left over.")
    gap = spendable - total
    return text + (f"\nAgainst {budget}: " +
                   (f"**{_money(-gap)} short**." if gap < 0 else f"enough, with {_money(gap)} to spare."))


def _each_person(program: Program, facts: Fee, courses: float) -> str:
    """What one person of each membership pays with their own courses, when people of several pay side by side ("two
    totals please: me, not a member, and my coworker, a member, each with 3 courses")."""
    if facts.people < 2 or len(facts.parts) < 2:
        return ""
    each = {_who(part): (program.fees.member if part.member else program.fees.non_member) + courses for part in facts.parts}
    return "\nEach person: " + "; ".join(f"{who} {_money(cost)}" for who, cost in each.items()) + "."


def _who(part: FeePart) -> str:
    """What one person of a part of a group is, as the fee sees them: "ALA member", "lapsed ALA member", ..."""
    return {"": "ALA member" if part.member else "non-member", "state": "state association member",
            "lapsed": "lapsed ALA member", "other": "non-member"}[part.other if not part.member else ""]


def _fee_line(program: Program, part: FeePart) -> str:
    fees = program.fees
    each = fees.member if part.member else fees.non_member
    who = _who(part)
    plural = "s" if part.people != 1 else ""
    note = " (not ALA)" if part.other == "state" and not part.member else ""
    return f"- {part.people} {who}{plural}{note} × {_money(each)} = {_money(part.people * each)}"


# --- renewal -----------------------------------------------------------------------------------

def _on_day(month: MonthYear | None, day: int | None) -> str:
    """A month, or the date in it when the day is known ("May 10, 2026"; a 31st in June is the 30th)."""
    on = month.on(day) if month is not None and day is not None else None
    return str(month) if on is None else f"{MONTH_NAMES[on.month - 1]} {on.day}, {on.year}"


def _renewal(program: Program, facts: RenewalDates) -> str:
    r = program.renewal
    expires, grace = _on_day(facts.expires, facts.day), _on_day(facts.grace_ends, facts.day)
    if facts.certified:
        lines = [f"Certified {_on_day(facts.certified, facts.day)}: your certification is valid for {r.every_years} "
                 f"years, until **{expires}**."]
    else:
        on = "on" if facts.day and facts.expires.month else "in"
        lines = [f"Your certification {'expired' if facts.now in ('past', 'grace') else 'expires'} {on} **{expires}**."]
    lines.append(f"You can renew any time in the {r.window_months_before} months before that, so from "
                 f"**{_on_day(facts.opens, facts.day)}**, and there is a {r.grace_months}-month grace period after "
                 f"it (to {grace}).")
    if facts.now == "past":
        lines.append(f"It has expired and the grace period has passed too: it ended {'on' if facts.day else 'in'} {grace}. "
                     f"Contact the LSSC office at {program.email} about renewing.")
    elif facts.now == "grace":
        left = facts.grace_months_left
        still = f" ({_amount(left, 'month')} left)" if left else ""
        lines.append(f"It has expired, but you are in the grace period until {grace}{still}: renew now.")
    elif facts.now == "window":
        lines.append("You are in the renewal window now: you can renew.")
    lines += [f"For the other person, certified {_on_day(o.certified, o.day)}: valid until **{_on_day(o.expires, o.day)}**, "
              f"renewal from {_on_day(o.opens, o.day)}, grace period to {_on_day(o.grace_ends, o.day)}."
              for o in facts.others if o.certified]
    lines.append(f"Renewal needs {r.contact_hours} contact hours of education related to the competency sets, "
                 f"at least {r.technology_hours} of them on technology.")
    return "\n".join(lines)


def _contact_hours(program: Program, facts: ContactHours) -> str:
    eq = program.contact_hours
    rules = {"semester credit": f"1 semester credit = {eq.semester_credit} hours",
             "quarter credit": f"1 quarter credit = {eq.quarter_credit} hours",
             "conference day": f"1 conference day = {eq.conference_day} hours",
             "minute": f"{eq.minutes_per_hour} minutes = 1 hour"}
    activities = facts.activities
    short = [a for a in activities if a.hours / a.times < 1]  # each activity must last at least an hour
    total = sum(a.hours for a in activities if a not in short)
    need = program.renewal.contact_hours
    lines: list[str] = []
    if len(activities) > 1 or (activities and (activities[0].factor != 1 or activities[0].times != 1)):
        lines = [_activity_line(a, rules) for a in activities]
    lines += [f"An activity of {_num(a.count)} {a.unit}s is under an hour, so it does not count." for a in short]
    counted = [a for a in activities if a not in short]
    if len(counted) > 1:
        lines.append("Added up: " + " + ".join(_num(a.hours) for a in counted) + f" = {_num(total)} contact hours.")
    if activities:
        lines.append(f"That is {_num(total)} of the {need} contact hours a renewal needs"
                     + (", enough." if total == need else f", enough ({_num(total - need)} more than needed)."
                        if total > need else f"; {_amount(need - total, 'more contact hour')} to go."))
    if facts.rate is not None and total < need and facts.rate[1] > 0:
        per, periods = facts.rate
        each = round((need - total) / periods, 1)
        lines.append(f"Over {_amount(round(periods, 1), per)}, that is about **{_amount(each, 'hour')} a {per}** "
                     f"({_num(need - total)} ÷ {_num(round(periods, 1))}).")
    if facts.asked is not None and total < need:
        unit, each = facts.asked
        count = math.ceil((need - total) / each)
        rule = rules.get(unit, f"1 {unit} = {_num(each)} contact hours")
        lines.append(f"At {_num(each)} contact hours per {unit} ({rule}), the {_num(need - total)} hours "
                     f"{'still needed' if activities else 'a renewal needs'} take **{_amount(count, unit)}** "
                     f"({_num(need - total)} ÷ {_num(each)}, rounded up).")
    technology = program.renewal.technology_hours
    if facts.technology is not None:
        tech = facts.technology
        lines.append(f"{_num(tech)} on technology: " + ("enough" if tech >= technology else
                                                         f"{_amount(technology - tech, 'more tech hour')} needed")
                     + f" (at least {technology} must be).")
        if technology - tech > max(0, need - total):  # the hours on technology are more than what is left in all
            tech_short = technology - tech
            lines.append(f"So at least **{_num(tech_short)} more {'hour' if tech_short == 1 else 'hours'}**, all on technology.")
    else:
        lines.append(f"At least {technology} must be on technology.")
    lines.append(f"Each activity must last at least one hour ({eq.minutes_per_hour} minutes) and relate to the "
                 "competency sets.")
    if facts.dates is not None:  # the dates too, without repeating what renewal needs
        lines += _renewal(program, facts.dates).split("\n")[:-1]
    return "\n".join(line for line in lines if line)


def _activity_line(a: Activity, rules: dict[str, str]) -> str:
    plural = "s" if a.count != 1 else ""
    times = f"{_num(a.times)} × " if a.times != 1 else ""
    if a.factor == 1:  # hours said as contact hours
        return f"{times}{_num(a.count)} contact hour{plural}" + (f" = {_num(a.hours)} contact hours." if times else ".")
    each = f"{_num(a.count)} {'÷' if a.divide else '×'} {a.factor}"
    hours = _amount(a.hours, "contact hour")
    if times:
        return f"{times}{_num(a.count)} {a.unit}{plural} = {_num(a.times)} × ({each}) = {hours} ({rules[a.unit]})."
    return f"{_num(a.count)} {a.unit}{plural} = {each} = {hours} ({rules[a.unit]})."
