"""The fail-open cases the last review left (issue 18, helper "leftover"), one test per class:
each identifier in the snippet goes, and the legitimate keep beside it still stays."""

from __future__ import annotations

import pytest

from prepcli.phi import scrub


def _check(text: str, gone: list[str], stays: list[str]) -> None:
    out = scrub(text).text
    for word in gone:
        assert word not in out, (text, out)
    for word in stays:
        assert word in out, (text, out)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        # her surname on the patient, or her own relative in her sentence, makes her family
        (
            "Sister Mary Evans phoned about her brother, the patient John Evans",
            ["Mary", "Evans"],
            [],
        ),
        ("Sister Evans phoned about her brother, the patient John Evans", ["Evans"], []),
        ("Sister Mary Evans called re her husband Tom Evans.", ["Mary", "Evans", "Tom"], []),
        ("Sister Mary Evans phoned about her brother, the patient.", ["Mary", "Evans"], []),
        # a ward sister nothing ties to the patient stays
        ("Sister Mary Evans on ward 4 reviewed the dressing.", [], ["Sister Mary Evans"]),
        ("Sister Kate Lowe phoned about the patient John Evans.", ["John"], ["Sister Kate Lowe"]),
        ("Sister Jones reviewed him.", [], ["Sister Jones"]),
    ],
)
def test_ward_sister_tied_to_the_family_goes(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("call her back on oh seven seven double oh nine hundred one two three", ["nine"], []),
        ("Call him on oh seven seven double oh nine hundred one two three.", ["nine"], []),
        ("her number is seven seven double oh nine hundred one two three", ["nine"], []),
        ("phone: oh one six one, double four nine, eight hundred", ["hundred"], []),
        # a count said in hundreds, with no call's cue, is no phone
        ("We saw two hundred, three hundred, four hundred, five hundred patients", [], ["five"]),
        ("She takes nine hundred milligrams daily.", [], ["nine hundred"]),
    ],
)
def test_spoken_phone_with_hundreds(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("date of birth: the third of March, 1961", ["third", "1961"], []),
        ("born on the twenty-first of June nineteen sixty-two", ["June", "sixty"], []),
        ("DOB third March 1961", ["third", "1961"], []),
        ("D.O.B. the third of March nineteen sixty-one", ["March"], []),
        ("dob twenty first june 1962", ["june", "1962"], []),
        # a day in words with no birth cue is a visit's
        ("Meeting on the third of March 2026 with Dr. Lee.", [], ["third of March 2026", "Lee"]),
        ("DOB on file. Visit on the third of March 2026.", [], ["third of March 2026"]),
    ],
)
def test_birth_date_with_its_day_in_words(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("her patient JD (b. 1961)", ["JD", "1961"], []),
        ("pt. AB, born 1958", ["AB", "1958"], []),
        ("Pt JD, b. 1961, on Keytruda", ["JD"], ["Keytruda"]),
        ("JD (born 1961) was reviewed", ["JD"], []),
        # capitals with no birth cue after them are a reading
        ("pt BP 120/80", [], ["BP 120/80"]),
        ("pt BP 120/80, born 1958", ["1958"], ["BP 120/80"]),
    ],
)
def test_initials_before_a_birth_cue(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("Mrs Pat Quinn of Harrogate", ["Quinn", "Harrogate"], []),
        ("Pat Quinn of Harrogate called about her refill", ["Quinn", "Harrogate"], []),
        ("patient Jan Kowalski, 70, Kraków", ["Kowalski", "Kraków"], ["70"]),
        ("patient Jan Kowalski (70) from Kraków", ["Kowalski", "Kraków"], []),
        ("Mr Ahmed from Bradford called", ["Ahmed", "Bradford"], []),
        ("Mr. Sam Reed, from Leeds, phoned", ["Reed", "Leeds"], []),
        ("pt Jan Kowalski, 70 y/o, Kraków", ["Kowalski", "Kraków"], []),
        ("Patient Claire Brandt (Lausanne) asked for a call", ["Brandt", "Lausanne"], []),
        ("Mr Ahmed (Bradford) called", ["Ahmed", "Bradford"], []),
        # a clinician's hospital or town stays, and so does a company after a patient's name
        ("Dr. Lee of Leeds General", [], ["Dr. Lee of Leeds General"]),
        ("Dr. Lee from Leeds called", [], ["Dr. Lee from Leeds"]),
        ("Patient Anna Berg from Pfizer called", ["Berg"], ["Pfizer"]),
        # nor a list going on, a label after a comma, or a bracket with no patient's cue
        ("Indali Saabir, Boston and Chicago sites both called.", ["Saabir"], ["Boston"]),
        ("Dossier médical pour Zeer Jeanne, Date de nais. : 02/02/1992", ["Zeer"], ["Date"]),
        ("Claire Brandt (Lausanne) called about the samples.", ["Brandt"], ["Lausanne"]),
    ],
)
def test_town_after_a_patients_name(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("Shlomo ben-David", ["Shlomo", "ben", "David"], []),
        ("Ahmad bin-Ali", ["Ahmad", "bin", "Ali"], []),
        ("Shlomo ben David phoned", ["Shlomo", "ben", "David"], []),
        ("Pt: Ahmad bin-Ali, DOB 2/2/1960", ["Ahmad", "bin", "Ali"], []),
        ("patient Maria del Carmen", ["Maria", "del", "Carmen"], []),
        ("Dr. Ahmad bin-Ali reviewed", [], ["Dr. Ahmad bin-Ali"]),
    ],
)
def test_particle_joined_by_a_hyphen(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


_KEEP = frozenset({"Keytruda", "Miller"})


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        # a cued given name's next word is her surname, whatever keeps it elsewhere
        ("patient Maria Keytruda", ["Maria", "Keytruda"], []),
        ("Pt: Tom Humira, DOB 2/2/1960", ["Tom", "Humira"], []),
        ("Mrs Maria Keytruda called", ["Maria", "Keytruda"], []),
        ("patient Crohn Miller", ["Crohn", "Miller"], []),
        ("Pt: Parkinson Smith", ["Parkinson", "Smith"], []),
        ("Crohn Miller (patient) called", ["Crohn", "Miller"], []),
        # the brand a sentence gives or starts stays
        ("patient on Keytruda", [], ["Keytruda"]),
        ("Maria started Keytruda", [], ["Keytruda"]),
        ("patient Tom on Humira", ["Tom"], ["Humira"]),
        ("Dr. Maria Keytruda reviewed", [], ["Dr. Maria Keytruda"]),
        ("Crohn disease flare in patient", [], ["Crohn disease"]),
    ],
)
def test_kept_word_as_a_cued_patients_surname(text: str, gone: list[str], stays: list[str]) -> None:
    out = scrub(text, _KEEP).text
    for word in gone:
        assert word not in out, (text, out)
    for word in stays:
        assert word in out, (text, out)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("Name: Anne Moreau, Pharmacist, DOB 2/2/1960", ["Anne", "Moreau"], []),
        ("Pharmacist John Reed, himself a patient of Dr. Patel", ["John", "Reed"], ["Patel"]),
        ("Pharmacist John Reed, a patient of Dr. Patel, called", ["John", "Reed"], ["Patel"]),
        ("Pharmacist John Reed (himself a patient) called", ["John", "Reed"], []),
        ("Pharmacist John Reed who is a patient of Dr Patel", ["John", "Reed"], []),
        ("Name: Anne Moreau, pharmacist, DOB 2/2/1960", ["Anne", "Moreau"], []),
        # staff nothing ties to care stay
        ("Pharmacist John Reed called re stock", [], ["John Reed"]),
        ("Anne Moreau, Pharmacist, called", [], ["Anne Moreau"]),
        ("Dr. Lee, a patient advocate, called", [], ["Dr. Lee"]),
    ],
)
def test_occupation_beside_a_patients_name(text: str, gone: list[str], stays: list[str]) -> None:
    _check(text, gone, stays)


@pytest.mark.parametrize(
    ("text", "gone", "stays"),
    [
        ("patient ref 00458812", ["00458812"], []),
        ("patient file no. 4471928", ["4471928"], []),
        ("pt ref: AB-4471", ["4471"], []),
        ("case file 8831-22", ["8831"], []),
        ("Patient ref. 00458812", ["00458812"], []),
        # a reference with no patient's word is a bank's, an insurer's or a shipper's
        ("bank ref 00458812", [], ["00458812"]),
        ("shipping ref AB-4471", [], ["AB-4471"]),
        ("insurer ref: 8831-22", [], ["8831-22"]),
        ("patient referred 2024 to clinic", [], ["2024"]),
    ],
)
def test_reference_or_file_after_a_patient_cue(
    text: str, gone: list[str], stays: list[str]
) -> None:
    _check(text, gone, stays)
