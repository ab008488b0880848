"""The mapping language: a CRM export's mapping file (TOML) parsed and checked, never applied.

A mapping is data (``prepcli/mappings/veeva.toml``, ``docs/crm-import.md``): which export files it
reads, which column feeds which contract field, how source values translate, which rows are
deliberately not imported, and the rules that decide a record's function or audience. Applying it to
rows is ``prepcli.ingest.crm``'s job; this module only turns text into checked ``Mapping`` objects,
so a typo in a mapping fails before any export is read.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from prepcli.errors import PrepError
from prepcli.ingest.records import KINDS
from prepcli.ingest.validate import SCHEMAS

# "first": the first item of a list cell (a territory list's primary territory).
TYPES = ("text", "id", "ids", "date", "datetime", "bool", "list", "int", "first")
# "ignore": an export the mapping recognises and deliberately does not read (said once, with why).
OBJECT_KINDS = (*KINDS, "lookup", "fold", "ignore")
ID_FORMATS = ("salesforce", "plain")
FAIL_CLOSED = ("function", "audience")
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


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
class DecideRule:
    """One signal a ``decide`` field listens to: a column read through a value table, a column
    whose mere presence decides (``present``), another export linking to this row (``linked``;
    with ``from``, those rows' columns are read, so a medical child row makes its parent medical),
    or what another object's own rules decided for the row this one names (``decided``: an email
    is no less medical than its template).

    ``required`` rules are the ones a record cannot be shown without (the owner's role): unless
    one of them finds a value, the record takes the safe value, whatever the others say.
    """

    label: str
    sources: tuple[Source, ...] = ()
    values: str | None = None
    present: str | None = None
    linked: tuple[str, str] | None = None  # (object, column): a row there names this row's key
    decided: tuple[str, str] | None = None  # (object, field) decided for the row ``sources`` name
    required: bool = False


@dataclass(frozen=True)
class FieldSpec:
    target: str
    decide: tuple[DecideRule, ...] = ()
    safe: str | None = None  # what a decide field falls back to when its rules settle nothing
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
    """A child export folded into its parent's record (key messages into their call).

    Text fields get a bulleted block under ``heading``, list fields get items added, and any other
    field takes the value of the ``newest`` child row, only where the parent row has none.
    """

    into: str
    link: str
    heading: str
    fields: tuple[FieldSpec, ...] = ()
    newest: Source | None = None


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
    reason: str | None = None  # why an ``ignore`` export is not read
    # The rows of a shared export this object reads (planned calls out of the call export);
    # the others belong to another object, so they are passed over without a word.
    only: SkipRule | None = None


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
            for src in object_sources(obj):
                if src.via:
                    wanted.setdefault(src.via[0], set()).add(src.via[1].lower())
            for spec in obj.fields:
                for rule in spec.decide:
                    if rule.linked:
                        columns = wanted.setdefault(rule.linked[0], set())
                        columns.add(rule.linked[1].lower())
                        columns.update(s.column.lower() for s in rule.sources)
                        for via in (s.via for s in rule.sources if s.via):
                            wanted.setdefault(via[0], set()).add(via[1].lower())
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


def load_mapping(name_or_path: str, *, base: str | None = None) -> Mapping:
    """A shipped mapping by name (``"veeva"``) or a user's TOML file by path.

    ``base`` (or ``extends = "NAME"`` in the file's ``[mapping]`` table) layers the user's file over
    a shipped mapping: their tables add to and replace the shipped ones key by key, so an org adds
    its own profiles or custom fields in a few lines instead of copying the whole mapping.
    """
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
    return parse_mapping(text, origin=str(path), base=base)


def parse_mapping(text: str, *, origin: str = "<mapping>", base: str | None = None) -> Mapping:
    raw = _toml(text, origin)
    head = raw.get("mapping")
    extends = head.pop("extends", None) if isinstance(head, dict) else None
    if base and extends and base != extends:
        raise PrepError(f"{origin}: extends {extends!r}, but --from names {base!r}")
    parent = base or extends
    if parent is not None:
        if not isinstance(parent, str):
            raise PrepError(f"{origin}: [mapping] extends: expected the name of a shipped mapping")
        raw = layered(_toml(mapping_text(parent), f"shipped mapping {parent}"), raw)
    try:
        return _build_mapping(raw, origin)
    except _BadMapping as e:
        raise PrepError(
            f"{origin}: {e}", hint="see docs/crm-import.md for the mapping format"
        ) from None


def _toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PrepError(f"{origin}: not valid TOML: {e}") from None


def layered(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: tables merge key by key, anything else is replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = layered(out[key], value)
        else:
            out[key] = value
    return out


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
            "only",
            "group",
            "fold",
            "reason",
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
    for spec in fields:
        # The firewall's own fields: a mapping may not show reps what no rule called commercial.
        if spec.target in FAIL_CLOSED and spec.default not in (None, "medical"):
            raise _BadMapping(
                f"{where}.fields.{spec.target}: default {spec.default!r} would show reps records "
                'no rule decided; use decide = [...] with safe = "medical"'
            )
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
        reason=str(t["reason"]) if "reason" in t else None,
        only=_only(f"{where}.only", t["only"]) if "only" in t else None,
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
            "decide",
            "safe",
        },
        where,
    )
    ways = [k for k in ("from", "combine", "template", "value", "decide") if k in spec]
    if len(ways) > 1 or (not ways and "cases" not in spec):
        raise _BadMapping(
            f"{where}: give exactly one of from, combine, template, value, decide (or cases)"
        )
    if "decide" in spec and "safe" not in spec:
        raise _BadMapping(
            f"{where}: decide needs safe, the value a record takes when no rule decides it"
        )
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
        decide=tuple(_decide_rule(where, r) for r in spec.get("decide", [])),
        safe=str(spec["safe"]) if "safe" in spec else None,
    )


def _decide_rule(where: str, r: Any) -> DecideRule:
    where = f"{where} decide"
    if not isinstance(r, dict):
        raise _BadMapping(f"{where}: each rule is a table")
    _check_keys(r, {"label", "from", "values", "present", "linked", "decided", "required"}, where)
    if "from" not in r and "linked" not in r:
        raise _BadMapping(f"{where}: each rule has from (columns), linked, or both")
    if sum(k in r for k in ("values", "present", "decided")) != 1:
        raise _BadMapping(f"{where}: each rule has exactly one of values, present, decided")
    if "decided" in r and ("from" not in r or "linked" in r):
        raise _BadMapping(f"{where}: decided reads the other record's id from a column (from)")
    if not isinstance(r.get("required", False), bool):
        raise _BadMapping(f"{where}: required is true or false")
    label = r.get("label") or str(r.get("from") or r.get("linked"))
    return DecideRule(
        label=str(label),
        sources=_sources(r["from"], where) if "from" in r else (),
        values=r.get("values"),
        present=str(r["present"]) if "present" in r else None,
        linked=_dotted(r, "linked", where),
        decided=_dotted(r, "decided", where),
        required=bool(r.get("required", False)),
    )


def _dotted(r: dict[str, Any], key: str, where: str) -> tuple[str, str] | None:
    """``object.Column`` (or ``object.field``) split in two."""
    if key not in r:
        return None
    obj, dot, col = str(r[key]).partition(".")
    if not dot or not obj or not col:
        raise _BadMapping(f"{where}: {key} is written object.Column")
    return (obj, col)


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


def _only(where: str, r: Any) -> SkipRule:
    if not isinstance(r, dict) or "column" not in r or ("values" in r) == ("not_values" in r):
        raise _BadMapping(f"{where}: needs column and exactly one of values, not_values")
    _check_keys(r, {"column", "values", "not_values"}, where)
    return _skip(where, {**r, "reason": "read by another object"})


def _group(where: str, g: Any) -> GroupSpec:
    if not isinstance(g, dict) or "parent" not in g or "account" not in g:
        raise _BadMapping(f"{where}.group: needs parent and account columns")
    _check_keys(g, {"parent", "account", "inherit"}, f"{where}.group")
    return GroupSpec(str(g["parent"]), str(g["account"]), _strings(g.get("inherit", []), where))


def _fold(where: str, f: Any) -> FoldSpec:
    if not isinstance(f, dict) or "into" not in f or "link" not in f:
        raise _BadMapping(f"{where}.fold: needs into (an object) and link (the parent id column)")
    _check_keys(f, {"into", "link", "heading", "fields", "newest"}, f"{where}.fold")
    # A plain string is a template, the common case for lines of text and list items.
    fields = tuple(
        _field(f"{where}.fold.fields", k, {"template": v} if isinstance(v, str) else v)
        for k, v in f.get("fields", {}).items()
    )
    return FoldSpec(
        into=str(f["into"]),
        link=str(f["link"]),
        heading=str(f.get("heading", "")),
        fields=fields,
        newest=Source.parse(str(f["newest"])) if "newest" in f else None,
    )


def _template_sources(template: str) -> list[Source]:
    return [Source.parse(alt) for ph in PLACEHOLDER.findall(template) for alt in ph.split("|")]


def spec_sources(spec: FieldSpec) -> list[Source]:
    """Every column one field reads."""
    found = [*spec.sources, *spec.combine, *(c.source for c in spec.cases)]
    # A linked rule's columns are the linked export's, not this object's.
    found += [s for rule in spec.decide if rule.linked is None for s in rule.sources]
    if spec.template:
        found += _template_sources(spec.template)
    return found


def object_sources(obj: ObjectSpec) -> list[Source]:
    """Every column an object reads, so the rest can be kept or reported."""
    found = [Source(obj.key)]
    for spec in (*obj.fields, *obj.extra):
        found += spec_sources(spec)
    for rule in obj.skip:
        found += [*([rule.source] if rule.source else []), *rule.empty]
    if obj.only and obj.only.source:
        found.append(obj.only.source)
    if obj.group:
        found += [Source(obj.group.parent), Source(obj.group.account)]
    if obj.fold:
        found.append(Source(obj.fold.link))
        found += [s for spec in obj.fold.fields for s in spec_sources(spec)]
        found += [obj.fold.newest] if obj.fold.newest else []
    return found


def _cross_check(m: Mapping) -> None:
    """References between sections, checked once at load so a typo fails before any file is read."""
    for obj in m.objects.values():
        where = f"[objects.{obj.name}]"
        for src in object_sources(obj):
            if src.via and src.via[0] not in m.objects:
                raise _BadMapping(f"{where}: looks up {src.via[0]!r}, which is not an object here")
        folded = obj.fold.fields if obj.fold else ()
        for spec in (*obj.fields, *obj.extra, *folded):
            tables = [spec.values, *(r.values for r in spec.decide)]
            for table in (t for t in tables if t):
                if table not in m.values:
                    raise _BadMapping(f"{where} {spec.target}: no [values.{table}] table")
            for rule in spec.decide:
                _check_rule_refs(m, rule, f"{where} {spec.target}")
        if obj.kind == "fold" and obj.fold is None:
            raise _BadMapping(f"{where}: a fold object needs a [fold] table")
        if obj.kind == "ignore" and not obj.reason:
            raise _BadMapping(f"{where}: an ignore object needs a reason")
        if obj.fold:
            parent = m.objects.get(obj.fold.into)
            if parent is None or parent.kind not in KINDS:
                raise _BadMapping(f"{where}.fold: into {obj.fold.into!r} is not a data object")
            known = {f.name for f in SCHEMAS[parent.kind]}
            for spec in obj.fold.fields:
                if spec.target not in known:
                    raise _BadMapping(
                        f"{where}.fold: {spec.target!r} is not a field of {parent.kind}"
                    )
        if obj.group:
            known = {f.name for f in SCHEMAS.get(obj.kind, ())}
            for target in obj.group.inherit:
                if target not in known:
                    raise _BadMapping(f"{where}.group inherit: {target!r} is not a field")


def _check_rule_refs(m: Mapping, rule: DecideRule, where: str) -> None:
    """A decide rule's other objects exist, and a ``decided`` one names a decide field that
    itself asks no other object (so deciding never goes round in a circle)."""
    if rule.linked and rule.linked[0] not in m.objects:
        raise _BadMapping(f"{where}: links to {rule.linked[0]!r}, which is not an object here")
    if rule.linked:
        for via in (s.via for s in rule.sources if s.via and s.via[0] not in m.objects):
            raise _BadMapping(f"{where}: looks up {via[0]!r}, which is not an object here")
    if rule.decided:
        obj, target = rule.decided
        other = m.objects.get(obj)
        spec = next((f for f in other.fields if f.target == target), None) if other else None
        if spec is None or not spec.decide:
            raise _BadMapping(f"{where}: decided {obj}.{target} is not a decide field here")
        if any(r.decided for r in spec.decide):
            raise _BadMapping(f"{where}: decided {obj}.{target} itself asks another object")
