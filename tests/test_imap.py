"""reply_coach.imap against a real Dovecot (see tests/dovecot.py), plus pure tests of its choices."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from reply_coach.config import load_settings
from reply_coach.errors import AuthError, MailboxError
from reply_coach.imap import (
    DRAFTS_NAMES,
    FETCH_CHUNK,
    SEARCH_OR_CHUNK,
    SENT_NAMES,
    ConnectionLost,
    Mailbox,
    _or_header_criteria,
    _search_header_criteria,
    choose_folder,
)

imap = pytest.mark.imap


def mail(subject: str = "Hello", body: str = "Hi there.\r\n", **headers: str) -> bytes:
    lines = [
        "From: Client <client@example.com>",
        "To: Me <me@example.org>",
        f"Subject: {subject}",
        "Date: Mon, 16 Nov 2026 09:00:00 +0100",
        f"Message-ID: <{abs(hash((subject, body)))}@example.com>",
    ]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def other_flags(dovecot, user, folder, uids):
    """Flags as seen by an independent connection (an oracle that is not the code under test)."""
    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        return {uid: {f.decode() for f in flags} for uid, flags in c.get_flags(uids).items()}
    finally:
        c.logout()


# ---------------------------------------------------------------- connecting


@imap
def test_implicit_tls_trusting_the_ca_file_logs_in_and_sees_post_login_capabilities(imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        assert box.has_idle
        assert box.has_condstore  # only in Dovecot's post-login CAPABILITY
        assert "SPECIAL-USE" in box.capabilities()


@imap
def test_starttls_on_the_plain_port_verifies_the_certificate(dovecot, imap_user):
    settings = imap_user.with_imap(IMAP_TLS="starttls", IMAP_PORT=str(dovecot.port))
    with Mailbox.connect(settings.imap) as box:
        assert box.select("INBOX").exists == 0


@imap
def test_plaintext_is_possible_to_a_loopback_server(dovecot, imap_user):
    settings = imap_user.with_imap(IMAP_TLS="none", IMAP_ALLOW_PLAINTEXT="true", IMAP_PORT=str(dovecot.port))
    with Mailbox.connect(settings.imap) as box:
        assert box.select("INBOX").exists == 0


@imap
def test_oauth2_token_from_a_command_logs_in_with_xoauth2(imap_user):
    # The test server checks the bearer token against the passwd-file password.
    settings = imap_user.with_imap(IMAP_PASSWORD="", IMAP_OAUTH2_TOKEN_CMD=f"echo {imap_user.password}")
    with Mailbox.connect(settings.imap) as box:
        assert box.select("INBOX").uidvalidity > 0


@imap
def test_wrong_password_is_an_auth_error_that_never_shows_the_password(imap_user):
    secret = "Wr0ng-" + imap_user.password
    settings = imap_user.with_imap(IMAP_PASSWORD=secret)
    with pytest.raises(AuthError) as err:
        Mailbox.connect(settings.imap)
    text = str(err.value)
    assert "REPLY_COACH_IMAP_USERNAME" in text and imap_user.name in text
    assert secret not in text and imap_user.password not in text
    assert err.value.__cause__ is None and err.value.__suppress_context__


@imap
def test_self_signed_certificate_without_ca_file_is_refused_naming_the_setting(imap_user):
    settings = imap_user.with_imap(IMAP_CA_FILE="")
    with pytest.raises(MailboxError) as err:
        Mailbox.connect(settings.imap)
    assert not isinstance(err.value, AuthError)
    assert "REPLY_COACH_IMAP_CA_FILE" in str(err.value)


@imap
def test_implicit_tls_against_the_plain_port_says_to_check_the_tls_setting(dovecot, imap_user):
    settings = imap_user.with_imap(IMAP_PORT=str(dovecot.port))
    with pytest.raises(MailboxError) as err:
        Mailbox.connect(settings.imap)
    assert "REPLY_COACH_IMAP_TLS" in str(err.value)


def loopback_settings(tmp_path, **values: str):
    """Settings for a loopback server that is not the Dovecot fixture."""
    base = {"IMAP_HOST": "127.0.0.1", "IMAP_USERNAME": "someone", "IMAP_PASSWORD": "pw", "IMAP_TIMEOUT": "5s",
            "DATA_DIR": str(tmp_path)}
    return load_settings(overrides={**base, **values}, environ={}, cwd=tmp_path)


def test_refused_connection_names_host_and_port_settings(tmp_path):
    import socket

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = loopback_settings(tmp_path, IMAP_PORT=str(port))
    with pytest.raises(MailboxError) as err:
        Mailbox.connect(settings.imap)
    assert "REPLY_COACH_IMAP_PORT" in str(err.value) and str(port) in str(err.value)


def test_starttls_is_refused_when_the_server_does_not_offer_it(tmp_path):
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def no_starttls_server():  # a minimal IMAP server without STARTTLS
        conn, _ = listener.accept()
        with conn, conn.makefile("rwb") as f:
            f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
            f.flush()
            for line in f:
                tag, _, cmd = line.decode().strip().partition(" ")
                if cmd.upper().startswith("CAPABILITY"):
                    f.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                f.write(f"{tag} OK done\r\n".encode())
                f.flush()

    server = threading.Thread(target=no_starttls_server, daemon=True)
    server.start()
    settings = loopback_settings(tmp_path, IMAP_TLS="starttls", IMAP_PORT=str(port))
    try:
        with pytest.raises(MailboxError, match="STARTTLS.*REPLY_COACH_IMAP_TLS=ssl"):
            Mailbox.connect(settings.imap)
    finally:
        listener.close()
    server.join(5)


def test_importing_the_imap_module_does_not_import_imapclient():
    code = "import sys, reply_coach.imap; sys.exit('imapclient' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---------------------------------------------------------------- folders


@imap
def test_drafts_and_sent_are_found_by_their_special_use_flags(imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        assert box.find_drafts_folder() == "Drafts"
        assert box.find_sent_folder() == "Sent"
        assert box.find_sent_folder(override="Archive") == "Archive"
        with pytest.raises(MailboxError, match="does not exist"):
            box.find_drafts_folder(override="No Such Folder")


@imap
def test_non_ascii_folder_names_survive_the_real_list_response(dovecot, imap_user):
    # LIST sends modified UTF-7 ("Entw&APw-rfe"); the chooser must see "Entwürfe".
    dovecot.doveadm("mailbox", "create", "-u", imap_user.name, "Entwürfe")
    with Mailbox.connect(imap_user.settings.imap) as box:
        assert choose_folder(box._list(), "\\NoSuchFlag", ("Entwürfe",)) == "Entwürfe"
        assert box.find_drafts_folder(override="Entwürfe") == "Entwürfe"
        assert box.find_drafts_folder() == "Drafts"  # the flag beats any name
        assert box.select("Entwürfe").exists == 0


LIST_GMAIL = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"),
    ((b"\\HasNoChildren", b"\\Drafts"), b"/", "[Gmail]/Entwürfe"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Gmail]/Gesendet"),
]
LIST_NO_FLAGS = [
    ((b"\\HasNoChildren",), b".", "INBOX"),
    ((b"\\HasNoChildren",), b".", "INBOX.kladder"),
    ((b"\\HasNoChildren",), b".", "INBOX.Sendt"),
    ((b"\\HasNoChildren",), b".", "Notes"),
]


def test_choose_folder_prefers_the_special_use_flag_over_any_name():
    assert choose_folder(LIST_GMAIL, "\\Drafts", DRAFTS_NAMES) == "[Gmail]/Entwürfe"
    assert choose_folder(LIST_GMAIL, "\\Sent", SENT_NAMES) == "[Gmail]/Gesendet"


def test_choose_folder_falls_back_to_common_names_case_insensitively():
    assert choose_folder(LIST_NO_FLAGS, "\\Drafts", DRAFTS_NAMES) == "INBOX.kladder"
    assert choose_folder(LIST_NO_FLAGS, "\\Sent", SENT_NAMES) == "INBOX.Sendt"


def test_choose_folder_override_wins_and_a_missing_override_is_an_error():
    assert choose_folder(LIST_GMAIL, "\\Drafts", DRAFTS_NAMES, override="INBOX") == "INBOX"
    with pytest.raises(MailboxError, match="Kladde"):
        choose_folder(LIST_GMAIL, "\\Drafts", DRAFTS_NAMES, override="Kladde")


def test_choose_folder_returns_none_when_nothing_fits_and_skips_noselect():
    assert choose_folder([((b"\\Noselect",), b"/", "Drafts"), ((), b"/", "INBOX")], "\\Drafts", DRAFTS_NAMES) is None


def test_header_search_values_are_quoted_and_stripped_of_line_breaks():
    criteria, charset = _search_header_criteria("Message-ID", '<a(b)"c\\d@x>\r\nBCC x')
    assert criteria == 'HEADER Message-ID "<a(b)\\"c\\\\d@x>BCC x"' and charset is None
    assert _search_header_criteria("X-Test", "<ä@x>") == (["HEADER", "X-Test", "<ä@x>"], "UTF-8")
    with pytest.raises(ValueError):
        _search_header_criteria("Bad Header", "x")


# ---------------------------------------------------------------- selecting and searching


@imap
def test_select_reports_uidvalidity_uidnext_and_highestmodseq(dovecot, imap_user):
    for i in range(3):
        dovecot.append(imap_user.name, "INBOX", mail(f"m{i}"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        status = box.select("INBOX")
    oracle = dovecot.doveadm("mailbox", "status", "-u", imap_user.name, "uidvalidity uidnext messages", "INBOX")
    assert f"uidvalidity={status.uidvalidity}" in oracle
    assert (status.exists, status.uidnext) == (3, 4)
    assert status.highestmodseq is not None and status.highestmodseq > 0


@imap
def test_uids_after_never_returns_the_last_seen_uid_even_when_it_is_the_highest(dovecot, imap_user):
    for i in range(3):
        dovecot.append(imap_user.name, "INBOX", mail(f"m{i}"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        assert box.uids_after(0) == [1, 2, 3]
        assert box.uids_after(1) == [2, 3]
        assert box.uids_after(3) == []  # "UID 4:*" alone would answer 3
        assert box.uids_after(99) == []
        assert box.uids_since(date.today() - timedelta(days=1)) == [1, 2, 3]


@imap
def test_recreating_a_folder_changes_its_uidvalidity(dovecot, imap_user):
    user = imap_user.name
    dovecot.doveadm("mailbox", "create", "-u", user, "Clients")
    with Mailbox.connect(imap_user.settings.imap) as box:
        before = box.select("Clients").uidvalidity
    dovecot.doveadm("mailbox", "delete", "-u", user, "Clients")
    dovecot.doveadm("mailbox", "create", "-u", user, "Clients")
    with Mailbox.connect(imap_user.settings.imap) as box:
        assert box.select("Clients").uidvalidity != before


# ---------------------------------------------------------------- fetching


@imap
def test_fetch_uses_one_round_trip_per_chunk_of_uids(dovecot, imap_user, monkeypatch):
    from imapclient import IMAPClient

    n = FETCH_CHUNK + 50
    c = dovecot.client(imap_user.name)
    for i in range(n):
        c.append("INBOX", mail(f"bulk {i}"))
    c.logout()
    calls = []
    real_fetch = IMAPClient.fetch

    def counting_fetch(self, messages, data, modifiers=None):
        calls.append(list(messages))
        return real_fetch(self, messages, data, modifiers)

    monkeypatch.setattr(IMAPClient, "fetch", counting_fetch)
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        fetched = box.fetch(box.uids_after(0), max_bytes=4096)
    assert [f.uid for f in fetched] == list(range(1, n + 1))
    assert len(calls) == 2 and all(isinstance(u, int) for call in calls for u in call)
    assert b"Subject: bulk 7\r\n" in fetched[7].raw


@imap
def test_fetch_peeks_and_leaves_messages_unread(dovecot, imap_user):
    uid = dovecot.append(imap_user.name, "INBOX", mail("unread"))
    assert "\\Seen" not in other_flags(dovecot, imap_user.name, "INBOX", [uid])[uid]
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX", readonly=False)  # EXAMINE alone would hide a non-PEEK fetch
        [got] = box.fetch([uid], max_bytes=4096)
        assert "\\Seen" not in got.flags
    assert "\\Seen" not in other_flags(dovecot, imap_user.name, "INBOX", [uid])[uid]


@imap
def test_fetch_returns_whole_headers_and_truncates_long_bodies_at_max_bytes(dovecot, imap_user):
    long_body = "".join(f"line {i} of a very long complaint\r\n" for i in range(400))
    big = dovecot.append(imap_user.name, "INBOX", mail("long", long_body))
    small = dovecot.append(imap_user.name, "INBOX", mail("short", "Short.\r\n"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        got = {f.uid: f for f in box.fetch([big, small], max_bytes=1024)}
    assert got[big].truncated and got[big].size > len(got[big].raw)
    head, _, body = got[big].raw.partition(b"\r\n\r\n")
    assert b"Subject: long" in head and len(body) == 1024 and body.startswith(b"line 0 of")
    assert not got[small].truncated and got[small].raw.endswith(b"Short.\r\n")
    assert got[small].size == len(got[small].raw)
    assert got[small].internaldate.tzinfo is not None


@imap
def test_fetch_skips_uids_that_do_not_exist(dovecot, imap_user):
    uid = dovecot.append(imap_user.name, "INBOX", mail("only"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        assert [f.uid for f in box.fetch([uid, uid + 10], max_bytes=2048)] == [uid]


# ---------------------------------------------------------------- writing


@imap
def test_append_draft_sets_draft_and_seen_in_the_append_and_is_found_by_its_marker(dovecot, imap_user):
    source = "<c0ffee(1)@client.example>"
    draft = mail("Re: Refund", "Dear client,\r\n", X_Reply_Coach_Source=source)
    when = datetime(2026, 11, 17, 9, 30, tzinfo=timezone.utc)
    with Mailbox.connect(imap_user.settings.imap) as box:
        drafts = box.find_drafts_folder()
        uid = box.append_draft(drafts, draft, when)
        assert uid is not None
        assert box.find_by_header(drafts, "X-Reply-Coach-Source", source) == [uid]
        assert box.find_by_header(drafts, "X-Reply-Coach-Source", "<other@client.example>") == []
        [got] = box.fetch([uid], max_bytes=4096)
    assert {"\\Draft", "\\Seen"} <= other_flags(dovecot, imap_user.name, drafts, [uid])[uid]
    assert got.internaldate == when


@imap
def test_keywords_are_added_and_removed_without_touching_seen(dovecot, imap_user):
    uid = dovecot.append(imap_user.name, "INBOX", mail("heated"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        assert box.supports_keywords("INBOX")
        box.select("INBOX")  # read-only: add_keywords must re-select read-write
        assert box.add_keywords([uid], [b"$ReplyCoachHeld"])
        assert box.flags([uid])[uid] == {"$ReplyCoachHeld"}
        assert other_flags(dovecot, imap_user.name, "INBOX", [uid])[uid] == {"$ReplyCoachHeld"}
        box.remove_keywords([uid], ["$ReplyCoachHeld"])
        with pytest.raises(ValueError):
            box.add_keywords([uid], ["\\Seen"])
    assert other_flags(dovecot, imap_user.name, "INBOX", [uid])[uid] == set()


@imap
def test_keywords_accept_the_folder_first_call_shape(dovecot, imap_user):
    dovecot.doveadm("mailbox", "create", "-u", imap_user.name, "Clients")
    uid = dovecot.append(imap_user.name, "Clients", mail("heated"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        assert box.add_keywords("Clients", [uid], "$ReplyCoachDrafted")
        box.add_keywords("Clients", [uid], "$ReplyCoachHeld")
        box.remove_keywords("Clients", [uid], "$ReplyCoachHeld")
    assert other_flags(dovecot, imap_user.name, "Clients", [uid])[uid] == {"$ReplyCoachDrafted"}


@imap
def test_sent_replies_are_found_by_in_reply_to(dovecot, imap_user):
    dovecot.append(imap_user.name, "Sent", mail("Re: invoice", In_Reply_To="<answered@client.example>"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        sent = box.find_sent_folder()
        found = box.sent_replies_to(["<answered@client.example>", "<open@client.example>"], sent)
    assert found == {"<answered@client.example>"}


def test_or_chained_header_search_nests_binary_ors_and_quotes_each_value():
    assert _or_header_criteria("In-Reply-To", ["<a@x>"]) == 'HEADER In-Reply-To "<a@x>"'
    assert _or_header_criteria("In-Reply-To", ["<a@x>", '<b"@x>', "<c@x>\r\n"]) == (
        'OR HEADER In-Reply-To "<a@x>" OR HEADER In-Reply-To "<b\\"@x>" HEADER In-Reply-To "<c@x>"'
    )


@imap
def test_sent_replies_for_many_held_items_take_a_few_round_trips_and_match_exactly(dovecot, imap_user, monkeypatch):
    from imapclient import IMAPClient

    replied = ["<held-7@client.example>", "<held-64@client.example>", "<held-119@client.example>"]
    for mid in replied:
        dovecot.append(imap_user.name, "Sent", mail(f"Re: {mid}", In_Reply_To=mid))
    # IMAP HEADER search matches substrings: a reply to <xheld-3@...> must not cancel <held-3@...>.
    dovecot.append(imap_user.name, "Sent", mail("Re: other", In_Reply_To="<xheld-3@client.example>"))
    held = [f"<held-{i}@client.example>" for i in range(120)] + ["<held-ä@client.example>"]
    calls = []
    for name in ("search", "fetch"):
        real = getattr(IMAPClient, name)

        def counting(self, *a, _real=real, _name=name, **k):
            calls.append(_name)
            return _real(self, *a, **k)

        monkeypatch.setattr(IMAPClient, name, counting)
    with Mailbox.connect(imap_user.settings.imap) as box:
        found = box.sent_replies_to(held, box.find_sent_folder())
    assert found == set(replied)
    # 120 ASCII ids in chunks of SEARCH_OR_CHUNK, one 8-bit id alone, one FETCH of the matches.
    assert calls.count("search") == -(-120 // SEARCH_OR_CHUNK) + 1 and calls.count("fetch") == 1


# ---------------------------------------------------------------- waiting and failures


def _until_the_server_idles(dovecot, user, timeout=5.0):
    """Wait until the server's process title shows our IDLE command."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any("IDLE" in open(f"/proc/{p}/cmdline").read() for p in dovecot.imap_processes(user)):
            return
        time.sleep(0.01)


@imap
def test_idle_wakes_up_when_another_connection_appends(dovecot, imap_user):
    def append_once_idling():
        _until_the_server_idles(dovecot, imap_user.name)
        dovecot.append(imap_user.name, "INBOX", mail("new"))

    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        t = threading.Thread(target=append_once_idling)
        t.start()
        started = time.monotonic()
        woke = box.wait(10)
        elapsed = time.monotonic() - started
        t.join()
        assert woke and elapsed < 5
        assert box.uids_after(0) == [1]


@imap
def test_quiet_idle_returns_false_at_its_timeout(imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        started = time.monotonic()
        assert box.wait(0.3) is False
        assert 0.25 < time.monotonic() - started < 3


@imap
def test_without_idle_wait_polls_with_noop(dovecot, imap_user):
    slept = []

    def fake_sleep(seconds):  # "time passes" and a message arrives meanwhile
        slept.append(seconds)
        dovecot.append(imap_user.name, "INBOX", mail("polled"))

    with Mailbox.connect(imap_user.settings.imap, sleep=fake_sleep) as box:
        box._caps = box.capabilities() - {"IDLE"}
        box.select("INBOX")
        assert box.wait(60) is True
    assert slept == [60]


@imap
def test_a_killed_server_process_during_idle_is_connection_lost(dovecot, imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        assert dovecot.kill_imap(imap_user.name)
        started = time.monotonic()
        with pytest.raises(ConnectionLost):
            box.wait(10)
        assert time.monotonic() - started < 5
        with pytest.raises(ConnectionLost):
            box.select("INBOX")


@imap
def test_a_killed_server_process_during_fetch_is_connection_lost(dovecot, imap_user):
    uid = dovecot.append(imap_user.name, "INBOX", mail("x"))
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        dovecot.kill_imap(imap_user.name)
        with pytest.raises(ConnectionLost) as err:
            box.fetch([uid], max_bytes=2048)
    assert isinstance(err.value, MailboxError)


@imap
def test_a_hung_server_times_out_as_connection_lost(dovecot, imap_user):
    import signal

    settings = imap_user.with_imap(IMAP_TIMEOUT="1s")
    with Mailbox.connect(settings.imap) as box:
        box.select("INBOX")
        pids = dovecot.kill_imap(imap_user.name, signal.SIGSTOP)
        try:
            started = time.monotonic()
            with pytest.raises(ConnectionLost):
                box.wait(0.2)
            assert time.monotonic() - started < 4
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGKILL)


@imap
def test_a_server_that_hangs_during_a_long_idle_is_noticed_without_waiting_for_the_idle_timeout(dovecot, imap_user):
    import signal

    settings = imap_user.with_imap(IMAP_TIMEOUT="1s")
    box = Mailbox.connect(settings.imap)
    box.idle_probe_after = 1.0  # production: a little over Dovecot's 2-minute "* OK Still here"
    outcome = []

    def wait_long():
        try:
            outcome.append(box.wait(20 * 60))
        except ConnectionLost as e:
            outcome.append(e)

    pids = []
    try:
        box.select("INBOX")
        t = threading.Thread(target=wait_long, daemon=True)
        t.start()
        _until_the_server_idles(dovecot, imap_user.name)
        pids = dovecot.kill_imap(imap_user.name, signal.SIGSTOP)  # hangs mid-IDLE, socket still open
        started = time.monotonic()
        t.join(timeout=15)
        assert not t.is_alive(), "still in IDLE on a hung server"
        assert isinstance(outcome[0], ConnectionLost) and time.monotonic() - started < 10
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        box.close()


@imap
def test_a_quiet_idle_with_keep_alives_is_not_mistaken_for_a_dead_link(imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        box.idle_probe_after = 0.5  # probes (DONE, NOOP, IDLE again) while waiting: the link is fine
        started = time.monotonic()
        assert box.wait(2.5) is False
        assert 2.4 < time.monotonic() - started < 6


@imap
def test_idle_ends_early_when_the_wake_callback_says_so(imap_user):
    with Mailbox.connect(imap_user.settings.imap) as box:
        box.select("INBOX")
        started = time.monotonic()
        assert box.wait(20 * 60, wake=lambda: time.monotonic() - started > 0.5) is True
        assert time.monotonic() - started < 4
        assert box.uids_after(0) == []  # the connection is still usable


@imap
def test_the_connection_has_tcp_keepalive_so_a_vanished_peer_is_found(imap_user):
    import socket

    with Mailbox.connect(imap_user.settings.imap) as box:
        assert box._client.socket().getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1


@imap
def test_a_user_added_to_the_running_server_can_log_in(dovecot, imap_user):
    # The fixture's passwd-file is re-read by Dovecot on change (at most once a second).
    name = f"late-{imap_user.name}"
    dovecot.add_user(name, "late-pw")
    settings = imap_user.with_imap(IMAP_USERNAME=name, IMAP_PASSWORD="late-pw")
    with Mailbox.connect(settings.imap) as box:
        assert box.select("INBOX").exists == 0


@imap
def test_a_server_restart_is_connection_lost_and_mail_survives_it(dovecot, imap_user):
    uid = dovecot.append(imap_user.name, "INBOX", mail("kept"))
    box = Mailbox.connect(imap_user.settings.imap)
    try:
        box.select("INBOX")
        dovecot.restart()
        with pytest.raises(ConnectionLost):
            box.fetch([uid], max_bytes=2048)
    finally:
        box.close()
    with Mailbox.connect(imap_user.settings.imap) as again:
        again.select("INBOX")
        assert [f.uid for f in again.fetch([uid], max_bytes=2048)] == [uid]
