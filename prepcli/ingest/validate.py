"""Validation against the data contract: raw ``SourceRow`` in, clean record or ``Problem``s out.

Pure functions: no store, no files. Cross-record rules (duplicate ids, unknown HCPs) live in the
ingest runner, which knows what the store already holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from prepcli.config import DEFAULT_LIMITS, Limits
from prepcli.errors import Problem
from prepcli.ingest.records import SourceRow

CHANNELS = (
    "in_person",
    "virtual",
    "phone",
    "email",
    "event",
    "webinar",
    "sample_drop",
    "medical_inquiry",
)
HCP_CHANNELS = ("in_person", "virtual", "phone", "email", "event")
FUNCTIONS = ("commercial", "medical")
STATUSES = ("open", "closed")
ENGAGEMENTS = ("opened", "clicked", "attended", "no_show", "unopened")
AUDIENCES = ("commercial", "medical")
CONTENT_STATUSES = ("approved", "withdrawn", "draft")


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"  # text | date | first_day | last_day | datetime | bool | list | npi | enum
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None


SCHEMAS: dict[str, tuple[Field, ...]] = {
    "hcps": (
        Field("hcp_id", required=True),
        Field("name", required=True),
        Field("npi", "npi"),
        Field("specialty"),
        Field("institution"),
        Field("city"),
        Field("state"),
        Field("country"),
        Field("segment"),
        Field("preferred_channel", "enum", choices=HCP_CHANNELS),
        Field("email_consent", "bool"),
        Field("territory"),
        Field("restricted_products", "list"),
        Field("do_not_contact", "bool"),
    ),
    "interactions": (
        Field("interaction_id", required=True),
        Field("hcp_id", required=True),
        Field("date", "date", required=True),
        Field("channel", "enum", required=True, choices=CHANNELS),
        Field("function", "enum", required=True, choices=FUNCTIONS),
        Field("author"),
        Field("products", "list"),
        Field("subject"),
        Field("notes"),
        Field("status", "enum", choices=STATUSES),
        Field("follow_up"),
        Field("follow_up_due", "date"),
        Field("engagement", "enum", choices=ENGAGEMENTS),
        Field("content_ids", "list"),
        # What a call was for, what was shown (CLM presentations, key messages), whether samples
        # were left: the rep reads them before the next visit.
        Field("objective"),
        Field("shown", "list"),
        Field("sampled", "bool"),
    ),
    "content": (
        Field("content_id", required=True),
        Field("title", required=True),
        Field("audience", "enum", required=True, choices=AUDIENCES),
        Field("approval_code", required=True),
        Field("approved_on", "last_day", required=True),
        Field("expires_on", "first_day"),
        Field("status", "enum", choices=CONTENT_STATUSES, default="approved"),
        Field("products", "list"),
        Field("indications", "list"),
        Field("kind"),
        Field("channels", "list"),
        Field("body", required=True),
    ),
    "schedule": (
        Field("plan_id", required=True),
        Field("hcp_id", required=True),
        Field("start", "datetime", required=True),
        Field("channel", "enum", required=True, choices=CHANNELS),
        Field("function", "enum", choices=FUNCTIONS),
        Field("objective"),
        Field("location"),
        Field("owner"),
    ),
}
PRIMARY_KEY = {
    "hcps": "hcp_id",
    "interactions": "interaction_id",
    "content": "content_id",
    "schedule": "plan_id",
}
# Free text a careless note could put patient data in; scrubbed before it is stored.
FREE_TEXT = {
    "interactions": ("subject", "notes", "follow_up", "objective"),
    "schedule": ("objective",),
}


class Invalid(ValueError):
    """A value that does not fit its field; the message says what was expected."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Control characters (but not tab and newline) in data could drive a terminal: clear the
# screen, hide text, plant links. No call note needs them, so they never enter the store.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def parse_text(value: Any) -> str:
    if isinstance(value, dict | list):
        raise Invalid("expected text, found a nested structure")
    return _CONTROL.sub("", str(value).replace("\r\n", "\n")).strip()


def _moment(value: Any) -> date:
    """A date or a datetime from an ISO 8601 value."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(f"expected an ISO 8601 date like 2025-03-14, found {text!r}") from None


def parse_date(value: Any) -> str:
    """ISO dates stay dates; datetimes are normalised to UTC so they sort as text."""
    moment = _moment(value)
    if not isinstance(moment, datetime):
        return moment.isoformat()
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _days(value: Any) -> tuple[date, ...]:
    """The calendar days a value may mean: a moment with a UTC offset falls on its day as
    written and on its day in UTC, and a briefing's date carries no time zone."""
    moment = _moment(value)
    if not isinstance(moment, datetime):
        return (moment,)
    if moment.tzinfo is None:
        return (moment.date(),)
    return (moment.date(), moment.astimezone(UTC).date())


def parse_first_day(value: Any) -> str:
    """A piece's expiry as a day, the earliest it may mean: "2026-11-23T20:00-05:00" is
    2026-11-24 in UTC, yet the piece must not be offered on the 23rd."""
    return min(_days(value)).isoformat()


def parse_last_day(value: Any) -> str:
    """A piece's approval as a day, the latest it may mean: approved at
    "2026-11-24T02:00+09:00" is not approved for a briefing on the 23rd."""
    return max(_days(value)).isoformat()


def parse_datetime(value: Any) -> str:
    """A planned call needs its time of day: a bare date is not enough to plan a day around.
    Local wall-clock time is kept as written (a rep's calendar is in their own time zone)."""
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(
            f"expected an ISO 8601 date-time like 2026-12-01T09:30, found {text!r}"
        ) from None
    if len(text) <= 10:
        raise Invalid(f"expected a date with a time of day like {text}T09:30, found {text!r}")
    return moment.strftime("%Y-%m-%dT%H:%M")


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "y"):
        return True
    if text in ("false", "no", "0", "n"):
        return False
    raise Invalid(f"expected true or false, found {value!r}")


def parse_list(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(";")
    return [parse_text(item) for item in items if not _blank(item)]


def npi_is_valid(npi: str) -> bool:
    """NPPES check digit: Luhn over the card-issuer prefix 80840 and the first nine digits."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(c) for c in "80840" + npi[:9]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def parse_npi(value: Any) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{10}", text):
        raise Invalid(f"expected a 10-digit NPI, found {text!r}")
    if not npi_is_valid(text):
        raise Invalid(f"NPI {text} fails its check digit (a typo?)")
    return text


def _parser(spec: Field) -> Callable[[Any], Any]:
    if spec.type == "enum":

        def parse_enum(value: Any) -> str:
            text = str(value).strip().lower()
            if text not in spec.choices:
                raise Invalid(f"expected one of {', '.join(spec.choices)}; found {value!r}")
            return text

        return parse_enum
    parsers: dict[str, Callable[[Any], Any]] = {
        "text": parse_text,
        "date": parse_date,
        "first_day": parse_first_day,
        "last_day": parse_last_day,
        "datetime": parse_datetime,
        "bool": parse_bool,
        "list": parse_list,
        "npi": parse_npi,
    }
    return parsers[spec.type]


def _size(value: Any) -> int:
    """Characters a raw value would take as text (a list or nested value as its JSON)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | dict):
        return len(json.dumps(value, ensure_ascii=False, default=str))
    return len(str(value))


def _too_big(name: str, value: Any, limits: Limits) -> str | None:
    size, limit = _size(value), limits.of(name)
    if size <= limit:
        return None
    return (
        f"is {size:,} characters long; the limit is {limit:,} "
        f"(raise it with {limits.env_name(name)} if this is really one record)"
    )


def validate_row(
    source: SourceRow, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any] | None, list[Problem], list[str]]:
    """Check one row. Returns the clean record (or None), its problems, and its unknown columns."""
    schema = SCHEMAS[source.kind]
    known = {f.name for f in schema}
    record: dict[str, Any] = {}
    data, problems = _contract_names(source, known)
    for spec in schema:
        raw = data.get(spec.name)
        if _blank(raw) or (isinstance(raw, list) and not raw):
            if spec.required:
                problems.append(
                    Problem(source.file, source.row, spec.name, "is required but missing or empty")
                )
            record[spec.name] = [] if spec.type == "list" else spec.default
            continue
        # Checked before parsing: a runaway cell costs nothing more than its length.
        oversize = _too_big(spec.name, raw, limits)
        if oversize:
            problems.append(Problem(source.file, source.row, spec.name, oversize))
            continue
        try:
            record[spec.name] = _parser(spec)(raw)
        except Invalid as e:
            problems.append(Problem(source.file, source.row, spec.name, str(e)))
    if (
        source.kind == "interactions"
        and record.get("channel") == "medical_inquiry"
        and record.get("function") not in (None, "medical")
    ):
        # A medical inquiry is medical by definition; labelled otherwise it would reach reps.
        problems.append(
            Problem(
                source.file,
                source.row,
                "function",
                f"is {record['function']!r}, but a medical_inquiry is always 'medical'",
            )
        )
    # A mapped CRM row brings its unmapped columns as a dict in "extra"; anything else named
    # "extra" is just another unknown column.
    extra_in = data.get("extra")
    extra: dict[str, Any] = dict(extra_in) if isinstance(extra_in, dict) else {}
    for key, value in list(extra.items()):
        oversize = _too_big(str(key), value, limits)
        if oversize:
            problems.append(Problem(source.file, source.row, str(key), oversize))
            del extra[key]
    unknown = []
    for key, value in data.items():
        if key in known or key is None or (key == "extra" and isinstance(value, dict)):
            continue
        unknown.append(key)
        oversize = _too_big(str(key), value, limits)
        if oversize:
            problems.append(Problem(source.file, source.row, str(key), oversize))
        elif not _blank(value):
            extra[key] = value
    record["extra"] = extra
    if source.kind == "schedule" and not problems:
        problems.extend(_schedule_function(source, record))
    return (None if problems else record), problems, unknown


def _contract_name(key: str) -> str:
    """A column's name as the contract writes it: "Expires On", "expires-on" and "ExpiresOn"
    are "expires_on"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key.strip())
    return re.sub(r"[\s\-]+", "_", spaced).lower()


def _contract_names(source: SourceRow, known: set[str]) -> tuple[dict[str, Any], list[Problem]]:
    """The row with each column named as the contract names it. A spreadsheet's "Status" or
    "Expires_On" is the contract's field: kept aside as an unknown column, a withdrawn or expired
    piece would pass as approved and never expiring. Two columns for one field are an error."""
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in source.data.items():
        name = key if key is None or key in known else _contract_name(str(key))
        if name not in known:
            name = key
        elif name in data and not (_blank(value) or _blank(data[name])):
            problems.append(
                Problem(source.file, source.row, name, f"is given twice (as {key!r} too)")
            )
            continue
        if name not in data or _blank(data[name]):
            data[name] = value
    return data, problems


def _schedule_function(source: SourceRow, record: dict[str, Any]) -> list[Problem]:
    """A planned call is the owner's own calendar entry, commercial unless it says otherwise;
    a medical inquiry is always medical, so a row calling one commercial is refused."""
    if record["channel"] == "medical_inquiry":
        if record["function"] == "commercial":
            return [
                Problem(
                    source.file,
                    source.row,
                    "function",
                    "a medical_inquiry is always medical; found 'commercial'",
                )
            ]
        record["function"] = "medical"
    elif record["function"] is None:
        record["function"] = "commercial"
    return []
