"""A throw-away Dovecot 2.3 IMAP server on 127.0.0.1 for the test suite.

Adapted from shared/reference/dovecot/dovecot_fixture.py. One server per
test session (~0.05 s to start, ~1.1 s to stop); every test gets its own
user from `add_user`, so tests never see each other's mail.

    with DovecotServer(tls=True) as srv:
        srv.add_user("alice", "pw")
        srv.append("alice", "INBOX", raw_bytes)

Runs as a normal user (everything runs as that user) and as root (Dovecot
refuses mail access as UID 0, so mail processes run as "nobody" and the temp
dir is chowned to it). Needs Debian's dovecot-imapd and openssl.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "dovecot.conf.template"

SSL_BLOCK = """ssl_cert = <{base}/tls/cert.pem
ssl_key = <{base}/tls/key.pem
ssl_min_protocol = TLSv1.2"""


def dovecot_path() -> str | None:
    exe = shutil.which("dovecot") or "/usr/sbin/dovecot"
    return exe if os.path.exists(exe) else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


class DovecotServer:
    def __init__(self, users: dict[str, str] | None = None, tls: bool = True, mail_user: str | None = None,
                 start_timeout: float = 15.0, pool: int = 64):
        import secrets

        self.users: dict[str, str] = dict(users or {})
        # Users written before the first login are usable at once; a user added
        # later takes up to ~1 s to appear (see add_user), so tests draw from this pool.
        self._pool = [(f"pool{i:03d}", secrets.token_hex(8)) for i in range(pool)]
        self.users.update(self._pool)
        self.tls = tls
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self.base: Path | None = None
        self.startup_seconds: float | None = None
        self._lock = threading.Lock()
        if os.geteuid() == 0:
            # Dovecot: "Mail access for users with UID 0 not permitted".
            self.mail_user = mail_user or "nobody"
        else:
            self.mail_user = pwd.getpwuid(os.geteuid()).pw_name
        pw = pwd.getpwnam(self.mail_user)
        self.uid, self.gid = pw.pw_uid, pw.pw_gid
        self.group = grp.getgrgid(self.gid).gr_name

    # ------------------------------------------------------------------ setup
    @property
    def conf_path(self) -> str:
        return str(self.base / "dovecot.conf")

    def _render(self) -> None:
        # Short path under /tmp: Unix socket paths are limited to 108 bytes.
        self.base = Path(tempfile.mkdtemp(prefix="rc-dc-", dir="/tmp"))
        self.port = _free_port()
        self.tls_port = _free_port() if self.tls else None
        for d in ("run", "state", "home", "tls"):
            (self.base / d).mkdir()
        self._write_passwd()
        self.cafile = None
        if self.tls:
            self.cafile = str(self.base / "tls" / "cert.pem")
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "ec",
                 "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", str(self.base / "tls" / "key.pem"),
                 "-out", self.cafile, "-days", "2", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                check=True, capture_output=True,
            )
        text = TEMPLATE.read_text()
        if not self.tls:
            start = text.index("  inet_listener imaps {{")
            end = text.index("}}", start) + 2
            text = text[:start] + text[end:]
        conf = text.format(
            base=self.base, user=self.mail_user, group=self.group,
            uid=self.uid, gid=self.gid, port=self.port,
            tls_port=self.tls_port or 0,
            ssl="yes" if self.tls else "no",
            ssl_block=SSL_BLOCK.format(base=self.base) if self.tls else "",
        )
        Path(self.conf_path).write_text(conf)
        if os.geteuid() == 0:
            # Mail processes run as mail_user; the key stays root-only (the
            # master reads it before dropping privileges).
            os.chmod(self.base, 0o755)
            for d in ("home", "state"):
                os.chown(self.base / d, self.uid, self.gid)
        for u in self.users:
            self._make_home(u)

    def _write_passwd(self) -> None:
        # Written to a temp file and renamed: Dovecot never reads half a file.
        tmp = self.base / "passwd.tmp"
        tmp.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        os.replace(tmp, self.base / "passwd")

    def _make_home(self, user: str) -> None:
        home = self.base / "home" / user
        home.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(home, self.uid, self.gid)

    # ------------------------------------------------------------------ users
    def new_user(self) -> tuple[str, str]:
        """A (name, password) nobody has used yet in this session."""
        with self._lock:
            if self._pool:
                return self._pool.pop(0)
            self._extra = getattr(self, "_extra", 0) + 1
            name = f"extra{self._extra:03d}"
        import secrets

        pw = secrets.token_hex(8)
        self.add_user(name, pw)
        return name, pw

    def add_user(self, name: str, password: str, timeout: float = 5.0) -> None:
        """Add a login to the running server and wait until Dovecot accepts it.

        Dovecot re-reads the passwd-file when its mtime or size changes, but
        checks at most once per second, so a user added right after another
        login can be refused for up to a second: poll until the login works.
        """
        if any(c in name + password for c in ":\n\r") or not name:
            raise ValueError("user names and passwords must not contain ':' or line breaks")
        with self._lock:
            self.users[name] = password
            self._make_home(name)
            self._write_passwd()
        deadline = time.monotonic() + timeout
        while not self.can_login(name, password):
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not pick up new user {name!r}\n{self.log()[-2000:]}")
            time.sleep(0.05)

    def can_login(self, name: str, password: str) -> bool:
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        try:
            c.login(name, password)
        except LoginError:
            return False
        finally:
            try:
                c.logout()
            except Exception:
                c.shutdown()
        return True

    # ---------------------------------------------------------------- helpers
    def client(self, user: str):
        """A logged-in imapclient connection (plain, loopback) for test set-up and oracles."""
        from imapclient import IMAPClient

        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(user, self.users[user])
        return c

    def append(self, user: str, folder: str, raw: bytes, flags=()) -> int | None:
        """APPEND through a separate connection; returns the new UID (UIDPLUS)."""
        import re

        c = self.client(user)
        try:
            resp = c.append(folder, raw, flags=tuple(flags))
        finally:
            c.logout()
        m = re.search(rb"APPENDUID \d+ (\d+)", resp or b"")
        return int(m.group(1)) if m else None

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def doveadm(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["doveadm", "-c", self.conf_path, *args],
                             capture_output=True, text=True, timeout=30)
        if check and out.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} exited {out.returncode}: {out.stderr}")
        return out.stdout

    def imap_processes(self, user: str | None = None) -> list[int]:
        """PIDs of the `imap` processes serving USER (verbose_proctitle names the user)."""
        pids = []
        for pid in self.children():
            # e.g. "dovecot-rc-test-4242/imap [alice 127.0.0.1 IDLE]"
            cmd = _cmdline(pid)
            if "/imap [" not in cmd:
                continue
            if user is None or f"/imap [{user} " in cmd:
                pids.append(pid)
        return pids

    def kill_imap(self, user: str, sig: int = signal.SIGKILL) -> list[int]:
        """Kill the server side of USER's connections (a dropped connection)."""
        pids = self.imap_processes(user)
        for pid in pids:
            os.kill(pid, sig)
        return pids

    # ------------------------------------------------------------- lifecycle
    def start(self) -> "DovecotServer":
        if self.base is None:
            self._render()
        exe = dovecot_path()
        if exe is None:
            raise RuntimeError("dovecot not found: apt-get install dovecot-imapd")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            [exe, "-F", "-c", self.conf_path],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = t0 + self.start_timeout
        while True:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace")
                raise RuntimeError(f"dovecot exited {self.proc.returncode}: {out}\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(200).startswith(b"* OK"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"dovecot did not start in {self.start_timeout}s\n{self.log()}")
            time.sleep(0.02)
        self.startup_seconds = time.monotonic() - t0
        return self

    def restart(self) -> None:
        """Stop and start again with the same ports, users and mail."""
        self.stop()
        self.start()

    def children(self) -> list[int]:
        if not self.proc:
            return []
        try:
            out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.proc.pid)],
                                 capture_output=True, text=True).stdout
            return [int(x) for x in out.split()]
        except Exception:
            return []

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the master, wait for it and for the children it had; SIGKILL
        only our own leftovers, as a last resort."""
        if self.proc and self.proc.poll() is None:
            kids = self.children()
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)  # our own session only
                self.proc.wait()
            # An imap child whose client is still connected can linger ~10 s
            # after the master is gone: give children a moment, then ask our
            # own leftovers to quit (they send BYE), and SIGKILL as a last resort.
            for sig, grace in ((None, 0.3), (signal.SIGTERM, 2.0), (signal.SIGKILL, 2.0)):
                if sig is not None:
                    for p in kids:
                        if _alive(p):
                            try:
                                os.kill(p, sig)
                            except ProcessLookupError:
                                pass
                deadline = time.monotonic() + grace
                while any(_alive(p) for p in kids) and time.monotonic() < deadline:
                    time.sleep(0.02)
                if not any(_alive(p) for p in kids):
                    break
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()

    def log(self) -> str:
        p = self.base / "dovecot.log" if self.base else None
        return p.read_text(errors="replace") if p and p.exists() else ""

    def cleanup(self) -> None:
        if self.base:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> "DovecotServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        if os.environ.get("RC_KEEP_DOVECOT_DIR") != "1":
            self.cleanup()
