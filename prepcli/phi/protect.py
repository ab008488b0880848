"""Name-shaped words that name a disease or a company, not a person.

A note about a product talks of eponymous diseases ("Hashimoto's thyroiditis", "Bell's palsy",
"Cushing's or Addison's disease") and of companies named after their founders ("Eli Lilly",
"Johnson & Johnson", "Pierre Fabre"). The name lists hold many of those words as given names
or surnames, so without this they would be scrubbed as patients; so are towns in a venue's
name ("Messe Wien", "Fira Barcelona"). The companies are prepcli.phi.companies' list. The spans
returned here are off limits to every name detector, like a clinician's name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from prepcli.phi.addresses import country_names
from prepcli.phi.companies import COMPANIES, SHARED_WITH_PEOPLE
from prepcli.phi.names import census_lists, name_lists
from prepcli.phi.spans import AnyOf, Span

_CAP = r"(?![a-zß-öø-ÿ])[^\W\d_][\w-]*"
# What an eponym names: "Bell's palsy", "Barrett's esophagus", "Kaposi sarcoma".
_CONDITION_WORDS = frozenset(
    """disease syndrome palsy disorder sign thyroiditis esophagus oesophagus sarcoma lymphoma
    phenomenon ulcer encephalopathy contracture chorea ataxia dementia arteritis anomaly anemia
    anaemia fracture cyst triad maneuver manoeuvre reflex tumor tumour dystrophy neuralgia
    neuroma paralysis granulomatosis sequence
    syndroom sequentie ziekte syndrom krankheit séquence maladie síndrome sindrome secuencia
    enfermedad malattia
    sykdom sykdommen sygdom sygdommen sjukdom sjukdomen brudd bruddet fraktur frakturen
    syndromet lammelse parese svulst cyste tegn tecken""".split()
)
_CONDITION = rf"(?i:{'|'.join(sorted(_CONDITION_WORDS, key=len, reverse=True))})\b"
_POSSESSIVE = r"(?:['’]s|s['’]|['’])?"
# "Hashimoto's thyroiditis"; and the eponyms listed before one: "Cushing's or Addison's
# disease", "Bell's, Graves' and Hashimoto's disease".
_EPONYM_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP}){_POSSESSIVE}"
    rf"(?=(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+){_CAP}(?:['’]s|s['’]|['’])){{0,4}}"
    rf"[ \t]+{_CONDITION})"
)
# An eponym listed after a condition: "Graves' disease and Hashimoto's".
_AFTER_EPONYM_RE = re.compile(
    rf"{_CONDITION}(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)(?P<a>{_CAP})(?:['’]s|s['’]|['’])"
)
# Eponymous conditions written by the eponym alone: "Crohn's or Behçet's", "early
# Parkinson's". Only the possessive: "Mr Parkinson" may be a patient.
_BARE_EPONYM_RE = re.compile(
    r"\b(?P<a>Crohn|Beh[çc]et|Parkinson|Alzheimer|Hodgkin|Graves|Hashimoto|Addison|Cushing"
    r"|Sj[öo]gren|Raynaud|Huntington|Tourette|Still|Paget|Bell|M[ée]ni[èe]re|Peyronie|Dupuytren"
    r"|Kaposi|Wilms|Ewing|Barrett|Kawasaki|Takayasu|Wegener|Buerger|Castleman|Gaucher|Fabry"
    r"|Pompe|Niemann|Duchenne|Becker|Marfan|Down|Asperger|Lou[ \t]+Gehrig)"
    # (or before what tests for it: "Fabry panel", "Gaucher screening", "Pompe testing")
    r"(?:['’]s|s['’]|['’]|(?=[ \t]+(?:screening|panel|test|tests|testing|work-?up|carriers?)\b))"
)
# Scores, tests, devices and procedures named after people: "Bishop score", "Lachman and
# McMurray tests", "Foley catheter", "Whipple procedure". A capitalised word or a title right
# before makes it a person's surname instead ("Jane Roe test results"), so those are left to
# the name rules. (A patient is screened and staged too: "Roe screening visit"; only the
# listed diseases take those words, below.)
_TOOL_WORDS = frozenset(
    """score scores scale scales criteria test tests catheter catheters procedure procedures
    operation fundoplication curve curves classification maneuvre incision""".split()
)
# (in lower case: "Johnny Test Doe" is a name)
_TOOL = rf"(?:{'|'.join(sorted(_TOOL_WORDS, key=len, reverse=True))})\b"
_EPONYM_TOOL_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_CAP}){_POSSESSIVE}"
    rf"(?=(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+){_CAP}(?:['’]s)?){{0,4}}"
    rf"[ \t]+(?:(?:coma|severity|risk)[ \t]+)?{_TOOL})"
)
_WORD_BEFORE_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Pt)\.?|(?<![.!?:;\n])[ \t](?![a-z])[^\W\d_][\w'’-]*)"
    r"[ \t]+$"
)

# Anatomy named after people by "<structure> of <eponym>": "circle of Willis", "bundle of His",
# "pouch of Douglas", "islets of Langerhans", "ampulla of Vater", "foramen of Monro"; and the
# same with Romance "de"/"di"/"du" ("polígono de Willis", "ansa di Henle", "cul-de-sac de
# Douglas"). Nobody is "the pouch of" a person, so the structure's noun decides. The nouns are
# Terminologia Anatomica's kinds of structure that carry eponyms (SubjectRaw/SubjectRaw,
# subject/data/eng/terminologia-anatomica.md; the eponym reviews of ClinicalTree/
# ClinicalTree.github.io): "line" and "column" are left out, as a list's line or column may be.
_ANATOMY_NOUNS = frozenset(
    """circle bundle loop pouch islets islet canal canals ampulla sphincter crypts crypt space
    spaces node nodes triangle ligament ligaments foramen aqueduct organ duct ducts fissure
    tubercle gland glands angle island tunnel plexus corpuscles corpuscle fossa bursa membrane
    sinus valve vein artery arcade arch capsule tubules tubule trigone sulcus ganglion
    nucleus tract fascia septum recess ring fold folds band zone layer cells cul-de-sac
    polígono poligono círculo circulo cercle ansa asa anse fascículo fascicolo faisceau fascio
    islotes îlots isole ampolla ampoule esfínter sfintere conducto canale espacio espace spazio
    triángulo triangolo triangle ligamento""".split()
)
_ANATOMY_EPONYM_RE = re.compile(
    rf"(?<![\w'’-])(?i:{'|'.join(sorted(_ANATOMY_NOUNS, key=len, reverse=True))})"
    rf"[ \t]+(?:of|de|di|du|del)[ \t]+(?P<a>{_CAP})"
)

_TESTED_WORDS = frozenset("screening panel test tests testing workup work carrier carriers".split())

# Trials and studies named in capitals: "the ELEANOR and MARGOT trials", "ROSALIND enrolment".
_STUDY_RE = re.compile(
    r"\b(?P<a>[A-Z][A-Z\d-]{2,})(?=(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)[A-Z][A-Z\d-]{2,})*"
    r"[ \t]+(?i:trials?|study|studies|cohorts?|enrol(?:l)?ment|read-?outs?|arms?|data)\b)"
)
_STUDY_WORDS = frozenset(
    """trial trials study studies cohort cohorts enrolment enrollment readout readouts arm arms
    data""".split()
)


# The trade's companies (prepcli.phi.companies), each name whole: "Eli Lilly", "Johnson &
# Johnson", "Bristol-Myers Squibb". A company that is also a census given name stands alone
# only before no capitalised word ("Lilly Chen" is a person).
def _protected_companies() -> list[str]:
    return sorted((c for c in COMPANIES if c not in SHARED_WITH_PEOPLE), key=len, reverse=True)


@cache
def _company_re() -> re.Pattern[str]:
    given = census_lists()[0]
    alternatives = []
    for name in _protected_companies():
        words = [re.escape(w).replace(r"\-", "[- ]") for w in name.split()]
        pattern = r"[ \t]+".join(words).replace(r"[ \t]+\&[ \t]+", r"[ \t]*&[ \t]*")
        if " " not in name and name in given:
            pattern += r"(?![ \t]+[A-Z][a-z])"
        alternatives.append(pattern)
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b")


@cache
def _company_first_words() -> frozenset[str]:
    """Each protected company's first word, lower-cased: a cheap test before the pattern."""
    return frozenset(re.split(r"[ -]", c)[0].lower() for c in _protected_companies())


# A person who shares a company's name: "Sra. Dolores Abbott", "Frau Erika Bayer", "Mr.
# Pfizer". A title or a given name right before it makes the word a surname, and so does a
# capitalised word after the patient's word, a given name the census check may drop as an
# everyday word ("Patient Lily Pfizer", "Pt: Ann Merck"; "Patient Pfizer program" stays).
_PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?P<title>Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Frau|Herr|Mme|Mlle|M|Pani|Fru|Pt|Dr|Dra"
    r"|Prof)\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?"
    r"|\b(?P<patient>(?i:patient|pt))[ \t]*:?[ \t]+[A-Z][a-zà-öø-ÿ'’-]+[ \t]+"
    r"|(?<![\w'’-])(?P<given>[A-Z][a-zà-öø-ÿ'’-]+)[ \t]+)$"
)

# A hospital named after a person or a saint: "Complejo Hospitalario San Borja Arriarán",
# "Hospital Universitario Ramón y Cajal", "Hospital Militar Dr. Carlos Arvelo". The hospital's
# noun and a qualifier or a saint's or doctor's title before the name say it is the place.
_HOSPITAL_NAME_RE = re.compile(
    r"\b(?:Hospital|Hospitalario|Cl[ií]nica|Instituto|Centro|Sanatorio|Policl[ií]nico|Klinik"
    r"|Klinikum|Krankenhaus|Spital|H[ôo]pital|Clinique|Ospedale|Policlinico|Fundaci[óo]n"
    r"|Ziekenhuis)"
    r"(?:(?:[ \t]+(?:Universitario|Universitaria|General|Militar|Regional|Comarcal|Provincial"
    r"|Infantil|Materno-Infantil|Cl[ií]nico|Civil|Central|Nacional|Privado|Universitaire))+"
    r"(?:[ \t]+(?:San|Santa|Santo|Sant|São|Saint|St\.?|Dr\.?|Dra\.?|Doctor|Doctora|Profesor"
    r"|Prof\.?))?"
    r"|[ \t]+(?:San|Santa|Santo|Sant|São|Saint|St\.?|Dr\.?|Dra\.?|Doctor|Doctora|Profesor"
    r"|Prof\.?))"
    r"[ \t]+(?!(?:Frau|Herr|Sr|Sra|Mr|Mrs|Ms|Don|Doña|Dña)\b)"
    rf"(?P<a>{_CAP}(?:[ \t]+(?:(?:y|e|i|de|del|la)[ \t]+)?{_CAP}){{0,3}})"
)
_HOSPITAL_WORDS = frozenset(
    """hospital hospitalario clínica clinica instituto centro sanatorio policlínico policlinico
    klinik klinikum krankenhaus spital hôpital hopital clinique ospedale fundación fundacion
    ziekenhuis""".split()
)
# A trade fair's or congress's venue named after its town: "Messe Wien", "Fiera Milano", "RAI
# Amsterdam", "Palais des Congrès de Paris", "Boston Convention Center". The venue's word before
# or after says the town is the place, not a person.
_VENUE_BEFORE = (
    r"(?:Messe|Fiera|Feria|Fira|Expo|Jaarbeurs|RAI|ExCeL|Palexpo|Kongresshaus|Messezentrum"
    r"|Kongresszentrum|Congress[ \t]+Cent(?:er|re)|Convention[ \t]+Cent(?:er|re)"
    r"|Exhibition[ \t]+Cent(?:er|re)|Palais[ \t]+des[ \t]+Congr[èe]s(?:[ \t]+de)?"
    r"|Centre[ \t]+(?:de[ \t]+|des[ \t]+)?Congr[èe]s(?:[ \t]+de)?|Centro[ \t]+Congressi"
    r"|Palacio[ \t]+de[ \t]+Congresos(?:[ \t]+de)?|Centro[ \t]+de[ \t]+Convenciones(?:[ \t]+de)?)"
)
_VENUE_RE = re.compile(
    rf"\b{_VENUE_BEFORE}[ \t]+(?P<a>{_CAP}(?:[ \t]+{_CAP})?)"
    rf"|(?<![\w'’-])(?P<b>{_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]+(?:Convention|Congress|Exhibition"
    r"|Conference|Expo|Messe)[ \t]+(?:Cent(?:er|re)|Hall|Centrum)\b)"
)
_VENUE_WORDS = frozenset(
    """messe fiera feria fira expo jaarbeurs rai excel palexpo kongresshaus messezentrum
    kongresszentrum congress convention exhibition conference congrès congres centro
    palacio""".split()
)


# A maker cited in brackets, as case reports do: "(Iomeron 400, 400 mgI/ml, Bracco, Milán,
# Italia)", "(Stryker, Kalamazoo, MI, USA)". Three items or more, the last a country.
_SUPPLIER_RE = re.compile(
    r"\((?P<items>[^()\n]{1,200}),[ \t]*"
    r"(?P<country>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})[ \t]*\)"
)
# Countries as Spanish, German, French and Italian write them, beside the English names.
_COUNTRIES_OTHER = frozenset(
    """EE.UU. EEUU EE.UU Alemania Italia Francia Suiza Suecia Dinamarca Japón Holanda Bélgica
    Austria Irlanda Noruega Finlandia Portugal Brasil Argentina Canadá Inglaterra UK U.S.A.
    Deutschland Schweiz Österreich Frankreich Italien Spanien Schweden Dänemark Niederlande
    Großbritannien Irland Japan Allemagne Suisse Italie Espagne Royaume-Uni États-Unis Germania
    Francia Svizzera Spagna""".split()
) | frozenset(("Reino Unido", "Estados Unidos", "Países Bajos", "Vereinigte Staaten"))
_CAP_WORD_RE = re.compile(_CAP)


def _suppliers(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _SUPPLIER_RE.finditer(text):
        country = m.group("country")
        if m.group("items").count(",") < 1:
            continue
        if country not in _COUNTRIES_OTHER and country not in country_names():
            continue
        spans += [
            Span(m.start("items") + w.start(), m.start("items") + w.end(), "KEEP")
            for w in _CAP_WORD_RE.finditer(m.group("items"))
        ]
        spans.append(Span(m.start("country"), m.end("country"), "KEEP"))
    return spans


# A census ethnicity's field: its value names peoples ("White (Scottish/Irish Canadian)", "Cook
# Islands Māori", "French/Métis"), no one. Categories of Stats NZ's ethnicity standard, the 2021
# census of England and Wales, Statistics Canada's population groups and the US OMB standard.
_ETHNICITY_LABEL_RE = re.compile(
    r"\b(?i:ethnicity|ethnic[ \t]+(?:group|origin|background|identity)|race(?:/ethnicity)?"
    r"|ancestry)[ \t]*:[ \t]*"
)
_ETHNICITY_WORDS = frozenset("ethnicity ethnic race ancestry".split())
# The value's parts: a word, a bracket or a joining mark, each after at most one space.
_ETHNICITY_PART_RE = re.compile(r"(?P<gap> ?)(?:(?P<w>[^\W\d_][\w'’-]*)|(?P<p>[()/&+,-]))")
# The lower-case words a category holds ("Mixed (Pakistani and White Canadian)", "Other, not
# stated").
_ETHNICITY_JOINS = frozenset("and or of not stated other unknown declined descent origin".split())
# Peoples' words that a given-name list holds too ("Karen" is left out: the name is the likelier).
_PEOPLES_NAMED = frozenset(
    "Akan Baloch Chin Fijian German Hong Irish Kong Latina Latino Metis Métis Roma Romani "
    "Shan".split()
)


def _ethnicity_values(text: str) -> list[Span]:
    """KEEP spans of an ethnicity field's values, each as far as it names peoples: it ends at
    the first sign that the line goes on about someone, a lower-case word of prose, a given
    name ("Race: Asian (Priya Raman)"), a clause's comma, a full stop or a dash between spaces
    ("Ethnicity: White, lives with daughter Jane Okoro", "Samoan - Losa Vea attended"): what
    follows is read as any text is."""
    given = AnyOf(census_lists()[0], name_lists()[0])
    spans = []
    for label in _ETHNICITY_LABEL_RE.finditer(text):
        end = pos = label.end()
        depth = 0
        for m in _ETHNICITY_PART_RE.finditer(text, pos):
            if m.start() != pos:
                break
            word, mark = m.group("w"), m.group("p")
            if word is not None:
                if word[0].islower() and word not in _ETHNICITY_JOINS:
                    break
                if word in given and word not in _PEOPLES_NAMED:
                    break
            elif mark == "(":
                depth += 1
            elif mark == ")":
                depth -= 1
            elif (mark == "," and not depth) or (mark == "-" and m.group("gap")):
                break
            pos = m.end()
            if word is not None or mark == ")":
                end = pos
        if end > label.end():
            spans.append(Span(label.end(), end, "KEEP"))
    return spans


def protected_spans(text: str, words: frozenset[str]) -> list[Span]:
    """Eponyms and founders' companies in ``text`` (``words``: its lower-cased words): no
    patient's name may overlap them."""
    spans: list[Span] = []
    if not words.isdisjoint(_CONDITION_WORDS):
        for rx in (_EPONYM_RE, _AFTER_EPONYM_RE):
            spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in rx.finditer(text)]
    if not words.isdisjoint(_TOOL_WORDS):
        for m in _EPONYM_TOOL_RE.finditer(text):
            if _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is None:
                spans.append(Span(m.start("a"), m.end("a"), "KEEP"))
    if "'" in text or "’" in text or not words.isdisjoint(_TESTED_WORDS):
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _BARE_EPONYM_RE.finditer(text)]
    if not words.isdisjoint(_ANATOMY_NOUNS):
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _ANATOMY_EPONYM_RE.finditer(text)]
    if not words.isdisjoint(_STUDY_WORDS):
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _STUDY_RE.finditer(text)]
    if not words.isdisjoint(_HOSPITAL_WORDS):
        spans += [Span(m.start("a"), m.end("a"), "KEEP") for m in _HOSPITAL_NAME_RE.finditer(text)]
    if not words.isdisjoint(_VENUE_WORDS):
        for m in _VENUE_RE.finditer(text):
            # (the venue's own word too: "Fira" is a given name)
            g = "a" if m.group("a") is not None else "b"
            spans.append(Span(m.start(), m.end(g), "KEEP"))
    if not words.isdisjoint(_ETHNICITY_WORDS):
        spans += _ethnicity_values(text)
    if "(" in text and text.count(",") >= 2:
        spans += _suppliers(text)
    # (a company's possessive is the company too: "Sandoz's biosimilar")
    owned = {w.split("'")[0].split("’")[0] for w in words if "'" in w or "’" in w}
    if not words.isdisjoint(_company_first_words()) or not _company_first_words().isdisjoint(owned):
        for m in _company_re().finditer(text):
            before = _PERSON_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if (
                before is not None
                and (
                    before.group("title")
                    or before.group("patient")
                    or _given(before.group("given"))
                    # (a possessive after a capitalised word is a person's as likely: "Melvyn
                    # Abbott's carer")
                    or text[m.end() : m.end() + 2] in ("'s", "’s")
                )
            ):
                continue
            spans.append(Span(m.start(), m.end(), "KEEP"))
    return spans


def _given(word: str) -> bool:
    """Whether ``word`` is a given name of the census list, accents or not ("Ramón")."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return plain in census_lists()[0]
