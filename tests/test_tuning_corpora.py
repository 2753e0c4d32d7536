"""The corpora written after the first blind one, scored end to end as regression guards.

Each was written without sight of the detector and measured *before* it was tuned on (numbers in
docs/accuracy.md and in the commit that added it). They are training data now, so the bars below
say only that tuning did not regress them; generalisation is measured on corpora kept out of
tuning (docs/accuracy.md). Run with ``-s`` to see the metrics.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reply_coach.evaluate import evaluate

HERE = Path(__file__).resolve().parent
TUNED = ["corpus_blind_en_de", "corpus_blind_da_fi", "corpus_blind_c"]


@pytest.fixture(scope="module", params=TUNED)
def metrics(request):
    m = evaluate(HERE / request.param)
    print(f"\n[{request.param}]\n{m.report()}")
    return m


def test_heated_f1_precision_and_scenario_hold(metrics):
    assert metrics.f1 >= 0.95 and metrics.precision >= 0.95, metrics.report()
    assert metrics.scenario_accuracy >= 0.90, metrics.report()


def test_first_names_deadlines_and_languages_hold(metrics):
    assert metrics.first_name_accuracy >= 0.97, metrics.report()
    assert metrics.deadline_accuracy >= 0.90, metrics.report()
    assert metrics.lang_accuracy == 1.0, metrics.report()


def test_the_hard_calm_corpus_stays_mostly_calm():
    # 200 emails built to fool a keyword list. At the default threshold (0.4) some are flagged:
    # the price of catching more heated mail (docs/guide.md); above 1 in 10 would be a regression.
    m = evaluate(HERE / "corpus_calm")
    print(f"\n[corpus_calm]\n{m.report()}")
    assert m.total == 200 and m.tp + m.fn == 0
    assert m.fp <= 20, m.report()
    assert evaluate(HERE / "corpus_calm", threshold=0.5).fp <= 2
    assert m.first_name_accuracy >= 0.97 and m.deadline_accuracy >= 0.85, m.report()


@pytest.mark.parametrize("name", ["corpus_holdout_d", "corpus_holdout_e"])
def test_the_held_out_corpora_do_not_fall_below_their_last_measurement(name):
    # Never tuned on (see their README): a floor a little under the last measurement, so a lexicon
    # change that hurts unseen mail is noticed. Raising it means measuring, not tuning.
    m = evaluate(HERE / name)
    print(f"\n[{name}]\n" + "\n".join(m.report().splitlines()[:6]))
    assert m.f1 >= 0.78 and m.precision >= 0.90, m.report()
    assert m.scenario_accuracy >= 0.58, m.report()
