"""Name-shaped words that by their class name no person: a field's, channel's or card's label,
a clinician's credentials, a holiday or a prayer time. Checked on every found name, after the
detectors, like names.not_a_name and places.a_place.

Each class is read from the words themselves and what stands right next to them, never from
one note's wording:
- a label before the number it labels ("Callback (617) ...", "Beeper", "Subscriber
  Identifier (SSN or ID#)", "WhatsApp +971 ...", "Patient's SIN 123-456-782", "D.N.I.", "NIR
  2 57 ..."): a word of the list below, or an identifier's acronym written in capitals (the
  given name "Nir" stays a name), alone or after a patient's word, or words ending in a word
  for "number" ("Kimlik Numarası 7535...");
- a relative's word alone before a phone number ("Hija 612.34.56.78", "Tochter 0171 ..."): the
  person is named by the role, not by a name;
- the name of a health card after the lower-case word for card ("carte Vitale", "tarjeta
  Sanitaria");
- credentials read as a comma name ("Gemma Rourke, RN, CDE"): capitals only, at least one of
  them a known credential, or one right after a known credential and its comma;
- a relative's own word in lower case ("appel de son fils"), a German noun after its article
  ("Jg. 2 der Studie"; "van der Linde" keeps its particle);
- holidays ("Easter Monday", "Good Friday", "Boxing Day") and the five daily prayers after a
  time word ("after Isha", "before Fajr": Isha is a given name elsewhere).
A title before the words ("Mr. Caller", "Frau Tochter") makes them a name again.
"""

from __future__ import annotations

import re

from prepcli.phi.addresses import TOWN_FIELD_WORDS
from prepcli.phi.names import CREDENTIAL_WORDS
from prepcli.phi.relatives import RELATIVE_RE
from prepcli.phi.spans import Span

# Words that label a field or a channel of contact, never a person's name in these places.
_LABEL_WORDS = frozenset(
    """callback call-back beeper pager hotline helpline fax caller callers subscriber identifier
    member policy acct account whatsapp viber telegram wechat skype facetime imessage landline
    voicemail switchboard extension udi gtin ndc call ring cb""".split()
)
# Identifiers' acronyms, counted only in capitals (dots dropped): national, health and
# device numbers of the countries notes come from.
_ID_ACRONYMS = frozenset(
    """DNI NIE NIF NIR SIN NHS NHI SSN MRN NIN NINO PPS PPSN CPF CURP RUT RUN CUIL CUIT BSN
    AHV SVNR IHI ULI PHN OHIP RAMQ CHI NIK CNIC PESEL EMSO OIB JMBG AMKA CNP RG INSZ NISS NSS
    NASS UDI GTIN NDC EHIC TIN ITIN EIN NAS NAM CIN ID""".split()
)
# A word for "number" or "code" ending an identifier's label ("Kimlik Numarası 7535...",
# "Versicherten Nummer 4471...", "Asmens kodas 4850..."): the words before a number are the
# label, no name.
_NUMBER_WORDS = frozenset(
    """number numbers no nr num numer nummer numero número numéro numara numarası numarasi
    číslo cislo broj szám szam numurs numeris kodas kods kood code kod номер номера αριθμός
    αριθμός""".split()
)
_PATIENT_WORDS = frozenset(
    """patient patient's patients pt pt's paciente patiente patientin patiënt paziente
    pacient pacjent""".split()
)
_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|M|Sig|Sig\.ra|Dhr|Mevr)\.?[ \t]+$"
)
_NUMBER_AFTER_RE = re.compile(r"[ \t]*[:#(]?[ \t]*[+(]?\d")
# A town's field label before its value, which the address rules take ("Ville : Lyon"): a
# value of capitalised words closing the field, not a speaker's sentence ("Ville: he said").
_TOWN_VALUE_AFTER_RE = re.compile(
    # (or its placeholder, once scrub's first pass replaced it)
    r"[ \t]*:[ \t]*(?:\[ADDRESS\]|[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2})[ \t]*"
    r"(?:[;|,\n]|$)"
)
# A label's or an institution's noun of Romance forms and charts before a particle: what
# follows is its field or its department, no person ("Fecha de Alta", "Servicio de Urgencias",
# "Hospital de la Santa Creu", "Motivo de consulta", "Data de nascimento"; a chart's sheets and
# a clinic's groups: "Nota de Evolución", "Grupo de apoyo").
_ROMANCE_LABEL_NOUNS = frozenset(
    """fecha hora servicio unidad centro hospital motivo número numero lugar tipo historia informe
    sala planta área area consulta clínica clinica departamento sección seccion jefe jefa
    diagnóstico diagnostico tratamiento juicio antecedentes data nome código codigo nom lieu
    service unité unite numéro heure motif date ora luogo reparto unità servizio ospedale
    nascimento nacimiento ingreso alta domicilio provincia localidad médico medico médica
    medica enfermería enfermeria urgencias hospitalização hospitalizacion hospitalización
    serviço servico unidade centre clinique hôpital hopital instituto institut istituto
    policlínico policlinico fundación fundacion complejo
    nota hoja grupo equipo programa registro""".split()
)
_LABEL_PARTICLE = r"(?:de(?:[ \t]+(?:la|las|los|l['’]))?|del|da|do|dos|das|di|della|du|des)"
_LABEL_BEFORE_RE = re.compile(rf"(?P<n>[^\W\d_]+)[ \t]+{_LABEL_PARTICLE}[ \t]+$")
_LABEL_OPENS_RE = re.compile(rf"(?P<n>[^\W\d_]+)[ \t]+{_LABEL_PARTICLE}[ \t]+")
_ARTICLE_LEAD_RE = re.compile(r"(?:el|al|del|la|los|las)[ \t]+(?=[A-ZÁÉÍÓÚÑ])")
_CARD_BEFORE_RE = re.compile(r"\b(?:carte|tarjeta|tessera|cart[ãa]o|karte|kaart|card)[ \t]+$")
# one more credential after one the lists know: "Gemma Rourke, RN, CDE"
_CREDENTIAL_BEFORE_RE = re.compile(
    rf"\b(?i:{'|'.join(sorted(CREDENTIAL_WORDS, key=len, reverse=True))})[ \t]*,[ \t]*$"
)
_ARTICLE_RE = re.compile(r"(?:der|die|das|dem|den|des)[ \t]+[A-ZÄÖÜ]")
_PARTICLE_BEFORE_RE = re.compile(r"\b(?i:van|von|ter|op|in|auf)[ \t]+$")
_CREDENTIAL_TOKEN_RE = re.compile(r"[A-Z][A-Za-z]{1,5}(?:-[A-Z]{1,3})?")
_HOLIDAY_RE = re.compile(
    r"(?:Easter|Whit|Boxing|Good|Holy|Ash|Shrove|Palm|Maundy|Ascension|Pentecost|Memorial"
    r"|Labou?r|Victoria|Anzac|Waitangi|Remembrance|Veterans|Independence|Presidents|Columbus"
    r"|Thanksgiving|Christmas|Reformation|Corpus[ \t]+Christi|Whitsun|Bastille|Armistice"
    r"|Constitution|National|Family|Civic|Canada|Australia|Queen's|King's|Kings|St\.?[ \t]+\w+'s)"
    r"[ \t]+(?:Day|Eve|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Holiday)"
)
# Words that, alone or in a short run, name a hospital system in the US and the UK: church
# and charity founders ("Presbyterian", "Good Samaritan", "Mount Sinai", "Houston Methodist",
# "Memorial Hermann"). None is a given name; surnames they may be, hence no "Baptist".
_HOSPITAL_WORDS = frozenset(
    """Presbyterian Methodist Lutheran Adventist Samaritan Sinai Memorial Episcopal Deaconess
    Christus Ascension Infirmary Kaiser Permanente Intermountain""".split()
)
_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w-]*"
_SAINT = r"(?:St|Saint|Ste|Sankt)\.?[ \t]+"
_ITEM = rf"(?:{_SAINT})?{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,2}}(?:['’]s)?"
# Items of a list: "St. Luke's, Mercy, Good Samaritan and Presbyterian".
_LIST_RE = re.compile(
    rf"{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*(?:[ \t]*,?[ \t]+(?:and|&|or)[ \t]+{_ITEM})?"
)
_SAINT_BEFORE_RE = re.compile(rf"\b{_SAINT}$")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
# (a saint's item names a hospital by its possessive: "St. Luke's"; "Main St. John" is a street)
_SAINT_ITEM_RE = re.compile(rf"{_SAINT}{_CAP}['’]s$")
_PRAYERS = frozenset("Fajr Dhuhr Zuhr Asr Maghrib Isha Jumah Jummah Jumu'ah Tarawih".split())
_PRAYER_BEFORE_RE = re.compile(r"\b(?i:after|before|at|until|till|by|from|around)[ \t]+$")


def not_a_person(text: str, span: Span) -> bool:
    """Whether the found name at ``span`` is one of the classes the module docstring lists."""
    value = text[span.start : span.end]
    lo = max(0, span.start - 24)
    if any(
        lo + m.start() <= span.start and span.end <= lo + m.end()
        for m in _HOLIDAY_RE.finditer(text[lo : span.end + 24])
    ):
        return True
    if value in _PRAYERS and _PRAYER_BEFORE_RE.search(text, max(0, span.start - 10), span.start):
        return True
    if _TITLE_BEFORE_RE.search(text, max(0, span.start - 8), span.start):
        return False
    words = value.replace(",", " ").split()
    if _romance_label(text, span):
        return True
    if value.lower() in TOWN_FIELD_WORDS and _TOWN_VALUE_AFTER_RE.match(text, span.end):
        return True
    if _institution(text, span):
        return True
    if _credentials(words) or (
        len(words) == 1
        and _CREDENTIAL_TOKEN_RE.fullmatch(value)
        and value[:2].isupper()
        and _CREDENTIAL_BEFORE_RE.search(text, max(0, span.start - 12), span.start)
    ):
        return True
    # the relative's own word in lower case ("appel de son fils"), and a German noun after
    # its article ("der Studie"; "van der Linde" keeps its particle)
    if value.islower() and RELATIVE_RE.fullmatch(value):
        return True
    if _ARTICLE_RE.match(value) and not _PARTICLE_BEFORE_RE.search(
        text, max(0, span.start - 6), span.start
    ):
        return True
    if (
        len(words) > 1
        and words[-1].lower().rstrip(".:") in _NUMBER_WORDS
        and _NUMBER_AFTER_RE.match(text, span.end)
    ):
        return True
    rest = [w for w in words if w.lower().rstrip(".:") not in _PATIENT_WORDS]
    if rest and all(_label(w) for w in rest):
        return True
    if _CARD_BEFORE_RE.search(text, max(0, span.start - 10), span.start) and len(words) == 1:
        return True
    return (
        len(words) == 1
        and RELATIVE_RE.fullmatch(value) is not None
        and _NUMBER_AFTER_RE.match(text, span.end) is not None
    )


def _romance_label(text: str, span: Span) -> bool:
    """Whether the found words open with, or follow, a Romance label's or institution's noun
    and its particle (``_ROMANCE_LABEL_NOUNS``)."""
    # (every particle starts with a "d": most names have none near them)
    if " d" not in text[max(0, span.start - 30) : span.end + 8]:
        return False
    # (an article or a contraction grown onto the noun as a surname's particle: "al Grupo de
    # apoyo", "el Grupo de Trabajo")
    lead = _ARTICLE_LEAD_RE.match(text, span.start, span.end)
    opens = _LABEL_OPENS_RE.match(text, lead.end() if lead else span.start)
    # (the noun alone, its particle after the span: "al Grupo de apoyo")
    if opens is not None and (opens.end() < span.end or opens.end("n") == span.end):
        return opens["n"].lower() in _ROMANCE_LABEL_NOUNS
    # a word alone after the label is its field ("Fecha de Alta"); a full name is the
    # person the label is about ("Informe de alta de María López")
    if " " in text[span.start : span.end].strip():
        return False
    before = _LABEL_BEFORE_RE.search(text, max(0, span.start - 30), span.start)
    return before is not None and before["n"].lower() in _ROMANCE_LABEL_NOUNS


def _label(word: str) -> bool:
    bare = word.rstrip(":#").removesuffix("'s").removesuffix("’s")
    return bare.lower() in _LABEL_WORDS or bare.replace(".", "") in _ID_ACRONYMS


def _credentials(words: list[str]) -> bool:
    """Credentials ("RN, CDE", "MSN APRN FNP-BC"): capitals only, one a known credential."""
    return (
        len(words) >= 1
        and all(_CREDENTIAL_TOKEN_RE.fullmatch(w) and w[:2].isupper() for w in words)
        and any(w.lower() in CREDENTIAL_WORDS for w in words)
    )


def _institution(text: str, span: Span) -> bool:
    """A saint's name before its possessive or after "St." ("St. Luke's"), or an item of a list
    (or a run) where one item names a hospital: a saint's or a hospital word."""
    lo = max(0, span.start - 8)
    if _SAINT_BEFORE_RE.search(text, lo, span.start) and _POSSESSIVE_RE.match(text, span.end):
        return True
    lo, hi = max(0, span.start - 120), min(len(text), span.end + 120)
    window = text[lo:hi]
    # (a cheap test first: most names stand near neither word)
    if (
        "St" not in window
        and "Saint" not in window
        and not any(w in window for w in _HOSPITAL_WORDS)
    ):
        return False
    for m in _LIST_RE.finditer(text, lo, hi):
        if m.end() < span.end:
            continue
        if m.start() > span.start:
            break
        items = re.split(r"[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+", m.group())
        return any(
            _SAINT_ITEM_RE.match(i) is not None
            or any(w.removesuffix("'s").removesuffix("’s") in _HOSPITAL_WORDS for w in i.split())
            for i in items
        )
    return False
