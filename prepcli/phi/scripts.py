"""Patient names written in scripts other than the Latin one (Cyrillic, Arabic, Hebrew, Greek,
Hangul, Devanagari, Thai).

Case, the cue most name rules lean on, does not exist in most of these scripts, and the name
lists hold few of their names. Two kinds of evidence are used instead:

- In a note written in Latin script (or one whose only other-script words are one short
  run: "سامر سعيد MRN ... tel ..."), a short run of words in another script is a name far more
  often than anything else: reps paste a patient's name as the office wrote it ("call
  أحمد الشريف back", "about 김민준 (MRN ...)"). Longer runs are sentences and are left alone.
- In a note written in such a script, the word after that language's word for a patient or a
  patient's relative ("환자 김도윤", "ابن المريض نبيل"), and a Cyrillic pair of capitalised
  words or a surname with initials where the lists know one of the words ("Гнатишин Андрій",
  "Шевченко О. В.").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from prepcli.phi.spans import Span

_CYR = "\u0400-\u04ff"
_ARAB = "\u0600-\u06ff"
_CYR_UPPER = "А-ЯЁЄІЇҐЂЉЊЋЏЅЈ"
_OTHER = (
    f"{_CYR}{_ARAB}\u0590-\u05ff\u0370-\u03ff\uac00-\ud7af\u1100-\u11ff\u0900-\u097f\u0e00-\u0e7f"
)
_WORD = rf"[{_OTHER}][{_OTHER}'’\u0640-]*"
# One to three words of another script (a Cyrillic initial may follow: "О. В.").
_RUN_RE = re.compile(
    rf"(?<![\w{_OTHER}])(?<![{_OTHER}][ \t])"
    rf"(?P<run>{_WORD}(?:[ \t]+(?:[{_CYR}]\.|{_WORD})){{0,3}})"
    rf"(?![\w{_OTHER}])(?![ \t]+[{_OTHER}])"
)
# Labels and everyday words a Latin-script note quotes in another script: no name.
_NOT_NAMES = frozenset(
    """تاريخ الميلاد رقم ملف هاتف جوال عنوان المريض المريضة مستشفى عيادة
    생년월일 연락처 환자 주소 전화 병원 보호자
    дата народження рождения адреса адрес телефон лікарня больница пацієнт пациент""".split()
)
# The nouns of hospitals, clinics, centres and universities in Greek, Cyrillic, Hebrew and
# Arabic, by their stems (so every case counts: "Городской Больнице", "Νοσοκομείου"): a run
# holding one names an institution ("Νοσοκομείο Ευαγγελισμός", "Городская Клиническая
# Больница"), not a person.
INSTITUTION_STEMS = (
    "νοσοκομ", "κλινικ", "κλινική", "κέντρ", "κεντρ", "ιατρεί", "ιατρει", "πανεπιστ",
    "больниц", "болниц", "лікарн", "клиник", "клінік", "поликлиник", "поліклінік",
    "госпитал", "шпитал", "диспансер", "центр", "институт", "інститут", "университет",
    "університет", "санатори", "санаторі", "амбулатори", "амбулаторі",
    "בית חולים", "מרפא", "מרכז", "אוניברסיט",
    "مستشف", "عياد", "مركز", "جامع", "بیمارستان", "درمانگاه", "کلینیک",
)  # fmt: skip
_LATIN_RE = re.compile(r"[A-Za-z]")
_OTHER_RE = re.compile(rf"[{_OTHER}]")
# Arabic and Persian words that follow a name but are none: prepositions, conjunctions, labels
# and the verbs of asking and calling.
_AR_STOP = (
    "و|با|در|از|به|که|را|درباره|برای|تلفن|شماره|موبایل|همراه|عن|في|من|على|الى|إلى|مع|رقم|هاتف"
    "|موبايل|جوال|تليفون|يسأل|تسأل|سأل|سألت|اتصل|اتصلت|يطلب|تطلب|طلب|طلبت|پرسید|تماس|گرفت"
    "|يتناول|تتناول|مصاب|مصابة|يعاني|تعاني"
)
_AR_LETTER = "\u0621-\u064a\u066e-\u06d3"
# Titles before a name: Persian Mrs and Mr, Arabic Mr, Mrs, Hajji.
_AR_TITLES = "خانم|آقای|آقا|السيد|السيدة|سيد|سيدة|الحاج|الحاجة"
# What follows the word for patient in Hebrew, Korean notes when no name does: verbs of
# calling, asking, being born, arriving, telling, taking, suffering (both genders' past and
# present), and Korean nouns of contact, consent, visit, request.
_HE_VERBS = (
    "התקשר|התקשרה|ביקש|ביקשה|נולד|נולדה|הגיע|הגיעה|סיפר|סיפרה|אמר|אמרה|דיווח|דיווחה|קיבל"
    "|קיבלה|לקח|לקחה|הפסיק|הפסיקה|מסר|מסרה|פנה|פנתה|שאל|שאלה|חזר|חזרה|טוען|טוענת|מתלונן"
    "|מתלוננת|סובל|סובלת|מקבל|מקבלת|נוטל|נוטלת|גר|גרה|חי|חיה|הופנה|הופנתה|אושפז|אושפזה"
    "|שוחרר|שוחררה|מבקש|מבקשת|מדווח|מדווחת|עבר|עברה|היה|הייתה|יקבל|תקבל|הוא|היא|של"
)
_KO_NOUNS = (
    "연락|전화|동의|상담|방문|요청|문의|확인|정보|없음|있음|설명|교육|면담|내원|진료|서명|거부"
    "|요구|보고|통화|상태|본인|및|등"
)
_AR_NAME_WORD = rf"(?!(?:{_AR_STOP}|{_AR_TITLES})(?![{_AR_LETTER}]))[{_AR_LETTER}]{{2,}}"
# A patient or a patient's relative: Korean, Arabic, Russian and Ukrainian, Hebrew, Greek.
_CUE_RE = re.compile(
    r"(?:환자|보호자|성명|이름)[ \t]*[:：]?[ \t]*"
    rf"(?!{_KO_NOUNS}(?![\uac00-\ud7af]))(?P<ko>[\uac00-\ud7af]{{2,4}})(?![\uac00-\ud7af])"
    # Arabic and Persian (بیمار): a name of up to three words, up to a function word or a label
    # (a title between them is none: "بیمار خانم ...", "المريض السيد ...")
    rf"|(?<![{_ARAB}])(?:ال)?(?:مريض|مريضة|المريض|المريضة|اسم|بیمار|نام)[ \t]*:?[ \t]*"
    rf"(?:(?:{_AR_TITLES})[ \t]+)?"
    rf"(?P<ar>{_AR_NAME_WORD}(?:[ \t]+{_AR_NAME_WORD}){{0,2}})(?![{_AR_LETTER}])"
    # Russian, Ukrainian, Kazakh (науқас): whole words only ("пациентка", "пациентом" are
    # the word's own forms), and the name capitalised, as Cyrillic writes names ("Пацієнт
    # народився ...": a verb)
    rf"|(?<![{_CYR}])(?i:пацієнт(?:ка)?|пациент(?:ка)?|хвор(?:ий|а|ой|ая)|науқас|ПІБ|ФИО)"
    rf"(?![{_CYR}])[ \t]*:?[ \t]*"
    rf"(?P<cy>[{_CYR_UPPER}][{_CYR}'’-]+(?:[ \t]+[{_CYR_UPPER}][{_CYR}'’-]+){{0,2}})"
    r"|(?:מטופל|מטופלת|חולה|שם)[ \t]*:?[ \t]*"
    rf"(?!(?:{_HE_VERBS})(?![\u05d0-\u05ea]))"
    r"(?P<he>[\u05d0-\u05ea]{2,}(?:[ \t]+[\u05d0-\u05ea]{2,})?)"
)
_CYR_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>[{_CYR_UPPER}][{_CYR}'’-]+)[ \t]+"
    rf"(?P<b>[{_CYR_UPPER}][{_CYR}'’-]+|[{_CYR_UPPER}]\.(?:[ \t]?[{_CYR_UPPER}]\.)?)"
    rf"(?![\w'’-])"
)
# Arabic words that open a run but name nobody: titles of clinicians (the name after them is a
# clinician's) and everyday words reps paste (hospital, clinic).
_ARABIC_TITLES = ("د.", "الدكتور", "الدكتورة", "دكتور", "دكتورة", "د")
_CYRILLIC_TITLES = frozenset("д-р др доктор лікар врач проф професор профессор".split())


# A placeholder of an earlier pass ("[PATIENT-NAME]") is no Latin text of the note's.
_PLACEHOLDER_RE = re.compile(r"\[[A-Z-]+\]")


def _mostly_latin(text: str) -> bool:
    latin = len(_LATIN_RE.findall(_PLACEHOLDER_RE.sub("", text)))
    return latin > len(_OTHER_RE.findall(text))


def _lone_run(text: str) -> bool:
    """One short run of another script among Latin words and digits ("سامر سعيد MRN ..."),
    not a label ("Доставка: ...") nor what an earlier pass left ("Доставка: [PATIENT-NAME]")."""
    if _PLACEHOLDER_RE.search(text) or _LATIN_RE.search(text) is None:
        return False
    runs = list(_RUN_RE.finditer(text))
    if len(runs) != 1 or text[runs[0].end() :].lstrip(" \t").startswith(":"):
        return False
    # the note's other words in that script are a sentence the run belongs to, not a name's
    rest = text[: runs[0].start()] + text[runs[0].end() :]
    return _OTHER_RE.search(rest) is None


# Japanese and Chinese: the case-free name is framed by a patient cue before it and, after it,
# an honorific (様, さん, 殿) or a contact or identity label ("患者温香玉，电话..."). A cue alone is
# followed by verbs as often ("患者表示，"), so both ends are needed.
_CJK = "\u4e00-\u9fff\u3040-\u30ff"
_CJK_NAME_RE = re.compile(
    r"(?:患者|病人|病患|氏名|利用者|姓名)(?:さん)?[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?P<name>[{_CJK}]{{1,4}}(?:[ \u3000][{_CJK}]{{1,4}})?)"
    r"(?=[ \t\u3000]*(?:様|さま|さん|殿|先生|女士|小姐)"
    r"|[ \t\u3000]*[，,、（(][ \t\u3000]*(?:电话|電話|手机|手機|联系|聯繫|身份证|身分證|病历|病歷"
    r"|出生|生日|\+?\d))"
)

# Without the cue, a short run framed by a boundary before it (the note's start, a space,
# punctuation, a number) and a Chinese honorific after it: "歐陽淑芬女士（...". Japanese
# honorifics (様, さん, 殿) are japanese.py's: there a name starts where its kanji do, not at
# the particle before it ("薬剤部の村田さん"), and 様 also means "-like" (すりガラス様).
_CJK_HONORIFIC_RE = re.compile(
    rf"(?:^|(?<=[\s\d:：，,、。（(）)「」]))(?P<name>[{_CJK}\u3005]{{2,6}})[ \t\u3000]?"
    r"(?:女士|小姐)"
)
# Korean: one or two words before 씨 or 님 ("서문 나우 님", "김지호 씨가"), unless the word is a
# role that takes 님 itself (선생님, 의사님, 환자님, 고객님: doctors, patients, customers).
_KO_HONORIFIC_RE = re.compile(
    r"(?<![\uac00-\ud7af])(?P<name>[\uac00-\ud7af]{1,4}(?:[ \t][\uac00-\ud7af]{1,3})?)[ \t]?"
    r"(?:씨|님)"
)
_KO_ROLES = frozenset(
    """선생 의사 간호사 환자 고객 교수 원장 약사 부장 과장 실장 팀장 대표 회장 사장 어머 아버
    어머니 아버지 보호자 담당자 기사 직원 상담원 손님 주임 선배 형 누""".split()
)


def cjk_names(text: str) -> Iterator[Span]:
    """Japanese, Chinese and Korean patients' names, framed as ``_CJK_NAME_RE``,
    ``_CJK_HONORIFIC_RE`` and ``_KO_HONORIFIC_RE`` say."""
    if any(cue in text for cue in "患病氏利姓"):
        for m in _CJK_NAME_RE.finditer(text):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")
    if "女士" in text or "小姐" in text:
        for m in _CJK_HONORIFIC_RE.finditer(text):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")
    if "씨" in text or "님" in text:
        for m in _KO_HONORIFIC_RE.finditer(text):
            if not any(w in _KO_ROLES for w in m.group("name").split()):
                yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def other_script_names(
    text: str, first: Container[str], last: Container[str], blocked: Container[str]
) -> Iterator[Span]:
    """Names in another script than the Latin one, by the evidence the module docstring names."""
    yield from cjk_names(text)
    if _OTHER_RE.search(text) is None:
        return
    if _mostly_latin(text) or _lone_run(text):
        for m in _RUN_RE.finditer(text):
            words = m.group("run").split()
            before = text[max(0, m.start() - 12) : m.start()].lower()
            if words[0] in _ARABIC_TITLES or re.search(r"\b(?:dr|prof|doctor)\.?[ \t]*$", before):
                continue
            if len([w for w in words if not w.endswith(".")]) > 3 or len(words[0]) < 2:
                continue
            # Cyrillic and Greek write names capitalised: "р.н." (born) is no name
            if words[0][0].lower() == words[0][0] and words[0][0] != words[0][0].upper():
                continue
            if any(w.strip(".") in blocked or w in _NOT_NAMES for w in words):
                continue
            if _institution(m.group("run")):
                continue
            yield Span(m.start("run"), m.end("run"), "PATIENT-NAME")
        return
    for m in _CUE_RE.finditer(text):
        group = next(g for g in ("ko", "ar", "cy", "he") if m.group(g) is not None)
        yield Span(m.start(group), m.end(group), "PATIENT-NAME")
    for m in _CYR_NAME_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a.lower() in _CYRILLIC_TITLES or a in blocked or _institution(m.group()):
            continue
        initials = b.endswith(".")
        if (initials and a in last) or (
            not initials and (a in first or b in first) and b.lower() not in _CYRILLIC_TITLES
        ):
            yield Span(m.start(), m.end(), "PATIENT-NAME")


def _institution(run: str) -> bool:
    """Whether a run of another script holds an institution's noun (``INSTITUTION_STEMS``)."""
    low = run.lower()
    return any(
        w.startswith(stem) for w in low.split() for stem in INSTITUTION_STEMS if " " not in stem
    ) or any(stem in low for stem in INSTITUTION_STEMS if " " in stem)
