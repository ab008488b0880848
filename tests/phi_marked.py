"""What the PHI class tests share: snippets written with inline marks (``{T|text}``, the format
of bench/blind_phi_marks.py), read one way and checked one way."""

from __future__ import annotations

import re
import sys
from collections.abc import Container, Iterable, Mapping, Sequence
from pathlib import Path

from prepcli.phi import find_phi

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from blind_phi_marks import PHI_TYPES, parse  # noqa: E402 - the one mark parser of every written set

_LETTER_MARK = re.compile(r"\{([NDMSPEAHI])\|([^{}|]+)\}")


def parse_letters(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The text and its marks as (letter, start, end), for tests that judge by the letter."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = length = 0
    for m in _LETTER_MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        spans.append((m.group(1), length, length + len(m.group(2))))
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def assert_identifiers_go_and_clinicians_stay(
    marked: str, keep: Container[str] = frozenset(), clinicians: Container[str] = frozenset()
) -> None:
    """Every marked identifier is covered whole, no clinician is touched, and nothing outside
    a marked span (a clinician, a drug, a kin word, a bed number) is taken; ``keep`` and
    ``clinicians`` as find_phi takes them."""
    text, spans = parse(marked)
    found = find_phi(text, keep, clinicians)
    for s in spans:
        start, end = int(s["start"]), int(s["end"])  # type: ignore[call-overload]
        touched = [f for f in found if f.start < end and start < f.end]
        if s["type"] in PHI_TYPES:
            covered = sum(min(end, f.end) - max(start, f.start) for f in touched)
            assert covered >= end - start, (s["text"], text)
        elif s["type"] == "HCP":
            assert not touched, (s["text"], text)
    for f in found:
        assert any(f.start < int(s["end"]) and int(s["start"]) < f.end for s in spans), (  # type: ignore[call-overload]
            text[f.start : f.end],
            text,
        )


def round_snippets(
    rounds: Iterable[Mapping[str, Sequence[str]]],
    cls: str | None = None,
    leave_out: Container[str] = frozenset(),
) -> list[str]:
    """The marked snippets of rounds written by class (of ``cls`` only, when given), less the
    known leftovers in ``leave_out``."""
    return [
        s
        for r in rounds
        for c, items in r.items()
        if cls is None or c == cls
        for s in items
        if s not in leave_out
    ]
