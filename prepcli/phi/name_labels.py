"""The labels of a chart's or a form's name fields in languages whose own rules read none:
Turkish, Polish, Czech, Slovak, Portuguese, Romanian, Hungarian, Finnish, Estonian, Croatian,
Serbian, Bosnian, Slovene, Greek, Russian, Ukrainian, Bulgarian, Lithuanian and Latvian.

One table, by language and by what the field holds, because the same words name different
people and things on a form: the patient's or a relative's name ("Adı Soyadı:", "Imię i
nazwisko:", "Anyja neve:", "ФИО:") is scrubbed; a clinician's ("Sorumlu Hekim:", "Лечащий
врач:") stays, as after "Attending:"; a thing's ("İlaç Adı:", "Nazwa leku:", "Kórház neve:",
"Oddział:") is no person, and neither is the label itself or a section heading ("HASTA
BİLGİLERİ"), which capitalised words no dictionary knows would otherwise read as a name.
(English, Spanish, German, French, Italian and Dutch labels are in names.py and fields.py,
Scandinavian ones in nordic.py, Japanese in japanese.py.) Close family here are labels only,
read before a colon where a field starts; relatives.py holds the words that mark a person in
running text, for the languages whose notes the cue rules read.

Labels are matched in any case, without their accents too (Greek capitals drop them, plain
keyboards everywhere), their words joined by spaces, a hyphen or a slash; "*" stands for the
words after a thing's "name of" ("Název zařízení:", "Nazwa szpitala:"). A word that means a
clinician in one language and a relative in another (Czech "sestra", a nurse; Slovene
"sestra", a sister) is left where failing closed puts it: a relative's.

Source: written out from the languages' standard form and chart vocabulary (civil and
hospital admission forms, national patient-record headers), lower case, each label whole as
it stands before its colon. No public, maintained multilingual list of such labels was found:
OpenMRS core's message bundles (openmrs/openmrs-core, api/src/main/resources/messages_*.
properties, MPL-2.0) cover 6 of these languages with a handful of keys, some mistranslated
("Dadane imię"), so they were not used.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from prepcli.phi.spans import without_accents, words_of
from prepcli.phi.words import common


class Labels(NamedTuple):
    """One language's labels, by whose value they introduce."""

    person: tuple[str, ...]  # the patient's own name, whole or a part of it
    relative: tuple[str, ...]  # a relative's, a guardian's, an emergency contact's name
    clinician: tuple[str, ...]  # a clinician's name: stays
    thing: tuple[str, ...]  # a medicine, a hospital, a ward, a place
    heading: tuple[str, ...]  # a section's heading ("Dane pacjenta"): its words are no name
    document: tuple[str, ...]  # the last word of a document's title line ("Onam Formu")


def _split(labels: str) -> tuple[str, ...]:
    return tuple(label.strip() for label in labels.split("|") if label.strip())


TABLE: dict[str, Labels] = {
    "tr": Labels(
        _split(
            "adı soyadı|adı ve soyadı|ad soyad|adı|soyadı|soyad|isim|ismi|isim soyisim|hasta"
            "|hasta adı|hasta adı soyadı|hastanın adı|hastanın adı soyadı|hastanın soyadı"
            "|hasta ismi|hastanın ismi"
        ),
        _split(
            "kardeşi|hasta yakını|baba|oğlu|kızı|eşinin adı|annesinin adı|babasının adı"
            "|hasta yakınının adı|yakını|yakınının adı|anne adı|baba adı|veli|veli adı|vasi"
            "|refakatçi|eşi|acil durumda aranacak kişi|acil durum kişisi|iletişim kişisi"
        ),
        _split(
            "eczacı|ecz.|hekimin adı|hekimin adı soyadı|doktorun adı|doktorun adı soyadı"
            "|sorumlu hekim|hekim|hekimi|doktor|doktoru|sorumlu doktor|tedavi eden hekim"
            "|konsültan hekim|hemşire|sorumlu hemşire|uzman hekim|aile hekimi"
        ),
        _split(
            "laboratuvar|numune|üretici|ilaç adı|ilacın adı|ilaç|ürün adı|hastane|hastane adı"
            "|kurum|kurum adı|klinik|servis|bölüm|birim|doğum yeri|firma adı|tanı"
        ),
        _split("hasta bilgileri|hasta kimlik bilgileri|kimlik bilgileri"),
        _split("formu|raporu|epikriz|belgesi|özeti|notu"),
    ),
    "pl": Labels(
        _split(
            "imię i nazwisko|imię|imiona|nazwisko|nazwisko i imię|nazwisko, imię"
            "|imię i nazwisko pacjenta|nazwisko i imię pacjenta|nazwisko pacjenta|pacjent"
            "|pacjentka|nazwisko rodowe|imię i nazwisko chorego|chory|chora"
        ),
        _split(
            "brat|siostra|osoba upoważniona|matka|ojciec|żona|mąż|syn|córka|osoba do kontaktu"
            "|osoba kontaktowa|opiekun|opiekun prawny|przedstawiciel ustawowy|imię ojca"
            "|imię matki|nazwisko rodowe matki"
        ),
        _split(
            "farmaceuta|imię i nazwisko lekarza|nazwisko lekarza|imię i nazwisko pielęgniarki"
            "|lekarz|lekarz prowadzący|lekarz kierujący|lekarz dyżurny|lekarz rodzinny"
            "|pielęgniarka|położna"
        ),
        _split(
            "przychodnia|laboratorium|producent|punkt szczepień|nazwa leku|nazwa|nazwa *"
            "|nazwa handlowa|nazwa placówki|placówka|szpital|oddział|miejsce urodzenia"
            "|rozpoznanie"
        ),
        _split("dane pacjenta|dane osobowe"),
        _split("formularz|karta|skierowanie|zaświadczenie|wypis|epikryza"),
    ),
    "cs": Labels(
        _split(
            "jméno a příjmení|příjmení a jméno|jméno|příjmení|jméno pacienta|pacient|pacientka"
            "|rodné příjmení"
        ),
        _split(
            "bratr|kontaktní osoba|matka|otec|manžel|manželka|syn|dcera|zákonný zástupce"
            "|osoba blízká|příbuzný|jméno matky|jméno otce"
        ),
        _split(
            "farmaceut|lékárník|jméno lékaře|jméno a příjmení lékaře|lékař|lékařka"
            "|ošetřující lékař|ošetřující lékařka|praktický lékař|vrchní sestra|odesílající lékař"
        ),
        _split(
            "laboratoř|výrobce|ambulance|název přípravku|název léku|název|název *|oddělení"
            "|nemocnice|zdravotnické zařízení|pojišťovna|místo narození|diagnóza"
        ),
        _split("údaje o pacientovi|osobní údaje"),
        _split("zpráva|formulář|žádanka"),
    ),
    "sk": Labels(
        _split(
            "meno a priezvisko|priezvisko a meno|meno|priezvisko|meno pacienta|pacient|pacientka"
            "|rodné priezvisko"
        ),
        _split(
            "brat|kontaktná osoba|matka|otec|manžel|manželka|syn|dcéra|zákonný zástupca"
            "|blízka osoba|meno matky|meno otca"
        ),
        _split(
            "farmaceut|lekárnik|meno lekára|meno a priezvisko lekára|lekár|lekárka"
            "|ošetrujúci lekár|ošetrujúca lekárka|všeobecný lekár|vrchná sestra"
        ),
        _split(
            "laboratórium|výrobca|ambulancia|názov lieku|názov|názov *|oddelenie|nemocnica"
            "|zdravotná poisťovňa|poisťovňa|miesto narodenia|diagnóza"
        ),
        _split("údaje o pacientovi"),
        _split("správa|formulár|žiadanka"),
    ),
    "pt": Labels(
        _split(
            "nome do paciente|nome da paciente|nome do utente|nome da utente|nome do doente"
            "|nome da doente|nome do utilizador|nome completo|nome social|nome|apelido|apelidos"
            "|sobrenome|paciente|utente|doente"
        ),
        _split(
            "irmão|irmã|contacto de emergência|esposa|marido|filho|filha|contato de emergência"
            "|contacto em caso de emergência|pessoa de contacto|pessoa de contato|responsável"
            "|responsável legal|acompanhante|cuidador|cuidadora|familiar|nome da mãe|nome do pai"
            "|mãe|pai|filiação"
        ),
        _split(
            "farmacêutico|farmacêutica|prescritor|nome do médico|nome da médica"
            "|nome do enfermeiro|nome da enfermeira|médico|médica|médico assistente"
            "|médica assistente|médico responsável|enfermeiro|enfermeira|médico de família"
        ),
        _split(
            "laboratório|fabricante|farmácia|centro de saúde|nome do produto|nome do medicamento"
            "|medicamento|nome comercial|nome da instituição|instituição|hospital|serviço|unidade"
            "|enfermaria|naturalidade|local de nascimento|convênio|plano de saúde"
        ),
        _split("dados do utente|dados do paciente|identificação"),
        _split("ficha|formulário|folha|relatório|termo"),
    ),
    "ro": Labels(
        _split(
            "nume și prenume|nume si prenume|numele și prenumele|numele si prenumele"
            "|nume, prenume|nume|numele|prenume|prenumele|numele pacientului|pacient|pacientă"
            "|pacienta|bolnav|bolnavă"
        ),
        _split(
            "frate|soră|persoană de contact|soț|soție|fiu|fiică|persoana de contact|aparținător"
            "|apartinator|aparţinător|reprezentant legal|numele mamei|numele tatălui"
            "|prenumele mamei|prenumele tatălui"
        ),
        _split(
            "farmacist|farmacistă|numele medicului|nume medic|medic|medic curant|medic de familie"
            "|medic primar|medic specialist|asistentă"
        ),
        _split(
            "laborator|producător|farmacie|denumirea medicamentului|denumire|denumirea *"
            "|denumire *|medicament|spital|secția|sectia|secţia|unitatea sanitară|locul nașterii"
            "|casa de asigurări"
        ),
        _split("date pacient"),
        _split("foaie|formular|bilet|scrisoare|fișa|fişa"),
    ),
    "hu": Labels(
        _split(
            "név|neve|beteg neve|a beteg neve|páciens neve|vezetéknév|keresztnév|utónév"
            "|családi név|születési név|beteg|páciens"
        ),
        _split(
            "testvér|hozzátartozó|férj|feleség|fia|lánya|értesítendő hozzátartozó"
            "|értesítendő személy|kapcsolattartó|anyja neve|anyja születési neve"
            "|törvényes képviselő|gondnok"
        ),
        _split(
            "gyógyszerész|orvos neve|az orvos neve|kezelőorvos neve|orvos|kezelőorvos|háziorvos"
            "|beutaló orvos|ápoló"
        ),
        _split(
            "laboratórium|gyártó|készítmény neve|készítmény|gyógyszertár|gyógyszer neve|gyógyszer"
            "|kórház|kórház neve|osztály|intézmény|születési hely"
        ),
        _split("beteg adatai|személyes adatok"),
        _split("zárójelentés|jelentés|űrlap|beutaló"),
    ),
    "fi": Labels(
        _split("potilas|potilaan nimi|nimi|etunimi|etunimet|sukunimi|asiakas"),
        _split(
            "veli|sisar|omainen|äiti|isä|puoliso|aviomies|vaimo|lähiomainen|yhteyshenkilö"
            "|huoltaja|edunvalvoja"
        ),
        _split(
            "proviisori|farmaseutti|lääkärin nimi|hoitajan nimi|hoitava lääkäri|lääkäri"
            "|omalääkäri|sairaanhoitaja|hoitaja"
        ),
        _split(
            "laboratorio|valmistaja|lääkevalmiste|apteekki|terveyskeskus|lääkkeen nimi|lääke"
            "|sairaala|osasto|yksikkö|syntymäpaikka"
        ),
        _split("potilastiedot|henkilötiedot"),
        _split("lomake|lähete|epikriisi|kertomus"),
    ),
    "et": Labels(
        _split(
            "patsient|patsiendi nimi|nimi|eesnimi|perekonnanimi|ees- ja perekonnanimi"
            "|ees- ja perenimi"
        ),
        _split("vend|kontaktisik|abikaasa|lähedane|hooldaja|eestkostja|seaduslik esindaja"),
        _split("proviisor|farmatseut|arsti nimi|raviarst|arst|perearst|õde"),
        _split("labor|tootja|apteek|ravimi nimi|ravim|haigla|osakond|sünnikoht"),
        _split("patsiendi andmed|isikuandmed"),
        _split("epikriis|vorm|saatekiri"),
    ),
    "hr": Labels(  # with Serbian and Bosnian in Latin letters
        _split(
            "ime i prezime|prezime i ime|ime|prezime|ime pacijenta|ime i prezime pacijenta"
            "|pacijent|pacijentica|pacijentkinja|bolesnik|bolesnica"
        ),
        _split(
            "brat|kontakt osoba|majka|otac|suprug|supruga|kći|osoba za kontakt|kontakt|skrbnik"
            "|staratelj|ime oca|ime majke|srodnik|zakonski zastupnik"
        ),
        _split(
            "ljekarnik|farmaceut|ime liječnika|ime i prezime liječnika|ime lekara|liječnik"
            "|liječnica|lekar|lekarka|doktor|izabrani lekar|nadležni liječnik|obiteljski liječnik"
            "|medicinska sestra"
        ),
        _split(
            "laboratorij|proizvođač|ljekarna|dom zdravlja|naziv lijeka|naziv *|naziv leka|lijek"
            "|lek|bolnica|odjel|odeljenje|ustanova|naziv ustanove|mjesto rođenja|mesto rođenja"
        ),
        _split("podaci o pacijentu|osobni podaci"),
        _split("pismo|obrazac|nalaz|uputnica"),
    ),
    "sr": Labels(  # Serbian in Cyrillic
        _split("име и презиме|презиме и име|име|презиме|пацијент|пацијенткиња"),
        _split("брат|сестра|контакт особа|мајка|отац|супруг|супруга|старатељ|име оца|име мајке"),
        _split("фармацеут|име лекара|лекар|изабрани лекар|медицинска сестра"),
        _split("лабораторија|произвођач|апотека|назив лека|назив *|болница|одељење|место рођења"),
        _split(""),
        _split("образац|налаз|упут"),
    ),
    "sl": Labels(
        _split("ime in priimek|priimek in ime|priimek|pacient|pacientka|bolnik|bolnica"),
        _split("brat|sestra|kontaktna oseba|mati|oče|mož|žena|svojec|skrbnik|zakoniti zastopnik"),
        _split("farmacevt|ime zdravnika|zdravnik|zdravnica|osebni zdravnik|lečeči zdravnik"),
        _split(
            "laboratorij|proizvajalec|lekarna|ime zdravila|zdravilo|bolnišnica|oddelek|kraj rojstva"
        ),
        _split(""),
        _split("obrazec|izvid|napotnica"),
    ),
    "el": Labels(
        _split(
            "ονοματεπώνυμο|όνομα|επώνυμο|ασθενής|όνομα ασθενούς|ονοματεπώνυμο ασθενούς|όνομα ασθενή"
        ),
        _split(
            "αδελφός|αδελφή|πατρώνυμο|μητέρα|πατέρας|σύζυγος|όνομα πατρός|όνομα πατέρα"
            "|όνομα μητρός|όνομα μητέρας|μητρώνυμο|συγγενής|πλησιέστερος συγγενής"
            "|άτομο επικοινωνίας|κηδεμόνας"
        ),
        _split(
            "φαρμακοποιός|όνομα ιατρού|ονοματεπώνυμο ιατρού|θεράπων ιατρός|ιατρός|γιατρός"
            "|νοσηλευτής|νοσηλεύτρια"
        ),
        _split(
            "εργαστήριο|παρασκευαστής|φαρμακείο|όνομα φαρμάκου|φάρμακο|νοσοκομείο|κλινική|τμήμα"
            "|τόπος γέννησης"
        ),
        _split("στοιχεία ασθενούς"),
        _split("έντυπο|έκθεση|παραπεμπτικό"),
    ),
    "ru": Labels(
        _split(
            "ф.и.о. пациента|фио|ф.и.о.|ф. и. о.|фамилия, имя, отчество|фамилия имя отчество"
            "|фамилия|имя|отчество|пациент|пациентка|больной|больная|фио пациента|фио больного"
        ),
        _split(
            "брат|сестра|контактное лицо|мать|отец|муж|жена|сын|дочь|законный представитель"
            "|представитель|родственник|опекун|доверенное лицо"
        ),
        _split(
            "фармацевт|провизор|фио врача|ф.и.о. врача|лечащий врач|врач|участковый врач"
            "|медсестра|медицинская сестра|заведующий отделением"
        ),
        _split(
            "лаборатория|производитель|аптека|поликлиника|наименование препарата"
            "|название препарата|наименование *|название *|препарат|больница|отделение|учреждение"
            "|место рождения|диагноз"
        ),
        _split("данные пациента|паспортные данные"),
        _split("выписка|форма|направление|эпикриз"),
    ),
    "uk": Labels(
        _split(
            "піб пацієнта|п.і.б. пацієнта|піб|п.і.б.|п. і. б.|прізвище, ім'я, по батькові"
            "|прізвище, ім’я, по батькові|прізвище|ім'я|ім’я|по батькові|пацієнт|пацієнтка|хворий"
            "|хвора"
        ),
        _split(
            "брат|сестра|контактна особа|мати|батько|чоловік|дружина|син|донька"
            "|законний представник|родич|опікун|довірена особа"
        ),
        _split(
            "фармацевт|провізор|піб лікаря|п.і.б. лікаря|лікуючий лікар|лікар|сімейний лікар"
            "|медсестра"
        ),
        _split(
            "лабораторія|виробник|аптека|назва препарату|назва *|препарат|лікарня|відділення"
            "|заклад|місце народження"
        ),
        _split(""),
        _split("виписка|форма|направлення|епікриз"),
    ),
    "bg": Labels(
        _split("име, презиме, фамилия|трите имена|презиме|фамилия|пациент|пациентка"),
        _split("брат|сестра|лице за контакт|майка|баща|съпруг|съпруга|законен представител|близък"),
        _split("фармацевт|име на лекаря|лекуващ лекар|лекар|личен лекар|медицинска сестра"),
        _split(
            "лаборатория|производител|аптека|име на лекарството|наименование *|лекарство|болница"
            "|отделение|място на раждане"
        ),
        _split(""),
        _split("епикриза|направление|формуляр"),
    ),
    "lt": Labels(
        _split(
            "vardas|pavardė|vardas, pavardė|vardas ir pavardė|pavardė, vardas|pacientas|pacientė"
            "|paciento vardas, pavardė|paciento vardas"
        ),
        _split(
            "brolis|sesuo|kontaktinis asmuo|motina|tėvas|sutuoktinis|žmona|vyras|artimasis"
            "|globėjas|atstovas|įstatyminis atstovas"
        ),
        _split(
            "vaistininkas|vaistininkė|gydytojo vardas|gydytojo vardas, pavardė|gydytojas|gydytoja"
            "|gydantis gydytojas|šeimos gydytojas|slaugytoja"
        ),
        _split(
            "laboratorija|gamintojas|vaistinė|vaisto pavadinimas|* pavadinimas|vaistas|ligoninė"
            "|skyrius|gimimo vieta|įstaiga"
        ),
        _split("paciento duomenys"),
        _split("forma|išrašas|siuntimas"),
    ),
    "lv": Labels(
        _split(
            "vārds|uzvārds|vārds, uzvārds|vārds uzvārds|pacients|paciente|pacienta vārds, uzvārds"
            "|pacienta vārds"
        ),
        _split(
            "brālis|kontaktpersona|māte|tēvs|laulātais|sieva|vīrs|tuvinieks|aizbildnis"
            "|likumiskais pārstāvis"
        ),
        _split(
            "farmaceits|ārsta vārds|ārsta vārds, uzvārds|ārsts|ārste|ārstējošais ārsts"
            "|ģimenes ārsts|māsa"
        ),
        _split(
            "laboratorija|ražotājs|aptieka|zāļu nosaukums|* nosaukums|slimnīca|nodaļa"
            "|dzimšanas vieta|iestāde"
        ),
        _split("pacienta dati"),
        _split("veidlapa|izraksts|nosūtījums"),
    ),
}


# Between a label's words: spaces, or a hyphen or slash ("Adı-Soyadı", "Imię/Nazwisko").
_JOIN = r"(?:[ \t]+|[ \t]*[-/][ \t]*)"


# "*" in a label: one to three words, whatever they are ("Název zařízení", "Nazwa szpitala":
# after the word for a thing's name, the thing needs no list).
_ANY_WORDS = r"[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,2}"


def _alternation(labels: set[str]) -> str:
    # longest first, so "imię i nazwisko" is read before "imię"; each also without its
    # accents, as capitals drop them in Greek ("ΑΣΘΕΝΗΣ") and plain keyboards do everywhere
    # ("Imie i nazwisko")
    forms = labels | {without_accents(label) for label in labels}
    return "|".join(
        _JOIN.join(_ANY_WORDS if part == "*" else re.escape(part) for part in label.split())
        for label in sorted(forms, key=len, reverse=True)
    )


def _kind(kind: str) -> set[str]:
    return {label for labels in TABLE.values() for label in getattr(labels, kind)}


# Where a field starts: a line (after a bullet or a quote), a comma, a bar, a semicolon, a
# slash ("Veli / Vasi:") or a wide gap on a form line ("Příjmení: NOVOTNÝ  Jméno: Zdeněk").
_FIELD_START = r"(?:^[ \t>*•-]*|(?<=,[ \t])|(?<=[ \t]{2})|(?<=\t)|(?<=[|;/][ \t]))"
# A person's label, its colon (or "=", a table's bar or tab, a spaced dash), and the rest of
# its line: the value ends at the line ("Patient: Ola Nordmann\nPersonnummer: ...").
PERSON_FIELD_RE = re.compile(
    rf"(?im){_FIELD_START}(?P<label>{_alternation(_kind('person') | _kind('relative'))})"
    # (the value in a lookahead: a second field on the line is read too, "Příjmení: NOVOTNÝ
    # Jméno: Zdeněk")
    r"[ \t]*(?:[:=|\t]|[ \t]-[ \t])[ \t]*(?=(?P<v>[^\W\d_][^\n|;()\"]{0,80}))"
)


def person_field_at(text: str, pos: int) -> bool:
    """Whether a patient's or relative's field of the table has its value start at ``pos``
    ("Beteg neve: dr. Kovács Andrásné": the field says whose name the titled one is)."""
    line_start = text.rfind("\n", 0, pos) + 1
    # (a value starts right after its separator: a colon, "=", a bar or a spaced dash, then
    # spaces, or a tab among them; most titles stand after none, so the pattern is skipped)
    head = text[line_start:pos]
    bare = head.rstrip(" \t")
    if not bare.endswith((":", "=", "|", "-")) and "\t" not in head[len(bare) :]:
        return False
    return any(m.start("v") == pos for m in PERSON_FIELD_RE.finditer(text, line_start, pos + 81))


# A clinician's label right before a colon, read backwards from the colon as names.py reads
# its English roles ("Лечащий врач: Волков Игорь Сергеевич"), or a one-word role with up to
# two words that say which ("Saatja arst:", "Направивший врач:", "Medic trimițător:"); only
# where its field starts ("Solicitud de información médica: paciente ..." names the patient).
_ROLES = {label for label in _kind("clinician") if " " not in label}
CLINICIAN_BEFORE_RE = re.compile(
    rf"(?im){_FIELD_START}(?:{_alternation(_kind('clinician'))}"
    rf"|(?:[^\W\d_][\w.-]*[ \t]+){{1,2}}(?:{_alternation(_ROLES)})"
    # (\Z: the colon, the search's end; "$" would end at any line: "Receita Médica\nUtente:")
    rf"|(?:{_alternation(_ROLES)})[ \t]+[^\W\d_][\w.-]*)[ \t]*\Z"
)
_ALL = set().union(*(_kind(kind) for kind in Labels._fields if kind != "document"))
# Any label of the table at its field's start, then its colon, a table's bar or tab, or the
# line's end (a heading).
_ANY_LABEL_RE = re.compile(
    rf"(?im){_FIELD_START}(?:{_alternation(_ALL)})"
    r"[ \t]*(?:[:|\t]|$)"
)
# A thing's field and its value, up to the next field on the line, or a comma or a sentence's
# end: what follows is no longer the thing ("Hospital: St James's, bed 12, patient Kwame Mensah").
_THING_FIELD_RE = re.compile(
    rf"(?im){_FIELD_START}(?:{_alternation(_kind('thing'))})[ \t]*:[ \t]*"
    r"(?P<v>[^\n|;\t,]*?)(?=[ \t]{2}|[|;\t,]|\.(?:[ \t]|$)|$)"
)
_DOCUMENTS = frozenset(form for word in _kind("document") for form in (word, without_accents(word)))


def _forms(word: str) -> tuple[str, ...]:
    # as words_of() lower-cases a note: a Turkish "ADI" gives "adi", not "adı"
    word = word.strip(".,")
    return (word, word.replace("ı", "i"), without_accents(word))


def _key(label: str) -> str:
    """The word of a label a note must hold for it to match: the longest that is no common
    English word ("nome social": "nome", not "social"), so English notes skip the table."""
    words = [w for w in label.split() if w != "*"]
    return max([w for w in words if not common(w)] or words, key=len)


# A note with none of these words holds no label of the table.
WORDS = frozenset(
    form
    for kind in Labels._fields
    for label in _kind(kind)
    for form in _forms(label if kind == "document" else _key(label))
)
# The same for a clinician's label, and every one-word role (read with words before it).
CLINICIAN_WORDS = frozenset(
    form
    for label in _kind("clinician")
    for form in _forms(label if label in _ROLES else _key(label))
)


def labelled(text: str, span: tuple[int, int]) -> bool:
    """Whether text[start:end] is a field's label or a section heading of the table ("Adı
    Soyadı:", "Kórház neve:", "HASTA BİLGİLERİ"), or the value of a field that holds a thing
    ("Oddział: Chorób Wewnętrznych"), so no person's name."""
    start, end = span
    line = text.rfind("\n", 0, start) + 1
    eol = text.find("\n", end)
    if WORDS.isdisjoint(words_of(text[line : len(text) if eol < 0 else eol])):
        return False
    # a document's title alone on its line: "Onam Formu", "Propouštěcí zpráva"
    rest = text[end : len(text) if eol < 0 else eol]
    alone = not rest.strip() and not text[line:start].strip(" \t>*•-")
    if alone and text[start:end].split()[-1].lower() in _DOCUMENTS:
        return True
    for m in _ANY_LABEL_RE.finditer(text, line, len(text) if eol < 0 else eol):
        if m.start() <= start and end <= m.end():
            return True
        if m.start() > end:
            break
    return any(
        m.start("v") <= start < m.end("v")
        for m in _THING_FIELD_RE.finditer(text, line, len(text) if eol < 0 else eol)
    )
