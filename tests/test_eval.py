"""The dev question set through the real assistant (tools and the real retrieval index), per category.

A category dropping below its threshold (assistant.evaluate.THRESHOLDS) fails CI.
"""

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.evaluate import THRESHOLDS, evaluate, load_questions

ROOT = Path(__file__).parents[1]
FLOORS = THRESHOLDS


DEV_SETS = ["tests/data/questions.jsonl", "tests/data/questions_more.jsonl", "tests/data/questions_third.jsonl",
            "tests/data/questions_fourth.jsonl", "tests/data/questions_fifth.jsonl"]


@pytest.fixture(scope="module")
def report():
    cases = [c for path in DEV_SETS for c in load_questions(ROOT / path)]
    return evaluate(Assistant.load(), cases)


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_category_keeps_its_floor(report, category):
    r = report["categories"][category]
    fails = [f for f in report["failures"] if f["category"] == category][:5]
    assert r["accuracy"] >= FLOORS[category], (r, fails)


def test_the_set_is_large_and_covers_every_category(report):
    cats = report["categories"]
    assert sum(c["total"] for c in cats.values()) >= 400
    assert set(FLOORS) <= set(cats)
