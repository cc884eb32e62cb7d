"""/lssc remind, /lssc forget-me, the certified option, and the reminder check's DMs (mocked Discord)."""
from __future__ import annotations

from datetime import date
from unittest.mock import AsyncMock, MagicMock

import discord
import pytest

from lssc_bot.discord.cogs.lssc import LsscCog
from lssc_bot.discord.cogs.reminders import Reminders
from lssc_bot.discord.reminder_views import FORGOTTEN, KEPT, ForgetButton, ReminderButton, RemindView
from lssc_bot.store import Progress
from tests.discord.helpers import MockInteraction, MockUser, assert_no_mentions

ENROLLED = date(2023, 12, 1)  # finish by December 2027: finish-12 is due in December 2026 (TODAY)


@pytest.fixture
def cog(bot) -> LsscCog:
    return LsscCog(bot)


@pytest.fixture
def reminders(bot) -> Reminders:
    return Reminders(bot)


@pytest.fixture
def user():
    user = MockUser()
    user.send = AsyncMock()
    return user


def _embed(interaction) -> discord.Embed:
    return interaction.response.send_message.call_args.kwargs["embed"]


async def test_remind_is_off_by_default_shows_what_would_come_and_turns_on(cog, bot, user, guild):
    await bot.store.save_enrolled(7, user.id, ENROLLED)
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.remind.callback(cog, interaction)
    kwargs = interaction.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and "**off**" in kwargs["embed"].description
    assert kwargs["embed"].fields[0].value == ("- now: 12 months to finish your LSSC\n"
                                               "- June 2027: 6 months to finish your LSSC\n"
                                               "- November 2027: 1 month to finish your LSSC")
    view: RemindView = kwargs["view"]
    click = MockInteraction(client=bot, guild=guild, user=user)
    await view.toggle.callback(click)
    assert await bot.reminders.opted_in(user.id)
    assert "**on**" in click.response.edit_message.call_args.kwargs["embed"].description
    assert view.toggle.label == "Turn reminders off"
    await view.toggle.callback(MockInteraction(client=bot, guild=guild, user=user))
    assert not await bot.reminders.opted_in(user.id)
    assert_no_mentions(interaction.response, click.response)


async def test_the_certified_option_is_saved_with_the_same_checks_as_enrolled(cog, bot, user, guild):
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction, None, "June 2025")
    assert (await bot.store.get_progress(7, user.id)).certified == date(2025, 6, 1)
    assert "Certified: June 2025." in _embed(interaction).description
    refused = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, refused, "2024-03", "2030-01")  # one bad month saves neither
    assert refused.response.send_message.call_args.kwargs["content"] == \
        "January 2030 is in the future; give the month you were certified."
    assert await bot.store.get_progress(7, user.id) == Progress(certified=date(2025, 6, 1))


@pytest.mark.parametrize("confirm", [True, False])
async def test_forget_me_asks_first_and_deletes_only_when_confirmed(cog, bot, user, guild, confirm):
    await bot.store.save_enrolled(7, user.id, ENROLLED)
    await bot.store.save_enrolled(0, user.id, ENROLLED)
    await bot.reminders.set_opted_in(user.id, True)
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.forget_me.callback(cog, interaction)
    assert interaction.response.send_message.call_args.kwargs["ephemeral"] is True
    view = interaction.response.send_message.call_args.kwargs["view"]
    button = next(b for b in view.children if isinstance(b, ForgetButton) and b.confirm is confirm)
    click = MockInteraction(client=bot, guild=guild, user=user)
    await button.callback(click)
    assert click.response.edit_message.call_args.kwargs["embed"].description == (FORGOTTEN if confirm else KEPT)
    gone = await bot.store.get_progress(0, user.id) == Progress()
    assert gone is confirm and (not await bot.reminders.opted_in(user.id)) is confirm
    assert all(item.disabled for item in view.children)
    assert_no_mentions(interaction.response, click.response)


async def test_a_due_reminder_is_one_dm_with_a_button_and_no_mentions(bot, reminders, user, monkeypatch):
    monkeypatch.setattr(bot, "get_user", lambda user_id: user if user_id == user.id else None)
    await bot.store.save_enrolled(7, user.id, ENROLLED)
    await bot.reminders.set_opted_in(user.id, True)
    await reminders.check.coro(reminders)
    await reminders.check.coro(reminders)  # the next check: nothing new
    user.send.assert_awaited_once()
    kwargs = user.send.call_args.kwargs
    assert kwargs["embed"].title == "12 months to finish your LSSC"
    assert "by **December 2027**" in kwargs["embed"].description
    [button] = kwargs["view"].children
    assert button.custom_id == "lssc:rem:left:7"
    assert_no_mentions(user)


async def test_the_reminder_button_opens_what_is_left(bot, user):
    await bot.store.save_progress(7, user.id, Progress(frozenset({"Technology"}), ENROLLED))
    click = MockInteraction(client=bot, user=user)  # in the DM: no guild
    await ReminderButton("left", 7).callback(click)
    embed = click.response.send_message.call_args.kwargs["embed"]
    assert embed.title == "Your LSSC progress" and "Finish by December 2027" in embed.fields[-2].value


async def test_a_failed_dm_is_recorded_not_retried_and_the_person_told_privately_once(bot, cog, reminders, user,
                                                                                    guild, monkeypatch):
    user.send.side_effect = discord.Forbidden(MagicMock(status=403, reason="Forbidden"),
                                              {"code": 50007, "message": "Cannot send messages to this user"})
    monkeypatch.setattr(bot, "get_user", lambda user_id: user)
    await bot.store.save_enrolled(7, user.id, ENROLLED)
    await bot.reminders.set_opted_in(user.id, True)
    await reminders.check.coro(reminders)
    await reminders.check.coro(reminders)
    assert user.send.await_count == 1  # not retried
    notices = []
    for _ in range(2):  # two commands later: told after the first only
        interaction = MockInteraction(client=bot, guild=guild, user=user)
        await cog.remaining.callback(cog, interaction)
        await reminders.on_app_command_completion(interaction, cog.remaining)
        notices.append(interaction.followup.send.call_args)
    first, second = notices
    assert first is not None and second is None
    assert first.kwargs["ephemeral"] is True and "could not deliver 1 reminder by direct message" in first.args[0]
    assert first.kwargs["allowed_mentions"].to_dict() == discord.AllowedMentions.none().to_dict()


async def test_a_failing_check_is_logged_and_the_loop_goes_on(bot, reminders, monkeypatch, caplog):
    async def locked(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(type(bot.reminders), "deliver", locked)
    await reminders.check.coro(reminders)  # does not raise: a raise would end the tasks.loop
    assert "reminder check failed" in caplog.text
