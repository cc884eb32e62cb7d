from __future__ import annotations

import difflib

import pytest

from lssc_bot.knowledge import parse_knowledge
from lssc_bot.moderation.alternates import AlternateError, Indent, add_alternate, detect_indent


def added_lines(old: str, new: str) -> list[str]:
    diff = list(difflib.ndiff(old.splitlines(), new.splitlines()))
    assert not [d for d in diff if d.startswith("- ")], "a line was changed or removed"
    return [d[2:] for d in diff if d.startswith("+ ")]


def test_accepting_keeps_every_other_line_of_the_shipped_file(shipped_text: str) -> None:
    new = add_alternate(shipped_text, "fees", "what does the certificate cost me")
    assert added_lines(shipped_text, new) == ["      - what does the certificate cost me"]
    assert parse_knowledge(new).entry("fees").alternates[-1] == "what does the certificate cost me"


def test_phrasings_that_need_quotes_are_quoted(shipped_text: str) -> None:
    new = add_alternate(shipped_text, "fees", "cost: how much?  ")
    assert parse_knowledge(new).entry("fees").alternates[-1] == "cost: how much?"
    assert len(added_lines(shipped_text, new)) == 1


def test_other_indentation_styles_are_kept() -> None:
    text = "# top\nfaqs:\n- id: a\n  alternates:\n  - one  # why\n  question: q\n"
    assert detect_indent(text) == Indent(mapping=2, sequence=2, offset=0)
    assert added_lines(text, add_alternate(text, "a", "two")) == ["  - two"]


def test_existing_phrasing_and_missing_entry_are_refused(shipped_text: str) -> None:
    fees = parse_knowledge(shipped_text).entry("fees")
    for existing in (fees.question, fees.alternates[-1]):
        same = "  " + existing.upper().rstrip("?") + " ?! "  # the same up to case, spacing, punctuation
        with pytest.raises(AlternateError, match="already has"):
            add_alternate(shipped_text, "fees", same)
    with pytest.raises(AlternateError, match="no entry 'gone'"):
        add_alternate(shipped_text, "gone", "anything")
    with pytest.raises(AlternateError, match="empty"):
        add_alternate(shipped_text, "fees", "   ")


def test_the_line_goes_after_the_whole_last_item_and_keeps_line_endings() -> None:
    text = "faqs:\n  - id: a\n    alternates:\n      - one\n        wrapped\n\n        # about one\n    question: q\n"
    new = add_alternate(text, "a", "two")
    assert added_lines(text, new) == ["      - two"]
    assert new.index("      - two") > new.index("# about one")  # a comment inside the item stays with it
    assert parse_alternates(new) == ["one wrapped", "two"]
    crlf = text.replace("\n", "\r\n")
    assert add_alternate(crlf, "a", "two") == new.replace("\n", "\r\n")


def test_flow_or_missing_alternates_are_still_added() -> None:
    assert parse_alternates(add_alternate("faqs:\n- id: a\n  alternates: [x,\n     y]\n  question: q\n", "a", "two")) \
        == ["x", "y", "two"]
    assert parse_alternates(add_alternate("faqs:\n- id: a\n  question: q\n", "a", "two")) == ["two"]


def parse_alternates(text: str) -> list[str]:
    from ruamel.yaml import YAML

    return list(YAML(typ="safe").load(text)["faqs"][0]["alternates"])
