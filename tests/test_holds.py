"""The hold queue: dedupe, the state machine, merges, the releasing journal, migrations, the daemon lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from freezegun import freeze_time

from reply_coach.errors import QueueError
from reply_coach.holds import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Candidate,
    HoldStore,
    acquire_daemon_lock,
    normalize_subject,
    thread_keys,
)

UTC = timezone.utc


@dataclass(frozen=True)
class Signal:
    """Shaped like heat.Signal: the store only reads name, words and weight."""

    name: str
    words: tuple[str, ...]
    weight: float


T0 = datetime(2026, 6, 9, 9, 0, tzinfo=UTC)


def candidate(uid=1, message_id=None, received=T0, cool_off=timedelta(hours=24), **kw) -> Candidate:
    message_id = f"<m{uid}@client.example>" if message_id is None else message_id
    fields = dict(
        account="me@example.com",
        folder="INBOX",
        uidvalidity=7,
        uid=uid,
        message_id=message_id,
        received_at=received,
        release_at=received + cool_off,
        thread_keys=thread_keys(message_id=message_id, subject="Invoice 42", sender="gary@client.example"),
        sender="gary@client.example",
        subject="Invoice 42",
        heat=0.7,
        scenario="blame",
        signals=(Signal("blame", ("your fault",), 0.4),),
    )
    fields.update(kw)
    return Candidate(**fields)


def database_at(path, version: int):
    """A queue file as an older reply-coach left it: the first `version` migrations only."""
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        for statement in step:
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    return db


@pytest.fixture
def store(tmp_path):
    with HoldStore.open(tmp_path / "data" / "queue.sqlite3", clock=lambda: T0) as s:
        yield s


# ---------------------------------------------------------------- opening


def test_open_creates_the_parent_folder_and_uses_wal(tmp_path):
    path = tmp_path / "deep" / "down" / "queue.sqlite3"
    with HoldStore.open(path) as s:
        assert path.is_file()
        assert s.schema_version == SCHEMA_VERSION
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_busy_timeout_is_set(store):
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_a_v1_database_is_migrated_and_keeps_its_items(tmp_path):
    path = tmp_path / "queue.sqlite3"
    db = database_at(path, 1)
    stamp = T0.isoformat(timespec="microseconds")
    db.execute(
        """INSERT INTO held (account, folder, uidvalidity, uid, message_id, thread_key, heat, received_at,
               release_at, created_at, updated_at) VALUES ('acct', 'INBOX', 7, 3, '<old@x>', 'mid:<old@x>', 0.9, ?, ?, ?, ?)""",
        (stamp, stamp, stamp, stamp),
    )
    db.execute("INSERT INTO folder_state VALUES ('acct', 'INBOX', 7, 3, ?)", (stamp,))
    db.commit()
    db.close()

    with HoldStore.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        (item,) = s.list()
        assert (item.uid, item.message_id, item.state, item.merged) == (3, "<old@x>", "held", ())
        # the v2 thread index was back-filled from the v1 column
        assert s.find_open_in_thread("acct", "mid:<old@x>").id == item.id
        fs = s.folder_state("acct", "INBOX")
        assert (fs.last_uid, fs.highestmodseq) == (3, None)


def test_a_failed_migration_leaves_the_database_untouched(tmp_path, monkeypatch):
    path = tmp_path / "queue.sqlite3"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    broken = (MIGRATIONS[0], MIGRATIONS[1][:2] + ("THIS IS NOT SQL",))
    monkeypatch.setattr("reply_coach.holds.MIGRATIONS", broken)
    with pytest.raises(QueueError):
        HoldStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "merged_message" not in tables


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "queue.sqlite3"
    HoldStore.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(QueueError, match="newer than this reply-coach"):
        HoldStore.open(path)


def test_a_file_that_is_not_a_database_is_a_queue_error(tmp_path):
    path = tmp_path / "queue.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(QueueError, match="unusable"):
        HoldStore.open(path)


# ---------------------------------------------------------------- hold and dedupe


def test_hold_returns_the_stored_item_with_aware_utc_times(store):
    item = store.hold(candidate())
    assert item.state == "held" and item.attempts == 0 and item.draft_message_id == ""
    assert item.received_at == T0 and item.release_at == T0 + timedelta(hours=24)
    assert item.release_at.utcoffset() == timedelta(0)
    assert item.signals == ({"name": "blame", "words": ["your fault"], "weight": 0.4},)
    assert item.created_at == T0
    assert store.get(item.id) == item


def test_the_same_uid_is_never_held_twice(store):
    assert store.hold(candidate(uid=5)) is not None
    assert store.hold(candidate(uid=5, message_id="<other@x>")) is None
    assert len(store.list()) == 1


def test_the_same_message_id_in_another_folder_is_never_held_twice(store):
    assert store.hold(candidate(uid=5, message_id="<a@client.example>")) is not None
    copy = candidate(uid=99, folder="Clients", message_id="<a@client.example>")  # a filter rule copied it
    assert store.hold(copy) is None
    assert len(store.list()) == 1


def test_a_new_uidvalidity_makes_a_different_message(store):
    store.hold(candidate(uid=5, message_id=""))
    assert store.hold(candidate(uid=5, message_id="", uidvalidity=8)) is not None


def test_emails_without_message_id_do_not_collide(store):
    assert store.hold(candidate(uid=1, message_id="")) is not None
    assert store.hold(candidate(uid=2, message_id="")) is not None
    assert [i.message_id for i in store.list()] == ["", ""]


def test_an_email_without_message_id_is_known_by_its_stand_in_under_a_new_uidvalidity(store):
    stand_in = "<rc-src-0123@reply-coach.invalid>"  # what drafting.source_id() gives an id-less email
    first = store.hold(candidate(uid=5, message_id="", source_id=stand_in))
    assert first.source_id == stand_in and first.message_id == ""
    assert store.hold(candidate(uid=1, message_id="", source_id=stand_in, uidvalidity=8)) is None
    assert store.find_message("me@example.com", "INBOX", 8, 1, source_id=stand_in).id == first.id


def test_source_id_defaults_to_the_message_id(store):
    item = store.hold(candidate(uid=5))
    assert item.source_id == item.message_id == "<m5@client.example>"
    merged = store.merge(item.id, candidate(uid=6, received=T0 + timedelta(hours=1), source_id="<m6@client.example>"))
    assert merged.source_id == "<m6@client.example>" and merged.merged[0].source_id == "<m5@client.example>"
    assert store.hold(candidate(uid=9, message_id="", source_id="<m5@client.example>")) is None


def test_an_unreadable_email_is_kept_as_a_failed_row_once(store):
    c = candidate(uid=3, message_id="", source_id="<rc-raw-ab@reply-coach.invalid>", sender="", subject="")
    item = store.record_unreadable(c, "MessageError: the email is empty")
    assert (item.state, item.last_error, item.uid) == ("failed", "MessageError: the email is empty", 3)
    assert store.record_unreadable(c, "again") is None
    assert [i.id for i in store.list(states=["failed"])] == [item.id]
    assert store.due(T0 + timedelta(days=9)) == []


def test_a_v3_database_gets_source_ids_from_its_message_ids(tmp_path):
    path = tmp_path / "queue.sqlite3"
    db = database_at(path, 3)
    stamp = T0.isoformat(timespec="microseconds")
    db.execute(
        """INSERT INTO held (account, folder, uidvalidity, uid, message_id, received_at, release_at, created_at,
               updated_at) VALUES ('acct', 'INBOX', 7, 3, '<old@x>', ?, ?, ?, ?)""", (stamp,) * 4)
    db.commit()
    db.close()
    with HoldStore.open(path) as s:
        (item,) = s.list()
        assert item.source_id == "<old@x>"
        assert s.hold(candidate(account="acct", uid=9, uidvalidity=8, message_id="<old@x>")) is None


def test_naive_datetimes_are_refused(store):
    with pytest.raises(ValueError):
        store.hold(candidate(received=datetime(2026, 6, 9, 9, 0)))


def test_items_survive_reopening(tmp_path):
    path = tmp_path / "q.sqlite3"
    with HoldStore.open(path, clock=lambda: T0) as s:
        held = s.hold(candidate())
    with HoldStore.open(path) as s:
        assert s.get(held.id) == held


def test_unknown_item_is_a_queue_error(store):
    with pytest.raises(QueueError, match="no queue item 42"):
        store.get(42)


# ---------------------------------------------------------------- due and listing


def test_due_lists_open_items_whose_time_has_come_oldest_release_first(store):
    late = store.hold(candidate(uid=1, received=T0 + timedelta(hours=2)))
    early = store.hold(candidate(uid=2, received=T0))
    future = store.hold(candidate(uid=3, received=T0 + timedelta(days=3)))
    now = T0 + timedelta(hours=26)
    assert [i.id for i in store.due(now)] == [early.id, late.id]
    assert future.id not in [i.id for i in store.due(now)]
    assert store.due(T0 + timedelta(hours=24) - timedelta(microseconds=1)) == []
    assert [i.id for i in store.due(T0 + timedelta(hours=24))] == [early.id]  # release_at <= now


def test_due_compares_instants_not_wall_clock_strings(store):
    item = store.hold(candidate())
    copenhagen = timezone(timedelta(hours=2))
    just_before = (item.release_at - timedelta(minutes=1)).astimezone(copenhagen)
    assert store.due(just_before) == []
    assert [i.id for i in store.due(item.release_at.astimezone(copenhagen))] == [item.id]


def test_due_includes_releasing_but_not_finished_items(store):
    a, b, c, d = (store.hold(candidate(uid=u)) for u in (1, 2, 3, 4))
    store.mark_releasing(a.id, "<draft-a@reply-coach>")
    store.mark_drafted(b.id, "<draft-b@reply-coach>")
    store.mark_cancelled(c.id, "you replied yourself")
    assert [i.id for i in store.due(T0 + timedelta(days=2))] == [a.id, d.id]


def test_list_filters_by_state(store):
    a, b = store.hold(candidate(uid=1)), store.hold(candidate(uid=2))
    store.mark_cancelled(b.id, "not heated after all")
    assert [i.id for i in store.list(states=["held"])] == [a.id]
    assert [i.id for i in store.list(states=("cancelled",))] == [b.id]
    assert len(store.list()) == 2
    with pytest.raises(QueueError, match="unknown queue state"):
        store.list(states=["sent"])


def test_open_in_folder_lists_held_and_releasing_items_of_that_folder(store):
    a = store.hold(candidate(uid=1))
    b = store.hold(candidate(uid=2))
    store.hold(candidate(uid=3, folder="Clients"))
    c = store.hold(candidate(uid=4))
    store.mark_releasing(b.id, "<d@x>")
    store.mark_drafted(c.id, "<e@x>")
    assert [i.id for i in store.open_in_folder("me@example.com", "INBOX")] == [a.id, b.id]


def test_next_release_is_the_soonest_open_release(store):
    assert store.next_release() is None
    store.hold(candidate(uid=1, received=T0 + timedelta(hours=5)))
    store.hold(candidate(uid=2, received=T0 + timedelta(hours=1)))
    assert store.next_release() == T0 + timedelta(hours=25)


def test_next_release_and_due_can_be_asked_for_one_account(store):
    # One daemon thread per account: another account's due item must not wake this one.
    store.hold(candidate(uid=1, account="other", received=T0 - timedelta(days=2)))
    mine = store.hold(candidate(uid=2, received=T0 + timedelta(hours=1)))
    assert store.next_release(account="me@example.com") == mine.release_at
    assert store.next_release() == T0 - timedelta(days=1)
    assert store.due(T0, account="me@example.com") == []
    assert [i.account for i in store.due(T0)] == ["other"]


# ---------------------------------------------------------------- transitions


def test_held_to_releasing_to_drafted(store):
    item = store.hold(candidate())
    releasing = store.mark_releasing(item.id, "<draft1@reply-coach>", now=T0 + timedelta(days=1))
    assert (releasing.state, releasing.draft_message_id) == ("releasing", "<draft1@reply-coach>")
    assert releasing.updated_at == T0 + timedelta(days=1)
    drafted = store.mark_drafted(item.id, "<draft1@reply-coach>")
    assert drafted.state == "drafted"


def test_held_can_be_drafted_directly(store):
    item = store.hold(candidate())
    assert store.mark_drafted(item.id, "<d@x>").state == "drafted"


def test_the_releasing_journal_survives_a_crash_and_reopen(tmp_path):
    path = tmp_path / "q.sqlite3"
    # A real process commits the intent and dies before the APPEND, without closing anything.
    crash = (
        "import os; from datetime import datetime, timezone, timedelta\n"
        "from reply_coach.holds import HoldStore, Candidate\n"
        "t = datetime(2026, 6, 9, 9, tzinfo=timezone.utc)\n"
        f"s = HoldStore.open({str(path)!r})\n"
        "i = s.hold(Candidate('acct', 'INBOX', 7, 1, '<m1@x>', t, t + timedelta(hours=24)))\n"
        "s.mark_releasing(i.id, '<draft1@reply-coach>')\n"
        "os._exit(1)\n"
    )
    assert subprocess.run([sys.executable, "-c", crash]).returncode == 1
    with HoldStore.open(path) as s:
        (due,) = s.due(T0 + timedelta(days=2))
        assert (due.state, due.draft_message_id) == ("releasing", "<draft1@reply-coach>")
        # finding the draft in Drafts after the crash finishes the item
        assert s.mark_drafted(due.id, "<draft1@reply-coach>").state == "drafted"


def test_the_cli_and_the_daemon_can_share_the_queue(tmp_path):
    path = tmp_path / "q.sqlite3"
    with HoldStore.open(path) as daemon, HoldStore.open(path) as cli:
        item = daemon.hold(candidate())
        cli.release_now(item.id, T0)
        assert [i.id for i in daemon.due(T0)] == [item.id]


def test_releasing_again_must_reuse_the_announced_draft_id(store):
    item = store.hold(candidate())
    store.mark_releasing(item.id, "<draft1@reply-coach>")
    assert store.mark_releasing(item.id, "<draft1@reply-coach>").state == "releasing"
    with pytest.raises(QueueError, match="search Drafts"):
        store.mark_releasing(item.id, "<draft2@reply-coach>")
    with pytest.raises(QueueError, match="search Drafts"):
        store.mark_drafted(item.id, "<draft2@reply-coach>")
    assert store.get(item.id).draft_message_id == "<draft1@reply-coach>"


def test_releasing_needs_a_draft_id(store):
    item = store.hold(candidate())
    with pytest.raises(QueueError):
        store.mark_releasing(item.id, "")


def test_cancel_keeps_the_row_and_the_reason(store):
    item = store.hold(candidate())
    cancelled = store.mark_cancelled(item.id, "you already replied")
    assert (cancelled.state, cancelled.reason) == ("cancelled", "you already replied")
    assert store.list(states=["cancelled"]) == [cancelled]


def test_cancel_needs_a_reason(store):
    item = store.hold(candidate())
    with pytest.raises(QueueError, match="reason"):
        store.mark_cancelled(item.id, "  ")
    assert store.get(item.id).state == "held"


@pytest.mark.parametrize("final", ["drafted", "cancelled"])
def test_finished_items_accept_no_further_transition(store, final):
    item = store.hold(candidate())
    if final == "drafted":
        store.mark_drafted(item.id, "<d@x>")
    else:
        store.mark_cancelled(item.id, "user said so")
    for attempt in (
        lambda: store.mark_releasing(item.id, "<d@x>"),
        lambda: store.mark_drafted(item.id, "<d@x>"),
        lambda: store.mark_cancelled(item.id, "again"),
        lambda: store.record_failure(item.id, "boom", 5),
        lambda: store.release_now(item.id, T0),
        lambda: store.merge(item.id, candidate(uid=9)),
    ):
        with pytest.raises(QueueError, match=f"is {final}"):
            attempt()
    assert store.get(item.id).state == final


def test_failed_items_cannot_be_drafted_or_released_for_drafting(store):
    item = store.hold(candidate())
    store.record_failure(item.id, "boom", max_attempts=1)
    with pytest.raises(QueueError, match="is failed"):
        store.mark_drafted(item.id, "<d@x>")
    with pytest.raises(QueueError, match="is failed"):
        store.mark_releasing(item.id, "<d@x>")


def test_failure_counts_attempts_and_fails_at_the_maximum_keeping_the_last_error(store):
    item = store.hold(candidate())
    first = store.record_failure(item.id, "IMAP APPEND refused: quota", max_attempts=3)
    assert (first.state, first.attempts, first.last_error) == ("held", 1, "IMAP APPEND refused: quota")
    store.record_failure(item.id, "connection reset", max_attempts=3)
    last = store.record_failure(item.id, "template render failed", max_attempts=3)
    assert (last.state, last.attempts, last.last_error) == ("failed", 3, "template render failed")
    assert store.due(T0 + timedelta(days=9)) == []
    with pytest.raises(QueueError, match="is failed"):
        store.record_failure(item.id, "again", max_attempts=3)


def test_failure_while_releasing_keeps_the_journal(store):
    item = store.hold(candidate())
    store.mark_releasing(item.id, "<draft1@x>")
    after = store.record_failure(item.id, "timeout during APPEND", max_attempts=5)
    assert (after.state, after.draft_message_id, after.attempts) == ("releasing", "<draft1@x>", 1)


def test_failure_can_push_the_release_back_but_never_forward(store):
    item = store.hold(candidate())
    later = item.release_at + timedelta(minutes=10)
    assert store.record_failure(item.id, "x", 5, retry_at=later).release_at == later
    assert store.record_failure(item.id, "x", 5, retry_at=T0).release_at == later


def test_release_now_makes_a_held_item_due_immediately(store):
    item = store.hold(candidate())
    now = T0 + timedelta(hours=1)
    assert store.due(now) == []
    released = store.release_now(item.id, now)
    assert released.release_at == now
    assert [i.id for i in store.due(now)] == [item.id]


def test_release_now_does_not_postpone_an_overdue_item(store):
    item = store.hold(candidate())
    late = item.release_at + timedelta(hours=3)
    assert store.release_now(item.id, late).release_at == item.release_at


def test_release_now_retries_a_failed_item_with_fresh_attempts(store):
    item = store.hold(candidate())
    store.record_failure(item.id, "boom", max_attempts=1)
    now = T0 + timedelta(days=3)
    retried = store.release_now(item.id, now)
    assert (retried.state, retried.attempts, retried.release_at) == ("held", 0, now)
    assert retried.last_error == "boom"  # history kept for `queue list`


def test_release_now_of_a_failed_item_that_announced_a_draft_returns_to_releasing(store):
    item = store.hold(candidate())
    store.mark_releasing(item.id, "<draft1@x>")
    store.record_failure(item.id, "boom", max_attempts=1)
    retried = store.release_now(item.id, T0 + timedelta(days=3))
    assert (retried.state, retried.draft_message_id) == ("releasing", "<draft1@x>")


def test_a_failed_item_can_be_cancelled(store):
    item = store.hold(candidate())
    store.record_failure(item.id, "boom", max_attempts=1)
    assert store.mark_cancelled(item.id, "gave up").state == "cancelled"


def test_updated_at_follows_the_injected_clock(tmp_path):
    with freeze_time("2026-06-10 12:00:00"):
        with HoldStore.open(tmp_path / "q.sqlite3") as s:
            item = s.hold(candidate())
            assert item.created_at == datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


# ---------------------------------------------------------------- threads and merging


def test_thread_keys_cover_references_root_in_reply_to_own_id_and_subject():
    keys = thread_keys(
        message_id="<m3@x>", in_reply_to="<m2@x>", references=("<M1@x>", "<m2@x>"),
        subject="Re: AW: Invoice 42", sender="Gary@Client.example",
    )
    assert keys == ("mid:<m1@x>", "mid:<m2@x>", "mid:<m3@x>", "subj:gary@client.example|invoice 42")


@pytest.mark.parametrize(
    "subject", ["Re: Invoice 42", "RE: re: Invoice 42", "Sv: Invoice 42", "AW: WG:  Invoice   42", "Vs: Invoice 42", "Invoice 42"]
)
def test_normalize_subject_strips_reply_prefixes_in_several_languages(subject):
    assert normalize_subject(subject) == "invoice 42"


def test_a_reply_in_the_thread_finds_the_open_item(store):
    first = store.hold(candidate(uid=1, message_id="<m1@x>"))
    reply_keys = thread_keys(message_id="<m2@x>", in_reply_to="<m1@x>", references=("<m1@x>",), subject="other")
    assert store.find_open_in_thread("me@example.com", reply_keys).id == first.id


def test_a_fresh_email_with_the_same_subject_from_the_same_sender_finds_the_open_item(store):
    first = store.hold(candidate(uid=1))
    keys = thread_keys(message_id="<new@x>", subject="RE: invoice 42", sender="gary@client.example")
    assert store.find_open_in_thread("me@example.com", keys).id == first.id
    other_sender = thread_keys(message_id="<new@x>", subject="RE: invoice 42", sender="someone@else.example")
    assert store.find_open_in_thread("me@example.com", other_sender) is None


def test_thread_lookup_by_sender_skips_a_colleagues_newer_item(store):
    # Gary, then his colleague Linda in the same thread, then Gary again.
    gary = store.hold(candidate(uid=1, message_id="<t1@x>", received=T0))
    store.hold(candidate(uid=2, message_id="<t2@x>", received=T0 + timedelta(minutes=1), sender="linda@client.example",
                         thread_keys=thread_keys(message_id="<t2@x>", in_reply_to="<t1@x>", references=("<t1@x>",))))
    keys = thread_keys(message_id="<t3@x>", in_reply_to="<t2@x>", references=("<t1@x>", "<t2@x>"))
    assert store.find_open_in_thread("me@example.com", keys, sender="Gary@Client.example").id == gary.id
    assert store.find_open_in_thread("me@example.com", keys, sender="nobody@x.example") is None


def test_thread_lookup_is_per_account_and_only_offers_held_items(store):
    item = store.hold(candidate(uid=1))
    keys = candidate(uid=1).thread_keys
    assert store.find_open_in_thread("someone-else", keys) is None
    store.mark_releasing(item.id, "<d@x>")
    assert store.find_open_in_thread("me@example.com", keys) is None
    assert store.find_open_in_thread("me@example.com", ()) is None


def test_merge_moves_the_item_to_the_newest_email_and_keeps_history(store):
    first = store.hold(candidate(uid=1, heat=0.9, scenario="blame"))
    later = T0 + timedelta(hours=5)
    newer = candidate(
        uid=2, received=later, heat=0.6, scenario="legal_threat", subject="Re: Invoice 42",
        signals=(Signal("threat", ("lawyer",), 0.5), Signal("blame", ("incompetent",), 0.3)),
    )
    merged = store.merge(first.id, newer, now=later)
    assert (merged.id, merged.uid, merged.message_id) == (first.id, 2, "<m2@client.example>")
    assert merged.received_at == later and merged.subject == "Re: Invoice 42"
    assert merged.heat == 0.9  # the hottest of the thread
    assert merged.scenario == "legal_threat"  # the most severe
    assert merged.release_at == later + timedelta(hours=24)  # a full cool-off after the latest email
    assert merged.merged_uids == (1,) and merged.merged[0].message_id == "<m1@client.example>"
    by_name = {s["name"]: s for s in merged.signals}
    assert by_name["blame"]["words"] == ["your fault", "incompetent"] and by_name["blame"]["weight"] == 0.4
    assert by_name["threat"]["words"] == ["lawyer"]
    assert len(store.list()) == 1


def test_merged_emails_are_never_held_again(store):
    first = store.hold(candidate(uid=1))
    store.merge(first.id, candidate(uid=2, received=T0 + timedelta(hours=1)))
    assert store.hold(candidate(uid=1)) is None  # rescan of the superseded email
    assert store.hold(candidate(uid=2)) is None
    assert store.find_message("me@example.com", "INBOX", 7, 1).id == first.id
    assert store.find_message("me@example.com", "Elsewhere", 1, 1, "<m2@client.example>").id == first.id
    assert store.find_message("me@example.com", "INBOX", 7, 3) is None


def test_merging_an_already_known_email_changes_nothing(store):
    first = store.hold(candidate(uid=1))
    once = store.merge(first.id, candidate(uid=2, received=T0 + timedelta(hours=1)))
    assert store.merge(first.id, candidate(uid=2, received=T0 + timedelta(hours=1))) == once


def test_an_older_email_merged_late_does_not_replace_the_newest(store):
    newest = store.hold(candidate(uid=5, received=T0 + timedelta(hours=3)))
    merged = store.merge(newest.id, candidate(uid=4, received=T0, scenario="refund_demand"))
    assert merged.uid == 5 and merged.received_at == T0 + timedelta(hours=3)
    assert merged.release_at == newest.release_at  # the later of the two releases
    assert merged.merged_uids == (4,) and merged.scenario == "refund_demand"


def test_merge_is_refused_for_items_that_are_no_longer_held(store):
    item = store.hold(candidate(uid=1))
    store.mark_releasing(item.id, "<d@x>")
    with pytest.raises(QueueError, match="is releasing"):
        store.merge(item.id, candidate(uid=2))


def test_after_a_merge_the_item_is_found_by_the_new_emails_keys(store):
    first = store.hold(candidate(uid=1, thread_keys=("mid:<m1@x>",)))
    store.merge(first.id, candidate(uid=2, received=T0 + timedelta(hours=1), thread_keys=("mid:<m1@x>", "mid:<m2@x>")))
    assert store.find_open_in_thread("me@example.com", ["mid:<m2@x>"]).id == first.id


# ---------------------------------------------------------------- keywords and relocation


def wanted_marks(store, account="me@example.com"):
    return sorted((m.uid, m.marked, m.wanted) for m in store.pending_marks(account))


def test_keyword_marks_follow_the_items_state_for_every_email_of_it(store):
    store.set_folder_state("me@example.com", "INBOX", 7, 10)
    item = store.hold(candidate(uid=1))
    assert wanted_marks(store) == [(1, "", "held")]
    store.set_marked(store.pending_marks("me@example.com"))
    assert wanted_marks(store) == []
    store.merge(item.id, candidate(uid=2, received=T0 + timedelta(hours=1)))
    assert wanted_marks(store) == [(2, "", "held")]  # the superseded email keeps its mark
    store.set_marked(store.pending_marks("me@example.com"))
    store.mark_drafted(item.id, "<d@x>")
    assert wanted_marks(store) == [(1, "held", "drafted"), (2, "held", "drafted")]
    store.set_marked(store.pending_marks("me@example.com"))
    other = store.hold(candidate(uid=3))
    store.set_marked(store.pending_marks("me@example.com"))
    store.mark_cancelled(other.id, "called them")  # from the command line, say
    assert wanted_marks(store) == [(3, "held", "")]


def test_marks_are_only_offered_where_the_uid_still_means_that_email(store):
    store.set_folder_state("me@example.com", "INBOX", 7, 10)
    store.hold(candidate(uid=1))
    store.set_folder_state("me@example.com", "INBOX", 8, 0)  # the folder was recreated
    assert wanted_marks(store) == []
    assert store.pending_marks("someone-else") == []


def test_an_email_found_under_a_new_uidvalidity_is_relocated_and_marked_afresh(store):
    store.set_folder_state("me@example.com", "INBOX", 7, 10)
    first = store.hold(candidate(uid=2))
    store.merge(first.id, candidate(uid=3, received=T0 + timedelta(hours=1)))
    store.set_marked(store.pending_marks("me@example.com"))
    store.set_folder_state("me@example.com", "INBOX", 8, 0)
    assert store.relocate("me@example.com", "<m2@client.example>", "INBOX", 8, 1) == first.id  # a merged email
    assert store.relocate("me@example.com", "<m3@client.example>", "INBOX", 8, 2) == first.id
    item = store.get(first.id)
    assert (item.uidvalidity, item.uid) == (8, 2) and [(m.uidvalidity, m.uid) for m in item.merged] == [(8, 1)]
    assert wanted_marks(store) == [(1, "", "held"), (2, "", "held")]
    assert store.relocate("me@example.com", "<m3@client.example>", "INBOX", 8, 2) is None  # already there
    assert store.relocate("me@example.com", "<m3@client.example>", "Clients", 3, 9) is None  # a copy elsewhere


def test_a_v4_database_takes_stale_held_keywords_off_finished_items(tmp_path):
    path = tmp_path / "queue.sqlite3"
    db = database_at(path, 4)
    stamp = T0.isoformat(timespec="microseconds")
    for uid, state in ((1, "held"), (2, "cancelled"), (3, "drafted")):
        db.execute(
            """INSERT INTO held (account, folder, uidvalidity, uid, message_id, state, received_at, release_at,
                   created_at, updated_at) VALUES ('acct', 'INBOX', 7, ?, ?, ?, ?, ?, ?, ?)""",
            (uid, f"<{uid}@x>", state, stamp, stamp, stamp, stamp))
    db.execute("INSERT INTO merged_message VALUES (3, 'acct', 'INBOX', 7, 4, '<4@x>', '', ?, ?, '<4@x>')",
               (stamp, stamp))
    db.execute("INSERT INTO folder_state VALUES ('acct', 'INBOX', 7, 4, ?, NULL)", (stamp,))
    db.commit()
    db.close()
    with HoldStore.open(path) as s:
        # Older versions left $ReplyCoachHeld on cancelled items and on merged emails of drafted ones.
        assert wanted_marks(s, "acct") == [(2, "held", ""), (4, "held", "drafted")]


# ---------------------------------------------------------------- purge


def test_purge_deletes_only_old_finished_items(store):
    a, b, c, d = (store.hold(candidate(uid=u)) for u in (1, 2, 3, 4))
    store.mark_drafted(a.id, "<a@x>", now=T0)
    store.mark_cancelled(b.id, "replied", now=T0)
    store.record_failure(c.id, "boom", 1, now=T0)
    store.merge(d.id, candidate(uid=5, received=T0 + timedelta(hours=1)))
    assert store.purge(older_than=T0 + timedelta(days=30)) == 2
    assert sorted(i.id for i in store.list()) == [c.id, d.id]
    assert store.purge(older_than=T0 + timedelta(days=30)) == 0


# ---------------------------------------------------------------- folder state


def test_folder_state_round_trips_and_is_replaced(store):
    assert store.folder_state("me@example.com", "INBOX") is None
    st = store.set_folder_state("me@example.com", "INBOX", 7, 120, now=T0)
    assert (st.uidvalidity, st.last_uid, st.highestmodseq, st.updated_at) == (7, 120, None, T0)
    st = store.set_folder_state("me@example.com", "INBOX", 9, 3, highestmodseq=555)
    assert (st.uidvalidity, st.last_uid, st.highestmodseq) == (9, 3, 555)
    assert store.folder_state("me@example.com", "Clients") is None
    assert store.folder_state("other", "INBOX") is None


# ---------------------------------------------------------------- the daemon lock


def test_a_second_watch_on_the_same_queue_is_refused(tmp_path):
    with acquire_daemon_lock(tmp_path) as path:
        assert path.parent == tmp_path
        with pytest.raises(QueueError, match=r"another reply-coach watch is already running on .* \(pid \d+\)"):
            with acquire_daemon_lock(tmp_path):
                pass
    with acquire_daemon_lock(tmp_path):  # released on exit
        pass


def test_the_lock_holds_across_processes_and_dies_with_its_holder(tmp_path):
    code = (
        "import sys; from reply_coach.holds import acquire_daemon_lock\n"
        "from reply_coach.errors import QueueError\n"
        "try:\n"
        f"    with acquire_daemon_lock({str(tmp_path)!r}): print('got')\n"
        "except QueueError as e: print(e)\n"
    )
    with acquire_daemon_lock(tmp_path):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert "already running" in out
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "got"


def test_the_lock_creates_the_data_dir(tmp_path):
    with acquire_daemon_lock(tmp_path / "new" / "dir") as path:
        assert path.exists()


def test_signals_may_be_given_as_mappings(store):
    item = store.hold(candidate(signals=({"name": "shouting", "words": ["NOW"], "weight": 0.2},)))
    assert item.signals == ({"name": "shouting", "words": ["NOW"], "weight": 0.2},)


def test_a_data_dir_that_is_a_file_is_one_line_naming_the_setting(tmp_path):
    from reply_coach.errors import ConfigError

    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(ConfigError, match=r"REPLY_COACH_DATA_DIR") as err:
        with acquire_daemon_lock(afile):
            pass
    assert "\n" not in str(err.value)
    with pytest.raises(ConfigError, match=r"REPLY_COACH_DATA_DIR"):
        HoldStore.open(afile / "queue.sqlite3")


def test_the_queue_holds_client_mail_so_only_its_owner_can_read_it(tmp_path):
    data = tmp_path / "data"
    with HoldStore.open(data / "queue.sqlite3") as s:
        s.hold(candidate(raw=b"Subject: private\r\n\r\nclient text"))
        for name in ("queue.sqlite3", "queue.sqlite3-wal"):
            assert (data / name).stat().st_mode & 0o077 == 0, name
    assert data.stat().st_mode & 0o077 == 0


def test_an_old_world_readable_queue_file_is_tightened_on_open(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    path = shared / "queue.sqlite3"
    HoldStore.open(path).close()
    path.chmod(0o644)
    HoldStore.open(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o755  # a folder we did not create is left alone
