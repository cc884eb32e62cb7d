"""Sending, the one way: no mentions ever, private replies for personal data and errors."""
from __future__ import annotations

from typing import Any

import discord

from .in_time import respond

#: passed on EVERY send and edit (and set on the Bot): the bot never pings anyone
NO_MENTIONS = discord.AllowedMentions.none()


def to_embed(data: dict[str, Any]) -> discord.Embed:
    """A `lssc_bot.render.discord` embed dict as a `discord.Embed`."""
    return discord.Embed.from_dict(data)


async def send_private(interaction: discord.Interaction, content: str | None = None, *,
                       embed: discord.Embed | None = None, view: discord.ui.View | None = None,
                       files: list[discord.File] | None = None) -> None:
    """An ephemeral reply, as the first response or as a follow-up when one (or a deferral) was already sent.

    Inside an `InTime` guard it goes through the guard, so it cannot race the guard's deferral."""
    kwargs: dict[str, Any] = {"content": content, "ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if embed is not None:
        kwargs["embed"] = embed
    if view is not None:
        kwargs["view"] = view
    if files:
        kwargs["files"] = files
    await respond(interaction, **kwargs)
