"""A given name alone where a written clinical document puts the patient or a relative, when no
list knows the name.

Encounter notes, assessments and discharge summaries name the patient once in the header and
then by first name alone: "Tamati presents for his review", "BACKGROUND:\nPaora was previously
seen by ...", "his partner Roimata", "safety plan developed with Ihaia and his mother". The place
says "a person"; the word is a name when a given-name list knows it or when it is no English
word (fail closed: Māori and Pacific names, which few lists hold, are most of these). Where the
word is also an English word ("Maya", "Kauri"), a listed given name counts only where the
sentence goes on about the person ("... for her annual physical"). Every other mention of a
word found so goes too ("... to stay with Ihaia tonight").

Te reo words of New Zealand's clinical English ("Whānau attended", "with kaumātua and ...") are
no names; the Department of Internal Affairs' top Māori given names (researched with Te Taura
Whiri i te Reo Māori, 2016 press release) are given names here, since several are also English
words ("Tui", "Kauri", "Moana").
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.names import census_lists, name_lists
from prepcli.phi.relatives import RELATIVES, alternation
from prepcli.phi.spans import LETTERS_RE, Span
from prepcli.phi.words import clinical, everyday

# The Department of Internal Affairs' top 20 Māori names for girls and boys, born in New Zealand
# and overseas, 2016 ("Most popular Māori baby names for 2016 released", Te Tari Taiwhenua,
# September 2017; public statement). Macrons dropped, as notes often write them.
MAORI_GIVEN = frozenset(
    """Maia Ariana Manaia Anahera Hana Amaia Aroha Ataahua Tia Ria Tui Kaea Kara Tiare Mareikura
    Miru Kahurangi Marama Moana Huia Hei Noa Koa Makaia Ahurei Atawhai Kahukura Kai Kataraina
    Nikau Ari Kauri Ariki Mikaere Ihaia Rawiri Hemi Tai Nikora Tangaroa Anaru Paora Tama
    Tane Tamati Matiu""".split()
)
# Te reo words New Zealand's clinical English writes capitalised at a sentence's start or as a
# heading's word: family, elders, children, gatherings, a person in care, a worker, wellbeing.
_TE_REO = frozenset(
    """whanau whānau hui iwi hapu hapū kaumatua kaumātua kuia koro tamariki mokopuna rangatahi
    tangata whaiora kaimahi kaiawhina kaiāwhina marae karakia tikanga wairua hauora mana
    kaupapa pakeha pākehā maori māori te reo kia ora tena koe""".split()
)
_NAME = r"(?P<name>[A-Z][a-zāēīōū'’-]+)"
# The patient's visit or life as the sentence's verb, right after the name: these say a patient
# ("presents with", "was admitted"); the weak ones ("attended", "returns", "reports") say one
# only where the sentence goes on about the person ("attended his appointment"), as a note on
# work says them of clinicians too ("Okafor attended the board", "Klein reports 12 patients").
_VISIT_VERB = (
    r"[ \t]+(?:(?P<strong>presents[ \t]+(?:with|for|today)|presented[ \t]+(?:with|to[ \t]+"
    r"(?:the[ \t]+)?(?:ED|emergency|hospital|A&E|clinic))"
    r"|was(?:[ \t]+previously)?[ \t]+(?:seen|admitted|discharged)"
    r"|lives[ \t]+(?:with|alone|in|at)|resides|has[ \t]+made[ \t]+(?:[a-z]+[ \t]+)?progress)"
    r"|returns|returned|attends|attended|reports|reported|contacted|agreed|declined|denies"
    r"|denied|states|stated|was[ \t]+(?:referred|reviewed|brought|contacted)"
    r"|has[ \t]+(?:been|had|attended))\b"
)
# At a line's or a sentence's start (not after a title's dot: "Dr. Klein reports"), or after a
# heading's colon.
_SUBJECT_RE = re.compile(
    # (the titles checked after the dot: a look-behind tried at every character costs)
    r"(?m)(?:^[ \t]*|[.!?:](?<!\bDr.)(?<!\bMr.)(?<!\bMs.)(?<!\bMrs.)(?<!\bProf.)(?<!\bSt.)[ \t]+)"
    rf"{_NAME}(?:{_VISIT_VERB})"
)
# The sentence goes on about a person: "... for her annual physical".
_PERSON_AFTER_RE = re.compile(r"[^.\n]{0,80}?\b(?:his|her|their|him|she|he)\b")
_KIN = alternation(RELATIVES, plural=False)
_KIN_WORDS = frozenset(w for r in RELATIVES for w in r.lower().split())
# A relative or companion the patient has, then the name: "his partner Roimata", "Sister Kaia
# (027 ...)".
# (the owner is looked for behind the relative's word: an optional group before an alternation
# is tried at every character)
_COMPANION_RE = re.compile(rf"\b(?i:{_KIN})[ \t]+{_NAME}(?P<phone>[ \t]*\([ \t]*\+?\d)?")
_OWNER_BEFORE_RE = re.compile(r"\b(?i:his|her|their|my)[ \t]+$")
# The first word of each relative's word: the pattern is tried only where one stands (tried at
# every character, its alternation of several hundred words costs).
_KIN_FIRST = frozenset(re.split(r"[^\w]+", r, maxsplit=1)[0].lower() for r in RELATIVES)
# Someone the plan is made with, beside the patient's family: "with Ihaia and his mother",
# "to stay with Nikora overnight".
_WITH_RE = re.compile(
    rf"\bwith[ \t]+{_NAME}(?=[ \t]+(?:and[ \t]+(?:(?:his|her|their)[ \t]+)?(?i:{_KIN})\b"
    r"|tonight\b|overnight\b))"
)
_WORD_GAP = r"(?![\w’-])"
# A care document's person line: "Client: Rangi Tui", "Service user: ..." filling its line. Two
# or three capitalised words led by a name no dictionary knows or a listed given name (the
# surname may be a word: "Tui", "Rose"); a value of everyday words is no one ("Patient: Doing
# Well").
_PERSON_LINE_RE = re.compile(
    r"(?m)^[ \t*>-]*(?:Client|Patient|Service[ \t]+user|Consumer|Tangata[ \t]+whaiora)[ \t]*:"
    r"[ \t]*(?P<v>(?P<first>[A-Z][a-zāēīōū'’-]+)(?:[ \t]+[A-Z][a-zāēīōū'’-]+){1,2})[ \t]*$"
)


# Who else a sentence opens with: the patient's role, a carer, a relative, a clinician's role
# ("Pt lives at ...", "Caregiver lives at ...", "Mother presents with ...").
_NOT_A_NAME = frozenset(
    w.capitalize()
    for w in """pt pts patient patients client clients caregiver carer resident consumer baby
    infant child children family nurse doctor physician gp midwife therapist staff team
    worker writer he she they""".split()
    + [w for r in RELATIVES for w in r.split()]
)


def _companions(text: str) -> list[re.Match[str]]:
    """_COMPANION_RE's matches, each tried at a word that opens a relative's word."""
    found = []
    for w in LETTERS_RE.finditer(text):
        if w.group().lower() in _KIN_FIRST:
            m = _COMPANION_RE.match(text, w.start())
            if m is not None:
                found.append(m)
    return found


def _given(word: str) -> bool:
    return word in MAORI_GIVEN or word in census_lists()[0] or word in name_lists()[0]


def _unknown(word: str) -> bool:
    return not everyday(word) and not clinical(word) and word.lower() not in _TE_REO


def subject_names(
    text: str, words: frozenset[str], blocked: Container[str], off_limits: list[Span]
) -> list[Span]:
    """Name spans of given names alone where the sentence puts the patient or a relative, and
    of a care document's person line (see the module's docstring); ``words``: the note's words
    (spans.words_of), ``blocked``: words never a name (products, clinicians' words),
    ``off_limits``: clinicians' names and eponyms, never taken."""
    names: set[str] = set()
    spans = []
    for m in _PERSON_LINE_RE.finditer(text) if ":" in text else ():
        head = m.group("first")
        if (_unknown(head) or (_given(head) and not everyday(head))) and not any(
            w in blocked for w in m.group("v").split()
        ):
            spans.append(Span(m.start("v"), m.end("v"), "PATIENT-NAME"))
            # (its words that are English words too stay elsewhere: "Tui" is also a bird)
            names.update(w for w in m.group("v").split() if not everyday(w))
    for m in _SUBJECT_RE.finditer(text):
        word = m.group("name")
        if (m.group("strong") is not None or _PERSON_AFTER_RE.match(text, m.end())) and (
            _unknown(word)
            or (_given(word) and (not everyday(word) or _PERSON_AFTER_RE.match(text, m.end())))
        ):
            names.add(word)
    for m in _companions(text) if not words.isdisjoint(_KIN_WORDS) else ():
        word = m.group("name")
        owned = _OWNER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
        # a capitalised "Sister X" with no owner may be a ward sister: a number says family
        if not owned and text[m.start()].isupper() and m.group("phone") is None:
            continue
        # (mid-sentence after "his partner" a capitalised word is the partner's name, even one
        # that is a word: "his partner Grace")
        if _unknown(word) or _given(word) or owned:
            names.add(word)
    for m in _WITH_RE.finditer(text) if "with " in text else ():
        if _unknown(m.group("name")):
            names.add(m.group("name"))
    names = {
        w
        for w in names
        if len(w) > 2 and w not in blocked and w not in _NOT_A_NAME and w.lower() not in _TE_REO
    }
    if not names:
        return spans
    for word in names:
        for m in re.finditer(rf"(?<![\w’-]){re.escape(word)}{_WORD_GAP}", text):
            span = Span(m.start(), m.end(), "PATIENT-NAME")
            if not any(o.start < span.end and span.start < o.end for o in off_limits):
                spans.append(span)
    return spans
