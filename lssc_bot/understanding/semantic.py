"""The semantic index: every entry's phrasings and answer as sentence vectors, and a question's best
cosine per entry.

Built once per `Knowledge` value, like the lexical index (`index.index_for`), from the shared
`Embeddings` (so a reload encodes only the phrasings it has not seen). Which `Embeddings` is used
is set once at start-up (`use`); without it the first use loads the shipped model with no disk cache.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..knowledge import Knowledge
from .embeddings import Embeddings
from .encoder import Encoder, Vectors


@dataclass(frozen=True)
class SemanticIndex:
    entry_ids: tuple[str, ...]
    #: one row per phrasing, grouped by entry in `entry_ids` order
    vectors: Vectors
    #: the first row of each entry's phrasings (for `np.maximum.reduceat`)
    starts: npt.NDArray[np.intp]
    #: one row per entry, in `entry_ids` order: its answer, as the reply gives it
    answers: Vectors

    def scores(self, question: Vectors) -> npt.NDArray[np.float32]:
        """Each entry's best cosine similarity to any of the question's vectors (rows, as
        `Embeddings.question` gives them), in `entry_ids` order."""
        return np.maximum.reduceat((self.vectors @ question.T).max(axis=1), self.starts)

    def top(self, question: Vectors) -> str | None:
        """The entry with the best cosine to any of the question's vectors (None with no entries)."""
        return self.entry_ids[int(np.argmax(self.scores(question)))] if self.entry_ids else None

    def answer_scores(self, question: Vectors) -> npt.NDArray[np.float32]:
        """Each entry's answer's best cosine similarity to any of the question's vectors, in
        `entry_ids` order: how well the reply would meet what was asked (a gate feature, not a
        way of finding entries)."""
        return (self.answers @ question.T).max(axis=1)


_lock = threading.Lock()
_embeddings: Embeddings | None = None
_CACHE: weakref.WeakKeyDictionary[Knowledge, SemanticIndex] = weakref.WeakKeyDictionary()


def use(embeddings: Embeddings) -> None:
    """Set the embeddings (model and disk cache) every semantic index is built from from now on."""
    global _embeddings
    with _lock:
        _embeddings = embeddings


def embeddings() -> Embeddings:
    """The embeddings in use; the shipped model with no disk cache when none was set
    (raises `encoder.ModelError` when the model files are missing or damaged)."""
    global _embeddings
    with _lock:
        if _embeddings is None:
            _embeddings = Embeddings(Encoder())
        return _embeddings


def build_semantic(knowledge: Knowledge, source: Embeddings) -> SemanticIndex:
    texts = [p for e in knowledge.entries for p in e.phrasings]
    counts = [len(e.phrasings) for e in knowledge.entries]
    starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.intp)
    # one call, so the disk cache holds the phrasings and the answers together (it keeps what was last asked for)
    rows = source.of([*texts, *(e.answer for e in knowledge.entries)])
    return SemanticIndex(tuple(e.id for e in knowledge.entries), rows[:len(texts)], starts, rows[len(texts):])


def semantic_for(knowledge: Knowledge) -> SemanticIndex:
    index = _CACHE.get(knowledge)
    if index is None:
        index = _CACHE[knowledge] = build_semantic(knowledge, embeddings())
    return index
