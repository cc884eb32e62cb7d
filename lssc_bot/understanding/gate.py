"""Deciding between answering, a did-you-mean and "I don't know" from both retrieval signals.

The lexical matcher's own rule answers when it is sure (`lexical_answer`, `lexical_margin`: the
bars it was tuned with). Beside it, a small logistic model turns a few features of the best entry
by a blend of the two scores (its blended, lexical and semantic scores, its lead over the
runner-up, each signal's own lead, whether the two signals agree on the best entry, and how close
its answer is to the question) into the probability that it is a right answer: at or above `answer` that entry is answered too, when both
signals put it first or the lexical matcher is below its floor. A sure lexical answer is questioned
when the semantic signal puts another entry first and the model's probability is below `veto`.
Otherwise a did-you-mean offers the lexical matcher's close entries and, from `clarify` up (or when
a sure answer was questioned), the semantic signal's best one, so when the two disagree both are
offered; below the lexical floor the reply is "I don't know".

The numbers are data (`gate.json`), fitted on the tune sets by `bench/fit_gate.py`; see the
README for how. `unasked` is the bar for speaking where nobody asked (a listening channel).
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .retrieval import Candidate, Retrieval

MODEL_FILE = Path(__file__).with_name("gate.json")

#: the features, in the order of the model's coefficients
FEATURES = ("blend", "lexical", "semantic", "lead", "agree", "lexical_lead", "semantic_lead", "answer")


@dataclass(frozen=True)
class GateModel:
    #: the lexical score's share of the blend that ranks candidates (the rest is the semantic score)
    lexical_share: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    #: probability bars: answer, offer choices, speak unasked
    answer: float
    clarify: float
    unasked: float
    #: choices are the candidates within this much blended score of the best
    band: float = 0.08
    max_choices: int = 3
    #: the lexical matcher alone is sure: its best entry scores this much, this far ahead of the next
    #: (its tuned bars from before the semantic signal; see `decide`)
    lexical_answer: float = 0.45
    lexical_margin: float = 0.02
    lexical_unasked: float = 0.60
    #: below this lexical score, no choices are offered; choices are within `lexical_band` of the best
    lexical_floor: float = 0.42
    lexical_band: float = 0.10
    #: a sure lexical answer is questioned (a did-you-mean with the semantic signal's best) when that
    #: signal puts another entry first and the model's probability is below this
    veto: float = 0.0
    #: below the lexical floor, a did-you-mean with the semantic signal's entries within
    #: `semantic_band` of its best when that scores at least this (1.0 or more: never)
    semantic_floor: float = 1.0
    semantic_band: float = 0.05
    #: ...and that did-you-mean's one choice is the answer when it leads every other entry by this much
    #: and the whole message's reading puts it first too (`by_meaning_answer`; 1.0 or more: never)
    semantic_answer: float = 1.0
    #: above the lexical floor, when the two signals do not agree on the best blended entry (`agrees`), the model
    #: answers it from this probability on, a higher bar than `answer` (1.0 or more: never)
    answer_apart: float = 1.0

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> GateModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: features {data['features']} are not {list(FEATURES)}")
        return cls.of(data)

    @classmethod
    def of(cls, data: dict[str, Any]) -> GateModel:
        """The model from its data, as `gate.json` holds it (and `bench/fit_gate.py` makes it)."""
        return cls(data["lexical_share"], tuple(data["mean"]), tuple(data["scale"]), tuple(data["coefficients"]),
                   data["intercept"], data["answer"], data["clarify"], data["unasked"], data["band"],
                   data["max_choices"], data["lexical_answer"], data["lexical_margin"], data["lexical_unasked"],
                   data["lexical_floor"], data["lexical_band"], data["veto"], data.get("semantic_floor", 1.0),
                   data.get("semantic_band", 0.05), data.get("semantic_answer", 1.0), data.get("answer_apart", 1.0))

    def blend(self, c: Candidate) -> float:
        return self.lexical_share * c.lexical + (1.0 - self.lexical_share) * c.semantic

    def probability(self, features: tuple[float, ...]) -> float:
        z = self.intercept + sum(w * (x - m) / s for w, x, m, s in
                                 zip(self.coefficients, features, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-z))


DEFAULT = GateModel.load()


@dataclass(frozen=True)
class Decision:
    kind: Literal["faq", "clarify", "fallback"]
    topics: tuple[str, ...]
    confidence: float


def lexical_confidence(score: float, model: GateModel) -> float:
    """A sure lexical score on the model's probability scale: `lexical_unasked` maps to `unasked`."""
    return min(1.0, score * model.unasked / model.lexical_unasked)


def features(retrieval: Retrieval, model: GateModel = DEFAULT) -> tuple[float, ...]:
    """The gate's features of the best blended candidate (see `FEATURES`)."""
    ranked = sorted(retrieval.candidates, key=model.blend, reverse=True)
    top = ranked[0]
    runner_up = model.blend(ranked[1]) if len(ranked) > 1 else 0.0
    lexical = sorted((c.lexical for c in retrieval.candidates), reverse=True) + [0.0]
    semantic = sorted((c.semantic for c in retrieval.candidates), reverse=True) + [0.0, 0.0]
    agree = float(retrieval.lexical_top is not None and retrieval.lexical_top == retrieval.semantic_top)
    return (model.blend(top), top.lexical, top.semantic, model.blend(top) - runner_up, agree,
            lexical[0] - lexical[1], semantic[0] - semantic[1], top.answer)


def lexically_sure(ranked: list[tuple[str, float]], model: GateModel = DEFAULT, *,
                   asked: bool = False) -> Decision | None:
    """The answer when the lexical matcher alone is sure of it (its entries and scores, best first):
    the best is good enough and clearly ahead. `decide` may still question it (`questioned`).

    Never when the best was scored on the message's asked part (`asked`): that part reads "it" or
    "this cert" as the program and leaves the story out, a guess the sentence model must confirm
    (the model's rule below, which needs both signals to agree). Alone, it answered "am I even
    allowed to do lssc?" with the renewal window, which one phrasing ("when am I allowed to renew")
    shares a rare word with."""
    if not ranked or asked:
        return None
    (best, score), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= model.lexical_answer and score - runner_up >= model.lexical_margin:
        return Decision("faq", (best,), lexical_confidence(score, model))
    return None


def decide(retrieval: Retrieval, model: GateModel = DEFAULT, reread: Callable[[], str | None] | None = None,
           asked: Callable[[], Mapping[str, float] | None] | None = None) -> Decision:
    """The lexical matcher's decision (answer when its best entry is good enough and clearly ahead;
    choices between its floor and that; else "I don't know"), with the semantic signal beside it:
    a question it would not answer is answered when both signals agree on the best entry and the
    model is confident; a sure answer of its own is questioned when the semantic signal puts another
    entry first and the model is unsure (`questioned`); and a did-you-mean offers each signal's best
    entry when they disagree.

    `reread` is the semantic signal's best entry for the text the lexical matcher read (None when
    that is the message as encoded): a sure answer is questioned only when that reading puts
    another entry first too. The lexical matcher may have left out the asker's story, which pulls
    the whole message's vector ("I've been in tech services for a while now and ..." towards the
    LTA entry), or corrected a misspelling the sentence model cannot read ("eligibilty").
    Worked out only when the answer is in doubt.

    Below the lexical floor, a did-you-mean offers the semantic signal's close entries when its best
    scores at least `semantic_floor` (`by_meaning`); `asked` gives each entry's cosine with the
    sentences of the message that ask, when some do and some do not (None otherwise), and then
    those scores decide: a story sentence ("lssc came up at our staff meeting lol.") is close to an
    entry though the question ("anyway how do i unjam the copier?") is not. Worked out only then."""
    if not retrieval.candidates:
        return Decision("fallback", (), 0.0)
    decision = _decide(retrieval, model, reread, asked)
    if decision.kind == "faq" and retrieval.others_business:
        # another body's business (ALA's membership as a thing of its own, a grant to apply for): the FAQ's membership
        # and funding entries are about the program, so the entry is offered, never answered
        return Decision("clarify", decision.topics, min(decision.confidence, model.clarify))
    return decision


def _decide(retrieval: Retrieval, model: GateModel, reread: Callable[[], str | None] | None,
            asked: Callable[[], Mapping[str, float] | None] | None) -> Decision:
    """`decide`, for a message with candidates."""
    lexical = sorted(retrieval.candidates, key=lambda c: c.lexical, reverse=True) + [Candidate("", 0.0, 0.0)]
    sure = lexically_sure([(c.entry, c.lexical) for c in lexical[:-1]], model, asked=retrieval.lexical_asked)
    p = model.probability(features(retrieval, model))
    doubted = sure is not None and questioned(sure, retrieval, p, model) and (
        reread is None or reread() != sure.topics[0])
    if sure is not None and not doubted:
        return sure
    top = lexical[0]
    ranked = sorted(retrieval.candidates, key=model.blend, reverse=True)
    if agrees(retrieval, ranked[0].entry, model):
        if p >= model.answer:
            return Decision("faq", (ranked[0].entry,), p)
    elif p >= apart_bar(retrieval, ranked[0].entry, model):
        # the signals disagree: answered when asked, never posted where nobody asked (`unasked`)
        return Decision("faq", (ranked[0].entry,), min(p, model.answer_apart))
    if top.lexical < model.lexical_floor:
        offered = by_meaning(retrieval, model, asked)
        if offered and not retrieval.other_credential and by_meaning_answer(retrieval, model, asked) == offered[0]:
            return Decision("faq", offered[:1], min(p, model.answer))
        return Decision("clarify", offered, p) if offered else Decision("fallback", (), p)
    close = [c.entry for c in lexical[:-1] if top.lexical - c.lexical <= model.lexical_band]
    # when the signals disagree, each one's best entry is offered rather than a guess between them
    others = [retrieval.semantic_top] if retrieval.semantic_top and (p >= model.clarify or doubted) else []
    choices = list(dict.fromkeys([top.entry, *others, *close, lexical[1].entry]))
    return Decision("clarify", tuple(c for c in choices if c)[: model.max_choices], p)


def agrees(retrieval: Retrieval, entry: str, model: GateModel = DEFAULT) -> bool:
    """Whether the two signals agree on `entry`, the best blended one, as the model's rule needs to answer it:
    both put it first; or the lexical matcher has no opinion (its best is below `lexical_floor`); or it
    cannot tell its first entries apart (`entry` scores within `lexical_margin` of its best, the lead its
    own rule asks for) and the semantic signal puts `entry` first.

    In a lexical near-tie the lexical first is an accident of a hundredth: "is it based on like
    competencies or just a test?" scored 0.55 for completing a set and 0.54 for what a competency set is,
    which the sentence model put first, and the answer waited for a did-you-mean."""
    scores = [c.lexical for c in retrieval.candidates]
    best = max(scores, default=0.0)
    if best < model.lexical_floor:
        # under its floor the lexical matcher has no opinion on which entry, unless it read another
        # credential named ("how do I renew my CPR certification"): then the FAQ's is not what is asked
        return not retrieval.other_credential
    if retrieval.lexical_top == retrieval.semantic_top == entry:
        return True
    mine = next((c.lexical for c in retrieval.candidates if c.entry == entry), 0.0)
    return retrieval.semantic_top == entry and best - mine < model.lexical_margin


def apart_bar(retrieval: Retrieval, entry: str, model: GateModel = DEFAULT) -> float:
    """The probability from which the model answers its best blended entry though the two signals do not
    agree on it (`agrees`): `answer_apart` where the lexical matcher has an opinion (its best reaches
    `lexical_floor`) and reads no other credential named; never otherwise.

    The model weighs both signals and the lead of the blend, and whether they agree adds nothing to it
    (its weight is fitted at 0): a message with a story and a question is often the sentence model's
    one entry and the lexical matcher's another, by words of the story ("I work in a prison library, the
    only library person on staff. does lssc even apply to me ...": who it is for by both scores blended,
    international applicants by the sentence model alone). Where the model is very sure, a did-you-mean
    asked a person to pick what it already knew. The bar is fitted above `answer` on the sets' questions
    the signals disagree on (`bench/fit_gate.py`), as `answer` is on those they agree on."""
    best = max((c.lexical for c in retrieval.candidates), default=0.0)
    mine = entry == retrieval.lexical_top and best >= model.lexical_floor and not retrieval.other_credential
    return model.answer_apart if mine else math.inf


def by_meaning(retrieval: Retrieval, model: GateModel = DEFAULT,
               asked: Callable[[], Mapping[str, float] | None] | None = None) -> tuple[str, ...]:
    """The did-you-mean of the semantic signal alone, where the lexical matcher has no opinion (below
    its floor): its entries within `semantic_band` of its best (at most `max_choices`), when that
    best scores at least `semantic_floor`; else none.

    People ask in words the FAQ's phrasings do not use ("i already have an mlis so would lssc even
    make sense for me": three entries at cosine 0.82-0.87, lexical 0.33-0.42), and an honest "I
    don't know" left them nowhere. When the message has sentences that ask and sentences that do
    not, the choices must be close to what it asks (`asked`, worked out only here), not to its story.
    `semantic_floor` is fitted like `clarify` (`bench/fit_gate.py`)."""
    best = max(c.semantic for c in retrieval.candidates)
    if best < model.semantic_floor:
        return ()
    scores = (asked() if asked else None) or {c.entry: c.semantic for c in retrieval.candidates}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < model.semantic_floor:
        return ()
    return tuple(e for e, score in ranked if ranked[0][1] - score <= model.semantic_band)[: model.max_choices]


def meaning_lead(retrieval: Retrieval, asked: Callable[[], Mapping[str, float] | None] | None = None
                 ) -> tuple[str | None, float]:
    """The semantic signal's best entry and its lead over the next, the smaller of its leads on the whole
    message and on the sentences that ask (as `by_meaning` reads them), when both put it first; else
    (None, 0)."""
    whole = {c.entry: c.semantic for c in retrieval.candidates}
    leads = []
    for scores in (whole, (asked() if asked else None) or whole):
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True) + [("", 0.0)]
        if ranked[0][0] != retrieval.semantic_top:
            return None, 0.0
        leads.append(ranked[0][1] - ranked[1][1])
    return retrieval.semantic_top, min(leads)


def by_meaning_answer(retrieval: Retrieval, model: GateModel = DEFAULT,
                      asked: Callable[[], Mapping[str, float] | None] | None = None) -> str | None:
    """The entry the sentence model alone answers with, below the lexical floor: its did-you-mean's
    one choice (`by_meaning`) when that leads every other entry by `semantic_answer`, on the sentences
    that ask and on the whole message alike; else None.

    A did-you-mean with one choice still asks a person to pick it ("random q but who paid to set lssc
    up in the first place?" offered only the funding entry). A choice far ahead of the next is the
    sentence model recognising one entry, not two or three near each other. The bar is fitted on the
    sets' questions (`bench/fit_gate.py`); on the tune sets and the held-out alternates alike no
    choice that far ahead was out of scope. The confidence stays under `unasked`: the lexical matcher
    has no opinion, so it is not posted where nobody asked."""
    entry, lead = meaning_lead(retrieval, asked)
    return entry if entry is not None and lead >= model.semantic_answer else None


def questioned(sure: Decision, retrieval: Retrieval, p: float, model: GateModel = DEFAULT) -> bool:
    """Whether the lexical matcher's sure answer is put to the asker as a did-you-mean instead: the
    semantic signal puts another entry first and the model's probability (`p`, of the best blended
    entry) is under `veto`.

    The lexical rule was tuned before there was a semantic signal, and it answers on shared words:
    "is the $350 all i pay" with the financial-help entry (its "$350"), "is it worth it for a circ
    clerk" with choosing electives. Where the sentence model reads another entry as the question and
    the fitted model doubts the match, both are offered rather than one guessed. `veto` is fitted on
    the sets' questions (`bench/fit_gate.py`)."""
    return retrieval.semantic_top not in (None, sure.topics[0]) and p < model.veto
