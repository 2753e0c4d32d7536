"""IMAP benchmarks against a private Dovecot on 127.0.0.1.

    .venv/bin/python benchmarks/bench_imap.py [--messages 10000] [--runs 3] [--idle-samples 10]
                                              [--tls none|ssl] [--threads unique|corpus]

Measures, in one run and over the same generated INBOX:

  * the first scan of an N-message INBOX by reply-coach (`Watcher.run_once()`
    in-process, and `reply-coach watch --once` as a subprocess), next to
  * the floor: plain imapclient, SEARCH SINCE + UID FETCH of the very items
    `Mailbox.fetch` asks for, FETCH_CHUNK UIDs per FETCH, and
  * `mbsync` (isync) pulling the same folder into a local Maildir;
  * one instrumented first pass, to say where the time goes;
  * IDLE latency: APPEND of a heated email -> its row in the hold queue, with
    the `reply-coach watch` daemon idling (small mailbox, and after the N scan);
  * the daemon's resident memory (VmRSS, VmHWM) idle on an empty mailbox and
    idle after its N-message first scan.

Every first-scan measurement gets a fresh Dovecot user holding a copy of the
same Maildir (written straight into the user's Maildir/cur before its first
login, then SELECTed once so Dovecot has indexed it, as a real server would
have). The Dovecot is the test suite's (tests/dovecot.py), started once.
Prints a Markdown section for docs/performance.md on stdout; progress on
stderr. Timing belongs here, never in the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import secrets
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's throw-away Dovecot

from dovecot import DovecotServer, _cmdline, dovecot_path  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
HEATED_EXAMPLE = ROOT / "examples" / "heated-invoice.eml"
SPAN = timedelta(hours=20)  # INTERNALDATE/Date of the generated mail: the last 20 h
ME = {"NAME": "Jamie Rivera", "EMAIL": "jamie@brightpath.example", "COOL_OFF": "24h", "HISTORY_DAYS": "2"}


def say(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


def med(xs):
    return statistics.median(xs) if xs else float("nan")


# ---------------------------------------------------------------- the mailbox


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i >= 0:
            eol = b"\r\n" if sep.startswith(b"\r") else b"\n"
            return raw[:i], raw[i + len(sep):], eol
    return raw, b"", b"\n"


def restamp(raw: bytes, *, message_id: str, when: datetime, tag: str | None) -> bytes:
    """The email with a new Message-ID and Date; with `tag`, the sender address
    gets a +tag so every copy is its own conversation (no thread merging)."""
    head, body, eol = _split(raw)
    out, skipping = [], False
    for line in head.split(eol):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                out.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        skipping = name in (b"message-id", b"date")
        if skipping:
            continue
        if tag and name == b"from":
            line, n = re.subn(rb"<([^<>@\s]+)@", lambda m: b"<" + m.group(1) + b"+" + tag.encode() + b"@", line, 1)
            if not n:
                line = re.sub(rb"([^\s<>:]+)@", lambda m: m.group(1) + b"+" + tag.encode() + b"@", line, 1)
        out.append(line)
    out.append(b"Date: " + format_datetime(when).encode())
    out.append(b"Message-ID: " + message_id.encode())
    return eol.join(out) + eol + eol + body


def build_template(corpus: Path, n: int, dest: Path, threads: str, now: datetime) -> dict:
    """A Maildir with n messages cycling the corpus, oldest first, in dest/{cur,new,tmp}."""
    raws = [p.read_bytes() for p in sorted(corpus.glob("*.eml"))]
    if not raws:
        raise SystemExit(f"no *.eml in {corpus}")
    for d in ("cur", "new", "tmp"):
        (dest / d).mkdir(parents=True)
    run = secrets.token_hex(4)
    total = 0
    for i in range(n):
        when = (now - SPAN + SPAN * (i / max(1, n))).replace(microsecond=0)
        raw = restamp(raws[i % len(raws)], message_id=f"<bench-{run}-{i}@reply-coach.invalid>", when=when,
                      tag=f"b{i}" if threads == "unique" else None)
        ts = int(when.timestamp())
        p = dest / "cur" / f"{ts}.M{i:07d}P{os.getpid()}.rcbench:2,"
        p.write_bytes(raw)
        os.utime(p, (ts, ts))  # Maildir: the file's mtime is the INTERNALDATE
        total += len(raw)
    return {"corpus_files": len(raws), "bytes": total}


class Bench:
    def __init__(self, args):
        self.args = args
        self.tls = args.tls
        self.work = Path(tempfile.mkdtemp(prefix="rc-bench-"))
        self.srv: DovecotServer | None = None
        self.procs: list[subprocess.Popen] = []
        self.exe = shutil.which("reply-coach", path=str(Path(sys.executable).parent)) or "reply-coach"

    # -- server and users

    def start(self, users_needed: int) -> None:
        self.srv = DovecotServer(tls=True, pool=users_needed)
        self.srv.start()
        say(f"dovecot on 127.0.0.1:{self.srv.port} (TLS {self.srv.tls_port}), base {self.srv.base}")

    def close(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        if self.srv is not None:
            self.srv.stop()
            if os.environ.get("RC_KEEP_DOVECOT_DIR") != "1":
                self.srv.cleanup()
        if not self.args.keep:
            shutil.rmtree(self.work, ignore_errors=True)

    @property
    def port(self) -> int:
        return self.srv.tls_port if self.tls == "ssl" else self.srv.port

    def fresh_user(self, template: Path | None) -> tuple[str, str, float | None, int]:
        """A user never logged in, with a copy of `template` as its Maildir; then one
        SELECT so Dovecot has indexed it. Returns (name, password, index seconds, EXISTS)."""
        name, pw = self.srv.new_user()
        maildir = self.srv.base / "home" / name / "Maildir"
        if template is not None:
            shutil.copytree(template, maildir)
            if os.geteuid() == 0:  # the mail processes run as an unprivileged user
                for dirpath, _dirs, files in os.walk(maildir):
                    os.chown(dirpath, self.srv.uid, self.srv.gid)
                    for f in files:
                        os.chown(os.path.join(dirpath, f), self.srv.uid, self.srv.gid)
        c = self.srv.client(name)
        t0 = time.perf_counter()
        info = c.select_folder("INBOX", readonly=True)
        dt = time.perf_counter() - t0
        c.logout()
        return name, pw, (dt if template is not None else None), int(info.get(b"EXISTS", 0))

    def client(self, user: str, pw: str):
        from imapclient import IMAPClient

        if self.tls == "ssl":
            c = IMAPClient("127.0.0.1", port=self.srv.tls_port, ssl=True, ssl_context=self.srv.ssl_context(), timeout=120)
        else:
            c = IMAPClient("127.0.0.1", port=self.srv.port, ssl=False, timeout=120)
        c.login(user, pw)
        return c

    def rc_values(self, user: str, pw: str, data_dir: Path, **extra: str) -> dict[str, str]:
        v = {"IMAP_HOST": "127.0.0.1", "IMAP_PORT": str(self.port), "IMAP_USERNAME": user,
             "IMAP_PASSWORD": pw, "IMAP_TLS": self.tls, "IMAP_TIMEOUT": "120s", "DATA_DIR": str(data_dir), **ME}
        if self.tls == "none":
            v["IMAP_ALLOW_PLAINTEXT"] = "true"
        else:
            v["IMAP_CA_FILE"] = self.srv.cafile
        v.update(extra)
        return v

    def rc_settings(self, user: str, pw: str, data_dir: Path):
        from reply_coach.config import load_settings

        data_dir.mkdir(parents=True, exist_ok=True)
        return load_settings(overrides=self.rc_values(user, pw, data_dir), environ={}, cwd=data_dir)

    def rc_env(self, user: str, pw: str, data_dir: Path, **extra: str) -> dict[str, str]:
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
        env.update({f"REPLY_COACH_{k}": v for k, v in self.rc_values(user, pw, data_dir, **extra).items()})
        env["HOME"] = str(data_dir)
        env["XDG_CONFIG_HOME"] = str(data_dir / "config")
        return env

    # -- the measurements

    def rc_library(self, user: str, pw: str) -> dict:
        from reply_coach.holds import HoldStore
        from reply_coach.watcher import Watcher

        s = self.rc_settings(user, pw, self.work / f"rc-{user}")
        store = HoldStore.open(s.queue_path)
        w = Watcher(s, store)
        try:
            t0 = time.perf_counter()
            summary = w.run_once()
            dt = time.perf_counter() - t0
        finally:
            w.disconnect()
            store.close()
        return {"seconds": dt, "scanned": summary.scanned, "held": len(summary.held),
                "merged": len(summary.merged), "skipped": summary.skipped, "drafted": len(summary.drafted)}

    def rc_cli_once(self, user: str, pw: str) -> dict:
        data = self.work / f"cli-{user}"
        env = self.rc_env(user, pw, data)
        with open(self.work / f"cli-{user}.log", "w") as err:
            t0 = time.perf_counter()
            r = subprocess.run([self.exe, "watch", "--once"], stdout=subprocess.DEVNULL, stderr=err, env=env,
                               timeout=3600)
            dt = time.perf_counter() - t0
        text = (self.work / f"cli-{user}.log").read_text(errors="replace")
        m = re.search(r"scanned (\d+), held (\d+), merged (\d+)", text)
        if r.returncode != 0 or not m:
            raise RuntimeError(f"reply-coach watch --once exited {r.returncode}:\n{text[-2000:]}")
        return {"seconds": dt, "scanned": int(m.group(1)), "held": int(m.group(2)), "merged": int(m.group(3))}

    def floor(self, user: str, pw: str, since: date, keep_raw: bool = False) -> dict:
        from reply_coach.config import ImapSettings
        from reply_coach.imap import FETCH_CHUNK

        # The same data items as reply_coach.imap.Mailbox.fetch, the same chunking and byte limit.
        limit = ImapSettings().max_fetch_bytes
        parts = ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{limit}>", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
        raws = []
        nbytes = 0
        t0 = time.perf_counter()
        c = self.client(user, pw)
        c.normalise_times = False
        c.select_folder("INBOX", readonly=True)
        uids = sorted(c.search(["SINCE", since]))
        for i in range(0, len(uids), FETCH_CHUNK):
            resp = c.fetch(uids[i:i + FETCH_CHUNK], parts)
            for data in resp.values():
                header = text = b""
                for k, v in data.items():
                    if isinstance(k, bytes) and k.startswith(b"BODY[HEADER]"):
                        header = v or b""
                    elif isinstance(k, bytes) and k.startswith(b"BODY[TEXT]"):
                        text = v or b""
                nbytes += len(header) + len(text)
                if keep_raw:
                    raws.append(header + text)
        c.logout()
        dt = time.perf_counter() - t0
        return {"seconds": dt, "messages": len(uids), "bytes": nbytes, "fetches": -(-len(uids) // FETCH_CHUNK),
                "raws": raws}

    def mbsync(self, user: str, pw: str, fsync: bool) -> dict:
        local = self.work / f"mbsync-{user}"
        local.mkdir()
        rc = self.work / f"mbsyncrc-{user}"
        if self.tls == "ssl":
            sec = f"SSLType IMAPS\nCertificateFile {self.srv.cafile}\n"
        else:
            sec = "SSLType None\n"
        rc.write_text(
            f"FSync {'yes' if fsync else 'no'}\n\n"
            f"IMAPAccount bench\nHost 127.0.0.1\nPort {self.port}\nUser {user}\nPass {pw}\n{sec}"
            "AuthMechs LOGIN\nTimeout 120\n\n"
            "IMAPStore bench-far\nAccount bench\n\n"
            f"MaildirStore bench-near\nPath {local}/\nInbox {local}/INBOX\n\n"
            "Channel bench\nFar :bench-far:INBOX\nNear :bench-near:INBOX\n"
            "Sync Pull\nCreate Near\nExpunge None\nSyncState *\n"
        )
        rc.chmod(0o600)
        t0 = time.perf_counter()
        r = subprocess.run(["mbsync", "-c", str(rc), "bench"], capture_output=True, text=True, timeout=3600,
                           env={**os.environ, "HOME": str(local)})
        dt = time.perf_counter() - t0
        got = sum(len(os.listdir(local / "INBOX" / d)) for d in ("cur", "new")) if (local / "INBOX").exists() else 0
        if r.returncode != 0:
            raise RuntimeError(f"mbsync exited {r.returncode}: {r.stderr[-2000:]}")
        return {"seconds": dt, "messages": got}

    def instrumented(self, user: str, pw: str) -> dict:
        """One first pass with timing proxies around the mailbox, its imapclient
        connection and the queue: what the pass spends its time on."""
        from reply_coach.holds import HoldStore
        from reply_coach.imap import Mailbox
        from reply_coach.watcher import PassSummary, Watcher

        acc: dict[str, float] = defaultdict(float)
        cnt: Counter = Counter()

        class Timed:
            def __init__(self, target, prefix):
                object.__setattr__(self, "_t", target)
                object.__setattr__(self, "_p", prefix)

            def __getattr__(self, name):
                attr = getattr(self._t, name)
                if not callable(attr) or name.startswith("__"):
                    return attr

                def timed(*a, **k):
                    t0 = time.perf_counter()
                    try:
                        return attr(*a, **k)
                    finally:
                        acc[self._p + name] += time.perf_counter() - t0
                        cnt[self._p + name] += 1

                return timed

            def __setattr__(self, name, value):
                setattr(self._t, name, value)

        def connect(imap):
            mb = Mailbox.connect(imap)
            mb._client = Timed(mb._client, "imap ")  # every IMAP command reply-coach sends
            return Timed(mb, "mailbox ")

        s = self.rc_settings(user, pw, self.work / f"instr-{user}")
        store = HoldStore.open(s.queue_path)
        w = Watcher(s, Timed(store, "queue "), connect=connect)
        consider = w._consider

        def timed_consider(*a, **k):
            t0 = time.perf_counter()
            try:
                return consider(*a, **k)
            finally:
                acc["consider"] += time.perf_counter() - t0
                cnt["consider"] += 1

        w._consider = timed_consider
        summary = PassSummary()
        phases = {}

        def snap():
            return dict(acc), Counter(cnt)

        try:
            t0 = time.perf_counter()
            w.connect()
            phases["connect + login"] = time.perf_counter() - t0
            a0, c0 = snap()
            t1 = time.perf_counter()
            for folder in s.imap.folders:
                w.scan(folder, summary)
            phases["scan"] = time.perf_counter() - t1
            a1, c1 = snap()
            t2 = time.perf_counter()
            w.cancel_answered(summary)
            phases["cancel_answered"] = time.perf_counter() - t2
            a2, c2 = snap()
            t3 = time.perf_counter()
            w.release_due(datetime.now(timezone.utc), summary)
            phases["release_due"] = time.perf_counter() - t3
            phases["total"] = time.perf_counter() - t0
        finally:
            w.disconnect()
            store.close()
        scan_acc = {k: v - a0.get(k, 0.0) for k, v in a1.items()}
        cancel_acc = {k: v - a1.get(k, 0.0) for k, v in a2.items()}
        scan_cnt, cancel_cnt = c1 - c0, c2 - c1
        return {"phases": phases, "scan": (scan_acc, scan_cnt), "cancel": (cancel_acc, cancel_cnt),
                "held": len(summary.held), "merged": len(summary.merged), "scanned": summary.scanned}

    def idle_floor(self, user: str, pw: str, samples: int) -> list[float]:
        """The same APPEND seen by a bare imapclient IDLE: how soon Dovecot itself reports it."""
        base = HEATED_EXAMPLE.read_bytes()
        watcher, appender = self.client(user, pw), self.client(user, pw)
        lat = []
        try:
            watcher.select_folder("INBOX", readonly=True)
            for k in range(samples):
                watcher.idle()
                time.sleep(0.2)
                raw = restamp(base, message_id=f"<idle-floor-{k}-{secrets.token_hex(4)}@reply-coach.invalid>",
                              when=datetime.now(timezone.utc).replace(microsecond=0), tag=f"floor{k}")
                t0 = time.perf_counter()
                appender.append("INBOX", raw)
                while True:
                    got = watcher.idle_check(timeout=30)
                    if not got:
                        raise RuntimeError("no EXISTS within 30 s of the APPEND")
                    if any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in got):
                        break
                lat.append(time.perf_counter() - t0)
                watcher.idle_done()
        finally:
            for c in (watcher, appender):
                try:
                    c.logout()
                except Exception:
                    c.shutdown()
        return lat

    # -- the daemon

    def idling(self, user: str) -> bool:
        # verbose_proctitle: "dovecot-rc-test-NNN/imap [user 127.0.0.1 IDLE]" while in IDLE.
        return any(" IDLE]" in _cmdline(p) for p in self.srv.imap_processes(user))

    @staticmethod
    def wait(cond, timeout: float, what: str, step: float = 0.01) -> float:
        t0 = time.perf_counter()
        while not cond():
            if time.perf_counter() - t0 > timeout:
                raise RuntimeError(f"timed out after {timeout:.0f}s waiting for {what}")
            time.sleep(step)
        return time.perf_counter() - t0

    @staticmethod
    def mem(pid: int) -> dict[str, int]:
        out = {}
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    k, v = line.split(":", 1)
                    out[k] = int(v.split()[0])  # kB
        return out

    def daemon(self, user: str, pw: str, expect_last_uid: int, samples: int, label: str) -> dict:
        """Start `reply-coach watch`, wait for its first pass and IDLE, read its memory,
        then APPEND heated mail `samples` times and time each until it is held."""
        data = self.work / f"daemon-{user}"
        env = self.rc_env(user, pw, data)
        db = data / "queue.sqlite3"
        log_path = self.work / f"daemon-{user}.log"
        logf = open(log_path, "w")
        t0 = time.perf_counter()
        proc = subprocess.Popen([self.exe, "watch"], stdout=subprocess.DEVNULL, stderr=logf, env=env)
        self.procs.append(proc)
        probe = None
        try:
            def alive():
                if proc.poll() is not None:
                    raise RuntimeError(f"daemon exited {proc.returncode}: {log_path.read_text()[-2000:]}")
                return True

            self.wait(lambda: alive() and db.exists(), 120, "the queue database")
            probe = sqlite3.connect(str(db), timeout=30)

            def scanned_to(uid):
                try:
                    row = probe.execute("SELECT last_uid FROM folder_state WHERE folder = 'INBOX'").fetchone()
                except sqlite3.OperationalError:  # schema not created yet
                    return False
                return row is not None and row[0] >= uid

            self.wait(lambda: alive() and scanned_to(expect_last_uid) and self.idling(user), 3600, "first pass + IDLE",
                      step=0.02)
            to_idle = time.perf_counter() - t0
            time.sleep(1.0)  # settle
            mem_idle = self.mem(proc.pid)
            held_before = probe.execute("SELECT COUNT(*) FROM held").fetchone()[0]

            base = HEATED_EXAMPLE.read_bytes()
            lat, app, back = [], [], []
            c = self.client(user, pw)
            try:
                for k in range(samples):
                    self.wait(lambda: alive() and self.idling(user), 600, "IDLE", step=0.005)
                    time.sleep(0.2)
                    n0 = probe.execute("SELECT COUNT(*) FROM held").fetchone()[0]
                    raw = restamp(base, message_id=f"<idle-{label}-{k}-{secrets.token_hex(4)}@reply-coach.invalid>",
                                  when=datetime.now(timezone.utc).replace(microsecond=0), tag=f"idle{label}{k}")
                    t_a = time.perf_counter()
                    c.append("INBOX", raw)
                    t_b = time.perf_counter()
                    self.wait(lambda: probe.execute("SELECT COUNT(*) FROM held").fetchone()[0] > n0, 120,
                              "the hold", step=0.01)
                    t_h = time.perf_counter()
                    self.wait(lambda: alive() and self.idling(user), 600, "IDLE again", step=0.005)
                    t_i = time.perf_counter()
                    lat.append(t_h - t_a)
                    app.append(t_b - t_a)
                    back.append(t_i - t_a)
            finally:
                c.logout()
            mem_after = self.mem(proc.pid)
            t_stop = time.perf_counter()
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=60)
            stop_s = time.perf_counter() - t_stop
            return {"to_idle": to_idle, "mem_idle": mem_idle, "mem_after": mem_after, "held_before": held_before,
                    "latency": lat, "append": app, "back_to_idle": back, "exit": rc, "stop": stop_s,
                    "log": log_path}
        finally:
            if probe is not None:
                probe.close()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            logf.close()


# ---------------------------------------------------------------- reporting


def versions() -> dict[str, str]:
    def first_line(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip().splitlines()[0]
        except Exception:
            return "?"

    import imapclient

    return {"dovecot": first_line([dovecot_path() or "dovecot", "--version"]), "isync": first_line(["mbsync", "--version"]),
            "python": platform.python_version(), "imapclient": imapclient.__version__}


def fmt_runs(xs):
    return ", ".join(f"{x:.2f}" for x in xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=10_000, help="size of the INBOX (default 10000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each first-scan measurement (default 3)")
    ap.add_argument("--idle-samples", type=int, default=10, help="APPENDs per IDLE latency series (default 10)")
    ap.add_argument("--tls", choices=("none", "ssl"), default="none",
                    help="transport for reply-coach, the floor and mbsync alike (default none: plain loopback)")
    ap.add_argument("--threads", choices=("unique", "corpus"), default="unique",
                    help="unique: every copy is its own conversation (sender gets a +tag); corpus: copies keep "
                         "sender and subject, so a client's repeats merge into one held item")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--no-mbsync", action="store_true")
    ap.add_argument("--no-daemon", action="store_true", help="skip the IDLE latency and memory measurements")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (logs, queues, mbsync Maildirs)")
    args = ap.parse_args()
    if dovecot_path() is None:
        raise SystemExit("Dovecot not installed: apt-get install dovecot-imapd")
    if not args.no_mbsync and not shutil.which("mbsync"):
        raise SystemExit("mbsync not installed: apt-get install isync (or pass --no-mbsync)")

    # SIGTERM/SIGHUP: unwind through the finally below, so Dovecot and temp dirs go.
    def _bye(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _bye)
    signal.signal(signal.SIGHUP, _bye)

    started = time.perf_counter()
    now = datetime.now(timezone.utc)
    b = Bench(args)
    per_run = 5 if not args.no_mbsync else 3
    try:
        b.start(users_needed=args.runs * per_run + 6)
        tpl = b.work / "template"
        t0 = time.perf_counter()
        meta = build_template(args.corpus, args.messages, tpl, args.threads, now)
        say(f"template Maildir: {args.messages} messages, {meta['bytes'] / 1e6:.1f} MB, "
            f"{time.perf_counter() - t0:.1f} s")
        since = (datetime.now(timezone.utc) - timedelta(days=int(ME["HISTORY_DAYS"]))).date()

        res = defaultdict(list)
        counts = {}
        index_s = []
        analyze_rate = None
        for r in range(args.runs):
            order = ["rc", "cli", "floor"] + ([] if args.no_mbsync else ["mbsync", "mbsync-nofsync"])
            if r % 2:
                order.reverse()  # alternate the order: no tool always goes first
            for what in order:
                user, pw, idx, exists = b.fresh_user(tpl)
                index_s.append(idx)
                if exists != args.messages:
                    raise RuntimeError(f"{user}: EXISTS {exists}, expected {args.messages}")
                if what == "rc":
                    x = b.rc_library(user, pw)
                    counts["rc"] = x
                elif what == "cli":
                    x = b.rc_cli_once(user, pw)
                    counts["cli"] = x
                elif what == "floor":
                    x = b.floor(user, pw, since, keep_raw=analyze_rate is None)
                    counts["floor"] = x
                    if analyze_rate is None:
                        from reply_coach.heat import analyze
                        from reply_coach.message import parse

                        ta = time.perf_counter()
                        for raw in x["raws"]:
                            analyze(parse(raw))
                        analyze_rate = (len(x["raws"]), time.perf_counter() - ta)
                        x["raws"] = []
                elif what == "mbsync":
                    x = b.mbsync(user, pw, fsync=True)
                    counts["mbsync"] = x
                else:
                    x = b.mbsync(user, pw, fsync=False)
                res[what].append(x["seconds"])
                say(f"run {r + 1}/{args.runs} {what:15s} {x['seconds']:7.2f} s  "
                    + " ".join(f"{k}={v}" for k, v in x.items() if k not in ("seconds", "raws")))

        say("instrumented first pass ...")
        user, pw, idx, _ = b.fresh_user(tpl)
        index_s.append(idx)
        ins = b.instrumented(user, pw)
        say(f"  phases: " + ", ".join(f"{k} {v:.2f} s" for k, v in ins["phases"].items()))

        daemons = {}
        idle_floor = []
        if not args.no_daemon:
            say("bare imapclient IDLE: APPEND -> EXISTS ...")
            user, pw, _, _ = b.fresh_user(None)
            idle_floor = b.idle_floor(user, pw, args.idle_samples)
            say(f"  median {med(idle_floor) * 1000:.0f} ms")
            say("daemon on an empty mailbox: memory, IDLE latency ...")
            user, pw, _, _ = b.fresh_user(None)
            daemons["empty"] = b.daemon(user, pw, 0, args.idle_samples, "e")
            say(f"  to IDLE {daemons['empty']['to_idle']:.2f} s, latency median "
                f"{med(daemons['empty']['latency']) * 1000:.0f} ms")
            say(f"daemon on a fresh {args.messages}-message mailbox: first scan, memory, IDLE latency ...")
            user, pw, idx, exists = b.fresh_user(tpl)
            index_s.append(idx)
            daemons["full"] = b.daemon(user, pw, exists, args.idle_samples, "f")
            say(f"  to IDLE {daemons['full']['to_idle']:.2f} s, latency median "
                f"{med(daemons['full']['latency']) * 1000:.0f} ms")
    finally:
        b.close()
    elapsed = time.perf_counter() - started

    # ------------------------------------------------------------ Markdown
    v = versions()
    n = args.messages
    print(f"### IMAP benchmark (`benchmarks/bench_imap.py`), {now:%Y-%m-%d %H:%M} UTC")
    print()
    print(f"Dovecot {v['dovecot']} and the benchmark on the same machine, over 127.0.0.1, "
          f"{'plain IMAP' if args.tls == 'none' else 'implicit TLS'} for all three clients; Python {v['python']}, "
          f"imapclient {v['imapclient']}, {v['isync']}. INBOX: {n} messages ({meta['bytes'] / 1e6:.1f} MB), the "
          f"{meta['corpus_files']} dev-corpus emails cycled, each with a new Message-ID and a Date/INTERNALDATE "
          f"in the last 20 h ({'every copy its own conversation' if args.threads == 'unique' else 'copies keep sender and subject'}). "
          f"Every first scan gets a fresh user with its own copy, already indexed by Dovecot "
          f"(first SELECT of the new Maildir: median {med([i for i in index_s if i]):.2f} s, not counted). "
          f"{args.runs} runs, median; whole benchmark {elapsed / 60:.1f} min.")
    print()
    print("| first scan of the INBOX | median | runs (s) | messages/s |")
    print("| --- | --- | --- | --- |")
    rows = [("rc", "reply-coach `Watcher.run_once()` (library: login, SEARCH, FETCH, analyze, hold, keywords, cancel check)"),
            ("cli", "reply-coach `watch --once` (CLI subprocess, wall, incl. start-up and log)"),
            ("floor", "floor: imapclient login + SEARCH SINCE + UID FETCH of the same items, 200 UIDs per FETCH"),
            ("mbsync", "`mbsync` pull to a Maildir (FSync yes, the default)"),
            ("mbsync-nofsync", "`mbsync` pull to a Maildir (FSync no)")]
    for key, label in rows:
        if res.get(key):
            m = med(res[key])
            print(f"| {label} | {m:.2f} s | {fmt_runs(res[key])} | {n / m:,.0f} |")
    rc = counts.get("rc", {})
    if rc:
        print()
        print(f"reply-coach's pass: scanned {rc['scanned']}, held {rc['held']}, merged {rc['merged']}, "
              f"skipped (calm or automated) {rc['skipped']}, drafted {rc['drafted']}. "
              f"reply-coach / floor: {med(res['rc']) / med(res['floor']):.1f}x"
              + (f"; reply-coach / mbsync: {med(res['rc']) / med(res['mbsync']):.1f}x" if res.get("mbsync") else "")
              + f". Floor: {counts['floor']['fetches']} FETCH commands, {counts['floor']['bytes'] / 1e6:.1f} MB.")
    if analyze_rate:
        k, secs = analyze_rate
        print(f"Parse + analyze of the same {k} fetched messages, in-process, no IMAP: {secs:.2f} s "
              f"({k / secs:,.0f} msg/s).")
    print()
    print("Where one instrumented first pass spends its time (timing proxies around the Mailbox, its "
          "imapclient connection and the queue; a separate run, so totals differ slightly):")
    print()
    print("| part | seconds | calls |")
    print("| --- | --- | --- |")
    ph = ins["phases"]
    print(f"| whole pass | {ph['total']:.2f} | |")
    print(f"| connect + login | {ph['connect + login']:.2f} | 1 |")
    for phase, key in (("scan", "scan"), ("cancel_answered", "cancel")):
        a, c = ins[key]
        print(f"| **{phase}** | **{ph[phase]:.2f}** | |")
        for name in sorted(a, key=lambda k: -a[k]):
            if c[name] and a[name] >= 0.005 and (name.startswith("imap ") or name.startswith("queue ")):
                print(f"| &nbsp;&nbsp;{name} | {a[name]:.2f} | {c[name]} |")
        if phase == "scan" and "consider" in a:
            q = sum(v for k2, v in a.items() if k2.startswith("queue ") and k2 not in ("queue folder_state", "queue set_folder_state"))
            print(f"| &nbsp;&nbsp;parse + analyze + hold decisions (`_consider` minus queue calls) | "
                  f"{a['consider'] - q:.2f} | {c['consider']} |")
    print(f"| release_due | {ph['release_due']:.2f} | |")
    if daemons:
        print()
        print(f"IDLE latency: the `reply-coach watch` daemon idles on INBOX; a second connection APPENDs "
              f"examples/heated-invoice.eml (new Message-ID, sender and Date); the time from sending the APPEND "
              f"until the item's row is in the queue database (polled every 10 ms), {args.idle_samples} times. "
              f"\"Back in IDLE\" is until Dovecot shows the daemon's connection in IDLE again (the rest of the pass).")
        print()
        print("| IDLE client | APPEND -> held, median | max | APPEND itself, median | APPEND -> back in IDLE, median | max |")
        print("| --- | --- | --- | --- | --- | --- |")
        if idle_floor:
            print(f"| floor: bare imapclient IDLE, empty INBOX (APPEND -> `* n EXISTS` received) | "
                  f"{med(idle_floor) * 1000:.0f} ms | {max(idle_floor) * 1000:.0f} ms | | | |")
        for key, label in (("empty", "empty INBOX"), ("full", f"after the {n}-message first scan "
                                                                   f"({daemons.get('full', {}).get('held_before', 0)} items held)")):
            d = daemons.get(key)
            if d:
                print(f"| reply-coach daemon, {label} | {med(d['latency']) * 1000:.0f} ms | {max(d['latency']) * 1000:.0f} ms | "
                      f"{med(d['append']) * 1000:.1f} ms | {med(d['back_to_idle']) * 1000:.0f} ms | "
                      f"{max(d['back_to_idle']) * 1000:.0f} ms |")
        print()
        print("Daemon memory (`/proc/PID/status` of the `reply-coach watch` process):")
        print()
        print("| daemon | start -> first IDLE | VmRSS idle | VmHWM (peak) | VmRSS after the IDLE series |")
        print("| --- | --- | --- | --- | --- |")
        for key, label in (("empty", "empty INBOX"), ("full", f"fresh {n}-message INBOX (first scan)")):
            d = daemons.get(key)
            if d:
                print(f"| {label} | {d['to_idle']:.2f} s | {d['mem_idle']['VmRSS'] / 1024:.1f} MiB | "
                      f"{d['mem_idle']['VmHWM'] / 1024:.1f} MiB | {d['mem_after']['VmRSS'] / 1024:.1f} MiB |")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
