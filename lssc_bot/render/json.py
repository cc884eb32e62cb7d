"""Answers as JSON objects: the stable contract that tests, the scorer and scripts read."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..answer import Answer


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "kind": answer.kind,
        "topic": answer.topic,
        "confidence": round(answer.confidence, 3),
        "text": answer.text,
        "title": answer.title,
        "suggestions": [s.topic for s in answer.suggestions],
        "sources": list(answer.sources),
        "verified": answer.verified.isoformat() if answer.verified else None,
        "details": _details(answer),
    }


def _details(answer: Answer) -> dict[str, Any] | None:
    if answer.details is None:
        return None
    return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(answer.details).items()}


def render_json(answer: Answer) -> str:
    return json.dumps(answer_to_dict(answer), ensure_ascii=False)
