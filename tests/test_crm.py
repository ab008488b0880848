"""CRM exports through mapping files: the Veeva fixture export and a plain spreadsheet mapping."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest

from prepcli.errors import PrepError
from prepcli.ingest.crm import MappedResult, read_mapped, salesforce_id18
from prepcli.ingest.mapping import load_mapping, mapping_text, parse_mapping, shipped_mappings
from prepcli.ingest.records import SourceRow
from prepcli.ingest.validate import validate_row

FIXTURES = Path(__file__).parent / "fixtures"
VEEVA = FIXTURES / "veeva"
GENERIC = FIXTURES / "generic"


@pytest.fixture(scope="module")
def veeva() -> MappedResult:
    return read_mapped(VEEVA, load_mapping("veeva"))


def rows(result: MappedResult, kind: str) -> list[SourceRow]:
    return [r for r in result.rows if r.kind == kind]


def hcp_id(result: MappedResult, name: str) -> str:
    return next(r.data["hcp_id"] for r in rows(result, "hcps") if r.data["name"] == name)


def calls(result: MappedResult) -> list[SourceRow]:
    return [
        r for r in result.rows if r.file.endswith("Call2_vod__c.csv") and r.kind == "interactions"
    ]


def call_named(result: MappedResult, name: str) -> SourceRow:
    return next(r for r in calls(result) if r.data["extra"]["call_name"] == name)


def skipped_in(result: MappedResult, file_name: str) -> list[str]:
    return [f"{p.row}|{p.field}|{p.message}" for p in result.skipped if p.file.endswith(file_name)]


def test_counts_per_kind_and_no_problems(veeva: MappedResult) -> None:
    assert veeva.problems == []
    assert Counter(r.kind for r in veeva.rows) == {
        "hcps": 20,
        "content": 11,
        "interactions": 58,
        "schedule": 1,
    }
    by_file = Counter(Path(r.file).name for r in rows(veeva, "interactions"))
    assert by_file == {
        "Call2_vod__c.csv": 27,
        "Medical_Inquiry_vod__c.csv": 8,
        "Medical_Insight_vod__c.csv": 6,
        "Sent_Email_vod__c.csv": 17,
    }


def test_every_mapped_row_passes_contract_validation(veeva: MappedResult) -> None:
    for row in veeva.rows:
        record, problems, unknown = validate_row(row)
        assert problems == [], (row.file, row.row, problems)
        assert unknown == []
        assert record is not None


def test_planned_call_goes_to_the_schedule_not_the_history(veeva: MappedResult) -> None:
    assert not [s for s in skipped_in(veeva, "Call2_vod__c.csv") if "Planned_vod" in s]
    assert all(r.data["date"] < "2026" for r in calls(veeva))
    plans = [r for r in veeva.rows if r.kind == "schedule"]
    assert [(p.row, p.data["start"], p.data["objective"], p.data["function"]) for p in plans] == [
        (34, "2026-12-02T10:00:00Z", "Plan: review the subgroup reprint with her.", "commercial")
    ]


def test_group_call_counts_each_hcp_once(veeva: MappedResult) -> None:
    # Group 1: parent on a hospital, three HCP attendees.
    group1 = [r for r in calls(veeva) if r.data.get("subject", "").startswith("Lunch and learn")]
    assert len(group1) == 3
    assert len({r.data["hcp_id"] for r in group1}) == 3
    assert len({r.data["extra"]["parent_call_id"] for r in group1}) == 1
    # Attendees without notes of their own take the parent's; one keeps its own.
    notes = sorted(r.data["notes"] for r in group1)
    assert notes[0].startswith("Dr. Reyes left early.")
    assert all("neutropenia management" in n for n in notes[1:])
    # The parent's key messages are shown on every attendee's call.
    assert all(any(s.startswith("Neutropenia management") for s in r.data["shown"]) for r in group1)
    # Group 2: the parent's HCP is also an attendee, so the parent row is not imported.
    mehta = hcp_id(veeva, "Arjun Mehta")
    journal_club = [r for r in calls(veeva) if r.data.get("subject") == "Cardiology journal club"]
    assert len(journal_club) == 2
    assert sum(r.data["hcp_id"] == mehta for r in journal_club) == 1
    parent_skips = [s for s in skipped_in(veeva, "Call2_vod__c.csv") if "group call parent" in s]
    assert len(parent_skips) == 1 and parent_skips[0].startswith("31|Parent_Call_vod__c|")


def test_15_and_18_character_ids_are_one_record(veeva: MappedResult) -> None:
    okafor = hcp_id(veeva, "Amara Okafor")
    assert len(okafor) == 18
    raw = (VEEVA / "Call2_vod__c.csv").read_text(encoding="utf-8-sig")
    assert okafor[:15] + "," in raw  # the fixture names her by her 15-character id there
    assert call_named(veeva, "C-0104231").data["hcp_id"] == okafor
    known = {r.data["hcp_id"] for r in rows(veeva, "hcps")}
    assert {r.data["hcp_id"] for r in rows(veeva, "interactions")} <= known
    # Key messages linked by 15-character call ids are folded into the right call.
    assert (
        "Zelvoran efficacy in 2L mBC (reaction: Positive)"
        in call_named(veeva, "C-0104231").data["shown"]
    )


def test_salesforce_id18_checksum_and_case_recovery() -> None:
    assert salesforce_id18("001Hs0000DVrZfr") == "001Hs0000DVrZfrIQF"
    assert salesforce_id18("001Hs0000DVrZfrIQF") == "001Hs0000DVrZfrIQF"
    # A spreadsheet that upper-cased the column: the suffix restores the case.
    assert salesforce_id18("001HS0000DVRZFRIQF") == "001Hs0000DVrZfrIQF"


def test_msl_calls_and_medical_records_are_medical(veeva: MappedResult) -> None:
    medical_calls = [r for r in calls(veeva) if r.data["function"] == "medical"]
    msl_calls = [r for r in medical_calls if "profile" in r.data["extra"]["function_decided"]]
    assert {r.data["author"] for r in msl_calls} == {"Helena Marsh, PharmD", "Tomas Lindqvist"}
    # A rep's call on which a medical inquiry was captured is medical too: the inquiry's
    # question may sit in the call note.
    rep_calls_with_inquiry = [r for r in medical_calls if r not in msl_calls]
    assert {r.data["author"] for r in rep_calls_with_inquiry} == {"Priya Natarajan", "Jordan Blake"}
    assert all(
        r.data["extra"]["function_decided"] == "medical: a medical inquiry made on this call"
        for r in rep_calls_with_inquiry
    )
    assert veeva.defaulted == []  # every value in the reference export is in a rule
    pallas = next(r for r in msl_calls if r.data.get("subject") == "PALLAS-7 HER2-low subgroup")
    assert "interstitial lung disease" in pallas.data["notes"]
    assert pallas.data["follow_up"].startswith("Send the PALLAS-7 subgroup reprint")
    # Distinctive medical text never sits on a commercial row.
    commercial = [r for r in rows(veeva, "interactions") if r.data["function"] == "commercial"]
    assert not any("HER2-low subgroup (n=214)" in str(r.data) for r in commercial)
    for name in ("Medical_Inquiry_vod__c.csv", "Medical_Insight_vod__c.csv"):
        found = [r for r in rows(veeva, "interactions") if r.file.endswith(name)]
        assert found and all(r.data["function"] == "medical" for r in found)
    inquiries = [r for r in rows(veeva, "interactions") if r.data["channel"] == "medical_inquiry"]
    assert Counter(r.data["status"] for r in inquiries) == {"open": 5, "closed": 3}
    rep_call = call_named(veeva, "C-0104231")
    assert rep_call.data["function"] == "commercial"


def test_channels_from_call_channel_and_type(veeva: MappedResult) -> None:
    channels = Counter(r.data["channel"] for r in calls(veeva))
    assert channels["sample_drop"] == 1
    assert channels["virtual"] >= 4 and channels["phone"] >= 3
    # A US date-only call (4/22/2025, no Call_Datetime) keeps its calendar day.
    assert any(r.data["date"] == "2025-04-22" for r in calls(veeva))
    # An offset datetime is stored in UTC.
    assert call_named(veeva, "C-0104232").data["date"] == "2025-06-02T17:45:00Z"


def test_emails_are_commercial_with_engagement(veeva: MappedResult) -> None:
    emails = [r for r in rows(veeva, "interactions") if r.data["channel"] == "email"]
    assert len(emails) == 17
    assert {r.data["function"] for r in emails} == {"commercial"}
    assert Counter(r.data["engagement"] for r in emails) == {
        "opened": 6,
        "clicked": 6,
        "unopened": 5,
    }
    first = next(r for r in emails if r.data["subject"] == "Zelvoran Dosing Card Email")
    assert first.data["products"] == ["Zelvoran"]
    assert len(first.data["content_ids"]) == 1 and len(first.data["content_ids"][0]) == 18
    not_sent = skipped_in(veeva, "Sent_Email_vod__c.csv")
    assert len(not_sent) == 3 and all("never reached the HCP" in s for s in not_sent)


def test_account_fields(veeva: MappedResult) -> None:
    hcps = {r.data["name"]: r.data for r in rows(veeva, "hcps")}
    assert hcps["Daniel Reyes"]["restricted_products"] == ["Zelvoran", "Cardexa"]
    assert hcps["Kwame Asante"]["do_not_contact"] == "true"
    assert hcps["Amara Okafor"]["do_not_contact"] == "false"
    assert hcps["Amara Okafor"]["institution"] == "Harbor Oncology Group"
    assert "npi" not in hcps["Lucas Moreau"]
    business = skipped_in(veeva, "Account.csv")
    assert len(business) == 4 and all("business account" in s for s in business)


def test_bom_is_handled(veeva: MappedResult) -> None:
    assert (VEEVA / "Account.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert all(r.data["hcp_id"].startswith("001") for r in rows(veeva, "hcps"))


def test_quoted_newline_is_kept(veeva: MappedResult) -> None:
    notes = call_named(veeva, "C-0104231").data["notes"]
    assert "dose-modification table.\nShe is comfortable" in notes
    assert "Pre-call notes: Bring the updated leave-behind." in notes
    # The next record starts on the line after the quoted newline.
    assert call_named(veeva, "C-0104232").row == 4


def test_unmapped_column_is_reported_once_and_kept_in_extra(veeva: MappedResult) -> None:
    unmapped = [(Path(f).name, c) for f, c in veeva.unmapped_columns]
    assert unmapped.count(("Account.csv", "KOL_Tier__c")) == 1
    assert ("Call2_vod__c.csv", "Call_Objective_Custom__c") in unmapped
    assert not any("SystemModstamp" in c for _, c in unmapped)
    okafor = next(r for r in rows(veeva, "hcps") if r.data["name"] == "Amara Okafor")
    assert okafor.data["extra"]["KOL_Tier__c"] == "Tier 1"
    assert call_named(veeva, "C-0104231").data["extra"]["Call_Objective_Custom__c"] == "Awareness"


def test_content_status_audience_and_library_join(veeva: MappedResult) -> None:
    content = {r.data["title"]: r.data for r in rows(veeva, "content")}
    assert content["Zelvoran Dosing Card Email"]["approval_code"] == "US-ONC-2025-0142"
    assert content["Zelvoran Dosing Card Email"]["status"] == "approved"
    assert content["Zelvoran Dosing Card Email"]["kind"] == "email_template"
    assert "\nStarting dose 150 mg" in content["Zelvoran Dosing Card Email"]["body"]
    assert content["Cardexa Lipid Outcomes"]["status"] == "draft"  # Staged_vod
    assert content["Respivo Once-Daily Fragment"]["status"] == "withdrawn"  # Expired_vod
    assert content["Lumetra Formulary Update"]["status"] == "withdrawn"
    letter = content["Zelvoran PALLAS-7 Response Letter"]
    assert letter["audience"] == "medical" and letter["kind"] == "response_letter"
    assert {c["audience"] for t, c in content.items() if t != letter["title"]} == {"commercial"}
    assert content["Respivo Lunch and Learn Invite"]["approved_on"] == "2025-03-03"
    no_library = skipped_in(veeva, "Approved_Document_vod__c.csv")
    assert len(no_library) == 1 and "no approval code" in no_library[0]


def _broken_export(tmp_path: Path) -> Path:
    """The fixture export plus two bad copies of a good call: a bad date, an unknown channel."""
    folder = tmp_path / "export"
    shutil.copytree(VEEVA, folder)
    calls_csv = folder / "Call2_vod__c.csv"
    with calls_csv.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        good = next(r for r in reader if r["Name"] == "C-0104233")
    bad_date = {
        **good,
        "Id": "a1CHs0000BadDat",
        "Call_Datetime_vod__c": "",
        "Call_Date_vod__c": "14th March",
    }
    bad_channel = {**good, "Id": "a1CHs0000BadChn", "Call_Channel_vod__c": "Carrier_Pigeon"}
    with calls_csv.open("a", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header, lineterminator="\r\n")
        writer.writerows([bad_date, bad_channel])
    return folder


def test_broken_rows_name_file_row_and_column(tmp_path: Path) -> None:
    result = read_mapped(_broken_export(tmp_path), load_mapping("veeva"))
    by_column = {p.field: p for p in result.problems}
    assert set(by_column) == {"Call_Date_vod__c", "Call_Channel_vod__c"}
    date_problem = by_column["Call_Date_vod__c"]
    assert date_problem.file.endswith("Call2_vod__c.csv") and date_problem.row == 36
    assert "14th March" in date_problem.message
    channel_problem = by_column["Call_Channel_vod__c"]
    assert channel_problem.row == 37
    assert "Carrier_Pigeon" in channel_problem.message and "call_channel" in channel_problem.message


def test_generic_spreadsheet_mapping(tmp_path: Path) -> None:
    mapping = load_mapping(str(GENERIC / "visit_log.toml"))
    # Passed by itself, the spreadsheet is read whatever its name.
    sheet = tmp_path / "export from excel.csv"
    shutil.copy(GENERIC / "visit_log.csv", sheet)
    result = read_mapped(sheet, mapping)
    assert result.problems == []
    assert [r.data["interaction_id"] for r in result.rows] == ["V-1001", "V-1002", "V-1003"]
    first, second, _ = (r.data for r in result.rows)
    assert first["date"] == "2025-03-14" and first["channel"] == "in_person"
    assert first["products"] == ["Zelvoran", "Cardexa"]
    assert first["notes"] == "Detailed Zelvoran dosing.\nLeft the dosing card."
    assert first["extra"] == {"Region": "North", "function_decided": "commercial: team 'Sales'"}
    assert second["function"] == "medical" and second["channel"] == "virtual"
    assert [p.message for p in result.skipped] == ["no visit date yet: a draft entry"]
    assert result.unmapped_columns == [(str(sheet), "Region")]
    for row in result.rows:
        assert validate_row(row)[1] == []


def test_shipped_mappings_and_text() -> None:
    assert {"veeva", "vault"} <= set(shipped_mappings())
    assert "Call2_vod__c" in mapping_text("veeva")
    assert load_mapping("vault").ids == "plain"
    with pytest.raises(PrepError, match="no shipped mapping"):
        mapping_text("siebel")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[objects.x\n", "not valid TOML"),
        ("[mapping]\nname = 'x'\n", "no \\[objects"),
        (
            "[objects.a]\nkind = 'hcps'\nfiles = ['a.csv']\n[objects.a.fields]\nnmae = 'Name'\n",
            "'nmae' is not a field of hcps",
        ),
        ("[objects.a]\nkind = 'calls'\nfiles = ['a.csv']\n", "kind: expected one of"),
        (
            "[objects.a]\nkind = 'hcps'\nfiles = ['a.csv']\n[objects.a.fields]\n"
            "npi = { from = 'X', values = 'nope' }\n",
            "no \\[values.nope\\]",
        ),
        ("[objects.a]\nkind = 'hcps'\nfiles = ['a.csv']\nfils = 1\n", "unknown key 'fils'"),
        (
            "[objects.a]\nkind = 'hcps'\nfiles = ['a.csv']\n[objects.a.fields]\n"
            "name = 'Acct>missing.Name'\n",
            "looks up 'missing'",
        ),
    ],
)
def test_bad_mapping_files_raise_prep_error(text: str, message: str) -> None:
    with pytest.raises(PrepError, match=message):
        parse_mapping(text, origin="my.toml")


def test_unknown_mapping_path(tmp_path: Path) -> None:
    with pytest.raises(PrepError, match="no such mapping file"):
        load_mapping(str(tmp_path / "missing.toml"))


def test_vault_mapping_reads_vault_spelled_exports(tmp_path: Path) -> None:
    (tmp_path / "account__v.csv").write_text(
        "id,name__v,first_name_cda__v,last_name_cda__v,ispersonaccount__v,do_not_call__v\n"
        "V0A000000001001,Amara Okafor,Amara,Okafor,true,no__v\n"
        "V0A000000001002,Riverside Hospital,,,false,\n",
        encoding="utf-8",
    )
    (tmp_path / "call2__v.csv").write_text(
        "id,account__v,call_datetime__v,status__v,call_channel__v,call_comments__v,"
        "next_call_notes__v,ownerid__v.security_profile__sys\n"
        "V0C000000000001,V0A000000001001,2025-03-14T09:30:00.000Z,submitted__v,video__v,"
        "Discussed dosing,Send the card,MSL - Oncology\n"
        "V0C000000000002,V0A000000001001,2026-12-02T10:00:00.000Z,planned__v,,,,\n",
        encoding="utf-8",
    )
    result = read_mapped(tmp_path, load_mapping("vault"))
    assert result.problems == []
    hcp, call, plan = result.rows
    assert hcp.data["hcp_id"] == "V0A000000001001" and hcp.data["do_not_contact"] == "false"
    assert call.data["hcp_id"] == "V0A000000001001"
    assert call.data["channel"] == "virtual" and call.data["function"] == "medical"
    assert call.data["follow_up"] == "Send the card"
    assert (plan.kind, plan.data["plan_id"], plan.data["start"]) == (
        "schedule",
        "V0C000000000002",
        "2026-12-02T10:00:00Z",
    )
    # No rule decides the planned call's function: it fails closed to medical.
    assert plan.data["function"] == "medical"


# ---- an org's export written from public Veeva field lists (tests/fixtures/veeva_org) ---------
ORG = FIXTURES / "veeva_org"


@pytest.fixture(scope="module")
def org() -> MappedResult:
    return read_mapped(ORG, load_mapping("veeva"))


def org_call(result: MappedResult, name: str) -> dict:
    return next(r.data for r in calls(result) if r.data["extra"]["call_name"] == name)


def test_org_export_reads_without_problems(org: MappedResult) -> None:
    assert org.problems == []
    for row in org.rows:
        assert validate_row(row)[1] == []


def test_detailed_products_split_on_two_spaces_commas_and_semicolons(org: MappedResult) -> None:
    assert org_call(org, "C-000101")["products"] == ["Zelvoran", "Cardexa"]  # "Zelvoran  Cardexa"
    assert org_call(org, "C-000104")["products"] == ["Cardexa", "Respivo"]  # ";"
    assert org_call(org, "C-000108")["products"] == ["Hemavant", "Zelvoran"]  # ", "


def test_territory_is_the_first_of_the_list_and_all_are_kept(org: MappedResult) -> None:
    siti = next(r.data for r in rows(org, "hcps") if r.data["name"] == "Siti Rahman")
    assert siti["territory"] == "TH-ONC-01"  # ";TH-ONC-01;TH-ONC-07;"
    assert siti["extra"]["territories"] == ["TH-ONC-01", "TH-ONC-07"]


def test_email_consent_newest_decides_and_an_opt_out_flag_stands(org: MappedResult) -> None:
    consent = {r.data["name"]: r.data.get("email_consent") for r in rows(org, "hcps")}
    # Opt-out in January, opt-in in June: the newer opt-in decides.
    assert consent["Siti Rahman"] == "true"
    # Opt-in in February, then an Approved Email she unsubscribed from in August (a CLM
    # opt-out in between is not about email).
    assert consent["Maria Santos"] == "false"
    # PersonHasOptedOutOfEmail carries no date: it stands against a later opt-in.
    assert consent["Niran Chaiyasit"] == "false"


def test_medical_discussion_is_medical_text(org: MappedResult) -> None:
    call = org_call(org, "C-000104")
    assert call["function"] == "medical"
    assert "Medical discussion: ORGCANARY-F" in call["notes"]
    # The decision names the rule, never the medical text it read.
    assert "ORGCANARY" not in call["extra"]["function_decided"]


def test_objective_shown_and_sampled(org: MappedResult) -> None:
    detail = org_call(org, "C-000101")
    assert detail["shown"] == [
        "Zelvoran_Core_2025",
        "Zelvoran_Dosing",
        "Zelvoran Core 2025: Titration schedule (reaction: Positive)",
        "Zelvoran Core 2025: Starter pack access (reaction: Neutral)",
    ]
    assert detail["sampled"] == "true"  # Detail with Sample
    assert org_call(org, "C-000108")["objective"] == "Confirm hub enrolment for two patients"
    assert org_call(org, "C-000108")["sampled"] == "false"


def test_multichannel_activity_is_skipped_with_a_reason(org: MappedResult) -> None:
    skipped = [
        p.message for p in org.skipped if p.file.endswith("Multichannel_Activity_vod__c.csv")
    ]
    assert len(skipped) == 1 and "no web channel" in skipped[0]


def test_unread_columns_of_child_and_lookup_exports_are_listed(org: MappedResult) -> None:
    unmapped = {(Path(f).name, c) for f, c in org.unmapped_columns}
    assert ("Call2_Key_Message_vod__c.csv", "Key_Message_Description__c") in unmapped
    assert ("Multichannel_Consent_vod__c.csv", "Channel_Value_vod__c") in unmapped
    assert ("User.csv", "Country_Code_vod__c") in unmapped
    assert ("Call2_vod__c.csv", "JJ_MY_CALL_OBJECTIVE__C") in unmapped
    # Kept with the call too.
    assert org_call(org, "C-000101")["extra"]["JJ_MY_CALL_OBJECTIVE__C"].startswith("Discuss")


def test_org_custom_fields_map_from_a_users_file_without_code(tmp_path: Path) -> None:
    rules = tmp_path / "our-org.toml"
    rules.write_text(
        '[mapping]\nextends = "veeva"\n\n'
        '[objects.account.fields]\nsegment = "JJ_Account_Specialty__c"\n\n'
        '[objects.call.fields]\nobjective = "JJ_MY_CALL_OBJECTIVE__C"\n\n'
        '[objects.call.extra]\nmsl_interaction_type = "JJ_MSL_Interaction_Type__c"\n'
    )
    result = read_mapped(ORG, load_mapping(str(rules)))
    assert result.problems == []
    siti = next(r.data for r in rows(result, "hcps") if r.data["name"] == "Siti Rahman")
    assert siti["segment"] == "Medical Oncology"
    call = org_call(result, "C-000101")
    assert call["objective"] == "Discuss titration and starter-pack access"
    assert "JJ_MY_CALL_OBJECTIVE__C" not in call["extra"]
    assert org_call(result, "C-000103")["extra"]["msl_interaction_type"] == "Scientific Exchange"
    # Both the shipped objective (Call_Objective_vod__c) and the org's own are kept.
    assert org_call(result, "C-000108")["objective"] == (
        "Hub enrolment\n\nConfirm hub enrolment for two patients"
    )


def test_a_default_that_would_show_reps_undecided_records_is_refused() -> None:
    text = (
        "[objects.a]\nkind = 'interactions'\nfiles = ['a.csv']\n[objects.a.fields]\n"
        "function = { from = 'Team', values = 't', default = 'commercial' }\n"
        "[values.t]\nx = 'medical'\n"
    )
    with pytest.raises(PrepError, match="would show reps records no rule decided"):
        parse_mapping(text, origin="my.toml")


def test_content_whose_audience_nothing_decides_is_medical_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(VEEVA, folder)
    library = folder / "document_library.csv"
    text = library.read_text(encoding="utf-8")
    # An audience value no rule knows, on the dosing card's library row.
    library.write_text(
        text.replace("2025-02-10,2027-02-10,,", "2025-02-10,2027-02-10,HCP Education,", 1),
        encoding="utf-8",
    )
    result = read_mapped(folder, load_mapping("veeva"))
    card = next(
        r.data for r in rows(result, "content") if r.data["title"].startswith("Zelvoran Dos")
    )
    assert card["audience"] == "medical"
    unknown = "library audience 'HCP Education' is in no rule of [values.document_audience]"
    assert [(d.kind, d.field, d.because) for d in result.defaulted] == [
        ("content", "audience", (unknown,)),
        # The emails sent from that card are medical by default too: an undecided document's
        # title never becomes a commercial email's subject (this test once expected the card
        # alone, while its title still reached reps as those emails' subject).
        *[
            (
                "interactions",
                "function",
                (f"template audience undecided ({unknown})",),
            )
        ]
        * 3,
    ]
    commercial = [
        r.data for r in rows(result, "interactions") if r.data["function"] == "commercial"
    ]
    assert not any(r.get("subject") == card["title"] for r in commercial)
