# ruff: noqa: E501 - one snippet per line reads best
"""Never-tuned check rounds for helper b17 (issue 18), beside blind17: text the project did not
write, from files that blind17 does not hold. Written before any rule changed for blind17's
development half, scored once on those rules and again at the end; no rule was written for a
sentence here (figures in bench/PHI.md, section "b17").

Round 1, addresses: every input of pelias/parser's ``test/addressit.usa.test.js`` and
``test/addressit.aus.test.js`` (MIT; tests the parser copied from npm addressit), as written.
As blind17 labels that parser's inputs: the street line and the rest as two ADDRESS spans at the
first comma; an input without a street line is one span. A lone state or territory (the parser's
region) is kept (IGNORE): HIPAA's Safe Harbor lets states stand. A second identical input is
dropped.

Round 2, names, emails, SSNs and patient IDs from Nannigalaxy/PII-synthetic_dataset's
``pii_syn_micro_v1.json`` (commit fb84ab1; removed from the repository's root by bfcd76f) less
every row whose text is also in ``dataset/pii_syn_nano_en.json`` (blind17's source). All 149 of
its rows are (the nano file is the same 149 records), so the round is empty.

Run: ``PYTHONPATH=TREE .venv/bin/python bench/phi_b17_rounds.py`` (TREE first on PYTHONPATH
picks whose rules are scored): overall figures only. ``--write PATH`` writes the rounds as
JSONL for ``bench/phi.py --set PATH --show`` (their misses: for the final report only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT / "bench"))

from blind_phi_marks import parse  # noqa: E402
from phi import score_external  # noqa: E402

import prepcli  # noqa: E402

PELIAS = ("pelias/parser", "b4494c2a979dd16683c7604258131a55cdf8668a")
USA = "test/addressit.usa.test.js"
AUS = "test/addressit.aus.test.js"

# (repository, commit, path, line of the assert, marked input)
ROUND_1: list[tuple[str, str, str, int, str]] = [
    (*PELIAS, USA, 7, "{A|123 Main St}, {A|New York, NY 10010}"),
    (*PELIAS, USA, 13, "{A|123 Main St New York}, {A|NY 10010}"),
    (*PELIAS, USA, 19, "{A|123 Main St New York NY 10010}"),
    (*PELIAS, USA, 25, "{A|123 E 21st st}, {A|Brooklyn NY 11020}"),
    (*PELIAS, USA, 31, "{A|754 Pharr Rd}, {A|Atlanta, Georgia 31035}"),
    (*PELIAS, USA, 37, "{A|601 21st Ave N}, {A|Myrtle Beach, South Carolina 29577}"),
    (*PELIAS, USA, 43, "{A|425 W 23rd St}, {A|New York, NY 10011}"),
    (*PELIAS, USA, 48, "{A|1035 Comanchee Trl}, {A|West Columbia, South Carolina 29169}"),
    (*PELIAS, USA, 54, "{A|Texas 76013}"),
    (*PELIAS, USA, 56, "{A|Dallas}"),
    (*PELIAS, USA, 58, "{I|California}"),
    (*PELIAS, USA, 60, "{A|New York}"),
    (*PELIAS, USA, 62, "{A|New York, NY}"),
    (*PELIAS, USA, 64, "{A|New York, New York}"),
    (*PELIAS, USA, 70, "{A|Santa Monica, California 90407}"),
    (*PELIAS, USA, 74, "{A|Grand canyon 86023}"),
    (*PELIAS, USA, 78, "{A|CT, 06410}"),
    (*PELIAS, USA, 80, "{A|BOOM}"),
    (*PELIAS, USA, 82, "{A|Niagara Falls 76B09}"),
    (*PELIAS, USA, 90, "{A|Mt Tabor Park}, {A|6220 SE Salmon St, Portland, OR 97215, USA}"),
    (*PELIAS, USA, 99, "{I|Mt}"),
    (*PELIAS, AUS, 7, "{A|2649 Logan Road}, {A|Eight Mile Plains, QLD 4113}"),
    (*PELIAS, AUS, 13, "{A|2649 Logan Road Eight Mile Plains}, {A|QLD 4113}"),
    (*PELIAS, AUS, 19, "{A|1 Queen Street}, {A|Brisbane 4000}"),
    (*PELIAS, AUS, 24, "{A|754 Robinson Rd West}, {A|Aspley, QLD 4035}"),
    (*PELIAS, AUS, 29, "{A|Sydney 2000}"),
    (*PELIAS, AUS, 33, "{A|Perth}"),
    (*PELIAS, AUS, 35, "{A|1/135 Ferny Way}, {A|Ferny Grove 4054}"),
    (*PELIAS, AUS, 40, "{A|Eight Mile Plains 4113}"),
    (*PELIAS, AUS, 44, "{A|8/437 St Kilda Road Melbourne}, {I|VIC} "),
    (*PELIAS, AUS, 51, "{A|Eight Mile Plains 9999}"),
]

ROUND_2: list[tuple[str, str, str, int, str]] = []

ROUNDS = {"1": ROUND_1, "2": ROUND_2}


def rows(name: str) -> list[dict[str, object]]:
    """The round's snippets in bench/phi_external.jsonl's format, each with its source."""
    out: list[dict[str, object]] = []
    for repo, commit, path, line, marked in ROUNDS[name]:
        text, spans = parse(marked)
        source = {"repo": repo, "commit": commit, "path": path, "row": f"line {line}"}
        out.append({"text": text, "spans": spans, "source": source, "split": f"b17-round{name}"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="*", default=sorted(ROUNDS))
    parser.add_argument("--write", type=Path, help="write the rounds' snippets here (JSONL)")
    args = parser.parse_args()
    if args.write:
        with args.write.open("w") as f:
            for name in args.rounds:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(name))
        return
    print(f"rules from {Path(prepcli.__file__).parent.parent}")
    for name in args.rounds:
        cases = rows(name)
        if not cases:
            print(f"round {name}: no snippets")
            continue
        r = score_external(cases)
        t = r.overall
        print(
            f"round {name}: {len(cases)} snippets, {t.labelled} identifiers; overall"
            f" {t.recall:.3f} at {t.precision:.3f}; no-id touched {r.negatives_touched}/"
            f"{r.negatives}; IGNORE hit {r.ignored_hits}"
        )


if __name__ == "__main__":
    main()
