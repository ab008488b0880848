"""The span type every detector returns, and the word-set union callers pass as ``keep``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


def without_accents(word: str) -> str:
    """``word`` with its combining accents dropped ("Ramírez" -> "Ramirez")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def birth_dates(pattern: re.Pattern[str], text: str) -> Iterator[Span]:
    """DOB spans of ``pattern``, whose group "a" holds a date written after its birth word and
    group "b" one written before it (Chinese and Japanese write both). Every such word holds 生,
    so a note without it is skipped at once."""
    if "生" not in text:
        return
    for m in pattern.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        yield Span(m.start(group), m.end(group), "DOB")


class AnyOf:
    """Membership in any of several word sets, without copying them: the HCP table's words can
    be many, and they are consulted for every note."""

    def __init__(self, *sets: Container[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        # (a loop, half the cost of any() over a generator: this runs for every word of every
        # note)
        for s in self.sets:  # noqa: SIM110
            if word in s:
                return True
        return False


# Put before a pattern every match of which starts a word with a letter (each alternative opens
# with "\b" and a letter): the re module tries a long alternation at every position of a note,
# the ends of words included; this fails there, and inside words, at once. Same matches.
WORD_START = r"(?<!\w)(?=[^\W\d_])"


# The letters re's IGNORECASE takes for an ASCII one that str.lower() leaves apart.
_FOLD = str.maketrans("İıſ", "iis")


def folded(text: str) -> str:
    """``text`` lower-cased as re's IGNORECASE compares ASCII letters ("İ", "ı" match "i" and
    "ſ" matches "s" there), same length: a pattern that needs an ASCII word in any case can
    only match where that word, lower-cased, is in here."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


# Punctuation to spaces, apostrophes kept ("i'm"), so splitting yields the note's words.
_SEPARATORS = str.maketrans({c: " " for c in '\t\n\r.,;:!?()[]{}<>"/\\|#*=+&-_~`@$%^'})


def words_of(text: str) -> frozenset[str]:
    """The lower-cased words of ``text``. Set lookups in them decide cheaply whether a costly
    pattern needs to run over a long note at all."""
    words = text.lower().translate(_SEPARATORS).split()
    # (a quote is an apostrophe's character, so a quoted word keeps it: "'Dr." is "dr" too)
    return frozenset(words) | {w.strip("'’") for w in words if w[:1] in "'’" or w[-1:] in "'’"}


# A run of letters, no digit or underscore: one word of any script.
LETTERS_RE = re.compile(r"[^\W\d_]+")


def letter_runs(text: str) -> frozenset[str]:
    """The runs of letters of ``text``, as written. A pattern that needs a word of a list there,
    with no letter on either side of it, can only match where that word is one of these: an
    exact test, where ``words_of`` keeps glued punctuation ("“son") and apostrophes ("son's").
    Pass ``folded(text)`` for a word the pattern reads in any case."""
    return frozenset(LETTERS_RE.findall(text))
