"""`bot.py run`: the console without a token, the bot with one, exit 2 on a bad setting."""
from __future__ import annotations

import sys

import pytest

from lssc_bot import cli
from lssc_bot.discord import bot as bot_module

ENV = ("LSSC_FAQ_PATH", "DISCORD_TOKEN", "DISCORD_TOKEN_FILE", "DISCORD_GUILD_IDS", "LSSC_DATA_DIR", "LSSC_LISTEN_CHANNELS",
       "LSSC_MOD_ROLE", "LSSC_MOD_CHANNEL", "LSSC_MESSAGE_CONTENT", "DISCORD_API_BASE", "DISCORD_GATEWAY_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LSSC_DATA_DIR", str(tmp_path))


def test_a_bad_setting_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token")
    monkeypatch.setenv("DISCORD_GUILD_IDS", "12,abc")
    assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISCORD_GUILD_IDS" in err and "secret-token" not in err
    assert "Traceback" not in err


def test_with_a_token_the_bot_runs_with_the_settings_and_the_loaded_knowledge(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token")
    monkeypatch.setenv("LSSC_LISTEN_CHANNELS", "5")
    seen = {}

    def fake_run(settings, holder):
        seen.update(settings=settings, holder=holder)
        return 0

    monkeypatch.setattr(bot_module, "run_bot", fake_run)
    assert cli.main(["run"]) == 0
    assert seen["settings"].token == "secret-token" and seen["settings"].listen_channels == {5}
    assert seen["holder"].path == cli.DEFAULT_FAQ and seen["holder"].current.entries


def test_without_a_token_it_is_the_console(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _Stdin(":quit\n"))
    assert cli.main(["run"]) == 0
    assert "local console" in capsys.readouterr().out


class _Stdin:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""


def test_an_unreachable_discord_is_one_line_saying_where_not_a_traceback(tmp_path):
    import os
    import socket
    import subprocess
    from pathlib import Path

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = {k: v for k, v in os.environ.items() if k not in ENV}
    env = {**base, "DISCORD_TOKEN": "secret-token", "LSSC_DATA_DIR": str(tmp_path),
           "DISCORD_API_BASE": f"http://127.0.0.1:{port}/api/v10", "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{port}/gateway"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, str(root / "bot.py")], env=env, capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and f"could not reach Discord at http://127.0.0.1:{port}/api/v10" in errors[0]
    assert "Traceback" not in result.stderr and "secret-token" not in result.stderr
    assert len(result.stderr.splitlines()) <= 4  # discord.py's own start-up notes, then that line
