"""Streets named by a street word of any language next to their house number.

"Metsa tee 14", "Szent István krt. 21.", "Celovška cesta 150", "Bulevardul Unirii 45",
"Str. Florilor nr. 12", "Laugavegur 77": a street word (libpostal's dictionaries of 60
languages, data/street_words.txt, built by bench/phi_street_words_build.py) after or before a
capitalised name, or written onto it, and a house number right after. The word list decides
nothing alone: a name must stand beside the word, a number must follow, and a word that is
also an everyday English one ("park", "tee", "via") or a town's ending ("-berg", "-dorf") only
counts where more of an address follows it (the caller checks that: ``weak``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import NamedTuple


class StreetWords(NamedTuple):
    strong: frozenset[str]  # full street words, and abbreviations of three letters or more
    short: frozenset[str]  # two-letter abbreviations, counted only with their dot ("ul.")
    weak: frozenset[str]  # street words that are everyday English words
    suffixes: tuple[str, ...]  # endings written onto the name ("-vegur", "-katu")
    weak_suffixes: tuple[str, ...]  # endings of town names as often ("-berg")


@cache
def street_words() -> StreetWords:
    text = resources.files("prepcli.phi").joinpath("data", "street_words.txt").read_text("utf-8")
    kinds: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split(" ", 1)
            kinds.setdefault(kind, set()).add(word)
    abbr = kinds.get("abbr", set())
    return StreetWords(
        strong=frozenset(kinds.get("street", set()) | {w for w in abbr if len(w) > 2}),
        short=frozenset(w for w in abbr if len(w) <= 2),
        weak=frozenset(kinds.get("common", set())),
        suffixes=tuple(sorted(kinds.get("suffix", set()), key=len, reverse=True)),
        weak_suffixes=tuple(sorted(kinds.get("townsuffix", set()), key=len, reverse=True)),
    )


# A house number and what may follow it on the street's part: "14", "83-12", "21.", "12/44",
# "3 A 5". Not a dose, a count or a time ("20 mg", "14 days", "12:30", "3.5").
_HOUSE_RE = re.compile(
    # (Turkish writes "No:" onto the number: "Bağdat Cd. No:214")
    # (what may stand before the number is read after its first digit: a pattern led by a
    # character class is scanned for quickly)
    # (a Cyrillic letter after it too, "12б")
    r"\d(?:(?<![\w/.,:%-]\d)|(?<=\bNo:\d))\d{0,4}[A-Za-zа-я]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}"
    # (a Nordic staircase and flat, the letter in either case: "4 A 6", "4 a 6")
    r"(?:[ \t](?:[A-H](?:[ \t]\d{1,3})?|[a-h][ \t]\d{1,3})\b)?\.?"
    r"(?![\w%/:-]|[.,]\d|[ \t]*(?i:mg|mcg|µg|ug|ml|mL|g|kg|mmol|iu|units?|x|%|hrs?|hours?"
    r"|days?|weeks?|wks?|months?|mos?|years?|yrs?|y/?o|patients?|pts?|doses?|tabs?|tablets?"
    r"|caps?|vials?|cycles?|times?|min|mins|minutes?|am|pm|percent|posters?|attendees?)\b)"
)
_TOKEN_RE = re.compile(r"\S+")
# English street words after the name and before the number, as an address of a country that
# numbers its houses so is written in English ("Rudaki Avenue 42", "Abylai Khan Avenue,
# 91"); English prose puts the number first, so here the number must close its line or a
# comma follow it.
_ENGLISH = frozenset("street st road rd avenue ave lane boulevard blvd highway alley".split())
_CLOSED_RE = re.compile(r"[ \t]*(?:$|\n|,)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Hebrew writes "in", "to", "from", "the" and "and" onto the next word.
_HEBREW_PREFIXES = frozenset("בלמהו")
_LEADING_NUMBER_RE = re.compile(r"(?<![\w/.,:-])\d{1,6}[ \t]+$")
# "No: 112", "nr. 12", "n° 5" between the street and its number
_NUMBER_WORD_RE = re.compile(r"(?i:no|nr|n[º°o]|num)\.?:?")
_PARTICLES = frozenset(
    """de da do das dos del della di la le les du des van von der den am an y i e na nad pod
    u al el lo""".split()
)
_CONJUNCTIONS = frozenset("and & et und".split())
# Capitalised words that open a sentence or name a role, not a street's name.
_NOT_NAME = frozenset(
    """I He She They We It The This That These Those And Or But If On In At To For With From By
    Was Were Is Are Has Had Have Will Would Should Can Could Please Thanks Call Phone Tel Fax
    Email Mobile Cell Dr Doctor Prof Mr Mrs Ms Miss Patient Pt Plan Follow Discussed Week Visit
    Cycle Day Dose Arm Phase Stage Grade Room Floor Level Lot Batch Study Protocol Cohort Table
    Figure Page Line Step Part Item Order Invoice Ref Total Q1 Q2 Q3 Q4 See Note Ward Bed Unit
    Site Center Centre Clinic Hospital Office Suite Box""".split()
)


def _is_name(word: str) -> bool:
    core = word.rstrip(",.")
    first = core[:1]
    return (
        # (Hebrew and Arabic have no capitals: any word of theirs may be a name)
        (first.isupper() or first.isalpha() and not first.islower())
        and core.rstrip(".") not in _NOT_NAME
        and any(c.isalpha() for c in core)
        and not any(c.isdigit() for c in core)
    )


def _street_kind(word: str, words: StreetWords, numbered: bool = False) -> str | None:
    """'strong', 'weak' or None for a word standing as a street word of its own. A two-letter
    abbreviation needs its dot, or a "No" after it ("Tunalı Hilmi Cd No: 48")."""
    core = word.rstrip(",")
    if core.rstrip(".").isupper():
        return None  # notes in capitals abbreviate everything ("PLT CT 79", "SR.")
    low = core.lower()
    dotted = low.endswith(".")
    low = low.rstrip(".")
    if low in words.strong:
        return "strong"
    if low[:1] in _HEBREW_PREFIXES and low[1:] in words.strong:
        return "strong"  # "ברחוב": "in the street", its preposition written onto it
    if (dotted or numbered) and low in words.short:
        return "strong"
    if low in words.weak:
        # "Cad.": written as an abbreviation, not the English word
        return "strong" if dotted else "weak"
    return None


def _suffix_kind(word: str, words: StreetWords) -> str | None:
    core = word.rstrip(",.")
    head, _, tail = core.rpartition("-")
    if head[:1].isupper() and head.replace("-", "").isalpha() and tail[:1].isupper():
        # a street named for a person, its words joined by hyphens: "Konrad-Adenauer-Straße",
        # "Maryam-Neuner-Gasse"
        strong = _street_kind(tail, words) == "strong" or _suffix_kind(tail, words) == "strong"
        return "strong" if strong else None
    if not core[:1].isupper() or not core.isalpha() or core.isupper():
        return None
    low = core.lower()
    # (one endswith over all the endings first: most words have none)
    for ending in words.suffixes if low.endswith(words.suffixes) else ():
        # a long ending needs one letter before it ("Ågatan", "Nygatan"), a short one three
        if low.endswith(ending) and len(low) >= len(ending) + (1 if len(ending) >= 5 else 3):
            return "strong"
    for ending in words.weak_suffixes if low.endswith(words.weak_suffixes) else ():
        if low.endswith(ending) and len(low) >= len(ending) + 3:
            return "weak"
    return None


class Street(NamedTuple):
    start: int
    end: int
    weak: bool


def find_streets(text: str) -> Iterator[Street]:
    """Each street found by its word, from the name's first word to the house number."""
    words = street_words()
    for num in _HOUSE_RE.finditer(text):
        line_start = max(text.rfind("\n", 0, num.start()) + 1, num.start() - 70)
        tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, line_start, num.start())]
        numbered = bool(tokens) and _NUMBER_WORD_RE.fullmatch(tokens[-1][1]) is not None
        if numbered:
            tokens.pop()
        if not tokens:
            continue
        found = _after_name(tokens, words, numbered) or _leading(tokens, words)
        if found is not None:
            start, kind = found
            if kind == "english" and (
                not _CLOSED_RE.match(text, num.end()) or _YEAR_RE.fullmatch(num.group())
            ):
                continue  # (not "Wall Street 2025", an event)
            # a building's number before the street: "6614 Luite tee 87"
            lead = _LEADING_NUMBER_RE.search(text, line_start, start)
            yield Street(lead.start() if lead else start, num.end(), kind == "weak")


def _after_name(
    tokens: list[tuple[int, str]], words: StreetWords, numbered: bool
) -> tuple[int, str] | None:
    """The street word last, before the number: "Metsa tee 14", "Laugavegur 77"."""
    last = tokens[-1][1]
    word = last.rstrip(",").rstrip(".")
    # (in capitals a word abbreviates anything: "ECG ST 2")
    english = word.lower() in _ENGLISH and not word.isupper()
    if last.endswith(",") and not last.endswith(".,") and not english:
        return None
    kind = "english" if english else _street_kind(last, words, numbered)
    names = 0
    if kind is None:
        kind = _suffix_kind(last, words)
        if kind is None:
            return None
        start, names = tokens[-1][0], 1
    else:
        start = tokens[-1][0]
    # the name's words before it: "Szent István krt.", "Gammel Kongevej"
    for pos, word in reversed(tokens[:-1]):
        if word.endswith((",", ":", ";")) or names >= 3:
            break
        if _is_name(word):
            names += 1
            start = pos
        elif word in _PARTICLES and names:
            start = pos
        else:
            break
    if names == 0:
        return None
    return start, kind


def _leading(tokens: list[tuple[int, str]], words: StreetWords) -> tuple[int, str] | None:
    """The street word first: "Bulevardul Unirii 45", "Str. Florilor nr. 12", "Travessa do
    Carmo 4"."""
    last = tokens[-1][1].rstrip(",")
    if not _is_name(last):
        return None
    lower_words = 0
    for i in range(len(tokens) - 2, max(-1, len(tokens) - 8), -1):
        pos, word = tokens[i]
        kind = _street_kind(word, words)
        if kind is not None:
            # a lower-case everyday word ("via Garibaldi 18") is weak: the caller keeps it
            # only where a town or postcode follows
            return pos, kind
        if word.endswith((",", ":", ";", ".")) and kind is None:
            return None
        if _is_name(word) or word in _PARTICLES:
            continue
        if word.lower() in _CONJUNCTIONS:
            # two names joined are two people or two streets, not one street's name: "Park
            # and Mann 2019" (a citation), "Park & Main 12"
            return None
        # one lower-case word of the name ("Bulevar kralja Aleksandra")
        if word.isalpha() and word.islower() and lower_words == 0:
            lower_words += 1
            continue
        return None
    return None
