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
import string
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice, pairwise

from .number_words import as_digits

#: Questions longer than this are cut before any work (a Discord message is at most 4,000).
MAX_QUESTION_CHARS = 1000

#: Zero-width, bidi controls and other format characters (Unicode category Cf) and
#: control characters (Cc) are removed; tabs and newlines become spaces first.
_INVISIBLE = {"Cf", "Cc", "Co", "Cs", "Cn"}

#: Words that say little about which entry is meant. They still count a little in the
#: FAQ index (`index.STOPWORD_WEIGHT`), so "who runs it" and "what is it" are not the same question.
#: A function word missing here is an unknown word to a question that uses it, and sinks it
#: ("does it often take long", "is there a certain number of hours"). "already" and "each" are
#: not here: the FAQ tells entries apart by them ("i already have my masters"), and as stopwords
#: they cost right answers and added wrong ones (dev, drop-one, chatter). Chat's newer interjections
#: (`INTERJECTIONS`) are here too.
_STOPWORD_TEXT = """
a an the and or but if of to in on at by for from with about as into than then so too very
i me my mine we us our you your he she it its they them their this that these those there here
is am are was were be been being do does did done doing have has had having can could will would
shall should may might must just really even also any some what which who whom whose when where
why how please hi hey thanks anyway still yet get got ok okay like lol pls right now not no
else between ever never often always sometimes though although certain anymore actually maybe perhaps
something anything everything nothing someone anyone everyone somebody anybody everybody nobody whatever
since while because whether unless until again every either neither such rather almost anyways least
gonna wanna gotta kinda sorta tbh idk imo lmao haha omg btw tho bc cuz ya yall
true honestly seriously literally totally definitely probably apparently pretty sure guess supposed legit possible roughly ugh yeah yep nope hmm
"""
#: Chat's interjections: they say how a thing is said ("ngl", "lowkey", "fr fr", "istg"), never what is asked. As
#: words no entry uses they weighed as the FAQ's rarest and sank a slangy question; the sentence model, which does
#: not know them, read "ngl is volunteering enough for lssc fr" as close to nothing (`retrieval.plain` drops them).
INTERJECTIONS = ("ngl", "lowkey", "highkey", "fr", "smh", "bruh", "istg", "fwiw", "imho", "tbf", "iirc", "afaik",
                 "deadass", "fyi")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-"})

#: Contractions, also as typed without the apostrophe. Ambiguous apostrophe-less
#: forms ("well", "were", "its", "id") are left alone.
_CONTRACTIONS = {
    "won't": "will not", "wont": "will not", "can't": "can not", "cant": "can not", "cannot": "can not",
    "n't": " not", "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'd": "i would",
    "i'll": "i will", "she'll": "she will", "he'll": "he will", "they'll": "they will", "we'll": "we will",
    "you'll": "you will", "you're": "you are", "youre": "you are", "they're": "they are", "we're": "we are",
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
    "fulltime": "full time", "parttime": "part time", "ppl": "people", "qtr": "quarter", "qtrs": "quarters",
    # shortenings typed in a hurry: "ALA mbr", "enrl'd 4/2025", "req'd sets", "1 elec", "1 sem cr", "$249 ea"
    # a holiday dates a month: "two christmases ago", "the week before thanksgiving 2023"
    "christmas": "december", "christmases": "decembers", "xmas": "december", "thanksgiving": "november",
    "halloween": "october",
    "mbr": "member", "mbrs": "members", "mbrship": "membership", "mbrshp": "membership", "edu": "education", "enrl'd": "enrolled", "enrld": "enrolled", "req'd": "required", "reqd": "required",
    "elec": "elective", "elecs": "electives", "sem": "semester", "cr": "credit", "crs": "courses", "ea": "each",
    "rn": "right now",  # chat: "youth rn" is youth under way
    "enr": "enrolled", "dl": "deadline",  # "enr 2024-02 ; dl ?"
}

#: Abbreviations expanded to the words the FAQ is written in. Multi-word keys are
#: matched on the token sequence.
#: Words the knowledge file's `synonyms` already read as one ("lsc", "mlis", "cert", "hrs") are left
#: to them; "ala apa" stays, as one token it weighs as one word in the index.
_ABBREVIATIONS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("ra",): ("readers", "advisory"), ("ala", "apa"): ("alaapa",), ("alaapa",): ("alaapa",),
    ("certs",): ("certification",), ("certificate",): ("certification",), ("certified",): ("certification",),
    ("yrs",): ("years",), ("yr",): ("year",),
    ("mo",): ("month",), ("mos",): ("months",), ("info",): ("information",),
    ("pls",): ("please",), ("plz",): ("please",), ("thx",): ("thanks",), ("ty",): ("thanks",),
    ("u",): ("you",), ("ur",): ("your",), ("thru",): ("through",), ("w",): ("with",),
    ("svcs",): ("services",), ("svc",): ("services",), ("mgmt",): ("management",), ("coll",): ("collection",),
    ("acc",): ("access",),
    ("req",): ("requirements",), ("reqs",): ("requirements",), ("reqd",): ("required",),
    ("uni",): ("university",), ("lta",): ("lta",), ("clss",): ("clss",), ("app",): ("application",),
    ("apps",): ("applications",), ("q",): ("question",), ("qs",): ("questions",),
    # chat's shortenings of the FAQ's own nouns ("hrs of exp needed", "# of CLSS grads? + active cands?")
    ("exp",): ("experience",), ("grads",): ("graduates",), ("cands",): ("candidates",), ("prov",): ("provisional",),
}

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\$")
#: A piece of text: a decimal number whole ("1.5 hours"), a word, or one other character
_WORDISH = re.compile(r"\d+\.\d+|[\w']+|[^\w\s]")
#: A thousands comma ("1,820"). The lookbehind comes after the comma so that the regex engine
#: can jump from comma to comma instead of trying the lookbehind at every character.
_NUMBER_COMMA = re.compile(r",(?<=\d,)(?=\d{3}\b)")
#: "HR" in capitals with no amount before it is the office, not hours: "our HR person said", "HR question:" (but "8 HR
#: shifts", "2 HR/wk")
_HUMAN_RESOURCES = re.compile(r"(?<!\d)(?<!\d )\bHR\b(?!\s*/)")
#: "w/o" and "w/" shortened: "w/o a GED" is without one (read apart, "w / o" would be "with o")
_WITHOUT = re.compile(r"(?<![/\w])w/o\b")
_WITH = re.compile(r"(?<![/\w])w/(?=[a-z ])(?!\w/)")  # not a day in "m/w/f"
#: A plus after an amount, which says "at least" it: "2,000+ hours" is read as 2,000 hours
_AT_LEAST = re.compile(r"(?<=\d)\+(?= ?[a-z])")
#: A hyphen inside a compound ("part-time", "co-worker", "a 1-semester-credit class") or an underscore in a form's
#: field name ("hrs_per_week") joins words, so it is read as the space between them; one between digits ("2023-05-01", "10-15"), one after a year ("2024-present",
#: "jun 2024-jun 2025") and one with spaces around it (a list's "foundations - done") stay.
_COMPOUND_HYPHEN = re.compile(r"(?<=[^\W_])(?<!19\d\d)(?<!20\d\d)[-_](?=[^\W\d_])")
#: Hours and minutes said together ("1h15", "2 hrs 30 min", "1 hr 45 mins"): one length, in hours
_HOURS_MINUTES = re.compile(r"\b(\d{1,2}) ?(?:h|hrs?|hours?) ?(?:and )?(\d{1,2})(?: ?(?:m|mins?|minutes?)\b|(?=\s|$|[,.;]))"
                            r"(?<=[a-z])|\b(\d{1,2})h(\d{2})\b")
#: A span of clock times, one of them marked as a time (a colon, am/pm, noon) or followed by what it times: "10:00-11:30", "1pm to 4pm",
#: "9am-noon", "8:30am - 12:30pm": read as its length ("1.5 hours"), which is what a log of activities means by it
_CLOCK = r"(\d{1,2})(?::([0-5]\d))?(?:\s*(a\.?m\b\.?|p\.?m\b\.?))?"
_CLOCK_SPAN = re.compile(rf"(?<![\d:/.-])(?:{_CLOCK}|(noon))\s*(?:(?:-\s*)?(?:to|until|till|thru)(?:\s*-)?|-|\u2013|\u2014)\s*"  # "a 9-to-5 workshop"
                         rf"(?:{_CLOCK}|(noon))(?![\d:/]|\.\d)")
#: ...or unmarked, when what it times follows it: "a 9 to 4 training day", "a 9-5 workshop"
_TIMED_AFTER = re.compile(r"\s*(?:(?:training|work|staff|in service|full|conference|workshop|class) )?"
                          r"(?:days?|shifts?|workshops?|sessions?|class(?:es)?|trainings?|seminars?|conferences?|in ?services?)\b")
#: ...or just after it: "supervision workshop 9-5", "training from 9 to 4"
_TIMED_BEFORE = re.compile(r"\b(?:workshops?|trainings?|sessions?|class(?:es)?|seminars?|conferences?|in ?services?|shifts?)"
                           r"\s*(?:(?:was|ran|from|:|-)\s*)?$")
#: Hours in thousands: "1.2k hours" (dollars in thousands, "$2k", are the Reading's money)
_THOUSANDS = re.compile(r"(?<![\w.$])(\d{1,3}(?:\.\d{1,2})?) ?k(?= ?(?:hours?|hrs?)\b)")
#: A unit written onto its number ("40h/wk", "20hrs", "90min", "3yrs") is read apart from it
_GLUED_UNIT = re.compile(r"(?<=\d)(?=(?:h|hrs?|hours?|mins?|minutes?|wks?|weeks?|yrs?|years?|mos?|months?|days?)\b|m\s*[;,)])")
#: A whole number and a fraction: "2 1/2 years", "1-1/2 hours" (not a date: "1/2/2024")
_MIXED_FRACTION = re.compile(r"\b(\d{1,3})[ -](1/2|1/4|3/4)(?![\d/])")
_FRACTION_VALUES = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}


def _in_decimals(found: re.Match[str]) -> str:
    return f"{int(found[1]) + _FRACTION_VALUES[found[2]]:g}"


#: People counted after what they are, the count glued to its "x": "non-mbr x3" is "3 non-mbr" (what a renewal log
#: counts so, "conference day x3", its own reading takes)
_COUNT_AFTER = re.compile(r"\b((?:non )?(?:mbrs?|members?|ppl|people|staff|persons?|employees?)) x(\d{1,2})\b")
#: Shorthand units after a number: "2y" years, "28 ch" contact hours (the label "ch :" alone is left to the FAQ's words)
_SHORT_UNIT = re.compile(r"\b(\d+(?:\.\d+)?) ?(y|ch)\b(?! ?/)")
_SHORT_UNITS = {"y": "years", "ch": "contact hours"}
#: A count and what it counts written as one ("2x45min", "3x2h"): read apart, "2 x 45 min"
_TIMES_GLUED = re.compile(r"(?<=\d)x(?=\d)")
#: ASCII punctuation as a space: each such character is a piece of its own (`_WORDISH`) that
#: gives no token, so this changes no tokens ("'" is part of a word piece, "$" is a token)
_BLANK_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation if c not in "'$_"})


#: "4" typed for "for" between words: "hrs 4 renewal?", "cost 4 non mbr", "cert good 4 how long"
#: ...and "for" dictated for "four" before hours said as a rate, which no other reading fits: "i volunteer for hours a
#: week", "for hours every saturday"
_FOR_FOUR = re.compile(r"\bfor(?= (?:hours?|hrs?) (?:a|per|each|every) (?:week|wk|day|monday|tuesday|wednesday|thursday|"
                       r"friday|saturday|sunday|weekend)\b)")
_FOUR_FOR = re.compile(r"(?<=[a-z] )(?<!\bfor )(?<!\bof )(?<!\bto )(?<!\band )(?<!\bor )(?<!\bby )(?<!\ball )(?<!\bthe )(?<!\bmy )(?<!\bour )(?<!\bwith )(?<!\bthan )(?<!\babout )4"
                       r"(?= (?:renewal|renewing|renew|lssc|me|my|how|what|certification|cert|eligibility|that|this|it|him|her)\b)")


def clean(text: str) -> str:
    """NFKC, casefold, no invisible characters, unified quotes, expanded contractions and spellings."""
    return " ".join(" ".join(map(_expand, _WORDISH.findall(_prepare(text)))).split())


def _prepare(text: str) -> str:
    """The character-level part of `clean`: cut, NFKC, invisibles and accents out ("tomás" is "tomas", as names and
    words are matched in plain letters), quotes unified, casefolded."""
    text = text[:MAX_QUESTION_CHARS]
    if not (text.isascii() and text.isprintable()):  # the common case needs no per-character pass
        text = "".join(" " if ch in "\t\n\r\v\f" else ch
                       for ch in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
                       if ch in "\t\n\r\v\f" or unicodedata.category(ch) not in _INVISIBLE | {"Mn"})
    text = _WITH.sub("with ", _WITHOUT.sub("without", _HUMAN_RESOURCES.sub("human resources", text).translate(_QUOTES).casefold()))
    text = as_digits(_COMPOUND_HYPHEN.sub(" ", _NUMBER_COMMA.sub("", _AT_LEAST.sub("", _in_clock_hours(text)))))
    text = _FOR_FOUR.sub("4", _FOUR_FOR.sub("for", text))
    return _GLUED_UNIT.sub(" ", _HOURS_MINUTES.sub(_in_hours, _THOUSANDS.sub(_in_thousands, _TIMES_GLUED.sub(" x ", _COUNT_AFTER.sub(r"\2 \1", _MIXED_FRACTION.sub(_in_decimals, _SHORT_UNIT.sub(
        lambda m: f"{m[1]} {_SHORT_UNITS[m[2]]}", text)))))))


def _in_clock_hours(text: str) -> str:
    return _CLOCK_SPAN.sub(_span_hours, text)


def _span_hours(m: re.Match[str]) -> str:
    """The length of a span of clock times in hours; the span as said when it is not one (no time marked, or over
    12 hours). A half-day without am/pm goes round the clock face: "11:00-1:00" is 2 hours."""
    ends: list[int] = []
    marked = half_day = False
    for hour, minute, meridiem, noon in (m.group(1, 2, 3, 4), m.group(5, 6, 7, 8)):
        if noon:
            ends.append(12 * 60)
            marked = True
            continue
        h = int(hour)
        marked = (marked or bool(minute or meridiem) or bool(_TIMED_AFTER.match(m.string, m.end()))
                  or bool(_TIMED_BEFORE.search(m.string, max(0, m.start() - 30), m.start())))
        if meridiem:
            h = h % 12 + (12 if meridiem.startswith("p") else 0)
        elif h <= 12:
            half_day = True
        ends.append(h * 60 + int(minute or 0))
    length = (ends[1] - ends[0]) % (12 * 60 if half_day else 24 * 60)
    if not marked or not 0 < length <= 12 * 60 or int(m.group(1) or 0) > 23 or int(m.group(5) or 0) > 23:
        return m[0]
    return f"{length / 60:.4g} hours"


def _in_thousands(m: re.Match[str]) -> str:
    return f"{float(m.group(1)) * 1000:.0f}"


def _in_hours(m: re.Match[str]) -> str:
    hours, minutes = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{int(hours) + int(minutes) / 60:.4g} hours"


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
    return ABBREVIATIONS.apply(_tokens(_prepare(text)))


def tokens_of_clean(cleaned: str) -> list[str]:
    """`words` of text that is already `clean`: the same tokens, without cleaning it again."""
    return ABBREVIATIONS.apply(_tokens(cleaned))


def words_many(texts: Sequence[str]) -> list[list[str]]:
    """`[words(t) for t in texts]`, faster for many texts (a whole FAQ's phrasings)."""
    return _lines(_words_text(texts)) if texts else []


def _words_text(texts: Sequence[str]) -> str:
    """The words of each text, space-separated (extra spaces possible), one line per text.

    All texts are tokenised as one stream, with C-level string operations where they give the
    same tokens. Short printable ASCII texts (nearly all of them) are casefolded, cleaned of
    thousands commas and have their punctuation pieces blanked in one pass over them joined by
    newlines, which none of them contains and across which no step reaches (the rest are
    prepared one by one, and never contain a newline either). Each distinct run between spaces
    is tokenised once, with the one-word abbreviations applied to its tokens there; the longer
    ones are then replaced in the text (`_LONG_ABBREVIATION`). That is what applying the table
    to the token stream gives, because none of the longer keys' words is a one-word key or in a
    one-word key's replacement (checked where the regex is built).
    """
    simple = [len(t) <= MAX_QUESTION_CHARS and t.isascii() and t.isprintable() for t in texts]
    joined = "\n".join([t for t, s in zip(texts, simple) if s]).translate(_QUOTES).casefold()
    joined = as_digits(_COMPOUND_HYPHEN.sub(" ", _NUMBER_COMMA.sub("", _in_clock_hours(joined))))  # as `_prepare` does
    joined = _GLUED_UNIT.sub(" ", _HOURS_MINUTES.sub(_in_hours, _THOUSANDS.sub(_in_thousands, joined)))
    joined = joined.translate(_BLANK_PUNCTUATION)
    if not all(simple):
        prepared = iter(joined.split("\n"))
        joined = "\n".join([next(prepared) if s else _prepare(t) for t, s in zip(texts, simple)])
    runs = joined.replace("\n", " \n ").split(" ")
    known = {run: _run_text(run) for run in set(runs)}
    known["\n"] = "\n"
    text = " ".join(filter(None, map(known.__getitem__, runs)))  # one space between words, as filler expects
    if _LONG_ABBREVIATION is not None:
        text = _LONG_ABBREVIATION.sub(_long_abbreviation, text)
    return text.replace(" \n ", "\n")


@lru_cache(maxsize=1 << 16)
def _run_text(run: str) -> str:
    """A run's tokens with the one-word abbreviations applied, space-separated (`_words_text`)."""
    tokens = _run_tokens(run)
    singles = ABBREVIATIONS.singles
    if tokens == (run,) and run not in singles:  # most runs
        return run
    return " ".join([word for token in tokens for word in singles.get(token, (token,))])


def _long_abbreviation(match: re.Match[str]) -> str:
    """The replacement of a longer abbreviation, where it starts a word (the regex only checks its end)."""
    start = match.start()
    if start and match.string[start - 1] not in " \n":
        return match[0]
    return " ".join(ABBREVIATIONS.table[tuple(match[0].split())])


def _is_plain(run: str) -> bool:
    """Whether a run is its own only token: ASCII letters and digits with nothing to expand."""
    return run.isascii() and run.isalnum() and run not in _CONTRACTIONS and run not in _SPELLINGS


def _lines(text: str) -> list[list[str]]:
    return [line.split() for line in text.split("\n")]


def _tokens(prepared: str) -> list[str]:
    """The same as tokenising `clean(text)`: no token spans whitespace, so each whitespace-free run
    of the prepared text is expanded and tokenised once and remembered (the FAQ's phrasings share
    most words, and `str.split` finds the runs much faster than the `_WORDISH` regex finds pieces)."""
    return list(chain.from_iterable(map(_run_tokens, prepared.split())))


@lru_cache(maxsize=1 << 16)
def _run_tokens(run: str) -> tuple[str, ...]:
    if _is_plain(run):  # most runs
        return (run,)
    return tuple(t.replace("'", "") for piece in _WORDISH.findall(run) for t in _TOKEN.findall(_expand(piece)))


@dataclass(frozen=True)
class PhraseTable:
    """Token sequences read as other token sequences, longest match first, left to right."""

    table: Mapping[tuple[str, ...], tuple[str, ...]]
    longest: int
    #: first tokens of the keys: most tokens start nothing and are passed through at once
    starts: frozenset[str]
    #: the longest key starting with each first token (most start only one-word keys)
    reach: Mapping[str, int] = field(default_factory=dict, compare=False)
    #: the second tokens of the longer keys, by first token: a start token followed by anything
    #: else can only begin a one-token key (most of them, in the FAQ: "how", "in", "lssc")
    seconds: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)
    #: the one-token keys' replacements, by their token
    singles: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, table: Mapping[tuple[str, ...], tuple[str, ...]]) -> PhraseTable:
        reach: dict[str, int] = {}
        seconds: dict[str, set[str]] = {}
        for key in table:
            if key:
                reach[key[0]] = max(reach.get(key[0], 0), len(key))
            if len(key) > 1:
                seconds.setdefault(key[0], set()).add(key[1])
        return cls(table, max((len(k) for k in table), default=0), frozenset(reach), reach,
                   {first: frozenset(s) for first, s in seconds.items()},
                   {key[0]: replacement for key, replacement in table.items() if len(key) == 1})

    @classmethod
    def synonyms(cls, groups: Iterable[Sequence[str]]) -> PhraseTable:
        """The knowledge file's synonym groups: every member is read as the group's first item."""
        groups = list(groups)
        keys = map(tuple, words_many([member for group in groups for member in group]))
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for group in groups:
            canonical, *others = islice(keys, len(group))
            for key in others:
                if key and key != canonical:
                    table.setdefault(key, canonical)
        return cls.of(table)

    def apply(self, tokens: Sequence[str]) -> list[str]:
        starts = self.starts
        if starts.isdisjoint(tokens):  # the common case, at C speed
            return list(tokens)
        table, reach, seconds, singles = self.table, self.reach, self.seconds, self.singles
        out: list[str] = []
        done, n = 0, len(tokens)  # out is the result for tokens[:done]; unchanged runs are copied as slices
        for i, token in enumerate(tokens):
            if token not in starts or i < done:
                continue
            if i + 1 < n and tokens[i + 1] in seconds.get(token, ()):
                size = min(reach[token], n - i)
                while size > 1 and tuple(tokens[i:i + size]) not in table:
                    size -= 1
                replacement = table.get(tuple(tokens[i:i + size]))
            else:
                size, replacement = 1, singles.get(token)
            if replacement is not None:
                out += tokens[done:i]
                out += replacement
                done = i + size
        out += tokens[done:]
        return out


ABBREVIATIONS = PhraseTable.of(_ABBREVIATIONS)


def _long_abbreviations(table: PhraseTable) -> re.Pattern[str] | None:
    """The table's keys of several words as one regex over space-separated words, longest first."""
    longer = sorted((key for key in table.table if len(key) > 1), key=len, reverse=True)
    words_of_longer = {word for key in longer for word in key}
    replaced_to = {word for replacement in table.singles.values() for word in replacement}
    if not words_of_longer.isdisjoint(table.singles.keys() | replaced_to):
        raise ValueError("a word of a longer abbreviation is also a one-word key or replacement")
    if not longer:
        return None
    # the words come first, so the regex engine can jump between their first letters; whether a match
    # starts a word is checked by `_long_abbreviation` (a lookbehind would be tried at every character)
    return re.compile("|".join(rf"{' '.join(map(re.escape, key))}(?![^ \n])" for key in longer))


#: `_words_text`'s abbreviations of several words ("ala apa")
_LONG_ABBREVIATION = _long_abbreviations(ABBREVIATIONS)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light, consistent suffix stripper (see the module docstring).

    One suffix, and a second only under a plural or "-ly" ("renewals" -> "renewal" -> "renew",
    "additionally" -> "additional" -> "addition"): a word left by "-ing" or "-ed" keeps its end
    ("choosing" -> "choos", not "choo"; "applied" -> "apply", not "app").
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(_SUFFIXES):  # most words end in none: nothing to strip ("ies" and "es" end in "s")
        stripped = _strip_suffix(word)
        if word.endswith(("s", "ly")) and stripped != word:
            stripped = _strip_suffix(stripped, _SECOND_SUFFIXES)
        word = stripped
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_SUFFIXES = ("ing", "ed", "al", "ly", "s")
_SECOND_SUFFIXES = ("ing", "ed", "al")


def _strip_suffix(word: str, suffixes: tuple[str, ...] = _SUFFIXES) -> str:
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "x", "z", "ch", "sh")):
        return word[:-2]
    for suffix in suffixes:
        # "-ly" needs a longer stem: "apply", "reply" and "early" are not "app", "rep", "ear" + "ly"
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ly" else 3):
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)]
    return word


#: Conversational filler: greetings, preambles and sign-offs that wrap a question in a help
#: channel ("hi all!", "quick question", "sorry if this was asked before", "thanks in advance!!").
#: Generic on purpose (nothing about any one programme), matched on the word tokens of `words`
#: (so "y'all" is "you all", "thx" is "thanks") as whole phrases, and removed before scoring:
#: the FAQ does not use these words, so each would otherwise weigh as much as its rarest word.
_FILLER_PATTERNS = (
    # greetings, with whom they greet
    r"(?:hi|hello|hey|heya|hiya|howdy|greetings|good (?:morning|afternoon|evening)|morning|evening)"
    r"(?: (?:all|everyone|everybody|folks|guys|gang|team|friends|people|there|you all|all of you|again))?",
    # ...in the languages people greet and thank in besides English ("Ciao, ... grazie mille", "Guten Tag")
    r"ciao|buongiorno|buonasera|guten (?:tag|morgen|abend)|hallo|bom dia|boa tarde|boa noite",
    r"grazie(?: mille)?|danke(?: sehr)?|vielen dank|obrigad[oa](?: mesmo)?|muito obrigad[oa]",
    r"hope (?:everyone|everybody|you all|you are all|you all are|all of you)(?: is| are)?"
    r" (?:having a (?:good|great|nice|lovely) (?:day|week|weekend|morning|afternoon)|doing well|well)",
    # preambles
    r"(?:long ?time|longtime) (?:lurker|listener|reader)(?: first time (?:poster|posting|caller))?(?: here)?",
    r"first (?:time )?(?:post|poster|posting)(?: here)?", r"new here",
    r"(?:(?:i have|i had|i got|got|have) (?:a )?)?(?:quick|random|silly|dumb|stupid|simple|basic|general|"
    r"odd|weird|newbie|noob|serious|real|honest|genuine|legit|actual) question(?: here| for you all| for everyone| for (?:the )?group)?"
    r"(?: tho| though)?(?: but| so)?",
    r"(?:i have|i got|got) a question(?: for you all| for everyone| for (?:the )?group)?",
    r"question for (?:you all|everyone|the group)",
    r"sorry if (?:this|it) (?:was|has been|is|has|gets|got) (?:already )?(?:been )?(?:asked|answered|covered|posted)"
    r"(?: (?:before|already|here|a lot|a million times))*",
    r"sorry if this is (?:a )?(?:dumb|silly|stupid|obvious|basic|newbie) question",
    r"(?:sorry|apologies) if this is (?:in )?the wrong (?:channel|place|spot|thread)",
    r"not sure if this is the right (?:channel|place|spot|thread)(?: to ask)?(?: but)?",
    r"apologies if (?:this|it) (?:was|has been|is) (?:already )?(?:asked|answered|covered|posted)(?: before| already)*",
    r"sorry for the (?:dumb|silly|stupid|basic|newbie|long|random) (?:question|post)",
    r"sorry in advance", r"sorry",
    r"(?:i am )?(?:hoping|hope) (?:someone|somebody|anyone|anybody|you all)(?: here)? (?:can|could) help(?: me)?(?: out)?"
    r"(?: with this| here)?",
    r"(?:i am )?(?:just )?curious",
    # a request for a plain answer ("eli5 which sets are required"): how to answer, not what about
    r"eli5|explain (?:it |this )?(?:to me )?like i am (?:five|5)(?: years old)?",
    r"walk me through(?: it| this| the process)?",
    # a hypothetical's lead-in ("hypothetically if I move to Canada ...", "let's say I ..."): the case it
    # sets up is the question's, the word that marks it is not
    r"(?:just )?(?:hypothetically|theoretically)(?: speaking)?", r"(?:let us|lets) say",
    r"(?:(?:i was|i am|was|just|i have been|also|i am also|i was also) )?wondering(?: about| if| whether)?",
    # a letter's opening and its request formula ("Dear Sir or Madam, I am writing to ask ...")
    r"dear (?:sir or madam|sir madam|madam or sir|sirs|sir|madam|all|colleagues|program staff|staff|team|committee)",
    r"to whom it may concern",
    # ...and its formal variants ("I write to ascertain ...", "I should like to know ...", "I wish to determine ...",
    # "I should be most grateful if you would inform me of ..."): the register's verbs of asking are words no entry uses
    r"(?:i am writing|writing|i write) to (?:ask|inquire|enquire|request|find out|ascertain|learn|determine)"
    r"(?: about| whether| if)?",
    r"i (?:should|would) (?:like|wish) to (?:know|ascertain|learn|determine|find out|understand)(?: about| whether| if)?",
    r"i wish to (?:know|ascertain|learn|determine|find out|understand|inquire|enquire)(?: about| whether| if)?",
    r"(?:could|would) you (?:kindly|please) (?:tell me|let me know|advise(?: me)?|inform me(?: of)?)(?: if| whether)?",
    r"i (?:would|should) be (?:most |very |much )?(?:grateful|thankful|obliged)"
    r"(?: if you (?:could|would) (?:kindly )?(?:tell me|let me know|advise(?: me)?(?: of)?|clarify|inform me(?: of)?))?",
    # a check of what the asker believes ("just to confirm", "to make sure I have this right")
    r"just to (?:make sure|be sure|double check|confirm|clarify)", r"to (?:make sure|be sure) i (?:have|got|understand) (?:this|that|it) right",
    r"correct me if i am wrong(?: but)?", r"if i (?:understand|remember|recall) (?:this |it )?(?:correctly|right)",
    r"(?:does|do) (?:anyone|anybody|someone|somebody|you all) (?:here )?know(?: if| whether)?",
    r"(?:can|could) (?:anyone|anybody|someone|somebody|you all) (?:here )?(?:tell me|explain|let me know)(?: if| whether)?",
    # sign-offs
    r"(?:thanks|thank you)(?: (?:so|very) much| a lot| a bunch| a ton| all| you all| everyone| again| in advance"
    r"| for your (?:time|attention|help|assistance|consideration)(?: (?:to|in) this matter)?"
    r"| for (?:any|your|the) (?:help|advice|input|thoughts|insight)| for reading)*",
    r"tia", r"cheers(?: all| everyone| folks| you all)?", r"(?:yours )?(?:sincerely|faithfully|truly|respectfully)", r"(?:best|kind|warm|many) regards",
    r"(?:any )?(?:help|advice|input|thoughts|insight) (?:is |would be |will be )?(?:greatly |much |really )?appreciated",
    r"(?:i )?(?:really |would )?appreciate (?:it|any (?:help|advice|input|thoughts))(?: you all)?",
    # praise for whoever answers ("ur the best", "you guys are awesome"); "your" is "you're" mistyped
    r"(?:(?:you|you all|you guys) (?:are|re)|your) (?:the best|the greatest|awesome|amazing|a lifesaver|lifesavers|legends?)",
    r"much appreciated", r"have a (?:good|great|nice|lovely) (?:day|one|week|weekend)",
    r"any (?:ideas|thoughts|advice)",  # after "any advice (is) appreciated", which it would cut short
    r"lol|lmao|haha+|hehe",
    # a reply's agreement with the message before it ("@kim omg yes same. wait ...", "same q as above, ...");
    # "same" alone stays, it is a word of comparisons ("is it the same as an MLS")
    r"(?:omg|oh|ok|okay|yes|yeah|yep|ya)(?: (?:yes|yeah|yep|ya))? same(?: here)?",
    r"same (?:question|questions)(?: as (?:above|before|them|you|her|him))?(?: here)?", r"me too", r"agreed",
)
#: The filler regex, matching what `(?<![a-z0-9$])(?:patterns)(?![a-z0-9$])` would, with the character
#: before it. The changes only make it faster to scan (a whole FAQ in a third of the time):
#: - that character is matched rather than looked behind at, so the engine can jump from one
#:   possible start (a character outside [a-z0-9$]) to the next instead of trying the
#:   lookbehind at every character; the text gets a leading space and the replacement keeps it;
#: - `(?:x)?` is written `(?:x|)`, and a pattern that begins with a group is written out as one
#:   alternative per branch of that group (`_leading_literal`), so that every alternative begins
#:   with a letter; the alternatives are then grouped by that letter (`_by_first_letter`). The
#:   engine rejects an alternative with a wrong first letter at once, but sets up a group or a
#:   repeat for every other kind, at every word; so each word now costs one test per letter.
def _top_level(pattern: str) -> tuple[list[int], int]:
    """The positions of `pattern`'s top-level `|`, and where its leading group closes (-1 if none)."""
    bars: list[int] = []
    depth, close, i = 0, -1, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = pattern.index("]", i + 2)  # a class: "]" first in it is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and close < 0 and pattern.startswith("("):
                close = i
        elif ch == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, close


def _alternatives(pattern: str) -> list[str]:
    """`pattern`'s top-level alternatives, in order."""
    bars, _ = _top_level(pattern)
    return [pattern[start + 1:end] for start, end in pairwise([-1, *bars, len(pattern)])]


def _leading_literal(pattern: str) -> list[str]:
    """Alternatives, in order, that together match what `pattern` does (one with no top-level `|`),
    none of them beginning with a non-capturing group: `(?:a|b c)d` is `ad`, `b cd`."""
    _, close = _top_level(pattern)
    if not pattern.startswith("(?:") or pattern[close + 1:close + 2] in ("?", "*", "+", "{"):
        return [pattern]
    rest = pattern[close + 1:]
    return [alt for branch in _alternatives(pattern[3:close]) for alt in _leading_literal(branch + rest)]


def _by_first_letter(alternatives: list[str]) -> str:
    """`|`.join(alternatives), with those beginning with the same letter in one group. Only
    alternatives with different first letters change places, and they never match at the same
    place; so it matches what the plain alternation matches, and the alternatives are left as
    they are if one does not begin with a letter that stands alone."""
    if not all(a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_FILLER = re.compile(r"[^a-z0-9$](?:" + _by_first_letter(
    [alt for pattern in _FILLER_PATTERNS for branch in _alternatives(pattern.replace(")?", "|)"))
     for alt in _leading_literal(branch)]) + r")(?![a-z0-9$])")


def _drop_filler(text: str) -> str:
    """`text` with each filler phrase replaced by a space."""
    return _FILLER.sub(_keep_boundary, " " + text)[1:]


def _keep_boundary(match: re.Match[str]) -> str:
    return match[0][0] + " "


def strip_filler(tokens: Sequence[str]) -> list[str]:
    """`tokens` without conversational filler (`_FILLER_PATTERNS`); unchanged when there is none."""
    text = " ".join(tokens)
    stripped = _drop_filler(text)
    return list(tokens) if stripped == text else stripped.split()


#: where `without_filler` keeps a message's punctuation: the sentence and clause breaks `without_context` splits at
_FILLER_BREAK = re.compile(r"([.!?;,:]+(?=\s|$)|\?|\n|\s-+\s)")


def without_filler(text: str) -> str:
    """`text`'s words without conversational filler (`strip_filler`), its sentence and clause breaks kept.

    A greeting typed without punctuation hides the start of a clause about the asker ("hey folks I've been
    in tech services ... and do i qualify"), so the story is looked for again without the filler
    (`match._shortenings`); read as one run of words, a story's clause ran on to the message's last "and"
    ("my director wants ... to offer an approved course. what does it charge to approve a course, and for
    how long?" was read as "for how long")."""
    pieces = _FILLER_BREAK.split(text[:MAX_QUESTION_CHARS])
    kept = (piece if i % 2 else " ".join(strip_filler(words(piece))) for i, piece in enumerate(pieces))
    return " ".join(" ".join(kept).split())


def phrasing_words(texts: Sequence[str]) -> list[list[str]]:
    """`[strip_filler(words(t)) for t in texts]` (how the index reads the FAQ's phrasings), in one
    regex pass over all of them (no filler pattern spans a newline) and no lists between the steps."""
    return _lines(_drop_filler(_words_text(texts))) if texts else []


#: A clause that tells about the asker rather than asking ("I'm a page at a small branch",
#: "my director mentioned it", "so I've been thinking about this"): it starts with one of these.
#: Generic first-person context; "our wifi keeps dropping" is not about the asker and stays.
#: A manager or HR asking for their staff tells about themselves in the plural or by their role ("we're drafting a
#: policy", "HR here", "as a branch manager", "asking on behalf of my director"), and someone asking for another
#: person tells about them ("several of my staff earned it in 2022", "my mom just finished her sixth set").
_SELF = re.compile(
    r"^(?:(?:so|and|but|well|ok|okay|also|anyway|basically)\s+)*"
    r"(?:i(?:'m| am| have been|'ve been| have worked|'ve worked| work| worked| just| recently| started| currently"
    r"| was (?:told|thinking|talking)| heard| saw| read| live| used to| am thinking)\b"
    r"|we(?:'re| are| have been|'ve been| have| had| were| want| just| recently| currently| run| work)\b"
    r"|(?:(?:several|some|a few|two|three|four|five|all|most|many|one|each) of )?"
    r"(?:my|our) (?:director|boss|manager|supervisor|coworkers?|co-workers?|colleagues?|branch|library|system"
    r"|staff|team|department|admin|administration|hr|human resources|principal|district|county|friends?|job"
    r"|employees?|staffers?|clerks?|board|trustees?|mom|mum|dad|mother|father|husband|wife|son|daughter|sister"
    r"|brother)\b"
    r"|(?:hr|human resources|(?:\w+ )?(?:manager|director|supervisor|administrator|admin|trainer)) here\b"
    r"|as (?:a|an|the|our|my) (?:\w+ ){0,2}(?:manager|director|supervisor|administrator|trainer|hr|human resources"
    r"|board member|trustee|coordinator)$"
    r"|asking (?:for|on behalf of) (?:my|our|a|an|the)\b|on behalf of (?:my|our)\b"
    # an outsider's label for themselves opening the message, alone or with what they are doing ("HR generalist writing
    # a job ad for a library assistant: ...", "Journalist again - ...", "Library board trustee here - ...", "Career
    # changer: ..."): who asks, not what; its words (generalist, journalist) are none of the FAQ's
    r"|(?:(?:a|an|the|our|my)\s+)?(?:(?:library|county|city|school|district|community college|college|university)\s+)?"
    r"(?:human resources(?: \w+)?|recruiter|hiring manager|journalist|reporter|freelance writer|grant writer|instructor"
    r"|professor|teacher|faculty member|(?:board )?trustee|board member|board chair|career changer|consultant)"
    r"(?=\s+(?:here|again|writing|drafting|working|putting|preparing|updating|posting|reviewing|researching|reporting"
    r"|helping|planning|looking)\b|$)"
    r"|(?:someone|a (?:coworker|co-worker|colleague|friend)) (?:at work )?(?:mentioned|told|said)\b"
    # a reply's pointer back into the thread ("following up on what jen said about renewal, ...", "going back to
    # the fee thing above, ...", "re: kim's question, ..."): what it points at is said again in the question
    r"|(?:(?:following|follow|circling|coming|getting|going|jumping) (?:up|back|off)|back|replying|responding"
    r"|in (?:reply|response)|to add|adding|building|piggybacking|piggy backing|re)\b"
    r"(?=[^,:;.!?]*\b(?:said|says|mentioned|asked|posted|wrote|earlier|above|before|thread|question|comment|point)\b))")
#: A question reported as someone else's ("a new hire asked me whether ...", "my director wants to know if ...", "new
#: hire on my team asks: ...", "her question is ..."): who asks is context, what they ask is the question. The one who
#: asks is a few words that do not open a question themselves ("what if my boss asks me to ..." is not one).
_REPORTED = re.compile(
    r"^(?:(?:so|and|but|well|ok|okay|also|anyway|basically)\s+)*"
    r"(?!(?:what|how|when|why|who|where|which|if|can|could|do|does|did|is|are|will|would|should)\b)"
    r"(?:[\w'-]+\s+){1,6}?"
    r"(?:asks|asked|is asking|was asking|keeps asking|wants to know|wanted to know|would like to know|wonders|wondered"
    r"|is wondering|was wondering|question is|questions are)"
    r"(?:\s+(?:me|us|you all|everyone|the group))?(?:\s+(?:if|whether)\b|(?=\s+(?:what|how|when|why|who|where|which)\b)|$)")
#: a check after a claim, at the end of a message: "..., true?", "is that right?", "thats right isnt it?"; or the claim's
#: verb echoed with a pronoun, in a sentence or clause of its own ("my director says LSSC is going away. is it?", "..., does
#: it?", "... or will they?"): an echo asks nothing a word of its own could answer, so read as the question ("is it?" with
#: the program named before it was "is LSSC?", the what-is-LSSC entry) it gave what the claim was about no weight
CHECK = re.compile(
    r"[\s,.!?\u2013\u2014-]*\b(?:(?:is|isn'?t)\s+(?:that|this|it|he|she)\s+(?:(?:still|actually|really|even)\s+)?"
    r"|that'?s\s+)?(?:true|right|real|correct|accurate|legit)(?:\s+or\s+(?:nah|not|no|false))?(?:,?\s+isn'?t\s+it)?\s*[?!.]*\s*$"
    r"|(?:^|(?<=[,.!?;:\u2013\u2014-]))\s*(?:(?:so|or|and|but|well)\s+)?"
    r"(?:is|isn'?t|are|aren'?t|was|does|doesn'?t|do|did|will|won'?t|has|have|can|would)\s+(?:it|that|this|they|he|she)"
    r"(?:\s+(?:really|actually|now|though|tho))?\s*[?!.]*\s*$"
    # a choice between two claims said before it ("I thought 3 and 3 but a coworker swears 4 and 2. Which is it?", "...
    # who's right?"): it names nothing itself, the claims are what it asks about
    r"|[\s,.!?\u2013\u2014-]*\b(?:(?:so|ok|okay|well)\s+)?(?:which\s+(?:one\s+)?(?:is\s+it|is\s+(?:right|correct|true)|'?s\s+(?:it|right|correct))"
    r"|who(?:'?s|\s+is)\s+right)(?:\s+(?:then|here|now))?\s*[?!.]*\s*$",
    re.IGNORECASE)


#: Who told the asker a claim they want checked ("I thought you had 5 years ...", "my coworker swears the fee is ...",
#: "I was told LSSC is only for ...", "someone in the group said ..."): the claim is what is asked about, its teller
#: and the verb of telling are context (the verbs are words no entry uses, each weighed as the FAQ's rarest word)
_TOLD = re.compile(
    r"^(?:(?:so|and|but|well|ok|okay|also|anyway|basically|wait)\s+)*"
    r"(?!(?:what|how|when|why|who|where|which|if|can|could|do|does|did|is|are|will|would|should)\b)"
    # who told it, not what was said ("following up on what jen said about renewal" points back into the thread)
    r"(?:(?!(?:what|on|to|about|if|whether)\b)[\w'-]+\s+){1,5}?"
    r"(?:thought|always thought|heard|was told|were told|have been told|been told|keep hearing|keeps saying|keep reading"
    r"|said|says|swore|swears|claims|claimed|insists|insisted|told me|told us|tells me|tells us)"
    r"(?:\s+(?:me|us))?(?:\s+(?:that|like))?\s+(?=\S)"
    # ...or nobody: "heard they revamped the sets in 2020, right?" (not "heard of it", "heard back from them", which say
    # what was heard)
    r"|^(?:(?:so|and|but|well|ok|okay|also|anyway|basically|wait)\s+)*heard(?!\s+(?:of|about|back|from)\b)"
    r"(?:\s+(?:that|like))?\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)|\?")
_CLAUSE_BREAK = re.compile(r",|:|\s-+\s")
#: The last joining word of a run-on; "so" before "much", "many" or "far" ("thanks so much") does not join.
_RUN_ON = re.compile(r".*\b(?:and|so(?!\s+(?:much|many|far)\b)|but)\s+")


def tells_claim(text: str) -> bool:
    """Whether a clause of `text` opens with who told the asker a claim (`_TOLD`: "my coworker swears ...")."""
    return any(_TOLD.match(clause.strip()) for line in text[:MAX_QUESTION_CHARS].splitlines()
               for sentence in _SENTENCE_END.split(_prepare(line)) for clause in _CLAUSE_BREAK.split(sentence))


def without_context(text: str) -> tuple[str, str] | None:
    """(the message without its clauses about the asker, what was dropped), or None if nothing was.

    Sentences and their clauses (split at ",", ":", " - ") that start like a self-description
    (`_SELF`) are dropped; in one that runs on into the question ("I work nights at a small
    branch and how long do I have?") only the part before the last "and"/"so"/"but" goes. The
    message's last clause is never dropped whole: the question has to be somewhere.
    """
    clauses = [c.strip() for line in text[:MAX_QUESTION_CHARS].splitlines()
               for sentence in _SENTENCE_END.split(_prepare(line))
               for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    kept: list[str] = []
    dropped: list[str] = []
    claimed = False
    for position, clause in enumerate(clauses):
        told = _TOLD.match(clause)
        if told is not None:  # the claim stays: it is what the message asks about
            claimed = True
            dropped.append(clause[:told.end()])
            clause = clause[told.end():]
        head = None if told else _SELF.match(clause)
        if head is not None:
            run_on = _RUN_ON.match(clause, head.end())
            if run_on is not None and clause[run_on.end():].strip():
                dropped.append(clause[:run_on.end()])
                clause = clause[run_on.end():]
            elif position < len(clauses) - 1:
                dropped.append(clause)
                continue
        reported = _REPORTED.match(clause)
        if reported is not None and (clause[reported.end():].strip() or position < len(clauses) - 1):
            dropped.append(clause[:reported.end()])
            clause = clause[reported.end():].strip()
        if clause:
            kept.append(clause)
    if kept and claimed:
        # a claim told to the asker is checked after it ("..., true??", "is that still right?"): the check's words
        # ("true") are none of the claim's, and no entry's
        check = CHECK.search(kept[-1])
        if check is not None and check.start() > 0:
            dropped.append(kept[-1][check.start():])
            kept[-1] = kept[-1][:check.start()]
        elif check is not None and len(kept) > 1:
            dropped.append(kept.pop())
    if not dropped or not kept:
        return None
    return " ".join(kept), " ".join(dropped)


#: The stopwords, and their stems (the index compares stems).
STOPWORDS = frozenset(w for word in (*_STOPWORD_TEXT.split(), *INTERJECTIONS) for w in (word, stem(word)))

#: A need or obligation, as cleaned text says it ("need", "needs to", "have to", "got to", "must"):
#: the calculators read what follows it as asked about, not as done or chosen.
OBLIGATION = r"(?:need(?:s|ed)?(?: to)?|ha(?:ve|s|d) to|got to|must|required to)"
