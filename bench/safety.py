"""Benchmark prepcli.safety on labelled call-note, email and inquiry snippets.

Run: .venv/bin/python bench/safety.py [--cases PATH] [--before REF] [--no-event-words] [--negspacy]
  --cases PATH      score another JSONL file with the same fields (id, split, label, class, text,
                    products, source; optional "reported"), e.g. a blind set
  --before REF      also measure prepcli.safety as it was at git REF, in the same run
  --no-event-words  also measure the rules with the event word list emptied: what structure
                    and special situations find alone (how much recall rests on listed words)
  --negspacy        also NegEx from negspacy on a blank spaCy pipeline in place of the rules'
                    negation (needs spacy and negspacy importable; not a prepcli dependency)

A snippet counts as flagged when assess() finds at least one possible case in it. Positives are
adverse events and special situations; negatives are the hard ones the issue lists (denied,
asked about, label or trial figures, the HCP's own complaint, another company's drug) and other
near misses. "false flags on hard negatives" is the share of negatives flagged.

Splits of bench/safety_cases.jsonl, in the order they were written. Each was blind once; the
first, untuned runs gave: heldout1 recall 0.673 (35/52), 5/48 false flags; heldout2 0.575
(23/40), 2/32; heldout3 0.654 (17/26), 1/24. Each round of listed words fixed the split it was
tuned on and missed about a third of the next one. All four splits (dev 120, heldout1 100,
heldout2 72, heldout3 50) have since been tuned on: the figures printed for them are not blind.
The rewrite that followed aimed at wordings nobody listed rather than at the misses: a patient on
the product of whom anything more is said, a change in the patient's state or treatment, and
special situations in their general forms, each fail closed, with context rules for the hard
negatives. --no-event-words shows how far that structure goes without the word list; the blind
figure is whatever a file nobody tuned on gives through --cases.

bench/safety_blind.jsonl (122 snippets by another helper, see bench/BLIND.md) was blind for stop
21's report: recall 0.846 (55/65), 13/57 = 0.228 false flags on hard negatives. From stop 22 it
is DEVELOPMENT data: its misses and false flags were studied and the classes behind them fixed
(negation and supposition scope, rates from slides and extensions, brands no list holds, events
ruled unrelated or before the product, disease talk, more general special situations), so its
figures are no longer blind. bench/safety_blind2.jsonl (171 snippets, see bench/BLIND2.md) was
blind for stop 22's report: recall 0.886 (78/88), 16/83 = 0.193 false flags. From stop 23 it is
development data too (events on other companies' drugs kept off ours by clause, cause and "X pt",
denials, unexposed patients, lay words, generics). bench/safety_blind3.jsonl (176) was blind for
stop 23's first report (recall 0.771, 11/80 false flags) and was then split:
bench/safety_blind3_dev.jsonl (92) is development data, tuned on from stop 23 (lab values by
figure, lack-of-effect figures, device and pharmacy errors, negation scope, treatment drugs,
events before the product); bench/safety_blind3_held.jsonl (84) is held out and stays blind:
nobody who tunes the detector opens it or runs on it.
bench/safety_variants.jsonl (376) rewords the development sets' classes in seven rounds, each
written before the fixes it led to (untuned 0.73-0.93 recall per round): a robustness check, not
a blind set. bench/safety_blind4_dev.jsonl (88, externally written) was first measured untuned
(recall 0.766, 2/41 false flags) and is development data since; its held half is not here.
The company's products are PRODUCTS plus the generics the sample content gives them ("Veltrana
(zoravetinib)"), as ingest finds them in stored content.
Each snippet records its source: public pharmacovigilance training material and a public lay-ADR
lexicon, paraphrased (see "sources"). Never fails: the exit code is always 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import inspect
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from prepcli import safety  # noqa: E402

CASES_PATH = ROOT / "bench" / "safety_cases.jsonl"
SAMPLE_NOTES = ROOT / "sample_data" / "interactions.jsonl"
SAMPLE_CONTENT = ROOT / "sample_data" / "content"
PRODUCTS = ["Veltrana", "Zelvora", "Kyraxa", "Glyvance", "Neurevia", "Cardelis", "Rheumora"]
SOURCES = {
    "reddit-adr": "lay ADR phrases, Mesbah et al. EMNLP 2019 "
    "(github.com/myTomorrows-research/public, EMNLP2019/reddit_ADR.txt)",
    "jeopardy-ae-quiz": "AE training quiz scenarios (jeopardylabs.com/play/adverse-events-3)",
    "pipa-nonpv": "PIPA 'PV for non-PV personnel' (pipaonline.org): four elements, serious",
    "pmcpa-competitor": "PMCPA Q&A: AEs with competitor products (pmcpa.org.uk)",
    "bsv-ae": "bsvgroup.com/adverse: lack of efficacy, IV instead of IM, complaints",
    "aapv-special": "allaboutpharmacovigilance.org: special situations",
    "ade-corpus-style": "ADE corpus case-report sentence patterns (Gurulingappa et al. 2012)",
    "sample-style": "written for this bench in the style of prepcli's sample call notes",
    "variants": "rewordings of the development sets' classes (tense, voice, lay and clinical "
    "synonyms, abbreviations, FR/DE/ES/NL, generics, lists, long notes), written by the "
    "safety helper before the rules were changed for them: a robustness check, not blind",
}

Detector = Callable[[str, list[str]], set[str]]


@cache
def content_aliases() -> dict[str, str]:
    """The other names the sample company's content gives its products ("Veltrana
    (zoravetinib)"), as ingest finds them in the content it stores."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_CONTENT.glob("*.md"))]
    return safety.generic_names(texts, PRODUCTS)


def rules(lexicon: safety.Lexicon | None = None, module: ModuleType = safety) -> Detector:
    # A version from before aliases existed is measured without them.
    extra = (
        {"aliases": content_aliases()}
        if "aliases" in inspect.signature(module.assess).parameters
        else {}
    )

    def detect(text: str, row_products: list[str]) -> set[str]:
        result = module.assess({"notes": text}, PRODUCTS, row_products, lexicon, **extra)
        return {f.kind for f in result.findings}

    return detect


def without_event_words() -> Detector:
    """The rules with the event word list emptied: what the structure (a patient on our product
    of whom something is said, a change in state or treatment) and the special situations find
    alone. A measure of how much recall rests on words someone listed."""
    text = safety.LEXICON_PATH.read_text(encoding="utf-8")
    start, end = text.index("[events]"), text.index("[special_situations]")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lexicon.toml"
        path.write_text(text[:start] + '[events]\nterms = ["(?!x)x"]\n\n' + text[end:])
        return rules(safety.Lexicon.load(path))


def detector_at(ref: str) -> Detector:
    """prepcli.safety as it was at git ``ref`` (module and lexicon), loaded beside today's so
    both are measured in the same run on the same load."""
    tmp = Path(tempfile.mkdtemp(prefix="safety-before-"))
    for name in ("safety.py", "safety_lexicon.toml"):
        blob = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{ref}:prepcli/{name}"],
            capture_output=True,
            check=True,
        ).stdout
        (tmp / name).write_bytes(blob)
    spec = importlib.util.spec_from_file_location("safety_before", tmp / "safety.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["safety_before"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return rules(module=module)


def negspacy_variant() -> Detector:
    """The same rules with their own negation switched off and NegEx (negspacy, clinical
    termset) deciding whether each found event is negated."""
    import spacy
    from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)
    from negspacy.termsets import termset

    nlp = spacy.blank("en")
    sentencizer = nlp.add_pipe("sentencizer")
    negex = nlp.add_pipe("negex", config={"neg_termset": termset("en_clinical").get_patterns()})
    never = re.compile(r"(?!x)x")
    base = safety.default_lexicon()
    lexicon = dataclasses.replace(
        base, context={**base.context, "negation": never, "negation_after": never}
    )

    def detect(text: str, row_products: list[str]) -> set[str]:
        result = safety.assess({"notes": text}, PRODUCTS, row_products, lexicon)
        kept = set()
        for f in result.findings:
            doc = sentencizer(nlp.make_doc(f.sentence))
            spans = []
            for word in f.event.split("; "):
                start = f.sentence.find(word)
                span = doc.char_span(start, start + len(word), "EVENT", alignment_mode="expand")
                if start >= 0 and span is not None:
                    spans.append(span)
            doc.ents = spacy.util.filter_spans(spans)
            doc = negex(doc)
            if f.kind == "lack_of_effect" or not all(e._.negex for e in doc.ents):
                kept.add(f.kind)
        return kept

    return detect


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def reported_right(cases: list[dict]) -> tuple[int, int]:
    """(right, checked) for "reported" on the flagged positives that carry that field."""
    right = checked = 0
    for c in cases:
        if not c["label"] or "reported" not in c:
            continue
        result = safety.assess(
            {"notes": c["text"]}, PRODUCTS, c["products"], aliases=content_aliases()
        )
        if result.findings:
            checked += 1
            right += result.reported == bool(c["reported"])
    return right, checked


def score(cases: list[dict], detect: Detector) -> dict:
    tp = fp = fn = tn = kind_right = 0
    per_class: Counter[str] = Counter()
    per_class_bad: Counter[str] = Counter()
    misses, false_flags = [], []
    for c in cases:
        kinds = detect(c["text"], c["products"])
        flagged = bool(kinds)
        per_class[c["class"]] += 1
        if c["label"]:
            if flagged:
                tp += 1
                wanted = "adverse_event" if c["class"] == "ae" else c["class"]
                kind_right += wanted in kinds
            else:
                fn += 1
                per_class_bad[c["class"]] += 1
                misses.append(c)
        elif flagged:
            fp += 1
            per_class_bad[c["class"]] += 1
            false_flags.append(c)
        else:
            tn += 1
    positives, negatives = tp + fn, fp + tn
    return {
        "n": len(cases),
        "positives": positives,
        "negatives": negatives,
        "recall": tp / positives if positives else 1.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "false_flag_rate": fp / negatives if negatives else 0.0,
        "kind_accuracy": kind_right / tp if tp else 1.0,
        "per_class": {k: (per_class_bad[k], n) for k, n in sorted(per_class.items())},
        "misses": misses,
        "false_flags": false_flags,
    }


def speed(detect: Detector, texts: list[tuple[str, list[str]]], seconds: float = 3.0) -> float:
    """Texts per second once warm (patterns are compiled on first use, once per program)."""
    for text, products in texts:
        detect(text, products)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, products in texts:
            detect(text, products)
        done += len(texts)
    return done / (time.perf_counter() - start)


def sample_notes() -> list[tuple[str, list[str]]]:
    out = []
    for line in SAMPLE_NOTES.read_text().splitlines():
        row = json.loads(line)
        text = "\n".join(row.get(k) or "" for k in ("subject", "notes", "follow_up"))
        out.append((text, row.get("products") or []))
    return out


def report(name: str, cases: list[dict], detect: Detector) -> None:
    print(f"\n== {name} ==")
    print(
        f"{'split':<9}{'n':>5}{'pos':>5}{'neg':>5}{'recall':>8}{'precision':>11}"
        f"{'false flags on negatives':>26}{'kind ok':>9}"
    )
    results = {}
    for split in [*dict.fromkeys(c["split"] for c in cases), "all"]:
        chosen = [c for c in cases if split == "all" or c["split"] == split]
        if not chosen:
            continue
        r = results[split] = score(chosen, detect)
        fp = len(r["false_flags"])
        flags = f"{fp}/{r['negatives']} = {r['false_flag_rate']:.3f}"
        print(
            f"{split:<9}{r['n']:>5}{r['positives']:>5}{r['negatives']:>5}{r['recall']:>8.3f}"
            f"{r['precision']:>11.3f}{flags:>26}"
            f"{r['kind_accuracy']:>9.3f}"
        )
    every = results["all"]
    print(
        "by class (wrong / n): "
        + ", ".join(f"{k} {bad}/{n}" for k, (bad, n) in every["per_class"].items())
    )
    for c in every["misses"]:
        print(f"  missed      [{c['split']}] {c['text']}")
    for c in every["false_flags"]:
        print(f"  false flag  [{c['split']}] {c['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cases", type=Path, default=CASES_PATH, help="labelled JSONL snippets to score"
    )
    parser.add_argument("--negspacy", action="store_true", help="also measure the NegEx variant")
    parser.add_argument(
        "--no-event-words",
        action="store_true",
        help="also measure the rules with the event word list emptied (structure alone)",
    )
    parser.add_argument(
        "--before", metavar="REF", help="also measure prepcli.safety as at git REF (e.g. main)"
    )
    args = parser.parse_args()
    cases = load_cases(args.cases)
    detectors: dict[str, Callable[[], Detector]] = {"rules": rules}
    if args.before:
        detectors[f"rules as at {args.before}"] = lambda: detector_at(args.before)
    if args.no_event_words:
        detectors["rules without the event word list"] = without_event_words
    if args.negspacy:
        detectors["rules + negspacy NegEx"] = negspacy_variant
    sources = Counter(c.get("source", "?") for c in cases)
    print(
        f"{args.cases.name}: {len(cases)} snippets; sources: "
        + ", ".join(f"{k} {n}" for k, n in sources.items())
    )
    for key in sources:
        print(f"  {key}: {SOURCES.get(key, '?')}")
    right, checked = reported_right(cases)
    if checked:
        print(f"'reported' marked right on {right}/{checked} flagged positives that say")
    notes = sample_notes()
    snippets = [(c["text"], c["products"]) for c in cases]
    for name, make in detectors.items():
        try:
            detect = make()
            report(name, cases, detect)
            per_snippet = speed(detect, snippets)
            per_note = speed(detect, notes)
        except Exception as e:  # a bench reports, it never fails
            print(f"{name} unavailable: {type(e).__name__}: {e}")
            continue
        print(
            f"speed: {per_snippet:,.0f} snippets/s; {per_note:,.0f} sample notes/s "
            f"(all {len(notes)} notes of sample_data, subject + notes + follow-up)"
        )


if __name__ == "__main__":
    main()
