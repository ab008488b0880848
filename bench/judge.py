"""Re-checking the hand-judged set: print, per query, the pooled top 20 of every mode that is not
judged yet or whose text changed since it was judged, for a person to read and grade in
bench/judged_queries.jsonl (grades, text_sha, and a line in how_judged).

Usage: .venv/bin/python bench/judge.py --db STORE [--all]

Run it after sample_data/ is regenerated (bench/retrieval.py warns when judged texts changed).
--all prints every pooled source, judged or not. Grades are for people to give, by reading:
nothing here proposes one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from retrieval import MODES, load_queries, open_runner, source_text_sha

POOL = 20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    queries = load_queries()
    runner = open_runner(args.db, queries)
    for q in queries:
        pooled: dict[tuple[str, str], str] = {}
        for mode in MODES:
            for h in runner.run(q, mode, limit=POOL):
                pooled.setdefault((h.source_kind, h.source_id), h.passage)
        todo = []
        for (kind, sid), passage in pooled.items():
            sha = source_text_sha(runner.db, kind, sid)
            if args.all or sid not in q["grades"] or q["text_sha"].get(sid) != sha:
                todo.append((sid, sha, q["grades"].get(sid), passage))
        if not todo:
            continue
        print(f"\n### {q['id']} ({q['role']}, {q['style']}, hcp={q['hcp']}): {q['query']}")
        for sid, sha, grade, passage in todo:
            was = "new" if grade is None else f"was {grade}, text changed"
            print(f"{sid} [{sha}] ({was}): {passage}")


if __name__ == "__main__":
    main()
