"""Resolve the deadline a client named ("by Friday", "i morgen", "bis Ende des Monats") to a date.

Relative phrases are resolved against the email's own Date header, in the
sender's timezone: "tomorrow" in a mail sent at 23:30 in Helsinki is the
Helsinki tomorrow.  A weekday means its next occurrence on or after that
date ("by Friday" written on a Friday means today).

Only phrases with a deadline cue count.  A weekday or a date on its own is
usually a meeting or an out-of-office return ("the workshop on Thursday",
"out of the office until December 2"), so those need "by", "before", "no
later than", "inden", "senest", "mennessä", "viimeistään", "bis",
"spätestens"...  or an obligation in the same sentence ("skal være klar på
mandag", "we need it live on Thursday").  "Tomorrow" and "in 3 days" carry
their own urgency and need no cue; but a bare "tomorrow" or "next Monday" is
often news ("the fair opens tomorrow"), so a phrase with a cue anywhere in the
text wins over it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

_WEEKDAYS = {
    # en, da, fi (nominative and essive/illative stems), de
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4, "lauantai": 5, "sunnuntai": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6, "sonnabend": 5,
}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "januar": 1, "februar": 2, "marts": 3, "maj": 5, "juni": 6, "juli": 7, "oktober": 10,
    "januari": 1, "februari": 2, "mars": 3, "augusti": 8,
    "märz": 3, "mai": 5, "okt": 10, "dezember": 12, "dez": 12,
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6, "heinäkuu": 7,
    "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
}
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "a": 1, "an": 1,
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "syv": 7,
    "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "viisi": 5, "viiden": 5,
    "ein": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sieben": 7,
}
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM = r"\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))

# A cue that turns the following date/weekday into a deadline.
_CUE = (r"(?:by|before|no later than|not later than|deadline(?: is)?:?|due by|at the latest by|"
        r"inden|senest(?: på| den)?|før|"
        r"viimeistään|ennen|"
        r"bis(?: spätestens| zum| zur| Ende)?|spätestens(?: am| bis)?|vor)")
_DAYNUM = r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?"

class _LazyRx:
    """A rule's regex, compiled the first time a word could start it: thirty big alternations of
    weekday and month names cost ~10 ms at every start, and an email tries a handful."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self._args, self._rx = (pattern, flags), None

    def match(self, text: str, pos: int = 0):
        return self._compiled().match(text, pos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._compiled().finditer(text, pos, len(text) if endpos is None else endpos)

    def _compiled(self) -> "re.Pattern[str]":
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return self._rx


# Each rule: (kind, regex).  The earliest match in the text wins (but see
# _WEAK_KINDS); at one position, kinds are tried in this order, so the more
# specific phrase ("end of day tomorrow") comes before the shorter one inside it.
_RULES: list[tuple[str, "_LazyRx"]] = [
    # "by end of day tomorrow", "EOD tomorrow", "bis morgen früh": tomorrow, named as a deadline.
    ("tomorrow_cue", _LazyRx(r"(?:(?:by |before )?(?:the )?end of (?:the |business )?day,? tomorrow|(?:(?:by|before) )?(?:EOD|COB|close of business),? tomorrow|"
                                r"(?:by|before|until|till|no later than) tomorrow|"
                                r"(?:inden|senest|til) i morgen|i morgen senest|huomis\w* mennessä|viimeistään huomenna|"
                                r"(?:bis|spätestens) morgen)\b", re.I)),
    # "by COB Friday", "by 5pm on Friday", "bis 12 Uhr am Freitag": the weekday, not today.
    ("weekday_time", _LazyRx(rf"\b{_CUE}\s+(?:(?:COB|EOD|close of business|(?:the )?end of (?:the )?(?:business )?day|noon|midday|"
                                rf"(?:kl\.?\s*)?\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|Uhr)?)),?\s+"
                                rf"(?:on\s+|am\s+|på\s+|this\s+)?(?P<wd>{_WD})\w*\b", re.I)),
    # "you have until Friday": "until" alone is an out-of-office ("out until December 2"), so only after "have".
    ("until", _LazyRx(rf"\b(?:you have|you've got|you get|I'll give you|I will give you)\s+until\s+(?:this\s+)?(?P<wd>{_WD})\w*\b", re.I)),
    # "Friday at the latest", "fredag senest", "Freitag spätestens".
    ("weekday_latest", _LazyRx(rf"\b(?P<wd>{_WD})\w*,?\s+(?:at the latest|senest|spätestens|viimeistään)\b", re.I)),
    # Danish "til fredag" ("kan I nå det til fredag?"): "til" before a weekday is a deadline.
    ("weekday_til", _LazyRx(rf"\btil\s+(?:på\s+)?(?P<wd>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", re.I)),
    ("iso", _LazyRx(rf"{_CUE}\s+(?:the\s+|den\s+|dem\s+)?(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b", re.I)),
    # "before 3pm today", and an obligation due today ("needs to go out today", "skal rettes i dag").
    ("today", _LazyRx(r"(?:(?:by|before) (?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?|noon|midday|lunch(?:time)?) today|"
                         r"(?:needs? to|has to|have to|must)\b[^.!?\n]{0,50}?\b(?:today|tonight)|skal\b[^.!?\n]{0,50}?\bi dag|"
                         r"(?:pitää|täytyy)\b[^.!?\n]{0,50}?\btänään|(?:muss|müssen)\b[^.!?\n]{0,50}?\bheute|"
                         # A request to do something today ("could you sign it today?"); a demand for an
                         # answer today ("I expect an explanation today") is not a work deadline.
                         r"(?:could|can|would) you\b[^.!?\n]{0,50}?\btoday|kan (?:du|I)\b[^.!?\n]{0,50}?\bi dag|"
                         r"(?:können|könnten) Sie\b[^.!?\n]{0,50}?\bheute|(?:voisitko|voisitteko|ehtisitkö|ehtisittekö)\b[^.!?\n]{0,50}?\btänään)\b", re.I)),
    # "by then" points back at the day named just before ("the investors come Monday, ... ready by then").
    ("by_then", _LazyRx(r"\b(?:by then|before then|bis dahin|inden da|til den tid|siihen mennessä)\b", re.I)),
    ("today", _LazyRx(r"\b(?:(?:by|before) (?:the )?end of (?:the |business )?(?:day|today)|by (?:today|tonight|EOD|COB|close of business)|\bEOD\b|"
                         r"inden (?:dagens udgang|i dag|i aften)|senest i dag|"
                         r"tänään mennessä|päivän loppuun mennessä|viimeistään tänään|"
                         # "bis heute" alone means "to date" ("bis heute nicht erbracht"), not a deadline.
                         r"bis heute (?:Abend|Mittag|Nachmittag|\d{1,2}(?:[.:]\d\d)? Uhr)|heute noch|bis Feierabend|bis Dienstschluss)", re.I)),
    ("tomorrow", _LazyRx(r"(?:\btomorrow\b|\bi morgen\b|\bhuomen\w*|\bhuomis\w*|(?<!\w)(?<!guten )(?<!god )(?<!heute )(?<!am )(?<!jeden )morgen(?!\w))", re.I)),
    ("next_eow", _LazyRx(r"\b(?:(?:by|before) )?(?:the )?end of next week\b|\bEnde (?:der )?nächste[nr]? Woche\b|"
                            r"\b(?:inden|i) (?:udgangen af|slutningen af) næste uge\b|\bensi viikon loppuun (?:mennessä)?", re.I)),
    ("eow", _LazyRx(r"(?:\b(?:by |before )?(?:the )?end of (?:the |this )?week\b|\bEOW\b|"
                       r"\binden (?:udgangen af )?ugen(?:s udgang)?\b|\bi slutningen af ugen\b|"
                       r"\bviikon loppuun mennessä\b|\bbis (?:zum )?Ende der Woche\b|\bbis Wochenende\b)", re.I)),
    ("eom", _LazyRx(r"(?:\b(?:by |before )?(?:the )?end of (?:the |this )?month\b|"
                       r"\binden (?:udgangen af )?måneden(?:s udgang)?\b|\binden månedens udgang\b|"
                       r"\bkuun loppuun mennessä\b|\bkuukauden loppuun mennessä\b|\bbis (?:zum )?(?:Ende des Monats|Monatsende)\b)", re.I)),
    ("within", _LazyRx(rf"\b(?:within|in|inden for|indenfor|om|innerhalb(?: von)?|in den nächsten)\s+(?:the next\s+)?(?P<n>{_NUM})\s+"
                          r"(?P<u>hours?|days?|business days?|working days?|weeks?|timer?|dage?|døgn|uger?|Stunden|Tagen?|Wochen?|Werktagen?)\b", re.I)),
    ("within_fi", _LazyRx(rf"\b(?P<n>{_NUM})\s+(?P<u>tunnin|päivän|viikon)\s+(?:sisällä|kuluessa)\b", re.I)),
    # "viikon sisällä": a week, the number left out.
    ("within_fi", _LazyRx(r"\b(?P<u>tunnin|päivän|viikon)\s+(?:sisällä|kuluessa)\b", re.I)),
    # "in time for the launch on the 18th", "rechtzeitig zum Launch am 18.": the date named after it.
    ("in_time_for", _LazyRx(r"\b(?:in time for|rechtzeitig (?:zum|zur|für)|i tide til|ajoissa)\b[^.!?\n]{0,50}?"
                               r"\b(?:on the |am |den |the )?(?P<d>\d{1,2})(?:(?:st|nd|rd|th)(?!\w)|\.(?![\d.]))", re.I)),
    ("weekday_fi", _LazyRx(rf"\b(?P<wd>maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)hin mennessä\b", re.I)),
    ("next_weekday", _LazyRx(rf"\b(?:next|næste|ensi|nächsten|kommenden)\s+(?P<wd>{_WD})\w*\b", re.I)),
    ("weekday", _LazyRx(rf"\b{_CUE}\s+(?:this\s+|(?:på|på denne)\s+|denne\s+|(?:am|diesem|diesen|kommenden)\s+)?(?P<wd>{_WD})\w*\b", re.I)),
    ("weekday_fi2", _LazyRx(rf"\bviimeistään\s+(?P<wd>maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\w*\b", re.I)),
    # A weekday after an obligation in the same sentence ("skal være klar på mandag", "I need it live on
    # Monday"): a deadline without "by".  "Vi ses på mandag" has no obligation and stays a meeting.
    ("weekday_need", _LazyRx(rf"\b(?:need|needs|must|has to|have to|expect|forventer|skal|kræver|muss|müssen|brauche|braucht|erwarte|pitää|täytyy|odotan)\b"
                                rf"[^.!?\n]{{0,60}}?\b(?:on|på|am)\s+(?P<wd>{_WD})\w*\b", re.I)),
    ("weekday_need", _LazyRx(r"\b(?:pitää|täytyy|odotan|on oltava|kerro|kertokaa|ilmoita|ilmoittakaa|vastaa|vastatkaa|"
                                r"lähetä|lähettäkää|toimita|toimittakaa|korjaa|korjatkaa)\b[^.!?\n]{0,60}?"
                                r"\b(?P<wd>maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)na\b", re.I)),
    ("month_day", _LazyRx(rf"\b{_CUE}\s+(?:the\s+|den\s+)?(?P<mn>{_MON})\.?\s+{_DAYNUM}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)),
    ("month_day", _LazyRx(rf"\b{_CUE}\s+(?:the\s+|den\s+|dem\s+)?{_DAYNUM}\s*(?:of\s+)?(?P<mn>{_MON})\.?(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)),
    ("dm_dot", _LazyRx(rf"\b{_CUE}\s+(?:den\s+|dem\s+)?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{2,4}})?", re.I)),
    ("us_slash", _LazyRx(rf"\b{_CUE}\s+(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\b", re.I)),
    ("dom", _LazyRx(rf"\b{_CUE}\s+the\s+{_DAYNUM}(?!\s*(?:of\s+)?(?:{_MON}))(?!\w)", re.I)),
    # Without an article the day needs its ordinal mark, so "by 5 pm" stays a time of day.
    ("dom", _LazyRx(rf"\b{_CUE}\s+(?:den\s+|dem\s+)?(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)(?!\w)|\.(?![\d.]))(?!\s*(?:of\s+)?(?:{_MON}))", re.I)),
    ("dm_dot_fi", _LazyRx(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4})?\s*mennessä\b", re.I)),
    ("dom", _LazyRx(r"\b(?P<d>\d{1,2})\.\s*(?:päivään|päivä) mennessä\b", re.I)),
]


# Speed: one case-folded scan for the words a deadline phrase can start with;
# only the rules that can start with that word are tried there.
_CUE_WORDS = ("by", "before", "no later", "not later", "deadline", "due by", "at the latest", "inden", "senest", "før",
              "viimeistään", "ennen", "bis", "spätestens", "vor")
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "tomorrow": ("tomorrow",), "i morgen": ("tomorrow",), "huomen": ("tomorrow",), "huomise": ("tomorrow_cue", "tomorrow"), "morgen": ("tomorrow",),
    "end": ("tomorrow_cue", "next_eow", "today", "eow", "eom"), "eod": ("tomorrow_cue", "today"), "eow": ("eow",), "today": ("today",),
    "tonight": ("today",), "tänään": ("today",), "päivän": ("today",), "heute": ("today",), "viikon": ("eow", "within_fi"),
    "kuun": ("eom",), "kuukauden": ("eom",), "i slutningen": ("eow",),
    **{w: ("today",) for w in ("could you", "can you", "would you", "kan du", "kan i", "können sie", "könnten sie",
                                "voisitko", "voisitteko", "ehtisitkö", "ehtisittekö")},
    "need": ("today", "weekday_need"), "needs": ("today", "weekday_need"), "has to": ("today", "weekday_need"),
    "have to": ("today", "weekday_need"), "must": ("today", "weekday_need"), "skal": ("today", "weekday_need"),
    "pitää": ("today", "weekday_need"), "täytyy": ("today", "weekday_need"), "muss": ("today", "weekday_need"),
    "müssen": ("today", "weekday_need"),
    **{w: ("weekday_need",) for w in ("expect", "forventer", "kræver", "brauche", "braucht", "erwarte", "odotan", "on oltava",
                                      "kerro", "kertokaa", "ilmoita", "ilmoittakaa", "vastaa", "vastatkaa", "lähetä",
                                      "lähettäkää", "toimita", "toimittakaa", "korjaa", "korjatkaa")},
    "tunnin": ("within_fi",), "päivän": ("today", "within_fi"), "huomis": ("tomorrow_cue", "tomorrow"),
    **{w: ("in_time_for",) for w in ("in time for", "rechtzeitig", "i tide til", "ajoissa")},
    "until": ("tomorrow_cue",), "till": ("tomorrow_cue",), "til": ("tomorrow_cue", "weekday_til"),
    **{w: ("until",) for w in ("you have", "you've got", "you get", "i'll give you", "i will give you")},
    **{w: ("weekday_latest",) for w in _WEEKDAYS},
    "ende": ("next_eow",), "ensi viikon": ("next_eow",), "i morgen senest": ("tomorrow_cue",),
    "huomiseen mennessä": ("tomorrow_cue",), "cob": ("tomorrow_cue", "today"), "close of business": ("tomorrow_cue",),
    "til den tid": ("by_then",), "siihen mennessä": ("by_then",),
    "within": ("within",), "in": ("within",), "indenfor": ("within",), "om": ("within",), "innerhalb": ("within",),
    "next": ("next_weekday",), "næste": ("next_weekday",), "ensi": ("next_weekday",), "nächsten": ("next_weekday",),
    "kommenden": ("next_weekday",),
    **{w: ("weekday_fi",) for w in ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai")},
    **{w: ("within_fi",) for w in _NUMBERS if w not in ("a", "an", "en", "et", "to", "ein")},
    **{d: ("within_fi", "dm_dot_fi", "dom") for d in "0123456789"},
    **{w: tuple(kind for kind, _ in _RULES) for w in _CUE_WORDS},
}
# A bare "tomorrow" or "next Monday" is often just news ("Black Friday is tomorrow"); a phrase with a
# deadline cue later in the mail ("within 48 hours") is the deadline.  The weak ones count only alone.
_WEAK_KINDS = frozenset({"tomorrow", "next_weekday", "by_then"})
_GATE_RX = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(_TRIGGERS, key=len, reverse=True)) + ")")
_RULES_BY_KIND: dict[str, list[re.Pattern[str]]] = {}
for _kind, _rx in _RULES:
    _RULES_BY_KIND.setdefault(_kind, []).append(_rx)


def _upcoming(base: date, weekday: int, strictly_after: bool = False) -> date:
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and strictly_after:
        ahead = 7
    return base + timedelta(days=ahead)


def _number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def _year_for(base: date | None, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            y = int(year)
            if y < 100:
                y += 2000
            return date(y, month, day)
        if base is None:
            return None
        candidate = date(base.year, month, day)
        # A date already passed this year means next year's ("by January 5" in December).
        if candidate < base - timedelta(days=31):
            candidate = date(base.year + 1, month, day)
        return candidate
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], sent: datetime | None, lang: str) -> date | None:
    base = sent.date() if sent else None
    if kind == "iso":
        return _year_for(base, int(m["m"]), int(m["d"]), m["y"])
    if kind in ("month_day",):
        month = _MONTHS[m["mn"].lower()]
        return _year_for(base, month, int(m["d"]), m["y"])
    if kind in ("dm_dot", "dm_dot_fi"):
        return _year_for(base, int(m["m"]), int(m["d"]), m["y"])
    if kind == "us_slash":
        # 12/05 is December 5 in the US and May 12 elsewhere: only trust it in English.
        return _year_for(base, int(m["m"]), int(m["d"]), m["y"]) if lang == "en" else None
    if base is None:
        return None
    if kind == "today":
        return base
    if kind in ("tomorrow", "tomorrow_cue"):
        return base + timedelta(days=1)
    if kind == "eow":
        return _upcoming(base, 4) if base.weekday() <= 4 else _upcoming(base, 6)
    if kind == "eom":
        return date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
    if kind in ("within", "within_fi"):
        n = _number(m["n"]) if m.re.groupindex.get("n") else 1
        if n is None or n > 366:
            return None
        if m.re.groupindex.get("n") and m["n"].lower() in ("a", "an") and not m.group(0).lower().startswith("within"):
            return None  # "could be done in a day" is an opinion; "within a day" is a deadline
        unit = m["u"].lower()
        if unit.startswith(("hour", "time", "stund", "tunni")):
            return (sent + timedelta(hours=n)).date()
        if unit.startswith(("week", "uge", "woche", "viiko")):
            return base + timedelta(weeks=n)
        return base + timedelta(days=n)
    if kind == "next_weekday":
        return _upcoming(base, _WEEKDAYS[m["wd"].lower()], strictly_after=True)
    if kind == "next_eow":
        return _upcoming(base, 0, strictly_after=True) + timedelta(days=4)  # the Friday after next Monday
    if kind in ("weekday", "weekday_fi", "weekday_fi2", "weekday_need", "weekday_time", "until", "weekday_latest",
                "weekday_til"):
        return _upcoming(base, _WEEKDAYS[m["wd"].lower()])
    if kind in ("dom", "in_time_for"):
        return _dom(base, int(m["d"]))
    return None


def _dom(base: date, day: int) -> date | None:
    """The next date with this day of the month: "before the 3rd" written on the 24th is next month's."""
    y, mo = base.year, base.month
    for _ in range(3):
        try:
            candidate = date(y, mo, day)
        except ValueError:
            candidate = None
        if candidate and candidate >= base:
            return candidate
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return None


_NAMED_DAY_RX = _LazyRx(
    rf"\b(?:(?P<wd>{_WD})\w*|(?P<tm>tomorrow|i morgen|huomenna|(?<!guten )(?<!god )morgen)"
    rf"|(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.(?P<y1>\d{{2,4}})?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mn2>{_MON})\b"
    rf"|(?P<mn3>{_MON})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"|(?:the|den|dem|am)\s+(?P<d4>\d{1,2})(?:st|nd|rd|th|\.))",
    re.I,
)
_LOOKBACK_CHARS = 200  # "by then" refers to the same or the previous sentence


def _then(text: str, start: int, sent: datetime | None) -> date | None:
    """The day a "by then" refers to: the last weekday, "tomorrow" or date named shortly before it
    ("before we close the year on 18 December, so could you send it by then?")."""
    if sent is None:
        return None
    last = None
    for last in _NAMED_DAY_RX.finditer(text, max(0, start - _LOOKBACK_CHARS), start):
        pass
    if last is None:
        return None
    base = sent.date()
    if last["tm"]:
        return base + timedelta(days=1)
    if last["wd"]:
        return _upcoming(base, _WEEKDAYS[last["wd"].lower()])
    if last["d1"]:
        return _year_for(base, int(last["m1"]), int(last["d1"]), last["y1"])
    if last["d2"] or last["d3"]:
        month = _MONTHS[(last["mn2"] or last["mn3"]).lower()]
        return _year_for(base, month, int(last["d2"] or last["d3"]), None)
    return _dom(base, int(last["d4"]))


def find_deadline(text: str, sent: datetime | None, lang: str = "en") -> tuple[date, str] | None:
    """The first deadline named in ``text`` and the words naming it, or None.

    ``sent`` is the email's timezone-aware Date; relative phrases need it.
    """
    if not text:
        return None
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") grow when lower-cased; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    fallback = None
    for gate in _GATE_RX.finditer(low):
        for kind in _TRIGGERS[gate.group(0)]:
            for rx in _RULES_BY_KIND[kind]:
                m = rx.match(text, gate.start())
                if m and kind == "by_then":
                    when = _then(text, m.start(), sent)
                else:
                    when = _resolve(kind, m, sent, lang) if m else None
                if when is None:
                    continue
                if kind not in _WEAK_KINDS:
                    return when, m.group(0)
                fallback = fallback or (when, m.group(0))
    return fallback
