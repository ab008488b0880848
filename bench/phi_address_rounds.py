"""Score the address rounds of tests/test_phi_address_rounds.py as bench/phi.py scores a set.

Run: PYTHONPATH=TREE:$PWD .venv/bin/python bench/phi_address_rounds.py [ROUND_1 ...] [--show]
(TREE first on PYTHONPATH picks whose rules are scored, e.g. /work/main for the untuned figure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT / "bench"))
sys.path.insert(1, str(ROOT / "tests"))

import test_phi_address_rounds as rounds  # noqa: E402
from blind_phi_marks import parse  # noqa: E402
from phi import score_external  # noqa: E402

import prepcli  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="*")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    names = args.rounds or [n for n in dir(rounds) if n.startswith("ROUND_")]
    print(f"rules from {Path(prepcli.__file__).parent.parent}")
    for name in names:
        cases = []
        for marked in getattr(rounds, name):
            text, spans = parse(marked)
            cases.append({"text": text, "spans": spans})
        r = score_external(cases)
        a, t = r.per_type["ADDRESS"], r.overall
        print(
            f"{name}: {len(cases)} snippets; addresses {a.recalled}/{a.labelled} = {a.recall:.3f};"
            f" overall {t.recall:.3f} at {t.precision:.3f}; no-id touched"
            f" {r.negatives_touched}/{r.negatives}; clinicians {r.hcp_touched}/{r.hcp_labelled};"
            f" IGNORE hit {r.ignored_hits}"
        )
        if args.show:
            for typ, span, ctx in r.misses:
                print(f"  MISS {typ:<8} {span!r}  in: {ctx!r}")
            for typ, span, ctx in r.false_positives:
                print(f"  FP   {typ:<8} {span!r}  in: {ctx!r}")


if __name__ == "__main__":
    main()
