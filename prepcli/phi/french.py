"""French hospital records, letters and slips: the identifiers they write in their own shapes,
and the letter's words that read like names. Each class below has its public reference and its
round sentences in tests/test_phi_blind12_classes.py; figures in bench/PHI.md ("Issue 18, round
on phi_blind12_dev").

- The NIR (social-security number; INSEE: sex, year, month, department, commune, order, key)
  written digit by digit, one box per digit as forms print it ("1 8 5 0 5 7 8 0 0 6 0 8 4 9 1"),
  or whole after the insured's label ("Assuré : 292418765329890"). Digit by digit it is read
  without its key: a run of twelve to fifteen single digits that opens with a sex digit is no
  dose, date or phone, and a form's copy often drops or misprints the key (fail closed).
- The birth date written the same way ("1 2 0 5 1 9 7 8"), right after such a NIR on a
  table's row ("LECOMTE Fernand <NIR> <birth date> INFLIXIMAB ...", whose row may run the two
  together with one space) or alone on the line under a civility and a name. A date so
  written elsewhere ("Prescription du 0 5 0 3 2 0 2 4") is a visit's and stays.
- A record header in cells, "Name | sex | birth date | number | number", as hospital
  systems print a patient's banner: the sex cell (M, F, H) and a full date make the row; the
  name cell and the numbers after the date are the patient's.
- The hospital's identifiers named by their French labels: IPP (identifiant permanent du
  patient), NDA (numéro de dossier administratif, one per stay), "numéro d'identification",
  "référence interne", with "étant le" / "est le" between label and value as letters write it
  ("l'IPP étant le 3456721983"). In English "NDA" is a drug application's number; here it
  needs eight characters at least and a colon or the French copula.
- Names written surname first in capitals ("LECOMTE Fernand", "M. MENARD, Julien"), or in
  capitals after "pour" ("Rappel pour MARIE PORILO"), or an initial and capitals after a
  name's label ("Nom : D. BLUTHIES"); never after a clinician's title.
- Address blocks by La Poste's layout (NF Z10-011), below.
- A letter's formulas, laws' names and the body's sides, which are no patient (below).
"""

from __future__ import annotations

import re

from prepcli.phi.dates import ddmmyyyy
from prepcli.phi.foreign_words import foreign
from prepcli.phi.names import _WORDLIKE_NAMES, name_lists
from prepcli.phi.places import towns
from prepcli.phi.spans import Span
from prepcli.phi.words import common_words, everyday

# Single digits, each apart from the next by one space (or two, as a form's boxes print).
_SPACED_RUN_RE = re.compile(r"(?<![\w,.])\d(?: {1,2}\d){7,}(?!\w|[.,]\d)")
_SPACED_HINT_RE = re.compile(r"\d \d \d \d \d \d \d \d")
_NIR_LABEL_RE = re.compile(
    r"(?i:\bassur[ée](?:\(e\))?e?|\bNIR|\bN\.?S\.?S\.?|\bn°[ \t]*(?:de[ \t]+)?(?:s[ée]cu(?:rit[ée]"
    r"[ \t]+sociale)?|ss|immatriculation)|\bnum[ée]ro[ \t]+(?:de[ \t]+)?(?:s[ée]curit[ée][ \t]+"
    r"sociale|s[ée]cu|immatriculation)|\bimmatriculation"
    # the health card, which carries the holder's NIR (ameli.fr): "Carte Vitale n° ..."
    r"|\bcarte[ \t]+vitale(?:[ \t]+(?:n°|no\.?|num[ée]ro))?)"
    r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:?[ \t]*\n?[ \t]*"
    # (the insured's name may stand between: "Assuré : Pierre FAIRMAN 292418765329890")
    r"(?:[A-ZÀ-Ý][\w'’-]+[ \t]+){0,3}$"
)
_WHOLE_NIR_RE = re.compile(
    r"(?<![\w.])[12378]\d{12}(?:\d{2})?(?![\w.])"
    # as the card prints it, sex, year, month, department, commune, order, key: "1 85 05 78
    # 006 084 36"
    r"|(?<![\w.])[12378](?:[ \t]\d{2}){3}[ \t]\d{3}[ \t]\d{3}(?:[ \t]\d{2})?(?![\w.]|[ \t]\d)"
)
# "Name | M | 15/12/1973 (50 ans) | 8475619240 | 1837565840"
_ROW_RE = re.compile(
    r"(?P<name>[^\W\d_][^|\n:]{1,60}?)[ \t]*\|[ \t]*(?P<sex>[MFH])[ \t]*\|[ \t]*"
    r"(?P<dob>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})(?:[ \t]*\([^()\n]{1,12}\))?"
    r"(?P<ids>(?:[ \t]*\|[ \t]*[A-Z\d]*\d[A-Z\d]{4,16})*)"
)
_ROW_ID_RE = re.compile(r"[A-Z\d]*\d[A-Z\d]{4,16}")
# Headings that open a banner before the name ("Résumé Yves Le Gall | M | ...").
_HEADINGS = frozenset(
    """résumé synthèse récapitulatif fiche dossier compte rendu identité patient patiente
    chirurgie consultation hospitalisation séjour bilan courrier""".split()
)
_HOSPITAL_ID_RE = re.compile(
    r"(?P<label>\bIPP|\bNDA|(?i:\bnum[ée]ro[ \t]+d['’][ \t]?identification|\bidentifiant"
    r"[ \t]+(?:du[ \t]+)?patient|\br[ée]f[ée]rence[ \t]+interne(?:[ \t]+d[eu](?:[ \t]+la)?"
    r"[ \t]+patiente?)?|\bn°[ \t]*(?:de[ \t]+)?(?:s[ée]jour|venue)))"
    r"(?:[ \t]*\((?:IPP|NDA)\))?"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+(?:[ée]tant|est)[ \t]+(?:le[ \t]+)?)"
    r"(?P<id>\d[\dA-Z]{5,15})(?![\w-])"
)


def french_record_spans(text: str) -> list[Span]:
    """NIRs, birth dates, banners' names and numbers, and IPP/NDA numbers of French records."""
    spans: list[Span] = []
    if _SPACED_HINT_RE.search(text):
        spans += _spaced_runs(text)
    if "|" in text:
        spans += _banner_rows(text)
    if "IPP" in text or "NDA" in text or "identif" in text or "interne" in text or "n°" in text:
        for m in _HOSPITAL_ID_RE.finditer(text):
            if m.group("label") == "NDA" and len(m.group("id")) < 8:
                continue
            spans.append(Span(m.start("id"), m.end("id"), "MRN"))
    if any(cue in text for cue in ("ssur", "NIR", "mmatric", "NSS", "itale")):
        for m in _WHOLE_NIR_RE.finditer(text):
            if _NIR_LABEL_RE.search(text, max(0, m.start() - 80), m.start()):
                spans.append(Span(m.start(), m.end(), "SSN"))
    return spans


def _spaced_runs(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _SPACED_RUN_RE.finditer(text):
        digits = [(i, c) for i, c in enumerate(m.group(), m.start()) if c.isdigit()]
        n = len(digits)
        nums = "".join(c for _, c in digits)
        # a date before the number on the row is a visit's ("1 7 0 4 2 0 0 5 2 8 8 5 ...")
        if n >= 20 and ddmmyyyy(nums[:8]):
            digits, nums, n = digits[8:], nums[8:], n - 8
        if n == 8 and ddmmyyyy(nums):
            if _after_nir_or_name_line(text, m.start()):
                spans.append(Span(m.start(), m.end(), "DOB"))
            continue
        if n >= 20 and ddmmyyyy(nums[-8:]):
            spans.append(Span(digits[-8][0], digits[-1][0] + 1, "DOB"))
            digits, nums, n = digits[:-8], nums[:-8], n - 8
        # (a longer run holds a row's several boxed numbers that no date splits: fail closed)
        if (
            12 <= n <= 17
            and nums[0] in "1278"
            or n > 17
            or n >= 12
            and _labelled_nir(text, m.start())
        ):
            spans.append(Span(digits[0][0], digits[-1][0] + 1, "SSN"))
    return spans


def _labelled_nir(text: str, start: int) -> bool:
    return _NIR_LABEL_RE.search(text, max(0, start - 80), start) is not None


_NIR_BEFORE_RE = re.compile(r"(?<![\w,.])\d(?: {1,2}\d){11,16}[ \t]+$")
# the line before holds a civility and a name: "Madame HEGE Sophie"
_NAME_LINE_BEFORE_RE = re.compile(
    r"(?m)^[ \t]*(?:Madame|Monsieur|Mademoiselle|Mme|Mlle|M\.|MME|MR|Mr)\.?[ \t]+"
    r"[^\W\d_][^\n\d]{1,60}\n[ \t]*$"
)


def _after_nir_or_name_line(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    return bool(_NIR_BEFORE_RE.search(before) or _NAME_LINE_BEFORE_RE.search(before))


def _banner_rows(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _ROW_RE.finditer(text):
        name = _banner_name(text, m.start("name"), m.end("name"))
        if name is not None:
            spans.append(name)
        spans.append(Span(m.start("dob"), m.end("dob"), "DOB"))
        base = m.start("ids")
        spans += [
            Span(base + i.start(), base + i.end(), "MRN")
            for i in _ROW_ID_RE.finditer(m.group("ids"))
        ]
    return spans


def _banner_name(text: str, start: int, end: int) -> Span | None:
    """The capitalised words that end the name cell, after its label or heading."""
    cell = text[start:end]
    words = list(re.finditer(r"[^\W\d_][\w'’.-]*", cell))
    kept: list[re.Match[str]] = []
    for w in reversed(words):
        if not w.group()[0].isupper() or w.group().lower() in _HEADINGS:
            # particles inside a name stay: "Yves Le Gall", "Jean de la Tour"
            if w.group() in ("de", "du", "la", "le", "des") and kept:
                continue
            break
        kept.append(w)
    if not kept:
        return None
    return Span(start + kept[-1].start(), start + kept[0].end(), "PATIENT-NAME")


# --- names ---------------------------------------------------------------------------------
# French records write the surname first and in capitals, the given name after it ("LECOMTE
# Fernand", "M. MENARD, Julien"), and appointment slips and lab sheets name the patient after
# "pour" in capitals either way round ("Rappel pour MARIE PORILO"). The capitals alone
# say little (drugs, acronyms, services are written so), so the given name must be a listed
# one; with no cue word before it, one that is no word of a European language either.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPS = rf"[{_UP}][{_UP}'’]*(?:-[{_UP}][{_UP}'’]*)*"
_GIVEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_SURNAME_FIRST_RE = re.compile(
    rf"(?<![\w'’.-])(?P<surname>{_CAPS}(?:[ \t]+{_CAPS}){{0,2}}),?[ \t]+(?P<given>{_GIVEN})"
    rf"(?![\w'’-])"
)
_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:pour|de|d['’]|avec|concernant|chez)|\b(?:M|Mme|Mlle|Mr)\.?|\b(?:Madame|Monsieur"
    r"|Mademoiselle|MADAME|MONSIEUR)|[-–:])[ \t]*$"
)
_AFTER_POUR_RE = re.compile(
    rf"\bpour[ \t]+(?P<name>(?P<a>{_CAPS}|{_GIVEN})[ \t]+(?P<b>{_CAPS}|{_GIVEN}))"
    rf"(?![\w'’-]|[ \t]+[{_UP}]{{2}})"
)
# An initial and the surname in capitals after a name's label: "Nom : D. BLUTHIES", "Pt. A.
# BEAUVAIS".
_INITIAL_CAPS_RE = re.compile(
    rf"\b(?:Nom|NOM|Pt|Patient|Patiente|PATIENT)\.?[ \t]*:?[ \t]*(?P<name>[{_UP}]\.[ \t]?"
    rf"(?P<surname>{_CAPS}))(?![\w'’-])"
)
_CLINICIAN_BEFORE_RE = re.compile(
    r"(?i:\b(?:dr|docteur|pr|professeur|prof|drs?)\.?|\bpour[ \t]+(?:le|la)[ \t]+\w+)[ \t]*$"
)
_BOXES_AFTER_RE = re.compile(r"[ \t]+\d(?: \d){7}")
# Capitals that are no surname: hospitals, services, exams, forms of a drug.
_ACRONYMS = frozenset(
    """CHU CHR CHRU CH AP HP APHP HCL SAMU SMUR SAU USI USIC REA IRM TDM ECG EEG EMG HTA AVC IDM
    BPCO SOL INJ STYLO INFO NB PS RDV CR TTT ATCD MED DR PR SC IV IM PO ET OU LE LA LES DU DE
    DES AU AUX EN PAR POUR AVEC SUR DANS CEDEX BP APPT BAT ESC RUE AVENUE BD""".split()
)


# Words before a given name after "pour" that make no surname: saints (hospitals, towns), a
# title, a determiner or a possessive.
_NOT_A_SURNAME = frozenset(
    """Saint Sainte St Ste Santa Santo San Notre Mont Port Le La Les Un Une Mon Ma Mes Son Sa
    Ses Votre Vos Notre Nos Leur Leurs Ce Cette Madame Monsieur Mademoiselle Docteur Professeur
    Maître Soeur Sœur Frère Père Mère Hôpital Clinique Centre Institut Fondation Service
    Dr Pr Mme Mlle""".split()
)


def _unlisted_given(word: str) -> bool:
    w = word.lower()
    return (
        len(w) >= 3
        and not everyday(w)
        and not foreign(w)
        and w not in common_words()
        and word not in towns()
        and word.upper() not in _ACRONYMS
    )


def french_names(text: str) -> list[Span]:
    """Patients' names written surname first in capitals, or in capitals after "pour"."""
    first, last = name_lists()

    def given(word: str) -> bool:
        return word in first or word in _WORDLIKE_NAMES

    def surname(word: str) -> bool:
        w = word.strip("'’")
        if len(w) < 2 or w in _ACRONYMS or not re.search(r"[AEIOUYÀ-ÖØ-Ý]", w):
            return False
        cap = w.title()
        return cap in last or not (w.lower() in common_words() or foreign(w))

    spans: list[Span] = []
    for m in _SURNAME_FIRST_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _CLINICIAN_BEFORE_RE.search(before):
            continue
        caps = m.group("surname").split()
        if not all(surname(w) for w in caps):
            continue
        cued = _CUE_BEFORE_RE.search(before) is not None or before.endswith(("\n", "  "))
        # (a table's row: the name, then a form's boxes "LECOMTE Fernand 2 0 8 5 ...")
        cued = cued or _BOXES_AFTER_RE.match(text, m.end()) is not None
        # after its cue the given name need not be listed, only no word of a European
        # language, no place and no acronym's expansion ("pour SITUMA Iretioluwa"; "pour IRM
        # Cérébrale", "au CHU Toulouse" stay)
        if not given(m.group("given")) and not (cued and _unlisted_given(m.group("given"))):
            continue
        plain = m.group("given").lower()
        # (with no cue, the capitals must be listed surnames: "MRI Thomas" is an exam's)
        listed = all(w.strip("'’").title() in last for w in caps)
        if cued or listed and not (foreign(plain) or plain in common_words()):
            spans.append(Span(m.start(), m.end(), "PATIENT-NAME"))
    if "Nom" in text or "NOM" in text or "Pt" in text or "Patient" in text or "PATIENT" in text:
        for m in _INITIAL_CAPS_RE.finditer(text):
            if len(m.group("surname")) > 2 and surname(m.group("surname")):
                spans.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    # (only after "pour": after "de" capitals name a hospital as often, "Hôpital de PAUL
    # BROUSSE", "Clinique de MARIE LANNELONGUE")
    if "pour" in text:
        for m in _AFTER_POUR_RE.finditer(text):
            a, b = m.group("a"), m.group("b")
            if _CLINICIAN_BEFORE_RE.search(text, max(0, m.start() - 20), m.start("name")):
                continue
            if a.isupper() and b.isupper():
                ok = given(a.title()) and surname(b)
            elif b.isupper():
                continue  # "pour Fabrice GÉRARD": a given name then capitals, read elsewhere
            else:
                # a surname that is a word of another language before a listed given name
                # ("pour Zeer Jeanne", "pour Klein Sophie"): after "pour" a word and a given
                # name are the person the slip is for, but a saint's name is a hospital's
                # ("pour Saint Louis") and a French word opens a phrase ("pour Mon Marie")
                ok = given(b) and (
                    surname(a) and not foreign(a) or (b in first and a not in _NOT_A_SURNAME)
                )
            if ok:
                spans.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return spans


# --- words of letters and laws --------------------------------------------------------------
# A French letter opens and closes with formulas ("Monsieur le Président", "Cher Confrère",
# "Chère Consœur"; the addressee's office after "le"/"la", "Monsieur le Professeur", "Madame la
# Directrice", as fr.wikipedia's "Formule de politesse" lists them) and cites laws named after
# their ministers ("de la Loi du 4 mars 2002", "Loi Kouchner"); a report says which side ("bras
# gauche", "Fonction Ventriculaire Gauche"). Their words, capitalised after a title, read like a
# name; none is a patient.
_FORMULA_WORDS = frozenset(
    """loi lois décret arrêté circulaire président présidente cher chère chers chères confrère
    confrères consœur consoeur consœurs collègue gauche droite droit directeur directrice chez
    madame monsieur professeur professeure docteur docteure doyen doyenne ministre préfet
    recteur maire""".split()
)
_PARTICLES = frozenset({"de", "la", "le", "du", "des", "l", "d"})
_LAW_WORDS = frozenset({"loi", "décret", "arrêté", "circulaire"})


def a_french_formula(text: str, span: Span) -> bool:
    """Whether a found name is a letter's formula, a law's name or a side of the body."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[span.start : span.end])]
    if not words:
        return False
    if words[0] in _LAW_WORDS:
        return True
    # the health card's name: "Carte Vitale" ("Mme Vitale" is a surname)
    if words == ["vitale"] and text[max(0, span.start - 6) : span.start].lower() == "carte ":
        return True
    return all(w in _FORMULA_WORDS or w in _PARTICLES for w in words)


# --- addresses ------------------------------------------------------------------------------
# La Poste's layout (AFNOR NF Z10-011): up to six lines; the flat ("APPT 12", "ESC 2",
# "ETAGE 3") and the building ("BAT C", "RESIDENCE DU PARC") before the street; the number
# (with "bis"/"ter", in words on hand-written slips: "sept allée des roses"), the street's
# type and name; then the postcode and town, CEDEX and a district number after it. Forms and
# tables break the town over a line ("92100 BOULOGNE-\nBILLANCOURT", "ISSY LES\nMOULINS",
# "Ivry\nsur Loire") and a long street name too ("321 rue d'Estienne\nd'Orves\n92700 ...").
_NUMBER_WORDS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    "|seize|vingt"
)
# (the types a sentence uses as common nouns, "1 passage aux urgences", "3 cours de
# chimiothérapie", "2 places", need the address's own context: see _ambiguous_ok)
_AMBIGUOUS_TYPES = frozenset("passage cours place pl route rte voie villa mail sentier".split())
_STREET_RE = re.compile(
    rf"(?<![\w.,/-])(?P<house>\d{{1,4}}(?:[ \t]?(?i:bis|ter|quater)\b)?|(?i:{_NUMBER_WORDS}))"
    # (the number glued to an unambiguous type, as hurried typing and OCR leave it: "12rue")
    r"(?:,?[ \t]+|(?=(?i:rue|avenue|boulevard|bd|all[ée]e|impasse|quai|chemin)\b))"
    r"(?P<type>(?i:rue|avenue|av|bd|boulevard|all[ée]e|impasse|quai|square|cit[ée]"
    r"|faubourg|fbg|rond-point|esplanade|parvis|lotissement|hameau|chemin|passage|cours|place|pl"
    r"|route|rte|voie|villa|mail|sentier))\b\.?"
)
_HINT_RE = re.compile(
    r"(?i:(?:\b|(?<=\d))(?:rue|av|avenue|bd|boulevard|all[ée]e|impasse|quai|square|cit[ée]|faubourg|chemin"
    r"|passage|cours|place|route|villa)\b)"
)
_PARTICLE_WORDS = frozenset("de du des la le les d' l' d’ l’ aux au sur sous lès en".split())
_TOKEN_RE = re.compile(r"[ \t]+(?P<w>(?:[dlDL]['’])?[^\W\d_][\w'’.-]*)")
_UNIT_RE = re.compile(
    r"(?:[ \t]*,?[ \t]*(?i:appt|app|apt|appartement|studio|bat|bât|batiment|bâtiment|esc"
    r"|escalier|etage|étage|porte|logt|logement|bp|cs)\b\.?[ \t]*(?:n°[ \t]*)?[\dA-Z][\w-]{0,5}"
    r"(?![\w-]))+"
)
_UNIT_LINES_BEFORE_RE = re.compile(
    r"(?m)^[ \t]*(?i:r[ée]sidence|r[ée]s\.|bat|bât|batiment|bâtiment|esc|escalier|appt"
    r"|appartement|etage|étage|immeuble|logement)\b[^\n]{0,60}\n[ \t]*$"
)
_POSTCODE_AFTER_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"
    # one line of the street's name left over before the postcode's line
    r"(?:(?:[dlDL]['’])?[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*\n[ \t]*(?=\d))?"
    r"(?P<pc>\d{5}|\d{2}[ ]\d{3})[ \t]+(?=[^\W\d_])"
)
_TOWN_WORD_RE = re.compile(r"(?:[dlDL]['’])?[^\W\d_][\w'’]*")
_STOP_AFTER_RE = re.compile(r"[ \t]+(?i:t[ée]l|tel)\b")
_CEDEX_RE = re.compile(r"(?:[ \t]+CEDEX)?(?:[ \t]+\d{1,2}\b)?")
_ADDRESS_BEFORE_RE = re.compile(
    r"(?i:\b(?:au|à|domicili[ée]e?|demeurant|habite|adresse|adresse[^\n:]{0,30}:)[ \t]*)$"
)


def french_addresses(text: str) -> list[Span]:
    """ADDRESS spans of French address blocks: the flat and building lines, the street, the
    postcode and town."""
    if not _HINT_RE.search(text):
        return []
    spans: list[Span] = []
    for m in _STREET_RE.finditer(text):
        end = _street_name_end(text, m.end())
        if end is None:
            continue
        unit = _UNIT_RE.match(text, end)
        end = unit.end() if unit is not None else end
        town_end = _town_end(text, end)
        if m.group("type").lower() in _AMBIGUOUS_TYPES and not (
            m.group("type")[0].isupper()
            or town_end is not None
            or _ADDRESS_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        start = m.start()
        lines = _UNIT_LINES_BEFORE_RE.search(text, max(0, start - 70), start)
        if lines is not None:
            start = lines.start() + len(lines.group()) - len(lines.group().lstrip())
        spans.append(Span(start, town_end if town_end is not None else end, "ADDRESS"))
    return spans


def _street_name_end(text: str, pos: int) -> int | None:
    """Where the street's name ends: up to five words, lower-case ones only after a particle
    ("allée des roses"), never a phone's label ("Tel.")."""
    end = None
    after_particle = False
    for _ in range(5):
        t = _TOKEN_RE.match(text, pos)
        if t is None or _STOP_AFTER_RE.match(text, pos):
            break
        w = t.group("w").rstrip(".")
        low = w.lower()
        if low in _PARTICLE_WORDS or low[:2] in ("d'", "l'", "d’", "l’") and len(w) == 2:
            after_particle = True
            pos = t.end()
            continue
        if not (w[0].isupper() or after_particle or low[:2] in ("d'", "l'", "d’", "l’")):
            break
        after_particle = False
        pos = end = t.start("w") + len(w)
    return end


def _town_end(text: str, pos: int) -> int | None:
    m = _POSTCODE_AFTER_RE.match(text, pos)
    if m is None:
        return None
    pos = m.end()
    end = None
    for _ in range(6):
        w = _TOWN_WORD_RE.match(text, pos)
        if w is None:
            break
        word = w.group()
        if not (word[0].isupper() or word.lower() in _PARTICLE_WORDS) or (
            end is None and not word[0].isupper()
        ):
            break
        end = w.end()
        # the town goes on past a hyphen, a space, or a line break after a hyphen or a
        # particle, or before one ("BOULOGNE-\nBILLANCOURT", "ISSY LES\nMOULINS", "Ivry\nsur")
        gap = re.match(r"-\n?|[ \t]+|\n(?=(?i:sur|sous|lès|les|en)\b)", text[end:])
        if gap is None:
            break
        if "\n" in gap.group() and not (
            gap.group().startswith("-") or word.lower() in _PARTICLE_WORDS or gap.group() == "\n"
        ):
            break
        pos = end + gap.end()
    if end is None:
        return None
    cedex = _CEDEX_RE.match(text, end)
    return cedex.end() if cedex is not None else end
