"""A question whose answering raises still gets a reply on Discord, and the next question is answered."""
from __future__ import annotations

from lssc_bot.discord import asking as asking_module
from lssc_bot.discord.cogs.lssc import LsscCog
from tests.discord.helpers import MockInteraction


async def test_a_question_that_raises_gets_the_fallback_and_the_bot_goes_on(bot, answers, guild, monkeypatch):
    answers.faq("how much?")

    def raising(knowledge, question, context=None):
        if question == "boom":
            raise OverflowError("int too large to convert to float")
        return answers(knowledge, question, context)

    monkeypatch.setattr(asking_module, "answer", raising)
    cog = LsscCog(bot)
    first = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, first, "boom")
    embed = first.response.send_message.call_args.kwargs["embed"]
    assert "Sorry, I don't have an answer for that one." in embed.description
    second = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, second, "how much?")
    assert second.response.send_message.call_args.kwargs["embed"].title == "How much does LSSC cost?"


async def test_answering_runs_off_the_event_loop_so_the_heartbeat_is_never_held(bot, answers, guild, monkeypatch):
    """Encoding a question with the sentence model takes CPU time; it happens in a worker thread."""
    import threading

    answers.faq("how much?")
    threads: list[threading.Thread] = []

    def recording(knowledge, question, context=None):
        threads.append(threading.current_thread())
        return answers(knowledge, question, context)

    monkeypatch.setattr(asking_module, "answer", recording)
    cog = LsscCog(bot)
    interaction = MockInteraction(client=bot, guild=guild)
    await cog.ask.callback(cog, interaction, "how much?")
    assert threads and threads[0] is not threading.main_thread()
    assert interaction.response.send_message.call_args.kwargs["embed"].title == "How much does LSSC cost?"
