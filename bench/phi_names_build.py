"""Build prepcli/phi/data/{first,last}_names_intl.txt.gz: international given names and surnames.

Run once by hand (needs ``pip install 'names-dataset==3.3.1' 'wordfreq==3.1.1'``, neither of
which the product installs); the output is committed. Kept so the lists can be audited and rebuilt.

Source: names-dataset 3.3.1 (MIT, PyPI; 727k given names and 984k surnames with a popularity
rank in each of 105 countries). Loading it costs 9 s and 1.9 GB on every run, so the product
ships only the part that measured useful: names ranked in the top RANK of at least one country,
that are not everyday English words (wordfreq Zipf frequency below MAX_ZIPF, unless the US Census
list already has them as names), and that the census lists in the ``names`` package do not
already hold. On the external tuning set (bench/phi.py --parts tune): name recall 0.536 -> 0.661
at precision 0.991 -> 0.993 with RANK 3000; RANK 1000 gave 0.650, RANK 5000 no more than 3000.
Licences: names-dataset MIT; wordfreq Apache-2.0, its frequency data CC-BY-SA 4.0 (used only to
leave words out, none of it is shipped).

Issue 18 weighed RANK again (thresholds chosen on the external tuning part, phi_blind3_dev and
phi_blind4_dev; phi_blind5_dev and phi_name_variants only confirmed; the other dev sets guarded
precision). RANK 10000 (360k + 467k names, 2.4 MB gzipped instead of 0.8 MB) raised the share
of labelled patient-name words that a list holds by 0.02-0.08, but also the share of capitalised
words outside any identifier by 0.01-0.03; scored with bench/phi.py, name recall went 0.861 ->
0.880 (tune), 0.942 -> 0.957 (blind5) at name precision 0.994 -> 0.991, 0.991 -> 0.935
(blind2), 0.973 -> 0.939 (blind4), 0.985 -> 0.950 (blind5), with more snippets without
identifiers and clinicians touched ("Qty", "Adres:", "Mombasa", "Whipple"). RANK 30000 (3.5
MB) found no more and lost more precision. Names past the top 3000 only as evidence inside a
two-word name (never alone) added at most 4 names a set and touched "Kuala Lumpur" and "Med
Rec" on phi_variants. So RANK stays 3000.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from prepcli.phi.names import _INSTITUTION, _NEVER, _WORDLIKE, census_lists  # noqa: E402

RANK = 3000
MAX_ZIPF = 3.0
# Names common in a Western country are let through up to a higher English frequency: "Sven",
# "Lars", "Pascal" are frequent in English text only as names.
WESTERN = frozenset(
    "US GB CA AU IE DE AT CH FR BE NL SE NO DK FI IS IT ES PT PL CZ HU SK SI HR RS GR RU UA BR MX"
    " AR CL CO TR JP".split()
)
WESTERN_RANK = 200
WESTERN_MAX_ZIPF = 3.8
OUT = ROOT / "prepcli" / "phi" / "data"


def _wanted(name: str, rank: dict[str, int], census: frozenset[str]) -> bool:
    from wordfreq import zipf_frequency

    if len(name) < 3 or not name[:1].isupper() or name in census:
        return False
    if not all(c.isalpha() or c in "-'" for c in name):
        return False
    if name in _WORDLIKE or name in _NEVER or name in _INSTITUTION:
        return False
    zipf = zipf_frequency(name.lower(), "en")
    if zipf < MAX_ZIPF:
        return True
    western = min((r for country, r in rank.items() if country in WESTERN), default=RANK + 1)
    return western <= WESTERN_RANK and zipf < WESTERN_MAX_ZIPF


def main() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    first, last = census_lists()
    for kind, table, census in (("first", nd.first_names, first), ("last", nd.last_names, last)):
        kept = sorted(
            name
            for name, info in table.items()
            if info.get("rank")
            and min(info["rank"].values()) <= RANK
            and _wanted(name, info["rank"], census)
        )
        path = OUT / f"{kind}_names_intl.txt.gz"
        # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff.
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(("\n".join(kept) + "\n").encode("utf-8"))
        print(f"{path.relative_to(ROOT)}: {len(kept)} names")


if __name__ == "__main__":
    main()
