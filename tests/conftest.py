"""Shared fixtures. The IMAP tests run against a real Dovecot started once per session."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `import dovecot`

from dovecot import DovecotServer, dovecot_path  # noqa: E402

from reply_coach.config import Settings, load_settings  # noqa: E402


@pytest.fixture(scope="session")
def dovecot():
    if dovecot_path() is None:
        msg = "Dovecot not installed: apt-get install dovecot-imapd"
        if os.environ.get("REPLY_COACH_REQUIRE_DOVECOT") == "1":
            pytest.fail(msg + " (REPLY_COACH_REQUIRE_DOVECOT=1: the IMAP tests must run)")
        pytest.skip(msg)
    with DovecotServer(tls=True) as srv:
        yield srv


@dataclass(frozen=True)
class ImapUser:
    name: str
    password: str
    settings: Settings  # implicit TLS to the test server, trusting its self-signed cert

    def with_imap(self, **overrides: str) -> Settings:
        """Settings for this user with other REPLY_COACH_* values (keys without the prefix)."""
        return load_settings(overrides={**self._base, **overrides}, environ={}, cwd=Path(self.settings.data_dir))

    @property
    def _base(self) -> dict[str, str]:
        imap = self.settings.imap
        return {
            "IMAP_HOST": imap.host, "IMAP_PORT": str(imap.port), "IMAP_USERNAME": self.name,
            "IMAP_PASSWORD": self.password, "IMAP_TLS": imap.tls, "IMAP_CA_FILE": imap.ca_file,
            "IMAP_TIMEOUT": "10s", "DATA_DIR": str(self.settings.data_dir),
        }


@pytest.fixture
def imap_user(dovecot, tmp_path) -> ImapUser:
    """A fresh Dovecot user (empty mailbox) and Settings that log in as it."""
    name, password = dovecot.new_user()
    settings = load_settings(
        overrides={
            "IMAP_HOST": "127.0.0.1",
            "IMAP_PORT": str(dovecot.tls_port),
            "IMAP_USERNAME": name,
            "IMAP_PASSWORD": password,
            "IMAP_TLS": "ssl",
            "IMAP_CA_FILE": dovecot.cafile,
            "IMAP_TIMEOUT": "10s",
            "DATA_DIR": str(tmp_path),
        },
        environ={},
        cwd=tmp_path,
    )
    return ImapUser(name, password, settings)
