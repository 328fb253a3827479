"""bench.quality's pooled figure: the held-out sets' counts summed per category, rates recomputed from the sums."""

from bench.quality import pooled, summary


def _report(cats: dict[str, tuple[int, int, int, int]]) -> dict:
    categories = {c: {"correct": r, "total": t, "wrong_sure": w, "right_unsure": u,
                      "accuracy": r / t, "wrong_sure_rate": w / t} for c, (r, t, w, u) in cats.items()}
    return {"categories": categories, "total": sum(t for _, t, _, _ in cats.values()),
            "correct": sum(r for r, _, _, _ in cats.values()), "wrong_sure": sum(w for _, _, w, _ in cats.values()),
            "right_unsure": sum(u for _, _, _, u in cats.values()), "failures": [{"id": "x"}]}


def test_pooled_sums_counts_per_category_and_recomputes_rates():
    one = _report({"matrix": (9, 10, 1, 2), "refuse": (4, 5, 0, 0)})
    two = _report({"matrix": (3, 10, 4, 1), "narrative": (7, 8, 1, 3)})
    both = pooled([one, two])
    assert both["categories"]["matrix"]["correct"] == 12 and both["categories"]["matrix"]["total"] == 20
    assert both["categories"]["matrix"]["wrong_sure_rate"] == 5 / 20
    assert both["categories"]["matrix"]["accuracy"] == 12 / 20
    assert set(both["categories"]) == {"matrix", "narrative", "refuse"}
    assert (both["total"], both["correct"], both["wrong_sure"], both["right_unsure"]) == (33, 23, 6, 6)
    assert "failures" not in both  # held-out failures are never carried into a printed figure


def test_pooled_summary_prints_the_pooled_rates():
    lines = summary("pooled", pooled([_report({"matrix": (1, 4, 2, 0)}), _report({"matrix": (3, 4, 0, 1)})]))
    assert any(line.split()[:3] == ["matrix", "right", "4/8"] and "50.0%" in line for line in lines)
    assert "wrong-yet-sure   2 (25.0%)" in lines[-1]
