"""Usage figures for moderators, computed from plain rows of the questions log."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class AskedRow:
    """One question the bot answered: when, how (faq/rules/clarify/fallback), and the topic."""

    asked_at: datetime
    kind: str
    topic: str | None


@dataclass(frozen=True)
class Stats:
    days: tuple[tuple[date, int], ...]
    total: int
    #: share of questions by kind: "answered" (faq or rules), "clarify", "fallback"
    rates: dict[str, float]
    top_topics: tuple[tuple[str, int], ...]
    #: helpful votes as a share of all votes, None when nobody voted
    helpful: float | None
    votes: int


def compute(asked: Iterable[AskedRow], votes: Iterable[bool], *, today: date, days: int = 14,
            top: int = 5) -> Stats:
    """Figures over the `days` days ending `today`; `votes` are the helpful (True) / not-helpful flags."""
    first = today - timedelta(days=days - 1)
    rows = [r for r in asked if first <= r.asked_at.date() <= today]
    per_day = Counter(r.asked_at.date() for r in rows)
    kinds = Counter("answered" if r.kind in ("faq", "rules") else r.kind for r in rows)
    total = len(rows)
    flags = list(votes)
    return Stats(
        days=tuple((first + timedelta(days=i), per_day[first + timedelta(days=i)]) for i in range(days)),
        total=total,
        rates={k: (kinds[k] / total if total else 0.0) for k in ("answered", "clarify", "fallback")},
        top_topics=tuple(Counter(r.topic for r in rows if r.topic).most_common(top)),
        helpful=(sum(flags) / len(flags)) if flags else None,
        votes=len(flags),
    )
