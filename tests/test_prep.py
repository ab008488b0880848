"""The briefing command end to end on the tiny dataset: lookup, formats, output files, the
do-not-contact and restricted-product rules, the audit trail and erasure."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from prepcli.cli import app, quick_prep_args

AS_OF = ["--as-of", "2026-11-23"]


@pytest.fixture
def store(runner, tiny_data, db_path):
    result = runner.invoke(app, ["ingest", str(tiny_data)])
    assert result.exit_code == 0, result.output
    return db_path


def prep(runner, *args):
    return runner.invoke(app, ["prep", *args, *AS_OF])


@pytest.mark.parametrize(
    "query", ["Dr. Okafor", "okafor", "Amara Okafor", "H001", "1234567893", "Dr Amara Okafr"]
)
def test_hcp_found_by_name_id_npi_and_fuzzy(runner, store, query):
    result = prep(runner, query, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["hcp"]["hcp_id"] == "H001"


def test_ambiguous_name_lists_candidates_and_exits_2(runner, tiny_data, db_path, tmp_path):
    (tiny_data / "hcps.csv").write_text(
        (tiny_data / "hcps.csv").read_text()
        + "H003,Dr. Ben Lindqvist,,Neurology,,Malmo,,SE,,,,,,\n".replace("Ben", "Eva")
        + "H004,Dr. Eva Lindqvist,,Rheumatology,,Oslo,,NO,,,,,,\n".replace("Eva", "Ebba")
    )
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    result = prep(runner, "Lindqvist")
    assert result.exit_code == 2
    assert "matches 3 HCPs" in result.stderr and "H004" in result.stderr


def test_unknown_name_suggests_only_close_names(runner, store):
    result = prep(runner, "Dr. Zebediah Quux")
    assert result.exit_code == 2
    assert "no HCP matches" in result.stderr and "did you mean" not in result.stderr
    assert "prepcli hcps" in result.stderr
    close = prep(runner, "Lind")
    assert close.exit_code == 2 and "did you mean: Dr. Ben Lindqvist" in close.stderr


def test_json_keys_are_the_documented_ones(runner, store):
    data = json.loads(prep(runner, "H001", "--format", "json").stdout)
    for key in (
        "role",
        "as_of",
        "since_last_visit",
        "history",
        "follow_ups",
        "engagement",
        "materials",
        "medical",
        "sources",
    ):
        assert key in data
    assert data["hcp"]["hcp_id"] == "H001" and data["role"] == "rep"
    assert all("interaction_id" in h for h in data["history"])
    for m in data["materials"]:
        assert {"content_id", "approval_code", "expires_on", "reason"} <= m.keys()
    assert "I001" in data["sources"] and "H001" in data["sources"]


def test_rep_briefing_hides_medical_text_but_counts_it(runner, store):
    out = prep(runner, "H001", "--format", "markdown").stdout
    assert "renal impairment" not in out.lower()
    assert "1 medical interactions on record (2026-10-20)" in out
    assert "Medical Affairs" in out
    msl = prep(runner, "H001", "--role", "msl", "--format", "markdown").stdout
    assert "Off-label question on renal impairment" in msl
    assert "Renal impairment response letter" in msl  # medical content for the MSL
    assert "Veltrana dosing guide" not in msl  # commercial content is not offered to an MSL


def test_overdue_follow_up_flagged(runner, store):
    out = prep(runner, "H001", "--format", "markdown").stdout
    assert "**OVERDUE** Send the dosing guide (Veltrana) · due 2026-10-16 · from 2026-10-02" in out


def test_role_from_environment(runner, store, monkeypatch):
    monkeypatch.setenv("PREPCLI_ROLE", "msl")
    assert json.loads(prep(runner, "H001", "--format", "json").stdout)["role"] == "msl"


def test_output_file_and_clear_errors_for_bad_targets(runner, store, tmp_path):
    target = tmp_path / "brief.md"
    assert prep(runner, "H001", "--format", "markdown", "-o", str(target)).exit_code == 0
    assert target.read_text().startswith("# Briefing: Dr. Amara Okafor")
    missing = prep(runner, "H001", "-o", str(tmp_path / "nope" / "b.md"))
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    assert missing.exception is None or isinstance(missing.exception, SystemExit)
    folder = prep(runner, "H001", "-o", str(tmp_path))
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


def test_restricted_products_never_offered_and_do_not_contact_first(runner, tiny_data, db_path):
    prefix = "H001,Dr. Amara Okafor,1234567893,Medical Oncology,Lakeside Cancer Center,"
    old_row = prefix + "Chicago,IL,US,High adopter,in_person,true,T-101,,false"
    new_row = prefix + "Chicago,IL,US,High adopter,in_person,true,T-101,Veltrana,true"
    hcps = (tiny_data / "hcps.csv").read_text().replace(old_row, new_row)
    (tiny_data / "hcps.csv").write_text(hcps)
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    for role in ("rep", "msl"):
        data = json.loads(prep(runner, "H001", "--role", role, "--format", "json").stdout)
        assert data["materials"] == []
        assert data["notices"][0].startswith("DO NOT CONTACT")
        assert data["engagement"]["suggestion"].startswith("Do not contact")
        md = prep(runner, "H001", "--role", role, "--format", "markdown").stdout
        assert md.split("\n")[2].startswith("> **DO NOT CONTACT")


def test_audit_rows_for_prep_and_search_and_append_only(runner, store, db_path):
    prep(runner, "H001")
    runner.invoke(app, ["search", "dosing", "--mode", "bm25"])
    rows = json.loads(runner.invoke(app, ["audit", "--json"]).stdout)
    assert [r["command"] for r in rows] == ["prep", "search"]
    assert rows[0]["hcp_id"] == "H001" and "I001" in rows[0]["record_ids"]
    assert rows[0]["role"] == "rep" and rows[0]["as_of"] == "2026-11-23" and rows[0]["os_user"]
    assert json.loads(runner.invoke(app, ["audit", "--hcp", "Okafor", "--json"]).stdout)
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit SET role = 'msl'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit")
    status = runner.invoke(app, ["status"])
    assert "audit rows" in status.stdout


def test_forget_erases_everything_in_every_search_mode(runner, store, db_path):
    assert runner.invoke(app, ["forget", "H001"]).exit_code == 2  # needs --yes
    result = runner.invoke(app, ["forget", "H001", "--yes"])
    assert result.exit_code == 0, result.output
    for mode in ("bm25", "dense", "hybrid"):
        for role in ("rep", "msl"):
            hits = json.loads(
                runner.invoke(
                    app,
                    [
                        "search",
                        "Veltrana dosing second-line renal impairment",
                        "--mode",
                        mode,
                        "--role",
                        role,
                        "--kind",
                        "interactions",
                        "--json",
                    ],
                ).stdout
            )
            assert all(h.get("hcp_id") != "H001" for h in hits)
    conn = sqlite3.connect(db_path)
    for table in ("interactions", "passages", "profiles", "highlights"):
        sql = f"SELECT COUNT(*) FROM {table} WHERE " + (
            "hcp_id = 'H001'" if table != "highlights" else "interaction_id IN ('I001','I002')"
        )
        assert conn.execute(sql).fetchone()[0] == 0
    assert (
        conn.execute(
            "SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'second'"
        ).fetchone()[0]
        == 0
    )
    assert b"second-line" not in db_path.read_bytes()
    audit = json.loads(runner.invoke(app, ["audit", "--json"]).stdout)
    forgot = [r for r in audit if r["command"] == "forget"]
    assert len(forgot) == 1 and forgot[0]["record_ids"] == ["H001"]
    assert "Okafor" not in json.dumps(forgot[0])


# The model stack, NLP libraries, and the patient-data scrubber's libraries (ingest only).
HEAVY = (
    "torch",
    "transformers",
    "sentence_transformers",
    "faiss",
    "spacy",
    "negspacy",
    "medspacy",
    "phonenumbers",
    "names",
    # typer 0.29 and later import it for their option converters (pinned below that)
    "pydantic",
    # The detectors run at ingest; reading their stored results must not compile their rules.
    "prepcli.safety",
    "prepcli.phi",
)


@pytest.mark.parametrize(
    "command",
    [
        ["prep", "H001", "--as-of", "2026-11-23", "-f", "json", "-o", "-"],
        ["safety", "--as-of", "2026-11-23", "--json"],
    ],
)
def test_prep_without_topic_never_imports_the_model_stack(store, db_path, command):
    code = (
        "import sys; from prepcli.cli import app\n"
        "try:\n"
        f"    app({command!r} + ['--db', r'{db_path}'])\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PREPCLI_MODEL": "fake-trigram-384", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stderr


def test_topic_focus_uses_the_embedder(runner, store):
    data = json.loads(prep(runner, "H001", "--topic", "dosing guide", "--format", "json").stdout)
    assert data["topic"] == "dosing guide"


def test_a_topic_is_audited_as_given_never_by_its_words(runner, store):
    """The trail holds ids, never text, and outlives an erasure: a topic typed as "Okafor's
    patient Jane Roe" must not be kept in it."""
    assert prep(runner, "H001", "--topic", "Okafor patient Jane Roe", "-f", "json").exit_code == 0
    rows = json.loads(runner.invoke(app, ["audit", "--json"]).stdout)
    assert "focused on a topic" in rows[-1]["detail"]
    assert "Jane" not in json.dumps(rows) and "Okafor" not in json.dumps(rows)


def test_prep_entry_point_is_the_same_command():
    prep_bin = Path(sys.executable).parent / "prep"
    result = subprocess.run([str(prep_bin), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "--role" in result.stdout


def test_the_prep_program_reads_without_pydantic_sqlite_utils_or_rich(store, db_path):
    """`prep -f json` runs on plain sqlite3: typer's pydantic, sqlite-utils and rich (for the
    terminal only) are start-up a briefing does not need."""
    argv = ["prep", "H001", "--as-of", "2026-11-23", "-f", "json", "-o", "-", "--db", str(db_path)]
    code = (
        f"import sys; sys.argv = {argv!r}\n"
        "from prepcli.cli import prep_app\n"
        "try:\n"
        "    prep_app()\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "print('LOADED', [m for m in ('pydantic', 'sqlite_utils', 'rich') if m in sys.modules],"
        " file=sys.stderr)\n"
    )
    env = {"PREPCLI_MODEL": "fake-trigram-384", "PATH": "/usr/bin:/bin"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hcp"]["hcp_id"] == "H001"
    assert "LOADED []" in result.stderr


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["Dr. Okafor"], {"hcp": "Dr. Okafor"}),
        (
            ["-f", "json", "--as-of=2026-11-23", "-o", "-", "H1", "--force", "--db", "s.db"],
            {
                "hcp": "H1",
                "fmt": "json",
                "as_of": "2026-11-23",
                "output": "-",
                "force": True,
                "db": "s.db",
            },
        ),
        (
            ["--day", "2026-11-24", "--owner", "Ann"],
            {"hcp": "2026-11-24", "day_": True, "owner": "Ann"},
        ),
        (["--", "-odd name"], {"hcp": "-odd name"}),
    ],
)
def test_plain_prep_arguments_are_read_without_typer(argv, parsed):
    assert quick_prep_args(argv) == parsed


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["-h"], ["H1", "H2"], ["--bogus"], ["-f"], ["--day=yes"], ["-fjson", "H1"]],
)
def test_anything_else_is_left_to_typer(argv):
    assert quick_prep_args(argv) is None
