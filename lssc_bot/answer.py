"""The one entry point of the core: `answer(knowledge, question, context) -> Answer`.

An `Answer` is a plain value. The console, the JSON output and the Discord layer
each render it; none of them decides anything about what to answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .knowledge import Knowledge
from .understanding import match
from .understanding.match import index_for

Kind = Literal["faq", "rules", "clarify", "fallback"]


@dataclass(frozen=True)
class Suggestion:
    """A did-you-mean choice: the entry id and the question shown to the person."""

    topic: str
    label: str


@dataclass(frozen=True)
class Requirements:
    """What a requirements calculation found; canonical set names throughout."""

    completed: tuple[str, ...]
    remaining_required: tuple[str, ...]
    electives_completed: tuple[str, ...]
    electives_remaining: int
    done: bool


@dataclass(frozen=True)
class AskContext:
    """What the core may know about the person beyond the question itself."""

    today: date = field(default_factory=date.today)
    #: competency sets the person said (console session) or saved (Discord) they completed
    completed: frozenset[str] = frozenset()
    enrolled: date | None = None


@dataclass(frozen=True)
class Answer:
    question: str
    kind: Kind
    text: str
    topic: str | None = None
    confidence: float = 0.0
    #: a heading for the reply: the entry's question, or the calculation's name
    title: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    sources: tuple[str, ...] = ()
    verified: date | None = None
    details: Requirements | None = None


def answer(knowledge: Knowledge, question: str, context: AskContext | None = None) -> Answer:
    """Reply to one question: a rules calculation, an FAQ entry, a did-you-mean, or a fallback."""
    context = context or AskContext()
    result = match.best(index_for(knowledge), question)
    if result.kind == "faq":
        return entry_answer(knowledge, result.topics[0], question, confidence=result.confidence)
    if result.kind == "clarify":
        options = tuple(Suggestion(t, knowledge.entry(t).question) for t in result.topics)  # type: ignore[union-attr]
        text = "Did you mean:\n" + "\n".join(f"- {s.label}" for s in options)
        return Answer(question, "clarify", text, confidence=result.confidence, suggestions=options)
    return fallback(knowledge, question, confidence=result.confidence)


def fallback(knowledge: Knowledge, question: str, *, confidence: float = 0.0) -> Answer:
    program = knowledge.program
    text = (f"I don't have an answer for that. I answer questions about the {program.name} "
            f"({program.abbreviation}). For anything else, see {program.url} or email {program.email}.")
    return Answer(question, "fallback", text, confidence=confidence)


def entry_answer(knowledge: Knowledge, entry_id: str, question: str, *, confidence: float = 1.0) -> Answer:
    """The answer of one entry, e.g. when a person picks a did-you-mean choice.

    An id that no longer exists (the FAQ was edited since the choice was offered)
    gives a fallback rather than an error.
    """
    entry = knowledge.entry(entry_id)
    if entry is None:
        return fallback(knowledge, question)
    return Answer(question, "faq", entry.answer, topic=entry.id, confidence=confidence,
                  title=entry.question, sources=entry.sources, verified=entry.verified)
