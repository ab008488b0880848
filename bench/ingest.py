"""Ingest speed, side by side in one run: the first ingest of sample_data/ with today's pipeline
(ONNX Runtime, fused kernels and int8 matrix products, key sentences from the passages' own
forward pass) against older pipelines checked out from git (by default the last one on torch,
embedding each sentence on its own; add a later revision, e.g. the last fp32 ONNX one, 7ae4bef,
to see each step), and the encoding batch size. Retrieval quality per backend: run
bench/retrieval.py with PREPCLI_EMBED_BACKEND=onnx and =torch.

Usage: .venv/bin/python bench/ingest.py [--baseline REV[,REV...]] [--rounds N]
                                        [--batches 8,16,32,64]

Each baseline runs from `git archive REV` in a scratch folder, so it needs the repository's
history (a clone, not an sdist) and the bench extras (sentence-transformers). Pipelines take
turns within each round, so all see much the same load on a shared machine; ratios are against
the first baseline, by wall and by CPU seconds summed over the rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, env, table

from prepcli import config, embed, store
from prepcli.config import DEFAULT_MODEL

# The last commit whose ingest embedded with sentence-transformers on torch, one forward pass per
# key-sentence candidate, batch 64 ("today's pipeline" when the 3x ingest goal was set).
BASELINE = "dae3269"


def checkout(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "prepcli", "templates"],
        check=True,
        capture_output=True,
    ).stdout
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def ingest(code: Path, db: Path, extra: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system, the child's own) of one ingest, and its stderr.
    On a shared machine CPU seconds are the steadier measure; both are reported."""
    cmd = [sys.executable, "-m", "prepcli", "ingest", str(ROOT / "sample_data"), "--db", str(db)]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        env=env(PYTHONPATH=str(code), PREPCLI_MODEL=DEFAULT_MODEL, **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ingest with {code} failed: {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, err


def batch_sizes(db: Path, sizes: list[int]) -> list[tuple[str, ...]]:
    """Seconds to embed every passage of the store at each batch size (ONNX, one process)."""
    texts = [r[0] for r in store.open_store(db).execute("SELECT text FROM passages")]
    embedder = embed.TransformerEmbedder(DEFAULT_MODEL, backend="onnx")
    embedder.embed(texts[:32])  # load and warm up once for all sizes
    rows = []
    for size in sizes:
        embed.BATCH_SIZE = size
        start = time.perf_counter()
        embed.embed_in_chunks(embedder, texts)
        seconds = time.perf_counter() - start
        rows.append((str(size), f"{seconds:.2f}", f"{len(texts) / seconds:.0f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=BASELINE, help="git revisions to compare against")
    parser.add_argument("--rounds", type=int, default=1, help="first ingests per pipeline")
    parser.add_argument("--batches", default="8,16,32,64")
    args = parser.parse_args()
    revs = [r for r in args.baseline.split(",") if r]
    work = Path(tempfile.mkdtemp(prefix="prepcli-bench-"))
    try:
        pipelines = [(f"baseline {rev}", checkout(rev, work / rev)) for rev in revs]
        label = embed.BACKEND_LABELS[config.backend()]
        pipelines.append((f"current ({label})", ROOT))
        totals = {name: [0.0, 0.0] for name, _ in pipelines}
        new_db = work / "current.db"
        for n in range(args.rounds):
            for name, code in pipelines:
                db = work / f"{n}-{name.replace(' ', '_')}.db"
                wall, cpu, out = ingest(code, db, {})
                totals[name][0] += wall
                totals[name][1] += cpu
                if code == ROOT:
                    new_db, new_out = db, out
        again_s, again_cpu, again_out = ingest(ROOT, new_db, {})
        if "embedded 0 passages" not in again_out:
            print("NOTE: the unchanged second ingest embedded passages again")
        print(f"first ingest of sample_data/ ({new_out.strip().splitlines()[-1]}), ", end="")
        print(f"{args.rounds} round(s), seconds per ingest")
        old_wall, old_cpu = totals[pipelines[0][0]]
        rows = [
            (
                name,
                f"{wall / args.rounds:.1f}",
                f"{cpu / args.rounds:.1f}",
                f"{old_wall / wall:.2f}x",
                f"{old_cpu / cpu:.2f}x",
            )
            for name, (wall, cpu) in totals.items()
        ]
        rows.append(
            (
                "current, unchanged re-run",
                f"{again_s:.1f}",
                f"{again_cpu:.1f}",
                f"{old_wall / args.rounds / again_s:.0f}x",
                f"{old_cpu / args.rounds / again_cpu:.0f}x",
            )
        )
        header = ("pipeline", "wall s", "CPU s", "wall speed-up", "CPU speed-up")
        print(table(rows, header))
        sizes = [int(n) for n in args.batches.split(",") if n]
        if sizes:
            print()
            print(table(batch_sizes(new_db, sizes), ("batch size", "seconds", "passages/s")))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
