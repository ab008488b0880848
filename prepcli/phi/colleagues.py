"""A colleague's first name in a rep's talk about work: "Aoife covers Galway", "ask Aoife from
medical", "handed Sligo and Leitrim to Aoife".

Reps name each other by first name alone, in sentences about the territory, its cover, the
team and its meetings; a patient is named in sentences about care. A lone given name stays
only where its sentence holds a word of work and no word of a patient or of care; anywhere
else it goes as before (fail closed: "Aoife called about her inhaler" names a patient).
"""

from __future__ import annotations

import re

from prepcli.phi.names import name_lists
from prepcli.phi.spans import Span

# Words of a rep's work: territory and its cover, its meetings, other departments.
WORK_WORDS = frozenset(
    """covers cover covering covered territory territories patch meeting meetings huddle handed
    ride-along region regions accounts kam msl msls colleague colleagues poa based""".split()
)
# A title before the word makes it a surname, and a titled person a patient as often ("Mr.
# Nicholson ... discharge from medical team", "Frau Boeck").
_TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Frau|Herr|Mme|Mlle|M|Sr|Sra|Sig|Signora)\.?"
    r"|\b(?i:patient|pt|madame|monsieur))[ \t]+$"
)
_WORK_RE = re.compile(
    r"\b(?:KAM|MSLs?|POA)\b"
    # (not "team", "handover", "manager" or "cycle": a ward's and a chemotherapy's words too)
    r"|(?i:\b(?:territor(?:y|ies)|patch|meetings?|huddle|handed|ride-?along|regions?|accounts"
    r"|colleagues?)\b"
    # another department, as reps call it: "Aoife from medical", "ask market access"
    r"|\bfrom[ \t]+(?:medical|marketing|sales|market[ \t]+access|access|compliance|training"
    r"|hr|finance|regulatory|pharmacovigilance|pv)\b)"
)
# Words of a patient or of care: the sentence may name a patient after all.
_CARE_RE = re.compile(
    r"(?i:\b(?:pt|pts|patient|patients|inhaler|dose|doses|symptoms?|pain|comfortable|discharged"
    r"|admitted|diagnosed|prescribed|mum|mom|dad|husband|wife|son|daughter|dob|born|age|aged"
    r"|yo|y/o|months?[ \t]+old|years?[ \t]+old|her|his|she|he|herself|himself|bed|ward|clinic"
    r"|appointment|refill|pharmacy|symptom|infusion|injection|pen|discharge|admission|consent"
    r"|transfer|ward|shift)\b)"
)
# Cover said of the colleague, who does the covering: "Aoife covers Galway", "Jess is based in
# Chester" (right after the name only: "Lopez, Santos and Coleman is a design agency based in
# Espoo" names no colleague). After the verb a hand-off's children are covered: "Covering Tyler
# and Marion tonight" still goes.
_COVERS_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:is|will|to)[ \t]+)?(?i:covers|covering|cover|covered|based[ \t]+in)\b"
)
_SENTENCE_RE = re.compile(r"[^.!?\n]*")


def a_colleague(text: str, span: Span) -> bool:
    """Whether the one-word name at ``span`` is a colleague's (see the module docstring)."""
    word = text[span.start : span.end].strip()
    if " " in word or _TITLE_BEFORE_RE.search(text, max(0, span.start - 12), span.start):
        return False
    # a colleague is named by a given name or one no list holds, not by a surname alone
    given, surnames = name_lists()[:2]
    if word in surnames and word not in given:
        return False
    start = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
    m = _SENTENCE_RE.match(text, span.end)
    end = m.end() if m is not None else len(text)
    sentence = text[start:end]
    if _CARE_RE.search(sentence) is not None:
        return False
    return (
        _WORK_RE.search(sentence) is not None or _COVERS_AFTER_RE.match(text, span.end) is not None
    )
