"""Start-up: setup_hook opens the store, loads the cogs, registers the buttons and syncs commands."""
from __future__ import annotations

from unittest.mock import AsyncMock

import discord
import pytest
from discord import app_commands

from lssc_bot.discord import bot as bot_module
from lssc_bot.discord.bot import LsscBot, LsscTree
from lssc_bot.discord.views import FeedbackButton
from lssc_bot.discord.reminder_views import ReminderButton
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.settings import Settings
from lssc_bot.store import StoreError
from tests.discord.conftest import FAQ
from tests.discord.helpers import MockInteraction


def _bot(tmp_path, knowledge, **settings) -> LsscBot:
    return LsscBot(Settings(token="t", data_dir=tmp_path, **settings), KnowledgeHolder(FAQ, knowledge))


@pytest.mark.parametrize("message_content", [False, True])
def test_intents_and_mentions(tmp_path, knowledge, message_content):
    bot = _bot(tmp_path, knowledge, message_content=message_content)
    assert bot.intents.message_content is message_content
    assert not bot.intents.members and not bot.intents.presences
    assert bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert isinstance(bot.tree, LsscTree)


def test_the_guild_wait_is_the_setting_and_defaults_to_discord_pys(tmp_path, knowledge):
    default = discord.Client(intents=discord.Intents.none())._connection.guild_ready_timeout
    assert _bot(tmp_path, knowledge)._connection.guild_ready_timeout == default
    assert _bot(tmp_path, knowledge, guild_ready_timeout=0.05)._connection.guild_ready_timeout == 0.05


async def test_setup_hook_syncs_to_each_configured_guild(tmp_path, knowledge):
    bot = _bot(tmp_path, knowledge, guild_ids=(11, 22))
    bot.tree.sync = AsyncMock(return_value=[])
    await bot.setup_hook()
    try:
        assert (tmp_path / "lssc.sqlite3").exists()
        assert set(bot.cogs) == {"LsscCog", "ListenCog", "Admin", "Reminders"}
        group = bot.tree.get_command("lssc")
        assert isinstance(group, app_commands.Group)
        assert sorted(c.name for c in group.commands) == ["ask", "forget-me", "help", "progress", "remaining", "remind", "topics"]
        assert bot.tree.get_command("Ask LSSC bot", type=discord.AppCommandType.message) is not None
        assert FeedbackButton in bot._connection._view_store._dynamic_items.values()
        assert ReminderButton in bot._connection._view_store._dynamic_items.values()
        assert [c.kwargs["guild"].id for c in bot.tree.sync.await_args_list] == [11, 22]
        assert bot.tree.get_command("lssc", guild=discord.Object(11)) is not None  # copied from global
    finally:
        await bot.store.close()


async def test_setup_hook_syncs_globally_without_guilds(tmp_path, knowledge):
    bot = _bot(tmp_path, knowledge)
    bot.tree.sync = AsyncMock(return_value=[])
    await bot.setup_hook()
    await bot.store.close()
    bot.tree.sync.assert_awaited_once_with()


async def test_close_closes_the_store(tmp_path, knowledge):
    bot = _bot(tmp_path, knowledge)
    bot.tree.sync = AsyncMock(return_value=[])
    await bot.setup_hook()
    bot.store.close = AsyncMock(wraps=bot.store.close)
    await bot.close()
    bot.store.close.assert_awaited_once()


async def test_the_error_handler_answers_privately_in_plain_words_and_logs(bot, caplog):
    interaction = MockInteraction(client=bot)
    error = app_commands.CommandInvokeError(_command(), RuntimeError("/secret/path"))
    await bot.tree.on_error(interaction, error)
    kwargs = interaction.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and kwargs["content"] == bot_module.GENERIC_ERROR
    assert kwargs["allowed_mentions"].to_dict() == discord.AllowedMentions.none().to_dict()
    assert "/secret/path" in caplog.text  # the traceback goes to the log, not to the person


async def test_the_error_handler_uses_a_followup_after_a_deferral(bot):
    interaction = MockInteraction(client=bot)
    await interaction.response.defer()
    await bot.tree.on_error(interaction, app_commands.CheckFailure())
    assert interaction.followup.send.call_args.kwargs["ephemeral"] is True


def _command() -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None: ...
    return app_commands.Command(name="x", description="x", callback=callback)


def test_bad_endpoint_settings_are_refused_at_start_up(tmp_path, knowledge, capsys):
    settings = Settings(token="t", data_dir=tmp_path, api_base="not a url")
    assert bot_module.run_bot(settings, KnowledgeHolder(FAQ, knowledge)) == 2
    assert "DISCORD_API_BASE" in capsys.readouterr().err


@pytest.mark.parametrize("error", [discord.LoginFailure("bad"), StoreError("cannot use the database x: newer"),
                                   discord.PrivilegedIntentsRequired(None)])
def test_run_bot_turns_start_up_refusals_into_exit_2(tmp_path, knowledge, monkeypatch, caplog, error):
    monkeypatch.setattr(bot_module, "configure_endpoints", lambda settings: None)
    def refused_run(self, token, **kwargs):
        raise error

    monkeypatch.setattr(LsscBot, "run", refused_run)
    monkeypatch.setattr(discord.utils, "setup_logging", lambda: None)
    settings = Settings(token="secret-token", data_dir=tmp_path)
    assert bot_module.run_bot(settings, KnowledgeHolder(FAQ, knowledge)) == 2
    assert "secret-token" not in caplog.text
