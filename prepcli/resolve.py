"""Finding the HCP a user means: an id, an NPI, or a name typed the way people type names."""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from prepcli import store
from prepcli.errors import PrepError

_TITLES = re.compile(r"\b(dr|doctor|prof|professor|mr|mrs|ms|md|do|phd|np|pa)\b\.?", re.I)
FUZZY_CUTOFF = 80
AMBIGUITY_MARGIN = 3


def normalise(name: str) -> str:
    """Lower case, no titles, no punctuation: 'Dr. Amara Okafor, MD' -> 'amara okafor'."""
    text = _TITLES.sub(" ", name.lower())
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def _label(h: dict[str, Any]) -> str:
    parts = [h["name"], h.get("specialty") or "", h.get("city") or "", h["hcp_id"]]
    return " · ".join(p for p in parts if p)


def match_hcp(hcps: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    """The best candidates for ``query``, best first; exactly one means it is decided.

    An exact id or NPI wins; then an exact full name or an exact last name; only then fuzzy
    matches, which must all be close to the best to count as ties."""
    q = query.strip()
    for key in ("hcp_id", "npi"):
        exact = [h for h in hcps if (h.get(key) or "").lower() == q.lower()]
        if exact:
            return exact
    wanted = normalise(q)
    if not wanted:
        return []
    full = [h for h in hcps if normalise(h["name"]) == wanted]
    if full:
        return full
    last = [h for h in hcps if normalise(h["name"]).split()[-1:] == [wanted]]
    if last:
        return last
    from rapidfuzz import fuzz, process

    names = {h["hcp_id"]: normalise(h["name"]) for h in hcps}
    scored = process.extract(wanted, names, scorer=fuzz.WRatio, limit=10, score_cutoff=FUZZY_CUTOFF)
    if not scored:
        return []
    best = scored[0][1]
    by_id = {h["hcp_id"]: h for h in hcps}
    return [by_id[key] for _, score, key in scored if score >= best - AMBIGUITY_MARGIN]


def suggestions(hcps: list[dict[str, Any]], query: str, n: int = 3) -> list[dict[str, Any]]:
    from rapidfuzz import fuzz, process

    names = {h["hcp_id"]: normalise(h["name"]) for h in hcps}
    by_id = {h["hcp_id"]: h for h in hcps}
    return [
        by_id[k]
        for _, _, k in process.extract(normalise(query), names, scorer=fuzz.WRatio, limit=n)
    ]


def resolve_hcp(db: sqlite_utils.Database, query: str) -> dict[str, Any]:
    """The one HCP ``query`` names, or a PrepError listing candidates or suggestions."""
    hcps = store.all_hcps(db)
    if not hcps:
        raise PrepError("the store has no HCPs yet", hint="run `prepcli ingest PATH` first")
    found = match_hcp(hcps, query)
    if len(found) == 1:
        return found[0]
    if found:
        listing = "\n  ".join(_label(h) for h in found)
        raise PrepError(
            f"{query!r} matches {len(found)} HCPs:\n  {listing}",
            hint="name one by its id, NPI or full name",
        )
    close = suggestions(hcps, query)
    raise PrepError(
        f"no HCP matches {query!r}",
        hint="closest: " + "; ".join(_label(h) for h in close) if close else None,
    )
