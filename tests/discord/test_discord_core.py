"""The discord-free pieces the bot relies on: limits, progress, browsing, embed rendering, settings."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lssc_bot.answer import Answer, Suggestion
from lssc_bot.browse import entries_tagged, page_of, suggest_questions
from lssc_bot.knowledge import load_knowledge
from lssc_bot.knowledge.validate import comparable
from lssc_bot.limits import Cooldown, RecentAnswers
from lssc_bot.progress import parse_enrolled, remaining
from lssc_bot.render.discord import (
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    TITLE_MAX,
    bar,
    render_answer,
    source_links,
)
from lssc_bot.settings import Settings, SettingsError, token_configured
from lssc_bot.understanding.dates import MonthYear
from tests.discord.conftest import FAQ, Clock

TODAY = date(2026, 12, 1)
PROGRAM = load_knowledge(FAQ).program


# -- limits ------------------------------------------------------------------------------------

def test_cooldown_allows_five_in_thirty_seconds_and_notifies_once():
    clock = Clock()
    cooldown = Cooldown(5, 30, clock)
    assert all(cooldown.check("u").allowed for _ in range(5))
    first, second = cooldown.check("u"), cooldown.check("u")
    assert (first.allowed, first.notify, second.notify) == (False, True, False)
    assert first.retry_after == pytest.approx(30)
    assert cooldown.check("someone else").allowed
    clock.now += 30
    assert cooldown.check("u").allowed
    for _ in range(4):
        cooldown.check("u")
    assert cooldown.check("u").notify  # a new window gets a new notice


def test_cooldown_forgets_idle_people():
    clock = Clock()
    cooldown = Cooldown(1, 30, clock)
    for user in range(Cooldown.PRUNE_ABOVE + 1):
        cooldown.check(user)
    clock.now += 31
    cooldown.check("new")
    assert len(cooldown._hits) == 1


def test_recent_answers_expire_after_the_window_and_are_per_channel():
    clock = Clock()
    recent: RecentAnswers[str] = RecentAnswers(60, clock)
    recent.remember(1, "How much does it cost?", "link")
    assert recent.earlier(1, "how much  does it cost") == "link"
    assert recent.earlier(2, "how much does it cost?") is None
    clock.now += 60
    assert recent.earlier(1, "how much does it cost?") is None


def test_questions_differing_in_case_and_punctuation_compare_equal():
    assert comparable("  How MUCH does it cost?!  ") == "how much does it cost"


# -- progress ----------------------------------------------------------------------------------

def test_remaining_counts_required_and_electives_and_the_deadline(knowledge):
    program = knowledge.program
    result = remaining(program, {"Technology", "Youth Services", "Gone Set"}, date(2024, 3, 1), TODAY)
    req = result.requirements
    assert req.completed == ("Technology", "Youth Services")
    assert req.remaining_required == ("Foundations of Library Services", "Communication and Teamwork")
    assert (req.electives_completed, req.electives_remaining, req.done) == (("Youth Services",), 2, False)
    assert (result.deadline, result.overdue) == (MonthYear(2028, 3), False)
    one_year = replace(program, completion_years=1)
    assert remaining(one_year, set(), date(2024, 2, 29), TODAY).deadline == MonthYear(2025, 2)


def test_remaining_done_and_overdue(knowledge):
    program = knowledge.program
    everything = {s.name for s in program.sets}
    assert remaining(program, everything, None, TODAY).requirements.done
    late = remaining(program, set(), date(2020, 1, 1), TODAY)
    assert late.overdue and late.deadline == MonthYear(2024, 1)
    assert not remaining(program, everything, date(2020, 1, 1), TODAY).overdue


@pytest.mark.parametrize("text, expected", [
    ("2024-03", date(2024, 3, 1)), ("2024-3-15", date(2024, 3, 15)), ("March 2024", date(2024, 3, 1)),
    ("mar 2024", date(2024, 3, 1)), ("Sept. 2023", date(2023, 9, 1)), (" December, 2026 ", date(2026, 12, 1))])
def test_parse_enrolled(text, expected):
    assert parse_enrolled(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2024", "03/2024", "2024-13", "2024-02-30", "Marchy 2024", "2027-01", ""])
def test_parse_enrolled_refuses(text):
    with pytest.raises(ValueError, match="2024-03|future"):
        parse_enrolled(text, TODAY)


# -- browsing ----------------------------------------------------------------------------------

def test_suggest_questions(knowledge):
    assert suggest_questions(knowledge, "how much does ren")[0].id == "renewal-fee"
    assert len(suggest_questions(knowledge, "", 25)) == len(knowledge.entries)
    assert len(suggest_questions(knowledge, "", 3)) == 3
    assert suggest_questions(knowledge, "zzzzqqqq") == []


def test_pages(knowledge):
    courses = entries_tagged(knowledge, "courses")
    assert len(courses) == 12
    items, page, pages = page_of(courses, 5, 10)
    assert (len(items), page, pages) == (2, 1, 2)
    assert page_of((), 0, 10) == ((), 0, 1)


# -- rendering ---------------------------------------------------------------------------------

def test_bar():
    assert bar(2, 3) == "■■□ 2/3"
    assert bar(5, 3) == "■■■ 3/3"


def test_source_links_are_at_most_five_labelled_by_host():
    urls = tuple(f"https://www.example{i}.org/page" for i in range(7)) + ("not a url",)
    links = source_links(urls)
    assert [link.label for link in links] == [f"example{i}.org" for i in range(5)]


@given(title=st.text(min_size=1, max_size=400), text=st.text(max_size=7000))
def test_answer_embeds_stay_within_discord_limits(title, text):
    embed = render_answer(Answer("q", "faq", text, title=title, verified=TODAY), PROGRAM).embed
    assert len(embed["title"]) <= TITLE_MAX and len(embed["description"]) <= DESCRIPTION_MAX
    total = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"])
    assert total <= EMBED_TOTAL_MAX


def test_clarify_choices_are_cut_to_button_labels(knowledge):
    answer = Answer("q", "clarify", "Did you mean:", suggestions=tuple(Suggestion(f"t{i}", "x" * 120) for i in range(4)))
    reply = render_answer(answer, knowledge.program)
    assert len(reply.choices) == 3 and all(len(c.label) <= 80 for c in reply.choices)
    assert reply.embed["footer"]["text"] == "Pick the question you meant"


# -- settings ----------------------------------------------------------------------------------

def test_settings_defaults_and_parsing(tmp_path: Path):
    env = {"DISCORD_TOKEN": " abc \n", "DISCORD_GUILD_IDS": "1, 2,", "LSSC_DATA_DIR": str(tmp_path / "d"),
           "LSSC_LISTEN_CHANNELS": "5", "LSSC_MOD_ROLE": "Moderators", "LSSC_MOD_CHANNEL": "9",
           "LSSC_MESSAGE_CONTENT": "yes"}
    s = Settings.from_env(env)
    assert (s.token, s.guild_ids, s.listen_channels, s.mod_role, s.mod_channel, s.message_content) == (
        "abc", (1, 2), {5}, "Moderators", 9, True)
    assert s.database_path == tmp_path / "d" / "lssc.sqlite3" and (tmp_path / "d").is_dir()
    assert "abc" not in repr(s)
    minimal = Settings.from_env({"DISCORD_TOKEN": "abc", "LSSC_DATA_DIR": str(tmp_path), "LSSC_MOD_ROLE": "123"})
    assert (minimal.guild_ids, minimal.mod_role, minimal.message_content, minimal.api_base) == ((), 123, False, None)
    assert minimal.heartbeat_seconds == 30.0
    assert Settings.from_env({**env, "LSSC_HEARTBEAT_SECONDS": "2.5"}).heartbeat_seconds == 2.5
    assert minimal.guild_ready_timeout == 2.0
    assert Settings.from_env({**env, "LSSC_GUILD_READY_TIMEOUT": "0.05"}).guild_ready_timeout == 0.05
    assert Settings.from_env({**env, "LSSC_GUILD_READY_TIMEOUT": "0"}).guild_ready_timeout == 0
    assert (minimal.reminder_seconds, minimal.today) == (3600.0, None)
    fixed = Settings.from_env({**env, "LSSC_REMINDER_SECONDS": "0.5", "LSSC_TODAY": "2026-09-01"})
    assert (fixed.reminder_seconds, fixed.today) == (0.5, date(2026, 9, 1))


def test_the_token_file_wins_and_is_stripped(tmp_path: Path):
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n")
    s = Settings.from_env({"DISCORD_TOKEN": "from-env", "DISCORD_TOKEN_FILE": str(token_file),
                           "LSSC_DATA_DIR": str(tmp_path)})
    assert s.token == "from-file"


@pytest.mark.parametrize("env, message", [
    ({}, "DISCORD_TOKEN is not set"),
    ({"DISCORD_TOKEN_FILE": "/nonexistent/token"}, "DISCORD_TOKEN_FILE: cannot read"),
    ({"DISCORD_TOKEN": "t", "DISCORD_GUILD_IDS": "12,abc"}, "DISCORD_GUILD_IDS: 'abc' is not a Discord id"),
    ({"DISCORD_TOKEN": "t", "LSSC_LISTEN_CHANNELS": "-5"}, "LSSC_LISTEN_CHANNELS"),
    ({"DISCORD_TOKEN": "t", "LSSC_MOD_CHANNEL": "#mods"}, "LSSC_MOD_CHANNEL"),
    ({"DISCORD_TOKEN": "t", "LSSC_MESSAGE_CONTENT": "maybe"}, "LSSC_MESSAGE_CONTENT"),
    # read only when the bot started connecting, so these used to end in a ValueError traceback, exit 1
    ({"DISCORD_TOKEN": "t", "LSSC_HEARTBEAT_SECONDS": "abc"}, "LSSC_HEARTBEAT_SECONDS"),
    ({"DISCORD_TOKEN": "t", "LSSC_HEARTBEAT_SECONDS": "0"}, "LSSC_HEARTBEAT_SECONDS"),
    ({"DISCORD_TOKEN": "t", "LSSC_HEARTBEAT_SECONDS": "nan"}, "LSSC_HEARTBEAT_SECONDS"),
    ({"DISCORD_TOKEN": "t", "LSSC_HEARTBEAT_SECONDS": "inf"}, "LSSC_HEARTBEAT_SECONDS"),
    ({"DISCORD_TOKEN": "t", "LSSC_GUILD_READY_TIMEOUT": "soon"}, "LSSC_GUILD_READY_TIMEOUT: 'soon' is not a number"),
    ({"DISCORD_TOKEN": "t", "LSSC_GUILD_READY_TIMEOUT": "-1"}, "LSSC_GUILD_READY_TIMEOUT: '-1' must be"),
    ({"DISCORD_TOKEN": "t", "LSSC_GUILD_READY_TIMEOUT": "nan"}, "LSSC_GUILD_READY_TIMEOUT"),
    ({"DISCORD_TOKEN": "t", "LSSC_REMINDER_SECONDS": "0"}, "LSSC_REMINDER_SECONDS"),
    ({"DISCORD_TOKEN": "t", "LSSC_TODAY": "1 Sept"}, "LSSC_TODAY: '1 Sept' is not a date written YYYY-MM-DD"),
])
def test_bad_settings_are_one_line_errors(tmp_path: Path, env, message):
    with pytest.raises(SettingsError) as info:
        Settings.from_env({"LSSC_DATA_DIR": str(tmp_path), **env})
    assert message in str(info.value) and "\n" not in str(info.value)


def test_an_empty_token_file_and_an_unwritable_data_dir(tmp_path: Path):
    (tmp_path / "empty").write_text("  \n")
    with pytest.raises(SettingsError, match="is empty"):
        Settings.from_env({"DISCORD_TOKEN_FILE": str(tmp_path / "empty")})
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(SettingsError, match="LSSC_DATA_DIR"):
        Settings.from_env({"DISCORD_TOKEN": "t", "LSSC_DATA_DIR": str(blocker / "sub")})


def test_token_configured():
    assert not token_configured({"DISCORD_TOKEN": "  "})
    assert token_configured({"DISCORD_TOKEN_FILE": "/run/secrets/token"})


def test_a_refused_enrolled_value_is_shown_literally():
    """The error echoes what was typed; '**<@123>**' used to render as bold mention markup."""
    with pytest.raises(ValueError) as info:
        parse_enrolled("**<@123>** `x` @everyone", TODAY)
    assert str(info.value).startswith("I could not read `**<@123>** 'x' @everyone` as a month.")
    with pytest.raises(ValueError, match="^I could not read that as a month"):
        parse_enrolled("  ", TODAY)


def test_saved_progress_and_a_typed_question_give_the_same_deadline(knowledge):
    from lssc_bot.answer import AskContext, answer

    saved = remaining(knowledge.program, set(), date(2023, 6, 15), TODAY).deadline
    typed = answer(knowledge, "I enrolled in June 2023, when do I have to finish?", AskContext(today=TODAY))
    assert typed.topic == "deadline" and f"**{saved}**" in typed.text
