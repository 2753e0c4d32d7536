"""Message -> Analysis: heat, the signals and words that fired them, scenario, deadline. Pure.

STUB: the interface below is fixed; the detector is being written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_THRESHOLD = 0.5


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

    def to_dict(self) -> dict:
        return {
            "heated": self.heated,
            "heat": round(self.heat, 3),
            "scenario": self.scenario,
            "signals": [
                {"name": s.name, "words": list(s.words), "weight": round(s.weight, 3)} for s in self.signals
            ],
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "first_name": self.first_name,
            "lang": self.lang,
        }


def analyze(message, threshold: float = DEFAULT_THRESHOLD) -> Analysis:
    raise NotImplementedError
