"""Names found by a context that names a person whatever the name is.

The cue rules of prepcli.phi.names take a word after a relative or after an age only when a
name list knows it, so the same sentence with a rarer name lost it ("stepmother Oaklyn
Bornhorst", "BROTHER MILJKOVIC", "a 72yo male, Gioffre T., seen at ..."): measured by putting
other names into the development sets' sentences (bench/phi_perturb_build.py). Here the
context decides and the words only need to read as a name, not to be listed:
- a close relative's word (any case, not before a colon: "Mother: MI at 60" is a history),
  then capitalised words, or capitals where the relative is written in capitals;
- a sentence's subject before what a patient does: "Rattigan continues to do well";
- a person's word, then "named", "called" or "known as": "a teacher named Ravi";
- a patient described by age and sex, then a comma or "named": "a 60-year-old female,
  Juenemann R., seen at ...", or named before the age: "This is Zyair, a 14 month old";
- "pt" or "patient" then two to four name words: "pt TAMONI K LOGAN called office";
- a full name beside an identifier found in the note (names_beside_ids): "Lamayia Barker DOB
  ...", "MRN#71710 - O. Bychkov - eGFR 38", "Dyneshia Stout at +49 ...".
A word reads as a name when it is no everyday English or clinical word, or is listed; in
capitals it must also hold two vowels ("COPD", "HTN" are abbreviations). The caller's filters
(clinicians, places, institutions) still apply.

A given name alone: encounter notes, assessments and discharge summaries name the patient once
in the header and then by first name alone: "Tamati presents for his review", "his partner
Roimata", "safety plan developed with Ihaia and his mother", "Client: Rangi Tui". There the
word is a name when a given-name list knows it or when it is no English word (fail closed:
Māori and Pacific names, which few lists hold, are most of these); where it is also an English
word ("Maya", "Kauri"), a listed given name counts only where the sentence goes on about the
person ("... for her annual physical"). Every other mention of a word found so goes too. Te
reo words of New Zealand's clinical English ("Whānau attended") are no names; the Department
of Internal Affairs' top Māori given names (researched with Te Taura Whiri i te Reo Māori,
2016 press release) are given names here, since several are also English words ("Tui").
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.addresses import country_names
from prepcli.phi.names import (
    _INSTITUTION,
    _PARTICLES,
    _TITLE_WORDS,
    _WORDLIKE,
    _usable,
    census_lists,
    listed,
    name_lists,
)
from prepcli.phi.occupations import CLINICAL_ROLES, OCCUPATIONS
from prepcli.phi.relatives import (
    EUROPEAN,
    FAMILY,
    HOME_WORDS,
    NORDIC,
    RELATIVE_RE,
    RELATIVE_WORDS,
    RELATIVES,
    alternation,
)
from prepcli.phi.spans import LETTERS_RE, WORD_START, Span
from prepcli.phi.words import clinical, common, everyday, everyday_words

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

# Close family and partners: the people a note names right after the word. Not the wider
# circle ("friend", "partner", "proxy", "contact"), which also names firms and roles ("our
# partner Medtronic").
_KIN = [
    *FAMILY,
    *HOME_WORDS,
    *EUROPEAN,
    *"""spouse stepmother stepfather stepson stepdaughter stepbrother stepsister fiance fiancé
    fiancee fiancée girlfriend boyfriend""".split(),
    # Scandinavian kin in their longer forms ("datteren", "sønnen"), not "mor", "far", "son",
    # which are English words or a word's start
    *(w for w in NORDIC if len(w) > 4),
]
_KIN_WORDS = frozenset(w.lower() for w in _KIN) | frozenset(w.lower() + "s" for w in _KIN)
# Everyone else a note names by their tie to the patient ("his partner Roimata", "Sister Kaia
# (027 ...)"): there only a given name alone is read (see the module's docstring).
_TIES = frozenset(r.lower() for r in RELATIVES)
# The words a relative's word opens with: the pattern is tried only where one stands (tried at
# every character, its alternation of several hundred words costs).
_TIES_FIRST = frozenset(re.split(r"[^\w]+", r, maxsplit=1)[0].lower() for r in RELATIVES)
# The relative, then a comma or spaces (no colon, bracket or dash: "Mother: breast cancer",
# "Father - MI at 60" are a family history), then the words that may be the name.
_KIN_RE = re.compile(
    rf"{WORD_START}(?P<kin>(?i:{alternation([*_KIN, *RELATIVES])}))\b"
    r"(?:(?P<comma>[ \t]*,[ \t]*)|[ \t]+)"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
)
_NAME_WORD = r"[A-Z][a-zà-öø-ÿā-žḁ-ỿ'’-]+"  # (and Latin Extended: "Nguyễn", "Budzyń")
# A given name after a relative's word, and a number that says whose: "Sister Kaia (027 ...)".
_TIE_NAME_RE = re.compile(rf"(?P<given>{_NAME_WORD})(?P<phone>[ \t]*\([ \t]*\+?\d)?")
_OWNER_BEFORE_RE = re.compile(r"\b(?i:his|her|their|my)[ \t]+$")
# Age and sex, then the name after a comma or "named": "a 72yo male, Gioffre T., last seen".
_DESCRIBED_RE = re.compile(
    r"\d{1,3}[ \t-]*(?i:-?years?[ \t-]*old|-?yrs?[ \t-]*old|y/?o|yo)[ \t]+"
    r"(?i:male|female|man|woman|boy|girl|gentleman|lady|patient|pt)"
    r"(?:[ \t]+(?:named|called)[ \t]+|[ \t]*,[ \t]*)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?(?:[ \t]+[A-Z]\.)?)"
    r"(?=[ \t]*(?:[,(.;]|$|(?:who|was|is|with|seen|admitted|presented|presenting|from)\b))"
)
# A person's word, then "named" or "known as" ("a 54-year-old teacher named Ravi", "the
# patient, known as Bubba"), or "called" after an article's person ("a girl called Ngozi"; "pt
# called Monday" is a phone call). A thing's word before it ("a drug called Veltrana", "a clinic
# named Riverside") opens none; nor does a clinician's ("a nurse named Jo" is staff, as the role
# rules keep her).
_PERSON_NOUNS = "|".join(
    (
        "man|woman|men|women|boy|girl|lady|gentleman|guy|person|patient|pt|client|child|kid|baby"
        "|infant|toddler|teen|teenager|son|daughter|grandson|granddaughter|husband|wife|partner"
        "|friend|neighbou?r|old",
        *sorted(OCCUPATIONS - CLINICAL_ROLES, key=len, reverse=True),
    )
)
# (the cue first, then the person's word read backwards from it: the word list is long and the
# cues are few)
_NAMED_RE = re.compile(
    r"(?<![\w'’-])(?:(?P<named>named|nicknamed|known[ \t]+as|by[ \t]+the[ \t]+name[ \t]+of)"
    rf"|called)[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
)
_PERSON_BEFORE_RE = re.compile(
    r"(?P<article>\b(?i:an?|the|one)[ \t]+(?:[\w-]{1,20}[ \t]+){0,2})?"
    rf"(?<![\w'’-])(?i:{_PERSON_NOUNS})s?[ \t]*,?[ \t]+$"
)
_NAMED_WORDS = frozenset(("named", "called", "nicknamed", "known", "name"))
# The same with what the patient has or takes between ("a 70-year-old male on Warfarin,
# Mccarty R.", "pt w/ hx of COPD, Rumaysa H.") and a chart's owner ("see notes for Costa R."):
# a surname and its initial only, as a drug or a diagnosis may end the words between.
_PATIENT_WORDS = frozenset({"pt", "patient"})
_HAS_WORDS = frozenset({"with", "w"})
_CHART_WORDS = frozenset({"notes", "chart", "records", "record", "file"})
_DESCRIBED_INITIAL_RE = re.compile(
    r"(?:\d{1,3}[ \t-]*(?i:-?years?[ \t-]*old|-?yrs?[ \t-]*old|y/?o|yo)[ \t]+"
    r"(?i:male|female|man|woman|boy|girl|patient|pt)(?:[ \t]+(?i:pt|patient))?[ \t]+"
    r"(?i:with|w/|on|in)[ \t]+[^,;.\n]{1,40}?[ \t]*,"
    r"|\b(?i:pt|patient)[ \t]+(?i:with|w/)[ \t]+[^,;.\n]{1,40}?[ \t]*,"
    r"|\b(?i:notes|chart|records?|file)[ \t]+(?i:for|of))[ \t]*"
    rf"(?P<name>{_NAME_WORD}[ \t]+[A-Z]\.)"
    r"(?=[ \t]*(?:[,(;]|$|(?:who|was|is|seen|admitted|presented)\b))"
)
# A name before its age: "This is Zyair, a 14 month old", "Picking up Thaddeus, a 5 year old".
_BEFORE_AGE_RE = re.compile(
    r"(?:\b(?i:this[ \t]+is|picking[ \t]+up|meet|next[ \t]+is)[ \t]+)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*,[ \t]*"
    r"(?:(?i:she|he)['’]s[ \t]+|who[ \t]+is[ \t]+)?an?[ \t]+\d{1,3}[ \t-]*"
    r"(?i:years?|yrs?|months?|mos?|weeks?|wks?|days?)[ \t-]*old\b"
)
# (and the Gaelic "Mac" written apart: "KENADEE MAC RODEHEFFER")
_NAME_PARTICLES = _PARTICLES | {"mac", "mc"}
_VOWELS_RE = re.compile(r"[aeiouyà-öø-ÿ]", re.IGNORECASE)
# Words that describe a patient after an age and a comma, and are no everyday word: a faith,
# an insurer, a people ("a 45-year-old male, Jehovah's Witness", "Medicare patient").
_DESCRIPTIONS = frozenset(
    """jehovah jehovah's medicare medicaid caucasian hispanic latino latina latinx asian african
    navajo cherokee amish mennonite""".split()
)


def _name_like(word: str, blocked: Container[str], *, capitals: bool) -> bool:
    """A word no dictionary holds (or a listed name) that is free to be a patient's. In
    capitals the lists say little (the census surnames hold "Has", "Good", "To"), so there a
    word is a name when no dictionary holds it and it has two vowels ("COPD", "HTN" are
    abbreviations), or it is a census given name no common word spells ("TROY", not "WILL")."""
    w = word.strip(".,'’")
    if len(w) < 2 or not _usable(w, blocked) or w.title() in _INSTITUTION:
        return False
    if w.lower() in _DESCRIPTIONS or w.lower().rstrip("s") in _TITLE_WORDS:
        return False
    # a relative's word is no name ("MOTHER, AUNTS, GIRLFRIEND EVE")
    if w.title() in _WORDLIKE or RELATIVE_RE.fullmatch(w) or w.lower() in _KIN_WORDS:
        return False
    if capitals:
        if w.title() in census_lists()[0] and not common(w):
            return True
        return len(w) >= 3 and len(_VOWELS_RE.findall(w)) >= 2 and not everyday(w)
    return listed(w) or not everyday(w)


def _surname_goes_on(word: str, blocked: Container[str], *, capitals: bool) -> bool:
    """A word after a name's first: listed (in capitals, as _name_like reads capitals), or
    in no dictionary in the form written and no verb's ("FEDDERS" goes on; "HAS", "PHONED",
    "LIVES", "VIA" end the name). Exact forms, as the dictionary's inflection rules read many
    surnames as words ("Fedders": "fedder")."""
    w = word.strip(".,'’").lower()
    if not _usable(w, blocked):
        return False
    if _name_like(word, blocked, capitals=capitals) if capitals else listed(w):
        return True
    words = everyday_words()
    return (
        len(w) >= 4
        and len(_VOWELS_RE.findall(w)) >= 2
        and w not in words
        and not w.endswith(("ed", "ing"))
        and not (w.endswith("s") and (w[:-1] in words or w[:-2] in words))
    )


# A relative's name in quotes, in any case: 'daughter "crockett" at bedside', "Informant:
# spouse 'Ali' (Bruno Nevárez)": one to three words, each listed or no dictionary word.
_QUOTED_AFTER_KIN_RE = re.compile(
    r"[ \t]+[\"“'‘](?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})[\"”'’](?!\w)"
)


def _quoted_after_kin(text: str, end: int, blocked: Container[str]) -> Span | None:
    m = _QUOTED_AFTER_KIN_RE.match(text, end)
    if m is None:
        return None
    words = m.group("name").split()
    if words[0].rstrip(".").lower() in _TITLE_WORDS or not all(
        _usable(w, blocked)
        and len(w) > 2
        and w.lower() not in _KIN_WORDS
        and not RELATIVE_RE.fullmatch(w)
        and (not everyday(w) or (listed(w) and not common(w)))
        for w in words
    ):
        return None
    return Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _relatives(text: str, blocked: Container[str]) -> tuple[list[Span], set[str]]:
    """A close relative's name where it stands (quoted, or one to three words), and a given
    name alone after any relative's word, whose every mention goes (the second set)."""
    found: list[Span] = []
    given: set[str] = set()
    for word_m in LETTERS_RE.finditer(text):
        low = word_m.group().lower()
        close = low in _KIN_WORDS
        if not close and low not in _TIES_FIRST:
            continue
        quoted = _quoted_after_kin(text, word_m.end(), blocked) if close else None
        if quoted is not None:
            found.append(quoted)
            continue
        m = _KIN_RE.match(text, word_m.start())
        if m is None:
            continue
        if close:
            found += _close_kin_name(text, m, blocked)
        if m.group("comma") is None and " ".join(m.group("kin").lower().split()) in _TIES:
            given.update(_tie_given(text, m))
    return found, given


def _close_kin_name(text: str, m: re.Match[str], blocked: Container[str]) -> list[Span]:
    kin = m.group("kin")
    capitals = kin.isupper() and len(kin) > 1
    words = list(re.finditer(r"\S+", m.group("name")))
    end = None
    for i, w in enumerate(words):
        word = w.group()
        cased = word.isupper() if capitals else word[:1].isupper() and not word.isupper()
        if not cased:
            break
        # after the first word, a surname that is a rare word goes on with it ("SISTER,
        # KENADEE FEDDERS HAS PHONED"), a common one ends the name
        later = i > 0 and end is not None and _surname_goes_on(word, blocked, capitals=capitals)
        if not later and not _name_like(word, blocked, capitals=capitals):
            # a given name that is a word may open a name the next word proves
            # ("Dad Autumn Lignelli"); anywhere else it ends the name
            if i == 0 and len(words) > 1 and not capitals and listed(word):
                continue
            break
        end = m.start("name") + w.end()
    return [] if end is None else [Span(m.start("name"), end, "PATIENT-NAME")]


def _tie_given(text: str, m: re.Match[str]) -> list[str]:
    name = _TIE_NAME_RE.match(text, m.start("name"))
    if name is None:
        return []
    word = name.group("given")
    owned = _OWNER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
    # a capitalised "Sister X" with no owner may be a ward sister: a number says family
    if not owned and text[m.start()].isupper() and name.group("phone") is None:
        return []
    # (mid-sentence after "his partner" a capitalised word is the partner's name, even one
    # that is a word: "his partner Grace")
    return [word] if _unknown(word) or _given(word) or owned else []


def _described_names(
    text: str, blocked: Container[str], patterns: list[re.Pattern[str]]
) -> list[Span]:
    found = []
    for rx in patterns:
        for m in rx.finditer(text):
            name = m.group("name")
            words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
            initial = len(words) < len(name.split())
            if any(
                not _usable(w, blocked) or w.lower().strip("'’s") in _DESCRIPTIONS for w in words
            ):
                continue
            if words[0].lower().rstrip(".") in _TITLE_WORDS or words[0].endswith(("'s", "’s")):
                continue
            # a surname with its initial ("Banks T."), or a word that reads as a name
            if initial or any(_name_like(w, blocked, capitals=False) for w in words):
                found.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return found


def _named_people(text: str, blocked: Container[str]) -> list[Span]:
    """Names after a person's "named", "known as" or "called": after "named" any capitalised
    word that is free to be a name ("a woman named Rose"), after "called" one that reads as a
    name."""
    found = []
    for m in _NAMED_RE.finditer(text):
        person = _PERSON_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if person is None or (not m.group("named") and not person.group("article")):
            continue
        words = m.group("name").split()
        if not all(_usable(w, blocked) and w.lower() not in _TITLE_WORDS for w in words):
            continue
        if m.group("named") or any(_name_like(w, blocked, capitals=False) for w in words):
            found.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return found


# "pt" or "patient" (not "PT", physical therapy in a note in capitals), then two to four name
# words, capitals or capitalised, initials among them: "pt TAMONI K LOGAN called office",
# "patient Dicksie DYER (ID ...)".
_PATIENT_RE = re.compile(
    r"\b(?:pt|[Pp]atient)[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})"
)


def _patient_names(text: str, blocked: Container[str]) -> list[Span]:
    found = []
    for m in _PATIENT_RE.finditer(text):
        end, named = None, 0
        for w in re.finditer(r"\S+", m.group("name")):
            word = w.group()
            if end is not None and (
                re.fullmatch(r"[A-Z]\.?", word) or word.lower() in _NAME_PARTICLES
            ):
                continue  # a middle initial or a particle ("TAMONI K LOGAN", "KENADEE MAC ...")
            if not _name_like(word, blocked, capitals=word.isupper()):
                if end is not None and _surname_goes_on(word, blocked, capitals=word.isupper()):
                    end, named = m.start("name") + w.end(), named + 1
                    continue
                break
            end, named = m.start("name") + w.end(), named + 1
        if end is not None and named >= 2:
            found.append(Span(m.start("name"), end, "PATIENT-NAME"))
    return found


# A full name's shapes, next to its owner's identifier: initials and a surname ("O. Bychkov"),
# given names with a middle or last initial ("Moncerath K. Branch", "Townsend O."), a
# "SURNAME, Given" ("CAMPBELL, Sierra Sheilia"); two words at least, so one word stays the
# cue rules' (a lone word there is as often a drug's or a ward's).
_FULL_NAME = (
    r"(?:(?:[A-Z]\.[ \t]?){1,2}" + _NAME_WORD + r"(?:-" + _NAME_WORD + r")?"
    r"|" + _NAME_WORD + r"(?:[ \t]+(?:[A-Z]\.|" + _NAME_WORD + r")){1,3}"
    r"|[A-Z]{2,}(?:[ -][A-Z]{2,})?,[ \t]*" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?)"
)
# The name, then its identifier's label or value: "Lamayia Barker DOB 08/12/1977", "Kalvyn J.
# Page * 23.11.1979", "PECK, Dawn Dennell | DOB ...".
_NAME_BEFORE_ID_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_FULL_NAME})"
    r"(?:[ \t]*[-–|*(,][ \t]*|[ \t]+)(?:[A-Za-z#.:]{2,12}(?:-[A-Za-z]{2,8})?[ \t]*[#:.]?[ \t]*)?$"
)
# A phone number's owner before it: "Dyneshia Stout at +49-4362-265274", "Takeysha May on
# 0300.5155136", "Susan Beim cell 04155-776585".
_NAME_BEFORE_PHONE_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_FULL_NAME})"
    r"(?:[ \t]*[-–|(,:][ \t]*|[ \t]+(?i:at|on)[ \t]+|[ \t]+)"
    r"(?:(?i:cell|mobile|mob|tel|phone|ph|home|work|tel\.)[ \t]*[#:.]?[ \t]*)?\(?$"
)
# A title before the name makes it a clinician's or staff's ("Dr. Alan Whitfield at ...").
_TITLE_BEFORE_RE = re.compile(
    r"(?i:\b(?:dr|prof|doctor|nurse|rn|np|pa|sister|pharmacist)\.?)[ \t]+$"
)
# The identifier, then the name after a dash or bar: "MRN#71710 - O. Bychkov - eGFR 38",
# "Lokale PID P4829 (USZ) - Townsend O.".
_NAME_AFTER_ID_RE = re.compile(
    r"\)?(?:[ \t]*\([A-Z]{2,6}\))?[ \t]*[-–|][ \t]*"
    rf"(?P<name>{_FULL_NAME})(?=[ \t]*(?:[-–|,;(:]|$))",
    re.MULTILINE,
)
_ID_TYPES = frozenset({"MRN", "DOB", "SSN", "PHONE"})
# The identifier, then whose it is: "SSN 414 03 8996 for Aria Prayoonhong was written",
# "medical record number 7720418 for azaan vyas - needs", "cb # (305) 333-5724 for Trinity
# Horchem re:"; a lower-case name as lower_case_name reads it.
_OWNER_AFTER_ID_RE = re.compile(
    r"[ \t]+(?:(?:for|of|de|pour|für)[ \t]+"
    rf"(?P<name>{_FULL_NAME})(?=['’]s\b|[ \t]*(?:[-–|,;:(.]|$|(?:re|was|is|needs?|about)\b))"
    r"|for[ \t]+(?P<lower>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+(?:[ \t]+[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+){1,2}))",
    re.MULTILINE,
)
# An identifier's own label before it is no owner: "Med Rec No. 4471", "Ghana Card GHA-...".
_ID_LABEL_WORDS = frozenset(
    """med rec card record records chart number no nr id ident hosp hospital patient pt file
    case acct account member policy plan health insurance medicare medicaid ihi nhs nhi dva ur
    crn unit ref reference claim passport licence license visa permit""".split()
)


def _name_beside(text: str, name_start: int, name_end: int, blocked: Container[str]) -> bool:
    """Whether a full name's words read as one: no word a dictionary word as written (a
    listed name may be), none blocked."""
    words = [w for w in re.split(r"[ \t,]+", text[name_start:name_end]) if w]
    named = [w for w in words if not re.fullmatch(r"(?:[A-Z]\.[ \t]?)+", w)]
    if not named:
        return False
    for w in named:
        clean = w.strip(".,")
        if not _usable(clean, blocked) or clean.title() in _INSTITUTION:
            return False
        if clean.lower().rstrip("s") in _TITLE_WORDS or clean.lower() in _ID_LABEL_WORDS:
            return False
        if clean.title() in country_names():
            return False
        # a dictionary word as written, or a drug's or a speciality's shape ("Metoprolol")
        if not listed(clean) and (clean.lower() in everyday_words() or clinical(clean.lower())):
            return False
    return True


# A lower-case addressee after a label or at its line's start, then a comma and the address:
# "shipping: ronan pant, 56 north rd apt 7".
_LOWER_ADDRESSEE_RE = re.compile(
    r"(?:^|:[ \t]*)(?P<lower>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+(?:[ \t]+[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+){1,2})"
    r"[ \t]*,[ \t]*$",
    re.MULTILINE,
)


def _lower_addressee(text: str, address: Span, blocked: Container[str]) -> list[Span]:
    line_start = text.rfind("\n", 0, address.start) + 1
    m = _LOWER_ADDRESSEE_RE.search(text, max(line_start, address.start - 60), address.start)
    if m is None:
        return []
    end = lower_case_name(text, m.start("lower"), m.end("lower"), blocked)
    if end != m.end("lower"):
        return []
    return [Span(m.start("lower"), end, "PATIENT-NAME")]


def names_beside_ids(text: str, found: list[Span], blocked: Container[str]) -> list[Span]:
    """Full names written right before or after an identifier found in the note."""
    out: list[Span] = []
    for span in found:
        if span.type == "ADDRESS":
            out += _lower_addressee(text, span, blocked)
        if span.type not in _ID_TYPES:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        # (a name and a label fit in 80 characters: the window keeps the search short)
        window = max(line_start, span.start - 80)
        rx = _NAME_BEFORE_PHONE_RE if span.type == "PHONE" else _NAME_BEFORE_ID_RE
        before = rx.search(text, window, span.start)
        if (
            before is not None
            and _name_beside(text, *before.span("name"), blocked)
            and not _TITLE_BEFORE_RE.search(text, line_start, before.start("name"))
        ):
            out.append(Span(*before.span("name"), "PATIENT-NAME"))
        owner = _OWNER_AFTER_ID_RE.match(text, span.end)
        if owner is not None and owner.group("name"):
            if _name_beside(text, *owner.span("name"), blocked):
                out.append(Span(*owner.span("name"), "PATIENT-NAME"))
        elif owner is not None:
            end = lower_case_name(text, owner.start("lower"), owner.end("lower"), blocked)
            if end is not None:
                out.append(Span(owner.start("lower"), end, "PATIENT-NAME"))
        if span.type == "PHONE":
            continue
        line_end = text.find("\n", span.end)
        after = _NAME_AFTER_ID_RE.match(text, span.end, len(text) if line_end < 0 else line_end)
        if after is not None and _name_beside(text, *after.span("name"), blocked):
            out.append(Span(*after.span("name"), "PATIENT-NAME"))
    return out


# A chart's "SURNAME, GIVEN" in capitals with no label: "Dr said HERRING, KILLION (his pt)",
# "MCSURDY,SLEIK  WD-2252-42-04-8", "RE: MACGINNITY, ETHNE - supplies". (Cheap gate: two capitals,
# a comma, two capitals.)
_CAPS_COMMA_RE = re.compile(r"[^\W\d_a-z]{2}[ \t]*,[ \t]*[^\W\d_a-z]{2}")
_CAPS_PAIR_RE = re.compile(
    r"(?<![\w'’.-])(?P<sur>[^\W\d_][\w'’-]+(?:[ -][^\W\d_][\w'’-]+)?)"
    r"(?:[ \t]+(?:JR|SR|II|III))?[ \t]*,[ \t]*"
    r"(?P<given>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)(?:[ \t]+[A-Z]\b\.?)?"
    r"(?![\w'’-])"
)
# A list of three capitals or more is a list of findings ("CHF, COPD, DM2"), not a name.
_CAPS_GOES_ON_RE = re.compile(r"[ \t]*,[ \t]*[^\W\d_a-z][^\W\d_a-z]")


def _caps_pairs(text: str, blocked: Container[str]) -> list[Span]:
    """A "SURNAME, GIVEN" in capitals in a note that is not all capitals (an all-capitals note's
    lists are its headings and findings: "NEURO: ALERT, ORIENTED"), every word read as a name
    in capitals, the surname listed or unlisted alike, no title before ("Dr. PATEL, ANIL")."""
    found: list[Span] = []
    if not any(c.islower() for c in text):
        return found
    for gate in _CAPS_COMMA_RE.finditer(text):
        line_start = text.rfind("\n", 0, gate.start()) + 1
        # (the pair's surname starts before the gate: back to its line or 40 characters)
        start = max(line_start, gate.start() - 40)
        for m in _CAPS_PAIR_RE.finditer(text, start, gate.end() + 40):
            if not m.start() <= gate.start() < m.end():
                continue
            sur = m.group("sur").split()
            # a word of the sentence before the surname is no part of it ("said KHAMISI")
            name_start = m.start() if sur[0].isupper() else m.start("sur") + len(sur[0]) + 1
            sur = [w for w in sur if w.isupper()]
            # and a word of the sentence after the given name neither ("VRATKO and")
            given, end = m.group("given").split(), m.end()
            if len(given) > 1 and not given[1].isupper():
                given, end = given[:1], m.start("given") + len(given[0])
            if not sur or not text[name_start:end].isupper():
                continue
            if _CAPS_GOES_ON_RE.match(text, end) or text[max(0, name_start - 2) : name_start] in (
                ", ",
                ",",
            ):
                continue
            if _TITLE_BEFORE_RE.search(text, line_start, name_start):
                continue
            if not all(_caps_surname(w, blocked) for w in sur):
                continue
            if not _name_like(given[0], blocked, capitals=True) or not all(
                _caps_surname(w, blocked) for w in given[1:]
            ):
                continue
            found.append(Span(name_start, end, "PATIENT-NAME"))
    return found


def _caps_surname(word: str, blocked: Container[str]) -> bool:
    """A surname in capitals: read as a name, or a census surname however common a word it
    is ("HERRING, KILLION": the given name after the comma must read as a name)."""
    if _name_like(word, blocked, capitals=True):
        return True
    w = word.strip(".,'’")
    return _usable(w, blocked) and len(w) > 2 and w.title() in census_lists()[1]


# Lower-case names after a verb of talking or a call-back: "said hi to mason espinosa at the
# pharmacy", "callback for apisara valdez re copay", "left message for nguyen thi lan"; and
# after a command to call or write to someone, as dictated or typed to an assistant: "call
# eric watson", "send an email to lily roth", "invite jeff matthews".
_TALK_WORDS = frozenset(
    """said spoke talked callback call called left phone ring text invite invited email
    e-mail mail message reply""".split()
)
_LOWER_AFTER_TALK_RE = re.compile(
    r"\b(?:said[ \t]+hi[ \t]+to|spoke[ \t]+(?:with|to)|talked[ \t]+(?:with|to)"
    r"|call(?:ed)?[ \t]*back[ \t]+(?:for|to)|callback[ \t]+(?:for|to)"
    r"|(?:call|phone|ring|text|invite[ds]?|message)(?:[ \t]+to)?"
    r"|(?:send|write|forward)[ \t]+(?:an?[ \t]+)?(?:e-?mail|mail|text|message|note)[ \t]+to"
    r"|e-?mail(?:ed)?(?:[ \t]+to)?|reply[ \t]+to|meeting[ \t]+with"
    r"|left[ \t]+(?:a[ \t]+)?(?:message|msg|vm|voicemail)[ \t]+(?:for|with))[ \t]+"
    r"(?P<name>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+(?:[ \t]+[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+){1,2})"
)
# Words that end a lower-case name however a list reads them ("re" is a listed surname).
_LOWER_STOPS = frozenset(
    """re about at in on today regarding and or for to from who that with by re: per via
    this tomorrow yesterday tonight the a an le la les el los las der die das un une""".split()
)


def lower_case_name(text: str, start: int, end: int, blocked: Container[str]) -> int | None:
    """Where a lower-case full name starting at ``start`` ends (two or three words), or None:
    each word no dictionary word or a listed name, one at least no dictionary word ("mason
    espinosa" goes; "mom and dad", "case management", "lab results" stay)."""
    words = list(re.finditer(r"[^ \t]+", text[start:end]))
    kept = []
    for w in words[:3]:
        word = w.group().strip(".,;:")
        low = word.lower()
        if (
            low in _LOWER_STOPS
            or low.rstrip(".") in _TITLE_WORDS
            or low in _KIN_WORDS
            or not _usable(word, blocked)
            or not (listed(word) or not everyday(word))
        ):
            break
        kept.append(w)
        if word != w.group():  # a comma or full stop ends it
            break
    if len(kept) < 2 or all(everyday(w.group().strip(".,;:")) for w in kept):
        return None
    return start + kept[-1].start() + len(kept[-1].group().rstrip(".,;:"))


def _lower_after_talk(text: str, blocked: Container[str]) -> list[Span]:
    found = []
    for m in _LOWER_AFTER_TALK_RE.finditer(text):
        end = lower_case_name(text, m.start("name"), m.end("name"), blocked)
        if end is not None:
            found.append(Span(m.start("name"), end, "PATIENT-NAME"))
    return found


# A line's or a sentence's start (not after a title's dot: "Dr. Klein reports"), or a heading's
# colon. (The titles checked after the dot: a look-behind tried at every character costs.)
_SENTENCE_START = (
    r"(?:^[ \t]*|[.!?:](?<!\bDr.)(?<!\bMr.)(?<!\bMs.)(?<!\bMrs.)(?<!\bProf.)(?<!\bSt.)[ \t]+)"
)
# A name as a sentence's subject, then what the patient does: "Rattigan continues to do well
# post-op day 3", "Tamati presents for his review", "BACKGROUND:\nPaora was previously seen
# by ...". The strong predicates say a patient (a drug "continues to help", a product "has
# started to work": only a person's are read); what a patient tells ("reports a ...") says one
# where the name stands; the weak ones ("attended", "reports") say one only where the sentence
# goes on about the person ("attended his appointment"), as a note on work says them of
# clinicians too ("Okafor attended the board", "Klein reports 12 patients").
_SUBJECT_RE = re.compile(
    rf"(?m){_SENTENCE_START}(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+"
    r"(?:(?P<strong>presents[ \t]+(?:with|for|today)|presented[ \t]+(?:with|to[ \t]+"
    r"(?:the[ \t]+)?(?:ED|emergency|hospital|A&E|clinic))"
    r"|was(?:[ \t]+previously)?[ \t]+(?:seen|admitted|discharged)"
    r"|lives[ \t]+(?:with|alone|in|at)|resides|has[ \t]+made[ \t]+(?:[a-z]+[ \t]+)?progress"
    r"|continues[ \t]+to[ \t]+(?:do|feel|improve|progress|recover|ambulate|heal)"
    r"|has[ \t]+started[ \t]+(?:using|taking|walking|eating|ambulating)"
    r"|is[ \t]+doing[ \t]+(?:well|better|ok|okay|fine|great))"
    r"|(?P<told>reports|denies|complains[ \t]+of)(?=[ \t]+(?:no[ \t]+)?[a-z]\b)"
    r"|returns|returned|attends|attended|reports|reported|contacted|agreed|declined|denies"
    r"|denied|states|stated|was[ \t]+(?:referred|reviewed|brought|contacted)"
    r"|has[ \t]+(?:been|had|attended))\b"
)
# The sentence goes on about a person: "... for her annual physical".
_PERSON_AFTER_RE = re.compile(r"[^.\n]{0,80}?\b(?:his|her|their|him|she|he)\b")
# Seen in a letter's opening ("It was a pleasure seeing Rush in clinic today"), or a name at a
# sentence's start before the patient's age ("Dax Priest, 3 years old, presents").
_SEEN_OR_AGED_RE = re.compile(
    rf"pleasure[ \t]+(?:of[ \t]+)?(?:seeing|meeting)[ \t]+(?P<seen>{_NAME_WORD}"
    rf"(?:[ \t]+{_NAME_WORD})?)(?=[ \t]+(?:in|at|today|for|on)\b|[ \t]*[,.])"
    rf"|{_SENTENCE_START}(?P<aged>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),[ \t]*(?:aged?[ \t]*)?"
    r"\d{1,3}[ \t-]*(?:years?|yrs?|months?|mos?)[ \t-]*old\b",
    re.MULTILINE,
)
# The same in lower case, before an age: "leontine vegatorres is a 70 yr old female".
_LOWER_AGED_RE = re.compile(
    rf"{_SENTENCE_START}(?P<lower>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+[ \t]+[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+)"
    r"[ \t]+is[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?:years?|yrs?|y/?o)\b",
    re.MULTILINE,
)
# A name's possessive that only a person has: "collin's mum called", "If Geary Feely's
# condition worsens" (a lower-case name one word, no dictionary word, two vowels: "pt's mum",
# "baby's mother" stay).
_POSSESSIVE_WORDS = frozenset(
    "mum mom mother father dad wife husband son daughter parents family caregiver carer partner"
    " condition".split()
)
_POSSESSIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?|[a-zß-öø-ÿ][a-zß-öø-ÿ-]+)"
    rf"['’]s[ \t]+{alternation(_POSSESSIVE_WORDS, plural=False)}\b"
)
# (the lower-case name before an age too, as before)
_PROSE_WORDS = frozenset(
    "continues started doing seen reports denies complains pleasure old".split()
)


def _subjects(text: str, blocked: Container[str]) -> tuple[list[Span], set[str]]:
    """A sentence's subject before what a patient does: the name where it stands, and a given
    name alone, whose every mention goes (the second set), where the sentence says more."""
    found: list[Span] = []
    given: set[str] = set()
    for m in _SUBJECT_RE.finditer(text):
        words = m.group("name").split()
        after = _PERSON_AFTER_RE.match(text, m.end()) is not None
        patient = m.group("strong") is not None or after
        if (
            (patient or m.group("told") is not None)
            and words[0].rstrip(".").lower() not in _TITLE_WORDS
            and all(w not in _NOT_A_NAME and _name_like(w, blocked, capitals=False) for w in words)
        ):
            found.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
        # (spreading a word to its every mention asks more of a word that is English too)
        word = words[0]
        if (
            patient
            and len(words) == 1
            and (_unknown(word) or (_given(word) and (not everyday(word) or after)))
        ):
            given.add(word)
    return found, given


def _prose_names(text: str, blocked: Container[str]) -> list[Span]:
    found = []
    for m in _SEEN_OR_AGED_RE.finditer(text):
        group = "seen" if m.group("seen") else "aged"
        words = m.group(group).split()
        if words[0].rstrip(".").lower() in _TITLE_WORDS:
            continue
        if all(_name_like(w, blocked, capitals=False) for w in words):
            found.append(Span(m.start(group), m.end(group), "PATIENT-NAME"))
    if "'s" in text or "’s" in text:
        for m in _POSSESSIVE_RE.finditer(text):
            words = m.group("name").split()
            if words[0].rstrip(".").lower() in _TITLE_WORDS:
                continue
            if words[0].islower():
                w = words[0]
                if len(_VOWELS_RE.findall(w)) < 2 or everyday(w) or not _usable(w, blocked):
                    continue
            elif not all(_name_like(w, blocked, capitals=False) for w in words):
                continue
            found.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    for m in _LOWER_AGED_RE.finditer(text):
        end = lower_case_name(text, m.start("lower"), m.end("lower"), blocked)
        if end is not None:
            found.append(Span(m.start("lower"), end, "PATIENT-NAME"))
    return found


# Someone the plan is made with, beside the patient's family: "with Ihaia and his mother",
# "to stay with Nikora overnight".
_WITH_RE = re.compile(
    rf"\bwith[ \t]+(?P<name>{_NAME_WORD})(?=[ \t]+(?:and[ \t]+(?:(?:his|her|their)[ \t]+)?"
    rf"(?i:{alternation(RELATIVES, plural=False)})\b|tonight\b|overnight\b))"
)
# A care document's person line: "Client: Rangi Tui", "Service user: ..." filling its line. Two
# or three capitalised words led by a name no dictionary knows or a listed given name (the
# surname may be a word: "Tui", "Rose"); a value of everyday words is no one ("Patient: Doing
# Well").
_PERSON_LINE_RE = re.compile(
    r"(?m)^[ \t*>-]*(?:Client|Patient|Service[ \t]+user|Consumer|Tangata[ \t]+whaiora)[ \t]*:"
    rf"[ \t]*(?P<v>(?P<first>{_NAME_WORD})(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*$"
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


def _given(word: str) -> bool:
    return word in MAORI_GIVEN or word in census_lists()[0] or word in name_lists()[0]


def _unknown(word: str) -> bool:
    return not everyday(word) and not clinical(word) and word.lower() not in _TE_REO


def _mentions(
    text: str, given: set[str], blocked: Container[str], off_limits: list[Span]
) -> list[Span]:
    """Every mention of the given names found alone, but for clinicians' names and eponyms."""
    spans = []
    for word in given:
        if len(word) <= 2 or word in blocked or word in _NOT_A_NAME or word.lower() in _TE_REO:
            continue
        for m in re.finditer(rf"(?<![\w’-]){re.escape(word)}(?![\w’-])", text):
            span = Span(m.start(), m.end(), "PATIENT-NAME")
            if not any(o.start < span.end and span.start < o.end for o in off_limits):
                spans.append(span)
    return spans


def context_names(
    text: str, words: frozenset[str], blocked: Container[str], off_limits: list[Span]
) -> list[Span]:
    """Names a person's place in the text puts forward, listed or not (see the module's
    docstring). ``words``: the note's lower-case words (spans.words_of), to skip notes no
    pattern fits; ``blocked``: words never a name (products, clinicians' words);
    ``off_limits``: clinicians' names and eponyms, never taken as a given name's mention."""
    found: list[Span] = []
    given: set[str] = set()
    for m in _PERSON_LINE_RE.finditer(text) if ":" in text else ():
        head, value = m.group("first"), m.group("v").split()
        if (_unknown(head) or (_given(head) and not everyday(head))) and not any(
            w in blocked for w in value
        ):
            found.append(Span(m.start("v"), m.end("v"), "PATIENT-NAME"))
            # (its words that are English words too stay elsewhere: "Tui" is also a bird)
            given.update(w for w in value if not everyday(w))
    if not words.isdisjoint(_KIN_WORDS) or not words.isdisjoint(RELATIVE_WORDS):
        kin, tied = _relatives(text, blocked)
        found += kin
        given |= tied
    subjects, named = _subjects(text, blocked)
    found += subjects
    given |= named
    if "with " in text:
        given.update(m.group("name") for m in _WITH_RE.finditer(text) if _unknown(m.group("name")))
    if "pt" in words or "patient" in words:
        found += _patient_names(text, blocked)
    # (each pattern only where the words it needs are: most notes hold none)
    aged = "old" in words or "yo" in text or "y/o" in text or "YO" in text
    patterns = [_DESCRIBED_RE, _BEFORE_AGE_RE] if aged else []
    if "." in text and (
        aged
        or (not words.isdisjoint(_PATIENT_WORDS) and not words.isdisjoint(_HAS_WORDS))
        or not words.isdisjoint(_CHART_WORDS)
    ):
        patterns.append(_DESCRIBED_INITIAL_RE)
    if not words.isdisjoint(_NAMED_WORDS):
        found += _named_people(text, blocked)
    if patterns:
        found += _described_names(text, blocked, patterns)
    if "," in text and _CAPS_COMMA_RE.search(text):
        found += _caps_pairs(text, blocked)
    if not words.isdisjoint(_TALK_WORDS):
        found += _lower_after_talk(text, blocked)
    if not words.isdisjoint(_PROSE_WORDS) or not words.isdisjoint(_POSSESSIVE_WORDS):
        found += _prose_names(text, blocked)
    return found + _mentions(text, given, blocked, off_limits)
