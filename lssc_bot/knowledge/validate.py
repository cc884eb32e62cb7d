"""Checks beyond the schema, then the build of the immutable Knowledge value.

The schema settles structure and types; here we check what a schema cannot:
unique ids and phrasings, placeholders, answer lengths, aliases, real dates.
Every check runs, so a moderator sees every problem in one pass.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from . import placeholders
from .load import Parsed, Path_
from .model import (
    CompetencySet,
    ContactHourEquivalents,
    CourseApproval,
    Eligibility,
    Entry,
    Fees,
    Knowledge,
    Program,
    Reminders,
    Renewal,
)
from .problems import Problem, cut, quoted

#: Discord's embed description limit is 4096; leave room for the footer line.
MAX_ANSWER_CHARS = 4000


_PUNCTUATION = re.compile(r"[^\w\s]")
#: `_fold` for ASCII text as one table (NFKC leaves ASCII as it is)
_ASCII_FOLD = {i: " " if _PUNCTUATION.match(chr(i)) else chr(i).casefold() for i in range(128)}
#: Joins ASCII texts to fold them in one pass; the table keeps it as it is (whitespace, not punctuation)
_SEPARATOR = "\x1f"


def _fold(text: str) -> str:
    """NFKC, case folded, punctuation as spaces."""
    if text.isascii():
        return text.translate(_ASCII_FOLD)
    return _PUNCTUATION.sub(" ", unicodedata.normalize("NFKC", text).casefold())


def comparable(text: str) -> str:
    """Phrasings that differ only in case, spacing or punctuation count as the same."""
    return " ".join(_fold(text).split())


def comparables(texts: list[str]) -> list[str]:
    """`[comparable(t) for t in texts]`; ASCII texts (most files' phrasings) are folded in one pass."""
    joined = _SEPARATOR.join(texts)
    if not joined.isascii() or joined.count(_SEPARATOR) != len(texts) - 1:  # or a text has the separator
        return [comparable(text) for text in texts]
    return [" ".join(part.split()) for part in joined.translate(_ASCII_FOLD).split(_SEPARATOR)]


def _dicts(value: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[tuple[int, str]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, str)] if isinstance(value, list) else []


def _mapping(value: Any) -> dict[str, Any]:
    """`value` if it is a mapping, else an empty one: the checks run on any shape, the schema reports it."""
    return value if isinstance(value, dict) else {}


def placeholder_values(program: dict[str, Any]) -> dict[str, str | int | float]:
    """Every name an answer may quote: the program's scalars plus the derived `sets.*`."""
    values: dict[str, str | int | float] = dict(placeholders.flatten(program))
    sets = _mapping(program.get("competency_sets"))
    required = [s["name"] for _, s in _dicts(sets.get("required")) if isinstance(s.get("name"), str)]
    electives = [s["name"] for _, s in _dicts(sets.get("electives")) if isinstance(s.get("name"), str)]
    needed = program.get("electives_needed")
    values.update({
        "sets.required": placeholders.join_names(required),
        "sets.electives": placeholders.join_names(electives),
        "sets.required_list": "\n".join(f"- {n}" for n in required),
        "sets.electives_list": "\n".join(f"- {n}" for n in electives),
        "sets.required_count": len(required),
        "sets.electives_count": len(electives),
        "sets.total": len(required) + len(electives),
    })
    if isinstance(needed, int):
        values["sets.needed"] = len(required) + needed
    return values


@dataclass(frozen=True)
class Answers:
    """The answers with their placeholders filled, once per load for the checks and the build."""

    values: dict[str, str | int | float]
    #: entry index -> filled answer, for every answer whose placeholders all exist
    filled: dict[int, str]


def fill_answers(parsed: Parsed) -> Answers:
    """Every answer filled that can be; the answer check names what stops the others."""
    data = _mapping(parsed.data)
    values = placeholder_values(_mapping(data.get("program")))
    filled: dict[int, str] = {}
    for i, entry in _dicts(data.get("faqs")):
        answer = entry.get("answer")
        if isinstance(answer, str):
            try:
                filled[i] = placeholders.fill(answer, values)
            except KeyError:
                pass  # an unknown placeholder or a lone brace: the checks say which
    return Answers(values, filled)


def semantic_problems(parsed: Parsed, today: date, answers: Answers) -> Iterator[Problem]:
    data = _mapping(parsed.data)
    yield from _date_problems(parsed, data, today)
    yield from _alias_problems(parsed, _mapping(data.get("program")))
    entries = _dicts(data.get("faqs"))
    yield from _id_problems(parsed, entries)
    yield from _phrasing_problems(parsed, entries)
    for i, entry in entries:
        yield from _answer_problems(parsed, i, entry, answers)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_date(parsed: Parsed, path: Path_, value: Any, today: date) -> Iterator[Problem]:
    if not (isinstance(value, str) and _DATE.fullmatch(value)):
        return  # the schema reports the format
    try:
        when = date.fromisoformat(value)
    except ValueError:
        yield parsed.problem(path, f"{quoted(value)} is not a real date")
        return
    if when > today:
        yield parsed.problem(path, f"verified date {value} is in the future (today is {today.isoformat()})")


def _date_problems(parsed: Parsed, data: dict[str, Any], today: date) -> Iterator[Problem]:
    yield from _check_date(parsed, ("verified",), data.get("verified"), today)
    for i, entry in _dicts(data.get("faqs")):
        if "verified" in entry:
            yield from _check_date(parsed, ("faqs", i, "verified"), entry["verified"], today)


def _alias_problems(parsed: Parsed, program: dict[str, Any]) -> Iterator[Problem]:
    sets = _mapping(program.get("competency_sets"))
    claimed: dict[str, str] = {}
    for group in ("required", "electives"):
        for i, cset in _dicts(sets.get(group)):
            name = cset.get("name")
            if not isinstance(name, str):
                continue
            words: list[tuple[Path_, str]] = [(("program", "competency_sets", group, i, "name"), name)]
            words += [(("program", "competency_sets", group, i, "aliases", j), a) for j, a in _strings(cset.get("aliases"))]
            for path, word in words:
                key = comparable(word)
                owner = claimed.setdefault(key, name)
                if owner != name:
                    yield parsed.problem(path, f"alias {quoted(word)} is claimed by both {quoted(owner)} and {quoted(name)}")


def _id_problems(parsed: Parsed, entries: list[tuple[int, dict[str, Any]]]) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, entry in entries:
        entry_id = entry.get("id")
        if not isinstance(entry_id, str):
            continue
        if entry_id in seen:
            first = parsed.where(("faqs", seen[entry_id], "id"))[0]
            yield parsed.problem(("faqs", i, "id"), f"duplicate id {quoted(entry_id)} (first used on line {first})")
        else:
            seen[entry_id] = i


def _phrasing_problems(parsed: Parsed, entries: list[tuple[int, dict[str, Any]]]) -> Iterator[Problem]:
    # every phrasing's place (entry index, "question" or alternate index), compared all at once
    places: list[tuple[int, str | int]] = []
    texts: list[str] = []
    for i, entry in entries:
        if isinstance(entry.get("question"), str):
            places.append((i, "question"))
            texts.append(entry["question"])
        for j, alternate in _strings(entry.get("alternates")):
            places.append((i, j))
            texts.append(alternate)
    owner: dict[str, int] = {}
    entry_at = dict(entries)
    for (i, place), text, key in zip(places, texts, comparables(texts)):
        if not key:
            continue
        first = owner.setdefault(key, i)
        if first != i:
            path = ("faqs", i, place) if place == "question" else ("faqs", i, "alternates", place)
            yield parsed.problem(path, f"the phrasing {quoted(text)} is also in entry {quoted(_label(first, entry_at[first]))}; "
                                       "a phrasing can point to one entry only")


def _label(i: int, entry: dict[str, Any]) -> str:
    """The entry's id, or its place in the file when it has none."""
    entry_id = entry.get("id")
    return entry_id if isinstance(entry_id, str) else f"faqs[{i}]"


def _answer_problems(parsed: Parsed, i: int, entry: dict[str, Any], answers: Answers) -> Iterator[Problem]:
    answer = entry.get("answer")
    if not isinstance(answer, str):
        return
    path = ("faqs", i, "answer")
    if not answer.strip():
        return  # the schema reports an empty answer
    filled = answers.filled.get(i)
    if filled is None:  # fill() stopped at a placeholder it could not fill: name each one
        yield from _placeholder_problems(parsed, path, answer, answers.values)
    elif len(filled) > MAX_ANSWER_CHARS:
        yield parsed.problem(path, f"answer is {len(filled)} characters once filled; the limit is {MAX_ANSWER_CHARS} (Discord's embed limit)")


def _placeholder_problems(parsed: Parsed, path: Path_, answer: str, values: dict[str, Any]) -> Iterator[Problem]:
    found = list(placeholders.scan(answer))
    # the same placeholders, where the file writes them; only when folding or escapes changed
    # nothing between them (they match one for one) is each problem put at its own place
    in_file = list(placeholders.scan(parsed.written(path)))
    places = [offset for offset, _ in in_file] if [n for _, n in in_file] == [n for _, n in found] else None
    for i, (_, name) in enumerate(found):
        if name is None:
            message = "a lone '{' or '}' in the answer: write {{ or }} for a literal brace"
        elif name not in values:
            close = [n for n in values if n.endswith("." + name) or name in n][:3]
            hint = f" (did you mean {', '.join('{' + n + '}' for n in close)}?)" if close else ""
            message = f"unknown placeholder {{{cut(name)}}}{hint}"
        else:
            continue
        yield parsed.problem_in(path, places[i], message) if places else parsed.problem(path, message)


def build(parsed: Parsed, text: str, answers: Answers) -> Knowledge:
    """The Knowledge value; only called on data that passed every check."""
    data = parsed.data
    prog = data["program"]
    sets = tuple(
        CompetencySet(s["name"].strip(), tuple(a.strip() for a in s["aliases"]), required=(group == "required"),
                      about=tuple(a.strip() for a in s.get("about", ())))
        for group in ("required", "electives")
        for s in prog["competency_sets"][group]
    )
    program = Program(
        name=prog["name"],
        abbreviation=prog["abbreviation"],
        designation=prog["designation"],
        administrator=prog["administrator"],
        url=prog["url"],
        email=prog["email"],
        sets=sets,
        electives_needed=prog["electives_needed"],
        fees=Fees(**prog["fees"]),
        eligibility=Eligibility(**prog["eligibility"]),
        completion_years=prog["completion_years"],
        acceptance_days=prog["acceptance_days"],
        course_age_years=prog["course_age_years"],
        renewal=Renewal(**prog["renewal"]),
        contact_hours=ContactHourEquivalents(**prog["contact_hour_equivalents"]),
        reminders=_reminders(prog["reminders"]),
        values=MappingProxyType(answers.values),
        course_approval=CourseApproval(**prog["course_approval"]) if "course_approval" in prog else None,
    )
    entry_nodes = parsed.node(("faqs",)).value
    entries = tuple(
        Entry(
            id=e["id"],
            question=e["question"].strip(),
            alternates=tuple(a.strip() for a in e["alternates"]),
            answer=answers.filled[i].strip(),
            sources=tuple(e["sources"]),
            tags=tuple(e.get("tags", ())),
            verified=date.fromisoformat(e["verified"]) if "verified" in e else None,
            template=e["answer"],
            line=entry_nodes[i].start_mark.line + 1,
        )
        for i, e in enumerate(data["faqs"])
    )
    return Knowledge(
        version=data["version"],
        verified=date.fromisoformat(data["verified"]),
        program=program,
        synonyms=tuple(tuple(w.strip() for w in group) for group in data["synonyms"]),
        entries=entries,
        source=parsed.file,
        text=text,
    )


def _reminders(data: dict[str, Any]) -> Reminders:
    return Reminders(finish_months_before=tuple(data["finish_months_before"]),
                     expiry_months_before=tuple(data["expiry_months_before"]),
                     grace_end_months_before=tuple(data["grace_end_months_before"]),
                     renewal_entry=data["renewal_entry"])
