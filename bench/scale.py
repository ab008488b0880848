"""How `prep` and `search` grow with the store: 10k, 100k and 1M interactions, one HCP with
8,000 of them in each, time and peak RSS per fresh process, against a floor process that only
imports sqlite3, json and numpy. All figures from one run.

Usage: .venv/bin/python bench/scale.py [--dir DIR] [--sizes 10k,100k,1m] [--runs 5]

The stores are built once under DIR (default bench/out/scale) and reused. The 100k store is the
generator's data ingested with the fake embedder; the 10k store keeps 30 of its HCPs; the 1M store
copies its HCPs and their rows nine more times (new ids, same text and vectors) in SQL, because
ingesting a million generated notes takes hours on two cores; the 10k store keeps 7 HCPs. Each
store also has HCP-HEAVY, given copies of 8,000 interactions. Vectors are the fake embedder's:
`prep` reads stored vectors either way, and search embeds its query with the fake too (the
model's cost is in bench/search.py).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import BIN, OUT, ROOT, env, run_measured, table

from prepcli import index, service, store

FAKE = "fake-trigram-384"
HEAVY = "HCP-HEAVY"
HEAVY_ROWS = 8_000
TYPICAL = "HCP-0005"  # about 300 interactions, in every store
KEEP_10K = 7  # HCPs kept beside HCP-HEAVY: about 2,000 interactions plus its 8,000
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
FLOOR = "import sqlite3, json, numpy"
# Tables whose rows belong to an HCP, and the columns that carry ids to rewrite for a copy.
COPIED = {
    "interactions": ("interaction_id", "hcp_id"),
    "passages": ("passage_id", "source_id", "hcp_id"),
}


def base_store(folder: Path) -> Path:
    data, db = folder / "data-100k", folder / "100k.db"
    if not (data / "hcps.csv").exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "sample_data" / "generate.py"),
                "--out",
                str(data),
                "--hcps",
                "300",
                "--interactions",
                str(SIZES["100k"] - HEAVY_ROWS),
                "--content",
                "5000",
            ],
            check=True,
        )
    if not db.exists():
        print(f"building {db} (one time)...", file=sys.stderr)
        partial = db.with_suffix(".partial")
        subprocess.run(
            [str(BIN / "prepcli"), "ingest", str(data), "--db", str(partial)],
            env=env(PREPCLI_MODEL=FAKE),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        add_copies(partial, ["HCP-0001", "HCP-0002"], HEAVY_ROWS)
        _finish(partial, db)
    return db


def _finish(partial: Path, db: Path) -> None:
    """Recompute the derived rows, then move the store into place (a half-built store is never
    reused)."""
    conn = store.open_store(partial)
    index.update_profiles(conn, store.get_meta(conn, "model_id") or FAKE)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("", ".index"):
        src = Path(str(partial) + suffix)
        if src.exists():
            src.rename(Path(str(db) + suffix))
    for stale in (
        partial.with_name(partial.name + "-wal"),
        partial.with_name(partial.name + "-shm"),
    ):
        stale.unlink(missing_ok=True)


def add_copies(db_path: Path, donors: list[str], rows: int) -> None:
    """Give HCP-HEAVY copies of the donors' interactions (with their passages, vectors and key
    sentences) until it has ``rows``."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT OR IGNORE INTO hcps SELECT ?, 'Dr. Heavy Caseload', '1000000004', specialty, "
        "institution, city, state, country, segment, preferred_channel, email_consent, territory, "
        "restricted_products, do_not_contact, extra, row_hash FROM hcps WHERE hcp_id = ?",
        [HEAVY, donors[0]],
    )
    have = 0
    round_ = 0
    while have < rows:
        for donor in donors:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT interaction_id FROM interactions WHERE hcp_id = ? ORDER BY date",
                    [donor],
                )
            ][: rows - have]
            if not ids:
                continue
            _copy_rows(conn, ids, f"-H{round_}", HEAVY)
            have += len(ids)
            if have >= rows:
                break
        round_ += 1
    conn.commit()
    conn.close()


def _copy_rows(conn: sqlite3.Connection, ids: list[str], suffix: str, hcp: str | None) -> None:
    """Copies of the given interactions with ids ending in ``suffix``, owned by ``hcp`` (or each
    by its own HCP with the suffix), with their passages, vectors and key sentences."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS pick (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM pick")
    conn.executemany("INSERT INTO pick VALUES (?)", [(i,) for i in ids])
    owner = "?" if hcp else "hcp_id || ?"
    params = [hcp] if hcp else [suffix]
    conn.execute(
        f"""INSERT INTO interactions SELECT interaction_id || ?, {owner}, date, channel, function,
            author, products, subject, notes, status, follow_up, follow_up_due, engagement,
            content_ids, extra, row_hash FROM interactions WHERE interaction_id IN pick""",
        [suffix, *params],
    )
    conn.execute(
        f"""INSERT INTO passages SELECT
              'interactions:' || source_id || ? || substr(passage_id, length(source_id) + 14),
              source_kind, source_id || ?, {owner}, visibility, field, seq, text, text_hash
            FROM passages WHERE source_kind = 'interactions' AND source_id IN pick""",
        [suffix, suffix, *params],
    )
    conn.execute(
        """INSERT INTO embeddings SELECT
              'interactions:' || p.source_id || ? || substr(e.passage_id, length(p.source_id) + 14),
              e.model_id, e.text_hash, e.vector
            FROM embeddings e JOIN passages p ON p.passage_id = e.passage_id
            WHERE p.source_kind = 'interactions' AND p.source_id IN pick""",
        [suffix],
    )
    conn.execute(
        """INSERT INTO highlights SELECT interaction_id || ?, model_id, text_hash, sentences
           FROM highlights WHERE interaction_id IN pick""",
        [suffix],
    )


def derived_store(folder: Path, label: str, base: Path) -> Path:
    db = folder / f"{label}.db"
    if db.exists():
        return db
    print(f"building {db} (one time)...", file=sys.stderr)
    partial = db.with_suffix(".partial")
    shutil.copy(base, partial)
    conn = sqlite3.connect(partial)
    hcps = [r[0] for r in conn.execute("SELECT hcp_id FROM hcps WHERE hcp_id != ?", [HEAVY])]
    if label == "10k":
        gone = hcps[KEEP_10K:]
        marks = ",".join("?" * len(gone))
        for sql in (
            f"DELETE FROM highlights WHERE interaction_id IN "
            f"(SELECT interaction_id FROM interactions WHERE hcp_id IN ({marks}))",
            f"DELETE FROM embeddings WHERE passage_id IN "
            f"(SELECT passage_id FROM passages WHERE hcp_id IN ({marks}))",
            f"DELETE FROM passages WHERE hcp_id IN ({marks})",
            f"DELETE FROM interactions WHERE hcp_id IN ({marks})",
            f"DELETE FROM hcps WHERE hcp_id IN ({marks})",
        ):
            conn.execute(sql, gone)
    else:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT interaction_id FROM interactions WHERE hcp_id != ?", [HEAVY]
            )
        ]
        for copy in range(1, 10):
            suffix = f"-C{copy}"
            conn.execute(
                """INSERT INTO hcps SELECT hcp_id || ?, name || ' ' || ?, npi, specialty,
                   institution, city, state, country, segment, preferred_channel, email_consent,
                   territory, restricted_products, do_not_contact, extra, row_hash
                   FROM hcps WHERE hcp_id != ? AND hcp_id NOT LIKE '%-C%'""",
                [suffix, f"C{copy}", HEAVY],
            )
            _copy_rows(conn, ids, suffix, None)
            conn.commit()
            print(f"  copy {copy}/9", file=sys.stderr)
    store_ = conn
    store_.execute(
        "INSERT OR REPLACE INTO meta VALUES ('vector_generation', "
        "CAST(COALESCE((SELECT value FROM meta WHERE key = 'vector_generation'), 0) + 1 AS TEXT))"
    )
    store_.commit()
    store_.close()
    _finish(partial, db)
    return db


def measure(db: Path, runs: int) -> dict[str, tuple[float, int]]:
    e = env(PREPCLI_MODEL=FAKE)
    prep = [str(BIN / "prep"), "--db", str(db), "--as-of", "2026-11-23", "-f", "json", "-o", "-"]
    search = [str(BIN / "prepcli"), "search", "--db", str(db), "--json"]
    cases = {
        "floor (python: import sqlite3, json, numpy)": [sys.executable, "-c", FLOOR],
        f"prep {TYPICAL} (typical)": [*prep, TYPICAL],
        f"prep {HEAVY} (8,000 interactions)": [*prep, HEAVY],
        "search, hybrid": [*search, "prior authorization denied"],
        f"search --hcp {HEAVY}": [*search, "samples requested", "--hcp", HEAVY],
    }
    # Warm the FAISS files and the page cache once, as a user's second command would find them.
    service.search(db, "warm", role="rep", model=FAKE, today=__import__("datetime").date.today())
    out: dict[str, list[tuple[float, int]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, cmd in cases.items():
            out[name].append(run_measured(cmd, e))
    return {
        name: (statistics.median(w for w, _ in rs), max(r for _, r in rs))
        for name, rs in out.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=OUT / "scale")
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    base = base_store(args.dir)
    labels = [s for s in args.sizes.split(",") if s]
    stores = {
        label: base if label == "100k" else derived_store(args.dir, label, base) for label in labels
    }
    results = {}
    for label, db in stores.items():
        n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM interactions").fetchone()[0]
        start = time.perf_counter()
        results[label] = (n, measure(db, args.runs))
        print(f"measured {label} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    rows = []
    for n, by_case in results.values():
        floor = by_case[next(iter(by_case))][0]
        for name, (wall, rss) in by_case.items():
            rows.append((f"{n:,}", name, f"{wall:.3f}", f"{wall / floor:.1f}x", str(rss)))
    print(f"median of {args.runs} fresh processes per cell")
    print(table(rows, ("interactions", "command", "median s", "vs floor", "peak RSS MB")))
    if "100k" in results and "1m" in results:
        key = f"prep {TYPICAL} (typical)"
        ratio = results["1m"][1][key][0] / results["100k"][1][key][0]
        print(f"prep on 1M / prep on 100k: {ratio:.2f}x")


if __name__ == "__main__":
    main()
