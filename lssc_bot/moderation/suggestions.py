"""New phrasings learned from what people did, for a moderator to accept or reject.

Two signals tell us a question meant a particular entry:
- a did-you-mean pick: the person asked Q and chose entry T;
- a correction: the person marked the answer to Q not helpful and, soon after,
  picked or marked helpful another entry T.
A suggestion is offered only while it would be a real change: T still exists,
no entry has the phrasing yet, and no moderator has rejected it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from ..knowledge import Knowledge
from ..knowledge.validate import comparable

#: how soon after a not-helpful vote a pick or helpful vote counts as its correction
CORRECTION_WINDOW = timedelta(minutes=15)


class Pick(Protocol):
    """A did-you-mean pick, as the store's `ClarifyPick` has it.

    Read-only properties, so frozen dataclasses (whose fields cannot be assigned) fit.
    """

    @property
    def at(self) -> datetime: ...
    @property
    def user_id(self) -> int: ...
    @property
    def question(self) -> str: ...
    @property
    def chosen(self) -> str: ...


class Vote(Protocol):
    """A helpful / not-helpful vote, as the store's `Feedback` has it (read-only, like `Pick`)."""

    @property
    def at(self) -> datetime: ...
    @property
    def user_id(self) -> int: ...
    @property
    def topic(self) -> str | None: ...
    @property
    def helpful(self) -> bool: ...
    @property
    def question(self) -> str | None: ...


@dataclass(frozen=True)
class Suggestion:
    question: str
    topic: str
    count: int

    @property
    def key(self) -> tuple[str, str]:
        """What a rejection is remembered by: the comparable phrasing and the entry."""
        return comparable(self.question), self.topic


def learn(picks: Iterable[Pick], votes: Iterable[Vote], knowledge: Knowledge,
          rejected: Collection[tuple[str, str]] = ()) -> list[Suggestion]:
    """Suggestions, the most often seen first."""
    picks = list(picks)  # read twice: as suggestions and to find what a not-helpful vote meant
    pairs = [(p.question, p.chosen) for p in picks] + list(_corrections(list(votes), picks))
    known = {comparable(text) for entry in knowledge.entries for text in entry.phrasings}
    counts: Counter[tuple[str, str]] = Counter()
    wording: dict[tuple[str, str], str] = {}
    for question, topic in pairs:
        key = (comparable(question), topic)
        if not key[0] or key[0] in known or key in rejected or knowledge.entry(topic) is None:
            continue
        counts[key] += 1
        wording.setdefault(key, " ".join(question.split()))
    return [Suggestion(wording[key], key[1], n) for key, n in counts.most_common()]


def _corrections(votes: list[Vote], picks: list[Pick]) -> Iterable[tuple[str, str]]:
    later: list[tuple[datetime, int, str]] = [(v.at, v.user_id, v.topic) for v in votes if v.helpful and v.topic]
    later += [(p.at, p.user_id, p.chosen) for p in picks]
    for vote in votes:
        if vote.helpful or not vote.question:
            continue
        found = sorted((at, topic) for at, user, topic in later
                       if user == vote.user_id and vote.at < at <= vote.at + CORRECTION_WINDOW
                       and topic != vote.topic)
        if found:
            yield vote.question, found[0][1]
