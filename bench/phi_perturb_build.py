"""Build bench/phi_perturb_{dev,held}.jsonl: development snippets with their identifiers' VALUES
replaced and every other character kept, to tell a rule that finds an identifier by its context
from one that finds it by its value (issue 18, helper "perturb").

Run: ``python bench/phi_perturb_build.py`` (writes both files; deterministic, SEED), and
``python bench/phi_perturb_build.py --score`` (recall per type on the original snippets against
their perturbed variants, for each part: figures only, no snippet is printed).

Contexts: the development sets only (SETS: phi_blind, phi_blind2, the dev halves of blind3..12,
and the external set's rows with ``"split": "tune"``); no held half and no heldout row is read.
Each snippet holding a PATIENT-NAME, PHONE, ADDRESS or MRN span gets VARIANTS variants; in each,
every such span's value is replaced (the same original word always by the same new word inside a
snippet, so "Peter Chalmers ... Mr Chalmers" stays one person), the spans are re-offset, and every
other character, span type and HCP/IGNORE/DOB/SSN/EMAIL span is kept byte for byte. Snippets are
split into dev and held by a hash of their id (set name and row), so a context and its variants
never straddle the parts; tune on the dev part's misses only, score the held part for figures.

How values are replaced:
- names keep their shape: case (Title, UPPER, lower), order ("SURNAME, Given"), initials (a new
  letter), particles and titles (kept), hyphens and apostrophes (each part replaced); a word is a
  surname when it is last (or before the comma), a given name otherwise. Given names: US Social
  Security baby names (public domain), as vendored by hackerb9/ssa-baby-names (commit SSA_COMMIT,
  maxoccurances.txt: 111k names with their peak count); surnames: US Census 2010 surnames (public
  domain), the 1,000 most frequent as vendored by afrasier/synth-data (commit SYNTH_COMMIT,
  synth_data/raw_data/2010_Census_Surnames.csv) and 2,654 rarer ones as vendored by
  DinaAbrahim/MarriageInTexas (commit TEXAS_COMMIT, lastNames.txt, drawn from the 2010 Census
  list). Each word is drawn from one of three pools: common, rare (given names with a peak under
  200 births a year, the rarer census surnames) and names that are also English words or US towns
  ("Hunter", "Stone", "Austin"). Words in other scripts are kept (no source of other scripts'
  names was taken), so a span with no Latin word is not perturbed (counted in the report).
- phones: the national number is re-drawn with the same count of digits (leading digits kept so
  the number stays valid for its country, checked with phonenumbers) and written in another
  format of the same country or a neighbouring one (NEIGHBOURS): national with brackets or
  trunk prefix, dots or dashes, +country, 00country. A number phonenumbers cannot place keeps its
  layout with every digit re-drawn and its separators switched.
- addresses: digits re-drawn (same count), postcodes' letters re-drawn, street and unit words,
  directions, function words and short capitals (states, provinces) kept, and every other
  capitalised word replaced: by a street name (US Census 1993 common street names, as vendored
  by afrasier/synth-data, raw_data/1993_Census_Common_Street_Names.csv) where it names the street
  (after the house number or before a street word), by a town (the primary cities of
  wa1kb0y/us-zipcodes, commit ZIP_COMMIT, zip_code_database.csv) otherwise.
- MRNs: the digits re-drawn, the longest digit run 2 shorter to 2 longer (at least 4 digits),
  a letter prefix kept, or one added to a bare number one time in three.
Sources are read from local mirrors (/work/.mirror/<owner>+<repo>/, as the ``fetch`` tool leaves
them) at the commits pinned below; none is shipped, only the jsonl files.

A second value source (helper "perturb2"): ``python bench/phi_perturb_build.py --set perturb2``
writes bench/phi_perturb2_{dev,held}.jsonl, the same contexts and the same dev/held split (the
same ``part_of``; a snippet with a patient name gets VARIANTS variants) with only the NAMES
replaced, by names of many countries that neither the rules (names-dataset, the US Census and
SSA lists of the ``names`` package) nor the first perturbation (SSA, Census 2010) draw from:
the person providers of Faker (joke2k/faker, MIT, commit FAKER_COMMIT,
faker/providers/person/<locale>/__init__.py), Latin-script lists only. Each variant picks one
region (REGIONS2: African, South Asian, East Asian in Latin script, Arabic and Turkic, Slavic,
Latin American, Pacific, Irish) so a person's given name and surname come from one culture,
and each word is, one time in five, a name that is also an English word or a place
("Hope", "Young", "Bishop", "Lincoln"), from Faker's English-speaking locales. Shapes are kept
as in the first set (case, order, initials, particles, hyphens).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCH = ROOT / "bench"
MIRROR = Path("/work/.mirror")
SEED = 18
VARIANTS = 2
SSA_REPO, SSA_COMMIT = "hackerb9/ssa-baby-names", "0b1a1316457d55447d1a1f7bfe57ee15e53cc2f0"
SYNTH_REPO, SYNTH_COMMIT = "afrasier/synth-data", "5ea3e552d29a37556490f0a72c47b4280e8e5f5e"
TEXAS_REPO, TEXAS_COMMIT = "DinaAbrahim/MarriageInTexas", "eaaa2405d3e82e899311107262aff6f7034939f8"
ZIP_REPO, ZIP_COMMIT = "wa1kb0y/us-zipcodes", "913a2e530f7550182dcf20aef223456d31c24699"
FAKER_REPO, FAKER_COMMIT = "joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1"
# perturb2's regions and the Faker locales each draws from (Latin script only)
REGIONS2 = {
    "african": ("en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA", "sw", "en_KE"),
    "south-asian": ("en_IN", "en_PK"),
    "east-asian": ("vi_VN", "zh_CN", "zh_TW", "ja_JP", "id_ID", "en_TH"),
    "arabic-turkic": ("fr_DZ", "tr_TR", "az_AZ", "uz_UZ"),
    "slavic": ("pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI"),
    "latin-american": ("es_MX", "es_CO", "es_AR", "es_CL", "pt_BR"),
    "pacific": ("en_NZ",),
    "irish": ("ga_IE", "en_IE"),
}
# Faker's English-speaking locales: the names that are also words or places, and (for the
# Pacific pool) the English names New Zealand's list shares
ENGLISH_LOCALES = ("en", "en_US", "en_GB", "en_IE", "en_NZ")
SETS = [
    "phi_blind.jsonl",
    "phi_blind2.jsonl",
    *(f"phi_blind{i}_dev.jsonl" for i in range(3, 13)),
]
PERTURBED = ("PATIENT-NAME", "PHONE", "ADDRESS", "MRN")
NEIGHBOURS = {
    "US": "CA",
    "CA": "US",
    "GB": "IE",
    "IE": "GB",
    "FR": "BE",
    "BE": "FR",
    "DE": "AT",
    "AT": "DE",
    "CH": "DE",
    "NL": "BE",
    "ES": "PT",
    "PT": "ES",
    "AU": "NZ",
    "NZ": "AU",
    "SE": "NO",
    "NO": "DK",
    "DK": "SE",
    "IT": "CH",
}
# regions tried, in order, for a number written without +country
REGIONS = ("US", "GB", "AU", "CA", "IE", "NZ", "FR", "DE", "IN", "ES", "IT", "NL", "SE", "NO")
# names that are also ranks and titles ("Major", "King") would read as a title before the surname
RANKS = frozenset(
    """major king prince princess queen duke judge general colonel bishop sister deacon doctor
    nurse pastor reverend captain sergeant lord lady earl baron saint royal knight chief""".split()
)
PARTICLES = frozenset(
    "van von der den de del della da das dos du la le al el bin ben bint ibn ter ten zu st st."
    " y e mac".split()
)
TITLES = frozenset("mr mrs ms miss mx dr prof sr jr ii iii iv mr. mrs. ms. dr. jr. sr.".split())
KEEP_ADDRESS = frozenset(
    """apt apartment suite ste unit flat floor fl room rm box po p.o. bldg building lot
    n s e w ne nw se sw north south east west upper lower rural route rr hc no nr c/o care of
    the and of de la le les du des di del della da do dos das van von der den am im an""".split()
)


def _git(repo: str, commit: str, path: str) -> str:
    owner_name = repo.replace("/", "+")
    root = MIRROR / owner_name / "repo"
    git_dir = root / ".git" if (root / ".git").exists() else root
    out = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    ).stdout
    return out.decode("utf-8-sig", "replace").replace("\r\n", "\n").replace("\r", "\n")


def _english_words() -> frozenset[str]:
    data = ROOT / "prepcli" / "phi" / "data" / "english_words.txt.gz"
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip())


class Pools:
    """The value sources, read once."""

    def __init__(self) -> None:
        words = _english_words()
        towns = [
            row[1].strip()
            for row in csv.reader(
                io.StringIO(_git(ZIP_REPO, ZIP_COMMIT, "zip_code_database.csv")), delimiter=";"
            )
            if len(row) > 2 and row[1] and row[1] != "primary_city"
        ]
        self.towns = sorted({t for t in towns if t.replace(" ", "").isalpha()})
        town_words = {t.lower() for t in self.towns if " " not in t}
        given: list[tuple[str, int]] = []
        for line in _git(SSA_REPO, SSA_COMMIT, "maxoccurances.txt").splitlines():
            parts = line.split(",")
            if len(parts) >= 3 and parts[0].isalpha() and len(parts[0]) > 1:
                given.append((parts[0], int(parts[2])))
        self.given_common = sorted(n for n, c in given if c >= 5000)
        self.given_rare = sorted(n for n, c in given if c < 200 and len(n) >= 3)
        self.given_word = sorted(
            n
            for n, c in given
            if c >= 1000
            and (n.lower() in words or n.lower() in town_words)
            and n.lower() not in RANKS
        )
        self.given_known = frozenset(n.lower() for n, c in given if c >= 100)
        synth = _git(SYNTH_REPO, SYNTH_COMMIT, "synth_data/raw_data/2010_Census_Surnames.csv")
        common = [
            row[0].strip().title()
            for row in csv.reader(io.StringIO(synth))
            if row and row[0].strip().isalpha() and row[0] != "Name"
        ]
        self.sur_common = sorted(set(common))
        texas = _git(TEXAS_REPO, TEXAS_COMMIT, "lastNames.txt")
        self.sur_rare = sorted(
            {
                ln.split()[0].title()
                for ln in texas.splitlines()
                if ln.split() and ln.split()[0].isalpha()
            }
        )
        self.sur_word = sorted(
            n for n in self.sur_common if n.lower() in words or n.lower() in town_words
        )
        streets = _git(
            SYNTH_REPO, SYNTH_COMMIT, "synth_data/raw_data/1993_Census_Common_Street_Names.csv"
        )
        self.streets = sorted(
            {ln.strip() for ln in streets.splitlines()[1:] if ln.strip().isalpha()}
        )

    def given(self, rng: random.Random) -> tuple[str, str]:
        pool, name = self._pick(rng, self.given_common, self.given_rare, self.given_word)
        return name, f"ssa-given:{pool}"

    def surname(self, rng: random.Random) -> tuple[str, str]:
        pool, name = self._pick(rng, self.sur_common, self.sur_rare, self.sur_word)
        return name, f"census2010-surname:{pool}"

    @staticmethod
    def _pick(
        rng: random.Random, common: list[str], rare: list[str], word: list[str]
    ) -> tuple[str, str]:
        r = rng.random()
        if r < 0.45:
            return "common", rng.choice(common)
        if r < 0.8:
            return "rare", rng.choice(rare)
        return "word-or-place", rng.choice(word)


_FAKER_NAME_RE = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]{2,}")


def _faker_names(locale: str) -> tuple[list[str], list[str]]:
    """A Faker locale's given names and surnames: every list its person provider assigns
    (``first_names_male``, ``last_names``, ``first_romanized_names``, ``last_name_pairs``...),
    read as literals with ast (no Faker import), Latin-script single words only (a name of
    two words would change a span's shape), in title case."""
    import ast

    src = _git(FAKER_REPO, FAKER_COMMIT, f"faker/providers/person/{locale}/__init__.py")
    given: set[str] = set()
    surnames: set[str] = set()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or "name" not in target.id or "kana" in target.id:
            continue
        kind = given if "first" in target.id else surnames if "last" in target.id else None
        if kind is None:
            continue
        if isinstance(value, ast.Call) and value.args:  # OrderedDict((("Name", weight), ...))
            value = value.args[0]
        try:
            items = ast.literal_eval(value)
        except ValueError:
            continue  # a list built from others (first_names = male + female)
        for item in items.keys() if isinstance(items, dict) else items:
            # (pairs: (name, weight), or ja_JP's (kanji, kana, romanized); the Latin one)
            for text in reversed(item) if isinstance(item, tuple) else (item,):
                if isinstance(text, str) and _FAKER_NAME_RE.fullmatch(text):
                    kind.add(text[:1].upper() + text[1:].lower())
                    break
    return sorted(given), sorted(surnames)


class Pools2:
    """perturb2's value source: Faker's names by region, and a share that are words or places.
    The original word's role (given name or surname) is read as in the first set."""

    def __init__(self, first: Pools) -> None:
        self.given_known, self.sur_common = first.given_known, first.sur_common
        data = ROOT / "prepcli" / "phi" / "data"
        with gzip.open(data / "common_words.txt.gz", "rt", encoding="utf-8") as fh:
            words = {w.strip().lower() for w in fh if w.strip()}
        places = {ln.strip().lower() for ln in (data / "places.txt").read_text().splitlines()}
        english = [_faker_names(loc) for loc in ENGLISH_LOCALES]
        english_given = {n for g, _ in english for n in g}
        english_sur = {n for _, s in english for n in s}
        us_uk = [_faker_names(loc) for loc in ("en", "en_US", "en_GB")]
        us_uk_given = {n for g, _ in us_uk for n in g}
        us_uk_sur = {n for _, s in us_uk for n in s}
        self.region_given: dict[str, list[str]] = {}
        self.region_sur: dict[str, list[str]] = {}
        for region, locales in REGIONS2.items():
            names = [_faker_names(loc) for loc in locales]
            given = {n for g, _ in names for n in g}
            sur = {n for _, s in names for n in s}
            given -= {n for n in given if n.lower() in RANKS}
            sur -= {n for n in sur if n.lower() in RANKS - {"bishop"}}
            if region == "pacific":  # New Zealand's Maori names, not its English ones
                given -= us_uk_given | self.given_known
                sur -= us_uk_sur
            self.region_given[region] = sorted(given)
            self.region_sur[region] = sorted(sur)

        # half common English words ("Hope", "Young", "Bishop"), half places ("Lincoln")
        self.given_word = sorted(n for n in english_given if n.lower() in words - RANKS)
        self.sur_word = sorted(n for n in english_sur if n.lower() in words)
        self.given_place = sorted(n for n in english_given if n.lower() in places - words)
        self.sur_place = sorted(n for n in english_sur if n.lower() in places - words)

    def region(self, rng: random.Random) -> RegionPool:
        return RegionPool(self, rng.choice(sorted(REGIONS2)))


class RegionPool:
    """One variant's names: one region's, or one time in five a word or a place."""

    def __init__(self, pools: Pools2, region: str) -> None:
        self.pools, self.name = pools, region
        self.given_known, self.sur_common = pools.given_known, pools.sur_common

    def given(self, rng: random.Random) -> tuple[str, str]:
        p = self.pools
        return self._draw(rng, "given", p.given_word, p.given_place, p.region_given[self.name])

    def surname(self, rng: random.Random) -> tuple[str, str]:
        p = self.pools
        return self._draw(rng, "surname", p.sur_word, p.sur_place, p.region_sur[self.name])

    def _draw(
        self, rng: random.Random, kind: str, word: list[str], place: list[str], own: list[str]
    ) -> tuple[str, str]:
        r = rng.random()
        if r < 0.1:
            return rng.choice(word), f"faker-{kind}:word"
        if r < 0.2:
            return rng.choice(place), f"faker-{kind}:place"
        return rng.choice(own), f"faker-{kind}:{self.name}"


def _shape(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return " ".join(w[:1].upper() + w[1:].lower() for w in new.split(" "))


def _latin(word: str) -> bool:
    return all("a" <= c.lower() <= "z" or c in "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ" for c in word)


_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _new_name(
    span: str,
    mapping: dict[str, str],
    pools: Pools | RegionPool,
    rng: random.Random,
    used: Counter[str],
) -> str:
    comma = span.find(",")
    words = list(_WORD_RE.finditer(span))
    # the surname: last word not a title, or every word before the comma ("SMITH, John")
    content = [
        m for m in words if m.group().lower() not in TITLES | PARTICLES and len(m.group()) > 1
    ]
    surname_ends = {m.start() for m in words if comma >= 0 and m.end() <= comma}
    if comma < 0 and len(content) > 1:
        surname_ends = {content[-1].start()}
    out, pos = [], 0
    for m in words:
        word = m.group()
        out.append(span[pos : m.start()])
        pos = m.end()
        low = word.lower()
        if low in TITLES or (low in PARTICLES and len(words) > 1) or not _latin(word):
            out.append(word)
            continue
        if len(word) == 1:  # an initial
            key = f"initial:{low}"
            if key not in mapping:
                mapping[key] = rng.choice("ABCDEFGHIJKLMNOPRSTVWY")
            out.append(mapping[key] if word.isupper() else mapping[key].lower())
            used["initial"] += 1
            continue
        if low not in mapping:
            # a name written alone keeps its role: a given name stays a given name
            alone = len(content) == 1
            is_surname = m.start() in surname_ends or (
                alone and (low not in pools.given_known or low.title() in pools.sur_common)
            )
            new, source = pools.surname(rng) if is_surname else pools.given(rng)
            mapping[low] = new
            used[source] += 1
        out.append(_shape(mapping[low], word))
    out.append(span[pos:])
    return "".join(out)


def _redraw_digits(value: str, rng: random.Random) -> str:
    out = []
    for i, c in enumerate(value):
        if c.isdigit():
            lead = i == 0 or not value[i - 1].isdigit()
            out.append(str(rng.randint(1 if lead and c != "0" else 0, 9)))
        else:
            out.append(c)
    return "".join(out)


_EXTENSION_RE = re.compile(r"(?i)\s*(?:x|ext\.?|extension|#)\s*\d+$")


def _new_phone(value: str, rng: random.Random, used: Counter[str]) -> str:
    ext = _EXTENSION_RE.search(value)
    if ext and ext.start() > 0:
        used["phone:extension"] += 1
        return _new_phone(value[: ext.start()], rng, used) + _redraw_digits(ext.group(), rng)
    return _new_main_phone(value, rng, used)


def _new_main_phone(value: str, rng: random.Random, used: Counter[str]) -> str:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat as F

    parsed = None
    region = None
    candidates = [None] if value.strip().startswith(("+", "00")) else list(REGIONS)
    text = "+" + value.strip()[2:] if value.strip().startswith("00") else value
    for reg in candidates:
        try:
            num = phonenumbers.parse(text, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            parsed, region = num, phonenumbers.region_code_for_number(num)
            break
    if parsed is None or region is None:
        used["phone:unplaced"] += 1
        seps = rng.choice([" ", "-", ".", ""])
        # a written country code is kept ("+52 1 33 ..."): only the number is re-drawn
        cc = re.match(r"\s*(?:\+|00)\s*\d+", value)
        head, rest = (value[: cc.end()], value[cc.end() :]) if cc else ("", value)
        return head + re.sub(r"(?<=\d)[ .\-](?=\d)", seps, _redraw_digits(rest, rng))
    target = region
    if region in NEIGHBOURS and rng.random() < 0.3:
        target = NEIGHBOURS[region]
    national = str(parsed.national_number)
    new_num = None
    for _ in range(200):
        if target == region:
            keep = min(3, len(national) - 4)
            digits = national[:keep] + "".join(
                str(rng.randint(0, 9)) for _ in range(len(national) - keep)
            )
            cc = parsed.country_code
        else:
            example = phonenumbers.example_number(target)
            if example is None:
                break
            ex = str(example.national_number)
            keep = min(2, len(ex) - 4)
            digits = ex[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(ex) - keep))
            cc = example.country_code
        cand = phonenumbers.PhoneNumber(country_code=cc, national_number=int(digits))
        if phonenumbers.is_valid_number(cand):
            new_num = cand
            break
    if new_num is None:
        used["phone:unplaced"] += 1
        return _redraw_digits(value, rng)
    nat = phonenumbers.format_number(new_num, F.NATIONAL)
    intl = phonenumbers.format_number(new_num, F.INTERNATIONAL)
    e164 = phonenumbers.format_number(new_num, F.E164)
    nat_digits = re.sub(r"\D", "", nat)
    groups = re.findall(r"\d+", nat)
    options = [
        nat,
        intl,
        e164,
        "00" + intl[1:],
        "-".join(groups),
        ".".join(groups),
        " ".join(groups),
        intl.replace(" ", "-"),
    ]
    if new_num.country_code == 1:
        options += [
            f"1-{'-'.join(groups)}",
            f"+1 ({groups[0]}) {''.join(groups[1:2])}-{''.join(groups[2:])}",
        ]
    if len(groups) >= 2 and not nat.startswith("("):
        options.append(f"({groups[0]}) {' '.join(groups[1:])}")
    options = [o for o in dict.fromkeys(options) if o != value and re.sub(r"\D", "", o)]
    used[f"phone:{region}->{target}"] += 1
    del nat_digits
    return rng.choice(options)


_POSTCODE_RE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{2,8}$")
_ADDR_TOKEN_RE = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?", re.UNICODE)


def _street_suffixes() -> tuple[str, ...]:
    """Endings written onto a street's name ("Kreuzweg", "Laugavegur"), longest first."""
    from prepcli.phi import addresses

    ends = set(addresses._EU_ENDINGS)
    for line in (ROOT / "prepcli" / "phi" / "data" / "street_words.txt").read_text().splitlines():
        if line.startswith("suffix "):
            ends.add(line.split(" ", 1)[1].strip().lower())
    return tuple(sorted((e for e in ends if len(e) >= 3), key=len, reverse=True))


def _street_word_set() -> frozenset[str]:
    from prepcli.phi import addresses

    words = set()
    for line in (ROOT / "prepcli" / "phi" / "data" / "street_words.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            words.add(line.split(" ", 1)[1].strip().lower())
    for pattern in (addresses._US_SUFFIX, addresses._UK_SUFFIX):
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", pattern)}
    words |= {w.rstrip(".") for w in addresses._EU_LEADING_WORDS}
    return frozenset(words)


def _replaceable(tok: str, street_words: frozenset[str]) -> bool:
    bare = tok.rstrip(".")
    return not (
        any(c.isdigit() for c in tok)
        or bare.lower() in KEEP_ADDRESS
        or bare.lower() in street_words
        or bare.lower() in COUNTRIES
        or not _latin(bare)
        or not bare[:1].isupper()
        or len(bare) <= 3
    )


def _new_address(
    span: str,
    mapping: dict[str, str],
    pools: Pools,
    rng: random.Random,
    used: Counter[str],
    street_words: frozenset[str],
) -> str:
    tokens = list(_ADDR_TOKEN_RE.finditer(span))
    out, pos, i = [], 0, 0
    after_number = False
    while i < len(tokens):
        m = tokens[i]
        tok = m.group()
        if any(c.isdigit() for c in tok):
            out.append(span[pos : m.start()])
            pos = m.end()
            if _POSTCODE_RE.match(tok):
                new = "".join(
                    rng.choice("ABCDEFGHJKLMNPRSTUWXY") if c.isalpha() else str(rng.randint(0, 9))
                    for c in tok
                )
            else:
                new = re.sub(r"\d", lambda _m: str(rng.randint(0, 9)), tok)
                if tok[0].isdigit() and tok[0] != "0" and new[0] == "0":
                    new = str(rng.randint(1, 9)) + new[1:]
            out.append(new)
            after_number = True  # a name after a house number names the street
            used["address:digits"] += 1
            i += 1
            continue
        if not _replaceable(tok, street_words):
            if tok.rstrip(".").lower() in street_words:
                after_number = False
            i += 1
            continue
        # a run of capitalised words joined by single spaces is one street or town name
        j = i + 1
        while (
            j < len(tokens)
            and span[tokens[j - 1].end() : tokens[j].start()] == " "
            and _replaceable(tokens[j].group(), street_words)
        ):
            j += 1
        start, end = m.start(), tokens[j - 1].end()
        old = span[start:end]
        # a street word written onto the name stays, only the name before it changes
        # ("Kreuzweg" -> "Maplesweg"), so the layout that marks the street is kept
        low_old = old.lower()
        glued = next(
            (e for e in SUFFIXES if low_old.endswith(e) and len(low_old) > len(e) + 2), None
        )
        if glued is not None and " " not in old:
            key = f"glued:{low_old}"
            if key not in mapping:
                mapping[key] = rng.choice(pools.streets).lower()
                used["address:street-name"] += 1
            new = _shape(mapping[key], old[: -len(glued)]) + old[-len(glued) :]
            out.append(span[pos:start])
            out.append(new)
            pos = end
            i = j
            after_number = False
            continue
        nxt = tokens[j].group().rstrip(".").lower() if j < len(tokens) else ""
        is_street = after_number or nxt in street_words
        key = f"{'street' if is_street else 'town'}:{old.lower()}"
        if key not in mapping:
            pool = pools.streets if is_street else pools.towns
            mapping[key] = rng.choice(pool)
            used["address:street-name" if is_street else "address:town"] += 1
        out.append(span[pos:start])
        out.append(_shape(mapping[key], old.split(" ")[0]) + ("." if old.endswith(".") else ""))
        pos = end
        i = j
    out.append(span[pos:])
    return "".join(out)


def _new_mrn(value: str, rng: random.Random, used: Counter[str]) -> str:
    runs = list(re.finditer(r"\d+", value))
    if not runs:
        used["mrn:letters-only"] += 1
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c.isalpha() else c for c in value)
    longest = max(runs, key=lambda m: len(m.group()))
    out, pos = [], 0
    for m in runs:
        out.append(value[pos : m.start()])
        n = len(m.group())
        if m is longest:
            n = max(4, n + rng.randint(-2, 2))
        out.append("".join(str(rng.randint(0, 9)) for _ in range(n)))
        pos = m.end()
    out.append(value[pos:])
    new = "".join(out)
    if value[:1].isdigit() and rng.random() < 1 / 3:
        prefix = "".join(rng.choice("ABCDEFGHJKMNPRSTUVWXZ") for _ in range(rng.randint(1, 3)))
        new = prefix + rng.choice(["", "-"]) + new
        used["mrn:prefix-added"] += 1
    used["mrn:redrawn"] += 1
    return new


def _contexts() -> list[tuple[str, int, dict[str, Any]]]:
    rows: list[tuple[str, int, dict[str, Any]]] = []
    for name in SETS:
        lines = (BENCH / name).read_text(encoding="utf-8").splitlines()
        rows += [(name, i, json.loads(line)) for i, line in enumerate(lines, 1) if line]
    external = (BENCH / "phi_external.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(external, 1):
        if line:
            case = json.loads(line)
            if case["split"] == "tune":  # never a heldout row
                rows.append(("phi_external.jsonl:tune", i, case))
    return rows


def part_of(snippet_id: str) -> str:
    return "dev" if hashlib.sha1(snippet_id.encode()).digest()[0] % 2 == 0 else "held"


def variant(
    case: dict[str, Any],
    pools: Pools,
    rng: random.Random,
    street_words: frozenset[str],
    names: Pools | RegionPool | None = None,
    types: tuple[str, ...] = PERTURBED,
) -> tuple[dict[str, Any], Counter[str]]:
    """One variant of a snippet: the values of ``types`` replaced, names from ``names``
    (perturb2's region) or ``pools``."""
    text = case["text"]
    spans = sorted(case["spans"], key=lambda s: (s["start"], s["end"]))
    mapping: dict[str, str] = {}
    used: Counter[str] = Counter()
    replaced: dict[tuple[int, int], str] = {}
    for s in spans:
        key = (s["start"], s["end"])
        if s["type"] not in types or key in replaced:
            continue
        value = text[s["start"] : s["end"]]
        if s["type"] == "PATIENT-NAME":
            new = _new_name(value, mapping, names or pools, rng, used)
        elif s["type"] == "PHONE":
            new = _new_phone(value, rng, used)
        elif s["type"] == "ADDRESS":
            new = _new_address(value, mapping, pools, rng, used, street_words)
        else:
            new = _new_mrn(value, rng, used)
        if new == value:
            used[f"unchanged:{s['type']}"] += 1
        replaced[key] = new
    # rebuild the text; spans that overlap a replaced one (nested labels) are dropped from it
    edits = sorted(replaced.items())
    kept_edits: list[tuple[tuple[int, int], str]] = []
    for (a, b), new in edits:
        if kept_edits and a < kept_edits[-1][0][1]:
            continue
        kept_edits.append(((a, b), new))
    pieces, pos, shift = [], 0, []
    for (a, b), new in kept_edits:
        pieces.append(text[pos:a])
        pieces.append(new)
        shift.append((a, b, len(new) - (b - a)))
        pos = b
    pieces.append(text[pos:])
    new_text = "".join(pieces)

    def moved(p: int) -> int | None:
        """Where an offset outside every replaced value goes; None inside one."""
        delta = 0
        for a, b, d in shift:
            if a < p < b:
                return None
            if b <= p:
                delta += d
        return p + delta

    new_spans = []
    for s in case["spans"]:
        edit = next((e for e in kept_edits if e[0] == (s["start"], s["end"])), None)
        start, end = moved(s["start"]), moved(s["end"])
        if edit is not None and start is not None:
            end = start + len(edit[1])
        if start is None or end is None:  # a label cut by a replaced value: left out
            used["span-dropped"] += 1
            continue
        new_spans.append(
            {"start": start, "end": end, "type": s["type"], "text": new_text[start:end]}
        )
    return {"text": new_text, "spans": new_spans}, used


SUFFIXES: tuple[str, ...] = ()
_RAW = "synth_data/raw_data"
VALUE_SOURCES = {
    "given": f"{SSA_REPO}@{SSA_COMMIT}:maxoccurances.txt",
    "surnames": f"{SYNTH_REPO}@{SYNTH_COMMIT}:{_RAW}/2010_Census_Surnames.csv"
    f" + {TEXAS_REPO}@{TEXAS_COMMIT}:lastNames.txt",
    "streets": f"{SYNTH_REPO}@{SYNTH_COMMIT}:{_RAW}/1993_Census_Common_Street_Names.csv",
    "towns": f"{ZIP_REPO}@{ZIP_COMMIT}:zip_code_database.csv",
    "phones": "phonenumbers metadata",
}
VALUE_SOURCES2 = {
    "names": f"{FAKER_REPO}@{FAKER_COMMIT}:faker/providers/person/<locale>/__init__.py (MIT)",
    "regions": {r: list(locs) for r, locs in REGIONS2.items()},
    "words-or-places": f"{FAKER_REPO}: {', '.join(ENGLISH_LOCALES)}",
}
COUNTRIES: frozenset[str] = frozenset()


def build(kind: str = "perturb") -> dict[str, list[dict[str, Any]]]:
    """The variants of every context, by part; ``kind`` perturb2: names only, Faker's."""
    global SUFFIXES, COUNTRIES
    from prepcli.phi.addresses import country_names

    SUFFIXES = _street_suffixes()
    # a country's name is kept: it says which layout the address has
    COUNTRIES = frozenset(w.lower() for c in country_names() for w in c.split()) | frozenset(
        """deutschland schweiz suisse svizzera österreich españa italia nederland norge sverige
        danmark suomi belgique belgië polska brasil méxico""".split()
    )
    pools = Pools()
    pools2 = Pools2(pools) if kind == "perturb2" else None
    types = ("PATIENT-NAME",) if pools2 else PERTURBED
    street_words = _street_word_set()
    parts: dict[str, list[dict[str, Any]]] = {"dev": [], "held": []}
    for set_name, row, case in _contexts():
        # perturb's contexts, and of them those with a patient's name for perturb2
        if not any(s["type"] in PERTURBED for s in case["spans"]):
            continue
        if not any(s["type"] in types for s in case["spans"]):
            continue
        snippet_id = f"{set_name}#{row}"
        rng = random.Random(f"{SEED}:{snippet_id}" if pools2 is None else f"{SEED}:2:{snippet_id}")
        for k in range(1, VARIANTS + 1):
            region = pools2.region(rng) if pools2 else None
            new, used = variant(case, pools, rng, street_words, region, types)
            if new["text"] == case["text"]:
                continue
            if region is not None:
                used[f"region:{region.name}"] += 1
            src = case.get("source", {})
            new["source"] = {
                "repo": src.get("repo", "prepcli"),
                "set": set_name,
                "row": row,
                "snippet": snippet_id,
                "variant": k,
                "values": dict(sorted(used.items())),
                "value_sources": VALUE_SOURCES2 if pools2 else VALUE_SOURCES,
            }
            new["group"] = snippet_id
            # the one split of both sets: a context held in perturb is held in perturb2
            new["split"] = f"{kind}_{part_of(snippet_id)}"
            parts[part_of(snippet_id)].append(new)
    return parts


def originals(ids: set[str]) -> list[dict[str, Any]]:
    """The unperturbed snippets of these ids (a part's contexts)."""
    return [case for set_name, row, case in _contexts() if f"{set_name}#{row}" in ids]


def score(part: str, kind: str = "perturb") -> None:
    from bench.phi import score_external  # type: ignore[import-not-found]

    perturbed_path = BENCH / f"phi_{kind}_{part}.jsonl"
    perturbed = [json.loads(x) for x in perturbed_path.read_text().splitlines() if x]
    contexts = originals({r["group"] for r in perturbed})
    orig, pert = score_external(contexts), score_external(perturbed)
    print(f"\n== {kind} {part} part: {len(contexts)} contexts, {len(perturbed)} variants ==")
    print(f"{'type':<14}{'orig n':>7}{'orig rec':>9}{'pert n':>7}{'pert rec':>9}{'drop':>7}")
    for t in (*PERTURBED, "OVERALL"):
        o = orig.overall if t == "OVERALL" else orig.per_type[t]
        p = pert.overall if t == "OVERALL" else pert.per_type[t]
        drop = o.recall - p.recall
        print(f"{t:<14}{o.labelled:>7}{o.recall:>9.3f}{p.labelled:>7}{p.recall:>9.3f}{drop:>7.3f}")
    print(
        f"precision: original {orig.overall.precision:.3f}, perturbed {pert.overall.precision:.3f}"
    )
    print(
        f"clinicians touched: original {orig.hcp_touched}/{orig.hcp_labelled},"
        f" perturbed {pert.hcp_touched}/{pert.hcp_labelled}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score", action="store_true", help="score originals vs variants")
    parser.add_argument("--parts", default="dev", help="with --score: dev, held or dev,held")
    parser.add_argument("--set", default="perturb", choices=["perturb", "perturb2"])
    args = parser.parse_args()
    if args.score:
        for part in args.parts.split(","):
            score(part, args.set)
        return 0
    parts = build(args.set)
    for part, rows in parts.items():
        path = BENCH / f"phi_{args.set}_{part}.jsonl"
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        types = Counter(s["type"] for r in rows for s in r["spans"] if s["type"] in PERTURBED)
        contexts = len({r["group"] for r in rows})
        print(f"{path.name}: {len(rows)} variants, {contexts} contexts, {dict(types)}")
        if args.set == "perturb2":
            print(f"  name words the rules' lists hold: {_listed_share(rows):.3f}")
    return 0


def _listed_share(rows: list[dict[str, Any]]) -> float:
    """The share of the variants' name words (two letters or more) a name list of the rules
    holds: what a list can still find in perturb2 without the context."""
    from prepcli.phi.names import listed

    words = [
        w
        for r in rows
        for s in r["spans"]
        if s["type"] == "PATIENT-NAME"
        for w in _WORD_RE.findall(s["text"])
        if len(w) > 1
    ]
    return sum(listed(w) for w in words) / max(1, len(words))


if __name__ == "__main__":
    sys.exit(main())
