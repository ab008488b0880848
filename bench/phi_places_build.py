"""Build prepcli/phi/data/places.txt: the names of places ("Merthyr Tydfil", "Kuala Lumpur",
"Aberystwyth"), whose words no dictionary knows and which would otherwise read as a person's
given name and surname when two stand together (unknown_pairs.py).

Run once by hand: ``python bench/phi_places_build.py``; the output is committed.

Source: the English place descriptions of the phone number geocoder in ``phonenumbers``
and its descriptions in the Latin-script languages it has (German, French, Portuguese,
Spanish, Italian, Dutch, Swedish, Polish, Finnish, Romanian: "Wien", "Lisboa")
(Google's libphonenumber, Apache-2.0; already a dependency at ingest), split at commas and
slashes, only names whose every word is capitalised. Importing the geocoder at run time costs
most of a second and ~100 MB, so the names are shipped. A town of one word is as often a
person's given name or surname ("Madison", "Tyler"): unknown_pairs.py takes one only where no
name list holds it.
"""

from __future__ import annotations

import re
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "pt", "es", "it", "nl", "sv", "pl", "fi", "ro")
OUT = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data" / "places.txt"


def main() -> None:
    from phonenumbers.geodata import GEOCODE_DATA

    places: set[str] = set()
    for descriptions in GEOCODE_DATA.values():
        for lang in LANGUAGES:
            for part in re.split(r"\s*[,/]\s*", descriptions.get(lang, "")):
                words = part.split()
                if words and all(w[:1].isupper() for w in words):
                    places.add(" ".join(words))
    OUT.write_text("".join(p + "\n" for p in sorted(places)), encoding="utf-8")
    print(f"{len(places)} places -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
