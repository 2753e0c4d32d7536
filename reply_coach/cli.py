"""The `reply-coach` command: parse arguments, call the library, print.

No logic of its own, and only this module turns errors into exit codes:
0 success, 1 runtime failure, 2 usage or configuration, 130 Ctrl-C.
Heavy modules (jinja2, imapclient, sqlite3) are imported inside commands so
that `reply-coach --help` starts about as fast as click itself.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ReplyCoachError

# The `analyze --json` contract (issue 2): exactly these keys, in this order.
JSON_KEYS = ("heated", "heat", "scenario", "signals", "deadline", "first_name", "lang")

UNSIGNED_HINT = '"[Your name]"'  # drafting.UNSIGNED, without importing drafting (and jinja2) for --help

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Failure(click.ClickException):
    """A ReplyCoachError shown as one line, with its own exit code."""

    def __init__(self, message: str, exit_code: int, kind: str = "error"):
        super().__init__(message)
        self.exit_code = exit_code
        self.kind = kind

    def show(self, file=None) -> None:
        click.echo(f"reply-coach: {self.kind}: {self.format_message()}", err=True)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:300]


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ReplyCoachError as e:
            raise _Failure(_one_line(e), e.exit_code) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            # click would turn it into "Aborted!" and exit 1; the house rule is 130, as a shell does.
            raise click.exceptions.Exit(130) from None
        except Exception as e:  # a bug: still one line, never a traceback (audit 2)
            if os.environ.get("REPLY_COACH_DEBUG"):
                raise
            raise _Failure(
                f"{type(e).__name__}: {_one_line(e)}; please report this (REPLY_COACH_DEBUG=1 shows the traceback)",
                1,
                kind="internal error",
            ) from None


class _State:
    def __init__(self, config_files: tuple[Path, ...]):
        self.config_files = config_files

    def settings(self, **overrides):
        """Settings of the first (or only) account."""
        return self.accounts(**overrides)[0]

    def accounts(self, **overrides):
        from .config import load_settings

        flags = {k: str(v) for k, v in overrides.items() if v is not None}
        files = self.config_files or (None,)
        return [load_settings(overrides=flags, config_file=f) for f in files]


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="reply-coach")
@click.option(
    "-c",
    "--config",
    "config_files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Account config file (KEY=value lines, as config.example.env). Repeat for several accounts. "
    "Default: ~/.config/reply-coach/config.env.",
)
@click.pass_context
def cli(ctx: click.Context, config_files: tuple[Path, ...]) -> None:
    """Calm reply drafts for heated client emails. Never sends mail.

    reply-coach spots heated client emails (blame, refund demands, legal
    threats, haggling, impossible deadlines), holds each for a cooling-off
    period ("wait a day"), then puts a calm, threaded reply draft into your
    own Drafts folder for you to edit and send yourself.

    \b
    Try it on one email:
      reply-coach analyze message.eml
      reply-coach draft message.eml > reply.eml
    Watch a mailbox:
      reply-coach doctor      # check settings, login and the Drafts folder
      reply-coach watch       # the daemon: hold, wait, draft

    Settings come from flags, the environment, ./.env and
    ~/.config/reply-coach/config.env (see config.example.env).
    """
    ctx.obj = _State(config_files)


# ------------------------------------------------------------------ helpers


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        return p.read_bytes()
    except IsADirectoryError:
        raise ReplyCoachError(f"{path} is a folder: give an .eml file") from None
    except FileNotFoundError:
        raise ReplyCoachError(f"{path} does not exist: give the path of an .eml file, or - for stdin") from None
    except OSError as e:
        raise ReplyCoachError(f"cannot read {path}: {e.strerror}") from None


def heat_text(heat: float, heated: bool, threshold: float) -> str:
    """The heat as shown to people: rounded down, with as many decimals as it takes for the
    number never to contradict the verdict (0.4999 is "calm 0.49", not "calm 0.50")."""
    from decimal import ROUND_FLOOR, Decimal

    exact = Decimal(repr(heat))
    for places in (2, 3, 4):
        shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR)
        if (shown >= Decimal(repr(threshold))) == heated:
            return str(shown)
    return repr(heat)


def _signals_text(analysis) -> str:
    parts = []
    for s in analysis.signals:
        words = ", ".join(f'"{w}"' for w in s.words[:4])
        parts.append(f"{s.name}: {words}" if words else s.name)
    return "; ".join(parts)


# ------------------------------------------------------------------ analyze


@cli.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of text.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), help="Heat at or above which an email is heated.")
@click.pass_obj
def analyze(state: _State, files: tuple[str, ...], as_json: bool, threshold: float | None) -> None:
    """Say whether each email is heated, why, and which scenario it is.

    FILE is a raw email (.eml); - reads one from stdin. Each verdict lists
    the signals and the exact words that fired them, the scenario, the
    deadline the client named and the language.

    \b
    Examples:
      reply-coach analyze inbox/*.eml
      reply-coach analyze --json message.eml | jq .scenario
    """
    from .heat import analyze as run_analysis
    from .message import parse

    settings = state.settings(HEAT_THRESHOLD=threshold)
    failed = 0
    for f in files:
        try:
            message = parse(_read_input(f))
            a = run_analysis(message, settings.heat_threshold)
        except ReplyCoachError as e:
            failed += 1
            click.echo(f"reply-coach: error: {f}: {e}", err=True)
            continue
        if as_json:
            d = a.to_dict()
            row = {"file": f, **{k: d[k] for k in JSON_KEYS}}
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        verdict = "HEATED" if a.heated else "calm"
        line = f"{f}: {verdict} {heat_text(a.heat, a.heated, settings.heat_threshold)}"
        if a.scenario:
            line += f" {a.scenario}"
        if a.deadline:
            line += f" deadline {a.deadline.isoformat()}"
        line += f" lang {a.lang}"
        if a.signals:
            line += f"  [{_signals_text(a)}]"
        click.echo(line)
    if failed:
        raise click.exceptions.Exit(1)


# ------------------------------------------------------------------ draft


@cli.command(context_settings=CONTEXT)
@click.argument("file", required=False, default="-", metavar="[FILE|-]")
@click.option("-t", "--template", help="Draft with this template even if the email is calm (see `templates`).")
@click.option("--json", "as_json", is_flag=True, help="Print the analysis and the draft's headers and body as JSON.")
@click.option("--uid", type=click.IntRange(1), help="Draft a reply to the message with this UID on the IMAP server.")
@click.option("--folder", default="INBOX", show_default=True, help="Folder of --uid.")
@click.option("--to-drafts", is_flag=True, help="With --uid: put the draft in the server's Drafts folder.")
@click.option("--lang", "language", type=click.Choice(["auto", "en", "da", "de", "fi"]),
              help="Language of the draft (default: REPLY_COACH_DRAFT_LANGUAGE, auto = the client's).")
@click.pass_obj
def draft(state: _State, file: str, template: str | None, as_json: bool, uid: int | None, folder: str,
          to_drafts: bool, language: str | None) -> None:
    """Write a calm reply draft for one email and print it as .eml.

    Reads FILE (or stdin), checks whether it is heated, and prints a
    complete reply message (threaded, with the original quoted) that you
    can open in your mail client. A calm email gets no draft unless you
    name a template. Nothing is ever sent.

    \b
    Examples:
      reply-coach draft angry.eml > reply.eml
      reply-coach draft --template own_the_mistake complaint.eml
      reply-coach draft --lang en dansk-klage.eml  # in English, whatever the client wrote
      reply-coach draft --uid 4711 --to-drafts     # from the IMAP server
    """
    settings = state.settings()
    if language:
        settings = settings.with_overrides(draft_language=language)
    if to_drafts and uid is None:
        raise click.UsageError("--to-drafts needs --uid: a local file is printed, not uploaded")
    if uid is not None:
        from .watcher import draft_from_server

        result = draft_from_server(settings, folder=folder, uid=uid, template=template, to_drafts=to_drafts)
        message, analysis, reply, where = result
    else:
        from .heat import analyze as run_analysis
        from .message import parse

        message = parse(_read_input(file))
        analysis = run_analysis(message, settings.heat_threshold)
        reply, where = None, None
        if analysis.heated or template:
            from .drafting import draft_reply

            reply = draft_reply(message, analysis, settings, template=template)
    heat = heat_text(analysis.heat, analysis.heated, settings.heat_threshold)
    if as_json:
        out = {"analysis": analysis.to_dict(), "draft": None}
        if reply is not None:
            out["draft"] = {
                "template": reply.template,
                "language": reply.language,
                "headers": {k: str(v) for k, v in reply.email.items()},
                "body": reply.body,
                "review": reply.review.to_dict() if reply.review else None,
            }
            if where:
                out["draft"]["appended_to"] = where
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        if reply is not None:
            _warn_about(reply, settings)
        return
    if reply is None:
        click.echo(f"calm (heat {heat}): no draft needed. Use --template NAME to draft one anyway.", err=True)
        return
    if where:
        click.echo(f"draft ({reply.template}) appended to {where}: {reply.message_id}", err=True)
    else:
        lang = "" if reply.language == "en" else f", in {reply.language}"
        click.echo(f"{analysis.scenario or 'chosen template'} -> {reply.template} (heat {heat}{lang})", err=True)
    _warn_about(reply, settings)
    if where:
        return
    sys.stdout.buffer.write(reply.as_bytes())
    sys.stdout.buffer.flush()


def _warn_about(reply, settings) -> None:
    """One line on stderr for each thing the user should know before sending this draft."""
    for warning in reply.review.warnings if reply.review else ():
        click.echo(f"reply-coach: warning: {warning}", err=True)
    ident = settings.identity
    missing = []
    if not ident.name and not ident.signature:
        missing.append("REPLY_COACH_NAME")
    if not ident.email:
        missing.append("REPLY_COACH_EMAIL")
    if missing:
        sender = reply.email.get("From")
        effects = [f"signed {UNSIGNED_HINT}"] if "REPLY_COACH_NAME" in missing else []
        if "REPLY_COACH_EMAIL" in missing:
            effects.append(f"from {sender.addresses[0].addr_spec}" if sender else "without a From address")
        click.echo(
            f"reply-coach: hint: set {' and '.join(missing)} (see config.example.env); "
            f"this draft is {' and '.join(effects)}",
            err=True,
        )


# ------------------------------------------------------------------ templates


@cli.command(context_settings=CONTEXT)
@click.argument("name", required=False)
@click.option("--source", "source_only", is_flag=True, help="Print only the template's source, to copy it.")
@click.option("--lang", "language", type=click.Choice(["en", "da", "de", "fi"]), default="en", show_default=True,
              help="Which language version of NAME to show.")
@click.pass_obj
def templates(state: _State, name: str | None, source_only: bool, language: str) -> None:
    """List the reply templates, or show one: source, origin and a sample draft.

    Templates are Jinja files, in English (NAME.j2) and in Danish, German
    and Finnish (da/NAME.j2, de/NAME.j2, fi/NAME.j2): a draft is written in
    the client's language when its template exists in it. Put your own in
    REPLY_COACH_TEMPLATES_DIR, laid out the same way: a file with the name
    of a bundled template replaces it, any other name adds a template you
    can pick with `draft --template NAME`.

    \b
    Examples:
      reply-coach templates
      reply-coach templates apology_offer_help --lang da
      reply-coach templates --source apology_offer_help > my/apology_offer_help.j2
    """
    from .templates_lib import get_template_info, list_templates

    settings = state.settings()
    if name is None:
        if source_only:
            raise click.UsageError("--source needs a template NAME")
        infos = list_templates(settings)
        width = max(len(i.name) for i in infos)
        for i in infos:
            scen = ", ".join(i.scenarios) or "(chosen by hand)"
            langs = ",".join(i.languages)
            click.echo(f"{i.name:<{width}}  {scen:<26} {langs:<11} {i.description}"
                       + ("" if i.origin == "bundled" else "  [user]"))
        return
    info = get_template_info(name, settings, language)
    if source_only:
        click.echo(info.source, nl=not info.source.endswith("\n"))
        return
    from .drafting import render_preview

    click.echo(f"# {info.name} ({info.origin}: {info.path})")
    click.echo(info.source, nl=not info.source.endswith("\n"))
    if info.language != language:
        click.echo(f"reply-coach: note: {name!r} has no {language} version; showing the English one", err=True)
    preview = render_preview(name, settings, language)  # a broken template fails here, after its source is shown
    r = preview.review
    verdict = "calm" if r.calm else "HEATED"
    heat = heat_text(r.heat, not r.calm, settings.heat_threshold)
    click.echo(f"\n# sample draft, for a made-up client email ({verdict}, heat {heat}, {r.words} words):")
    click.echo(preview.rendered, nl=not preview.rendered.endswith("\n"))
    for warning in r.warnings:
        click.echo(f"reply-coach: warning: {warning}", err=True)


def _register_mailbox_commands() -> None:
    # The IMAP-facing commands live in their own module to keep this one short;
    # they still only parse arguments and print.
    try:
        from . import cli_mailbox
    except ImportError:  # pragma: no cover - during development only
        return
    cli_mailbox.register(cli)


_register_mailbox_commands()


def main() -> None:
    try:
        cli.main(prog_name="reply-coach")
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)
