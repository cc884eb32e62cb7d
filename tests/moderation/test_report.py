from __future__ import annotations

from lssc_bot.knowledge import Problem
from lssc_bot.moderation import report


def test_long_problem_lists_are_cut_at_a_line_and_attached_in_full() -> None:
    problems = [Problem(i, 3, f"problem number {i} " + "x" * 40, "upload.yaml") for i in range(1, 200)]
    out = report.problems_report("upload.yaml has 199 problems:", problems)
    assert len(out.text) <= 2000
    assert out.text.splitlines()[1] == "`upload.yaml:1:3: problem number 1 " + "x" * 40 + "`"
    assert out.text.endswith("more problems (full list attached)")
    assert out.attachment is not None and out.attachment.count("upload.yaml:") == 199


def test_short_lists_have_no_attachment_and_user_text_is_quoted() -> None:
    out = report.problems_report("one:", [Problem(2, 1, "bad `thing`")])
    assert out == report.Report("one:\n`faq.yaml:2:1: bad 'thing'`")
    assert report.quote("**bold** _x_") == r"\*\*bold\*\* \_x\_"


def test_only_markdown_that_would_format_is_escaped() -> None:
    assert report.quote("> quote\n# head\n325 -> 330") == "\\> quote\n\\# head\n325 -> 330"


def test_mentions_in_user_text_are_shown_literally() -> None:
    """Admin lists show people's questions; a typed mention must not render (or, with mentions allowed, ping)."""
    assert report.quote("@everyone @here <@123> <@&456> <#789>") == r"\@everyone \@here \<@123> \<@&456> \<#789>"
    assert report.quote("mail lssc@ala.org") == "mail lssc@ala.org"
    line = report.suggestion(report.Suggestion("hey <@&1234567890123> @Everyone", "fees", 1))
    assert "<@&" not in line.replace("\\<", "") and "@Everyone" not in line.replace("\\@", "")
