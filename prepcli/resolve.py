"""Finding the HCP a user means: an id, an NPI, or a name typed the way people type names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from prepcli import store
from prepcli.errors import PrepError
from prepcli.store import Reader

if TYPE_CHECKING:
    pass

_TITLES = re.compile(r"\b(dr|doctor|prof|professor|mr|mrs|ms|md|do|phd|np|pa)\b\.?", re.I)
# A typed name decides who the briefing is about at this closeness (0-100); suggestions need
# less. Both are measured on the whole name and on each part (first, last), never on a
# fragment inside a part, so "son" does not find "Ellison" and "Smith" does not offer "Singh".
# Below MIN_FUZZY letters one typo changes too much of a query to guess from it: such a query
# must be exact. A name with a part the query begins is suggested ("Lind" -> Lindqvist).
MATCH_CUTOFF = 80
SUGGEST_CUTOFF = 70
MIN_FUZZY = 4
AMBIGUITY_MARGIN = 3


def normalise(name: str) -> str:
    """Lower case, no titles, no punctuation: 'Dr. Amara Okafor, MD' -> 'amara okafor'."""
    text = _TITLES.sub(" ", name.lower())
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def sort_key(name: str) -> tuple[str, str]:
    """Last name first, as people look names up in a list: 'Dr. Amara Okafor' -> ('okafor', ...)."""
    parts = normalise(name).split()
    return (parts[-1], " ".join(parts[:-1])) if parts else ("", "")


def closeness(query: str, name: str) -> float:
    """How close a normalised query is to a normalised name: the best of the whole name (in
    any word order) and each of its parts. Typos score high; a shared fragment does not."""
    from rapidfuzz import fuzz

    scores = [fuzz.ratio(query, name), fuzz.token_sort_ratio(query, name)]
    scores += [fuzz.ratio(query, part) for part in name.split()]
    return max(scores)


def _label(h: dict[str, Any]) -> str:
    parts = [h["name"], h.get("specialty") or "", h.get("city") or "", h["hcp_id"]]
    return " · ".join(p for p in parts if p)


def _ranked(hcps: list[dict[str, Any]], query: str, cutoff: float) -> list[tuple[float, Any]]:
    """HCPs at least ``cutoff`` close to ``query``, best first; a short query only by prefix."""
    wanted = normalise(query)
    scored = []
    for h in hcps:
        name = normalise(h["name"])
        score = closeness(wanted, name) if len(wanted) >= MIN_FUZZY else 0
        if len(wanted) >= 3 and any(part.startswith(wanted) for part in name.split()):
            score = max(score, SUGGEST_CUTOFF)
        if score >= cutoff:
            scored.append((score, h))
    return sorted(scored, key=lambda sh: -sh[0])


def match_hcp(hcps: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    """The best candidates for ``query``, best first; exactly one means it is decided.

    An exact id or NPI wins; then an exact full name or an exact last name; only then close
    (typo) matches, which must all be close to the best to count as ties."""
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
    ranked = _ranked(hcps, q, MATCH_CUTOFF)
    if not ranked:
        return []
    best = ranked[0][0]
    return [h for score, h in ranked if score >= best - AMBIGUITY_MARGIN]


def suggestions(hcps: list[dict[str, Any]], query: str, n: int = 3) -> list[dict[str, Any]]:
    """Names close enough to be a likely typo of ``query``; none when nothing is close."""
    return [h for _, h in _ranked(hcps, query, SUGGEST_CUTOFF)[:n]]


def resolve_hcp(db: Reader, query: str) -> dict[str, Any]:
    """The one HCP ``query`` names, or a PrepError listing candidates or suggestions."""
    # An id or NPI is looked up in SQL: a store of 20,000 HCPs is not read into Python for it.
    for key in ("hcp_id", "npi"):
        exact = store.hcps_matching(db, key, query.strip())
        if len(exact) == 1:
            return exact[0]
        if exact:
            break
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
        hint="did you mean: " + "; ".join(_label(h) for h in close)
        if close
        else "`prepcli hcps` lists everyone in the store",
    )
