from __future__ import annotations

from pathlib import Path

import pytest

from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.moderation.editor import Actor, FaqEditor
from lssc_bot.moderation.faqfile import Backups

SHIPPED = Path(__file__).resolve().parents[2] / "faq.yaml"


def with_fees(text: str, non_member: int, member: int) -> str:
    """The shipped file with other fees (the fees answer quotes both)."""
    out = text.replace("non_member: 350", f"non_member: {non_member}").replace("member: 325", f"member: {member}")
    assert out != text
    return out


def line_of(text: str, needle: str) -> int:
    """The 1-based number of the one line of `text` that contains `needle`."""
    (line,) = [i for i, t in enumerate(text.splitlines(), 1) if needle in t]
    return line


def bad_version(text: str) -> tuple[str, int]:
    """`text` with a `version` that is not a number, and the line of that problem."""
    out = text.replace("\nversion: 1\n", "\nversion: one\n")
    assert out.count("\n") == text.count("\n") and out != text
    return out, line_of(out, "version: one")


class MemoryAudit:
    def __init__(self) -> None:
        self.entries: list[tuple[Actor, str, str]] = []

    async def record(self, actor: Actor, action: str, detail: str) -> None:
        self.entries.append((actor, action, detail))


@pytest.fixture
def shipped_text() -> str:
    return SHIPPED.read_text(encoding="utf-8")


@pytest.fixture
def faq_path(tmp_path: Path, shipped_text: str) -> Path:
    path = tmp_path / "faq" / "faq.yaml"
    path.parent.mkdir()
    path.write_text(shipped_text, encoding="utf-8")
    return path


@pytest.fixture
def holder(faq_path: Path) -> KnowledgeHolder:
    return KnowledgeHolder.load(faq_path)


@pytest.fixture
def audit() -> MemoryAudit:
    return MemoryAudit()


@pytest.fixture
def editor(holder: KnowledgeHolder, tmp_path: Path, audit: MemoryAudit) -> FaqEditor:
    return FaqEditor(holder, Backups(tmp_path / "data" / "backups"), audit)
