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
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lssc_bot.answer import answer  # noqa: E402
from lssc_bot.knowledge import Knowledge, load_knowledge  # noqa: E402
from lssc_bot.understanding import gate  # noqa: E402
from lssc_bot.understanding.index import build_index  # noqa: E402
from lssc_bot.understanding.match import explain, rank  # noqa: E402
from tests.understanding.question_sets import DEV_SET, TUNE_SET, judge, load_cases  # noqa: E402

FAQ = ROOT / "faq.yaml"


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


def drop_one(knowledge: Knowledge, sample: int, seed: int = 0, wrong: list[str] | None = None) -> dict[str, int]:
    # Ordered by a hash of (entry, alternate), so the sample is the same run to run and hardly moves
    # when alternates are added or removed elsewhere (a random sample over positions would).
    pairs = sorted(((i, j) for i, e in enumerate(knowledge.entries) for j in range(len(e.alternates))),
                   key=lambda p: hashlib.sha256(f"{seed}\0{knowledge.entries[p[0]].id}\0"
                                                f"{knowledge.entries[p[0]].alternates[p[1]]}".encode()).digest())
    picked = sorted(pairs[:sample])
    counts = {"right": 0, "clarify": 0, "fallback": 0, "wrong": 0}
    for i, j in picked:
        entry = knowledge.entries[i]
        held_out = entry.alternates[j]
        fewer = dataclasses.replace(entry, alternates=entry.alternates[:j] + entry.alternates[j + 1:])
        trimmed = dataclasses.replace(knowledge, entries=(*knowledge.entries[:i], fewer, *knowledge.entries[i + 1:]))
        decision = gate.decide(rank(build_index(trimmed), held_out))
        if decision.kind == "faq":
            right = decision.topics[0] == entry.id
            counts["right" if right else "wrong"] += 1
            if not right and wrong is not None:
                wrong.append(f"{held_out!r} ({entry.id}) -> {decision.topics[0]}")
        else:
            counts[decision.kind] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=[DEV_SET, TUNE_SET])
    parser.add_argument("--drop-one", type=int, default=200, metavar="N", help="alternates to hold out (0: skip)")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
