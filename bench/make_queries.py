"""Build bench/retrieval_queries.jsonl from the sample-data generator's own topic assignments.

    python bench/make_queries.py            # rewrite the file
    python bench/make_queries.py --check    # exit 1 if the committed file is stale

Each query is written by hand; its relevant ids are computed, never typed: the generator is rerun
with the default seed and sizes, and a query's predicate selects records by the topic, product and
fact tags the generator recorded while composing each note or document (tags are never written to
sample_data).  Content labels only count pieces that may be offered on the benchmark day
(2026-11-23: approved, in date), since search never returns the others.  Checks run before
writing: every list has 3-40 ids, rep queries only label commercial records, and "semantic"
queries share no content word with any relevant text, so they can only be answered by meaning.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "retrieval_queries.jsonl"
MIN_RELEVANT, MAX_RELEVANT = 3, 40

# Words a semantic query may share with its answers: grammar, and words every note has.
_STOP_TEXT = """a an the and or of for to in on at by with from about into over than then that
    this these those is are was were be been being do does did has have had what which who
    whom how when why where can could should would will any anything some our their they them
    it its we i me my you
    your he she his her not no yes more most much many other others just also very there here
    patient patients doctor doctors dr ask asked asking"""
STOPWORDS = frozenset(_STOP_TEXT.split())
WORD = re.compile(r"[a-z0-9]+")

Tags = frozenset[str]


@dataclass(frozen=True)
class Query:
    query: str
    role: str  # rep | msl
    kind: str  # interactions | content
    match: Callable[[Tags], bool]
    semantic: bool = False


def has(*wanted: str) -> Callable[[Tags], bool]:
    """All of ``wanted`` present; an entry 'a|b' means either."""

    def match(tags: Tags) -> bool:
        return all(any(alt in tags for alt in w.split("|")) for w in wanted)

    return match


def has_prefix(prefix: str, needle: str, *wanted: str) -> Callable[[Tags], bool]:
    """A ``prefix:`` tag containing ``needle`` (e.g. which drug), plus ``wanted`` tags."""
    base = has(*wanted)

    def match(tags: Tags) -> bool:
        return base(tags) and any(t.startswith(prefix) and needle in t for t in tags)

    return match


def has_any_prefix(needles: dict[str, tuple[str, ...]], *wanted: str) -> Callable[[Tags], bool]:
    """Any tag starting with one of the prefixes and containing one of its needles."""
    base = has(*wanted)

    def match(tags: Tags) -> bool:
        return base(tags) and any(
            t.startswith(prefix) and any(n in t for n in ns)
            for t in tags
            for prefix, ns in needles.items()
        )

    return match


C, M = "function:commercial", "function:medical"
CA, MA = "audience:commercial", "audience:medical"

# The table stays one query per two lines for reading; the formatter would explode it.
# fmt: off
QUERIES: tuple[Query, ...] = (
    # ---- interactions, rep (commercial notes only) ----
    Query("payer pushback on prior auth for Veltrana", "rep", "interactions",
          has(C, "topic:prior_auth", "product:Veltrana")),
    Query("Cardelis PA denied step edit appeal", "rep", "interactions",
          has(C, "topic:prior_auth", "product:Cardelis")),
    Query("insurer keeps rejecting the headache medicine", "rep", "interactions",
          has(C, "topic:prior_auth", "product:Neurevia"), semantic=True),
    Query("Kyraxa price objection copay too high", "rep", "interactions",
          has(C, "topic:price", "product:Kyraxa")),
    Query("arthritis tablet seen as unaffordable by rheumatologists", "rep", "interactions",
          has(C, "topic:price", "product:Rheumora"), semantic=True),
    Query("prefers Lumaxis, won't switch to Veltrana", "rep", "interactions",
          has(C, "topic:competitor", "competitor:Lumaxis")),
    Query("loyal to Duralin", "rep", "interactions",
          has(C, "topic:competitor", "competitor:Duralin")),
    Query("shipments from mail-order dispensers arriving late", "rep", "interactions",
          has(C, "topic:specialty_pharmacy"), semantic=True),
    Query("Glyvance dosing card request", "rep", "interactions",
          has(C, "topic:dosing_card", "product:Glyvance")),
    Query("formulary status and P&T review for Kyraxa", "rep", "interactions",
          has(C, "topic:formulary", "product:Kyraxa")),
    Query("Rheumora speaker program invitation", "rep", "interactions",
          has(C, "topic:speaker_program", "product:Rheumora")),
    Query("KyraxaConnect copay card enrollment", "rep", "interactions",
          has(C, "topic:psp", "product:Kyraxa")),
    Query("fear of unpleasant reactions makes them reluctant to put people on it", "rep",
          "interactions", has(C, "topic:tolerability"), semantic=True),
    Query("staff in-service lunch-and-learn", "rep", "interactions",
          has(C, "topic:inservice")),
    Query("asked for the journal article on the migraine drug's trial", "rep", "interactions",
          has(C, "topic:reprint_request", "product:Neurevia")),
    # ---- interactions, msl (both functions visible) ----
    Query("who asked about the HORIZON-CV subgroup", "msl", "interactions",
          has(M, "topic:subgroup", "product:Cardelis")),
    Query("Rheumora renal dosing question", "msl", "interactions",
          has(M, "topic:renal", "product:Rheumora")),
    Query("poor kidney clearance, how much of the heart failure tablet to give", "msl",
          "interactions", has(M, "topic:renal", "product:Cardelis"), semantic=True),
    Query("off-label use of Cardelis, e.g. HFpEF", "msl", "interactions",
          has(M, "topic:off_label", "product:Cardelis")),
    Query("prescribing for children", "msl", "interactions",
          has_any_prefix({"offlabel:": ("ediatric", "dolescent"), "canary:": ("adolescent",)},
                         M), semantic=True),
    Query("adverse event reported on Veltrana, sent to pharmacovigilance", "msl",
          "interactions", has(M, "topic:adverse_event", "product:Veltrana")),
    Query("harms seen with the TYK2 blocker", "msl", "interactions",
          has(M, "topic:adverse_event", "product:Rheumora"), semantic=True),
    Query("drug interaction with rifampin", "msl", "interactions",
          has_prefix("ddi:", "rifampin", M, "topic:ddi")),
    Query("can the migraine preventive be combined with other medicines", "msl",
          "interactions", has(M, "topic:ddi", "product:Neurevia"), semantic=True),
    Query("PALLAS-2 subgroup forest plot", "msl", "interactions",
          has(M, "topic:subgroup", "product:Kyraxa")),
    Query("investigator-initiated study proposal", "msl", "interactions",
          has(M, "topic:iis")),
    Query("real-world evidence registry claims data", "msl", "interactions",
          has(M, "topic:rwe")),
    Query("pregnancy or breastfeeding question", "msl", "interactions",
          has(M, "topic:pregnancy")),
    Query("side effect concerns with Kyraxa", "msl", "interactions",
          has("topic:tolerability|topic:adverse_event", "product:Kyraxa")),
    Query("compassionate use request", "msl", "interactions",
          has_prefix("canary:", "compassionate")),
    Query("congress debrief on Veltrana data", "msl", "interactions",
          has(M, "topic:congress", "product:Veltrana")),
    # ---- content, rep (commercial content only) ----
    Query("patient support program leave-behind", "rep", "content", has(CA, "topic:psp")),
    Query("prior authorization checklist and appeal guide", "rep", "content",
          has(CA, "topic:access")),
    Query("dosing card", "rep", "content", has(CA, "topic:dosing_card")),
    Query("Veltrana promotional materials", "rep", "content", has(CA, "product:Veltrana")),
    Query("speaker program invitation email", "rep", "content",
          has(CA, "topic:speaker_program")),
    Query("approved email templates", "rep", "content", has(CA, "kind:email_template")),
    Query("leaflet for people beginning their prescription", "rep", "content",
          has(CA, "topic:patient_education"), semantic=True),
    Query("side effect safety profile summary", "rep", "content", has(CA, "topic:tolerability")),
    Query("reprint of the pivotal trial publication", "rep", "content",
          has(CA, "topic:reprint_request")),
    Query("ZENITH-1 results", "rep", "content", has(CA, "trial:ZENITH-1")),
    Query("Rheumora materials", "rep", "content", has(CA, "product:Rheumora")),
    Query("lower monthly out-of-pocket cost for commercially insured", "rep", "content",
          has(CA, "topic:psp")),
    # ---- content, msl (medical content) ----
    Query("renal impairment standard response letter", "msl", "content",
          has(MA, "topic:renal|covers:renal")),
    Query("dosing when kidneys are failing", "msl", "content",
          has(MA, "topic:renal|covers:renal"), semantic=True),
    Query("drug-drug interaction response", "msl", "content", has(MA, "topic:ddi|covers:ddi")),
    Query("HORIZON-CV data", "msl", "content", has(MA, "trial:HORIZON-CV")),
    Query("subgroup analysis forest plot reprint", "msl", "content", has(MA, "topic:subgroup")),
    Query("off-label use standard response letters", "msl", "content",
          has(MA, "topic:off_label")),
    Query("managing adverse events response letter", "msl", "content",
          has(MA, "topic:adverse_event")),
    Query("mechanism of action slides", "msl", "content",
          has(MA, "topic:mechanism|covers:mechanism")),
    Query("how the compound acts inside cells", "msl", "content",
          has(MA, "topic:mechanism|covers:mechanism"), semantic=True),
    Query("congress poster", "msl", "content", has(MA, "topic:congress")),
    Query("PALLAS-2 clinical data deck", "msl", "content", has(MA, "trial:PALLAS-2")),
    Query("medical information FAQ", "msl", "content", has(MA, "kind:faq")),
    Query("Kyraxa medical materials", "msl", "content", has(MA, "product:Kyraxa")),
)
# fmt: on


def load_generator() -> ModuleType:
    path = ROOT / "sample_data" / "generate.py"
    spec = importlib.util.spec_from_file_location("sample_data_generate", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


def offerable(meta: dict, today: date) -> bool:
    return meta["status"] == "approved" and meta["approved_on"] <= today < meta["expires_on"]


def words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def build_lines() -> list[str]:
    gen = load_generator()
    data = gen.build()
    docs: dict[str, list[tuple[str, Tags, str]]] = {"interactions": [], "content": []}
    for it in data.interactions:
        text = f"{it.row['subject']}\n{it.row['notes']}\n{it.row['follow_up']}"
        docs["interactions"].append((it.row["interaction_id"], it.tags, text))
    for c in data.content:
        # Search only ever returns material that may be offered on the benchmark day, so a
        # withdrawn, draft, expired or not-yet-approved piece cannot be a right answer.
        if not offerable(c.meta, gen.TODAY):
            continue
        docs["content"].append((c.meta["content_id"], c.tags, f"{c.meta['title']}\n{c.body}"))
    problems: list[str] = []
    lines = []
    for q in QUERIES:
        hits = [(doc_id, text) for doc_id, tags, text in docs[q.kind] if q.match(tags)]
        relevant = [doc_id for doc_id, _ in hits]
        if not MIN_RELEVANT <= len(relevant) <= MAX_RELEVANT:
            problems.append(f"{q.query!r}: {len(relevant)} relevant")
        if q.role == "rep":
            tags_by_id = {d: t for d, t, _ in docs[q.kind]}
            if any(C not in tags_by_id[r] and CA not in tags_by_id[r] for r in relevant):
                problems.append(f"{q.query!r}: rep query labels medical records")
        if q.semantic:
            shared = (words(q.query) - STOPWORDS) & set().union(*(words(t) for _, t in hits))
            if shared:
                problems.append(f"{q.query!r}: semantic query shares {sorted(shared)}")
        lines.append(
            json.dumps(
                {"query": q.query, "role": q.role, "kind": q.kind, "relevant": relevant},
                ensure_ascii=False,
                sort_keys=True,
            )
        )
    if problems:
        raise SystemExit("bad queries:\n  " + "\n  ".join(problems))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    text = "\n".join(build_lines()) + "\n"
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date; run python bench/make_queries.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(QUERIES)} queries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
