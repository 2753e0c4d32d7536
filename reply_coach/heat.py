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
from dataclasses import dataclass, field
from datetime import date

from . import lexicon
from .deadline import find_deadline
from .scenarios import SCENARIOS, primary

DEFAULT_THRESHOLD = 0.4

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


_OPTIONAL_TAIL_RX = re.compile(r" (\((?:\?:)?[^()]*\))\?$")


def _fragment(entry: str) -> str:
    # The text's curly apostrophes become straight ones, so the patterns' do too: "don['’]t" is "don't".
    entry = entry.strip().replace("\u2019", "'").replace("['']", "'")
    if entry.endswith("*") and not entry.endswith(r"\w*"):
        entry = entry[:-1] + r"\w*"  # a stem: "asianajaja*"; an entry already ending in \w* is left alone
    # "from them (?:directly)?" at the end: the space belongs to the optional word, or "from them." never matches.
    return _OPTIONAL_TAIL_RX.sub(r"(?: \1)?", entry)


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
    elif lead and after in ("", " ", "'"):
        return lead, True  # "i'm done" is found at the word "i": the text splits words at apostrophes too
    return lead[:_KEY_LEN], False


_META = frozenset("\\()[]{}|?*+.^$")


def _literal_prefix(fragment: str) -> str:
    """The text every match of ``fragment`` starts with, for a cheap check before compiling it."""
    for i, c in enumerate(fragment):
        if c in _META:
            return fragment[: i - 1] if c in "?*+{" else fragment[:i]
    return fragment


_SIMPLE_GROUP_RX = re.compile(r"\(\?:([^()\\\[\]{}|?*+.^$]+(?:\|[^()\\\[\]{}|?*+.^$]+)*)\)(?![?*+{])")


def _class_end(fragment: str, i: int) -> int:
    """The index after the `]` closing the character class opened at `i`."""
    j = i + 1
    if fragment[j : j + 1] == "^":
        j += 1
    if fragment[j : j + 1] == "]":
        j += 1
    while j < len(fragment) and fragment[j] != "]":
        j += 2 if fragment[j] == "\\" else 1
    return j + 1


def _required(fragment: str) -> tuple[tuple[str, ...], ...]:
    """What every match of ``fragment`` contains: words outside its groups, and for each plain group
    that is not optional, one of its alternatives. A phrase whose needs are not all in the text
    cannot match, so it need not be compiled (most never are). Each need is a tuple of choices."""
    needs: list[tuple[str, ...]] = []
    depth, run, i = 0, "", 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            needs.append((run,))
            run, i = "", i + 2
            continue
        if c == "|" and depth == 0:
            return ()  # a top-level alternative: nothing is required
        if c == "[":  # a character class is one character of a set, never a word
            needs.append((run,))
            run, i = "", _class_end(fragment, i)
            continue
        if c == "(" and depth == 0:
            m = _SIMPLE_GROUP_RX.match(fragment, i)
            if m is not None:
                needs.append((run,))
                run = ""
                choices = tuple(a.strip() for a in m.group(1).split("|"))
                if all(len(a) >= 3 for a in choices):
                    needs.append(choices)
                i = m.end()
                continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if depth == 0 and c.isalpha():
            run += c
        else:
            if depth == 0 and c in "?*+{" and run:
                run = run[:-1]  # the last letter is optional
            needs.append((run,))
            run = ""
        i += 1
    needs.append((run,))
    return tuple(dict.fromkeys(n for n in needs if all(len(a) >= 3 for a in n) and n != ("",)))


def _literal_starts(fragment: str, limit: int = 8) -> tuple[str, ...]:
    """The texts a match of ``fragment`` can start with: its literal prefix, widened by the
    alternatives of plain groups that follow ("you (?:never|always)" starts "you never" or
    "you always").  Checked with one str.startswith before any regex is compiled or run."""
    starts = [_literal_prefix(fragment)]
    pos = len(starts[0])
    while pos < len(fragment) and fragment[pos] == "(":
        m = _SIMPLE_GROUP_RX.match(fragment, pos)  # a group that is not optional or repeated
        if m is None:
            break
        alternatives = m.group(1).split("|")
        if len(starts) * len(alternatives) > limit:
            break
        rest = fragment[m.end():]
        tail = _literal_prefix(rest)
        starts = [s + a + tail for s in starts for a in alternatives]
        pos = m.end() + len(tail)
        if len(tail) < len(rest) and rest[len(tail)] != "(":
            break  # the literal run ended at something other than the next group
    return tuple(starts)


_Entry = tuple[str, str, float, tuple, tuple, tuple]  # (kind, name, weight, literal starts, where, words it needs)
_Index = tuple[dict[str, list[_Entry]], dict[str, list[_Entry]], list[_Entry]]
# The regexes themselves are compiled the first time their literal start is met: compiling the
# whole lexicon up front cost ~80 ms at every start of the CLI, and most phrases are never tried.
_COMPILED: dict[tuple, "re.Pattern[str]"] = {}


def _build_index() -> _Index:
    """Every phrase, filed under the word (or first letters) it starts with."""
    by_word: dict[str, list[_Entry]] = {}  # phrases whose first word is spelled out
    by_prefix: dict[str, list[_Entry]] = {}  # phrases whose first word is a stem or a pattern
    unkeyed: list[_Entry] = []  # phrases not starting with a letter: tried at every word
    seen: set[tuple[str, str, float, str]] = set()

    def register(kind: str, name: str, by_lang: dict[str, list], default: float) -> None:
        for lang, entries in by_lang.items():
            for i, entry in enumerate(entries):
                pattern, weight = entry if isinstance(entry, tuple) else (entry, default)
                for j, frag in enumerate(_expand(_lower_regex(_fragment(pattern)))):
                    if (kind, name, weight, frag) in seen:  # the same phrase listed twice (two languages, two rounds)
                        continue
                    seen.add((kind, name, weight, frag))
                    # Where the phrase is, not its regex: the index stays small to load, and only
                    # the phrases an email comes near are ever turned into regexes (_pattern).
                    item = (kind, name, weight, _literal_starts(frag), (kind, name, lang, i, j), _required(frag))
                    key, whole = _key(frag)
                    if not key:
                        unkeyed.append(item)
                    else:
                        (by_word if whole else by_prefix).setdefault(key, []).append(item)

    for name, by_lang in lexicon.SIGNALS.items():
        register("signal", name, by_lang, lexicon.SIGNAL_WEIGHTS["threat" if name == "legal_party" else name][0])
    register("positive", "positive", lexicon.POSITIVE, _POSITIVE_DEFAULT)
    register("own_fault", "own_fault", lexicon.OWN_FAULT, 1.0)
    for sid, by_lang in lexicon.SCENARIO_CUES.items():
        assert sid in SCENARIOS, sid
        register("scenario", sid, by_lang, 1.0)
    return by_word, by_prefix, unkeyed


def _index_key() -> str:
    """Changes whenever the lexicon or the code that files it changes."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha256(_INDEX_FORMAT.encode())
    for path in sorted(Path(lexicon.__file__).parent.glob("*.py")) + [Path(__file__)]:
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


_INDEX_FORMAT = "reply-coach lexicon index 6"


def _pattern(ref: tuple) -> "re.Pattern[str]":
    """The compiled regex of the phrase at `ref` (kind, name, language, position, expansion), on first use."""
    rx = _COMPILED.get(ref)
    if rx is None:
        kind, name, lang, i, j = ref
        tables = {"signal": lexicon.SIGNALS, "scenario": lexicon.SCENARIO_CUES}
        by_lang = tables[kind][name] if kind in tables else (lexicon.POSITIVE if kind == "positive" else lexicon.OWN_FAULT)
        entry = by_lang[lang][i]
        pattern = entry[0] if isinstance(entry, tuple) else entry
        rx = _COMPILED[ref] = re.compile(r"(?:" + _expand(_lower_regex(_fragment(pattern)))[j] + r")(?!\w)")
    return rx


class _Filed(dict):
    """key -> phrases, each key's list kept marshalled until a word first asks for it: an email
    meets a few hundred of the index's thousands of keys, so most are never decoded."""

    def get(self, key, default=()):
        value = dict.get(self, key)
        if value is None:
            return default
        if isinstance(value, bytes):
            import marshal

            value = marshal.loads(value)
            self[key] = value
        return value


def _pack(index: _Index) -> bytes:
    import marshal

    by_word, by_prefix, unkeyed = index
    return marshal.dumps((
        {k: marshal.dumps(v) for k, v in by_word.items()},
        {k: marshal.dumps(v) for k, v in by_prefix.items()},
        unkeyed,
    ))


def _unpack(data: bytes) -> _Index:
    import marshal

    by_word, by_prefix, unkeyed = marshal.loads(data)
    return _Filed(by_word), _Filed(by_prefix), unkeyed


def _load_index() -> _Index:
    """The index from the user's cache when it was built from this very lexicon, else built
    (~70 ms) and cached.  marshal, not pickle: plain strings and numbers, nothing executable."""
    import os
    from pathlib import Path

    try:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reply-coach"
        path = cache / f"lexicon-{_index_key()}.marshal"
        return _unpack(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):
        pass
    by_word, by_prefix, unkeyed = _build_index()
    index = (_Filed(by_word), _Filed(by_prefix), unkeyed)
    try:
        cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in cache.glob("lexicon-*.marshal"):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(_pack(index))
        os.replace(tmp, path)
    except (OSError, NameError):  # a read-only home, no cache dir: build it every time, quietly
        pass
    return index


_BY_WORD, _BY_PREFIX, _UNKEYED = _load_index()
_PREFIX_LENGTHS = tuple(sorted({len(k) for k in _BY_PREFIX}))
_WORD_RX = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})  # Outlook and Apple Mail type "I’m"


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        # A few characters ("İ") grow when lower-cased; keep offsets aligned with the original.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_APOSTROPHES)


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


_SKIPPED: dict[tuple, int] = {}  # phrase -> texts it was not compiled for, its words being absent
_SKIPS_BEFORE_COMPILING = 3
_NEAR: dict[str, tuple[_Entry, ...]] = {}  # the text from a word to 2 letters into the next -> phrases that fit


def _near(word: str, probe: str) -> tuple[_Entry, ...]:
    """The candidates of `word` whose literal start agrees with `probe`, the text from the word to two
    letters into the next one: common words ("you", "ikke", "nicht") start hundreds of phrases, and
    the next word rules out most of them once per word pair, not once per occurrence."""
    found = _NEAR.get(probe)
    if found is None:
        found = tuple(
            e for e in _candidates(word) if any(s.startswith(probe) or probe.startswith(s) for s in e[3])
        )
        if len(_NEAR) >= _CANDIDATES_MAX:
            _NEAR.clear()
        _NEAR[probe] = found
    return found


def _matches(text: str):
    """(kind, name, weight, start, end) for every phrase found at a word start."""
    low = _lower_same_length(text)
    words = list(_WORD_RX.finditer(low))
    absent: set[tuple] = set()
    for i, w in enumerate(words):
        pos = w.start()
        following = words[i + 1].start() + 2 if i + 1 < len(words) and words[i + 1].start() - w.end() <= 3 else w.end() + 1
        for kind, name, weight, lit, ref, needs in _near(w.group(0), low[pos:following]):
            # Most candidates fail on their literal start: no regex (and no compile) for those.
            if not low.startswith(lit, pos):
                continue
            rx = _COMPILED.get(ref)
            if rx is None:
                if ref in absent:
                    continue
                # A phrase whose words are not in the text is not compiled for it (a cold start
                # compiles a third as many); after a few such texts compiling is cheaper than asking.
                if needs and _SKIPPED.get(ref, 0) < _SKIPS_BEFORE_COMPILING and not all(
                    any(word in low for word in choices) for choices in needs
                ):
                    absent.add(ref)
                    _SKIPPED[ref] = _SKIPPED.get(ref, 0) + 1
                    continue
                rx = _pattern(ref)
            m = rx.match(low, pos)
            if m:
                yield kind, name, weight, pos, m.end()


class _OnFirstUse:
    """A regex compiled the first time it is searched: a dozen big alternations cost ~20 ms at
    start-up, and most emails never need the lawyer or payment ones."""

    __slots__ = ("_source", "_rx")

    def __init__(self, source: str):
        self._source, self._rx = source, None

    def search(self, *args):
        if self._rx is None:
            self._rx = re.compile(self._source, re.IGNORECASE)
        return self._rx.search(*args)


def _compile_list(entries: list[str]) -> _OnFirstUse:
    return _OnFirstUse(r"(?<!\w)(?:" + "|".join(_fragment(e) for e in entries) + r")(?!\w)")


_WITHHELD_PAYMENT_RX = {
    lang: tuple(_OnFirstUse(r"(?<!\w)(?:" + words + r")(?!\w)") for words in entry)
    for lang, entry in lexicon.WITHHELD_PAYMENT.items()
}
_SENTENCES_RX = re.compile(r"[^.!?\n]+")
_LEGAL_NEUTRAL_RX = _compile_list(lexicon.LEGAL_NEUTRAL_CONTEXT)
_LEGAL_CONDITIONAL_RX = _compile_list(lexicon.LEGAL_CONDITIONAL)
_LEGAL_DONE_RX = _compile_list(lexicon.LEGAL_DONE)
_REPORTED_RX = _compile_list(lexicon.REPORTED_SPEECH)
_THREAT_CONDITION_RX = _compile_list(lexicon.THREAT_CONDITIONS)

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
    own_fault: list[str] = field(default_factory=list)
    bare_lawyer: bool = False


# "It's not your fault", "Det er ikke jeres skyld", "das ist nicht Ihre Schuld": blame or an
# insult denied right before its words is no blame.  Only right before: "I'm not paying you to
# ignore me" denies the paying, not the anger.  (Finnish "en/emme" are left out: "en" is also
# the Danish "a".)
_NEGATED_SIGNALS = frozenset({"blame", "insult"})
_NEGATION_BEFORE_RX = re.compile(
    r"\b(?:not|never|isn't|wasn't|ikke|aldrig|nicht|nie|ei)\s+(?:(?:your|jeres|din|dit|Ihre|Ihr|eure|euer|deine|dein|teidän|sinun|a|an|the)\s+)?$",
    re.I,
)
# ...and only a denied *fault*: "Vi er ikke jeres gratis testpersoner" is heated.
_FAULT_WORD_RX = re.compile(r"fault|mistake|blame|skyld|fejl|schuld|fehler|vika|syy|virhe", re.I)


def _strengthen(hits: list[tuple[str, float]], text: str, span: tuple[int, int], weight: float) -> None:
    """A shorter, heavier phrase inside a longer one lends the longer its weight."""
    inner = text[span[0]:span[1]]
    for i, (words, w) in enumerate(hits):
        if w < weight and (inner in words or words in inner):
            hits[i] = (words, weight)
            return


def _inside_address(text: str, start: int, end: int) -> bool:
    """Part of an email address or a dotted name ("sue.patel@...", "www.sue.example")."""
    before, after = text[start - 1 : start], text[end : end + 2]
    return before in ("@", ".", "/") or after[:1] == "@" or (after[:1] == "." and after[1:2].isalnum())


# "Eihän se ole minun vika", "it's not our fault": a negation shortly before an own-fault phrase.
_OWN_FAULT_DENIED_RX = re.compile(
    r"\b(?:not|isn't|wasn't|never|no|ikke|aldrig|nicht|kein\w*|nie|ei|eihän|eikä|eivät)\b[^.!?\n]{0,25}$", re.I
)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION_BEFORE_RX.search(text, max(0, start - 40), start))


# Threat words that are also given names: capitalised, and not followed by whom they are aimed at.
_NAME_LOOKALIKES = frozenset({"Sue"})
_NAME_VERB_NEXT_RX = re.compile(
    r"\s+(?:you|us|them|him|her|the|your|this|over|for (?:damages|compensation|breach|the|every|all|\$|£|€|\d))\b", re.I
)


def _collect(text: str, factor: float, ev: _Evidence) -> None:
    if not text:
        return
    found = list(_matches(text))
    # Words that fired a heat signal are not also politeness: "thanks" in "thanks for nothing" or in
    # "down all weekend thanks to your update" is not gratitude.
    sarcasm_spans = [(a, b) for kind, name, _, a, b in found if kind == "signal"]
    taken: dict[str, list[tuple[int, int]]] = {}
    tried: dict[str, int] = {}
    polite: list[tuple[int, int]] = []
    # Longest first: overlapping phrases of one signal count once ("yet again" keeps the "again"
    # inside it from counting twice), shown by the longest and weighed by the strongest of them.
    for kind, name, weight, start, end in sorted(found, key=lambda f: (f[3] - f[4], f[3])):
        if kind == "positive":
            # The same polite words listed by two languages ("gerne", "super") count once.
            if ev.positive < 1.0 and not _overlaps((start, end), sarcasm_spans) and not _overlaps((start, end), polite):
                polite.append((start, end))
                ev.positive += weight
            continue
        if kind == "scenario":
            ev.scenarios.add(name)
            continue
        if kind == "own_fault":
            # "Det er ikke vores skyld", "so you're saying it is our fault?": denied or asked, not owned.
            if not _OWN_FAULT_DENIED_RX.search(text, max(0, start - 30), start) and not _sentence(
                text, start, end
            ).rstrip().endswith("?"):
                ev.own_fault.append(text[start:end])
            continue
        tried[name] = tried.get(name, 0) + 1
        if tried[name] > _MAX_MATCHES_PER_SIGNAL:
            continue
        if _overlaps((start, end), taken.get(name, [])):
            if name in lexicon.REPORTABLE_SIGNALS and _REPORTED_RX.search(_sentence(text, start, end)):
                weight *= _REPORTED_FACTOR  # a shorter phrase inside reported speech is reported too
            _strengthen(ev.hits.get(name, []), text, (start, end), weight * factor)
            continue
        words = text[start:end]
        if _inside_address(text, start, end):
            continue  # "sue.patel@okafor.example" is an address, not a lawsuit
        if words in _NAME_LOOKALIKES and not _NAME_VERB_NEXT_RX.match(text, end):
            continue  # "Sue from finance will send it": a colleague, not a lawsuit
        fault = _FAULT_WORD_RX.search(words) if name in _NEGATED_SIGNALS else None
        if fault and _negated(text, start + fault.start()):
            continue
        taken.setdefault(name, []).append((start, end))
        if name == "legal_party":
            sentence = _sentence(text, start, end)
            if _LEGAL_CONDITIONAL_RX.search(sentence):
                ev.scenarios.add("legal_threat")
            elif _LEGAL_NEUTRAL_RX.search(sentence):
                continue  # "our lawyer will review the contract"
            elif _LEGAL_DONE_RX.search(sentence):
                ev.scenarios.add("legal_threat")  # "I have taken legal advice"
            else:
                # "more than my lawyer charges!": a lawyer named in passing is weak heat, and
                # evidence of a legal threat only next to a threat made (see analyze).
                weight = _LEGAL_BARE_WEIGHT
                ev.bare_lawyer = True
            name = "threat"
        if name == "threat" and weight < lexicon.THREAT_IN_CONDITION and _THREAT_CONDITION_RX.search(_sentence(text, start, end)):
            weight = lexicon.THREAT_IN_CONDITION  # "...on Trustpilot if nothing happens now"
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
    # A "Re:" or "Fwd:" subject is inherited (often our own words, or the heat of a thread
    # the client is now calm in): only the new text is judged.  A fresh subject is the
    # client's own words and counts at half weight.
    subject = message.subject or ""
    inherited = bool(_SUBJECT_PREFIX_RX.match(subject))
    subject = "" if inherited else subject
    ev = _Evidence(hits={}, scenarios=set(), positive=0.0)
    _collect(body, 1.0, ev)
    _withheld_payment(body, lang, ev)
    _collect(subject, _SUBJECT_FACTOR, ev)

    if ev.bare_lawyer and (ev.hits.get("ultimatum") or any(w > _LEGAL_BARE_WEIGHT for _, w in ev.hits.get("threat", ()))):
        ev.scenarios.add("legal_threat")  # "...ellers går vi videre, og min advokat er orienteret"
    politeness = min(1.0, ev.positive)
    own_fault = 1.0 - lexicon.OWN_FAULT_DAMPING if ev.own_fault else 1.0
    signals: list[Signal] = []
    calm_product = 1.0
    for name in lexicon.SIGNAL_WEIGHTS:
        hits = ev.hits.get(name)
        if not hits:
            continue
        damping = lexicon.SIGNAL_WEIGHTS[name][1]
        weight = _strength(hits) * (1.0 - politeness * damping) * own_fault
        calm_product *= 1.0 - weight
        signals.append(Signal(name, _unique(w for w, _ in hits), weight))
    if ev.own_fault:  # shown, so the verdict explains why scary words did not count
        signals.append(Signal("own_fault", _unique(ev.own_fault), 0.0))
    heat = max(0.0, min(1.0, 1.0 - calm_product))
    heated = heat >= threshold

    candidates = tuple(s for s in SCENARIOS if s in ev.scenarios)
    scenario = (primary(candidates) or "general_dissatisfaction") if heated else None

    found = find_deadline(body, message.date, lang) or find_deadline(subject, message.date, lang)
    deadline, deadline_words = found if found else (None, None)
    return Analysis(heated, heat, scenario, tuple(signals), deadline, first_name, lang, candidates, deadline_words)
