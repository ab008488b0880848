"""Name-shaped words that a note's layout or a list shows to be places, not people.

Reps list their territory ("Territory: Austin, Tyler, Beaumont, Victoria"), and many towns
carry given names or surnames; a country or its people's name ("Netherlands", "Irish") turns
up in brackets and after relatives, where the position rules look for names. Checked on every
found name, after the detectors, like names.not_a_name.
"""

from __future__ import annotations

import re

from prepcli.phi.addresses import country_names
from prepcli.phi.names import _demonym, census_lists
from prepcli.phi.spans import Span

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# A label whose list holds places: "Territory: Austin, Tyler", "Sites - Ennis, Tralee".
_PLACE_LABEL_RE = re.compile(
    r"\b(?i:territor(?:y|ies)|regions?|areas?|cities|towns|sites|locations|route|patch"
    r"|counties|districts|branches|states|provinces|countries)[ \t]*[:-][ \t]*"
    rf"(?:{_CAP}(?:[ \t]+{_CAP})?[ \t]*(?:,|;|/|\band\b|&)[ \t]*)*$"
)


def a_place(text: str, span: Span) -> bool:
    """Whether the found name at ``span`` is a place: an item of a list of places, or one word
    that names a country or its people (and is no given name: "Jordan", "Georgia")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    lo = max(line_start, span.start - 120)
    # (the label's colon or dash: most names have neither before them on their line)
    labelled = text.find(":", lo, span.start) >= 0 or text.find("-", lo, span.start) >= 0
    if labelled and _PLACE_LABEL_RE.search(text, lo, span.start):
        return True
    word = text[span.start : span.end]
    if any(c.isspace() for c in word) or word.title() in census_lists()[0]:
        return False
    return word in country_names() or (word[:1].isupper() and _demonym(word))
