"""Running in production: the health heartbeat and graceful shutdown, as one cog.

`discord.Client.run` turns Ctrl-C into a bare return and leaves SIGTERM (what
`docker stop` sends) to kill the process, cutting off replies mid-request.
`Lifecycle` replaces both with one path: on SIGTERM or SIGINT it waits up to
`grace` seconds for the handlers already running (the tasks discord.py names
when it dispatches events, app commands and view clicks), marks the heartbeat
disconnected and closes the bot, whose `close` closes the database.  `run`
then returns normally, so the process exits 0 well inside Docker's 10 s stop
timeout.  A second signal skips the wait.

Used around the bot's `start` (``async with Lifecycle.in_data_dir(bot, dir).attached():``)
so that `start` - the task `asyncio.run` waits for - also waits for a shutdown
in progress; any other task is cancelled the moment `start` returns.
"""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from discord.ext import commands

from ..health import Heartbeat, heartbeat_interval, heartbeat_path

_log = logging.getLogger(__name__)

#: prefixes of the task names discord.py 2.7 gives to work done for a user
_IN_FLIGHT_PREFIXES = ("discord.py: on_", "CommandTree-invoker", "discord-ui-view-dispatch-")
SHUTDOWN_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: seconds allowed for closing the gateway, HTTP session and database after the grace period
CLOSE_TIMEOUT = 1.5


def in_flight_tasks() -> set[asyncio.Task[object]]:
    """Event handlers, app commands and component callbacks still running on this loop."""
    current = asyncio.current_task()
    return {
        task for task in asyncio.all_tasks()
        if task is not current and not task.done() and task.get_name().startswith(_IN_FLIGHT_PREFIXES)
    }


class Lifecycle(commands.Cog):
    """Keeps the heartbeat file current and shuts the bot down gracefully on a signal."""

    def __init__(self, bot: commands.Bot, heartbeat: Heartbeat, *, interval: float, grace: float = 3.0) -> None:
        self.bot = bot
        self.heartbeat = heartbeat
        self.interval = interval
        self.grace = grace
        self._refresher: asyncio.Task[None] | None = None
        self._shutdown: asyncio.Task[None] | None = None
        self._hurry = asyncio.Event()
        self._state = "gateway connected"  # what refreshes repeat: how the connection came up

    @classmethod
    def in_data_dir(cls, bot: commands.Bot, data_dir: Path, interval: float | None = None) -> Lifecycle:
        """The heartbeat where `bot.py health` looks, refreshed every `interval` (default LSSC_HEARTBEAT_SECONDS)."""
        return cls(bot, Heartbeat(heartbeat_path(data_dir)),
                   interval=heartbeat_interval() if interval is None else interval)

    @asynccontextmanager
    async def attached(self) -> AsyncIterator[Lifecycle]:
        """The cog added for the block; on leaving, a shutdown in progress is awaited first."""
        await self.bot.add_cog(self)
        try:
            yield self
        finally:
            if self._shutdown is not None:
                await asyncio.wait({self._shutdown}, timeout=self.grace + CLOSE_TIMEOUT)
            await self.bot.remove_cog(self.qualified_name)

    async def cog_load(self) -> None:
        # A file left by a previous run must not make a fresh, unconnected process look healthy.
        self.heartbeat.mark_disconnected("starting")
        loop = asyncio.get_running_loop()
        for sig in SHUTDOWN_SIGNALS:
            loop.add_signal_handler(sig, self.request_shutdown, sig)
        self._refresher = asyncio.create_task(self._refresh(), name="lssc-heartbeat")

    async def cog_unload(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
        loop = asyncio.get_running_loop()
        for sig in SHUTDOWN_SIGNALS:
            loop.remove_signal_handler(sig)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        self._state = "gateway connected"
        self.heartbeat.beat(self._state)

    @commands.Cog.listener()
    async def on_resumed(self) -> None:
        self._state = "gateway resumed"
        self.heartbeat.beat(self._state)

    @commands.Cog.listener()
    async def on_disconnect(self) -> None:
        self.heartbeat.mark_disconnected("gateway disconnected")

    def _connected(self) -> bool:
        ws = self.bot.ws
        return self.bot.is_ready() and not self.bot.is_closed() and ws is not None and ws.open

    async def _refresh(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            if self._connected() and self._shutdown is None:
                self.heartbeat.beat(self._state)

    def request_shutdown(self, sig: signal.Signals) -> None:
        if self._shutdown is not None:
            _log.warning("%s again: closing without waiting for replies in flight", sig.name)
            self._hurry.set()
            return
        _log.info("%s received: finishing replies in flight (up to %.0fs), then closing", sig.name, self.grace)
        self._shutdown = asyncio.create_task(self._close(), name="lssc-shutdown")

    async def _close(self) -> None:
        pending = in_flight_tasks()
        if pending:
            # Whichever first: every handler done, a second signal, or the grace period over.
            everything = asyncio.ensure_future(asyncio.wait(pending))
            hurry = asyncio.ensure_future(self._hurry.wait())
            await asyncio.wait({everything, hurry}, timeout=self.grace, return_when=asyncio.FIRST_COMPLETED)
            everything.cancel()
            hurry.cancel()
            unfinished = sorted(t.get_name() for t in pending if not t.done())
            if unfinished:
                _log.warning("closing with %d handler(s) unfinished: %s", len(unfinished), ", ".join(unfinished))
        if self._refresher is not None:
            self._refresher.cancel()
        self.heartbeat.mark_disconnected("shut down")
        await self.bot.close()
        _log.info("closed")
