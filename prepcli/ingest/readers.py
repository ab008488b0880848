"""Readers: find input files and turn CSV, JSON, JSON Lines and markdown front-matter files into
``SourceRow``s.

Readers stream where the format allows (CSV, JSON Lines, one markdown file at a time), so a large
file never sits whole in memory. A file that cannot be read raises ``Unreadable`` naming the file
and, where known, the line.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from prepcli.errors import PrepError, Problem
from prepcli.ingest.records import KINDS, SourceRow

FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown"}
# hcps first, interactions last, so an interaction may name an HCP from the same ingest.
KIND_ORDER = {"hcps": 0, "content": 1, "interactions": 2, "schedule": 3}


class Unreadable(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class InputFile:
    path: Path
    kind: str
    fmt: str


def kind_from_name(path: Path) -> str | None:
    stem = path.name.split(".")[0].lower()
    for kind in KINDS:
        if stem.startswith(kind):
            return kind
    return None


def discover(paths: list[Path], kind: str | None = None) -> tuple[list[InputFile], list[Path]]:
    """The input files under ``paths`` in ingest order, and the files passed over."""
    found: list[InputFile] = []
    ignored: list[Path] = []
    for path in paths:
        if not path.exists():
            raise PrepError(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                item = _classify(child, kind, in_content_folder=_under_content(child, path))
                (found.append(item) if item else ignored.append(child))
        else:
            item = _classify(path, kind, in_content_folder=path.parent.name.lower() == "content")
            if item is None:
                raise PrepError(
                    f"{path}: cannot tell what this file holds",
                    hint="name it hcps.*, interactions.*, content.* or schedule.* (csv, json, "
                    "jsonl), or pass --kind",
                )
            found.append(item)
    found.sort(key=lambda f: KIND_ORDER[f.kind])
    return found, ignored


def _under_content(path: Path, root: Path) -> bool:
    parts = [p.lower() for p in path.relative_to(root.parent).parts[:-1]]
    return "content" in parts


def _classify(path: Path, kind: str | None, *, in_content_folder: bool) -> InputFile | None:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or path.name.startswith("."):
        return None
    if fmt == "markdown":
        # A README beside the data is not a content piece; only a content folder's files are.
        if kind == "content" or (kind is None and in_content_folder):
            return InputFile(path, "content", fmt)
        return None
    chosen = kind or kind_from_name(path)
    return InputFile(path, chosen, fmt) if chosen else None


def read_file(item: InputFile) -> Iterator[SourceRow]:
    if item.path.stat().st_size == 0:
        raise Unreadable(Problem(str(item.path), None, None, "the file is empty"))
    readers = {"csv": _read_csv, "json": _read_json, "jsonl": _read_jsonl, "markdown": _read_md}
    yield from readers[item.fmt](item)


def _not_utf8(name: str, line: int, error: UnicodeDecodeError) -> Unreadable:
    bad = error.object[error.start]
    return Unreadable(
        Problem(
            name,
            line,
            None,
            f"is not UTF-8 text (byte 0x{bad:02x} at column {error.start + 1}); "
            "save the file as UTF-8",
        )
    )


def _lines(path: Path) -> Iterator[str]:
    """Decoded lines, strictly UTF-8 (a BOM is dropped), so a bad byte is reported with the
    line it sits on rather than an offset into some buffer."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise _not_utf8(str(path), number, e) from None


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1)
        raise _not_utf8(
            str(path),
            line,
            UnicodeDecodeError(e.encoding, data[e.start - column :], column, column + 1, e.reason),
        ) from None


def csv_rows(path: Path, name: str | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """(line where the record starts, {column: value}) for each non-blank CSV record; quoted
    newlines stay inside their cell. Native ingest and CRM exports share this reader."""
    name = name or str(path)
    # Call notes can be long (the contract accepts 1 MB notes); the csv default caps at 128 KB.
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(_lines(path))
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise Unreadable(Problem(name, 1, None, "the file is empty (no header row)"))
        columns = [h.strip() for h in header]
        start = reader.line_num + 1
        for values in reader:
            line, start = start, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(columns):
                raise Unreadable(
                    Problem(
                        name,
                        line,
                        None,
                        f"has {len(values)} cells but the header has {len(columns)} columns "
                        "(an unquoted comma?)",
                    )
                )
            yield line, dict(zip(columns, values, strict=False))
    except csv.Error as e:
        raise Unreadable(Problem(name, reader.line_num, None, f"is not valid CSV: {e}")) from None


def csv_header(path: Path, name: str | None = None) -> tuple[str, ...]:
    reader = csv.reader(_lines(path))
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise Unreadable(Problem(name or str(path), 1, None, f"is not valid CSV: {e}")) from None
    if not header or not any(h.strip() for h in header):
        raise Unreadable(Problem(name or str(path), 1, None, "has no header row"))
    return tuple(h.strip() for h in header)


def _read_csv(item: InputFile) -> Iterator[SourceRow]:
    for line, row in csv_rows(item.path):
        yield SourceRow(str(item.path), line, item.kind, row)


def _read_jsonl(item: InputFile) -> Iterator[SourceRow]:
    name = str(item.path)
    for line_no, line in enumerate(_lines(item.path), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except RecursionError:
            raise Unreadable(Problem(name, line_no, None, "is nested too deeply")) from None
        except json.JSONDecodeError as e:
            raise Unreadable(
                Problem(name, line_no, None, f"is not valid JSON ({e.msg}, column {e.colno})")
            ) from None
        yield _object_row(name, line_no, item.kind, value)


def _read_json(item: InputFile) -> Iterator[SourceRow]:
    name = str(item.path)
    text = _read_text(item.path)
    if not text.strip():
        raise Unreadable(Problem(name, None, None, "the file is empty"))
    try:
        value = json.loads(text)
    except RecursionError:
        raise Unreadable(Problem(name, None, None, "is nested too deeply to be records")) from None
    except json.JSONDecodeError as e:
        # A cut-off file fails at its very end, or inside a string that never closes.
        cut = e.pos >= len(text.rstrip()) - 1 or e.msg.startswith("Unterminated string")
        hint = " (the file looks truncated)" if cut else ""
        raise Unreadable(
            Problem(name, e.lineno, None, f"is not valid JSON: {e.msg}, column {e.colno}{hint}")
        ) from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise Unreadable(Problem(name, None, None, "must hold an array of objects"))
    for index, element in enumerate(value):
        yield _object_row(name, f"[{index}]", item.kind, element)


def _object_row(name: str, row: int | str, kind: str, value: Any) -> SourceRow:
    if not isinstance(value, dict):
        raise Unreadable(
            Problem(name, row, None, f"expected an object, found {type(value).__name__}")
        )
    return SourceRow(name, row, kind, value)


def _read_md(item: InputFile) -> Iterator[SourceRow]:
    name = str(item.path)
    text = _read_text(item.path)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise Unreadable(Problem(name, 1, None, "has no front matter (a first line '---')"))
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise Unreadable(Problem(name, 1, None, "front matter is not closed by a '---' line"))
    try:
        meta = yaml.safe_load("".join(lines[1:end])) or {}
    except yaml.YAMLError as e:
        raise Unreadable(
            Problem(name, None, None, f"front matter is not valid YAML: {e}")
        ) from None
    if not isinstance(meta, dict):
        raise Unreadable(Problem(name, 2, None, "front matter must be a mapping of fields"))
    body = "".join(lines[end + 1 :]).strip()
    data = {str(k): v for k, v in meta.items()}
    if body and not data.get("body"):
        data["body"] = body
    yield SourceRow(name, None, item.kind, data)
