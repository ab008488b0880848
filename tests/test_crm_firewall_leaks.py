"""Firewall leaks an audit found in CRM and native ingest, each closed where the data is decided.

Each export is a few inline rows shaped like Veeva's (field names from its public field
reference). Medical text carries a MEDMARK- marker; the tests assert no marker sits on a
commercial record, and that an ordinary rep's call with a known owner stays commercial.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from prepcli.cli import app
from prepcli.ingest.crm import MappedResult, read_mapped
from prepcli.ingest.mapping import load_mapping
from prepcli.ingest.readers import InputFile, Unreadable, read_file

MARK = "MEDMARK-"

ACCOUNTS = (
    "Id,Name,FirstName,LastName,IsPersonAccount\n"
    "001AA00000HCP01,Dr. Vera Alpha,Vera,Alpha,TRUE\n"
    "001AA00000HCP02,Dr. Gus Parent,Gus,Parent,TRUE\n"
    "001AA00000HCP03,Dr. Ada Attendee,Ada,Attendee,TRUE\n"
)
USERS = (
    "Id,Name,Username,Profile.Name\n"
    "005AA00000USR01,Rita Rep,rita@example.com,Sales Representative - Oncology\n"
    "005AA00000USR02,Max MSL,max@example.com,Medical Science Liaison\n"
    "005AA00000USR03,Blank Profile,blank@example.com,\n"
)
CALL_HEADER = (
    "Id,Name,RecordType.DeveloperName,OwnerId,Account_vod__c,Call_Datetime_vod__c,"
    "Status_vod__c,Subject_vod__c,Call_Comments_vod__c,Next_Call_Notes_vod__c,"
    "Medical_Discussions_vod__c,Medical_Inquiry_vod__c,Parent_Call_vod__c\n"
)
WHEN = "2026-10-15T09:00:00.000+0000"


def call(
    cid: str,
    owner: str,
    account: str,
    *,
    status: str = "Submitted_vod",
    record_type: str = "CallReport_vod",
    subject: str = "",
    comments: str = "",
    follow_up: str = "",
    medical_discussion: str = "",
    inquiry: str = "",
    parent: str = "",
    when: str = WHEN,
) -> str:
    return (
        f"{cid},{cid[-5:]},{record_type},{owner},{account},{when},{status},{subject},"
        f"{comments},{follow_up},{medical_discussion},{inquiry},{parent}\n"
    )


def export(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {"Account.csv": ACCOUNTS, "User.csv": USERS, **files}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def veeva(folder: Path) -> MappedResult:
    result = read_mapped(folder, load_mapping("veeva"))
    assert result.problems == []
    return result


def by_id(result: MappedResult, kind: str = "interactions") -> dict[str, dict]:
    key = "plan_id" if kind == "schedule" else "interaction_id"
    return {r.data[key][:15]: r.data for r in result.rows if r.kind == kind}


def no_marker_on_commercial(result: MappedResult) -> None:
    for row in result.rows:
        if row.data.get("function") == "commercial":
            assert MARK not in str(row.data), (row.file, row.row)


# ---- L7: a column or key given twice is an input error ---------------------------------------


def test_a_crm_column_given_twice_in_two_spellings_is_refused(tmp_path: Path) -> None:
    calls = (
        "Id,Owner.Profile.Name,Account_vod__c,Call_Datetime_vod__c,Status_vod__c,"
        "Call_Comments_vod__c,OWNER.PROFILE.NAME\n"
        f"a1CAA00000CAL31,Medical Science Liaison,001AA00000HCP01,{WHEN},Submitted_vod,"
        "MEDMARK-VD1,Sales Representative - Oncology\n"
    )
    result = read_mapped(export(tmp_path, {"Call2_vod__c.csv": calls}), load_mapping("veeva"))
    assert [(Path(p.file).name, p.row, p.field) for p in result.problems] == [
        ("Call2_vod__c.csv", 1, "OWNER.PROFILE.NAME")
    ]
    assert "twice" in result.problems[0].message
    assert not [r for r in result.rows if r.kind == "interactions"]


@pytest.mark.parametrize(
    ("name", "fmt", "text", "where"),
    [
        ("interactions.csv", "csv", "interaction_id,function,notes,function\nD1,medical,x,y\n", 1),
        (
            "interactions.json",
            "json",
            '[\n{"interaction_id": "D0"},\n{"function": "medical", "notes": "x",\n'
            '  "function": "commercial"}]',
            3,
        ),
        ("interactions.jsonl", "jsonl", '{"a": 1}\n{"function": "m", "function": "c"}\n', 2),
    ],
)
def test_a_native_column_or_key_given_twice_is_refused(
    tmp_path: Path, name: str, fmt: str, text: str, where: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Unreadable) as e:
        list(read_file(InputFile(path, "interactions", fmt)))
    assert (e.value.problem.row, e.value.problem.field) == (where, "function")


def test_ingest_of_a_duplicated_function_column_exits_2_and_changes_nothing(
    runner, db_path, tmp_path: Path
) -> None:
    (tmp_path / "hcps.csv").write_text("hcp_id,name\nH1,Dr. Nadia Firewall\n", encoding="utf-8")
    (tmp_path / "interactions.csv").write_text(
        "interaction_id,hcp_id,date,channel,function,notes,function\n"
        "D1,H1,2026-10-12,in_person,medical,MEDMARK-DUP1 an MSL note,commercial\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 2
    assert "interactions.csv:1: function: is in the header twice" in " ".join(result.output.split())
    with sqlite3.connect(db_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert (
            "interactions" not in tables
            or not conn.execute("SELECT count(*) FROM interactions").fetchone()[0]
        )


def test_a_native_csv_with_distinct_columns_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "interactions.csv"
    path.write_text("interaction_id,function,notes,\nD1,commercial,ok,\n", encoding="utf-8")
    (row,) = read_file(InputFile(path, "interactions", "csv"))
    assert row.data["function"] == "commercial"
