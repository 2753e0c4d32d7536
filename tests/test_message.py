"""parse(): raw bytes -> Message. Hostile mail becomes defects, never a crash or an injected header."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from builders import make_eml

from reply_coach.errors import MessageError
from reply_coach.message import MAX_BODY_CHARS, MAX_ID_LEN, Message, first_name, html_to_text, parse

CORPUS = Path("/work/shared/corpus/dev")
if not CORPUS.is_dir():  # the repo copy, when the shared folder is not mounted
    CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev"
LABELS = (
    [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text().splitlines() if line.strip()]
    if (CORPUS / "labels.jsonl").is_file()
    else []
)
needs_corpus = pytest.mark.skipif(not LABELS, reason="dev corpus not available")


def corpus_message(name: str) -> Message:
    return parse((CORPUS / name).read_bytes())


# ---------------------------------------------------------------- the dev corpus, table-driven


@needs_corpus
@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_corpus_first_name_matches_label(label):
    assert corpus_message(label["file"]).first_name == label["first_name"]


@needs_corpus
@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_corpus_language_matches_label(label):
    assert corpus_message(label["file"]).lang == label["lang"]


@needs_corpus
@pytest.mark.parametrize("label", LABELS, ids=lambda label: label["file"])
def test_corpus_mail_parses_without_defects_and_keeps_new_text(label):
    message = corpus_message(label["file"])
    assert message.defects == ()
    assert message.new_text.strip()
    assert message.sender.endswith(".example")
    assert message.date is not None and message.date.tzinfo is not None
    assert message.message_id and message.message_id.startswith("<")


@needs_corpus
def test_calm_reply_quoting_own_heated_message_keeps_only_the_calm_part():
    message = corpus_message("019.eml")
    assert "option B" in message.new_text
    assert "TERRIBLE" not in message.new_text
    assert "TERRIBLE" in message.quoted_text


@needs_corpus
def test_forwarded_complaint_is_not_part_of_the_new_text():
    message = corpus_message("020.eml")
    assert "take a look" in message.new_text
    assert "DISASTER" not in message.new_text
    assert "DISASTER" in message.forwarded_text


@needs_corpus
def test_out_of_office_reply_is_automated():
    message = corpus_message("024.eml")
    assert message.automated
    assert "Auto-Submitted" in message.automated_reason


@needs_corpus
def test_angry_client_mail_is_not_automated():
    assert not corpus_message("001.eml").automated


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("from_", "expected"),
    [
        ('"Smith, John" <john@x.example>', "John"),
        ('"Marchetti, Paolo" <paolo@x.example>', "Paolo"),
        ("Dr. Anne-Marie O'Neil <am@x.example>", "Anne-Marie"),
        ("=?utf-8?q?J=C3=B6rg_M=C3=BCller?= <j@x.example>", "Jörg"),
        ("Mette =?utf-8?q?S=C3=B8rensen?= <mette@x.example>", "Mette"),
        ('"=?utf-8?q?J=C3=B6rg_M=C3=BCller?=" <j@x.example>', "Jörg"),
        ("JOHN SMITH <john@x.example>", "John"),
        ("Chris <chris@doylemedia.example>", "Chris"),
        ("Prof. Dr. Hans Becker <hb@x.example>", "Hans"),
        ("Herr Klaus Weber <kw@x.example>", "Klaus"),
        ("Fru Hanne Lund <hl@x.example>", "Hanne"),
        ("Hr. Lars Jensen <lj@x.example>", "Lars"),
        ("Mrs Jane Doe <jd@x.example>", "Jane"),
        ("J. Robert Smith <rs@x.example>", "Robert"),
        ('"Smith, John, Jr." <js@x.example>', "John"),
        ("Päivi Mäkinen <pm@x.example>", "Päivi"),
        ("Jane Doe (Acme) <jd@x.example>", "Jane"),
        ("Jane Doe | Acme Inc <jd@x.example>", "Jane"),
        ('"Kari Laine, Laine Oy" <kl@x.example>', "Kari"),
        ('"Hansen, Lise, Hansen ApS" <lh@x.example>', "Lise"),
        ("Nurmi Katja <katja@x.example>", "Katja"),  # Finnish surname first, no comma
        ("Virtanen Matti <mv@x.example>", "Matti"),
        ("Matti Virtanen <mv@x.example>", "Matti"),
        ("Aino Salo <as@x.example>", "Aino"),
        ("Anna Bischof <ab@x.example>", "Anna"),  # a surname ending like a farm ("-hof") is still a surname
        # Audit 2: compound German titles gave None.
        ("Dipl.-Ing. Karl Weber <kw@x.example>", "Karl"),
        ("Dr.med. Anna Schulz <as@x.example>", "Anna"),
        ("Dr. med. Anna Schulz <as@x.example>", "Anna"),
        ("Dr.-Ing. Jörg Weber <jw@x.example>", "Jörg"),
        ("Nat Harper <nat@x.example>", "Nat"),  # a name, not "rer. nat."
        ("Ing Larsson <ing@x.example>", "Ing"),
    ],
)
def test_first_name_is_the_given_name_from_the_from_header(from_, expected):
    assert parse(make_eml(from_=from_)).first_name == expected


@pytest.mark.parametrize(
    "from_",
    [
        "Acme Billing <billing@acme.example>",
        "Billing <billing@hostco.example>",
        "Support Team <support@x.example>",
        "HostCo Notifications <notify@hostco.example>",
        "noreply <noreply@x.example>",
        "Northfield Auto <info@northfield.example>",
        "Acme GmbH <info@acme.example>",
        "Virtanen Oy <info@virtanen.example>",
        "Sørensen Design A/S <info@sd.example>",
        "HostCo <billing@hostco.example>",
        '"jamie@brightpath.example" <jamie@brightpath.example>',
        "<ops@quickfreight.example>",
        "ops@quickfreight.example",
        "Dr. Smith <smith@x.example>",
        "Herr Müller <m@x.example>",
        "P. Marchetti <p@x.example>",
        "12345 <n@x.example>",
        "Kirjanpito - Laine Oy <kp@x.example>",
        "Bogholderiet | Hansen ApS <b@x.example>",
        '"Laine Oy, Kari" <kl@x.example>',
        "Verwaltung Schulz GmbH <v@x.example>",
        "Hiusstudio Mira <mira@x.example>",
        "Weingut Schneider <info@x.example>",
        "Autohaus Berg <kontakt@x.example>",
        "Vestjysk Møbler - Kundeservice <ks@x.example>",
        "Microsoft Outlook <postmaster@x.example>",
        # Audit 2: couples gave "And" and "John"; greeting one of two is worse than "Hello,".
        '"Mr. and Mrs. Smith" <smiths@x.example>',
        "John & Jane Smith <js@x.example>",
        "Anna und Karl Weber <aw@x.example>",
        "Mette og Lars Holm <mh@x.example>",
        "Dr.-Ing. Weber <w@x.example>",
    ],
)
def test_first_name_is_none_for_companies_roles_addresses_and_bare_surnames(from_):
    assert parse(make_eml(from_=from_)).first_name is None


def test_first_name_is_not_guessed_from_the_local_part_or_the_sign_off():
    message = parse(make_eml(from_="<karl@jensen.example>", body="Fix it.\n\nKarl"))
    assert message.first_name is None
    assert message.display_name == ""
    assert message.sender == "karl@jensen.example"


def test_first_name_helper_handles_empty_input():
    assert first_name("") is None
    assert first_name("   ") is None


# ---------------------------------------------------------------- headers


def test_headers_are_decoded_into_plain_fields():
    raw = make_eml(
        from_="Gary Whitfield <gary@northfield-auto.example>",
        to="Jamie <jamie@brightpath.example>, ops@brightpath.example",
        subject="Re: =?utf-8?q?M=C3=B8det_p=C3=A5?= torsdag",
        headers={
            "Reply-To": "Gary (phone) <gary.mobile@northfield-auto.example>",
            "In-Reply-To": " <abc@brightpath.example>",
            "References": "<one@x.example>\r\n <two@x.example>",
        },
    )
    message = parse(raw)
    assert message.sender == "gary@northfield-auto.example"
    assert message.display_name == "Gary Whitfield"
    assert message.to == ("jamie@brightpath.example", "ops@brightpath.example")
    assert message.reply_to == "gary.mobile@northfield-auto.example"
    assert message.subject == "Re: Mødet på torsdag"
    assert message.date == datetime(2026, 11, 23, 8, 14, tzinfo=timezone(timedelta(hours=-5)))
    assert message.message_id == "<test-1@client.example>"
    assert message.in_reply_to == "<abc@brightpath.example>"
    assert message.references == ("<one@x.example>", "<two@x.example>")
    assert message.raw_size == len(raw)


def test_encoded_crlf_in_subject_cannot_smuggle_a_header():
    message = parse(make_eml(subject="=?utf-8?q?Refund_now=0D=0ABcc:_evil@x.com?="))
    assert "\r" not in message.subject and "\n" not in message.subject
    assert message.subject == "Refund now Bcc: evil@x.com"


def test_encoded_line_separators_in_display_name_are_flattened():
    message = parse(make_eml(from_="=?utf-8?q?Gary=E2=80=A8To:_x@y.com?= <gary@x.example>"))
    assert "\u2028" not in message.display_name
    assert "\n" not in message.display_name


def test_outlook_one_off_message_id_does_not_crash():
    # policy.default raises IndexError reading this on Python < 3.13 (gh-86650).
    message = parse(make_eml(message_id="<[abc=@example.com]>", headers={"In-Reply-To": "<[x=@y.z]>"}))
    assert message.message_id == "<[abc=@example.com]>"
    assert message.in_reply_to == "<[x=@y.z]>"


def test_overlong_or_garbage_ids_are_dropped_with_a_defect():
    huge = "<" + "a" * MAX_ID_LEN + "@x.example>"
    message = parse(make_eml(message_id=huge, headers={"References": f"<ok@x.example> {huge}"}))
    assert message.message_id is None
    assert message.references == ("<ok@x.example>",)
    assert any("Message-ID" in defect for defect in message.defects)


def test_an_unquoted_last_first_name_keeps_the_address_in_angle_brackets():
    # Was sender "Smith" (the comma split it into two addresses) and a draft with no To.
    message = parse(make_eml(from_="Smith, John <john@x.com>"))
    assert (message.sender, message.display_name, message.first_name) == ("john@x.com", "Smith, John", "John")


@pytest.mark.parametrize(
    "header",
    ["From", "Reply-To"],
)
def test_a_colon_inside_an_encoded_word_does_not_move_the_address(header):
    # Decoded first, "Bcc: x@evil.com" read as group syntax: the reply went to "_x@evil.com?=".
    value = "=?utf-8?q?Evil=0D=0ABcc:_x@evil.com?= <f@h6.example>"
    message = parse(make_eml(from_=value) if header == "From" else make_eml(headers={"Reply-To": value}))
    if header == "From":
        assert message.sender == "f@h6.example" and message.display_name == "Evil Bcc: x@evil.com"
    else:
        assert message.reply_to == "f@h6.example"


@pytest.mark.parametrize(
    ("from_", "name"),
    [
        ('"Gary <boss@x.example>" <gary@x.example>', "Gary <boss@x.example>"),
        ("gary@x.example (Gary <boss@x.example>)", "Gary <boss@x.example>"),
        ("Gary (Sales <boss@x.example>) <gary@x.example>", "Gary (Sales <boss@x.example>)"),
    ],
)
def test_angle_brackets_inside_a_quoted_name_or_a_comment_are_not_the_address(from_, name):
    message = parse(make_eml(from_=from_))
    assert message.sender == "gary@x.example" and message.display_name == name


@pytest.mark.parametrize(
    "value",
    ["<é@x.example>", "<a=?utf-8?q?=0D=0ABcc:_evil@x.com?=@x.example>", "<a\x01b@x.example>"],
)
def test_message_ids_must_be_printable_ascii_without_encoded_words(value):
    message = parse(make_eml(message_id=value, headers={"References": f"<ok@x.example> {value}"}))
    assert message.message_id is None
    assert "invalid Message-ID header" in message.defects
    assert message.references == ("<ok@x.example>",)


@pytest.mark.parametrize(
    ("subject", "decoded"),
    [
        ("=?utf-8?q?N=C3=A4in_k=C3TA4?=", "Näin k\ufffdTA4"),  # broken q-encoding: was left encoded
        ("=?utf-8?q?caf=C3?=", "caf\ufffd"),  # truncated UTF-8
        ("=?utf-8?q?Gr=C3=BC=C3=9Fe?= =?x-bogus?q?aus?= Berlin", "Grüßeaus Berlin"),  # unknown charset
        ("=?utf-8?b?bm90IGJhc2U2NA?= ok", "not base64 ok"),  # missing padding
        ("=?UTF-8*en?Q?Hello?=", "Hello"),  # RFC 2231 language tag
        ("=?bogus-cs?q?Ren=E9_Dupont?=", "René Dupont"),  # unknown charset, latin-1 bytes
    ],
)
def test_encoded_words_are_decoded_one_by_one_and_leniently(subject, decoded):
    message = parse(make_eml(subject=subject))
    assert message.subject == decoded
    assert not any("\udc80" <= c <= "\udcff" for c in message.subject)


@pytest.mark.parametrize(
    ("value", "usable"),
    [
        ("gary@northfield-auto.example", True),
        ("o'neil+tag@x.example", True),
        ("jamie@localhost", True),
        ("megan@shawprinting.", False),
        ("gary@x..example", False),
        (".gary@x.example", False),
        ("é@x.com", False),
        ("a@x.com;b@y", False),
        ("gary=?utf-8?q?x?=@x.example", False),
        ('"a b"@x.example', False),
        ("no-at-sign", False),
        ("", False),
    ],
)
def test_usable_address_is_a_plain_ascii_dot_atom(value, usable):
    from reply_coach.message import usable_address

    assert (usable_address(value) == value) is usable


def test_naive_date_is_taken_as_utc():
    message = parse(make_eml(date="Mon, 23 Nov 2026 08:14:00 -0000"))
    assert message.date == datetime(2026, 11, 23, 8, 14, tzinfo=timezone.utc)


def test_unparseable_date_is_none_with_a_defect():
    message = parse(make_eml(date="sometime next week"))
    assert message.date is None
    assert "unparseable Date header" in message.defects


def test_missing_headers_are_recorded_as_defects():
    message = parse(make_eml(from_=None, date=None, message_id=None))
    assert message.sender == "" and message.first_name is None
    assert message.message_id is None
    assert {"no From header", "no Date header"} <= set(message.defects)


def test_strict_mode_raises_a_one_line_message_error_on_defects():
    with pytest.raises(MessageError) as caught:
        parse(make_eml(date="garbage"), strict=True)
    assert "\n" not in str(caught.value)
    assert "Date" in str(caught.value)


# ---------------------------------------------------------------- automated mail


@pytest.mark.parametrize(
    ("headers", "from_", "subject"),
    [
        ({"Auto-Submitted": "auto-generated"}, None, "Invoice"),
        ({"Precedence": "bulk"}, None, "News"),
        ({"Precedence": "list"}, None, "News"),
        ({"List-Id": "<news.x.example>"}, None, "News"),
        ({"List-Unsubscribe": "<mailto:u@x.example>"}, None, "News"),
        ({"X-Autoreply": "yes"}, None, "Re: hi"),
        ({}, "Acme <no-reply@acme.example>", "Your order"),
        ({}, "<noreply@acme.example>", "Your order"),
        ({}, "<donotreply@acme.example>", "Your order"),
        ({}, "<MAILER-DAEMON@mx.example>", "Undelivered"),
        ({}, "<notifications@github.example>", "PR merged"),
        ({}, None, "Automatic reply: Analytics"),
        ({}, None, "Autosvar: Møde"),
        ({}, None, "Poissa: Lasku"),
        ({}, None, "Abwesenheitsnotiz: Rechnung"),
        ({}, None, "Automatische Antwort: Rechnung"),
        ({}, None, "Out of Office: project"),
    ],
)
def test_automated_mail_is_flagged_with_a_reason(headers, from_, subject):
    kwargs = {"from_": from_} if from_ else {}
    message = parse(make_eml(subject=subject, headers=headers, **kwargs))
    assert message.automated
    assert message.automated_reason


def test_auto_submitted_no_is_a_person():
    message = parse(make_eml(headers={"Auto-Submitted": "no"}, subject="Where is my refund?"))
    assert not message.automated
    assert message.automated_reason == ""


# ---------------------------------------------------------------- hostile and broken input


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  "])
def test_empty_input_is_a_message_error(raw):
    with pytest.raises(MessageError) as caught:
        parse(raw)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("seed", range(5))
def test_binary_garbage_is_not_an_email(seed):
    # Was analysed as HEATED 0.99 (shouting: "ÎÅPÖ") and drafted to nobody (audit 2).
    import random

    garbage = random.Random(seed).randbytes(200_000)
    with pytest.raises(MessageError) as caught:
        parse(garbage)
    assert "not an email" in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(MessageError):
        parse(bytes(range(256)) * 40)


def test_a_binary_body_under_real_headers_is_no_text_with_a_defect():
    import random

    head = make_eml(body="")
    message = parse(head + random.Random(1).randbytes(100_000))
    assert message.sender == "gary@northfield-auto.example"
    assert message.new_text == "" and "body is binary data, not text" in message.defects


def test_text_without_headers_is_still_read():
    message = parse("Hei Jamie,\n\nmødet er aflyst. Ring til mig.\n".encode("latin-1"))
    assert "mødet er aflyst" in message.new_text and "no headers" in message.defects


def test_unknown_charset_falls_back_to_readable_text():
    raw = make_eml(body="Hello Jamie, where is the invoice?", headers={"Content-Type": "text/plain; charset=x-unknown-cs"})
    message = parse(raw)
    assert "where is the invoice" in message.new_text
    assert any("charset" in defect for defect in message.defects)


def test_latin1_bytes_labelled_utf8_do_not_crash():
    raw = make_eml(body="Hej Jamie, mødet er aflyst.", charset="latin-1", headers={"Content-Type": "text/plain; charset=utf-8"})
    assert "Jamie" in parse(raw).new_text


def test_raw_8bit_header_bytes_are_decoded_as_utf8():
    raw = make_eml(from_="Jörg Müller <j@x.example>", subject="Größe")
    message = parse(raw)
    assert message.first_name == "Jörg"
    assert message.subject == "Größe"


def test_multipart_without_boundary_is_read_as_text():
    raw = make_eml(body="Hi Jamie,\n\nThe site is down.", headers={"Content-Type": "multipart/mixed"})
    message = parse(raw)
    assert "The site is down." in message.new_text
    assert message.defects


def test_html_only_body_becomes_text_without_scripts_and_with_quotes_removed():
    html = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
        "<p>Hi Jamie,</p><p>The checkout &amp; cart are broken.<br>Fix it&nbsp;today.</p>"
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 9:02 AM Jamie wrote:</div>'
        "<blockquote>We shipped the NEW cart yesterday.</blockquote></div></body></html>"
    )
    message = parse(make_eml(body=None, html=html))
    assert "The checkout & cart are broken." in message.new_text
    assert "Fix it today." in message.new_text
    assert "alert" not in message.new_text and "color" not in message.new_text
    assert "NEW cart" not in message.new_text
    assert "NEW cart" in message.quoted_text


def test_plain_text_part_is_preferred_over_html():
    message = parse(make_eml(body="plain words here", html="<p>html words</p>"))
    assert message.new_text == "plain words here"


def test_attachments_are_ignored():
    boundary = "b1"
    raw = (
        b"From: Anna Berg <anna@x.example>\r\nSubject: files\r\nDate: Mon, 23 Nov 2026 09:14:00 -0500\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=" + boundary.encode() + b"\r\n\r\n"
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
        b"ATTACHED TEXT\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the files.\r\n--b1--\r\n"
    )
    message = parse(raw)
    assert message.new_text == "Here are the files."


def test_deeply_nested_multiparts_are_survived():
    depth = 300
    head = b"From: Anna <anna@x.example>\r\nSubject: nested\r\nDate: Mon, 23 Nov 2026 09:14:00 -0500\r\nMIME-Version: 1.0\r\n"
    body = b"Content-Type: text/plain\r\n\r\ninnermost words\r\n"
    for level in range(depth):
        b = f"n{level}".encode()
        body = b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n" + body + b"--" + b + b"--\r\n"
    message = parse(head + body)
    assert isinstance(message, Message)
    assert message.sender == "anna@x.example"


def test_huge_body_is_truncated():
    body = "Where is my refund? " * 250_000  # 5 MB
    message = parse(make_eml(body=body))
    assert len(message.new_text) <= MAX_BODY_CHARS
    assert any("truncated" in defect for defect in message.defects)


def test_template_syntax_in_the_body_stays_literal():
    message = parse(make_eml(body="Hi {{ 7*7 }} {% raw %} ${7*7}"))
    assert message.new_text == "Hi {{ 7*7 }} {% raw %} ${7*7}"


def test_attached_email_is_not_taken_as_the_senders_text():
    raw = (
        b"From: Nora <nora@x.example>\r\nSubject: Fwd\r\nDate: Mon, 23 Nov 2026 09:14:00 -0500\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n"
        b"--b1\r\nContent-Type: message/rfc822\r\n\r\n"
        b"From: x@y.example\r\nSubject: angry\r\nContent-Type: text/plain\r\n\r\nYOU ARE A DISASTER\r\n"
        b"--b1--\r\n"
    )
    message = parse(raw)
    assert "DISASTER" not in message.new_text


def test_html_to_text_decodes_entities_and_breaks_blocks():
    text = html_to_text("<div>a&lt;b</div><ul><li>one</li><li>two</li></ul>&#8364;5")
    assert [line for line in text.splitlines() if line] == ["a<b", "one", "two", "€5"]
    assert "\n\n\n" not in html_to_text("<div><div><p>a</p></div></div><p>b</p>")


def test_outlook_html_reply_keeps_only_the_new_words():
    html = (
        "<html><body><div>Fine, go ahead.</div><div><br></div><div>Sent from Outlook for iOS</div>"
        '<hr><div id="divRplyFwdMsg"><b>From:</b> Jamie Rivera &lt;jamie@x.example&gt;<br>'
        "<b>Sent:</b> Monday, November 23, 2026 9:02 AM<br><b>To:</b> Sam<br><b>Subject:</b> Re: copy</div>"
        "<div>YOUR OLD ANGRY TEXT</div></body></html>"
    )
    message = parse(make_eml(body=None, html=html))
    assert message.new_text == "Fine, go ahead."
    assert message.signature == "Sent from Outlook for iOS"
    assert "ANGRY" in message.quoted_text


def test_gmail_html_forward_is_forwarded_text():
    html = (
        '<div dir="ltr">Hi Jamie, see below.<br><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: Angry &lt;x@y.example&gt;'
        "<br>Subject: checkout<br></div><br><div>YOUR CHECKOUT IS A DISASTER</div></div></div>"
    )
    message = parse(make_eml(body=None, html=html))
    assert message.new_text == "Hi Jamie, see below."
    assert "DISASTER" in message.forwarded_text


def test_danish_gmail_html_reply_is_quoted_and_detected_as_danish():
    html = (
        '<div dir="ltr">Det lyder godt, tak for hjælpen.</div><div class="gmail_quote">'
        '<div class="gmail_attr">Den man. 23. nov. 2026 kl. 09.02 skrev Jamie &lt;j@x.example&gt;:</div>'
        "<blockquote class=\"gmail_quote\">The meeting is moved to Friday, is that OK for everyone?</blockquote></div>"
    )
    message = parse(make_eml(body=None, html=html))
    assert message.new_text == "Det lyder godt, tak for hjælpen."
    assert message.lang == "da"


def test_a_bottom_posted_heated_reply_is_judged_on_what_was_written_below_the_quote():
    from reply_coach.heat import analyze

    body = (
        "On Mon, Nov 23, 2026 at 9:02 AM Jamie Rivera <jamie@brightpath.example> wrote:\n"
        "> Hi Gary, the new booking tool is live.\n\n"
        "It double-booked three technicians AGAIN. This is the third time I have asked you to fix it.\n"
        "Your team is incompetent. Fix it by Friday or I will call my lawyer!!!\n\nGary"
    )
    message = parse(make_eml(body=body))
    assert "my lawyer" in message.new_text and "booking tool is live" in message.quoted_text
    assert analyze(message).heated
