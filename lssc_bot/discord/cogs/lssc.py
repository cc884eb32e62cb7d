"""The /lssc command group: one GroupCog assembled from the ask, progress and remind command sets.

discord.py binds a group's subcommands to one cog, so the two modules provide
mixins and this class joins them (CogMeta collects commands along the MRO).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from .ask import AskCommands
from .progress import ProgressCommands
from .remind import RemindCommands

if TYPE_CHECKING:
    from ..bot import LsscBot

MENU_NAME = "Ask LSSC bot"


class LsscCog(AskCommands, ProgressCommands, RemindCommands, commands.GroupCog, group_name="lssc",
              group_description="Answers about ALA-APA's Library Support Staff Certification"):
    def __init__(self, bot: LsscBot) -> None:
        self.bot = bot
        # context menus cannot live in a cog's class body; register this one by hand
        self.menu = app_commands.ContextMenu(name=MENU_NAME, callback=self.ask_about_message)
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)


async def setup(bot: LsscBot) -> None:
    await bot.add_cog(LsscCog(bot))
