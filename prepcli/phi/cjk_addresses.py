"""Japanese, Chinese and Korean addresses by their administrative layout, with no label.

They run from the largest unit to the smallest (Japan Post's and China Post's addressing
guides; Korea's road-name addresses at juso.go.kr): a prefecture or province (東京都, 大阪府,
上海市, 台北市), a ward, city or district (世田谷区, 浦东新区, 大安區), then a town or road and
its block and house numbers (1-23-4, 3丁目2番1号, 100号3单元502室, 216巷5弄3號4樓), sometimes a
building and its room after a space (サンハイツ502号室). Korean writes the units as words with
spaces between them (서울특별시 강남구 테헤란로 152, 101동 1203호). The units' own characters are
what marks an address here, so no list of places is needed, and a unit must come before the
first number (上海市2025年 is a year, not an address).
"""

from __future__ import annotations

import re

# The top unit: a Japanese prefecture (2-3 characters and 都/道/府/県, not inside a run of
# kanji, which would be prose), or a Chinese province or city (two characters and 省/市:
# almost every one is two, so prose before it is not taken in: 寄往上海市, 患者住在北京市).
_TOP = r"(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}[都道府県]|[\u4e00-\u9fff]{2}[省市])"
# A lower unit (ward, city, district, county, town, village, road, street) before any number.
_LOWER = r"[\u3040-\u30ff\u4e00-\u9fff]{0,12}?[市区區郡町村县縣镇鎮路街道]"
_BODY = r"[\u3040-\u30ff\u3400-\u9fff\d\-－ー]{0,40}"
_HAN_RE = re.compile(_TOP + _LOWER + _BODY)
# What an address's last part ends with: a number, or the unit after it (号, 號, 室, 楼, 樓,
# 番地, 丁目, 階, 棟, 单元, 院).
_LAST = frozenset("号號室楼樓番地目階棟栋元院")
# A building and its room after the block number: " サンハイツ502号室".
_ROOM_RE = re.compile(r"[ \t　][\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,15}\d{1,5}(?:号室|号|室|F|階)")
# Korean: an optional province or metropolitan city, one or two cities, counties or
# districts, an optional town, then a road or neighbourhood and its number, and an optional
# building (동) and flat (호).
_KO_RE = re.compile(
    r"(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+)?"
    r"(?:[가-힣]{1,6}(?:시|군|구)[ \t]+){1,2}"
    r"(?:[가-힣]{1,6}(?:읍|면)[ \t]+)?"
    r"[가-힣\d]{1,12}(?:로|길|동|리|가)(?:[ \t]*\d{1,4}번?길)?[ \t]*\d{1,5}(?:-\d{1,5})?"
    r"(?:,?[ \t]*\d{1,4}동)?(?:[ \t]*\d{1,5}호)?"
)
# A number that counts or dates something is no house number (浦东新区2025年, 120名, 70代).
_COUNT_RE = re.compile(r"\d+[年月日名人時时点歳岁個个%％代]")
# A hospital's, a clinic's or a venue's address is no patient's (北京市朝阳区医院3楼).
_INSTITUTION_RE = re.compile(
    r"医院|病院|医科|大学|中心|診療所|诊所|センター|クリニック|会[议議館馆场場]"
)
_HAN_HINT_RE = re.compile(r"[\u4e00-\u9fff][都道府県省市]")
_KO_HINT_RE = re.compile(r"[가-힣](?:시|군|구)[ \t]")


def find_cjk_addresses(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if _HAN_HINT_RE.search(text):
        for m in _HAN_RE.finditer(text):
            end = _last_part_end(m.group())
            if end == 0 or _COUNT_RE.search(m.group()) or _INSTITUTION_RE.search(m.group(), 0, end):
                continue
            end += m.start()
            room = _ROOM_RE.match(text, end)
            spans.append((m.start(), room.end() if room else end))
    if _KO_HINT_RE.search(text):
        spans += [m.span() for m in _KO_RE.finditer(text)]
    return spans


def _last_part_end(found: str) -> int:
    """Where the address ends inside the match: after its last number or unit, so the prose
    after it stays (東京都世田谷区桜新町1-23-4です); 0 when it holds no number at all."""
    if not any(c.isdigit() for c in found):
        return 0
    for i in range(len(found) - 1, -1, -1):
        if found[i].isdigit() or found[i] in _LAST:
            return i + 1
    return 0
