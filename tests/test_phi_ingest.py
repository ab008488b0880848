"""Patient identifiers in notes are scrubbed before anything is stored or embedded."""

from __future__ import annotations

import json
import sqlite3

from prepcli.cli import app


def test_patient_identifiers_never_reach_the_store(runner, tiny_data, db_path):
    rows = [
        json.loads(line)
        for line in (tiny_data / "interactions.jsonl").read_text().split("\n")
        if line.strip()
    ]
    rows[0]["notes"] = (
        "Discussed Veltrana dosing. Her pt John Miller, DOB 03/04/1961, MRN "
        "00482913, called from 617-555-0142 about the copay card."
    )
    rows[0]["follow_up"] = "Call back Mrs. Alvarez at jane.alvarez@example.com"
    (tiny_data / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["ingest", str(tiny_data), "--report-phi"])
    assert result.exit_code == 0, result.output
    assert "patient data scrubbed: " in result.stderr and ": I001" in result.stderr
    assert "PATIENT-NAME" in result.stderr and "DOB" in result.stderr

    conn = sqlite3.connect(db_path)
    notes, follow_up = conn.execute(
        "SELECT notes, follow_up FROM interactions WHERE interaction_id = 'I001'"
    ).fetchone()
    assert "[PATIENT-NAME]" in notes and "[DOB]" in notes and "[MRN]" in notes
    assert "[PHONE]" in notes and "[EMAIL]" in follow_up
    assert "Veltrana" in notes  # product names are not patient names
    dump = "\n".join(conn.iterdump())
    for secret in (
        "Miller",
        "03/04/1961",
        "00482913",
        "617-555-0142",
        "Alvarez",
        "jane.alvarez@example.com",
    ):
        assert secret not in dump
    hits = json.loads(
        runner.invoke(app, ["search", "John Miller", "--mode", "bm25", "--json"]).stdout
    )
    assert all("Miller" not in h["passage"] for h in hits)


def test_external_shapes_never_reach_the_store_and_clinicians_stay(runner, tiny_data, db_path):
    rows = [
        json.loads(line)
        for line in (tiny_data / "interactions.jsonl").read_text().split("\n")
        if line.strip()
    ]
    # Shapes from other people's notes: a chart label, a pager, an international number, a
    # spelled-out e-mail, a multi-line address; and clinicians named without "Dr." who must stay:
    # the HCP from the HCP table and the note's author.
    rows[0]["author"] = "Priya Raman"
    rows[0]["notes"] = (
        "Amara Okafor asked about Veltrana. Priya Raman left the card.\n"
        "Pt: Harold Jensen, pager 55012, UK cell +44 20 7946 0958, "
        "email harold dot jensen at example dot org\n"
        "41086 Kiannonkatu 98\n Suite 464\n OULU\n Finland 80896"
    )
    (tiny_data / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["ingest", str(tiny_data), "--report-phi"])
    assert result.exit_code == 0, result.output
    assert "patient data scrubbed: " in result.stderr and ": I001" in result.stderr

    conn = sqlite3.connect(db_path)
    (notes,) = conn.execute(
        "SELECT notes FROM interactions WHERE interaction_id = 'I001'"
    ).fetchone()
    assert "Amara Okafor asked about Veltrana. Priya Raman left the card." in notes
    dump = "\n".join(conn.iterdump())
    for secret in (
        "Jensen",
        "55012",
        "7946 0958",
        "example dot org",
        "Kiannonkatu",
        "OULU",
        "80896",
    ):
        assert secret not in dump, secret


def test_what_was_shown_and_columns_the_contract_does_not_name_are_scrubbed_too(
    runner, tiny_data, db_path
):
    """Found by an audit: an export's extra column ("patient_contact") and the items of
    "shown" were stored as written while the same row's notes were scrubbed."""
    rows = [
        json.loads(line)
        for line in (tiny_data / "interactions.jsonl").read_text().split("\n")
        if line.strip()
    ]
    rows[0]["shown"] = ["Veltrana core deck", "Deck for pt Maria Gonzalez 617-555-0143"]
    rows[0]["patient_contact"] = "Maria Gonzalez 617-555-0143"
    rows[0]["duration_min"] = 25
    (tiny_data / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["ingest", str(tiny_data), "--report-phi"])
    assert result.exit_code == 0, result.output
    assert ": I001" in result.stderr

    conn = sqlite3.connect(db_path)
    shown, extra = conn.execute(
        "SELECT shown, extra FROM interactions WHERE interaction_id = 'I001'"
    ).fetchone()
    assert json.loads(shown) == ["Veltrana core deck", "Deck for pt [PATIENT-NAME] [PHONE]"]
    assert json.loads(extra) == {"patient_contact": "[PATIENT-NAME] [PHONE]", "duration_min": 25}
    dump = "\n".join(conn.iterdump())
    assert "Gonzalez" not in dump and "617-555-0143" not in dump
