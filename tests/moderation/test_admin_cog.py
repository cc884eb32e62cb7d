"""/lssc-admin on a real (never connected) LsscBot, with spec'd discord mocks from tests/discord/helpers.py."""
from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord
import pytest
from discord import app_commands

from lssc_bot.discord import in_time
from lssc_bot.discord.admin_views import BackupView, ConfirmView, SuggestionView
from lssc_bot.discord.bot import LsscBot
from lssc_bot.discord.cogs.admin import REFUSAL, Admin
from lssc_bot.knowledge import Problem
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.moderation.editor import FaqEditor
from lssc_bot.moderation.faqfile import Backups, atomic_write
from lssc_bot.settings import Settings
from lssc_bot.store import Store
from lssc_bot.store.moderation import ModerationStore
from tests.discord.helpers import MockGuild, MockInteraction, MockTextChannel, MockUser, assert_no_mentions

from .conftest import bad_version, with_fees

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
COMMANDS = ["reload", "check", "download", "upload", "rollback", "unanswered", "add-alternate", "suggestions",
            "stats", "history"]
GUILD = MockGuild(id=1)


@pytest.fixture
async def cog(tmp_path: Path, faq_path: Path):
    settings = Settings(token="x", data_dir=tmp_path, mod_role="LSSC Mods", mod_channel=99)
    bot = LsscBot(settings, KnowledgeHolder.load(faq_path))
    bot.store = await Store.open(settings.database_path, clock=lambda: NOW)
    moderation = ModerationStore(bot.store, clock=lambda: NOW)
    editor = FaqEditor(bot.holder, Backups(tmp_path / "backups"), moderation)
    channel = MockTextChannel(id=99, guild=GUILD)
    bot.get_channel = MagicMock(side_effect=lambda i: channel if i == 99 else None)
    admin = Admin(bot, settings, editor, moderation)
    admin.channel = channel  # for the tests' eyes only
    yield admin
    await bot.store.close()


def member(user_id: int = 10, name: str = "alice", *, manage_guild: bool = False,
           roles: tuple[str, ...] = ("LSSC Mods",)) -> Any:
    user = MockUser(id=user_id, name=name)
    user.guild_permissions = discord.Permissions(manage_guild=manage_guild)
    user.roles = [role(500 + i, r) for i, r in enumerate(roles)]
    return user


def role(role_id: int, name: str) -> Any:
    mock = MagicMock(spec_set=discord.Role)
    mock.id, mock.name = role_id, name  # (MagicMock's own `name` argument names the mock)
    return mock


def interaction(cog: Admin, user: Any) -> Any:
    return MockInteraction(client=cog.bot, user=user, guild=GUILD)


def moderator(cog: Admin) -> Any:
    return interaction(cog, member())


def attachment(data: bytes, filename: str = "faq.yaml") -> Any:
    file = MagicMock(spec_set=discord.Attachment)
    file.filename, file.size = filename, len(data)
    file.read.return_value = data
    return file


async def run(cog: Admin, name: str, inter: Any, **options: Any) -> bool:
    """As the command tree runs a command: the checks, then the callback; a failed check goes to on_error."""
    command = cog.admin.get_command(name)
    try:
        await command._check_can_run(inter)
    except app_commands.CheckFailure as error:
        await cog.bot.tree.on_error(inter, error)
        return False
    await command.callback(cog, inter, **options)
    return True


def sent(inter: Any) -> list[dict[str, Any]]:
    calls = inter.response.send_message.call_args_list + inter.followup.send.call_args_list
    return [dict(call.kwargs, content=call.kwargs.get("content", call.args[0] if call.args else None))
            for call in calls]


def last(inter: Any) -> dict[str, Any]:
    """The last message sent in reply; every one private and mentioning nobody."""
    assert_no_mentions(inter)
    messages = sent(inter)
    assert all(m["ephemeral"] is True for m in messages)
    return messages[-1]


def test_the_group_is_guild_only_and_hidden_from_non_managers(cog: Admin) -> None:
    assert cog.admin.guild_only
    assert cog.admin.default_permissions == discord.Permissions(manage_guild=True)
    assert sorted(c.name for c in cog.admin.commands) == sorted(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
async def test_non_moderators_are_refused_every_command(cog: Admin, name: str) -> None:
    inter = interaction(cog, member(20, "mallory", roles=("Members",)))
    options = {"upload": {"file": attachment(b"x")}, "add-alternate": {"entry": "fees", "phrasing": "x"}}
    assert not await run(cog, name, inter, **options.get(name, {}))
    assert last(inter)["content"] == REFUSAL


@pytest.mark.parametrize("user", [{"manage_guild": True, "roles": ()}, {"roles": ("lssc mods",)}])
async def test_manage_server_or_the_mod_role_is_a_moderator(cog: Admin, user: dict[str, Any]) -> None:
    inter = interaction(cog, member(**user))
    assert await run(cog, "check", inter)
    assert last(inter)["content"] == "faq.yaml is valid."


async def test_upload_confirm_takes_effect_and_is_in_the_history(cog: Admin, faq_path: Path,
                                                                shipped_text: str) -> None:
    inter = moderator(cog)
    await run(cog, "upload", inter, file=attachment(with_fees(shipped_text, 350, 330).encode()))
    preview = last(inter)
    assert "fees.member: 325 -> 330" in preview["content"]
    view: ConfirmView = preview["view"]
    assert faq_path.read_text() == shipped_text  # nothing before the click

    other = interaction(cog, member(11, "bob"))
    assert not await view.interaction_check(other)  # only the uploader can click
    click = interaction(cog, inter.user)
    await view.confirm.callback(click)
    assert view.confirm.disabled and view.cancel.disabled
    assert "is in use now" in last(click)["content"]
    assert cog.holder.current.program.fees.member == 330
    assert faq_path.read_text() == with_fees(shipped_text, 350, 330)

    history = moderator(cog)
    await run(cog, "history", history)
    assert "**alice** upload: uploaded faq.yaml" in last(history)["content"]


async def test_upload_cancel_and_timeout_write_nothing(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator(cog)
    await run(cog, "upload", inter, file=attachment(with_fees(shipped_text, 350, 330).encode()))
    view: ConfirmView = last(inter)["view"]
    click = interaction(cog, inter.user)
    await view.cancel.callback(click)
    assert last(click)["content"] == "Cancelled; nothing was written."

    inter = moderator(cog)
    await run(cog, "upload", inter, file=attachment(with_fees(shipped_text, 350, 330).encode()))
    view = last(inter)["view"]
    await view.on_timeout()
    assert view.confirm.disabled
    assert inter.edit_original_response.await_args.kwargs["content"].startswith("This confirmation expired")
    assert faq_path.read_text() == shipped_text and cog.editor.backups.list() == []


async def test_an_invalid_upload_is_refused_with_its_lines(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator(cog)
    bad, line = bad_version(shipped_text)
    await run(cog, "upload", inter, file=attachment(bad.encode(), "mine.yaml"))
    message = last(inter)
    assert f"mine.yaml:{line}:" in message["content"] and "view" not in message
    assert faq_path.read_text() == shipped_text

    huge = interaction(cog, inter.user)
    file = attachment(b"x")
    file.size = 5 * 1024 * 1024
    await run(cog, "upload", huge, file=file)
    assert "the limit is 1,024 KB" in last(huge)["content"]
    file.read.assert_not_awaited()


async def test_confirm_after_the_file_changed_on_disk_is_refused(cog: Admin, faq_path: Path,
                                                                shipped_text: str) -> None:
    inter = moderator(cog)
    await run(cog, "upload", inter, file=attachment(with_fees(shipped_text, 350, 330).encode()))
    faq_path.write_text(with_fees(shipped_text, 351, 326))
    click = interaction(cog, inter.user)
    await last(inter)["view"].confirm.callback(click)
    assert "changed since" in last(click)["content"]
    assert faq_path.read_text() == with_fees(shipped_text, 351, 326)


async def test_rollback_restores_a_chosen_backup(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator(cog)
    await run(cog, "rollback", inter)
    assert "no backups yet" in last(inter)["content"]

    await run(cog, "upload", inter, file=attachment(with_fees(shipped_text, 350, 330).encode()))
    await last(inter)["view"].confirm.callback(interaction(cog, inter.user))
    inter = moderator(cog)
    await run(cog, "rollback", inter)
    menu: BackupView = last(inter)["view"]
    (option,) = menu.menu.options
    menu.menu._values = [option.value]  # what discord.py sets from the click
    pick = interaction(cog, inter.user)
    await menu.menu.callback(pick)
    assert "fees.member: 330 -> 325" in last(pick)["content"]
    confirm = interaction(cog, inter.user)
    await last(pick)["view"].confirm.callback(confirm)
    assert faq_path.read_text() == shipped_text
    assert cog.holder.current.program.fees.member == 325
    assert len(cog.editor.backups.list()) == 2  # the rolled-back version is kept too


async def test_accepting_a_suggestion_adds_the_alternate_and_rejecting_hides_it(cog: Admin, faq_path: Path,
                                                                               shipped_text: str) -> None:
    store = cog.moderation.store
    await store.record_clarify_pick(1, 5, "what do I pay", ["fees", "what-is-lssc"], "fees")
    await store.record_clarify_pick(1, 6, "is it hard", ["fees", "what-is-lssc"], "what-is-lssc")
    inter = moderator(cog)
    await run(cog, "suggestions", inter)
    message = last(inter)
    view: SuggestionView = message["view"]
    assert "\"what do I pay\" -> **fees**" in message["content"]
    order = [line.split('"')[1] for line in message["content"].splitlines()[1:]]
    accept = view.children[2 * order.index("what do I pay")]
    reject = view.children[2 * order.index("is it hard") + 1]

    click = interaction(cog, inter.user)
    await accept.callback(click)
    assert "in use now" in last(click)["content"]
    assert faq_path.read_text().count("\n") == shipped_text.count("\n") + 1
    assert "what do I pay" in cog.holder.current.entry("fees").alternates

    click = interaction(cog, inter.user)
    await reject.callback(click)
    assert "will not be suggested again" in last(click)["content"]
    again = moderator(cog)
    await run(cog, "suggestions", again)
    assert last(again)["content"] == "No suggestions right now."
    actions = [e.action for e in await cog.moderation.history()]
    assert actions == ["reject", "accept"]


async def test_reload_check_download_unanswered_stats(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    bad, line = bad_version(shipped_text)
    faq_path.write_text(bad)
    inter = moderator(cog)
    await run(cog, "reload", inter)
    assert "not reloaded" in last(inter)["content"] and f"faq.yaml:{line}:" in last(inter)["content"]
    inter = moderator(cog)
    await run(cog, "check", inter)
    assert "1 problem(s)" in last(inter)["content"]
    inter = moderator(cog)
    await run(cog, "download", inter)
    assert [f.filename for f in last(inter)["files"]] == ["faq.yaml"]

    for question in ("can I transfer credits", "Can I transfer credits?"):
        await cog.moderation.store.record_unanswered(1, 10, question)
        await cog.moderation.store.record_question(1, 10, question, "fallback", None, 0.1)
    inter = moderator(cog)
    await run(cog, "unanswered", inter)
    assert "**2×** can I transfer credits" in last(inter)["content"]
    inter = moderator(cog)
    await run(cog, "stats", inter)
    assert "**2 questions**" in last(inter)["content"] and "fallback 100%" in last(inter)["content"]


async def test_refused_edits_and_reloads_are_posted_to_the_mod_channel(cog: Admin) -> None:
    await cog.post_problems([Problem(6, 10, "bad version")])
    text = cog.channel.send.await_args.args[0]
    assert "keeps the last good version" in text and "faq.yaml:6:10: bad version" in text
    assert_no_mentions(cog.channel)


async def test_the_cog_runs_the_watcher_and_posts_reloads(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    await cog.cog_load()
    try:
        await asyncio.sleep(0.3)
        atomic_write(faq_path, with_fees(shipped_text, 350, 330).encode())
        for _ in range(40):
            if cog.channel.send.await_count:
                break
            await asyncio.sleep(0.05)
        assert "fees.member: 325 -> 330" in cog.channel.send.await_args.args[0]
    finally:
        await cog.cog_unload()
    assert cog._watcher.cancelled()


async def test_setup_hook_loads_the_admin_group_and_close_stops_the_watcher(tmp_path: Path, faq_path: Path) -> None:
    bot = LsscBot(Settings(token="x", data_dir=tmp_path), KnowledgeHolder.load(faq_path))
    bot.tree.sync = AsyncMock(return_value=[])
    await bot.setup_hook()
    admin = bot.get_cog("Admin")
    group = bot.tree.get_command("lssc-admin")
    assert type(admin).__name__ == "Admin"  # load_extension imports the module afresh
    assert isinstance(group, app_commands.Group)
    assert group.default_permissions == discord.Permissions(manage_guild=True) and group.guild_only
    assert admin.editor.backups.directory == tmp_path / "backups"
    watcher = admin._watcher
    assert watcher is not None and not watcher.done()
    await bot.close()
    assert watcher.cancelled()


async def test_a_long_problem_list_is_cut_and_attached_in_full(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    extra = "".join(f"  - id: broken-{i}\n    question: Broken question number {i}?\n    alternates: []\n"
                    f"    answer: Costs {{fees.nope}}.\n    sources: [https://ala-apa.org/lssc/]\n" for i in range(80))
    faq_path.write_text(shipped_text + extra)
    inter = moderator(cog)
    await run(cog, "check", inter)
    message = last(inter)
    assert len(message["content"]) <= 2000 and "(full list attached)" in message["content"]
    (details,) = message["files"]
    assert details.fp.read().decode().count("unknown placeholder {fees.nope}") == 80


async def test_an_unanswered_question_becomes_an_alternate(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    await cog.moderation.store.record_unanswered(1, 10, "what does the certificate set me back")
    inter = moderator(cog)
    command = cog.admin.get_command("add-alternate")
    fees = cog.holder.current.entry("fees")
    phrasings = await command._params["phrasing"].autocomplete(cog, inter, "certif")
    entries = await command._params["entry"].autocomplete(cog, inter, fees.question[:-1])
    assert [c.value for c in phrasings] == ["what does the certificate set me back"]
    assert entries[0].value == "fees" and entries[0].name == f"fees: {fees.question}"
    stranger = interaction(cog, member(20, "mallory", roles=()))
    assert await command._params["phrasing"].autocomplete(cog, stranger, "") == []

    await run(cog, "add-alternate", inter, entry="fees", phrasing=phrasings[0].value)
    preview = last(inter)
    assert "entries changed (1): fees (alternates)" in preview["content"]
    click = interaction(cog, inter.user)
    await preview["view"].confirm.callback(click)
    assert "what does the certificate set me back" in cog.holder.current.entry("fees").alternates
    assert faq_path.read_text().count("\n") == shipped_text.count("\n") + 1

    again = moderator(cog)
    taken = cog.holder.current.entry("what-is-lssc").alternates[0]
    await run(cog, "add-alternate", again, entry="fees", phrasing=taken)
    assert "also in entry 'what-is-lssc'" in last(again)["content"]


async def test_long_questions_never_push_a_reply_over_discords_2000_characters(cog: Admin) -> None:
    """Plain messages can be 4,000 characters; five of them listed, or one echoed, used to be refused by Discord."""
    store = cog.moderation.store
    questions = [f"question {i} " + "why " * 400 for i in range(5)]
    for i, question in enumerate(questions):
        await store.record_clarify_pick(1, 5 + i, question, ["fees", "what-is-lssc"], "fees")
    inter = moderator(cog)
    await run(cog, "suggestions", inter)
    message = last(inter)
    assert len(message["content"]) <= 2000
    assert all(f'"question {i} why' in message["content"] for i in range(5))  # every numbered row is shown

    click = interaction(cog, inter.user)
    await message["view"].children[1].callback(click)  # Reject 1
    assert len(last(click)["content"]) <= 2000 and "will not be suggested again" in last(click)["content"]

    inter = moderator(cog)
    await run(cog, "add-alternate", inter, entry="fees", phrasing="how much " * 600)
    preview = last(inter)
    assert len(preview["content"]) <= 2000


def test_within_limit_cuts_and_attaches() -> None:
    from lssc_bot.moderation.report import Report, within_limit

    out = within_limit(Report("x" * 3000))
    assert len(out.text) <= 2000 and out.attachment.startswith("x" * 3000)
    assert within_limit(Report("short")) == Report("short")


async def test_an_error_in_a_confirmation_click_is_answered_privately(cog: Admin, caplog) -> None:
    """discord.py's default View.on_error only logs: the moderator saw greyed-out buttons and no reply."""
    async def broken(_: Any) -> None:
        raise RuntimeError("database is locked")

    view = ConfirmView(10, broken)
    click = interaction(cog, member())
    await view.on_error(click, RuntimeError("database is locked"), view.confirm)
    assert "didn't work" in last(click)["content"]
    assert "database is locked" in caplog.text


def test_a_mod_role_given_as_digits_matches_its_id_or_a_role_of_that_name() -> None:
    """LSSC_MOD_ROLE=2024 is read as an id; a role named '2024' was then never a moderator role."""
    from lssc_bot.discord.cogs.admin import is_moderator

    named = member(roles=("2024",))
    assert is_moderator(named, 2024)
    by_id = member(roles=("Mods",))
    assert is_moderator(by_id, by_id.roles[0].id)
    assert not is_moderator(member(roles=("Mods",)), 2024)


@pytest.mark.parametrize(("name", "owner", "method"), [
    ("reload", "editor", "reload"), ("check", "editor", "check"), ("download", "editor", "read"),
    ("unanswered", "moderation", "unanswered"), ("suggestions", "moderation", "suggestions"),
    ("stats", "moderation", "stats"), ("history", "moderation", "history"), ("rollback", "backups", "list")])
async def test_a_slow_store_or_disk_gets_a_private_deferral_then_one_follow_up(
        cog: Admin, monkeypatch: pytest.MonkeyPatch, name: str, owner: str, method: str) -> None:
    monkeypatch.setattr(in_time, "DEFER_AFTER", 0.05)
    target = cog.editor.backups if owner == "backups" else getattr(cog, owner)
    real = getattr(target, method)
    if asyncio.iscoroutinefunction(real):
        async def slow(*args: Any, **kwargs: Any) -> Any:
            await asyncio.sleep(0.3)
            return await real(*args, **kwargs)
    else:  # run on a worker thread by the cog
        def slow(*args: Any, **kwargs: Any) -> Any:
            time.sleep(0.3)
            return real(*args, **kwargs)
    monkeypatch.setattr(target, method, slow)
    inter = moderator(cog)
    await run(cog, name, inter)
    inter.response.defer.assert_called_once_with(thinking=True, ephemeral=True)
    inter.response.send_message.assert_not_called()
    inter.followup.send.assert_called_once()
    assert last(inter)["content"]
