"""What the knowledge tests share: a valid small file, a fixed today, and reading its problems."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lssc_bot.knowledge import KnowledgeError, parse_knowledge

TODAY = date(2026, 12, 1)

VALID = (Path(__file__).parents[1] / "fixtures" / "faq-mini.yaml").read_text(encoding="utf-8")


def problems_of(text: str) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge(text, "faq.yaml", today=TODAY)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def edit(old: str, new: str, text: str = VALID) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
