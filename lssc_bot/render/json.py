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


#: Line breaks to Unicode (and `str.splitlines`) that JSON leaves raw; escaped, one answer stays one line
#: to every reader, not only to those splitting at "\n"
_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render_json(answer: Answer) -> str:
    return json.dumps(answer_to_dict(answer), ensure_ascii=False).translate(_BREAKS)
