"""Faults on the way to Discord: dropped gateway, invalidated session, 429s and server errors."""
from __future__ import annotations

from tests.e2e.fake_discord import OP_IDENTIFY, OP_RESUME, FakeDiscordThread
from tests.e2e.harness import LISTEN_CHANNEL, BotProcess, ask, embeds_of

FEES = "How much does LSSC cost?"
RENEW = "How do I renew my certification?"
CALLBACK = r"^/interactions/\d+/[^/]+/callback$"


def test_dropped_gateway_resumes_and_answers_the_next_question(srv: FakeDiscordThread, bot: BotProcess) -> None:
    session = srv.session_id
    frames = len(srv.gateway_frames)
    srv.drop_connection()
    srv.wait_for_gateway_op(OP_RESUME, since=frames, timeout=15)
    assert srv.wait_until_connected(timeout=15) == session  # the same session, resumed
    assert embeds_of(ask(srv, FEES))[0]["title"] == FEES
    assert [f for f in srv.gateway_frames[frames:] if f.op == OP_IDENTIFY] == []


def test_invalid_session_makes_the_bot_identify_again(srv: FakeDiscordThread, bot: BotProcess) -> None:
    old_session = srv.session_id
    frames = len(srv.gateway_frames)
    srv.invalidate_session(resumable=False)
    srv.wait_for_gateway_op(OP_IDENTIFY, since=frames, timeout=20)  # after discord.py's 5 s identify delay
    assert srv.wait_until_connected(timeout=15) != old_session
    assert embeds_of(ask(srv, FEES, timeout=15))[0]["title"] == FEES


def test_rate_limited_reply_arrives_exactly_once(srv: FakeDiscordThread, bot: BotProcess) -> None:
    channel = srv.guild.channel_named(LISTEN_CHANNEL).id
    srv.fail_next("POST", rf"^/channels/{channel}/messages$", status=429, retry_after=0.5)
    asked = srv.dispatch_message(channel, content=FEES)
    srv.wait_for_request("POST", rf"^/channels/{channel}/messages$", lambda r: r.ok, timeout=10)
    assert bot.stop() == 0  # waits for every reply in flight, so a duplicate would be in by now
    replies = [r for r in srv.sent_messages(channel)
               if int(r.json["message_reference"]["message_id"]) == asked.id]
    assert len(replies) == 1
    assert [r.status for r in srv.find_requests("POST", rf"^/channels/{channel}/messages$")] == [429, 200]


def test_server_error_is_retried_and_answered_once(srv: FakeDiscordThread, bot: BotProcess) -> None:
    srv.fail_next("POST", CALLBACK, status=500)
    reply = ask(srv, FEES)  # discord.py retries a 500 after 1 s
    assert embeds_of(reply)[0]["title"] == FEES
    assert bot.stop() == 0
    assert [r.status for r in srv.find_requests("POST", CALLBACK)] == [500, 200]


def test_server_error_that_sticks_is_logged_and_the_bot_goes_on(srv: FakeDiscordThread, bot: BotProcess) -> None:
    channel = srv.guild.channel_named(LISTEN_CHANNEL).id
    post = rf"^/channels/{channel}/messages$"
    srv.fail_next("POST", post, status=503)  # discord.py retries 500/502/504 on messages, not 503
    srv.dispatch_message(channel, content=FEES)
    srv.wait_for_request("POST", post, lambda r: r.status == 503, timeout=10)
    srv.dispatch_message(channel, content=RENEW)
    reply = srv.wait_for_request("POST", post, lambda r: r.ok, timeout=10)
    assert embeds_of(reply)[0]["title"] == RENEW
    assert bot.stop() == 0
    assert "503 Service Unavailable" in bot.logs()
