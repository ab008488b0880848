"""Ingest speed: prepcli's embedding throughput against model.encode on the same passages, and
a second, unchanged ingest against the first. Both measured in this run.

Usage: .venv/bin/python bench/ingest.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import BIN, ROOT, env, table

from prepcli import store
from prepcli.embed import SentenceTransformerEmbedder, embed_in_chunks


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="prepcli-bench-"))
    db = work / "store.db"
    e = env(PREPCLI_MODEL="sentence-transformers/all-MiniLM-L6-v2")
    cmd = [str(BIN / "prepcli"), "ingest", str(ROOT / "sample_data"), "--db", str(db)]
    start = time.perf_counter()
    subprocess.run(cmd, env=e, check=True, capture_output=True)
    first = time.perf_counter() - start
    start = time.perf_counter()
    second_out = subprocess.run(cmd, env=e, check=True, capture_output=True, text=True)
    second = time.perf_counter() - start
    reembedded = "embedded 0 passages" not in second_out.stderr

    texts = [r[0] for r in store.open_store(db).execute("SELECT text FROM passages")]
    embedder = SentenceTransformerEmbedder()
    model = embedder._load()
    model.encode(texts[:64])  # warm-up both paths equally
    start = time.perf_counter()
    model.encode(texts, batch_size=32)
    direct = time.perf_counter() - start
    start = time.perf_counter()
    embed_in_chunks(embedder, texts)
    ours = time.perf_counter() - start
    shutil.rmtree(work)
    if reembedded:
        print("NOTE: the unchanged second ingest embedded passages again; the ratio is not valid")

    print(f"{len(texts)} passages from sample_data/, all-MiniLM-L6-v2 on CPU")
    print(
        table(
            [
                (
                    "model.encode directly (defaults)",
                    f"{direct:.2f}",
                    f"{len(texts) / direct:.0f}",
                    "1.00",
                ),
                (
                    "prepcli embedder",
                    f"{ours:.2f}",
                    f"{len(texts) / ours:.0f}",
                    f"{direct / ours:.2f}",
                ),
            ],
            ("embedding", "seconds", "passages/s", "throughput vs direct"),
        )
    )
    print()
    print(
        table(
            [
                ("first ingest (records + embeddings)", f"{first:.2f}", "1"),
                ("second ingest, unchanged", f"{second:.2f}", f"{first / second:.0f}x faster"),
            ],
            ("ingest of sample_data/", "seconds", "ratio"),
        )
    )


if __name__ == "__main__":
    main()
