"""Clinicians and staff named where no title or credential stands right before the name.

A call note names the people a rep works with in shapes of its own, and a name read there as
a patient's makes the briefing useless:
- joined to a titled clinician: "Dr. Okafor and Patel", "Drs. Patel and Ferreira" (one title
  for several people);
- as the source of what the note says: "per Okafor, the switch is on hold" (a patient's word
  is "per pt", "per daughter");
- in a roster after its label: "Attendees: Achterberg, Delgado, Whitcombe", "Faculty: ...",
  and an e-mail's copy lines ("Cc:", "Bcc:"). Not "From:" or "To:": a patient's own e-mail,
  forwarded by a hub, has them too;
- in a signature, on the line above a job title ("Priya Raman\nClinical Pharmacist"), a UK
  letter's courtesy title before the name and a line or two of degrees between ("Mrs Catherine
  Williams\nMPharm, MRPharmS\nSuperintendent Pharmacist"); a copy line's item that names a
  home address or the word "patient" after it is the patient's;
- as whoever signed, dictated or typed a letter ("Electronically signed by ...", "Dictated by
  ...", "pp ...").
Each returns spans of type HCP, which the caller treats like the clinicians of names.py: off
limits to every name detector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.names import COPIED_PATIENT_AFTER_RE, bare_copy, census_lists
from prepcli.phi.relatives import CARERS, RELATIVES, alternation
from prepcli.phi.spans import Span, folded, letter_runs

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
_INIT = r"[A-Z]\.?(?![\w'’])"
# A person's name: capitalised words and initials, particles inside ("Pieter de Vries").
_PERSON = (
    rf"{_CAP}(?:[ \t]+(?:{_INIT}|(?:van|von|der|den|de|del|della|di|da|dos|du|la|le)[ \t]+)*"
    rf"{_CAP}){{0,3}}"
)
# Words that open someone who is no clinician: a patient's title or the patient himself.
_NOT_STAFF = frozenset(
    """Mr Mrs Ms Miss Mx Pt Pts Patient Patients Pat Sr Sra Señor Señora Frau Herr Mme Mevrouw
    The A An And Or But Her His Their Our My
    Patientin Ehefrau Ehemann Tochter Sohn Mutter Vater Bruder Schwester Angehörige
    Eltern""".split()
)
_CLINICIAN_TITLE = r"(?:Drs?|DRS?|Dra|Dras|Prof|Profs|Doctor|Doctors|Pr)\.?"
_TITLED_RE = re.compile(rf"\b(?P<t>{_CLINICIAN_TITLE})[ \t]+$")
# Another name joined to a clinician's: "Dr. Lindqvist and Haddad", "Dr. X, Y and Z". Only a
# single word, with no capitalised word after it: "Dr. Roe and Jane Doe" may name the patient.
_JOINED_RE = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+(?:and|&|y|e|et|und|og|och|en)[ \t]+)"
    rf"(?:{_CLINICIAN_TITLE}[ \t]+)?(?P<a>{_CAP})(?![\w'’-])(?![ \t]+[A-Z])"
)
# Only a surname alone, as reps cite a clinician: "per Aino Virtanen" may be the patient (and
# Italian "per" is "for"), "per Jaxtyn's wife" names the patient by his wife.
_PER_RE = re.compile(rf"(?<![\w-])[Pp]er[ \t]+(?P<a>{_CAP})(?![\w'’-])(?![ \t]+[A-Z])")
# What, after "per X", says X is family or the patient: "per Ana (daughter)", "per Ana, pt's
# wife".
_FAMILY_AFTER_RE = re.compile(
    r"[ \t]*[(,][ \t]*(?:the[ \t]+)?(?i:pt|patient|his|her|their|family|grand\w*"
    rf"|{alternation(RELATIVES + CARERS, plural=False)})\b"
)
# Labels of rosters, whose every name is a colleague's.
_ROSTER_RE = re.compile(
    r"\b(?i:attendees|attendance|attending|participants|faculty|speakers?|panel(?:ists)?"
    r"|present|invitees|moderators?|advisors|kols|hcps|presenters?"
    # German: a meeting's or a board's attendance and its copies ("Anwesend: Vogel, Egli")
    r"|anwesend|anwesende|teilnehmende|teilnehmer(?:innen)?|verteiler|kopie[ \t]+an)"
    r"[ \t]*:[ \t]*(?P<list>[^\n]+)"
)
# The word every _ROSTER_RE label ends on, a run of letters (but "Kopie an").
_ROSTER_WORDS = frozenset(
    """attendees attendance attending participants faculty speaker speakers panel panelists
    present invitees moderator moderators advisors kols hcps presenter presenters anwesend
    anwesende teilnehmende teilnehmer teilnehmerinnen verteiler""".split()
)
# An e-mail's copy lines: whom the writer keeps informed, the rep's colleagues.
_COPY_RE = re.compile(r"(?im)^[ \t]*b?cc[ \t]*:[ \t]*(?P<list>[^\n]+)")
_ITEM_SPLIT_RE = re.compile(r"[ \t]*(?:[,;/]|\band\b|&)[ \t]*")
_ITEM_RE = re.compile(rf"(?:{_CLINICIAN_TITLE}[ \t]+)?(?P<a>{_PERSON})")
_PATIENT_ITEM_RE = re.compile(r"\([ \t]*(?i:pt|patient|caregiver|family)\b")
# A signature: a line holding only a name, above a line that opens with a job title. A UK
# letter's block may put a courtesy title before the name ("Mrs Catherine Williams") and a line
# or two of degrees between name and role ("BSc (Hons), MCOptom", "MPharm, MRPharmS"); a degree
# line opens with a degree's capitals. The role, not the title, says clinician: a patient's
# block ("Mrs Mary Jones\n12 High St") has no role line.
_DEGREE_LINE = r"[ \t>]*[A-Z][a-z]*[A-Z][A-Za-z]*(?:[ \t,(][^\n]{0,80})?\n"
# A line that opens with a job title: the second line of a signature.
_ROLE_LINE = (
    r"[ \t>]*(?:(?i:(?:senior|sr\.?|principal|lead|chief|associate|assistant|regional|area"
    r"|district|national|clinical|medical|head|staff|charge|specialty|field|key|account"
    r"|superintendent|prescribing|advanced|macmillan|community|locum|trainee|deputy"
    r"|independent|practice|specialist|ward|unit|team|service|theatre|business)[ \t]+)*"
    # a condition's specialist nurse, as NHS job titles name them: "Heart Failure Specialist
    # Nurse", "Lung Cancer Nurse Specialist", "Tissue Viability Nurse"
    r"(?:(?:[A-Z][a-z]+[ \t]+){1,3}(?=(?i:specialist|nurse)\b))?"
    r"(?i:pharmacist|nurse|physician|medical[ \t]+science[ \t]+liaison|liaison|msl|manager"
    r"|director|specialist|coordinator|representative|rep|consultant|educator|practitioner"
    r"|therapist|dietitian|counsell?or|surgeon|doctor|resident|fellow|registrar|[a-z]*ologist"
    r"|optometrist|podiatrist|dentist|radiographer|sonographer|midwife|matron|GP|partner"
    r"|department|dept|division|office|practice|clinic|MD|DO|RN|NP|PA|PharmD)\b"
    # the English title ends its line or goes on as a title does ("Lead Nurse, Lung Cancer",
    # "Registrar in Respiratory Medicine"), not as a sentence ("Nurse visits daily")
    r"(?=[ \t]*(?:\n|$|[,(/|&–-]|(?:in|of|to|for|and|at)[ \t]|[A-Z]))"
    # the same in German, Spanish, French and Italian letters: "Oberärztin", "Ärztlicher
    # Direktor", "Fachärztin für Innere Medizin", "Médico adjunto", "Jefe de Servicio",
    # "Chef de clinique", "Dirigente medico"
    r"|(?i:(?:ärztliche[rn]?|leitende[rn]?|stellvertretende[rn]?|geschäftsführende[rn]?"
    r"|medizinische[rn]?)[ \t]+)?(?i:[a-zäöüß]*(?:arzt|ärztin|ärzte)|direktor(?:in)?"
    r"|primar(?:ius|ia)?|m[ée]dic[oa]|jef[ea]|facultativ[oa]|especialista|adjunt[oa]"
    r"|m[ée]decin|chef|interne|praticien(?:ne)?|dirigente|primario|psycholog(?:e|in)"
    r"|apotheker(?:in)?|pflegedirektor(?:in)?|stationsleitung|sekretariat|servicio|abteilung"
    r"|klinik|station)(?![\w-]))"
)
_ROLE_LINE_RE = re.compile(_ROLE_LINE)
_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t>-]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister)\.?[ \t]+)?"
    rf"(?P<a>(?:{_INIT}[ \t]+)+{_CAP}|{_CAP}(?:[ \t]+{_INIT})?(?:[ \t]+{_CAP}){{1,2}})"
    r"(?:,?[ \t]+(?:[A-Z][a-z]*[A-Z][\w()]*|\([A-Z][\w ]*\)))*[ \t]*(?:,[^\n]*)?\n"
    rf"(?:{_DEGREE_LINE}){{0,2}}(?:{_ROLE_LINE})"
)
# Who signed, dictated or typed a letter or report: "Electronically signed by Thomas Price",
# "Dictated by Dr Nia Vaughan", "pp Owen Morgan". A plain "signed by" is left out: a consent
# form is signed by the patient.
_SIGNED_BY_RE = re.compile(
    r"(?:\b(?i:(?:(?:electronically|digitally)[ \t]+(?:signed|approved|verified)"
    r"|dictated|typed|transcribed|authori[sz]ed|verified|reported)[ \t]+by)[ \t]*:?"
    r"|(?m:^)[ \t]*(?:pp|p\.p\.|PP))[ \t]+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister)\.?[ \t]+)?"
    rf"(?P<a>(?:{_INIT}[ \t]+)*{_CAP}(?:[ \t]+(?:{_INIT}|{_CAP})){{0,2}})"
)
_SIGNED_WORDS = frozenset(
    "signed approved verified dictated typed transcribed authorised authorized reported pp".split()
)


def role_line_at(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` opens with a job title ("Superintendent
    Pharmacist"): a name read over the line break above it stops there."""
    return _ROLE_LINE_RE.match(text, pos) is not None


def staff_spans(
    text: str, words: frozenset[str], hcps: list[Span], runs: frozenset[str] | None = None
) -> list[Span]:
    """Clinicians and staff that the shapes of the module docstring name, given the clinicians
    already found (``hcps``), the note's lower-cased ``words`` and its folded runs of letters
    (``runs``, spans.letter_runs)."""
    spans = list(_joined(text, hcps))
    if "per" in words:
        spans += _per(text)
    if ":" in text:
        spans += _rosters(text, letter_runs(folded(text)) if runs is None else runs)
    if "\n" in text:
        spans += [Span(m.start("a"), m.end("a"), "HCP") for m in _SIGNATURE_RE.finditer(text)]
    if not words.isdisjoint(_SIGNED_WORDS) or "p.p." in text:
        spans += [Span(m.start("a"), m.end("a"), "HCP") for m in _SIGNED_BY_RE.finditer(text)]
    return spans


def _name_end(text: str, span: Span) -> int:
    """Where the clinician's name ends: the title pattern may take a word after it ("Dr.
    Lindqvist and")."""
    end = span.start
    for m in re.finditer(r"\S+", text[span.start : span.end]):
        if m.group()[:1].isupper():
            end = span.start + m.end()
    return end


def _joined(text: str, hcps: list[Span]) -> Iterator[Span]:
    given = census_lists()[0]
    for h in hcps:
        title = _TITLED_RE.search(text, max(0, h.start - 12), h.start)
        if title is None:
            continue
        # "Drs. Patel and Ferreira": a plural title names each of them
        plural = title.group("t").rstrip(".").lower() in ("drs", "dras", "profs", "doctors")
        pos = _name_end(text, h)
        while (m := _JOINED_RE.match(text, pos)) is not None:
            word = m.group("a")
            if word.endswith(("'s", "’s")) or word in _NOT_STAFF:
                break
            if not plural and word.title() in given:
                break
            yield Span(m.start("a"), m.end("a"), "HCP")
            pos = m.end("a")


def _per(text: str) -> Iterator[Span]:
    given = census_lists()[0]
    for m in _PER_RE.finditer(text):
        word = m.group("a")
        if word.endswith(("'s", "’s")) or word in _NOT_STAFF or word.title() in given:
            continue
        if _FAMILY_AFTER_RE.match(text, m.end("a")):
            continue
        yield Span(m.start("a"), m.end("a"), "HCP")


def _rosters(text: str, runs: frozenset[str]) -> Iterator[Span]:
    if ":" not in text:
        return  # (both labels end in a colon)
    rosters = not runs.isdisjoint(_ROSTER_WORDS) or ("kopie" in runs and "an" in runs)
    for m in [*(_ROSTER_RE.finditer(text) if rosters else ()), *_COPY_RE.finditer(text)]:
        pos = m.start("list")
        for part in _ITEM_SPLIT_RE.split(m.group("list")):
            start = text.index(part, pos) if part else pos
            pos = start + len(part)
            item = _ITEM_RE.match(part)
            if item is None or item.group("a").split()[0] in _NOT_STAFF:
                continue
            if _PATIENT_ITEM_RE.search(part):
                continue
            if m.re is _COPY_RE and (
                COPIED_PATIENT_AFTER_RE.match(text, start + item.end("a"))
                or bare_copy(text, start + item.start(), start + item.end("a"))
            ):
                continue
            yield Span(start + item.start("a"), start + item.end("a"), "HCP")
