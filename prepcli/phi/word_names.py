"""Given names that are also everyday words or places, other cultures' full names, and names
in lower case or capitals, where a strong person position settles it.

"Hunter", "Destiny", "Chelsea", "Winter" are given names and English words or places; the name
lists leave them out (a name there would take "will chase the pharmacy"), so they count as
names only where the sentence says "a person" loudly (``word_names_in``):
- a vocative closing a sentence: "Thanks, Hunter.", "Remember me, Chelsea?";
- a possessive before a relative or a part of the body: "Winter's knee", "Chase's mum";
- an age or sex right after: "Hunter, 34M", "Madison (7)";
- after a relative or a verb of talking to someone, when a person's phrase goes on: "Daughter
  Destiny will ...", "Talked to Summer about ..."; before "and her mother";
- before a surname: listed and no English word, shaped like one of another culture, or
  double-barrelled or written with letters English has not: "Ruby Tkachuk", "Comfort
  Oyelaran-Sanni";
- before a name found otherwise: "Rain [Andersson]", "Sunny [Al-Khatib]".
A dialogue's speakers (person_slots) take them too. Other cultures' full names: a pair whose
second word ends like a surname (-ović, -sson, -poulos, -escu, -enko, -nen, -wati ...) and is
no English word ("Parker Suknović"), or with a particle that is no Romance preposition between
("Willemine ten Pas"). In one case: a given name and a listed surname after a patient's or
talk cue ("pt hope kowalski called"), a lower-case given name owning a relative ("micah's
mum"), a listed surname in capitals after "pt" or opening a CRM line before its status ("pt
MARTINEAU called", "STAVROU - PA approved").
Months, weekdays, companies, towns, institutions, signatures, clinicians' names and eponyms
(``off_limits``) stay. The word-names (data/word_names.txt) are given names that names-dataset
3.3.1 (MIT) ranks in English-speaking countries and that are dictionary words or places, built
by bench/phi_names_build.py; bench/PHI.md has the rounds and what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from importlib import resources

from prepcli.phi.addresses import country_names
from prepcli.phi.companies import company_words
from prepcli.phi.foreign_words import foreign
from prepcli.phi.names import _INSTITUTION, _WORDLIKE_NAMES, _demonym, _usable, name_lists
from prepcli.phi.places import towns
from prepcli.phi.relatives import RELATIVE, RELATIVE_RE, RELATIVE_WORDS
from prepcli.phi.spans import Span, folded
from prepcli.phi.unknown_pairs import (
    _LABEL_AFTER_RE,
    _a_place,
    _a_thing,
    _signature,
    _staff_title_before,
)
from prepcli.phi.words import common, everyday

# Months and weekdays: "In May Johnson ...", "April's refill" are dates, not names. (Seasons
# are written in lower case as times: "since winter started", "Winter's knee".)
_TIMES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter""".split()
)


@cache
def word_names() -> frozenset[str]:
    """Given names that are also everyday words or places (data/word_names.txt)."""
    data = resources.files("prepcli.phi").joinpath("data", "word_names.txt")
    return frozenset(data.read_text(encoding="utf-8").split()) | _WORDLIKE_NAMES


@cache
def _word_name_forms() -> dict[str, tuple[str, ...]]:
    """Each word-name by its folded form (as a note's folded runs of letters hold it)."""
    forms: dict[str, tuple[str, ...]] = {}
    for name in word_names():
        forms[folded(name)] = (*forms.get(folded(name), ()), name)
    return forms


@cache
def _folded_word_names() -> frozenset[str]:
    return frozenset(_word_name_forms())


# The endings of surnames of a culture: Slavic patronymic and possessive forms, Nordic
# "-son", Greek, Romanian, Armenian, Ukrainian, Polish, Finnish and Indonesian ones.
_SURNAME_ENDINGS = (
    "ović",
    "ovic",
    "ević",
    "evic",
    "ić",
    "sson",
    "ssen",
    "poulos",
    "poulou",
    "opoulos",
    "akis",
    "escu",
    "yan",
    "enko",
    "chuk",
    "czuk",
    "ski",
    "ska",
    "wski",
    "wska",
    "cki",
    "cka",
    "dzki",
    "wati",
    "nen",
    "sdóttir",
    "dottir",
    "ová",
    "shvili",
    "adze",
    "oglu",
    "oğlu",
)


def surname_shaped(word: str) -> bool:
    """Whether a capitalised word ends like a surname of one of the cultures above and is no
    English word."""
    w = word.lower()
    return len(w) >= 5 and w.endswith(_SURNAME_ENDINGS) and not everyday(w)


def _a_surname(word: str, blocked: Container[str]) -> bool:
    """A listed surname that is no everyday word, or one shaped like a surname."""
    if not _usable(word, blocked) or word in _TIMES or word.title() in _INSTITUTION:
        return False
    if word in company_words() or word in country_names() or word in towns():
        return word.title() in name_lists()[1] and not everyday(word) and not common(word)
    if surname_shaped(word):
        return True
    return word.title() in name_lists()[1] and not everyday(word)


# Letters of other alphabets' names that English words never hold ("Wójcik", "Yılmaz", "Søren").
# (no IGNORECASE: it would match "i" for "ı")
_NAME_LETTERS_RE = re.compile(r"[łśćźżńőűğışřěůčžđøåæðþŁŚĆŹŻŃŐŰĞŞŘĚŮČŽĐØÅÆÐÞ]")
_DOUBLE_BARREL_RE = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _unknown_surname(word: str, blocked: Container[str]) -> bool:
    """A word no dictionary or list knows that reads as a surname by its letters or as a
    double-barrelled one: "Oyelaran-Sanni", "Wójcik-Nowak"."""
    if not _usable(word, blocked) or everyday(word) or foreign(word) or word in towns():
        return False
    if word in company_words() or word.title() in _INSTITUTION:
        return False
    return bool(_NAME_LETTERS_RE.search(word) or _DOUBLE_BARREL_RE.fullmatch(word))


def _a_word_name(word: str, blocked: Container[str]) -> bool:
    return word in word_names() and word not in _TIMES and _usable(word, blocked)


# A capitalised word with a small letter after its first: in capitals ("MOD BRN", "KATIE
# MAHONEY OF LEGAL") case says nothing, and a word of capitals is an abbreviation ("Dilaudid
# PCA").
_TITLED = r"(?![a-zß-öø-ÿ])[^\W\d_](?=[\w'’-]*[a-zß-öø-ÿ])[\w'’-]*"
# (the second word in a look-ahead, so every word is tried as a first: "Told Ruby Tkachuk")
_PAIR_RE = re.compile(rf"(?<![\w'’.-])(?P<g>{_TITLED})(?=[ \t]+(?P<s>{_TITLED})(?![\w'’-]))")
# (the word before opens where a word does: tried inside one, it reads to the same comma)
_VOCATIVE_RE = re.compile(
    rf"(?<![\w'’])(?P<before>[\w'’]+),[ \t]*(?P<name>{_TITLED})[ \t]*[.?!]+(?=[ \t\"”’)]|$)", re.M
)
BODY = (
    r"knee|knees|hip|hips|back|arm|arms|leg|legs|hand|hands|foot|feet|eye|eyes|ear|ears|skin"
    r"|chest|heart|lungs?|liver|kidneys?|shoulder|shoulders|wrist|ankle|neck|head|stomach"
    r"|teeth|tooth|blood|rash|pain|symptoms|meds|medication|medications|prescription|inhaler"
    r"|pen|dose|doses|infusion|appointment|appt|insurance|copay|birthday|school|teacher"
)
_OWNS_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_TITLED})['’]s[ \t]+(?:(?:left|right|bad|sore|new|own)[ \t]+)?"
    rf"(?:{BODY}|(?i:{RELATIVE}))\b"
)
_AGE_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_TITLED})(?:,[ \t]*|[ \t]*\([ \t]*)\d{{1,3}}[ \t]?"
    r"(?:[MFmf]|y/?o|yo|yrs?)?(?=[ \t]*[,;)]|[ \t]|$)"
)
# A lower-case given name owning a relative: "tamsin's dad rang" (a listed given name that is
# no English word: "the pt's mum", "everyone's mum" stay).
_LOWER_OWNS_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>[a-zß-öø-ÿ][a-zß-öø-ÿ-]+)['’]s[ \t]+(?i:{RELATIVE})\b"
)
# A verb of talking to someone, a relative, or "and her mother" around a capitalised word-name:
# "Talked to Summer", "Daughter Destiny will", "Madison and her mother came".
_TALK_TO_RE = re.compile(
    r"(?<![\w'’-])(?i:(?:spoke|talked|chatted|checked[ \t]+in)[ \t]+(?:w/|with|to)|texted|emailed"
    r"|phoned|rang|reminded|thanked|(?:lvm|left[ \t]+(?:a[ \t]+)?(?:vm|voicemail|message))"
    rf"[ \t]+for)[ \t]+(?P<name>{_TITLED})(?![\w'’-])"
)
_RELATIVE_BEFORE_RE = re.compile(
    rf"(?<![\w'’-])(?i:{RELATIVE})[ \t]+(?P<name>{_TITLED})(?![\w'’-])(?![ \t]+[A-Z])"
)
_WITH_RELATIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_TITLED})[ \t]+(?:and|&)[ \t]+(?:his|her|their)[ \t]+"
    rf"(?i:{RELATIVE})\b"
)
# What follows a person's name, not a noun the word qualifies ("Texted Summer interns",
# "called Chelsea site"): the phrase's end, a preposition, a verb.
_PERSON_GOES_ON_RE = re.compile(
    r"[ \t]*(?:$|[,.;:!?)\n-]|(?:re|about|today|yesterday|and|&|to|for|that|on|at|from|back"
    r"|again|regarding|this|last|who|will|is|was|has|had|called|rang|said|says|asked|wants"
    r"|needs|picked|came|can|could|would|did|does|says)\b)"
)
# A patient's or talk cue before a lower-case full name.
_LOWER_CUE_RE = re.compile(
    r"(?<![\w'’-])(?i:pt|patient|spoke[ \t]+(?:w/|with|to)|talked[ \t]+(?:w/|with|to)|called"
    r"|lvm[ \t]+for|f/u[ \t]+w/)[ \t]+(?P<name>(?P<g>[a-z][a-z'’-]+)[ \t]+(?P<s>[a-z][a-z'’-]+))"
    r"(?![\w'’-])"
)
# A surname in capitals after the patient's cue, or opening a CRM line before a dash and its
# status: "pt MARTINEAU called", "STAVROU - PA approved".
# (the cue in small letters: in a note typed in capitals "PT. AGNES MUNROE OF LEGAL" ends one
# sentence and opens another, and "PT" is a physiotherapist too)
# (capitals of other alphabets too, "ÖZTÜRK"; whether the word is in capitals is checked after)
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_CAPS_CUE_RE = re.compile(
    rf"(?<![\w'’-])(?:pt|Pt|patient|Patient):?[ \t]+(?P<name>{_UPPER}[\w'’-]{{3,}})(?![\w'’-])"
    r"(?![ \t]+[A-Z]{2})"
)
_CAPS_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_UPPER}[\w'’-]{{3,}}(?:[ \t]+{_UPPER}[\w'’-]{{2,}})?)[ \t]+[-–][ \t]+"
    r"(?=(?:PA|pt|PT|called|approved|denied|enrolled|shipped|refill|needs|wants)\b)"
)
_CAPS_CUES = frozenset("pt patient".split())
_CAPS_STATUS = frozenset("pa pt called approved denied enrolled shipped refill needs wants".split())
# Particles that are no preposition of the languages notes are written in ("de", "la", "di",
# "le" are: "Servicio de Medicina", "Fecha de Ingreso", "Vu le Pr").
_PARTICLE_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?P<g>{_TITLED})[ \t]+(?:ten|ter|van[ \t]+der|van[ \t]+den|van"
    rf"|von|bin|binti|ibn)[ \t]+"
    rf"(?P<s>{_TITLED}))(?![\w'’-])"
)
_PARTICLES = frozenset("ten ter van von bin binti ibn".split())


# Where a pair of words is a person whatever its words ("Will Banks called", "Her son Hunter
# Stone rang", "Rose Hill's knee", "Dawn Rivers, 45"): a verb of talking or a patient's act
# after it, its possessive before a body part or a relative, an age; or a relative, a talk verb
# or a patient's word before it.
_PERSON_AFTER_RE = re.compile(
    rf"['’]s[ \t]+(?:(?:left|right|bad|sore|new|own)[ \t]+)?(?:{BODY}|(?i:{RELATIVE}))\b"
    r"|(?:,[ \t]*|[ \t]*\([ \t]*)\d{1,3}[ \t]?(?:[MFmf]|y/?o|yo|yrs?)?(?=[ \t]*[,;)]|[ \t]|$)"
    r"|[ \t]+(?:called|rang|phoned|says|said|asks|asked|reports|reported|texted|emailed|wants"
    r"|wanted|complains|complained|states|stated|denies|denied|presented|stopped|missed"
    r"|is[ \t]+a[ \t]+\d)\b"
)
_PERSON_BEFORE_RE = re.compile(
    rf"(?<![\w'’-])(?:(?i:{RELATIVE})(?:[ \t]+of)?|(?i:spoke|talked|chatted)[ \t]+(?:w/|with|to)"
    r"|(?i:pt|patient))[ \t]*:?[ \t]+$"
)


def _word_surname_in_person_place(text: str, m: re.Match[str], blocked: Container[str]) -> bool:
    """A word-name's listed surname that is an English word too ("Will Banks", "Summer Snow"),
    where ``_PERSON_AFTER_RE`` or ``_PERSON_BEFORE_RE`` says a person."""
    s, end = m.group("s"), m.end("s")
    if s.endswith(("'s", "’s")):
        # (its possessive: "Will Berry's mother")
        s, end = s[:-2], end - 2
    if s.title() not in name_lists()[1] or not _usable(s, blocked) or s in _TIMES:
        return False
    return (
        _PERSON_AFTER_RE.match(text, end) is not None
        or _PERSON_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) is not None
    )


# Words that open a phrase, not a name, before a surname-like word ("The Cross", "Our Lady").
_OPENERS = frozenset(
    """The This That These Those Our Your My His Her Their Its Every Each Some Any All No Not
    And But Or So Then When If Per Dear Mother Father Son Daughter Wife Husband Sister Brother
    Nurse Doctor Pt Patient Mr Mrs Ms Miss""".split()
)


# A service's or an organisation's words, the last or the first of two everyday words that a
# rep speaks with or that call back: "Royal Mail", "Social Care", "Home Health", "National
# Grid".
_SERVICE_HEADS = frozenset(
    """Mail Post Cross Shield Bank Care Health Line Group Trust Insurance Services Service Office
    Pharmacy Water Gas Energy Power Rail Air Link Works Direct Life Lodge Court House Hall Centre
    Center Hospice Homes Living Transport Taxi Cabs Council Housing Grid Support Team Desk Scripts
    Solutions Partners Network Clinic Surgery Practice Labs""".split()
)
_SERVICE_FIRSTS = frozenset(
    """Royal National General Central Social United Express Direct Premier Prime First Home
    Community Public Federal State County City Regional Global""".split()
)


def _everyday_pair_person(text: str, m: re.Match[str], blocked: Container[str]) -> bool:
    """Two everyday words that are a given name no list holds and a listed surname, where the
    sentence says a person (``_word_surname_in_person_place``): "Sky Rivers said the pen
    leaks", "Summer Lake (pt)". A company, a town, an institution's or a signature's shape
    keeps them ("Blue Cross said", listed in companies.py), and so does a third capitalised
    word after them ("Home Care Services")."""
    g, s = m.group("g"), m.group("s").removesuffix("'s").removesuffix("’s")
    if g in _OPENERS or g in _TIMES or not everyday(g) or not everyday(s):
        return False
    if not _usable(g, blocked) or RELATIVE_RE.fullmatch(g):
        return False
    if s in _SERVICE_HEADS or g in _SERVICE_FIRSTS:
        return False
    if g in company_words() or g.title() in _INSTITUTION or g in towns() or _demonym(g):
        return False
    end = m.end("s") - 2 * m.group("s").endswith(("'s", "’s"))
    if re.match(r"[ \t]+[A-Z]", text[end : end + 3]):
        return False
    return _word_surname_in_person_place(text, m, blocked) and not _a_thing_here(
        text, m.start(), end, things=False
    )


def word_names_in(
    text: str,
    names: list[Span],
    blocked: Container[str],
    off_limits: list[Span],
    runs: frozenset[str],
) -> list[Span]:
    """Names in the positions of the module's docstring; ``names``: names found so far,
    ``off_limits``: clinicians' names, eponyms and companies; ``runs``: the note's folded runs
    of letters (spans.letter_runs)."""
    out: list[Span] = []

    def add(start: int, end: int) -> None:
        if not any(start < o.end and o.start < end for o in off_limits):
            out.append(Span(start, end, "PATIENT-NAME"))

    first, last = name_lists()
    # Most patterns below need a word-name, a relative's word or a cue word, each with no letter
    # beside it: the note's runs of letters say at once which can match (a word-name, as
    # written, where its folded form is a run).
    forms = _word_name_forms()
    folded_names = runs & _folded_word_names()
    named = any(n in text for r in folded_names for n in forms[r])
    kin = not runs.isdisjoint(RELATIVE_WORDS)
    for m in _PAIR_RE.finditer(text):
        g, s = m.group("g"), m.group("s")
        if g.endswith(("'s", "’s")):
            continue
        # (cheapest first: most pairs in a note are neither)
        # ("Will" is never a name alone, being the verb; before a surname in a person's place
        # it is one: "Will Banks called")
        if g == "Will" or _a_word_name(g, blocked):
            if g == "Will" or not (_a_surname(s, blocked) or _unknown_surname(s, blocked)):
                # a surname that is a word, a street's or a place's too, where the sentence
                # says a person ("Iris Street says her hip hurts"): only an institution's or
                # a signature's shape keeps it
                end = m.end("s") - 2 * s.endswith(("'s", "’s"))
                if _word_surname_in_person_place(text, m, blocked) and not _a_thing_here(
                    text, m.start(), end, things=False
                ):
                    add(m.start(), end)
                continue
        elif not (
            surname_shaped(s)
            and _a_surname(s, blocked)
            and _usable(g, blocked)
            and g not in _TIMES
            and not common(g)
            and g.title() not in _INSTITUTION
            and g not in company_words()
            and not foreign(g)
            and not _demonym(g)
            and s not in towns()
        ):
            if _everyday_pair_person(text, m, blocked):
                add(m.start(), m.end("s") - 2 * s.endswith(("'s", "’s")))
            continue
        if not _a_thing_here(text, m.start(), m.end("s")):
            add(m.start(), m.end("s"))
    if "," in text:
        for m in _VOCATIVE_RE.finditer(text):
            w = m.group("name")
            if m.group("before") in towns() or m.group("before") in country_names():
                continue
            if _a_word_name(w, blocked) or (w in first and _usable(w, blocked)):
                add(m.start("name"), m.end("name"))
    if ("'" in text or "’" in text) and (named or kin):
        for m in _OWNS_RE.finditer(text) if named else ():
            if _a_word_name(m.group("name"), blocked):
                add(m.start("name"), m.end("name"))
        for m in _LOWER_OWNS_RE.finditer(text) if kin else ():
            w = m.group("name")
            if w.title() in first and not everyday(w) and not common(w) and _usable(w, blocked):
                add(m.start("name"), m.end("name"))
    talks = (_TALK_TO_RE, _RELATIVE_BEFORE_RE, _WITH_RELATIVE_RE) if kin else (_TALK_TO_RE,)
    for rx in talks if named else ():
        for m in rx.finditer(text):
            # (what follows a person, not a noun the word qualifies: "Texted Summer interns")
            if _a_word_name(m.group("name"), blocked) and (
                rx is _WITH_RELATIVE_RE or _PERSON_GOES_ON_RE.match(text, m.end("name"))
            ):
                add(m.start("name"), m.end("name"))
    for m in _AGE_AFTER_RE.finditer(text) if named else ():
        if _a_word_name(m.group("name"), blocked):
            add(m.start("name"), m.end("name"))
    for m in _LOWER_CUE_RE.finditer(text):
        g, s = m.group("g"), m.group("s")
        if (
            (g.title() in word_names() or g.title() in first)
            and g.title() not in _TIMES
            and s.title() in last
            and not (common(s) and everyday(s))
            # ("will" is a name only in this place: "spoke w/ will baxter")
            and g not in blocked
            and _usable(s, blocked)
        ):
            add(m.start("name"), m.end("name"))
    caps = (
        rx
        for rx, words in ((_CAPS_CUE_RE, _CAPS_CUES), (_CAPS_LINE_RE, _CAPS_STATUS))
        if not runs.isdisjoint(words)
    )
    for rx in caps:
        for m in rx.finditer(text):
            parts = m.group("name").split()
            if all(p.isupper() for p in parts) and all(
                p.title() in last
                and p.title() not in _TIMES
                and not everyday(p)
                and _usable(p, blocked)
                for p in parts
            ):
                add(m.start("name"), m.end("name"))
    if " " in text and not runs.isdisjoint(_PARTICLES):
        for m in _PARTICLE_RE.finditer(text):
            g, s = m.group("g"), m.group("s")
            if (
                _usable(g, blocked)
                and _usable(s, blocked)
                and not common(g)
                and not common(s)
                and (g in first or not everyday(g))
                and not foreign(g)
                and g not in towns()
                and s not in towns()
                and not _a_thing_here(text, m.start(), m.end())
            ):
                add(m.start("name"), m.end("name"))
    # a word-name right before a name found otherwise: "Rain [Andersson]"
    for n in names:
        before = _WORD_BEFORE_RE.search(text, max(0, n.start - 24), n.start)
        if before is not None and _a_word_name(before.group("name"), blocked):
            add(before.start("name"), n.end)
    return out


_INSTITUTION_AFTER_RE = re.compile(
    r"[ \t]+(?:Hospital|Clinic|Centre|Center|Medical|Health|Pharmacy|Street|St|Road|Rd|Avenue"
    r"|Ave|Lane|Drive|House|Ltd|Inc|LLC|GmbH|Group|Trust|University|College|School|Foundation"
    r"|Institute|Pharma|Valley|Park|Hall|Square|Bank)\b|[ \t]*&"
)
_WORD_RE = re.compile(r"\S+")


def _a_thing_here(text: str, start: int, end: int, *, things: bool = True) -> bool:
    """Whether a pair is an institution's, a company's, a place's or a signature's words, by
    the guards of unknown_pairs ("Baylor Scott & White", "Johns Hopkins and Mass General").
    ``things=False``: not by its words or places alone, where the sentence says a person."""
    span = Span(start, end, "PATIENT-NAME")
    return (
        _INSTITUTION_AFTER_RE.match(text, end) is not None
        or (things and _a_thing(text, list(_WORD_RE.finditer(text, start, end))))
        or _signature(text, span)
        or (things and _a_place(text, span))
        or _staff_title_before(text, span)
        or _LABEL_AFTER_RE.match(text, end) is not None
    )


_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’.-])(?P<name>{_TITLED})[ \t]+$")
