"""Planned calls and the day pack: the schedule record kind, Veeva-style planned calls leaving
the schedule once logged, the cover's "one thing not to forget", best times, and every format
of the pack (the HTML one in a real headless browser where one is installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from prepcli import day as pack
from prepcli import store
from prepcli.besttimes import best_times, outside
from prepcli.cli import app, prep_app

SCHEDULE = (
    "plan_id,hcp_id,start,channel,objective,location,owner\n"
    "P1,H001,2026-10-22T09:30,in_person,Bring the dosing guide,Lakeside Cancer Center,rep.jones\n"
    "P2,H002,2026-10-22T11:15,virtual,Congress follow-up,,rep.jones\n"
    "P3,H001,2026-10-23T10:00,in_person,Second visit,,rep.smith\n"
    "P4,H001,2026-10-22T16:00,medical_inquiry,MSLONLYCANARY answer the renal question,,msl.patel\n"
)


@pytest.fixture
def with_schedule(tiny_data: Path) -> Path:
    (tiny_data / "schedule.csv").write_text(SCHEDULE, encoding="utf-8")
    return tiny_data


def _ingest(runner, *paths: Path) -> None:
    result = runner.invoke(app, ["ingest", *map(str, paths)])
    assert result.exit_code == 0, result.output


# ---- the record kind ------------------------------------------------------------------------


def test_schedule_ingests_from_csv_json_and_jsonl(runner, tiny_data: Path, db_path: Path) -> None:
    _ingest(runner, tiny_data)
    (tiny_data / "extra").mkdir()
    rows = [
        {"plan_id": "J1", "hcp_id": "H001", "start": "2026-12-01T08:00", "channel": "phone"},
        {"plan_id": "J2", "hcp_id": "H002", "start": "2026-12-01T09:00:00Z", "channel": "virtual"},
    ]
    (tiny_data / "extra" / "schedule.json").write_text(json.dumps(rows[:1]))
    (tiny_data / "extra" / "schedule_more.jsonl").write_text(json.dumps(rows[1]) + "\n")
    _ingest(runner, tiny_data / "extra")
    db = store.open_store(db_path, create=False)
    plans = store.visible_schedule(db, "rep", "2026-12-01", "2026-12-02")
    assert [(p["plan_id"], p["start"], p["function"]) for p in plans] == [
        ("J1", "2026-12-01T08:00", "commercial"),
        ("J2", "2026-12-01T09:00", "commercial"),
    ]


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("B1,H001,2026-12-01,in_person", "start", "time of day"),
        ("B1,H001,tomorrow,in_person", "start", "ISO 8601"),
        ("B1,H999,2026-12-01T09:00,in_person", "hcp_id", "neither in the store"),
        ("B1,H001,2026-12-01T09:00,carrier_pigeon", "channel", "expected one of"),
        (",H001,2026-12-01T09:00,in_person", "plan_id", "required"),
    ],
)
def test_invalid_schedule_rows_name_file_row_field_and_change_nothing(
    runner, tiny_data: Path, db_path: Path, row: str, field: str, words: str
) -> None:
    _ingest(runner, tiny_data)
    before = db_path.read_bytes()
    bad = tiny_data.parent / "bad"
    bad.mkdir()
    (bad / "schedule.csv").write_text("plan_id,hcp_id,start,channel\n" + row + "\n")
    result = runner.invoke(app, ["ingest", str(bad)])
    assert result.exit_code == 2
    assert f"schedule.csv:2: {field}" in result.stderr.replace("\n", " ")
    assert words in result.stderr.replace("\n", " ")
    db = store.open_store(db_path, create=False)
    assert store.counts(db)["schedule"] == 0
    assert len(before) > 0


def test_a_medical_inquiry_plan_cannot_be_commercial(runner, tiny_data: Path) -> None:
    _ingest(runner, tiny_data)
    bad = tiny_data.parent / "bad"
    bad.mkdir()
    (bad / "schedule.csv").write_text(
        "plan_id,hcp_id,start,channel,function\nB1,H001,2026-12-01T09:00,medical_inquiry,"
        "commercial\n"
    )
    result = runner.invoke(app, ["ingest", str(bad)])
    assert result.exit_code == 2
    assert "schedule.csv:2: function" in result.stderr


def test_a_planned_call_logged_as_an_interaction_leaves_the_schedule(
    runner, with_schedule: Path, db_path: Path
) -> None:
    _ingest(runner, with_schedule)
    logged = with_schedule.parent / "logged"
    logged.mkdir()
    (logged / "interactions.jsonl").write_text(
        json.dumps(
            {
                "interaction_id": "P1",
                "hcp_id": "H001",
                "date": "2026-10-22T09:40:00Z",
                "channel": "in_person",
                "function": "commercial",
                "notes": "Dropped off the dosing guide.",
            }
        )
        + "\n"
    )
    _ingest(runner, logged)
    db = store.open_store(db_path, create=False)
    ids = [p["plan_id"] for p in store.visible_schedule(db, "msl", "2026-10-01", "2026-11-01")]
    assert "P1" not in ids
    # The old calendar export, ingested again, does not bring it back.
    _ingest(runner, with_schedule / "schedule.csv")
    ids = [p["plan_id"] for p in store.visible_schedule(db, "msl", "2026-10-01", "2026-11-01")]
    assert "P1" not in ids


def test_forget_removes_planned_calls(runner, with_schedule: Path, db_path: Path) -> None:
    _ingest(runner, with_schedule)
    assert runner.invoke(app, ["forget", "H001", "--yes"]).exit_code == 0
    db = store.open_store(db_path, create=False)
    plans = store.visible_schedule(db, "msl", "2026-01-01", "2027-01-01")
    assert [p["hcp_id"] for p in plans] == ["H002"]


# ---- the cover --------------------------------------------------------------------------------


def _fake_briefing(**over) -> SimpleNamespace:
    hcp = SimpleNamespace(do_not_contact=False, email_consent=True)
    base = dict(
        notices=[],
        hcp=hcp,
        role="rep",
        follow_ups=[],
        medical=SimpleNamespace(follow_ups=[]),
        materials=[],
    )
    base.update(over)
    return SimpleNamespace(**base)


def test_one_thing_not_to_forget_is_chosen_in_order_of_urgency() -> None:
    overdue = SimpleNamespace(overdue=True, text="Send reprint", due="2026-10-16", date="x")
    expiring = SimpleNamespace(expiring_soon=True, title="Dosing card", expires_on="2026-11-26")
    safety = "Possible adverse event in the 2026-11-19 call note, not marked as reported"
    full = dict(
        notices=[safety],
        hcp=SimpleNamespace(do_not_contact=True, email_consent=False),
        follow_ups=[overdue],
        materials=[expiring],
    )
    assert pack.one_thing(_fake_briefing(**full)) == safety
    full["notices"] = []
    assert pack.one_thing(_fake_briefing(**full)).startswith("Do not contact")
    full["hcp"] = SimpleNamespace(do_not_contact=False, email_consent=False)
    assert pack.one_thing(_fake_briefing(**full)) == "Overdue: Send reprint (due 2026-10-16)"
    full["follow_ups"] = []
    assert pack.one_thing(_fake_briefing(**full)).startswith("No email consent")
    full["hcp"] = SimpleNamespace(do_not_contact=False, email_consent=None)
    assert pack.one_thing(_fake_briefing(**full)).startswith("Email consent unknown")
    full["hcp"] = SimpleNamespace(do_not_contact=False, email_consent=True)
    assert pack.one_thing(_fake_briefing(**full)).startswith("Dosing card expires 2026-11-26")
    full["materials"] = []
    assert pack.one_thing(_fake_briefing(**full)) is None


def test_a_rep_is_not_reminded_of_medical_follow_ups() -> None:
    medical = SimpleNamespace(overdue=True, text="Send renal data", due="2026-10-01", date="x")
    b = _fake_briefing(medical=SimpleNamespace(follow_ups=[medical]))
    assert pack.one_thing(b) is None
    b.role = "msl"
    assert pack.one_thing(b) == "Overdue: Send renal data (due 2026-10-01)"


def test_gaps_and_windows() -> None:
    starts = ["2026-12-01T09:00", "2026-12-01T10:30", "2026-12-01T14:00", "2026-12-02T09:00"]
    assert pack.gaps(starts) == [90, 210, None, None]
    assert pack.window(date(2026, 12, 3), week=True) == (date(2026, 11, 30), date(2026, 12, 6))
    assert pack.window(date(2026, 12, 3), week=False) == (date(2026, 12, 3), date(2026, 12, 3))


# ---- best times -------------------------------------------------------------------------------


def _visit(n: int, when: str, channel: str = "in_person", **extra) -> dict:
    return {"interaction_id": f"V{n}", "date": when, "channel": channel, **extra}


def test_best_times_come_from_visits_that_happened() -> None:
    rows = [
        _visit(1, "2026-11-03T09:10:00Z"),  # Tuesday
        _visit(2, "2026-11-10T10:00:00Z"),
        _visit(3, "2026-11-17T09:40:00Z", "virtual"),
        _visit(4, "2026-11-12T11:00:00Z"),  # Thursday
        _visit(5, "2026-11-19T10:20:00Z"),
        _visit(6, "2026-11-24T09:00:00Z"),
        _visit(7, "2026-11-21T18:00:00Z", engagement="no_show"),  # Saturday, never happened
        _visit(8, "2026-11-22T19:00:00Z", "email"),
        _visit(9, "2026-11-20"),  # no time of day
    ]
    best = best_times(rows)
    assert best.visits == 6
    assert best.days == ["Tuesday", "Thursday"]
    assert best.hours == (9, 10)
    assert "Saturday" in best.never_days
    assert outside(best, datetime(2026, 12, 1, 9, 30)) is None
    assert "Friday" in outside(best, datetime(2026, 12, 4, 9, 30))
    assert "not at 15:00" in outside(best, datetime(2026, 12, 1, 15, 0))


def test_best_times_read_what_the_notes_say() -> None:
    rows = [
        _visit(1, "2026-11-03T09:10:00Z", notes="Office manager: no visits before 10 am."),
        _visit(2, "2026-11-10T10:00:00Z", notes="Dr. Roe prefers Thursdays. Asked about dosing."),
        _visit(3, "2026-11-10T10:00:00Z", notes="Avoid Mondays, clinic is packed."),
    ]
    best = best_times(rows)
    assert best.not_before == 10
    assert best.preferred_days == ["Thursday"]
    assert best.avoid_days == ["Monday"]
    assert [s for _, s in best.remarks] == [
        "Dr. Roe prefers Thursdays.",
        "Avoid Mondays, clinic is packed.",
        "Office manager: no visits before 10 am.",
    ]
    assert "Monday" in outside(best, datetime(2026, 12, 7, 11, 0))
    assert "before 10:00" in outside(best, datetime(2026, 12, 3, 9, 0))
    assert "prefer Thursday" in outside(best, datetime(2026, 12, 2, 11, 0))
    assert outside(best, datetime(2026, 12, 3, 11, 0)) is None


def test_too_few_visits_say_nothing() -> None:
    best = best_times([_visit(1, "2026-11-03T09:10:00Z")])
    assert best.summary() is None
    assert outside(best, datetime(2026, 12, 5, 20, 0)) is None


# ---- the pack through the CLI -----------------------------------------------------------------


def test_day_pack_in_every_format_keeps_the_firewall(
    runner, with_schedule: Path, tmp_path: Path
) -> None:
    _ingest(runner, with_schedule)
    md = runner.invoke(prep_app, ["--day", "2026-10-22", "-f", "markdown"])
    assert md.exit_code == 0, md.output
    assert md.stdout.index("Dr. Amara Okafor") < md.stdout.index("Dr. Ben Lindqvist")
    assert "# Briefing: Dr. Amara Okafor" in md.stdout
    assert "next in 1 h 45 min" in md.stdout
    assert "Overdue: Send the dosing guide" in md.stdout
    assert "Second visit" not in md.stdout  # the next day
    data = json.loads(runner.invoke(prep_app, ["--day", "2026-10-22", "-f", "json"]).stdout)
    assert [c["plan_id"] for c in data["calls"]] == ["P1", "P2"]
    assert [b["hcp"]["hcp_id"] for b in data["briefings"]] == ["H001", "H002"]
    term = runner.invoke(prep_app, ["--day", "2026-10-22"])
    assert term.exit_code == 0 and "Your calls, 2026-10-22" in term.stdout
    out = tmp_path / "day.html"
    html = runner.invoke(prep_app, ["--day", "2026-10-22", "-f", "html", "-o", str(out)])
    assert html.exit_code == 0, html.output
    page = out.read_text()
    assert "<script" not in page and "http://" not in page and "https://" not in page
    for text in (md.stdout, json.dumps(data), term.stdout, page):
        assert "MSLONLYCANARY" not in text
        assert "renal impairment" not in text.lower()
    msl = runner.invoke(prep_app, ["--day", "2026-10-22", "-f", "json", "--role", "msl"])
    assert "MSLONLYCANARY" in msl.stdout


def test_week_pack_and_owner_filter(runner, with_schedule: Path) -> None:
    _ingest(runner, with_schedule)
    week = json.loads(runner.invoke(prep_app, ["--week", "2026-10-21", "-f", "json"]).stdout)
    assert (week["first_day"], week["last_day"]) == ("2026-10-19", "2026-10-25")
    assert [c["plan_id"] for c in week["calls"]] == ["P1", "P2", "P3"]
    # Each call is briefed as of its own day.
    assert [b["as_of"] for b in week["briefings"]] == ["2026-10-22", "2026-10-22", "2026-10-23"]
    mine = runner.invoke(prep_app, ["--week", "2026-10-21", "--owner", "rep.smith", "-f", "json"])
    assert [c["plan_id"] for c in json.loads(mine.stdout)["calls"]] == ["P3"]


def test_each_briefing_of_a_pack_is_in_the_audit_trail(
    runner, with_schedule: Path, db_path: Path
) -> None:
    from prepcli import audit

    _ingest(runner, with_schedule)
    db = store.open_store(db_path, create=False)
    before = len(audit.rows(db))
    week = json.loads(runner.invoke(prep_app, ["--week", "2026-10-21", "-f", "json"]).stdout)
    logged = audit.rows(db)[before:]
    assert [(r["command"], r["hcp_id"], r["as_of"]) for r in logged] == [
        ("prep --week", b["hcp"]["hcp_id"], b["as_of"]) for b in week["briefings"]
    ]
    assert [r["record_ids"] for r in logged] == [b["sources"] for b in week["briefings"]]
    assert audit.verify(db).broken_at is None
    # A day with no calls shows nothing, so it logs nothing.
    runner.invoke(prep_app, ["--day", "2026-12-25", "-f", "json"])
    assert len(audit.rows(db)) == before + len(logged)


def test_an_empty_day_says_so(runner, with_schedule: Path) -> None:
    _ingest(runner, with_schedule)
    result = runner.invoke(prep_app, ["--day", "2026-12-25", "-f", "markdown"])
    assert result.exit_code == 0
    assert "No planned calls from 2026-12-25 to 2026-12-25." in result.stdout


def test_a_bad_day_names_the_option(runner, with_schedule: Path) -> None:
    _ingest(runner, with_schedule)
    result = runner.invoke(prep_app, ["--day", "12/01/2026"])
    assert result.exit_code == 2
    assert "--day '12/01/2026' is not a date" in result.stderr


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    _chromium() is None, reason="no headless chromium installed (apt-get install chromium)"
)
def test_html_pack_renders_and_prints_in_a_real_browser(
    runner, with_schedule: Path, tmp_path: Path
) -> None:
    _ingest(runner, with_schedule)
    page = tmp_path / "day.html"
    made = runner.invoke(prep_app, ["--day", "2026-10-22", "-f", "html", "-o", str(page)])
    assert made.exit_code == 0, made.output
    flags = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Your calls, 2026-10-22" in dom.stdout
    assert "Briefing: Dr. Ben Lindqvist" in dom.stdout
    assert "MSLONLYCANARY" not in dom.stdout and "renal" not in dom.stdout.lower()
    pdf = tmp_path / "day.pdf"
    printed = subprocess.run(
        [*flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert printed.returncode == 0, printed.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF")
    # The cover, then each of the two briefings starting on a page of its own.
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes())) >= 3


def test_veeva_planned_call_joins_the_schedule_and_leaves_it_once_submitted(
    runner, db_path: Path, tmp_path: Path
) -> None:
    veeva = Path(__file__).parent / "fixtures" / "veeva"
    assert runner.invoke(app, ["ingest", str(veeva), "--from", "veeva"]).exit_code == 0
    pack_json = runner.invoke(prep_app, ["--day", "2026-12-02", "-f", "json"]).stdout
    calls = json.loads(pack_json)["calls"]
    assert [(c["plan_id"], c["start"], c["objective"]) for c in calls] == [
        ("a1CHs0000ZazDYHMQ2", "2026-12-02T10:00", "Plan: review the subgroup reprint with her.")
    ]
    # The same call, a later export: submitted, with its call notes.
    later = tmp_path / "later"
    shutil.copytree(veeva, later)
    calls_csv = later / "Call2_vod__c.csv"
    text = calls_csv.read_text(encoding="utf-8")
    calls_csv.write_text(
        text.replace(
            "2026-12-02T10:00:00.000+0000,Planned_vod", "2026-12-02T10:00:00.000+0000,Submitted_vod"
        ),
        encoding="utf-8",
    )
    assert runner.invoke(app, ["ingest", str(later), "--from", "veeva"]).exit_code == 0
    assert (
        json.loads(runner.invoke(prep_app, ["--day", "2026-12-02", "-f", "json"]).stdout)["calls"]
        == []
    )
    db = store.open_store(db_path, create=False)
    logged = db.execute(
        "SELECT date FROM interactions WHERE interaction_id = ?", ["a1CHs0000ZazDYHMQ2"]
    )
    assert logged.fetchone() is not None
