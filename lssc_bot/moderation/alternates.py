"""Adding a phrasing to an entry's `alternates` while keeping the rest of the file as it was.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and block
scalars; we match the file's own indentation so that the only line that changes
is the one added. The caller validates the result before writing it.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

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
    alternates.append(phrasing)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()
