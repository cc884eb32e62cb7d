"""Rate limits and duplicate detection, as pure logic with an injectable clock.

The Discord layer asks `Cooldown.check(user)` before answering and
`RecentAnswers.earlier(channel, question)` to point at an answer it just gave
instead of repeating it. Nothing here knows about Discord.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .knowledge.validate import comparable

Clock = Callable[[], float]
Ref = TypeVar("Ref")


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    #: refused, and this is the first refusal of the current window: tell the person once
    notify: bool = False
    retry_after: float = 0.0


class Cooldown:
    """At most `limit` questions per `window` seconds per key (a sliding window)."""

    #: above this many keys, forget the ones with no question in the window (bounds memory)
    PRUNE_ABOVE = 1024

    def __init__(self, limit: int = 5, window: float = 30.0, clock: Clock = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._notified: dict[Hashable, float] = {}

    def check(self, key: Hashable) -> Verdict:
        """Count one question for `key`, or refuse it (refusals are not counted)."""
        now = self._clock()
        if len(self._hits) > self.PRUNE_ABOVE:
            self._prune(now)
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._notified.pop(key, None)
            return Verdict(True)
        retry_after = hits[0] + self.window - now
        first_refusal = key not in self._notified
        self._notified.setdefault(key, now)
        return Verdict(False, notify=first_refusal, retry_after=retry_after)

    def _prune(self, now: float) -> None:
        for key in [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]:
            del self._hits[key]
            self._notified.pop(key, None)


class RecentAnswers(Generic[Ref]):
    """What was answered in each channel in the last `window` seconds, by normalised question."""

    def __init__(self, window: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.window, self._clock = window, clock
        self._answers: dict[tuple[Hashable, str], tuple[float, Ref]] = {}

    def earlier(self, channel: Hashable, question: str) -> Ref | None:
        """The reference (e.g. a message link) of the same question answered recently, if any."""
        self._expire()
        found = self._answers.get((channel, comparable(question)))
        return found[1] if found else None

    def remember(self, channel: Hashable, question: str, ref: Ref) -> None:
        self._answers[(channel, comparable(question))] = (self._clock(), ref)

    def _expire(self) -> None:
        cutoff = self._clock() - self.window
        for key in [k for k, (at, _) in self._answers.items() if at <= cutoff]:
            del self._answers[key]
