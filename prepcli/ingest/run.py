"""One ``prepcli ingest``: read every file, validate, scrub patient data, and write in a single
transaction, so either every file lands or none does.

Rows stream through in batches (a large file never sits whole in memory); any problem anywhere
rolls the whole transaction back, including batches already written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from prepcli import audit, store
from prepcli.config import DEFAULT_LIMITS, Limits
from prepcli.errors import PrepError, Problem
from prepcli.index import passages_for
from prepcli.ingest import note_facts, safety_flags
from prepcli.ingest.readers import InputFile, Unreadable, discover, read_file
from prepcli.ingest.records import SourceRow
from prepcli.ingest.validate import FREE_TEXT, PRIMARY_KEY, validate_row
from prepcli.phi import AnyOf, Span, scrub

if TYPE_CHECKING:
    from prepcli.ingest.crm import Defaulted
    from prepcli.ingest.mapping import Mapping

BATCH = 1000
MAX_PROBLEMS_PER_FILE = 50


@dataclass
class FileReport:
    file: str
    kind: str
    rows: int = 0
    counts: store.WriteCounts = field(default_factory=store.WriteCounts)
    phi: dict[str, int] = field(default_factory=dict)
    phi_records: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0
    skipped: list[Problem] = field(default_factory=list)
    plans_done: int = 0
    # CRM rows no mapping rule decided, stored with the safe value (medical) by default.
    defaulted: list[Defaulted] = field(default_factory=list)
    # Records this file names that are neither in the store nor in this ingest: field → ids.
    missing_refs: dict[str, dict[str, int]] = field(default_factory=dict)
    # Rows of HCPs erased with `prepcli forget`, left out: HCP id → rows.
    erased: dict[str, int] = field(default_factory=dict)
    stubbed: int = 0  # rep store: medical interactions kept as stubs
    withheld: int = 0  # rep store: medical content not stored

    def problem(self, p: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(p)
        else:
            self.more_problems += 1


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    dry_run: bool = False
    written: dict[str, list[str]] = field(default_factory=dict)
    mapping: str | None = None  # the CRM mapping's name, for hints
    # Interactions in the whole store with a possible adverse event not marked as reported.
    unreported_safety: int = 0
    # Erased HCPs taken back on purpose (``readmit``), whether or not this input holds them.
    readmitted: list[str] = field(default_factory=list)

    @property
    def totals(self) -> store.WriteCounts:
        total = store.WriteCounts()
        for f in self.files:
            total.add(f.counts)
        return total

    @property
    def problems(self) -> list[Problem]:
        # (one export file read for two objects, a CRM's calls and planned calls, finds its
        # problem twice: it is said once)
        unique: dict[str, Problem] = {}
        for p in (p for f in self.files for p in f.problems):
            unique.setdefault(str(p), p)
        return list(unique.values())

    @property
    def problem_count(self) -> int:
        return len(self.problems) + sum(f.more_problems for f in self.files)


class IngestFailed(PrepError):
    def __init__(self, report: IngestReport) -> None:
        n = report.problem_count
        super().__init__(
            f"ingest failed with {n} problem{'s' * (n != 1)}; the store was not changed",
            problems=report.problems,
            hint="fix the rows named above and run the same command again",
        )
        self.report = report


class _DryRun(Exception):
    """Raised to roll back a dry run after it has done all the work."""


Progress = Callable[[str, int], None]
# A learned tagger's spans for a note: hints the scrubber's rules filter.
Tagger = Callable[[str], list[Span]]


def ingest(
    db: sqlite_utils.Database,
    paths: list[Path],
    *,
    kind: str | None = None,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    store_role: str | None = None,
    tagger: Tagger | None = None,
    readmit: Iterable[str] = (),
) -> IngestReport:
    """Ingest ``paths`` into ``db``. Raises ``IngestFailed`` (store untouched) on any problem.

    Rows of an HCP erased with `prepcli forget` are left out and counted: an export that still
    holds them must not bring them back unnoticed. ``readmit`` names erased HCPs to take back.

    ``tagger`` gives a learned tagger's spans for a note, which the scrubber's rules filter
    (``prepcli.phi.find_phi``'s hints); without one the rules scrub alone.

    ``store_role`` fixes what the store may hold, as part of the same transaction. Into a rep
    store, medical text is dropped here, before anything is written: it never reaches the disk."""
    report = IngestReport(dry_run=dry_run, mapping=mapping.name if mapping else None)
    sources = _sources(paths, kind, mapping, report, limits)
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    # Clinicians' names are never scrubbed as patient names: every HCP already stored or in
    # this ingest (hcps files are read first).
    hcp_words = hcp_name_words(db)
    erased = audit.erased_hcps(db)
    report.readmitted = sorted(erased & set(readmit))
    erased -= set(readmit)
    try:
        with store.write_transaction(db):
            if store_role:
                store.set_store_role(db, store_role)
            rep_store = store.store_role(db) == "rep"
            for file_report, rows in sources:
                report.files.append(file_report)
                _ingest_file(
                    db,
                    file_report,
                    rows,
                    seen,
                    report,
                    progress,
                    limits,
                    rep_store,
                    _Scrubbing(hcp_words, tagger),
                    erased,
                )
            if report.problem_count:
                raise IngestFailed(report)
            if dry_run:
                raise _DryRun
            report.unreported_safety = safety_flags.refresh(
                db, report.written.get("interactions", [])
            )
            note_facts.refresh(db, report.written.get("interactions", []))
    except _DryRun:
        pass
    return report


def _sources(
    paths: list[Path],
    kind: str | None,
    mapping: Mapping | None,
    report: IngestReport,
    limits: Limits,
) -> Iterator[tuple[FileReport, Iterable[SourceRow | Problem]]]:
    if mapping is not None:
        from prepcli.ingest.crm import read_mapped

        order = {"hcps": 0, "content": 1, "interactions": 2, "schedule": 3}
        for path in paths:
            result = read_mapped(path, mapping)
            grouped: dict[tuple[str, str], list[SourceRow | Problem]] = {}
            for row in result.rows:
                grouped.setdefault((row.file, row.kind), []).append(row)
            reports = {key: FileReport(*key) for key in grouped}
            by_file = {key[0]: fr for key, fr in reports.items()}
            for p in [*result.problems, *result.skipped]:
                if p.file not in by_file:
                    by_file[p.file] = reports[(p.file, "-")] = FileReport(p.file, "-")
                    grouped[(p.file, "-")] = []
            for p in result.problems:
                by_file[p.file].problem(p)
            for p in result.skipped:
                by_file[p.file].skipped.append(p)
            for name, column in result.unmapped_columns:
                if name not in by_file:
                    # A child or look-up export: no rows of its own, its columns still reported.
                    by_file[name] = reports[(name, "-")] = FileReport(name, "-")
                    grouped[(name, "-")] = []
                by_file[name].unknown_columns.append(column)
            for d in result.defaulted:
                by_file[d.file].defaulted.append(d)
            for key in sorted(grouped, key=lambda k: order.get(k[1], -1)):
                yield reports[key], grouped[key]
        return
    files, report.ignored = discover(paths, kind)
    if not files:
        raise PrepError(
            "found no input files in " + ", ".join(str(p) for p in paths),
            hint="expected hcps.*, interactions.*, content.*, schedule.* (csv, json, jsonl) or a "
            "content/ folder of markdown files",
        )
    for item in files:
        yield FileReport(str(item.path), item.kind), _safe_rows(item, limits)


def _safe_rows(item: InputFile, limits: Limits) -> Iterator[SourceRow | Problem]:
    try:
        yield from read_file(item, limits.record_bytes)
    except Unreadable as e:
        yield e.problem
    except OSError as e:
        yield Problem(str(item.path), None, None, f"cannot be read: {e.strerror}")


def _ingest_file(
    db: sqlite_utils.Database,
    report: FileReport,
    rows: Iterable[SourceRow | Problem],
    seen: dict[tuple[str, str], tuple[str, str]],
    ingest_report: IngestReport,
    progress: Progress | None,
    limits: Limits,
    rep_store: bool,
    scrubbing: _Scrubbing,
    erased: set[str],
) -> None:
    batch: list[tuple[SourceRow, dict[str, Any]]] = []
    unknown: dict[str, None] = {}
    for item in rows:
        if isinstance(item, Problem):
            report.problem(item)
            break
        report.rows += 1
        record, problems, extra_cols = validate_row(item, limits)
        unknown.update(dict.fromkeys(extra_cols))
        for p in problems:
            report.problem(p)
        if record is None:
            # Remember the id anyway, so rows that refer to it are not reported a second time.
            raw_id = str(item.data.get(PRIMARY_KEY[item.kind]) or "").strip()
            if raw_id:
                seen.setdefault((item.kind, raw_id), ("invalid", f"{item.file}:{item.row}"))
            continue
        if record.get("hcp_id") in erased:
            report.erased[record["hcp_id"]] = report.erased.get(record["hcp_id"], 0) + 1
            continue
        if not _first_time(item, record, seen, report):
            continue
        if item.kind == "hcps":
            scrubbing.hcp_words.update(name_words(record["name"]))
        if rep_store:
            kept = store.rep_store_record(item.kind, record)
            if kept is None:
                report.withheld += 1
                continue
            if kept is not record:
                report.stubbed += 1
            record = kept
        _scrub(item.kind, record, report, scrubbing)
        batch.append((item, record))
        if len(batch) >= BATCH:
            _flush(db, report, batch, ingest_report, seen)
            batch = []
        if progress:
            progress(report.kind, 1)
    _flush(db, report, batch, ingest_report, seen)
    report.unknown_columns = report.unknown_columns or list(unknown)


def _first_time(
    item: SourceRow,
    record: dict[str, Any],
    seen: dict[tuple[str, str], tuple[str, str]],
    report: FileReport,
) -> bool:
    """Same id twice in one ingest: fine if identical (kept once), an error if they differ."""
    pk = PRIMARY_KEY[item.kind]
    key = (item.kind, record[pk])
    digest = store.row_hash(record)
    where = f"{item.file}:{item.row}" if item.row is not None else item.file
    if key not in seen:
        seen[key] = (digest, where)
        return True
    first_digest, first_where = seen[key]
    if first_digest != digest:
        report.problem(
            Problem(
                item.file,
                item.row,
                pk,
                f"{record[pk]!r} appears twice in this ingest with different contents "
                f"(first at {first_where})",
            )
        )
    return False


@dataclass
class _Scrubbing:
    """What scrubbing a record needs beyond the record: every HCP's name words so far, and the
    learned tagger, if any."""

    hcp_words: set[str]
    tagger: Tagger | None


def _cells(kind: str, record: dict[str, Any]) -> Iterator[tuple[dict[str, Any] | list[Any], Any]]:
    """Where a record of ``kind`` holds text a person typed: its free-text fields, the items of
    what was shown, and the values of columns the contract does not name (kept in "extra"), as
    (container, key) pairs. An export's extra column ("patient_contact", "Region") is as free as
    a note, so it is scrubbed as one; the mapping's own notes of how a row was decided are not."""
    if kind not in FREE_TEXT:
        return
    for name in FREE_TEXT[kind]:
        if record.get(name):
            yield record, name
    shown = record.get("shown") or []
    for i, item in enumerate(shown):
        if isinstance(item, str) and item:
            yield shown, i
    extra = record.get("extra") or {}
    for key, value in extra.items():
        if isinstance(value, str) and value and not str(key).endswith("_decided"):
            yield extra, key


def _scrub(kind: str, record: dict[str, Any], report: FileReport, scrubbing: _Scrubbing) -> None:
    cells = list(_cells(kind, record))
    if not cells:
        return
    # The row's own product names and its author are never patient names ("pt Veltrana dose
    # held", "J. Reyes: called office"); nor is any HCP's.
    products = {w for p in record.get("products") or () for w in name_words(p)}
    clinicians = AnyOf(scrubbing.hcp_words, name_words(record.get("author") or ""))
    found = False
    for container, key in cells:
        text = container[key]
        # (the tagger reads notes; a short cell gets the rules alone, at a fraction of the cost)
        hints = scrubbing.tagger(text) if scrubbing.tagger and container is record else ()
        result = scrub(text, keep=products, clinicians=clinicians, hints=hints)
        if result.counts:
            container[key] = result.text
            found = True
            for label, n in result.counts.items():
                report.phi[label] = report.phi.get(label, 0) + n
    if found:
        report.phi_records.append(record[PRIMARY_KEY[kind]])


def hcp_name_words(db: sqlite_utils.Database) -> set[str]:
    if "hcps" not in db.table_names():
        return set()
    return {w for (n,) in db.execute("SELECT name FROM hcps") for w in name_words(n)}


def name_words(name: str) -> set[str]:
    """The words of a person's or product's name that a note could mention on their own."""
    words = {w.strip(".,()'’") for w in name.split()}
    return {w for w in words if len(w) > 1 and w not in ("Dr", "MD", "DO", "NP", "PA", "RN")}


def _flush(
    db: sqlite_utils.Database,
    report: FileReport,
    batch: list[tuple[SourceRow, dict[str, Any]]],
    ingest_report: IngestReport,
    seen: dict[tuple[str, str], tuple[str, str]],
) -> None:
    if not batch:
        return
    if report.kind in ("interactions", "schedule"):
        # An HCP of this ingest counts as known even if its file failed and was not written,
        # so one bad HCP row is reported once, not again under each of its interactions.
        wanted = {r["hcp_id"] for _, r in batch}
        known = {h for h in wanted if ("hcps", h) in seen} | store.known_hcp_ids(db, wanted)
        kept = []
        for item, record in batch:
            if record["hcp_id"] in known:
                kept.append((item, record))
            else:
                report.problem(
                    Problem(
                        item.file,
                        item.row,
                        "hcp_id",
                        f"names HCP {record['hcp_id']!r}, which is neither in the store nor in "
                        "this ingest",
                    )
                )
        batch = kept
        _note_missing_content(db, report, [r for _, r in batch], seen)
    if report.problems:
        return  # the ingest will roll back; writing more would be wasted work
    if report.kind == "schedule":
        # A plan already logged as an interaction has happened; an old calendar export must
        # not bring it back.
        done = set(store.existing_hashes(db, "interactions", [r["plan_id"] for _, r in batch]))
        report.plans_done += len(done)
        batch = [(item, r) for item, r in batch if r["plan_id"] not in done]
    counts, written = store.upsert_records(db, report.kind, [r for _, r in batch])
    report.counts.add(counts)
    pk = PRIMARY_KEY[report.kind]
    if report.kind == "interactions":
        report.plans_done += store.drop_done_plans(db, [r[pk] for _, r in batch])
    if report.kind == "schedule":
        return  # planned calls are read by date, never searched: no passages
    store.replace_passages(
        db,
        report.kind,
        [row[pk] for row in written],
        [p for row in written for p in passages_for(report.kind, row)],
    )
    ingest_report.written.setdefault(report.kind, []).extend(row[pk] for row in written)


def _note_missing_content(
    db: sqlite_utils.Database,
    report: FileReport,
    records: list[dict[str, Any]],
    seen: dict[tuple[str, str], tuple[str, str]],
) -> None:
    """Content an interaction names (an email's template) that neither the store nor this ingest
    holds: kept as named, counted and listed, so a missing document export is noticed."""
    named = {c for r in records for c in r.get("content_ids") or ()}
    if not named:
        return
    known = {c for c in named if ("content", c) in seen} | store.known_content_ids(db, named)
    missing = report.missing_refs.setdefault("content_ids", {})
    for r in records:
        for c in r.get("content_ids") or ():
            if c not in known:
                missing[c] = missing.get(c, 0) + 1
