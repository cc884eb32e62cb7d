"""The reminders' tables: the upgrade from the schema before them, claims, failures, forgetting a person."""
import asyncio
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from lssc_bot.knowledge import load_knowledge
from lssc_bot.reminders import Due, Reminder, Saved, due_now
from lssc_bot.store import Progress, Store
from lssc_bot.store.migrations import MIGRATIONS, migrate
from lssc_bot.store.reminders import ReminderStore, forget

AT = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
#: the schema as shipped before reminders
BEFORE_REMINDERS = 2


def due(user_id: int = 7, kind: str = "finish-6", month: date = date(2026, 9, 1), guild_id: int = 1) -> Due:
    saved = Saved(guild_id, user_id, frozenset(), date(2023, 3, 1), None)
    return Due(saved, Reminder(kind, "finish", month, date(2027, 3, 1), date(2027, 3, 1), 6))


@pytest.fixture
async def store(tmp_path: Path):
    store = await Store.open(tmp_path / "lssc.sqlite3", clock=lambda: AT)
    yield store
    await store.close()


@pytest.fixture
def reminders(store: Store) -> ReminderStore:
    return ReminderStore(store, clock=lambda: AT)


async def test_a_database_from_the_schema_before_reminders_upgrades_with_its_progress(tmp_path: Path):
    path = tmp_path / "lssc.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    migrate(old, MIGRATIONS[:BEFORE_REMINDERS])
    old.execute("INSERT INTO progress VALUES (1, 7, '[\"Technology\"]', '2024-03-01', '2026-01-01')")
    old.execute("INSERT INTO progress VALUES (0, 8, '[]', NULL, '2026-01-01')")
    old.close()
    store = await Store.open(path)
    try:
        assert await store.get_progress(1, 7) == Progress(frozenset({"Technology"}), date(2024, 3, 1), None)
        assert await store.get_progress(0, 8) == Progress()
        await store.save_certified(1, 7, date(2025, 6, 1))
        assert await store.get_progress(1, 7) == Progress(frozenset({"Technology"}), date(2024, 3, 1), date(2025, 6, 1))
    finally:
        await store.close()


async def test_saving_one_month_keeps_the_other(store: Store):
    await store.save_enrolled(1, 7, date(2022, 1, 1))
    await store.save_certified(1, 7, date(2025, 6, 1))
    await store.save_enrolled(1, 7, date(2022, 2, 1))
    assert await store.get_progress(1, 7) == Progress(frozenset(), date(2022, 2, 1), date(2025, 6, 1))


async def test_candidates_are_opted_in_people_with_a_date_and_what_was_recorded(store: Store, reminders: ReminderStore):
    await store.save_enrolled(1, 7, date(2023, 3, 1))
    await store.save_certified(2, 7, date(2023, 1, 1))
    await store.save_enrolled(1, 8, date(2023, 3, 1))  # not opted in
    await store.save_completed(1, 9, ["Technology"])   # opted in, no date
    for user in (7, 9):
        await reminders.set_opted_in(user, True)
    assert await reminders.claim(due())
    people = sorted(await reminders.candidates(), key=lambda s: s.guild_id)
    assert [(s.guild_id, s.user_id, s.enrolled, s.certified) for s in people] == [
        (1, 7, date(2023, 3, 1), None), (2, 7, None, date(2023, 1, 1))]
    assert people[0].sent == {("finish-6", date(2026, 9, 1))}


async def test_the_check_is_one_indexed_query(store: Store):
    from lssc_bot.store.reminders import _CANDIDATES

    plan = await store.call(lambda c: c.execute("EXPLAIN QUERY PLAN " + _CANDIDATES).fetchall())
    details = " ".join(row[-1] for row in plan)
    assert "SEARCH p USING INDEX progress_user" in details and "SEARCH s USING COVERING INDEX" in details
    assert "SCAN p" not in details and "SCAN s" not in details


async def test_opting_out_stops_reminders(store: Store, reminders: ReminderStore):
    await store.save_enrolled(1, 7, date(2023, 3, 1))
    await reminders.set_opted_in(7, True)
    await reminders.set_opted_in(7, True)  # twice is once
    assert await reminders.opted_in(7)
    await reminders.set_opted_in(7, False)
    assert not await reminders.opted_in(7)
    assert await reminders.candidates() == []


async def test_a_reminder_is_claimed_once_even_across_a_restart(tmp_path: Path):
    path = tmp_path / "lssc.sqlite3"
    first = await Store.open(path)
    assert await ReminderStore(first).claim(due())
    await first.close()
    second = await Store.open(path)  # the bot restarted between its check and its send
    try:
        assert not await ReminderStore(second).claim(due())
        assert await ReminderStore(second).claim(due(month=date(2027, 2, 1), kind="finish-1"))
    finally:
        await second.close()


async def test_a_failed_delivery_is_told_once(reminders: ReminderStore):
    for d in (due(), due(kind="expiry-3")):
        await reminders.claim(d)
    await reminders.settle(due(), delivered=False)
    await reminders.settle(due(kind="expiry-3"), delivered=True)
    assert await reminders.take_undelivered(7) == 1
    assert await reminders.take_undelivered(7) == 0
    assert not await reminders.claim(due())  # not retried


async def test_forget_deletes_a_person_everywhere_and_anonymises_the_logs(store: Store, reminders: ReminderStore):
    for guild in (0, 1, 2):
        await store.save_enrolled(guild, 7, date(2023, 3, 1))
    await store.save_enrolled(1, 8, date(2023, 3, 1))
    await reminders.set_opted_in(7, True)
    await reminders.claim(due())
    question = await store.record_question(1, 5, "how much?", "faq", "fees", 0.9)
    for user in (7, 8):
        await store.record_feedback(1, user, "fees", True, question)
        await store.record_clarify_pick(1, user, "cost", ["fees"], "fees")

    await forget(store, 7)

    assert [await store.get_progress(g, 7) for g in (0, 1, 2)] == [Progress()] * 3
    assert await store.get_progress(1, 8) != Progress()
    assert not await reminders.opted_in(7)
    assert await reminders.claim(due())  # nothing recorded for them any more
    votes, picks = await store.feedback(1), await store.clarify_picks(1)
    assert len(votes) == len(picks) == 2  # the statistics still count them
    assert {v.user_id for v in votes} & {7} == set() and {p.user_id for p in picks} & {7} == set()
    assert 8 in {v.user_id for v in votes} and 8 in {p.user_id for p in picks}


@pytest.fixture(scope="module")
def program():
    return load_knowledge(Path(__file__).resolve().parents[2] / "faq.yaml").program


SEPTEMBER = date(2026, 9, 1)  # finish-6 is due for an enrollment of March 2023


class Postbox:
    """A `send` that records each delivery and can be told to fail (DMs closed)."""

    def __init__(self, delivers: bool = True) -> None:
        self.delivers = delivers
        self.got: list[tuple[int, str]] = []

    async def __call__(self, due: Due) -> bool:
        self.got.append((due.saved.user_id, due.reminder.kind))
        await asyncio.sleep(0)  # let an overlapping check run in between
        return self.delivers


async def opted_in(store: Store, reminders: ReminderStore, *users: int) -> None:
    for user in users:
        await store.save_enrolled(1, user, date(2023, 3, 1))
        await reminders.set_opted_in(user, True)


async def test_deliver_sends_each_due_reminder_once(store: Store, reminders: ReminderStore, program):
    await opted_in(store, reminders, 7, 8)
    postbox = Postbox()
    assert [d.saved.user_id for d, ok in await reminders.deliver(program, SEPTEMBER, postbox) if ok] == [7, 8]
    assert await reminders.deliver(program, SEPTEMBER, postbox) == []
    assert postbox.got == [(7, "finish-6"), (8, "finish-6")]


async def test_two_overlapping_checks_send_once(store: Store, reminders: ReminderStore, program):
    await opted_in(store, reminders, 7, 8)
    postbox = Postbox()
    await asyncio.gather(reminders.deliver(program, SEPTEMBER, postbox), reminders.deliver(program, SEPTEMBER, postbox))
    assert sorted(postbox.got) == [(7, "finish-6"), (8, "finish-6")]


async def test_no_duplicate_after_a_restart_between_the_check_and_the_record(tmp_path: Path, program):
    path = tmp_path / "lssc.sqlite3"
    before = await Store.open(path)
    await opted_in(before, ReminderStore(before), 7)
    found = due_now(program, await ReminderStore(before).candidates(), SEPTEMBER)  # checked, then the bot stopped
    await before.close()
    after = await Store.open(path)
    try:
        postbox = Postbox()
        await ReminderStore(after).deliver(program, SEPTEMBER, postbox)  # the restarted bot sends it
        assert postbox.got == [(7, "finish-6")]
        assert [await ReminderStore(after).claim(due) for due in found] == [False]  # the old run may not
    finally:
        await after.close()


async def test_a_failed_dm_is_recorded_not_retried_and_told_once(store: Store, reminders: ReminderStore, program):
    await opted_in(store, reminders, 7)
    closed = Postbox(delivers=False)
    assert [ok for _, ok in await reminders.deliver(program, SEPTEMBER, closed)] == [False]
    assert await reminders.deliver(program, SEPTEMBER, closed) == []
    assert await reminders.deliver(program, date(2026, 12, 1), closed) == []  # nothing newer is due yet
    assert closed.got == [(7, "finish-6")]
    assert await reminders.take_undelivered(7) == 1
    assert await reminders.take_undelivered(7) == 0


async def test_an_opted_out_person_gets_nothing(store: Store, reminders: ReminderStore, program):
    await opted_in(store, reminders, 7)
    await reminders.set_opted_in(7, False)
    postbox = Postbox()
    assert await reminders.deliver(program, SEPTEMBER, postbox) == []
    assert postbox.got == []
