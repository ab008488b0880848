"""The team store's search, the parts that are plain functions (no server needed)."""

from __future__ import annotations

from prepcli.stores.pgsearch import band_limits
from prepcli.stores.postgres import BAND_PREFIX

# The share of passages no longer than each length band.
UPTO = {3: 0.01, 5: 0.11, 6: 0.31, 7: 0.61, 8: 0.81, 9: 0.91, 10: 0.96, 14: 0.99}


def _band(query: str) -> int:
    return int(query.strip("'")[len(BAND_PREFIX) :])


def test_few_candidates_are_all_scored() -> None:
    assert band_limits(4_000, UPTO, 5_000) == [""]
    assert band_limits(400_000, {}, 5_000) == [""]  # no statistics yet: score them all


def test_many_candidates_are_scored_shortest_first_then_widened() -> None:
    limits = band_limits(40_000, UPTO, 5_000)
    assert limits[-1] == ""  # in the end, every passage
    bands = [_band(q) for q in limits[:-1]]
    assert bands == [5, 6]  # about 5,000 then 20,000 of the 40,000, then all of them
    assert 40_000 * UPTO[bands[0]] <= 5_000 < 40_000 * UPTO[6]


def test_a_first_band_larger_than_the_cap_is_still_a_step() -> None:
    limits = band_limits(1_000_000, {4: 0.5, 5: 1.0}, 5_000)
    assert [_band(q) for q in limits[:-1]] == [4]


def test_bands_too_short_to_hold_every_word_are_passed_over() -> None:
    # Three words need three distinct words at least: band 4 (3 words) and up.
    limits = band_limits(40_000, UPTO, 5_000, words=3)
    assert all(_band(q) >= 4 for q in limits[:-1])
    assert band_limits(40_000, {2: 0.5}, 5_000, words=3) == [""]
