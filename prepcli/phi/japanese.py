"""Patient identifiers in Japanese text: call notes, referral letters, report headers.

Japanese writes no space between words and has no capital letters, so the Latin rules' cues
(case, word boundaries, titles before a name) do not exist. What marks a person instead:

- a labelled field (氏名：, 患者名, フリガナ, お名前は ...), the value running to the end of
  the line or to a bracket; a reading of the name in kana or Latin letters in brackets right
  after it (佐藤明子（さとうあきこ）, パーカー・ジェシカ (Parker, Jessica));
- a relationship in brackets after a name, or before it (佐藤健太（長男）, 長男・佐藤健太):
  the emergency contact and the family are as identifying as the patient;
- an honorific after the name (様, さん, 氏, 殿, 君, ちゃん), the name starting where the
  kanji run starts (the particle before it, の/は/が, is a boundary). 様 also means "-like"
  (すりガラス様陰影, 親指様), and 氏 opens 氏名, so before those a name must start with a
  surname that JMnedict lists (data/ja_surnames.txt.gz, built by bench/phi_ja_names_build.py
  from EDRDG's JMnedict, CC BY-SA, as packaged in jamdict-data 1.5) or one the note has
  already named; Latin initials before an honorific (K.T.氏) are a name too;
- a name the note has given once, written again elsewhere, with or without the space between
  surname and given name (斎藤 義雄 ... 斎藤義雄様 ... 斎藤様).

Record numbers are read after their Japanese labels (患者ID, カルテ番号, 診察券番号, ID が ...),
letters and digits in any grouping; a birth date the note gives is also found when it is
written again as eight digits (19541101), however it is dressed up.

Only notes holding kana or kanji reach any of this (one regex search decides), so Latin text
pays nothing. Clinicians stay: a name after Dr. or before 先生/医師 is left to the clinician
rules of names.py, which veto any span here that overlaps theirs.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from prepcli.phi.relatives import JAPANESE, JAPANESE_HIRAGANA, JAPANESE_HONORED, alternation
from prepcli.phi.spans import Span, birth_dates

_KANJI = "\u4e00-\u9fff\u3005"
_HIRA = "\u3041-\u3096"
# (and half-width katakana, in which older systems print readings)
_KATA = "\u30a1-\u30fa\u30fc\uff66-\uff9f"
_KANA = f"{_HIRA}{_KATA}"
_SP = "[ \t\u3000]"

_JA_HINT_RE = re.compile(f"[{_KANA}{_KANJI}]")


def has_japanese(text: str) -> bool:
    return _JA_HINT_RE.search(text) is not None


def cjk_dominant(text: str) -> bool:
    """More kana and kanji than Latin letters: a Japanese (or Chinese) note."""
    cjk = len(re.findall(f"[{_KANA}{_KANJI}]", text))
    return cjk > len(re.findall(r"[A-Za-z]", text))


@cache
def ja_surnames() -> frozenset[str]:
    data = resources.files("prepcli.phi").joinpath("data").joinpath("ja_surnames.txt.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


# --- labelled fields ------------------------------------------------------------------------

# Where a label may start: a line's start (after bullets, bold marks, brackets), or after a
# separator; never inside a run of kanji or kana ("担当医氏名" is the doctor's).
_LABEL_START = (
    r"(?:^|(?<=[\n\r]))[ \t\u3000\-‐・*＊■□●○◆◇【\[「(（]*"
    rf"|(?<=[、，,；;】\]」）)]){_SP}*|(?<=[ \t\u3000])"
)
_NAME_LABEL = (
    r"(?:(?:患者様?|受診者|利用者|被保険者|本人|家族|保護者|代諾者|緊急連絡先|連絡先|契約者|申込者)"
    r"(?:の)?(?:氏名|姓名|お?名前|名)"
    r"|(?:漢字|カナ|ｶﾅ|ローマ字|英字)?(?:氏名|姓名|お?名前)|フリガナ|ふりがな|ﾌﾘｶﾞﾅ|氏名カナ|患者様|患者"
    r"|緊急連絡先|キーパーソン|保護者|代諾者|身元引受人|家族連絡先)"
    r"(?:[（(](?:カナ|フリガナ|ふりがな|漢字|ローマ字|英字)[）)])?"
)
_NAME_CHARS = f"{_KANJI}{_KANA}A-Za-z"
# A name value: kanji, kana or Latin letters, with the spaces, middle dots and the comma of
# "Parker, Jessica" between its parts.
_NAME_VALUE = (
    rf"[{_NAME_CHARS}](?:[{_NAME_CHARS}'’.\-]|(?:{_SP}|[・･]|,{_SP}?)(?=[{_NAME_CHARS}])){{0,30}}"
)
_READING = (
    rf"[{_KANA}A-Za-z](?:[{_KANA}A-Za-z'’.\-]|(?:{_SP}|[・･]|,{_SP}?)(?=[{_KANA}A-Za-z])){{0,30}}"
)
_NAME_FIELD_RE = re.compile(
    rf"(?:{_LABEL_START})(?:【)?(?P<label>{_NAME_LABEL})(?:】)?\**{_SP}*(?P<sep>[:：]|は|{_SP}|(?<=】)){_SP}*\**"
    rf"(?P<name>{_NAME_VALUE})"
    rf"(?:{_SP}*[（(]{_SP}*(?P<reading>{_READING}){_SP}*[）)])?",
    re.MULTILINE,
)
# What follows a name in a sentence and is no part of it.
_NAME_TAIL_RE = re.compile(
    rf"(?:{_SP}?(?:様|さま|さん|殿|君|くん|ちゃん|氏))?(?:です|でした|と申します|といいます|と言います"
    rf"|から|より|が|は|の|に|を|と|も|で)?$"
)
_SHORT_NAME_RE = re.compile(
    rf"[{_KANJI}]{{2,4}}(?:{_SP}?[{_KANJI}]{{1,3}}|{_SP}[{_KANA}]{{2,5}})?|[{_KATA}]{{2,8}}(?:[・･{_SP[1:-1]}][{_KATA}]{{2,8}})?"
)
# A Japanese field label opening a line: "使用装置：", "【造影剤】", "- 検査日：".
_LINE_LABEL_RE = re.compile(
    rf"(?:^|(?<=\n))[ \t\u3000\-・*]*【?(?P<label>[{_KANJI}{_KANA}]{{1,12}})】?{_SP}*[:：】]"
)
# Values that fill a name field but name nobody.
_NOT_A_NAME_VALUE = frozenset(
    """不明 なし 無し 未記入 未記載 記載なし 同上 省略 匿名 本人 患者 患者様 様 未定 非公開
    別紙 下記 上記 空欄""".split()
)
# A contact's label is followed by a name, a relationship or a number: only a short name
# in kanji or katakana is taken there ("緊急連絡先：石川和子 090-...", not "家族：妻と二人").
_CONTACT_LABELS = frozenset("緊急連絡先 キーパーソン 保護者 代諾者 身元引受人 家族連絡先".split())
# The label 患者/患者様 alone is followed by prose as often as by a name ("患者は", "患者 80歳
# 男性"): only a colon makes it a label there.
_WEAK_LABELS = ("患者", "患者様")

_RELATION = alternation(JAPANESE, plural=False)
# A name right before a relationship in brackets: "佐藤健太（長男）", "石川和子(妻)".
_NAME_BEFORE_RELATION_RE = re.compile(
    rf"(?<![{_KANJI}{_KATA}A-Za-z])"
    rf"(?P<name>[{_KANJI}]{{1,4}}(?:{_SP}?[{_KANJI}]{{1,4}}|{_SP}[{_HIRA}]{{2,5}})?"
    rf"|[{_KATA}]{{2,10}}(?:[・･{_SP[1:-1]}][{_KATA}]{{2,10}})?)"
    rf"{_SP}*[（(](?:続柄[:：]?{_SP}*)?{_RELATION}[）)]"
)
# An unlabelled kanji name with its reading in brackets: "渡部 洋平（わたなべ ようへい）". Medical
# terms carry readings too ("誤嚥（ごえん）"), so a listed surname must open the name, and the
# reading must split into surname and given name or an honorific must follow it.
_NAME_READING_RE = re.compile(
    rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{2,3}}{_SP}?[{_KANJI}]{{1,3}}){_SP}*[（(]{_SP}*"
    rf"(?P<reading>[{_KANA}]{{1,8}}(?P<split>{_SP})?[{_KANA}]{{1,8}}){_SP}*[）)]"
    rf"(?P<hon>{_SP}?(?:様|さま|さん|殿|氏|くん|ちゃん))?"
)
# A relationship, then the name: "長男・佐藤健太", "妻 石川和子", "長男（佐藤健太）".
_RELATION_BEFORE_NAME_RE = re.compile(
    rf"(?<![{_KANJI}]){_RELATION}(?:[・･{_SP[1:-1]}:：]+|[（(])"
    rf"(?P<name>[{_KANJI}]{{2,4}}(?:{_SP}?[{_KANJI}]{{1,3}})?)(?![{_KANJI}])"
)

# Record numbers after their labels: 患者ID, カルテ番号, 診察券番号, 病歴番号, 被保険者番号, and
# a bare "ID" that no other word owns (検査ID, オーダーID, 施設ID are no patient's).
_ID_LABEL = (
    r"(?:患者|受診者|利用者)(?:ID|ＩＤ|番号|No\.?|NO\.?|コード)"
    r"|(?:カルテ|診察券|病歴|診療録|被保険者証?|保険証|受給者証?|患者登録)(?:番号|No\.?|NO\.?|ID|ＩＤ|記号番号)?"
    r"|(?<![A-Za-z\u30a0-\u30ff\u4e00-\u9fff])(?:ID|ＩＤ)"
)
_ID_CHAR = "A-Za-z0-9Ａ-Ｚａ-ｚ０-９"
_ID_RE = re.compile(
    rf"(?:{_ID_LABEL})\**{_SP}*(?:[:：#＃=]|が|は|の|{_SP})?{_SP}*\**"
    rf"(?P<id>[{_ID_CHAR}](?:[{_ID_CHAR}]|[-‐－_/・･](?=[{_ID_CHAR}])){{2,24}})(?![{_ID_CHAR}])"
)
_ID_SHAPE_RE = re.compile(r"\d|^[A-ZＡ-Ｚ]+(?:[-‐－_][A-ZＡ-Ｚ]+)+$")

# --- honorifics -----------------------------------------------------------------------------

# A kanji run (and an optional kana given name) before an honorific. The run starts where the
# kanji start: the particle or punctuation before it is the boundary.
_HONORIFIC_RE = re.compile(
    rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{2,6}}(?:{_SP}?[{_HIRA}]{{2,4}}|{_SP}[{_KANJI}]{{1,3}})?"
    rf"|[{_KATA}]{{2,10}}(?:[・･{_SP[1:-1]}][{_KATA}]{{2,10}})?"
    # a child's or a friend's given name in hiragana: "ゆうとくん", "さくらちゃん"
    rf"|(?<![{_HIRA}])[{_HIRA}]{{2,5}}(?=くん|ちゃん|さん))"
    rf"{_SP}?(?P<hon>様|さま|さん|殿|君|くん|ちゃん|氏)(?![名族々子式相病症])"
)
# A name right before the person's age: "高橋 太郎（75歳）", "中田智子 68歳女性". A listed
# surname must open it (an age follows diagnoses too: "糖尿病 68歳").
_AGE_AFTER_RE = re.compile(
    rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{2,3}}(?:{_SP}?[{_KANJI}]{{1,3}}|{_SP}[{_HIRA}]{{2,4}})?)"
    rf"{_SP}?(?:[（(]{_SP}?|[、,]{_SP}?)?\d{{1,3}}{_SP}?(?:歳|才)"
)
# A kanji name pasted into a note written in Latin script: "call 佐藤花子 back re: refill".
_RUN_IN_LATIN_RE = re.compile(
    rf"(?<![{_KANJI}{_KANA}])(?P<name>[{_KANJI}]{{2,4}}(?:{_SP}?[{_KANJI}]{{1,3}}|{_SP}[{_HIRA}]{{2,4}})?)"
    rf"(?![{_KANJI}{_KANA}])"
)
# A clinician's or an official's title inside a run makes it theirs: "藤沢先生", "山田医師".
_TITLE_IN_RUN_RE = re.compile("先生|医師|院長|教授|部長|科長|医長|主任|師長|薬剤師|看護師")
_INSTITUTION_END = (
    "病院",
    "医院",
    "クリニック",
    "大学",
    "薬局",
    "科",
    "センター",
    "会",
    "社",
    "店",
)
# Latin initials or a capitalised Latin name before a Japanese honorific: "K.T.氏", "Smith様".
_LATIN_HONORIFIC_RE = re.compile(
    r"(?<![A-Za-z.])(?P<name>(?:[A-Z]\.[ \t]?){1,3}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"[ \t]?(?:様|さま|さん|氏|殿)"
)
# Roles and kin that take an honorific themselves: 患者様, 息子さん, 担当者様, 皆様.
JA_ROLES = tuple(
    """患者 看護師 薬剤師 先生 客 皆 担当 担当者 受付 事務 本人 医師 技師 職員 利用者 入居者 部長
    課長 院長 社長 会長 店長 各位 御中 貴殿 師長 所長 係長 主任 教授 講師 助教 医員 研修医 主治医
    担当医 当直医 運転手 業者 店員 大家 管理人 近所 隣人 係 係員 介護士 保健師 栄養士 相談員
    事務員""".split()
    + JAPANESE_HONORED
)
# Staff named by their department or role: "薬剤部の田中さん", "受付の山口さん", "MRの佐藤さん".
_STAFF_BEFORE_RE = re.compile(
    r"(?:科|部|室|課|局|病棟|外来|薬局|医局|看護師|薬剤師|技師|受付|事務|師長|医師|先生|担当|MR|メーカー"
    r"|クリニック|病院|医院|センター|会社|社)の$"
)
# Kin and everyday words written in hiragana before さん/ちゃん/くん: no names.
_HIRA_KIN = frozenset(
    JAPANESE_HIRAGANA + "あか みな みんな おまわり おいしゃ かんごし おきゃく".split()
)
# Kanji of anatomy and findings, which no given name holds: "蜂巣肺様" is honeycomb-like.
_FINDING_KANJI_RE = re.compile("[肺肝腎脳胃腸骨影炎瘍症状腫管膜網粒斑核像変様性型痕巣]")
# Words that open a kanji run in front of a name: "患者吉田様", "故山田氏".
_CUE_PREFIXES = ("患者", "利用者", "入居者", "故", "元")
# The honorifics after which no list is needed: they follow people only.
_PEOPLE_ONLY = frozenset("さん さま 殿 君 くん ちゃん".split())


def japanese_spans(text: str, found_names: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Names, record numbers and birth-date echoes in a note that holds Japanese; [] for any
    other note. ``found_names``: names the other rules found, so their repeats are found too."""
    if not has_japanese(text):
        return []
    names = list(_labelled_names(text))
    names += _relation_names(text)
    known = _known_parts(text, [*((s.start, s.end) for s in names), *found_names])
    names += _honorific_names(text, known)
    names += _names_before_age(text, known)
    names += _names_with_reading(text, known)
    if not cjk_dominant(text):
        names += _runs_in_latin(text, known)
    names += _repeats(text, known)
    spans = [*names, *_record_numbers(text), *birth_dates(_JA_DOB_RE, text)]
    return spans


def _labelled_names(text: str) -> Iterator[Span]:
    for m in _NAME_FIELD_RE.finditer(text):
        if m.group("label") in _WEAK_LABELS and m.group("sep") not in (":", "："):
            continue
        start, end = m.start("name"), m.end("name")
        value = text[start:end]
        tail = _NAME_TAIL_RE.search(value)
        if tail is not None and tail.start() > 0:
            end = start + tail.start()
            value = text[start:end]
        # after は the value is a sentence's subject complement: a name only when short and
        # in kanji or katakana ("お名前は西村亮平です", not "名前は覚えていない")
        short = m.group("sep") == "は" or m.group("label") in _CONTACT_LABELS
        if short and (not _SHORT_NAME_RE.fullmatch(value) or re.fullmatch(_RELATION, value)):
            continue
        if value.strip() in _NOT_A_NAME_VALUE or value.startswith(("Dr", "DR")) or len(value) < 2:
            continue
        if value.endswith(JA_ROLES):
            continue
        yield Span(start, end, "PATIENT-NAME")
        if m.group("reading") is not None:
            yield Span(m.start("reading"), m.end("reading"), "PATIENT-NAME")


def under_other_label(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the value of a Japanese field whose label names no person (a
    device, a drug, a test): "使用装置：Siemens Magnetom Vida"."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _LINE_LABEL_RE.match(text, line_start)
    if m is None or m.end() > pos:
        return False
    return _NAME_FIELD_RE.match(text, line_start) is None and not re.search(
        "名|者|先|様|氏|家族|連絡|保護|キーパーソン|担当|医", m.group("label")
    )


def _relation_names(text: str) -> Iterator[Span]:
    if "（" not in text and "(" not in text and not re.search(_RELATION, text):
        return
    for m in _NAME_BEFORE_RELATION_RE.finditer(text):
        name = m.group("name")
        if name.endswith(JA_ROLES) or name in _NOT_A_NAME_VALUE:
            continue
        yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")
    for m in _RELATION_BEFORE_NAME_RE.finditer(text):
        # after the relationship word only a listed surname makes the next word a name
        # ("妻 同居" is no name)
        if _surname_split(m.group("name").replace(" ", "").replace("\u3000", ""), frozenset()):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _known_parts(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The kanji names the note has given and their surnames: "斎藤 義雄" gives 斎藤義雄 and
    斎藤; "加藤清" (no space) gives 加藤 where the list knows it."""
    parts: set[str] = set()
    for start, end in spans:
        value = text[start:end]
        if not re.fullmatch(rf"[{_KANJI}]+(?:{_SP}+[{_KANJI}{_HIRA}]+)?", value):
            continue
        pieces = re.split(rf"{_SP}+", value)
        joined = "".join(pieces)
        if len(joined) >= 2:
            parts.add(joined)
        if len(pieces) == 2 and len(pieces[0]) >= 2:
            parts.add(pieces[0])
        elif len(pieces) == 1:
            split = _surname_split(joined, frozenset())
            if split:
                parts.add(split)
    return frozenset(parts)


def _surname_split(run: str, known: frozenset[str]) -> str:
    """The surname a kanji run opens with (a known one of the note's, or a listed one) when
    what is left is short enough to be a given name; "" when none."""
    surnames = ja_surnames()
    for size in (3, 2):
        head = run[:size]
        if len(head) == size and (head in known or head in surnames) and len(run) - size <= 4:
            return head
    return run if run in known else ""


def _honorific_names(text: str, known: frozenset[str]) -> Iterator[Span]:
    if not any(h in text for h in ("様", "さま", "さん", "殿", "君", "くん", "ちゃん", "氏")):
        return
    for m in _HONORIFIC_RE.finditer(text):
        start, end = m.start("name"), m.end("name")
        run = m.group("name")
        for prefix in _CUE_PREFIXES:
            if run.startswith(prefix) and len(run) > len(prefix) + 1:
                start += len(prefix)
                run = run[len(prefix) :]
                break
        if run.endswith(JA_ROLES) or run in _NOT_A_NAME_VALUE:
            continue
        if _STAFF_BEFORE_RE.search(text, max(0, start - 8), start):
            continue
        if re.fullmatch(f"[{_HIRA}]+", run):
            if run in _HIRA_KIN or run.startswith(("お", "ご")) and m.group("hon") == "さん":
                continue
            yield Span(start, end, "PATIENT-NAME")
            continue
        kanji = re.sub(rf"{_SP}", "", run)
        katakana = re.search(f"[{_KANJI}]", run) is None
        if katakana and m.group("hon") not in _PEOPLE_ONLY and not re.search("[・･ 　]", run):
            continue  # すりガラス様: one katakana word before 様 or 氏 is a thing
        if not katakana and m.group("hon") not in _PEOPLE_ONLY:
            # 様 and 氏: a surname the list or the note knows must open the run
            head = re.match(f"[{_KANJI}]+", kanji)
            surname = _surname_split(head.group(), known) if head is not None else ""
            if not surname:
                continue
            if kanji not in known and _FINDING_KANJI_RE.search(kanji, len(surname)):
                continue
        yield Span(start, end, "PATIENT-NAME")
    for m in _LATIN_HONORIFIC_RE.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        if re.search(r"(?i:dr|prof)\.?[ \t]?$", before):
            continue
        yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _names_before_age(text: str, known: frozenset[str]) -> Iterator[Span]:
    if "歳" not in text and "才" not in text:
        return
    for m in _AGE_AFTER_RE.finditer(text):
        run = re.sub(rf"{_SP}", "", m.group("name"))
        head = re.match(f"[{_KANJI}]+", run)
        if head is None or run.endswith(JA_ROLES) or _TITLE_IN_RUN_RE.search(run):
            continue
        if not _surname_split(head.group(), known):
            continue
        yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _runs_in_latin(text: str, known: frozenset[str]) -> Iterator[Span]:
    for m in _RUN_IN_LATIN_RE.finditer(text):
        run = re.sub(rf"{_SP}", "", m.group("name"))
        head = re.match(f"[{_KANJI}]+", run)
        if head is None or run.endswith(JA_ROLES) or run.endswith(_INSTITUTION_END):
            continue
        if _TITLE_IN_RUN_RE.search(run):
            continue
        if _surname_split(head.group(), known):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _names_with_reading(text: str, known: frozenset[str]) -> Iterator[Span]:
    if "（" not in text and "(" not in text:
        return
    for m in _NAME_READING_RE.finditer(text):
        if m.group("split") is None and m.group("hon") is None:
            continue
        run = re.sub(rf"{_SP}", "", m.group("name"))
        if _TITLE_IN_RUN_RE.search(run) or not _surname_split(run, known):
            continue
        yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")
        yield Span(m.start("reading"), m.end("reading"), "PATIENT-NAME")


def _repeats(text: str, known: frozenset[str]) -> Iterator[Span]:
    """A full name the note gave, written again anywhere (with or without its space)."""
    for part in known:
        if len(part) < 3:
            continue  # a surname alone is taken only before an honorific
        for m in re.finditer(rf"(?<![{_KANJI}]){re.escape(part)}", text):
            yield Span(m.start(), m.end(), "PATIENT-NAME")


def _record_numbers(text: str) -> Iterator[Span]:
    if "ID" not in text and "ＩＤ" not in text and not re.search("番号|カルテ|診察券|保険証", text):
        return
    for m in _ID_RE.finditer(text):
        value = m.group("id")
        if _ID_SHAPE_RE.search(value) is None:
            continue
        yield Span(m.start("id"), m.end("id"), "MRN")


# --- birth dates ------------------------------------------------------------------------------

# A date as Japanese forms write it: an era and its year (昭和52年, 平成元年, S58.), or a
# Western year, then month and day, in kanji units or with dots, slashes or dashes.
_JA_DATE = (
    rf"(?:(?:明治|大正|昭和|平成|令和){_SP}*(?:\d{{1,2}}|元){_SP}*年|(?<![A-Za-z])[MTSHR]{_SP}?\d{{1,2}}[./\-]"
    rf"|(?:18|19|20)\d{{2}}{_SP}*(?:年|[./\-])){_SP}*\d{{1,2}}{_SP}*(?:月|[./\-]){_SP}*\d{{1,2}}(?:{_SP}*日)?"
)
_JA_DOB_RE = re.compile(
    rf"(?:生年月日|誕生日|出生日|生年)\**{_SP}*(?:[:：]|は|が|、|{_SP})?{_SP}*\**(?P<a>{_JA_DATE})"
    rf"|(?P<b>{_JA_DATE}){_SP}?(?:生まれ|生れ|生(?![{_KANJI}]))"
)


# --- birth dates written again --------------------------------------------------------------

_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_DATE_RE = re.compile(
    r"(?P<era>明治|大正|昭和|平成|令和)[ \t]*(?P<y>\d{1,2}|元)[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月"
    r"[ \t]*(?P<d>\d{1,2})[ \t]*日"
)
_YMD_RE = re.compile(
    r"(?P<y>(?:18|19|20)\d{2})[ \t]*(?:年|[/.\-])[ \t]*(?P<m>\d{1,2})[ \t]*(?:月|[/.\-])"
    r"[ \t]*(?P<d>\d{1,2})"
)


def dob_echoes(text: str, dobs: Iterable[Span]) -> list[Span]:
    """A birth date the note gives, written again as eight digits (YYYYMMDD) elsewhere in it."""
    digits: set[str] = set()
    for span in dobs:
        value = text[span.start : span.end]
        m = _ERA_DATE_RE.search(value)
        if m is not None:
            year = _ERAS[m.group("era")] + (1 if m.group("y") == "元" else int(m.group("y")))
        else:
            m = _YMD_RE.search(value)
            if m is None:
                continue
            year = int(m.group("y"))
        month, day = int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            digits.add(f"{year:04d}{month:02d}{day:02d}")
    return [
        Span(m.start(), m.end(), "DOB")
        for value in digits
        for m in re.finditer(rf"(?<!\d){value}(?!\d)", text)
    ]


# --- addresses that are none ----------------------------------------------------------------

_ADDRESS_UNIT_RE = re.compile(r"[都道府県市区町村郡丁番号〒]|\d")


def not_an_address(text: str, span: Span) -> bool:
    """An "address" in a Japanese note that holds Japanese words but no unit of one (no
    prefecture, city, ward, block number or postcode mark): "同上" (same as above) after 住所,
    or lines of findings that a Latin address rule read up to a postcode-shaped score
    ("GCS：E4V5M6")."""
    value = text[span.start : span.end]
    if not has_japanese(value):
        return False
    if "\n" in value.strip():
        return True
    return _ADDRESS_UNIT_RE.search(value) is None
