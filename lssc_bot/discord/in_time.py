"""Answer every interaction within Discord's 3 seconds, however slow the work before the reply.

A handler that reads the store or a file before its first response wraps that work in
`InTime`: if nothing has been sent `after` seconds in, it defers ("thinking..." for a
command, a silent deferred update for a button or select), and the reply then goes out
as a follow-up or an edit of the original. When the work is fast nothing changes: one
response, no deferral.

The timer and the replies take one lock. `response.is_done()` only turns true once the
HTTP call has returned, so without it a deferral and a reply could both be in flight and
Discord would refuse the second ("already acknowledged").

`respond` is the one place that chooses between the first response and a follow-up;
`send_private` (and through it the admin `reply`) uses it, so inside a guarded handler
those go through the guard's lock too.
"""
from __future__ import annotations

import asyncio
import logging
from types import TracebackType
from typing import Any, ClassVar

import discord

log = logging.getLogger(__name__)

#: seconds before deferring: a reply sent sooner needs no deferral, and from 2 s there is still
#: a second left for the deferral's own round trip to reach Discord inside its 3-second limit
DEFER_AFTER = 2.0


async def _first_or_followup(interaction: discord.Interaction, kwargs: dict[str, Any], *,
                             fetch: bool) -> discord.Message | None:
    """Send as the first response or, once one (or a deferral) went out, as a follow-up.

    With `fetch` the sent message is returned (an extra request for a first response)."""
    if interaction.response.is_done():
        if fetch:
            return await interaction.followup.send(wait=True, **kwargs)
        await interaction.followup.send(**kwargs)
        return None
    await interaction.response.send_message(**kwargs)
    return await interaction.original_response() if fetch else None


async def respond(interaction: discord.Interaction, *, fetch: bool = False,
                  **kwargs: Any) -> discord.Message | None:
    """Send a reply to `interaction`, through its active `InTime` guard if there is one."""
    guard = InTime.active(interaction)
    if guard is not None:
        return await guard._send(kwargs, fetch=fetch)
    return await _first_or_followup(interaction, kwargs, fetch=fetch)


class InTime:
    """`async with InTime(interaction, ephemeral=...) as in_time:` then `in_time.send(...)` or `.edit(...)`.

    `ephemeral` is the deferral's: a deferred command's first follow-up fills in the
    "thinking..." message, which is private or not from the start. `after` defaults to
    `DEFER_AFTER` (read when entering, so tests can shorten it)."""

    _active: ClassVar[dict[int, InTime]] = {}

    def __init__(self, interaction: discord.Interaction, *, ephemeral: bool, after: float | None = None) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral
        self.after = after
        self._lock = asyncio.Lock()
        self._timer: asyncio.Task[None] | None = None

    @classmethod
    def active(cls, interaction: discord.Interaction) -> InTime | None:
        """The guard around the handler answering `interaction`, if one is running."""
        guard = cls._active.get(id(interaction))
        return guard if guard is not None and guard.interaction is interaction else None

    async def __aenter__(self) -> InTime:
        if self.active(self.interaction) is not None:
            raise RuntimeError("this interaction already has an InTime guard")
        after = DEFER_AFTER if self.after is None else self.after
        self._active[id(self.interaction)] = self
        self._timer = asyncio.create_task(self._defer_when_late(after), name="InTime deferral")
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self._active.pop(id(self.interaction), None)
        assert self._timer is not None
        async with self._lock:  # never cut a deferral off mid-request: Discord may have it already
            self._timer.cancel()
        await asyncio.wait([self._timer])

    async def send(self, **kwargs: Any) -> discord.Message:
        """The first response, or a follow-up after a deferral; returns the sent message."""
        message = await self._send(kwargs, fetch=True)
        assert message is not None
        return message

    async def edit(self, **kwargs: Any) -> None:
        """Edit the message a component belongs to (after a deferred update: the original response)."""
        async with self._lock:
            if self.interaction.response.is_done():
                await self.interaction.edit_original_response(**kwargs)
            else:
                await self.interaction.response.edit_message(**kwargs)

    async def _send(self, kwargs: dict[str, Any], *, fetch: bool) -> discord.Message | None:
        async with self._lock:
            return await _first_or_followup(self.interaction, kwargs, fetch=fetch)

    async def _defer_when_late(self, after: float) -> None:
        await asyncio.sleep(after)
        async with self._lock:
            response = self.interaction.response
            if response.is_done():
                return
            try:
                if self.interaction.type is discord.InteractionType.component:
                    await response.defer()  # a deferred update: the clicked message is edited later
                else:
                    await response.defer(thinking=True, ephemeral=self.ephemeral)
            except Exception:  # the reply that follows gets its own error; this one is only logged
                log.warning("could not defer a slow interaction (%s)", self.interaction.type, exc_info=True)
