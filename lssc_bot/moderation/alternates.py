"""Adding a phrasing to an entry's `alternates` while keeping the rest of the file as it was.

ruamel.yaml's round-trip mode keeps comments, key order and quoting, but not
every layout: it re-flows flow sequences that a moderator wrapped over several
lines (the shipped file's `aliases: [...]` and `synonyms`) onto one line. So
when the alternates are a block list, as in the shipped file, we only use
ruamel to find the last alternate and to quote the new phrasing, insert that
one line as text, and check by parsing that the result is the old data with
the phrasing appended. Other shapes (flow, empty or missing alternates) fall
back to a ruamel dump that matches the file's own indentation. The caller
validates the result before writing it.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ..knowledge.validate import comparable


class AlternateError(ValueError):
    """The phrasing cannot be added; the message says why."""


@dataclass(frozen=True)
class Indent:
    """ruamel.yaml's indent settings: `mapping`, `sequence` (to the item text), `offset` (to the dash)."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


_KEY_LINE = re.compile(r"^( *)[^\s#-][^:#]*:\s*(#.*)?$")
_DASH_LINE = re.compile(r"^( *)- ")
_ANY_LINE = re.compile(r"^( *)\S")


def detect_indent(text: str) -> Indent:
    """The indentation the file uses, from its first block mapping and block sequence."""
    mapping = offset = None
    lines = text.splitlines()
    for above, below in zip(lines, lines[1:]):
        key, dash, child = _KEY_LINE.match(above), _DASH_LINE.match(below), _ANY_LINE.match(below)
        if not key or not child:
            continue
        step = len(child.group(1)) - len(key.group(1))
        if dash and offset is None and step >= 0:
            offset = step
        elif not dash and mapping is None and step > 0:
            mapping = step
        if mapping is not None and offset is not None:
            break
    default = Indent()
    mapping = mapping or default.mapping
    offset = default.offset if offset is None else offset
    return Indent(mapping=mapping, sequence=offset + 2, offset=offset)


def _yaml(indent: Indent) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 16  # never re-wrap a moderator's long lines
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return yaml


def add_alternate(text: str, entry_id: str, phrasing: str) -> str:
    """`text` with `phrasing` appended to the alternates of entry `entry_id`.

    Raises AlternateError when the file cannot be edited this way, the entry is
    gone, or the entry already has the phrasing.
    """
    phrasing = " ".join(phrasing.split())
    if not phrasing:
        raise AlternateError("the phrasing is empty")
    yaml = _yaml(detect_indent(text))
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        raise AlternateError(f"faq.yaml cannot be read as YAML: {exc}") from None
    faqs = data.get("faqs") if isinstance(data, CommentedMap) else None
    entry = next((e for e in faqs or () if isinstance(e, CommentedMap) and e.get("id") == entry_id), None)
    if entry is None:
        raise AlternateError(f"there is no entry '{entry_id}' in faq.yaml any more")
    alternates = entry.get("alternates")
    if alternates is None:
        alternates = entry["alternates"] = CommentedSeq()
    if not isinstance(alternates, CommentedSeq):
        raise AlternateError(f"the alternates of '{entry_id}' are not a list")
    key = comparable(phrasing)
    if any(isinstance(p, str) and comparable(p) == key for p in [entry.get("question"), *alternates]):
        raise AlternateError(f"'{entry_id}' already has the phrasing '{phrasing}'")
    inserted = _insert_line(text, data, entry_id, alternates, phrasing)
    if inserted is not None:
        return inserted
    alternates.append(phrasing)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _plain(value: object) -> Any:
    """A ruamel round-trip value as plain dicts, lists and scalars, for comparing.

    `Any`, like `json.loads`: the result has the file's shape, and `_insert_line` only
    indexes into data whose shape `add_alternate` has already checked.
    """
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _item_line(phrasing: str) -> str | None:
    """`- phrasing` as a block sequence item, quoted only if YAML needs it; None if not one line."""
    yaml = YAML(typ="rt")
    yaml.width = 1 << 16
    out = io.StringIO()
    yaml.dump([phrasing], out)
    line = out.getvalue()
    if line.count("\n") != 1 or not line.startswith("- "):
        return None
    return line.rstrip("\n")


def _insert_line(
    text: str, data: CommentedMap, entry_id: str, alternates: CommentedSeq, phrasing: str
) -> str | None:
    """`text` with one `- phrasing` line added after the last block alternate, or None if that is not safe."""
    if not alternates or alternates.fa.flow_style():
        return None
    item = _item_line(phrasing)
    if item is None:
        return None
    lines = text.splitlines(keepends=True)
    last = alternates.lc.item(len(alternates) - 1)[0]
    first = alternates.lc.item(0)[0]
    dash = lines[first].find("-")
    if dash < 0 or lines[first][:dash].strip() or last >= len(lines):
        return None
    # Skip what belongs to the last item: lines indented past its dash (a
    # wrapped scalar, a comment), and blank lines inside it.
    end = last + 1
    probe = end
    while probe < len(lines):
        stripped = lines[probe].strip()
        if not stripped:
            probe += 1
            continue
        if len(lines[probe]) - len(lines[probe].lstrip(" ")) > dash:
            end = probe = probe + 1
            continue
        break
    newline = "\r\n" if lines[last].endswith("\r\n") else "\n"
    before = lines[:end]
    if not before[-1].endswith(("\n", "\r")):
        before[-1] += newline
    new = "".join([*before, " " * dash + item + newline, *lines[end:]])
    # The edit must read back as exactly the old data plus the new phrasing.
    expected = _plain(data)
    entry = next(e for e in expected["faqs"] if isinstance(e, dict) and e.get("id") == entry_id)
    entry["alternates"] = [*entry["alternates"], phrasing]
    try:
        got = _plain(YAML(typ="rt").load(new))
    except YAMLError:
        return None
    return new if got == expected else None
