"""The command line: output formats, exit codes, one-line errors, help that teaches."""

from __future__ import annotations

import email
import json
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from reply_coach.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HEATED = EXAMPLES / "heated-invoice.eml"
CALM = EXAMPLES / "calm-question.eml"


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Invoke the CLI in an empty working dir with a clean environment."""
    monkeypatch.chdir(tmp_path)
    for k in list(__import__("os").environ):
        if k.startswith("REPLY_COACH_"):
            monkeypatch.delenv(k)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("REPLY_COACH_NAME", "Jamie Rivera")
    monkeypatch.setenv("REPLY_COACH_EMAIL", "jamie@brightpath.example")

    def invoke(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def test_version(run):
    r = run("--version")
    assert r.exit_code == 0 and "reply-coach" in r.stdout


COMMANDS = ["analyze", "draft", "templates", "watch", "queue", "doctor"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_documented(run, command):
    r = run(command, "--help")
    assert r.exit_code == 0
    assert "Example" in r.stdout and f"reply-coach {command}" in r.stdout
    guide = (ROOT / "docs" / "guide.md").read_text()
    assert f"reply-coach {command}" in guide


def test_analyze_prints_one_line_per_file_with_signals(run):
    r = run("analyze", HEATED, CALM)
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert "HEATED" in lines[0] and "[" in lines[0]
    assert "calm" in lines[1]


def test_analyze_json_has_exactly_the_contract_keys(run):
    r = run("analyze", "--json", HEATED, CALM)
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    keys = {"file", "heated", "heat", "scenario", "signals", "deadline", "first_name", "lang"}
    assert all(set(row) == keys for row in rows)
    assert rows[0]["heated"] is True and rows[0]["scenario"] and rows[0]["first_name"] == "Martin"
    assert all(s["words"] for s in rows[0]["signals"])
    assert rows[1]["heated"] is False and rows[1]["scenario"] is None


def test_analyze_reads_stdin(run):
    r = run("analyze", "--json", "-", input=HEATED.read_bytes())
    assert json.loads(r.stdout)["file"] == "-"


def test_analyze_missing_file_is_one_line_exit_1_and_other_files_still_run(run):
    r = run("analyze", "nope.eml", CALM)
    assert r.exit_code == 1
    assert "nope.eml does not exist" in r.stderr and "Traceback" not in r.output
    assert "calm" in r.stdout


def test_threshold_flag_changes_the_verdict(run):
    r = run("analyze", "--json", "--threshold", "1.0", HEATED)
    assert json.loads(r.stdout)["heated"] is False


def test_draft_prints_a_threaded_reply_eml(run):
    r = run("draft", HEATED)
    assert r.exit_code == 0, r.output
    reply = email.message_from_bytes(r.stdout_bytes, policy=policy.default)
    assert reply["Subject"] == "Re: Invoice 2026-114 is a joke"
    assert reply["In-Reply-To"] == "<inv-114-complaint@kowalski-print.example>"
    assert reply["To"].addresses[0].addr_spec == "martin@kowalski-print.example"
    assert reply["From"].addresses[0].addr_spec == "jamie@brightpath.example"
    body = reply.get_content()
    assert "Martin" in body and "> " in body


def test_draft_of_a_calm_email_says_so_and_drafts_nothing(run):
    r = run("draft", CALM)
    assert r.exit_code == 0 and r.stdout == "" and "calm" in r.stderr


def test_draft_of_a_calm_email_with_a_named_template(run):
    r = run("draft", "--template", "ask_why_we_lost", CALM)
    assert r.exit_code == 0 and "Subject: Re: Question about the launch" in r.stdout


def test_draft_json_has_analysis_headers_and_body(run):
    r = run("draft", "--json", HEATED)
    out = json.loads(r.stdout)
    assert out["analysis"]["heated"] is True
    assert out["draft"]["headers"]["In-Reply-To"] == "<inv-114-complaint@kowalski-print.example>"
    assert out["draft"]["body"].strip()


def test_unknown_template_is_a_one_line_usage_error(run):
    # A usage error (exit 2), not a runtime failure (was 1): the name is what to fix.
    r = run("draft", "--template", "nope", HEATED)
    assert r.exit_code == 2 and "nope" in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1
    assert run("templates", "nope").exit_code == 2


def test_bad_configuration_exits_2_naming_the_key(run, monkeypatch):
    monkeypatch.setenv("REPLY_COACH_HEAT_THRESHOLD", "very")
    r = run("analyze", CALM)
    assert r.exit_code == 2 and "REPLY_COACH_HEAT_THRESHOLD" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2(run):
    assert run("analyze").exit_code == 2
    assert run("draft", "--to-drafts", HEATED).exit_code == 2


def test_templates_lists_every_bundled_template_and_shows_one(run):
    r = run("templates")
    assert r.exit_code == 0
    for name in ["deescalate_and_meet", "stand_firm_offer_fix", "apology_offer_help", "explore_concern_hold_value",
                 "reset_expectations", "boundaries_and_billing", "empower_and_explain", "clarify_and_talk",
                 "listen_and_align", "own_the_mistake", "graceful_exit", "ask_why_we_lost"]:
        assert name in r.stdout
    r = run("templates", "own_the_mistake")
    assert r.exit_code == 0 and "bundled" in r.stdout


def test_templates_name_shows_a_sample_draft_and_how_it_reads(run):
    r = run("templates", "apology_offer_help")
    assert r.exit_code == 0
    source, sample = r.stdout.split("\n# sample draft, for a made-up client email (calm, heat 0.00, ", 1)
    assert "{{ greeting }}" in source
    assert sample.split("\n", 1)[1].startswith("Hi Alex,\n") and "Friday, November 27" in sample
    assert "{{" not in sample


def test_templates_source_prints_only_what_to_copy(run):
    r = run("templates", "--source", "apology_offer_help")
    assert r.exit_code == 0 and r.stdout.startswith("{#") and "sample draft" not in r.stdout
    assert run("templates", "--source").exit_code == 2


def test_a_user_template_that_reads_heated_is_drafted_with_a_warning(run, tmp_path, monkeypatch):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "angry.j2").write_text("{{ greeting }}\n\nTHIS IS YOUR FAULT. I will sue you!!!\n\n{{ signature }}\n")
    monkeypatch.setenv("REPLY_COACH_TEMPLATES_DIR", str(folder))
    r = run("draft", "--template", "angry", HEATED)
    assert r.exit_code == 0 and "THIS IS YOUR FAULT" in r.stdout
    warnings = [line for line in r.stderr.splitlines() if line.startswith("reply-coach: warning: ")]
    assert len(warnings) == 2 and "reads heated" in warnings[0] and "10 words" in warnings[1]
    out = json.loads(run("draft", "--json", "--template", "angry", HEATED).stdout)
    assert out["draft"]["review"]["calm"] is False and out["draft"]["review"]["words"] == 10
    assert json.loads(run("draft", "--json", HEATED).stdout)["draft"]["review"]["calm"] is True


def test_without_an_identity_the_draft_is_signed_with_a_placeholder_and_a_hint_says_what_to_set(run, monkeypatch):
    monkeypatch.delenv("REPLY_COACH_NAME")
    monkeypatch.delenv("REPLY_COACH_EMAIL")
    r = run("draft", HEATED)
    assert r.exit_code == 0
    reply = email.message_from_bytes(r.stdout_bytes, policy=policy.default)
    assert reply.get_content().replace("\r\n", "\n").split("\nOn ", 1)[0].rstrip().endswith("Best regards,\n[Your name]")
    # The client wrote to this address: it is ours.
    assert reply["From"].addresses[0].addr_spec == "jamie@brightpath.example"
    hints = [line for line in r.stderr.splitlines() if line.startswith("reply-coach: hint: ")]
    assert hints == [
        "reply-coach: hint: set REPLY_COACH_NAME and REPLY_COACH_EMAIL (see config.example.env); "
        'this draft is signed "[Your name]" and from jamie@brightpath.example'
    ]


def test_a_configured_identity_gives_no_hint(run):
    assert "hint" not in run("draft", HEATED).stderr


@pytest.mark.parametrize(
    ("heat", "heated", "threshold", "shown"),
    [
        (0.4999, False, 0.5, "0.49"),  # was "calm 0.50"
        (0.5, True, 0.5, "0.50"),
        (0.29, False, 0.5, "0.29"),
        (0.98, True, 0.5, "0.98"),
        (1.0, True, 0.5, "1.00"),
        (0.0, False, 0.5, "0.00"),
        (0.5051, True, 0.505, "0.505"),  # two decimals would read below the threshold
    ],
)
def test_the_heat_shown_never_contradicts_the_verdict(heat, heated, threshold, shown):
    from reply_coach.cli import heat_text

    assert heat_text(heat, heated, threshold) == shown


def test_watch_without_an_account_is_a_config_error(run):
    r = run("watch", "--once")
    assert r.exit_code == 2 and "REPLY_COACH_IMAP_HOST" in r.stderr


def test_queue_list_on_a_fresh_machine(run):
    r = run("queue")
    assert r.exit_code == 0 and "empty" in r.stdout


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from reply_coach.cli import cli\n"
        "heavy = [m for m in ('jinja2', 'imapclient', 'sqlite3', 'dotenv', 'email.parser') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_an_unexpected_exception_is_one_line_and_exit_1(run, monkeypatch):
    import reply_coach.heat

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(reply_coach.heat, "analyze", broken)
    r = run("draft", HEATED)
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip().splitlines() == [
        "reply-coach: internal error: RuntimeError: boom second line; please report this "
        "(REPLY_COACH_DEBUG=1 shows the traceback)"
    ]
    monkeypatch.setenv("REPLY_COACH_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run("draft", HEATED)


def test_ctrl_c_exits_130(run, monkeypatch):
    import reply_coach.cli

    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(reply_coach.cli, "_read_input", interrupted)
    assert run("draft", HEATED).exit_code == 130


@pytest.mark.parametrize(
    "name", ["crash_trailing_dot", "crash_unterminated_quote", "crash_broken_ew_subject"]
)
def test_hostile_addresses_and_subjects_give_one_line_not_a_traceback(run, name):
    raw = {
        "crash_trailing_dot": b"From: Megan Shaw <megan@shawprinting.>\r\n",
        "crash_unterminated_quote": b'From: "<toimisto@kalev\r\n',
        "crash_broken_ew_subject": b"From: Gary <gary@x.example>\r\nSubject: =?utf-8?q?N=C3=A4in_k=C3TA4?=\r\n",
    }[name] + b"To: me@us.example\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n\r\nYour team is incompetent and I will sue!!!\r\n"
    r = run("draft", "-", input=raw)
    assert "Traceback" not in r.output
    if name == "crash_broken_ew_subject":
        assert r.exit_code == 0 and "Subject: Re: =?utf-8?" in r.stdout
    else:
        assert r.exit_code == 1 and len(r.stderr.strip().splitlines()) == 1
        assert "no address to reply to" in r.stderr


def test_templates_name_of_a_broken_user_template_shows_the_source_then_one_line(run, tmp_path, monkeypatch):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "typo.j2").write_text("{{ greting }}\n")
    monkeypatch.setenv("REPLY_COACH_TEMPLATES_DIR", str(folder))
    r = run("templates", "typo")
    assert r.exit_code == 1 and "{{ greting }}" in r.stdout
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "greting" in r.stderr
