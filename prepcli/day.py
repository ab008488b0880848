"""A day (or week) pack: every planned call of the viewer in time order, a one-page cover, then
one ``Briefing`` per call.

The cover's "one thing not to forget" is chosen by a pure function over the call's briefing, so
it holds exactly what the briefing holds: a rep's cover can say no more than a rep's briefing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from prepcli.briefing import Briefing

SAFETY_PREFIX = "Possible adverse event"


@dataclass
class PlannedCall:
    plan_id: str
    hcp_id: str
    hcp_name: str
    start: str  # YYYY-MM-DDTHH:MM, local time as planned
    channel: str
    objective: str | None = None
    location: str | None = None
    owner: str | None = None
    remember: str | None = None  # the one thing not to forget
    outside_best_times: str | None = None
    minutes_to_next: int | None = None  # on the same day


@dataclass
class DayPack:
    role: str
    first_day: str
    last_day: str
    calls: list[PlannedCall]
    briefings: list[Briefing]
    generated_at: str
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def window(day: date, *, week: bool) -> tuple[date, date]:
    """First and last day of the pack: the day itself, or its Monday-to-Sunday week."""
    if not week:
        return day, day
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def one_thing(b: Briefing) -> str | None:
    """What must not be forgotten on this call, most pressing first: a safety duty (24 hours),
    a do-not-contact, an overdue promise, a consent limit, a material about to expire."""
    for notice in b.notices:
        if notice.startswith(SAFETY_PREFIX):
            return notice
    if b.hcp.do_not_contact:
        return "Do not contact: this HCP asked not to be contacted"
    follow_ups = list(b.follow_ups) + (list(b.medical.follow_ups) if b.role == "msl" else [])
    overdue = sorted((f for f in follow_ups if f.overdue), key=lambda f: str(f.due or f.date))
    if overdue:
        f = overdue[0]
        return f"Overdue: {f.text}" + (f" (due {str(f.due)[:10]})" if f.due else "")
    if b.hcp.email_consent is False:
        return "No email consent: do not email"
    if b.hcp.email_consent is None:
        return "Email consent unknown: do not email until it is recorded"
    expiring = [m for m in b.materials if m.expiring_soon]
    if expiring:
        m = expiring[0]
        return f"{m.title} expires {str(m.expires_on)[:10]}: use it before then"
    return None


def gaps(starts: list[str]) -> list[int | None]:
    """Minutes from each call to the next one on the same day (None for a day's last call)."""
    out: list[int | None] = []
    for n, start in enumerate(starts):
        nxt = starts[n + 1] if n + 1 < len(starts) else None
        if nxt is None or nxt[:10] != start[:10]:
            out.append(None)
            continue
        delta = datetime.fromisoformat(nxt) - datetime.fromisoformat(start)
        out.append(int(delta.total_seconds() // 60))
    return out
