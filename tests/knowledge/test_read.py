"""What `check` and the loader say about files that cannot be faq.yaml, each in one line with its place."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lssc_bot.knowledge import KnowledgeError, check_file, parse_knowledge
from tests.knowledge.helpers import TODAY

def only_problem(path: Path) -> str:
    [problem] = check_file(path, today=TODAY)
    return str(problem)


@pytest.mark.timeout(10)
def test_a_device_is_refused_without_reading_it() -> None:
    assert only_problem(Path("/dev/zero")) == "/dev/zero: is not a regular file (a device, pipe or socket); give the path of a YAML file"


@pytest.mark.timeout(10)
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "faq.yaml"
    os.mkfifo(pipe)
    assert "is not a regular file" in only_problem(pipe)


def test_a_symlink_loop_is_called_a_loop_not_a_missing_file(tmp_path: Path) -> None:
    loop = tmp_path / "faq.yaml"
    loop.symlink_to(loop)
    assert only_problem(loop) == f"{loop}: is a symbolic link that loops (it leads back to itself), not a file"


def test_a_byte_that_is_not_utf8_is_reported_at_its_line_and_column() -> None:
    raw = "version: 1\nname: café ".encode() + b"\xfe\n"
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge(raw, "faq.yaml", today=TODAY)
    assert str(caught.value) == "faq.yaml:2:12: is not UTF-8 text (save it as UTF-8)"


def test_a_control_character_is_reported_at_its_line_and_column() -> None:
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge("version: 1\nverified: é2026\x07-12-01\n", "faq.yaml", today=TODAY)
    assert str(caught.value) == ("faq.yaml:2:16: YAML does not allow the character U+0007 (a control character) "
                                 "here: delete it")
