"""Settings a person could mistype, and what an intent-less listening channel used to do."""
from __future__ import annotations

from pathlib import Path

import pytest

from lssc_bot.settings import Settings, SettingsError


@pytest.mark.parametrize("name", ["DISCORD_GUILD_IDS", "LSSC_LISTEN_CHANNELS", "LSSC_MOD_CHANNEL"])
@pytest.mark.parametrize("value", ["²", "١٢٣", "１２"])
def test_ids_are_ascii_digits_only_one_line_not_a_traceback(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=f"^{name}: '{value}' is not a Discord id"):
        Settings.from_env({"DISCORD_TOKEN": "t", "LSSC_DATA_DIR": str(tmp_path), name: value})


def test_a_moderator_role_of_other_digits_is_a_role_name(tmp_path: Path) -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": "t", "LSSC_DATA_DIR": str(tmp_path), "LSSC_MOD_ROLE": "²"})
    assert settings.mod_role == "²"


@pytest.mark.parametrize(("flag", "expected"), [(None, True), ("", True), ("0", False), ("off", False), ("1", True)])
def test_listening_channels_ask_for_message_content_unless_turned_off(tmp_path: Path, flag: str | None,
                                                                      expected: bool) -> None:
    env = {"DISCORD_TOKEN": "t", "LSSC_DATA_DIR": str(tmp_path), "LSSC_LISTEN_CHANNELS": "5"}
    if flag is not None:
        env["LSSC_MESSAGE_CONTENT"] = flag
    assert Settings.from_env(env).message_content is expected


def test_without_listening_channels_message_content_stays_off(tmp_path: Path) -> None:
    assert Settings.from_env({"DISCORD_TOKEN": "t", "LSSC_DATA_DIR": str(tmp_path)}).message_content is False
