"""/lssc-admin end to end: refused for members, and a moderator's upload with Confirm goes live."""
from __future__ import annotations

from lssc_bot.discord.cogs.admin import REFUSAL
from tests.e2e.fake_discord import FakeDiscordThread
from tests.e2e.harness import BotProcess, buttons_of, content_of, embeds_of, member

FEES = "How much does LSSC cost?"
OLD_SENTENCE = "Fees can change, so confirm on {url}."
NEW_SENTENCE = "Fees were last checked by the e2e moderator, so confirm on {url}."
EPHEMERAL = 1 << 6


def test_admin_is_refused_for_a_member(srv: FakeDiscordThread, bot: BotProcess) -> None:
    asked = srv.dispatch_slash_command("lssc-admin stats", user_id=member(srv, "member").user.id)
    reply = srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=10)
    assert reply.json["data"]["flags"] & EPHEMERAL
    assert content_of(reply) == REFUSAL


def test_admin_works_for_a_moderator_role(srv: FakeDiscordThread, bot: BotProcess) -> None:
    asked = srv.dispatch_slash_command("lssc-admin check", user_id=member(srv, "helper").user.id)
    reply = srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=10)
    assert content_of(reply) != REFUSAL and "faq.yaml" in content_of(reply)


def test_moderator_upload_with_confirm_changes_the_answers(srv: FakeDiscordThread, bot: BotProcess) -> None:
    old = bot.faq_path.read_text(encoding="utf-8")
    assert OLD_SENTENCE in old
    new = old.replace(OLD_SENTENCE, NEW_SENTENCE).encode()
    helper = member(srv, "helper").user.id

    upload = srv.dispatch_slash_command("lssc-admin upload", {"file": ("faq.yaml", new)}, user_id=helper)
    preview = srv.wait_for_request("POST", rf"^/webhooks/\d+/{upload.token}$", timeout=10)
    assert "is valid" in content_of(preview)
    assert bot.faq_path.read_bytes() == old.encode()  # nothing written before Confirm
    offer = srv.original_message(upload.id)
    confirm = next(b for b in buttons_of(offer) if b.get("label") == "Confirm")

    click = srv.dispatch_component(confirm["custom_id"], int(offer["id"]), user_id=helper)
    done = srv.wait_for_request("POST", rf"^/webhooks/\d+/{click.token}$", timeout=10)
    assert "is in use now" in content_of(done)
    assert bot.faq_path.read_bytes() == new

    asked = srv.dispatch_slash_command("lssc ask", {"question": FEES})
    answer = srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", timeout=10)
    assert "last checked by the e2e moderator" in embeds_of(answer)[0]["description"]
