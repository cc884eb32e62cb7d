"""Problems found in a knowledge file, reported as `file:line:col: message`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a knowledge file. Lines and columns count from 1; 0 means unknown."""

    line: int
    col: int
    message: str
    file: str = "faq.yaml"

    def __str__(self) -> str:
        if self.line <= 0:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


#: Longest text a message quotes: a 100 KB key or phrasing would otherwise be the message
QUOTE_LIMIT = 60


def cut(text: object, limit: int = QUOTE_LIMIT) -> str:
    """`text` on one line, cut after `limit` characters ("…")."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else f"{flat[:limit]}…"


def quoted(text: object, limit: int = QUOTE_LIMIT) -> str:
    """`'text'` for a message, cut (saying how long it was) so that the message stays readable."""
    flat = " ".join(str(text).split())
    return f"'{flat}'" if len(flat) <= limit else f"'{cut(flat, limit)}' ({len(flat):,} characters)"


class KnowledgeError(Exception):
    """The file could not be loaded; `problems` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class UnreadableFile(KnowledgeError):
    """The file could not be read at all (missing, a directory, a device, too big): one problem, no line."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__([Problem(0, 0, message, file)])
