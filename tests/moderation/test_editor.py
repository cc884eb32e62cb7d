from __future__ import annotations

from pathlib import Path

import pytest

from lssc_bot.answer import answer, entry_answer
from lssc_bot.moderation.editor import MAX_UPLOAD_BYTES, Actor, EditRefused, FaqEditor

from .conftest import MemoryAudit, with_fees

ALICE = Actor(1, "alice")


def fee_text(editor: FaqEditor) -> str:
    """The fees entry's answer from the version in use (it quotes both fees)."""
    return entry_answer(editor.holder.current, "fees", "fees?").text


async def test_upload_confirm_backs_up_writes_reloads_and_audits(editor: FaqEditor, faq_path: Path,
                                                          shipped_text: str, audit: MemoryAudit) -> None:
    edit = await editor.prepare_upload(with_fees(shipped_text, 350, 330).encode(), "faq.yaml")
    assert [str(v) for v in edit.summary.values] == ["fees.member: 325 -> 330"]
    assert "$325" in fee_text(editor)  # nothing changes before the confirm
    applied = await editor.apply(edit, ALICE)
    assert "$330" in fee_text(editor)
    assert faq_path.read_text() == with_fees(shipped_text, 350, 330)
    assert applied.backup is not None and applied.backup.path.read_text() == shipped_text
    assert audit.entries == [(ALICE, "upload", "uploaded faq.yaml")]


@pytest.mark.parametrize(("raw", "message", "where"), [
    (b"faqs: [unclosed", "problem", "2:1"),
    (b"\xff\xfe not utf-8", "not a text file", "1:1"),  # the column of the first byte that is not UTF-8
    (b"version: 1\n", "problem", "1:1"),
])
async def test_invalid_uploads_are_refused_with_line_col_and_nothing_written(
        editor: FaqEditor, faq_path: Path, shipped_text: str, raw: bytes, message: str, where: str) -> None:
    with pytest.raises(EditRefused, match=message) as refused:
        await editor.prepare_upload(raw, "upload.yaml")
    assert refused.value.problems
    assert any(f"upload.yaml:{where}" in str(p) for p in refused.value.problems), refused.value.problems
    assert faq_path.read_text() == shipped_text
    assert editor.backups.list() == []


async def test_a_validation_problem_points_at_its_line(editor: FaqEditor, shipped_text: str) -> None:
    bad = shipped_text.replace("{fees.member}", "{fees.members}")
    with pytest.raises(EditRefused) as refused:
        await editor.prepare_upload(bad.encode(), "faq.yaml")
    lines = bad.splitlines()
    uses = [i for i, text in enumerate(lines) if "{fees.members}" in text]
    assert uses
    # each problem points at the line of the typo itself, not at its entry's `answer:` key
    assert [p.line for p in refused.value.problems] == [i + 1 for i in uses]
    assert all("unknown placeholder {fees.members}" in p.message for p in refused.value.problems)


async def test_oversized_upload_is_refused_unread(editor: FaqEditor) -> None:
    with pytest.raises(EditRefused, match="the limit is 1,024 KB"):
        await editor.prepare_upload(b"#" * (MAX_UPLOAD_BYTES + 1), "big.yaml")


async def test_confirm_is_refused_when_the_file_changed_meanwhile(editor: FaqEditor, faq_path: Path,
                                                           shipped_text: str, audit: MemoryAudit) -> None:
    edit = await editor.prepare_upload(with_fees(shipped_text, 350, 330).encode(), "faq.yaml")
    faq_path.write_text(with_fees(shipped_text, 360, 335))  # a hand edit in between
    with pytest.raises(EditRefused, match="changed since"):
        await editor.apply(edit, ALICE)
    assert faq_path.read_text() == with_fees(shipped_text, 360, 335)
    assert audit.entries == []


async def test_rollback_restores_a_backup_and_backs_up_the_current_file(editor: FaqEditor, faq_path: Path,
                                                                 shipped_text: str) -> None:
    await editor.apply(await editor.prepare_upload(with_fees(shipped_text, 350, 330).encode(), "faq.yaml"), ALICE)
    (backup,) = editor.backups.list()
    edit = await editor.prepare_rollback(backup.name)
    assert [str(v) for v in edit.summary.values] == ["fees.member: 330 -> 325"]
    await editor.apply(edit, ALICE)
    assert faq_path.read_text() == shipped_text
    assert "$325" in fee_text(editor)
    assert editor.backups.list()[0].path.read_text() == with_fees(shipped_text, 350, 330)


async def test_an_invalid_backup_is_not_restored(editor: FaqEditor, faq_path: Path, shipped_text: str) -> None:
    faq_path.write_text("version: [broken")
    backup = editor.backups.save(faq_path)
    faq_path.write_text(shipped_text)
    with pytest.raises(EditRefused, match="problem"):
        await editor.prepare_rollback(backup.name)
    with pytest.raises(EditRefused, match="no backup called"):
        await editor.prepare_rollback("faq-nope.yaml")
    assert faq_path.read_text() == shipped_text


async def test_accepting_a_phrasing(editor: FaqEditor, faq_path: Path, shipped_text: str, audit: MemoryAudit) -> None:
    await editor.apply(await editor.prepare_alternate("fees", "what do I pay"), ALICE)
    assert answer(editor.holder.current, "what do I pay").topic == "fees"
    assert faq_path.read_text().count("\n") == shipped_text.count("\n") + 1
    assert audit.entries == [(ALICE, "accept", "added the phrasing 'what do I pay' to fees")]


async def test_a_phrasing_of_another_entry_is_refused_with_the_reason(editor: FaqEditor, faq_path: Path,
                                                               shipped_text: str) -> None:
    with pytest.raises(EditRefused) as refused:
        await editor.prepare_alternate("fees", editor.holder.current.entry("what-is-lssc").alternates[0])
    assert "also in entry 'what-is-lssc'" in refused.value.problems[0].message
    assert faq_path.read_text() == shipped_text


async def test_check_and_reload(editor: FaqEditor, faq_path: Path, shipped_text: str) -> None:
    assert await editor.check() == []
    assert (await editor.reload()).summary.empty
    faq_path.write_text(shipped_text.replace("version: 1", "version: one"))
    assert await editor.check() and (await editor.reload()).problems
    assert "$325" in fee_text(editor)  # still the last good version
    faq_path.write_text(with_fees(shipped_text, 350, 330))
    assert [str(v) for v in (await editor.reload()).summary.values] == ["fees.member: 325 -> 330"]


@pytest.mark.parametrize("failing", ["atomic_write", "backup"])
async def test_a_file_that_cannot_be_written_is_a_refusal_not_a_crash(
        editor: FaqEditor, faq_path: Path, shipped_text: str, audit: MemoryAudit, monkeypatch, failing: str) -> None:
    """A read-only volume used to raise PermissionError out of apply: the Confirm click then showed nothing."""
    import lssc_bot.moderation.editor as editor_module

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    if failing == "atomic_write":
        monkeypatch.setattr(editor_module, "atomic_write", refuse)
    else:
        monkeypatch.setattr(editor.backups, "save", refuse)
    edit = await editor.prepare_upload(with_fees(shipped_text, 350, 330).encode(), "faq.yaml")
    with pytest.raises(EditRefused, match="could not be written \\(Permission denied\\)"):
        await editor.apply(edit, ALICE)
    assert faq_path.read_text() == shipped_text
    assert "$325" in fee_text(editor)
    assert audit.entries == []
