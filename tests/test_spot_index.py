"""The spotter's shortcuts drop nothing: the first-run index keeps every alias that can match, and the fuzzy pool
keeps every alias a window can be a typo of."""

from __future__ import annotations

import pytest

from assistant import spot
from tools.names import close_matches


@pytest.mark.parametrize("template", ["{}", "what about {}s?", "the {}es sector", "e.g. ({}) and more", "x-{}"])
def test_every_alias_is_kept_where_it_occurs(template):
    for alias, kind, canonical in spot._aliases():
        text = spot.fold(template.format(alias))
        if spot._positions(text, alias):
            assert (alias, kind, canonical) in spot._present(text), (alias, text)


def test_present_keeps_the_aliases_order():
    rows = spot._present(spot.fold("logistical services, mobility technologies and the nordic countries"))
    order = {r: i for i, r in enumerate(spot._aliases())}
    assert len(rows) > 1
    assert [order[r] for r in rows] == sorted(order[r] for r in rows)


def _best_of_all(window: str):
    """The typo's alias the way the spotter chose it before the pool: every alias of the first letter, then the
    first close match whose length is near enough."""
    cands = spot._fuzzy_candidates().get(window[0], [])
    return next((cands[i] for i, _ in close_matches(window, [a for a, _, _ in cands], spot.FUZZY_CUTOFF)
                 if abs(len(cands[i][0]) - len(window)) <= max(3, len(cands[i][0]) // 5)), None)


def test_the_fuzzy_pool_chooses_as_all_aliases_would():
    windows = set()
    for alias, _, _ in spot._aliases():
        for w in (alias, alias[:-1], alias + "x", alias[:2] + alias[3:], alias[:1] + "q" + alias[1:], alias + " of"):
            if len(w) >= 6:
                windows.add(w)
    chosen = 0
    for w in sorted(windows):
        names, rows = spot._fuzzy_pool(w[0], len(w))
        hits = close_matches(w, names, spot.FUZZY_CUTOFF) if names else []
        got = rows[hits[0][0]] if hits else None
        assert got == _best_of_all(w), w
        chosen += got is not None
    assert chosen > 100
