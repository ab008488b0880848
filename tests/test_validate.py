"""prepcli.ingest.validate: pure checks of one row against the data contract."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from prepcli.ingest.records import SourceRow
from prepcli.ingest.validate import (
    Invalid,
    npi_is_valid,
    parse_bool,
    parse_date,
    parse_list,
    parse_npi,
    parse_text,
    validate_row,
)


def row(kind: str, **data: object) -> SourceRow:
    return SourceRow("in.csv", 7, kind, dict(data))


def interaction(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "interaction_id": "I1",
        "hcp_id": "H1",
        "date": "2026-10-02",
        "channel": "in_person",
        "function": "commercial",
    }
    base.update(overrides)
    return base


def content(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "content_id": "C1",
        "title": "Guide",
        "audience": "commercial",
        "approval_code": "US-ONC-2026-0001",
        "approved_on": "2026-01-15",
        "body": "Text.",
    }
    base.update(overrides)
    return base


# ---- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-14", "2025-03-14"),
        ("  2025-03-14 ", "2025-03-14"),
        ("2025-03-14T09:30:00Z", "2025-03-14T09:30:00Z"),
        ("2025-03-14T10:30:00+01:00", "2025-03-14T09:30:00Z"),  # normalised to UTC
        ("2025-03-14T09:30:00", "2025-03-14T09:30:00"),  # naive stays naive
        (date(2025, 3, 14), "2025-03-14"),  # YAML front matter gives date objects
        (
            datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
            "2025-03-14T14:30:00Z",
        ),
    ],
)
def test_parse_date_accepts_iso_8601(raw: object, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["14/03/2025", "2025-02-30", "March 14, 2025", "2025-3-14", "soon"])
def test_parse_date_rejects_non_iso_and_impossible_dates(raw: str) -> None:
    with pytest.raises(Invalid, match="expected an ISO 8601 date"):
        parse_date(raw)


def test_utc_datetimes_sort_as_text() -> None:
    early = parse_date("2025-03-14T23:30:00-05:00")  # 04:30Z next day
    late = parse_date("2025-03-15T05:00:00+00:00")
    assert early < late


# ---- booleans -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [True, "true", "TRUE", " yes ", "1", "y", 1])
def test_parse_bool_true(raw: object) -> None:
    assert parse_bool(raw) is True


@pytest.mark.parametrize("raw", [False, "false", "False", "no", "0", "n", 0])
def test_parse_bool_false(raw: object) -> None:
    assert parse_bool(raw) is False


@pytest.mark.parametrize("raw", ["maybe", "2", "t"])
def test_parse_bool_rejects_other_values(raw: str) -> None:
    with pytest.raises(Invalid, match="expected true or false"):
        parse_bool(raw)


# ---- lists ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Veltrana", ["Veltrana"]),
        ("Veltrana; Corvexa", ["Veltrana", "Corvexa"]),
        ("Veltrana;;Corvexa; ", ["Veltrana", "Corvexa"]),  # empty items dropped
        (["Veltrana", " Corvexa ", "", None], ["Veltrana", "Corvexa"]),  # JSON array
    ],
)
def test_parse_list(raw: object, expected: list[str]) -> None:
    assert parse_list(raw) == expected


def test_parse_text_rejects_nested_structures() -> None:
    assert parse_text("  Dr. A  ") == "Dr. A"
    with pytest.raises(Invalid, match="nested"):
        parse_text({"a": 1})


# ---- NPI ------------------------------------------------------------------------------------


@pytest.mark.parametrize("npi", ["1234567893", "1003000001", "1245319599"])
def test_npi_luhn_valid(npi: str) -> None:
    assert npi_is_valid(npi)
    assert parse_npi(f" {npi} ") == npi


@pytest.mark.parametrize("npi", ["1234567890", "1234567894", "1003000002"])
def test_npi_failing_check_digit(npi: str) -> None:
    assert not npi_is_valid(npi)
    with pytest.raises(Invalid, match="check digit"):
        parse_npi(npi)


@pytest.mark.parametrize("npi", ["123456789", "12345678930", "12345678a3", "123-456-7893"])
def test_npi_must_be_ten_digits(npi: str) -> None:
    assert not npi_is_valid(npi)
    with pytest.raises(Invalid, match="10-digit NPI"):
        parse_npi(npi)


def test_npi_given_as_json_number() -> None:
    record, problems, _ = validate_row(row("hcps", hcp_id="H1", name="Dr. A", npi=1234567893))
    assert problems == []
    assert record is not None and record["npi"] == "1234567893"


# ---- whole rows -----------------------------------------------------------------------------


def test_valid_interaction_is_cleaned() -> None:
    record, problems, unknown = validate_row(
        row(
            "interactions",
            **interaction(
                products="Veltrana; Corvexa",
                status="Open",
                follow_up_due="2026-10-16",
                notes="  Discussed dosing.  ",
            ),
        )
    )
    assert problems == [] and unknown == []
    assert record is not None
    assert record["products"] == ["Veltrana", "Corvexa"]
    assert record["status"] == "open"
    assert record["notes"] == "Discussed dosing."
    assert record["content_ids"] == []  # absent list is an empty list
    assert record["author"] is None  # absent text is None
    assert record["extra"] == {}


def test_missing_and_blank_required_fields_are_problems_with_row_and_field() -> None:
    data = interaction()
    del data["date"]
    data["function"] = "   "  # empty string means absent
    record, problems, _ = validate_row(row("interactions", **data))
    assert record is None
    assert {(p.file, p.row, p.field) for p in problems} == {
        ("in.csv", 7, "date"),
        ("in.csv", 7, "function"),
    }
    assert all("required" in p.message for p in problems)
    assert str(problems[0]).startswith("in.csv:7: ")


def test_every_problem_of_a_row_is_reported() -> None:
    _, problems, _ = validate_row(
        row("interactions", **interaction(date="yesterday", channel="fax", function="sales"))
    )
    assert [p.field for p in problems] == ["date", "channel", "function"]


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("interactions", interaction(channel="fax"), "channel"),
        ("interactions", interaction(function="sales"), "function"),
        ("interactions", interaction(status="pending"), "status"),
        ("interactions", interaction(engagement="bounced"), "engagement"),
        (
            "hcps",
            {"hcp_id": "H1", "name": "Dr. A", "preferred_channel": "webinar"},
            "preferred_channel",
        ),
        ("content", content(audience="public"), "audience"),
        ("content", content(status="archived"), "status"),
    ],
)
def test_unknown_enum_values_say_what_was_expected(kind: str, data: dict, field: str) -> None:
    record, problems, _ = validate_row(row(kind, **data))
    assert record is None
    assert [p.field for p in problems] == [field]
    assert "expected one of" in problems[0].message


def test_enum_lists_the_allowed_values() -> None:
    _, problems, _ = validate_row(row("interactions", **interaction(function="sales")))
    assert "commercial, medical" in problems[0].message
    assert "'sales'" in problems[0].message


def test_every_contract_channel_is_accepted_for_interactions() -> None:
    for channel in (
        "in_person",
        "virtual",
        "phone",
        "email",
        "event",
        "webinar",
        "sample_drop",
        "medical_inquiry",
    ):
        function = "medical" if channel == "medical_inquiry" else "commercial"
        _, problems, _ = validate_row(
            row("interactions", **interaction(channel=channel, function=function))
        )
        assert problems == [], channel


def test_hcp_booleans_and_npi() -> None:
    record, problems, _ = validate_row(
        row(
            "hcps",
            hcp_id="H1",
            name="Dr. A",
            npi="1234567890",
            email_consent="perhaps",
            do_not_contact="true",
        )
    )
    assert record is None
    assert {p.field for p in problems} == {"npi", "email_consent"}


def test_content_status_defaults_to_approved() -> None:
    record, problems, _ = validate_row(row("content", **content()))
    assert problems == []
    assert record is not None and record["status"] == "approved"
    assert record["expires_on"] is None


@pytest.mark.parametrize(
    "field", ["content_id", "title", "audience", "approval_code", "approved_on", "body"]
)
def test_content_required_fields(field: str) -> None:
    data = content()
    del data[field]
    _, problems, _ = validate_row(row("content", **data))
    assert [p.field for p in problems] == [field]


@pytest.mark.parametrize("field", ["hcp_id", "name"])
def test_hcp_required_fields(field: str) -> None:
    data = {"hcp_id": "H1", "name": "Dr. A"}
    del data[field]
    _, problems, _ = validate_row(row("hcps", **data))
    assert [p.field for p in problems] == [field]


def test_unknown_columns_go_into_extra() -> None:
    record, problems, unknown = validate_row(
        row("hcps", hcp_id="H1", name="Dr. A", region="Midwest", tier=2, empty_col="")
    )
    assert problems == []
    assert record is not None
    assert record["extra"] == {"region": "Midwest", "tier": 2}  # blank values are absent
    assert unknown == ["region", "tier", "empty_col"]


def test_extra_object_from_json_is_merged_with_unknown_columns() -> None:
    record, _, unknown = validate_row(
        row("hcps", hcp_id="H1", name="Dr. A", extra={"crm": "veeva"}, region="Midwest")
    )
    assert record is not None
    assert record["extra"] == {"crm": "veeva", "region": "Midwest"}
    assert unknown == ["region"]


def test_a_column_named_extra_that_is_not_an_object_is_not_dropped() -> None:
    record, _, unknown = validate_row(row("hcps", hcp_id="H1", name="Dr. A", extra="note"))
    assert record is not None
    assert "note" in record["extra"].values() or unknown == ["extra"]


def test_validation_is_pure_and_keeps_the_source_untouched() -> None:
    data = interaction(products="A;B", region="x")
    source = row("interactions", **data)
    validate_row(source)
    assert source.data == data


# ---- content: its days, and columns named as a spreadsheet names them -----------------------


def content(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "content_id": "C1",
        "title": "Leave-behind",
        "audience": "commercial",
        "approval_code": "US-1",
        "approved_on": "2026-01-01",
        "body": "Text.",
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("field", "raw", "day"),
    [
        # the expiry falls on the 23rd as written and on the 24th in UTC: the 23rd, the earlier
        ("expires_on", "2026-11-23T20:00:00-05:00", "2026-11-23"),
        ("expires_on", "2026-11-24T01:00:00+09:00", "2026-11-23"),
        ("expires_on", "2026-11-23T23:59:59", "2026-11-23"),
        ("expires_on", "2026-11-23", "2026-11-23"),
        # an approval counts from the later: approved at 02:00 in Tokyo on the 24th
        ("approved_on", "2026-11-24T02:00:00+09:00", "2026-11-24"),
        ("approved_on", "2026-11-23T20:00:00-05:00", "2026-11-24"),
        ("approved_on", date(2026, 11, 23), "2026-11-23"),
        (
            "approved_on",
            datetime(2026, 11, 24, 2, tzinfo=timezone(timedelta(hours=9))),
            "2026-11-24",
        ),
    ],
)
def test_a_pieces_dates_are_days_read_on_the_safe_side(field: str, raw: object, day: str) -> None:
    """Found by an audit: expiries were stored in UTC and compared by their first ten
    characters, so a piece expiring on the evening of the 23rd in New York was offered all day
    on the 23rd."""
    record, problems, _ = validate_row(row("content", **content(**{field: raw})))
    assert problems == [] and record is not None
    assert record[field] == day


def test_a_spreadsheets_column_names_are_the_contracts() -> None:
    """Found by an audit: "Status" and "Expires_On" were kept aside as unknown columns, so a
    withdrawn, expired piece passed as approved and never expiring."""
    data = content()
    data.update({"Status": "withdrawn", "Expires_On": "2025-06-01", "Approval Code": "US-2"})
    del data["approval_code"]
    record, problems, unknown = validate_row(row("content", **data))
    assert problems == [] and unknown == [] and record is not None
    assert (record["status"], record["expires_on"], record["approval_code"]) == (
        "withdrawn",
        "2025-06-01",
        "US-2",
    )


def test_a_field_given_twice_under_two_spellings_is_a_problem() -> None:
    record, problems, _ = validate_row(
        row("content", **content(status="approved", Status="withdrawn"))
    )
    assert record is None
    assert [(p.row, p.field) for p in problems] == [(7, "status")]
    assert "given twice" in problems[0].message
