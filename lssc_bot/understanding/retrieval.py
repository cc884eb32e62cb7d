"""FAQ retrieval: each candidate entry's lexical and semantic score, side by side.

The lexical score (`match.rank`: term weights and rapidfuzz) catches spelling and exact names;
the semantic score (`semantic`: cosine of MiniLM sentence vectors) catches the same question
in other words. The gate (`gate.decide`) weighs the two; this module only gathers them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .encoder import Vectors
from .index import Index
from .normalise import INTERJECTIONS
from .match import EntryScore, rank
from .semantic import SemanticIndex

#: entries kept per signal; the union of both lists is what the gate sees
DEPTH = 8

#: Discord's Markdown around words: bold, italics, underline, strike-through, spoilers, code, and a
#: heading's or a list's mark at a line's start (not a quote's ">", which says what is quoted: `asked.quoted`)
_MARKDOWN = re.compile(r"\*\*|__|~~|\|\||`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^[ \t]*(?:#{1,6}|[-*+])[ \t]+", re.MULTILINE)
#: pictographs and what joins or tints them (emoji, dingbats, arrows, regional flags)
_EMOJI = re.compile("[ \t]*[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+[ \t]*")


#: a Discord mention: of a user, role or channel as the client sends it ("<@123>", "<@!123>", "<@&123>", "<#123>"),
#: or as typed ("@kim", "@everyone"); not an address ("lssc@ala.org")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|(?<![\w.])@[\w.-]*\w")


#: a thread reply's lead at the message's start: what it answers or agrees with, not what it asks ("^ this, but ...",
#: "+1 also ...", "replying to Sam - ...", "^^ same", "ditto:"); with a name after "replying to" (one word, capitalised
#: or not, and not "the bot's answer" or "my own msg", which say what the reply is about), and the "but", "and" or
#: "also" that joins the reply to what it adds
_REPLY_LEAD = re.compile(r"^\s*(?:(?:\^+|\+1)(?:\s*(?:this|that|same(?: here)?(?!\s+as\b)|ditto))?|ditto"
                         r"|(?:replying|responding|in reply) to (?!(?:the|a|an|my|your|his|her|their|our|its|this|that|what)\b)@?[\w.'’-]+)(?=[\s,.:;!\u2014\u2013-]|$)"
                         r"[\s,.:;!\u2014\u2013-]*(?:(?:but|and|also)\b[\s,]*)?", re.IGNORECASE)


#: A letter's salutation at the message's start: "Dear mods,", "Dear LSSC team:", "Hello Ms. Redd,", "Good morning
#: all," (up to its comma or colon, three words at most after "dear": "dear lord I have 3 sets left, ..." is a sentence);
#: after a greeting other than "dear", only a name (capitalised) or whom a channel is greeted as, so "hey so I'm
#: confused, ..." keeps its words
_SALUTATION = re.compile(
    r"^\s*(?:(?i:dear)(?:\s+[\w.'&-]+){1,3}?"
    r"|(?i:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:(?:[A-Z][\w'-]*\.?\s*){1,2}|(?i:mods|moderators|admins|all|everyone|team|folks|friends)))?)\s*[,:!]\s*")
#: A letter's sign-off with the signature after it, at the message's end: "Best, Henrik", "Many thanks, Dolores",
#: "Warm regards, Priya", "Sincerely, Marguerite", "Thank you, Noor" (one or two capitalised words, after a
#: sentence's end). Filler (`normalise.strip_filler`) dropped the sign-off's words but not the name, a word no entry
#: uses that weighed as the FAQ's rarest, as the salutation's "mods" did.
_SIGN_OFF = re.compile(
    r"(?<=[.!?\n])\s*(?i:(?:(?:many|with|warm|warmest|kind|kindest|best|all\s+the\s+best)\s+)?"
    r"(?:thanks|thank\s+you|regards|wishes)|best|cheers|sincerely|yours\s+(?:truly|sincerely|faithfully)|warmly"
    r"|respectfully|take\s+care)\s*[,.!-]*\s+(?:[A-Z][\w'-]*\.?)(?:\s+[A-Z][\w'-]*\.?)?\s*[.!]?\s*$")


def unsigned(text: str) -> str:
    """`text` without a letter's salutation and sign-off with its signature (`_SALUTATION`, `_SIGN_OFF`)."""
    return _SIGN_OFF.sub("", _SALUTATION.sub("", text, count=1), count=1).strip() or text


#: chat's interjections, with the spaces and commas around them (`normalise.INTERJECTIONS`)
_INTERJECTION = re.compile(r"[ \t]*,?[ \t]*\b(?:" + "|".join(INTERJECTIONS) + r")\b,?", re.IGNORECASE)


def plain(text: str) -> str:
    """`text` as both signals read it: without Discord's Markdown marks and emoji.

    "📚 **which sets are mandatory??** 📚 trying to plan out my year lol" hid the end of its question
    behind "**" and an emoji, so the question and the remark after it were one sentence, and the
    remark's words sank it (`asked.question_first` splits only where a sentence ends). An emoji is
    a gap between words, not a word: the sentence model cuts it into pieces that mean nothing. Nor is a
    mention ("@kim omg yes same. wait is there a grace period ..."): it says whom a reply in a conversation
    answers, and a name weighed as the FAQ's rarest word; nor a thread reply's lead (`_REPLY_LEAD`: "+1 also
    wondering ...", "replying to Sam - ...") or chat's interjections ("ngl", "fr fr"), which say how, not what; nor a
    letter's salutation and signature (`unsigned`: "Dear mods, ... Best, Henrik"), which say to and from whom."""
    unmarked = unsigned(_EMOJI.sub(" ", _MARKDOWN.sub("", _MENTION.sub(" ", text))).strip())
    unmarked = _INTERJECTION.sub(" ", unmarked).strip() or unmarked
    return _REPLY_LEAD.sub("", unmarked, count=1) or unmarked


@dataclass(frozen=True)
class Candidate:
    entry: str
    lexical: float
    semantic: float
    #: the cosine of the entry's answer with the question (`SemanticIndex.answer_scores`)
    answer: float = 0.0


@dataclass(frozen=True)
class Retrieval:
    #: every entry either signal ranks in its first `DEPTH`, with both scores (0 lexical when
    #: the term pass did not find it)
    candidates: tuple[Candidate, ...]
    #: each signal's best entry, or None when it found nothing
    lexical_top: str | None
    semantic_top: str | None
    #: the lexical best was scored on the message's asked part (`match.EntryScore.asked`)
    lexical_asked: bool = False
    #: the text the lexical best was scored on names another credential (`match.other_credential`)
    other_credential: bool = False
    #: the message asks about another body's business the FAQ does not answer (`match.others_business`)
    others_business: bool = False


def lexical(index: Index, question: str) -> list[EntryScore]:
    """The lexical signal's best `DEPTH` entries, best first."""
    return rank(index, question, limit=DEPTH)


def retrieve(ranked: list[EntryScore], semantic: SemanticIndex, vector: Vectors) -> Retrieval:
    """Both signals' candidates: the lexical ranking (`lexical`) and the semantic one for the
    question's sentence vectors."""
    lexical = {s.entry: s.score for s in ranked}
    cosines, answers = semantic.scores(vector), semantic.answer_scores(vector)
    order = np.argsort(-cosines)[:DEPTH]
    ids = semantic.entry_ids
    position = {entry: i for i, entry in enumerate(ids)}
    entries = dict.fromkeys([*lexical, *(ids[i] for i in order)])
    candidates = tuple(Candidate(e, lexical.get(e, 0.0), float(cosines[position[e]]), float(answers[position[e]]))
                       for e in entries)
    return Retrieval(candidates, next(iter(lexical), None), ids[int(order[0])] if len(order) else None,
                     bool(ranked) and ranked[0].asked, bool(ranked) and ranked[0].other_credential,
                     bool(ranked) and ranked[0].others_business)
