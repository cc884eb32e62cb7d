"""The loader reports every problem of a broken faq.yaml with the line it is on."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lssc_bot.knowledge import KnowledgeError, check_file, load_knowledge, parse_knowledge
from lssc_bot.knowledge.load import MAX_FILE_BYTES, _Loader, _SafeLoader
from tests.knowledge.helpers import TODAY, VALID, edit, line_of, problems_of



def test_valid_file_builds_knowledge_with_placeholders_filled() -> None:
    k = parse_knowledge(VALID, "faq.yaml", today=TODAY)
    fees = k.entry("fees")
    assert fees is not None
    assert fees.answer == "$350, or $325 for members; 1,820 hours; 3 of 4 sets."
    assert fees.template.startswith("${fees.non_member}")
    assert [s.name for s in k.program.required_sets] == ["Foundations of Library Services", "Technology"]
    assert k.program.sets_needed == 3
    assert fees.verified == date(2026, 11, 30)
    assert k.entry("what-is-lssc").verified is None  # type: ignore[union-attr]


def test_yaml_syntax_error_names_the_line() -> None:
    text = edit("alternates: [cost?, price]", "alternates: [cost?, price")
    [problem] = problems_of(text)
    assert "YAML syntax error" in problem
    assert problem.startswith(f"faq.yaml:{line_of(text, 'alternates: [cost?, price') + 1}:")


def test_unknown_key_suggests_the_right_one() -> None:
    text = edit("    tags: [cost]", "    tags: [cost]\n    anwser: oops")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'anwser')}:5:")
    assert "unknown key 'anwser' (did you mean 'answer'?)" in problem


def test_missing_key_points_at_the_entry() -> None:
    text = edit("    answer: It is a certification run by {administrator}.\n", "")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'id: what-is-lssc')}:")
    assert "missing key 'answer'" in problem and "what-is-lssc" in problem


def test_wrong_type_says_what_was_expected() -> None:
    text = edit("completion_years: 4", "completion_years: four")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'completion_years')}:")
    assert "expected a whole number, got text" in problem


def test_duplicate_ids_and_repeated_phrasings() -> None:
    text = edit("id: what-is-lssc", "id: fees")
    text = edit("alternates: [lssc?]", "alternates: [lssc?, 'Cost?']", text)
    found = problems_of(text)
    assert f"faq.yaml:{line_of(text, 'id: fees', 2)}:9: duplicate id 'fees' (first used on line {line_of(text, 'id: fees')})" in found
    assert any("the phrasing 'Cost?' is also in entry 'fees'" in p and p.startswith(f"faq.yaml:{line_of(text, 'Cost?')}:") for p in found)


def test_duplicate_mapping_key() -> None:
    text = edit("    tags: [cost]", "    tags: [cost]\n    question: again")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'question: again')}:")
    assert "duplicate key 'question'" in problem


def test_empty_answer() -> None:
    text = edit("answer: It is a certification run by {administrator}.", "answer: '   '")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'answer:', 2)}:")
    assert "must not be empty" in problem


def test_answer_too_long_once_filled() -> None:
    text = edit("answer: It is a certification run by {administrator}.", "answer: '" + "{administrator} " * 600 + "'")
    [problem] = problems_of(text)
    assert "the limit is 4000" in problem and problem.startswith(f"faq.yaml:{line_of(text, 'answer:', 2)}:")


def test_an_answer_that_cannot_be_filled_is_not_measured() -> None:
    text = edit("answer: It is a certification run by {administrator}.", "answer: '" + "{administrator} " * 600 + "{nope} }'")
    found = problems_of(text)
    assert [p.split(": ", 1)[1] for p in found] == [  # each where it is written, so in file order
        "unknown placeholder {nope}", "a lone '{' or '}' in the answer: write {{ or }} for a literal brace"]


def test_unknown_placeholder_and_lone_brace() -> None:
    text = edit("{fees.member}", "{fees.members}")
    text = edit("run by {administrator}.", "run by {administrator.", text)
    found = problems_of(text)
    assert any("unknown placeholder {fees.members}" in p for p in found)
    assert any("lone '{'" in p and p.startswith(f"faq.yaml:{line_of(text, 'run by')}:") for p in found)


def test_literal_braces_are_allowed() -> None:
    k = parse_knowledge(edit("run by {administrator}.", "run by {administrator} {{sic}}."), "faq.yaml", today=TODAY)
    assert k.entry("what-is-lssc").answer.endswith("ALA-APA {sic}.")  # type: ignore[union-attr]


def test_alias_claimed_by_two_sets() -> None:
    text = edit("aliases: [tech]", "aliases: [tech, Circ]")
    [problem] = problems_of(text)
    # reported where the second set claims it, naming both owners
    assert problem.startswith(f"faq.yaml:{line_of(text, 'aliases: [circ, circulation]')}:")
    assert "'circ'" in problem and "Technology" in problem and "Access Services" in problem


def test_a_sets_about_words_are_read_and_must_be_words() -> None:
    k = parse_knowledge(edit("aliases: [tech]", "aliases: [tech]\n        about: [computers, digital]"), "faq.yaml", today=TODAY)
    assert next(s for s in k.program.sets if s.name == "Technology").about == ("computers", "digital")
    text = edit("aliases: [tech]", "aliases: [tech]\n        about: computers")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, 'about: computers')}:") and "about" in problem


def test_malformed_url() -> None:
    text = edit("[https://ala-apa.org/lssc/]", "[ala-apa.org/lssc]")
    [problem] = problems_of(text)
    assert problem.startswith(f"faq.yaml:{line_of(text, '[ala-apa.org/lssc]')}:")
    assert "web address" in problem


def test_future_and_impossible_dates() -> None:
    text = edit("verified: 2026-11-30\n  - id: what", "verified: 2027-01-05\n  - id: what")
    text = edit("verified: 2026-11-30\nprogram", "verified: 2026-02-30\nprogram", text)
    found = problems_of(text)
    assert f"faq.yaml:{line_of(text, '2027-01-05')}:15: verified date 2027-01-05 is in the future (today is 2026-12-01)" in found
    assert f"faq.yaml:{line_of(text, '2026-02-30')}:11: '2026-02-30' is not a real date" in found


def test_every_problem_is_reported_in_file_order() -> None:
    text = edit("completion_years: 4", "completion_years: four")
    text = edit("    tags: [cost]", "    tags: [cost]\n    anwser: oops", text)
    text = edit("id: what-is-lssc", "id: fees", text)
    found = problems_of(text)
    assert len(found) == 3
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == sorted(lines)


def test_top_level_must_be_a_mapping() -> None:
    [problem] = problems_of("- just\n- a list\n")
    assert "must be a mapping" in problem


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.yaml", "file not found"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: _write(tmp / "bin.yaml", b"\x89PNG\r\n\x1a\n\x00\x00"), "binary file"),
        (lambda tmp: _write(tmp / "latin1.yaml", "caf\xe9: 1\n".encode("latin-1")), "not UTF-8"),
        (lambda tmp: _write(tmp / "empty.yaml", b"  \n\n"), "file is empty"),
        (lambda tmp: _write(tmp / "huge.yaml", b"# x\n" * (MAX_FILE_BYTES // 4 + 1)), "the limit is 5 MB"),
    ],
    ids=["missing", "directory", "binary", "not-utf8", "empty", "too-big"],
)
def test_bad_files_give_one_clear_problem(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    [problem] = check_file(path, today=TODAY)
    assert message in str(problem)
    assert str(problem).startswith(str(path))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_load_knowledge_reads_a_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "faq.yaml", VALID.encode())
    knowledge = load_knowledge(path, today=TODAY)
    assert knowledge.source == str(path)
    assert knowledge.digest == hashlib.sha256(path.read_bytes()).hexdigest()  # what `sha256sum faq.yaml` prints
    assert check_file(path, today=TODAY) == []


def test_recursive_alias_is_refused_not_a_crash() -> None:
    found = problems_of("version: &x [*x]\n")
    assert any("nesting is too deep" in p for p in found)


def test_an_alias_that_doubles_itself_is_refused_quickly_not_a_hang() -> None:
    # [*x, *x] at every level is 2**50 values within the depth limit: the value budget stops it
    found = problems_of("version: &x [*x, *x]\n")
    assert found and all(p.startswith("faq.yaml:1:") for p in found)


def test_billion_laughs_is_refused_at_the_anchor_it_repeats() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for name, prev in zip("bcdefgh", "abcdefg"):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    found = problems_of("\n".join(lines) + "\n")
    assert any("repeated too many times through aliases" in p for p in found)


def test_a_reused_sources_list_is_an_ordinary_alias() -> None:
    text = edit("sources: [https://ala-apa.org/lssc/]", "sources: *src", edit("sources:", "sources: &src"))
    entries = parse_knowledge(text, "faq.yaml", today=TODAY).entries
    assert entries[1].sources == entries[0].sources == ("https://ala-apa.org/lssc/for-candidates/eligibility-and-cost/",)


@pytest.mark.parametrize(("value", "message"), [
    ("!!int abc", "YAML tag '!!int': faq.yaml uses no tags; remove it"),
    ("!!float many", "YAML tag '!!float'"),
    ("!!bool 'yes please'", "YAML tag '!!bool'"),
    ("!foo bar", "YAML tag '!foo'"),
    ("!!int 5", "YAML tag '!!int'"),  # a tag is refused even where its value fits
])
def test_a_value_its_tag_cannot_build_is_a_problem_on_its_line(value: str, message: str) -> None:
    text = edit("version: 1", f"version: {value}")
    found = problems_of(text)
    assert any(p.startswith(f"faq.yaml:{line_of(text, 'version:')}:") and message in p for p in found), found
    assert len([p for p in found if p.startswith(f"faq.yaml:{line_of(text, 'version:')}:")]) == 1  # said once


@pytest.mark.parametrize("value", ["<<", "="])
def test_yaml_merge_and_value_marks_as_values_are_text_not_a_crash(value: str) -> None:
    found = problems_of(edit("version: 1", f"version: {value}"))
    assert any("version" in p for p in found)


# --------------------------------------------------------------------------- YAML tags

#: Values whose YAML 1.1 tag is not plain text, values that only look like one, and explicit tags.
SPELLINGS = ["yes", "No", "TRUE", "off", "y", "n", "~", "null", "Null", "", "12", "-3", "+0x1F", "0o17", "1_000", "0b101",
             "190:20:30", "1.5", "-.inf", ".NaN", "6.8e+3", "2026-12-01", "2026-12-01 10:00:00", "2026-12-01T10:00:00Z",
             "<<", "=", "!", "&", "*", "yesterday", "nothing", "12 angry men", "2026-12-01 is the date", "tags", "oNe",
             "'12'", '"yes"', "!!str 12", "!!str yes", "!!str", "!!str ~", "! 12", "!!int '7'", "!!float 1", "!!null ''",
             "!!bool 'true'", "!!timestamp '2026-12-01'", "!!binary aGk=", "!!str [a, b]", "!!str {a: 1}", "[a, 1]", "{a: 1}"]


def tags(text: str, loader: type) -> list[tuple[str, str]]:
    def walk(node: yaml.Node) -> Iterator[tuple[str, str]]:
        yield node.tag, node.value if isinstance(node, yaml.ScalarNode) else type(node).__name__
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from walk(item)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                yield from walk(key)
                yield from walk(value)
    return list(walk(yaml.compose(text, Loader=loader)))


def assert_same_tags(text: str) -> None:
    """`_Loader` gives every node the tag that the safe loader it speeds up gives it (or fails alike)."""
    try:
        expected = tags(text, _SafeLoader)
    except yaml.YAMLError:
        with pytest.raises(yaml.YAMLError):
            tags(text, _Loader)
        return
    assert tags(text, _Loader) == expected


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_value_gets_the_safe_loaders_tag(spelling: str) -> None:
    assert_same_tags(f"- {spelling}\n- key: {spelling}\n")
    assert_same_tags(f"{spelling}: 1\n")


@given(st.text(alphabet="yYnNtTfFoO~0123456789+-._:eE<=!&*xabs '\"", max_size=12))
@settings(max_examples=300)
def test_any_scalar_gets_the_safe_loaders_tag(value: str) -> None:
    assert_same_tags(f"- {value}\n")


def test_the_safe_loader_has_no_path_resolvers_to_skip() -> None:
    # _Loader neither consults nor tracks them; this fails if PyYAML's safe loader ever gets some
    assert not _SafeLoader.yaml_path_resolvers and not yaml.SafeLoader.yaml_path_resolvers


def test_a_number_as_text_is_quoted_not_tagged() -> None:
    k = parse_knowledge(edit("question: How much does it cost?", "question: '2026'"), "faq.yaml", today=TODAY)
    assert k.entry("fees").question == "2026"  # type: ignore[union-attr]
    [problem] = problems_of(edit("question: How much does it cost?", "question: !!str 2026"))
    assert "YAML tag '!!str': faq.yaml uses no tags; remove it (to keep a number or yes/no as text, put it in quotes)" in problem
    [problem] = problems_of(edit("question: How much does it cost?", "question: 2026"))
    assert "expected text, got a number" in problem


@pytest.mark.parametrize(("lists", "too_deep"), [(49, False), (50, True)])
def test_nesting_limit_counts_the_innermost_text(lists: int, too_deep: bool) -> None:
    # the root mapping is depth 0, so the text inside 50 lists is at depth 51
    found = problems_of("version: " + "[" * lists + "x" + "]" * lists + "\n")
    assert any("nesting is too deep" in p for p in found) == too_deep


#: Pieces of YAML a hurried edit leaves behind: tags, anchors, aliases, flow brackets, merge marks.
_EDIT_PIECES = st.sampled_from(["!!int ", "!!bool ", "!!float ", "!!str ", "!!null ", "!!timestamp ", "!foo ", "&a ",
                                "*a", "<<", "=", ": ", "- ", "[", "]", "{", "}", ", ", "'", '"', "|", ">", "#", "\n",
                                "  ", "abc", "yes", "12", "2026-13-40", "~", "?", "@", "%"])


_VALUE_LINES = [i for i, line in enumerate(VALID.splitlines()) if ": " in line]


@given(st.sampled_from(_VALUE_LINES), st.lists(_EDIT_PIECES, max_size=6).map("".join))
@settings(max_examples=300, deadline=None)
def test_any_edited_value_gives_knowledge_or_problems_never_a_crash(line: int, value: str) -> None:
    lines = VALID.splitlines(keepends=True)
    key = lines[line].split(": ", 1)[0]
    text = "".join(lines[:line]) + f"{key}: {value}\n" + "".join(lines[line + 1:])
    try:
        parse_knowledge(text, "faq.yaml", today=TODAY)
    except KnowledgeError as exc:
        assert exc.problems and all(str(p).startswith("faq.yaml:") for p in exc.problems)



def test_reminder_values_are_read() -> None:
    reminders = parse_knowledge(VALID, "faq.yaml", today=TODAY).program.reminders
    assert reminders.finish_months_before == (12, 6, 1) and reminders.renewal_entry == "fees"
