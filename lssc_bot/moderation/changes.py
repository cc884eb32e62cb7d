"""What an edit changes, in the words a moderator checks before confirming it."""
from __future__ import annotations

from dataclasses import dataclass

from ..knowledge import Entry, Knowledge
from ..knowledge.placeholders import format_value

#: The fields of an entry a moderator edits, compared as written in the file.
_ENTRY_FIELDS = ("question", "alternates", "template", "sources", "tags", "verified")
_FIELD_LABELS = {"template": "answer"}
_VALUE_CHARS = 60


@dataclass(frozen=True)
class ValueChange:
    name: str
    old: str | int | float | None
    new: str | int | float | None

    def __str__(self) -> str:
        return f"{self.name}: {_show(self.old)} -> {_show(self.new)}"


@dataclass(frozen=True)
class ChangeSummary:
    added: tuple[str, ...]
    removed: tuple[str, ...]
    #: entry id -> the fields that differ, e.g. ("answer", "alternates")
    changed: tuple[tuple[str, tuple[str, ...]], ...]
    values: tuple[ValueChange, ...]
    #: file-level changes: version, verified date, synonyms
    other: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.values or self.other)

    def lines(self) -> list[str]:
        if self.empty:
            return ["no changes: the content is the same as the version in use"]
        out = []
        if self.added:
            out.append(f"entries added ({len(self.added)}): {', '.join(self.added)}")
        if self.changed:
            out.append(f"entries changed ({len(self.changed)}): "
                       + ", ".join(f"{eid} ({', '.join(fields)})" for eid, fields in self.changed))
        if self.removed:
            out.append(f"entries removed ({len(self.removed)}): {', '.join(self.removed)}")
        out += [f"rule value {change}" for change in self.values]
        out += list(self.other)
        return out


def summarize(old: Knowledge, new: Knowledge) -> ChangeSummary:
    old_entries = {e.id: e for e in old.entries}
    new_entries = {e.id: e for e in new.entries}
    changed = tuple(
        (eid, fields)
        for eid, entry in new_entries.items()
        if eid in old_entries and (fields := _entry_diff(old_entries[eid], entry))
    )
    old_values, new_values = old.program.values, new.program.values
    values = tuple(
        ValueChange(name, old_values.get(name), new_values.get(name))
        for name in dict.fromkeys([*old_values, *new_values])
        if old_values.get(name) != new_values.get(name)
    )
    other = []
    if old.version != new.version:
        other.append(f"version: {old.version} -> {new.version}")
    if old.verified != new.verified:
        other.append(f"verified: {old.verified} -> {new.verified}")
    if old.synonyms != new.synonyms:
        other.append("synonyms changed")
    return ChangeSummary(
        added=tuple(eid for eid in new_entries if eid not in old_entries),
        removed=tuple(eid for eid in old_entries if eid not in new_entries),
        changed=changed,
        values=values,
        other=tuple(other),
    )


def _entry_diff(old: Entry, new: Entry) -> tuple[str, ...]:
    return tuple(_FIELD_LABELS.get(f, f) for f in _ENTRY_FIELDS if getattr(old, f) != getattr(new, f))


def _show(value: str | int | float | None) -> str:
    if value is None:
        return "(none)"
    text = format_value(value).replace("\n", " / ")
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"
