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
