"""/lssc ask (with autocomplete), /lssc topics, /lssc help and the "Ask LSSC bot" message menu."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...browse import suggest_questions
from ...render.discord import render_help
from ..asking import Where, earlier_text, slow_down_text
from ..in_time import InTime
from ..replies import NO_MENTIONS, send_private, to_embed
from ..views import AnswerView, TopicsView, post_answer

if TYPE_CHECKING:
    from ..bot import LsscBot

AUTOCOMPLETE_MAX, CHOICE_MAX = 25, 100


def where_of(interaction: discord.Interaction) -> Where:
    return Where(interaction.guild_id or 0, interaction.channel_id or 0, interaction.user.id)


def question_text(content: str, bot_id: int) -> str:
    """A message's text without mentions of the bot."""
    return " ".join(re.sub(rf"<@!?{bot_id}>", " ", content).split())


class AskCommands(commands.Cog):
    """Part of the /lssc group (see cogs/lssc.py); a Cog, as discord.py binds commands only to a Cog or Group."""

    bot: LsscBot

    @app_commands.command(name="ask", description="Ask a question about LSSC")
    @app_commands.describe(question="Your question, e.g. how much does it cost?")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        where = where_of(interaction)
        verdict = self.bot.asking.check_rate(where.user_id)
        if not verdict.allowed:
            await send_private(interaction, slow_down_text(verdict))
            return
        if earlier := self.bot.asking.earlier_answer(where, question):
            await send_private(interaction, earlier_text(earlier))
            return
        async with InTime(interaction, ephemeral=False) as in_time:  # reads progress, logs the question
            thought = await self.bot.asking.think(question, where)

            async def send(embed: discord.Embed, view: AnswerView) -> discord.Message:
                return await in_time.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)

            await post_answer(self.bot, thought, where, send)

    @ask.autocomplete("question")
    async def ask_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        entries = suggest_questions(self.bot.holder.current, current, AUTOCOMPLETE_MAX)
        return [app_commands.Choice(name=e.question[:CHOICE_MAX], value=e.question[:CHOICE_MAX]) for e in entries]

    @app_commands.command(name="topics", description="Browse the FAQ by topic")
    async def topics(self, interaction: discord.Interaction) -> None:
        knowledge = self.bot.holder.current
        if not knowledge.tags:
            await send_private(interaction, "The FAQ has no topics yet; try `/lssc ask`.")
            return
        view = TopicsView(knowledge, knowledge.tags[0])
        await send_private(interaction, embed=view.embed, view=view)
        view.message = await interaction.original_response()

    @app_commands.command(name="help", description="What this bot can do")
    async def help(self, interaction: discord.Interaction) -> None:
        await send_private(interaction, embed=to_embed(render_help(self.bot.holder.current.program)))

    async def ask_about_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Context menu: answer someone's message as a reply to it; the clicker gets a private note."""
        assert self.bot.user is not None
        question = question_text(message.content, self.bot.user.id)
        if not question:
            await send_private(interaction, "That message has no text I can answer.")
            return
        verdict = self.bot.asking.check_rate(interaction.user.id)
        if not verdict.allowed:
            await send_private(interaction, slow_down_text(verdict))
            return
        # the message's author is the asker: their progress is the context, and only they pick did-you-means
        where = Where(interaction.guild_id or 0, message.channel.id, message.author.id)
        if earlier := self.bot.asking.earlier_answer(where, question):
            await send_private(interaction, earlier_text(earlier))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        thought = await self.bot.asking.think(question, where)

        async def send(embed: discord.Embed, view: AnswerView) -> discord.Message:
            return await message.reply(embed=embed, view=view, mention_author=False, allowed_mentions=NO_MENTIONS)

        reply = await post_answer(self.bot, thought, where, send)
        await send_private(interaction, f"Answered: {reply.jump_url}")
