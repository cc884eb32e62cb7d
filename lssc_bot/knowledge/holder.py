"""The knowledge in use, replaced whole so that every question sees exactly one version."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from . import load_knowledge, parse_knowledge
from .load import read_text
from .model import Knowledge
from .problems import KnowledgeError, Problem


class KnowledgeHolder:
    """Holds the current `Knowledge` for a running bot.

    Readers take `holder.current` once per question and use that value throughout;
    a reload builds the new value completely and then swaps one reference, so an
    answer is never a mix of two versions. A file that fails validation is refused
    and the previous version stays in use.
    """

    def __init__(self, path: Path, knowledge: Knowledge,
                 prepare: Callable[[Knowledge], Knowledge] | None = None) -> None:
        self.path = path
        #: run on each new version before it goes live (the bot builds the match index
        #: here, so the first question after a reload is as fast as any other)
        self._prepare = prepare or (lambda knowledge: knowledge)
        self._current = self._prepare(knowledge)
        self._lock = threading.Lock()  # one reload at a time; readers never wait

    @classmethod
    def load(cls, path: Path) -> KnowledgeHolder:
        return cls(path, load_knowledge(path))

    @property
    def current(self) -> Knowledge:
        return self._current

    def reload(self) -> list[Problem]:
        """Load the file again; [] when the new version is in use, else its problems.

        A file whose text is the one in use is not parsed again and
        `current` stays the same object, so a save without changes is not a reload.
        """
        with self._lock:
            try:
                text = read_text(self.path)
                if text == self._current.text:
                    return []
                knowledge = self._prepare(parse_knowledge(text, str(self.path)))
            except KnowledgeError as exc:
                return list(exc.problems)
            self._current = knowledge
            return []

    def replace(self, knowledge: Knowledge) -> None:
        knowledge = self._prepare(knowledge)
        with self._lock:
            self._current = knowledge
