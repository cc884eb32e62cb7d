"""The one entry point of the core: `answer(knowledge, question, context) -> Answer`.

An `Answer` is a plain value. The console, the JSON output and the Discord layer
each render it; none of them decides anything about what to answer.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from .knowledge import Entry, Knowledge
from .understanding import compound, gate, wording
from .understanding.accounting import unread_by_all
from .understanding.asked import asked_sentences, asks_to_write
from .understanding.calculations import asks_left_unknown, calculations, parts_not_calculated
from .understanding.context import AskContext
from .understanding.index import index_for
from .understanding.reading import read
from .understanding.glossary import in_english
from .understanding.retrieval import lexical, plain, retrieve
from .understanding.semantic import embeddings, semantic_for
from .understanding.rules.calculation import Calculation, Requirements
from .understanding.smalltalk import is_small_talk

__all__ = ["Answer", "AskContext", "Kind", "Requirements", "Suggestion", "answer", "check_back", "entry_answer", "fallback",
           "speaks_unasked"]

Kind = Literal["faq", "rules", "clarify", "fallback"]

#: Added to the structure entry when someone asks what's left without saying what they have done.
LEFT_NOTE = ("To work out exactly what you still need, tell me which sets you've finished, e.g. "
             "\"I've done Foundations and Technology, what's left?\"")

#: No reply text is longer than this (Discord's embed description holds 4,096).
MAX_REPLY_CHARS = 4000


@dataclass(frozen=True)
class Suggestion:
    """A did-you-mean choice: the entry id and the question shown to the person."""

    topic: str
    label: str


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
    """Reply to one question: a rules calculation, an FAQ entry, a did-you-mean, or a fallback.

    Replies never quote the question back, so nothing a person types (mentions,
    `@everyone`, Markdown) can reach the reply text.
    """
    context = context or AskContext()
    said = in_english(question)  # what is read: a question asked in Spanish ("¿qué me falta?") is read in English
    reading = read(knowledge, said, context.today)  # the one time the question is cleaned and tokenised
    if reading.today is not None and reading.today != context.today:  # "it's May 2027, ...": count from then
        context = replace(context, today=reading.today)
    if is_small_talk(reading.tokens):
        return fallback(knowledge, question, greeting=True)
    found = calculations(knowledge, reading, context)
    if found:
        # a question no calculation answers, and the FAQ does surely, unless its entry is a calculation's subject
        subjects = {s for c in found for s in c.subjects}
        asked = [decide(knowledge, part) for part in parts_not_calculated(reading, found)]
        beside = [e for d in asked if d.kind == "faq" for e in [knowledge.entry(d.topics[0])]
                  if e is not None and e.id not in subjects]
        reply = rules_answer(knowledge, question, *found, beside=tuple(dict.fromkeys(beside)))
        numbers = unread_by_all(knowledge.program, reading, found)
        return check_back(reply, found[0].topic, numbers) if numbers else reply
    if asks_left_unknown(reading, context):
        structure = next((e for e in knowledge.entries if "structure" in e.tags), None)
        if structure is not None:
            reply = entry_answer(knowledge, structure.id, question)
            return replace(reply, text=f"{reply.text}\n\n{LEFT_NOTE}")
    whole: list[gate.Decision] = []  # the whole message's decision, worked out once, when first needed

    def decide_whole() -> gate.Decision:
        if not whole:
            whole.append(decide(knowledge, said))
        return whole[0]

    several = compound.decide_parts(lambda part: decide(knowledge, part), said, decide_whole)
    combined = several and combined_answer(knowledge, question, [d.topics[0] for d in several],
                                           min(d.confidence for d in several))
    if combined:
        return combined
    decision = decide_whole()
    if decision.kind == "faq":
        return entry_answer(knowledge, decision.topics[0], question, confidence=decision.confidence)
    if decision.kind == "clarify":
        options = tuple(Suggestion(e.id, e.question) for e in map(knowledge.entry, decision.topics) if e)
        text = "I'm not sure which of these you mean:\n" + "\n".join(f"- {s.label}" for s in options)
        return Answer(question, "clarify", text, confidence=decision.confidence, suggestions=options)
    return fallback(knowledge, question, confidence=decision.confidence)


def decide(knowledge: Knowledge, question: str) -> gate.Decision:
    """The gate's decision on the FAQ entries for `question`, from both retrieval signals (the
    question is always encoded: a sure lexical answer is questioned when the semantic signal
    disagrees, `gate.questioned`, also on the text the lexical matcher scored without the asker's
    story, when it scored that). Both read it without Discord's Markdown and emoji (`retrieval.plain`)."""
    question = plain(question)
    if asks_to_write(question):  # the FAQ answers questions; it writes no letters or emails
        return gate.Decision("fallback", (), 0.0)
    index, semantic, source = index_for(knowledge), semantic_for(knowledge), embeddings()
    ranked = lexical(index, question)
    retrieval = retrieve(ranked, semantic, source.question(question, knowledge.program.abbreviation,
                                                           index.respelled(question)))
    unstoried = ranked[0].unstoried if ranked else None

    def reread() -> str | None:
        """The semantic signal's best entry for the text the lexical matcher read: without the asker's
        story when it scored that, with its misspellings corrected; None when that is the message as
        encoded. Worked out only if the gate needs it: rarely (a sure answer the semantic signal doubts)."""
        text = index.respelled(unstoried or question)
        return semantic.top(source.text(text)) if text != question else None

    def asked() -> dict[str, float] | None:
        """Each entry's cosine with the sentences of the message that ask, when some do and some do
        not (`asked.asking`): a did-you-mean of the semantic signal alone must meet the question, not
        the story around it; a claim, quoted or not, is what "is that true?" asks about
        (`asked.asked_sentences`). Worked out only for that (`gate.by_meaning`)."""
        split = asked_sentences(question)
        if split is None:
            return None
        part = split[0]
        vectors = source.question(part, knowledge.program.abbreviation, index.respelled(part))
        return dict(zip(semantic.entry_ids, map(float, semantic.scores(vectors))))

    return gate.decide(retrieval, reread=reread, asked=asked)


def speaks_unasked(reply: Answer, model: gate.GateModel = gate.DEFAULT) -> bool:
    """Whether `reply` is sure enough to post where nobody asked the bot (a listening channel).

    A calculation is exact; an FAQ answer must clear the gate's `unasked` probability; a
    did-you-mean or an "I don't know" is never worth interrupting a conversation for.
    """
    return reply.kind == "rules" or (reply.kind == "faq" and reply.confidence >= model.unasked)


def combined_answer(knowledge: Knowledge, question: str, entry_ids: list[str], confidence: float) -> Answer | None:
    """Several entries in one reply, each under its own question, for a message asking several things.

    None when together they would not fit in one reply.
    """
    entries = [e for e in map(knowledge.entry, entry_ids) if e is not None]
    text = "\n\n".join(f"**{e.question}**\n{e.answer}" for e in entries)
    if len(text) > MAX_REPLY_CHARS:
        return None
    sources = tuple(dict.fromkeys(url for e in entries for url in e.sources))
    verified = min((e.verified for e in entries if e.verified), default=None)
    return Answer(question, "faq", text, topic=entries[0].id, confidence=confidence,
                  title=" / ".join(e.question for e in entries), sources=sources, verified=verified)


def rules_answer(knowledge: Knowledge, question: str, first: Calculation, *more: Calculation,
                 beside: tuple[Entry, ...] = ()) -> Answer:
    """Calculations as an Answer (several each under its title), with the sources of the FAQ
    entries on the same subjects. The first is the answer's topic; the first with details gives them.
    FAQ entries answering the message's other questions (`beside`) follow, each under its question,
    when they fit."""
    calculations = [first, *more]
    texts = [wording.say(knowledge.program, c, knowledge.verified) for c in calculations]
    text = "\n\n".join(f"**{c.title}**\n{t}" for c, t in zip(calculations, texts)) if more or beside else texts[0]
    if len(text) > MAX_REPLY_CHARS:
        calculations, text = [first], texts[0]
    for entry in beside:
        added = f"{text}\n\n**{entry.question}**\n{entry.answer}"
        if len(added) <= MAX_REPLY_CHARS:
            text = added
    sources: list[str] = []
    for calculation in calculations:  # the first few of each subject's, so every part has its own
        subjects = set(calculation.subjects)
        related = [e for e in knowledge.entries if e.id in subjects or subjects.intersection(e.tags)]
        sources += list(dict.fromkeys(url for e in related for url in e.sources))[:3 if len(calculations) == 1 else 2]
    return Answer(question, "rules", text, topic=first.topic, confidence=1.0,
                  title=" / ".join(c.title for c in calculations), sources=tuple(dict.fromkeys(sources)),
                  details=next((c.details for c in calculations if c.details), None))


def check_back(reply: Answer, topic: str, numbers: tuple[str, ...]) -> Answer:
    """A calculation that left some of the message's numbers unread (`accounting.unread`), as a
    question back: the working from the rest is shown, said not to be sure, and nothing is saved
    from it. Only digits are repeated, never the person's words."""
    before, after = wording.unread_note(topic, numbers)
    text = f"{before}\n\n{reply.text}\n\n{after}"
    return replace(reply, kind="clarify", text=text if len(text) <= MAX_REPLY_CHARS else f"{before}\n\n{after}",
                   confidence=0.5, details=None)


def fallback(knowledge: Knowledge, question: str, *, confidence: float = 0.0, greeting: bool = False) -> Answer:
    """An honest "I don't know" (or a hello), saying what the bot can do and where to ask instead."""
    program = knowledge.program
    can_do = (f"I answer questions about the {program.name} ({program.abbreviation}): what it is, who can apply, "
              "costs, the competency sets, deadlines and renewal. I can also work out what you still need, "
              "e.g. \"I've done Foundations and Technology, what's left?\"")
    opening = "Hi! " if greeting else "Sorry, I don't have an answer for that one. "
    text = f"{opening}{can_do}\nFor anything else, the LSSC office can help: {program.url} or {program.email}."
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
