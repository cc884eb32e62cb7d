"""Environment -> one frozen `Settings` for the Discord bot, validated once at start-up.

(LSSC_FAQ_PATH is read by `bot.py` itself, which loads the knowledge before any
mode starts; the running bot keeps the file's path in its `KnowledgeHolder`.)

Every problem is a `SettingsError` whose message is one line naming the variable,
so `bot.py` can print it and exit 2 instead of showing a traceback. The token is
kept out of `repr` so it never reaches a log line.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .health import DEFAULT_INTERVAL, heartbeat_interval, seconds_setting

DEFAULT_DATA_DIR = Path("data")
DATABASE_NAME = "lssc.sqlite3"
#: discord.py's own default (this module must not import discord)
DEFAULT_GUILD_READY_TIMEOUT = 2.0
#: reminders are due by the month, so an hourly check sends each within the hour it comes due
DEFAULT_REMINDER_SECONDS = 3600.0

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class SettingsError(Exception):
    """A bad setting; the message is one line a person can act on."""


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    guild_ids: tuple[int, ...] = ()
    data_dir: Path = DEFAULT_DATA_DIR
    listen_channels: frozenset[int] = frozenset()
    #: a role id, or a role name when the value is not a number
    mod_role: int | str | None = None
    mod_channel: int | None = None
    message_content: bool = False
    api_base: str | None = None
    gateway_url: str | None = None
    #: LSSC_HEARTBEAT_SECONDS: how often the running bot refreshes its health file
    heartbeat_seconds: float = DEFAULT_INTERVAL
    #: LSSC_GUILD_READY_TIMEOUT: how long discord.py waits after the last server arrives
    #: before on_ready; a bot in many servers may need more, a test against a local fake less
    guild_ready_timeout: float = DEFAULT_GUILD_READY_TIMEOUT
    #: LSSC_REMINDER_SECONDS: how often the bot checks for due reminders
    reminder_seconds: float = DEFAULT_REMINDER_SECONDS
    #: LSSC_TODAY: a fixed date instead of the real one (tests, replaying a missed day); None in production
    today: date | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and check every variable; raises `SettingsError` on the first bad one."""
        env = os.environ if env is None else env
        token = _token(env)
        data_dir = Path(_get(env, "LSSC_DATA_DIR") or DEFAULT_DATA_DIR)
        _check_writable(data_dir)
        mod_role = _get(env, "LSSC_MOD_ROLE")
        listen_channels = frozenset(_ids(env, "LSSC_LISTEN_CHANNELS"))
        return cls(
            token=token,
            guild_ids=tuple(_ids(env, "DISCORD_GUILD_IDS")),
            data_dir=data_dir,
            listen_channels=listen_channels,
            mod_role=(int(mod_role) if is_number(mod_role) else mod_role) or None,
            mod_channel=next(iter(_ids(env, "LSSC_MOD_CHANNEL")), None),
            # listening channels are deaf without it; LSSC_MESSAGE_CONTENT=0 still turns it off
            message_content=_flag(env, "LSSC_MESSAGE_CONTENT", default=bool(listen_channels)),
            api_base=_get(env, "DISCORD_API_BASE") or None,
            gateway_url=_get(env, "DISCORD_GATEWAY_URL") or None,
            heartbeat_seconds=_seconds(heartbeat_interval, env),
            guild_ready_timeout=_seconds(_guild_ready_timeout, env),
            reminder_seconds=_seconds(_reminder_seconds, env),
            today=_date(env, "LSSC_TODAY"),
        )


def token_configured(env: Mapping[str, str] | None = None) -> bool:
    """Whether the person asked for Discord at all (else `bot.py` opens the console)."""
    env = os.environ if env is None else env
    return bool(_get(env, "DISCORD_TOKEN") or _get(env, "DISCORD_TOKEN_FILE"))


def _get(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip()


def _token(env: Mapping[str, str]) -> str:
    """DISCORD_TOKEN_FILE wins over DISCORD_TOKEN: a mounted secret is the deliberate choice."""
    path = _get(env, "DISCORD_TOKEN_FILE")
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not a UTF-8 text file"
            raise SettingsError(f"DISCORD_TOKEN_FILE: cannot read {path}: {reason}") from None
        if not token:
            raise SettingsError(f"DISCORD_TOKEN_FILE: {path} is empty")
        return token
    token = _get(env, "DISCORD_TOKEN")
    if not token:
        raise SettingsError("DISCORD_TOKEN is not set (or set DISCORD_TOKEN_FILE to a file holding it)")
    return token


def _ids(env: Mapping[str, str], name: str) -> list[int]:
    ids = []
    for part in _get(env, name).split(","):
        part = part.strip()
        if not part:
            continue
        if not is_number(part) or int(part) == 0:
            raise SettingsError(f"{name}: {part!r} is not a Discord id (ids are numbers, comma-separated)")
        ids.append(int(part))
    return ids


def is_number(text: str) -> bool:
    """ASCII digits only: `str.isdigit()` is also true of "²" and "١٢", which `int()` refuses or misreads."""
    return text.isascii() and text.isdigit()


def _flag(env: Mapping[str, str], name: str, *, default: bool = False) -> bool:
    """On or off; unset or empty is `default`."""
    value = _get(env, name).lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{name}: {value!r} is not on or off (use 1/0, true/false, yes/no or on/off)")


def _guild_ready_timeout(env: Mapping[str, str]) -> float:
    return seconds_setting(env, "LSSC_GUILD_READY_TIMEOUT", DEFAULT_GUILD_READY_TIMEOUT, zero_ok=True)


def _reminder_seconds(env: Mapping[str, str]) -> float:
    return seconds_setting(env, "LSSC_REMINDER_SECONDS", DEFAULT_REMINDER_SECONDS)


def _date(env: Mapping[str, str], name: str) -> date | None:
    value = _get(env, name)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise SettingsError(f"{name}: {value!r} is not a date written YYYY-MM-DD") from None


def _seconds(read: Callable[[Mapping[str, str]], float], env: Mapping[str, str]) -> float:
    """`read(env)`, its `ValueError` (whose message already names the variable) as a `SettingsError`."""
    try:
        return read(env)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


def _check_writable(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as exc:
        raise SettingsError(f"LSSC_DATA_DIR: {data_dir} is not a writable directory: "
                            f"{exc.strerror or exc}") from None
