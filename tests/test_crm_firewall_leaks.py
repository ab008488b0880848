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
from prepcli.errors import PrepError
from prepcli.ingest.crm import MappedResult, read_mapped
from prepcli.ingest.mapping import load_mapping, parse_mapping
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


# ---- L2: an owner whose role is unknown does not make a call commercial ------------------------


def test_a_sales_call_whose_owner_role_is_unknown_is_medical_and_reported(tmp_path: Path) -> None:
    vera = "001AA00000HCP01"
    calls = (
        CALL_HEADER
        + call("a1CAA00000CAL04", "005AA00000USR99", vera, record_type="Sales_Call",
               subject="MEDMARK-S4", comments="MEDMARK-C4 owner not in User.csv")
        + call("a1CAA00000CAL06", "005AA00000USR03", vera, record_type="Sales_Call",
               subject="MEDMARK-S6", comments="MEDMARK-C6 owner with a blank profile")
        + call("a1CAA00000CAL08", "", vera, record_type="Sales_Call",
               subject="MEDMARK-S8", comments="MEDMARK-C8 no owner at all")
        + call("a1CAA00000PLN02", "005AA00000USR99", vera, record_type="Sales_Call",
               status="Planned_vod", subject="MEDMARK-P2", when="2026-11-24T10:00:00.000+0000")
        # Kept: the same record type, owned by a known rep.
        + call("a1CAA00000CAL10", "005AA00000USR01", vera, record_type="Sales_Call",
               subject="COMMOK", comments="Detailed Zelvoran dosing.")
        + call("a1CAA00000PLN10", "005AA00000USR01", vera, record_type="Sales_Call",
               status="Planned_vod", subject="COMMOK plan", when="2026-11-25T10:00:00.000+0000")
    )  # fmt: skip
    result = veeva(export(tmp_path, {"Call2_vod__c.csv": calls}))
    rows, plans = by_id(result), by_id(result, "schedule")
    assert {k: v["function"] for k, v in rows.items()} == {
        "a1CAA00000CAL04": "medical",
        "a1CAA00000CAL06": "medical",
        "a1CAA00000CAL08": "medical",
        "a1CAA00000CAL10": "commercial",
    }
    assert {k: v["function"] for k, v in plans.items()} == {
        "a1CAA00000PLN02": "medical",
        "a1CAA00000PLN10": "commercial",
    }
    unknown = (
        "none of the required rules (owner profile, call user profile, owner user type, "
        "owner department) found a value"
    )
    assert sorted((d.kind, d.because) for d in result.defaulted) == [
        ("interactions", (unknown,)),
        ("interactions", (unknown,)),
        ("interactions", (unknown,)),
        ("schedule", (unknown,)),
    ]
    no_marker_on_commercial(result)


def test_an_email_whose_sender_role_is_unknown_is_medical(tmp_path: Path) -> None:
    emails = (
        "Id,OwnerId,Account_vod__c,Email_Sent_Date_vod__c,Status_vod__c,"
        "Approved_Email_Template_vod__c\n"
        f"a2EAA00000EML05,005AA00000USR99,001AA00000HCP01,{WHEN},Sent_vod,a0DAA00000DOC01\n"
        f"a2EAA00000EML06,005AA00000USR01,001AA00000HCP01,{WHEN},Sent_vod,a0DAA00000DOC01\n"
    )
    result = veeva(export(tmp_path, {"Sent_Email_vod__c.csv": emails, **approved_documents()}))
    rows = by_id(result)
    # A promotional template does not vouch for a sender nobody can name.
    assert rows["a2EAA00000EML05"]["function"] == "medical"
    assert rows["a2EAA00000EML06"]["function"] == "commercial"


# ---- L3: a medical discussion is never folded into a commercial call --------------------------


def test_medical_discussions_make_their_call_medical(tmp_path: Path) -> None:
    rep, vera = "005AA00000USR01", "001AA00000HCP01"
    calls = (
        CALL_HEADER
        + call("a1CAA00000CAL21", rep, vera, subject="COMMOK-21", comments="COMMOK dosing")
        + call("a1CAA00000CAL01", rep, vera, subject="COMMOK-01", comments="COMMOK formulary")
        + call("a1CAA00000CAL31", rep, vera, subject="COMMOK-31", comments="COMMOK access")
        + call("a1CAA00000CAL41", rep, vera, subject="COMMOK-41", comments="COMMOK samples")
    )
    discussions = (
        "Id,Call2_vod__c,RecordType.DeveloperName,Discussion_Topics__c\n"
        "a1DAA00000DIS21,a1CAA00000CAL21,Medical_Discussion_vod,MEDMARK-D21 off-label\n"
        "a1DAA00000DIS31,a1CAA00000CAL31,,Formulary status\n"  # no record type: a product one
        "a1DAA00000DIS41,a1CAA00000CAL41,Org_Custom_Discussion,MEDMARK-D41 unknown type\n"
    )
    medical = (
        "Id,Call2_vod__c,Account_vod__c,Comments__c\n"
        "a1XAA00000MDS01,a1CAA00000CAL01,001AA00000HCP01,MEDMARK-D2 medical discussion object\n"
    )
    result = veeva(
        export(
            tmp_path,
            {
                "Call2_vod__c.csv": calls,
                "Call2_Discussion_vod__c.csv": discussions,
                "Medical_Discussion_vod__c.csv": medical,
            },
        )
    )
    rows = by_id(result)
    assert rows["a1CAA00000CAL21"]["function"] == "medical"
    assert (
        "discussion's record type 'Medical_Discussion_vod'"
        in (rows["a1CAA00000CAL21"]["extra"]["function_decided"])
    )
    assert rows["a1CAA00000CAL01"]["function"] == "medical"
    # Folded in for the MSL's view, under its own heading.
    assert "Medical discussions:\n- MEDMARK-D2" in rows["a1CAA00000CAL01"]["notes"]
    # A record type no rule knows: medical by default, and listed.
    assert rows["a1CAA00000CAL41"]["function"] == "medical"
    assert [d.because for d in result.defaulted] == [
        (
            "a discussion's record type 'Org_Custom_Discussion' is in no rule of "
            "[values.discussion_record_type]",
        )
    ]
    # Kept: a product discussion without a record type stays on the rep's commercial call.
    assert rows["a1CAA00000CAL31"]["function"] == "commercial"
    assert "Discussions:\n- Formulary status" in rows["a1CAA00000CAL31"]["notes"]
    no_marker_on_commercial(result)


# ---- L4: a medical document's title never becomes a commercial email's subject ----------------


def approved_documents() -> dict[str, str]:
    return {
        "Approved_Document_vod__c.csv": (
            "Id,Name,RecordType.DeveloperName,Status_vod__c,Vault_Document_ID_vod__c\n"
            "a0DAA00000DOC01,Zelvoran dosing email,Email_Template_vod,Approved_vod,9001\n"
            "a0DAA00000DOC02,MEDMARK-T2 ILD response letter,Medical_Inquiry_Template_vod,"
            "Approved_vod,9002\n"
            "a0DAA00000DOC03,MEDMARK-T3 undecided piece,,Approved_vod,9003\n"
        ),
        "document_library.csv": (
            "id,document_number__v,approved_date__c,document_text__c\n"
            "9001,US-ONC-2026-0001,2026-01-01,Dosing.\n"
            "9002,US-MED-2026-0002,2026-01-01,MEDMARK-B2 body\n"
            "9003,US-ONC-2026-0003,2026-01-01,Something.\n"
        ),
    }


def test_an_email_from_a_medical_or_undecided_template_is_medical(tmp_path: Path) -> None:
    emails = (
        "Id,OwnerId,Account_vod__c,Email_Sent_Date_vod__c,Status_vod__c,"
        "Approved_Email_Template_vod__c,Approved_Email_Template_vod__r.Name\n"
        f"a2EAA00000EML01,005AA00000USR01,001AA00000HCP01,{WHEN},Delivered_vod,"
        "a0DAA00000DOC02,MEDMARK-T2 ILD response letter\n"
        f"a2EAA00000EML02,005AA00000USR01,001AA00000HCP01,{WHEN},Delivered_vod,a0DAA00000DOC03,\n"
        # A template this export does not hold: no title at all (its audience is unknown).
        f"a2EAA00000EML03,005AA00000USR01,001AA00000HCP01,{WHEN},Delivered_vod,"
        "a0DAA00000DOC09,MEDMARK-T9 a template not exported\n"
        f"a2EAA00000EML04,005AA00000USR01,001AA00000HCP01,{WHEN},Delivered_vod,a0DAA00000DOC01,\n"
    )
    result = veeva(export(tmp_path, {"Sent_Email_vod__c.csv": emails, **approved_documents()}))
    rows = by_id(result)
    assert rows["a2EAA00000EML01"]["function"] == "medical"
    assert rows["a2EAA00000EML01"]["extra"]["function_decided"] == (
        "medical: template audience 'medical'"
    )
    assert rows["a2EAA00000EML02"]["function"] == "medical"  # by default, and listed
    assert [d.because for d in result.defaulted if d.kind == "interactions"] == [
        ("template audience undecided (no value to go by (library audience, record type "
         "all empty or not exported))",)
    ]  # fmt: skip
    assert rows["a2EAA00000EML03"]["function"] == "commercial"
    assert rows["a2EAA00000EML03"]["subject"] == "Approved Email"
    # Kept: a rep's email from a promotional template shows the template's title.
    assert rows["a2EAA00000EML04"]["function"] == "commercial"
    assert rows["a2EAA00000EML04"]["subject"] == "Zelvoran dosing email"
    no_marker_on_commercial(result)


# ---- L5: a planned call tied to a medical inquiry is medical -----------------------------------


def test_a_planned_call_with_a_medical_inquiry_is_medical(tmp_path: Path) -> None:
    rep, vera = "005AA00000USR01", "001AA00000HCP01"
    later = "2026-11-24T11:00:00.000+0000"
    calls = (
        CALL_HEADER
        + call("a1CAA00000PLN03", rep, vera, status="Planned_vod", subject="MEDMARK-P3",
               inquiry="a0MAA00000INQ09", when=later)
        + call("a1CAA00000PLN04", rep, vera, status="Planned_vod", subject="MEDMARK-P4", when=later)
        + call("a1CAA00000PLN05", rep, vera, status="Planned_vod", subject="COMMOK", when=later)
    )  # fmt: skip
    inquiries = (
        "Id,Account_vod__c,CreatedDate,Status_vod__c,Inquiry_Text__c,Call2_vod__c\n"
        f"a0MAA00000INQ04,{vera},{WHEN},Submitted_vod,MEDMARK-Q4,a1CAA00000PLN04\n"
    )
    result = veeva(
        export(tmp_path, {"Call2_vod__c.csv": calls, "Medical_Inquiry_vod__c.csv": inquiries})
    )
    plans = by_id(result, "schedule")
    assert plans["a1CAA00000PLN03"]["function"] == "medical"
    assert plans["a1CAA00000PLN04"]["function"] == "medical"
    assert plans["a1CAA00000PLN05"]["function"] == "commercial"
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


# ---- the mapping language checks the new rules ------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("{ from = 'T', decided = 'nosuch.audience' }", "not a decide field"),
        ("{ decided = 'b.audience' }", "from"),
        ("{ from = 'T', values = 't', required = 'yes' }", "required is true or false"),
        ("{ from = 'T', values = 't', present = 'medical' }", "exactly one of"),
    ],
)
def test_bad_decide_rules_are_refused(rule: str, message: str) -> None:
    text = (
        "[values.t]\nx = 'medical'\n"
        "[objects.a]\nkind = 'interactions'\nfiles = ['a.csv']\n[objects.a.fields]\n"
        f"function = {{ safe = 'medical', decide = [{rule}] }}\n"
        "[objects.b]\nkind = 'content'\nfiles = ['b.csv']\n[objects.b.fields]\n"
        "audience = { safe = 'medical', decide = [{ from = 'A', values = 't' }] }\n"
    )
    with pytest.raises(PrepError, match=message):
        parse_mapping(text, origin="my.toml")
