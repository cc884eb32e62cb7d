#!/usr/bin/env python3
"""End-to-end load: N people ask `/lssc ask` at once; time from event dispatch to the bot's reply.

Starts a FakeDiscord on 127.0.0.1 and `python bot.py` against it exactly as the
end-to-end tests do, sends every question as fast as the gateway socket takes
them, and reports how each was handled and the p50/p99/max latency, measured on
the fake's clock from sending INTERACTION_CREATE to receiving the callback.
Not a test: the numbers depend on the machine.

    python bench/e2e_load.py                 # the issue's 200 questions from 50 people
    python bench/e2e_load.py --users 100 --per-user 5
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import SHIPPED_FAQ, start_bot, start_fake  # noqa: E402
from tests.e2e.load import ask_all, distinct_questions, kinds, percentile, responses_to  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--per-user", type=int, default=4)
    args = parser.parse_args(argv)
    total = args.users * args.per_user

    with start_fake() as srv, tempfile.TemporaryDirectory(prefix="lssc-bench-") as workdir:
        users = [srv.guild.add_member(f"asker{i}").user.id for i in range(args.users)]
        questions = iter(distinct_questions(SHIPPED_FAQ, total))
        asks = [(user, next(questions)) for _ in range(args.per_user) for user in users]
        bot = start_bot(srv, Path(workdir))
        try:
            bot.wait_ready()
            began = time.monotonic()
            outcomes = srv.run(ask_all(srv.fake, asks, timeout=120), timeout=150)
            wall = time.monotonic() - began
        finally:
            code = bot.stop()
        duplicated = sum(responses_to(srv.fake, o.interaction) != 1 for o in outcomes)

    latencies = sorted(o.latency * 1000 for o in outcomes)
    print(f"{total} questions from {args.users} people at once: "
          + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds(outcomes).items()))
          + f"; {duplicated} with other than one reply; all done in {wall:.2f}s")
    print(f"dispatch -> reply: p50 {percentile(latencies, 50):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
          f"max {latencies[-1]:.1f} ms")
    print(f"bot.py exit code after SIGTERM: {code}")
    return 0 if duplicated == 0 and code == 0 and len(outcomes) == total else 1


if __name__ == "__main__":
    sys.exit(main())
