"""Render a ``Briefing``: markdown through ``templates/briefing.md.j2``, JSON, or the terminal.

Data never becomes markup: markdown output escapes every value (a note cannot open a heading,
table, link or formula), jinja only ever sees notes as values (``{{ 7*7 }}`` in a note stays
literal), and the terminal view builds rich ``Text`` objects rather than markup strings.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prepcli.briefing import Briefing
from prepcli.day import DayPack

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

# What can open structure anywhere in a line: emphasis, code, links, HTML, tables, strikethrough.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")
# What opens structure, or a spreadsheet formula, only at the start: headings, quotes, lists.
_LINE_START = re.compile(r"^([=+\-@#>\t\r])")
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")


def md(value: Any) -> str:
    """One line of inert markdown: special characters escaped, newlines folded, and a leading
    formula character escaped so a spreadsheet-style cell cannot become a formula or link."""
    if value is None or value == "":
        return "-"
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\\\1", text)
    text = _ORDERED_ITEM.sub(r"\1\\\2", text)
    return text.replace("://", ":\u200b//")


def details(entry: Any) -> str:
    """A call's objective, what was shown and whether samples were left, on one line."""
    parts = []
    if entry.objective:
        parts.append(f"objective: {entry.objective}")
    if entry.shown:
        parts.append("shown: " + ", ".join(entry.shown))
    if entry.sampled:
        parts.append("samples left")
    return " · ".join(parts)


def day(value: Any, missing: str = "-") -> str:
    return str(value)[:10] if value else missing


def channel(value: Any) -> str:
    return str(value).replace("_", " ") if value else "-"


def yesno(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, "unknown")


def template_dir() -> Path:
    """Installed wheels carry the templates inside the package; a checkout keeps them at the
    top level beside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "briefing.md.j2").exists():
            return candidate
    raise FileNotFoundError("templates/briefing.md.j2 is missing from this installation")


@cache
def environment() -> Any:
    import jinja2  # only markdown needs it; a JSON or terminal briefing starts faster without

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md, day=day, channel=channel, yesno=yesno, details=details)
    return env


def to_markdown(briefing: Briefing) -> str:
    return environment().get_template("briefing.md.j2").render(b=briefing)


def to_json(briefing: Briefing) -> str:
    return json.dumps(briefing.to_dict(), indent=2, ensure_ascii=False) + "\n"


def to_terminal(briefing: Briefing, console: Console) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    b = briefing
    for notice in b.notices:
        console.print(Panel(Text(notice, style="bold"), border_style="red"))
    title = Text(b.hcp.name, style="bold")
    title.append(f"  {b.role.upper()} view · as of {b.as_of}", style="dim")
    if b.topic:
        title.append(f" · focus: {b.topic}", style="dim")
    console.print(title)

    profile = Table.grid(padding=(0, 2))
    place = ", ".join(p for p in (b.hcp.institution, b.hcp.city, b.hcp.state) if p)
    rows = [
        ("Specialty", b.hcp.specialty),
        ("Institution", place),
        ("Segment", b.hcp.segment),
        ("Preferred channel", channel(b.hcp.preferred_channel)),
        ("Email consent", yesno(b.hcp.email_consent)),
        (
            "Last contact",
            f"commercial {day(b.hcp.last_contact['commercial'])}, "
            f"medical {day(b.hcp.last_contact['medical'])}",
        ),
        ("Last 90 days", f"{b.hcp.interactions_90d} interactions"),
    ]
    for label, value in rows:
        profile.add_row(Text(label, style="dim"), Text(value or "-"))
    console.print(profile)

    facts = [
        Text.assemble((f"{f.label}: ", "bold"), f.text, (f" ({f.interaction_id}, {f.date})", "dim"))
        for f in b.what_to_know
    ]
    _section(
        console,
        "What to know",
        facts or [Text("Nothing on access, objections or competitors in the last year.")],
    )

    lines: list[Any] = []
    if b.last_visit:
        lines.append(
            Text(
                f"Last visit {b.last_visit.date} ({channel(b.last_visit.channel)})"
                + (f": {b.last_visit.subject}" if b.last_visit.subject else ""),
                style="dim",
            )
        )
    for e in b.since_last_visit:
        detail = e.subject or (
            "medical contact (details with Medical Affairs)" if e.function == "medical" else ""
        )
        extra = " · ".join(
            x for x in (channel(e.engagement) if e.engagement else "", e.status or "") if x
        )
        lines.append(
            _item(
                "•",
                Text(f"{e.date} {channel(e.channel)}: {detail}" + (f" ({extra})" if extra else "")),
            )
        )
        lines += _points(e.points)
    if b.since_more:
        lines.append(Text(b.since_more, style="dim"))
    empty = "Nothing since then." if b.last_visit else "No contacts on record yet."
    _section(console, "Since last visit", lines or [Text(empty)])

    history_title = "Key history (commercial)" if b.role == "msl" else "Key history"
    _section(console, history_title, _entries(b.history) or [Text("No history on record.")])

    follow: list[Any] = [_follow_up(f) for f in b.follow_ups] or [Text("None open.")]
    if b.older_follow_ups:
        older = b.older_follow_ups
        follow.append(
            Text(
                f"{older} older follow-up{'s are' if older > 1 else ' is'} still open in the CRM.",
                "dim",
            )
        )
    done = [f for f in b.closed_follow_ups if f.function == "commercial" or b.role == "msl"]
    if done:
        listed = "; ".join(f"{f.text} ({f.closed_by})" for f in done[:3])
        more = f"; and {len(done) - 3} more" if len(done) > 3 else ""
        follow.append(Text(f"Done recently: {listed}{more}.", "dim"))
    _section(console, "Open follow-ups", follow)

    eg = b.engagement
    mix = " · ".join(f"{channel(c)} {n}" for c, n in eg.by_channel.items()) or "no contacts"
    eng = [Text(f"Last 12 months: {mix}")]
    if eg.emails and eg.email_open_rate is not None:
        eng.append(
            Text(f"Email open rate {eg.email_open_rate:.0%} ({eg.emails_opened}/{eg.emails})")
        )
    eng.append(Text(f"Events attended {eg.events_attended} of {eg.events_invited}"))
    eng.append(Text(eg.suggestion, style="bold"))
    bt = b.best_times
    if bt.summary() or bt.remarks:
        eng.append(Text("Best times: " + (bt.summary() or "too few past visits to tell")))
        eng += [Text(f"  notes: “{s}” ({iid})", style="dim") for iid, s in bt.remarks]
    _section(console, "Engagement", eng)

    mats: list[Any] = []
    for n, m in enumerate(b.materials, start=1):
        # The approval code and its expiry are one fact: they never wrap apart.
        approval = Text(f"{m.approval_code} · expires {day(m.expires_on, 'never')}", style="dim")
        if m.expiring_soon:
            approval.append("\nexpires within 30 days", style="yellow")
        heading = Table.grid(padding=(0, 2))
        heading.add_column(ratio=1)
        heading.add_column(no_wrap=True)
        heading.add_row(Text(m.title, style="bold"), approval)
        mats.append(_item(f"{n}.", Group(heading, Text(f"why: {m.reason}"))))
    mats = mats or [Text("No approved material fits now.")]
    mats += [Text(n, style="dim") for n in b.materials_notes]
    _section(console, "Recommended materials", mats)

    med = b.medical
    if b.role == "msl":
        body = [Text(f"{med.count} medical interactions on record.")] + _entries(med.interactions)
        body += [Text("Open medical follow-ups:", style="dim")]
        body += [_follow_up(f) for f in med.follow_ups] or [Text("None open.")]
    else:
        dates = ", ".join(med.dates[:5]) + (", …" if len(med.dates) > 5 else "")
        body = [
            Text(
                f"{med.count} medical interactions on record"
                + (f" ({dates})" if dates else "")
                + "."
            ),
            Text(med.note or ""),
        ]
    _section(console, "Medical", body)
    console.print(
        Text(
            f"{b.role} · as of {b.as_of} · newest record {day(b.data_as_of)} · "
            f"generated {b.generated_at} · sources: {len(b.sources)} records "
            "(--format json lists them)",
            style="dim",
        )
    )


def _follow_up(f: Any) -> Table:
    from rich.text import Text

    made = (
        f"made {len(f.dates)} times: {', '.join(f.dates)}"
        if len(f.dates) > 1
        else f"from {day(f.date)}"
    )
    found = {"note": " (found in the note)", "inquiry": " (open inquiry)"}.get(f.source, "")
    return _item(
        "•",
        Text.assemble(
            ("OVERDUE " if f.overdue else "", "bold red"),
            f.text
            + (f" ({f.product})" if f.product else "")
            + (f" · due {day(f.due)}" if f.due else "")
            + f" · {made}",
            (found, "dim"),
        ),
    )


def _item(marker: str, body: Any) -> Table:
    """A list item whose wrapped lines hang under its text, not under its bullet or number."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(marker, body)
    return grid


def _points(points: list[str]) -> list[Any]:
    """Key sentences in a grid, so wrapped lines stay indented under their entry."""
    from rich.table import Table
    from rich.text import Text

    if not points:
        return []
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3)
    grid.add_column(ratio=1)
    for point in points:
        grid.add_row("", Text(point))
    return [grid]


def _entries(entries: list[Any]) -> list[Any]:
    """Each entry's heading, then its key sentences in a grid so wrapped lines stay indented."""
    from rich.text import Text

    lines: list[Any] = []
    for e in entries:
        heading = f"{e.date} {channel(e.channel)}" + (f": {e.subject}" if e.subject else "")
        lines.append(_item("•", Text(heading, style="bold")))
        if details(e):
            lines.append(Text(f"   {details(e)}", style="dim"))
        lines += _points(e.points)
    return lines


def _section(console: Console, title: str, lines: list[Any]) -> None:
    from rich.console import Group
    from rich.panel import Panel

    console.print(Panel(Group(*lines), title=title, title_align="left", border_style="cyan"))


# ---- day packs ------------------------------------------------------------------------------


def _clock(start: str) -> str:
    return f"{start[:10]} {start[11:16]}"


def _gap(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def pack_to_json(pack: DayPack) -> str:
    return json.dumps(pack.to_dict(), indent=2, ensure_ascii=False) + "\n"


def pack_to_markdown(pack: DayPack) -> str:
    cover = environment().get_template("pack_cover.md.j2").render(p=pack, clock=_clock, gap=_gap)
    return "\n---\n\n".join([cover, *(to_markdown(b) for b in pack.briefings)])


def to_html(briefings: list[Briefing], pack: DayPack | None = None) -> str:
    """One self-contained page (no scripts, no network): the cover if it is a pack, then each
    briefing. Each briefing is the markdown briefing turned into HTML, so the page can never
    say more or less than the markdown does; raw HTML in data stays text (``html`` off, and
    every value was markdown-escaped before)."""
    import jinja2
    from markdown_it import MarkdownIt

    converter = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    bodies = [jinja2.filters.Markup(converter.render(to_markdown(b))) for b in briefings]
    if pack is None:
        title = f"Briefing: {briefings[0].hcp.name}"
    else:
        span = "" if pack.last_day == pack.first_day else f" to {pack.last_day}"
        title = f"Day pack {pack.first_day}{span}"
    return env.get_template("pack.html.j2").render(
        p=pack, bodies=bodies, title=title, clock=_clock, gap=_gap
    )


def pack_to_terminal(pack: DayPack, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    span = pack.first_day + (f" to {pack.last_day}" if pack.last_day != pack.first_day else "")
    console.print(Text(f"Your calls, {span}", style="bold"))
    for notice in pack.notices:
        console.print(Text(notice))
    table = Table(show_lines=True, expand=False)
    for col in ("when", "HCP", "where / objective", "don't forget"):
        table.add_column(col, overflow="fold")
    for c in pack.calls:
        when = Text(_clock(c.start) + f"\n{channel(c.channel)}")
        if c.minutes_to_next is not None:
            when.append(f"\nnext in {_gap(c.minutes_to_next)}", style="dim")
        place = Text("\n".join(x for x in (c.location, c.objective) if x) or "-")
        remember = Text(c.remember or "-", style="bold" if c.remember else "dim")
        if c.outside_best_times:
            remember.append(f"\nTime: {c.outside_best_times}", style="yellow")
        table.add_row(when, Text(c.hcp_name), place, remember)
    if pack.calls:
        console.print(table)
    for b in pack.briefings:
        console.rule()
        to_terminal(b, console)
