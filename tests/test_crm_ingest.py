"""A Veeva export through the real ingest: same guarantees as native input, and briefings whose
firewall and product restrictions hold."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from prepcli.cli import app

VEEVA = Path(__file__).parent / "fixtures" / "veeva"
AS_OF = "2026-11-23"


def test_veeva_export_ingests_idempotently_and_briefings_hold_the_rules(runner, db_path):
    first = runner.invoke(app, ["ingest", str(VEEVA), "--from", "veeva"])
    assert first.exit_code == 0, first.output
    assert "Planned_vod" in first.stderr
    again = runner.invoke(app, ["ingest", str(VEEVA), "--from", "veeva"])
    assert again.exit_code == 0 and "0 new, 0 changed" in again.stderr

    conn = sqlite3.connect(db_path)
    medical_text = [
        t
        for row in conn.execute(
            "SELECT subject, notes, follow_up FROM interactions WHERE function = 'medical'"
        )
        for t in row
        if t and len(t) > 15
    ]
    assert medical_text, "the fixture should hold medical records"
    hcps = conn.execute("SELECT hcp_id, restricted_products, do_not_contact FROM hcps").fetchall()
    assert any(r[1] for r in hcps) and any(r[2] for r in hcps)
    for hcp_id, restricted, do_not_contact in hcps:
        banned = {p.casefold() for p in json.loads(restricted or "[]")}
        outputs = []
        for fmt in ("markdown", "json", "terminal"):
            result = runner.invoke(app, ["prep", hcp_id, "--as-of", AS_OF, "--format", fmt])
            assert result.exit_code == 0, result.output
            outputs.append(result.stdout)
        rep = "\n".join(outputs)
        assert not [t for t in medical_text if t in rep]
        for role in ("rep", "msl"):
            data = json.loads(
                runner.invoke(
                    app, ["prep", hcp_id, "--role", role, "--as-of", AS_OF, "--format", "json"]
                ).stdout
            )
            for m in data["materials"]:
                products = conn.execute(
                    "SELECT products FROM content WHERE content_id = ?", [m["content_id"]]
                ).fetchone()[0]
                assert not banned & {p.casefold() for p in json.loads(products or "[]")}
            if do_not_contact:
                assert data["notices"][0].startswith("DO NOT CONTACT")


def test_mapping_show_prints_the_shipped_toml(runner):
    result = runner.invoke(app, ["mapping", "show", "veeva"])
    assert result.exit_code == 0 and "Call2_vod__c" in result.stdout
    missing = runner.invoke(app, ["mapping", "show", "nosuchcrm"])
    assert missing.exit_code == 2
