"""Compare scrub()'s cost in two or more trees by instructions, not by time.

Run: .venv/bin/python bench/phi_cost.py TREE [TREE ...] [--notes N] [--set PATH ...] [--jobs J]

On a machine whose cores other work shares, notes per CPU-second (bench/phi.py) moves by 10-30%
from one run to the next, more than most changes a rule makes. This counts the instructions
scrub() executes instead, under valgrind's callgrind: the same tree and texts give the same count
whatever else runs, so one run per tree decides a 1% step. Each tree runs in its own process
(PYTHONPATH picks it, hash seed fixed), scrubs 20 texts to load its lists, then scrubs the texts
inside one ``itertools.starmap``, the only code callgrind counts (CPython's C function
``starmap_next`` toggles the count). About 50x slower than a plain
run: 150 synthetic notes take ~3 minutes a tree. Prints instructions per text and each tree's
ratio to the first (below 1: the tree does less work).

The texts: N of bench/phi.py's synthetic call notes, or (``--set``) every text of the given
JSONL files, in bench/phi_external.jsonl's format, every ``--every``-th one. A held half
(``*_held*``) is refused. Never fails a test run: it is not one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WARM = 20  # texts scrubbed before counting: the first call loads the name lists
_TOTAL_RE = re.compile(r"^summary: (\d+)$", re.MULTILINE)


def _texts(notes: int, sets: list[Path], every: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from phi import load_external, synthetic_corpus  # noqa: PLC0415

    if not sets:
        return synthetic_corpus(notes)
    texts = [str(c["text"]) for path in sets for c in load_external(path=path)]
    return texts[::every]


def _child(texts_path: str) -> None:
    """Child: scrub the texts, the counted ones inside starmap (callgrind's toggle)."""
    from prepcli.phi import scrub  # noqa: PLC0415

    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    for text in texts[:_WARM]:
        scrub(text)
    list(itertools.starmap(scrub, ((text,) for text in texts)))


def _count(index: int, tree: Path, texts_path: str, out_dir: str) -> int:
    out = Path(out_dir) / f"callgrind.{index}"
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=starmap_next",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--child",
        texts_path,
    ]
    subprocess.run(command, env=env, capture_output=True, check=True)
    found = _TOTAL_RE.search(out.read_text(encoding="utf-8", errors="replace"))
    if found is None:
        raise SystemExit(f"{tree}: callgrind wrote no total")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, help="checkouts, the first the base")
    parser.add_argument("--notes", type=int, default=150, help="synthetic call notes to scrub")
    parser.add_argument("--set", type=Path, action="append", default=[], help="JSONL texts instead")
    parser.add_argument("--every", type=int, default=1, help="with --set: every N-th text")
    parser.add_argument("--jobs", type=int, default=2, help="trees counted at once")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    if not args.trees:
        parser.error("name at least one tree")
    if any("_held" in path.name for path in args.set):
        parser.error("a held half is never scrubbed here")
    if shutil.which("valgrind") is None:
        print("valgrind not found: apt-get install valgrind")
        return 0
    texts = _texts(args.notes, args.set, args.every)
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = str(Path(tmp) / "texts.json")
        Path(texts_path).write_text(json.dumps(texts), encoding="utf-8")
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = list(
                pool.map(
                    lambda it: _count(it[0], it[1].resolve(), texts_path, tmp),
                    enumerate(args.trees),
                )
            )
    print(f"{len(texts)} texts; instructions per text (callgrind), ratio to the first tree")
    for tree, count in zip(args.trees, counts, strict=True):
        print(f"{count / len(texts):>14,.0f}  {count / counts[0]:6.3f}  {tree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
