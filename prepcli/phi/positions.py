"""Names found by their place in a sentence, where no name list knows them.

Name lists cannot hold every name (a rare given name from any culture, a surname alone, a
name typed in lower case); what the sentence says about a word can. A word is a name when the
sentence puts a person there and the word is no everyday English word (prepcli.phi.words) or
a list knows it as a name:
- after a verb of talking to someone: "spoke w/ Tama", "texted aroha", "LVM for Olumide";
- after a relative someone owns: "her husband sione";
- next to a name already found, joined by "and" or a comma: "Tamati and Ngaire Walker",
  "Sigurður and his brother Einar";
- right before a phone number or e-mail, on its own: "Mele Fifita 021 555 0193".
Everyday words in those places are no names ("spoke w/ Pharmacy", "Hope and Grace Hospital").
Every other mention of a word found so goes too: a name is a name everywhere in the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

from prepcli.phi.names import (
    _CAP_TOKEN,
    _INSTITUTION,
    _NOT_AFTER_RELATIVE,
    _PARTICLES,
    _WORDLIKE,
    _WORDLIKE_NAMES,
    CREDENTIAL_WORDS,
    _clean,
    _trim,
    _usable,
    _word_use,
    census_lists,
    elided_surname,
    listed,
    name_lists,
    romance_son,
)
from prepcli.phi.relatives import EUROPEAN, RELATIVE, RELATIVE_RE, RELATIVE_WORDS, alternation
from prepcli.phi.spans import WORD_START, Span
from prepcli.phi.words import clinical, common, everyday

_WORD = r"[^\W\d_][\w'’-]*"
# Someone named with where they work is staff or a contact, not the patient: "talked with
# helen from case management", "spoke to Aroha at the hub".
_STAFF_AFTER_RE = re.compile(r"[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?(?!home\b)")
# A verb of talking to, writing to or seeing someone; the person follows.
_TALK_RE = re.compile(
    rf"{WORD_START}(?i:\b(?:spoke|speak|speaking|spoken|talked|talk|talking|chatted|met|f/u|fu"
    r"|follow(?:ed)?[ -]?up|check(?:ed)?[ \t]+in)[ \t]+(?:w/|with|to)"
    r"|\b(?:texted|txted|texting|emailed|e-mailed|messaged|phoned|rang|reminded|thanked)"
    r"|\b(?:LVM|VM|left[ \t]+(?:a[ \t]+)?(?:VM|voicemail|vmail|message|msg))[ \t]+(?:for|with|to)"
    r"|\bupdate[ \t]+from|\bcall[ \t]+with|\bcalled[ \t]+with|\bheard[ \t]+from|\bcaller"
    r"(?:[ \t]+(?:is|was))?"
    r"|\b(?:call|txt|text|msg|message|voicemail|vm|e-?mail|note|letter|fax)[ \t]+from)"
    r"[ \t]+(?:(?i:mr|mrs|ms|miss|mx)\.?[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)
# A relative owned by someone, then a name in lower case: "her husband sione".
_OWNED_RELATIVE_RE = re.compile(
    rf"(?i:\b(?:her|his|their|my|pt['’]?s|patient['’]?s)[ \t]+{RELATIVE})[ \t]*,?[ \t]+"
    r"(?P<name>[a-zà-öø-ÿā-ž][\w'’-]*)"
)
# A word joined to a found name: before it ("X and <found>", "X, <found>", "X and her son
# <found>") and after it ("<found> and X").
# "and" in the languages notes are written in too: "Svetlana i Oleg", "Ana y Luis", "Jean et
# Marie", "Lars og Kari" (not Dutch "en", which is "in" in Spanish and French).
_JOIN = (
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or|i|y|e|et|und|og|och|ja)[ \t]+)"
    rf"(?:(?:his|her|their)[ \t]+{RELATIVE}[ \t]+)?"
)
_JOIN_HINTS = (
    ",",
    "&",
    " and",
    " or",
    " i ",
    " y ",
    " e ",
    " et ",
    " und ",
    " og ",
    " och ",
    " ja ",
)
_JOINED_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}){_JOIN}$")
_JOINED_AFTER_RE = re.compile(rf"{_JOIN}(?P<name>{_WORD}(?:[ \t]+{_CAP_TOKEN})?)")
# A name alone before a phone number or e-mail, at a line's or sentence's start.
_BEFORE_CONTACT_RE = re.compile(
    rf"(?m)(?:^|(?<=[.;:(]))[ \t>]*(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})"
    # (an e-mail's display name before its address: "Jenny <jenny@example.com>")
    r"[ \t]*[,(–<-]?[ \t]*$"
)
# Whose a phone number is, in brackets after it: "0424 590 797 (Blake) / 0445 595 670 (Diedre)".
_AFTER_CONTACT_RE = re.compile(
    rf"[ \t]*\([ \t]*(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]*\)"
)
# Before a relationship in brackets, in lower case: "jiwon (pt's daughter) called".
_LOWER_BEFORE_RELATIVE_RE = re.compile(
    r"(?m)(?:^|(?<=[.;:]))[ \t>]*(?P<name>[a-zà-öø-ÿā-ž][\w'’-]+)[ \t]*\([ \t]*"
    rf"(?i:(?:pt|patient)['’]s[ \t]+{RELATIVE}|{RELATIVE}|pt|patient)(?:-in-law)?[ \t]*\)"
)
# Initials before an age: "R.K., 67M", "J.T. (54)".
_INITIALS_AGE_RE = re.compile(
    r"(?<![\w.])(?P<name>(?:[A-Z]\.){2,3})(?=[ \t]*(?:,[ \t]*|\([ \t]*)\d{1,3}[ \t]?"
    r"(?:[MFmf]|y/?o|yo|yrs?)?[ \t]*[,;)])"
)
# Initials and a surname in lower case: "e j smith", "pt r k patel".
_LOWER_INITIALS_RE = re.compile(
    r"(?<![\w.'’-])(?P<name>(?![ie][ .]+[eg]\b)[a-z]\.?[ \t][a-z]\.?[ \t](?P<s>[a-z][a-z'’-]{2,}))"
    r"(?![\w'’-])"
)
# A lower-case greeting: "hi hana,", "hey tama!".
_LOWER_GREETING_RE = re.compile(
    r"(?:^|(?<=[\n.!?]))[ \t]*(?:hi|hello|hey|dear|morning|kia[ \t]+ora)[ \t]+"
    r"(?P<name>[a-zà-öø-ÿā-ž][\w'’-]+)(?=[ \t]*[,!:\n-])"
)
# A person named as someone's relative: "Tui, mum of Manaia", "Sina (wife of the pt)".
_RELATIVE_OF_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]*(?:,|\()[ \t]*(?:the[ \t]+)?"
    rf"(?i:{RELATIVE})[ \t]+(?:of|to)\b"
)
# Honorifics of other cultures before a name: Burmese "Daw", "U"; Malay and Indonesian "Ibu",
# "Pak", "Encik", "Puan", "Haji"; Fijian "Ratu", "Adi"; Amharic "Ato", "Weyzero"; Yoruba and
# Hausa "Alhaji", "Mallam"; Tamil "Thiru", "Thirumathi"; Maori "Whaea", "Matua".
_WORLD_TITLE_RE = re.compile(
    r"\b(?:(?:Daw|Ibu|Bapak|Pak|Encik|Puan|Cik|Tuan|Haji|Hajjah|Hajia|Ratu|Adi|Ato|Weyzero"
    r"|Woizero|Alhaji|Alhaja|Mallam|Thiru|Thirumathi|Whaea|Matua|Sheikh|Shaikh|Bibi|Begum"
    rf")\.?[ \t]+(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,3}})"
    # a bare "U" only before two or three names: "U Thein Zaw"
    rf"|(?<![\w.'’/-])U[ \t]+(?P<u>{_CAP_TOKEN}[ \t]+{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?))"
)
# Turkish honorifics follow the name: "Büşra Öztürk Hanım", "Kemal Bey".
_TURKISH_TITLE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})[ \t]+"
    r"(?:Hanım|Hanim|Hanımefendi|Bey|Beyefendi)(?![\w'’-])"
)
_TURKISH_TITLES = frozenset("hanım hanim hanımefendi bey beyefendi".split())
# Particles that only ever stand inside a person's name: Malay and Arabic "bin", "binti",
# "ibn"; Welsh "ap", "verch"; Irish "Nic", "Ní", "Ó", "Uí", "Mac Giolla"; Hebrew "bat".
_PATRONYMIC_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?[ \t]+"
    r"(?:bin|binti|bint|ibn|ap|verch|ferch|Nic|Ní|Ó|Uí|Ua|Mac[ \t]+Giolla|Nic[ \t]+Giolla|bat)"
    rf"(?:[ \t]+{_CAP_TOKEN}){{1,2}})"
)
# Sex and age in brackets after a name: "MOSES, AKINYI (F, 66)", "Ana Lima (f/72)".
_SEX_AGE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:,?[ \t]+{_CAP_TOKEN}){{0,2}})[ \t]*\([ \t]*"
    r"[MFmf][ \t]*[,/][ \t]*\d{1,3}[ \t]*\)"
)
# An initial and a word no dictionary holds, then a verb: "K. Senthilnathan asked".
_INITIAL_RARE_RE = re.compile(
    rf"(?<![\w.])[A-Z]\.[ \t]?(?P<name>{_CAP_TOKEN})(?=[ \t]+(?:asked|said|says|called|rang"
    r"|phoned|is|was|has|had|wants|reports|reported|needs)\b)"
)
# A bare relative before a name in lower case or capitals, as notes typed in one case write
# them: "lives w/ partner kekoa", "SON TAMIHANA AND DTR RANGIMARIE VISITED".
_BARE_RELATIVE_RE = re.compile(
    rf"{WORD_START}(?i:\b{RELATIVE})[ \t]*,?[ \t]+"
    rf"(?P<name>[a-zà-öø-ÿā-ž][\w'’-]+|[A-ZĀ-Ž][A-ZĀ-Ž'’-]{{3,}})\b"
)
_FOREIGN_RELATIVE_RE = re.compile(rf"(?i:{alternation(EUROPEAN)})\b")
# The same after a carer's or the patient's word, in lower case only: "caregiver akosua
# called", "pt kofi missed doses", "a pt named tejas" (listed given names only: "pt
# ambulating").
_BARE_CARER_OR_PATIENT_RE = re.compile(
    rf"{WORD_START}(?i:\b(?:caregiver|carer|pt|patient))(?:[ \t]+named)?[ \t]*,?[ \t]+"
    r"(?P<name>[a-zà-öø-ÿā-ž][a-zà-öø-ÿā-ž'’-]+)(?![\w'’-])"
)
_CARER_OR_PATIENT_WORDS = frozenset("caregiver carer pt patient".split())
# An initial and a lower-case surname after the patient's word: "pt n. ahmadi", "pt a.
# okonkwo"; not an organism's genus and species ("pt c. difficile", "h. pylori") nor a clinical
# abbreviation a dictionary holds and no name list does ("pt a. fib", "c. diff").
# (its first letter a plain class, so the search skips ahead to each "p")
_PT_INITIAL_SURNAME_RE = re.compile(
    r"[Pp](?<![\w'’-][Pp])(?:[Tt]|(?i:atient))\.?[ \t]*:?[ \t]+(?P<name>[a-z]\.[ \t]?"
    r"(?P<s>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{2,}))(?![\w'’.-])"
)
# The same with a capital initial and no full stop: "pt J Roe called", "Rx for pt J Roe DOB
# ..." (a capital "PT" before it is a physical therapist's credential: "PT J Roe").
_PT_BARE_INITIAL_RE = re.compile(
    r"[Pp](?<![\w'’-][Pp])(?:t|atient)[ \t]*:?[ \t]+"
    r"(?P<name>[A-Z][ \t]+(?P<s>[A-Z][a-zß-öø-ÿā-ž'’-]{2,}))(?![\w'’-])"
)
_SPECIES = frozenset(
    """difficile diff pylori coli aureus pneumoniae aeruginosa tuberculosis albicans auris
    glabrata gonorrhoeae influenzae faecalis faecium epidermidis baumannii trachomatis pallidum
    catarrhalis meningitidis pyogenes agalactiae marcescens cloacae vulgaris mirabilis jirovecii
    jiroveci vivax falciparum malariae ovale burgdorferi perfringens botulinum tetani fragilis
    monocytogenes gondii typhi enterica sonnei jejuni cholerae pertussis diphtheriae anthracis
    pestis neoformans fumigatus lugdunensis saprophyticus oxytoca maltophilia cepacia vaginalis
    hominis genitalium pneumophila capitis haemolyticus dubliniensis krusei tropicalis
    parapsilosis""".split()
)
# A word-like given name after a bare relative ("husband raj", "wife rose", "son will") is one
# where a finished verb follows it ("son will brought her", "husband raj called"): a modal or an
# adverb takes a bare verb there ("her husband will drive her") or is no name at all ("son then
# called").
_FINISHED_VERBS = frozenset(
    """called phoned rang brought came visited drove took said asked dropped picked collected
    reported mentioned emailed texted confirmed requested left wanted stayed helped""".split()
)
_NOT_A_SUBJECT = frozenset(
    """then just still never also already finally recently now always often later first again
    once soon too who that which and but has had have is was were did does do who's she he
    they""".split()
)
# A capital letter and a word that name a clinical thing, not an initial and a surname ("pt
# C Section", "pt X Ray"); after "A" or "I" an English word is the sentence's ("pt A Line
# placed", "pt I Think").
_LETTER_COMPOUNDS = frozenset(
    "c section,x ray,g tube,j tube,t cell,b cell,t wave,p wave,q wave,u wave,d dimer,k wire,"
    "e cig,x linked,q fever,h flu".split(",")
)


def _bare_initials_name(name: str) -> bool:
    """Whether a letter and a word after the patient's word read as an initial and a surname
    (always, where the letter has its full stop)."""
    letter, _, word = name.partition(" ")
    if "." in letter or not letter.isupper():
        return True
    if f"{letter} {word}".lower() in _LETTER_COMPOUNDS:
        return False
    return letter not in "AI" or not everyday(word)


# A name that a bracket says is someone's relative: "Nomvula (Thabo's wife)".
_OTHERS_RELATIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]*\([ \t]*(?P<other>{_CAP_TOKEN})['’]s[ \t]+"
    rf"(?i:{RELATIVE})[ \t]*\)"
)
# An age right after a name, without comma or bracket: "Hinemoa 5y", "Sefa 34yo M".
_BARE_AGE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]+\d{{1,3}}[ \t]?(?:y|yo|y/o|yrs?|years?[ \t]+old)\b"
)
# A family named by its surname: "the Tuiasosopo family", "TUIASOSOPO household".
_FAMILY_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]+(?i:family|household|wh[āa]nau|kids|children)\b"
)
# Lower-case shorthand that is no dictionary word but no name either ("f/u w/ pharm re PA").
_SHORTHAND = frozenset(
    """pharm admin recep sched coord mgmt mgr dept appt appts ins rep reps msl kam pcp pts pt
    ofc tmrw tmr thx pls plz bc re fyi asap eod hcp hcps np rn pa md dr doc docs dtr hubs
    onc endo cardio neuro derm rheum pulm nephro gi uro ortho psych peds gyn heme vm lvm
    txt msg email emails fax call calls""".split()
)
_VOWEL_RE = re.compile(r"[aeiouyà-öø-ÿ]", re.IGNORECASE)


def name_like(word: str, blocked: Container[str]) -> bool:
    """Whether a word in a name's position reads as a name: usable there, no institution's
    word, and either listed as a name or no everyday English word."""
    w = _clean(word)
    if len(w) < 2 or not _usable(w, blocked) or w.title() in _INSTITUTION:
        return False
    if w.isupper() and (len(w) < 3 or not listed(w)):
        return False  # "SIN", "PG": in capitals an unlisted word is an abbreviation
    if w.title() in _WORDLIKE:
        return False
    return listed(w) or not everyday(w)


def _named_before_a_finished_verb(word: str, text: str, end: int, blocked: Container[str]) -> bool:
    """Whether a listed word after a bare relative is a name: a finished verb follows it, or
    the phrase ends after a given name that is a word too ("pt's husband raj re copay")."""
    after = text[end : end + 24].split(maxsplit=1)
    return (
        (
            bool(after)
            and after[0] in _FINISHED_VERBS
            # (not a modal there: "she can't drive but her husband will.")
            or word.title() in _WORDLIKE_NAMES
            and word not in _NOT_AFTER_RELATIVE
            and _PHRASE_END_RE.match(text, end) is not None
        )
        and word not in _NOT_A_SUBJECT
        and listed(word)
        # (not _usable: "Will", "May" are never a name's word elsewhere, but are here)
        and word not in blocked
        and word.title() not in blocked
    )


def _carer_or_patient_name(word: str, blocked: Container[str], after: str) -> str:
    """The name a lower-case word after a carer's or the patient's word starts with: a listed
    given name that is no English word, or a whole surname with an elided prefix ("pt
    d'souza", "pt mcdonald-o'neil"); "" where it is none."""
    if elided_surname(word):
        return word if _usable(word.replace("'", "").replace("’", ""), blocked) else ""
    w = _clean(word)
    if w.title() in name_lists()[0] and not everyday(w) and _lower_name(w, blocked, after):
        return w
    return ""


def _lower_name(word: str, blocked: Container[str], after: str, *, strong: bool = False) -> bool:
    """A lower-case word in a name's position: a listed given name (or one that is also a
    word, "eve", when the phrase ends after it), or an unknown word that is no shorthand.
    ``strong``: the sentence says "a person" loudly, so only a common word is no name."""
    w = _clean(word)
    if len(w) < 3 or not _usable(w, blocked) or w in _SHORTHAND or not _VOWEL_RE.search(w):
        return False
    if w in _NOT_AFTER_RELATIVE or RELATIVE_RE.fullmatch(w):
        return False
    first = name_lists()[0]
    if w.title() in first:
        return True
    if w.endswith(("ed", "ing", "ly")) and not listed(w):
        return False  # "their mother trached": a verb the dictionary has no form of
    if w.title() in _WORDLIKE_NAMES:
        return _PHRASE_END_RE.match(after) is not None
    return not (common(w) if strong else everyday(w))


# Words one of which each pattern needs (lower case, as spans.words_of gives them). Words as
# common as "call" or "left" open the talk pattern only with the word that makes them a cue.
_TALK_WORDS = frozenset(
    """spoke speak speaking spoken talked talk talking chatted f fu texted txted texting
    emailed mailed messaged phoned rang reminded thanked lvm vm caller txt msg voicemail
    heard""".split()
)
_WITH_TALK_WORDS = frozenset("met check checked follow followed call called".split())
_FROM_TALK_WORDS = frozenset("update call text message note letter fax email mail".split())
_LEFT_WORDS = frozenset("vmail message msg".split())


def _talk_gate(words: frozenset[str]) -> bool:
    return (
        not words.isdisjoint(_TALK_WORDS)
        # "w/" is the word "w" to spans.words_of
        or (("with" in words or "w" in words) and not words.isdisjoint(_WITH_TALK_WORDS))
        or ("from" in words and not words.isdisjoint(_FROM_TALK_WORDS))
        or ("left" in words and not words.isdisjoint(_LEFT_WORDS))
    )


_GREETINGS = frozenset("hi hello hey dear morning kia".split())
_WORLD_TITLES = frozenset(
    """daw u ibu bapak pak encik puan cik tuan haji hajjah hajia ratu adi ato weyzero woizero
    alhaji alhaja mallam thiru thirumathi whaea matua sheikh shaikh bibi begum""".split()
)
_PATRONYMICS = frozenset("bin binti bint ibn ap verch ferch nic ní ó uí ua mac bat".split())
_INITIAL_VERBS = frozenset(
    "asked said says called rang phoned is was has had wants reports reported needs".split()
)
# Cheap searches for what a costly pattern needs, so most notes skip it.
_DOTTED_INITIALS_HINT_RE = re.compile(r"[A-Z]\.[A-Z]\.")
_AGE_HINT_RE = re.compile(r"\d[ \t]?(?:y|yo|y/o|yrs?|years?)\b")
_SEX_AGE_HINT_RE = re.compile(r"\([ \t]*[MFmf][ \t]*[,/][ \t]*\d")
_FAMILY_WORDS = frozenset("family household whānau whanau kids children".split())

_PHRASE_END_RE = re.compile(r"[ \t]*(?:$|[,;:.!?)\n-]|(?:re|about|today|and|&)\b)")


def position_names(
    text: str,
    words: frozenset[str],
    found: list[Span],
    identifiers: list[Span],
    blocked: Container[str],
    off_limits: list[Span],
) -> list[Span]:
    """Names by position (see the module's docstring); ``words``: the note's words
    (spans.words_of), ``found``: the names other detectors found, ``identifiers``: phones and
    e-mails found, ``off_limits``: clinicians' names and eponyms, never taken. Each pattern
    runs only where the note holds a word it needs: most notes hold none."""

    def free(span: Span) -> bool:
        return not any(span.start < o.end and o.start < span.end for o in off_limits)

    new: list[Span] = []
    relatives = not words.isdisjoint(RELATIVE_WORDS)
    if _talk_gate(words):
        for m in _TALK_RE.finditer(text):
            span = _candidate(text, m, blocked)
            if span is not None and free(span):
                new.append(span)
    if relatives:
        for m in _OWNED_RELATIVE_RE.finditer(text):
            word = m.group("name")
            if _lower_name(word, blocked, text[m.end() :], strong=True):
                span = Span(m.start("name"), m.start("name") + len(_clean(word)), "PATIENT-NAME")
                if free(span):
                    new.append(span)
    if "(" in text and (relatives or "pt" in words or "patient" in words):
        for m in _LOWER_BEFORE_RELATIVE_RE.finditer(text):
            if _lower_name(m.group("name"), blocked, "", strong=True):
                new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if "." in text and _DOTTED_INITIALS_HINT_RE.search(text):
        new += [
            Span(m.start("name"), m.end("name"), "PATIENT-NAME")
            for m in _INITIALS_AGE_RE.finditer(text)
        ]
    for m in _LOWER_GREETING_RE.finditer(text) if not words.isdisjoint(_GREETINGS) else ():
        if _lower_name(m.group("name"), blocked, text[m.end() :], strong=True):
            new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if relatives:
        for m in _BARE_RELATIVE_RE.finditer(text):
            word = m.group("name")
            # a bare relative is a weaker cue than "her husband": the word must be no English
            # word at all, and in capitals a longer one
            if word.isupper():
                ok = (
                    not everyday(word)
                    and _usable(word, blocked)
                    and not listed(word)
                    or (_clean(word).title() in name_lists()[0])
                )
            elif romance_son(m.group(), words):
                continue
            elif _FOREIGN_RELATIVE_RE.match(m.group()):
                # Spanish, Italian, French, German and Portuguese write names capitalised, and
                # the English dictionary knows none of their words: after their relatives a
                # lower-case word is a name only if the census lists know it ("hijo pablo",
                # not "hermanos sanos")
                ok = _clean(word).title() in census_lists()[0] and _usable(word, blocked)
            else:
                ok = (_lower_name(word, blocked, text[m.end() :]) and not everyday(word)) or (
                    word.islower() and _named_before_a_finished_verb(word, text, m.end(), blocked)
                )
            if ok:
                span = Span(m.start("name"), m.end("name"), "PATIENT-NAME")
                if free(span):
                    new.append(span)
        if "(" in text:
            for m in _OTHERS_RELATIVE_RE.finditer(text):
                for g in ("name", "other"):
                    w = _clean(m.group(g))
                    if _usable(w, blocked) and w.title() not in _INSTITUTION:
                        new.append(Span(m.start(g), m.start(g) + len(w), "PATIENT-NAME"))
    if not words.isdisjoint(_CARER_OR_PATIENT_WORDS):
        initials = _PT_INITIAL_SURNAME_RE.finditer(text) if "." in text else ()
        for m in (*initials, *_PT_BARE_INITIAL_RE.finditer(text)):
            surname = m.group("s")
            if (
                surname.lower() not in _SPECIES
                and _bare_initials_name(m.group("name"))
                and not clinical(surname)
                and (listed(surname) or not everyday(surname))
                and _usable(surname, blocked)
            ):
                span = Span(m.start("name"), m.end("name"), "PATIENT-NAME")
                if free(span):
                    new.append(span)
        for m in _BARE_CARER_OR_PATIENT_RE.finditer(text):
            word = _carer_or_patient_name(m.group("name"), blocked, text[m.end() :])
            span = Span(m.start("name"), m.start("name") + len(word), "PATIENT-NAME")
            if word and free(span):
                new.append(span)
    if _AGE_HINT_RE.search(text):
        for m in _BARE_AGE_RE.finditer(text):
            word = m.group("name")
            if name_like(word, blocked) and not common(word):
                new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if not words.isdisjoint(_FAMILY_WORDS):
        for m in _FAMILY_NAME_RE.finditer(text):
            word = m.group("name")
            if _usable(word, blocked) and not common(word) and (listed(word) or not everyday(word)):
                new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if relatives and (" of " in text or " to " in text):
        for m in _RELATIVE_OF_RE.finditer(text):
            w = _clean(m.group("name"))
            if _usable(w, blocked) and w.title() not in _INSTITUTION and len(w) > 1:
                new.append(Span(m.start("name"), m.start("name") + len(w), "PATIENT-NAME"))
    for m in _WORLD_TITLE_RE.finditer(text) if not words.isdisjoint(_WORLD_TITLES) else ():
        g = "name" if m.group("name") is not None else "u"
        if name_like(m.group(g).split()[0], blocked) or listed(m.group(g).split()[0]):
            span = _trim(text, m.start(g), m.end(g), blocked)
            if span is not None and free(span):
                new.append(span)
    for m in _TURKISH_TITLE_RE.finditer(text) if not words.isdisjoint(_TURKISH_TITLES) else ():
        # "Bugün Mehmet Bey": a leading word no list knows is the sentence's, not the name's
        start, named = m.start("name"), m.group("name").split()
        while len(named) > 1 and not listed(named[0]):
            start = text.index(named[1], start + len(named[0]))
            named = named[1:]
        span = _trim(text, start, m.end("name"), blocked)
        if span is not None and free(span):
            new.append(span)
    for m in _PATRONYMIC_RE.finditer(text) if not words.isdisjoint(_PATRONYMICS) else ():
        named = [w for w in m.group("name").split() if w[:1].isupper()]
        if all(_usable(w, blocked) and _clean(w).title() not in _INSTITUTION for w in named):
            new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if "(" in text and _SEX_AGE_HINT_RE.search(text):
        for m in _SEX_AGE_RE.finditer(text):
            named = m.group("name").replace(",", " ").split()
            # the place says "a person" loudly: only a common word is no name, in any case
            if all(
                _usable(w, blocked)
                and _clean(w).title() not in _INSTITUTION
                and (listed(w) or not common(w))
                for w in named
            ):
                new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if "." in text and not words.isdisjoint(_INITIAL_VERBS):
        for m in _INITIAL_RARE_RE.finditer(text):
            word = m.group("name")
            if len(word) > 3 and name_like(word, blocked) and not listed(word):
                new.append(Span(m.start(), m.end("name"), "PATIENT-NAME"))
    last = name_lists()[1]
    single_letters = any(len(w) == 1 and w not in "ai" for w in words)
    for m in _LOWER_INITIALS_RE.finditer(text) if single_letters else ():
        surname = m.group("s")
        if (
            surname.title() in last
            and _usable(surname, blocked)
            and surname not in _SHORTHAND
            and not _CREDENTIAL_AFTER_RE.match(text, m.end())
        ):
            new.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    for s in identifiers:
        if s.type not in ("PHONE", "EMAIL"):
            continue
        after = _AFTER_CONTACT_RE.match(text, s.end) if s.type == "PHONE" else None
        # a listed given name, not a label ("(Home)", "(Mobil)") nor a word ("(Grace period)")
        if after is not None and all(
            _clean(w).title() in name_lists()[0] and _usable(w, blocked) and w not in _WORDLIKE
            for w in after.group("name").split()[:1]
        ):
            span = Span(after.start("name"), after.end("name"), "PATIENT-NAME")
            if free(span):
                new.append(span)
        line = text.rfind("\n", 0, s.start) + 1
        c = _BEFORE_CONTACT_RE.search(text, max(line, s.start - 60), s.start)
        if c is None:
            continue
        named = c.group("name").split()
        # an e-mail's display name: a listed given name even if it is a word too ("Jenny")
        display = s.type == "EMAIL" and c.group().rstrip().endswith("<")
        if display and len(named) == 1 and _clean(named[0]).title() in name_lists()[0]:
            span = Span(c.start("name"), c.end("name"), "PATIENT-NAME")
            if free(span) and _usable(named[0], blocked):
                new.append(span)
            continue
        if len(named) == 1 and (named[0].isupper() or everyday(named[0]) or not listed(named[0])):
            # "SIN 123-456-782", "Home 06 6988 1234", "Callback 614-...": a label, unless
            # a list knows the word as a name
            continue
        # "Sunny Kim <e-mail>": a given name that is also a word, next to a listed surname
        wordlike = len(named) == 2 and _clean(named[0]).title() in _WORDLIKE_NAMES | _WORDLIKE
        if all(
            name_like(w, blocked) or listed(w) or (i == 0 and wordlike) for i, w in enumerate(named)
        ) and (any(listed(w) for w in named[wordlike:]) or not any(everyday(w) for w in named)):
            span = Span(c.start("name"), c.end("name"), "PATIENT-NAME")
            if free(span):
                new.append(span)
    # a "name" inside an address is a street's ("Calle", "Kauri"): it joins nothing
    addresses = [s for s in identifiers if s.type == "ADDRESS"]
    anchors = [
        s
        for s in found + new
        if free(s) and not any(s.start < a.end and a.start < s.end for a in addresses)
    ]
    if "(" in text:
        new += _nicknames(text, anchors, blocked)
    new += _joined(text, anchors, blocked, free)
    return new + list(_mentions(text, new, found, blocked, free))


def _candidate(text: str, m: re.Match[str], blocked: Container[str]) -> Span | None:
    span = _candidate_span(text, m, blocked)
    if span is None or any(
        rx.match(text, span.end) for rx in (_STAFF_AFTER_RE, _CREDENTIAL_AFTER_RE, _TOLD_RE)
    ):
        return None
    words = text[span.start : span.end].split()
    first, last = name_lists()
    # "spoke with Toolis", "f/u w/ Kaplan": a surname alone after such a verb is a
    # clinician's far more often than a patient's or a relative's
    w = _clean(words[0]).title()
    if len(words) == 1 and words[0][:1].isupper() and w not in first and w in last:
        return None
    return span


_TOLD_RE = re.compile(
    r"[ \t]+(?i:(?:made[ \t]+)?aware|notified|paged|informed|in[ \t]+to[ \t]+(?:see|eval))\b"
)
# A credential or role right after a name, in any case: "spoke with nadine rn".
_CREDENTIAL_AFTER_RE = re.compile(
    r"[ \t]*[,(]?[ \t]*(?i:rn|rrt|np|md|pa|pa-c|lpn|cna|pt|ot|sw|cm|msw|lcsw|do|nurse|cns|gp|msl)\b"
)


def _candidate_span(text: str, m: re.Match[str], blocked: Container[str]) -> Span | None:
    start = m.start("name")
    word = text[start:].split(None, 1)[0]
    if word.isupper():
        return None  # in capitals the cue names staff as often as family ("SPEAK WITH KATIE")
    if word[:1].isupper():
        # a listed surname that is also a word ("Billing", "Walker") is no name on its own here
        if not name_like(word, blocked) or everyday(word) and _clean(word) not in name_lists()[0]:
            return None
        return _trim(text, start, m.end("name"), blocked)
    w = _clean(word)
    if not _lower_name(w, blocked, text[start + len(w) :]):
        return None
    span = _trim(text, start, m.end("name"), blocked)
    # (the trim may have kept a lone letter after the given name: "anahera t")
    if span is not None and span.end - start <= len(w) + 2:
        # "follow up with benjamin a seiler", "monika žilková": a listed given name goes on
        # over an initial and a surname no list needs to know, if it is no English word; a
        # given name no list knows, over a listed surname ("joaquín r salgado")
        rest = _LOWER_SURNAME_RE.match(text, start + len(w))
        if (
            rest is not None
            and lower_surname(rest.group("s"), blocked)
            # either list knows a word, or an initial stands between ("anahera t rapana")
            and (
                w.title() in name_lists()[0]
                or rest.group("s").title() in name_lists()[1]
                or rest.group("i") is not None
            )
        ):
            span = Span(span.start, rest.end(), "PATIENT-NAME")
    return span


_LOWER_SURNAME_RE = re.compile(
    r"(?:[ \t]+(?P<i>[a-z])\.?)?[ \t]+(?P<s>[a-zà-öø-ÿā-ž][\w'’-]{2,})(?![\w'’-])"
)


def lower_surname(word: str, blocked: Container[str]) -> bool:
    """A lower-case word after a listed given name that is its surname: listed as one, or no
    English word, shorthand or family word."""
    if word in _SHORTHAND or word in _NOT_AFTER_RELATIVE or RELATIVE_RE.fullmatch(word):
        return False
    if not _usable(word, blocked):
        return False
    return word.title() in name_lists()[1] and not common(word) or not everyday(word)


_BEFORE_BRACKET_RE = re.compile(rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]*\([ \t]*$")
_BRACKET_CLOSE_RE = re.compile(r"[ \t]*\)")


def _nicknames(text: str, anchors: list[Span], blocked: Container[str]) -> list[Span]:
    """A word right before a found name that fills a bracket: the name's nickname or short
    form ("Lupita (Guadalupe Reyes)")."""
    out = []
    for s in anchors:
        if not text.startswith("(", max(0, s.start - 2)) and not text.startswith("(", s.start - 1):
            continue
        b = _BEFORE_BRACKET_RE.search(text, max(0, s.start - 40), s.start)
        if b is None or _BRACKET_CLOSE_RE.match(text, s.end) is None:
            continue
        word = b.group("name")
        if not common(word) and (
            name_like(word, blocked) or listed(word) and _usable(word, blocked)
        ):
            out.append(Span(b.start("name"), b.end("name"), "PATIENT-NAME"))
    return out


def _joined(
    text: str, anchors: list[Span], blocked: Container[str], free: Callable[[Span], bool]
) -> list[Span]:
    """Words joined by "and" or a comma to a found name, both ways, as far as the list goes."""
    out: list[Span] = []
    # a particle or initial found on its own ("van") joins nothing
    anchors = [
        s for s in anchors if s.end - s.start > 2 and text[s.start : s.end] not in _PARTICLES
    ]
    seen = {(s.start, s.end) for s in anchors}
    todo = list({(s.start, s.end): s for s in anchors}.values())
    while todo:
        s = todo.pop()
        capital = text[s.start : s.start + 1].isupper()
        # a cheap look at the neighbours first: most names stand alone
        b = (
            _JOINED_BEFORE_RE.search(text, max(0, s.start - 60), s.start)
            if any(j in text[max(0, s.start - 30) : s.start] for j in _JOIN_HINTS)
            else None
        )
        after = text[s.end : s.end + 5]
        a = _JOINED_AFTER_RE.match(text, s.end) if any(j in after for j in _JOIN_HINTS) else None
        for m in (b, a):
            if m is None:
                continue
            word = m.group("name").split()[0]
            if _clean(word).lower() in CREDENTIAL_WORDS:
                continue  # "Halvorsen, PharmD"
            if word[:1].isupper() != capital or word.isupper() != text[s.start : s.end].isupper():
                continue
            # in lower case only "and" joins ("sarah and margie"), a comma is too weak
            ok = (
                name_like(word, blocked)
                if capital
                else _lower_name(word, blocked, text[m.start("name") + len(word) :])
                and "," not in m.group()
            )
            if not ok:
                continue
            span = _trim(text, m.start("name"), m.end("name"), blocked)
            if span is None or (span.start, span.end) in seen or not free(span):
                continue
            # "Rakusin and Toolis aware": clinicians told of a change, not patients
            if _TOLD_RE.match(text, max(span.end, s.end)):
                continue
            # one word after a full name and a comma is the name's place ("Soledad Altamirano,
            # Salamanca, tel. ...") unless a list of people goes on ("Ana Ruiz, Pilar and Rosa")
            if (
                m is a
                and "," in text[s.end : m.start("name")]
                and (
                    " " in text[s.start : s.end]
                    or _NAME_BEFORE_RE.search(text, max(0, s.start - 40), s.start) is not None
                )
                and " " not in text[span.start : span.end]
                and not _LIST_GOES_ON_RE.match(text, span.end)
            ):
                continue
            seen.add((span.start, span.end))
            out.append(span)
            todo.append(span)
    return out


_NAME_BEFORE_RE = re.compile(rf"{_CAP_TOKEN}[ \t]+$")
_LIST_GOES_ON_RE = re.compile(r"[ \t]*,?[ \t]*(?:and|&|y|e|et|und|og|och|ja)[ \t]")
_ANY_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _mentions(
    text: str,
    new: list[Span],
    found: list[Span],
    blocked: Container[str],
    free: Callable[[Span], bool],
) -> Iterator[Span]:
    """The other mentions of the words found here, in the case they were found in."""
    words = {
        _clean(w)
        for s in new
        for w in text[s.start : s.end].split()
        if len(_clean(w)) > 2 and _usable(w, blocked)
    }
    if not words:
        return
    for m in _ANY_WORD_RE.finditer(text):
        w = _clean(m.group())
        if w in words and not _word_use(text, m):
            span = Span(m.start(), m.start() + len(w), "PATIENT-NAME")
            if free(span):
                yield span
