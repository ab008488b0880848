"""Two or more capitalised words no dictionary knows are a person's name (unknown_pairs.py),
and what else puts such words side by side stays, by class: other languages' words, languages
and peoples, marked brands, organisations, institutions, diseases, places, signatures and
professionals' titles. Every snippet here was written for this test; none is taken from a
benchmark set."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub
from prepcli.phi.foreign_words import foreign


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Thandrel Voskuijpen called twice about the copay card.", "Thandrel Voskuijpen"),
        ("Left samples; Oriwen Glasstaff is the one who asked.", "Oriwen Glasstaff"),
        ("Quorvane Mbeketsi\nno answer at home, retry Friday", "Quorvane Mbeketsi"),
        ("Enrolment form signed (not by Yzobel Krantavich) on Monday.", "Yzobel Krantavich"),
        ("Zephrine Oduabatse, ID card copy attached, wants the kit.", "Zephrine Oduabatse"),
        # a possessive ends the name, and the name grows over a found given name
        ("Ambrel Quistova's husband drives her to the infusions.", "Ambrel Quistova"),
        ("Sra. Lucía Tzompaxtle Yaxcal pidió el folleto.", "Lucía Tzompaxtle Yaxcal"),
        # in other scripts too
        ("Звонил Гордей Пересветов насчёт анализов.", "Гордей Пересветов"),
    ],
)
def test_two_unknown_words_are_a_name(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out
    for word in secret.split():
        assert word not in out


@pytest.mark.parametrize(
    "text",
    [
        # German nouns and sentence starts, Spanish and Italian institutions and services
        "Bitte Unterlagen bis Donnerstag zurücksenden.",
        "Lieferung Dienstag früh, Kühlkette beachten.",
        "Aktuelle Anamnese: Belastungsdyspnoe seit drei Wochen.",
        "Derivado a Cirugía Plástica y Medicina Forense para valoración.",
        "Consulta di Patologia Forense, Edificio Nord.",
        # a language or a people before a product
        "She wants the Portuguese Zorvantix leaflet, not the Japanese-language Zorvantix one.",
        # a brand marked as one
        "Switched to Pelmora Xantrivel® last week.",
        "Trial kits of Vendrax Olmicure™ arrived.",
        # organisations: a company word in or after the run, a firm's joined names, Māori
        # articles and iwi
        "Invoice from Quorlak Brintell Ltd still open.",
        "Delivery via Quorlak Pagwell GmbH on Tuesdays.",
        "The rep met Halvorsk Tember & Sons about the fridge.",
        "Te Rūnanga Tautoko asked for posters.",
        "Ngāti Whakarongo health board wants a talk.",
        # an institution in the run, or listed with institutions
        "Lunch at Brantwell Quisby Hospital pharmacy.",
        "Advisory board: Mayo Clinic, Brisley Clinic and Vantorp Quellish.",
        # an institution's noun inflected in its language
        "Spotkanie w Szpitalu Kwiatkowskim o próbkach.",
        # a disease named after people
        "Pat. mit Morbus Kahlbaum-Wernicke, Therapie läuft.",
        # a place: after "in", in a list of places after its label, or a known town's name
        "Moved in with her sister in Llanfyllin Trewern last month.",
        "Territory for the quarter: Ystrad Mynach, Caerphilly and Bargoed.",
        "Courier office in town: Kuala Lumpur branch closed.",
        # a town no name list holds, in a run
        "Drove via Aberystwyth Trefechan to the surgery.",
        # a drug before its dose, a run before the noun of a place or an organisation
        "Restarted Velmora Quintrex 40 mg nocte.",
        "The Brantoch Yelverstow practice wants lunch on Friday.",
        # a hotel, a fair, a congress
        "Booked Hotel Quellbrand Zarnow for the advisory board.",
        # an English word behind a prefix, an inflected German word, a German compound
        "Zorvantix Prefilled pens arrived.",
        "Zorvantix Befunden anbei.",
        "Termin in der Onkologische Tagesklinik.",
        # a signature above a role line
        "Thanks,\nBryndis Vollmark\nClinical Nurse Specialist",
        "Kind regards\nYorwenna Pelbrathy\nCommunity nurse, North team",
        # a professional's academic title, as after Dr.
        "Schůzka s Ing. Vratislavem Kopečným z lékárny.",
        # an identifier's label, a weekday, a code with digits, an abbreviation
        "Pharmacist read Med Rec No. 4471 to me.",
        "Kyraxa Monday start confirmed.",
        "Dr. Haller wants the Zorvantix HbA1c slides and the Zorvantix MoA video.",
    ],
)
def test_other_capitalised_pairs_stay(text: str) -> None:
    assert not [s for s in find_phi(text) if s.type == "PATIENT-NAME"], find_phi(text)


def test_inflected_dictionary_words_stay() -> None:
    text = "Suctioned Trach at 0400, moderate secretions."
    assert scrub(text).text == text


def test_products_passed_in_keep_stay() -> None:
    text = "Ask Vexolind Pramatra about the savings card."
    assert scrub(text, keep={"Vexolind", "Pramatra"}).text == text


def test_clinicians_stay() -> None:
    text = "Dr. Thandrel Voskuijpen and Yorwenna Pelbrathy, RN, reviewed it."
    assert "Thandrel Voskuijpen" in scrub(text).text


def test_foreign_lexicon() -> None:
    assert foreign("Unterlagen") and foreign("hospitalario") and foreign("Plástica")
    assert not foreign("Voskuijpen") and not foreign("") and not foreign("zzzzzz")
