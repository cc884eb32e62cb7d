"""Spec'd mocks of discord.py objects, after python-discord/bot's tests/helpers.py.

Every mock is `MagicMock(spec_set=discord.X)`: reading or setting an attribute the
real class lacks fails the test, and the class's coroutine methods are AsyncMocks.
"""
from __future__ import annotations

import itertools
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord

_ids = itertools.count(1_000_000_000_000_000)


def next_id() -> int:
    return next(_ids)


def _mock(spec: type, **attrs: Any) -> MagicMock:
    mock = MagicMock(spec_set=spec)
    for name, value in attrs.items():
        setattr(mock, name, value)
    return mock


def MockUser(*, id: int | None = None, bot: bool = False, name: str = "asker") -> MagicMock:  # noqa: N802
    user_id = id or next_id()
    return _mock(discord.Member, id=user_id, bot=bot, name=name, mention=f"<@{user_id}>")


def MockGuild(*, id: int | None = None) -> MagicMock:  # noqa: N802
    return _mock(discord.Guild, id=id or next_id(), name="Library staff")


def MockTextChannel(*, id: int | None = None, guild: MagicMock | None = None) -> MagicMock:  # noqa: N802
    return _mock(discord.TextChannel, id=id or next_id(), guild=guild, type=discord.ChannelType.text,
                 jump_url="https://discord.com/channels/1/2")


def MockDMChannel(*, id: int | None = None) -> MagicMock:  # noqa: N802
    return _mock(discord.DMChannel, id=id or next_id(), type=discord.ChannelType.private, guild=None)


def MockForumChannel(*, id: int | None = None, guild: MagicMock | None = None) -> MagicMock:  # noqa: N802
    return _mock(discord.ForumChannel, id=id or next_id(), guild=guild, type=discord.ChannelType.forum)


def MockThread(*, parent: MagicMock, id: int | None = None, name: str = "a thread",
               starter_message: MagicMock | None = None) -> MagicMock:  # noqa: N802
    thread = _mock(discord.Thread, id=id or next_id(), parent=parent, parent_id=parent.id, name=name,
                   guild=parent.guild, type=discord.ChannelType.public_thread, starter_message=starter_message)
    thread.send.side_effect = lambda *a, **kw: MockMessage(channel=thread, author=None)
    return thread


def MockMessage(*, content: str = "", author: MagicMock | None = None, channel: MagicMock | None = None,
                id: int | None = None, raw_mentions: list[int] | None = None) -> MagicMock:  # noqa: N802
    channel = channel if channel is not None else MockTextChannel(guild=MockGuild())
    message_id = id or next_id()
    message = _mock(discord.Message, id=message_id, content=content, author=author or MockUser(),
                    channel=channel, guild=channel.guild, raw_mentions=raw_mentions or [],
                    jump_url=f"https://discord.com/channels/0/{channel.id}/{message_id}")
    message.reply.side_effect = lambda *a, **kw: MockMessage(channel=channel, author=None)
    return message


def MockInteraction(*, client: Any, user: MagicMock | None = None, guild: MagicMock | None = None,
                    channel: MagicMock | None = None, message: MagicMock | None = None) -> MagicMock:  # noqa: N802
    """An interaction whose response tracks `is_done()` like the real one."""
    channel = channel if channel is not None else MockTextChannel(guild=guild)
    interaction = _mock(discord.Interaction, client=client, user=user or MockUser(), guild=guild,
                        guild_id=guild.id if guild else None, channel=channel, channel_id=channel.id,
                        message=message)
    response = MagicMock(spec_set=discord.InteractionResponse)
    done = {"value": False}
    response.is_done.side_effect = lambda: done["value"]

    def responded(*args: Any, **kwargs: Any) -> None:
        done["value"] = True

    for method in ("send_message", "edit_message", "defer"):
        getattr(response, method).side_effect = responded
    interaction.response = response
    interaction.followup = MagicMock(spec_set=discord.Webhook)
    interaction.original_response = AsyncMock(return_value=MockMessage(channel=channel, author=None))
    return interaction


SENDING = ("send", "reply", "send_message", "edit_message", "edit")


def sent_calls(*mocks: MagicMock) -> list[Any]:
    """Every send/reply/edit call made on the mocks (and their children), in order."""
    return [c for m in mocks for c in m.mock_calls if c[0].split(".")[-1] in SENDING]


def assert_no_mentions(*mocks: MagicMock) -> None:
    calls = sent_calls(*mocks)
    assert calls, "nothing was sent"
    none = discord.AllowedMentions.none().to_dict()
    for call in calls:
        mentions = call.kwargs.get("allowed_mentions")
        assert isinstance(mentions, discord.AllowedMentions), f"{call} has no allowed_mentions"
        assert mentions.to_dict() == none, f"{call} may mention someone"
