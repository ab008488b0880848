from datetime import date

import numpy as np

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


def test_key_history_favours_interest_and_recency_and_returns_newest_first():
    rows = [row(f"i{n}", f"2026-{n:02d}-01", notes="x" * 300) for n in range(1, 11)]
    vectors = np.eye(10, dtype=np.float32)
    interest = vectors[2]
    picked = digest.key_history(rows, vectors, interest, date(2026, 11, 1), k=5)
    ids = [r["interaction_id"] for r, _ in picked]
    assert "i3" in ids
    assert len(ids) == 5
    assert [r["date"] for r, _ in picked] == sorted((r["date"] for r, _ in picked), reverse=True)


def test_follow_ups_recorded_and_found_in_notes_with_overdue_first():
    rows = [
        row("a", "2026-10-01", follow_up="Send the PALLAS reprint", follow_up_due="2026-10-15"),
        row("b", "2026-11-01", follow_up="Bring dosing card", follow_up_due="2026-12-01"),
        row("c", "2026-11-10", notes="Good chat. Promised to send the formulary kit. Bye."),
        row("d", "2026-11-11", follow_up="Done already", status="closed"),
        row("e", "2025-01-10", notes="Promised to send something long ago."),
    ]
    found = digest.follow_ups(rows, date(2026, 11, 23))
    assert [f.interaction_id for f in found] == ["a", "b", "c"]
    assert found[0].overdue and not found[1].overdue
    assert found[2].source == "note" and "formulary kit" in found[2].text


def test_commitments_in_notes():
    note = "Dr. X asked for the dosing card. We discussed access. Will follow up after P&T."
    found = digest.commitments_in(note)
    assert found[0] == "Dr. X asked for the dosing card"
    assert "follow up after P&T" in found[1]


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
    assert "Suggested channel: phone" in line and "No email" in line
    assert "email" not in line.split(".")[0].lower().replace("suggested channel: phone", "")
    dnc = digest.suggest_channel({"do_not_contact": True}, 0.9, 0, 0, {})
    assert dnc.startswith("Do not contact")
