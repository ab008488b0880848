"""Hostile cases for the store's integrity, the part a compliance officer signs: fail-closed
labels, bounded input, private files, a tamper-evident audit trail, complete erasure, rep stores
that never hold medical text, and `prep` while another process holds the write lock.

Small hostile files live in ``tests/hostile/``; big ones are generated in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAKE_MODEL

from prepcli import store
from prepcli.cli import app

HOSTILE = Path(__file__).parent / "hostile"
MALFORMED = HOSTILE / "malformed"
AS_OF = ["--as-of", "2026-11-23"]


def invoke(runner, *args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def assert_ok(result) -> None:
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def assert_user_error(result, *, mentions: str | None = None) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[0].startswith("Error:"), result.stderr
    if mentions:
        assert mentions in result.stderr, result.stderr


def table_counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("hcps", "interactions", "content", "passages")
        }
    finally:
        conn.close()


def child_env(db_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PREPCLI_DB=str(db_path), PREPCLI_MODEL=FAKE_MODEL, HF_HUB_OFFLINE="1", COLUMNS="400")
    env.pop("PREPCLI_ROLE", None)
    env.update(extra)
    return env


@pytest.fixture
def store_path(runner, tiny_data, db_path) -> Path:
    assert_ok(invoke(runner, "ingest", tiny_data))
    return db_path


def interaction(**fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "interaction_id": "Z001",
        "hcp_id": "H001",
        "date": "2026-10-05",
        "channel": "phone",
        "function": "commercial",
        "subject": "Call",
        "notes": "A short note.",
    }
    row.update(fields)
    return row


def write_jsonl(path: Path, *rows: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ---- medical_inquiry is always medical --------------------------------------------------------


def test_medical_inquiry_labelled_commercial_is_refused(runner, store_path):
    before = table_counts(store_path)
    result = invoke(runner, "ingest", MALFORMED / "interactions_inquiry_commercial.csv")
    assert_user_error(result, mentions="interactions_inquiry_commercial.csv:2: function")
    assert "always 'medical'" in result.stderr
    assert table_counts(store_path) == before


# ---- bounded input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "size", "env"),
    [
        ("subject", 501, "PREPCLI_MAX_SUBJECT"),
        ("notes", 65_537, "PREPCLI_MAX_NOTES"),
        ("follow_up", 4_001, "PREPCLI_MAX_FIELD"),
        ("region", 4_001, "PREPCLI_MAX_FIELD"),  # an unknown column is bounded too
    ],
)
def test_oversized_field_is_a_file_row_field_error(runner, store_path, tmp_path, field, size, env):
    path = write_jsonl(
        tmp_path / "interactions_big.jsonl",
        interaction(),
        interaction(interaction_id="Z002", **{field: "x" * size}),
    )
    before = table_counts(store_path)
    result = invoke(runner, "ingest", path)
    assert_user_error(result, mentions=f"interactions_big.jsonl:2: {field}: is {size:,} characters")
    assert env in result.stderr
    assert table_counts(store_path) == before
    # The limit is configurable: raised, the same file loads.
    assert_ok(runner.invoke(app, ["ingest", str(path)], env={env: str(size)}))
    assert table_counts(store_path)["interactions"] == before["interactions"] + 2


def test_oversized_content_body_names_the_markdown_file(runner, store_path, tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "C777.md").write_text(
        "---\ncontent_id: C777\ntitle: Long\naudience: commercial\napproval_code: X-1\n"
        "approved_on: 2026-01-01\n---\n" + "word " * 40,
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", str(folder)], env={"PREPCLI_MAX_BODY": "100"})
    assert_user_error(result, mentions="C777.md: body: is 199 characters")


def test_a_bad_limit_setting_is_a_user_error(runner, store_path, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path)], env={"PREPCLI_MAX_NOTES": "lots"})
    assert_user_error(result, mentions="PREPCLI_MAX_NOTES")


# A child process reports its own peak RSS (VmHWM), as in test_hostile.py.
MEASURED_CHILD = """
import sys
from prepcli.cli import app
try:
    app(sys.argv[1:], prog_name="prepcli")
except SystemExit as e:
    code = e.code
else:
    code = 0
with open("/proc/self/status") as f:
    peak = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
print(f"PEAK_KB={peak}", file=sys.stderr)
sys.exit(code)
"""

HUGE = 30 * 2**20


def _huge_jsonl(path: Path) -> None:
    write_jsonl(
        path, interaction(), interaction(interaction_id="Z002", notes="word " * (HUGE // 5))
    )


def _huge_json_array(path: Path) -> None:
    path.write_text(json.dumps([interaction(), interaction(notes="n " * (HUGE // 2))]))


def _huge_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("interaction_id,hcp_id,date,channel,function,notes\n")
        f.write('Z001,H001,2026-10-05,phone,commercial,"' + "line\n" * (HUGE // 5) + '"\n')


def _huge_markdown(path: Path) -> None:
    path.mkdir()
    (path / "C1.md").write_text(
        "---\ncontent_id: C1\ntitle: T\naudience: commercial\napproval_code: X\n"
        "approved_on: 2026-01-01\n---\n" + "word " * (HUGE // 5)
    )


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("interactions_huge.jsonl", _huge_jsonl, "interactions_huge.jsonl:2: the line is longer"),
        ("interactions_huge.json", _huge_json_array, "element [1] is longer"),
        ("interactions_huge.csv", _huge_csv, "a cell is longer"),
        ("content", _huge_markdown, "C1.md: the file is longer"),
    ],
)
def test_a_30_mb_field_is_refused_in_bounded_memory(tiny_data, tmp_path, name, make, says):
    db = tmp_path / "store.db"
    env = child_env(db)
    assert (
        subprocess.run(
            [sys.executable, "-m", "prepcli", "ingest", str(tiny_data)],
            env=env,
            capture_output=True,
        ).returncode
        == 0
    )
    before = table_counts(db)
    path = tmp_path / name
    make(path)
    result = subprocess.run(
        [sys.executable, "-c", MEASURED_CHILD, "ingest", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    peak_kb = int(result.stderr.rsplit("PEAK_KB=", 1)[1])
    print(f"\n{name}: 30 MB field refused, peak RSS {peak_kb / 1024:.0f} MB")
    assert result.returncode == 2, result.stderr
    assert says in result.stderr.replace("\n", " "), result.stderr
    assert "Traceback" not in result.stderr
    assert peak_kb < 150 * 1024  # the file is 30 MB; without the bound this took ~3 GB
    assert table_counts(db) == before


# ---- private files ----------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_is_private_from_creation(runner, tiny_data, tmp_path):
    db_path = tmp_path / "new" / "store.db"
    assert_ok(invoke(runner, "ingest", tiny_data, "--db", db_path))
    assert _mode(db_path.parent) == 0o700
    assert _mode(db_path) == 0o600
    index = db_path.with_name("store.db.index")
    assert _mode(index) == 0o700
    assert {p.name: _mode(p) for p in index.iterdir()} == {p.name: 0o600 for p in index.iterdir()}
    # -wal and -shm exist while a connection is open; they take the database file's mode.
    db = store.open_store(db_path)
    with store.write_transaction(db):
        store.set_meta(db, "probe", "1")
    for suffix in ("-wal", "-shm"):
        assert _mode(db_path.with_name("store.db" + suffix)) == 0o600, suffix
    db.close()


def test_a_store_others_can_read_gets_a_warning(runner, store_path):
    ok = invoke(runner, "status")
    assert_ok(ok)
    assert "Warning" not in ok.stderr
    os.chmod(store_path, 0o644)
    warned = invoke(runner, "status")
    assert_ok(warned)
    assert "other users of this computer can read this store" in warned.stderr
    assert str(store_path) in warned.stderr
    assert "chmod 600" in warned.stderr


# ---- tamper-evident audit trail ---------------------------------------------------------------


def _briefings(runner, n: int = 3) -> None:
    for _ in range(n):
        assert_ok(invoke(runner, "prep", "H001", "--format", "json", *AS_OF))


def _tamper(db_path: Path, *statements: str) -> None:
    """What someone with the sqlite3 shell could do: drop the triggers, then edit."""
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_untouched_trail_verifies(runner, store_path):
    _briefings(runner)
    assert_ok(invoke(runner, "search", "dosing", "--mode", "bm25"))
    result = invoke(runner, "audit", "verify")
    assert_ok(result)
    assert "intact: 4 rows" in result.stderr
    assert "Newest row 4, hash " in result.stderr
    assert "audit chain" in invoke(runner, "status").stdout
    assert "intact (4 rows)" in invoke(runner, "status").stdout


@pytest.mark.parametrize(
    ("statements", "broken"),
    [
        (["UPDATE audit SET role = 'msl' WHERE audit_id = 2"], 2),
        (["UPDATE audit SET record_ids = '[]' WHERE audit_id = 1"], 1),
        (["DELETE FROM audit WHERE audit_id = 2"], 3),
        (["DELETE FROM audit WHERE audit_id = 3"], 3),  # the newest row: the head says so
        # the newest row and the head that names it: no hash needs recomputing for this
        (["DELETE FROM audit WHERE audit_id = 3", "DELETE FROM meta WHERE key = 'audit_head'"], 2),
        (
            [
                "INSERT INTO audit (audit_id, at, os_user, role, command, hcp_id, record_ids) "
                "VALUES (4, '2026-11-23T00:00:00Z', 'someone', 'rep', 'prep', 'H002', '[]')"
            ],
            4,
        ),
    ],
    ids=[
        "edit-role",
        "edit-records",
        "delete-middle",
        "delete-newest",
        "delete-newest-and-head",
        "forged-row",
    ],
)
def test_a_rewritten_trail_is_caught(runner, store_path, statements, broken):
    _briefings(runner)
    _tamper(store_path, *statements)
    result = invoke(runner, "audit", "verify")
    assert result.exit_code == 1, result.output
    assert f"BROKEN at row {broken}" in result.stderr
    assert f"BROKEN at row {broken}" in invoke(runner, "status").stdout
    # A briefing and the listing both warn, before anything else.
    briefing = invoke(runner, "prep", "H001", "--format", "json", *AS_OF)
    assert_ok(briefing)
    assert briefing.stderr.startswith("Warning: the audit trail is BROKEN")
    listing = invoke(runner, "audit")
    assert "Warning: the audit trail is BROKEN" in listing.stderr


def test_a_dropped_trigger_is_restored_by_the_next_write_and_recorded(runner, store_path):
    _briefings(runner, 1)
    _tamper(store_path)
    check = invoke(runner, "audit", "verify")
    assert check.exit_code == 1 and "audit_no_update, audit_no_delete are missing" in check.stderr
    briefing = invoke(runner, "prep", "H001", "--format", "json", *AS_OF)
    assert_ok(briefing)
    assert "append-only trigger(s) audit_no_update, audit_no_delete had been removed" in (
        briefing.stderr
    )
    rows = json.loads(invoke(runner, "audit", "--json").stdout)
    assert [r["command"] for r in rows] == ["prep", "integrity", "prep"]
    assert "audit_no_update" in rows[1]["detail"]
    assert_ok(invoke(runner, "audit", "verify"))
    conn = sqlite3.connect(store_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit")


def test_an_older_store_is_migrated_and_its_rows_chained(tmp_path, runner):
    import sqlite_utils

    db_path = tmp_path / "old.db"
    db = sqlite_utils.Database(db_path)
    store._m001_create_tables(db)
    store._m002_audit(db)
    db.execute("PRAGMA user_version = 2")
    for n in range(3):
        db["audit"].insert(
            {
                "at": f"2026-01-0{n + 1}T00:00:00Z",
                "os_user": "a",
                "role": "rep",
                "command": "prep",
                "hcp_id": "H001",
                "record_ids": "[]",
            }
        )
    db.conn.commit()
    db.close()
    result = invoke(runner, "audit", "verify", "--db", db_path)
    assert_ok(result)
    assert "intact: 3 rows" in result.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM audit WHERE chain_hash IS NULL").fetchone() == (0,)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit SET role = 'msl'")


def test_the_trail_records_the_account_not_the_user_variable(runner, store_path):
    import pwd

    runner.invoke(
        app,
        ["prep", "H001", "--format", "json", *AS_OF],
        env={"USER": "somebody-else", "LOGNAME": "somebody-else"},
    )
    rows = json.loads(invoke(runner, "audit", "--json").stdout)
    assert rows[-1]["os_user"] == pwd.getpwuid(os.getuid()).pw_name


# ---- complete erasure -------------------------------------------------------------------------

# Words found nowhere else in the data, one set per field of the erased HCP's records. FTS5
# stores a term's first bytes shared with the term before it, so the test also looks for each
# word without its first two letters.
ERASED_WORDS = {
    "name": "Quorvaxley",
    "institution": "Plenthiscope",
    "subject": "zymbradorn",
    "notes": "vexmorliant",
    "medical": "glorpentacyl",
    "follow_up": "brindlewump",
}


def _erasable_data(folder: Path) -> Path:
    folder.mkdir()
    (folder / "hcps.csv").write_text(
        "hcp_id,name,institution\n"
        f"H777,Dr. Ada {ERASED_WORDS['name']},{ERASED_WORDS['institution']} Hospital\n"
    )
    write_jsonl(
        folder / "interactions.jsonl",
        interaction(
            interaction_id="E001",
            hcp_id="H777",
            subject=f"{ERASED_WORDS['subject']} review",
            notes=f"Discussed {ERASED_WORDS['notes']} dosing. The nurse asked for samples. "
            "Agreed to meet again next month.",
            follow_up=f"Send the {ERASED_WORDS['follow_up']} reprint",
        ),
        interaction(
            interaction_id="E002",
            hcp_id="H777",
            channel="medical_inquiry",
            function="medical",
            subject="Question",
            notes=f"Asked about {ERASED_WORDS['medical']} exposure in renal impairment.",
        ),
    )
    return folder


def _files_under(*folders: Path) -> list[Path]:
    return sorted({p.resolve() for f in folders for p in f.rglob("*") if p.is_file()})


def _leaks(files: list[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in files:
        data = path.read_bytes().lower()
        found += [f"{path.name}: {n!r}" for n in needles if n in data]
    return found


def _needles() -> list[bytes]:
    words = [w.lower().encode() for w in ERASED_WORDS.values()]
    return words + [w[2:] for w in words]


@pytest.mark.parametrize("linked", [False, True], ids=["plain", "symlinked-store"])
def test_forget_leaves_no_erased_word_in_any_file(runner, tiny_data, tmp_path, linked):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "store.db"
    db_path = real
    if linked:
        link_dir = tmp_path / "link"
        link_dir.mkdir()
        db_path = link_dir / "store.db"
        db_path.symlink_to(real)
    folders = [real_dir] + ([db_path.parent] if linked else [])
    assert_ok(invoke(runner, "ingest", tiny_data, "--db", db_path))
    assert_ok(invoke(runner, "ingest", _erasable_data(tmp_path / "erase"), "--db", db_path))
    for role in ("rep", "msl"):
        assert_ok(invoke(runner, "prep", "H777", "--role", role, "--db", db_path, *AS_OF))
        assert_ok(invoke(runner, "search", "dosing", "--role", role, "--db", db_path))
    if linked:
        # What an older prepcli left beside the symlink: an index holding the HCP's passages.
        import shutil

        shutil.copytree(real_dir / "store.db.index", db_path.parent / "store.db.index")
    conn = sqlite3.connect(real)
    # A window of each stored vector where it is not zero (the fake embedder's are sparse).
    blobs = [
        bytes(blob)
        for (blob,) in conn.execute(
            "SELECT e.vector FROM embeddings e JOIN passages p USING (passage_id) "
            "WHERE p.hcp_id = 'H777'"
        )
    ]
    conn.close()
    vectors = [
        bytes(blob[start : start + 24])
        for blob in blobs
        for start in [next(i for i, b in enumerate(blob) if b) // 4 * 4]
    ]
    assert vectors
    # The test can see the words before erasure, so not seeing them afterwards means something.
    assert _leaks(_files_under(*folders), _needles())

    result = invoke(runner, "forget", "H777", "--yes", "--db", db_path)
    assert_ok(result)

    files = _files_under(*folders)
    assert _leaks(files, _needles()) == []
    assert _leaks(files, vectors) == []
    index_files = [p for p in files if ".index" in str(p)]
    assert index_files  # rebuilt beside the real file
    assert all(p.parent == real_dir / "store.db.index" for p in index_files)
    assert _leaks(index_files, [b"E001", b"E002"]) == []
    # The store still works, and the trail keeps the erasure by id only.
    assert_ok(invoke(runner, "prep", "H001", "--db", db_path, *AS_OF))
    rows = json.loads(invoke(runner, "audit", "--json", "--db", db_path).stdout)
    assert rows[-2]["command"] == "forget" and rows[-2]["record_ids"] == ["H777"]
    assert_ok(invoke(runner, "audit", "verify", "--db", db_path))


# ---- rep stores -------------------------------------------------------------------------------

CANARIES = ("MEDCANARYSUBJ", "MEDCANARYNOTE", "MEDCANARYFOLLOW", "MEDCANARYAUTHOR", "MEDCANARYBODY")


def _medical_canaries(folder: Path) -> Path:
    folder.mkdir()
    write_jsonl(
        folder / "interactions.jsonl",
        interaction(
            interaction_id="M001",
            channel="medical_inquiry",
            function="medical",
            author="MEDCANARYAUTHOR",
            subject="MEDCANARYSUBJ renal question",
            notes="Asked about MEDCANARYNOTE exposure in severe renal impairment.",
            follow_up="Send the MEDCANARYFOLLOW response letter",
            status="open",
            region="MEDCANARYNOTE in an unknown column",
        ),
        interaction(interaction_id="M002", notes="Commercial call about access."),
    )
    content = folder / "content"
    content.mkdir()
    (content / "C900.md").write_text(
        "---\ncontent_id: C900\ntitle: MEDCANARYBODY letter\naudience: medical\n"
        "approval_code: US-MED-1\napproved_on: 2026-01-01\n---\nMEDCANARYBODY text.\n"
    )
    return folder


def _rep_store(runner, tiny_data, tmp_path, how: str) -> tuple[Path, sqlite3.Connection]:
    db_path = tmp_path / "rep" / "store.db"
    if how == "init":
        result = invoke(runner, "init", "--role", "rep", "--db", db_path)
        assert_ok(result)
        assert "now a rep store" in result.stderr
        extra: list[str] = []
    else:
        extra = ["--store-role", "rep"]
    assert_ok(invoke(runner, "ingest", tiny_data, "--db", db_path, *extra))
    # A connection held open keeps the write-ahead log on disk, so the test can search it too.
    holder = sqlite3.connect(db_path)
    holder.execute("SELECT COUNT(*) FROM hcps").fetchone()
    result = invoke(runner, "ingest", _medical_canaries(tmp_path / "med"), "--db", db_path)
    assert_ok(result)
    assert "kept as stubs (date, channel, status): 1;" in result.stderr
    assert "medical content and planned calls left out: 1." in result.stderr
    return db_path, holder


@pytest.mark.parametrize("how", ["init", "first-ingest"])
def test_a_rep_store_never_holds_medical_text(runner, tiny_data, tmp_path, how):
    db_path, holder = _rep_store(runner, tiny_data, tmp_path, how)
    try:
        assert db_path.with_name("store.db-wal").exists()
        files = _files_under(db_path.parent)
        assert {p.name for p in files} >= {"store.db", "store.db-wal", "manifest.json"}
        assert _leaks(files, [c.lower().encode() for c in CANARIES]) == []
        # The tiny data's own medical note and letter never arrived either.
        assert _leaks(files, [b"renal impairment", b"response letter promised"]) == []
    finally:
        holder.close()
    conn = sqlite3.connect(db_path)
    stub = conn.execute(
        "SELECT date, channel, function, status, subject, notes, follow_up, author, extra "
        "FROM interactions WHERE interaction_id = 'M001'"
    ).fetchone()
    assert stub == (
        "2026-10-05",
        "medical_inquiry",
        "medical",
        "open",
        None,
        None,
        None,
        None,
        None,
    )
    assert conn.execute("SELECT COUNT(*) FROM content WHERE audience = 'medical'").fetchone() == (
        0,
    )
    conn.close()
    # The rep's briefing still knows the inquiry happened.
    data = json.loads(
        invoke(runner, "prep", "H001", "--format", "json", "--db", db_path, *AS_OF).stdout
    )
    assert data["medical"]["count"] == 2
    # Ingesting the same files again changes nothing.
    again = invoke(runner, "ingest", tmp_path / "med", "--db", db_path)
    assert "0 new, 0 changed" in again.stderr


def test_a_rep_store_refuses_the_msl_view(runner, tiny_data, tmp_path):
    db_path, holder = _rep_store(runner, tiny_data, tmp_path, "init")
    holder.close()
    for args, env in (
        (["prep", "H001", "--role", "msl", *AS_OF], None),
        (["prep", "H001", *AS_OF], {"PREPCLI_ROLE": "msl"}),
        (["search", "renal", "--role", "msl"], None),
    ):
        result = runner.invoke(app, [*args, "--db", str(db_path)], env=env)
        assert_user_error(result, mentions="this is a rep store")
    assert "store role" in invoke(runner, "status", "--db", db_path).stdout
    assert_user_error(
        invoke(runner, "init", "--role", "msl", "--db", db_path), mentions="rep store"
    )
    assert_user_error(
        invoke(runner, "ingest", tiny_data, "--store-role", "msl", "--db", db_path),
        mentions="cannot be changed",
    )


def test_a_store_without_a_role_is_unrestricted_and_cannot_become_a_rep_store(runner, store_path):
    status = invoke(runner, "status")
    assert_ok(status)
    assert "unrestricted" in status.stdout
    assert_ok(invoke(runner, "prep", "H001", "--role", "msl", *AS_OF))
    result = invoke(runner, "init", "--role", "rep")
    assert_user_error(result, mentions="already holds medical text")
    assert_ok(invoke(runner, "init", "--role", "msl"))
    assert "msl store: holds medical records" in invoke(runner, "status").stdout


# ---- prep while another process holds the write lock ------------------------------------------

LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('held-by-test', '1')")
print("LOCKED", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_prep_does_not_wait_for_a_held_write_lock_and_its_row_is_kept(store_path, runner):
    env = child_env(store_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(store_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        # Waiting for the lock would take the 60 s busy timeout; a briefing must not.
        briefing = subprocess.run(
            [sys.executable, "-m", "prepcli", "prep", "H001", "--format", "json", *AS_OF],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        search = subprocess.run(
            [sys.executable, "-m", "prepcli", "search", "dosing", "--mode", "bm25", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert holder.poll() is None  # the lock was held throughout
        queued = sorted(p.name for p in store_path.with_name("store.db.audit-queue").iterdir())
    finally:
        if holder.poll() is None:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
        holder.wait(timeout=30)
    assert briefing.returncode == 0, briefing.stderr
    assert json.loads(briefing.stdout)["hcp"]["hcp_id"] == "H001"
    assert search.returncode == 0, search.stderr
    assert len(queued) == 2 and all(n.endswith(".json") for n in queued)
    assert "queued" in invoke(runner, "status").stdout
    # The next command appends the queued rows, in order; none is lost.
    rows = json.loads(invoke(runner, "audit", "--json").stdout)
    assert [r["command"] for r in rows] == ["prep", "search"]
    assert rows[0]["hcp_id"] == "H001" and "I001" in rows[0]["record_ids"]
    assert list(store_path.with_name("store.db.audit-queue").iterdir()) == []
    assert_ok(invoke(runner, "audit", "verify"))


# ---- what a killed ingest leaves, phase by phase (as the README says) -------------------------

KILLED_AT = """
import os, signal, sys
from prepcli import index

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

phase = sys.argv[1]
if phase == "embedding":
    real, calls = index.embed_in_chunks, []

    def second_slice_dies(*args, **kwargs):
        if calls:
            die()
        calls.append(1)
        return real(*args, **kwargs)

    index.embed_in_chunks = second_slice_dies
else:
    names = {"key-sentences": "update_highlights", "profiles": "update_profiles",
             "search-index": "build_dense_index"}
    setattr(index, names[phase], die)
from prepcli.cli import app
app(sys.argv[2:], prog_name="prepcli")
"""

PENDING = {
    "embedding": "passages not yet embedded",
    # Key sentences are chosen in the embedding pass, committed with each slice's vectors; a
    # kill in the catch-up pass after it leaves only the profiles that follow out of date.
    "key-sentences": "out of date",
    "profiles": "out of date",
    "search-index": "stale (rebuilt on the next search)",
}


@pytest.mark.parametrize("phase", list(PENDING))
def test_a_killed_ingest_keeps_its_records_and_resumes_the_rest(
    runner, store_path, tmp_path, phase
):
    import signal

    n = 2_100 if phase == "embedding" else 20  # two embedding slices: the second one dies
    path = tmp_path / "interactions_more.jsonl"
    write_jsonl(
        path,
        *(
            interaction(
                interaction_id=f"K{i:05d}", notes=f"Call {i}. Spoke about access. Left a guide."
            )
            for i in range(n)
        ),
    )
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT, phase, "ingest", str(path)],
        env=child_env(store_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # The records were committed as one transaction before any derived work began.
    assert table_counts(store_path)["interactions"] == 3 + n
    status = invoke(runner, "status")
    assert_ok(status)
    assert PENDING[phase] in status.stdout, status.stdout
    # The next ingest of the same file changes no record and finishes the derived work.
    again = invoke(runner, "ingest", path)
    assert_ok(again)
    assert f"0 new, 0 changed, {n} unchanged" in again.stderr
    status = invoke(runner, "status").stdout
    assert "fresh" in status and "not yet embedded" not in status
    assert "pending" not in status and "out of date" not in status


def test_a_briefing_checks_the_newest_rows_and_audit_verify_checks_all(
    runner, store_path, monkeypatch
):
    from prepcli import audit

    monkeypatch.setattr(audit, "RECENT_ROWS", 2)
    _briefings(runner, 4)
    _tamper(store_path, "UPDATE audit SET hcp_id = 'H002' WHERE audit_id = 1")
    quiet = invoke(runner, "prep", "H001", "--format", "json", *AS_OF)
    assert "BROKEN" not in quiet.stderr  # row 1 is older than the rows a briefing re-hashes
    result = invoke(runner, "audit", "verify")
    assert result.exit_code == 1 and "BROKEN at row 1" in result.stderr
    _tamper(store_path, "UPDATE audit SET hcp_id = 'H002' WHERE audit_id = 5")
    loud = invoke(runner, "prep", "H001", "--format", "json", *AS_OF)
    assert "BROKEN at row 5" in loud.stderr


def test_a_subject_too_long_for_a_one_page_briefing_is_refused(runner, store_path):
    before = table_counts(store_path)
    result = invoke(runner, "ingest", MALFORMED / "interactions_long_subject.csv")
    assert_user_error(
        result, mentions="interactions_long_subject.csv:2: subject: is 699 characters"
    )
    assert table_counts(store_path) == before


def test_a_rep_store_leaves_out_medical_planned_calls_and_refuses_the_msl_pack(
    runner, tiny_data, tmp_path
):
    (tiny_data / "schedule.csv").write_text(
        "plan_id,hcp_id,start,channel,objective,owner\n"
        "P1,H001,2026-10-22T09:30,in_person,Bring the dosing guide,rep.jones\n"
        "P4,H001,2026-10-22T16:00,medical_inquiry,MEDPLANCANARY renal answer,msl.patel\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "rep" / "store.db"
    result = invoke(runner, "ingest", tiny_data, "--store-role", "rep", "--db", db_path)
    assert_ok(result)
    assert _leaks(_files_under(db_path.parent), [b"medplancanary"]) == []
    conn = sqlite3.connect(db_path)
    assert [r[0] for r in conn.execute("SELECT plan_id FROM schedule")] == ["P1"]
    conn.close()
    day = invoke(runner, "prep", "--day", "2026-10-22", "--role", "msl", "--db", db_path)
    assert_user_error(day, mentions="this is a rep store")


def test_an_erased_hcp_stays_erased_when_the_export_still_holds_them(runner, tiny_data, store_path):
    """Found by an audit: after `forget`, the next ingest of the same export brought the HCP
    and their calls back as new, without a word. The trail remembers the erasure by id."""
    assert_ok(invoke(runner, "forget", "H001", "--yes"))
    again = invoke(runner, "ingest", tiny_data)
    assert_ok(again)
    assert "Left out 3 rows of HCPs erased with `prepcli forget`: H001." in again.stderr
    assert "--readmit HCP_ID" in again.stderr
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT COUNT(*) FROM hcps WHERE hcp_id = 'H001'").fetchone() == (0,)
    assert conn.execute("SELECT COUNT(*) FROM interactions WHERE hcp_id = 'H001'").fetchone() == (
        0,
    )
    assert invoke(runner, "prep", "H001", *AS_OF).exit_code == 2
    # A dry run takes nobody back; --readmit does, on the record.
    dry = invoke(runner, "ingest", tiny_data, "--readmit", "H001", "--dry-run")
    assert_ok(dry)
    assert "Dry run: would take back after an erasure (nothing recorded): H001" in dry.stderr
    assert conn.execute("SELECT COUNT(*) FROM hcps WHERE hcp_id = 'H001'").fetchone() == (0,)
    back = invoke(runner, "ingest", tiny_data, "--readmit", "H001")
    assert_ok(back)
    assert "Taken back after an erasure (recorded in the audit trail): H001" in back.stderr
    assert conn.execute("SELECT COUNT(*) FROM hcps WHERE hcp_id = 'H001'").fetchone() == (1,)
    rows = json.loads(invoke(runner, "audit", "--json").stdout)
    assert [r["command"] for r in rows if r["hcp_id"] == "H001"][-2:] == ["forget", "readmit"]
    assert "Left out" not in invoke(runner, "ingest", tiny_data).stderr
    assert_ok(invoke(runner, "audit", "verify"))
