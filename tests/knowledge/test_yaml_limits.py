"""YAML features faq.yaml never needs cannot be used to stall the checker or slip past it."""
from __future__ import annotations

import time

import pytest

from tests.knowledge.helpers import VALID, line_of, problems_of

@pytest.mark.timeout(20)
def test_a_long_text_repeated_through_aliases_is_refused_quickly_at_its_line() -> None:
    # 12,000 aliases of a 60,000-character text: 720 million characters from a 110 KB file
    text = VALID.replace("alternates: [cost?, price]", "alternates: [&a " + "x" * 60_000 + ", " + ", ".join(["*a"] * 12_000) + "]")
    started = time.perf_counter()
    found = problems_of(text)
    assert time.perf_counter() - started < 2
    assert found == [f"faq.yaml:{line_of(text, 'alternates: [&a')}:17: this anchored value is repeated too many "
                     "times through aliases (*name); write the values out"]


def test_a_tag_on_a_list_is_refused_at_its_line() -> None:
    text = VALID.replace("alternates: [cost?, price]", "alternates: !!python/object/apply:os.system [echo hi]")
    found = problems_of(text)
    assert found == [f"faq.yaml:{line_of(text, 'alternates: !!python')}:17: YAML tag "
                     "'!!python/object/apply:os.system': faq.yaml uses no tags; remove it (to keep a number or "
                     "yes/no as text, put it in quotes)"]


def test_a_tag_on_a_mapping_is_refused_at_its_line() -> None:
    text = VALID.replace("  fees:\n", "  fees: !mine\n")
    found = problems_of(text)
    assert [p for p in found if p.startswith(f"faq.yaml:{line_of(text, 'fees: !mine')}:9:")] == [
        f"faq.yaml:{line_of(text, 'fees: !mine')}:9: YAML tag '!mine': faq.yaml uses no tags; remove it (to keep a "
        "number or yes/no as text, put it in quotes)"]


def test_a_tag_on_a_value_that_fits_it_is_refused_too() -> None:
    text = VALID.replace("completion_years: 4", "completion_years: !!int 4")
    assert problems_of(text) == [f"faq.yaml:{line_of(text, 'completion_years:')}:21: YAML tag '!!int': faq.yaml "
                                 "uses no tags; remove it (to keep a number or yes/no as text, put it in quotes)"]
