"""The buttons and menus of `/lssc-admin`: confirm an edit, pick a backup, judge a suggestion.

Each view belongs to the moderator who opened it: nobody else can click, and
when it times out its controls are disabled so a stale edit cannot be applied.
The views decide nothing; they call back into the cog.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Awaitable, Callable, Sequence

import discord

from ..moderation.faqfile import Backup
from ..moderation.report import Report, within_limit
from ..moderation.suggestions import Suggestion
from .replies import NO_MENTIONS, send_private

log = logging.getLogger(__name__)

#: how long a confirmation, menu or suggestion list stays usable
VIEW_TIMEOUT = 600.0

Callback = Callable[[discord.Interaction], Awaitable[None]]
#: what Accept or Reject does with its suggestion
Decision = Callable[[discord.Interaction, Suggestion], Awaitable[None]]


async def reply(interaction: discord.Interaction, message: Report | str, *,
                view: discord.ui.View | None = None, file: discord.File | None = None) -> None:
    """An ephemeral reply (first response or follow-up); a cut report comes with its full text attached."""
    report = within_limit(Report(message) if isinstance(message, str) else message)
    files = [f for f in (file, report.attachment and as_file(report.attachment, "details.txt")) if f]
    await send_private(interaction, report.text, view=view, files=files)


def as_file(data: bytes | str, name: str) -> discord.File:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return discord.File(io.BytesIO(raw), filename=name)


class OwnedView(discord.ui.View):
    """A view only `owner_id` may use; disabled in place when it times out."""

    def __init__(self, owner_id: int, *, expired: str) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.owner_id = owner_id
        self.expired = expired
        #: the interaction whose reply carries this view, to edit it on timeout
        self.origin: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message("Only the moderator who opened this can use it.",
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: discord.ui.Item[discord.ui.View]) -> None:
        """A failed click gets a private answer; discord.py's default only logs, leaving the moderator guessing."""
        log.error("error in %s", type(self).__name__, exc_info=error)
        try:
            await send_private(interaction, "Sorry, that didn't work, and nothing may have been changed. "
                                            "Check `/lssc-admin history` and try again.")
        except discord.HTTPException:
            log.warning("could not tell the moderator about the error (interaction expired?)")

    def disable(self) -> None:
        for item in self.children:
            if isinstance(item, (discord.ui.Button, discord.ui.Select)):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable()
        if self.origin is not None:
            try:
                await self.origin.edit_original_response(content=self.expired, view=self,
                                                         allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                pass  # the message is gone or the token expired: nothing left to disable

    async def finish(self, interaction: discord.Interaction) -> None:
        """Disable the controls as the first response to a click; results follow as follow-ups."""
        self.disable()
        self.stop()
        await interaction.response.edit_message(view=self, allowed_mentions=NO_MENTIONS)


class ConfirmView(OwnedView):
    def __init__(self, owner_id: int, on_confirm: Callback) -> None:
        super().__init__(owner_id, expired="This confirmation expired; nothing was written.")
        self.on_confirm = on_confirm

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self.finish(interaction)
        await self.on_confirm(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self.finish(interaction)
        await reply(interaction, "Cancelled; nothing was written.")


class BackupView(OwnedView):
    """A menu of the most recent backups (Discord allows 25 options)."""

    def __init__(self, owner_id: int, backups: Sequence[Backup],
                 on_pick: Callable[[discord.Interaction, str], Awaitable[None]]) -> None:
        super().__init__(owner_id, expired="This menu expired; run the command again.")
        self.on_pick = on_pick
        self.menu = BackupMenu(backups)
        self.add_item(self.menu)


class BackupMenu(discord.ui.Select[BackupView]):
    """The backups by date; a pick disables the view and hands the backup's name to its `on_pick`."""

    def __init__(self, backups: Sequence[Backup]) -> None:
        super().__init__(placeholder="Choose a backup to restore",
                         options=[discord.SelectOption(label=b.label(), value=b.name) for b in backups[:25]])

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        await view.finish(interaction)
        await view.on_pick(interaction, self.values[0])


class SuggestionView(OwnedView):
    """Accept and Reject for each suggestion, one row each (Discord allows 5 rows)."""

    MAX = 5

    def __init__(self, owner_id: int, suggestions: Sequence[Suggestion],
                 on_accept: Decision, on_reject: Decision) -> None:
        super().__init__(owner_id, expired="These suggestions expired; run the command again.")
        for row, item in enumerate(suggestions[: self.MAX]):
            for label, style, action in (("Accept", discord.ButtonStyle.success, on_accept),
                                         ("Reject", discord.ButtonStyle.secondary, on_reject)):
                self.add_item(DecisionButton(f"{label} {row + 1}", style, row, item, action))


class DecisionButton(discord.ui.Button[SuggestionView]):
    """Accept or Reject for the suggestion on its row; a click disables the row: one decision each."""

    def __init__(self, label: str, style: discord.ButtonStyle, row: int, suggestion: Suggestion,
                 action: Decision) -> None:
        super().__init__(label=label, style=style, row=row)
        self.suggestion = suggestion
        self.action = action

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        for child in view.children:
            if isinstance(child, discord.ui.Button) and child.row == self.row:
                child.disabled = True
        await interaction.response.edit_message(view=view, allowed_mentions=NO_MENTIONS)
        await self.action(interaction, self.suggestion)
