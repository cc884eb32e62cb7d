"""Mocks spec'd from real discord.py classes (a wrong attribute fails the test), after python-discord/bot."""
from __future__ import annotations

from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord
from discord.ext import commands


def member(user_id: int = 10, name: str = "alice", *, manage_guild: bool = False,
           roles: tuple[str, ...] = ()) -> MagicMock:
    user = MagicMock(spec=discord.Member)
    user.id, user.name = user_id, name
    user.guild_permissions = discord.Permissions(manage_guild=manage_guild)
    user.roles = [role(i, r) for i, r in enumerate(roles, 500)]
    return user


def role(role_id: int, name: str) -> MagicMock:
    r = MagicMock(spec=discord.Role)
    r.id, r.name = role_id, name
    return r


def interaction(user: MagicMock, guild_id: int = 1) -> MagicMock:
    inter = MagicMock(spec=discord.Interaction)
    inter.user, inter.guild_id = user, guild_id
    done = {"done": False}

    def responded(*_: Any, **__: Any) -> None:
        done["done"] = True

    response = MagicMock(spec=discord.InteractionResponse)
    response.is_done.side_effect = lambda: done["done"]
    for name in ("send_message", "defer", "edit_message"):
        setattr(response, name, AsyncMock(side_effect=responded))
    inter.response = response
    inter.followup = MagicMock(spec=discord.Webhook)
    inter.followup.send = AsyncMock()
    inter.edit_original_response = AsyncMock()
    return inter


def attachment(data: bytes, filename: str = "faq.yaml") -> MagicMock:
    file = MagicMock(spec=discord.Attachment)
    file.filename, file.size = filename, len(data)
    file.read = AsyncMock(return_value=data)
    return file


def bot_with_channel() -> tuple[MagicMock, MagicMock]:
    bot = MagicMock(spec=commands.Bot)
    channel = MagicMock(spec=discord.TextChannel)
    channel.send = AsyncMock()
    bot.get_channel.return_value = channel
    return bot, channel


def sent(inter: MagicMock) -> list[dict[str, Any]]:
    """Every message sent in reply to `inter`, first response and follow-ups, as keyword dicts."""
    calls = inter.response.send_message.call_args_list + inter.followup.send.call_args_list
    return [dict(call.kwargs, content=call.kwargs.get("content", call.args[0] if call.args else None))
            for call in calls]


def mentions_nobody(allowed: discord.AllowedMentions) -> bool:
    """AllowedMentions has no ==; this is what AllowedMentions.none() means."""
    return allowed.to_dict() == discord.AllowedMentions.none().to_dict()
