"""The labelled dev corpus, end to end: parse + analyze every email and score it.

Run with ``-s`` to see the metrics.  REPLY_COACH_CORPUS_DIR points at another
labelled corpus (same layout: *.eml + labels.jsonl).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reply_coach.evaluate import evaluate

CORPUS_DIR = Path(os.environ.get("REPLY_COACH_CORPUS_DIR") or Path(__file__).resolve().parents[2] / "shared/corpus/dev")

pytestmark = pytest.mark.skipif(
    not (CORPUS_DIR / "labels.jsonl").is_file(),
    reason=f"no labelled corpus at {CORPUS_DIR} (set REPLY_COACH_CORPUS_DIR)",
)


@pytest.fixture(scope="module")
def metrics():
    m = evaluate(CORPUS_DIR)
    print(f"\n[corpus {CORPUS_DIR}]\n{m.report()}")
    return m


def test_corpus_is_not_empty(metrics):
    assert metrics.total > 0
    assert metrics.tp + metrics.fn > 0, "the corpus should contain heated emails"
    assert metrics.tn + metrics.fp > 0, "the corpus should contain calm emails"


def test_heated_f1_is_at_least_0_90(metrics):
    assert metrics.f1 >= 0.90, metrics.report()


def test_scenario_accuracy_on_heated_emails_is_at_least_0_80(metrics):
    assert metrics.scenario_accuracy >= 0.80, metrics.report()


def test_first_name_accuracy_is_at_least_0_95(metrics):
    assert metrics.first_name_accuracy >= 0.95, metrics.report()


def test_deadline_accuracy_is_at_least_0_85(metrics):
    assert metrics.deadline_accuracy >= 0.85, metrics.report()
