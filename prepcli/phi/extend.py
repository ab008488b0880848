"""Grow a patient's name that a detector found over the parts a full name carries around it.

Detectors find the core of a name ("Pieter", "Vega", "Amy V.", "Benjamin"); names in many
cultures go on past it: particles and the surname after them ("Pieter van de Heuvel", "Juan de
la Vega", "Jose Aznar y Lopez"), a generational suffix ("Larry Johnson I", "Henry Levin the
7th"), a nickname between given name and surname ("Benjamin (Ben) Franklin", 'Benjamin "Big
Ben" Franklin'), a surname before a comma in a chart's "Shaw, Amy V." order, the given
name's initial closing a field ("Meier P."), and a Russian
surname before the given name and patronymic ("Blokin-Mechtalin Konstantin Yurievich"). Left
behind, each of those parts still names the patient. So do the other full names listed with
a found one ("Tavita Faleolo, Kiri Ngata and Aroha Pene").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from prepcli.phi.foreign_words import foreign
from prepcli.phi.names import (
    _INSTITUTION,
    _NEVER,
    _PARTICLES,
    _WORDLIKE_NAMES,
    LETTER_WORDS,
    name_lists,
)
from prepcli.phi.places import towns
from prepcli.phi.relatives import RELATIVE_RE
from prepcli.phi.spans import Span
from prepcli.phi.words import everyday

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# "y" joins a Spanish name's two surnames ("Aznar y Lopez"), "e" a Portuguese one's ("de Sousa
# e Melo"); "de los", "de las" ("María del Pilar de los Ríos"), Dutch "'t" ("van 't Hof") and
# German "zu", "von und zu" ("Friedrich zu Stolberg"; not before a German noun: "zu Hause") go
# on a name already found, never start one; so do Hebrew "ben" and "bat" ("Shlomo ben David").
_GROW_ONLY = {"y", "e", "los", "las", "'t", "’t", "zu", "von und zu", "ben", "bat"}
_PARTICLE = "|".join(sorted(_PARTICLES | _GROW_ONLY, key=len, reverse=True))
# An elided particle joins its surname: "Mathias d'Arras", "Carlo dell'Acqua"; so does one
# joined by a hyphen: "Shlomo ben-David", "Ahmad bin-Ali", "Karim al-Hassan".
_FORWARD_PARTICLE_RE = re.compile(
    rf"[ \t]+(?:(?:(?i:{_PARTICLE})(?:[ \t]+|-)){{1,3}}|(?:[dDlL]|dell|dall|degli)['’])"
    rf"(?P<w>{_CAP})"
)
_BACKWARD_PARTICLE_RE = re.compile(
    rf"(?:(?<![\w'’-])(?P<w>{_CAP})[ \t]+)?(?<![\w'’-])(?:(?:{_PARTICLE})(?:[ \t]+|-)){{1,3}}$"
)
_PARTICLE_ENDS = tuple(_PARTICLES | {"y", "ben", "bat"})
_ZU_RE = re.compile(r"[ \t]+zu[ \t]+(?P<w>[^\W\d_]+)")
# The nouns of German set phrases with "zu" that the name lists hold as surnames too ("zu
# Hause", "zu Bett", "zu Lasten").
_ZU_NOUNS = frozenset(
    """hause haus bett fuß fuss ende beginn anfang gast lasten mittag abend tisch recht hilfe
    protokoll wort zeit hand boden grunde schaden besuch kontrolle""".split()
)
# Roman numerals are capitals only ("ii" is no suffix); a lone "I" only where the sentence
# cannot go on with it as the pronoun.
_SUFFIX_RE = re.compile(
    r",?[ \t]+(?:(?i:jr|sr)\.?(?![\w'’])|(?:II|III|IV)(?![\w'’])"
    r"|I(?=[ \t]+(?:and|&|or)\b|[ \t]*(?:[,;)(\n]|$| -))"
    r"|the[ \t]+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\b)"
)
_SUFFIX_END_RE = re.compile(r"[ \t](?:[JS]r|JR|SR)$")
# A nickname in brackets or quotes, then the surname.
_NICK_RE = re.compile(
    r"[ \t]*(?:\((?P<b>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?)\)"
    r"|[\"“‘'](?P<q>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?)[\"”’'])"
    rf"[ \t]+(?P<w>{_CAP})"
)
# "Shaw, Amy V.": a surname and a comma where a field starts.
_COMMA_SURNAME_RE = re.compile(
    rf"(?:^|(?<=[\n(/|:])|(?<=[-–] ))[ \t]*(?P<w>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*,[ \t]*$"
)
# What may follow a "Surname, Given" in a field: its end, or the next identifier's label.
_FIELD_END_RE = re.compile(
    r"(?:[ \t]+[A-Z]\.?(?![\w'’]))?"
    # a form's wide gap before the next field ("VELASQUEZ, Annika  Medicare ...")
    r"(?:[ \t]{2,}(?=\S)|\t|[ \t]*"
    r"(?:$|[\n)|/;,]|[-–][ \t]|(?i:dob|d\.o\.b|mrn|ssn|born|geb|n[ée]e?)\b))"
)
# A full name's next surname, as Spanish and Portuguese names carry two or more ("María José
# Carrasco Vázquez Ortega"): a listed surname, no English word, after another, that no other
# find holds already.
_NEXT_WORD_RE = re.compile(rf"[ \t]+(?P<w>{_CAP})")
_LAST_INITIAL_RE = re.compile(r"[ \t]+[A-Z]\.?(?![\w'’])")
_INITIAL_END_RE = re.compile(r"[ \t]*(?:$|[\n)|;]|,[ \t]|[-–][ \t])")
# "Diane W. presented", "see case of Rachel P. at": an initial with its full stop after a
# given name is the surname cut short, wherever the sentence goes on ("U.S." is no initial)
_GIVEN_INITIAL_RE = re.compile(r"[ \t]+[A-Z]\.(?![\w'’.])")
_PATRONYMIC_RE = re.compile(r"(?:ovich|evich|ovna|evna|ichna|ovitch|ovych|ivna)$", re.IGNORECASE)
_BEFORE_PATRONYMIC_RE = re.compile(rf"(?:^|(?<=[\n(/|:]))[ \t]*(?P<w>{_CAP})[ \t]+$")


def _name_word(word: str, blocked: Container[str]) -> bool:
    core = word.strip(".,'’-")
    title = core[:1].upper() + core[1:].lower()
    return (
        len(core) > 1
        and title not in _NEVER
        and core not in LETTER_WORDS
        and title not in _INSTITUTION
        and core not in blocked
        and title not in blocked
        and RELATIVE_RE.fullmatch(core) is None
    )


def _surname(word: str, blocked: Container[str]) -> bool:
    core = word.strip(".,'’-")
    return (
        _name_word(word, blocked)
        and core[:1].upper() + core[1:].lower() in name_lists()[1]
        and not everyday(core)
    )


# (not a list's conjunction: "Folashade, Abeni and Kikelomo" are three people)
_GOES_ON_RE = re.compile(
    r"[ \t]+(?!(?:and|or|und|oder|y|e|et|og|och|ja|en|i|nor|but|plus)\b)[a-zäöüß]"
)


def _surnames_or_unknown(words: list[str]) -> bool:
    """Two listed surnames ("Huber Meier"), or words no English dictionary holds."""
    cores = [w.strip(".,'’-") for w in words]
    if len(cores) == 2 and all(c[:1].upper() + c[1:].lower() in name_lists()[1] for c in cores):
        return True
    return all(not everyday(c) for c in cores)


def _words_ok(match: re.Match[str], blocked: Container[str]) -> bool:
    return all(_name_word(w, blocked) for w in match.group("w").split())


def _lead(text: str, start: int) -> str:
    """The 60 characters before ``start`` as a pattern's "$" there sees their end: a last line
    break is passed over."""
    lead = text[max(0, start - 60) : start]
    return lead[:-1] if lead.endswith("\n") else lead


def _grow(text: str, span: Span, blocked: Container[str], found: list[Span]) -> Span:
    start, end = span.start, span.end
    for _ in range(4):
        before = (start, end)
        m = _FORWARD_PARTICLE_RE.match(text, end)
        zu = _ZU_RE.match(text, end)
        if zu is not None and (zu.group("w").lower() in _ZU_NOUNS or foreign(zu.group("w"))):
            m = None  # a German noun after "zu": "Herr Meier zu Hause"
        if m is not None and _words_ok(m, blocked):
            end = m.end()
        m = _NEXT_WORD_RE.match(text, end)
        words = text[start:end].split()
        if (
            m is not None
            and len(words) > 1
            and all(_surname(w, blocked) for w in (words[-1], m["w"]))
            and not any(f.start <= m.start("w") < f.end for f in found)
        ):
            end = m.end()
        m = _NICK_RE.match(text, end)
        if m is not None and _words_ok(m, blocked):
            end = m.end()
        m = _SUFFIX_RE.match(text, end)
        if m is not None:
            end = m.end()
        # "Meier P.": a surname and the initial of the given name, closing a field
        m = _LAST_INITIAL_RE.match(text, end)
        if m is not None and _INITIAL_END_RE.match(text, m.end()) is not None:
            end = m.end()
        elif " " not in text[start:end] and (
            text[start:end] in name_lists()[0] or text[start:end] in _WORDLIKE_NAMES
        ):
            m = _GIVEN_INITIAL_RE.match(text, end)
            if m is not None:
                end = m.end()
        # (each pattern read backwards from the start needs what the text before it ends in,
        # which is cheap to look at first)
        lead = _lead(text, start)
        particle = lead.endswith((" ", "\t", "-")) and lead.rstrip(" \t-").endswith(_PARTICLE_ENDS)
        m = _BACKWARD_PARTICLE_RE.search(text, max(0, start - 60), start) if particle else None
        if m is not None and (m.group("w") is None or _words_ok(m, blocked)):
            start = m.start()
        comma = _lead(text, start).rstrip(" \t").endswith(",")
        m = _COMMA_SURNAME_RE.search(text, max(0, start - 60), start) if comma else None
        if (
            m is not None
            and _words_ok(m, blocked)
            and (
                _FIELD_END_RE.match(text, end) is not None
                # "Huber Meier, Vreni hat ...": a sentence opening on the name in that order
                # goes on in lower case, when each word before the comma is a surname or no
                # English word ("However, Anna is" stays)
                or (
                    _GOES_ON_RE.match(text, end) is not None
                    and text[start:end] in name_lists()[0]
                    and _surnames_or_unknown(m.group("w").split())
                )
            )
            and "," not in text[start:end]
        ):
            start = m.start("w")
            tail = _LAST_INITIAL_RE.match(text, end)
            if tail is not None:
                end = tail.end()
        last = text[start:end].split()[-1:]
        m = (
            _BEFORE_PATRONYMIC_RE.search(text, max(0, start - 60), start)
            if last and _PATRONYMIC_RE.search(last[0])
            else None
        )
        if m is not None and _words_ok(m, blocked):
            start = m.start("w")
        if (start, end) == before:
            break
    return Span(start, end, span.type)


_GIVEN_BEFORE_RE = re.compile(rf"(?<![.!?:][ \t])(?<![\w'’-])(?P<w>{_CAP})[ \t]+$")

# Two-letter parts of Vietnamese, Chinese (Cantonese and Mandarin romanised) and Korean names:
# surnames ("Le", "Ng", "Ho", "Vu", "Ly", "Oh") and syllables of given names ("An", "Ka",
# "Yi"), which the lists hold too seldom to find and which a found name runs on over: "Le
# Van An", "Ng Wai", "Ho Thi Lan", "Yin Le". Not "He", "To", "Do", "Mi", "Ma": English words or
# a mother's.
_SHORT_PARTS = frozenset(
    "Le Ng Ho Lo Li Wu Xu Yu Hu Lu Du Ou Ye Oh Ko Ha Vu Vo Ly Ka Yi Vy Ai Na Ki Su Tu An".split()
)
_MODALS = frozenset("Will Can May Did Does Do Should Would Could Must Shall Might Has Had".split())
_SHORT_AFTER_RE = re.compile(r"[ \t]+(?P<w>[A-Z][a-z])(?![\w'’-])(?![ \t]+[a-z])")
_SHORT_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<w>[A-Z][a-z])[ \t]+$")


def _short_parts(text: str, span: Span, blocked: Container[str]) -> Span:
    """A found name grown over the two-letter parts around it (``_SHORT_PARTS``), and a found
    two-letter part alone over the given name before it ("Yin Le")."""
    start, end = span.start, span.end
    while (m := _SHORT_AFTER_RE.match(text, end)) is not None and m["w"] in _SHORT_PARTS:
        end = m.end()
    while (m := _SHORT_BEFORE_RE.search(text, max(0, start - 4), start)) is not None and (
        m["w"] in _SHORT_PARTS and m["w"] not in blocked
    ):
        start = m.start("w")
    if text[start:end] in _SHORT_PARTS:
        m = _GIVEN_BEFORE_RE.search(text, max(0, start - 40), start)
        # (a given name that is a word too, where the lists hold it: "Yin Le"; not a
        # question's verb: "Will Le call back?")
        w = m["w"] if m is not None else ""
        if (
            m is not None
            and _words_ok(m, blocked)
            and w not in _MODALS
            and (not everyday(w) or w in name_lists()[0] or w in name_lists()[1])
        ):
            start = m.start("w")
    return Span(start, end, span.type)


def _relative_given_name(
    text: str, span: Span, surnames: set[str], blocked: Container[str]
) -> Span:
    """A found surname alone, as another full name's last word, with a capitalised word before
    it: a relative's given name ("Tjaša Rukavina and her son Mak Rukavina")."""
    if text[span.start : span.end] not in surnames:
        return span
    m = _GIVEN_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
    if m is None or m.start() == 0 or not _words_ok(m, blocked) or everyday(m.group("w")):
        return span
    return Span(m.start("w"), span.end, span.type)


def grow_names(text: str, names: list[Span], blocked: Container[str]) -> list[Span]:
    """Each patient-name span grown over the particles, suffix, nickname, comma surname or
    Russian surname around it; ``blocked`` words (clinicians', the caller's) never join."""
    grown = [_grow(text, s, blocked, names) if s.type == "PATIENT-NAME" else s for s in names]
    grown = [_short_parts(text, s, blocked) if s.type == "PATIENT-NAME" else s for s in grown]
    # a suffix a detector took without its full stop ("Father Oliver Queen Sr.") takes it
    grown = [
        Span(s.start, s.end + 1, s.type)
        if s.type == "PATIENT-NAME"
        and text.startswith(".", s.end)
        and _SUFFIX_END_RE.search(text, max(0, s.end - 4), s.end)
        else s
        for s in grown
    ]
    surnames = {
        words[-1]
        for s in grown
        if s.type == "PATIENT-NAME" and len(words := text[s.start : s.end].split()) > 1
    }
    if not surnames:
        return grown
    return [
        _relative_given_name(text, s, surnames, blocked)
        if s.type == "PATIENT-NAME" and " " not in text[s.start : s.end]
        else s
        for s in grown
    ]


_ITEM = rf"{_CAP}(?:[ \t]+{_CAP}){{1,2}}"
_ITEM_RE = re.compile(_ITEM)
_NAME_LIST_RE = re.compile(
    rf"(?<![\w'’-]){_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{0,6}},?[ \t]+(?:and|&|or)[ \t]+{_ITEM}"
)


def listed_with(text: str, names: list[Span], blocked: Container[str]) -> list[Span]:
    """Full names (two or three capitalised words) listed together with a found patient's
    name: a list of people holds one kind of person."""
    spans: list[Span] = []
    if " and " not in text and " or " not in text and "&" not in text:
        return spans
    found = [s for s in names if s.type == "PATIENT-NAME"]
    for m in _NAME_LIST_RE.finditer(text):
        items = [
            Span(m.start() + i.start(), m.start() + i.end(), "PATIENT-NAME")
            for i in _ITEM_RE.finditer(m.group())
        ]
        if not any(s.start < i.end and i.start < s.end for s in found for i in items):
            continue
        spans += [
            i for i in items if all(_name_word(w, blocked) for w in text[i.start : i.end].split())
        ]
    return spans


# One name or full name beside a found one in a list, joined by a comma or a list's word in
# the languages the notes are written in: "Berry, Moreno and Butrymowicz", "Triplets Kerr,
# Mclean and Armelia Jelliff", "huia rickard und eilish marfell", "Bibuwa y Dove Jepchirchir".
# (not "en", "e", "or", "&": Spanish "in", a letter, a choice, a firm's "Scott & White")
_JOIN = r"(?:and|und|y|et|og|och)"
_AFTER_JOIN_RE = re.compile(rf"(?:[ \t]*,[ \t]*(?:{_JOIN}[ \t]+)?|[ \t]+{_JOIN}[ \t]+)")
_BEFORE_JOIN_RE = re.compile(
    rf"(?<![\w'’-])(?P<item>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}})"
    rf"(?:[ \t]*,[ \t]*(?:{_JOIN}[ \t]+)?|[ \t]+{_JOIN}[ \t]+)$"
)
_ITEM_WORDS_RE = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}")
_AFTER_NUMBER_RE = re.compile(r"\d[ \t]+$")
_LIST_WORDS = frozenset(_JOIN.strip("(?:)").split("|"))


def _item_word(word: str, blocked: Container[str], *, lower: bool) -> bool:
    """A word of a listed person's name, in the case its list is written in: no dictionary
    word unless a listed name, no kin or list word, institution, insurer or title."""
    if lower != word.islower() or (not lower and not word[:1].isupper()) or word.isupper():
        return False
    core = word.strip(".,'’-")
    # (an apostrophe inside a name comes before a capital: "O'Neill", not "I'm", "we'll")
    if re.search(r"['’](?![A-Z])", core) or core == "I":
        return False
    return (
        _name_word(core, blocked)
        and core.lower() not in _LIST_WORDS
        and not foreign(core)
        and (core in name_lists()[0] or core in name_lists()[1] or not everyday(core))
    )


def _item(words: list[str], blocked: Container[str], *, lower: bool) -> int:
    """How many of ``words`` from the start read as one listed person's name."""
    n = 0
    for w in words:
        if not _item_word(w, blocked, lower=lower):
            break
        n += 1
    return n


def listed_beside(text: str, names: list[Span], blocked: Container[str]) -> list[Span]:
    """Names listed next to a found patient's name, one to three words each, in the found
    name's case, in a list a list's word joins somewhere ("Berry, Moreno and Butrymowicz";
    "Rana, Rus, Utskrivningsnotat" is a heading). A word no name list holds is taken only
    where the list holds one-word names or stands before a full name ("Iretioluwa, Omodunni
    and Somtochukwu Ogulana": the surname is shared); after a full name only listed names
    follow, so "Aroha Parata, Tylenol and Advil" keeps the drugs. A found name that is also a
    place's lists nothing ("Ennis and Kilkenny on Thursday")."""
    out: list[Span] = []
    for span in names:
        if span.type != "PATIENT-NAME":
            continue
        value = text[span.start : span.end]
        if value.isupper() or not value[:1].isalpha() or value in towns():
            continue
        # (a word after a postcode or a house number is a town: its list is an address's)
        if _AFTER_NUMBER_RE.search(text, max(0, span.start - 8), span.start):
            continue
        lower = value.islower()
        full = len(value.split()) > 1
        items: list[Span] = []
        joined = False
        end = span.end
        for _ in range(6):
            join = _AFTER_JOIN_RE.match(text, end)
            m = _ITEM_WORDS_RE.match(text, join.end()) if join is not None else None
            if join is None or m is None:
                break
            words = m.group().split()
            n = _item(words, blocked, lower=lower)
            if (lower and n < 2) or n == 0 or (full and n == 1 and not _listed_word(words[0])):
                break
            kept = " ".join(words[:n])
            if not text.startswith(kept, m.start()):
                break  # (a tab or double space between: another field)
            items.append(Span(m.start(), m.start() + len(kept), "PATIENT-NAME"))
            joined = joined or "," not in join.group() or bool(join.group().strip(" \t,"))
            end = items[-1].end
        start = span.start
        for _ in range(6):
            m = _BEFORE_JOIN_RE.search(text, max(0, start - 60), start)
            if m is None:
                break
            words = m.group("item").split()
            # (the words nearest the join: "Triplets Kerr" is "Kerr")
            n = _item(list(reversed(words)), blocked, lower=lower)
            if (lower and n < 2) or n == 0:
                break
            kept = " ".join(words[len(words) - n :])
            item_start = m.end("item") - len(kept)
            if text[item_start : m.end("item")] != kept:
                break
            items.append(Span(item_start, m.end("item"), "PATIENT-NAME"))
            sep = text[m.end("item") : start]
            joined = joined or bool(sep.strip(" \t,"))
            start = item_start
        if joined:
            out += items
    return out


def _listed_word(word: str) -> bool:
    core = word.strip(".,'’-")
    return core in name_lists()[0] or core in name_lists()[1]


# A patient's cue or a courtesy title, then a given name, then a word kept elsewhere (a drug
# brand, the caller's product or clinician's word, an eponym): "patient Maria Keytruda", "Pt:
# Tom Humira, DOB ...", "patient Crohn Miller". Right behind the cued given name the word is
# her surname, and the cue wins over the keep; "patient on Keytruda" and "Maria started
# Keytruda" keep the brand.
_CUED_GIVEN_RE = re.compile(
    r"(?:\b(?:[Pp]atient|PATIENT|[Pp]t\.?|PT\.?|[Cc]lient|[Nn]ame)(?:[ \t]*[:,(-][ \t]*|[ \t]+)"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)$"
)
_KEPT_SURNAME_RE = re.compile(rf"[ \t]+(?P<w>{_CAP})(?![\w'’-])")
# (or the cue right after the name: "Crohn Miller (patient) called", "Tom Humira, the patient,")
_CUE_AFTER_RE = re.compile(r"[ \t]*(?:\(|,[ \t]*)(?:the[ \t]+)?(?i:patient|pt)\b")


def kept_surnames(
    text: str,
    names: list[Span],
    kept: Callable[[Span], bool],
    shared: Callable[[Span], bool] = lambda _w: False,
) -> list[Span]:
    """Each one-word patient name after a patient's cue grown over the next word where
    ``kept`` says a keep rule holds that word; and any patient name grown over the next word
    where ``shared`` says a clinician of the note shares it but this mention is no clinician's
    ("Dr. Mensah said Kojo Mensah, a patient, ..."): left there, the surname still names the
    patient, and a name with a word of its own goes whole (fail closed)."""
    grown = []
    for s in names:
        m = _KEPT_SURNAME_RE.match(text, s.end) if s.type == "PATIENT-NAME" else None
        if m is None:
            grown.append(s)
            continue
        w = Span(m.start("w"), m.end("w"), "PATIENT-NAME")
        if shared(w) or (
            " " not in text[s.start : s.end]
            and (
                _CUED_GIVEN_RE.search(text, max(0, s.start - 20), s.start) is not None
                or _CUE_AFTER_RE.match(text, m.end()) is not None
            )
            and kept(w)
        ):
            s = Span(s.start, m.end(), s.type)
        grown.append(s)
    return grown
