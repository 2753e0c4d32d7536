"""Message + Analysis + identity -> a calm reply draft (an `EmailMessage`), threaded under the original.

Owns the Jinja environment. Email content only ever reaches a template as
*data* (context variables), never as template source, and the environment is
sandboxed with StrictUndefined so a typo in a user template is an error, not
a silently empty sentence.

Header values from the email never reach the draft as they came (pitfalls.md,
"Header injection", and audit 2). The email package decodes RFC 2047 encoded
words in *every* value assigned to a header, plain `str` included, so a value
that was already decoded once (a double-encoded Subject or display name), or an
encoded word inside a Message-ID, would be decoded a second time and its CR/LF
written out as a real `Bcc:` line. Hence, for every value taken from the email:

* text (Subject, display names) goes through `header_text()`: control
  characters and line separators become spaces, lone surrogates become U+FFFD,
  and every "=?" is broken up, so nothing in it can be decoded again;
* ids are accepted only as printable ASCII `<...>` without "=?" (`valid_msgid`);
* addresses only as plain ASCII dot-atoms (`message.usable_address`);
* and, last, the serialized draft is parsed back and must carry exactly the
  headers that were set, each on one line, or drafting fails (`DraftError`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

from .errors import DraftError, TemplateError
from .templates_lib import LANGUAGES, TemplateInfo, find_template, list_templates, load_source, make_loader  # noqa: F401

SUBJECT_MAX = 200
NAME_MAX = 80
FIRST_NAME_MAX = 40
MAX_REFERENCES = 20  # RFC 5322 3.6.4 allows trimming; keep the thread root and the most recent
QUOTE_MAX = 4000
TOPIC_MAX_WORDS = 10
TOPIC_MAX_CHARS = 80
ID_DOMAIN = "reply-coach.invalid"
UNSIGNED = "[Your name]"  # the signature when REPLY_COACH_NAME and REPLY_COACH_SIGNATURE are unset

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Reply prefixes in the languages we meet: Re, RE, Re[2], Re(2), AW (de), SV (da/sv/no), VS (fi), Antw (nl).
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Printable ASCII without <>"\ (and, checked apart, without "=?"): see the module docstring.
_MSGID = re.compile(r'<[\x21\x23-\x3b\x3d\x3f-\x5b\x5d-\x7e]{1,250}>')
HEADER_LINE_MAX = 998  # RFC 5322 2.1.1
_CAPS_WORD = re.compile(r"\b[A-ZÆØÅÄÖÜ]{5,}\b")
_NUM = r"\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = re.compile(
    rf"(?:[$€£]\s?|\b(?:USD|EUR|GBP|DKK|SEK|NOK|CHF)\s?)(?:{_NUM})"
    rf"|(?<![\d.,])(?:{_NUM})\s?(?:€|£|kr\b\.?|(?:DKK|EUR|USD|GBP|SEK|NOK|CHF)\b"
    r"|(?i:euro(?:s|a|n)?|kroner|kronor|dollars?)\b)"
)


WORDS_MIN, WORDS_MAX = 50, 150  # scenarios.md: "roughly 50 to 150 words of body before the signature"


@dataclass(frozen=True)
class Review:
    """The draft as the project's own detector reads it (scenarios.md: every draft comes out calm)."""

    calm: bool
    heat: float
    words: int  # before the signature
    warnings: tuple[str, ...] = ()  # one line each, for stderr and logs

    def to_dict(self) -> dict:
        return {"calm": self.calm, "heat": round(self.heat, 4), "words": self.words, "warnings": list(self.warnings)}


@dataclass(frozen=True)
class Draft:
    template: str
    text: str  # the reply as written: greeting .. signature
    body: str  # what the email carries: the reply, then the original quoted
    message: EmailMessage = field(repr=False, compare=False)
    message_id: str  # "<rc-...@reply-coach.invalid>", the same for the same original and template
    source_message_id: str  # the original's Message-ID (or a stand-in); also in X-Reply-Coach-Source

    raw: bytes = field(default=b"", repr=False, compare=False)  # the checked serialization
    review: Review | None = None  # calm? how long? with warnings when a template misbehaves
    language: str = "en"  # the language the reply is written in

    @property
    def email(self) -> EmailMessage:
        return self.message

    def as_bytes(self) -> bytes:
        """RFC 5322 bytes with CRLF line ends, ready for IMAP APPEND: the bytes that were checked
        to carry exactly the draft's own headers (see `_checked_bytes`)."""
        return self.raw or _checked_bytes(self.message)


@dataclass(frozen=True)
class Preview:
    info: TemplateInfo
    source: str
    rendered: str  # the template rendered for a sample client
    review: Review | None = None  # how that sample reads


# ---------------------------------------------------------------- small, pure helpers


def wire_policy():
    """SMTP policy (CRLF) that folds only at 998 characters: at the default 78, a long
    Message-ID in References is turned into an RFC 2047 encoded word, and threading breaks."""
    import email.policy

    return email.policy.SMTP.clone(max_line_length=998)


def one_line(value: object, cap: int) -> str:
    """A single line: control characters (CR, LF, NUL, C1, U+2028...) become spaces."""
    text = " ".join(_CONTROL.sub(" ", str(value or "")).split())
    return text[:cap].rstrip()


def header_text(value: object, cap: int) -> str:
    """Text from the email made safe to put in a header of the draft: one line, no lone
    surrogates, and no "=?" left that the email package (or a mail client) could decode again."""
    text = _SURROGATE.sub("\ufffd", one_line(value, cap))
    while "=?" in text:
        text = text.replace("=?", "= ?")
    return text[:cap].rstrip()


def base_subject(subject: str) -> str:
    """The subject without any reply prefixes ("Re: AW: Re[2]: x" -> "x")."""
    return _REPLY_PREFIX.sub("", one_line(subject, SUBJECT_MAX * 2)).strip()


def reply_subject(subject: str) -> str:
    return header_text("Re: " + base_subject(subject), SUBJECT_MAX)


def topic_of(subject: str) -> str:
    """The subject as the draft may echo it: short, no shouting, no "!!!"; "" when unsuitable."""
    t = base_subject(subject)
    t = _CAPS_WORD.sub(lambda m: m.group(0).lower(), t)
    t = re.sub(r"([!?])[!?]+", r"\1", t).replace('"', "'")
    t = t.strip().rstrip("!?.:;, ").strip()
    if not t or len(t) > TOPIC_MAX_CHARS or len(t.split()) > TOPIC_MAX_WORDS:
        return ""
    return t


def find_amount(text: str) -> str:
    """The first sum of money the client named ("$4,800", "12.000 kr"), or ""."""
    m = _AMOUNT.search(text or "")
    return one_line(m.group(0).replace("\u00a0", " "), 40) if m else ""


# Dates and greetings in the draft's language, independent of the machine's locale.
_DAYS_L10N = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    # Finnish: the essive ("on Friday"), which is how a date stands in a sentence.
    "fi": ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina"),
}
_MONTHS_L10N = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
}
_GREETINGS = {"en": ("Hi {},", "Hello,"), "da": ("Hej {},", "Hej,"), "de": ("Hallo {},", "Guten Tag,"),
              "fi": ("Hei {},", "Hei,")}
_SHORT_DAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
               "da": ("man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."),
               "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
               "fi": ("ma", "ti", "ke", "to", "pe", "la", "su")}


def deadline_text(d: date | None, lang: str = "en") -> str:
    """'Friday, November 27' / 'fredag den 27. november' / 'Freitag, 27. November' / 'perjantaina 27.11.'."""
    if d is None:
        return ""
    if lang == "da":
        return f"{_DAYS_L10N['da'][d.weekday()]} den {d.day}. {_MONTHS_L10N['da'][d.month - 1]}"
    if lang == "de":
        return f"{_DAYS_L10N['de'][d.weekday()]}, {d.day}. {_MONTHS_L10N['de'][d.month - 1]}"
    if lang == "fi":
        return f"{_DAYS_L10N['fi'][d.weekday()]} {d.day}.{d.month}."
    return f"{_DAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}"


def greeting_name(first_name: str | None) -> str | None:
    name = one_line(first_name or "", FIRST_NAME_MAX)
    if not name or "@" in name or not any(c.isalpha() for c in name):
        return None
    if name.isupper() and len(name) > 1:
        name = name.capitalize()  # "GARY" -> "Gary": a draft never shouts
    return name


def greeting_for(first_name: str | None, lang: str = "en") -> str:
    name = greeting_name(first_name)
    with_name, without = _GREETINGS.get(lang, _GREETINGS["en"])
    return with_name.format(name) if name else without


def valid_msgid(value: str | None) -> str | None:
    v = one_line(value or "", 260)
    return v if _MSGID.fullmatch(v) and "=?" not in v else None


def _references(message) -> tuple[str, ...]:
    tokens = [valid_msgid(r) for r in tuple(message.references or ())]
    tokens.append(valid_msgid(message.message_id))
    refs = tuple(dict.fromkeys(t for t in tokens if t))
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1):]
    return refs


def _hash(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def source_id(message) -> str:
    """The original's Message-ID, or a stable stand-in when it has none (or a broken one)."""
    mid = valid_msgid(message.message_id)
    if mid:
        return mid
    when = message.date.isoformat() if message.date else ""
    return f"<rc-src-{_hash(message.sender or '', message.subject or '', when)}@{ID_DOMAIN}>"


def draft_message_id(message, template: str) -> str:
    return f"<rc-{_hash(source_id(message), template)}@{ID_DOMAIN}>"


def _address(name: str, addr: str):
    """An Address for a header of the draft, or None when `addr` cannot be written safely."""
    from email.headerregistry import Address

    from .message import usable_address

    addr = usable_address(one_line(addr, 254))
    if not addr:
        return None
    for display in (header_text(name, NAME_MAX), ""):
        try:
            a = Address(display_name=display, addr_spec=addr)
        except Exception:  # noqa: BLE001 - ValueError, HeaderParseError...: try without the name
            continue
        if a.username and a.domain:
            return a
    return None


def _attribution(message, who: str, lang: str) -> str:
    """The line above the quoted original, as the client's own mail program would write it."""
    d = message.date
    if d is None:
        return {"da": f"{who} skrev:", "de": f"{who} schrieb:", "fi": f"{who} kirjoitti:"}.get(lang, f"{who} wrote:")
    day = _SHORT_DAYS.get(lang, _SHORT_DAYS["en"])[d.weekday()]
    if lang == "da":
        return f"Den {day} {d.day}. {_MONTHS_L10N['da'][d.month - 1][:3]}. {d.year} kl. {d:%H.%M} skrev {who}:"
    if lang == "de":
        return f"Am {day}, {d.day}. {_MONTHS_L10N['de'][d.month - 1][:3]}. {d.year} um {d:%H:%M} schrieb {who}:"
    if lang == "fi":
        return f"{day} {d.day}.{d.month}.{d.year} klo {d.hour}.{d:%M} {who} kirjoitti:"
    return f"On {day}, {d.day} {_MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}, {who} wrote:"


def _quote(message, lang: str = "en") -> str:
    original = (message.new_text or "").strip("\n")
    if (message.quoted_text or "").strip():
        original += "\n\n" + message.quoted_text.strip("\n")
    original = original.replace("\r\n", "\n").replace("\r", "\n")
    original = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", original)
    if len(original) > QUOTE_MAX:
        original = original[:QUOTE_MAX].rsplit("\n", 1)[0] + "\n[...]"
    who = one_line(message.display_name, NAME_MAX) or one_line(message.sender, 254) or "You"
    head = _attribution(message, who, lang)
    lines = ["> " + line if line.strip() else ">" for line in original.split("\n")]
    return head + "\n" + "\n".join(lines) + "\n"


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


# ---------------------------------------------------------------- templates


@lru_cache(maxsize=8)
def _environment(templates_dir: str | None):
    # Built on first use: jinja2 is not imported for `reply-coach --help`.
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=make_loader(Path(templates_dir) if templates_dir else None),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail, not HTML
        keep_trailing_newline=True,
        # No trim_blocks: it would eat the paragraph break after a line ending in
        # `{% endif %}`. Blank lines left by block tags are collapsed by _tidy().
        lstrip_blocks=True,
    )


def environment(settings):
    d = getattr(settings, "templates_dir", None)
    return _environment(str(Path(d).expanduser()) if d else None)


def build_context(message, analysis, settings, *, echo_subject: bool = True, language: str = "en") -> dict:
    """The data a template sees. Every key is always present (StrictUndefined).

    `language` is the language of the template being rendered: the greeting and the
    deadline are written in it; `lang` stays the client's language."""
    ident = settings.identity
    first = greeting_name(getattr(analysis, "first_name", None) or message.first_name)
    return {
        "first_name": first,
        "greeting": greeting_for(first, language),
        "subject": base_subject(message.subject),
        "topic": topic_of(message.subject) if echo_subject else "",
        "deadline": getattr(analysis, "deadline", None),
        "deadline_text": deadline_text(getattr(analysis, "deadline", None), language),
        "amount": find_amount(message.new_text),
        "scenario": getattr(analysis, "scenario", None),
        "lang": getattr(analysis, "lang", None) or message.lang,
        "sender_name": one_line(message.display_name, NAME_MAX),
        "user_name": ident.name,
        "user_first_name": ident.first_name,
        "company": ident.company,
        "phone": ident.phone,
        # Nothing configured: a placeholder the user cannot miss beats a reply signed by nobody.
        "signature": ident.signature_block or UNSIGNED,
    }


def _one_line_error(e: Exception) -> str:
    return one_line(getattr(e, "message", None) or str(e), 300)


def render(name: str, context: dict, settings, language: str = "en") -> str:
    """Render template `name` in `language` (English when it has no such version); every
    failure is a one-line TemplateError naming it."""
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    info = find_template(name, settings, language)  # TemplateError listing the names when unknown
    version = "" if info.language == "en" else f", {info.language} version"
    where = f"template {name!r} ({info.origin}{version})"
    try:
        text = environment(settings).get_template(info.key).render(**context)
    except TemplateSyntaxError as e:
        raise TemplateError(f"{where} has a syntax error at line {e.lineno}: {_one_line_error(e)}") from None
    except UndefinedError as e:
        known = ", ".join(sorted(context))
        raise TemplateError(f"{where} uses an unknown variable ({_one_line_error(e)}); known: {known}") from None
    except SecurityError as e:
        raise TemplateError(f"{where} tried something the sandbox forbids: {_one_line_error(e)}") from None
    except JinjaError as e:
        raise TemplateError(f"{where} failed to render: {_one_line_error(e)}") from None
    except Exception as e:  # a filter or test blew up on the data: still the template's problem
        raise TemplateError(f"{where} failed to render: {type(e).__name__}: {_one_line_error(e)}") from None
    return _tidy(text)


def _text_message(text: str):
    from .message import Message

    return Message(
        sender="", display_name="", first_name=None, reply_to=None, to=(), subject="", date=None,
        message_id=None, in_reply_to=None, references=(), new_text=text,
    )  # fmt: skip


def _verdict(text: str, settings):
    from . import heat

    try:
        return heat.analyze(_text_message(text), settings.heat_threshold)
    except NotImplementedError:  # no detector yet: nothing to object to
        return None


def review(text: str, settings, *, template: str = "", signature: str = "") -> Review:
    """How a rendered reply reads to the project's own detector, and its length before the
    signature: what scenarios.md asks of every draft, checked on every draft, since a user
    template may not have been written with it in mind."""
    v = _verdict(text, settings)
    calm, heat = (True, 0.0) if v is None else (not v.heated, v.heat)
    head = text.rsplit(signature, 1)[0] if signature and signature in text else text
    words = len(re.findall(r"\S+", head))
    where = f"template {template!r}" if template else "the template"
    warnings = []
    if not calm:
        warnings.append(f"{where} gave a draft that reads heated (heat {heat:.2f}): read it carefully before sending")
    if not WORDS_MIN <= words <= WORDS_MAX:
        warnings.append(
            f"{where} gave a draft of {words} words ({WORDS_MIN} to {WORDS_MAX} before the signature read best)"
        )
    return Review(calm=calm, heat=heat, words=words, warnings=tuple(warnings))


# Words a draft never repeats back from the subject, in any form, even when the detector is silent
# on them: an echoed "See you in court" or "Liars" reads as sarcasm (audit 2). Stems, matched at the
# start of a word; short ones that start ordinary words ("lie", "sue", "dumm") are whole words.
_NEVER_ECHO = re.compile(
    r"(?<!\w)(?:"
    # en
    r"court(?!es)|liar|lies\b|lie\b|lying|lied\b|fraud|scam|stupid|dumb\b|wtf|ffs|shame|rip-?off|ripoff"
    r"|con (?:artist|m[ae]n)|crook|cheat|thie[fv]|steal|stole|joke|worst|hopeless|complain|disgust|pathetic"
    r"|awful|terribl|horribl|shit|crap|hell\b|damn|idiot|moron|clown|amateur|incompet|useless|garbage|rubbish"
    r"|trash|sue\b|sued\b|suing|lawyer|attorney|lawsuit|legal|police|scandal|outrag|furious|angry|unacceptab"
    r"|ridiculous|nonsense|disaster|chargeback|warning|final notice|last chance"
    # da
    r"|svindl|svindel|snyd|fup\b|løgn|skam|skandal|elendig|ubrugelig|advokat|retten\b|rettens\b"
    r"|politi(?:et|anmeld\w*)?\b|tyv(?:e|es|en|ene|eri)?\b|katastrof|pinlig|latterlig|uacceptab|klage"
    # de
    r"|betrug|betrüg|lüge|lügn|abzock|schande|frechheit|unverschämt|anwalt|gericht|polizei|katastroph"
    r"|mist\b|müll|scheiß|scheiss|dumm(?:e[nrs]?)?\b|inkompetent|lächerlich|inakzeptab"
    # fi
    r"|huijau|huijar|huijas|valeh|petos|häpe|skandaal|surke|hyödytö|idioot|asianajaj|oikeuteen|oikeudessa"
    r"|poliisi|varkai\w*|varkaat|varas\b|paska|roska|naurettav|kelvoton"
    r")",
    re.IGNORECASE,
)


def _echo_is_neutral(topic: str, settings) -> bool:
    if _NEVER_ECHO.search(topic):
        return False
    v = _verdict(topic, settings)
    return v is None or not (v.heated or v.signals)


def draft_language(message, analysis, settings, template: str, wanted: str | None = None) -> str:
    """The language a draft is written in: the one asked for (argument, then DRAFT_LANGUAGE),
    with `auto` meaning the client's; English when the template has no version in it."""
    lang = (wanted or getattr(settings, "draft_language", "auto") or "auto").lower()
    if lang == "auto":
        lang = getattr(analysis, "lang", None) or getattr(message, "lang", None) or "en"
    if lang not in LANGUAGES:
        return "en"
    return find_template(template, settings, lang).language


def _reply(message, analysis, settings, template: str, language: str = "en") -> tuple[str, Review]:
    topic = topic_of(message.subject)
    echo = bool(topic) and _echo_is_neutral(topic, settings)
    while True:
        context = build_context(message, analysis, settings, echo_subject=echo, language=language)
        text = render(template, context, settings, language)
        verdict = review(text, settings, template=template, signature=context["signature"])
        if verdict.calm or not echo:
            return text, verdict
        echo = False


def reply_text(message, analysis, settings, template: str, language: str = "en") -> str:
    """The rendered reply. The client's subject is echoed only when it carries no heat
    signal of its own ("Call me. Now", "Honestly disappointed" are not repeated back) and no
    word of `_NEVER_ECHO`, and when the whole reply still reads heated it is rendered once
    more without it."""
    return _reply(message, analysis, settings, template, language)[0]


# ---------------------------------------------------------------- the draft


def _recipient(message):
    """The client's Reply-To, else From; DraftError when neither can be replied to."""
    reply_to = one_line(message.reply_to or "", 254)
    if reply_to and reply_to.lower() != one_line(message.sender, 254).lower():
        to = _address("", reply_to)
        if to is not None:
            return to
    to = _address(message.display_name, message.sender)
    if to is None:
        who = one_line(message.sender, 80) or "none"
        raise DraftError(
            f"cannot draft a reply: the email has no address to reply to (From: {who!r}"
            + (f", Reply-To: {one_line(message.reply_to, 80)!r})" if message.reply_to else ")")
        )
    return to


def _checked_bytes(msg: EmailMessage) -> bytes:
    """The draft serialized for the wire, after checking that it parses back to exactly the headers
    that were set, each on lines of its own under 998 characters, with no value that could be
    decoded into more. The last line of defence against header injection: it fails closed."""
    from email.parser import BytesHeaderParser
    from email.policy import default

    raw = msg.as_bytes(policy=wire_policy())
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    names = [line.split(b":", 1)[0].decode("ascii", "replace") for line in lines if line[:1] not in (b" ", b"\t")]
    problem = ""
    if [n.lower() for n in names] != [k.lower() for k in msg.keys()]:
        problem = f"it would carry the headers {', '.join(names)}"
    elif any(len(line) > HEADER_LINE_MAX or b"\r" in line or b"\n" in line for line in lines):
        problem = "a header line would be malformed or too long"
    else:
        back = BytesHeaderParser(policy=default).parsebytes(raw)
        for key in msg.keys():
            value = str(back[key])
            if "\r" in value or "\n" in value or "=?" in value:
                problem = f"its {key} header would not read back as written"
                break
    if problem:
        raise DraftError(f"cannot draft a safe reply to this email: {problem}")
    return raw



def draft_reply(
    message,
    analysis,
    settings,
    template: str | None = None,
    now: datetime | None = None,
    *,
    source: str | None = None,
    language: str | None = None,
) -> Draft:
    """A reply draft for `message`, threaded under it. Never sends anything.

    `source` overrides the X-Reply-Coach-Source token (by default the original's
    Message-ID, or a hash of sender, subject and date when it has none), so a
    caller with its own key for the original can find the draft by it later.
    `language` ("en", "da", "de", "fi" or "auto") overrides DRAFT_LANGUAGE.
    The draft's Message-ID does not depend on the language: one original, one draft.
    """
    from email.utils import format_datetime

    from .scenarios import template_for

    name = template or template_for(getattr(analysis, "scenario", None))
    lang = draft_language(message, analysis, settings, name, language)
    text, verdict = _reply(message, analysis, settings, name, lang)
    body = text + "\n" + _quote(message, lang)

    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.astimezone()  # a naive clock reading is local time
    src = valid_msgid(source) or source_id(message)
    mid = draft_message_id(message, name)

    msg = EmailMessage()
    ident = settings.identity
    sender = _address(ident.name, ident.email)
    if sender is None and not ident.email and message.to:
        # No address configured: the address the client wrote to is ours.
        sender = _address(ident.name, message.to[0])
    if sender is not None:
        msg["From"] = sender
    msg["To"] = _recipient(message)
    msg["Subject"] = reply_subject(message.subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = mid
    parent = valid_msgid(message.message_id)
    if parent:
        msg["In-Reply-To"] = parent
    refs = _references(message)
    if refs:
        msg["References"] = " ".join(refs)
    msg["X-Reply-Coach-Source"] = src
    msg["X-Reply-Coach-Template"] = header_text(name, 64)
    # Quoted-printable, not base64: some mail clients only edit QP drafts comfortably (pitfalls.md).
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    raw = _checked_bytes(msg)
    return Draft(
        template=name, text=text, body=body, message=msg, message_id=mid, source_message_id=src, raw=raw,
        review=verdict, language=lang,
    )


def sample_message():
    """A made-up client email, for previews of a template."""
    from .message import Message

    return Message(
        sender="alex@client.example", display_name="Alex Morgan", first_name="Alex", reply_to=None,
        to=("you@example.com",), subject="Website launch", date=datetime(2026, 11, 23, 8, 14, tzinfo=timezone.utc),
        message_id="<sample@client.example>", in_reply_to=None, references=(),
        new_text="The launch slipped again and I need it live by Friday. We paid $4,800 for this.",
    )  # fmt: skip


def render_preview(name: str, settings, language: str = "en") -> Preview:
    """Source, origin and a sample rendering of one template (`reply-coach templates NAME`)."""
    from .heat import Analysis

    source, info = load_source(name, settings, language)
    analysis = Analysis(
        heated=True, heat=0.8, scenario=(info.scenarios[0] if info.scenarios else None), signals=(),
        deadline=date(2026, 11, 27), first_name="Alex", lang=info.language,
    )  # fmt: skip
    context = build_context(sample_message(), analysis, settings, language=info.language)
    text = render(name, context, settings, info.language)
    verdict = review(text, settings, template=name, signature=context["signature"])
    return Preview(info=info, source=source, rendered=text, review=verdict)
