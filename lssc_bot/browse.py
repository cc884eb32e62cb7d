"""Browsing the knowledge without asking a question: autocomplete and topics by tag."""
from __future__ import annotations

from rapidfuzz import fuzz, process

from .knowledge.model import Entry, Knowledge


def suggest_questions(knowledge: Knowledge, prefix: str, limit: int = 25) -> list[Entry]:
    """Entries whose question best fits what the person has typed so far, best first.

    An empty prefix lists the entries in file order. Matching is on questions only
    (what the person will see), partial so that "how mu" finds "How much ...".
    """
    typed = prefix.strip().casefold()
    if not typed:
        return list(knowledge.entries[:limit])
    questions = [e.question.casefold() for e in knowledge.entries]
    hits = process.extract(typed, questions, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=50)
    return [knowledge.entries[index] for _, _, index in hits]


def entries_tagged(knowledge: Knowledge, tag: str) -> tuple[Entry, ...]:
    return tuple(e for e in knowledge.entries if tag in e.tags)


def page_of(items: tuple[Entry, ...], page: int, size: int) -> tuple[tuple[Entry, ...], int, int]:
    """One page of `items`: (items on it, the page number clamped to range, the page count)."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 0), pages - 1)
    return items[page * size:(page + 1) * size], page, pages
