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
    with sqlite3.connect(db_path) as conn:
        planned = conn.execute("SELECT plan_id, start FROM schedule").fetchall()
    assert planned == [("a1CHs0000ZazDYHMQ2", "2026-12-02T10:00")]
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


ORG = Path(__file__).parent / "fixtures" / "veeva_org"
HIDDEN = [f"ORGCANARY-{c}" for c in "ABCDEFGHI"]


def test_unknown_record_types_and_profiles_fail_closed(runner, db_path):
    """An org export (fields from a public Veeva org's Call2_vod__c extract) whose record types
    and profiles the shipped mapping does not list: their calls are stored as medical, the
    summary says which values decided nothing and how to add a rule, and no rep output or
    search holds their text."""
    result = runner.invoke(app, ["ingest", str(ORG), "--from", "veeva"])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert "3 interactions stored as medical by default" in err
    assert "record type 'Scientific_Exchange' is in no rule of [values.call_record_type]" in err
    assert "owner profile 'PH - Field Force' is in no rule of [values.user_profile] (1 row)" in err
    assert "prepcli mapping show veeva" in err and "--map" in err
    conn = sqlite3.connect(db_path)
    functions = dict(
        conn.execute(
            "SELECT json_extract(extra, '$.call_name'), function FROM interactions "
            "WHERE json_extract(extra, '$.call_name') IS NOT NULL"
        )
    )
    assert functions == {
        "C-000101": "commercial",
        "C-000102": "medical",  # unknown record type and profile
        "C-000103": "medical",  # MSL user type
        "C-000104": "medical",  # Medical_Discussions_vod__c
        "C-000105": "medical",  # linked Medical_Inquiry_vod__c
        "C-000106": "medical",  # unknown profile
        "C-000107": "medical",  # unknown profile, no record type
        "C-000108": "commercial",
    }
    for name in ("Siti Rahman", "Niran Chaiyasit", "Maria Santos"):
        for fmt in ("markdown", "json", "terminal"):
            out = runner.invoke(app, ["prep", name, "--as-of", AS_OF, "--format", fmt])
            assert out.exit_code == 0, out.output
            assert not [c for c in HIDDEN if c in out.stdout]
    hits = runner.invoke(app, ["search", "off-label renal dosing compassionate", "--json"])
    assert hits.exit_code == 0, hits.output
    assert not [c for c in HIDDEN if c in hits.stdout]


def test_an_org_rule_file_laid_over_the_shipped_mapping_decides_them(runner, db_path, tmp_path):
    rules = tmp_path / "our-org.toml"
    rules.write_text(
        '[mapping]\nextends = "veeva"\n\n[values.user_profile]\n'
        '"PH - Field Force" = "commercial"\n"PH - Scientific Advisor" = "medical"\n'
    )
    result = runner.invoke(app, ["ingest", str(ORG), "--from", "veeva", "--map", str(rules)])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert "1 interaction stored as medical by default" in err
    conn = sqlite3.connect(db_path)
    row = conn.execute(
        "SELECT function, json_extract(extra, '$.function_decided') FROM interactions "
        "WHERE json_extract(extra, '$.call_name') = 'C-000106'"
    ).fetchone()
    assert row == (
        "commercial",
        "commercial: owner profile 'PH - Field Force'; owner user type 'Specialty Rep'",
    )


def test_briefing_shows_objective_shown_and_samples_and_summary_lists_missing_refs(runner, db_path):
    result = runner.invoke(app, ["ingest", str(ORG), "--from", "veeva"])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    # Sent emails name Approved Email templates this export does not hold.
    assert "3 references in content_ids to 2 records not in the store" in err
    assert "Multichannel_Activity_vod__c.csv: not read: web, CLM and email tracking" in err
    assert "Call2_Key_Message_vod__c.csv: columns not read: " in err
    assert "Key_Message_Description__c" in err
    siti = runner.invoke(app, ["prep", "Siti Rahman", "--as-of", AS_OF])
    assert "shown: Zelvoran_Core_2025" in siti.stdout
    assert "Zelvoran Core 2025: Titration schedule (reaction: Positive)" in siti.stdout
    assert "samples left" in siti.stdout
    # A month after the last call, while its next-call note is still fresh.
    maria = runner.invoke(
        app, ["prep", "Maria Santos", "--as-of", "2025-11-05", "--format", "json"]
    )
    entries = json.loads(maria.stdout)["history"]
    assert [e["objective"] for e in entries if e["objective"]] == [
        "Confirm hub enrolment for two patients"
    ]
    # The next-call note is the rep's open follow-up.
    assert "Check enrolment status with the hub" in maria.stdout
    terminal = runner.invoke(
        app, ["prep", "Maria Santos", "--as-of", AS_OF, "--format", "terminal"]
    )
    assert "objective: Confirm hub enrolment for two patients" in " ".join(terminal.stdout.split())


HELDOUT = Path(__file__).parent / "fixtures" / "veeva_heldout"


def test_held_out_european_export_never_shows_reps_medical_text(runner, db_path):
    """Held out (never used to tune the mapping): a European org whose record types and
    profiles (Außendienst, Délégué Médical, Responsable Scientifique, Informatore Scientifico)
    the mapping has never seen. Whatever it decides, no text of a call the org means as medical
    reaches a rep, and every call it could not decide is listed."""
    result = runner.invoke(app, ["ingest", str(HELDOUT), "--from", "veeva"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db_path)
    stored = dict(conn.execute("SELECT notes, function FROM interactions"))
    medical_text = [n for n in stored if "HELDOUT-" in n]
    assert medical_text and all(stored[n] == "medical" for n in medical_text)
    defaulted = conn.execute(
        "SELECT count(*) FROM interactions WHERE json_extract(extra, '$.function_decided') "
        "LIKE 'medical by default%'"
    ).fetchone()[0]
    assert f"{defaulted} interactions stored as medical by default" in " ".join(
        result.stderr.split()
    )
    for name in ("Becker", "Martin", "Romano"):
        for fmt in ("markdown", "json", "terminal"):
            out = runner.invoke(app, ["prep", name, "--as-of", AS_OF, "--format", fmt])
            assert out.exit_code == 0, out.output
            assert "HELDOUT-" not in out.stdout
