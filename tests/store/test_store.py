import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from lssc_bot.store import Progress, Store, StoreError
from lssc_bot.store.migrations import MIGRATIONS, Migration, migrate, schema_version

AT = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
async def store(tmp_path: Path):
    store = await Store.open(tmp_path / "lssc.sqlite3", clock=lambda: AT)
    yield store
    await store.close()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


async def test_open_migrates_an_empty_database(tmp_path: Path):
    path = tmp_path / "lssc.sqlite3"
    store = await Store.open(path)
    await store.close()
    conn = _connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"progress", "questions", "feedback", "unanswered", "clarify_picks"} <= tables


async def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path: Path):
    path = tmp_path / "lssc.sqlite3"
    store = await Store.open(path)
    await store.save_progress(1, 2, Progress(frozenset({"Technology"}), date(2024, 3, 1)))
    await store.close()
    store = await Store.open(path)
    assert await store.get_progress(1, 2) == Progress(frozenset({"Technology"}), date(2024, 3, 1))
    await store.close()


def test_migrate_applies_only_new_steps_in_order(tmp_path: Path):
    conn = _connect(tmp_path / "x.sqlite3")
    steps = [Migration("one", "CREATE TABLE a (x INTEGER);")]
    assert migrate(conn, steps) == 1
    steps.append(Migration("two", "CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (1);"))
    assert migrate(conn, steps) == 2
    assert migrate(conn, steps) == 2  # nothing left to run
    assert conn.execute("SELECT count(*) FROM a").fetchone()[0] == 1


def test_a_failing_step_leaves_the_database_at_the_previous_version(tmp_path: Path):
    conn = _connect(tmp_path / "x.sqlite3")
    steps = [Migration("one", "CREATE TABLE a (x INTEGER);"),
             Migration("bad", "CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);")]
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, steps)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchone() is None


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path):
    conn = _connect(tmp_path / "x.sqlite3")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(conn)


async def test_progress_is_per_user_per_server(store: Store):
    assert await store.get_progress(1, 5) == Progress()
    await store.save_progress(1, 5, Progress(frozenset({"Technology", "Youth Services"})))
    await store.save_progress(0, 5, Progress(frozenset({"Access Services"}), date(2025, 1, 1)))
    assert (await store.get_progress(1, 5)).completed == {"Technology", "Youth Services"}
    assert await store.get_progress(0, 5) == Progress(frozenset({"Access Services"}), date(2025, 1, 1))
    assert await store.get_progress(2, 5) == Progress()
    await store.save_progress(1, 5, Progress())  # overwrite
    assert await store.get_progress(1, 5) == Progress()


async def test_question_log_and_feedback_copy_the_question(store: Store):
    qid = await store.record_question(1, 10, "how much?", "faq", "fees", 0.9)
    await store.record_feedback(1, 5, "fees", True, qid)
    await store.record_feedback(1, 6, "fees", False, None)
    [logged] = await store.questions(1)
    assert (logged.id, logged.question, logged.kind, logged.topic, logged.at) == (qid, "how much?", "faq", "fees", AT)
    newest, oldest = await store.feedback(1)
    assert (oldest.user_id, oldest.helpful, oldest.question) == (5, True, "how much?")
    assert (newest.user_id, newest.helpful, newest.question) == (6, False, None)
    assert await store.feedback(2) == []


async def test_a_second_vote_on_the_same_answer_replaces_the_first(store: Store):
    qid = await store.record_question(1, 10, "how much?", "faq", "fees", 0.9)
    await store.record_feedback(1, 5, "fees", True, qid)
    await store.record_feedback(1, 5, "fees", False, qid)
    [vote] = await store.feedback(1)
    assert vote.helpful is False


async def test_unanswered_and_clarify_picks(store: Store):
    await store.record_unanswered(1, 10, "what is the weather")
    await store.record_clarify_pick(1, 5, "renew?", ["renewal", "fees"], "renewal")
    [u] = await store.unanswered(1)
    assert (u.channel_id, u.question, u.at) == (10, "what is the weather", AT)
    [p] = await store.clarify_picks(1)
    assert (p.question, p.offered, p.chosen) == ("renew?", ("renewal", "fees"), "renewal")


async def test_call_runs_on_the_store_thread(store: Store):
    assert await store.call(lambda c: c.execute("SELECT 1 + 1").fetchone()[0]) == 2


async def test_an_unusable_database_is_a_store_error(tmp_path: Path):
    path = tmp_path / "lssc.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot use the database"):
        await Store.open(path)
    conn = _connect(tmp_path / "newer.sqlite3")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        await Store.open(tmp_path / "newer.sqlite3")


async def test_a_vote_on_an_answer_the_log_no_longer_has_is_kept(store: Store):
    """Feedback buttons outlive the database (a reset data volume); the foreign key used to refuse the vote."""
    await store.record_feedback(1, 5, "fees", True, 12345)
    [vote] = await store.feedback(1)
    assert (vote.topic, vote.helpful, vote.question) == ("fees", True, None)


async def test_closing_twice_is_harmless(tmp_path: Path):
    store = await Store.open(tmp_path / "lssc.sqlite3")
    await store.close()
    await store.close()  # a second Ctrl-C during shutdown closes again
