"""Which reminders are due: every kind at its boundary months, lateness, supersession, rule changes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lssc_bot.knowledge import Program, parse_knowledge
from lssc_bot.progress import remaining
from lssc_bot.reminders import Saved, due_for, due_now, finish_by, upcoming

FAQ = (Path(__file__).resolve().parents[1] / "faq.yaml").read_text(encoding="utf-8")
TODAY = date(2026, 12, 1)
#: the shipped rules: 4 years to finish, reminders 12, 6 and 1 months before; certification for 4 years,
#: window 12 months before expiry, reminders 3 and 0 months before it, grace 2 months, reminder 1 before its end
ENROLLED = date(2023, 3, 15)    # finish by March 2027
CERTIFIED = date(2023, 1, 1)    # expires January 2027, grace period to March 2027


def program_from(text: str = FAQ) -> Program:
    return parse_knowledge(text, "faq.yaml", today=TODAY).program


@pytest.fixture(scope="module")
def program() -> Program:
    return program_from()


def kinds(program: Program, today: date, *, enrolled: date | None = None, certified: date | None = None,
          completed: frozenset[str] = frozenset(), sent: frozenset[tuple[str, date]] = frozenset()) -> list[str]:
    saved = Saved(1, 7, completed, enrolled, certified, sent)
    return [d.reminder.kind for d in due_for(program, saved, today)]


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 2, 28), []),
    (date(2026, 3, 1), ["finish-12"]),
    (date(2026, 8, 31), ["finish-12"]),  # late, and nothing later due yet: still sent once
    (date(2026, 9, 1), ["finish-6"]),    # supersedes an unsent finish-12
    (date(2027, 2, 1), ["finish-1"]),
    (date(2027, 3, 31), ["finish-1"]),   # the finish-by month itself: still worth it
    (date(2027, 4, 1), []),              # the deadline has passed: no use any more
])
def test_finishing_reminders_at_their_boundary_months(program: Program, today: date, expected: list[str]) -> None:
    assert kinds(program, today, enrolled=ENROLLED) == expected


@pytest.mark.parametrize(("today", "expected"), [
    (date(2025, 12, 31), []),
    (date(2026, 1, 1), ["renewal-opens"]),
    (date(2026, 9, 30), ["renewal-opens"]),
    (date(2026, 10, 1), ["expiry-3"]),
    (date(2027, 1, 1), ["expiry-0"]),      # expired: the grace period starts
    (date(2027, 2, 1), ["grace-end-1"]),
    (date(2027, 3, 31), ["grace-end-1"]),  # the last month of the grace period
    (date(2027, 4, 1), []),
])
def test_renewal_reminders_at_their_boundary_months(program: Program, today: date, expected: list[str]) -> None:
    assert kinds(program, today, certified=CERTIFIED) == expected


def test_a_recorded_reminder_is_not_due_again_and_the_next_one_comes_in_its_month(program: Program) -> None:
    sent = frozenset({("finish-12", date(2026, 3, 1))})
    assert kinds(program, date(2026, 5, 1), enrolled=ENROLLED, sent=sent) == []
    assert kinds(program, date(2026, 9, 1), enrolled=ENROLLED, sent=sent) == ["finish-6"]


def test_no_finishing_reminders_once_done_or_certified(program: Program) -> None:
    every_set = frozenset(s.name for s in program.sets)
    assert kinds(program, date(2026, 9, 1), enrolled=ENROLLED, completed=every_set) == []
    assert kinds(program, date(2026, 9, 1), enrolled=ENROLLED, certified=date(2026, 8, 1)) == []


def test_both_tracks_at_once(program: Program) -> None:
    # a certified person's enrollment no longer matters: only the renewal track runs
    assert kinds(program, date(2026, 10, 1), enrolled=ENROLLED, certified=CERTIFIED) == ["expiry-3"]


def test_the_finish_by_month_is_the_one_remaining_shows(program: Program) -> None:
    deadline = remaining(program, frozenset(), ENROLLED, TODAY).deadline
    assert deadline is not None
    assert (finish_by(program, ENROLLED).year, finish_by(program, ENROLLED).month) == (deadline.year, deadline.month)


def test_a_rule_change_in_faq_yaml_moves_future_reminders() -> None:
    changed = program_from(FAQ.replace("completion_years: 4 ", "completion_years: 5 ", 1)
                               .replace("finish_months_before: [12, 6, 1]", "finish_months_before: [12, 3]", 1))
    assert kinds(changed, date(2026, 9, 1), enrolled=ENROLLED) == []  # finish by March 2028 now
    assert kinds(changed, date(2027, 3, 1), enrolled=ENROLLED) == ["finish-12"]
    assert kinds(changed, date(2027, 12, 1), enrolled=ENROLLED) == ["finish-3"]
    grace = program_from(FAQ.replace("grace_months: 2", "grace_months: 3", 1))
    assert kinds(grace, date(2027, 3, 1), certified=CERTIFIED) == ["grace-end-1"]


def test_new_dates_replace_pending_reminders(program: Program) -> None:
    sent = frozenset({("finish-6", date(2026, 9, 1))})
    # enrollment corrected to a month earlier: finish-6 is due again, for the new month
    [due] = due_for(program, Saved(1, 7, frozenset(), date(2023, 2, 1), None, sent), date(2026, 9, 1))
    assert (due.reminder.kind, due.reminder.due) == ("finish-6", date(2026, 8, 1))


def test_the_same_dates_in_two_servers_give_one_reminder(program: Program) -> None:
    people = [Saved(guild, 7, frozenset(), ENROLLED, None) for guild in (1, 2)] + [Saved(1, 8, frozenset(), ENROLLED, None)]
    assert [(d.saved.user_id, d.reminder.kind) for d in due_now(program, people, date(2026, 9, 1))] == [
        (7, "finish-6"), (8, "finish-6")]


def test_upcoming_lists_the_current_and_the_later_reminders(program: Program) -> None:
    saved = Saved(1, 7, frozenset(), ENROLLED, CERTIFIED)
    assert [r.kind for r in upcoming(program, [saved, saved], date(2026, 11, 1))] == [
        "expiry-3", "expiry-0", "grace-end-1"]


def test_a_finishing_reminder_says_what_is_missing_and_the_finish_by_month(program: Program) -> None:
    from lssc_bot.render.reminders import render_reminder

    saved = Saved(1, 7, frozenset({"Technology"}), ENROLLED, None)
    [due] = due_for(program, saved, date(2026, 9, 1))
    embed = render_reminder(program, due.reminder, remaining(program, saved.completed, ENROLLED, date(2026, 9, 1)))
    assert embed["title"] == "6 months to finish your LSSC"
    assert "by **March 2027**" in embed["description"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "Foundations of Library Services" in fields["Required sets still to do"]
    assert "/lssc remind" in embed["footer"]["text"]


def test_a_renewal_reminder_states_the_dates_and_the_contact_hour_rule(program: Program) -> None:
    from lssc_bot.render.reminders import render_reminder

    saved = Saved(1, 7, frozenset(), None, CERTIFIED)
    [due] = due_for(program, saved, date(2027, 1, 1))
    text = render_reminder(program, due.reminder, remaining(program, frozenset(), None, date(2027, 1, 1)))["description"]
    r = program.renewal
    assert "expires in **January 2027**" in text and "ends in March 2027" in text
    assert f"{r.contact_hours} contact hours" in text and f"at least {r.technology_hours}" in text
