"""Everyday English words: whether a word in a name's position is a name or just a word.

A sentence can say "this is a person" ("spoke w/ ___", "___ (12)", "her husband ___") while no
name list knows the word there; it is a name unless it is an everyday word ("spoke w/ Pharmacy",
"Cycle (2)"). The list is the lower-case part of Webster's Second (public domain), and its
12k words common enough to be whole word pieces in BERT's vocabulary; both built by
bench/phi_words_build.py and shipped in data/, read on first use, at ingest only.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib import resources


@cache
def everyday_words() -> frozenset[str]:
    return _read("english_words.txt.gz")


@cache
def common_words() -> frozenset[str]:
    return _read("common_words.txt.gz")


def _read(name: str) -> frozenset[str]:
    data = resources.files("prepcli.phi").joinpath("data", name)
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


# A note's words repeat across notes ("Pharmacy", "team"): each is looked up once.
@lru_cache(maxsize=65536)
def everyday(word: str) -> bool:
    """Whether ``word`` (any case, with its possessive or without, inflected or not, each part
    of a hyphenated word) is an English word of the dictionary or a clinical word. The list
    holds base forms only ("attend", "trach"), so inflections are taken back to them."""
    return _is_word(word, everyday_words())


@lru_cache(maxsize=65536)
def common(word: str) -> bool:
    """Like ``everyday`` but only for the 12k words common enough to have a word piece of their
    own in BERT's vocabulary: where the sentence says "a person" loudly ("___ (12)", "(pt's
    son)"), a dictionary's rare loanwords ("nikau", "tui", "kahu": Maori names too) are names."""
    return _is_word(word, common_words())


def _is_word(word: str, words: frozenset[str]) -> bool:
    w = word.strip('.,;:!?"()').lower()
    for tail in ("'s", "’s"):
        w = w.removesuffix(tail)
    parts = [p for p in w.split("-") if p]
    return bool(parts) and all(_known(p, words) or clinical(p) for p in parts)


_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness")


def _known(w: str, words: frozenset[str]) -> bool:
    if w in words:
        return True
    for end in _ENDINGS:
        if len(w) > len(end) + 2 and w.endswith(end):
            stem = w[: -len(end)]
            # "trached", "coping", "tries", "stopped"
            if (
                stem in words
                or stem + "e" in words
                or (stem.endswith("i") and stem[:-1] + "y" in words)
            ):
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True
    return False


# The 1934 dictionary predates most of medicine's and pharmacy's words; their shapes give them
# away: a speciality ("rheumatology", "hospitalist"), a test ("mammogram"), a drug stem
# ("apixaban", "metformin", "pembrolizumab"). Minimum lengths keep names with such endings
# ("Roma", "Tanvir") out.
_CLINICAL_ENDINGS = {
    "ology": 6,
    "ologist": 8,
    "ologic": 7,
    "ological": 9,
    "ist": 9,
    "ectomy": 7,
    "otomy": 7,
    "ostomy": 7,
    "scopy": 7,
    "scope": 8,
    "gram": 9,
    "graphy": 8,
    "pathy": 8,
    "therapy": 8,
    "plasty": 8,
    "algia": 7,
    "sound": 8,
    "health": 8,
    "care": 9,
    "mab": 7,
    "nib": 7,
    "pril": 7,
    "olol": 7,
    "statin": 6,
    "sartan": 8,
    "azole": 8,
    "cillin": 8,
    "mycin": 8,
    "tide": 9,
    "afil": 9,
    "parin": 7,
    "xaban": 8,
    "flozin": 9,
    "gliptin": 9,
    "vir": 8,
    "formin": 8,
    "prazole": 9,
    "dipine": 9,
    "oxetine": 9,
    "triptan": 9,
    "cept": 8,
    "metin": 8,
    "dronate": 9,
    # more of the USAN stems (the USAN Council's list of stems, common usage), checked against
    # the name lists: no listed given name or surname ends in one ("-arone" is left out:
    # Caldarone, Maccarone)
    "farin": 8,
    "pentin": 8,
    "lactone": 9,
    "semide": 8,
    "thiazide": 9,
    "profen": 8,
    "setron": 8,
    "triptyline": 10,
    "azepam": 8,
    "azolam": 8,
    "floxacin": 9,
    "cycline": 9,
    "quine": 9,
    "teplase": 9,
    "parib": 8,
    "lukast": 9,
    "tidine": 9,
    "tropium": 9,
    "caine": 9,
    "peridone": 9,
    "zodone": 8,
    "coxib": 7,
    "platin": 8,
    "rubicin": 8,
    "taxel": 8,
    "trexate": 9,
    "asone": 9,
}
# Swedish surnames end like a specialist: "Lindqvist", "Bloomquist".
_NAME_ENDINGS = ("qvist", "kvist", "quist")
_CLINICAL_STARTS = (
    "neuro",
    "cardio",
    "onco",
    "gastro",
    "hemato",
    "haemato",
    "nephro",
    "pulmo",
    "psych",
    "ortho",
    "endo",
    "radio",
    "immuno",
    "chemo",
    "tele",
    "echo",
    "physio",
    "pharm",
    "pediat",
    "paediat",
    "geriat",
    "rheum",
    "hepat",
    "angio",
    "arthr",
    "pneum",
    "thrombo",
    "hyper",
    "hypo",
)


def clinical(word: str) -> bool:
    """Whether a word no dictionary of 1934 holds is shaped like a clinical or drug word."""
    w = word.lower()
    if w.endswith(_NAME_ENDINGS):
        return False
    if any(w.endswith(end) and len(w) >= n for end, n in _CLINICAL_ENDINGS.items()):
        return True
    return any(w.startswith(p) and len(w) - len(p) >= 4 for p in _CLINICAL_STARTS)
