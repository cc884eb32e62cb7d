"""Live reload with the real watcher on a temporary directory, and the atomic swap."""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from lssc_bot.answer import answer
from lssc_bot.knowledge import Knowledge, Problem
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.moderation.faqfile import atomic_write
from lssc_bot.watch import reload_once, watch_knowledge

from .conftest import with_fees


class Events:
    def __init__(self) -> None:
        self.problems: list[Sequence[Problem]] = []
        self.reloads: list[tuple[Knowledge, Knowledge]] = []
        self.seen = asyncio.Event()

    async def on_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.append(problems)
        self.seen.set()

    async def on_reload(self, old: Knowledge, new: Knowledge) -> None:
        self.reloads.append((old, new))
        self.seen.set()

    async def next(self, limit: float = 2.0) -> float:
        """Seconds until the next event; fails the test past `limit`."""
        start = time.monotonic()
        await asyncio.wait_for(self.seen.wait(), limit)
        self.seen.clear()
        return time.monotonic() - start


async def start(holder: KnowledgeHolder, events: Events) -> tuple[asyncio.Task[None], asyncio.Event]:
    stop = asyncio.Event()
    task = asyncio.create_task(watch_knowledge(holder, on_problems=events.on_problems,
                                               on_reload=events.on_reload, stop_event=stop))
    await asyncio.sleep(0.3)  # let the watch start before the first edit
    return task, stop


async def test_valid_edit_reloads_and_invalid_edit_is_refused_within_2_seconds(
        holder: KnowledgeHolder, faq_path: Path, shipped_text: str, caplog) -> None:
    events = Events()
    task, stop = await start(holder, events)
    try:
        atomic_write(faq_path, with_fees(shipped_text, 350, 330).encode())  # as an editor saves: rename
        assert await events.next() < 2
        assert "$330" in answer(holder.current, "How much does LSSC cost?").text

        faq_path.write_text(shipped_text.replace("version: 1", "version: one"))  # in-place write
        assert await events.next() < 2
        (problems,) = events.problems
        assert problems[0].line == 6 and "version" in str(problems[0])
        assert "faq.yaml:6:" in caplog.text  # every problem is logged with its line
        assert "$330" in answer(holder.current, "How much does LSSC cost?").text  # last good version kept

        atomic_write(faq_path, with_fees(shipped_text, 350, 330).encode())  # the same content again
        await asyncio.sleep(1)
        assert len(events.reloads) == 1  # digest unchanged: no reload
        (faq_path.parent / "other.yaml").write_text("ignored")
        await asyncio.sleep(0.6)
        assert not events.seen.is_set()
    finally:
        stop.set()
        await asyncio.wait_for(task, 2)


async def test_a_failing_reload_or_callback_never_stops_the_bot(holder: KnowledgeHolder, monkeypatch) -> None:
    reported: list[Sequence[Problem]] = []

    async def on_problems(problems: Sequence[Problem]) -> None:
        reported.append(problems)
        raise RuntimeError("the mod channel is gone")

    def broken() -> list[Problem]:
        raise TypeError("bug")

    monkeypatch.setattr(holder, "reload", broken)
    await reload_once(holder, on_problems=on_problems)
    assert "TypeError: bug" in reported[0][0].message


def test_answers_during_reloads_come_wholly_from_one_version(holder: KnowledgeHolder, faq_path: Path,
                                                            shipped_text: str) -> None:
    versions = [with_fees(shipped_text, 350 + i, 300 + i) for i in range(1, 21)]
    expected = {f"${350 + i}": f"${300 + i}" for i in range(1, 21)} | {"$350": "$325"}
    done = threading.Event()
    answers: list[str] = []
    failures: list[str] = []

    def ask() -> None:
        while not done.is_set():
            knowledge = holder.current  # once per question, as the bot does
            reply = answer(knowledge, "How much does LSSC cost?")
            if reply.kind != "faq":
                failures.append(f"missing answer: {reply.kind}")
            non_member = reply.text.split("fee is ")[1].split(",")[0]
            if f"or {expected.get(non_member)} for ALA members" not in reply.text:
                failures.append(f"mixed answer: {reply.text}")
            answers.append(non_member)

    askers = [threading.Thread(target=ask) for _ in range(4)]
    for thread in askers:
        thread.start()
    for text in versions:
        atomic_write(faq_path, text.encode())
        assert holder.reload() == []
        time.sleep(0.005)
    done.set()
    for thread in askers:
        thread.join()
    assert not failures, failures[:3]
    assert len(set(answers)) > 2  # the askers really saw several versions
    assert "$370" in answer(holder.current, "How much does LSSC cost?").text
