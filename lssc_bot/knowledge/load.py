"""Reading faq.yaml: bytes -> text -> plain Python data, with the line of every value.

PyYAML's composer gives nodes that carry their position; we build the plain data
from those nodes ourselves so that every later check can point at a line. Dates
are kept as text (as JSON Schema and editors see them) and parsed by the validator.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import KnowledgeError, Problem

#: Files larger than this are refused before parsing (a real faq.yaml is ~100 KB).
MAX_FILE_BYTES = 5 * 1024 * 1024

Path_ = tuple[str | int, ...]

try:  # libyaml is several times faster; the pure-Python loader gives the same nodes
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

_SCALARS = yaml.constructor.SafeConstructor()


@dataclass
class Parsed:
    """The file as plain data, plus where each value (and each mapping key) starts."""

    data: Any
    file: str
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column of `path`, or of its nearest ancestor that has one."""
        table = self.key_marks if key else self.marks
        if key and path in table:
            return table[path]
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (0, 0))

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(line, col, message, self.file)


def read_text(path: Path) -> str:
    """The file's text, or KnowledgeError with one clear line for unreadable files."""
    name = str(path)

    def fail(message: str) -> KnowledgeError:
        return KnowledgeError([Problem(0, 0, message, name)])

    if not path.exists():
        raise fail("file not found")
    if path.is_dir():
        raise fail("is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise fail(f"file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read the file: {exc.strerror or exc}") from None
    return decode(raw, name)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text from bytes; binary or non-UTF-8 content gives one clear problem."""
    if len(raw) > MAX_FILE_BYTES:
        raise KnowledgeError([Problem(0, 0, f"file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB", name)])
    if b"\x00" in raw:
        raise KnowledgeError([Problem(0, 0, "is a binary file, not YAML text", name)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KnowledgeError([Problem(line, 0, "is not UTF-8 text (save it as UTF-8)", name)]) from None
    if not text.strip():
        raise KnowledgeError([Problem(0, 0, "file is empty", name)])
    return text


def parse_yaml(text: str, name: str) -> Parsed:
    """Plain data with marks; YAML syntax errors and duplicate keys are KnowledgeError."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise KnowledgeError([Problem(line, col, f"YAML syntax error: {detail}", name)]) from None
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(0, 0, f"YAML error: {exc}", name)]) from None
    if node is None:
        raise KnowledgeError([Problem(0, 0, "file is empty", name)])
    parsed = Parsed(data=None, file=name)
    problems: list[Problem] = []
    parsed.data = _build(node, (), parsed, problems, depth=0)
    if problems:
        raise KnowledgeError(problems)
    return parsed


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: yaml.Node, path: Path_, parsed: Parsed, problems: list[Problem], depth: int) -> Any:
    if depth > 50:  # guards against alias bombs and self-referencing anchors
        line, col = _mark(node)
        problems.append(Problem(line, col, "nesting is too deep (recursive YAML alias?)", parsed.file))
        return None
    parsed.marks[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                line, col = _mark(key_node)
                problems.append(Problem(line, col, "mapping keys must be plain words", parsed.file))
                continue
            if key in out:
                line, col = _mark(key_node)
                first = parsed.key_marks[path + (key,)][0]
                problems.append(Problem(line, col, f"duplicate key '{key}' (first given on line {first})", parsed.file))
                continue
            parsed.key_marks[path + (key,)] = _mark(key_node)
            out[key] = _build(value_node, path + (key,), parsed, problems, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), parsed, problems, depth + 1) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.tag == "tag:yaml.org,2002:str":  # most scalars: skip the generic constructor
        return node.value
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value  # kept as text: the validator parses and range-checks dates
    if node.tag == "tag:yaml.org,2002:binary":
        return node.value
    return _SCALARS.construct_object(node)
