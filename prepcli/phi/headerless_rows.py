"""Names and record numbers in a delimited row pasted with no header: a patient register's line
on its own ('"9999999999","Z100001","RABBIT","Roger","1944-09-22","M"', "Howe,Crystal,Harlan,...").

With no header to name the columns, a row is a person's when it holds a date or a sex's cell
and two or three neighbouring cells that are each one word shaped as a name, one of them a
listed given name and every other a listed name or in capitals: surname and given name, in
either order, as registers write them. A short all-capitals cell is a state's or a code's
("FL", "NA"), and a run of towns or countries ("Paris", "France") is a place's, never a name's.

A register keys its row before the name: the codes in the cells that open a person's row
("9999999999", "Z100001": an NHS number, a hospital number) are that person's record numbers.
Codes after the name stay: they are the results' (a LOINC "2028-9", a SNOMED "71836000"), and
nothing in a row without a header tells them from the person's.
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.addresses import country_names
from prepcli.phi.dates import DATE
from prepcli.phi.places import towns
from prepcli.phi.spans import Span
from prepcli.phi.tables import split_cells

_DATE_CELL_RE = re.compile(DATE)
_SEX_CELLS = frozenset("m f male female".split())
# One word of letters, capitalised or in capitals: "Roger", "RABBIT", "François", "O'Neill".
_NAME_CELL_RE = re.compile(r"[A-ZÀ-Þ](?:[a-zß-ÿ'’-]+|[A-ZÀ-Þ'’-]{3,})")
_FIELDS = 5  # fewer cells are a sentence's commas as often as a row's
# A code: five characters or more of letters, digits, dashes and underscores, four of them digits
# at least ("9999999999", "Z100001", "MRN-00412"; not a row's counter "12" or a year "1944").
_CODE_CELL_RE = re.compile(r"(?=(?:[A-Za-z_-]*\d){4})[A-Za-z0-9_-]{5,}")


def _a_code(value: str) -> bool:
    return _CODE_CELL_RE.fullmatch(value) is not None and _DATE_CELL_RE.fullmatch(value) is None


def _a_name(values: list[str], run: list[int], first: Container[str], last: Container[str]) -> bool:
    """Whether neighbouring name-shaped cells are a person's: one a listed given name, and
    every other a listed name too or written in capitals as a register writes a surname
    ("RABBIT","Roger"; "William","Brown"; not "Humira","Abbvie","Pen")."""
    # (a town's name is a person's too, "Kelly", "Crystal"; a run of towns is a place's)
    if all(values[k].title() in towns() or values[k].title() in country_names() for k in run):
        return False
    return any(values[k].title() in first for k in run) and all(
        values[k].isupper() or values[k].title() in first or values[k].title() in last for k in run
    )


def row_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> list[Span]:
    """Names, and the record numbers that open their rows, in the lines of ``text`` read as
    headerless rows (see the module); a cell whose word ``blocked`` holds (a product, a word
    that is no name) stays."""
    out: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        base, offset = offset, offset + len(line) + 1
        if line.count(",") < _FIELDS - 1:
            continue
        row = list(split_cells(line, ",", base))
        values = [v for _, _, v in row]
        if not any(
            v.lower() in _SEX_CELLS or _DATE_CELL_RE.fullmatch(v) is not None for v in values
        ):
            continue
        run: list[int] = []
        named = False
        for i, v in enumerate([*values, ""]):
            if _NAME_CELL_RE.fullmatch(v) is not None and v.lower() not in blocked:
                run.append(i)
                continue
            if 2 <= len(run) <= 3 and _a_name(values, run, first, last):
                out += [Span(row[k][0], row[k][1], "PATIENT-NAME") for k in run]
                if not named:
                    out += [
                        Span(row[k][0], row[k][1], "MRN")
                        for k in range(run[0])
                        if _a_code(values[k])
                    ]
                named = True
            run = []
    return out
