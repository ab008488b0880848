"""What a newcomer meets at the command line: help that shows what to type, output that pipes
without being wrapped or cut, names in listings, suggestions only when they are close, errors
that name the option typed, a terminal briefing that reads at 80 and 120 columns, and ``-o``
files that are never replaced, followed through a link or left half-written."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAKE_MODEL

import prepcli
from prepcli import cli, output
from prepcli.cli import app, prep_app
from prepcli.errors import PrepError
from prepcli.resolve import match_hcp, sort_key, suggestions

AS_OF = ["--as-of", "2026-11-23"]
REPO = Path(prepcli.__file__).resolve().parents[1]
LONG_FOLLOW_UP = (
    "Send the long-form ZENITH-1 reprint with the appendix tables to the fellows and the nurse "
    "navigator before the tumour board meets"
)


@pytest.fixture
def store(runner, tiny_data, db_path):
    result = runner.invoke(app, ["ingest", str(tiny_data)])
    assert result.exit_code == 0, result.output
    return db_path


def piped(db_path: Path, *args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    """prepcli in its own process with stdout and stderr piped and a narrow COLUMNS."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PREPCLI_DB": str(db_path),
        "PREPCLI_MODEL": FAKE_MODEL,
        "HF_HUB_OFFLINE": "1",
        "COLUMNS": str(columns),
    }
    env.pop("PREPCLI_ROLE", None)
    return subprocess.run(
        [sys.executable, "-m", "prepcli", *args], capture_output=True, text=True, env=env
    )


def prep_rows(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT COUNT(*) FROM audit WHERE command = 'prep'").fetchone()[0]
    finally:
        conn.close()


# --- help ---------------------------------------------------------------------------------


@pytest.fixture(params=[True, False], ids=["terminal", "piped"])
def stderr_terminal(request, monkeypatch):
    """Help and usage errors are rich on a terminal and plain when piped: test both."""
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: request.param)
    return request.param


@pytest.mark.parametrize("command", [[], ["prep"], ["forget"], ["ingest"], ["search"], ["audit"]])
def test_help_shows_no_placeholder_after_flags(runner, command, stderr_terminal):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.stdout
    assert not re.search(r"--(yes|json|dry-run|force|help) +(<\w+>|[A-Z_]{2,}\b)", result.stdout)


def test_help_names_what_a_value_option_takes(runner, stderr_terminal):
    text = runner.invoke(prep_app, ["--help"]).stdout
    assert re.search(r"--as-of +DATE", text)
    assert "FILE" in next(line for line in text.splitlines() if "--output" in line)
    assert "<str>" not in text.split("Options")[1]


# --- piped output is never wrapped or cut ------------------------------------------------


def test_piped_errors_and_ingest_summary_are_whole_lines(tmp_path, tiny_data, db_path):
    deep = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "data"
    deep.parent.mkdir()
    tiny_data.rename(deep)
    result = piped(db_path, "ingest", str(deep))
    assert result.returncode == 0, result.stderr
    assert any(str(deep / "hcps.csv") in line for line in result.stderr.splitlines())
    assert "…" not in result.stderr

    query = "Dr. Zebediah Quux-Montgomery of the Very Long Name Society"
    error = piped(db_path, "prep", query)
    assert error.returncode == 2
    assert f"Error: no HCP matches {query!r}" in error.stderr.splitlines()[0]
    assert "Traceback" not in error.stderr
    usage = piped(db_path, "search", "dosing", "--limit", "300")
    assert usage.returncode == 2 and "╭" not in usage.stderr
    assert any(
        line.startswith("Error: Invalid value for '--limit'") for line in usage.stderr.splitlines()
    )


def test_a_piped_ingest_error_starts_on_its_first_line(tmp_path, db_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "hcps.csv").write_text("hcp_id,name\n,Dr. Nobody\n", encoding="utf-8")
    result = piped(db_path, "ingest", str(data))
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ingest failed with 1 problem")


def test_piped_hcps_and_audit_show_whole_values_with_time_zone(store, db_path):
    piped(db_path, "prep", "H001", *AS_OF, "-f", "json")
    hcps = piped(db_path, "hcps")
    assert hcps.returncode == 0, hcps.stderr
    okafor = next(line for line in hcps.stdout.splitlines() if "H001" in line)
    for value in ("Dr. Amara Okafor", "Medical Oncology", "Lakeside Cancer Center", "2026-10-20"):
        assert value in okafor
    audit = piped(db_path, "audit")
    row = next(line for line in audit.stdout.splitlines() if "H001" in line)
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", row) and "2026-11-23" in row
    assert "…" not in hcps.stdout + audit.stdout


# --- names --------------------------------------------------------------------------------


def test_search_hits_name_the_hcp(runner, store):
    result = runner.invoke(app, ["search", "dosing", "--mode", "bm25"])
    assert result.exit_code == 0, result.output
    assert "Dr. Amara Okafor (H001)" in result.stdout
    hits = json.loads(runner.invoke(app, ["search", "dosing", "--mode", "bm25", "--json"]).stdout)
    assert {h["hcp_name"] for h in hits if h["kind"] == "interactions"} == {"Dr. Amara Okafor"}


def test_hcps_sorted_by_last_name(runner, tiny_data, db_path):
    with (tiny_data / "hcps.csv").open("a") as f:
        f.write("H003,Dr. Zoe Adams,,Neurology,,,,US,,,,,,\n")
        f.write("H004,Prof. Aaron Young,,Neurology,,,,US,,,,,,\n")
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    out = runner.invoke(app, ["hcps"]).stdout
    order = [out.index(name) for name in ("Adams", "Lindqvist", "Okafor", "Young")]
    assert order == sorted(order)
    assert sort_key("Dr. Amara Okafor, MD") == ("okafor", "amara")


# --- suggestions -------------------------------------------------------------------------

NAMES = [
    {"hcp_id": f"H{n}", "name": name}
    for n, name in enumerate(
        [
            "Dr. Amara Okafor",
            "Dr. Andrew Singh",
            "Dr. Naomi Ellison",
            "Dr. Kwame Tanaka",
            "Dr. Omar Castillo",
            "Dr. Ben Lindqvist",
            "Dr. Michael Ramirez",
        ]
    )
]


def names(found: list[dict]) -> list[str]:
    return [h["name"] for h in found]


@pytest.mark.parametrize("query", ["Smith", "xyz", "son", "an", "kim", "Dr. Zebediah Quux"])
def test_far_queries_match_nobody_and_suggest_nobody(query):
    assert match_hcp(NAMES, query) == [] and suggestions(NAMES, query) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("okafr", "Dr. Amara Okafor"),
        ("Dr Amara Okafr", "Dr. Amara Okafor"),
        ("ramires", "Dr. Michael Ramirez"),
    ],
)
def test_typos_still_find_the_hcp(query, expected):
    assert names(match_hcp(NAMES, query)) == [expected]


@pytest.mark.parametrize(
    ("query", "expected"), [("tan", "Dr. Kwame Tanaka"), ("Lind", "Dr. Ben Lindqvist")]
)
def test_a_begun_name_is_suggested_not_chosen(query, expected):
    assert match_hcp(NAMES, query) == [] and names(suggestions(NAMES, query)) == [expected]


def test_unknown_name_says_where_to_look_instead_of_guessing(runner, store):
    result = runner.invoke(app, ["prep", "Smith", *AS_OF])
    assert result.exit_code == 2 and "did you mean" not in result.stderr
    assert "prepcli hcps" in result.stderr


# --- errors name the option typed --------------------------------------------------------


def test_bad_since_date_names_since(runner, store):
    result = runner.invoke(app, ["audit", "--since", "11/30/2026"])
    assert result.exit_code == 2
    assert "--since '11/30/2026' is not a date" in result.stderr and "--as-of" not in result.stderr


# --- the README's next step --------------------------------------------------------------


def test_missing_store_hint_points_at_the_demo_store(runner, tiny_data, tmp_path, monkeypatch):
    monkeypatch.setenv("PREPCLI_DB", str(tmp_path / "elsewhere" / "prepcli.db"))
    monkeypatch.chdir(tmp_path)
    plain = runner.invoke(app, ["prep", "Okafor"])
    assert plain.exit_code == 2 and "no store at" in plain.stderr
    assert "prepcli ingest PATH" in plain.stderr and "--db" in plain.stderr
    # The demo's store, made by another process as `make demo` does (a connection left open in
    # this one would make SQLite refuse the same file under a second name).
    demo = tmp_path / ".prepcli" / "prepcli.db"
    assert piped(demo, "ingest", str(tiny_data)).returncode == 0
    hinted = runner.invoke(app, ["prep", "Okafor"])
    assert "export PREPCLI_DB=$PWD/.prepcli/prepcli.db" in hinted.stderr
    assert "prepcli ingest PATH" in hinted.stderr
    monkeypatch.setenv("PREPCLI_DB", str(demo))
    ok = runner.invoke(app, ["prep", "Okafor", "-f", "json"])
    assert ok.exit_code == 0, ok.stderr


# --- the terminal briefing at 80 and 120 columns -----------------------------------------


@pytest.mark.parametrize("columns", [80, 120])
def test_terminal_briefing_hangs_wrapped_lines_and_keeps_code_with_expiry(
    tiny_data, db_path, columns
):
    rows = (tiny_data / "interactions.jsonl").read_text().splitlines()
    first = json.loads(rows[0])
    first["follow_up"] = LONG_FOLLOW_UP
    first["subject"] = (
        "Dosing discussion: second-line patients, the titration schedule and the card"
    )
    (tiny_data / "interactions.jsonl").write_text("\n".join([json.dumps(first), *rows[1:]]) + "\n")
    (tiny_data / "content" / "C003.md").write_text(
        "---\ncontent_id: C003\n"
        "title: Veltrana titration schedule for second-line patients, with the dosing card\n"
        "audience: commercial\napproval_code: US-ONC-2026-0199\napproved_on: 2026-01-15\n"
        "expires_on: 2027-01-15\nproducts: [Veltrana]\nkind: leave_behind\n---\n"
        "Veltrana dosing in second-line patients: start low, titrate at week two.\n"
    )
    assert piped(db_path, "ingest", str(tiny_data)).returncode == 0
    out = piped(db_path, "prep", "H001", *AS_OF, columns=columns).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert any("US-ONC-2026-0199 · expires 2027-01-15" in line for line in lines)
    follow = next(i for i, line in enumerate(lines) if "OVERDUE Send the long-form" in line)
    bullet = lines[follow].index("•")
    if columns == 80:  # the follow-up wraps: its next line starts under its text
        assert lines[follow + 1][bullet : bullet + 2] == "  "
        assert lines[follow + 1][bullet + 2] != " "
    text = " ".join(line.strip("│ ") for line in lines[follow : follow + 3])
    assert "before the tumour board meets" in text
    entry = next(i for i, line in enumerate(lines) if "in person: Dosing discussion" in line)
    if columns == 80:  # so does a history entry's heading
        bullet = lines[entry].index("•")
        assert lines[entry + 1][bullet : bullet + 2] == "  " and lines[entry + 1][bullet + 2] != " "


# --- -o FILE ------------------------------------------------------------------------------


def test_output_refuses_an_existing_file_unless_forced(runner, store, tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("my notes")
    refused = runner.invoke(app, ["prep", "H001", *AS_OF, "-f", "markdown", "-o", str(target)])
    assert refused.exit_code == 2 and "exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text() == "my notes"
    forced = runner.invoke(
        app, ["prep", "H001", *AS_OF, "-f", "markdown", "-o", str(target), "--force"]
    )
    assert forced.exit_code == 0, forced.output
    assert target.read_text().startswith("# Briefing: Dr. Amara Okafor")
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("dangling", [False, True])
def test_output_never_writes_through_a_symlink(runner, store, tmp_path, dangling):
    victim = tmp_path / "victim.txt"
    if not dangling:
        victim.write_text("keep me")
    link = tmp_path / "brief.md"
    link.symlink_to(victim)
    refused = runner.invoke(app, ["prep", "H001", *AS_OF, "-o", str(link)])
    assert refused.exit_code == 2 and "symbolic link" in refused.stderr
    forced = runner.invoke(app, ["prep", "H001", *AS_OF, "-o", str(link), "--force"])
    assert forced.exit_code == 0, forced.output
    assert not link.is_symlink() and "Dr. Amara Okafor" in link.read_text()
    assert (victim.read_text() == "keep me") if not dangling else not victim.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_failed_write_is_one_line_exit_2_and_leaves_no_audit_row(store, db_path):
    before = prep_rows(db_path)
    result = piped(db_path, "prep", "H001", *AS_OF, "-o", "/dev/full")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: -o /dev/full: cannot write")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert prep_rows(db_path) == before
    assert piped(db_path, "prep", "H001", *AS_OF, "-o", "/dev/null").returncode == 0
    assert prep_rows(db_path) == before + 1


def test_failed_file_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fdopen", full)
    for force in (False, True):
        with pytest.raises(PrepError, match="No space left"):
            output.write(tmp_path / "brief.md", "text", force=force)
        assert list(tmp_path.iterdir()) == []


def test_output_errors_before_any_work(runner, store, tmp_path):
    folder = runner.invoke(app, ["prep", "H001", "-o", str(tmp_path)])
    assert folder.exit_code == 2 and "is a directory" in folder.stderr
    missing = runner.invoke(app, ["prep", "H001", "-o", str(tmp_path / "nope" / "b.md")])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_into_a_read_only_folder_is_a_clear_error(runner, store, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = runner.invoke(app, ["prep", "H001", *AS_OF, "-o", str(locked / "b.md")])
    assert result.exit_code == 2 and "no permission" in result.stderr


def test_dash_is_still_stdout(runner, store):
    result = runner.invoke(app, ["prep", "H001", *AS_OF, "-f", "json", "-o", "-"])
    assert result.exit_code == 0 and json.loads(result.stdout)["hcp"]["hcp_id"] == "H001"
