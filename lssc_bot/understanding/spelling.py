"""Misspelt words of the cues the Reading looks for, put right before it reads them.

A calculation starts from its cues ("member", "eligible", "renewal", "deadline"); one slip of a key
("membershp", "renewl", "deadlne") and the message reads as about nothing. The words corrected to
are those the cue lexicon itself is written in (`lexicon.CUE_WORDS`), so a word added to a cue is
corrected to as well. As for set names (`sets._misspells`), only a slip inside a long word is put
right: it keeps its first letter and differs by one letter dropped or added, and is not another form of the
word ("coworkers"), nor a word the model's tokenizer knows whole ("talking" is English, not a slip of "taking"),
so ordinary words near a cue word stay themselves. A long cue word that speech-to-text
cut in two ("dead line", "certify cation") is put back together, one letter off at most.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

from .index import english_words
from .lexicon import CUE_WORDS
from .normalise import STOPWORDS

#: Words shorter than this are too often other words one letter away
_MIN_LETTERS = 6
_WORD = re.compile(r"\b[a-z]{%d,}\b" % _MIN_LETTERS)


#: Two words that speech-to-text may have made of one long cue word ("dead line", "certify cation", "require mint")
#: are joined only into a word this long, which one letter may then tell apart from the cue word
_JOINED_MIN_LETTERS = 8
#: Words that are no piece of a word cut in two
_WHOLE_WORDS = CUE_WORDS | STOPWORDS


#: Words speech-to-text or autocorrect writes for a cue word that sounds the same, where the words around it say which
#: was meant ("20 hours a weak", "35 ours a week", "i in rolled in may", "am i illegible")
_SOUNDALIKES = ((re.compile(r"\b(a|per|each|every|\d+(?:\.\d+)?) weak(s?)\b"), r"\1 week\2"),
                (re.compile(r"\b(\d+(?:\.\d+)?) ours\b"), r"\1 hours"),
                (re.compile(r"\b(?:in rolled|unrolled)\b"), "enrolled"),
                (re.compile(r"\b(?:illegible|eligable)\b"), "eligible"))


def respelled(text: str) -> str:
    """Cleaned `text` with each misspelt cue word put right, one cut in two put back together, and one misheard."""
    for soundalike, meant in _SOUNDALIKES:
        text = soundalike.sub(meant, text)
    return _WORD.sub(lambda found: _right(found[0]), _rejoined(text))


def _rejoined(text: str) -> str:
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        joined = _joined(tokens[i], tokens[i + 1]) if i + 1 < len(tokens) else None
        out.append(joined or tokens[i])
        i += 2 if joined else 1
    return " ".join(out)


@lru_cache(maxsize=4096)
def _joined(first: str, second: str) -> str | None:
    word = first + second
    if len(word) < _JOINED_MIN_LETTERS or not word.isalpha() or len(second) < 3 \
            or first in _WHOLE_WORDS or second in _WHOLE_WORDS:  # not "every one of the sets"
        return None
    if word in CUE_WORDS:
        return word
    hit = process.extractOne(word, CUE_WORDS, scorer=fuzz.ratio, score_cutoff=85)
    return hit[0] if hit and hit[0][0] == word[0] and Levenshtein.distance(word, hit[0]) <= 1 else None


@lru_cache(maxsize=4096)
def _right(word: str) -> str:
    if word in CUE_WORDS or word in STOPWORDS or word in english_words():  # "talking" is no slip of "taking"
        return word
    hit = process.extractOne(word, CUE_WORDS, scorer=fuzz.ratio, score_cutoff=80)
    if hit is None:
        return word
    target = hit[0]
    if word[0] != target[0] or Indel.distance(word, target) > 1 or _one_another(word, target):
        return word
    return target


def _one_another(word: str, target: str) -> bool:
    """Two words, or two forms of one, not a slip: "coworkers" and "coworker", "minutes" and "minute", "diplomat" and
    "diploma" (a letter more at the end makes another word more often than a slip does)."""
    return (word.rstrip("s") == target.rstrip("s") or word.removesuffix("ed") == target.removesuffix("e")
            or word[:-1] == target)
