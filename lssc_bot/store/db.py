"""`Store`: the bot's SQLite database behind a typed async API.

One connection lives on one worker thread; every call runs there, so writes stay
off the event loop, SQLite never sees the connection from two threads, and calls
are serialised without locks. The file is in WAL mode so readers (a moderator's
`sqlite3` shell, a backup) do not block the bot.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Literal, TypeVar

from .migrations import NewerSchemaError, migrate

T = TypeVar("T")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Progress:
    completed: frozenset[str] = frozenset()
    enrolled: date | None = None
    #: the month the person was certified (renewal reminders count from it)
    certified: date | None = None


@dataclass(frozen=True)
class Feedback:
    at: datetime
    guild_id: int
    user_id: int
    topic: str | None
    helpful: bool
    question: str | None


@dataclass(frozen=True)
class Unanswered:
    at: datetime
    guild_id: int
    channel_id: int
    question: str


@dataclass(frozen=True)
class ClarifyPick:
    at: datetime
    guild_id: int
    user_id: int
    question: str
    offered: tuple[str, ...]
    chosen: str


@dataclass(frozen=True)
class LoggedQuestion:
    id: int
    at: datetime
    guild_id: int
    channel_id: int
    question: str
    kind: str
    topic: str | None
    confidence: float


class StoreError(Exception):
    """The database cannot be used (corrupt, locked, written by a newer version); one line for the log."""


class Store:
    """Open with `await Store.open(path)`; close with `await store.close()`."""

    def __init__(self, conn: sqlite3.Connection, executor: ThreadPoolExecutor, clock: Clock) -> None:
        self._conn = conn
        self._executor = executor
        self._clock = clock
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, clock: Clock = utc_now) -> Store:
        """Open (creating if needed) and migrate the database at `path`; `StoreError` if it cannot be used."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lssc-store")
        try:
            conn = await asyncio.get_running_loop().run_in_executor(executor, _connect, Path(path))
        except (sqlite3.Error, NewerSchemaError) as exc:
            executor.shutdown(wait=False)
            raise StoreError(f"cannot use the database {path}: {exc}") from exc
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(conn, executor, clock)

    async def close(self) -> None:
        """Close the database; calling it again (a second Ctrl-C during shutdown) does nothing."""
        if self._closed:
            return
        self._closed = True
        await self.call(lambda conn: conn.close())
        self._executor.shutdown(wait=True)

    async def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(connection)` on the store's thread: the way to add a query without a new method."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, self._conn)

    def _now(self) -> str:
        return self._clock().isoformat()

    # -- progress ---------------------------------------------------------------------------

    async def get_progress(self, guild_id: int, user_id: int) -> Progress:
        """The saved progress, or an empty `Progress` when nothing is saved."""
        row = await self.call(lambda c: c.execute(
            "SELECT completed, enrolled, certified FROM progress WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id)).fetchone())
        if row is None:
            return Progress()
        return Progress(frozenset(json.loads(row[0])), iso_date(row[1]), iso_date(row[2]))

    async def save_progress(self, guild_id: int, user_id: int, progress: Progress) -> None:
        params = (guild_id, user_id, json.dumps(sorted(progress.completed)), iso(progress.enrolled),
                  iso(progress.certified), self._now())
        await self.call(lambda c: c.execute(
            "INSERT INTO progress (guild_id, user_id, completed, enrolled, certified, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (guild_id, user_id) DO UPDATE SET completed = excluded.completed, "
            "enrolled = excluded.enrolled, certified = excluded.certified, updated_at = excluded.updated_at",
            params))

    async def save_completed(self, guild_id: int, user_id: int, completed: Iterable[str]) -> None:
        """Set the completed sets only; the enrollment date saved meanwhile (another click, another command) stays."""
        params = (guild_id, user_id, json.dumps(sorted(completed)), self._now())
        await self.call(lambda c: c.execute(
            "INSERT INTO progress (guild_id, user_id, completed, enrolled, updated_at) VALUES (?, ?, ?, NULL, ?) "
            "ON CONFLICT (guild_id, user_id) DO UPDATE SET completed = excluded.completed, "
            "updated_at = excluded.updated_at", params))

    async def save_enrolled(self, guild_id: int, user_id: int, enrolled: date | None) -> None:
        """Set the enrollment date only; the completed sets stay as they are."""
        await self._save_month("enrolled", guild_id, user_id, enrolled)

    async def save_certified(self, guild_id: int, user_id: int, certified: date | None) -> None:
        """Set the certification date only; the completed sets and the enrollment date stay as they are."""
        await self._save_month("certified", guild_id, user_id, certified)

    async def _save_month(self, column: Literal["enrolled", "certified"], guild_id: int, user_id: int,
                          month: date | None) -> None:
        params = (guild_id, user_id, iso(month), self._now())
        await self.call(lambda c: c.execute(
            f"INSERT INTO progress (guild_id, user_id, completed, {column}, updated_at) VALUES (?, ?, '[]', ?, ?) "
            f"ON CONFLICT (guild_id, user_id) DO UPDATE SET {column} = excluded.{column}, "
            "updated_at = excluded.updated_at", params))

    # -- the log of what was asked ------------------------------------------------------------

    async def record_question(self, guild_id: int, channel_id: int, question: str, kind: str,
                              topic: str | None, confidence: float) -> int:
        """Log one answered question; returns its id (feedback buttons refer to it)."""
        params = (self._now(), guild_id, channel_id, question, kind, topic, confidence)
        return await self.call(lambda c: _inserted_id(c.execute(
            "INSERT INTO questions (at, guild_id, channel_id, question, kind, topic, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", params)))

    async def record_unanswered(self, guild_id: int, channel_id: int, question: str) -> None:
        params = (self._now(), guild_id, channel_id, question)
        await self.call(lambda c: c.execute(
            "INSERT INTO unanswered (at, guild_id, channel_id, question) VALUES (?, ?, ?, ?)", params))

    async def record_feedback(self, guild_id: int, user_id: int, topic: str | None, helpful: bool,
                              question_id: int | None) -> None:
        """Record a helpful/not-helpful click; the question text is copied from the log.

        A person's second click on the same answer replaces their first. A question id the log
        no longer has (the database was reset; the buttons outlive it) is stored as NULL: the
        foreign key would otherwise refuse the vote.
        """
        params = (self._now(), guild_id, user_id, topic, int(helpful), question_id, question_id)
        await self.call(lambda c: c.execute(
            "INSERT INTO feedback (at, guild_id, user_id, topic, helpful, question_id, question) "
            "VALUES (?, ?, ?, ?, ?, (SELECT id FROM questions WHERE id = ?), "
            "(SELECT question FROM questions WHERE id = ?)) "
            "ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
            params))

    async def record_clarify_pick(self, guild_id: int, user_id: int, question: str,
                                  offered: Iterable[str], chosen: str) -> None:
        params = (self._now(), guild_id, user_id, question, json.dumps(list(offered)), chosen)
        await self.call(lambda c: c.execute(
            "INSERT INTO clarify_picks (at, guild_id, user_id, question, offered, chosen) "
            "VALUES (?, ?, ?, ?, ?, ?)", params))

    # -- reading the logs (moderator stats) -----------------------------------------------------

    async def questions(self, guild_id: int, limit: int = 100) -> list[LoggedQuestion]:
        rows = await self._recent("SELECT id, at, guild_id, channel_id, question, kind, topic, confidence "
                                  "FROM questions", guild_id, limit)
        return [LoggedQuestion(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]

    async def feedback(self, guild_id: int, limit: int = 100) -> list[Feedback]:
        rows = await self._recent("SELECT at, guild_id, user_id, topic, helpful, question FROM feedback",
                                  guild_id, limit)
        return [Feedback(datetime.fromisoformat(r[0]), r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    async def unanswered(self, guild_id: int, limit: int = 100) -> list[Unanswered]:
        rows = await self._recent("SELECT at, guild_id, channel_id, question FROM unanswered", guild_id, limit)
        return [Unanswered(datetime.fromisoformat(r[0]), *r[1:]) for r in rows]

    async def clarify_picks(self, guild_id: int, limit: int = 100) -> list[ClarifyPick]:
        rows = await self._recent("SELECT at, guild_id, user_id, question, offered, chosen FROM clarify_picks",
                                  guild_id, limit)
        return [ClarifyPick(datetime.fromisoformat(r[0]), r[1], r[2], r[3], tuple(json.loads(r[4])), r[5])
                for r in rows]

    async def _recent(self, select: str, guild_id: int, limit: int) -> list[tuple]:
        """Rows of one server, newest first."""
        return await self.call(lambda c: c.execute(
            f"{select} WHERE guild_id = ? ORDER BY id DESC LIMIT ?", (guild_id, limit)).fetchall())


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def iso_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _connect(path: Path) -> sqlite3.Connection:
    # made on the worker thread and only ever used there, so sqlite3's same-thread check stays on
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just added.

    `lastrowid` is typed optional because it is None before any INSERT on the cursor;
    right after a successful one into a table with a rowid it is always set.
    """
    rowid = cursor.lastrowid
    assert rowid is not None, "lastrowid is only None before an INSERT"
    return rowid
