"""`bot.py reminders --due`: what the running bot's next check would send, for moderators and tests.

It only reads the database (nothing is claimed or sent), with the same query and the
same pure computation as the bot, so what it lists is what the bot would send.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from .knowledge import Knowledge
from .reminders import Due, due_now
from .render.reminders import headline, month
from .settings import DATABASE_NAME, DEFAULT_DATA_DIR
from .store import Store
from .store.reminders import ReminderStore


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """The `reminders` command on `bot.py`'s subparsers."""
    p: argparse.ArgumentParser = sub.add_parser("reminders", help="list the reminders the bot would send now")
    p.add_argument("--due", action="store_true", required=True, help="list the reminders due (the only mode)")
    p.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="pretend it is this day (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--db", type=Path, default=None, metavar="PATH",
                   help=f"the database (default: $LSSC_DATA_DIR/{DATABASE_NAME}, LSSC_DATA_DIR defaulting to "
                        f"{DEFAULT_DATA_DIR})")
    return p


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def default_database() -> Path:
    return Path(os.environ.get("LSSC_DATA_DIR") or DEFAULT_DATA_DIR) / DATABASE_NAME


def cmd_reminders(knowledge: Knowledge, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path: Path = args.db or default_database()
    if not path.is_file():
        print(f"bot.py reminders: no database at {path} (set LSSC_DATA_DIR or --db)", file=err)
        return 1
    today: date = args.today or date.today()
    found = asyncio.run(_due(path, knowledge, today))
    if args.json:
        print(json.dumps({"today": today.isoformat(), "due": [as_json(knowledge, d) for d in found]}), file=out)
    elif not found:
        print(f"Nothing due on {today.isoformat()}.", file=out)
    for due in [] if args.json else found:
        r = due.reminder
        print(f"{r.due:%Y-%m}  user {due.saved.user_id} (server {due.saved.guild_id})  {r.kind}: "
              f"{headline(knowledge.program, r)} ({month(r.about)})", file=out)
    return 0


async def _due(path: Path, knowledge: Knowledge, today: date) -> list[Due]:
    store = await Store.open(path)
    try:
        return due_now(knowledge.program, await ReminderStore(store).candidates(), today)
    finally:
        await store.close()


def as_json(knowledge: Knowledge, due: Due) -> dict[str, Any]:
    r = due.reminder
    return {"user_id": due.saved.user_id, "guild_id": due.saved.guild_id, "kind": r.kind, "track": r.track,
            "due": f"{r.due:%Y-%m}", "about": f"{r.about:%Y-%m}", "title": headline(knowledge.program, r)}
