"""What a calculator returns: data (numbers, months, lists, caveats), never sentences.

`wording.py` turns a `Calculation` into the reply; the rule arithmetic that more than one
calculator or the saved-progress view needs (`finish_by`, `requirements`) lives here, so no
calculator imports another and nothing outside `understanding/` imports a calculator.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...knowledge import Program
from ..dates import MonthYear
from ..experience import Experience, HoursByPerson


@dataclass(frozen=True)
class Requirements:
    """What a requirements calculation found; canonical set names throughout."""

    completed: tuple[str, ...]
    remaining_required: tuple[str, ...]
    electives_completed: tuple[str, ...]
    electives_remaining: int
    done: bool


@dataclass(frozen=True)
class Remaining:
    requirements: Requirements
    #: the month the asker enrolled, when known, and the month to finish by
    enrolled: MonthYear | None = None
    due: MonthYear | None = None
    overdue: bool = False
    #: electives done but not named ("2 electives and Foundations"): counted, not listed
    unnamed_electives: int = 0
    #: sets counted as done because the question supposes them done ("after foundations, what's left?")
    supposed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RemainingCount:
    """Sets done, counted but not named ("I've done 4 sets", "3 electives and 1 required")."""

    done: float
    #: how many of them are required sets, when said ("1 required course"); None when not said
    required: int | None

    @property
    def electives(self) -> int | None:
        """How many of them are electives, when the required ones were counted."""
        return None if self.required is None else int(self.done) - self.required


@dataclass(frozen=True)
class Deadline:
    """The month all sets must be done by, from the month the asker enrolled (or was accepted)."""

    enrolled: MonthYear
    due: MonthYear
    #: the enrollment month is still to come ("if I enroll in January")
    future: bool
    overdue: bool
    #: the month was said as the month of acceptance, which may be after the enrollment month
    accepted: bool = False
    #: other people's enrollment months and their finish-by months, when asked for too ("when are our deadlines")
    others: tuple[tuple[MonthYear, MonthYear], ...] = ()
    #: whole months from this month to the finish-by month, when it is still to come and both months are known
    months_left: int | None = None
    #: when a certification earned at the finish-by month would expire, when that is asked too
    expires: MonthYear | None = None


@dataclass(frozen=True)
class EligibilityCheck:
    """The asker's experience against the requirement, and whether they lack the education one."""

    experience: Experience
    #: the month the experience window starts ("December 2021")
    window_start: MonthYear
    #: they said they have no high school diploma or its equivalent
    lacks_education: bool = False


@dataclass(frozen=True)
class FeePart:
    """People paying one fee: `member` ALA members (or not), how many, and what ALA membership they lack."""

    member: bool
    people: int
    #: the membership said that is not ALA's: "state" (a chapter or state association), "lapsed", "other", or ""
    other: str = ""


@dataclass(frozen=True)
class Fee:
    parts: tuple[FeePart, ...]
    #: the groups are compared ("10 members vs 10 non-members"), not paying together
    compared: bool = False
    #: the price of each course, when said, and how many courses each person still pays for
    course_price: float | None = None
    courses: int = 0
    #: what there is to spend, when said
    budget: float | None = None
    #: everyone's membership in a "what if" ("if we all joined ALA"): "ala", "none" or None
    supposed: str | None = None
    #: how many people the budget covers is asked, the number of people unsaid
    people_asked: bool = False
    #: the part of the fee someone else pays ("my library pays half"): 0.5
    covered: float | None = None
    #: what the covered share is of: "fee", "courses" or "all"
    covered_of: str = "fee"
    #: the ALA fee is paid already: only the courses are left to pay
    fee_paid: bool = False
    #: the price of each course still to pay, listed one by one ("$95, $110 and $140"), when said so
    course_prices: tuple[float, ...] = ()
    #: how many courses is what the message says ("i need four of them"), not one per set still to do
    courses_said: bool = False
    #: the courses listed are the whole group's, each person's own ("2 of them take a $95 course, the other 2 a $210
    #: one"), not every person's
    courses_by_person: bool = False
    #: the fee is believed to be paid for each set ("so 6 x 350?"): it is paid once
    per_set_believed: bool = False
    #: what ALA membership itself costs, when joining first is weighed ("if I join ALA for $75, do I come out ahead?")
    dues: float | None = None
    #: the one course price listed is all the courses' together ("all six as a bundle for $1,090")
    bundled: bool = False
    #: the ALA fee paid already, when what is spent overall is asked ("paid $325 last year ... spent overall?")
    paid_fee: float | None = None
    #: money someone else puts toward the costs ("a grant covers $1,000", "admin will pick up $100 of my fee")
    paid_for: float = 0

    #: what is kept back from the budget, when said ("keep $200 for materials")
    reserved: float = 0.0
    #: the fee paid is asked back, the applicant not meeting the requirements ("how much do I get back?")
    refund: bool = False

    def total_if_all(self, program: Program, member: bool) -> float:
        """What ALA would be paid if everyone were an ALA member (or if no one were)."""
        return self.people * (program.fees.member if member else program.fees.non_member)

    @property
    def people(self) -> int:
        return sum(p.people for p in self.parts)

    def total(self, program: Program) -> float:
        """What ALA is paid, for everyone."""
        fees = program.fees
        return sum(p.people * (fees.member if p.member else fees.non_member) for p in self.parts)

    def course_total(self) -> float:
        """What the course providers are paid, for everyone: one course per set still to do, or the
        prices listed one by one (each person's, or, `courses_by_person`, the group's)."""
        each = sum(self.course_prices) if self.course_prices else (self.course_price or 0) * self.courses
        return each if self.courses_by_person else each * self.people


@dataclass(frozen=True)
class RenewalDates:
    expires: MonthYear
    opens: MonthYear
    grace_ends: MonthYear
    certified: MonthYear | None
    #: where today falls: "past" (grace over), "grace", "window" (can renew now), "before" or "" (unknown)
    now: str
    #: whole months from this month to the end of the grace period, when both months are known
    grace_months_left: int | None = None
    #: the day of the month of the date said (certified or expiring), which every date here falls on
    day: int | None = None
    #: other people's renewal dates, when asked for too ("I was certified Feb 3, 2024; she was certified July 20,
    #: 2023: when does each expire?")
    others: tuple[RenewalDates, ...] = ()


@dataclass(frozen=True)
class Activity:
    """One kind of education in the message, converted to contact hours."""

    count: float
    unit: str
    #: contact hours for one unit ("× 15"), or units in one contact hour ("÷ 60" minutes)
    factor: int
    divide: bool
    #: how many times the activity was done ("3 webinars of 90 minutes"): each must last an hour
    times: float = 1
    #: how many of its times were on technology: all of them ("a 2-hour webinar on ILS migration (tech)"), some ("a
    #: dozen hour-long webinars (three on tech)"), a share of its one time ("18 hrs of webinars (7 of them tech)"), or none
    technology: float = 0

    @property
    def hours(self) -> float:
        return self.each * self.times

    @property
    def each(self) -> float:
        """The contact hours of one time."""
        return self.count / self.factor if self.divide else self.count * self.factor


@dataclass(frozen=True)
class ContactHours:
    activities: tuple[Activity, ...]
    #: hours on technology, when said
    technology: float | None
    #: the renewal dates, when the certification or expiry month is said too
    dates: RenewalDates | None = None
    #: how many of one unit the rest of the hours take is asked ("how many conference days would get me
    #: there"): the unit, with its contact hours each
    asked: tuple[str, float] | None = None
    #: hours per period asked for the time left ("18 months left, how many hrs a month"): the period and how many
    rate: tuple[str, float] | None = None


@dataclass(frozen=True)
class CourseApprovalFees:
    """What a course provider pays for the courses it submits for approval and those whose approval it renews."""

    new: int
    renewals: int


Facts = (Remaining | RemainingCount | Deadline | EligibilityCheck | HoursByPerson | Fee | RenewalDates | ContactHours
         | CourseApprovalFees)


@dataclass(frozen=True)
class Calculation:
    #: the rule's name, the JSON `topic`: remaining, deadline, renewal, contact-hours, eligibility, fee
    topic: str
    title: str
    facts: Facts
    #: tags or entry ids of FAQ entries on the same subject; their sources become the answer's
    subjects: tuple[str, ...]
    #: other calculations' topics this one answers too (what's left with the finish-by month: deadline)
    covers: tuple[str, ...] = ()

    @property
    def details(self) -> Requirements | None:
        return self.facts.requirements if isinstance(self.facts, Remaining) else None


def finish_by(program: Program, enrolled: MonthYear) -> MonthYear:
    """The month all sets must be done by. Only the month: sources count from enrollment or acceptance."""
    return enrolled.plus_months(12 * program.completion_years)


def requirements(program: Program, completed: Iterable[str], unnamed_electives: int = 0) -> Requirements:
    """What is left of the program's sets once `completed` (and a number of unnamed electives) are done."""
    completed = set(completed)
    done = tuple(s.name for s in program.sets if s.name in completed)
    required_left = tuple(s.name for s in program.required_sets if s.name not in completed)
    electives_done = tuple(s.name for s in program.elective_sets if s.name in completed)
    electives_left = max(0, program.electives_needed - len(electives_done) - unnamed_electives)
    return Requirements(done, required_left, electives_done, electives_left,
                        done=not required_left and electives_left == 0)
