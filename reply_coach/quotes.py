"""Plain text of an email -> what the sender wrote now, apart from quoted history, forwards and signature.

Design note (for docs/design.md): we scan lines ourselves instead of using mail-parser-reply.
It misses Finnish ("kirjoitti:", "Lähettäjä:/Lähetetty:") and adds install weight to a daemon that
must start fast; one linear pass over the lines with per-line checks covers en/da/fi/de clients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A quoted block can only start on a line this short: keeps every per-line regex cheap on hostile input.
_MAX_MARKER_LINE = 400

# Attribution lines: "On <date>, <name> wrote:", "Den <date> skrev <name>:", "<date> <name> kirjoitti:",
# "Am <date> schrieb <name>:". The verb alone is not enough ("as my lawyer wrote:"), so we also want a
# date-ish digit, an address, a typical opener, or quoted lines right after.
_ATTRIBUTION_VERB = re.compile(
    r"\b(?:wrote|writes|skrev|skriver|kirjoitti|schrieb|schreef|escribió|a\s+écrit)\b", re.IGNORECASE
)
_ATTRIBUTION_OPENER = re.compile(r"^\s*(?:on|den|am|le|el|op|il|d\.)\s", re.IGNORECASE)

_FORWARD_PHRASES = frozenset(
    {
        "forwarded message",
        "forwarded message follows",
        "original message follows",
        "begin forwarded message",
        "videresendt meddelelse",
        "videresendt besked",
        "videresendt e-mail",
        "videresendt melding",
        "start på videresendt besked",
        "start på videresendt meddelelse",
        "välitetty viesti",
        "välitetty viesti alkaa",
        "edelleenlähetetty viesti",
        "weitergeleitete nachricht",
        "anfang der weitergeleiteten nachricht",
        "weitergeleitete e-mail",
        "vidarebefordrat meddelande",
        "doorgestuurd bericht",
    }
)
_ORIGINAL_PHRASES = frozenset(
    {
        "original message",
        "oprindelig meddelelse",
        "oprindelig besked",
        "opprinnelig melding",
        "alkuperäinen viesti",
        "ursprüngliche nachricht",
        "ursprungligt meddelande",
        "oorspronkelijk bericht",
        "reply message",
    }
)
_MARKER_STRIP = " \t-_*:=<>[]"

# Outlook-style header blocks ("From: ... Sent: ... To: ... Subject: ...") in the languages we support.
_FROM_LINE = re.compile(r"^\s*\*?(?:from|fra|von|lähettäjä|från|van|de)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:sent|date|to|cc|subject|sendt|dato|til|emne|gesendet|datum|an|betreff|kopie|"
    r"lähetetty|päivämäärä|päiväys|vastaanottaja|kopio|aihe|skickat|till|ämne|verzonden|aan|onderwerp)"
    r"\s*:",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(
    r"^\s*\*?(subject|emne|betreff|aihe|ämne|onderwerp)\s*:\*?\s*([a-z]{1,6})\s*:", re.IGNORECASE
)
# Forward prefixes per language of the header block: "VS:" forwards in Danish but replies in Finnish.
_FORWARD_PREFIXES = {"aihe": frozenset({"fw", "fwd", "vl"})}
_DEFAULT_FORWARD_PREFIXES = frozenset({"fw", "fwd", "vs", "wg", "tr", "vb", "doorst"})
_SEPARATOR = re.compile(r"^\s*(?:_{8,}|-{8,})\s*$")

# Footers that mobile and webmail clients append; everything from one to the cut is signature.
_FOOTER = re.compile(
    r"^\s*(?:"
    r"sent from (?:my |the )?\S|sent via \S|get outlook for |sent from outlook|sent from mail for windows|"
    r"sendt fra (?:min |mit )?\S|hent outlook til |"
    r"lähetetty (?:iphonesta|ipadista|android|outlookista|mobiilista|puhelimesta|\S+\s+-sovelluksesta)|"
    r"lähetetty \S+(?:sta|stä)\b|hanki outlook |"
    r"von meinem \S+ gesendet|gesendet von (?:meinem |mein )?\S|gesendet mit \S|outlook für |"
    r"skickat från (?:min )?\S|hämta outlook "
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Split:
    new_text: str
    quoted_text: str = ""
    forwarded_text: str = ""
    signature: str = ""


def split_reply(text: str) -> Split:
    """Separate the text the sender wrote now from quoted history, forwarded blocks and signature.

    One pass over the lines: find the first line where history starts (attribution, "Original
    Message", Outlook header block, forward marker); everything from there on is quoted or forwarded.
    An attribution followed by ">" lines is not such a start: it introduces a quote the sender may
    answer below (bottom-posting) or in between (interleaved), so it goes with its ">" lines and the
    unquoted lines after them stay new text. Remaining ">" lines (inline quoting) move to the quote
    too; then the signature is cut off.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut, kind, intros = _find_cut(lines)
    head, tail = lines[:cut], lines[cut:]
    quoted: list[str] = []
    forwarded: list[str] = []
    if kind == "forward":
        forwarded.extend(tail)
    elif tail:
        quoted.extend(tail)

    kept: list[str] = []
    i = 0

    def quoting(k: int) -> bool:
        return k in intros or _is_quote_line(head[k])

    while i < len(head):
        if not quoting(i):
            kept.append(head[i])
            i += 1
            continue
        j = i
        while j < len(head) and (quoting(j) or (not head[j].strip() and j + 1 < len(head) and quoting(j + 1))):
            j += 1
        block = head[i:j]
        # A forward pasted as a quote (Gmail HTML puts forwards in a quote div) is still a forward.
        first = next((ln.lstrip("> \t") for ln in block if ln.lstrip("> \t")), "")
        (forwarded if _marker_key(first) in _FORWARD_PHRASES else quoted).extend(block)
        i = j
    sig_at = _find_signature(kept)
    signature = kept[sig_at:] if sig_at is not None else []
    body = kept[:sig_at] if sig_at is not None else kept
    return Split(
        new_text=_tidy(body),
        quoted_text=_tidy(quoted),
        forwarded_text=_tidy(forwarded),
        signature=_tidy(signature),
    )


def _is_quote_line(line: str) -> bool:
    return line.lstrip(" ").startswith(">")


def _marker_key(line: str) -> str:
    return line.strip(_MARKER_STRIP).strip().lower() if len(line) < 120 else ""


def _find_cut(lines: list[str]) -> tuple[int, str | None, set[int]]:
    """Index of the first line of quoted/forwarded history and its kind, or (len(lines), None);
    and the attribution lines met before it that only introduce a ">" block (see split_reply)."""
    n = len(lines)
    intros: set[int] = set()
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to or len(line) > _MAX_MARKER_LINE or not line.strip():
            continue
        key = _marker_key(line)
        if key in _FORWARD_PHRASES:
            return i, "forward", intros
        if key in _ORIGINAL_PHRASES:
            return _include_separator(lines, i), _block_kind(lines, i + 1), intros
        if _FROM_LINE.match(line) and _is_header_block(lines, i):
            return _include_separator(lines, i), _block_kind(lines, i), intros
        width = 0
        if _is_attribution(lines, i):
            width = 1
        # Attributions wrapped over two lines: "On Mon, Nov 23, 2026 at 9:02 AM Sam <\nsam@x> wrote:"
        elif i + 1 < n and _ATTRIBUTION_OPENER.match(line) and not line.rstrip().endswith(":"):
            joined = line.rstrip() + " " + lines[i + 1].strip()
            if len(joined) <= _MAX_MARKER_LINE and _attribution_text(joined, lines, i + 2):
                width = 2
        if width:
            if not _quote_follows(lines, i + width):
                return i, "quote", intros
            intros.update(range(i, i + width))
            skip_to = i + width
    return n, None, intros


def _quote_follows(lines: list[str], i: int) -> bool:
    """Is the next non-blank line (within a few) a ">" line?"""
    nxt = next((ln for ln in lines[i : i + 3] if ln.strip()), "")
    return _is_quote_line(nxt)


def _is_attribution(lines: list[str], i: int) -> bool:
    return _attribution_text(lines[i], lines, i + 1)


def _attribution_text(text: str, lines: list[str], next_i: int) -> bool:
    stripped = text.strip()
    if not stripped.endswith(":") or not _ATTRIBUTION_VERB.search(stripped):
        return False
    if "@" in stripped or _ATTRIBUTION_OPENER.match(stripped) or any(c.isdigit() for c in stripped):
        return True
    return _quote_follows(lines, next_i)


def _is_header_block(lines: list[str], i: int) -> bool:
    """A From: line followed by at least two more mail headers within a few lines."""
    found = 0
    for line in lines[i + 1 : i + 8]:
        if _HEADER_LINE.match(line):
            found += 1
            if found >= 2:
                return True
    return False


def _block_kind(lines: list[str], i: int) -> str:
    for line in lines[i : i + 8]:
        match = _SUBJECT_PREFIX.match(line)
        if match:
            label, prefix = match.group(1).lower(), match.group(2).lower()
            return "forward" if prefix in _FORWARD_PREFIXES.get(label, _DEFAULT_FORWARD_PREFIXES) else "quote"
    return "quote"


def _include_separator(lines: list[str], i: int) -> int:
    """Outlook puts a line of underscores above its header block; it belongs to the quote."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j if j >= 0 and _SEPARATOR.match(lines[j]) else i


def _find_signature(lines: list[str]) -> int | None:
    remaining = sum(1 for ln in lines if ln.strip())  # non-empty lines from i on, kept linear
    for i, line in enumerate(lines):
        if line.strip():
            remaining -= 1
        if line.rstrip() == "--":  # RFC 3676 "-- " delimiter, often with its space eaten
            return i
        # A footer is a short line near the end: "Sent from my office PC, sorry for typos" up top is text.
        if len(line) < 80 and _FOOTER.match(line) and remaining <= 3:
            return i
    return None


def _tidy(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip("\n").strip()
