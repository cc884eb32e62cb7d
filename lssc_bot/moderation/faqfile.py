"""Writing faq.yaml so that a crash never leaves half a file, and keeping backups.

`atomic_write` puts the bytes in a temporary file beside the target, fsyncs it,
renames it over the target (`os.replace` is atomic on one file system) and fsyncs
the directory so the rename itself survives a power cut. Readers - the bot's
watcher, an editor, git - see the old file or the new one, never a mix.
"""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

#: How many backups `Backups` keeps; older ones are deleted after each new one.
KEEP_BACKUPS = 20

_STAMP = "%Y%m%dT%H%M%S.%fZ"


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step, keeping the old file's permissions."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temporary files an interrupted `atomic_write` left beside `path` (e.g. after kill -9).

    Call only when no write can be under way (at start-up); returns what was removed.
    """
    stale = [p for p in path.parent.glob(f".{path.name}.*.tmp") if p.is_file()]
    for leftover in stale:
        leftover.unlink(missing_ok=True)
    return stale


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a directory
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_digest(path: Path) -> str | None:
    """sha256 of the file's bytes, or None when there is no file; tells if it changed under us."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class Backup:
    """One saved copy; `name` is the file name and sorts in time order."""

    path: Path
    taken: datetime

    @property
    def name(self) -> str:
        return self.path.name

    def label(self) -> str:
        return self.taken.strftime("%Y-%m-%d %H:%M:%S UTC")


class Backups:
    """Timestamped copies of the knowledge file in one directory, newest kept."""

    def __init__(self, directory: Path, *, keep: int = KEEP_BACKUPS) -> None:
        self.directory = directory
        self.keep = keep

    def save(self, source: Path, *, now: datetime | None = None) -> Backup | None:
        """Copy `source` into a new backup (None when there is no file to copy)."""
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            return None
        self.directory.mkdir(parents=True, exist_ok=True)
        taken = now or datetime.now(timezone.utc)
        path = self.directory / f"{source.stem}-{taken.strftime(_STAMP)}{source.suffix}"
        atomic_write(path, data)
        self._rotate()
        return Backup(path, taken)

    def list(self) -> list[Backup]:
        """The backups, newest first."""
        if not self.directory.is_dir():
            return []
        found = [b for b in map(self._parse, self.directory.iterdir()) if b is not None]
        return sorted(found, key=lambda b: b.taken, reverse=True)

    def get(self, name: str) -> Backup | None:
        """The backup called `name`; only names this class made are accepted."""
        return next((b for b in self.list() if b.name == name), None)

    def _rotate(self) -> None:
        for old in self.list()[self.keep:]:
            old.path.unlink(missing_ok=True)

    @staticmethod
    def _parse(path: Path) -> Backup | None:
        stem, _, stamp = path.stem.rpartition("-")
        if not stem or not path.is_file():
            return None
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
        except ValueError:
            return None
        return Backup(path, taken)
