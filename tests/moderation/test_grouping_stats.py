from __future__ import annotations

from datetime import date, datetime

from lssc_bot.moderation.grouping import group_questions
from lssc_bot.moderation.stats import AskedRow, compute


def test_similar_unanswered_questions_are_grouped_with_counts() -> None:
    asked = ["Can I transfer my credits?", "can i transfer my credits", "transfer my credits?",
             "Is there a discount for students?", "can I transfer my credits??", "hi", ""]
    groups = group_questions(asked)
    assert [(g.question, g.count) for g in groups] == [
        ("Can I transfer my credits?", 4), ("Is there a discount for students?", 1), ("hi", 1)]
    assert groups[0].variants == ("Can I transfer my credits?", "transfer my credits?")


def test_stats_over_the_last_days() -> None:
    rows = [
        AskedRow(datetime(2026, 12, 1, 9), "faq", "fees"),
        AskedRow(datetime(2026, 12, 1, 10), "faq", "fees"),
        AskedRow(datetime(2026, 11, 30, 10), "rules", "requirements"),
        AskedRow(datetime(2026, 11, 30, 11), "fallback", None),
        AskedRow(datetime(2026, 11, 29, 11), "clarify", None),
        AskedRow(datetime(2026, 11, 1, 11), "faq", "old"),  # outside the window
    ]
    stats = compute(rows, [True, True, False, True], today=date(2026, 12, 1), days=7)
    assert stats.total == 5
    assert stats.days[-3:] == ((date(2026, 11, 29), 1), (date(2026, 11, 30), 2), (date(2026, 12, 1), 2))
    assert len(stats.days) == 7
    assert stats.rates == {"answered": 0.6, "clarify": 0.2, "fallback": 0.2}
    assert stats.top_topics == (("fees", 2), ("requirements", 1))
    assert stats.helpful == 0.75


def test_stats_with_no_rows() -> None:
    stats = compute([], [], today=date(2026, 12, 1))
    assert stats.total == 0 and stats.helpful is None and stats.rates["answered"] == 0.0
