"""Score the heat detector against a labelled corpus (a directory of .eml files plus labels.jsonl).

Each line of labels.jsonl: {"file", "heated", "scenario", "also", "first_name", "deadline", ...}.
A scenario counts as right when it is the label's scenario or one of its "also"
ids, and is scored on heated labels only.  Deadline accuracy is over the emails
whose label names a deadline.  Used by tests/test_corpus.py and benchmarks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .heat import DEFAULT_THRESHOLD, Analysis, analyze
from .message import parse


@dataclass(frozen=True)
class Outcome:
    file: str
    label: dict
    analysis: Analysis

    @property
    def scenario_ok(self) -> bool:
        allowed = {self.label.get("scenario"), *self.label.get("also", ())}
        return self.analysis.scenario in allowed

    @property
    def deadline_ok(self) -> bool:
        got = self.analysis.deadline.isoformat() if self.analysis.deadline else None
        return got == self.label.get("deadline")


@dataclass(frozen=True)
class Metrics:
    total: int
    tp: int
    fp: int
    fn: int
    tn: int
    scenario_right: int
    scenario_total: int
    first_name_right: int
    deadline_right: int
    deadline_total: int
    outcomes: tuple[Outcome, ...] = ()
    lang_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def scenario_accuracy(self) -> float:
        return self.scenario_right / self.scenario_total if self.scenario_total else 1.0

    @property
    def first_name_accuracy(self) -> float:
        return self.first_name_right / self.total if self.total else 1.0

    @property
    def deadline_accuracy(self) -> float:
        return self.deadline_right / self.deadline_total if self.deadline_total else 1.0

    @property
    def lang_accuracy(self) -> float:
        return self.lang_right / self.total if self.total else 1.0

    def mistakes(self) -> list[str]:
        lines = []
        for o in self.outcomes:
            a, lab = o.analysis, o.label
            wrong = []
            if a.heated != bool(lab.get("heated")):
                wrong.append(f"heated={a.heated} ({a.heat:.2f}) label={lab.get('heated')}")
            if lab.get("heated") and not o.scenario_ok:
                wrong.append(f"scenario={a.scenario} label={lab.get('scenario')} also={lab.get('also')}")
            if a.first_name != lab.get("first_name"):
                wrong.append(f"first_name={a.first_name!r} label={lab.get('first_name')!r}")
            if lab.get("deadline") and not o.deadline_ok:
                wrong.append(f"deadline={a.deadline} label={lab.get('deadline')}")
            if lab.get("lang") and a.lang != lab["lang"]:
                wrong.append(f"lang={a.lang} label={lab['lang']}")
            if wrong:
                lines.append(f"{o.file}: " + "; ".join(wrong))
        return lines

    def report(self) -> str:
        lines = [
            f"emails: {self.total}",
            f"heated: precision {self.precision:.3f} recall {self.recall:.3f} F1 {self.f1:.3f}"
            f" (tp {self.tp} fp {self.fp} fn {self.fn} tn {self.tn})",
            f"scenario accuracy: {self.scenario_accuracy:.3f} ({self.scenario_right}/{self.scenario_total})",
            f"first-name accuracy: {self.first_name_accuracy:.3f} ({self.first_name_right}/{self.total})",
            f"deadline accuracy: {self.deadline_accuracy:.3f} ({self.deadline_right}/{self.deadline_total})",
            f"language accuracy: {self.lang_accuracy:.3f} ({self.lang_right}/{self.total})",
        ]
        return "\n".join(lines + [f"  {m}" for m in self.mistakes()])


def score(outcomes) -> Metrics:
    """Metrics over (label, analysis) outcomes; pure."""
    outcomes = tuple(outcomes)
    tp = fp = fn = tn = 0
    scen_right = scen_total = name_right = dl_right = dl_total = lang_right = 0
    for o in outcomes:
        truth, got = bool(o.label.get("heated")), o.analysis.heated
        tp += truth and got
        fp += got and not truth
        fn += truth and not got
        tn += not truth and not got
        if truth:
            scen_total += 1
            scen_right += o.scenario_ok
        name_right += o.analysis.first_name == o.label.get("first_name")
        if o.label.get("deadline"):
            dl_total += 1
            dl_right += o.deadline_ok
        lang_right += not o.label.get("lang") or o.analysis.lang == o.label["lang"]
    return Metrics(len(outcomes), tp, fp, fn, tn, scen_right, scen_total, name_right, dl_right, dl_total, outcomes,
                   lang_right)


def load_labels(corpus_dir: Path) -> list[dict]:
    text = (Path(corpus_dir) / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def outcomes_of(corpus_dir: Path, threshold: float = DEFAULT_THRESHOLD, lang: str | None = None) -> list[Outcome]:
    """Parse and analyze every labelled email of ``corpus_dir`` (only label ``lang``, if given)."""
    corpus_dir = Path(corpus_dir)
    outcomes = []
    for label in load_labels(corpus_dir):
        if lang and label.get("lang") != lang:
            continue
        message = parse((corpus_dir / label["file"]).read_bytes())
        outcomes.append(Outcome(label["file"], label, analyze(message, threshold)))
    return outcomes


def evaluate(corpus_dir: Path, threshold: float = DEFAULT_THRESHOLD, lang: str | None = None) -> Metrics:
    """Parse and analyze every labelled email of ``corpus_dir`` and score the results."""
    return score(outcomes_of(corpus_dir, threshold, lang))


def main(argv: list[str] | None = None) -> int:
    """``python -m reply_coach.evaluate DIR [DIR ...] [--lang da] [--threshold 0.5]``: score labelled corpora.

    For tuning the detector on your own labelled mail: prints the metrics and every mistake.
    """
    import argparse

    ap = argparse.ArgumentParser(prog="python -m reply_coach.evaluate", description=main.__doc__)
    ap.add_argument("dirs", nargs="+", type=Path, help="directories holding *.eml and labels.jsonl")
    ap.add_argument("--lang", help="only emails labelled with this language")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = ap.parse_args(argv)
    outcomes = []
    for d in args.dirs:
        outcomes.extend(
            Outcome(f"{d.name}/{o.file}", o.label, o.analysis) for o in outcomes_of(d, args.threshold, args.lang)
        )
    print(score(outcomes).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
