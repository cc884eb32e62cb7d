"""What the moderator tools keep and read in the bot's database.

The audit log and the rejected suggestions are global, like faq.yaml itself:
an edit made from one server changes the answers in every server. Usage
figures, unanswered questions and suggestions are read per server.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..knowledge import Knowledge
from ..moderation.editor import Actor, AuditEntry
from ..moderation.grouping import QuestionGroup, group_questions
from ..moderation.stats import AskedRow, Stats, compute
from ..moderation.suggestions import Suggestion, learn
from .db import Store, utc_now

#: how many recent picks and votes suggestions are learned from
SUGGESTION_ROWS = 2000


class ModerationStore:
    """The moderators' view of a `Store`; also the editor's `AuditLog`."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self._clock = clock

    async def record(self, actor: Actor, action: str, detail: str) -> None:
        params = (self._clock().isoformat(), actor.id, actor.name, action, detail)
        await self.store.call(lambda c: c.execute(
            "INSERT INTO audit_log (at, actor_id, actor_name, action, detail) VALUES (?, ?, ?, ?, ?)", params))

    async def history(self, limit: int = 20) -> list[AuditEntry]:
        """The most recent moderator actions, newest first."""
        rows = await self.store.call(lambda c: c.execute(
            "SELECT at, actor_id, actor_name, action, detail FROM audit_log ORDER BY id DESC LIMIT ?",
            (limit,)).fetchall())
        return [AuditEntry(datetime.fromisoformat(r[0]), Actor(r[1], r[2]), r[3], r[4]) for r in rows]

    async def reject(self, actor: Actor, suggestion: Suggestion) -> None:
        """Remember the rejection (it is not offered again) and log it, in one transaction."""
        now = self._clock().isoformat()
        phrasing, topic = suggestion.key

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR IGNORE INTO rejected_suggestions (phrasing, topic, at, actor_id) "
                             "VALUES (?, ?, ?, ?)", (phrasing, topic, now, actor.id))
                conn.execute("INSERT INTO audit_log (at, actor_id, actor_name, action, detail) "
                             "VALUES (?, ?, ?, 'reject', ?)",
                             (now, actor.id, actor.name, f"rejected the phrasing '{suggestion.question}' for {topic}"))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

        await self.store.call(write)

    async def suggestions(self, guild_id: int, knowledge: Knowledge) -> list[Suggestion]:
        picks = await self.store.clarify_picks(guild_id, SUGGESTION_ROWS)
        votes = await self.store.feedback(guild_id, SUGGESTION_ROWS)
        rejected = await self.store.call(lambda c: set(c.execute(
            "SELECT phrasing, topic FROM rejected_suggestions").fetchall()))
        return learn(picks, votes, knowledge, rejected)

    async def unanswered(self, guild_id: int, *, days: int = 30) -> list[QuestionGroup]:
        since = self._since(days)
        rows = await self.store.call(lambda c: c.execute(
            "SELECT question FROM unanswered WHERE guild_id = ? AND at >= ?", (guild_id, since)).fetchall())
        return group_questions(r[0] for r in rows)

    async def stats(self, guild_id: int, *, days: int = 14) -> Stats:
        since = self._since(days)
        asked = await self.store.call(lambda c: c.execute(
            "SELECT at, kind, topic FROM questions WHERE guild_id = ? AND at >= ?", (guild_id, since)).fetchall())
        votes = await self.store.call(lambda c: c.execute(
            "SELECT helpful FROM feedback WHERE guild_id = ? AND at >= ?", (guild_id, since)).fetchall())
        return compute([AskedRow(datetime.fromisoformat(at), kind, topic) for at, kind, topic in asked],
                       [bool(v[0]) for v in votes], today=self._today(), days=days)

    def _today(self) -> date:
        return self._clock().date()

    def _since(self, days: int) -> str:
        """The ISO time at which a window of `days` days ending today starts (UTC, as the rows are)."""
        start = datetime.combine(self._today() - timedelta(days=days - 1), datetime.min.time(),
                                 tzinfo=self._clock().tzinfo)
        return start.isoformat()
