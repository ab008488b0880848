"""The one exception type for errors a user can cause (bad input, bad options, bad files)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    row: int | str | None = None
    field: str | None = None
    message: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"


class PrepError(Exception):
    """A user-caused error: the CLI prints it on one line (plus listed problems) and exits 2."""

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.problems = problems or []
