"""Every ingest rule, through ``prepcli.ingest.run.ingest`` and through the CLI.

The store is compared as table dumps (every table, FTS shadow tables included, plus
``PRAGMA user_version``): "untouched" means the dump is equal, not merely the row counts.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prepcli import config, store
from prepcli.cli import app
from prepcli.config import Limits
from prepcli.errors import PrepError, Problem
from prepcli.ingest.run import MAX_PROBLEMS_PER_FILE, IngestFailed, IngestReport, ingest

# ---- helpers --------------------------------------------------------------------------------


def dump(path: Path) -> dict[str, Any]:
    """Everything in the store, order-independent: the schema version and every table's rows."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, Any] = {"user_version": conn.execute("PRAGMA user_version").fetchone()[0]}
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for name in names:
            out[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        out["schema"] = sorted(
            conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr
        )
        return out
    finally:
        conn.close()


def run(db_path: Path, *paths: Path, **kwargs: Any) -> IngestReport:
    db = store.open_store(db_path)
    try:
        return ingest(db, list(paths), **kwargs)
    finally:
        db.close()


def fails(db_path: Path, *paths: Path, **kwargs: Any) -> list[Problem]:
    """Run an ingest that must fail; return its problems (and check the store is untouched)."""
    before = dump(db_path) if db_path.exists() else None
    with pytest.raises(IngestFailed) as info:
        run(db_path, *paths, **kwargs)
    if before is not None:
        assert dump(db_path) == before
    return info.value.report.problems


def cli(runner: CliRunner, *args: object):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args])


def user_error(result) -> None:  # type: ignore[no-untyped-def]
    """Exit code 2, a one-line 'Error:' on stderr, and no traceback."""
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Error:" in result.stderr
    assert "Traceback" not in result.output


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def call(i: int | str, **overrides: Any) -> dict[str, Any]:
    row = {
        "interaction_id": f"N{i}",
        "hcp_id": "H001",
        "date": "2026-11-02",
        "channel": "phone",
        "function": "commercial",
        "notes": f"Call {i} about dosing.",
    }
    row.update(overrides)
    return row


@pytest.fixture
def loaded(tiny_data: Path, db_path: Path) -> Path:
    """A store holding the tiny dataset (records and passages; no vectors)."""
    run(db_path, tiny_data)
    return db_path


@pytest.fixture
def new_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "new"
    folder.mkdir()
    return folder


# ---- one ingest, one transaction ------------------------------------------------------------


def test_first_ingest_loads_everything(tiny_data: Path, db_path: Path) -> None:
    report = run(db_path, tiny_data)
    assert (report.totals.new, report.totals.changed, report.totals.unchanged) == (7, 0, 0)
    db = store.open_store(db_path)
    assert {k: v for k, v in store.counts(db).items() if k in store.TABLES} == {
        "hcps": 2,
        "interactions": 3,
        "content": 2,
        "schedule": 0,
    }
    hcp = store.get_hcp(db, "H002")
    assert hcp is not None
    assert hcp["restricted_products"] == ["Veltrana"] and hcp["email_consent"] is False


def test_good_file_plus_bad_file_lands_nothing(loaded: Path, new_dir: Path) -> None:
    # More HCPs than one write batch, so rows really were written before the failure.
    lines = ["hcp_id,name"] + [f"HN{i},Dr. New {i}" for i in range(2500)]
    (new_dir / "hcps.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_jsonl(new_dir / "interactions.jsonl", [call(1, hcp_id="HN1"), call(2, date="soon")])
    before = dump(loaded)
    problems = fails(loaded, new_dir)
    assert [(p.row, p.field) for p in problems] == [(2, "date")]
    assert dump(loaded) == before


def test_failed_ingest_via_cli_leaves_vectors_and_rows_untouched(
    runner: CliRunner, tiny_data: Path, db_path: Path, new_dir: Path
) -> None:
    assert cli(runner, "ingest", tiny_data).exit_code == 0
    before = dump(db_path)
    write_jsonl(new_dir / "interactions.jsonl", [call(1), call(2, hcp_id="H999")])
    result = cli(runner, "ingest", new_dir)
    user_error(result)
    assert "the store was not changed" in result.stderr
    assert dump(db_path) == before


def test_a_failed_first_ingest_leaves_no_store_behind(
    runner: CliRunner, tmp_path: Path, new_dir: Path
) -> None:
    """Found by an audit: "the store was not changed", yet an empty store and its folders
    were left where none had been."""
    write_jsonl(new_dir / "interactions.jsonl", [call(1, hcp_id="H999")])
    target = tmp_path / "fresh" / "sub" / "store.db"
    result = cli(runner, "ingest", new_dir, "--db", target)
    user_error(result)
    assert "the store was not changed" in result.stderr
    assert not (tmp_path / "fresh").exists()


BIG_ROWS = 60_000  # the ingest takes seconds; it is killed well before it could commit


def test_sigkill_mid_ingest_leaves_the_store_as_before(loaded: Path, tmp_path: Path) -> None:
    before = dump(loaded)
    big = tmp_path / "big" / "interactions.jsonl"
    big.parent.mkdir()
    with big.open("w", encoding="utf-8") as f:
        for i in range(BIG_ROWS):
            f.write(json.dumps(call(i)) + "\n")
    wal = loaded.with_name(loaded.name + "-wal")
    log = (tmp_path / "child.log").open("wb")
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from prepcli.cli import app; app()",
            "ingest",
            str(big),
            "--db",
            str(loaded),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        # Wait until uncommitted pages spill into the WAL: the child is inside the write.
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > 256 * 1024:
                break
            time.sleep(0.01)
        still_running = child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        log.close()
    assert still_running, "the ingest finished before it could be killed:\n" + (
        tmp_path / "child.log"
    ).read_text(errors="replace")
    assert child.returncode == -signal.SIGKILL
    assert dump(loaded) == before
    with sqlite3.connect(loaded) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The lock died with the process: the next ingest proceeds normally.
    small = write_jsonl(tmp_path / "interactions.jsonl", [call("after")])
    assert run(loaded, small).totals.new == 1


# ---- idempotence and embedding --------------------------------------------------------------


def test_reingesting_the_same_files_changes_nothing(
    runner: CliRunner, tiny_data: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cli(runner, "ingest", tiny_data)
    assert first.exit_code == 0, first.output
    assert "7 new, 0 changed, 0 unchanged" in first.stderr
    assert "embedded 6 passages" in first.stderr
    before = dump(db_path)

    from prepcli.embed import FakeEmbedder

    embedded: list[str] = []
    original = FakeEmbedder.embed

    def spy(self: FakeEmbedder, texts: list[str]):  # type: ignore[no-untyped-def]
        embedded.extend(texts)
        return original(self, texts)

    monkeypatch.setattr(FakeEmbedder, "embed", spy)
    again = cli(runner, "ingest", tiny_data)
    assert again.exit_code == 0, again.output
    assert "0 new, 0 changed, 7 unchanged" in again.stderr
    assert "embedded 0 passages" in again.stderr
    assert embedded == []
    assert dump(db_path) == before


def test_a_changed_row_is_counted_and_updated(loaded: Path, tiny_data: Path) -> None:
    csv = tiny_data / "hcps.csv"
    csv.write_text(csv.read_text().replace("Cardiology", "Interventional Cardiology"))
    report = run(loaded, tiny_data)
    assert (report.totals.new, report.totals.changed, report.totals.unchanged) == (0, 1, 6)
    db = store.open_store(loaded)
    hcp = store.get_hcp(db, "H002")
    assert hcp is not None and hcp["specialty"] == "Interventional Cardiology"


def test_a_value_removed_from_the_source_is_removed_from_the_store(
    loaded: Path, tiny_data: Path
) -> None:
    csv = tiny_data / "hcps.csv"
    csv.write_text(csv.read_text().replace("T-101,Veltrana,false", "T-101,,false"))
    assert run(loaded, tiny_data).totals.changed == 1
    hcp = store.get_hcp(store.open_store(loaded), "H002")
    assert hcp is not None and hcp["restricted_products"] == []


def test_changing_a_note_reembeds_only_its_passages(
    runner: CliRunner, tiny_data: Path, db_path: Path
) -> None:
    assert cli(runner, "ingest", tiny_data).exit_code == 0
    vectors_before = dict(
        sqlite3.connect(db_path).execute("SELECT passage_id, vector FROM embeddings").fetchall()
    )
    path = tiny_data / "interactions.jsonl"
    path.write_text(
        path.read_text().replace("Asked for the leave-behind.", "Wants the subgroup reprint.")
    )
    result = cli(runner, "ingest", tiny_data)
    assert result.exit_code == 0, result.output
    assert "0 new, 1 changed, 6 unchanged" in result.stderr
    assert "embedded 1 passages" in result.stderr
    vectors_after = dict(
        sqlite3.connect(db_path).execute("SELECT passage_id, vector FROM embeddings").fetchall()
    )
    assert vectors_after.keys() == vectors_before.keys()
    changed = {k for k in vectors_after if vectors_after[k] != vectors_before[k]}
    assert changed == {"interactions:I001:notes:0"}  # its follow-up passage is kept as it was


# ---- validation errors ----------------------------------------------------------------------


def test_error_message_names_file_row_field_and_what_was_expected(
    runner: CliRunner, loaded: Path, new_dir: Path
) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1), call(2, date="14/11/2026")])
    before = dump(loaded)
    result = cli(runner, "ingest", path)
    user_error(result)
    assert (
        f"{path}:2: date: expected an ISO 8601 date like 2025-03-14, found '14/11/2026'"
        in result.stderr
    )
    assert "ingest failed with 1 problem; the store was not changed" in result.stderr
    assert dump(loaded) == before


def test_missing_required_field(loaded: Path, new_dir: Path) -> None:
    row = call(1)
    del row["channel"]
    path = write_jsonl(new_dir / "interactions.jsonl", [call(0), row])
    (problem,) = fails(loaded, path)
    assert (problem.file, problem.row, problem.field) == (str(path), 2, "channel")
    assert "required" in problem.message


def test_missing_required_field_in_csv_names_the_line(loaded: Path, new_dir: Path) -> None:
    path = new_dir / "hcps.csv"
    path.write_text('hcp_id,name,institution\nH1,Dr. A,"Lakeside\nCancer Center"\nH2,,X\n')
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == (4, "name")  # the multi-line row spans lines 2-3


def test_bad_date_in_json_names_the_index(loaded: Path, new_dir: Path) -> None:
    path = new_dir / "interactions.json"
    path.write_text(json.dumps([call(1), call(2), call(3, follow_up_due="next week")]))
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == ("[2]", "follow_up_due")
    assert str(problem).startswith(f"{path}:[2]: follow_up_due: expected an ISO 8601 date")


def test_unknown_enum_value(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1, channel="carrier_pigeon")])
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == (1, "channel")
    assert "expected one of in_person, virtual" in problem.message


def test_content_file_error_names_the_file(loaded: Path, new_dir: Path) -> None:
    folder = new_dir / "content"
    folder.mkdir()
    (folder / "C9.md").write_text(
        "---\ncontent_id: C9\ntitle: T\naudience: commercial\napproved_on: 2026-01-01\n---\nBody\n"
    )
    (problem,) = fails(loaded, new_dir)
    assert (problem.file, problem.row, problem.field) == (
        str(folder / "C9.md"),
        None,
        "approval_code",
    )
    assert str(problem).startswith(f"{folder / 'C9.md'}: approval_code: ")


def test_interaction_for_an_unknown_hcp(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1), call(2, hcp_id="H999")])
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == (2, "hcp_id")
    assert "'H999'" in problem.message


def test_interaction_may_name_an_hcp_already_in_the_store(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1, hcp_id="H002")])
    assert run(loaded, path).totals.new == 1


def test_interaction_may_name_an_hcp_of_the_same_ingest(db_path: Path, new_dir: Path) -> None:
    (new_dir / "hcps.csv").write_text("hcp_id,name\nH001,Dr. A\n")
    write_jsonl(new_dir / "interactions.jsonl", [call(1)])
    assert run(db_path, new_dir).totals.new == 2


def test_one_bad_hcp_row_does_not_make_its_interactions_unknown(
    db_path: Path, new_dir: Path
) -> None:
    (new_dir / "hcps.csv").write_text(
        "hcp_id,name,npi\nH001,Dr. A,1234567893\nH002,Dr. B,1234567890\n"
    )
    write_jsonl(new_dir / "interactions.jsonl", [call(1), call(2, hcp_id="H002")])
    problems = fails(db_path, new_dir)
    assert [(p.field, p.row) for p in problems] == [("npi", 3)]


def test_an_hcp_of_a_failed_file_does_not_vouch_for_other_ids(db_path: Path, new_dir: Path) -> None:
    (new_dir / "hcps.csv").write_text(
        "hcp_id,name,npi\nH001,Dr. A,1234567893\nH002,Dr. B,1234567890\n"
    )
    write_jsonl(new_dir / "interactions.jsonl", [call(1), call(2, hcp_id="H999")])
    problems = fails(db_path, new_dir)
    assert [(p.field, p.row) for p in problems] == [("npi", 3), ("hcp_id", 2)]


def test_duplicate_ids_with_different_contents(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(
        new_dir / "interactions.jsonl", [call(1), call(2), call(1, notes="Something else.")]
    )
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == (3, "interaction_id")
    assert "appears twice" in problem.message and f"first at {path}:1" in problem.message


def test_duplicate_ids_across_files(loaded: Path, new_dir: Path) -> None:
    (new_dir / "hcps.csv").write_text("hcp_id,name\nH7,Dr. Seven\n")
    (new_dir / "hcps_more.json").write_text(json.dumps([{"hcp_id": "H7", "name": "Dr. Other"}]))
    (problem,) = fails(loaded, new_dir)
    assert (problem.file, problem.row) == (str(new_dir / "hcps_more.json"), "[0]")


def test_identical_duplicates_are_kept_once(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1), call(1), call(2)])
    report = run(loaded, path)
    assert report.files[0].rows == 3
    assert report.totals.new == 2


def test_npi_failing_its_check_digit(loaded: Path, new_dir: Path) -> None:
    path = new_dir / "hcps.csv"
    path.write_text("hcp_id,name,npi\nH8,Dr. Eight,1234567893\nH9,Dr. Nine,1234567890\n")
    (problem,) = fails(loaded, path)
    assert (problem.row, problem.field) == (3, "npi")
    assert "check digit" in problem.message


def test_bytes_that_are_not_utf8(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    path = new_dir / "hcps.csv"
    path.write_bytes(b"hcp_id,name\nH8,Dr. Eight\nH9,Dr. Jos\xe9 Nu\xf1ez\n")
    (problem,) = fails(loaded, path)
    assert problem.file == str(path)
    assert "UTF-8" in problem.message
    result = cli(runner, "ingest", path)
    user_error(result)
    assert str(path) in result.stderr


def test_bytes_that_are_not_utf8_name_the_line(loaded: Path, new_dir: Path) -> None:
    path = new_dir / "hcps.csv"
    path.write_bytes(b"hcp_id,name\nH8,Dr. Eight\nH9,Dr. Jos\xe9 Nu\xf1ez\n")
    (problem,) = fails(loaded, path)
    assert problem.row == 3


def test_truncated_json_file(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    path = new_dir / "interactions.json"
    text = json.dumps([call(1), call(2)], indent=1)
    path.write_text(text[: text.rindex("}")])  # cut before the last object closes
    (problem,) = fails(loaded, path)
    assert problem.file == str(path) and isinstance(problem.row, int)
    assert "truncated" in problem.message
    user_error(cli(runner, "ingest", path))


def test_empty_file(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    path = new_dir / "interactions.jsonl"
    path.write_bytes(b"")
    (problem,) = fails(loaded, path)
    assert problem.file == str(path) and "empty" in problem.message
    result = cli(runner, "ingest", path)
    user_error(result)
    assert "the file is empty" in result.stderr


def test_utf8_bom_is_accepted(loaded: Path, new_dir: Path) -> None:
    (new_dir / "hcps.csv").write_bytes("hcp_id,name\nH8,Dr. Zoë\n".encode("utf-8-sig"))
    (new_dir / "interactions.jsonl").write_bytes(
        (json.dumps(call(1, hcp_id="H8")) + "\n").encode("utf-8-sig")
    )
    report = run(loaded, new_dir)
    assert report.totals.new == 2
    assert all(f.unknown_columns == [] for f in report.files)
    hcp = store.get_hcp(store.open_store(loaded), "H8")
    assert hcp is not None and hcp["name"] == "Dr. Zoë" and hcp["extra"] == {}


NOTE_1MB = ("Discussed the renal subgroup data and the dosing schedule with the team. " * 14_000)[
    :1_000_000
]


def test_a_1mb_note_in_jsonl_is_accepted_with_a_raised_limit(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call("big", notes=NOTE_1MB)])
    (problem,) = fails(loaded, path)
    assert problem.field == "notes" and "limit is 65,536" in problem.message
    assert run(loaded, path, limits=Limits(notes=1_000_000)).totals.new == 1
    stored = (
        sqlite3.connect(loaded)
        .execute("SELECT length(notes) FROM interactions WHERE interaction_id = 'Nbig'")
        .fetchone()[0]
    )
    assert stored == len(NOTE_1MB.strip())


def test_a_1mb_note_in_csv_is_accepted_with_a_raised_limit(loaded: Path, new_dir: Path) -> None:
    import csv

    path = new_dir / "interactions.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["interaction_id", "hcp_id", "date", "channel", "function", "notes"])
        writer.writerow(["Nbig", "H001", "2026-11-02", "phone", "commercial", NOTE_1MB])
    assert run(loaded, path, limits=Limits(notes=1_000_000)).totals.new == 1


def test_all_errors_of_a_file_are_reported(loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(
        new_dir / "interactions.jsonl",
        [
            call(1, date="tomorrow"),
            call(2),
            call(3, function="sales"),
            call(4, hcp_id="H999"),
            call(5, channel=""),
        ],
    )
    problems = fails(loaded, path)
    assert sorted((p.row, p.field) for p in problems) == [
        (1, "date"),
        (3, "function"),
        (4, "hcp_id"),
        (5, "channel"),
    ]


def test_errors_of_every_file_are_reported(loaded: Path, new_dir: Path) -> None:
    (new_dir / "hcps.csv").write_text("hcp_id,name,email_consent\nH8,Dr. Eight,maybe\n")
    write_jsonl(new_dir / "interactions.jsonl", [call(1, date="soon")])
    problems = fails(loaded, new_dir)
    assert [(Path(p.file).name, p.field) for p in problems] == [
        ("hcps.csv", "email_consent"),
        ("interactions.jsonl", "date"),
    ]


def test_errors_are_capped_per_file(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    extra = 10
    path = write_jsonl(
        new_dir / "interactions.jsonl",
        [call(i, date="soon") for i in range(MAX_PROBLEMS_PER_FILE + extra)],
    )
    with pytest.raises(IngestFailed) as info:
        run(loaded, path)
    report = info.value.report
    assert len(report.problems) == MAX_PROBLEMS_PER_FILE
    assert report.problem_count == MAX_PROBLEMS_PER_FILE + extra
    result = cli(runner, "ingest", path)
    user_error(result)
    assert f"ingest failed with {MAX_PROBLEMS_PER_FILE + extra} problems" in result.stderr
    assert f"… and {extra} more" in result.stderr


# ---- unknown columns, dry run, scrubbing ----------------------------------------------------


def test_unknown_columns_are_kept_in_extra_and_mentioned_once(
    runner: CliRunner, loaded: Path, new_dir: Path
) -> None:
    path = write_jsonl(
        new_dir / "interactions.jsonl", [call(i, region="Midwest", call_score=i) for i in range(5)]
    )
    result = cli(runner, "ingest", path)
    assert result.exit_code == 0, result.output
    mentions = [line for line in result.stderr.splitlines() if "unknown columns" in line]
    assert mentions == [f"{path}: kept unknown columns in 'extra': region, call_score"]
    extra = (
        sqlite3.connect(loaded)
        .execute("SELECT extra FROM interactions WHERE interaction_id = 'N3'")
        .fetchone()[0]
    )
    assert json.loads(extra) == {"region": "Midwest", "call_score": 3}


def test_dry_run_writes_nothing(runner: CliRunner, loaded: Path, tiny_data: Path) -> None:
    csv = tiny_data / "hcps.csv"
    csv.write_text(csv.read_text().replace("Cardiology", "Electrophysiology"))
    write_jsonl(tiny_data / "interactions_more.jsonl", [call(1)])
    before = dump(loaded)
    result = cli(runner, "ingest", "--dry-run", tiny_data)
    assert result.exit_code == 0, result.output
    assert "Dry run: nothing was written" in result.stderr
    assert "1 new, 1 changed, 6 unchanged" in result.stderr
    assert "embedded" not in result.stderr
    assert dump(loaded) == before
    report = run(loaded, tiny_data, dry_run=True)
    assert report.dry_run and report.totals.changed == 1
    assert dump(loaded) == before


def test_dry_run_with_errors_fails_and_writes_nothing(
    runner: CliRunner, loaded: Path, new_dir: Path
) -> None:
    path = write_jsonl(new_dir / "interactions.jsonl", [call(1, date="soon")])
    before = dump(loaded)
    user_error(cli(runner, "ingest", "--dry-run", path))
    assert dump(loaded) == before


def test_dry_run_before_any_store_exists(runner: CliRunner, tiny_data: Path, db_path: Path) -> None:
    result = cli(runner, "ingest", "--dry-run", tiny_data)
    assert result.exit_code == 0, result.output
    assert "7 new, 0 changed, 0 unchanged" in result.stderr
    assert not db_path.exists()


def test_dry_run_before_any_store_exists_reports_errors(
    runner: CliRunner, tiny_data: Path, db_path: Path
) -> None:
    write_jsonl(tiny_data / "interactions_more.jsonl", [call(1, hcp_id="H999")])
    result = cli(runner, "ingest", "--dry-run", tiny_data)
    user_error(result)
    assert "names HCP 'H999'" in result.stderr
    assert not db_path.exists()


def test_patient_data_is_scrubbed_at_ingest(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    path = write_jsonl(
        new_dir / "interactions.jsonl",
        [
            call(1, notes="Pt Jane Roe, DOB 03/04/1961, asked about dosing of Veltrana."),
            call(2, notes="Dr. Okafor asked about Veltrana dosing."),
        ],
    )
    result = cli(runner, "ingest", "--report-phi", path)
    assert result.exit_code == 0, result.output
    assert f"patient data scrubbed: {path}: N1" in result.stderr
    assert "N2" not in result.stderr.replace("N1", "")
    conn = sqlite3.connect(loaded)
    notes = dict(conn.execute("SELECT interaction_id, notes FROM interactions").fetchall())
    assert "[PATIENT-NAME]" in notes["N1"] and "[DOB]" in notes["N1"]
    assert "Jane Roe" not in notes["N1"] and "1961" not in notes["N1"]
    assert notes["N2"] == "Dr. Okafor asked about Veltrana dosing."
    texts = " ".join(r[0] for r in conn.execute("SELECT text FROM passages"))
    assert "Jane Roe" not in texts and "1961" not in texts


# ---- kinds, file names, passed-over files ---------------------------------------------------


def test_kind_from_option(runner: CliRunner, loaded: Path, new_dir: Path) -> None:
    path = new_dir / "accounts.csv"
    path.write_text("hcp_id,name\nH8,Dr. Eight\n")
    result = cli(runner, "ingest", path)
    user_error(result)
    assert "cannot tell what this file holds" in result.stderr
    assert cli(runner, "ingest", "--kind", "hcps", path).exit_code == 0
    assert store.get_hcp(store.open_store(loaded), "H8") is not None


def test_unknown_kind_option(runner: CliRunner, tiny_data: Path) -> None:
    result = cli(runner, "ingest", "--kind", "accounts", tiny_data)
    user_error(result)
    assert "unknown --kind 'accounts'" in result.stderr


def test_files_passed_over_are_listed(runner: CliRunner, tiny_data: Path) -> None:
    (tiny_data / "README.md").write_text("# Export notes\n")
    (tiny_data / "summary.xlsx").write_bytes(b"PK\x03\x04")
    result = cli(runner, "ingest", tiny_data)
    assert result.exit_code == 0, result.output
    assert "Not input files, passed over: README.md, summary.xlsx" in result.stderr


def test_no_input_files(runner: CliRunner, new_dir: Path) -> None:
    (new_dir / "notes.txt").write_text("x")
    result = cli(runner, "ingest", new_dir)
    user_error(result)
    assert "found no input files" in result.stderr


def test_missing_input_path(runner: CliRunner, tmp_path: Path) -> None:
    result = cli(runner, "ingest", tmp_path / "nope.csv")
    user_error(result)
    assert "no such file or folder" in result.stderr


# ---- schema version and migrations ----------------------------------------------------------


def test_new_store_has_the_current_schema_version(db_path: Path) -> None:
    store.open_store(db_path).close()
    assert dump(db_path)["user_version"] == store.SCHEMA_VERSION == len(store.MIGRATIONS)


def test_opening_twice_is_a_no_op(db_path: Path) -> None:
    store.open_store(db_path).close()
    before = dump(db_path)
    store.open_store(db_path).close()
    assert dump(db_path) == before


NEXT = len(store.MIGRATIONS) + 1  # a migration this prepcli does not have yet


def _recording(calls: list[int], number: int, step):  # type: ignore[no-untyped-def]
    def migration(db) -> None:  # type: ignore[no-untyped-def]
        calls.append(number)
        step(db)

    return migration


def test_migrations_apply_in_order_and_only_once(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def extra(db) -> None:  # type: ignore[no-untyped-def]
        db["notes_next"].create({"k": str}, pk="k")

    steps = [
        *(_recording(calls, n, step) for n, step in enumerate(store.MIGRATIONS, start=1)),
        _recording(calls, NEXT, extra),
    ]
    monkeypatch.setattr(store, "MIGRATIONS", steps)
    monkeypatch.setattr(store, "SCHEMA_VERSION", NEXT)
    store.open_store(db_path).close()
    assert calls == list(range(1, NEXT + 1))
    store.open_store(db_path).close()
    assert calls == list(range(1, NEXT + 1))
    assert dump(db_path)["user_version"] == NEXT


def test_an_older_store_gets_only_the_missing_migrations(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def m_next(db) -> None:  # type: ignore[no-untyped-def]
        db["notes_v3"].create({"k": str}, pk="k")

    shipped = [_recording(calls, n, m) for n, m in enumerate(store.MIGRATIONS, start=1)]
    following = len(shipped) + 1
    monkeypatch.setattr(store, "MIGRATIONS", [*shipped, _recording(calls, following, m_next)])
    monkeypatch.setattr(store, "SCHEMA_VERSION", following)
    db = store.open_store(loaded)
    assert calls == [following]
    assert db["notes_v3"].exists()
    assert store.counts(db)["hcps"] == 2  # data kept


def test_a_failing_migration_rolls_back_its_own_step(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def m003(db) -> None:  # type: ignore[no-untyped-def]
        db["half_done"].create({"k": str}, pk="k")
        raise RuntimeError("boom")

    before = dump(loaded)
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, m003])
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(store.MIGRATIONS) + 1)
    with pytest.raises(RuntimeError, match="boom"):
        store.open_store(loaded)
    assert dump(loaded) == before


def test_migration_one_store_is_brought_up_to_date(db_path: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    store._m001_create_tables(db)
    db.execute("PRAGMA user_version = 1")
    db.close()
    db = store.open_store(db_path)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert db["audit"].exists()


def test_a_newer_store_is_refused(runner: CliRunner, loaded: Path, tiny_data: Path) -> None:
    newer = store.SCHEMA_VERSION + 1
    with sqlite3.connect(loaded) as conn:
        conn.execute(f"PRAGMA user_version = {newer}")
    before = dump(loaded)
    with pytest.raises(PrepError, match=f"schema version {newer}, newer than this prepcli"):
        store.open_store(loaded)
    for args in (["status"], ["hcps"], ["ingest", tiny_data]):
        result = cli(runner, *args)
        user_error(result)
        assert "newer than this prepcli" in result.stderr
        assert "upgrade prepcli" in result.stderr
    assert dump(loaded) == before


# ---- where the store lives ------------------------------------------------------------------


def test_db_option_beats_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PREPCLI_DB", str(tmp_path / "env.db"))
    assert config.db_path(tmp_path / "option.db") == tmp_path / "option.db"
    assert config.db_path(None) == tmp_path / "env.db"


def test_platformdirs_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    monkeypatch.delenv("PREPCLI_DB")
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda appname: str(tmp_path / "user-data" / appname)
    )
    assert config.db_path(None) == tmp_path / "user-data" / "prepcli" / "prepcli.db"


def test_cli_db_option_beats_env(
    runner: CliRunner, tiny_data: Path, tmp_path: Path, db_path: Path
) -> None:
    other = tmp_path / "elsewhere" / "other.db"
    result = cli(runner, "ingest", "--db", other, tiny_data)
    assert result.exit_code == 0, result.output
    assert other.exists() and not db_path.exists()
    assert store.counts(store.open_store(other))["hcps"] == 2


def test_cli_env_then_platformdirs(
    runner: CliRunner,
    tiny_data: Path,
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli(runner, "ingest", tiny_data).exit_code == 0
    assert db_path.exists()  # PREPCLI_DB, set by the autouse fixture

    import platformdirs

    monkeypatch.delenv("PREPCLI_DB")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda appname: str(tmp_path / "user-data" / appname)
    )
    result = cli(runner, "ingest", tiny_data)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "user-data" / "prepcli" / "prepcli.db").exists()


# ---- hcps and status ------------------------------------------------------------------------


def test_hcps_and_status_on_a_small_store(runner: CliRunner, tiny_data: Path) -> None:
    assert cli(runner, "ingest", tiny_data).exit_code == 0
    result = cli(runner, "hcps")
    assert result.exit_code == 0, result.output
    assert "2 HCPs" in result.stdout
    assert "Dr. Amara Okafor" in result.stdout and "Dr. Ben Lindqvist" in result.stdout
    assert "2026-10-20" in result.stdout  # last contact
    result = cli(runner, "status")
    assert result.exit_code == 0, result.output
    lines = {" ".join(line.replace("│", " ").split()) for line in result.stdout.splitlines()}
    assert f"schema version {store.SCHEMA_VERSION}" in lines
    assert {
        "hcps 2",
        "interactions 3",
        "content 2",
        "embedding model fake-trigram-384",
        "newest record 2026-10-20",
    } <= lines


@pytest.mark.parametrize("command", ["hcps", "status"])
def test_commands_on_a_missing_store(runner: CliRunner, db_path: Path, command: str) -> None:
    result = cli(runner, command)
    user_error(result)
    assert f"no store at {db_path}" in result.stderr
    assert "prepcli ingest" in result.stderr
    assert not db_path.exists()  # reading never creates a store


@pytest.mark.parametrize("command", [["hcps"], ["status"], ["ingest", "DATA"]])
def test_a_file_that_is_not_sqlite(
    runner: CliRunner, db_path: Path, tiny_data: Path, command: list[str]
) -> None:
    db_path.write_text("hcp_id,name\nH1,Dr. A\n")
    args = [tiny_data if a == "DATA" else a for a in command]
    result = cli(runner, *args)
    user_error(result)
    assert "is not a prepcli store (not an SQLite file)" in result.stderr
    assert db_path.read_text() == "hcp_id,name\nH1,Dr. A\n"


def test_a_directory_as_store(runner: CliRunner, tmp_path: Path) -> None:
    result = cli(runner, "status", "--db", tmp_path)
    user_error(result)
    assert "is a directory" in result.stderr
