"""Text normalisation shared by the FAQ index, the question parser and the calculators.

Two levels:

- `clean(text)`: the text a person typed, made comparable: Unicode NFKC, invisible
  and control characters removed, casefolded, quotes unified, contractions and
  spelling variants expanded, punctuation kept (the calculators read "11/2025",
  "$350", "comm & teamwork").
- `words(text)`: `clean` split into word tokens with punctuation gone and the
  built-in abbreviations expanded. The knowledge file's own `synonyms` are applied
  on top of these by a `PhraseTable`, because they change with each load.

`stem` is a deliberately light suffix stripper: it only has to make "renewal",
"renewing" and "renew" meet, and it is applied the same way to the FAQ and to
questions, so an odd stem costs nothing.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

#: Questions longer than this are cut before any work (a Discord message is at most 4,000).
MAX_QUESTION_CHARS = 1000

#: Zero-width, bidi controls and other format characters (Unicode category Cf) and
#: control characters (Cc) are removed; tabs and newlines become spaces first.
_INVISIBLE = {"Cf", "Cc", "Co", "Cs", "Cn"}

#: Words that say little about which entry is meant. They still count a little in the
#: FAQ index (`index.STOPWORD_WEIGHT`), so "who runs it" and "what is it" are not the same question.
_STOPWORD_TEXT = """
a an the and or but if of to in on at by for from with about as into than then so too very
i me my mine we us our you your he she it its they them their this that these those there here
is am are was were be been being do does did done doing have has had having can could will would
shall should may might must just really even also any some what which who whom whose when where
why how please hi hey thanks anyway still yet get got ok okay like lol pls right now not no
else between
"""
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-"})

#: Contractions, also as typed without the apostrophe. Ambiguous apostrophe-less
#: forms ("well", "were", "its", "id") are left alone.
_CONTRACTIONS = {
    "won't": "will not", "wont": "will not", "can't": "can not", "cant": "can not", "cannot": "can not",
    "n't": " not", "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'd": "i would",
    "i'll": "i will", "you're": "you are", "youre": "you are", "they're": "they are", "we're": "we are",
    "it's": "it is", "that's": "that is", "thats": "that is", "what's": "what is", "whats": "what is",
    "where's": "where is", "wheres": "where is", "when's": "when is", "whens": "when is",
    "who's": "who is", "whos": "who is", "how's": "how is", "hows": "how is", "there's": "there is",
    "theres": "there is", "let's": "let us", "y'all": "you all", "ya'll": "you all", "wat": "what",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "havent": "have not", "hasnt": "has not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not", "couldnt": "could not",
    "shouldnt": "should not", "wouldnt": "would not", "aint": "is not",
}

#: British/Canadian spellings and common variants -> one spelling.
_SPELLINGS = {
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "enrolments": "enrollments",
    "enroled": "enrolled", "enroling": "enrolling",
    "cataloguing": "cataloging", "catalogue": "catalog", "catalogued": "cataloged", "catalogues": "catalogs",
    "licence": "license", "programme": "program", "programmes": "programs", "organisation": "organization",
    "recognise": "recognize", "recognised": "recognized", "recognises": "recognizes", "centre": "center",
    "practise": "practice", "colour": "color", "favourite": "favorite", "travelling": "traveling",
    "counselling": "counseling", "labelling": "labeling", "cheque": "check", "judgement": "judgment",
    "specialised": "specialized", "organised": "organized", "authorised": "authorized",
    "e-mail": "email", "on-line": "online", "full-time": "full time", "part-time": "part time",
    "fulltime": "full time", "parttime": "part time",
}

#: Abbreviations expanded to the words the FAQ is written in. Multi-word keys are
#: matched on the token sequence.
_ABBREVIATIONS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("lsc",): ("lssc",), ("mlis",): ("mls",), ("ra",): ("readers", "advisory"),
    ("ala", "apa"): ("alaapa",), ("alaapa",): ("alaapa",), ("cert",): ("certification",),
    ("certs",): ("certification",), ("certificate",): ("certification",), ("certified",): ("certification",),
    ("hrs",): ("hours",), ("hr",): ("hour",), ("yrs",): ("years",), ("yr",): ("year",),
    ("mo",): ("month",), ("mos",): ("months",), ("info",): ("information",),
    ("pls",): ("please",), ("plz",): ("please",), ("thx",): ("thanks",), ("ty",): ("thanks",),
    ("u",): ("you",), ("ur",): ("your",), ("thru",): ("through",), ("w",): ("with",),
    ("req",): ("requirements",), ("reqs",): ("requirements",), ("reqd",): ("required",),
    ("uni",): ("university",), ("lta",): ("lta",), ("clss",): ("clss",),
}

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\$")
_WORDISH = re.compile(r"[\w']+|[^\w\s]")
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def clean(text: str) -> str:
    """NFKC, casefold, no invisible characters, unified quotes, expanded contractions and spellings."""
    return " ".join(" ".join(map(_expand, _WORDISH.findall(_prepare(text)))).split())


def _prepare(text: str) -> str:
    """The character-level part of `clean`: cut, NFKC, invisibles out, quotes unified, casefolded."""
    text = text[:MAX_QUESTION_CHARS]
    if not (text.isascii() and text.isprintable()):  # the common case needs no per-character pass
        text = "".join(" " if ch in "\t\n\r\v\f" else ch for ch in unicodedata.normalize("NFKC", text)
                       if ch in "\t\n\r\v\f" or unicodedata.category(ch) not in _INVISIBLE)
    return _NUMBER_COMMA.sub("", text.translate(_QUOTES).casefold())


@lru_cache(maxsize=1 << 16)
def _expand(piece: str) -> str:
    if piece in _CONTRACTIONS:
        return _CONTRACTIONS[piece]
    if piece.endswith("n't") and len(piece) > 3:
        stem = piece[:-3]
        return {"ca": "can", "wo": "will", "sha": "shall"}.get(stem, stem) + " not"
    if piece.endswith("'s"):
        piece = piece[:-2]
    elif piece.endswith("'"):
        piece = piece[:-1]
    return _SPELLINGS.get(piece, piece)


def words(text: str) -> list[str]:
    """The word tokens of `text`: cleaned, punctuation dropped ("$" kept), abbreviations expanded."""
    # The same as tokenising `clean(text)`: no token spans a space, so each piece can be
    # expanded and tokenised once and remembered (the FAQ's phrasings share most words).
    tokens = [t for piece in _WORDISH.findall(_prepare(text)) for t in _piece_tokens(piece)]
    return ABBREVIATIONS.apply(tokens)


def words_many(texts: Sequence[str]) -> list[list[str]]:
    """`[words(t) for t in texts]`, faster for many texts (a whole FAQ's phrasings).

    Short printable ASCII texts (nearly all of them) are casefolded and cleaned of
    thousands commas in one pass over them joined by newlines, which none of them
    contains and across which neither step reaches; the rest go one by one.
    """
    simple = [i for i, t in enumerate(texts) if len(t) <= MAX_QUESTION_CHARS and t.isascii() and t.isprintable()]
    prepared = [""] * len(texts)
    joined = _NUMBER_COMMA.sub("", "\n".join(texts[i] for i in simple).translate(_QUOTES).casefold())
    for i, text in zip(simple, joined.split("\n")):
        prepared[i] = text
    done = set(simple)
    for i, text in enumerate(texts):
        if i not in done:
            prepared[i] = _prepare(text)
    findall, apply = _WORDISH.findall, ABBREVIATIONS.apply
    return [apply([t for piece in findall(text) for t in _piece_tokens(piece)]) for text in prepared]


@lru_cache(maxsize=1 << 16)
def _piece_tokens(piece: str) -> tuple[str, ...]:
    return tuple(t.replace("'", "") for t in _TOKEN.findall(_expand(piece)))


@dataclass(frozen=True)
class PhraseTable:
    """Token sequences read as other token sequences, longest match first, left to right."""

    table: Mapping[tuple[str, ...], tuple[str, ...]]
    longest: int
    #: first tokens of the keys: most tokens start nothing and are passed through at once
    starts: frozenset[str]
    #: the longest key starting with each first token (most start only one-word keys)
    reach: Mapping[str, int] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, table: Mapping[tuple[str, ...], tuple[str, ...]]) -> PhraseTable:
        reach: dict[str, int] = {}
        for key in table:
            if key:
                reach[key[0]] = max(reach.get(key[0], 0), len(key))
        return cls(table, max((len(k) for k in table), default=0), frozenset(reach), reach)

    @classmethod
    def synonyms(cls, groups: Iterable[Sequence[str]]) -> PhraseTable:
        """The knowledge file's synonym groups: every member is read as the group's first item."""
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for group in groups:
            canonical = tuple(words(group[0]))
            for member in group:
                key = tuple(words(member))
                if key and key != canonical:
                    table.setdefault(key, canonical)
        return cls.of(table)

    def apply(self, tokens: Sequence[str]) -> list[str]:
        starts = self.starts
        if starts.isdisjoint(tokens):  # the common case, at C speed
            return list(tokens)
        table, reach = self.table, self.reach
        out: list[str] = []
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            if token in starts:
                for size in range(min(reach[token], n - i), 0, -1):
                    replacement = table.get(tuple(tokens[i:i + size]))
                    if replacement is not None:
                        out += replacement
                        i += size
                        break
                else:
                    out.append(token)
                    i += 1
            else:
                out.append(token)
                i += 1
        return out


ABBREVIATIONS = PhraseTable.of(_ABBREVIATIONS)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light, consistent suffix stripper (see the module docstring)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for _ in range(2):  # "renewals" -> "renewal" -> "renew"
        word = _strip_suffix(word)
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _strip_suffix(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "x", "z", "ch", "sh")):
        return word[:-2]
    for suffix in ("ing", "ed", "al", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)]
    return word


#: The stopwords, and their stems (the index compares stems).
STOPWORDS = frozenset(w for word in _STOPWORD_TEXT.split() for w in (word, stem(word)))
