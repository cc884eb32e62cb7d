"""Random numbers, units, dates and Unicode: answer() never raises, and `ask --batch` gives one valid
JSON line per line in, whatever the bytes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lssc_bot.answer import AskContext, answer
from lssc_bot.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
FAQ = ROOT / "faq.yaml"
KNOWLEDGE = load_knowledge(FAQ)

CUES = ["renew", "renewal", "enrolled", "certified", "expires", "expired", "cost", "fee", "member", "what's left",
        "finish", "deadline", "apply", "worked", "ago", "last", "next", "this", "I have", "I've done", "of them on",
        "technology", "and", "or", "?", "!", ",", ".", "foundations", "circ", "youth", "tech", "lssc", "hrs"]
UNITS = ["minutes", "mins", "hours", "contact hours", "semester credits", "quarter credit", "conference days",
         "days", "months", "years", "credit hours", "$", "%"]
MONTHS = ["January", "feb", "Sept.", "march", "May", "dec", "spring", "fall", "the end of"]


def _numbers() -> st.SearchStrategy[str]:
    """Digits (up to 40: a longer number is the bound #13's reading adds), decimals, commas and words."""
    whole = st.integers(0, 10**40).map(str)
    decimal = st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda p: f"{p[0]}.{p[1]}")
    grouped = st.integers(1000, 10**9).map(lambda n: f"{n:,}")
    return whole | decimal | grouped | st.sampled_from(["a", "one", "two", "half a", "twelve", "-3", "0", "1e9"])


def _dates() -> st.SearchStrategy[str]:
    years = st.integers(0, 99999).map(str) | st.sampled_from(["'23", "2024", "1899", "2100", "9999"])
    numeric = st.tuples(st.integers(0, 99), st.integers(0, 99999)).map(lambda p: f"{p[0]}/{p[1]}")
    return st.tuples(st.sampled_from(MONTHS), years).map(" ".join) | numeric


_TOKEN = (st.sampled_from(CUES) | st.sampled_from(UNITS) | _numbers() | _dates()
          | st.text(max_size=8) | st.sampled_from(["\u200b", "\u202e", "é", "ﬁ", "𝟙𝟚", "²", "٣", "\x00", "@everyone"]))
QUESTIONS = st.lists(_TOKEN, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUESTIONS)
def test_answer_never_raises_and_always_says_something(question: str) -> None:
    reply = answer(KNOWLEDGE, question, AskContext(today=date(2026, 12, 1)))
    assert reply.kind in ("faq", "rules", "clarify", "fallback") and reply.text.strip()
    assert 0 <= reply.confidence <= 1


_LINE = QUESTIONS.map(lambda q: q.encode("utf-8", "surrogatepass")) | st.binary(max_size=40)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=40))
def test_batch_gives_one_valid_json_line_per_line_in(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "LSSC_"))}
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "ask", "--json", "--batch", "-"],
                            input=b"\n".join(lines) + b"\n", capture_output=True, timeout=60, env=base, cwd=ROOT)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8").split("\n")
    assert out.pop() == ""
    assert len(out) == len(lines)
    for line, raw in zip(out, lines):
        reply = json.loads(line)
        assert reply["question"] == raw.decode("utf-8", "replace").removesuffix("\r")
