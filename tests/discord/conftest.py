"""A real `LsscBot` (never connected) with a store on a temporary file and scripted answers.

The answers are scripted so these tests check the Discord layer only and do not
move when the matcher is retuned.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from lssc_bot.answer import Answer, Requirements, Suggestion
from lssc_bot.discord import asking as asking_module
from lssc_bot.discord.asking import Asking
from lssc_bot.discord.bot import LsscBot
from lssc_bot.knowledge import load_knowledge
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.knowledge.model import Entry
from lssc_bot.limits import Cooldown, RecentAnswers
from lssc_bot.settings import Settings
from lssc_bot.store import Store

from tests.discord.helpers import MockGuild, MockUser

FAQ = Path(__file__).resolve().parents[2] / "faq.yaml"
TODAY = date(2026, 12, 1)


def _entry(id: str, question: str, tags: tuple[str, ...], sources: tuple[str, ...] = ("https://ala-apa.org/lssc/",)) -> Entry:
    return Entry(id=id, question=question, alternates=(), answer=f"The answer to {question}", sources=sources,
                 tags=tags, verified=date(2026, 12, 1), template="")


ENTRIES = (
    _entry("fees", "How much does LSSC cost?", ("cost",),
           ("https://ala-apa.org/lssc/for-candidates/eligibility-and-cost/", "https://www.ala.org/membership")),
    _entry("renewal", "How do I renew my certification?", ("renewal",)),
    _entry("renewal-fee", "How much does renewal cost?", ("renewal", "cost")),
    *(_entry(f"course-{i}", f"Which course covers topic {i}?", ("courses",)) for i in range(12)),
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ScriptedAnswers:
    """Stands in for `answer()`: a fallback unless a question has been scripted."""

    def __init__(self, knowledge) -> None:
        self.knowledge = knowledge
        self.script: dict[str, Answer] = {}
        self.contexts: list = []

    def faq(self, question: str, topic: str = "fees", confidence: float = 1.0) -> None:
        entry = self.knowledge.entry(topic)
        self.script[question] = Answer(question, "faq", entry.answer, topic=topic, confidence=confidence,
                                       title=entry.question, sources=entry.sources, verified=entry.verified)

    def clarify(self, question: str, topics: tuple[str, ...] = ("renewal", "renewal-fee")) -> None:
        options = tuple(Suggestion(t, self.knowledge.entry(t).question) for t in topics)
        self.script[question] = Answer(question, "clarify", "Did you mean:", confidence=0.5, suggestions=options)

    def rules(self, question: str, completed: tuple[str, ...]) -> None:
        details = Requirements(completed=completed, remaining_required=("Technology",), electives_completed=(),
                               electives_remaining=3, done=False)
        self.script[question] = Answer(question, "rules", "Here is what is left.", topic="remaining",
                                       confidence=1.0, title="What you still need", details=details)

    def __call__(self, knowledge, question, context=None):
        self.contexts.append(context)
        return self.script.get(question) or Answer(question, "fallback", "I don't know.", confidence=0.1)


@pytest.fixture
def knowledge():
    return replace(load_knowledge(FAQ), entries=ENTRIES)


@pytest.fixture
def answers(knowledge, monkeypatch) -> ScriptedAnswers:
    scripted = ScriptedAnswers(knowledge)
    monkeypatch.setattr(asking_module, "answer", scripted)
    return scripted


@pytest.fixture
def guild():
    return MockGuild(id=7)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def listen_channel_id() -> int:
    return 555


@pytest.fixture
async def bot(tmp_path, knowledge, answers, clock, listen_channel_id):
    settings = Settings(token="secret-token", data_dir=tmp_path, listen_channels=frozenset({listen_channel_id}))
    bot = LsscBot(settings, KnowledgeHolder(FAQ, knowledge))
    bot.store = await Store.open(settings.database_path)
    bot.asking = Asking(bot.holder, bot.store, cooldown=Cooldown(5, 30, clock),
                        recent=RecentAnswers(60, clock), today=lambda: TODAY)
    bot._connection.user = MockUser(id=42, bot=True, name="lssc-bot")
    yield bot
    await bot.store.close()
