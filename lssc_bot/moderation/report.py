"""The moderators' messages as plain text, kept inside Discord's 2,000-character limit.

Anything too long to show is cut at a line boundary and the full text is handed
back separately, for the Discord layer to attach as a file.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..knowledge import Problem
from .changes import ChangeSummary
from .editor import Applied, AuditEntry, EditRefused, PendingEdit, Reloaded
from .grouping import QuestionGroup
from .stats import Stats
from .suggestions import Suggestion

#: leaves room under Discord's 2,000 for the "... and N more" line
MESSAGE_CHARS = 1800
#: Discord's limit for a message's content
CONTENT_MAX = 2000
#: how much of a person's question a one-line mention of it shows (five must fit in one message)
BRIEF_CHARS = 150
#: Markdown that would format, and what would render as a mention or a channel/role/time tag:
#: `<@123>`, `<@&456>`, `<#789>`, `<t:...>` and `@everyone` / `@here` (shown literally once escaped)
_MARKDOWN = re.compile(r"([\\*_~`|\[\]<])|^([>#-])|@(?=everyone|here)", re.M | re.I)


@dataclass(frozen=True)
class Report:
    text: str
    #: the complete text when `text` had to be cut, to send as an attachment
    attachment: str | None = None


def quote(text: str) -> str:
    """User-written text shown literally (no bold, links, code or mentions from a question)."""
    return _MARKDOWN.sub(lambda m: "\\" + m.group(0), text)


def brief(text: str, limit: int = BRIEF_CHARS) -> str:
    """`quote`, cut to `limit` characters of the original (questions can be thousands long)."""
    text = " ".join(text.split())
    return quote(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def within_limit(report: Report) -> Report:
    """`report` with its text at most Discord's 2,000 characters; a cut text comes with the full one attached."""
    if len(report.text) <= CONTENT_MAX:
        return report
    note = "\n... (cut; the full text is attached)"
    return Report(report.text[: CONTENT_MAX - len(note)] + note, report.attachment or report.text + "\n")


def fit(heading: str, lines: Sequence[str], *, what: str = "lines") -> Report:
    """`heading` and as many `lines` as fit; the rest in the attachment."""
    shown: list[str] = []
    size = len(heading)
    for line in lines:
        if size + len(line) + 1 > MESSAGE_CHARS:
            more = len(lines) - len(shown)
            text = "\n".join([heading, *shown, f"... and {more} more {what} (full list attached)"])
            return Report(text, "\n".join([heading, *lines]) + "\n")
        shown.append(line)
        size += len(line) + 1
    return Report("\n".join([heading, *shown]))


def problems_report(heading: str, problems: Sequence[Problem]) -> Report:
    return fit(heading, [f"`{_code(str(p))}`" for p in problems], what="problems")


def refusal(refused: EditRefused) -> Report:
    return problems_report(refused.message, refused.problems)


def reloaded(result: Reloaded, name: str) -> Report:
    if result.summary is None:
        return problems_report(f"{name} was not reloaded; the bot keeps the last good version:", result.problems)
    if result.summary.empty:
        return Report(f"{name} is unchanged; nothing to reload.")
    return _summary(f"Reloaded {name}:", result.summary)


def checked(problems: Sequence[Problem], name: str) -> Report:
    if not problems:
        return Report(f"{name} is valid.")
    return problems_report(f"{name} has {len(problems)} problem(s):", problems)


def preview(edit: PendingEdit, what: str) -> Report:
    entries = len(edit.knowledge.entries)
    return _summary(f"{what} is valid ({entries} entries). If you confirm, it replaces faq.yaml "
                    "(the current file is backed up first):", edit.summary)


def applied(result: Applied, what: str) -> Report:
    kept = f" The previous file is kept as backup {result.backup.label()}." if result.backup else ""
    return _summary(f"{what} is in use now.{kept}", result.summary)


def unanswered(groups: Sequence[QuestionGroup], days: int) -> Report:
    if not groups:
        return Report(f"No unanswered questions in the last {days} days.")
    lines = [f"**{g.count}×** {quote(g.question)}"
             + (f" (also: {'; '.join(quote(v) for v in g.variants[1:3])})" if len(g.variants) > 1 else "")
             for g in groups]
    return fit(f"Unanswered questions, last {days} days, most asked first "
               "(`/lssc-admin add-alternate` teaches an entry one of them):", lines, what="questions")


def suggestion(item: Suggestion) -> str:
    times = "once" if item.count == 1 else f"{item.count} times"
    return f"\"{brief(item.question)}\" -> **{item.topic}** (seen {times})"


def stats(figures: Stats) -> str:
    if figures.total == 0:
        return f"No questions in the last {len(figures.days)} days."
    per_day = " ".join(f"{day:%m-%d}: {n}" for day, n in figures.days)
    rates = ", ".join(f"{kind} {share:.0%}" for kind, share in figures.rates.items())
    topics = ", ".join(f"{topic} ({n})" for topic, n in figures.top_topics) or "none"
    helpful = (f"{figures.helpful:.0%} helpful of {figures.votes} votes" if figures.helpful is not None
               else "no votes yet")
    return "\n".join([
        f"**{figures.total} questions** in the last {len(figures.days)} days",
        f"Per day: {per_day}",
        f"Rates: {rates}",
        f"Top topics: {topics}",
        f"Feedback: {helpful}",
    ])


def history(entries: Sequence[AuditEntry]) -> Report:
    if not entries:
        return Report("No moderator actions yet.")
    lines = [f"{e.at:%Y-%m-%d %H:%M} UTC **{quote(e.actor.name)}** {e.action}: {quote(e.detail)}" for e in entries]
    return fit("Moderator actions, newest first:", lines, what="actions")


def _summary(heading: str, summary: ChangeSummary) -> Report:
    return fit(heading, [f"- {quote(line)}" for line in summary.lines()], what="changes")


def _code(text: str) -> str:
    return text.replace("`", "'")
