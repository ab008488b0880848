"""The inline-mark format the blind PHI set builders (bench/blind4_phi_build.py,
bench/blind5_phi_build.py, bench/blind6_phi_build.py) hold their snippets in, and the checks
every written set must pass.

A snippet marks each span as ``{T|text}``: T is N (PATIENT-NAME), D (DOB), M (MRN), S (SSN),
P (PHONE), E (EMAIL), A (ADDRESS) or a kept type, H (HCP) and I (IGNORE). Holds no snippet, so
reading it tells a tuner nothing about a blind set; imports nothing from prepcli. The
development variant builders (bench/phi_address_variants_build.py, and
bench/phi_name_variants_build.py with its own ``⟦T|text⟧`` marks) parse with it too, so one
parser decides every written set's offsets. ``units`` and ``split_units`` split a set into
its development and held halves by source document (bench/blind10_phi_build.py on); ``build``,
``main_halves`` and ``main_hashed`` are the rest of every builder, so a builder holds only its
snippets, its sources and its split rule.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

CODES = {
    "N": "PATIENT-NAME", "D": "DOB", "M": "MRN", "S": "SSN", "P": "PHONE", "E": "EMAIL",
    "A": "ADDRESS", "H": "HCP", "I": "IGNORE",
}  # fmt: skip
PHI_TYPES = {"PATIENT-NAME", "DOB", "MRN", "SSN", "PHONE", "EMAIL", "ADDRESS"}
KEPT_TYPES = {"HCP", "IGNORE"}
MARK = re.compile(r"\{([NDMSPEAHI])\|([^{}|]+)\}")

BENCH = Path(__file__).resolve().parent

Snippet = tuple[str, str, str]  # (source key, detail for its source, marked text)
Row = dict[str, Any]
Halves = tuple[list[Row], list[Row]]
# A snippet's source from its key and detail, with the record of how it was labelled.
Source = Callable[[str, str], dict[str, str]]


def parse(
    marked: str, mark: re.Pattern[str] = MARK, codes: dict[str, str] = CODES
) -> tuple[str, list[dict[str, object]]]:
    """Strip the inline marks; return the plain text and its spans with offsets. ``mark``'s
    first group is the type's code in ``codes``, its second the span's text."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in mark.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        span_text = m.group(2)
        spans.append(
            {"start": length, "end": length + len(span_text), "type": codes[m.group(1)],
             "text": span_text}
        )  # fmt: skip
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if mark is MARK and ("{" in text or "}" in text):
        raise ValueError(f"unparsed mark in {marked!r}")
    return text, spans


def keyed(sources: Mapping[str, dict[str, str]]) -> Source:
    """The ``Source`` of a table whose snippets are ``(key, record, marked text)``: the key's
    entry in ``sources`` with the snippet's record."""
    return lambda key, record: {**sources[key], "record": record}


def recorded(source: Callable[[str, str], dict[str, str]], records: Mapping[str, str]) -> Source:
    """The ``Source`` of a builder with one record per repository: ``source(key, detail)`` with
    the record of the key's prefix in ``records``."""
    return lambda key, detail: {**source(key, detail), "record": records[key.split(":")[0]]}


def build(snippets: Iterable[Snippet], source: Source, split: str) -> list[Row]:
    """A row per snippet ``(key, detail, marked text)``: the plain text and its spans,
    ``source(key, detail)``, the group (the source's file, the key where it names none) and the
    split."""
    rows = []
    for key, detail, marked in snippets:
        text, spans = parse(marked)
        src = source(key, detail)
        group = f"{src['repo'] or src.get('url', key)}:{src['path']}" if src["path"] else key
        rows.append({"text": text, "spans": spans, "source": src, "group": group,
                     "split": split})  # fmt: skip
    return rows


def key_prefix(key: str, row: Row) -> str:
    """A stream for ``split_units``: the key's prefix, which names its repository."""
    return key.split(":")[0]


def has_phi(row: Row) -> bool:
    """Whether a built row holds a patient identifier (clinicians and ignored spans are none)."""
    return any(s["type"] in PHI_TYPES for s in row["spans"])


def validate(rows: list[dict], split: str) -> list[str]:
    problems = []
    for i, row in enumerate(rows):
        text = row["text"]
        prev_end = -1
        next_from: dict[str, int] = {}
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"line {i + 1} span {s['text']!r}"
            if text[s["start"] : s["end"]] != s["text"]:
                problems.append(f"{where}: text[start:end] is {text[s['start'] : s['end']]!r}")
            if s["type"] not in PHI_TYPES | KEPT_TYPES:
                problems.append(f"{where}: unknown type {s['type']}")
            if s["start"] < prev_end:
                problems.append(f"{where}: overlaps the previous span")
            if s["text"] != s["text"].strip() or "\n" in s["text"]:
                problems.append(f"{where}: outer whitespace or line break")
            prev_end = s["end"]
        for s in row["spans"]:  # the successive text search of bench/phi.py's _locate
            found = text.find(s["text"], next_from.get(s["text"], 0))
            next_from[s["text"]] = found + len(s["text"])
            if found != s["start"]:
                problems.append(f"line {i + 1}: text search puts {s['text']!r} at {found}, "
                                f"label says {s['start']}")  # fmt: skip
        if set(row) != {"text", "spans", "source", "group", "split"} or row["split"] != split:
            problems.append(f"line {i + 1}: fields or split wrong")
    return problems


def report(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    negatives = sum(1 for r in rows if not any(s["type"] in PHI_TYPES for s in r["spans"]))
    print(f"{len(rows)} snippets, {negatives} without a patient identifier")
    print(f"patient identifiers: {sum(types[t] for t in PHI_TYPES)}")
    for t, n in types.most_common():
        print(f"  {t:13} {n}")
    repos = Counter(r["source"]["repo"] or r["source"].get("url", "") for r in rows)
    for repo, n in repos.most_common():
        print(f"  {n:4}  {repo}")


def main(
    argv: list[str] | None,
    *,
    description: str,
    out: Path,
    split: str,
    build_rows: Callable[[], list[dict[str, object]]],
) -> int:
    """Write ``out`` from the builder's snippets (or, with --check, re-validate the written
    file), print the counts. Exit 1 with the problems when a check fails."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="validate the written file only")
    args = parser.parse_args(argv)
    rows = _read(out) if args.check else build_rows()
    problems = validate(rows, split)
    if problems:
        print("\n".join(problems))
        return 1
    if not args.check:
        _write(out, rows)
    report(rows)
    return 0


def main_halves(
    argv: list[str] | None,
    doc: str,
    split: str,
    snippets: Sequence[Snippet],
    source: Source,
    *,
    split_rows: Callable[[list[str], list[Row]], Halves],
) -> int:
    """Like ``main`` for a set kept in two halves, bench/phi_<split>_dev.jsonl and _held.jsonl
    (``doc``'s first line describes the command): write both (and, with --whole, the whole set)
    from the rows ``build`` makes of ``snippets``, split by ``split_rows(keys, rows)``, or with
    --check re-validate the written halves; print the counts. Exit 1 with the problems on a
    failure."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the written halves only")
    parser.add_argument("--whole", type=Path, help="also write the whole set to this path")
    args = parser.parse_args(argv)
    dev, held = BENCH / f"phi_{split}_dev.jsonl", BENCH / f"phi_{split}_held.jsonl"
    if args.check:
        halves = _read(dev), _read(held)
        rows = halves[0] + halves[1]
    else:
        rows = build(snippets, source, split)
        halves = split_rows([key for key, _, _ in snippets], rows)
    problems = validate(rows, split)
    if problems:
        print("\n".join(problems))
        return 1
    if not args.check:
        _write(dev, halves[0])
        _write(held, halves[1])
        if args.whole:
            _write(args.whole, rows)
    report(rows)
    for name, half in zip(("dev", "held"), halves, strict=True):
        ids = sum(1 for r in half for s in r["spans"] if s["type"] in PHI_TYPES)
        free = sum(1 for r in half if not any(s["type"] in PHI_TYPES for s in r["spans"]))
        print(f"{name}: {len(half)} snippets, {ids} patient identifiers, {free} without one")
    return 0


def main_hashed(
    argv: list[str] | None,
    doc: str,
    split: str,
    snippets: Sequence[Snippet],
    source: Source,
    *,
    stream: Callable[[str, Row], str] = key_prefix,
    untied: tuple[str, ...] = (),
) -> int:
    """``main_halves`` with the split of bench/blind12_phi_build.py on, ``split_hashed``."""
    return main_halves(
        argv, doc, split, snippets, source,
        split_rows=lambda keys, rows: split_hashed(keys, rows, stream, untied),
    )  # fmt: skip


# Patient identifier strings that tie documents into one unit when split into halves: names of
# three or more characters, numbers, and addresses with a house or postal number (short names
# alone, dates, a bare city, hospitals and clinicians are shared by chance and tie nothing).
TYING_TYPES = {"PATIENT-NAME", "MRN", "SSN", "PHONE", "ADDRESS"}


def units(keys: list[str], rows: list[Row], untied: tuple[str, ...] = ()) -> dict[str, str]:
    """Each source key's unit: the first key (in table order) of the documents it is tied to by
    a shared patient identifier string (see TYING_TYPES), transitively. Rows with the same key
    are one document. Keys starting with a prefix in ``untied`` are units of their own (for a
    generator that reuses stock values across unrelated documents)."""
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    order = {key: i for i, key in reversed(list(enumerate(keys)))}
    owner: dict[str, str] = {}
    for key, row in zip(keys, rows, strict=True):
        if untied and key.startswith(untied):
            continue
        for s in row["spans"]:
            text = str(s["text"])
            if s["type"] not in TYING_TYPES or len(text.replace(" ", "")) < 3:
                continue
            if s["type"] == "ADDRESS" and not any(c.isdigit() for c in text):
                continue
            if text in owner:
                a, b = find(owner[text]), find(key)
                if a != b:
                    first, second = sorted((a, b), key=order.__getitem__)
                    parent[second] = first
            else:
                owner[text] = key
    return {key: find(key) for key in keys}


def split_units(
    keys: list[str],
    rows: list[Row],
    unit_of: dict[str, str],
    stream: Callable[[str, Row], str],
) -> Halves:
    """Each unit, in table order, goes to the half that holds fewer snippets of its stream so
    far (dev on a tie): ``stream(key, row)`` of the unit's first row, or, for units without any
    patient identifier, one stream whatever their source. A unit's snippets all go where its
    first snippet went."""
    unit_rows: dict[str, list[Row]] = {}
    for key, row in zip(keys, rows, strict=True):
        unit_rows.setdefault(unit_of[key], []).append(row)
    dev: list[Row] = []
    held: list[Row] = []
    side: dict[str, bool] = {}
    filled: dict[str, Counter[bool]] = {}
    for key, row in zip(keys, rows, strict=True):
        unit = unit_of[key]
        if unit not in side:
            members = unit_rows[unit]
            name = stream(key, row) if any(map(has_phi, members)) else "\0id-free"
            count = filled.setdefault(name, Counter())
            side[unit] = count[True] <= count[False]
            count[side[unit]] += len(members)
        (dev if side[unit] else held).append(row)
    return dev, held


def split_hashed(
    keys: list[str],
    rows: list[Row],
    stream: Callable[[str, Row], str],
    untied: tuple[str, ...] = (),
) -> Halves:
    """``split_units`` with the units taken in the order of the SHA-1 of their key (deterministic,
    not the table order; bench/blind12_phi_build.py on); ``untied`` as in ``units``."""
    unit_of = units(keys, rows, untied)

    def order(i: int) -> tuple[str, int]:
        return hashlib.sha1(unit_of[keys[i]].encode("utf-8")).hexdigest(), i

    ranked = sorted(range(len(keys)), key=order)
    return split_units([keys[i] for i in ranked], [rows[i] for i in ranked], unit_of, stream)


def _write(path: Path, rows: list[Row]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def _read(path: Path) -> list[Row]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
