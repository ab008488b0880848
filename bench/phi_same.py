"""Check that two trees' scrubbers find the same spans on every development text.

Run: .venv/bin/python bench/phi_same.py OTHER_TREE [--notes N]

Runs ``find_phi`` (plain, and with a ``keep``/``clinicians`` pair as ingest passes them) and
``scrub`` from this tree and from OTHER_TREE (e.g. a checkout of main) on every text of the
development sets, the external set's tune part and N synthetic call notes, each tree in its own
process (PYTHONPATH picks the tree), and prints every text whose output differs. For a change
meant to keep behaviour (a speed-up, a refactor): the count must be zero. Never reads a blind
set (``*_held.jsonl``, the external heldout part).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Every development half by its name, so a new set's half is checked the day it lands; a held
# half ("_held") never matches.
DEV_SETS = (
    "phi_blind.jsonl",
    "phi_blind2.jsonl",
    *sorted(p.name for p in (ROOT / "bench").glob("phi_blind*_dev.jsonl")),
    "phi_variants.jsonl",
    "phi_precision_variants.jsonl",
    "phi_name_variants.jsonl",
    "phi_address_variants.jsonl",
)
# A row's products and its author's / the HCP table's words, as ingest passes them.
KEEP = ["Veltrana", "Keytruda", "Jardiance", "Miller", "Avery"]
CLINICIANS = ["Okafor", "Patel", "Delgado", "Chen", "Smith", "Maria", "Jordan", "Lee"]


def _texts(notes: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from phi import load_cases, load_external, synthetic_corpus  # noqa: PLC0415

    texts = [str(c["text"]) for c in load_cases()]
    texts += [str(c["text"]) for c in load_external("tune")]
    for name in DEV_SETS:
        texts += [str(c["text"]) for c in load_external(path=ROOT / "bench" / name)]
    return texts + synthetic_corpus(notes)


def _run(texts_path: str) -> None:
    """Child: print one JSON line per text with this PYTHONPATH's results."""
    import prepcli.phi as phi  # noqa: PLC0415

    print(phi.__file__, file=sys.stderr)
    keep, clinicians = frozenset(KEEP), frozenset(CLINICIANS)
    for text in json.loads(Path(texts_path).read_text(encoding="utf-8")):
        plain = [(s.start, s.end, s.type) for s in phi.find_phi(text)]
        given = [(s.start, s.end, s.type) for s in phi.find_phi(text, keep, clinicians)]
        scrubbed = phi.scrub(text, keep, clinicians)
        print(json.dumps([plain, given, scrubbed.text, scrubbed.counts]))


def _child(tree: Path, texts_path: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", texts_path],
        env=env,
        capture_output=True,
        text=True,
    )
    sys.stderr.write(out.stderr)
    out.check_returncode()
    return out.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", nargs="?", type=Path)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        _run(args.child)
        return 0
    texts = _texts(args.notes)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
    try:
        ours = _child(ROOT, f.name)
        theirs = _child(args.other.resolve(), f.name)
    finally:
        os.unlink(f.name)
    differ = [(t, a, b) for t, a, b in zip(texts, ours, theirs, strict=True) if a != b]
    for text, a, b in differ:
        print(f"DIFFERS: {text[:200]!r}\n  this tree: {a}\n  other:     {b}")
    print(f"{len(texts)} texts, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
