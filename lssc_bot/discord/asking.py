"""The steps every way of asking shares: answer with the person's saved progress, log, limit.

Slash command, context menu and plain messages differ only in where the reply
goes; they all come through `Asking`, which holds no Discord objects.
"""
from __future__ import annotations

import asyncio

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..answer import Answer, AskContext, answer
from ..guarded import answer_safely
from ..knowledge.holder import KnowledgeHolder
from ..knowledge.model import Knowledge
from ..limits import Cooldown, RecentAnswers, Verdict
from ..store import Store

@dataclass(frozen=True)
class Where:
    """Where a question was asked; guild 0 means direct messages."""

    guild_id: int
    channel_id: int
    user_id: int


@dataclass(frozen=True)
class Thought:
    """An answer and the knowledge version it came from (the view's buttons use the same one)."""

    answer: Answer
    knowledge: Knowledge


@dataclass(frozen=True)
class Posted:
    """A public reply, and the knowledge version its answer came from."""

    jump_url: str
    knowledge: Knowledge


class Asking:
    def __init__(self, holder: KnowledgeHolder, store: Store, *, cooldown: Cooldown | None = None,
                 recent: RecentAnswers[Posted] | None = None, today: Callable[[], date] = date.today) -> None:
        self.holder = holder
        self.store = store
        self.cooldown = cooldown or Cooldown()
        #: channel -> normalised question -> the reply
        self.recent: RecentAnswers[Posted] = recent or RecentAnswers()
        self.today = today

    def check_rate(self, user_id: int) -> Verdict:
        """Count one question against the person who triggered it (on a context menu: the clicker)."""
        return self.cooldown.check(user_id)

    def earlier_answer(self, where: Where, question: str) -> str | None:
        """The link to the same question's reply here a moment ago, if it came from the knowledge now
        served: after a moderator's change the old reply may say what is no longer true."""
        earlier = self.recent.earlier(where.channel_id, question)
        return earlier.jump_url if earlier is not None and earlier.knowledge is self.holder.current else None

    async def think(self, question: str, where: Where) -> Thought:
        """Answer `question` with the asker's saved progress as context; logs nothing.

        The answer is worked out in a worker thread: encoding the question with the sentence model
        takes milliseconds of CPU (onnxruntime releases the GIL meanwhile), and a burst of questions
        on the event loop would delay the gateway heartbeat."""
        knowledge = self.holder.current  # once per question: a reload may swap it at any time
        progress = await self.store.get_progress(where.guild_id, where.user_id)
        context = AskContext(today=self.today(), completed=progress.completed, enrolled=progress.enrolled)
        return Thought(await asyncio.to_thread(answer_safely, knowledge, question, context, answerer=answer), knowledge)

    async def answered(self, thought: Thought, where: Where) -> int:
        """Log an answer the bot is about to post; returns the question's log id."""
        result = thought.answer
        if result.kind == "fallback":
            await self.store.record_unanswered(where.guild_id, where.channel_id, result.question)
        return await self.store.record_question(where.guild_id, where.channel_id, result.question,
                                                result.kind, result.topic, result.confidence)

    def posted(self, where: Where, thought: Thought, jump_url: str) -> None:
        """Remember a public reply so the same question soon after points to it."""
        self.recent.remember(where.channel_id, thought.answer.question, Posted(jump_url, thought.knowledge))


def slow_down_text(verdict: Verdict) -> str:
    return f"You're asking quickly; please wait {math.ceil(verdict.retry_after)} seconds and ask again."


def earlier_text(jump_url: str) -> str:
    return f"I answered that here a moment ago: {jump_url}"
