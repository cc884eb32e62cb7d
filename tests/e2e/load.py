"""Many people asking `/lssc ask` at once, and what each of them got back.

Used by `test_many_askers.py` (correctness only) and `bench/e2e_load.py` (also timing).
Runs on the fake's own loop so the time from dispatching an interaction to the
bot's callback is measured on one clock, with no thread hops in between.
"""
from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lssc_bot.knowledge import load_knowledge
from lssc_bot.knowledge.validate import comparable

from .fake_discord import DispatchedInteraction, FakeDiscord, RecordedRequest

COOLDOWN_NOTICE = "You're asking quickly"
EARLIER_NOTICE = "I answered that here"


@dataclass(frozen=True)
class Outcome:
    interaction: DispatchedInteraction
    question: str
    kind: str  # "answer", "cooldown", "earlier" or "other"
    latency: float  # seconds from dispatching the interaction to the first callback arriving


def distinct_questions(faq: Path, count: int) -> list[str]:
    """`count` questions that differ after normalising (so none is answered "see above")."""
    seen: dict[str, str] = {}
    for entry in load_knowledge(faq).entries:
        for phrasing in entry.phrasings:
            seen.setdefault(comparable(phrasing), phrasing)
    if len(seen) < count:
        raise ValueError(f"{faq} has only {len(seen)} distinct phrasings; asked for {count}")
    return list(seen.values())[:count]


def _kind(callback: RecordedRequest) -> str:
    data = (callback.json or {}).get("data") or {}
    if data.get("embeds"):
        return "answer"
    content = str(data.get("content") or "")
    if content.startswith(COOLDOWN_NOTICE):
        return "cooldown"
    if content.startswith(EARLIER_NOTICE):
        return "earlier"
    return "other"


async def ask_all(fake: FakeDiscord, asks: Sequence[tuple[int, str]], timeout: float = 60.0) -> list[Outcome]:
    """Dispatch every (user id, question) as fast as the socket takes them; wait for every callback."""
    sent = []
    for user_id, question in asks:
        started = time.monotonic()
        interaction = await fake.dispatch_slash_command("lssc ask", {"question": question}, user_id=user_id)
        sent.append((interaction, started))
    outcomes = []
    deadline = time.monotonic() + timeout
    for (interaction, started), (_, question) in zip(sent, asks):
        callback = await fake.wait_for_request(
            "POST", rf"^/interactions/{interaction.id}/", lambda r: r.ok, timeout=max(deadline - time.monotonic(), 0.1))
        outcomes.append(Outcome(interaction, question, _kind(callback), callback.received_at - started))
    return outcomes


def responses_to(fake: FakeDiscord, interaction: DispatchedInteraction) -> int:
    """Successful callbacks plus follow-up messages: 1 unless a reply was duplicated."""
    followups = [r for r in fake.followups(interaction.token) if r.method == "POST"]
    return len(fake.interaction_responses(interaction.id)) + len(followups)


def kinds(outcomes: Iterable[Outcome]) -> Counter[str]:
    return Counter(o.kind for o in outcomes)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100), by the inclusive method; fine for a few hundred samples."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(p) - 1]
