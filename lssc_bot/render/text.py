"""Answers as plain text, for the console."""
from __future__ import annotations

from ..answer import Answer


def render_text(answer: Answer) -> str:
    lines: list[str] = []
    if answer.title:
        lines += [answer.title, "-" * min(len(answer.title), 72)]
    lines.append(answer.text)
    if answer.suggestions:
        lines += ["", "(type a number to pick one)"]
        lines[-2:-2] = [f"  {i}. {s.label}" for i, s in enumerate(answer.suggestions, 1)]
    if answer.sources:
        lines += ["", "Sources: " + "  ".join(answer.sources)]
    if answer.verified:
        lines.append(f"Verified {answer.verified.isoformat()}")
    return "\n".join(lines)
