"""The sample-data generator is deterministic, and the committed files are what it produces."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
GENERATOR = SAMPLE / "generate.py"
SMALL = ["--hcps", "12", "--interactions", "400", "--content", "40", "--seed", "7"]
CHANNELS = {
    "in_person",
    "virtual",
    "phone",
    "email",
    "event",
    "webinar",
    "sample_drop",
    "medical_inquiry",
}


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load(GENERATOR, "sample_data_generate")


def _run(out: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(out), *args], check=True, capture_output=True
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.suffix in {".csv", ".jsonl", ".md"}
    }


def test_same_arguments_give_identical_bytes(tmp_path: Path) -> None:
    _run(tmp_path / "a", *SMALL)
    _run(tmp_path / "b", *SMALL)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) == 3 + 40  # hcps, interactions, schedule and the content files
    assert a == b


def test_committed_sample_data_matches_a_fresh_default_run(tmp_path: Path) -> None:
    _run(tmp_path / "fresh")
    committed = _files(SAMPLE)
    fresh = _files(tmp_path / "fresh")
    assert sorted(committed) == sorted(fresh)
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"re-run python sample_data/generate.py; differs: {stale[:5]}"


def test_committed_benchmark_labels_are_current() -> None:
    make_queries = _load(ROOT / "bench" / "make_queries.py", "bench_make_queries")
    text = "\n".join(make_queries.build_lines()) + "\n"
    committed = (ROOT / "bench" / "retrieval_queries.jsonl").read_text(encoding="utf-8")
    assert committed == text, "re-run python bench/make_queries.py"


def test_npi_check_digit_matches_nppes_example(gen: ModuleType) -> None:
    # CMS's published example: 123456789 -> check digit 3.
    assert gen.luhn_npi_check_digit("123456789") == 3


def _front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def test_committed_files_follow_the_contract() -> None:
    with (SAMPLE / "hcps.csv").open(encoding="utf-8", newline="") as fh:
        hcps = list(csv.DictReader(fh))
    ids = {h["hcp_id"] for h in hcps}
    assert len(hcps) >= 30 and len({h["specialty"] for h in hcps}) >= 4
    assert hcps[0]["name"] == "Dr. Amara Okafor"
    assert sum(h["name"].endswith(" Chen") for h in hcps) == 2
    assert 1 <= sum(h["do_not_contact"] == "true" for h in hcps) <= 2
    for h in hcps:
        if h["npi"]:
            assert len(h["npi"]) == 10
            assert int(h["npi"][-1]) == _load_gen_digit(h["npi"][:9])

    rows = [json.loads(line) for line in (SAMPLE / "interactions.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 1500
    assert {r["channel"] for r in rows} == CHANNELS
    assert all(r["hcp_id"] in ids for r in rows)
    assert all(r["function"] == "medical" for r in rows if r["channel"] == "medical_inquiry")
    for hcp_id in ids:
        assert {r["function"] for r in rows if r["hcp_id"] == hcp_id} == {"commercial", "medical"}

    content = {}
    for path in sorted((SAMPLE / "content").glob("*.md")):
        meta, body = _front_matter(path)
        assert isinstance(meta["approved_on"], date)
        assert meta["audience"] in {"commercial", "medical"}
        assert 100 <= len(body.split()) <= 400
        content[meta["content_id"]] = meta
    assert len(content) >= 80
    assert len({m["approval_code"] for m in content.values()}) == len(content)
    assert {m["status"] for m in content.values()} == {"approved", "withdrawn", "draft"}
    # The firewall: an interaction only references material of its own audience.
    for r in rows:
        assert all(content[c]["audience"] == r["function"] for c in r["content_ids"])

    with (SAMPLE / "schedule.csv").open(encoding="utf-8", newline="") as fh:
        plans = list(csv.DictReader(fh))
    assert all(p["hcp_id"] in ids and len(p["start"]) == 16 for p in plans)
    assert {p["function"] for p in plans} == {"commercial", "medical"}
    demo_day = [p for p in plans if p["owner"] == "Kendra Ivers" and p["start"] > "2026-11-24"]
    assert demo_day[0]["hcp_id"] == "HCP-0001" and demo_day[0]["start"] == "2026-11-24T09:30"


def _load_gen_digit(base9: str) -> int:
    # Independent Luhn over 80840 + base, so the test does not just echo the generator.
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def test_medical_canaries_never_reach_commercial_text(gen: ModuleType) -> None:
    rows = [json.loads(line) for line in (SAMPLE / "interactions.jsonl").open(encoding="utf-8")]
    commercial = "\n".join(
        r["subject"] + r["notes"] + r["follow_up"] for r in rows if r["function"] == "commercial"
    )
    medical = "\n".join(r["notes"] for r in rows if r["function"] == "medical")
    for _, phrase in gen.CANARIES:
        assert phrase not in commercial
        assert phrase in medical
    for path in (SAMPLE / "content").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert not any(phrase in text for _, phrase in gen.CANARIES)


def test_sample_notes_carry_the_patterns_a_briefing_must_read_right() -> None:
    rows = [json.loads(line) for line in (SAMPLE / "interactions.jsonl").open(encoding="utf-8")]
    notes = "\n".join(r["notes"] for r in rows if r["function"] == "commercial")
    # Repeated requests, requests delivered later, shorthand commitments, and logistics.
    assert notes.count("Promised again:") >= 5
    assert notes.count("(promised on ") >= 5 and notes.count("Done: ") >= 5
    assert notes.count("To do:") + notes.count("Next time bring") >= 20
    assert notes.count("Audio dropped twice") + notes.count("Rescheduled from last week") >= 10


def test_the_scrubber_finds_only_the_planted_identifiers_in_the_demo_notes(gen: ModuleType) -> None:
    """The demo's notes are ordinary call notes plus a few planted identifiers: anything else
    the scrubber takes out is a false positive a newcomer sees in their first briefing ("the
    whole Q&A. Sat with two colleagues" once lost "A. Sat" as a patient's name)."""
    from prepcli.phi import find_phi

    planted = " ".join(s for group in gen.PHI_SNIPPETS.values() for s in group)
    stray = []
    for line in (SAMPLE / "interactions.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for value in (row["subject"], row["notes"], row["follow_up"]):
            stray += [value[s.start : s.end] for s in find_phi(value)]
    stray = [found for found in stray if found not in planted]
    assert stray == []
