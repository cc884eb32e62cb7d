"""Live reload: watch faq.yaml and swap the knowledge in use when a valid edit is saved.

We watch the file's directory, not the file: editors (and our own atomic writes)
save by writing a new file and renaming it over the old one, which a watch on
the old file's inode would miss. Events are filtered on the file's name. A save
that fails validation is refused - the bot keeps serving the last good version -
and its problems are logged and passed to `on_problems` (the Discord layer posts
them to the moderators' channel).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import watchfiles

from .knowledge import Knowledge, Problem
from .knowledge.holder import KnowledgeHolder

log = logging.getLogger(__name__)

OnProblems = Callable[[Sequence[Problem]], Awaitable[None]]
OnReload = Callable[[Knowledge, Knowledge], Awaitable[None]]

#: watchfiles waits this long for a burst of events to end (an editor's save is several).
DEBOUNCE_MS = 300
#: and checks this often within the burst; together well inside the 2-second promise.
STEP_MS = 50


async def watch_knowledge(holder: KnowledgeHolder, *, on_problems: OnProblems | None = None,
                          on_reload: OnReload | None = None, stop_event: asyncio.Event | None = None,
                          debounce_ms: int = DEBOUNCE_MS, step_ms: int = STEP_MS) -> None:
    """Reload `holder` whenever its file changes; runs until cancelled or `stop_event` is set."""
    path = holder.path.resolve()
    log.info("watching %s for changes", path)
    async for _ in watchfiles.awatch(path.parent, watch_filter=lambda _c, p: Path(p).name == path.name,
                                     debounce=debounce_ms, step=step_ms, stop_event=stop_event,
                                     recursive=False):
        await reload_once(holder, on_problems=on_problems, on_reload=on_reload)


async def reload_once(holder: KnowledgeHolder, *, on_problems: OnProblems | None = None,
                      on_reload: OnReload | None = None) -> None:
    """One reload, off the event loop; never raises, whatever the file or a callback does."""
    before = holder.current
    try:
        problems = await asyncio.to_thread(holder.reload)
    except Exception as exc:  # a bug in validation must not stop the watcher or the bot
        log.exception("reloading %s failed", holder.path)
        problems = [Problem(0, 0, f"could not be loaded ({type(exc).__name__}: {exc}); "
                                  "the bot keeps the last good version", str(holder.path))]
    if problems:
        for problem in problems:
            log.warning("refused: %s", problem)
        await _call(on_problems, problems)
    elif holder.current is not before:
        log.info("reloaded %s (%d entries, digest %s)", holder.path, len(holder.current.entries),
                 holder.current.digest[:12])
        await _call(on_reload, before, holder.current)


async def _call(callback: Callable[..., Awaitable[None]] | None, *args: object) -> None:
    if callback is None:
        return
    try:
        await callback(*args)
    except Exception:
        log.exception("a reload callback failed")
