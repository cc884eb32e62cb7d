"""The heartbeat file behind `python bot.py health` (Docker's HEALTHCHECK).

A container health check runs in a separate process, so it cannot ask the bot
whether its gateway socket is up.  Instead the running bot writes a small JSON
file in LSSC_DATA_DIR - ``{"connected": true, "at": <unix time>, ...}`` - when it
connects or resumes and again every `interval` seconds while connected, and
writes ``connected: false`` the moment the gateway drops.  The check reads it:

* healthy: the file says connected and was written less than `max_age` ago;
* unhealthy: no file yet, the bot said it is disconnected, or the file is stale
  (the process hung, or died without a chance to write: kill -9, OOM).

Only stdlib, so the check starts fast and works without the bot's settings.
"""
from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

HEARTBEAT_NAME = "heartbeat.json"
#: seconds between refreshes while connected (LSSC_HEARTBEAT_SECONDS overrides it)
DEFAULT_INTERVAL = 30.0
#: a file older than this many intervals means the bot stopped refreshing it
STALE_AFTER_INTERVALS = 3


def heartbeat_interval(env: Mapping[str, str] | None = None) -> float:
    """LSSC_HEARTBEAT_SECONDS, read the same way by the bot and by the check so they agree."""
    env = os.environ if env is None else env
    return seconds_setting(env, "LSSC_HEARTBEAT_SECONDS", DEFAULT_INTERVAL)


def seconds_setting(env: Mapping[str, str], name: str, default: float, *, zero_ok: bool = False) -> float:
    """Variable `name` as a finite number of seconds (`default` when unset), 0 only if `zero_ok`.

    Anything else is a `ValueError` that names the variable: nan would crash a timer and inf
    would never end one. Here rather than in settings.py because the health check reads
    LSSC_HEARTBEAT_SECONDS without the bot's settings.
    """
    raw = env.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name}: {raw!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_ok):
        least = "0 or more" if zero_ok else "more than 0"
        raise ValueError(f"{name}: {raw!r} must be a number of seconds {least}")
    return value


def heartbeat_path(data_dir: Path) -> Path:
    return data_dir / HEARTBEAT_NAME


class Heartbeat:
    """The writer side, used by the running bot."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def beat(self, detail: str = "gateway connected") -> None:
        self._write(True, detail)

    def mark_disconnected(self, detail: str = "gateway disconnected") -> None:
        self._write(False, detail)

    def _write(self, connected: bool, detail: str) -> None:
        # Written via rename so the check never reads half a file.
        record = {"connected": connected, "at": self._clock(), "pid": os.getpid(), "detail": detail}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, self.path)


@dataclass(frozen=True)
class Health:
    healthy: bool
    reason: str


def check(path: Path, max_age: float, *, now: float | None = None) -> Health:
    """Read the heartbeat file and judge it; `reason` is one line for the check's output."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        connected, at, detail = bool(record["connected"]), float(record["at"]), str(record.get("detail", ""))
    except FileNotFoundError:
        return Health(False, f"unhealthy: no heartbeat at {path} (the bot has not connected yet)")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Health(False, f"unhealthy: unreadable heartbeat {path}: {exc}")
    age = (time.time() if now is None else now) - at
    if not connected:
        return Health(False, f"unhealthy: {detail or 'disconnected'} {age:.0f}s ago")
    if age > max_age:
        return Health(False, f"unhealthy: last heartbeat {age:.0f}s ago (limit {max_age:.0f}s); the bot is not responding")
    return Health(True, f"healthy: {detail or 'connected'}, heartbeat {age:.0f}s ago")


def check_from_env(default_data_dir: Path, env: Mapping[str, str] | None = None) -> Health:
    """What `bot.py health` reports: the heartbeat in LSSC_DATA_DIR, judged with LSSC_HEARTBEAT_SECONDS."""
    env = os.environ if env is None else env
    try:
        max_age = heartbeat_interval(env) * STALE_AFTER_INTERVALS
    except ValueError as exc:
        return Health(False, f"unhealthy: {exc}")
    data_dir = Path(env.get("LSSC_DATA_DIR", "").strip() or default_data_dir)
    return check(heartbeat_path(data_dir), max_age)
