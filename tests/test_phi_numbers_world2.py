"""Dates of birth, record numbers, national numbers and phones in the forms phi_blind6_dev
missed, in fresh wordings (values made up): an era date with "born" after it, identifier
labels in more languages and layouts, national numbers after their label whatever their
check digits, Spanish and Portuguese phone cues, Mexico's old mobile "1"."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a Japanese era date followed by 生 ("born")
        ("山田様（昭和58年11月2日生）より問い合わせ", "昭和58年11月2日"),
        ("令和2年4月9日生まれのお子さんの件", "令和2年4月9日"),
        # "ID" before a patient's number is not Idaho's
        ("seen today: Ms Ana Ruiz (ID 30917754) asked about the copay card", "30917754"),
        # a Chinese "record number" label ending in 號碼 / 号码
        ("病人病歷號碼：B7720193，詢問藥價", "B7720193"),
        ("住院号码 44017288 的家属来电", "44017288"),
        # Arabic "file number" with letters in the value
        ("رقم الملف: KH-770213\nالهاتف غير متاح", "KH-770213"),
        # national numbers after their label, check digits or not
        ("NIR 1 84 11 75 112 233 07 à mettre à jour", "1 84 11 75 112 233 07"),
        ("СНИЛС: 210-334-556 71, пациентка просит перезвонить", "210-334-556 71"),
        ("РНОКПП 3019875542; дзвонила донька", "3019875542"),
        ("her national code 0043129876 was given on the form", "0043129876"),
        ("pid=88; ss=501772044; lname=Doe", "501772044"),
        # Spanish and Portuguese phone cues, numbers the library finds too long
        ("cel. +52 1 55 7312 4409, llamar por la tarde", "+52 1 55 7312 4409"),
        ("deixou contato +351 913 208 4471 para retorno", "+351 913 208 4471"),
        ("móvil 612 48 33 90 (solo tardes)", "612 48 33 90"),
    ],
)
def test_identifiers_in_more_labels_and_layouts(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    "text",
    [
        # a lot, a dose, a visit date or a count after a new cue stays
        "lot 44712 shipped, 20 mg daily",
        "contacto con el Dr. Ruiz el 12/03/2026 a las 10:30",
        "cel. line count 3 of 12 at the 2026 meeting",
    ],
)
def test_no_new_flags_near_the_new_cues(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a Nordic staircase letter in lower case between house and flat
        ("Osoite Koulukatu 7 b 12, 33100 Tampere", "Koulukatu 7 b 12"),
        ("bor på Skolgatan 15 c 4, 903 26 Umeå", "Skolgatan 15 c 4"),
        # a Japanese address behind its postal mark, with or without a label
        ("送付先 〒812-0011 福岡県福岡市博多区博多駅前3丁目2番8号 まで", "博多駅前3丁目2番8号"),
        ("住所は〒060-0042 北海道札幌市中央区大通西3-7です", "大通西3-7"),
        # a spelled e-mail with an ending outside the short list
        ("her mail: gwen dot price at post dot example dot wales", "gwen dot price"),
        # an insurer's member number with no word for "number"
        ("covered as member XKP20419877 under her husband's plan", "XKP20419877"),
    ],
)
def test_addresses_emails_and_members_in_more_layouts(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    "text",
    [
        "Main St clinic sees 4 a day",
        "member since 2019, 3 visits",
        "we meet at noon; the dot plot is on slide 4",
    ],
)
def test_no_new_flags_for_the_layouts(text: str) -> None:
    assert scrub(text).text == text
