# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for patients' names in the name fields of charts and forms in languages whose
name labels the scrubber did not read (issue 18, helper "labels"): Turkish, Polish, Czech,
Slovak, Portuguese, Romanian, Hungarian, Finnish, Estonian, Croatian, Serbian, Slovene, Greek,
Russian, Ukrainian, Bulgarian, Lithuanian and Latvian; the patient's own fields, relatives' and
emergency contacts' fields, in capitals and as "SURNAME, Given"; and traps, where the same
label words name a clinician, a hospital, a product or a medicine.

Written for this work from general knowledge of such forms, copied from no bench set. Each
round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md). Marks: the inline format of bench/blind_phi_marks.py, ``{T|text}`` with T = N
patient name, D DOB, M MRN, S national number, P phone, A address, H clinician (must stay),
I anything else that must stay (products, hospitals, places).
"""

from __future__ import annotations

ROUND_1: list[str] = [
    # Turkish
    "HASTA BİLGİLERİ\nAdı Soyadı: {N|Kemal Arslan}\nTC Kimlik No: {S|10000000146}\nCinsiyet: Erkek",
    "Hastanın Adı: {N|Zeynep}\nSoyadı: {N|Çelik}\nYaşı: 54",
    "HASTA ADI SOYADI: {N|MEHMET ALİ DEMİRCAN}\nSERVİS: KARDİYOLOJİ",
    "Hasta Yakını: {N|Hatice Korkmaz} (kızı)\nTelefon: {P|0532 418 22 90}",
    "Sorumlu Hekim: Uzm. Dr. {H|Levent Aydoğan}\nİlaç Adı: {I|Coraspin} 100 mg",
    "Anne Adı: {N|Fadime}   Baba Adı: {N|Osman}\nDoğum Yeri: {I|Konya}",
    # Polish
    "Imię i nazwisko: {N|Bożena Wróblewska}\nPESEL: {S|44051401458}\nOddział: Chorób Wewnętrznych",
    "Pacjent: {N|Grzegorz Zieliński}, lat 67, przyjęty z SOR.",
    "NAZWISKO I IMIĘ: {N|KAMIŃSKA, Teresa}\nRozpoznanie: niewydolność serca",
    "Osoba upoważniona: {N|Marek Pawlak} (syn), tel. {P|601 233 448}",
    "Lekarz prowadzący: lek. med. {H|Agnieszka Sobczak}\nNazwa leku: {I|Polopiryna}",
    "Nazwisko: {N|Dąbrowski}\nImię: {N|Wiesław}\nData urodzenia: {D|12.03.1951}",
    # Czech and Slovak
    "Jméno a příjmení: {N|Jaroslava Dvořáková}\nRodné číslo: {S|536125/0118}\nPojišťovna: 111",
    "Pacient: {N|Vlastimil Horák}, nar. {D|4. 7. 1948}",
    "Příjmení: {N|NOVOTNÝ}  Jméno: {N|Zdeněk}",
    "Kontaktní osoba: {N|Ivana Marešová} (dcera)",
    "Ošetřující lékař: MUDr. {H|Petr Svoboda}\nNázev přípravku: {I|Anopyrin}",
    "Meno a priezvisko: {N|Ľubomír Kováčik}\nZdravotná poisťovňa: Dôvera",
    "Pacientka: {N|Zuzana Baláková}, 72 r., hospitalizovaná na internom oddelení",
    # Portuguese (Portugal, Brazil)
    "Nome do utente: {N|Joaquim Fernandes Rebelo}\nN.º SNS: {M|123456789}",
    "Nome completo: {N|Luíza Carvalho Mendes}\nCPF: {S|529.982.247-25}",
    "Paciente: {N|Raimundo Nonato Pereira}, 63 anos, internado na enfermaria 4.",
    "Nome da mãe: {N|Francisca das Chagas Lima}\nNome do pai: {N|Sebastião Lima}",
    "Contacto de emergência: {N|Rui Teixeira} (marido) {P|912 345 678}",
    "Médico assistente: Dr. {H|Nuno Tavares}\nNome do medicamento: {I|Brufen} 400 mg",
    "Doente: {N|SILVA, Maria do Rosário}\nCama: 12",
    # Romanian
    "Nume și prenume: {N|Popescu Ionela}\nCNP: {S|2850315410012}",
    "Pacient: {N|Gheorghe Dumitrescu}, 71 ani, internat pe secția Cardiologie",
    "NUMELE: {N|CONSTANTINESCU}  PRENUMELE: {N|VASILE}",
    "Aparținător: {N|Elena Stoica} (fiică), telefon {P|0722 145 889}",
    "Medic curant: Dr. {H|Mihai Georgescu}\nDenumirea medicamentului: {I|Algocalmin}",
    # Hungarian
    "Beteg neve: {N|Szabó Erzsébet}\nTAJ szám: {S|037 687 210}\nAnyja neve: {N|Kiss Margit}",
    "Név: {N|Horváth Gábor}\nSzületési idő: {D|1956.04.11.}",
    "Értesítendő hozzátartozó: {N|Tóth Zoltánné}",
    "Kezelőorvos: Dr. {H|Varga Péter}\nGyógyszer neve: {I|Algopyrin}",
    # Finnish, Estonian
    "Potilas: {N|Raimo Kettunen}\nHenkilötunnus: {S|131052-308T}",
    "Nimi: {N|Aino Hiltunen}\nOsasto: 4B",
    "Lähiomainen: {N|Pirjo Kettunen} (puoliso), puh. {P|040 512 3344}",
    "Hoitava lääkäri: LL {H|Markku Rantanen}\nLääkkeen nimi: {I|Burana}",
    "Patsient: {N|Tiit Kask}\nIsikukood: {S|37605030299}",
    "Ees- ja perekonnanimi: {N|Maarika Tamm}\nRaviarst: dr {H|Kalle Mets}",
    "Kontaktisik: {N|Jaan Kask} (poeg)",
    # Croatian, Serbian, Slovene
    "Ime i prezime: {N|Dragica Horvat}\nOIB: {S|69435151530}\nOdjel: Interna",
    "Pacijent: {N|Zvonimir Babić}, 58 god., primljen hitno.",
    "PREZIME I IME: {N|PETROVIĆ Milica}\nJMBG: {S|0101975715006}",
    "Kontakt osoba: {N|Snježana Babić} (supruga)",
    "Liječnik: dr. med. {H|Tomislav Jurić}\nNaziv lijeka: {I|Voltaren}",
    "Ime in priimek: {N|Mojca Novak}\nEMŠO: {S|0101006500006}",
    # Greek
    "Ονοματεπώνυμο: {N|Δημήτριος Καραγιάννης}\nΑΜΚΑ: {S|01017012345}",
    "ΑΣΘΕΝΗΣ: {N|ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ}\nΚΛΙΝΙΚΗ: ΠΑΘΟΛΟΓΙΚΗ",
    "Όνομα πατρός: {N|Νικόλαος}\nΌνομα μητρός: {N|Αικατερίνη}",
    "Θεράπων ιατρός: {H|Γεώργιος Μαυρίδης}\nΌνομα φαρμάκου: {I|Depon}",
    # Russian, Ukrainian, Bulgarian
    "ФИО: {N|Кузнецова Ольга Петровна}\nДата рождения: {D|14.02.1958}",
    "Пациент: {N|Смирнов Алексей Викторович}, 64 года, поступил в экстренном порядке.",
    "Контактное лицо: {N|Смирнова Наталья} (жена), тел. {P|+7 916 555-23-41}",
    "Лечащий врач: {H|Волков Игорь Сергеевич}\nНаименование препарата: {I|Кардиомагнил}",
    "Пацієнт: {N|Шевченко Тарас Іванович}\nДіагноз: гіпертонічна хвороба",
    "П.І.Б.: {N|Коваленко Оксана Миколаївна}",
    "Име, презиме, фамилия: {N|Георги Иванов Петров}\nЕГН: {S|7501020018}",
    # Lithuanian, Latvian
    "Vardas, pavardė: {N|Rūta Kazlauskienė}\nAsmens kodas: {S|48001011234}",
    "Pacientas: {N|Vytautas Petrauskas}, 66 m.",
    "Vārds, uzvārds: {N|Ilze Bērziņa}\nPersonas kods: {S|150474-12345}",
    "Pacients: {N|Andris Ozols}\nĀrstējošais ārsts: {H|Jānis Kalniņš}",
    # traps: the same label words for places, products, institutions
    "Hastane Adı: {I|Ankara Şehir Hastanesi}\nKlinik: Nöroloji",
    "Nazwa placówki: {I|Szpital Wojewódzki w Opolu}",
    "Nome da instituição: {I|Hospital de Santa Maria}",
    "Kórház neve: {I|Szent János Kórház}",
    "Pacjent: przyjęty planowo na zabieg.",
    "Paciente: refere dor torácica há 2 dias.",
    # the value ends at its line
    "Patient: {N|Eero Salminen}\nHenkilötunnus: {S|010150-123A}",
    "Pacient: {N|Jan Kubíček}\nAdresa: {A|Husova 12, 602 00 Brno}",
]

# Written after round 1's rules, scored on them before anything changed for it.
ROUND_2: list[str] = [
    # Turkish: discharge summary, consent form, referral
    "EPİKRİZ\nHasta Adı-Soyadı : {N|Gülsüm Yıldırım}     Protokol No: {M|2024/118734}",
    "Onam Formu\nHastanın adı soyadı: {N|Murat Kaya}\nVeli / Vasi: {N|Sevgi Kaya}",
    "Eşinin Adı: {N|Nurten}\nMesleği: emekli öğretmen",
    "Sevk eden hekim: Dr. {H|Cemil Öztürk}\nHastane: {I|Ege Üniversitesi Tıp Fakültesi}",
    "İlaç: {I|Arveles} 25 mg\nKullanım: günde 2 kez",
    # Polish: referral, consent, lab sheet
    "SKIEROWANIE\nImię i nazwisko pacjenta: {N|Krystyna Adamczyk-Wolska}\nPESEL: {S|62112307745}",
    "Opiekun prawny: {N|Tadeusz Nowicki}, tel. {P|512 887 301}",
    "Matka: {N|Halina Szymańska}   Ojciec: {N|Roman Szymański}",
    "Zlecający: lek. {H|Paweł Grabowski}\nNazwa badania: morfologia krwi",
    "Nazwa szpitala: {I|Szpital Bródnowski}\nOddział: Neurologia",
    "Pacjentka: skarży się na bóle głowy od tygodnia.",
    # Czech, Slovak
    "Propouštěcí zpráva\nPacient: {N|Bohumil Šťastný}  RČ: {S|480312/1234}",
    "Jméno: {N|Libuše}  Příjmení: {N|Procházková}  Pojišťovna: 211",
    "Zákonný zástupce: {N|Radek Kučera} (otec)",
    "Odesílající lékař: MUDr. {H|Hana Benešová}\nNázev zařízení: {I|Nemocnice Na Homolce}",
    "Meno: {N|Miroslava}\nPriezvisko: {N|Hudáková}\nRodné číslo: {S|625510/1236}",
    # Portuguese
    "FICHA DE INTERNAMENTO\nNOME: {N|ANTÓNIO MANUEL BATISTA}\nN.º DE PROCESSO: {M|8812345}",
    "Responsável legal: {N|Cláudia Moreira} (mãe)\nTelefone: {P|(11) 98765-4321}",
    "Utente: {N|Beatriz Quintela}, 81 anos, acamada.",
    "Médica: Dra. {H|Ana Paula Reis}\nMedicamento: {I|Ben-u-ron} 1 g",
    "Nome: {I|Victan} 2 mg comprimidos",
    "Paciente: apresenta febre e tosse produtiva.",
    # Romanian
    "FOAIE DE OBSERVAȚIE\nNumele și prenumele: {N|Radu Ionuț Marinescu}\nCNP: {S|1790523420039}",
    "Numele mamei: {N|Florica}\nNumele tatălui: {N|Petru}",
    "Medic de familie: Dr. {H|Cristina Olteanu}\nSpital: {I|Spitalul Județean Cluj}",
    # Hungarian
    "ZÁRÓJELENTÉS\nNév: {N|Nagy Istvánné}\nTAJ: {S|123 456 788}",
    "Születési név: {N|Fekete Ilona}\nAnyja neve: {N|Balogh Rozália}",
    "Kapcsolattartó: {N|Molnár Attila} (fia), {P|+36 30 123 4567}",
    "Háziorvos: Dr. {H|Lakatos Judit}\nOsztály: {I|Belgyógyászat}",
    # Finnish, Estonian
    "Sukunimi: {N|Laaksonen}\nEtunimet: {N|Tuula Marjatta}",
    "Asiakas: {N|Pentti Hämäläinen}, s. {D|2.11.1944}",
    "Huoltaja: {N|Sanna Korhonen}",
    "Lääkäri: {H|Jukka Leinonen}\nSairaala: {I|Tays Keskussairaala}",
    "Eesnimi: {N|Kadri}\nPerekonnanimi: {N|Saar}\nIsikukood: {S|48303150276}",
    "Hooldaja: {N|Peeter Saar} (abikaasa)\nPerearst: {H|Mari Lepik}",
    # Croatian, Serbian, Slovene, Bosnian
    "OTPUSNO PISMO\nPacijentica: {N|Ankica Kovačević}, rođena {D|03.05.1949.}",
    "Skrbnik: {N|Goran Kovačević} (sin)",
    "Пацијент: {N|Драган Јовановић}\nЛекар: др {H|Милош Петровић}",
    "Priimek in ime: {N|KRAJNC Janez}\nZdravnik: {H|Maja Zupan}",
    "Ime oca: {N|Mehmed}\nMjesto rođenja: {I|Tuzla}",
    # Greek
    "Επώνυμο: {N|Αντωνίου}\nΌνομα: {N|Σοφία}\nΠατρώνυμο: {N|Χαράλαμπος}",
    "Κηδεμόνας: {N|Ιωάννης Βλάχος}",
    "ΙΑΤΡΟΣ: {H|Κωνσταντίνος Ζαχαρίου}\nΝΟΣΟΚΟΜΕΙΟ: {I|ΕΥΑΓΓΕΛΙΣΜΟΣ}",
    # Russian, Ukrainian, Bulgarian
    "Ф.И.О. больного: {N|Морозов Геннадий Павлович}\nВозраст: 71 год",
    "Законный представитель: {N|Морозова Вера Ильинична} (дочь)",
    "Врач: {H|Соколова Анна Дмитриевна}\nПрепарат: {I|Эналаприл} 10 мг",
    "Прізвище: {N|Бондаренко}\nІм'я: {N|Василь}\nПо батькові: {N|Петрович}",
    "Лікар: {H|Ткаченко Ірина Олегівна}",
    "Пациент: {N|Стоян Димитров Колев}, ЕГН {S|5203154471}",
    # Lithuanian, Latvian
    "Pavardė: {N|Jankauskas}\nVardas: {N|Mindaugas}",
    "Artimasis: {N|Aldona Jankauskienė} (žmona)",
    "Gydytojas: {H|Rimantas Vaitkus}\nLigoninė: {I|Santaros klinikos}",
    "Uzvārds: {N|Liepiņa}  Vārds: {N|Dace}",
    "Tuvinieks: {N|Edgars Liepiņš} (vīrs)",
    # in capitals and as SURNAME, Given
    "IMIĘ I NAZWISKO: {N|ZBIGNIEW KOZŁOWSKI}",
    "ПАЦИЕНТ: {N|ЛЕБЕДЕВ, Олег}",
    "Nume și prenume: {N|ENACHE, Maria-Magdalena}",
    # a field in a table row, and a line of several fields
    "| Adı Soyadı | {N|Hüseyin Aksoy} | Yaş | 66 |",
    "Pacient: {N|Ondřej Malý}; Věk: 58; Oddělení: interna",
    # the value ends at its line
    "Nimi: {N|Veikko Lindholm}\nOsoite: {A|Kauppakatu 14 B 7, 40100 Jyväskylä}",
    "Ime i prezime: {N|Ivica Perić}\nTelefon: {P|091 234 5678}",
]

# Written after round 2's rules and scored on them before anything changed for it.
ROUND_3: list[str] = [
    # numbered and bilingual form fields, labels typed without diacritics
    "1. Imię i nazwisko: {N|Stanisław Wójcik}\n2. Adres: {A|ul. Polna 7, 20-001 Lublin}",
    "Name / Nazwisko: {N|Jolanta Mazur}",
    "Adi Soyadi: {N|Emine Şahin}\nYasi: 71",
    "Nume si prenume: {N|Vlad Ciobanu}\nVarsta: 49 ani",
    "Imie i nazwisko: {N|Henryk Baran}",
    "FIO: {N|Ivanov Sergei Nikolaevich}",
    # lower-case values and mixed case
    "ad soyad: {N|ayşe nur kılıç}",
    "Ime i prezime: {N|MARKO} {N|Marić}",
    "NIMI: {N|PEKKA VIRTANEN}\nHETU: {S|120356-111X}",
    # relatives with their owner after the label, other relatives
    "Imię i nazwisko opiekuna: {N|Barbara Lis}",
    "Nome do acompanhante: {N|Sérgio Antunes}",
    "Numele aparținătorului: {N|Doina Munteanu}",
    "Babasının Adı: {N|Hüseyin}",
    "Jméno zákonného zástupce: {N|Petra Veselá}",
    "Брат: {N|Никитин Олег}, тел. {P|+7 903 111-22-33}",
    "Žena: {N|Marija Kralj}",
    # several fields on a line; semicolons
    "Pacjent: {N|Leszek Michalski}; wiek: 80; oddział: kardiologia",
    "Priezvisko: {N|Oravec}, Meno: {N|Ján}, r. č.: {S|520101/1234}",
    "Potilas {N|Matti Nieminen}  Henkilötunnus {S|010150-1130}",
    # a letter's header and subject
    "Dotyczy: {N|Ewa Malinowska}, ur. {D|03.03.1963}",
    "Assunto: utente {N|Manuel Pinto}, processo n.º {M|445566}",
    "Předmět: pacientka {N|Alena Šimková}",
    # traps: product, company, laboratory, clinician with an owner after the label
    "Firma adı: {I|Eczacıbaşı İlaç}\nÜrün: {I|Majezik} 100 mg",
    "Nome do laboratório: {I|Bial}\nNome comercial: {I|Zebinix}",
    "Název firmy: {I|Zentiva}\nNázev: {I|Paralen} 500",
    "Nome do médico: Dr. {H|Henrique Seabra}",
    "Numele medicului: Dr. {H|Adrian Munteanu}",
    "Orvos neve: Dr. {H|Fehér László}",
    "Imię i nazwisko lekarza: {H|Katarzyna Bielecka}",
    "Lääkärin nimi: {H|Heikki Salo}",
    "Ime liječnika: {H|Darko Vuković}",
    "ФИО врача: {H|Орлова Марина Юрьевна}",
    "Hekimin Adı Soyadı: {H|Selin Aktaş}",
    "Oddział: {I|Kardiologia Inwazyjna}\nLekarz dyżurny: {H|Adam Kurek}",
    "Pacjent: skierowany do poradni kardiologicznej.",
    "Potilas: kotiutettu osastolta 4.",
    "Beteg: panaszmentes, otthonába bocsátjuk.",
    "Paciente: Encaminhado ao serviço de urgência.",
    # the value ends at its line
    "Ονοματεπώνυμο: {N|Ελένη Μαυροπούλου}\nΔιεύθυνση: {A|Πατησίων 102, 11257 Αθήνα}",
    "Фамилия: {N|Зайцев}\nПолис ОМС: {M|7755 4433 2211 0099}",
]

# Written after round 3's rules, scored on them once and left untuned: the closing check.
ROUND_4: list[str] = [
    # prescriptions, lab results, vaccination cards, referrals
    "RECEPTA\nPacjent: {N|Irena Kubiak}\nPESEL: {S|51062507329}\nLek: {I|Atoris} 20 mg",
    "Wynik badania\nNazwisko i imię pacjenta: {N|KUBIAK IRENA}\nMateriał: krew żylna",
    "REÇETE\nHasta Adı Soyadı: {N|Bülent Erdoğan}\nT.C. Kimlik No: {S|10000000078}\nEczacı: {H|Ecz. Derya Acar}",
    "Očkovací průkaz\nJméno a příjmení: {N|Tereza Pokorná}\nDatum narození: {D|12. 6. 2019}\nZákonný zástupce: {N|Martin Pokorný}",
    "Receita Médica\nUtente: {N|Maria Inês Couto}\nN.º de utente: {M|287654321}\nPrescritor: Dr. {H|Vasco Lemos}",
    "Buletin de analize\nNume: {N|Iordache}  Prenume: {N|Georgeta}\nMedic trimițător: Dr. {H|Sorin Pavel}",
    "Lelet\nBeteg neve: {N|dr. Kovács Andrásné}\nSzül. dátum: {D|1950.03.14}",
    "Lähete\nPotilas: {N|Eila Mäkinen}\nLähettävä lääkäri: {H|Timo Aalto}",
    "Saatekiri\nPatsiendi nimi: {N|Rein Põld}\nSaatja arst: {H|Liis Org}",
    "Uputnica\nIme i prezime: {N|Vesna Knežević}\nUputni liječnik: dr. {H|Ante Šimić}",
    "Παραπεμπτικό\nΟνοματεπώνυμο ασθενούς: {N|Παναγιώτης Κωστόπουλος}\nΙατρός: {H|Ελένη Δημητρίου}",
    "Направление\nФИО пациента: {N|Белова Людмила Сергеевна}\nНаправивший врач: {H|Гусев Павел Андреевич}",
    "Направлення\nПІБ пацієнта: {N|Мельник Ганна Петрівна}",
    "Siuntimas\nPaciento vardas, pavardė: {N|Jonas Žukauskas}\nGydytojas: {H|Dalia Stankevičienė}",
    "Nosūtījums\nPacienta vārds, uzvārds: {N|Kārlis Bērziņš}\nĀrsts: {H|Inese Kalniņa}",
    # relatives and contacts in running forms
    "W razie wypadku powiadomić: {N|Dorota Kubiak} (córka), {P|698 112 334}",
    "Acil durumda haber verilecek kişi: {N|Serkan Erdoğan} (oğlu)",
    "Em caso de emergência contactar: {N|Luís Couto} (filho)",
    "Osoba k vyrozumění: {N|Jiří Novák} (syn)",
    "Kapcsolattartó neve: {N|Kovács Éva} (lánya)",
    # traps
    "Przychodnia: {I|Przychodnia Zdrowia Rodzina}\nPunkt szczepień: {I|Gabinet nr 3}",
    "Laboratuvar: {I|Acıbadem Labmed}\nNumune: serum",
    "Farmácia: {I|Farmácia Central de Braga}\nNome do produto: {I|Aerius} 5 mg",
    "Medicament prescris: {I|Nurofen} 400 mg\nFarmacist: {H|Alina Dobre}",
    "Gyártó: {I|Richter Gedeon}\nKészítmény neve: {I|Cavinton}",
    "Lääkevalmiste: {I|Panadol}\nValmistaja: {I|Orion}",
    "Pacjent: bez zmian w stanie ogólnym.",
    "Hasta: Genel durumu iyi, taburcu edildi.",
    "Pacient: Afebrilní, bez obtíží.",
]
