"""Matching speed: per-question latency, throughput, load time and memory, against a difflib baseline.

    .venv/bin/python bench/matching.py [--quick]

The table's latencies are the lexical matcher's (`match.rank`, as before the semantic signal), at
every size; the semantic figures (whole `answer()` with the sentence model, start-up, reload,
memory) are for the shipped FAQ and printed below the table, from `bench/semantic.py`.

Sizes: the shipped faq.yaml, and synthetic FAQs of 1,000 and 10,000 entries built
in memory as YAML text (the shipped program section, generated entries) and loaded
through `parse_knowledge`, so load time includes parse + validate + index exactly
as a reload would. Questions are the real ones from the dev and tune sets.
A script that prints figures, not a timed test.
"""
from __future__ import annotations

import argparse
import difflib
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lssc_bot.knowledge import Knowledge, parse_knowledge  # noqa: E402
from lssc_bot.understanding.index import index_for  # noqa: E402
from lssc_bot.understanding.match import rank  # noqa: E402
from lssc_bot.understanding.normalise import words  # noqa: E402
from semantic import semantic_figures  # noqa: E402

T = TypeVar("T")
FAQ = ROOT / "faq.yaml"
QUESTION_SETS = [ROOT.parent / "shared" / "eval" / "dev-questions.yaml", ROOT / "tests" / "data" / "questions-tune.yaml"]


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * 4096 / 1e6


def questions() -> list[str]:
    found: list[str] = []
    for path in QUESTION_SETS:
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            found += [c["q"] for c in (data["cases"] if isinstance(data, dict) else data)]
    return found


def synthetic_yaml(n: int, seed: int = 7) -> str:
    """The shipped file with `n` generated entries: questions built from the shipped FAQ's words plus
    made-up words, so postings and vocabulary grow as they would with a large real FAQ."""
    data = yaml.safe_load(FAQ.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    shipped = sorted({w for e in data["faqs"] for p in [e["question"], *e["alternates"]] for w in words(p)})
    invented = ["".join(rng.choice("bcdfghjklmnprstvwz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
                for _ in range(max(200, n * 2))]
    entries = []
    for i in range(n):
        def phrase() -> str:
            picks = rng.sample(shipped, 3) + rng.sample(invented, 2)
            rng.shuffle(picks)
            return " ".join(picks)
        entries.append({"id": f"synthetic-{i}", "question": f"{phrase()} {i}?",
                        "alternates": [f"{phrase()} {i} {j}" for j in range(4)],
                        "answer": f"Synthetic answer {i}.", "sources": ["https://ala-apa.org/lssc/"],
                        "tags": ["synthetic"], "verified": "2026-12-01"})
    data["faqs"] = data["faqs"] + entries
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def latencies(fn: Callable[[str], object], qs: list[str]) -> list[float]:
    out = []
    for q in qs:
        started = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - started)
    return out


def p(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def difflib_matcher(knowledge: Knowledge) -> Callable[[str], object]:
    phrasings = [p.lower() for e in knowledge.entries for p in e.phrasings]
    return lambda q: difflib.get_close_matches(q.lower(), phrasings, n=3, cutoff=0.5)


def bench(label: str, text: str, qs: list[str], rounds: int, baseline_count: int) -> dict[str, object]:
    gc.collect()
    before = rss_mb()
    knowledge, parse_s = timed(lambda: parse_knowledge(text, label))
    _, index_s = timed(lambda: index_for(knowledge))
    after = rss_mb()
    index = index_for(knowledge)
    for q in qs[:20]:  # warm caches (regexes, rapidfuzz) before timing
        rank(index, q)
    ours = latencies(lambda q: rank(index, q), qs * rounds)
    base = latencies(difflib_matcher(knowledge), qs[:baseline_count])
    return {
        "size": f"{label} ({len(knowledge.entries):,} entries, {sum(len(e.phrasings) for e in knowledge.entries):,} "
                "phrasings)",
        "p50": statistics.median(ours) * 1e3, "p99": p(ours, 99) * 1e3, "qps": len(ours) / sum(ours),
        "parse": parse_s * 1e3, "index": index_s * 1e3, "load": (parse_s + index_s) * 1e3, "mb": after - before, "kb": len(text.encode()) / 1e3,
        "difflib_p50": statistics.median(base) * 1e3, "ratio": statistics.median(base) / statistics.median(ours),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    args = parser.parse_args()
    qs = questions()
    rounds = 2 if args.quick else 10
    sizes = [("shipped", FAQ.read_text(encoding="utf-8"), rounds, len(qs)),
             ("synthetic-1k", synthetic_yaml(1_000), max(1, rounds // 2), 30),
             ("synthetic-10k", synthetic_yaml(10_000), max(1, rounds // 5), 5)]
    rows = [bench(label, text, qs, r, b) for label, text, r, b in sizes]
    print(f"{len(qs)} real questions (dev + tune sets), Python {sys.version.split()[0]}, one thread\n")
    print("| FAQ | file KB | p50 ms | p99 ms | questions/s | parse+validate ms | index ms | load ms (sum) | RSS +MB "
          "| difflib p50 ms | difflib / ours |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']} | {r['kb']:,.0f} | {r['p50']:.3f} | {r['p99']:.3f} | {r['qps']:,.0f} | {r['parse']:,.0f} | "
              f"{r['index']:,.0f} | {r['load']:,.0f} | {r['mb']:.1f} | {r['difflib_p50']:.2f} | {r['ratio']:,.0f}x |")
    print()
    semantic_figures(qs, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
