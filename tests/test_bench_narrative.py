"""The narrative benchmark's scores: a quote-hit anywhere, a lead-hit only in the first quote, and the misses named."""

from __future__ import annotations

from bench.narrative import Case, Scores


def test_a_phrase_quoted_after_the_lead_is_a_quote_hit_not_a_lead_hit():
    s = Scores()
    case = Case("x1", "narrative", "why?", ("4.2",), ("lack time",))
    s.add(case, ["4.2"], ["Clusters help firms.", "SMEs often lack time and budgets."])
    s.add(Case("x2", "narrative", "why?", ("4.2",), ("lack time",)), ["4.2"], ["SMEs often lack  Time."])
    s.add(Case("x3", "narrative", "why?", ("2.2",), ("slowing down",)), ["4.2"], ["Nothing here."])
    assert (s.n, s.hit1, s.quote_hit, s.lead_hit) == (3, 2, 2, 1)
    assert s.unled == ["x1"] and s.misses == ["x3"]
