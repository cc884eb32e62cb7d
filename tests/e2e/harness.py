"""Run the bot the way users do - ``python bot.py`` in a subprocess - against a FakeDiscord.

Shared by the end-to-end tests (through conftest fixtures) and ``bench/e2e_load.py``.
The bot's stdout and stderr go to files (a pipe nobody reads would fill and
block it); `BotProcess.stop` always leaves no process behind.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from typing import Any
from dataclasses import dataclass
from pathlib import Path

from lssc_bot.health import check, heartbeat_path

from .fake_discord import FakeDiscord, FakeDiscordThread, FakeMember, RecordedRequest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_FAQ = ROOT / "faq.yaml"
#: distinctive, so a leak into any log is found by a plain substring search
TOKEN = "MTE5OTk5.e2e-secret.Zm9vYmFyLXRva2VuLW5ldmVyLWxvZ2dlZA"
LISTEN_CHANNEL = "bot-commands"
MOD_ROLE = "Moderator"
#: how long the bot may take from `python bot.py` to on_ready (imports, connecting, the guild wait)
START_TIMEOUT = 30.0
#: the grace the issue allows for SIGTERM / Ctrl-C
STOP_TIMEOUT = 5.0


def start_fake() -> FakeDiscordThread:
    """The fake with the default guild plus a moderator who has only the role (no Manage Server)."""
    fake = FakeDiscord(token=TOKEN)
    guild = fake.guild
    guild.add_member("helper", roles=[guild.role_named(MOD_ROLE).id])
    return fake.run_in_thread()


def member(srv: FakeDiscordThread, username: str) -> FakeMember:
    return srv.guild.member_named(username)


@dataclass
class BotProcess:
    proc: subprocess.Popen[bytes]
    data_dir: Path
    faq_path: Path
    stdout_path: Path
    stderr_path: Path

    def logs(self) -> str:
        """Everything the bot printed plus any log file it wrote in its data directory."""
        parts = [p.read_text(encoding="utf-8", errors="replace") for p in (self.stdout_path, self.stderr_path)]
        parts += [p.read_text(encoding="utf-8", errors="replace") for p in self.data_dir.rglob("*.log")]
        return "\n".join(parts)

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Until the bot's heartbeat says connected: on_ready has run, so its commands are synced."""
        deadline = time.monotonic() + timeout
        while not check(heartbeat_path(self.data_dir), max_age=timeout).healthy:
            if self.proc.poll() is not None:
                raise AssertionError(f"bot.py exited with {self.proc.returncode} before it was ready:\n{self.logs()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"bot.py was not ready after {timeout}s:\n{self.logs()}")
            time.sleep(0.05)

    def wait_for_log(self, text: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.logs():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"bot.py never logged {text!r}:\n{self.logs()}")
            time.sleep(0.05)

    def signal(self, sig: signal.Signals = signal.SIGTERM) -> None:
        self.proc.send_signal(sig)

    def wait_exit(self, timeout: float = STOP_TIMEOUT) -> int | None:
        """The exit code, or None if it is still running after `timeout` seconds."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> int | None:
        """SIGTERM, and SIGKILL if that does not end it in time; the exit code of a graceful stop, else None."""
        if self.proc.poll() is not None:
            return self.proc.returncode
        self.signal(signal.SIGTERM)
        code = self.wait_exit()
        if code is None:
            self.proc.kill()
            self.proc.wait(10)
        return code


def bot_env(srv: FakeDiscordThread, data_dir: Path, faq_path: Path, extra: Mapping[str, str] = {}) -> dict[str, str]:
    """The environment a user would set, pointed at the fake; nothing inherited that could change the bot."""
    guild = srv.guild
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "LSSC_"))}
    return inherited | {
        "PYTHONUNBUFFERED": "1",
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": srv.api_base,
        "DISCORD_GATEWAY_URL": srv.gateway_url,
        "DISCORD_GUILD_IDS": str(guild.id),
        "LSSC_DATA_DIR": str(data_dir),
        "LSSC_FAQ_PATH": str(faq_path),
        "LSSC_LISTEN_CHANNELS": str(guild.channel_named(LISTEN_CHANNEL).id),
        "LSSC_MOD_ROLE": MOD_ROLE,
        "LSSC_MESSAGE_CONTENT": "1",
        "LSSC_HEARTBEAT_SECONDS": "1",
        # the fake sends every GUILD_CREATE at once, so waiting discord.py's 2 s for more is only delay
        "LSSC_GUILD_READY_TIMEOUT": "0.05",
    } | dict(extra)


def start_bot(srv: FakeDiscordThread, workdir: Path, extra_env: Mapping[str, str] = {},
              *, faq_source: Path = SHIPPED_FAQ) -> BotProcess:
    """`python bot.py` with a private data dir and a copy of faq.yaml (moderator uploads change it)."""
    data_dir = workdir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    faq_path = workdir / "faq.yaml"
    if not faq_path.exists():
        shutil.copyfile(faq_source, faq_path)
    stdout_path, stderr_path = workdir / "bot.stdout", workdir / "bot.stderr"
    with stdout_path.open("ab") as out, stderr_path.open("ab") as err:
        proc = subprocess.Popen([sys.executable, str(ROOT / "bot.py")], cwd=workdir, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, env=bot_env(srv, data_dir, faq_path, extra_env))
    return BotProcess(proc, data_dir, faq_path, stdout_path, stderr_path)


# -- reading what the bot sent ------------------------------------------------------------------


def embeds_of(request: RecordedRequest) -> list[dict]:
    """The embeds of a message or interaction-callback payload."""
    payload = request.json or {}
    data = payload.get("data", payload) if "type" in payload and "data" in payload else payload
    return list((data or {}).get("embeds") or [])


def content_of(request: RecordedRequest) -> str:
    payload = request.json or {}
    data = payload.get("data", payload) if "type" in payload and "data" in payload else payload
    return str((data or {}).get("content") or "")


def buttons_of(message: dict) -> list[dict]:
    """Every button on a message the fake stored, in order."""
    return [c for row in message.get("components") or [] for c in row.get("components", []) if c.get("type") == 2]


def ask(srv: FakeDiscordThread, question: str, *, timeout: float = 10.0, **kwargs: Any) -> RecordedRequest:
    """`/lssc ask` and the bot's first successful response to it."""
    asked = srv.dispatch_slash_command("lssc ask", {"question": question}, **kwargs)
    return srv.wait_for_request("POST", rf"^/interactions/{asked.id}/", lambda r: r.ok, timeout=timeout)
