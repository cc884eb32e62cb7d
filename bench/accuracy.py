"""Answer quality: right / clarify / fallback / WRONG per question set, and a drop-one-alternate figure.

    .venv/bin/python bench/accuracy.py [SET.yaml ...] [--drop-one N] [--explain "question"]

A wrong answer (an FAQ entry or a calculation that is not what was asked, or any answer to an
out-of-scope question) costs more than a did-you-mean or an honest "I don't know", so the
misses are counted by kind rather than lumped together:

- right:    judged right, exactly as shared/eval/score.py judges it
- clarify:  an in-scope question given a did-you-mean
- fallback: an in-scope question given "I don't know"
- wrong:    answered (kind faq or rules) but wrong

Drop-one (generalisation to phrasings the FAQ does not contain): a deterministic sample of N
alternates; for each, the FAQ is rebuilt without that one alternate and the alternate is asked.
Right = the gate answers with the entry it came from. A script that prints figures, not a test.

Robustness (chatty messages): the same drop-one sample, each held-out alternate wrapped in
Discord-style chatter (a greeting or preamble, something about the asker, a sign-off, run-on or
as separate sentences) drawn from the template lists below with a seeded choice, several
wrappings per alternate, each asked of the FAQ without that alternate. Precision under chatter:
off-topic library-work messages (written for this script, not from any question set) wrapped
the same way must all get a fallback through the whole `answer()` path.
"""
from __future__ import annotations

import argparse
import re
import dataclasses
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lssc_bot.answer import answer, decide  # noqa: E402
from lssc_bot.knowledge import Entry, Knowledge, load_knowledge  # noqa: E402
from lssc_bot.understanding import gate  # noqa: E402
from lssc_bot.understanding.index import build_index  # noqa: E402
from lssc_bot.understanding.match import explain  # noqa: E402
from tests.understanding.question_sets import DEV_SET, TUNE_SET, judge, load_cases  # noqa: E402

FAQ = ROOT / "faq.yaml"

#: Openings people put before the question. "{q}" templates are whole wrappings; the rest are
#: prefixed. Kept generic (nothing here is about LSSC) and separate from any question set.
PREAMBLES = (
    "hi all!", "Hey y'all, long time lurker here.", "quick question:", "Sorry if this was asked before, but",
    "Good morning everyone!", "ok so", "Hello! First post here.", "hoping someone can help -",
    "hey folks", "Hi friends, hope everyone is having a good week.", "random question but", "Morning!",
)
#: What people say about themselves before (or instead of) getting to the point.
SELVES = (
    "I'm a library assistant at a small rural branch in Ohio and", "My director mentioned it at our staff meeting.",
    "so I've been thinking about this for a while and", "I work circulation at a public library.",
    "I'm a para at a middle school library,", "our branch manager wants a few of us to look into it, so",
    "I've been in tech services for a while now and", "I just started as a page at my county library.",
    "I'm kind of new to all this.", "my coworker and I were talking about it over lunch and",
)
#: Sign-offs.
SIGNOFFS = (
    "thanks in advance!!", "tia", "Thanks so much!", "any help appreciated :)", "appreciate it y'all",
    "thank you!!", "cheers", "Thanks!! have a great day", "Thank you in advance for any advice.",
)
#: Clearly off-topic library-work chatter: must never get an answer, however it is wrapped.
OFF_TOPIC = (
    "how do I get the public printers to stop printing a blank page after every job?",
    "who covers the reference desk when someone calls in sick on a weekend?",
    "what's a good way to deal with a patron who keeps falling asleep in the study room?",
    "how do I fix a catalog record that has the wrong publication year?",
    "any tips for keeping toddlers engaged during storytime?",
    "is the Certified Archivist exam hard?",
    "does anyone know if HR counts comp time toward overtime?",
    "how do you all schedule desk shifts around the summer reading program?",
    "what's the best label printer for spine labels?",
    "how do I merge two patron accounts in Koha?",
    "can someone explain how to batch edit item types in Evergreen?",
    "how much notice should I give before I quit my job?",
    "what do I do about a book that came back smelling like smoke?",
    "our wifi keeps dropping in the children's area, who do I call?",
    "is anyone else's ILS migration going this badly?",
    "how do I talk to my supervisor about being understaffed?",
    "what craft works for a teen program on a tiny budget?",
    "should we fine patrons for damaged board games?",
    "how are other branches handling the new dress code?",
    "what's the Dewey range for true crime?",
    "how do I request a vacation day in the new timekeeping system?",
    "does a Project Management Professional cert help in libraries?",
    "where do I order more barcode stickers?",
    "how do I get the self checkout machine to read RFID tags again?",
    "what's a good book display theme for February?",
    "how many volunteers do you need for a book sale?",
    "who do I ask about getting a key to the staff room?",
    "how do I add a local subject heading to a MARC record?",
    "is it normal for a library clerk interview to have three rounds?",
    "how do I handle a complaint about a picture book on display?",
)

#: How a question is wrapped: P preamble, S self-description, O sign-off, Q the question.
SHAPES = ("P Q", "P S Q O", "S Q", "Q O", "P S Q", "S Q O", "P Q O")


def chatter(question: str, rng: random.Random, shape: str) -> str:
    """`question` wrapped in chatter of the given shape; after a clause ending in a comma, "and",
    "so" or ":" the question runs on in lower case, as people type it."""
    out = ""
    for part in shape.split():
        piece = {"P": lambda: rng.choice(PREAMBLES), "S": lambda: rng.choice(SELVES),
                 "O": lambda: rng.choice(SIGNOFFS), "Q": lambda: question}[part]()
        if part == "Q" and re.search(r"(,|\band|\bso|:|-|but)$", out):
            piece = piece[:1].lower() + piece[1:]
        out = f"{out} {piece}".strip()
    return out


def wrappings(question: str, seed: str, count: int) -> list[str]:
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    return [chatter(question, rng, shape) for shape in rng.sample(SHAPES, count)]


def classify(knowledge: Knowledge, path: Path) -> tuple[dict[str, int], list[str]]:
    counts = {"right": 0, "clarify": 0, "fallback": 0, "wrong": 0}
    wrong: list[str] = []
    for case in load_cases(path):
        reply = answer(knowledge, case["q"])
        if judge(case, reply) is None:
            counts["right"] += 1
        elif reply.kind in ("faq", "rules"):
            counts["wrong"] += 1
            wrong.append(f"{case['q']!r} -> {reply.topic}")
        else:
            counts[reply.kind] += 1
    return counts, wrong


def held_out(knowledge: Knowledge, sample: int, seed: int = 0) -> Iterator[tuple[Entry, str, Knowledge]]:
    """(entry, one of its alternates, the FAQ without that alternate), `sample` times.

    Ordered by a hash of (entry, alternate), so the sample is the same run to run and hardly moves
    when alternates are added or removed elsewhere (a random sample over positions would).
    """
    pairs = sorted(((i, j) for i, e in enumerate(knowledge.entries) for j in range(len(e.alternates))),
                   key=lambda p: hashlib.sha256(f"{seed}\0{knowledge.entries[p[0]].id}\0"
                                                f"{knowledge.entries[p[0]].alternates[p[1]]}".encode()).digest())
    for i, j in sorted(pairs[:sample]):
        entry = knowledge.entries[i]
        fewer = dataclasses.replace(entry, alternates=entry.alternates[:j] + entry.alternates[j + 1:])
        trimmed = dataclasses.replace(knowledge, entries=(*knowledge.entries[:i], fewer, *knowledge.entries[i + 1:]))
        yield entry, entry.alternates[j], trimmed


def tally(counts: dict[str, int], entry: Entry, text: str, decision: gate.Decision,
          wrong: list[str] | None, fallen: list[str] | None = None) -> None:
    if decision.kind == "faq":
        right = decision.topics[0] == entry.id
        counts["right" if right else "wrong"] += 1
        if not right and wrong is not None:
            wrong.append(f"{text!r} ({entry.id}) -> {decision.topics[0]}")
        return
    counts[decision.kind] += 1
    if fallen is not None:
        fallen.append(f"{decision.kind}: {text!r} ({entry.id})")


def drop_one(knowledge: Knowledge, sample: int, seed: int = 0, wrong: list[str] | None = None) -> dict[str, int]:
    counts = {"right": 0, "clarify": 0, "fallback": 0, "wrong": 0}
    for entry, text, trimmed in held_out(knowledge, sample, seed):
        tally(counts, entry, text, decide(trimmed, text), wrong)
    return counts


def robustness(knowledge: Knowledge, sample: int, per: int, seed: int = 0,
               wrong: list[str] | None = None, fallen: list[str] | None = None) -> dict[str, int]:
    """Drop-one again, each held-out alternate asked in `per` chatty wrappings."""
    counts = {"right": 0, "clarify": 0, "fallback": 0, "wrong": 0}
    for entry, alternate, trimmed in held_out(knowledge, sample, seed):
        for text in wrappings(alternate, f"{entry.id}\0{alternate}", per):
            tally(counts, entry, text, decide(trimmed, text), wrong, fallen)
    return counts


def precision_under_chatter(knowledge: Knowledge, per: int, answered: list[str] | None = None) -> tuple[int, int]:
    """(fallbacks, messages) over the off-topic messages, bare and in `per` wrappings each."""
    fine = total = 0
    for question in OFF_TOPIC:
        for text in (question, *wrappings(question, f"off\0{question}", per)):
            reply = answer(knowledge, text)
            total += 1
            if reply.kind == "fallback":
                fine += 1
            elif answered is not None:
                answered.append(f"{text!r} -> {reply.kind} {reply.topic or ', '.join(s.topic for s in reply.suggestions)}")
    return fine, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=[DEV_SET, TUNE_SET])
    parser.add_argument("--drop-one", type=int, default=200, metavar="N", help="alternates to hold out (0: skip)")
    parser.add_argument("--chatter", type=int, default=3, metavar="K",
                        help="chatty wrappings per alternate / off-topic message (0: skip)")
    parser.add_argument("--show-fallback", action="store_true", help="list the chatty in-scope messages not answered")
    parser.add_argument("--explain", action="append", default=[], metavar="QUESTION",
                        help="print the top entries of a question with their score parts")
    parser.add_argument("--faq", type=Path, default=FAQ, help="the knowledge file (default: faq.yaml)")
    parser.add_argument("--show-wrong", action="store_true", help="list the wrong answers")
    args = parser.parse_args()
    knowledge = load_knowledge(args.faq)
    for question in args.explain:
        print(question)
        for line in explain(build_index(knowledge), question):
            print("   ", line)
    if args.explain:
        return 0
    print("| set | questions | right | clarify | fallback | wrong |")
    print("|---|---|---|---|---|---|")
    for path in args.sets:
        counts, wrong = classify(knowledge, path)
        print(f"| {path.name} | {sum(counts.values())} | {counts['right']} | {counts['clarify']} | "
              f"{counts['fallback']} | {counts['wrong']} |")
        if args.show_wrong:
            for w in wrong:
                print(f"|   wrong: {w} |")
    if args.drop_one:
        started = time.perf_counter()
        held_wrong: list[str] = []
        c = drop_one(knowledge, args.drop_one, wrong=held_wrong)
        n = sum(c.values())
        print(f"\ndrop-one ({n} alternates held out, {time.perf_counter() - started:.1f}s): right {c['right']} "
              f"({100 * c['right'] / n:.0f}%)  clarify {c['clarify']}  fallback {c['fallback']}  wrong {c['wrong']}")
        if args.show_wrong:
            print("\n".join(f"    wrong: {w}" for w in held_wrong))
    if args.drop_one and args.chatter:
        started = time.perf_counter()
        chat_wrong: list[str] = []
        fallen: list[str] = []
        c = robustness(knowledge, args.drop_one, args.chatter, wrong=chat_wrong, fallen=fallen)
        n = sum(c.values())
        print(f"robustness ({n} chatty messages, {args.chatter} per held-out alternate, "
              f"{time.perf_counter() - started:.1f}s): right {c['right']} ({100 * c['right'] / n:.0f}%)  "
              f"clarify {c['clarify']}  fallback {c['fallback']}  wrong {c['wrong']}")
        if args.show_wrong:
            print("\n".join(f"    wrong: {w}" for w in chat_wrong))
        if args.show_fallback:
            print("\n".join(f"    {w}" for w in fallen))
    if args.chatter:
        answered: list[str] = []
        fine, total = precision_under_chatter(knowledge, args.chatter, answered)
        print(f"precision under chatter ({len(OFF_TOPIC)} off-topic messages, bare and {args.chatter} wrappings "
              f"each): fallback {fine}/{total}, answered or did-you-mean {total - fine}")
        if args.show_wrong:
            print("\n".join(f"    answered: {a}" for a in answered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
