"""CRM exports through mapping files: a folder of CSV exports in, contract-shaped rows out.

The mapping (``prepcli.ingest.mapping`` parses and checks it) is data; this module applies it to
rows, so supporting another CRM or a user's spreadsheet never needs code.

Fail closed: a field with ``decide`` rules (an interaction's function, a document's audience)
takes the mapping's ``safe`` value whenever its rules do not settle it, and every such row is
reported with the source values that decided nothing, so a rep never sees a record no rule called
commercial.

Rows still go through the same validation as native input; this reader reports what only it can
know: the source COLUMN a bad value came from, and the rows a mapping skips on purpose, with why.

Memory: data rows stream. What is held is what a join needs: the columns other objects look up
(ids to names, profiles, the document library), child rows folded into their parent (key messages),
and for group calls the parent ids with their attendees and the parents' mapped fields.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from prepcli.errors import PrepError, Problem
from prepcli.ingest.mapping import (
    PLACEHOLDER,
    DecideRule,
    FieldSpec,
    GroupSpec,
    Mapping,
    ObjectSpec,
    SkipRule,
    Source,
    object_sources,
    spec_sources,
)
from prepcli.ingest.readers import Unreadable, csv_header, csv_rows
from prepcli.ingest.records import KINDS, SourceRow
from prepcli.ingest.validate import SCHEMAS

# hcps first and interactions last, as in native ingest, so interactions name HCPs already seen.
EMIT_ORDER = ("hcps", "content", "interactions", "schedule")
_SF_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")

# ---------------------------------------------------------------------------------------------
# Values: ids, dates, booleans, lists
# ---------------------------------------------------------------------------------------------


class _Bad(ValueError):
    """A source value the mapping cannot turn into a contract value; the message says why."""


def salesforce_id18(value: str) -> str:
    """The 18-character form of a Salesforce id, so a 15- and an 18-character id compare equal.

    The three suffix characters encode which of the first 15 are upper case, which is also how a
    case-mangled 18-character id (a spreadsheet that upper-cased a column) gets its case back.
    """
    text = value.strip()
    if not re.fullmatch(r"[A-Za-z0-9]{15}([A-Za-z0-9]{3})?", text):
        raise _Bad(f"expected a Salesforce id (15 or 18 letters and digits), found {value!r}")
    if len(text) == 18:
        suffix = text[15:].upper()
        if any(c not in _SF_SUFFIX for c in suffix):
            raise _Bad(f"{value!r} has an invalid checksum suffix {text[15:]!r}")
        chars = list(text[:15])
        for chunk, code in enumerate(suffix):
            bits = _SF_SUFFIX.index(code)
            for i in range(5):
                c = chars[chunk * 5 + i]
                chars[chunk * 5 + i] = c.upper() if bits >> i & 1 else c.lower()
        text = "".join(chars)
        if text[:15].upper() != value.strip()[:15].upper():
            raise _Bad(f"{value!r} is not a valid Salesforce id")
    suffix = ""
    for chunk in range(3):
        part = text[chunk * 5 : chunk * 5 + 5]
        suffix += _SF_SUFFIX[sum(1 << i for i, c in enumerate(part) if c.isupper())]
    if len(value.strip()) == 18 and value.strip()[15:].upper() != suffix:
        raise _Bad(f"{value!r} fails its Salesforce checksum (was it retyped?)")
    return text[:15] + suffix


def _norm_id(raw: str, m: Mapping) -> str:
    return salesforce_id18(raw) if m.ids == "salesforce" else raw.strip()


def _key_id(raw: str, m: Mapping) -> str:
    """An id used only to join rows: a malformed one simply finds nothing."""
    try:
        return _norm_id(raw, m)
    except _Bad:
        return raw.strip()


def parse_moment(text: str, m: Mapping) -> date | datetime:
    value = text.strip()
    try:
        if len(value) == 10 and value[4] == "-":
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, IndexError):
        pass
    for fmt in m.datetime_formats:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    for fmt in m.date_formats:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    shown = ", ".join(["ISO 8601", *m.date_formats, *m.datetime_formats])
    raise _Bad(f"expected a date ({shown}), found {text!r}")


def _as_date(text: str, m: Mapping) -> str:
    moment = parse_moment(text, m)
    # The calendar day as written (the rep's local day), not the UTC day of a late-evening call.
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()


def _as_datetime(text: str, m: Mapping) -> str:
    moment = parse_moment(text, m)
    if not isinstance(moment, datetime):
        return moment.isoformat()
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _as_bool(text: str, m: Mapping) -> str:
    key = text.strip().lower()
    if key in m.true_values:
        return "true"
    if key in m.false_values:
        return "false"
    raise _Bad(
        f"expected one of {', '.join(sorted(m.true_values | m.false_values))}, found {text!r}"
    )


def split_list(text: str, separators: Iterable[str]) -> list[str]:
    parts = [text]
    # Longest separator first, so ";;" is not read as two ";" around an empty item.
    for sep in sorted(separators, key=len, reverse=True):
        parts = [piece for part in parts for piece in part.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def _convert(spec: FieldSpec, raw: str, m: Mapping) -> Any:
    separators = spec.separators or m.separators
    if spec.type == "id":
        return _norm_id(raw, m)
    if spec.type == "ids":
        return [_norm_id(v, m) for v in split_list(raw, separators)]
    if spec.type == "list":
        return split_list(raw, separators)
    if spec.type == "first":
        items = split_list(raw, separators)
        return items[0] if items else None
    if spec.type == "date":
        return _as_date(raw, m)
    if spec.type == "datetime":
        return _as_datetime(raw, m)
    if spec.type == "bool":
        return _as_bool(raw, m)
    if spec.type == "int":
        try:
            return int(float(raw))
        except ValueError:
            raise _Bad(f"expected a number, found {raw!r}") from None
    return raw


# ---------------------------------------------------------------------------------------------
# Reading export files
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFile:
    path: Path
    name: str  # as given, for messages
    obj: ObjectSpec
    header: tuple[str, ...]


def _rows(export: ExportFile) -> Iterator[tuple[int, dict[str, str]]]:
    """(line where the record starts, {lower-case column: value}). Column names match without
    case, so the reader refuses a header naming one column twice in two spellings."""
    for line, row in csv_rows(export.path, export.name, fold_case=True):
        yield line, {k.lower(): v for k, v in row.items()}


def _recognise(
    path: Path, header: tuple[str, ...], m: Mapping, only_file: bool
) -> ObjectSpec | None:
    present = {h.lower() for h in header}
    for obj in m.objects.values():
        if _name_matches(path, obj):
            return obj
    # By header: every required column present, and at least one of the object's distinctive
    # columns when it lists some; the best-covered object wins (earlier in the mapping on a tie).
    by_header: list[tuple[int, int, ObjectSpec]] = []
    for order, obj in enumerate(m.objects.values()):
        if not obj.headers or not all(h.lower() in present for h in obj.headers):
            continue
        hits = sum(s.lower() in present for s in obj.signature)
        if obj.signature and not hits:
            continue
        by_header.append((len(obj.headers) + hits, -order, obj))
    if by_header:
        return max(by_header, key=lambda t: (t[0], t[1]))[2]
    data_objects = [o for o in m.objects.values() if o.kind in KINDS]
    # A spreadsheet passed by itself to a one-object mapping is that object, whatever its name.
    if only_file and len(m.objects) == 1 and data_objects:
        return data_objects[0]
    return None


def _discover(path: Path, m: Mapping, result: MappedResult) -> list[ExportFile]:
    if not path.exists():
        raise PrepError(f"{path}: no such file or folder")
    if path.is_dir():
        candidates = sorted(
            p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
        )
    else:
        candidates = [path]
    found: list[ExportFile] = []
    for item in candidates:
        name = str(item)
        if item.suffix.lower() != ".csv":
            result.skipped.append(Problem(name, None, None, "not a CSV file; not read"))
            continue
        try:
            header = csv_header(item, fold_case=True)
        except Unreadable as e:
            result.problems.append(e.problem)
            continue
        obj = _recognise(item, header, m, only_file=not path.is_dir())
        if obj is None:
            result.skipped.append(
                Problem(
                    name,
                    None,
                    None,
                    f"not an export the {m.name} mapping reads "
                    "(neither its file name nor its header matches)",
                )
            )
            continue
        present = {h.lower() for h in header}
        missing = [h for h in obj.headers if h.lower() not in present]
        for column in missing:
            result.problems.append(
                Problem(
                    name, 1, column, f"is missing: the {m.name} mapping reads it for {obj.name}"
                )
            )
        if not missing:
            found.append(ExportFile(item, name, obj, header))
            # A fold may read a file another object owns (unsubscribes out of sent emails), and
            # an object with ``only`` its share of the rows (planned calls out of the calls).
            for extra in m.objects.values():
                shares = extra.kind == "fold" or extra.only is not None
                if extra is not obj and shares and _name_matches(item, extra):
                    found.append(ExportFile(item, name, extra, header))
    return found


def _name_matches(path: Path, obj: ObjectSpec) -> bool:
    return any(fnmatch.fnmatchcase(path.name.lower(), p.lower()) for p in obj.files)


# ---------------------------------------------------------------------------------------------
# Lookups and folded children
# ---------------------------------------------------------------------------------------------


class Lookups:
    """Indexes of other exports by id, built on first use and only with the columns asked for."""

    def __init__(self, files: list[ExportFile], m: Mapping, result: MappedResult) -> None:
        self._files = files
        self._m = m
        self._wanted = m.lookup_columns()
        self._result = result
        self._index: dict[str, dict[str, dict[str, str]]] = {}
        self._linked: dict[tuple[str, str, tuple[Source, ...]], dict[str, list[str]]] = {}
        self._decided: dict[tuple[str, str], dict[str, Decision]] = {}

    def get(self, obj: str, key: str, column: str) -> str:
        if obj not in self._index:
            self._index[obj] = self._build(obj)
        return self._index[obj].get(_key_id(key, self._m), {}).get(column.lower(), "")

    def linked(self, obj: str, column: str, key: str, read: tuple[Source, ...] = ()) -> list[str]:
        """One entry per row of ``obj``'s exports that names ``key`` in ``column``: the first
        non-empty of ``read`` in that row ("" if none), or "yes" when nothing is to be read."""
        if (obj, column, read) not in self._linked:
            found: dict[str, list[str]] = {}
            for export in (f for f in self._files if f.obj.name == obj):
                try:
                    for _, row in _rows(export):
                        link = row.get(column.lower(), "").strip()
                        if link:
                            value = _first(row, read, self) if read else "yes"
                            found.setdefault(_key_id(link, self._m), []).append(value)
                except Unreadable as e:
                    self._result.problems.append(e.problem)
            self._linked[(obj, column, read)] = found
        return self._linked[(obj, column, read)].get(_key_id(key, self._m), [])

    def decided(self, obj: str, target: str, key: str) -> Decision | None:
        """What ``obj``'s own rules decide for its ``target`` field on the row whose id is
        ``key`` (whether or not that row is imported), or None when no row has that id."""
        if (obj, target) not in self._decided:
            spec = next(f for f in self._m.objects[obj].fields if f.target == target)
            index: dict[str, Decision] = {}
            for export in (f for f in self._files if f.obj.name == obj):
                try:
                    for line, row in _rows(export):
                        ctx = _Ctx(export, line, row, self._m, self)
                        row_id = ctx.raw(Source(export.obj.key))
                        if row_id:
                            index[_key_id(row_id, self._m)] = _decide(spec, ctx)
                except Unreadable as e:
                    self._result.problems.append(e.problem)
            self._decided[(obj, target)] = index
        return self._decided[(obj, target)].get(_key_id(key, self._m))

    def _build(self, obj: str) -> dict[str, dict[str, str]]:
        index: dict[str, dict[str, str]] = {}
        wanted = self._wanted.get(obj, set())
        for export in (f for f in self._files if f.obj.name == obj):
            key = export.obj.key.lower()
            try:
                for _, row in _rows(export):
                    if row.get(key, "").strip():
                        index[_key_id(row[key], self._m)] = {c: row.get(c, "") for c in wanted}
            except Unreadable as e:
                self._result.problems.append(e.problem)
        return index


@dataclass
class _Folded:
    lines: dict[str, list[str]] = field(default_factory=dict)  # text target → lines
    items: dict[str, list[str]] = field(default_factory=dict)  # list target → items
    newest: dict[str, tuple[str, Any]] = field(default_factory=dict)  # target → (when, value)


Folds = dict[str, list[tuple[str, dict[str, _Folded]]]]


def _build_folds(
    files: list[ExportFile], m: Mapping, lookups: Lookups, result: MappedResult
) -> Folds:
    """parent object → [(heading, parent id → what one child export adds to it)]."""
    folds: Folds = {}
    by_object: dict[str, dict[str, _Folded]] = {}
    for obj in (o for o in m.objects.values() if o.fold is not None):
        assert obj.fold is not None
        by_object[obj.name] = {}
        folds.setdefault(obj.fold.into, []).append((obj.fold.heading, by_object[obj.name]))
    for export in (f for f in files if f.obj.kind == "fold"):
        spec = export.obj.fold
        assert spec is not None  # a fold object is checked to have a fold table
        types = {f.name: f.type for f in SCHEMAS[m.objects[spec.into].kind]}
        into = by_object[export.obj.name]
        try:
            for line, row in _rows(export):
                ctx = _Ctx(export, line, row, m, lookups)
                if _skip_reason(export.obj, ctx) is not None:
                    continue
                parent_id = ctx.raw(Source(spec.link))
                if not parent_id:
                    continue
                values = _map_fields(spec.fields, ctx, result.problems)
                if not values:
                    continue
                when = ""
                if spec.newest is not None and ctx.raw(spec.newest):
                    try:
                        when = _as_datetime(ctx.raw(spec.newest), m)
                    except _Bad as e:
                        result.problems.append(ctx.problem(spec.newest.column, str(e)))
                        continue
                entry = into.setdefault(_key_id(parent_id, m), _Folded())
                for target, value in values.items():
                    if types.get(target) == "list":
                        # One child row is one item (a key message name may hold a comma).
                        items = value if isinstance(value, list) else [value]
                        entry.items.setdefault(target, []).extend(items)
                    elif types.get(target) == "text":
                        entry.lines.setdefault(target, []).append(str(value))
                    elif target not in entry.newest or when >= entry.newest[target][0]:
                        entry.newest[target] = (when, value)
        except Unreadable as e:
            result.problems.append(e.problem)
    return folds


def _apply_folds(
    data: dict[str, Any], folds: list[tuple[str, dict[str, _Folded]]], key: str
) -> None:
    newest: dict[str, tuple[str, Any]] = {}
    for heading, index in folds:
        folded = index.get(key)
        if folded is None:
            continue
        _apply_fold(data, folded, heading)
        for target, (when, value) in folded.newest.items():
            if target not in newest or when >= newest[target][0]:
                newest[target] = (when, value)
    # A value the row itself holds stands (an undated opt-out flag is not overruled by an opt-in).
    for target, (_, value) in newest.items():
        data.setdefault(target, value)


def _apply_fold(data: dict[str, Any], folded: _Folded, heading: str) -> None:
    for target, lines in folded.lines.items():
        if heading:
            block = f"{heading}:\n" + "\n".join(f"- {line}" for line in lines)
        else:
            block = "; ".join(lines)
        data[target] = f"{data[target]}\n\n{block}" if data.get(target) else block
    for target, items in folded.items.items():
        current = list(data.get(target) or [])
        data[target] = current + [i for i in dict.fromkeys(items) if i not in current]


# ---------------------------------------------------------------------------------------------
# Mapping one row
# ---------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    export: ExportFile
    line: int
    row: dict[str, str]
    m: Mapping
    lookups: Lookups
    decisions: dict[str, Decision] = field(default_factory=dict)  # decide fields, by target

    def raw(self, src: Source) -> str:
        return _raw(self.row, src, self.lookups)

    def has(self, src: Source) -> bool:
        return src.column.lower() in self.row

    def render(self, template: str) -> str:
        """``{A|B}`` takes the first non-empty of A, B; ``[...]`` vanishes if a value inside is
        empty; an empty value outside brackets makes the whole template empty."""

        def fill(text: str) -> tuple[str, bool]:
            complete = True

            def one(match: re.Match[str]) -> str:
                nonlocal complete
                for alt in match.group(1).split("|"):
                    value = self.raw(Source.parse(alt))
                    if value:
                        return value
                complete = False
                return ""

            return PLACEHOLDER.sub(one, text), complete

        def optional(match: re.Match[str]) -> str:
            text, complete = fill(match.group(1))
            return text if complete else ""

        text, complete = fill(_OPTIONAL.sub(optional, template))
        return text.strip() if complete else ""

    def problem(self, column: str, message: str) -> Problem:
        return Problem(self.export.name, self.line, column, message)


def _raw(row: dict[str, str], src: Source, lookups: Lookups) -> str:
    value = row.get(src.column.lower(), "").strip()
    if not value or src.via is None:
        return value
    return lookups.get(src.via[0], value, src.via[1]).strip()


def _first(row: dict[str, str], sources: Iterable[Source], lookups: Lookups) -> str:
    return next((v for v in (_raw(row, s, lookups) for s in sources) if v), "")


def _matches(value: str, patterns: Iterable[str]) -> bool:
    key = value.strip().lower()
    return any(fnmatch.fnmatchcase(key, p) for p in patterns)


def _skip_reason(obj: ObjectSpec, ctx: _Ctx) -> Problem | None:
    for rule in obj.skip:
        if rule.source is not None:
            if not ctx.has(rule.source):
                continue  # a rule about a column this export lacks says nothing
            value = ctx.raw(rule.source)
            hit = (
                _matches(value, rule.values)
                if rule.values
                else not _matches(value, rule.not_values)
            )
            if hit and (value or rule.not_values):
                column = rule.source.column
                return ctx.problem(column, rule.reason.replace("{value}", value or "(empty)"))
        elif all(ctx.has(s) for s in rule.empty) and not any(ctx.raw(s) for s in rule.empty):
            return ctx.problem(rule.empty[0].column, rule.reason)
    return None


def _reads(only: SkipRule, ctx: _Ctx) -> bool:
    """Whether a row of a shared export is this object's. Without the column, a rule that
    names the rows it wants takes none, and a rule that names the rows it leaves takes all."""
    assert only.source is not None
    if not ctx.has(only.source):
        return bool(only.not_values)
    value = ctx.raw(only.source)
    if only.values:
        return _matches(value, only.values)
    return not _matches(value, only.not_values)


def _case_value(spec: FieldSpec, ctx: _Ctx) -> str | None:
    for case in spec.cases:
        value = ctx.raw(case.source)
        if not value:
            continue
        if case.patterns and _matches(value, case.patterns):
            return case.value
        if case.above is not None:
            try:
                if float(value) > case.above:
                    return case.value
            except ValueError:
                continue
        if case.truthy and value.lower() in ctx.m.true_values:
            return case.value
    return None


@dataclass(frozen=True)
class Decision:
    """How a ``decide`` field got its value: by the rules, or by falling back to ``safe``."""

    value: str
    by_default: bool
    because: tuple[str, ...]  # "record type 'MSL_Call'" or, by default, what decided nothing

    def describe(self) -> str:
        reasons = "; ".join(self.because)
        if self.by_default:
            return f"{self.value} by default: no mapping rule decided it ({reasons})"
        return f"{self.value}: {reasons}"


def _decide(spec: FieldSpec, ctx: _Ctx) -> Decision:
    """Every rule is asked. The safe value wins if any rule names it; another value only when
    the rules that found a value all name it, no value went untranslated and, where the field
    has ``required`` rules (the owner's role), one of those found a value. Anything else, or
    nothing to go by, is the safe value by default."""
    assert spec.safe is not None  # checked when the mapping is parsed
    votes: list[tuple[str, str, bool]] = []  # (what, value, from a required rule)
    undecided: list[str] = []
    for rule in spec.decide:
        for what, value in _signals(rule, ctx):
            if value is None:
                undecided.append(what)
            elif value:
                votes.append((what, value, rule.required))
    safe = list(dict.fromkeys(what for what, value, _ in votes if value == spec.safe))
    if safe:
        return Decision(spec.safe, False, tuple(safe))
    chosen = {value for _, value, _ in votes}
    if len(chosen) > 1:
        undecided.append("rules disagree: " + ", ".join(f"{w} says {v}" for w, v, _ in votes))
    required = list(dict.fromkeys(r.label for r in spec.decide if r.required))
    if votes and required and not any(by_required for *_, by_required in votes):
        # A record type says what kind of call it was, not who made it: an owner no export
        # names (or whose role is blank) may be an MSL.
        undecided.append(f"none of the required rules ({', '.join(required)}) found a value")
    if len(chosen) == 1 and not undecided:
        return Decision(chosen.pop(), False, tuple(dict.fromkeys(w for w, _, _ in votes)))
    if not votes and not undecided:
        labels = ", ".join(dict.fromkeys(r.label for r in spec.decide))
        undecided.append(f"no value to go by ({labels} all empty or not exported)")
    return Decision(spec.safe, True, tuple(undecided))


def _signals(rule: DecideRule, ctx: _Ctx) -> list[tuple[str, str | None]]:
    """What one rule says about a row: (what it read, the value it names). The value is None
    when what it read decides nothing (the text then says why) and "" for no opinion."""
    if rule.linked is not None:
        key = ctx.raw(Source(ctx.export.obj.key))
        found = ctx.lookups.linked(*rule.linked, key, rule.sources) if key else []
    else:
        found = [_first(ctx.row, rule.sources, ctx.lookups)]
    said: dict[tuple[str, str | None], None] = {}
    for raw in (r for r in found if r):
        if rule.present is not None:
            # A present rule names no value: it may be the very medical text being hidden.
            said[(rule.label, rule.present)] = None
        elif rule.decided is not None:
            other = ctx.lookups.decided(*rule.decided, raw)
            if other is None:
                continue  # not in this export: nothing of it (its title) can be shown either
            if other.by_default:
                said[(f"{rule.label} undecided ({'; '.join(other.because)})", None)] = None
            else:
                said[(f"{rule.label} {other.value!r}", other.value)] = None
        else:
            assert rule.values is not None
            value = ctx.m.values[rule.values].translate(raw)
            what = f"{rule.label} {raw!r}"
            if value is None:
                said[(f"{what} is in no rule of [values.{rule.values}]", None)] = None
            else:
                said[(what, value)] = None
    return list(said)


def _field_value(spec: FieldSpec, ctx: _Ctx) -> Any:
    """The contract value of one field, or None when the source has nothing. Raises ``_Bad``
    with the source column as its second argument."""
    if spec.decide:
        decision = _decide(spec, ctx)
        ctx.decisions[spec.target] = decision
        return decision.value
    decided = _case_value(spec, ctx)
    if decided is not None:
        return decided
    if spec.value is not None:
        return spec.value
    if spec.template is not None:
        text = ctx.render(spec.template)
        return _converted(spec, text, spec.target, ctx) if text else spec.default
    if spec.combine:
        parts = []
        for src in spec.combine:
            value = ctx.raw(src)
            if value:
                label = spec.labels.get(src.column.lower())
                parts.append(f"{label}: {value}" if label else value)
        return spec.sep.join(parts) if parts else spec.default
    for src in spec.sources:
        value = ctx.raw(src)
        if not value:
            continue
        if spec.values:
            translated = ctx.m.values[spec.values].translate(value)
            if translated is None:
                raise _Bad(
                    f"{value!r} has no translation in the mapping's [values.{spec.values}] table",
                    src.column,
                )
            if translated == "":
                continue  # the table has no opinion on this value: ask the next column
            return translated
        return _converted(spec, value, src.column, ctx)
    return spec.default


def _converted(spec: FieldSpec, value: str, column: str, ctx: _Ctx) -> Any:
    try:
        return _convert(spec, value, ctx.m)
    except _Bad as e:
        raise _Bad(str(e), column) from None


def _map_fields(specs: Iterable[FieldSpec], ctx: _Ctx, problems: list[Problem]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for spec in specs:
        try:
            value = _field_value(spec, ctx)
        except _Bad as e:
            column = e.args[1] if len(e.args) > 1 else spec.target
            problems.append(ctx.problem(column, f"{e.args[0]} (for {spec.target})"))
            continue
        if value is not None and value != "" and value != []:
            data[spec.target] = value
    return data


def _missing_skip(obj: ObjectSpec, data: dict[str, Any], ctx: _Ctx) -> Problem | None:
    for spec in obj.fields:
        if spec.skip_if_missing and spec.target not in data:
            column = (spec_sources(spec) or [Source(spec.target)])[0].column
            return ctx.problem(column, spec.skip_if_missing)
    return None


def _record(
    obj: ObjectSpec, ctx: _Ctx, result: MappedResult, unmapped: tuple[str, ...]
) -> dict[str, Any] | None:
    """The contract data of one row, or None if the row is skipped or has problems."""
    reason = _skip_reason(obj, ctx)
    if reason is not None:
        result.skipped.append(reason)
        return None
    problems: list[Problem] = []
    data = _map_fields(obj.fields, ctx, problems)
    extra = _map_fields(obj.extra, ctx, problems)
    if problems:
        result.problems.extend(problems)
        return None
    missing = _missing_skip(obj, data, ctx)
    if missing is not None:
        result.skipped.append(missing)
        return None
    for column in unmapped:
        value = ctx.row.get(column.lower(), "").strip()
        if value:
            extra[column] = value
    if extra:
        data["extra"] = extra
    return data


# ---------------------------------------------------------------------------------------------
# The whole export
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Defaulted:
    """A row whose ``field`` no rule decided: it took the mapping's safe value."""

    file: str
    row: int
    kind: str
    field: str
    value: str
    because: tuple[str, ...]


@dataclass
class MappedResult:
    rows: list[SourceRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    unmapped_columns: list[tuple[str, str]] = field(default_factory=list)  # (file, column)
    defaulted: list[Defaulted] = field(default_factory=list)


def read_mapped(path: Path, mapping: Mapping) -> MappedResult:
    """Read an export folder (or one file) through ``mapping`` into contract-shaped rows."""
    result = MappedResult()
    files = _discover(path, mapping, result)
    lookups = Lookups(files, mapping, result)
    folds = _build_folds(files, mapping, lookups, result)
    unmapped = _unmapped(files, mapping)
    for name, columns in unmapped.items():
        result.unmapped_columns.extend((name, c) for c in columns)
    for export in (f for f in files if f.obj.kind == "ignore"):
        result.skipped.append(Problem(export.name, None, None, f"not read: {export.obj.reason}"))
    for kind in EMIT_ORDER:
        for export in (f for f in files if f.obj.kind == kind):
            try:
                result.rows.extend(
                    _emit(export, mapping, lookups, folds, unmapped[export.name], result)
                )
            except Unreadable as e:
                result.problems.append(e.problem)
    return result


def _unmapped(files: list[ExportFile], m: Mapping) -> dict[str, tuple[str, ...]]:
    """Per file, the columns no object reading it uses (an ignored export says why as a whole)."""
    wanted = m.lookup_columns()
    read: dict[str, set[str]] = {}
    for export in files:
        seen = read.setdefault(export.name, set())
        if export.obj.kind == "ignore":
            seen.update(h.lower() for h in export.header)
        seen.update(s.column.lower() for s in object_sources(export.obj))
        seen.update(wanted.get(export.obj.name, set()))
    headers = {f.name: f.header for f in files}
    return {
        name: tuple(h for h in headers[name] if h.lower() not in cols and h.lower() not in m.ignore)
        for name, cols in read.items()
    }


def _emit(
    export: ExportFile,
    m: Mapping,
    lookups: Lookups,
    folds: Folds,
    unmapped: tuple[str, ...],
    result: MappedResult,
) -> Iterator[SourceRow]:
    obj = export.obj
    my_folds = folds.get(obj.name, [])
    groups = _Groups.scan(export, m, lookups, my_folds) if obj.group else None
    for line, row in _rows(export):
        ctx = _Ctx(export, line, row, m, lookups)
        if obj.only is not None and not _reads(obj.only, ctx):
            continue
        data = _record(obj, ctx, result, unmapped)
        if data is None:
            continue
        _apply_folds(data, my_folds, _key_id(ctx.raw(Source(obj.key)), m))
        if groups is not None and not groups.admit(ctx, data, result):
            continue
        for target, decision in ctx.decisions.items():
            # Kept with the record, so an auditor can see why it is visible or hidden.
            data.setdefault("extra", {})[f"{target}_decided"] = decision.describe()
            if decision.by_default:
                result.defaulted.append(
                    Defaulted(export.name, line, obj.kind, target, decision.value, decision.because)
                )
        yield SourceRow(export.name, line, obj.kind, data)


@dataclass
class _Groups:
    """Group calls: a parent row plus one attendee row per HCP, each naming the parent.

    Each HCP gets one interaction per group call: attendee rows are imported (with the parent's
    notes, products, ... where their own are blank); the parent row is imported only as its own
    account's interaction when no attendee row names that account; a parent without an account
    is skipped by the mapping's skip rules.

    An attendee row is never shown to more people than its group call: its own fields are
    usually blank (a rep's row on an MSL's or a medical call), so where the parent's decide
    fields (function) took the safe value, the attendee takes it too, before it inherits text.
    """

    spec: GroupSpec
    attendees: dict[str, list[str]]  # parent id → attendee account ids
    parents: dict[str, dict[str, Any]]  # parent id → its mapped fields, for inheritance
    decisions: dict[str, dict[str, Decision]]  # parent id → how its decide fields were decided
    seen: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def scan(
        cls,
        export: ExportFile,
        m: Mapping,
        lookups: Lookups,
        folds: list[tuple[str, dict[str, _Folded]]],
    ) -> _Groups:
        spec = export.obj.group
        assert spec is not None
        parent_col, account_col = spec.parent.lower(), spec.account.lower()
        attendees: dict[str, list[str]] = {}
        for _, row in _rows(export):
            if row.get(parent_col, "").strip():
                attendees.setdefault(_key_id(row[parent_col], m), []).append(
                    _key_id(row.get(account_col, ""), m)
                )
        # Second pass: only group parents are kept, so memory follows the number of group calls.
        parents: dict[str, dict[str, Any]] = {}
        decisions: dict[str, dict[str, Decision]] = {}
        key = export.obj.key.lower()
        scratch = MappedResult()
        for line, row in _rows(export):
            row_id = _key_id(row.get(key, ""), m)
            if row_id in attendees:
                ctx = _Ctx(export, line, row, m, lookups)
                data = _map_fields(export.obj.fields, ctx, scratch.problems)
                _apply_folds(data, folds, row_id)
                parents[row_id] = data
                decisions[row_id] = ctx.decisions
        return cls(spec, attendees, parents, decisions)

    def admit(self, ctx: _Ctx, data: dict[str, Any], result: MappedResult) -> bool:
        m = ctx.m
        row_id = _key_id(ctx.raw(Source(ctx.export.obj.key)), m)
        account = _key_id(ctx.raw(Source(self.spec.account)), m)
        parent = ctx.raw(Source(self.spec.parent))
        if parent:
            parent_id = _key_id(parent, m)
            if (parent_id, account) in self.seen:
                result.skipped.append(
                    ctx.problem(
                        self.spec.account,
                        f"a second attendee row for the same account "
                        f"in group call {parent_id}; counted once",
                    )
                )
                return False
            self.seen.add((parent_id, account))
            for spec in (f for f in ctx.export.obj.fields if f.decide):
                own = ctx.decisions.get(spec.target)
                parent_said = self.decisions.get(parent_id, {}).get(spec.target)
                if own is not None and spec.safe is not None:
                    ctx.decisions[spec.target] = _under_parent(
                        own, parent_said, spec.safe, parent_id
                    )
                    data[spec.target] = ctx.decisions[spec.target].value
            for target in self.spec.inherit:
                inherited = self.parents.get(parent_id, {}).get(target)
                if target not in data and inherited:
                    data[target] = inherited
            return True
        if row_id in self.attendees:
            n = len(self.attendees[row_id])
            if account in self.attendees[row_id]:
                result.skipped.append(
                    ctx.problem(
                        self.spec.parent,
                        f"group call parent row: its account also has "
                        f"an attendee row, so the call is counted once per attendee ({n})",
                    )
                )
                return False
            self.seen.add((row_id, account))
        return True


def _under_parent(own: Decision, parent: Decision | None, safe: str, parent_id: str) -> Decision:
    """An attendee row's decision given its group call's: the safe value unless both agree
    (a parent that is not in the export leaves the attendee's own decision, and nothing to
    inherit)."""
    if parent is None or own.value == safe or parent.value == own.value:
        return own
    because = f"its group call {parent_id} is {parent.describe()}"
    return Decision(safe, parent.by_default, (because,))
