"""When an HCP can actually be seen: pure functions over interactions the viewer may read.

Two kinds of evidence: the days and hours at which in-person and virtual calls really happened
(no-shows left out), and what notes say outright ("prefers Tuesdays", "no visits before 10").
Times are read as written in the record: a CRM stores the rep's local wall-clock time, and
converting it would need a time zone the data does not carry.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from prepcli.notefacts import stored
from prepcli.text import split_sentences

VISIT_CHANNELS = ("in_person", "virtual")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Fewer visits than this say nothing about habits; a remark in a note still counts.
MIN_VISITS = 3
# A weekday counts as usual when it holds at least this share of the visits.
USUAL_DAY_SHARE = 0.15
# A planned day is flagged only when this many visits never fell on it: with fewer, an unseen
# weekday is chance, not habit.
MIN_VISITS_FOR_DAY_FLAG = 6

_DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
_DAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_CUE = re.compile(
    r"\b(prefers?|preferred|best|only|avoid|never|no (?:visits?|calls?|meetings?|reps?)|"
    r"not (?:available|before|after|on)|unavailable|available|blocks?|clinic days?)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    rf"\b{_DAY}\b|\b(mornings?|afternoons?|evenings?|lunch(?:time)?|before \d|after \d|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm))\b",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(
    r"\b(?:no (?:visits?|calls?|meetings?|reps?)|not|never)\s+(?:\w+\s+){0,2}before\s+"
    r"(\d{1,2})(?::(\d\d))?\s*(am|pm)?",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"\b(?:no (?:visits?|calls?|meetings?|reps?)|not|never)\s+(?:\w+\s+){0,2}after\s+"
    r"(\d{1,2})(?::(\d\d))?\s*(am|pm)?",
    re.IGNORECASE,
)
_AVOID_DAY = re.compile(
    rf"\b(?:avoid|never on|not on|no (?:visits?|calls?|meetings?|reps?) on)\s+{_DAY}",
    re.IGNORECASE,
)
_PREFER_DAY = re.compile(rf"\b(?:prefers?|preferred|best|only)\b[^.;\n]{{0,40}}?\b{_DAY}\b", re.I)


@dataclass
class BestTimes:
    """What the record says about when this HCP can be seen."""

    visits: int = 0
    days: list[str] = field(default_factory=list)  # usual weekdays, busiest first
    never_days: list[str] = field(default_factory=list)  # weekdays no past visit fell on
    hours: tuple[int, int] | None = None  # earliest and latest start hour seen
    remarks: list[tuple[str, str]] = field(default_factory=list)  # (interaction_id, sentence)
    not_before: int | None = None  # hour, from a remark
    not_after: int | None = None
    avoid_days: list[str] = field(default_factory=list)
    preferred_days: list[str] = field(default_factory=list)

    def summary(self) -> str | None:
        """One line for a briefing, e.g. "usually Tue, Thu 09:00-12:00 (14 past visits)"."""
        if not self.days and not self.hours:
            return None
        when = ["usually " + ", ".join(d[:3] for d in self.days)] if self.days else []
        if self.hours:
            when.append(f"{self.hours[0]:02d}:00-{self.hours[1] + 1:02d}:00")
        return " ".join(when) + f" ({self.visits} past visits)"


def _hour(text: str, minutes: str | None, meridiem: str | None) -> int:
    hour = int(text)
    if meridiem and meridiem.lower() == "pm" and hour < 12:
        hour += 12
    elif meridiem is None and 1 <= hour <= 6:
        hour += 12  # "no visits after 4" means the afternoon
    return hour


def _when(row: dict[str, Any]) -> datetime | None:
    raw = str(row.get("date") or "")
    if len(raw) <= 10:
        return None  # a date alone says nothing about the hour
    try:
        return datetime.fromisoformat(raw.replace("Z", ""))
    except ValueError:
        return None


def best_times(interactions: list[dict[str, Any]]) -> BestTimes:
    """``interactions``: rows the viewer may read (the caller's firewall applies)."""
    result = BestTimes()
    moments = [
        m
        for r in interactions
        if r.get("channel") in VISIT_CHANNELS and r.get("engagement") != "no_show"
        for m in [_when(r)]
        if m is not None
    ]
    result.visits = len(moments)
    if len(moments) >= MIN_VISITS:
        by_day = Counter(m.weekday() for m in moments)
        result.days = [
            DAYS[d]
            for d, n in sorted(by_day.items(), key=lambda kv: (-kv[1], kv[0]))
            if n / len(moments) >= USUAL_DAY_SHARE
        ]
        if len(moments) >= MIN_VISITS_FOR_DAY_FLAG:
            result.never_days = [DAYS[d] for d in range(7) if d not in by_day]
        hours = sorted(m.hour for m in moments)
        # The middle 80% of start hours: one odd early breakfast meeting is not a habit.
        lo, hi = hours[int(0.1 * (len(hours) - 1))], hours[int(0.9 * (len(hours) - 1))]
        result.hours = (lo, hi)
    seen: set[str] = set()
    for r in sorted(interactions, key=lambda r: str(r.get("date")), reverse=True):
        for sentence in stored(r, "times", remarks):
            key = sentence.lower()
            if key not in seen and len(result.remarks) < 3:
                seen.add(key)
                result.remarks.append((r["interaction_id"], sentence))
            _read_constraints(sentence, result)
    return result


def remarks(interaction: dict[str, Any]) -> list[str]:
    """A note's sentences about when the HCP can be seen ("prefers Tuesdays"), stored at
    ingest."""
    return [
        s
        for s in split_sentences(str(interaction.get("notes") or ""))
        if _CUE.search(s) and _WHEN.search(s)
    ]


def _read_constraints(sentence: str, result: BestTimes) -> None:
    if (m := _NOT_BEFORE.search(sentence)) and result.not_before is None:
        result.not_before = _hour(m.group(1), m.group(2), m.group(3))
    if (m := _NOT_AFTER.search(sentence)) and result.not_after is None:
        result.not_after = _hour(m.group(1), m.group(2), m.group(3))
    for m in _AVOID_DAY.finditer(sentence):
        day = DAYS[_DAY_INDEX[m.group(1).lower()[:3]]]
        if day not in result.avoid_days:
            result.avoid_days.append(day)
    for m in _PREFER_DAY.finditer(sentence):
        day = DAYS[_DAY_INDEX[m.group(1).lower()[:3]]]
        if day not in result.preferred_days and day not in result.avoid_days:
            result.preferred_days.append(day)


def outside(best: BestTimes, start: datetime) -> str | None:
    """Why a planned time falls outside what the record shows, or None when it fits (or when
    the record says too little to tell)."""
    day = DAYS[start.weekday()]
    if day in best.avoid_days:
        return f"{day} is a day the notes say to avoid"
    if best.not_before is not None and start.hour < best.not_before:
        return f"the notes say no visits before {best.not_before:02d}:00"
    if best.not_after is not None and start.hour >= best.not_after:
        return f"the notes say no visits after {best.not_after:02d}:00"
    if best.preferred_days and day not in best.preferred_days:
        return "the notes say they prefer " + ", ".join(best.preferred_days)
    if day in best.never_days:
        return f"none of {best.visits} past visits fell on a {day}"
    minute = start.hour * 60 + start.minute
    if best.hours and not best.hours[0] * 60 <= minute <= (best.hours[1] + 1) * 60:
        lo, hi = best.hours
        return f"past visits started {lo:02d}:00-{hi + 1:02d}:00, not at {start:%H:%M}"
    return None
