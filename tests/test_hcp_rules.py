"""The per-HCP content rules end to end: the briefing and `search --hcp` offer the same pieces
(product scope, restrictions, consent, do-not-contact)."""

from __future__ import annotations

import json

import pytest

from prepcli.cli import app

RHEUMORA = """\
---
content_id: C003
title: Rheumora dosing card
audience: commercial
approval_code: US-RHE-2026-0001
approved_on: 2026-01-15
expires_on: 2027-01-15
products: [Rheumora]
indications: [rheumatoid arthritis]
kind: dosing_card
channels: in_person
---
Rheumora dosing: one tablet daily; dosing card for the exam room.
"""

EMAIL_TEMPLATE = """\
---
content_id: C004
title: Veltrana approved email on dosing
audience: commercial
approval_code: US-ONC-2026-0300
approved_on: 2026-01-15
expires_on: 2027-01-15
products: [Veltrana]
kind: email_template
channels: email
---
Veltrana dosing in an approved email: once daily with food.
"""


@pytest.fixture
def store(runner, tiny_data):
    (tiny_data / "content" / "C003.md").write_text(RHEUMORA, encoding="utf-8")
    (tiny_data / "content" / "C004.md").write_text(EMAIL_TEMPLATE, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tiny_data)])
    assert result.exit_code == 0, result.output
    return tiny_data


def content_hits(runner, *args):
    result = runner.invoke(
        app, ["search", "dosing", "--kind", "content", "--mode", "bm25", "--json", *args]
    )
    assert result.exit_code == 0, result.output
    return {h["id"] for h in json.loads(result.stdout)}, result.stderr


def prep_json(runner, hcp):
    result = runner.invoke(app, ["prep", hcp, "--as-of", "2026-11-23", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_search_for_an_hcp_applies_scope_restriction_and_consent(runner, store):
    everything, _ = content_hits(runner)
    assert {"C001", "C003", "C004"} <= everything
    oncologist, notes = content_hits(runner, "--hcp", "H001")
    # Never the rheumatology card. (C001 depends on today's date: shared on 2026-10-02, it is
    # held back for 60 days.)
    assert "C003" not in oncologist and "C004" in oncologist
    assert "outside this HCP's practice" in notes
    # H002: cardiologist, Veltrana restricted, no email consent: nothing here is for them.
    cardiologist, _ = content_hits(runner, "--hcp", "H002")
    assert cardiologist == set()


def test_briefing_offers_what_search_for_the_hcp_allows(runner, store):
    offered = {m["content_id"] for m in prep_json(runner, "H001")["materials"]}
    allowed, _ = content_hits(runner, "--hcp", "H001")
    # C001 was shared with H001 on 2026-10-02, within 60 days: neither offers it again.
    assert offered <= allowed and "C003" not in offered


def test_unknown_consent_holds_back_email_pieces_and_says_so(runner, store):
    hcps = store / "hcps.csv"
    hcps.write_text(hcps.read_text().replace("in_person,true,T-101", "in_person,,T-101"))
    assert runner.invoke(app, ["ingest", str(store)]).exit_code == 0
    data = prep_json(runner, "H001")
    assert "C004" not in {m["content_id"] for m in data["materials"]}
    assert any("Email consent unknown" in n for n in data["notices"])
    assert any("email consent unknown" in n for n in data["materials_notes"])
    assert not data["engagement"]["suggestion"].startswith("Suggested channel: email")


def test_do_not_contact_briefing_has_no_materials_and_says_why(runner, store):
    hcps = store / "hcps.csv"
    hcps.write_text(
        hcps.read_text().replace("in_person,true,T-101,,false", "in_person,true,T-101,,true")
    )
    assert runner.invoke(app, ["ingest", str(store)]).exit_code == 0
    data = prep_json(runner, "H001")
    assert data["materials"] == []
    assert data["materials_notes"] == ["None offered: this HCP asked not to be contacted."]
    md = runner.invoke(app, ["prep", "H001", "--as-of", "2026-11-23", "-f", "markdown"]).stdout
    assert "_None offered: this HCP asked not to be contacted._" in md
