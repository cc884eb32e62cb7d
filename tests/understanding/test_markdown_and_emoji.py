"""Messages in Discord's Markdown and with emoji: retrieval reads them without the marks
(`retrieval.plain`), so a question in bold with a remark after it is still a question."""
from __future__ import annotations

import pytest

from lssc_bot.answer import answer
from lssc_bot.understanding.retrieval import plain


@pytest.mark.parametrize(("typed", "read"), [
    ("**how long is the cert good for??** trying to plan ahead", "how long is the cert good for?? trying to plan ahead"),
    ("__do I need an MLS__ for this", "do I need an MLS for this"),
    ("is it ~~expensive~~ *really* expensive", "is it expensive really expensive"),
    ("`renewal` hours?", "renewal hours?"),
    ("# Question\n- how much is it", "Question\nhow much is it"),
    ("✨ can i renew late? ✨ asking for a friend", "can i renew late? asking for a friend"),
    ("how much 💸💸 lol", "how much lol"),
    ("thanks 👍🏽", "thanks"),
])
def test_markdown_marks_and_emoji_are_left_out_of_what_retrieval_reads(typed, read):
    assert plain(typed) == read


@pytest.mark.parametrize("typed", [
    "> the fee is 350 per set   is that right?",  # a quote's mark says what is quoted: it stays
    "is it 350*6 or just once",  # a star between numbers is a sum, not Markdown
    "my_username asked this",
    "no marks here at all",
])
def test_text_without_markdown_or_emoji_is_read_as_typed(typed):
    assert plain(typed) == typed


@pytest.mark.parametrize(("question", "entry"), [
    # the question in bold and an emoji hid where it ended, so the remark after it was read with it
    ("🗓️ **how long do i have to finish everything??** 🗓️ just enrolled last week haha", "completion-deadline"),
    ("***is there a grace period if i renew late?*** 😅 totally forgot about it", "renewal-window"),
])
def test_a_question_in_markdown_and_emoji_with_a_remark_after_it_finds_its_entry(knowledge, question, entry):
    reply = answer(knowledge, question)
    assert reply.kind == "faq" and reply.topic == entry
