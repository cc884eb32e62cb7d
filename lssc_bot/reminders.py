"""Deadline and renewal reminders: which are due, as a pure function of (saved dates, program, today).

Nothing here knows Discord, the database or the clock: the caller passes `today`.
Every figure comes from the program (`completion_years`, `renewal.*`,
`reminders.*` in faq.yaml), so a moderator's edit moves every future reminder at
the next check.

Two tracks, each a list of reminders ordered by the month they are due:

- finishing (enrolled, not certified, sets not all done): N months before the finish-by month;
- renewal (certified): when the renewal window opens, N months before expiry, N months
  before the grace period ends.

A check sends at most one reminder per track: the latest whose month has come,
while the track still matters (up to the finish-by month, or the end of the grace
period). So a reminder missed while the bot was down goes out late, once, if no
later one has come due meanwhile; an earlier one a later one has superseded never
goes out. A reminder is identified by (kind, due month): new dates give new due
months, so they replace what was pending.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .knowledge.model import Program
from .progress import remaining

FINISH, RENEWAL = "finish", "renewal"
RENEWAL_OPENS = "renewal-opens"


@dataclass(frozen=True)
class Reminder:
    """One reminder a person's dates call for."""

    #: "finish-6", "renewal-opens", "expiry-3", "expiry-0", "grace-end-1": what, and how far ahead
    kind: str
    track: str
    #: the first day of the month it is due in
    due: date
    #: the month it is about: the finish-by month, or the month the certification expires
    about: date
    #: the last month it is still worth sending in
    ends: date
    #: months from `due` to what it counts down to (finish-by, expiry or the end of the grace period)
    months_before: int


@dataclass(frozen=True)
class Saved:
    """One person's saved progress in one server, and the reminders already recorded for them."""

    guild_id: int
    user_id: int
    completed: frozenset[str]
    enrolled: date | None
    certified: date | None
    #: (kind, due month) of every reminder recorded for this person, sent or not
    sent: frozenset[tuple[str, date]] = frozenset()


@dataclass(frozen=True)
class Due:
    """A reminder to send now; `saved` says to whom, from which server, and what is still missing there."""

    saved: Saved
    reminder: Reminder


def month_of(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def finish_by(program: Program, enrolled: date) -> date:
    """The month every set must be done by: `completion_years` after the enrollment month."""
    return add_months(month_of(enrolled), 12 * program.completion_years)


def expires(program: Program, certified: date) -> date:
    """The month a certification expires: `renewal.every_years` after the certification month."""
    return add_months(month_of(certified), 12 * program.renewal.every_years)


def schedule(program: Program, enrolled: date | None, certified: date | None, done: bool) -> list[Reminder]:
    """Every reminder these dates call for, ordered by due month; one per month and track."""
    reminders = list(_finishing(program, enrolled) if enrolled and not certified and not done else ())
    if certified:
        reminders += _renewal(program, certified)
    reminders.sort(key=lambda r: (r.track, r.due))
    unique = {(r.track, r.due): r for r in reversed(reminders)}  # the first of a month and track wins
    return sorted(unique.values(), key=lambda r: (r.due, r.track))


def _finishing(program: Program, enrolled: date) -> Iterator[Reminder]:
    deadline = finish_by(program, enrolled)
    for n in program.reminders.finish_months_before:
        yield Reminder(f"finish-{n}", FINISH, add_months(deadline, -n), deadline, deadline, n)


def _renewal(program: Program, certified: date) -> Iterator[Reminder]:
    expiry = expires(program, certified)
    grace_end = add_months(expiry, program.renewal.grace_months)
    window = program.renewal.window_months_before
    yield Reminder(RENEWAL_OPENS, RENEWAL, add_months(expiry, -window), expiry, grace_end, window)
    for n in program.reminders.expiry_months_before:
        yield Reminder(f"expiry-{n}", RENEWAL, add_months(expiry, -n), expiry, grace_end, n)
    for n in program.reminders.grace_end_months_before:
        yield Reminder(f"grace-end-{n}", RENEWAL, add_months(grace_end, -n), expiry, grace_end, n)


def current(reminders: Iterable[Reminder], today: date) -> list[Reminder]:
    """Per track, the latest reminder whose month has come, while the track still matters."""
    month = month_of(today)
    latest: dict[str, Reminder] = {}
    for reminder in reminders:  # ordered by due month, so a later one replaces an earlier one
        if reminder.due <= month <= reminder.ends:
            latest[reminder.track] = reminder
    return list(latest.values())


def due_for(program: Program, saved: Saved, today: date) -> list[Due]:
    """What to send this person now: the current reminder of each track, unless already recorded."""
    done = remaining(program, saved.completed, saved.enrolled, today).requirements.done
    reminders = schedule(program, saved.enrolled, saved.certified, done)
    return [Due(saved, r) for r in current(reminders, today)
            if (r.kind, r.due) not in saved.sent]


def due_now(program: Program, people: Iterable[Saved], today: date) -> list[Due]:
    """Every reminder to send now, once each: the same dates saved in two servers give one."""
    found: dict[tuple[int, str, date], Due] = {}
    for saved in people:
        for due in due_for(program, saved, today):
            found.setdefault((saved.user_id, due.reminder.kind, due.reminder.due), due)
    return sorted(found.values(), key=lambda d: (d.reminder.due, d.saved.user_id, d.reminder.kind))


def upcoming(program: Program, people: Iterable[Saved], today: date) -> list[Reminder]:
    """What `/lssc remind` shows for one person's saved dates (in every server): the reminders
    due now, sent or not, and those still to come, once each."""
    found: dict[tuple[str, date], Reminder] = {}
    for saved in people:
        done = remaining(program, saved.completed, saved.enrolled, today).requirements.done
        reminders = schedule(program, saved.enrolled, saved.certified, done)
        now = current(reminders, today)
        found |= {(r.kind, r.due): r for r in reminders if r in now or r.due > month_of(today)}
    return sorted(found.values(), key=lambda r: (r.due, r.track))

