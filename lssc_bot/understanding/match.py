"""Placeholder matcher (fuzzy ratio over phrasings); replaced by the tuned matcher."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..knowledge import Knowledge


@dataclass(frozen=True)
class Index:
    phrasings: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    kind: str
    topics: tuple[str, ...]
    confidence: float


@lru_cache(maxsize=4)
def index_for(knowledge: Knowledge) -> Index:
    pairs = [(p.lower(), e.id) for e in knowledge.entries for p in e.phrasings]
    return Index(tuple(p for p, _ in pairs), tuple(t for _, t in pairs))


def best(index: Index, question: str) -> Result:
    hits = process.extract(question.lower(), index.phrasings, scorer=fuzz.WRatio, limit=5)
    if not hits or hits[0][1] < 60:
        return Result("fallback", (), 0.0)
    return Result("faq", (index.topics[hits[0][2]],), hits[0][1] / 100)
