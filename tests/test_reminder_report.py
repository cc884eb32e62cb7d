"""`bot.py reminders --due`: what the bot would send, from the database, without sending or recording it."""
from __future__ import annotations

import asyncio
import io
import json
from datetime import date
from pathlib import Path

import pytest

from lssc_bot.cli import build_parser
from lssc_bot.knowledge import load_knowledge
from lssc_bot.reminder_report import cmd_reminders
from lssc_bot.store import Store
from lssc_bot.store.reminders import ReminderStore
from tests.test_cli import ROOT, run


async def _saved(path: Path) -> None:
    store = await Store.open(path)
    reminders = ReminderStore(store)
    await store.save_enrolled(1, 7, date(2023, 3, 1))   # finish by March 2027
    await store.save_certified(2, 8, date(2023, 1, 1))  # expires January 2027
    await store.save_enrolled(1, 9, date(2023, 3, 1))   # not opted in
    for user in (7, 8):
        await reminders.set_opted_in(user, True)
    await store.close()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "lssc.sqlite3"
    asyncio.run(_saved(path))
    return path


def test_json_lists_what_would_be_sent(database: Path) -> None:
    result = run("reminders", "--due", "--today", "2026-10-15", "--json", "--db", str(database))
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert listed["today"] == "2026-10-15"
    assert [(d["user_id"], d["kind"], d["due"]) for d in listed["due"]] == [
        (7, "finish-6", "2026-09"), (8, "expiry-3", "2026-10")]
    # listing records nothing: the same list again
    assert json.loads(run("reminders", "--due", "--today", "2026-10-15", "--json", "--db", str(database)).stdout) == listed


def report(database: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args_ = build_parser().parse_args(["reminders", "--due", "--db", str(database), *args])
    code = cmd_reminders(load_knowledge(ROOT / "faq.yaml"), args_, out, err)
    return code, out.getvalue(), err.getvalue()


def test_text_has_one_line_per_reminder(database: Path) -> None:
    code, out, _ = report(database, "--today", "2027-01-02")
    assert code == 0
    assert out.splitlines() == [
        "2026-09  user 7 (server 1)  finish-6: 6 months to finish your LSSC (March 2027)",
        "2027-01  user 8 (server 2)  expiry-0: Your LSSC certification expires this month (January 2027)"]
    assert report(database, "--today", "2025-12-31")[1] == "Nothing due on 2025-12-31.\n"


def test_no_database_is_an_error(tmp_path: Path) -> None:
    code, out, err = report(tmp_path / "missing.sqlite3")
    assert code == 1 and out == "" and "no database at" in err
    assert not (tmp_path / "missing.sqlite3").exists()
