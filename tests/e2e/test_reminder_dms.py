"""Reminders as a person gets them: opt in, the clock advances (LSSC_TODAY, with restarts), one DM per due reminder."""
from __future__ import annotations

import time
from typing import Any

from tests.e2e.fake_discord import DispatchedInteraction, FakeDiscordThread
from tests.e2e.harness import buttons_of, embeds_of, member
from tests.e2e.conftest import StartBot

#: a check every 0.2 s instead of every hour, so "the next check" comes at once
FAST_CHECKS = {"LSSC_REMINDER_SECONDS": "0.2"}
#: checks enough for a duplicate to have shown up, had there been one
SEVERAL_CHECKS = 0.6


def command(srv: FakeDiscordThread, name: str, options: dict[str, Any] | None = None, *,
            user_id: int) -> DispatchedInteraction:
    """A slash command, once the bot has answered it."""
    sent = srv.dispatch_slash_command(name, options, user_id=user_id)
    srv.wait_for_request("POST", rf"^/interactions/{sent.id}/", lambda r: r.ok, timeout=10)
    return sent


def dms(srv: FakeDiscordThread, user_id: int) -> list[dict[str, Any]]:
    return [r.json for r in srv.sent_messages(srv.dm_channel_for(user_id).id)]


def wait_for_dms(srv: FakeDiscordThread, user_id: int, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while len(sent := dms(srv, user_id)) < count:
        assert time.monotonic() < deadline, f"{len(sent)} reminder DMs after {timeout}s, expected {count}"
        time.sleep(0.05)
    return sent


def opt_in(srv: FakeDiscordThread, person: int) -> None:
    """`/lssc remind` and a click on its button."""
    shown = command(srv, "lssc remind", user_id=person)
    status = srv.original_message(shown.id)
    [toggle] = buttons_of(status)
    assert toggle["label"] == "Turn reminders on"
    click = srv.dispatch_component(toggle["custom_id"], int(status["id"]), user_id=person)
    srv.wait_for_request("POST", rf"^/interactions/{click.id}/", lambda r: r.ok, timeout=10)


def test_an_opted_in_person_gets_exactly_one_dm_per_due_reminder(srv: FakeDiscordThread, start: StartBot) -> None:
    person = member(srv, "member").user.id
    bot = start(FAST_CHECKS | {"LSSC_TODAY": "2026-12-01"})
    command(srv, "lssc progress", {"enrolled": "2023-12"}, user_id=person)  # finish by December 2027
    time.sleep(SEVERAL_CHECKS)
    assert dms(srv, person) == []  # off by default
    opt_in(srv, person)

    [first] = wait_for_dms(srv, person, 1)  # December 2026: 12 months before
    [embed] = first["embeds"]
    assert embed["title"] == "12 months to finish your LSSC" and "December 2027" in embed["description"]
    assert first["allowed_mentions"] == {"parse": []}
    [button] = buttons_of(first)
    assert button["custom_id"] == f"lssc:rem:left:{srv.guild.id}"
    time.sleep(SEVERAL_CHECKS)
    assert len(dms(srv, person)) == 1
    assert bot.stop() == 0

    bot = start(FAST_CHECKS | {"LSSC_TODAY": "2027-06-01"})  # the clock advances six months
    second = wait_for_dms(srv, person, 2)[1]
    assert second["embeds"][0]["title"] == "6 months to finish your LSSC"
    assert bot.stop() == 0

    start(FAST_CHECKS | {"LSSC_TODAY": "2027-06-15"})  # a restart later in the month: nothing again
    time.sleep(SEVERAL_CHECKS)
    assert len(dms(srv, person)) == 2
    guild_channels = {c.id for c in srv.guild.channels}
    assert [r for r in srv.sent_messages() if int(r.path.split("/")[2]) in guild_channels] == []  # DMs only

    message = srv.messages[int(srv.sent_messages(srv.dm_channel_for(person).id)[0].response["id"])]
    opened = srv.dispatch_component(button["custom_id"], int(message["id"]), user_id=person)
    reply = srv.wait_for_request("POST", rf"^/interactions/{opened.id}/", lambda r: r.ok, timeout=10)
    assert embeds_of(reply)[0]["title"] == "Your LSSC progress"


def test_a_closed_dm_is_not_retried_and_the_person_is_told_privately(srv: FakeDiscordThread, start: StartBot) -> None:
    person = member(srv, "member").user.id
    srv.fail_next("POST", r"^/channels/\d+/messages$", status=403, code=50007)  # "Cannot send messages to this user"
    start(FAST_CHECKS | {"LSSC_TODAY": "2026-12-01"})
    command(srv, "lssc progress", {"enrolled": "2023-12"}, user_id=person)
    opt_in(srv, person)
    srv.wait_for_request("POST", r"^/channels/\d+/messages$", lambda r: r.status == 403, timeout=10)
    time.sleep(SEVERAL_CHECKS)
    assert dms(srv, person) == []  # not retried
    asked = command(srv, "lssc remaining", user_id=person)
    notice = srv.wait_for_request("POST", rf"^/webhooks/\d+/{asked.token}$", timeout=10)
    assert "could not deliver 1 reminder" in notice.json["content"] and notice.json["flags"] & 64  # ephemeral
