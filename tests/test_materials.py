from datetime import date

import numpy as np

from prepcli.digest import FollowUp
from prepcli.materials import recently_shared, recommend

AS_OF = date(2026, 11, 23)


def piece(cid, **kw):
    return {
        "content_id": cid,
        "title": f"Title {cid}",
        "approval_code": f"US-{cid}",
        "expires_on": "2027-06-01",
        "products": [],
        **kw,
    }


def test_ranks_by_interest_and_explains_with_the_matching_note():
    content = [piece("c1"), piece("c2")]
    cvec = np.array([[1, 0], [0, 1]], dtype=np.float32)
    interactions = [
        {
            "interaction_id": "i1",
            "date": "2026-10-01",
            "channel": "in_person",
            "subject": "autoinjector handling",
            "content_ids": [],
        }
    ]
    ivec = np.array([[0, 1]], dtype=np.float32)
    recs = recommend(
        content,
        cvec,
        np.array([0, 1], dtype=np.float32),
        interactions,
        ivec,
        [],
        np.zeros((0, 2)),
        AS_OF,
    )
    assert [r.content_id for r in recs] == ["c2", "c1"]
    assert (
        recs[0].reason
        == "matches your 2026-10-01 in person note on \u201cautoinjector handling\u201d"
    )


def test_open_follow_up_is_the_reason_when_it_matches():
    content = [piece("c1")]
    fu = FollowUp(
        "i9",
        "2026-10-01",
        "Send the renal dosing card",
        "2026-10-15",
        True,
        "follow_up",
        "commercial",
    )
    recs = recommend(
        content,
        np.array([[1, 0]], dtype=np.float32),
        None,
        [],
        np.zeros((0, 2)),
        [fu],
        np.array([[1, 0]], dtype=np.float32),
        AS_OF,
    )
    assert "open follow-up" in recs[0].reason and "due 2026-10-15" in recs[0].reason


def test_skips_recently_shared_and_marks_expiring():
    interactions = [
        {"interaction_id": "i1", "date": "2026-11-01", "channel": "email", "content_ids": ["c1"]},
        {"interaction_id": "i2", "date": "2026-05-01", "channel": "email", "content_ids": ["c2"]},
    ]
    assert recently_shared(interactions, AS_OF) == {"c1"}
    content = [piece("c1"), piece("c2", expires_on="2026-12-10")]
    recs = recommend(
        content, np.zeros((2, 0)), None, interactions, np.zeros((0, 0)), [], np.zeros((0, 0)), AS_OF
    )
    assert [r.content_id for r in recs] == ["c2"]
    assert recs[0].expiring_soon


def test_a_follow_up_naming_a_piece_by_title_is_its_reason():
    reprint = piece("c1", title="ZENITH-1 Primary Publication (Reprint)", kind="reprint")
    email = piece("c2", title="Veltrana Approved Email: ZENITH-1 Highlights")
    fu = FollowUp(
        "i9", "2026-10-01", "Send ZENITH-1 reprint", "2026-10-16", True, "follow_up", "commercial"
    )
    recs = recommend(
        [email, reprint],
        np.zeros((2, 0)),
        None,
        [],
        np.zeros((0, 0)),
        [fu],
        np.zeros((1, 0)),
        AS_OF,
    )
    assert recs[0].content_id == "c1" and "Send ZENITH-1 reprint" in recs[0].reason


def test_markdown_escaping_keeps_data_inert():
    from prepcli.render import md

    assert md('=HYPERLINK("http://x","y")').startswith("\\=")
    assert md("# heading") == "\\# heading" and md("1. item") == "1\\. item"
    assert md("[l](u) <b> a|b") == "\\[l\\](u) \\<b> a\\|b"
    assert md("HR+/HER2- (0.55) $25 #1") == "HR+/HER2- (0.55) $25 #1"
    assert md("line\nbreak") == "line break" and md(None) == "-"
