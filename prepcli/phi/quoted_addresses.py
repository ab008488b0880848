"""An address written as a list of quoted parts, as a shop's test step or a support log
echoes one: `the billing address as "Brooklyn", "9036 Country Club Ave.", "11230", "United
States" for "John Doe"`.

The line says it holds an address ("address", "addressed") and lists at least three quoted
values in a run (only commas and spaces between them). Each quoted value of the line goes:
the town, street and postcode of the run, and the addressee quoted beside it (`for "John
Doe"`, `the customer "Tony Stark"`), a name where its first word is a listed given name. The
country stays, and so does what the run lists after it (a state or region: "Australia",
"Victoria"), since nobody is found by a country; so does a field's own name ("street",
"city"). A clinician's name stays (the caller keeps every value off limits).
"""

from __future__ import annotations

import re

from prepcli.phi.addresses import country_names
from prepcli.phi.names import name_lists
from prepcli.phi.record_keys import form_label
from prepcli.phi.spans import Span

_ADDRESS_WORD_RE = re.compile(r"\baddress(?:ed)?\b", re.IGNORECASE)
_QUOTED_RE = re.compile(r'"(?P<value>[^"\n]{1,80})"')
_RUN_GAP_RE = re.compile(r"[ \t]*,?[ \t]*")
_LINE_RE = re.compile(r"[^\n]+")


def quoted_address_spans(text: str) -> list[Span]:
    """The quoted parts of every line that lists an address in quotes (see the module)."""
    spans: list[Span] = []
    for line in _LINE_RE.finditer(text):
        if not _ADDRESS_WORD_RE.search(line.group()):
            continue
        runs = _runs(list(_QUOTED_RE.finditer(text, line.start(), line.end())), text)
        if not any(len(run) >= 3 for run in runs):
            continue
        for run in runs:
            for m in run:
                value = m.group("value").strip()
                if value in country_names():
                    break
                if form_label(value):
                    continue
                start = m.start("value") + m.group("value").index(value)
                spans.append(Span(start, start + len(value), _kind(value)))
    return spans


def _runs(quotes: list[re.Match[str]], text: str) -> list[list[re.Match[str]]]:
    """Quoted values grouped into runs: neighbours with only a comma and spaces between."""
    runs: list[list[re.Match[str]]] = []
    for m in quotes:
        if runs and _RUN_GAP_RE.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _kind(value: str) -> str:
    words = value.split()
    first, _ = name_lists()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0] in first:
        return "PATIENT-NAME"
    return "ADDRESS"
