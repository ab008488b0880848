"""National and insurance numbers, record numbers, birth dates and addresses as clinical
records of Spain, Germany, Austria, Switzerland, the Netherlands and Australia write them
(the classes phi_blind7_dev missed), in fresh wordings and made-up values; check-digit
examples are computed by each format's published rule."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub
from prepcli.phi.national_ids import find_national_ids


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # Spain: NASS (province, serial, key) spaced or slashed after its label, the NHC after
        # the CIP label with the region's letters in lower case, a stay's "Episodio"
        ("NHC: 5512098.\nNASS: 41 20398475 63.", "41 20398475 63"),
        ("NUSS 07/30125584/19, pendiente", "07/30125584/19"),
        ("Nº afiliación S.S.: 28/77104432/05 - sin tarjeta", "28/77104432/05"),
        ("CIPA: and-61230945.", "61230945"),
        ("Episodio: 7730912. Servicio: Cardiología.", "7730912"),
        # Austria: SVNR after its label, and bare in its printed shape with a valid check digit
        ("SVNR 4523 150372 laut e-card", "4523 150372"),
        ("Mitversichert: 6052 011059 (Ehefrau)", "6052 011059"),
        # Germany: a case number after "Fallnr." (the abbreviation of Fallnummer)
        ("Fallnr.: 2025-0033191, Station 4B", "2025-0033191"),
        # Switzerland: the health insurance card's 20 digits (80, 756, ...), any label or none;
        # a patient identifier under a dashed label
        ("Versichertenkarte 80756012340000123456.", "80756012340000123456"),
        ("Karte 80040009876543210987 eingelesen", "80040009876543210987"),
        ("EPR-SPID 761337610099887766, aktiv", "761337610099887766"),
        # Australia: Medicare printed 4-5-1 with a valid check digit and no label, its person's
        # number after a slash, a DVA file number under its card's colour, a CRN on a card
        ("card details 2731 04980 1 confirmed", "2731 04980 1"),
        ("Medicare 3951284621/3 on file", "3951284621/3"),
        ("DVA Gold card NX118204 holder", "NX118204"),
        ("Health Care Card 220333444X, bulk billed", "220333444X"),
        ("Pensioner Concession Card 311400222A", "311400222A"),
    ],
)
def test_clinical_numbers_after_their_labels_or_by_check_digits(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the genealogical birth sign after a name, whatever the year
        ("Lea Moser, * 4.9.2006, kommt mit der Mutter", "4.9.2006"),
        ("Patientin Anna Graf (*19.1.2010) wurde", "19.1.2010"),
        # a patient's full date in brackets after the name is the birth date, a recent year too
        ("Kids: Emily Carter (2015-06-21) and Jack Carter (2018-02-11).", "2015-06-21"),
        ("Parents of Noah Fleming (14/03/2021) rang again", "14/03/2021"),
    ],
)
def test_birth_dates_by_sign_and_place(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # where someone lives, said rather than labelled
        ("Herr Kurt Egger, wohnhaft in Wolfsberg", "Wolfsberg"),
        ("wohnhaft Grazer Straße 8, 8200 Gleisdorf", "Grazer Straße 8, 8200 Gleisdorf"),
        ("wh.: A-5020 Salzburg, Getreidegasse 9", "A-5020 Salzburg"),
        ("wohnhaft in 6900 Bregenz, Kaiser-Josef-Straße 3", "Kaiser-Josef-Straße 3"),
        ("Die Patientin wohnt in Bad Aussee und arbeitet dort.", "Bad Aussee"),
        ("varón residente en Torrejón de Ardoz, fumador", "Torrejón de Ardoz"),
        ("domiciliée à Lausanne depuis 2019", "Lausanne"),
        ("woonachtig te Zwolle", "Zwolle"),
        ("home address Via Roma 12, Torino 10121.", "Via Roma 12"),
        # a Spanish form's town fields
        ("Localidad/ Provincia: Alcalá de Henares.\nCP: 28801.", "Alcalá de Henares"),
        ("Población: Mieres", "Mieres"),
        # a phone before an address opened by its house number stays a phone
        ("Home (07) 7010 3355, 14 Wattle Gdns, Ipswich QLD 4305.", "(07) 7010 3355"),
        # bare mobiles after "Contacts", each with whose it is in brackets
        ("Contacts: 0491570800 (mum) / 0491570801 (dad)", "0491570801"),
    ],
)
def test_addresses_and_phones_as_letters_write_them(text: str, secret: str) -> None:
    out = scrub(text).text
    assert secret not in out, (secret, out)


@pytest.mark.parametrize(
    "text",
    [
        # a bullet star before a visit date, an emphasis's closing star
        "* 12.03.2026 Visite, Befund unauffällig",
        "*Visit* 12/03/2026 went well",
        # an episode of a disease and a year, a case of a study
        "Episodio de dolor torácico en 2019; episode 2024 closed",
        # a lot number in the Medicare shape, a Medicare-shaped number failing its check digit
        "Batch 3951 28462 1 released",
        "Ref 3951 28463 1 from the order desk",
        # 'wohnen' in lower case and an insurer's name
        "Wir wohnen in der Nähe; Provinzial zahlt.",
        # an address to be addressed is no address
        "we need to address the home address question today",
    ],
)
def test_no_flags_from_the_new_rules(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # an SVNR's serial never starts with 0 (a phone's trunk does), its check digit must hold
        "0452 150372",
        "4524 150372",
        # a Medicare number starts with 2-6 and holds its check digit
        "7951 28462 1",
        "3951 28463 1",
        # a 20-digit number led by 80 but no European country's code
        "80999012340000123456",
    ],
)
def test_check_digits_keep_lookalikes(text: str) -> None:
    assert list(find_national_ids(f"value {text} here")) == []
