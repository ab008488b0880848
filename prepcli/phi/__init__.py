"""Scrub patient identifiers (PHI) out of CRM free text before it is stored or embedded.

Rules, with maintained libraries and lists where they measured better than hand-written rules:
``phonenumbers`` (Google's libphonenumber) decides whether phone-shaped digits are a number in
some country; the US Census name lists of the ``names`` package and international given names
and surnames derived from names-dataset (data/, bench/phi_names_build.py) find names without a
cue; Webster's Second lower-case words (words.py) tell a name from an everyday word. Both
packages and the data files are read on first use, at ingest; ``prep`` never loads them.

One module per way of finding an identifier: the layout of a chart (fields.py: header lines,
labelled fields, "SURNAME, GIVEN"; structured.py: HL7 segments, FHIR resources), a value after
any label that names an identifier (labelled_ids.py), national and health numbers by shape and
check digit (national_ids.py), phones (phones.py), addresses (addresses.py), names by list
(names.py), by their place in a sentence (positions.py: an age after, a talk verb or relative
before) or by script (scripts.py), and everything in a note holding Japanese by its labels,
honorifics and readings (japanese.py) or in a Chinese note by its honorifics, cues, familiar
names, residence verbs and number layouts (chinese.py); a found name grows over particles and
suffixes (extend.py); eponyms, founders' and the trade's companies stay (protect.py), and so
do clinicians and staff named by how a note joins, cites or lists them (staff.py) and places
listed as places (places.py). Two or more capitalised words side by side that no dictionary of
English or of six other languages knows are a name, unless a guard by class says otherwise
(unknown_pairs.py, foreign_words.py). Norwegian, Danish and Swedish notes' labels, copulas
("personnummer er ..."), phones and everyday words that name lists hold ("Han", "hans",
"Ingen") are read in nordic.py. A pediatric hand-off's team by role, relatives who are
clinicians too, newborns by surname, record numbers beside the name and the towns a family
travels from are read in handoff.py. A UK letter's health bodies ("Hywel Dda University Health
Board", "Bwrdd Iechyd Prifysgol ...") and the headline under its salutation stay (letters.py).

What each rule bought, the figures on every evaluation set (development and blind), and the
alternatives measured and left out (spaCy NER, presidio, philter-lite, scrubadub, a learned name
tagger) are in bench/PHI.md; bench/phi.py measures any set.

Clinicians are kept: names after Dr./Prof., before a credential or a specialist's title, or
passed in ``keep`` (the HCP table, the row's products) are never scrubbed. Everything else that
looks like a person's name, address or number goes the safe way: it is scrubbed and counted, so
``--report-phi`` lists it.

Borderline choice: every street address is scrubbed, the practice's own included. Text alone cannot
tell a clinic from a patient's home, and the practice address already lives in the structured
account record, so dropping it from notes loses nothing. Institution names are kept (not PHI).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass

from prepcli.phi.addresses import find_addresses, named_buildings, opens_with_house_number
from prepcli.phi.banners import banner_ids
from prepcli.phi.chinese import chinese_spans, has_chinese, not_a_chinese_dob, not_a_chinese_name
from prepcli.phi.colleagues import WORK_WORDS, a_colleague
from prepcli.phi.context_names import context_names, names_beside_ids
from prepcli.phi.dates import (
    DATE,
    find_dobs,
    first_day_dates,
    more_of_the_dob,
    spelled_birth_dates,
)
from prepcli.phi.dockets import docket_spans
from prepcli.phi.extend import grow_names, kept_surnames, listed_beside, listed_with
from prepcli.phi.fields import (
    caps_comma_names,
    field_names,
    header_spans,
    table_field_names,
    title_comma_names,
)
from prepcli.phi.french import (
    a_french_formula,
    french_addresses,
    french_names,
    french_record_spans,
)
from prepcli.phi.handoff import (
    BABY_WORDS,
    HANDOFF_WORDS,
    KIN_WORDS,
    PATIENT_WORDS,
    TRAVEL_WORDS,
    apposed_ids,
    baby_names,
    handoff_staff,
    kin_clinicians,
    travel_towns,
    ward_sisters,
)
from prepcli.phi.headerless_rows import row_names
from prepcli.phi.initials import (
    TITLE_WORDS,
    cued_codes,
    initials_before_birth,
    kin_initials,
    patient_initials,
    titled_initials,
)
from prepcli.phi.japanese import (
    cjk_dominant,
    dob_echoes,
    has_japanese,
    japanese_spans,
    not_an_address,
    under_other_label,
)
from prepcli.phi.kin_lists import PLURAL_KIN_WORDS, kin_list_names
from prepcli.phi.korean import korean_names
from prepcli.phi.labelled_ids import MASKED_ID, card_ids, find_labelled_ids
from prepcli.phi.letters import letter_headlines, letter_kept
from prepcli.phi.mail_names import mail_names
from prepcli.phi.markdown import plain_labels
from prepcli.phi.name_labels import WORDS as LABEL_WORDS
from prepcli.phi.name_labels import labelled
from prepcli.phi.names import (
    _PARTICLES,
    LETTER_WORDS,
    aliases,
    census_lists,
    contact_block_names,
    copied_patients,
    find_names,
    hcp_spans,
    listed,
    name_lists,
    names_after_ids,
    not_a_name,
    plausible_name,
    sentence_start,
)
from prepcli.phi.national_ids import find_national_ids
from prepcli.phi.non_names import not_a_person
from prepcli.phi.nordic import (
    given_before,
    nordic_addresses,
    nordic_clinicians,
    nordic_ids,
    nordic_names,
    nordic_trim,
)
from prepcli.phi.ocr import read_ocr_digits
from prepcli.phi.patient_codes import patient_codes
from prepcli.phi.patient_cues import apposed_patients, patient_cued
from prepcli.phi.person_slots import (
    lower_person_slot,
    person_context,
    profile_clinicians,
    slot_names,
)
from prepcli.phi.phones import find_phones, find_spoken_phones
from prepcli.phi.places import a_place, an_institution, towns_after_names, ward_cover_names
from prepcli.phi.positions import position_names
from prepcli.phi.protect import protected_spans
from prepcli.phi.quoted_addresses import quoted_address_spans
from prepcli.phi.read_out import prose_addresses, read_out_ids
from prepcli.phi.record_keys import record_key_spans
from prepcli.phi.role_names import (
    ROLE_WORDS,
    SUPPORT_ROLE_WORDS,
    a_patients_place,
    role_first_names,
    role_names_alone,
    support_staff,
)
from prepcli.phi.scripts import other_script_names
from prepcli.phi.separators import plain_separators
from prepcli.phi.spanish_ids import spanish_ids
from prepcli.phi.spans import WORD_START, AnyOf, Span, folded, letter_runs, words_of
from prepcli.phi.spoken import find_spoken_ids
from prepcli.phi.staff import role_line_at, staff_spans
from prepcli.phi.structured import clinician_segments, fhir_clinicians, structured_spans
from prepcli.phi.tables import table_people, table_spans
from prepcli.phi.tagger import hint_shaped, joinable
from prepcli.phi.transcripts import (
    clinician_introductions,
    interjections,
    lower_case_names,
    speaker_turns,
    without_speakers,
)
from prepcli.phi.unknown_pairs import unknown_pairs
from prepcli.phi.word_names import word_names_in
from prepcli.phi.words import everyday
from prepcli.phi.x12 import read_x12

__all__ = ["PLACEHOLDER_TYPES", "AnyOf", "Scrubbed", "Span", "find_phi", "scrub"]

PLACEHOLDER_TYPES: tuple[str, ...] = (
    "PATIENT-NAME",
    "DOB",
    "MRN",
    "SSN",
    "PHONE",
    "EMAIL",
    "ADDRESS",
)

# Earlier wins when two detections overlap with equal length: a structured hit (e-mail, SSN)
# is more trustworthy than a cue-driven name guess.
_PRIORITY: dict[str, int] = {
    "EMAIL": 0,
    "SSN": 1,
    "MRN": 2,
    "DOB": 3,
    "PHONE": 4,
    "ADDRESS": 5,
    "PATIENT-NAME": 6,
}

_DIGIT_RE = re.compile(r"\d")
# (a gate: two dotted capitals, before the costlier pattern over the words before them)
_DOTTED_HINT_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z]\.")
_PLACEHOLDER_RE = re.compile(r"\[(?:PATIENT-NAME|DOB|MRN|SSN|PHONE|EMAIL|ADDRESS)\]")


@dataclass(frozen=True)
class Scrubbed:
    text: str  # the text with placeholders
    counts: dict[str, int]  # e.g. {"PATIENT-NAME": 1, "DOB": 1}; empty when nothing found


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- building blocks -------------------------------------------------------------------------

# A capitalised name token; allows O'Connell, McAllister, Mary-Jo.
_NAME_TOKEN = (
    # Latin Extended-A too: "Ngāhuia", "Łukasz", "Şükrü", "Čapek"
    r"[A-ZÁÉÍÓÚÑÇÀÈÌÒÙÂÊÔÃÕÄÖÜĀ-ſ](?:[a-zà-öø-ÿĀ-ſ]+(?:[A-Z][a-z]+)?"
    r"|['\u2019][A-ZÁÉÍÓÚ][a-zà-öø-ÿĀ-ſ]+)(?:-[A-Z][a-zà-öø-ÿĀ-ſ]+)?"
)
_INITIAL = r"[A-Z]\."
# Case-sensitive on purpose: a lower-case word after the cue ("pt on Keytruda") is not a name.
# Up to four words: Hispanic names carry two given names and two surnames.
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_INITIAL}\s+)?{_NAME_TOKEN}){{0,3}}|(?:{_INITIAL}\s?){{2,3}}"

# Words that follow "Patient"/"Pt" in pharma text but are not names ("Patient Support Program",
# "Pt. Education"), plus sentence starters that can follow a bare "pt." at a sentence end.
_NOT_A_NAME = (
    _wordset(
        """
    Access Advocacy Assistance Assist Ambassador Ambassadors Brochure Brochures Care Centered
    Centric Copay Education Educator Engagement Enrollment Experience Experiences Financial Guide
    Hub Information Info Journey Kit Kits Materials Navigator Navigators Outcome Outcomes Portal
    Preference Preferences Program Programs Registry Reported Resources Safety Savings Services
    Support Voice Population Selection Assessment Characteristics Demographics Flow Volume
    Identification Counseling Monitoring Consent Forms Form Assistance Affairs Experience Privacy
    Dr Doctor Nurse Mr Mrs Ms Miss Mx Lot Batch Approved Approval Launched Published Founded
    Established Name
    The A An And Or But If On In At To With Was Were Is Are Has Had Have Who That
    This These Those He She They We I It Its Next Will Would Should Also Plan Follow Discussed
    Asked Sent Left Per No Not Yes Please Note Notes Due Started Stopped Since Then Today Called
    Mentioned Reported Said Says Prefers Agreed Needs Wants Unable Denied
    What What's Whats When Where Why How Which Apt Apartment Suite Unit Room Floor
    Medicare Medicaid Aetna Cigna Humana Anthem Kaiser UnitedHealthcare United Tricare BCBS Optum
    CVS Caremark Express Scripts Walgreens Accredo
    """
    )
    | LETTER_WORDS
)

# Brand names that show up right after "pt"/"patient" ("pt Keytruda-naive", "the pt. Ozempic
# dose"). Not exhaustive: callers pass their own product names through ``keep``.
_DRUG_BRANDS = _wordset(
    """
    Keytruda Opdivo Yervoy Tecentriq Imfinzi Libtayo Bavencio Tagrisso Tarceva Iressa Gilotrif
    Alecensa Xalkori Lorbrena Lumakras Krazati Lynparza Zejula Rubraca Talzenna Ibrance Kisqali
    Verzenio Herceptin Perjeta Kadcyla Enhertu Avastin Erbitux Vectibix Xtandi Zytiga Erleada
    Nubeqa Revlimid Pomalyst Darzalex Imbruvica Calquence Brukinsa Venclexta Jakafi Gleevec
    Tasigna Sprycel Ozempic Wegovy Mounjaro Zepbound Trulicity Victoza Rybelsus Jardiance Farxiga
    Invokana Januvia Janumet Glucophage Lantus Tresiba Toujeo Humalog Novolog Basaglar Entresto
    Eliquis Xarelto Pradaxa Brilinta Plavix Repatha Praluent Leqvio Lipitor Crestor Zetia
    Humira Enbrel Stelara Skyrizi Rinvoq Dupixent Cosentyx Taltz Tremfya Otezla Ocrevus Kesimpta
    Tecfidera Biktarvy Descovy Genvoya Paxlovid Veltrana
    """
)

# HCP and office-staff credentials: "Ms. Chen, NP" is a colleague, not a patient.
_STAFF_AFTER_RE = re.compile(
    r"\s*,?\s*(?:\(?(?:RN|NP|PA|PA-C|LPN|MA|CMA|PharmD|MD|DO|APRN|CNP|FNP|MSN|BSN|RPh|CRNP)\b"
    r"|\(?(?:the\s+)?(?:office|practice|clinic)\s+manager|the\s+(?:nurse|NP|PA|scheduler|"
    r"receptionist|pharmacist|MA|coordinator))"
)

# --- detectors -------------------------------------------------------------------------------

# Any script in the local part and domain ("josé.núñez@correo.es", "用户@例子.广告"), and an
# address literal ("jo@[192.0.2.7]").
_EMAIL_RE = re.compile(
    # (an export may glue the next value to the ending: "john@acme.com123-45-6789")
    r"(?<![\w.%+'-])[\w.%+'-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?![^\W\d]|-)"
    # a real "@" and the domain's dots written out: "john.doe@acme[DOT]com", "jo@x (dot) org"
    r"|(?<![\w.%+'-])[\w.%+'-]+@[^\W_][\w-]*(?:(?:\.|[ \t]?[(\[{<](?i:dot)[)\]}>][ \t]?)"
    r"[^\W_][\w-]*)*[ \t]?[(\[{<](?i:dot)[)\]}>][ \t]?[^\W\d_]{2,}(?![\w-])"
    # or said without brackets, as dictation writes it: "joanne@aol dot com"
    r"|(?<![\w.%+'-])[\w.%+'-]+@[^\W_][\w-]*(?:[ \t]+(?i:dot)[ \t]+[^\W_][\w-]*)*"
    r"[ \t]+(?i:dot)[ \t]+(?i:com|org|net|edu|gov|co|us|uk|ca|au|de|fr|in|io)(?![\w-])"
    r"|(?<![\w.%+'-])[\w.%+'-]+@\[\d{1,3}(?:\.\d{1,3}){3}\]"
    # a comma typed for the last dot: "janeroe@gmail,com"
    r"|(?<![\w.%+'-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*,(?:com|net|org|edu|co\.uk|de|fr|in)\b"
)
# Written out to dodge filters: "jane dot roe at example dot org", "name at mail.com".
_DOT = r"(?:\.|\s+dot\s+|\s*[(\[{<]dot[)\]}>]\s*|[ \t]\.[ \t])"
# "john underscore smith at gmail.com": the other spelled-out punctuation of a local part.
_LOCAL_SEP = r"(?:\.|\s+(?:dot|underscore|dash|hyphen)\s+|\s*[(\[{<]dot[)\]}>]\s*)"
_SPELLED_EMAIL_RE = re.compile(
    # an initial said apart from the name before a spaced "@": "j doe @ gmail . com"
    r"(?:\b[A-Za-z][ \t](?=[\w%+-]+[ \t]@))?"
    # or before a spoken "at": "M Traba at Gmail dot com"
    r"(?:\b[A-Z][ \t](?=[\w%+-]+[ \t]+at[ \t]))?"
    rf"\b[A-Za-z0-9_%+-]+(?:{_LOCAL_SEP}[A-Za-z0-9_%+-]+)*"
    r"(?:\s+at\s+|\s*[(\[{<](?:at|@)[)\]}>]\s*|[ \t]@[ \t]?|@[ \t])"
    # a mail provider's domain needs no known ending: "dest at yahoo.cwe"
    # (a country ending may follow: "yahoo (dot) co (dot) uk")
    rf"(?:(?:gmail|yahoo|hotmail|outlook|aol|icloud|live|msn|protonmail|proton|gmx|comcast)"
    rf"(?:{_DOT}[a-z]{{2,4}}\b){{1,2}}|"
    # any ending where every dot is spelled out: "telyn dot example dot cymru"
    # (a transcript's tag may stand for a part not heard: "at [unintelligible] dot co dot uk")
    r"(?:[A-Za-z0-9-]+|\[[a-z]+\])(?:\s+dot\s+[A-Za-z0-9-]+)*\s+dot\s+[A-Za-z]{2,12}\b|"
    rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}"
    r"(?:com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|au|de|fr|nl|es|it|se|no|dk|fi|ch|at|be"
    r"|pl|hu|cz|ie|nz|in|jp|cn|br|mx|ru|me|site)\b)",
    re.IGNORECASE,
)

# A mail provider alone after the word e-mail: "her email is janedoe at gmail".
_PROVIDER_ONLY_RE = re.compile(
    r"\b(?i:e-?mail)\b[^.\n@]{0,20}?\b(?P<e>[\w.+-]+\s+(?i:at)\s+(?i:gmail|yahoo|hotmail|outlook"
    r"|aol|icloud|live|msn|protonmail|proton|gmx|comcast))\b"
)
# A mail provider glued to its ending, its dot lost to dictation or a chat's typing
# ("hgreengmailcom"), after the name and the number said apart ("karan 007 gmailcom").
_GLUED_PROVIDER_RE = re.compile(
    r"\b(?:[a-z][\w.]*[ \t]+(?:\d+[ \t]+)?(?:gmail|hotmail|yahoo|outlook|aol|icloud|e?mail)"
    r"|[\w.]+(?:gmail|hotmail|yahoo|outlook|icloud))(?:com|net|couk)\b",
    re.IGNORECASE,
)
_GLUED_PROVIDER_HINTS = (
    *("mailcom", "mailnet", "mailcouk", "yahoocom", "yahoonet", "yahoocouk"),
    *("outlookcom", "icloudcom", "aolcom"),
)
# Substrings one of which every _SPELLED_EMAIL_RE match holds.
_SPELLED_AT_HINTS = (
    *(" at ", "\tat", "\nat", "at\t", "at\n", "at)", "at]", "at}", "at>"),
    *(" @", "@ ", "@)", "@]", "@}", "@>"),
)
# And its domain: a mail provider's name, a spelled "dot", or a dot before an ending.
_SPELLED_DOMAIN_HINTS = (
    "dot gmail yahoo hotmail outlook aol icloud live msn proton gmx comcast".split()
)
_ENDING_AFTER_DOT_RE = re.compile(
    r"\.[ \t]?(?:com|org|net|edu|gov|mil|info|biz|io|co|us|uk|ca|au|de|fr|nl|es|it|se|no|dk|fi"
    r"|ch|at|be|pl|hu|cz|ie|nz|in|jp|cn|br|mx|ru|me|site)",
    re.IGNORECASE,
)

_SSN_CUE = (
    r"(?:(?i:SSN|SS\#|soc\.?\s*sec\.?(?:\s*(?:\#|no\.?|number))?"
    r"|social\s+(?:security|insurance)(?:\s+(?:number|no\.?|\#))?|bsn|burgerservicenummer"
    # "Social: 123456789", "my social is ..."
    r"|social(?=\s*[:#]|\s+is\b)"
    r"|sofi-?nummer|national\s+insurance(?:\s+(?:number|no\.?))?|codice\s+fiscale"
    # (and its short form: "numéro de sécu", "n° sécu")
    r"|num[ée]ro\s+de\s+s[ée]cu(?:rit[ée]\s+sociale)?|n[°º]\s*(?:de\s+)?s[ée]cu\b"
    r"|aadhaar|personnummer|steuer-?id"
    r"|insee(?:\s+(?:no\.?|number|n°))?|ahv(?:-?nr\.?)?"
    # the national identity number's label in other countries (stdnum's module docs): Belgian
    # Rijksregisternummer/INSZ/NISS, Irish PPS, Norwegian fødselsnummer, Finnish henkilötunnus,
    # Turkish T.C. kimlik no, Israeli teudat zehut, and the plain English
    # "national ID", "identity card number", "ID card no."
    r"|rijksregister(?:nummer)?|pps(?:n|\s+no\.?|\s+number)|f[øo]dselsnummer"
    r"|(?:renten|sozial)versicherungsnummer|rv-?nr\.?|sv-?nummer"
    # Austria's social insurance number (SVNR, VSNR), Spain's Social Security affiliation
    # number (NASS, NUSS, "número de afiliación")
    r"|svnr|vsnr|sv-?nr\.?|nass|nuss"
    r"|(?:n[úu]mero|n[º°o]\.?)\s*(?:de\s+)?afiliaci[óo]n(?:\s+(?:a\s+la\s+)?(?:seguridad\s+social|s\.\s?s\.))?"
    r"|henkil[öo]tunnu(?:s|ksen|ksella)|(?:t\.?\s?c\.?\s+)?kimlik(?:\s+(?:no\.?|numaras[ıi]))?"
    r"|teudat\s+zehut"
    # "personal number", "birth number", "identity card" in Slavic, Baltic, Hungarian and
    # Spanish-American labels: lični broj, rodné číslo, asmens kodas, cédula de identidad
    r"|l[ií][čc]ni\s+broj|osobni\s+(?:identifikacijski\s+)?broj|mati[čc]ni\s+broj"
    # (in the cases Finnic and Baltic languages put them: "isikukoodiga", "asmens kodo")
    r"|rodn[éeé]\s+[čc][íi]slo|em[šs]o|asmens\s+kod(?:as|o|u)|personas\s+kod[sa]"
    r"|isikukood(?:i(?:ga|l|le|st)?)?|kennit(?:ala|ölu|olu)"
    r"|c[ée]dula(?:\s+de\s+(?:identidad|ciudadan[íi]a))?|taj(?:[ \t-]sz[áa]m)?"
    r"|szem[ée]lyi\s+sz[áa]m|снилс|егн|ембг|αμκα"
    # (Iran's "national code", Ukraine's taxpayer number, a database row's "ss=")
    r"|national\s+code|рнокпп|іпн|ss(?==)="
    r"|national\s+id(?:entity)?(?:\s+card)?(?:\s+(?:no\.?|number|\#))?"
    r"|identity\s+(?:card\s+)?(?:no\.?|number|\#)|id\s+card(?:\s+(?:no\.?|number|\#))?)"
    # the identity card's dotted abbreviation in Spanish and Portuguese: cédula de identidad,
    # cédula de ciudadanía, registro geral, D.N.I.
    r"|C\.I\.|C\.C\.|R\.G\.|D\.N\.I\.|N\.I\.F\.|N\.I\.E\.|R\.U\.T\.|C\.P\.F\."
    # Lithuanian "a.k." (asmens kodas) and Latvian "p.k." (personas kods), the personal code
    r"|a\.[ ]?k\.|p\.[ ]?k\."
    # other countries' national numbers, by their (capital) abbreviations
    r"|SIN|NINO|NI\s+(?i:no\.?|number)|DNI|NIE|CPF|NIR|PESEL|CURP|RUT|CPR|CF|NRIC|HKID|INSZ|NISS"
    r"|FNR|HETU|CNP|AMKA|EGN|OIB|JMBG|CNIC|NIC|NIN|RFC|NIF|CUIL|CUIT|MyKad|SSS|RG|NSS|RUN"
    # Saudi residence permit, Emirates ID, an Indian voter ID
    # (and Israel's "ת.ז.", teudat zehut in Hebrew)
    r"|(?i:iqama|emirates\s+id|voter\s+id)|ת\.?[ ]?ז\.?|תעודת\s+זהות|מספר\s+זהות"
    # Japan's individual number, Russia's taxpayer number (a person's is his for life)
    # (and the Arabic "national number", "identity number")
    r"|マイナンバー|個人番号|ИНН|کد[ ]?ملی|الرقم[ ]القومي|رقم[ ]الهوية)"
)
_SSN_OWNER = (
    r"(?:[ \t]+(?i:на[ \t]+(?:пациент\w*|болн\w*|лицето)|пациента|пациентки|пацієнта"
    r"|(?:του[ \t]+|της[ \t]+)?ασθεν(?:ούς|ους)|del[ \t]+pa[cz]iente|d[oa][ \t]+(?:utente|doente"
    r"|paciente)|du[ \t]+patient|des[ \t]+patienten|of[ \t]+the[ \t]+patient|pacjenta"
    r"|pacienta|beteg(?:é)?))"
)
# Dashed/spaced 3-2-4 or an explicitly cued 9-digit run; trial and approval codes carry letters so
# they never collide, lot numbers can, hence the "lot"/"batch" look-behinds.
_SSN_RE = re.compile(
    # The digit look-ahead comes first so the look-behinds only run where a number starts.
    r"(?<![\w-])(?=\d{3}[- .])(?<!lot )(?<!Lot )(?<!LOT )(?<!lot# )(?<!Lot# )(?<!lot #)"
    r"(?<!batch )(?<!Batch )"
    r"(?:\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4}|\d{3} - \d{2} - \d{4}"
    # wrapped onto the next line after a dash, as a narrow form field breaks it
    r"|\d{3}-\d{2}-[ \t]*\n[ \t]*\d{4}|\d{3}-[ \t]*\n[ \t]*\d{2}-\d{4})"
    r"(?!\w|-\d|\.\d)"
)
_GLUED_SSN_RE = re.compile(r"\d{3}-\d{2}-\d{4}(?!\w|-\d|\.\d)")
# A masked SSN needs no label: its shape is one ("xxx-xx-6789", "***-**-6789").
# (with hashes or bullets too: "###-##-6789", "•••-••-6789")
_MASKED_SSN_RE = re.compile(
    r"(?<![\w*#•-])(?:[Xx]{3}|\*{3}|\#{3}|•{3})-(?:[Xx]{2}|\*{2}|\#{2}|•{2})-\d{4}(?![\w-])"
)
# After its cue, also a masked one: "SS# ***-**-4102", and the other countries' national
# numbers, filed under SSN: Dutch BSN, Canadian SIN, British NINO ("bsn: 111222333"). Run only
# where _SSN_CUE_WORDS holds a word of the note.
_SSN_CUED_RE = re.compile(
    # (an aside in brackets may stand between the label and the number: "National ID (as
    # printed on the card): ...")
    # (or whose it is, in the languages that say it after the label: "ЕГН на пациента:",
    # "ΑΜΚΑ ασθενούς", "NIF do utente")
    # (the copula of a first-person sentence may stand between: "O meu CPF é o ...", "Mon NIR
    # est le ...", "Mi DNI es ...")
    rf"{WORD_START}\b{_SSN_CUE}(?:[ \t]*\([^()\n]{{1,60}}\))?{_SSN_OWNER}?\s*\#?\s*:?\s*"
    r"(?:(?:is|é|es|est|ist|este)(?:\s+(?:o|el|le))?\s+)?"
    # (a Russian SNILS first, before its first nine digits pass for a number: "112-233-445 95")
    r"(\d{3}-\d{3}-\d{3}[ -]\d{2}"
    r"|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}|\d{3}([- .])\d{3}\2\d{3}|[*Xx•]{3}-?[*Xx•]{2}-?\d{4}"
    r"|[*Xx•]{4,5}\d{4}"
    # MyKad 850101-14-5678, CUIL 20-12345678-6, SSS 34-1234567-8, Emirates ID
    # 784-1985-1234567-1
    r"|\d{6}-\d{2}-\d{4}|\d{2}-\d{7,8}-\d|784-\d{4}-\d{7}-\d"
    # an Austrian SVNR as printed, serial and check then the birth date: "1237 010180"; a
    # Spanish NASS, province, serial, key: "28 32128591 09", "28/32128591/09"
    r"|\d{4}[ ]\d{6}|\d{2}[ ]\d{7,9}[ ]\d{2}|\d{2}/\d{7,9}/\d{2}"
    # (a NINO's last letter is A-D, but forms and test data write others: "ZZ 12 34 56 T")
    r"|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]"
    # a German pension insurance number: "12 150859 M 017"
    r"|\d{2} ?\d{6} ?[A-Z] ?\d{3}"
    # DNI 12345678Z, CPF 123.456.789-09, Aadhaar 1234 5678 9012, CPR 010203-1234, a codice
    # fiscale RSSMRA80A01H501U
    # personnummer 19610303-1234, RUT 12.345.678-5
    r"|756\.\d{4}\.\d{4}\.\d{2}|(?:\d{2})?\d{6}[-+]\d{4}|\d{1,2}\.\d{3}\.\d{3}-[\dkK]"
    # a Czech or Slovak birth number: 785612/1234 (and 9 digits before 1954: 515612/123)
    r"|\d{6}/\d{3,4}"
    # HKID A123456(3), CURP BOXW310820HNERXN09, Belgian 85.07.30-033.28, Pakistani CNIC
    # 35202-1234567-1, Irish PPS 6433435FA
    r"|[A-Z]{1,2}\d{6}\([\dA]\)|[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d"
    r"|[A-Z]?\d{6,12}[A-Z]?|\d{13,15}|\d{4} \d{4} \d{4}"
    # any other grouping into spaced digits, 8 to 15 in all: a Mexican NSS "70 80 42 6339 4"
    # (not a phone's 3-3-4: "the ssn is 123 454 6789" is a number given by mistake)
    r"|(?=(?:\d[ ]?){8,15}(?!\d))(?!\d{3}[ ]\d{3}[ ]\d{4}(?!\d))\d{1,5}(?:[ ]\d{1,5}){2,6}"
    r"|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{5}-\d{7}-\d|\d{7}[A-W][A-IW]?"
    # digits grouped by dots, as Latin America and the Netherlands write them: DNI 30.123.456,
    # cédula 1.020.304.050, BSN 1112.22.333
    r"|\d{1,4}(?:\.\d{2,3}){2,3}(?:-[\dkK])?"
    r"|[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]"
    # shown in part, the rest masked: Aadhaar "XXXX XXXX 4471", CPF "***.456.789-**"
    rf"|{MASKED_ID})"
    r"(?![\w*•])"
    # The cue after the number: "111222333 (bsn)".
    r"|(?<![\w-])(\d{9}|\d{3}([- .])\d{3}\4\d{3})[ \t]*\(?(?i:ssn|bsn|sofi)\b"
    # Its last four digits: "SSN ending 4471", "SSN last 4: 4471", "last four of SSN 4471".
    r"|\b(?i:SSN|SS\#|social\s+security(?:\s+number)?)[ \t]*\(?(?i:ending(?:[ \t]+in)?"
    r"|last[ \t]+(?:4|four)(?:[ \t]+digits)?)\)?[ \t]*(?:is[ \t]+)?[:#]?[ \t]*"
    r"(?P<last4>\d{4})(?![\w-])"
    # (the same with "last four" first: "last 4 of SSN: 6789", "Last four SSN 6789")
    r"|\b(?i:last[ \t]+(?:4|four)(?:[ \t]+digits)?(?:[ \t]+of)?"
    r"(?:[ \t]+(?:the|his|her|their|pt['’]?s|patient['’]?s))?[ \t]+"
    r"(?:SSN|SS\#|social(?:[ \t]+security(?:[ \t]+number)?)?))"
    r"[ \t]*(?:(?:is|are|was)[ \t]+)?[:#]?[ \t]*(?P<last4b>\d{4})(?![\w-])"
    # or four digits right after the word alone, as a caller gives them: "paul ssn 5280", "my
    # ssn is 4321" (a part of the number is still the patient's)
    r"|\b(?i:ssn|ss\#)[ \t]*[:#]?[ \t]*(?:is[ \t]+)?(?P<last4c>\d{4})(?![\w-])",
)
_SSN_CUE_WORDS = frozenset(
    """ssn ss soc social bsn burgerservicenummer sofi sofinummer national sin nino ni codice
    numéro numero sécu secu aadhaar personnummer steuer dni nie cpf nir pesel curp rut ahv cpr insee
    cf rijksregister rijksregisternummer pps ppsn fødselsnummer fodselsnummer henkilötunnus
    henkilotunnus henkilötunnuksen henkilotunnuksen isikukoodi isikukoodiga kennitala kennitölu
    kimlik teudat identity id nric hkid insz niss fnr hetu cnp amka egn oib
    jmbg cnic nic nin rfc nif cuil cuit mykad sss rg nss run iqama emirates voter
    rentenversicherungsnummer sozialversicherungsnummer rv rvnr sv svnummer svnr vsnr nass nuss
    afiliación afiliacion lični licni osobni
    matični maticni rodné rodne emšo emso asmens personas isikukood cédula cedula taj személyi
    szemelyi рнокпп іпн снилс егн ембг αμκα ת זהות マイナンバー 個人番号 инн کد کدملی الرقم
    رقم""".split()
)

# (the dotted abbreviations above, which the note's words do not show)
_DOTTED_SSN_CUES = (
    *("C.I.", "C.C.", "R.G.", "D.N.I.", "N.I.F.", "N.I.E.", "R.U.T.", "C.P.F."),
    *("a.k.", "a. k.", "p.k.", "p. k."),
)

_MORE_MRN_CUES = (
    # the look-ahead for the cues' first letters makes most positions fail at once
    r"(?:\b(?=[PpZzNnCcHhMmSsEeBbIiDdFfAaVvUuKkOoRr])|(?=[مر]))"
    r"(?:\bpat(?:i[eë]nt(?:en)?)?\.?[ \t-]?n(?:umme)?r\.?|\bziekenhuisnummer"
    r"|\b(?:NHS|CHI)[ \t]*(?:no\.?|number|\#)|\bhosp(?:ital)?\.?[ \t]*(?:no\.?|number|\#)"
    # with no word for "number" before the ten digits they always have: "CHI 0101904412"
    r"|(?-i:\b(?:NHS|CHI)\b)(?=[ \t]*:?[ \t]*\d{3}[ ]?\d{3}[ ]?\d{4}(?!\d))"
    # an Australian hospital's unit record number, a health card's (Canada's OHIP, France's
    # carte Vitale), any "ID no.": "UR number: 004471829", "health card 4532 123 456 XY"
    r"|\bU\.?R\.?[ \t]*(?:no\.?|number|\#)|\bhealth[ \t]+card(?:[ \t]+(?:no\.?|number|\#))?"
    r"|\bhealth[ \t]+(?:insurance[ \t]+)?(?:no\.?|number|\#)|(?-i:\bOHIP\b)|\bcarte[ \t]+vitale"
    r"|(?-i:\bID\b)[ \t]*(?:no\.?|number|\#)"
    r"|\b(?:member|subscriber|program(?:me)?|enrol(?:l)?ment|beneficiary|insurance)[ \t]+"
    r"(?:ID|no\.?|number|\#)|(?-i:\bID\b)(?=[ \t]*[:#])"
    # documents' numbers, identifiers too: a passport's, a driver's licence (not a
    # clinician's licence, which a bare "License" names)
    r"|\b(?:passport|reisepass|passeport|pasaporte|passaporto|paspoort|passaporte|paszport)"
    r"(?:[ \t]+(?:no\.?|nr\.?|n[°º]\.?|number|\#))?"
    r"|\bdriver['’]?s[ \t]+licen[cs]e(?:[ \t]+(?:no\.?|number|\#))?"
    r"|\bDL[ \t]*\#"
    # a visit's or an account's number: Cerner's FIN and Epic's CSN, encounter, account
    r"|(?-i:\b(?:FIN|CSN)\b)|\b(?:encounter|account|visit)[ \t]*(?:\#|no\.?|number|ID)"
    # a patient's billing account, whose number follows bare ("Billing Guarantor Account:
    # ACT-902841"); a company's "account" alone stays a customer's
    r"|\b(?:billing|guarantor)(?:[ \t]+(?:billing|guarantor))?[ \t]+account"
    # health identifiers: Australia's IHI, a master patient index's MPI/EMPI, HL7's PID, a
    # unit record number (URN), a Medicare or Medicaid number, a German insurance number
    r"|(?-i:\b(?:IHI|E?MPI|PID|URN|KVNR)\b)"
    # Australia's Department of Veterans' Affairs file number under its card's colour ("DVA
    # Gold NBUR9080"), and the Centrelink customer reference number a concession card carries
    # ("Health Care Card 307111942H")
    r"|(?-i:\bDVA\b)(?:[ \t]+(?:gold|white|orange))?(?:[ \t]+card)?(?:[ \t]+(?:no\.?|number|\#))?"
    r"|\b(?:health[ \t]+care|pensioner[ \t]+concession|concession|seniors[ \t]+health)[ \t]+card"
    r"(?:[ \t]+(?:no\.?|number|\#))?|\bcentrelink(?:[ \t]+(?:CRN|no\.?|number|\#))?"
    r"|\b(?:medicare|medicaid)(?:[ \t]+(?:card|no\.?|number|\#|ID))?"
    # Medicare's old claim number (an SSN and a letter), Canadian provinces' personal health
    # number, New Zealand's NHI, a pathology accession number
    r"|(?-i:\b(?:HICN|PHN|NHI)\b)|\baccession(?:[ \t]+(?:no\.?|number|\#))?"
    # the Philippines' health insurance number under its name ("PhilHealth PIN: 12-...")
    r"|\bphilhealth(?:[ \t]+(?:PIN|ID|no\.?|number|\#))?"
    # a US health plan's ID under the payer's name ("BCBS ID XYZ987654321"), a UK case note
    # number
    r"|\b(?:BCBS|Aetna|Cigna|Humana|UHC|United[ \t]?Healthcare|Anthem|Kaiser|Tricare|Optum"
    r"|Molina|Centene|Ambetter|Highmark|Wellcare|CareSource|Premera|Regence|Medi-Cal)"
    r"[ \t]+(?:member[ \t]+)?(?:ID|no\.?|number|\#)|\bcase[ \t]+notes?[ \t]+(?:no\.?|number|\#)"
    r"|\b(?:kranken)?versicherten-?(?:nummer|nr\.?)"
    # a case's or a chart's number in German, French, Spanish, Italian, Portuguese
    r"|\bfall-?(?:nummer|nr\.?)|\bpatienten-?(?:nummer|nr\.?)"
    # a Swiss or German case's number under the bare noun: "Fall 5588123" (not "fall 2023")
    r"|(?-i:\bFall)(?=[ \t]*:?[ \t]*\d{5})|\bn[°º][ \t]*(?:de[ \t]+)?dossier"
    r"|\bnum[ée]ro[ \t]+(?:de[ \t]+)?dossier|(?-i:\bNHC\b)|\bhistoria[ \t]+cl[ií]nica"
    r"(?:[ \t]+(?:n[°º.]?|no\.?|n[uú]m(?:ero)?\.?))?|\bcartella(?:[ \t]+clinica)?(?:[ \t]+n[°º.]?)?"
    r"|\bprontu[áa]rio(?:[ \t]+n[°º.]?)?|\bnosologico"
    # Spanish "expediente", Arabic "file number" and "patient number"
    r"|\bexpediente(?:[ \t]+(?:cl[ií]nico[ \t]+)?(?:n[°º.]?|no\.?|n[uú]m(?:ero)?\.?))?"
    r"|ملف[ \t]+رقم|رقم[ \t]+(?:الملف|المريض))"
)
_MRN_MORE_WORDS = frozenset(
    """patnr pat nr patientnummer patiëntnummer ziekenhuisnummer nhs chi hosp hospital member
    subscriber program programme enrolment enrollment beneficiary insurance id passport reisepass
    passeport pasaporte passaporto paspoort passaporte paszport driver's
    drivers dl fin csn encounter account visit ihi mpi empi pid urn medicare medicaid kvnr
    versichertennummer krankenversichertennummer versicherten fall fallnummer fallnr patienten
    patientennummer dossier nhc historia cartella prontuário prontuario nosologico expediente
    ملف رقم ur health ohip vitale hicn phn nhi accession bcbs aetna cigna humana uhc united
    unitedhealthcare anthem kaiser tricare optum molina centene ambetter highmark wellcare
    caresource premera regence medi case dva concession centrelink philhealth billing
    guarantor""".split()
)
# Most of those cues need a word for "number" after them ("program ID", "visit #"), the rest
# are one themselves.
_MRN_NUMBER_WORDS = frozenset("id no nr number card رقم".split())  # (رقم: Arabic "number")
_MRN_STRONG_WORDS = frozenset(
    """patnr patientnummer patiëntnummer ziekenhuisnummer passport reisepass passeport pasaporte
    passaporto paspoort passaporte paszport driver's drivers fin csn ihi
    mpi empi pid urn medicare medicaid kvnr versichertennummer krankenversichertennummer
    versicherten fallnummer fallnr patientennummer dossier nhc historia cartella prontuário
    prontuario nosologico fall expediente ملف nhs chi ohip vitale hicn phn nhi dva
    centrelink philhealth billing guarantor""".split()
)
_MRN_VALUE = (
    # "Medical Record Number (MRN): ...": an abbreviation in brackets may follow the cue.
    # (or an XML element's: "<MRN>A7719302</MRN>")
    # (or a template's bracketed label: "[MRN] 4471290")
    # (and "of" before it: "the patient with MRN of S1521703")
    r"(?:\s*\([A-Z]{2,4}\))?\s*[#:,=\uff1a>\]]?\s*(?:is|was|of)?\s*[:#]?\s*"
    # Letters and digits in groups: 54782934, MRN-AZ-44-22119, ED-MRN-009912, H2024001234,
    # "112-07 38"; handwriting read by OCR swaps digits for look-alike letters (l2lOOO99l).
    # a hospital's letters before spaced digits: "GHH 441 7702", "MGH 1122334"
    r"(?P<id>(?-i:[A-Z]{2,5})[ \t]\d{3,5}(?:[ \t]\d{3,5}){0,2}(?![\w-])"
    r"|\d{2,4}(?:[ -]\d{1,4}){1,4}(?=[ \t]{2}|[ \t]*(?:$|\n|[,;|]))"
    # an Australian Medicare number and the person's number on the card: "4102938541/2"
    r"|\d{10}[-/]\d(?![\w/-])"
    # digits in spaced groups, an Australian Medicare number's issue digit after a dash:
    # "5416 45326 9-2", "8003 6083 3364 7261"
    # and a health card's version letters: "4532 123 456 XY"
    # (and the card's line for the person after a slash: "5416 45326 9/2")
    # (or a carte Vitale's NIR in its groups: "2 61 03 75 123 456 78")
    r"|(?=(?:\d[ ]?){8})\d{1,5}(?:[ ]\d{1,5}){1,6}(?:[-/]\d)?(?:[ ](?-i:[A-Z]{2}))?(?![\w/-])"
    # a register's year and number: "2023/4471"
    r"|(?:19|20)\d{2}/\d{3,8}(?![\w/-])"
    # A UUID, as generated records use (Synthea, FHIR servers).
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    # Short ids in letters and digits: 7TU-8, 12345K, 10V6D5, 5678, XXXCCCAAA11.
    r"|(?=[A-Z\d-]*\d)(?=[A-Z\d-]{4})[A-Z\d]{1,14}(?:-[A-Z\d]{1,10}){0,3}(?<!-)"
    r"|(?:[A-Z]{1,5}-){0,3}[A-Z]{0,3}\d[\d-]{3,14}\d"
    r"|(?=[\dlIO]*\d[\dlIO]*\d[\dlIO]*\d)[\dlIO]{6,12}"
    # digits read out one by one, as a speech recogniser writes them: "MRN is 4 5 6 1 2 9 8"
    r"|\d(?:[ ]\d){5,11}(?![ ]?\d))(?!\w|-\w)"
)
# Cue then identifier; only the identifier is replaced so the note still reads "MRN [MRN]".
_MRN_RE = re.compile(
    # "MRN ED TEMP:", "MR. #", "MR NO:", Chinese 病歷號 (record number)
    # (at a word's start, but for 病, which needs no "\b")
    r"(?=[MUCPRAH病])(?:(?<!\w)|(?=病))"
    # (and a number that carries its cue, which goes with it: "Patient MRN-12345 requires")
    r"(?:\b(?=MRN-\d)|\bMRN(?:[ \t]+(?-i:[A-Z]{2,5})\b){0,2}|\bMR\.?\s?[#:]|\bMR\s+NO\b\.?"
    # "MR 6TS-4": a bare capital MR only before an id with a digit in it (and "MR 2+" is
    # too short to be one).
    r"|(?-i:\bMR)(?=[ \t]+[A-Z]*\d[A-Z\d-]{2})"
    r"|病[歷历][號号]"
    r"|\bmed(?:ical)?\.?\s*rec(?:ord)?\.?\s*(?:#|no\.?|number)|\bunit\s+no\.?"
    r"|\b(?:medical|hospital|health)\s+record(?:\s+(?:number|no\.?|#))?|\bchart\s*(?:#|no\.?|number)"
    r"|\b(?:patient|pt\.?)\s*(?:ID|#|no\.|number)|\brecord\s+(?:#|no\.?)"
    # the patient named by a code alone, as an agent's task does: "Check patient S6530813's
    # potassium" (letters then six digits or more; no dose after)
    r"|\bpatient(?=[ \t]+(?-i:[A-Z]{1,3})\d{6,10}(?![\w-]|[.,]\d))"
    # a record's code in capitals, a hyphen and digits: "test record IMG-009"
    r"|\brecord(?=[ \t]+(?-i:[A-Z]{2,5})-\d{3})"
    r"|\bacct\.?\s*(?:#|no\.?|number))"
    rf"{_MRN_VALUE}",
    re.IGNORECASE,
)
# Other countries' and programmes' record numbers, only where _MRN_MORE_WORDS says one can be
# (a pattern with more first letters is tried at more places): Dutch "patnr",
# "ziekenhuisnummer", the NHS and CHI numbers, a hospital number, a health plan's member or
# subscriber ID (an identifier under HIPAA too), an enrolment or programme ID, an "ID:" field.
_MRN_MORE_RE = re.compile(_MORE_MRN_CUES + _MRN_VALUE, re.IGNORECASE)

# Any register's number under its acronym ("COSTAR no. 999999999", "EPIC # 4471902") is a
# record number, except the registers of products, trials, clinicians and the company's own
# cases (a medical information request, an adverse event report) named here.
_ACRONYM_NUMBER_RE = re.compile(
    r"(?<![\w-])(?=[A-Z]{3})(?!(?:NPI|DEA|NDC|LOT|NCT|CAS|IND|NDA|BLA|ANDA|ISBN|PMID|DOI|TEL|FAX"
    r"|ZIP|APT|STE|REF|SKU|UPC|GTIN|GLN|EAN|VAT|REMS|MIR|ICSR|AER|CAPA)\b)"
    r"[A-Z]{3,8}[ \t]*(?i:no\.?|nr\.?|\#|number)[ \t]*[:#]?[ \t]*"
    r"(?P<id>(?=[A-Z\d-]*\d{3})[A-Z\d][A-Z\d-]{4,18}[A-Z\d])(?![\w-])"
)
# An insurer's number where a question or a note names it by the cover, not by a word for
# "number": "insurance is BCB-883120", "ins: WX-330217", "her plan is UH-7781204", "policy
# number is TR-90017", "insurance policy ZY-678912" (labelled_ids reads "Insurance ID" and
# "plan #" already). Five digits at least and no unit after, so a plan's doses and counts
# ("plan: 10000 steps") stay.
_INSURANCE_ID_RE = re.compile(
    r"\b(?:(?i:ins(?:urance)?|(?:health[ \t]+)?plan|policy|coverage)\.?"
    r"(?:[ \t]+(?i:policy|plan|number|no\.?|id)){0,2}"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|was)[ \t]+(?:[:#][ \t]*)?"
    # (whose it is, said between: "the policy number linked to my account is 468646993",
    # "the policy number has to be 848318752")
    r"|[ \t]+(?i:number)(?:[ \t]+[A-Za-z'’]+){0,5}?[ \t]+(?:is|was|has[ \t]+to[ \t]+be)[ \t]+)"
    # two words name it well enough with no colon: "insurance policy ZY-678912", "ins plan
    # number AB-56789"
    r"|(?i:ins(?:urance)?)\.?(?:[ \t]+(?i:policy|plan|number|no\.?|id)){1,2}[ \t]+)"
    r"\#?(?P<id>(?=(?:[A-Z-]*\d){5})(?:[A-Z]{1,5}-?)?\d[\d-]*\d)"
    r"(?![\w-]|[.,]\d|[ \t]*(?i:mg|mcg|ml|units?|iu|steps|kcal|cal|mmol|%))"
)
_INSURANCE_WORDS = frozenset("ins insurance plan policy coverage".split())
_MRN_CUES: tuple[str, ...] = ("mr", "rec", "chart", "pt", "patient", "acct", "unit", "病")
# The cue after the number: "Office read out 345934583495 patnr", "4471-0092 (MRN)".
# (or a record's label in brackets: "4471290 (Hosp No)", "K4471290 (chart #)")
_MRN_AFTER_RE = re.compile(
    r"(?<![\w-])(?P<id>(?=[A-Z\d-]*\d)[A-Z\d]{4,14}(?:-[A-Z\d]{1,10}){0,3})[ \t]*(?:\(?"
    r"(?:patnr|pat\.nr|MRN|mrn|MR\#)\b"
    r"|\((?i:hosp(?:ital)?\.?|chart|record|patient|pt\.?|unit|case[ \t]+note)"
    r"[ \t]*(?i:no\.?|number|\#|id)[ \t]*[),]|\((?:URN?|NHS(?:[ \t]*(?i:no\.?|number))?)[),])"
)
# A record's number in an EHR's or a FHIR server's link: ".../patients/4471290/summary",
# "GET /fhir/Patient/pat-4471290", "chart?patient_id=4471290".
_LINK_ID_RE = re.compile(
    r"(?i:/(?:patients?|persons?|members?|charts?|mrns?)/"
    r"|[?&;](?:patient[_-]?id|pat[_-]?id|pid|mrn|member[_-]?id|chart[_-]?id)=)"
    r"(?P<id>(?=[\w.-]*\d)[\w.-]{3,64})(?=[/?#&\s)\]]|$)"
)
# A wristband's or a label's barcode text: the number between Code 39's asterisks, on a line of
# its own ("*4471290*").
_BARCODE_RE = re.compile(r"(?m)^[ \t]*\*(?P<id>(?=[A-Z\d-]*\d{4})[A-Z\d-]{5,20})\*[ \t]*$")
# A record number with no word for it: "Record date: 2093-01-13, # 719435", "Judith (13206368)".
_BARE_ID_RE = re.compile(
    r"#(?<![\w#]#)(?<!lot #)(?<!Lot #)(?<!LOT #)(?<!batch #)(?<!Batch #)\s?(?P<id>\d{6,10})\b"
    r"|\((?<=[A-Za-z] \()(?P<id2>\d{7,10})\)"
)
# What else a bare "#" numbers in a rep's note: "Order #4471293", "PO# 4500123998".
_NOT_A_RECORD_BEFORE_RE = re.compile(
    r"\b(?i:order|invoice|inv|po|ref|ticket|confirmation|conf|tracking|claim|item|part|catalog"
    r"|room|rep|employee|emp|territory|store|model|serial|case|request|job|version|build)"
    r"[ \t]*$"
)
_PATIENT_CUE_RE = re.compile(
    r"\b(?P<cue>[Pp]atient|PATIENT|[Pp]t\.?|PT\.?|[Pp]aciente|[Pp]aziente)(?:['\u2019]s\s+name)?"
    # The name stays on the cue's line: "..., PT\nLocation: Room 214" is a credential.
    # (a form's label and its colon or dash: "Patient Name: X", "Patient Name - X", "... -- X")
    r"(?:[ \t]*[,:(\u2013-][ \t]*|[ \t]+)"
    r"(?:(?:named|[Nn]ame(?:\s*(?::|--?|[\u2013\u2014]))?|called|is|was)\s+)?"
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"
    rf"(?P<name>{_NAME})"
)
_HONORIFIC_RE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Mx)\.?\s+(?P<name>{_NAME})|\bMiss\s+(?P<name2>{_NAME})"
)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Like finditer, but resumes one character on so a cue inside a rejected or trimmed name
    ("Mr. Sandra Mr. Lee": the first match swallows the second "Mr") is still seen."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


# A line that opens with a field's label (a few words, then a colon), or a blank one.
_FIELD_LINE_RE = re.compile(r"\n[ \t]*(?:\n|[>*•-]*[^\W\d_][^\n:,.;()]{0,30}[:=])")


def _name_spans(text: str, keep: Container[str]) -> Iterator[Span]:
    for m in _matches(_PATIENT_CUE_RE, text):
        # The name ends with its line where the next line opens a field or is blank: "Patient:
        # Ola Nordmann\nPersonnummer: ..." is no name of three words ("Patient: Mateo\nVillanueva,
        # 55 M" wraps).
        line_end = text.find("\n", m.start("name"), m.end("name"))
        wraps = line_end < 0 or _FIELD_LINE_RE.match(text, line_end) is None
        end = m.end("name") if wraps else line_end
        span = _trim_name(text, m.start("name"), end, keep)
        if span is None:
            continue
        # Judged on every capitalised word the cue saw: "Patient Discharge Information".
        field = ":" in text[m.start() : m.start("name")]
        whole = Span(m.start("name"), end, span.type)
        if not m.group("title") and not plausible_name(text, whole, field=field):
            continue
        # "...saw the pt. Keytruda was held" is a sentence break, not a name; after "pt." only a
        # full name or a titled one is trusted.
        cue = m.group("cue") or ""
        if cue.endswith(".") and not m.group("title") and _single_token(text, span.start, span.end):
            continue
        yield span
    for m in _matches(_HONORIFIC_RE, text):
        group = "name" if m.group("name") is not None else "name2"
        if _STAFF_AFTER_RE.match(text, m.end(group)):
            continue
        span = _trim_name(text, m.start(group), m.end(group), keep)
        if span is not None:
            yield span


def _trim_name(text: str, start: int, end: int, keep: Container[str]) -> Span | None:
    """Keep leading name tokens up to the first word that is not plausibly part of a name."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    kept_end = start
    for tok in tokens:
        word = tok.group().rstrip(".")
        if word in _NOT_A_NAME or word in _DRUG_BRANDS or word in keep:
            break
        kept_end = start + tok.end()
    if kept_end == start:
        return None
    return Span(start, kept_end, "PATIENT-NAME")


def _single_token(text: str, start: int, end: int) -> bool:
    return not any(c.isspace() for c in text[start:end])


def find_phi(
    text: str,
    keep: Container[str] = frozenset(),
    clinicians: Container[str] = frozenset(),
    hints: Sequence[Span] = (),
) -> list[Span]:
    """Non-overlapping identifier spans in ``text``, sorted by position.

    ``clinicians``: the words of clinicians' names (the HCP table, the note's author). A name
    made only of such words stays; one with any other word goes whole, so a patient who shares
    a surname with an HCP is still scrubbed ("Rosa Delgado" when Dr. Delgado is in the table).

    ``keep``: extra capitalised words never taken as a patient name (e.g. the company's own
    product names, which cannot all be listed here), but right after a patient's cue and a
    given name, where the word is her surname ("pt John Miller" with "Miller" kept).

    ``hints``: spans a learned tagger read as a name, an address or a phone. Each passes the
    same filters as the rules' own (a clinician's, an eponym's, a place's or a product's stays).
    """
    return _detect(text, keep, clinicians, hints)


def _detect(
    text: str, keep: Container[str], clinicians: Container[str], hints: Sequence[Span] = ()
) -> list[Span]:
    """Non-overlapping identifier spans, sorted by position, an address whole."""
    spans = _rule_and_hint_spans(text, keep, clinicians, hints)
    return _joined_addresses(text, _streets_named_for_people(text, spans))


def _streets_named_for_people(text: str, spans: list[Span]) -> list[Span]:
    """A name read as a patient's that is a street's, right before the address's house number
    on its line, as part of the address: "Vial de [Palmira Martinez] 5, Guipúzcoa 21889"."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        after = spans[i + 1] if i + 1 < len(spans) else None
        if (
            span.type == "PATIENT-NAME"
            and after is not None
            and after.type == "ADDRESS"
            and text[span.end : after.start] == " "
            and opens_with_house_number(text, after.start, after.end)
        ):
            out.append(Span(span.start, span.end, "ADDRESS"))
        else:
            out.append(span)
    return out


_POSTCODE_RE = re.compile(r"\d{4,6}(?:-\d{4})?")


def _joined_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Neighbouring address spans with only a little punctuation or a line break between them
    as one ("No. 9, [Jalan] 2/84D, SS99d": one address, one placeholder)."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == "ADDRESS"
            and (
                span.type == "ADDRESS"
                # (a postcode after a state's letters read as a record number: "GTO 06870")
                or (span.type == "MRN" and _POSTCODE_RE.fullmatch(text, span.start, span.end))
            )
            and joinable("ADDRESS", text[last.end : span.start])
        ):
            out[-1] = Span(last.start, span.end, "ADDRESS")
        else:
            out.append(span)
    return out


def _rule_and_hint_spans(
    text: str, keep: Container[str], clinicians: Container[str], hints: Sequence[Span] = ()
) -> list[Span]:
    """Non-overlapping identifier spans, sorted by position: the rules' and the tagger's."""
    # (both same length: spans fit the note as written)
    text = plain_separators(read_ocr_digits(text))
    # a markdown label's emphasis ("**Patient ID:**") hides the label from its value's rules
    text = plain_labels(text)
    # a transcript's speaker prefixes are roles, not fields: blanked, what follows is speech
    turns = speaker_turns(text)
    if turns:
        text = without_speakers(text, turns)
    found: list[Span] = []
    words = words_of(text)
    french: list[Span] = []
    dockets: list[Span] = []
    if "@" in text or "＠" in text:
        # (full-width forms, one character each, as text that slips past filters writes an
        # address: "test＠example．com")
        emails = [
            Span(m.start(), m.end(), "EMAIL")
            for m in _EMAIL_RE.finditer(text.translate(_FULL_WIDTH) if "＠" in text else text)
        ]
        found += emails
        # an export's next value glued to the email ("john@acme.com123-45-6789")
        glued = (
            _GLUED_SSN_RE.match(text, e.end) for e in emails if text[e.end : e.end + 1].isdigit()
        )
        found += [Span(m.start(), m.end(), "SSN") for m in glued if m is not None]
    # "bobsmith AT hotmail DOT com": the spelled-out words in any case.
    # (folded as the patterns compare: an all-caps Turkish "BİRTH" lower-cases to another length)
    low = folded(text)
    # (the note's runs of letters, folded: exact gates for patterns that need a listed word)
    runs = letter_runs(low)
    if any(hint in low for hint in _GLUED_PROVIDER_HINTS):
        found += [Span(m.start(), m.end(), "EMAIL") for m in _GLUED_PROVIDER_RE.finditer(text)]
    if any(hint in low for hint in _SPELLED_AT_HINTS):
        found += [Span(m.start("e"), m.end("e"), "EMAIL") for m in _PROVIDER_ONLY_RE.finditer(text)]
        fold = folded(text)
        if any(h in fold for h in _SPELLED_DOMAIN_HINTS) or _ENDING_AFTER_DOT_RE.search(text):
            found += [Span(m.start(), m.end(), "EMAIL") for m in _SPELLED_EMAIL_RE.finditer(text)]
    if "_" in text:
        found += _name_handles(text)
    found += [Span(s, e, "PHONE") for s, e in find_spoken_phones(text, words)]
    found += find_spoken_ids(text, low, words)
    if turns:
        found += read_out_ids(text)
    else:
        found += prose_addresses(text, low)
    if _DIGIT_RE.search(text):
        found += [Span(m.start(), m.end(), "SSN") for m in _SSN_RE.finditer(text)]
        if "x-" in low or "*-" in text or "#-" in text or "•-" in text:
            found += [Span(m.start(), m.end(), "SSN") for m in _MASKED_SSN_RE.finditer(text)]
        if not words.isdisjoint(_SSN_CUE_WORDS) or any(c in text for c in _DOTTED_SSN_CUES):
            for m in _SSN_CUED_RE.finditer(text):
                # the number after its cue, its last four digits, or the number before its cue
                number = (
                    1
                    if m.group(1)
                    else "last4"
                    if m.group("last4")
                    else "last4b"
                    if m.group("last4b")
                    else "last4c"
                    if m.group("last4c")
                    else 3
                )
                found.append(Span(m.start(number), m.end(number), "SSN"))
        found += [Span(s, e, "PHONE") for s, e in find_phones(text)]
        found += find_national_ids(text)
        found += find_labelled_ids(text)
        if "card" in words:
            found += card_ids(text)
        found += patient_codes(text, low)
        found += spanish_ids(text, low)
        french = french_record_spans(text)
        found += french
        found += nordic_ids(text, low, words, runs)
        # Cheap substring checks skip the cue regexes on the many notes that cannot match them.
        mrn: list[re.Match[str]] = []
        if any(cue in low for cue in _MRN_CUES):
            mrn += _MRN_RE.finditer(text)
        if not words.isdisjoint(_MRN_MORE_WORDS) and (
            "#" in text
            or not words.isdisjoint(_MRN_NUMBER_WORDS)
            or not words.isdisjoint(_MRN_STRONG_WORDS)
        ):
            mrn += _MRN_MORE_RE.finditer(text)
        if "mr" in low or "patnr" in low or "pat.nr" in low or " (" in text:
            mrn += _MRN_AFTER_RE.finditer(text)
        if "/" in text or "=" in text:
            mrn += _LINK_ID_RE.finditer(text)
        if "*" in text:
            mrn += _BARCODE_RE.finditer(text)
        if " no" in low or "#" in text or " nr" in low or "number" in low:
            mrn += _ACRONYM_NUMBER_RE.finditer(text)
        if not words.isdisjoint(_INSURANCE_WORDS):
            mrn += _INSURANCE_ID_RE.finditer(text)
        found += [
            _with_prefix(text, m.start(), Span(m.start("id"), m.end("id"), "MRN")) for m in mrn
        ]
        if "#" in text or "(" in text:
            for m in _BARE_ID_RE.finditer(text):
                if _NOT_A_RECORD_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
                    continue
                g = "id" if m.group("id") is not None else "id2"
                found.append(Span(m.start(g), m.end(g), "MRN"))
        if "/" in text:
            found += _joined_fields(text)
        if "\n" in text:
            found += table_spans(text)
        found += find_dobs(text, low, words)
        if "day" in low or "dol" in low or "birth" in low:
            found += first_day_dates(text, low)
        if "gebor" in low or "born" in low or "birth" in low or "nacid" in low or "geb" in low:
            found += spelled_birth_dates(text)
        # a court's docket ("II FSK 1234/22", "Az. 1 BvR 2835/17") is no one's record, and its
        # register's letters no name
        dockets = docket_spans(text, low)
        if dockets:
            found = [f for f in found if f.type not in _ID_TYPES or not _overlaps_any(f, dockets)]
    # a table's person columns: its patients' cells, and the clinicians', staff's and things'
    # cells that stay ("Patient\tConsultant\tProduct")
    table_patients, table_kept = table_people(text) if _table_rows(text) else ([], [])
    layout = _layout_names(text, words, keep, runs) + table_patients
    found += [s for s in layout if s.type not in ("PATIENT-NAME", "HCP")]
    field_words = {
        w for s in layout if s.type == "PATIENT-NAME" for w in text[s.start : s.end].split()
    }
    addresses = [
        Span(s, e, "ADDRESS")
        for s, e in named_buildings(text, list(find_addresses(text, words, runs)))
    ]
    addresses += french_addresses(text)
    # (a form's boxed number is no house number: "... 0 7 0 8 1 9 8 3 42 avenue ...")
    found += [a for a in addresses if not _overlaps_any(a, french)]
    found += nordic_addresses(text, low)
    hcps = hcp_spans(text, words, runs) + [s for s in layout if s.type == "HCP"]
    if "|" in text:
        hcps += clinician_segments(text)
    if any(affix in text for affix in ('"prefix"', '"suffix"', "prefix>", "suffix>")):
        hcps += fhir_clinicians(text)
    x12_found, x12_kept = read_x12(text) if "*" in text else ([], [])
    found += x12_found
    hcps += x12_kept
    hcps += profile_clinicians(text)
    hcps += nordic_clinicians(text)
    hcps += table_kept
    if turns:
        hcps += clinician_introductions(text, turns)
    hcps += [h for h in staff_spans(text, words, hcps, runs) if not given_before(text, h, words)]
    if "Sister" in text:
        hcps += ward_sisters(text)
    if not runs.isdisjoint(SUPPORT_ROLE_WORDS):
        hcps += support_staff(text)
    kin: list[Span] = []
    named_kin = not (words.isdisjoint(KIN_WORDS) and words.isdisjoint(PATIENT_WORDS))
    if hcps and named_kin:
        # a relative who is a clinician too is named as family, a patient who is one as the
        # patient
        hcps, kin = kin_clinicians(text, hcps)
    # eponyms and founders' companies: off limits like a clinician's name, but their words
    # may still be a patient's elsewhere in the note ("Leo Barrett ... Barrett's esophagus");
    # so is a hand-off's team named by role and first name, which a patient may share
    # ("Maria Lopez is stable; the attending, Maria, is aware": the patient still goes)
    # a letter's headline is no one, and its words are no name elsewhere in the letter
    # (a transcript is no letter: its greeting turn opens no headline)
    headlines = [] if turns else letter_headlines(text)
    off_limits = hcps + protected_spans(text, words) + letter_kept(text) + headlines + dockets
    if not words.isdisjoint(HANDOFF_WORDS):
        staff = [s for s in handoff_staff(text) if not _overlaps_any(s, kin)]
        if staff and named_kin:
            # the team's member the note calls the patient is one ("Pt Nurse Kelly Moore")
            staff, kin_staff = kin_clinicians(text, staff)
            kin += kin_staff
        off_limits += staff
    if turns:
        off_limits += interjections(text, turns)
    # (a first name a role gives is the clinician's only where the role names it: role_names)
    role_first = role_first_names(text, hcps) if hcps else frozenset()
    names = [
        *_name_spans(text, keep),
        # (brand names are given names in some lists: "Humira")
        *find_names(
            text,
            AnyOf(keep, _DRUG_BRANDS),
            hcps + headlines,
            words,
            [s for s in layout if s.type == "PATIENT-NAME"],
            runs,
            role_first,
        ),
        *contact_block_names(text, found, AnyOf(keep, clinicians)),
        *names_after_ids(text, found, AnyOf(keep, clinicians, _NOT_A_NAME, _DRUG_BRANDS)),
        *other_script_names(text, *name_lists(), AnyOf(keep, clinicians)),
        *kin,
        *french_names(text),
    ]
    if not words.isdisjoint(BABY_WORDS):
        names += baby_names(text)
    if "initials" in words:
        names += patient_initials(text)
    if not words.isdisjoint(TITLE_WORDS):
        names += titled_initials(text)
    if "born" in words or "dob" in low or "b." in low:
        names += initials_before_birth(text)
    if _DOTTED_HINT_RE.search(text) is not None:
        names += kin_initials(text)
    if turns:
        names += lower_case_names(text, turns)
    if "patient" in words or "pt" in words:
        names += apposed_patients(text, AnyOf(keep, _DRUG_BRANDS))
        names += cued_codes(text, AnyOf(keep, _DRUG_BRANDS))
    if "<" in text or "mailto:" in text:
        names += mail_names(text, AnyOf(keep, _DRUG_BRANDS))
    hcp_words = {w.strip(".,") for h in hcps for w in text[h.start : h.end].split()} - role_first
    blocked = AnyOf(keep, clinicians, _DRUG_BRANDS, hcp_words)
    names += slot_names(text, words, blocked, off_limits)
    names += position_names(text, words, names, found, blocked, off_limits)
    # (a name the context rules find again inside one found already is left out: every span
    # costs the steps below)
    names += [
        s
        for s in context_names(text, words, blocked, off_limits)
        + names_beside_ids(text, found, blocked)
        if not any(n.start <= s.start and s.end <= n.end for n in names)
    ]
    names += unknown_pairs(text, AnyOf(blocked, _NOT_A_NAME), off_limits, names)
    names += word_names_in(text, names, AnyOf(blocked, _NOT_A_NAME), off_limits, runs)
    names += korean_names(text)
    hinted = (
        _allowed_hints(
            text, _without_products(text, hints, AnyOf(keep, _DRUG_BRANDS)), off_limits, clinicians
        )
        if hints
        else []
    )
    if names:
        # a name grown into a clinician's or an eponym stays as it was found
        names = [
            g if not _overlaps_any(g, off_limits) else s
            for s, g in zip(names, grow_names(text, names, blocked), strict=True)
        ]
        # a cued given name's next word is a surname whatever keeps it, but a clinician's
        # (and a clinician's word right after any patient's name, where that mention is no
        # clinician's, is her surname too)
        shared = AnyOf(hcp_words, clinicians)
        names = kept_surnames(
            text,
            names,
            lambda w: (
                not _overlaps_any(w, hcps)
                and (text[w.start : w.end] in blocked or _overlaps_any(w, off_limits))
            ),
            lambda w: text[w.start : w.end] in shared and not _overlaps_any(w, off_limits),
        )
        names += listed_with(text, names, blocked)
        if "(" in text:
            # (again on the names the later rules found: "Mr. O'Neill (Sean)")
            names += aliases(text, names, lambda a: not _overlaps_any(a, off_limits))
    if has_japanese(text):
        names = _japanese_names(text, names, found)
        if has_chinese(text):
            names = [s for s in names if not not_a_chinese_name(text, s)]
            found[:] = [s for s in found if s.type != "DOB" or not not_a_chinese_dob(text, s)]
            zh = chinese_spans(text, names)
            found += [s for s in zh if s.type != "PATIENT-NAME"]
            names += [s for s in zh if s.type == "PATIENT-NAME"]
    listed_words = AnyOf(*name_lists())
    table_labels = not words.isdisjoint(LABEL_WORDS)
    role_only: list[Span] = []
    work = not words.isdisjoint(WORK_WORDS) or "from" in words
    for span in names:
        # A clinician's name stays, however the cue read it.
        if _overlaps_any(span, off_limits):
            continue
        # (but a patient's word right before or apposed after the name wins over every
        # clinician's word in it: "patient Maria Lee" with Dr. Maria Lee in the HCP table)
        if all(
            w.strip(".,'’") in clinicians for w in text[span.start : span.end].split()
        ) and not patient_cued(text, span):
            continue
        if role_first and not a_patients_place(text, span):
            value = text[span.start : span.end].removesuffix("'s").removesuffix("’s")
            if all(w.strip(".,") in role_first for w in value.split()):
                role_only.append(span)
                continue
        # a colleague named by first name in talk about work: "Aoife covers Galway"
        if work and a_colleague(text, span):
            role_only.append(span)
            continue
        # a table's cells are its names: one another rule read over a tab, bar or semicolon
        # joined two cells
        if (table_patients or table_kept) and any(c in text[span.start : span.end] for c in "\t|;"):
            continue
        trimmed = nordic_trim(text, span, words, listed_words)
        if trimmed is None:
            continue
        span = trimmed
        if "\n" in text[span.start : span.end]:
            span = _before_role_line(text, span)
        if not_a_name(text, span) or not_a_person(text, span) or a_french_formula(text, span):
            continue
        # a label, a heading or a thing's field of another language's chart ("Adı Soyadı:",
        # "Oddział: Chorób Wewnętrznych")
        if table_labels and labelled(text, (span.start, span.end)):
            continue
        # a word the chart's own name field holds is that person wherever it recurs, even
        # where it reads like a place's or a people's name ("Kenan ble innlagt")
        if a_place(text, span) and text[span.start : span.end] not in field_words:
            continue
        if an_institution(text, span):
            continue
        found.append(span)
        # A patient's full date in brackets right after the name is the birth date, whatever
        # its year: "Sandy Choy Ballantyne (2001-01-02)", "Billy Hennessy (09/08/2020)".
        if text.startswith("(", span.end + 1) or text.startswith("(", span.end):
            dob = _DATE_AFTER_NAME_RE.match(text, span.end)
            if dob is not None:
                found.append(Span(dob.start("d"), dob.end("d"), "DOB"))
    # names listed beside a patient's name found here are patients too ("Berry, Moreno and
    # Butrymowicz"); read after the filters above, so a place or a product read as a name
    # lists nothing, and each passes the same filters
    if "," in text or " " in text:
        found += [
            s
            for s in listed_beside(text, [f for f in found if f.type == "PATIENT-NAME"], blocked)
            if not _overlaps_any(s, off_limits)
            and not _overlaps_any(s, [f for f in found if f.type != "PATIENT-NAME"])
            and not not_a_name(text, s)
            and not not_a_person(text, s)
            and not a_place(text, s)
            and not an_institution(text, s)
        ]
    # a role's or a colleague's first name, or a clinician's name word, that a patient's name
    # found here also holds is either of them where it stands alone: it goes (fail closed:
    # "Nurse Sam ... Sam Perkins (patient) ... Sam lives at", "Dr. Jones ... Mrs Jones
    # (patient) ... Jones lives alone")
    if role_only or hcps:
        patient_words = {
            w.strip(".,'’")
            for s in found
            if s.type == "PATIENT-NAME"
            for w in text[s.start : s.end].split()
        }
        found += [
            s for s in role_only if text[s.start : s.end].split()[0].strip(".,'’") in patient_words
        ]
        if hcps and patient_words:
            found += _shared_with_patient(text, hcps, found, patient_words, keep)
    if hcps and not runs.isdisjoint(ROLE_WORDS):
        found += role_names_alone(text, hcps, [*found, *off_limits])
    if "cc:" in low:
        found += [s for s in copied_patients(text) if not _overlaps_any(s, off_limits)]
    if not words.isdisjoint(PLURAL_KIN_WORDS):
        found += [s for s in kin_list_names(text) if not _overlaps_any(s, off_limits)]
    if '"' in text and ("address" in words or "addressed" in words):
        found += [s for s in quoted_address_spans(text) if not _overlaps_any(s, off_limits)]
    if any(s.type == "DOB" for s in found):
        found += banner_ids(text, found)
    patients = [s for s in found if s.type == "PATIENT-NAME"]
    if patients:
        found += towns_after_names(text, patients)
    if "overing" in low:
        found += ward_cover_names(text, patients)
    if not words.isdisjoint(TRAVEL_WORDS):
        found += travel_towns(text)
    if ", " in text and _DIGIT_RE.search(text):
        found += apposed_ids(text, [s for s in found if s.type == "PATIENT-NAME"])
    if not found:
        return _with_hints(text, [], hinted)
    found += more_of_the_dob(text, found)

    if "#" in text:
        found = [_with_hash(text, s) for s in found]
    protected = [m.span() for m in _PLACEHOLDER_RE.finditer(text)]
    protected += [(s.start, s.end) for s in x12_kept]
    # Longest first, then by priority, so "4410 Ridgeview Drive, Apt 12B, Dayton, OH 45402"
    # beats a phone-shaped fragment inside it.
    found.sort(key=lambda s: (-(s.end - s.start), _PRIORITY[s.type], s.start))
    chosen: list[Span] = []
    for span in found:
        if span.end <= span.start:
            continue
        if any(span.start < pe and ps < span.end for ps, pe in protected):
            continue
        clash = [c for c in chosen if span.start < c.end and c.start < span.end]
        if clash and span.type == "PATIENT-NAME" and all(c.type == span.type for c in clash):
            # two readings of one name that overlap ("María de las Mercedes", "Mercedes
            # Ortiz") are the one name both cover, if nothing else stands there
            union = Span(
                min(span.start, *(c.start for c in clash)),
                max(span.end, *(c.end for c in clash)),
                span.type,
            )
            if not any(
                union.start < c.end and c.start < union.end for c in chosen if c not in clash
            ):
                chosen = [c for c in chosen if c not in clash] + [union]
            continue
        if clash:
            continue
        chosen.append(span)
    return _with_hints(text, chosen, hinted)


_DATE_AFTER_NAME_RE = re.compile(rf"[ \t]?\([ \t]*(?P<d>{DATE})[ \t]*\)")


# "MRN MGH 1122334": the cue pattern takes a hospital's letters as part of the cue ("MRN ED
# TEMP"); they belong to the number. Letters that are the cue itself ("HICN 219099999A", "FIN
# 44129384") stay with the label.
_ID_PREFIX_RE = re.compile(r"(?<![\w-])(?!(?:MRN|MR|NO|NR|ID|TEMP|ED)\b)[A-Z]{2,5}[ \t]$")


_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_HASH_TYPES = frozenset({"MRN", "SSN", "PHONE"})
_ID_TYPES = frozenset({"MRN", "SSN"})


# A user id made of a person's name and a number, as a portal or a booking system issues it:
# "mira_desai_3471", "(ID: robert_martinez_5589)".
_NAME_HANDLE_RE = re.compile(
    r"(?<![\w.@+-])(?P<first>[a-z]+)_(?P<last>[a-z]+)(?:_[a-z]+)?_\d{2,6}(?![\w@-]|\.[a-z])"
)


def _name_handles(text: str) -> list[Span]:
    """User ids whose words are a listed given name and a listed surname, not both everyday
    words (so "test_case_1234" and "dose_level_2" stay)."""
    first, last = name_lists()
    return [
        Span(m.start(), m.end(), "MRN")
        for m in _NAME_HANDLE_RE.finditer(text)
        if m["first"].title() in first
        and m["last"].title() in last
        and not (everyday(m["first"]) and everyday(m["last"]))
    ]


def _with_hash(text: str, span: Span) -> Span:
    """A number written against its "#" ("plan #KP-4417820", "MRN: #NYU-80431") goes with it:
    the sign is part of how the number is written, and a label that keeps it marks the number
    whole. (Every kind of number, so the kinds' priority still decides between two readings
    of the same digits: "SSN #123456789".)"""
    if span.type not in _HASH_TYPES or span.start == 0 or text[span.start - 1] != "#":
        return span
    return Span(span.start - 1, span.end, span.type)


def _with_prefix(text: str, cue_start: int, span: Span) -> Span:
    # a cue glued to its number is one token, the system's value: "id: 'MRN2023002'"
    if span.start > cue_start and text[span.start - 1].isalpha():
        start = span.start
        while start > cue_start and text[start - 1].isalpha():
            start -= 1
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"):
            return Span(start, span.end, span.type)
    m = _ID_PREFIX_RE.search(text, max(0, span.start - 6), span.start)
    if m is None or m.start() <= cue_start or not text[span.start].isdigit():
        return span
    return Span(m.start(), span.end, span.type)


# Labels joined by slashes with their values in the same order, as chart headers and stickers
# write them: "DOB/MRN: 3/4/61 / 4471290", "MRN / DOB: A44712 / 04-03-1961".
_JOINED_LABEL = r"(?:DOB|D\.O\.B\.?|MRN|MR\#|SSN|Phone|Tel|Age|Sex|Gender|Acct)"
_JOINED_RE = re.compile(
    rf"\b(?P<labels>{_JOINED_LABEL}(?:[ \t]*/[ \t]*{_JOINED_LABEL})+)[ \t]*[:#=-][ \t]*"
    r"(?P<values>[^\n;]+)",
    re.IGNORECASE,
)
_JOINED_SPLIT_RE = re.compile(r"[ \t]+/[ \t]+|[ \t]*\|[ \t]*")
_JOINED_VALUE: dict[str, re.Pattern[str]] = {
    "DOB": re.compile(DATE, re.IGNORECASE),
    "MRN": re.compile(r"[A-Z\d][A-Z\d-]{3,14}(?![\w-])"),
    "SSN": re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)"),
    "PHONE": re.compile(r"[+(\d][\d ().-]{5,18}\d"),
}
_JOINED_TYPES = {"dob": "DOB", "d.o.b": "DOB", "mrn": "MRN", "mr#": "MRN", "acct": "MRN"}
_JOINED_TYPES |= {"ssn": "SSN", "phone": "PHONE", "tel": "PHONE"}


def _joined_fields(text: str) -> Iterator[Span]:
    for m in _JOINED_RE.finditer(text):
        labels = [w.strip().lower().rstrip(".") for w in m.group("labels").split("/")]
        pos = m.start("values")
        for label, part in zip(labels, _JOINED_SPLIT_RE.split(m.group("values")), strict=False):
            kind = _JOINED_TYPES.get(label)
            value = _JOINED_VALUE[kind].match(part) if kind else None
            if kind and value:
                start = text.index(part, pos)
                yield Span(start + value.start(), start + value.end(), kind)
            pos = text.index(part, pos) + len(part)


def _japanese_names(text: str, names: list[Span], found: list[Span]) -> list[Span]:
    """Names, record numbers and birth-date repeats in a note holding Japanese (japanese.py).
    In a note written in Japanese, a Latin word is a device, a drug, an eponym or a term far
    more often than a person ("Magnetom Vida", "Le Fort I型", "Stanford A型"): the Latin rules'
    guesses there stay only after an English patient cue; japanese.py reads Latin names by
    their Japanese label or honorific itself. The same holds for the value of a Japanese field
    that names no person ("使用装置：Siemens Magnetom Vida"), whatever the note's language."""
    dominant = cjk_dominant(text)
    names = [
        s
        for s in names
        if not (_latin_guess(text, s) and (dominant or under_other_label(text, s.start)))
    ]
    if dominant:
        found[:] = [s for s in found if s.type != "ADDRESS" or not not_an_address(text, s)]
    ja = japanese_spans(text, [(s.start, s.end) for s in names])
    found += [s for s in ja if s.type != "PATIENT-NAME"]
    found += dob_echoes(text, [s for s in found if s.type == "DOB"])
    # "MR" is what a Japanese medical representative is called: "MR 岡崎より", "担当MR：吉岡"
    return [
        s
        for s in names + [s for s in ja if s.type == "PATIENT-NAME"]
        if _REP_BEFORE_RE.search(text, max(0, s.start - 6), s.start) is None
    ]


_REP_BEFORE_RE = re.compile(r"MR[ \t\u3000]*[:：]?[ \t\u3000]*$")


_LATIN_CUE_BEFORE_RE = re.compile(
    r"(?:[Pp]atient|PATIENT|[Pp]t|Mrs?|Ms|Miss|[Nn]ame)\.?[ \t]*:?[ \t]*$"
    # (or a Japanese or Chinese one: "患者John Smith，男")
    r"|(?:患者|病人|姓名|氏名|名前)[ \t\u3000]*[:：]?[ \t\u3000]*$"
)


# What follows an eponym or a classification's name in Japanese and Chinese text: "Le Fort I型",
# "Stanford A型", "Willis動脈輪", "Fabry病".
_EPONYM_AFTER_RE = re.compile(
    r"[ \t]*(?:[IVX]{1,4}|[A-D]|\d)?[ \t]*(?:型|分類|病|症|骨折|法|徴候|反射|試験|術|動脈|静脈"
    r"|管|膜|線|孔|細胞|变性|変性|segment|sign|type)"
)


def _latin_guess(text: str, span: Span) -> bool:
    """A Latin name the Latin rules guessed, with no patient cue before it, and not a full
    name whose given name and surname the lists both hold (unless an eponym's suffix follows)."""
    value = text[span.start : span.end]
    if has_japanese(value):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    if _LATIN_CUE_BEFORE_RE.search(text, line_start, span.start) is not None:
        return False
    words = value.replace(",", " ").split()
    first, last = name_lists()
    full = len(words) >= 2 and words[0] in first and words[-1] in last
    return not full or _EPONYM_AFTER_RE.match(text, span.end) is not None


def _before_role_line(text: str, span: Span) -> Span:
    """A name read over a line break stops before a line that opens with a job title ("Mrs
    Catherine Williams\nSuperintendent Pharmacist": the role is no part of the name)."""
    pos = text.find("\n", span.start, span.end)
    while pos >= 0:
        if role_line_at(text, pos + 1):
            return Span(span.start, len(text[:pos].rstrip()), span.type)
        pos = text.find("\n", pos + 1, span.end)
    return span


def _shared_with_patient(
    text: str, hcps: list[Span], found: list[Span], patient_words: set[str], keep: Container[str]
) -> list[Span]:
    """A clinician's name word standing alone (outside every clinician's and found span) that
    a patient found in the same note also holds."""
    hcp_words = {w.strip(".,'’") for h in hcps for w in text[h.start : h.end].split()}
    shared = {
        w for w in hcp_words & patient_words if len(w) > 1 and w[:1].isupper() and w not in keep
    }
    spans = []
    for w in shared:
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
            span = Span(m.start(), m.end(), "PATIENT-NAME")
            if not _overlaps_any(span, hcps) and not _overlaps_any(span, found):
                spans.append(span)
    return spans


def _without_products(text: str, hints: Sequence[Span], products: Container[str]) -> list[Span]:
    """The tagger's name spans cut around the words of a product (the catalogue's, passed as
    ``keep``, or a listed brand): the tagger reads a brand as a name where the lists hold it
    as one ("I've heard about Humira", "Humira Complete"), and a product's name is what a
    rep's note must keep. The other words stand or fall by the filters on their own."""
    out: list[Span] = []
    for hint in hints:
        if hint.type != "PATIENT-NAME":
            out.append(hint)
            continue
        start = hint.start
        for m in _HINT_WORD_RE.finditer(text, hint.start, hint.end):
            word = m.group().strip(_WORD_EDGES)
            for suffix in ("'s", "’s"):
                word = word.removesuffix(suffix)
            if word in products:
                if text[start : m.start()].strip():
                    out.append(Span(start, len(text[: m.start()].rstrip()), hint.type))
                start = m.end()
        if text[start : hint.end].strip():
            lead = len(text[start : hint.end]) - len(text[start : hint.end].lstrip())
            out.append(Span(start + lead, hint.end, hint.type))
    return out


def _allowed_hints(
    text: str, hints: Sequence[Span], off_limits: list[Span], clinicians: Container[str]
) -> list[Span]:
    """The tagger's spans the rules' protections leave: none on a clinician's, an eponym's or
    a company's span, and no name that is only clinicians' words (unless a patient's word
    cues it), reads as no name, a place or an institution, or holds an everyday word that no
    name list holds ("Hiring Manager", "OF")."""
    allowed = []
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) > 0.6 * len(letters)
    for hint in hints:
        if _overlaps_any(hint, off_limits):
            continue
        if hint.type == "PATIENT-NAME":
            value = text[hint.start : hint.end]
            words = value.split()
            # (a word in a person's place is a name whatever word it also is: lower case where
            # a hurried note puts a person, capitalised where any sentence does)
            lettered = value.replace(" ", "").isalpha()
            placed = person_context(text, hint)
            slotted = (value.islower() and lettered and lower_person_slot(text, hint)) or (
                _capitalised_name(words) and placed
            )
            if all(w.strip(".,'’") in clinicians for w in words) and not patient_cued(text, hint):
                continue
            if not slotted and (
                not (
                    _lower_full_name(words)
                    or all(
                        _hinted_name_word(w, capitals, words[:i] + words[i + 1 :])
                        for i, w in enumerate(words)
                    )
                    or (_lettered_name(words) and patient_cued(text, hint))
                )
                or (
                    (_one_unknown_word(text, hint) or _lower_word_no_given_name(text, hint))
                    and not placed
                )
            ):
                continue
            if not_a_name(text, hint) or not_a_person(text, hint):
                continue
            if (a_place(text, hint) and not placed) or an_institution(text, hint):
                continue
        allowed.append(hint)
    return allowed


# A hinted name's words ("Duralin / Duralin" is one word twice, "MCSURDY,SLEIK" two) and what
# edges them.
_HINT_WORD_RE = re.compile(r"[^\s/,]+")
_WORD_EDGES = ".,;:'’()"


def _one_unknown_word(text: str, hint: Span) -> bool:
    """Whether a hinted name comes down to one word no name list knows, once a sentence's
    capitalised opening word ("Strong Duralin user") and a repeat ("Duralin / Duralin") are set
    aside. Such a word reads as well as a brand the note does not name as one ("Neurevia vs
    Mignova", "BlueHarbor denied the PA"); this fails open on a patient's given name that no
    list holds, "Liam", which the rules may find."""
    words, opening = set(), set()
    for m in _HINT_WORD_RE.finditer(text, hint.start, hint.end):
        word = m.group().strip(_WORD_EDGES)
        if word and everyday(word) and sentence_start(text, m.start()):
            opening.add(word)
        elif word:
            words.add(word)
    # (a name that is only its opening word is that word: "Mark has emailed Jane")
    words = words or opening
    return len(words) <= 1 and not any(listed(w) or w.title() in _FREQUENT_GIVEN for w in words)


# Given names in the top 1,000 of an English-speaking country (names-dataset 3.3.1) that the
# lists leave out for being frequent in English text, where they are frequent as names
# (bench/phi_names_build.py): no brand, so a hinted one of them alone stands ("I advise Liam to
# prioritise self-care"). Abbreviations and places among them are left out ("Des", "Dec",
# "Philly", "Liga").
_FREQUENT_GIVEN = frozenset(
    """Liam Mikey Reece Rhys Steph Iain Geoff Zach Graeme Alfie Moe Martyn Rahul Matty Kev Becca
    Reza Abi Aiden Nate Alistair Imran Ajay Georges Zara Izzy Ewan Andrei Alastair Stu Angus Nic
    Davey Etienne Amit Lizzy Vic Ravi Tariq Gabe Neill Nik Sanjay Conan Vijay Avi Lexi Umar
    Hamish Tito Giles Brennan Keegan Ros Adi Keane""".split()
)


def _capitalised_name(words: list[str]) -> bool:
    """Whether every word of a hinted name opens with a capital and is letters, bar hyphens,
    apostrophes and an initial's full stop ("Cade-short", "Aria W Sorscher", "NZIOKA OWITI")."""
    parts = [w.strip(_WORD_EDGES) for w in words]
    return all(
        p[:1].isupper() and p.replace("-", "").replace("'", "").replace(".", "").isalpha()
        for p in parts
    )


def _lettered_name(words: list[str]) -> bool:
    """Whether a hinted name is two words or more of letters only, in one case each."""
    parts = [w.strip(_WORD_EDGES).replace("'", "") for w in words]
    return len(parts) > 1 and all(
        p.replace("-", "").isalpha() and (p.istitle() or p.islower()) for p in parts
    )


def _lower_full_name(words: list[str]) -> bool:
    """Whether a hinted name is written in lower case as a census given name and a listed
    surname or a word no dictionary holds, with listed names or particles between ("mary
    smith", "bob kappus", "felipe joao de almeida"): chat and dictated text write names so,
    and a word of them may be an everyday word ("brian potter")."""
    parts = [w.strip(_WORD_EDGES) for w in words]
    if len(parts) < 2 or not all(p.isalpha() and p.islower() for p in parts):
        return False
    last = name_lists()[1]
    return (
        parts[0].title() in census_lists()[0]
        and (parts[-1].title() in last or not everyday(parts[-1]))
        and all(listed(p) or p in _PARTICLES for p in parts[1:-1])
    )


def _lower_word_no_given_name(text: str, hint: Span) -> bool:
    """Whether a hinted name is one lower-case word that no given-name list holds. Nursing
    notes write a relative's given name so ("dtr suzette"), and their shorthand looks the same
    ("foley to grav", "Await PT eval"); the surname lists hold such shorthand too, and so do the
    international given names where it is three letters ("cost obj"): those count only from
    four letters on, the census's at any length ("amy")."""
    value = text[hint.start : hint.end].strip(_WORD_EDGES)
    if not value.islower() or " " in value:
        return False
    name = value.title()
    return name not in census_lists()[0] and (len(value) < 4 or name not in name_lists()[0])


def _hinted_name_word(word: str, capitals: bool, others: list[str]) -> bool:
    """Whether a word of a hinted name may be a name's (``_hinted_word``), or, beside the name's
    other words, is an initial or a generation's suffix ("Grace N Reese", "Sione B.", "Ward
    III"), a listed name in capitals ("AARON Hammond", "BETTERHALF, EVE") or, beside a listed
    name, a capitalised word ("Whisper Sanford", "Adorable Hartman"): alone, each reads as an
    acronym or a word as well, and beside a word no list holds, a capitalised word and it read
    as a brand's name ("Strong Duralin")."""
    if _hinted_word(word, capitals):
        return True
    if not others:
        return False
    w = word.strip(_WORD_EDGES)
    if _INITIAL_RE.fullmatch(word) is not None or (w.isupper() and listed(w)):
        return True
    return w.istitle() and len(w) > 3 and any(listed(o.strip(_WORD_EDGES)) for o in others)


_INITIAL_RE = re.compile(r"[A-Z]\.?|(?i:jr|sr)\.?,?|I{2,3}|IV")


def _hinted_word(word: str, capitals: bool) -> bool:
    """Whether a word of a hinted name may be a name's: a listed name or no everyday word, and
    neither lower case and everyday ("booth", "brown"), a field's name in camel case
    ("dateOfBirth") nor, in a note not written in capitals, a short acronym ("ADA booth",
    "ASCO")."""
    w = word.strip(_WORD_EDGES)
    if w.islower():
        return not everyday(w)
    # (a program's name for a field, in camel case: "dateOfBirth", "contactDetails")
    if w.isalpha() and w[:1].islower() and any(c.isupper() for c in w):
        return False
    if not capitals and w.isupper() and len(w) <= 5:
        return False
    return listed(w) or not everyday(w)


def _with_hints(text: str, chosen: list[Span], hints: list[Span]) -> list[Span]:
    """The rules' spans with the tagger's added where the rules found nothing: a hint's parts
    outside every span the rules chose, each joined to a span of its own type it touches (the
    rules found "555 0134", the tagger "083 555 0134") or standing alone in its type's shape.
    A hint never displaces a span of the rules."""
    spans = sorted(chosen, key=lambda s: s.start)
    for hint in hints:
        # (a piece of one letter is a word's tail the rules' span cut off: "Maclean'[s]"; a
        # field's label glued to the rules' span is no name of its own: "name=[Eduardo Perez]")
        for piece in _outside(text, hint, spans):
            if piece.end - piece.start < 2 or _glued_label(text, piece, spans):
                continue
            near = [
                s
                for s in spans
                if s.type == piece.type
                and (piece.start >= s.end or s.start >= piece.end)
                and joinable(s.type, text[min(s.end, piece.end) : max(s.start, piece.start)])
            ]
            if near:
                joined = Span(
                    min(piece.start, *(s.start for s in near)),
                    max(piece.end, *(s.end for s in near)),
                    piece.type,
                )
                spans = [s for s in spans if s not in near] + [joined]
            elif hint_shaped(text, piece):
                spans.append(piece)
            spans.sort(key=lambda s: s.start)
    return spans


def _glued_label(text: str, piece: Span, spans: list[Span]) -> bool:
    """Whether ``piece`` is a field's label joined to a span of the rules by a colon or an
    equals sign and no space ("name=Eduardo Perez", "Pt:Jones")."""
    return any(s.start > piece.end and text[piece.end : s.start] in (":", "=") for s in spans)


def _outside(text: str, span: Span, others: list[Span]) -> list[Span]:
    """The parts of ``span`` no span of ``others`` covers, each trimmed to letters and
    digits and holding one."""
    cuts = sorted((o.start, o.end) for o in others if o.start < span.end and span.start < o.end)
    pieces, pos = [], span.start
    for start, end in [*cuts, (span.end, span.end)]:
        a, b = pos, min(start, span.end)
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        # (a name's closing initial keeps its full stop: "Sione B.")
        if span.type == "PATIENT-NAME" and _INITIAL_END_RE.match(text, b - 1) and b - 1 > a:
            b += 1
        # (a piece keeps the bracket it closes: a phone's area code, "(5555) 555-1111")
        if (
            text[a - 1 : a] == "("
            and text.count(")", a, b) > text.count("(", a, b)
            and not any(o.start < a <= o.end for o in others)
        ):
            a -= 1
        if a < b:
            pieces.append(Span(a, b, span.type))
        pos = max(pos, end)
    return pieces


_INITIAL_END_RE = re.compile(r"(?<=\s)[A-Z]\.")


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


_FIELD_WORDS = frozenset(
    "pt patient patiënt patient's pt's name naam patientin patienten patiente patiënte paciente"
    " paziente".split()
)
_CAPS_COMMA_HINT_RE = re.compile(r"[A-Z][A-Z] ?,")  # (led by one class: a quick scan)


def _layout_names(
    text: str, words: frozenset[str], keep: Container[str], runs: frozenset[str]
) -> list[Span]:
    """Names (and header record numbers, and the fields of HL7 segments, FHIR resources and
    records' keys; a clinician's record's names as HCP spans) that the note's layout gives
    away; each pattern only where a cheap test says it can match."""
    first, last = name_lists()
    spans = header_spans(text, first) + structured_spans(text, first)
    if ":" in text or "=" in text:
        spans += record_key_spans(text)
    if not words.isdisjoint(_FIELD_WORDS):
        # "Pt Education Kit", "patient Keytruda Naive": words that follow "patient" in pharma
        # text and are no name.
        blocked = AnyOf(keep, _NOT_A_NAME, _DRUG_BRANDS)
        spans += field_names(text, first, last, blocked)
    if not words.isdisjoint(LABEL_WORDS):
        blocked = AnyOf(keep, _NOT_A_NAME, _DRUG_BRANDS)
        spans += table_field_names(text, first, last, blocked)
    if "," in text and _CAPS_COMMA_HINT_RE.search(text):
        spans += caps_comma_names(text, first, last, keep)
    if "," in text:
        blocked = AnyOf(keep, _NOT_A_NAME, _DRUG_BRANDS)
        spans += title_comma_names(text, first, last, blocked)
        spans += row_names(text, first, last, blocked)
    spans += nordic_names(text, words, first, last, AnyOf(keep, _DRUG_BRANDS), runs)
    return spans


def _table_rows(text: str) -> bool:
    """Whether the note may hold a table of rows split by tabs, bars, semicolons or commas."""
    return "\n" in text and any(c in text for c in "\t|;,")


def _replace(text: str, spans: list[Span], counts: dict[str, int]) -> tuple[str, bool]:
    """Substitute placeholders; also report whether one landed against a word character."""
    parts: list[str] = []
    glued = False
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(f"[{span.type}]")
        counts[span.type] = counts.get(span.type, 0) + 1
        glued = glued or (span.start > 0 and text[span.start - 1].isalnum())
        glued = glued or (span.end < len(text) and text[span.end].isalnum())
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts), glued


def scrub(
    text: str,
    keep: Container[str] = frozenset(),
    clinicians: Container[str] = frozenset(),
    hints: Sequence[Span] = (),
) -> Scrubbed:
    """Replace patient identifiers in ``text`` with typed placeholders such as ``[DOB]``;
    ``hints`` (see ``find_phi``) hold offsets into ``text`` as given."""
    counts: dict[str, int] = {}
    # Replacing one identifier can expose another: glued ones ("412-55-9087(614) 555-0192") hide
    # each other's boundaries, and a span that swallowed a title ("Oak St pt Dr. John") leaves a
    # bare name behind. So text with identifiers is scrubbed again until nothing more is found
    # (fail safe, and scrub stays idempotent); a note without any costs one pass. A run of glued
    # identifiers may give up one boundary a pass ("03/04/196103/04/1961..."), so the passes are
    # bounded by what the text could hold, not by a fixed count.
    for _ in range(max(4, len(text) // 4)):
        spans = _detect(text, keep, clinicians, hints)
        # (the hints' offsets hold for the text as given, not once it is scrubbed)
        hints = ()
        if not spans:
            break
        text, _glued = _replace(text, spans, counts)
    return Scrubbed(text, counts)
