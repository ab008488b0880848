"""The span type every detector returns, and the word-set union callers pass as ``keep``."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


class AnyOf:
    """Membership in any of several word sets, without copying them: the HCP table's words can
    be many, and they are consulted for every note."""

    def __init__(self, *sets: Container[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in s for s in self.sets)
