"""The reminder check: every LSSC_REMINDER_SECONDS (an hour), DM what is due; tell people about failed DMs.

Due reminders come from the stored dates (one query), never from in-memory timers, and
each is recorded before it is sent (`store.reminders`), so a restart, a reconnect or a
second process never sends one twice. A DM that fails (DMs closed, no shared server
left) is recorded and not retried; the person hears of it privately after their next
slash command.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from ...reminders import Due
from ..reminder_views import ReminderButton, reminder_message
from ..replies import NO_MENTIONS

if TYPE_CHECKING:
    from ..bot import LsscBot

log = logging.getLogger(__name__)

UNDELIVERED = ("I could not deliver {count} reminder{s} by direct message (are DMs from server members off?). "
               "`/lssc remind` shows what I would remind you of.")


class Reminders(commands.Cog):
    def __init__(self, bot: LsscBot) -> None:
        self.bot = bot
        self.check.change_interval(seconds=bot.settings.reminder_seconds)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ReminderButton)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """The first check once connected (DMs need the gateway), then every interval; on_ready
        comes again after a reconnect, when the loop is already running."""
        if not self.check.is_running():
            self.check.start()

    async def cog_unload(self) -> None:
        self.check.cancel()

    @tasks.loop(hours=1)
    async def check(self) -> None:
        try:
            sent = await self.bot.reminders.deliver(self.bot.holder.current.program, self.bot.asking.today(),
                                                    self.send)
        except Exception:  # a locked database: the next check tries again (the loop must not stop)
            if not self.bot.is_closed():  # shutting down closes the database under a check: not news
                log.exception("reminder check failed")
            return
        if sent:
            log.info("reminders: %d delivered, %d failed", sum(ok for _, ok in sent), sum(not ok for _, ok in sent))

    async def send(self, due: Due) -> bool:
        """DM one reminder; False when Discord refuses (recorded by the caller, never retried)."""
        embed, view = reminder_message(self.bot, due)
        try:
            user = self.bot.get_user(due.saved.user_id) or await self.bot.fetch_user(due.saved.user_id)
            await user.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.info("reminder %s to a user could not be delivered: %s", due.reminder.kind, exc.status)
            return False
        return True

    @commands.Cog.listener()
    async def on_app_command_completion(self, interaction: discord.Interaction,
                                        command: app_commands.Command | app_commands.ContextMenu) -> None:
        count = await self.bot.reminders.take_undelivered(interaction.user.id)
        if count and interaction.response.is_done():
            await interaction.followup.send(UNDELIVERED.format(count=count, s="s" if count != 1 else ""),
                                            ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: LsscBot) -> None:
    await bot.add_cog(Reminders(bot))
