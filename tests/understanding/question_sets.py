"""Scoring question sets through the Python API, the way shared/eval/score.py judges them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from lssc_bot.answer import Answer, answer
from lssc_bot.knowledge import Knowledge

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT.parent / "shared" / "eval" / "dev-questions.yaml"
TUNE_SET = ROOT / "tests" / "data" / "questions-tune.yaml"
HOLDOUT_SET = ROOT / "tests" / "data" / "questions-holdout.yaml"
BLIND_SET = ROOT / "tests" / "data" / "questions-blind.yaml"


@dataclass(frozen=True)
class Miss:
    question: str
    why: str
    reply: str

    def __str__(self) -> str:
        return f"{self.question!r}: {self.why}\n    reply: {self.reply[:150]!r}"


@dataclass(frozen=True)
class Score:
    right: int
    total: int
    misses: tuple[Miss, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


def load_cases(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


def judge(case: dict, reply: Answer) -> str | None:
    """None when the reply is right, else why not (the scorer's rules)."""
    kind = case.get("kind", "answer")
    if kind == "fallback":
        return None if reply.kind == "fallback" else f"answered an out-of-scope question (kind {reply.kind})"
    if kind == "remaining":
        if reply.kind != "rules" or reply.details is None:
            return f"expected a requirements calculation, got kind {reply.kind}"
        got = (sorted(reply.details.remaining_required), reply.details.electives_remaining)
        want = (sorted(case.get("remaining_required", [])), case.get("electives_remaining"))
        return None if got == want else f"remaining {got}, expected {want}"
    if reply.kind not in ("faq", "rules"):
        return f"did not answer (kind {reply.kind})"
    missing = [p for p in case.get("expect", []) if not re.search(p, reply.text, re.IGNORECASE | re.DOTALL)]
    return f"reply lacks {missing}" if missing else None


def score(knowledge: Knowledge, path: Path) -> Score:
    misses: list[Miss] = []
    cases = load_cases(path)
    for case in cases:
        reply = answer(knowledge, case["q"])
        why = judge(case, reply)
        if why:
            misses.append(Miss(case["q"], why, reply.text))
    return Score(len(cases) - len(misses), len(cases), tuple(misses))
