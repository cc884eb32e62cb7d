"""Problems a moderator reads: each once, short however long the value, at the typo's own place."""
from __future__ import annotations

import pytest

from tests.knowledge.helpers import edit, problems_of

def place(text: str, needle: str) -> str:
    """`line:col` of the first `needle` in `text`."""
    offset = text.index(needle)
    return f"{text.count(chr(10), 0, offset) + 1}:{offset - text.rfind(chr(10), 0, offset)}"


def test_each_missing_key_is_reported_once() -> None:
    found = problems_of(edit("    non_member: 350\n    member: 325\n", "    other: 1\n"))
    missing = [p for p in found if "missing key" in p]
    assert sorted(p.rsplit(": ", 1)[1] for p in missing) == ["missing key 'member'", "missing key 'non_member'"]


@pytest.mark.parametrize(("old", "new"), [
    ("    tags: [cost]", "    tags: [cost]\n    " + "k" * 500 + ": oops"),  # an unknown key (YAML keys stop at 1,024 characters)
    ("alternates: [lssc?]", "alternates: [lssc?, price]"),  # a phrasing in two entries, below made long
    ("id: fees", "id: " + "F" * 5000),  # a slug that is not one, named in the entry's path
    ("version: 1", "version: !!int " + "9x" * 2500),
])
def test_a_long_value_is_cut_in_its_message(old: str, new: str) -> None:
    found = problems_of(edit(old, new).replace("price", "p" * 5000))
    assert found and all(len(p) < 400 for p in found), [p[:400] for p in found]


def test_an_unknown_placeholder_is_reported_at_the_typo_not_at_the_answer() -> None:
    answer = ("answer: |-\n      It is a certification run by {administrator}.\n\n"
              "      Ask {email} or see {url}; it costs ${fees.mbr}.")
    text = edit("answer: It is a certification run by {administrator}.", answer)
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{place(text, '{fees.mbr}')}: unknown placeholder {{fees.mbr}}")


def test_a_lone_brace_in_a_quoted_answer_is_reported_where_it_is() -> None:
    text = edit("answer: It is a certification run by {administrator}.", 'answer: "Run by {administrator} } since 2010."')
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{place(text, '} since')}: a lone")
