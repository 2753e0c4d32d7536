"""Settings: precedence of the layers, validation with messages that say what to fix."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path

import pytest

from reply_coach.config import KEYS, load_settings, parse_duration, resolve_secret
from reply_coach.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def load(tmp_path, environ=None, overrides=None, config_file=None):
    env = {"HOME": str(tmp_path / "home")}
    env.update(environ or {})
    return load_settings(overrides=overrides, config_file=config_file, environ=env, cwd=tmp_path)


def test_defaults_need_no_file_and_match_the_documented_values(tmp_path):
    s = load(tmp_path)
    assert s.heat_threshold == 0.4
    assert s.schedule.cool_off == timedelta(hours=24)
    assert s.imap.port == 993 and s.imap.tls == "ssl"
    assert s.imap.folders == ("INBOX",)
    assert s.imap.history_days == 2 and s.imap.max_fetch_bytes == 256 * 1024
    assert s.data_dir == tmp_path / "home" / ".local" / "share" / "reply-coach"
    assert s.sources == ()


def test_flags_beat_environment_beat_dotenv_beat_config_file(tmp_path):
    xdg = tmp_path / "home" / ".config" / "reply-coach"
    xdg.mkdir(parents=True)
    (xdg / "config.env").write_text("REPLY_COACH_HEAT_THRESHOLD=0.1\nREPLY_COACH_NAME=From File\nREPLY_COACH_COMPANY=FileCo\n")
    (tmp_path / ".env").write_text("REPLY_COACH_HEAT_THRESHOLD=0.2\nREPLY_COACH_NAME=From Dotenv\n")
    s = load(tmp_path)
    assert (s.heat_threshold, s.identity.name, s.identity.company) == (0.2, "From Dotenv", "FileCo")
    s = load(tmp_path, environ={"REPLY_COACH_HEAT_THRESHOLD": "0.3"})
    assert s.heat_threshold == 0.3 and s.identity.name == "From Dotenv"
    s = load(tmp_path, environ={"REPLY_COACH_HEAT_THRESHOLD": "0.3"}, overrides={"HEAT_THRESHOLD": "0.4"})
    assert s.heat_threshold == 0.4
    assert len(s.sources) == 2


def test_an_explicit_config_file_replaces_the_xdg_one(tmp_path):
    xdg = tmp_path / "home" / ".config" / "reply-coach"
    xdg.mkdir(parents=True)
    (xdg / "config.env").write_text("REPLY_COACH_COMPANY=Default account\n")
    work = tmp_path / "work.env"
    work.write_text("REPLY_COACH_IMAP_HOST=imap.work.example\nREPLY_COACH_IMAP_USERNAME=me@work.example\n")
    s = load(tmp_path, config_file=work)
    assert s.identity.company == "" and s.imap.host == "imap.work.example"
    assert s.account == "me@work.example@imap.work.example"
    assert s.identity.email == "me@work.example"
    assert s.is_own_address("ME@work.example")


def test_missing_config_file_names_the_flag(tmp_path):
    with pytest.raises(ConfigError, match="--config"):
        load(tmp_path, config_file=tmp_path / "nope.env")


@pytest.mark.parametrize(
    "key, value, expected",
    [
        ("HEAT_THRESHOLD", "hot", "between 0 and 1"),
        ("HEAT_THRESHOLD", "1.5", "between 0 and 1"),
        ("COOL_OFF", "a while", "duration"),
        ("WORK_HOURS", "17:30-08:30", "start before end"),
        ("WORK_DAYS", "Funday", "Mon-Fri"),
        ("TIMEZONE", "Mars/Olympus", "IANA"),
        ("IMAP_PORT", "99999", "port"),
        ("IMAP_TLS", "maybe", "ssl, starttls or none"),
        ("IDLE_TIMEOUT", "45m", "29m"),
        ("MAX_FETCH_BYTES", "12", "1024"),
        ("KEYWORDS", "perhaps", "true or false"),
        ("EMAIL", "not an address", "address"),
        # Audit 2: these passed, then crashed `draft` or gave a draft without From.
        ("EMAIL", "jamie@brightpath.", "address"),
        ("EMAIL", "é@x.com", "address"),
        ("EMAIL", "a@x.com;b@y", "address"),
        ("EMAIL", "jamie@bright..path", "address"),
        ("LOG_LEVEL", "LOUD", "DEBUG"),
    ],
)
def test_invalid_values_are_rejected_with_key_and_expectation(tmp_path, key, value, expected):
    with pytest.raises(ConfigError) as e:
        load(tmp_path, environ={f"REPLY_COACH_{key}": value})
    msg = str(e.value)
    assert f"REPLY_COACH_{key}" in msg and expected in msg
    assert "\n" not in msg


def test_unknown_key_in_a_file_is_an_error_not_silently_ignored(tmp_path):
    (tmp_path / ".env").write_text("REPLY_COACH_HEAT_TRESHOLD=0.7\n")
    with pytest.raises(ConfigError, match="REPLY_COACH_HEAT_TRESHOLD"):
        load(tmp_path)


def test_plaintext_imap_only_when_allowed_and_only_to_loopback(tmp_path):
    base = {"REPLY_COACH_IMAP_HOST": "mail.example.com", "REPLY_COACH_IMAP_TLS": "none"}
    with pytest.raises(ConfigError, match="ALLOW_PLAINTEXT"):
        load(tmp_path, environ=base)
    with pytest.raises(ConfigError, match="loopback"):
        load(tmp_path, environ={**base, "REPLY_COACH_IMAP_ALLOW_PLAINTEXT": "true"})
    s = load(tmp_path, environ={**base, "REPLY_COACH_IMAP_HOST": "127.0.0.1", "REPLY_COACH_IMAP_ALLOW_PLAINTEXT": "1"})
    assert s.imap.tls == "none" and s.imap.port == 143


def test_work_hours_days_and_zone(tmp_path):
    s = load(
        tmp_path,
        environ={
            "REPLY_COACH_WORK_HOURS": "08:30-17:30",
            "REPLY_COACH_WORK_DAYS": "Mon-Thu,Sat",
            "REPLY_COACH_TIMEZONE": "Europe/Helsinki",
        },
    )
    assert (s.schedule.work_start, s.schedule.work_end) == (time(8, 30), time(17, 30))
    assert s.schedule.work_days == (0, 1, 2, 3, 5)
    assert str(s.schedule.tz) == "Europe/Helsinki"


def test_durations():
    assert parse_duration("24h") == timedelta(hours=24)
    assert parse_duration("1d12h") == timedelta(hours=36)
    assert parse_duration("90m") == timedelta(minutes=90)
    assert parse_duration("3600") == timedelta(hours=1)
    with pytest.raises(ValueError):
        parse_duration("12x")


def test_identity_values_cannot_carry_line_breaks_into_headers(tmp_path):
    s = load(tmp_path, environ={"REPLY_COACH_NAME": "Jamie\r\nBcc: evil@example.com"})
    assert "\n" not in s.identity.name and "\r" not in s.identity.name


def test_password_command_is_run_and_its_output_kept_out_of_errors(tmp_path):
    s = load(tmp_path, environ={"REPLY_COACH_IMAP_PASSWORD_CMD": "printf 's3cret\\nrest'"})
    assert resolve_secret(s.imap) == ("password", "s3cret")
    s = load(tmp_path, environ={"REPLY_COACH_IMAP_PASSWORD_CMD": "sh -c 'echo s3cret; exit 3'"})
    with pytest.raises(ConfigError) as e:
        resolve_secret(s.imap)
    assert "s3cret" not in str(e.value) and "status 3" in str(e.value)
    s = load(tmp_path, environ={"REPLY_COACH_IMAP_OAUTH2_TOKEN_CMD": "echo tok123"})
    assert resolve_secret(s.imap) == ("oauth2", "tok123")
    with pytest.raises(ConfigError, match="no IMAP credentials"):
        resolve_secret(load(tmp_path).imap)


def test_secrets_do_not_appear_in_the_settings_repr(tmp_path):
    s = load(tmp_path, environ={"REPLY_COACH_IMAP_PASSWORD": "hunter2"})
    assert "hunter2" not in repr(s)


def test_config_example_documents_every_key_with_its_default():
    text = (ROOT / "config.example.env").read_text()
    documented = dict(re.findall(r"^REPLY_COACH_(\w+)=(.*)$", text, flags=re.M))
    assert documented == {k: d for k, (d, _) in KEYS.items()}


@pytest.mark.parametrize(
    ("content", "line", "expected"),
    [
        ("REPLY_COACH_NAME=Jamie\nthis is not a setting\n", 2, "not KEY=value"),
        ("REPLY_COACH_NAME=Jamie\n\n\nREPLY_COACH_IMAP_PASSWORD=\"s3cret\n", 4, "value of REPLY_COACH_IMAP_PASSWORD"),
        ("# comment\nREPLY_COACH_COMPANY\n", 2, "REPLY_COACH_COMPANY has no value"),
    ],
)
def test_a_malformed_line_in_a_config_file_is_an_error_naming_the_line(tmp_path, content, line, expected):
    # python-dotenv only logged a warning and dropped the line: the setting silently kept its default.
    for where in (tmp_path / ".env", tmp_path / "home" / ".config" / "reply-coach" / "config.env"):
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(content)
        with pytest.raises(ConfigError) as e:
            load(tmp_path)
        msg = str(e.value)
        assert str(where) in msg and f"line {line}:" in msg and expected in msg
        assert "s3cret" not in msg and "\n" not in msg
        where.unlink()
