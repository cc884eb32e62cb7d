"""Plain messages: answered in DMs, when the bot is mentioned, and in the listening channels.

Asked directly (DM or mention) the bot always replies. In a listening channel,
or a thread of one, nobody asked it, so it speaks only when confident (an FAQ
entry or a rules calculation) and stays silent on cooldown. In a listed forum
it answers the opening post of each new thread, inside the thread.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from ...answer import speaks_unasked
from ...render.discord import render_help
from ..asking import Where, earlier_text, slow_down_text
from ..replies import NO_MENTIONS, to_embed
from ..views import AnswerView, post_answer
from .ask import question_text

if TYPE_CHECKING:
    from ..bot import LsscBot

log = logging.getLogger(__name__)

#: how many forum posts to remember as answered (the thread and its starter message may arrive in either order)
ANSWERED_POSTS_KEPT = 1000


class ListenCog(commands.Cog):
    def __init__(self, bot: LsscBot) -> None:
        self.bot = bot
        self._answered_posts: OrderedDict[int, None] = OrderedDict()

    def listening_in(self, channel: discord.abc.Messageable) -> bool:
        listen = self.bot.settings.listen_channels
        if isinstance(channel, discord.Thread):
            return channel.id in listen or channel.parent_id in listen
        return getattr(channel, "id", None) in listen

    def _first_time(self, thread_id: int) -> bool:
        """True once per forum post; synchronous, so the two events cannot both pass."""
        if thread_id in self._answered_posts:
            return False
        self._answered_posts[thread_id] = None
        if len(self._answered_posts) > ANSWERED_POSTS_KEPT:
            self._answered_posts.popitem(last=False)
        return True

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        try:
            await self.handle_message(message)
        except discord.HTTPException as exc:
            _could_not_answer(message.channel, exc)

    async def handle_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if _is_forum_post(message) and self.listening_in(message.channel):
            if self._first_time(message.id):
                await self.answer_forum_post(message.channel, message)  # type: ignore[arg-type]
            return
        direct = message.guild is None or me.id in message.raw_mentions
        if not direct and not self.listening_in(message.channel):
            return
        question = question_text(message.content, me.id)
        if not question:
            if direct:
                await message.reply(embed=to_embed(render_help(self.bot.holder.current.program)),
                                    mention_author=False, allowed_mentions=NO_MENTIONS)
            return
        await self.respond(message, question, direct=direct)

    @commands.Cog.listener()
    async def on_thread_create(self, thread: discord.Thread) -> None:
        """A new forum post. Its starter message may come before or after this event."""
        try:
            await self.handle_thread(thread)
        except discord.HTTPException as exc:
            _could_not_answer(thread, exc)

    async def handle_thread(self, thread: discord.Thread) -> None:
        parent = thread.parent
        if parent is None or parent.type is not discord.ChannelType.forum or not self.listening_in(thread):
            return
        starter = thread.starter_message
        if starter is None:
            try:
                starter = await thread.fetch_message(thread.id)
            except discord.NotFound:
                return  # not created yet: on_message answers it when it arrives
        if not starter.author.bot and self._first_time(thread.id):
            await self.answer_forum_post(thread, starter)

    async def answer_forum_post(self, thread: discord.Thread, starter: discord.Message) -> None:
        question = " ".join(f"{thread.name}\n{starter.content}".split())
        await self.respond(starter, question, direct=False, send_to=thread)

    async def respond(self, message: discord.Message, question: str, *, direct: bool,
                      send_to: discord.Thread | None = None) -> None:
        """Answer `message` (as a reply, or into `send_to`), within the speaking rules."""
        where = Where(message.guild.id if message.guild else 0, message.channel.id, message.author.id)
        thought = await self.bot.asking.think(question, where)
        if not direct and not speaks_unasked(thought.answer):
            return
        verdict = self.bot.asking.check_rate(where.user_id)
        if not verdict.allowed:
            if direct and verdict.notify:  # one notice per window; unasked, stay quiet
                await message.reply(slow_down_text(verdict), mention_author=False, allowed_mentions=NO_MENTIONS)
            return
        if earlier := self.bot.asking.earlier_answer(where, question):
            await message.reply(earlier_text(earlier), mention_author=False, allowed_mentions=NO_MENTIONS)
            return

        async def send(embed: discord.Embed, view: AnswerView) -> discord.Message:
            if send_to is not None:
                return await send_to.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
            return await message.reply(embed=embed, view=view, mention_author=False, allowed_mentions=NO_MENTIONS)

        await post_answer(self.bot, thought, where, send)


def _could_not_answer(channel: object, exc: discord.HTTPException) -> None:
    """A channel the bot may read but not post in (or a message deleted meanwhile): one log line, no traceback.

    Without this every message in such a listening channel logged a full traceback through
    discord.py's on_error, drowning the log."""
    log.warning("could not answer in channel %s: %s", getattr(channel, "id", "?"), exc)  # "403 Forbidden (...): ..."


def _is_forum_post(message: discord.Message) -> bool:
    """The opening message of a forum thread (its id is the thread's id)."""
    channel = message.channel
    return (isinstance(channel, discord.Thread) and message.id == channel.id
            and channel.parent is not None and channel.parent.type is discord.ChannelType.forum)


async def setup(bot: LsscBot) -> None:
    await bot.add_cog(ListenCog(bot))
