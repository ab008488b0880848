"""The firewall and approved-content rules, as properties: whatever the data, a rep's output in
every format, safety list included, holds no medical text, and no role is ever offered expired,
withdrawn or draft content. Canary strings are planted where leaks would come from."""

from __future__ import annotations

import io
import json
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from prepcli import render, service, store
from prepcli.cli import app
from prepcli.embed import FakeEmbedder
from prepcli.ingest.validate import CHANNELS as VALID_CHANNELS

AS_OF = date(2026, 11, 23)
CHANNELS = list(VALID_CHANNELS)
# A medical inquiry is medical by definition (labelled commercial it is refused at ingest).
COMMERCIAL_CHANNELS = [c for c in CHANNELS if c != "medical_inquiry"]
WORDS = [
    "formulary",
    "dosing",
    "renal",
    "access",
    "samples",
    "reprint",
    "trial",
    "copay",
    "autoinjector",
    "safety",
    "subgroup",
    "payer",
]

interaction = st.fixed_dictionaries(
    {
        "function": st.sampled_from(["commercial", "medical"]),
        "channel": st.sampled_from(CHANNELS),
        "days_ago": st.integers(0, 700),
        "words": st.lists(st.sampled_from(WORDS), min_size=3, max_size=12),
        "follow_up": st.booleans(),
        "status": st.sampled_from([None, "open", "closed"]),
        "adverse_event": st.booleans(),
    }
)
piece = st.fixed_dictionaries(
    {
        "audience": st.sampled_from(["commercial", "medical"]),
        "status": st.sampled_from(["approved", "withdrawn", "draft"]),
        "expired": st.booleans(),
        "words": st.lists(st.sampled_from(WORDS), min_size=5, max_size=15),
    }
)


def _write(folder: Path, interactions: list[dict], pieces: list[dict]) -> tuple[set, set]:
    """Write a dataset; return (medical canaries, unofferable-content canaries)."""
    medical, unofferable = set(), set()
    (folder / "hcps.csv").write_text("hcp_id,name,specialty\nH1,Dr. Amara Okafor,Oncology\n")
    rows = []
    for n, spec in enumerate(interactions):
        canary = f"CANARY{n}X"
        text = " ".join(spec["words"])
        row = {
            "interaction_id": f"I{n}",
            "hcp_id": "H1",
            "date": (AS_OF - timedelta(days=spec["days_ago"])).isoformat(),
            "channel": "medical_inquiry"
            if spec["function"] == "medical" and n % 3 == 0
            else spec["channel"]
            if spec["function"] == "medical"
            else COMMERCIAL_CHANNELS[CHANNELS.index(spec["channel"]) % len(COMMERCIAL_CHANNELS)],
            "function": spec["function"],
            "subject": f"{canary}S {text[:20]}",
            "notes": f"Discussed {text}. {canary}N promised to send the {text}.",
            "status": spec["status"],
        }
        if spec["adverse_event"]:
            # Planted so the safety list has something to show, or to leak.
            row["products"] = ["Veltrana"]
            row["notes"] += f" A patient on Veltrana was hospitalised {canary}N."
        if spec["follow_up"]:
            row["follow_up"] = f"{canary}F send {text}"
            row["follow_up_due"] = (AS_OF + timedelta(days=7)).isoformat()
        if spec["function"] == "medical":
            medical.update({f"{canary}S", f"{canary}N", f"{canary}F"})
        rows.append(row)
    (folder / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    content = []
    for n, spec in enumerate(pieces):
        canary = f"CONTENTCANARY{n}X"
        expires = AS_OF - timedelta(days=1) if spec["expired"] else AS_OF + timedelta(days=200)
        content.append(
            {
                "content_id": f"C{n}",
                "title": f"{canary} {' '.join(spec['words'][:3])}",
                "audience": spec["audience"],
                "approval_code": f"US-{n:04d}",
                "approved_on": "2025-01-01",
                "expires_on": expires.isoformat(),
                "status": spec["status"],
                "body": " ".join(spec["words"]),
            }
        )
        if spec["status"] != "approved" or spec["expired"]:
            unofferable.add(canary)
        elif spec["audience"] == "medical":
            medical.add(canary)
    (folder / "content.json").write_text(json.dumps(content))
    # A day's planned calls: the MSL's medical one must not reach a rep's pack at all.
    (folder / "schedule.csv").write_text(
        "plan_id,hcp_id,start,channel,function,objective\n"
        f"P1,H1,{AS_OF}T09:00,in_person,commercial,Bring the leave-behind\n"
        f"P2,H1,{AS_OF}T15:00,virtual,medical,PLANCANARYX discuss off-label data\n"
    )
    medical.add("PLANCANARYX")
    return medical, unofferable


def _outputs(db: Path, role: str) -> str:
    b = service.prep(db, "Okafor", role=role, as_of=AS_OF, generated_at="fixed")
    buffer = io.StringIO()
    render.to_terminal(b, Console(file=buffer, width=300))
    pack = service.day_pack(db, AS_OF, week=False, role=role, generated_at="fixed")
    render.pack_to_terminal(pack, Console(file=buffer, width=300))
    return "\n".join(
        [
            render.to_markdown(b),
            render.to_json(b),
            buffer.getvalue(),
            render.pack_to_markdown(pack),
            render.pack_to_json(pack),
            render.to_html(pack.briefings, pack),
        ]
    )


def _safety_outputs(db: Path, role: str) -> str:
    """The safety list in every form: the service's rows, and the command's table and JSON."""
    report = service.safety_report(db, role=role, as_of=AS_OF, include_reported=True)
    runner = CliRunner(env={"COLUMNS": "300"})
    args = ["safety", "--db", str(db), "--role", role, "--all", "--as-of", AS_OF.isoformat()]
    table = runner.invoke(app, args)
    as_json = runner.invoke(app, [*args, "--json"])
    assert table.exit_code == 0 and as_json.exit_code == 0, table.output
    return "\n".join([json.dumps(report.flags), table.output, as_json.output])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(interaction, min_size=1, max_size=25), st.lists(piece, min_size=1, max_size=12))
def test_rep_output_never_holds_medical_text_or_unapproved_content(interactions, pieces):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        medical, unofferable = _write(folder, interactions, pieces)
        db = folder / "store.db"
        service.ingest(db, [folder], model=FakeEmbedder.model_id)
        rep = _outputs(db, "rep")
        leaked = {c for c in medical | unofferable if c in rep}
        assert not leaked, f"rep output leaks {sorted(leaked)}"
        # The facts derived from notes at ingest pass the same filter as the notes.
        facts = store.visible_interactions(store.open_reader(db), "H1", "rep", facts=True)
        derived = json.dumps([r["facts"] for r in facts])
        assert not {c for c in medical if c in derived}
        msl = _outputs(db, "msl")
        assert not {c for c in unofferable if c in msl}
        rep_safety = _safety_outputs(db, "rep")
        leaked = {c for c in medical if c in rep_safety}
        assert not leaked, f"rep safety list leaks {sorted(leaked)}"
        planted = {f"CANARY{n}XN" for n, spec in enumerate(interactions) if spec["adverse_event"]}
        assert planted <= set(re.findall(r"CANARY\d+XN", _safety_outputs(db, "msl")))
        for mode in ("bm25", "dense", "hybrid"):
            hits = service.search(
                db,
                " ".join(WORDS),
                role="rep",
                model=FakeEmbedder.model_id,
                today=AS_OF,
                mode=mode,
                limit=50,
            )
            text = json.dumps(hits)
            assert not {c for c in medical | unofferable if c in text}


# ---- the same property over a Veeva export ---------------------------------------------------
# Record types and profiles as orgs name them: some the shipped mapping calls commercial, some
# medical, and some it has never heard of. Only a call every known signal calls commercial may
# reach a rep; an unknown name must hide the call (stored medical by default).
RECORD_TYPES = {
    "CallReport_vod": "shared",  # used by reps and MSLs alike: says nothing on its own
    "": "shared",
    "MSL_Interaction": "medical",
    "Scientific_Exchange": "unknown",
    "Medical_Call_vod": "medical",
}
PROFILES = {
    "Sales Representative - Oncology": "commercial",
    "Key Account Manager": "commercial",
    "MSL - Oncology": "medical",
    "Field Excellence Partner": "unknown",
    "Standard User": "unknown",
    "Medical Lead APAC": "unknown",
}
veeva_call = st.fixed_dictionaries(
    {
        "record_type": st.sampled_from(sorted(RECORD_TYPES)),
        "profile": st.sampled_from(sorted(PROFILES)),
        "days_ago": st.integers(0, 400),
        "words": st.lists(st.sampled_from(WORDS), min_size=3, max_size=10),
        "medical_discussion": st.booleans(),
    }
)


def _write_veeva(folder: Path, calls: list[dict]) -> set[str]:
    """A Veeva export (Account, User, Call2_vod__c); returns the canaries no rep may see."""
    import csv

    (folder / "Account.csv").write_text(
        "Id,Name,FirstName,LastName,IsPersonAccount\n"
        "001Hs0000DVrZfrIQF,Amara Okafor,Amara,Okafor,TRUE\n"
    )
    with (folder / "User.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Id", "Name", "Profile.Name"])
        for n, profile in enumerate(sorted(PROFILES)):
            w.writerow([f"005Hs00000User{n}", f"User {n}", profile])
    users = {p: f"005Hs00000User{n}" for n, p in enumerate(sorted(PROFILES))}
    hidden = set()
    with (folder / "Call2_vod__c.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "Id",
                "RecordType.DeveloperName",
                "OwnerId",
                "Account_vod__c",
                "Call_Date_vod__c",
                "Status_vod__c",
                "Subject_vod__c",
                "Call_Comments_vod__c",
                "Next_Call_Notes_vod__c",
                "Medical_Discussions_vod__c",
            ]
        )
        for n, spec in enumerate(calls):
            canary = f"VCANARY{n}X"
            text = " ".join(spec["words"])
            shown = (
                RECORD_TYPES[spec["record_type"]] == "shared"
                and PROFILES[spec["profile"]] == "commercial"
                and not spec["medical_discussion"]
            )
            if not shown:
                hidden.update({f"{canary}S", f"{canary}N", f"{canary}F", f"{canary}D"})
            w.writerow(
                [
                    f"a1CHs{n:010d}",
                    spec["record_type"],
                    users[spec["profile"]],
                    "001Hs0000DVrZfrIQF",
                    (AS_OF - timedelta(days=spec["days_ago"])).isoformat(),
                    "Submitted_vod",
                    f"{canary}S {text[:20]}",
                    f"Discussed {text}. {canary}N promised to send the {text}.",
                    f"{canary}F send {text}",
                    f"{canary}D off-label {text}" if spec["medical_discussion"] else "",
                ]
            )
            hidden.add(f"{canary}D")  # medical discussion text is never a rep's to read
    return hidden


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(veeva_call, min_size=1, max_size=20))
def test_rep_output_never_holds_text_of_crm_calls_no_rule_called_commercial(calls):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "export"
        folder.mkdir()
        hidden = _write_veeva(folder, calls)
        db = Path(tmp) / "store.db"
        service.ingest(db, [folder], from_="veeva", model=FakeEmbedder.model_id)
        rep = _outputs(db, "rep")
        leaked = {c for c in hidden if c in rep}
        assert not leaked, f"rep output leaks {sorted(leaked)}"
        # Not vacuous: the newest call the rules call commercial is the rep's last visit.
        shown = [n for n in range(len(calls)) if f"VCANARY{n}XS" not in hidden]
        if shown:
            newest = min(shown, key=lambda n: (calls[n]["days_ago"], -n))
            assert f"VCANARY{newest}XS" in rep
        for mode in ("bm25", "dense", "hybrid"):
            hits = service.search(
                db,
                " ".join(WORDS),
                role="rep",
                model=FakeEmbedder.model_id,
                today=AS_OF,
                mode=mode,
                limit=50,
            )
            assert not {c for c in hidden if c in json.dumps(hits)}


# ---- the same property on a team store (PostgreSQL) ----------------------------------------
# Here the database is the wall: the data goes in centrally, a rep login pulls what its row-level
# security lets through, and every output of the pulled store, the pulled file's raw bytes and
# the team store's own search must be free of medical text.


@pytest.mark.postgres
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(interaction, min_size=1, max_size=25), st.lists(piece, min_size=1, max_size=12))
def test_rep_login_on_a_team_store_never_gets_medical_text(pg_server, interactions, pieces):
    import uuid

    import psycopg

    from prepcli import store, team
    from prepcli.stores import postgres
    from tests.conftest import as_login, drop_database, with_database

    name = f"prepcli_fw_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = with_database(pg_server, name)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            medical, unofferable = _write(folder, interactions, pieces)
            postgres.init(url)
            central = folder / "central.db"
            with postgres.session(url) as conn:
                team.pull(url, central)
                service.ingest(central, [folder], model=FakeEmbedder.model_id)
                team.push(conn, store.open_store(central, create=False))
            postgres.add_user(url, "fw_rep", "rep", [], "fw-secret")
            rep_url = as_login(url, "fw_rep", "fw-secret")
            laptop = folder / "laptop" / "rep.db"
            team.pull(rep_url, laptop)
            rep = _outputs(laptop, "rep") + _safety_outputs(laptop, "rep")
            assert not {c for c in medical | unofferable if c in rep}
            raw = b"".join(p.read_bytes() for p in laptop.parent.iterdir() if p.is_file())
            assert not {c for c in medical if c.encode() in raw}
            for mode in ("bm25", "dense", "hybrid"):
                viewer, hits = team.search(
                    rep_url,
                    " ".join(WORDS),
                    role="rep",
                    model=FakeEmbedder.model_id,
                    today=AS_OF,
                    mode=mode,
                    limit=50,
                )
                assert viewer == "rep"
                assert not {c for c in medical | unofferable if c in json.dumps(hits)}
    finally:
        drop_database(pg_server, name)
