"""Names in clinical letters of other languages (Spanish case reports, German discharge letters,
Dutch and French notes), by class: header labels, titled and "SURNAME, Given" patients, a
patient's verbs after a given name, and the clinicians, institutions, makers and everyday
words of such letters that must stay. Every snippet here was written for this test, after the
rules; none is taken from a benchmark set."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # header labels of other languages, each value ending with its line
        ("Nombre: Teodoro\nApellidos: Quiroga Lezama\nNHC: 5512", ["Teodoro", "Quiroga Lezama"]),
        ("Vorname: Annelie\nNachname: Brückner", ["Annelie", "Brückner"]),
        ("Prénom : Solène\nNom : Lefebvre", ["Solène", "Lefebvre"]),
        ("Betreff: Ortwin Hagedorn, geb. 3.4.1950", ["Ortwin Hagedorn"]),
        # a titled person with a birth date, or called the patient, is the patient
        ("Dr. Amalia Reisinger, geb. 12.4.1971, wohnhaft in Linz", ["Amalia Reisinger"]),
        ("Bei unserem Pat. Prof. Ewald Krenn wurde eine Gastroskopie durchgeführt.", ["Krenn"]),
        # the Dutch citizen number's label is no nursing degree
        ("Dhr. P Vermeulen, BSN 123456782, vraagt om herhaalrecept.", ["Vermeulen"]),
        # "SURNAME, Given" after a title or a patient's word
        ("Aufnahme von Herrn HOLZAPFEL, Wendelin, am 3.2.2024.", ["HOLZAPFEL", "Wendelin"]),
        (
            "wir berichten über die Patientin OBERMAIR, Gundula, die sich vorstellte.",
            ["OBERMAIR", "Gundula"],
        ),
        # a given name opening a sentence before a verb of the letter's language
        ("Rosalía tiene antecedentes de asma bronquial.", ["Rosalía"]),
        ("Gisela hat seit Jahren Kopfschmerzen.", ["Gisela"]),
        ("vive con su hijo pablo desde 2019", ["pablo"]),
        # the patient's word of the letter's language before a full name
        ("Ingresa la paciente Remedios Alcaraz Peña por disnea.", ["Remedios", "Alcaraz"]),
        ("Wir berichten über unsere Patientin Hildegard Wimmer, die", ["Hildegard", "Wimmer"]),
        ("Se comentó el caso con el Sr. Quintanilla.", ["Quintanilla"]),
        # short titles with their dot
        ("Hr. Mikkelsen kommer i morgen med sin søn.", ["Mikkelsen"]),
        ("Fr. Obermoser wünscht einen Rückruf.", ["Obermoser"]),
        # a patient who works in health care is still the patient
        ("la paciente Rosa Gil Soto, enfermera de profesión, refiere disnea", ["Rosa Gil"]),
        ("Paciente Luis Gómez Pardo, médico jubilado, acude a revisión.", ["Gómez Pardo"]),
        # a name's kind before it; whose phone or e-mail it is
        ("Pref. name Mags (legal name Margaret Oyelaran)", ["Mags", "Oyelaran"]),
        ("Mum: Jenny <jen.t@example.com>, dad 0412 555 123 (Callum)", ["Jenny", "Callum"]),
    ],
)
def test_patients_in_clinical_letters(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    assert not [s for s in secrets if s in out], out


def test_a_weekday_s_short_form_is_a_day() -> None:
    assert scrub("Nurse to retry Thu.").text == "Nurse to retry Thu."
    assert "Thu" not in scrub("Spoke with Thu Nguyen about refills.").text


def test_a_phone_s_label_in_brackets_is_no_name() -> None:
    out = scrub("Call 0412 555 123 (Mobile) or 03 9555 1234 (Home).").text
    assert "(Mobile)" in out and "(Home)" in out


def test_a_field_label_after_a_name_is_no_name() -> None:
    out = scrub("ZANGERL, Ottilie, Aufnahmenummer: 77120034").text
    assert "Ottilie" not in out and "Aufnahmenummer:" in out


@pytest.mark.parametrize(
    "text",
    [
        # clinicians after the labels, titles and job words of such letters
        "Remitido por: Dra. Leonor Aizpurua Etxeberria. Servicio de Neurología.",
        "Responsable clínico: Ignacio Beltrán Sáez, Servicio de Urología",
        "Médico adjunto: Rosario Vilches",
        "Dr. med. univ. Gernot Pichler\nOberarzt",
        "Prof. Dr. rer. nat. Ulrike Seidl, Labor",
        "Case conference with podiatrist Imogen Falkner and dietitian Rhys Tamblyn.",
        "Liebe Frau Kollegin Hartl, vielen Dank für die Zuweisung.",
        "Estimado colega Arrieta: le remitimos el informe.",
        # a name with its job after it, the job going on
        "Rückfragen an Helga Rainer, Fachärztin für Innere Medizin.",
        "Valorado por Ana Ruiz Beltrán (médico adjunto de Cardiología).",
        "Informe firmado por Jorge Lledó Sanz, FEA de Medicina Interna.",
        # a signature above a job title of the letter's language
        "Mit freundlichen Grüßen\nHelga Rainer\nFachärztin für Innere Medizin",
        "Atentamente,\nLucía Ferrer Soler\nMédico adjunto, Servicio de Cardiología",
        "Ihre Patientin wurde heute entlassen.",
        # salutations and the words of the letters' own language
        "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
        "Se realiza ecografía abdominal sin hallazgos.",
        "Bitte Rückruf an die Station.",
        "Die Patientin ist wieder in der Lage, allein zu gehen.",
        "Prednisolon für 5 Tage pausiert.",
        "Schwellung der re. Hand seit gestern.",
        "Sus hermanos mayores están sanos.",
        "Paciente mora sozinha e toma a medicação.",
        "Paziente vive con la figlia.",
        # hospitals named after people, and makers cited in brackets
        "Ingresó en el Hospital Universitario Ramón y Cajal para estudio.",
        "Fue trasladado al Hospital General Gregorio Marañón.",
        "Se suturó con monofilamento (Prolene 4/0, Ethicon, Somerville, EE.UU.).",
        "Contraste (Omnipaque 350, GE Healthcare, Oslo, Noruega) sin incidencias.",
    ],
)
def test_clinicians_and_words_of_clinical_letters_stay(text: str) -> None:
    assert scrub(text).text == text
