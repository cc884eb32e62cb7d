"""Deciding between answering, a did-you-mean and "I don't know" from the ranked entries.

The rule (as in FAQ systems that answer from a ranked list): answer only when the
best entry is both good enough and clearly ahead of the next *entry*; offer the
close ones when it is not clearly ahead or only middling; say so honestly below a
floor. All the numbers are in `Thresholds`, tuned on the tune set (see README).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .match import EntryScore


@dataclass(frozen=True)
class Thresholds:
    #: answer directly at or above this score ...
    answer: float = 0.45
    #: ... when the runner-up entry is at least this far behind
    margin: float = 0.02
    #: below this, fall back; between this and `answer`, offer choices
    floor: float = 0.42
    #: choices offered are the entries within this distance of the best
    band: float = 0.10
    max_choices: int = 3
    #: where nobody asked the bot (a listening channel) it answers an FAQ question only at or
    #: above this: on held-out phrasings, bare and chatty, 0.6 keeps 90% of the right answers
    #: and drops a third of the wrong ones (bench/accuracy.py held-out sample, see README)
    unasked: float = 0.60


DEFAULT = Thresholds()


@dataclass(frozen=True)
class Decision:
    kind: Literal["faq", "clarify", "fallback"]
    topics: tuple[str, ...]
    confidence: float


def decide(ranked: list[EntryScore], thresholds: Thresholds = DEFAULT) -> Decision:
    if not ranked or ranked[0].score < thresholds.floor:
        return Decision("fallback", (), ranked[0].score if ranked else 0.0)
    top = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if top.score >= thresholds.answer and top.score - runner_up >= thresholds.margin:
        return Decision("faq", (top.entry,), top.score)
    close = [r.entry for r in ranked if top.score - r.score <= thresholds.band][: thresholds.max_choices]
    if len(close) < 2:
        close = [r.entry for r in ranked[:2]]
    return Decision("clarify", tuple(close), top.score)
