"""Build prepcli/phi/data/foreign_words.txt.gz: everyday words of German, Spanish, French,
Italian, Dutch and Portuguese, to tell two capitalised words no English dictionary knows that
are a person ("Meriadoc Brandybuck") from two that are another language's nouns ("Bitte
Unterlagen", "Cirugía Plástica").

Run once by hand with the wheel unpacked somewhere (``pip download --no-deps
pyspellchecker==0.9.1``, then unzip it; the product does not install it):
``python bench/phi_foreign_words_build.py /path/to/spellchecker/resources``. The output is
committed; kept so the list can be audited and rebuilt.

Source: the word-frequency lists of pyspellchecker 0.9.1 (barrust/pyspellchecker on GitHub,
``spellchecker/resources/{de,es,fr,it,nl,pt}.json.gz``, MIT licence; built by its author from
OpenSubtitles word counts and hunspell dictionaries). What is kept, and why:
- words of three or more letters, lower-cased, that common_words (English) does not know;
- a word the name lists hold (census and international given names and surnames) only when
  the language uses it very often (``--named-min``, 10,000 subtitle counts: articles,
  pronouns, everyday verbs such as "bitte", "ora"): subtitles carry names, and a listed name
  must stay a name ("Vitale" is Italian for "vital", 6,005 counts);
- words at the floor count (50, where a list puts every dictionary word the subtitles never
  used) only for German, whose nouns are capitalised wherever they stand ("Lieferung",
  "Anamnese"); in the other languages a capitalised word is a name or a title, and their
  floor holds the subtitles' names that no name list knows.
The result: 498k words, 1.4 MB compressed, 6.1 MB as the sorted block foreign_words.py
bisects (loaded in ~0.1 s). The package itself, loaded for the six languages, takes 4.7 s and
~230 MB (its dictionaries are Python dicts of every word with its count), so it is not a
dependency.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prepcli.phi.names import name_lists  # noqa: E402
from prepcli.phi.words import common_words  # noqa: E402

OUT = ROOT / "prepcli" / "phi" / "data" / "foreign_words.txt.gz"
LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")
# The lists' floor: a dictionary word the subtitles never counted.
FLOOR = 50
# Only letters (Latin script, with the diacritics of these languages).
_WORD_RE = re.compile(r"[a-zß-öø-ÿœ]{3,}")


def build(resources: Path, named_min: int, floor_languages: tuple[str, ...]) -> list[str]:
    first, last = name_lists()
    named = {w.lower() for w in first | last}
    known = common_words()
    words: set[str] = set()
    for lang in LANGUAGES:
        with gzip.open(resources / f"{lang}.json.gz", "rt", encoding="utf-8") as f:
            counts: dict[str, int] = json.load(f)
        for word, count in counts.items():
            w = word.lower()
            if not _WORD_RE.fullmatch(w) or w in known:
                continue
            if count <= FLOOR and lang not in floor_languages:
                continue
            if w in named and count < named_min:
                continue
            words.add(w)
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("resources", type=Path, help="pyspellchecker's resources/ folder")
    parser.add_argument("--named-min", type=int, default=10000)
    parser.add_argument("--floor-languages", default="de")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    floor = tuple(x for x in args.floor_languages.split(",") if x)
    words = build(args.resources, args.named_min, floor)
    # sorted by UTF-8 bytes: foreign_words.py looks words up by bisecting the bytes
    data = "".join(w + "\n" for w in sorted(words, key=lambda w: w.encode("utf-8")))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(data)
    print(f"{len(words)} words -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
