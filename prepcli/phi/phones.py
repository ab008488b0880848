"""Phone and pager numbers in any country's format.

Rules find phone-shaped digit groups cheaply; a phone cue ("Phone:", "call me on", "-Fax") or
the North American shape settles them, and otherwise Google's libphonenumber (``phonenumbers``)
decides whether the digits are a valid number in one of the regions below. On the phone
snippets of the external tuning set: libphonenumber's own PhoneNumberMatcher (region US) found
0.651 at 77 us a snippet; the shape rules alone 0.872; rules plus the library 0.945 at 84 us,
precision 0.99 for all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from prepcli.phi.dates import ddmmyyyy
from prepcli.phi.relatives import CARERS, RELATIVES, alternation
from prepcli.phi.spans import folded

# Regions tried for numbers written without "+", by how the number starts: national formats
# with a leading 0 (trunk prefix) or without one. The US comes first, as most notes are American.
_TRUNK_REGIONS: tuple[str, ...] = (
    "GB",
    "DE",
    "FR",
    "NL",
    "SE",
    "AU",
    "IL",
    "JP",
    "CN",
    "FI",
    "AT",
    "CH",
    "BE",
    "IT",
    "BR",
    "IN",
    "ZA",
    "HU",
    "NZ",
    "MX",
    "AR",
    "TW",
    "KR",
)
_PLAIN_REGIONS: tuple[str, ...] = (
    "US",
    "BR",
    "ES",
    "IT",
    "DK",
    "NO",
    "PL",
    "PT",
    "CN",
    "IN",
    "MX",
    "NZ",
    "AR",
)

# An extension, in the languages whose phones the regions above write: French "poste",
# German "Durchwahl"/"DW", Spanish "anexo"/"interno", Portuguese "ramal", Dutch "toestel".
# (with their dots too: "x.22", "extn. 7", "DW. 22")
_EXT = r"(?:x\.?|ext\.?|extn\.?|extension|poste|durchwahl|dw\.?|anexo|interno|ramal|toestel)"

_CANDIDATE_RE = re.compile(
    # Not inside a code such as US-ONC-2025-0142 or NCT04512345 (ASCII look-behinds: a number
    # right after Chinese text, "聯絡電話0912-345-678", is still a number).
    # A "(" opens a number wherever it stands ("9087(614) 555-0192" once the SSN is replaced),
    # and so does a "+" after a label's punctuation ("OFFICE-+1 (516) ...", "tel.+44 20 ...").
    r"(?:(?=[+\d])(?<![A-Za-z0-9_/.+])(?<![A-Za-z0-9_]-)|(?=\()|(?=\+\d)(?<![A-Za-z0-9_+]))"
    # country code: "+44", "++1" as some write it, "(+41)", "+(370)", "0031" (the
    # international prefix)
    r"(?:(?:\+{1,2} ?\d{1,3}|\+?\(\+?\d{1,3}\)|1)[ .-]?)?"
    r"(?:\(0?\d{1,4}(?:[ ]\d{1,4})?\)[ .-]?)?"  # (area), Hungary's trunk in it: "(06 1)"
    # Groups of digits, a "(0)" or "(33)" among them, separated by spaces, dots, dashes or
    # slashes ("650/253/1234", "0 3   3 3 1   6 0 0 5", "64(0)64123456").
    r"\d{1,15}(?:(?:[ \t./-]{1,3}|(?=\())(?:\(\d{1,4}\)[ .-]?)?\d{1,10}){0,11}"
    rf"(?:\s?,?\s?(?:{_EXT}|\#)\s?:?\s?-?\d{{1,7}}|\s?\((?:{_EXT}|\#)\s?:?\s?\d{{1,7}}\))?"
    # (Chinese, Japanese and Korean run on after a number: "携帯09012345678まで")
    r"(?![\w/](?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|[.-]\d)",
    re.IGNORECASE,
)
# The North American shape needs no library: (614) 555-0192, 614.555.0192, +1 614-555-0192.
_NANP_RE = re.compile(
    # (dialled from abroad with 001: "001-614-555-0192")
    r"(?:(?:\+{0,2}|00)1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ ./-])\d{3}[ ./-]\d{4}"
    rf"(?:\s?,?\s?(?:{_EXT}|\#)\s?:?\s?-?\d{{1,7}})?",
    re.IGNORECASE,
)
# (every _NANP_FIND_RE match ends in this)
_NANP_HINT_RE = re.compile(r"\d{3}[\s.-]\d{4}")
_NANP_FIND_RE = re.compile(
    r"(?:(?<![\w/.-])(?:(?:\+|00)?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])|\(\d{3}\)\s?)"
    rf"\d{{3}}[\s.-]\d{{4}}(?:\s?,?\s?{_EXT}\s?:?\s?-?\d{{1,7}})?(?![\w/-])",
    re.IGNORECASE,
)
# A date, time or ratio in phone clothing: 2069-04-07, 04/07/69, 12.05.2020.
_DATE_LIKE_RE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:(?:19|20)\d{2}|\d{2})"
    r"|(?:19|20)\d{2}-(?:19|20)\d{2}\b.*"  # a span of years: "1979-2011 100 patients"
)
_BOXED_RE = re.compile(r"\d(?: \d){6,}")
_SSN_LIKE_RE = re.compile(r"\d{3}([-. ])\d{2}\1\d{4}")
# A register's year and serial: "invoice 2025-00471", "case 2024-118203".
_YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d{2}-\d{4,6}")
# Digits right after a code's label are that code, not a phone number: "NDC 12345-678-90",
# "Lot 4471-22", "PO 4500-1239", "tracking 7489 2345 6789".
_CODE_BEFORE_RE = re.compile(
    r"\b(?i:NDC|lot|batch|ref|order|invoice|inv|PO|SKU|UPC|GTIN|tracking|serial|S/N|SN|claim"
    # a drug's lot in Spanish, Italian, Dutch and German: "Lote 2023 1234 56", "Chargennummer"
    r"|lote|lotto|partij|chargen-?(?:nr|nummer)|charge-?nr"
    r"|protocol|study|item|part|catalog|cat|confirmation|conf|ticket|version|build|model|code"
    r"|ISBN|ISSN|PMID|DOI|NCT|tax[ \t]+ID|TIN|EIN|FEIN|NPI|DEA|licen[cs]e"
    # a trial's numbering: "subject 044-0012", "site 0441-22", "kit 2210-4471"
    r"|subject|site|kit|randomi[sz]ation|screening|territory"
    # a postcode after its label: "pt zip 02540-4119" (the address rules take it)
    r"|zip(?:[ \t]*code)?|post(?:al)?[ \t]*code"
    # orders, invoices and deliveries of other languages: "N° de commande : 4471-2293",
    # "Bestell-Nr.", "pedido n.º", "Заказ №"
    r"|commande|facture|livraison|bestell(?:ung)?|rechnung(?:s)?|auftrag(?:s)?|lieferschein"
    r"|pedido|factura|encomenda|fatura|ordine|fattura|zamówienia|sipariş|заказа?|счёта?|счета)"
    r"\.?[ \t-]*(?i:no\.?|nr\.?|n\.?[º°]\.?|№|number|nummer|\#)?[ \t]*[:#]?[ \t]*$"
)

# A phone word glued to its number by a hyphen ("CELLULAR-410 202-6694 & HOME-410 671-9309"),
# which the candidate pattern refuses elsewhere so that codes like US-ONC-2025-0142 stay.
_GLUED_CUE_RE = re.compile(
    r"\b(?i:cell(?:ular)?|home|work|office|phone|mobile|fax|tel|pager)-"
    r"(?P<num>\(?\d[\d \t().-]{5,16}\d)(?![\w-])"
)
_GLUED_CUES = "cell cellular home work office phone mobile fax tel pager".split()

# Short numbers (pagers, extensions) only with a cue right before them, or a few words
# before them on the same line ("Pager for covering MD: 4-1833", "pager #3120").
_PAGER_RE = re.compile(
    # (a hospital's "bleep" and "pgr", French "bip", German "Piepser")
    r"\b(?:pager|beeper|pg|pgr|bpr|bleep|bip|piepser|page|ext|extension|x)\b[\s#:.]*"
    r"(?:no\.?|number)?[\s#:.]*"
    r"(?P<num>\d{3}-\d{4}|\d{4,10})\b"
    r"|\b(?i:pager|beeper|bpr|bleep)\b(?:[ \t]+[A-Za-z]+){0,4}[ \t]*[#:.]?[ \t]*"
    r"(?P<num2>#?\d{1,2}-\d{4}|#?\d{4,6})\b",
    re.IGNORECASE,
)
# What every _PAGER_RE match holds: a cue but "x", or an "x" before what may stand between it
# and the number.
_PAGER_CUES = "pg bpr bleep bip piepser page beeper ext".split()
_X_CUE_RE = re.compile(r"x[\s#:.]")
_PHONE_AFTER_RE = re.compile(r"\s*-?\s*\(?(?i:office|fax|home|cell|mobile|work|pager)\b")
_PHONE_CUE_RE = re.compile(
    r"(?:\b(?:phones?|tel\.?-?[ \t]?nr|telefon-?nr|tel|telephone|cell|cellular|mobile|mob|fax"
    r"|call|ring|contacts?|home|work|office|"
    r"desk|answering|reach|reached|reachable|callback|abroad|ph|phn|landline|sms|text|txt|"
    r"whatsapp|viber|signal|telegram|wechat|"
    # other languages' words for a phone: Dutch, German, French, Spanish, Italian, Portuguese
    r"mobiel|telefoon|handy|natel|telefon|portable|t[ée]l[ée]phone|tel[ée]fono|celular|cellulare"
    # (and their abbreviations and "contact": "cel.", "tfno.", "móvil", "contacto", "contato")
    r"|cel|tfno|telf|m[óo]vil|contacto|contato|fono"
    # Nordic, Finnish, Portuguese, Central European, Turkish, Greek, Cyrillic, Arabic, Hebrew,
    # Hindi and Indonesian words and abbreviations for a phone or a mobile
    r"|tlf|tlfn|mobil|mobilnr|mobilnummer|telefonnummer|handynummer|telefoonnummer"
    r"|mobiele[ \t]+nummer|puh|puhelin|gsm|telem[óo]vel"
    r"|telefone|kom|kom[óo]rka|cep|τηλ|τηλέφωνο|κινητό|κιν|тел|телефон|моб|мобильный|мобільний"
    r"|сотовый|هاتف|الهاتف|موبايل|جوال|الجوال|تليفون|محمول|טלפון|טל|נייד|फ़ोन|फोन|मोबाइल"
    r"|ponsel|điện[ \t]+thoại|đt|sđt"
    # a chart's abbreviations for the lines: home, work, callback, home/work/cell phone
    r"|hm|wk|cb|hph|wph|cph"
    # which line, as UK and Irish letters name it: "office line", "home line", "direct line"
    r"|(?:office|home|work|direct|private|personal|main|fixed)[ \t-]?line)"
    # "number" alone is any number ("plain number 123456789"); a phone's number is named so.
    r"|\b(?:phone|contact|callback|call-back|best|direct|cell|mobile|home|local)\s+number"
    # a person's number: "her number is ...", "gave us his number:"
    r"|\b(?:my|his|her|their|your)\s+number)"
    # "cell (abroad) +54 ...": an aside may stand between the word and the number.
    # "a cell of 6145550188", "mobile via 0412 ...", "reach her = 07700 ...", "call her back on".
    r"\b(?:(?:[\s#:.=-]+|\b(?:me|us|him|her|them|is|at|on|of|via|to|was|back)\b|\([^()\n]{1,20}\)"
    # the copula and "my number" of other languages' first-person sentences: "Meu telefone é
    # ...", "Mi teléfono es ...", "mon portable est le ...", "Telefonul meu este ...", "Telefon
    # numaram ...", "मेरा फोन नंबर ... है" (Devanagari's vowel signs are no word characters)
    r"|\b(?:é|es|est|este|son|sont|le|o|meu|mi|mon|numaram|numarası|n[úu]mero|num[ée]ro)\b"
    # (German's and Dutch's: "Meine Telefonnummer ist ...", "lautet", "mijn nummer is ...")
    r"|\b(?:ist|lautet|mijn|nummer)\b"
    r"|नंबर|नम्बर)*"
    # whose phone a field holds, then its colon: "Tel. patient:", "هاتف المريض:"
    r"|\.?(?:[ \t]+[^\W\d_]+){1,2}[ \t]*:[ \t]*"
    # or which line it is, with no colon: "Tel. privat 030 / 44 71 29 05", "tél. domicile"
    r"|\.?[ \t]+(?:privat|private|priv\.|home|work|dienstl(?:ich|\.)|gesch[äa]ftl(?:ich|\.)|mobil"
    r"|casa|trabajo|domicile|travail|personal|perso|direct|direkt)[ \t]*[:.]?[ \t]*)$"
    # an export's key, quoted or in a tag, with a phone word anywhere in it: "homePhone":"...",
    # <mobile_number>
    # (a spreadsheet's <cell> tag is no phone's)
    r"|(?:phone|mobile|cell|tel|fax)\w*[\"'][ \t]*[:=][ \t]*[\"']?$|(?:phone|mobile|tel|fax)\w*>$"
    # a line's letter before its colon, or in brackets: "H: ...", "(C) ...", "(home) ..."
    r"|(?-i:\b[HWCM])[ \t]*[:#][ \t]*$|\((?:h|w|c|m|home|work|cell|mob|mobile)\)[ \t]*:?[ \t]*$"
    # Chinese, Japanese, Korean and Thai words run on into the number without a space
    r"|(?:電話|电话|手機|手机|携帯|連絡先|联系电话|联系方式|聯絡方式|聯繫方式|전화|휴대폰|핸드폰|연락처|โทร)"
    # (and its "number", short or long, and the copula: "我的电话号是...", "手机号码为...")
    r"(?:番号|號碼|号码|번호|号|號)?(?:是|为|為)?[\s#:：.=-]*$",
    re.IGNORECASE,
)


@cache
def _phonenumbers():  # type: ignore[no-untyped-def]
    # Imported on first use: ingest needs it, prep never does.
    import phonenumbers

    return phonenumbers


# "+44", "(+41)", "0031" and "00 44": a number written for dialling from abroad; so are the
# exit codes of North America ("011 44 20 ..."), Australia ("0011 ...") and Korea ("001-49-...")
# before a separator (ungrouped, "011..." is Delhi's or Buenos Aires' area code), and the
# "8 10" of Russia and its neighbours ("810 49 30 1234567", "8-10-44 ...").
_INTERNATIONAL_RE = re.compile(
    r"\(?(?:\+|00[ ]?(?=[1-9])|0?011[ -](?=[1-9])|8[ -]?10[ -](?=[1-9]))"
)


_EXTENSION_RE = re.compile(rf"\s?,?\s?\(?(?i:{_EXT}|\#)")


def _international(raw: str) -> bool:
    """Whether a number written with its country code ("+54 291 123 4567", "0031655555555")
    has a length that country's numbers can have. Validity is not asked: test numbers and new
    ranges fail it, and the country code alone already says "phone number"."""
    m = _INTERNATIONAL_RE.match(raw)
    if m is None:
        return False
    # (an extension is no part of the number: "001-614-555-0192x4471")
    number = _EXTENSION_RE.split(raw[m.end() :])[0]
    digits = "".join(c for c in number if c.isdigit())
    if digits.startswith("521") and len(digits) == 13:
        # Mexico's mobiles were dialled with a 1 after +52 until 2019 and are still written
        # so: "+52 1 33 4821 0937"
        digits = "52" + digits[3:]
    ungrouped = "+" not in m.group() and raw.isdigit()
    if _possible_international(digits, ungrouped):
        return True
    # After "00" the exit code may go on, the country code its own group after it:
    # "001-49-1512 ..." (Korea's 001), "0011 44 ..." (Australia's); "001-614-555-0192" is the
    # 00 and North America's 1.
    groups = re.findall(r"\d+", number)
    if m.group().lstrip("(").startswith("00") and len(groups) > 2 and groups[0] in ("1", "11"):
        return _possible_international(digits[len(groups[0]) :], ungrouped, groups[1])
    return False


def _possible_international(digits: str, ungrouped: bool, country: str = "") -> bool:
    pn = _phonenumbers()
    try:
        num = pn.parse("+" + digits, None)
    except pn.NumberParseException:
        return False
    if country and str(num.country_code) != country:
        return False
    if ungrouped:
        # "0031655555555" ungrouped: lot and reference numbers start with 00 too, so only a
        # valid number counts.
        return bool(pn.is_valid_number(num))
    reason = pn.is_possible_number_with_reason(num)
    return bool(reason == pn.ValidationResult.IS_POSSIBLE)


_PLUS_RUN_RE = re.compile(r"\+\d{9,14}")


# Asking the library tries up to 23 regions (~5 ms); notes repeat numbers (an office's line,
# a hub's), so answers are kept.
@lru_cache(maxsize=4096)
def _possible(raw: str) -> bool:
    pn = _phonenumbers()
    start = raw.lstrip("( ")
    if _international(raw):
        return True
    if raw.startswith("+"):
        # a plus and a run of digits no country code opens is still dialled from abroad
        # ("+8769876543": Jamaica's area code with North America's 1 left out)
        if _PLUS_RUN_RE.fullmatch(raw):
            return True
        regions: tuple[str | None, ...] = (None,)
    elif start.startswith("0"):
        regions = _TRUNK_REGIONS
    else:
        regions = _PLAIN_REGIONS
    for region in regions:
        try:
            num = pn.parse(raw, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num):
            return True
    return False


@cache
def _regions_by_trunk() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every region the library knows, by the trunk prefix its national numbers open with
    ("0", Russia's "8", Hungary's "06")."""
    pn = _phonenumbers()
    regions: dict[str, list[str]] = {}
    for region in sorted(pn.SUPPORTED_REGIONS):
        trunk = pn.ndd_prefix_for_region(region, True)
        if trunk and trunk != "1":
            regions.setdefault(trunk, []).append(region)
    return tuple((t, tuple(r)) for t, r in regions.items())


def _trunk_readings(raw: str, trunk: str | None = None) -> Iterator[object]:
    """The valid numbers ``raw`` reads as in each region whose trunk prefix it opens with
    (only ``trunk``'s regions when given)."""
    pn = _phonenumbers()
    start = raw.lstrip("( ")
    for prefix, regions in _regions_by_trunk():
        if not start.startswith(prefix) or trunk not in (None, prefix):
            continue
        for region in regions:
            try:
                num = pn.parse(raw, region)
            except pn.NumberParseException:
                continue
            if pn.is_valid_number(num):
                yield num


@lru_cache(maxsize=1024)
def _valid_somewhere(raw: str) -> bool:
    """Whether a number written with a trunk prefix ("0912 345 678", "8 (301) 123-45-67") is
    valid in any region that writes its numbers so; asked only where the sentence says whose
    number it is, as the regions tried first are those most notes come from."""
    return next(_trunk_readings(raw), None) is not None


# A mobile's national number: a trunk "0" and nine or ten digits, unbroken ("07911123456").
_BARE_MOBILE_RE = re.compile(r"0\d{9,10}")
# A register's word right before the digits names what they are: "case number 0123456789",
# "account 0612345678" (the labelled-identifier rules take those).
_REGISTER_BEFORE_RE = re.compile(
    r"\b(?i:account|acct|a/c|case|claim|policy|member|customer|client|ticket|card|iban|bank"
    r"|id|record|file|mrn|number|no|nr)\b\.?[ \t]*(?i:number|no\.?|nr\.?|\#|id)?[ \t]*[:#=]?[ \t]*$"
)


@lru_cache(maxsize=1024)
def _bare_mobile(raw: str) -> bool:
    """Whether an unbroken run of digits is a mobile's number in a region that dials its
    numbers with a trunk "0" ("07911123456 rang back", "// 0720000333: unregistered user"):
    a mobile range is narrow, so an ID seldom falls in one, and a personal number is what a
    note leaks most; where the note cannot say which it is, it goes (fail closed)."""
    if _BARE_MOBILE_RE.fullmatch(raw) is None:
        return False
    pn = _phonenumbers()
    mobile = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return any(pn.number_type(num) in mobile for num in _trunk_readings(raw, "0"))


def _register_before(text: str, start: int) -> bool:
    return _REGISTER_BEFORE_RE.search(text, max(0, start - 30), start) is not None


# The country code written with its plus sign after it: "1+(555)555-1212".
_PLUS_AFTER_RE = re.compile(r"(?<![\w+])1\+[ \t]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d)")


# A second number in a list after a cued one: "mobile: 07700 900 982 / 07700900983".
# (whose number it is may stand in brackets before the next: "0424590797 (Blake) / 0445...")
_LIST_GAP_RE = re.compile(r"(?:[ \t]*\([^()\n\d]{1,30}\))?[ \t]*(?:/|,|;|&|\bor\b|\band\b)[ \t]*")
# A number inside a messaging link: "wa.me/447700900461", "api.whatsapp.com/send?phone=44...".
_LINK_RE = re.compile(r"(?:wa\.me/|whatsapp\.com/send\?phone=)\+?(?P<num>\d{8,15})(?!\d)")


# A number read out in words, as a call's transcript writes it: "four one two, seven seven
# three, oh eight four one".
# (and in Spanish, Portuguese, Italian, German, French and Dutch: "seis uno dos", "null eins
# sieben", "nove oito sete")
_DIGIT_WORD = (
    # ("nine hundred" is three digits as a caller says a number's "900": "... double oh nine
    # hundred one two three")
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|thousand"
    r"|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|um|dois|três|quatro|meia|sete|oito|nove"
    r"|due|tre|quattro|cinque|sei|sette|otto"
    r"|null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
    r"|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf"
    r"|nul|een|twee|drie|vijf|zes|zeven|negen"
    # French reads a number in pairs: "zéro six, douze, quarante-sept, quatre-vingt-cinq"
    r"|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante"
    r"|et)"
)
# One French pair, two digits: "douze", "quarante-sept", "soixante et onze", "quatre-vingt-dix".
_FRENCH_UNIT = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_FRENCH_TEEN = r"(?:dix(?:[- ](?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)"
_FRENCH_PAIR_RE = re.compile(
    rf"(?:quatre[- ]vingts?|vingt|trente|quarante|cinquante|soixante)"
    rf"(?:[- ](?:et[- ])?(?:{_FRENCH_TEEN}|{_FRENCH_UNIT}))?|{_FRENCH_TEEN}",
    re.IGNORECASE,
)
# (a caller may say the dashes: "one two three dash four five dash ...")
_SPOKEN_SEP = (
    r"(?:[ \t]*[,.-][ \t]*|[ \t]+(?:(?:dash|hyphen|slash|gui[óo]n|tiret|strich|trattino)[ \t]+)?)"
)
_SPOKEN_RE = re.compile(rf"\b{_DIGIT_WORD}(?:{_SPOKEN_SEP}{_DIGIT_WORD}){{6,16}}\b", re.IGNORECASE)
# (the same run, for spoken.py to type by its label)
SPOKEN_DIGITS_RE = _SPOKEN_RE


# Each language's digits 0-9 in order (Portuguese "meia" is the six of a phone number read out).
_DIGITS_BY_LANGUAGE = (
    "zero one two three four five six seven eight nine",
    "oh one two three four five six seven eight nine",
    "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "zero um dois três quatro cinco meia sete oito nove",
    "zero um dois três quatro cinco seis sete oito nove",
    "zero uno due tre quattro cinque sei sette otto nove",
    "null eins zwei drei vier fünf sechs sieben acht neun",
    "null eins zwo drei vier fuenf sechs sieben acht neun",
    "zéro un deux trois quatre cinq six sept huit neuf",
    "nul een twee drie vier vijf zes zeven acht negen",
)
_WORD_VALUE = {w: i for line in _DIGITS_BY_LANGUAGE for i, w in enumerate(line.split())}
DIGIT_WORDS = frozenset(_WORD_VALUE)
# (French counting goes on to "dix", one of the pairs below)
_WORD_VALUE["dix"] = 10


def _counting(run: str) -> bool:
    """Whether a run of digit words counts up from one or zero, every word one more than the
    last ("one two three four ...", "un deux trois ..."): someone counting aloud, not a number
    read out (which may hold an ascending stretch: "null eins fünf eins, zwei drei vier")."""
    values = [
        _WORD_VALUE.get(w.lower())
        for w in re.findall(r"[^\W\d_]+", run)
        if w.lower() not in _SAID_SEPARATORS
    ]
    return (
        bool(values)
        and values[0] in (0, 1)
        and all(a is not None and b == a + 1 for a, b in zip(values, values[1:], strict=False))
    )


# The same run with groups of digits among the words, as a caller reads part of a number out:
# "six-one-four 555-0192", "(614) five five five, oh one nine two".
_MIXED_TOKEN = rf"(?:{_DIGIT_WORD}|\(?\d{{1,4}}\)?)"
_MIXED_RE = re.compile(
    rf"(?<![\w(])(?=\(?\d|{_DIGIT_WORD}\b){_MIXED_TOKEN}"
    rf"(?:(?:[ \t]*[,.-][ \t]*|[ \t]+){_MIXED_TOKEN}){{2,16}}(?![\w)])",
    re.IGNORECASE,
)


# Before digits read out one by one, "number" is cue enough: nobody reads out a count so ("su
# número es seis uno dos ...", "my number is ...").
_NUMBER_SAID_RE = re.compile(
    r"\b(?i:number|n[úu]mero|numéro|nummer)\b[ \t]*(?i:is|es|é|ist|est|:)?[ \t]*[:,]?[ \t]*$"
)


_SAID_SEPARATORS = frozenset("dash hyphen slash guion guión tiret strich trattino".split())


def _said_digits(run: str) -> tuple[int, int]:
    """How many digits a run of digit words and digits stands for, and how many words it has
    ("double oh" is two digits, "triple seven" three, "nine hundred" three)."""
    pairs = 0
    if _FRENCH_PAIR_RE.search(run) is not None:
        pairs = len(_FRENCH_PAIR_RE.findall(run))
        run = _FRENCH_PAIR_RE.sub(" ", run)
    said = [w.lower() for w in re.findall(r"[^\W\d_]+", run) if w.lower() not in _SAID_SEPARATORS]
    doubles, triples = said.count("double"), said.count("triple")
    hundreds, thousands = said.count("hundred"), said.count("thousand")
    words = len(said) - doubles - triples - hundreds - thousands
    digits = words + doubles + 2 * triples + 2 * hundreds + 3 * thousands + 2 * pairs
    return digits + sum(c.isdigit() for c in run), words + pairs


# A country code's plus said out before the digits ("plus four nine ...").
_PLUS_SAID_RE = re.compile(r"\b(?i:plus)[ \t]+$")


def find_spoken_phones(text: str, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Phone numbers read out in words, whole or in part; ``words`` are the note's lower-cased
    words."""
    if len(DIGIT_WORDS & words) < 2:
        return
    for rx in (_SPOKEN_RE, _MIXED_RE):
        for m in rx.finditer(text):
            digits, said = _said_digits(m.group())
            # (a run with digits needs two words in it: "one 2024 visit" is no number read out)
            if said < 2 or (rx is _MIXED_RE and said == digits) or _counting(m.group()):
                continue
            cued = (
                _PHONE_CUE_RE.search(text, max(0, m.start() - 25), m.start()) is not None
                or _NUMBER_SAID_RE.search(text, max(0, m.start() - 25), m.start()) is not None
            )
            # seven digits in a row are a number; ten are a phone's whatever stands before,
            # but a count said in hundreds is a phone only where a call cues it ("we saw two
            # hundred, three hundred, four hundred, five hundred patients")
            counted = "hundred" in m.group().lower() or "thousand" in m.group().lower()
            if 7 <= digits <= 15 and (cued or (digits >= 10 and not counted)):
                # (the plus said out is the number's)
                plus = _PLUS_SAID_RE.search(text, max(0, m.start() - 8), m.start())
                yield (m.start() if plus is None else plus.start()), m.end()


# Digits of other scripts and full-width forms, one character for one (offsets stay): a
# number typed in Arabic-Indic, Persian, Devanagari or full-width digits ("٠٥٠١٢٣٤٥٦٧",
# "０９０－１２３４－５６７８") is read as the same digits.
_TO_ASCII = str.maketrans(
    {
        **{chr(base + i): str(i) for base in (0x660, 0x6F0, 0x966, 0xFF10) for i in range(10)},
        "\uff0d": "-",
        "\uff08": "(",
        "\uff09": ")",
        "\uff0b": "+",
        "\uff0e": ".",
        "\u3000": " ",
    }
)
# A trunk or area code and the number behind a slash, as German and Italian write a phone
# ("0171/5550123", "347/1234567"): two groups only, the first no year ("2024/44712" is a
# register's), and the library must know the number.
_SLASHED_RE = re.compile(r"(?!(?:19|20)\d{2}/)0?\d{2,4}/\d{5,8}")
_LOCAL_RE = re.compile(r"\d{3}[ .-]\d{4}")
# (the number right after "at", "on" or a colon: "... or his wife at 555 0144", not a dose
# range later in the sentence, "250-1000 mg")
_CALL_BEFORE_RE = re.compile(
    # (a note's "c/b" is a call-back, its "@" an "at": "c/b pt amelia harris @ 07700900654")
    r"\b(?i:call|phone|ring|reach|text|cell|mobile|tel|c/b|cb)\b[^.\n;!?]*(?:\b(?i:at|on)|:|@)"
    r"[ \t]*$"
    # a call of French, Spanish or Portuguese, then its number said to be one: "entretien
    # téléphonique avec le patient, le numéro est le 0484032555"
    r"|\b(?i:t[ée]l[ée]phon\w*|appel\w*|llamad\w*|liga\w*)\b[^.\n;!?]*"
    r"\b(?i:num[ée]ro[ \t]+est[ \t]+le|n[úu]mero[ \t]+(?:es|é))[ \t]*$"
)
# A person right before bare digits, who the number belongs to: a relative or a role, or a
# capitalised name, with its possessive or an aside ("Jane Roe 6145550192", "Sarah (daughter)
# 07700900461", "son Mike 6145550177"); not a register's or a figure's word ("Account",
# "Total"), which the code labels above do not all name.
_PERSON_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{alternation(RELATIVES + CARERS, plural=False)}|pt|patient)"
    r"|(?<![\w-])(?!(?:Account|Acct|Total|Units?|Sales|Order|Invoice|Claim|Case|Ticket|Policy"
    r"|Group|Member|Customer|Client|Territory|Item|Product|Model|Serial|Version|Build|Code"
    r"|Page|Room|Batch|Lot|Ref|Number|No|Nr|Id)\b)[A-Z][a-zà-ÿ]+)"
    # (a space before the digits: "Okafor,2160363232" is a delimited row's NPI, read in tables.py)
    # (or "at" between: "verify meds with aunt Rosa Diaz at 4135550187")
    r"(?:['’]s)?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[,:-]?(?:[ \t]+at)?[ \t]+$"
)

# A relative right before a local number's seven digits, whose number it is: "daughter: 555
# 0199", "wife - 555 0134", "her son on 555 0188", "grandson's number: 555 0178" (a
# relative's word is no register's, so a local number's shape there is a phone).
_KIN_RIGHT_BEFORE_RE = re.compile(
    rf"\b(?i:{alternation(RELATIVES + CARERS, plural=True)})(?:['’]s)?"
    r"(?:[ \t]+(?i:number|no\.?|mobile|mob\.?|cell|phone))?"
    r"[ \t]*(?:[,:=-]|\b(?:on|at|is)\b)?[ \t]*$"
)
# An identifier's word, which says the number after it is no phone ("Son's case number ...",
# "Aunt DOB ...", "pt lot 555-0117").
_ID_WORD = (
    r"(?!(?i:ids?|case|claim|account|acct|policy|member|record|mrn|nhs|order|invoice"
    r"|ticket|ref|reference|dob|birth|born|passport|licen[cs]e|card|insurance|ssn|sin|zip"
    r"|postcode|code|serial|lot|batch)\b)"
)
# A relative or carer a few words before a number in the same clause, whose number it is:
# "Neighbour, 8 (912) 345-67-89", "caregiver details changed to 0912 345 678"; not an
# identifier's word between.
_KIN_BEFORE_RE = re.compile(
    rf"\b(?i:{alternation(RELATIVES + CARERS, plural=True)})(?:['’]s)?"
    rf"(?:[ \t]+{_ID_WORD}[^\W\d_]+){{0,5}}[ \t]*[,:]?[ \t]+$"
)
# The patient or a call a few words before a local number's seven digits in the same clause,
# whose number it is: "Harold Finch (patient speaker, 555-0117)", "c/b 555-0117", "rang pt on
# 555 0117"; not an identifier's word between, nor a dose after ("pt titrated 250-1000 mg").
_PATIENT_BEFORE_RE = re.compile(
    r"\b(?i:pt|patient|c/b|cb|rang|called|call[ \t]?back)(?:['’]s)?"
    rf"(?:[ \t]+{_ID_WORD}[^\W\d_]+){{0,3}}[ \t]*(?:[,:=-]|\b(?i:on|at|is)\b)?[ \t]*$"
)
_DOSE_AFTER_RE = re.compile(r"[ \t]*(?:%|(?i:mg|mcg|µg|ml|g|kg|iu|units?|mmol|x)\b)")
# A date written without separators: "20240312".
_COMPACT_DATE_RE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _npi(digits: str) -> bool:
    """Whether ten digits are a US clinician's NPI: 1 or 2 first, a Luhn check digit over the
    number with the card issuer prefix 80840 (CMS's NPI check-digit rule)."""
    if len(digits) != 10 or digits[0] not in "12":
        return False
    total = 0
    for i, d in enumerate(reversed("80840" + digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


# The last four digits of a second line after a North American number: "or 0177", "/ -0177".
_LAST_FOUR_RE = re.compile(r"[ \t]*(?:/|,|\bor\b|&)[ \t]*(?P<four>-?\d{4})(?![\w/.-]|[ ]\d)")
# Two numbers joined by a slash with no space, as a form's field holds two lines:
# "0612345678/0698765432", "415-555-2671/415-555-9031" (each must be a number the library
# knows).
# (nine digits or more each: "0612345/0698765" is as often a ratio of counts)
_SLASH_NUMBER = r"(\+?\d(?:[.-]?\d){8,14})"
_SLASH_PAIR_RE = re.compile(rf"(?<![\w/.-]){_SLASH_NUMBER}/{_SLASH_NUMBER}(?![\w/.-])")
# A number broken into short lines after its cue ("Mobile:\n07700\n900461"): too short on
# each line to be read there.
_BROKEN_RE = re.compile(r"(?<![\w/.-])\+?\d{2,6}(?:[ \t]*\n[ \t]*\d{2,8}){1,2}(?![\w/.-])")
# The rest of a number on the next line ("Tel: 0161 496\n0923"): a form's narrow column.
_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*(\d{2,5})(?![\w/.-]|[ ]\d)")


def _judge(text: str, start: int, end: int, raw: str, last_end: int) -> bool | None:
    """Whether the digits ``raw`` standing at ``start``..``end`` are a phone number: None if
    not, else whether a cue said so (a cued number needs no library's word)."""
    # (an extension's digits are no part of the number's 15: "+44 20 7946 0321, ext. 4412")
    digits = sum(c.isdigit() for c in _EXTENSION_RE.split(raw)[0])
    # (an exit code is no part of the number's 15 digits: "011 49 1512 3456789", and "00"
    # may be Korea's "001": "001-49-1512-3456789")
    exit_code = _INTERNATIONAL_RE.match(raw)
    longest = 15
    if exit_code is not None:
        longest += sum(c.isdigit() for c in exit_code.group()) + exit_code.group().endswith("00")
    if not 7 <= digits <= longest and not _short_landline(text, start, raw, digits):
        return None
    if _DATE_LIKE_RE.fullmatch(raw) or _SSN_LIKE_RE.fullmatch(raw):
        return None
    # a date and the hour of a time: "2026-12-03 10:00:00"
    if text.startswith(":", end) and _DATE_LIKE_RE.match(raw):
        return None
    if _CODE_BEFORE_RE.search(text, max(0, start - 20), start):
        return None
    grouped = any(not c.isdigit() for c in raw)
    # (the library reads "x" and "ext." as an extension, not "poste" or "ramal")
    number = _EXTENSION_RE.split(raw)[0]
    bare_mobile = _bare_mobile(number) and not _register_before(text, start)

    # a number later in a sentence about calling: "call the son at 614 555 0192 or his wife at
    # 555 0144", "please call the caregiver at 0412345678"
    def call_before() -> bool:
        return _CALL_BEFORE_RE.search(text, max(0, start - 80), start) is not None

    cued = (
        (
            _LOCAL_RE.fullmatch(raw) is not None
            and (
                call_before()
                or _KIN_RIGHT_BEFORE_RE.search(text, max(0, start - 30), start) is not None
                or (
                    _PATIENT_BEFORE_RE.search(text, max(0, start - 40), start) is not None
                    and _DOSE_AFTER_RE.match(text, end) is None
                )
            )
        )
        or _PHONE_CUE_RE.search(text, max(0, start - 25), start) is not None
        or _PHONE_AFTER_RE.match(text, end) is not None
        or (last_end >= 0 and _LIST_GAP_RE.fullmatch(text, last_end, start) is not None)
    )
    # A form's boxes, one digit each, holding a date or a count ("Prescription du 0 5 0 3 2 0 2
    # 4", "Étapes 1 2 3 4 5 6 7 8 9"): no phone unless a cue says so.
    if not cued and _BOXED_RE.fullmatch(raw):
        plain = raw.replace(" ", "")
        if ddmmyyyy(plain) or plain in "0123456789":
            return None
    # A bare run of digits is an ID as often as a phone; trust it with a "+" or a cue. So
    # are slashes and dots among other separators: a blood pressure range "83-131/37-57",
    # a row of figures "12.1 - 23.71 - 23.45".
    if not (raw.startswith(("+", "(+")) or cued or _INTERNATIONAL_RE.match(raw)):
        if _YEAR_SERIAL_RE.fullmatch(raw):
            return None
        seps = set(re.sub(r"[\d\s()]+", " ", raw).split())
        slashed = "/" in raw and not (_NANP_RE.fullmatch(raw) or _SLASHED_RE.fullmatch(raw))
        # (bare digits only right after a person, "Jane Roe 6145550192", "son 07700900461",
        # or in a sentence about calling, when the library knows them)
        if slashed or not (
            grouped
            or bare_mobile
            or (
                (
                    _PERSON_BEFORE_RE.search(text, max(0, start - 40), start)
                    or (call_before() and _COMPACT_DATE_RE.fullmatch(raw) is None)
                )
                and not _npi(raw)
            )
        ):
            return None
        if "." in seps and len(seps) > 1:
            return None
    if cued or _NANP_RE.fullmatch(raw) or _possible(number) or bare_mobile:
        return cued
    # a number of a country the regions above leave out, where the sentence says whose it
    # is: "Husband 8 (301) 123-45-67", "son\t0912 345 678"
    # (nine digits or more: "Mother 800 1234" is a local number's shape in Russian clothing)
    if (
        sum(c.isdigit() for c in number) >= 9
        and (
            _PERSON_BEFORE_RE.search(text, max(0, start - 40), start)
            or _KIN_BEFORE_RE.search(text, max(0, start - 60), start)
            or call_before()
        )
        and _valid_somewhere(number)
    ):
        return cued
    return None


def _short_landline(text: str, start: int, raw: str, digits: int) -> bool:
    """Six digits after a phone cue, opening with a trunk 0: a short landline of a country
    whose local numbers are that short ("a landline in Italy: 012234", "Tel. 045678"). An
    uncued six-digit run is a code or a count as often."""
    return (
        digits == 6
        and raw.startswith("0")
        and _PHONE_CUE_RE.search(text, max(0, start - 25), start) is not None
    )


def _second_readings(text: str, start: int, raw: str, last_end: int) -> Iterator[tuple[int, int]]:
    """A candidate that is no number as it stands: its first line joined to the next ("0121
    234\n5678"), or the groups on either side of a spaced dash or slash judged apart."""
    end = start + len(raw)
    if "\n" in text[end : end + 4]:
        rest = _WRAPPED_RE.match(text, end)
        if rest is not None:
            opened = start > 0 and text[start - 1] == "(" and rest.group().startswith(")")
            first = start - 1 if opened else start
            joined = f"{text[first:end]}{')' if opened else ''} {rest.group(1)}"
            if _judge(text, first, rest.end(), joined, last_end) is not None:
                yield first, rest.end()
                return
    if _SPACED_SEP_RE.search(raw) is None:
        return
    pos = 0
    for sep in [*_SPACED_SEP_RE.finditer(raw), None]:
        piece_end = sep.start() if sep is not None else len(raw)
        piece = raw[pos:piece_end]
        s = start + pos
        if piece and _judge(text, s, s + len(piece), piece, last_end) is not None:
            last_end = s + len(piece)
            yield s, last_end
        if sep is not None:
            pos = sep.end()


# The rest of a number on the next line when the first line's part is no number alone
# ("Daughter 0121 234\n5678", "Phone: (022)\n12345").
_WRAPPED_RE = re.compile(r"\)?[ \t]*\n[ \t]*(\d{2,9}(?:[ .-]\d{2,6}){0,2})(?![\w/.-]|[ ]\d)")
# Where a run of groups holds two things: "0121 234 5678 / 07400 123456", "+12015550123 -
# 2019-2021 cohort" (the candidate pattern allows up to three separators between groups).
# (a tab ends a table's cell: "son\t0912 345 678\t2017-2020 data")
_SPACED_SEP_RE = re.compile(r"[ \t]+[/-][ \t]*|[ \t]*[/-][ \t]+|\t")


def find_phones(text: str) -> Iterator[tuple[int, int]]:
    if not text.isascii():
        text = text.translate(_TO_ASCII)
    last_end = -1
    starts: dict[int, int] = {}  # each number's start by its end
    for m in _CANDIDATE_RE.finditer(text):
        raw = m.group().rstrip(" .-")
        digits = sum(c.isdigit() for c in raw)
        cued = _judge(text, m.start(), m.start() + len(raw), raw, last_end)
        if cued is None:
            for s, e in _second_readings(text, m.start(), raw, last_end):
                last_end = e
                yield s, e
            continue
        last_end = m.start() + len(raw)
        starts[last_end] = m.start()
        yield m.start(), last_end
        # the pieces too: a field's dash may join the number to the next field's digits
        # ("callback 0412 555 991 - 8 Banksia Cres"), and where an address takes those the
        # whole run gives way to it
        if cued and _SPACED_SEP_RE.search(raw) is not None:
            yield from _second_readings(text, m.start(), raw, -1)
        # (uncued too, when the library knows both: "Daughter 0121 234\n5678")
        rest = _NEXT_LINE_RE.match(text, last_end) if digits < 11 else None
        joined = f"{raw} {rest.group(1)}" if rest is not None else ""
        if rest is not None and (_possible(joined) or _valid_somewhere(joined)):
            yield m.start(), rest.end()
        # a second line of the same exchange by its last four: "614.555.0192 or 0177"
        four = _LAST_FOUR_RE.match(text, last_end) if _NANP_RE.fullmatch(raw) else None
        if four is not None:
            yield four.start("four"), four.end("four")
    if "/" in text:
        for m in _SLASH_PAIR_RE.finditer(text):
            if _CODE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "Lot 123-456-7890/123-456-7891"
            if _possible(m.group(1)) and _possible(m.group(2)):
                yield m.span(1)
                yield m.span(2)
    if "\n" in text:
        for m in _BROKEN_RE.finditer(text):
            joined = re.sub(r"[ \t]*\n[ \t]*", " ", m.group())
            if _PHONE_CUE_RE.search(text, max(0, m.start() - 25), m.start()) and _possible(joined):
                yield m.span()
    # North American numbers on their own too: a run of groups can swallow two neighbours
    # ("(614) 555-0192 412-55-9087" has too many digits to be one number).
    # (cheap scans first for what each pattern below needs: most notes hold none)
    for m in _NANP_FIND_RE.finditer(text) if _NANP_HINT_RE.search(text) else ():
        yield m.start(), m.end()
    fold = folded(text)
    glued = any(cue + "-" in fold for cue in _GLUED_CUES)
    for m in _GLUED_CUE_RE.finditer(text) if glued else ():
        if 7 <= sum(c.isdigit() for c in m.group("num")) <= 15:
            yield m.start("num"), m.end("num")
    if "wa.me/" in text or "phone=" in text:
        for m in _LINK_RE.finditer(text):
            yield m.start("num"), m.end("num")
    if "1+" in text:
        for m in _PLUS_AFTER_RE.finditer(text):
            yield m.start(), m.end()
    paged = any(cue in fold for cue in _PAGER_CUES) or _X_CUE_RE.search(fold)
    for m in _PAGER_RE.finditer(text) if paged else ():
        group = "num" if m.group("num") is not None else "num2"
        start = m.start(group)
        # an extension too long for the candidate pattern stays with its number ("03 9555 1234 x
        # 56789012"); a pager after a number is a number of its own
        if m.group()[:1] in "xXeE":
            start = starts.get(len(text[: m.start()].rstrip(" \t,")), start)
        yield start, m.end(group)
