"""Loading and validating faq.yaml into one immutable `Knowledge` value.

    load_knowledge(path)            -> Knowledge, or KnowledgeError listing every problem
    parse_knowledge(raw, name)      -> the same from bytes or text (uploads)
    check_file(path)                -> the problems, [] when the file is good
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..gcpause import gc_paused
from .load import decode, parse_yaml, read_text
from .model import CompetencySet, Entry, Knowledge, Program
from .problems import KnowledgeError, Problem
from .schema import schema_problems
from .validate import build, fill_answers, semantic_problems
from .values import value_problems

__all__ = [
    "CompetencySet", "Entry", "Knowledge", "KnowledgeError", "Problem", "Program",
    "check_file", "load_knowledge", "parse_knowledge",
]


def parse_knowledge(raw: bytes | str, name: str = "faq.yaml", *, today: date | None = None) -> Knowledge:
    with gc_paused():
        return _parse(raw, name, today)


def _parse(raw: bytes | str, name: str, today: date | None) -> Knowledge:
    text = decode(raw, name) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise KnowledgeError([Problem(0, 0, "file is empty", name)])
    parsed = parse_yaml(text, name)
    if not isinstance(parsed.data, dict):
        raise KnowledgeError([parsed.problem((), "the file must be a mapping with the keys version, verified, program, synonyms and faqs")])
    answers = fill_answers(parsed)
    problems = [*schema_problems(parsed), *value_problems(parsed), *semantic_problems(parsed, today or date.today(), answers)]
    if problems:
        raise KnowledgeError(problems)
    return build(parsed, text, answers)


def load_knowledge(path: str | Path, *, today: date | None = None) -> Knowledge:
    path = Path(path)
    return parse_knowledge(read_text(path), str(path), today=today)


def check_file(path: str | Path, *, today: date | None = None) -> list[Problem]:
    try:
        load_knowledge(path, today=today)
    except KnowledgeError as exc:
        return list(exc.problems)
    return []
