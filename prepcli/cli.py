"""The command line: parse options, call one library function, print, set the exit code.

Status and progress go to stderr so stdout stays clean for ``--format json`` and ``-o -``.
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from prepcli import config, store
from prepcli.errors import PrepError
from prepcli.ingest.records import KINDS

if TYPE_CHECKING:
    # rich is imported where it draws: `prep -f json` and `-f markdown` never load it.
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table
    from rich.text import Text


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


class _PlainHelp:
    """Help that shows a placeholder only where a value is expected: ``--yes``, not
    ``--yes <bool>``; ``--as-of DATE``, not ``--as-of <str>``. Usage errors (an unknown
    option, a bad value) on a piped stderr are click's plain lines, not a box wrapped at 80."""

    rich_markup_mode: Any

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not _stderr_is_terminal():
            self.rich_markup_mode = None
        return super().main(*args, **kwargs)  # type: ignore[misc]

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.metavar is None:
                flag = getattr(param, "is_flag", False)
                param.metavar = "" if flag else (param.name or "value").upper()
        return params


class _Command(_PlainHelp, typer.core.TyperCommand):
    pass


class _Group(_PlainHelp, typer.core.TyperGroup):
    pass


class _Typer(typer.Typer):
    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)


app = _Typer(
    cls=_Group,
    help="Pre-call briefings for field teams, from a local store of CRM data.",
    no_args_is_help=True,
    add_completion=False,
)
mapping_app = _Typer(cls=_Group, help="Mappings from CRM exports to prepcli's input format.")
app.add_typer(mapping_app, name="mapping")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE|URL",
        envvar="PREPCLI_DB",
        help="Store file (default: per-user data dir), or a postgresql:// team store URL.",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        metavar="MODEL",
        envvar="PREPCLI_MODEL",
        help="Embedding model: a local directory or model name (default: MiniLM).",
        show_default=False,
    ),
]
RoleOption = Annotated[
    str | None,
    typer.Option(
        "--role",
        envvar="PREPCLI_ROLE",
        help="Viewer role: rep or msl (default: your login's on a team store or a store "
        "pulled from one, else rep).",
        show_default=False,
    ),
]


# Wide enough that rich never wraps or cuts a line of piped output; nothing here expands to fill it.
_UNWRAPPED_WIDTH = 1_000_000


def _console(*, stderr: bool = False) -> Console:
    """On a terminal, text and tables fit the window. Piped or redirected, nothing is wrapped or
    cut (COLUMNS included), so a log, grep or spreadsheet gets whole lines and whole values."""
    from rich.console import Console

    console = Console(stderr=stderr)
    if console.is_terminal:
        return console
    return Console(stderr=stderr, soft_wrap=True, width=_UNWRAPPED_WIDTH)


def _table(
    title: str | Text,
    columns: tuple[str, ...],
    *,
    wrap: tuple[str, ...],
    right: tuple[str, ...] = (),
) -> Table:
    """A listing whose values are never cut: the ``wrap`` columns wrap (folding a word longer
    than the column) to make room; the others (ids, dates, codes, counts) stay whole."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True
    )
    for col in columns:
        table.add_column(
            col,
            justify="right" if col in right else "left",
            no_wrap=col not in wrap,
            overflow="fold",
        )
    return table


def _err() -> Console:
    return _console(stderr=True)


def say(message: str, style: str | None = None, *, console: Console | None = None) -> None:
    """Print text that may hold data: as a rich Text, so '[red]' in a name stays literal."""
    from rich.text import Text

    (console or _err()).print(Text(message, style=style or ""))


def fail(error: PrepError) -> typer.Exit:
    """Print a user error (and its listed problems) on stderr; exit code 2."""
    from rich.text import Text

    console = _err()
    console.print(Text.assemble(("Error: ", "bold red"), error.message))
    for problem in error.problems:
        say(f"  {problem}", console=console)
    more = getattr(getattr(error, "report", None), "problem_count", 0) - len(error.problems)
    if more > 0:
        say(f"  … and {more} more", console=console)
    if error.hint:
        say(error.hint, "dim", console=console)
    return typer.Exit(code=2)


def _team_url(db: str | None) -> str | None:
    from prepcli.stores import is_url

    location = config.db_location(db)
    return location if is_url(location) else None


def _db(db: str | None) -> Path:
    """The store path, with a warning if other users of this computer can read its files.

    For a team store URL: this computer's copy of what the login may read, brought up to date
    first, so every reading command works on it unchanged (and offline copies say so)."""
    url = _team_url(db)
    if url is not None:
        from prepcli import team

        copy = team.local_copy(url)
        try:
            team.pull(url, copy, replace=True)
        except PrepError as e:
            raise fail(e) from None
        return copy
    try:
        path = config.db_path(db)
    except PrepError as e:
        raise fail(e) from None
    loose = store.loose_permissions(path)
    if loose:
        say(
            "Warning: other users of this computer can read this store: "
            + ", ".join(str(p) for p in loose),
            "yellow",
        )
        say(
            "  Make it private: chmod 700 on the folders and chmod 600 on the files named.",
            "dim",
        )
    return path


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or folders to ingest.")
    ],
    db: DbOption = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="Record kind when file names don't say: hcps, interactions, content, schedule.",
        ),
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="CRM", help="Read a CRM export with a shipped mapping (e.g. veeva)."
        ),
    ] = None,
    map_: Annotated[
        Path | None,
        typer.Option(
            "--map",
            metavar="FILE",
            help="Read any CSV export with your own TOML mapping; with --from, your file is "
            "laid over the shipped mapping (add rules and fields without copying it).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate and count, change nothing.")
    ] = False,
    report_phi: Annotated[
        bool, typer.Option("--report-phi", help="List the records whose patient data was scrubbed.")
    ] = False,
    store_role: Annotated[
        str | None,
        typer.Option(
            "--store-role",
            help="Fix what a new store may hold: rep (medical records kept as stubs only) "
            "or msl. Same as `prepcli init --role`.",
            show_default=False,
        ),
    ] = None,
    readmit: Annotated[
        list[str] | None,
        typer.Option(
            "--readmit",
            metavar="HCP_ID",
            help="Take back an HCP erased with `prepcli forget` (their rows are otherwise left "
            "out); recorded in the audit trail. Repeat for several.",
            show_default=False,
        ),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Validate files and load them into the store: all of them, or none."""
    from prepcli import service

    if kind is not None and kind not in KINDS:
        raise fail(
            PrepError(
                f"unknown --kind {kind!r}", hint="use hcps, interactions, content or schedule"
            )
        )
    url = _team_url(db)
    try:
        with _progress() as progress:

            def run(path: Path) -> Any:
                return service.ingest(
                    path,
                    paths,
                    kind=kind,
                    from_=from_,
                    map_path=map_,
                    dry_run=dry_run,
                    model=config.model_name(model),
                    limits=config.limits(),
                    store_role=store_role,
                    readmit=tuple(readmit or ()),
                    progress=progress,
                    notice=say,
                )

            if url is None:
                result = run(_db(db))
            else:
                from prepcli import team

                if store_role is not None:
                    raise PrepError(
                        "--store-role is for a local store; on a team store each login's "
                        "group decides what it may read"
                    )
                result, sync = team.ingest(url, run)
    except PrepError as e:
        raise fail(e) from None
    _print_ingest(result, report_phi=report_phi)
    if url is not None and not dry_run:
        say(f"Team store: {sync.summary()}")


class _Bars:
    """Adapts rich's Progress to the plain callbacks the library takes."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def rows(self, label: str, n: int) -> None:
        task = self.tasks.get(label)
        if task is None:
            task = self.tasks[label] = self.progress.add_task(f"Reading {label}", total=None)
        self.progress.advance(task, n)

    def steps(self, label: str, done: int, total: int) -> None:
        task = self.tasks.get(label)
        if task is None:
            task = self.tasks[label] = self.progress.add_task(f"Embedding {label}", total=total)
        self.progress.update(task, completed=done, total=total)


class _progress:
    def __enter__(self) -> _Bars:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        # Off a terminal (a log, a pipe) rich's live display still leaves an empty line behind.
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=_err(),
            transient=True,
            disable=not _stderr_is_terminal(),
        )
        self.progress.__enter__()
        return _Bars(self.progress)

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)


def _print_ingest(result: Any, *, report_phi: bool) -> None:
    from rich.text import Text

    report = result.report
    console = _err()
    numbers = ("rows", "new", "changed", "unchanged")
    table = _table(
        "Dry run: nothing was written" if report.dry_run else "Ingest summary",
        ("file", "kind", *numbers, "patient data scrubbed"),
        wrap=("file", "patient data scrubbed"),
        right=numbers,
    )
    for f in _folded(report.files):
        phi = ", ".join(f"{n} {k}" for k, n in sorted(f.phi.items())) or "-"
        counts = (f.rows, f.counts.new, f.counts.changed, f.counts.unchanged)
        table.add_row(Text(f.file), f.kind, *(str(n) for n in counts), phi)
    console.print(table)
    for f in report.files:
        if f.unknown_columns:
            # A child or look-up export has no records of its own to keep them with.
            what = "columns not read" if f.kind == "-" else "kept unknown columns in 'extra'"
            say(f"{f.file}: {what}: " + ", ".join(f.unknown_columns))
        for skipped in f.skipped:
            say(f"skipped {skipped}")
    stubbed = sum(f.stubbed for f in report.files)
    withheld = sum(f.withheld for f in report.files)
    if stubbed or withheld:
        say(
            f"Rep store: medical text is not stored. Medical interactions kept as stubs "
            f"(date, channel, status): {stubbed}; medical content and planned calls left out: "
            f"{withheld}."
        )
    erased: dict[str, int] = {}
    for f in report.files:
        for hcp_id, n in f.erased.items():
            erased[hcp_id] = erased.get(hcp_id, 0) + n
    if erased:
        rows = sum(erased.values())
        say(
            f"Left out {rows} row{'s' * (rows != 1)} of HCPs erased with `prepcli forget`: "
            + ", ".join(sorted(erased))
            + ". Erase them in the CRM too; to take one back on purpose, run the same ingest "
            "with --readmit HCP_ID."
        )
    if report.readmitted:
        say(
            (
                "Dry run: would take back after an erasure (nothing recorded): "
                if report.dry_run
                else "Taken back after an erasure (recorded in the audit trail): "
            )
            + ", ".join(report.readmitted)
        )
    if report.ignored:
        say("Not input files, passed over: " + ", ".join(p.name for p in report.ignored))
    for line in _fail_closed_notes(report):
        say(line)
    if report_phi:
        for f in report.files:
            for rid in f.phi_records:
                say(f"patient data scrubbed: {f.file}: {rid}")
    t = report.totals
    say(f"{t.new} new, {t.changed} changed, {t.unchanged} unchanged")
    if report.unreported_safety and not report.dry_run:
        say(
            f"{report.unreported_safety} notes hold a possible adverse event not marked as "
            "reported to Pharmacovigilance: see `prepcli safety`.",
            "bold red",
        )
    if result.embedded is not None:
        say(result.embedded)


def _fail_closed_notes(report: Any) -> list[str]:
    """What the mapping could not decide and stored on the safe side, and what is missing."""
    lines = []
    for f in report.files:
        if f.defaulted:
            fields = sorted({d.field for d in f.defaulted})
            values = sorted({d.value for d in f.defaulted})
            # (one export file may feed two kinds: a CRM's calls and its planned calls)
            kinds = Counter(d.kind for d in f.defaulted)
            counted = ", ".join(
                f"{n} {kind[:-1] if n == 1 and kind.endswith('s') else kind}"
                for kind, n in kinds.items()
            )
            lines.append(
                f"{f.file}: {counted} stored as "
                f"{'/'.join(values)} by default (never shown to reps): no mapping rule decided "
                f"their {'/'.join(fields)}"
            )
            reasons = Counter(r for d in f.defaulted for r in d.because)
            for reason, n in reasons.most_common(12):
                lines.append(f"  {reason} ({n} row{'s' * (n != 1)})")
            if len(reasons) > 12:
                lines.append(f"  ... and {len(reasons) - 12} more")
        for name, ids in f.missing_refs.items():
            if ids:
                shown = ", ".join(sorted(ids)[:10]) + (", ..." if len(ids) > 10 else "")
                lines.append(
                    f"{f.file}: {sum(ids.values())} references in {name} to {len(ids)} records "
                    f"not in the store (kept as named): {shown}"
                )
    if any(f.defaulted for f in report.files):
        name = report.mapping or "NAME"
        lines.append(
            f"To decide them, see the rules with `prepcli mapping show {name}`, write the missing "
            f'values in a file starting `[mapping]` `extends = "{name}"` (e.g. under '
            '[values.user_profile]: "Field Medical Advisor" = "medical") and ingest again with '
            f"`--from {name} --map YOUR-FILE.toml` (docs/crm-import.md)."
        )
    return lines


def _folded(files: list[Any]) -> list[Any]:
    """One summary row per folder of markdown content files, not one per file."""
    from prepcli.ingest.run import FileReport

    out: list[Any] = []
    folders: dict[str, Any] = {}
    for f in files:
        path = Path(f.file)
        if path.suffix.lower() != ".md":
            out.append(f)
            continue
        key = f"{path.parent}/ ({f.kind})"
        if key not in folders:
            folders[key] = FileReport(f"{path.parent}/*.md", f.kind)
            out.append(folders[key])
        row = folders[key]
        row.rows += f.rows
        row.counts.add(f.counts)
        for k, n in f.phi.items():
            row.phi[k] = row.phi.get(k, 0) + n
    return out


STORE_ROLE_MEANING = {
    "rep": "rep store: medical records are kept as stubs only (date, channel, status), medical "
    "content is not stored, the MSL view is refused",
    "msl": "msl store: holds medical records; both views available",
    None: "unrestricted (made before store roles; may hold medical text; "
    "fix it with `prepcli init --role`)",
}


@app.command()
def init(
    role: Annotated[
        str,
        typer.Option(
            "--role", help="rep (no medical text is ever stored) or msl.", show_default=False
        ),
    ],
    db: DbOption = None,
) -> None:
    """Create a store (or take an existing one without a role) and fix what it may hold."""
    from prepcli import service

    if _team_url(db) is not None:
        raise fail(
            PrepError(
                "`prepcli init` makes a local store; a team store is set up once by an "
                "administrator",
                hint="prepcli team init URL",
            )
        )
    path = _db(db)
    try:
        changed = service.init_store(path, role.strip().lower())
    except PrepError as e:
        raise fail(e) from None
    state = "now" if changed else "already"
    say(f"{path} is {state} a {STORE_ROLE_MEANING[role.strip().lower()]}.")


@app.command()
def hcps(db: DbOption = None) -> None:
    """List the HCPs in the store, by last name."""
    from rich.text import Text

    from prepcli import service

    try:
        rows = service.hcp_list(_db(db))
    except PrepError as e:
        raise fail(e) from None
    table = _table(
        f"{len(rows)} HCPs",
        ("id", "name", "specialty", "institution", "last contact", "comm.", "med."),
        wrap=("name", "specialty", "institution"),
        right=("comm.", "med."),
    )
    table.caption = "comm., med.: commercial and medical interactions on record"
    for r in rows:
        table.add_row(
            *(Text(r[k] or "") for k in ("hcp_id", "name", "specialty", "institution")),
            (r["last_contact"] or "")[:10],
            str(r["commercial"] or 0),
            str(r["medical"] or 0),
        )
    _console().print(table)


@app.command()
def status(db: DbOption = None) -> None:
    """Where the store is, its schema version, row counts, index freshness and whether the
    audit trail verifies."""
    from rich.table import Table
    from rich.text import Text

    from prepcli import audit, index

    path = _db(db)
    try:
        database = store.open_store(path, create=False)
    except PrepError as e:
        raise fail(e) from None
    counts = store.counts(database)
    table = Table(show_header=False, title="prepcli store")
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("store", Text(str(path)))
    table.add_row("schema version", str(store.schema_version(database)))
    table.add_row("store role", STORE_ROLE_MEANING[store.store_role(database)])
    from prepcli import team

    source = store.get_meta(database, team.SOURCE_KEY)
    if source is not None:
        table.add_row("pulled from", Text(source))
        table.add_row("last pull", _utc(store.get_meta(database, team.PULLED_KEY) or ""))
        login_role = store.get_meta(database, store.TEAM_LOGIN_ROLE_KEY) or "unknown"
        table.add_row(
            "default view",
            f"{store.viewer(database, None)} (the pulling login is in the {login_role} group)",
        )
    for name, n in counts.items():
        table.add_row(name if name != "audit" else "audit rows", str(n))
    table.add_row("embedding model", store.get_meta(database, "model_id") or "-")
    table.add_row("search index", index.index_state(database, path))
    pending = index.pending_key_sentences(database)
    table.add_row(
        "key sentences",
        f"{pending} notes pending (chosen at the next ingest or `prepcli reindex`)"
        if pending
        else "up to date",
    )
    table.add_row(
        "interest profiles",
        "up to date"
        if index.profiles_current(database)
        else "out of date (rebuilt at the next ingest or `prepcli reindex`)",
    )
    table.add_row("newest record", store.newest_record_date(database) or "-")
    check = audit.verify(database)
    table.add_row("audit chain", Text(check.summary()))
    if check.queued:
        table.add_row("audit rows queued", str(check.queued))
    _console().print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in your own words.")],
    role: RoleOption = None,
    hcp: Annotated[
        str | None,
        typer.Option(
            "--hcp", help="Only this HCP's interactions, and content they may be offered."
        ),
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="interactions or content (default both).")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", metavar="N", min=1, max=200, help="How many hits.")
    ] = 10,
    mode: Annotated[
        str, typer.Option("--mode", help="hybrid (default), or one arm: dense or bm25.")
    ] = "hybrid",
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Date that decides which content is valid, YYYY-MM-DD (default today).",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Search past interactions and approved content, within what your role may see."""

    try:
        if mode not in ("hybrid", "dense", "bm25"):
            raise PrepError(f"unknown --mode {mode!r}", hint="use hybrid, dense or bm25")
        if kind not in (None, "interactions", "content"):
            raise PrepError(f"unknown --kind {kind!r}", hint="use interactions or content")
        asked = config.role(role)
        url = _team_url(db)
        if url is not None and hcp is None:
            from prepcli import team

            # Ranked by the team store itself: nothing is copied for a search across it.
            viewer, hits = team.search(
                url,
                query,
                role=asked,
                model=config.model_name(model),
                today=config.as_of(as_of),
                kind=kind,
                mode=mode,
                limit=limit,
                vocabulary_file=config.vocabulary_path(),
            )
        else:
            viewer, hits = _search_local(db, query, asked, model, as_of, kind, hcp, mode, limit)
    except PrepError as e:
        raise fail(e) from None
    _print_hits(query, viewer, mode, hits, as_json=as_json)


def _search_local(
    db: str | None,
    query: str,
    asked: str | None,
    model: str | None,
    as_of: str | None,
    kind: str | None,
    hcp: str | None,
    mode: str,
    limit: int,
) -> tuple[str, list[dict[str, Any]]]:
    """The role searched in (the one asked, else the store's default) and the hits."""
    from prepcli import service

    path = _db(db)
    viewer = service.viewer(path, asked)
    return viewer, service.search(
        path,
        query,
        role=viewer,
        model=config.model_name(model),
        today=config.as_of(as_of),
        kind=kind,
        hcp=hcp,
        mode=mode,
        limit=limit,
        vocabulary_file=config.vocabulary_path(),
        notice=say,
    )


def _print_hits(
    query: str, viewer: str, mode: str, hits: list[dict[str, Any]], *, as_json: bool
) -> None:
    from rich.text import Text

    if as_json:
        sys.stdout.write(json.dumps(hits, indent=2, ensure_ascii=False) + "\n")
        return
    table = _table(
        Text(f"{len(hits)} results for {query!r} ({viewer}, {mode})"),
        ("#", "source", "when / code", "passage"),
        wrap=("source", "passage"),
        right=("#",),
    )
    for n, h in enumerate(hits, start=1):
        if h["kind"] == "interactions":
            name = h.get("hcp_name") or "unknown HCP"
            source = f"{name} ({h['hcp_id']})\n{h['id']} · {(h['channel'] or '').replace('_', ' ')}"
            when = (h["date"] or "")[:10]
        else:
            source = f"{h['id']} · {h['title']}"
            when = f"{h['approval_code']}\nexpires {h['expires_on'] or 'never'}"
        table.add_row(str(n), Text(source), Text(when), Text(h["passage"]))
    _console().print(table)


@app.command()
def reindex(db: DbOption = None, model: ModelOption = None) -> None:
    """Re-embed everything, recheck safety flags and rebuild the search index from the store."""
    from prepcli import service

    url = _team_url(db)
    try:
        with _progress() as progress:

            def run(path: Path) -> str:
                return service.reindex(
                    path, config.model_name(model), progress=progress, notice=say
                )

            if url is None:
                summary = run(_db(db))
            else:
                from prepcli import service, team

                def finish(path: Path) -> str:
                    return service.refresh_team_copy(
                        path, config.model_name(model), progress=progress, notice=say
                    )

                embedder = service.get_embedder(config.model_name(model), None, notice=say)
                summary, sync = team.reindex(url, finish, embedder, progress=progress.steps)
                summary += f"\nTeam store: {sync.summary()}"
    except PrepError as e:
        raise fail(e) from None
    say(summary)


@mapping_app.command("show")
def mapping_show(
    name: Annotated[str, typer.Argument(help="A shipped mapping, e.g. veeva.")],
) -> None:
    """Print a shipped mapping, as a starting point for your own."""
    from prepcli.ingest.mapping import mapping_text

    try:
        sys.stdout.write(mapping_text(name))
    except PrepError as e:
        raise fail(e) from None


FORMATS = ("terminal", "markdown", "json", "html")


@app.command("prep")
def prep_command(
    hcp: Annotated[
        str | None,
        typer.Argument(
            help='HCP id, NPI or name (e.g. "Dr. Okafor"); with --day or --week, the date '
            "(default today).",
            show_default=False,
        ),
    ] = None,
    day_: Annotated[
        bool, typer.Option("--day", help="A pack for every planned call of the day.")
    ] = False,
    week: Annotated[
        bool, typer.Option("--week", help="A pack for every planned call of the week (Mon-Sun).")
    ] = False,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner", metavar="NAME", help="With --day/--week: only this calendar owner's calls."
        ),
    ] = None,
    role: RoleOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Briefing date, YYYY-MM-DD (default today).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMAT", help="terminal, markdown, json or html."),
    ] = "terminal",
    output: Annotated[
        str | None,
        typer.Option("-o", "--output", metavar="FILE", help="Write to FILE ('-' for stdout)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Let -o replace an existing file (or link).")
    ] = False,
    topic: Annotated[
        str | None,
        typer.Option("--topic", help="Focus history and materials on a topic (loads the model)."),
    ] = None,
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """A one-page briefing for your next visit with an HCP, or with --day/--week a pack of
    briefings for every planned call."""
    _prep(
        hcp,
        day_=day_,
        week=week,
        owner=owner,
        role=role,
        as_of=as_of,
        fmt=fmt,
        output=output,
        force=force,
        topic=topic,
        db=db,
        model=model,
    )


def _prep(
    hcp: str | None,
    *,
    day_: bool = False,
    week: bool = False,
    owner: str | None = None,
    role: str | None = None,
    as_of: str | None = None,
    fmt: str = "terminal",
    output: str | None = None,
    force: bool = False,
    topic: str | None = None,
    db: str | None = None,
    model: str | None = None,
) -> None:
    """What `prep` does, however its arguments were parsed (typer, or the quick start below)."""
    from prepcli import output as out
    from prepcli import service

    try:
        if fmt not in FORMATS:
            raise PrepError(
                f"unknown --format {fmt!r}", hint="use terminal, markdown, json or html"
            )
        target = out.target(output, force=force)
        if day_ or week:
            service.day_pack(
                _db(db),
                config.as_of(hcp, option="--week" if week else "--day"),
                week=week,
                role=config.role(role),
                owner=owner,
                deliver=lambda p: out.write(
                    target, _rendered_pack(p, fmt, to_file=bool(target)), force=force
                ),
            )
        elif hcp is None:
            raise PrepError("name an HCP", hint='e.g. prep "Dr. Okafor", or prep --day')
        else:
            service.prep(
                _db(db),
                hcp,
                role=config.role(role),
                as_of=config.as_of(as_of),
                topic=topic,
                model=config.model_name(model),
                deliver=lambda b: out.write(
                    target, _rendered(b, fmt, to_file=bool(target)), force=force
                ),
                notice=say,
            )
    except PrepError as e:
        raise fail(e) from None
    if target is not None:
        say(f"Wrote {target}")


def _rendered(briefing: Any, fmt: str, *, to_file: bool) -> str:
    """The briefing as text; the terminal view as the terminal would show it (colour and width
    included), or plain at 100 columns for a file."""
    from prepcli import render

    if fmt == "markdown":
        return render.to_markdown(briefing)
    if fmt == "json":
        return render.to_json(briefing)
    if fmt == "html":
        return render.to_html([briefing])
    return _drawn(lambda console: render.to_terminal(briefing, console), to_file=to_file)


def _rendered_pack(pack: Any, fmt: str, *, to_file: bool) -> str:
    """A day pack as text, in the same formats and terminal rules as one briefing."""
    from prepcli import render

    if fmt == "markdown":
        return render.pack_to_markdown(pack)
    if fmt == "json":
        return render.pack_to_json(pack)
    if fmt == "html":
        return render.to_html(pack.briefings, pack)
    return _drawn(lambda console: render.pack_to_terminal(pack, console), to_file=to_file)


def _drawn(draw: Any, *, to_file: bool) -> str:
    """What ``draw`` prints on a terminal console: the real one, or plain 100 columns for a file."""
    from rich.console import Console

    console = Console(file=io.StringIO(), width=100, no_color=True) if to_file else Console()
    with console.capture() as captured:
        draw(console)
    return captured.get()


audit_app = _Typer(
    cls=_Group,
    help="The audit trail: who saw which records, when, in which role. Read-only.",
    invoke_without_command=True,
)
app.add_typer(audit_app, name="audit")


@audit_app.callback()
def audit_command(
    ctx: typer.Context,
    hcp: Annotated[str | None, typer.Option("--hcp", help="Only rows about this HCP.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="DATE", help="Only rows from this date (YYYY-MM-DD) on."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print rows as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """List the audit trail: who saw which records, when, in which role. Read-only."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.text import Text

    from prepcli import service

    try:
        if since:
            config.as_of(since, option="--since")
        rows = service.audit_trail(_db(db), hcp=hcp, since=since, notice=say)
    except PrepError as e:
        raise fail(e) from None
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = _table(
        f"{len(rows)} audit rows",
        ("at", "user", "role", "command", "hcp", "as of", "records"),
        wrap=("user",),
        right=("records",),
    )
    for r in rows:
        cells = (_utc(r["at"]), r["os_user"], r["role"], r["command"], r["hcp_id"], r["as_of"])
        table.add_row(*(Text(c or "") for c in cells), str(len(r["record_ids"])))
    _console().print(table)


def _utc(stamp: str) -> str:
    """An audit time as a reader should see it: to the second, with its zone."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:  # the trail is written in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


@audit_app.command("verify")
def audit_verify(db: DbOption = None) -> None:
    """Recompute the audit trail's hash chain; exit 1 naming the first broken row."""
    from prepcli import service

    try:
        check = service.audit_verify(_db(db))
    except PrepError as e:
        raise fail(e) from None
    if check.queued:
        say(f"{check.queued} audit rows are queued and will be appended by the next command.")
    if not check.intact:
        say(f"Audit trail {check.summary()}", "bold red")
        raise typer.Exit(code=1)
    say(
        f"Audit trail intact: {check.rows} row{'s' * (check.rows != 1)}, each hash matches "
        "its content and the row before."
    )
    if check.head:
        audit_id, digest = check.head.split(":", 1)
        # Noted down elsewhere, this lets a reviewer later prove nothing up to it was rewritten.
        say(f"Newest row {audit_id}, hash {digest}")


@app.command()
def safety(
    role: RoleOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Count hours to the end of this day, YYYY-MM-DD (default now).",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only notes from this date (YYYY-MM-DD) on.")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Also list the ones already reported to PV.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print flags as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Possible adverse events in notes not yet marked as reported to Pharmacovigilance, oldest
    first. Report each within 24 hours; prepcli only flags, it files nothing."""
    from rich.console import Console
    from rich.text import Text

    from prepcli import service
    from prepcli.pv_notice import age as safety_age

    try:
        report = service.safety_report(
            _db(db),
            role=config.role(role),
            as_of=config.as_of(as_of) if as_of else None,
            since=config.as_of(since) if since else None,
            include_reported=all_,
        )
    except PrepError as e:
        raise fail(e) from None
    if report.hidden:
        say(
            f"{report.hidden} more notes in medical records hold a possible adverse event; "
            "they are for your MSL's attention (not shown to the rep role)."
        )
    if as_json:
        sys.stdout.write(json.dumps(report.flags, indent=2, ensure_ascii=False) + "\n")
        return
    if not report.flags:
        say("No possible adverse events" + ("." if all_ else " waiting to be reported."))
        return
    console = Console()
    console.print(Text(f"{len(report.flags)} possible adverse events, oldest first", "bold"))
    for f in report.flags:
        if f["reported"]:
            status = Text("reported to PV", style="dim")
        else:
            status = Text.assemble(
                ("OVERDUE " if f["overdue"] else "", "bold red"),
                f"not reported, {safety_age(f['hours_since'])} since the note",
            )
        missing = [k for k, present in f["elements"].items() if not present]
        console.print(
            Text.assemble(
                "\n",
                (f"{f['date'][:10]} ", "bold"),
                f"{f['interaction_id']} · {f['channel'].replace('_', ' ')} · ",
                f"{f['hcp_name'] or f['hcp_id']} ({f['hcp_id']}) · ",
                status,
            )
        )
        kind = f["kind"].replace("_", " ")
        console.print(Text(f"  {f['product']}: {f['event']} ({kind})"))
        console.print(Text(f"  \u201c{f['sentence']}\u201d", style="italic"))
        console.print(
            Text(
                "  elements: all four (patient, reporter, product, event)"
                if not missing
                else "  elements: missing " + ", ".join(missing) + "; report anyway",
                style="dim",
            )
        )
    say("Report each to Pharmacovigilance within 24 hours, even when details are missing.")


@app.command()
def forget(
    hcp: Annotated[str, typer.Argument(help="HCP id, NPI or exact name to erase.")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm the erasure (required).")] = False,
    db: DbOption = None,
) -> None:
    """Erase an HCP and everything about them (interactions, passages, vectors)."""
    from prepcli import service

    if not yes:
        raise fail(
            PrepError("erasure cannot be undone", hint=f"re-run as: prepcli forget {hcp!r} --yes")
        )
    url = _team_url(db)
    try:
        if url is None:
            person, removed = service.forget(_db(db), hcp, notice=say)
        else:
            from prepcli import team

            person, removed = team.forget(url, lambda path: service.forget(path, hcp, notice=say))
    except PrepError as e:
        raise fail(e) from None
    say(
        f"Erased {person['hcp_id']} ({person['name']}): "
        + ", ".join(f"{n} {k}" for k, n in removed.items())
    )


team_app = _Typer(
    cls=_Group, help="A team store on PostgreSQL: set it up, add logins (administrators)."
)
app.add_typer(team_app, name="team")
user_app = _Typer(cls=_Group, help="Logins of a team store.")
team_app.add_typer(user_app, name="user")
UrlArgument = Annotated[
    str, typer.Argument(metavar="URL", help="The team store, postgresql://USER@HOST/DATABASE.")
]


def _password(prompt: str) -> str:
    """From PREPCLI_PASSWORD, else asked (never an argument: it would stay in shell history)."""
    import os

    given = os.environ.get("PREPCLI_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise PrepError("no password given", hint="set PREPCLI_PASSWORD or run it in a terminal")
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=True))


@team_app.command("init")
def team_init(url: UrlArgument) -> None:
    """Create or migrate the team store: schema, pgvector, group roles and row-level security.
    Safe to run again."""
    from prepcli.stores import is_url, postgres

    try:
        if not is_url(url):
            raise PrepError(f"{url!r} is not a postgresql:// URL")
        done = postgres.init(url)
    except PrepError as e:
        raise fail(e) from None
    for line in done:
        say(line)
    say(f"The team store at {postgres.redact(url)} is ready (schema {postgres.SCHEMA_VERSION}).")


@user_app.command("add")
def team_user_add(
    name: Annotated[str, typer.Argument(help="The login name to create (or update).")],
    role: Annotated[str, typer.Option("--role", help="rep or msl.", show_default=False)],
    territory: Annotated[
        list[str] | None,
        typer.Option(
            "--territory",
            metavar="T",
            help="A territory this login may see (repeat for several; none: all territories).",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Add a login to the team store in the rep or MSL group. The password comes from
    PREPCLI_PASSWORD or a prompt."""
    from prepcli.stores import postgres

    try:
        url = _team_url(db)
        if url is None:
            raise PrepError("give the team store with --db URL (or PREPCLI_DB)")
        role = role.strip().lower()
        password = _password(f"Password for {name}")
        new = postgres.add_user(url, name, role, territory or [], password)
    except PrepError as e:
        raise fail(e) from None
    where = ", ".join(territory) if territory else "all territories"
    say(f"{'Added' if new else 'Updated'} {name}: {role}, {where}.")


@app.command()
def pull(
    url: UrlArgument,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            metavar="FILE",
            help="The local store to bring up to date (default: PREPCLI_DB, else the per-user "
            "store).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Copy what your login may see from a team store into a local store, vectors included,
    so prep works offline and embeds nothing. Only changes move; run it again any time."""
    from prepcli import team
    from prepcli.stores import is_url

    try:
        if not is_url(url):
            raise PrepError(f"{url!r} is not a postgresql:// URL")
        path = _db(str(db) if db is not None else None)
        report = team.pull(url, path)
    except PrepError as e:
        raise fail(e) from None
    say(f"Pulled into {path} ({report.role} login): {report.summary()}.")


# `prep`'s plain arguments, parsed without typer: building typer's parameters imports pydantic,
# a tenth of a briefing's start-up. Anything else (--help, a typo, a missing value) goes to typer.
_PREP_FLAGS = {"--day": "day_", "--week": "week", "--force": "force"}
_PREP_VALUES = {
    "--owner": "owner",
    "--role": "role",
    "--as-of": "as_of",
    "--format": "fmt",
    "-f": "fmt",
    "--output": "output",
    "-o": "output",
    "--topic": "topic",
    "--db": "db",
    "--model": "model",
}


def quick_prep_args(argv: list[str]) -> dict[str, Any] | None:
    """``argv`` as `prep`'s keyword arguments when it holds only its options and at most one
    HCP, else None."""
    args: dict[str, Any] = {"hcp": None}
    rest = list(argv)
    positional: list[str] = []
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            positional += rest
            break
        if not arg.startswith("-") or arg == "-":
            positional.append(arg)
            continue
        name, eq, value = arg.partition("=")
        if name in _PREP_FLAGS and not eq:
            args[_PREP_FLAGS[name]] = True
        elif name in _PREP_VALUES and (eq or rest):
            args[_PREP_VALUES[name]] = value if eq else rest.pop(0)
        else:
            return None
    if len(positional) > 1:
        return None
    if positional:
        args["hcp"] = positional[0]
    return args


class _PrepTyper(_Typer):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        quick = None if args or kwargs else quick_prep_args(sys.argv[1:])
        if quick is None:
            return super().__call__(*args, **kwargs)
        try:
            _prep(**quick)
        except typer.Exit as e:
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            sys.stderr.write("\nAborted!\n")
            sys.exit(1)
        sys.exit(0)


# The `prep` shortcut: the same command as `prepcli prep`, as a program of its own.
prep_app = _PrepTyper(add_completion=False)
prep_app.command()(prep_command)


if __name__ == "__main__":
    app()
