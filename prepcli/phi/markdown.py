"""Markdown emphasis around a field's label, read as spaces before detection (same length, so
spans still fit the note as written).

Generated patient records and notes kept in markdown bold their labels: "**Patient ID:**
PAT-4471", "- **BMI**: 26.4". The asterisks hide the label from the rules that read a value
after its label (an identifier's label is not found, and "** 26.4" reads as a record number
led by its marks), while the same record written plainly is read right. A label is a run of
up to six words closed by its colon, inside or just after the emphasis; emphasis elsewhere
("**Assessment**", "**not** taking") is left as written.
"""

from __future__ import annotations

import re

# "**Label:**", "**Label**:", "__Label:__", wherever it stands ("- **Name:**", "| **BMI:** 26.4");
# the label opens with a letter and holds no colon.
_BOLD_LABEL_RE = re.compile(
    r"(?P<open>\*\*|__)(?=[^\W\d_])[^*_\n:]{1,40}?(?:(?P<close>\*\*|__):|:(?P<close2>\*\*|__))"
)


def plain_labels(text: str) -> str:
    """``text`` with the emphasis marks around each field's label read as spaces."""
    if "**" not in text and "__" not in text:
        return text
    chars = list(text)
    for m in _BOLD_LABEL_RE.finditer(text):
        if m.group("open") != (m.group("close") or m.group("close2")):
            continue
        close = "close" if m.group("close") else "close2"
        for i in (*range(m.start("open"), m.end("open")), *range(m.start(close), m.end(close))):
            chars[i] = " "
    return "".join(chars)
