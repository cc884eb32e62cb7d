"""Speed of answering with the sentence model, at the shipped FAQ: per question, start-up, reload, memory.

    .venv/bin/python bench/semantic.py [--quick]

- per question: the whole `answer()` (calculators, both retrieval signals, the gate) on the dev
  and tune sets' questions, and the sentence model's own share (`Embeddings.question`);
- start-up to the first answer: `bot.py ask` in a fresh process, with the embedding cache in its
  data folder (warm) and with an empty data folder (cold: every phrasing is encoded);
- reload after a one-entry edit: parse, validate and warm the edited file in the running process
  (only the edited phrasing is encoded);
- memory: the peak resident size of the `bot.py ask` process, warm and cold.
A script that prints figures, not a timed test.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lssc_bot.answer import answer  # noqa: E402
from lssc_bot.knowledge import load_knowledge, parse_knowledge  # noqa: E402
from lssc_bot.understanding import warm  # noqa: E402
from lssc_bot.understanding.semantic import embeddings  # noqa: E402

FAQ = ROOT / "faq.yaml"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


#: runs bot.py and prints the process's peak resident size (KB) last on stderr: VmHWM, the peak of this
#: program's own memory (ru_maxrss also keeps the forking parent's, so a big benchmark process inflated it)
_PEAK = ("import re, resource, runpy, sys\n"
         "sys.argv = sys.argv[1:]\ntry:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
         "finally:\n"
         "    try:\n        peak = int(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1))\n"
         "    except (OSError, AttributeError):\n        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
         "    print(peak, file=sys.stderr)")


def first_answer(data: Path) -> tuple[float, float]:
    """(seconds, peak MB) of `bot.py ask` answering one question in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, str(ROOT / "bot.py"), "ask", "how much does it cost?"],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "LSSC_DATA_DIR": str(data)})
    if "How much" not in done.stdout:
        sys.exit(f"bot.py ask did not answer: {done.stderr[-500:]}")
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.split()[-1]) / 1024


def semantic_figures(questions: list[str], rounds: int) -> None:
    knowledge = warm(load_knowledge(FAQ))
    encode = embeddings().question
    for q in questions[:20]:
        answer(knowledge, q)
    whole, model = [], []
    for q in questions * max(1, rounds // 2):
        started = time.perf_counter()
        answer(knowledge, q)
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        encode(q, knowledge.program.abbreviation)
        model.append(time.perf_counter() - started)
    text, phrasing = FAQ.read_text(encoding="utf-8"), knowledge.entries[0].question
    reloads = []
    for edit in range(5):  # each time a phrasing the process has not seen
        edited = text.replace(phrasing, f"{phrasing[:-1]}, version {edit}?", 1)
        started = time.perf_counter()
        warm(parse_knowledge(edited, str(FAQ)))
        reloads.append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        cold_s, cold_peak = first_answer(Path(folder) / "data")
        warm_s, peak = min(first_answer(Path(folder) / "data") for _ in range(3))
    print(f"With the sentence model, shipped FAQ ({len(whole)} answers of {len(questions)} real questions):")
    print("| answer() p50 ms | answer() p99 ms | model p50 ms | model p99 ms | start-up, cache warm s "
          "| start-up, cold s | reload after a one-entry edit ms | peak RSS MB, warm | peak RSS MB, cold |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {statistics.median(whole) * 1e3:.1f} | {percentile(whole, 99) * 1e3:.1f} | "
          f"{statistics.median(model) * 1e3:.1f} | {percentile(model, 99) * 1e3:.1f} | {warm_s:.2f} | {cold_s:.2f} | "
          f"{statistics.median(reloads) * 1e3:.0f} | {peak:.0f} | {cold_peak:.0f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    args = parser.parse_args()
    from matching import questions

    semantic_figures(questions(), 2 if args.quick else 10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
