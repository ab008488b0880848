"""X12 EDI segments pasted into a note (prepcli.phi.x12), in the shapes of blind30's
development half (LinuxForHealth/x12, jdavisp3/TigerShark, azoner/pyx12 test files); values
made up."""

from __future__ import annotations

from prepcli.phi import find_phi, scrub

_CLAIM = (
    "HL*3*2*23*0~\n"
    "PAT*19~\n"
    "NM1*QC*1*OKONJO*AMARA*T***MI*JX0448812~\n"
    "N3*17 HARROW LANE~\n"
    "N4*DAYTON*OH*45402~\n"
    "DMG*D8*19610304*F~\n"
    "REF*SY*123456789~\n"
    "CLM*26407789*79.04***11::1*Y*A*Y*Y*B~\n"
    "HI*BK:4779*BF:53081~\n"
    "NM1*82*1*KILDARE*BEN****XX*1999996666~\n"
    "NM1*77*2*KILDARE ASSOCIATES*****24*91-7777666~\n"
    "N3*2345 OCEAN BLVD~\n"
    "N4*MIAMI*FL*33111~\n"
    "PER*IC*JERRY*TE*3055552222~\n"
    "PER*IC*BILLING DEPT*TE*8005550100~"
)


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in find_phi(text)}


def test_a_claims_patient_name_ids_address_and_birth_date_go():
    assert _found(_CLAIM) == {
        ("OKONJO", "PATIENT-NAME"),
        ("AMARA", "PATIENT-NAME"),
        ("JX0448812", "MRN"),
        ("17 HARROW LANE", "ADDRESS"),
        ("DAYTON*OH*45402", "ADDRESS"),
        ("19610304", "DOB"),
        ("123456789", "SSN"),
        # a billing contact is a person too, and their number
        ("JERRY", "PATIENT-NAME"),
        ("3055552222", "PHONE"),
    }


def test_providers_organisations_codes_and_roles_stay():
    """The rendering clinician, the facility's name, tax id and address, the diagnosis codes,
    the claim's number and a role's contact line are no patient's."""
    text = scrub(_CLAIM).text
    for kept in ("KILDARE*BEN", "1999996666", "KILDARE ASSOCIATES", "91-7777666",
                 "2345 OCEAN BLVD", "MIAMI*FL*33111", "BK:4779*BF:53081", "26407789",
                 "BILLING DEPT*TE*8005550100"):  # fmt: skip
        assert kept in text


def test_an_enrolments_member_loop_opens_at_its_ins_segment():
    text = "INS*Y*18*024*XN*T*C**FT~\nREF*0F*M000010~\nREF*1L*GRP003~\nNM1*IL*1*RING*DIAMOND~"
    assert _found(text) == {
        ("M000010", "MRN"),
        ("RING", "PATIENT-NAME"),
        ("DIAMOND", "PATIENT-NAME"),
    }


def test_a_submitters_person_goes_as_a_private_persons():
    text = "NM1*41*1*SMITH*JOHN****46*S01057~\nNM1*40*2*XYZ REPRICER*****46*66783JJT~"
    assert _found(text) == {("SMITH", "PATIENT-NAME"), ("JOHN", "PATIENT-NAME")}
