"""Relatives' given names listed after a plural kin word: "Her sons Kerry and Lincoln", "his
daughters Rose and Hope", "their twins Sky and River", "ses fils Louis et Florence".

Parents name their children after towns ("Lincoln", "Paris", "Austin") and words ("Hope",
"Sky", "River"), which the name detectors hold back everywhere else; after "her sons" the
list can only be the sons. The list must follow the possessive and the kin word directly and
be joined by a comma or "and" (or its French, Spanish, Italian, Portuguese and German word):
"Her sons live in Kerry and Lincoln" and "his daughters are in Year 7 and Year 9" stay.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# Plural kin words (the children, grandchildren and siblings a list names), English and the
# Romance and German forms the singular lists in relatives.py hold.
_PLURAL_KIN = (
    r"sons|daughters|children|kids|twins|grandchildren|grandkids|grandsons|granddaughters"
    r"|brothers|sisters|siblings|boys|girls|fils|filles|enfants|petits-enfants|frères|sœurs"
    r"|soeurs|jumeaux|jumelles|hijos|hijas|nietos|nietas|hermanos|hermanas|figli|figlie"
    r"|nipoti|fratelli|sorelle|filhos|filhas|netos|netas|irmãos|irmãs|söhne|töchter|kinder"
    r"|enkel|geschwister"
)
# Whose they are: a possessive, the patient's, or a count ("two sons").
_OWNER = (
    r"her|his|their|my|our|pt['’]?s|patient['’]?s|the[ \t]+patient['’]s|ses|leurs|sus|seus"
    r"|suas|i[ \t]+suoi|le[ \t]+sue|ihre|seine|two|three|four|2|3|4|twin"
)
_GIVEN = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|&|et|y|e|und)[ \t]+)"
KIN_LIST_RE = re.compile(
    rf"(?<![\w'’-])(?i:(?:{_OWNER})[ \t]+(?:(?:adult|grown|young|older|younger|two|three|twin)"
    rf"[ \t]+)?(?:{_PLURAL_KIN}))[ \t]*,?[ \t]+(?P<list>{_GIVEN}(?:{_JOIN}{_GIVEN})+)"
    r"(?![\w'’-])"
)
_GIVEN_RE = re.compile(_GIVEN)
# The words a note holds, one of which a list's kin word is (a cheap gate).
PLURAL_KIN_WORDS = frozenset(_PLURAL_KIN.replace("|", " ").split())


def kin_list_names(text: str) -> list[Span]:
    """Each given name of a list right after a plural kin word (see the module docstring)."""
    out = []
    for m in KIN_LIST_RE.finditer(text):
        out += [
            Span(g.start(), g.end(), "PATIENT-NAME")
            for g in _GIVEN_RE.finditer(text, m.start("list"), m.end("list"))
        ]
    return out
