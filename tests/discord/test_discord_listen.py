"""Plain messages: DMs, mentions, listening channels and their threads, forum posts; silence elsewhere."""
from __future__ import annotations

from dataclasses import replace
from unittest.mock import MagicMock

import aiohttp
import discord
import pytest

from lssc_bot.discord.cogs.listen import ListenCog
from tests.discord.helpers import (MockDMChannel, MockForumChannel, MockMessage, MockTextChannel,
                                   MockThread, MockUser, assert_no_mentions)

BOT_ID = 42


@pytest.fixture
def cog(bot) -> ListenCog:
    return ListenCog(bot)



@pytest.fixture
def listened(guild, listen_channel_id):
    return MockTextChannel(id=listen_channel_id, guild=guild)


@pytest.fixture
def forum(guild, listen_channel_id):
    return MockForumChannel(id=listen_channel_id, guild=guild)


async def test_a_mention_gets_even_a_weak_answer(cog, bot, answers, guild):
    answers.faq("renewal?", confidence=0.5)
    message = MockMessage(content=f"<@{bot.user.id}> renewal?", channel=MockTextChannel(guild=guild),
                          raw_mentions=[bot.user.id])
    await cog.on_message(message)
    assert message.reply.call_args.kwargs["embed"].title == "How much does LSSC cost?"


async def test_a_dm_is_answered_even_when_unsure(cog):
    message = MockMessage(content="hello there", channel=MockDMChannel())
    await cog.on_message(message)
    kwargs = message.reply.call_args.kwargs
    assert kwargs["embed"].footer.text == "No FAQ entry matched" and kwargs["mention_author"] is False
    assert_no_mentions(message)


async def test_a_mention_is_answered_without_the_mention_in_the_question(cog, bot, answers, guild):
    answers.faq("how much?")
    message = MockMessage(content=f"<@{BOT_ID}> how much?", channel=MockTextChannel(guild=guild),
                          raw_mentions=[BOT_ID])
    await cog.on_message(message)
    assert message.reply.call_args.kwargs["embed"].title == "How much does LSSC cost?"
    [logged] = await bot.store.questions(7)
    assert logged.question == "how much?"
    assert_no_mentions(message)


async def test_a_bare_mention_gets_the_help(cog, guild):
    message = MockMessage(content=f"<@!{BOT_ID}>", channel=MockTextChannel(guild=guild), raw_mentions=[BOT_ID])
    await cog.on_message(message)
    assert "/lssc ask" in message.reply.call_args.kwargs["embed"].description
    assert_no_mentions(message)


async def test_a_listening_channel_gets_confident_answers_as_replies(cog, answers, listened):
    answers.faq("how much?")
    message = MockMessage(content="how much?", channel=listened)
    await cog.on_message(message)
    assert message.reply.call_args.kwargs["embed"].title == "How much does LSSC cost?"
    assert_no_mentions(message)


@pytest.mark.parametrize("script", ["clarify", "weak faq", None])
async def test_a_listening_channel_gets_nothing_when_the_bot_is_unsure(cog, bot, answers, listened, script):
    if script == "clarify":
        answers.clarify("renewal?")
    elif script == "weak faq":  # an answer, but below the bar for speaking unasked
        answers.faq("renewal?", confidence=0.5)
    message = MockMessage(content="renewal?", channel=listened)
    await cog.on_message(message)
    message.reply.assert_not_called()
    assert await bot.store.questions(7) == [] and await bot.store.unanswered(7) == []


async def test_elsewhere_the_bot_is_silent(cog, answers, guild):
    answers.faq("how much?")
    message = MockMessage(content="how much?", channel=MockTextChannel(guild=guild))
    await cog.on_message(message)
    message.reply.assert_not_called()


async def test_bots_and_itself_are_ignored(cog, bot, answers):
    answers.faq("how much?")
    for author in (MockUser(bot=True), bot.user):
        message = MockMessage(content="how much?", channel=MockDMChannel(), author=author)
        await cog.on_message(message)
        message.reply.assert_not_called()


async def test_a_thread_of_a_listening_channel_counts_as_that_channel(cog, answers, listened):
    answers.faq("how much?")
    thread = MockThread(parent=listened)
    message = MockMessage(content="how much?", channel=thread)
    await cog.on_message(message)
    assert message.reply.call_args.kwargs["embed"].title == "How much does LSSC cost?"


async def test_a_forum_post_is_answered_once_in_its_thread_starter_first(cog, answers, forum):
    answers.faq("Fees? how much is it", "fees")
    thread = MockThread(parent=forum, name="Fees?")
    starter = MockMessage(id=thread.id, content="how much is it", channel=thread)
    thread.starter_message = starter
    await cog.on_message(starter)  # the starter message arrived first
    await cog.on_thread_create(thread)
    thread.send.assert_awaited_once()
    assert thread.send.call_args.kwargs["embed"].title == "How much does LSSC cost?"
    starter.reply.assert_not_called()
    assert_no_mentions(thread)


async def test_a_forum_post_whose_starter_is_fetched_on_thread_create(cog, answers, forum):
    answers.faq("Fees? how much is it", "fees")
    thread = MockThread(parent=forum, name="Fees?")
    starter = MockMessage(id=thread.id, content="how much is it", channel=thread)
    thread.fetch_message.return_value = starter
    await cog.on_thread_create(thread)
    thread.fetch_message.assert_awaited_once_with(thread.id)
    await cog.on_message(starter)  # arrives afterwards: already answered
    thread.send.assert_awaited_once()


async def test_a_forum_post_whose_starter_is_not_there_yet_waits_for_the_message(cog, answers, forum):
    answers.faq("Fees? how much is it", "fees")
    thread = MockThread(parent=forum, name="Fees?")
    thread.fetch_message.side_effect = discord.NotFound(_response(404), "Unknown Message")
    await cog.on_thread_create(thread)
    thread.send.assert_not_called()
    await cog.on_message(MockMessage(id=thread.id, content="how much is it", channel=thread))
    thread.send.assert_awaited_once()


async def test_forum_posts_in_other_forums_are_left_alone(cog, answers, guild):
    answers.faq("Fees? how much is it", "fees")
    thread = MockThread(parent=MockForumChannel(guild=guild), name="Fees?")
    thread.starter_message = MockMessage(id=thread.id, content="how much is it", channel=thread)
    await cog.on_thread_create(thread)
    await cog.on_message(thread.starter_message)
    thread.send.assert_not_called()


async def test_a_plain_message_cooldown_gives_one_notice_per_window(cog, guild, clock):
    user = MockUser()
    channel = MockDMChannel()
    replies = []
    for i in range(8):
        message = MockMessage(content=f"question {i}", channel=channel, author=user)
        await cog.on_message(message)
        replies.append(message.reply.call_args)
    assert all("embed" in r.kwargs for r in replies[:5])
    assert "wait" in replies[5].args[0]  # the one notice
    assert replies[6] is None and replies[7] is None  # then silence
    clock.now += 30
    message = MockMessage(content="question 9", channel=channel, author=user)
    await cog.on_message(message)
    assert "embed" in message.reply.call_args.kwargs


async def test_in_a_listening_channel_the_cooldown_is_silent(cog, answers, listened):
    user = MockUser()
    for i in range(6):
        answers.faq(f"how much {i}?")
        message = MockMessage(content=f"how much {i}?", channel=listened, author=user)
        await cog.on_message(message)
    message.reply.assert_not_called()


async def test_a_repeated_question_points_to_the_earlier_reply(cog, answers, listened):
    answers.faq("how much?")
    answers.faq("How much?!")
    first = MockMessage(content="how much?", channel=listened)
    await cog.on_message(first)
    second = MockMessage(content="How much?!", channel=listened)
    await cog.on_message(second)
    text = second.reply.call_args.args[0]
    assert "a moment ago" in text and f"/{listened.id}/" in text
    assert_no_mentions(second)


def _response(status: int) -> MagicMock:
    response = MagicMock(spec=aiohttp.ClientResponse)
    response.status, response.reason = status, "Not Found"
    return response


async def test_a_channel_the_bot_cannot_post_in_is_one_log_line_not_a_traceback(cog, answers, listened, forum, caplog):
    """Missing Send Messages in a listening channel (or a fetch refused in a forum) used to raise out of the
    listener, so discord.py logged a traceback for every message there."""
    answers.faq("how much?")
    message = MockMessage(content="how much?", channel=listened)
    message.reply.side_effect = discord.Forbidden(_response(403), "Missing Permissions")
    await cog.on_message(message)
    thread = MockThread(parent=forum, name="how much?")
    thread.fetch_message.side_effect = discord.Forbidden(_response(403), "Missing Access")
    await cog.on_thread_create(thread)
    assert caplog.text.count("could not answer in channel") == 2


async def test_a_repeat_after_a_knowledge_change_is_answered_again_from_the_new_version(cog, bot, answers, listened):
    answers.faq("how much?")
    first = MockMessage(content="how much?", channel=listened)
    await cog.on_message(first)
    bot.holder.replace(replace(bot.holder.current))  # a moderator's upload, rollback or edit on disk
    second = MockMessage(content="how much?", channel=listened)
    await cog.on_message(second)
    assert second.reply.call_args.kwargs["embed"].title == "How much does LSSC cost?"
    third = MockMessage(content="how much?", channel=listened)
    await cog.on_message(third)  # and a repeat of that answer points to it, as before
    assert "a moment ago" in third.reply.call_args.args[0]
