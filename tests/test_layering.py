"""The core never imports discord: only lssc_bot.discord (the adapter) may."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import lssc_bot

ROOT = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(lssc_bot.__path__, "lssc_bot.")]
    return sorted(n for n in names if not n.startswith("lssc_bot.discord"))


def test_every_core_module_is_found() -> None:
    found = core_modules()
    for expected in ("lssc_bot.answer", "lssc_bot.cli", "lssc_bot.understanding.match", "lssc_bot.moderation.editor",
                     "lssc_bot.store", "lssc_bot.watch", "lssc_bot.render.discord"):
        assert expected in found


def test_importing_the_whole_core_does_not_load_discord() -> None:
    code = f"import sys\nfor m in {core_modules()!r}: __import__(m)\nprint(sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
