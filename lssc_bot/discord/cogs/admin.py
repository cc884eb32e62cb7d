"""`/lssc-admin`: moderators keep faq.yaml current from Discord. A thin layer.

Every decision lives in `lssc_bot.moderation` (validation, summaries, backups,
writes) and `lssc_bot.store.moderation` (audit, stats); this module only turns
interactions into those calls and their results into ephemeral replies. The
cog also runs the faq.yaml watcher and posts refused edits to LSSC_MOD_CHANNEL.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...browse import suggest_questions
from ...knowledge import Knowledge, Problem
from ...knowledge.holder import KnowledgeHolder
from ...moderation import report
from ...moderation.changes import summarize
from ...moderation.editor import Actor, EditRefused, FaqEditor, PendingEdit, Reloaded
from ...moderation.faqfile import Backups, remove_stale_temporaries
from ...moderation.suggestions import Suggestion
from ...settings import Settings
from ...store.moderation import ModerationStore
from ...watch import watch_knowledge
from ..admin_views import BackupView, ConfirmView, SuggestionView, as_file, reply
from ..bot import UserFacingCheck
from ..in_time import InTime
from ..replies import NO_MENTIONS

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..bot import LsscBot

UNANSWERED_DAYS = 30
#: Discord's limits for autocomplete: 25 choices, 100 characters each
CHOICES = 25
CHOICE_CHARS = 100
STATS_DAYS = 14
REFUSAL = "Only moderators can use /lssc-admin (the moderator role or the Manage Server permission)."


def is_moderator(user: discord.abc.User, mod_role: int | str | None) -> bool:
    """Manage Server, or the LSSC_MOD_ROLE role (by id, or by name ignoring case)."""
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_guild:
        return True
    if isinstance(mod_role, int):  # all digits: an id, or the name of a role called e.g. "2024"
        return any(role.id == mod_role or role.name == str(mod_role) for role in user.roles)
    if isinstance(mod_role, str):
        return any(role.name.casefold() == mod_role.casefold() for role in user.roles)
    return False


def actor(interaction: discord.Interaction) -> Actor:
    return Actor(interaction.user.id, interaction.user.name)


class Admin(commands.Cog):
    admin = app_commands.Group(name="lssc-admin", description="Moderator tools for the LSSC FAQ",
                               guild_only=True, default_permissions=discord.Permissions(manage_guild=True))

    def __init__(self, bot: LsscBot, settings: Settings, editor: FaqEditor, moderation: ModerationStore) -> None:
        self.bot = bot
        self.settings = settings
        self.editor = editor
        self.moderation = moderation
        self._watcher: asyncio.Task[None] | None = None

    @property
    def holder(self) -> KnowledgeHolder:
        return self.editor.holder

    async def cog_load(self) -> None:
        self._watcher = asyncio.create_task(
            watch_knowledge(self.holder, on_problems=self.post_problems, on_reload=self.post_reload),
            name="faq.yaml watcher")

    async def cog_unload(self) -> None:
        """Stop the watcher and wait for its thread to let go of the directory."""
        if self._watcher is not None:
            self._watcher.cancel()
            await asyncio.wait([self._watcher], timeout=5)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Checked again at run time: default_permissions is only the server's default.

        The refusal reaches the person through the tree's error handler, as a private reply.
        """
        if is_moderator(interaction.user, self.settings.mod_role):
            return True
        raise UserFacingCheck(REFUSAL)

    # -- the file --------------------------------------------------------------------------------

    @admin.command(name="reload", description="Reload faq.yaml now")
    async def reload(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            await reply(interaction, report.reloaded(await self.editor.reload(), self.editor.path.name))

    @admin.command(name="check", description="Validate faq.yaml as it is on disk and list its problems")
    async def check(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            await reply(interaction, report.checked(await self.editor.check(), self.editor.path.name))

    @admin.command(name="download", description="Get the current faq.yaml")
    async def download(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            try:
                data = await self.editor.read()
            except EditRefused as refused:
                await reply(interaction, report.refusal(refused))
                return
            await reply(interaction, f"The current {self.editor.path.name}:",
                        file=as_file(data, self.editor.path.name))

    @admin.command(name="upload", description="Replace faq.yaml with a file (validated, then you confirm)")
    @app_commands.describe(file="the new faq.yaml")
    async def upload(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        try:
            self.editor.check_upload_size(file.size, file.filename)  # before downloading it
        except EditRefused as refused:
            await reply(interaction, report.refusal(refused))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self._offer(interaction, lambda: self._read_upload(file), f"The upload {file.filename}")

    @admin.command(name="rollback", description="Restore a backup of faq.yaml")
    async def rollback(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            backups = await asyncio.to_thread(self.editor.backups.list)  # off the loop, so InTime can defer
            if not backups:
                await reply(interaction, "There are no backups yet (one is kept before every change).")
                return
            view = BackupView(interaction.user.id, backups, self._picked_backup)
            await reply(interaction, "Which backup should be restored? (newest first; you confirm next)", view=view)
        view.origin = interaction

    async def _picked_backup(self, interaction: discord.Interaction, name: str) -> None:
        await self._offer(interaction, lambda: self.editor.prepare_rollback(name), f"The backup {name}")

    # -- what people asked -------------------------------------------------------------------------

    @admin.command(name="unanswered", description="The most asked questions the bot could not answer")
    async def unanswered(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            groups = await self.moderation.unanswered(interaction.guild_id or 0, days=UNANSWERED_DAYS)
            await reply(interaction, report.unanswered(groups, UNANSWERED_DAYS))

    @admin.command(name="add-alternate", description="Teach an entry a new phrasing, e.g. an unanswered question")
    @app_commands.describe(entry="the entry that answers it", phrasing="the question as people ask it")
    async def add_alternate(self, interaction: discord.Interaction, entry: str, phrasing: str) -> None:
        async with InTime(interaction, ephemeral=True):
            await self._offer(interaction, lambda: self.editor.prepare_alternate(entry, phrasing),
                              f"The phrasing \"{report.brief(phrasing)}\" for {report.brief(entry)}")

    @add_alternate.autocomplete("entry")
    async def _entry_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if not is_moderator(interaction.user, self.settings.mod_role):  # autocomplete skips the cog's check
            return []
        return [app_commands.Choice(name=f"{e.id}: {e.question}"[:CHOICE_CHARS], value=e.id)
                for e in suggest_questions(self.holder.current, current, CHOICES)]

    @add_alternate.autocomplete("phrasing")
    async def _phrasing_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if not is_moderator(interaction.user, self.settings.mod_role):
            return []
        groups = await self.moderation.unanswered(interaction.guild_id or 0, days=UNANSWERED_DAYS)
        typed = current.casefold().strip()
        questions = [g.question[:CHOICE_CHARS] for g in groups if typed in g.question.casefold()]
        return [app_commands.Choice(name=q, value=q) for q in questions[:CHOICES]]

    @admin.command(name="suggestions", description="New phrasings learned from what people picked")
    async def suggestions(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            items = (await self.moderation.suggestions(interaction.guild_id or 0, self.holder.current))
            items = items[: SuggestionView.MAX]
            if not items:
                await reply(interaction, "No suggestions right now.")
                return
            lines = [f"{i}. {report.suggestion(item)}" for i, item in enumerate(items, 1)]
            view = SuggestionView(interaction.user.id, items, self._accept, self._reject)
            await reply(interaction, "\n".join(["Accept adds the phrasing to the entry's alternates:", *lines]),
                        view=view)
        view.origin = interaction

    async def _accept(self, interaction: discord.Interaction, item: Suggestion) -> None:
        try:
            edit = await self.editor.prepare_alternate(item.topic, item.question)
            applied = await self.editor.apply(edit, actor(interaction))
        except EditRefused as refused:
            await reply(interaction, report.refusal(refused))
            return
        await reply(interaction, report.applied(applied, f"\"{report.brief(item.question)}\" for {item.topic}"))

    async def _reject(self, interaction: discord.Interaction, item: Suggestion) -> None:
        await self.moderation.reject(actor(interaction), item)
        await reply(interaction, f"Rejected \"{report.brief(item.question)}\" for {item.topic}; "
                                 "it will not be suggested again.")

    @admin.command(name="stats", description=f"Questions per day and answer rates, last {STATS_DAYS} days")
    async def stats(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            stats = await self.moderation.stats(interaction.guild_id or 0, days=STATS_DAYS)
            await reply(interaction, report.stats(stats))

    @admin.command(name="history", description="Who changed faq.yaml, and when")
    async def history(self, interaction: discord.Interaction) -> None:
        async with InTime(interaction, ephemeral=True):
            await reply(interaction, report.history(await self.moderation.history()))

    # -- shared steps ----------------------------------------------------------------------------

    async def _read_upload(self, file: discord.Attachment) -> PendingEdit:
        try:
            raw = await file.read()
        except discord.HTTPException:
            raise EditRefused(f"{file.filename} could not be downloaded from Discord; try again.") from None
        return await self.editor.prepare_upload(raw, file.filename)

    async def _offer(self, interaction: discord.Interaction, prepare: Callable[[], Awaitable[PendingEdit]],
                     what: str) -> None:
        """Prepare an edit and show its summary with Confirm/Cancel, or say why it was refused."""
        try:
            edit = await prepare()
        except EditRefused as refused:
            await reply(interaction, report.refusal(refused))
            return

        async def confirm(clicked: discord.Interaction) -> None:
            try:
                applied = await self.editor.apply(edit, actor(clicked))
            except EditRefused as refused:
                await reply(clicked, report.refusal(refused))
                return
            await reply(clicked, report.applied(applied, what))

        view = ConfirmView(interaction.user.id, confirm)
        await reply(interaction, report.preview(edit, what), view=view)
        view.origin = interaction

    # -- the moderators' channel -----------------------------------------------------------------

    async def post_problems(self, problems: Sequence[Problem]) -> None:
        await self._post(report.problems_report(
            f"An edit of {self.editor.path.name} was refused; the bot keeps the last good version:", problems))

    async def post_reload(self, old: Knowledge, new: Knowledge) -> None:
        await self._post(report.reloaded(Reloaded((), summarize(old, new)), self.editor.path.name))

    async def _post(self, message: report.Report) -> None:
        channel = self.bot.get_channel(self.settings.mod_channel) if self.settings.mod_channel else None
        if not isinstance(channel, discord.abc.Messageable):
            return
        file = as_file(message.attachment, "details.txt") if message.attachment else discord.utils.MISSING
        await channel.send(message.text, file=file, allowed_mentions=NO_MENTIONS)


async def setup(bot: LsscBot) -> None:
    """Extension entry point, run by setup_hook after it has opened `bot.store`."""
    for leftover in remove_stale_temporaries(bot.holder.path):
        log.info("removed %s, left by an interrupted write", leftover.name)
    moderation = ModerationStore(bot.store)
    editor = FaqEditor(bot.holder, Backups(bot.settings.data_dir / "backups"), moderation)
    await bot.add_cog(Admin(bot, bot.settings, editor, moderation))
