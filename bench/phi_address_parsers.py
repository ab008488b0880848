"""Measure an address-detecting library against, and together with, the scrubber's rules.

Run: PYTHONPATH=$PWD:LIBDIR .venv/bin/python bench/phi_address_parsers.py LIB [--set FILE ...]
     [--parts tune] [--show]

LIB is ``pyap`` (pyap 0.3.1, github.com/vladimarius/pyap, MIT, or its maintained fork pyap2
0.2.20, github.com/argyle-engineering/pyap, MIT: both install the module ``pyap``; US, CA and GB
rules are run in turn) or ``commonregex`` (1.5.4, github.com/madisonmay/CommonRegex, its wheel
states no licence; its ``street_address`` pattern). Measured only: none is used by prepcli,
and none is a dependency: install one into a folder of its own (``pip install --target
/tmp/addr_libs/pyap2 pyap2``) and put that folder on PYTHONPATH.

For each set it prints, as ``bench/phi.py`` scores (``score_external``: IGNORE spans such as
clinics' addresses are neither right nor wrong, HCP spans are clinicians):
  (a) the rules alone (``find_phi``), (b) the library's spans alone, typed ADDRESS, and
  (c) the rules plus every library span that overlaps no span of the rules (the union),
with ADDRESS recall, overall recall and precision, snippets without identifiers touched and
clinicians touched, and the library's own CPU time against ``find_phi``'s on the same texts.
Only development data: never pass a ``*_held.jsonl`` file.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.phi import load_external, score_external  # noqa: E402
from prepcli.phi import Span, find_phi  # noqa: E402

_TOKEN_RE = re.compile(r"\w+")


def _locate(text: str, found: str, near: int) -> tuple[int, int] | None:
    """The library matches a copy of the text with spaces and commas normalised: find the
    same words, in order, in the original, at or after the copy's offset less nothing (the copy
    is never longer)."""
    tokens = _TOKEN_RE.findall(found)
    if not tokens:
        return None
    pattern = re.compile(r"\W*?".join(re.escape(t) for t in tokens))
    m = pattern.search(text, max(0, near - 40)) or pattern.search(text)
    return (m.start(), m.end()) if m else None


def _pyap_detector() -> Callable[[str], list[Span]]:
    pyap = importlib.import_module("pyap")

    def detect(text: str) -> list[Span]:
        spans = []
        for country in ("US", "CA", "GB"):
            for address in pyap.parse(text, country=country):
                where = _locate(text, address.full_address, address.match_start)
                if where:
                    spans.append(Span(where[0], where[1], "ADDRESS"))
        return spans

    return detect


def _commonregex_detector() -> Callable[[str], list[Span]]:
    commonregex = importlib.import_module("commonregex")
    pattern = commonregex.street_address

    def detect(text: str) -> list[Span]:
        return [Span(m.start(), m.end(), "ADDRESS") for m in pattern.finditer(text)]

    return detect


DETECTORS = {"pyap": _pyap_detector, "commonregex": _commonregex_detector}


def _overlaps(a: Span, spans: list[Span]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in spans)


def measure(name: str, cases: list[dict], library: Callable[[str], list[Span]], show: bool) -> None:
    rules: dict[str, list[Span]] = {}
    lib: dict[str, list[Span]] = {}
    t_rules = t_lib = 0.0
    for case in cases:
        text = case["text"]
        t0 = time.process_time()
        rules[text] = find_phi(text)
        t1 = time.process_time()
        lib[text] = library(text)
        t_lib += time.process_time() - t1
        t_rules += t1 - t0
    union = {t: rules[t] + [s for s in lib[t] if not _overlaps(s, rules[t])] for t in rules}
    print(f"\n== {name}: {len(cases)} snippets ==")
    print(f"{'':14}{'addr rec':>9}{'addr n':>7}{'rec':>7}{'prec':>7}{'no-id':>8}{'HCP':>8}")
    for label, spans in (("(a) rules", rules), ("(b) library", lib), ("(c) union", union)):
        report = score_external(cases, lambda t, spans=spans: spans[t])
        addr, total = report.per_type["ADDRESS"], report.overall
        print(
            f"{label:14}{addr.recall:>9.3f}{addr.labelled:>7}{total.recall:>7.3f}"
            f"{total.precision:>7.3f}{report.negatives_touched:>4}/{report.negatives:<3}"
            f"{report.hcp_touched:>4}/{report.hcp_labelled:<3}"
        )
        if show and label != "(a) rules":
            for typ, span, ctx in report.false_positives:
                if typ == "ADDRESS":
                    print(f"    FP {span!r} in {ctx!r}")
    gained = score_external(cases, lambda t: union[t]).per_type["ADDRESS"].recalled
    base = score_external(cases, lambda t: rules[t]).per_type["ADDRESS"].recalled
    print(f"addresses the library adds to the rules: {gained - base}")
    print(f"CPU: find_phi {t_rules:.2f} s, library {t_lib:.2f} s ({t_lib / t_rules:.2f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lib", choices=sorted(DETECTORS))
    parser.add_argument("--set", type=Path, action="append", default=[])
    parser.add_argument("--parts", default="", help="'tune' for the external set's tune part")
    parser.add_argument("--show", action="store_true", help="print the library's false positives")
    args = parser.parse_args(argv)
    library = DETECTORS[args.lib]()
    find_phi("warm up the lists")
    if "tune" in args.parts.split(","):
        measure("external tune part", load_external("tune"), library, args.show)
    for path in args.set:
        if path.name.endswith("_held.jsonl"):
            raise SystemExit(f"{path}: blind set, not measured")
        measure(path.name, load_external(path=path), library, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
