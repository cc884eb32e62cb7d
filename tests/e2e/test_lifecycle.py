"""Running in production: health while connected, graceful SIGTERM / Ctrl-C, no token in the logs."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.e2e.fake_discord import OP_RESUME, FakeDiscordThread
from tests.e2e.harness import LISTEN_CHANNEL, ROOT, TOKEN, BotProcess, ask, embeds_of

FEES = "How much does LSSC cost?"
CALLBACK = r"^/interactions/\d+/[^/]+/callback$"


def health(bot: BotProcess) -> subprocess.CompletedProcess[str]:
    """`python bot.py health` as Docker's HEALTHCHECK runs it, with the bot's environment."""
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), "health"], capture_output=True, text=True,
                          timeout=30, env={"LSSC_DATA_DIR": str(bot.data_dir), "LSSC_HEARTBEAT_SECONDS": "1",
                                           "PATH": ""})


def test_health_follows_the_gateway_connection(srv: FakeDiscordThread, bot: BotProcess) -> None:
    assert health(bot).returncode == 0
    frames = len(srv.gateway_frames)
    srv.drop_connection()
    srv.wait_for_gateway_op(OP_RESUME, since=frames, timeout=15)
    srv.wait_until_connected(timeout=15)
    ask(srv, FEES)  # answered: on_resumed has run, the heartbeat says so
    resumed = health(bot)
    assert resumed.returncode == 0 and "resumed" in resumed.stdout
    assert bot.stop() == 0
    stopped = health(bot)
    assert stopped.returncode == 1 and "shut down" in stopped.stdout


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_stop_signal_finishes_the_reply_in_flight_and_exits_0(
        srv: FakeDiscordThread, bot: BotProcess, sig: signal.Signals) -> None:
    # A 429 holds the reply in flight for a second: the signal lands mid-question.
    srv.fail_next("POST", CALLBACK, status=429, retry_after=1.0)
    asked = srv.dispatch_slash_command("lssc ask", {"question": FEES})
    srv.wait_for_request("POST", CALLBACK, lambda r: r.status == 429, timeout=10)
    bot.signal(sig)
    assert bot.wait_exit(timeout=5) == 0
    [reply] = srv.interaction_responses(asked.id)
    assert embeds_of(reply)[0]["title"] == FEES
    assert not (bot.data_dir / "lssc.sqlite3-wal").exists()  # the database was closed, not abandoned


def test_a_second_signal_stops_without_waiting(srv: FakeDiscordThread, bot: BotProcess) -> None:
    srv.fail_next("POST", CALLBACK, status=429, retry_after=4.0)  # longer than the grace period
    srv.dispatch_slash_command("lssc ask", {"question": FEES})
    srv.wait_for_request("POST", CALLBACK, lambda r: r.status == 429, timeout=10)
    bot.signal(signal.SIGINT)
    bot.wait_for_log("SIGINT received")
    bot.signal(signal.SIGINT)  # the impatient second Ctrl-C
    assert bot.wait_exit(timeout=5) == 0
    assert "SIGINT again: closing without waiting" in bot.logs()
    assert "closing with 1 handler(s) unfinished: CommandTree-invoker" in bot.logs()
    assert srv.interaction_responses() == []


def test_token_never_appears_in_the_logs(srv: FakeDiscordThread, bot: BotProcess) -> None:
    channel = srv.guild.channel_named(LISTEN_CHANNEL).id
    srv.fail_next("POST", rf"^/channels/{channel}/messages$", status=429, retry_after=0.2)
    srv.dispatch_message(channel, content=FEES)
    srv.wait_for_request("POST", rf"^/channels/{channel}/messages$", lambda r: r.ok, timeout=10)
    frames = len(srv.gateway_frames)
    srv.drop_connection()
    srv.wait_for_gateway_op(OP_RESUME, since=frames, timeout=15)
    assert bot.stop() == 0
    assert all(r.auth_token == TOKEN for r in srv.requests if r.auth_token)  # it was in use throughout
    logs = bot.logs()
    assert "logged in as" in logs  # the logs were captured, so their silence means something
    assert TOKEN not in logs
    assert TOKEN.split(".")[1] not in logs  # nor a recognisable part of it
