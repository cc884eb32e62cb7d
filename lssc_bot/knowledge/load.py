"""Reading faq.yaml: bytes -> text -> plain Python data, with the line of every value.

PyYAML's composer gives nodes that carry their position; we build the plain data
from those nodes ourselves so that every later check can point at a line. Dates
are kept as text (as JSON Schema and editors see them) and parsed by the validator.
"""
from __future__ import annotations

import errno
import operator
import os
import re
import stat
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import yaml
from yaml import MappingNode, ScalarNode, SequenceNode

from .problems import KnowledgeError, Problem, UnreadableFile, quoted

#: Files larger than this are refused before parsing (a real faq.yaml is ~100 KB).
MAX_FILE_BYTES = 5 * 1024 * 1024

Path_ = tuple[str | int, ...]

#: libyaml is several times faster; the pure-Python loader gives the same nodes
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SCALARS = yaml.constructor.SafeConstructor()


_STR = "tag:yaml.org,2002:str"
_SEQUENCE = "tag:yaml.org,2002:seq"
_MAPPING = "tag:yaml.org,2002:map"

_PATTERNS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = _SafeLoader.yaml_implicit_resolvers
#: The (tag, pattern) pairs PyYAML tries for a plain value, by its first character, in its order
_CANDIDATES = {first: tuple(found + _PATTERNS.get(None, [])) for first, found in _PATTERNS.items() if first is not None}
#: ...and for a value whose first character has none of its own
_ANYWHERE = tuple(_PATTERNS.get(None, []))


class _Loader(_SafeLoader):
    """The safe loader, resolving untagged values to the same tags with less work per value.

    The composer asks `resolve` for the tag of every untagged node (~24k in a 1,000-entry
    file), and PyYAML's generic version rebuilds its list of candidate patterns on each call.
    Here each first character's candidates are put together once, from the safe loader's
    patterns in PyYAML's order, so `yes`, `12`, `1.5`, `~` and `2026-12-01` get the tags the
    safe loader gives them. Nodes with an explicit tag (`!!str 12`) never reach `resolve`: the
    tag is kept as written. PyYAML's experimental path resolvers are not consulted; the safe
    loader has none.
    """

    # The composer calls these two around every node to track the path for path resolvers.
    # With none to track, builtins that ignore their arguments (and whose results are ignored)
    # stand in for two Python calls per node: ~2 ms of a 1,000-entry file's ~28 ms compose.
    descend_resolver = staticmethod(operator.is_)  # called as (parent, index)
    ascend_resolver = staticmethod(tuple)  # called with no arguments

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:  # plain (unquoted) text: the only kind whose tag depends on its value
                for tag, pattern in _CANDIDATES.get(value[:1], _ANYWHERE):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQUENCE if kind is SequenceNode else _MAPPING


@dataclass
class Parsed:
    """The file as plain data, and the YAML node tree it was built from.

    Positions are looked up in the node tree only when a problem is reported, so
    a valid file pays nothing for them.
    """

    data: Any
    file: str
    root: yaml.Node
    #: the text the nodes' marks count in, to point inside a value (`problem_in`)
    text: str = ""

    def node(self, path: Path_, *, key: bool = False) -> yaml.Node:
        """The node at `path` (its key node with `key=True`), or its nearest ancestor's."""
        node = self.root
        for i, step in enumerate(path):
            child: yaml.Node | None = None
            if isinstance(node, MappingNode):
                pair = next((p for p in node.value if isinstance(p[0], ScalarNode) and p[0].value == step), None)
                if pair is not None:
                    child = pair[0] if key and i == len(path) - 1 else pair[1]
            elif isinstance(node, SequenceNode) and isinstance(step, int) and step < len(node.value):
                child = node.value[step]
            if child is None:
                break
            node = child
        return node

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column (from 1) of `path`, or of its nearest ancestor."""
        return _mark(self.node(path, key=key))

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(line, col, message, self.file)

    def written(self, path: Path_) -> str:
        """The value at `path` as the file writes it: quotes, indentation, escapes and all."""
        node = self.node(path)
        return self.text[node.start_mark.index:node.end_mark.index]

    def problem_in(self, path: Path_, offset: int, message: str) -> Problem:
        """A problem at `offset` within `written(path)`: the very line and column of a typo in a long answer."""
        at = self.node(path).start_mark.index + offset
        return Problem(self.text.count("\n", 0, at) + 1, at - self.text.rfind("\n", 0, at), message, self.file)


def read_text(path: Path) -> str:
    """The file's text, or `UnreadableFile` with one clear line for files that cannot be faq.yaml.

    Only a regular file is read, and never more than the size limit allows: `/dev/zero` would
    otherwise fill the memory and a named pipe would wait for a writer for ever.
    """
    name = str(path)
    try:
        # O_NONBLOCK: opening a named pipe does not wait for a writer (we refuse it just after)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise UnreadableFile(name, _open_failure(exc)) from None
    try:
        info = os.fstat(fd)
        kind = info.st_mode
        if stat.S_ISDIR(kind):
            raise UnreadableFile(name, "is a directory, not a file")
        if not stat.S_ISREG(kind):
            raise UnreadableFile(name, "is not a regular file (a device, pipe or socket); give the path of a YAML file")
        raw = _read_at_most(fd, MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFile(name, f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise UnreadableFile(name, _too_big(max(len(raw), info.st_size)))
    return decode(raw, name)


def _read_at_most(fd: int, limit: int) -> bytes:
    """Up to `limit` bytes: a file that grows while it is read stops at the limit all the same."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _open_failure(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "file not found"
    if exc.errno == errno.ELOOP:
        return "is a symbolic link that loops (it leads back to itself), not a file"
    return f"cannot read the file: {exc.strerror or exc}"


def _too_big(size: int) -> str:
    return f"file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB"


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text from bytes; binary or non-UTF-8 content gives one clear problem."""
    if len(raw) > MAX_FILE_BYTES:
        raise KnowledgeError([Problem(0, 0, _too_big(len(raw)), name)])
    if b"\x00" in raw:
        raise KnowledgeError([Problem(0, 0, "is a binary file, not YAML text", name)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _position(raw, exc.start)
        raise KnowledgeError([Problem(line, col, "is not UTF-8 text (save it as UTF-8)", name)]) from None
    if not text.strip():
        raise KnowledgeError([Problem(0, 0, "file is empty", name)])
    return text


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    """Line and column (from 1, in characters as an editor counts them) of byte `offset`."""
    start = raw.rfind(b"\n", 0, offset) + 1
    before = raw[start:offset].decode("utf-8", errors="replace").removeprefix("\ufeff")
    return raw.count(b"\n", 0, offset) + 1, len(before) + 1


def parse_yaml(text: str, name: str) -> Parsed:
    """Plain data with marks; YAML syntax errors, bad values and duplicate keys are KnowledgeError."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise KnowledgeError([Problem(line, col, f"YAML syntax error: {detail}", name)]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, with no mark of its own
        line, col = _character_position(text, exc.character)
        raise KnowledgeError([Problem(line, col, f"YAML does not allow the character U+{exc.character:04X} "
                                                 "(a control character) here: delete it", name)]) from None
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(0, 0, f"YAML error: {exc}", name)]) from None
    if node is None:
        raise KnowledgeError([Problem(0, 0, "file is empty", name)])
    builder = _Builder(name, budget=len(text) + MIN_VALUE_BUDGET,
                       characters=len(text) + MIN_CHARACTER_BUDGET if _ANCHOR.search(text) else None)
    data = builder.build(node, depth=0)
    tags = _tag_problems(text, name)
    tagged = {(t.line, t.col) for t in tags}  # a tag the builder could not build with: said once, as a tag
    problems = [*tags, *(p for p in builder.problems if (p.line, p.col) not in tagged)]
    if problems:
        raise KnowledgeError(problems)
    return Parsed(data=data, file=name, root=node, text=text)


#: Where a tag (`!!int`, `!mine`) could start: a file without one skips `_tag_problems`'s events
_TAG = re.compile(r"(?:^|[\s\[{,:])!", re.MULTILINE)
_STANDARD = "tag:yaml.org,2002:"


def _tag_problems(text: str, name: str) -> list[Problem]:
    """A problem at every tag written in the file (`!!str 12`, `!!python/object/apply:...`).

    faq.yaml needs none, and a tag can make a value something no check expects. The node tree
    does not say which tags were written, so the parser's events are read again, but only for a
    file where a tag could start (they cost half a compose).
    """
    if not _TAG.search(text):
        return []
    problems = []
    for event in yaml.parse(text, Loader=_SafeLoader):
        tag = getattr(event, "tag", None)
        if tag is not None:
            written = "!!" + tag.removeprefix(_STANDARD) if tag.startswith(_STANDARD) else tag
            mark = event.start_mark
            problems.append(Problem(mark.line + 1 if mark else 0, mark.column + 1 if mark else 0,
                                    f"YAML tag {quoted(written)}: faq.yaml uses no tags; remove it (to keep "
                                    "a number or yes/no as text, put it in quotes)", name))
    return problems


def _character_position(text: str, character: int) -> tuple[int, int]:
    """Line and column of the first `character` in `text`: the reader stops at the first it refuses
    (libyaml's own position counts bytes, PyYAML's characters, so neither is used)."""
    offset = text.find(chr(character))
    if offset < 0:
        return 0, 0
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _children(node: yaml.Node) -> list[yaml.Node]:
    """A list's items, or a mapping's keys and values."""
    return node.value if isinstance(node, SequenceNode) else list(chain.from_iterable(node.value))


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_AS_TEXT = frozenset({_STR, "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary",
                      # a bare `<<` or `=`: YAML 1.1 merge and value keys, which faq.yaml has no use
                      # for; as text a key `<<` is reported as an unknown key like any other
                      "tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"})

#: Aliases (`*name`) repeat a value without repeating its text, so a few lines can stand for
#: billions of values ("billion laughs"). A file may hold at most one value per character of
#: its text plus this many: far more than any real use of aliases (a sources list reused by
#: every entry), far less than it takes to hang the loader.
MIN_VALUE_BUDGET = 100_000
#: The same for characters: a long text repeated through aliases is one value each time, yet
#: every later check (and the memory) pays for all its characters. What aliases repeat may add
#: at most the file's own length plus this many characters.
MIN_CHARACTER_BUDGET = 1_000_000
#: Where an anchor (`&name`) could start: no alias can repeat anything in a file without one, and
#: then the builder does not look for repeats, so such a file pays nothing for the look. Text such
#: as "Q &A" in an answer matches too; that only costs the look.
_ANCHOR = re.compile(r"(?:^|[\s\[{,:])&[^\s\[\]{},]", re.MULTILINE)
#: The tags a collection may have: untagged ones get these (any other is written in the file)
_COLLECTIONS = frozenset({_SEQUENCE, _MAPPING})


class _Builder:
    """Plain data from the node tree, collecting problems rather than stopping at the first."""

    def __init__(self, file: str, budget: int, characters: int | None) -> None:
        """`characters`: how many characters aliases may repeat; None when the file has no anchor."""
        self.file = file
        self.problems: list[Problem] = []
        self._left = budget
        self._characters_left = characters or 0
        self._aliases = characters is not None
        #: ids of every node met so far: a node met again is repeated by an alias (`*name`)
        self._seen: set[int] = set()
        self._over_budget = False

    def _problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(*_mark(node), message, self.file))

    def build(self, node: yaml.Node, depth: int) -> Any:
        if depth > 50:  # a self-referencing anchor (`&x [*x]`) would otherwise recurse for ever
            self._problem(node, "nesting is too deep (recursive YAML alias?)")
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        if node.tag not in _COLLECTIONS:  # `!!python/object/apply:...` on a list: nothing to build it with
            self._problem(node, f"unknown YAML tag {quoted(node.tag)}: remove it (faq.yaml needs no tags)")
            return None
        self._left -= len(node.value)
        if self._left < 0 or (self._aliases and not self._charge_repeats(node)):
            if not self._over_budget:  # report it once, where a budget ran out
                self._over_budget = True
                self._problem(node, "this anchored value is repeated too many times through aliases (*name); write the values out")
            return None
        # Text is most of the nodes: items that are text within the depth limit are taken here
        # rather than in a call each (a third of the build's time).
        text_items = depth < 50
        if isinstance(node, SequenceNode):
            return [item.value if text_items and item.tag == _STR and isinstance(item, ScalarNode)
                    else self.build(item, depth + 1) for item in node.value]
        out: dict[Any, Any] = {}
        key_nodes: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self._problem(key_node, "mapping keys must be plain words")
            elif key in out:
                first = _mark(key_nodes[key])[0]
                self._problem(key_node, f"duplicate key {quoted(key)} (first given on line {first})")
            else:
                key_nodes[key] = key_node
                out[key] = (value_node.value if text_items and value_node.tag == _STR and isinstance(value_node, ScalarNode)
                            else self.build(value_node, depth + 1))
        return out

    def _charge_repeats(self, node: yaml.Node) -> bool:
        """False once aliases have repeated more characters than allowed.

        Most collections have no alias in them: one set update (in C) tells so. One that has is
        charged for all its children (a text its characters, a list or mapping its items): a little
        more than the repeats alone, which keeps this to one pass, and a real file is far below the
        budget even so.
        """
        children = _children(node)
        before = len(self._seen)
        self._seen.update(map(id, children))
        if len(self._seen) - before == len(children):
            return True
        self._characters_left -= sum(len(child.value) for child in children)
        return self._characters_left >= 0

    def scalar(self, node: ScalarNode) -> Any:
        """Text, dates and binary as written (the validator parses and range-checks dates); others constructed."""
        if node.tag in _AS_TEXT:
            return node.value
        try:
            return _SCALARS.construct_object(node)
        except yaml.constructor.ConstructorError:  # a tag of its own (`!foo`): nothing to build it with
            self._problem(node, f"unknown YAML tag {quoted(node.tag)}: remove it and write the value as plain text")
        except Exception:  # an explicit tag the value does not fit (`!!int abc`, `!!int ''`): PyYAML's
            # constructors then raise whatever the text trips over (ValueError, KeyError, IndexError...)
            tag = node.tag.rsplit(":", 1)[-1]
            self._problem(node, f"{quoted(node.value)} is not a valid {tag} (remove the !!{tag} tag to write it as text)")
        return None
