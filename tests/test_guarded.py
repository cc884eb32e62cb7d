"""Whatever raises inside one question costs that question only: the fallback, and a log line
that gives the question's length but never its text."""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from lssc_bot import guarded
from lssc_bot.answer import AskContext
from lssc_bot.knowledge import load_knowledge

MINI = Path(__file__).parent / "fixtures" / "faq-mini.yaml"
CONTEXT = AskContext(today=date(2026, 12, 1))


def test_a_question_that_raises_gets_the_fallback_and_a_log_line_without_its_text(
        caplog: pytest.LogCaptureFixture) -> None:
    knowledge = load_knowledge(MINI, today=date(2026, 12, 1))

    def broken(_: object, question: str, *__: object) -> None:
        raise ZeroDivisionError(question)  # as many errors do, it quotes what it read

    with caplog.at_level(logging.ERROR, logger="lssc_bot.guarded"):
        reply = guarded.answer_safely(knowledge, "my private question", CONTEXT, answerer=broken)
    assert reply.kind == "fallback" and reply.question == "my private question"
    assert "19 characters" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "private" not in caplog.text


@pytest.mark.parametrize("unit", ["contact hours", "minutes", "semester credits", "conference days"])
def test_a_300_digit_number_is_answered_not_raised(unit: str) -> None:
    knowledge = load_knowledge(MINI, today=date(2026, 12, 1))
    question = f"I have {'9' * 320} {unit}, is that enough to renew?"
    reply = guarded.answer_safely(knowledge, question, CONTEXT)
    assert reply.text and reply.question == question
