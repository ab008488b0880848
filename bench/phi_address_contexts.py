"""How much an address's detection rests on the sentence around it.

Takes every labelled address of a development set (adjacent address labels joined into one
value), writes it into a few neutral call-note sentences with no address cue, and prints, per
sentence, the share of values scrubbed whole. A rule that leans on its set's wording ("Address:",
"meet me at") loses here; one that reads the address itself does not. Never run it on a blind or
held-out set.

Run: PYTHONPATH=$PWD .venv/bin/python bench/phi_address_contexts.py [--set bench/X.jsonl]
[--show N] (the default is the external set's tune part; --show prints the misses of sentence N)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from prepcli.phi import find_phi  # noqa: E402

SENTENCES = (
    "Patient stays at {} with family.",
    "Drop the samples at {} tomorrow.",
    "{} is where the carer lives.",
    "Her son drove over from {} this morning.",
    "Visited the pt on {}; wound healing well.",
    "Letter came back from {}, unopened.",
)


def address_values(path: Path, split: str | None) -> list[str]:
    values: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if split is not None and case.get("split") != split:
            continue
        text = case["text"]
        spans = sorted(
            (s for s in case["spans"] if s["type"] == "ADDRESS"),
            key=lambda s: text.find(s["text"]) if "start" not in s else s["start"],
        )
        cur: tuple[int, int] | None = None
        for s in spans:
            start = s.get("start", text.find(s["text"]))
            end = s.get("end", start + len(s["text"]))
            if cur is not None and not text[cur[1] : start].strip(" \n>,"):
                cur = (cur[0], end)
                continue
            if cur is not None:
                values.append(text[cur[0] : cur[1]])
            cur = (start, end)
        if cur is not None:
            values.append(text[cur[0] : cur[1]])
    # a lone postcode or number says nothing without its cue
    return [v for v in dict.fromkeys(values) if len(v) > 6 and not v.replace(" ", "").isdigit()]


def scrubbed_whole(text: str, start: int, end: int) -> bool:
    covered: set[int] = set()
    for span in find_phi(text):
        covered.update(range(span.start, span.end))
    return all(i in covered for i in range(start, end) if not text[i].isspace())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, help="a development set (default: external tune)")
    parser.add_argument("--show", type=int, help="print the misses of this sentence")
    args = parser.parse_args(argv)
    if args.set is None:
        values = address_values(ROOT / "bench" / "phi_external.jsonl", "tune")
    else:
        values = address_values(args.set, None)
    print(f"{len(values)} address values")
    for i, sentence in enumerate(SENTENCES):
        misses = []
        for value in values:
            text = sentence.format(value)
            start = sentence.index("{}")
            if not scrubbed_whole(text, start, start + len(value)):
                misses.append(value)
        hit = len(values) - len(misses)
        print(f"{i}  {hit / len(values):.3f}  {sentence}")
        if args.show == i:
            for value in misses:
                print(f"     MISS {value!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
