"""Drafting: a calm reply `EmailMessage`, threaded under the client's email, safe against hostile input."""

from __future__ import annotations

import email
import email.policy
import os
import random
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reply_coach import drafting
from reply_coach.config import Identity, Settings
from reply_coach.drafting import (
    deadline_text,
    draft_reply,
    find_amount,
    reply_subject,
    topic_of,
)
from reply_coach.errors import DraftError, ReplyCoachError, TemplateError
from reply_coach.heat import Analysis
from reply_coach.message import Message, parse
from reply_coach.scenarios import DEFAULT_TEMPLATE, HAND_PICKED, template_for

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)
SIGNATURE = "Jamie Rivera\nBrightpath Studio"
ALL_TEMPLATES = sorted(set(DEFAULT_TEMPLATE.values()) | set(HAND_PICKED))


def corpus_dir() -> Path:
    override = os.environ.get("REPLY_COACH_CORPUS_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


CORPUS = sorted(corpus_dir().glob("*.eml")) if corpus_dir().is_dir() else []


def client(**changes) -> Message:
    base = Message(
        sender="gary@northfield.example",
        display_name="Gary Whitfield",
        first_name="Gary",
        reply_to=None,
        to=("jamie@brightpath.example",),
        subject="The booking tool",
        date=datetime(2026, 11, 23, 8, 14, tzinfo=timezone(timedelta(hours=-5))),
        message_id="<m2@client.example>",
        in_reply_to="<m1@brightpath.example>",
        references=("<m0@client.example>", "<m1@brightpath.example>"),
        new_text="Your booking tool double-booked three technicians.\n\nFix it.",
    )
    return replace(base, **changes)


def analysis(**changes) -> Analysis:
    base = Analysis(
        heated=True, heat=0.8, scenario="blame", signals=(), deadline=None, first_name="Gary", lang="en"
    )
    return replace(base, **changes)


def settings(**identity) -> Settings:
    fields = dict(name="Jamie Rivera", email="jamie@brightpath.example", signature=SIGNATURE)
    fields.update(identity)
    return Settings(identity=Identity(**fields))


def reparsed(draft):
    return email.message_from_bytes(draft.as_bytes(), policy=email.policy.default)


def words_before_signature(text: str, signature: str) -> int:
    head = text.rsplit(signature, 1)[0] if signature else text
    return len(re.findall(r"\S+", head))


def as_message(text: str) -> Message:
    return client(subject="", new_text=text, references=(), in_reply_to=None, message_id=None)


# ---------------------------------------------------------------- threading


def test_draft_threads_under_the_clients_message():
    d = draft_reply(client(), analysis(), settings(), now=NOW)
    m = reparsed(d)
    assert m["In-Reply-To"] == "<m2@client.example>"
    assert m["References"].split() == ["<m0@client.example>", "<m1@brightpath.example>", "<m2@client.example>"]
    assert m["Subject"] == "Re: The booking tool"
    assert m["X-Reply-Coach-Source"] == "<m2@client.example>" == d.source_message_id
    assert m["X-Reply-Coach-Template"] == "apology_offer_help" == d.template
    assert m["Message-ID"] == d.message_id
    assert m["Date"] == "Tue, 24 Nov 2026 09:30:00 +0000"


def test_draft_is_addressed_from_the_user_to_the_client():
    m = reparsed(draft_reply(client(), analysis(), settings(), now=NOW))
    assert m["From"] == "Jamie Rivera <jamie@brightpath.example>"
    assert m["To"] == "Gary Whitfield <gary@northfield.example>"


def test_reply_to_wins_over_from():
    m = reparsed(draft_reply(client(reply_to="support@northfield.example"), analysis(), settings(), now=NOW))
    assert m["To"] == "support@northfield.example"


def test_without_a_configured_address_the_draft_is_from_the_address_the_client_wrote_to():
    m = reparsed(draft_reply(client(), analysis(), settings(email=""), now=NOW))
    assert m["From"] == "Jamie Rivera <jamie@brightpath.example>"
    m = reparsed(draft_reply(client(to=()), analysis(), settings(email=""), now=NOW))
    assert m["From"] is None


@pytest.mark.parametrize(
    "sender", ["undisclosed-recipients:;", "megan@shawprinting.", "gary@x..example", '"<toimisto@kalev', "é@x.example", ""]
)
def test_an_email_with_no_address_to_reply_to_is_a_one_line_draft_error(sender):
    # Was a traceback (HeaderParseError) for the dotted ones, and a draft to nobody for the others.
    with pytest.raises(DraftError) as caught:
        draft_reply(client(sender=sender), analysis(), settings(), now=NOW)
    assert "no address to reply to" in str(caught.value) and "\n" not in str(caught.value)


def test_an_unusable_reply_to_falls_back_to_from():
    m = reparsed(draft_reply(client(reply_to="rt@x.example."), analysis(), settings(), now=NOW))
    assert m["To"] == "Gary Whitfield <gary@northfield.example>"


def test_references_drop_malformed_tokens_and_are_capped_keeping_the_thread_root():
    refs = ("<root@x>", "garbage", "<a b@x>", "<ok@x>") + tuple(f"<r{i}@x>" for i in range(40))
    d = draft_reply(client(references=refs), analysis(), settings(), now=NOW)
    got = reparsed(d)["References"].split()
    assert got[0] == "<root@x>" and got[-1] == "<m2@client.example>"
    assert "garbage" not in got and "<a" not in got
    assert len(got) == drafting.MAX_REFERENCES


def test_long_message_ids_are_never_turned_into_encoded_words():
    long_id = "<" + "x" * 120 + "@mail.example.com>"
    d = draft_reply(client(message_id=long_id, references=(long_id,)), analysis(), settings(), now=NOW)
    raw = d.as_bytes()
    assert b"=?" not in raw.split(b"\r\n\r\n", 1)[0].split(b"References:", 1)[1].split(b"\r\nX-Reply", 1)[0]
    assert reparsed(d)["In-Reply-To"] == long_id


@pytest.mark.parametrize(
    "original, expected",
    [
        ("Invoice", "Re: Invoice"),
        ("Re: Invoice", "Re: Invoice"),
        ("RE: Re: Invoice", "Re: Invoice"),
        ("Re[2]: Invoice", "Re: Invoice"),
        ("AW: Rechnung", "Re: Rechnung"),
        ("SV: Faktura", "Re: Faktura"),
        ("VS: Lasku", "Re: Lasku"),
        ("Fwd: Invoice", "Re: Fwd: Invoice"),
        ("Revenue report", "Re: Revenue report"),
        ("", "Re:"),
    ],
)
def test_subject_gets_exactly_one_re_prefix(original, expected):
    assert reply_subject(original) == expected


# ---------------------------------------------------------------- Message-ID


def test_same_input_gives_the_same_message_id():
    a = draft_reply(client(), analysis(), settings(), now=NOW)
    b = draft_reply(client(), analysis(), settings(), now=NOW + timedelta(hours=3))
    assert a.message_id == b.message_id
    assert re.fullmatch(r"<rc-[0-9a-f]{32}@reply-coach\.invalid>", a.message_id)


def test_another_template_or_another_original_gives_another_message_id():
    a = draft_reply(client(), analysis(), settings(), now=NOW)
    b = draft_reply(client(), analysis(), settings(), template="listen_and_align", now=NOW)
    c = draft_reply(client(message_id="<other@client.example>"), analysis(), settings(), now=NOW)
    assert len({a.message_id, b.message_id, c.message_id}) == 3


def test_without_a_message_id_the_ids_come_from_sender_subject_and_date():
    orig = client(message_id=None)
    a = draft_reply(orig, analysis(), settings(), now=NOW)
    b = draft_reply(orig, analysis(), settings(), now=NOW)
    c = draft_reply(replace(orig, subject="Another matter"), analysis(), settings(), now=NOW)
    assert a.message_id == b.message_id != c.message_id
    m = reparsed(a)
    assert m["In-Reply-To"] is None
    assert m["X-Reply-Coach-Source"] == a.source_message_id
    assert re.fullmatch(r"<rc-src-[0-9a-f]{32}@reply-coach\.invalid>", a.source_message_id)


def test_caller_can_name_the_source_token_it_will_search_for():
    d = draft_reply(client(message_id=None), analysis(), settings(), now=NOW, source="<uid-7-42@INBOX>")
    assert reparsed(d)["X-Reply-Coach-Source"] == "<uid-7-42@INBOX>" == d.source_message_id


# ---------------------------------------------------------------- body


def test_body_is_utf8_quoted_printable_and_round_trips():
    d = draft_reply(
        client(display_name="Søren Ærø", first_name="Søren", new_text="Hjemmesiden er nede – igen."),
        analysis(first_name="Søren"),
        settings(name="Jükka Rivera"),
        now=NOW,
    )
    raw = d.as_bytes()
    assert b"Content-Transfer-Encoding: quoted-printable" in raw
    assert b'charset="utf-8"' in raw
    assert b"base64" not in raw
    m = reparsed(d)
    content = m.get_content().replace("\r\n", "\n")
    assert content.startswith("Hi Søren,\n") and "Hjemmesiden er nede – igen." in content
    assert m["To"].addresses[0].display_name == "Søren Ærø"


def test_the_original_is_quoted_below_the_reply():
    d = draft_reply(client(), analysis(), settings(), now=NOW)
    reply, quote = d.body.split("\nOn Mon, 23 Nov 2026 at 08:14, Gary Whitfield wrote:\n")
    assert reply.rstrip().endswith(SIGNATURE)
    assert quote == "> Your booking tool double-booked three technicians.\n>\n> Fix it.\n"


def test_greeting_uses_the_first_name_or_a_graceful_hello():
    assert draft_reply(client(), analysis(), settings(), now=NOW).text.startswith("Hi Gary,\n\n")
    nameless = draft_reply(client(first_name=None, display_name=""), analysis(first_name=None), settings(), now=NOW)
    assert nameless.text.startswith("Hello,\n\n")
    assert "gary@northfield.example wrote:" in nameless.body


def test_a_shouted_first_name_is_not_shouted_back():
    d = draft_reply(client(first_name="GARY"), analysis(first_name="GARY"), settings(), now=NOW)
    assert d.text.startswith("Hi Gary,")


def test_default_template_follows_the_scenario_and_an_explicit_one_wins():
    for scenario, name in DEFAULT_TEMPLATE.items():
        assert draft_reply(client(), analysis(scenario=scenario), settings(), now=NOW).template == name
    d = draft_reply(client(), analysis(scenario="blame"), settings(), template="graceful_exit", now=NOW)
    assert d.template == "graceful_exit"
    assert template_for(None) == "listen_and_align"


def test_unknown_template_is_a_template_error_listing_the_choices():
    with pytest.raises(TemplateError, match="reset_expectations"):
        draft_reply(client(), analysis(), settings(), template="nope", now=NOW)


# ---------------------------------------------------------------- hostile input


@pytest.mark.parametrize("payload", ["{{ 7*7 }}", "{% for x in range(3) %}loop{% endfor %}", "{# hidden #}"])
def test_email_content_reaches_the_template_only_as_data(payload):
    d = draft_reply(
        client(subject=f"Invoice {payload}", new_text=f"Pay now {payload}", display_name=f"Eve {payload}"),
        analysis(),
        settings(),
        template="listen_and_align",
        now=NOW,
    )
    m = reparsed(d)
    assert payload in m["Subject"]
    assert payload in m.get_content()
    assert "49" not in m.get_content() and "looploop" not in m.get_content()


def test_hostile_headers_cannot_inject_new_headers():
    hostile = client(
        subject="Refund now\r\nBcc: evil@x.com",
        display_name="Gary\r\nBcc: evil2@x.com",
        references=("<ok@x>", "<bad\r\nBcc: evil3@x.com>", "=?utf-8?q?x=0D=0ABcc:_e@x.com?="),
        message_id="<m2@client.example>\r\nBcc: evil4@x.com",
        reply_to="a@b.example\r\nBcc: evil5@x.com",
    )
    d = draft_reply(hostile, analysis(), settings(), now=NOW)
    raw = d.as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0] for line in head.split(b"\r\n") if line and not line[:1].isspace()]
    assert [n.decode() for n in names] == [
        "From", "To", "Subject", "Date", "Message-ID", "References", "X-Reply-Coach-Source",
        "X-Reply-Coach-Template", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    ]  # fmt: skip
    m = email.message_from_bytes(raw)
    assert m["Bcc"] is None
    assert "\n" not in str(reparsed(d)["Subject"])


def test_hostile_encoded_word_subject_from_a_parsed_email_is_neutralised():
    from reply_coach.message import parse

    raw = (
        b"From: Eve <eve@x.example>\r\nTo: jamie@brightpath.example\r\n"
        b"Subject: =?utf-8?q?Refund_now=0D=0ABcc:_evil@x.com?=\r\n"
        b"Message-ID: <e1@x.example>\r\nReferences: <a@x> garbage <<<>>> <b@x>\r\n"
        b"Date: Mon, 23 Nov 2026 08:14:00 -0500\r\n\r\nI want my money back.\r\n"
    )
    d = draft_reply(parse(raw), analysis(scenario="refund_demand"), settings(), now=NOW)
    out = d.as_bytes()
    m = email.message_from_bytes(out)
    assert m["Bcc"] is None and b"\r\nBcc:" not in out
    assert m["References"].split()[-1] == "<e1@x.example>"
    assert "garbage" not in m["References"]


BCC = "=?utf-8?q?Refund=0D=0ABcc:_evil@x.com?="
BCC_TWICE = "=?utf-8?b?PT91dGYtOD9xP1JlZnVuZD0wRD0wQUJjYzpfZXZpbEB4LmNvbT89?="  # decodes to BCC


def hostile_email(**headers: str) -> bytes:
    from builders import make_eml

    defaults = {"from_": "Gary <gary@x.example>", "subject": "hi", "message_id": "<n@x.example>"}
    return make_eml(body="I have asked you THREE times. I will sue!!!", **{**defaults, **headers})


def header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0]
    return [line.split(b":", 1)[0].decode() for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]


@pytest.mark.parametrize(
    "headers",
    [
        # Audit 2: each of these put a real Bcc line into the draft.
        {"message_id": "<a=?utf-8?q?=0D=0ABcc:_evil@x.com=0D=0AX-Junk:_?=@x.example>"},
        {"message_id": "<a=?utf-8?q?=0D=0ABcc:_evil@x.com?=@x.example>"},
        {"headers": {"References": "<r=?utf-8?q?=0D=0ABcc:_evil@x.com?=@x.example>"}},
        {"headers": {"In-Reply-To": "<i=?utf-8?q?=0D=0ABcc:_evil@x.com?=@x.example>"}},
        {"subject": BCC_TWICE},
        {"from_": f"{BCC_TWICE} <gary@x.example>"},
        {"headers": {"Reply-To": f"{BCC_TWICE} <rt@x.example>"}},
        {"from_": f'"{BCC}" <gary@x.example>'},
        {"subject": f"x{BCC}y"},
    ],
    ids=["msgid-two-headers", "msgid", "references", "in-reply-to", "subject-double", "from-name-double",
         "reply-to-name-double", "from-name-quoted", "subject-embedded"],
)
def test_encoded_words_hidden_in_header_values_cannot_inject_a_header(headers):
    d = draft_reply(parse(hostile_email(**headers)), analysis(), settings(), now=NOW)
    raw = d.as_bytes()
    names = header_names(raw)
    assert "Bcc" not in names and "X-Junk" not in names, names
    back = email.message_from_bytes(raw, policy=email.policy.default)
    for name in names:
        value = str(back[name])
        # Nothing left that a mail client (or a script re-using the value) could decode into more.
        assert "\n" not in value and "\r" not in value and "=?" not in value, (name, value)


def test_a_double_encoded_subject_is_shown_literally_once_decoded():
    d = draft_reply(parse(hostile_email(subject=BCC_TWICE)), analysis(), settings(), now=NOW)
    assert reparsed(d)["Subject"] == "Re: = ?utf-8?q?Refund=0D=0ABcc:_evil@x.com?="


def test_message_ids_with_encoded_words_or_non_ascii_are_left_out_of_the_threading_headers():
    bad = "<a=?utf-8?q?=0D=0A?=@x.example>"
    refs = f"<root@x.example> {bad} <é@x.example> <ok@x.example>"
    m = reparsed(draft_reply(parse(hostile_email(message_id="<é@x.example>", headers={"References": refs})),
                             analysis(), settings(), now=NOW))
    assert m["In-Reply-To"] is None
    assert m["References"].split() == ["<root@x.example>", "<ok@x.example>"]
    assert re.fullmatch(r"<rc-src-[0-9a-f]{32}@reply-coach\.invalid>", m["X-Reply-Coach-Source"])


def test_a_broken_encoded_word_in_the_subject_does_not_crash_serialisation():
    # Was UnicodeEncodeError in Draft.as_bytes: the broken word was decoded again, into lone surrogates.
    d = draft_reply(parse(hostile_email(subject="=?utf-8?q?N=C3=A4in_k=C3TA4?=")), analysis(), settings(), now=NOW)
    assert reparsed(d)["Subject"] == "Re: Näin k\ufffdTA4"


def test_the_serialized_draft_is_checked_and_an_unexpected_header_fails_closed(monkeypatch):
    from email.message import EmailMessage

    real = EmailMessage.as_bytes

    def smuggling(self, *args, **kwargs):
        return real(self, *args, **kwargs).replace(b"\r\nDate:", b"\r\nBcc: evil@x.com\r\nDate:", 1)

    monkeypatch.setattr(EmailMessage, "as_bytes", smuggling)
    with pytest.raises(DraftError, match="Bcc"):
        draft_reply(client(), analysis(), settings(), now=NOW)


# A header value is built from these pieces: every way found so far to hide a line break or a second
# decoding, and the characters that make address and id parsers change their mind.
HOSTILE_PIECES = [
    "\r\n", "\n", "\r", "\r\nBcc: evil@x.com", "\r\n\tfolded", "\r\n Bcc: evil@x.com", "\nX-Evil: 1",
    BCC, BCC_TWICE, "=?utf-8?b?DQpCY2M6IGV2aWxAeC5jb20=?=", "=?iso-8859-1?q?=0ABcc:_e@x?=",
    "=?utf-8?q?a=0D=0ABcc:_x@evil?= =?utf-8?q?b?=", "=?", "?=", "=?utf-8?q?", "=?x-bogus?q?=0D=0A?=",
    "=?utf-8?b?broken base64?=", "=?utf-8?q?caf=C3?=", "\u2028Bcc: u@x.com", "\u0085", "\x00", "\x0b", "\x1c",
    "é", "Jörg Müller", "日本語", "\udcff", "<", ">", '"', "\\", ",", ":", ";", "@", "(", ")", "[", "]",
    "<evil@x.com>", "Smith, John", "x" * 1200, "word " * 300, "{{ 7*7 }}", "{% for x in y %}",
]
SAFE_BITS = ["Gary", "Invoice 2026-114", "<a@b.example>", "gary@x.example", " ", "Re: ", "ok"]
DRAFT_HEADERS = ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                 "X-Reply-Coach-Source", "X-Reply-Coach-Template", "Content-Type",
                 "Content-Transfer-Encoding", "MIME-Version"]  # fmt: skip
OPTIONAL_HEADERS = {"In-Reply-To", "References"}  # only when the original has a usable Message-ID


def hostile_value(rnd: random.Random) -> str:
    parts = [rnd.choice(HOSTILE_PIECES if rnd.random() < 0.6 else SAFE_BITS) for _ in range(rnd.randint(1, 5))]
    return "".join(parts)


def assert_only_the_draft_headers(raw: bytes, case: str) -> None:
    try:
        _only_the_draft_headers(raw)
    except AssertionError as e:
        raise AssertionError(f"{case}: {e}") from None


def _only_the_draft_headers(raw: bytes) -> None:
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    assert all(len(line) <= 998 and b"\r" not in line and b"\n" not in line for line in lines)
    names = header_names(raw)
    assert len(names) == len(set(names)), names
    assert set(DRAFT_HEADERS) - OPTIONAL_HEADERS <= set(names) <= set(DRAFT_HEADERS), names
    assert names == [n for n in DRAFT_HEADERS if n in names], names  # and in the order they were set
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert not back.defects
    for name in names:
        value = str(back[name])
        assert "\r" not in value and "\n" not in value and "=?" not in value, (name, value)


def test_property_no_hostile_header_value_ever_adds_a_header_to_the_draft():
    """Many hostile values, in every header the draft takes something from, through the whole
    pipeline: parse -> analyze -> draft_reply -> as_bytes -> parse again."""
    from builders import make_eml

    from reply_coach.heat import analyze

    rnd = random.Random(20261124)
    s = settings()
    targets = ["Subject", "From-name", "From-address", "Reply-To", "Message-ID", "In-Reply-To", "References"]
    for i in range(600):
        target = rnd.choice(targets)
        value = hostile_value(rnd)
        fields = {"from_": "Gary Whitfield <gary@x.example>", "subject": "Invoice", "message_id": "<m@x.example>",
                  "headers": {"References": "<r@x.example>", "In-Reply-To": "<p@x.example>"}}
        if target == "Subject":
            fields["subject"] = value
        elif target == "From-name":
            fields["from_"] = f"{value} <gary@x.example>"
        elif target == "From-address":
            fields["from_"] = f"Gary <{value}>" if rnd.random() < 0.5 else value
        elif target == "Message-ID":
            fields["message_id"] = value
        else:
            fields["headers"][target] = value
        raw = make_eml(body="Your team is incompetent. I want my money back by Friday!!!", **fields)
        case = f"case {i}: {target} = {value[:120]!r}"
        message = parse(raw)
        try:
            d = draft_reply(message, analyze(message, s.heat_threshold), s, now=NOW)
        except DraftError as e:
            # The only refusal allowed: a From that is not an address (there is no one to reply to).
            assert target.startswith("From") and "no address to reply to" in str(e), case
            continue
        assert_only_the_draft_headers(d.as_bytes(), case)


def test_mutated_corpus_emails_never_crash_and_never_add_a_header():
    """The reviewer's fuzz (audit 2) as a test: random byte-level mutations of corpus emails."""
    from reply_coach.heat import analyze

    seeds = [p.read_bytes() for p in CORPUS] + [
        p.read_bytes() for p in sorted((Path(__file__).parent / "corpus_blind").glob("*.eml"))
    ]
    assert seeds
    tokens = [p.encode("utf-8", "surrogatepass") for p in HOSTILE_PIECES[:30]] + [
        b"From: ", b"Reply-To: ", b"Message-ID: ", b"References: ", b"Subject: ", b"\xff\xfe", b"\xc3",
        b"Content-Type: multipart/mixed; boundary=\"q\"\r\n", b"Content-Transfer-Encoding: base64\r\n",
        b" wrote:\r\n> ", b"-----Original Message-----\r\n", b" " * 1000,
    ]  # fmt: skip
    rnd = random.Random(3)
    s = settings()
    for i in range(400):
        data = bytearray(rnd.choice(seeds))
        for _ in range(rnd.randint(1, 12)):
            op, pos = rnd.random(), rnd.randrange(len(data) + 1)
            if op < 0.4:
                data[pos:pos] = rnd.choice(tokens)
            elif op < 0.6 and data:
                del data[pos : pos + rnd.randint(1, 50)]
            elif op < 0.8 and data:
                data[min(pos, len(data) - 1)] = rnd.randrange(256)
            else:
                a = rnd.randrange(len(data) + 1)
                data[pos:pos] = data[a : a + rnd.randint(1, 200)]
        try:
            message = parse(bytes(data))
            d = draft_reply(message, analyze(message, s.heat_threshold), s, template="listen_and_align", now=NOW)
        except ReplyCoachError as e:
            assert "\n" not in str(e)
            continue
        assert_only_the_draft_headers(d.as_bytes(), f"mutation {i}")


def test_over_long_values_are_capped():
    d = draft_reply(client(subject="x " * 500, display_name="N" * 500), analysis(), settings(), now=NOW)
    m = reparsed(d)
    assert len(m["Subject"]) <= drafting.SUBJECT_MAX
    assert len(m["To"].addresses[0].display_name) <= drafting.NAME_MAX


def test_a_huge_original_is_quoted_only_in_part():
    d = draft_reply(client(new_text="line of text\n" * 5000), analysis(), settings(), now=NOW)
    assert len(d.body) < drafting.QUOTE_MAX + 3000


# ---------------------------------------------------------------- the client's own terms


@pytest.mark.parametrize(
    "text, amount",
    [
        ("I want every cent of the $4,800 back by Friday", "$4,800"),
        ("We paid €1.200,50 for this", "€1.200,50"),
        ("Fakturaen på 12.000 kr er forkert", "12.000 kr"),
        ("Lasku 3 400 € on väärin", "3 400 €"),
        ("The quote said EUR 950", "EUR 950"),
        ("Ich zahle keine 2.500 Euro für diese Seite", "2.500 Euro"),
        ("Haluan 4800 euroa takaisin", "4800 euroa"),
        ("Pris: 9.500 kroner", "9.500 kroner"),
        ("Three technicians, 14 bookings, 2 days", ""),
    ],
)
def test_the_amount_the_client_named_is_found(text, amount):
    assert find_amount(text) == amount


def test_deadline_reads_like_a_person_wrote_it():
    assert deadline_text(date(2026, 11, 27)) == "Friday, November 27"
    assert deadline_text(None) == ""


def test_echoed_subject_is_short_and_does_not_shout():
    assert topic_of("Re: The booking tool is broken AGAIN!!!") == "The booking tool is broken again"
    assert topic_of("SEO and DNS") == "SEO and DNS"
    assert topic_of("word " * 30) == ""


def test_draft_mentions_the_deadline_and_amount_the_client_named():
    d = draft_reply(
        client(new_text="I want the $4,800 back by Friday."),
        analysis(scenario="refund_demand", deadline=date(2026, 11, 27)),
        settings(),
        now=NOW,
    )
    first = d.text.split("\n\n")[1]
    assert "$4,800" in first and "Friday, November 27" in first


def test_a_subject_that_fires_a_heat_signal_is_not_echoed_back(monkeypatch):
    from reply_coach import heat
    from reply_coach.heat import Signal

    def fake_analyze(message, threshold=0.5):
        words = tuple(w for w in ("furious",) if w in message.new_text)
        return analysis(heated=False, signals=(Signal("anger", words, 0.2),) if words else ())

    monkeypatch.setattr(heat, "analyze", fake_analyze)
    d = draft_reply(client(subject="I am furious"), analysis(), settings(), now=NOW)
    assert "furious" not in d.text
    assert "furious" in reparsed(d)["Subject"]
    assert '"Website launch"' in draft_reply(client(subject="Website launch"), analysis(), settings(), now=NOW).text


def test_real_heated_subjects_are_not_echoed_back():
    for subject in ("Call me. Now.", "Honestly disappointed", "The booking tool is broken AGAIN"):
        d = draft_reply(client(subject=subject), analysis(), settings(), now=NOW)
        last_word = subject.split()[-1].strip(".").lower()
        assert not re.search(rf"\b{last_word}\b", d.text.lower()), d.text


@pytest.mark.parametrize(
    "subject",
    ["See you in court", "Liars", "Fraud", "Scam", "Stupid website", "WTF", "Shame on you", "Rip-off",
     "Con artists", "Betrug", "Løgnere", "Huijaus", "Thieves", "Worst agency ever"],
)  # fmt: skip
def test_hostile_subjects_are_never_echoed_even_when_the_detector_is_silent(subject):
    # Audit 2, finding 13: each of these was repeated back in quotes.
    d = draft_reply(client(subject=subject), analysis(), settings(), template="listen_and_align", now=NOW)
    assert subject.lower() not in d.text.lower(), d.text
    assert reparsed(d)["Subject"] == f"Re: {subject}"  # threading keeps it, of course


@pytest.mark.parametrize("subject", ["Website launch", "Invoice 2026-114", "Courtesy call", "Lieferung 12", "Varasto"])
def test_neutral_subjects_are_still_echoed(subject):
    d = draft_reply(client(subject=subject), analysis(), settings(), template="listen_and_align", now=NOW)
    assert f'"{subject}"' in d.text


def test_every_draft_carries_its_own_review():
    d = draft_reply(client(), analysis(), settings(), now=NOW)
    assert d.review.calm and d.review.warnings == ()
    assert 50 <= d.review.words <= 150
    assert d.review.to_dict() == {"calm": True, "heat": d.review.heat, "words": d.review.words, "warnings": []}


def test_a_heated_or_short_user_template_is_drafted_with_warnings(tmp_path):
    # Audit 2, finding 12: this was drafted with exit 0 and no word of warning.
    (tmp_path / "angry.j2").write_text("{{ greeting }}\n\nTHIS IS YOUR FAULT. I will sue you!!!\n\n{{ signature }}\n")
    s = replace(settings(), templates_dir=tmp_path)
    d = draft_reply(client(), analysis(), s, template="angry", now=NOW)
    assert not d.review.calm and d.review.words == 10
    assert len(d.review.warnings) == 2
    assert "'angry'" in d.review.warnings[0] and "heated" in d.review.warnings[0]
    assert "10 words" in d.review.warnings[1]
    assert all("\n" not in w for w in d.review.warnings)


# ---------------------------------------------------------------- the dev corpus


def test_the_dev_corpus_is_there():
    assert len(CORPUS) >= 20, f"no dev corpus at {corpus_dir()} (set REPLY_COACH_CORPUS_DIR)"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_template_drafts_a_short_calm_reply_to_every_corpus_email(path):
    from reply_coach.heat import analyze
    from reply_coach.message import parse

    s = settings(phone="+1 555 0100")
    original = parse(path.read_bytes())
    found = analyze(original, s.heat_threshold)
    for name in ALL_TEMPLATES:
        d = draft_reply(original, found, s, template=name, now=NOW)
        n = words_before_signature(d.text, SIGNATURE)
        assert 50 <= n <= 150, f"{path.name} / {name}: {n} words"
        verdict = analyze(as_message(d.text), s.heat_threshold)
        # Not merely under the threshold: well clear of it.
        assert not verdict.heated and verdict.heat < s.heat_threshold / 2, f"{path.name} / {name}: {verdict}"
        sent = email.message_from_bytes(d.as_bytes(), policy=email.policy.default)
        assert sent["In-Reply-To"] == original.message_id
        assert sent["To"].addresses[0].addr_spec == (original.reply_to or original.sender)


def test_calm_reply_quoting_a_heated_email_is_still_calm_after_parsing():
    """The draft as the client's mail program would see it: the quote is history, not new text."""
    from reply_coach.heat import analyze
    from reply_coach.message import parse

    assert CORPUS
    s = settings()
    for path in CORPUS:
        original = parse(path.read_bytes())
        d = draft_reply(original, analyze(original, s.heat_threshold), s, now=NOW)
        assert not analyze(parse(d.as_bytes()), s.heat_threshold).heated, path.name
