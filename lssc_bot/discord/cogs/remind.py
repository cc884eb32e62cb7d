"""/lssc remind and /lssc forget-me: personal, so every reply is private."""
from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...render.discord import render_notice
from ..in_time import InTime
from ..reminder_views import ForgetView, RemindView, remind_status
from ..replies import send_private, to_embed

if TYPE_CHECKING:
    from ..bot import LsscBot

FORGET_ASK = ("This deletes your saved progress, enrollment and certification months and reminder settings in "
              "every server, and removes your user id from the votes and picks kept for statistics (those stay, "
              "anonymous). It cannot be undone.")


class RemindCommands(commands.Cog):
    """Part of the /lssc group (see cogs/lssc.py); a Cog, as discord.py binds commands only to a Cog or Group."""

    bot: LsscBot

    @app_commands.command(name="remind", description="Reminders of your deadline and renewal: see them, turn them on or off")
    async def remind(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            embed, on = await remind_status(self.bot, interaction.user.id)
            view = RemindView(on)
            await send_private(interaction, embed=embed, view=view)
        view.message = await interaction.original_response()

    @app_commands.command(name="forget-me", description="Delete everything this bot keeps about you, in every server")
    async def forget_me(self, interaction: discord.Interaction) -> None:
        view = ForgetView()
        await send_private(interaction, embed=to_embed(render_notice(FORGET_ASK)), view=view)
        view.message = await interaction.original_response()
