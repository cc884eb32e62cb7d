"""What the reminder scheduler keeps: who opted in, and every reminder recorded (person, kind, due month).

A reminder is recorded as `sending` BEFORE it is sent (`claim`), under the
primary key (user_id, kind, due): of two runs that found the same reminder due
(a restart between the check and the send, a reconnect, two processes) only the
one whose insert went in sends it. A crash between the claim and the send loses
that one reminder rather than risk sending it twice; the next reminder of the
track still comes in its month. Then `settle` marks it `sent` or `failed`; a
failure is never retried, and the person is told the next time they use the bot
(`take_undelivered`).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any

from ..knowledge.model import Program
from ..reminders import Due, Saved, due_now
from .db import Store, iso_date, utc_now

_SAVED = """
    SELECT p.guild_id, p.user_id, p.completed, p.enrolled, p.certified,
           (SELECT json_group_array(json_array(s.kind, s.due)) FROM reminders_sent s WHERE s.user_id = p.user_id)
    FROM {rows}
    WHERE (p.enrolled IS NOT NULL OR p.certified IS NOT NULL)
"""
#: Every opted-in person's saved dates in every server, with what was recorded for them: the whole
#: check is this one query. It walks the opt-ins (CROSS JOIN keeps SQLite from scanning all progress
#: instead) and finds each one's rows through the indexes progress_user and reminders_sent's key.
_CANDIDATES = _SAVED.format(rows="reminder_optins o CROSS JOIN progress p ON p.user_id = o.user_id")
#: one person's saved dates in every server, opted in or not (what `/lssc remind` shows)
_ONE_PERSON = _SAVED.format(rows="progress p") + " AND p.user_id = ?"

#: sends one reminder; True when it was delivered
Send = Callable[[Due], Awaitable[bool]]


class ReminderStore:
    """The reminders' view of a `Store`."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self._clock = clock

    async def opted_in(self, user_id: int) -> bool:
        row = await self.store.call(lambda c: c.execute(
            "SELECT 1 FROM reminder_optins WHERE user_id = ?", (user_id,)).fetchone())
        return row is not None

    async def set_opted_in(self, user_id: int, on: bool) -> None:
        """Reminders on or off for this person, in every server."""
        if on:
            params: tuple[object, ...] = (user_id, self._clock().isoformat())
            sql = "INSERT OR IGNORE INTO reminder_optins (user_id, at) VALUES (?, ?)"
        else:
            params, sql = (user_id,), "DELETE FROM reminder_optins WHERE user_id = ?"
        await self.store.call(lambda c: c.execute(sql, params))

    async def candidates(self) -> list[Saved]:
        """Everyone opted in who saved a date, once per server, with what is recorded for them."""
        return _saved(await self.store.call(lambda c: c.execute(_CANDIDATES).fetchall()))

    async def saved_for(self, user_id: int) -> list[Saved]:
        """One person's saved dates in every server."""
        return _saved(await self.store.call(lambda c: c.execute(_ONE_PERSON, (user_id,)).fetchall()))

    async def deliver(self, program: Program, today: date, send: Send) -> list[tuple[Due, bool]]:
        """One check: each reminder due now is claimed, sent through `send`, and recorded as sent or failed.

        A reminder another run claimed first (two overlapping checks, or a check from before a
        restart) is skipped. Returns what this run tried to send and whether it was delivered.
        """
        results = []
        for due in due_now(program, await self.candidates(), today):
            if not await self.claim(due):
                continue
            delivered = await send(due)
            await self.settle(due, delivered)
            results.append((due, delivered))
        return results

    async def claim(self, due: Due) -> bool:
        """Record `due` as being sent; False when it was already recorded (sent or claimed by another run)."""
        params = (due.saved.user_id, due.reminder.kind, due.reminder.due.isoformat(), due.saved.guild_id,
                  self._clock().isoformat())
        return await self.store.call(lambda c: c.execute(
            "INSERT OR IGNORE INTO reminders_sent (user_id, kind, due, guild_id, at, status) "
            "VALUES (?, ?, ?, ?, ?, 'sending')", params).rowcount == 1)

    async def settle(self, due: Due, delivered: bool) -> None:
        params = ("sent" if delivered else "failed", self._clock().isoformat(), *_key(due))
        await self.store.call(lambda c: c.execute(
            "UPDATE reminders_sent SET status = ?, at = ? WHERE user_id = ? AND kind = ? AND due = ?", params))

    async def take_undelivered(self, user_id: int) -> int:
        """How many reminders could not be delivered since the person was last told; marks them told."""
        def take(conn: sqlite3.Connection) -> int:
            return conn.execute("UPDATE reminders_sent SET told = 1 WHERE user_id = ? AND status = 'failed' "
                                "AND told = 0", (user_id,)).rowcount
        return await self.store.call(take)


def _saved(rows: list[tuple[Any, ...]]) -> list[Saved]:
    return [Saved(guild_id, user_id, frozenset(json.loads(completed)), iso_date(enrolled), iso_date(certified),
                  frozenset((kind, date.fromisoformat(due)) for kind, due in json.loads(sent)))
            for guild_id, user_id, completed, enrolled, certified, sent in rows]


def _key(due: Due) -> tuple[int, str, str]:
    return due.saved.user_id, due.reminder.kind, due.reminder.due.isoformat()


async def forget(store: Store, user_id: int) -> None:
    """Delete a person's progress, dates, opt-in and reminders in every server, and their id from the logs.

    Votes and did-you-mean picks stay for the moderators' statistics, anonymous: the id becomes
    minus the row's own id, which no Discord user has and which keeps one-vote-per-person
    (`feedback_once`) satisfied. The questions log never held user ids. One transaction.
    """
    def run(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in ("progress", "reminder_optins", "reminders_sent"):
                conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            for table in ("feedback", "clarify_picks"):
                conn.execute(f"UPDATE {table} SET user_id = -id WHERE user_id = ?", (user_id,))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    await store.call(run)
