"""Two or more capitalised words side by side that no dictionary knows: a person's name.

The names the other rules miss are mostly ones no name list holds and no cue introduces
("Meriadoc Brandybuck is Frodo's friend", "Julcsa Kárpáthy" on a line of its own, "(not by
Ushurma Dratchev)"). One capitalised word no dictionary knows is as often a drug, a brand or a
town as a name, but two of them side by side are nearly always a person's given name and
surname. What else puts such words side by side is guarded by class:
- other languages' capitalised words: German nouns and sentence starts ("Bitte Unterlagen"),
  Spanish and Italian institutions ("Cirugía Plástica", "Patologia Forense"): a word of
  foreign_words.py is known;
- a dictionary word in an inflected form ("Suctioned Trach"): a word of Webster's whole list
  (not only its common part) that no name list holds is known;
- a language or a people before a product ("Spanish Neurevia", "Japanese-language Cardelis");
- a brand marked ® or ™ ("Solu Dakortin®"); an organisation (a run with "Ltd", "GmbH", "Inc"
  in it or after it, a Māori one opened by its article "Te": "Te Whatu Ora"), an institution
  (a run holding "Hospital", "Klinikum"...);
- a place: a town's name as the phone number geocoder knows it, a run with a town no name list
  holds ("Aberystwyth Penparcau"), after "in", "near", "nach" ("lives in Merthyr Tydfil");
- a drug before its dose ("Solu Medrol 125 mg"), a run before the noun of a place or an
  organisation ("the Whakatane Ohope clinic"), a hotel or a fair ("Hotel Sacher Wien");
- a signature above a role line ("Clinical Nurse Specialist", "Community nurse"), a name after
  a Central European professional's title ("Ing. Patrik Bureš"), as after "Dr.";
- an identifier's label ("Med Rec No. 4471"), a clinician's field's label before a colon and
  "Dr." (misspelt: "Attnding Allergst: Dr. ..."), a weekday or month, an abbreviation or code
  ("Lumexa MoA", "HbA1c").
Where another rule found part of the name, the two are joined ("Sra. Aidé" and "Ocampo
Velasco"). Clinicians, staff, eponyms and founders' companies are off limits as for every name
rule, and the caller's ``blocked`` words (its products, the HCP table) are never part of a
name.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from prepcli.phi.foreign_words import foreign
from prepcli.phi.names import _INSTITUTION, _NEVER, LETTER_WORDS, _demonym, listed
from prepcli.phi.places import towns
from prepcli.phi.scripts import INSTITUTION_STEMS
from prepcli.phi.spans import Span
from prepcli.phi.words import common, everyday

# A capitalised word: "Kárpáthy", "O'Connor", "Mary-Jo", "McAllister"; not an acronym.
_WORD_RE = re.compile(r"(?<![\w'’@./\\-])[^\W\d_][\w'’-]*")
_SIDE_BY_SIDE_RE = re.compile(r"(?<![\w'’@./\\-])[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*)+")
_POSSESSIVE = ("'s", "’s")

# Languages and peoples whose word is no "-ian"/"-ese" form of a country (names._demonym reads
# those): before a product they say which edition it is.
_LANGUAGES = frozenset(
    """
    English British French Dutch Spanish Welsh Swiss Greek Danish Swedish Finnish Polish
    Turkish Irish Scottish Scots Flemish Basque Catalan Galician Czech Slovak Slovene Thai Lao
    Arab Arabic Hebrew Hindi Urdu Bengali Punjabi Tamil Telugu Gujarati Marathi Farsi Persian
    Pashto Dari Swahili Zulu Xhosa Yoruba Igbo Hausa Amharic Somali Tagalog Filipino Maori
    Māori Samoan Tongan Kurdish Uzbek Kazakh Tajik Mandarin Cantonese Latin Romani Yiddish
    Portuguese Japanese Chinese Vietnamese Burmese Nepali Sinhala Sinhalese Icelandic
    Norwegian Frisian Breton Cornish Gaelic Inuit Cree Navajo Sami Afrikaans Esperanto
    """.split()
)
# Words that name an organisation after its name ("Gold Coast Haulage Ltd", "Brandt GmbH").
_ORGANISATION = frozenset(
    """
    Ltd Limited Inc Incorporated Corp Corporation Co LLC LLP PLC Plc GmbH AG KG SA SAS SARL SRL
    Srl SpA BV NV Pty Oy AB ASA AS Holdings Group Trust Partners Partnership Foundation
    """.split()
)
# (or a firm's two names joined: "Baylor Scott & White", "Bracken & Moss")
_ORGANISATION_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:&[ \t]*[A-Z]|(?:" + "|".join(sorted(_ORGANISATION)) + r")\b)"
)
_MARK_AFTER_RE = re.compile(r"[ \t]?(?:[®™©]|\((?:R|TM|r|tm)\))")
# Words that open a Māori name of a thing, a people or a place: the articles "Te" and "Ngā"
# ("Te Whatu Ora", "Ngā Tapuwae"), "Ngāti"/"Ngāi" before an iwi ("Ngāti Porou").
_THING_ARTICLES = frozenset("Te Ngā Nga Ngāti Ngati Ngāi Ngai Kāi".split())
# Words that make a run a thing named after people or places: a disease ("Morbus Crohn",
# "Syndrom Sjögren"), a hotel, a fair, a restaurant ("Hotel Sacher Wien", "Messe Wien").
_THING_HEADS = frozenset(
    """Morbus Syndrom Syndroom Sindrome Síndrome Syndrome Hotel Messe Restaurant Osteria
    Trattoria Pousada Café Cafe Auberge Gasthof Gasthaus Kongress Congress Congreso Congrès
    Congresso""".split()
)
# What follows a drug (its dose) or a place or organisation (its noun): "Solu Medrol 125 mg",
# "the Whakatane Ohope clinic", "Quorlak Brintell team".
_THING_AFTER_RE = re.compile(
    r"[ \t]+(?:\d+(?:[.,]\d+)?[ \t]*(?i:mg|mcg|µg|μg|g|ml|iu|ie|units?|mmol|%)(?![\w])"
    r"|(?:clinic|hospital|practice|surgery|pharmacy|team|office|branch|site|board|trust|unit"
    r"|ward|service|programme|program|trial|study|dinner|congress|conference|symposium"
    r"|campus|group|network|region|district|council|area)s?\b)"
)
# Prefixes English puts before a dictionary word without listing the compound.
_PREFIXES = tuple(
    """
    pre re un non anti multi co sub over under self auto inter intra post semi micro mini
    mis out up
    """.split()
)
# German and Dutch endings of an inflected form whose base the lists hold ("Befunden",
# "Kontrollen"). Not Romance endings: "Dallas" is no inflected "dalla".
_FOREIGN_ENDINGS = ("e", "en", "er", "es", "em", "n")
# German compounds ending in an institution's noun.
_INSTITUTION_ENDS = tuple(
    """
    klinik kliniken klinikum krankenhaus zentrum praxis ambulanz spital ziekenhuis sjukhus
    """.split()
)
_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)
# Nouns of hospitals and clinics whose inflected forms other languages use ("Szpitalu",
# "Krankenhauses", "Nemocnici", "Sairaalassa").
_INSTITUTION_STEMS = tuple(
    """
    szpital klinik krankenhaus nemocnic bolnic bolnišnic sairaal sjukhus sykehus sygehus
    kórház hastane ospedal ziekenhuis hospit policlin poliklin ambulatori universit institut
    fakult centr zentr fundaci fundaç stiftung stichting fondazion
    """.split()
)
# Titles after a name: Turkish "Bey", "Hanım", Japanese "様", "さん".
_TITLE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:Hanım|Hanim|Hanımefendi|Bey|Beyefendi)(?![\w'’-])|様|さん|氏)"
)
# A place after these ("lives in Merthyr Tydfil", "moved nach Bad Ischl", Polish and Czech
# "w", "v"); "to", "at" and "with" take people.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near|across|nach|aus|naar|dans|em|w|v|ve)[ \t]+$")
# A line's label that lists places, with words between ("Territory ride-along: ...").
_PLACE_LABEL_RE = re.compile(
    r"\b(?i:territor(?:y|ies)|regions?|areas?|cities|towns|sites|route|patch|counties"
    r"|districts)\b[^:\n]{0,30}:[^\n]*$"
)
# An identifier's label: "Med Rec No. 4471", "Case Ref #: 0044".
_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:(?i:no|nr|num|number|id)\b\.?|#)")
# A clinician's field: its label, however misspelt, before a colon and the clinician's title
# ("Attnding Allergst: Dr. ...", "Refering Physicain: Dr. ...").
_CLINICIAN_FIELD_RE = re.compile(r"[ \t]*:[ \t]*(?:Dr|Dra|Doctor|Prof|Professor)\b")
# Academic titles that open a professional's name in Central Europe ("Ing. Patrik Bureš",
# "Mgr. Jana", "Mag. pharm.", "Dipl.-Ing."): a colleague's name, like one after "Dr.".
_STAFF_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Ing|Mgr|Bc|Mag|PhDr|RNDr|PharmDr|MVDr|JUDr|Dipl\.-Ing|Dipl|DI|MSc|BSc)\.?[ \t]+$"
)
# Other items of a comma or "and" list before and after a run.
_LIST_ITEM = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
_LIST_BEFORE_RE = re.compile(rf"(?:{_LIST_ITEM}[ \t]*(?:,|\band\b|&)[ \t]*)+$")
_LIST_AFTER_RE = re.compile(rf"(?:[ \t]*(?:,|\band\b|&)[ \t]*{_LIST_ITEM})+")
# A role line below a name line: the name signs a letter or an e-mail ("Clinical Nurse
# Specialist", "Community nurse", "Clinical pharmacist").
_ROLE_LINE_RE = re.compile(
    r"[ \t]*\n[ \t>]*(?:(?i:senior|junior|lead|chief|clinical|community|district|practice"
    r"|specialist|charge|staff|registered|advanced|consultant|head|ward|hospital|medical"
    r"|nurse|assistant|associate|deputy|principal)[ \t]+)*"
    r"(?i:nurse|pharmacist|practitioner|specialist|physician|doctor|consultant|registrar"
    r"|manager|coordinator|co-ordinator|midwife|therapist|physiotherapist|dietitian"
    r"|psychologist|counsell?or|social[ \t]+worker|health[ \t]+visitor|matron|sister"
    r"|[a-z]*ologist|secretary|administrator|liaison|director|officer|lead)\b"
)


def unknown_pairs(
    text: str, blocked: Container[str], off_limits: list[Span], names: list[Span]
) -> Iterator[Span]:
    """Each run of two or more capitalised words of ``text`` that no dictionary, no language
    list and none of the guards of the module docstring knows, as a PATIENT-NAME span joined to
    the ``names`` found already that touch it (so "Aidé" found by a list and "Ocampo Velasco"
    found here are one name); ``blocked`` words are never part of one, and nothing inside
    ``off_limits`` is taken."""
    for run in _capitalised_runs(text):
        spans = list(_unknown_spans(run, blocked))
        if not spans or _a_thing(text, run):
            continue
        for span in spans:
            if any(span.start < o.end and o.start < span.end for o in off_limits):
                continue
            if _signature(text, span) or _a_place(text, span) or _staff_title_before(text, span):
                continue
            if _LABEL_AFTER_RE.match(text, span.end) or _CLINICIAN_FIELD_RE.match(text, span.end):
                continue
            joined = _joined(text, span, names)
            if joined is not None:
                yield joined


def _unknown_spans(run: list[re.Match[str]], blocked: Container[str]) -> Iterator[Span]:
    """The parts of a run where two or more unknown words stand together; a possessive ends
    one ("Panjiva's Riku Andou": the company's, then the person)."""
    start = end = -1
    count = 0
    for m in [*run, None]:
        if m is not None and _unknown(m.group(), blocked):
            if count == 0:
                start = m.start()
            count += 1
            if not m.group().endswith(_POSSESSIVE):
                end = m.end()
                continue
            end = m.end() - 2
        if count >= 2:
            yield Span(start, end, "PATIENT-NAME")
        count = 0


def _joined(text: str, span: Span, names: list[Span]) -> Span | None:
    """The span joined to the names that touch it. Where a name inside it was read back from a
    title after it, that rule decided where the name starts: a capitalised word before is the
    sentence's ("Dün Erkan Bey aradı": Turkish "yesterday"), and the span is dropped."""
    start, end = span.start, span.end
    for n in sorted(names, key=lambda n: n.start):
        inside = n.start < span.end and span.start < n.end and n.start > span.start
        if inside and _TITLE_AFTER_RE.match(text, n.end):
            return None
        gap = text[n.end : start] if n.end < start else text[end : n.start] if n.start > end else ""
        if len(gap) <= 2 and not gap.strip(" \t"):
            start, end = min(start, n.start), max(end, n.end)
    return Span(start, end, "PATIENT-NAME")


def _capitalised_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Maximal runs of capitalised words that only spaces or tabs part."""
    # (a cheap pattern finds words side by side that open with no small ASCII letter; only
    # those are read word by word)
    for side_by_side in _SIDE_BY_SIDE_RE.finditer(text):
        run: list[re.Match[str]] = []
        for m in _WORD_RE.finditer(text, side_by_side.start(), side_by_side.end()):
            if _capitalised(m.group()):
                run.append(m)
                continue
            if len(run) >= 2:
                yield run
            run = []
        if len(run) >= 2:
            yield run


def _capitalised(word: str) -> bool:
    """A capital and small letters: not an acronym ("NHS"), an abbreviation ending in a
    capital ("MoA", "PhD") or a code with digits ("HbA1c")."""
    core = word
    for tail in _POSSESSIVE:
        core = core.removesuffix(tail)
    return (
        core[:1].isupper()
        and core[-1:].islower()
        and not any(c.isdigit() for c in core)
        and any(c.islower() for c in core)
    )


def _unknown(word: str, blocked: Container[str]) -> bool:
    """Whether no dictionary, language list or guard word knows ``word``."""
    core = word
    for tail in _POSSESSIVE:
        core = core.removesuffix(tail)
    letters = core.replace("-", "").replace("'", "").replace("’", "")
    if len(letters) < 3 or core in blocked or core in _NEVER or core in LETTER_WORDS:
        return False
    if core in _INSTITUTION or core in _ORGANISATION or core in _CALENDAR:
        return False
    if common(core) or _prefixed_word(core):
        return False
    # (an acronym joined to a word: "PSP-Anmeldung")
    parts = [p for p in core.split("-") if p and not p.isupper()]
    # "Japanese-language": a people or a language, alone or joined to a word
    if any(p in _LANGUAGES or _demonym(p) for p in parts) and all(
        p in _LANGUAGES or _demonym(p) or common(p) for p in parts
    ):
        return False
    if parts and all(_foreign_form(p) for p in parts):
        return False
    if _institution_word(core):
        return False
    # "Suctioned": an inflected dictionary word no name list holds
    return not (everyday(core) and not listed(core))


def _prefixed_word(word: str) -> bool:
    """An English word behind a prefix the dictionary does not list it with ("Prefilled",
    "Noninvasive", "Reinjected")."""
    w = word.lower()
    return any(w.startswith(p) and len(w) - len(p) >= 4 and common(w[len(p) :]) for p in _PREFIXES)


def _foreign_form(word: str) -> bool:
    """A word of another language, or an inflected form of one whose list holds only the
    other ("Hochsensitiv" for "hochsensitive", "Befunden" for "befund")."""
    if foreign(word):
        return True
    if len(word) < 6:
        return False
    return any(foreign(word + end) for end in ("e", "en")) or any(
        word.endswith(end) and len(word) - len(end) >= 5 and foreign(word[: -len(end)])
        for end in _FOREIGN_ENDINGS
    )


def _institution_word(word: str) -> bool:
    """An institution's noun in any case of its language ("w Szpitalu", "im Krankenhauses"),
    or a German compound ending in one ("Tagesklinik", "Notfallzentrum")."""
    w = word.lower()
    # (and the same nouns in Greek, Cyrillic, Hebrew and Arabic: "Νοσοκομείο", "Больнице")
    return (
        any(w.startswith(stem) for stem in _INSTITUTION_STEMS)
        or w.endswith(_INSTITUTION_ENDS)
        or (not w.isascii() and any(w.startswith(stem) for stem in INSTITUTION_STEMS))
    )


def _a_thing(text: str, run: list[re.Match[str]]) -> bool:
    """Whether the run as a whole names a brand, an organisation, an institution, a disease or
    a place."""
    words = [m.group() for m in run]
    if any(w in _INSTITUTION or w in _ORGANISATION or w in _THING_HEADS for w in words):
        return True
    if any(_institution_word(w) for w in words) or words[0] in _THING_ARTICLES:
        return True
    places = towns()
    if text[run[0].start() : run[-1].end()] in places:
        return True
    if any(w in places and not listed(w) for w in words):
        return True
    end = run[-1].end()
    if _ORGANISATION_AFTER_RE.match(text, end) or _THING_AFTER_RE.match(text, end):
        return True
    if any(_MARK_AFTER_RE.match(text, m.end()) for m in run):
        return True
    return _listed_with_institutions(text, run[0].start(), end)


def _listed_with_institutions(text: str, start: int, end: int) -> bool:
    """An item of a list whose other items are institutions: "Mayo Clinic, Cleveland Clinic,
    Johns Hopkins and Mass General"."""
    before = _LIST_BEFORE_RE.search(text, max(0, start - 160), start)
    if before is not None and any(w.strip(",&") in _INSTITUTION for w in before.group().split()):
        return True
    after = _LIST_AFTER_RE.match(text, end)
    return after is not None and any(w.strip(",&") in _INSTITUTION for w in after.group().split())


def _signature(text: str, span: Span) -> bool:
    """A name alone on its line (a credential after a comma allowed) above a role line."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip(" \t>-"):
        return False
    line_end = text.find("\n", span.end)
    if line_end < 0:
        return False
    rest = text[span.end : line_end].strip()
    if rest and not rest.startswith(","):
        return False
    return _ROLE_LINE_RE.match(text, line_end) is not None


def _a_place(text: str, span: Span) -> bool:
    """After "in", "near", "nach" (not before a possessive: "in Ana Tui's care"), or an item
    of a list of places ("Territory ride-along: Merthyr Tydfil, Bridgend")."""
    if text.startswith(_POSSESSIVE, span.end):
        return False
    if _PLACE_BEFORE_RE.search(text, max(0, span.start - 10), span.start):
        return True
    line_start = text.rfind("\n", 0, span.start) + 1
    return _PLACE_LABEL_RE.search(text, line_start, span.start) is not None


def _staff_title_before(text: str, span: Span) -> bool:
    return _STAFF_TITLE_BEFORE_RE.search(text, max(0, span.start - 14), span.start) is not None
