"""Typographic separators that hide an identifier from the rules, read as the plain ones
before detection, one character for one (spans still fit the note as written).

Word processors and mail clients write typographic characters: a no-break or narrow no-break
space ("07700 900 461" with U+00A0, French "06 12 47 85 30" with U+202F, "196 Route 417"), a
non-breaking hyphen ("123‑45‑6789", "a 33‑year‑old"), an en dash ("04–03–1961"). The spaces and
hyphens are read as plain ones anywhere, an en dash only between two digits.

A narrow field on a form or a label printer wraps a number onto the next line ("Patient
ID:\n4471\n290", "NHS Number: 943 476\n5919"); where a line holds nothing but the number's
first digits, or a label and them, the line break before the rest is read as a space.
"""

from __future__ import annotations

import re

# Typographic spaces and hyphens anywhere are a space and a hyphen: a biography written with
# narrow no-break spaces ("196 Route\u202f417", "a 33\u2011year\u2011old") is typed text to the
# rules. (figure space U+2007, thin space U+2009 and the no-break spaces; hyphen U+2010 and
# non-breaking hyphen U+2011)
_PLAIN = str.maketrans("\u00a0\u2007\u2009\u202f\u2010\u2011", "    --")
# Between two digits a dash is a number's hyphen (figure dash U+2012, en dash U+2013, minus
# sign U+2212); between words an en dash is punctuation and stays.
_DASH_RE = re.compile(r"(?<=\d)[\u2012\u2013\u2212](?=\d)")
# A line that holds only digits in groups, or a label and its colon then digits, right before a
# line that starts with the rest of the number: one to six digits, then the line's end,
# punctuation or a word ("4471\n290 (label ...)"). A report's row ("4471290    03/04/61") has
# other cells on the line, and a list's next number ("0161 496 0923\n0161 496 0924") more
# groups: both are left alone.
_WRAPPED_RE = re.compile(
    r"(?m)^(?:[^\n:#]{0,30}[:#][ \t]*)?\d[\d ]{0,14}(?P<nl>\n)"
    r"(?=\d{1,6}(?:[ \t]*$|[ \t]*[,;.)(]|[ \t]+[^\d\s]))"
)


def plain_separators(text: str) -> str:
    """``text`` with typographic spaces and hyphens read as plain ones, a dash between digits
    as a hyphen, and a wrapped number's line break as a space (same length)."""
    if not text.isascii():
        text = _DASH_RE.sub("-", text.translate(_PLAIN))
    if "\n" in text:
        breaks = [m.start("nl") for m in _WRAPPED_RE.finditer(text)]
        if breaks:
            chars = list(text)
            for i in breaks:
                chars[i] = " "
            text = "".join(chars)
    return text
