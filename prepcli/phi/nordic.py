"""Identifiers as Norwegian, Danish and Swedish notes write them.

A Scandinavian chart or letter names its fields in its own language ("Pasient:", "Fornavn:",
"Efternavn", "Fødselsnummer", "CPR-nr.", "Personnummer", "Telefon", "Tlf.", "Mobil") and, in
running text, joins label and value with a copula rather than a colon ("Pasientens
personnummer er 690150 35720", "telefonnummeret hans er 912 34 567", "98 76 54 32 er oppført
som hans telefonnummer"). National numbers there need no valid check digits to be one
person's: test and synthetic records rarely carry valid ones, and a label says what a number
is better than its digits. Phones are eight digits in pairs or groups (Norway, Denmark), often
with +47/+45/+46 or 0047/0045/0046 in front, and a Danish note qualifies them in brackets
("(privat)", "(arbejde)").

The same languages write a handful of everyday words the name lists hold as given names: the
pronoun "Han" (he), "hans" (his), "Ingen" (none), "Alle" (all), "Mange" (many). In a note that
is Scandinavian by its function words, such a word in lower case, or opening a sentence or a
bullet, is that word and not a patient, and so is a document's title ("Utskrivningsnotat"); a
field's or a phone's label is never its value (`nordic_trim`). Names come from the charts'
fields, the patient's word, relatives and an age (`nordic_names`), numbers and dates from
their labels (`nordic_ids`), postal fields and floors from the address (`nordic_addresses`).

Clinicians are named by role there too ("fastlege Kari Holm", "overlege Nilsen", "LIS Berg",
"signert av"): those spans are kept like a titled doctor's (`nordic_clinicians`).

Labels, verbs, roles and function words are written out from common usage of the three
languages (no outside list).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from prepcli.phi.relatives import NORDIC, NORDIC_CHILDREN, alternation, word_set
from prepcli.phi.spans import Span, folded, letter_runs

# Words only Norwegian, Danish or Swedish text holds (not English words, nor abbreviations
# English notes write in lower case such as "er", "av", "af", "med", "sig", "vid"): two of
# them make a note Scandinavian for the guards below.
_NORDIC_MARKERS = frozenset(
    """og och ikke ikkje inte ble blev blir bliver hadde havde hade har är på paa til det ett
    eller også också även ved hos mot etter efter pasienten pasientens patientens borgeren
    hennes hennar hendes sitt sine sina seg jeg jag dere honom henne innlagt indlagt inlagd
    utskrevet udskrevet utskriven innleggelse indlæggelse inläggning ingen inga både år hun hon
    ringte ringde pårørende pårørande anhörig datteren sønnen kona konen han fikk fick fått
    skal ska vil ville kunne skulle hvor hvordan hvorfor hvilken når enn än fra från være
    vara blitt blivit mye mycket noe något noen nogen några dem deres deras""".split()
)
# Everyday words of those languages that the name lists also hold (pronouns, determiners,
# quantifiers, kin): never a patient where the note reads as Scandinavian and the word is in
# lower case or opens a sentence, a line or a bullet.
NORDIC_WORDS = frozenset(
    """han hun hon hans hennes hennar hendes ham honom henne den det de dem vi jeg jag du dere
    ni min mi mitt mine sin si sitt sine sina deres dess vår vårt våre ingen inga intet inget
    alle alla all mange många noen nogle några flere fler flera begge bägge hver hvert varje
    selv själv man men og och eller for før etter efter med mot mod til till fra från av af
    ved vid under over uten utan ikke inte ej ja nei nej her hit der dit nå nu da så som når
    hvis om alder født fødd född pasient pasienten patient patienten borger borgeren
    pasientens patientens borgerens""".split()
) | frozenset(NORDIC + NORDIC_CHILDREN)
# Months, weekdays and holidays that are given names too ("Mai", "August", "Jul"): only a
# word alone is the day ("Mai ble en tøff måned"); before a surname it is the person
# ("August Lunde").
_CALENDAR_WORDS = frozenset(
    """januar januari februar februari mars april mai maj juni juli august augusti september
    oktober november desember december mandag måndag tirsdag tisdag onsdag torsdag fredag
    lørdag lördag søndag söndag jul julen påske påsken""".split()
)

_MARKER_COUNT = 2


def nordic_text(words: frozenset[str]) -> bool:
    return len(words & _NORDIC_MARKERS) >= _MARKER_COUNT


_BULLET_START_RE = re.compile(r"(?:^|\n)[ \t>]*(?:[-–•*·]|\d{1,2}[.)])[ \t]*$")


def _opens(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a line or a bullet."""
    before = text[:pos].rstrip(" \t")
    if not before or before[-1] in ".!?:\n\"'“(":
        return True
    return _BULLET_START_RE.search(text, max(0, pos - 12), pos) is not None


# What a chart's documents are called, ending their compounds: "Utskrivningsnotat",
# "Innleggelsesjournal", "Epikrise", "Henvisning", "Legeerklæring". Never a person.
_DOCUMENT_ENDINGS = (
    "notat",
    "journal",
    "epikrise",
    "epikris",
    "henvisning",
    "henvisningen",
    "remiss",
    "rapport",
    "sammendrag",
    "oppsummering",
    "sammanfattning",
    "resumé",
    "skjema",
    "attest",
    "erklæring",
    "intyg",
    "brev",
    "dokument",
)


_FIELD_LABELS = frozenset(
    """borger bruger bruker brukar pasient patient klient kontakt kontaktperson navn namn
    fornavn etternavn efternavn förnamn efternamn pårørende pårørande anhörig verge adresse
    adress telefon mobil alder født fødd född bosted""".split()
)
_COLON_AFTER_RE = re.compile(r"[ \t]*:")
# (Swiss German "Natel", a mobile, as Swiss forms label one)
_PHONE_WORDS = frozenset("telefon telefonnummer tlf tel mobil mobiltelefon handy mob natel".split())
_NUMBER_AFTER_RE = re.compile(r"[ \t]*[.:]?[ \t]*(?:nr\.?[ \t]*)?[+(\d]")


_VERB_NEXT_RE = re.compile(
    r"[ \t]+(?:er|var|ble|blir|blev|bliver|har|hadde|havde|hade|vil|skal|ska|kan|må|fikk|fick"
    r"|fik|får|bor|kom|kommer|ønsker|önskar|klager|klaget|är)\b"
)


_HEADING_START_RE = re.compile(r"(?:^|\n)[ \t>*•-]*$")


def nordic_trim(
    text: str, span: Span, words: frozenset[str], listed: Container[str] = frozenset()
) -> Span | None:
    """A found name without the Scandinavian everyday words it opens with ("Datteren Ingrid
    Olsen" -> "Ingrid Olsen", "for hans tilstand" -> none, "- Ingen smerte" -> none, "Han er
    40 år" -> none), or None when nothing of it is a name; a document's title
    ("Utskrivningsnotat") is none either. Only where the note reads as Scandinavian."""
    value = text[span.start : span.end]
    # a Scandinavian field's label is never its value, whatever the note's language reads as
    # ("Borger: Jens Mølgaard", "Kontakt: datter Lone")
    if value.lower() in _FIELD_LABELS and _COLON_AFTER_RE.match(text, span.end):
        return None
    # a phone's label before its number, in any note: "Telefon +45 33 12 34 56", "Mobil 0171"
    if value.lower() in _PHONE_WORDS and _NUMBER_AFTER_RE.match(text, span.end):
        return None
    # "MR caput", "MR thorax", "MR brain": an MRI scan, not "Mr"
    if value.islower() and text[max(0, span.start - 3) : span.start] == "MR ":
        return None
    if not nordic_text(words):
        return span
    if value.split()[-1].lower().endswith(_DOCUMENT_ENDINGS):
        return None
    # a heading: capitalised words from the line's start to a colon, the last no name the
    # lists know ("Personlig Informasjon:", "Inntak Dys:"); a speaker "Ola Nordmann:" stays
    if (
        _COLON_AFTER_RE.match(text, span.end)
        and _HEADING_START_RE.search(text, max(0, span.start - 8), span.start)
        and value.split()[-1].strip(".,") not in listed
    ):
        return None
    if value.lower() in _CALENDAR_WORDS and (value.islower() or _opens(text, span.start)):
        return None
    start = span.start
    for m in re.finditer(r"\S+", value):
        word = m.group()
        at = span.start + m.start()
        if word.lower() not in NORDIC_WORDS or not (word.islower() or _opens(text, at)):
            break
        # "Hans" is a given name too: before a surname ("Hans Olsen") or a verb ("Hans har
        # smerter") it is the person; before a noun ("Hans tilstand") it is "his"
        if word == "Hans" and (m.end() < len(value) or _VERB_NEXT_RE.match(text, span.end)):
            break
        start = span.start + m.end()
    else:
        return None
    if start == span.start:
        return span
    start += len(text[start : span.end]) - len(text[start : span.end].lstrip())
    return Span(start, span.end, span.type)


# --- labelled numbers ---------------------------------------------------------------------------

# National identity numbers' labels, in the definite form too ("personnummeret"): Norway's
# fødselsnummer/personnummer/D-nummer ("folkeregistrert nummer"), Denmark's CPR, Sweden's
# personnummer/samordningsnummer, and "social security number" as the languages translate it.
_ID_LABEL = (
    r"(?:person(?:nummer|nr\.?)(?:et)?|pers\.[ ]?nr\.?|f[øo]dselsn(?:ummer|r\.?)(?:et)?"
    r"|f\.[ ]?nr\.?|fnr\.?|d-nummer(?:et)?|folkeregist(?:rert|er)[ \t-]*(?:nummer|nr\.?)(?:et)?"
    r"|(?:sosial(?:e)?|social(?:e)?)[ \t]*sikkerhetsnummer(?:et)?|personbeteckning"
    r"|samordningsnummer(?:et)?|cpr(?:[ \t-]?(?:nr\.?|nummer(?:et)?)|\.[ ]?nr\.?)?"
    r"|personlig[ \t]+identifikationsnummer)"
)
_PHONE_LABEL = (
    r"(?:telefon(?:nummer(?:et)?|nr\.?|en)?|tlf\.?|tel\.?|mobil(?:telefon|nummer(?:et)?|nr\.?)?"
    r"|mob\.?|kontakt(?:nummer(?:et)?|telefon)|(?:hjemme|arbeids|jobb|privat|arbejds)telefon"
    r"|(?:hjem|hem)nummer|sms)"
)
# A possessive after the label: "telefonnummeret hans er ...", "personnummeret til pasienten"
_OWNER = r"(?:[ \t]+(?:hans|hennes|hennar|hendes|til[ \t]+(?:pasienten|borgeren|patienten)))?"
# Between label and value: a colon, or the copula of running text ("er", "är", "var").
_JOIN = r"[ \t]*[:=#]?[ \t]*(?:(?:er|är|var|is|lyder)[ \t]*:?[ \t]+)?"
# A national number: 11 digits (Norway, 6 + 5), 10 (Denmark, Sweden, 6 + 4), or Sweden's 12;
# grouped with a space, a dash or a plus.
_ID_VALUE = r"(?:19|20)?\d{6}[ \t]?[-+]?[ \t]?\d{4,5}"
# A phone: a country prefix, then groups of two to four digits.
_PHONE_VALUE = r"(?:(?:\+|00)\d{2,3}[ \t-]?)?\(?\d{2,4}\)?(?:[ \t-]?\d{2,4}){1,4}"

_ID_AFTER_LABEL_RE = re.compile(
    rf"\b{_ID_LABEL}{_OWNER}{_JOIN}(?P<v>{_ID_VALUE})(?![\d-])", re.IGNORECASE
)
_PHONE_AFTER_LABEL_RE = re.compile(
    rf"\b{_PHONE_LABEL}{_OWNER}{_JOIN}(?:på[ \t]+)?(?P<v>{_PHONE_VALUE})(?![\d-])",
    re.IGNORECASE,
)
# The value first: "98 76 54 32 er oppført som hans telefonnummer", "0102034567 er hennes
# personnummer".
_VALUE_BEFORE_LABEL_RE = re.compile(
    rf"(?<![\d+-])(?P<v>{_PHONE_VALUE})[ \t]+(?:er|är|var)[ \t]+[^.\n\d]{{0,40}}?"
    rf"(?:(?P<id>{_ID_LABEL})|{_PHONE_LABEL})\b",
    re.IGNORECASE,
)
# "Træffes på 98 87 98 87", "kan nås på", "ring på": where someone can be reached.
_REACHED_RE = re.compile(
    r"\b(?i:træffes|treffes|träffas|nås|naas|ringes|ring|ringe|kontaktes|kontaktas)"
    r"[ \t]+(?i:på|paa|på[ \t]+tlf\.?)[ \t]+"
    rf"(?P<v>{_PHONE_VALUE})(?![\d-])"
)
# (what every _REACHED_RE match holds, each word a run of letters)
_REACHED_WORDS = frozenset(
    "træffes treffes träffas nås naas ringes ring ringe kontaktes kontaktas".split()
)
_ON_WORDS = frozenset(("på", "paa"))
# Eight digits as Norway and Denmark group them, qualified in brackets: "12 45 78 12
# (arbejde)", "912 34 567 (mobil)".
_QUALIFIED_PHONE_RE = re.compile(
    r"(?<![\d+-])(?P<v>\d{2}[ ]\d{2}[ ]\d{2}[ ]\d{2}|\d{3}[ ]\d{2}[ ]\d{3}|\d{4}[ ]\d{4}|\d{8})"
    r"[ \t]*\((?i:privat|arbejde|arbeid|jobb|job|arbete|hjem|hjemme|hem|mobil|work|home|mobile"
    r"|cell)\)"
)
# A year of birth after its label: "Fødselsår: 1947", "fødselsåret er 1958", "Födelseår 1960".
_BIRTH_YEAR_RE = re.compile(
    rf"\b(?i:f[øö]dsels?år(?:et)?|f[öø]delseår(?:et)?){_OWNER}{_JOIN}"
    r"(?P<v>(?:18|19|20)\d{2})(?!\d)"
)
_ID_HINTS = ("nummer", "nr", "cpr", "personbeteckning", "tlf", "tel", "mobil", "mob", "sms")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


# The Nordic "f." (født, född) before a year alone: "Mann f. 1944", "(f. 1961)".
_BORN_YEAR_RE = re.compile(r"(?<![\w.])f\.[ \t]*(?P<v>(?:18|19|20)\d{2})(?![\d.,/-]\d)")


def nordic_ids(
    text: str, low: str, words: frozenset[str] = frozenset(), runs: frozenset[str] | None = None
) -> Iterator[Span]:
    """National numbers (SSN), phones (PHONE) and years of birth (DOB) after, or before, a
    Scandinavian label; ``runs``: the folded runs of letters of ``low`` (spans.letter_runs)."""
    runs = letter_runs(low) if runs is None else runs
    if any(h in low for h in _ID_HINTS):
        for m in _ID_AFTER_LABEL_RE.finditer(text):
            yield Span(m.start("v"), m.end("v"), "SSN")
        for m in _PHONE_AFTER_LABEL_RE.finditer(text):
            if 8 <= _digits(m.group("v")) <= 14:
                yield Span(m.start("v"), m.end("v"), "PHONE")
        for m in _VALUE_BEFORE_LABEL_RE.finditer(text):
            kind = "SSN" if m.group("id") else "PHONE"
            if 8 <= _digits(m.group("v")) <= 14:
                yield Span(m.start("v"), m.end("v"), kind)
    if "f." in text and nordic_text(words):
        for m in _BORN_YEAR_RE.finditer(text):
            yield Span(m.start("v"), m.end("v"), "DOB")
    if "år" in low:
        for m in _BIRTH_YEAR_RE.finditer(text):
            yield Span(m.start("v"), m.end("v"), "DOB")
    reached = not runs.isdisjoint(_REACHED_WORDS) and not runs.isdisjoint(_ON_WORDS)
    for m in _REACHED_RE.finditer(text) if reached else ():
        if 8 <= _digits(m.group("v")) <= 14:
            yield Span(m.start("v"), m.end("v"), "PHONE")
    if "(" in text:
        for m in _QUALIFIED_PHONE_RE.finditer(text):
            yield Span(m.start("v"), m.end("v"), "PHONE")


# A postcode and town in their own field: "Postnr./sted: 7030 Trondheim", "Postnummer: 0368",
# "Poststed: Hamar", "Postort: Umeå".
_TOWN = r"[A-ZÆØÅÄÖ][\wæøåäö-]*"
_POSTAL_RE = re.compile(
    r"\b(?i:post(?:nr\.?|nummer)(?:[ \t]*(?:/|og|och|&)[ \t]*(?:sted|ort|by))?|poststed|postort"
    r"|postdistrikt)[ \t]*[:.]?[ \t]*"
    rf"(?P<v>(?:\d{{4}}|\d{{3}}[ ]?\d{{2}})(?:[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?"
    rf"|{_TOWN}(?:[ \t]+{_TOWN})?)(?![\w-])"
)


# A street by its Scandinavian street word (one compound, "Havnegade", or a name and the
# word, "Kongens gate"), its number, the floor and side Danish and Swedish addresses add ("3.
# sal", "2. th.", "st. tv.", "lgh 1102", "4. etg."), a postcode and a town: "Havnegade 40, 3.
# sal, 5000 Odense C".
_STREET_WORDS = (
    r"(?:veien|vegen|vei|veg|gata|gate|gaten|vej|vejen|gade|gaden|gatan|vägen|väg|allé|alle"
    r"|plass|plads|torget|torv|stien|stig|bakken|bakke|svingen|ringen|tunet|lia|li|haugen"
    r"|stræde|strædet|gränd|backe|backen)"
)
_FLOOR = (
    r"(?:\d{1,2}\.?[ \t]*(?:sal|etg\.?|etasje|tv\.?|th\.?|mf\.?|tr\.?)"
    r"|st\.?(?:[ \t]*(?:tv|th|mf)\.?)?|kl\.?(?:[ \t]*(?:tv|th)\.?)?|lgh\.?[ \t]*\d{3,4}"
    r"|leil\.?[ \t]*[A-Z]?\d{1,4}|[A-Z]\d{3,4})"
)
_NORDIC_STREET_RE = re.compile(
    rf"(?<![\w-])(?:{_TOWN}{_STREET_WORDS}|{_TOWN}[ \t]+(?i:{_STREET_WORDS}))[ \t]+\d{{1,4}}"
    rf"[ \t]?[A-Za-z]?(?:[ \t]*,?[ \t]*{_FLOOR}){{1,3}}[ \t]*,?[ \t]*"
    rf"(?:\d{{4}}|\d{{3}}[ ]\d{{2}})[ \t]+{_TOWN}(?:[ \t]+(?:[A-ZØ]\b|{_TOWN}))?"
)


def nordic_addresses(text: str, low: str) -> Iterator[Span]:
    """A Scandinavian postal field's postcode and town; a street with its floor and side."""
    if "post" in low:
        for m in _POSTAL_RE.finditer(text):
            yield Span(m.start("v"), m.end("v"), "ADDRESS")
    if any(c.isdigit() for c in text):
        for m in _NORDIC_STREET_RE.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS")


# --- names --------------------------------------------------------------------------------------

_CAP = r"(?![a-zæøåäöü])[A-ZÆØÅÄÖÜÉ][\wæøåäöüé'’-]*"
# A person's field in a Scandinavian chart: "Pasient:", "Navn:", "Pasientens navn:",
# "Fornavn:", "Etternavn:", "Efternavn:", "Förnamn:", "Namn:", "Borger:", "Pårørende:".
_NAME_LABEL = (
    r"(?:pasient(?:ens)?[ \t]+navn|pasientnavn|patient(?:ens)?[ \t]+namn|patientnamn"
    r"|borger(?:ens)?[ \t]+navn|(?:for|etter|efter|mellom|mellem|f[öo]r|slekts)n(?:avn|amn)"
    r"|navn|namn|pasient|borger|bruker|brukar|klient|pårørende|pårørande|anhörig"
    r"|nærmeste[ \t]+pårørende|kontaktperson|verge)"
)
_LABELLED_NAME_RE = re.compile(
    rf"(?i:\b{_NAME_LABEL})[ \t]*:[ \t]*(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})"
)
# The patient's word of those languages before a name, no colon: "Pasienten Boris Skjelstad",
# "pasient Glenn Noreng", "Pasienten, Gjermund Træet, ble", "vedr. borger Elmer",
# "efternavn Elmer"; and a relative: "datteren Ingrid", "hans kone Kari Olsen".
_CUE_NAME_RE = re.compile(
    r"\b(?i:pasient(?:en)?|patienten|borger(?:en)?|bruker(?:en)?|fornavn|etternavn"
    rf"|efternavn|förnamn|efternamn|{alternation(NORDIC, plural=False)})"
    rf",?[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})"
)
# A name before an age: "Abbas 36 år gammel", "Kari Olsen, 54 år,", "Ola (7 år)".
_AGE_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?:,[ \t]*|[ \t]+\(?|[ \t]*\()"
    r"\d{1,3}[ \t]*(?:år|års|-årig|-åring)\b"
)
# Words that open a chart's lines or letters' sentences, never a name in these places.
_NOT_NAMES = frozenset(
    """Nr Nummer Alder Født Fødd Född Fødselsdato Telefon Adresse Pasient Pasienten Patient
    Patienten Diagnose Hoveddiagnose Innlagt Indlagt Ukjent Ukendt Okänd Ikke Inte Nei Nej
    Ja Han Hun Hon Den Det De Vi Jeg Jag Dr Lege Overlege Sykepleier""".split()
)


def _name_words(text: str, start: int, end: int, blocked: Container[str]) -> Span | None:
    """The leading words of text[start:end] that may be a name: stops at a Scandinavian
    everyday word, a chart word or a blocked word."""
    kept = start
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group().strip(",.;:")
        if word in _NOT_NAMES or word.lower() in NORDIC_WORDS or word in blocked:
            break
        kept = start + m.start() + len(word)
        if m.group().endswith((",", ".", ";", ":")):
            break
    return Span(start, kept, "PATIENT-NAME") if kept > start else None


# The words every match of _LABELLED_NAME_RE ends its label on, and every match of _CUE_NAME_RE
# opens with, as runs of letters: "Pasientens navn:" ends on "navn".
_LABEL_LAST_WORDS = frozenset(
    """navn namn pasientnavn patientnamn pasient borger bruker brukar klient pårørende
    pårørande anhörig kontaktperson verge""".split()
) | {
    prefix + "n" + ending
    for prefix in ("for", "etter", "efter", "mellom", "mellem", "för", "slekts")
    for ending in ("avn", "amn")
}
_CUE_NAME_WORDS = frozenset(
    """pasient pasienten patienten borger borgeren bruker brukeren fornavn etternavn efternavn
    förnamn efternamn""".split()
) | word_set(NORDIC, plural=False)
_NAME_OWNERS = frozenset(
    "pasientens patientens borgerens brukerens klientens fullt fullstendig fullständigt".split()
)
_CUE_HINTS = frozenset(
    """pasient pasienten patient patienten borger borgeren bruker brukeren fornavn etternavn
    efternavn förnamn efternamn navn namn pasientnavn patientnamn pårørende pårørande anhörig
    kontaktperson verge klient brukar""".split()
) | word_set(NORDIC, plural=False)


# Scandinavian given names that are English words (so the name lists leave them out), before
# a capitalised surname in a Scandinavian note: "Per Hansen ble innlagt", "Bo Lindqvist".
_WORDLIKE_GIVEN_RE = re.compile(
    r"\b(?P<name>(?:Per|Bo|Tor|Liv|Siv|Gro|Unn|Ove|Sten|Stig|Rune|Bent|Dag|Eli|Ask|Mai|Maj|Rut|August)"
    rf"(?:-[A-ZÆØÅ][a-zæøå]+)?[ \t]+{_CAP})"
)


_GIVEN_BEFORE_RE = re.compile(
    r"\b(?:Per|Bo|Tor|Liv|Siv|Gro|Unn|Ove|Sten|Stig|Rune|Bent|Dag|Eli)[ \t]+$"
)


def given_before(text: str, span: Span, words: frozenset[str]) -> bool:
    """Whether a Scandinavian note names ``span`` after a given name that is an English word:
    "Per Hansen ble innlagt" is a patient, not a source cited "per Hansen"."""
    return _GIVEN_BEFORE_RE.search(
        text, max(0, span.start - 6), span.start
    ) is not None and nordic_text(words)


def nordic_names(
    text: str,
    words: frozenset[str],
    first: Container[str],
    last: Container[str],
    blocked: Container[str],
    runs: frozenset[str] | None = None,
) -> list[Span]:
    """Names a Scandinavian chart's fields, patient word, relatives or an age give away;
    ``runs``: the note's folded runs of letters (spans.letter_runs)."""
    spans: list[Span] = []
    runs = letter_runs(folded(text)) if runs is None else runs
    cued = not words.isdisjoint(_CUE_HINTS)
    if cued and ":" in text and not runs.isdisjoint(_LABEL_LAST_WORDS):
        for m in _LABELLED_NAME_RE.finditer(text):
            # a bare "Navn:" is a person's only at a line's start or after a person's word
            # ("Sykehusets navn: Sørlandet sykehus" is a hospital's)
            if m.group().split(":")[0].strip().lower() in ("navn", "namn"):
                line = text.rfind("\n", 0, m.start()) + 1
                before = text[line : m.start()].split()
                if before and before[-1].lower().strip("-–•*") not in _NAME_OWNERS:
                    continue
            line_end = text.find("\n", m.start("name"))
            end = m.end("name") if line_end < 0 else min(m.end("name"), line_end)
            span = _name_words(text, m.start("name"), end, blocked)
            if span is not None:
                spans.append(span)
    if cued and not runs.isdisjoint(_CUE_NAME_WORDS):
        for m in _CUE_NAME_RE.finditer(text):
            if text[m.start()].isupper() and not _opens(text, m.start()):
                continue  # "Dr. Mor Peled": a capitalised cue mid-sentence is a name's word
            if m.group().isupper():
                continue  # "SON TO SPEAK WITH ...": a note in capitals says nothing by case
            span = _name_words(text, m.start("name"), m.end("name"), blocked)
            if span is None:
                continue
            head = text[span.start : span.end].split()[0]
            # after a relative, one word must be a listed given name: "far Diabetes" is a
            # family history
            if " " not in text[span.start : span.end] and head not in first:
                relative = m.group().split()[0].lower().rstrip(",") not in (
                    "pasient pasienten patient patienten borger borgeren bruker brukeren fornavn"
                    " etternavn efternavn förnamn efternamn".split()
                )
                if relative:
                    continue
            spans.append(span)
    if nordic_text(words):
        for m in _WORDLIKE_GIVEN_RE.finditer(text):
            given = _name_words(text, m.start("name"), m.end("name"), blocked)
            pair = text[given.start : given.end].split() if given is not None else []
            if given is not None and len(pair) > 1 and (pair[1] in last or pair[1] in first):
                spans.append(given)
    if "år" in words or "års" in words or "-årig" in text:
        for m in _AGE_AFTER_RE.finditer(text):
            span = _name_words(text, m.start("name"), m.end("name"), blocked)
            if span is None:
                continue
            # one word before an age must be a listed name: "Siste 3 år" is a time
            named = text[span.start : span.end]
            if " " not in named and (len(named) < 3 or (named not in first and named not in last)):
                continue
            spans.append(span)
    return spans


# --- clinicians ---------------------------------------------------------------------------------

# Doctors, nurses and therapists by their Scandinavian role before a name ("fastlege Kari Holm",
# "overlege Nilsen", "LIS1 Berg", "sykepleier Ola", "psykolog Aas"), and who signed or wrote a
# note ("Signert av", "Skrevet av", "Dikt. av", "Godkjent av", "Underskrevet af").
_NORDIC_HCP_RE = re.compile(
    r"\b(?:(?i:(?:fast|over|under|assistent|turnus|lege|distrikts|avdelings(?:over)?|"
    r"vakthavende[ \t]+|behandlende[ \t]+|henvisende[ \t]+|praktiserende[ \t]+|egen[ \t]+)?"
    r"(?:lege|læge|legen|lægen|läkare|läkaren)|(?:spesial|special|distrikts|helse)?"
    r"(?:sykepleier|sygeplejerske|sjuksköterska|sykepleieren)|jordmor|jordemoder|barnmorska"
    r"|fysioterapeut|ergoterapeut|[a-zæøå]*olog(?:en)?|kiropraktor|tannlege|tandlæge"
    r"|kirurg(?:en)?|spesialist(?:en)?|specialist(?:en)?|indremedisiner"
    r"|tandläkare|farmasøyt|farmaceut|apoteker|sekretær|sekreterare|helsesøster"
    r"|(?:signert|skrevet|diktert|dikt\.|godkjent|vidimert|undertegnet|underskrevet|signeret"
    r"|skrevet|godkendt|signerad|skriven|dikterad|vidimerad)[ \t]+(?:av|af))"
    r"|LIS[123]?|LIS-lege)"
    r"[ \t]*:?[ \t]+(?:(?:Dr|dr)\.?[ \t]+)?"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:[A-ZÆØÅ]\.[ \t]*)?{_CAP}){{0,2}})"
)
_HCP_HINTS = (
    "olog",
    "kirurg",
    "spesialist",
    "specialist",
    "lege",
    "læge",
    "läkare",
    "sykepleier",
    "sygeplejerske",
    "sjuksköterska",
    "jordmor",
    "terapeut",
    "psykolog",
    "LIS",
    " av ",
    " af ",
    "tannlege",
    "farma",
    "apotek",
    "sekret",
    "helsesøster",
    "jordemoder",
    "barnmorska",
    "kiropraktor",
    "tandl",
)


# The same roles after the name: "Kari Holm, fastlege", "Ola Berg (overlege)", and a
# signature's name line above its role line ("Kari Holm\nfastlege, Bjølsen legesenter").
_NORDIC_ROLE_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*(?:,[ \t]*|\([ \t]*|\n[ \t]*)"
    r"(?i:(?:fast|over|assistent|turnus|distrikts|avdelings(?:over)?)?(?:lege|læge|läkare)"
    r"|(?:spesial|special|distrikts)?(?:sykepleier|sygeplejerske|sjuksköterska)|LIS[123]?"
    r"|jordmor|jordemoder|barnmorska|fysioterapeut|ergoterapeut|psykolog|helsesøster)"
    r"(?=[ \t]*(?:[),;.\n]|$))"
)


def nordic_clinicians(text: str) -> list[Span]:
    """Clinicians named before or after their Scandinavian role: off limits to every name
    rule."""
    if not any(h in text for h in _HCP_HINTS):
        return []
    spans = []
    for rx in (_NORDIC_HCP_RE, _NORDIC_ROLE_AFTER_RE):
        for m in rx.finditer(text):
            span = _name_words(text, m.start("name"), m.end("name"), frozenset())
            if span is not None:
                spans.append(Span(span.start, span.end, "HCP"))
    return spans
