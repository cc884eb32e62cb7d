"""kill -9 while faq.yaml is being uploaded and progress saved: never half a file, never a broken database.

A child process (crash_writer.py) loops the real write paths; it is SIGKILLed at
seeded-random moments, a bounded number of times, and after each kill the files
are checked as the next start would find them. Then the bot is started on them.
"""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from lssc_bot.knowledge import load_knowledge
from lssc_bot.settings import DATABASE_NAME
from tests.e2e.conftest import StartBot
from tests.e2e.fake_discord import FakeDiscordThread
from tests.e2e.harness import SHIPPED_FAQ, ask, embeds_of

ROUNDS = 12
ATOMIC_ROUNDS = 6
BIG = 16 * 1024 * 1024  # bytes: writing and fsyncing this takes long enough for kills to land inside
SEED = 20261201
OLD_SENTENCE = "Fees can change, so confirm on {url}."
NEW_SENTENCE = "Fees were re-checked during a crash test, so confirm on {url}."
CRASH_WRITER = Path(__file__).with_name("crash_writer.py")


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def run_until_killed(mode: str, faq: Path, data_dir: Path, versions: tuple[Path, Path], delay: float) -> None:
    """Start crash_writer in `mode`, let it write for `delay` seconds, SIGKILL it."""
    marker = data_dir / "writing"
    marker.unlink(missing_ok=True)
    log = data_dir.parent / "crash_writer.log"
    with log.open("ab") as out:
        child = subprocess.Popen([sys.executable, str(CRASH_WRITER), mode, str(faq), str(data_dir), *map(str, versions)],
                                 stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert child.poll() is None, f"crash_writer exited early:\n{log.read_text()}"
            assert time.monotonic() < deadline, "crash_writer did not start writing"
            time.sleep(0.01)
        time.sleep(delay)
    finally:
        child.kill()  # SIGKILL: no cleanup, no flush, no atexit
        child.wait(10)


def write_versions(directory: Path, old: bytes, new: bytes) -> tuple[Path, Path]:
    a, b = directory / "a.yaml", directory / "b.yaml"
    a.write_bytes(old)
    b.write_bytes(new)
    return a, b


def test_kill_9_mid_write_leaves_the_old_or_new_faq_and_a_sound_database(
        tmp_path: Path, srv: FakeDiscordThread, start: StartBot) -> None:
    faq, data_dir = tmp_path / "faq.yaml", tmp_path / "data"  # where `start` will run the bot
    data_dir.mkdir()
    old = SHIPPED_FAQ.read_bytes()
    new = old.replace(OLD_SENTENCE.encode(), NEW_SENTENCE.encode())
    assert new != old
    faq.write_bytes(old)
    versions = write_versions(tmp_path, old, new)
    rng = random.Random(SEED)

    seen = set()
    for _ in range(ROUNDS):
        run_until_killed("upload", faq, data_dir, versions, rng.uniform(0.0, 0.4))
        content = faq.read_bytes()
        assert content in (old, new), "faq.yaml is neither the old nor the new version"
        seen.add(content)
        assert integrity(data_dir / DATABASE_NAME) == "ok"
    assert seen == {old, new}, "the kills never landed after an upload: the test proved nothing"
    load_knowledge(faq)  # a valid file, as the restarted bot needs it
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM progress").fetchone()[0] > 0

    start()  # the restart: the bot comes up on what the kills left and answers from it
    assert not list(tmp_path.glob(".faq.yaml.*.tmp")), "the restarted bot left half-written temporaries behind"
    answer = embeds_of(ask(srv, "How much does LSSC cost?"))[0]["description"]
    current = NEW_SENTENCE if faq.read_bytes() == new else OLD_SENTENCE
    assert current.split(",")[0] in answer


def test_kill_9_inside_the_atomic_write_itself_leaves_a_whole_file(tmp_path: Path) -> None:
    faq, data_dir = tmp_path / "faq.yaml", tmp_path / "data"
    data_dir.mkdir()
    padding = b"\n# padding, so that writing the file takes a while\n" * (BIG // 50)
    old, new = b"version: old\n" + padding, b"version: new\n" + padding
    faq.write_bytes(old)
    versions = write_versions(tmp_path, old, new)
    rng = random.Random(SEED)

    for _ in range(ATOMIC_ROUNDS):
        run_until_killed("atomic", faq, data_dir, versions, rng.uniform(0.05, 0.3))
        assert faq.read_bytes() in (old, new)
    # A kill inside atomic_write leaves its temporary file behind: proof the kills hit the write.
    assert list(tmp_path.glob(".faq.yaml.*.tmp")), "no kill landed inside a write"
