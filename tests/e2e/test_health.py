"""`python bot.py health`, the Docker HEALTHCHECK, judged from the heartbeat file alone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lssc_bot.health import Heartbeat, check, heartbeat_interval, heartbeat_path

ROOT = Path(__file__).resolve().parents[2]


def run_health(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), "health"], capture_output=True, text=True,
                          timeout=30, env=os.environ | {"LSSC_DATA_DIR": str(data_dir)} | env)


def test_no_heartbeat_yet_is_unhealthy(tmp_path: Path) -> None:
    result = run_health(tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("unhealthy: no heartbeat")
    assert len(result.stdout.splitlines()) == 1


def test_fresh_connected_heartbeat_is_healthy(tmp_path: Path) -> None:
    Heartbeat(heartbeat_path(tmp_path)).beat()
    result = run_health(tmp_path)
    assert (result.returncode, result.stdout.split(":")[0]) == (0, "healthy")


def test_disconnected_is_unhealthy_and_says_so(tmp_path: Path) -> None:
    beat = Heartbeat(heartbeat_path(tmp_path))
    beat.beat()
    beat.mark_disconnected("gateway disconnected")
    result = run_health(tmp_path)
    assert result.returncode == 1
    assert "gateway disconnected" in result.stdout


def test_stale_heartbeat_means_the_bot_stopped_refreshing(tmp_path: Path) -> None:
    Heartbeat(heartbeat_path(tmp_path), clock=lambda: 1000.0).beat()
    assert check(heartbeat_path(tmp_path), max_age=90, now=1089).healthy
    stale = check(heartbeat_path(tmp_path), max_age=90, now=1091)
    assert not stale.healthy and "not responding" in stale.reason
    # The CLI allows three intervals: a 1 s interval makes a 1000-epoch file long stale.
    assert run_health(tmp_path, LSSC_HEARTBEAT_SECONDS="1").returncode == 1


def test_garbage_file_is_unhealthy_not_a_traceback(tmp_path: Path) -> None:
    heartbeat_path(tmp_path).write_text("{not json", encoding="utf-8")
    result = run_health(tmp_path)
    assert result.returncode == 1 and result.stdout.startswith("unhealthy: unreadable heartbeat")
    assert result.stderr == ""


def test_bad_interval_setting_is_reported_in_one_line(tmp_path: Path) -> None:
    result = run_health(tmp_path, LSSC_HEARTBEAT_SECONDS="soon")
    assert result.returncode == 1 and "LSSC_HEARTBEAT_SECONDS" in result.stdout
    with pytest.raises(ValueError):
        heartbeat_interval({"LSSC_HEARTBEAT_SECONDS": "0"})
    assert heartbeat_interval({}) == 30.0
