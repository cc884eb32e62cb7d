"""Fixtures: the shipped knowledge, and small made-up FAQs for gate tests."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from lssc_bot.understanding.context import AskContext
from lssc_bot.knowledge import Knowledge, load_knowledge, parse_knowledge

FAQ = Path(__file__).resolve().parents[2] / "faq.yaml"
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(FAQ, today=TODAY)


@pytest.fixture
def context() -> AskContext:
    return AskContext(today=TODAY)


def knowledge_with(entries: list[dict[str, Any]], synonyms: list[list[str]] | None = None) -> Knowledge:
    """The shipped program section with these FAQ entries instead of the shipped ones."""
    data = yaml.safe_load(FAQ.read_text(encoding="utf-8"))
    data["faqs"] = [{"sources": ["https://ala-apa.org/lssc/"], "tags": ["test"], "verified": "2026-12-01", **e}
                    for e in entries]
    data["synonyms"] = synonyms or [["fee", "cost", "price"]]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return parse_knowledge(text, "test.yaml", today=TODAY)
