"""/lssc progress (the select and the enrolled option) and /lssc remaining."""
from __future__ import annotations

from datetime import date

import pytest

from lssc_bot.discord.cogs.lssc import LsscCog
from lssc_bot.discord.views import ProgressView, SetsSelect
from lssc_bot.store import Progress
from tests.discord.helpers import MockInteraction, MockUser, assert_no_mentions


@pytest.fixture
def cog(bot) -> LsscCog:
    return LsscCog(bot)


@pytest.fixture
def user():
    return MockUser()



def _select(interaction) -> SetsSelect:
    view: ProgressView = interaction.response.send_message.call_args.kwargs["view"]
    return next(i for i in view.children if isinstance(i, SetsSelect))


async def test_progress_shows_all_ten_sets_with_the_saved_ones_preselected(cog, bot, user, guild):
    await bot.store.save_progress(7, user.id, Progress(frozenset({"Technology", "Youth Services"})))
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction)
    assert interaction.response.send_message.call_args.kwargs["ephemeral"] is True
    select = _select(interaction)
    assert (select.min_values, select.max_values, len(select.options)) == (0, 10, 10)
    assert {o.label for o in select.options if o.default} == {"Technology", "Youth Services"}
    assert_no_mentions(interaction.response)


async def test_choosing_sets_saves_them_and_keeps_the_enrollment_date(cog, bot, user, guild):
    await bot.store.save_progress(7, user.id, Progress(frozenset(), date(2024, 3, 1)))
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction)
    select = _select(interaction)
    select._values = ["0", "3"]  # Foundations (required) and Access Services (elective)
    click = MockInteraction(client=bot, guild=guild, user=user)
    await select.callback(click)
    assert await bot.store.get_progress(7, user.id) == Progress(
        frozenset({"Foundations of Library Services", "Access Services"}), date(2024, 3, 1))
    assert "Saved" in click.response.edit_message.call_args.kwargs["embed"].description
    assert [o.default for o in select.options][:4] == [True, False, False, True]
    assert await bot.store.get_progress(8, user.id) == Progress()  # another server knows nothing
    assert_no_mentions(click.response)


@pytest.mark.parametrize("text, expected", [("2024-03", date(2024, 3, 1)), ("March 2024", date(2024, 3, 1))])
async def test_the_enrolled_option_is_saved(cog, bot, user, guild, text, expected):
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction, text)
    assert (await bot.store.get_progress(7, user.id)).enrolled == expected
    assert "March 2024" in interaction.response.send_message.call_args.kwargs["embed"].description


@pytest.mark.parametrize("text", ["last spring", "2024-13", "2030-01"])
async def test_a_bad_enrolled_value_is_a_private_error_and_saves_nothing(cog, bot, user, guild, text):
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction, text)
    kwargs = interaction.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and "view" not in kwargs
    assert await bot.store.get_progress(7, user.id) == Progress()
    assert_no_mentions(interaction.response)


async def test_remaining_shows_bars_what_is_left_and_the_deadline(cog, bot, user, guild):
    await bot.store.save_progress(7, user.id, Progress(
        frozenset({"Foundations of Library Services", "Technology", "Youth Services"}), date(2024, 3, 1)))
    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.remaining.callback(cog, interaction)
    kwargs = interaction.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True
    fields = {f.name: f.value for f in kwargs["embed"].fields}
    assert fields["Progress"] == "`Required  ■■□ 2/3`\n`Electives ■□□ 1/3`"
    assert fields["Required sets still to do"] == "- Communication and Teamwork"
    assert "Youth Services" not in fields["Electives: 2 more, from"]
    assert fields["Deadline"].startswith("Finish by March 2028")
    assert fields["Cost"].startswith("Your ALA-APA fee was paid") and "3 courses left" in fields["Cost"]
    assert_no_mentions(interaction.response)


async def test_remaining_with_nothing_saved_says_how_to_start(cog, bot, guild):
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.remaining.callback(cog, interaction)
    embed = interaction.response.send_message.call_args.kwargs["embed"]
    assert "/lssc progress" in embed.description
    assert "enrolled" in {f.name: f.value for f in embed.fields}["Deadline"]


async def test_a_sets_click_and_an_enrolled_command_at_once_both_stick(cog, bot, user, guild):
    """Each used to read the whole row and write it back, so whichever wrote last undid the other."""
    import asyncio

    interaction = MockInteraction(client=bot, guild=guild, user=user)
    await cog.progress.callback(cog, interaction)
    select = _select(interaction)
    select._values = ["0"]
    click = MockInteraction(client=bot, guild=guild, user=user)
    command = MockInteraction(client=bot, guild=guild, user=user)
    await asyncio.gather(select.callback(click), cog.progress.callback(cog, command, "2024-03"))
    assert await bot.store.get_progress(7, user.id) == Progress(
        frozenset({"Foundations of Library Services"}), date(2024, 3, 1))


async def test_save_completed_and_save_enrolled_touch_only_their_column(bot):
    await bot.store.save_enrolled(1, 2, date(2024, 3, 1))
    await bot.store.save_completed(1, 2, {"Technology"})
    assert await bot.store.get_progress(1, 2) == Progress(frozenset({"Technology"}), date(2024, 3, 1))
    await bot.store.save_completed(1, 3, {"Technology"})
    assert await bot.store.get_progress(1, 3) == Progress(frozenset({"Technology"}), None)
