"""Person names that are not clinicians': found by cue, by chart label, and by name lists.

Clinicians stay: a name after Dr./Prof., before a credential (", MD", "NP aware"), or in the
caller's ``keep`` (the HCP table, the row's products) is never scrubbed, nor is any later
mention of the same words in that note.

Name lists: the US Census first- and last-name lists shipped in the ``names`` package (MIT,
public-domain data, 5.5k first names, 89k surnames). A first name from the list followed by a
capitalised word is a full name without any cue; a lone listed first name is one when it is not
also an everyday English word (the list below). Larger lists were weighed: names-dataset is a
56 MB wheel, gender-guesser is GPL.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Collection, Container, Iterator
from functools import cache
from importlib import resources

from prepcli.phi.addresses import country_names
from prepcli.phi.companies import COMPANY_ENDINGS, SHARED_WITH_PEOPLE, company_words
from prepcli.phi.foreign_words import foreign
from prepcli.phi.name_labels import CLINICIAN_BEFORE_RE, CLINICIAN_WORDS, person_field_at
from prepcli.phi.nordic import NORDIC_WORDS
from prepcli.phi.occupations import RESIDENT_DOCTOR, clinical_role, occupation
from prepcli.phi.relatives import (
    EUROPEAN,
    FAMILY,
    HOME_WORDS,
    MAORI,
    RELATIVE,
    RELATIVE_RE,
    RELATIVE_WORDS,
    alternation,
)
from prepcli.phi.spans import (
    LETTERS_RE,
    WORD_START,
    AnyOf,
    Span,
    folded,
    letter_runs,
    without_accents,
    words_of,
)
from prepcli.phi.words import common, everyday, everyday_words

# First names that are everyday words or months; capitalised at a sentence start they say
# nothing, so they need a cue.
_WORDLIKE = frozenset(
    """
    Will May June April August Mark Bill Grace Hope Joy Faith Rose Ruby Pearl Jade Amber Crystal
    Dawn Summer Autumn Iris Lily Violet Daisy Holly Ivy Jasmine Page Chase Hunter Mason Carter
    Cooper Parker Taylor Tucker Wade Miles Rich Sandy Sunny Earl Duke King Prince Major Rusty
    Gene Art Don Guy Max Pat Sue Ray Dean Dale Glen Lane Reed Rocky Cliff Angel Precious Trinity
    Destiny Harmony Unique Else An Ann In Ing Long Young Love Star Sky Royal Sharp Frank Hale
    Pink Penny Sterling Jewel Honey Candy Ginger Cherry Merry Noble Rod Ward Winter Price Drew
    Bishop Christian Justice Princess Queen Lady Lord Sir
    Lee Lou Mae Nan Ola Ona Ora Era Eve Ever Stan Jan Dee Del Dot Ida
    Lauren Beverly Mercedes Lexus Camry Kia Delta Sierra Alpha Dakota Georgia Virginia Carolina
    Florence Chelsea Austin Houston Dallas Denver Jackson Madison Lincoln Washington Clinton
    Sydney Paris London Asia Africa America China India Israel Jordan Kenya Britain Ireland
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    September October November December Spring Fall
    Patient Nurse Doctor Care Home Hospital Clinic Center Office Pharmacy Oncology Cardiology
    Keytruda Ozempic Veltrana Tylenol Lasix Coumadin Heparin Insulin Haldol Digoxin Dopamine
    Ambien Ativan Morphine Plan Follow Discussed Asked Sent Left Per Note Reported Called
    """.split()
)
# Of those, the ones that after a relative and a colon are the relative's given name ("Mother:
# Ann", "SISTER: JAN"): a family history does not start with them, as it may with "Gene",
# "Major", "Long", "May" or a month, so those still need a listed name.
_KIN_GIVEN = frozenset(
    """
    Ann Jan Lee Lou Mae Nan Ola Ona Ora Dee Del Dot Ida Eve Stan Pat Sue Ray Dean Dale Glen Don
    Guy Max Art Bill Drew Earl Wade Rod Reed Lane Miles Chase Hunter Mason Carter Parker Taylor
    Sandy Rusty Rocky Cliff Grace Hope Joy Faith Rose Ruby Pearl Jade Amber Crystal Dawn Iris
    Lily Violet Daisy Holly Ivy Jasmine Penny Ginger Honey Candy Cherry Merry Jewel Lauren
    Beverly Destiny Harmony Trinity Precious Angel Christian Summer Autumn Winter
    """.split()
)
# Words that can never start or continue a name (sentence glue, clinical shorthand, relatives).
_NEVER = frozenset(
    """
    The A An And Or But If On In At To With Was Were Is Are Has Had Have Who That Not No Yes
    This These Those He She They We I It Its Next Will Would Should Also Plan Per Please Note
    What What's Whats When Where Why How Which Whose Whom Here There Then Today Tomorrow
    Called Mentioned Reported Said Says Prefers Agreed Needs Wants Unable Denied Asked Sent
    Left Due Started Stopped Since Discussed Spoke Aware Notified Paged Updated Visited Visit
    Herr Herrn Frau Fru Mme Mlle Madame Monsieur Mevrouw Meneer Mevr Dhr Sig Signora Signor Sra
    Srta Señor Señora Pani Smt Shri Doña Dña Sayın Rouva Herra Gospa Gospodin Gospođa
    Paní Fru Gospod Senhora Senhor Dona Hanım Hanim Bey Beyefendi Hanımefendi
    Mr Mrs Ms Miss Mx Dr Doctor Prof Pt Patient Nurse Family Name Names Address Phone Email
    Fax Cell Home Work Office Contact
    RN NP PA MD DO MA LPN CNA RRT PT OT SW Me My You Your Him His Her Hers Our Us Them Their
    Hi Hello Dear Regards Sincerely Social Neuro Resp Cardiac Skin Renal Plan Assessment
    Colleague Colleagues Sir Madam Team Everyone Parent Parents Carer Carers Guardian
    Friends Members Partners Residents Patients Sirs All
    Endo Heme Pulm Psych Ortho Derm Rheum Onc Cards Access Activity Dispo Wound Lines
    Apt Apartment Suite Ste Unit Box Room Rm Floor Fl Flat Bldg Building
    Mrn Dob Ssn Dos Id Age Sex Acct Enc Encounter Visit Date Record Number No Nr Medical
    For From By Of About After Before Into Over Under Via Per Re
    """.split()
) | frozenset(w.title() for w in FAMILY)  # and relatives: "Son", "Aunt"
# Clinical letters in Spanish and German: words that open a sentence or follow a title there
# ("Se presenta", "Bitte Befund an", "Werte Frau Kollegin", "Sr. Director") and are in the
# international name lists; and German and Polish possessives and ordinals that open a form's
# phrase ("Meine Telefonnummer ist", "Erste Ansprechpartnerin", "Moja córka"). No particle
# (de, del, la, der, den): those stand inside names.
LETTER_WORDS = frozenset(
    """
    Se Sus Es Por Para Sin Los Las Que Como Tras Este Esta Estos Estas Tiene Presenta
    Die Das Dem Ein Eine Einer Eines Und Oder Mit Zur Zum Ist War Hat Wir Ihr Ihre Ihrem
    Ihren Ihres Sie Er Bitte Danke
    Patientin Patienten Patientinnen Paciente Pacientes Paziente Pazienti Patiente Patiënt
    Patiënte
    Kollege Kollegin Kollegen Kolleginnen Colega Colegas Collega Colleghi Collègue Confrère
    Consoeur Direktor Direktorin Director Directora Primar Primaria Primarius Chefarzt
    Chefärztin Oberarzt Oberärztin Facharzt Fachärztin Assistenzarzt Assistenzärztin
    Beim Bei Vom Im Am Seit Laut Gemäss Gemäß
    Vater Mutter Bruder Brüder Schwester Schwestern Tochter Töchter Sohn Söhne Ehefrau Ehemann
    Kind Kinder Enkel Enkelin Enkelkinder Geschwister Eltern Angehörige Angehöriger Partnerin
    Mein Meine Meinen Meinem Meiner Erste Erster Ersten Erstes Zweite Zweiter Dritte Dritter
    Moja Mój Moje Mojej Mojego Moim Moją
    """.split()
)
_INSTITUTION = (
    frozenset(
        """
    Hospital Clinic Center Centre Medical Health Healthcare Oncology Cardiology Associates
    University College School Institute Foundation Pharmacy Pharma Group Partners Labs
    Laboratories Inc Corp Company Street St Avenue Ave Road Rd Drive Lane Boulevard County City
    Program Programs Support Services Network Trial Study Society Association
    Lab Unit Ward Wing Room Bay Floor Department Dept Team Form Forms Service
    Medicare Medicaid Tricare Insurance Plan Aetna Cigna Humana Optum
    House Hospice Lodge Trust Manor
    Hospitalario Hospitalaria Complejo Universitario Universitaria Universidad Clínica Clinica
    Clínico Clinico Centro Servicio Servicios Departamento Unidad Sección Seccion Instituto
    Institut Fundación Fundacion Consorcio Sanatorio Policlínico Policlinico Ambulatorio
    Consultorio Klinik Klinikum Krankenhaus Spital Abteilung Praxis Zentrum Ambulanz Hôpital
    Hopital Clinique Ospedale Azienda Ziekenhuis Servei Edificio Edifici
    """.split()
    )
    | COMPANY_ENDINGS
)
# Credentials as words_of() sees them ("M.D." becomes "m" "d", hence "m" and "d").
CREDENTIAL_WORDS = frozenset(
    "md m d do rn np pa lpn cna rrt pharmd rph aprn cnp fnp msn bsn crnp phd dds dmd od dpm mbbs "
    "facp facc lcsw msw dpt psyd dnp crna cnm lmft lpc otr slp rgn rmn rscn rnld".split()
)
_CREDENTIALS = (
    r"(?:M\.?D\.?|D\.?O\.?|RN|NP|PA|PA-C|LPN|CNA|RRT|PharmD|RPh|APRN|CNP|FNP|MSN|BSN|CRNP|"
    r"PhD|DDS|DMD|OD|DPM|MBBS|FACP|FACC|LCSW|MSW|DPT|PsyD|DNP|CRNA|CNM|LMFT|LPC|OTR|SLP"
    # British and Irish nursing registrations
    r"|RGN|RMN|RSCN|RNLD)"
)
# Credentials that are also everyday abbreviations ("PT eval", "MA in economics") count only
# after a comma and at the end of the name's field: "Michael Chen, PT", "Sarah Chen, MA".
# Degrees written after the name outside the US, also only after a comma and at the field's end:
# "Helmi Koivunen, LkT" (Finnish), "Ama Owusu, MBChB", "Tom Reid, FRCP".
_COMMA_CREDENTIALS = (
    r"(?:PT|MA|OT|RD|SW|LkT|LL|HLL|MBChB|MBBCh|BMBS|FRCP|MRCP|FRCS|MRCGP|FRACP|FRCPC|MPH"
    r"|MB[ \t]+B?Ch[ \t]+BAO|MB[ \t]+ChB|MB[ \t]+BS|MRCPI|FRCPI|FRCSI|MICGP)"
    # (degrees are stacked: "Fiona MacLeod, MBChB MRCGP, GP partner")
    r"(?=(?:[ \t]+(?:MBChB|MBBCh|BMBS|FRCP|MRCP|FRCS|MRCGP|FRACP|FRCPC|MPH|MBBS|MD|PhD"
    r"|MRCPI|FRCPI|FRCSI|MICGP))*[ \t]*(?:$|[,\n)/;]))"
)

# Particles inside a surname: "A. van der Sluis", "Pieter Oude Nijhuis", "José da Silva".
# (Portuguese "do" as in "Maria do Carmo"; Arabic "bint" and Malay "binti", a daughter's "bin")
_PARTICLES = frozenset(
    """van von der den de del della di da das do dos du la le ter ten bin bint binti ibn al
    el dela delos delas""".split()  # (Filipino writes "de la" as one word: "Jose dela Cruz")
)
_PARTICLE_ALT = "|".join(sorted(_PARTICLES, key=len, reverse=True))
_TOKEN = r"[^\W\d_][\w'’-]*"
_CAP_TOKEN = r"(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*"
# An initial: "J." or "J", but not the "O" of "O'Connor".
_INIT = r"[A-Z]\.?(?![\w'’])"

# Clinicians: "Dr. X Y", "Prof. X"; a name right before a credential ("X Y, MD", "X NP");
# and staff named by their role in a chart ("Social Worker: X", "Cardiologist: Dr. X").
# "Dr said MARUSZCZAK, CAROL A (his pt)": a word of the sentence after "Dr" is no name.
_NOT_HCP_NAME = (
    r"(?!(?:said|says|asked|asks|and|or|was|is|has|had|called|calls|wants|wanted|will|would|to"
    # "Intensivist Dr. Haukur Einarsson": the title opens the name, it is none
    r"|(?i:dr|dra|doctor|prof|professor)"
    # "Amy Cox, MD. Pt Carol Hughes ...": the patient cue opens the next sentence's name
    r"|(?i:pt|pts|patient|patients)"
    r"|the|office|mentioned|prefers|reported|agreed|noted|stated|thinks|felt|feels|also|not|did"
    r"|does|can|could|should|may|might|wrote|sent|gave|told|tells|thought|asked|requested)\b)"
)
# A capitalised word that goes on a clinician's name, not a cue or label opening the next one.
_NAME_WORD = (
    rf"(?!(?i:pt|pts|patient|patients|mr|mrs|ms|miss|mx|and|or)\b)(?![A-Z]{{2}}){_CAP_TOKEN}"
)
_HCP_NAME = (
    rf"{_NOT_HCP_NAME}(?P<a>(?:[A-Z]\.[ \t]?){{1,3}}{_TOKEN}"
    # ("SURNAME, GIVEN" after the title, but not the next clinician's title: "Dr. Yusuf, Dr.
    # Olsen")
    rf"|{_TOKEN}(?:\s*,\s*(?![a-z])(?!(?i:dr|dra|drs|doctor|prof|professor)\b){_TOKEN}"
    r"(?=\s*(?:$|[.,;\n)])))?"
    rf"(?:\s+{_INIT})?"
    # particles before the surname: "Dra. Andréia da Silva", "Dr. Eva van der Berg"
    # (a possessive ends the name: "Dr Ramírez's MA Dulce")
    rf"(?:(?<!['’]s)\s+(?:(?:van|von|der|den|de|del|della|di|da|das|do|dos|du|la|le|ter|ten)\s+){{0,3}}"
    # names of three and four capitalised words: "Dr. Juan Carlos Pérez", "Dr. Tan Wei Ming"
    rf"(?:{_NAME_WORD}(?:(?<!['’]s)[ \t]+{_NAME_WORD}){{1,2}}|{_TOKEN}))?)"
)
# Each pattern starts with a look-ahead for its possible first letters: most positions in a note
# then fail at once, which matters on long notes.
_HCP_RE = re.compile(
    # "Dra." and "Dr.ssa" (Spanish, Portuguese, Italian), "Dr. med." (German), "Dott."
    r"(?=[^\W\d_])(?:\b(?:Dr|DR|dr|Dra|Drs|Dr\.ssa|dr\.ssa"
    r"|Dott|dott|Dott\.ssa|dott\.ssa|Doctor"
    # Czech and Slovak "MUDr." (and dentists' "MDDr."), Polish "lek." (with its dot: "lek" alone
    # is a drug), the word "doctor" in other languages
    r"|MUDr|MDDr|[Ll]ek(?=\.)|Doktor|Doktorin|Doctora|Docteur|Dottore|Dottoressa|Doutor|Doutora"
    r"|Dokter"
    # Turkish titles of pharmacists, dietitians, physiotherapists and psychologists, with
    # their dot ("Ecz. Derya Acar"), and the pharmacist's and nurse's words
    r"|(?:(?:Uzm|Op|Doç)\.[ \t]+)?(?:Ecz|Dyt|Fzt|Psk|Uzm|Hem)(?=\.)|[Ee]czac[ıi]|[Hh]emşire"
    # French "Pr" (professeur) only capitalised: "pr" is shorthand for "per rectum"
    # (and French lower-case "docteur", "professeur": "pour le docteur Fabrice GÉRARD")
    r"|docteur|DOCTEUR|[Pp]rofesseur"
    r"|DOCTOR|doctor|Prof|Professor|Pr(?=\.?[ \t]+[A-Z]))\.?"
    # German and Austrian degrees after the title: "Dr. med.", "Dr. mult. med.", "Dr. med.
    # univ.", "Dr. rer. nat.", "Prof. Dr. med. habil."
    r"(?:[ \t]+(?:med|mult|univ|dent|vet|rer|nat|phil|habil|sc|Dr|dr)\.){0,4}"
    # Polish degrees after "dr": "dr n. med.", "dr hab. n. med."
    r"(?:[ \t]+(?:hab\.[ \t]+)?n\.[ \t]*med\.)?"
    # "Dr & Mrs ERIC JOHN TRUEBLOOD": the couple is addressed by the doctor's name.
    r"(?:[ \t]+(?:and|&)[ \t]+(?:Mrs|MRS|Mr|MR|Ms|MS)\.?)?"
    r"|\bPCP\b(?:\s*(?:Dr|Doctor)\.?)?"
    # Vietnamese "bác sĩ" (doctor)
    r"|\b[Bb]ác[ \t]+sĩ"
    # staff named by their role: "Nurse Jackie", "pharmacist Anne Moreau"
    r"|\b(?:Nurses?|NURSE|nurses?|Pharmacists?|pharmacists?|Midwi(?:fe|ves)|midwi(?:fe|ves)"
    r"|Therapists?|therapists?"
    # a speciality's practitioner before the name: "Oncologist Farid Haddad", "surgeon X"
    r"|[A-Za-z]*ologists?|[A-Za-z]*iatrists?|Surgeons?|surgeons?|Physicians?|physicians?"
    r"|Doctors|doctors"
    r"|Hospitalist|hospitalist|Intensivist|intensivist|Registrar|registrar|Consultant"
    r"|consultant|GP|MSL|CNS|Receptionist|receptionist|Scheduler|scheduler|Coordinator"
    r"|coordinator|Navigator|navigator|Educator|educator"
    # social care's staff before the name: "Support worker Losa Vea", "key worker Sam X"
    r"|(?:Key|key|Support|support)[ \t]+workers?|Keyworker|keyworker|Kaimahi|kaimahi"
    # who signs a Swiss or German letter: "i.A. Reto Schmid" (for the author), "Visum: U.
    # Lanz" (a Swiss report's initials of approval), "gez. X" (signed)
    r"|i\.[ \t]?A\.|Visum:?|gez\."
    # Swiss and German nursing and therapy staff before the name: "Pflegefachfrau Mirjam
    # Suter meldet ...", "Physiotherapeut X"
    r"|Pflegefach(?:frau|mann|person)|Pflegeexpert(?:e|in)|(?:Physio|Ergo)therapeut(?:in)?"
    r"|Logopäd(?:e|in)|Sozialarbeiter(?:in)?|Hebamme|Stationsleiter(?:in)?"
    # allied health and specialists named by their job: "psychologist Della Allardice",
    # "physio Layla Baratz", "cardiologist Ana Ruiz"
    r"|(?i:[a-z]*olog(?:ist|ists)|[a-z]*iatrist|physio(?:therapist)?|dietit?ian|dietician"
    r"|podiatrist|optometrist|paramedic|counsell?or|chaplain)"
    # a letter's colleague: "Liebe Kollegin Hartl", "Estimado colega Ruiz", "cher confrère"
    r"|Kollegin|Kollege|[Cc]olega|[Cc]ollega|[Cc]oll[èe]gue|[Cc]onfr[èe]re|[Cc]onsœur"
    # who saw, signed or referred: "Informe firmado por X", "valorada por X", "visto por X"
    r"|(?i:remitid[oa]|derivad[oa]|firmad[oa]|valorad[oa]|atendid[oa]|vist[oa]|explorad[oa]"
    r"|intervenid[oa]|operad[oa])[ \t]+por"
    # doctors and nurses in the languages notes mix in: Swedish, Norwegian, Danish, German
    # doctors; French, Spanish, Portuguese, Italian, Dutch, German, Nordic, Polish, Finnish
    # nurses; the Dutch practice nurse (POH) and German practice assistant (MFA)
    r"|(?i:(?:över|specialist|distrikts)?läkare|overlæge|overlege|Oberarzt|Oberärztin|Chefarzt"
    r"|Chefärztin|Assistenzarzt|Assistenzärztin|infirmi[eè]re?|enfermer[oa]|enfermeir[oa]"
    r"|infermier[ae]|verpleegkundige|praktijkondersteuner|doktersassistente|Krankenschwester"
    r"|Pflegekraft|Arzthelferin|sjuksköterska|sykepleier|sygeplejerske|pielęgniarka"
    r"|sairaanhoitaja"
    # compounds of a doctor's or nurse's word: "Stationsärztin", "distriktssköterska"
    r"|[a-zäöüß]*(?:ärztin|arzt|sköterska|läkare)"
    # assistants and secretaries of a practice, and a nurse's grade after the word
    r"|assistante|secrétaire|secretari[ao]|secretária|segretaria|asistente"
    # junior doctors, ward sisters and pharmacists of other languages, and Polish and Czech
    # nurses in any case ("su residente Pablo", "son interne Camille", "caposala Anna",
    # "apotheker Ruud Smit", "z pielęgniarką oddziałową Ewą Nowak")
    r"|residente|interne|specializzand[oa]|caposala|capo[ \t]+sala|apothekers?|apothekerin"
    r"|[a-z]*assistente|[a-z]*assistentin|pharmacienne|pharmacien|farmac[éêe]utic[oa]|farmacista"
    r"|pielęgniar(?:ka|ki|ce|kę|ką|ko|z)(?:[ \t]+oddziałow(?:a|ej|ą|y|ego|ym))?"
    r"|sestr[aiyou][ \t]+staniční|vrchní[ \t]+sestr[aiyou]"
    r"|verpleegkundig[ \t]+specialist"
    r")(?:[ \t]+(?i:gestora|gestor|jefe|jefa|coordinadora|coordinador|coordinatrice"
    r"|référente|referente|m[ée]dicale?|cl[ií]nica))?"
    r"|POH|MFA"
    r"|(?:Nurse|nurse|NURSE)[ \t]+(?:practitioner|specialist|educator|manager|navigator"
    r"|Practitioner|Specialist|Educator|Manager|Navigator)"
    r"|(?:Office|office|Practice|practice|Clinic|clinic)[ \t]+(?:manager|Manager)"
    r"|(?:Social|social)[ \t]+(?:worker|Worker)|(?:Case|case)[ \t]+(?:manager|Manager)"
    # a clinician's staff: "Dr Ramírez's MA Dulce", "the NP and her MA Yesenia"
    r"|(?<=['’]s[ \t])(?:MA|PA|nurse|assistant|secretary)"
    r"|(?:(?<=\bher[ \t])|(?<=\bhis[ \t])|(?<=\bour[ \t])|(?<=\btheir[ \t]))"
    r"(?:MA|PA|assistant|secretary|scheduler|receptionist))"
    r"(?=[ \t]+[A-Z])"
    rf"|\b{_CREDENTIALS}(?![.\w]))\s+{_HCP_NAME}"
)
# The alternatives of _HCP_RE that read a whole word to find its ending ("...ologist",
# "...ärztin", "...assistente") are most of its cost, at every word. A note that holds none of
# these endings (folded, as the pattern compares) can match none of them, and without them the
# pattern matches the rest as before: _HCP_LEAN_RE is _HCP_RE less those alternatives.
_HCP_ENDINGS_READ = ("ologist", "iatrist", "ärzt", "arzt", "sköterska", "läkare", "assistent")


def _without(pattern: str, cuts: tuple[tuple[str, str], ...]) -> str:
    """``pattern`` with each cut's text replaced, each found exactly once (a cut that no longer
    fits the pattern fails at import, not silently)."""
    for old, new in cuts:
        if pattern.count(old) != 1:
            raise ValueError(f"a pattern no longer holds {old!r} once: update its variants")
        pattern = pattern.replace(old, new)
    return pattern


_HCP_LEAN_RE = re.compile(
    _without(
        _HCP_RE.pattern,
        (
            (r"|[A-Za-z]*ologists?|[A-Za-z]*iatrists?", ""),
            (r"(?i:[a-z]*olog(?:ist|ists)|[a-z]*iatrist|", "(?i:"),
            (r"|[a-zäöüß]*(?:ärztin|arzt|sköterska|läkare)", ""),
            (r"|[a-z]*assistente|[a-z]*assistentin", ""),
        ),
    )
)

# Likewise the alternatives that name a clinician in another language ("Doktor", "Ecz.",
# "i.A.", "Kollegin", "firmado por", "infirmière", "sjuksköterska", ...): each opens a word
# (a run of letters of the note folded, as the pattern compares) with one of these stems, or
# is "i.A."; in a note with none, which is most, none can match, and _HCP_ENGLISH_RE, which is
# _HCP_LEAN_RE less them, matches the rest as before.
_HCP_OTHER_STEMS = """mudr mddr lek doktor doctora docteur dottore doutor dokter ecz dyt fzt psk
    uzm hem bác visum gez pflegefach pflegeexpert physiotherapeut ergotherapeut logopäd
    sozialarbeiter hebamme stationsleiter kolleg colega collega collègue collegue confrère
    confrere consœur remitid derivad firmad valorad atendid visto vista explorad intervenid
    operad läkare överläkare specialistläkare distriktsläkare overlæge overlege oberarzt
    oberärztin chefarzt chefärztin assistenzarzt assistenzärztin infirmi enfermer enfermeir
    infermier verpleegkundig praktijkondersteuner krankenschwester pflegekraft arzthelferin
    sjuksköterska sykepleier sygeplejerske pielęgniar sairaanhoitaja assistante secrétaire
    secretari secretária segretaria asistente residente interne specializzand caposala capo
    apotheker pharmacien farmac sestr vrchní professeur""".split()


def _by_head(stems: list[str]) -> dict[str, tuple[str, ...]]:
    """Stems by their first three letters: a note's runs are looked up, not each stem sought."""
    heads: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        heads[stem[:3]] = (*heads.get(stem[:3], ()), stem)
    return heads


_OTHER_STEMS_BY_HEAD = _by_head(_HCP_OTHER_STEMS)


def _other_language_roles(fold: str, runs: frozenset[str]) -> bool:
    """Whether a note (``fold``: folded, ``runs``: its runs of letters) may name a clinician in
    one of _HCP_RE's other languages."""
    return any(
        r.startswith(_OTHER_STEMS_BY_HEAD[r[:3]]) for r in runs if r[:3] in _OTHER_STEMS_BY_HEAD
    ) or any(i in fold for i in ("i.a.", "i. a.", "i.\ta."))


def _part(pattern: str, first: str, last: str) -> str:
    """The text of ``pattern`` from ``first`` through ``last``."""
    start = pattern.index(first)
    return pattern[start : pattern.index(last, start) + len(last)]


_HCP_ENGLISH_RE = re.compile(
    _without(
        _HCP_LEAN_RE.pattern,
        (
            (
                _part(
                    _HCP_LEAN_RE.pattern,
                    r"|(?i:(?:över|specialist|distrikts)?läkare",
                    r"|référente|referente|m[ée]dicale?|cl[ií]nica))?",
                ),
                "",
            ),
            (
                r"|MUDr|MDDr|[Ll]ek(?=\.)|Doktor|Doktorin|Doctora|Docteur|Dottore|Dottoressa"
                r"|Doutor|Doutora",
                "",
            ),
            (r"|Dokter", ""),
            (r"|docteur|DOCTEUR|[Pp]rofesseur", ""),
            (r"|(?:(?:Uzm|Op|Doç)\.[ \t]+)?(?:Ecz|Dyt|Fzt|Psk|Uzm|Hem)(?=\.)", ""),
            (r"|[Ee]czac[ıi]|[Hh]emşire", ""),
            (r"|\b[Bb]ác[ \t]+sĩ", ""),
            (r"|i\.[ \t]?A\.|Visum:?|gez\.", ""),
            (r"|Pflegefach(?:frau|mann|person)|Pflegeexpert(?:e|in)", ""),
            (r"|(?:Physio|Ergo)therapeut(?:in)?", ""),
            (r"|Logopäd(?:e|in)|Sozialarbeiter(?:in)?|Hebamme|Stationsleiter(?:in)?", ""),
            (r"|Kollegin|Kollege|[Cc]olega|[Cc]ollega|[Cc]oll[èe]gue|[Cc]onfr[èe]re", ""),
            (r"|[Cc]onsœur", ""),
            (
                r"|(?i:remitid[oa]|derivad[oa]|firmad[oa]|valorad[oa]|atendid[oa]|vist[oa]"
                r"|explorad[oa]|intervenid[oa]|operad[oa])[ \t]+por",
                "",
            ),
        ),
    )
)
# Read backwards from each colon (a note has few), as trying the roles at every word is slow.
_ROLE_BEFORE_RE = re.compile(
    r"\b(?i:PCP|attending|physician|surgeon|provider|referring(?:\s+physician)?|"
    rf"{RESIDENT_DOCTOR}|"
    r"[a-z]*ologist|[a-z]*iatrist|cc|(?:physical|occupational|speech|respiratory)?\s*therapist|"
    r"social\s+worker|case\s+manager|(?:medical|physician)\s+assistant|nurse(?:\s+\w+)?|"
    # social care's staff: "coordinator: X", "Key worker: X", "kaimahi: X" (a NZ service's
    # worker)
    r"(?:care\s+|service\s+)?co-?ordinator|(?:key|support)\s+worker|keyworker|kaimahi|"
    r"pharmacist|chaplain|dietitian|nutritionist|counselor|midwife|practitioner|clinician|"
    r"consultant|specialist|(?:seen|signed|dictated|reviewed|authored|entered)\s+by|author|"
    # (a chart's electronic signature is a clinician's; a plain "Signature:" may close a
    # patient's forwarded e-mail, and there only a title, a credential or the HCP table keeps
    # the name)
    r"electronic\s+signature|(?P<sig>signature)|primary\s+care(?:\s+(?:physician|provider"
    r"|doctor))?"
    # the same roles in the languages notes mix in: "Hausarzt:", "médecin traitant :",
    # "médico tratante:", "medico curante:", "huisarts:", "behandelend arts:", "lekarz
    # prowadzący:", "läkare:", "infirmière :", "enfermera:"
    r"|(?:behandelnde[rn]?\s+)?(?:haus|fach|ober|stations)?ärzt(?:in)?|(?:behandelnde[rn]?\s+)?"
    r"(?:haus|fach|ober|stations)?arzt|m[ée]decin(?:\s+traitant)?|m[ée]dico(?:\s+(?:tratante"
    r"|de\s+cabecera|de\s+fam[ií]lia|assistente|responsable))?|medico\s+curante"
    r"|(?:behandelend\s+)?arts|huisarts|behandelaar|lekarz(?:\s+prowadz[aą]cy)?|l[äa]kare"
    r"|l[äa][äa]k[äa]ri|infirmi[eè]re?|enfermer[oa]|enfermeir[oa]|infermier[ae]"
    r"|verpleegkundige|pflegekraft"
    # who referred, signed or answers for a case report: "Remitido por:", "Responsable
    # clínico:", "Médico adjunto:", "Überwiesen von:", "Einweiser:"
    r"|remitid[oa]\s+por|derivad[oa]\s+por|firmado\s+por|responsable(?:\s+cl[ií]nic[oa])?"
    r"|m[ée]dic[oa]\s+(?:adjunt[oa]|residente|responsable|forense)|überwiesen\s+von|einweiser"
    r"|zuweiser(?:in)?)[ \t]*$"
)
_AFTER_ROLE_RE = re.compile(rf"(?:\s*(?:Dr|Doctor|Prof)\.?)?\s*(?:/es/)?\s*{_HCP_NAME}")
# A chart's "PCP Kim, Paul": surname, comma, given name, whatever follows.
_PCP_RE = re.compile(rf"\bPCP\b:?\s*(?:(?:Dr|Doctor)\.?\s+)?(?P<a>{_TOKEN}\s*,\s*[A-Z][\w'’-]*)")
# The credential may end a sentence ("Reviewed by Ingrid Halvorsen, PharmD."), not go on in
# dotted letters.
_CREDENTIAL_RE = re.compile(
    rf"(?=[A-Z])\b{_CREDENTIALS}(?![\w]|\.\w)"
    # the Dutch citizen number's label is no nursing degree: "M Quispel, BSN 999908583"
    r"(?!(?<=BSN)[ \t]*[:#]?[ \t]*\d)"
    rf"|(?<=,)[ \t]*{_COMMA_CREDENTIALS}"
)
_BEFORE_CREDENTIAL_RE = re.compile(rf"(?:(?:{_INIT}|{_TOKEN})\s+)?(?:{_INIT}\s+)?{_TOKEN}$")

# Cue, then up to three name words in any case (lower-case notes write "son rob").
_CUE_RE = re.compile(
    rf"{WORD_START}(?i:\b{RELATIVE}\b(?:\s*[,:(-]\s*|\s+)(?:is\s+|named\s+)?[\"“]?"
    r"|\b(?:my|his|her|the|patient'?s?|pt'?s?)\s+name\s+is\b:?|\bname\s+is\b|\bcalls?\s+me\b"
    r"|\bI'm\b|\bI\s+am\b|\bname\?\s*(?:\w+:\s*)?|\bname\s+on\s+(?:the\s+|her\s+|his\s+)?"
    r"(?:passport|card|form|policy|chart|account|\w+\?)\s*:?\s*(?:\w+:\s*)?"
    # a name's kind before it: "Pref. name Pat", "legal name Patrick Roth", "birth name: X"
    r"|\b(?:pref(?:erred)?\.?|legal|nick|full|birth|given|family|last|first)[ \t]*name"
    r"[ \t]*[:=]?)\s*"
    rf"(?P<name>{_TOKEN}(?:\s+(?:{_INIT}|{_TOKEN})){{0,3}})"
)
# _CUE_RE less its relatives' words, for a note that holds none (most of its cost at every
# word), and less its other cues, for a note with no "name", "call(s) me", "I'm" or "I am":
# what can match is matched as before.
_CUE_NAMED_ONLY_RE = re.compile(
    _without(
        _CUE_RE.pattern, ((rf"\b{RELATIVE}\b(?:\s*[,:(-]\s*|\s+)(?:is\s+|named\s+)?[\"“]?|", ""),)
    )
)
_CUE_KIN_ONLY_RE = re.compile(
    _without(
        _CUE_RE.pattern,
        (
            (
                _part(
                    _CUE_RE.pattern,
                    r"|\b(?:my|his|her|the|patient'?s?|pt'?s?)\s+name\s+is\b:?",
                    r"|\b(?:pref(?:erred)?\.?|legal|nick|full|birth|given|family|last"
                    r"|first)[ \t]*name[ \t]*[:=]?",
                ),
                "",
            ),
        ),
    )
)
# Words one of which every _CUE_RE match contains: a set lookup per word of the note decides
# whether the (costly) cue pattern runs at all.
_CUE_WORDS = RELATIVE_WORDS | frozenset("name names call calls i'm am".split())


def _cue_possible(fold: str, runs: frozenset[str]) -> bool:
    """What a _CUE_RE match needs: a relative's word, "name", "call(s) me", "I'm" or "I am"
    (``fold``: the note folded, ``runs``: its runs of letters)."""
    return not runs.isdisjoint(RELATIVE_WORDS) or _named_cue(fold, runs)


def _named_cue(fold: str, runs: frozenset[str]) -> bool:
    """What a _CUE_RE match that opens with no relative's word needs."""
    return (
        "name" in fold
        or ("me" in runs and ("call" in runs or "calls" in runs))
        or ("i" in runs and ("m" in runs or "am" in runs))
    )


# After a relative, lower-case words that the name lists leave out for being everyday words
# are still names ("daughter pat", "son don"); a modal or a preposition is not.
_NOT_AFTER_RELATIVE = frozenset(
    "will may can could should would must might shall did does is was at in on to and or".split()
)
# Words one of which a note must hold for the clinician patterns to run at all (most notes
# say "pt", so the comma credentials have a test of their own).
_HCP_WORDS = frozenset(
    "dr dra drs dott doctor prof professor pr pcp attending physician surgeon provider referring "
    "ecz dyt fzt psk uzm hem eczacı eczaci hemşire "
    "resident cc therapist worker manager assistant nurse pharmacist chaplain dietitian "
    "nutritionist counselor midwife practitioner clinician consultant specialist author signature "
    "dictated authored bác hospitalist intensivist registrar gp msl cns receptionist scheduler "
    "coordinator navigator educator mudr mddr lek doktor doktorin doctora docteur dottore "
    "dottoressa doutor doutora dokter dott läkare överläkare specialistläkare distriktsläkare "
    "overlæge overlege oberarzt oberärztin chefarzt chefärztin assistenzarzt assistenzärztin "
    "infirmière infirmier infirmiere enfermera enfermero enfermeira enfermeiro infermiera "
    "infermiere verpleegkundige praktijkondersteuner doktersassistente krankenschwester "
    "pflegekraft arzthelferin sjuksköterska sykepleier sygeplejerske pielęgniarka "
    "sairaanhoitaja residente interne specializzando specializzanda caposala capo apotheker "
    "apothekers apothekerin assistente assistentin pharmacien pharmacienne farmacéutico "
    "farmacéutica farmaceutico farmaceutica farmacêutico farmacêutica farmacista "
    "pielęgniarki pielęgniarce pielęgniarkę pielęgniarką pielęgniarko pielęgniarz sestra "
    "sestry vrchní poh mfa l'infirmière l'infirmier l'infirmiere hausarzt hausärztin arzt "
    "ärztin fachärztin facharzt médecin medecin médico medico huisarts arts behandelaar lekarz "
    "lääkäri assistante secrétaire secretaria secretario secretária segretaria asistente "
    "verpleegkundig physio physiotherapist dietitian dietician podiatrist optometrist paramedic "
    "counsellor remitido remitida derivado derivada firmado responsable überwiesen einweiser "
    "zuweiser zuweiserin kollegin kollege colega collega collègue collegue confrère confrere "
    "consœur firmado firmada valorado valorada atendido atendida visto vista explorado "
    "explorada intervenido intervenida operado operada nurses pharmacists surgeon surgeons "
    "physicians doctors midwives therapists visum gez pflegefachfrau pflegefachmann "
    "pflegefachperson pflegeexperte pflegeexpertin physiotherapeut physiotherapeutin "
    "ergotherapeut ergotherapeutin logopäde logopädin sozialarbeiter sozialarbeiterin hebamme "
    "stationsleiter stationsleiterin".split()
)
_COMMA_CREDENTIAL_HINT_RE = re.compile(
    r",[ \t]*(?:PT|MA|OT|RD|SW|LkT|LL|HLL|MBChB|MBBCh|BMBS|FRCP|MRCP|FRCS|MRCGP|FRACP|FRCPC|MPH"
    r"|MB|MRCPI|FRCPI|FRCSI|MICGP)\b"
)
_HCP_ENDINGS = (
    "ologist",
    "iatrist",
    "ologists",
    "iatrists",
    "ärztin",
    "arzt",
    "sköterska",
    "läkare",
    "assistente",
    "assistentin",
)
# Honorifics take the next word in any case: "mr nicholson", "MRS BRUCER". Lower-case "ms" is
# multiple sclerosis far more often than a title, so it is left out.
_TITLE_RE = re.compile(
    r"(?=[MmDdFfHhSsPpRGe])(?:\b(?i:mr|mrs|miss|mx)\b|\bM[Ss]\b"
    # Polish, Czech, Nordic, Finnish, South Slavic, Turkish and Indian honorifics, capitalised
    # only: "Pani Nowak", "Fru Lind", "Rouva Virtanen", "Smt. Lakshmi"; Spanish "el Sr. Roe"
    r"|\b(?:Pani|Paní|Fru|Rouva|Herra|Gospa|Gospod|Gospođa|Sayın|Smt|Shri|Senhora|Senhor"
    r"|Dona)\b|(?<=\b[Ee]l[ \t])Sr\b|(?<=\b[Aa]l[ \t])Sr\b|(?<=\bdel[ \t])Sr\b"
    # Dutch, French, Spanish, Italian, German: "Mevrouw Visser", "mijnheer Visser", "Mme Roux"
    r"|\b(?i:mevrouw|mevr|meneer|mijnheer|dhr|mme|madame|monsieur|mlle|señora|senora|señor|senor"
    r"|sra|srta|signora|signor|sig\.ra|doña|dña)\b|\b(?:Frau|Herr|Herrn)\b"
    # a family by its surname, as Swiss and German reports name the patient's: "Familie Roth"
    r"|\bFamilie\b|\bFam(?=\.[ \t]+[A-Z])"
    # Italian "Sig." only capitalised with its dot: "sig" alone is a signature
    r"|\bSig(?=\.[ \t]+[A-Z])"
    # German, Danish and Norwegian short titles, with their dot: "Hr. Lauridsen", "Fr. Weber"
    r"|\b(?:Hr|Hrn|Fr|Frk)(?=\.[ \t]+[A-Z])"
    # a German letter's patient in "SURNAME, Given": "den Patienten FRITZLE, Fridolin"
    r"|\bPatient(?:in|en)?(?=[ \t]+[A-Z]{2}[A-Z'’-]*,[ \t]*[A-Z][a-z]))\.?\s*"
    # (and so after any title: "Frau DAMARIS, Dyonisia")
    r"(?P<name>[A-Z]{2}[A-Z'’-]*(?:[ -][A-Z]{2}[A-Z'’-]*)?,[ \t]*[A-Z][a-zà-öø-ÿ'’-]+"
    r"(?:-[A-Z][a-zà-öø-ÿ'’-]+)?|"
    # an initial may come first: "Mrs E. Roe", "Mr J Smith"
    # (in capitals, "MS S. CARE", the letter is as likely an abbreviation's)
    rf"(?:[A-Z]\.?[ \t]+(?=[A-Z][a-z]))?{_TOKEN}(?:\s+{_INIT})?(?:\s+{_CAP_TOKEN}){{0,1}})"
)
# Chart labels at a line start: "NAME: Roe, Jane", "Patient Name:", "Pt:", "Patient:".
# Also other people's labels ("Emergency Contact:", "RE:" of a chart letter), labels after a
# comma or a wide gap on a form line ("..., Name : Roe, Jane MR. # ..."), "Name - X", and
# initials as the value ("Patient Initials: J.S.").
_LABEL_RE = re.compile(
    r"(?im)(?:^[ \t>]*|(?<=,[ \t])|(?<=[ \t]{2})|(?<=[|/][ \t]))"
    r"(?:(?:pat[il1]ent|pt)(?:'s)?\s*(?:full\s+)?name|name|patient|pt|emergency\s+contact|"
    r"contact\s+person|next\s+of\s+kin|nok|guarantor|subscriber|insured|re|parent|caller|"
    r"child|guardian|attn|attention|c/o|poa|carer|authori[sz]ed\s+rep(?:resentative)?|"
    r"(?:patient\s+|pt\s+)?initials"
    # the same labels in the headers of Spanish, German, French, Italian and Dutch letters:
    # "Nombre: Ramón", "Apellidos: García Robles", "Nachname:", "Prénom :", "Betr.:"
    r"|nombre(?:\s+y\s+apellidos|\s+completo)?|(?:primer\s+|segundo\s+)?apellidos?"
    r"|vorname|nachname|familienname|geburtsname|betr(?:eff)?\.?|nom(?:\s+de\s+naissance)?"
    r"|pr[ée]noms?|nome|cognome|voornaam|achternaam|geboortenaam)(?:\s*[:=]\s*|[ \t]+-[ \t]+)"
    # (the value ends with its line: "Nombre: Teodoro\nApellidos: ...")
    rf"(?P<name>(?:[A-Z]\.[ \t]?){{2,3}}|{_TOKEN}(?:[ \t]*,[ \t]*|[ \t]+)(?:{_INIT}[ \t]+)?"
    rf"{_TOKEN}(?:[ \t]+{_INIT})?|{_TOKEN})"
)
# A dose after a label's value says it is a product's name: "Nome: Victan 2 mg comprimidos".
DOSE_AFTER_RE = re.compile(
    r"[ \t]+\d+(?:[.,]\d+)?[ \t]*(?i:mg|mcg|µg|μg|g|ml|iu|ie|units?|mmol|%)(?!\w)"
)
# Cheap searches that say whether the patterns above can match at all.
_PAREN_ROLE_RE = re.compile(
    rf"\([ \t]*(?:(?:his|her|their|the|our|my)[ \t]+)?"
    rf"(?i:pt\b|patient|paciente|paziente|patiënt|{RELATIVE})"
)
_OWNS_HINT_RE = re.compile(rf"['’]s[ \t]+(?i:{RELATIVE})\b")
_TITLE_WORDS = frozenset(
    """mr mrs ms miss mx mevrouw mevr meneer mijnheer dhr mme madame monsieur mlle señora senora
    señor senor sra srta signora signor sig ra frau herr doña dña pani paní fru rouva herra gospa
    gospod gospođa sayın smt shri senhora senhor dona sr patientin patienten
    herrn hr hrn fr frk familie fam""".split()
)
_LABEL_WORDS = frozenset(
    "name names patient pt emergency contact kin nok guarantor subscriber insured re initials"
    " parent caller child guardian attn attention c o poa carer authorised authorized"
    " patlent pat1ent nombre apellido apellidos vorname nachname familienname geburtsname betr"
    " betreff nom prénom prenom prénoms nome cognome voornaam achternaam geboortenaam".split()
)
# A nickname or initials in brackets right after a name: "Robert Thompson (R.M. Thompson)",
# "Johnathan Carter (aka \"Johnny\")", "Nguyen, Alice (A.N.)".
_ALIAS_RE = re.compile(
    r"[ \t]*\([ \t]*(?:(?i:aka|a\.k\.a\.?|nickname:?|goes\s+by|legal:?|called)[ \t]+)?[\"“']?"
    r"(?P<alias>(?:[A-Z]\.[ \t]?){1,3}(?:[A-Z][\w'’-]+)?|[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)"
    r"[\"”']?[ \t]*\)"
)
# Dotted initials and a listed surname, with no cue: "J.M. Carter reports...".
# Also with Dutch two-letter initials and particles: "J. Th. Bakker", "Ph. van der Laan".
_INITIALS_SURNAME_RE = re.compile(
    # "Q&A. Sat with...": a letter glued to a word by "&" or "/" is no initial.
    r"(?=[A-Z][a-z]?\.)(?<![\w.&/+@])"
    r"(?:(?!(?:Dr|Mr|Ms|Mx|St|Mt|No|Nr|Jr|Sr|Co|Dx|Hx|Rx|Sx|Tx|Pt|Vs|Fx|Ca|Oz|Lb|Mg|Ml|Pg)\.)"
    # two letters only as Dutch and English initials write them ("Th.", "Ph.", "Wm."): "li.
    # Hand" (links), "re. Auge" are German sides
    r"(?:[A-Z]|Th|Ph|Ch|Ij|Wm)\.[ \t]?){1,3}"
    r"(?P<p>(?:(?:[Vv]an|[Vv]on|[Dd]e[rn]?|[Tt]e[rn]|[Dd][aiu]|[Ll][ae]|[Dd]ella|[Dd]os)"
    r"[ \t]+){0,3})"
    # (a surname with its accents: "P. Ramírez", "K. Łukasiewicz")
    r"(?P<s>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?)\b"
    # "V. Cava Inferior", "A. Carotis Interna": Latin anatomy, not a person
    r"(?![ \t]+(?:Inferior|Superior|Anterior|Posterior|Major|Minor|Interna|Externa|Communis"
    r"|Profunda|Medialis|Lateralis|Dextra|Sinistra)\b)"
)
# A listed given name alone on the line after a letter's closing: "Thanks,\nMike"; an email
# leaves blank lines between ("All the best,\n\nAngel\nCustomer Experience").
_SIGN_OFF_RE = re.compile(
    r"(?m)^[ \t>]*(?i:thanks|thank\s+you|regards|best\s+regards|kind\s+regards|best|"
    r"sincerely|cheers|warmly|all\s+the\s+best|best\s+wishes|many\s+thanks|warm\s+regards"
    r"|with\s+thanks|take\s+care|yours\s+(?:truly|sincerely)|respectfully"
    # (and the closings of other languages: "Merci.\nRoger", "Mit freundlichen Grüßen")
    r"|merci|cordialement|bien\s+à\s+vous|amitiés|gracias|saludos|atentamente|un\s+saludo"
    r"|obrigad[oa]|grazie|cordiali\s+saluti|danke|(?:mit\s+)?(?:freundlichen|besten|lieben)"
    r"\s+grü(?:ß|ss)en|viele\s+grü(?:ß|ss)e|met\s+vriendelijke\s+groet(?:en)?|bedankt"
    r"|hälsningar|mvh|med\s+vennlig\s+hilsen|vänliga\s+hälsningar)[ \t]*[,!.]?[ \t]*"
    r"\n(?:[ \t]*\n){0,2}[ \t>]*"
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]*$"
)
# An email's signature with no closing: a given name alone on its line after a blank line
# ("blah blah\n\nAnna\n..."); only a listed given name that is no everyday word counts, in
# title case (a line in capitals is a code or a heading: "EBEN").
_SIGNATURE_RE = re.compile(rf"\n[ \t]*\n(?:[ \t]*\n)*[ \t>]*(?P<name>{_CAP_TOKEN})[ \t]*(?=\n|$)")
# One word alone after a plain "Signature:" at a line's start, closing a forwarded e-mail
# ("Signature: Kojo"); a chart's clinician signs with a title or a credential, which the HCP
# rules keep, or under "Electronic signature:".
_SIGNATURE_LABEL_RE = re.compile(
    rf"(?m)^[ \t>]*(?i:signature)[ \t]*:[ \t]*(?P<name>{_CAP_TOKEN})[ \t]*$"
)
# A name right before a record number in brackets: "Judith (13206368) is a 81 Y".
# A note's opening line: "lorrie morales is a 70 yr old female", "Mr. Roe is a 70y/o male".
_AGE_INTRO_RE = re.compile(
    r"(?:^|(?<=[\n.:>])|(?<=[Mm][Rr][. ])|(?<=[Mm][Rr][Ss][. ]))[ \t]*"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})"
    r"[ \t]+is[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?i:y/?o\b|yo\b|yr|year|-year|y\.o\.)"
)
# A name with the relationship or the phone number it goes with: "URSLA MORETTI (DAUGHTER)",
# "Lopie Certusi cell# 410-322-1419".
# Also "PERCY CALDERON (his pt)", "Seyoung Kim (pt's daughter-in-law)".
_BEFORE_RELATIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,3}})[ \t]*\([ \t]*"
    r"(?i:(?:(?:his|her|their|the|our|my)[ \t]+)?"
    r"(?:(?:pt|patient|paciente|paziente|patiënt)(?:['’]s[ \t]+"
    rf"{RELATIVE}(?:-in-law)?)?|{RELATIVE}(?:-in-law)?))[ \t]*\)"
)
# "Ann Wilson Cramer's husband": a name owning a relative.
_OWNS_RELATIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}}['’]s)[ \t]+(?i:{RELATIVE})\b"
)
# "Frodo Baggins was born in ...", "Jane Roe, born 1961", "patient Ada Took born 1998"; and a
# name another follows as an alias: "Reliv Kipkorir Nyogesa also goes by ...".
_BORN_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{1,2}})"
    r"(?:[ \t]+(?:was|is)[ \t]+|,[ \t]*|[ \t]+)born\b"
)
_GOES_BY_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{1,3}})"
    r"[ \t]+(?:also[ \t]+)?(?:goes|went)[ \t]+by\b"
)
_BEFORE_PHONE_RE = re.compile(
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})(?:[ \t,]+|[ \t]+[-–][ \t]+)"
    r"(?i:cell|home|mobile|phone|tel|work)[ \t]*[#:]?[ \t]*\(?\d{3}"
)
_PHONE_CUES = "cell home mobile phone tel work".split()
# A given name, a nickname in brackets, a surname: "JEFFREY (JD) BRICKEN". The given name
# is the match; prepcli.phi.extend adds the rest.
_NICK_BETWEEN_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN})[ \t]*\((?P<nick>[A-Z][\w'’.-]*)\)[ \t]+{_CAP_TOKEN}"
)


def _nickname(m: re.Match[str], first: Container[str]) -> bool:
    """Whether the bracket between two names holds a nickname: a listed given name or the
    initials of the name ("JEFFREY (JD) BRICKEN"), not a credential or a speciality."""
    given, nick = m.group("name"), m.group("nick").rstrip(".")
    if given.title() not in first or nick.lower() in CREDENTIAL_WORDS:
        return False
    return nick.title() in first or (nick.isupper() and len(nick) <= 3 and nick[0] == given[0])


# A name right before the label of an identifier that is the person's ("August Samuels, DOB
# ...", "Annie (DOB ...)", "Daffy Duck (MR 10476)", "Mia - mob 0491 ...") or before an age
# ("Jean de Mesnil, 71, ...", "Harietta Kealoha, 45F", "von Braun (pt, 64)").
_OWNER_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:(?:{_PARTICLE_ALT})[ \t]+){{0,3}}{_CAP_TOKEN}"
    rf"(?:[ \t]+(?:(?:{_PARTICLE_ALT})[ \t]+){{0,3}}{_CAP_TOKEN}){{0,3}})"
    r"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+[-–][ \t]+|[ \t]{2,}|\t)"
    r"(?:(?i:dob|d\.o\.b|born|geb|geboren|nato|nata|n[ée]e|mrn|mr|ssn|medicare|nhs|ihi|mob|cell"
    r"|tel|mobile|bsn|ahv|dni|nie|nass|nhc|fallnummer)\b"
    # a German letter's birth star: "Kai Fleischmann, * 21.2.2008"
    r"|\*[ \t]*\d"
    r"|\d{1,3}[ \t]?(?:[MFmf]|y/?o|yo|yrs?)?[ \t]*[,)]|(?i:pt|patient)[ \t]*,[ \t]*\d{1,3}\))"
)
_OWNER_WORDS = frozenset(
    "dob d o b born geb geboren nato nata née nee mrn mr ssn medicare nhs ihi mob cell tel mobile"
    " bsn ahv dni nie nass nhc fallnummer".split()
)
_AGE_HINT_RE = re.compile(r"[,(][ \t]*\d{1,3}[ \t]?[MFmfy]?")
# Close family: not the wider circle of RELATIVE (cousins, friends, proxies).
_CLOSE = FAMILY + HOME_WORDS
# A close relative before a given name in running text: "daughter Emi", "hijo Pablo".
_FAMILY_RE = re.compile(rf"(?i:{alternation(_CLOSE + ['dtr'] + MAORI + EUROPEAN)})\b")
# A close relative someone owns, in the singular: "Kiri's mum".
_CLOSE_FAMILY_RE = re.compile(rf"(?i:['’]s[ \t]+{alternation(_CLOSE, plural=False)})\b")
# Japanese honorifics after a surname: "Tanaka-san", "Sato-sama".
_HONORIFIC_SUFFIX_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)-(?:san|sama|chan|kun)\b")
_HONORIFIC_SUFFIXES = ("-san", "-sama", "-chan", "-kun")
# A surname and the initials of given name and patronymic: "Petrov A.V.", "Kowalski J. M.".
_SURNAME_INITIALS_RE = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r"[ \t]+[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![\w])"
)
# (what every _SURNAME_INITIALS_RE match holds, led by a letter, so quick to look for)
_INITIALS_HINT_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z]\.")
_DIGIT_RE = re.compile(r"\d")
_VOWEL_RE = re.compile(r"[AEIOUYÀ-ÖØ-Ý]", re.IGNORECASE)
# Family-history abbreviations with a vowel that the given-name list also holds, in common
# clinical usage (myocardial infarction, cancer, atrial fibrillation, osteo-/rheumatoid arthritis,
# pulmonary embolism, transient ischaemic attack, ulcerative colitis, abdominal aortic aneurysm,
# acute lymphoblastic/myeloid leukaemia, amyotrophic lateral sclerosis, tuberculosis); "IDA" (iron
# deficiency anaemia) is left out because Ida is a given name: short capitals fail closed.
_HISTORY_ABBREVIATIONS = frozenset("MI CA AF OA RA PE TIA UC AAA ALL AML ALS TB CAD CVA".split())
_PAREN_ID_RE = re.compile(r"\(\d{7,10}\)")
_BEFORE_ID_RE = re.compile(rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+\(\d{{7,10}}\)")
# Chinese notes: a patient cue (病患, 患者, 病人) then a common surname and one or two more
# characters: "病患王小明". Without the surname a cue is followed by a verb ("病患進行手術").
_HAN_NAME_RE = re.compile(
    r"(?:病患|患者|病人|個案|个案)(?P<name>[王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林"
    r"羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚"
    r"盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺"
    r"顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤][\u4e00-\u9fff]{1,2})"
)
# "Hi Christin,", "Dear Mrs. Roe": an e-mail or letter's greeting.
_GREETING_WORDS = frozenset("hi hello dear hey".split())
_GREETING_RE = re.compile(
    rf"\b(?:Hi|Hello|Dear|Hey|HI|HELLO|DEAR)\b,?[ \t]+(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)"
)
# A transcript's speaker at a line start: "Nicole: Remember me?".
_SPEAKER_RE = re.compile(rf"(?m)^[ \t>]*(?P<name>{_CAP_TOKEN})[ \t]*:(?=[ \t]*\S)")
# Reported speech: "says Iwase", "according to Tânia Souza".
_SAID_WORDS = frozenset("says said asks asked told tells according".split())
_SAID_RE = re.compile(
    rf"\b(?:says|said|asks|asked|told|tells|according\s+to)[ \t]+"
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)"
)
# Names listed together: "They had 6: Romi, Erik, Amy, Nathaniel, Donald and Kristen".
_LIST_RE = re.compile(
    rf"(?<![\w'’-])(?P<list>{_TOKEN}(?:[ \t]*,[ \t]*{_TOKEN}){{0,8}},?[ \t]+(?:and|&|or)[ \t]+"
    rf"{_TOKEN})(?![\w'’-])"
)

# A nickname in quotes may stand inside the name: "Robert 'Corky' Cartwright"; particles
# before a surname: "Pieter van de Heuvel", "Jean de Mesnil".
_SEQ_RE = re.compile(
    rf"\b{_CAP_TOKEN}(?:[ \t]+['\"“‘][A-Z][\w-]*['\"”’])?(?:\s+{_INIT})?"
    rf"(?:[ \t]+(?:(?:{_PARTICLE_ALT})[ \t]+|(?:[dl]|dell|dall|degli)['’]){{0,3}}"
    rf"{_CAP_TOKEN}){{0,2}}"
)


@cache
def census_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), capitalised, from the census lists in the ``names`` package,
    each also as the international lists spell it with its accents ("Ramírez", "José"): the
    census writes ASCII, a note its patient's own spelling, and every rule that reads these
    lists sees both (folded here once, not at each look-up)."""
    root = resources.files("names")

    def read(name: str) -> set[str]:
        text = root.joinpath(name).read_text(encoding="ascii")
        return {line.split(None, 1)[0].capitalize() for line in text.splitlines() if line}

    first = (read("dist.male.first") | read("dist.female.first")) - _WORDLIKE
    last = read("dist.all.last")
    intl_first, intl_last = _international_lists()
    accented = [w for w in intl_first | intl_last if not w.isascii()]
    plain = {w: without_accents(w) for w in accented}
    return (
        frozenset(first | {w for w in accented if plain[w] in first}),
        frozenset(last | {w for w in accented if plain[w] in last}),
    )


@cache
def _international_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) derived from names-dataset by bench/phi_names_build.py (shipped
    in data/, not the 56 MB package)."""
    data = resources.files("prepcli.phi").joinpath("data")

    def read(name: str) -> frozenset[str]:
        with data.joinpath(name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            return frozenset(f.read().split())

    return read("first_names_intl.txt.gz"), read("last_names_intl.txt.gz")


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames): the census lists plus the international names."""
    first, last = census_lists()
    intl_first, intl_last = _international_lists()
    return first | intl_first, last | intl_last


def _clean(word: str) -> str:
    return word.strip(".,'’-").split("'")[0].split("’")[0]


# An Irish or Romance surname's elided prefix in lower case, alone or in a double surname
# ("o'brien", "d'souza", "mcdonald-o'neil"): _clean reads only its "o". An English
# contraction keeps at most two letters after its apostrophe ("doesn't", "we'll").
_ELIDED_RE = re.compile(r"(?:[a-z]+-)?[od]['’][a-z]{3,}(?:-[a-z]+)?")


def elided_surname(word: str) -> bool:
    """Whether a lower-case word is a surname with an elided prefix ("o'brien", "d'souza")."""
    return _ELIDED_RE.fullmatch(word) is not None and word != "o'clock"


def _usable(word: str, blocked: Container[str]) -> bool:
    w = _clean(word)
    cap = w[:1].upper() + w[1:].lower()
    # (the letters' words only as written there: "Mr. Bweighou se" keeps its "se")
    return (
        bool(w)
        and cap not in _NEVER
        and w not in LETTER_WORDS
        and w not in _LIVING_VERBS
        and w not in blocked
        and cap not in blocked
    )


_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.?")
# Verbs of living, in lower case as a sentence writes them after its subject ("Meneer woont op
# de Kerkweg", "Signora abita da sola", "Mr lives alone"): no name, though "Mora" or "Vive"
# capitalised may be one.
_LIVING_VERBS = frozenset(
    """lives lived living resides resided stays stayed woont woonde woonachtig verblijft wohnt
    wohnte lebt lebte abita abitava vive viveva risiede habite habitait vit vivait réside
    demeure vivía reside residía mora morava bor bodde asuu asui mieszka bydlí žije""".split()
)


def _trim(text: str, start: int, end: int, blocked: Container[str]) -> Span | None:
    """Keep leading name words up to the first that cannot be part of this name. After the
    first word, a word must look like a name: capitalised, an initial, or (in all-lower or
    all-upper text, where case says nothing) a listed first name or surname."""
    first, last = name_lists()
    kept = start
    for i, tok in enumerate(re.finditer(r"\S+", text[start:end])):
        word = tok.group()
        if i and _DOTTED_INITIALS_RE.fullmatch(word.rstrip(",;:")):
            kept = start + tok.start() + len(word.rstrip(",;:"))  # "Petrov A.V."
            continue
        if i and (_MIDDLE_INITIAL_RE.fullmatch(word) or word in _PARTICLES):
            # "Martim A Pereira", "Tom I. Holzman", "Jean de Mesnil": kept only if a name
            # word follows
            continue
        if not _usable(word, blocked) or _clean(word).title() in _INSTITUTION:
            break
        w = _clean(word)
        titled = w[:1].isupper() and not w.isupper()
        # In capitals a name runs on in capitals: "MR. EDWIN PRZYBYLO".
        capitals = (
            w.isupper()
            and i in (1, 2)
            and text[start : start + 2].isupper()
            and listed(text[start:kept])
        )
        if (
            i
            and not titled
            and not capitals
            and len(w) > 1
            and w.title() not in first
            and w.title() not in last
        ):
            break
        if re.search(r"['’]s$", word):  # "Jane's" ends the name, keeping the word whole
            kept = start + tok.end() - 2
            break
        initials = _DOTTED_INITIALS_RE.fullmatch(word.rstrip(",;:"))
        kept = start + tok.start() + len(word.rstrip(",;:") if initials else word.rstrip(",.;:"))
    # "Smith, Robert J.": after surname, comma and given name, a last initial is the name's.
    tail = _LAST_INITIAL_RE.match(text, kept, end)
    if tail is not None and "," in text[start:kept]:
        kept = tail.end()
    return Span(start, kept, "PATIENT-NAME") if kept > start else None


_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
# What follows a name but no outline's item: "G. Roe and wife ...", "C. Roe - c@x.com",
# "P. Roe (MRN ...)", "R. Roe's insurance".
_NAME_GOES_ON_RE = re.compile(r"[ \t]*(?:\(|[-–][ \t]|and\b|&|['’]s\b)")
_LAST_INITIAL_RE = re.compile(r"[ \t]+[A-Z]\.?(?![\w'’])")


# Function words of French and Spanish prose. Where two of them stand, "son" before a
# lower-case word is a possessive ("de son traitement", "avec son fils") or a verb ("son
# estables"), not the English relative.
_ROMANCE_WORDS = frozenset(
    """le la les de des du une et est avec pour dans il elle qui pas sur au aux ses sa cette
    mais très el los las una y con para por del es está tiene pero muy""".split()
)


def romance_son(cue: str, words: frozenset[str]) -> bool:
    """Whether a relative cue "son <word>" (``cue``: the match, from the relative to the
    word) stands in French or Spanish prose (``words``: the note's words, spans.words_of)."""
    if cue[:3].lower() != "son" or len(words & _ROMANCE_WORDS) < 2:
        return False
    after = cue[3:].lstrip(' \t,:(-"“')
    return after[:1].islower()


def _relative_nickname(m: re.Match[str], word: str) -> bool:
    return (
        RELATIVE_RE.match(m.group()) is not None
        and word.title() in _WORDLIKE_NAMES
        and word.lower() not in _NOT_AFTER_RELATIVE
    )


# Given names that _WORDLIKE holds back from the lists (Pat, Don, Eve, Rob...), and one the
# dictionary holds that no given-name list does (Raj).
_WORDLIKE_NAMES = frozenset(
    "Pat Don Eve Rob Sue Ray Dean Dale Glen Art Gene Guy Max Bill Mark Will Rose Ruby Pearl "
    "Grace Hope Joy Faith June April May Dawn Iris Lily Violet Daisy Holly Ivy Jasmine Amber "
    "Jade Frank Drew Rich Sandy Penny Ginger Lou Mae Nan Ida Jan Dee Del Dot Stan Lee Raj".split()
)


def listed(word: str) -> bool:
    """Whether a word is a listed given name or surname, in any case, with its apostrophe or
    without ("O'Neill" is listed as "Oneill")."""
    first, last = name_lists()
    w = word.strip(".,;:'’\"()-")
    if len(w) < 2:
        return False
    forms = {w.title(), w.title().replace("'", "").replace("’", "").title()}
    return any(f in first or f in last for f in forms)


# (a field's value may end its line with a full stop: "Nombre: Zyair.\nApellidos: ...")
_FIELD_END_RE = re.compile(r"[ \t]*(?:\.?[ \t]*$|[\n,;(\"”|]|[ \t]{2})", re.MULTILINE)


def _written_word(word: str) -> bool:
    """A dictionary word as written, or a verb's form ("Mailed", "Pending")."""
    w = _clean(word).lower()
    return w in everyday_words() or w.endswith(("ed", "ing")) or len(w) < 2


def plausible_name(text: str, span: Span, *, field: bool) -> bool:
    """Whether words a cue put forward read as a name: one of them is a listed given name or
    surname, or a single unknown word (fail closed: "pt Zorvana was held"), which after a
    chart label such as "Patient:" (``field``) must fill the field on its own. No names:
    "Patient Goal:" (a label itself), "Patient Discharge Information" (several words, none a
    name), "Patient: Mailed to home address"."""
    words = text[span.start : span.end].split()
    if text.startswith(":", span.end):
        return False
    if any(listed(w) for w in words):
        return True
    if len(words) > 1:
        # several words no list knows are a name when none is an English word ("Patient is
        # Tūhoe Ngāwhika"), not when they are a heading ("Patient Discharge Information");
        # after a label they must fill the field ("Apellidos: Gioffre Juenemann."), and are
        # read as written there: the dictionary's inflections take surnames for words
        # ("Fedders": "fedder")
        if not field:
            return not any(everyday(w) for w in words)
        return (
            not any(_written_word(w) for w in words)
            and _FIELD_END_RE.match(text, span.end) is not None
        )
    return not field or _FIELD_END_RE.match(text, span.end) is not None


_LINE_END_RE = re.compile(r"[ \t.,;]*(?:$|\n)")
# A name right before a specialist's title in any of the languages notes use: "B. Bakker
# Neuroloog", "Anna Roux (cardiologue)", "Jan Smit, huisarts".
_SPECIALIST = (
    r"(?i:[a-zäöüéèó]*(?:olo(?:o?g|gist|gue|go|ga|gin)|[óo]logo|[óo]loga|iat(?:er|re|ra|rist))"
    r"|huisarts|arts|arzt|ärztin|hausarzt|internist|chirurg|chirurgien|cirujano|médecin|medico"
    r"|médico|apotheker|pharmacien|farmacéutico|verpleegkundige)"
)
# A speciality's short name in brackets after a name: "Eric van Dijk (KNO)", "Ana Ruiz (endo)".
_SPECIALITY_ABBR = (
    r"(?i:KNO|HNO|ENT|endo|cards|cardio|onc|neuro|rheum|derm|GI|pulm|nephro|uro|ortho|psych"
    r"|peds|gyn|OB/?GYN|heme|vascular|hepato|gastro|allergy|ophtho|optom)"
)
# The speciality is found first, then the name is read backwards from it: trying the name at
# every word of a note was the costliest pattern here.
_SPECIALITY_RE = re.compile(
    rf"(?<!\w)(?:\(?(?:[A-Za-z]+-)?{_SPECIALIST}\b|\({_SPECIALITY_ABBR}(?:/{_SPECIALITY_ABBR})*\))"
)
_NAME_BEFORE_SPECIALITY_RE = re.compile(
    rf"(?<![\w'’.-])(?P<a>(?:[A-Z][a-z]?\.[ \t]?){{0,3}}(?:{_CAP_TOKEN}[ \t]+)?"
    rf"(?:(?:{_PARTICLE_ALT})[ \t]+){{0,3}}{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]*,?[ \t]*$"
)
_SPECIALIST_ENDINGS = ("oloog", "ologe", "ologue", "ologo", "ologa", "ologin", "iater", "iatre")
_SPECIALIST_WORDS = frozenset(
    "kno hno ent endo cards cardio onc neuro rheum derm gi pulm nephro uro ortho psych peds gyn "
    "obgyn heme vascular hepato gastro allergy ophtho optom "
    "huisarts arts arzt ärztin hausarzt internist chirurg chirurgien cirujano médecin medico "
    "médico apotheker pharmacien farmacéutico verpleegkundige".split()
)


_BRACKET_CREDENTIAL = r"(?:MD|M\.D\.|DO|D\.O\.|PharmD|RPh|PA-C|APRN|CRNP|CNP|FNP|DNP|CRNA|CNM)"
_BRACKET_CREDENTIAL_RE = re.compile(rf"\([ \t]*{_BRACKET_CREDENTIAL}[ \t]*\)")


# A name with its role after it, in brackets or after a comma: "Okafor (cardiology)", "Rangi
# (charge nurse)", "heather, rn", "Ngozi Adeyemi (our MSL)". The role must close the phrase:
# "Amy (oncology pt)" is a patient.
_ROLE_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}}|(?P<g>[a-z][a-z'’-]+[ \t]+)?"
    r"[a-z][a-z'’-]+)"
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?:our|the|my|their|his|her|pt['’]?s"
    # a clinician's: "Mary Hulse, Dr. Okafor's office manager"
    rf"|(?:Dr|Dra|Drs)\.?[ \t]+{_CAP_TOKEN}['’]s)[ \t]+)?"
    r"(?:(?i:(?:(?:charge|practice|district|clinical|specialist|head|school|community|research)"
    r"[ \t]+)?nurse|CNS|GP|MSL|KAM|rep|pharmacist|hospitalist|intensivist|registrar|consultant"
    rf"|{RESIDENT_DOCTOR}|fellow|attending|midwife|NP|RN|PA|MA|LPN|receptionist|scheduler"
    r"|(?:office|practice|case|clinic|nurse)[ \t]+manager|social[ \t]+worker|coordinator"
    r"|(?:office|practice|clinic|front[ \t]+desk)[ \t]+staff"
    r"|navigator|[a-z]*olog(?:y|ist))"
    # a credential in brackets, as the case writes it: "Paul Dunn (PharmD)", "Amy Cole (MD)"
    rf"|(?<=\()[ \t]*{_BRACKET_CREDENTIAL}(?=[ \t]*\)))"
    r"(?=[ \t]*(?:[),;.\n]|$))"
)
# The same in the letters of other languages, where the role may go on ("Fachärztin für Innere
# Medizin", "médico adjunto de Cardiología"): "Helga Rainer, Fachärztin für ...", "Ana Ruiz
# (médico adjunto)", "Jorge Lledó, FEA de Medicina Interna".
_ROLE_AFTER_OTHER_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP_TOKEN}"
    rf"(?:[ \t]+(?:(?:de|del|la|van|von|der)[ \t]+)?{_CAP_TOKEN}){{0,3}})"
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?:der|die|el|la|le)[ \t]+)?"
    r"(?i:[a-zäöüß]*(?:arzt|ärztin)|m[ée]dic[oa][ \t]+(?:adjunt[oa]|residente|forense|responsable"
    r"|interno|interna|de[ \t]+(?:familia|cabecera|guardia|atenci[óo]n[ \t]+primaria))|FEA|MIR"
    r"|facultativ[oa]|especialista|enfermer[oa]|m[ée]decin|infirmi[eè]re|psycholog(?:e|in)"
    r"|apotheker(?:in)?|primar(?:ius|ia)?|dirigente[ \t]+medico|medico[ \t]+di[ \t]+base"
    r"|huisarts|verpleegkundige|specialist[ \t]+ouderengeneeskunde"
    # Swiss and German nursing and therapy staff: "Nadine Roos, Pflegefachfrau HF", "X,
    # Physiotherapeutin", "X, MPA" (medical practice assistant), "X, FaGe"
    r"|pflege(?:fach(?:frau|mann|person)|expert(?:e|in)|helfer(?:in)?)|fage|mpa"
    r"|(?:physio|ergo|psycho)therapeut(?:in)?|logopäd(?:e|in)|ernährungsberater(?:in)?"
    r"|sozialarbeiter(?:in)?|hebamme|stationsleiter(?:in)?)(?![\w-])"
)
# A patient may work in health care too: "la paciente Rosa Gil, enfermera de profesión".
_PATIENT_WORD_BEFORE_RE = re.compile(
    r"\b(?i:paciente|patient|patientin|patienten|patiente|paziente|patiënt|pt|frau|herr|herrn"
    r"|sr|sra|srta|d|dña|doña|don|mme|mr|mrs|ms|signora|signor|sig|mevrouw|meneer|dhr)\.?[ \t]+$"
)
_PATIENT_BEFORE_NAME_RE = re.compile(
    r"\b(?i:paciente|patient|patientin|patienten|patiente|paziente|patiënt|pt)\.?[ \t]+$"
)
_ROLE_AFTER_OTHER_WORDS = frozenset(
    """médico medico médica medica fea mir facultativo facultativa especialista enfermero
    enfermera médecin medecin infirmière infirmiere psychologe psychologin apotheker
    apothekerin primar primarius primaria dirigente huisarts verpleegkundige specialist
    pflegefachfrau pflegefachmann pflegefachperson pflegeexperte pflegeexpertin pflegehelfer
    pflegehelferin fage mpa physiotherapeut physiotherapeutin ergotherapeut ergotherapeutin
    psychotherapeut psychotherapeutin logopäde logopädin ernährungsberater ernährungsberaterin
    sozialarbeiter sozialarbeiterin hebamme stationsleiter stationsleiterin""".split()
)
# Staff named by where they work: "Sigrid from market access", "helen from case management",
# "Adwoa at the Accra office". A patient comes from a place and goes to a pharmacy or clinic,
# so only work-side words count, and "at" only before an office, desk or team.
_STAFF_FROM_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?|[a-z][a-z'’-]+)[ \t]+"
    r"(?:(?:from|of)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}"
    r"(?i:office|team|desk|department|dept|hub|pharmacy|company|agency|billing|scheduling"
    r"|reception|access|support|services|insurance|insurer|case[ \t]+(?:management|mgmt)"
    r"|speech|nutrition|social[ \t]+work|market[ \t]+access|medical[ \t]+affairs)"
    r"|at[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}"
    r"(?i:office|desk|team|hub|front[ \t]+desk)"
    # "note from Maria in case mgmt", "Janet in billing": in a department, not in a place
    r"|in[ \t]+(?:the[ \t]+|our[ \t]+)?(?i:billing|scheduling|reception"
    r"|case[ \t]+(?:management|mgmt)|social[ \t]+work|market[ \t]+access"
    r"|medical[ \t]+affairs|patient[ \t]+services"
    r"|(?:prior[ \t]+)?auth(?:orization|orisation)?s?))\b"
)
# Whom a clinical service is booked with works there: "PT eval scheduled with Janet",
# "OT session booked with Priya" (a patient is booked, not booked with).
_BOOKED_WITH_RE = re.compile(
    r"\b(?i:eval|evaluation|assessment|session|consult|consultation|appt|appointment|visit"
    r"|therapy|intake)[ \t]+(?:is[ \t]+|was[ \t]+)?(?i:scheduled|booked|set[ \t]+up|arranged)"
    rf"[ \t]+with[ \t]+(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)"
)
# A clinician named by whose staff someone is: "Tobias Varga's office", "Ann Roe's MA", and
# "X's nurse Y, RN" (a patient has no office, nor a credentialed nurse of their own named so).
_EMPLOYER_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)['’]s[ \t]+"
    r"(?:(?:office|practice)(?:[ \t]+manager)?\b|(?:secretary|receptionist|scheduler|MA|PA"
    r"|front[ \t]+desk|staff)\b"
    rf"|(?:nurse|pharmacist)[ \t]+{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?[ \t]*,[ \t]*"
    r"(?:RN|NP|LPN|PharmD|RPh|CNS)\b)"
)
_EMPLOYER_HINT_RE = re.compile(
    r"['’]s[ \t]+(?:office|practice|secretary|receptionist|scheduler"
    r"|MA|PA|front|staff|nurse|pharmacist)\b"
)
_STAFF_FROM_WORDS = frozenset(("from", "of", "at", "in"))
_STAFF_PLACE_WORDS = frozenset(
    """office team desk department dept hub pharmacy company agency billing scheduling reception
    access support services insurance insurer management mgmt speech nutrition work
    affairs auth authorization authorisation auths""".split()
)
_ROLE_AFTER_WORDS = frozenset(
    """nurse cns gp msl kam rep pharmacist hospitalist intensivist registrar consultant resident
    fellow attending midwife np rn pa ma lpn receptionist scheduler manager worker coordinator
    navigator staff""".split()
)


# A practice's staff named beside their role: "the office manager, Mary Hulse", "Mary Hulse is
# our office manager", "X was Dr. Okafor's scheduler". A copula takes only a role the note's
# own side owns (our, their, a clinician's): "she is the office manager" may be the patient's
# job.
_STAFF_ROLE = (
    r"(?i:(?:office|practice|clinic|nurse|case)[ \t]+manager|social[ \t]+worker|receptionist"
    r"|scheduler|secretary|coordinator|navigator|front[ \t]+desk|(?:office|practice)[ \t]+staff)"
)
# (the word every _STAFF_ROLE ends on, a run of letters)
_STAFF_ROLE_WORDS = frozenset(
    "manager worker receptionist scheduler secretary coordinator navigator desk staff".split()
)
_STAFF_OWNER = rf"(?:our|their|(?:Dr|Dra|Drs)\.?[ \t]+{_CAP_TOKEN}['’]s)"
_STAFF_ROLE_RE = re.compile(
    rf"\b(?:the|{_STAFF_OWNER})[ \t]+{_STAFF_ROLE},[ \t]*"
    rf"(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)"
    rf"|(?<![\w'’-])(?P<b>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+(?:is|was)[ \t]+"
    rf"{_STAFF_OWNER}[ \t]+{_STAFF_ROLE}\b"
)


# An organisation's contact person is its staff: "Good Health Laboratory contact William
# Beaker", "the pharmacy liaison Ana Ortiz".
_ORG_CONTACT_RE = re.compile(
    r"\b(?i:laboratory|lab|labs|pharmacy|clinic|hospital|practice|office|insurer|insurance"
    r"|company|agency|hub|distributor|wholesaler|site)[ \t]+(?i:contact|liaison|rep"
    rf"|representative)[ \t]*:?[ \t]+(?P<a>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)"
)
_ORG_CONTACT_WORDS = frozenset("contact liaison rep representative".split())
_BOOKED_WORDS = frozenset("scheduled booked set arranged".split())
_PATIENT_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?i:pt|patient)[ \t]*\)")


# A titled person who is the patient: a birth date or home right after the name ("Dr.
# Katharina Leitner, * 23.11.1992, wohnhaft ...", "Mag. Dr. X, geb. 1.2.1960"), or a patient's
# word right before the title ("Bei Ihrem Pat. Dr. Daniel Jenninger", "A beteg, dr. Kovács
# András", "Pacjent: dr Jan Nowak"), or a patient's field whose value it opens ("Beteg neve:
# dr. Kovács Andrásné": in Hungary, Austria, Czechia "dr." is a title many lawyers, economists
# and others hold, so the field's or the sentence's role decides, failing closed). No
# clinician is introduced with any of these.
_BIRTH_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:\*[ \t]*\d|\((?:\*|geb\.?|b\.|born|DOB)[ \t]*\d"
    r"|(?i:geb|geboren|born|DOB|d\.o\.b|nacid[oa]|n[ée]e?)\b\.?[ \t:]*(?:am[ \t]+)?\d"
    r"|(?i:wohnhaft|wh\.))"
)
_PATIENT_BEFORE_TITLE_RE = re.compile(
    r"\b(?:Pat|Pt|pt|Patient(?:in|en)?|patient|Paciente|paciente|Patiënt|patiënt"
    r"|[Bb]eteg(?:ünk)?|[Pp]áciens|[Pp]a[cz]ient(?:ka|ce|ki|em)?|[Pp]acjent(?:ka|ki|ce|a)?"
    r"|[Hh]asta|[Пп]ациент(?:ка|а|у)?|[Pp]aziente|[Uu]tente|[Dd]oente)\.?[ \t]*[,:]?[ \t]*$"
)


# Who holds a doctor's title without treating anyone: lawyers and notaries ("A beteg
# ügyvédje, dr. Balogh Zsuzsa": the patient's lawyer), before the title or after the name.
_NOT_CLINICAL_ROLE = (
    r"(?i:ügyvéd\w*|közjegyző\w*|jogász\w*|lawyer|attorney|solicitor|notary|notaire|avocat\w*"
    r"|abogad[oa]s?|advogad[oa]s?|avvocat[oa]|rechtsanw[aä]lt\w*|anw[aä]lt\w*|notar\w*"
    r"|advok[aá]t\w*|adwokat\w*|mecenas)"
)
_NOT_CLINICAL_BEFORE_RE = re.compile(rf"\b{_NOT_CLINICAL_ROLE}[ \t]*[,:]?[ \t]*$")
_NOT_CLINICAL_AFTER_RE = re.compile(rf"[ \t]*,?[ \t]*{_NOT_CLINICAL_ROLE}\b")


def _titled_patient(text: str, start: int, end: int) -> bool:
    return (
        _BIRTH_AFTER_RE.match(text, end) is not None
        or _NOT_CLINICAL_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        or _NOT_CLINICAL_AFTER_RE.match(text, end) is not None
        or _PATIENT_BEFORE_TITLE_RE.search(text, max(0, start - 14), start) is not None
        or person_field_at(text, start)
    )


def hcp_spans(
    text: str, words: frozenset[str] | None = None, runs: frozenset[str] | None = None
) -> list[Span]:
    """Clinicians' and staff members' names, and the surnames joined to them ("Dr. Okafor and
    Patel": a surname alone beside a clinician is a colleague's); ``runs``: the note's folded
    runs of letters (spans.letter_runs)."""
    words = words_of(text) if words is None else words
    runs = letter_runs(folded(text)) if runs is None else runs
    spans = _hcp_spans(text, words, runs)
    if spans and (" and " in text or "&" in text):
        spans += _joined_colleagues(text, spans)
    if "both" in words or "all" in words:
        for m in _BOTH_CLINICIANS_RE.finditer(text):
            spans += [
                Span(i.start(), i.end(), "HCP")
                for i in _CAP_RE.finditer(text, m.start(), m.end("list"))
            ]
    return spans


# "Dr. Okafor and Patel", "Nurses Adeyemi & Larsen": one capitalised word after the join.
_COLLEAGUE_RE = re.compile(
    rf"(?P<join>[ \t]+(?:and|&))?[ \t]+(?P<a>{_NAME_WORD})(?![ \t]+{_CAP_TOKEN})"
)
# "Moreno and Castillo, both MDs": names joined, then what they all are.
_BOTH_CLINICIANS_RE = re.compile(
    rf"(?<![\w'’-])(?P<list>{_CAP_TOKEN}(?:[ \t]*,[ \t]*{_CAP_TOKEN})*[ \t]+(?:and|&)[ \t]+"
    rf"{_CAP_TOKEN}),?[ \t]+(?:both|all)[ \t]+(?:(?:MD|DO|RN|NP|PA|PharmD)s|nurses|doctors"
    r"|physicians|pharmacists|surgeons|clinicians|[a-z]*ologists|[a-z]*iatrists)\b"
)
_CAP_RE = re.compile(_CAP_TOKEN)


def _joined_colleagues(text: str, spans: list[Span]) -> list[Span]:
    """A surname joined to a clinician ("Dr. Okafor and Patel"); a given name there may be the
    patient's ("Dr. Umeh and Janet discussed the copay card": fail closed), unless a plural
    role named them all ("Midwives Aroha and Kiri")."""
    out = []
    for s in spans:
        m = _COLLEAGUE_RE.match(text, s.end)
        # the clinician's match may have taken the "and" ("Dr. Ferreira and")
        joined = m is not None and (
            m.group("join") is not None or text[s.start : s.end].endswith((" and", "&"))
        )
        if m is None or not joined or _clean(m.group("a")).title() in _NEVER:
            continue
        given = _clean(m.group("a")).title() in name_lists()[0]
        if given and not _PLURAL_ROLE_BEFORE_RE.search(text, max(0, s.start - 30), s.start):
            continue
        out.append(Span(m.start("a"), m.end("a"), "HCP"))
    return out


# A signature's clinician: titled ("Signature: Dr. Ama Owusu") or credentialed ("Jane Doe, RN",
# "Tyler Brooks, MS, CEP").
# (two capitals at least, as credentials write them: "RN", "PharmD", "MSc", "FNP-BC"; not
# "Thanks")
_SIGNED_CREDENTIAL_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:[A-Z][a-z]{0,4}){2,4}(?:-[A-Z]{1,3})?|M\.D\.)(?![\w'’-])"
)


def _signed_as_clinician(text: str, after: re.Match[str]) -> bool:
    return (
        text[after.start() : after.start("a")].strip() != ""
        or _SIGNED_CREDENTIAL_RE.match(text, after.end("a")) is not None
    )


_PLURAL_ROLE_BEFORE_RE = re.compile(
    r"\b(?i:nurses|pharmacists|midwives|therapists|doctors|drs|physicians|surgeons"
    r"|[a-z]*ologists|[a-z]*iatrists)\.?[ \t]+$"
)


def _hcp_spans(text: str, words: frozenset[str], runs: frozenset[str]) -> list[Span]:
    spans: list[Span] = []
    if ("(" in text or "," in text) and (
        not words.isdisjoint(_ROLE_AFTER_WORDS)
        or "olog" in text
        or ("(" in text and _BRACKET_CREDENTIAL_RE.search(text) is not None)
    ):
        for role in _ROLE_AFTER_RE.finditer(text):
            start = role.start("a")
            # "with maria lopez, rn": a lower-case given name goes with its surname
            if role.group("g") and role.group("g").strip().title() not in name_lists()[0]:
                start = role.end("g")
            if _clean(text[start : role.end("a")].split()[0]).title() not in _NEVER:
                spans.append(Span(start, role.end("a"), "HCP"))
    if not words.isdisjoint(_STAFF_FROM_WORDS) and not words.isdisjoint(_STAFF_PLACE_WORDS):
        for staff in _overlapping(_STAFF_FROM_RE, text):
            # every word of the name reads as one ("Mary Hulse at the front desk": listed
            # words, or no everyday word)
            if all(_usable(w, ()) and not everyday(w) or listed(w) for w in staff["a"].split()):
                spans.append(Span(staff.start("a"), staff.end("a"), "HCP"))
    if ("(" in text or "," in text) and (
        not words.isdisjoint(_ROLE_AFTER_OTHER_WORDS)
        or any(w.endswith(("arzt", "ärztin")) for w in words)
    ):
        for role in _ROLE_AFTER_OTHER_RE.finditer(text):
            start = role.start("a")
            if _PATIENT_WORD_BEFORE_RE.search(text, max(0, start - 12), start):
                continue
            if _clean(role.group("a").split()[0]).title() not in _NEVER:
                spans.append(Span(role.start("a"), role.end("a"), "HCP"))
    if (not words.isdisjoint(_ROLE_AFTER_WORDS) or "secretary" in words) and not runs.isdisjoint(
        _STAFF_ROLE_WORDS
    ):
        for m in _STAFF_ROLE_RE.finditer(text):
            g = "a" if m.group("a") is not None else "b"
            if _clean(m.group(g).split()[0]).title() not in _NEVER:
                spans.append(Span(m.start(g), m.end(g), "HCP"))
    if not words.isdisjoint(_ORG_CONTACT_WORDS):
        for m in _ORG_CONTACT_RE.finditer(text):
            if _clean(m.group("a").split()[0]).title() not in _NEVER:
                spans.append(Span(m.start("a"), m.end("a"), "HCP"))
    if "with" in words and not words.isdisjoint(_BOOKED_WORDS):
        spans += [Span(m.start("a"), m.end("a"), "HCP") for m in _BOOKED_WITH_RE.finditer(text)]
    if ("'" in text or "’" in text) and _EMPLOYER_HINT_RE.search(text):
        spans += [Span(m.start("a"), m.end("a"), "HCP") for m in _EMPLOYER_RE.finditer(text)]
    credentials = not words.isdisjoint(CREDENTIAL_WORDS) or (
        "," in text and _COMMA_CREDENTIAL_HINT_RE.search(text) is not None
    )
    # (a clinician's label of another language: "Лечащий врач:", "Sorumlu Hekim:")
    labels = ":" in text and not words.isdisjoint(CLINICIAN_WORDS)
    if (
        credentials
        or labels
        or not words.isdisjoint(_HCP_WORDS)
        or "i.A." in text
        or "i. A." in text
        or any(w.endswith(_HCP_ENDINGS) for w in words)
    ):
        fold = folded(text)
        hcp_re = (
            _HCP_RE
            if any(e in fold for e in _HCP_ENDINGS_READ)
            else _HCP_LEAN_RE
            if _other_language_roles(fold, runs)
            else _HCP_ENGLISH_RE
        )
        spans += [
            Span(m.start("a"), m.end("a"), "HCP")
            for m in hcp_re.finditer(text)
            if not _titled_patient(text, m.start(), m.end("a"))
        ]
        spans += [Span(m.start("a"), m.end("a"), "HCP") for m in _PCP_RE.finditer(text)]
        colon = text.find(":")
        while colon >= 0:
            before = _ROLE_BEFORE_RE.search(text, max(0, colon - 40), colon)
            if before or (labels and CLINICIAN_BEFORE_RE.search(text, max(0, colon - 40), colon)):
                after = _AFTER_ROLE_RE.match(text, colon + 1)
                # "Cc: Oksana Hrytsenko (patient), Dr. ...": the copy goes to the patient too
                if (
                    after is not None
                    and not _PATIENT_AFTER_RE.match(text, after.end("a"))
                    and not _copied_patient(text, colon, after)
                    and not (
                        before and before.group("sig") and not _signed_as_clinician(text, after)
                    )
                ):
                    spans.append(Span(after.start("a"), after.end("a"), "HCP"))
            colon = text.find(":", colon + 1)
    if not words.isdisjoint(_SPECIALIST_WORDS) or any(
        w.endswith(_SPECIALIST_ENDINGS) for w in words
    ):
        for m in _SPECIALITY_RE.finditer(text):
            b = _NAME_BEFORE_SPECIALITY_RE.search(text, max(0, m.start() - 60), m.start())
            # "Paciente Luis Gómez, médico jubilado": the patient's word says whose name it is
            if b is not None and not _PATIENT_BEFORE_NAME_RE.search(
                text, max(0, b.start("a") - 12), b.start("a")
            ):
                spans.append(Span(b.start("a"), b.end("a"), "HCP"))
    if not credentials:
        return spans
    given = census_lists()[0]
    for m in _CREDENTIAL_RE.finditer(text):
        lo = max(0, m.start() - 40)
        # A credential opening a line that goes on ("PA form page 2") is not the previous
        # line's name's; one alone on its line is (a signature's "Jane Roe\nRN").
        if "\n" in text[lo : m.start()].lstrip() and not _LINE_END_RE.match(text, m.end()):
            lo = text.rfind("\n", lo, m.start()) + 1
        b = _BEFORE_CREDENTIAL_RE.search(text[lo : m.start()].rstrip(" \t,"))
        if b is not None:
            start = lo + b.start()
            # a listed given name before two more words: "James Cafasso Ash, MD", "Mary
            # Ellen Hart, RN" (not a patient's word: "Patient Ana Ruiz RN" keeps "Patient")
            before = _GIVEN_BEFORE_RE.search(text, max(0, start - 16), start)
            if before is not None and " " in text[start : lo + b.end()]:
                start = before.start(1) if before.group(1) in given else start
            spans.append(Span(start, lo + b.end(), "HCP"))
    return spans


_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")
# What after a name on a letter's copy line says the copy goes to the patient: the home
# address ("cc: Ceri Hughes, 22 Bryn Road") or the word ("Mr Huw Bevan, Patient").
COPIED_PATIENT_AFTER_RE = re.compile(
    r"[ \t]*(?:[,(-][ \t]*(?:\d|(?i:the[ \t]+)?(?i:pt|patient)\b)|\n[ \t]*\d+[ \t]+[A-Z])"
)
_CC_BEFORE_RE = re.compile(r"\b(?i:b?cc|copy[ \t]+to|copies[ \t]+to)[ \t]*$")
_COURTESY_TITLE_RE = re.compile(r"[ \t\n]*(?:Mr|Mrs|Ms|Miss|Mx)\b")


def _copied_patient(text: str, colon: int, after: re.Match[str]) -> bool:
    """Whether a letter's copy line sends the copy to the patient: a courtesy title and no
    clinician's ("cc:\nMrs Margaret Phillips"), or a home address or the word after the name
    ("cc: Ceri Hughes, 22 Bryn Road"), or a bare name in a letter to the patient
    (``bare_copy``). A GP, a Dr or a practice on that line stays."""
    if not _CC_BEFORE_RE.search(text, max(0, colon - 12), colon):
        return False
    return (
        _COURTESY_TITLE_RE.match(text, colon + 1) is not None
        or COPIED_PATIENT_AFTER_RE.match(text, after.end("a")) is not None
        or bare_copy(text, colon + 1, after.end("a"))
    )


# A letter written to the patient: a courtesy-titled salutation ("Dear Mrs Hughes,"; a
# colleague is "Dear Dr ..."), or a subject line about the reader's own care ("Re: your
# appointment").
_PATIENT_LETTER_RE = re.compile(
    r"(?m)^[ \t]*(?:Dear[ \t]+(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z]|Re[ \t]*:[ \t]*(?i:your)\b)"
)
# What may follow a bare name on its copy line: nothing, or the next addressee's title.
_BARE_COPY_END_RE = re.compile(
    r"[ \t]*(?:$|[;,][ \t]*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\b)", re.M
)


def bare_copy(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` stands bare on a copy line ("cc: Ceri
    Hughes") of a letter written to the patient: no clinician's title before it, nothing after
    it on the line (no role, credential or practice: "cc: Sian Evans, Practice Nurse", "cc:
    Owain Price MRCP"). The letter goes to the patient, its copy to the patient's home or a
    relative: a bare name there is theirs (fail closed; e-mail copy lines in a rep's notes,
    with no such letter around them, stay colleagues)."""
    if _TITLE_BEFORE_COPY_RE.match(text, start) is not None:
        return False
    return _BARE_COPY_END_RE.match(text, end) is not None and (
        _PATIENT_LETTER_RE.search(text) is not None
    )


_TITLE_BEFORE_COPY_RE = re.compile(
    r"[ \t]*(?:Dr|Prof|Professor|Sister|Nurse|Matron|Consultant)\b\.?"
)
_COPY_LINE_RE = re.compile(
    r"(?im)^[ \t]*b?cc[ \t]*:[ \t]*(?P<a>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)


def copied_patients(text: str) -> list[Span]:
    """The bare names on a patient letter's copy lines (``bare_copy``)."""
    return [
        Span(m.start("a"), m.end("a"), "PATIENT-NAME")
        for m in _COPY_LINE_RE.finditer(text)
        if bare_copy(text, m.start("a"), m.end("a"))
    ]


_GERMAN_TITLE_RE = re.compile(r"(?:Herr|Herrn|Frau|Hr\.|Fr\.)[ \t]")


def _german_titled(text: str, span: Span) -> Span:
    """The name after Herr/Frau: an initial with its full stop ("Herr S."), and without the
    words after its first that are German nouns, capitalised as German writes every noun
    ("Herr Roth Anfang Dezember", "Herr M. Anfang Dezember")."""
    end = span.end
    for m in reversed(list(re.finditer(r"\S+", text[span.start : span.end]))):
        if m.start() == 0 or not foreign(m.group()) or _clean(m.group()) in name_lists()[1]:
            break
        end = span.start + m.start()
    end = span.start + len(text[span.start : end].rstrip())
    if end - span.start == 1 and text.startswith(".", end):
        end += 1
    return Span(span.start, end, span.type)


# A Swiss or German chart's "SURNAME Given": the surname in capitals (particles, hyphens and
# apostrophes inside) opening a line, then given names the lists know, then the field's end or
# the sentence going on in lower case: "STEINER-GRAF Ursula hat ...", "DOS SANTOS Anna".
_CAPS_FIRST_HINT_RE = re.compile(r"(?m)^[ \t]*[A-ZÄÖÜ][A-ZÄÖÜ'’-]+[ \t]+(?:[A-ZÄÖÜ]{2}|[A-Z][a-z])")
_CAPS_FIRST_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>(?P<s>(?:(?:VON|VAN|DE|DOS|DA|DI|DEL|DU|LE|LA)[ \t]+)?"
    r"[A-ZÄÖÜ][A-ZÄÖÜ'’]+(?:-[A-ZÄÖÜ][A-ZÄÖÜ'’]*)*(?:[ \t]+[A-ZÄÖÜ]{2}[A-ZÄÖÜ'’-]*)?)"
    r"(?P<g>(?:[ \t]+[A-ZÄÖÜ][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?){1,3}))"
    r"(?=[ \t]*(?:$|[,;(])|[ \t]+[a-zäöüß])"
)


def _caps_first_names(text: str, first: frozenset[str], last: frozenset[str]) -> Iterator[Span]:
    """Names in the "SURNAME Given" order of Swiss and German charts: each part of the surname
    a listed surname or a word of no language the lists know ("OUTOFVOC"), each given name a
    listed one (so "MRI Brain", "CT Thorax", "BEFUND Anna" stay)."""
    for m in _CAPS_FIRST_RE.finditer(text):
        # (one letter before an apostrophe is an elided particle: "D'XYZ")
        parts = [
            p
            for p in re.split(r"[ \t'’-]+", m.group("s"))
            if len(p) > 1 and p.lower() not in _PARTICLES
        ]
        if not parts or not all(
            p.title() in last or (not everyday(p) and not foreign(p)) for p in parts
        ):
            continue
        if not any(p.title() in last or len(p) >= 4 for p in parts):
            continue
        if all(g in first for g in m.group("g").split()):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


# A given name and the initial of a surname with its full stop: "Laura K. mentioned ...".
_INITIAL_AFTER_RE = re.compile(r"[ \t]+[A-Z]\.(?![\w'’.])")


def find_names(
    text: str,
    keep: Container[str] = frozenset(),
    hcps: list[Span] | None = None,
    words: frozenset[str] | None = None,
    layout: Collection[Span] = (),
    runs: frozenset[str] | None = None,
    shared: Collection[str] = (),
) -> Iterator[Span]:
    """Names found by cue, label, list or shape. ``layout``: names the caller found from the
    note's layout (prepcli.phi.fields), so later mentions of them go too; ``runs``: the note's
    folded runs of letters (spans.letter_runs); ``shared``: first names a role gives a
    clinician (prepcli.phi.role_names), off limits only where named so."""
    first, last = name_lists()
    words = words_of(text) if words is None else words
    fold = folded(text)
    runs = letter_runs(fold) if runs is None else runs
    hcps = hcp_spans(text, words, runs) if hcps is None else hcps
    # Every word of a clinician's name in this note, and the caller's words (one word each:
    # the HCP table can be long, so it is only ever looked up), are off limits.
    blocked = AnyOf(
        keep, {_clean(w) for h in hcps for w in text[h.start : h.end].split()} - set(shared)
    )

    def free(span: Span) -> bool:
        return not any(span.start < h.end and h.start < span.end for h in hcps)

    found: list[Span] = [s for s in layout if free(s)]
    patterns = [
        rx
        for rx, wanted in (
            (_LABEL_RE, (":" in text or "-" in text) and not words.isdisjoint(_LABEL_WORDS)),
            (_SIGN_OFF_RE, "\n" in text),
            (_SIGNATURE_RE, "\n\n" in text or "\n \n" in text),
            (_SIGNATURE_LABEL_RE, "signature" in words),
            (_BEFORE_ID_RE, "(" in text and _PAREN_ID_RE.search(text) is not None),
            (_BEFORE_RELATIVE_RE, "(" in text and _PAREN_ROLE_RE.search(text) is not None),
            (_NICK_BETWEEN_RE, "(" in text),
            (_HONORIFIC_SUFFIX_RE, any(s in text for s in _HONORIFIC_SUFFIXES)),
            (_SURNAME_INITIALS_RE, "." in text and _INITIALS_HINT_RE.search(text) is not None),
            (
                _OWNER_RE,
                not words.isdisjoint(_OWNER_WORDS)
                or "*" in text
                or _AGE_HINT_RE.search(text) is not None,
            ),
            (_OWNS_RELATIVE_RE, "s " in text and _OWNS_HINT_RE.search(text) is not None),
            (_BORN_RE, "born" in words),
            (_GOES_BY_RE, "goes" in words or "went" in words),
            (
                _BEFORE_PHONE_RE,
                any(cue in fold for cue in _PHONE_CUES) and _DIGIT_RE.search(text) is not None,
            ),
            (_TITLE_RE, not words.isdisjoint(_TITLE_WORDS)),
            (_CUE_RE, not words.isdisjoint(_CUE_WORDS) and _cue_possible(fold, runs)),
            (_GREETING_RE, not words.isdisjoint(_GREETING_WORDS)),
            (_SPEAKER_RE, ":" in text),
            (_SAID_RE, not words.isdisjoint(_SAID_WORDS)),
        )
        if wanted
    ]
    kin_cues = not runs.isdisjoint(RELATIVE_WORDS)
    cue_re = (
        _CUE_RE
        if kin_cues and _named_cue(fold, runs)
        else (_CUE_KIN_ONLY_RE if kin_cues else _CUE_NAMED_ONLY_RE)
    )
    for rx in patterns:
        for m in _overlapping(cue_re if rx is _CUE_RE else rx, text):
            # a relative is family even where a clinician of the note shares the surname
            # ("Dr. Wilson ... grandmother Donna Wilson")
            kin = rx is _CUE_RE and RELATIVE_RE.match(m.group()) is not None
            span = _trim(text, m.start("name"), m.end("name"), keep if kin else blocked)
            if span is None or not free(span):
                continue
            word = _clean(text[span.start : span.end].split()[0])
            # Lower- or upper-case text after a family cue is a name only if the first-name
            # list knows it: "son rob", "BROTHER MICHAEL", but not "wife at bedside".
            if rx is _CUE_RE and romance_son(m.group(), words):
                continue
            weak = rx is _CUE_RE and (not word[:1].isupper() or word.isupper())
            kin_given = word[:1].isupper() and word.title() in _KIN_GIVEN
            if (
                weak
                and word.title() not in first
                and not (kin_given and RELATIVE_RE.match(m.group()))
                and not _relative_nickname(m, word)
            ):
                continue
            # capitals after a relative with no vowel, or a family history's abbreviation where
            # the relative is not in capitals, are the history ("Father: MI at 60", "FATHER
            # HTN"); any other short capitals are the given name they spell ("Sister: JO",
            # "wife JAN"): a guess that kept them would show a name
            if (
                weak
                and word.isupper()
                and (
                    not _VOWEL_RE.search(word)
                    or (word in _HISTORY_ABBREVIATIONS and not m.group()[:2].isupper())
                )
            ):
                continue
            if rx is _CUE_RE and RELATIVE_RE.match(m.group()):
                # "Mother: Migraine headaches" is a family history, not a mother's name: after
                # a relative a name must be one the lists know, a given name after a colon.
                colon = ":" in text[m.start() : m.start("name")]
                head = word.split("-")[0].title()
                names = text[span.start : span.end].split()
                # a listed word, or a middle initial: "nephew Frodo Ansilon F. Baggins"
                full = (
                    len(names) > 1
                    and all(w[:1].isupper() for w in names)
                    and (
                        any(listed(w) for w in names)
                        or any(_MIDDLE_INITIAL_RE.fullmatch(w) for w in names[1:-1])
                    )
                )
                # a close relative's given name in running text, listed or not: "daughter Emi"
                family = (
                    not colon
                    and word[:1].isupper()
                    and not word.isupper()
                    and word.title() not in _WORDLIKE
                    and _FAMILY_RE.match(m.group()) is not None
                )
                if (
                    head not in first
                    and not kin_given
                    and not full
                    and not family
                    and (colon or head not in last)
                ):
                    continue
            if rx is _LABEL_RE and (
                not plausible_name(text, span, field=True) or DOSE_AFTER_RE.match(text, span.end)
            ):
                continue
            # A speaker label ("Nicole: Remember me?") is a name only if it is a listed given
            # name; after "says" every word must be a listed name ("says Iwase", not "says
            # Monday"), as the cue is weak.
            if rx is _SPEAKER_RE and word not in first:
                continue
            if rx is _NICK_BETWEEN_RE and not _nickname(m, first):
                continue
            if rx is _SURNAME_INITIALS_RE and word not in last:
                continue
            if rx in (_SIGN_OFF_RE, _BEFORE_ID_RE) and not listed(word):
                continue
            if rx is _SIGNATURE_RE and (
                word.isupper() or word.title() not in first or word.title() in _WORDLIKE
            ):
                continue
            # (a word is the signature's state: "Signature: Pending", "Signature: Ok")
            if rx is _SIGNATURE_LABEL_RE and (
                word.isupper() or len(word) < 3 or word.title() not in first or everyday(word)
            ):
                continue
            # "callback for mrs V.": one letter names nobody; but a German report's "Herr S."
            # and "Frau M." name its patient by the initial, as it does throughout
            if (
                rx is _TITLE_RE
                and len(_clean(text[span.start : span.end])) < 2
                and not elided_surname(text[span.start : span.end])
                and not (_GERMAN_TITLE_RE.match(m.group()) and text.startswith(".", span.start + 1))
            ):
                continue
            if rx is _TITLE_RE and _GERMAN_TITLE_RE.match(m.group()):
                span = _german_titled(text, span)
            # "MS data", "MS patients": in capitals MS is the disease before a lower-case word
            # ("MS SMITH", "MS Smith" stay titles)
            if rx is _TITLE_RE and m.group().startswith("MS") and word[:1].islower():
                continue
            if rx in (
                _OWNER_RE,
                _BEFORE_PHONE_RE,
                _BEFORE_RELATIVE_RE,
                _OWNS_RELATIVE_RE,
                _BORN_RE,
                _GOES_BY_RE,
            ):
                named = text[span.start : span.end].split()
                # "Caregiver phone 312...": a role, not a name.
                if any(RELATIVE_RE.fullmatch(_clean(w)) for w in named):
                    continue
                # "Kiri's mum": an unlisted name owning a close relative is a name too
                close = rx is _OWNS_RELATIVE_RE and _CLOSE_FAMILY_RE.search(m.group()) is not None
                # "Anahera (12)", "Emre, 41": one word no list knows is a name there when it
                # is no everyday word ("Cycle (2)")
                rare = (
                    rx in (_OWNER_RE, _BEFORE_RELATIVE_RE)
                    and len(word) > 2
                    and not word.isupper()
                    and not common(word)
                )
                if len(named) < 2 and not listed(word) and not close and not rare:
                    continue
            if rx is _SAID_RE and not all(
                _clean(w) in first or _clean(w) in last for w in text[span.start : span.end].split()
            ):
                continue
            found.append(span)
    found += _listed_together(text, blocked, free)
    found += [s for s in _lower_pairs(text, first, blocked, keep) if free(s)]
    if not words.isdisjoint(_LOWER_TITLES):
        found += [s for s in _titled_lower_names(text, blocked) if free(s)]
    if " is a" in text or " is an" in text:
        for m in _AGE_INTRO_RE.finditer(text):
            span = _trim(text, m.start("name"), m.end("name"), blocked)
            if (
                span is not None
                and free(span)
                and all(_usable(w, blocked) for w in text[span.start : span.end].split())
            ):
                found.append(span)
    if "." in text:
        for m in _INITIALS_SURNAME_RE.finditer(text):
            span = Span(m.start(), m.end(), "PATIENT-NAME")
            surname = m.group("s").split("-")[0]
            if not free(span) or not _usable(surname, blocked):
                continue
            if not m.group("p") and surname not in last:
                continue
            # "A. Record date": one letter opening a line or sentence is an outline's item.
            if (
                not m.group("p")
                and m.start("s") - m.start() <= 3
                and sentence_start(text, m.start())
                and not _NAME_GOES_ON_RE.match(text, m.end())
            ):
                continue
            found.append(span)
    if _CAPS_FIRST_HINT_RE.search(text):
        found += [s for s in _caps_first_names(text, first, last) if free(s)]
    if "病" in text or "患" in text or "案" in text:
        found += [
            Span(m.start("name"), m.end("name"), "PATIENT-NAME")
            for m in _HAN_NAME_RE.finditer(text)
        ]
    if "(" in text:
        found += aliases(text, found, free)
    for m in _sequences(text):
        tokens = m.group().split()
        head = _clean(tokens[0])
        # Chinese, Korean and Vietnamese names put the surname first: "Zhang San".
        surname_first = head in _SURNAMES_FIRST and len(tokens) > 1
        # "Sven-Erik", "Jean-Pierre", "Anne-Marie": a given name of listed given names
        hyphenated = "-" in head and all(p in first for p in head.split("-"))
        # "Ruby Hassan", "Grace Obi": a given name that is also a word, before a listed
        # surname that is none
        wordlike = (
            head in _WORDLIKE_NAMES
            and len(tokens) == 2
            and _clean(tokens[1]) in last
            and _clean(tokens[1]) not in _WORDLIKE
            and not tokens[1].isupper()
        ) or (
            # "a 70yo male, Frank L., presented": the surname's initial with its full stop
            head in _WORDLIKE_NAMES
            and len(tokens) == 2
            and _INITIAL_AFTER_RE.match(" " + tokens[1]) is not None
            and _INITIAL_AFTER_RE.match(text, m.start() + len(tokens[0])) is not None
        )
        if (
            head not in first and not surname_first and not hyphenated and not wordlike
        ) or head in blocked:
            continue
        if any(_clean(w).title() in _INSTITUTION for w in tokens[1:]):
            continue  # "Mercy St. Vincent", "Grace Hospital": a place, not a person
        if _SAINT_RE.search(text, max(0, m.start() - 7), m.start()):
            continue  # St. Luke's, Saint Mary: an institution
        span = _trim(text, m.start(), m.end(), blocked)
        if span is None or not free(span):
            continue
        single = _single(text, span)
        # A given name opening a sentence is one when a verb in lower case follows ("Enrico
        # shouted at Gary"); capitalised words follow headings and labels ("Grace Period").
        if single and (
            head.isupper()
            or head in country_names()
            or _demonym(head)
            or (
                sentence_start(text, span.start)
                and not _VERB_AFTER_RE.match(text, span.end)
                and not _INITIAL_AFTER_RE.match(text, span.end)
            )
        ):
            continue
        found.append(span)
    yield from found
    yield from _more_of_the_same(text, found, first, blocked)


# A line holding only a name, as in a signature or a contact block.
_NAME_LINE_RE = re.compile(
    rf"(?m)^[ \t>]*(?P<name>{_TOKEN}(?:[ \t]+{_INIT})?(?:[ \t]+{_TOKEN}){{1,2}})[ \t]*$"
)


# "MRN 5512 - Kowalczyk", "ID 7731 / Brandt, Ute": a name closing the field after a number.
_AFTER_ID_RE = re.compile(
    rf"[ \t]*(?:[-–/|]|\([A-Z]{{2,5}}\)[ \t]*[-–/])[ \t]*(?P<name>{_CAP_TOKEN}"
    rf"(?:,?[ \t]+{_CAP_TOKEN}){{0,2}})(?=[ \t]*(?:$|\n|[,;|)]))"
    # set off by commas: "patient #70214433, Harper Quinn, from the ED" (two or three words)
    rf"|[ \t]*,[ \t]*(?P<apposed>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{1,2}})(?=[ \t]*[,;)])"
    # "Surname, Given" in brackets or after a space, up to a dash or the end: the comma and
    # the place say name as clearly as a dash does
    rf"|[ \t]*\(?[ \t]*(?P<comma>{_CAP_TOKEN},[ \t]*{_CAP_TOKEN})"
    r"(?=[ \t]*(?:$|\n|\)|[ \t][-–][ \t]))"
)
# A maiden name: "mother's maiden name Jones", "her maiden name is nyberg".
_MAIDEN_RE = re.compile(
    rf"(?i:\bmaiden[ \t]+name)(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*(?P<name>{_TOKEN})"
)


def names_after_ids(text: str, identifiers: list[Span], blocked: Container[str]) -> Iterator[Span]:
    """The name right after a record or national number, closing its field, and a maiden
    name after its label (in any case if a list knows it)."""
    for s in identifiers:
        if s.type not in ("MRN", "SSN"):
            continue
        m = _AFTER_ID_RE.match(text, s.end)
        if m is None:
            continue
        group = next(g for g in ("name", "apposed", "comma") if m.group(g) is not None)
        words = m.group(group).replace(",", " ").split()
        # set off by commas only, a name must be one the lists know ("#4471, Pediatrics Ward,")
        if group == "apposed" and not (listed(words[0]) or listed(words[-1])):
            continue
        if all(_usable(w, blocked) and _clean(w).title() not in _INSTITUTION for w in words):
            yield Span(m.start(group), m.end(group), "PATIENT-NAME")
    if "maiden" in text.lower():
        for m in _MAIDEN_RE.finditer(text):
            word = m.group("name")
            if _usable(word, blocked) and (word[:1].isupper() or listed(word)):
                yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def contact_block_names(
    text: str, identifiers: list[Span], blocked: Container[str]
) -> Iterator[Span]:
    """A line holding only two or three words, one of them a listed name, right above an
    address, phone number or e-mail ("Duqyaha Karataev\n\n3657 Laukaantie 80 ..."): the name of
    whoever those belong to."""
    if not identifiers or "\n" not in text:
        return
    first, last = name_lists()
    starts = sorted(s.start for s in identifiers)
    for m in _NAME_LINE_RE.finditer(text):
        nxt = next((s for s in starts if s >= m.end()), None)
        if nxt is None or text.count("\n", m.end(), nxt) > 4:
            continue
        words = [_clean(w) for w in m.group("name").split()]
        if not all(w and _usable(w, blocked) and w.title() not in _INSTITUTION for w in words):
            continue
        if occupation(words[-1]) or clinical_role(words[-1]):
            continue  # "retired carpenter" under the name is what the person does
        if len({w[:1].isupper() for w in words}) != 1:
            continue
        if any(w.title() in first or w.title() in last for w in words if len(w) > 1):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def aliases(text: str, found: list[Span], free: Callable[[Span], bool]) -> list[Span]:
    """A nickname, given name or initials in brackets right after a found name."""
    spans = []
    for s in found:
        m = _ALIAS_RE.match(text, s.end)
        # "(A.N.)", "(aka Johnny)", "(Bobby)"; not "(Vietnamese-speaking)"
        if (
            m is not None
            and not RELATIVE_RE.fullmatch(m.group("alias"))
            # "P. Roe (MRN KY-77)": a record number's label and value are no alias
            and _DIGIT_RE.search(m.group("alias")) is None
            and (
                "." in m.group("alias")
                or "(" not in m.group().split(m.group("alias"))[0][-3:]
                # a nickname is a given name; a word only the surname lists hold is a
                # place as often ("Claire Brandt (Lausanne)")
                or any(_clean(w).title() in name_lists()[0] for w in m.group("alias").split())
            )
        ):
            alias = Span(m.start("alias"), m.end("alias"), "PATIENT-NAME")
            if free(alias):
                spans.append(alias)
    return spans


def _listed_together(
    text: str, blocked: Container[str], free: Callable[[Span], bool]
) -> list[Span]:
    """Every word of a list of single words most of which are listed given names: one unknown
    name among known ones ("Romi, Erik, Amy and Donald") is a name too. (Lists of listed
    surnames too raised name recall on the tuning part by 0.025 but touched clinicians' names
    listed without a title on the held-out part.)"""
    first = name_lists()[0]
    spans: list[Span] = []
    if " and " not in text and " or " not in text and "&" not in text:
        return spans
    for m in _LIST_RE.finditer(text):
        items = list(re.finditer(_TOKEN, m.group("list")))
        words = [w.group() for w in items if w.group() not in ("and", "or", "AND", "OR")]
        same_case = len({w[:1].isupper() for w in words}) == 1
        known = sum(_clean(w).title() in first for w in words)
        if not same_case or known * 2 <= len(words) or known < 2:
            continue
        listed = [
            Span(m.start("list") + w.start(), m.start("list") + w.end(), "PATIENT-NAME")
            for w in items
            if w.group() not in ("and", "or", "AND", "OR")
            # "Dr. Osei and PA Morgan Blake": a credential is no name
            and w.group().lower() not in CREDENTIAL_WORDS
        ]
        # Listed with a clinician ("Dr. Rakusin and Toolis aware"), the others are colleagues.
        if not all(free(span) and _usable(text[span.start : span.end], blocked) for span in listed):
            continue
        spans += listed
    return spans


# Two lower-case words, or "surname, given": notes typed in lower case ("crm: gillian rashid").
_LOWER_PAIR_RE = re.compile(
    r"(?<![\w'’(-])(?<!\([ \t])(?P<a>[a-z][a-zß-öø-ÿā-ž'’-]{3,})(?P<comma>,?)(?:[ \t]+[a-z]\.?)?"
    r"[ \t]+"
    r"(?P<b>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{3,})"
    r"(?![\w'’-])(?![ \t]*:)"
)
_LOWER_PAIR_CUE_RE = re.compile(
    r"(?:[:]|\b(?i:to|for|back|call|called|calling|ring|rang|text|txt|email|re|about|visited"
    r"|saw|and|named|(?P<patient>pt|patient|name(?:[ \t]+is)?|mrs?|ms|miss)))[ \t]*$"
)
# An identifier's word right after a lower-case pair: the pair is whose it is.
_ID_AFTER_PAIR_RE = re.compile(
    r"[ \t]*,?[ \t]*(?i:ssn|s\.s\.n\.|social[ \t]+security|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth"
    r"|mrn|nhs[ \t]+(?:no|number))\b[ \t]*[:#]?[ \t]*\d"
)
# Everyday words the name lists also hold, which a lower-case pair must not contain.
_FUNCTION_WORDS = frozenset(
    """from with that this have will been were when then than also into over about after
    before back some more most much very just only even well here there what your their
    them they these those home work done made said sent call called left right next last
    days week weeks year years today dose doses need needs want wants still""".split()
)


def _lower_pairs(
    text: str, first: Container[str], blocked: Container[str], keep: Container[str]
) -> Iterator[Span]:
    """A listed given name and a listed surname in lower case, either order with a comma
    ("tejas kulkarni", "kaur, gurpreet"): case says nothing in such notes, so both lists must
    know their word, and neither may be an everyday or family word. ``blocked``: the note's
    clinicians' words and ``keep``; right after the patient's word only ``keep`` holds a pair
    back ("Dr. Miller ... pt miller john")."""
    for m in _cue_led_pairs(text):
        a, b = m.group("a"), m.group("b")
        given, surname = (b, a) if m.group("comma") else (a, b)
        # Staff are named in lower case too ("house staff mary souza aware"), and everyday
        # words open lines ("echo shows"): the pair must follow a label or a word that points
        # at the patient.
        line = text.rfind("\n", 0, m.start()) + 1
        cue = _LOWER_PAIR_CUE_RE.search(text, max(line, m.start() - 16), m.start())
        # (or an identifier's word right after, whose value it is: "mary smith ssn 1234",
        # "lockman janice dob 03/04/1961" points at the patient as "pt" does)
        patient = (
            cue.group("patient") is not None
            if cue is not None
            else _ID_AFTER_PAIR_RE.match(text, m.end()) is not None
        )
        if cue is None:
            # (no word before to vouch for it: the pair opens its line or field, and both
            # words are a list's, in either order; "the echo shows dob ..." stays)
            if not patient or text[line : m.start()].strip(" \t,;(-–"):
                continue
            if not ((a.title() in first and listed(b)) or (b.title() in first and listed(a))):
                continue
        # "call ingrid haugland": after a listed given name, a surname no list knows will do
        # when it is no English word. Right after the patient's word or a courtesy title
        # ("pt ravi kumar") a given name any name list holds will do where it is no English
        # word and a list holds the surname too: census given names are mostly American
        # ("patient records database", "Patient reist nächste Woche" stay).
        if given.title() not in first:
            # ("pt smith anna") a chart's surname-first order with no comma, right after the
            # patient's word: a census given name second and a listed surname first, word or
            # not ("miller", "brown"); after "pt" two such words are rarely anything else
            if patient and not m.group("comma") and b.title() in first and listed(a):
                given, surname = b, a
            elif not (patient and listed(given) and not everyday(given) and listed(surname)):
                continue
        elif not listed(surname) and (m.group("comma") or everyday(surname)):
            continue
        if any(
            w in _FUNCTION_WORDS
            or _lower_company(w)
            or w in NORDIC_WORDS
            or w.title() in _WORDLIKE
            or RELATIVE_RE.fullmatch(w)
            or not _usable(w, keep if patient else blocked)
            for w in (a, b)
        ):
            continue
        yield Span(m.start(), m.end(), "PATIENT-NAME")


# A lower-case note's full name after its lower-case courtesy title, of any length ("mrs pat
# quinn", "mr li wei"): a listed given name, a word too or not, and a listed surname that is
# no English word ("mr smith will call", "mrs jones said" read no pair).
_LOWER_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx"))
_TITLED_LOWER_RE = re.compile(
    r"(?<![\w'’-])(?:mrs?|ms|miss|mx)\.?[ \t]+(?P<a>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]+)[ \t]+"
    r"(?P<b>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]+)(?![\w'’-])"
)


def _titled_lower_names(text: str, blocked: Container[str]) -> Iterator[Span]:
    for m in _TITLED_LOWER_RE.finditer(text):
        given, surname = m.group("a"), m.group("b")
        if (
            not everyday(surname)
            and given not in _FUNCTION_WORDS
            and listed(surname)
            and listed(given)
            and _usable(given, blocked)
            and _usable(surname, blocked)
        ) or _wordlike_given_titled(m, blocked):
            yield Span(m.start("a"), m.end("b"), "PATIENT-NAME")


def _wordlike_given_titled(m: re.Match[str], blocked: Container[str]) -> bool:
    """A given name that is an English word too, right after a lower-case courtesy title, and
    a census surname, word or not ("mr will patel", "mrs rose smith"): no modal or noun stands
    between a title and its name. Not after "ms", which is as often the disease ("ms will
    progress"), nor before a verb or a word-like name ("mrs may call", "mr will may")."""
    given, surname = m.group("a"), m.group("b")
    return (
        not m.group().startswith("ms")
        and given.title() in _WORDLIKE_NAMES
        and surname.title() in census_lists()[1]
        and surname not in _FUNCTION_WORDS
        and surname.title() not in _WORDLIKE_NAMES
        # (a verb's form: "mrs may waited", not "mrs joy king")
        and not (
            surname.endswith(("ed", "ing"))
            and everyday(surname.removesuffix("ing").removesuffix("ed"))
        )
        # (not _usable: "Will" is never a name's word elsewhere, but is here)
        and given not in blocked
        and given.title() not in blocked
        and _usable(surname, blocked)
    )


def _lower_company(word: str) -> bool:
    """A company of the trade in lower case ("bayer and takeda both asked"), unless it is as
    often a person's name ("leo", "lilly")."""
    return (
        word in company_words()
        and word.title() not in SHARED_WITH_PEOPLE
        and word.title() not in census_lists()[0]
    )


# The words _LOWER_PAIR_CUE_RE ends on: a pair that opens with one is read again from its
# second word ("call ingrid haugland" first reads "call ingrid").
_LOWER_PAIR_CUE_WORDS = frozenset(
    "to for back call called calling ring rang text txt email re pt patient about visited saw "
    "and name named miss".split()
)


def _cue_led_pairs(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    while (m := _LOWER_PAIR_RE.search(text, pos)) is not None:
        yield m
        pos = m.start("b") if m.group("a") in _LOWER_PAIR_CUE_WORDS else m.end()


def _sequences(text: str) -> Iterator[re.Match[str]]:
    """Runs of capitalised words, and each run again from its second and third word, so a name
    after a capitalised word ("Producer James Sparks", "Met Jane Roe") is still read."""
    for m in _SEQ_RE.finditer(text):
        yield m
        run = m.group()
        if " " not in run and "\t" not in run:
            continue  # one word: nothing to read again (most runs, at sentence starts)
        words = run.split()
        for i, word in enumerate(list(_WORD_START_RE.finditer(run))[1:3]):
            if words[i].rstrip(".") in _PLACE_PREFIXES:
                break  # "San Diego", "Fort Worth": a place
            inner = _SEQ_RE.match(text, m.start() + word.start())
            if inner is not None:
                yield inner


_WORD_START_RE = re.compile(r"(?<!\S)\S")
# The commonest Chinese (pinyin), Korean and Vietnamese surnames that are no English word
# (so not Lee, Park, Song, Long, Do, Le, Ho, Ma).
_SURNAMES_FIRST = frozenset(
    """Zhang Wang Liu Chen Yang Huang Zhao Zhou Zhu Guo Gao Luo Zheng Liang Xie Deng Feng Peng
    Zeng Xiao Tian Dong Yuan Cai Jiang Cheng Shen Yao Cui Zhong Liao Jia Xia Zou Meng Xiong Qin
    Qiu Hou Xue Duan Qian Xiang Nguyen Tran Pham Hoang Huynh Phan Dang Bui Ngo Duong Choi Jung
    Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn
    Nguyễn Trần Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Đinh Trịnh Đào Phùng""".split()
)
_PLACE_PREFIXES = frozenset(
    """San Santa Santo São Los Las La Le El Fort Port Mount Mt New North South East West Saint
    St Ste Lake Cape Glen Point Palm Grand Great Little Upper Lower Old Sainte Sankt Sant""".split()
)


def _more_of_the_same(
    text: str, found: list[Span], first: Collection[str], blocked: Container[str]
) -> Iterator[Span]:
    """Once a note names someone, every other mention of those words goes too ("Radu Crosson
    ... told Radu"), and so do names listed with them ("sarah and margie", "Sons David and
    Theodore")."""
    words = {
        _clean(w).lower()
        for s in found
        for w in text[s.start : s.end].split()
        if len(_clean(w)) > 2 and _usable(w, blocked)
    }
    if words:
        # the words a name was found in lower case; any other, where another language's
        # dictionary knows it, is that word in lower case ("Dolores ... refiere dolores",
        # "Centro de Salud ... su salud")
        lower = {
            _clean(w) for s in found for w in text[s.start : s.end].split() if _clean(w).islower()
        }
        for m in LETTERS_RE.finditer(text):
            word = m.group()
            if word.lower() not in words or _word_use(text, m):
                continue
            if word.islower() and word not in lower and foreign(word):
                continue
            # (the given name's initial before it goes too: a signature's "M. Musterfrau")
            initial = _INITIAL_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
            yield Span(initial.start() if initial else m.start(), m.end(), "PATIENT-NAME")
    for s in found:
        pos = s.end
        capitalised = text[s.start].isupper()
        while (listed := _LISTED_RE.match(text, pos)) is not None:
            word = _clean(listed.group("w"))
            if word.title() not in first or not _usable(word, blocked):
                break
            if word[:1].isupper() != capitalised:
                break
            yield Span(listed.start("w"), listed.start("w") + len(word), "PATIENT-NAME")
            if listed.group("sep").strip(" ,") in ("and", "&", "or", "AND", "OR"):
                break
            pos = listed.end()


_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?$")


def _word_use(text: str, m: re.Match[str]) -> bool:
    """Whether another mention of a found name that is also a common word ("Grace", "June",
    "Mark") is the word: in lower case, opening a sentence, or before a capitalised word
    ("Grace Period", "in June" stays a month only by its case, so that one goes)."""
    word = m.group()
    # the place first, the word lists only where the place reads as a word's
    used_as_word = (
        word.islower()
        or sentence_start(text, m.start())
        or _CAPITAL_NEXT_RE.match(text, m.end()) is not None
        or _TIME_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
    )
    return used_as_word and word.title() not in name_lists()[0] and common(word)


_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z][a-z]")
# "in June", "since May", "by Christmas": a time, not the person
_TIME_BEFORE_RE = re.compile(
    r"\b(?i:in|on|at|of|by|since|until|till|next|last|this|early|late|mid)[ \t]+$"
)
# (on the same line: a salutation's comma ends its name, "Dear Mr Lewis,\nSee you in May")
_LISTED_RE = re.compile(rf"(?P<sep>[ \t]*,[ \t]*|[ \t]+(?:and|&|or|AND|OR)[ \t]+)(?P<w>{_TOKEN})")


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Like finditer, but resumes one character on, so a cue swallowed as the tail of an
    earlier match ("Mr. John Mr. Roe": the first match takes the second "Mr") is still seen."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _single(text: str, span: Span) -> bool:
    return not any(c.isspace() for c in text[span.start : span.end])


@cache
def _country_stems() -> frozenset[str]:
    return frozenset(c.split()[-1].lower().rstrip("aeiouy") for c in country_names())


def _demonym(word: str) -> bool:
    """Whether a capitalised word names a country's people: "Fijian", "Tongan", "Kenyan",
    "Nigerian", "Samoan", "Chinese" ("Fiji", "Tonga", "Kenya", "Nigeria", "Samoa", "China")."""
    w = word.lower()
    return any(
        w.endswith(end) and len(w) - len(end) >= 3 and w[: -len(end)].rstrip("aeiouy") in stems
        for end in ("ian", "ean", "an", "ese", "ish", "i", "n")
        for stems in (_country_stems(),)
    )


_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:is|was|has|had|says|said|shouted|asked|told|called"
    # the same verbs in the letters of other languages: "Fernanda es la mayor", "Jose tiene
    # dos hermanos", "Jakob ist ...", "Marie est ...", "Luca è ...", "Sanne heeft ..."
    r"|es|era|fue|tiene|tenía|tenia|presenta|presentó|refiere|refirió|acude|acudió|ingresa"
    r"|ingresó|ist|war|hat|hatte|wurde|wird|berichtet|klagt|est|était|a\s+été|avait|présente"
    r"|è|era|aveva|ha|presentava|é|foi|tem|tinha|heeft|werd|kreeg"
    # Norwegian, Danish, Swedish: "Kenan ble innlagt", "Louie vil fortsatt", "Åsa är"
    r"|er|var|ble|blir|blev|bliver|har|hadde|havde|hade|vil|skal|ska|kan|må|fikk|fick|fik"
    r"|får|bor|kom|kommer|ønsker|önskar|klager|klaget|utskrives|utskrevet|udskrives"
    r"|udskrevet|skrives|skrevs|är|viste|visade"
    # the narrative past of a discharge summary: "Arvin responded well"
    r"|responded|presented|exhibited|reported|received|underwent|tolerated|improved|denied"
    r"|denies|complained|complains|remains|remained|continues|continued)(?![\w'’-])"
)
_SAINT_RE = re.compile(r"\b(?:St|Saint|Ste)\.?\s+$")


def sentence_start(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` opens a sentence, a line, a quotation or a bullet's item."""
    before = text[:pos].rstrip(" \t>")
    if before and before[-1] in "-–•*·" and before[:-1].rstrip(" \t")[-1:] in ("", "\n"):
        return True  # a bullet opens its item like a sentence: "- Ingen smerte"
    return not before or before[-1] in ".!?:\n\"'“‘("


# Precision guards on one-word names, whatever rule found them.
# An identifier's label: letters right before the number ("NSS 70 80 42", "AHV-Nr. 756.58").
# The number may open with its letters ("NHI PRK3318").
_ID_LABEL_AFTER_RE = re.compile(r"\.?[ \t]*[:#]?[ \t]*[A-Z]{0,4}\d")
_CODE_AFTER_RE = re.compile(r"[ \t]*[:#]?[ \t]*[A-Z]{1,4}\d")
# A form's label opening its line, its value a number ("Telefon: 0211 4490", "Mobil: +49"),
# or the placeholder that replaced it on an earlier pass.
_LINE_LABEL_AFTER_RE = re.compile(r":[ \t]*(?:[+(]?\d|\[[A-Z-]+\])")
# Places listed before what they are sites of: "Victoria, Adelaide, Jordan and Chad sites go
# live", "the Ennis and Tralee offices".
_PLACE_NOUN_AFTER_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*{_CAP_TOKEN})*(?:[ \t]*,?[ \t]*(?:and|&|or)[ \t]+{_CAP_TOKEN})?[ \t]+"
    r"(?i:sites?|offices|branch(?:es)?|regions?|territor(?:y|ies)|locations?|hospitals|clinics"
    r"|stores|markets|districts|counties|cities|areas|accounts)\b"
)
# (or the placeholders an earlier pass left for them)
_FULL_NAME_BEFORE_RE = re.compile(
    rf"(?:{_CAP_TOKEN}[ \t]+{_CAP_TOKEN}|\[PATIENT-NAME\])[ \t]*,[ \t]*$"
)
_PLACE_AFTER_NAME_RE = re.compile(
    r"[ \t]*,[ \t]*(?:\+?\(?\d|\[PHONE\]|(?i:tel|t[ée]l[ée]?fono|t[ée]l[ée]phone|telefone?"
    r"|telefoon|phone|mobile?|mob|cell?|celular|handy|ph|tlf|puh)\b)"
)
_PLACE_LIST_SPAN_RE = re.compile(rf"{_CAP_TOKEN}(?:,[ \t]*{_CAP_TOKEN})*")
_NUMBER_LABEL_RE = re.compile(r"(?i:nr|no|num|nummer|numero|número|br)")
# A list of places after "in" or "near": "meetings in Florence, Regina, Adelaide and
# Austin" (a person is seldom "in" anything; "at" and "between" take people: "shouted at Gary").
_PLACE_LIST_BEFORE_RE = re.compile(
    # and other languages' "in", "to" and "from" before a place (Portuguese "em", German
    # "nach", "aus", Dutch "naar", French "dans")
    rf"\b(?:in|near|across|em|nach|aus|naar|dans)[ \t]+"
    rf"(?:{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?[ \t]*,[ \t]*)*"
    rf"(?:{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?[ \t]*,?[ \t]*(?:and|&|or|und|et|y|e)[ \t]+)?$"
)
# The word before an institution's noun names the institution ("Tampereen yliopistollinen
# sairaala", "Kantonsspital", "Ospedale"): institution nouns of the languages notes mix in.
_INSTITUTION_AFTER_RE = re.compile(
    r"[ \t]+(?i:yliopistollinen|keskussairaala|sairaala|terveyskeskus|klinikum|krankenhaus"
    r"|spital|kantonsspital|universität|universitätsklinikum|hôpital|hopital|clinique|ospedale"
    r"|policlinico|ziekenhuis|szpital|nemocnice|bolnica|bolnišnica|sjukhus|sykehus|sygehus"
    r"|kórház|hastanesi|hospital|university|clinic|infirmary|universitair|universitaire)\b"
)


# German nouns are capitalised, and the international lists hold some as given names: after a
# preposition and an article ("in der Lage", "mit dem Ergebnis") or a count ("über 3 Tage")
# such a word is a noun.
_GERMAN_ARTICLE_BEFORE_RE = re.compile(
    r"\b(?:in|an|auf|aus|bei|mit|nach|seit|vor|zu|über|unter|für|durch|gegen|um|wegen|während"
    r"|im|am|zum|zur|vom|beim)[ \t]+(?:der|den|dem|des|die|das)[ \t]+$"
)
_GERMAN_ARTICLE_RE = re.compile(r"(?:der|den|dem|des|die|das)[ \t]+")
_COUNT_BEFORE_RE = re.compile(r"(?<![\w./-])\d+[ \t]+$")
_WEEKDAYS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
# Other languages' weekdays, which an e-mail client writes before the date it quotes
# ("Envoyé : vendredi 23 janvier 2015", "Am Mittwoch, 3. März"); some are names as well
# ("Domingo", "Sabato"), so only before a day's number.
_OTHER_WEEKDAYS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles
    jueves viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi
    giovedì giovedi venerdì venerdi sabato domenica montag dienstag mittwoch donnerstag freitag
    samstag sonnabend sonntag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira mandag tirsdag
    onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag poniedziałek wtorek środa
    czwartek piątek sobota niedziela""".split()
)
_DAY_NUMBER_AFTER_RE = re.compile(r",?[ \t]+\d{1,2}\b")
_DAY_AFTER_RE = re.compile(r"\.?[ \t]*(?:$|[.,;:)\n/-]|\d|(?i:am|pm|morning|afternoon|eve)\b)")
_DAY_BEFORE_RE = re.compile(
    r"\b(?i:on|by|until|till|next|this|from|before|after|every|retry|call|calls|visit)[ \t]+$"
)


def not_a_name(text: str, span: Span) -> bool:
    """A one-word "name" that its surroundings show to be a label, a place or an institution."""
    word = text[span.start : span.end]
    # a temperature's unit read as an initial before the next sentence: "38.5°C. Pain worsened"
    if span.start and text[span.start - 1] in "°º":
        return True
    if _PLACE_LIST_SPAN_RE.fullmatch(word) and _PLACE_NOUN_AFTER_RE.match(text, span.end):
        return True
    lead = _GERMAN_ARTICLE_RE.match(word)
    start = span.start + (lead.end() if lead else 0)
    if _GERMAN_ARTICLE_BEFORE_RE.search(text, max(0, start - 30), start):
        return True
    if any(c.isspace() for c in word):
        return False
    # a weekday's short form as a day: "retry Thu.", "on Tue 9am" (Thu is a given name too)
    if word in _WEEKDAYS and (
        _DAY_AFTER_RE.match(text, span.end)
        or _DAY_BEFORE_RE.search(text, max(0, span.start - 10), span.start)
    ):
        return True
    if word.lower() in _OTHER_WEEKDAYS and _DAY_NUMBER_AFTER_RE.match(text, span.end):
        return True
    if _COUNT_BEFORE_RE.search(text, max(0, span.start - 8), span.start) and (
        word.title() not in census_lists()[0]
    ):
        return True
    # a particle alone is a surname's start that lost its surname ("Verwijzing van Dr. Roe")
    if word in _PARTICLES:
        return True
    if _LINE_LABEL_AFTER_RE.match(text, span.end):
        before = text[: span.start].rstrip(" \t>")
        if not before or before.endswith("\n"):
            return True
        # a field's label after the one before it: "FRITZLE, Fridolin, Fallnummer: 100101911"
        if before.endswith((",", ";", "|")) and word.title() not in census_lists()[0]:
            return True
    if _ID_LABEL_AFTER_RE.match(text, span.end) and (
        ("-" in word and _NUMBER_LABEL_RE.fullmatch(word.split("-")[-1]) is not None)
        # a surname in capitals may come before its chart number ("ROSSI 2023/0044"); an
        # acronym no surname list knows is a label
        or (
            word.isupper()
            and 2 <= len(word) <= 5
            # an acronym before a code of letters and digits ("NHI PRK3318") is its label
            and (word.title() not in name_lists()[1] or _CODE_AFTER_RE.match(text, span.end))
        )
    ):
        return True
    if text.startswith(("'s", "’s"), span.end):
        return False
    # "Remedios Caballero Ortiz, Valladolid, tel. 983 ...": a full name's place, between it
    # and the phone number (a given name there is "Surname, Given")
    if (
        _PLACE_AFTER_NAME_RE.match(text, span.end)
        and _FULL_NAME_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        and _clean(word).title() not in name_lists()[0]
    ):
        return True
    if _PLACE_LIST_BEFORE_RE.search(text[max(0, span.start - 80) : span.start]):
        return True
    return _INSTITUTION_AFTER_RE.match(text, span.end) is not None
