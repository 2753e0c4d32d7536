"""German phrasing families for the heat detector; merged into the lexicon by lexicon/__init__.py.

Same entry syntax as the lexicon (regex fragments matched case-insensitively at
a word start, * for a stem, (pattern, weight) to override a weight).
Each entry is a *way of saying* something, not a sentence from a corpus, and
tests/test_heat_de.py pins it with sentences written for the test, calm
look-alikes included.
"""

from __future__ import annotations

# signal name (a key of lexicon.SIGNAL_WEIGHTS) -> entries
SIGNALS: dict[str, list] = {}

# scenario id -> entries that are evidence of that scenario
SCENARIO_CUES: dict[str, list] = {}

# polite or positive wording that dampens the weaker signals
POSITIVE: list = []
