"""The moderators' tables and queries on a real SQLite store."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lssc_bot.knowledge import parse_knowledge
from lssc_bot.moderation.editor import Actor
from lssc_bot.store import Store
from lssc_bot.store.moderation import ModerationStore

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
ALICE, BOB = Actor(1, "alice"), Actor(2, "bob")


@pytest.fixture
async def clock():
    times = {"now": NOW}
    yield times


@pytest.fixture
async def mstore(tmp_path: Path, clock):
    store = await Store.open(tmp_path / "lssc.sqlite3", clock=lambda: clock["now"])
    yield ModerationStore(store, clock=lambda: clock["now"])
    await store.close()


async def test_audit_log_is_shown_newest_first(mstore: ModerationStore, clock) -> None:
    await mstore.record(ALICE, "upload", "uploaded faq.yaml")
    clock["now"] = NOW + timedelta(minutes=5)
    await mstore.record(BOB, "rollback", "restored the backup of 2026-12-01 11:00:00 UTC")
    newest, oldest = await mstore.history()
    assert (newest.actor, newest.action, newest.at) == (BOB, "rollback", NOW + timedelta(minutes=5))
    assert (oldest.actor, oldest.action, oldest.detail) == (ALICE, "upload", "uploaded faq.yaml")


async def test_a_rejected_suggestion_is_not_offered_again_and_is_logged(mstore: ModerationStore,
                                                                     shipped_text: str) -> None:
    knowledge = parse_knowledge(shipped_text)
    await mstore.store.record_clarify_pick(1, 5, "What do I pay?", ["fees", "what-is-lssc"], "fees")
    await mstore.store.record_clarify_pick(1, 6, "is it hard", ["fees", "what-is-lssc"], "what-is-lssc")
    await mstore.store.record_clarify_pick(2, 6, "other server", ["fees"], "fees")
    offered = {s.question: s for s in await mstore.suggestions(1, knowledge)}
    assert sorted(offered) == ["What do I pay?", "is it hard"]
    await mstore.reject(ALICE, offered["What do I pay?"])
    assert await mstore.suggestions(1, knowledge) == [offered["is it hard"]]
    (entry,) = await mstore.history()
    assert (entry.action, entry.detail) == ("reject", "rejected the phrasing 'What do I pay?' for fees")


async def test_unanswered_groups_and_stats_cover_the_recent_days(mstore: ModerationStore, clock) -> None:
    clock["now"] = NOW - timedelta(days=40)
    await mstore.store.record_unanswered(1, 10, "can I transfer credits")
    await mstore.store.record_question(1, 10, "old", "faq", "fees", 1.0)
    clock["now"] = NOW
    for question in ("can I transfer credits", "Can I transfer credits?", "is there a discount"):
        await mstore.store.record_unanswered(1, 10, question)
        await mstore.store.record_question(1, 10, question, "fallback", None, 0.2)
    qid = await mstore.store.record_question(1, 10, "how much", "faq", "fees", 0.9)
    await mstore.store.record_feedback(1, 5, "fees", True, qid)
    groups = await mstore.unanswered(1)
    assert [(g.question, g.count) for g in groups] == [("can I transfer credits", 2), ("is there a discount", 1)]
    stats = await mstore.stats(1)
    assert stats.total == 4 and stats.rates["fallback"] == 0.75 and stats.helpful == 1.0
    assert stats.days[-1] == (NOW.date(), 4)
