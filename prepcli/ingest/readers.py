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
import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from prepcli.config import Limits
from prepcli.errors import PrepError, Problem
from prepcli.ingest.records import KINDS, SourceRow

RECORD_BYTES = Limits().record_bytes
FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown"}
# hcps first, interactions last, so an interaction may name an HCP from the same ingest.
KIND_ORDER = {"hcps": 0, "content": 1, "interactions": 2, "schedule": 3}


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: a date stays the text it was written as, so the field's
    own check reads it and names the field ("expires_on: 2026-11-31" is a file:field error, not a
    crash in the YAML library), and an offset written with a time is not lost. A key given twice
    is refused, as in CSV and JSON: the last "audience:" would silently win."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)  # merge keys ("<<: *defaults") first, as SafeLoader does
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                continue  # (SafeLoader refuses it below, as a YAML error)
            if key in seen:
                raise _KeyTwice(str(key))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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


def read_file(item: InputFile, max_bytes: int = RECORD_BYTES) -> Iterator[SourceRow]:
    """The rows of one file. No record larger than ``max_bytes`` is ever held whole: a longer
    line, JSON element or markdown file is refused as soon as it passes that size."""
    if item.path.stat().st_size == 0:
        raise Unreadable(Problem(str(item.path), None, None, "the file is empty"))
    if item.fmt == "csv":
        yield from _read_csv(item, max_bytes)
    elif item.fmt == "jsonl":
        yield from _read_jsonl(item, max_bytes)
    elif item.fmt == "json":
        yield from _read_json(item, max_bytes)
    else:
        yield from _read_md(item, max_bytes)


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


def _nul(name: str, line: int) -> Unreadable:
    """A NUL byte is valid UTF-8 but never text: UTF-16 saved without its byte-order mark
    decodes to letters between NULs, and its header would read as no known column."""
    return Unreadable(
        Problem(
            name,
            line,
            None,
            "holds NUL bytes, so it is not UTF-8 text (UTF-16 without a byte-order mark?); "
            "save the file as UTF-8",
        )
    )


def _too_long(name: str, line: int | str | None, what: str, max_bytes: int) -> Unreadable:
    return Unreadable(
        Problem(
            name,
            line,
            None,
            f"{what} is longer than {max_bytes:,} bytes, more than any record may hold "
            "(see the field size limits in docs/data-format.md)",
        )
    )


def _lines(path: Path, max_bytes: int = RECORD_BYTES) -> Iterator[str]:
    """Decoded lines, strictly UTF-8 (a BOM is dropped), so a bad byte is reported with the
    line it sits on rather than an offset into some buffer. A line longer than ``max_bytes`` is
    refused after reading that much of it, never held whole."""
    with path.open("rb") as f:
        number = 0
        while raw := f.readline(max_bytes + 1):
            number += 1
            if len(raw) > max_bytes:
                raise _too_long(str(path), number, "the line", max_bytes)
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if b"\x00" in raw:
                raise _nul(str(path), number)
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise _not_utf8(str(path), number, e) from None


def _read_text(path: Path, max_bytes: int = RECORD_BYTES) -> str:
    if path.stat().st_size > max_bytes:
        raise _too_long(str(path), None, "the file", max_bytes)
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if (nul := data.find(b"\x00")) >= 0:
        raise _nul(str(path), data.count(b"\n", 0, nul) + 1)
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


def _duplicate_column(name: str, columns: list[str], fold_case: bool) -> Unreadable | None:
    """A header naming one column twice: whichever came last would silently win (a second
    ``function`` column turning an MSL's note commercial), so the file is refused instead.
    ``fold_case`` for CRM exports, whose column names match without case."""
    seen: dict[str, int] = {}
    for position, column in enumerate(columns, start=1):
        if not column:
            continue  # an unnamed column names no field
        key = column.lower() if fold_case else column
        if key in seen:
            spelled = (
                "" if columns[seen[key] - 1] == column else f" (as {columns[seen[key] - 1]!r})"
            )
            return Unreadable(
                Problem(
                    name,
                    1,
                    column,
                    f"is in the header twice, columns {seen[key]}{spelled} and {position}: "
                    "one would silently overwrite the other; remove or rename one",
                )
            )
        seen[key] = position
    return None


def csv_rows(
    path: Path, name: str | None = None, max_bytes: int = RECORD_BYTES, *, fold_case: bool = False
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line where the record starts, {column: value}) for each non-blank CSV record; quoted
    newlines stay inside their cell. Native ingest and CRM exports share this reader; a header
    naming a column twice (ignoring case with ``fold_case``) is refused."""
    name = name or str(path)
    # A cell may span lines (quoted newlines): the csv module's own cap bounds it. Cells within
    # it but over a field's limit are reported by validation, naming the field.
    csv.field_size_limit(max_bytes)
    reader = csv.reader(_lines(path, max_bytes))
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise Unreadable(Problem(name, 1, None, "the file is empty (no header row)"))
        columns = [h.strip() for h in header]
        if (twice := _duplicate_column(name, columns, fold_case)) is not None:
            raise twice
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
            if (swallowed := _swallowed_rows(name, line, columns, values)) is not None:
                raise swallowed
            yield (
                line,
                {
                    # (a column with no name in the header is named by its place, so its values
                    # are kept and reported like any unknown column's, and two such never collide;
                    # an empty one, as spreadsheets leave at the end, is no column)
                    column or f"column {i}": value
                    for i, (column, value) in enumerate(zip(columns, values, strict=False), start=1)
                    if column or value.strip()
                },
            )
    except csv.Error as e:
        if "field larger than field limit" in str(e):
            raise _too_long(name, reader.line_num, "a cell", max_bytes) from None
        raise Unreadable(Problem(name, reader.line_num, None, f"is not valid CSV: {e}")) from None


def _swallowed_rows(
    name: str, line: int, columns: list[str], values: list[str]
) -> Unreadable | None:
    """A quote opened in a cell and never closed where its row ends reads the next rows into
    that cell, and they vanish without an error. A cell spanning lines is legitimate (a note
    with line breaks, a sentence with many commas), but a line in it that reads as a row of
    this file (a delimiter for every column, and a first cell shaped like this row's id:
    "Q-2" under "Q-1") is rows swallowed, so the file is refused, naming the cell."""
    if len(columns) < 3 or not values:
        return None
    own = _id_shape(values[0])
    for column, value in zip(columns, values, strict=False):
        for inner in value.split("\n")[1:]:
            first = inner.split(",", 1)[0].strip()
            if inner.count(",") >= len(columns) - 1 and own and _id_shape(first) == own:
                return Unreadable(
                    Problem(
                        name,
                        line,
                        column,
                        "opens a quote that is not closed where the row ends, so the rows "
                        f"after it were read into this cell (one begins {inner[:40]!r}); "
                        "close the quote, or double a quote meant as text",
                    )
                )
    return None


def _id_shape(cell: str) -> str:
    """A cell's shape as an id: each letter or digit as "x", other characters kept ("Q-1" and
    "Q-2", two Salesforce ids, share one), and "" for a cell with a space (an id has none;
    prose does)."""
    cell = cell.strip().strip('"')
    if not cell or " " in cell:
        return ""
    return re.sub(r"[^\W_]", "x", cell)


def csv_header(path: Path, name: str | None = None, *, fold_case: bool = False) -> tuple[str, ...]:
    reader = csv.reader(_lines(path))
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise Unreadable(Problem(name or str(path), 1, None, f"is not valid CSV: {e}")) from None
    if not header or not any(h.strip() for h in header):
        raise Unreadable(Problem(name or str(path), 1, None, "has no header row"))
    columns = [h.strip() for h in header]
    if (twice := _duplicate_column(name or str(path), columns, fold_case)) is not None:
        raise twice
    return tuple(columns)


def _read_csv(item: InputFile, max_bytes: int) -> Iterator[SourceRow]:
    for line, row in csv_rows(item.path, max_bytes=max_bytes):
        yield SourceRow(str(item.path), line, item.kind, row)


class _KeyTwice(ValueError):
    """An object naming one key twice; the argument is the key."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice: whichever came last would silently win."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _KeyTwice(key)
        obj[key] = value
    return obj


# One decoder for every line of a JSON Lines file: as fast as json.loads without the check.
_JSON = json.JSONDecoder(object_pairs_hook=_unique_keys)


def _key_twice(name: str, line: int, key: str, what: str) -> Unreadable:
    return Unreadable(
        Problem(
            name,
            line,
            key,
            f"is given twice in {what}: one would silently overwrite the other; remove one",
        )
    )


def _read_jsonl(item: InputFile, max_bytes: int) -> Iterator[SourceRow]:
    name = str(item.path)
    for line_no, line in enumerate(_lines(item.path, max_bytes), start=1):
        if not line.strip():
            continue
        try:
            value = _JSON.decode(line)
        except _KeyTwice as e:
            raise _key_twice(name, line_no, e.args[0], "one object") from None
        except RecursionError:
            raise Unreadable(Problem(name, line_no, None, "is nested too deeply")) from None
        except json.JSONDecodeError as e:
            raise Unreadable(
                Problem(name, line_no, None, f"is not valid JSON ({e.msg}, column {e.colno})")
            ) from None
        yield _object_row(name, line_no, item.kind, value)


def _read_json(item: InputFile, max_bytes: int) -> Iterator[SourceRow]:
    """A JSON array of objects (or one object), one element at a time: a large array never
    sits whole in memory, and no element may be larger than ``max_bytes``."""
    name = str(item.path)
    with item.path.open("rb") as f:
        text = _JsonText(f, name, max_bytes)
        first = text.next_char()
        if first is None:
            raise Unreadable(Problem(name, None, None, "the file is empty"))
        if first != "[":
            value = text.value("the file")
            if text.next_char() is not None:
                raise text.invalid("Extra data")
            if not isinstance(value, dict):
                raise Unreadable(Problem(name, None, None, "must hold an array of objects"))
            yield _object_row(name, "[0]", item.kind, value)
            return
        text.take()
        if text.next_char() == "]":
            text.take()
        else:
            index = 0
            while True:
                yield _object_row(name, f"[{index}]", item.kind, text.value(f"element [{index}]"))
                index += 1
                sep = text.next_char()
                if sep == "]":
                    text.take()
                    break
                if sep != ",":
                    raise text.invalid("Expecting ',' delimiter")
                text.take()
        if text.next_char() is not None:
            raise text.invalid("Extra data")


class _JsonText:
    """JSON text decoded a chunk at a time, with a cursor; consumed text is dropped as it goes
    and line numbers are kept for messages."""

    CHUNK = 2**20

    def __init__(self, f: Any, name: str, max_bytes: int) -> None:
        self.f, self.name, self.max_bytes = f, name, max_bytes
        self.utf8 = codecs.getincrementaldecoder("utf-8")()
        self.json = _JSON
        self.buf, self.pos, self.lines_before, self.eof, self.started = "", 0, 0, False, False

    def _fill(self) -> bool:
        if self.eof:
            return False
        raw = self.f.read(self.CHUNK)
        if not self.started and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        self.started = True
        if (nul := raw.find(b"\x00")) >= 0:
            line = self.lines_before + self.buf.count("\n") + raw.count(b"\n", 0, nul)
            raise _nul(self.name, line + 1)
        try:
            more = self.utf8.decode(raw, final=not raw)
        except UnicodeDecodeError as e:
            line = self.lines_before + self.buf.count("\n") + e.object.count(b"\n", 0, e.start)
            column = e.start - (e.object.rfind(b"\n", 0, e.start) + 1)
            bad = e.object[e.start - column :]
            error = UnicodeDecodeError(e.encoding, bad, column, column + 1, e.reason)
            raise _not_utf8(self.name, line + 1, error) from None
        self.eof = not raw
        self.lines_before += self.buf.count("\n", 0, self.pos)
        self.buf, self.pos = self.buf[self.pos :] + more, 0
        return True

    def next_char(self) -> str | None:
        """The next character that is not white space (not consumed), or None at the end."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return None

    def take(self) -> None:
        self.pos += 1

    def value(self, what: str) -> Any:
        self.next_char()
        while True:
            try:
                value, end = self.json.raw_decode(self.buf, self.pos)
            except _KeyTwice as e:
                # The hook runs once an object is whole, so the key is given twice for certain.
                raise _key_twice(self.name, self._line(self.pos), e.args[0], what) from None
            except RecursionError:
                raise Unreadable(
                    Problem(self.name, self._line(self.pos), None, "is nested too deeply")
                ) from None
            except json.JSONDecodeError as e:
                if len(self.buf) - self.pos > self.max_bytes:
                    raise _too_long(self.name, self._line(self.pos), what, self.max_bytes) from None
                if self._fill():
                    continue
                cut = e.pos >= len(self.buf.rstrip()) - 1 or e.msg.startswith("Unterminated")
                raise self.invalid(e.msg, e.pos, truncated=cut) from None
            # A number at the very end of what was read may go on in the next chunk.
            if end == len(self.buf) and not isinstance(value, dict | list | str) and self._fill():
                continue
            self.pos = end
            return value

    def _line(self, pos: int) -> int:
        return self.lines_before + self.buf.count("\n", 0, pos) + 1

    def invalid(self, msg: str, pos: int | None = None, *, truncated: bool = False) -> Unreadable:
        at = self.pos if pos is None else pos
        column = at - (self.buf.rfind("\n", 0, at) + 1) + 1
        hint = " (the file looks truncated)" if truncated else ""
        return Unreadable(
            Problem(
                self.name,
                self._line(at),
                None,
                f"is not valid JSON: {msg}, column {column}{hint}",
            )
        )


def _object_row(name: str, row: int | str, kind: str, value: Any) -> SourceRow:
    if not isinstance(value, dict):
        raise Unreadable(
            Problem(name, row, None, f"expected an object, found {type(value).__name__}")
        )
    return SourceRow(name, row, kind, value)


def _read_md(item: InputFile, max_bytes: int) -> Iterator[SourceRow]:
    name = str(item.path)
    text = _read_text(item.path, max_bytes)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise Unreadable(Problem(name, 1, None, "has no front matter (a first line '---')"))
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise Unreadable(Problem(name, 1, None, "front matter is not closed by a '---' line"))
    try:
        meta = yaml.load("".join(lines[1:end]), Loader=_FrontMatterLoader) or {}
    except _KeyTwice as e:
        raise Unreadable(
            Problem(name, None, str(e), "is given twice in the front matter; keep one")
        ) from None
    except (yaml.YAMLError, ValueError) as e:
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
