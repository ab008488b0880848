"""A day pack of 8 briefings against 8 separate `prep` runs, on the large store, in one run.

Usage: .venv/bin/python bench/day.py [--runs N]

The pack pays imports and set-up once and each briefing its query and rendering only; 8 runs of
`prep` pay the start-up 8 times. A bench schedule of 8 planned calls (the 8 HCPs with the most
interactions, owner "bench") is added to the large store once; ingesting it again changes nothing.
Every format of the pack is timed, each beside its CPU time (user + system): on a shared host the
wall time follows everyone's load, the CPU time is the command's own cost.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics

from _common import BIN, OUT, env, large_store, run_measured, run_usage, table

DAY = "2026-11-24"
CALLS = 8
FORMATS = ("json", "html", "markdown", "terminal")


def bench_schedule(db_path: str) -> list[str]:
    """The HCP ids of the bench day, writing and ingesting its schedule file if needed."""
    conn = sqlite3.connect(db_path)
    hcps = [
        r[0]
        for r in conn.execute(
            "SELECT hcp_id FROM interactions GROUP BY hcp_id ORDER BY count(*) DESC, hcp_id "
            f"LIMIT {CALLS}"
        )
    ]
    conn.close()
    path = OUT / "schedule-bench.csv"
    lines = ["plan_id,hcp_id,start,channel,objective,owner"]
    for n, hcp in enumerate(hcps):
        lines.append(f"BENCH-{n},{hcp},{DAY}T{8 + n:02d}:30,in_person,Bench call {n},bench")
    path.write_text("\n".join(lines) + "\n")
    return hcps


def timed(cmd: list[str], environ: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one child process. On a shared host
    the wall time follows everyone's load; the CPU time is what the command itself costs."""
    wall, usage = run_usage(cmd, environ)
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    model = "fake-trigram-384"
    db = large_store(model)
    e = env(PREPCLI_MODEL=model)
    hcps = bench_schedule(str(db))
    run_measured(
        [str(BIN / "prepcli"), "ingest", str(OUT / "schedule-bench.csv"), "--db", str(db)], e
    )
    pack_cmd = [str(BIN / "prep"), "--day", DAY, "--owner", "bench", "--db", str(db), "-f"]
    pack: dict[str, list[tuple[float, float]]] = {f: [] for f in FORMATS}
    separate: list[tuple[float, float]] = []
    # One untimed pack of each format first: the first process to read the store after the
    # schedule ingest pays for a cold page cache, and that run used to be JSON's.
    for fmt in pack:
        timed([*pack_cmd, fmt], e)
    for _ in range(args.runs):
        for fmt in pack:
            pack[fmt].append(timed([*pack_cmd, fmt], e))
        runs = [
            timed([str(BIN / "prep"), hcp, "--db", str(db), "--as-of", DAY, "-f", "json"], e)
            for hcp in hcps
        ]
        separate.append((sum(w for w, _ in runs), sum(c for _, c in runs)))
    base_wall = statistics.median(w for w, _ in separate)
    base_cpu = statistics.median(c for _, c in separate)

    def row(label: str, runs: list[tuple[float, float]]) -> tuple[str, ...]:
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        return (
            label,
            f"{wall:.2f}",
            f"{wall / base_wall:.2f}x",
            f"{cpu:.2f}",
            f"{cpu / base_cpu:.2f}x",
        )

    rows = [row(f"prep --day ({CALLS} briefings), -f {fmt}", runs) for fmt, runs in pack.items()]
    rows.append(row(f"{CALLS} separate prep runs, -f json", separate))
    print(f"day pack on {db.name}: {args.runs} runs each; load average {os.getloadavg()[0]:.2f}")
    header = ("command", "median wall s", "vs 8 runs", "median CPU s", "vs 8 runs")
    print(table(rows, header))


if __name__ == "__main__":
    main()
