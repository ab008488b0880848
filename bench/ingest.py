"""Ingest speed, side by side in one run: the first ingest of sample_data/ with today's pipeline
(ONNX Runtime, key sentences from the passages' own forward pass) against an older pipeline
checked out from git (by default the last one on torch, embedding each sentence on its own),
and the encoding batch size. Retrieval quality per backend: run bench/retrieval.py with
PREPCLI_EMBED_BACKEND=onnx and =torch.

Usage: .venv/bin/python bench/ingest.py [--baseline REV] [--batches 8,16,32,64]

The baseline runs from `git archive REV` in a scratch folder, so it needs the repository's
history (a clone, not an sdist) and the bench extras (sentence-transformers).
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

from prepcli import embed, store
from prepcli.config import DEFAULT_MODEL

# The last commit whose ingest embedded with sentence-transformers on torch, one forward pass per
# key-sentence candidate, batch 64.
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
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare against")
    parser.add_argument("--batches", default="8,16,32,64")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="prepcli-bench-"))
    try:
        old_code = checkout(args.baseline, work / "baseline")
        old_db, new_db = work / "baseline.db", work / "current.db"
        # Interleaved, so both pipelines see much the same load on a shared machine.
        old_s, old_cpu, _ = ingest(old_code, old_db, {})
        new_s, new_cpu, new_out = ingest(ROOT, new_db, {})
        again_s, again_cpu, again_out = ingest(ROOT, new_db, {})
        if "embedded 0 passages" not in again_out:
            print("NOTE: the unchanged second ingest embedded passages again")
        print(f"first ingest of sample_data/ ({new_out.strip().splitlines()[-1]})")
        print(
            table(
                [
                    (f"baseline {args.baseline} (torch)", f"{old_s:.1f}", f"{old_cpu:.1f}", "1.0x"),
                    (
                        "current (ONNX fp32)",
                        f"{new_s:.1f}",
                        f"{new_cpu:.1f}",
                        f"{old_cpu / new_cpu:.1f}x",
                    ),
                    (
                        "current, unchanged re-run",
                        f"{again_s:.1f}",
                        f"{again_cpu:.1f}",
                        f"{old_cpu / again_cpu:.0f}x",
                    ),
                ],
                ("pipeline", "wall s", "CPU s", "CPU speed vs baseline"),
            )
        )
        sizes = [int(n) for n in args.batches.split(",") if n]
        if sizes:
            print()
            print(table(batch_sizes(new_db, sizes), ("batch size", "seconds", "passages/s")))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
