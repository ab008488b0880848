from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from prepcli import digest


def row(iid, day, channel="in_person", function="commercial", **kw):
    return {"interaction_id": iid, "date": day, "channel": channel, "function": function, **kw}


def test_last_visit_is_newest_in_person_or_virtual_of_the_function():
    rows = [
        row("a", "2026-01-01"),
        row("b", "2026-02-01", "virtual"),
        row("c", "2026-03-01", "email"),
        row("d", "2026-04-01", "in_person", "medical"),
    ]
    assert digest.last_visit(rows, "commercial")["interaction_id"] == "b"
    assert digest.last_visit(rows, "medical")["interaction_id"] == "d"
    assert digest.last_visit([row("x", "2026-01-01", "email")], "commercial") is None


def test_since_lists_everything_after_the_visit_newest_first():
    rows = [
        row("a", "2026-01-01"),
        row("b", "2026-02-01", "email"),
        row("c", "2026-03-01", "event"),
    ]
    visit = rows[0]
    assert [i["interaction_id"] for i in digest.since(rows, visit)] == ["c", "b"]


def test_mmr_prefers_diverse_picks():
    vectors = np.array([[1, 0], [0.99, 0.14], [0, 1]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    relevance = np.array([1.0, 0.95, 0.6], dtype=np.float32)
    assert digest.mmr(relevance, vectors, 2, lam=0.5) == [0, 2]


def _mmr_by_matrix(relevance, vectors, k, lam):
    """The textbook n x n formulation, kept here as the reference the fast one must match."""
    sims = vectors @ vectors.T
    chosen, candidates = [], list(range(len(relevance)))
    while candidates and len(chosen) < k:
        redundancy = (
            sims[np.ix_(candidates, chosen)].max(axis=1) if chosen else np.zeros(len(candidates))
        )
        scores = lam * relevance[candidates] - (1 - lam) * redundancy
        best = candidates[int(np.argmax(scores))]
        chosen.append(best)
        candidates.remove(best)
    return chosen


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 40),
    k=st.integers(0, 10),
    lam=st.floats(0.0, 1.0),
    seed=st.integers(0, 2**16),
)
def test_mmr_matches_the_matrix_formulation(n, k, lam, seed):
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(n, 8)).astype(np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    relevance = rng.random(n).astype(np.float32)
    assert digest.mmr(relevance, vectors, k, lam=lam) == _mmr_by_matrix(relevance, vectors, k, lam)


def test_key_history_favours_interest_and_recency_and_returns_newest_first():
    rows = [row(f"i{n}", f"2026-{n:02d}-01", notes="x" * 300) for n in range(1, 11)]
    vectors = np.eye(10, dtype=np.float32)
    interest = vectors[2]
    picked = digest.key_history(rows, vectors, interest, date(2026, 11, 1), k=5)
    ids = [r["interaction_id"] for r, _ in picked]
    assert "i3" in ids
    assert len(ids) == 5
    assert [r["date"] for r, _ in picked] == sorted((r["date"] for r, _ in picked), reverse=True)


def test_engagement_counts_and_open_rate():
    rows = [
        row("a", "2026-10-01", "email", engagement="opened"),
        row("b", "2026-09-01", "email", engagement="unopened"),
        row("c", "2026-08-01", "event", engagement="attended"),
        row("d", "2024-01-01", "email", engagement="opened"),
    ]
    e = digest.engagement(rows, {"email_consent": True}, date(2026, 11, 23))
    assert e.by_channel == {"email": 2, "event": 1}
    assert e.email_open_rate == 0.5 and e.events_attended == 1


def test_channel_suggestion_respects_consent_and_do_not_contact():
    no_consent = {"email_consent": False, "preferred_channel": "email"}
    line = digest.suggest_channel(no_consent, 0.9, 0, 0, {"phone": 3})
    assert line.startswith("Suggested channel: phone") and "No email" in line
    dnc = digest.suggest_channel({"do_not_contact": True}, 0.9, 0, 0, {})
    assert dnc.startswith("Do not contact")


def test_unknown_consent_never_suggests_email_without_a_notice():
    line = digest.suggest_channel({"preferred_channel": "email"}, 0.9, 0, 0, {"in_person": 2})
    assert not line.startswith("Suggested channel: email")
    assert "Email consent unknown" in line


def test_channel_suggestion_never_contradicts_the_numbers():
    # Prefers events but has attended none: no "event" beside "attended 0 of 0".
    line = digest.suggest_channel(
        {"preferred_channel": "event", "email_consent": True}, None, 0, 0, {"phone": 2}
    )
    assert line.startswith("Suggested channel: phone")
    assert "attended 0 of 0" in line
    kept = digest.suggest_channel(
        {"preferred_channel": "event", "email_consent": True}, None, 2, 2, {"phone": 2}
    )
    assert kept.startswith("Suggested channel: event") and "attended 2 of 2" in kept


NOTE = (
    "Met Dr. Chen in clinic between patients. BlueHarbor denied the last 3 prior "
    "authorizations for Cardelis. Positive tone. Dr. Chen prefers Vantrexa for frail patients. "
    "Next touchpoint in 3-4 weeks."
)


def test_key_points_prefer_substance_over_logistics():
    assert digest.key_points(NOTE) == [
        "BlueHarbor denied the last 3 prior authorizations for Cardelis.",
        "Dr. Chen prefers Vantrexa for frail patients.",
    ]
    # Logistics only when the note has nothing else.
    assert digest.key_points("Zoom detail with Dr. X; audio only. Positive tone.", n=1) == [
        "Zoom detail with Dr. X; audio only."
    ]


def test_what_to_know_cites_access_objections_and_competitor():
    rows = [
        row("a", "2026-11-01", notes=NOTE, products=["Cardelis"]),
        row(
            "b",
            "2026-10-01",
            notes="Price came up first: says Cardelis costs too much. Good call overall.",
            products=["Cardelis"],
        ),
        row("c", "2024-01-01", notes="Cardelis is tier 3 with UnityCare.", products=["Cardelis"]),
    ]
    facts = digest.what_to_know(rows, date(2026, 11, 23))
    assert [(f.label, f.interaction_id) for f in facts] == [
        ("Access", "a"),
        ("Objection", "b"),
        ("Competitor", "a"),
    ]
    assert facts[0].text.startswith("BlueHarbor denied") and facts[0].date == "2026-11-01"


def test_key_points_rank_access_over_requests_and_skip_delivery_lines():
    note = (
        "Shared: Veltrana Prior Authorization and Access Guide. Will order more vouchers. "
        "Veltrana is still non-formulary at the cancer center. "
        "Promised again: drop off dosing cards."
    )
    assert digest.key_points(note, n=1) == ["Veltrana is still non-formulary at the cancer center."]


def test_long_lists_are_summarised_by_channel():
    rows = [row(f"e{n}", "2026-11-01", "email") for n in range(3)] + [
        row("m", "2026-11-02", "in_person", "medical"),
        row("s", "2026-11-03", "sample_drop"),
    ]
    assert digest.channel_counts(rows) == "3 emails, 1 medical contact, 1 sample drop"


def test_a_promise_is_not_an_objection():
    rows = [row("a", "2026-11-01", notes="Promised again: bring cost-comparison sheet.")]
    assert digest.what_to_know(rows, date(2026, 11, 23)) == []
