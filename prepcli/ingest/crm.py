"""CRM exports through mapping files: a folder of CSV exports in, contract-shaped rows out.

A mapping is data (a TOML file: ``prepcli/mappings/veeva.toml``, ``docs/crm-import.md``): which
export files it reads, which column feeds which contract field, how source values translate, and
which rows are deliberately not imported. This module only interprets it, so supporting another CRM
or a user's spreadsheet never needs code.

Rows still go through the same validation as native input; this reader reports what only it can
know: the source COLUMN a bad value came from, and the rows a mapping skips on purpose, with why.

Memory: data rows stream. What is held is what a join needs: the columns other objects look up
(ids to names, profiles, the document library), child rows folded into their parent (key messages),
and for group calls the parent ids with their attendees and the parents' mapped fields.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from prepcli.errors import PrepError, Problem
from prepcli.ingest.readers import Unreadable, csv_header, csv_rows
from prepcli.ingest.records import KINDS, SourceRow
from prepcli.ingest.validate import SCHEMAS

TYPES = ("text", "id", "ids", "date", "datetime", "bool", "list", "int")
OBJECT_KINDS = (*KINDS, "lookup", "fold")
ID_FORMATS = ("salesforce", "plain")
# hcps first and interactions last, as in native ingest, so interactions name HCPs already seen.
EMIT_ORDER = ("hcps", "content", "interactions")
_SF_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


# ---------------------------------------------------------------------------------------------
# The mapping, as loaded and checked
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """``Column`` or ``Column>object.Column``: a value, maybe looked up through another export."""

    column: str
    via: tuple[str, str] | None = None  # (object, column) to look the value up in

    @classmethod
    def parse(cls, text: str) -> Source:
        column, _, rest = text.partition(">")
        if not rest:
            return cls(column.strip())
        obj, dot, col = rest.partition(".")
        if not dot or not obj.strip() or not col.strip():
            raise ValueError(f"{text!r}: a lookup is written Column>object.Column")
        return cls(column.strip(), (obj.strip(), col.strip()))


@dataclass(frozen=True)
class Case:
    """One rule of a ``cases`` list: when ``column`` matches, the field takes ``value``."""

    source: Source
    value: str
    patterns: tuple[str, ...] = ()
    above: float | None = None
    truthy: bool = False


@dataclass(frozen=True)
class FieldSpec:
    target: str
    sources: tuple[Source, ...] = ()
    combine: tuple[Source, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    template: str | None = None
    value: str | None = None
    cases: tuple[Case, ...] = ()
    type: str = "text"
    values: str | None = None
    sep: str = "\n\n"
    separators: tuple[str, ...] | None = None
    default: str | None = None
    skip_if_missing: str | None = None


@dataclass(frozen=True)
class SkipRule:
    reason: str
    source: Source | None = None
    values: tuple[str, ...] = ()
    not_values: tuple[str, ...] = ()
    empty: tuple[Source, ...] = ()


@dataclass(frozen=True)
class GroupSpec:
    """Group calls: attendee rows name their parent row in ``parent``."""

    parent: str
    account: str
    inherit: tuple[str, ...] = ()


@dataclass(frozen=True)
class FoldSpec:
    """A child export folded into its parent's record (key messages into their call)."""

    into: str
    link: str
    heading: str
    templates: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ObjectSpec:
    name: str
    kind: str
    files: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    signature: tuple[str, ...] = ()
    key: str = "Id"
    fields: tuple[FieldSpec, ...] = ()
    extra: tuple[FieldSpec, ...] = ()
    skip: tuple[SkipRule, ...] = ()
    group: GroupSpec | None = None
    fold: FoldSpec | None = None


@dataclass(frozen=True)
class ValueTable:
    """Source value → contract value. Keys match case-insensitively and may be globs (``*MSL*``).

    A value of ``""`` means "no opinion": the next source column is tried.
    """

    name: str
    exact: dict[str, str]
    globs: tuple[tuple[str, str], ...]

    def translate(self, raw: str) -> str | None:
        key = raw.strip().lower()
        if key in self.exact:
            return self.exact[key]
        for pattern, value in self.globs:
            if fnmatch.fnmatchcase(key, pattern):
                return value
        return None


@dataclass(frozen=True)
class Mapping:
    name: str
    title: str
    origin: str
    ids: str
    separators: tuple[str, ...]
    true_values: frozenset[str]
    false_values: frozenset[str]
    date_formats: tuple[str, ...]
    datetime_formats: tuple[str, ...]
    ignore: frozenset[str]
    values: dict[str, ValueTable]
    objects: dict[str, ObjectSpec]

    def lookup_columns(self) -> dict[str, set[str]]:
        """For each object other objects look into, the (lower-case) columns they read."""
        wanted: dict[str, set[str]] = {}
        for obj in self.objects.values():
            for src in _object_sources(obj):
                if src.via:
                    wanted.setdefault(src.via[0], set()).add(src.via[1].lower())
        return wanted


def shipped_mappings() -> list[str]:
    """Names of the mappings that ship with prepcli (``veeva``, ``vault``, ...)."""
    folder = resources.files("prepcli") / "mappings"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def mapping_text(name: str) -> str:
    """The TOML text of a shipped mapping, for ``prepcli mapping show NAME``."""
    if name not in shipped_mappings():
        raise PrepError(
            f"no shipped mapping named {name!r}",
            hint="shipped mappings: " + ", ".join(shipped_mappings()),
        )
    return (resources.files("prepcli") / "mappings" / f"{name}.toml").read_text(encoding="utf-8")


def load_mapping(name_or_path: str) -> Mapping:
    """A shipped mapping by name (``"veeva"``) or a user's TOML file by path."""
    path = Path(name_or_path)
    if path.suffix.lower() != ".toml" and name_or_path in shipped_mappings():
        return parse_mapping(mapping_text(name_or_path), origin=f"shipped mapping {name_or_path}")
    if not path.is_file():
        raise PrepError(
            f"{name_or_path}: no such mapping file and no shipped mapping by that name",
            hint="shipped mappings: " + ", ".join(shipped_mappings()),
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise PrepError(f"{path}: cannot read the mapping file ({e})") from None
    return parse_mapping(text, origin=str(path))


def parse_mapping(text: str, *, origin: str = "<mapping>") -> Mapping:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PrepError(f"{origin}: not valid TOML: {e}") from None
    try:
        return _build_mapping(raw, origin)
    except _BadMapping as e:
        raise PrepError(
            f"{origin}: {e}", hint="see docs/crm-import.md for the mapping format"
        ) from None


class _BadMapping(ValueError):
    pass


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise _BadMapping(
            f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})"
        )


def _strings(value: Any, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise _BadMapping(f"{where}: expected a string or a list of strings")
    return tuple(items)


def _sources(value: Any, where: str) -> tuple[Source, ...]:
    try:
        return tuple(Source.parse(s) for s in _strings(value, where))
    except ValueError as e:
        raise _BadMapping(f"{where}: {e}") from None


def _build_mapping(raw: dict[str, Any], origin: str) -> Mapping:
    _check_keys(raw, {"mapping", "values", "objects"}, "top level")
    head = raw.get("mapping", {})
    _check_keys(
        head,
        {
            "name",
            "title",
            "ids",
            "list_separators",
            "true_values",
            "false_values",
            "date_formats",
            "datetime_formats",
            "ignore_columns",
        },
        "[mapping]",
    )
    ids = head.get("ids", "plain")
    if ids not in ID_FORMATS:
        raise _BadMapping(f"[mapping] ids: expected one of {', '.join(ID_FORMATS)}, found {ids!r}")
    values = {n: _value_table(n, t) for n, t in raw.get("values", {}).items()}
    objects_raw = raw.get("objects")
    if not isinstance(objects_raw, dict) or not objects_raw:
        raise _BadMapping("no [objects.*] sections: a mapping must describe at least one export")
    objects = {n: _object(n, t) for n, t in objects_raw.items()}
    mapping = Mapping(
        name=str(head.get("name", Path(origin).stem)),
        title=str(head.get("title", "")),
        origin=origin,
        ids=ids,
        separators=_strings(head.get("list_separators", [";"]), "[mapping] list_separators"),
        true_values=frozenset(
            v.lower()
            for v in _strings(head.get("true_values", ["true", "1", "yes"]), "true_values")
        ),
        false_values=frozenset(
            v.lower()
            for v in _strings(head.get("false_values", ["false", "0", "no"]), "false_values")
        ),
        date_formats=_strings(head.get("date_formats", []), "[mapping] date_formats"),
        datetime_formats=_strings(head.get("datetime_formats", []), "[mapping] datetime_formats"),
        ignore=frozenset(
            c.lower() for c in _strings(head.get("ignore_columns", []), "ignore_columns")
        ),
        values=values,
        objects=objects,
    )
    _cross_check(mapping)
    return mapping


def _value_table(name: str, table: Any) -> ValueTable:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise _BadMapping(f'[values.{name}]: expected source value = "contract value" pairs')
    exact = {k.lower(): v for k, v in table.items() if not any(c in k for c in "*?[")}
    globs = tuple((k.lower(), v) for k, v in table.items() if any(c in k for c in "*?["))
    return ValueTable(name, exact, globs)


def _object(name: str, t: Any) -> ObjectSpec:
    where = f"[objects.{name}]"
    if not isinstance(t, dict):
        raise _BadMapping(f"{where}: expected a table")
    _check_keys(
        t,
        {
            "kind",
            "files",
            "headers",
            "signature",
            "key",
            "fields",
            "extra",
            "skip",
            "group",
            "fold",
        },
        where,
    )
    kind = t.get("kind")
    if kind not in OBJECT_KINDS:
        raise _BadMapping(
            f"{where} kind: expected one of {', '.join(OBJECT_KINDS)}, found {kind!r}"
        )
    if not t.get("files") and not t.get("headers"):
        raise _BadMapping(f"{where}: give files (name patterns) or headers (required columns)")
    fields = tuple(_field(f"{where}.fields", k, v) for k, v in t.get("fields", {}).items())
    if kind in KINDS:
        known = {f.name for f in SCHEMAS[kind]}
        for spec in fields:
            if spec.target not in known:
                raise _BadMapping(
                    f"{where}.fields: {spec.target!r} is not a field of {kind} "
                    f"(fields: {', '.join(sorted(known))}); put other columns under extra"
                )
    elif fields:
        raise _BadMapping(f"{where}: a {kind} object has no fields")
    return ObjectSpec(
        name=name,
        kind=kind,
        files=_strings(t.get("files", []), f"{where} files"),
        headers=_strings(t.get("headers", []), f"{where} headers"),
        signature=_strings(t.get("signature", []), f"{where} signature"),
        key=str(t.get("key", "Id")),
        fields=fields,
        extra=tuple(_field(f"{where}.extra", k, v) for k, v in t.get("extra", {}).items()),
        skip=tuple(_skip(f"{where}.skip", r) for r in t.get("skip", [])),
        group=_group(where, t["group"]) if "group" in t else None,
        fold=_fold(where, t["fold"]) if "fold" in t else None,
    )


def _field(where: str, target: str, spec: Any) -> FieldSpec:
    where = f"{where}.{target}"
    if isinstance(spec, str):
        spec = {"from": spec}
    if not isinstance(spec, dict):
        raise _BadMapping(f"{where}: expected a column name or a table")
    _check_keys(
        spec,
        {
            "from",
            "combine",
            "labels",
            "template",
            "value",
            "cases",
            "type",
            "values",
            "sep",
            "separators",
            "default",
            "skip_if_missing",
        },
        where,
    )
    ways = [k for k in ("from", "combine", "template", "value") if k in spec]
    if len(ways) > 1 or (not ways and "cases" not in spec):
        raise _BadMapping(f"{where}: give exactly one of from, combine, template, value (or cases)")
    kind = spec.get("type", "text")
    if kind not in TYPES:
        raise _BadMapping(f"{where} type: expected one of {', '.join(TYPES)}, found {kind!r}")
    return FieldSpec(
        target=target,
        sources=_sources(spec["from"], where) if "from" in spec else (),
        combine=_sources(spec["combine"], where) if "combine" in spec else (),
        labels={k.lower(): str(v) for k, v in spec.get("labels", {}).items()},
        template=spec.get("template"),
        value=spec.get("value"),
        cases=tuple(_case(where, c) for c in spec.get("cases", [])),
        type=kind,
        values=spec.get("values"),
        sep=str(spec.get("sep", "\n\n")),
        separators=_strings(spec["separators"], where) if "separators" in spec else None,
        default=spec.get("default"),
        skip_if_missing=spec.get("skip_if_missing"),
    )


def _case(where: str, c: Any) -> Case:
    if not isinstance(c, dict):
        raise _BadMapping(f"{where} cases: each case is a table")
    _check_keys(c, {"column", "in", "above", "truthy", "value"}, f"{where} cases")
    if "column" not in c or "value" not in c:
        raise _BadMapping(f"{where} cases: each case needs column and value")
    if sum(k in c for k in ("in", "above", "truthy")) != 1:
        raise _BadMapping(f"{where} cases: each case needs exactly one of in, above, truthy")
    return Case(
        source=_sources(c["column"], where)[0],
        value=str(c["value"]),
        patterns=tuple(p.lower() for p in _strings(c.get("in", []), where)),
        above=float(c["above"]) if "above" in c else None,
        truthy=bool(c.get("truthy", False)),
    )


def _skip(where: str, r: Any) -> SkipRule:
    if not isinstance(r, dict) or "reason" not in r:
        raise _BadMapping(f"{where}: each [[skip]] rule needs a reason")
    _check_keys(r, {"column", "values", "not_values", "empty", "reason"}, where)
    if ("column" in r) == ("empty" in r):
        raise _BadMapping(
            f"{where}: a skip rule has either column (with values/not_values) or empty"
        )
    if "column" in r and ("values" in r) == ("not_values" in r):
        raise _BadMapping(f"{where}: a column rule has exactly one of values, not_values")
    return SkipRule(
        reason=str(r["reason"]),
        source=_sources(r["column"], where)[0] if "column" in r else None,
        values=tuple(v.lower() for v in _strings(r.get("values", []), where)),
        not_values=tuple(v.lower() for v in _strings(r.get("not_values", []), where)),
        empty=_sources(r.get("empty", []), where),
    )


def _group(where: str, g: Any) -> GroupSpec:
    if not isinstance(g, dict) or "parent" not in g or "account" not in g:
        raise _BadMapping(f"{where}.group: needs parent and account columns")
    _check_keys(g, {"parent", "account", "inherit"}, f"{where}.group")
    return GroupSpec(str(g["parent"]), str(g["account"]), _strings(g.get("inherit", []), where))


def _fold(where: str, f: Any) -> FoldSpec:
    if not isinstance(f, dict) or "into" not in f or "link" not in f:
        raise _BadMapping(f"{where}.fold: needs into (an object) and link (the parent id column)")
    _check_keys(f, {"into", "link", "heading", "fields"}, f"{where}.fold")
    return FoldSpec(
        into=str(f["into"]),
        link=str(f["link"]),
        heading=str(f.get("heading", "")),
        templates={k: str(v) for k, v in f.get("fields", {}).items()},
    )


def _template_sources(template: str) -> list[Source]:
    return [Source.parse(alt) for ph in _PLACEHOLDER.findall(template) for alt in ph.split("|")]


def _spec_sources(spec: FieldSpec) -> list[Source]:
    found = [*spec.sources, *spec.combine, *(c.source for c in spec.cases)]
    if spec.template:
        found += _template_sources(spec.template)
    return found


def _object_sources(obj: ObjectSpec) -> list[Source]:
    found = [Source(obj.key)]
    for spec in (*obj.fields, *obj.extra):
        found += _spec_sources(spec)
    for rule in obj.skip:
        found += [*([rule.source] if rule.source else []), *rule.empty]
    if obj.group:
        found += [Source(obj.group.parent), Source(obj.group.account)]
    if obj.fold:
        found.append(Source(obj.fold.link))
        for template in obj.fold.templates.values():
            found += _template_sources(template)
    return found


def _cross_check(m: Mapping) -> None:
    """References between sections, checked once at load so a typo fails before any file is read."""
    for obj in m.objects.values():
        where = f"[objects.{obj.name}]"
        for src in _object_sources(obj):
            if src.via and src.via[0] not in m.objects:
                raise _BadMapping(f"{where}: looks up {src.via[0]!r}, which is not an object here")
        for spec in (*obj.fields, *obj.extra):
            if spec.values and spec.values not in m.values:
                raise _BadMapping(f"{where} {spec.target}: no [values.{spec.values}] table")
        if obj.fold:
            parent = m.objects.get(obj.fold.into)
            if parent is None or parent.kind not in KINDS:
                raise _BadMapping(f"{where}.fold: into {obj.fold.into!r} is not a data object")
            known = {f.name for f in SCHEMAS[parent.kind]}
            for target in obj.fold.templates:
                if target not in known:
                    raise _BadMapping(f"{where}.fold: {target!r} is not a field of {parent.kind}")
        if obj.group:
            known = {f.name for f in SCHEMAS.get(obj.kind, ())}
            for target in obj.group.inherit:
                if target not in known:
                    raise _BadMapping(f"{where}.group inherit: {target!r} is not a field")


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
    """(line where the record starts, {lower-case column: value})."""
    for line, row in csv_rows(export.path, export.name):
        yield line, {k.lower(): v for k, v in row.items()}


def _recognise(
    path: Path, header: tuple[str, ...], m: Mapping, only_file: bool
) -> ObjectSpec | None:
    lower_name = path.name.lower()
    present = {h.lower() for h in header}
    for obj in m.objects.values():
        if any(fnmatch.fnmatchcase(lower_name, p.lower()) for p in obj.files):
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
            header = csv_header(item)
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
    return found


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

    def get(self, obj: str, key: str, column: str) -> str:
        if obj not in self._index:
            self._index[obj] = self._build(obj)
        return self._index[obj].get(_key_id(key, self._m), {}).get(column.lower(), "")

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
        parent_kind = m.objects[spec.into].kind
        list_fields = {f.name for f in SCHEMAS[parent_kind] if f.type == "list"}
        into = by_object[export.obj.name]
        try:
            for line, row in _rows(export):
                ctx = _Ctx(export, line, row, m, lookups)
                if _skip_reason(export.obj, ctx) is not None:
                    continue
                parent_id = ctx.raw(Source(spec.link))
                if not parent_id:
                    continue
                entry = into.setdefault(_key_id(parent_id, m), _Folded())
                for target, template in spec.templates.items():
                    text = ctx.render(template)
                    if not text:
                        continue
                    if target in list_fields:
                        entry.items.setdefault(target, []).extend(split_list(text, m.separators))
                    else:
                        entry.lines.setdefault(target, []).append(text)
        except Unreadable as e:
            result.problems.append(e.problem)
    return folds


def _apply_folds(
    data: dict[str, Any], folds: list[tuple[str, dict[str, _Folded]]], key: str
) -> None:
    for heading, index in folds:
        _apply_fold(data, index.get(key), heading)


def _apply_fold(data: dict[str, Any], folded: _Folded | None, heading: str) -> None:
    if folded is None:
        return
    for target, lines in folded.lines.items():
        block = "\n".join(f"- {line}" for line in lines)
        block = f"{heading}:\n{block}" if heading else block
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

    def raw(self, src: Source) -> str:
        value = self.row.get(src.column.lower(), "").strip()
        if not value or src.via is None:
            return value
        return self.lookups.get(src.via[0], value, src.via[1]).strip()

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

            return _PLACEHOLDER.sub(one, text), complete

        def optional(match: re.Match[str]) -> str:
            text, complete = fill(match.group(1))
            return text if complete else ""

        text, complete = fill(_OPTIONAL.sub(optional, template))
        return text.strip() if complete else ""

    def problem(self, column: str, message: str) -> Problem:
        return Problem(self.export.name, self.line, column, message)


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


def _field_value(spec: FieldSpec, ctx: _Ctx) -> Any:
    """The contract value of one field, or None when the source has nothing. Raises ``_Bad``
    with the source column as its second argument."""
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
            column = (_spec_sources(spec) or [Source(spec.target)])[0].column
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


@dataclass
class MappedResult:
    rows: list[SourceRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)


def read_mapped(path: Path, mapping: Mapping) -> MappedResult:
    """Read an export folder (or one file) through ``mapping`` into contract-shaped rows."""
    result = MappedResult()
    files = _discover(path, mapping, result)
    lookups = Lookups(files, mapping, result)
    folds = _build_folds(files, mapping, lookups, result)
    for kind in EMIT_ORDER:
        for export in (f for f in files if f.obj.kind == kind):
            unmapped = _unmapped(export, mapping)
            result.unmapped_columns.extend(f"{export.path.name}: {c}" for c in unmapped)
            try:
                result.rows.extend(_emit(export, mapping, lookups, folds, unmapped, result))
            except Unreadable as e:
                result.problems.append(e.problem)
    return result


def _unmapped(export: ExportFile, m: Mapping) -> tuple[str, ...]:
    read = {s.column.lower() for s in _object_sources(export.obj)}
    read |= m.lookup_columns().get(export.obj.name, set())
    return tuple(h for h in export.header if h.lower() not in read and h.lower() not in m.ignore)


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
        data = _record(obj, ctx, result, unmapped)
        if data is None:
            continue
        _apply_folds(data, my_folds, _key_id(ctx.raw(Source(obj.key)), m))
        if groups is not None and not groups.admit(ctx, data, result):
            continue
        yield SourceRow(export.name, line, obj.kind, data)


@dataclass
class _Groups:
    """Group calls: a parent row plus one attendee row per HCP, each naming the parent.

    Each HCP gets one interaction per group call: attendee rows are imported (with the parent's
    notes, products, ... where their own are blank); the parent row is imported only as its own
    account's interaction when no attendee row names that account; a parent without an account
    is skipped by the mapping's skip rules.
    """

    spec: GroupSpec
    attendees: dict[str, list[str]]  # parent id → attendee account ids
    parents: dict[str, dict[str, Any]]  # parent id → its mapped fields, for inheritance
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
        key = export.obj.key.lower()
        scratch = MappedResult()
        for line, row in _rows(export):
            row_id = _key_id(row.get(key, ""), m)
            if row_id in attendees:
                ctx = _Ctx(export, line, row, m, lookups)
                data = _map_fields(export.obj.fields, ctx, scratch.problems)
                _apply_folds(data, folds, row_id)
                parents[row_id] = data
        return cls(spec, attendees, parents)

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
