"""Build bench/phi_external.jsonl from public, externally written de-identification material.

Run once (needs the source repositories mirrored locally, see SOURCES); the output is committed,
so nobody else needs this script to run the benchmark. It is kept so the set can be audited and
rebuilt.

Every case records where its text came from (repository, commit, path, record). Labels are the
sources' own, mapped to our placeholder types:

- PATIENT-NAME, ADDRESS, MRN, PHONE, SSN, EMAIL, DOB: identifiers that must be scrubbed;
- HCP: clinician names the source marks as such (must stay: they are who reps visit);
- IGNORE: what the source labels but the product deliberately keeps (institutions, visit dates,
  ages, card numbers...); a detection there is neither a hit nor a false positive.

The split is fixed here, before any tuning, by a hash of the source document group (a
PhysioNet patient, an i2b2 note, a presidio template, a test file), so near-identical sentences
from one template never straddle the two parts.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

MIRRORS = Path("/work/.mirror")
OUT = Path(__file__).resolve().parent / "phi_external.jsonl"

PHYSIONET = ("pisces7lning/deid2021", "ec3f4114551507695ab9e0b1052668906313fcd1")
I2B2 = ("BCHSI/philter-ucsf", "4da3cf31c9bfbfd66c66b141c45ba7a47628dd0a")
PRESIDIO_SYNTH = ("microsoft/presidio-research", "7622dec1e5f7d25dc60b57c28c39f4c4af197018")
SCRUBADUB = ("LeapBeyond/scrubadub", None)
PRESIDIO = ("microsoft/presidio", "0aa9f8e44275cb52c00fbbebe19168e934e1f076")

PHILEAS = ("philterd/phileas", "2bfa59a45b88eccee78456a9c986488638b1eca8")
_PHILEAS_SSN = (
    "phileas-core/src/test/java/ai/philterd/test/phileas/services/filters/SsnFilterTest.java"
)

HELD_OUT_SHARE = 40  # percent of groups


def _git_show(repo: str, path: str, commit: str | None = None) -> str:
    gitdir = MIRRORS / repo.replace("/", "+") / "repo"
    rev = commit or "HEAD"
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", f"{rev}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _head(repo: str) -> str:
    gitdir = MIRRORS / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "rev-parse", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def _split(group: str) -> str:
    h = int(hashlib.sha1(group.encode()).hexdigest(), 16) % 100
    return "heldout" if h < HELD_OUT_SHARE else "tune"


def _case(text: str, spans: list[tuple[int, int, str]], source: dict, group: str) -> dict:
    for s, e, _ in spans:
        assert 0 <= s < e <= len(text), (s, e, text)
    return {
        "text": text,
        "spans": [
            {"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in sorted(spans)
        ],
        "source": source,
        "group": group,
        "split": _split(group),
    }


# --- PhysioNet deid gold standard (nursing notes with surrogate PHI) -------------------------

_PHYSIONET_TYPES = {
    "PTName": "PATIENT-NAME",
    "PTNameInitial": "PATIENT-NAME",
    "RelativeProxyName": "PATIENT-NAME",
    "Phone": "PHONE",
    "HCPName": "HCP",
}


def physionet() -> list[dict]:
    repo, commit = PHYSIONET
    text = _git_show(repo, "id.text", commit)
    records: dict[tuple[int, int], str] = {}
    for m in re.finditer(
        r"START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n(.*?)\|\|\|\|END_OF_RECORD", text, re.S
    ):
        records[(int(m[1]), int(m[2]))] = m[3]
    labels: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for line in _git_show(repo, "id-phi.phrase", commit).splitlines():
        p, n, s, e, kind, *_ = line.split()
        labels.setdefault((int(p), int(n)), []).append(
            (int(s), int(e), _PHYSIONET_TYPES.get(kind, "IGNORE"))
        )
    cases = []
    hcp_only = 0
    for key in sorted(labels):
        body = records[key]
        spans = sorted(labels[key])
        # Windows of ~320 characters around each label, widened to word boundaries and to any
        # label they would cut, then merged: call-note sized snippets.
        windows: list[list[int]] = []
        for s, e, kind in spans:
            if kind == "IGNORE":
                continue
            lo, hi = max(0, s - 160), min(len(body), e + 160)
            while lo > 0 and not body[lo - 1].isspace():
                lo -= 1
            while hi < len(body) and not body[hi].isspace():
                hi += 1
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            changed = True
            while changed:
                changed = False
                for s, e, _ in spans:
                    if s < lo < e:
                        lo, changed = s, True
                    if s < hi < e:
                        hi, changed = e, True
            inside = [(s - lo, e - lo, t) for s, e, t in spans if lo <= s and e <= hi]
            if all(t in ("HCP", "IGNORE") for _, _, t in inside):
                hcp_only += 1
                if hcp_only % 3:  # a third of the clinician-only windows is plenty
                    continue
            source = {"repo": repo, "commit": commit, "path": "id.text", "record": f"{key}"}
            cases.append(_case(body[lo:hi], inside, source, f"physionet:{key[0]}"))
    return cases


# --- i2b2 2014 surrogate notes shipped with philter-ucsf -------------------------------------

_I2B2_TYPES = {
    "PATIENT": "PATIENT-NAME",
    "DOCTOR": "HCP",
    "MEDICALRECORD": "MRN",
    "PHONE": "PHONE",
    "FAX": "PHONE",
    "EMAIL": "EMAIL",
    "STREET": "ADDRESS",
    "CITY": "ADDRESS",
    "ZIP": "ADDRESS",
    "STATE": "ADDRESS",
    "COUNTRY": "ADDRESS",
}


def i2b2() -> list[dict]:
    repo, commit = I2B2
    cases = []
    for note in ("110-01", "110-02", "110-03", "110-04", "111-01"):
        path = f"data/i2b2_xml/{note}.xml"
        xml = _git_show(repo, path, commit)
        body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)[1]  # type: ignore[index]
        body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        spans = []
        for m in re.finditer(r'<\w+ TYPE="(\w+)"[^>]*end="(\d+)"[^>]*start="(\d+)"', xml):
            kind, e, s = m[1], int(m[2]), int(m[3])
            spans.append((s, e, _I2B2_TYPES.get(kind, "IGNORE")))
        # Paragraph chunks of up to ~600 characters.
        pos = 0
        for para in re.split(r"(\n\s*\n)", body):
            start = pos
            pos += len(para)
            if not para.strip():
                continue
            for lo in range(start, pos, 600):
                hi = min(pos, lo + 600)
                while hi < pos and not body[hi].isspace():
                    hi += 1
                inside = [(s - lo, e - lo, t) for s, e, t in spans if lo <= s and e <= hi]
                chunk = body[lo:hi]
                if not chunk.strip():
                    continue
                source = {"repo": repo, "commit": commit, "path": path, "record": f"{lo}-{hi}"}
                cases.append(_case(chunk, inside, source, f"i2b2:{note}"))
    return cases


# --- presidio-research synthetic sentences ---------------------------------------------------

_PRESIDIO_TYPES = {
    "PERSON": "PATIENT-NAME",
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "US_SSN": "SSN",
}


def presidio_synth() -> list[dict]:
    repo, commit = PRESIDIO_SYNTH
    path = "data/synth_dataset_v2.json"
    data = json.loads(_git_show(repo, path, commit))
    cases = []
    dropped = 0
    for i, rec in enumerate(data):
        text = rec["full_text"]
        if "{" in text:  # unfilled template slots
            dropped += 1
            continue
        raw = [
            (s["start_position"], s["end_position"], s["entity_type"], s["entity_value"])
            for s in rec["spans"]
        ]
        if any(text[s:e] != v for s, e, _, v in raw):  # the set has a few misaligned labels
            dropped += 1
            continue
        addr = [(s, e) for s, e, t, _ in raw if t in ("STREET_ADDRESS", "ZIP_CODE")]
        spans = []
        for s, e, t, _ in raw:
            kind = _PRESIDIO_TYPES.get(t, "IGNORE")
            if t == "PERSON" and re.search(r"\b(?:Dr|Doctor|Prof)\.?\s*$", text[:s]):
                kind = "HCP"
            elif t == "GPE" and any(
                re.fullmatch(r"[\s,]*", text[min(e, ae) : max(s, as_)]) for as_, ae in addr
            ):
                kind = "ADDRESS"  # city/country that is part of a postal address block
            elif t == "DATE_TIME" and re.search(
                r"birth|born|\bdob\b", text[max(0, s - 40) : s], re.I
            ):
                kind = "DOB"
            spans.append((s, e, kind))
        source = {"repo": repo, "commit": commit, "path": path, "record": str(i)}
        cases.append(_case(text, spans, source, f"presidio-synth:{rec.get('template_id')}"))
    print(f"presidio-research: dropped {dropped} records with template slots or bad offsets")
    return cases


# --- test cases of other scrubbers, transcribed with their expected spans ---------------------

# (path, text, [(identifier text, type)]) — the identifier strings are the ones the source's
# test expects to be removed.
_TEST_CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        SCRUBADUB[0],
        "tests/test_detector_emails.py",
        "My email is john@gmail.com",
        [("john@gmail.com", "EMAIL")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_emails.py",
        "My email is HELLO@EXAMPLE.COM",
        [("HELLO@EXAMPLE.COM", "EMAIL")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_emails.py",
        "My email is john at gmail.com",
        [("john at gmail.com", "EMAIL")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is 1 (312) 515-2239",
        [("1 (312) 515-2239", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is (312)515-2239",
        [("(312)515-2239", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is 312-515-2239 ext.12",
        [("312-515-2239 ext.12", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +47 21 30 85 99",
        [("+47 21 30 85 99", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +45 69 19 88 56",
        [("+45 69 19 88 56", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +46 852 503 499",
        [("+46 852 503 499", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +31 619 837 236",
        [("+31 619 837 236", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +86 135 3727 4136",
        [("+86 135 3727 4136", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "My phone number is +61267881324",
        [("+61267881324", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_phone_numbers.py",
        "Call me on my cell 312.714.8142 or in my office 773.415.7432",
        [("312.714.8142", "PHONE"), ("773.415.7432", "PHONE")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "My date of birth is 17/06/1976.",
        [("17/06/1976", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "I was born 15th June 1991",
        [("15th June 1991", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "DOB: 02.12.1979",
        [("02.12.1979", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "My name is Mike and I was born in a land far away on 22/11/1972",
        [("Mike", "PATIENT-NAME"), ("22/11/1972", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "my name is Jane and I was born on 11/22/1972",
        [("Jane", "PATIENT-NAME"), ("11/22/1972", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "my date of birth is 22-nov-1972",
        [("22-nov-1972", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "My dob is 22-11-1972",
        [("22-11-1972", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "The claimant's, d.o.b. is 4 June 1976",
        [("4 June 1976", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_date_of_birth.py",
        "1985-01-01 is my birthday.",
        [("1985-01-01", "DOB")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_en_US_social_security_number.py",
        "My social security number is 726-60-2033",
        [("726-60-2033", "SSN")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_en_US_social_security_number.py",
        "My social security number is 109.99.6000",
        [("109.99.6000", "SSN")],
    ),
    (
        SCRUBADUB[0],
        "tests/test_detector_en_US_social_security_number.py",
        "My social security number is 109 99 6000",
        [("109 99 6000", "SSN")],
    ),
    (
        SCRUBADUB[0],
        "tests/example_real_data/document.txt",
        "such as an address for Mike Johnson:\n\n123 The Street,\nLondon,\nE2 2AA,\nEngland\n\n"
        "or an example phone number 0775 2212 211 and email address mike@example.com, even if it "
        "is wildly capitalised MiKe@ExAmPlE.Com.",
        [
            ("Mike Johnson", "PATIENT-NAME"),
            ("123 The Street,\nLondon,\nE2 2AA,\nEngland", "ADDRESS"),
            ("0775 2212 211", "PHONE"),
            ("mike@example.com", "EMAIL"),
            ("MiKe@ExAmPlE.Com", "EMAIL"),
        ],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "My US number is (415) 555-0132, and my international one is +1 415 555 0132",
        [("(415) 555-0132", "PHONE"), ("+1 415 555 0132", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "My Israeli number is 09-7625400",
        [("09-7625400", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "Brazil: +55 11 98456 5666",
        [("+55 11 98456 5666", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "My Japanese number is 090-1234-5678",
        [("090-1234-5678", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "My CN number is 13812345678",
        [("13812345678", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_phone_recognizer.py",
        "My US number is (415) 555-0132, and my international one is +91 4155 550132",
        [("(415) 555-0132", "PHONE"), ("+91 4155 550132", "PHONE")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_us_ssn_recognizer.py",
        "078.05.1123",
        [("078.05.1123", "SSN")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_us_ssn_recognizer.py",
        "abc 078 05 1123 abc",
        [("078 05 1123", "SSN")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_us_ssn_recognizer.py",
        "078-05-1123",
        [("078-05-1123", "SSN")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_email_recognizer.py",
        "try one of these emails: info@presidio.site or anotherinfo@presidio.site",
        [("info@presidio.site", "EMAIL"), ("anotherinfo@presidio.site", "EMAIL")],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_email_recognizer.py",
        "this is not an email: hello-world here",
        [],
    ),
    (
        PRESIDIO[0],
        "presidio-analyzer/tests/test_email_recognizer.py",
        "my email is user@xn--80ak6aa92e.com today",
        [("user@xn--80ak6aa92e.com", "EMAIL")],
    ),
    (PHILEAS[0], _PHILEAS_SSN, "the ssn is 123-45-6789.", [("123-45-6789", "SSN")]),
    (PHILEAS[0], _PHILEAS_SSN, "the ssn is 123456789.", [("123456789", "SSN")]),
    (PHILEAS[0], _PHILEAS_SSN, "the ssn is 123 45 6789.", [("123 45 6789", "SSN")]),
    (PHILEAS[0], _PHILEAS_SSN, "the ssn is 123 454 6789.", []),
    (PHILEAS[0], _PHILEAS_SSN, "the ssn is 123 4f 6789.", []),
]


def test_cases() -> list[dict]:
    cases = []
    heads = {SCRUBADUB[0]: _head(SCRUBADUB[0]), PRESIDIO[0]: PRESIDIO[1], PHILEAS[0]: PHILEAS[1]}
    for repo, path, text, ids in _TEST_CASES:
        spans = []
        nxt: dict[str, int] = {}
        for value, kind in ids:
            s = text.index(value, nxt.get(value, 0))
            nxt[value] = s + len(value)
            spans.append((s, s + len(value), kind))
        source = {"repo": repo, "commit": heads[repo], "path": path, "record": ""}
        cases.append(_case(text, spans, source, f"tests:{repo}:{path}"))
    return cases


def main() -> int:
    cases = physionet() + i2b2() + presidio_synth() + test_cases()
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
    counts: dict[tuple[str, str], int] = {}
    for c in cases:
        for s in c["spans"]:
            counts[(c["split"], s["type"])] = counts.get((c["split"], s["type"]), 0) + 1
    print(f"{len(cases)} cases -> {OUT}")
    for (split, kind), n in sorted(counts.items()):
        print(f"  {split:<8} {kind:<13} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
