from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from lssc_bot.knowledge import parse_knowledge
from lssc_bot.moderation.suggestions import learn

T0 = datetime(2026, 12, 1, 9)


@dataclass
class Pick:
    at: datetime
    user_id: int
    question: str
    chosen: str


@dataclass
class Vote:
    at: datetime
    user_id: int
    topic: str | None
    helpful: bool
    question: str | None


def test_picks_and_corrections_become_suggestions(shipped_text: str) -> None:
    knowledge = parse_knowledge(shipped_text)
    picks = [Pick(T0, 1, "what do I pay?", "fees"), Pick(T0, 2, "What do I pay", "fees"),
             Pick(T0, 3, "whats lssc", "what-is-lssc"),  # already a phrasing
             Pick(T0, 4, "old topic", "gone")]  # the entry no longer exists
    votes = [Vote(T0, 5, "what-is-lssc", False, "is it expensive"),
             Vote(T0 + timedelta(minutes=2), 5, "fees", True, "how much is it"),
             Vote(T0, 6, "fees", False, "too late"),
             Vote(T0 + timedelta(hours=1), 6, "what-is-lssc", True, "x")]  # outside the window
    suggestions = learn(picks, votes, knowledge)
    assert [(s.question, s.topic, s.count) for s in suggestions] == [
        ("what do I pay?", "fees", 2), ("is it expensive", "fees", 1)]
    rejected = {suggestions[0].key}
    assert [s.question for s in learn(picks, votes, knowledge, rejected)] == ["is it expensive"]


def test_a_did_you_mean_pick_after_a_not_helpful_vote_is_a_correction_even_from_an_iterator(shipped_text: str) -> None:
    knowledge = parse_knowledge(shipped_text)
    votes = [Vote(T0, 7, "what-is-lssc", False, "price of the whole thing")]
    picks = [Pick(T0 + timedelta(minutes=1), 7, "what would all of it run me", "fees")]
    expected = [("what would all of it run me", "fees", 1), ("price of the whole thing", "fees", 1)]
    for given_picks in (picks, iter(picks)):  # the store's rows, or a generator over them
        assert [(s.question, s.topic, s.count) for s in learn(given_picks, iter(votes), knowledge)] == expected
