"""The IMAP-facing commands of `reply-coach`: watch, queue, doctor.

Argument parsing and printing only; the work is in watcher.py, holds.py
and imap.py. Registered on the main group by cli.py.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from datetime import datetime, timezone

import click

from .errors import ConfigError, ReplyCoachError  # noqa: F401

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _need_imap(settings) -> None:
    if not settings.imap.host or not settings.imap.username:
        raise ConfigError(
            "no IMAP account configured: set REPLY_COACH_IMAP_HOST and REPLY_COACH_IMAP_USERNAME "
            "(see config.example.env), or pass --config FILE"
        )


def _setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    root = logging.getLogger("reply_coach")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    # imapclient logs message contents at DEBUG: never let mail text or
    # protocol traffic into the daemon's log, whatever LOG_LEVEL says.
    logging.getLogger("imapclient").setLevel(logging.WARNING)


@click.command(context_settings=CONTEXT)
@click.option("--once", is_flag=True, help="Scan, release what is due, and exit (for cron or a systemd timer).")
@click.pass_obj
def watch(state, once: bool) -> None:
    """Watch the mailbox: hold heated client mail, then draft calm replies.

    Runs in the foreground and logs one line per event (held, merged,
    cancelled, drafted, error) to stderr. Heated emails wait in the queue
    for REPLY_COACH_COOL_OFF (24h by default, moved into working hours if
    you set them); then a reply draft is put into your Drafts folder,
    threaded under the client's message. If you reply yourself first, the
    hold is cancelled. Mail is only ever read (never marked seen), and
    nothing is sent, moved or deleted. Stop with Ctrl-C or SIGTERM.

    \b
    Examples:
      reply-coach watch
      reply-coach watch --once                     # from cron / a timer
      reply-coach -c work.env -c personal.env watch
    """
    from .holds import HoldStore, acquire_daemon_lock
    from .watcher import Watcher

    accounts = state.accounts()
    for s in accounts:
        _need_imap(s)
    settings = accounts[0]
    _setup_logging(settings.log_level)
    log = logging.getLogger("reply_coach")
    with acquire_daemon_lock(settings.data_dir):
        # One store (SQLite connection) per account thread, all on one queue file.
        watchers = [Watcher(s, HoldStore.open(settings.queue_path)) for s in accounts]
        try:
            _run(watchers, once, settings, log)
        finally:
            for w in watchers:
                w.store.close()


def _run(watchers, once: bool, settings, log) -> None:
    failures: list[tuple[str, Exception]] = []
    if once:
        for w in watchers:
            try:
                summary = w.run_once()
            except Exception as e:  # one account's failure must not skip the others
                failures.append((w.settings.account, e))
                log.debug("account %s failed", w.settings.account, exc_info=True)
                continue
            finally:
                w.disconnect()
            click.echo(
                f"{w.settings.account}: scanned {summary.scanned}, held {len(summary.held)}, "
                f"merged {len(summary.merged)}, cancelled {len(summary.cancelled)}, "
                f"drafted {len(summary.drafted)}, failed {len(summary.failed)}",
                err=True,
            )
            if summary.errors:  # the pass went on without them; cron and timers still hear of it
                failures.append((w.settings.account, ReplyCoachError("; ".join(summary.errors))))
        _raise_first(failures, several=len(watchers) > 1)
        return
    stop = threading.Event()

    def _stop_all() -> None:
        stop.set()
        for w in watchers:
            w.interrupt()

    def _stop(signum, frame):
        log.info("received %s: finishing the current step", signal.Signals(signum).name)
        _stop_all()

    def _guarded(w) -> None:
        # A daemon silently watching only some of your accounts is worse than
        # one that stops and says which account needs fixing.
        try:
            w.run_forever(stop)
        except Exception as e:
            failures.append((w.settings.account, e))
            if not isinstance(e, ReplyCoachError):
                log.debug("account %s crashed", w.settings.account, exc_info=True)
            if len(watchers) > 1:
                log.error("error: account %s stopped (%s): stopping the others", w.settings.account, _one_line(e))
            _stop_all()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    log.info("watching %s; queue %s", ", ".join(f"{w.settings.account} {','.join(w.settings.imap.folders)}" for w in watchers),
             settings.queue_path)
    # Several accounts: one thread each, sharing the queue (SQLite WAL); the
    # main thread runs the first, so signals are handled while it waits.
    threads = [threading.Thread(target=_guarded, args=(w,), name=w.settings.account, daemon=True)
               for w in watchers[1:]]
    for t in threads:
        t.start()
    _guarded(watchers[0])
    for t in threads:
        t.join(timeout=30)
    _raise_first(failures, several=len(watchers) > 1)


def _one_line(e: Exception) -> str:
    text = str(e) if isinstance(e, ReplyCoachError) else f"{type(e).__name__}: {e}"
    return " ".join(text.split())


def _raise_first(failures: list[tuple[str, Exception]], several: bool) -> None:
    """Exit with the first account's error (and its exit code), named by account when there are several."""
    if not failures:
        return
    account, e = failures[0]
    if not several and isinstance(e, ReplyCoachError):
        raise e
    err = ReplyCoachError(f"account {account}: {_one_line(e)}" if several else _one_line(e))
    err.exit_code = getattr(e, "exit_code", 1)
    raise err


@click.command(context_settings=CONTEXT)
@click.argument("action", type=click.Choice(["list", "show", "release", "cancel"]), default="list")
@click.argument("item_id", type=int, required=False, metavar="[ID]")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--all", "show_all", is_flag=True, help="With list: also drafted and cancelled items.")
@click.option("--reason", default="cancelled by hand", show_default=True, help="With cancel: why.")
@click.pass_obj
def queue(state, action: str, item_id: int | None, as_json: bool, show_all: bool, reason: str) -> None:
    """Show and steer the "wait a day" queue.

    \b
    list           held and failed emails: sender, subject, scenario, heat, time left
    show ID        one item in full: signals, errors, the thread's earlier emails
    release ID     draft it now: a running `watch` does within seconds;
                   without one, run `reply-coach watch --once`
    cancel ID      drop it, with --reason

    \b
    Examples:
      reply-coach queue
      reply-coach queue show 3 --json
      reply-coach queue release 3
      reply-coach queue cancel 3 --reason "called them instead"
    """
    from .holds import HoldStore, daemon_pid
    from .schedule import format_time_left

    settings = state.settings()
    if action != "list" and item_id is None:
        raise click.UsageError(f"queue {action} needs an item ID (see `reply-coach queue list`)")
    now = datetime.now(timezone.utc)
    if not settings.queue_path.exists():
        if as_json:
            click.echo("[]" if action == "list" else "null")
        else:
            click.echo(f"the queue is empty (no database yet at {settings.queue_path})")
        if action != "list":
            raise click.exceptions.Exit(1)
        return
    with HoldStore.open(settings.queue_path) as store:
        if action == "list":
            # Failed items are listed by default: they need the user (release or cancel them).
            states = None if show_all else ("held", "releasing", "failed")
            items = store.list(states=states)
            if as_json:
                click.echo(json.dumps([_item_dict(i, now) for i in items], ensure_ascii=False))
                return
            if not items:
                click.echo("nothing held" + ("" if show_all else " (use --all for history)"))
                return
            for i in items:
                left = format_time_left(i.release_at - now) if i.state in ("held", "releasing") else i.state
                click.echo(f"#{i.id:<4} {left:>9}  {i.heat:.2f} {i.scenario or '-':<24} {i.sender:<32} {i.subject}")
            return
        item = store.get(item_id)
        if action == "release":
            item = store.release_now(item_id, now)
            pid = daemon_pid(settings.data_dir)
            if pid is not None:
                msg = f"#{item.id} is due now: the running reply-coach watch (pid {pid}) drafts it within seconds"
            else:
                msg = f"#{item.id} is due now: no reply-coach watch is running; run `reply-coach watch --once` to draft it"
        elif action == "cancel":
            item = store.mark_cancelled(item_id, reason)
            msg = f"#{item.id} cancelled: {reason}"
        else:
            msg = None
        if as_json:
            click.echo(json.dumps(_item_dict(item, now), ensure_ascii=False))
        elif msg:
            click.echo(msg)
        else:
            for k, v in _item_dict(item, now).items():
                if k == "merged":
                    for m in v:
                        click.echo(f"{'earlier email':>16}: {m['received_at']} UID {m['uid']} {m['message_id']} {m['subject']}")
                else:
                    click.echo(f"{k:>16}: {v}")


def _item_dict(item, now) -> dict:
    from .schedule import format_time_left

    d = {
        "id": item.id,
        "state": item.state,
        "account": item.account,
        "folder": item.folder,
        "uid": item.uid,
        "message_id": item.message_id,
        "sender": item.sender,
        "subject": item.subject,
        "scenario": item.scenario,
        "heat": round(item.heat, 3),
        "signals": list(item.signals),
        "received_at": item.received_at.isoformat(),
        "release_at": item.release_at.isoformat(),
        "time_left": format_time_left(item.release_at - now),
        "attempts": item.attempts,
        "draft_message_id": item.draft_message_id,
        "reason": item.reason,
        "last_error": item.last_error,
        # The thread's earlier emails, superseded by the one the draft answers.
        "merged": [
            {"folder": m.folder, "uid": m.uid, "message_id": m.message_id, "subject": m.subject,
             "received_at": m.received_at.isoformat()}
            for m in item.merged
        ],
    }
    return d


@click.command(context_settings=CONTEXT)
@click.pass_obj
def doctor(state) -> None:
    """Check settings, login, server capabilities, Drafts folder and queue.

    Reads only: nothing is written to the mailbox. Exit 0 when everything
    needed for `watch` works, 1 otherwise.

    \b
    Example:
      reply-coach doctor
    """
    from .holds import HoldStore
    from .imap import Mailbox

    ok = True
    for settings in state.accounts():
        click.echo(f"account {settings.account}")
        click.echo(f"  config files: {', '.join(settings.sources) or '(none: environment and defaults)'}")
        _need_imap(settings)
        imap = settings.imap
        click.echo(f"  server: {imap.host}:{imap.port} tls={imap.tls} user={imap.username}")
        try:
            with Mailbox.connect(imap) as mb:
                click.echo("  login: ok")
                caps = mb.capabilities()
                for cap in ("IDLE", "SPECIAL-USE", "CONDSTORE", "UIDPLUS"):
                    click.echo(f"  {cap}: {'yes' if cap in caps else 'no'}")
                drafts = mb.find_drafts_folder(imap.drafts_folder)
                click.echo(f"  drafts folder: {drafts}")
                try:
                    click.echo(f"  sent folder: {mb.find_sent_folder(imap.sent_folder)}")
                except ReplyCoachError as e:
                    click.echo(f"  sent folder: not found ({e}); only \\Answered will cancel holds")
                for folder in imap.folders:
                    # EXAMINE only: a read-write SELECT (the one way to read PERMANENTFLAGS)
                    # would clear \Recent, and doctor changes nothing on the server.
                    st = mb.select(folder, readonly=True)
                    kw = "yes" if st.keywords_in_use else "unknown until `watch` runs (doctor only EXAMINEs)"
                    click.echo(f"  watch {folder}: {st.exists} messages, keywords {kw}")
        except ReplyCoachError as e:
            click.echo(f"  problem: {e}")
            ok = False
    settings = state.settings()
    path = settings.queue_path
    if path.exists():
        with HoldStore.open(path) as store:
            counts = store.counts()
        click.echo(f"queue: {path} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    else:
        click.echo(f"queue: {path} (not created yet)")
    if not ok:
        raise click.exceptions.Exit(1)


def register(group: click.Group) -> None:
    for cmd in (watch, queue, doctor):
        group.add_command(cmd)
