"""Patient identifiers in Japanese notes (prepcli/phi/japanese.py), by class.

Every sentence here was written for this file, as a Japanese medical representative or a
clinic's referral letter would write it; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub


def _found(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.type for s in find_phi(text)}


# --- names in labelled fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("お名前：田村 さくら\n訪問日：来週火曜", "田村 さくら"),
        ("氏名　森本雅人\n性別　男", "森本雅人"),
        ("患者名: 小野寺 美香（おのでら みか）\n主訴: 咳嗽", "小野寺 美香"),
        ("患者名: 小野寺 美香（おのでら みか）\n主訴: 咳嗽", "おのでら みか"),
        ("フリガナ：ヤマモト　タロウ\n", "ヤマモト　タロウ"),
        ("【氏名】中島恵子\n【年齢】72歳", "中島恵子"),
        ("先生によると、お名前は西村亮平です。", "西村亮平"),
        ("・患者氏名：藤井　千尋（ﾌｼﾞｲ）\n", "藤井　千尋"),
        ("利用者名：ブラウン・エマ\n介護度：2", "ブラウン・エマ"),
        ("患者名：Olivia Chen（オリビア・チェン）\n", "オリビア・チェン"),
    ],
)
def test_labelled_names(text: str, name: str) -> None:
    assert _found(text).get(name) == "PATIENT-NAME"


@pytest.mark.parametrize(
    "text",
    [
        "医師氏名：山田太郎\n所属：循環器内科",
        "担当医氏名：鈴木一郎",
        "薬の名前：ロキソニン",
        "病名：2型糖尿病\n商品名：ジャヌビア",
        "患者 80歳 男性、高血圧あり",
        "患者は症状の改善を自覚している。",
        "氏名：不明\n住所：同上",
    ],
)
def test_label_lookalikes_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


# --- family and contacts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("キーパーソン：岡本和也（夫）０９０－１１１１－２２２２", "岡本和也"),
        ("面会は森田 由美(長女)のみ可。", "森田 由美"),
        ("連絡は長男・高木翔へ。", "高木翔"),
        ("緊急時は妻 石原真理子に連絡", "石原真理子"),
        ("同居家族：長男（上野健二）", "上野健二"),
    ],
)
def test_relatives(text: str, name: str) -> None:
    assert _found(text).get(name) == "PATIENT-NAME"


def test_relation_before_unlisted_word_stays() -> None:
    assert _found("妻 同居、独歩可能") == {}


# --- honorifics --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本日、山崎様より電話あり。", "山崎"),
        ("患者の井上恭子さんは来月から投与開始予定。", "井上恭子"),
        ("村上さんの奥様から問い合わせ", "村上"),
        ("佐々木君は学校を休んでいる", "佐々木"),
        ("K.M.様の件、薬局と調整済み", "K.M."),
        ("患者吉川様へ資材を渡した", "吉川"),
        ("本日は中野あゆみ様が来院", "中野あゆみ"),
    ],
)
def test_honorific_names(text: str, name: str) -> None:
    assert _found(text).get(name) == "PATIENT-NAME"


@pytest.mark.parametrize(
    "text",
    [
        "両肺にすりガラス様陰影を認める。",
        "左腎に結節様の構造あり、同様の所見を右にも認める。",
        "症状は様々で、腫瘤様の影が散在する。",
        "線状様の瘢痕と網状様の変化",
        "患者様の状態は安定。ご家族様にも説明済み。",
        "担当者様へ資料送付。皆様によろしく。",
    ],
)
def test_like_and_roles_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


def test_name_repeated_without_space() -> None:
    text = "患者名：河合 隆之\n\n所見：河合隆之氏の肝機能は改善。河合様には次回説明。"
    found = _found(text)
    assert found.get("河合 隆之") == "PATIENT-NAME"
    assert found.get("河合隆之") == "PATIENT-NAME"
    assert found.get("河合") == "PATIENT-NAME"


# --- clinicians stay ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clinician"),
    [
        ("担当医：Dr.松井 直人（腎臓内科）\n", "松井"),
        ("山本先生より処方変更の連絡あり。", "山本"),
        ("読影医：Dr.北村美穂（放射線科部長）", "北村"),
        ("紹介元：青木医師（さくらクリニック）", "青木"),
    ],
)
def test_clinicians_stay(text: str, clinician: str) -> None:
    assert clinician in scrub(text).text


# --- Latin words inside Japanese text ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【検査条件】\n使用装置：Siemens Magnetom Vida 3.0T\n撮像：T1強調像、T2強調像を撮像した。",
        "【画像所見】\n上顎骨に横骨折を認め、Le Fort I型骨折に相当する。眼窩底にも骨折線。",
        "【画像所見】\n上行大動脈から下行大動脈に解離を認め、Stanford A型の大動脈解離と診断した。",
    ],
)
def test_latin_terms_in_japanese_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


# --- record numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("診察券番号：００１２３４５６\n", "００１２３４５６"),
        ("カルテNo. A-20931 の方", "A-20931"),
        ("患者ID  77812、次回予約あり", "77812"),
        ("被保険者番号：12345678", "12345678"),
        ("IDが ONC-FU-2231 の患者さん", "ONC-FU-2231"),
        ("患者ID：CARDIO-REHAB\n", "CARDIO-REHAB"),
    ],
)
def test_record_numbers(text: str, number: str) -> None:
    assert _found(text).get(number) == "MRN"


# --- dates of birth ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("生年月日：平成元年4月1日（35歳）", "平成元年4月1日"),
        ("生年月日：昭和５２年１２月３日", "昭和５２年１２月３日"),
        ("生年月日　1980年1月2日", "1980年1月2日"),
    ],
)
def test_birth_dates(text: str, dob: str) -> None:
    assert _found(text).get(dob) == "DOB"


def test_birth_date_written_again_as_digits() -> None:
    text = "生年月日：昭和48年7月9日\n所見：計測値19730709を参照。"
    assert _found(text).get("19730709") == "DOB"


def test_other_eight_digits_stay() -> None:
    text = "生年月日：昭和48年7月9日\n所見：受付番号なし、ロット20240709を使用。"
    assert "20240709" not in _found(text)


# --- phones and addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("携帯：０９０－１２３４－５６７８", "０９０－１２３４－５６７８", "PHONE"),
        ("自宅電話 06-6123-4567（夜間）", "06-6123-4567", "PHONE"),
        (
            "住所：大阪府堺市北区中百舌鳥町2丁目15番地",
            "大阪府堺市北区中百舌鳥町2丁目15番地",
            "ADDRESS",
        ),
    ],
)
def test_contacts(text: str, value: str, kind: str) -> None:
    found = _found(text)
    assert any(value in v and t == kind for v, t in found.items()), found


def test_same_as_above_is_no_address() -> None:
    text = "住所：京都府京都市左京区吉田本町3-1\n緊急連絡先住所：同上\n主訴：頭痛"
    assert "同上" not in _found(text)


def test_findings_are_no_address() -> None:
    text = "【臨床情報】\n主訴：意識障害、嘔吐\n既往歴：高血圧症\nGCS：E3V4M6\n血圧：170/90mmHg"
    assert "ADDRESS" not in _found(text).values()


def test_latin_note_pays_nothing() -> None:
    # the Japanese rules do not run on a note without kana or kanji
    assert scrub("Saw Dr. Lee about Keytruda; no patient named.").counts == {}


def test_contact_label_name() -> None:
    text = "緊急連絡先：平野 修 080-2222-3333\n家族：妻と二人暮らし"
    found = _found(text)
    assert found.get("平野 修") == "PATIENT-NAME"
    assert "妻と二人暮らし" not in found


@pytest.mark.parametrize(
    "text", ["師長さんに確認した。", "運転手さんが迎えに来る", "子供さんの送迎あり"]
)
def test_roles_with_san_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("訪問時、高橋 太郎（75歳）の件で相談あり", "高橋 太郎"),
        ("新規: 中田智子 68歳女性、HbA1c 8.2", "中田智子"),
    ],
)
def test_name_before_age(text: str, name: str) -> None:
    assert _found(text).get(name) == "PATIENT-NAME"


@pytest.mark.parametrize(
    "text", ["糖尿病 68歳で発症", "高血圧（72歳時に指摘）", "パーキンソン病 80歳"]
)
def test_diagnosis_before_age_stays(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Call 佐藤花子 back re: refill, she prefers mornings.", "佐藤花子"),
        ("Pt 松井 健一 asked about the copay card.", "松井 健一"),
    ],
)
def test_kanji_name_in_english_note(text: str, name: str) -> None:
    assert _found(text).get(name) == "PATIENT-NAME"


@pytest.mark.parametrize(
    "text",
    [
        "Dropped samples at 東京大学病院 pharmacy.",
        "Asked about 糖尿病 guidelines.",
        "Met Dr. 高橋 at lunch.",
    ],
)
def test_kanji_words_in_english_note_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        ("薬剤部の村田さんに資材を渡した。", "村田"),
        ("受付の山口さんから折り返し", "山口"),
        ("整形外科の石田さんと面談", "石田"),
    ],
)
def test_staff_by_department_stay(text: str, staff: str) -> None:
    assert staff in scrub(text).text


@pytest.mark.parametrize(
    "text",
    [
        "藤井先生より: patient started the new dose, no AE.",
        "Spoke with 山田医師 about the label.",
        "小林先生 68歳",
    ],
)
def test_titled_kanji_names_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("耳鼻科：はるとくん（4歳）の点鼻指導", "はると", "PATIENT-NAME"),
        ("同じクラスの子、あおいちゃんも同じ症状", "あおい", "PATIENT-NAME"),
        ("初診：H2.11.30生、女性", "H2.11.30", "DOB"),
        ("誕生日は平成１５年６月２日です", "平成１５年６月２日", "DOB"),
        ("1975/04/18生まれの男性", "1975/04/18", "DOB"),
    ],
)
def test_more_shapes(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "おばあちゃんと来院。",
        "みなさんに配布",
        "両下葉に蜂巣肺様の変化",
        "おかあさんが心配している",
    ],
)
def test_kin_and_findings_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("生年月日　　昭和３０年　１月　８日\n", "昭和３０年　１月　８日", "DOB"),
        ("被保険者記号番号：34・5678", "34・5678", "MRN"),
        ("堀田 美咲（ほった みさき）さんの件で連絡", "堀田 美咲", "PATIENT-NAME"),
        ("堀田 美咲（ほった みさき）さんの件で連絡", "ほった みさき", "PATIENT-NAME"),
        ("来院した新井結衣（アライユイ）様は", "新井結衣", "PATIENT-NAME"),
    ],
)
def test_spaced_dates_dotted_numbers_readings(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "誤嚥性肺炎（ごえんせいはいえん）を疑う",
        "MR 岡崎より：来週、説明会を予定。",
        "担当MR：吉岡 拓海（東京支店）",
    ],
)
def test_term_readings_and_reps_stay(text: str) -> None:
    assert not [v for v, t in _found(text).items() if t == "PATIENT-NAME"], _found(text)


def test_age_decade_is_no_house_number() -> None:
    assert "ADDRESS" not in _found("神奈川県横浜市に住む60代女性、独居").values()


def test_chinese_labelled_record() -> None:
    found = _found("患者姓名：刘志强\n出生日期：1970年8月1日\n住院号：ZY2023-1177")
    assert found.get("刘志强") == "PATIENT-NAME"
    assert found.get("ZY2023-1177") == "MRN"


def test_half_width_katakana_reading() -> None:
    text = "カナ氏名：ﾔﾏﾀﾞ ﾀﾛｳ\n漢字氏名：山田 太郎"
    found = _found(text)
    assert found.get("ﾔﾏﾀﾞ ﾀﾛｳ") == "PATIENT-NAME"
    assert found.get("山田 太郎") == "PATIENT-NAME"


@pytest.mark.parametrize(
    "text",
    [
        "患者 John Smith，男，45岁，因胸痛入院，既往高血压病史十年，目前服用氨氯地平。",
        "我今天见了 John Smith，男，45岁，因胸痛入院，既往高血压病史十年，目前服用氨氯地平。",
    ],
)
def test_latin_full_name_in_chinese_note(text: str) -> None:
    assert _found(text).get("John Smith") == "PATIENT-NAME"


def test_production_date_is_no_birth_date() -> None:
    assert "DOB" not in _found("2024年1月5日生産のロットを回収").values()
