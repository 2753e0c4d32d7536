"""Settings from flags, environment, `.env`, the XDG config file and defaults.

Read once, validated once, into a frozen `Settings` passed down the call
chain: nothing below the CLI reads `os.environ`.

Precedence, highest first:
    1. command-line flags (passed as `overrides`)
    2. the process environment
    3. `.env` in the working directory
    4. the account file(s) named with `--config`, else
       `$XDG_CONFIG_HOME/reply-coach/config.env` (~/.config/reply-coach/config.env)
    5. the defaults in `KEYS` (also documented in config.example.env)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import time, timedelta, tzinfo
from pathlib import Path
from typing import Callable, Mapping

from .errors import ConfigError

PREFIX = "REPLY_COACH_"
DRAFT_LANGUAGES = ("auto", "en", "da", "de", "fi")

# key (without prefix) -> (default, one-line help). config.example.env is checked against this.
KEYS: dict[str, tuple[str, str]] = {
    "HEAT_THRESHOLD": ("0.4", "heat (0.0-1.0) at or above which an email counts as heated"),
    "TEMPLATES_DIR": ("", "folder of your own *.j2 templates; same name overrides a bundled one"),
    "DRAFT_LANGUAGE": ("auto", "language of the drafts: auto (the client's: en, da, de or fi), or en, da, de, fi"),
    "NAME": ("", "your name, used in the draft's From and signature"),
    "EMAIL": ("", "your address, the draft's From (defaults to the IMAP username when it is an address)"),
    "COMPANY": ("", "your company, for the signature"),
    "PHONE": ("", "your phone number, offered in drafts that propose a call"),
    "SIGNATURE": ("", "signature block; use \\n for line breaks (default: name, company, phone)"),
    "OWN_ADDRESSES": ("", "comma-separated extra addresses of yours; mail from them is never queued"),
    "ACCOUNT": ("", "a short name for this account in logs and the queue (default: username@host)"),
    "IMAP_HOST": ("", "IMAP server host name, e.g. imap.fastmail.com"),
    "IMAP_PORT": ("", "IMAP port (default 993 with TLS=ssl, 143 otherwise)"),
    "IMAP_USERNAME": ("", "IMAP login name"),
    "IMAP_PASSWORD": ("", "IMAP password or app password (prefer IMAP_PASSWORD_CMD)"),
    "IMAP_PASSWORD_CMD": ("", "command that prints the password, e.g. `pass show mail/work`"),
    "IMAP_OAUTH2_TOKEN_CMD": ("", "command that prints an OAuth2 access token (XOAUTH2: Gmail, Microsoft 365)"),
    "IMAP_TLS": ("ssl", "ssl (implicit TLS), starttls, or none (loopback only, with IMAP_ALLOW_PLAINTEXT)"),
    "IMAP_CA_FILE": ("", "CA bundle or self-signed certificate to trust for the server"),
    "IMAP_ALLOW_PLAINTEXT": ("false", "allow IMAP_TLS=none; only ever to a loopback address"),
    "IMAP_TIMEOUT": ("60s", "network timeout for one IMAP command"),
    "DRAFTS_FOLDER": ("", "Drafts folder name; default: the folder flagged \\Drafts, then common names"),
    "SENT_FOLDER": ("", "Sent folder name; default: the folder flagged \\Sent, then common names"),
    "FOLDERS": ("INBOX", "comma-separated folders to watch"),
    "POLL_INTERVAL": ("60s", "how often to poll when the server has no IDLE, and to scan folders after the first"),
    "IDLE_TIMEOUT": ("9m", "re-issue IDLE this often (RFC 2177 asks for less than 29 minutes)"),
    "HISTORY_DAYS": ("2", "on the very first run, only look at mail from the last N days"),
    "MAX_FETCH_BYTES": ("262144", "fetch at most this many bytes of each message"),
    "COOL_OFF": ("24h", "how long to hold a heated email before drafting (e.g. 24h, 90m, 1d)"),
    "WORK_HOURS": ("", "e.g. 08:30-17:30: a release outside them waits for the next working period"),
    "WORK_DAYS": ("Mon-Fri", "working days for WORK_HOURS, e.g. Mon-Fri or Mon,Tue,Thu"),
    "TIMEZONE": ("", "IANA time zone for WORK_HOURS, e.g. Europe/Copenhagen (default: this machine's)"),
    "KEYWORDS": ("true", "mark held/drafted originals with $ReplyCoachHeld / $ReplyCoachDrafted"),
    "MAX_ATTEMPTS": ("5", "drafting attempts before an item is marked failed"),
    "DATA_DIR": ("", "where the queue database lives (default: $XDG_DATA_HOME/reply-coach)"),
    "LOG_LEVEL": ("INFO", "DEBUG, INFO, WARNING or ERROR"),
}

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Identity:
    name: str = ""
    email: str = ""
    company: str = ""
    phone: str = ""
    signature: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    @property
    def signature_block(self) -> str:
        """The signature as written in drafts: configured, or built from name, company and phone."""
        if self.signature:
            return self.signature
        return "\n".join(x for x in (self.name, self.company, self.phone) if x)


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    username: str = ""
    password: str = field(default="", repr=False)
    password_cmd: str = field(default="", repr=False)
    oauth2_token_cmd: str = field(default="", repr=False)
    tls: str = "ssl"  # "ssl" | "starttls" | "none"
    ca_file: str = ""
    allow_plaintext: bool = False
    timeout: float = 60.0
    drafts_folder: str = ""
    sent_folder: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    poll_interval: float = 60.0
    idle_timeout: float = 540.0
    history_days: int = 2
    max_fetch_bytes: int = 262144

    @property
    def configured(self) -> bool:
        return bool(self.host and self.username)


@dataclass(frozen=True)
class Schedule:
    cool_off: timedelta = timedelta(hours=24)
    work_start: time | None = None
    work_end: time | None = None
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0, as datetime.weekday()
    tz: tzinfo | None = None  # None: this machine's local zone

    @property
    def has_work_hours(self) -> bool:
        return self.work_start is not None


@dataclass(frozen=True)
class Settings:
    heat_threshold: float = 0.4
    templates_dir: Path | None = None
    draft_language: str = "auto"  # "auto": reply in the client's language when a template exists in it
    identity: Identity = Identity()
    own_addresses: tuple[str, ...] = ()
    account: str = "default"
    imap: ImapSettings = ImapSettings()
    schedule: Schedule = Schedule()
    keywords: bool = True
    max_attempts: int = 5
    data_dir: Path = Path("~/.local/share/reply-coach").expanduser()
    log_level: str = "INFO"
    sources: tuple[str, ...] = ()  # which files were read, for `doctor`

    @property
    def queue_path(self) -> Path:
        return self.data_dir / "queue.sqlite3"

    def is_own_address(self, address: str) -> bool:
        a = address.strip().lower()
        return bool(a) and a in self.own_addresses

    def with_overrides(self, **changes) -> "Settings":
        return replace(self, **changes)


# ---------------------------------------------------------------- parsing of values


def parse_duration(text: str) -> timedelta:
    """'24h', '90m', '1d12h', '45s', '3600' (seconds) -> timedelta."""
    t = text.strip().lower().replace(" ", "")
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return timedelta(seconds=float(t))
    parts = re.findall(r"(\d+(?:\.\d+)?)([dhms])", t)
    if not parts or "".join(n + u for n, u in parts) != t:
        raise ValueError(text)
    unit = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    return timedelta(seconds=sum(float(n) * unit[u] for n, u in parts))


def _parse_bool(text: str) -> bool:
    t = text.strip().lower()
    if t in ("1", "true", "yes", "on"):
        return True
    if t in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(text)


def _parse_hours(text: str) -> tuple[time, time]:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text)
    if not m:
        raise ValueError(text)
    h1, m1, h2, m2 = map(int, m.groups())
    start, end = time(h1, m1), time(h2, m2)
    if start >= end:
        raise ValueError(text)
    return start, end


def _parse_days(text: str) -> tuple[int, ...]:
    days: set[int] = set()
    for chunk in text.lower().replace(" ", "").split(","):
        if not chunk:
            continue
        ends = chunk.split("-")
        if len(ends) > 2 or any(e[:3] not in DAY_NAMES for e in ends):
            raise ValueError(text)
        a, b = DAY_NAMES.index(ends[0][:3]), DAY_NAMES.index(ends[-1][:3])
        i = a
        while True:
            days.add(i)
            if i == b:
                break
            i = (i + 1) % 7
    if not days:
        raise ValueError(text)
    return tuple(sorted(days))


def local_timezone() -> tzinfo:
    """This machine's zone with DST rules when it can be named, else a fixed offset."""
    from zoneinfo import ZoneInfo

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            link = os.path.realpath("/etc/localtime")
            if "zoneinfo/" in link:
                name = link.split("zoneinfo/", 1)[1]
        except OSError:
            name = ""
    if name:
        try:
            return ZoneInfo(name)
        except Exception:
            pass
    from datetime import datetime

    return datetime.now().astimezone().tzinfo  # type: ignore[return-value]


def _parse_tz(text: str) -> tzinfo:
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(text.strip())
    except Exception:
        raise ValueError(text) from None


# ---------------------------------------------------------------- loading


def _read_env_file(path: Path) -> dict[str, str]:
    import io

    from dotenv import dotenv_values  # lazy: only when a file exists
    from dotenv.parser import parse_stream

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from None
    # python-dotenv only logs a warning for a line it cannot parse and drops it: a setting with a
    # stray quote would silently fall back to its default. The line is named, never shown (it may
    # hold a password).
    for binding in parse_stream(io.StringIO(text)):
        chunk = binding.original.string
        line = binding.original.line + len(chunk) - len(chunk.lstrip("\r\n"))
        key = re.match(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)", chunk)
        name = key.group(1) if key else ""
        if binding.error:
            what = "it is not KEY=value"
            if name and "=" in chunk:
                what = f"the value of {name} cannot be read (check its quotes)"
            raise ConfigError(f"config file {path}, line {line}: {what}")
        if binding.key and binding.key.startswith(PREFIX) and binding.value is None:
            raise ConfigError(f"config file {path}, line {line}: {binding.key} has no value: write {binding.key}=value")
    values = dotenv_values(stream=io.StringIO(text))
    return {k: v for k, v in values.items() if k.startswith(PREFIX) and v is not None}


def default_config_file(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or os.path.join(environ.get("HOME", "~"), ".config")
    return Path(base).expanduser() / "reply-coach" / "config.env"


def default_data_dir(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_DATA_HOME") or os.path.join(environ.get("HOME", "~"), ".local", "share")
    return Path(base).expanduser() / "reply-coach"


def gather(
    overrides: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> tuple[dict[str, str], tuple[str, ...]]:
    """Merge the raw string values of every layer, lowest precedence first."""
    environ = os.environ if environ is None else environ
    cwd = Path.cwd() if cwd is None else cwd
    merged = {PREFIX + k: default for k, (default, _) in KEYS.items()}
    sources: list[str] = []
    if config_file is not None:
        if not Path(config_file).is_file():
            raise ConfigError(f"config file {config_file} does not exist: check --config")
        files = [Path(config_file)]
    else:
        files = [p for p in (default_config_file(environ),) if p.is_file()]
    dotenv = cwd / ".env"
    if dotenv.is_file():
        files.append(dotenv)
    for f in files:
        merged.update(_read_env_file(f))
        sources.append(str(f))
    merged.update({k: v for k, v in environ.items() if k.startswith(PREFIX)})
    merged.update({(k if k.startswith(PREFIX) else PREFIX + k): v for k, v in (overrides or {}).items()})
    return merged, tuple(sources)


def _check(values: Mapping[str, str], key: str, convert: Callable[[str], object], expected: str):
    raw = values[PREFIX + key]
    try:
        return convert(raw)
    except (ValueError, TypeError):
        raise ConfigError(f"{PREFIX}{key}={raw!r} is invalid: expected {expected}") from None


def _int_at_least(low: int) -> Callable[[str], int]:
    def conv(s: str) -> int:
        v = int(s.strip())
        if v < low:
            raise ValueError(s)
        return v

    return conv


def _positive_seconds(s: str) -> float:
    v = parse_duration(s).total_seconds()
    if v <= 0:
        raise ValueError(s)
    return v


def _threshold(s: str) -> float:
    v = float(s)
    if not 0.0 <= v <= 1.0:
        raise ValueError(s)
    return v


def _addresses(s: str) -> tuple[str, ...]:
    out = tuple(a.strip().lower() for a in s.split(",") if a.strip())
    if any("@" not in a or any(c.isspace() for c in a) for a in out):
        raise ValueError(s)
    return out


def load_settings(
    overrides: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Read every layer and validate it; raises ConfigError naming the bad key."""
    environ = os.environ if environ is None else environ
    v, sources = gather(overrides, config_file, environ, cwd)
    for key in v:
        if key.startswith(PREFIX) and key[len(PREFIX):] not in KEYS:
            # A typo in a config file would otherwise be silently ignored.
            if key not in environ:
                raise ConfigError(f"unknown setting {key}: see config.example.env for the valid keys")

    def get(key: str) -> str:
        return v[PREFIX + key].strip()

    tls = get("IMAP_TLS").lower()
    if tls not in ("ssl", "starttls", "none"):
        raise ConfigError(f"{PREFIX}IMAP_TLS={tls!r} is invalid: expected ssl, starttls or none")
    port_raw = get("IMAP_PORT")
    port = 993 if tls == "ssl" else 143
    if port_raw:
        port = _check(v, "IMAP_PORT", _int_at_least(1), "a port number 1-65535")
        if port > 65535:
            raise ConfigError(f"{PREFIX}IMAP_PORT={port_raw!r} is invalid: expected a port number 1-65535")
    host = get("IMAP_HOST")
    allow_plain = _check(v, "IMAP_ALLOW_PLAINTEXT", _parse_bool, "true or false")
    if tls == "none" and host:
        if not allow_plain:
            raise ConfigError(
                f"{PREFIX}IMAP_TLS=none sends your password in clear: set {PREFIX}IMAP_ALLOW_PLAINTEXT=true "
                "(loopback servers only) or use ssl/starttls"
            )
        if not _is_loopback(host):
            raise ConfigError(
                f"{PREFIX}IMAP_TLS=none is only allowed to a loopback server, not {host!r}: use ssl or starttls"
            )
    ca_file = get("IMAP_CA_FILE")
    if ca_file and not Path(ca_file).expanduser().is_file():
        raise ConfigError(f"{PREFIX}IMAP_CA_FILE={ca_file!r} is not a readable file")
    folders = tuple(f.strip() for f in get("FOLDERS").split(",") if f.strip())
    if not folders:
        raise ConfigError(f"{PREFIX}FOLDERS is empty: expected a comma-separated list such as INBOX")
    username = get("IMAP_USERNAME")
    imap = ImapSettings(
        host=host,
        port=port,
        username=username,
        password=v[PREFIX + "IMAP_PASSWORD"],
        password_cmd=get("IMAP_PASSWORD_CMD"),
        oauth2_token_cmd=get("IMAP_OAUTH2_TOKEN_CMD"),
        tls=tls,
        ca_file=str(Path(ca_file).expanduser()) if ca_file else "",
        allow_plaintext=allow_plain,
        timeout=_check(v, "IMAP_TIMEOUT", _positive_seconds, "a duration such as 60s or 2m"),
        drafts_folder=get("DRAFTS_FOLDER"),
        sent_folder=get("SENT_FOLDER"),
        folders=folders,
        poll_interval=_check(v, "POLL_INTERVAL", _positive_seconds, "a duration such as 60s or 5m"),
        idle_timeout=_check(v, "IDLE_TIMEOUT", _idle_seconds, "a duration between 10s and 29m"),
        history_days=_check(v, "HISTORY_DAYS", _int_at_least(0), "a whole number of days, 0 or more"),
        max_fetch_bytes=_check(v, "MAX_FETCH_BYTES", _int_at_least(1024), "a number of bytes, at least 1024"),
    )
    work_hours = get("WORK_HOURS")
    start = end = None
    if work_hours:
        start, end = _check(v, "WORK_HOURS", _parse_hours, "HH:MM-HH:MM with start before end, e.g. 08:30-17:30")
    tz_name = get("TIMEZONE")
    schedule = Schedule(
        cool_off=_check(v, "COOL_OFF", parse_duration, "a duration such as 24h, 90m or 1d"),
        work_start=start,
        work_end=end,
        work_days=_check(v, "WORK_DAYS", _parse_days, "days such as Mon-Fri or Mon,Wed,Fri"),
        tz=_check(v, "TIMEZONE", _parse_tz, "an IANA zone such as Europe/Helsinki") if tz_name else None,
    )
    from .message import usable_address  # lazily: not needed for --help

    email = get("EMAIL")
    # The same test the draft's From goes through: an address that passed here and failed there
    # crashed `draft` (jamie@brightpath.) or gave a draft without From (é@x.com, a@x.com;b@y).
    if email and not usable_address(email):
        raise ConfigError(
            f"{PREFIX}EMAIL={email!r} is invalid: expected a plain address such as you@example.com "
            "(ASCII letters, no spaces, no trailing dot)"
        )
    if not email and usable_address(username):
        email = username
    identity = Identity(
        name=_one_line(get("NAME")),
        email=email,
        company=_one_line(get("COMPANY")),
        phone=_one_line(get("PHONE")),
        signature=v[PREFIX + "SIGNATURE"].strip().replace("\\n", "\n"),
    )
    own = _check(v, "OWN_ADDRESSES", _addresses, "comma-separated email addresses")
    own = tuple(dict.fromkeys(own + tuple(a.lower() for a in (email, username) if "@" in a)))
    level = get("LOG_LEVEL").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"{PREFIX}LOG_LEVEL={level!r} is invalid: expected DEBUG, INFO, WARNING or ERROR")
    templates_dir = get("TEMPLATES_DIR")
    if templates_dir and not Path(templates_dir).expanduser().is_dir():
        raise ConfigError(f"{PREFIX}TEMPLATES_DIR={templates_dir!r} is not a folder")
    draft_language = get("DRAFT_LANGUAGE").lower() or "auto"
    if draft_language not in DRAFT_LANGUAGES:
        raise ConfigError(
            f"{PREFIX}DRAFT_LANGUAGE={draft_language!r} is invalid: expected {', '.join(DRAFT_LANGUAGES)}"
        )
    data_dir = get("DATA_DIR")
    account = get("ACCOUNT") or (f"{username}@{host}" if username and host else "default")
    return Settings(
        heat_threshold=_check(v, "HEAT_THRESHOLD", _threshold, "a number between 0 and 1, such as 0.4"),
        templates_dir=Path(templates_dir).expanduser() if templates_dir else None,
        draft_language=draft_language,
        identity=identity,
        own_addresses=own,
        account=account,
        imap=imap,
        schedule=schedule,
        keywords=_check(v, "KEYWORDS", _parse_bool, "true or false"),
        max_attempts=_check(v, "MAX_ATTEMPTS", _int_at_least(1), "a whole number, 1 or more"),
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(environ),
        log_level=level,
        sources=sources,
    )


def _idle_seconds(s: str) -> float:
    v = parse_duration(s).total_seconds()
    if not 10 <= v <= 29 * 60:
        raise ValueError(s)
    return v


def _one_line(s: str) -> str:
    # Values end up in headers (From) and drafts: no line breaks.
    return " ".join(s.split())


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_secret(imap: ImapSettings) -> tuple[str, str]:
    """('password' | 'oauth2', secret). Runs the configured command when there is one.

    Errors never contain the secret itself.
    """
    import shlex
    import subprocess

    if imap.oauth2_token_cmd:
        return "oauth2", _run_secret_cmd(imap.oauth2_token_cmd, "IMAP_OAUTH2_TOKEN_CMD", shlex, subprocess)
    if imap.password_cmd:
        return "password", _run_secret_cmd(imap.password_cmd, "IMAP_PASSWORD_CMD", shlex, subprocess)
    if imap.password:
        return "password", imap.password
    raise ConfigError(
        f"no IMAP credentials: set {PREFIX}IMAP_PASSWORD, {PREFIX}IMAP_PASSWORD_CMD or {PREFIX}IMAP_OAUTH2_TOKEN_CMD"
    )


def _run_secret_cmd(cmd: str, key: str, shlex, subprocess) -> str:
    try:
        out = subprocess.run(shlex.split(cmd), capture_output=True, timeout=60, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired) as e:
        raise ConfigError(f"{PREFIX}{key} could not be run: {type(e).__name__}: check the command") from None
    if out.returncode != 0:
        raise ConfigError(f"{PREFIX}{key} exited with status {out.returncode}: check the command")
    lines = out.stdout.decode("utf-8", "replace").splitlines()
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise ConfigError(f"{PREFIX}{key} printed nothing: it must print the secret on its first line")
    return secret
