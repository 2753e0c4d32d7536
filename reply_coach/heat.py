"""Message -> Analysis: heat, the signals and words that fired them, scenario, deadline. Pure.

How heat is computed (deterministic, explainable):

1. Each signal of ``lexicon.SIGNALS`` (blame, threat, shouting...) collects
   its matches in the new text, and at half weight in the subject.  Its
   strength is its strongest match plus a quarter of the others, capped.
2. Polite and positive wording ("thanks", "no rush", "kiitos") dampens the
   weaker signals: "!!!" next to "AMAZING" is joy, "still" next to "no
   rush" is patience.  Sarcasm is matched first so "thanks for nothing"
   never counts as thanks.
3. The signals combine as a noisy-OR: ``heat = 1 - prod(1 - strength)``,
   so no single weak signal is decisive and several together are.

Context rules on top of the word lists: a lawyer is only a threat in a
conditional or hostile sentence ("...or I call my lawyer"), not next to a
contract under review; threat and anger words in reported speech ("one of
our customers threatened to sue") count less; ALL-CAPS acronyms and cheering
("SSL", "THANK YOU") are not shouting.  Automated mail (newsletters,
notifications, out-of-office) is calm.  The scenario is the most severe one
with evidence (scenarios.primary), general_dissatisfaction when none has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lexicon
from .deadline import find_deadline
from .scenarios import SCENARIOS, primary

DEFAULT_THRESHOLD = 0.5

_SUBJECT_FACTOR = 0.5  # the subject is short and often ours ("Re: ...")
_EXTRA_MATCH_FACTOR = 0.25
_MAX_STRENGTH = 0.95
_POSITIVE_DEFAULT = 0.35
_REPORTED_FACTOR = 0.4  # "one of our customers threatened to sue": not the sender's own threat
# Bounds that keep hostile input linear ("lawyer " x 8000 took a minute): past a few dozen
# matches a signal is at full strength anyway, and a "sentence" is read at most this far
# either side of a match.
_MAX_MATCHES_PER_SIGNAL = 48
_SENTENCE_WINDOW = 400
_LEGAL_BARE_WEIGHT = 0.3  # a lawyer named with neither a condition nor a contract in the sentence


@dataclass(frozen=True)
class Signal:
    name: str  # e.g. "blame", "threat", "shouting", "sarcasm"
    words: tuple[str, ...]  # the exact words from the new text that fired it
    weight: float


@dataclass(frozen=True)
class Analysis:
    heated: bool
    heat: float  # 0.0-1.0
    scenario: str | None  # a scenario id from scenarios.py, None when calm
    signals: tuple[Signal, ...]
    deadline: date | None
    first_name: str | None
    lang: str
    scenarios: tuple[str, ...] = ()  # every scenario with evidence, most severe first (also when calm)
    deadline_words: str | None = None  # the phrase the deadline was read from

    def to_dict(self) -> dict:
        return {
            "heated": self.heated,
            "heat": round(self.heat, 3),
            "scenario": self.scenario,
            "scenarios": list(self.scenarios),
            "signals": [
                {"name": s.name, "words": list(s.words), "weight": round(s.weight, 3)} for s in self.signals
            ],
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_words": self.deadline_words,
            "first_name": self.first_name,
            "lang": self.lang,
        }


# ------------------------------------------------------------ compiled lexicon
# Speed: hundreds of phrases times a scan each would cost milliseconds per
# email.  Instead every phrase is filed under the first letters of its first
# word, the text is lower-cased and split into words once, and a phrase is
# only tried where a word starts with its letters.

_LEAD_GROUP_RX = re.compile(r"^\(\?:((?:[^()|\\]+\|)*[^()|\\]+)\)(\??)(.*)$", re.S)
_LEAD_LETTERS_RX = re.compile(r"^[^\W_]+")
_KEY_LEN = 3


def _fragment(entry: str) -> str:
    entry = entry.strip()
    return entry[:-1] + r"\w*" if entry.endswith("*") else entry


def _lower_regex(fragment: str) -> str:
    """Lower-case a regex's literals, leaving escapes (backslash-W, backslash-S) and group names alone."""
    return re.sub(
        r"\\.|\(\?P<\w+>|[^\\(]+|\(",
        lambda m: m.group(0) if m.group(0).startswith(("\\", "(?P<")) else m.group(0).lower(),
        fragment,
    )


def _expand(fragment: str) -> list[str]:
    """Split a leading (?:a|b) group into one fragment per branch, so each starts with letters."""
    m = _LEAD_GROUP_RX.match(fragment)
    if not m:
        return [fragment]
    branches, optional, rest = m.group(1).split("|"), m.group(2), m.group(3)
    out = [b + rest for b in branches]
    if optional:
        out.append(rest[1:] if rest.startswith(" ") else rest)
    return [x for o in out for x in _expand(o)]


def _key(fragment: str) -> tuple[str, bool]:
    """The letters a matching word starts with, and whether they are the whole word."""
    m = _LEAD_LETTERS_RX.match(fragment)
    lead = m.group(0) if m else ""
    after = fragment[len(lead) : len(lead) + 1]
    if lead and after in ("?", "*", "{"):
        lead = lead[:-1]  # the last letter is optional ("rahat?")
    elif lead and after in ("", " "):
        return lead, True
    return lead[:_KEY_LEN], False


_Entry = tuple[str, str, float, "re.Pattern[str]"]  # (kind, name, weight, anchored regex)
_BY_WORD: dict[str, list[_Entry]] = {}  # phrases whose first word is spelled out
_BY_PREFIX: dict[str, list[_Entry]] = {}  # phrases whose first word is a stem or a pattern
_UNKEYED: list[_Entry] = []  # phrases not starting with a letter: tried at every word


class _LazyPattern:
    """A phrase regex compiled the first time a word could start it.

    Compiling the whole lexicon up front cost ~80 ms at every start of the
    CLI; most phrases are never tried on a given email.
    """

    __slots__ = ("source", "_rx")

    def __init__(self, source: str):
        self.source = source
        self._rx = None

    def match(self, text: str, pos: int):
        return (self._rx or self.compiled()).match(text, pos)

    def compiled(self) -> "re.Pattern[str]":
        if self._rx is None:
            self._rx = re.compile(self.source)
        return self._rx


def _register(kind: str, name: str, by_lang: dict[str, list], default: float) -> None:
    for entries in by_lang.values():
        for entry in entries:
            pattern, weight = entry if isinstance(entry, tuple) else (entry, default)
            for frag in _expand(_lower_regex(_fragment(pattern))):
                item = (kind, name, weight, _LazyPattern(r"(?:" + frag + r")(?!\w)"))
                key, whole = _key(frag)
                if not key:
                    _UNKEYED.append(item)
                else:
                    (_BY_WORD if whole else _BY_PREFIX).setdefault(key, []).append(item)


for _name, _by_lang in lexicon.SIGNALS.items():
    _register("signal", _name, _by_lang, lexicon.SIGNAL_WEIGHTS["threat" if _name == "legal_party" else _name][0])
_register("positive", "positive", lexicon.POSITIVE, _POSITIVE_DEFAULT)
for _sid, _by_lang in lexicon.SCENARIO_CUES.items():
    assert _sid in SCENARIOS, _sid
    _register("scenario", _sid, _by_lang, 1.0)
_PREFIX_LENGTHS = tuple(sorted({len(k) for k in _BY_PREFIX}))
_WORD_RX = re.compile(r"\w+")


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters ("İ") grow when lower-cased; keep offsets aligned with the original.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_CANDIDATES: dict[str, tuple[_Entry, ...]] = {}  # word -> the phrases it can start; a bounded memo
_CANDIDATES_MAX = 20_000


def _candidates(word: str) -> tuple[_Entry, ...]:
    found = _CANDIDATES.get(word)
    if found is None:
        entries = list(_BY_WORD.get(word, ()))
        for n in _PREFIX_LENGTHS:
            if len(word) >= n:
                entries.extend(_BY_PREFIX.get(word[:n], ()))
        entries.extend(_UNKEYED)
        found = tuple(entries)
        if len(_CANDIDATES) >= _CANDIDATES_MAX:  # a long-running watcher meets endless new words
            _CANDIDATES.clear()
        _CANDIDATES[word] = found
    return found


def _matches(text: str):
    """(kind, name, weight, start, end) for every phrase found at a word start."""
    low = _lower_same_length(text)
    for w in _WORD_RX.finditer(low):
        pos = w.start()
        for kind, name, weight, lazy in _candidates(w.group(0)):
            m = (lazy._rx or lazy.compiled()).match(low, pos)
            if m:
                yield kind, name, weight, pos, m.end()


def _compile_list(entries: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(_fragment(e) for e in entries) + r")(?!\w)", re.IGNORECASE)


_WITHHELD_PAYMENT_RX = {
    lang: tuple(re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.I) for words in entry)
    for lang, entry in lexicon.WITHHELD_PAYMENT.items()
}
_SENTENCES_RX = re.compile(r"[^.!?\n]+")
_LEGAL_NEUTRAL_RX = _compile_list(lexicon.LEGAL_NEUTRAL_CONTEXT)
_LEGAL_CONDITIONAL_RX = _compile_list(lexicon.LEGAL_CONDITIONAL)
_REPORTED_RX = _compile_list(lexicon.REPORTED_SPEECH)

# Upper-case words: Latin-1 capitals cover Æ Ø Å Ä Ö Ü.  Never case-folded.
_CAPS_WORD_RX = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ]{2,}(?![\w-])")
_CAPS_GAP_RX = re.compile(r"^[\s,.:;!?'\"-]*$")
_PUNCT_RX = re.compile(r"[!?]*(?:!!|\?\?|\?!|!\?)[!?]*")
_SUBJECT_PREFIX_RX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|sv|vs|vl|ang|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SENTENCE_END_RX = re.compile(r"[.!?\n]")


# ------------------------------------------------------------------- helpers


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(0, start - _SENTENCE_WINDOW)
    left = max(max(text.rfind(c, lo, start) for c in ".!?\n") + 1, lo)
    hi = min(len(text), end + _SENTENCE_WINDOW)
    m = _SENTENCE_END_RX.search(text, end, hi)
    return text[left : m.end() if m else hi]


def _is_shout_word(word: str) -> bool:
    if word in lexicon.NOT_SHOUTING:
        return False
    return len(word) >= 4 or word in lexicon.SHORT_SHOUT_WORDS


def _shouting(text: str) -> list[tuple[str, float]]:
    """Runs of capitalised real words, weighted by length of the run."""
    runs: list[list[re.Match[str]]] = []
    for m in _CAPS_WORD_RX.finditer(text):
        if not _is_shout_word(m.group(0)):
            continue
        if runs and _CAPS_GAP_RX.match(text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        n = len(run)
        weight = 0.25 if n == 1 else 0.4 if n < 4 else 0.55
        out.append((text[run[0].start() : run[-1].end()], weight))
    return out


@dataclass
class _Evidence:
    hits: dict[str, list[tuple[str, float]]]
    scenarios: set[str]
    positive: float


def _collect(text: str, factor: float, ev: _Evidence) -> None:
    if not text:
        return
    found = list(_matches(text))
    # Words that fired a heat signal are not also politeness: "thanks" in "thanks for nothing" or in
    # "down all weekend thanks to your update" is not gratitude.
    sarcasm_spans = [(a, b) for kind, name, _, a, b in found if kind == "signal"]
    taken: dict[str, list[tuple[int, int]]] = {}
    tried: dict[str, int] = {}
    # Longest first, so "yet again" is kept and the "again" inside it is not counted twice.
    for kind, name, weight, start, end in sorted(found, key=lambda f: (f[3] - f[4], f[3])):
        if kind == "positive":
            if ev.positive < 1.0 and not _overlaps((start, end), sarcasm_spans):
                ev.positive += weight
            continue
        if kind == "scenario":
            ev.scenarios.add(name)
            continue
        tried[name] = tried.get(name, 0) + 1
        if tried[name] > _MAX_MATCHES_PER_SIGNAL or _overlaps((start, end), taken.get(name, [])):
            continue
        taken.setdefault(name, []).append((start, end))
        words = text[start:end]
        if name == "legal_party":
            sentence = _sentence(text, start, end)
            if not _LEGAL_CONDITIONAL_RX.search(sentence):
                if _LEGAL_NEUTRAL_RX.search(sentence):
                    continue  # "our lawyer will review the contract"
                weight = _LEGAL_BARE_WEIGHT  # "our legal department": unclear, weak on its own
            name = "threat"
            ev.scenarios.add("legal_threat")
        if name in lexicon.REPORTABLE_SIGNALS and _REPORTED_RX.search(_sentence(text, start, end)):
            weight *= _REPORTED_FACTOR
        ev.hits.setdefault(name, []).append((words, weight * factor))

    for word, weight in _shouting(text):
        ev.hits.setdefault("shouting", []).append((word, weight * factor))
    for m in _PUNCT_RX.finditer(text):
        ev.hits.setdefault("punctuation", []).append((m.group(0), lexicon.SIGNAL_WEIGHTS["punctuation"][0] * factor))


def _withheld_payment(text: str, lang: str, ev: _Evidence) -> None:
    """A payment word and a refusal in one sentence: refusing to pay, however it is worded."""
    pay_rx, refuse_rx, bill_rx = _WITHHELD_PAYMENT_RX.get(lang) or _WITHHELD_PAYMENT_RX["en"]
    for m in _SENTENCES_RX.finditer(text):
        sentence = m.group(0)
        pay, refuse = pay_rx.search(sentence), refuse_rx.search(sentence)
        if pay and refuse and not _REPORTED_RX.search(sentence):
            # The words from the refusal to the payment word, not the whole sentence: short evidence.
            words = sentence[min(pay.start(), refuse.start()):max(pay.end(), refuse.end())]
            seen = [w.lower() for hits in ev.hits.values() for w, _ in hits]
            if not any(words.lower() in w or w in words.lower() for w in seen):  # counted once
                ev.hits.setdefault("demand", []).append((words, lexicon.WITHHELD_PAYMENT_WEIGHT))
            if bill_rx.search(sentence):  # "not paying for another week of chaos" names no bill: not a refund
                ev.scenarios.add("refund_demand")
            return


def _strength(hits: list[tuple[str, float]]) -> float:
    weights = sorted((w for _, w in hits), reverse=True)
    return min(_MAX_STRENGTH, weights[0] + _EXTRA_MATCH_FACTOR * sum(weights[1:]))


def _unique(words) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))


# ---------------------------------------------------------------------- API


def analyze(message, threshold: float = DEFAULT_THRESHOLD) -> Analysis:
    """How heated ``message`` (a ``message.Message``) is, why, and which scenario it is."""
    first_name = getattr(message, "first_name", None)
    lang = getattr(message, "lang", "en") or "und"
    if getattr(message, "automated", False):
        reason = getattr(message, "automated_reason", "") or "automated message"
        return Analysis(False, 0.0, None, (Signal("automated", (reason,), 0.0),), None, first_name, lang)

    body = message.new_text or ""
    subject = _SUBJECT_PREFIX_RX.sub("", message.subject or "")
    ev = _Evidence(hits={}, scenarios=set(), positive=0.0)
    _collect(body, 1.0, ev)
    _withheld_payment(body, lang, ev)
    _collect(subject, _SUBJECT_FACTOR, ev)

    politeness = min(1.0, ev.positive)
    signals: list[Signal] = []
    calm_product = 1.0
    for name in lexicon.SIGNAL_WEIGHTS:
        hits = ev.hits.get(name)
        if not hits:
            continue
        damping = lexicon.SIGNAL_WEIGHTS[name][1]
        weight = _strength(hits) * (1.0 - politeness * damping)
        calm_product *= 1.0 - weight
        signals.append(Signal(name, _unique(w for w, _ in hits), weight))
    heat = max(0.0, min(1.0, 1.0 - calm_product))
    heated = heat >= threshold

    candidates = tuple(s for s in SCENARIOS if s in ev.scenarios)
    scenario = (primary(candidates) or "general_dissatisfaction") if heated else None

    found = find_deadline(body, message.date, lang) or find_deadline(subject, message.date, lang)
    deadline, deadline_words = found if found else (None, None)
    return Analysis(heated, heat, scenario, tuple(signals), deadline, first_name, lang, candidates, deadline_words)
