"""Scoring a question against the FAQ index: term weights first, rapidfuzz on the best few.

Each phrasing gets

    score = TERM_WEIGHT   * question coverage   (weighted share of the question's terms it has)
          + PHRASE_WEIGHT * phrasing coverage   (weighted share of its own terms the question has)
          + FUZZ_WEIGHT   * rapidfuzz similarity of the two processed strings

Coverage uses BM25-style inverse document frequencies, so "renew" or "fee" count for
far more than "how" or "the", and a word that no entry uses counts as much as the
rarest word: "renew a patron's library card" is mostly about things the FAQ never
mentions, which keeps it well under the answer threshold. An entry's score is its
best phrasing's.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .index import Index, term_set
from .normalise import STOPWORDS

TERM_WEIGHT = 0.5
PHRASE_WEIGHT = 0.2
FUZZ_WEIGHT = 0.3
#: phrasings rescored with rapidfuzz after the term pass
CANDIDATES = 40


@dataclass(frozen=True)
class EntryScore:
    entry: str
    score: float


def rank(index: Index, question: str, limit: int = 5) -> list[EntryScore]:
    """The best entries for `question`, best first, at most one score per entry."""
    tokens = index.tokens(question)
    terms = term_set(tokens)
    content = [t for t in terms if t not in STOPWORDS]
    if not content:
        return []
    total = sum(index.weight(t) for t in terms)
    shared: dict[int, float] = defaultdict(float)
    for t in content:
        w = index.weight(t)
        for pid in index.postings.get(t, ()):
            shared[pid] += w
    if not shared:
        return []
    for pid in list(shared):  # stopwords shared with a candidate count a little too
        shared[pid] += sum(index.weights.get(t, 0.0) for t in terms & index.terms[pid] if t in STOPWORDS)
    coarse = {pid: TERM_WEIGHT * s / total + PHRASE_WEIGHT * s / index.mass[pid] for pid, s in shared.items()}
    best = sorted(coarse, key=coarse.__getitem__, reverse=True)[:CANDIDATES]
    text = " ".join(tokens)
    similar = process.extract(text, {pid: index.texts[pid] for pid in best}, scorer=fuzz.token_set_ratio,
                              processor=None, limit=None)
    by_entry: dict[int, float] = {}
    for _, similarity, pid in similar:
        score = coarse[pid] + FUZZ_WEIGHT * similarity / 100.0
        owner = index.owners[pid]
        if score > by_entry.get(owner, -1.0):
            by_entry[owner] = score
    ranked = sorted(by_entry.items(), key=lambda item: item[1], reverse=True)[:limit]
    return [EntryScore(index.entry_ids[owner], min(score, 1.0)) for owner, score in ranked]
