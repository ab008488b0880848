"""Build prepcli/phi/data/medical_abbreviations.txt: clinical abbreviations written in capitals,
one a line, so that a capital word right after a patient's word ("patient HIV positive",
"Patient CT showed") is read as the abbreviation it is, not as the patient's initials or code.

Source: imantsm/medical_abbreviations at ce0e839 (MIT licence), `CSVs/*.csv`: a list of
medical abbreviations collected from Wikipedia, one abbreviation per row in the first column.
Only the forms of two to six capital letters are kept: the rule that reads this file looks at
no other shape. Needs the repository mirrored (the `fetch` tool); prepcli reads the text file.
Run: python bench/phi_abbreviations_build.py
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

REPO = Path("/work/.mirror/imantsm+medical_abbreviations/repo")
COMMIT = "ce0e839"
OUT = (
    Path(__file__).resolve().parent.parent
    / "prepcli"
    / "phi"
    / "data"
    / "medical_abbreviations.txt"
)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout


def abbreviations() -> set[str]:
    found: set[str] = set()
    for path in _git("ls-tree", "-r", "--name-only", COMMIT).splitlines():
        if not (path.startswith("CSVs/") and path.endswith(".csv")):
            continue
        for row in csv.reader(io.StringIO(_git("show", f"{COMMIT}:{path}"))):
            if row and re.fullmatch(r"[A-Z]{2,6}", row[0].strip()):
                found.add(row[0].strip())
    return found


def main() -> None:
    words = sorted(abbreviations())
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} abbreviations to {OUT}")


if __name__ == "__main__":
    main()
