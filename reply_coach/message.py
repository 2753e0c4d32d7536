"""Raw RFC 5322 bytes -> an immutable Message (who, subject, date, ids, new text, language).

STUB: the interface below is fixed; the parser is being written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
    lang: str = "en"  # "en", "da", "fi", "de", ... or "und"
    automated: bool = False  # Auto-Submitted / Precedence bulk|list / List-Id / no-reply sender / out-of-office
    automated_reason: str = ""  # why `automated` is True, for explanations
    defects: tuple[str, ...] = field(default=())  # problems met while parsing (never raised)
    raw_size: int = 0


def parse(raw: bytes, *, strict: bool = False) -> Message:
    raise NotImplementedError
