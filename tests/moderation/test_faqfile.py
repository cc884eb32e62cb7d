from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lssc_bot.moderation import faqfile
from lssc_bot.moderation.faqfile import Backups, atomic_write, file_digest, remove_stale_temporaries


def test_atomic_write_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(b"old")
    path.chmod(0o644)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["faq.yaml"]  # no temporary file left


def test_atomic_write_failure_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(faqfile.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["faq.yaml"]


def test_file_digest(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    assert file_digest(path) is None
    path.write_bytes(b"a")
    first = file_digest(path)
    path.write_bytes(b"b")
    assert first != file_digest(path)


def test_backups_are_listed_newest_first_and_rotated_to_the_last_20(tmp_path: Path) -> None:
    source = tmp_path / "faq.yaml"
    backups = Backups(tmp_path / "backups")
    start = datetime(2026, 12, 1, 7, 0, tzinfo=timezone.utc)
    for i in range(25):
        source.write_text(f"version {i}")
        backups.save(source, now=start + timedelta(minutes=i))
    kept = backups.list()
    assert len(kept) == 20
    assert kept[0].path.read_text() == "version 24"
    assert kept[-1].path.read_text() == "version 5"
    assert kept[0].label() == "2026-12-01 07:24:00 UTC"
    assert len(os.listdir(tmp_path / "backups")) == 20


def test_backup_of_missing_file_is_none_and_unknown_names_are_not_found(tmp_path: Path) -> None:
    backups = Backups(tmp_path / "backups")
    assert backups.save(tmp_path / "faq.yaml") is None
    assert backups.list() == []
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "notes.txt").write_text("not a backup")
    assert backups.list() == []
    assert backups.get("../faq.yaml") is None


def test_stale_temporaries_from_an_interrupted_write_are_removed(tmp_path):
    target = tmp_path / "faq.yaml"
    target.write_text("version: 1\n")
    leftover = tmp_path / ".faq.yaml.abc123.tmp"
    leftover.write_text("half a fi")
    unrelated = tmp_path / ".other.yaml.x.tmp"
    unrelated.write_text("keep")
    assert remove_stale_temporaries(target) == [leftover]
    assert not leftover.exists() and unrelated.exists() and target.read_text() == "version: 1\n"
