"""Name-shaped words that a note's layout or a list shows to be places, not people.

Reps list their territory ("Territory: Austin, Tyler, Beaumont, Victoria"), and many towns
carry given names or surnames; a country or its people's name ("Netherlands", "Irish") turns
up in brackets and after relatives, where the position rules look for names. Checked on every
found name, after the detectors, like names.not_a_name. The other way round, a town right
after a patient's name ("Walter Price from Phoenix") is where the patient lives.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from prepcli.phi.addresses import country_names
from prepcli.phi.companies import COMPANY_ENDINGS
from prepcli.phi.names import (
    _ROMANCE_WORDS,
    _WORDLIKE,
    _demonym,
    census_lists,
    name_lists,
)
from prepcli.phi.relatives import RELATIVE
from prepcli.phi.spans import AnyOf, Span, words_of
from prepcli.phi.words import common

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# A label whose list holds places: "Territory: Austin, Tyler", "Sites - Ennis, Tralee".
_PLACE_LABEL_RE = re.compile(
    r"\b(?i:territor(?:y|ies)|regions?|areas?|cities|towns|sites|locations|route|patch"
    r"|counties|districts|branches|states|provinces|countries)[ \t]*[:-][ \t]*"
    rf"(?:{_CAP}(?:[ \t]+{_CAP})?[ \t]*(?:,|;|/|\band\b|&)[ \t]*)*$"
)


# One word alone in brackets ("Frau Gruber (Wien)", "Daughter (Taipei) 0912 ..."), or opening
# its line before a colon ("Quito: la Sra. ..."): where a note puts a person's town.
_IN_BRACKETS_RE = re.compile(r"\([ \t]*$")
_BRACKET_END_RE = re.compile(r"[ \t]*\)")
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t>*-]*$")
_COLON_AFTER_RE = re.compile(r"[ \t]*:")
# The word for "in" of French, Spanish, Portuguese and Italian prose before a town ("en
# Santiago", "em Braga"): only there, as Dutch "en" is "and" ("Jan en Piet").
_THE_BEFORE_RE = re.compile(r"\b(?i:the)[ \t]+$")
_NOUN_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}\b(?<!\band)(?<!\bor)")
# The same word, and no verb nor adverb a family's surname may take ("the Irish called", "the
# French twice"): for a people's name that is a surname too.
_THING_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:is|was|were|are|has|had|have|will|would|can|could|said|says|told|rang|twice"
    r"|again|today|also|who|which|that|then|came|come|comes|phoned|called|calls|family"
    r"|families|household)\b)[a-z]{3,}\b(?<!ed)(?<!ly)"
)
_ROMANCE_IN_RE = re.compile(r"\b(?:en|em)[ \t]+$")
# Spanish, Catalan and Portuguese verbs of being or working somewhere, in any form:
# ingresado, ingressat, trabaja, treballa, vive, viu, reside, nacido, nascut, trasladada,
# hospitalizado, atendido, ubicado, situado, domiciliado, empadronado, estudia, mora.
_PLACE_VERB_RE = re.compile(
    r"(?i:ingres\w*|trabaj\w*|treball\w*|trabalh\w*|viv\w*|vive|viu|resid\w*|naci\w*|nasc\w*"
    r"|traslad\w*|trasllad\w*|hospitali[tz]\w*|atend\w*|ubicad\w*|situad\w*|domicili\w*"
    r"|empadron\w*|estudi\w*|mora|morava)"
)
_WORD_BEFORE_IN_RE = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_]+)[ \t]+(?:en|em)[ \t]+$")
# (not "a" and "à": Spanish and French put them before people too: "llamé a Santiago")
_PERSON_BEFORE_RE = re.compile(
    rf"\b(?i:{RELATIVE}|pt|patient|patiente?|paciente|patientin|name|contact)['’]?s?"
    r"[ \t:]*\([ \t]*$"
)


# Words that say the list after them is of people: "her sons Tyler and Austin".
_PEOPLE_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{RELATIVE}|kids|children|twins|patients|pts|people|siblings|grandchildren"
    r"|cc|with|and|to|from|by|for|dear|hi|hello|met|saw|called|visited)[ \t:,]*)$"
)
_WORD = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# Single capitalised words joined by commas and "and": "Ennis and Kilkenny", "Lafayette,
# Florence, Tyler and Marion".
_WORD_LIST_RE = re.compile(
    rf"(?<![\w'’-]){_WORD}(?:[ \t]*,[ \t]*{_WORD})*[ \t]*,?[ \t]+(?:and|&|or)[ \t]+{_WORD}"
    # (not before a surname, "Tyler and Marion Smith"; an acronym may follow: "Kent and Medway
    # ICB")
    r"(?![\w'’-])(?![ \t]+[A-Z](?![A-Z\d]+\b))"
)


_HEALTH_BODIES = frozenset("ICB ICS CCG HSE STP NHS PCT CHO".split())
# Peoples' names that no country's name grows into (names._demonym reads "Kenyan", "Chinese"),
# several of them surnames too ("Irish", "German", "French"): adjectives only before a noun.
_NATIONALITIES = frozenset(
    """Irish French English Welsh Scottish Scots British Dutch German Swiss Danish Swedish
    Finnish Greek Thai Turkish Czech Polish Spanish Portuguese Flemish Cornish Icelandic
    Slovak""".split()
)


@cache
def towns() -> frozenset[str]:
    """Towns and regions as the phone number geocoder names them (data/places.txt), and the
    capitals and cities of 500,000 people or more that it does not (data/cities.txt, from
    GeoNames: "Quito", "Reykjavik"); both built by bench/phi_places_build.py."""
    data = resources.files("prepcli.phi").joinpath("data")
    return frozenset(
        line
        for name in ("places.txt", "cities.txt")
        for line in data.joinpath(name).read_text(encoding="utf-8").splitlines()
    )


def a_place(text: str, span: Span) -> bool:
    """Whether the found name at ``span`` is a place: an item of a list of places, one word
    that names a country or its people (and is no given name: "Jordan", "Georgia"), or a town
    or country where notes put places (see ``_town_slot``)."""
    # a health body's acronym read into the name: "Kent and Medway ICB", "Galway HSE"
    last = text.rfind(" ", span.start, span.end)
    if last > span.start and text[last + 1 : span.end] in _HEALTH_BODIES:
        return a_place(text, Span(span.start, last, span.type))
    line_start = text.rfind("\n", 0, span.start) + 1
    lo = max(line_start, span.start - 120)
    # (the label's colon or dash: most names have neither before them on their line)
    labelled = text.find(":", lo, span.start) >= 0 or text.find("-", lo, span.start) >= 0
    if labelled and _PLACE_LABEL_RE.search(text, lo, span.start):
        return True
    word = text[span.start : span.end]
    if _town_slot(text, span, word) or _town_list(text, span) or _travel_town(text, span, word):
        return True
    if any(c.isspace() for c in word) or word.title() in census_lists()[0]:
        return False
    return word in country_names() or (word[:1].isupper() and _demonym(word))


def _town_slot(text: str, span: Span, word: str) -> bool:
    """A town the geocoder knows, or a country, alone in brackets or opening its line before a
    colon (not a census given name there: "(Florence)" may be what a patient is called), or
    after the word for "in" of Romance prose (a given name too: "en Santiago")."""
    if (
        word not in towns()
        and word not in country_names()
        and word not in _NATIONALITIES
        and not _demonym(word)
    ):
        return False
    lo = max(0, span.start - 12)
    bracket = _IN_BRACKETS_RE.search(text, lo, span.start) and _BRACKET_END_RE.match(text, span.end)
    line = _LINE_START_RE.search(text, lo, span.start) and _COLON_AFTER_RE.match(text, span.end)
    if bracket and _PERSON_BEFORE_RE.search(text, max(0, span.start - 24), span.start):
        # after a relative or a patient's word the brackets hold a name as often ("daughter
        # (Florence)", "Son (Jordan)"): only a town no given-name list holds ("Daughter
        # (Taipei)")
        return word not in AnyOf(census_lists()[0], name_lists()[0], _WORDLIKE)
    if (bracket or line) and (
        word in country_names() or word not in AnyOf(census_lists()[0], _WORDLIKE)
    ):
        return True
    # a country's, people's or town's name used as an adjective: "on the Irish hardship form",
    # "the Galway pharmacy" (not a given name: "the Tyler referral" may be a patient's)
    if _THE_BEFORE_RE.search(text, lo, span.start) and _NOUN_AFTER_RE.match(text, span.end):
        if word in _NATIONALITIES:
            return _THING_AFTER_RE.match(text, span.end) is not None
        return word in country_names() or _demonym(word) or word not in census_lists()[0]
    if _ROMANCE_IN_RE.search(text, lo, span.start) is None:
        return False
    if len(words_of(text) & _ROMANCE_WORDS) >= 2:
        return True
    # a short clause with a verb or participle before "en" ("Ingresado en Girona el martes",
    # "Trabaja en Valencia como profesor", "ingresa en Tarragona"): a lower-case word, or a
    # sentence's first word no name list holds ("Sofía en Madrid" may be a person's)
    verb = _WORD_BEFORE_IN_RE.search(text, max(0, span.start - 40), span.start)
    if verb is None or len(verb.group("w")) < 3:
        return False
    # a town that is a given name too ("Valencia", "Santiago") only after a verb of being
    # somewhere: "pensando en Santiago, su hijo" names a person (fail closed)
    if word in name_lists()[0] or word in census_lists()[0]:
        return _PLACE_VERB_RE.fullmatch(verb.group("w")) is not None
    return verb.group("w").islower() or verb.group("w") not in AnyOf(*name_lists())


# Where a rep or a clinician goes or meets, a town follows: "Flight to Montevideo then
# Asunción", "congress in Reykjavik", "our office in Quito", "visited Lyon and Porto" (not
# "from", "moved to", "lives in": where a person comes from or lives is an address; nor
# "return to", "back to", which take people as often: "please return to Leon").
_GO_TO = (
    r"(?:fl(?:y|ew|ies|ying|ights?)|travel(?:l?ed|l?ing|s)?|trips?|drive|drove|driving"
    r"|train|ride|head(?:ed|ing)?|flight|layover|connection)[ \t]+to"
)
_MEET_IN = (
    r"(?:congress|conference|meeting|summit|symposium|workshop|board|office|offices"
    r"|headquarters|HQ|based|site|sites|clinics|hospitals|launch|event|booth|roadshow"
    r"|stopover|layover)[ \t]+(?:in|at)"
)
# A meeting named by its town, or its town named by the meeting: "the Orlando symposium",
# "back from the Madrid ERS congress", "ASCO in Chicago", "ESC Amsterdam", "Satellite
# symposium, Paris". A patient is never a meeting's town (fail closed all the same where the
# sentence is about a patient: see _travel_town).
_EVENT_NOUNS = (
    r"(?i:congress(?:es)?|conferences?|symposium|symposia|summit|meetings?|workshops?"
    r"|round-?tables?|advisory[ \t]+boards?|ad[ \t]+boards?|forum|masterclass|convention"
    r"|seminars?|expo|retreat|roadshow|kick-?off|satellite|congr[èe]s|kongress|congreso"
    r"|congresso|jornadas)"
)
# Medical societies' congresses as reps name them (the societies' own names for their annual
# meetings): only these before a bare town, where any capitals could be a test or a ward.
_CONGRESSES = (
    r"(?:ASCO|ESMO|ASH|EHA|ESC|ACC|AHA|ADA|EASD|ERS|ATS|AAN|EAN|EULAR|ACR|DDW|UEGW|AASLD"
    r"|EASL|IDWeek|ECCMID|ESCMID|AAD|EADV|ISTH|ASN|ERA|APA|ECNP|SABCS|ASTRO|ESTRO|AUA|EAU"
    r"|ENDO|ECE|ISPOR|AACR|CHEST|ACG|ARVO|ECTRIMS|ACTRIMS|AES|CROI|ECCO|EASO|ESOC|ISC|ATTD"
    r"|ISPAD|ESPGHAN|PAS|ESPID|EPA|WPA|HFA|EHRA|TCT|EuroPCR|ESH|ISH|KDIGO|WCN|ASGCT|ESGE"
    r"|AAOS|EFORT|ESSKA|AAO|ESCRS|EURETINA|WCD|EAACI|AAAAI|ERA-EDTA|ESPN|EANM|SNMMI|RSNA|ECR)"
)
# (an acronym in capitals and a year may stand between: "the Madrid ERS 2025 congress"; no
# other capitalised word: "the Austin Smith meeting" names a person)
_EVENT_AFTER_RE = re.compile(
    rf"(?:[ \t]+[A-Z][A-Z\d&-]{{1,7}})?(?:[ \t]+(?:19|20)\d\d)?[ \t]+{_EVENT_NOUNS}(?![\w'’-])"
)
_EVENT_DETERMINER_RE = re.compile(
    r"(?:\b(?i:the|this|that|last|next|our|their|a|an|at|from|after|before|for)|^|\n)[ \t]*$"
)
_EVENT_BEFORE_RE = re.compile(
    rf"(?:(?<![\w-]){_CONGRESSES}(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+(?:in|at))?"
    rf"|{_EVENT_NOUNS}[ \t]*[,(])[ \t]+$"
)
_TOWN_CHAIN = (
    rf"(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]*(?:,|\band\b|\bthen\b|\bor\b|\bvia\b|&)[ \t]*)*"
)
_TRAVEL_BEFORE_RE = re.compile(
    rf"\b(?i:{_GO_TO}|{_MEET_IN}|visit(?:ed|ing|s)?|via|fly[ \t]+into)[ \t]+{_TOWN_CHAIN}$"
)
# A person the sentence is about, whose travel may say where he lives or is treated: fail
# closed there ("her daughter flew to Quito", "the patient travelled to Lyon").
_PERSON_IN_SENTENCE_RE = re.compile(
    rf"\b(?i:{RELATIVE}|pt|pts|patient|patients|client|caller|member)\b[^.!?\n]*$"
)


_CAP_BEFORE_RE = re.compile(rf"(?:{_CAP}[ \t]+){{1,2}}$")
_CAP_AFTER_RE = re.compile(rf"(?:[ \t]+{_CAP}){{1,2}}")
_WORD_START_RE = re.compile(rf"(?<![\w'’-]){_CAP}")
_NEXT_CAP_RE = re.compile(rf"[ \t]+{_CAP}")


def _town_start(text: str, span: Span, word: str) -> int | None:
    """Where the town or country the found words belong to starts: the words themselves, or
    a name of up to three words around them that the lists hold ("Ababa" in "Addis Ababa")."""
    if word in towns() or word in country_names():
        return span.start
    starts = [span.start]
    before = _CAP_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
    if before is not None:
        starts += [m.start() for m in _WORD_START_RE.finditer(text, before.start(), span.start)]
    ends = [span.end]
    after = _CAP_AFTER_RE.match(text, span.end)
    if after is not None:
        ends += [m.end() for m in _NEXT_CAP_RE.finditer(text, span.end, after.end())]
    return next((a for a in starts for b in ends if text[a:b] in towns()), None)


def _travel_town(text: str, span: Span, word: str) -> bool:
    """A town or country where the sentence sends a rep or a meeting (``_TRAVEL_BEFORE_RE``),
    in a sentence about no patient or relative."""
    start = _town_start(text, span, word)
    if start is None:
        return False
    if (
        _TRAVEL_BEFORE_RE.search(text, max(0, start - 80), start) is None
        and _EVENT_BEFORE_RE.search(text, max(0, start - 30), start) is None
        and (
            _EVENT_AFTER_RE.match(text, span.end) is None
            or _EVENT_DETERMINER_RE.search(text, max(0, start - 8), start) is None
        )
    ):
        return False
    return _PERSON_IN_SENTENCE_RE.search(text, max(0, start - 120), start) is None


# An institution's name the found words open: "Baylor Scott & White Health", "Keio
# University Hospital", "Sunnybrook Health Sciences Centre": capitalised words (joined by
# "&", "and", "of") whose last one is an institution's noun.
_INSTITUTION_HEADS = (
    r"Health|Healthcare|Hospitals?|Clinics?|Cent(?:er|re)s?|Institute|Foundation|University"
    r"|College|Pharmacy|Hospice|Infirmary|Sciences|System|Network|Trust|Partners|Laboratories"
    r"|" + "|".join(sorted(COMPANY_ENDINGS))
)
_INSTITUTION_AFTER_RE = re.compile(
    rf"(?:[ \t]+(?:&|and|of)?[ \t]*{_CAP}){{0,3}}?[ \t]+(?:{_INSTITUTION_HEADS})"
    r"(?![\w'’-])(?![ \t]+[A-Z])"
)
_PERSON_CUE_BEFORE_RE = re.compile(
    r"\b(?i:pt|patient|patiente?|paciente|name|mr|mrs|ms|miss|mx|sr|sra|herr|frau)\.?[ \t:,]*$"
)


# Or whose name follows its noun, as Romance and German ones do: "Hospital Israelita Albert
# Einstein", "Clínica Alemana", "Klinikum Rechts der Isar", "Instituto Nacional de
# Cancerología": the noun, then capitalised words (and particles) up to the found words.
_INSTITUTION_PARTICLES = r"de|do|da|dos|das|del|di|della|der|des|du|la|le|y|e|i|und"
_INSTITUTION_BEFORE_RE = re.compile(
    r"\b(?:Hospital|Hôpital|Hopital|Clínica|Clinica|Clinique|Klinik|Klinikum|Krankenhaus"
    r"|Spital|Instituto|Institut|Istituto|Centro|Policlinico|Policlínico|Ospedale|Sanatorio"
    r"|Universidad|Universidade|Università|Universität|Fundación|Fundação|Stiftung|Santa[ \t]+Casa"
    r"|Casa[ \t]+de[ \t]+Saúde|Szpital|Nemocnice|Kórház)"
    # (Catalan joins two saints with "i": "Hospital de la Santa Creu i Sant Pau"; a particle
    # may stand right before the found words: "Hospital de la Santa Creu")
    rf"(?:[ \t]+(?:(?:{_INSTITUTION_PARTICLES})[ \t]+)*{_CAP}){{0,4}}"
    rf"(?:[ \t]+(?:{_INSTITUTION_PARTICLES}))*[ \t]+$"
)


def an_institution(text: str, span: Span) -> bool:
    """Whether the found name opens an institution's name (``_INSTITUTION_AFTER_RE``), with
    no person's cue right before it ("Patient Jane Doe Health ..." stays a name), or ends
    one its noun opens (``_INSTITUTION_BEFORE_RE``)."""
    if _INSTITUTION_BEFORE_RE.search(text, max(0, span.start - 80), span.start):
        return True
    if _INSTITUTION_AFTER_RE.match(text, span.end) is None:
        return False
    return _PERSON_CUE_BEFORE_RE.search(text, max(0, span.start - 12), span.start) is None


def _town_list(text: str, span: Span) -> bool:
    """An item of a list of single words that are all towns the geocoder knows, one of them
    at least in no name list ("Dundalk, Navan and Athlone"). Where every item is also a
    surname or given name ("Ennis and Kilkenny", "Marrero and Murphy were precision
    engineers", "Tyler and Marion") the list may be of people, and stays names; unless the
    sentence talks of a rep's territory (``_territory``), where a county the geocoder lacks may
    stand beside a town it knows ("Sligo and Leitrim")."""
    if text[span.start : span.end] not in towns() and (
        _TERRITORY_HINT_RE.search(text, max(0, span.start - 60), span.start) is None
    ):
        return False
    lo = max(0, span.start - 80)
    for m in _WORD_LIST_RE.finditer(text, lo, min(len(text), span.end + 80)):
        if m.start() > span.start:
            break
        if m.end() < span.end:
            continue
        if _PEOPLE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
            return False
        if _ward_cover(text, m.start(), m.end()):
            return False
        items = re.split(
            r"[ \t]*,[ \t]*(?:(?:and|&|or)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+", m.group()
        )
        known = AnyOf(*census_lists(), *name_lists())
        if all(i in towns() for i in items):
            return any(i not in known for i in items) or _territory(text, m.start(), m.end())
        # in territory talk, a county the geocoder lacks beside a town it knows ("Sligo and
        # Leitrim"), when no given name is among them
        return (
            any(i in towns() for i in items)
            and not any(i in census_lists()[0] for i in items)
            and _territory(text, m.start(), m.end())
        )
    return False


# A rep's territory talk around a list of towns or regions that are all names as well ("Cork
# and Kerry", "Surrey and Sussex", "Kent and Medway"): the verb or noun of territory before
# ("covering", "rep for", "my patch is", "taking over"), or a health body or a sales word after
# ("the Kent and Medway ICB", "Leeds and Bradford accounts").
_TERRITORY_BEFORE_RE = re.compile(
    r"\b(?i:cover(?:s|ed|ing)?|rep[ \t]+for|territor(?:y|ies)|patch(?:[ \t]+is)?|regions?"
    r"|areas?|accounts?[ \t]+in|split(?:ting)?|hand(?:ed|ing)?(?:[ \t]+over)?"
    r"|tak(?:e|es|ing)[ \t]+over|took[ \t]+over|across|throughout)[ \t:]*(?:the[ \t]+)?$"
)
# (a cheap test for a word of _TERRITORY_BEFORE_RE before a word no town list holds)
_TERRITORY_HINT_RE = re.compile(
    r"(?i:cover|rep[ \t]+for|territor|patch|region|area|accounts?[ \t]+in|split|hand"
    r"|take|taking|took|across|throughout)"
)
_TERRITORY_AFTER_RE = re.compile(
    r"[ \t]+(?:ICB|ICS|CCG|HSE|STP|NHS|PCT|CHO|(?i:formulary|formularies|trusts?|territory|patch"
    r"|region|area|accounts|network|team|practices|pharmacies|health[ \t]+board))\b"
)


def _territory(text: str, start: int, end: int) -> bool:
    """Territory talk around the list at ``start``..``end``, in a sentence about no patient or
    relative, one item at least no given name ("covering Tyler and Marion" may be a hand-off's
    two children)."""
    given = census_lists()[0]
    if all(w in given for w in re.findall(r"[A-Z][\w'’-]*", text[start:end])) and not (
        _colleague_covers(text, start, end)
    ):
        return False
    if _TERRITORY_AFTER_RE.match(text, end) is None and (
        _TERRITORY_BEFORE_RE.search(text, max(0, start - 24), start) is None
        and _COLLEAGUE_COVERS_RE.search(text, max(0, start - 60), start) is None
    ):
        return False
    if _ward_cover(text, start, end):
        return False
    return _PERSON_IN_SENTENCE_RE.search(text, max(0, start - 120), start) is None


def ward_cover_names(text: str, names: list[Span]) -> list[Span]:
    """Every item of a ward's cover list one of whose items is a found name: "covering Austin
    and Savannah in beds 3 and 4 tonight" (a name the lists hold only as a surname or a town
    stands beside one they hold as a given name: the list is of the same kind)."""
    out = []
    for m in _WORD_LIST_RE.finditer(text):
        if not _ward_cover(text, m.start(), m.end()):
            continue
        items = [i for i in _ITEM_RE.finditer(text, m.start(), m.end()) if i.group() not in _JOINS]
        if any(n.start < m.end() and m.start() < n.end for n in names):
            out += [Span(i.start(), i.end(), "PATIENT-NAME") for i in items]
    return out


_ITEM_RE = re.compile(r"[A-Z][\w'’-]*")
_JOINS = frozenset(("and", "or"))


def _ward_cover(text: str, start: int, end: int) -> bool:
    """Whether the list at ``start``..``end`` is covered on a ward: a ward's cover names its
    patients ("Night nurse covering Austin and Tyler, both settled", "covering Kerry and
    Chester tonight, both post-op"), whatever towns the names are too (fail closed)."""
    if _COVER_BEFORE_RE.search(text, max(0, start - 24), start) is None:
        return False
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    sentence = _SENTENCE_REST_RE.match(text, end)
    sentence_end = sentence.end() if sentence is not None else len(text)
    return _WARD_RE.search(text, sentence_start, sentence_end) is not None


_SENTENCE_REST_RE = re.compile(r"[^.!?\n]*")
_COVER_BEFORE_RE = re.compile(r"\b(?i:cover(?:s|ed|ing)?)[ \t:]*$")
# A ward's words: its shifts, beds and the state of its patients.
_WARD_RE = re.compile(
    r"\b(?i:tonight|overnight|nights?|night[ \t]+shift|day[ \t]+shift|settled|beds?|bays?"
    r"|cubicles?|side[ \t]+rooms?|post-?op|obs|nurses?|hca|handover|asleep|sleeping|stable"
    r"|comfortable|febrile|npo|nbm)\b"
)


# A colleague named as the one who covers, or whose territory it is: "Sinead covers Kerry and
# Clare", "Declan covering Wexford", "Jess is based in Chester", "Ciara's territory includes
# Clare and Kerry". With a first name doing the covering, a list of towns that are all given
# names too is her patch; with no one ("Covering Tyler and Marion tonight") or a ward's role
# ("Staff nurse covering Kerry and Clare") it may be a hand-off's patients and stays names.
_COLLEAGUE_COVERS_RE = re.compile(
    r"(?<![\w'’-])(?P<who>[A-Z][a-z'’-]+)(?:['’]s[ \t]+(?i:territory|patch|region|area)"
    r"(?:[ \t]+(?i:is|includes|covers|now[ \t]+includes))?"
    r"|[ \t]+(?:(?:is|will|now)[ \t]+)?(?i:covers|covering|cover|based[ \t]+in))"
    r"[ \t:]+$"
)


def _colleague_covers(text: str, start: int, end: int) -> bool:
    """Whether a colleague's first name does the covering right before the list at
    ``start``..``end``, and no item of it is named again elsewhere in the note ("Kerry is
    comfortable. Sinead covers Kerry and Clare": the item may be the patient, fail closed)."""
    m = _COLLEAGUE_COVERS_RE.search(text, max(0, start - 60), start)
    if m is None or m.group("who") not in name_lists()[0]:
        return False
    items = _ITEM_RE.findall(text, start, end)
    return all(len(re.findall(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text)) == 1 for w in items)


# "Lisa Thompson from Houston, admitted ...", "Mrs Pat Quinn of Harrogate", "patient Jan
# Kowalski, 70, Kraków", "Patient Claire Brandt (Lausanne)": up to three capitalised words
# after "from" or "of" (a lower-case word may go on: "of Harrogate called"; a list may not:
# "Saabir, Boston and Chicago sites"), after a comma with the clause ending there (a state's
# code may follow: "from Tulsa, OK"), or alone in brackets after a name the patient's word
# or a courtesy title cues ("Frau Erika Brandt (Graz) bittet um Rückruf": her residence; with
# no such cue the bracket may be an office's or a caller's: "Claire Brandt (Lausanne) called
# about the samples").
# An age may stand between the name and the town.
_AFTER_NAME_TOWN_RE = re.compile(
    r"(?:[ \t]*,[ \t]*\d{1,3}(?:[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?|[MF]))?(?=[ \t]*[,(])"
    r"|[ \t]*\([ \t]*\d{1,3}[^()\n]{0,8}\))?"
    r"(?:(?:[ \t]*,)?[ \t]+(?P<word>from|of)[ \t]+|[ \t]*(?P<sep>[,(])[ \t]*)"
    r"(?P<t>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})"
    r"(?P<st>,[ \t]+[A-Z]{2}(?![\w'’]))?"
    r"(?:(?=[ \t]*(?:[,.;:!?)\n]|$))|(?P<goes>(?=[ \t]+(?!(?:and|or|und|y|et)\b)[a-z])))"
)
# (or a courtesy title: a bracket after "Frau Erika Brandt" is her residence; a clinician's
# title never opens a found patient's name, "Dr. Lee (Leeds)")
_PATIENT_BEFORE_RE = re.compile(
    r"\b(?:(?i:patient(?:in|e)?|paciente|pt\.?|client)[ \t:,-]*"
    r"|(?:Mr|Mrs|Ms|Miss|Mx|Frau|Herr|Mme|Madame|Monsieur|M|Sr|Sra|Srta|Sig|Sig\.ra)\.?[ \t]+)$"
)
# The same town after a lower-case note's lower-case name: "mrs pat quinn of harrogate", "mr
# ahmed from bradford called"; one or two words, an everyday one only where it is no common
# word ("from reading", "of bath" may be the English words).
_AFTER_LOWER_NAME_TOWN_RE = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:from|of)[ \t]+(?P<t>[a-zß-ÿ][a-zß-ÿ'’-]+)"
    r"(?P<t2>[ \t]+[a-zß-ÿ][a-zß-ÿ'’-]+)?"
)


def towns_after_names(text: str, names: list[Span]) -> list[Span]:
    """The town right behind a found patient's name, when the phone geocoder's place names hold
    it (so "Anna Berg from Pfizer", "from Cardiology" stay), it is no country and no other name
    found holds it: a clinician's "Dr. Lee of Leeds General" is never a found patient's name.
    The town goes with the person."""
    spans = []
    for name in names:
        if text[name.start : name.end].islower():
            spans += _lower_town(text, name.end)
            continue
        m = _AFTER_NAME_TOWN_RE.match(text, name.end)
        if m is None or m.group("t") not in towns() or m.group("t") in country_names():
            continue
        if m.group("sep") and m.group("goes") is not None:
            continue
        if m.group("sep") == "(" and (
            not text.startswith(")", m.end())
            or _PATIENT_BEFORE_RE.search(text, max(0, name.start - 20), name.start) is None
        ):
            continue
        town = Span(m.start("t"), m.end(), "ADDRESS")
        if not any(n.start < town.end and town.start < n.end for n in names):
            spans.append(town)
    return spans


def _lower_town(text: str, end: int) -> list[Span]:
    """The lower-case town after "from" or "of" at ``end``, two words before one."""
    m = _AFTER_LOWER_NAME_TOWN_RE.match(text, end)
    if m is None:
        return []
    if m.group("t2") and (m.group("t") + m.group("t2")).title() in towns():
        return [Span(m.start("t"), m.end("t2"), "ADDRESS")]
    t = m.group("t")
    if t.title() in towns() and t.title() not in country_names() and not common(t):
        return [Span(m.start("t"), m.end("t"), "ADDRESS")]
    return []
