"""National identity and health numbers that their shape and check digits give away, with no
label in front of them.

A note may carry a Swiss AHV number ("756.1234.5678.97"), a French NIR read off a carte Vitale
(15 digits ending in a mod-97 key), an Italian codice fiscale (16 letters and digits in a fixed
pattern), a British National Insurance number, an Indian PAN or Aadhaar (Verhoeff), a Brazilian
CPF, a Spanish DNI or NIE (check letter), a Chinese resident ID (ISO 7064), a Korean RRN, a
Swedish personnummer (Luhn), a Finnish HETU, a Chilean RUT, a US Medicare Beneficiary
Identifier or an Australian IHI (16 digits starting 800360, Luhn), an Austrian social insurance
number in its printed shape ("1237 010180", check digit and birth date), an Australian Medicare
number printed 4-5-1 (check digit), a European health insurance card's 20 digits (ISO/IEC
7812-1: 80 and the country's code, as the Swiss, German and Austrian cards print them): each is
one person's, and the fixed shape or the check digits make a chance match with a phone, lot or
order number rare. A clinician's identifier (the HPI-I starts 800361) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from prepcli.phi.spans import Span

# The digit look-ahead first: most positions in a note fail at once.
_AHV_RE = re.compile(r"(?<![\w.])(?=7)756([. ]?)\d{4}\1\d{4}\1\d{2}(?![\w.]|-\d)")
_NIR_RE = re.compile(
    r"(?<![\w.])(?=[12])[12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?"
    r"\d{3}[ ]?\d{3}[ ]?\d{2}(?![\w.])"
)
_CODICE_FISCALE_RE = re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?!\w)")
# The same written in its parts, surname, name, birth, place ("RSS MRA 80A01 H501U"): only
# with its check letter, as spaced capitals and digits are common in codes.
_CODICE_SPACED_RE = re.compile(
    r"(?<!\w)[A-Z]{3} [A-Z]{3} \d{2}[A-EHLMPRST]\d{2} [A-Z]\d{3}[A-Z](?!\w)"
)
# Ghana Card: the country's letters, nine digits, a check digit ("GHA-123456789-0").
_GHANA_RE = re.compile(r"(?<![\w-])GHA-\d{9}-\d(?![\w-])")
# Portuguese citizen card: eight digits, a check digit, two letters, a check digit (stdnum's
# pt.cc): "00000000 0 ZZ4".
_PT_CC_RE = re.compile(r"(?<![\w-])\d{8}[ ]?\d[ ]?[A-Z]{2}\d(?![\w-])")
# A European health insurance card's number (ISO/IEC 7812-1: "80", the issuing country's ISO
# 3166 numeric code, then the issuer's and the card's numbers, 20 digits in all), as the Swiss
# Versichertenkarte, the German eGK and the EHIC print it: "80756015090002647590". The issuer
# prefix of an EU/EEA country or Switzerland makes a chance match with another long number rare.
_EHIC_RE = re.compile(
    r"(?<![\w.])(?=8)80(?:040|056|100|191|196|203|208|233|246|250|276|300|348|352|372|380|428"
    r"|438|440|442|470|528|578|616|620|642|703|705|724|752|756|826)\d{15}(?!\w|\.\d|-\d)"
)
# Austrian social insurance number (Sozialversicherungsnummer): a three-digit serial (never led
# by 0), a check digit, the birth date DDMMYY, printed "1237 010180" (the Dachverband's rule:
# weights 3 7 9 - 5 8 4 2 1 6 mod 11, 10 never issued). Only in its printed shape, with the gap.
_AT_SVNR_RE = re.compile(
    r"(?<![\w.-])[1-9]\d{3} (?:[0-2]\d|3[01])(?:0[1-9]|1[0-2])\d{2}(?!\w|\.\d|[ -]\d)"
)
# Australian Medicare card number: ten digits printed 4-5-1 (the first 2-6, the ninth a check
# digit over the first eight, weights 1 3 7 9 1 3 7 9), the tenth the card's issue, and the
# person's number on the card after it: "2954 54113 1", "2954 54113 1-1". Only in that shape.
_MEDICARE_AU_RE = re.compile(r"(?<![\w.-])[2-6]\d{3} \d{5} \d(?:[-/ ]\d)?(?!\w|\.\d|[ -]\d)")
# German pension insurance number (Rentenversicherungs- or Sozialversicherungsnummer): the
# insurer's area, the birth date DDMMYY, the surname's initial, a serial and a check digit
# (de.wikipedia.org "Versicherungsnummer": the letter as its two-digit place in the alphabet,
# weights 2 1 2 5 7 1 2 1 2 1 2 1, digit sums mod 10), printed "65 170839 J 003", written
# with dashes or none too.
_DE_RVNR_RE = re.compile(
    r"(?<![\w.-])\d{2}([ /-]?)(?:[0-2]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\1[A-Z]\1\d{3}"
    r"(?![\w]|[ -]\d)"
)
_IHI_RE = re.compile(r"(?<![\w.])(?=8)8003[ ]?60\d{2}[ ]?\d{4}[ ]?\d{4}(?![\w.]|-\d)")


# British National Insurance number: two letters (some pairs never issued), six digits, A-D.
_NINO_RE = re.compile(
    r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?:[ ]?\d{2}){3}[ ]?[A-D](?![\w])"
)
# An individual's PAN has P as its fourth letter.
_PAN_RE = re.compile(r"(?<![\w])[A-Z]{3}P[A-Z]\d{4}[A-Z](?![\w])")
_AADHAAR_RE = re.compile(r"(?<![\w.-])(?<!\d[ -])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w.]|[ -]\d)")
_CPF_RE = re.compile(r"(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\w|\.\w|-\d)")
_DNI_RE = re.compile(r"(?<![\w.-])(?:\d{8}|[XYZ]-?\d{7})-?[A-Z](?![\w])")
_CHINA_ID_RE = re.compile(r"(?<![\w.-])\d{17}[\dX](?![\w])")
_RRN_RE = re.compile(r"(?<![\w.-])\d{6}-[1-4]\d{6}(?![\w]|-\d)")
_PERSONNUMMER_RE = re.compile(r"(?<![\w.-])(?:19|20)?\d{6}[-+]\d{4}(?![\w]|-\d)")
_HETU_RE = re.compile(r"(?<![\w.-])\d{6}[-+A]\d{3}[0-9A-FHJ-NPR-Y](?![\w])")
_RUT_RE = re.compile(r"(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w])")
# Singapore NRIC/FIN (S1234567D), Hong Kong ID (A123456(3)), Mexican CURP, Belgian national
# register number (85.07.30-033.28), South African ID and Romanian CNP (13 digits led by a
# birth date), Norwegian fødselsnummer (11 digits led by one): formats and check digits as
# python-stdnum documents them (modules sg, hk, mx.curp, be.nn, za.idnr, ro.cnp,
# no.fodselsnummer).
_NRIC_RE = re.compile(r"(?<![\w-])[STFG]\d{7}[A-Z](?![\w-])")
_HKID_RE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{6}[ ]?\([\dA]\)")
_CURP_RE = re.compile(r"(?<![\w-])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\w-])")
_BE_NN_RE = re.compile(r"(?<![\w.-])\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}(?![\w.]|-\d)")
_THIRTEEN_RE = re.compile(r"(?<![\w.-])\d{13}(?![\w.]|-\d)")
# Taiwanese national ID: a letter for the place of registration, 1 or 2 for the sex, eight
# digits, the last a check digit (the Ministry of the Interior's published rule).
_TW_ID_RE = re.compile(r"(?<![\w-])[A-Z][12]\d{8}(?![\w-])")
# Malaysian MyKad (birth date, place code, serial: 850101-14-5678), Czech and Slovak birth
# number (736028/5163: a month over 50 for women, ten digits divisible by 11), Argentine
# CUIL/CUIT (20-12345678-6, mod 11), Thai national ID (1 1017 00230 78 3, mod 11).
_MYKAD_RE = re.compile(r"(?<![\w-])\d{6}-\d{2}-\d{4}(?![\w-])")
_RODNE_RE = re.compile(r"(?<![\w/.-])\d{6}/\d{3,4}(?![\w/]|-\d)")
# (grouped only: a Thai check digit alone passes one in ten barcodes, and eleven digits in a
# row are too common to be a CUIT)
_CUIT_RE = re.compile(r"(?<![\w-])(?:20|23|24|27|30|33|34)-\d{8}-\d(?![\w-])")
_THAI_RE = re.compile(r"(?<![\w-])\d([ -])\d{4}\1\d{5}\1\d{2}\1\d(?![\w]|[ -]\d)")
# Eleven digits with no mask: a Brazilian CPF (two check digits) or a Polish PESEL (a date
# and a check digit), as systems export them.
_ELEVEN_RE = re.compile(r"(?<![\w.-])\d{11}(?![\w.]|-\d)")
_FNR_RE = re.compile(r"(?<![\w.-])\d{6}[ ]?\d{5}(?![\w.]|-\d)")
# Medicare Beneficiary Identifier: digits and letters (never S, L, O, I, B, Z) in fixed places.
_MBI_L = "[AC-HJKMNP-RT-Y]"
# (in groups of 4, 3 and 4 with dashes or spaces, as the card prints it: "1EG4 TE5 MK73")
_MBI_RE = re.compile(
    rf"(?<![\w-])[1-9]{_MBI_L}[{_MBI_L[1:-1]}\d]\d([- ]?)"
    rf"{_MBI_L}[{_MBI_L[1:-1]}\d]\d\1{_MBI_L}{{2}}\d{{2}}"
    r"(?![\w-])"
)

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def _verhoeff(digits: str) -> bool:
    check = 0
    for i, d in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(d)]]
    return check == 0


def _cpf(raw: str) -> bool:
    d = [int(c) for c in _digits(raw)]
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        total = sum(v * (n + 1 - i) for i, v in enumerate(d[:n]))
        if (total * 10 % 11) % 10 != d[n]:
            return False
    return True


def _dni(raw: str) -> bool:
    body = raw.replace("-", "")
    number = body[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == body[-1]


def _china_id(raw: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(raw[:17], weights, strict=True))
    return "10X98765432"[total % 11] == raw[17] and _valid_date(raw[6:14], "%Y%m%d")


def _valid_date(digits: str, shape: str) -> bool:
    """Whether digits read as a calendar date in the given order (%Y or %y, %m, %d)."""
    parts = {"%Y": 4, "%y": 2, "%m": 2, "%d": 2}
    pos = 0
    values: dict[str, int] = {}
    for code in (shape[i : i + 2] for i in range(0, len(shape), 2)):
        values[code] = int(digits[pos : pos + parts[code]])
        pos += parts[code]
    year = values.get("%Y", 1900 + values.get("%y", 0))
    try:
        date(year, values["%m"], values["%d"])
    except ValueError:
        return False
    return True


def _rrn(raw: str) -> bool:
    return _valid_date(raw[:6], "%y%m%d")


def _personnummer(raw: str) -> bool:
    digits = _digits(raw)[-10:]
    return _valid_date(digits[:6], "%y%m%d") and _luhn(digits)


def _hetu(raw: str) -> bool:
    if not _valid_date(raw[:6], "%d%m%y"):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(raw[:6] + raw[7:10]) % 31] == raw[10]


def _rut(raw: str) -> bool:
    body, check = _digits(raw[:-1]), raw[-1].upper()
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    value = 11 - total % 11
    return check == {11: "0", 10: "K"}.get(value, str(value))


def _nric(raw: str) -> bool:
    total = sum(int(d) * w for d, w in zip(raw[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if raw[0] in "TG" else 0
    letters = "JZIHGFEDCBA" if raw[0] in "ST" else "XWUTRQPNMLK"
    return letters[total % 11] == raw[8]


def _hkid(raw: str) -> bool:
    body, check = raw.replace(" ", "")[:-3], raw[-2]
    values = [36] * (8 - len(body)) + [ord(c) - 55 if c.isalpha() else int(c) for c in body]
    value = (11 - sum(v * (9 - i) for i, v in enumerate(values)) % 11) % 11
    return check == ("A" if value == 10 else str(value))


def _curp(raw: str) -> bool:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(raw[:17]))
    return _valid_date(raw[4:10], "%y%m%d") and str((10 - total % 10) % 10) == raw[17]


def _be_nn(raw: str) -> bool:
    digits = _digits(raw)
    if len(digits) != 11 or not (1 <= int(digits[2:4]) <= 12 or digits[2:4] == "00"):
        return False
    check = int(digits[9:])
    return any(97 - int(prefix + digits[:9]) % 97 == check for prefix in ("", "2"))


def _za_id(raw: str) -> bool:
    return _valid_date(raw[:6], "%y%m%d") and raw[10] in "01" and _luhn(raw)


def _ro_cnp(raw: str) -> bool:
    if raw[0] == "0" or not _valid_date(raw[1:7], "%y%m%d"):
        return False
    total = sum(int(d) * int(w) for d, w in zip(raw[:12], "279146358279", strict=True))
    return (1 if total % 11 == 10 else total % 11) == int(raw[12])


def _thirteen(raw: str) -> bool:
    return _za_id(raw) or _ro_cnp(raw)


# The letter's two-digit value in the Taiwanese check (A=10 ... Z=33, not alphabetical).
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def _tw_id(raw: str) -> bool:
    value = _TW_LETTERS.index(raw[0]) + 10
    digits = [value // 10, value % 10, *(int(c) for c in raw[1:])]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def _mykad(raw: str) -> bool:
    return _valid_date(raw[:6], "%y%m%d")


def _rodne(raw: str) -> bool:
    digits = _digits(raw)
    month = int(digits[2:4]) % 50
    month = month - 20 if month > 20 else month  # +20 marks a number issued after 2004
    if not (1 <= month <= 12 and 1 <= int(digits[4:6]) <= 31):
        return False
    # nine digits were issued before 1954; later ones are divisible by 11 (or end in 0
    # where the remainder was 10)
    if len(digits) == 9:
        return True
    return int(digits) % 11 == 0 or (int(digits[:9]) % 11 == 10 and digits[9] == "0")


def _cuit(raw: str) -> bool:
    digits = _digits(raw)
    total = sum(
        int(d) * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)
    )
    check = 11 - total % 11
    return {11: 0, 10: 9}.get(check, check) == int(digits[10])


def _thai(raw: str) -> bool:
    digits = _digits(raw)
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def _pesel(raw: str) -> bool:
    d = [int(c) for c in raw]
    check = (10 - sum(v * w for v, w in zip(d[:10], (1, 3, 7, 9) * 3, strict=False)) % 10) % 10
    if check != d[10]:
        return False
    month = d[2] * 10 + d[3]
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}[month // 20 * 20]
    try:
        date(century + d[0] * 10 + d[1], month % 20, d[4] * 10 + d[5])
    except ValueError:
        return False
    return True


def _fnr(raw: str) -> bool:
    d = [int(c) for c in _digits(raw)]
    day = d[0] * 10 + d[1]
    digits = f"{day - 40 if day > 40 else day:02d}" + _digits(raw)[2:6]
    if not _valid_date(digits, "%d%m%y"):
        return False
    k1 = (
        11 - sum(v * w for v, w in zip(d[:9], (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
    ) % 11
    k2 = 11 - sum(v * w for v, w in zip(d[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    k2 %= 11
    return k1 == d[9] and k2 == d[10]


# The odd places' values of the codice fiscale's check letter (the decree's table), for digits
# and letters alike ("0" as "A", ...); the even places count 0-25.
_CF_ODD = (
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
)


def _cf_value(c: str, odd: bool) -> int:
    i = int(c) if c.isdigit() else ord(c) - ord("A")
    return _CF_ODD[i] if odd else i


def _codice_fiscale(raw: str) -> bool:
    code = raw.replace(" ", "")
    total = sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(code[:15]))
    return chr(ord("A") + total % 26) == code[15]


def _pt_cc(raw: str) -> bool:
    code = raw.replace(" ", "")
    total = 0
    for i, c in enumerate(reversed(code)):
        value = int(c, 36)
        if i % 2 == 1:  # (from the right, the check digit itself at 0)
            value = value * 2 - 9 if value * 2 > 9 else value * 2
        total += value
    return total % 10 == 0


def _at_svnr(raw: str) -> bool:
    d = [int(c) for c in _digits(raw)]
    total = sum(v * w for v, w in zip(d, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6), strict=True))
    return total % 11 == d[3] and _valid_date(_digits(raw)[4:], "%d%m%y")


def _de_rvnr(raw: str) -> bool:
    chars = "".join(c for c in raw if c.isalnum())
    body = chars[:8] + f"{ord(chars[8]) - 64:02d}" + chars[9:11]
    products = (int(d) * w for d, w in zip(body, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    return sum(p // 10 + p % 10 for p in products) % 10 == int(chars[11])


def _medicare_au(raw: str) -> bool:
    d = [int(c) for c in _digits(raw)]
    return sum(v * w for v, w in zip(d[:8], (1, 3, 7, 9) * 2, strict=True)) % 10 == d[8]


def _always(raw: str) -> bool:
    return True


# (pattern, check digits or date inside, placeholder type)
_SHAPES: tuple[tuple[re.Pattern[str], Callable[[str], bool], str], ...] = (
    (_NINO_RE, _always, "SSN"),
    (_PAN_RE, _always, "SSN"),
    (_AADHAAR_RE, lambda raw: _verhoeff(_digits(raw)), "SSN"),
    (_CPF_RE, _cpf, "SSN"),
    (_DNI_RE, _dni, "SSN"),
    (_CHINA_ID_RE, _china_id, "SSN"),
    (_RRN_RE, _rrn, "SSN"),
    (_PERSONNUMMER_RE, _personnummer, "SSN"),
    (_HETU_RE, _hetu, "SSN"),
    (_RUT_RE, _rut, "SSN"),
    (_MBI_RE, _always, "MRN"),
    (_CODICE_SPACED_RE, _codice_fiscale, "SSN"),
    (_PT_CC_RE, _pt_cc, "SSN"),
    (_GHANA_RE, _always, "SSN"),
    (_AT_SVNR_RE, _at_svnr, "SSN"),
    (_MEDICARE_AU_RE, _medicare_au, "MRN"),
    (_DE_RVNR_RE, _de_rvnr, "SSN"),
)
# The shapes added for more countries, tried only where _MORE_HINTS see one can be.
_MORE_SHAPES: tuple[tuple[re.Pattern[str], Callable[[str], bool], str], ...] = (
    (_NRIC_RE, _nric, "SSN"),
    (_HKID_RE, _hkid, "SSN"),
    (_CURP_RE, _curp, "SSN"),
    (_BE_NN_RE, _be_nn, "SSN"),
    (_THIRTEEN_RE, _thirteen, "SSN"),
    (_FNR_RE, _fnr, "SSN"),
    (_ELEVEN_RE, lambda raw: _cpf(raw) or _pesel(raw), "SSN"),
    (_TW_ID_RE, _tw_id, "SSN"),
    (_MYKAD_RE, _mykad, "SSN"),
    (_RODNE_RE, _rodne, "SSN"),
    (_CUIT_RE, _cuit, "SSN"),
    (_THAI_RE, _thai, "SSN"),
)


def _digits(raw: str) -> str:
    return "".join(c for c in raw if c.isdigit())


def _ean13(digits: str) -> bool:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == int(digits[-1])


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _nir(raw: str) -> bool:
    chars = raw.replace(" ", "")
    if len(chars) != 15:
        return False
    # Corsica's departments 2A and 2B count as 19 and 18 in the key.
    body = chars[:13].replace("2A", "19", 1) if chars[5:7] == "2A" else chars[:13]
    body = body.replace("2B", "18", 1) if chars[5:7] == "2B" else body
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(chars[13:])


# Cheap scans for what every shape here holds (six digits, dotted or spaced digit groups, a
# letter after a digit, a PAN's "P"), so most notes skip them all. (Two patterns, each led by
# one character, which the re module scans for quickly; one with both leads is scanned slowly.)
_SHAPE_HINTS = (
    re.compile(r"\d(?:\d{5}|\d{2}\.\d{3}|\d \d{2} \d{2}|\d{3}[ -]\d{4}|[A-Z]|\d\.\d{2}\.\d{2}-)"),
    re.compile(r"P[A-Z]\d"),
)


# A product's or an order's number that happens to pass a check: "lot 12345678909".
_CODE_BEFORE_RE = re.compile(
    # (a record's key is quoted: '"ndc": "00071015523"')
    r"\b(?i:lot|batch|order|invoice|ref|tracking|serial|gtin|sku|upc|ndc|po|sn)\b\.?[\"' \t#:=]*$"
)
# (eleven digits, six and a separator, dotted or dashed groups; or a letter and six digits)
_MORE_HINTS = (
    re.compile(r"\d(?:\d{10}|\d{5}[ /-]\d|\.\d{2}\.\d{2}-|\d-\d{8}-|[ -]\d{4}[ -]\d{5})"),
    re.compile(r"[A-Z]\d{6}"),
)


# A Polish ID card (dowód osobisty): three letters and six digits, the first digit a check
# over the others (letters count A=10 ... Z=35; weights 7,3,1,7,3,1,7,3: pl.wikipedia.org
# "Dowód osobisty w Polsce", whose example is ABA300000). A product's code can pass a check one
# time in ten, so only after the card's word: "dowód", "dowodu osobistego", "seria i numer".
_PL_ID_CARD_RE = re.compile(
    r"\b(?i:dow[óo]d\w*|seria(?:[ \t]+i[ \t]+numer)?)(?:[ \t]+(?i:osobist\w*|nr\.?|numer))*"
    r"[ \t]*:?[ \t]*(?P<id>[A-Z]{3}[ ]?\d{6})(?![\w-])"
)


def _pl_id_card(raw: str) -> bool:
    chars = raw.replace(" ", "")
    values = [ord(c) - 55 for c in chars[:3]] + [int(c) for c in chars[4:]]
    total = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True))
    return total % 10 == int(chars[3])


def find_national_ids(text: str) -> Iterator[Span]:
    """SSN-type spans for national identity numbers, MRN-type for health identifiers."""
    if not any(rx.search(text) for rx in _SHAPE_HINTS):
        return
    if "756" in text:
        for m in _AHV_RE.finditer(text):
            if _ean13(_digits(m.group())):
                yield Span(m.start(), m.end(), "SSN")
    for m in _NIR_RE.finditer(text):
        if _nir(m.group()):
            yield Span(m.start(), m.end(), "SSN")
    for m in _CODICE_FISCALE_RE.finditer(text):
        yield Span(m.start(), m.end(), "SSN")
    shapes = _SHAPES + _MORE_SHAPES if any(rx.search(text) for rx in _MORE_HINTS) else _SHAPES
    for rx, check, kind in shapes:
        for m in rx.finditer(text):
            if check(m.group()) and not _CODE_BEFORE_RE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                yield Span(m.start(), m.end(), kind)
    if "dow" in text or "Dow" in text or "eria" in text:
        for m in _PL_ID_CARD_RE.finditer(text):
            if _pl_id_card(m.group("id")):
                yield Span(m.start("id"), m.end("id"), "SSN")
    if "80" in text:
        yield from (Span(m.start(), m.end(), "MRN") for m in _EHIC_RE.finditer(text))
    if "8003" in text:
        for m in _IHI_RE.finditer(text):
            if _luhn(_digits(m.group())):
                yield Span(m.start(), m.end(), "MRN")
