"""Raw RFC 5322 bytes -> an immutable Message (who, subject, date, ids, new text, language).

Hostile mail is data: every problem becomes an entry in `Message.defects` instead of an exception,
unless `strict=True` (tests, `reply-coach draft --strict`). Only input that holds no message at all
(zero bytes, whitespace) raises `MessageError` in every mode.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from reply_coach import language, quotes
from reply_coach.errors import MessageError

MAX_BODY_CHARS = 200_000  # text we analyse; the first 200 KB hold the message, the rest is history or noise
MAX_HTML_CHARS = 500_000  # HTML is verbose: more markup than text, but html.parser costs ~1 µs a char
MAX_PARTS = 200  # MIME parts visited; a bomb of nested multiparts stops here
MAX_ID_LEN = 998  # RFC 5322 line limit; longer "ids" are junk and would break the draft's headers


@dataclass(frozen=True)
class Message:
    sender: str  # the From address, e.g. "gary@northfield-auto.example" ("" when none)
    display_name: str  # decoded display name of From ("" when none)
    first_name: str | None  # for the greeting; None for company-only or missing names
    reply_to: str | None  # first Reply-To address, if any
    to: tuple[str, ...]  # To addresses
    subject: str  # decoded, single line
    date: datetime | None  # timezone-aware Date header, None when missing/unparseable
    message_id: str | None  # "<...>" as in the header, whitespace/CRLF stripped
    in_reply_to: str | None
    references: tuple[str, ...]  # each "<...>"
    new_text: str  # what the sender wrote now: no quoted history, forwards, signature
    quoted_text: str = ""  # quoted history removed from new_text
    forwarded_text: str = ""  # forwarded blocks removed from new_text
    signature: str = ""  # signature / "Sent from my iPhone" footer
    lang: str = "en"  # "en", "da", "fi", "de", or "und" (too little text, or another language)
    automated: bool = False  # Auto-Submitted / Precedence bulk|list / List-Id / no-reply sender / out-of-office
    automated_reason: str = ""  # why `automated` is True, for explanations
    defects: tuple[str, ...] = field(default=())  # problems met while parsing (never raised)
    raw_size: int = 0


class _RawHeaderPolicy(EmailPolicy):
    """policy.default for bodies, but headers are fetched as plain strings.

    Building structured header objects is both the slow part of `email` (about 10x the whole parse
    here) and the one that crashes: `msg["Message-ID"]` raises IndexError on `<[abc=@example.com]>`
    in Python < 3.13 (gh-86650, gh-105802). We decode headers ourselves, defensively.
    """

    def header_fetch_parse(self, name, value):
        return _unfold(_as_text(value))


_POLICY = _RawHeaderPolicy()
_PARSER = BytesParser(policy=_POLICY)


def parse(raw: bytes, *, strict: bool = False) -> Message:
    """Read one email. Never raises on bad mail unless `strict`; see the module docstring."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise MessageError(f"cannot read an email from a {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise MessageError("the email is empty (no headers and no body)")

    defects: list[str] = []
    try:
        msg = _PARSER.parsebytes(raw)
    except Exception as exc:  # noqa: BLE001 - e.g. RecursionError on absurdly nested multiparts
        # Keep the headers and read the rest as one text body rather than lose the email.
        defects.append(f"MIME structure unreadable ({type(exc).__name__})")
        try:
            msg = _PARSER.parsebytes(raw, headersonly=True)
        except Exception:  # noqa: BLE001
            raise MessageError(f"the email could not be parsed: {type(exc).__name__}") from None
    defects.extend(_defect_names(msg))

    headers = _headers(msg)
    if not headers:
        defects.append("no headers")

    display_name, sender = _from(headers.get("from"), defects)
    subject = _one_line(_decode(headers.get("subject", ""), defects))
    body = _body(msg, defects)
    if not headers.keys() & _MAIL_HEADERS and not body.strip():
        # 200 KB of /dev/urandom was analysed as a heated Danish email and drafted to nobody (audit 2).
        raise MessageError("this is not an email: it has no mail headers and no readable text")

    split = quotes.split_reply(body)
    new_text = split.new_text
    automated, reason = _automated(headers, sender, subject)
    message = Message(
        sender=sender,
        display_name=display_name,
        first_name=None if automated and not _is_personal_auto_reply(reason) else first_name(display_name, sender),
        reply_to=_first_address(headers.get("reply-to")),
        to=_addresses(headers.get("to")),
        subject=subject,
        date=_date(headers.get("date"), defects),
        message_id=_msg_id(headers.get("message-id"), "Message-ID", defects),
        in_reply_to=_msg_id(headers.get("in-reply-to"), "In-Reply-To", defects),
        references=_msg_ids(headers.get("references")),
        new_text=new_text,
        quoted_text=split.quoted_text,
        forwarded_text=split.forwarded_text,
        signature=split.signature,
        lang=language.detect(new_text, fallback=subject),
        automated=automated,
        automated_reason=reason,
        defects=tuple(dict.fromkeys(defects)),
        raw_size=len(raw),
    )
    if strict and message.defects:
        raise MessageError(f"the email is malformed: {message.defects[0]}")
    return message


# ---------------------------------------------------------------- headers


def _as_text(value: str) -> str:
    # BytesParser keeps raw 8-bit header bytes as surrogates; most such mail is UTF-8.
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        raw = value.encode("ascii", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _unfold(value: str) -> str:
    return value.replace("\r\n", "").replace("\n", "").replace("\r", "")


def _headers(msg: EmailMessage) -> dict[str, str]:
    """First value of each header, lower-cased names, unfolded; never builds header objects."""
    result: dict[str, str] = {}
    try:
        for name, value in msg.raw_items():
            key = str(name).strip().lower()
            if key not in result:
                result[key] = _unfold(_as_text(str(value)))
    except Exception:  # noqa: BLE001 - a header we cannot even iterate is a defect, not a crash
        pass
    return result


# An RFC 2047 encoded word: =?charset[*lang]?B|Q?text?=
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
# Whitespace between two adjacent encoded words is not part of the text (RFC 2047 section 6.2).
_ENCODED_GAP = re.compile(r"(?<=\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)")
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")


def _decode(value: str, defects: list[str]) -> str:
    """RFC 2047 encoded words -> text, each word on its own.

    Lenient on purpose: a broken byte becomes U+FFFD and an undecodable word stays as written, so one
    bad word neither loses the rest of the header nor leaves lone surrogates that crash serialisation
    later (make_header() rejects the whole header on the first bad byte).
    """
    if "=?" not in value:
        return value
    return _ENCODED_WORD.sub(lambda m: _decode_word(m, defects), _ENCODED_GAP.sub("", value))


def _decode_word(m: re.Match, defects: list[str]) -> str:
    charset, kind, text = m.groups()
    try:
        if kind in "qQ":
            data = _QP_BYTE.sub(lambda h: bytes([int(h.group(1), 16)]), text.replace("_", " ").encode("ascii"))
        else:
            data = base64.b64decode(text.encode("ascii") + b"=" * (-len(text) % 4))
    except (ValueError, binascii.Error):  # non-ASCII in the word, bad base64
        defects.append("undecodable encoded-word in header")
        return m.group()
    try:
        return data.decode(charset, "replace")
    except (LookupError, ValueError):  # unknown charset, or a codec that is not a text encoding
        defects.append(f"unknown charset {_one_line(charset, 40)!r} in header")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # as for bodies: most unlabelled 8-bit mail is latin-1


# C0/C1 controls and Unicode line separators all become spaces: str.splitlines() splits on U+2028 too.
_CONTROL = {c: " " for c in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029]}


def _one_line(value: str, limit: int = MAX_ID_LEN) -> str:
    return " ".join(value.translate(_CONTROL).split())[:limit]


# Encoded words, quoted strings and comments are hidden while addresses are found: a decoded "<",
# ":" or "," must not change where the address is ("=?utf-8?q?x:_evil@x.com?= <f@x>" is group
# syntax to parseaddr once decoded, and gave the reply to "_evil@x.com?=").
_HIDDEN = re.compile(r'=\?[^?\s]+\?[^?\s]+\?[^?\s]*\?=|"(?:[^"\\]|\\.)*"?|\([^()]*\)')
_HIDDEN_TOKEN = re.compile("\ue000(\\d+)\ue001")
_ANGLE_ADDR = re.compile(r"<([^<>]*)>")


def _hide(value: str) -> tuple[str, list[str]]:
    hidden: list[str] = []

    def token(m: re.Match) -> str:
        text = m.group()
        comment = text.startswith("(")  # stays a comment for parseaddr, with its inside hidden
        hidden.append(text[1:-1] if comment else text)
        mark = f"\ue000{len(hidden) - 1}\ue001"
        return f"({mark})" if comment else mark

    return _HIDDEN.sub(token, value), hidden


def _unhide(text: str, hidden: list[str]) -> str:
    return _HIDDEN_TOKEN.sub(lambda m: hidden[int(m.group(1))], text)


def _from(value: str | None, defects: list[str]) -> tuple[str, str]:
    """(decoded display name, address) of a From header.

    The address is taken from the raw header *before* anything is decoded, from the first <...>
    outside quotes, comments and encoded words; so an unquoted 'Smith, John <john@x.com>' is
    John's address, not 'Smith'.
    """
    if not value:
        defects.append("no From header")
        return "", ""
    masked, hidden = _hide(value)
    angle = _ANGLE_ADDR.search(masked)
    if angle:
        address = _unhide(angle.group(1), hidden).strip()
        name = _unhide(masked[: angle.start()], hidden).strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = re.sub(r"\\(.)", r"\1", name[1:-1])
    else:
        try:
            name, address = parseaddr(masked)
        except Exception:  # noqa: BLE001
            defects.append("unparseable From header")
            return "", ""
        name, address = _unhide(name, hidden), _unhide(address, hidden)
    address = address.rpartition(":")[2] if address.startswith("@") else address  # obsolete route "<@a:b@c>"
    if not address and not name:
        defects.append("unparseable From header")
    name = _one_line(_decode(name, defects)).strip("'\" ")
    return name, _one_line(address)


def _addresses(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    masked, hidden = _hide(value)
    try:
        pairs = getaddresses([masked])
    except Exception:  # noqa: BLE001
        return ()
    return tuple(addr for addr in (_one_line(_unhide(a, hidden)) for _, a in pairs) if "@" in addr)


def _first_address(value: str | None) -> str | None:
    found = _addresses(value)
    return found[0] if found else None


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})*")


def usable_address(value: str | None) -> str | None:
    """`value` if a reply can be addressed to it, else None.

    Deliberately narrower than RFC 5322: ASCII dot-atoms only (a non-ASCII address needs SMTPUTF8,
    which a Drafts folder may not take), no quoted local parts, no trailing or doubled dots (the
    email package raises HeaderParseError on those), and no "=?" (an encoded word inside an address
    is decoded again by the email package when the header is written).
    """
    v = (value or "").strip()
    if len(v) > 254 or "=?" in v or not _ADDR_SPEC.fullmatch(v):
        return None
    return v


def _date(value: str | None, defects: list[str]) -> datetime | None:
    if not value:
        defects.append("no Date header")
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except Exception:  # noqa: BLE001 - ValueError, TypeError, IndexError depending on the garbage
        parsed = None
    if parsed is None:
        defects.append("unparseable Date header")
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


# Printable ASCII only: a non-ASCII id cannot be written into In-Reply-To without becoming an encoded
# word (which breaks threading and the daemon's marker search), and "=?" inside an id is an encoded
# word the email package decodes when the id is written into a reply, CR/LF included (audit 2).
_ID_TOKEN = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]+>")


def _safe_id(token: str) -> bool:
    return len(token) <= MAX_ID_LEN and "=?" not in token


def _msg_id(value: str | None, name: str, defects: list[str]) -> str | None:
    if not value:
        return None
    cleaned = "".join(value.split())
    match = _ID_TOKEN.search(cleaned)
    token = match.group() if match else (f"<{cleaned}>" if "@" in cleaned and "<" not in cleaned else None)
    if token is None or not _ID_TOKEN.fullmatch(token) or not _safe_id(token):
        defects.append(f"invalid {name} header")
        return None
    return token


def _msg_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(t for t in _ID_TOKEN.findall(value) if _safe_id(t))


# ---------------------------------------------------------------- automated mail

_NO_REPLY_LOCALS = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|notifications?|bounces?|"
    r"auto[-_.]?reply|autoresponder|alerts?)(?:[-+._].*)?$",
    re.IGNORECASE,
)
_OUT_OF_OFFICE = re.compile(
    r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponse|autosvar|automatisk svar|"
    r"fraværende|ikke på kontoret|poissa|automaattinen vastaus|lomalla|abwesenheitsnotiz|"
    r"automatische antwort|abwesend|undeliverable|delivery status notification|mail delivery failed|"
    r"returned mail",
    re.IGNORECASE,
)


def _automated(headers: dict[str, str], sender: str, subject: str) -> tuple[bool, str]:
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return True, f"Auto-Submitted: {_one_line(auto, 40)}"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return True, f"Precedence: {precedence}"
    for name in ("list-id", "list-unsubscribe", "x-autoreply", "x-autorespond", "x-autogenerated"):
        if name in headers:
            return True, f"{name.title()} header present"
    local = sender.rpartition("@")[0]
    if local and _NO_REPLY_LOCALS.match(local):
        return True, f"sent from a no-reply address ({_one_line(sender, 80)})"
    hit = _OUT_OF_OFFICE.search(subject)
    if hit:
        return True, f"out-of-office subject ({hit.group()})"
    return False, ""


def _is_personal_auto_reply(reason: str) -> bool:
    """An out-of-office reply still comes from a person; a newsletter or a no-reply robot has no first name."""
    low = reason.lower()
    return "auto-replied" in low or "auto_reply" in low or "autoreply" in low or "autorespond" in low or "out-of-office" in low


# ---------------------------------------------------------------- body


def _defect_names(msg: EmailMessage) -> list[str]:
    names = []
    for part in _parts(msg):
        for defect in getattr(part, "defects", ()) or ():
            names.append(type(defect).__name__)
    return names


def _parts(msg: EmailMessage):
    """Every MIME part, depth first, without recursion, capped at MAX_PARTS."""
    stack = [msg]
    seen = 0
    while stack and seen < MAX_PARTS:
        part = stack.pop()
        seen += 1
        yield part
        # Attached emails (message/rfc822) are forwarded history, not what the sender wrote.
        payload = part.get_payload() if part.is_multipart() and part.get_content_maintype() != "message" else None
        if isinstance(payload, list):
            stack.extend(reversed(payload))


def _body(msg: EmailMessage, defects: list[str]) -> str:
    plain = html = None
    for part in _parts(msg):
        if part.is_multipart():
            continue
        ctype = _content_type(part)
        if _is_attachment(part):
            continue
        # A multipart without a usable boundary arrives as one text part: read it as plain text.
        if ctype in ("text/plain", "text") or ctype.startswith("multipart/"):
            if plain is None:
                text = _text(part, defects)
                if text.strip():
                    plain = text
        elif ctype == "text/html" and html is None:
            html = _text(part, defects, limit=MAX_HTML_CHARS)
        if plain is not None:
            break
    if plain is not None:
        text = plain
    elif html is not None:
        text = html_to_text(html)
    else:
        defects.append("no text body")
        return ""
    if _mostly_binary(text):
        # Random bytes read as text fire every shouting and punctuation signal there is.
        defects.append("body is binary data, not text")
        return ""
    if len(text) > MAX_BODY_CHARS:
        defects.append(f"body truncated to {MAX_BODY_CHARS} characters")
        text = text[:MAX_BODY_CHARS]
    return text


# Headers that make bytes an email; a line that merely looks like "x: y" does not.
_MAIL_HEADERS = frozenset(
    "from to cc subject date message-id reply-to sender received return-path mime-version content-type "
    "in-reply-to references".split()
)
_BINARY_SAMPLE = 8192
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _mostly_binary(text: str) -> bool:
    """Text that is more than 10% control characters, C1 codes or U+FFFD: what undecodable bytes
    become. Real mail, even in the wrong charset, stays far below (a few smart quotes at most)."""
    sample = text[:_BINARY_SAMPLE]
    return bool(sample) and len(_NOT_TEXT.findall(sample)) > len(sample) // 10


def _content_type(part: EmailMessage) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def _is_attachment(part: EmailMessage) -> bool:
    disposition = str(part.get("content-disposition", "")).strip().lower()
    return disposition.startswith("attachment")


def _text(part: EmailMessage, defects: list[str], limit: int = MAX_BODY_CHARS) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        payload = None
        defects.append("undecodable body")
    if payload is None:
        return ""
    if isinstance(payload, str):
        payload = payload.encode("utf-8", "surrogateescape")
    payload = payload[: limit * 4]  # at most four bytes per character: never decode megabytes we will drop
    try:
        charset = part.get_content_charset() or ""
    except Exception:  # noqa: BLE001
        charset = ""
    if charset:
        try:
            return payload.decode(charset, "replace")
        except (LookupError, ValueError):
            defects.append(f"unknown charset {_one_line(charset, 40)!r}")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("latin-1")


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre"})
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
# Containers whose content is quoted history in Gmail, Yahoo, Thunderbird and Outlook on the web.
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote")


class _HtmlText(HTMLParser):
    """HTML -> plain text; quoted containers come out as "> " lines so quotes.py can treat them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open tags and whether each one opened a quote
        self.quote_depth = 0
        self.skip_depth = 0
        self.at_line_start = True

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "br":
            self.out.append("\n")  # <br><br> is a deliberate blank line
            self.at_line_start = True
        elif tag in _BLOCK_TAGS:
            self._newline(blank=tag in _PARAGRAPH_TAGS)
        if tag == "hr":
            self._write("________________________________")
            self._newline()
        if tag in ("br", "hr", "img", "meta", "link", "input", "wbr"):  # void: never closed
            return
        classes = ""
        for name, value in attrs:
            if name == "class" and value:
                classes = value
        quoting = tag == "blockquote" or (tag == "div" and any(c in classes for c in _QUOTE_CLASSES))
        # gmail_attr ("On ... wrote:") sits inside gmail_quote but must stay visible as the attribution.
        if "gmail_attr" in classes:
            quoting = False
        self.stack.append((tag, quoting))
        if quoting:
            self.quote_depth += 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            self._newline(blank=tag in _PARAGRAPH_TAGS)
        # Pop to the matching tag; unclosed children go with it (HTML in mail is rarely well-formed).
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 50), -1):
            if self.stack[i][0] == tag:
                for _, quoting in self.stack[i:]:
                    if quoting:
                        self.quote_depth -= 1
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip_depth:
            return
        data = data.replace("\xa0", " ")
        text = " ".join(data.split())
        if not text:
            if data and not self.at_line_start:
                self.out.append(" ")
            return
        if data[:1].isspace() and not self.at_line_start:
            text = " " + text
        if data[-1:].isspace():
            text += " "
        self._write(text)

    def _write(self, text: str) -> None:
        if self.at_line_start:
            text = text.lstrip()
            if self.quote_depth:
                text = "> " * min(self.quote_depth, 5) + text
        self.out.append(text)
        self.at_line_start = False

    def _newline(self, blank: bool = False) -> None:
        # Nested blocks (<div><p>...) must not pile up empty lines; paragraphs get one blank line.
        if not self.at_line_start:
            self.out.append("\n")
        if blank and self.out and not (len(self.out) > 1 and self.out[-1] == "\n" and self.out[-2] == "\n"):
            self.out.append("\n")
        self.at_line_start = True


_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: no scripts/styles, blocks on their own lines, entities decoded."""
    parser = _HtmlText()
    try:
        parser.feed(html[:MAX_HTML_CHARS])
        parser.close()
    except Exception:  # noqa: BLE001 - keep whatever was read before the parser choked
        pass
    text = "".join(parser.out)
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- first name

_TITLES = frozenset(
    "dr mr mrs ms miss mx prof professor sir dame madam mme mlle herr frau fräulein hr fru frk fr hrr "
    "rev revd sr ing dipl dipl-ing mag dott ir med rer nat".split()
)
_NAME_LIKE_TITLES = frozenset("ing mag med nat rer ir dott sr dipl".split())
_AND_WORDS = frozenset("and & + og und ja och et".split())
_CREDENTIALS = frozenset("phd md jr sr esq mba cpa ii iii iv msc bsc dds rn cfa pmp".split())
_COMPANY_WORDS = frozenset(
    """inc llc ltd limited gmbh ag kg ohg ug mbh e.v a/s aps i/s ivs oy oyj ky tmi ry ab as asa plc corp
    corporation co company group team support billing info sales noreply no-reply donotreply do-not-reply
    notification notifications service services office accounts accounting admin administrator helpdesk
    hr newsletter marketing customer customers care bookings booking reservations orders shop store invoices
    invoice invoicing payments payment finance mailer daemon postmaster system systems robot bot automated
    reminder reminders calendar security webmaster receipts jobs careers contact enquiries inquiries feedback
    alerts updates news hello desk department dept auto solutions digital agency studio media consulting design
    partners associates holdings trading foundation institute university school clinic hotel restaurant
    kundeservice kundservice kundendienst asiakaspalvelu laskutus faktura regnskab rechnung buchhaltung
    kontakt tuki myynti salg vertrieb post mail email the kontor kontoret toimisto büro sekretariat sekretariatet
    reception receptionen vastaanotto empfang procurement purchasing operations payroll legal frontdesk
    taloushallinto talous kirjanpito hallinto reskontra ostoreskontra tilaukset varaukset markkinointi
    bogholderi bogholderiet økonomi økonomiafdelingen administration administrationen salgsafdelingen
    verwaltung einkauf geschäftsleitung geschäftsführung personalabteilung kundenservice auftragsannahme
    management vendor vendors indkøb hankinnat hankinta betrieb microsoft google outlook apple stripe paypal
    mailchimp hubspot slack zoom shopify wordpress github linkedin facebook""".split()
)
_NAME_SEPARATORS = re.compile(r"\s+(?:[|/–—-]|via|at|from|@)\s+", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$")


def first_name(display_name: str, address: str = "") -> str | None:
    """The given name to greet someone by, or None when the From name is a company, role or address.

    Header-based on purpose: guessing from a signature or the address ("ops@...") greets wrongly.
    """
    name = _PARENS.sub(" ", display_name or "").strip().strip("'\"")
    if not name or "@" in name and " " not in name.strip():
        return None
    name = _NAME_SEPARATORS.split(name, maxsplit=1)[0]
    words = [w for w in name.replace(",", " , ").split() if "@" not in w]
    parts = [p.split() for p in " ".join(words).split(",")]
    head = parts[0]
    if any(_is_company_word(w) for w in head) or (len(head) > 1 and _BUSINESS_SUFFIX_RX.match(head[0])):
        return None
    if any(w.lower().strip(".,") in _BUSINESS_NOUNS for w in head[1:]):  # "Vestjysk Møbler"
        return None
    # "Jukka Virtanen, Virtanen Oy": a company after the comma, not a "Last, First" name.
    parts = parts[:1] + [p for p in parts[1:] if not any(_is_company_word(w) for w in p)]
    parts = [p for p in parts if p and not (len(p) == 1 and p[0].strip(".").lower() in _CREDENTIALS)]
    if not parts:
        return None
    # "Smith, John" lists the family name first.
    tokens = parts[1] + parts[0] if len(parts) >= 2 else parts[0]
    # "Mr. and Mrs. Smith", "John & Jane Smith": greeting one of a couple is worse than a neutral hello.
    if any(t.lower() in _AND_WORDS for t in tokens):
        return None
    titled = False
    while len(tokens) > 1 and _is_title(tokens[0]):
        tokens = tokens[1:]
        titled = True
    tokens = [t.strip(".;:'\"!") if not _is_initial(t) else t for t in tokens]
    tokens = [t for t in tokens if t]
    # "Dr. Smith", "Herr Müller": a title before a lone name means that name is the family name.
    if titled and len(tokens) == 1:
        return None
    while len(tokens) > 2 and _is_initial(tokens[0]):
        tokens.pop(0)
    if (len(parts) == 1 and len(tokens) == 2 and _FI_SURNAME_RX.match(tokens[0])
            and not _FI_SURNAME_RX.match(tokens[1]) and _NAME_TOKEN.match(tokens[1])):
        tokens = tokens[::-1]
    if not tokens or _is_initial(tokens[0]) or not _NAME_TOKEN.match(tokens[0]):
        return None
    given = tokens[0].rstrip(".")
    if len(tokens) == 1 and _is_company_domain(given, address):
        return None
    if given.isupper() or given.islower():
        given = "-".join(_capitalize(piece) for piece in given.split("-"))
    return given


def _is_title(token: str) -> bool:
    """"Dr.", "Prof", "Herr", and compounds of them: "Dipl.-Ing.", "Dr.med.", "Dr.-Ing."."""
    low = token.lower().strip(";:'\"!")
    pieces = [p for p in re.split(r"[.-]", low) if p]
    if not pieces or not all(p in _TITLES for p in pieces):
        return False
    # "Nat", "Ing", "Mag" are given names too: alone they are titles only when abbreviated ("med.").
    return len(pieces) > 1 or low.endswith(".") or pieces[0] not in _NAME_LIKE_TITLES


# Compound business names end in what the business is: "Hiusstudio Mira", "Weingut Schneider",
# "Autohaus Berg", "Blomsterbutik Lise".  No given name ends like this.
_BUSINESS_SUFFIX_RX = re.compile(
    r".{2,}(?:studio|design|media|consult|service|palvelu|palvelut|kauppa|liike|toimisto|klinikka|haus|gut|hof|"
    r"salon|klinik|praxis|kanzlei|werk|markt|zentrum|center|centre|huset|butik|bageri|bäckerei|rakennus|"
    r"tekniikka|technik|gruppe|gruppen|partner|partners|bau|byg|betrieb|möbel|møbler|kaluste)$",
    re.IGNORECASE,
)
# Trade nouns that follow a place or family name in a shop's name; not surnames.
_BUSINESS_NOUNS = frozenset("møbler möbel kalusteet bageri bäckerei butik studio design media".split())
# Finnish directories write the surname first without a comma ("Nurmi Katja", "Virtanen Matti").
# Finnish surnames have endings no given name has: the second word is then the given name.
_FI_SURNAME_RX = re.compile(
    r".*(?:nen|mäki|niemi|salo|koski|lahti|järvi|aho|oja|vaara|vuori|nurmi|kangas|luoto|virta|lehto|harju|laakso|"
    r"kivi|mäki|ranta|saari|pelto|linna|maa|metsä|suo|joki|korpi|rinne|heikkilä|kallio|hovi)$",
    re.IGNORECASE,
)


def _is_company_word(word: str) -> bool:
    low = word.strip(".,;:'\"!").lower()
    if low == "hr" and word.endswith("."):  # "Hr. Jensen" is the Danish "Mr.", "HR" the department
        return False
    return low in _COMPANY_WORDS


def _is_initial(token: str) -> bool:
    letters = token.rstrip(".")
    return len(letters) <= 1 or (len(letters) == 2 and letters.isupper() and token.endswith("."))


def _capitalize(piece: str) -> str:
    # O'NEIL -> O'Neil, but D'ARCY -> D'Arcy as well: capitalise after an apostrophe too.
    head, sep, tail = piece.partition("'")
    return head[:1].upper() + head[1:].lower() + (sep + tail[:1].upper() + tail[1:].lower() if sep else "")


def _is_company_domain(name: str, address: str) -> bool:
    """A one-word name that is the sender's domain ("HostCo" <billing@hostco.example>) is a brand."""
    local, _, domain = address.lower().rpartition("@")
    label = domain.split(".")[0] if domain else ""
    return bool(label) and name.lower() == label and local != label
