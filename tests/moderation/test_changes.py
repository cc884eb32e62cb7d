from __future__ import annotations

from lssc_bot.knowledge import parse_knowledge
from lssc_bot.moderation.changes import summarize

from .conftest import with_fees


def test_summary_names_added_changed_removed_entries_and_rule_values(shipped_text: str) -> None:
    old = parse_knowledge(shipped_text)
    edited = with_fees(shipped_text, 350, 330)
    edited = edited.replace("  - id: what-is-lssc", "  - id: about-lssc")
    first = old.entry("fees").template.splitlines()[0]  # a line of the fees answer as written
    assert edited.count(first) == 1
    edited = edited.replace(first, "Edited: " + first)
    summary = summarize(old, parse_knowledge(edited))
    assert summary.added == ("about-lssc",)
    assert summary.removed == ("what-is-lssc",)
    assert summary.changed == (("fees", ("answer",)),)
    assert [str(v) for v in summary.values] == ["fees.member: 325 -> 330"]
    assert summary.lines() == [
        "entries added (1): about-lssc",
        "entries changed (1): fees (answer)",
        "entries removed (1): what-is-lssc",
        "rule value fees.member: 325 -> 330",
    ]


def test_same_content_is_no_change(shipped_text: str) -> None:
    summary = summarize(parse_knowledge(shipped_text), parse_knowledge(shipped_text))
    assert summary.empty
    assert summary.lines() == ["no changes: the content is the same as the version in use"]
