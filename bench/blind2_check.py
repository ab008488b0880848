"""Check the format of the later blind sets (bench/safety_blind<N>.jsonl, bench/phi_blind<N>.jsonl).

Checks structure only, never runs a detector: every PHI span must cut exactly its text out of the
snippet, spans must not overlap and must use a known type; every safety line must carry the fields
bench/safety.py reads, a unique id, a class that agrees with its label, and "reported" only on
positives. Prints counts per type, class and source. Exit 1 on the first set of problems.

    python bench/blind2_check.py              # the blind2 sets (the default)
    python bench/blind2_check.py --set 3      # the blind3 sets (--set 4: blind4)
    python bench/blind2_check.py --set 5      # blind5: a PHI set only (no safety_blind5)
    python bench/blind2_check.py --set 6      # blind6: a PHI set only, split into dev and held
    python bench/blind2_check.py --set 7      # blind7: the same shape, from clinical de-id material
    python bench/blind2_check.py --set 8      # blind8: the same shape, from other de-id corpora
    python bench/blind2_check.py --set 9      # blind9: the same shape, queries and dialogues
    python bench/blind2_check.py --set 10     # blind10: the same shape, pediatric handoffs
    python bench/blind2_check.py --set 11     # blind11: the same shape, English letters, PII tests
    python bench/blind2_check.py --set 12     # blind12: the same shape, non-English text
    python bench/blind2_check.py --set 13     # blind13: the same shape, English clinical notes
    python bench/blind2_check.py --set 14     # blind14: the same shape, Spanish notes, de/pl/nl
    python bench/blind2_check.py --set 15     # blind15: the same shape, English consultations
    python bench/blind2_check.py --set 16     # blind16: the same shape, English written notes
    python bench/blind2_check.py --set 17     # blind17: the same shape, PII sentences, PII tests
    python bench/blind2_check.py --set 18     # blind18: the same shape, address and phone tests
    python bench/blind2_check.py --set 19     # blind19: the same shape, generated texts, CSV rows
    python bench/blind2_check.py --set 20     # blind20: the same shape, biographies, vignettes
    python bench/blind2_check.py --set 21     # blind21: the same shape, a de-id toolkit's tests
    python bench/blind2_check.py --set 22     # blind22: the same shape, e-mails, agent tasks, chats
    python bench/blind2_check.py --set 23     # blind23: the same shape, support chats, commands
    python bench/blind2_check.py --set 24     # blind24: the same shape, clinical notes, agent tasks
    python bench/blind2_check.py --set 25     # blind25: health-software fixtures
    python bench/blind2_check.py --set 26     # blind26: CRM records, chatbot examples
    python bench/blind2_check.py --set 27     # blind27: court case summaries, an opinion
    python bench/blind2_check.py --set 28     # blind28: e-mail library fixtures (headers, messages)
    python bench/blind2_check.py --set 29     # blind29: healthcare agent tests, mock records
    python bench/blind2_check.py --set 30     # blind30: X12 EDI claim and eligibility test files
    python bench/blind2_check.py --set 31     # blind31: pharmacovigilance narratives, ICSR blocks
    python bench/blind2_check.py --set 32     # blind32: vaccination, community-health app fixtures
    python bench/blind2_check.py --set 33     # blind33: PII detectors' and DLP samples' sentences
    python bench/blind2_check.py --set 34     # blind34: clinical notes, consultations
    python bench/blind2_check.py --set 35     # blind35: pharma rep calls, pharmacy-benefit examples
    python bench/blind2_check.py --set 36     # blind36: e-commerce customers' addresses and phones
    python bench/blind2_check.py --set all    # every generation from 2 on
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
GENERATIONS = (
    "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
    "18", "19", "20", "21", "22", "23", "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
)  # fmt: skip
PHI_TYPES = {"PATIENT-NAME", "ADDRESS", "MRN", "PHONE", "SSN", "EMAIL", "DOB"}
KEPT_TYPES = {"HCP", "IGNORE"}
POSITIVE_CLASSES = {
    "ae", "pregnancy", "breastfeeding", "overdose", "medication_error", "off_label",
    "lack_of_effect", "transmission", "interaction", "exposure", "misuse",
}  # fmt: skip
FIELDS = {"id", "split", "label", "class", "text", "products", "source", "reported"}
NEGATIVE_CLASSES = {
    "negated", "hypothetical", "label_rate", "hcp_own", "competitor", "disease_talk",
    "resolved_unrelated", "no_event",
}  # fmt: skip


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_phi(path: Path, split: str = "blind2") -> list[str]:
    problems: list[str] = []
    rows = _lines(path)
    types: Counter[str] = Counter()
    repos: Counter[str] = Counter()
    for n, row in enumerate(rows, 1):
        text = row["text"]
        if row.get("split") != split:
            problems.append(f"{path.name}:{n}: split is {row.get('split')!r}")
        src = row.get("source", {})
        # A file is named by repo and path (blind4 also quotes this repository's sample data,
        # with no commit); a web page by its URL; a line written for the set says so in "url".
        named = all(src.get(k) for k in ("repo", "path")) or src.get("url")
        if not (named and src.get("record")):
            problems.append(f"{path.name}:{n}: source lacks repo/path (or url) and record")
        repos[src.get("repo", "?")] += 1
        spans = sorted(row["spans"], key=lambda s: (s["start"], s["end"]))
        for s in spans:
            types[s["type"]] += 1
            if s["type"] not in PHI_TYPES | KEPT_TYPES:
                problems.append(f"{path.name}:{n}: unknown type {s['type']}")
            if (
                not 0 <= s["start"] < s["end"] <= len(text)
                or text[s["start"] : s["end"]] != s["text"]
            ):
                problems.append(f"{path.name}:{n}: span {s} does not match the text")
            if s["text"] != s["text"].strip():
                problems.append(f"{path.name}:{n}: span {s['text']!r} has outer whitespace")
        # bench/phi.py finds each span by its text (successive occurrences of the same text), so
        # that search must land on the labelled offset
        next_from: dict[str, int] = {}
        for s in row["spans"]:
            found = text.find(s["text"], next_from.get(s["text"], 0))
            next_from[s["text"]] = found + len(s["text"])
            if found != s["start"]:
                problems.append(f"{path.name}:{n}: span {s['text']!r} is found at {found}")
        for a, b in zip(spans, spans[1:], strict=False):
            if b["start"] < a["end"]:
                problems.append(f"{path.name}:{n}: spans overlap: {a['text']!r} / {b['text']!r}")
    without = sum(1 for r in rows if not any(s["type"] in PHI_TYPES for s in r["spans"]))
    print(f"{path.name}: {len(rows)} snippets, {without} without patient identifiers")
    print("  spans by type:", dict(sorted(types.items())))
    print("  snippets by repository:", dict(repos.most_common()))
    return problems


def check_safety(path: Path, split: str = "blind2") -> list[str]:
    problems: list[str] = []
    rows = _lines(path)
    ids = Counter(r.get("id") for r in rows)
    problems += [f"{path.name}: duplicate id {i}" for i, c in ids.items() if c > 1]
    for n, row in enumerate(rows, 1):
        where = f"{path.name}:{n} ({row.get('id')})"
        missing = FIELDS - set(row)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if row["split"] != split or not str(row["id"]).startswith(
            f"b{split.removeprefix('blind')}s"
        ):
            problems.append(f"{where}: split/id not {split}")
        wanted = POSITIVE_CLASSES if row["label"] else NEGATIVE_CLASSES
        if row["class"] not in wanted:
            problems.append(f"{where}: class {row['class']} does not fit label {row['label']}")
        if row["reported"] and not row["label"]:
            problems.append(f"{where}: a negative cannot be reported")
        if not row["text"].strip() or not row["source"].strip():
            problems.append(f"{where}: empty text or source")
        if not isinstance(row["products"], list):
            problems.append(f"{where}: products is not a list")
    labels = Counter("positive" if r["label"] else "negative" for r in rows)
    print(f"{path.name}: {len(rows)} snippets, {dict(labels)}, "
          f"{sum(1 for r in rows if r['reported'])} marked reported")  # fmt: skip
    print("  by class:", dict(Counter(r["class"] for r in rows).most_common()))
    sources = Counter(r["source"].split(",")[0].split(" (")[0] for r in rows)
    print("  by source:", dict(sources.most_common()))
    return problems


def check_generation(gen: str) -> list[str]:
    # A set split into a development and a held-out half after its first report is checked
    # half by half (safety_blind3_dev.jsonl, safety_blind3_held.jsonl).
    # A generation may hold a PHI set only (blind5 has no safety set); one with no file at all
    # is a problem, so a renamed or missing set cannot pass silently. The name is matched whole
    # (``blind2`` must not take blind20's halves).
    split = f"blind{gen}"
    files = [
        path
        for kind in ("safety", "phi")
        for path in sorted(BENCH.glob(f"{kind}_{split}*.jsonl"))
        if path.stem == f"{kind}_{split}" or path.stem.startswith(f"{kind}_{split}_")
    ]
    if not files:
        return [f"no safety_{split}*.jsonl or phi_{split}*.jsonl in {BENCH}"]
    return [
        p
        for path in files
        for p in (check_safety if path.name.startswith("safety") else check_phi)(path, split)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", default="2", choices=[*GENERATIONS, "all"], help="blind generation"
    )
    args = parser.parse_args(argv)
    gens = GENERATIONS if args.set == "all" else (args.set,)
    problems = [p for gen in gens for p in check_generation(gen)]
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
