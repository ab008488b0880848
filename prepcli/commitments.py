"""Pure follow-up logic: what was promised or asked for, merged into one entry per commitment,
and closed when a later interaction delivered it.

A commitment is known by its function, product and kind ("send the ZENITH-1 reprint" for
Veltrana); one recorded twice is one entry carrying both dates. It is closed by a later
interaction of the same function that shared a piece delivering it, dropped the samples, says in
its note that the thing was sent or done, or by the CRM marking the record closed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from prepcli import topics
from prepcli.notefacts import stored
from prepcli.text import split_clauses, split_sentences

# Commitments found only in a note's text are trusted for this long: older ones were usually
# handled without anyone writing it down.
NOTE_COMMITMENT_WINDOW_DAYS = 120
# Follow-ups older than this are shown as a count, not a list: a year-old "open" item is
# usually a CRM record nobody closed, and listing it buries this week's commitments.
FOLLOW_UP_WINDOW_DAYS = 180
FOLLOW_UPS_MAX = 8
CLOSED_SHOWN_DAYS = 90
SAME_ACTION = 0.5  # word overlap (Jaccard) above which two actions are the same commitment

# Commitments as reps and MSLs write them. Shorthand cues ("f/u:", "to do:", "next time bring")
# introduce the thing itself; the others sit inside a sentence.
_SHORTHAND = re.compile(r"\b(?:f/?u|to ?do|next time)\s*[:\-]\s*|\bnext time bring\b\s*", re.I)
_CUE = re.compile(
    r"\b(?:promised|will (?:follow up|send|share|bring|check|drop|leave|order|come back|"
    r"schedule|escalate|confirm|email|connect|get|provide)|i'll (?:bring|send|drop|check|get)|"
    r"agreed to|committed to|asked (?:me |us )?for|asked to be|requested|needs? more|"
    r"to follow up|will re-?invite)\b",
    re.I,
)
# "Wants" is a request only when it names something we could bring ("wants a laminated card"),
# not "wants to present it" or "the pharmacy wants a budget-impact model".
_WANTS = re.compile(r"\bwants?\b(?! to\b)", re.I)
# A future promise inside a sentence that also reports a delivery.
_FUTURE = re.compile(r"\bwill\b|promised (?:to|another|again)|\bto ?do:|\bf/?u:|next time", re.I)
# The HCP asking, as opposed to us promising: only a request can be met at the same call.
_REQUEST = re.compile(r"\basked\b|request|\bwants?\b|needs? more|ran out", re.I)
_CLAUSE = re.compile(r"\s(?:/|;)\s|;\s")


@dataclass(frozen=True)
class FollowUp:
    interaction_id: str  # the latest record that made it
    date: str  # when it was last made
    text: str
    due: str | None  # the earliest due date still open
    overdue: bool
    source: str  # "follow_up" (a recorded commitment), "note" (found in the text), "inquiry"
    function: str
    product: str | None = None
    kind: str | None = None  # what it promises ("reprint", "samples"), None for an action
    dates: tuple[str, ...] = ()  # every date it was made, oldest first
    record_ids: tuple[str, ...] = ()
    closed_by: str | None = None  # the interaction that fulfilled it, for closed ones


def commitments_in(note: str) -> list[str]:
    """The commitments and requests written into a note (at most three): the clause after a
    shorthand cue, or the clause holding a promise. A clause that already says it was done
    ("asked for the dossier; routed it") is not one."""
    out: dict[str, None] = {}  # in order, once each
    for sentence in split_sentences(note):
        if len(out) >= 3:
            break
        parts = _CLAUSE.split(sentence)
        for n, part in enumerate(parts):
            clause = part.strip(" -*•.")
            rest = " ".join(parts[n:])
            short = _SHORTHAND.search(clause)
            if short:
                text = clause[short.end() :].strip(" -:.")
                if short.group(0).lower().startswith("next time bring"):
                    text = "Bring " + text
            elif (cue := _CUE.search(rest) or _wants(rest)) and not topics.DELIVERED.search(
                clause[: clause.find(cue.group(0))] + rest[cue.end() :]
            ):
                if not (_CUE.search(clause) or _wants(clause)):
                    continue
                text = clause
            else:
                continue
            if len(text) > 3:
                out[text[:1].upper() + text[1:]] = None
    return list(out)[:3]


def _wants(text: str) -> re.Match[str] | None:
    m = _WANTS.search(text)
    return m if m and topics.kind_of(text[m.end() :]) else None


@dataclass(frozen=True)
class _Made:
    interaction_id: str
    date: str
    text: str
    due: str | None
    source: str
    function: str
    product: str | None
    kind: topics.Kind | None
    closed: bool  # the record itself says so


def _product(text: str, interaction: dict[str, Any], known: set[str]) -> str | None:
    named = [p for p in known if re.search(rf"\b{re.escape(p)}\b", text, re.I)]
    if len(named) == 1:
        return named[0]
    products = interaction.get("products") or []
    return products[0] if len(products) == 1 else None


def recorded(interaction: dict[str, Any]) -> list[list[Any]]:
    """What one interaction commits to, as stored at ingest: ``[text, source, due, closed,
    kind]`` each. A note's own commitments are listed only while the record is open; which of
    them still count (the window before the briefing date) is decided at `prep`."""
    i = interaction
    texts: list[list[Any]] = []
    if i.get("follow_up"):
        closed = i.get("status") == "closed"
        texts.append([i["follow_up"].strip(), "follow_up", i.get("follow_up_due"), closed])
    if i["channel"] == "medical_inquiry" and i.get("status") == "open":
        texts.append([_question(i), "inquiry", None, False])
    if i.get("status") != "closed":
        texts += [[t, "note", None, False] for t in commitments_in(i.get("notes") or "")]
    return [[*t, k.name if (k := topics.kind_of(t[0])) else None] for t in texts]


def delivered(interaction: dict[str, Any]) -> list[list[list[str]]]:
    """The clauses of a note that report something done, not promised, as stored at ingest:
    ``[words, kinds]`` each, the clause's words and the deliverable kinds it names."""
    return [
        [sorted(topics.words(s)), [k.name for k in topics.KINDS if k.asks.search(s)]]
        for s in split_clauses(interaction.get("notes") or "")
        if topics.DELIVERED.search(s) and not _FUTURE.search(s)
    ]


_KINDS = {k.name: k for k in topics.KINDS}


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(topics.words(text))


def _made(interactions: list[dict[str, Any]], as_of: date) -> list[_Made]:
    known = {p for i in interactions for p in i.get("products") or []}
    window = (as_of - timedelta(days=NOTE_COMMITMENT_WINDOW_DAYS)).isoformat()
    out: list[_Made] = []
    for i in interactions:
        seen: list[_Made] = []
        for text, source, due, closed, kind in stored(i, "commitments", recorded):
            if source == "note" and i["date"][:10] < window:
                continue
            m = _Made(
                i["interaction_id"],
                i["date"],
                text,
                due,
                source,
                i["function"],
                _product(text, i, known),
                _KINDS.get(kind) if kind else None,
                closed,
            )
            # The note usually repeats the recorded commitment in its own words: keep one.
            if any(_same(m, other) for other in seen):
                continue
            seen.append(m)
            out.append(m)
    return out


def _question(i: dict[str, Any]) -> str:
    for line in (i.get("notes") or "").splitlines():
        if line.strip().lower().startswith("q:"):
            return line.strip()[2:].strip()
    return i.get("subject") or "Open medical inquiry"


def _same(a: Any, b: Any) -> bool:
    if a.function != b.function or (a.product and b.product and a.product != b.product):
        return False
    if a.kind or b.kind:
        return a.kind == b.kind
    wa, wb = _words(a.text), _words(b.text)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= SAME_ACTION


def _fulfils(m: _Made, i: dict[str, Any], pieces: dict[str, dict[str, Any]]) -> bool:
    """Does interaction ``i`` deliver commitment ``m``?"""
    if i["function"] != m.function:
        return False
    products = set(i.get("products") or [])
    if m.product and products and m.product not in products:
        return False
    done = stored(i, "delivered", delivered)
    if m.kind is None:
        # An action is done when a later note says so in the action's own words.
        wanted = _words(m.text)
        return any(len(wanted.intersection(words)) >= 2 for words, _ in done)
    kind = m.kind
    named = {m.product} if m.product else set()
    for cid in i.get("content_ids") or []:
        piece = pieces.get(cid)
        if piece is not None and topics.delivers(piece, kind, m.text, named):
            return True
    if kind.name == "samples" and i["channel"] == "sample_drop":
        return True
    return any(kind.name in kinds for _, kinds in done)


def _handed_over(m: _Made, i: dict[str, Any], pieces: dict[str, dict[str, Any]]) -> bool:
    """A request met at the same call: the piece asked for was shared then, or samples asked
    for at a sample drop. A note saying "dropped 6 packs; to do: sample drop" promises more."""
    if m.kind is None or i["function"] != m.function or not _REQUEST.search(m.text):
        return False
    if m.kind.name == "samples":
        return i["channel"] == "sample_drop"
    named = {m.product} if m.product else set()
    return any(
        (p := pieces.get(cid)) is not None and topics.delivers(p, m.kind, m.text, named)
        for cid in i.get("content_ids") or []
    )


def commitments(
    interactions: list[dict[str, Any]],
    as_of: date,
    pieces: dict[str, dict[str, Any]] | None = None,
) -> tuple[list[FollowUp], list[FollowUp]]:
    """(open, recently closed) commitments, one entry each. ``pieces`` are the content records
    the interactions' ``content_ids`` point to, so a shared piece can close what it delivers.
    Open ones: overdue first, then by due date, then newest."""
    pieces = pieces or {}
    ordered = sorted(interactions, key=lambda i: (i["date"], i["interaction_id"]))
    made = sorted(_made(ordered, as_of), key=lambda m: (m.date, m.interaction_id))
    by_id = {i["interaction_id"]: i for i in interactions}
    candidates = _closers(ordered, pieces)
    closer: dict[int, str | None] = {}
    for n, m in enumerate(made):
        if m.closed:
            closer[n] = m.interaction_id
            continue
        if m.source == "note" and _handed_over(m, by_id[m.interaction_id], pieces):
            closer[n] = m.interaction_id
            continue
        if m.kind is not None:
            pool = candidates.get((m.function, "kind", m.kind.name), [])
        else:
            found = {
                id(i): i
                for w in _words(m.text)
                for i in candidates.get((m.function, "word", w), [])
            }
            pool = sorted(found.values(), key=_key) if len(found) > 1 else list(found.values())
        later = pool[bisect_right(pool, (m.date, m.interaction_id), key=_key) :]
        closer[n] = next((i["interaction_id"] for i in later if _fulfils(m, i, pieces)), None)
    # Group the same commitment; a closed occurrence also closes earlier open ones of its group.
    groups: list[list[int]] = []
    for n, m in enumerate(made):
        group = next((g for g in groups if _same(made[g[-1]], m)), None)
        if group is None:
            groups.append([n])
        else:
            group.append(n)
    opened: list[FollowUp] = []
    closed: list[FollowUp] = []
    for group in groups:
        last_close = max(
            (k for k, n in enumerate(group) if closer[n] is not None),
            default=-1,
        )
        still_open = [made[n] for n in group[last_close + 1 :] if closer[n] is None]
        if still_open:
            opened.append(_entry(still_open, as_of, None))
        if last_close >= 0:
            done = [made[n] for n in group[: last_close + 1]]
            closer_id = closer[group[last_close]]
            when = by_id.get(closer_id or "", {}).get("date", done[-1].date)
            if when[:10] >= (as_of - timedelta(days=CLOSED_SHOWN_DAYS)).isoformat():
                closed.append(_entry(done, as_of, closer_id))
    opened.sort(key=lambda f: (not f.overdue, f.due or "9999", _neg(f.date)))
    closed.sort(key=lambda f: _neg(f.date))
    return opened, closed


def _key(i: dict[str, Any]) -> tuple[str, str]:
    return (i["date"], i["interaction_id"])


def _closers(
    ordered: list[dict[str, Any]], pieces: dict[str, dict[str, Any]]
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The records that might close a commitment, oldest first, by function and either a kind
    they deliver (a piece shared, samples dropped, a note saying it was sent) or a word of a
    clause reporting something done: each commitment then tries only those, not every later
    record (an HCP with thousands of records has thousands of commitments)."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for i in ordered:
        keys: set[tuple[str, str]] = set()
        for words, kinds in stored(i, "delivered", delivered):
            keys.update(("kind", k) for k in kinds)
            keys.update(("word", w) for w in words)
        for cid in i.get("content_ids") or []:
            if (piece := pieces.get(cid)) is not None:
                keys.update(("kind", k) for k in topics.piece_kinds(piece))
        if i["channel"] == "sample_drop":
            keys.add(("kind", "samples"))
        for key in keys:
            out.setdefault((i["function"], *key), []).append(i)
    return out


def follow_ups(
    interactions: list[dict[str, Any]],
    as_of: date,
    pieces: dict[str, dict[str, Any]] | None = None,
) -> list[FollowUp]:
    """The open commitments only."""
    return commitments(interactions, as_of, pieces)[0]


def _entry(occurrences: list[_Made], as_of: date, closed_by: str | None) -> FollowUp:
    latest = occurrences[-1]
    # The CRM's own short wording reads best; else the newest note's.
    worded = next((m for m in reversed(occurrences) if m.source != "note"), latest)
    dues = sorted(m.due for m in occurrences if m.due)
    due = dues[0][:10] if dues else None
    return FollowUp(
        interaction_id=latest.interaction_id,
        date=latest.date[:10],
        text=worded.text.rstrip(". "),
        due=due,
        overdue=closed_by is None and due is not None and due < as_of.isoformat(),
        source=worded.source,
        function=latest.function,
        product=next((m.product for m in reversed(occurrences) if m.product), None),
        kind=next((m.kind.name for m in reversed(occurrences) if m.kind), None),
        dates=tuple(dict.fromkeys(m.date[:10] for m in occurrences)),
        record_ids=tuple(dict.fromkeys(m.interaction_id for m in occurrences)),
        closed_by=closed_by,
    )


def split_stale(
    items: list[FollowUp], as_of: date, limit: int = FOLLOW_UPS_MAX
) -> tuple[list[FollowUp], list[FollowUp]]:
    """(current, stale): items last made within the window, up to ``limit``; the rest stale."""
    start = (as_of - timedelta(days=FOLLOW_UP_WINDOW_DAYS)).isoformat()
    current = [f for f in items if f.date[:10] >= start]
    shown = current[:limit]
    return shown, [f for f in items if f not in shown]


def _neg(iso: str) -> str:
    return "".join(chr(255 - ord(c)) for c in iso)
