"""Fixtures for the end-to-end tests: a FakeDiscord in a thread and `python bot.py` against it.

Every bot started through `start` is stopped in teardown (SIGTERM, then SIGKILL),
and its whole output is checked for the token, so every end-to-end run doubles
as a token-leak test.
"""
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # `lssc_bot` importable when pytest runs from the root without installing it
    sys.path.insert(0, ROOT)

from tests.e2e.fake_discord import FakeDiscordThread  # noqa: E402
from tests.e2e.harness import TOKEN, BotProcess, start_bot, start_fake  # noqa: E402

StartBot = Callable[..., BotProcess]


@pytest.fixture
def srv() -> Iterator[FakeDiscordThread]:
    with start_fake() as fake:
        yield fake
        assert fake.errors == [], f"the fake failed on a request the bot sent: {fake.errors}"


@pytest.fixture
def start(srv: FakeDiscordThread, tmp_path: Path) -> Iterator[StartBot]:
    """`start(extra_env={...})` runs bot.py in tmp_path and waits until it is connected."""
    started: list[BotProcess] = []

    def start_and_wait(extra_env: Mapping[str, str] = {}) -> BotProcess:
        bot = start_bot(srv, tmp_path, extra_env)
        started.append(bot)
        bot.wait_ready()
        return bot

    yield start_and_wait
    codes = [bot.stop() for bot in started]
    for bot in started:
        logs = bot.logs()
        print(logs)  # pytest shows it only when the test failed
        assert TOKEN not in logs, "the bot token appeared in the bot's output"
    assert all(code == 0 for code in codes), f"bot.py did not exit 0 within 5 s of SIGTERM: {codes}"


@pytest.fixture
def bot(start: StartBot) -> BotProcess:
    return start()
