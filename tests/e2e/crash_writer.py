"""Child process for the kill -9 tests: upload faq.yaml and save progress, forever, until killed.

    python tests/e2e/crash_writer.py upload|atomic FAQ DATA_DIR VERSION_A VERSION_B

``upload`` alternates the upload between two versions through the same
`FaqEditor.apply` the /lssc-admin Confirm button uses (backup, atomic write,
reload, audit row), while progress saves - the bot's other frequent write - run
on the store at the same time.  Validating an upload takes far longer than
writing it, so few kills land inside the write; ``atomic`` therefore loops just
`atomic_write` (what the upload's write is) with versions big enough that most
kills do.  DATA_DIR/writing appears once the loops are under way.
"""
from __future__ import annotations

import asyncio
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lssc_bot.knowledge.holder import KnowledgeHolder  # noqa: E402
from lssc_bot.moderation.editor import Actor, FaqEditor  # noqa: E402
from lssc_bot.moderation.faqfile import Backups, atomic_write  # noqa: E402
from lssc_bot.settings import DATABASE_NAME  # noqa: E402
from lssc_bot.store import Progress, Store  # noqa: E402
from lssc_bot.store.moderation import ModerationStore  # noqa: E402

SETS = ("foundations", "technology", "communication", "supervision")


async def uploads(editor: FaqEditor, a: bytes, b: bytes) -> None:
    moderator = Actor(1, "crash-test")
    while True:
        new = b if editor.path.read_bytes() == a else a
        await editor.apply(await editor.prepare_upload(new, "faq.yaml"), moderator)


async def progress_saves(store: Store) -> None:
    for n in itertools.count():
        completed = frozenset(SETS[: n % (len(SETS) + 1)])
        await store.save_progress(1, n % 50, Progress(completed))


def atomic_writes(path: Path, data_dir: Path, a: bytes, b: bytes) -> None:
    (data_dir / "writing").touch()
    for n in itertools.count():
        atomic_write(path, b if n % 2 == 0 else a)


async def main(faq: Path, data_dir: Path, a: bytes, b: bytes) -> None:
    store = await Store.open(data_dir / DATABASE_NAME)
    editor = FaqEditor(KnowledgeHolder.load(faq), Backups(data_dir / "backups"), ModerationStore(store))
    loops = [asyncio.create_task(uploads(editor, a, b)), asyncio.create_task(progress_saves(store))]
    await asyncio.sleep(0)
    (data_dir / "writing").touch()
    await asyncio.gather(*loops)


if __name__ == "__main__":
    mode = sys.argv[1]
    faq_path, data, version_a, version_b = map(Path, sys.argv[2:6])
    if mode == "atomic":
        atomic_writes(faq_path, data, version_a.read_bytes(), version_b.read_bytes())
    else:
        asyncio.run(main(faq_path, data, version_a.read_bytes(), version_b.read_bytes()))
