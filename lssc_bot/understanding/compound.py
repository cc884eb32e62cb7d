"""Two questions in one message ("how much is it and how long do I have").

A message that splits where a new question starts is matched part by part; if
every part is clearly answered by a different entry, the reply gives each (the
whole message would match only its stronger half). Otherwise the whole message
goes through the gate as usual: answered, or a did-you-mean between the two.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .asked import asking, opens_question, questions
from .gate import Decision
from .normalise import clean
from .reading import parts_of
from .retrieval import plain


def parts(question: str) -> list[str]:
    """The message split where a new question starts; parts with no content word are dropped.

    A one-word part counts: in chat "fees? and how long do i have" is two questions. Each part
    must still be answered confidently on its own (`decide_parts`), so "hi and how much is it" is one.

    Read as the signals read it (`retrieval.plain`): cleaned first, a mention ("@mods quick q: ...") is
    words apart and the first part kept the mention's name, a word weighed as the FAQ's rarest.
    """
    return parts_of(clean(plain(question)))


#: where a part's clauses meet, in cleaned text (punctuation stands apart: "here . if staff do lssc , how many")
_CLAUSE = re.compile(r"\s+[,:;.!?]+\s+")


def asking_clause(part: str) -> str | None:
    """The part from its first clause after the first that opens as a question does, or None when none does:
    "if staff do lssc as professional development , how many sets is it" -> "how many sets is it".

    A manager or a story sets up a question in a clause before it ("as a branch manager, how do I ...",
    "director of a small library here. if staff do lssc ..., how many sets is it"), and in a message of
    several questions that clause is glued to the first of them and kept it from being answered alone."""
    clauses = _CLAUSE.split(part)
    return next((" ".join(clauses[i:]) for i in range(1, len(clauses)) if opens_question(clauses[i])), None)


def decide_parts(decide: Callable[[str], Decision], question: str,
                 whole: Callable[[], Decision] | None = None) -> tuple[Decision, ...]:
    """One confident decision per part (by `decide`), or () when the message is not clearly several questions.

    A message whose questions sit beside sentences that do not ask ("ok 2 qs: how much is it and
    how long do i have? pitching it to my director tmrw") is split in its questions alone: the
    story, glued to the last part, kept that part from being answered on its own. So is one whose last
    question was typed without its question mark (`asked.questions`: "... got lost in all the
    pages. Which sets are required? Also do I have to be an ALA member").
    """
    return (_decide_parts(decide, question, whole) or _decide_parts(decide, (asking(question) or ("",))[0])
            or _decide_parts(decide, questions(question) or ""))


def _decide_parts(decide: Callable[[str], Decision], question: str,
                  whole: Callable[[], Decision] | None = None) -> tuple[Decision, ...]:
    """One confident decision per part of `question`. A part that alone is a did-you-mean takes the
    whole message's answer (`whole`) when that is one of its choices and no other part's: the rest of
    the message settles which one it meant ("how many hours of experience do you need for LSSC,
    and do I need a degree?" is the experience entry and the education one)."""
    pieces = parts(question)
    if len(pieces) < 2:
        return ()
    decisions = tuple(map(decide, pieces))
    # a part not answered alone may be a set-up clause and a question: the question alone, when that is answered
    decisions = tuple(d if d.kind == "faq" or (clause := asking_clause(p)) is None
                      or (alone := decide(clause)).kind != "faq" else alone for p, d in zip(pieces, decisions))
    unsure = [i for i, d in enumerate(decisions) if d.kind != "faq"]
    if whole is not None and len(unsure) == 1 and decisions[unsure[0]].kind == "clarify":
        settled = whole()
        taken = {d.topics[0] for d in decisions if d.kind == "faq"}
        if settled.kind == "faq" and settled.topics[0] in decisions[unsure[0]].topics and settled.topics[0] not in taken:
            decisions = (*decisions[:unsure[0]], settled, *decisions[unsure[0] + 1:])
    topics = [d.topics[0] for d in decisions if d.kind == "faq"]
    if len(topics) != len(decisions) or len(set(topics)) != len(topics):
        return ()
    return decisions
