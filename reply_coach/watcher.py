"""The daemon loop: mailbox -> heat -> hold queue -> drafting -> mailbox.

One pass (`Watcher.run_once`) does, for each watched folder:
  1. scan: fetch what arrived since the last UID seen (on the very first run,
     only the last HISTORY_DAYS), analyze it, and hold heated client mail;
  2. cancel: held items the user answered (\\Answered, or a reply in Sent);
  3. release: for each due item, write the draft and APPEND it to Drafts,
     exactly once (see `_release`);
  4. keywords: bring $ReplyCoachHeld / $ReplyCoachDrafted on the server in
     line with the queue, in batches (see `sync_keywords`).
`Watcher.run_forever` repeats passes, waiting in IDLE (or polling) between
them, and reconnects with capped exponential backoff when the link drops.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from .config import PREFIX, Settings
from .errors import AuthError, ConfigError, DraftError, MailboxError, MessageError, QueueError, ReplyCoachError

log = logging.getLogger("reply_coach")

HELD_KEYWORD = "$ReplyCoachHeld"
DRAFTED_KEYWORD = "$ReplyCoachDrafted"
_KEYWORDS = {"held": HELD_KEYWORD, "drafted": DRAFTED_KEYWORD}  # holds.PendingMark.wanted -> keyword
MAX_BACKOFF = 300.0
# A failed release is retried after RETRY_BASE, then twice as long each time, at
# most RETRY_CAP: a broken template or a missing Drafts folder is not hammered
# once a second, and MAX_ATTEMPTS spans a few minutes to an hour, not 5 seconds.
RETRY_BASE = timedelta(minutes=1)
RETRY_CAP = timedelta(hours=1)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class PassSummary:
    """What one pass did, for logs, `--once` output and tests."""

    scanned: int = 0
    held: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    drafted: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    skipped: int = 0
    errors: list[str] = field(default_factory=list)  # folders that could not be read, one line each


def skip_reason(message, fetched_flags, settings: Settings) -> str | None:
    """Why a message is never queued, or None if it may be."""
    if not message.sender:
        return "no sender"
    if settings.is_own_address(message.sender):
        return "from you"
    if message.automated:
        return f"automated ({message.automated_reason or 'auto-generated'})"
    if "\\Draft" in fetched_flags:
        return "a draft"
    if "\\Answered" in fetched_flags:
        return "already answered"
    # Our own mark on the server outlives the local queue: after the queue is
    # lost, a draft the user sent or deleted must not come back. (IMAP keywords
    # are matched case-insensitively by servers, so compare that way too.)
    if any(f.lower() == DRAFTED_KEYWORD.lower() for f in fetched_flags):
        return f"already drafted ({DRAFTED_KEYWORD})"
    return None


class Watcher:
    def __init__(
        self,
        settings: Settings,
        store,
        *,
        clock: Callable[[], datetime] = utcnow,
        connect: Callable | None = None,
    ):
        self.settings = settings
        self.store = store
        self.clock = clock
        if connect is None:
            from .imap import Mailbox

            connect = Mailbox.connect
        self._connect = connect
        self.mailbox = None
        self._drafts_folder: str | None = None
        self._sent_folder: str | None = None
        self._sent_checked = False
        self._keywords_ok: dict[str, bool] = {}
        self._queue_version = 0  # the queue's data_version when the current wait began
        self._problems: dict[str, str] = {}  # what cannot be done -> the error last logged for it

    # ------------------------------------------------------------ connection

    def connect(self):
        if self.mailbox is None:
            self.mailbox = self._connect(self.settings.imap)
            log.info("connected to %s as %s", self.settings.imap.host, self.settings.imap.username)
        return self.mailbox

    def disconnect(self) -> None:
        self._keywords_ok.clear()
        mb, self.mailbox = self.mailbox, None
        if mb is not None:
            try:
                mb.close()
            except Exception:  # a dead link cannot log out; nothing to save
                pass

    def drafts_folder(self) -> str:
        if self._drafts_folder is None:
            self._drafts_folder = self.connect().find_drafts_folder(self.settings.imap.drafts_folder)
        return self._drafts_folder

    def sent_folder(self) -> str | None:
        if not self._sent_checked:
            try:
                self._sent_folder = self.connect().find_sent_folder(self.settings.imap.sent_folder)
            except MailboxError as e:
                # A lost link says nothing about Sent: ask again after the reconnect.
                if self.settings.imap.sent_folder or _is_connection_lost(e):
                    raise
                log.warning("no Sent folder found (%s): only \\Answered cancels a hold", e)
                self._sent_folder = None
            self._sent_checked = True
        return self._sent_folder

    # ------------------------------------------------------------ one pass

    def run_once(self, now: datetime | None = None) -> PassSummary:
        summary = PassSummary()
        for folder in self.settings.imap.folders:
            # A folder the server refuses (it does not exist, say) is reported
            # and the pass goes on: the other folders, cancelling and releasing
            # must not wait for it. Only a lost connection ends the pass.
            with self._folder_problems(summary, f"cannot watch {folder}", f"check {PREFIX}FOLDERS"):
                self.scan(folder, summary)
        self.cancel_answered(summary)
        self.release_due(now or self.clock(), summary)
        self.sync_keywords()
        return summary

    @contextmanager
    def _folder_problems(self, summary: PassSummary | None, what: str, fix: str = ""):
        """Log (once, until it clears) and carry on when the server refuses something
        in one folder; with a summary, also count it as an error of the pass."""
        try:
            yield
        except MailboxError as e:
            if _is_connection_lost(e):
                raise
            message = f"{what}: {e}" + (f" ({fix})" if fix else "")
            if summary is not None:
                summary.errors.append(message)
            # Logged when it starts, not at every pass of a daemon that polls each minute.
            if self._problems.get(what) != message:
                log.error("error: %s", message)
            else:
                log.debug("still: %s", message)
            self._problems[what] = message
        else:
            if self._problems.pop(what, None):
                log.info("%s: working again", what.replace("cannot ", "can "))

    def scan(self, folder: str, summary: PassSummary) -> None:
        mb = self.connect()
        account = self.settings.account
        status = mb.select(folder, readonly=True)
        state = self.store.folder_state(account, folder)
        if state is None or state.uidvalidity != status.uidvalidity:
            if state is not None:
                # RFC 3501: the old UIDs mean nothing now. Look back over the
                # history window again; emails already known are recognised by
                # their key (never drafted twice) and their rows follow them to
                # their new UIDs (`_follow`).
                log.warning(
                    "UIDVALIDITY of %s changed (%s -> %s): rescanning the last %d days",
                    folder, state.uidvalidity, status.uidvalidity, self.settings.imap.history_days,
                )
            since = (self.clock() - timedelta(days=self.settings.imap.history_days)).date()
            uids = mb.uids_since(since)
        else:
            uids = mb.uids_after(state.last_uid)
        last_uid = state.last_uid if state is not None and state.uidvalidity == status.uidvalidity else 0
        uids = sorted(u for u in uids if u > last_uid)
        batch = 200
        for i in range(0, len(uids), batch):
            chunk = uids[i : i + batch]
            for fetched in mb.fetch(chunk, self.settings.imap.max_fetch_bytes, folder=folder):
                summary.scanned += 1
                try:
                    self._consider(folder, status.uidvalidity, fetched, summary)
                except (MailboxError, QueueError):
                    raise  # the link or the queue, not the message: passing over it would lose it
                except Exception as e:  # one bad message never stops the daemon
                    log.error("error: %s UID %s could not be processed: %s: %s", folder, fetched.uid,
                              type(e).__name__, e)
                    summary.skipped += 1
            # The sync point only after the batch's holds are committed: a crash
            # mid-batch re-reads it, and the queue's UNIQUE keys make that
            # harmless. Keywords follow at the end of the pass (sync_keywords).
            self.store.set_folder_state(account, folder, status.uidvalidity, chunk[-1])
        if not uids:
            # Remember UIDVALIDITY even for an empty folder, so the first-run
            # window is not applied again next time.
            high = max(last_uid, (status.uidnext or 1) - 1)
            self.store.set_folder_state(account, folder, status.uidvalidity, high)

    def _consider(self, folder: str, uidvalidity: int, fetched, summary: PassSummary) -> bool:
        """Hold (or merge) one fetched message if it is heated client mail; True when it was.

        A message that cannot be read or analysed becomes a `failed` row with
        the error, so the user sees it; it is never silently passed over.
        """
        from .drafting import source_id
        from .message import parse

        try:
            message = parse(fetched.raw)
            key = source_id(message)
        except Exception as e:
            return self._unreadable(folder, uidvalidity, fetched, None, _raw_key(fetched.raw), e, summary)
        known = self.store.find_message(
            self.settings.account, folder, uidvalidity, fetched.uid, message.message_id or "", source_id=key
        )
        if known is not None:
            log.debug("already known: %s UID %s (#%d)", folder, fetched.uid, known.id)
            self._follow(known, key, folder, uidvalidity, fetched.uid)
            return False
        try:
            return self._hold_if_heated(folder, uidvalidity, fetched, message, key, summary)
        except (MailboxError, QueueError):
            raise
        except Exception as e:
            return self._unreadable(folder, uidvalidity, fetched, message, key, e, summary)

    def _follow(self, known, key: str, folder: str, uidvalidity: int, uid: int) -> None:
        """A known email seen again: if its row names this folder under an older
        UIDVALIDITY, the folder was recreated, and the row must follow the email
        to its new UID (else \\Answered and keywords would be read from and
        written to whatever email has the old UID now)."""
        places = [(known.source_id, known.folder, known.uidvalidity)]
        places += [(m.source_id, m.folder, m.uidvalidity) for m in known.merged]
        if any(k == key and f == folder and uv != uidvalidity for k, f, uv in places):
            if self.store.relocate(self.settings.account, key, folder, uidvalidity, uid) is not None:
                log.info("moved: #%d %s is UID %s in %s under its new UIDVALIDITY", known.id, key, uid, folder)

    def _unreadable(self, folder: str, uidvalidity: int, fetched, message, key: str, e: Exception,
                    summary: PassSummary) -> bool:
        from .holds import Candidate

        error = str(e) if isinstance(e, ReplyCoachError) else f"{type(e).__name__}: {e}"
        received = _received_at(message, fetched, self.clock())
        item = self.store.record_unreadable(Candidate(
            account=self.settings.account, folder=folder, uidvalidity=uidvalidity, uid=fetched.uid,
            message_id=getattr(message, "message_id", None) or "", source_id=key,
            received_at=received, release_at=received,
            sender=getattr(message, "sender", "") or "", subject=getattr(message, "subject", "") or "",
            raw=fetched.raw,
        ), error)
        if item is None:
            log.debug("already known: %s UID %s (unreadable)", folder, fetched.uid)
        else:
            summary.failed.append(item.id)
            log.error("failed: #%d %s UID %s could not be read: %s", item.id, folder, fetched.uid, error)
        return False

    def _hold_if_heated(self, folder: str, uidvalidity: int, fetched, message, key: str,
                        summary: PassSummary) -> bool:
        from .heat import analyze

        reason = skip_reason(message, fetched.flags, self.settings)
        if reason:
            log.debug("skip %s UID %s: %s", folder, fetched.uid, reason)
            summary.skipped += 1
            return False
        from .holds import Candidate, thread_keys
        from .schedule import release_time

        analysis = analyze(message, self.settings.heat_threshold)
        account = self.settings.account
        keys = thread_keys(
            message_id=message.message_id,
            in_reply_to=message.in_reply_to,
            references=message.references,
            subject=message.subject,
            sender=message.sender,
        )
        existing = self.store.find_open_in_thread(account, keys, sender=message.sender)
        if not analysis.heated and existing is None:
            log.debug("calm %s UID %s (heat %.2f)", folder, fetched.uid, analysis.heat)
            summary.skipped += 1
            return False
        received = _received_at(message, fetched, self.clock())
        if analysis.heated:
            release_at = release_time(received, self.settings.schedule)
        else:
            # A calm follow-up in a held thread ("any update? we now need it by
            # Wednesday") joins it, so the draft answers the client's newest
            # words; it does not restart the cool-off: nobody is shouting.
            release_at = existing.release_at
        candidate = Candidate(
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=fetched.uid,
            message_id=message.message_id or "",
            source_id=key,
            received_at=received,
            release_at=release_at,
            thread_keys=keys,
            sender=message.sender,
            subject=message.subject,
            heat=analysis.heat,
            scenario=analysis.scenario,
            signals=analysis.signals,
            raw=fetched.raw,
        )
        if existing is not None:
            item = self.store.merge(existing.id, candidate)
            summary.merged.append(item.id)
            log.info("merged: #%d %s %r follows up (held until %s)", item.id, message.sender, message.subject,
                     _fmt(item.release_at))
        else:
            item = self.store.hold(candidate)
            if item is None:
                log.debug("already known: %s", message.message_id)
                return False
            summary.held.append(item.id)
            log.info("held: #%d %s %r %s heat %.2f, until %s", item.id, message.sender, message.subject,
                     analysis.scenario, analysis.heat, _fmt(release_at))
        return True

    def sync_keywords(self) -> None:
        """Bring our keywords on the server in line with the queue, in a few batched STOREs.

        Every email of an item (merged ones too) shows $ReplyCoachHeld while it
        is held and $ReplyCoachDrafted once drafted; a cancelled item shows
        neither, also when it was cancelled from the command line. The queue
        journals what each email carries (`marked`), so this is one local query
        when nothing changed, and at most two STOREs per folder and state when
        something did. Only UIDs read under the folder's current UIDVALIDITY are
        touched (`pending_marks`).
        """
        if not self.settings.keywords:
            return
        by_folder: dict[str, list] = {}
        for mark in self.store.pending_marks(self.settings.account):
            by_folder.setdefault(mark.folder, []).append(mark)
        if not by_folder:
            return
        mb = self.connect()
        for folder, marks in by_folder.items():
            # Keywords are a courtesy to the user's mail client: a refusal is logged, not an error of the pass.
            with self._folder_problems(None, f"cannot set keywords in {folder}"):
                status = mb.select(folder, readonly=False)
                if folder not in self._keywords_ok:
                    self._keywords_ok[folder] = mb.supports_keywords(folder)
                    if not self._keywords_ok[folder]:
                        log.info("%s does not accept keywords: held mail is not flagged there", folder)
                settled = [m for m in marks if m.uidvalidity == status.uidvalidity]
                if self._keywords_ok[folder]:
                    for wanted in ("held", "drafted", ""):
                        uids = sorted({m.uid for m in settled if m.wanted == wanted})
                        if not uids:
                            continue
                        if wanted:
                            mb.add_keywords(folder, uids, _KEYWORDS[wanted])
                        if wanted != "held":  # drafted, or cancelled: no longer held
                            mb.remove_keywords(folder, uids, HELD_KEYWORD)
                # Settled also where keywords cannot be stored: nothing more to do there.
                self.store.set_marked(settled)

    # ------------------------------------------------------------ cancellation

    def cancel_answered(self, summary: PassSummary) -> None:
        account = self.settings.account
        open_items = self.store.list(states=("held",), account=account)
        if not open_items:
            return
        mb = self.connect()
        # Every email of an item counts: a reply to the earlier email of a merged
        # thread is a reply to the thread.
        by_folder: dict[str, list[tuple]] = {}
        for item in open_items:
            for folder, uidvalidity, uid in ((item.folder, item.uidvalidity, item.uid),
                                             *((m.folder, m.uidvalidity, m.uid) for m in item.merged)):
                by_folder.setdefault(folder, []).append((item, uidvalidity, uid))
        for folder, places in by_folder.items():
            with self._folder_problems(summary, f"cannot check {folder} for your replies"):
                status = mb.select(folder, readonly=True)
                # A UID means its email only under the UIDVALIDITY it was read with:
                # an email gone with an older one keeps a UID that may name another now.
                places = [(item, uid) for item, uidvalidity, uid in places if uidvalidity == status.uidvalidity]
                flags = mb.flags({uid for _item, uid in places}) if places else {}
                for item, uid in places:
                    if item.id not in summary.cancelled and "\\Answered" in flags.get(uid, frozenset()):
                        self._cancel(item, "you replied yourself (\\Answered)", summary)
        still = [i for i in open_items if i.id not in summary.cancelled]
        if not still:
            return
        with self._folder_problems(summary, "cannot check Sent for your replies", f"check {PREFIX}SENT_FOLDER"):
            sent = self.sent_folder()
            if sent:
                ids = {item.id: {item.message_id, *(m.message_id for m in item.merged)} - {""} for item in still}
                replied = mb.sent_replies_to([mid for mids in ids.values() for mid in mids], sent)
                for item in still:
                    if ids[item.id] & replied:
                        self._cancel(item, f"you replied yourself (found in {sent})", summary)

    def _cancel(self, item, reason: str, summary: PassSummary) -> None:
        self.store.mark_cancelled(item.id, reason)
        summary.cancelled.append(item.id)
        log.info("cancelled: #%d %s %r: %s", item.id, item.sender, item.subject, reason)

    # ------------------------------------------------------------ release

    def release_due(self, now: datetime, summary: PassSummary) -> None:
        for item in self.store.due(now, account=self.settings.account):
            try:
                self._release(item, now)
            except MailboxError as e:
                if _is_connection_lost(e):
                    raise  # the caller reconnects; the item stays due and is journalled
                self._failure(item, str(e), now, summary)
            except (DraftError, MessageError) as e:
                # The stored email itself is unusable (no address to reply to, not an
                # email): retrying cannot help, so it fails now with the reason.
                self._failure(item, str(e), now, summary, permanent=True)
            except Exception as e:
                msg = str(e) if isinstance(e, ReplyCoachError) else f"{type(e).__name__}: {e}"
                self._failure(item, msg, now, summary)
            else:
                summary.drafted.append(item.id)

    def _failure(self, item, msg: str, now: datetime, summary: PassSummary, *, permanent: bool = False) -> None:
        retry_at = now + min(RETRY_CAP, RETRY_BASE * 2 ** item.attempts)
        limit = item.attempts + 1 if permanent else self.settings.max_attempts
        after = self.store.record_failure(item.id, msg, limit, retry_at=retry_at)
        if after.state == "failed":
            summary.failed.append(item.id)
            log.error("failed: #%d %s %r after %d attempts: %s", item.id, item.sender, item.subject,
                      after.attempts, msg)
        else:
            log.warning("error: #%d drafting failed (attempt %d of %d, next at %s): %s", item.id, after.attempts,
                        self.settings.max_attempts, _fmt(after.release_at), msg)

    def _release(self, item, now: datetime) -> None:
        """Draft one due item exactly once.

        The journal (mbsync-style): the draft's Message-ID is committed to the
        queue as state 'releasing' before the APPEND. After a crash anywhere
        in between, the Drafts folder is searched for that draft (by its
        X-Reply-Coach-Source marker) before appending again.
        """
        from .drafting import draft_reply
        from .heat import analyze
        from .message import parse
        from .scenarios import template_for

        mb = self.connect()
        drafts = self.drafts_folder()
        raw = self.store.get_raw(item.id)
        if raw is None:
            raise ReplyCoachError("the held message's text is missing from the queue")
        message = parse(raw)
        analysis = thread_analysis(item, analyze(message, self.settings.heat_threshold))
        # The item's key as the marker: what _draft_exists searches Drafts for.
        reply = draft_reply(message, analysis, self.settings, template=template_for(analysis.scenario), now=now,
                            source=item.source_id or None)
        if item.state != "releasing" or item.draft_message_id != reply.message_id:
            item = self.store.mark_releasing(item.id, reply.message_id)
        for warning in reply.review.warnings if reply.review else ():
            log.warning("warning: #%d %s", item.id, warning)
        if not _draft_exists(mb, drafts, item):
            mb.append_draft(drafts, reply.as_bytes(), now)
            log.info("drafted: #%d reply to %s %r is in %s (%s)", item.id, item.sender, item.subject, drafts,
                     reply.template)
        else:
            log.info("drafted: #%d the draft was already in %s (recovered after a restart)", item.id, drafts)
        self.store.mark_drafted(item.id, reply.message_id)

    # ------------------------------------------------------------ daemon

    def run_forever(self, stop: threading.Event) -> None:
        """Passes until `stop` is set; between passes wait in IDLE or poll."""
        backoff = 0.0
        connected_once = False
        while not stop.is_set():
            try:
                self.connect()
                connected_once = True
                self.run_once()
                backoff = 0.0
                self._wait(stop)
            except AuthError:
                if not connected_once:
                    raise  # wrong credentials from the start: say so and stop
                # A password changed under a running daemon: keep trying, loudly.
                self.disconnect()
                backoff = MAX_BACKOFF
                log.error("error: IMAP login refused; retrying in %.0fs (check the password)", backoff)
                stop.wait(backoff)
            except ConfigError as e:
                if not connected_once:
                    raise  # a setting that never worked: say so and stop (exit 2)
                # Only the secret command runs again at a reconnect. Having worked
                # before, its failure now (a locked keyring, a token endpoint
                # that is down) is taken as passing: retry, loudly, with backoff.
                self.disconnect()
                if stop.is_set():
                    break
                backoff = _grow(backoff)
                delay = _jitter(backoff)
                log.error("error: %s; retrying in %.0fs", e, delay)
                stop.wait(delay)
            except MailboxError as e:
                self.disconnect()
                if stop.is_set():
                    break  # interrupted on purpose: not a connection problem
                backoff = _grow(backoff)
                delay = _jitter(backoff)
                log.warning("connection problem: %s; reconnecting in %.0fs", e, delay)
                stop.wait(delay)
        self.disconnect()
        log.info("stopped")

    def wait_timeout(self) -> float:
        """Seconds until the next pass is needed: this account's next release, at most IDLE_TIMEOUT."""
        imap = self.settings.imap
        timeout = imap.idle_timeout
        nxt = self.store.next_release(account=self.settings.account)
        if nxt is not None:
            until_due = (nxt - self.clock()).total_seconds()
            timeout = max(1.0, min(timeout, until_due + 1))
        if len(imap.folders) > 1:
            # IDLE follows one folder; the others are caught by a pass at least every POLL_INTERVAL.
            timeout = max(1.0, min(timeout, imap.poll_interval))
        return timeout

    def _wait(self, stop: threading.Event) -> None:
        imap = self.settings.imap
        timeout = self.wait_timeout()
        mb = self.connect()
        folder = imap.folders[0]
        if stop.is_set():
            return
        self._queue_version = self.store.data_version()

        def wake() -> bool:
            return stop.is_set() or self._queue_wants_a_pass()

        if mb.has_idle:
            try:
                status = mb.select(folder, readonly=True)
            except MailboxError as e:
                if _is_connection_lost(e):
                    raise
                status = None  # the scan has said what is wrong with it; wait without IDLE
            if status is not None:
                if self._missed(folder, status):
                    return  # mail came in after this pass's scan: its EXISTS went to no IDLE
                # One IDLE for the whole wait (at most IDLE_TIMEOUT, RFC 2177 asks
                # for under 29 minutes), read in short slices so that `wake` is
                # asked about once a second; SIGTERM also wakes it via interrupt().
                mb.wait(timeout, wake=wake)
                return
        deadline = time.monotonic() + min(timeout, imap.poll_interval)
        while not stop.wait(max(0.0, min(1.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline or wake():
                return

    def _missed(self, folder: str, status) -> bool:
        """Did the folder change since the scan (new UIDs, or a new UIDVALIDITY)?"""
        state = self.store.folder_state(self.settings.account, folder)
        if state is None or state.uidvalidity != status.uidvalidity:
            return True
        return bool(status.uidnext) and status.uidnext - 1 > state.last_uid

    def _queue_wants_a_pass(self) -> bool:
        """Has someone else changed the queue so that this account has work now?

        `reply-coach queue release` makes an item due while the daemon waits:
        it must be drafted within seconds, not after the IDLE; `queue cancel`
        leaves a keyword to take off. Other accounts' threads write to the same
        file, so a change alone is not enough.
        """
        version = self.store.data_version()
        if version == self._queue_version:
            return False
        self._queue_version = version
        account = self.settings.account
        nxt = self.store.next_release(account=account)
        if nxt is not None and nxt <= self.clock():
            return True
        return self.settings.keywords and bool(self.store.pending_marks(account))

    def interrupt(self) -> None:
        """Wake the daemon from IDLE now (SIGTERM): it then sees the stop flag."""
        mb = self.mailbox
        if mb is not None and hasattr(mb, "interrupt"):
            mb.interrupt()


def thread_analysis(item, newest):
    """The analysis a draft for `item` is written from: the newest email's (its
    words, deadline, first name and language), raised to the whole thread's heat,
    most severe scenario and signals, as the queue merged them.

    The stored copy holds only the newest email; re-analysing it alone answered
    a legal threat followed by "still waiting??" as mere dissatisfaction.
    """
    from dataclasses import replace

    from .heat import Signal

    scenario = item.scenario or newest.scenario
    signals = tuple(
        Signal(name=s["name"], words=tuple(s.get("words", ())), weight=float(s.get("weight", 0))) for s in item.signals
    )
    return replace(
        newest,
        heated=True,
        heat=max(item.heat, newest.heat),
        scenario=scenario,
        signals=signals or newest.signals,
        scenarios=tuple(dict.fromkeys(x for x in (scenario, *newest.scenarios) if x)),
    )


def _grow(backoff: float) -> float:
    """The next reconnect delay: 1 s, doubling, capped at MAX_BACKOFF."""
    return min(MAX_BACKOFF, max(1.0, backoff * 2))


def _jitter(delay: float) -> float:
    # +-20%: several daemons cut off by the same outage do not return in lockstep.
    return delay * (0.8 + 0.4 * random.random())


def _draft_exists(mb, drafts: str, item) -> bool:
    """Did an earlier APPEND of this item's draft land (before a crash, say)?

    Looks for the draft's own deterministic Message-ID, then for the marker
    header naming the client's message by its key (its Message-ID, or the
    stand-in for one without): pitfalls.md, this settles it even if the local
    queue was lost.
    """
    if item.draft_message_id and mb.find_by_header(drafts, "Message-ID", item.draft_message_id):
        return True
    marker = item.source_id or item.message_id
    return bool(marker) and bool(mb.find_by_header(drafts, "X-Reply-Coach-Source", marker))


def _is_connection_lost(e: Exception) -> bool:
    try:
        from .imap import ConnectionLost
    except ImportError:  # pragma: no cover
        return False
    return isinstance(e, ConnectionLost)


def _raw_key(raw: bytes) -> str:
    """A stable key for an email that could not even be parsed: a hash of its bytes."""
    import hashlib

    from .drafting import ID_DOMAIN

    return f"<rc-raw-{hashlib.sha256(raw).hexdigest()[:32]}@{ID_DOMAIN}>"


def _received_at(message, fetched, now: datetime) -> datetime:
    when = getattr(fetched, "internaldate", None) or getattr(message, "date", None) or now
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    # A Date header from the future (wrong clock) must not postpone the hold.
    return min(when, now)


def _fmt(when: datetime) -> str:
    return when.astimezone().strftime("%a %d %b %H:%M")


def draft_from_server(settings: Settings, *, folder: str, uid: int, template: str | None, to_drafts: bool):
    """`reply-coach draft --uid`: draft a reply to one message on the server.

    Returns (message, analysis, draft or None, folder it was appended to or None).
    """
    from .drafting import draft_reply
    from .heat import analyze
    from .imap import Mailbox
    from .message import parse

    with Mailbox.connect(settings.imap) as mb:
        mb.select(folder, readonly=True)
        got = mb.fetch([uid], settings.imap.max_fetch_bytes)
        if not got:
            raise ReplyCoachError(f"no message with UID {uid} in {folder}: check the UID and --folder")
        message = parse(got[0].raw)
        analysis = analyze(message, settings.heat_threshold)
        if not (analysis.heated or template):
            return message, analysis, None, None
        now = utcnow()
        reply = draft_reply(message, analysis, settings, template=template, now=now)
        where = None
        if to_drafts:
            where = mb.find_drafts_folder(settings.imap.drafts_folder)
            known = mb.find_by_header(where, "Message-ID", reply.message_id)
            if not known and message.message_id:
                known = mb.find_by_header(where, "X-Reply-Coach-Source", message.message_id)
            if not known:
                mb.append_draft(where, reply.as_bytes(), now)
        return message, analysis, reply, where
