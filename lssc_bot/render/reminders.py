"""Reminders as words and embeds (plain dicts, like `render.discord`): the DM, and `/lssc remind`'s status."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..knowledge.model import Program
from ..progress import Remaining
from ..reminders import FINISH, RENEWAL_OPENS, Reminder, add_months
from .discord import COLOURS, Embed, _embed, _field, render_remaining

REMIND_COMMAND = "/lssc remind"


def month(day: date) -> str:
    return f"{day:%B %Y}"


def _months(n: int) -> str:
    return f"{n} month{'s' if n != 1 else ''}"


def headline(program: Program, reminder: Reminder) -> str:
    """One line saying what the reminder is about: its title in the DM, its line in `bot.py reminders`."""
    if reminder.track == FINISH:
        return f"{_months(reminder.months_before)} to finish your {program.abbreviation}"
    if reminder.kind == RENEWAL_OPENS:
        return f"Your {program.abbreviation} renewal window is open"
    if reminder.kind.startswith("expiry-"):
        if reminder.months_before == 0:
            return f"Your {program.abbreviation} certification expires this month"
        return f"Your {program.abbreviation} certification expires in {_months(reminder.months_before)}"
    return f"{_months(reminder.months_before)} left of your renewal grace period"


def renewal_text(program: Program, reminder: Reminder) -> str:
    """The renewal dates and the contact-hour rule, as the renewal calculator states them."""
    r = program.renewal
    opens = add_months(reminder.about, -r.window_months_before)
    return (f"Your certification expires in **{month(reminder.about)}**. You can renew from {month(opens)}, "
            f"and the {r.grace_months}-month grace period after expiry ends in {month(reminder.ends)}.\n"
            f"Renewal needs {r.contact_hours} contact hours of education related to the competency sets, "
            f"at least {r.technology_hours} of them on technology.")


def render_reminder(program: Program, reminder: Reminder, left: Remaining) -> Embed:
    """The DM: for finishing, what is still missing and the finish-by month; for renewal, the dates and hours."""
    off = f"Sent because you turned reminders on; `{REMIND_COMMAND}` turns them off."
    if reminder.track == FINISH:
        embed = render_remaining(left, program)
        embed["title"] = headline(program, reminder)
        embed["description"] = f"Finish all {program.sets_needed} competency sets by **{month(reminder.about)}**. " \
                               f"{embed.get('description', '')}"
        embed["footer"] = {"text": off}
        return embed
    return _embed(title=headline(program, reminder), description=renewal_text(program, reminder),
                  colour=COLOURS["rules"], footer=off)


def render_remind_status(program: Program, on: bool, upcoming: list[Reminder], today: date) -> Embed:
    """`/lssc remind`: whether reminders are on, and what this person would be reminded of, when."""
    state = ("Reminders are **on**: I send you a direct message when one is due."
             if on else "Reminders are **off**. Turn them on and I will send you a direct message when one is due.")
    lines = [f"- {month(r.due) if r.due > today else 'now'}: {headline(program, r)}" for r in upcoming]
    fields: list[dict[str, Any]] = [_field("What I would remind you of", "\n".join(lines) or (
        "Nothing from your saved dates. Save when you enrolled (`/lssc progress enrolled:`) or, once "
        "certified, when you were certified (`/lssc progress certified:`)."))]
    return _embed(title=f"{program.abbreviation} reminders", description=state, colour=COLOURS["rules"],
                  footer="Only you can see this. Reminders count from your saved dates in every server.",
                  fields=fields)
