"""The command line as a person or a script uses it: real subprocesses, exit codes, output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lssc_bot import cli
from lssc_bot.understanding import semantic

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "faq-mini.yaml"
JSON_KEYS = {"question", "kind", "topic", "confidence", "text", "title", "suggestions", "sources", "verified", "details"}


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "LSSC_"))}
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], input=stdin, capture_output=True,
                          text=True, timeout=60, env={**base, **(env or {})}, cwd=ROOT)


def test_help_documents_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("run", "check", "ask", "console"):
        assert command in result.stdout


def test_check_passes_a_valid_file() -> None:
    result = run("check", str(MINI))
    assert result.returncode == 0
    assert "OK (2 entries" in result.stdout


def test_check_lists_every_problem_of_a_broken_copy(tmp_path: Path) -> None:
    broken = MINI.read_text(encoding="utf-8").replace("completion_years: 4", "completion_years: soon")
    broken = broken.replace("id: what-is-lssc", "id: fees").replace("{fees.member}", "{fees.mbr}")
    path = tmp_path / "faq.yaml"
    path.write_text(broken, encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(line.startswith(f"{path}:") for line in lines)
    assert "3 problems found" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["missing.yaml", "."])
def test_check_of_an_unusable_path_is_one_line_and_exit_1(tmp_path: Path, name: str) -> None:
    result = run("check", str(tmp_path / name))
    assert result.returncode == 1
    assert len((result.stdout + result.stderr).strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_broken_faq_stops_ask_with_its_problems_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text("version: [\n", encoding="utf-8")
    result = run("ask", "--faq", str(path), "cost?")
    assert result.returncode == 1
    assert f"{path}:2:1: YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_json_follows_the_contract() -> None:
    result = run("ask", "--faq", str(MINI), "--json", "how much does it cost?")
    assert result.returncode == 0
    reply = json.loads(result.stdout)
    assert set(reply) == JSON_KEYS
    assert reply["kind"] == "faq" and reply["topic"] == "fees"
    assert "$350" in reply["text"] and reply["sources"]
    assert 0 <= reply["confidence"] <= 1


def test_ask_text_is_readable() -> None:
    result = run("ask", "--faq", str(MINI), "how", "much", "does", "it", "cost?")
    assert result.returncode == 0
    assert result.stdout.startswith("How much does it cost?\n")
    assert "$350" in result.stdout and "Sources: https://" in result.stdout


def test_ask_without_a_question_explains_how() -> None:
    result = run("ask", "--faq", str(MINI))
    assert result.returncode == 2
    assert "what is the question?" in result.stderr


def test_batch_answers_every_line_in_order_in_one_process() -> None:
    questions = ["how much does it cost?", "", "what is lssc", "the printer is jammed"]
    result = run("ask", "--faq", str(MINI), "--json", "--batch", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert [r["topic"] for r in replies[:1] + replies[2:3]] == ["fees", "what-is-lssc"]
    assert replies[1]["kind"] == "fallback"


def test_batch_from_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ask", "--faq", str(MINI), "--json", "--batch", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_console_answers_until_quit() -> None:
    result = run("console", "--faq", str(MINI), stdin="what is lssc\n:help\n:quit\nhow much does it cost?\n")
    assert result.returncode == 0
    assert "It is a certification run by ALA-APA." in result.stdout
    assert ":reset" in result.stdout  # the help text
    assert "$350" not in result.stdout  # nothing after :quit is answered
    plain = run("console", "--faq", str(MINI), stdin="quit\nhow much does it cost?\n")
    assert plain.returncode == 0 and "$350" not in plain.stdout  # a bare "quit" leaves too, not a question


def test_console_starts_knowing_no_completed_sets() -> None:
    result = run("console", "--faq", str(MINI), stdin=":sets\n:quit\n")
    assert "none yet" in result.stdout


def test_run_without_a_token_opens_the_console() -> None:
    result = run("run", "--faq", str(MINI), stdin="what is lssc\n:quit\n")
    assert result.returncode == 0
    assert "No DISCORD_TOKEN set" in result.stdout
    assert "It is a certification run by ALA-APA." in result.stdout


def test_console_remembers_completed_sets_within_the_session() -> None:
    said = "I've finished Foundations of Library Services and Technology\n:sets\nwhat's left?\n:reset\n:sets\n:quit\n"
    result = run("console", stdin=said)
    assert result.returncode == 0
    out = result.stdout
    assert "you told me you completed: Foundations of Library Services, Technology" in out
    # "what's left?" names no sets, yet is worked out from the remembered ones, like the first answer
    assert out.count("Required sets still to do: Communication and Teamwork.") == 2
    assert "none yet" in out.rsplit("Forgotten", 1)[1]



def run_bytes(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "LSSC_"))}
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], input=stdin, capture_output=True,
                          timeout=60, env=base, cwd=ROOT)


def test_a_line_that_raises_does_not_end_the_batch() -> None:
    lines = ["how much does it cost?", f"I have {'9' * 320} minutes of contact hours", "what is lssc"]
    result = run("ask", "--faq", str(MINI), "--json", "--batch", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == lines
    assert replies[2]["topic"] == "what-is-lssc"


def test_batch_lines_end_at_newlines_only_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    text = "cost?\x0bprice\x1cfee\x85more\u2028and more\r\nwhat is lssc\n"
    path = tmp_path / "questions.txt"
    path.write_text(text, encoding="utf-8", newline="")
    from_file = run("ask", "--faq", str(MINI), "--json", "--batch", str(path))
    from_stdin = run_bytes("ask", "--faq", str(MINI), "--json", "--batch", "-", stdin=text.encode("utf-8"))
    questions = [json.loads(line)["question"] for line in from_file.stdout.splitlines()]
    assert questions == ["cost?\x0bprice\x1cfee\x85more\u2028and more", "what is lssc"]
    assert from_stdin.stdout.decode("utf-8") == from_file.stdout


def test_batch_output_is_utf8_json_whatever_bytes_come_in() -> None:
    result = run_bytes("ask", "--faq", str(MINI), "--json", "--batch", "-", stdin=b"cost\xff\xfe?\nwhat is lssc\n")
    assert result.returncode == 0
    replies = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [r["question"] for r in replies] == ["cost\ufffd\ufffd?", "what is lssc"]


def test_the_console_goes_on_after_a_question_that_raises_or_is_not_utf8() -> None:
    said = b"I have " + b"9" * 320 + b" minutes of contact hours\ncost\xff?\nwhat is lssc\n:quit\n"
    result = run_bytes("console", "--faq", str(MINI), stdin=said)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert "It is a certification run by ALA-APA." in result.stdout.decode("utf-8")


@pytest.mark.parametrize("command", [["ask", "cost?"], ["check"]])
def test_a_missing_lssc_faq_path_names_the_variable_and_exits_2(command: list[str]) -> None:
    result = run(*command, env={"LSSC_FAQ_PATH": "/nonexistent/faq.yaml"})
    assert result.returncode == 2
    assert result.stderr.strip() == "bot.py: LSSC_FAQ_PATH: /nonexistent/faq.yaml: file not found"


def test_the_console_reads_a_superscript_digit_as_a_question_not_a_choice() -> None:
    result = run("console", "--faq", str(MINI), stdin="cost\n²\n:quit\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr


@pytest.mark.parametrize(("concurrent", "threads"), [(True, 1), (False, min(2, os.cpu_count() or 1))])
def test_the_discord_bot_encodes_each_question_on_one_core(tmp_path: Path, concurrent: bool, threads: int) -> None:
    # the bot answers a burst on several worker threads at once: one core each, not every core for every question
    previous = semantic.embeddings()
    cli.use_model({"LSSC_DATA_DIR": str(tmp_path)}, concurrent=concurrent)
    try:
        assert semantic.embeddings().encoder.threads == threads
    finally:
        semantic.use(previous)
