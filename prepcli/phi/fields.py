"""Names that a chart's layout gives away: header lines, labelled fields, "SURNAME, GIVEN".

Forms and faxes write a patient's name where its place says what it is, in any case and
script: a header line "RUSH, WILLIE H  101-6" (a name and a record number apart by a wide gap),
a field "NAME: A. van der Sluis", "Pt: MC NICHOLAS, DANIEL D", "pt Hồ Xuân Hương", or a
"SURNAME, GIVEN M" in capitals anywhere. The value is read word by word while it still looks
like a name (capitalised words, initials such as "Th.", particles such as "van der", "JR");
how sure the place is decides how much name-likeness it needs.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from prepcli.phi.addresses import country_names
from prepcli.phi.name_labels import PERSON_FIELD_RE
from prepcli.phi.names import (
    _INSTITUTION,
    _NEVER,
    _PARTICLES,
    _WORDLIKE,
    DOSE_AFTER_RE,
    census_lists,
    listed,
)
from prepcli.phi.spans import Span

_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv esq esq.".split())
# Abbreviations shaped like an initial ("Th.", "Ph.") that are not one.
_NOT_INITIALS = frozenset("Dr Mr Ms Mx St Mt No Nr Co Rx Dx Hx Sx Tx Pt Ft Lt Sgt Vs Re".split())
_INITIAL_RE = re.compile(r"(?:[A-Z][a-z]?\.){1,4}|[A-Z]")
_LOWER_STOP = frozenset(
    """will may can could should would must might shall did does do is was be been being are
    at in on to and or the a an for with from by of as so if but not no yes has had have
    he she they we it his her him them their its this that then than also just only very""".split()
)
_LOWER_INITIAL_RE = re.compile(r"[a-z]\.?")
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_])|\.)*")
_LATIN_LETTERS = 0x250  # below: Latin; above: Greek, Cyrillic, Vietnamese tone marks, ...

# A chart header: a name, a wide gap, an id with a digit in it ("WOODS JR,JOHNNY L  12345K");
# or a record number's label and id, a wide gap, then the name ("MR: 011-0111  LEE, JOHN Y").
_NAME_CHUNK = (
    r"[A-Z][A-Za-z'’-]+\.?(?:[ ][A-Z][A-Za-z'’-]*\.?){0,3}"
    r"(?:[ ]?,[ ]?[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]*\.?){0,2})?"
)
_ID = r"(?=[A-Z\d-]*\d)[A-Z\d]{2,14}(?:-[A-Z\d]{1,10}){0,3}"
_HEADER_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_NAME_CHUNK})[ \t]{{2,}}(?P<id>{_ID})(?![\w-])"
    rf"|^[ \t]*(?i:MRN?|MR\#|ID)[ \t]*[#:]?[ \t]*(?P<id2>{_ID})[ \t]{{2,}}(?P<name2>{_NAME_CHUNK})"
    r"(?=[ \t]{2}|[ \t]*$)"
)

# A label or a patient cue, then the value it introduces (read by _read_name).
_FIELD_RE = re.compile(
    r"\b(?=[NnPp])(?<!-)(?:(?P<label>(?i:(?:pat[il1][eë]nt|pt)(?:['’]s)?[ \t]*"
    r"(?:full[ \t]+)?name|name|naam))[ \t]*[:=]"
    # "...saw the pt. Keytruda was held": after "pt." a sentence starts, so only "pt.:".
    # (and the patient's word of other languages: "Patientin", "paciente", "paziente")
    r"|(?P<cue>(?:[Pp]ati[eë]nt(?:in|en|e)?|PATIENTIN|PATIENT|[Pp]a[cz]iente|PACIENTE|[Pp]t|PT))"
    r"(?:\.?[ \t]*[:,(]|(?=[ \t])))[ \t]*"
    r"(?P<v>[^\W\d_][^\n|;()\"]{0,80})"
)
# Words that may stand before a bare "name:" label of a person ("Drug name:" is a product's).
_NAME_LABEL_OWNERS = frozenset(
    "patient patient's pt pt's full first last given family legal preferred client caller".split()
)

# "SURNAME, GIVEN M" and "SURNAME JR,GIVEN" in capitals, wherever they stand.
_CAPS_COMMA_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+)?(?:[ ](?:JR|SR|II|III|IV))?"
    r"[ ]?,[ ]?(?P<given>[A-Z][A-Z'’-]+)(?:[ ][A-Z][A-Z'’-]+)?(?P<init>[ ][A-Z]\b\.?)?)"
    # not "NPO, OGT D/C", "CHILDREN, LIVES W/ DAUGHTER": shorthand of capitals-only notes
    r"(?![\w'’/-]|,[ ]?[A-Z]{2})"
)
_COMPANY = frozenset("LLC INC LTD LLP CORP CO PC PLLC GMBH BV NV SA AG PLC LP".split())


def header_spans(text: str, first: Container[str]) -> list[Span]:
    """Names and record numbers of chart header lines."""
    spans: list[Span] = []
    if "  " not in text and "\t" not in text:
        return spans
    for m in _HEADER_RE.finditer(text):
        name, ident = ("name", "id") if m.group("name") else ("name2", "id2")
        words = m.group(name).replace(",", " ").split()
        # "FOLEY DRAINING  300CC" in a note in capitals: a listed given name or the comma of
        # "SURNAME, GIVEN" says it is a name.
        comma = "," in m.group(name)
        if _never(words) or not (
            comma or len(words) > 1 and any(w.title() in first for w in words)
        ):
            continue
        spans.append(Span(m.start(name), m.end(name), "PATIENT-NAME"))
        spans.append(Span(m.start(ident), m.end(ident), "MRN"))
    return spans


# "Okafor, Grace", "Nakamura, Emi", "Kim, Ji-woo" where a field starts (a line, after a label's
# colon, a bracket, a bar, a slash, a semicolon or a dash) and ends.
_TITLE_COMMA_RE = re.compile(
    r"(?:^|(?<=[\n(|/:;])|(?<=[-–][ \t]))[ \t]*"
    r"(?P<name>(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),[ \t]*"
    r"(?P<given>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?)(?:[ \t]+[A-Z]\.?(?![\w'’]))?)"
    r"(?=[ \t]*(?:$|[\n)|;(/]|[-–][ \t]|,[ \t]|(?i:dob|d\.o\.b|mrn|born|geb)\b))",
    re.MULTILINE,
)
# "Boston, Mass", "Austin, Texas", "Lyon, France": a place and its region or country.
_REGIONS = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York
    Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont
    Virginia Washington Wisconsin Wyoming Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Ky
    Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Penn Tenn Tex Vt Wash Wis Wyo Ontario Quebec
    Alberta Manitoba Saskatchewan Nova Scotia Brunswick Newfoundland Yukon Queensland Tasmania
    Bavaria Bayern Hessen Sachsen Tuscany Toscana Lombardy Lombardia Catalonia Andalusia
    England Scotland Wales Ireland""".split()
)
# Sentence openers that a comma follows ("Yesterday, Grace - ..."): no surname.
_OPENERS = frozenset(
    """Yesterday Today Tomorrow Also However Meanwhile Otherwise Overall Finally Then Next Later
    Earlier Currently Previously Unfortunately Fortunately Additionally Again Anyway Thanks
    Hi Hello Dear Sorry Yes No Ok Okay Well So Now Note Update Re Fyi Attn""".split()
)


def title_comma_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> list[Span]:
    """'Okafor, Grace' in a field of its own: a capitalised surname, a comma and a given name,
    one of the two listed."""
    spans: list[Span] = []
    for m in _TITLE_COMMA_RE.finditer(text):
        surname, given = m.group("surname"), m.group("given")
        words = [surname, given]
        if surname in _OPENERS or _never(words) or any(w in blocked for w in words):
            continue
        if given in _REGIONS or given in country_names() or surname in country_names():
            continue
        if given.split("-")[0] in first or surname in last:
            spans.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return spans


def caps_comma_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> list[Span]:
    """'RUSH, WILLIE H': a surname in capitals, a comma, then a given name that the lists know,
    or a listed surname and a last initial. Not "HTN, DM" (neither), nor "SERVICES, LLC" (a
    company)."""
    spans: list[Span] = []
    for m in _CAPS_COMMA_RE.finditer(text):
        words = m.group("name").replace(",", " ").split()
        if _never(words) or any(w.rstrip(".") in _COMPANY or w in blocked for w in words):
            continue
        if m.group("given").title() in first or (m.group("init") and words[0].title() in last):
            spans.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return spans


def field_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> Iterator[Span]:
    """The name after a chart label ("NAME:", "Patient Name:") or a patient cue ("Pt:", "pt",
    "Patiënt"). After a name label any name-shaped value is a name (fail closed); after a cue,
    which is followed by other things too ("pt tolerated feeds"), the value needs two name
    words and some sign that they are one: a listed given name, a comma, initials, a particle,
    a letter outside the Latin alphabet."""
    census_first = census_lists()[0]
    for m in _FIELD_RE.finditer(text):
        label = m.group("label")
        if label is None and not _worth_reading(text, m.start("v"), first):
            continue
        if label is not None and label.lower() in ("name", "naam"):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if before and before[-1].lower().rstrip(":") not in _NAME_LABEL_OWNERS:
                continue
        # after the patient's word of another language only a capitalised name: lower case
        # goes on in that language ("Paciente mora na Rua ...", "Paziente nata a Napoli")
        cue = m.group("cue")
        if (
            cue is not None
            and cue.lower() not in ("patient", "patiënt", "pt")
            and text[m.start("v")].islower()
        ):
            continue
        read = _read_name(text, m.start("v"), m.end("v"), blocked, first, last)
        if read is None:
            continue
        span, names, evidence = read
        colon = ":" in text[m.end("cue") : m.start("v")]
        # Notes written in capitals put anything after "PT": there a given name from the
        # census list must lead ("PT ROGER W PRINTZ", "PT CARSON, BRENDA J").
        value = text[span.start : span.end]
        if label is None and not colon and value.isupper():
            given = value.split(",")[1] if "," in value else value
            if given.split()[0].title() not in census_first:
                continue
        if label is None and not (evidence or (colon and names[0].title() in first)):
            continue
        yield span


# Titles a patient holds (doctor, professor, engineer, master, the Czech and Slovak degrees)
# and Hungarian "özv." (widow), "ifj."/"id." (the younger, the elder) before a name.
_HELD_TITLE_RE = re.compile(
    r"(?i:dr|prof|ing|mgr|mudr|judr|phdr|rndr|paeddr|bc|özv|ifj|id)\.[ \t]*(?=[^\W\d_])"
)
# Where a field's value ends: the line, a bracket, a comma, a bar, a semicolon, a wide gap.
_FIELD_END_RE = re.compile(r"[ \t]*(?:$|[\n,;|(/]|[ \t]{2}|\t)")


def table_field_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> Iterator[Span]:
    """The name after a person's label of prepcli.phi.name_labels' languages ("Adı Soyadı:",
    "Imię i nazwisko:", "ФИО:", "Anyja neve:"). The same labels open sentences in notes
    ("Pacjent: Przyjęty planowo na zabieg"), so one capitalised word is a name only when it
    fills its field; two or more name words are one whatever follows."""
    for m in PERSON_FIELD_RE.finditer(text):
        # a title the patient holds opens the value: "Beteg neve: dr. Kovács Andrásné"
        title = _HELD_TITLE_RE.match(text, m.start("v"))
        start = m.start("v") if title is None else title.end()
        read = _read_name(text, start, m.end("v"), blocked, first, last)
        if read is None:
            continue
        span, names, _ = read
        span = Span(m.start("v"), span.end, span.type)
        # "Nome: Victan 2 mg comprimidos": a product's form, by its dose
        if DOSE_AFTER_RE.match(text, span.end):
            continue
        if len(names) > 1 or _FIELD_END_RE.match(text, span.end):
            yield span


_TWO_WORDS_RE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+(\S+)")


def _worth_reading(text: str, start: int, first: Container[str]) -> bool:
    """A cheap look at what follows "pt": most notes go on in lower case ("pt reports ..."),
    which is a name only when it starts with a listed given name or has a particle next."""
    if not text[start].islower():
        return True
    m = _TWO_WORDS_RE.match(text, start)
    if m is None:
        return False
    head = m.group(1).title()
    return (head in first and head not in _WORDLIKE) or m.group(2).lower() in _PARTICLES


def _read_name(
    text: str,
    start: int,
    end: int,
    blocked: Container[str],
    first: Container[str],
    last: Container[str],
) -> tuple[Span, list[str], bool] | None:
    """The leading words of text[start:end] that read as one person's name, the name words
    among them (not initials, particles or suffixes), and whether something says they are one
    name (two name words and a listed given name, a comma, a particle, non-Latin letters; or
    a name word with initials)."""
    kept_end = start
    names: list[str] = []
    evidence = False
    comma = initials = particle = False
    lower = not text[start].isupper()
    pos = start
    for tok in _WORD_RE.finditer(text, start, end):
        gap = text[pos : tok.start()]
        if pos > start:
            if gap.strip(" \t") not in ("", ","):
                break
            if "," in gap:
                # "SURNAME, GIVEN": one comma, after the surname, before a capitalised word.
                if comma or len(names) not in (1, 2) or not tok.group()[0].isupper():
                    break
                comma = True
                evidence = evidence or tok.group().rstrip(".").title() in first
        elif tok.start() != start:
            break
        word = tok.group()
        if text.startswith("/", tok.end()):
            break  # "C/O", "W/ DAUGHTER", "D/C": shorthand, not a name
        core = word.rstrip(".")
        low = core.lower()
        short = (
            _INITIAL_RE.fullmatch(word) is not None and core not in _NOT_INITIALS and not lower
        ) or (lower and pos > start and _LOWER_INITIAL_RE.fullmatch(word) is not None)
        if short:
            initials = True
            evidence = evidence or (len(word) > 1 or pos > start)
        elif low in _PARTICLES and pos > start and not core.isupper():
            evidence = particle = True
        elif low in _SUFFIXES and names:
            short = True
        else:
            title = core[:1].upper() + core[1:].lower()
            if (
                title in _NEVER
                or title in _INSTITUTION
                or core in blocked
                or title in blocked
                or (lower and not listed(core))
                or (not lower and not core[:1].isupper())
            ):
                break
            names.append(core)
            # "patient Will Call": a given name that is an everyday word says nothing
            if (title in first and title not in _WORDLIKE) or any(
                ord(c) >= _LATIN_LETTERS for c in core
            ):
                evidence = True
            elif core.isupper() and len(core) > 1 and not evidence:
                pass  # capitals alone say nothing: "PT TOLERATED FEEDS"
            elif title in last and not core.isupper():
                evidence = evidence or len(names) > 1
        kept_end = tok.end()
        pos = tok.end()
        if word.endswith(".") and not short:
            kept_end -= 1
            break  # "Smith." ends its sentence
    # A trailing particle or comma is not part of the name.
    value = text[start:kept_end]
    while value and value.split()[-1].lower() in _PARTICLES:
        value = value[: value.rstrip().rfind(" ")].rstrip() if " " in value.strip() else ""
    if not names or not value:
        return None
    # In lower case only listed names count, led by a given name that is no everyday word
    # ("pt may be transferred"), unless a particle vouches for it ("lee van de water").
    if lower and (
        len(names) < 2
        or any(n in _LOWER_STOP for n in names)
        or (names[0].title() not in first or names[0].title() in _WORDLIKE)
        and not particle
    ):
        return None
    return (
        Span(start, start + len(value), "PATIENT-NAME"),
        names,
        evidence and (len(names) > 1 or initials),
    )


def _never(words: list[str]) -> bool:
    return any(
        (t := w.rstrip(".").title()) in _NEVER or t in _INSTITUTION or w in _COMPANY
        for w in words
        if len(w.rstrip(".")) > 1
    )
