"""The asked part of a chatty message: its questions, with the program they point at named.

People on Discord tell a bit of their story and then ask ("my director keeps bringing up lssc in
staff meetings and i just nod along lol. what even is it?"). The story's words are mostly ones the
FAQ never uses, and they sink both retrieval signals; the question itself often says "this cert"
for the program the story named. `asked_part` keeps the sentences that ask (end in "?") and names
the program in them, so both signals can also score what was asked on its own. "It" is not read
as the program: in "took a cataloging course before I knew about lssc. can I still get credit for
it?" it is the course (on an unseen check set, reading "it" as the program gave one more wrong
answer and no more right ones).

It is kept only when, so named, it is about the program: "our wifi keeps dropping. who do I call?"
asks nothing about it and keeps the whole message, whose story says what the question is about.
"""
from __future__ import annotations

import re

from .normalise import CHECK as _CHECK, STOPWORDS, words

#: where sentences end: after ".", "!" or "?" (runs of them too: "??", "?!"), or at a line break
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*")
#: a sentence that asks ends with a question mark (an emoticon or "lol" may follow it)
_ASKS = re.compile(r"\?[!?.]*(?:\s*(?:lol|lmao|haha+|:\)|:\(|:/))?$", re.IGNORECASE)
#: a sentence that opens as a question does ("also do I have to ...", "so how long is it"), mark or not
_OPENS_QUESTION = re.compile(
    r"(?:(?:also|and|so|ok|okay|anyway|but|plus|oh)\b[,:]?\s+)*(?:how|what|when|where|who|which|why|is|are|do|does|"
    r"did|can|could|will|would|should|am|was|were)\b", re.IGNORECASE)
#: the pronoun a question with no word of its own asks about the program by (`asked_part`)
_IT = re.compile(r"\bit\b", re.IGNORECASE)
#: what a question in a channel about one program calls that program without naming it
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|the)\s+(?:whole\s+)?(?:thing|cert|certification|certificate|program|programme|credential)\b",
    re.IGNORECASE)


def asking(text: str, *, opening: bool = False) -> tuple[str, str] | None:
    """(the sentences of `text` that ask, the others), or None unless some ask and some do not.
    A sentence asks by its question mark, or with `opening` also by how it opens ("what even is it lol")."""
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    asks = [s for s in sentences if _ASKS.search(s) or opening and _OPENS_QUESTION.match(s)]
    if not asks or len(asks) == len(sentences):
        return None
    return " ".join(asks), " ".join(s for s in sentences if s not in asks)


#: where a quoted line ends when the message came as one line: a line break, a run of spaces (the
#: break a one-line copy leaves), a dash between spaces, or the end of its first sentence
_QUOTE_END = re.compile(r"\n|\s{2,}|\s+[-\u2013\u2014]+\s+|(?<=[.!?])\s+")


def quoted(text: str) -> tuple[str, str] | None:
    """(the quoted claim, the reply) of a message that opens with a quote ("> you get 5 years to finish
    all the classes   is that right?"), else None.

    The claim is what the reply's "is that right?" asks about, and the reply's check words ("is that
    right", "true or nah", "wait is that actually how it works") sink it: "right", "true" and "works"
    are words of other entries, and the sentence model reads the check as much as the claim."""
    if not quoting(text):
        return None
    body = text.lstrip()[1:].lstrip()
    claim, *rest = _QUOTE_END.split(body, maxsplit=1)
    reply = rest[0].strip() if rest else ""
    return (claim.strip(), reply) if claim.strip() and reply else None


def checked(text: str) -> str | None:
    """The claim a message checks by a question tag at its end ("heard the cert expires after 2 years,
    true?" -> "heard the cert expires after 2 years"), else None. Like a quoted claim (`quoted`), the
    claim is what the tag asks about, and the tag's "true" and "right" are words of their own."""
    found = _CHECK.search(text)
    # a tag asks: by its mark, or by its verb first ("..., is that true"); "test anxiety is real" claims
    asks = found is not None and ("?" in found[0] or re.match(r"[\s,.!\u2013\u2014-]*(?:is|isn'?t)\b", found[0], re.I))
    claim = text[:found.start()].strip() if found and asks else ""
    return claim if len(claim.split()) >= 3 else None


def opens_question(sentence: str) -> bool:
    """Whether `sentence` opens as a question does ("how many sets is it", "also do I have to ..."), mark or not."""
    return _OPENS_QUESTION.match(sentence) is not None


def quoting(text: str) -> bool:
    """Whether `text` opens with a quoted message ("> you pay ALA 350 for every set. is that true?"):
    then what it quotes is what it asks about, though only the sentence after it asks."""
    return text.lstrip().startswith(">")


def asked_sentences(text: str) -> tuple[str, str] | None:
    """(the sentences of `text` that ask, the others) for reading what it asks apart from its story
    (`asking`, a sentence asking by its mark or by how it opens), or None when the message is read
    whole: it opens with a quote (`quoting`), or its sentences that ask only check a claim made
    before them ("someone told me the sets were all rewritten last year. is that true?",
    "... before you can apply. true??"). Then the claim is what is asked, and the check alone ("is
    that true?") is close to no entry: a did-you-mean held to it offered nothing."""
    if quoting(text):
        return None
    split = asking(text, opening=True)
    return None if split is None or only_checks(split[0]) else split


def only_checks(asked: str) -> bool:
    """Whether `asked` is only a check of a claim made before it ("is that true?", "right??", "is it?")."""
    found = _CHECK.search(asked)
    return found is not None and not asked[:found.start()].strip()


def questions(text: str) -> str | None:
    """The sentences of `text` that ask, by their question mark or by how they open ("also do I
    have to be an ALA member"), when there are two or more and sentences that do not ask besides;
    else None.

    People put the story first and the questions last, and type the last question without its
    question mark ("... I looked at the site and got lost. Which sets are the required ones? Also
    do I have to be an ALA member"): `asking` keeps only the sentences that end in "?", which
    leaves that last question out, and the whole message glues the story to the first. A remark
    without its mark is not a question ("am I allowed to enroll? everything I read says public
    and academic"), and one question left is not read so: a statement before it may say what it
    asks about ("applied as a nonmember and didn't meet the experience req. do i get anything back").
    """
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    kept = [s for s in sentences if _ASKS.search(s) or _OPENS_QUESTION.match(s)]
    if len(kept) < 2 or len(kept) == len(sentences):
        return None
    return " ".join(kept)


def question_first(text: str) -> tuple[str, str] | None:
    """(the sentences of `text` that ask, the remarks after them) when the message asks first and
    then remarks ("can I do the classes online? nearest college is an hour away"), else None.

    A remark after a question is an aside (why the asker asks, how they feel about it), while a
    story before one sets it up ("our wifi keeps dropping. who do I call?" asks about the wifi), so
    only this order is read as a question and a remark.
    """
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    asks = [bool(_ASKS.search(s)) for s in sentences]
    if not asks or not asks[0] or all(asks) or True in asks[asks.index(False):]:
        return None
    first = asks.index(False)
    return " ".join(sentences[:first]), " ".join(sentences[first:])


def asked_part(text: str, subject: str) -> str | None:
    """The sentences of `text` that ask, with "this cert" / "this thing" read as `subject`; None
    unless they or the story around them name `subject` so read, and they leave some of the message out.

    A story that names the program says what its question is about, though the question does not name
    it again ("So my old boss did her LSSC back around 2014 ... can i just do the portfolio thing like she
    did?", "... two of us are going through LSSC now. ... how much was the original IMLS grant?"): its
    other words, which the FAQ does not know, sank the question (chatty-tune-13, three did-you-means).
    A story that does not name it keeps its whole message ("our wifi keeps dropping. who do I call?"), and
    an answer found through the asked part is never the lexical matcher's alone (`gate.lexically_sure`).

    "It" is read as `subject` only in a question that says nothing else, after a story that names
    `subject` ("my director keeps bringing up lssc and i just nod along. what even is it?"): there is
    nothing else for it to be. With a word of its own the question may be about something the story
    named beside the program ("took a cataloging course before I knew about lssc. can I still get
    credit for it?" is the course). A question may come without its mark ("... walked off like that
    explained anything. what even is it lol"). A question that only checks a claim made before it ("my director
    says LSSC is going away. is it?") asks about the claim: read as the program ("is LSSC?") it was what LSSC is."""
    split = asking(text, opening=True)
    if split is None or only_checks(split[0]):
        return None
    names = re.compile(rf"\b{re.escape(subject)}\b", re.IGNORECASE)
    asked = _DEMONSTRATIVE.sub(subject, split[0])
    if not names.search(asked) and names.search(split[1]) and all(w in STOPWORDS for w in words(asked)):
        asked = _IT.sub(subject, asked, count=1)
    return asked if names.search(asked) or names.search(split[1]) else None


#: a request that the bot write something ("can you draft an email to HR ...", "could u write me a cover letter",
#: "help me write ..."), not "write out" or "write down" what the FAQ says
_WRITE_FOR_ME = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya|someone|somebody|anyone|anybody|the bot)\s+"
    r"(?:(?:please|pls|plz|just|quickly|maybe|help\s+me)\s+)*(?:write|draft|compose|type\s+up|proofread|rewrite|reword)\b"
    r"|^\W*(?:(?:pls|please|plz)\s+)?(?:write|draft|compose)\s+(?:me|us|a|an|my)\b|\bhelp\s+me\s+(?:write|draft|compose)\b",
    re.IGNORECASE)


def asks_to_write(text: str) -> bool:
    """Whether `text` asks the bot to write something for the asker: a cover letter, an email to HR, a post. The FAQ
    answers questions and writes nothing; its words ("a raise", "a library assistant job") matched the entry on
    raises, or who the program is for, as if asked about them ("lol can you draft an email to HR asking for a 20%
    raise" was answered with the raises entry)."""
    found = _WRITE_FOR_ME.search(text)
    return found is not None and not re.match(r"\s+(?:out|down)\b", text[found.end():], re.IGNORECASE)

