"""Many people at once: every question gets exactly one reply, an answer or a cooldown notice."""
from __future__ import annotations

from lssc_bot.limits import Cooldown
from tests.e2e.fake_discord import FakeDiscordThread
from tests.e2e.harness import SHIPPED_FAQ, BotProcess
from tests.e2e.load import ask_all, distinct_questions, kinds, responses_to

USERS, PER_USER = 12, 4  # the bench runs the 50 x 4; this checks correctness only
PER_WINDOW = Cooldown().limit


def test_concurrent_questions_are_each_answered_once_or_cooldown_noticed(
        srv: FakeDiscordThread, bot: BotProcess) -> None:
    eager = PER_WINDOW + 2  # one person asks past the cooldown limit
    questions = iter(distinct_questions(SHIPPED_FAQ, USERS * PER_USER + eager))
    members = [srv.guild.add_member(f"asker{i}").user.id for i in range(USERS + 1)]
    asks = [(user, next(questions)) for _ in range(PER_USER) for user in members[:USERS]]
    asks += [(members[-1], next(questions)) for _ in range(eager)]

    outcomes = srv.run(ask_all(srv.fake, asks), timeout=90)

    assert bot.stop() == 0  # after every reply in flight: a late duplicate would be counted below
    assert [responses_to(srv.fake, o.interaction) for o in outcomes] == [1] * len(asks)
    assert kinds(outcomes) == {"answer": USERS * PER_USER + PER_WINDOW, "cooldown": eager - PER_WINDOW}
    assert kinds(o for o in outcomes if o.interaction.user_id == members[-1]) == {"answer": PER_WINDOW, "cooldown": 2}
