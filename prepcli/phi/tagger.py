"""Spans a learned token tagger reads as a patient's name, address or phone: hints the rules
filter like their own (``find_phi``'s ``hints``).

This module holds the pure part (from per-character probabilities to spans); the model that
gives the probabilities runs at ingest only.
"""

from __future__ import annotations

import re

import numpy as np

from prepcli.phi.dates import month_word
from prepcli.phi.spans import Span

# Column order of the tagger's output.
CLASSES = ("O", "PATIENT-NAME", "ADDRESS", "PHONE", "OTHER")
# The rules find dates of birth, record numbers, SSNs and e-mails on every set measured (1.000
# on the external part): the tagger's reading of them only added false positives.
HINTED = frozenset({"PATIENT-NAME", "ADDRESS", "PHONE"})
# A house number ("12", "12B", "79th") or a postcode with letters ("SW1A", "M5V 3L9"), not a
# year nor a clock's minutes ("kl. 13:09 skrev").
_NUMBER_RE = re.compile(
    r"(?<![\w:-])(?!(?:19|20)\d\d\b)(?:\d+[A-Za-z]{0,2}|[A-Z]{1,2}\d[A-Z\d]{0,2})(?![\w:-])"
)
# A sum of money: thousands grouped by commas, and its cents.
_MONEY_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2}")
# A day and its month, in any language: no street and its number ("W dniu 28 stycznia").
_DAY_MONTH_RE = re.compile(r"\d{1,2}\.?[ \t]+(?P<month>[^\W\d_]+)\.?")
# A study's or a product's code: capitals, a hyphen and a short tail ("SUMMIT-CV", "T2D").
_CODE_RE = re.compile(r"\b[A-Z]{2,}-[A-Z\d]{1,3}\b")
# A word of three letters or more and its full stop, right before the next word.
_SENTENCE_END_RE = re.compile(r"\w{3,}\.\s+$")
# A date's digits are as many as a local phone's: "from 2025-03-21", "on 11/29/2024".
# (and a timestamp's: "2019-12-01T06:00:00.000+0600")
_DATE_RE = re.compile(
    r"\(?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\)?"
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)


def hint_spans(text: str, probs: np.ndarray, threshold: float) -> list[Span]:
    """Words (see ``_WORD_RE``) whose most likely identifier character passes ``threshold``
    (``probs``: one row of class probabilities per character), with the punctuation at their
    edges that the tagger calls no identifier trimmed, and neighbours of one type joined
    across a gap of punctuation ("12 Oak St, Leeds"; an address's lines; a name not over a
    sentence's end)."""
    out: list[Span] = []
    for start, end in _words(text):
        entity = 1.0 - probs[start:end, 0]
        peak = int(entity.argmax())
        if entity[peak] < threshold:
            continue
        kind = CLASSES[int(probs[start + peak, 1:].argmax()) + 1]
        if kind not in HINTED:
            continue
        while start < end and not text[start].isalnum() and probs[start, 0] > 0.5:
            start += 1
        while end > start and not text[end - 1].isalnum() and probs[end - 1, 0] > 0.5:
            end -= 1
        if kind == "PATIENT-NAME" and text[start:end].endswith(("'s", "’s")):
            end -= 2  # "Maclean's killers": the possessive is no part of the name
        if start >= end:
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == kind
            and joinable(kind, text[last.end : start])
            # (a name does not run on over a sentence's end: "~15 pts on Duralin. Duralin rep")
            and not (kind == "PATIENT-NAME" and _SENTENCE_END_RE.search(text, last.start, start))
        ):
            out[-1] = Span(last.start, end, kind)
        else:
            out.append(Span(start, end, kind))
    return [s for s in out if hint_shaped(text, s)]


def _money(text: str, span: Span) -> bool:
    """Whether a number is a sum: after a currency's sign, or grouped in thousands with cents
    ("$402,861.66", "1,250.00")."""
    before = text[max(0, span.start - 2) : span.start]
    return (
        any(c in "$€£¥₹" for c in before)
        or _MONEY_RE.fullmatch(text[span.start : span.end]) is not None
    )


def joinable(kind: str, gap: str) -> bool:
    """Whether two spans of ``kind`` with ``gap`` between them are one: a little punctuation
    between them, and for an address its line break and a number's sign too ("PSC 6293, Box
    8158\nAPO AP 04336", "Avenida 3 N° 69")."""
    return len(gap) <= 3 and not gap.strip(" ,.-/\n°º" if kind == "ADDRESS" else " ,.-/")


def hint_shaped(text: str, span: Span) -> bool:
    """Whether a hint standing alone has its type's shape: a phone seven digits or more, no
    date and no sum of money; an address two words or more with a house number or a postcode
    (no year: "SUMMIT Poster, ADA 2026"); a name letters only and no study's code ("PALLAS-2",
    "HORIZON-CV")."""
    value = text[span.start : span.end]
    if span.type == "PHONE":
        return (
            sum(c.isdigit() for c in value) >= 7
            and _DATE_RE.fullmatch(value) is None
            and not _money(text, span)
        )
    if span.type == "ADDRESS":
        day_month = _DAY_MONTH_RE.fullmatch(value)
        if day_month is not None and month_word(day_month.group("month")):
            return False
        return len(value.split()) >= 2 and _NUMBER_RE.search(value) is not None
    return not any(c.isdigit() for c in value) and _CODE_RE.search(value) is None


def word_shapes(text: str, offsets: list[tuple[int, int]]) -> list[list[float]]:
    """What the tagger's lower-cased word pieces lose, per piece: a capital first letter, all
    capitals, a digit, and whether the piece opens a word."""
    return [
        [
            float(text[a : a + 1].isupper()),
            float(b - a > 1 and text[a:b].isupper()),
            float(any(c.isdigit() for c in text[a:b])),
            float(a == 0 or text[a - 1].isspace()),
        ]
        for a, b in offsets
    ]


def window_starts(pieces: int, size: int, stride: int) -> list[int]:
    """Where each window of ``size`` word pieces opens over a note of ``pieces``, ``stride``
    apart, the last one reaching the note's end (one window for a short note)."""
    starts = [0]
    while starts[-1] + size < pieces:
        starts.append(starts[-1] + stride)
    return starts


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD_RE.finditer(text)]


# CJK punctuation parts words as a space does: CJK text glues a field's label to its value
# ("患者名：斎藤 義雄") and a name to the next sentence ("民眾：LOKSHIN。醫師").
_WORD_RE = re.compile(r"[^\s：。，、；！？]+")
