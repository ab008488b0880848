"""Build prepcli/phi/data/street_words.txt: street-type words of many languages, from libpostal.

Source: openvenues/libpostal (MIT licence), resources/dictionaries/<lang>/street_types.txt
(thoroughfare words: "tee", "katu", "utca", "cesta", "iela", "sokak"...) and
concatenated_suffixes_{separable,inseparable}.txt (endings written onto the name: "-straße",
"-vegur", "-gracht"), at the commit pinned below, read from a local mirror
(/work/.mirror/openvenues+libpostal/repo, as the `fetch` tool leaves it). English is left
out: the US Postal Service's suffixes are in addresses.py already.

Each output line is "<kind> <word>", lower case:
- street: a full street word of three letters or more ("tee", "cesta", "bulevardul");
- abbr: its abbreviation, which text writes with a dot when it has two letters ("pr.",
  "ul.") and with or without one otherwise ("mnt", "krt.");
- suffix: an ending written onto the street's name ("vegur" in "Laugavegur");
- common: a street word that is also a common English word ("park", "gate", "tee", "via"):
  addresses.py takes it only where more of an address follows (a postcode, a town);
- townsuffix: an ending that closes town names as often ("-berg", "-dorf", "-hof"): likewise.

Run: python bench/phi_street_words_build.py
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror/openvenues+libpostal/repo")
REPO = "openvenues/libpostal"
COMMIT = "4c030d8ff2fcf59c26510f68823c28a2346034d4"
OUT = ROOT / "prepcli" / "phi" / "data" / "street_words.txt"
COMMON = ROOT / "prepcli" / "phi" / "data" / "common_words.txt.gz"
SKIP_LANGS = {"en", "all"}
# Words that read as prose or as a clinical term next to a number in any note, whatever
# language lists them as a street: "line 2", "arm 3", "site 4", "step 5", "dose 2".
NEVER = frozenset(
    """line arm site step dose level unit block lot part phase stage grade room floor cycle
    week day visit no nr number item page table box case kg mg ml sc im iv po""".split()
)
# Endings that close town names as often as street names ("Heidelberg", "Hamburg", "Arendal"):
# kept, but as common words.
PLACE_ENDINGS = frozenset(
    """berg burg dorf hof land lang lange nes borg sel haven get gate park plan plain holt fell
    lia byen dalen uni universitaet universitat universität""".split()
)
# Common English words that are no street in a note, whatever a dictionary says ("for 3 weeks",
# "per 2 days", "and 4 more").
PROSE = frozenset(
    """and for but per pro met most send sent care car cup dig pat con contra raid sort meal grim
    rot rod wee pad pot em en er ak al ale all alt art ca cal call cat ce che col dar ga gal gale
    ham imp lin lo met nam os para pi po reg sen sh st ut put pour""".split()
)
# Street words of languages libpostal has no dictionary for, by kind: Faroese "gøta" and its
# oblique "gøtu", written onto the name or apart ("Steinagøta", "Niels Finsens gøta"); Albanian
# "rruga" (street) and "sheshi" (square) before the name ("Rruga e Durrësit 5").
ADDED = {
    "street": frozenset({"gøta", "gøtu", "rruga", "sheshi"}),
    "suffix": frozenset({"gøta", "gøtu"}),
}


def _git(*args: str) -> str:
    out = subprocess.run(
        ["git", "--git-dir", str(MIRROR), *args], check=True, capture_output=True, text=True
    )
    return out.stdout


def _entries(lang: str, name: str) -> list[list[str]]:
    path = f"resources/dictionaries/{lang}/{name}"
    try:
        text = _git("show", f"{COMMIT}:{path}")
    except subprocess.CalledProcessError:
        return []
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append([w.strip().lower() for w in line.split("|") if w.strip()])
    return rows


def build() -> dict[str, set[str]]:
    common = set(gzip.decompress(COMMON.read_bytes()).decode("utf-8").split())
    langs = [
        p.rsplit("/", 1)[1]
        for p in _git("ls-tree", "--name-only", COMMIT, "resources/dictionaries/").split()
        if not p.endswith(".md")
    ]
    kinds: dict[str, set[str]] = {
        k: set() for k in ("street", "abbr", "suffix", "common", "townsuffix")
    }
    for lang in sorted(set(langs) - SKIP_LANGS):
        for row in _entries(lang, "street_types.txt"):
            for i, word in enumerate(row):
                # one token, letters (and an inner dot or hyphen) only
                if " " in word or not word.replace(".", "").replace("-", "").isalpha():
                    continue
                word = word.rstrip(".")
                if word in NEVER or len(word) < 2:
                    continue
                if word in PROSE:
                    continue
                if word in common:
                    kinds["common"].add(word)
                elif i == 0 and len(word) >= 3:
                    kinds["street"].add(word)
                else:
                    kinds["abbr"].add(word)
        for name in (
            "concatenated_suffixes_separable.txt",
            "concatenated_suffixes_inseparable.txt",
        ):
            for row in _entries(lang, name):
                for word in row:
                    word = word.rstrip(".")
                    if len(word) >= 3 and word.isalpha():
                        kinds["townsuffix" if word in PLACE_ENDINGS else "suffix"].add(word)
    for kind, added in ADDED.items():
        kinds[kind] |= added
    # a full word wins over the same letters as another language's abbreviation
    kinds["abbr"] -= kinds["street"] | kinds["common"]
    return kinds


def main() -> None:
    kinds = build()
    lines = [
        f"# street words from {REPO}@{COMMIT} resources/dictionaries/*/street_types.txt and",
        "# concatenated_suffixes_*.txt (MIT licence); built by bench/phi_street_words_build.py",
    ]
    for kind in kinds:
        lines += [f"{kind} {w}" for w in sorted(kinds[kind])]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, {k: len(v) for k, v in kinds.items()})


if __name__ == "__main__":
    main()
