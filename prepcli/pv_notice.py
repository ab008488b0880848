"""Reading stored safety flags: how long a possible adverse event has gone unreported and the
briefing's notice for it. Kept apart from the detector (``prepcli.safety``) so that ``prep`` and
``prepcli safety`` never compile the detector's lexicon: they only read flags found at ingest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

REPORT_WITHIN_HOURS = 24
_KIND_WORDS = {
    "adverse_event": "adverse event",
    "pregnancy": "pregnancy exposure",
    "overdose": "overdose",
    "medication_error": "medication error",
    "lack_of_effect": "lack of effect",
}
_NOTE_WORDS = {
    "in_person": "call note",
    "virtual": "call note",
    "phone": "call note",
    "email": "email",
    "medical_inquiry": "medical inquiry",
    "sample_drop": "sample-drop note",
}


def reference_time(as_of: date | None, now: datetime) -> datetime:
    """The moment hours are counted to: now, or the end of an earlier ``as_of`` day."""
    if as_of is None:
        return now
    end_of_day = datetime.combine(as_of + timedelta(days=1), time(), tzinfo=UTC)
    return min(now, end_of_day)


def hours_since(note_date: str, reference: datetime) -> int:
    """Whole hours from the note to ``reference``. A date without a time counts from the start
    of that day: when in doubt, the clock has run longer."""
    when = datetime.fromisoformat(note_date)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, int((reference - when).total_seconds() // 3600))


def notice(flags: Sequence[Mapping[str, Any]], reference: datetime) -> str:
    """The briefing's first line for one note's unreported flags."""
    first = flags[0]
    kinds = " and ".join(dict.fromkeys(_KIND_WORDS.get(f["kind"], f["kind"]) for f in flags))
    note = _NOTE_WORDS.get(first["channel"], f"{str(first['channel']).replace('_', ' ')} note")
    what = "; ".join(dict.fromkeys(f"{f['product']}: {f['event']}" for f in flags))
    hours = hours_since(first["date"], reference)
    late = ", overdue" if hours > REPORT_WITHIN_HOURS else ""
    return (
        f"Possible {kinds} in the {first['date'][:10]} {note}, not marked as reported to "
        f"Pharmacovigilance: report within {REPORT_WITHIN_HOURS} hours ({what}; "
        f"{age(hours)} since the note{late})"
    )


def age(hours: int) -> str:
    """Hours while they matter (the first three days), days after."""
    if hours < 72:
        return f"{hours} hour{'s' * (hours != 1)}"
    return f"{hours // 24} days"
