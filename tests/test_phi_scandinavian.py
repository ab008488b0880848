"""Identifiers in Norwegian, Danish and Swedish notes, by class (prepcli.phi.nordic): chart
labels of those languages, a copula between label and value, national numbers with or without
valid check digits, eight-digit phones in their groups, birth dates as Scandinavians write
them, names after the patient's word, a relative or before an age; and what must stay: the
languages' pronouns and quantifiers that name lists hold ("Han", "hans", "Ingen", "Alle"),
documents' titles, eponyms before a Scandinavian condition word, clinicians named by role.
Every snippet here was written for this test, after the rules; none is taken from a benchmark
set."""

from __future__ import annotations

import pytest

from prepcli.phi import find_phi, scrub
from prepcli.phi.nordic import nordic_text
from prepcli.phi.spans import words_of


def _types(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.type for s in find_phi(text)}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # national numbers after their label, a colon or a copula, valid or not
        ("Pasientens personnummer er 311299 48213.", "311299 48213", "SSN"),
        ("Hennes fødselsnummer er 12345678901 ifølge henvisningen.", "12345678901", "SSN"),
        ("Det sosiale sikkerhetsnummeret er 45010299871.", "45010299871", "SSN"),
        ("Sosialsikkerhetsnummeret er 220381 33406.", "220381 33406", "SSN"),
        ("Folkeregistrert nummer: 05048812345", "05048812345", "SSN"),
        ("D-nummer: 430199 12345", "430199 12345", "SSN"),
        ("Borger med CPR-nr. 030475-1234 ringede i dag.", "030475-1234", "SSN"),
        ("Patientens personnummer är 19580707-1234.", "19580707-1234", "SSN"),
        ("personnummeret til pasienten er 010101 12345", "010101 12345", "SSN"),
        # the value before its label
        ("01017012345 er hans fødselsnummer.", "01017012345", "SSN"),
        # phones after a Scandinavian label, with or without a country prefix
        ("Telefonnummeret hans er 91234567.", "91234567", "PHONE"),
        ("Pasientens telefonnummer er 0047 22 33 44 55.", "0047 22 33 44 55", "PHONE"),
        ("Mobil: 004792345678", "004792345678", "PHONE"),
        ("Tlf. 33 44 55 66 efter kl. 15", "33 44 55 66", "PHONE"),
        ("Kontaktnummer: +46 70 123 45 67", "+46 70 123 45 67", "PHONE"),
        ("91 23 45 67 er oppført som hennes mobilnummer.", "91 23 45 67", "PHONE"),
        ("Kan træffes på 41 22 63 90 hele dagen.", "41 22 63 90", "PHONE"),
        ("Ring 23 45 67 89 (privat) eller 12 34 56 78 (arbejde).", "12 34 56 78", "PHONE"),
        # birth dates as Scandinavian forms write them
        ("Fødselsdato: March 14. 1952", "March 14. 1952", "DOB"),
        ("Date of Birth: November 3. 1977", "November 3. 1977", "DOB"),
        ("Født: 7. oktober 1949 i Bodø", "7. oktober 1949", "DOB"),
        ("Fødselsdato: 02.11.1968", "02.11.1968", "DOB"),
        ("Fødselsåret hennes er 1939.", "1939", "DOB"),
        # a postal field's postcode and town
        ("Postnr./sted: 9008 Tromsø", "9008 Tromsø", "ADDRESS"),
        ("Postort: Luleå", "Luleå", "ADDRESS"),
        # a street with the floor and side Danish and Swedish addresses add
        (
            "Flyttet til Algade 9, 2. sal, 4000 Roskilde i maj.",
            "Algade 9, 2. sal, 4000 Roskilde",
            "ADDRESS",
        ),
        (
            "Bor på Torsgatan 3 lgh 1204, 113 21 Stockholm.",
            "Torsgatan 3 lgh 1204, 113 21 Stockholm",
            "ADDRESS",
        ),
        # "f." before a year alone, in a Scandinavian note
        ("Pasienten (f. 1938) ble innlagt og har ikke feber.", "1938", "DOB"),
    ],
)
def test_scandinavian_numbers_and_dates(text: str, value: str, kind: str) -> None:
    found = _types(text)
    assert any(value in v and t == kind for v, t in found.items()), found


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # chart labels of the three languages, the value ending with its line
        ("Pasient: Torleif Grøndahl\nAlder: 71 år", ["Torleif", "Grøndahl"]),
        ("Fornavn: Signy\nEtternavn: Kvalheim", ["Signy", "Kvalheim"]),
        ("Efternavn: Bjerregaard\nFornavn: Malthe", ["Bjerregaard", "Malthe"]),
        ("Förnamn: Ylva\nEfternamn: Lindqvist", ["Ylva", "Lindqvist"]),
        ("Pasientens navn: Eldbjørg Hove", ["Eldbjørg", "Hove"]),
        ("Navn: Audun Rypdal\nFødselsdato: 4. mai 1960", ["Audun", "Rypdal"]),
        # the patient's word before a name, no colon
        ("Innleggelse for pasienten Haldor Svendsrud med brystsmerter.", ["Haldor", "Svendsrud"]),
        ("Pasienten, Ragnvald Tveit, ble innlagt i går.", ["Ragnvald", "Tveit"]),
        ("Henvendelse vedr. borger Aksel Munkholm om hjælpemidler.", ["Aksel", "Munkholm"]),
        # a relative with a listed given name
        ("Hans kone Ingrid ringte og spurte om resepten.", ["Ingrid"]),
        ("Datteren Solveig Aune er nærmeste pårørende.", ["Solveig", "Aune"]),
        # a name before an age
        ("Bjarte Kolstad, 54 år, ble henvist for utredning.", ["Bjarte", "Kolstad"]),
        # the chart's name recurs alone later in the note, before a verb of the language
        (
            "Pasient: Evander Lidahl\nEvander ble utskrevet i dag og vil følges opp.",
            ["Evander", "Lidahl"],
        ),
        # a given name opening a sentence before a Scandinavian verb
        ("Margit har fortsatt smerter i venstre hofte.", ["Margit"]),
        # "Hans" the given name, not the possessive: before a surname or a verb
        ("Hans Brekke ble innlagt i går. Hans har ikke feber nå.", ["Hans"]),
        # a given name that is an English word, before a surname, in a Scandinavian note
        ("Per Sandvik ble innlagt med lungebetennelse og har feber.", ["Per Sandvik"]),
        ("August Tønnesen ble utskrevet i dag og har det bra.", ["August", "Tønnesen"]),
        # a Danish form's label is not taken with or for its value
        ("Borger: Vagn Rosenkilde\nCPR-nr.: 110244-1238", ["Vagn", "Rosenkilde", "110244"]),
    ],
)
def test_scandinavian_names(text: str, secrets: list[str]) -> None:
    out = scrub(text).text
    assert not [s for s in secrets if s in out], out


@pytest.mark.parametrize(
    "text",
    [
        # pronouns and quantifiers the name lists hold, in a Scandinavian note
        "Han er 80 år og bor alene. Hans tilstand er stabil, og han har ingen smerter.",
        "Status ved innleggelse:\n- Ingen smerte\n- Alle vitale tegn er normale\n- Mange besøk",
        "Vi har gitt omsorg for hans tilstand og hans behov under oppholdet på avdelingen.",
        # a document's title in a header
        "Sykehuset Innlandet, Gjøvik, Utskrivningsnotat\n\nDiagnose: brudd i håndleddet.",
        # an eponym before a Scandinavian condition word
        "Behandlet for Colles' brudd og Bells parese, og det går bedre.",
        # clinicians named by their role, before or after the name
        "Vurdert av overlege Nilsen og fastlege Kari Holm i går.",
        "LIS1 Berg og sykepleier Ingrid Aas var til stede på visitten.",
        "Ola Berg, fastlege, ringte om resepten og var fornøyd.",
        "Signert av Per Olsen. Godkjent av Torunn Vik.",
        # a hospital's name field is no patient's
        "Sykehusets navn: Sørlandet sykehus",
        # a signature's name line above its role line
        "Med vennlig hilsen\nTrude Lien\nfastlege, Majorstua legekontor",
        # "MR" is an MRI scan, "Han" the pronoun, in a short Scandinavian sentence
        "MR caput viste ingen tegn til blødning.",
        "Han fikk 4 tabletter og 2 enheter blod.",
        # a month alone opening a sentence; a specialist by the -olog of the role
        "Mai ble en tøff måned for pasienten, men hun er bedre nå.",
        "Diskutert med kardiolog Erik Moe og kirurg Lene Holt.",
    ],
)
def test_scandinavian_words_and_clinicians_stay(text: str) -> None:
    assert scrub(text).text == text


def test_a_label_is_not_scrubbed_with_its_value() -> None:
    out = scrub("Borger: Vagn Rosenkilde\nKontakt: datter Lone Holm").text
    assert out.startswith("Borger: [PATIENT-NAME]") and "Kontakt:" in out, out


def test_english_abbreviations_do_not_make_a_note_scandinavian() -> None:
    # "er", "av", "med", "af", "sig", "vid": English chart shorthand in lower case
    assert not nordic_text(words_of("Seen in ER after AV block, af; med list, sig and vid."))
    assert nordic_text(words_of("Han ble innlagt og har ikke smerter."))


def test_a_phone_s_label_is_not_a_name() -> None:
    out = scrub("Telefon +45 33 12 34 56 eller mobil +46 70 234 56 78.").text
    assert out == "Telefon [PHONE] eller mobil [PHONE].", out
