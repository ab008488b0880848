"""Query-side field vocabulary: groups of words that mean the same thing to reps and MSLs.

Keyword search only finds the words a query uses; a note says "PA denied", the rep types "prior
auth". A query that contains a term of a group is widened with the group's other terms. Pure
functions over plain data, except ``load`` which reads the shipped file (and the user's own).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from prepcli.errors import PrepError

SHIPPED = Path(__file__).with_name("vocabulary.toml")
_WORD = re.compile(r"\w+")

Terms = tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    groups: tuple[Terms, ...] = ()
    # Each term as lower-case words padded with spaces, so matching a query is a substring test.
    _padded: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        padded = tuple(tuple(_pad(_words(t)) for t in group) for group in self.groups)
        object.__setattr__(self, "_padded", padded)


def load(extra: Path | None = None) -> Vocabulary:
    """The shipped groups, plus the groups of ``extra`` (a user's file) when given."""
    groups = _read(SHIPPED)
    if extra is not None:
        groups += _read(extra)
    return Vocabulary(groups)


def _read(path: Path) -> tuple[Terms, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise PrepError(f"cannot read the vocabulary file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise PrepError(
            f"{path}: not valid TOML ({e})", hint="see prepcli/vocabulary.toml for the format"
        ) from None
    groups = []
    for n, group in enumerate(data.get("group", []), start=1):
        terms = group.get("terms") if isinstance(group, dict) else None
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise PrepError(
                f'{path}: group {n} needs terms = ["...", ...]',
                hint="see prepcli/vocabulary.toml for the format",
            )
        groups.append(tuple(t.strip() for t in terms))
    return tuple(groups)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


def _pad(words: tuple[str, ...]) -> str:
    return " " + " ".join(words) + " " if words else ""


def expansions(query: str, vocabulary: Vocabulary) -> list[str]:
    """Terms to add to ``query``: the other members of every group it mentions, in file order,
    without the terms it already has."""
    text = _pad(_words(query))
    out: dict[str, None] = {}
    for group, padded in zip(vocabulary.groups, vocabulary._padded, strict=True):
        present = [bool(p) and p in text for p in padded]
        if any(present):
            for term, has in zip(group, present, strict=True):
                if not has:
                    out.setdefault(term, None)
    return list(out)
