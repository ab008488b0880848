"""Name-shaped words that name a disease or a company, not a person.

A note about a product talks of eponymous diseases ("Hashimoto's thyroiditis", "Bell's palsy",
"Cushing's or Addison's disease") and of companies named after their founders ("Eli Lilly",
"Johnson & Johnson", "Pierre Fabre"). The name lists hold many of those words as given names
or surnames, so without this they would be scrubbed as patients. The spans returned here are
off limits to every name detector, like a clinician's name.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w-]*"
# What an eponym names: "Bell's palsy", "Barrett's esophagus", "Kaposi sarcoma".
_CONDITION_WORDS = frozenset(
    """disease syndrome palsy disorder sign thyroiditis esophagus oesophagus sarcoma lymphoma
    phenomenon ulcer encephalopathy contracture chorea ataxia dementia arteritis anomaly anemia
    anaemia fracture cyst triad maneuver manoeuvre reflex tumor tumour dystrophy neuralgia
    neuroma paralysis granulomatosis sequence
    syndroom sequentie ziekte syndrom krankheit séquence maladie síndrome sindrome secuencia
    enfermedad malattia""".split()
)
_CONDITION = rf"(?i:{'|'.join(sorted(_CONDITION_WORDS, key=len, reverse=True))})\b"
_POSSESSIVE = r"(?:['’]s|s['’]|['’])?"
# "Hashimoto's thyroiditis"; and the eponyms listed before one: "Cushing's or Addison's
# disease", "Bell's, Graves' and Hashimoto's disease".
_EPONYM_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP}){_POSSESSIVE}"
    rf"(?=(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+){_CAP}(?:['’]s|s['’]|['’])){{0,4}}"
    rf"[ \t]+{_CONDITION})"
)
# An eponym listed after a condition: "Graves' disease and Hashimoto's".
_AFTER_EPONYM_RE = re.compile(
    rf"{_CONDITION}(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)(?P<a>{_CAP})(?:['’]s|s['’]|['’])"
)
# Eponymous conditions written by the eponym alone: "Crohn's or Behçet's", "early
# Parkinson's". Only the possessive: "Mr Parkinson" may be a patient.
_BARE_EPONYM_RE = re.compile(
    r"\b(?P<a>Crohn|Beh[çc]et|Parkinson|Alzheimer|Hodgkin|Graves|Hashimoto|Addison|Cushing"
    r"|Sj[öo]gren|Raynaud|Huntington|Tourette|Still|Paget|Bell|M[ée]ni[èe]re|Peyronie|Dupuytren"
    r"|Kaposi|Wilms|Ewing|Barrett|Kawasaki|Takayasu|Wegener|Buerger|Castleman|Gaucher|Fabry"
    r"|Pompe|Niemann|Duchenne|Becker|Marfan|Down|Asperger|Lou[ \t]+Gehrig)(?:['’]s|s['’]|['’])"
)
# Trials and studies named in capitals: "the ELEANOR and MARGOT trials", "ROSALIND enrolment".
_STUDY_RE = re.compile(
    r"\b(?P<a>[A-Z][A-Z\d-]{2,})(?=(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)[A-Z][A-Z\d-]{2,})*"
    r"[ \t]+(?i:trials?|study|studies|cohorts?|enrol(?:l)?ment|read-?outs?|arms?|data)\b)"
)
_STUDY_WORDS = frozenset(
    """trial trials study studies cohort cohorts enrolment enrollment readout readouts arm arms
    data""".split()
)

# Companies named after people, as the pharmaceutical trade writes them.
_COMPANY_RE = re.compile(
    r"\b(?:Eli[ \t]+Lilly|Johnson[ \t]*&[ \t]*Johnson|Bristol[- ]Myers(?:[ \t]+Squibb)?"
    r"|Boehringer(?:[ \t]+Ingelheim)?|Pierre[ \t]+Fabre|Leo[ \t]+Pharma|CSL[ \t]+Behring"
    r"|Hoffmann-La[ \t]+Roche|Merck[ \t]+Sharp[ \t]*(?:&|and)[ \t]*Dohme|Daiichi[ \t]+Sankyo"
    r"|Kyowa[ \t]+Kirin|Bausch(?:[ \t]+(?:Health|&[ \t]*Lomb))?|Abbott|Baxter|Janssen|Lundbeck"
    r"|Menarini|Angelini|Chiesi|Servier|Ipsen|Ferring|Grifols|Stiefel|Mylan|Perrigo)\b"
)

# Each company's first word, lower-cased: a cheap test before the pattern.
_COMPANY_WORDS = frozenset(
    """eli johnson bristol boehringer pierre leo csl hoffmann merck daiichi kyowa bausch abbott
    baxter janssen lundbeck menarini angelini chiesi servier ipsen ferring grifols stiefel mylan
    perrigo""".split()
)


def protected_spans(text: str, words: frozenset[str]) -> list[Span]:
    """Eponyms and founders' companies in ``text`` (``words``: its lower-cased words): no
    patient's name may overlap them."""
    spans: list[Span] = []
    if not words.isdisjoint(_CONDITION_WORDS):
        for rx in (_EPONYM_RE, _AFTER_EPONYM_RE):
            spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in rx.finditer(text)]
    if "'" in text or "’" in text:
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _BARE_EPONYM_RE.finditer(text)]
    if not words.isdisjoint(_STUDY_WORDS):
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _STUDY_RE.finditer(text)]
    if not words.isdisjoint(_COMPANY_WORDS):
        spans += [Span(m.start(), m.end(), "KEEP") for m in _COMPANY_RE.finditer(text)]
    return spans
