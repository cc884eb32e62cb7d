"""/lssc progress and /lssc remaining: personal, so every reply is private."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...progress import parse_enrolled
from ...progress import remaining as compute_remaining
from ...render.discord import render_progress_prompt, render_remaining
from ..in_time import InTime
from ..replies import send_private, to_embed
from ..views import ProgressView
from .ask import where_of

if TYPE_CHECKING:
    from ..bot import LsscBot


class ProgressCommands(commands.Cog):
    """Part of the /lssc group (see cogs/lssc.py); a Cog, as discord.py binds commands only to a Cog or Group."""

    bot: LsscBot

    @app_commands.command(name="progress", description="Mark the competency sets you have completed")
    @app_commands.describe(enrolled="The month you enrolled, e.g. 2024-03 or March 2024",
                           certified="The month you were certified, e.g. 2025-06 (for renewal reminders)")
    async def progress(self, interaction: discord.Interaction,
                       enrolled: app_commands.Range[str, 1, 40] | None = None,
                       certified: app_commands.Range[str, 1, 40] | None = None) -> None:
        where = where_of(interaction)
        program = self.bot.holder.current.program
        store, today = self.bot.store, self.bot.asking.today()
        async with InTime(interaction, ephemeral=True):
            try:  # both read before either is saved: one bad month saves neither
                enrolled_in = parse_enrolled(enrolled, today) if enrolled else None
                certified_in = parse_enrolled(certified, today, event="were certified") if certified else None
            except ValueError as exc:
                await send_private(interaction, str(exc))
                return
            saved = await store.get_progress(where.guild_id, where.user_id)
            if enrolled_in:
                await store.save_enrolled(where.guild_id, where.user_id, enrolled_in)
            if certified_in:
                await store.save_certified(where.guild_id, where.user_id, certified_in)
            saved = replace(saved, enrolled=enrolled_in or saved.enrolled, certified=certified_in or saved.certified)
            view = ProgressView(program, saved.completed, where)
            await send_private(interaction, view=view, embed=to_embed(
                render_progress_prompt(program, saved.enrolled, saved.certified)))
        view.message = await interaction.original_response()

    @app_commands.command(name="remaining", description="What you still need for LSSC, and your deadline")
    async def remaining(self, interaction: discord.Interaction) -> None:
        where = where_of(interaction)
        program = self.bot.holder.current.program
        async with InTime(interaction, ephemeral=True):
            saved = await self.bot.store.get_progress(where.guild_id, where.user_id)
            result = compute_remaining(program, saved.completed, saved.enrolled, self.bot.asking.today())
            await send_private(interaction, embed=to_embed(render_remaining(result, program)))
