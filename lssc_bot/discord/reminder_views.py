"""The controls of reminders: the button under a reminder DM, `/lssc remind`'s toggle, `/lssc forget-me`'s confirm."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord

from ..answer import entry_answer
from ..progress import remaining
from ..reminders import FINISH, Due, upcoming
from ..render.discord import render_answer, render_notice, render_remaining
from ..render.reminders import render_remind_status, render_reminder
from ..store.reminders import forget
from .in_time import InTime
from .replies import NO_MENTIONS, send_private, to_embed
from .views import TimedView

if TYPE_CHECKING:
    from .bot import LsscBot

log = logging.getLogger(__name__)

FORGOTTEN = ("Done: your progress, dates and reminder settings are deleted in every server, and your user id "
             "is gone from the votes and picks kept for statistics.")
KEPT = "Nothing was deleted."


def _bot(interaction: discord.Interaction) -> LsscBot:
    return interaction.client  # type: ignore[return-value]


class ReminderButton(discord.ui.DynamicItem[discord.ui.Button],
                     template=r"lssc:rem:(?P<what>left|renew):(?P<guild>\d+)"):
    """Under a reminder DM: what is left (from the server whose dates it came from) or the renewal entry.

    The custom id carries all it needs, so the button works after a restart."""

    def __init__(self, what: str, guild_id: int) -> None:
        self.what, self.guild_id = what, guild_id
        super().__init__(discord.ui.Button(
            label="What's left" if what == "left" else "How to renew", style=discord.ButtonStyle.primary,
            custom_id=f"lssc:rem:{what}:{guild_id}"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ReminderButton:
        return cls(match["what"], int(match["guild"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = _bot(interaction)
        knowledge = bot.holder.current
        async with InTime(interaction, ephemeral=True):
            if self.what == "left":
                saved = await bot.store.get_progress(self.guild_id, interaction.user.id)
                left = remaining(knowledge.program, saved.completed, saved.enrolled, bot.asking.today())
                await send_private(interaction, embed=to_embed(render_remaining(left, knowledge.program)))
                return
            entry = knowledge.entry(knowledge.program.reminders.renewal_entry)
            if entry is None:  # the entry was renamed since the reminder went out
                await send_private(interaction, "Ask me about renewing with `/lssc ask`.")
                return
            reply = render_answer(entry_answer(knowledge, entry.id, entry.question), knowledge.program)
            await send_private(interaction, embed=to_embed(reply.embed))


def reminder_message(bot: LsscBot, due: Due) -> tuple[discord.Embed, discord.ui.View]:
    """The DM for a due reminder: its embed and the button under it."""
    program = bot.holder.current.program
    saved = due.saved
    embed = render_reminder(program, due.reminder,
                            remaining(program, saved.completed, saved.enrolled, bot.asking.today()))
    view = discord.ui.View(timeout=None)
    if due.reminder.track == FINISH:
        view.add_item(ReminderButton("left", due.saved.guild_id))
    elif bot.holder.current.entry(program.reminders.renewal_entry) is not None:
        view.add_item(ReminderButton("renew", due.saved.guild_id))
    return to_embed(embed), view


async def remind_status(bot: LsscBot, user_id: int) -> tuple[discord.Embed, bool]:
    """`/lssc remind`'s embed for this person, and whether reminders are on."""
    program = bot.holder.current.program
    today = bot.asking.today()
    on = await bot.reminders.opted_in(user_id)
    coming = upcoming(program, await bot.reminders.saved_for(user_id), today)
    return to_embed(render_remind_status(program, on, coming, today)), on


class RemindView(TimedView):
    """One button: reminders on or off (shown to the person only)."""

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.toggle = ToggleButton(on)
        self.add_item(self.toggle)


class ToggleButton(discord.ui.Button[RemindView]):
    def __init__(self, on: bool) -> None:
        super().__init__()
        self.show(on)

    def show(self, on: bool) -> None:
        self.on = on
        self.label = "Turn reminders off" if on else "Turn reminders on"
        self.style = discord.ButtonStyle.secondary if on else discord.ButtonStyle.success

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        bot = _bot(interaction)
        async with InTime(interaction, ephemeral=True) as in_time:
            await bot.reminders.set_opted_in(interaction.user.id, not self.on)
            embed, on = await remind_status(bot, interaction.user.id)
            self.show(on)
            await in_time.edit(embed=embed, view=self.view, allowed_mentions=NO_MENTIONS)


class ForgetView(TimedView):
    """Confirm or cancel `/lssc forget-me`; either answer ends the view."""

    def __init__(self) -> None:
        super().__init__()
        self.add_item(ForgetButton(confirm=True))
        self.add_item(ForgetButton(confirm=False))


class ForgetButton(discord.ui.Button[ForgetView]):
    def __init__(self, *, confirm: bool) -> None:
        super().__init__(label="Forget me" if confirm else "Cancel",
                         style=discord.ButtonStyle.danger if confirm else discord.ButtonStyle.secondary)
        self.confirm = confirm

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        async with InTime(interaction, ephemeral=True) as in_time:
            if self.confirm:
                await forget(_bot(interaction).store, interaction.user.id)
                log.info("forgot a person on their request")
            view.stop()
            for item in view.children:
                item.disabled = True  # type: ignore[attr-defined]
            await in_time.edit(embed=to_embed(render_notice(FORGOTTEN if self.confirm else KEPT)), view=view,
                               allowed_mentions=NO_MENTIONS)
