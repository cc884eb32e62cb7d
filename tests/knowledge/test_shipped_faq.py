"""The shipped faq.yaml: it loads, every number lives once, and its facts match the fact sheet.

These tests read the real file the bot serves, not a fixture. They fail when a
moderator's edit breaks a rule the loader can't know about: a fee typed into an
answer instead of `{fees.non_member}`, an entry without sources, a coverage topic
that lost its entry, an answer that stopped saying what the fact sheet says.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from lssc_bot.knowledge import Knowledge, check_file, load_knowledge
from lssc_bot.knowledge.placeholders import PLACEHOLDER

ROOT = Path(__file__).resolve().parents[2]
FAQ = ROOT / "faq.yaml"
#: The fact sheet the file is written from; outside the repository, so optional.
FACT_SHEET = ROOT.parent / "shared" / "lssc-facts.md"
#: The date the fact sheet was compiled: no entry may claim a later check.
SHEET_DATE = date(2026, 12, 1)
TAGS = {"about", "structure", "courses", "cost", "eligibility", "applying", "deadlines",
        "renewal", "mls", "history", "contact"}


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge(FAQ, today=SHEET_DATE)


def answer(kb: Knowledge, entry_id: str) -> str:
    entry = kb.entry(entry_id)
    assert entry is not None, f"no entry '{entry_id}'"
    return entry.answer


# --------------------------------------------------------------------------- loads

def test_shipped_file_has_no_problems() -> None:
    # today=SHEET_DATE: the file must be valid on the day its facts were checked too
    assert check_file(FAQ, today=SHEET_DATE) == []
    assert check_file(FAQ) == []


def test_first_line_points_editors_at_the_schema() -> None:
    assert FAQ.read_text(encoding="utf-8").splitlines()[0] == "# yaml-language-server: $schema=./faq.schema.json"


# --------------------------------------------------------------------------- numbers live once

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "a dozen": 12, "dozen": 12, "half a dozen": 6}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand"], key=len, reverse=True))
#: a run of number words: "four", "thirty-two", "three hundred and fifty", "one thousand eight hundred twenty"
_WORDS_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*\b", re.IGNORECASE)
#: digits, with optional thousands commas and decimals: 4, 350, 1,820, 1820, 350.00
_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\w.,])\d+(?:\.\d+)?(?![\d])|(?<=[A-Za-z$])\d+")


def _words_value(run: str) -> int:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", run.lower().replace(" and ", " ")):
        if word in ("", "and", "a"):
            continue
        if word == "dozen":
            current += 12
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
    return total + current


#: after a small spelled-out number, these words make it a quantity ("four years", "six of ten")
_UNIT_AFTER = re.compile(
    r"^[\s-]+(?:of\b|(?:\w+[\s-]+)?(?:years?|yrs?|months?|days?|hours?|hrs?|minutes?|mins?|sets?|competenc\w*|"
    r"electives?|required|courses?|class(?:es)?|credits?|dollars?)\b)", re.IGNORECASE)
#: ... and so do these before it ("6 of ten", "all six")
_UNIT_BEFORE = re.compile(r"\b(?:of|all|any)\s+$", re.IGNORECASE)


def numbers_in(text: str) -> list[tuple[str, float, bool]]:
    """(as written, value, exempt) for every number in `text`, in digits or in words.

    Exempt are history years written as 19xx/20xx ("launched in 2010") and small
    spelled-out numbers that count something other than a rule quantity ("two
    routes", "one course per set"). Digits are never exempt otherwise, and neither
    is a spelled-out number of 13 or more or one followed by a unit ("four years",
    "two-month grace", "six of ten"). Placeholders and {{ }} are removed first:
    "{fees.member}" is the right way to quote a value.
    """
    text = PLACEHOLDER.sub(" ", text)
    found: list[tuple[str, float, bool]] = []
    for match in _DIGITS.finditer(text):
        token = match.group(0)
        value = float(token.replace(",", ""))
        found.append((token, value, bool(re.fullmatch(r"(19|20)\d\d", token))))
    for match in _WORDS_RUN.finditer(text):
        value = float(_words_value(match.group(0)))
        quantity = (value >= 13 or bool(_UNIT_AFTER.match(text[match.end():match.end() + 40]))
                    or bool(_UNIT_BEFORE.search(text[max(0, match.start() - 10):match.start()])))
        found.append((match.group(0), value, not quantity))
    return found


def rule_values(kb: Knowledge) -> dict[float, list[str]]:
    """Every number of the rule set (not `figures:`), including the derived set counts."""
    values: dict[float, list[str]] = {}
    for name, value in kb.program.values.items():
        if name.startswith("figures.") or isinstance(value, (str, bool)):
            continue
        values.setdefault(float(value), []).append(name)
    return values


def figure_values(kb: Knowledge) -> dict[float, list[str]]:
    """Numeric `figures:` distinctive enough to flag (>= 10): $175, 407,111, 179..."""
    values: dict[float, list[str]] = {}
    for name, value in kb.program.values.items():
        if name.startswith("figures.") and isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 10:
            values.setdefault(float(value), []).append(name)
    return values


def typed_values(template: str, values: dict[float, list[str]]) -> list[str]:
    """What in `template` is a typed copy of a value that has a placeholder."""
    return [f"'{token}' (use {{{values[value][0]}}})" for token, value, exempt in numbers_in(template)
            if value in values and not exempt]


def test_the_number_finder_sees_every_way_to_type_a_number() -> None:
    found = {value for _, value, _ in numbers_in(
        "$350, 1,820 hours, 1820, four years, 4-year, thirty-two hours, Thirty two, "
        "three hundred and fifty dollars, one thousand eight hundred twenty, six of ten, a dozen months, x2")}
    assert {350, 1820, 4, 32, 6, 10, 12, 2} <= found
    assert ("2010", 2010.0, True) in numbers_in("launched in 2010")
    assert ("two", 2.0, True) in numbers_in("there are two routes")
    for quantity in ("two years", "a two-month grace period", "six of", "of ten", "three electives",
                     "four full years", "all six"):
        assert [exempt for _, _, exempt in numbers_in(quantity)] == [False], quantity
    assert ("two", 2.0, True) in numbers_in("two kinds of cost")
    assert numbers_in("{fees.member} and {{literal}} and {sets.total}") == []


def test_the_typed_number_check_catches_a_bad_answer_and_passes_a_good_one(kb: Knowledge) -> None:
    rules = rule_values(kb)
    bad = ("The fee is $350 (ALA members pay 325). You need 1,820 hours, have four years to finish "
           "{sets.needed} sets and renew with thirty-two hours; 6 of 10 sets in all.")
    caught = typed_values(bad, rules)
    for token in ("350", "325", "1,820", "four", "thirty-two", "6", "10"):
        assert any(c.startswith(f"'{token}'") for c in caught), (token, caught)
    good = ("The fee is ${fees.non_member} (members pay ${fees.member}). Launched January 25, 2010; "
            "portfolios ended January 31, 2019; the Western Council ran 2007-2009; one course per set.")
    assert typed_values(good, rules) == []
    assert typed_values("An award of $175 and a $407,111 grant.", figure_values(kb)) == [
        "'175' (use {figures.enrollment_award})", "'407,111' (use {figures.imls_grant})"]


def test_no_year_exemption_hides_a_rule_value(kb: Knowledge) -> None:
    # the check skips 19xx/20xx as history years; a rule value in that range would slip through
    assert not [v for v in rule_values(kb) if 1900 <= v <= 2099]


def test_no_answer_types_a_rule_value_or_a_figure(kb: Knowledge) -> None:
    rules, figures = rule_values(kb), figure_values(kb)
    typed = {e.id: typed_values(e.template, rules) + typed_values(e.template, figures) for e in kb.entries}
    assert {k: v for k, v in typed.items() if v} == {}


def test_every_rule_value_is_one_the_check_knows(kb: Knowledge) -> None:
    # a new numeric key under program: is covered automatically; spot-check the sheet's values
    rules = rule_values(kb)
    for value in (350, 325, 1820, 5, 4, 30, 2, 32, 12, 60, 15, 10, 6, 3, 7):
        assert value in rules, value
    # and the derived counts come from the set lists, not from typed numbers
    assert {"sets.total", "sets.needed", "sets.required_count", "sets.electives_count"} <= {
        n for names in rules.values() for n in names}


# --------------------------------------------------------------------------- entries

def test_every_entry_has_sources_a_date_tags_and_phrasings(kb: Knowledge) -> None:
    assert len(kb.entries) >= 40
    for e in kb.entries:
        assert e.sources, e.id
        assert e.verified is not None and e.verified <= SHEET_DATE, e.id
        assert len(e.alternates) >= 5, e.id
        assert 1 <= len(e.tags) <= 2 and set(e.tags) <= TAGS, (e.id, e.tags)
        assert 2 <= len(re.findall(r"[.!?:](\s|$)", e.answer)) + e.answer.count("\n- "), e.id
        assert len(e.answer) < 1500, (e.id, len(e.answer))


def test_sources_are_the_fact_sheets_urls() -> None:
    if not FACT_SHEET.exists():
        pytest.skip("the fact sheet is not next to this checkout")
    sheet = FACT_SHEET.read_text(encoding="utf-8")
    kb = load_knowledge(FAQ, today=SHEET_DATE)
    missing = {u for e in kb.entries for u in e.sources if u not in sheet}
    assert missing == set()


def test_alternates_are_not_the_test_questions(kb: Knowledge) -> None:
    import yaml

    def norm(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())

    questions: set[str] = set()
    # not the holdout set: it is kept unseen, and a failure here would print its questions
    for path in [ROOT / "tests" / "data" / "questions-tune.yaml", ROOT.parent / "shared" / "eval" / "dev-questions.yaml"]:
        if path.exists():
            questions |= {norm(c["q"]) for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]}
    # very short phrasings ("cost?", "refund") are what everyone types; only longer ones are copies
    copies = [(e.id, a) for e in kb.entries for a in e.alternates if norm(a) in questions and len(norm(a).split()) > 2]
    assert copies == []


#: every topic the issue asks the FAQ to cover -> the entry that covers it
COVERAGE = {
    "what LSSC is": "what-is-lssc",
    "who runs it (ALA-APA)": "who-runs-lssc",
    "who it is for": "who-is-it-for",
    "the CLSS designation": "clss-designation",
    "how many sets": "how-many-sets",
    "the required sets": "required-sets",
    "the electives": "electives",
    "how to choose electives": "choosing-electives",
    "ways to complete a set": "ways-to-complete-a-set",
    "approved courses": "approved-courses",
    "LTA programs with recognition agreements": "lta-recognition",
    "provisional certification": "provisional-certification",
    "whether ALA teaches the courses": "does-ala-teach",
    "where to find approved courses": "finding-courses",
    "whether courses are online": "online-courses",
    "course age limit": "course-age-limit",
    "past courses and workshops": "past-courses-and-workshops",
    "portfolios (ended 2019)": "portfolio",
    "the fee": "fees",
    "ALA membership": "ala-membership",
    "total cost": "total-cost",
    "financial help": "financial-help",
    "state libraries' help": "state-library-help",
    "refund": "refund",
    "eligibility": "eligibility",
    "what counts as library experience": "library-experience",
    "international applicants": "international-applicants",
    "how to apply": "how-to-apply",
    "when to expect acceptance": "acceptance-time",
    "the 4-year limit": "completion-deadline",
    "how long certification lasts": "certification-validity",
    "renewal requirements": "renewal-requirements",
    "renewal window and grace period": "renewal-window",
    "what counts as a contact hour": "contact-hours",
    "raise or promotion": "raise-or-promotion",
    "is it worth it (the article's view)": "worth-it",
    "the MLS stepping stone view": "mls-stepping-stone",
    "does it count toward an MLS": "counts-toward-mls",
    "ALA-accredited master's programs and online options": "accredited-mls-programs",
    "state certification programs": "state-certification",
    "history: 2010 launch": "history-launch",
    "history: IMLS grant": "imls-funding",
    "history: Western Council predecessor": "western-council",
    "numbers certified": "numbers-certified",
    "program status today": "program-status",
    "contact details": "contact",
    "certification vs accreditation": "certification-vs-accreditation",
    "CPLA is different": "cpla",
    "ALA-APA's other certificate programs are not LSSC": "other-ala-apa-certificates",
}


@pytest.mark.parametrize("topic", sorted(COVERAGE))
def test_every_coverage_topic_has_an_entry(kb: Knowledge, topic: str) -> None:
    assert kb.entry(COVERAGE[topic]) is not None, topic


# --------------------------------------------------------------------------- facts agree with the sheet

def has(text: str, *patterns: str) -> None:
    for pattern in patterns:
        assert re.search(pattern, text, re.IGNORECASE | re.DOTALL), f"{pattern!r} not in:\n{text}"


def points_to_the_program(text: str) -> None:
    has(text, r"ala-apa\.org/lssc", r"lssc@ala\.org")


def test_program_rule_set_matches_the_sheet(kb: Knowledge) -> None:
    p = kb.program
    assert [s.name for s in p.required_sets] == ["Foundations of Library Services", "Communication and Teamwork", "Technology"]
    assert [s.name for s in p.elective_sets] == [
        "Access Services", "Adult Readers' Advisory Services", "Cataloging and Classification", "Collection Management",
        "Reference and Information Services", "Supervision and Management", "Youth Services"]
    assert (p.electives_needed, p.sets_needed, len(p.sets)) == (3, 6, 10)
    assert (p.fees.non_member, p.fees.member) == (350, 325)
    assert (p.eligibility.experience_hours, p.eligibility.experience_window_years) == (1820, 5)
    assert (p.completion_years, p.acceptance_days, p.course_age_years) == (4, 30, 2)
    r = p.renewal
    assert (r.every_years, r.contact_hours, r.technology_hours, r.window_months_before, r.grace_months) == (4, 32, 4, 12, 2)
    c = p.contact_hours
    assert (c.minutes_per_hour, c.semester_credit, c.quarter_credit, c.conference_day) == (60, 15, 10, 6)
    assert (p.url, p.email) == ("http://ala-apa.org/lssc/", "lssc@ala.org")
    assert p.values["figures.enrollment_award"] * 2 == p.fees.non_member
    assert p.course_approval is not None
    a = p.course_approval
    assert (a.fee_per_course, a.approved_years, a.renewal_fee) == (100, 4, 100)


@pytest.mark.parametrize("alias, set_name", [
    ("circ", "Access Services"), ("circulation", "Access Services"), ("ra", "Adult Readers' Advisory Services"),
    ("readers advisory", "Adult Readers' Advisory Services"), ("cataloging", "Cataloging and Classification"),
    ("cataloguing", "Cataloging and Classification"), ("comm and teamwork", "Communication and Teamwork"),
    ("communication & teamwork", "Communication and Teamwork"), ("tech", "Technology"),
    ("supervision", "Supervision and Management"), ("youth", "Youth Services"),
    ("children's services", "Youth Services"), ("reference", "Reference and Information Services"),
    ("foundations", "Foundations of Library Services"), ("collections", "Collection Management"),
])
def test_the_aliases_people_type(kb: Knowledge, alias: str, set_name: str) -> None:
    assert alias in kb.program.set_named(set_name).aliases


def test_no_alias_is_an_everyday_word(kb: Knowledge) -> None:
    risky = {"access", "management", "communication", "collection", "services", "set", "catalog", "library", "info"}
    assert {a for s in kb.program.sets for a in s.aliases} & risky == set()


def test_fee_answers(kb: Knowledge) -> None:
    has(answer(kb, "fees"), r"\$350", r"\$325", r"as of", r"separate|extra|provider")
    has(answer(kb, "ala-membership"), r"\bno\b", r"\$325")
    has(answer(kb, "total-cost"), r"\$350", r"provider")
    has(answer(kb, "refund"), r"returned")
    has(answer(kb, "financial-help"), r"\$175", r"half", r"\$200", r"state librar")
    renewal_fee = answer(kb, "renewal-fee")
    has(renewal_fee, r"not found")
    points_to_the_program(renewal_fee)


def test_structure_answers(kb: Knowledge) -> None:
    has(answer(kb, "how-many-sets"), r"\b6 of the 10\b", r"\b3\b.*required", r"\b3 of the 7\b")
    has(answer(kb, "required-sets"), "Foundations of Library Services", "Communication and Teamwork", "Technology")
    electives = answer(kb, "electives")
    for name in ("Access Services", "Adult Readers' Advisory Services", "Cataloging and Classification",
                 "Collection Management", "Reference and Information Services", "Supervision and Management",
                 "Youth Services"):
        assert name in electives
    has(answer(kb, "competency-set-contents"), r"\b8\b", r"\b16\b", r"never")


def test_eligibility_answers(kb: Knowledge) -> None:
    has(answer(kb, "eligibility"), r"high school", r"1,820", r"volunteer", r"\b5 years")
    has(answer(kb, "library-experience"), r"volunteer", r"any type", r"1,820")
    has(answer(kb, "international-applicants"), r"outside the U\.S\.", r"eligible")
    has(answer(kb, "acceptance-time"), r"30 days")


def test_time_limit_and_renewal_answers(kb: Knowledge) -> None:
    has(answer(kb, "completion-deadline"), r"\b4 years")
    has(answer(kb, "certification-validity"), r"\b4 years")
    has(answer(kb, "renewal-requirements"), r"\b32 contact hours", r"\b4 hours related to technology")
    has(answer(kb, "renewal-window"), r"\b12 months before", r"\b2-month grace")
    has(answer(kb, "contact-hours"), r"\b60 minutes", r"\b15 hours", r"\b10 hours", r"\b6 hours")
    has(answer(kb, "course-age-limit"), r"\b2 years")
    extension = answer(kb, "extension")
    has(extension, r"no extension policy was found")
    points_to_the_program(extension) if "ala-apa.org" in extension else has(extension, r"lssc@ala\.org")


def test_portfolio_answer_says_it_ended_in_2019(kb: Knowledge) -> None:
    text = answer(kb, "portfolio")
    has(text, r"January 31, 2019", r"no(t| longer)")
    assert not re.search(r"\byou can (still )?submit a portfolio", text, re.IGNORECASE)
    has(answer(kb, "ways-to-complete-a-set"), r"2019", r"no longer available")
    has(answer(kb, "portfolio-grading"), r"2019", r"70%")


def test_uncertain_facts_say_so_and_point_to_the_program(kb: Knowledge) -> None:
    status = answer(kb, "program-status")
    has(status, r"unconfirmed|unknown", r"2024", r"as of")
    points_to_the_program(status)
    has(answer(kb, "specialty-certificates"), r"not found")
    points_to_the_program(answer(kb, "specialty-certificates"))
    has(answer(kb, "counts-toward-mls"), r"no source found", r"not a degree")
    has(answer(kb, "certification-vs-accreditation"), r"certification", r"not an accreditation")
    has(answer(kb, "other-ala-apa-certificates"), r"not LSSC", r"4 of 6 courses in 18 months")
    has(answer(kb, "cpla"), r"Certified Public Library Administrator", r"MLS", r"different")


def test_the_articles_opinions_are_attributed(kb: Knowledge) -> None:
    for entry_id in ("worth-it", "mls-stepping-stone", "downsides"):
        has(answer(kb, entry_id), r"Public Libraries Online", r"April 2013", r"opinion")
    has(answer(kb, "mls-stepping-stone"), r"stepping stone")
    has(answer(kb, "downsides"), r"pay twice|college.*and.*ALA")
    has(answer(kb, "raise-or-promotion"), r"can.t guarantee|cannot guarantee", r"employer")


def test_history_and_contact_answers(kb: Knowledge) -> None:
    has(answer(kb, "history-launch"), r"January 25, 2010", r"July 2009")
    has(answer(kb, "imls-funding"), r"IMLS|Institute of Museum and Library Services", r"\$407,111")
    has(answer(kb, "western-council"), r"January 2007", r"April 1, 2009")
    has(answer(kb, "numbers-certified"), r"\b179\b", r"\b318\b")
    has(answer(kb, "contact"), r"lssc@ala\.org", r"Redd")
    has(answer(kb, "website"), r"http://ala-apa\.org/lssc/")
