"""Build the thirtieth blind set for the patient-identifier scrubber and its two halves.

Sources nobody here had used, chosen for the paperwork of patient-support and reimbursement work
as text: the X12 EDI test files of three open-source EDI parsers (LinuxForHealth/x12, Apache-2.0:
the X12 implementation guides' example 270/271 eligibility, 276/277 claim-status, 834 enrolment,
835 remittance and 837 professional/institutional claim files; azoner/pyx12, BSD-3-Clause: its
834 enrolment and 835 example and test files; jdavisp3/TigerShark, BSD-3-Clause: its 837I and
5010 835 test files). A subscriber's or patient's NM1 name, N3/N4 address, DMG birth date and
member id, the REF numbers that name a member, the PER contact of a submitter, and the
rendering, attending and referring clinicians of NM1*82/71/DN loops. Each snippet is held below
with its spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN),
P (PHONE), E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format of
bench/blind_phi_marks.py), labelled by role as BLIND30-phi.md says. The script strips the marks,
computes the offsets, validates every row and splits the set by document. Never runs a detector
and imports nothing from prepcli.

    python bench/blind30_phi_build.py                 # write bench/phi_blind30_dev.jsonl + _held.jsonl
    python bench/blind30_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind30_phi_build.py --check         # validate the written halves only

Selection. A snippet is one loop of an X12 file: the file's lines (one segment a line, the
segment terminator ``~`` kept, a CR before a line's LF dropped) from a segment that opens a unit
(``ST``, ``HL``, ``INS``, ``CLP``) up to the segment before the next opening segment or the next
``LX``, ``SE``, ``SVC``, ``SV1``/``SV2``/``SV3``, ``LIN``, ``GE`` or ``IEA`` (so the ISA/GS
envelope, the service lines and the trailers are left out). Every unit of every file named in
REPOS's paths was taken (LinuxForHealth/x12: every file of src/tests/resources but
demo.cob.example3.B/C and demo.drug.example10.2/3 of 837_005010X222A2, near copies of
example3.A and example10.1; pyx12: the six files listed in BLIND30-phi.md; TigerShark: 837I-Patient-
NotSubscriber, -NotSubscriber2, -Subscriber, 5010-835-example-3 and 837-example; its
pipe-delimited 271 files were left out, the ``|`` clashing with the mark format), except 10
units in which a labelled value also occurs earlier in the unit unlabelled or under another
label (bench/phi.py's successive text search would land on the earlier one). Spans were
pre-marked by segment and qualifier as a drafting aid (NM1 entity and type, N3/N4 after it, DMG,
REF and PER qualifiers, CLM01, CLP01/07, TRN02; the rules are BLIND30-phi.md's mapping), and the
marked units were then read and the rules corrected by hand (role contacts such as ``TECHNICAL
CONTACT``, ``DR``, ``CONTACT NAME`` left unlabelled, their phones IGNORE; entity 70, a prior
insured, a patient name; REF*EJ, a patient account number, MRN). Re-fetching: the ``fetch`` tool
(``github:<repo>``), then ``git show <commit>:<path>``; a row's ``row`` names the file's
1-based lines. BLIND30-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import hashlib
import sys

import blind_phi_marks as marks

SPLIT = "blind30"

# key prefix -> (repository, commit, licence)
REPOS = {
    "lf": ("LinuxForHealth/x12", "c97b41a5b75af557d897067c124ab448b9230d4e", "Apache-2.0 (LICENSE)"),
    "px": ("azoner/pyx12", "8893c59ffd95ccc213cc7661757dc4298b9f430a", "BSD-3-Clause (LICENSE.txt)"),
    "ts": ("jdavisp3/TigerShark", "2d8a6288c5d8726f63f3f0af88db4e05a80c1005", "BSD-3-Clause (LICENSE)"),
}  # fmt: skip
X12 = "one loop of an X12 EDI file, its segments verbatim one a line (a CR before the LF dropped); labelled by hand by segment, qualifier and role (BLIND30-phi.md)"
RECORD = {"lf": X12, "px": X12, "ts": X12}
# The X12 guides' examples reuse stock names (SMITH, JANE, JOHN) and contacts (JERRY, 3055552222)
# across unrelated files, so a shared name or phone ties nothing here; files are tied into one
# unit only by a shared member id, SSN, birth date or numbered street address (the same
# person's loop copied into another transaction or a near-copy of the file).
TYING = {"MRN", "SSN", "DOB", "ADDRESS"}


def tied_units(keys: list[str], rows: list[marks.Row]) -> dict[str, str]:
    """Each key's unit: the first key (in the order of the SHA-1 of the keys) of the files it
    shares a TYING string with, transitively."""
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    owner: dict[str, str] = {}
    for key, row in zip(keys, rows, strict=True):
        for s in row["spans"]:
            text = str(s["text"])
            if s["type"] not in TYING or not any(c.isdigit() for c in text):
                continue
            if text in owner:
                a, b = find(owner[text]), find(key)
                if a != b:
                    first, second = sorted(
                        (a, b), key=lambda k: hashlib.sha1(k.encode()).hexdigest()
                    )
                    parent[second] = first
            else:
                owner[text] = key
    return {key: find(key) for key in keys}


def split_rows(keys: list[str], rows: list[marks.Row]) -> marks.Halves:
    """``split_units`` over ``tied_units``, the units in the order of the SHA-1 of their key."""
    unit_of = tied_units(keys, rows)

    def order(i: int) -> tuple[str, int]:
        return hashlib.sha1(unit_of[keys[i]].encode("utf-8")).hexdigest(), i

    ranked = sorted(range(len(keys)), key=order)
    return marks.split_units(
        [keys[i] for i in ranked], [rows[i] for i in ranked], unit_of, marks.key_prefix
    )


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key ``PREFIX:PATH`` (the whole file is the document)."""
    prefix, path = key.split(":", 1)
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('lf:src/tests/resources/270_005010X279A1/dependent-health-benefit-check.270', 'lines 3-4',
     'ST*270*1234*005010X279A1~\nBHT*0022*13*10001234*20060501*1319~'),
    ('lf:src/tests/resources/270_005010X279A1/dependent-health-benefit-check.270', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC COMPANY}*****PI*842610001~'),
    ('lf:src/tests/resources/270_005010X279A1/dependent-health-benefit-check.270', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*1P*1*{H|JONES}*{H|MARCUS}****SV*2000034~'),
    ('lf:src/tests/resources/270_005010X279A1/dependent-health-benefit-check.270', 'lines 9-10',
     'HL*3*2*22*1~\nNM1*IL*1******MI*{M|11122333301}~'),
    ('lf:src/tests/resources/270_005010X279A1/dependent-health-benefit-check.270', 'lines 11-16',
     'HL*4*3*23*0~\nTRN*1*{I|93175-012547}*9877281234~\nNM1*03*1*{N|SMITH}*{N|MARY}~\nDMG*D8*{D|19781014}~\nDTP*291*D8*20060501~\nEQ*30~'),
    ('lf:src/tests/resources/270_005010X279A1/subscriber-health-benefit-check.270', 'lines 3-4',
     'ST*270*1234*005010X279A1~\nBHT*0022*13*10001234*20060501*1319~'),
    ('lf:src/tests/resources/270_005010X279A1/subscriber-health-benefit-check.270', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC COMPANY}*****PI*842610001~'),
    ('lf:src/tests/resources/270_005010X279A1/subscriber-health-benefit-check.270', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*1P*2*{I|BONE AND JOINT CLINIC}*****SV*2000035~'),
    ('lf:src/tests/resources/270_005010X279A1/subscriber-health-benefit-check.270', 'lines 9-14',
     'HL*3*2*22*0~\nTRN*1*{I|93175-012547}*9877281234~\nNM1*IL*1*{N|SMITH}*{N|ROBERT}****MI*{M|11122333301}~\nDMG*D8*{D|19430519}~\nDTP*291*D8*20060501~\nEQ*30~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 3-4',
     'ST*271*4321*005010X279A1~\nBHT*0022*11*10001234*20060501*1319~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC COMPANY}*****PI*841610001~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*1P*2*{I|BONE AND JOIN CLINIC}*****SV*2000035~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 9-13',
     'HL*3*2*22*1~\nNM1*IL*1*{N|SMITH}*{N|JOHN}****MI*{M|123456789}~\nN3*{A|15197 BROADWAY AVENUE}*{A|APT 215}~\nN4*{A|KANSAS CITY*MO*64108}~\nDMG*D8*{D|19630519}*M~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 14-19',
     'HL*4*3*23*0~\nTRN*2*{I|93175-012547}*9877281234~\nNM1*03*1*{N|SMITH}*{N|MARY}~\nN3*{A|15197 BROADWAY AVENUE}*{A|APT 215}~\nN4*{A|KANSAS CITY*MO*64108}~\nDMG*D8*{D|19981014}*F~'),
    ('lf:src/tests/resources/271_005010X279A1/dependent-health-benefit-check.271', 'lines 20-29',
     'INS*N*19~\nDTP*346*D8*20060101~\nEB*1**30**GOLD 123 PLAN~\nEB*L~\nLS*2120~\nNM1*P3*1*{H|JONES}*{H|MARCUS}****SV*0202034~\nLE*2120~\nEB*1**1^33^35^47^86^88^98^AL^MH^UC~\nEB*B**1^33^35^47^86^88^98^AL^MH^UC*HM*GOLD 123 PLAN*27*10.00*****Y~\nEB*B**1^33^35^47^86^88^98^AL^MH^UC*HM*GOLD 123 PLAN*27*30.00*****N~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check-error.271', 'lines 3-4',
     'ST*271*4321*005010X279A1~\nBHT*0022*11*10001234*20060501*1319~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check-error.271', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC COMPANY}*****PI*842610001~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check-error.271', 'lines 7-9',
     'HL*2*1*21*0~\nNM1*1P*2*{I|BONE AND JOIN CLINIC}*****SV*2000035~\nAAA*Y**50*N~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check.271', 'lines 3-4',
     'ST*271*4321*005010X279A1~\nBHT*0022*11*10001234*20060501*1319~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check.271', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC COMPANY}*****PI*841610001~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check.271', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*1P*2*{I|BONE AND JOIN CLINIC}*****SV*2000035~'),
    ('lf:src/tests/resources/271_005010X279A1/subscriber-health-benefit-check.271', 'lines 9-23',
     'HL*3*2*22*0~\nTRN*2*{I|93175-012547}*9877281234~\nNM1*IL*1*{N|SMITH}*{N|JOHN}****MI*{M|123456789}~\nN3*{A|15197 BROADWAY AVENUE}*{A|APT 215}~\nN4*{A|KANSAS CITY*MO*64108}~\nDMG*D8*{D|19630519}*M~\nDTP*346*D8*20060101~\nEB*1**30**GOLD 123 PLAN~\nEB*L~\nLS*2120~\nNM1*P3*1*{H|JONES}*{H|MARCUS}****SV*0202034~\nLE*2120~\nEB*1**1^33^35^47^86^88^98^AL^MH^UC~\nEB*B**1^33^35^47^86^88^98^AL^MH^UC*HM*GOLD 123 PLAN*27*10.00*****Y~\nEB*B**1^33^35^47^86^88^98^AL^MH^UC*HM*GOLD 123 PLAN*27*30.00*****N~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status-ncpdp.276', 'lines 3-4',
     'ST*276*0001*005010X212~\nBHT*0010*13*ABC276XXX*20050915*1425~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status-ncpdp.276', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status-ncpdp.276', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status-ncpdp.276', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL PHARMACY}*****XX*1666666662~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status-ncpdp.276', 'lines 11-17',
     'HL*4*3*22*0~\nDMG*D8*{D|19301210}*M~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*1*{I|ABCXYZ1}~\nREF*XZ*7654321~\nAMT*T3*85.00~\nDTP*472*D8*20060301~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 3-4',
     'ST*276*0001*005010X212~\nBHT*0010*13*ABC276XXX*20050915*1425~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL}*****XX*1666666661~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 11-18',
     'HL*4*3*22*0~\nDMG*D8*{D|19301210}*M~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*1*{I|ABCXYZ1}~\nREF*BLT*111~\nREF*EJ*{M|SM123456}~\nAMT*T3*8513.88~\nDTP*472*RD8*20050831-20050906~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 19-26',
     'HL*5*3*22*0~\nDMG*D8*{D|19301115}*F~\nNM1*IL*1*{N|JONES}*{N|MARY}****MI*{M|234567890A}~\nTRN*1*{I|ABCXYZ2}~\nREF*BLT*111~\nREF*EJ*{M|J0234567}~\nAMT*T3*7599.00~\nDTP*472*RD8*20050731-20050809~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 27-28',
     'HL*6*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL PHYSICANS}*****XX*166666666~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 29-30',
     'HL*7*6*22*1~\nNM1*IL*1*{N|MANN}*{N|JOHN}****MI*{M|345678901}~'),
    ('lf:src/tests/resources/276_005010X212/claim-level-status.276', 'lines 31-35',
     'HL*8*7*23~\nDMG*D8*{D|19951101}*M~\nNM1*QC*1*{N|MANN}*{N|JOSEPH}~\nTRN*1*{I|ABCXYZ3}~\nREF*EJ*{M|MA345678}~'),
    ('lf:src/tests/resources/276_005010X212/information-receiver-level-status.276', 'lines 3-4',
     'ST*276*0001*005010X212~\nBHT*0010*13*ABC276XXX*20050915*1425~'),
    ('lf:src/tests/resources/276_005010X212/information-receiver-level-status.276', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/276_005010X212/information-receiver-level-status.276', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/276_005010X212/information-receiver-level-status.276', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL}*****XX*1666666661~'),
    ('lf:src/tests/resources/276_005010X212/information-receiver-level-status.276', 'lines 11-18',
     'HL*4*3*22*0~\nDMG*D8*{D|19301210}*M~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*1*{I|ABCXYZ1}~\nREF*BLT*111~\nREF*EJ*{M|SM123456}~\nAMT*T3*8513.88~\nDTP*472*RD8*20050831-20050906~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 3-4',
     'ST*276*0001*005010X212~\nBHT*0010*13*ABC276XXX*20050915*1425~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL}*****XX*1666666661~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 11-18',
     'HL*4*3*22*0~\nDMG*D8*{D|19301210}*M~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*1*{I|ABCXYZ1}~\nREF*BLT*111~\nREF*EJ*{M|SM123456}~\nAMT*T3*8513.88~\nDTP*472*RD8*20050831-20050906~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 19-20',
     'HL*5*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL PHYSICIANS}*****XX*6166666666~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 21-22',
     'HL*6*5*22*1~\nNM1*IL*1*{N|MANN}*{N|JOHN}****MI*{M|345678901}~'),
    ('lf:src/tests/resources/276_005010X212/provider-level-status.276', 'lines 23-27',
     'HL*7*6*23~\nDMG*D8*{D|19951101}*M~\nNM1*QC*1*{N|MANN}*{N|JOSEPH}~\nTRN*1*{I|ABCXYZ3}~\nREF*EJ*{M|MA345678}~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status-ncpdp.277', 'lines 3-4',
     'ST*277*0001*005010X212~\nBHT*0010*08*277X212*20050916*0810*DG~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status-ncpdp.277', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status-ncpdp.277', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status-ncpdp.277', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL PHARMACY}*****XX*1666666662~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status-ncpdp.277', 'lines 11-17',
     'HL*4*3*22*0~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*2*{I|ABCXYZ1}~\nSTC*F2:80::RX*20060301**85.00*0.00~\nREF*1K*{I|05347006051}~\nREF*XZ*7654321~\nDTP*472*D8*20060301~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 3-4',
     'ST*277*0001*005010X212~\nBHT*0010*08*277X212*20050916*0810*DG~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL}*****XX*1666666661~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 11-18',
     'HL*4*3*22*0~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*2*{I|ABCXYZ1}~\nSTC*P3:317*20050913**8513.88~\nREF*1K*{I|05347006051}~\nREF*BLT*111~\nREF*EJ*{M|SM123456}~\nDTP*472*RD8*20050831-20050906~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 19-26',
     'HL*5*3*22*0~\nNM1*IL*1*{N|JONES}*{N|MARY}****MI*{M|234567890A}~\nTRN*2*{I|ABCXYZ2}~\nSTC*F0:3*20050915**7599.00*7599.00~\nREF*1K*{I|0529675341}~\nREF*BLT*111~\nREF*EJ*{M|J0234567}~\nDTP*472*RD8*20050731-20050809~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 27-28',
     'HL*6*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL PHYSICIANS}*****XX*166666666~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 29-30',
     'HL*7*6*22*1~\nNM1*IL*1*{N|MANN}*{N|JOHN}****MI*{M|345678901}~'),
    ('lf:src/tests/resources/277_005010X212/claim-level-status.277', 'lines 31-36',
     'HL*8*7*23~\nNM1*QC*1*{N|MANN}*{N|JOSEPH}~\nTRN*2*{I|ABCXYC3}~\nSTC*F2:88:QC*20050612**150.00*0.00~\nREF*1K*{I|051681010827}~\nREF*EJ*{M|MA345678}~'),
    ('lf:src/tests/resources/277_005010X212/information-receiver-level-status.277', 'lines 3-4',
     'ST*277*0001*005010X212~\nBHT*0010*08*277X212*20050916*0810*DG~'),
    ('lf:src/tests/resources/277_005010X212/information-receiver-level-status.277', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/277_005010X212/information-receiver-level-status.277', 'lines 7-10',
     'HL*2*1*21*0~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~\nTRN*2*{I|ABC276XXX}~\nSTC*E0:0*20050916~'),
    ('lf:src/tests/resources/277_005010X212/provider-level-status.277', 'lines 3-4',
     'ST*277*0001*005010X212~\nBHT*0010*08*277X212*20050916*0810*DG~'),
    ('lf:src/tests/resources/277_005010X212/provider-level-status.277', 'lines 5-6',
     'HL*1**20*1~\nNM1*PR*2*{I|ABC INSURANCE}*****PI*12345~'),
    ('lf:src/tests/resources/277_005010X212/provider-level-status.277', 'lines 7-8',
     'HL*2*1*21*1~\nNM1*41*2*{I|XYZ SERVICE}*****46*X67E~'),
    ('lf:src/tests/resources/277_005010X212/provider-level-status.277', 'lines 9-10',
     'HL*3*2*19*1~\nNM1*1P*2*{I|HOME HOSPITAL}*****XX*1666666661~'),
    ('lf:src/tests/resources/277_005010X212/provider-level-status.277', 'lines 11-18',
     'HL*4*3*22*0~\nNM1*IL*1*{N|SMITH}*{N|FRED}****MI*{M|123456789A}~\nTRN*2*{I|ABCXYZ1}~\nSTC*P3:317*20050913**8513.88~\nREF*1K*{I|05347006051}~\nREF*BLT*111~\nREF*EJ*{M|SM123456}~\nDTP*472*RD8*20050831-20050906~'),
    ('lf:src/tests/resources/834_005010X220A1/add-dependent.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/add-dependent.834', 'lines 8-16',
     'INS*N*19*021*20*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*351*D8*19980515~\nNM1*IL*1*{N|DOE}*{N|JOHN}*P***34*{S|103229876}~\nDMG*D8*{D|19770816}*M~\nNM1*M8*2*{I|PENN STATE UNIVERSITY}~\nHD*021**HLT~\nDTP*348*D8*19960601~'),
    ('lf:src/tests/resources/834_005010X220A1/add-subscriber-coverage.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/add-subscriber-coverage.834', 'lines 8-13',
     'INS*Y*18*001*22*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nNM1*IL*1*{N|SMITH}*{N|WILLIAM}****ZZ*{M|2024433307}~\nHD*021**DEN~\nDTP*348*D8*20020701~'),
    ('lf:src/tests/resources/834_005010X220A1/cancel-dependent.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/cancel-dependent.834', 'lines 8-13',
     'INS*N*19*024*07*A~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*357*D8*19960801~\nNM1*IL*1*{N|DOE}*{N|JAMES}*E***34*{S|103229876}~\nDMG*D8*{D|19770816}*M~'),
    ('lf:src/tests/resources/834_005010X220A1/change-subscriber-information.834', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/change-subscriber-information.834', 'lines 7-13',
     'INS*Y*18*001*25*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nNM1*IL*1*{N|DOE}*{N|JAMES}****34*{S|103229876}~\nDMG*D8*{D|19500415}*M~\nNM1*70*1*{N|DOE}*{N|JAMES}*E~\nDMG*D8*{D|19500416}*M~'),
    ('lf:src/tests/resources/834_005010X220A1/enroll-employee-managed-care.834', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/enroll-employee-managed-care.834', 'lines 7-17',
     'INS*Y*18*021*20*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*358*D8*19960523~\nNM1*IL*1*{N|SMITH}*{N|WILLIAM}****34*{S|202443307}~\nPER*IP**HP*{P|7172343334}*WP*{P|7172341240}~\nN3*{A|1715 SOUTHWIND AVENUE}~\nN4*{A|ANYTOWN*PA*171110000}~\nDMG*D8*{D|19700614}*M~\nHD*021**HMO~\nDTP*348*D8*19960601~'),
    ('lf:src/tests/resources/834_005010X220A1/enroll-employee-multiple-products.834', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/enroll-employee-multiple-products.834', 'lines 7-19',
     'INS*Y*18*021*20*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*356*D8*19960523~\nNM1*IL*1*{N|DOE}*{N|JOHN}*P***34*{S|123456789}~\nPER*IP**HP*{P|7172343334}*WP*{P|7172341240}~\nN3*{A|100 MARKET ST}*{A|APT 30}~\nN4*{A|CAMP HILL*PA*17011}**CY*CUMBERLAND~\nDMG*D8*{D|19400816}*M~\nHD*021**HLT~\nDTP*348*D8*19960601~\nHD*021**VIS~\nDTP*348*D8*19960601~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-employee-coverage-level.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-employee-coverage-level.834', 'lines 8-13',
     'INS*Y*18*025**A***FT~\nREF*0F*{M|202443307}~\nREF*1L*{I|123456001}~\nNM1*IL*1*{N|SMITH}*{N|WILLIAM}****ZZ*{M|202443307}~\nHD*025**DEN~\nDTP*348*D8*20020701~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-employee.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-employee.834', 'lines 8-12',
     'INS*Y*18*025*20*A***FT~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*303*D8*19961001~\nNM1*IL*1*{N|DOE}*{N|JAMES}*E***34*{S|103229876}~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-member-eligiblity-ins.834', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*20020601*1200****2~\nREF*38*ABCD012354~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/reinstate-member-eligiblity-ins.834', 'lines 8-11',
     'INS*Y*18*025**A***FT~\nREF*0F*{M|202443307}~\nREF*1L*{I|123456001}~\nNM1*IL*1*{N|SMITH}*{N|WILLIAM}****ZZ*{M|202443307}~'),
    ('lf:src/tests/resources/834_005010X220A1/terminate-subscriber-eligibility.834', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*12456*19980520*1200****2~\nN1*P5**FI*999888777~\nN1*IN**FI*654456654~'),
    ('lf:src/tests/resources/834_005010X220A1/terminate-subscriber-eligibility.834', 'lines 7-11',
     'INS*Y*19*024*08*A***TE~\nREF*0F*{M|123456789}~\nREF*1L*{I|123456001}~\nDTP*357*D8*19960801~\nNM1*IL*1*{N|DOE}*{N|JOHN}*E***34*{S|103229876}~'),
    ('lf:src/tests/resources/835_005010X221A1/cob-contractural-adjustment.835', 'lines 3-14',
     'ST*835*0001~\nBPR*I*34.00*C*CHK***********20050318~\nTRN*1*{I|0063158ABC}*1566339911~\nREF*EV*030240928~\nDTM*405*20050318~\nN1*PR*{I|YOUR TAX DOLLARS AT WORK}~\nN3*{I|481A00 DEAR RUN ROAD}~\nN4*{I|WEST PALM BCH*FL*11114}~\nN1*PE*{I|ATONEWITHHEALTH}*FI*3UR334563~\nN3*{I|3501 JOHNSON STREET}~\nN4*{I|SUNSHINE*FL*12345}~\nREF*PQ*11861~'),
    ('lf:src/tests/resources/835_005010X221A1/cob-contractural-adjustment.835', 'lines 16-20',
     'CLP*{I|0001000055}*2*541.00*34.00**12*{I|50650619501}~\nNM1*QC*1*{N|BURCK}*{N|RAYMOND}*W***MI*{M|987654321}~\nNM1*82*2*{I|PROFESSIONAL TEST 1}*****BS*34426~\nDTM*232*20050202~\nDTM*233*20050202~'),
    ('lf:src/tests/resources/835_005010X221A1/managed-care.835', 'lines 3-11',
     'ST*835*112233~\nBPR*I*945.00*C*ACH*CCP*01*888999777*DA*24681012*1935665544**01*111333555*DA*144444*20002316~\nTRN*1*{I|7170066655}*1935665544~\nDTM*405*20020314~\nN1*PR*{I|RUSHMORE LIFE}~\nN3*{I|10 SOUTH AVENUE}~\nN4*{I|RAPID CITY*SD*55111}~\nN1*PE*{I|ACME MEDICAL CENTER}*XX*5544667733~\nREF*TJ*777667755~'),
    ('lf:src/tests/resources/835_005010X221A1/managed-care.835', 'lines 13-15',
     'CLP*{I|5554555444}*1*800.00*450.00*300.00*12*{I|94060555410000}~\nCAS*CO*A2*50.00~\nNM1*QC*1*{N|BUDD}*{N|WILLIAM}****MI*{M|33344555510}~'),
    ('lf:src/tests/resources/835_005010X221A1/managed-care.835', 'lines 20-22',
     'CLP*{I|8765432112}*1*1200.00*495.00*600.00*12*{I|94077799230000}~\nCAS*CO*A2*55.00~\nNM1*QC*1*{N|SETTLE}*{N|SUSAN}****MI*{M|44455666610}~'),
    ('lf:src/tests/resources/835_005010X221A1/medicare-part-a.835', 'lines 15-21',
     'CLP*{I|666123}*1*211366.97*138018.40**MA*{I|1999999444444}*11*1~\nCAS*CO*45*73348.57~\nNM1*QC*1*{N|JONES}*{N|SAM}*O***HN*{M|666666666A}~\nMIA*0***138018.40~\nDTM*232*20020816~\nDTM*233*20020824~\nQTY*CA*8.00~'),
    ('lf:src/tests/resources/835_005010X221A1/medicare-part-a.835', 'lines 24-29',
     'CLP*{I|777777}*1*15000.00*11980.33**MB*{I|1999999444445}*13*1~\nCAS*CO*45*3019.67~\nNM1*QC*1*{N|BORDER}*{N|LIZ}*E***HN*{M|996669999B}~\nMOA***MA02~\nDTM*232*20020512~\nPLB*6543210903*20021231*CV:CP*-1.27~'),
    ('lf:src/tests/resources/835_005010X221A1/secondary-payment.835', 'lines 3-14',
     'ST*835*1234~\nBPR*I*1222.00*C*CHK***********20050412~\nTRN*1*{I|0012524965}*1559123456~\nREF*EV*030240928~\nDTM*405*20050412~\nN1*PR*{I|YOUR TAX DOLLARS AT WORK}~\nN3*{I|481A00 DEAR RUN ROAD}~\nN4*{I|WEST PALM BCH*FL*11114}~\nN1*PE*{I|ACME MEDICAL CENTER}*FI*599944521~\nN3*{I|PO BOX 863382}~\nN4*{I|ORLANDO*FL*55115}~\nREF*PQ*10488~'),
    ('lf:src/tests/resources/835_005010X221A1/secondary-payment.835', 'lines 16-22',
     'CLP*{I|L0004828311}*2*10323.64*912.00**12*{I|05090256390}*11*1~\nCAS*OA*23*9411.64~\nNM1*QC*1*{N|TOWNSEND}*{N|WILLIAM}*P***MI*{M|XXX123456789}~\nNM1*82*2*{I|ACME MEDICAL CENTER}*****BD*987~\nDTM*232*20050303~\nDTM*233*20050304~\nAMT*AU*912.00~'),
    ('lf:src/tests/resources/835_005010X221A1/secondary-payment.835', 'lines 24-28',
     'CLP*{I|0001000053}*2*751.50*310.00*220.00*12*{I|05630626430}~\nNM1*QC*1*{N|BAKI}*{N|ANGI}****MI*{M|456789123}~\nNM1*82*2*{I|SMITH JONES PA}*****BS*34426~\nDTM*232*20050106~\nDTM*233*20050106~'),
    ('lf:src/tests/resources/835_005010X221A1/tertiary-payment.835', 'lines 3-14',
     'ST*835*0001~\nBPR*I*187.50*C*CHK***********20050412~\nTRN*1*{I|0012524879}*1559123456~\nREF*EV*030240928~\nDTM*405*20050412~\nN1*PR*{I|YOUR TAX DOLLARS AT WORK}~\nN3*{I|481A00 DEAR RUN ROAD}~\nN4*{I|WEST PALM BCH*FL*11114}~\nN1*PE*{I|ACME MEDICAL CENTER}*FI*599944521~\nN3*{I|PO BOX 863382}~\nN4*{I|ORLANDO*FL*55115}~\nREF*PQ*10488~'),
    ('lf:src/tests/resources/835_005010X221A1/tertiary-payment.835', 'lines 16-19',
     'CLP*{I|0001000054}*3*1766.50*187.50**12*{I|50580155533}~\nNM1*QC*1*{N|ISLAND}*{N|ELLIS}*E***MI*{M|789123456}~\nNM1*82*2*{I|JONES JONES ASSOCIATES}*****BS*AB34U~\nDTM*232*20050120~'),
    ('lf:src/tests/resources/837_004010X096A1/automobile-accident.837', 'lines 3-8',
     'ST*837*987185~\nBHT*0019*00*0324*19970331*1800*CH~\nREF*87*004010X096~\nNM1*41*2*{I|INSURANCE CARRIER}*****46*3214~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|CBO}*****46*1234~'),
    ('lf:src/tests/resources/837_004010X096A1/automobile-accident.837', 'lines 9-14',
     'HL*1**20*1~\nPRV*BI*ZZ*203BA0200N~\nNM1*85*2*{I|HALL OF FAME MEMORIAL HOSPITAL}*****XX*888HF444~\nN3*{I|1 CANTON ROAD}~\nN4*{I|BROKEN FIELD*CA*99998}~\nREF*1J*737373737~'),
    ('lf:src/tests/resources/837_004010X096A1/automobile-accident.837', 'lines 15-20',
     'HL*2*1*22*1~\nSBR*P********AM~\nNM1*IL*1*{N|HOWLING}*{N|HAL}****MI*{M|B999777791G}~\nN3*{A|327 BRONCO DRIVE}~\nN4*{A|GETAWAY*CA*99999}~\nNM1*PR*2*{I|HEISMAN INSURANCE COMPANY}*****XV*999888777~'),
    ('lf:src/tests/resources/837_004010X096A1/automobile-accident.837', 'lines 21-33',
     'HL*3*2*23*0~\nPAT*41~\nNM1*QC*1*{N|DIMPSON}*{N|DJ}****MI*{M|000000032}~\nN3*{A|32 BUFFALO RUN}~\nN4*{A|ROCKING HORSE*CA*99666}~\nDMG*D8*{D|19480601}*M~\nREF*1W*{M|32323232}~\nCLM*{I|6721}*545.00***13:A:1***Y*Y~\nDTP*434*D8*19970318~\nCL1*3*7*1~\nHI*BK:884.2**BN:E986.0~\nHI*BK:884.2**BN:E986.0~\nNM1*71*1*{H|LOMBARDO}*{H|VINCENT}****XX*777TD777~'),
    ('lf:src/tests/resources/837_004010X096A1/homeowners.837', 'lines 3-8',
     'ST*837*987183~\nBHT*0019*00*0123*19970327*1410*CH~\nREF*87*004010X096~\nNM1*41*2*{I|INSURANCE CARRIER}*****46*3214~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|CBO}*****46*1234~'),
    ('lf:src/tests/resources/837_004010X096A1/homeowners.837', 'lines 9-14',
     'HL*1**20*1~\nPRV*BI*ZZ*203BA0200N~\nNM1*85*2*{I|DUFFER’S MEMORIAL HOSPITAL}*****XX*111DM222~\nN3*{I|541 DOGLEG DRIVE}~\nN4*{I|GOLFERS HAVEN*FL*91919}~\nREF*1J*444661111~'),
    ('lf:src/tests/resources/837_004010X096A1/homeowners.837', 'lines 15-20',
     'HL*2*1*22*1~\nSBR*P********LI~\nNM1*IL*1*{N|NORTON}*{N|GRAIG}****MI*{M|970925824}~\nN3*{A|72 FAIRWAY DRIVE}~\nN4*{A|GOLFERS HAVEN*FL*91919}~\nNM1*PR*2*{I|LAST CHANCE INSURANCE COMPANY}*****XV*123456789~'),
    ('lf:src/tests/resources/837_004010X096A1/homeowners.837', 'lines 21-34',
     'HL*3*2*23*0~\nPAT*41~\nNM1*QC*1*{N|CLIFTON}*{N|WILLIAM}****MI*{M|686868686}~\nN3*{A|1600 RAZORBACK AVENUE}~\nN4*{A|LITTLE ROCK*AR*54321}~\nDMG*D8*{D|19491013}*M~\nREF*1W*{M|88N522371}~\nCLM*{I|67129}*450.00***13:A:1***Y*Y~\nDTP*434*D8*19970318~\nCL1*3*7*1~\nHI*BK:922.3*BF:847.2~\nNM1*71*1*{H|ZEUSS}*{H|THEODORE}****XX*999DS427~\nPRV*AT*ZZ*363LP0200N~\nNM1*73*1*{H|FLOOD}*{H|RAY}****XX*671RF535~'),
    ('lf:src/tests/resources/837_004010X096A1/institutional-ppo-repriced.837', 'lines 3-8',
     'ST*837*987655~\nBHT*0019*00*0124*19970103*0936*CH~\nREF*87*004010X096~\nNM1*41*2*{I|HEALTHCARE PPO}*****46*TGJ23~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|KEY INSURANCE COMPANY}*****46*962TT8R~'),
    ('lf:src/tests/resources/837_004010X096A1/institutional-ppo-repriced.837', 'lines 9-13',
     'HL*1**20*1~\nPRV*BI*ZZ*203BA0200N~\nNM1*85*2*{I|GENERAL HOSPITAL}*****XX*370673111~\nN3*{I|125 VIRGINIA AVE}~\nN4*{I|BLOOMINGTON*IL*61701}~'),
    ('lf:src/tests/resources/837_004010X096A1/institutional-ppo-repriced.837', 'lines 21-38',
     'HL*3*2*23*0~\nPAT*01~\nNM1*QC*1*{N|BOZARTH}*{N|MAGGIE}*B~\nN3*{A|5707 FERN FLOWER DR}~\nN4*{A|COLUMBIA*MO*65202}~\nDMG*D8*{D|19691125}*F~\nREF*SY*{S|329524430}~\nCLM*{I|72255589}*2593.69***11:A:1***Y*Y~\nDTP*434*RD8*19961222-19961224~\nDTP*435*DT*199612220930~\nDTP*096*TM*199612221630~\nCL1*3*1*01~\nREF*9A*{I|6003E0332701}~\nHI*BK:643.03~\nQTY*CA*2.00*DA~\nHCP*06*2040.00*553.69*252665599~\nNM1*71*1*{H|NORDSTRUM}*{H|HAROLD}****XX*572999543~\nPRV*AT*ZZ*363LP0200N~'),
    ('lf:src/tests/resources/837_004010X096A1/institutional.837', 'lines 3-8',
     'ST*837*987654~\nBHT*0019*00*0123*19960918*0932*CH~\nREF*87*004010X096~\nNM1*41*2*{I|MEDICARE}*****46*00120~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|JONES HOSPITAL}*****46*12345~'),
    ('lf:src/tests/resources/837_004010X096A1/institutional.837', 'lines 9-14',
     'HL*1**20*1~\nPRV*BI*ZZ*203BA0200N~\nNM1*85*2*{I|JONES HOSPITAL}*****XX*330127~\nN3*{I|225 MAIN STREET BARKLEY BUILDING}~\nN4*{I|CENTERVILLE*PA*17111}~\nREF*G2*987654080~'),
    ('lf:src/tests/resources/837_004010X096A1/workers-compensation.837', 'lines 3-8',
     'ST*837*987184~\nBHT*0019*00*0124*19970331*1020*CH~\nREF*87*004010X096~\nNM1*41*2*{I|PISTACHIO COMMUNITY HOSPITAL}*****46*877196543~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|CBO}*****46*1234~'),
    ('lf:src/tests/resources/837_004010X096A1/workers-compensation.837', 'lines 9-14',
     'HL*1**20*1~\nPRV*BI*ZZ*203BA0200N~\nNM1*85*2*{I|PISTACHIO COMMUNITY HOSPITAL}*****XX*222PC333~\nN3*{I|300 CHOLESTEROL COURT}~\nN4*{I|PISTACHIO*VT*55557}~\nREF*1J*877196543~'),
    ('lf:src/tests/resources/837_004010X096A1/workers-compensation.837', 'lines 15-20',
     'HL*2*1*22*1~\nSBR*P********WC~\nNM1*IL*2*{I|JEN & BARRY’S ICE CREAM SHOPPE}*****MI*WC962222L~\nN3*{I|123 ROCKY ROAD}~\nN4*{I|CHERRY*VT*55555}~\nNM1*PR*2*{I|BASKET & ROBERTS INSURANCE COMPANY}*****XV*345345345~'),
    ('lf:src/tests/resources/837_004010X096A1/workers-compensation.837', 'lines 21-35',
     'HL*3*2*23*0~\nPAT*20~\nNM1*QC*1*{N|PLUMP}*{N|PENNY}****MI*{M|888228888}~\nN3*{A|265 DOUBLE DIP LANE}~\nN4*{A|SUGAR CONE*VT*55544}~\nDMG*D8*{D|19770211}*F~\nREF*1W*{M|W9123499}~\nCLM*{I|67188}*350.00***13:A:1***Y*Y~\nDTP*434*D8*19970318~\nCL1*3*7*1~\nHI*BK:816.02~\nHI*BF:354.0~\nHI*BR:79.04:D8:19970212~\nNM1*71*1*{H|SWEETTOOTH}*{H|SAM}****XX*777ST123~\nNM1*73*1*{H|GAMMA}*{H|RAY}****XX*555XR321~'),
    ('lf:src/tests/resources/837_004010X098A1/coordination-of-benefits.837', 'lines 3-8',
     'ST*837*0002~\nBHT*0019*00*0123*19981015*1023*CH~\nREF*87*004010X098~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*567890~\nPER*IC*{N|JERRY}*TE*{P|3055552222}~\nNM1*40*2*{I|XYZ REPRICER}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_004010X098A1/coordination-of-benefits.837', 'lines 9-18',
     'HL*1**20*1~\nNM1*85*2*{I|PREMIER BILLING SERVICE}*****24*587654321~\nN3*{I|1234 SEAWAY ST}~\nN4*{I|MIAMI*FL*33111}~\nREF*G2*TGJ23~\nPER*IC*{N|CONNIE}*TE*{P|3055551234}~\nNM1*87*2*{I|KILDARE ASSOC}*****24*581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~\nREF*G2*99878ABA~'),
    ('lf:src/tests/resources/837_004010X098A1/coordination-of-benefits.837', 'lines 19-26',
     'HL*2*1*22*1~\nSBR*P********CI~\nNM1*IL*1*{N|SMITH}*{N|JANE}****MI*{M|111223333}~\nDMG*D8*{D|19430501}*F~\nREF*1W*{M|JS00111223333}~\nNM1*PR*2*{I|KEY INSURANCE COMPANY}*****PI*999996666~\nN3*{I|3333OCEAN ST}~\nN4*{I|SOUTH MIAMI*FL*33000}~'),
    ('lf:src/tests/resources/837_004010X098A1/coordination-of-benefits.837', 'lines 27-41',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|SMITH}*{N|TED}****MI*{M|JS01111223333}~\nN3*{A|236N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19730501}*M~\nREF*SY*{S|000221111}~\nCLM*{I|26407789}*79.04***11::1*Y*A*Y*Y*B~\nHI*BK:4779*BF:2724*BF:2780*BF:53081~\nNM1*82*1*{H|KILDARE}*{H|BEN}****24*999996666~\nPRV*PE*ZZ*203BF0100Y~\nREF*G2*KA6663~\nNM1*77*2*{I|KILDARE ASSOCIATES}*****24*581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-01.837', 'lines 3-8',
     'ST*837*872391~\nBHT*0019*00*0123*19970410*1339*CH~\nREF*87*004010X098~\nNM1*41*2*{I|PRESIDENTIAL CHIROPRACTIC}*****46*777BH666~\nPER*IC*{N|LARRY}*TE*{P|3215556677}~\nNM1*40*2*{I|LAST CHANCE INSURANCE COMPANY}*****46*123456789~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-01.837', 'lines 9-14',
     'HL*1**20*1~\nNM1*85*2*{I|PRESIDENTIAL CHIROPRACTIC}*****XX*777BH666~\nN3*{I|5 LUMBAR LANE}~\nN4*{I|GOLFERS HAVEN*FL*91919}~\nREF*EI*222559999~\nPER*IC*{N|SUSAN}*TE*{P|3215557777}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-01.837', 'lines 15-20',
     'HL*2*1*22*1~\nSBR*P********LM~\nNM1*IL*1*{N|NORTON}*{N|GRAIG}****MI*{M|970925824}~\nNM1*PR*2*{I|LAST CHANCE INSURANCE COMPANY}*****XV*123456789~\nN3*{I|1 DESERT LINE ROAD}~\nN4*{I|RENO*NV*44544}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-01.837', 'lines 21-37',
     'HL*3*2*23*0~\nPAT*41~\nNM1*QC*1*{N|CLIFTON}*{N|WILLIAM}****MI*{M|234557329}~\nN3*{A|1600 RAZORBACK AVENUE}~\nN4*{A|LITTLE ROCK*AR*54321}~\nDMG*D8*{D|19491013}*M~\nREF*Y4*{I|88N522371}~\nCLM*{I|686868686}*245.00***11::1.00*Y*A*Y*Y*B*OA~\nDTP*454*D8*19970318~\nDTP*439*D8*19970317~\nCR2*1*1.00***DA*1.00*1.00*A*Y***Y~\nHI*BK:8472~\nNM1*DN*1*{H|ZEUSS}*{H|THEODORE}****XX*999DS427~\nPRV*RF*ZZ*203BF0100Y~\nNM1*82*1*{H|DONALD}*{H|MACK}****XX*999OU812~\nPRV*PE*ZZ*111NS0005N~\nREF*EI*311235689~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-02.837', 'lines 3-8',
     'ST*837*872401~\nBHT*0019*00*0124*19970411*0724*CH~\nREF*87*004010X098~\nNM1*41*2*{I|SPEEDY BILLING SERVICE}*****46*333119999~\nPER*IC*{N|SAM SPEEDY}*TE*{P|8154445555}~\nNM1*40*2*{I|BASKET & ROBERTS INSURANCE COMPANY}*****46*345345345~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-02.837', 'lines 9-17',
     'HL*1**20*1~\nNM1*85*2*{I|SPEEDY BILLING SERVICE}*****24*333119999~\nN3*{I|1 EDI WAY}~\nN4*{I|WALNUT*VT*55333}~\nNM1*87*1*{H|SWEETTOOTH}*{H|SAM}****XX*777ST123~\nN3*{I|837 PROFESSIONAL DRIVE}~\nN4*{I|PISTACHIO*VT*55557}~\nREF*EI*331330001~\nREF*G2*331330001~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-02.837', 'lines 18-23',
     'HL*2*1*22*1~\nSBR*P********WC~\nNM1*IL*2*{I|JEN & BARRY’S ICE CREAM SHOPPE}*****MI*WC962222L~\nNM1*PR*2*{I|BASKET & ROBERTS INSURANCE COMPANY}*****XV*345345345~\nN3*{I|31 FLAVOR STREET}~\nN4*{I|MAPLE*VT*55222}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-02.837', 'lines 24-40',
     'HL*3*2*23*0~\nPAT*20~\nNM1*QC*1*{N|PLUMP}*{N|PENNY}****MI*{M|115683870}~\nN3*{A|265 DOUBLE DIP LANE}~\nN4*{A|SUGAR CONE*VT*55544}~\nDMG*D8*{D|19770211}*F~\nREF*Y4*{I|W9123499}~\nCLM*{I|888228888}*405.00***11::1*Y*A*Y*Y*B*EM:OA~\nDTP*439*D8*19970212~\nDTP*454*D8*19970212~\nHI*BK:81602*BF:354~\nNM1*82*1*{H|SWEETTOOTH}*{H|SAM}****XX*777ST123~\nPRV*PE*ZZ*203BE004Y~\nREF*EI*331330001~\nNM1*77*2*{I|PISTACHIO EMERGENCY SERVICES}*****XX*ERP66655~\nN3*{I|123 EMERGENCY WAY}~\nN4*{I|PISTACHIO*VT*55556}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-03.837', 'lines 3-8',
     'ST*837*872501~\nBHT*0019*00*0125*19970411*1524*CH~\nREF*87*004010X098~\nNM1*41*2*{I|FERMANN HAND & FOOTCLINIC}*****46*591PD123~\nPER*IC*{N|JAN FOOT}*TE*{P|8156667777}~\nNM1*40*2*{I|HEISMAN INSURANCE COMPANY}*****46*555667777~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-03.837', 'lines 9-13',
     'HL*1**20*1~\nNM1*85*2*{I|FERMANN HAND & FOOTCLINIC}*****XX*591PD123~\nN3*{I|10 1/2 SHOEMAKER STREET}~\nN4*{I|COBBLER*CA*99997}~\nREF*EI*579999999~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-03.837', 'lines 14-19',
     'HL*2*1*22*1~\nSBR*P********AM~\nNM1*IL*1*{N|HOWLING}*{N|HAL}****MI*{M|B99977791G}~\nNM1*PR*2*{I|HEISMAN INSURANCE COMPANY}*****XV*999888777~\nN3*{I|1 TROPHY LANE}~\nN4*{I|NYAC*NY*10032}~'),
    ('lf:src/tests/resources/837_004010X098A1/dependent-commercial-insurance-03.837', 'lines 20-34',
     'HL*3*2*23*0~\nPAT*41~\nNM1*QC*1*{N|DIMPSON}*{N|DJ}****MI*{M|567324788}~\nN3*{A|32 BUFFALO RUN}~\nN4*{A|ROCKING HORSE*CA*99666}~\nDMG*D8*{D|19480601}*M~\nREF*Y4*{I|32323232}~\nCLM*{I|900000032}*185.00***11::1*Y*A*Y*Y*B*AA~\nDTP*439*D8*19940617~\nHI*BK:8842~\nNM1*82*1*{H|MOGLIE}*{H|BRUNO}****XX*687AB861~\nPRV*PE*ZZ*203BE004Y~\nNM1*77*2*{I|FERMANN HAND & FOOT CLINIC}*****XX*591PD123~\nN3*{I|10 1/2 SHOEMAKER STREET}~\nN4*{I|COBBLER*CA*99997}~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-dependent.837', 'lines 3-8',
     'ST*837*3456~\nBHT*0019*00*244579*19981015*1023*CH~\nREF*87*004010X098~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*TGJ23~\nPER*IC*{N|JERRY}*TE*{P|3055552222}*EX*231~\nNM1*40*2*{I|XYZ REPRICER}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-dependent.837', 'lines 9-17',
     'HL*1**20*1~\nNM1*85*2*{I|PREMIER BILLING SERVICE}*****24*587654321~\nN3*{I|234 SEAWAY ST}~\nN4*{I|MIAMI*FL*33111}~\nREF*G2*PBS3334~\nNM1*87*2*{I|KILDARE ASSOC}*****24*581234567~\nN3*{I|2345OCEAN BLVD}~\nN4*{I|MAIMI*FL*33111}~\nREF*G2*99878-ABA~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-dependent.837', 'lines 18-24',
     'HL*2*1*22*1~\nSBR*P**2222-SJ******CI~\nNM1*IL*1*{N|SMITH}*{N|JANE}****MI*{M|11223333}~\nDMG*D8*{D|19430501}*F~\nNM1*PR*2*{I|KEY INSURANCE COMPANY}*****PI*999996666~\nN3*{I|3333 OCEAN ST}~\nN4*{I|SOUTH MIAMI*FL*33000}~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-dependent.837', 'lines 25-40',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|SMITH}*{N|TED}****MI*{M|JS01111223333}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19730501}*M~\nREF*SY*{S|000221111}~\nCLM*{I|26463774}*100.00***11::1*Y*A*Y*Y*S~\nREF*D9*{I|17312345600006351}~\nHI*BK:0340*BF:V7389~\nNM1*82*1*{H|KILDARE}*{H|BEN}****24*999996666~\nPRV*PE*ZZ*203BF0100Y~\nREF*G2*KA6663~\nNM1*77*2*{I|KILDARE ASSOCIATES}*****24*581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-subscriber.837', 'lines 3-8',
     'ST*837*0021~\nBHT*0019*00*0123*19981015*1023*RP~\nREF*87*004010X098~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*TGJ23~\nPER*IC*{N|JERRY}*TE*{P|3055552222}*EX*231~\nNM1*40*2*{I|REPRICER XYZ}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-subscriber.837', 'lines 9-15',
     'HL*1**20*1~\nNM1*85*2*{I|PREMIER BILLING SERVICE}*****24*587654321~\nN3*{I|234 Seaway St}~\nN4*{I|Miami*FL*33111}~\nNM1*87*2*{I|KILDAREASSOC}*****24*581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_004010X098A1/patient-is-subscriber.837', 'lines 16-31',
     'HL*2*1*22*0~\nSBR*P*18*12312-A******HM~\nNM1*IL*1*{N|SMITH}*{N|TED}****MI*{M|000221111}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19430501}*M~\nNM1*PR*2*{I|ALLIANCE HEALTH AND LIFE INSURANCE}*****PI*741234~\nCLM*{I|26462967}*100.00***11::1*Y*A*Y*Y*C~\nDTP*431*D8*19981003~\nREF*D9*{I|17312345600006351}~\nHI*BK:0340*BF:V7389~\nNM1*82*1*{H|KILDARE}*{H|BEN}****34*112233334~\nPRV*PE*ZZ*203BF0100Y~\nNM1*77*2*{I|KILDARE ASSOCIATES}*****24*581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.ambulance.example5.837', 'lines 3-7',
     'ST*837*000017712*005010X222A2~\nBHT*0019*00*000017712*20050208*1112*CH~\nNM1*41*2*{I|AAA AMBULANCE SERVICE}*****46*376985369~\nPER*IC*{N|LISA SMITH}*TE*{P|3037752536}~\nNM1*40*2*{I|MEDICARE B}*****46*123245~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.ambulance.example5.837', 'lines 8-13',
     'HL*1**20*1~\nPRV*BI*PXC*3416L0300X~\nNM1*85*2*{I|AAA AMBULANCE SERVICE}*****XX*2366554859~\nN3*{I|12202 AIRPORT WAY}~\nN4*{I|BROOMFIELD*CO*800210021}~\nREF*EI*376985369~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.ambulance.example5.837', 'lines 14-34',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*{N|JONES}*{N|SARAH}*A***MI*{M|012345678A}~\nN3*{A|1129 REINDEER ROAD}~\nN4*{A|CARR*CO*80612}~\nDMG*D8*{D|19630729}*F~\nNM1*PR*2*{I|MEDICARE PART B}*****PI*123245~\nN3*{I|PO BOX 3543}~\nN4*{I|BALTIMORE*MD*666013543}~\nCLM*{I|051068}*766.50***41::1*Y*A*Y*Y*P*OA~\nDTP*439*D8*20050208~\nCR1*LB*275.00**A*DH*21.00****PATIENT IMOBILIZED~\nCRC*07*Y*04*06*09~\nCRC*07*N*05*07*08~\nHI*BK:8628*BF:E8888*BF:9592*BF:8540~\nNM1*PW*2~\nN3*{I|1129 REINDEER ROAD}~\nN4*{I|CARR*CO*80612}~\nNM1*45*2~\nN3*{I|10005 BANNOCK ST}~\nN4*{I|CHEYENNE*WY*82009}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.autoaccident.837', 'lines 3-7',
     'ST*837*0021*005010X222A2~\nBHT*0019*00*0125*20051111*1524*CH~\nNM1*41*2*{I|ASSOCIATED MEDICAL GROUP}*****46*1253695747~\nPER*IC*{N|JANICE HENDRIX}*TE*{P|2125557987}~\nNM1*40*2*{I|HEISMAN INSURANCE COMPANY}*****46*999888777~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.autoaccident.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|ASSOCIATED MEDICAL GROUP}*****XX*1253695747~\nN3*{I|10 1/2 SHOEMAKER STREET}~\nN4*{I|COBBLER*CA*99997}~\nREF*EI*579999999~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.autoaccident.837', 'lines 13-16',
     'HL*2*1*22*1~\nSBR*P********AM~\nNM1*IL*1*{N|HOWLING}*{N|HAL}****MI*{M|B99977791G}~\nNM1*PR*2*{I|HEISMAN INSURANCE COMPANY}*****PI*999888777~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.autoaccident.837', 'lines 17-34',
     'HL*3*2*23*0~\nPAT*21~\nNM1*QC*1*{N|DIMPSON}*{N|DJ}~\nN3*{A|32 BUFFALO RUN}~\nN4*{A|ROCKING HORSE*CA*99666}~\nDMG*D8*{D|19480601}*M~\nREF*Y4*{I|32323232}~\nPER*IC*{N|DJ DIMPSON}*TE*{P|8157665902}~\nCLM*{I|900000032}*185.00***11:B:1*Y*A*Y*Y**AA:::CA~\nDTP*439*D8*20051031~\nDTP*444*D8*20051031~\nHI*BK:8540~\nNM1*82*1*{H|MOGLIE}*{H|BRUNO}****XX*2366552595~\nPRV*PE*PXC*208D00000X~\nNM1*77*2*{I|ASSOCIATED MEDICAL GROUP}*****XX*1235767887~\nN3*{I|101 EAST PRYOR STREET}~\nN4*{I|LOMA LINDA*CA*99622}~\nPER*IC*{N|KAREN SPARKLE}*TE*{P|3425557987}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.2ndary.example4.837', 'lines 3-7',
     'ST*837*3701*005010X222A2~\nBHT*0019*00*007227*20050215*075420*CH~\nNM1*41*2*{I|DAVID GREEN}*****46*S01057~\nPER*IC*{N|KATHY SMITH}*TE*{P|4105558888}~\nNM1*40*2*{I|MEDICARE PART B MARYLAND}*****46*12345~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.2ndary.example4.837', 'lines 8-13',
     'HL*1**20*1~\nNM1*85*1*{H|GREENE}*{H|DAVID}*M***XX*1234567890~\nN3*{I|1264 OAK WOOD AVE}~\nN4*{I|BALTIMORE*MD*21236}~\nREF*EI*987654321~\nPER*IC*DR*TE*{I|4105551212}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.2ndary.example4.837', 'lines 14-26',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*{N|WILLIAMSON}*{N|MATTHEW}*J***MI*{M|123456789A}~\nN3*{A|128 BROADCREEK}~\nN4*{A|BALTIMORE*MD*21234}~\nDMG*D8*{D|19250110}*M~\nNM1*PR*2*{I|MEDICARE PART B MARYLAND}*****PI*C12345~\nCLM*{I|125WILL}*145.50***11>B>1*Y*A*Y*Y~\nDTP*454*D8*20050115~\nDTP*453*D8*20050110~\nDTP*455*D8*20050113~\nCR2********A**CHRONIC PAIN AND DISCOMFORT~\nHI*BK>7215~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example3.A.837', 'lines 3-7',
     'ST*837*0021*005010X222A2~\nBHT*0019*00*0123*20051015*1023*CH~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*TGJ23~\nPER*IC*{N|JERRY}*TE*{P|3055552222}~\nNM1*40*2*{I|XYZ REPRICER}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example3.A.837', 'lines 8-16',
     'HL*1**20*1~\nNM1*85*1*{H|KILDARE}*{H|BEN}****XX*1999996666~\nN3*{I|1234 SEAWAY ST}~\nN4*{I|MIAMI*FL*33111}~\nREF*EI*123456789~\nPER*IC*{N|CONNIE}*TE*{P|3055551234}~\nNM1*87*2~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example3.A.837', 'lines 17-24',
     'HL*2*1*22*1~\nSBR*P********CI~\nNM1*IL*1*{N|SMITH}*{N|JANE}****MI*{M|111223333}~\nDMG*D8*{D|19430501}*F~\nNM1*PR*2*{I|KEY INSURANCE COMPANY}*****PI*999996666~\nN3*{I|3333 OCEAN ST}~\nN4*{I|SOUTH MIAMI*FL*33000}~\nREF*G2*PBS3334~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example3.A.837', 'lines 25-43',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|SMITH}*{N|TED}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19730501}*M~\nCLM*{I|26407789}*79.04***11:B:1*Y*A*Y*I*P~\nHI*BK:4779*BF:2724*BF:2780*BF:53081~\nNM1*82*1*{H|KILDARE}*{H|BEN}****XX*1999996666~\nPRV*PE*PXC*204C00000X~\nREF*G2*KA6663~\nNM1*77*2*{I|KILDARE ASSOCIATES}*****XX*1581234567~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~\nSBR*S*01*******12~\nOI***Y*P**Y~\nNM1*IL*1*{N|SMITH}*{N|JACK}****MI*{M|T55TY666}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example4.837', 'lines 3-7',
     'ST*837*0002*005010X222A2~\nBHT*0019*00*000001142*20050214*115101*CH~\nNM1*41*2*{I|SPECIALISTS}*****46*1111111~\nPER*IC*{N|SUE}*TE*{P|8005558888}~\nNM1*40*2*{I|MEDICARE PENNSYLVANIA}*****46*10234~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.cob.example4.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|SPECIALISTS}*****XX*0100000009~\nN3*{I|5 MAP COURT}~\nN4*{I|MAYNE*PA*21236}~\nREF*EI*890123456~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.drug.example10.1.837', 'lines 3-7',
     'ST*837*0711*005010X222A2~\nBHT*0019*00*0013*20040801*1200*CH~\nNM1*41*2*{I|Associates in Medicine}*****46*587654321~\nPER*IC*{N|Bud Holly}*TE*{P|8017268899}~\nNM1*40*2*{I|XYZ Receiver}*****46*369852758~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.drug.example10.1.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|Associates in Medicine}*****XX*1234567893~\nN3*{I|1313 Las Vegas Boulevard}~\nN4*{I|Las Vegas*NV*89109}~\nREF*EI*587654321~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.drug.example10.1.837', 'lines 13-23',
     'HL*2*1*22*0~\nSBR*P*18*GRP01020102******CI~\nNM1*IL*1*{N|Vaughn}*{N|Steve}*R***MI*{M|MBRID12345}~\nN3*{A|236 Diamond ST}~\nN4*{A|Las Vegas*NV*89109}~\nDMG*D8*{D|19430501}*M~\nNM1*PR*2*{I|R&R Health Plan}*****XV*PLANID12345~\nCLM*{I|CLMNO12345}*103.37***11:B:1*Y*A*Y*Y~\nHI*BK:03591~\nNM1*82*1*{H|Hendrix}*{H|Jim}****XX*1122333341~\nPRV*PE*PXC*208D00000X~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example1.837', 'lines 3-7',
     'ST*837*0021*005010X222A2~\nBHT*0019*00*244579*20061015*1023*CH~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*TGJ23~\nPER*IC*{N|JERRY}*TE*{P|3055552222}*EX*231~\nNM1*40*2*{I|KEY INSURANCE COMPANY}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example1.837', 'lines 17-20',
     'HL*2*1*22*1~\nSBR*P**2222-SJ******CI~\nNM1*IL*1*{N|SMITH}*{N|JANE}****MI*{M|JS00111223333}~\nNM1*PR*2*{I|KEY INSURANCE COMPANY}*****PI*999996666~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example1.837', 'lines 21-29',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|SMITH}*{N|TED}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19730501}*M~\nCLM*{I|26463774}*100.00***11:B:1*Y*A*Y*I~\nREF*D9*{I|17312345600006351}~\nHI*BK:0340*BF:V7389~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example11.837', 'lines 3-7',
     'ST*837*1002*005010X222A2~\nBHT*0019*00*1002*20050620*09460000*CH~\nNM1*41*2*{I|REGIONAL PPO NETWORK}*****46*123456789~\nPER*IC*SUBMITTER CONTACT INFO*TE*{I|8001231234}~\nNM1*40*2*{I|EXTRA HEALTHY INSURANCE}*****46*112244~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example11.837', 'lines 8-13',
     'HL*1**20*1~\nNM1*85*2*{I|HAPPY DOCTORS GROUP PRACTICE}*****XX*1234567890~\nN3*{I|P O BOX 123}~\nN4*{I|FORT WAYNE*IN*462540000}~\nREF*EI*555512345~\nPER*IC*{N|SUE BILLINGSWORTH}*TE*{P|8881231234}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example11.837', 'lines 14-30',
     'HL*2*1*22*0~\nSBR*P*18*123XYZ******CI~\nNM1*IL*1*{N|RING}*{N|DIAMOND}*D***MI*{M|00124A089}~\nN3*{A|123 EXAMPLE DRIVE}~\nN4*{A|INDIANAPOLIS*IN*462290000}~\nDMG*D8*{D|19401229}*F~\nNM1*PR*2*{I|EXTRA HEALTHY INSURANCE}*****PI*12345~\nCLM*{I|ABC123-RI}*28.75***11>B>1*Y*A*Y*Y*P~\nREF*9A*{I|0902352342}~\nREF*D9*{I|061505501749388}~\nHI*BK>496*BF>25000~\nHCP*03*26.75*2.00*908231234~\nNM1*DN*1*{H|DOE}*{H|JOHN}****XX*9988776655~\nNM1*82*1*{H|ANTHONY}*{H|SUSAN}*B***XX*1122334455~\nNM1*77*2*{I|HAPPY DOCTORS GROUP}~\nN3*{I|123 FEEL GOOD ROAD}~\nN4*{I|WASHINGTON*IN*475010000}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example12.837', 'lines 3-7',
     'ST*837*1024*005010X222A2~\nBHT*0019*00*1024*20050711*1335*CH~\nNM1*41*2*{I|REGIONAL PPO NETWORK}*****46*123456789~\nPER*IC*SUBMITTER CONTACT INFO*TE*{I|8001231234}~\nNM1*40*2*{I|CONSERVATIVE INSURANCE}*****46*000110002~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example12.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|EMERGENCY PHYSICIANS GROUP}*****XX*1122334455~\nN3*{I|7423 SUPER STREET}~\nN4*{I|BILLINGS*MO*919910000}~\nREF*EI*111002222~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example12.837', 'lines 13-19',
     'HL*2*1*22*1~\nSBR*P**232AA******CI~\nNM1*IL*1*{N|SMITH}*{N|MATTHEW}*R***MI*{M|57976235C}~\nN3*{A|5698 SOUTH STREET}~\nN4*{A|BILLINGS*MO*919910000}~\nDMG*D8*{D|19561015}*M~\nNM1*PR*2*{I|CONSERVATIVE INSURANCE}*****PI*00123~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example12.837', 'lines 20-37',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|SMITH}*{N|TOM}*E~\nN3*{A|5698 SOUTH STREET}~\nN4*{A|BILLINGS*MO*919910000}~\nDMG*D8*{D|19960807}*M~\nCLM*{I|TS234H3}*252.71***23>B>1*Y*A*Y*Y*P~\nREF*9A*{I|0902345406}~\nREF*D9*{I|687534234346}~\nHI*BK>9951~\nHCP*00*0.00**333001234*********T1~\nNM1*82*1*{H|BLUE}*{H|JACKIE}*D***XX*1112223336~\nSBR*S*18*56567******12~\nOI***Y***Y~\nNM1*IL*1*{N|SMITH}*{N|TOM}*E***MI*{M|23424570}~\nN3*{A|5698 SOUTH STREET}~\nN4*{A|BILLINGS*MO*919910000}~\nNM1*PR*2*{I|SECONDARY INSURANCE COMPANY}*****PI*95645~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example2.837', 'lines 3-7',
     'ST*837*0021*005010X222A2~\nBHT*0019*00*0123*20061015*1023*RP~\nNM1*41*2*{I|PREMIER BILLING SERVICE}*****46*TGJ23~\nPER*IC*{N|JERRY}*TE*{P|3055552222}*EX*231~\nNM1*40*2*{I|AHLIC}*****46*66783JJT~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example2.837', 'lines 8-16',
     'HL*1**20*1~\nPRV*BI*PXC*203BF0100Y~\nNM1*85*2*{I|BEN KILDARE SERVICE}*****XX*9876543210~\nN3*{I|234 SEAWAY ST}~\nN4*{I|MIAMI*FL*33111}~\nREF*EI*587654321~\nNM1*87*2~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example2.837', 'lines 17-30',
     'HL*2*1*22*0~\nSBR*P*18*12312-A******HM~\nNM1*IL*1*{N|SMITH}*{N|TED}****MI*{M|00221111}~\nN3*{A|236 N MAIN ST}~\nN4*{A|MIAMI*FL*33413}~\nDMG*D8*{D|19430501}*M~\nNM1*PR*2*{I|ALLIANCE HEALTH AND LIFE INSURANCE}*****PI*741234~\nCLM*{I|26462967}*100.00***11:B:1*Y*A*Y*I~\nDTP*431*D8*19981003~\nREF*D9*{I|17312345600006351}~\nHI*BK:0340*BF:V7389~\nNM1*77*2*{I|KILDARE ASSOCIATES}*****XX*5812345679~\nN3*{I|2345 OCEAN BLVD}~\nN4*{I|MIAMI*FL*33111}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example6.837', 'lines 3-7',
     'ST*837*3701*005010X222A2~\nBHT*0019*00*007227*20050215*075420*CH~\nNM1*41*2*{I|DAVID GREEN}*****46*S01057~\nPER*IC*{N|KATHY SMITH}*TE*{P|4105558888}~\nNM1*40*2*{I|MEDICARE PART B MARYLAND}*****46*12345~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example6.837', 'lines 8-13',
     'HL*1**20*1~\nNM1*85*1*{H|GREENE}*{H|DAVID}*M***XX*1234567890~\nN3*{I|1264 OAK WOOD AVE}~\nN4*{I|BALTIMORE*MD*21236}~\nREF*EI*987654321~\nPER*IC*DR*TE*{I|4105551212}~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example6.837', 'lines 14-26',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*{N|WILLIAMSON}*{N|MATTHEW}*J***MI*{M|123456789A}~\nN3*{A|128 BROADCREEK}~\nN4*{A|BALTIMORE*MD*21234}~\nDMG*D8*{D|19250110}*M~\nNM1*PR*2*{I|MEDICARE PART B MARYLAND}*****PI*C12345~\nCLM*{I|125WILL}*145.50***11>B>1*Y*A*Y*Y~\nDTP*454*D8*20050115~\nDTP*453*D8*20050110~\nDTP*455*D8*20050113~\nCR2********A**CHRONIC PAIN AND DISCOMFORT~\nHI*BK>7215~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example7.837', 'lines 3-7',
     'ST*837*0001*005010X222A2~\nBHT*0019*00*16*20050326*1036*CH~\nNM1*41*2*{I|OXYGEN SUPPLY COMPANY}*****46*ABC11111~\nPER*IC*{N|BONNIE}*TE*{P|8125551111}*EM*{I|HELPDESK@OXYGEN.COM}~\nNM1*40*2*{I|DMERC CARRIER}*****46*99999~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example7.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|OXYGEN SUPPLY COMPANY}*****XX*9992233334~\nN3*{I|1800 EAST RIDGE DRIVE}~\nN4*{I|RICHMOND*IN*46224}~\nREF*EI*389999999~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example7.837', 'lines 13-21',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*{N|SMITH}*{N|TERRY}****MI*{M|111222333A}~\nN3*{A|121 SOUTH ST}~\nN4*{A|RICHMOND*IN*46236}~\nDMG*D8*{D|19380105}*F~\nNM1*PR*2*{I|DMERC CARRIER}*****PI*99999~\nCLM*{I|R03996273 #01}*520.24***11:B:1*Y*A*Y*Y~\nHI*BK:496*BF:51881*BF:2859~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example8.837', 'lines 3-7',
     'ST*837*112233*005010X222A2~\nBHT*0019*00*16*20050326*1036*CH~\nNM1*41*2*{I|XYZ WHEELCHAIRS INC}*****46*ABC55~\nPER*IC*{N|JANE}*TE*{P|2225551111}~\nNM1*40*2*{I|DMERC CARRIER}*****46*99999~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example8.837', 'lines 8-13',
     'HL*1**20*1~\nNM1*85*2*{I|XYZ WHEELCHAIR INC}*****XX*7778889999~\nN3*{I|1440 NORTH STREET}~\nN4*{I|LAFAYETTE*IN*47904}~\nREF*EI*123567989~\nREF*1G*0426960001~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example8.837', 'lines 14-23',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nPAT*******01*155.00~\nNM1*IL*1*{N|SMITH}*{N|JAMES}****MI*{M|987654321A}~\nN3*{A|12 MAIN ST}~\nN4*{A|FRANKFORT*IN*46209}~\nDMG*D8*{D|19201023}*M~\nNM1*PR*2*{I|DMERC CARRIER}*****PI*99999~\nCLM*{I|SMI123}*75.00***12:B:1*Y*A*Y*Y~\nHI*BK:436*BF:3449~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example9.837', 'lines 3-7',
     'ST*837*0001*005010X222A2~\nBHT*0019*00*0123*20050117*1023*CH~\nNM1*41*2*{I|PROVIDER MEDICAL GROUP}*****46*N305~\nPER*IC*{N|NINA}*TE*{P|6155551212}*EX*911~\nNM1*40*2*{I|ABC PAYER}*****46*05440~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example9.837', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|PROVIDER MEDICAL GROUP}*****XX*2366554859~\nN3*{I|1234 WEST END AVE}~\nN4*{I|NASHVILLE*TN*37232}~\nREF*EI*756473826~'),
    ('lf:src/tests/resources/837_005010X222A2/demo.example9.837', 'lines 13-27',
     'HL*2*1*22*0~\nSBR*P*18*******MB~\nNM1*IL*1*{N|JONES}*{N|MARGARET}****MI*{M|123456789A}~\nN3*{A|123 RAINBOW ROAD}~\nN4*{A|NASHVILLE*TN*37232}~\nDMG*D8*{D|19740303}*F~\nNM1*PR*2*{I|ABC PAYER}*****PI*05440~\nCLM*{I|153829140}*827.00***22>B>1*Y*A*Y*Y~\nHI*BK>36616~\nNM1*82*1*{H|TOWNSEND}*{H|JACOB}*E***XX*5678912345~\nPRV*PE*PXC*207L00000X~\nREF*1G*A41234~\nNM1*77*2*{I|PROVIDER OP HOSP}*****XX*432198765~\nN3*{I|345 MAIN DRIVE}~\nN4*{I|NASHVILLE*TN*37232}~'),
    ('lf:src/tests/resources/837_005010X223A3/institutional-claim.837i', 'lines 3-7',
     'ST*837*987654*005010X223A3~\nBHT*0019*00*0123*19960918*0932*CH~\nNM1*41*2*{I|JONES HOSPITAL}*****46*12345~\nPER*IC*{N|JANE DOE}*TE*{P|9005555555}~\nNM1*40*2*{I|MEDICARE}*****46*00120~'),
    ('lf:src/tests/resources/837_005010X223A3/institutional-claim.837i', 'lines 8-13',
     'HL*1**20*1~\nPRV*BI*PXC*203BA0200N~\nNM1*85*2*{I|JONES HOSPITAL}*****XX*9876540809~\nN3*{I|225 MAIN STREET BARKLEY BUILDING}~\nN4*{I|CENTERVILLE*PA*17111}~\nREF*EI*567891234~'),
    ('lf:src/tests/resources/837_005010X223A3/out-of-network-repriced-claim.837i', 'lines 3-7',
     'ST*837*1024*005010X223A3~\nBHT*0019*00*1024*20050711*1335*CH~\nNM1*41*2*{I|REGIONAL PPO NETWORK}*****46*123456789~\nPER*IC*SUBMITTER CONTACT INFO*TE*{I|8001231234}~\nNM1*40*2*{I|CONSERVATIVE INSURANCE COMPANY}*****46*000110002~'),
    ('lf:src/tests/resources/837_005010X223A3/out-of-network-repriced-claim.837i', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|LOCAL HOSPITAL}*****XX*1122334455~\nN3*{I|3423 SMALL STREET}~\nN4*{I|COLUMBUS*OH*432150000}~\nREF*EI*111002222~'),
    ('lf:src/tests/resources/837_005010X223A3/out-of-network-repriced-claim.837i', 'lines 13-29',
     'HL*2*1*22*0~\nSBR*P*18*34561W******CI~\nNM1*IL*1*{N|SMITH}*{N|JAMES}*A***MI*{M|34902390F}~\nN3*{A|934 NORTH STREET}~\nN4*{A|COLUMBUS*OH*432150000}~\nDMG*D8*{D|19621015}*M~\nNM1*PR*2*{I|CONSERVATIVE INSURANCE}*****PI*0012~\nCLM*{I|W392-49141}*14.84***13>A>1*Y*A*Y*Y~\nDTP*434*RD8*20050617-20050617~\nDTP*435*DT*200506170800~\nCL1*1*1*01~\nAMT*F3*14.84~\nREF*9A*{I|459804390823}~\nREF*D9*{I|32423466233}~\nHI*BK>53081~\nHCP*00*0.00**333001234*********T1~\nNM1*71*1*{H|RIVERS}*{H|DAWN}****XX*2244224455~'),
    ('lf:src/tests/resources/837_005010X223A3/ppo-repriced-claim.837i', 'lines 3-7',
     'ST*837*1002*005010X223A3~\nBHT*0019*00*1002*20050721*09460000*CH~\nNM1*41*2*{I|REGIONAL PPO NETWORK}*****46*123456789~\nPER*IC*SUBMITTER CONTACT INFO*TE*{I|8001231234}~\nNM1*40*2*{I|LOCAL INSURANCE COMPANY}*****46*54334452~'),
    ('lf:src/tests/resources/837_005010X223A3/ppo-repriced-claim.837i', 'lines 8-12',
     'HL*1**20*1~\nNM1*85*2*{I|GOOD HEALTH HOSPITAL}*****XX*1257234346~\nN3*{I|592 NORTH ELM STREET}~\nN4*{I|EDGEWOOD*AZ*860015590}~\nREF*EI*344232321~'),
    ('lf:src/tests/resources/837_005010X223A3/ppo-repriced-claim.837i', 'lines 13-19',
     'HL*2*1*22*1~\nSBR*P**46522567AW******CI~\nNM1*IL*1*{N|JONES}*{N|JENNY}****MI*{M|345U8423H}~\nN3*{A|4512 WEST AVENUE}~\nN4*{A|EVANSVILLE*AZ*863030000}~\nDMG*D8*{D|19690731}*F~\nNM1*PR*2*{I|LOCAL INSURANCE COMPANY}*****PI*7452723~'),
    ('lf:src/tests/resources/837_005010X223A3/ppo-repriced-claim.837i', 'lines 20-41',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|JONES}*{N|JOY}~\nN3*{A|4512 WEST AVENUE}~\nN4*{A|EVANSVILLE*AZ*863030000}~\nDMG*D8*{D|19980820}*F~\nCLM*{I|456DFH43}*237.50***13>A>1*Y*A*Y*Y~\nDTP*434*RD8*20050706-20050706~\nDTP*435*DT*200507060800~\nCL1*1*2*01~\nAMT*F3*237.50~\nREF*9A*{I|09459034092}~\nREF*D9*{I|04566877634343456}~\nHI*BK>38181~\nHI*BF>38900~\nHI*BH>11>D8>20050706~\nHCP*03*182.88*54.62*123456789~\nNM1*71*1*{H|JOHNSON}*{H|SIMON}****XX*5544332211~\nSBR*S*19*T&T PLUMBING COMPANY******CI~\nOI***Y***Y~\nNM1*IL*1*{N|JONES}*{N|GEORGE}****MI*{M|56454566}~\nNM1*PR*2*{I|OTHER COVERAGE COMPANY}*****PI*534524~'),
    ('lf:src/tests/resources/837_005010X223A3/two-claims-single-provider.837i', 'lines 3-7',
     'ST*837*987654*005010X223A3~\nBHT*0019*00*0123*20050630*0932*CH~\nNM1*41*2*{I|JONES HOSPITAL}*****46*12345~\nPER*IC*{N|JANE DOE}*TE*{P|1112223333}~\nNM1*40*2*{I|TRICARE}*****46*99999~'),
    ('lf:src/tests/resources/837_005010X223A3/two-claims-single-provider.837i', 'lines 8-13',
     'HL*1**20*1~\nPRV*BI*PXC*282N00000X~\nNM1*85*2*{I|JONES HOSPITAL}*****XX*1234567890~\nN3*{I|225 MAIN STREET}~\nN4*{I|ANYWHERE*PA*17111}~\nREF*EI*123456789~'),
    ('lf:src/tests/resources/837_005010X223A3/two-claims-single-provider.837i', 'lines 14-27',
     'HL*2*1*22*0~\nSBR*P*18*******CH~\nNM1*IL*1*{N|DOE}*{N|JON}*T***MI*{M|030005074}~\nN3*{A|125 CITY AVENUE}~\nN4*{A|CENTERVILLE*PA*17111}~\nDMG*D8*{D|19681111}*M~\nNM1*PR*2*{I|TRICARE}*****PI*99999~\nCLM*{I|756048Q}*89.95***13:A:1*Y*C*Y*Y~\nDTP*434*RD8*20050315-20050315~\nCL1*1**01~\nHI*BK:3669~\nHI*BF:4019*BF:79431~\nNM1*71*1*{H|JONES}*{H|JOHN}*J***XX*1122334455~\nREF*1G*U12345~'),
    ('lf:src/tests/resources/837_005010X223A3/two-claims-single-provider.837i', 'lines 34-46',
     'HL*3*1*22*0~\nSBR*P*18*******CH~\nNM1*IL*1*{N|SMITH}*{N|JOE}****MI*{M|123405074}~\nN3*{A|5 MAIN STREET}~\nN4*{A|ANYWHERE*PA*17111}~\nDMG*D8*{D|19621210}*M~\nNM1*PR*2*{I|TRICARE}*****PI*99999~\nCLM*{I|756049Q}*50.00***13:A:1*Y*C*Y*Y~\nDTP*434*RD8*20050401-20050401~\nCL1*1**01~\nHI*BK:30000~\nNM1*71*1*{H|JONES}*{H|JUDY}*J***XX*9999999999~\nPRV*AT*PXC*363LP0200N~'),
    ('px:pyx12/examples/example834_5010.txt', 'lines 3-7',
     'ST*834*0001*005010X220A1~ \nBGN*00*88880070301  00*20150305*181245****4~ \nDTP*007*D8*20150301~\nN1*P5*{I|PAYER 1}*FI*999999999~\nN1*IN*{I|KCMHSAS}*FI*999999999~'),
    ('px:pyx12/examples/example834_5010.txt', 'lines 8-21',
     'INS*Y*18*030*XN*A*C   **FT~\nREF*0F*{M|00389999~}\nREF*1L*{I|000003409999~}\nREF*3H*K129999A~\nDTP*356*D8*20150301~\nNM1*IL*1*{N|DOE}*{N|JOHN}*A***34*{S|999999999~}\nN3*{A|777 ELM ST~}\nN4*{A|ALLEGAN*MI*49010}**CY*03~\nDMG*D8*{D|19670330}*M**O~\nLUI***ESSPANISH~\nHD*030**AK*064703*IND~\nDTP*348*D8*20150301~\nAMT*P3*45.34~\nREF*17*E  1F~'),
    ('px:pyx12/tests/834_deident_family.txt', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*20260401-002*20260401*0900****2~\nN1*P5*{I|WIDGET CORPORATION}*FI*234567891~\nN1*IN*{I|CAREPLUS HEALTH PLAN}*FI*876543219~'),
    ('px:pyx12/tests/834_deident_family.txt', 'lines 7-16',
     'INS*Y*18*021*XN*A*C**FT~\nREF*0F*{M|M000002}~\nREF*1L*{I|GRP002}~\nDTP*356*D8*20260401~\nNM1*IL*1*{N|SMITH}*{N|ROBERT}*J***34*{S|000000002}~\nN3*{A|200 OAK AVE}~\nN4*{A|RIVERSIDE*CA*92501}~\nDMG*D8*{D|19750820}*M~\nHD*021**PPO**FAM~\nDTP*348*D8*20260401~'),
    ('px:pyx12/tests/834_deident_family.txt', 'lines 17-21',
     'INS*N*01*021*XN*A*C**FT~\nREF*0F*{M|M000003}~\nDTP*356*D8*20260401~\nNM1*IL*1*{N|SMITH}*{N|MARY}*A***34*{S|000000003}~\nDMG*D8*{D|19770303}*F~'),
    ('px:pyx12/tests/834_deident_family.txt', 'lines 22-26',
     'INS*N*19*021*XN*A*C**FT~\nREF*0F*{M|M000004}~\nDTP*356*D8*20260401~\nNM1*IL*1*{N|SMITH}*{N|MICHAEL}****34*{S|000000004}~\nDMG*D8*{D|20100612}*M~'),
    ('px:pyx12/tests/834_deident_new_enroll.txt', 'lines 3-7',
     'ST*834*0001*005010X220A1~\nBGN*00*20260401-001*20260401*1200****2~\nREF*38*GRP001~\nN1*P5*{I|ACME CORPORATION}*FI*123456780~\nN1*IN*{I|BEST HEALTH PLAN}*FI*987654320~'),
    ('px:pyx12/tests/834_deident_new_enroll.txt', 'lines 8-17',
     'INS*Y*18*021*XN*A*C**FT~\nREF*0F*{M|M000001}~\nREF*1L*{I|GRP001}~\nDTP*356*D8*20260401~\nNM1*IL*1*{N|DOE}*{N|JANE}*M***34*{S|000000001}~\nN3*{A|100 MAIN ST}~\nN4*{A|SPRINGFIELD*IL*62701}~\nDMG*D8*{D|19800515}*F~\nHD*021**HMO**EMP~\nDTP*348*D8*20260401~'),
    ('px:pyx12/tests/834_deident_term.txt', 'lines 3-6',
     'ST*834*0001*005010X220A1~\nBGN*00*20260401-003*20260401*1500****2~\nN1*P5*{I|TECH CORPORATION}*FI*345678902~\nN1*IN*{I|PRIME HEALTH INSURANCE}*FI*765432108~'),
    ('px:pyx12/tests/834_deident_term.txt', 'lines 7-17',
     'INS*Y*18*024*XN*T*C**FT~\nREF*0F*{M|M000010}~\nREF*1L*{I|GRP003}~\nDTP*356*D8*20210101~\nDTP*357*D8*20260331~\nNM1*IL*1*{N|JONES}*{N|PATRICIA}****34*{S|000000010}~\nN3*{A|300 PINE RD}~\nN4*{A|LAKEWOOD*OH*44107}~\nDMG*D8*{D|19680924}*F~\nHD*024**PPO**EMP~\nDTP*349*D8*20260331~'),
    ('px:pyx12/tests/834_deident_term.txt', 'lines 18-28',
     'INS*Y*18*024*XN*T*C**FT~\nREF*0F*{M|M000011}~\nREF*1L*{I|GRP003}~\nDTP*356*D8*20210601~\nDTP*357*D8*20260331~\nNM1*IL*1*{N|BROWN}*{N|THOMAS}*R***34*{S|000000011}~\nN3*{A|401 CEDAR LN}~\nN4*{A|LAKEWOOD*OH*44107}~\nDMG*D8*{D|19720415}*M~\nHD*024**PPO**EMP~\nDTP*349*D8*20260331~'),
    ('px:pyx12/tests/835_mult_loops.txt', 'lines 3-12',
     'ST*835*0001~\nBPR*H*0*C*NON************20041028~\nTRN*1*{I|000000000}*1386000134~\nREF*EV*00GR~\nDTM*405*20130901~\nN1*PR*{I|PAYER}~\nN3*{I|P.O. BOX 30479}~\nN4*{I|LANSING*MI*48909}~\nPER*BL*{N|JOHN WAYNE}*TE*{P|9995551212}~\nN1*PE*{I|UNKNOWN}*FI*444313000~'),
    ('px:pyx12/tests/835_mult_loops.txt', 'lines 15-17',
     'CLP*{I|2005555A}*4*915.39*0**MC*{I|4276512332}~\nNM1*QC*1*{N|BACH}*{N|JOHANN}*S***MR*{M|00001612}~\nNM1*82*2*{I|PAYEE}*****MC*44452736~'),
    ('px:pyx12/tests/834_ls_le_ls.txt', 'lines 3-7',
     'ST*834*146001*005010X220A1~\nBGN*00*0158420020130310001*20130312*0206*PT***2~\nREF*38*500647166~\nN1*P5*{I|OR-MMIS}*FI*930592162~\nN1*IN**FI*455492679~'),
    ('ts:tests/837I-Patient-NotSubscriber.txt', 'lines 3-8',
     'ST*837*0001~\nBHT*0019*00*0001*20020122*1100*CH~\nREF*87*004010X096A1~\nNM1*41*2*{I|GENERAL HOSP}*****46*91-7777666~\nPER*IC*{N|SUSAN}*TE*{P|2064551111}~\nNM1*40*2* WORLDWIDE INSUR*****46*91-1234567~'),
    ('ts:tests/837I-Patient-NotSubscriber.txt', 'lines 9-12',
     'HL*1**20*1~\nNM1*85*2*{I|GENERAL HOSP}*****24*91-7777666~\nN3*{I|404 2ND AVE}~\nN4*{I|SEATTLE*WA*98112}~'),
    ('ts:tests/837I-Patient-NotSubscriber.txt', 'lines 13-20',
     'HL*2*1*22*1~\nSBR*P***CSI INC*****CI~\nNM1*IL*1*{N|FLINTSTONE}*{N|FRED}****MI*{M|WW2020-01}~\nN3*{A|666 BEDROCK LN}~\nN4*{A|QUARRYVILLE*WA*98666}~\nNM1*PR*2* WORLDWIDE INSUR*****PI*91-1234567~\nN3*{I|2020 1ST AVE}~\nN4*{I|SEATTLE*WA*98112}~'),
    ('ts:tests/837I-Patient-NotSubscriber.txt', 'lines 21-43',
     'HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*{N|FLINSTONE}*{N|PEBBLES}****MI*{M|WW2020-03}~\nN3*{A|666 BEDROCK LN}~\nN4*{A|QUARRYVILLE*WA*98666}~\nDMG*D8*{D|19721201}*F~\nCLM*{I|FF555672020}*974***13:A:1*Y*A*Y*A*********Y~\nDTP*434*D8*20011101~\nCL1*3*7~\nREF*EA*{M|310628838}~\nNTE*ADD*ACC-FELL OUT OF CAR~\nHI*BK:78907*BJ:78907~\nHI*BH:11:D8:20011101~\nHI*BG:09~\nNM1*71*1*{H|WELBY}*{H|MARCUS}***MD*34*886027777~\nPRV*AT*ZZ*363LN0000X~\nREF*G2*MWB7777~\nSBR*S*17**WIZYWIG INC*****CI~\nDMG*D8*{D|19521001}*F~\nOI***Y***A~\nNM1*IL*1*{N|FLINTSTONE}*{N|WILMA}****MI*{M|WF55550}~\nNM1*PR*2*{I|WASHINGTON HEALTH SERVICES}*****PI*91-5779491~\nNM1*QC*1******MI*{M|WF5555002}~'),
    ('ts:tests/837I-Patient-NotSubscriber2.txt', 'lines 3-8',
     'ST*837*0001~\nBHT*0019*00*0001*20020122*1100*CH~\nREF*87*004010X096A1~\nNM1*41*2*{I|GENERAL HOSP}*****46*917777666~\nPER*IC*{N|SUSAN}*TE*{P|2064551111}~\nNM1*40*2* WASHINGTON HEALTH SERVICES*****46*915779491~'),
    ('ts:tests/837I-Patient-NotSubscriber2.txt', 'lines 9-12',
     'HL*1**20*1~\nNM1*85*2*{I|GENERAL HOSP}*****24*917777666~\nN3*{I|404 2ND AVE}~\nN4*{I|SEATTLE*WA*98112}~'),
    ('ts:tests/837I-Patient-NotSubscriber2.txt', 'lines 13-20',
     'HL*2*1*22*1~\nSBR*S***CSI INC*****CI~\nNM1*IL*1*{N|FLINTSTONE}*{N|WILMA}****MI*{M|WF55550}~\nN3*{A|666 BEDROCK LN}~\nN4*{A|QUARRYVILLE*WA*98666}~\nNM1*PR*2* WASHINGTON HEALTH SERVICES*****PI*915779491~\nN3*{I|234 2ND AVE}~\nN4*{I|SEATTLE*WA*98112}~'),
    ('ts:tests/837I-Patient-NotSubscriber2.txt', 'lines 21-49',
     'HL*3*2*23*0~\nPAT*17~\nNM1*QC*1*{N|FLINSTONE}*{N|PEBBLES}****MI*{M|WF5555002}~\nN3*{A|666 BEDROCK LN}~\nN4*{A|QUARRYVILLE*WA*98666}~\nDMG*D8*{D|19721201}*F~\nCLM*{I|FF559872032}*3712***11:A:1*Y*A*Y*A*********Y~\nDTP*096*TM*1700~\nDTP*434*RD8*20011115-20011117~\nDTP*435*DT*200111151500~\nCL1*4*1*01~\nREF*EA*{M|310628838}~\nHI*BK:65421*BJ:65961~\nHI*BF:64891*BF:V270~\nHI*BR:741~\nHI*BQ:7279~\nNM1*71*1*{H|WELBY}*{H|MARCUS}***MD*34*886027777~\nPRV*AT*ZZ*363LN0000X~\nREF*G2*YT5555~\nSBR*P*19**CSI INC*****CI~\nAMT*C4*2500~\nDMG*D8*{D|19501101}*M~\nOI***Y***A~\nNM1*IL*1*{N|FLINTSTONE}*{N|FRED}****MI*{M|WW2020-01}~\nN3*{A|666 BEDROCK LANE}~\nN4*{A|QUARRYVILLE*WA*98666}~\nNM1*PR*2*{I|WORLDWIDE INSURANCE}*****PI*911234567~\nREF*G1*{I|888990}~\nNM1*QC*1******MI*{M|WF2020-03}~'),
    ('ts:tests/837I-Patient-Subscriber.txt', 'lines 3-8',
     'ST*837*0001~\nBHT*0019*00*0001*20020122*1100*CH~\nREF*87*004010X096A1~\nNM1*41*2*{I|CLAIMS R US}*****46*911257070~\nPER*IC*CONTACT NAME*TE*{I|555-546-1234}~\nNM1*40*2* WORLDWIDE INSUR*****46*911234567~'),
    ('ts:tests/837I-Patient-Subscriber.txt', 'lines 9-13',
     'HL*1**20*1~\nNM1*85*2*{I|GENERAL HOSP}*****24*917777666~\nN3*{I|404 2ND AVE}~\nN4*{I|SEATTLE*WA*98112}~\nREF*G2*XYZ~'),
    ('ts:tests/837I-Patient-Subscriber.txt', 'lines 14-32',
     'HL*2*1*22*0~\nSBR*P*18**CSI INC*****CI~\nNM1*IL*1*{N|FLINTSTONE}*{N|FRED}****MI*{M|WW2020-01}~\nN3*{A|666 BEDROCK LN}~\nN4*{A|QUARRYVILLE*WA*98666}~\nDMG*D8*{D|19501101}*M~\nNM1*PR*2* WORLDWIDE INSUR*****PI*911234567~\nN3*{I|2020 1ST AVE}~\nN4*{I|SEATTLE*WA*98112}~\nCLM*{I|FF555202020}*2750***11:A:1*Y*A*Y*Y*********Y~\nDTP*096*TM*0900~\nDTP*434*RD8*20011205-20011207~\nDTP*435*DT*200112051000~\nCL1*3*1*01~\nHI*BK:27542*BJ:2669~\nHI*BF:260~\nNM1*71*1*{H|WELBY}*{H|MARCUS}***MD*34*886027777~\nPRV*AT*ZZ*363LN0000X~\nREF*G2*MWB7777~'),
    ('ts:tests/5010-835-example-3.txt', 'lines 3-17',
     'ST*835*0001~\nBPR*I*57.44*C*CHK************20110930~\nTRN*1*{I|123456789}*1123456789~\nREF*EV*5010835EXAMPLE~\nDTM*405*20110930~\nN1*PR*{I|PAYER NAME}~\nN3*{I|PAYER ADDRESS}~\nN4*{I|CINCINNATI*OH*45206}~\nPER*CX**TE*{I|8003030303}~\nPER*BL*TECHNICAL CONTACT*TE*{I|8004040404}*EM*{I|PAYER@PAYER.COM}~\nPER*IC**UR*WWW.PAYER.COM~\nN1*PE*{I|PROVIDER NAME}*XX*1122334455~\nN3*{I|PROVIDER ADDRESS}~\nN4*{I|CITY*OH*89999}~\nREF*TJ*123456789~'),
    ('ts:tests/837-example.txt', 'lines 3-8',
     'ST*837*0001~\nBHT*0019*00*180*20060209*0826*CH~\nREF*87*004010X098A1~\nNM1*41*2*{I|Brisbane Schools}*****46*567891234~\nPER*IC*Some Contact*TE*{I|5551231234}~\nNM1*40*2*{I|MN Department of Human Services}*****46*41-1674742~'),
    ('ts:tests/837-example.txt', 'lines 9-13',
     'HL*1**20*1~\nNM1*85*2*{I|Brisbane Schools}*****24*12-3456789~\nN3*{I|101 Brisbane Lane}~\nN4*{I|Brisbane*MN*561641234}~\nREF*1D*123456789~'),
    ('ts:tests/837-example.txt', 'lines 14-21',
     'HL*2*1*22*0~\nSBR*S*18*******MC~\nNM1*IL*1*{N|Student}*{N|Some}****MI*{M|12345678}~\nN3*{A|109 Plum Street}~\nN4*{A|Somewherein*MN.*56123}~\nDMG*D8*{D|19950505}*M~\nNM1*PR*2*{I|MN Department of Human Services}*****PI*41-1674742~\nCLM*{I|0777-0777-12345678}*32.73***03::1*Y*A*Y*Y*C~'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_halves(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), split_rows=split_rows
    )


if __name__ == "__main__":
    sys.exit(main())
