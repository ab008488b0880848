"""Identifiers a consultation's speakers read out, as its transcript writes them.

A patient asked for a date of birth answers in words, with fillers and pauses ("the second of
November, um, nineteen ninety two", "twelve August nineteen fifty eight", "sixteenth of May,
nineteen, eighty two"), or gives the year alone ("Nineteen ninety two."; the doctor repeats
"Ninety two."); a dictated header reads the date's numbers apart ("date of birth : 3 , 6 ,
1949"). The question is usually in the turn before, so the cue is looked for a few hundred
characters back, across turns. A home address is said with its house number in words ("sixty
four, Cliveden Place", "one Babylon Avenue") and a UK postcode letter by letter and number by
number ("S W one A, one A A", "SW nineteen one EZ": an outward code of one or two letters, a
number and maybe a letter, then a digit and two letters; Royal Mail's format). Speech
recognition glues a record number to its cue ("mrnr472348").

Everything here needs a transcript's turns (prepcli.phi.transcripts) and, but for the glued
record number, a cue before it: a date or a house number in words is no identifier in prose
("on the fifth of March", "two tablets").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.dates import ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS
from prepcli.phi.spans import Span

_FILLER = r"(?:,?[ \t]+(?:um+|uh+|er+m?|erm|of|the)(?=[ \t,]))*,?[ \t]+"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_CARDINAL_DAY = rf"(?:(?:twenty|thirty)[- ]{UNIT_WORDS}|twenty|thirty|{_TEEN}|{UNIT_WORDS})"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
# "nineteen fifty eight", "nineteen, eighty two", "ninety-nine", "two thousand and three"
_YEAR = (
    rf"(?:(?:nineteen|eighteen),?[- \t]+)?(?:{TENS_WORDS}(?:[- ]{UNIT_WORDS})?|oh[- ]{UNIT_WORDS})"
    rf"|two[- ]thousand(?:[- ](?:and[- ])?{UNIT_WORDS})?"
)
_DAY = rf"(?:the[ \t]+)?(?:{ORDINAL_WORDS}|{_CARDINAL_DAY})"
_SPOKEN_DATE_RE = re.compile(
    rf"\b(?P<d>{_DAY}(?:[ \t]+of)?{_FILLER}{_MONTH}{_FILLER}(?:{_YEAR})"
    rf"|{_MONTH}[ \t]+{_DAY}{_FILLER}(?:{_YEAR})"
    # the year first: "nineteen fifty eight uh on the eighth of August"
    rf"|(?:{_YEAR}){_FILLER}(?:on[ \t]+)?(?:the[ \t]+)?(?:{ORDINAL_WORDS})[ \t]+of[ \t]+"
    rf"{_MONTH})\b",
    re.IGNORECASE,
)
# A year alone: a whole turn ("Nineteen ninety two.") or after "born in".
_YEAR_TURN_RE = re.compile(
    rf"(?im)^[ \t]*(?:(?:um+|uh+|er+m?|so|yeah|yes)[ \t,]+)*(?P<y>(?:{_YEAR}))[ \t]*[.!?]?[ \t]*$"
)
_BORN_IN_RE = re.compile(rf"\bborn[ \t]+in[ \t]+(?P<y>(?:{_YEAR}))\b", re.IGNORECASE)
# A dictated date read number by number: "date of birth : 3 , 6 , 1949".
_DICTATED_RE = re.compile(
    r"(?i:date[ \t]+of[ \t]+birth|dob)[ \t]*[:,]?[ \t]*"
    r"(?P<d>\d{1,2}[ \t]*,[ \t]*\d{1,2}[ \t]*,[ \t]*(?:19|20)\d{2})(?!\d)"
)
# A date read digit by digit, day and month as two digits each ("oh three, oh four, sixty
# one", "Oh nine two nine eighty-three", "one two, one one, nineteen eighty").
_DIGIT_WORD = rf"(?:oh|zero|{UNIT_WORDS})"
_NUMERIC_PART = rf"(?:{_DIGIT_WORD}[ \t-]+{_DIGIT_WORD}|{_CARDINAL_DAY})"
_DIGIT_DATE_RE = re.compile(
    rf"\b(?P<d>{_NUMERIC_PART},?[ \t]+{_NUMERIC_PART},?[ \t]+(?:{_YEAR}))\b", re.IGNORECASE
)
_BIRTH_CUE_RE = re.compile(r"(?i:date[ \t]+of[ \t]+birth|\bdob\b|\bbirthday|\bborn\b)")
_BIRTH_REACH = 300

# A house number in words, the street's words (or a transcript's tag for an unheard one), its
# type, and the town after it ("sixty four, Cliveden Place, in, South Wimbledon").
_NUMBER = (
    rf"(?:{TENS_WORDS}(?:[- ]{UNIT_WORDS})?|{_TEEN}|{UNIT_WORDS}|a[ \t]+hundred"
    rf"|{UNIT_WORDS}[ \t]+hundred)"
)
_STREET_TYPE = (
    r"(?:street|road|avenue|place|court|lane|drive|close|way|grove|crescent|gardens|terrace"
    r"|square|rise|mews|walk|row|parade|boulevard|hill)"
)
_STREET_WORD = r"(?:[A-Z][a-z'’-]+|\[[a-z]+\])"
# A flat, apartment or unit said before the house number: "Flat four, seventeen Mill Lane",
# "Apartment B, forty one Elm Street", "Unit 5 slash 12 Smith Street" (Royal Mail's PAF puts
# the flat first; Australia Post writes "5/12 Smith St", said "five slash twelve").
_UNIT_PREFIX = (
    rf"(?:(?i:flat|apartment|apt\.?|unit|suite)[ \t]+(?:(?i:{_NUMBER})|\d{{1,4}}|[A-Z])"
    r"(?:[ \t]+(?i:slash)[ \t]+|[ \t]*/[ \t]*|,?[ \t]+))"
)
_HOUSE = rf"(?:(?i:{_NUMBER})(?:[ \t]+(?i:{UNIT_WORDS}))*|\d{{1,4}}[A-Za-z]?)"
_SPOKEN_ADDRESS = (
    rf"(?:{_UNIT_PREFIX})?{_HOUSE},?[ \t]+(?:{_STREET_WORD}[ \t]+){{1,3}}"
    rf"(?i:{_STREET_TYPE})\b(?:,?[ \t]+(?:in,?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"(?=[ \t]*[.,]))?"
)
_SPOKEN_ADDRESS_RE = re.compile(rf"\b(?P<a>{_SPOKEN_ADDRESS})")
# In prose the number in words needs its verb right before: "he lives at twenty two Acacia
# Avenue" (a number in words before a street is rare in writing, so the verb is enough).
_PROSE_ADDRESS_RE = re.compile(
    rf"\b(?i:lives?|living|resides?|residing)[ \t]+(?i:at)[ \t]+(?P<a>(?i:{_NUMBER})"
    rf"(?:[ \t]+(?i:{UNIT_WORDS}))*,?[ \t]+(?:{_STREET_WORD}[ \t]+){{1,3}}(?i:{_STREET_TYPE}))\b"
)
# A UK postcode said aloud: "S W one A, one A A", "SW nineteen one EZ", "E one four, six G T".
_SPOKEN_POSTCODE_RE = re.compile(
    rf"\b(?P<p>[A-Z](?:[ \t]?[A-Z])?[ \t]+(?i:{TENS_WORDS}|{_TEEN}|{UNIT_WORDS})"
    rf"(?:[ \t]+(?i:{UNIT_WORDS}))?"
    rf"(?:[ \t]+[A-Z])?,?[ \t]+(?i:{UNIT_WORDS}|zero|oh)[ \t]+[A-Z][ \t]?[A-Z])\b"
)
_ADDRESS_CUE_RE = re.compile(
    r"(?i:address|postcode|post[ \t]+code|postal[ \t]+code|\bzip\b|\blive\b|\bliving\b)"
)
# A ZIP code read digit by digit ("Nine oh two one oh"; USPS's five digits), only after a
# postal code's word: five digits in words are a count or a phone's part elsewhere.
_SPOKEN_ZIP_RE = re.compile(rf"\b(?P<z>{_DIGIT_WORD}(?:[ \t,-]+{_DIGIT_WORD}){{4}})\b", re.I)
_ZIP_CUE_RE = re.compile(r"(?i:\bzip\b|post[ \t]*code|postal[ \t]+code)")
_ZIP_REACH = 150
_ADDRESS_REACH = 300
# A record number glued to its cue by speech recognition: "mrnr472348", "mrn472348".
_GLUED_MRN_RE = re.compile(r"(?<![\w-])(?i:mrn)[a-z]?\d{5,10}(?![\w-])")


def read_out_ids(text: str) -> Iterator[Span]:
    """DOB, address and record-number spans said aloud in a transcript."""
    low = text.lower()
    births = [m.end() for m in _BIRTH_CUE_RE.finditer(text)]
    if births:
        for m in _SPOKEN_DATE_RE.finditer(text):
            if _cued(births, m.start(), _BIRTH_REACH):
                yield Span(m.start("d"), m.end("d"), "DOB")
        for rx in (_YEAR_TURN_RE, _BORN_IN_RE):
            for m in rx.finditer(text):
                if _cued(births, m.start(), _BIRTH_REACH):
                    yield Span(m.start("y"), m.end("y"), "DOB")
        for m in _DIGIT_DATE_RE.finditer(text):
            if _cued(births, m.start(), _BIRTH_REACH):
                yield Span(m.start("d"), m.end("d"), "DOB")
        for m in _DICTATED_RE.finditer(text):
            yield Span(m.start("d"), m.end("d"), "DOB")
    homes = [m.end() for m in _ADDRESS_CUE_RE.finditer(text)]
    if homes:
        for rx, group in ((_SPOKEN_ADDRESS_RE, "a"), (_SPOKEN_POSTCODE_RE, "p")):
            for m in rx.finditer(text):
                if _cued(homes, m.start(), _ADDRESS_REACH):
                    yield Span(m.start(group), m.end(group), "ADDRESS")
        zips = [m.end() for m in _ZIP_CUE_RE.finditer(text)]
        for m in _SPOKEN_ZIP_RE.finditer(text) if zips else ():
            if _cued(zips, m.start(), _ZIP_REACH):
                yield Span(m.start("z"), m.end("z"), "ADDRESS")
    if "mrn" in low:
        yield from (Span(m.start(), m.end(), "MRN") for m in _GLUED_MRN_RE.finditer(text))


def prose_addresses(text: str, low: str) -> Iterator[Span]:
    """A house number in words after "lives at" in prose (no transcript's turns)."""
    if " at " in low and ("liv" in low or "resid" in low):
        for m in _PROSE_ADDRESS_RE.finditer(text):
            yield Span(m.start("a"), m.end("a"), "ADDRESS")


def _cued(cues: list[int], pos: int, reach: int) -> bool:
    """Whether a cue ends within ``reach`` characters before ``pos``."""
    return any(pos - reach <= c <= pos for c in cues)
