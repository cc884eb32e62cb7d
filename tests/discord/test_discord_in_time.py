"""InTime: a fast handler answers once; a slow store gets a deferral first and the answer after, never twice."""
from __future__ import annotations

import asyncio
import logging

import discord
import pytest

from lssc_bot.discord import in_time as in_time_module
from lssc_bot.discord.cogs.lssc import LsscCog
from lssc_bot.discord.in_time import InTime
from lssc_bot.discord.replies import send_private
from lssc_bot.discord.views import ClarifyButton
from tests.discord.helpers import MockInteraction, MockMessage, MockUser, assert_no_mentions

SHORT = 0.05  # stands in for DEFER_AFTER
SLOW = 0.3  # a store call slower than SHORT


@pytest.fixture
def cog(bot) -> LsscCog:
    return LsscCog(bot)



@pytest.fixture
def short_deadline(monkeypatch):
    monkeypatch.setattr(in_time_module, "DEFER_AFTER", SHORT)


def slow_down(monkeypatch, store, method: str) -> None:
    real = getattr(store, method)

    async def slow(*args, **kwargs):
        await asyncio.sleep(SLOW)
        return await real(*args, **kwargs)

    monkeypatch.setattr(store, method, slow)


async def test_a_fast_ask_sends_one_response_and_never_defers(cog, bot, answers, guild):
    answers.faq("how much?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    await asyncio.sleep(0)  # a timer left running would get its chance here
    interaction.response.send_message.assert_called_once()
    interaction.response.defer.assert_not_called()
    interaction.followup.send.assert_not_called()
    assert InTime.active(interaction) is None


@pytest.mark.parametrize("method", ["get_progress", "record_question"])
async def test_a_slow_store_defers_then_sends_the_answer_once_as_a_followup(
        cog, bot, answers, guild, monkeypatch, short_deadline, method):
    answers.faq("how much?")
    slow_down(monkeypatch, bot.store, method)
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    interaction.response.defer.assert_called_once_with(thinking=True, ephemeral=False)  # the answer is public
    interaction.response.send_message.assert_not_called()
    interaction.followup.send.assert_called_once()
    kwargs = interaction.followup.send.call_args.kwargs
    assert kwargs["wait"] is True and kwargs["embed"].title == "How much does LSSC cost?"
    assert kwargs["view"].message is interaction.followup.send.return_value
    assert len(await bot.store.questions(7)) == 1
    assert_no_mentions(interaction.followup)


async def test_a_slow_remaining_defers_privately(cog, bot, guild, monkeypatch, short_deadline):
    slow_down(monkeypatch, bot.store, "get_progress")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.remaining.callback(cog, interaction)
    interaction.response.defer.assert_called_once_with(thinking=True, ephemeral=True)
    interaction.followup.send.assert_called_once()
    assert interaction.followup.send.call_args.kwargs["ephemeral"] is True
    assert_no_mentions(interaction.followup)


async def test_a_slow_clarify_pick_defers_as_an_update_and_edits_the_original(
        cog, bot, answers, guild, monkeypatch, short_deadline):
    answers.clarify("renewal?")
    asker = MockUser()
    asked = MockInteraction(client=bot, guild=guild, user=asker)
    await cog.ask.callback(cog, asked, "renewal?")
    view = asked.response.send_message.call_args.kwargs["view"]
    button = [i for i in view.children if isinstance(i, ClarifyButton)][1]
    slow_down(monkeypatch, bot.store, "record_clarify_pick")
    click = MockInteraction(client=bot, guild=guild, user=asker, message=MockMessage())
    click.type = discord.InteractionType.component
    await button.callback(click)
    click.response.defer.assert_called_once_with()  # a deferred update: no "thinking..." message
    click.response.edit_message.assert_not_called()
    click.edit_original_response.assert_called_once()
    kwargs = click.edit_original_response.call_args.kwargs
    assert kwargs["embed"].title == "How much does renewal cost?"
    assert kwargs["allowed_mentions"].to_dict() == discord.AllowedMentions.none().to_dict()
    assert len(await bot.store.clarify_picks(7)) == 1


def hold_in_flight(method) -> tuple[asyncio.Event, asyncio.Event]:
    """Make an AsyncMock response method wait for `release` (is_done() stays false until it returns)."""
    started, release = asyncio.Event(), asyncio.Event()
    responded = method.side_effect

    async def in_flight(*args, **kwargs):
        started.set()
        await release.wait()
        responded(*args, **kwargs)

    method.side_effect = in_flight
    return started, release


async def test_the_timer_firing_while_a_send_is_in_flight_sends_nothing_more(bot):
    interaction = MockInteraction(client=bot)
    started, release = hold_in_flight(interaction.response.send_message)
    async with InTime(interaction, ephemeral=True, after=0.01) as guard:
        sending = asyncio.create_task(guard.send(content="hi", allowed_mentions=discord.AllowedMentions.none()))
        await started.wait()
        await asyncio.sleep(0.1)  # well past `after`: the timer is waiting for the lock
        release.set()
        await sending
    interaction.response.send_message.assert_called_once()
    interaction.response.defer.assert_not_called()
    interaction.followup.send.assert_not_called()


async def test_a_reply_during_an_in_flight_deferral_waits_and_follows_up(bot):
    interaction = MockInteraction(client=bot)
    started, release = hold_in_flight(interaction.response.defer)
    async with InTime(interaction, ephemeral=True, after=0.01):
        await started.wait()
        replying = asyncio.create_task(send_private(interaction, "done"))
        await asyncio.sleep(0.05)
        interaction.response.send_message.assert_not_called()  # held by the guard's lock
        release.set()
        await replying
    interaction.response.defer.assert_called_once_with(thinking=True, ephemeral=True)
    interaction.response.send_message.assert_not_called()
    interaction.followup.send.assert_called_once()
    assert_no_mentions(interaction.followup)


async def test_a_failed_deferral_is_logged_and_the_reply_still_goes_out(bot, caplog):
    interaction = MockInteraction(client=bot)
    interaction.response.defer.side_effect = RuntimeError("Discord said no")
    with caplog.at_level(logging.WARNING, logger="lssc_bot.discord.in_time"):
        async with InTime(interaction, ephemeral=True, after=0.01) as guard:
            await asyncio.sleep(0.05)
            await guard.send(content="late", allowed_mentions=discord.AllowedMentions.none())
    assert "could not defer" in caplog.text
    interaction.response.send_message.assert_called_once()


async def test_leaving_the_guard_waits_for_a_deferral_in_flight_instead_of_cutting_it_off(bot):
    interaction = MockInteraction(client=bot)
    started, release = hold_in_flight(interaction.response.defer)
    guard = InTime(interaction, ephemeral=True, after=0.01)
    async with guard:
        await started.wait()
        asyncio.get_running_loop().call_later(0.05, release.set)
    assert interaction.response.is_done()  # the deferral completed; the error handler will follow up
    assert InTime.active(interaction) is None
