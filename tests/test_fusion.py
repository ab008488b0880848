"""Score fusion of the two search arms: pure functions, no store."""

from __future__ import annotations

from prepcli.fusion import Fusion, fuse, rrf, scaled


def test_an_arm_that_is_sure_beats_middling_ranks_in_both():
    # "a" is first by far for bm25 and absent from dense; "m" is middling in both lists.
    bm25 = [("a", 9.0), ("x", 3.0), ("m", 2.9), ("y", 1.0)]
    dense = [("p", 0.60), ("q", 0.59), ("m", 0.45), ("z", 0.30)]
    fused = [k for k, _ in fuse({"bm25": bm25, "dense": dense}, Fusion(bm25_weight=0.5))]
    assert fused.index("a") < fused.index("m")
    # Rank fusion puts the middling source first: the failure this replaces.
    ranked = [k for k, _ in rrf({"bm25": [k for k, _ in bm25], "dense": [k for k, _ in dense]})]
    assert ranked[0] == "m"


def test_floor_drops_an_arms_weak_tail():
    assert scaled([("a", 10.0), ("b", 9.0), ("c", 1.0), ("d", 0.0)], floor=0.5) == {
        "a": 1.0,
        "b": 0.9,
    }


def test_one_hit_or_equal_scores_scale_to_one():
    assert scaled([("a", 3.0)]) == {"a": 1.0}
    assert scaled([("a", 2.0), ("b", 2.0)]) == {"a": 1.0, "b": 1.0}
    assert scaled([]) == {}


def test_weight_moves_the_balance_and_a_missing_arm_is_fine():
    bm25 = [("k", 5.0), ("j", 1.0)]
    dense = [("d", 0.7), ("e", 0.2)]
    arms = {"bm25": bm25, "dense": dense}
    assert fuse(arms, Fusion(bm25_weight=0.8))[0][0] == "k"
    assert fuse(arms, Fusion(bm25_weight=0.2))[0][0] == "d"
    assert [k for k, _ in fuse({"dense": dense}, Fusion())] == ["d", "e"]


def test_ties_break_by_key_so_results_are_stable():
    assert fuse({"bm25": [("b", 1.0), ("a", 1.0)]}, Fusion()) == fuse(
        {"bm25": [("a", 1.0), ("b", 1.0)]}, Fusion()
    )
