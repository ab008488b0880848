"""A patient's initials where a case report gives them in place of the name.

Adverse-event and case report forms, which reps and MSLs pass on, name the patient by initials
("Patient initials: J.S.", "Pt initials JS, 62F", "Subject initials: A-B-C"); PhysioNet's deid
gold standard counts them as the patient's name (PTNameInitial). Read after a word that says
whose initials they are (patient, pt, subject, client, case) or after "Initials" opening a line
or a sentence; a reviewer's or signer's initials ("Reviewer initials: AB") are not read.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

_INITIALS_RE = re.compile(
    r"(?:(?<![\w'’-])(?i:patient|pt\.?|subject|client|case)['’]?s?[ \t]+(?i:initials)"
    r"|(?:^|(?<=[.;!?\n])|(?<=[.;!?][ \t]))[ \t]*(?i:initials))"
    r"[ \t]*(?:[:=-]|(?i:are|were|is))?[ \t]*"
    r"(?P<v>[A-Z](?:[.-]?[ \t]?[A-Z]){1,3}\.?)(?![\w'’-])",
    re.MULTILINE,
)


def patient_initials(text: str) -> list[Span]:
    """The initials after a patient's "initials" cue, as PATIENT-NAME spans."""
    return [Span(m.start("v"), m.end("v"), "PATIENT-NAME") for m in _INITIALS_RE.finditer(text)]
