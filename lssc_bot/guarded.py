"""`answer()` that cannot fail: the one call every way of asking goes through.

A bug a question trips over (a calculator meeting a number it cannot format, say) must
cost that one question, never the batch, the console session or the bot. The error is
logged with the question's length and the exception's type and place, but not the
question or the exception's message, which may quote what the person typed.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from .answer import Answer, AskContext, answer, fallback
from .knowledge import Knowledge

log = logging.getLogger(__name__)


Answerer = Callable[[Knowledge, str, AskContext | None], Answer]


def answer_safely(knowledge: Knowledge, question: str, context: AskContext | None = None, *,
                  answerer: Answerer = answer) -> Answer:
    """`answerer(knowledge, question, context)`, or the fallback when that raised."""
    try:
        return answerer(knowledge, question, context)
    except Exception as exc:  # any bug in any calculator or matcher lands here
        where = "".join(traceback.format_tb(exc.__traceback__))
        log.error("answering a question of %d characters raised %s; gave the fallback instead\n%s",
                  len(question), type(exc).__name__, where.rstrip())
        return fallback(knowledge, question)
