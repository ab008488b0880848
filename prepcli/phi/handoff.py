"""People, numbers and places as a pediatric hand-off (a spoken or typed sign-out) names them.

A sign-out names the team by role and first name, and the child by shapes charts do not use:
- clinicians after their role, with a comma or a copula between ("attending Priya Raman",
  "the on-call resident, Ben", "fellow is Okafor", "her nurse is Kendra") or after "page"
  ("I'll page Kim"): a patient is never paged nor introduced by a team role. Returned as HCP
  spans, off limits to every name detector. Not a name that a school or an institution word
  follows: a child "attending Lincoln Elementary" names a school;
- a relative who is a clinician too ("Mother Irene Caldwell MD", "Dr. Helen Marsh is mom",
  "dad William Allen MD"): the kin word decides, the title or credential does not. Such a span
  leaves the clinicians and is the family's name;
- a newborn charted by surname before a given name ("Baby Okonkwo", "Baby Girl Whitfield",
  "Twin B Oyelaran");
- a record number set off by commas right after the child's name ("Mateo Ruiz, 5521904, is a
  3 yo");
- the town a family travels from, lives out in or goes home to ("Family en route from
  Millbrook, ETA 1400", "lives out in Greenfield", "headed back home to Rutland"): a hand-off
  says it as speech, with no street, number or postcode.
Written from common usage of clinical hand-offs (no outside list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.addresses import town_end, with_postcode
from prepcli.phi.names import CREDENTIAL_WORDS, census_lists, name_lists
from prepcli.phi.occupations import RESIDENT_DOCTOR
from prepcli.phi.places import towns
from prepcli.phi.relatives import CARERS, FAMILY, HOME_WORDS, PROXIES, WIDER, alternation, word_set
from prepcli.phi.spans import Span, folded
from prepcli.phi.words import everyday

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# Team roles that introduce a colleague in a hand-off (nurses, coordinators, therapists and
# hospitalists before a name are names.py's; here the copula and comma shapes for them too).
_ROLE = (
    rf"(?:{RESIDENT_DOCTOR}|(?i:attending|fellow|intern|sub-?intern|registrar|hospitalist|intensivist"
    r"|nurse|(?:case|nurse)[ \t]+manager|social[ \t]+worker|coordinator|therapist|consultant"
    r"|house[ \t]+officer)|RN|NP|APP|RT|[Ss]ub-?I"
    # only in lower case: "Senior" and "Junior" close or open names
    r"|senior|float|moonlighter)"
)
_ROLE_RE = re.compile(
    # (the letters a role opens with, asked first: the resident's lookbehind leaves the pattern
    # no quick scan of its own)
    r"(?i:(?=[acdefhijmnoprst]))"
    rf"(?<![\w'’-]){_ROLE}"
    r"(?:[ \t]+(?i:physician|doctor|on[ \t-]call|tonight|today|overnight))?"
    r"(?:(?P<comma>[ \t]*,[ \t]*)|[ \t]+(?:is|was|will[ \t]+be)[ \t]+|[ \t]+)"
    rf"(?:(?:Dr|Doctor)\.?[ \t]+)?(?P<a>{_CAP}(?:[ \t]+{_CAP})?)"
)
# After a comma the role's name must close its phrase ("the attending, Priya Raman, at ..."):
# "spoke with the attending, Sarah is stable" names the patient.
# Someone's job, not a colleague: "mom is a nurse, Jessica, and ...", "dad works as an RN".
_JOB_OF_RE = re.compile(
    r"(?<![\w'’-])(?i:is|was|works[ \t]+as|worked[ \t]+as|as)[ \t]+(?i:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+)?$"
)
_CLOSES_RE = re.compile(r"[ \t]*(?:[,.;)(]|$|\n|(?:at|on|who|will|about|re|and)\b)")
# A home's resident is a patient ("nursing home resident Mary Smith"), a school's senior a
# pupil ("a high school senior, Maria").
_RESIDENT_OF_HOME_RE = re.compile(
    r"(?i:home|facility|snf|ltc|ltac|nursing|living|shelter|long[ \t-]term|school|college"
    r"|class|citizen)[ \t]+$"
)
# "I'll page Kim", "paged Okafor", "Page Kim if ...": whom one pages is on the team.
# (not "ask to page Suzette": a relative may carry a pager, so only the writer's own paging)
_PAGE_RE = re.compile(
    r"(?:\b(?:paged|paging)|\b(?i:I['’]ll|I[ \t]+will|we['’]ll|we[ \t]+will|will|please|pls"
    r"|then)[ \t]+page|(?:^|(?<=[.;:!?\n])[ \t]*)Page)[ \t]+"
    rf"(?:(?:Dr|Doctor)\.?[ \t]+)?(?P<a>{_CAP}(?:[ \t]+{_CAP})?)"
)
# Words that end a role's name where a school or an institution is meant, or open no person.
_INSTITUTION = frozenset(
    """Elementary Middle High School Academy Montessori Daycare Preschool College University
    Hospital Hospitals Clinic Center Centre Medical Children's Childrens Pediatrics Pediatric
    Unit Ward Team Service Services Department Dept Office Program""".split()
)
_NOT_A_PERSON = _INSTITUTION | frozenset(
    """The A An And Or But If When
    Mr Mrs Ms Miss Mx Pt Patient Patients Baby Mom Dad Mother Father Family Parents I We He She
    They It This That Today Tonight Tomorrow Overnight Please Call Page""".split()
)
# English words only: the other languages' ("mari", "fils") are given names too ("Mari Lepik").
_KIN = (
    FAMILY + HOME_WORDS + WIDER + PROXIES + CARERS + ["parent", "stepmom", "stepdad", "stepparent"]
)
_RELATIVE = alternation(_KIN)
# Words one of which a note needs for the kin test, and for the role and page patterns.
KIN_WORDS = word_set(_KIN)
# Lower-case text one of which every match of _RELATIVE holds (a phrase's first word): where a
# folded note holds none, no kin pattern can match there.
_KIN_HINTS = tuple(sorted({w.split()[0].lower() for w in _KIN}))
HANDOFF_WORDS = frozenset(
    """attending resident fellow intern sub-intern subintern registrar hospitalist intensivist
    nurse manager worker coordinator therapist consultant officer senior float
    moonlighter rn np app rt sub-i sub page paged paging""".split()
)
# The kin word before a clinician's name or title ("Mother Irene Caldwell MD", "dad Dr. Lee"),
# or after it as what the person is ("Dr. Helen Marsh is mom", "Dr. Lee (father)").
# A comma only after a possessive ("Her mother, Dr. Lena Koh, is ..."): "per mom, Dr. Lee
# said" names the doctor.
_KIN_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’-])(?i:her|his|their|pt['’]?s|patient['’]?s)[ \t]+"
    rf"(?i:{_RELATIVE})[ \t]*,|(?<![\w'’-])(?i:{_RELATIVE})[ \t]*:?)[ \t]*(?:(?:is|was)[ \t]+)?"
    r"(?:(?:Dr|Dra|Doctor|Prof)\.?[ \t]+)?$"
)
_KIN_WORD_RE = re.compile(rf"(?i:{_RELATIVE})")
_KIN_OPENS_RE = re.compile(rf"(?i:{_RELATIVE})[ \t]+(?=\S)")
# (also "Surgeon: Ali Khan, patient's father", "RN Joy Park (mother of patient)")
# (or in brackets: "Paul Dunn (PharmD), a patient of Dr. Lee")
_CREDENTIALS_AFTER = (
    r"(?:[ \t]*,?[ \t]*(?:[A-Z][A-Za-z-]{1,6}|M\.D\.)(?![\w'’-])"
    r"|[ \t]*\([ \t]*(?:[A-Z][A-Za-z-]{1,6}|[MD]\.[DO]\.)[ \t]*\))*"
)
_KIN_AFTER_RE = re.compile(
    _CREDENTIALS_AFTER
    + rf"[ \t]*(?:\([ \t]*(?:(?i:pt|patient)['’]?s[ \t]+)?(?i:{_RELATIVE})[ \t]*\)"
    rf"|\([ \t]*(?i:{_RELATIVE})[ \t]+of[ \t]+(?:the[ \t]+)?(?i:pt|patient)[ \t]*\)"
    rf"|,[ \t]*(?:the[ \t]+)?(?i:pt|patient)['’]s[ \t]+(?i:{_RELATIVE})(?![\w'’-])"
    r"|,?[ \t]+(?:is|was)[ \t]+(?:(?:the|his|her|their)[ \t]+)?(?:(?:pt|patient)['’]?s[ \t]+)?"
    rf"(?i:{_RELATIVE})(?![\w'’-]))"
)
# A clinician's span that the note calls the patient: "Dr. Anna Berg (patient)", "Key worker:
# Tamati Ngata (client)", "Nurse Jo Fox is the patient", "Patient Sister Mary Evans", "The
# patient, Nurse Kelly Moore,", "Patient: Nurse Kelly Moore", "Patient is Nurse Kelly Moore". The
# apposition decides, the title does not ("the patient's GP" is no such apposition); a
# credential may come between ("Anna Berg, MD, the patient"), and dashes may set it off ("Dr.
# Anna Berg - patient - DOB ..."; a comma may not: "met Dr. Lee, patient, and wife").
_PATIENT_AFTER_RE = re.compile(
    _CREDENTIALS_AFTER
    + r"[ \t]*(?:\([ \t]*(?:(?:him|her|them)sel(?:f|ves)[ \t]+)?(?:(?:the|a)[ \t]+)?"
    r"(?i:patient|pt|client|service[ \t]+user)[ \t]*\)"
    r"|[-–—][ \t]*(?:the[ \t]+)?(?i:patient|pt)[ \t]*[-–—]"
    r"|,[ \t]*(?:the|our)[ \t]+(?i:patient|client)"
    # "Pharmacist John Reed, himself a patient of Dr. Patel", "..., a patient of Dr. Patel,"
    r"|,[ \t]*(?:(?:him|her|them)sel(?:f|ves)[ \t]+)?(?:a|the|our)[ \t]+(?i:patient|client)"
    r"(?=[ \t]+of\b|[ \t]*(?:[,.;)]|$))"
    r"|,?[ \t]+(?:who[ \t]+)?(?:is|was)[ \t]+(?:the|our|a)[ \t]+(?i:patient|client))(?![\w'’-])"
)
# A birth date right after a name is the patient's ("Attending: Mark Tanner, DOB ..."), an
# occupation between or not ("Name: Anne Moreau, Pharmacist, DOB ...").
_BIRTH_AFTER_RE = re.compile(
    _CREDENTIALS_AFTER + r"(?:[ \t]*,[ \t]*(?:[A-Za-z][a-z]+[ \t]+)?[A-Za-z][a-z]+(?=[ \t]*,))?"
    r"[ \t]*[,(]?[ \t]*(?:DOB|D\.O\.B\.?|d\.o\.b\.?|Dob)(?![\w'’-])"
)
# What after the birth word says no date is there: "DOB field missing", "DOB: unknown".
_NO_DATE_RE = re.compile(
    r"[ \t]*[:=-]?[ \t]*(?i:field|missing|unknown|not|n/?a|none|blank|tbc|tbd|withheld"
    r"|declined|unavailable)(?![\w'’-])"
)
# A doctor's title before the span, or before the name the span is set beside ("Dr. Amy Cole,
# Oncology").
_DOCTOR_BEFORE_RE = re.compile(
    r"\b(?:Dr|Dra|Doctor|Prof)\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:[A-Z][\w'’-]*[ \t]*,[ \t]*)?$"
)
_PATIENT_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?i:patient|pt|client)(?:[ \t]*[:,]|[ \t]+(?:is|was))?[ \t]+"
    r"(?:(?:Dr|Prof|Sister|Brother|Father|Nurse|Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?$"
)
PATIENT_WORDS = frozenset(("patient", "pt", "client", "dob"))
_BABY_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:Baby|baby|BABY)(?:[ \t]+(?:Boy|Girl|boy|girl|[ABC]|[123]))?"
    rf"|(?:Twin|twin|TWIN|Triplet|triplet)[ \t]+(?:[ABC]|[123]))[ \t]+(?P<a>{_CAP})"
)
_BABY_ALIAS_RE = re.compile(rf"[ \t]*\((?:{_CAP}[ \t]+){{0,2}}{_CAP}\)")
BABY_WORDS = frozenset(("baby", "twin", "triplet"))
# What follows "Baby" and names a thing or a stage, not a family.
_BABY_THING = frozenset(
    """Boy Girl Aspirin Friendly Blues Formula Food Foods Shampoo Oil Powder Wipes Lotion Monitor
    Unit Clinic Center Ward Room Bath Boomer Boomers Doe Is Was Has Had Will Can The And""".split()
)
_APPOSED_ID_RE = re.compile(r"[ \t]*,[ \t]*(?P<id>\d{6,10})[ \t]*,")
_TRAVEL_RE = re.compile(
    r"\b(?i:(?:en[ \t]+route|driv(?:e|es|ing)|drove|fl(?:y|ies|ying|ew)|com(?:e|es|ing)|came"
    r"|travell?(?:s|ed|ing)?|head(?:s|ed|ing)|on[ \t]+(?:their|the|her|his)[ \t]+way|moved"
    r"|relocated)(?:[ \t]+(?:in|up|down|over|back|here))?[ \t]+from"
    # where a family lives, said in speech: "lives out in Greenfield", "staying up in Keene"
    r"|(?:lives?|living|stay(?:s|ing)?)[ \t]+(?:out|over|up|down|way[ \t]+out)[ \t]+in"
    # and where it goes home to: "headed back home to Rutland", "discharged home to Keene"
    r"|(?:head(?:s|ed|ing)?|go(?:es|ing)?|went|driv(?:e|es|ing)|drove|fl(?:y|ies|ying|ew)"
    r"|discharged?|return(?:s|ed|ing)?)[ \t]+(?:back[ \t]+)?home[ \t]+to"
    # and where it moved to, a town the lists know ("Patient moved to Denver last month"; not
    # "moved to Humira", a drug)
    r"|(?P<moved>(?:moved|relocated|moving|relocating)(?:[ \t]+back)?[ \t]+to))[ \t]+"
    rf"(?P<a>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?=[ \t]*(?:[,.;:)!?]|$|\n|[ \t](?i:and|to|for|with|by|on|at|in|today|tonight|tomorrow"
    r"|yesterday|this|last|should|ETA|arriving|via|about)\b))"
)
TRAVEL_WORDS = frozenset(
    """route drive drives driving drove fly flies flying flew come comes coming came travel
    travels traveled travelled traveling travelling heads headed heading way moved relocated
    live lives living stay stays staying home""".split()
)
# Who travels in a hand-off: the family, a relative, the patient.
_TRAVELLER_RE = re.compile(
    rf"(?<![\w'’-])(?i:{_RELATIVE}|family|families|parents?|folks|they|he|she|we|pt|patient"
    r"|child|kid|baby|infant|grandparents)(?![\w'’-])"
)
_PLACE_NOT_TOWN = _NOT_A_PERSON | frozenset(
    "ED ER OR PICU NICU ICU Airport Station Home Work".split()
)


def handoff_staff(text: str) -> Iterator[Span]:
    """HCP spans: team members named after their role or after "page"."""
    for rx in (_ROLE_RE, _PAGE_RE):
        for m in rx.finditer(text):
            parts = m.group("a").split()
            if parts[0] in _NOT_A_PERSON or parts[0].lower() in CREDENTIAL_WORDS:
                continue
            if rx is _ROLE_RE and (
                _RESIDENT_OF_HOME_RE.search(text, max(0, m.start() - 20), m.start())
                or _JOB_OF_RE.search(text, max(0, m.start() - 30), m.start())
            ):
                continue
            # a second word that opens no person ends the name: "page Kim If ..."
            end = (
                m.end("a")
                if len(parts) > 1 and parts[1] not in _NOT_A_PERSON
                else (m.start("a") + len(parts[0]))
            )
            after = text[end : end + 24].split()
            # "attending Lincoln Elementary", "fellow Jones Medical Center"
            if any(p in _INSTITUTION for p in parts[1:]) or (
                after and after[0].strip(".,;:") in _INSTITUTION
            ):
                continue
            if rx is _ROLE_RE and m.group("comma") and not _CLOSES_RE.match(text, end):
                continue
            yield Span(m.start("a"), end, "HCP")


def kin_clinicians(text: str, hcps: list[Span]) -> tuple[list[Span], list[Span]]:
    """(clinicians, relatives and patients): the clinicians' spans that a kin word names as
    family, or an apposition as the patient, leave the first list for the second, as
    PATIENT-NAME spans."""
    kept: list[Span] = []
    kin: list[Span] = []
    # (the kin patterns only where a relative's word can be: most notes that get here hold the
    # patient's word alone, and the patterns' long word lists are slow to try at each span)
    low = folded(text)
    relative = any(hint in low for hint in _KIN_HINTS)
    for h in hcps:
        # a span that opens with the kin word: "Grandma Louise Pruitt, LPN"
        # (two words left at least: "Nan Smith, RN" is a nurse named Nan)
        opens = _KIN_OPENS_RE.match(text, h.start, h.end) if relative else None
        if opens is not None and _religious_title(text, h.start):
            opens = None
        if opens is not None and " " in text[opens.end() : h.end].strip():
            kin.append(Span(opens.end(), h.end, "PATIENT-NAME"))
        elif (
            (relative and (_kin_before(text, h.start) or _KIN_AFTER_RE.match(text, h.end)))
            or _PATIENT_AFTER_RE.match(text, h.end)
            or _PATIENT_BEFORE_RE.search(text, max(0, h.start - 20), h.start)
            # (a name, not a word a staff rule kept: "nurse query: student, DOB ...")
            or (text[h.start].isupper() and _birth_after(text, h))
        ):
            kin.append(Span(h.start, h.end, "PATIENT-NAME"))
        else:
            kept.append(h)
    return kept, kin


def _birth_after(text: str, h: Span) -> bool:
    """Whether a birth word right after the clinician's span makes the name a patient's: not a
    titled clinician's with no date after the word ("Dr. Amy Cole, Oncology, DOB field
    missing"), which is no patient's form; untitled, the form may be hers (fail closed)."""
    birth = _BIRTH_AFTER_RE.match(text, h.end)
    return birth is not None and not (
        _NO_DATE_RE.match(text, birth.end()) is not None
        and _DOCTOR_BEFORE_RE.search(text, max(0, h.start - 40), h.start) is not None
    )


def _kin_before(text: str, start: int) -> bool:
    before = _KIN_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = _KIN_WORD_RE.search(text, before.start(), start)
    return word is None or not _religious_title(text, word.start())


def _religious_title(text: str, start: int) -> bool:
    """Whether a capitalised Father, Sister or Brother at ``start`` is a priest's, a nun's or
    a ward sister's title ("Chaplain: Father Michael O'Connor"): not opening a sentence."""
    word = text[start : start + 7]
    if not word.startswith(("Father", "Sister", "Brother")):
        return False
    if _SENTENCE_START_RE.search(text, max(0, start - 4), start) is None:
        return True
    # opening a sentence, a UK ward sister's title (NHS Health Careers: "ward sister / charge
    # nurse") where a surname alone follows ("Sister Jones reviewed him") or her ward does
    # ("Sister Mary Evans, Ward 7", "Sister Angharad Roberts\nWard Manager"); a given name
    # after it is kin ("Sister Mary at bedside"); a given name and a surname are her full name
    # as a ward's staff are introduced ("Sister Mary Evans visited"): with no possessive before
    # (ward_sisters checks it) no relative is named so at a sentence's start, unless the note
    # speaks of a sister in lower case elsewhere ("Mother and sister present. Sister Mary Evans
    # drove her in": kin, fail closed)
    if not word.startswith("Sister"):
        return False
    if _WARD_AFTER_RE.match(text, start):
        return True
    # her phone number in brackets after the word makes her a contact, kin ("Sister Kiri (021
    # ...) present and supportive"): fail closed
    if _NUMBER_AFTER_RE.match(text, start):
        return False
    if _FULL_NAME_RE.match(text, start) and "sister" not in text:
        return True
    alone = _SURNAME_ALONE_RE.match(text, start)
    return alone is not None and alone.group(1) not in census_lists()[0]


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n][ \t]*|^[ \t]*)$")
_WARD_SISTER_RE = re.compile(
    r"(?<![\w'’-])Sister[ \t]+(?P<a>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
)
_POSSESSED_RE = re.compile(r"(?i:\b(?:her|his|their|my|our|pt['’]?s|patient['’]?s)[ \t]+)$")


def ward_sisters(text: str) -> list[Span]:
    """A ward sister's name after her title ("Sister Jones", "Sister Mary Evans, Ward 7"),
    where ``_religious_title`` reads the title so and no possessive makes her kin ("her Sister
    Jane")."""
    return [
        Span(m.start("a"), m.end("a"), "HCP")
        for m in _WARD_SISTER_RE.finditer(text)
        if _religious_title(text, m.start())
        and not _POSSESSED_RE.search(text, max(0, m.start() - 16), m.start())
        and not _her_family(text, m)
    ]


def _her_family(text: str, m: re.Match[str]) -> bool:
    """Whether the note ties the Sister to a family: her surname on someone else in the note
    ("Sister Mary Evans ... the patient John Evans") or her own relative named in her sentence
    ("Sister Mary Evans phoned about her brother"). Either makes her the patient's sister as
    likely as a ward's, and a relative's name goes (fail closed)."""
    surname = m.group("a").split()[-1]
    elsewhere = text[: m.start()] + " " + text[m.end() :]
    if re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", elsewhere):
        return True
    sentence = re.split(r"[.!?\n]", text[m.end() :], maxsplit=1)[0]
    return _HER_KIN_RE.search(sentence) is not None


_HER_KIN_RE = re.compile(
    r"(?i:\b(?:her|their)[ \t]+(?:brother|husband|son|daughter|mother|father|mum|mom|dad"
    r"|sister|partner|wife|nephew|niece|grandson|granddaughter|twin)s?\b)"
)


_WARD_AFTER_RE = re.compile(
    r"Sister[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+[ \t]*(?:,|\n)[ \t]*"
    r"(?i:ward|unit|theatres?|department|dept|outpatients|ICU|CCU|HDU|A&E|clinic)\b"
)
_FULL_NAME_RE = re.compile(
    r"Sister[ \t]+[A-Z][a-z'’-]+[ \t]+[A-Z][\w'’-]+(?![\w'’-])(?![ \t]+[A-Z])"
)
_SURNAME_ALONE_RE = re.compile(r"Sister[ \t]+([A-Z][\w'’-]+)(?![\w'’-])(?![ \t]+[A-Z])")
_NUMBER_AFTER_RE = re.compile(r"Sister[ \t]+[A-Z][\w'’-]+[ \t]*\([ \t]*\+?\d")


def baby_names(text: str) -> Iterator[Span]:
    """A newborn's surname after "Baby" (and "Boy"/"Girl"/a twin's letter): a listed surname,
    or a word no dictionary knows."""
    last = name_lists()[1]
    for m in _BABY_RE.finditer(text):
        word = m.group("a").removesuffix("'s").removesuffix("’s")
        if word in _BABY_THING:
            continue
        # after a lower-case "baby" only a listed surname no dictionary knows ("the baby
        # Tylenol" is a drug)
        listed = word.title() in last
        if m.group().startswith("baby") and not (listed and not everyday(word)):
            continue
        if listed or not everyday(word):
            # "Baby Girl Okafor" is the newborn's chart name whole, and the given name in
            # brackets after it is the same child: "Baby Boy Jackson (Liam Jackson)"
            end = m.start("a") + len(word)
            alias = _BABY_ALIAS_RE.match(text, end)
            yield Span(m.start(), alias.end() if alias else end, "PATIENT-NAME")


def apposed_ids(text: str, names: list[Span]) -> Iterator[Span]:
    """A record number set off by commas right after a patient's name."""
    for s in names:
        m = _APPOSED_ID_RE.match(text, s.end)
        if m is not None:
            yield Span(m.start("id"), m.end("id"), "MRN")


def travel_towns(text: str) -> Iterator[Span]:
    """ADDRESS spans: the place a family travels from, lives in or goes home to; only with
    the family or the patient as the sentence's subject ("Flew from Dallas to Austin" in a
    rep's note is the rep's trip)."""
    for m in _TRAVEL_RE.finditer(text):
        if any(w in _PLACE_NOT_TOWN for w in m.group("a").split()):
            continue
        end = town_end(text, m.start("a"), m.end("a"))
        if m.group("moved") and text[m.start("a") : end] not in towns():
            continue
        lo = max(0, m.start() - 60)
        clause = re.split(r"[.;!?\n]", text[lo : m.start()])[-1]
        traveller = _TRAVELLER_RE.search(clause)
        # ("we moved to Orlando for the symposium": the rep's team, where a family's speech
        # says "we drove from")
        if traveller is None or (m.group("moved") and traveller.group().lower() == "we"):
            continue
        yield Span(m.start("a"), with_postcode(text, end), "ADDRESS")
