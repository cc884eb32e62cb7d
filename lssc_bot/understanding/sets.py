"""Which competency sets a message says are done (or not done).

People name sets every way: canonical names, the aliases in faq.yaml, single
distinctive words ("the supervision one", "youth"), groups ("all three required
ones", "everything except tech") and negations ("haven't started technology",
"none of the required ones", "no electives yet"). A message is read clause by
clause; in a negated clause the sets named are *not* done.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from ..knowledge import Knowledge, Program
from .normalise import STOPWORDS, PhraseTable, clean, stem, words

#: Words of set names too generic to name a set on their own.
_GENERIC = STOPWORDS | frozenset(stem(w) for w in (
    "library", "services", "information", "adult", "set", "course", "class", "one", "cat", "intro"))

_CLAUSE = re.compile(r"[.,;:!?()\[\]/+]|\b(?:but|however|although|though|while|whereas)\b")
_EXCEPT = re.compile(r"\b(?:except(?: for)?|other than|apart from|besides|all but|but not)\b")
_NEGATION = re.compile(r"\b(?:not|no|none|never|without|nothing|yet to|neither|nor)\b")
#: "...and nothing else" closes a list; it does not negate it.
_NOTHING_ELSE = re.compile(r"\b(?:and )?(?:nothing|none) (?:else|more|besides)\b|\bthat is it\b|\bthat is all\b")
_NOTHING = re.compile(
    r"\b(?:none(?: yet| so far)?|nothing(?: yet| so far)?|just (?:starting|started|beginning)|"
    r"(?:have|did|has) not (?:\w+ ){0,2}(?:any|anything|started)|not (?:taken|done|started|completed|finished) any|"
    r"zero|no (?:sets|courses|classes)|starting out|brand new|new to this|not started)\b")
_ALL = re.compile(r"\b(?:everything|all of them|all (?:six|6|the sets|sets|the courses|ten|10))\b")
_REQUIRED = re.compile(r"\b(?:all|the|both)? ?(?:three|3)? ?(?:required|core|mandatory)(?: ones| sets| courses)?\b")
_ALL_REQUIRED = re.compile(r"\b(?:all|the) (?:three|3) (?:required|core|mandatory)|\ball (?:the )?(?:required|core|mandatory)")

#: A token marker substituted for each set mention, so leftover words can be counted.
_MARK = "\x00"


@dataclass(frozen=True)
class SetMentions:
    #: sets the message says are done, canonical names, in program order
    completed: tuple[str, ...]
    #: sets the message says are not done
    not_done: tuple[str, ...]
    #: the message says no set is done yet ("none yet", "haven't taken any")
    nothing: bool
    #: words left once set names, cue words and stopwords are taken out
    leftover: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.completed or self.not_done or self.nothing)


@dataclass(frozen=True)
class SetNames:
    """Every way of naming each set, as token sequences, for one program."""

    program: Program
    table: PhraseTable

    @classmethod
    def build(cls, program: Program) -> SetNames:
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        word_owners: dict[str, set[str]] = {}
        for cset in program.sets:
            for name in (cset.name, *cset.aliases):
                key = tuple(stem(w) for w in words(name))
                table.setdefault(key, (_MARK + cset.name,))
                for w in key:
                    word_owners.setdefault(w, set()).add(cset.name)
        for w, owners in word_owners.items():
            if len(owners) == 1 and w not in _GENERIC and (w,) not in table:
                table[(w,)] = (_MARK + next(iter(owners)),)
        return cls(program, PhraseTable.of(table))

    def in_order(self, names: Iterable[str]) -> tuple[str, ...]:
        chosen = set(names)
        return tuple(s.name for s in self.program.sets if s.name in chosen)

    def find(self, text: str) -> list[str]:
        """Set names mentioned in `text` (a clause), in the order they appear."""
        return [t[1:] for t in self._marked(text) if t.startswith(_MARK)]

    def _marked(self, text: str) -> list[str]:
        return self.table.apply([stem(w) for w in words(text)])

    def read(self, message: str, ignore: frozenset[str] = frozenset()) -> SetMentions:
        """What `message` says is done and not done.

        `ignore` lists stemmed cue words that do not count as leftover.
        """
        text = clean(message)
        done: set[str] = set()
        not_done: set[str] = set()
        nothing = bool(_NOTHING.search(text))
        leftover: list[str] = []
        everything = [s.name for s in self.program.sets]
        required = [s.name for s in self.program.required_sets]
        for clause in _CLAUSE.split(text):
            if not clause or not clause.strip():
                continue
            head, *rest = _EXCEPT.split(clause, maxsplit=1)
            excepted = rest[0] if rest else ""
            named = self.find(head)
            negated = bool(_NEGATION.search(_NOTHING_ELSE.sub(" ", head)))
            group: list[str] = []
            if _ALL.search(head):
                group = everything
            elif _ALL_REQUIRED.search(head):
                group = required
            elif negated and _REQUIRED.search(head):
                group = required
            (not_done if negated else done).update(named + (group if not negated else []))
            if excepted:
                not_done.update(self.find(excepted))
            leftover += [t for t in self._marked(head + " " + excepted)
                         if not t.startswith(_MARK) and t not in ignore]
        done -= not_done
        return SetMentions(self.in_order(done), self.in_order(not_done), nothing and not done,
                           tuple(leftover))


_CACHE: weakref.WeakKeyDictionary[Knowledge, SetNames] = weakref.WeakKeyDictionary()


def set_names(knowledge: Knowledge) -> SetNames:
    """The set names of this knowledge value, built once (keyed by identity, like the index)."""
    names = _CACHE.get(knowledge)
    if names is None:
        names = _CACHE[knowledge] = SetNames.build(knowledge.program)
    return names
