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


# ---- L1: group call attendees are never less medical than their parent -------------------------


def test_attendees_of_a_medical_group_call_are_medical(tmp_path: Path) -> None:
    rep, msl = "005AA00000USR01", "005AA00000USR02"
    gus, ada = "001AA00000HCP02", "001AA00000HCP03"
    calls = (
        CALL_HEADER
        # A rep's group call carrying a medical discussion; its attendee row has blank fields.
        + call("a1CAA00000GRP01", rep, gus, subject="MEDMARK-S1", comments="COMMOK group lunch",
               follow_up="MEDMARK-F1", medical_discussion="MEDMARK-D1 off-label use")
        + call("a1CAA00000ATT01", rep, ada, parent="a1CAA00000GRP01", when="")
        # An MSL's group call, a rep's attendee row.
        + call("a1CAA00000GRP02", msl, gus, subject="MEDMARK-S2", comments="MEDMARK-C2")
        + call("a1CAA00000ATT02", rep, ada, parent="a1CAA00000GRP02", when="")
        # A rep's group call on which a medical inquiry was made (linked from the inquiry row).
        + call("a1CAA00000GRP03", rep, gus, subject="MEDMARK-S3", comments="MEDMARK-C3")
        + call("a1CAA00000ATT03", rep, ada, parent="a1CAA00000GRP03", when="")
    )  # fmt: skip
    inquiries = (
        "Id,Account_vod__c,CreatedDate,Status_vod__c,Inquiry_Text__c,Call2_vod__c\n"
        f"a0MAA00000INQ01,{gus},{WHEN},Submitted_vod,MEDMARK-Q1,a1CAA00000GRP03\n"
    )
    messages = (
        "Id,Call2_vod__c,Key_Message_Name_vod__c\n"
        "a1KAA00000KEY01,a1CAA00000GRP01,MEDMARK-K1 key message\n"
    )
    result = veeva(
        export(
            tmp_path,
            {
                "Call2_vod__c.csv": calls,
                "Medical_Inquiry_vod__c.csv": inquiries,
                "Call2_Key_Message_vod__c.csv": messages,
            },
        )
    )
    rows = by_id(result)
    for attendee, parent in (("ATT01", "GRP01"), ("ATT02", "GRP02"), ("ATT03", "GRP03")):
        row = rows[f"a1CAA00000{attendee}"]
        assert row["function"] == "medical", attendee
        assert row["extra"]["function_decided"].startswith(
            f"medical: its group call a1CAA00000{parent}"
        )
        # The attendee still takes the parent's text, for the MSL's view.
        assert MARK in row["subject"]
    no_marker_on_commercial(result)
    assert result.defaulted == []  # decided by the parent's rules, not by default


def test_a_commercial_group_call_still_shares_its_notes_with_attendees(tmp_path: Path) -> None:
    rep, gus, ada = "005AA00000USR01", "001AA00000HCP02", "001AA00000HCP03"
    calls = (
        CALL_HEADER
        + call("a1CAA00000GRP09", rep, gus, subject="Lunch and learn", comments="COMMOK dosing")
        + call("a1CAA00000ATT09", rep, ada, parent="a1CAA00000GRP09", when="")
    )
    attendee = by_id(veeva(export(tmp_path, {"Call2_vod__c.csv": calls})))["a1CAA00000ATT09"]
    assert attendee["function"] == "commercial"
    assert (attendee["subject"], attendee["notes"]) == ("Lunch and learn", "COMMOK dosing")


def test_vault_attendee_of_a_medical_group_call_is_medical(tmp_path: Path) -> None:
    files = {
        "account__v.csv": (
            "id,name__v,first_name_cda__v,last_name_cda__v,ispersonaccount__v\n"
            "V0001,Dr. Paula Parent,Paula,Parent,true\nV0002,Dr. Ben Attend,Ben,Attend,true\n"
        ),
        "user__sys.csv": "id,name__v,security_profile__sys\nU01,Rita Rep,Sales Representative\n",
        "call2__v.csv": (
            "id,ownerid__v,account__v,call_datetime__v,status__v,subject__v,call_comments__v,"
            "medical_discussions__v,parent_call__v\n"
            "VC01,U01,V0001,2026-10-15T09:00:00Z,submitted__v,MEDMARK-VS,Lunch,MEDMARK-VD,\n"
            "VC02,U01,V0002,,submitted__v,,,,VC01\n"
            "VC03,U01,V0002,2026-10-16T09:00:00Z,submitted__v,COMMOK,Dosing,,\n"
        ),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = read_mapped(tmp_path, load_mapping("vault"))
    assert result.problems == []
    rows = {r.data["interaction_id"]: r.data for r in result.rows if r.kind == "interactions"}
    assert rows["VC02"]["function"] == "medical"
    assert rows["VC03"]["function"] == "commercial"  # a rep's own call, owner known
    no_marker_on_commercial(result)


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
