"""Answers as Discord embeds and button specs, kept free of the `discord` package.

Each function returns Discord's embed object as a plain dict (what the API
takes, and what `discord.Embed.from_dict` reads), cut to Discord's limits, plus
what the buttons should be. `lssc_bot/discord/views.py` turns these into
`discord.Embed`s and `discord.ui` items; all wording and layout decisions are here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from ..answer import Answer, Requirements, Suggestion
from ..knowledge.model import Entry, Program
from ..progress import Remaining
from ..understanding.wording import cost_note

TITLE_MAX, DESCRIPTION_MAX, FOOTER_MAX = 256, 4096, 2048
FIELD_NAME_MAX, FIELD_VALUE_MAX, EMBED_TOTAL_MAX = 256, 1024, 6000
BUTTON_LABEL_MAX, LINK_BUTTONS_MAX = 80, 5

COLOURS = {"faq": 0x2E7D32, "rules": 0x1565C0, "clarify": 0xF9A825, "fallback": 0x757575}
FULL, EMPTY = "■", "□"

Embed = dict[str, Any]


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class DiscordReply:
    embed: Embed
    #: link buttons to the sources, labelled by host name
    links: tuple[Link, ...] = ()
    #: did-you-mean buttons (a clarify), labels already cut to fit
    choices: tuple[Suggestion, ...] = ()
    #: the answer read completed sets from the question: offer "Save as my progress"
    offer_save: bool = False


def render_answer(answer: Answer, program: Program) -> DiscordReply:
    fields = []
    if answer.details is not None:
        fields.append(_field("Progress", progress_bars(answer.details, program)))
    footer = (f"Verified {answer.verified.isoformat()}" if answer.verified else
              _FOOTERS.get(answer.kind if answer.suggestions or answer.kind != "clarify" else "check", ""))
    embed = _embed(title=answer.title, description=answer.text, colour=COLOURS[answer.kind],
                   footer=footer, fields=fields)
    choices = tuple(Suggestion(s.topic, _cut(s.label, BUTTON_LABEL_MAX)) for s in answer.suggestions[:3])
    return DiscordReply(embed, links=source_links(answer.sources), choices=choices,
                        offer_save=bool(answer.details and answer.details.completed))


_FOOTERS = {"clarify": "Pick the question you meant", "check": "Check the figures I used",
            "fallback": "No FAQ entry matched"}


def source_links(urls: tuple[str, ...]) -> tuple[Link, ...]:
    """At most five link buttons, one per URL, labelled with the host ("ala-apa.org")."""
    links = []
    for url in dict.fromkeys(urls):
        host = urlsplit(url).hostname
        if host and url.startswith(("http://", "https://")):
            links.append(Link(_cut(host.removeprefix("www."), BUTTON_LABEL_MAX), url))
    return tuple(links[:LINK_BUTTONS_MAX])


def bar(done: int, total: int) -> str:
    done = min(max(done, 0), total)
    return f"{FULL * done}{EMPTY * (total - done)} {done}/{total}"


def progress_bars(requirements: Requirements, program: Program) -> str:
    """`Required ■■□ 2/3` and `Electives ■□□ 1/3`."""
    required = len(program.required_sets)
    return (f"`Required  {bar(required - len(requirements.remaining_required), required)}`\n"
            f"`Electives {bar(len(requirements.electives_completed), program.electives_needed)}`")


def render_remaining(result: Remaining, program: Program) -> Embed:
    """The `/lssc remaining` embed: bars, what is left, and the deadline."""
    req = result.requirements
    if req.done:
        summary = f"You have completed every competency set the {program.abbreviation} needs."
    elif not req.completed:
        summary = "No competency sets saved yet. Use `/lssc progress` to mark the ones you have completed."
    else:
        summary = f"{program.sets_needed - _counted(req, program)} more competency sets to go."
    fields = [_field("Progress", progress_bars(req, program))]
    if req.remaining_required:
        fields.append(_field("Required sets still to do", "\n".join(f"- {n}" for n in req.remaining_required)))
    if req.electives_remaining:
        left = [s.name for s in program.elective_sets if s.name not in req.electives_completed]
        fields.append(_field(f"Electives: {req.electives_remaining} more, from",
                             "\n".join(f"- {n}" for n in left)))
    fields.append(_field("Deadline", _deadline(result, program)))
    if not req.done:
        cost = cost_note(program, req, enrolled=result.deadline is not None)
        fields.append(_field("Cost", cost[:1].upper() + cost[1:]))
    return _embed(title=f"Your {program.abbreviation} progress", description=summary,
                  colour=COLOURS["rules"], footer="Saved for this server only", fields=fields)


def _counted(req: Requirements, program: Program) -> int:
    required_done = len(program.required_sets) - len(req.remaining_required)
    return required_done + min(len(req.electives_completed), program.electives_needed)


def _deadline(result: Remaining, program: Program) -> str:
    if result.deadline is None:
        return (f"You have {program.completion_years} years from enrollment. Tell me when you enrolled "
                "with `/lssc progress enrolled: 2024-03` and I will work out the date.")
    if result.overdue:
        return f"{result.deadline} has passed; contact {program.email} about your options."
    return f"Finish by {result.deadline} ({program.completion_years} years from enrollment)."


def render_progress_prompt(program: Program, enrolled: date | None, certified: date | None = None) -> Embed:
    when = f"Enrolled: {enrolled:%B %Y}." if enrolled else "Enrollment month not saved (add `enrolled:`)."
    if certified:
        when += f" Certified: {certified:%B %Y}."
    return _embed(title="Which competency sets have you completed?",
                  description=f"Pick every set you have finished; each change is saved at once. {when}",
                  colour=COLOURS["rules"], footer="Only you can see this; saved for this server only")


def render_topics(tag: str, entries: tuple[Entry, ...], page: int, pages: int, first_number: int) -> Embed:
    lines = [f"{first_number + i}. {e.question}" for i, e in enumerate(entries)]
    return _embed(title=f"Topics: {tag}", description="\n".join(lines) or "No entries with this tag.",
                  colour=COLOURS["faq"], footer=f"Page {page + 1}/{pages} · ask one with /lssc ask")


def render_help(program: Program) -> Embed:
    lines = [
        f"I answer questions about the {program.name} ({program.abbreviation}).",
        "`/lssc ask` ask a question (suggestions appear as you type)",
        "`/lssc topics` browse the FAQ by topic",
        "`/lssc progress` mark the competency sets you have completed, and when you enrolled",
        "`/lssc remaining` what you still need, and your deadline",
        "`/lssc remind` reminders of your deadline and renewal by direct message (off until you turn them on)",
        "`/lssc forget-me` delete everything I keep about you, in every server",
        "Right-click a message > Apps > **Ask LSSC bot** to answer someone's question.",
        "You can also mention me with a question, or send me a direct message.",
    ]
    return _embed(title=f"{program.abbreviation} bot", description="\n".join(lines), colour=COLOURS["faq"],
                  footer=f"Official information: {program.url}")


def render_notice(text: str) -> Embed:
    """A short plain message (errors, confirmations) in the same style."""
    return _embed(title=None, description=text, colour=COLOURS["fallback"], footer="")


def _field(name: str, value: str) -> dict[str, Any]:
    return {"name": _cut(name, FIELD_NAME_MAX), "value": _cut(value, FIELD_VALUE_MAX), "inline": False}


def _embed(*, title: str | None, description: str, colour: int, footer: str,
           fields: list[dict[str, Any]] | None = None) -> Embed:
    embed: Embed = {"type": "rich", "color": colour}
    if title:
        embed["title"] = _cut(title, TITLE_MAX)
    if footer:
        embed["footer"] = {"text": _cut(footer, FOOTER_MAX)}
    if fields:
        embed["fields"] = fields
    used = len(embed.get("title", "")) + len(footer[:FOOTER_MAX]) + sum(len(f["name"]) + len(f["value"])
                                                                       for f in fields or ())
    embed["description"] = _cut(description, min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - used))
    return embed


def _cut(text: str, limit: int) -> str:
    """`text` within `limit` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[:max(limit - 1, 0)].rstrip() + "…"
