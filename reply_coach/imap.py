"""The IMAP edge: a small mailbox client speaking reply-coach's language.

The only module that imports imapclient, and only inside functions, so that
`import reply_coach.imap` (and `reply-coach --help`) stays cheap.

What it will do to the user's mailbox: read with BODY.PEEK (never sets
\\Seen), add/remove our own keywords, and APPEND drafts. There is
deliberately no method that expunges, deletes or moves anything.

Every failure leaves as a `MailboxError` whose message says what to fix;
a dropped connection during work is `ConnectionLost`, so a watcher knows
to throw the client away and reconnect.
"""

from __future__ import annotations

import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable, Iterable, Iterator, Sequence

from .config import PREFIX, ImapSettings, resolve_secret
from .errors import AuthError, MailboxError

FETCH_CHUNK = 200  # UIDs per UID FETCH: one round trip each, bounded response size
# IDLE is read in slices this long: the caller's `wake` check and a dead-link
# check run between slices (a local poll(2) each; no network traffic).
IDLE_SLICE = 1.0
# A server that says nothing for this long during IDLE is probed (DONE, NOOP,
# IDLE again) under the socket timeout: idle_check itself waits without one, so
# a hung server would otherwise go unnoticed for the whole IDLE_TIMEOUT.
# A little over the 2-minute "* OK Still here" of Dovecot and Courier, so on
# those servers a healthy link is never probed.
IDLE_PROBE_AFTER = 150.0
# The wall clock running ahead of the monotonic one by more than this during
# one slice means the machine was suspended: the link is suspect and releases
# may have come due.
CLOCK_JUMP = 30.0
# TCP keep-alive: a peer that vanished (network gone, laptop moved) is found
# within about TCP_KEEPIDLE + TCP_KEEPCNT * TCP_KEEPINTVL seconds of silence.
# (macOS calls TCP_KEEPIDLE TCP_KEEPALIVE.)
TCP_KEEPALIVE = (("TCP_KEEPIDLE", "TCP_KEEPALIVE", 60), ("TCP_KEEPINTVL", None, 15), ("TCP_KEEPCNT", None, 4))
SEARCH_OR_CHUNK = 50  # header keys OR-ed into one SEARCH: a short command line, still few round trips

DRAFTS_NAMES = (
    "Drafts", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "Draft",
    "Entwürfe", "INBOX.Entwürfe", "Kladder", "INBOX.Kladder", "Kladde", "Luonnokset", "INBOX.Luonnokset",
    "Brouillons", "Borradores", "Bozze", "Concepten", "Utkast",
)
SENT_NAMES = (
    "Sent", "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "Sent Items",
    "Sent Messages", "Sent Mail", "Gesendet", "Gesendete Elemente", "Gesendete Objekte", "INBOX.Gesendet",
    "Sendt", "Sendte elementer", "Sendt post", "INBOX.Sendt", "Lähetetyt", "Lähetetyt viestit", "INBOX.Lähetetyt",
    "Envoyés", "Éléments envoyés", "Enviados", "Inviata", "Verzonden",
)

_ACTIVITY = {b"EXISTS", b"RECENT", b"FETCH"}
_KEYWORD_RE = re.compile(r"^[A-Za-z0-9$_.\-]+$")  # an IMAP atom, and never a \system flag
_HEADER_NAME_RE = re.compile(r"^[A-Za-z0-9-]+$")
_MSG_ID_RE = re.compile(r"<[^<>\s]+>")


class ConnectionLost(MailboxError):
    """The connection dropped or timed out mid-session: reconnect and carry on."""


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    exists: int
    highestmodseq: int | None = None
    flags: frozenset[str] = frozenset()  # the FLAGS response: system flags and keywords in use

    @property
    def keywords_in_use(self) -> bool:
        """Some message here carries a keyword: proof, even from EXAMINE, that the folder stores them.

        (Whether it accepts *new* ones, PERMANENTFLAGS \\*, servers say only on a
        read-write SELECT, which clears \\Recent.)
        """
        return any(not f.startswith("\\") for f in self.flags)


@dataclass(frozen=True)
class Fetched:
    uid: int
    flags: frozenset[str]
    internaldate: datetime | None  # timezone-aware, as the server stored it
    raw: bytes  # full header + at most max_bytes of body
    size: int  # RFC822.SIZE of the whole message
    truncated: bool


# ---------------------------------------------------------------- pure helpers


def _flag_str(flag) -> str:
    return flag.decode("utf-8", "replace") if isinstance(flag, bytes) else str(flag)


def _folder_name(name) -> str:
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)


def choose_folder(list_response: Iterable[tuple], flag: str, names: Sequence[str], override: str = "") -> str | None:
    """Pick a folder from a LIST response [(flags, delimiter, name), ...].

    An explicit override wins; then the RFC 6154 special-use flag (e.g.
    "\\Drafts"); then the first of `names` that exists (case-insensitively,
    because servers differ). Returns None when nothing fits. Raises
    MailboxError when an override is given but no such folder exists.
    """
    folders = [(tuple(_flag_str(f).lower() for f in flags), _folder_name(name)) for flags, _delim, name in list_response]
    existing = [name for _flags, name in folders]
    if override:
        if override in existing:
            return override
        for name in existing:
            if name.lower() == override.lower():
                return name
        raise MailboxError(
            f"folder {override!r} does not exist on the server: check the folder setting "
            f"(existing folders: {', '.join(existing[:20])})"
        )
    for flags, name in folders:
        if flag.lower() in flags and "\\noselect" not in flags and "\\nonexistent" not in flags:
            return name
    by_lower = {}
    for flags, name in folders:
        if "\\noselect" not in flags:
            by_lower.setdefault(name.lower(), name)
    for candidate in names:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def _search_value(value: str) -> str:
    return "".join(c for c in value if c >= " " and c != "\x7f")


def _quoted_header_key(header: str, value: str) -> str:
    # Quoted by hand: imapclient leaves atoms with ( ) { % * unquoted.
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'HEADER {header} "{quoted}"'


def _search_header_criteria(header: str, value: str):
    """(criteria, charset) for UID SEARCH HEADER, safe for hostile values."""
    if not _HEADER_NAME_RE.match(header):
        raise ValueError(f"not a header name: {header!r}")
    value = _search_value(value)
    if value.isascii():
        return _quoted_header_key(header, value), None
    # 8-bit values go as a literal, which needs a charset.
    return ["HEADER", header, value], "UTF-8"


def _or_header_criteria(header: str, values: Sequence[str]) -> str:
    """One SEARCH key matching any of the (ASCII) values: IMAP's OR is binary, so nest it.

    RFC 3501: OR <key1> <key2>; "OR a OR b c" reads as a | (b | c).
    """
    if not _HEADER_NAME_RE.match(header):
        raise ValueError(f"not a header name: {header!r}")
    keys = [_quoted_header_key(header, _search_value(v)) for v in values]
    return " ".join(["OR " + k for k in keys[:-1]] + keys[-1:])


def _appended_uid(response) -> int | None:
    text = response if isinstance(response, bytes) else str(response or "").encode()
    m = re.search(rb"APPENDUID\s+\d+\s+(\d+)", text or b"")
    return int(m.group(1)) if m else None


def _has_activity(responses) -> bool:
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in _ACTIVITY for r in responses or ())


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _body_part(data: dict, prefix: bytes) -> bytes:
    # imapclient keys partial fetches as b"BODY[TEXT]<0>"; whole ones as b"BODY[TEXT]".
    for key, value in data.items():
        if isinstance(key, bytes) and key.startswith(prefix):
            return value or b""
    return b""


# ---------------------------------------------------------------- connecting


def _connect_error(e: BaseException, imap: ImapSettings) -> MailboxError:
    import socket
    import ssl

    where = f"{imap.host}:{imap.port}"
    if isinstance(e, ssl.SSLCertVerificationError):
        why = getattr(e, "verify_message", "") or "verification failed"
        return MailboxError(
            f"certificate of {imap.host} not trusted ({why}): set {PREFIX}IMAP_CA_FILE to the server's CA "
            "or certificate, or check the host name"
        )
    if isinstance(e, ssl.SSLError):
        return MailboxError(
            f"TLS handshake with {where} failed ({e.reason or e}): check {PREFIX}IMAP_TLS "
            "(ssl usually on port 993, starttls on 143) and the port"
        )
    if isinstance(e, socket.gaierror):
        return MailboxError(f"cannot resolve IMAP host {imap.host!r}: check {PREFIX}IMAP_HOST")
    if isinstance(e, ConnectionRefusedError):
        return MailboxError(
            f"connection to {where} refused: check {PREFIX}IMAP_HOST and {PREFIX}IMAP_PORT, and that the server runs"
        )
    if isinstance(e, (TimeoutError, socket.timeout)):
        return MailboxError(
            f"timed out connecting to {where}: check {PREFIX}IMAP_HOST, {PREFIX}IMAP_PORT and your network "
            f"(or raise {PREFIX}IMAP_TIMEOUT)"
        )
    if isinstance(e, OSError):
        return MailboxError(f"cannot reach {where} ({e.strerror or type(e).__name__}): check {PREFIX}IMAP_HOST and the network")
    return MailboxError(f"IMAP server {where} did not answer as expected ({type(e).__name__}): check {PREFIX}IMAP_TLS and the port")


class Mailbox:
    """One logged-in IMAP connection. Use `Mailbox.connect(settings.imap)`."""

    def __init__(self, client, imap: ImapSettings, sleep: Callable[[float], None] = time.sleep):
        self._client = client
        self._imap = imap
        self._sleep = sleep
        self.idle_probe_after = IDLE_PROBE_AFTER
        self._caps: frozenset[str] | None = None
        self._selected: str | None = None
        self._readonly = True
        self._permanentflags: frozenset[str] = frozenset()
        self._condstore_enabled = False

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def connect(cls, imap: ImapSettings, sleep: Callable[[float], None] = time.sleep) -> "Mailbox":
        import ssl

        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError, LoginError

        if not imap.host:
            raise MailboxError(f"no IMAP server configured: set {PREFIX}IMAP_HOST and {PREFIX}IMAP_USERNAME")
        kind, secret = resolve_secret(imap)  # before connecting: a bad command fails fast
        ctx = ssl.create_default_context(cafile=imap.ca_file or None)
        client = None
        try:
            if imap.tls == "ssl":
                client = IMAPClient(imap.host, port=imap.port, ssl=True, ssl_context=ctx, timeout=imap.timeout)
            else:
                client = IMAPClient(imap.host, port=imap.port, ssl=False, timeout=imap.timeout)
                if imap.tls == "starttls":
                    if b"STARTTLS" not in client.capabilities():
                        raise MailboxError(
                            f"server {imap.host} does not offer STARTTLS: set {PREFIX}IMAP_TLS=ssl "
                            "(and the TLS port, usually 993)"
                        )
                    client.starttls(ssl_context=ctx)
            client.normalise_times = False  # keep the server's zone: aware datetimes
        except MailboxError:
            _shutdown(client)
            raise
        except (OSError, IMAPClientError) as e:
            _shutdown(client)
            raise _connect_error(e, imap) from None
        try:
            if kind == "oauth2":
                client.oauth2_login(imap.username, secret)
            else:
                client.login(imap.username, secret)
        except LoginError:
            _shutdown(client)
            # `from None`: the server's text or a traceback must never carry the secret.
            raise AuthError(
                f"IMAP login to {imap.host} as {imap.username} failed: "
                f"check {PREFIX}IMAP_USERNAME and the password"
                + (" (or the OAuth2 token command)" if kind == "oauth2" else "")
            ) from None
        except (OSError, IMAPClientError) as e:
            _shutdown(client)
            raise _connect_error(e, imap) from None
        _enable_tcp_keepalive(client)
        return cls(client, imap, sleep=sleep)

    def close(self) -> None:
        """Log out, quietly: the connection may already be dead."""
        if self._client is None:
            return
        client, self._client = self._client, None
        try:
            client.logout()
        except Exception:
            _shutdown(client)

    def __enter__(self) -> "Mailbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _guard(self, what: str):
        import imaplib

        if self._client is None:
            raise ConnectionLost(f"IMAP connection to {self._imap.host} is closed")
        try:
            yield self._client
        except MailboxError:
            raise
        except imaplib.IMAP4.readonly as e:  # a subclass of abort, but the connection is fine
            raise MailboxError(f"{what} refused on {self._imap.host}: {_one_line(str(e))} (folder is read-only)") from None
        except (imaplib.IMAP4.abort, OSError, EOFError) as e:  # socket.timeout is an OSError
            self._selected = None
            raise ConnectionLost(
                f"lost the IMAP connection to {self._imap.host} during {what} ({type(e).__name__}): will reconnect"
            ) from None
        except imaplib.IMAP4.error as e:
            raise MailboxError(f"IMAP {what} failed on {self._imap.host}: {_one_line(str(e))}") from None

    # ------------------------------------------------------------ capabilities
    def capabilities(self) -> frozenset[str]:
        if self._caps is None:
            with self._guard("CAPABILITY") as c:
                self._caps = frozenset(_flag_str(x).upper() for x in c.capabilities())
        return self._caps

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self.capabilities()

    @property
    def has_condstore(self) -> bool:
        return "CONDSTORE" in self.capabilities()

    def supports_keywords(self, folder: str) -> bool:
        """True when the folder accepts new keywords (PERMANENTFLAGS has \\*).

        Selects read-write: with EXAMINE servers answer PERMANENTFLAGS ().
        """
        if folder != self._selected or self._readonly:
            self.select(folder, readonly=False)
        return "\\*" in self._permanentflags

    # ------------------------------------------------------------ folders
    def _list(self) -> list[tuple]:
        with self._guard("LIST") as c:
            return c.list_folders()

    def find_drafts_folder(self, override: str = "") -> str:
        found = choose_folder(self._list(), "\\Drafts", DRAFTS_NAMES, override)
        if found is None:
            raise MailboxError(f"no Drafts folder found on {self._imap.host}: set {PREFIX}DRAFTS_FOLDER")
        return found

    def find_sent_folder(self, override: str = "") -> str:
        found = choose_folder(self._list(), "\\Sent", SENT_NAMES, override)
        if found is None:
            raise MailboxError(f"no Sent folder found on {self._imap.host}: set {PREFIX}SENT_FOLDER")
        return found

    def select(self, folder: str, readonly: bool = True) -> FolderStatus:
        with self._guard(f"SELECT {folder}") as c:
            if self.has_condstore and not self._condstore_enabled:
                # HIGHESTMODSEQ only appears in SELECT after ENABLE CONDSTORE.
                c.enable("CONDSTORE")
                self._condstore_enabled = True
            info = c.select_folder(folder, readonly=readonly)
        self._selected, self._readonly = folder, readonly
        self._permanentflags = frozenset(_flag_str(f) for f in info.get(b"PERMANENTFLAGS", ()))
        modseq = info.get(b"HIGHESTMODSEQ")
        return FolderStatus(
            uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
            uidnext=int(info.get(b"UIDNEXT", 0)),
            exists=int(info.get(b"EXISTS", 0)),
            highestmodseq=int(modseq) if modseq is not None else None,
            flags=frozenset(_flag_str(f) for f in info.get(b"FLAGS", ())),
        )

    def _need_selected(self, folder: str | None, writable: bool = False) -> None:
        target = folder or self._selected
        if target is None:
            raise MailboxError("no IMAP folder selected: call select(folder) first")
        if target != self._selected or (writable and self._readonly):
            self.select(target, readonly=not writable)

    # ------------------------------------------------------------ searching
    def uids_after(self, last_uid: int, folder: str | None = None) -> list[int]:
        """UIDs greater than last_uid in the selected folder, ascending."""
        self._need_selected(folder)
        with self._guard("SEARCH") as c:
            # "n:*" always matches the highest UID even when it is below n: filter.
            found = c.search(f"UID {int(last_uid) + 1}:*")
        return sorted(u for u in found if u > last_uid)

    def uids_since(self, day: date, folder: str | None = None) -> list[int]:
        self._need_selected(folder)
        if isinstance(day, datetime):
            day = day.date()
        with self._guard("SEARCH") as c:
            return sorted(c.search(["SINCE", day]))

    def find_by_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs whose HEADER contains value (IMAP matches substrings)."""
        self._need_selected(folder)
        criteria, charset = _search_header_criteria(header, value)
        with self._guard("SEARCH") as c:
            return sorted(c.search(criteria, charset=charset))

    def sent_replies_to(self, message_ids: Iterable[str], sent_folder: str) -> set[str]:
        """Which of these Message-IDs already have a reply (In-Reply-To) in Sent.

        A handful of round trips for any number of held items: one OR-chained
        SEARCH per SEARCH_OR_CHUNK ids, then one FETCH of the matches'
        In-Reply-To. The FETCH also turns IMAP's substring match into an
        exact one.
        """
        wanted = [mid for mid in dict.fromkeys(message_ids) if mid]
        if not wanted:
            return set()
        self._need_selected(sent_folder)
        matched: set[int] = set()
        plain = [mid for mid in wanted if _search_value(mid).isascii()]
        for chunk in (plain[i:i + SEARCH_OR_CHUNK] for i in range(0, len(plain), SEARCH_OR_CHUNK)):
            with self._guard("SEARCH") as c:
                matched.update(c.search(_or_header_criteria("In-Reply-To", chunk)))
        for mid in wanted:
            if mid not in plain:  # 8-bit ids need a literal each; rare enough to search one by one
                matched.update(self.find_by_header(sent_folder, "In-Reply-To", mid))
        replied: set[str] = set()
        part = "BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"
        for chunk in _chunks(sorted(matched), FETCH_CHUNK):
            with self._guard("FETCH") as c:
                resp = c.fetch(chunk, [part])
            for data in resp.values():
                header = _body_part(data, b"BODY[HEADER.FIELDS").decode("utf-8", "replace")
                replied.update(_MSG_ID_RE.findall(" ".join(header.split())))
        return replied & set(wanted)

    # ------------------------------------------------------------ reading
    def fetch(self, uids: Iterable[int], max_bytes: int | None = None, folder: str | None = None) -> list[Fetched]:
        """Header and up to max_bytes of body per message, without setting \\Seen.

        One UID FETCH per FETCH_CHUNK UIDs. UIDs that vanished meanwhile are skipped.
        """
        self._need_selected(folder)
        limit = int(max_bytes or self._imap.max_fetch_bytes)
        wanted = sorted({int(u) for u in uids})
        parts = ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{limit}>", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
        out: list[Fetched] = []
        for chunk in _chunks(wanted, FETCH_CHUNK):
            with self._guard("FETCH") as c:
                resp = c.fetch(chunk, parts)
            for uid in chunk:
                data = resp.get(uid)
                if not data:
                    continue
                header = _body_part(data, b"BODY[HEADER]")
                text = _body_part(data, b"BODY[TEXT]")
                size = int(data.get(b"RFC822.SIZE", len(header) + len(text)))
                out.append(Fetched(
                    uid=uid,
                    flags=frozenset(_flag_str(f) for f in data.get(b"FLAGS", ())),
                    internaldate=data.get(b"INTERNALDATE"),
                    raw=header + text,
                    size=size,
                    truncated=len(text) >= limit and len(header) + len(text) < size,
                ))
        return out

    def flags(self, uids: Iterable[int], folder: str | None = None) -> dict[int, frozenset[str]]:
        self._need_selected(folder)
        result: dict[int, frozenset[str]] = {}
        for chunk in _chunks(sorted({int(u) for u in uids}), FETCH_CHUNK):
            with self._guard("FETCH FLAGS") as c:
                for uid, flags in c.get_flags(chunk).items():
                    result[uid] = frozenset(_flag_str(f) for f in flags)
        return result

    # ------------------------------------------------------------ writing (our marks and drafts only)
    def _store_keywords(self, args: tuple, folder: str | None, add: bool) -> bool:
        # Two call shapes: (uids, keywords) with folder= as in the brief, and the
        # watcher's (folder, uids, keyword).
        if len(args) == 3:
            folder, uids, keywords = args
        elif len(args) == 2 and isinstance(args[0], str):
            (folder, uids), keywords = args, ()
        elif len(args) == 2:
            uids, keywords = args
        else:
            raise TypeError("expected (uids, keywords) or (folder, uids, keywords)")
        if isinstance(keywords, (str, bytes)):
            keywords = [keywords]
        kws = [k.decode() if isinstance(k, bytes) else str(k) for k in keywords]
        for k in kws:
            # Keywords only: never \Seen, \Deleted or any other system flag.
            if not _KEYWORD_RE.match(k):
                raise ValueError(f"not an IMAP keyword: {k!r}")
        uid_list = sorted({int(u) for u in uids})
        if not kws or not uid_list:
            return True
        self._need_selected(folder, writable=True)
        if add and "\\*" not in self._permanentflags and not set(kws) <= self._permanentflags:
            return False
        for chunk in _chunks(uid_list, FETCH_CHUNK):
            with self._guard("STORE") as c:
                (c.add_flags if add else c.remove_flags)(chunk, [k.encode() for k in kws], silent=True)
        return True

    def add_keywords(self, *args, folder: str | None = None) -> bool:
        """add_keywords(uids, [b"$ReplyCoachHeld"], folder=None) or add_keywords(folder, uids, keyword).

        False when the folder cannot store new keywords (no \\* in PERMANENTFLAGS).
        """
        return self._store_keywords(args, folder, add=True)

    def remove_keywords(self, *args, folder: str | None = None) -> bool:
        """Same call shapes as add_keywords."""
        return self._store_keywords(args, folder, add=False)

    def append_draft(self, folder: str, raw: bytes, when: datetime | None = None) -> int | None:
        """APPEND with \\Draft and \\Seen set in the APPEND itself; the new UID when the server says (UIDPLUS)."""
        with self._guard(f"APPEND to {folder}") as c:
            resp = c.append(folder, raw, flags=(b"\\Draft", b"\\Seen"), msg_time=when)
        return _appended_uid(resp)

    # ------------------------------------------------------------ waiting
    def wait(self, timeout: float, wake: Callable[[], bool] | None = None) -> bool:
        """Wait up to `timeout` seconds for news in the selected folder.

        True when the server reported new or changed messages, when `wake()`
        (asked about once a second) returned True, or after the machine was
        suspended: in each case the caller should look again now. Uses IDLE
        when the server has it (the caller re-issues it), else NOOP polling.
        A dead or hung connection raises ConnectionLost.
        """
        if self._selected is None:
            raise MailboxError("no IMAP folder selected: call select(folder) first")
        if not self.has_idle:
            return self._poll(timeout)
        deadline = time.monotonic() + max(0.0, timeout)
        with self._guard("IDLE") as c:
            while True:
                c.idle()
                try:
                    outcome = self._idle_slices(c, deadline, wake)
                finally:
                    _text, late = c.idle_done()
                # idle_check swallows EOF and waits without the socket timeout:
                # DONE and a NOOP, read under that timeout, prove the link.
                _text, noop = c.noop()
                news = _has_activity(late) or _has_activity(noop)
                if outcome == "timeout":
                    return news
                if outcome != "probe" or news:
                    return True
                if time.monotonic() >= deadline:
                    return False
                # The probe found a live, quiet link: IDLE again for the rest of the wait.

    def _idle_slices(self, c, deadline: float, wake: Callable[[], bool] | None) -> str:
        """Read one IDLE until something happens: 'activity', 'wake', 'suspended', 'timeout' or 'probe'."""
        heard = time.monotonic()
        while True:
            start, wall = time.monotonic(), time.time()
            remaining = deadline - start
            if remaining <= 0:
                return "timeout"
            step = min(IDLE_SLICE, remaining)
            responses = c.idle_check(timeout=step)
            now = time.monotonic()
            if responses:
                heard = now
            if _has_activity(responses):
                return "activity"
            if wake is not None and wake():
                return "wake"
            if time.time() - wall > (now - start) + CLOCK_JUMP:
                return "suspended"
            if not responses and now - start < step / 2:
                return "probe"  # readable but nothing parsed: EOF, which idle_check hides
            if now - heard > self.idle_probe_after:
                return "probe"  # silent for too long: hung, or a server without keep-alives

    def interrupt(self) -> None:
        """Wake a blocked IDLE (or any read) from a signal handler or another thread.

        Shuts the socket down: the blocked call, and any later one, raises
        ConnectionLost. Used for a prompt, clean stop on SIGTERM without
        re-issuing IDLE every few seconds.
        """
        client = self._client
        if client is None:
            return
        try:
            import socket

            client.socket().shutdown(socket.SHUT_RDWR)
        except Exception:  # already closed: nothing to wake
            pass

    def _poll(self, timeout: float) -> bool:
        with self._guard("NOOP") as c:
            _text, responses = c.noop()
        if _has_activity(responses):
            return True
        self._sleep(timeout)
        with self._guard("NOOP") as c:
            _text, responses = c.noop()
        return _has_activity(responses)


def _enable_tcp_keepalive(client) -> None:
    import socket

    try:
        sock = client.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, alias, value in TCP_KEEPALIVE:
            option = getattr(socket, name, None) or (getattr(socket, alias, None) if alias else None)
            if option is not None:
                sock.setsockopt(socket.IPPROTO_TCP, option, value)
    except OSError:  # best effort: IDLE probes still find a dead link
        pass


def _shutdown(client) -> None:
    if client is None:
        return
    try:
        client.shutdown()
    except Exception:
        pass


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]
