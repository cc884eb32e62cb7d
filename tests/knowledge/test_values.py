"""Every value in `program:` has a type and a range: a file that passes `check` cannot break an answer."""
from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lssc_bot.answer import AskContext, answer
from lssc_bot.knowledge import parse_knowledge
from lssc_bot.knowledge.schema import program_schema, resolve
from tests.knowledge.helpers import TODAY, VALID, problems_of

def with_value(line: str, new: str) -> str:
    assert VALID.count(line) == 1, line
    return VALID.replace(line, new)


@pytest.mark.parametrize(("line", "new", "message"), [
    # each of these passed `check` and then broke an answer
    ("completion_years: 4", "completion_years: 4.0",
     "program.completion_years: write a whole number without a decimal point (4, not 4.0)"),
    ("completion_years: 4", "completion_years: 99999999999999999999999999",
     "program.completion_years: must be a whole number of years from 1 to 50"),
    ("minutes_per_hour: 60", "minutes_per_hour: 0",
     "program.contact_hour_equivalents.minutes_per_hour: must be a whole number from 1 to 1000"),
    ("member: 325", "member: .nan", "program.fees.member: must be a finite number, not nan"),
    ("member: 325", "member: .inf", "program.fees.member: must be a finite number, not inf"),
    ("member: 325", "member: -5", "program.fees.member: must be an amount in US dollars from 0 to 100000"),
    ("electives_needed: 1", "electives_needed: 3",
     "program.electives_needed: 3 is more electives than the 2 listed"),
    ("technology_hours: 4", "technology_hours: 33",
     "program.renewal.technology_hours: 33 is more than the 32 contact hours"),
    ("grace_months: 2", "grace_months: 2.5", "program.renewal.grace_months: expected a whole number, got a number"),
])
def test_a_value_that_would_break_an_answer_is_refused_on_its_line(line: str, new: str, message: str) -> None:
    text = with_value(line, new)
    found = problems_of(text)
    number = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith(new.split(":")[0]))
    assert any(p.startswith(f"faq.yaml:{number}:") and message in p for p in found), found
    assert len(found) == len(set(found))


def test_course_approval_fees_are_optional_and_checked_when_given() -> None:
    assert parse_knowledge(VALID, today=TODAY).program.course_approval is None  # a file without them still loads
    approval = "course_approval:\n    fee_per_course: -1\n    approved_years: 4\n    renewal_fee: 100\n"
    found = problems_of(with_value("contact_hour_equivalents:", f"{approval}  contact_hour_equivalents:"))
    assert any("program.course_approval.fee_per_course: must be an amount in US dollars" in p for p in found), found


def test_a_figure_is_a_finite_number_or_text_with_real_dates() -> None:
    figures = "figures:\n    big: .inf\n    end: February 30, 2019\n    start: 2019-02-28\n    note: March 3 events\n"
    found = problems_of(with_value("contact_hour_equivalents:", f"{figures}  contact_hour_equivalents:"))
    assert [p.split(": ", 1)[1] for p in found] == ["program.figures.big: must be a finite number, not inf",
                                                    "program.figures.end: 'February 30, 2019' is not a real date"]


# --------------------------------------------------------------------------- property: any valid values answer

#: one question for each calculator, and each unit the contact-hours one converts
QUESTIONS = (
    "I enrolled in March 2024, when do I have to finish?",
    "how many contact hours is 120 minutes",
    "I have 3 semester credits and 2 quarter credits and 1 conference day, is that enough to renew?",
    "I have 20 contact hours, 3 of them on technology, enough to renew?",
    "I was certified in June 2023, when do I renew?",
    "my certification expires in January 2027, when can I renew?",
    "how much does it cost for an ALA member?",
    "I worked 900 hours last year at the circ desk, can I apply?",
    "I've done Foundations of Library Services and Access Services, what's left?",
)


def _strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values the schema allows, from its own ranges (so the test follows the schema as it changes)."""
    schema = resolve(schema)
    if schema.get("type") == "integer":
        return st.integers(schema["minimum"], schema["maximum"])
    if schema.get("type") == "number":
        whole = st.integers(schema["minimum"], schema["maximum"])
        return whole | st.floats(schema["minimum"], schema["maximum"], allow_nan=False, allow_infinity=False)
    raise AssertionError(f"no strategy for {schema}")


def _programs() -> st.SearchStrategy[dict[str, Any]]:
    properties = program_schema()["properties"]
    groups = {}
    for group in ("fees", "eligibility", "renewal", "contact_hour_equivalents"):
        fields = resolve(properties[group])["properties"]
        groups[group] = st.fixed_dictionaries({k: _strategy(v) for k, v in fields.items() if k != "education"})
    years = {k: _strategy(properties[k]) for k in ("completion_years", "acceptance_days", "course_age_years")}
    return st.fixed_dictionaries({**groups, **years, "electives_needed": st.integers(0, 2)})


def _file_with(values: dict[str, Any]) -> str:
    data = yaml.load(VALID, Loader=yaml.CSafeLoader)  # libyaml reads `[cost?, price]` as the bot does
    program = data["program"]
    for key, value in values.items():
        if isinstance(value, dict):
            program[key].update(value)
        else:
            program[key] = value
    program["renewal"]["technology_hours"] = min(program["renewal"]["technology_hours"], program["renewal"]["contact_hours"])
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_programs())
def test_any_program_that_passes_the_checker_answers_every_calculation(values: dict[str, Any]) -> None:
    knowledge = parse_knowledge(_file_with(values), "faq.yaml", today=TODAY)
    for question in QUESTIONS:
        reply = answer(knowledge, question, AskContext(today=TODAY))
        assert reply.text.strip()
        assert "nan" not in reply.text.replace("finance", "") and "inf" not in reply.text.replace("info", "")
