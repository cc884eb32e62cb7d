"""/lssc ask, autocomplete, topics, help, the context menu, and the answer buttons."""
from __future__ import annotations

import discord
import pytest

from lssc_bot.discord.cogs.lssc import MENU_NAME, LsscCog
from lssc_bot.discord.views import AnswerView, ClarifyButton, FeedbackButton, SaveProgressButton, TopicsView
from lssc_bot.store import Progress
from tests.discord.helpers import (MockInteraction, MockMessage, MockTextChannel, MockUser,
                                   assert_no_mentions)


@pytest.fixture
def cog(bot) -> LsscCog:
    return LsscCog(bot)



def _sent_view(interaction) -> AnswerView:
    return interaction.response.send_message.call_args.kwargs["view"]


async def test_ask_posts_the_answer_publicly_with_title_footer_and_buttons(cog, bot, answers, guild):
    answers.faq("how much?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    kwargs = interaction.response.send_message.call_args.kwargs
    assert "ephemeral" not in kwargs
    embed: discord.Embed = kwargs["embed"]
    assert embed.title == "How much does LSSC cost?"
    assert embed.description == "The answer to How much does LSSC cost?"
    assert embed.footer.text == "Verified 2026-12-01"
    view = kwargs["view"]
    links = [i for i in view.children if isinstance(i, discord.ui.Button) and i.url]
    assert [b.label for b in links] == ["ala-apa.org", "ala.org"]
    feedback = [i for i in view.children if isinstance(i, FeedbackButton)]
    assert [f.custom_id for f in feedback] == [f"lssc:fb:fees:{view.question_id}:1", f"lssc:fb:fees:{view.question_id}:0"]
    assert view.timeout and view.message is interaction.original_response.return_value
    [logged] = await bot.store.questions(7)
    assert (logged.question, logged.kind, logged.topic) == ("how much?", "faq", "fees")
    assert_no_mentions(interaction.response)


async def test_ask_uses_the_saved_progress_as_context(cog, bot, answers, guild):
    user = MockUser()
    await bot.store.save_progress(7, user.id, Progress(frozenset({"Technology"})))
    await cog.ask.callback(cog, MockInteraction(client=bot, guild=guild, user=user), "what is left?")
    assert answers.contexts[-1].completed == {"Technology"}


async def test_a_fallback_is_logged_as_unanswered(cog, bot, guild):
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "what's the weather?")
    [unanswered] = await bot.store.unanswered(7)
    assert (unanswered.question, unanswered.channel_id) == ("what's the weather?", interaction.channel_id)


async def test_ask_in_a_dm_is_saved_under_guild_zero(cog, bot, answers):
    answers.faq("how much?")
    await cog.ask.callback(cog, MockInteraction(client=bot, guild=None), "how much?")
    assert len(await bot.store.questions(0)) == 1


async def test_the_same_question_in_the_same_channel_points_to_the_earlier_answer(cog, bot, answers, guild, clock):
    answers.faq("How much?")
    channel = MockTextChannel(guild=guild)
    first = MockInteraction(client=bot, guild=guild, channel=channel)
    await cog.ask.callback(cog, first, "How much?")
    earlier_url = first.original_response.return_value.jump_url
    second = MockInteraction(client=bot, guild=guild, channel=channel)
    clock.now += 59
    await cog.ask.callback(cog, second, "how much")
    kwargs = second.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and earlier_url in kwargs["content"]
    assert_no_mentions(second.response)
    clock.now += 2  # the earlier answer is older than 60 seconds now
    third = MockInteraction(client=bot, guild=guild, channel=channel)
    await cog.ask.callback(cog, third, "how much")
    assert "embed" in third.response.send_message.call_args.kwargs


async def test_a_different_channel_gets_its_own_answer(cog, bot, answers, guild):
    answers.faq("how much?")
    for _ in range(2):
        interaction = MockInteraction(client=bot, guild=guild)
        await cog.ask.callback(cog, interaction, "how much?")
        assert "embed" in interaction.response.send_message.call_args.kwargs


async def test_the_sixth_question_in_30_seconds_gets_a_private_notice(cog, bot, guild, clock):
    user = MockUser()
    for i in range(5):
        interaction = MockInteraction(client=bot, guild=guild, user=user)
        await cog.ask.callback(cog, interaction, f"question {i}")
        assert "embed" in interaction.response.send_message.call_args.kwargs
    refused = MockInteraction(client=bot, guild=guild, user=user)
    await cog.ask.callback(cog, refused, "question 6")
    kwargs = refused.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and "wait" in kwargs["content"]
    assert_no_mentions(refused.response)
    clock.now += 30
    allowed = MockInteraction(client=bot, guild=guild, user=user)
    await cog.ask.callback(cog, allowed, "question 7")
    assert "embed" in allowed.response.send_message.call_args.kwargs


async def test_autocomplete_suggests_entry_questions_within_discord_limits(cog, bot):
    interaction = MockInteraction(client=bot)
    choices = await cog.ask_autocomplete(interaction, "renew")
    assert choices[0].name in {"How do I renew my certification?", "How much does renewal cost?"}
    everything = await cog.ask_autocomplete(interaction, "")
    assert 0 < len(everything) <= 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in everything)


async def test_help_is_private(cog, bot):
    interaction = MockInteraction(client=bot)
    await cog.help.callback(cog, interaction)
    kwargs = interaction.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and "/lssc ask" in kwargs["embed"].description
    assert_no_mentions(interaction.response)


async def test_topics_pages_with_buttons_and_switches_tag_with_the_select(cog, bot):
    interaction = MockInteraction(client=bot)
    await cog.topics.callback(cog, interaction)
    kwargs = interaction.response.send_message.call_args.kwargs
    view: TopicsView = kwargs["view"]
    assert kwargs["ephemeral"] is True and kwargs["embed"].title == "Topics: cost"
    assert view.previous.disabled and view.next.disabled  # two cost entries: one page
    click = MockInteraction(client=bot)
    view.tag_select._values = ["courses"]  # what discord.py sets from the interaction payload
    await view.tag_select.callback(click)
    embed = click.response.edit_message.call_args.kwargs["embed"]
    assert embed.title == "Topics: courses" and embed.footer.text.startswith("Page 1/2")
    assert view.previous.disabled and not view.next.disabled
    click = MockInteraction(client=bot)
    await view.next.callback(click)
    embed = click.response.edit_message.call_args.kwargs["embed"]
    assert embed.footer.text.startswith("Page 2/2") and embed.description.startswith("11. ")
    assert view.next.disabled
    assert_no_mentions(interaction.response, click.response)


async def test_the_context_menu_replies_to_the_target_message_and_confirms_privately(cog, bot, answers, guild):
    answers.faq("how much is it?")
    helper, asker = MockUser(), MockUser()
    channel = MockTextChannel(guild=guild)
    target = MockMessage(content="<@42> how much is it?", author=asker, channel=channel)
    interaction = MockInteraction(client=bot, guild=guild, user=helper, channel=channel)
    assert cog.menu.name == MENU_NAME
    await cog.menu.callback(interaction, target)
    interaction.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    kwargs = target.reply.call_args.kwargs
    assert kwargs["mention_author"] is False and kwargs["embed"].title == "How much does LSSC cost?"
    assert kwargs["view"].where.user_id == asker.id  # the message's author is the one who asked
    followup = interaction.followup.send.call_args.kwargs
    assert followup["ephemeral"] is True and "Answered" in followup["content"]
    assert_no_mentions(target, interaction.followup)


async def test_the_context_menu_on_a_message_without_text(cog, bot, guild):
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.menu.callback(interaction, MockMessage(content="   "))
    assert interaction.response.send_message.call_args.kwargs["ephemeral"] is True


# -- buttons ------------------------------------------------------------------------------------


async def test_clarify_offers_buttons_and_a_pick_by_the_asker_answers_in_place(cog, bot, answers, guild):
    answers.clarify("renewal?")
    asker = MockUser()
    interaction = MockInteraction(client=bot, guild=guild, user=asker)
    await cog.ask.callback(cog, interaction, "renewal?")
    view = _sent_view(interaction)
    buttons = [i for i in view.children if isinstance(i, ClarifyButton)]
    assert [b.label for b in buttons] == ["How do I renew my certification?", "How much does renewal cost?"]
    click = MockInteraction(client=bot, guild=guild, user=asker, message=MockMessage())
    await buttons[1].callback(click)
    kwargs = click.response.edit_message.call_args.kwargs
    assert kwargs["embed"].title == "How much does renewal cost?"
    new_view = kwargs["view"]
    assert not any(isinstance(i, ClarifyButton) for i in new_view.children)
    assert [i.topic for i in new_view.children if isinstance(i, FeedbackButton)] == ["renewal-fee", "renewal-fee"]
    [pick] = await bot.store.clarify_picks(7)
    assert (pick.question, pick.offered, pick.chosen) == ("renewal?", ("renewal", "renewal-fee"), "renewal-fee")
    assert_no_mentions(click.response)


async def test_only_the_asker_can_pick(cog, bot, answers, guild):
    answers.clarify("renewal?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "renewal?")
    button = next(i for i in _sent_view(interaction).children if isinstance(i, ClarifyButton))
    other = MockInteraction(client=bot, guild=guild, user=MockUser(), message=MockMessage())
    await button.callback(other)
    kwargs = other.response.send_message.call_args.kwargs
    assert kwargs == {"content": "Only the person who asked can pick.", "ephemeral": True,
                      "allowed_mentions": kwargs["allowed_mentions"]}
    other.response.edit_message.assert_not_called()
    assert await bot.store.clarify_picks(7) == []
    assert_no_mentions(other.response)


async def test_on_timeout_the_choices_switch_off_but_feedback_and_links_stay(cog, bot, answers, guild):
    answers.clarify("renewal?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "renewal?")
    view = _sent_view(interaction)
    await view.on_timeout()
    for item in view.children:
        button = item.item if isinstance(item, FeedbackButton) else item
        assert button.disabled is isinstance(item, ClarifyButton), item
    view.message.edit.assert_awaited_once()
    assert_no_mentions(view.message)


async def test_feedback_is_recorded_with_the_question_and_works_from_the_custom_id_alone(cog, bot, answers, guild):
    answers.faq("how much?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    button = next(i for i in _sent_view(interaction).children if isinstance(i, FeedbackButton) and not i.helpful)
    # after a restart discord.py rebuilds the button from its custom id
    match = FeedbackButton.__discord_ui_compiled_template__.fullmatch(button.custom_id)
    rebuilt = await FeedbackButton.from_custom_id(interaction, button.item, match)
    voter = MockUser()
    click = MockInteraction(client=bot, guild=guild, user=voter)
    await rebuilt.callback(click)
    [vote] = await bot.store.feedback(7)
    assert (vote.user_id, vote.topic, vote.helpful, vote.question) == (voter.id, "fees", False, "how much?")
    assert click.response.send_message.call_args.kwargs["ephemeral"] is True
    assert_no_mentions(click.response)


def test_feedback_custom_ids_fit_discord_limits():
    button = FeedbackButton("a" * 60, 10**15, True)
    assert len(button.custom_id) <= 100
    assert FeedbackButton("not:a:slug", 3, False).custom_id == "lssc:fb::3:0"


async def test_save_progress_saves_only_on_the_askers_click(cog, bot, answers, guild):
    answers.rules("I've done Foundations and Youth Services", ("Foundations of Library Services", "Youth Services"))
    asker = MockUser()
    await bot.store.save_progress(7, asker.id, Progress(frozenset(), enrolled=None))
    interaction = MockInteraction(client=bot, guild=guild, user=asker)
    await cog.ask.callback(cog, interaction, "I've done Foundations and Youth Services")
    view = _sent_view(interaction)
    assert "Required" in interaction.response.send_message.call_args.kwargs["embed"].fields[0].value
    save = next(i for i in view.children if isinstance(i, SaveProgressButton))
    assert (await bot.store.get_progress(7, asker.id)).completed == frozenset()  # nothing saved yet

    stranger = MockInteraction(client=bot, guild=guild, user=MockUser(), message=MockMessage())
    await save.callback(stranger)
    assert (await bot.store.get_progress(7, asker.id)).completed == frozenset()
    assert stranger.response.send_message.call_args.kwargs["ephemeral"] is True

    click = MockInteraction(client=bot, guild=guild, user=asker, message=MockMessage())
    await save.callback(click)
    assert (await bot.store.get_progress(7, asker.id)).completed == {"Foundations of Library Services",
                                                                     "Youth Services"}
    assert save.disabled and click.response.edit_message.call_args.kwargs["view"] is view
    assert click.followup.send.call_args.kwargs["ephemeral"] is True
    assert_no_mentions(click.response, click.followup, stranger.response)


async def test_no_save_button_without_details(cog, bot, answers, guild):
    answers.faq("how much?")
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    assert not any(isinstance(i, SaveProgressButton) for i in _sent_view(interaction).children)


async def test_a_feedback_click_the_store_refuses_gets_a_private_answer(cog, bot, answers, guild, monkeypatch):
    """A rebuilt button runs in discord.py's throwaway View, whose on_error only logs: the click went unanswered."""
    import sqlite3

    async def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(bot.store, "record_feedback", locked)
    button = FeedbackButton("fees", 1, True)
    click = MockInteraction(client=bot, guild=guild)
    await button.callback(click)
    kwargs = click.response.send_message.call_args.kwargs
    assert kwargs["ephemeral"] is True and "could not record" in kwargs["content"]
    assert_no_mentions(click.response)
