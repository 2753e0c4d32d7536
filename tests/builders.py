"""Tiny builders for test emails: raw RFC 5322 bytes, written by hand so tests can also make broken ones.

    make_eml(body="Hi Jamie,\\n\\nWhere is my refund?\\n\\nGary")
    make_eml(from_='"Smith, John" <john@x.example>', subject="Re: invoice", headers={"In-Reply-To": "<a@b>"})
    make_eml(html="<p>Hi</p>", body=None)          # HTML-only
    make_eml(body="Hi", html="<p>Hi</p>")           # multipart/alternative

Header values are written verbatim (no encoding, no validation): pass encoded words or garbage on purpose.
"""

from __future__ import annotations

DEFAULT_FROM = "Gary Whitfield <gary@northfield-auto.example>"
DEFAULT_TO = "Jamie Rivera <jamie@brightpath.example>"
DEFAULT_DATE = "Mon, 23 Nov 2026 08:14:00 -0500"
DEFAULT_MESSAGE_ID = "<test-1@client.example>"


def make_eml(
    *,
    from_: str | None = DEFAULT_FROM,
    to: str | None = DEFAULT_TO,
    subject: str | None = "Test message",
    body: str | None = "Hi Jamie,\n\nCould you call me?\n\nGary",
    html: str | None = None,
    date: str | None = DEFAULT_DATE,
    message_id: str | None = DEFAULT_MESSAGE_ID,
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
) -> bytes:
    """One email as bytes. A header given as None is left out; `headers` adds or overrides others.

    With only `body`: text/plain in `charset` (8bit). With only `html`: text/html. With both:
    multipart/alternative. Bodies are encoded with `charset` (undecodable characters become "?").
    """
    fields: dict[str, str | None] = {
        "From": from_,
        "To": to,
        "Subject": subject,
        "Date": date,
        "Message-ID": message_id,
        "MIME-Version": "1.0",
    }
    for name, value in (headers or {}).items():
        fields[_find_key(fields, name)] = value

    def encode(text: str) -> bytes:
        return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, "replace")

    if html is not None and body is not None:
        boundary = "==builder-boundary=="
        _setdefault(fields, "Content-Type", f'multipart/alternative; boundary="{boundary}"')
        payload = b"".join(
            [
                f"--{boundary}\r\nContent-Type: text/plain; charset={charset}\r\n\r\n".encode(),
                encode(body),
                f"\r\n--{boundary}\r\nContent-Type: text/html; charset={charset}\r\n\r\n".encode(),
                encode(html),
                f"\r\n--{boundary}--\r\n".encode(),
            ]
        )
    elif html is not None:
        _setdefault(fields, "Content-Type", f"text/html; charset={charset}")
        payload = encode(html)
    else:
        _setdefault(fields, "Content-Type", f"text/plain; charset={charset}")
        payload = encode(body or "")
    _setdefault(fields, "Content-Transfer-Encoding", "8bit")
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items() if value is not None)
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + payload


def _find_key(fields: dict[str, str | None], name: str) -> str:
    for key in fields:
        if key.lower() == name.lower():
            return key
    return name


def _setdefault(fields: dict[str, str | None], name: str, value: str) -> None:
    key = _find_key(fields, name)
    if key not in fields:
        fields[key] = value


# Hard calm look-alikes must stay below this line, the detector's old threshold. The default
# threshold is lower (heat.DEFAULT_THRESHOLD, 0.4): catching more heated mail flags some of
# these, a trade made on a validation corpus and documented in docs/guide.md.
CALM_CEILING = 0.5


def text_message(text: str, *, subject: str, lang: str, date, **extra):
    """A parsed-looking Message with `text` as what the client wrote now: for the heat tables."""
    from reply_coach.message import Message

    fields = dict(
        sender="client@example.com", display_name="Alex Client", first_name="Alex", reply_to=None,
        to=("jamie@brightpath.example",), subject=subject, date=date, message_id="<1@example.com>",
        in_reply_to=None, references=(), new_text=text, lang=lang,
    )  # fmt: skip
    fields.update(extra)
    return Message(**fields)
