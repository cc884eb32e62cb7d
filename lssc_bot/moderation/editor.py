"""The edits a moderator makes to faq.yaml, each one safe to get wrong.

Every edit is prepared first - validated completely, and summarised against the
version in use - and applied only on a moderator's say-so. Applying backs up the
file, writes it atomically, reloads the bot and records who did what. Nothing
is written for an edit that fails validation, and an edit prepared against a
file that has changed since is refused rather than overwriting someone's work.

The methods are coroutines: the file work runs on a thread so a large file never
stalls the bot, and edits are applied one at a time.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..knowledge import Knowledge, KnowledgeError, Problem, check_file, parse_knowledge
from ..knowledge.holder import KnowledgeHolder
from ..knowledge.load import decode, read_text
from .alternates import AlternateError, add_alternate
from .changes import ChangeSummary, summarize
from .faqfile import Backup, Backups, atomic_write, file_digest

#: Uploads larger than this are refused unread (the shipped faq.yaml is a few KB).
MAX_UPLOAD_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Actor:
    """Who made an edit, as the audit log shows it."""

    id: int
    name: str


@dataclass(frozen=True)
class AuditEntry:
    """One line of the moderators' history."""

    at: datetime
    actor: Actor
    action: str
    detail: str


class AuditLog(Protocol):
    async def record(self, actor: Actor, action: str, detail: str) -> None: ...


class EditRefused(Exception):
    """The edit was not made; `problems` holds the file's line:col problems, if any."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = tuple(problems)


@dataclass(frozen=True)
class PendingEdit:
    """A validated new version of the file, waiting for a moderator to confirm it."""

    action: str
    detail: str
    text: str
    knowledge: Knowledge
    summary: ChangeSummary
    #: sha256 of the file on disk when the edit was prepared (None: there was no file)
    base_digest: str | None


@dataclass(frozen=True)
class Applied:
    summary: ChangeSummary
    backup: Backup | None


@dataclass(frozen=True)
class Reloaded:
    problems: tuple[Problem, ...]
    #: None when the reload was refused; empty when the file had not changed
    summary: ChangeSummary | None


class FaqEditor:
    def __init__(self, holder: KnowledgeHolder, backups: Backups, audit: AuditLog) -> None:
        self.holder = holder
        self.backups = backups
        self.audit = audit
        self._lock = asyncio.Lock()  # the digest check, the write and the reload are one step

    @property
    def path(self) -> Path:
        return self.holder.path

    async def check(self) -> list[Problem]:
        """The problems of the file on disk, [] when it is valid."""
        return await asyncio.to_thread(check_file, self.path)

    async def reload(self) -> Reloaded:
        before = self.holder.current
        problems = await asyncio.to_thread(self.holder.reload)
        if problems:
            return Reloaded(tuple(problems), None)
        return Reloaded((), summarize(before, self.holder.current))

    @staticmethod
    def check_upload_size(size: int, filename: str) -> None:
        """EditRefused for a file over the limit; callers that know the size can refuse before downloading."""
        if size > MAX_UPLOAD_BYTES:
            raise EditRefused(f"{filename} is {size / 1024:,.0f} KB; the limit is "
                              f"{MAX_UPLOAD_BYTES // 1024:,} KB. Nothing was changed.")

    async def prepare_upload(self, raw: bytes, filename: str) -> PendingEdit:
        self.check_upload_size(len(raw), filename)
        return await asyncio.to_thread(self._prepare_upload, raw, filename)

    async def read(self) -> bytes:
        """The file as it is on disk, for a moderator to download and edit."""
        try:
            return await asyncio.to_thread(self.path.read_bytes)
        except OSError as exc:
            raise EditRefused(f"{self.path.name} cannot be read: {exc.strerror or exc}") from None

    async def prepare_rollback(self, backup_name: str) -> PendingEdit:
        return await asyncio.to_thread(self._prepare_rollback, backup_name)

    async def prepare_alternate(self, entry_id: str, phrasing: str) -> PendingEdit:
        return await asyncio.to_thread(self._prepare_alternate, entry_id, phrasing)

    async def apply(self, edit: PendingEdit, actor: Actor) -> Applied:
        """Back up, write, reload and record `edit`; EditRefused if the file changed meanwhile."""
        async with self._lock:
            try:
                backup, problems = await asyncio.to_thread(self._write, edit)
            except OSError as exc:  # a read-only volume, a full disk, a file owned by someone else
                raise EditRefused(f"{self.path.name} could not be written ({exc.strerror or exc}); it is unchanged "
                                  "and the bot keeps the version in use. Check that the bot may write to "
                                  f"{self.path.parent} and to the backups directory.") from None
            await self.audit.record(actor, edit.action, edit.detail)
        if problems:  # validated already, so only a hand edit racing this write gets here
            raise EditRefused("the file was written but could not be loaded; the bot keeps the previous "
                              "version. Use rollback to restore the backup.", problems)
        return Applied(edit.summary, backup)

    def _prepare_upload(self, raw: bytes, filename: str) -> PendingEdit:
        base = file_digest(self.path)
        text = self._decode(raw, filename)
        return self._pending("upload", f"uploaded {filename}", text, filename, base)

    def _prepare_rollback(self, backup_name: str) -> PendingEdit:
        backup = self.backups.get(backup_name)
        if backup is None:
            raise EditRefused(f"there is no backup called {backup_name} any more; pick another.")
        base = file_digest(self.path)
        text = self._decode(backup.path.read_bytes(), backup.name)
        return self._pending("rollback", f"restored the backup of {backup.label()}", text, backup.name, base)

    def _prepare_alternate(self, entry_id: str, phrasing: str) -> PendingEdit:
        base = file_digest(self.path)
        try:
            text = read_text(self.path)
        except KnowledgeError as exc:
            raise EditRefused("faq.yaml cannot be read, so it cannot be edited.", exc.problems) from None
        try:
            new_text = add_alternate(text, entry_id, phrasing)
        except AlternateError as exc:
            raise EditRefused(str(exc)) from None
        return self._pending("accept", f"added the phrasing '{phrasing}' to {entry_id}", new_text,
                             self.path.name, base)

    def _write(self, edit: PendingEdit) -> tuple[Backup | None, list[Problem]]:
        if file_digest(self.path) != edit.base_digest:
            raise EditRefused("faq.yaml changed since this edit was prepared (someone else edited it). "
                              "Nothing was written; start again from the current file.")
        backup = self.backups.save(self.path)
        atomic_write(self.path, edit.text.encode("utf-8"))
        return backup, self.holder.reload()

    def _decode(self, raw: bytes, name: str) -> str:
        try:
            return decode(raw, name)
        except KnowledgeError as exc:
            raise EditRefused(f"{name} is not a text file faq.yaml could be. Nothing was changed.",
                              exc.problems) from None

    def _pending(self, action: str, detail: str, text: str, name: str, base: str | None) -> PendingEdit:
        try:
            knowledge = parse_knowledge(text, name)
        except KnowledgeError as exc:
            raise EditRefused(f"{name} has {len(exc.problems)} problem(s). Nothing was changed.",
                              exc.problems) from None
        return PendingEdit(action, detail, text, knowledge, summarize(self.holder.current, knowledge), base)

