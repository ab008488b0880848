"""Shared bench helpers: build the large generated store once, run commands, measure children."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
LARGE = {"hcps": 300, "interactions": 100_000, "content": 5_000}


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    e.pop("PREPCLI_ROLE", None)
    # An installed prepcli has its bytecode; compiling every module on each timed start would
    # charge prepcli for what the floor process (stdlib and numpy, precompiled) never pays.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e.update(extra)
    return e


def run_usage(cmd: list[str], environ: dict[str, str]) -> tuple[float, resource.struct_rusage]:
    """Wall seconds and the resource usage of one child process (its own, from wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return wall, usage


def run_measured(cmd: list[str], environ: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one child process."""
    wall, usage = run_usage(cmd, environ)
    return wall, usage.ru_maxrss // 1024


def large_store(model: str) -> Path:
    """Generate and ingest the large dataset once; later runs reuse it."""
    label = "fake" if model == "fake-trigram-384" else "real"
    data = OUT / "large-data"
    db = OUT / f"large-{label}.db"
    if not (data / "hcps.csv").exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "sample_data" / "generate.py"),
                "--out",
                str(data),
                "--hcps",
                str(LARGE["hcps"]),
                "--interactions",
                str(LARGE["interactions"]),
                "--content",
                str(LARGE["content"]),
            ],
            check=True,
        )
    if not db.exists():
        print(f"building {db.name} (one time)...", file=sys.stderr)
        subprocess.run(
            [str(BIN / "prepcli"), "ingest", str(data), "--db", str(db)],
            env=env(PREPCLI_MODEL=model),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return db


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """A markdown table, so bench output can be pasted into the README as it is."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: tuple[str, ...]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *map(line, rows)])
