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

Helper "names" (issue 18) weighed the English frequency cut again. Given names ranked in the top
EN_RANK of an English-speaking country (ENGLISH) that no dictionary holds (words.everyday:
Webster's Second) had been left out for being frequent in English text ("Liam", "Rhys", "Iain",
"Hamish", "Reza", 47 names once surnames first were taken out): with them in the list no
development set found one name more (spans identical on all 14 sets and the tune part), while
clinicians named without a title went with them ("Seen with Geoff Hart (cardiology fellow)"),
so they stay out. What ships is ``word_names.txt``: the given names of those countries that are
dictionary words or places ("Hunter", "Destiny", "Chelsea", "Winter"), and those of six more
(ENGLISH_WIDE) in their top WIDE_RANK ("Precious", "Blessing", "Rain"), for
prepcli/phi/word_names.py, which takes them only in a strong person position; the census given
names held back as _WORDLIKE join them. Function words, titles, months, countries and
abbreviations among them are left out (WORD_NAMES_OUT), and words of three letters unless the
census lists them as given names. (Rebuilt with today's _NEVER and _INSTITUTION, the two
shipped lists would lose 7 and 1 words those now block anyway, "Klinik", "Hanim": they were
left as built.)
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
# Countries where English words are given names ("Hunter", "Chelsea"), and where they are
# in the top WIDE_RANK only ("Precious", "Blessing", "Rain"): at 1500 these six added
# "Honourable", "Alkaline", "Bench", "Sinned".
ENGLISH = frozenset("US GB CA AU IE NZ".split())
ENGLISH_WIDE = frozenset("ZA NG GH KE SG PH".split())
WIDE_RANK = 300
EN_RANK = 1500
WORD_NAMES_OUT = frozenset(
    """An In Else Era Lady Queen Major Young Royal Noble Alpha Delta Kia China Page Ward Lane
    Sterling Jewel Merry Ona Ora January February March April May June July August September
    October November December Sunday Monday Tuesday Wednesday Thursday Friday Saturday Spring
    Fall Line Long Ever Meet Deep Harsh Shell Sonata Honor Star Love Sky Prince Princess King
    America Asia India Israel Kenya Christian Africa Doctor Nurse Baby Given Made Per Governor
    Mayor Sheriff Senior Master Saint Lord Pope Imam Guru Granny Papa Mama Duke Bishop Baron
    Empress Evangelist Champion Citizen Sinned Apple Bench Best Still Than Thin Real Sale Mean
    Great Future Pounds Ranking Rash Smart Classic Welcome Park Yoga""".split()
)


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


def _english_names(nd: object, listed: frozenset[str], census: frozenset[str]) -> list[str]:
    """The word-names: given names ranked in an English-speaking country that are dictionary
    words or places and in no list yet; ``listed``: the given names the lists hold,
    ``census``: the census given names before _WORDLIKE is taken out."""
    from prepcli.phi.addresses import country_names
    from prepcli.phi.names import LETTER_WORDS, _demonym
    from prepcli.phi.places import towns
    from prepcli.phi.words import everyday

    wordy = set()
    for name, info in nd.first_names.items():  # type: ignore[attr-defined]
        ranks = info.get("rank") or {}
        best = min((r for c, r in ranks.items() if c in ENGLISH), default=EN_RANK + 1)
        wide = min((r for c, r in ranks.items() if c in ENGLISH_WIDE), default=WIDE_RANK + 1)
        if (best > EN_RANK and wide > WIDE_RANK) or len(name) < 3 or not name.isalpha():
            continue
        if not name[:1].isupper() or name in listed or name in _NEVER or name in _INSTITUTION:
            continue
        if name in LETTER_WORDS:
            continue
        if (
            name in _WORDLIKE
            or everyday(name)
            or name in towns()
            or name in country_names()
            or _demonym(name)
        ):
            wordy.add(name)
    wordy |= _WORDLIKE & census
    return sorted(w for w in wordy if w not in WORD_NAMES_OUT and (len(w) >= 4 or w in census))


def main() -> None:
    from names_dataset import NameDataset

    nd = NameDataset()
    first, last = census_lists()
    kept = {}
    for kind, table, census in (("first", nd.first_names, first), ("last", nd.last_names, last)):
        kept[kind] = {
            name
            for name, info in table.items()
            if info.get("rank")
            and min(info["rank"].values()) <= RANK
            and _wanted(name, info["rank"], census)
        }
    words = _english_names(nd, first | kept["first"], _census_all_first())
    for kind in ("first", "last"):
        path = OUT / f"{kind}_names_intl.txt.gz"
        # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff.
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(("\n".join(sorted(kept[kind])) + "\n").encode("utf-8"))
        print(f"{path.relative_to(ROOT)}: {len(kept[kind])} names")
    path = OUT / "word_names.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)} names")


def _census_all_first() -> frozenset[str]:
    """The census given names before _WORDLIKE is taken out of them."""
    from importlib import resources

    root = resources.files("names")

    def read(name: str) -> set[str]:
        text = root.joinpath(name).read_text(encoding="ascii")
        return {line.split(None, 1)[0].capitalize() for line in text.splitlines() if line}

    return frozenset(read("dist.male.first") | read("dist.female.first"))


if __name__ == "__main__":
    main()
