"""`LsscBot`: the discord.py client, its start-up work, and `run_bot` for `bot.py`."""
from __future__ import annotations

import logging
import sys
import traceback
from datetime import date

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from ..knowledge.holder import KnowledgeHolder
from ..settings import Settings
from ..store import Store, StoreError
from ..store.reminders import ReminderStore
from . import endpoints
from .asking import Asking
from .lifecycle import Lifecycle
from .replies import NO_MENTIONS, send_private
from .views import FeedbackButton

log = logging.getLogger(__name__)

#: extensions loaded in setup_hook; each module has `async def setup(bot)`. Append to add a cog.
EXTENSIONS: list[str] = [
    "lssc_bot.discord.cogs.lssc",
    "lssc_bot.discord.cogs.listen",
    "lssc_bot.discord.cogs.admin",
    "lssc_bot.discord.cogs.reminders",
]

GENERIC_ERROR = "Sorry, something went wrong on my side. Please try again in a moment."


class LsscTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Every command's last resort: a plain private reply, the traceback to the log only."""
        if isinstance(error, app_commands.CheckFailure):
            message = str(error) if isinstance(error, UserFacingCheck) else "You can't use this command here."
        elif isinstance(error, app_commands.CommandInvokeError) and isinstance(error.original, discord.Forbidden):
            message = "I'm missing a permission in this channel (I need to view it and send messages)."
            log.warning("forbidden in /%s: %s", interaction.command and interaction.command.qualified_name,
                        error.original)
        else:
            message = GENERIC_ERROR
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("error in /%s:\n%s", command, "".join(traceback.format_exception(error)))
        try:
            await send_private(interaction, message)
        except discord.HTTPException:
            log.warning("could not tell the user about the error (interaction expired?)")


class UserFacingCheck(app_commands.CheckFailure):
    """A check failure whose message is meant for the person (e.g. "only moderators can ...")."""


class LsscBot(commands.Bot):
    """The asker bot. Construct with settings and a knowledge holder; `setup_hook` does the rest."""

    store: Store
    asking: Asking

    def __init__(self, settings: Settings, holder: KnowledgeHolder) -> None:
        intents = discord.Intents.default()
        intents.message_content = settings.message_content
        super().__init__(command_prefix=commands.when_mentioned, intents=intents, help_command=None,
                         allowed_mentions=NO_MENTIONS, tree_cls=LsscTree,
                         guild_ready_timeout=settings.guild_ready_timeout)
        self.settings = settings
        self.holder = holder

    async def start(self, token: str, *, reconnect: bool = True) -> None:
        """`run` lands here. `Lifecycle` (health file, graceful SIGTERM) wraps it so a shutdown it
        starts completes before `run` returns: asyncio.run cancels every task still running then."""
        async with Lifecycle.in_data_dir(self, self.settings.data_dir, self.settings.heartbeat_seconds).attached():
            await super().start(token, reconnect=reconnect)

    async def setup_hook(self) -> None:
        self.store = await Store.open(self.settings.database_path)
        self.asking = Asking(self.holder, self.store, today=self.today)
        self.add_dynamic_items(FeedbackButton)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands()

    @property
    def reminders(self) -> ReminderStore:
        return ReminderStore(self.store)

    def today(self) -> date:
        """LSSC_TODAY when set (tests, replaying a missed day), else the real date."""
        return self.settings.today or date.today()

    async def sync_commands(self) -> None:
        """To each guild in DISCORD_GUILD_IDS (shows at once), else globally (clients may lag behind)."""
        if not self.settings.guild_ids:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))
            return
        for guild_id in self.settings.guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %d", len(synced), guild_id)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: plain messages are the listen cog's business only."""

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("logged in as %s (%d) in %d servers", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        await super().close()
        if hasattr(self, "store"):
            await self.store.close()


def configure_endpoints(settings: Settings) -> None:
    """Point discord.py at DISCORD_API_BASE / DISCORD_GATEWAY_URL (a fake or self-hosted server)."""
    endpoints.configure_endpoints(settings.api_base, settings.gateway_url)


def run_bot(settings: Settings, holder: KnowledgeHolder) -> int:
    """Run until stopped; the exit code for `bot.py` (2: a setting Discord refused, or an unusable database)."""
    discord.utils.setup_logging()
    try:
        configure_endpoints(settings)
    except ValueError as exc:
        print(f"bot.py: {exc}", file=sys.stderr)
        return 2
    if settings.listen_channels and not settings.message_content:
        log.warning("LSSC_LISTEN_CHANNELS is set but LSSC_MESSAGE_CONTENT is off: the bot cannot read "
                    "messages there (it still answers mentions, DMs and commands)")
    try:
        LsscBot(settings, holder).run(settings.token, log_handler=None)
    except discord.LoginFailure:
        log.error("Discord refused the token; check DISCORD_TOKEN / DISCORD_TOKEN_FILE")
        return 2
    except StoreError as exc:
        log.error("%s", exc)
        return 2
    except discord.PrivilegedIntentsRequired:
        why = "LSSC_LISTEN_CHANNELS is set" if settings.listen_channels else "LSSC_MESSAGE_CONTENT is on"
        log.error("%s, so the bot asks for the Message Content intent, but it is off in the developer portal "
                  "(Bot > Privileged Gateway Intents); switch it on there, or set LSSC_MESSAGE_CONTENT=0", why)
        return 2
    except (aiohttp.ClientConnectionError, OSError) as exc:  # no traceback: nothing here is a bug
        log.error("could not reach Discord at %s: %s", settings.api_base or "https://discord.com/api", exc)
        return 1
    return 0
