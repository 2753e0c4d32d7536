"""The "wait a day" queue: a SQLite store of held client emails and its state machine.

Knows nothing of IMAP: the watcher feeds it `Candidate`s and asks what is `due`.

States::

    held ──mark_releasing──> releasing ──mark_drafted──> drafted
      │  └──────────────mark_drafted───────────────────────^
      ├──mark_cancelled──> cancelled     (also from releasing and failed)
      └──record_failure (attempts >= max)──> failed ──release_now──> held
                     record_unreadable ──> failed  (an email that could not be read at all)

`releasing` is a journal entry in the manner of mbsync: the watcher commits the
draft's Message-ID *before* the IMAP APPEND, so that after a crash it searches
Drafts for that id instead of appending a second draft. An item keeps its
`draft_message_id` for life, and `mark_releasing` refuses a different one.

Nothing is ever dropped silently: rows only change state; the one DELETE is the
explicit `purge` of old drafted/cancelled rows.

Times are stored as fixed-width UTC ISO strings (they sort as text) and come
back as aware UTC datetimes.
"""

from __future__ import annotations

import errno
import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from .config import PREFIX
from .errors import ConfigError, QueueError, ReplyCoachError
from .scenarios import primary

UTC = timezone.utc

HELD, RELEASING, DRAFTED, CANCELLED, FAILED = "held", "releasing", "drafted", "cancelled", "failed"
STATES = (HELD, RELEASING, DRAFTED, CANCELLED, FAILED)
OPEN_STATES = (HELD, RELEASING)

# Each step upgrades user_version i to i+1; a step is a list of statements (not
# executescript, which would COMMIT and break the one-transaction promise).
# Never edit a released step: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the held items and per-folder sync state
    (
        """CREATE TABLE held (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            message_id TEXT,
            thread_key TEXT NOT NULL DEFAULT '',
            sender TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            heat REAL NOT NULL DEFAULT 0,
            scenario TEXT,
            signals TEXT NOT NULL DEFAULT '[]',
            received_at TEXT NOT NULL,
            release_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'held'
                CHECK (state IN ('held', 'releasing', 'drafted', 'cancelled', 'failed')),
            reason TEXT NOT NULL DEFAULT '',
            draft_message_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (account, folder, uidvalidity, uid),
            UNIQUE (account, message_id)
        )""",
        """CREATE TABLE folder_state (
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account, folder)
        )""",
    ),
    # 2: merging a thread into one item. The superseded messages keep their own
    # UNIQUE rows so a rescan never queues them again; every thread key of an
    # item is indexed so a reply or a same-subject follow-up both find it.
    (
        """CREATE TABLE merged_message (
            item_id INTEGER NOT NULL REFERENCES held(id),
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            message_id TEXT,
            subject TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            UNIQUE (account, folder, uidvalidity, uid),
            UNIQUE (account, message_id)
        )""",
        """CREATE TABLE thread_key (
            item_id INTEGER NOT NULL REFERENCES held(id),
            account TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (item_id, key)
        )""",
        "CREATE INDEX thread_key_lookup ON thread_key (account, key)",
        """INSERT INTO thread_key (item_id, account, key)
            SELECT id, account, thread_key FROM held WHERE thread_key != ''""",
        "ALTER TABLE folder_state ADD COLUMN highestmodseq INTEGER",
        "CREATE INDEX held_due ON held (state, release_at)",
    ),
    # 3: the held email itself (capped at MAX_FETCH_BYTES), so the draft can be
    # written at release time even if the user has moved the original or the
    # folder's UIDVALIDITY changed meanwhile.
    ("ALTER TABLE held ADD COLUMN raw BLOB",),
    # 4: every email's stable key: its Message-ID, or for one without a usable
    # Message-ID the stand-in its draft carries in X-Reply-Coach-Source (a hash of
    # sender, subject and date), so that id-less mail, too, is recognised after
    # a UIDVALIDITY change and never drafted twice. Old rows keep their Message-ID.
    (
        "ALTER TABLE held ADD COLUMN source_id TEXT",
        "UPDATE held SET source_id = message_id",
        "CREATE UNIQUE INDEX held_source_id ON held (account, source_id)",
        "ALTER TABLE merged_message ADD COLUMN source_id TEXT",
        "UPDATE merged_message SET source_id = message_id",
        "CREATE UNIQUE INDEX merged_source_id ON merged_message (account, source_id)",
    ),
    # 5: which of our keywords the watcher last settled on each email ('held',
    # 'drafted' or ''), so it can bring the server in line with the item's state
    # in batches (`pending_marks`): after a cancel from the command line too, for
    # merged emails, and for an email found under a new UIDVALIDITY. Versions
    # before this one put $ReplyCoachHeld on everything they queued and took it
    # off only the newest email of a drafted item: say so, and sync cleans up.
    (
        "ALTER TABLE held ADD COLUMN marked TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE merged_message ADD COLUMN marked TEXT NOT NULL DEFAULT ''",
        "UPDATE held SET marked = CASE state WHEN 'drafted' THEN 'drafted' ELSE 'held' END",
        "UPDATE merged_message SET marked = 'held'",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Candidate:
    """A heated email the watcher wants held: where it is, who wrote it, how hot, when to release."""

    account: str
    folder: str
    uidvalidity: int
    uid: int
    message_id: str  # "" when the email has none
    received_at: datetime
    release_at: datetime
    thread_keys: tuple[str, ...] = ()  # from `thread_keys(...)`; the first is the item's main key
    sender: str = ""
    subject: str = ""
    heat: float = 0.0
    scenario: str | None = None
    signals: tuple = ()  # heat.Signal values or {"name", "words", "weight"} mappings
    raw: bytes = b""  # the email as fetched, to draft from at release time
    source_id: str = ""  # the stable key (see migration 4); "" means the Message-ID

    @property
    def key(self) -> str:
        return self.source_id or self.message_id


@dataclass(frozen=True)
class MergedMessage:
    """An earlier email of a thread, superseded by a newer one the draft will answer."""

    folder: str
    uidvalidity: int
    uid: int
    message_id: str
    subject: str
    received_at: datetime
    source_id: str = ""


@dataclass(frozen=True)
class HeldItem:
    id: int
    account: str
    folder: str
    uidvalidity: int
    uid: int
    message_id: str
    thread_key: str
    sender: str
    subject: str
    heat: float
    scenario: str | None
    signals: tuple[dict, ...]
    received_at: datetime
    release_at: datetime
    state: str
    reason: str
    draft_message_id: str
    attempts: int
    last_error: str
    created_at: datetime
    updated_at: datetime
    merged: tuple[MergedMessage, ...] = ()
    source_id: str = ""  # the dedup key, and the draft's X-Reply-Coach-Source marker

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def merged_uids(self) -> tuple[int, ...]:
        return tuple(m.uid for m in self.merged)


@dataclass(frozen=True)
class PendingMark:
    """An email whose keywords on the server should change from `marked` to `wanted`
    ('held', 'drafted' or '': none of ours)."""

    item_id: int
    merged_rowid: int | None  # None: the item's own (newest) email
    folder: str
    uidvalidity: int
    uid: int
    marked: str
    wanted: str


# The keyword state an email of an item should carry, in SQL over held `h`:
# drafted items show 'drafted', cancelled ones nothing, open ones 'held'. Failed
# items are left as they are (a failed draft stays marked held; an unreadable
# email never was).
_WANTED = """CASE h.state WHEN 'drafted' THEN 'drafted' WHEN 'cancelled' THEN ''
                          WHEN 'failed' THEN {marked} ELSE 'held' END"""


@dataclass(frozen=True)
class FolderState:
    account: str
    folder: str
    uidvalidity: int
    last_uid: int
    highestmodseq: int | None
    updated_at: datetime


# ---------------------------------------------------------------- thread keys

_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv|vs|vl|wg|antw|odp|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def normalize_subject(subject: str) -> str:
    """'RE: Sv: AW:  Invoice  #42' -> 'invoice #42' (reply prefixes of en, da, fi, de, ...)."""
    return " ".join(_PREFIX.sub("", subject or "").split()).casefold()


def thread_keys(
    *,
    message_id: str | None = "",
    in_reply_to: str | None = "",
    references: Sequence[str] = (),
    subject: str = "",
    sender: str = "",
) -> tuple[str, ...]:
    """Every key under which an email may meet an earlier email of its thread, most reliable first.

    References' root, then In-Reply-To, then the email's own Message-ID, then
    sender + normalized subject: a client's follow-up is found whether it was
    written as a reply or as a fresh email with the same subject.
    """
    keys: list[str] = []
    for mid in (references[0] if references else "", in_reply_to or "", message_id or ""):
        mid = mid.strip()
        if mid:
            keys.append("mid:" + mid.lower())
    subj = normalize_subject(subject)
    if subj and sender.strip():
        keys.append(f"subj:{sender.strip().lower()}|{subj}")
    return tuple(dict.fromkeys(keys))


# ---------------------------------------------------------------- the store


def _ts(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt!r}: the queue only takes aware datetimes")
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _signals_json(signals: Iterable) -> str:
    out = []
    for s in signals:
        if isinstance(s, Mapping):
            out.append({"name": str(s.get("name", "")), "words": list(s.get("words", ())), "weight": s.get("weight", 0)})
        else:
            out.append({"name": s.name, "words": list(s.words), "weight": round(float(s.weight), 3)})
    return json.dumps(out, ensure_ascii=False)


def _merge_signals(old: str, new: str) -> str:
    merged: dict[str, dict] = {}
    for s in json.loads(old) + json.loads(new):
        cur = merged.setdefault(s["name"], {"name": s["name"], "words": [], "weight": 0})
        cur["words"] = list(dict.fromkeys(cur["words"] + list(s.get("words", []))))
        cur["weight"] = max(cur["weight"], s.get("weight", 0))
    return json.dumps(list(merged.values()), ensure_ascii=False)


class HoldStore:
    """The queue database. Open with `HoldStore.open(path)`; use as a context manager."""

    def __init__(self, conn, path: Path, clock: Callable[[], datetime]):
        self._conn = conn
        self.path = path
        self._clock = clock

    # -- opening

    @classmethod
    def open(cls, path: Path | str, *, clock: Callable[[], datetime] | None = None, timeout: float = 10.0) -> "HoldStore":
        import sqlite3

        path = Path(path).expanduser()
        _private_dir(path.parent)
        try:
            _private_file(path)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a
            # transition is exactly one transaction and DDL is included.
            # A store may be handed to the thread that uses it (one per account
            # in `watch`); it is never used by two threads at once.
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as e:
            raise QueueError(f"cannot open the queue database {path}: {e}") from None
        store = cls(conn, path, clock or (lambda: datetime.now(UTC)))
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise QueueError(f"the queue database {path} cannot use WAL mode (got {mode}): is it on a network drive?")
            # FULL, not NORMAL: the `releasing` journal must be on disk before the
            # APPEND it announces, or a power cut could produce a second draft.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store._migrate()
        except sqlite3.DatabaseError as e:
            conn.close()
            raise QueueError(f"the queue database {path} is unusable ({e}): move it aside to start afresh") from None
        except BaseException:
            conn.close()
            raise
        return store

    def _migrate(self) -> None:
        with self._tx() as c:
            # Read inside the write transaction: another process may have migrated meanwhile.
            version = c.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise QueueError(
                    f"the queue database {self.path} is schema version {version}, newer than this "
                    f"reply-coach understands ({SCHEMA_VERSION}): upgrade reply-coach"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target - 1]:
                    c.execute(statement)
                c.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "HoldStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator:
        import sqlite3

        c = self._conn
        try:
            # IMMEDIATE: take the write lock up front so a read-then-write never
            # fails halfway with SQLITE_BUSY; busy_timeout waits for it.
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise QueueError(f"the queue database {self.path} is busy or locked: {e}") from None
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            c.execute("COMMIT")

    def _now(self, now: datetime | None) -> str:
        return _ts(now if now is not None else self._clock())

    # -- reading

    def _item(self, row) -> HeldItem:
        merged = tuple(
            MergedMessage(
                folder=m["folder"],
                uidvalidity=m["uidvalidity"],
                uid=m["uid"],
                message_id=m["message_id"] or "",
                subject=m["subject"],
                received_at=_dt(m["received_at"]),
                source_id=m["source_id"] or m["message_id"] or "",
            )
            for m in self._conn.execute(
                "SELECT * FROM merged_message WHERE item_id = ? ORDER BY received_at, rowid", (row["id"],)
            )
        )
        return HeldItem(
            id=row["id"],
            account=row["account"],
            folder=row["folder"],
            uidvalidity=row["uidvalidity"],
            uid=row["uid"],
            message_id=row["message_id"] or "",
            thread_key=row["thread_key"],
            sender=row["sender"],
            subject=row["subject"],
            heat=row["heat"],
            scenario=row["scenario"],
            signals=tuple(json.loads(row["signals"])),
            received_at=_dt(row["received_at"]),
            release_at=_dt(row["release_at"]),
            state=row["state"],
            reason=row["reason"],
            draft_message_id=row["draft_message_id"] or "",
            attempts=row["attempts"],
            last_error=row["last_error"],
            created_at=_dt(row["created_at"]),
            updated_at=_dt(row["updated_at"]),
            merged=merged,
            source_id=row["source_id"] or row["message_id"] or "",
        )

    def get(self, item_id: int) -> HeldItem:
        row = self._conn.execute("SELECT * FROM held WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise QueueError(f"no queue item {item_id}: see `reply-coach queue list`")
        return self._item(row)

    def list(self, states: Iterable[str] | None = None, *, account: str | None = None) -> list[HeldItem]:
        """Items in the given states (all when None), soonest release first."""
        sql, args = "SELECT * FROM held WHERE 1", []
        if states is not None:
            states = tuple(states)
            unknown = set(states) - set(STATES)
            if unknown:
                raise QueueError(f"unknown queue state(s) {', '.join(sorted(unknown))}: expected {', '.join(STATES)}")
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args += states
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        return [self._item(r) for r in self._conn.execute(sql + " ORDER BY release_at, id", args)]

    def get_raw(self, item_id: int) -> bytes | None:
        """The held (newest) email's bytes, or None when they were not stored."""
        row = self._conn.execute("SELECT raw FROM held WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise QueueError(f"no queue item {item_id}: see `reply-coach queue list`")
        return bytes(row[0]) if row[0] is not None else None

    def data_version(self) -> int:
        """Changes whenever another connection (the CLI, another account's thread) commits
        to the queue; never for this connection's own writes. Cheap: no disk read."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def counts(self) -> dict[str, int]:
        """Number of items per state, for `doctor`."""
        return {r[0]: r[1] for r in self._conn.execute("SELECT state, COUNT(*) FROM held GROUP BY state")}

    def due(self, now: datetime, *, account: str | None = None) -> list[HeldItem]:
        """Open items whose release time has come, oldest release first (releasing ones included: they need finishing)."""
        sql, args = "SELECT * FROM held WHERE state IN (?, ?) AND release_at <= ?", [HELD, RELEASING, _ts(now)]
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        return [self._item(r) for r in self._conn.execute(sql + " ORDER BY release_at, id", args)]

    def next_release(self, *, account: str | None = None) -> datetime | None:
        """When the next open item falls due, so the watcher knows how long it may sleep.

        Each account's watcher asks for its own: another account's overdue item
        (which only its own thread can release) must not cut this one's wait short.
        """
        sql, args = "SELECT MIN(release_at) FROM held WHERE state IN (?, ?)", [HELD, RELEASING]
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        row = self._conn.execute(sql, args).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def open_in_folder(self, account: str, folder: str) -> list[HeldItem]:
        """Open items whose (newest) email sits in `folder`, e.g. to check for \\Answered."""
        rows = self._conn.execute(
            "SELECT * FROM held WHERE account = ? AND folder = ? AND state IN (?, ?) ORDER BY uid",
            (account, folder, HELD, RELEASING),
        )
        return [self._item(r) for r in rows]

    def find_open_in_thread(
        self, account: str, keys: str | Iterable[str], *, sender: str | None = None
    ) -> HeldItem | None:
        """The newest `held` item sharing any thread key (and, given `sender`, from that
        sender), to merge a follow-up into.

        The sender is part of the query, not checked afterwards: in a thread where a
        colleague wrote last, the client's own item is still found.
        `releasing` items are not offered: their draft is already being written
        for the earlier email, so a follow-up becomes an item of its own.
        """
        keys = (keys,) if isinstance(keys, str) else tuple(k for k in keys if k)
        if not keys:
            return None
        sql = f"""SELECT h.* FROM held h JOIN thread_key k ON k.item_id = h.id
                  WHERE k.account = ? AND k.key IN ({','.join('?' * len(keys))}) AND h.state = ?"""
        args: list = [account, *keys, HELD]
        if sender is not None:
            sql += " AND lower(h.sender) = lower(?)"
            args.append(sender)
        row = self._conn.execute(sql + " ORDER BY h.received_at DESC, h.id DESC LIMIT 1", args).fetchone()
        return self._item(row) if row else None

    def find_message(
        self, account: str, folder: str, uidvalidity: int, uid: int, message_id: str = "", *, source_id: str = ""
    ) -> HeldItem | None:
        """The item that holds this email, directly or merged; None when it was never queued.

        Found by place (folder, UIDVALIDITY, UID) or by key (source_id or Message-ID).
        """
        return self._find_known(self._conn, account, folder, uidvalidity, uid, source_id or message_id, message_id)

    def _find_known(self, c, account, folder, uidvalidity, uid, key, message_id="") -> HeldItem | None:
        # NULLs never match: an email with neither key is known by its place only.
        # The Message-ID is asked too, for rows whose key a migration could only copy from it.
        k, mid = key or None, message_id or None
        # One simple lookup per UNIQUE index, not one OR over three of them: SQLite answered
        # the OR with a scan of the whole table, which made a 10,000-message first scan
        # quadratic (1 ms a lookup at 5,000 rows).
        row = c.execute(
            """SELECT id FROM held WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?
               UNION ALL SELECT id FROM held WHERE account = ? AND source_id IN (?, ?)
               UNION ALL SELECT id FROM held WHERE account = ? AND message_id IN (?, ?)
               UNION ALL SELECT item_id FROM merged_message WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?
               UNION ALL SELECT item_id FROM merged_message WHERE account = ? AND source_id IN (?, ?)
               UNION ALL SELECT item_id FROM merged_message WHERE account = ? AND message_id IN (?, ?)
               LIMIT 1""",
            (account, folder, uidvalidity, uid, account, k, mid, account, k, mid) * 2,
        ).fetchone()
        return self.get(row[0]) if row else None

    # -- writing

    def hold(self, candidate: Candidate, *, now: datetime | None = None) -> HeldItem | None:
        """Queue a heated email. None when it is already known (same UID or Message-ID), merged or not."""
        return self._insert(candidate, HELD, now=now)

    def record_unreadable(self, candidate: Candidate, error: str, *, now: datetime | None = None) -> HeldItem | None:
        """Keep an email that could not be read (parsed, analysed) as a `failed` row with the error.

        Nothing is passed over silently: the user sees it in `queue list`. It is
        never due; `release_now` gives it another try. None when already known.
        """
        return self._insert(candidate, FAILED, error=error, now=now)

    def _insert(self, candidate: Candidate, state: str, *, error: str = "", now: datetime | None = None) -> HeldItem | None:
        c_ = candidate
        stamp = self._now(now)
        with self._tx() as c:
            if self._find_known(c, c_.account, c_.folder, c_.uidvalidity, c_.uid, c_.key, c_.message_id):
                return None
            cur = c.execute(
                """INSERT INTO held (account, folder, uidvalidity, uid, message_id, source_id, thread_key, sender,
                       subject, heat, scenario, signals, received_at, release_at, state, last_error, created_at,
                       updated_at, raw)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    c_.account, c_.folder, c_.uidvalidity, c_.uid,
                    # NULLs never collide in UNIQUE: mails without either key stay distinct
                    c_.message_id or None, c_.key or None,
                    c_.thread_keys[0] if c_.thread_keys else "",
                    c_.sender, c_.subject, float(c_.heat), c_.scenario, _signals_json(c_.signals),
                    _ts(c_.received_at), _ts(c_.release_at), state, str(error)[:2000], stamp, stamp, c_.raw or None,
                ),
            )
            item_id = cur.lastrowid
            self._add_keys(c, item_id, c_.account, c_.thread_keys)
        return self.get(item_id)

    @staticmethod
    def _add_keys(c, item_id: int, account: str, keys: Iterable[str]) -> None:
        c.executemany(
            "INSERT OR IGNORE INTO thread_key (item_id, account, key) VALUES (?, ?, ?)",
            [(item_id, account, k) for k in keys if k],
        )

    def merge(self, existing_id: int, newer: Candidate, *, now: datetime | None = None) -> HeldItem:
        """Fold a follow-up email of the same thread into a held item.

        The draft answers the newest email, so the item moves to it (uid,
        Message-ID, subject, received_at); the one it replaces is kept in
        `merged`. Heat is the maximum, the scenario the most severe, signals the
        union. release_at is the later of the two: callers pass the follow-up's
        own release time (its received time + cool-off), so the user gets a full
        cool-off after the latest heated email and `release_now` is not undone
        by an older email arriving late. An email already known is a no-op.
        """
        stamp = self._now(now)
        with self._tx() as c:
            cur = self._get_in(c, existing_id)
            if cur.state != HELD:
                raise QueueError(f"queue item {existing_id} is {cur.state}: only held items take follow-ups")
            if newer.account != cur.account:
                raise QueueError(f"queue item {existing_id} belongs to account {cur.account}, not {newer.account}")
            known = self._find_known(
                c, newer.account, newer.folder, newer.uidvalidity, newer.uid, newer.key, newer.message_id
            )
            if known is not None:
                return known
            if newer.received_at >= cur.received_at:
                # The follow-up becomes the item's email; the current one goes to
                # history, with the keyword it carries. The row now names an email
                # that has none of ours yet (marked '').
                marked = c.execute("SELECT marked FROM held WHERE id = ?", (existing_id,)).fetchone()[0]
                superseded = (cur.folder, cur.uidvalidity, cur.uid, cur.message_id or None, cur.source_id or None,
                              cur.subject, _ts(cur.received_at), marked)
                c.execute(
                    """UPDATE held SET folder = ?, uidvalidity = ?, uid = ?, message_id = ?, source_id = ?, sender = ?,
                           subject = ?, received_at = ?, raw = COALESCE(?, raw), marked = '' WHERE id = ?""",
                    (newer.folder, newer.uidvalidity, newer.uid, newer.message_id or None, newer.key or None,
                     newer.sender or cur.sender, newer.subject, _ts(newer.received_at), newer.raw or None,
                     existing_id),
                )
            else:
                # Out of order (an older email seen late): history only, the draft still answers the newest.
                superseded = (newer.folder, newer.uidvalidity, newer.uid, newer.message_id or None, newer.key or None,
                              newer.subject, _ts(newer.received_at), "")
            c.execute(
                """INSERT INTO merged_message (item_id, account, folder, uidvalidity, uid, message_id, source_id,
                       subject, received_at, marked, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (existing_id, cur.account, *superseded, stamp),
            )
            scenario = primary([s for s in (cur.scenario, newer.scenario) if s]) or cur.scenario or newer.scenario
            row = c.execute("SELECT signals FROM held WHERE id = ?", (existing_id,)).fetchone()
            c.execute(
                """UPDATE held SET heat = ?, scenario = ?, signals = ?, release_at = ?, updated_at = ? WHERE id = ?""",
                (
                    max(cur.heat, float(newer.heat)),
                    scenario,
                    _merge_signals(row["signals"], _signals_json(newer.signals)),
                    _ts(max(cur.release_at, newer.release_at)),
                    stamp,
                    existing_id,
                ),
            )
            self._add_keys(c, existing_id, cur.account, newer.thread_keys)
        return self.get(existing_id)

    def relocate(self, account: str, key: str, folder: str, uidvalidity: int, uid: int) -> int | None:
        """Point the known email `key` of `folder` at its UID under the folder's new UIDVALIDITY.

        After a UIDVALIDITY change (RFC 3501: the old UIDs mean nothing) the
        rescan finds known emails at new UIDs; without this, `\\Answered` and
        our keywords would be read from and written to whatever email now has
        the old UID. Only an email whose row names this folder under another
        UIDVALIDITY moves (a copy in another folder is not this email's
        place). It is marked afresh: the new incarnation carries none of our
        keywords. Returns the item's id, or None when nothing moved.
        """
        with self._tx() as c:
            place = (account, folder, uidvalidity, uid)
            taken = c.execute(
                """SELECT 1 FROM held WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?
                   UNION ALL SELECT 1 FROM merged_message WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?""",
                place * 2,
            ).fetchone()
            if taken or not key:
                return None
            for table, item_col in (("held", "id"), ("merged_message", "item_id")):
                row = c.execute(
                    f"""SELECT rowid, {item_col} FROM {table} WHERE account = ? AND folder = ? AND uidvalidity != ?
                        AND (source_id = ? OR message_id = ?)""",
                    (account, folder, uidvalidity, key, key),
                ).fetchone()
                if row:
                    c.execute(f"UPDATE {table} SET uidvalidity = ?, uid = ?, marked = '' WHERE rowid = ?",
                              (uidvalidity, uid, row[0]))
                    return row[1]
        return None

    def pending_marks(self, account: str) -> list[PendingMark]:
        """Emails whose keywords on the server are not yet what their item's state wants.

        Only emails whose UID still means them (their UIDVALIDITY is the one the
        folder was last read with): a vanished email's old UID may now name
        another, which must never get our keywords.
        """
        rows = self._conn.execute(
            f"""SELECT * FROM (
                    SELECT h.id AS item_id, NULL AS merged_rowid, h.folder, h.uidvalidity, h.uid, h.marked,
                           {_WANTED.format(marked="h.marked")} AS wanted
                      FROM held h WHERE h.account = ?
                    UNION ALL
                    SELECT h.id, m.rowid, m.folder, m.uidvalidity, m.uid, m.marked,
                           {_WANTED.format(marked="m.marked")}
                      FROM merged_message m JOIN held h ON h.id = m.item_id WHERE m.account = ?
                ) AS e
                JOIN folder_state f ON f.account = ? AND f.folder = e.folder AND f.uidvalidity = e.uidvalidity
                WHERE e.wanted != e.marked
                ORDER BY e.folder, e.uid""",
            (account, account, account),
        )
        return [
            PendingMark(r["item_id"], r["merged_rowid"], r["folder"], r["uidvalidity"], r["uid"], r["marked"], r["wanted"])
            for r in rows
        ]

    def set_marked(self, marks: Iterable[PendingMark]) -> None:
        """Record that these emails now carry (or were settled at) their `wanted` keywords."""
        marks = list(marks)
        with self._tx() as c:
            c.executemany("UPDATE held SET marked = ? WHERE id = ?",
                          [(m.wanted, m.item_id) for m in marks if m.merged_rowid is None])
            c.executemany("UPDATE merged_message SET marked = ? WHERE rowid = ?",
                          [(m.wanted, m.merged_rowid) for m in marks if m.merged_rowid is not None])

    def _get_in(self, c, item_id: int) -> HeldItem:
        row = c.execute("SELECT * FROM held WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise QueueError(f"no queue item {item_id}: see `reply-coach queue list`")
        return self._item(row)

    def _transition(self, item_id: int, allowed: Sequence[str], action: str, check=None, **changes) -> HeldItem:
        now = changes.pop("now", None)
        with self._tx() as c:
            cur = self._get_in(c, item_id)
            if cur.state not in allowed:
                raise QueueError(f"cannot {action} queue item {item_id}: it is {cur.state}")
            if check is not None:
                changes = check(cur, changes)
            changes["updated_at"] = self._now(now)
            cols = ", ".join(f"{k} = ?" for k in changes)
            c.execute(f"UPDATE held SET {cols} WHERE id = ?", (*changes.values(), item_id))
        return self.get(item_id)

    @staticmethod
    def _same_token(action: str):
        def check(cur: HeldItem, changes: dict) -> dict:
            token = changes["draft_message_id"]
            if not token:
                raise QueueError(f"cannot {action} queue item {cur.id} without a draft Message-ID")
            if cur.draft_message_id and cur.draft_message_id != token:
                raise QueueError(
                    f"queue item {cur.id} already announced draft {cur.draft_message_id}: "
                    f"search Drafts for it instead of writing {token}"
                )
            return changes

        return check

    def mark_releasing(self, item_id: int, draft_message_id: str, *, now: datetime | None = None) -> HeldItem:
        """Journal the intent to APPEND a draft with this Message-ID. Commit this before the APPEND."""
        return self._transition(
            item_id, (HELD, RELEASING), "start releasing", self._same_token("release"),
            state=RELEASING, draft_message_id=draft_message_id, now=now,
        )

    def mark_drafted(self, item_id: int, draft_message_id: str, *, now: datetime | None = None) -> HeldItem:
        """The draft is in Drafts (appended now, or found there after a crash)."""
        return self._transition(
            item_id, (HELD, RELEASING), "mark as drafted", self._same_token("mark as drafted"),
            state=DRAFTED, draft_message_id=draft_message_id, now=now,
        )

    def mark_cancelled(self, item_id: int, reason: str, *, now: datetime | None = None) -> HeldItem:
        """No draft wanted (the user replied, the email vanished, the user said so). The row stays."""
        if not reason.strip():
            raise QueueError(f"cancelling queue item {item_id} needs a reason")
        return self._transition(item_id, (HELD, RELEASING, FAILED), "cancel", state=CANCELLED, reason=reason, now=now)

    def record_failure(
        self, item_id: int, error: str, max_attempts: int, *, retry_at: datetime | None = None,
        now: datetime | None = None,
    ) -> HeldItem:
        """Count a failed release attempt; `failed` once attempts reach max_attempts.

        The state otherwise stays as it was, so a `releasing` item keeps its
        journal and the next attempt searches Drafts first. `retry_at` pushes
        the release back (backoff), never earlier.
        """

        def check(cur: HeldItem, changes: dict) -> dict:
            attempts = cur.attempts + 1
            changes["attempts"] = attempts
            if attempts >= max_attempts:
                changes["state"] = FAILED
            if retry_at is not None and retry_at > cur.release_at:
                changes["release_at"] = _ts(retry_at)
            return changes

        return self._transition(
            item_id, (HELD, RELEASING), "record a failure for", check, last_error=str(error)[:2000], now=now,
        )

    def release_now(self, item_id: int, now: datetime) -> HeldItem:
        """Make an item due at `now` (`reply-coach queue release`); a failed item gets fresh attempts."""

        def check(cur: HeldItem, changes: dict) -> dict:
            if cur.state == FAILED:
                # Back to releasing when a draft was announced: it may already be in Drafts.
                changes["state"] = RELEASING if cur.draft_message_id else HELD
                changes["attempts"] = 0
            if cur.release_at <= now and cur.state != FAILED:
                changes.pop("release_at")
            return changes

        return self._transition(
            item_id, (HELD, RELEASING, FAILED), "release", check, release_at=_ts(now), now=now,
        )

    def purge(self, older_than: datetime) -> int:
        """Delete drafted and cancelled items last updated before `older_than`. Returns how many."""
        with self._tx() as c:
            ids = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM held WHERE state IN (?, ?) AND updated_at < ?", (DRAFTED, CANCELLED, _ts(older_than))
                )
            ]
            for table, col in (("merged_message", "item_id"), ("thread_key", "item_id"), ("held", "id")):
                c.executemany(f"DELETE FROM {table} WHERE {col} = ?", [(i,) for i in ids])
        return len(ids)

    # -- per-folder sync state

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        row = self._conn.execute(
            "SELECT * FROM folder_state WHERE account = ? AND folder = ?", (account, folder)
        ).fetchone()
        if row is None:
            return None
        return FolderState(
            account=row["account"],
            folder=row["folder"],
            uidvalidity=row["uidvalidity"],
            last_uid=row["last_uid"],
            highestmodseq=row["highestmodseq"],
            updated_at=_dt(row["updated_at"]),
        )

    def set_folder_state(
        self, account: str, folder: str, uidvalidity: int, last_uid: int, highestmodseq: int | None = None,
        *, now: datetime | None = None,
    ) -> FolderState:
        """Record how far a folder was read. A new UIDVALIDITY replaces the old state outright."""
        with self._tx() as c:
            c.execute(
                """INSERT INTO folder_state (account, folder, uidvalidity, last_uid, highestmodseq, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,
                       last_uid = excluded.last_uid, highestmodseq = excluded.highestmodseq,
                       updated_at = excluded.updated_at""",
                (account, folder, int(uidvalidity), int(last_uid), highestmodseq, self._now(now)),
            )
        return self.folder_state(account, folder)  # type: ignore[return-value]


# ---------------------------------------------------------------- the data folder


def _data_dir_error(data_dir: Path, e: OSError) -> ReplyCoachError:
    # Not a directory, or not ours to write: only the user can fix that (exit 2);
    # anything else (a full disk, say) is a runtime failure.
    why = e.strerror or type(e).__name__
    if isinstance(e, (FileExistsError, NotADirectoryError, PermissionError)):
        return ConfigError(f"cannot use {data_dir} for the queue ({why}): check {PREFIX}DATA_DIR")
    return QueueError(f"cannot use {data_dir} for the queue ({why})")


def _private_dir(data_dir: Path) -> None:
    """Create the data folder readable by its owner only: the queue holds client mail.

    An existing folder is left as it is: DATA_DIR may point at one the user shares.
    """
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as e:
        raise _data_dir_error(data_dir, e) from None
    if not data_dir.is_dir():
        raise _data_dir_error(data_dir, NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)))


def _private_file(path: Path) -> None:
    """Make the queue file 0600 before SQLite opens it (SQLite gives its -wal and -shm
    files the database file's mode), and tighten one left 0644 by an older version."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- one daemon per queue


def daemon_pid(data_dir: Path | str) -> str | None:
    """The pid of the `reply-coach watch` holding the queue's lock, or None when none runs."""
    import fcntl

    path = Path(data_dir).expanduser() / "watch.lock"
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def acquire_daemon_lock(data_dir: Path | str) -> Iterator[Path]:
    """Hold an exclusive flock on `<data_dir>/watch.lock` for the life of the block.

    flock, not a PID file: the kernel drops it when the process dies, so a
    crash never leaves a stale lock. The PID inside is only for the message.
    """
    import fcntl

    data_dir = Path(data_dir).expanduser()
    _private_dir(data_dir)
    path = data_dir / "watch.lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as e:
        raise _data_dir_error(data_dir, e) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise QueueError(f"cannot lock {path}: {e}") from None
            pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise QueueError(f"another reply-coach watch is already running on {path} (pid {pid})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
