"""/lssc-admin with spec'd discord mocks: the flows a moderator clicks through."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import discord
import pytest

from lssc_bot.discord.admin_views import BackupView, ConfirmView, SuggestionView
from lssc_bot.discord.cogs.admin import REFUSAL, Admin
from lssc_bot.knowledge import Problem
from lssc_bot.knowledge.holder import KnowledgeHolder
from lssc_bot.moderation.editor import FaqEditor
from lssc_bot.moderation.faqfile import Backups, atomic_write
from lssc_bot.settings import Settings
from lssc_bot.store import Store
from lssc_bot.store.moderation import ModerationStore

from . import discord_mocks as mocks
from .conftest import with_fees

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
COMMANDS = ["reload", "check", "download", "upload", "rollback", "unanswered", "suggestions", "stats", "history"]


@pytest.fixture
async def cog(tmp_path: Path, faq_path: Path):
    store = await Store.open(tmp_path / "lssc.sqlite3", clock=lambda: NOW)
    moderation = ModerationStore(store, clock=lambda: NOW)
    editor = FaqEditor(KnowledgeHolder.load(faq_path), Backups(tmp_path / "backups"), moderation)
    bot, channel = mocks.bot_with_channel()
    settings = Settings(token="x", data_dir=tmp_path, mod_role="LSSC Mods", mod_channel=99)
    admin = Admin(bot, settings, editor, moderation)
    admin.channel = channel  # for the tests' eyes only
    yield admin
    await store.close()


async def run(cog: Admin, name: str, inter: Any, **options: Any) -> bool:
    """As the command tree runs a command: the checks (the cog's interaction_check), then the callback."""
    command = cog.admin.get_command(name)
    if not await command._check_can_run(inter):
        return False
    await command.callback(cog, inter, **options)
    return True


def moderator() -> Any:
    return mocks.interaction(mocks.member(10, "alice", roles=("LSSC Mods",)))


def last(inter: Any) -> dict[str, Any]:
    messages = mocks.sent(inter)
    assert messages, "nothing was sent"
    for message in messages:
        assert mocks.mentions_nobody(message["allowed_mentions"])
        assert message["ephemeral"] is True
    return messages[-1]


def test_the_group_is_guild_only_and_hidden_from_non_managers(cog: Admin) -> None:
    assert cog.admin.guild_only
    assert cog.admin.default_permissions == discord.Permissions(manage_guild=True)
    assert sorted(c.name for c in cog.admin.commands) == sorted(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
async def test_non_moderators_are_refused_every_command(cog: Admin, name: str) -> None:
    inter = mocks.interaction(mocks.member(20, "mallory", roles=("Members",)))
    assert not await run(cog, name, inter, **({"file": mocks.attachment(b"x")} if name == "upload" else {}))
    assert last(inter)["content"] == REFUSAL


@pytest.mark.parametrize("user", [mocks.member(manage_guild=True), mocks.member(roles=("lssc mods",))])
async def test_manage_server_or_the_mod_role_is_a_moderator(cog: Admin, user: Any) -> None:
    inter = mocks.interaction(user)
    assert await run(cog, "check", inter)
    assert last(inter)["content"] == "faq.yaml is valid."


async def test_upload_confirm_takes_effect_and_is_in_the_history(cog: Admin, faq_path: Path,
                                                                shipped_text: str) -> None:
    inter = moderator()
    await run(cog, "upload", inter, file=mocks.attachment(with_fees(shipped_text, 350, 330).encode()))
    preview = last(inter)
    assert "fees.member: 325 -> 330" in preview["content"]
    view: ConfirmView = preview["view"]
    assert faq_path.read_text() == shipped_text  # nothing before the click

    other = mocks.interaction(mocks.member(11, "bob", roles=("LSSC Mods",)))
    assert not await view.interaction_check(other)  # only the uploader can click
    click = mocks.interaction(inter.user)
    await view.confirm.callback(click)
    assert view.confirm.disabled and view.cancel.disabled
    assert "is in use now" in last(click)["content"]
    assert cog.holder.current.program.fees.member == 330
    assert faq_path.read_text() == with_fees(shipped_text, 350, 330)

    history = moderator()
    await run(cog, "history", history)
    assert "**alice** upload: uploaded faq.yaml" in last(history)["content"]


async def test_upload_cancel_and_timeout_write_nothing(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator()
    await run(cog, "upload", inter, file=mocks.attachment(with_fees(shipped_text, 350, 330).encode()))
    view: ConfirmView = last(inter)["view"]
    click = mocks.interaction(inter.user)
    await view.cancel.callback(click)
    assert last(click)["content"] == "Cancelled; nothing was written."

    inter = moderator()
    await run(cog, "upload", inter, file=mocks.attachment(with_fees(shipped_text, 350, 330).encode()))
    view = last(inter)["view"]
    await view.on_timeout()
    assert view.confirm.disabled
    assert inter.edit_original_response.await_args.kwargs["content"].startswith("This confirmation expired")
    assert faq_path.read_text() == shipped_text and cog.editor.backups.list() == []


async def test_an_invalid_upload_is_refused_with_its_lines(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator()
    bad = shipped_text.replace("version: 1", "version: one")
    await run(cog, "upload", inter, file=mocks.attachment(bad.encode(), "mine.yaml"))
    message = last(inter)
    assert "mine.yaml:6:" in message["content"] and "view" not in message
    assert faq_path.read_text() == shipped_text

    huge = mocks.interaction(inter.user)
    file = mocks.attachment(b"x")
    file.size = 5 * 1024 * 1024
    await run(cog, "upload", huge, file=file)
    assert "over 1,024 KB" in last(huge)["content"]
    file.read.assert_not_awaited()


async def test_confirm_after_the_file_changed_on_disk_is_refused(cog: Admin, faq_path: Path,
                                                                shipped_text: str) -> None:
    inter = moderator()
    await run(cog, "upload", inter, file=mocks.attachment(with_fees(shipped_text, 350, 330).encode()))
    faq_path.write_text(with_fees(shipped_text, 351, 326))
    click = mocks.interaction(inter.user)
    await last(inter)["view"].confirm.callback(click)
    assert "changed since" in last(click)["content"]
    assert faq_path.read_text() == with_fees(shipped_text, 351, 326)


async def test_rollback_restores_a_chosen_backup(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    inter = moderator()
    await run(cog, "rollback", inter)
    assert "no backups yet" in last(inter)["content"]

    await run(cog, "upload", inter, file=mocks.attachment(with_fees(shipped_text, 350, 330).encode()))
    await last(inter)["view"].confirm.callback(mocks.interaction(inter.user))
    inter = moderator()
    await run(cog, "rollback", inter)
    menu: BackupView = last(inter)["view"]
    (option,) = menu.menu.options
    menu.menu._values = [option.value]  # what discord.py sets from the click
    pick = mocks.interaction(inter.user)
    await menu.menu.callback(pick)
    assert "fees.member: 330 -> 325" in last(pick)["content"]
    confirm = mocks.interaction(inter.user)
    await last(pick)["view"].confirm.callback(confirm)
    assert faq_path.read_text() == shipped_text
    assert cog.holder.current.program.fees.member == 325
    assert len(cog.editor.backups.list()) == 2  # the rolled-back version is kept too


async def test_accepting_a_suggestion_adds_the_alternate_and_rejecting_hides_it(cog: Admin, faq_path: Path,
                                                                               shipped_text: str) -> None:
    store = cog.moderation.store
    await store.record_clarify_pick(1, 5, "what do I pay", ["fees", "what-is-lssc"], "fees")
    await store.record_clarify_pick(1, 6, "is it hard", ["fees", "what-is-lssc"], "what-is-lssc")
    inter = moderator()
    await run(cog, "suggestions", inter)
    message = last(inter)
    view: SuggestionView = message["view"]
    assert "\"what do I pay\" -> **fees**" in message["content"]
    order = [line.split('"')[1] for line in message["content"].splitlines()[1:]]
    accept = view.children[2 * order.index("what do I pay")]
    reject = view.children[2 * order.index("is it hard") + 1]

    click = mocks.interaction(inter.user)
    await accept.callback(click)
    assert "in use now" in last(click)["content"]
    assert faq_path.read_text().count("\n") == shipped_text.count("\n") + 1
    assert "what do I pay" in cog.holder.current.entry("fees").alternates

    click = mocks.interaction(inter.user)
    await reject.callback(click)
    assert "will not be suggested again" in last(click)["content"]
    again = moderator()
    await run(cog, "suggestions", again)
    assert last(again)["content"] == "No suggestions right now."
    actions = [e.action for e in await cog.moderation.history()]
    assert actions == ["reject", "accept"]


async def test_reload_check_download_unanswered_stats(cog: Admin, faq_path: Path, shipped_text: str) -> None:
    faq_path.write_text(shipped_text.replace("version: 1", "version: one"))
    inter = moderator()
    await run(cog, "reload", inter)
    assert "not reloaded" in last(inter)["content"] and "faq.yaml:6:" in last(inter)["content"]
    inter = moderator()
    await run(cog, "check", inter)
    assert "1 problem(s)" in last(inter)["content"]
    inter = moderator()
    await run(cog, "download", inter)
    assert last(inter)["file"].filename == "faq.yaml"

    for question in ("can I transfer credits", "Can I transfer credits?"):
        await cog.moderation.store.record_unanswered(1, 10, question)
        await cog.moderation.store.record_question(1, 10, question, "fallback", None, 0.1)
    inter = moderator()
    await run(cog, "unanswered", inter)
    assert "**2×** can I transfer credits" in last(inter)["content"]
    inter = moderator()
    await run(cog, "stats", inter)
    assert "**2 questions**" in last(inter)["content"] and "fallback 100%" in last(inter)["content"]


async def test_refused_edits_and_reloads_are_posted_to_the_mod_channel(cog: Admin) -> None:
    await cog.post_problems([Problem(6, 10, "bad version")])
    text = cog.channel.send.await_args.args[0]
    assert "keeps the last good version" in text and "faq.yaml:6:10: bad version" in text
    assert mocks.mentions_nobody(cog.channel.send.await_args.kwargs["allowed_mentions"])


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
