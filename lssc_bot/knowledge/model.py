"""The knowledge base as immutable values: built once per load, swapped whole on reload."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class CompetencySet:
    name: str
    aliases: tuple[str, ...]
    required: bool
    #: everyday words for what the set is about, which name it only in a course's description
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fees:
    non_member: float
    member: float


@dataclass(frozen=True)
class CourseApproval:
    """What a course provider pays to have a course approved (candidates do not pay it)."""

    fee_per_course: float
    approved_years: int
    renewal_fee: float


@dataclass(frozen=True)
class Eligibility:
    education: str
    experience_hours: int
    experience_window_years: int


@dataclass(frozen=True)
class Renewal:
    every_years: int
    contact_hours: int
    technology_hours: int
    window_months_before: int
    grace_months: int


@dataclass(frozen=True)
class ContactHourEquivalents:
    minutes_per_hour: int
    semester_credit: int
    quarter_credit: int
    conference_day: int


@dataclass(frozen=True)
class Reminders:
    """When the bot reminds people who opted in: months counted back from a date (0 = that month)."""

    finish_months_before: tuple[int, ...]
    expiry_months_before: tuple[int, ...]
    grace_end_months_before: tuple[int, ...]
    #: the entry a renewal reminder's button opens
    renewal_entry: str


@dataclass(frozen=True)
class Program:
    """The LSSC rule set: what the calculators compute with and the answers quote."""

    name: str
    abbreviation: str
    designation: str
    administrator: str
    url: str
    email: str
    sets: tuple[CompetencySet, ...]
    electives_needed: int
    fees: Fees
    eligibility: Eligibility
    completion_years: int
    acceptance_days: int
    course_age_years: int
    renewal: Renewal
    contact_hours: ContactHourEquivalents
    reminders: Reminders
    #: every value an answer can quote, by placeholder name ("fees.member" -> 325)
    values: Mapping[str, str | int | float] = field(repr=False)
    #: course providers' fees, when the file gives them
    course_approval: CourseApproval | None = None

    @property
    def required_sets(self) -> tuple[CompetencySet, ...]:
        return tuple(s for s in self.sets if s.required)

    @property
    def elective_sets(self) -> tuple[CompetencySet, ...]:
        return tuple(s for s in self.sets if not s.required)

    @property
    def sets_needed(self) -> int:
        return len(self.required_sets) + self.electives_needed

    def set_named(self, name: str) -> CompetencySet:
        return next(s for s in self.sets if s.name == name)


@dataclass(frozen=True)
class Entry:
    """One FAQ entry; `answer` has its placeholders filled in."""

    id: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    verified: date | None
    #: the answer as written in the file, before placeholders are filled
    template: str = field(repr=False)
    #: line of the entry in the file, for moderators' messages
    line: int = 0

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.question, *self.alternates)


@dataclass(frozen=True, eq=False)
class Knowledge:
    """Everything the bot knows. Compared by identity: each load is a new knowledge base."""

    version: int
    verified: date
    program: Program
    synonyms: tuple[tuple[str, ...], ...]
    entries: tuple[Entry, ...]
    source: str
    #: the file's text as loaded, to tell whether a file on disk is this version
    text: str = field(repr=False)

    @property
    def digest(self) -> str:
        """sha256 of the file's text, to tell versions apart in logs; worked out on first use, as
        nothing else needs it (on a 1,000-entry file it is a fortieth of the load)."""
        digest = self.__dict__.get("_digest")
        if digest is None:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "_digest", digest)
        return digest

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    @property
    def _by_id(self) -> Mapping[str, Entry]:
        cache = self.__dict__.get("_by_id_cache")
        if cache is None:
            cache = {e.id: e for e in self.entries}
            object.__setattr__(self, "_by_id_cache", cache)
        return cache

    @property
    def tags(self) -> tuple[str, ...]:
        """Every tag in use, in first-use order."""
        return tuple(dict.fromkeys(t for e in self.entries for t in e.tags))
