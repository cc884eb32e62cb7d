"""Unanswered questions grouped so that one question asked five ways counts as one."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..knowledge.validate import comparable

#: token_set_ratio at or above this puts two questions in one group.
SIMILAR = 85


@dataclass(frozen=True)
class QuestionGroup:
    #: the most often asked wording in the group
    question: str
    count: int
    #: every distinct wording in the group, most frequent first
    variants: tuple[str, ...]


def group_questions(questions: Iterable[str], *, threshold: int = SIMILAR) -> list[QuestionGroup]:
    """Groups of similar questions, largest first.

    Wordings are compared after `comparable` (case, spacing and punctuation
    ignored). Each wording, most frequent first, joins the first group whose
    leading wording it resembles, so the leader is always the commonest form.
    """
    counts: Counter[str] = Counter()
    wording: dict[str, str] = {}
    for question in questions:
        key = comparable(question)
        if key:
            counts[key] += 1
            wording.setdefault(key, " ".join(question.split()))
    leaders: list[str] = []
    members: dict[str, list[str]] = {}
    for key, _ in counts.most_common():
        hit = process.extractOne(key, leaders, scorer=fuzz.token_set_ratio, score_cutoff=threshold)
        leader = hit[0] if hit else key
        if not hit:
            leaders.append(key)
        members.setdefault(leader, []).append(key)
    groups = [
        QuestionGroup(wording[leader], sum(counts[k] for k in keys), tuple(wording[k] for k in keys))
        for leader, keys in members.items()
    ]
    return sorted(groups, key=lambda g: -g.count)
