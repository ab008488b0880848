"""Dates of birth: a date after a birth label in any of several languages (also in part: "DOB
03/61", "??/03/1961", "1961-03"), a date with "born" near it or "born" with a hedge, season or
holiday before a year ("born in the spring of 1961"), a date beside an age ("64 yo F 3/4/61"),
a birthday with no year, and a full date with a 19xx year (no visit in a 2020s note has one),
except where a product's history is told ("approved on 12/05/1998").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as _date
from functools import cache
from importlib import resources

from prepcli.phi.spans import Span, folded

# English month names, then the full names and unambiguous short forms of Dutch, German, French,
# Spanish, Italian and Portuguese ones ("17-mei-2011", "1 augustus 2019", "3 März 1950"). Short
# forms that are everyday words elsewhere ("set", "ago", "mag") are left out.
_MONTH_EN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|januari|februari|maart|mrt|mei|juni|juli|augustus|oktober|okt"
    r"|Januar|J[äa]nner|Februar|M[äa]rz|Mai|Dezember|Dez"
    r"|janv|janvier|f[ée]vr?|f[ée]vrier|mars|avril|avr|juin|juil|juillet|ao[ûu]t|septembre"
    r"|octobre|novembre|d[ée]cembre|d[ée]c"
    r"|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
    # Catalan (IEC): gener, febrer, març, maig, juny, juliol, agost, setembre, desembre
    r"|gener|febrer|mar[çc]|maig|juny|juliol|agost|setembre|desembre"
    # Danish, Norwegian, Swedish (the rest are spelled as a listed language spells them)
    r"|marts|maj|augusti|desember"
    # Hungarian; Czech and Polish in the genitive a date uses ("12. června 1966", "3 maja 1950")
    r"|janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus"
    r"|szeptember|okt[óo]ber|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence"
    r"|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince|stycznia|lutego|marca|kwietnia|maja"
    r"|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia)"
)
_MONTH = rf"{_MONTH_WORD}\.?"
# An ISO date may carry a time and offset, as exports write a birth time:
# 1974-12-25T14:35:45-05:00.
# (or after a space, as database exports write one: 1961-03-04 00:00:00.000)
_ISO_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
# A two-digit year may be written with an apostrophe: 12-04-'02.
_YEAR = r"(?:\d{4}|'?\d{2})"
DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}"  # 03/04/1961, 2/14/53, 12-04-'02
    # a form's boxes read out with spaces: "07 / 22 / 1948"
    r"|\d{1,2}[ ](?:/[ ]\d{1,2}[ ]/|-[ ]\d{1,2}[ ]-|\.[ ]\d{1,2}[ ]\.)[ ]\d{4}"
    rf"|\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}{_ISO_TIME}"  # 1961-03-04, 1990/11/05
    r"|\d{4}\.[ ]?\d{1,2}\.[ ]?\d{1,2}(?!\d)"  # 1958.10.02: Korean, Chinese, Japanese, Hungarian
    r"|\d{1,2}\.[ ]\d{1,2}\.[ ]?(?:\d{4}|\d{2}(?!\d))"  # 4. 3. 1961: Czech, Slovak, German
    r"|(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"  # 19620320 (HL7)
    # 03-mar-1961, 15.jan.1928, 15- jan 1928, 04 / Mar / 1961
    rf"|\d{{1,2}}(?:[ \t]?[-/.][ \t]?|[ ][ \t]?){_MONTH_WORD}"
    rf"(?:\.?[ \t]?[-/][ \t]?|\.?[ ][ \t]?|\.){_YEAR}(?!\d)"
    # 5 de mayo de 1960, 12 de março de 1955
    # (the first of the month is said in words: "primero de marzo de 1961")
    # (Catalan elides "de" before a vowel: "7 d'agost de 1955")
    rf"|(?:\d{{1,2}}|primero|1[ºo]|1ro)\s+(?:de\s+|d['’])(?={_MONTH_WORD}){_MONTH_WORD}\s+de\s+\d{{4}}"
    # 4 March 1961, 4th of July 1976, 12. März 1955, the legal "4th day of March, 1961"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}{_MONTH_WORD}(?:\d{{4}}|\d{{2}})(?!\d)"  # 04JUL1976
    # June 2, 1944, Mar-03-1961 (English only: a pattern led by a month name is tried at
    # every word)
    # (and its day with an ordinal's dot, as Scandinavians write one: "August 25. 1961")
    rf"|{_MONTH_EN}(?:\s+|[-/])\d{{1,2}}(?:st|nd|rd|th)?[.,]?(?:\s+|[-/])(?:\d{{4}}|'\d{{2}})"
    # the year first: 1961-Mar-03, 1961 March 3
    rf"|(?:18|19|20)\d{{2}}(?:[-/]|\s+){_MONTH}(?:[-/]|\s+)\d{{1,2}}(?![\d:])"
    # the year with its dot, as Hungarian writes it: 1958. május 4.
    rf"|(?:18|19|20)\d{{2}}\.[ ]?{_MONTH_WORD}[ ]\d{{1,2}}\.?(?!\d)"
    # Japanese, Chinese and Korean: 1961年3月3日, 1961년 3월 3일 (a label may stand before a
    # two-digit year: "出生日期：61年3月4日")
    r"|(?:\d{2}){1,2}[ ]?[年년][ ]?\d{1,2}[ ]?[月월][ ]?\d{1,2}[ ]?[日일]"
    # Vietnamese in words: 4 tháng 3 năm 1961
    r"|\d{1,2}[ ]tháng[ ]\d{1,2},?[ ]năm[ ]\d{4}"
    # 3.III.1961: a Roman month, as Central and Eastern European notes write it
    # (or with spaces or dashes: "4 III 1961", "4-III-1961")
    r"|\d{1,2}(?:\.[ ]?|[ -])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.[ ]?|[ -])\d{4}"
    # a Japanese era's year, as Japanese forms give a birth date: 昭和36年3月4日, S36.3.4,
    # S36年3月4日; and Taiwan's Minguo (ROC) years: 民國50年3月4日
    r"|(?:明治|大正|昭和|平成|令和|民國|民国)[ ]?(?:\d{1,3}|元)[ ]?年"
    r"[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日"
    r"|(?<![\w.])[MTSHR]\d{1,2}[./]\d{1,2}[./]\d{1,2}(?![\w.])"
    r"|(?<![\w.])[MTSHR][ ]?\d{1,2}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日"
    r")"
)

_DOB_CUES: tuple[str, ...] = (
    "dob",
    "d0b",
    "d.o.b",
    "birth",
    "born",
    "b.d.",
    "yob",
    # Korean, Japanese, Chinese, Arabic, Russian/Ukrainian, Vietnamese, Turkish, Polish
    "생년월일",
    "生年月日",
    "出生",
    "الميلاد",
    "рожд",
    "народж",
    "ngày sinh",
    "doğum",
    "urodz",
    "วันเกิด",
    # a Japanese or Chinese date with "born" after it: 1985年4月3日生
    "日生",
    "生まれ",
    "월생",
    "일생",
    "출생",
    # Czech/Slovak "nar.", Hungarian "szül.", Polish "ur.", Indonesian "lahir"
    "nar.",
    "szül.",
    "szul.",
    "ur.",
    "lahir",
    # Croatian/Serbian/Bosnian, Lithuanian, Latvian, Ukrainian "born", Catalan, Romanian,
    # Portuguese "nasc.", Hebrew, Hindi, Swahili, Tagalog, Chinese "birthday"
    "rođenja",
    "rodjenja",
    "рођења",
    "gimimo",
    "dzimšanas",
    "народи",
    "naixement",
    "nașterii",
    "nasterii",
    "naşterii",
    "nasc.",
    "לידה",
    "जन्म",
    "kuzaliwa",
    "kapanganakan",
    "生日",
    "تولد",
    # a year of birth as people say it: German Jahrgang, Italian classe, French né en, Spanish
    # nacido en, Portuguese nascido em, Arabic مواليد, Russian г.р., Ukrainian р.н., Korean
    # 년생, Japanese 年生まれ, Vietnamese sinh ngày
    "jg.",
    "jahrgang",
    "classe",
    "né en",
    "née en",
    "cido en",
    "cida en",
    "nascid",
    "nato nel",
    "nata nel",
    "مواليد",
    "г.р",
    "г. р",
    "р.н",
    "년생",
    "年生",
    "sinh ngày",
    # narrative past tenses (nació, nasceu, nacque, naquit) and a birthday abbreviated
    "naci",
    "nasceu",
    "nacque",
    "naquit",
    "b'day",
    "bday",
    "b-day",
    "bdate",
    "b-date",
    "b/d",
    # abbreviated labels: French DDN, Italian d.n., Spanish F.N./FDN, German Geb.-Dat.
    "ddn",
    "d.n.",
    "f.n.",
    "fdn",
    "geb.",
)
# "b. 03/03/61": the abbreviation alone is in too many words ("tab. 2") to open the gate.
# (and the Nordic "f." for født/född: "f. 04.03.1961")
_BORN_ABBREVIATION_RE = re.compile(r"(?<![\w.])[bf]\.[ \t]*\d")
# Dutch, German, French, Spanish, Italian and Portuguese cues (geb., né le, nacido ...), as
# words: as substrings they are in too many others ("prenatal").
_DOB_CUE_WORDS = frozenset(
    """geb geboren geboortedatum geburtsdatum né née ne nee naissance nacimiento nac nacido
    nacida nascita nascimento nato nata født fødd född födelsedatum fødselsdato syntymäaika
    syntymaaika syntynyt narození narozeni narozen narozena narodenia születési született
    szuletesi γέννησης dn fn nascut nascuda turned turns""".split()
)
# "born in a land far away on 22/11/1972", "1985-01-01 is my birthday".
_DOB_LOOSE_RE = re.compile(
    rf"\bborn\b[^.\n\d]{{0,50}}?\b(?P<d1>{DATE})"
    # (or an era's name: "平成3年5月8日生")
    # (a CJK year and month alone too: "1961年3月出生", "1961년 3월생")
    rf"|(?=[\d明大昭平令])(?P<d2>{DATE}|\d{{4}}[ ]?[年년][ ]?\d{{1,2}}[ ]?[月월])"
    r"(?:\s+(?:is|was)\s+(?:my|his|her|the\s+patient'?s)\s+(?:birthday|date\s+of\s+birth)"
    # Chinese 出生, Korean 생/출생 ("4일생") and Japanese 生まれ after the date
    # (not 生产/生産, "produced", nor 생산: a batch's date)
    r"|[ ]?(?:生(?:まれ)?(?![产産])|出生|출생|생(?![\uac00-\ud7af])))",
    re.IGNORECASE,
)
_DOB_LABEL = (
    # every label starts with one of these: most positions fail at once
    r"(?=[dbygnfsultpηγ생生出تднתजว])"
    # and at a word's start, but for those below that open with no "\b": inside words and at
    # their ends too
    r"(?:(?<!\w)|(?=[생生出تдγηวתज]|ngày|doğum|data))"
    r"(?:\bD[O0]B|\bD\.O\.B\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirthday|\bb\.d\.|\bYOB"
    r"|\b(?:year\s+of\s+birth|birth\s*year)|\bgeb(?:oren)?\b\.?|\bgeboortedatum|\bgeburtsdatum"
    r"|\bn[ée]e?\s+le|\bdate\s+de\s+naissance|\bfecha\s+de\s+nacimiento|\bf\.\s?nac\."
    r"|\bnacid[oa]\s+(?:el\s+)?|\bdata\s+d[ie]\s+nas(?:cita|cimento)|\bnat[oa]\s+il"
    # the same label in other scripts and languages
    r"|생년월일|生年月日|出生(?:日期|年月日)?|تاريخ\s+الميلاد|дата\s+(?:рождения|народження)"
    r"|ngày\s+sinh|\bsinh\s+ngày|doğum\s+tarihi|\bD\.T\.|data\s+urodzenia|γεν\."
    # abbreviated "born": Czech/Slovak nar., Hungarian szül., Polish ur.; Indonesian lahir
    r"|\bnar\.|\bsz[üu]l\.|\bur\.|\b(?:tgl\.?|tanggal)\s+lahir|\blahir"
    # Scandinavian, Finnish, Czech/Slovak, Hungarian, Greek
    r"|\bf[øö](?:dd|dt)\b|\bf[øö]delsedatum|\bf[øo]dselsdato|\bsyntym[äa]aika|\bsyntynyt"
    r"|\bdatum\s+narozen[íi]|\bd[áa]tum\s+narodenia|\bnaro(?:zen|den)[áa]?\b"
    r"|\bsz[üu]let[ée]si\s+(?:d[áa]tum|id[őo])|\bsz[üu]letett|ημερομηνία\s+γέννησης|วันเกิด"
    # South Slavic, Baltic, Ukrainian, Catalan, Romanian, Portuguese, Hebrew, Hindi, Swahili,
    # Tagalog
    r"|\bdatum\s+ro(?:đ|dj)enja|датум\s+рођења|\bgimimo\s+data|\bdzim[šs]anas\s+datums"
    r"|\bнародив(?:ся|ла|лася)|\bнароджен(?:ий|а)|\bdata\s+de\s+naixement"
    r"|\bdata\s+na[șşs]terii|\bn[ăa]scut[ăa]?|\bdata\s+de\s+nasc\.|תאריך\s+לידה"
    r"|تاریخ\s+تولد|जन्म\s*(?:तिथि|तारीख)|\btarehe\s+ya\s+kuzaliwa|\bpetsa\s+ng\s+kapanganakan|生日"
    # "Bdate", "b/d" (only before a full date of an older year: "b/d" is also twice a day)
    r"|\bb-?date\b|\bb/d\b(?=[ \t]*:?[ \t]*\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|[3-9]\d)(?!\d))"
    # abbreviations: "birth yr", "B-day", French DDN, Brazilian DN, Spanish F.N./FDN, Italian
    # d.n., German Geb.-Dat. (the two-letter ones in capitals only, before their colon)
    r"|\bbirth[ \t]*yr\b|\bb-?day\b|\bDDN\b|\bFDN\b|(?-i:\b(?:DN|FN)\b(?=[ \t]*:))"
    r"|(?<![\w.])(?:d|f)\.[ ]?n\.|\bgeb\.?[ \t-]*dat(?:um)?\b\.?"
    # Spanish "nac." (nacido, nacimiento) only before a date or a year: "(nac. 1961)"
    r"|\bnac\.(?=[ \t]*:?[ \t]*(?:\d{1,2}[/.-]\d|(?:18|19|20)\d{2}\b))"
    # "b. 03/03/61", "(b. 1961)": born, abbreviated, before a full date or a year only
    r"|(?<![\w.])b\.(?=[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:18|19|20)\d{2}\b))"
    # the Nordic "f." (født, född) only before a full date
    r"|(?<![\w.])f\.(?=[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))"
)
# Between a label and its value: a second label ("DOB/Age"), the format the form asks for
# ("Date of Birth (DD/MM/YYYY):", "Geburtsdatum (TT.MM.JJJJ)"), dotted leaders, a verb, a
# preposition ("geb. am", "geboren op", "né le", "nacida el día"), a weekday.
_FORMAT_HINT = r"\((?:[DMYTJAG]{1,4}[ ]?[/.-][ ]?){2}[DMYTJAG]{2,4}\)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)"
_DOB_GAP = (
    rf"(?:\s*/\s*[A-Za-z#]{{2,6}})?(?:\s*{_FORMAT_HINT})?(?:[ \t]*\.{{2,}})?"
    # (Dutch "d.d.", de dato: "geboren d.d. 04-03-61")
    r"\s*(?:is|was)?\s*[:#=-]?\s*(?:(?:the|on|am|op|le|el|il|em|den|d[ií]a|el\s+d[ií]a|d\.d\.)\s+)?"
    # a hedge, when the family only knows about when: "Year of birth approx. 1955"
    r"(?:(?:approx(?:imately|\.)?|about|around|circa|ca\.|c\.|est(?:imated|\.)?|~)[ \t]*)?"
)
_DOB_RE = re.compile(
    rf"{_DOB_LABEL}"
    # after its label a month and year is a date of birth too: "DOB 3/61", "DOB: 03/1961",
    # "DOB: March 1961"; so is a day and month ("Birthday: March 4")
    rf"{_DOB_GAP}(?P<d1>{_WEEKDAY}?{DATE}"
    # a day or month the form did not know: "??/03/1961", "XX/03/61", "UK/03/1961", "00/03/1961"
    r"|(?:\?{1,2}|xx|uk|unk|00|--)[/.-]\d{1,2}[/.-](?:18|19|20)?\d{2}(?!\d)"
    r"|\d{1,2}[/.-](?:\?{1,2}|xx|uk|unk|--)[/.-](?:18|19|20)?\d{2}(?!\d)"
    # a year and month, as an export of reduced precision writes it: "1961-03"
    # (a full stop after either ends the sentence: "DOB 04/1962.")
    r"|(?:18|19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])(?![\d/-]|\.\d)|'\d{2}(?!\d)"
    r"|(?:18|19|20)\d{2}\b|\d{1,2}[/.-](?:19|20)?\d{2}(?![/\-\d]|\.\d)"
    # eight digits, day and month either way round, then the year: "DOB 03121945"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|[12]\d|3[01])(?:18|19|20)\d{2}(?!\d)"
    # six digits, year first or last, as older systems store one: "DOB 610304"
    r"|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}(?!\d)"
    # a form's boxes with spaces only: "DOB: 4 3 1961"
    r"|\d{1,2}[ ]\d{1,2}[ ](?:18|19|20)\d{2}(?!\d)"
    rf"|{_MONTH},?\s+(?:(?:18|19|20)\d{{2}}\b|'\d{{2}}(?!\d))"
    rf"|{_MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:/.]\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_EN}(?!\s*,?\s*\d))"
    rf"|\bborn\s*[:-]?\s*(?:on\s+|in\s+)?(?:the\s+)?(?P<d2>{DATE}|(?:18|19|20)\d{{2}}\b"
    rf"|{_MONTH},?\s+(?:18|19|20)\d{{2}}\b)",
    re.IGNORECASE,
)

# A date written with its month's name in any language CLDR knows ("4. huhtikuuta 1958",
# "5 марта 1948", "1962 m. gegužės 14 d."): the word is checked against data/months.txt
# (bench/phi_months_build.py), so the pattern itself takes any word.
# (Thai vowel and tone marks are no word characters to Python; Thai abbreviations have a dot
# inside: "มี.ค.")
_MONTH_ANY = r"[^\W\d_](?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|\.(?=[^\W\d_])){2,14}"
_WORDED = (
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?[ \t]*(?:(?:de|of)[ \t]+)?(?P<mon1>{_MONTH_ANY})\.?,?"
    # (any four-digit year: Buddhist-era 2504, Hijri 1380)
    r"[ \t]*(?:de[ \t]+)?(?:\d{4}|'?\d{2})(?!\d)"
    rf"|(?:18|19|20)\d{{2}}\.?[ \t]*(?:[mгрy]\.[ \t]*)?(?P<mon2>{_MONTH_ANY})\.?[ \t]+\d{{1,2}}"
    r"(?:[ \t]*d\.|\.)?(?!\d)"
    rf"|(?P<mon3>{_MONTH_ANY})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:18|19|20)\d{{2}}(?!\d)"
)
# A date read out, as a call's transcript writes it: "March fourth, nineteen sixty-one", "the
# twelfth of May, fifty-eight".
UNIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
_YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen)[- ])?(?:{TENS_WORDS}(?:[- ]{UNIT_WORDS})?|oh[- ]{UNIT_WORDS})"
    rf"|two[- ]thousand(?:[- ](?:and[- ])?{UNIT_WORDS})?"
)
# (its day in words and its year in words or digits, "of" said or not: "the third of March,
# 1961", "third March 1961", "twenty first june 1962")
_SPOKEN_YEAR = rf"(?:{_YEAR_WORDS}|(?:18|19|20)\d{{2}})"
_SPOKEN_DATE = (
    rf"(?:the[ \t]+)?(?:{ORDINAL_WORDS})[ \t]+(?:of[ \t]+)?{_MONTH_EN},?[ \t]+{_SPOKEN_YEAR}\b"
    rf"|{_MONTH_EN}[ \t]+(?:the[ \t]+)?(?:{ORDINAL_WORDS}),?[ \t]+{_SPOKEN_YEAR}\b"
)
# (and an age reached on a day: "turned 62 on 3 March")
_BIRTHDAY_WORD = r"\b(?:birthday|born|b['’-]?day|turn(?:s|ed)[ \t]+\d{1,3})(?:['’]s)?"
# "born" in other languages, for a date a few words on: "nata a Napoli il 12/05/1950".
# (and the past tense a story uses: Spanish nació, Portuguese nasceu, Italian nacque, French
# naquit, Polish urodził(a))
_BORN_WORD = (
    r"\b(?:born|nat[oa]|nacid[oa]|né|née|geboren|f[øö]dd|f[øö]dt|urodzon[ya]|nascid[oa]|naci[óo]"
    r"|nasceu|nacque|naquit|urodził[ao]?|nascut|nascuda)(?!\w)"
)
# A label or "born", a few words with no digit, full stop or semicolon, then a full date.
_DOB_NEAR_RE = re.compile(
    rf"(?:{_DOB_LABEL}|{_BORN_WORD})[^.\n\d;]{{0,40}}?(?<!\w)"
    rf"(?:(?P<d1>{_WEEKDAY}?{DATE})|(?P<d2>{_WEEKDAY}?(?:{_WORDED})))",
    re.IGNORECASE,
)


# An age, then a date: in brackets a few characters on ("64 yo F (3/4/61)", "64 ans (4 mars
# 61)") or right after the age and sex, as a chart's one-liner writes it ("64 yo F 3/4/61",
# "64F 3/4/61"). The date is a birth date when its year and the age add up to a year of this
# century.
_AGE_WORD = (
    r"(?:[ \t-]?(?:yo|y/o|y\.o\.|yrs?|years?(?:[ \t-]old)?|J\.|Jahre|ans|años|anos|anni|jaar|år"
    r"|lat)(?![\w])|(?P<sex>[ \t-]?[MFW])(?![\w]))"
)


def _age_date(n: str) -> str:
    """The date after an age, numbered for the two places it may stand."""
    return (
        rf"(?P<d{n}>\d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<y{n}>\d{{4}}|\d{{2}})(?![\d/.-])"
        rf"|\d{{1,2}}\.?[ \t]+(?P<mon{n}>[^\W\d_]{{3,12}})\.?[ \t]+(?P<z{n}>\d{{4}}|\d{{2}})(?!\d))"
    )


_AGE_DATE_RE = re.compile(
    rf"\b(?P<age>\d{{1,3}}){_AGE_WORD}"
    rf"(?:[^()\n]{{0,12}}\([ \t]*{_age_date('1')}[ \t]*\)"
    rf"|(?:[ \t,]+(?:[MFWmfw]|male|female|man|woman))?[ \t,]+{_age_date('2')})"
)


def _age_fits(age: int, year: str, recent: bool) -> bool:
    years = [int(year)] if len(year) == 4 else [1900 + int(year), 2000 + int(year)]
    # (a date of the last few years after a small number is more often a visit's: "Bed 3 F
    # 04/03/26"; a date with no brackets or after a sex alone must be older)
    return any(2000 <= y + age <= 2040 and (recent or y <= 2020) for y in years)


def _age_dates(text: str) -> Iterator[Span]:
    for m in _AGE_DATE_RE.finditer(text):
        n = "1" if m.group("d1") is not None else "2"
        month = m.group(f"mon{n}")
        if month is not None and month.lower() not in _month_names():
            continue
        # the first form, an age's word and a date in brackets, as it was before the rest
        recent = n == "1" and not m.group("sex")
        if _age_fits(int(m.group("age")), m.group(f"y{n}") or m.group(f"z{n}"), recent):
            yield Span(m.start(f"d{n}"), m.end(f"d{n}"), "DOB")


# "born" and a hedge, a season or a holiday before the year: "born in the spring of 1961",
# "born around 1955", "born mid-1949", "born Christmas Day 1950", "born in '61".
_BORN_ABOUT_RE = re.compile(
    r"\bborn(?:[ \t]+(?:on|in|around|about|circa|ca\.|c\.|approx(?:imately|\.)?|sometime|early"
    r"|late|the|spring|summer|autumn|fall|winter|end|beginning|start|middle|of|year)){0,5}"
    r"[ \t]+(?:mid-?)?"
    r"(?P<d>(?:(?:Christmas|Xmas|New[ \t]+Year['’]s|Valentine['’]s|Hallowe['’]?en|Easter|Boxing"
    r"|Independence|Thanksgiving|Bastille|St\.?[ \t]+Patrick['’]s)(?:[ \t]+(?:Day|Eve))?,?[ \t]+)?"
    r"(?:(?:18|19|20)\d{2}|'\d{2})(?!\d))",
    re.IGNORECASE,
)
# The genealogical star for "born" after a name's comma or in brackets: "Frau K., * 4.3.61",
# "(* 12.03.1961)" (not a list's bullet at a line's start).
_STAR_RE = re.compile(rf"(?:(?<=[,(])|(?<=[,(][ \t]))\*[ \t]?(?P<d>{DATE})(?!\d)", re.IGNORECASE)


# (a digit then an age's word or a sex: most notes have neither, and skip the pattern)
_AGE_HINT_RE = re.compile(r"\d[ \t-]?(?:[yJajål]|[MFW]\b)")

_SPOKEN_DOB_RE = re.compile(
    rf"(?:{_DOB_LABEL}|{_BORN_WORD})[^.\n\d;]{{0,40}}?(?<!\w)(?P<d>{_SPOKEN_DATE})"
    # a birthday, which has no year, with its day in words: "her birthday's on the fourth of
    # March"
    rf"|{_BIRTHDAY_WORD}[ \t]*(?:is|was|:|-)?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?"
    rf"(?P<b>(?:{ORDINAL_WORDS})[ \t]+of[ \t]+{_MONTH_EN}"
    rf"|{_MONTH_EN}[ \t]+(?:the[ \t]+)?(?:{ORDINAL_WORDS}))\b",
    re.IGNORECASE,
)


def find_spoken_dobs(text: str) -> Iterator[Span]:
    """Dates of birth read out in words after a birth label or "born" (no digit needed)."""
    for m in _SPOKEN_DOB_RE.finditer(text):
        g = "d" if m.group("d") is not None else "b"
        yield Span(m.start(g), m.end(g), "DOB")


# A year of birth alone, as people say it: "Jg. 1949", "classe 1952", "née en 1958", "من
# مواليد 1955", "1961 г.р.", "61년생", "昭和36年生まれ". A year of this century's first decade
# at most: "classe 2024" is a school's.
_BIRTH_YEAR = r"(?:18\d{2}|19\d{2}|200\d)"
_BIRTH_YEAR_RE = re.compile(
    # (at a word's start but for مواليد, which needs no "\b": most positions fail at once)
    r"(?:(?<!\w)|(?=م))"
    r"(?:\bJg\.|\bJahrgang|\bclasse|\bn[ée]e?[ \t]+en|\bnacid[oa][ \t]+en"
    r"|\bnascid[oa][ \t]+em|\bnat[oa][ \t]+nel|مواليد)"
    # (or its last two digits: "nata nel '61", "Jg. '49")
    rf"[ \t]*(?P<y>{_BIRTH_YEAR}|'\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<y2>{_BIRTH_YEAR})[ \t]*(?:г\.?[ ]?р\.|р\.[ ]?н\.)"
    r"|(?<!\d)(?P<y3>\d{2}년생)"
    r"|(?P<y4>(?:明治|大正|昭和|平成|令和)[ ]?(?:\d{1,2}|元)[ ]?年)(?=[ ]?生)",
    re.IGNORECASE,
)
# What each of its shapes holds (a label, "р." of г.р./р.н., 년생, 年), or its French "né(e) en".
_BIRTH_YEAR_WORDS = (
    "jg.", "jahrgang", "classe", "nacid", "nascid", "nel", "مواليد", "р.", "년생", "年",
)  # fmt: skip
_NEE_EN_RE = re.compile(r"n[ée]e?[ \t]+en")


@cache
def _month_names() -> frozenset[str]:
    text = resources.files("prepcli.phi").joinpath("data", "months.txt").read_text("utf-8")
    return frozenset(text.split())


def month_word(word: str) -> bool:
    """Whether a word names a month in one of the languages data/months.txt holds."""
    return word.lower() in _month_names()


def _is_month(m: re.Match[str]) -> bool:
    return month_word(m.group("mon1") or m.group("mon2") or m.group("mon3") or "")


# A full date with a 19xx year is almost never a visit or due date in 2020s notes; this catches
# DOBs written without a cue ("Jane Roe (03/04/1961)"). Historic dates of launches or approvals
# are the known collision, hence the look-behinds.
_OLD_DATE_RE = re.compile(
    r"(?<![\w/.-])(?=[\dA-S])(?<!approved )(?<!approved on )(?<!approval )(?<!launched )"
    r"(?<!launched on )(?<!since )(?<!published )(?<!founded )(?<!established )"
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]19\d{{2}}|19\d{{2}}-\d{{1,2}}-\d{{1,2}}{_ISO_TIME}"
    rf"|\d{{1,2}}[-\s]{_MONTH_EN},?[-\s]19\d{{2}}|{_MONTH_EN}\s+\d{{1,2}},?\s+19\d{{2}}"
    r"|\d{1,2}\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?19\d{2})(?![\w/-])"
)

# A full date with a two-digit year of the last century (30-99) right after a person (a name,
# a sex, a bracket after a name) is a birth date: "Jane Roe 3/4/61", "Roe, Jane  F  03-04-61",
# "Mr Brown (12.05.49)". Not a combination's strengths ("5/10/40 mg"), nor after a code's
# label ("version 04-03-61"), nor a dated entry of an older chart ("Date : 01/13/93",
# "admitted on 01/13/93", "DOA: 2/17/80"), which has its label or a word before it.
_OLD_SHORT_DATE_RE = re.compile(
    # (what may stand before it is read after its first digit: quicker to scan for)
    r"(?P<d>(?P<a>\d(?<![\w/.:,-]\d)\d?)(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)[3-9]\d)"
    r"(?![\w/:-]|[.,]\d|[ \t]*(?i:mg|mcg|µg|ug|ml|l|g|kg|%|iu|units?|mmol|mm|cm|tabs?|caps?)\b)"
)
_CODE_BEFORE_RE = re.compile(
    r"\b(?i:version|ver|v|rev|release|build|code|ref|lot|batch|exp|expiry|expires|order|item"
    r"|model|page|pp|section|table|figure|fig|step|grade|stage|score|ratio|sizes?|strengths?)"
    r"\.?[ \t]*[:#]?[ \t]*$"
)


_PERSON_BEFORE_RE = re.compile(
    r"(?:(?<![\w.])(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*\b)[A-Z][a-zà-ÿ'’-]+,?|(?<![\w.])(?:[MFmf]|male|female)|[A-Za-z][ \t]*\()[ \t]*$"
)


def _old_short_dates(text: str) -> Iterator[Span]:
    for m in _OLD_SHORT_DATE_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if _PERSON_BEFORE_RE.search(before) is None or _CODE_BEFORE_RE.search(before):
            continue
        yield Span(m.start("d"), m.end("d"), "DOB")


# A product's or a company's history, in any case: "Approved on 12/05/1998", "Launched in
# March 1999".
_HISTORIC_BEFORE_RE = re.compile(
    r"\b(?i:approved|approval|launched|launch|since|published|founded|established|introduced"
    r"|marketed|patented|filed|granted|registered|licensed|discontinued|withdrawn)"
    r"(?:[ \t]+(?i:on|in|date))?[ \t]*:?[ \t]*$"
)
# A time of day after the date: a timestamp, an e-mail's quote header or a log's line ("On
# 12/29/1987 17:32 PM, Julius Caesar wrote"), not a birth date written without its cue.
_CLOCK_AFTER_RE = re.compile(
    r",?[ \t]+(?:(?:at|à|um|om|kl\.?|alle|a[ \t]+las)[ \t]+)?\d{1,2}[:h]\d{2}\b"
)
# A birthday, which has no year: "her birthday is 1/2", "born on January 2nd".
_BIRTHDAY_RE = re.compile(
    # (abbreviated "b'day", "bday"; "birthday's on ...")
    rf"{_BIRTHDAY_WORD}[ \t]*(?:is|was|:|-)?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?"
    rf"(?P<d>\d{{1,2}}/\d{{1,2}}(?![/\d])|{_MONTH_EN}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH_EN})(?![,.]?[ \t]*\d|[/\w])",
    re.IGNORECASE,
)


def find_dobs(text: str, low: str, words: frozenset[str]) -> Iterator[Span]:
    """DOB spans in ``text``; ``low`` is the text lower-cased, ``words`` its lower-cased words
    (cheap gates: most notes hold no birth label)."""
    return _find_dobs(text, low, words)


def more_of_the_dob(text: str, found: list[Span]) -> list[Span]:
    """What more the birth dates found in ``text`` cover: a newborn's time of birth after the
    date goes with it ("DOB: 09/01/2023 04:12"), and the birth date written again elsewhere in
    the note is the birth date there too ("surfactant on day 1 (09/01/2023)")."""
    out = []
    dated = set()
    for s in found:
        if s.type != "DOB":
            continue
        time = _BIRTH_TIME_RE.match(text, s.end)
        if time:
            out.append(Span(s.start, time.end(), "DOB"))
        if _FULL_DATE_RE.fullmatch(text[s.start : s.end]):
            dated.add(text[s.start : s.end])
    for date in dated:
        # (whole: no digit, letter or date separator glued either side)
        again = re.compile(rf"(?<![\w./-]){re.escape(date)}(?![\w/-]|\.\d)")
        out += [Span(m.start(), m.end(), "DOB") for m in again.finditer(text)]
    return out


# A birth date with its day in words, as people say and some forms write it: Dutch "de
# veertiende van januari 2025", Spanish "el catorce de enero de 1979", German "am vierzehnten
# Januar 1979", English "the fourteenth of January 1979". Only a little way after a word for
# birth (the date alone is any day).
_DAY_WORDS = frozenset(
    """eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde
    dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste
    eenentwintigste tweeëntwintigste drieëntwintigste vierentwintigste vijfentwintigste
    zesentwintigste zevenentwintigste achtentwintigste negenentwintigste dertigste
    eenendertigste
    primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
    quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés
    veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve treinta
    ersten zweiten dritten vierten fünften sechsten siebten achten neunten zehnten elften
    zwölften dreizehnten vierzehnten fünfzehnten sechzehnten siebzehnten achtzehnten
    neunzehnten zwanzigsten einundzwanzigsten zweiundzwanzigsten dreiundzwanzigsten
    vierundzwanzigsten fünfundzwanzigsten sechsundzwanzigsten siebenundzwanzigsten
    achtundzwanzigsten neunundzwanzigsten dreißigsten einunddreißigsten
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth twenty thirty""".split()
)
_SPELLED_DATE_RE = re.compile(
    r"(?<![\w-])(?P<d>(?P<w>[^\W\d_]+)(?:[ \t-](?:y[ \t]uno|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth))?[ \t]+(?:(?i:van|de|of|des)[ \t]+)?"
    rf"(?i:{_MONTH})[ \t]+(?:(?i:de|del|van)[ \t]+)?(?:18|19|20)\d{{2}})(?!\d)"
)
_BIRTH_WORDS_RE = re.compile(r"(?i:geboren|born|birth|nacid[oa]|nacimiento|geburt|geb\.)")


def spelled_birth_dates(text: str) -> list[Span]:
    """DOB spans for birth dates whose day is in words (``_SPELLED_DATE_RE``), up to 80
    characters after a word for birth."""
    spans = []
    for cue in _BIRTH_WORDS_RE.finditer(text):
        for m in _SPELLED_DATE_RE.finditer(text, cue.end(), min(len(text), cue.end() + 100)):
            if m.group("w").lower() in _DAY_WORDS and m.start() - cue.end() <= 80:
                spans.append(Span(m.start("d"), m.end("d"), "DOB"))
    return spans


# A newborn's first day of life, dated: the birth date ("surfactant on day 1 (09/01/2023)",
# "intubated at birth, 03/14/2024", "DOL 0 (2024-03-14)"); only in a newborn's note, since an
# adult's "cycle 2 day 1 (03/04/2024)" is a treatment's day.
_FIRST_DAY_RE = re.compile(
    r"\b(?i:day[ \t]+(?:of[ \t]+life[ \t]+)?[01]|DOL[ \t]*[01]|at[ \t]+birth)\b[ \t]*[,:(]?[ \t]*"
    r"(?:on[ \t]+)?(?P<d>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"(?![\w/-]|\.\d)"
)
_NEWBORN_WORDS = ("apgar", "newborn", "neonat", "infant", "nicu", "gestation", "delivered")


def first_day_dates(text: str, low: str) -> list[Span]:
    """DOB spans for the dated first day of a newborn's life (``_FIRST_DAY_RE``)."""
    if not any(w in low for w in _NEWBORN_WORDS):
        return []
    return [
        Span(m.start("d"), m.end("d"), "DOB")
        for m in _FIRST_DAY_RE.finditer(text)
        if not _CYCLE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
    ]


# (a treatment's cycle before its day: "C2 day 1", "cycle 2, day 1")
_CYCLE_BEFORE_RE = re.compile(r"\b(?i:cycle|c)[ \t]*\d+[ \t]*,?[ \t]*$")


# a time of birth after a newborn's date: "04:12", "23:58", "6:45 am"
_BIRTH_TIME_RE = re.compile(r"[ \t]+(?:at[ \t]+)?[0-2]?\d:[0-5]\d(?:[ \t]*(?i:[ap]\.?m\.?)(?!\w))?")
# a date with its year, whole (the one a DOB repeats): "09/01/2023", "2023-09-01"
_FULL_DATE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}")


def _find_dobs(text: str, low: str, words: frozenset[str]) -> Iterator[Span]:
    if (
        any(cue in low for cue in _DOB_CUES)
        or not words.isdisjoint(_DOB_CUE_WORDS)
        or (("b." in low or "f." in low) and _BORN_ABBREVIATION_RE.search(text) is not None)
    ):
        # (every _DOB_LOOSE_RE match holds "born", "birth" or 生/생; no letter of those two
        # words lower-cases otherwise than the pattern compares it)
        loose = "born" in low or "rth" in low or "生" in low or "생" in low
        for rx in (_DOB_RE, _DOB_LOOSE_RE) if loose else (_DOB_RE,):
            for m in rx.finditer(text):
                g = "d1" if m.group("d1") is not None else "d2"
                yield Span(m.start(g), m.end(g), "DOB")
        for m in _DOB_NEAR_RE.finditer(text):
            if m.group("d1") is not None:
                yield Span(m.start("d1"), m.end("d1"), "DOB")
            elif _is_month(m):
                yield Span(m.start("d2"), m.end("d2"), "DOB")
        # (what one of _BIRTH_YEAR_RE's shapes needs, read in the note folded as it compares)
        fold = folded(text)
        born_in = any(w in fold for w in _BIRTH_YEAR_WORDS) or _NEE_EN_RE.search(fold)
        for m in _BIRTH_YEAR_RE.finditer(text) if born_in else ():
            g = next(g for g in ("y", "y2", "y3", "y4") if m.group(g) is not None)
            yield Span(m.start(g), m.end(g), "DOB")
        for m in _BIRTHDAY_RE.finditer(text):
            yield Span(m.start("d"), m.end("d"), "DOB")
        if "born" in low:
            for m in _BORN_ABOUT_RE.finditer(text):
                yield Span(m.start("d"), m.end("d"), "DOB")
    if _AGE_HINT_RE.search(text) is not None:
        yield from _age_dates(text)
    if "*" in text:
        for m in _STAR_RE.finditer(text):
            yield Span(m.start("d"), m.end("d"), "DOB")
    yield from _old_short_dates(text)
    if "19" in text:
        for m in _OLD_DATE_RE.finditer(text):
            if not _HISTORIC_BEFORE_RE.search(
                text, max(0, m.start() - 30), m.start()
            ) and not _CLOCK_AFTER_RE.match(text, m.end()):
                yield Span(m.start(), m.end(), "DOB")


def ddmmyyyy(digits: str) -> bool:
    """Whether eight digits read as a day, a month and a year of a life (DDMMYYYY), as a form
    writes a date one digit a box ("1 2 0 5 1 9 7 8")."""
    if len(digits) != 8 or not digits.isdigit():
        return False
    try:
        day = _date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return 1890 <= day.year <= 2100
