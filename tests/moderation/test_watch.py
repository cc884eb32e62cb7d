"""Live reload with the real watcher on a temporary directory, and the atomic swap."""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from lssc_bot.answer import answer, entry_answer
from lssc_bot.knowledge import Knowledge, Problem, parse_knowledge
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.moderation.faqfile import atomic_write
from lssc_bot.watch import reload_once, watch_knowledge

from .conftest import bad_version, with_fees


def fee_text(knowledge: Knowledge) -> str:
    """The fees entry's answer as the bot would give it from `knowledge` (it quotes both fees)."""
    return entry_answer(knowledge, "fees", "fees?").text


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
        assert "$330" in fee_text(holder.current)

        bad, line = bad_version(shipped_text)
        faq_path.write_text(bad)  # in-place write
        assert await events.next() < 2
        (problems,) = events.problems
        assert problems[0].line == line and "version" in str(problems[0])
        assert f"faq.yaml:{line}:" in caplog.text  # every problem is logged with its line
        assert "$330" in fee_text(holder.current)  # last good version kept

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
    # The fees entry asked by its own question, through the whole answer path. Each
    # version quotes its own pair of fees, so its reply is unique to it; a reply
    # mixing two versions (a fee of one with the other of another) matches none.
    question = holder.current.entry("fees").question
    expected = {answer(parse_knowledge(text), question).text: i for i, text in enumerate([shipped_text, *versions])}
    assert len(expected) == len(versions) + 1, "every version must give its own reply"
    done = threading.Event()
    answers: list[int] = []
    failures: list[str] = []

    def ask() -> None:
        while not done.is_set():
            knowledge = holder.current  # once per question, as the bot does
            reply = answer(knowledge, question)
            if reply.kind != "faq" or reply.topic != "fees":
                failures.append(f"missing answer: {reply.kind} {reply.topic}")
            elif reply.text not in expected:
                failures.append(f"mixed answer: {reply.text}")
            else:
                answers.append(expected[reply.text])
            time.sleep(0.001)  # let the reloads run; a swap mid-question is still likely

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
    assert expected[answer(holder.current, question).text] == len(versions)  # the last version is in use
