"""The daemon against a real Dovecot: hold, wait, draft exactly once, cancel, merge, recover.

Time is injected (a Clock the test moves forward), never slept away. The only
waiting is for the server's own asynchrony (IDLE wake-up, a restart), done by
polling a condition with a deadline.
"""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest

from builders import make_eml
from reply_coach.holds import HoldStore
from reply_coach.watcher import DRAFTED_KEYWORD, HELD_KEYWORD, Watcher

pytestmark = pytest.mark.imap

ROOT = Path(__file__).resolve().parents[1]

HEATED_BODY = (
    "Jamie,\n\nYour booking tool double-booked three of my technicians again. This is the second time this month. "
    "You guys built it, you fix it. I am not paying for another week of chaos.\n\nGary"
)
FOLLOW_UP_BODY = (
    "Jamie, still no answer?? If this is not fixed by Friday I am calling my lawyer.\n\nGary"
)
CALM_BODY = "Hi Jamie,\n\nThanks for the update, Thursday works for us. See you then!\n\nGary"
LEGAL_BODY = (
    "Jamie, if the data is not restored by Friday our lawyer will be in touch and we will take legal action "
    "for breach of contract.\n\nGary"
)
CALM_FOLLOW_UP_BODY = "Jamie, any update on this? Also: we now need it by Wednesday.\n\nGary"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


def heated(n: int = 1, **kw) -> bytes:
    kw.setdefault("subject", "The booking tool is broken AGAIN")
    kw.setdefault("body", HEATED_BODY)
    kw.setdefault("message_id", f"<heated-{n}@northfield-auto.example>")
    return make_eml(**kw)


def settings_for(imap_user, **extra):
    base = {"NAME": "Jamie Rivera", "EMAIL": "jamie@brightpath.example", "COOL_OFF": "24h"}
    return imap_user.with_imap(**{**base, **extra})


def watcher_for(settings, clock, store=None):
    store = store or HoldStore.open(settings.queue_path, clock=clock)
    return Watcher(settings, store, clock=clock)


def flags_of(dovecot, user, folder, uids=None):
    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        uids = uids or c.search("ALL")
        return {u: {f.decode() if isinstance(f, bytes) else f for f in fl} for u, fl in c.get_flags(uids).items()}
    finally:
        c.logout()


def drafts_in(dovecot, user, folder="Drafts"):
    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        if not uids:
            return []
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"])
        out = []
        for uid in uids:
            msg = email.message_from_bytes(data[uid][b"BODY[]"], policy=policy.default)
            out.append((msg, {f.decode() for f in data[uid][b"FLAGS"]}))
        return out
    finally:
        c.logout()


def recreate_folder(dovecot, user, folder, *, clear_drafts=False):
    """Delete and create `folder` again (a server migration, say): it gets a new UIDVALIDITY.

    clear_drafts: the user also sent (or deleted) every draft.
    """
    c = dovecot.client(user)
    try:
        if clear_drafts:
            c.select_folder("Drafts")
            c.delete_messages(c.search("ALL"))
            c.expunge()
        if c.folder_exists(folder):
            c.delete_folder(folder)
        c.create_folder(folder)
    finally:
        c.logout()


def idling(dovecot, user) -> bool:
    """Is one of USER's server processes in IDLE (Dovecot's process title says so)?"""
    return any("IDLE" in Path(f"/proc/{p}/cmdline").read_text(errors="replace") for p in dovecot.imap_processes(user))


def wait_for(condition, timeout=15.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# ------------------------------------------------------------------ hold, wait, draft


def test_heated_mail_is_held_then_drafted_exactly_once_after_the_cool_off(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    uid = dovecot.append(user, "INBOX", heated())
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert len(summary.held) == 1 and not summary.drafted
    item = w.store.get(summary.held[0])
    assert item.state == "held" and item.scenario and item.signals
    flags = flags_of(dovecot, user, "INBOX", [uid])[uid]
    assert HELD_KEYWORD in flags and "\\Seen" not in flags

    clock.advance(hours=23)
    assert not w.run_once().drafted and drafts_in(dovecot, user) == []

    clock.advance(hours=2)
    summary = w.run_once()
    assert summary.drafted == [item.id]
    drafts = drafts_in(dovecot, user)
    assert len(drafts) == 1
    draft, dflags = drafts[0]
    assert {"\\Draft", "\\Seen"} <= dflags
    assert draft["In-Reply-To"] == "<heated-1@northfield-auto.example>"
    assert "<heated-1@northfield-auto.example>" in draft["References"]
    assert draft["Subject"] == "Re: The booking tool is broken AGAIN"
    assert draft["Content-Transfer-Encoding"] == "quoted-printable"
    body = draft.get_content()
    assert body.startswith("Hi Gary")
    assert "wrote:" in body
    assert any(line.startswith("> ") and "You guys built it" in line for line in body.splitlines())
    assert w.store.get(item.id).state == "drafted"
    flags = flags_of(dovecot, user, "INBOX", [uid])[uid]
    assert DRAFTED_KEYWORD in flags and HELD_KEYWORD not in flags and "\\Seen" not in flags

    # Later passes, and a fresh daemon on the same queue, never draft it again.
    clock.advance(days=3)
    assert not w.run_once().drafted
    w.disconnect()
    w2 = watcher_for(s, clock)
    assert not w2.run_once().drafted
    assert len(drafts_in(dovecot, user)) == 1
    w2.disconnect()


def test_calm_mail_newsletters_auto_replies_and_own_mail_are_never_queued(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    dovecot.append(user, "INBOX", make_eml(body=CALM_BODY, message_id="<calm@x.example>"))
    dovecot.append(user, "INBOX", heated(2, headers={"List-Id": "<news.example.com>", "Precedence": "list"}))
    dovecot.append(user, "INBOX", heated(3, headers={"Auto-Submitted": "auto-replied"}))
    dovecot.append(user, "INBOX", heated(4, from_="Jamie Rivera <jamie@brightpath.example>"))
    dovecot.append(user, "INBOX", heated(5, from_="Billing <no-reply@hostco.example>"))
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert summary.scanned == 5 and summary.held == [] and summary.skipped == 5
    assert w.store.list() == []
    w.disconnect()


def test_first_run_only_looks_at_the_history_window(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user, HISTORY_DAYS="2"), Clock()
    c = dovecot.client(user)
    c.append("INBOX", heated(10), msg_time=clock.now - timedelta(days=5))
    c.append("INBOX", heated(11), msg_time=clock.now - timedelta(hours=3))
    c.logout()
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert [w.store.get(i).message_id for i in summary.held] == ["<heated-11@northfield-auto.example>"]
    w.disconnect()


def test_restart_catches_up_on_exactly_what_arrived_while_down(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    dovecot.append(user, "INBOX", heated(20))
    w = watcher_for(s, clock)
    assert len(w.run_once().held) == 1
    w.disconnect()
    w.store.close()
    dovecot.append(user, "INBOX", heated(21, subject="Another problem", body=HEATED_BODY.replace("booking", "billing")))
    w2 = watcher_for(s, clock)
    summary = w2.run_once()
    assert summary.scanned == 1 and len(summary.held) == 1
    assert len(w2.store.list()) == 2
    w2.disconnect()


# ------------------------------------------------------------------ cancel and merge


def test_replying_yourself_cancels_the_hold(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    uid_a = dovecot.append(user, "INBOX", heated(30))
    dovecot.append(user, "INBOX", heated(31, subject="Invoice is wrong AGAIN", from_="Linda Osei <linda@osei.example>"))
    w = watcher_for(s, clock)
    held = w.run_once().held
    assert len(held) == 2
    # The user answers the first in their client (\Answered) ...
    c = dovecot.client(user)
    c.select_folder("INBOX")
    c.add_flags([uid_a], [b"\\Answered"])
    c.logout()
    # ... and the second by a reply that lands in Sent.
    reply = make_eml(from_="Jamie Rivera <jamie@brightpath.example>", to="linda@osei.example",
                     subject="Re: Invoice is wrong AGAIN", message_id="<my-reply@brightpath.example>",
                     headers={"In-Reply-To": "<heated-31@northfield-auto.example>"})
    dovecot.append(user, "Sent", reply, flags=[b"\\Seen"])
    summary = w.run_once()
    assert sorted(summary.cancelled) == sorted(held)
    reasons = {w.store.get(i).reason for i in held}
    assert any("Answered" in r for r in reasons) and any("Sent" in r for r in reasons)
    clock.advance(days=2)
    assert not w.run_once().drafted and drafts_in(dovecot, user) == []
    w.disconnect()


def test_a_follow_up_in_the_thread_merges_and_the_draft_answers_the_newest(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    dovecot.append(user, "INBOX", heated(40))
    w = watcher_for(s, clock)
    first = w.run_once().held
    clock.advance(hours=5)
    dovecot.append(user, "INBOX", heated(
        41, subject="Re: The booking tool is broken AGAIN", body=FOLLOW_UP_BODY,
        headers={"In-Reply-To": "<heated-40@northfield-auto.example>",
                 "References": "<heated-40@northfield-auto.example>"}))
    summary = w.run_once()
    assert summary.merged == first and not summary.held
    item = w.store.get(first[0])
    assert item.message_id == "<heated-41@northfield-auto.example>" and len(item.merged) == 1
    clock.advance(hours=30)
    assert w.run_once().drafted == first
    drafts = drafts_in(dovecot, user)
    assert len(drafts) == 1
    draft = drafts[0][0]
    assert draft["In-Reply-To"] == "<heated-41@northfield-auto.example>"
    assert "<heated-40@northfield-auto.example>" in draft["References"]
    w.disconnect()


def test_a_clients_follow_up_merges_even_when_a_colleague_wrote_in_between(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    linda = "Linda Osei <linda@northfield-auto.example>"
    dovecot.append(user, "INBOX", heated(42, subject="Outage"))
    dovecot.append(user, "INBOX", heated(43, from_=linda, subject="Re: Outage", headers={
        "In-Reply-To": "<heated-42@northfield-auto.example>", "References": "<heated-42@northfield-auto.example>"}))
    dovecot.append(user, "INBOX", heated(44, subject="Re: Outage", body=FOLLOW_UP_BODY, headers={
        "In-Reply-To": "<heated-43@northfield-auto.example>",
        "References": "<heated-42@northfield-auto.example> <heated-43@northfield-auto.example>"}))
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert len(summary.held) == 2 and len(summary.merged) == 1
    by_sender = {i.sender: i for i in w.store.list()}
    gary = by_sender["gary@northfield-auto.example"]
    assert gary.message_id == "<heated-44@northfield-auto.example>" and len(gary.merged) == 1
    assert by_sender["linda@northfield-auto.example"].merged == ()
    w.disconnect()


def merged_thread(dovecot, imap_user, clock):
    """Gary's heated email, then his follow-up in the thread: one item. Returns (watcher, item id, uids)."""
    user, s = imap_user.name, settings_for(imap_user)
    u1 = dovecot.append(user, "INBOX", heated(45))
    w = watcher_for(s, clock)
    (item_id,) = w.run_once().held
    u2 = dovecot.append(user, "INBOX", heated(
        46, subject="Re: The booking tool is broken AGAIN", body=FOLLOW_UP_BODY,
        headers={"In-Reply-To": "<heated-45@northfield-auto.example>",
                 "References": "<heated-45@northfield-auto.example>"}))
    assert w.run_once().merged == [item_id]
    return w, item_id, (u1, u2)


@pytest.mark.parametrize("how", ["answered", "sent"])
def test_replying_to_the_earlier_email_of_a_merged_thread_cancels_the_hold(dovecot, imap_user, how):
    user, clock = imap_user.name, Clock()
    w, item_id, (u1, _u2) = merged_thread(dovecot, imap_user, clock)
    if how == "answered":
        set_flags(dovecot, user, "INBOX", [u1], "\\Answered")
    else:
        reply = make_eml(from_="Jamie Rivera <jamie@brightpath.example>", to="gary@northfield-auto.example",
                         subject="Re: The booking tool is broken AGAIN", message_id="<my-reply-45@brightpath.example>",
                         headers={"In-Reply-To": "<heated-45@northfield-auto.example>"})
        dovecot.append(user, "Sent", reply, flags=[b"\\Seen"])
    assert w.run_once().cancelled == [item_id]
    # Neither email keeps $ReplyCoachHeld once the hold is cancelled.
    assert all(not f & {HELD_KEYWORD, DRAFTED_KEYWORD} for f in flags_of(dovecot, user, "INBOX").values())
    w.disconnect()


def test_drafting_a_merged_thread_marks_every_email_of_it_drafted(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    w, item_id, uids = merged_thread(dovecot, imap_user, clock)
    flags = flags_of(dovecot, user, "INBOX", list(uids))
    assert all(HELD_KEYWORD in flags[u] for u in uids)
    clock.advance(hours=30)
    assert w.run_once().drafted == [item_id]
    flags = flags_of(dovecot, user, "INBOX", list(uids))
    assert all(DRAFTED_KEYWORD in flags[u] and HELD_KEYWORD not in flags[u] for u in uids), flags
    w.disconnect()


def test_a_cancel_from_the_command_line_takes_the_held_keyword_off(dovecot, imap_user):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    uid = dovecot.append(user, "INBOX", heated(47))
    w = watcher_for(s, clock)
    (item_id,) = w.run_once().held
    assert HELD_KEYWORD in flags_of(dovecot, user, "INBOX", [uid])[uid]
    with HoldStore.open(s.queue_path) as cli_store:  # `reply-coach queue cancel 1`
        cli_store.mark_cancelled(item_id, "called them instead")
    w.run_once()
    assert HELD_KEYWORD not in flags_of(dovecot, user, "INBOX", [uid])[uid]
    w.disconnect()


def legal_thread(dovecot, imap_user, clock, follow_up_body):
    """A legal threat, then Gary's follow-up in the thread five hours later. Returns (watcher, summaries)."""
    user, s = imap_user.name, settings_for(imap_user)
    dovecot.append(user, "INBOX", heated(60, subject="Data loss", body=LEGAL_BODY))
    w = watcher_for(s, clock)
    first = w.run_once()
    clock.advance(hours=5)
    dovecot.append(user, "INBOX", heated(61, subject="Re: Data loss", body=follow_up_body, headers={
        "In-Reply-To": "<heated-60@northfield-auto.example>", "References": "<heated-60@northfield-auto.example>"}))
    return w, first, w.run_once()


def test_a_merged_draft_answers_the_thread_at_its_most_severe(dovecot, imap_user):
    from reply_coach.scenarios import template_for

    clock = Clock()
    w, first, second = legal_thread(dovecot, imap_user, clock, HEATED_BODY)
    assert second.merged == first.held
    item = w.store.get(first.held[0])
    assert item.scenario == "legal_threat"
    clock.advance(hours=30)
    assert w.run_once().drafted == [item.id]
    ((draft, _flags),) = drafts_in(dovecot, imap_user.name)
    assert draft["In-Reply-To"] == "<heated-61@northfield-auto.example>"  # the newest email
    assert draft["X-Reply-Coach-Template"] == template_for("legal_threat")  # the thread's most severe scenario
    w.disconnect()


def test_a_calm_follow_up_from_the_client_joins_the_held_thread(dovecot, imap_user):
    clock = Clock()
    w, first, second = legal_thread(dovecot, imap_user, clock, CALM_FOLLOW_UP_BODY)
    assert second.merged == first.held and second.skipped == 0
    item = w.store.get(first.held[0])
    assert item.message_id == "<heated-61@northfield-auto.example>"
    assert item.release_at == first_release(w, item)  # a calm email does not restart the cool-off
    clock.advance(hours=20)
    assert w.run_once().drafted == [item.id]
    ((draft, _flags),) = drafts_in(dovecot, imap_user.name)
    assert draft["In-Reply-To"] == "<heated-61@northfield-auto.example>"
    assert "Wednesday" in draft.get_content()  # the deadline the follow-up named
    w.disconnect()


def first_release(w, item):
    """When the thread's first (heated) email falls due: its received time plus the cool-off."""
    (first,) = item.merged
    from reply_coach.schedule import release_time

    return release_time(first.received_at, w.settings.schedule)


# ------------------------------------------------------------------ exactly once across crashes


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it."""


@pytest.mark.parametrize("step", ["mark_releasing", "append_draft", "mark_drafted"])
def test_a_crash_at_any_step_of_the_release_never_duplicates_the_draft(dovecot, imap_user, monkeypatch, step):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    dovecot.append(user, "INBOX", heated(50))
    w = watcher_for(s, clock)
    w.run_once()
    clock.advance(hours=25)
    target = w.store if step != "append_draft" else w.connect()
    original = getattr(target, step)

    def crash_after(*a, **kw):
        original(*a, **kw)  # the step happens, then the process "dies"
        raise Crash()

    monkeypatch.setattr(target, step, crash_after)
    with pytest.raises(Crash):
        w.run_once()
    w.store.close()
    w.mailbox = None  # the dead process's connection is simply gone
    monkeypatch.undo()
    w2 = watcher_for(s, clock)
    w2.run_once()
    w2.run_once()
    assert len(drafts_in(dovecot, user)) == 1
    assert [i.state for i in w2.store.list()] == ["drafted"]
    w2.disconnect()


def test_sigkill_right_after_the_append_then_restart_still_one_draft(dovecot, imap_user, tmp_path):
    user, s, clock = imap_user.name, settings_for(imap_user), Clock()
    dovecot.append(user, "INBOX", heated(60))
    w = watcher_for(s, clock)
    w.run_once()
    w.disconnect()
    w.store.close()
    env_file = tmp_path / "account.env"
    env_file.write_text("".join(f"REPLY_COACH_{k}={v}\n" for k, v in {
        **imap_user._base, "NAME": "Jamie Rivera", "EMAIL": "jamie@brightpath.example"}.items()))
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import datetime, timedelta, timezone
        from pathlib import Path
        from reply_coach.config import load_settings
        from reply_coach.holds import HoldStore
        from reply_coach.imap import Mailbox
        from reply_coach.watcher import Watcher
        real = Mailbox.append_draft
        def append_then_die(self, *a, **kw):
            real(self, *a, **kw)
            os.kill(os.getpid(), signal.SIGKILL)
        Mailbox.append_draft = append_then_die
        s = load_settings(config_file=Path({str(env_file)!r}), environ={{}}, cwd=Path({str(tmp_path)!r}))
        later = lambda: datetime.now(timezone.utc) + timedelta(hours=25)
        Watcher(s, HoldStore.open(s.queue_path), clock=later).run_once()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert len(drafts_in(dovecot, user)) == 1
    with HoldStore.open(s.queue_path) as store:
        assert [i.state for i in store.list()] == ["releasing"]
    clock.advance(hours=25)
    w2 = watcher_for(s, clock)
    assert len(w2.run_once().drafted) == 1
    assert len(drafts_in(dovecot, user)) == 1
    assert [i.state for i in w2.store.list()] == ["drafted"]
    w2.disconnect()


# ------------------------------------------------------------------ UIDVALIDITY, bad messages


def test_uidvalidity_change_does_not_redraft_old_mail(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, FOLDERS="Clients")
    recreate_folder(dovecot, user, "Clients")
    raw = heated(70)
    dovecot.append(user, "Clients", raw)
    w = watcher_for(s, clock)
    w.run_once()
    clock.advance(hours=25)
    assert len(w.run_once().drafted) == 1
    w.disconnect()
    recreate_folder(dovecot, user, "Clients")
    dovecot.append(user, "Clients", raw)  # the same mail, under a new UIDVALIDITY
    summary = w.run_once()
    assert summary.scanned == 1 and not summary.held and not summary.merged
    clock.advance(hours=25)
    assert not w.run_once().drafted
    assert len(drafts_in(dovecot, user)) == 1
    w.disconnect()


def set_flags(dovecot, user, folder, uids, *flags):
    c = dovecot.client(user)
    try:
        c.select_folder(folder)
        c.add_flags(uids, [f.encode() for f in flags])
    finally:
        c.logout()


def test_after_a_uidvalidity_change_a_held_item_follows_its_email_to_its_new_uid(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, FOLDERS="UV")
    recreate_folder(dovecot, user, "UV")
    raw = heated(73)
    dovecot.append(user, "UV", make_eml(body=CALM_BODY, message_id="<filler@x.example>"))
    assert dovecot.append(user, "UV", raw) == 2
    w = watcher_for(s, clock)
    (item_id,) = w.run_once().held
    w.disconnect()
    recreate_folder(dovecot, user, "UV")
    assert dovecot.append(user, "UV", raw) == 1  # the held email is UID 1 now ...
    other = make_eml(from_="Other <o@other.example>", body=CALM_BODY, message_id="<calm-2@x.example>")
    assert dovecot.append(user, "UV", other) == 2  # ... and UID 2 is someone else's
    w.run_once()
    item = w.store.get(item_id)
    assert item.uid == 1 and item.state == "held"
    assert HELD_KEYWORD in flags_of(dovecot, user, "UV", [1])[1]
    set_flags(dovecot, user, "UV", [2], "\\Answered")  # the user answers the other email
    assert not w.run_once().cancelled and w.store.get(item_id).state == "held"
    clock.advance(hours=25)
    assert w.run_once().drafted == [item_id]
    flags = flags_of(dovecot, user, "UV")
    assert DRAFTED_KEYWORD in flags[1] and HELD_KEYWORD not in flags[1]
    assert not flags[2] & {HELD_KEYWORD, DRAFTED_KEYWORD}
    w.disconnect()


def test_an_old_uid_that_now_names_another_email_is_never_read_or_marked(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, FOLDERS="UV2")
    recreate_folder(dovecot, user, "UV2")
    dovecot.append(user, "UV2", heated(74))
    w = watcher_for(s, clock)
    (item_id,) = w.run_once().held
    w.disconnect()
    recreate_folder(dovecot, user, "UV2")  # the held email is gone; UID 1 is now another, answered one
    other = make_eml(from_="Other <o@other.example>", body=CALM_BODY, message_id="<calm-3@x.example>")
    dovecot.append(user, "UV2", other, flags=[b"\\Answered"])
    assert not w.run_once().cancelled
    clock.advance(hours=25)
    assert w.run_once().drafted == [item_id]  # from the stored copy
    assert not flags_of(dovecot, user, "UV2", [1])[1] & {HELD_KEYWORD, DRAFTED_KEYWORD}
    w.disconnect()


def test_mail_without_a_message_id_is_not_redrafted_after_a_uidvalidity_change(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, FOLDERS="NoId")
    recreate_folder(dovecot, user, "NoId")
    raw = heated(71, message_id=None)
    dovecot.append(user, "NoId", raw)
    w = watcher_for(s, clock)
    w.run_once()
    clock.advance(hours=25)
    assert len(w.run_once().drafted) == 1
    # The user sent the draft (it left Drafts); a server migration gives the folder a new UIDVALIDITY.
    recreate_folder(dovecot, user, "NoId", clear_drafts=True)
    dovecot.append(user, "NoId", raw)
    summary = w.run_once()
    assert summary.scanned == 1 and not summary.held and not summary.merged
    clock.advance(hours=25)
    assert not w.run_once().drafted and drafts_in(dovecot, user) == []
    w.disconnect()


def test_a_lost_queue_never_redrafts_mail_the_server_marks_as_drafted(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user)
    dovecot.append(user, "INBOX", heated(72))
    w = watcher_for(s, clock)
    w.run_once()
    clock.advance(hours=25)
    assert len(w.run_once().drafted) == 1
    w.disconnect()
    w.store.close()
    recreate_folder(dovecot, user, "Archive", clear_drafts=True)  # the user deleted the draft: no reply wanted
    for f in Path(s.data_dir).glob("queue.sqlite3*"):
        f.unlink()  # and the queue is lost (a new laptop, say)
    w2 = watcher_for(s, clock)
    summary = w2.run_once()
    assert summary.held == [] and summary.skipped == 1
    clock.advance(hours=25)
    assert not w2.run_once().drafted and drafts_in(dovecot, user) == []
    w2.disconnect()


def test_a_message_that_cannot_be_parsed_is_recorded_failed_not_passed_over(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user)
    bad_uid = dovecot.append(user, "INBOX", b"   \r\n\r\n")
    dovecot.append(user, "INBOX", heated(82))
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert len(summary.held) == 1 and len(summary.failed) == 1
    failed = w.store.get(summary.failed[0])
    assert failed.state == "failed" and failed.uid == bad_uid and "empty" in failed.last_error
    w.store.set_folder_state(s.account, "INBOX", w.store.folder_state(s.account, "INBOX").uidvalidity, 0)
    again = w.run_once()  # re-read (a crash mid-batch, say): recorded once
    assert again.failed == [] and len(w.store.list(states=["failed"])) == 1
    w.disconnect()


def test_a_message_that_cannot_be_drafted_is_recorded_failed_and_the_daemon_goes_on(dovecot, imap_user, monkeypatch):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, MAX_ATTEMPTS="2")
    dovecot.append(user, "INBOX", heated(80))
    dovecot.append(user, "INBOX", heated(81, subject="Refund NOW", from_="Linda Osei <linda@osei.example>"))
    w = watcher_for(s, clock)
    assert len(w.run_once().held) == 2
    import reply_coach.drafting as drafting

    real = drafting.draft_reply

    def broken_for_gary(message, *a, **kw):
        if message.sender.startswith("gary"):
            raise ValueError("template exploded")
        return real(message, *a, **kw)

    monkeypatch.setattr(drafting, "draft_reply", broken_for_gary)
    clock.advance(hours=25)
    first = w.run_once()
    assert len(first.drafted) == 1 and not first.failed
    clock.advance(minutes=5)  # past the retry backoff
    second = w.run_once()
    assert len(second.failed) == 1
    failed = w.store.get(second.failed[0])
    assert failed.state == "failed" and "template exploded" in failed.last_error and failed.attempts == 2
    assert len(drafts_in(dovecot, user)) == 1
    w.disconnect()


def test_an_email_no_reply_can_be_drafted_for_fails_at_once_with_the_reason(dovecot, imap_user, monkeypatch):
    # Retrying cannot give an email an address to reply to: no five attempts, no backoff.
    from reply_coach.errors import DraftError
    import reply_coach.drafting as drafting

    user, clock = imap_user.name, Clock()
    w = watcher_for(settings_for(imap_user, MAX_ATTEMPTS="5"), clock)
    dovecot.append(user, "INBOX", heated(82))
    assert len(w.run_once().held) == 1

    def no_address(*a, **kw):
        raise DraftError("cannot draft a reply: the email has no address to reply to")

    monkeypatch.setattr(drafting, "draft_reply", no_address)
    clock.advance(hours=25)
    summary = w.run_once()
    item = w.store.get(summary.failed[0])
    assert item.state == "failed" and item.attempts == 1 and "no address to reply to" in item.last_error
    assert drafts_in(dovecot, user) == []
    w.disconnect()


def test_a_draft_review_warning_is_logged_when_it_is_released(dovecot, imap_user, tmp_path, caplog):
    # A user template that reads heated still drafts, but the log says so (the CLI says it on stderr).
    (tmp_path / "apology_offer_help.j2").write_text(
        "{#- scenarios: blame\ndescription: too short and angry -#}\n{{ greeting }}\n\nYOUR FAULT. Fix it.\n\n{{ signature }}\n"
    )
    user, clock = imap_user.name, Clock()
    w = watcher_for(settings_for(imap_user, TEMPLATES_DIR=str(tmp_path)), clock)
    dovecot.append(user, "INBOX", heated(83))
    w.run_once()
    clock.advance(hours=25)
    with caplog.at_level("WARNING", logger="reply_coach"):
        assert len(w.run_once().drafted) == 1
    assert any("warning: #" in r.getMessage() for r in caplog.records)
    w.disconnect()


def test_failed_release_attempts_back_off_exponentially(dovecot, imap_user):
    from reply_coach.watcher import RETRY_BASE

    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, DRAFTS_FOLDER="Entwuerfe", MAX_ATTEMPTS="4")  # no such folder
    dovecot.append(user, "INBOX", heated(85))
    w = watcher_for(s, clock)
    (item_id,) = w.run_once().held
    clock.advance(hours=25)
    for attempt in (1, 2, 3):
        w.run_once()
        item = w.store.get(item_id)
        assert item.attempts == attempt and item.state == "held" and "Entwuerfe" in item.last_error
        delay = RETRY_BASE * 2 ** (attempt - 1)
        assert item.release_at == clock.now + delay
        w.run_once()  # right away: not due again yet
        assert w.store.get(item_id).attempts == attempt
        clock.now = item.release_at
    assert w.run_once().failed == [item_id]
    assert w.store.get(item_id).state == "failed"
    w.disconnect()


def test_a_folder_that_cannot_be_read_is_reported_and_the_rest_of_the_pass_goes_on(dovecot, imap_user):
    user, clock = imap_user.name, Clock()
    s = settings_for(imap_user, FOLDERS="Nope,INBOX")
    dovecot.append(user, "INBOX", heated(86))
    w = watcher_for(s, clock)
    summary = w.run_once()
    assert len(summary.held) == 1
    assert len(summary.errors) == 1 and "Nope" in summary.errors[0] and "REPLY_COACH_FOLDERS" in summary.errors[0]
    clock.advance(hours=25)
    assert w.run_once().drafted == summary.held  # cancel and release still run
    assert len(drafts_in(dovecot, user)) == 1
    w.disconnect()


def test_a_missing_folder_is_not_a_connection_problem_for_the_daemon(dovecot, imap_user, caplog):
    s, clock = settings_for(imap_user, FOLDERS="INBOX,Nope", POLL_INTERVAL="1s"), Clock()
    w = watcher_for(s, clock)
    passes = []
    real = w.run_once
    w.run_once = lambda *a, **kw: passes.append(1) or real(*a, **kw)
    caplog.set_level("INFO", logger="reply_coach")
    finish = _daemon(w)
    try:
        wait_for(lambda: len(passes) >= 3, what="three passes")
        dovecot.append(imap_user.name, "INBOX", heated(87))
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: len(probe.list()) == 1, what="held from INBOX")
    finally:
        finish()
    assert "connection problem" not in caplog.text
    # Said once, not at every pass.
    assert sum("Nope" in r.getMessage() for r in caplog.records if r.levelname == "ERROR") == 1


def test_watch_once_with_an_unreadable_folder_exits_1_after_the_pass(dovecot, imap_user):
    dovecot.append(imap_user.name, "INBOX", heated(88))
    r = reply_coach("watch", "--once", env=cli_env(imap_user, FOLDERS="INBOX,Nope", NAME="Jamie Rivera",
                                                   EMAIL="jamie@brightpath.example"))
    assert r.returncode == 1, r.stderr
    assert "held 1" in r.stderr and "Traceback" not in r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("reply-coach: error:") and "Nope" in last and "REPLY_COACH_FOLDERS" in last


# ------------------------------------------------------------------ the daemon loop


def test_idle_daemon_holds_new_mail_and_survives_a_dovecot_restart(dovecot, imap_user):
    user, s = imap_user.name, settings_for(imap_user, IDLE_TIMEOUT="30s")
    clock = Clock()
    store = HoldStore.open(s.queue_path, clock=clock)
    w = Watcher(s, store, clock=clock)
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop,), daemon=True)
    t.start()
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: probe.folder_state(s.account, "INBOX") is not None, what="first pass")
            uid = dovecot.append(user, "INBOX", heated(90))
            wait_for(lambda: len(probe.list()) == 1, timeout=10, what="held during IDLE")
            assert "\\Seen" not in flags_of(dovecot, user, "INBOX", [uid])[uid]
            dovecot.restart()
            dovecot.append(user, "INBOX", heated(91, subject="Still broken", body=HEATED_BODY + " Unacceptable."))
            wait_for(lambda: len(probe.list()) == 2, timeout=30, what="catch-up after the restart")
    finally:
        stop.set()
        w.interrupt()
        t.join(timeout=20)
    assert not t.is_alive()


def _daemon(w):
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop,), daemon=True)
    t.start()

    def finish():
        stop.set()
        w.interrupt()
        t.join(timeout=20)
        assert not t.is_alive()

    return finish


def test_mail_that_lands_after_the_scan_is_held_without_waiting_for_the_idle_timeout(dovecot, imap_user):
    s, clock = settings_for(imap_user, IDLE_TIMEOUT="20m"), Clock()
    w = watcher_for(s, clock)
    real = w.release_due
    arrived = threading.Event()

    def mail_arrives_during_the_pass(now, summary):
        if not arrived.is_set():  # after the scan, before the IDLE: the EXISTS goes to no IDLE
            dovecot.append(imap_user.name, "INBOX", heated(96))
            arrived.set()
        return real(now, summary)

    w.release_due = mail_arrives_during_the_pass
    finish = _daemon(w)
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: len(probe.list()) == 1, timeout=10, what="held within seconds, not 20 minutes")
    finally:
        finish()


def test_queue_release_while_the_daemon_idles_drafts_within_seconds(dovecot, imap_user):
    s, clock = settings_for(imap_user, IDLE_TIMEOUT="20m"), Clock()
    dovecot.append(imap_user.name, "INBOX", heated(97))
    w = watcher_for(s, clock)
    finish = _daemon(w)
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: len(probe.list()) == 1, what="held")
            wait_for(lambda: idling(dovecot, imap_user.name), what="the daemon in IDLE")
            (item,) = probe.list()
            probe.release_now(item.id, clock.now)  # what `reply-coach queue release ID` does
            wait_for(lambda: probe.get(item.id).state == "drafted", timeout=10, what="drafted within seconds")
        assert len(drafts_in(dovecot, imap_user.name)) == 1
    finally:
        finish()


def test_queue_cancel_while_the_daemon_idles_takes_the_keyword_off_within_seconds(dovecot, imap_user):
    s, clock = settings_for(imap_user, IDLE_TIMEOUT="20m"), Clock()
    uid = dovecot.append(imap_user.name, "INBOX", heated(98))
    finish = _daemon(watcher_for(s, clock))
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: HELD_KEYWORD in flags_of(dovecot, imap_user.name, "INBOX", [uid])[uid], what="held")
            wait_for(lambda: idling(dovecot, imap_user.name), what="the daemon in IDLE")
            probe.mark_cancelled(probe.list()[0].id, "called them")  # `reply-coach queue cancel 1`
            wait_for(lambda: HELD_KEYWORD not in flags_of(dovecot, imap_user.name, "INBOX", [uid])[uid],
                     timeout=10, what="the keyword taken off")
    finally:
        finish()


def test_queue_release_says_whether_a_running_daemon_will_draft_it(tmp_path):
    from reply_coach.holds import Candidate, acquire_daemon_lock

    now = datetime.now(timezone.utc)
    with HoldStore.open(tmp_path / "queue.sqlite3") as store:
        for uid in (1, 2):
            store.hold(Candidate(account="a", folder="INBOX", uidvalidity=1, uid=uid, message_id=f"<{uid}@x>",
                                 received_at=now, release_at=now + timedelta(hours=24)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
    env.update(HOME=str(tmp_path), REPLY_COACH_DATA_DIR=str(tmp_path))
    with acquire_daemon_lock(tmp_path):
        r = reply_coach("queue", "release", "1", env=env)
    assert r.returncode == 0 and "running" in r.stdout and "--once" not in r.stdout, r.stdout
    r = reply_coach("queue", "release", "2", env=env)
    assert r.returncode == 0 and "reply-coach watch --once" in r.stdout, r.stdout


def test_a_password_command_failing_at_reconnect_is_retried_not_fatal(dovecot, imap_user, tmp_path, caplog):
    fail = tmp_path / "pw-fail"
    cmd = tmp_path / "pwcmd.sh"
    cmd.write_text(f"#!/bin/sh\nif [ -e {fail} ]; then echo 'network down' >&2; exit 1; fi\necho {imap_user.password}\n")
    cmd.chmod(0o700)
    s = settings_for(imap_user, IMAP_PASSWORD="", IMAP_PASSWORD_CMD=str(cmd), IDLE_TIMEOUT="20m")
    clock = Clock()
    w = Watcher(s, HoldStore.open(s.queue_path, clock=clock), clock=clock)
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop,), daemon=True)
    caplog.set_level("INFO", logger="reply_coach")
    t.start()
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: probe.folder_state(s.account, "INBOX") is not None, what="first pass")
            fail.touch()  # e.g. the keyring is locked, or the network is down for the token endpoint
            dovecot.kill_imap(imap_user.name)
            wait_for(lambda: "IMAP_PASSWORD_CMD exited with status 1" in caplog.text, what="the failing command")
            assert t.is_alive()
            fail.unlink()
            dovecot.append(imap_user.name, "INBOX", heated(93))
            wait_for(lambda: len(probe.list()) == 1, timeout=20, what="held after the command works again")
    finally:
        stop.set()
        w.interrupt()
        t.join(timeout=20)
    assert not t.is_alive()


def test_a_second_watched_folder_is_scanned_every_poll_interval_while_idling_on_the_first(dovecot, imap_user):
    user = imap_user.name
    c = dovecot.client(user)
    try:
        c.create_folder("Clients")
    finally:
        c.logout()
    # IDLE_TIMEOUT far longer than the test: only the poll interval can wake the pass.
    s = settings_for(imap_user, FOLDERS="INBOX,Clients", IDLE_TIMEOUT="20m", POLL_INTERVAL="2s")
    clock = Clock()
    w = Watcher(s, HoldStore.open(s.queue_path, clock=clock), clock=clock)
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop,), daemon=True)
    t.start()
    try:
        with HoldStore.open(s.queue_path) as probe:
            wait_for(lambda: probe.folder_state(s.account, "Clients") is not None, what="first pass")
            dovecot.append(user, "Clients", heated(95))
            wait_for(lambda: len(probe.list()) == 1, timeout=15, what="held from the second folder")
            assert probe.list()[0].folder == "Clients"
    finally:
        stop.set()
        w.interrupt()
        t.join(timeout=20)
    assert not t.is_alive()


def test_another_accounts_due_item_does_not_shorten_this_accounts_wait(imap_user):
    from reply_coach.holds import Candidate

    s, clock = settings_for(imap_user, IDLE_TIMEOUT="9m"), Clock()
    w = watcher_for(s, clock)
    overdue = clock.now - timedelta(days=1)
    w.store.hold(Candidate(account="someone-else", folder="INBOX", uidvalidity=1, uid=1, message_id="<x@y>",
                           received_at=overdue, release_at=overdue))
    assert w.wait_timeout() == 9 * 60
    mine = clock.now + timedelta(minutes=2)
    w.store.hold(Candidate(account=s.account, folder="INBOX", uidvalidity=1, uid=2, message_id="<z@y>",
                           received_at=mine, release_at=mine))
    assert w.wait_timeout() == pytest.approx(121)


def test_a_connection_lost_while_looking_for_sent_does_not_turn_the_sent_check_off(imap_user):
    from reply_coach.imap import ConnectionLost

    class FlakyList:
        calls = 0

        def find_sent_folder(self, override):
            FlakyList.calls += 1
            if FlakyList.calls == 1:
                raise ConnectionLost("lost the IMAP connection during LIST: will reconnect")
            return "Sent"

    w = Watcher(settings_for(imap_user), HoldStore.open(imap_user.settings.queue_path), connect=lambda imap: FlakyList())
    with pytest.raises(ConnectionLost):
        w.sent_folder()
    assert w.sent_folder() == "Sent"  # asked again after the reconnect


def test_a_wrong_password_at_start_stops_the_daemon_instead_of_retrying_forever(imap_user):
    from reply_coach.errors import AuthError

    s = settings_for(imap_user, IMAP_PASSWORD="wrong-pw")
    w = watcher_for(s, Clock())
    with pytest.raises(AuthError):
        w.run_forever(threading.Event())


def test_two_daemons_never_run_on_the_same_queue(imap_user):
    from reply_coach.errors import QueueError
    from reply_coach.holds import acquire_daemon_lock

    s = imap_user.settings
    with acquire_daemon_lock(s.data_dir):
        with pytest.raises(QueueError, match="already running"):
            with acquire_daemon_lock(s.data_dir):
                pass


# ------------------------------------------------------------------ commands against the server


def cli_env(imap_user, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
    env.update({f"REPLY_COACH_{k}": v for k, v in {**imap_user._base, **extra}.items()})
    env["HOME"] = str(imap_user.settings.data_dir)
    return env


def reply_coach(*args, env):
    return subprocess.run([sys.executable, "-c", "from reply_coach.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def test_wrong_password_is_one_clear_line_and_exit_1(imap_user):
    r = reply_coach("watch", "--once", env=cli_env(imap_user, IMAP_PASSWORD="wrong-pw"))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert any("login" in line.lower() and imap_user.name in line for line in lines)
    assert "Traceback" not in r.stderr and "wrong-pw" not in r.stderr


def test_watch_once_queue_and_doctor_commands(dovecot, imap_user):
    user = imap_user.name
    env = cli_env(imap_user, NAME="Jamie Rivera", EMAIL="jamie@brightpath.example")
    dovecot.append(user, "INBOX", heated(100))
    r = reply_coach("watch", "--once", env=env)
    assert r.returncode == 0, r.stderr
    assert "held 1" in r.stderr and "held: #1" in r.stderr
    r = reply_coach("queue", env=env)
    assert "#1" in r.stdout and "gary@northfield-auto.example" in r.stdout
    r = reply_coach("queue", "show", "1", "--json", env=env)
    assert '"state": "held"' in r.stdout and imap_user.password not in r.stdout
    assert reply_coach("queue", "release", "1", env=env).returncode == 0
    r = reply_coach("watch", "--once", env=env)
    assert "drafted 1" in r.stderr, r.stderr
    assert len(drafts_in(dovecot, user)) == 1
    r = reply_coach("queue", "list", "--all", env=env)
    assert "drafted" in r.stdout
    r = reply_coach("queue", "cancel", "1", env=env)
    assert r.returncode == 1 and "drafted" in r.stderr
    r = reply_coach("doctor", env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "login: ok" in r.stdout and "drafts folder: Drafts" in r.stdout and "IDLE: yes" in r.stdout
    assert imap_user.password not in r.stdout + r.stderr


def test_draft_uid_to_drafts_puts_one_draft_on_the_server(dovecot, imap_user):
    user = imap_user.name
    env = cli_env(imap_user, NAME="Jamie Rivera", EMAIL="jamie@brightpath.example")
    uid = dovecot.append(user, "INBOX", heated(110))
    for _ in range(2):
        r = reply_coach("draft", "--uid", str(uid), "--to-drafts", env=env)
        assert r.returncode == 0, r.stderr
    assert len(drafts_in(dovecot, user)) == 1
    assert "\\Seen" not in flags_of(dovecot, user, "INBOX", [uid])[uid]
    r = reply_coach("draft", "--uid", "9999", env=env)
    assert r.returncode == 1 and "9999" in r.stderr


def test_sigterm_stops_the_daemon_promptly_and_cleanly(dovecot, imap_user, tmp_path):
    env = cli_env(imap_user, IDLE_TIMEOUT="20m")
    log_path = tmp_path / "watch.log"
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen([sys.executable, "-c", "from reply_coach.cli import main; main()", "watch"],
                                stdout=subprocess.DEVNULL, stderr=log_file, env=env)
        try:
            wait_for(lambda: "watching" in log_path.read_text(), timeout=20, what="daemon start")
            dovecot.append(imap_user.name, "INBOX", heated(120))
            wait_for(lambda: "held: #1" in log_path.read_text(), timeout=10, what="held during IDLE")
            proc.send_signal(signal.SIGTERM)
            # Well under the 20-minute IDLE: the signal wakes the IDLE itself.
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    text = log_path.read_text()
    assert "received SIGTERM" in text and "stopped" in text and "Traceback" not in text
    assert "connection problem" not in text


def test_several_accounts_one_config_file_each(dovecot, imap_user, tmp_path):
    second_name, second_pw = dovecot.new_user()
    files = []
    for name, pw in ((imap_user.name, imap_user.password), (second_name, second_pw)):
        dovecot.append(name, "INBOX", heated(130, message_id=f"<acct-{name}@northfield-auto.example>"))
        values = {**imap_user._base, "IMAP_USERNAME": name, "IMAP_PASSWORD": pw, "ACCOUNT": name}
        f = tmp_path / f"{name}.env"
        f.write_text("".join(f"REPLY_COACH_{k}={v}\n" for k, v in values.items()))
        files.append(f)
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
    env["HOME"] = str(tmp_path)
    r = reply_coach("-c", str(files[0]), "-c", str(files[1]), "watch", "--once", env=env)
    assert r.returncode == 0, r.stderr
    assert f"{imap_user.name}: scanned 1, held 1" in r.stderr and f"{second_name}: scanned 1, held 1" in r.stderr
    r = reply_coach("-c", str(files[0]), "queue", "--json", env=env)
    import json

    assert sorted(i["account"] for i in json.loads(r.stdout)) == sorted([imap_user.name, second_name])


def test_a_data_dir_that_is_a_file_is_one_line_and_exit_2(imap_user, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    r = reply_coach("watch", "--once", env=cli_env(imap_user, DATA_DIR=str(afile)))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "REPLY_COACH_DATA_DIR" in r.stderr


def test_a_failing_second_account_stops_the_daemon_with_one_line_naming_it(dovecot, imap_user, tmp_path):
    second_name, second_pw = dovecot.new_user()
    files = []
    for name, pw, acct in ((imap_user.name, imap_user.password, "a1"), (second_name, "WRONG-pw", "a2")):
        values = {**imap_user._base, "IMAP_USERNAME": name, "IMAP_PASSWORD": pw, "ACCOUNT": acct, "IDLE_TIMEOUT": "20m"}
        f = tmp_path / f"{acct}.env"
        f.write_text("".join(f"REPLY_COACH_{k}={v}\n" for k, v in values.items()))
        files.append(f)
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
    env["HOME"] = str(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", "from reply_coach.cli import main; main()",
                             "-c", str(files[0]), "-c", str(files[1]), "watch"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"the daemon kept running without account a2:\n{err}")
    assert proc.returncode == 1, err
    assert "Traceback" not in err and "WRONG-pw" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("reply-coach: error: account a2:") and "login" in last


def recent_count(dovecot, user, folder="INBOX"):
    c = dovecot.client(user)
    try:
        return c.select_folder(folder, readonly=True)[b"RECENT"]  # EXAMINE keeps \Recent (RFC 3501)
    finally:
        c.logout()


def test_doctor_only_examines_so_new_mail_stays_recent(dovecot, imap_user):
    dovecot.append(imap_user.name, "INBOX", heated(140))
    r = reply_coach("doctor", env=cli_env(imap_user))
    assert r.returncode == 0, r.stdout + r.stderr
    assert recent_count(dovecot, imap_user.name) == 1
    assert "keywords unknown" in r.stdout  # honest: only a read-write SELECT would tell
    set_flags(dovecot, imap_user.name, "INBOX", [1], HELD_KEYWORD)  # what a watch pass leaves behind
    r = reply_coach("doctor", env=cli_env(imap_user))
    assert "keywords yes" in r.stdout


def test_queue_list_shows_failed_items_and_show_tells_the_merged_history(tmp_path):
    import json
    from dataclasses import replace

    from reply_coach.holds import Candidate

    now = datetime.now(timezone.utc)

    def cand(uid, **kw):
        return Candidate(account="a", folder="INBOX", uidvalidity=1, uid=uid, message_id=f"<{uid}@x>",
                         received_at=now, release_at=now + timedelta(hours=24), sender="gary@x.example",
                         subject=f"Invoice {uid}", **kw)

    with HoldStore.open(tmp_path / "queue.sqlite3") as store:
        held = store.hold(cand(1))
        store.merge(held.id, replace(cand(2), received_at=now + timedelta(minutes=5), subject="Re: Invoice 1"))
        failed = store.record_unreadable(cand(3), "MessageError: the email is empty")
        done = store.hold(cand(4))
        store.mark_cancelled(done.id, "called them")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLY_COACH_")}
    env.update(HOME=str(tmp_path), REPLY_COACH_DATA_DIR=str(tmp_path))
    r = reply_coach("queue", "list", env=env)
    assert f"#{failed.id}" in r.stdout and "failed" in r.stdout and f"#{done.id}" not in r.stdout, r.stdout
    listed = json.loads(reply_coach("queue", "list", "--json", env=env).stdout)
    assert sorted(i["state"] for i in listed) == ["failed", "held"]
    shown = json.loads(reply_coach("queue", "show", str(held.id), "--json", env=env).stdout)
    assert [(m["uid"], m["message_id"], m["subject"]) for m in shown["merged"]] == [(1, "<1@x>", "Invoice 1")]
    text = reply_coach("queue", "show", str(held.id), env=env).stdout
    assert "<1@x>" in text and "Invoice 1" in text


def test_the_launchd_agent_logs_where_its_docs_say_and_is_honest_about_restarts():
    import plistlib
    import re

    path = ROOT / "docs" / "service" / "com.reply-coach.watch.plist"
    text = path.read_text()
    agent = plistlib.loads(path.read_bytes())
    said = re.search(r"Logs: (\S+)", text).group(1)
    assert said.replace("~", "/Users/YOU", 1) == agent["StandardErrorPath"]
    assert f"tail -f {said}" in (ROOT / "docs" / "service.md").read_text()
    # KeepAlive/SuccessfulExit=false restarts after every non-zero exit, 2 (configuration) included.
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    keep_alive_comment = text[text.index("<key>KeepAlive</key>"):text.index("<key>ThrottleInterval</key>")]
    assert "exit 2" in keep_alive_comment and "not after a clean exit or a config error" not in text
