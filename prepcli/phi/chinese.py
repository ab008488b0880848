"""Patient identifiers in Chinese text (Traditional and Simplified; Taiwan, mainland, Hong Kong).

Chinese writes no spaces and has no case, and a one-character surname (林, 高, 文) is an
ordinary word too, so a name is read from what frames it, never from a list alone:

- an honorific or kin term of address after a surname, with or without the given name
  (林先生, 黃小姐, 何太太, 李伯伯, 王奶奶, 陳志明先生); the surname must be one CC-CEDICT lists
  (data/zh_surnames.txt.gz, built by bench/phi_zh_names_build.py from CC-CEDICT, MDBG,
  CC BY-SA 4.0) and the characters before a full name must end a word (a cue, a verb, a
  particle: 病人陳志明先生, 謝謝林先生);
- a patient, relative or self-introduction cue before a surname-led name (患者張淑芬，, 我叫林美玉,
  我姓趙, 孫子小傑), the name ending where a boundary or a verb follows;
- in dialogue, a given name with the familiar 小 or 阿 (小明, 阿華) where it is addressed or
  talked about: after a turn's start or a particle and before a comma, a question particle or
  a pronoun; the everyday words that start with 小/阿 (小心, 小時, 阿姨, 阿嬤) are no names, and
  阿 alone is a particle in Taiwanese Mandarin (阿今天, 阿你), so the character after it must be
  no function word;
- a name given once, found again anywhere (李小美 ... 小美).

Clinicians stay: a surname or name before a clinical title (陳醫師, 林主任, 鄭護理師, 蔡醫生) is
never taken, and neither is a name a note addresses just before staff answer (醫師：小美，...
護理師：...).

Places of residence (HIPAA Safe Harbor counts a city or district): the place after 住/住在/住於/
家在/定居/現住 up to a word that ends it (那邊, 附近, 哪裡, a particle), and its repeats elsewhere
in the note unless a hospital's name continues it (台北 ... 台北榮總 stays). 住院 (admitted) and
住了/住過 are no residence.

Numbers: Taiwanese, mainland and Hong Kong phone layouts without a label (0912345678,
09xx-xxx-xxx, 138 1234 5678, +886/+86/+852; a mobile read out in numerals, 零九一二...),
Taiwan's national ID (A123456789) and the mainland's 18-digit resident ID (its birth date
checked) as SSN, record numbers after 病歷號/病案号/住院號 as MRN, birth dates after 出生/生日 or
before 出生/生 (民國 years and Chinese numerals too) as DOB.

Only notes with Han characters and no kana reach this (japanese.py has Japanese notes), so
Latin and Japanese notes pay nothing and keep their behaviour.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from prepcli.phi.spans import Span, birth_dates

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# Kana, or kanji that only Japanese writes (Chinese has 歲/岁, 樣/样, 藥/药, 發/发 ...): a Japanese
# note, japanese.py's ("小林先生 68歳" is a doctor).
_KANA_RE = re.compile(
    "[\u3041-\u3096\u30a1-\u30fa歳様県沢駅込畑峠働薬剤図検験転軽済蔵悪帰読売発険気経続変関応単戦覧"
    "鉄弁栄塩壊拡価歓観権勧巻乗浄剰縄壌嬢譲醸]"
)
_HAN_RE = re.compile(f"[{_HAN}]")


def has_chinese(text: str) -> bool:
    """Han characters and nothing Japanese: a Chinese note (or a Latin one quoting Chinese)."""
    return _HAN_RE.search(text) is not None and _KANA_RE.search(text) is None


@cache
def zh_surnames() -> frozenset[str]:
    data = resources.files("prepcli.phi").joinpath("data").joinpath("zh_surnames.txt.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


# Surnames that are far more often function words or everyday words on their own.
_NOT_ALONE = frozenset(
    "那 也 都 和 於 于 从 從 还 還 过 過 适 適 能 时 時 么 是 可 其 之 同 向 由 但 于".split()
)

# --- what frames a name ---------------------------------------------------------------------

_HONORIFIC = (
    "先生|小姐|女士|太太|夫人|阿姨|伯伯|伯母|伯父|叔叔"
    "|阿叔|嬸嬸|婶婶|奶奶|爺爺|爷爷|阿嬤|阿嬷|阿公|阿伯"
    "|阿婆|婆婆|老伯|大哥|大姐|大嫂|媽媽|妈妈|爸爸|同學|同学"
)
# A clinician's or staff title after a name: that name is theirs.
_TITLE = (
    "醫師|医师|醫生|医生|大夫|護理師|护理师|護理長|护理长|護士|护士|主任|院長|院长|教授|藥師|药师"
    "|個管師|个管师|個案管理師|个案管理师|管理師|管理师|營養師|营养师|治療師"
    "|治疗师|技師|技师|社工師|社工|助理|專員|专员|經理|经理|代表|老師|老师"
)
_TITLE_AFTER_RE = re.compile(f"[A-Z]?(?:{_TITLE})")
# Words that may end right before a name: cues, verbs of addressing, particles.
_BEFORE_NAME = (
    "病人 患者 病患 個案 个案 家屬 家属 病友 是 叫 請 请 "
    "跟 和 與 与 給 给 找 問 问 讓 让 對 对 向 位 "
    "這 这 那 由 被 把 幫 帮 替 為 为 謝謝 谢谢 的 "
    "說 说 告訴 告诉 通知 聯絡 联络 聯繫 联系 打給 打给 "
    "陪 帶 带 接 送 及 或 等 今天 昨天 剛剛 刚刚 剛才 "
    "刚才 啊 阿 喔 欸 诶 誒 哦 嗯 好 了 到 看 見 见 "
    "遇到 拜訪 拜访 轉告 转告 提醒 請問 请问 詢問 询问 "
    "代 替 女兒 女儿 兒子 儿子 孫子 孙子 孫女 孙女 "
    "老公 老婆 丈夫 妻子 太太 先生 媽媽 妈妈 爸爸 母親 母亲 父親 父亲 姓名 名字 受訪者 受访者 就是"
).split()
# Characters no given name holds in running text: function words, pronouns, particles.
_FUNCTION_CHARS = frozenset(
    "的了是在和跟說说给給請请找問问叫讓让對对向這这那位個个也都就還还又再很我你妳他她它們们嗎吗呢吧"
    "啊阿喔嗯有沒没不要會会能到去來来從从被把幫帮替為为與与及或等謝谢像以而但才只已將将自每各某該该"
    "此其之上下前後后裡里內内外時时講讲看打今昨剛刚哪誰谁什麼么怎樣样嘛啦齁欸诶誒哦呀哈嘿噢"
    "一二三四五六七八九十幾几兩两點点天月年日號号歲岁當当若如因所且並并則则即既雖虽好"
)
# Relatives and cues after which a name follows directly.
_CUE = (
    "我叫|我是|叫做|名叫|名字叫|名字是|姓名是|姓名|病人|患者|病患|個案|个案|家屬|家属|受訪者|受访者"
    "|女兒|女儿|兒子|儿子|孫子|孙子|孫女|孙女|外孫|外孙|老公|老婆|丈夫|妻子|母親|母亲|父親|父亲"
    "|哥哥|姐姐|弟弟|妹妹|聯絡人|联系人|聯繫人|緊急聯絡人|紧急联系人"
    # someone's name given with 叫: "他叫...", "我太太叫..."
    "|(?<=[你妳他她])叫|(?<=太太|先生|老公|老婆|兒子|儿子|女兒|女儿|媽媽|妈妈|爸爸|朋友|同事)叫"
)
# What may follow a name in a sentence: it ends the name there.
_AFTER_NAME = (
    "先生|小姐|女士|太太|今天|昨天|最近|目前|表示|反映|反應|反应|詢問|询问|來電|来电|回診|回诊|入院"
    "|出院|住院|主訴|主诉|因為|因为|說|说|講|讲|的|是|在|有|用|來|来|回|到|跟|和|與|与|也|都|又|再"
    "|已|將|将|經|经|於|于|男|女|因|及|等|今|昨|每|會"
    "|会|要|想|打|去|被|把|對|对|吃|做|請|请|拿|帶|带"
    "|，|,|。|、|；|;|：|:|（|\\(|\\s|$|\\d"
)

_AFTER_NAME_RE = re.compile(_AFTER_NAME)
_CUE_FAMILIAR_RE = re.compile(rf"(?:{_CUE})(?P<name>[小阿][{_HAN}])")
_HONORIFIC_RE = re.compile(rf"(?P<run>[{_HAN}]{{1,6}}?)(?P<hon>{_HONORIFIC})")
_CUE_RE = re.compile(rf"(?P<cue>{_CUE})[ \t\u3000]*[:：]?[ \t\u3000]*(?=(?P<run>[{_HAN}]{{2,8}}))")
_SURNAME_CUE_RE = re.compile(
    rf"(?<!百家)(?:我|他|她|你|妳|您|病人|患者|先生|太太|老公|老婆|本人|就)?姓(?![名氏])"
    rf"(?P<name>[{_HAN}]{{1,2}})"
)
# 小/阿 and one given-name character, where the person is addressed or talked about.
_FAMILIAR_RE = re.compile(
    rf"(?:(?<=^)|(?<=[^{_HAN}])|(?<=[啊阿欸诶誒喔哦嘿噢])|(?<=那個|那个|這個|这个|還有|还有|就是)"
    rf"|(?<=[跟叫和給给問问說说請请找讓让是等們们])"
    rf"|(?<={'|'.join(w for w in _BEFORE_NAME if len(w) == 2)}))"
    rf"(?P<name>[小阿][{_HAN}])"
    rf"(?=[，,、。？?！!～~…⋯ \t\u3000]|你|妳|您|的話|的话|喔|啊"
    rf"|呀|齁|哦|欸|嗎|吗|呢|他|她|講|讲|說|说|跟|有|也|最近|這|这|那"
    # a relative of the named one: "小明媽媽", "小明的爸爸"
    rf"|的?(?:媽媽|妈妈|爸爸|媽|妈|爸|阿嬤|阿公|奶奶|爺爺|爷爷|姐姐|哥哥|弟弟|妹妹|家人|家屬|家属))"
)
# Everyday words that start with 小 or 阿: no names.
_NOT_FAMILIAR = frozenset(
    """小心 小時 小时 小孩 小姐 小便 小腿 小學 小学
    小朋 小組 小组 小吃 小兒 小儿 小說 小说 小小 小型
    小數 小数 小量 小於 小于 小的 小些 小點 小点 小塊
    小块 小手 小腸 小肠 小板 小葉 小叶 小節 小节 小結
    小结 小動 小动 小區 小区 小弟 小妹 小哥 小姑 小舅
    小叔 小姨 小孫 小孙 小女 小子 小事 小病 小傷 小伤
    小刀 小片 小顆 小颗 小包 小杯 小瓶 小口 小碗 小睡
    小跑 小題 小题 小菜 小費 小费 小貨 小車 小车 小路
    小巷 小店 小鎮 小镇 小村 小島 小岛 小山 小河 小狗
    小貓 小猫 小鳥 小鸟 小蟲 小虫 小腹 小腦 小脑 小指
    小產 小产 小夜 小計 小计 小看 小氣 小气 小聲
    小声 小巧 小康 小寶 小宝 小寶寶 小人 小兒科 小時候 小腳
    小脚 小便 小樣 小样 小票 小禮 小礼 小廚 小厨 小房
    小屋 小窩 小诊 小診 小額 小额 小隊 小队 小號 小号
    小一 小二 小三 小四 小五 小六 小七 小八 小九 小十 小幾 小几 小兩 小两 小感 小心翼 小孩子 小紅
    阿姨 阿嬤 阿嬷 阿公 阿伯 阿婆 阿叔 阿姑 阿舅 阿兄
    阿姐 阿妹 阿弟 阿爸 阿母 阿媽 阿妈 阿爹 阿兵 阿斯
    阿拉 阿莫 阿米 阿茲 阿兹 阿司 阿奇 阿昔 阿托 阿德
    阿法 阿片 阿膠 阿胶 阿里 阿根 阿富 阿爾 阿尔 阿嬸
    阿婶 阿妗 阿祖 阿哥 阿伯 阿貓 阿猫 阿狗""".split()
)

# A vocative's reply: a staff speaker answering the turn that named someone makes that person
# staff ("醫師：诶，小美，七月四號...？護理師：對").
_SPEAKER_RE = re.compile(rf"(?P<who>[{_HAN}]{{1,4}}[A-ZＡ-Ｚ]?)[：:]")
_STAFF_SPEAKERS = re.compile(f"(?:{_TITLE}|醫師|医师)[A-ZＡ-Ｚ]?$")
_LAY_SPEAKERS = (
    "民眾",
    "民众",
    "民衆",
    "家屬",
    "家属",
    "病人",
    "患者",
    "病患",
    "個案",
    "个案",
    "病友",
)


# A name spelled out in romanisation, one syllable a turn or clause ("民眾：CHANG。醫師：恩。民眾：
# XIAO。"): Hanyu Pinyin and Wade-Giles syllables in capitals, in a note that asks for a name.
_SYLLABLE = (
    r"(?:ZH|CH|SH|HS|TS|TZ|[BPMFDTNLGKHJQXRZCSYW])?"
    r"(?:IANG|IONG|UANG|UENG|IAO|IAN|IEH|IEN|UAI|UAN|ANG|ENG|ONG|ING|UNG|IA|IE|IU|IN|UA|UO|UI|UN|UE"
    r"|AI|EI|AO|OU|AN|EN|ER|EE|A|O|E|I|U|V)"
)
_SPELLED_RE = re.compile(
    rf"(?:(?<=[：:，,。])"
    rf"|(?<=[：:，,。] ))(?P<w>{_SYLLABLE}(?:[ \-]{_SYLLABLE}){{0,2}})(?=[ ]?[。，,？?！!]|$)"
)
_SPELLING_CUE_RE = re.compile("姓|名字|拼|英文名|護照|护照|全名")


def _spelled_names(text: str) -> Iterator[Span]:
    if not re.search("[A-Z]{2}", text) or _SPELLING_CUE_RE.search(text) is None:
        return
    for m in _SPELLED_RE.finditer(text):
        if len(m.group("w").replace(" ", "").replace("-", "")) >= 3:
            yield Span(m.start("w"), m.end("w"), "PATIENT-NAME")


def chinese_spans(text: str, found_names: Iterable[Span] = ()) -> list[Span]:
    """Names, places of residence, phones, national and record numbers and birth dates in a
    Chinese note; [] for any other note."""
    if not has_chinese(text):
        return []
    clinicians = _clinician_runs(text)
    names = [
        s
        for s in (*_honorific_names(text), *_cue_names(text), *_familiar_names(text, clinicians))
        if not _is_clinician(text, s, clinicians)
    ]
    names += _spelled_names(text)
    names += _repeats(
        text,
        [*names, *(s for s in found_names if _HAN_RE.search(text, s.start, s.end))],
        clinicians,
    )
    places = _residences(text)
    return [*names, *places, *_numbers(text), *birth_dates(_DOB_RE, text)]


# --- names ------------------------------------------------------------------------------------


def _surname_len(cand: str) -> int:
    """Length of the listed surname ``cand`` opens with (2 for 歐陽), 0 for none."""
    surnames = zh_surnames()
    if cand[:2] in surnames and len(cand) >= 2:
        return 2
    return 1 if cand[:1] in surnames else 0


def _name_in_run(run: str, *, alone_ok: bool) -> str:
    """The name a run of Han characters ends with: a listed surname, then at most two given-name
    characters, the characters before it ending a word ("病人陳志明" -> 陳志明, "謝謝林" -> 林)."""
    for size in (4, 3, 2, 1):
        if size > len(run):
            continue
        cand, prefix = run[-size:], run[:-size]
        s = _surname_len(cand)
        if not s or size - s > 2:
            continue
        if size == 1 and (not alone_ok or cand in _NOT_ALONE):
            continue
        if any(c in _FUNCTION_CHARS for c in cand[s:]):
            continue
        if cand[:1] in _NOT_ALONE or any(cand.startswith(w) for w in _BEFORE_NAME if len(w) > 1):
            continue
        if prefix and not prefix.endswith(tuple(_BEFORE_NAME)) and size > s:
            continue
        return cand
    return ""


def _honorific_names(text: str) -> Iterator[Span]:
    for m in _HONORIFIC_RE.finditer(text):
        # the whole run of Han characters before the honorific (the regex's run is the shortest)
        end = m.start("hon")
        start = end
        while start > 0 and end - start < 6 and _HAN_RE.match(text, start - 1):
            start -= 1
        run = text[start:end]
        if not run or _TITLE_AFTER_RE.match(text, m.end("hon")):
            continue
        name = _name_in_run(run, alone_ok=True)
        if name:
            yield Span(end - len(name), end, "PATIENT-NAME")


def _cue_names(text: str) -> Iterator[Span]:
    for m in _CUE_RE.finditer(text):
        run = m.group("run")
        s = _surname_len(run)
        if not s or run[:1] in _NOT_ALONE:
            continue
        # the name ends where a word that follows names begins, at most two given-name
        # characters after the surname
        for size in (s + 2, s + 1):
            if size > len(run):
                continue
            if any(c in _FUNCTION_CHARS for c in run[s:size]):
                continue
            after = m.start("run") + size
            if any(_TITLE_AFTER_RE.match(text, m.start("run") + k) for k in range(size + 1)):
                break  # 家屬：張醫師要...: a clinician
            if _AFTER_NAME_RE.match(text, after) is not None:
                yield Span(m.start("run"), after, "PATIENT-NAME")
                break
    for m in _SURNAME_CUE_RE.finditer(text):
        name = m.group("name")
        size = _surname_len(name)
        if size and name[:size] not in _NOT_ALONE:
            yield Span(m.start("name"), m.start("name") + size, "PATIENT-NAME")
            # the full name after it: "我姓趙，趙家豪", "姓林，叫林美玉"
            surname = re.escape(name[:size])
            full = re.compile(
                rf"[，,、 \t]?(?:叫|名叫|叫做)?(?P<full>{surname}[{_HAN}]{{1,2}}?)(?={_AFTER_NAME})"
            ).match(text, m.start("name") + size)
            if full is not None and not any(
                c in _FUNCTION_CHARS for c in full.group("full")[size:]
            ):
                yield Span(full.start("full"), full.end("full"), "PATIENT-NAME")
    # a familiar name after a relative: 孫子小傑
    for m in _CUE_FAMILIAR_RE.finditer(text):
        if m.group("name") not in _NOT_FAMILIAR and m.group("name")[1] not in _FUNCTION_CHARS:
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _familiar_names(text: str, clinicians: set[str]) -> Iterator[Span]:
    if "小" not in text and "阿" not in text:
        return
    for m in _FAMILIAR_RE.finditer(text):
        name = m.group("name")
        if name in _NOT_FAMILIAR or name[1] in _FUNCTION_CHARS or name in clinicians:
            continue
        if name[0] == "阿" and not re.match(
            r"[，,、。？?！!～~…⋯ \t\u3000]|你|妳|您|的話|的话|喔|啊|齁|呀", text[m.end() :]
        ):
            continue  # 阿 is a particle too: only an addressed 阿X is a name
        if _vocative(text, m.start(), m.end()) and _answered_by_staff(text, m.end()):
            clinicians.add(name)
            continue
        yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")


def _vocative(text: str, start: int, end: int) -> bool:
    """Whether the name is addressed: it opens a sentence or a comma follows it."""
    return (
        re.match(r"[，,、～~]|那個|那个|你|妳|有", text[end:]) is not None
        or start == 0
        or text[start - 1] in "：:。！？!?"
    )


def _answered_by_staff(text: str, pos: int) -> bool:
    """Whether the turn holding ``pos`` is answered by a clinician or staff speaker."""
    before = list(_SPEAKER_RE.finditer(text, max(0, pos - 80), pos))
    after = _SPEAKER_RE.search(text, pos, pos + 80)
    if after is None:
        return False
    who = after.group("who")
    if who.endswith(_LAY_SPEAKERS):
        return False
    if _STAFF_SPEAKERS.search(who) is None:
        return False
    # a clinician speaking to a clinician: the named one is staff
    return not before or _STAFF_SPEAKERS.search(before[-1].group("who")) is not None


def _clinician_runs(text: str) -> set[str]:
    """The names before a clinical title (陳醫師 -> 陳, 小櫻醫師 -> 小櫻)."""
    runs: set[str] = set()
    for m in re.finditer(rf"(?P<run>[{_HAN}]{{1,4}})(?:{_TITLE})", text):
        run = m.group("run")
        name = _name_in_run(run, alone_ok=True)
        if name:
            runs.add(name)
        if len(run) >= 2 and run[-2] in "小阿":
            runs.add(run[-2:])
    return runs


def not_a_chinese_name(text: str, span: Span) -> bool:
    """A "name" any rule read in a Chinese note that is none: function words only ("病人的先生"
    is the patient's husband), or a name a clinical title follows (陳醫師)."""
    value = text[span.start : span.end]
    if not _HAN_RE.search(value):
        return False
    if _HONORIFIC_AFTER_RE.match(text, span.end) and not _surname_len(value):
        return True  # 櫃台小姐: a counter's clerk
    return (
        all(c in _FUNCTION_CHARS for c in value)
        or value in _KIN_AND_ROLES
        or _LABEL_IN_NAME_RE.search(value) is not None
        or _TITLE_AFTER_RE.match(text, span.end) is not None
    )


_HONORIFIC_AFTER_RE = re.compile(f"[ \t\u3000]?(?:{_HONORIFIC})")
# A date a product's making or expiry follows is no birth date ("2024年1月5日生產").
_NOT_BIRTH_AFTER_RE = re.compile("[ \t\u3000]?(?:生產|生产|生效|製造|制造|到期|有效|出廠|出厂)")


def not_a_chinese_dob(text: str, span: Span) -> bool:
    return _NOT_BIRTH_AFTER_RE.match(text, span.end) is not None


# Kin and roles that follow a patient cue as often as a name does ("患者儿子，电话...").
_KIN_AND_ROLES = frozenset(
    """兒子 儿子 女兒 女儿 先生 太太 丈夫 妻子 老公 老婆
    母親 母亲 父親 父亲 媽媽 妈妈 爸爸 家屬 家属 本人
    患者 病人 病患 孫子 孙子 孫女 孙女 哥哥 姐姐 弟弟 妹妹 配偶 朋友 同事 鄰居 邻居""".split()
)
# A form's label is no name: "香港身份證 K123456(3)", "患者電話".
_LABEL_IN_NAME_RE = re.compile(
    "證|证|號碼|号码|電話|电话|手機|手机|地址|住址|日期|性別|性别|姓名|病歷|病历"
)


def _is_clinician(text: str, span: Span, clinicians: set[str]) -> bool:
    value = text[span.start : span.end]
    if _TITLE_AFTER_RE.match(text, span.end):
        return True
    return value in clinicians and len(value) >= 2


def _repeats(text: str, names: list[Span], clinicians: set[str]) -> Iterator[Span]:
    """A name of two or more characters the note gave, found again; a full name's familiar
    part (李小美 -> 小美) too."""
    parts: set[str] = set()
    for s in names:
        value = text[s.start : s.end]
        if not re.fullmatch(f"[{_HAN}]{{2,4}}", value):
            continue
        parts.add(value)
        if len(value) == 3 and value[1] in "小阿":
            parts.add(value[1:])
    for s in names:
        value = text[s.start : s.end]
        if len(value) == 2 and value[0] in "小阿":
            parts.add(value)
    surnames = zh_surnames()
    for part in parts - clinicians:
        for m in re.finditer(re.escape(part), text):
            if _TITLE_AFTER_RE.match(text, m.end()):
                continue
            start = m.start()
            # a surname before a familiar name is the full name: "小美 ... 李小美"
            if (
                len(part) == 2
                and start > 0
                and text[start - 1] in surnames
                and text[start - 1] not in _NOT_ALONE
                and (start == 1 or not _HAN_RE.match(text, start - 2))
            ):
                start -= 1
            yield Span(start, m.end(), "PATIENT-NAME")


# --- places of residence ---------------------------------------------------------------------

_RESIDE_RE = re.compile(
    r"(?:(?<![居])住(?:在|於|于)?|家(?:住|在)|老家在"
    r"|定居(?:在|於|于)?|居住(?:在|於|于)|現居|现居|現住|现住"
    r"|搬(?:到|去)|住址|地址|居住地)"
    r"(?![院了過过得的一幾几进進戶户宿手口嘴不著着家哪多這这比很也都還还久宅處处所房]|那(?![個个]))"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*(?:(?:那個|那个|這個|这个|在)[，, ]?)?"
    rf"(?P<place>[{_HAN}]{{2,12}})"
)
# Words that end a place: where, nearby, there, particles, verbs after it.
_PLACE_END_RE = re.compile(
    "那邊|那边|那裡|那里|那裏|那的|這邊|这边|這裡|这里|附近"
    "|一帶|一带|哪裡|哪里|哪裏|哪|的|嗎|吗|嘛|啊|阿|喔"
    "|齁|啦|呢|吧|欸|市區|市区|每|離|离|很|比較|比较"
    "|也|都|還|还|所以|因為|因为|了|就|那|這|这|跟|和|到"
    "|坐|搭|開車|开车|上班|工作|唸書|读书|讀書|我|你"
    "|他|她|自己|一個|一个|有|沒|没|不|時|时|後|后|以前"
    "|現在|现在|好|對|对|嘿|可以|，"
)
# A hospital's or a facility's name continues a place: 台北榮總, 高雄長庚 stay.
_FACILITY_AFTER_RE = re.compile(
    "[榮荣]總|[榮荣]总|醫院|医院|長庚|长庚|馬偕|马偕"
    "|慈濟|慈济|國泰|国泰|診所|诊所|大學|大学|醫學|医学"
    "|附醫|附医|分院|院區|院区|衛生所|卫生所|中心|車站|车站|站|機場|机场"
)
_MORE_PLACE_RE = re.compile(
    rf"[，,、 ](?P<place>[{_HAN}]{{2,5}}?)(?:那邊|那边|那裡|那里|那的|附近|一帶|一带|這邊|这边)"
)
_NOT_PLACE_START = frozenset(
    "的了是在和跟說说也都就還还又再很我你妳他她它們们嗎吗呢吧啊阿喔嗯有沒没不要會会到去來来"
    "哪誰谁什麼么怎嘛啦齁欸哦呀哈嘿噢幾几兩两比太蠻满滿離离靠近好對对"
)
# Countries and regions larger than a state are no address (Safe Harbor keeps them).
_NOT_A_PLACE = frozenset(
    "美國 美国 日本 中國 中国 台灣 台湾 臺灣 大陸 大陆 韓國 韩国 南韓 南韩 北韓 英國 英国 "
    "法國 法国 德國 德国 加拿大 澳洲 澳大利亚 紐西蘭 "
    "新西兰 新加坡 馬來西亞 马来西亚 泰國 泰国 越南 菲律賓 "
    "菲律宾 印尼 印度 歐洲 欧洲 美洲 亞洲 亚洲 非洲 國內 "
    "国内 海外 市區 市区 郊區 郊区 鄉下 乡下 山上 "
    "哪邊 哪边 哪裡 哪里 那邊 那边 這邊 这边 附近 家裡 家里 外面 裡面 里面 醫院 医院 "
    "宿舍 外地 國外 国外 那裏 這裏 隔壁 樓上 樓下 旁邊 旁边 一起 一樓 一楼".split()
)


# The answer to "where do you live": the next turn's first words
# ("醫師：你住哪裡？民眾：喔，桃園。").
_ANSWER_PLACE_RE = re.compile(
    rf"(?:住|家)(?:在)?(?:哪裡|哪里|哪裏|哪邊|哪边|哪)[^。？?！!\n]{{0,6}}[？?][ \t]*"
    rf"[{_HAN}]{{1,4}}[A-ZＡ-Ｚ]?[：:][ \t]*(?:(?:喔|哦|嗯|對|对|就|欸|在|我住|住)[，, ]?)*"
    rf"(?P<place>[{_HAN}]{{2,12}})"
)


def _residences(text: str) -> list[Span]:
    if not re.search("住|家在|定居|現居|现居|搬到|搬去|地址", text):
        return []
    places: list[Span] = []
    for m in (*_RESIDE_RE.finditer(text), *_ANSWER_PLACE_RE.finditer(text)):
        start = m.start("place")
        value = m.group("place")
        if _PLACE_END_RE.match(value):
            continue  # "家在附近而已": where, not which place
        end_m = _PLACE_END_RE.search(value, 2)
        if end_m is not None:
            value = value[: end_m.start()]
        if len(value) < 2 or value in _NOT_A_PLACE or value[0] in _NOT_PLACE_START:
            continue
        if _FACILITY_AFTER_RE.match(text, start + len(value)):
            continue
        places.append(Span(start, start + len(value), "ADDRESS"))
        # a smaller place after it, then a locative word: "住在台北，士林那的"
        more = _MORE_PLACE_RE.match(text, start + len(value))
        if more is not None and more.group("place") not in _NOT_A_PLACE:
            places.append(Span(more.start("place"), more.end("place"), "ADDRESS"))
    # the same places named again, unless a hospital's name goes on from them
    seen = {text[s.start : s.end] for s in places}
    for value in seen:
        for m in re.finditer(re.escape(value), text):
            if _FACILITY_AFTER_RE.match(text, m.end()):
                continue
            places.append(Span(m.start(), m.end(), "ADDRESS"))
    return places


# --- numbers ----------------------------------------------------------------------------------

_PHONE_RE = re.compile(
    # Taiwan mobile 09xx-xxx-xxx / 09xxxxxxxx, with +886 9xx xxx xxx
    r"(?<![\dA-Za-z])(?:(?:\+|00)886[ \-]?|0)9\d{2}[ \-]?\d{3}[ \-]?\d{3}(?!\d)"
    # mainland mobile 1xx xxxx xxxx, with +86
    r"|(?<![\dA-Za-z])(?:(?:\+|00)86[ \-]?)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)"
    # Hong Kong 8 digits after +852
    r"|(?:\+|00)852[ \-]?\d{4}[ \-]?\d{4}(?!\d)"
    # Taiwan landline (02)2771-3456, 02-2771-3456, 04 2345 6789
    r"|(?<![\dA-Za-z])(?:\(0\d{1,2}\)|0[2-8]\d?[ \-])[ ]?\d{3,4}[ \-]?\d{4}(?!\d)"
)
# Taiwan: a letter, 1 or 2 (sex; 8/9 for residents' certificates), eight digits.
_TW_ID_RE = re.compile(r"(?<![A-Za-z\d])[A-Z][1289]\d{8}(?!\d)")
# Mainland: six digits of region, the birth date, three digits, a check digit or X.
_CN_ID_RE = re.compile(
    r"(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])"
)
# Hong Kong: one or two letters, six digits, the check digit in brackets.
_HK_ID_RE = re.compile(r"(?<![A-Za-z\d])[A-Z]{1,2}\d{6}[（(][\dA][）)]")
_MRN_RE = re.compile(
    r"(?:病歷|病历|病案|住院|門診|门诊|就診|就诊|掛號|挂号"
    r"|病人|患者)(?:號碼|号码|編號|编号|號|号|ID|卡號|卡号)"
    r"[ \t\u3000]*(?:[:：#＃]|是|為|为)?[ \t\u3000]*(?P<id>[A-Za-z0-9](?:[A-Za-z0-9]"
    r"|-(?=[A-Za-z0-9])){3,19})(?![A-Za-z0-9])"
)


# A phone read out in Chinese numerals, as a dialogue's transcript writes it: a Taiwanese
# mobile (零九一二三四五六七八) or a mainland one (一三八...), digits grouped by spaces or commas.
_DIGIT_WORD = "[零〇一二三四五六七八九]"
_SPOKEN_PHONE_RE = re.compile(
    rf"(?<![零〇一二三四五六七八九十百千萬万])(?:[零〇]九(?:[ ，,、\-]?{_DIGIT_WORD}){{8}}"
    rf"|一[三四五七八九](?:[ ，,、\-]?{_DIGIT_WORD}){{9}})(?![零〇一二三四五六七八九十百千萬万])"
)


def _numbers(text: str) -> Iterator[Span]:
    if "九" in text or "一" in text:
        for m in _SPOKEN_PHONE_RE.finditer(text):
            yield Span(m.start(), m.end(), "PHONE")
    if not re.search(r"\d", text):
        return
    for m in _PHONE_RE.finditer(text):
        yield Span(m.start(), m.end(), "PHONE")
    for regex in (_TW_ID_RE, _CN_ID_RE, _HK_ID_RE):
        for m in regex.finditer(text):
            yield Span(m.start(), m.end(), "SSN")
    for m in _MRN_RE.finditer(text):
        if re.search(r"\d", m.group("id")):
            yield Span(m.start("id"), m.end("id"), "MRN")


# --- birth dates ------------------------------------------------------------------------------

_NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十百]{1,5})"
_ZH_DATE = (
    rf"(?:(?:民國|民国)[ \t]*{_NUM}[ \t]*年|(?:19"
    rf"|20)\d{{2}}[ \t]*年|{_NUM}[ \t]*年)[ \t]*{_NUM}[ \t]*月"
    rf"(?:[ \t]*{_NUM}[ \t]*[日號号]?)?"
    r"|(?:民國|民国)?[ \t]*\d{2,4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
)
_DOB_RE = re.compile(
    rf"(?:出生日期|出生年月日|出生年月|出生|生日|生於|生于|誕生"
    rf"|诞生)[ \t\u3000]*(?:[:：是為为在於于])?[ \t\u3000]*(?P<a>{_ZH_DATE})"
    rf"|(?P<b>{_ZH_DATE})[ \t\u3000]*(?:出生|生(?![{_HAN}]))"
)
