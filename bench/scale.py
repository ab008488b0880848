"""How `prep` and `search` grow with the store: about 10k, 100k and 1M interactions, one HCP with
8,000 of them in each, median time and peak RSS per fresh process, beside a floor process that
only imports sqlite3, json and numpy. All figures from one run.

Usage: .venv/bin/python bench/scale.py [--dir DIR] [--sizes 10k,100k,1m] [--runs 5]

Ingesting a million generated notes takes hours on two cores, so the stores are grown in SQL from
sample_data/ ingested once with the fake embedder: its 36 HCPs and their rows (passages, vectors,
key sentences, note facts, profiles) are copied under new ids until the store has the size asked
for, its content up to 2,000 pieces, and HCP-HEAVY gets 8,000 copies of HCP-0001's interactions.
A typical HCP keeps its size in every store, so growth is the store's, not the HCP's. Stores are
built once under DIR (default bench/out/scale) and reused. `prep` reads stored vectors however
they were made; search embeds its query with the fake too (the model's own cost is in
bench/search.py).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from _common import BIN, OUT, ROOT, env, run_measured, table

from prepcli import service

FAKE = "fake-trigram-384"
HEAVY, DONOR, HEAVY_ROWS = "HCP-HEAVY", "HCP-0001", 8_000
TYPICAL = "HCP-0005"
CONTENT = 2_000
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
FLOOR = "import sqlite3, json, numpy"


def base_store(folder: Path) -> Path:
    db = folder / "sample.db"
    if not db.exists():
        subprocess.run(
            [str(BIN / "prepcli"), "ingest", str(ROOT / "sample_data"), "--db", str(db)],
            env=env(PREPCLI_MODEL=FAKE),
            check=True,
            capture_output=True,
        )
    return db


def _columns(conn: sqlite3.Connection, table_name: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table_name})")]


def _copy_interactions(conn: sqlite3.Connection, rounds: int, hcp_expr: str, where: str) -> None:
    """Copies of the interactions matching ``where`` (over ``t``), with everything derived from
    them; copy n of row X is X-Cn (or X-Hn for HCP-HEAVY)."""
    mark = "'-H'" if hcp_expr.startswith("'") else "'-C'"
    sfx = f"{mark} || k.n"
    numbers = f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {rounds})"
    conn.execute(f"CREATE TEMP TABLE picked AS SELECT interaction_id FROM interactions t {where}")
    cols = _columns(conn, "interactions")
    rw = {"interaction_id": f"t.interaction_id || {sfx}", "hcp_id": hcp_expr}
    exprs = ", ".join(rw.get(c, f"t.{c}") for c in cols)
    conn.execute(
        f"{numbers} INSERT INTO interactions ({', '.join(cols)}) SELECT {exprs} "
        "FROM interactions t, k WHERE t.interaction_id IN (SELECT * FROM picked)"
    )
    new_id = (
        f"'interactions:' || t.source_id || {sfx} || substr(t.passage_id, length(t.source_id) + 14)"
    )
    cols = _columns(conn, "passages")
    rw = {"passage_id": new_id, "source_id": f"t.source_id || {sfx}", "hcp_id": hcp_expr}
    exprs = ", ".join(rw.get(c, f"t.{c}") for c in cols)
    conn.execute(
        f"{numbers} INSERT INTO passages ({', '.join(cols)}) SELECT {exprs} FROM passages t, k "
        "WHERE t.source_kind = 'interactions' AND t.source_id IN (SELECT * FROM picked)"
    )
    cols = _columns(conn, "embeddings")
    exprs = ", ".join(
        f"'interactions:' || p.source_id || {sfx} || substr(t.passage_id, length(p.source_id) + 14)"
        if c == "passage_id"
        else f"t.{c}"
        for c in cols
    )
    conn.execute(
        f"{numbers} INSERT INTO embeddings ({', '.join(cols)}) SELECT {exprs} "
        "FROM embeddings t JOIN passages p ON p.passage_id = t.passage_id, k "
        "WHERE p.source_kind = 'interactions' AND p.source_id IN (SELECT * FROM picked)"
    )
    cols = _columns(conn, "highlights")
    exprs = ", ".join(
        f"t.interaction_id || {sfx}" if c == "interaction_id" else f"t.{c}" for c in cols
    )
    conn.execute(
        f"{numbers} INSERT INTO highlights ({', '.join(cols)}) SELECT {exprs} FROM highlights t, k "
        "WHERE t.interaction_id IN (SELECT * FROM picked)"
    )
    cols = _columns(conn, "note_facts")
    rw = {"interaction_id": f"t.interaction_id || {sfx}", "hcp_id": hcp_expr}
    exprs = ", ".join(rw.get(c, f"t.{c}") for c in cols)
    conn.execute(
        f"{numbers} INSERT INTO note_facts ({', '.join(cols)}) SELECT {exprs} FROM note_facts t, k "
        "WHERE t.interaction_id IN (SELECT * FROM picked)"
    )
    conn.execute("DROP TABLE picked")


def grow(base: Path, db: Path, interactions: int) -> None:
    """A copy of ``base`` grown to about ``interactions`` interactions (see the module doc)."""
    partial = db.with_name(db.name + ".partial")
    for leftover in ("", "-journal", "-wal", "-shm"):
        Path(f"{partial}{leftover}").unlink(missing_ok=True)
    src = sqlite3.connect(base)
    src.execute(f"VACUUM INTO '{partial}'")
    src.close()
    conn = sqlite3.connect(partial)
    have = conn.execute("SELECT COUNT(*) FROM interactions").fetchone()[0]
    hcps = conn.execute("SELECT COUNT(*) FROM hcps").fetchone()[0]
    pieces = conn.execute("SELECT COUNT(*) FROM content").fetchone()[0]
    donor = conn.execute("SELECT COUNT(*) FROM interactions WHERE hcp_id = ?", [DONOR]).fetchone()[
        0
    ]

    # HCP-HEAVY: HCP-0001 under another id, with 8,000 copies of its interactions.
    cols = _columns(conn, "hcps")
    rw = {"hcp_id": f"'{HEAVY}'", "name": "'Dr. Heavy Caseload'", "npi": "'1000000004'"}
    exprs = ", ".join(rw.get(c, f"t.{c}") for c in cols)
    conn.execute(f"INSERT INTO hcps SELECT {exprs} FROM hcps t WHERE t.hcp_id = '{DONOR}'")
    rounds = -(-HEAVY_ROWS // donor)
    _copy_interactions(conn, rounds, f"'{HEAVY}'", f"WHERE t.hcp_id = '{DONOR}'")
    extra = conn.execute(
        "SELECT interaction_id FROM interactions WHERE hcp_id = ? ORDER BY interaction_id DESC",
        [HEAVY],
    ).fetchall()[: rounds * donor - HEAVY_ROWS]
    for (iid,) in extra:
        conn.execute("DELETE FROM highlights WHERE interaction_id = ?", [iid])
        conn.execute("DELETE FROM note_facts WHERE interaction_id = ?", [iid])
        conn.execute(
            "DELETE FROM embeddings WHERE passage_id IN (SELECT passage_id FROM passages "
            "WHERE source_kind = 'interactions' AND source_id = ?)",
            [iid],
        )
        conn.execute(
            "DELETE FROM passages WHERE source_kind = 'interactions' AND source_id = ?", [iid]
        )
        conn.execute("DELETE FROM interactions WHERE interaction_id = ?", [iid])
    conn.execute(
        "INSERT INTO profiles SELECT ?, role, model_id, vector, n_sources FROM profiles "
        "WHERE hcp_id = ?",
        [HEAVY, DONOR],
    )

    # Every other HCP copied with its rows until the store has the size asked for.
    copies = max(0, round((interactions - have - HEAVY_ROWS) / have))
    if copies:
        numbers = (
            f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies})"
        )
        rw = {"hcp_id": "t.hcp_id || '-C' || k.n", "name": "t.name || ' ' || k.n"}
        exprs = ", ".join(rw.get(c, f"t.{c}") for c in cols)
        conn.execute(
            f"{numbers} INSERT INTO hcps SELECT {exprs} FROM hcps t, k WHERE t.hcp_id != ?",
            [HEAVY],
        )
        _copy_interactions(conn, copies, "t.hcp_id || '-C' || k.n", f"WHERE t.hcp_id != '{HEAVY}'")
        pcols = _columns(conn, "profiles")
        exprs = ", ".join("t.hcp_id || '-C' || k.n" if c == "hcp_id" else f"t.{c}" for c in pcols)
        conn.execute(
            f"{numbers} INSERT INTO profiles SELECT {exprs} FROM profiles t, k WHERE t.hcp_id != ?",
            [HEAVY],
        )

    # Content up to 2,000 pieces, each copy with its passages and vectors.
    content_rounds = max(0, -(-CONTENT // pieces) - 1)
    if content_rounds:
        numbers = (
            "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k "
            f"WHERE n < {content_rounds})"
        )
        sfx = "'-C' || k.n"
        ccols = _columns(conn, "content")
        rw = {"content_id": f"t.content_id || {sfx}", "approval_code": f"t.approval_code || {sfx}"}
        exprs = ", ".join(rw.get(c, f"t.{c}") for c in ccols)
        conn.execute(f"{numbers} INSERT INTO content SELECT {exprs} FROM content t, k")
        new_id = (
            f"'content:' || t.source_id || {sfx} || substr(t.passage_id, length(t.source_id) + 9)"
        )
        pc = _columns(conn, "passages")
        rw = {"passage_id": new_id, "source_id": f"t.source_id || {sfx}"}
        exprs = ", ".join(rw.get(c, f"t.{c}") for c in pc)
        conn.execute(
            f"{numbers} INSERT INTO passages ({', '.join(pc)}) SELECT {exprs} FROM passages t, k "
            "WHERE t.source_kind = 'content'"
        )
        ec = _columns(conn, "embeddings")
        exprs = ", ".join(
            f"'content:' || p.source_id || {sfx} || substr(t.passage_id, length(p.source_id) + 9)"
            if c == "passage_id"
            else f"t.{c}"
            for c in ec
        )
        conn.execute(
            f"{numbers} INSERT INTO embeddings ({', '.join(ec)}) SELECT {exprs} "
            "FROM embeddings t JOIN passages p ON p.passage_id = t.passage_id, k "
            "WHERE p.source_kind = 'content'"
        )
    conn.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'vector_generation'"
    )
    conn.commit()
    conn.close()
    partial.rename(db)
    print(f"built {db.name}: {hcps} HCPs x {copies + 1}, +{HEAVY}", file=sys.stderr)


def _cases(db: Path, with_search: bool) -> dict[str, list[str]]:
    prep = [str(BIN / "prep"), "--db", str(db), "--as-of", "2026-11-23", "-f", "json", "-o", "-"]
    search = [str(BIN / "prepcli"), "search", "--db", str(db), "--json"]
    cases = {
        "floor: python -c 'import sqlite3, json, numpy'": [sys.executable, "-c", FLOOR],
        f"prep {TYPICAL} (typical HCP)": [*prep, TYPICAL],
        f"prep {HEAVY} (8,000 interactions)": [*prep, HEAVY],
    }
    if with_search:
        cases["search, hybrid"] = [*search, "prior authorization denied"]
        cases[f"search --hcp {HEAVY}"] = [*search, "samples requested", "--hcp", HEAVY]
    return cases


def measure(
    stores: dict[str, Path], runs: int, *, with_search: bool = True
) -> dict[str, dict[str, tuple[float, int]]]:
    """Median wall time and peak RSS per store and command; the stores are measured in turn
    within each round, so a change of load on this shared host touches them alike."""
    e = env(PREPCLI_MODEL=FAKE)
    cases = {label: _cases(db, with_search) for label, db in stores.items()}
    if with_search:
        for db in stores.values():
            # Build the FAISS files once, as the first search after an ingest would.
            service.search(db, "warm up", role="rep", model=FAKE, today=date(2026, 11, 23))
    out: dict[str, dict[str, list[tuple[float, int]]]] = {
        label: {name: [] for name in c} for label, c in cases.items()
    }
    for _ in range(runs):
        for label, by_name in cases.items():
            for name, cmd in by_name.items():
                out[label][name].append(run_measured(cmd, e))
    return {
        label: {
            name: (statistics.median(w for w, _ in rs), max(r for _, r in rs))
            for name, rs in by_name.items()
        }
        for label, by_name in out.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=OUT / "scale")
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument(
        "--no-search", action="store_true", help="prep only (no FAISS build over a 1M store)"
    )
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    base = base_store(args.dir)
    stores = {}
    for label in [s for s in args.sizes.split(",") if s]:
        stores[label] = args.dir / f"{label}.db"
        if not stores[label].exists():
            start = time.perf_counter()
            grow(base, stores[label], SIZES[label])
            print(f"  in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if args.build_only:
        return
    print(f"load average at the start: {os.getloadavg()}")
    measured = measure(stores, args.runs, with_search=not args.no_search)
    results = {}
    for label, db in stores.items():
        n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM interactions").fetchone()[0]
        results[label] = (n, measured[label])
    rows = []
    for n, by_case in results.values():
        floor = by_case[next(iter(by_case))][0]
        for name, (wall, rss) in by_case.items():
            rows.append((f"{n:,}", name, f"{wall:.3f}", f"{wall / floor:.1f}x", str(rss)))
    print(f"median of {args.runs} fresh processes per cell; 'vs floor' in the same store's run")
    print(table(rows, ("interactions", "command", "median s", "vs floor", "peak RSS MB")))
    if "100k" in results and "1m" in results:
        key = f"prep {TYPICAL} (typical HCP)"
        ratio = results["1m"][1][key][0] / results["100k"][1][key][0]
        print(f"prep {TYPICAL}: 1M store / 100k store = {ratio:.2f}x")
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
