"""Scoring a question against the FAQ index: term weights first, rapidfuzz on the best few.

Each phrasing gets

    score = question * question coverage   (weighted share of the question's terms it has,
                                            blended with the share its whole entry has)
          + kept * (phrasing * phrasing coverage   (weighted share of its own terms the question has)
                    + fuzzy  * rapidfuzz similarity of the two processed strings)

Coverage uses BM25-style inverse document frequencies, so "renew" or "fee" count for
far more than "how" or "the", and a word that no entry uses counts `Weights.unknown`
times the IDF of a word in no entry (about four times the rarest known word's, in one entry):
"renew a patron's library card" is mostly about things the FAQ
never mentions, which keeps it well under the answer threshold. An unknown word right before
a known content word usually names what the question is really about ("a *notary*
certification", "the *PMP* certification"), so it lowers the phrasing-coverage and fuzzy
parts too (`kept`, `Weights.attached`); an unknown word among function words is more often
chatter ("*honestly* is it worth it", "a *couple* weeks ago") and only dilutes the coverage.
An entry's score is its best phrasing's. Part of the question coverage (`Weights.pooled`) is
measured against all of the entry's phrasings together: a new question rarely repeats one
phrasing, but its words are usually spread over the entry's phrasings.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise, takewhile

from rapidfuzz import fuzz, process

from .asked import asked_part, question_first, quoted
from .index import SET_MARK, Index, english_words, is_number, term_set
from .normalise import STOPWORDS, stem, tells_claim, without_context, without_filler


@dataclass(frozen=True)
class Weights:
    """How the parts of a phrasing's score are mixed (they sum to 1, so scores stay in 0..1)."""

    question: float = 0.5
    phrasing: float = 0.2
    fuzzy: float = 0.3
    scorer: Callable[..., float] = field(default=fuzz.token_sort_ratio)
    #: a word no entry uses weighs this many times the IDF of a word in no entry (3 × 4.84 with 62
    #: entries, against 3.74 for the rarest known word, in one entry): the more of the
    #: question the FAQ knows nothing about, the less any entry can claim it
    unknown: float = 3.0
    #: ...but for an entry whose topic term the question has (`index.TOPIC_SHARE`: "cpla"), all the
    #: unknown words together weigh at most this many times that term: "what's CPLA, the next level
    #: of LSSC?" is about CPLA though "level" is unknown; "how much does a notary certification cost"
    #: shares only common words with the fee entry and keeps the full penalty
    topic_cap: float = 1.0
    #: the phrasing-coverage and fuzzy parts are multiplied by 1 - this x the share of the question's
    #: weight carried by unknown words right before a known content word (`_attached_unknowns`), except
    #: for an entry whose topic term the question has; question coverage already counts every unknown
    #: word. 0.2-0.6 scored the same on dev and tune, 0.7 lost a right answer; 0.6, the largest, since a
    #: wrong answer costs more than a fallback
    attached: float = 0.6
    #: phrasings rescored with rapidfuzz after the term pass
    candidates: int = 40
    #: share of the question coverage measured against the whole entry (all its phrasings
    #: together) rather than the one phrasing, so a question mixing words from several
    #: phrasings of one entry still covers it
    pooled: float = 0.5
    #: a message with clauses about the asker ("I'm a page at a small branch, ...") is also scored
    #: without them (`normalise.without_context`), and an entry keeps the better score; the
    #: shortened message's is lowered by `context_penalty`, plus `context_dropped` times the share
    #: of the message's known content weight that was dropped ("I have an LTA degree, ..." drops
    #: a word that decides the entry; "I'm a para at a rural branch, ..." drops nothing the FAQ knows)
    context_penalty: float = 0.02
    context_dropped: float = 0.25
    #: a question with one content word scores this share for an entry that has the word in only one
    #: phrasing and not as a topic term: "I quit" is not the refund entry because one of its phrasings
    #: says "if I quit halfway". 0.8 took two wrong answers of the robustness set and one of the blind
    #: set to did-you-means and lost no right answer on any set; 0.7 lost one on the tune set
    thin: float = 0.8


WEIGHTS = Weights()


@dataclass(frozen=True)
class EntryScore:
    entry: str
    score: float
    #: scored on the message's asked part (`asked.asked_part`), not on all it says
    asked: bool = False
    #: the text scored when it was the message without its clauses about the asker
    #: (`normalise.without_context`), else None
    unstoried: str | None = None
    #: the text scored names another credential: a word the FAQ does not know right before "certification",
    #: "license" or the like ("my *CPR* certification", "the *CCRN* certification"; `other_credential`)
    other_credential: bool = False
    #: the message asks about another body's business the FAQ does not answer (`others_business`): ALA's membership as
    #: a thing of its own, a grant the asker's library would apply for
    others_business: bool = False


def rank(index: Index, question: str, limit: int = 5, weights: Weights = WEIGHTS) -> list[EntryScore]:
    """The best entries for `question`, best first, at most one score per entry."""
    remarked = (question_first(question) or ("",))[0]
    elsewhere = others_business(index.respelled(question))
    # a shortening that is neither the asked part nor the questions before a remark left out the asker's story
    return [EntryScore(index.entry_ids[part.owner], min(part.score, 1.0), asked,
                       text if text not in (question, remarked) and not asked else None, part.credential, elsewhere)
            for part, text, asked in _best(index, question, weights)[:limit]]


#: ALA's membership as a thing of its own: its dues, renewing it, a kind of membership (student, organizational),
#: what it comes with, an ALA account, the ALA Store or ALA Connect, a member discount on something else than the
#: program's fee ("ala student membership dues", "how do i renew my ALA membership", "does ALA membership come with
#: ...", "members get a discount on Booklist"). Not the membership the program's fee asks about ("do I need to be an
#: ALA member", "does my state association membership get me a discount", "I renewed my ALA membership, so what do
#: I pay"): those say nothing of the membership's own business.
_ALA_MEMBERSHIP = re.compile(
    r"\b(?:dues"
    r"|(?:how\s+(?:do|can|to)\s+i\s+|how\s+to\s+|if\s+i\s+(?:do\s+not|don't|dont)\s+|when\s+(?:do|can|should)\s+i\s+)"
    r"renew\s+(?:my|our|an?|the)?\s*(?:ala\s+)?membership"
    r"|membership\s+renewal\s+(?:due|date|deadline)"
    r"|(?:student|retired|retiree|organizational|organisational|institutional|lifetime)\s+(?:ala\s+)?membership"
    r"|membership\s+(?:come|comes|include|includes)\s+(?:with\b)?"
    r"|ala\s+(?:account|connect|editions|store|login|password)"
    r"|discount\s+on\s+(?!(?:the\s+|my\s+|an?\s+)?(?:lssc|application|fee|fees|enrol\w*|certification|cert|program)\b)[a-z]+)",
    re.IGNORECASE)


#: A grant the asker's library would apply for, or its deadline ("how to apply for an IMLS grant for our makerspace",
#: "is the Laura Bush grant taking applications for 2027? when's the deadline?"): not the grant that paid for the
#: program ("was lssc paid for with a grant", "how big was the original IMLS grant"), which the funding entry is
_GRANT_TO_APPLY = re.compile(
    r"\b(?:apply|applying|write|writing)\s+(?:for|to)?\s*(?:an?|the|this|that)?\s*(?:[\w-]+\s+){0,6}?(?:sub)?grants?\b"
    r"|\b(?:sub)?grants?\b[^.?!]{0,40}?\b(?:taking|accepting|open\s+for)\s+applications"
    r"|\b(?:sub)?grants?\b[^.?!]{0,60}?\b(?:deadline|due\s+date|this\s+cycle)", re.IGNORECASE)


def others_business(text: str) -> bool:
    """Whether `text` asks about another body's business the FAQ does not answer: ALA's membership as a thing of its
    own (`about_ala_membership`), or a grant the asker's library would apply for (`_GRANT_TO_APPLY`), which both
    signals read as the funding entry by "IMLS" and "grant". Unless it names the program: "can I apply for a grant to
    pay the lssc fee?" asks about the program's money."""
    return about_ala_membership(text) or (_GRANT_TO_APPLY.search(text) is not None
                                         and re.search(r"\b(?:lssc|clss)\b", text, re.IGNORECASE) is None)


def about_ala_membership(text: str) -> bool:
    """Whether `text` asks about ALA's membership as a thing of its own (`_ALA_MEMBERSHIP`), which the FAQ does not
    answer: its membership entry says whether the program needs one and what a member pays for the program.

    Both signals read such a question as that entry, by "ALA" and "membership" ("ala membership dues?", "tell me how
    to renew my ALA membership online", "does ALA membership come with free access to ALA Editions ebooks?"): eleven
    wrong answers over the public sets, round after round. `gate.decide` offers the entry as a did-you-mean instead
    (`others_business`)."""
    return _ALA_MEMBERSHIP.search(text) is not None


def _best(index: Index, question: str, weights: Weights) -> list[tuple[Parts, str, bool]]:
    """Each entry's best score over the whole message, the message without context and its asked
    part, best first, with the text scored and whether that was the asked part."""
    whole = course_reading(index, index.tokens(question))  # tokenised once: spelling correction makes it the costly step
    best = {p.owner: (p, question, False) for p in _score(index, whole, weights)}
    shortenings = _shortenings(index, question, whole)
    known = _known_mass(index, term_set(whole)) if shortenings else 0.0
    for kept, kept_tokens, dropped, asked in shortenings:
        lost = _known_mass(index, term_set(index.tokens(dropped)) - term_set(kept_tokens))
        penalty = weights.context_penalty + weights.context_dropped * (lost / known if known else 0.0)
        for p in _score(index, kept_tokens, weights):
            score = p.score - penalty
            if p.owner not in best or score > best[p.owner][0].score:
                best[p.owner] = (dataclasses.replace(p, score=score), kept, asked)
    return sorted(best.values(), key=lambda ps: ps[0].score, reverse=True)


#: what a course is called (as `Index.tokens` reads it: "class" is "course")
COURSE_WORDS = frozenset(("course", "workshop", "webinar", "training", "module", "courses", "workshops", "webinars"))
#: what a part of a library, or the people in it, are called: a set's name before one of these names the
#: department or the job ("our IT and cataloging staff", "I supervise our cataloging unit", "the reference desk")
PLACE_WORDS = frozenset(("staff", "staffer", "staffers", "department", "departments", "dept", "desk", "team", "unit",
                         "librarian", "librarians", "clerk", "clerks", "office", "division"))


def course_reading(index: Index, tokens: list[str]) -> list[str]:
    """`tokens` without a competency set named only as what a course was about ("my *Youth Services* class",
    "a *Collection Management* course"): the set says which course, and what is asked is about the course;
    or as what a department or a job is about ("our IT and *cataloging* staff", "the *reference* desk"): the set
    says which people, and what is asked is about them (a remote work policy for them is not the electives)."""
    if SET_MARK not in tokens:
        return tokens
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token == SET_MARK and i + 1 < len(tokens) and (tokens[i + 1] in COURSE_WORDS or tokens[i + 1] in PLACE_WORDS):
            for k in range(min(index.set_marks.longest - 1, len(out)), 0, -1):
                if tuple(out[-k:]) in index.set_marks.table:
                    del out[-k:]
                    break
            continue
        out.append(token)
    return out


def _shortenings(index: Index, question: str, whole: list[str]) -> list[tuple[str, list[str], str, bool]]:
    """The message without its clauses about the asker (`without_context`), without the remarks
    after its question (`asked.question_first`: "can i skip the tech one?? im hopeless w computers"),
    and its asked part (`asked.asked_part`), as (kept, its tokens, dropped, whether it is the asked
    part). When the question before the remarks is the asked part (it names the program), it is
    scored as the asked part: "when did this whole lssc thing start anyway? feels like forever"
    read as sure alone gave the total-cost entry its "whole thing".

    Read as typed, and again without its filler: a greeting can hide the start of a clause
    about the asker ("hey folks I've been in tech services for a while now and do i qualify").
    A shortening that is not the whole message (tokens `whole`) with words left out (a kept part
    that the whole message reads as filler) is not the question.
    """
    found: dict[str, str] = {}
    for text in (question, without_filler(question)):
        shorter = without_context(text)
        if shorter is not None:
            found.setdefault(*shorter)
    # a claim told to the asker, read without who told it and the check after it, is a guess as the asked part is:
    # never sure alone ("someone told me LSSC shut down a few years ago, is that true?" is not how old a course may be)
    claimed = set(found) if tells_claim(question) else set()
    # a quoted claim ("> you never have to redo a set -- is that legit or did Priya make that up") is what the reply under
    # it asks about, as a claim told to the asker is: read without the reply, whose own words sank it ("did Priya make that
    # up"), and as that never sure alone (read so, two replies' claims were a specialty certificate's)
    quote = quoted(question)
    if quote is not None and quote[0] not in found:
        found[quote[0]] = quote[1]
        claimed.add(quote[0])
    asked = asked_part(question, index.subject)
    remarked = question_first(question)
    if remarked is not None and remarked[0] != asked:
        found.setdefault(*remarked)
    kept_tokens = {kept: index.tokens(kept) for kept in found}
    out = [(kept, kept_tokens[kept], dropped, kept in claimed)
           for kept, dropped in found.items() if _is_part_of(kept_tokens[kept], whole)]
    # the asked part reads a pronoun as the program, so it is not the whole message with words left out
    if asked is not None and asked not in found:
        out.append((asked, index.tokens(asked), question, True))
    return out


def _is_part_of(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is `whole` with some words left out (same order)."""
    rest = iter(whole)
    return all(word in rest for word in part)


def _known_mass(index: Index, terms: frozenset[str]) -> float:
    return sum(index.weights.get(t, 0.0) for t in terms if t not in STOPWORDS)


#: who a thing belongs to, before its name: "renew *my* notary commission", "renew *our* business license"
_POSSESSIVES = frozenset(("my", "our", "your", "his", "her", "their"))


def _noun_phrase(index: Index, words: list[str]) -> frozenset[str]:
    """The unknown (stemmed) words of the noun phrase `words` open with (up to three words before a stopword), when its
    last word, the noun in English, is one no entry or answer uses and no number; else nothing."""
    head = list(takewhile(lambda w: w not in STOPWORDS, words))[:3]
    unknown = [w for w in head if stem(w) not in index.weights and stem(w) not in index.answer_only
               and not is_number(w) and w.isalpha()]
    return frozenset(map(stem, unknown)) if head and unknown and unknown[-1] == head[-1] else frozenset()


def _possessed_unknowns(index: Index, tokens: list[str]) -> frozenset[str]:
    """The unknown words of each thing of the asker's that the FAQ does not know: a possessive after one of the FAQ's
    words (a verb, and this its object), then a noun phrase whose noun no entry uses ("how do I renew my *notary
    commission*", "what does it cost to renew my *food handler permit*"). What the asker renews is then that thing,
    not the certification, though the verb is the FAQ's: as words among the rest they only diluted the question
    coverage, and "renew" alone carried the renewal-fee entry. They count as `_attached_unknowns` do (so not for an
    entry whose topic term the question has: "if I move my household to Texas" is still about moving). "Renew my
    certification" and "my GED" name the FAQ's own things; in "HR is mapping my upskilling plan, which modules are
    required?" the plan is not what is asked about ("mapping" is no word of the FAQ's)."""
    return frozenset().union(*(_noun_phrase(index, tokens[i + 2:]) for i, (verb, word) in enumerate(pairwise(tokens))
                               if word in _POSSESSIVES and stem(verb) in index.weights and verb not in STOPWORDS))


def _attached_unknowns(index: Index, tokens: list[str]) -> frozenset[str]:
    """The question's unknown terms (no entry uses them) standing right before a known content term.

    English puts a noun's modifier first: "notary certification", "PMP certification", "church
    library". Only the word before counts: a word after ("fee amount", "exist anymore") tried
    both ways lost right answers on the tune set and drop-one and stopped no more wrong ones.
    An adverb ("-ly": "usually take", "generally worth") says how, not what about, so it does
    not count either; nor does a word the answers use (`Index.answer_only`: "is lssc *portable*
    between states"), which is the FAQ's own subject, not another thing's name.
    """
    stems = [stem(t) for t in tokens]
    return frozenset(t for (t, after), word in zip(pairwise(stems), tokens)
                     if t not in index.weights and t not in index.answer_only and t not in STOPWORDS
                     and not is_number(t) and not word.endswith("ly")
                     and after in index.weights and after not in STOPWORDS)


#: what a credential is called (as `Index.tokens` reads it: "cert" is "certification")
CREDENTIALS = frozenset(map(stem, ("certification", "certificate", "credential", "license", "licence", "licensure")))


def other_credential(index: Index, tokens: list[str]) -> bool:
    """Whether the question names another credential than the FAQ's: a name the FAQ does not know, and no
    word of English (`index.english_words`: an acronym or a brand), right before "certification", "license"
    or the like ("how do I renew my CPR certification", "is the PMP certification worth it"). The FAQ's own
    credentials are names it knows ("lssc", "clss", "cpla", "lta"); a word of English there says what kind
    ("a temporary certification", "a partial certification"), often of the FAQ's own. A name whose worth is asked is
    one too ("is comptia a+ worth it", read "comptia aplus worth": `index.leveled`): the FAQ's worth is its program's.
    """
    english = english_words()
    return any((stem(after) in CREDENTIALS or after == "worth") and word not in english and stem(word) not in index.weights
               and stem(word) not in index.answer_only and word not in STOPWORDS and not is_number(word)
               and word.isalpha() for word, after in pairwise(tokens))


#: what stands between a topic term and what it is about: "a refund *on my* ...", "the website *for our* ..."
_OBJECT_LINKS = frozenset(("on", "for", "of"))
_DETERMINERS = frozenset(("my", "our", "the", "a", "an", "your", "his", "her", "their", "this", "that", "these", "those"))


def elsewhere_topics(index: Index, tokens: list[str]) -> dict[str, frozenset[str]]:
    """The question's topic terms (`Index.topic_owners`) that are about something the FAQ does not know, each with
    the (stemmed) words that name that thing: a topic term followed by "on", "for" or "of", a determiner or a number
    or two, and then words whose last (the phrase's noun) no entry or answer uses ("a *refund* on my 2027 hotel
    booking", "a *refund* for my conference hotel", "the *website* for our makerspace"). Such a term names a thing of the asker's, not its entry's topic, so it does not excuse the
    question's unknown words (`Weights.topic_cap`), and the words after it count as `_attached_unknowns` do: a
    topic term alone let a question about a hotel refund be the LSSC refund entry at full strength.

    The object's noun must be a word and an unknown one, so "a refund on the fee", "a refund for international
    applicants" and "a refund of the $350" still name the entry."""
    out: dict[str, frozenset[str]] = {}
    for i, word in enumerate(tokens[:-2]):
        term = stem(word)
        if term not in index.topic_owners or tokens[i + 1] not in _OBJECT_LINKS:
            continue
        rest = tokens[i + 2:]
        while rest and (rest[0] in _DETERMINERS or is_number(rest[0])):
            rest = rest[1:]
        unknown = _noun_phrase(index, rest)  # English puts a phrase's noun last: "conference *hotel*"
        if unknown:
            out[term] = unknown
    return out


def _thin_evidence(index: Index, term: str, topical: Mapping[int, float]) -> frozenset[int]:
    """The entries that have `term` in only one of their phrasings, and not as a topic term."""
    per_entry = Counter(map(index.owners.__getitem__, index.postings.get(term, ())))
    return frozenset(owner for owner, count in per_entry.items() if count == 1 and owner not in topical)


@dataclass(frozen=True)
class Parts:
    """How an entry's score came about (its best phrasing's parts, before weighting)."""

    owner: int
    phrasing: int
    score: float
    own: float  #: weighted share of the question's terms this phrasing has
    pooled: float  #: ... that the entry's phrasings together have
    back: float  #: weighted share of the phrasing's terms the question has
    fuzzy: float  #: rapidfuzz similarity, 0..1
    kept: float  #: share of the phrasing-coverage and fuzzy parts kept (`Weights.attached`)
    credential: bool = False  #: the question names another credential (`other_credential`)


def explain(index: Index, question: str, limit: int = 5, weights: Weights = WEIGHTS) -> list[str]:
    """The best entries with their score parts, one line each (a diagnostic for tuning)."""
    out = [f"tokens: {' '.join(index.tokens(question))}"]
    for p, text, asked in _best(index, question, weights)[:limit]:
        via = "" if text == question else f"  ({'asked part' if asked else 'without context'}: {text!r})"
        out.append(f"{p.score:.3f} {index.entry_ids[p.owner]:<28} own {p.own:.2f} pooled {p.pooled:.2f} "
                   f"back {p.back:.2f} fuzzy {p.fuzzy:.2f} kept {p.kept:.2f}  <- {index.texts[p.phrasing]!r}{via}")
    return out


def _score(index: Index, tokens: list[str], weights: Weights) -> list[Parts]:
    """Every candidate entry's best phrasing for a question's tokens (`Index.tokens`), best first."""
    terms = term_set(tokens)
    content = [t for t in terms if t not in STOPWORDS]
    if not content:
        return []
    known_mass = unknown_mass = 0.0
    for t in terms:
        w = index.weight(t, weights.unknown)
        if t in index.weights or t in STOPWORDS or is_number(t):
            known_mass += w
        else:
            unknown_mass += w
    attached = _attached_unknowns(index, tokens) | _possessed_unknowns(index, tokens) if unknown_mass else frozenset()
    credential = bool(attached) and other_credential(index, tokens)
    elsewhere = elsewhere_topics(index, tokens) if unknown_mass else {}
    # what such a topic term is about names what the question is about, as an unknown word before a known one does
    attached = attached.union(*elsewhere.values())
    attached_mass = sum(index.weight(t, weights.unknown) for t in attached)
    # The question's term mass as each entry sees it: for an entry whose topic term the question has,
    # its unknown words weigh at most `topic_cap` times that term. A topic term is one entry's only, so
    # the question's terms name those entries; every other entry sees the same total and damping.
    topical: dict[int, float] = {}  # entry -> its best topic term's weight in the question
    for t in terms - elsewhere.keys():
        owner = index.topic_owners.get(t)
        if owner is not None:
            topical[owner] = max(topical.get(owner, 0.0), index.weights[t])
    default_total = known_mass + unknown_mass
    totals = {owner: known_mass + min(unknown_mass, weights.topic_cap * w) for owner, w in topical.items()}
    total = totals.get
    # what the phrasing-coverage and fuzzy parts keep (see `Weights.attached`): all, for a topical entry
    default_damp = 1.0 - weights.attached * attached_mass / default_total

    shared: dict[int, float] = defaultdict(float)
    for t in content:
        w = index.weight(t)
        for pid in index.postings.get(t, ()):
            shared[pid] += w
    if not shared:
        return []
    stops = terms.intersection(STOPWORDS, index.weights)  # stopwords shared with a candidate count a little too
    if stops:
        weight_of, phrasing_terms = index.weights.__getitem__, index.terms
        for pid in list(shared):
            shared[pid] += sum(map(weight_of, stops & phrasing_terms[pid]))
    owners, mass, question_part, phrasing_part = index.owners, index.mass, weights.question, weights.phrasing
    coarse = {pid: question_part * s / total(owners[pid], default_total) + phrasing_part * s / mass[pid]
              for pid, s in shared.items()}
    best = sorted(coarse, key=coarse.__getitem__, reverse=True)[: weights.candidates]
    pooled = {owner: sum(index.weight(t, weights.unknown) for t in terms & index.entry_terms[owner])
              / total(owner, default_total) for owner in {index.owners[pid] for pid in best}}
    text = " ".join(tokens)
    similar = process.extract(text, {pid: index.texts[pid] for pid in best}, scorer=weights.scorer,
                              processor=None, limit=None)
    thin = _thin_evidence(index, content[0], topical) if len(content) == 1 else frozenset()
    by_entry: dict[int, Parts] = {}
    for _, similarity, pid in similar:
        owner = index.owners[pid]
        own, back, fuzzy = shared[pid] / total(owner, default_total), shared[pid] / index.mass[pid], similarity / 100.0
        covered = (1.0 - weights.pooled) * own + weights.pooled * pooled[owner]
        damp = 1.0 if owner in topical else default_damp
        score = weights.question * covered + damp * (weights.phrasing * back + weights.fuzzy * fuzzy)
        if owner in thin:
            score *= weights.thin
        if owner not in by_entry or score > by_entry[owner].score:
            by_entry[owner] = Parts(owner, pid, score, own, pooled[owner], back, fuzzy, damp, credential)
    return sorted(by_entry.values(), key=lambda p: p.score, reverse=True)
