"""Buttons and selects. Each turns a click into a store call or a re-rendered answer."""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from ..answer import Suggestion, entry_answer
from ..browse import entries_tagged, page_of
from ..knowledge.model import Knowledge, Program
from ..render.discord import Link, render_answer, render_notice, render_topics
from .asking import Thought, Where
from .in_time import InTime
from .replies import NO_MENTIONS, send_private, to_embed

if TYPE_CHECKING:
    from .bot import LsscBot

log = logging.getLogger(__name__)

#: seconds until clarify / save / browse controls switch off (under the 15-minute interaction token life)
TIMEOUT = 600.0
TOPICS_PER_PAGE = 10
NOT_YOURS = "Only the person who asked can pick."
_TOPIC_KEY = re.compile(r"[\w.-]{1,60}")


def _bot(interaction: discord.Interaction) -> LsscBot:
    return interaction.client  # type: ignore[return-value]


class TimedView(discord.ui.View):
    """A view that switches its own controls off on timeout, and answers errors in plain words."""

    def __init__(self) -> None:
        super().__init__(timeout=TIMEOUT)
        #: the message showing this view, set by whoever sends it; edited on timeout
        self.message: discord.Message | None = None

    async def on_timeout(self) -> None:
        for item in self.children:
            # feedback buttons stay: they keep working after the view (and the bot) are gone
            if not isinstance(item, discord.ui.DynamicItem) and not getattr(item, "url", None):
                item.disabled = True  # type: ignore[attr-defined]
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:  # deleted, or the interaction token expired: nothing to switch off
                pass

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        log.exception("error in %s (custom_id %s)", type(self).__name__, getattr(item, "custom_id", None),
                      exc_info=error)
        await send_private(interaction, "Sorry, that didn't work. Please try again in a moment.")


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button],
                     template=r"lssc:fb:(?P<topic>[\w.-]*):(?P<qid>\d+):(?P<helpful>[01])"):
    """Helpful / not helpful. The custom id carries all it needs, so old messages work after a restart."""

    def __init__(self, topic: str | None, question_id: int, helpful: bool) -> None:
        self.topic = topic if topic and _TOPIC_KEY.fullmatch(topic) else None
        self.question_id, self.helpful = question_id, helpful
        super().__init__(discord.ui.Button(
            label="Helpful" if helpful else "Not helpful", emoji="👍" if helpful else "👎",
            style=discord.ButtonStyle.secondary, row=1,
            custom_id=f"lssc:fb:{self.topic or ''}:{question_id}:{int(helpful)}"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> FeedbackButton:
        return cls(match["topic"] or None, int(match["qid"]), match["helpful"] == "1")

    async def callback(self, interaction: discord.Interaction) -> None:
        # Rebuilt from the custom id, this item runs in a throwaway View whose on_error only logs,
        # so a failure here must be answered here or the person sees "This interaction failed".
        async with InTime(interaction, ephemeral=True):
            try:
                await _bot(interaction).store.record_feedback(
                    interaction.guild_id or 0, interaction.user.id, self.topic, self.helpful, self.question_id)
            except Exception:
                log.exception("could not record feedback (custom_id %s)", self.custom_id)
                await send_private(interaction,
                                   "Sorry, I could not record that just now. Please try again in a moment.")
                return
            thanks = "Thanks, glad it helped." if self.helpful else "Thanks; the moderators will look at this answer."
            await send_private(interaction, thanks)


class AnswerView(TimedView):
    """The controls under an answer: did-you-mean picks or save-progress, feedback, source links."""

    def __init__(self, thought: Thought, question_id: int, where: Where) -> None:
        super().__init__()
        self.thought, self.question_id, self.where = thought, question_id, where
        reply = render_answer(thought.answer, thought.knowledge.program)
        for choice in reply.choices:
            self.add_item(ClarifyButton(choice))
        if reply.offer_save:
            self.add_item(SaveProgressButton())
        self.add_item(FeedbackButton(thought.answer.topic, question_id, True))
        self.add_item(FeedbackButton(thought.answer.topic, question_id, False))
        for link in reply.links:
            self.add_item(_link_button(link))
        self.embed = to_embed(reply.embed)

    def is_asker(self, interaction: discord.Interaction) -> bool:
        return interaction.user.id == self.where.user_id


def _link_button(link: Link) -> discord.ui.Button[Any]:
    return discord.ui.Button(style=discord.ButtonStyle.link, label=link.label, url=link.url, row=2)


class ClarifyButton(discord.ui.Button[AnswerView]):
    """One did-you-mean choice; a click by the asker replaces the message with that entry's answer."""

    def __init__(self, choice: Suggestion) -> None:
        super().__init__(label=choice.label, style=discord.ButtonStyle.primary, row=0)
        self.choice = choice

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        if not view.is_asker(interaction):
            await send_private(interaction, NOT_YOURS)
            return
        question = view.thought.answer.question
        knowledge = _bot(interaction).holder.current
        picked = Thought(entry_answer(knowledge, self.choice.topic, question), knowledge)
        async with InTime(interaction, ephemeral=True) as in_time:
            await _bot(interaction).store.record_clarify_pick(
                view.where.guild_id, view.where.user_id, question,
                [s.topic for s in view.thought.answer.suggestions], self.choice.topic)
            new_view = AnswerView(picked, view.question_id, view.where)
            view.stop()
            await in_time.edit(embed=new_view.embed, view=new_view, allowed_mentions=NO_MENTIONS)
        new_view.message = interaction.message


class SaveProgressButton(discord.ui.Button[AnswerView]):
    """Saves the sets the asker's question named; nothing is saved until this is clicked."""

    def __init__(self) -> None:
        super().__init__(label="Save as my progress", emoji="💾", style=discord.ButtonStyle.success, row=0)

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None and view.thought.answer.details is not None
        if not view.is_asker(interaction):
            await send_private(interaction, NOT_YOURS)
            return
        store, where = _bot(interaction).store, view.where
        completed = frozenset(view.thought.answer.details.completed)
        async with InTime(interaction, ephemeral=True) as in_time:
            await store.save_completed(where.guild_id, where.user_id, completed)
            self.disabled, self.label = True, "Saved"
            await in_time.edit(view=view, allowed_mentions=NO_MENTIONS)
            await send_private(interaction, f"Saved as your progress here: {', '.join(sorted(completed))}. "
                                            "See what is left with `/lssc remaining`.")


class TopicsView(TimedView):
    """Browse entries by tag: a tag select and previous/next buttons (shown to the invoker only)."""

    def __init__(self, knowledge: Knowledge, tag: str, page: int = 0) -> None:
        super().__init__()
        self.knowledge = knowledge
        self.tag_select = TagSelect(knowledge.tags, tag)
        self.add_item(self.tag_select)
        self.previous = PageButton("Previous", -1)
        self.next = PageButton("Next", +1)
        self.add_item(self.previous)
        self.add_item(self.next)
        self.show(tag, page)

    def show(self, tag: str, page: int) -> None:
        items, self.page, pages = page_of(entries_tagged(self.knowledge, tag), page, TOPICS_PER_PAGE)
        self.tag = tag
        self.embed = to_embed(render_topics(tag, items, self.page, pages, self.page * TOPICS_PER_PAGE + 1))
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == pages - 1
        for option in self.tag_select.options:
            option.default = option.value == tag

    async def redraw(self, interaction: discord.Interaction, tag: str, page: int) -> None:
        self.show(tag, page)
        await interaction.response.edit_message(embed=self.embed, view=self, allowed_mentions=NO_MENTIONS)


class TagSelect(discord.ui.Select[TopicsView]):
    def __init__(self, tags: tuple[str, ...], current: str) -> None:
        super().__init__(placeholder="Choose a topic", row=0, options=[
            discord.SelectOption(label=t, value=t, default=t == current) for t in tags[:25]])

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.redraw(interaction, self.values[0], 0)


class PageButton(discord.ui.Button[TopicsView]):
    def __init__(self, label: str, step: int) -> None:
        super().__init__(label=label, style=discord.ButtonStyle.secondary, row=1)
        self.step = step

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.redraw(interaction, self.view.tag, self.view.page + self.step)


class ProgressView(TimedView):
    """Mark completed competency sets (private to the person); each change is saved at once."""

    def __init__(self, program: Program, completed: frozenset[str], where: Where) -> None:
        super().__init__()
        self.program, self.where = program, where
        self.add_item(SetsSelect(program, completed))


class SetsSelect(discord.ui.Select[ProgressView]):
    def __init__(self, program: Program, completed: frozenset[str]) -> None:
        super().__init__(
            placeholder="Competency sets you have completed", min_values=0, max_values=len(program.sets),
            options=[discord.SelectOption(label=s.name[:100], value=str(i), default=s.name in completed,
                                          description="Required" if s.required else "Elective")
                     for i, s in enumerate(program.sets)])

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        chosen = frozenset(view.program.sets[int(v)].name for v in self.values)
        store, where = _bot(interaction).store, view.where
        async with InTime(interaction, ephemeral=True) as in_time:
            await store.save_completed(where.guild_id, where.user_id, chosen)
            for option in self.options:
                option.default = view.program.sets[int(option.value)].name in chosen
            done = ", ".join(s.name for s in view.program.sets if s.name in chosen) or "none"
            await in_time.edit(
                embed=to_embed(render_notice(f"Saved. Completed: {done}.\nSee what is left with `/lssc remaining`.")),
                view=view, allowed_mentions=NO_MENTIONS)



async def post_answer(bot: LsscBot, thought: Thought, where: Where,
                      send: Callable[[discord.Embed, AnswerView], Awaitable[discord.Message]]) -> discord.Message:
    """Log the answer, post it with its controls through `send`, and remember where it went."""
    question_id = await bot.asking.answered(thought, where)
    view = AnswerView(thought, question_id, where)
    message = await send(view.embed, view)
    view.message = message
    bot.asking.posted(where, thought, message.jump_url)
    return message
