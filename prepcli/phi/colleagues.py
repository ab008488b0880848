"""A colleague's first name in a rep's talk about work: "Aoife covers Galway", "ask Aoife from
medical", "handed Sligo and Leitrim to Aoife".

Reps name each other by first name alone, in sentences about the territory, its cover, the
team and its meetings; a patient is named in sentences about care. A lone given name stays
only where its sentence holds a word of work and no word of a patient or of care; anywhere
else it goes as before (fail closed: "Aoife called about her inhaler" names a patient).
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# Words of a rep's work: territory and its cover, the team, its meetings, other departments.
WORK_WORDS = frozenset(
    """covers cover covering covered territory territories patch team teams meeting meetings
    huddle handed handover ride-along ridealong region regions accounts kam msl msls
    colleague colleagues manager cycle poa""".split()
)
_WORK_RE = re.compile(
    r"(?i:\b(?:territor(?:y|ies)|patch|teams?|meetings?|huddle"
    r"|handed|handover|ride-?along|regions?|accounts|kam|msls?|colleagues?|manager|cycle|poa)\b"
    # another department, as reps call it: "Aoife from medical", "ask market access"
    r"|\bfrom[ \t]+(?:medical|marketing|sales|market[ \t]+access|access|compliance|training"
    r"|hr|finance|regulatory|pharmacovigilance|pv)\b)"
)
# Words of a patient or of care: the sentence may name a patient after all.
_CARE_RE = re.compile(
    r"(?i:\b(?:pt|pts|patient|patients|inhaler|dose|doses|symptoms?|pain|comfortable|discharged"
    r"|admitted|diagnosed|prescribed|mum|mom|dad|husband|wife|son|daughter|dob|born|age|aged"
    r"|yo|y/o|months?[ \t]+old|years?[ \t]+old|her|his|she|he|herself|himself|bed|ward|clinic"
    r"|appointment|refill|pharmacy|symptom|infusion|injection|pen)\b)"
)
# Cover said of the colleague, who does the covering: "Aoife covers Galway" (after the verb
# a hand-off's children are covered: "Covering Tyler and Marion tonight" still goes).
_COVERS_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:is|will|to)[ \t]+)?(?i:covers|covering|cover|covered)\b"
)
_SENTENCE_RE = re.compile(r"[^.!?\n]*")


def a_colleague(text: str, span: Span) -> bool:
    """Whether the one-word name at ``span`` is a colleague's (see the module docstring)."""
    if " " in text[span.start : span.end].strip():
        return False
    start = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
    m = _SENTENCE_RE.match(text, span.end)
    end = m.end() if m is not None else len(text)
    sentence = text[start:end]
    if _CARE_RE.search(sentence) is not None:
        return False
    return _WORK_RE.search(sentence) is not None or _COVERS_AFTER_RE.match(text, span.end) is not None
