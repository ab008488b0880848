"""The words for a patient's relatives and the other people close to them, in each language
the scrubber reads, and the two forms detectors use them in: a pattern (`alternation`) and the
set of a note's words one of which that pattern needs (`word_set`).

A relative's word marks the person next to it ("her husband sione", "URSLA MORETTI
(DAUGHTER)", "per Ana, pt's wife", "datteren Ingrid", "長男・佐藤健太") and is no name itself.
Each detector picks the groups it reads from the tables below; where one reads fewer or other
words than the rest, it says why at that pattern.

English and the European languages: a pattern reads each word with an optional plural "s"
("sons", "hijos"; no irregular plural, "wives"). Scandinavian words are listed in every form
the notes write, as those languages inflect by suffix ("datter", "datteren", "dattera").
Written out from common usage of each language (no outside list).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Parents, children, spouses, siblings and the generations around them, in full.
FAMILY = (
    "son daughter wife husband mother father brother sister grandson granddaughter "
    "grandmother grandfather niece nephew aunt uncle"
).split()
# What a family calls its parents and grandparents ("Kiri's mum", "nana Ruth").
HOME_WORDS = "mom mum mummy mam mammy mama papa dad grandma grandpa granny nan nana nanna".split()
# Notes' shorthand for relatives ("dtr", "hus", "bro", "sis").
SHORTHAND = "dtr hus bro sis".split()
# The rest of the family, partners and the people a patient lives among.
WIDER = (
    "cousin stepson stepdaughter twin spouse partner fiance fiancé fiancee fiancée girlfriend "
    "boyfriend friend neighbor neighbour roommate"
).split() + ["significant other"]
# Who speaks for the patient.
PROXIES = ["proxy", "guardian", "contact person", "spokes person"]
# Who cares for the patient (not "companion" either): often paid staff, named like clinicians,
# so only the patterns that ask whose a number or a statement is read them.
CARERS = "caregiver carer".split()
# Maori grandparents.
MAORI = "koro kuia".split()
# Hawaiian and Maori children and grandchildren.
POLYNESIAN_CHILDREN = "keiki mokopuna moko tamaiti tamariki".split()
SPANISH = "hijo hija esposo esposa abuelo abuela hermano hermana".split()
ITALIAN = "figlio figlia marito moglie fratello sorella".split()
FRENCH = "fils fille mari épouse frère sœur".split()
GERMAN = "Sohn Tochter Ehefrau Ehemann Bruder Schwester".split()
PORTUGUESE = "filho filha marido neto neta mãe mae".split()
# The languages that write a name capitalised, whose words no English dictionary knows.
EUROPEAN = SPANISH + ITALIAN + FRENCH + GERMAN + PORTUGUESE
# Everyone a note names by their tie to the patient (no carers: see above).
RELATIVES = (
    FAMILY + HOME_WORDS + SHORTHAND + WIDER + PROXIES + MAORI + POLYNESIAN_CHILDREN + EUROPEAN
)

# Norwegian, Danish and Swedish spouses, partners, parents, siblings, sons and daughters, and
# grandchildren, in the forms notes write them ("kona", "konen", "hustruen", "sambon").
NORDIC = """kone kona konen hustru hustruen ektefelle ektefellen maken maka mann mannen samboer
    samboeren sambo sambon mor moren mora far faren mamma pappa bror broren brodern søster
    søsteren syster systern datter datteren dattera dotter dottern sønn sønnen søn son sonen
    barnebarn barnebarnet""".split()
# "Child" and "the children": a count ("2 barn") as often as a person, so no cue to a name.
NORDIC_CHILDREN = "barn barnet barna børnene".split()

# Japanese relationships, and the people a Japanese chart names beside the patient (key
# person, guardian, legal representative), as a chart's field or a bracket gives them:
# "佐藤健太（長男）", "妻 石川和子".
JAPANESE = """長男 次男 三男 長女 次女 三女 妻 夫 息子 娘 実母 実父 母 父 母親 父親 兄 姉 弟 妹
    祖母 祖父 孫 義母 義父 義姉 義兄 嫁 婿 配偶者 内縁の妻 内縁の夫 叔父 叔母 伯父 伯母 甥 姪
    姉妹 兄弟 家族 親族 友人 知人 キーパーソン 保護者 後見人 代理人""".split()
# Kin that take an honorific themselves ("息子さん", "お子様"): a kanji run ending in one is
# no name. Fewer than JAPANESE: given names end in 夫 and 男 (幸夫, 一男).
JAPANESE_HONORED = """息子 娘 奥 母 父 主人 旦那 家族 お子 孫 兄 姉 弟 妹 祖母 祖父 子供 子ども
    友達 友人 知人 彼氏 彼女""".split()
# Kin in hiragana before さん/ちゃん ("おかあさん", "ばあちゃん"), as word starts.
JAPANESE_HIRAGANA = """おばあ おじい おかあ おとう おにい おねえ おくさ おこさ ばあ じい かあ
    とう にい ねえ おじょう おばさ おじさ""".split()


def alternation(words: Iterable[str], *, plural: bool = True) -> str:
    """A non-capturing group matching any of ``words`` as written (a site adds ``(?i:...)``),
    each with an optional plural "s" when ``plural``; a space inside a word ("contact person")
    matches any white space. Longest first, so no word stops at a shorter one it starts with."""
    alts = sorted(
        {r"\s+".join(re.escape(part) for part in w.split()) for w in words},
        key=lambda a: (-len(a), a),
    )
    return f"(?:{'|'.join(alts)}){'s?' if plural else ''}"


def word_set(words: Iterable[str], *, plural: bool = True) -> frozenset[str]:
    """The lower-case words, as spans.words_of gives a note's, one of which every match of
    ``alternation(words, plural=plural)`` holds: each word (of "contact person", the last,
    which takes the plural), with its plural "s" when ``plural``."""
    last = {w.split()[-1].lower() for w in words}
    return frozenset(last | {w + "s" for w in last} if plural else last)


# Everyone a note names by their tie to the patient, as most detectors read them: the pattern
# (as written: put it in "(?i:...)"), the words one of which its every match holds, and the
# pattern in any case up to a word's end ("Mum", "DTR", "hijos").
RELATIVE = alternation(RELATIVES)
RELATIVE_WORDS = word_set(RELATIVES)
RELATIVE_RE = re.compile(rf"(?i:{RELATIVE})\b")
