"""False positives of the name rules by class (prepcli.phi.non_names, places, scripts and the
staff roles in names): labels and channels before a number, credentials, holidays and prayer
times, hospitals named by a saint or a church, towns in brackets, lists and Romance "en", other
languages' junior doctors, ward sisters and pharmacists, and in other scripts a patient word's own
inflection or the verb, title or noun after it.

Sentences written for this, none copied from an evaluation set. Each row: the class, the note,
the words that must stay, the patient's words that must go (a patient in the same shape as
the false positive, so recall is guarded). Round 1 and 1b were scored on main before the fix,
round 2 after round 1's fixes and before its own, round 3 after all of them (untuned but for one
spelling: Portuguese "farmacêutica"); figures in bench/PHI.md. Left on the safe
side, and so not here: a town that is also a given name after a bare "a" ("Viajó a Valencia"),
a town alone in a list after a semicolon ("...; Navan next week"), a list whose towns
are all also surnames or given names ("Lafayette and Tyler reps": "Marrero and Murphy were
engineers" is a list of people).
"""

from __future__ import annotations

import pytest

from prepcli.phi import scrub

ROUND_1 = [
    ("midword", "Пациентка жалуется на боль, дата рождения 3 мая 1951 г.", ("жалуется",), ()),
    ("midword", "Выписка выдана пациентом лично, паспорт проверен.", ("лично", "паспорт"), ()),
    (
        "midword",
        "Пациентка Ирина Соколова, дата рождения 2 июня 1960 г.",
        (),
        ("Ирина", "Соколова"),
    ),
    ("follower", "Пацієнтка отримала препарат 4 березня, скарг немає.", ("отримала",), ()),
    ("follower", "Пациент Олег Петренко звонил 2 раза.", (), ("Олег", "Петренко")),
    ("follower", "המטופל ביקש להחליף תרופה, טלפון 052-1234567.", ("ביקש",), ()),
    ("follower", "בקשה: המטופלת נולדה ב-1955 וגרה לבד.", ("נולדה",), ()),
    ("follower", "المريض السيد ماهر ناصر اتصل صباحا", (), ("ناصر",)),
    ("follower", "بیمار آقای رضایی تماس گرفت", ("آقای",), ("رضایی",)),
    ("follower", "보호자 동의 받음, 환자 이서준 외래 방문.", ("동의",), ("이서준",)),
    ("label", "Pager (312) 555-0188 after hours.", ("Pager",), ()),
    ("label", "Fax (416) 555-0101, attention pharmacy.", ("Fax",), ()),
    ("label", "Hotline (800)-555-0199 for the copay card.", ("Hotline",), ()),
    ("label", "GTIN (01)05012345678900 on the pen box.", ("GTIN",), ()),
    ("label", "Maribel Otero (72) called about her refill.", (), ("Maribel", "Otero")),
    ("label", "Viber +380 67 123 4567 is how the daughter reaches us.", ("Viber",), ()),
    ("label", "Member Identifier (ID#): W123456789", ("Member", "Identifier"), ()),
    ("label", "Patient's NHS 943 476 5919 was given out by mistake.", ("Patient",), ()),
    ("label", "Paciente N.I.E. X1234567L, vive sola.", ("N.I.E.",), ()),
    ("label", "Hijo 655 12 34 56, llamar tarde.", ("Hijo",), ()),
    ("label", "Tochter 0171 2345678 ruft zurück.", ("Tochter",), ()),
    ("label", "Mi tarjeta Sanitaria: BBBB123456789012, dijo el paciente.", ("Sanitaria",), ()),
    ("staff", "Hablé con el Dr. Luis Mora y su residente Andrea.", ("Andrea",), ()),
    ("staff", "Vu avec le Dr Faure et son interne Mathilde.", ("Mathilde",), ()),
    ("staff", "Consegnato alla caposala Giulia insieme al primario.", ("Giulia",), ()),
    ("staff", "Besproken met apotheker Joost de Wit.", ("Joost", "de Wit"), ()),
    ("staff", "Rozmowa z pielęgniarką Martą Kowalską o próbkach.", ("Martą", "Kowalską"), ()),
    (
        "staff",
        "Zostawiłem próbki u pielęgniarki oddziałowej Anny Wiśniewskiej.",
        ("Anny", "Wiśniewskiej"),
        (),
    ),
    ("staff", "Besprochen mit der Assistenzärztin Lena Vogt.", ("Lena", "Vogt"), ()),
    ("staff", "Su residente Andrea habló con la paciente Rosa Ibarra.", (), ("Rosa", "Ibarra")),
    (
        "cred",
        "Priya Nair, RN, CNS, and Dale Whitby, PharmD, ran the clinic.",
        ("RN", "CNS", "PharmD"),
        (),
    ),
    ("cred", "Signed: Hanna Berg, MSN, APRN, FNP-BC", ("MSN", "APRN", "FNP-BC"), ()),
    ("place", "Son (Lima) 555-0133 will interpret.", ("Lima",), ()),
    # (left5a: a town in brackets after a courtesy title and a name is her residence, and goes)
    ("place", "Frau Erika Brandt (Graz) bittet um Rückruf.", (), ("Erika", "Brandt", "Graz")),
    ("place", "Paciente de Rosario (Argentina), DNI 27.555.333.", ("Argentina",), ()),
    ("place", "Met the team in Bogota about the pilot.", ("Bogota",), ()),
    ("place", "Lisboa: a Sra. Teresa Matos ligou.", ("Lisboa",), ("Teresa", "Matos")),
    ("place", "Patient Florence Nyberg (58) called.", (), ("Florence", "Nyberg")),
    (
        "inst",
        "St. Vincent's, Mercy and Providence are my top accounts.",
        ("Vincent", "Mercy", "Providence"),
        (),
    ),
    ("inst", "Lunch at Houston Methodist and Memorial Hermann next week.", ("Hermann",), ()),
    ("inst", "Samples left at Cedars-Sinai and Mount Sinai.", ("Cedars", "Sinai"), ()),
    (
        "calendar",
        "Clinic shut Good Friday and Easter Monday.",
        ("Good Friday", "Easter Monday"),
        (),
    ),
    ("calendar", "Call after Maghrib or before Fajr, says the son.", ("Maghrib", "Fajr"), ()),
    ("calendar", "Closed on Boxing Day and Whit Monday.", ("Boxing Day", "Whit Monday"), ()),
]
ROUND_1B = [
    (
        "townlist",
        "New patch: Bandon, Mallow and Fermoy from next month.",
        ("Bandon", "Mallow", "Fermoy"),
        (),
    ),
    (
        "townlist",
        "Visits in the week: Dundalk, Navan and Athlone.",
        ("Dundalk", "Navan", "Athlone"),
        (),
    ),
    ("townlist", "Tyler and Marion Okoye (twins, 8) missed the visit.", (), ("Tyler", "Okoye")),
    ("townnoun", "He wants the Galway pharmacy that stocks it.", ("Galway",), ()),
    ("townnoun", "Sent the forms to the Bristol office.", ("Bristol",), ()),
    ("townnoun", "Filled out the Ontario application with Mrs. Kaur.", ("Ontario",), ("Kaur",)),
    ("townnoun", "Florence Adeyemi, 61, asked for a refill.", (), ("Florence", "Adeyemi")),
    ("article", "Visite 3 der Studie, Kohorte B, abgeschlossen.", ("Studie",), ()),
    ("article", "Daten aus dem Register der Klinik, Stand 2025.", ("Klinik",), ()),
    ("article", "Frau Anke van der Linde ruft zurück.", (), ("Anke", "Linde")),
]
ROUND_2 = [
    ("midword", "Пациенту назначен препарат, пациентке стало лучше.", ("назначен", "стало"), ()),
    ("midword", "Пациентке Анне Ковалевой 70 лет, звонила дочь.", (), ("Ковалевой",)),
    ("follower", "Пациентка сообщила о побочном эффекте 3 апреля 2025 г.", ("сообщила",), ()),
    ("follower", "Хворий скаржиться на кашель, телефон 067 123 4567.", ("скаржиться",), ()),
    ("follower", "המטופלת סובלת מכאבים, ת.ז. 123456782.", ("סובלת",), ()),
    ("follower", "المريضة السيدة ليلى حداد اتصلت", ("السيدة",), ("حداد",)),
    ("follower", "환자 상태 양호, 보호자 전화 010-1234-5678.", ("상태", "전화"), ()),
    ("label", "Pager 4471, then press star.", ("Pager",), ()),
    ("label", "Switchboard (021) 555 0100, ask for pharmacy.", ("Switchboard",), ()),
    ("label", "Telegram +7 912 345 67 89 (son).", ("Telegram",), ()),
    ("label", "Policy Number: 88412093, Aetna.", ("Policy",), ()),
    ("label", "Patient PESEL 44051401359 on the form.", ("PESEL",), ()),
    ("label", "Esposa 611 22 33 44 (tardes).", ("Esposa",), ()),
    ("label", "Ugo Ferrante (81) e la figlia.", (), ("Ugo", "Ferrante")),
    ("label", "Son Nguyen Van Son (0912 345 678) will call.", (), ("Nguyen",)),
    ("label", "la tessera Sanitaria: XYZ123456, dice la paziente.", ("Sanitaria",), ()),
    ("staff", "Reunión con la farmacéutica Elena Ruiz del hospital.", ("Elena", "Ruiz"), ()),
    ("staff", "Parlato con la specializzanda Chiara sui campioni.", ("Chiara",), ()),
    ("staff", "Afspraak met apothekersassistente Sanne.", ("Sanne",), ()),
    ("staff", "Spotkanie z pielęgniarką Joanną i pacjentką Zofią Lis.", ("Joanną",), ("Lis",)),
    ("staff", "Echange avec la pharmacienne Claire Dubois ce matin.", ("Claire", "Dubois"), ()),
    ("cred", "Leah Ortiz, RN, BSN, CCRN covers nights.", ("BSN", "CCRN"), ()),
    ("cred", "From Dana Lee, NP, CWOCN re wound care.", ("CWOCN",), ()),
    ("place", "Niece (Manila) 0917 123 4567 can translate.", ("Manila",), ()),
    ("place", "Herr Jonas Weber (München) wartet auf Rückruf.", (), ("Jonas", "Weber", "München")),
    ("place", "Madrid: el Sr. Tomás Vidal llamó ayer.", ("Madrid",), ("Tomás", "Vidal")),
    ("place", "Cork, Tralee and Killarney this week.", ("Cork", "Tralee", "Killarney"), ()),
    ("place", "Sra. Valencia Ortiz (55) llamó.", (), ("Valencia", "Ortiz")),
    ("inst", "Methodist, Baptist and St. Joseph's want the new data.", ("Methodist", "Joseph"), ()),
    ("inst", "Saw the team at Northwestern Memorial and Lurie.", ("Memorial",), ()),
    ("inst", "St. Anne's and Good Samaritan restock next week.", ("Anne", "Samaritan"), ()),
    ("inst", "Patient Anne Joseph (44) asked about St. Mary's.", ("Mary",), ("Anne", "Joseph")),
    ("calendar", "Office shut Labor Day and Memorial Day.", ("Labor Day", "Memorial Day"), ()),
    ("calendar", "Reach him after Asr, not during Jummah.", ("Asr",), ()),
    ("calendar", "Isha Patel (33) called about her refill.", (), ("Isha", "Patel")),
]
ROUND_3 = [
    ("midword", "Пациентов принято 12, пациентам выданы образцы.", ("принято", "выданы"), ()),
    ("midword", "Пациентке Марии Гончаровой выдан образец.", (), ("Гончаровой",)),
    (
        "follower",
        "Пацієнтка Олена Мельник, дата народження 5 травня 1961 р.",
        (),
        ("Олена", "Мельник"),
    ),
    ("follower", "Пациент отказался от терапии 2 мая.", ("отказался",), ()),
    ("follower", "המטופל אושפז ביום ראשון, טלפון 03-5551234.", ("אושפז",), ()),
    ("follower", "بیمار خانم احمدی تماس گرفت", ("خانم",), ("احمدی",)),
    ("follower", "환자 본인 요청으로 보호자 정보 변경.", ("본인", "정보"), ()),
    ("label", "Helpline (0800) 555 012, weekdays.", ("Helpline",), ()),
    ("label", "Voicemail (555) 201-3344 left twice.", ("Voicemail",), ()),
    ("label", "Skype +44 7700 900123 for the interpreter.", ("Skype",), ()),
    ("label", "Account #: 0044712, billing hold.", ("Account",), ()),
    ("label", "Patient CURP GOMA800101HDFRRN09 en el expediente.", ("CURP",), ()),
    ("label", "Nieta 622 33 44 55 por la tarde.", ("Nieta",), ()),
    ("label", "Maribeth Quon (79) 555-0188 wants a callback.", (), ("Maribeth", "Quon")),
    ("label", "Tochter Anja Keller 0171 555 0199 ruft an.", (), ("Anja", "Keller")),
    ("staff", "Mit der Apothekerin Frau Sommer besprochen.", ("Sommer",), ()),
    ("staff", "Conversa com a farmacêutica Ana Lopes hoje.", ("Ana", "Lopes"), ()),
    ("staff", "Sa résidente? Non: son interne Hugo a pris les échantillons.", ("Hugo",), ()),
    (
        "staff",
        "Incontro con la specializzanda Sara e la paziente Maria Greco.",
        ("Sara",),
        ("Greco",),
    ),
    ("cred", "Mona Ali, RN, OCN and Jay Park, PharmD, BCOP will attend.", ("OCN", "BCOP"), ()),
    ("place", "Brother (Nairobi) +254 712 345678 will call.", ("Nairobi",), ()),
    ("place", "Sr. Pedro Alves (Porto) pediu retorno.", (), ("Pedro", "Alves", "Porto")),
    ("place", "Napoli: la sig.ra Rita Esposito ha chiamato.", ("Napoli",), ("Rita", "Esposito")),
    ("place", "El congreso es en Sevilla este año.", ("Sevilla",), ()),
    ("place", "Sligo, Ballina and Castlebar next month.", ("Sligo", "Ballina", "Castlebar"), ()),
    ("place", "Daughter Chelsea (41) will pick up the pen.", (), ("Chelsea",)),
    (
        "inst",
        "Presbyterian and St. Elizabeth's are short on stock.",
        ("Presbyterian", "Elizabeth"),
        (),
    ),
    ("inst", "Methodist Le Bonheur and Baptist Memorial asked for data.", ("Memorial",), ()),
    ("inst", "Pt Elizabeth Moore (70) from Presbyterian called.", (), ("Elizabeth", "Moore")),
    ("calendar", "Closed Whit Monday; open again Tuesday.", ("Whit Monday",), ()),
    ("calendar", "Call before Fajr or after Maghrib only.", ("Fajr", "Maghrib"), ()),
    ("calendar", "Asr Khan (61) asked about his refill.", (), ("Khan",)),
]


@pytest.mark.parametrize(("cls", "text", "kept", "gone"), ROUND_1 + ROUND_1B + ROUND_2 + ROUND_3)
def test_class(cls: str, text: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    out = scrub(text).text
    for word in kept:
        assert word in out, (cls, out)
    for word in gone:
        assert word not in out, (cls, out)


@pytest.mark.parametrize(
    "text",
    [
        # a title makes a label word a name again
        "Mr. Caller (71) phoned twice.",
        # two given names that are towns, after a word for children, stay names
        "Kids Tyler and Marion are fine.",
        # a saint's name without the possessive is no hospital ("Main St. John called")
        "Left samples at 12 Main St. John Abara called later.",
        # a given name that is also a town, in brackets after a relative, and after the
        # Spanish personal "a"
        "Contact: daughter (Florence) 555-201-3344.",
        "Son (Austin) will call back.",
        "Daughter (Madison) 555-0188 will translate.",
        "Llamé a Santiago ayer por la tarde.",
    ],
)
def test_still_names(text: str) -> None:
    out = scrub(text).text
    assert "[PATIENT-NAME]" in out, out
