"""The FAQ index: everything about the phrasings that does not depend on the question.

Built once per `Knowledge` value (a new load is a new value, so the cache is keyed
by identity) and warmed right after loading, so that a question only tokenises
itself, looks up postings and scores a few candidates.
"""
from __future__ import annotations

import functools
import json
import math
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain, islice, repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..knowledge import Knowledge
from .encoder import MODEL_DIR, TOKENIZER_FILE
from .normalise import STOPWORDS, PhraseTable, phrasing_words, stem, strip_filler, words, words_many

#: how much a stopword counts next to a content word of the same rarity
STOPWORD_WEIGHT = 0.08

#: Added after every competency-set name, so "is cataloguing required?" meets "is technology required?"
SET_MARK = "competencyset"

#: A misspelt word is read as the nearest known word at or above this similarity (0-100).
SPELLING_CUTOFF = 84
#: One added or dropped letter already scores 86 on a 4-letter word, so at 4 letters real words
#: were "corrected" into other known ones (hard -> heard, none -> non, sept -> set).
SPELLING_MIN_LENGTH = 5
#: ...and only when it is one typo away: a letter added, dropped, changed or two swapped ("renwal",
#: "certifcation"). Two edits apart were two words (coworker/worker, coming/becoming,
#: accounts/counts, series/services), and no misspelling in the question sets needed two.
SPELLING_EDITS = 1

#: Text-speak, read as the word it stands for by FAQ retrieval only ("what electives r there", "do the classes cost
#: xtra or is tht incl", "how many yrs b4 i hv 2 renew", "the lib support staff cert"): each was a word no entry
#: uses, which weighs as the FAQ's rarest word several times over, and too short for spelling correction
#: (`SPELLING_MIN_LENGTH`). Not in `normalise`: the calculators read "r" as Thursday in a schedule ("m/w/r").
CHAT_SHORTHAND = {
    "r": "are", "b4": "before", "hv": "have", "gud": "good", "tht": "that", "wrk": "work", "enuf": "enough",
    "lib": "library", "libs": "libraries", "xtra": "extra", "incl": "including", "abt": "about", "hw": "how",
    "wen": "when", "wud": "would", "shud": "should", "cud": "could", "skool": "school",
    # contractions `normalise` leaves whole ("you've done ...", "we'll see"), and chat's interjections, which say as
    # little as the function words beside them ("bet this is US only huh", "yeah", "tl;dr"). Not "true" and "nah"
    # ("... true?", "ok or nah"): read as "right" and "no" they moved 5 and 2 answers each way, one of them to wrong
    "youve": "you", "weve": "we", "theyve": "they", "youll": "you", "theyll": "they", "youd": "you", "theyd": "they",
    "yeah": "ok", "yep": "ok", "yup": "ok", "huh": "ok", "oops": "ok", "tl": "ok", "dr": "ok",
}

#: A topic term of an entry: used by no other entry, and in at least this share of its phrasings
#: ("cpla" in 9 of the cpla entry's 15; "public", in one of them, is not).
TOPIC_SHARE = 0.25


#: The words of an answer, for `Index.answer_only`. Only which words the answers have matters there,
#: so a plain regex reads them rather than the question pipeline (which reads at most
#: `normalise.MAX_QUESTION_CHARS` of a text, and is several times slower on long Markdown text);
#: a word the two read differently ("don't") is only left out.
_ANSWER_WORD = re.compile(r"[^\W\d_]+")
#: a word as typed, for `Index.respelled`
_LETTERS = re.compile(r"(?<![\w'])[^\W\d_]+(?![\w'])")
#: an abbreviation spelled out letter by letter, as voice dictation writes one ("g e d", "el s s c", "el ess ess
#: see"): three or more letters standing alone, or with a letter's spoken name among them. Read as one word it is a
#: word the FAQ knows ("ged", "lssc"); letter by letter, each letter was an unknown word and sank the question ("i
#: have my g e d instead of a diploma ..." fell back; the sentence model, too, reads the letters as nothing)
_WORD = re.compile(r"(?<![\w'])[^\W\d_]+(?![\w'])")
#: letters' spoken names that are no words of English: one of them in a run of three or more makes it letters
_LETTER_NAMES = {"el": "l", "em": "m", "en": "n", "ar": "r", "ess": "s"}
#: letters' spoken names that are words too ("see", "tee", "eye"): letters only beside one of `_LETTER_NAMES`
#: ("the el ess ess see program"), never among lone letters alone ("i see a b c")
_SOUNDED = {"see": "c", "cee": "c", "bee": "b", "dee": "d", "gee": "g", "pee": "p", "tee": "t", "vee": "v",
            "zee": "z", "jay": "j", "kay": "k", "aitch": "h", "eye": "i", "wye": "y"}


def _letters(run: list[str], known: frozenset[str]) -> list[str]:
    """A run of letters and letters' names (`spelled_out`) as words: one word, or as they stand when too few."""
    if not any(w.casefold() in _LETTER_NAMES for w in run) and any(w.casefold() in _SOUNDED for w in run):
        # "i see a b c": without a name that is no word, the names that are words are words, the letters apart
        return [w for i, part in enumerate(_split_at_sounded(run)) for w in (part if i % 2 else _letters(part, known))]
    if len(run) < 3:
        return run
    said = [_LETTER_NAMES.get(w.casefold()) or _SOUNDED.get(w.casefold()) or w for w in run]
    whole = "".join(said)
    # "a" and "I" are words too: "is a g e d enough" has "a" before the letters, unless they are too few
    # without it ("a l a" is ALA), or all of them spell a word the FAQ knows ("i m l s" is IMLS, not "i mls")
    first = [said.pop(0)] if len(said) > 3 and said[0].casefold() in ("a", "i") and whole.casefold() not in known else []
    joined = [*first, "".join(said)]
    if known and joined[-1].casefold() not in known:
        # the letters of two names said one after the other ("a l a a p a" is "ala apa"), or of one and "a"
        joined = _known_words(whole.casefold(), known) or joined
    return joined


def _split_at_sounded(run: list[str]) -> list[list[str]]:
    """`run` cut at each letter's name that is a word too: [letters, [name], letters, [name], ...]."""
    out: list[list[str]] = [[]]
    for w in run:
        if w.casefold() in _SOUNDED:
            out += [[w], []]
        else:
            out[-1].append(w)
    return out


def _known_words(letters: str, known: frozenset[str]) -> list[str] | None:
    """`letters` as the fewest words of `known` (two letters or more; "a" and "i" alone), or None."""
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(end):
            piece, before = letters[start:end], best[start]
            if before is not None and (piece in ("a", "i") or len(piece) >= 2 and piece in known) and (
                    best[end] is None or len(before) + 1 < len(best[end] or ())):
                best[end] = [*before, piece]
    return best[-1] if best[-1] is not None and len(best[-1]) > 1 else None


#: a name's level mark, glued to it ("CompTIA A+", "Network+", "Security+"): not a number's ("3 + 3") nor a language's
_LEVEL_MARK = re.compile(r"(?<![\w+])([^\W\d_]{1,10})\+(?![\w+])")


def leveled(text: str) -> str:
    """`text` with a name's level mark read as part of the name ("comptia a+ cert" -> "comptia aplus cert"). Read
    apart, "a+" was the article "a", so the name before it ("comptia") stood before a stopword, and the question was
    read as asking whether "it" is worth it: the worth entry, a wrong answer, in three sets. As one word the mark is
    a name the FAQ does not know right before what is asked about, as "the PMP certification" is."""
    return _LEVEL_MARK.sub(r"\1plus", text) if "+" in text else text


def spelled_out(text: str, known: frozenset[str] = frozenset()) -> str:
    """`text` with each abbreviation spelled out letter by letter read as one word ("do i need a g e d"
    -> "do i need a ged", "the el s s c thing" -> "the lssc thing", "a l a" -> "ala"), or as the words of
    `known` its letters are when they are not one of them ("a l a a p a" -> "ala apa")."""
    found = list(_WORD.finditer(text))
    if len(found) < 3:
        return text
    runs: list[list[re.Match[str]]] = []
    for match in found:
        word = match[0].casefold()
        if not (len(word) == 1 or word in _LETTER_NAMES or word in _SOUNDED):
            continue
        if runs and not text[runs[-1][-1].end():match.start()].strip():
            runs[-1].append(match)  # the next word after the run's last, nothing but spaces between
        else:
            runs.append([match])
    out, last = [], 0
    for run in runs:
        typed = [m[0] for m in run]
        said = _letters(typed, known)
        if said != typed:
            out += [text[last:run[0].start()], " ".join(said)]
            last = run[-1].end()
    return "".join([*out, text[last:]])


#: a number, bare or with an ordinal or plural ending ("4", "6th", "1990s")
_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|s)?")

#: Words that name who the program is for (library support staff, as people call themselves) ...
_STAFF_WORDS = frozenset({"support", "staff", "para", "paras", "paraprofessional", "paraprofessionals", "paralibrarian",
                          "paralibrarians", "assistant", "assistants", "clerk", "clerks", "worker", "workers"})
#: ...and who gives it or where, which with them make a name of the program
_BY_WORDS = frozenset({"ala", "ala-apa", "apa", "ala's", "library", "libraries", "lib", "national"})
#: a run of those words before what it is ("the ALA para cert", "that support staff thing", "the library
#: assistant certificate"): `program_named`
_PROGRAM_NAME = re.compile(
    r"(?<![\w'-])((?:(?:%s)\s+){1,4})(?:certs?|certifications?|certificates?|credentials?|thing|program(?:me)?)(?![\w'])"
    r"(\s+(?:from|by|through|of)\s+(?:the\s+)?ala(?:[- ]apa)?(?![\w-]))?"
    % "|".join(sorted(map(re.escape, _STAFF_WORDS | _BY_WORDS), key=len, reverse=True)), re.IGNORECASE)


def program_named(text: str, subject: str) -> str:
    """`text` with a loose name of the program read as `subject` (its abbreviation): a certificate, credential,
    program or "thing" named by two or more words for whom it is for and who gives it, one of them for whom
    ("the ALA para cert", "that support staff thing", "the library assistant certificate", "the national
    library staff credential" -> "the LSSC"), who gives it also said after it ("the para cert from ALA").

    People who have not learned the name describe it, and the description's words are the FAQ's words for
    other questions: "paraprofessionals" and "library assistants" are who-is-it-for's, so "how do I sign up
    for the ALA library assistant certificate" was what-is-lssc, and "para" before "cert" read as another
    certification's name (as "notary" in "a notary certification") and sank the fee question. One such word
    alone does not name it: "the google IT support cert" and "my school para certification" are other
    certificates, and "a library tech program" may be the LTA degree."""
    if not subject:
        return text

    def name(run: re.Match[str]) -> str:
        described = [w.casefold() for w in run[1].split()] + (["ala"] if run[2] else [])
        staff = sum(w in _STAFF_WORDS for w in described)
        return subject if staff and len(described) >= 2 and (staff >= 2 or len(described) > staff) else run[0]

    return _PROGRAM_NAME.sub(name, text)


def is_number(term: str) -> bool:
    """Whether `term` is a number ("4 years", "in 2019", "my 6th course"): the FAQ's phrasings
    rarely use one, and one they do not use says little about which entry is meant."""
    return _NUMBER.fullmatch(term) is not None


@dataclass(frozen=True)
class Index:
    """The processed FAQ phrasings and term weights of one knowledge base."""

    entry_ids: tuple[str, ...]
    #: the processed choice strings handed to rapidfuzz (words after synonyms, space-joined)
    texts: tuple[str, ...]
    #: the entry (position in `entry_ids`) of each phrasing
    owners: tuple[int, ...]
    terms: tuple[frozenset[str], ...]
    #: every term of each entry's phrasings together (position as in `entry_ids`)
    entry_terms: tuple[frozenset[str], ...]
    #: sum of the weights of each phrasing's terms
    mass: tuple[float, ...]
    #: each entry's topic terms (see `TOPIC_SHARE`) with their weights (position as in `entry_ids`)
    topic_terms: tuple[Mapping[str, float], ...]
    #: each topic term's entry (position as in `entry_ids`): a topic term is one entry's only
    topic_owners: Mapping[str, int]
    postings: Mapping[str, tuple[int, ...]]
    weights: Mapping[str, float]
    #: the weight of a term no entry uses: as rare as rare gets
    unknown_weight: float
    synonyms: PhraseTable
    #: each set name and alias -> itself followed by SET_MARK
    set_marks: PhraseTable
    #: known surface words by length, for spelling correction
    vocabulary: Mapping[int, tuple[str, ...]]
    known: frozenset[str]
    #: terms the answers use and no phrasing does: the FAQ's own subject matter, though no entry
    #: is found by them ("portable", "subsidies")
    answer_only: frozenset[str]
    #: what the FAQ is about, as people name it (the program's abbreviation): `asked.asked_part`
    subject: str = ""

    def tokens(self, question: str) -> list[str]:
        """The question's words, conversational filler dropped, misspellings corrected, synonyms applied."""
        return self.synonyms.apply(self.set_marks.apply(
            [self._spelling(w) for w in strip_filler(words(spelled_out(program_named(leveled(question), self.subject),
                                                                        self.known)))]))

    def respelled(self, text: str) -> str:
        """`text` with each misspelt word replaced by the known word the lexical matcher reads it as
        ("eligibilty requirements" -> "eligibility requirements"), the rest as typed."""
        def respell(typed: re.Match[str]) -> str:
            word = typed[0].casefold()
            known = self._spelling(word)
            return typed[0] if known == word else known

        return _LETTERS.sub(respell, spelled_out(program_named(text, self.subject), self.known))

    def weight(self, term: str, unknown: float = 1.0) -> float:
        """A term's weight; a term no entry uses is as rare as rare gets, times `unknown`."""
        known = self.weights.get(term)
        if known is not None:
            return known
        if term in STOPWORDS or is_number(term):  # "4 years", "in 2019": numbers the FAQ never uses say little
            return self.unknown_weight * STOPWORD_WEIGHT
        return self.unknown_weight * unknown

    def _abbreviation(self, word: str) -> str:
        """The program's abbreviation (`subject`) for a short word one typo from it: a letter swapped,
        doubled, changed or dropped ("lscc", "llsc", "lsscc", "lsc" -> "lssc"), when the word is no word of
        English; else `word`.

        People misspell the name they are asking about as often as any word, and a short word is never
        corrected otherwise (`SPELLING_MIN_LENGTH`): "is the LSCC still taking applications" read the name
        as an unknown word, which weighed like another program's name, and neither signal found the entry."""
        subject = self.subject.casefold()
        if (len(subject) < 3 or abs(len(word) - len(subject)) > 1 or word in english_words()
                or OSA.distance(word, subject) > 1 or word[0] != subject[0]):
            return word
        return subject

    def _spelling(self, word: str) -> str:
        """The best known word one typo from `word` (`SPELLING_EDITS`) at `SPELLING_CUTOFF`, or `word`.

        Between two stems both shorter than `SPELLING_MIN_LENGTH` a word may only become another
        form of itself ("keeps" -> "keep"): one edit turns a short stem into another real word
        just as it does a short word (talk-ing/tak-ing, head-ing/hear-ing, pick-ing/pric-ing).
        A longer stem on either side may change ("renwal" -> "renewal", "heard" -> "hear").
        """
        if word in CHAT_SHORTHAND and word not in self.known:
            return CHAT_SHORTHAND[word]
        if word in self.known or word in STOPWORDS or not word.isalpha():
            return word
        if len(word) < SPELLING_MIN_LENGTH:
            return self._abbreviation(word)
        size = len(word)
        choices = [w for n in range(size - SPELLING_EDITS, size + SPELLING_EDITS + 1) for w in self.vocabulary.get(n, ())]
        hits = [hit for hit, _, _ in process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF,
                                                     limit=None)]
        # two letters typed the wrong way round ("takign", "renwe", "whcih") score (n-1)/n: under the cutoff up to
        # 6 letters, though they are one typo as much as a letter left out ("renwal"), which scores higher
        hits += [swapped for i in range(size - 1) if word[i] != word[i + 1]
                 and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in self.known
                 and swapped not in hits and swapped.isalpha() and swapped not in STOPWORDS]
        base = stem(word)
        english = word in english_words()  # a real word is not another one misspelt, only maybe another form
        return next((hit for hit in hits if OSA.distance(word, hit) <= SPELLING_EDITS
                     and (max(len(base), len(stem(hit))) >= SPELLING_MIN_LENGTH and not english
                          or stem(hit) == base)), word)


@functools.cache
def english_words() -> frozenset[str]:
    """Words of English as they are: the whole words of letters among the sentence model's word pieces
    (about 22,000 of its 30,522, `models/`), or none when its tokenizer file cannot be read.

    Spelling correction reads an unknown word as the FAQ's nearest word, and a real word one letter from
    one of the FAQ's was read as it: "county" as "country" (8 times in the public question sets), "lunch"
    as "launch", "employee" as "employer", "contract" as "contact", "leaders" as "readers". A word of
    English may still change its form ("keeps" -> "keep"), never become another word."""
    try:
        vocabulary = json.loads((MODEL_DIR / TOKENIZER_FILE).read_text(encoding="utf-8"))["model"]["vocab"]
        return frozenset(w for w in vocabulary if w.isalpha() and w.islower())
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()


def term_set(tokens: list[str]) -> frozenset[str]:
    return frozenset(map(stem, tokens))


def build_index(knowledge: Knowledge) -> Index:
    # Built at every load and reload, so everything is done for all phrasings at once, in as few
    # Python-level steps per phrasing as possible (comprehensions, map, chain, one regex pass).
    synonyms = PhraseTable.synonyms(knowledge.synonyms)
    set_words = words_many([name for cset in knowledge.program.sets for name in (cset.name, *cset.aliases)])
    set_marks = PhraseTable.of({key: (*key, SET_MARK) for key in map(tuple, set_words) if key})
    entries = knowledge.entries
    sizes = [len(entry.phrasings) for entry in entries]
    subject = knowledge.program.abbreviation
    raws = phrasing_words([program_named(p, subject) for entry in entries for p in entry.phrasings])
    apply_synonyms, apply_marks = synonyms.apply, set_marks.apply
    untouched = (synonyms.starts | set_marks.starts).isdisjoint  # true of ~half the phrasings: no table applies
    tokens = [raw if untouched(raw) else apply_synonyms(apply_marks(raw)) for raw in raws]
    terms = [frozenset(map(stem, phrasing)) for phrasing in tokens]
    owners = tuple(chain.from_iterable(repeat(position, size) for position, size in enumerate(sizes)))
    by_phrasing = iter(terms)
    entry_terms = tuple(frozenset().union(*islice(by_phrasing, size)) for size in sizes)
    surface = set(chain.from_iterable(raws))
    surface.update(*words_many([member for group in knowledge.synonyms for member in group]), *set_words)

    df = Counter(chain.from_iterable(entry_terms))
    n = len(entries)
    weights = {t: _idf(n, count) * (STOPWORD_WEIGHT if t in STOPWORDS else 1.0) for t, count in df.items()}
    answers = _ANSWER_WORD.findall(" ".join([entry.answer for entry in entries]).casefold())
    answer_only = frozenset(map(stem, set(answers))).difference(weights, STOPWORDS)
    postings: dict[str, list[int]] = {t: [] for t in df}
    for pid, phrasing_terms in enumerate(terms):
        for t in phrasing_terms:
            postings[t].append(pid)
    # A term of one entry only is in as many of its phrasings as it has postings.
    topic_terms: list[dict[str, float]] = [{} for _ in entries]
    for t, count in df.items():
        if count == 1 and t not in STOPWORDS:
            pids = postings[t]
            owner = owners[pids[0]]
            if len(pids) >= TOPIC_SHARE * sizes[owner]:
                topic_terms[owner][t] = weights[t]
    by_length: dict[int, list[str]] = defaultdict(list)
    for w in sorted(surface):
        if w.isalpha() and w not in STOPWORDS:
            by_length[len(w)].append(w)
    return Index(
        entry_ids=tuple(entry.id for entry in entries),
        texts=tuple(map(" ".join, tokens)),
        owners=owners,
        terms=tuple(terms),
        entry_terms=entry_terms,
        mass=tuple(sum(map(weights.__getitem__, ts)) or 1.0 for ts in terms),
        topic_terms=tuple(topic_terms),
        topic_owners={t: owner for owner, found in enumerate(topic_terms) for t in found},
        postings={t: tuple(p) for t, p in postings.items()},
        weights=weights,
        unknown_weight=_idf(n, 0),
        synonyms=synonyms,
        set_marks=set_marks,
        vocabulary={k: tuple(v) for k, v in by_length.items()},
        known=frozenset(surface),
        answer_only=answer_only,
        subject=subject,
    )


def _idf(n: int, df: int) -> float:
    """BM25's inverse document frequency; an entry (all its phrasings) is one document."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


_CACHE: weakref.WeakKeyDictionary[Knowledge, Index] = weakref.WeakKeyDictionary()


def index_for(knowledge: Knowledge) -> Index:
    """The index of this knowledge value, built on first use and kept as long as the value lives."""
    index = _CACHE.get(knowledge)
    if index is None:
        index = _CACHE[knowledge] = build_index(knowledge)
    return index

