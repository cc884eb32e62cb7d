"""Answers that once said more than the fact sheet (issue #13), held to what it says."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lssc_bot.knowledge import Knowledge, load_knowledge

FAQ = Path(__file__).resolve().parents[2] / "faq.yaml"


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(FAQ, today=date(2026, 12, 1))


def answer_of(knowledge: Knowledge, entry_id: str) -> str:
    entry = knowledge.entry(entry_id)
    assert entry is not None, entry_id
    return entry.answer


def test_an_mlis_holder_is_not_said_to_be_outside_the_audience(knowledge):
    text = answer_of(knowledge, "who-is-it-for")
    assert "isn't aimed at you" not in text and "position" in text and knowledge.program.email in text


@pytest.mark.parametrize("entry_id", ["course-age-limit", "past-courses-and-workshops"])
def test_the_course_look_back_runs_back_from_the_approval_date(knowledge, entry_id):
    text = answer_of(knowledge, entry_id)
    assert "before" in text and "approv" in text


def test_the_one_payment_to_ala_is_for_application_enrollment_and_certification(knowledge):
    assert "for application, enrollment and certification" in answer_of(knowledge, "total-cost")


def test_the_routes_are_not_said_to_be_open_today(knowledge):
    text = answer_of(knowledge, "ways-to-complete-a-set")
    assert "Today" not in text and "2024" in text and knowledge.program.url in text


@pytest.mark.parametrize(("entry_id", "unsourced"), [
    ("library-experience", "the day you apply"),
    ("completion-deadline", "no minimum time"),
    ("state-certification", "some accept LSSC"),
])
def test_claims_the_fact_sheet_does_not_make_are_gone(knowledge, entry_id, unsourced):
    assert unsourced not in answer_of(knowledge, entry_id)
