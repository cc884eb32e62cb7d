"""Asking, as a user sees it: slash command, did-you-mean, context menu, listening channel, DMs."""
from __future__ import annotations

import sqlite3
import time

import pytest

from lssc_bot.answer import AskContext, answer
from lssc_bot.knowledge import load_knowledge
from lssc_bot.settings import DATABASE_NAME
from tests.e2e.fake_discord import FakeDiscordThread
from tests.e2e.harness import LISTEN_CHANNEL, SHIPPED_FAQ, BotProcess, buttons_of, embeds_of, member

PRIMARY = 1  # the did-you-mean buttons' style; feedback and source links look different
FEES = "How much does LSSC cost?"
FEES_FACT = "$350"  # the non-member fee, as the shipped faq.yaml states it
#: vague questions the tuned matcher answers with did-you-mean buttons
VAGUE = ("how long", "courses", "requirements", "certificate")


def vague_question() -> tuple[str, str]:
    """A question the bot answers with did-you-mean choices, and the question of its first choice."""
    knowledge = load_knowledge(SHIPPED_FAQ)
    for question in VAGUE:
        result = answer(knowledge, question, AskContext())
        if result.kind == "clarify" and result.suggestions:
            first = result.suggestions[0].topic
            return question, next(e.question for e in knowledge.entries if e.id == first)
    pytest.skip("this build's matcher answers every vague question outright (no did-you-mean to click)")


def test_slash_ask_answers_with_the_entry(srv: FakeDiscordThread, bot: BotProcess) -> None:
    asked = srv.dispatch_slash_command("lssc ask", {"question": FEES})
    reply = srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=10)
    assert reply.json["type"] == 4  # a message, in the channel, not a private one
    [embed] = embeds_of(reply)
    assert embed["title"] == FEES
    assert FEES_FACT in embed["description"]


def test_did_you_mean_click_answers_in_place(srv: FakeDiscordThread, bot: BotProcess) -> None:
    question, chosen = vague_question()
    asked = srv.dispatch_slash_command("lssc ask", {"question": question})
    srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=10)
    offered = srv.original_message(asked.id)
    choice = next(b for b in buttons_of(offered) if b.get("style") == PRIMARY and "custom_id" in b)

    click = srv.dispatch_component(choice["custom_id"], int(offered["id"]), user_id=asked.user_id)
    update = srv.wait_for_request("POST", rf"^/interactions/{click.id}/", timeout=10)
    assert update.json["type"] == 7  # UPDATE_MESSAGE: the same message now holds the answer
    assert embeds_of(update)[0]["title"] == chosen
    assert srv.messages[int(offered["id"])]["embeds"][0]["title"] == chosen


def test_context_menu_answers_as_a_reply_to_the_message(srv: FakeDiscordThread, bot: BotProcess) -> None:
    general = srv.guild.channel_named("general").id
    target = srv.dispatch_message(general, member(srv, "member").user.id, FEES)
    srv.dispatch_message_context_menu("Ask LSSC bot", target.id, user_id=member(srv, "mod").user.id)
    reply = srv.wait_for_request("POST", rf"^/channels/{general}/messages$", timeout=10)
    assert int(reply.json["message_reference"]["message_id"]) == target.id
    assert embeds_of(reply)[0]["title"] == FEES


def test_listening_channel_message_gets_a_reply(srv: FakeDiscordThread, bot: BotProcess) -> None:
    channel = srv.guild.channel_named(LISTEN_CHANNEL).id
    asked = srv.dispatch_message(channel, content=FEES)
    reply = srv.wait_for_request("POST", rf"^/channels/{channel}/messages$", timeout=10)
    assert int(reply.json["message_reference"]["message_id"]) == asked.id
    assert FEES_FACT in embeds_of(reply)[0]["description"]


def test_dm_is_answered_and_other_channels_are_left_alone(srv: FakeDiscordThread, bot: BotProcess) -> None:
    general = srv.guild.channel_named("general").id
    srv.dispatch_message(general, content=FEES)
    # Not listening in #general, the bot returns before its first await; so once the DM
    # (dispatched after it) is answered, a reply in #general would already have been sent.
    user = member(srv, "member").user.id
    dm = srv.dispatch_dm(user, FEES)
    reply = srv.wait_for_request("POST", rf"^/channels/{dm.channel_id}/messages$", timeout=10)
    assert embeds_of(reply)[0]["title"] == FEES
    assert srv.sent_messages(general) == []


def test_a_locked_database_gets_a_deferral_in_time_then_the_answer(srv: FakeDiscordThread, bot: BotProcess) -> None:
    # another process (a moderator's sqlite3 shell, a backup) holds the write lock: logging the question waits
    locker = sqlite3.connect(bot.data_dir / DATABASE_NAME, isolation_level=None, timeout=5)
    try:
        locker.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        asked = srv.dispatch_slash_command("lssc ask", {"question": FEES})
        deferral = srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=2.9)
        assert deferral.json["type"] == 5  # "thinking...", sent while the database is still locked
        assert deferral.received_at - started < 3.0
    finally:
        locker.rollback()
        locker.close()
    answer = srv.wait_for_request("POST", rf"^/webhooks/\d+/{asked.token}$", timeout=10)
    [embed] = embeds_of(answer)
    assert embed["title"] == FEES
    assert len(srv.interaction_responses(asked.id)) == 1  # deferred once, answered once
