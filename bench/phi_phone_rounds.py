"""Phone numbers by class: every region's example numbers written the ways people write them,
in short English CRM and clinical sentences with number-shaped things that are no phones.

Source: Google's libphonenumber metadata as shipped by the ``phonenumbers`` package (already a
dependency; https://github.com/daviddrysdale/python-phonenumbers, Apache-2.0):
``phonenumbers.example_number_for_type(region, type)`` for FIXED_LINE, MOBILE, PAGER, VOIP,
TOLL_FREE, PERSONAL_NUMBER and UAN, formatted by ``format_number`` (NATIONAL, INTERNATIONAL,
E164, RFC3966). The writing styles (dots, brackets, 00/011/001 prefixes, "(0)", extensions,
pagers, pairs, a line break, a table cell, other languages' labels) and the sentences are
written for this file. Deterministic: every choice cycles by index, no randomness.

Each round has its own regions, sentences and look-alikes; a round is written and scored on
the rules as they stand BEFORE anything changes for it (figures in bench/PHI.md, section
"Phone numbers by class"). Round 3 stays untuned.

Run: ``.venv/bin/python bench/phi_phone_rounds.py [--round r1] [--show] [--write PATH]``:
recall by format, region, number type and cue, and every PHONE detection that is no phone
(the precision guard: dates, doses, lab values, blood pressure, money, postcodes, codes, record
and national numbers, versions, coordinates, pages, years). ``--write`` writes the round's
snippets in bench/phi_external.jsonl's format for ``bench/phi.py --set``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import phonenumbers as pn  # noqa: E402
from phonenumbers import PhoneNumberFormat as F  # noqa: E402
from phonenumbers import PhoneNumberType as T  # noqa: E402

TYPES = ("FIXED_LINE", "MOBILE", "PAGER", "VOIP", "TOLL_FREE", "PERSONAL_NUMBER", "UAN")
# Every writing style for fixed lines and mobiles; the other types in the library's own three.
ALL_FORMATS = (
    "national", "intl", "e164", "rfc3966", "dots", "hyphens", "spaces", "plain",
    "area_brackets", "intl_00", "intl_011", "intl_001", "trunk_zero", "ext",
    "pair_slash", "pair_or", "line_break", "table", "label", "pager_short",
)  # fmt: skip
OTHER_TYPE_FORMATS = ("national", "intl", "e164")


@dataclass(frozen=True)
class Round:
    regions: tuple[str, ...]
    cued: tuple[str, ...]  # sentences with {P} (marked number) and {L} (look-alike)
    uncued: tuple[str, ...]
    lookalikes: tuple[str, ...]  # marked: {M|..} and {S|..} keep their own type
    labels: tuple[str, ...]  # another language's label before the number
    extensions: tuple[str, ...]  # {n} is the number
    pagers: tuple[str, ...]  # {d4} last four digits, {d1} one digit before them
    tables: tuple[str, ...]
    precision_only: tuple[str, ...]  # no phone at all; cue words near number-shaped things


R1 = Round(
    regions=(
        "US",
        "CA",
        "GB",
        "IE",
        "DE",
        "AT",
        "CH",
        "FR",
        "BE",
        "NL",
        "IT",
        "ES",
        "PT",
        "SE",
        "NO",
        "DK",
        "FI",
        "PL",
        "AU",
        "NZ",
        "IN",
        "JP",
        "CN",
        "HK",
        "SG",
        "BR",
        "MX",
        "AR",
        "ZA",
        "IL",
    ),
    cued=(
        "Daughter asked for a callback on {P} after {L}.",
        "Pt's husband can be reached at {P}; {L}.",
        "Please call the caregiver at {P} re: {L}.",
        "Mobile {P} (prefers texts). {L}.",
        "Office phone {P}, {L}.",
        "Contact number: {P} | {L}",
    ),
    uncued=(
        "Son left {P} with the front desk; {L}.",
        "Spoke to pt's wife, {P}, about {L}.",
        "Sister {P} (evenings only). {L}.",
        "Updated the chart with {P} today. {L}.",
        "{P} is the one on file; {L}.",
        "Caregiver details changed to {P} - {L}.",
    ),
    lookalikes=(
        "next visit 12/03/2024 at 10:30",
        "seen 2024-03-12 14:45",
        "letter dated 03.12.2024",
        "metformin 500 mg BID",
        "K 4.1 mmol/L",
        "HbA1c 7.2%",
        "BP 120/80",
        "titrate 250-1000 mg",
        "copay $1,250.00",
        "ZIP 02540-4119",
        "NDC 0002-7510-01",
        "lot 4471-22A",
        "ICD-10 E11.65",
        "CPT 99214",
        "order #4500123998",
        "invoice INV-2025-00471",
        "claim 2024-118203",
        "MRN {M|4471290}",
        "SSN {S|123-45-6789}",
        "app version 2.14.3",
        "pickup at 40.7128, -74.0060",
        "see p. 1234-1236",
        "section 4.2.1",
        "2019-2021 cohort",
        "platelets 150-400 x10^9/L",
        "infusion 08:00-12:30",
        "case 00123456",
        "PO 4500123998",
        "total €1.234,56",
        "postcode SW1A 1AA",
    ),
    labels=(
        "Tel.",
        "Telefon:",
        "Tél :",
        "Teléfono",
        "Celular:",
        "Handy",
        "Mobil:",
        "携帯：",
        "電話 ",
    ),
    extensions=("{n} x1234", "{n} ext. 45", "{n} #22", "{n} Durchwahl -17"),
    pagers=("pgr {d1}-{d4}", "beeper {d4}", "bleep {d4}", "pager #{d4}"),
    tables=(
        "| Relation | Tel. | Notes |\n| --- | --- | --- |\n| daughter | {P} | {L} |",
        "Relation;Number;Notes\nson;{P};{L}",
    ),
    precision_only=(
        "Called about claim 2024-118203; adjuster will phone back after 12/03/2024.",
        "Phone visit 2024-03-12 10:30, BP 135/85, HR 72.",
        "Text reminder sent for lot 4471-22A, exp 03/2026.",
        "Mobile unit on site 12.03.2024; 14 of 20 screened.",
        "Tel. conference moved to 03/12/2024 14:00-15:30.",
        "Call re: invoice 2025-00471 total $12,450.75.",
        "Phoned pharmacy: NDC 50090-1234-0, qty 30, refills 2.",
        "Cell count 4500-11000/uL; call lab if WBC < 3.5.",
        "Office closed 2024-12-24 to 2025-01-02; call back after.",
        "Reach out re: order 4500123998 shipped 11/28.",
        "Called: eGFR 45 mL/min/1.73m2, creatinine 1.42 mg/dL.",
        "Contact form v3.2.1 updated; ICD-10 I10, CPT 99213.",
        "Text sent: dose 0.5-1 mg/kg q6h, max 40 mg/day.",
        "Callback about the 2019-2021 registry, section 4.2.1, p. 112-118.",
        "Phone: see coordinates 51.5072, -0.1276 for the depot.",
        "Call centre ticket 20240312-0042 closed.",
        "Tel. reminder: ZIP 30303-1234 route, lot B2245-17.",
        "Mobile clinic copay $25.00 per visit; 10:00-16:00.",
    ),
)

R2 = Round(
    regions=(
        "CZ",
        "HU",
        "RO",
        "GR",
        "TR",
        "RU",
        "UA",
        "KR",
        "TW",
        "PH",
        "MY",
        "TH",
        "VN",
        "ID",
        "NG",
        "KE",
        "EG",
        "SA",
        "AE",
        "CO",
        "CL",
        "PE",
        "LU",
        "SK",
        "HR",
        "BG",
        "PK",
        "BD",
    ),
    cued=(
        "Wife's mobile is {P}; {L}.",
        "Text the patient on {P} if the slot moves ({L}).",
        "Home phone: {P}, {L}.",
        "Best number for the son: {P} - {L}.",
        "Tried to call {P} twice, no answer; {L}.",
        "WhatsApp {P} (niece). {L}.",
    ),
    uncued=(
        "Niece gave {P} for reminders. {L}.",
        "New contact for the family: {P}. {L}.",
        "Neighbour, {P}, has a key; {L}.",
        "Husband {P} will bring the forms; {L}.",
        "Left details ({P}) with reception, {L}.",
        "Emergency contact {P}; {L}.",
    ),
    lookalikes=(
        "follow-up 2025-01-17 09:15",
        "labs from 17/01/2025",
        "visit on Jan 17, 2025 at 3:45 pm",
        "atorvastatin 40 mg nocte",
        "Na 138 mmol/L",
        "TSH 2.35 mU/L",
        "BP 142/91",
        "dose 0.5-1.0 mg/kg",
        "balance $3,480.20",
        "ZIP 60614-2201",
        "NDC 50090-1234-0",
        "lot B2245-17",
        "ICD-10 J45.909",
        "CPT 93000",
        "order 7700-4412-09",
        "invoice 2025-00912",
        "claim 2023-004471",
        "MRN {M|A0099812}",
        "SSN {S|078-05-1120}",
        "firmware 10.4.1",
        "site at 48.8566, 2.3522",
        "pages 212-219",
        "§ 3.1.4",
        "2017-2020 data",
        "ferritin 30-400 ng/mL",
        "clinic 09:00-17:30",
        "ticket 20250117-0093",
        "PO 4500-1239",
        "fee 1.250,00 EUR",
        "PLZ 10115",
    ),
    labels=(
        "Tel:",
        "Telefone",
        "Téléphone",
        "Tlf.",
        "Telefono:",
        "Tfno.",
        "Handy:",
        "電話番号：",
        "연락처 ",
    ),
    extensions=("{n} x 301", "{n} ext 4417", "{n} (ext. 12)", "{n} poste 204"),
    pagers=("pgr {d1}-{d4}", "beeper #{d4}", "pg {d4}", "bleep {d4}"),
    tables=(
        "| Contact | Phone | Comment |\n|---|---|---|\n| wife | {P} | {L} |",
        "contact\tnumber\tnote\nson\t{P}\t{L}",
    ),
    precision_only=(
        "Phoned re: lot B2245-17, expiry 2026-08; 24 vials.",
        "Tel. call 17.01.2025 10:00-10:20, ferritin 30-400 ng/mL.",
        "Call scheduled 2025-01-17T09:15:00Z per calendar.",
        "Mobile team covered 3 sites, 42 patients, 2017-2020.",
        "Text: BP 142/91 and 138/88 on recheck.",
        "Called billing about balance $3,480.20 (invoice 2025-00912).",
        "Contact sheet: ICD-10 J45.909, CPT 93000, NDC 50090-1234-0.",
        "Callback re: claim 2023-004471 and ticket 20250117-0093.",
        "Phone survey v10.4.1, pages 212-219.",
        "Reach the depot at 48.8566, 2.3522 (map pin).",
        "Call after 17:30; clinic 09:00-17:30.",
        "Phone order 7700-4412-09 for 12 units.",
        "Text reminder: dose 0.5-1.0 mg/kg, weight 72.5 kg.",
        "Office fax cover ref 2025/00412 sent.",
        "Cell viability 85-92%, passage 12.",
        "Contacted: TSH 2.35, FT4 14.2 pmol/L, TPO < 9.",
        "Call re: PO 4500-1239 and ZIP 60614-2201.",
        "WhatsApp group notes from 2025-01-17, 2025-01-24 and 2025-01-31.",
    ),
)

R3 = Round(
    regions=(
        "IS",
        "EE",
        "LV",
        "LT",
        "SI",
        "RS",
        "MT",
        "CY",
        "LK",
        "NP",
        "MA",
        "TN",
        "GH",
        "ET",
        "UY",
        "EC",
        "VE",
        "CR",
        "DO",
        "JM",
        "PR",
        "QA",
        "KW",
        "JO",
        "LB",
        "IR",
        "KZ",
        "GE",
    ),
    cued=(
        "Please ring the daughter on {P} before {L}.",
        "Cell: {P} / {L}",
        "Pt asked us to phone her at {P}; {L}.",
        "Son's work number {P}, {L}.",
        "Call back {P} re {L}.",
        "SMS {P} when the refill is ready; {L}.",
    ),
    uncued=(
        "Granddaughter {P} handles appointments; {L}.",
        "Pt gave a new number, {P}. {L}.",
        "Next of kin: brother, {P}. {L}.",
        "Partner {P}, {L}.",
        "Added {P} to the record; {L}.",
        "Reached via the carer {P}; {L}.",
    ),
    lookalikes=(
        "reviewed 2023-09-05 at 16:20",
        "bloods 05/09/2023",
        "discharged 5 Sep 2023",
        "amlodipine 5 mg od",
        "CRP 12.4 mg/L",
        "LDL 3.1 mmol/L",
        "BP 118/76",
        "range 2.0-3.0",
        "bill $845.10",
        "ZIP 94110-1603",
        "NDC 0069-0151-01",
        "lot 22K0417",
        "ICD-10 K21.9",
        "CPT 80053",
        "order 88120043",
        "invoice 2024-11873",
        "claim 2022-770134",
        "MRN {M|00874412}",
        "SSN {S|219-09-9999}",
        "release 4.12.0",
        "at 35.6762, 139.6503",
        "pp. 45-52",
        "clause 7.3.2",
        "2015-2018 audit",
        "Hb 120-160 g/L",
        "ward round 07:30-09:00",
        "ref 2023/0455",
        "PO 4510-0077",
        "cost 2.499,00 kr",
        "postcode EH1 1YZ",
    ),
    labels=(
        "Tel.:",
        "Telefon",
        "Tél.",
        "Teléfono:",
        "Celular",
        "Mobil",
        "Puh.",
        "携帯電話：",
        "電話：",
    ),
    extensions=("{n} ext.7", "{n} x.22", "{n}, extension 118", "{n} Durchwahl 23"),
    pagers=("pgr {d4}", "beeper {d1}-{d4}", "bleep #{d4}", "pager {d4}"),
    tables=(
        "| Who | Tel | Remarks |\n| :-- | :-- | :-- |\n| granddaughter | {P} | {L} |",
        "who,number,note\nbrother,{P},{L}",
    ),
    precision_only=(
        "Phoned: CRP 12.4 mg/L on 05/09/2023, repeat 2023-09-19.",
        "Text sent 5 Sep 2023 re: bill $845.10.",
        "Call centre hours 07:30-21:00 (Mon-Fri).",
        "Mobile X-ray booked 2023-09-05 16:20.",
        "Tel. ref 2023/0455 and invoice 2024-11873.",
        "Contact about claim 2022-770134, NDC 0069-0151-01, lot 22K0417.",
        "Callback: LDL 3.1, HDL 1.2, TG 1.8 mmol/L.",
        "Phone audit 2015-2018, clause 7.3.2, pp. 45-52.",
        "SMS release 4.12.0 rolled out to 1,240 users.",
        "Ring the ward: round 07:30-09:00, BP 118/76.",
        "Call re: PO 4510-0077 and order 88120043.",
        "Cell range 2.0-3.0 x10^12/L.",
        "Cost 2.499,00 kr per pack; reach pharmacy before 16:00.",
        "Called: ZIP 94110-1603 is outside the territory.",
        "Site pin 35.6762, 139.6503 shared by text.",
        "Home visit 05.09.2023 14:00-14:45.",
        "Phone follow-up 12-14 days post-op, 2-3 times a week.",
        "Mobile number of doses: 3 x 250 mg = 750 mg.",
    ),
)
ROUNDS = {"r1": R1, "r2": R2, "r3": R3}


@dataclass(frozen=True)
class Item:
    region: str
    kind: str  # number type
    fmt: str
    cue: str  # cued / uncued / inherent
    marked: str


def _groups(s: str) -> list[str]:
    return [g for g in re.split(r"[\s().-]+", s) if g]


def _styles(region: str, n: pn.PhoneNumber, extensions: tuple[str, ...], i: int) -> dict[str, str]:
    """The writing styles of one number: each value is the number as written (one span)."""
    nat = pn.format_number(n, F.NATIONAL)
    intl = pn.format_number(n, F.INTERNATIONAL)
    cc = str(n.country_code)
    intl_rest = intl.split(" ", 1)[1] if " " in intl else intl[len(cc) + 1 :]
    ngroups = _groups(nat)
    igroups = _groups(intl_rest)
    out = {
        "national": nat,
        "intl": intl,
        "e164": pn.format_number(n, F.E164),
        "dots": ".".join(ngroups),
        "hyphens": "-".join(ngroups),
        "spaces": " ".join(ngroups),
        "plain": "".join(ngroups),
        "intl_00": f"00{cc} {intl_rest}",
        "intl_011": f"011 {cc} {intl_rest}",
        "intl_001": f"001-{'-'.join(igroups)}" if cc == "1" else f"001-{cc}-{'-'.join(igroups)}",
    }
    if len(ngroups) >= 3 and "(" not in nat:
        out["area_brackets"] = f"({ngroups[0]}) {' '.join(ngroups[1:])}"
    elif "(" in nat:
        out["area_brackets"] = nat
    if (pn.ndd_prefix_for_region(region, True) or "") == "0" and nat.startswith("0"):
        out["trunk_zero"] = f"+{cc} (0){intl_rest}"
    ext = extensions[i % len(extensions)]
    if "Durchwahl" in ext and region not in ("DE", "AT", "CH"):
        ext = extensions[(i + 1) % len(extensions)]
    out["ext"] = ext.format(n=nat)
    return out


def _fill(template: str, number: str, look: str) -> str:
    return template.replace("{P}", f"{{P|{number}}}").replace("{L}", look)


def items(rnd: Round) -> Iterator[Item]:
    i = 0

    def look() -> str:
        return rnd.lookalikes[i % len(rnd.lookalikes)]

    for region in rnd.regions:
        numbers = {}
        for kind in TYPES:
            n = pn.example_number_for_type(region, getattr(T, kind))
            if n is not None and pn.region_code_for_number(n) in (region, None):
                numbers[kind] = n
        if not numbers:
            continue
        for kind, n in numbers.items():
            main = kind in ("FIXED_LINE", "MOBILE")
            styles = _styles(region, n, rnd.extensions, i)
            for fmt in ALL_FORMATS if main else OTHER_TYPE_FORMATS:
                i += 1
                if fmt == "rfc3966":
                    tel = pn.format_number(n, F.RFC3966)
                    marked = f"Contact link: tel:{{P|{tel[4:]}}} ({look()})."
                    yield Item(region, kind, fmt, "inherent", marked)
                    continue
                if fmt in ("pair_slash", "pair_or"):
                    other = numbers.get("MOBILE" if kind == "FIXED_LINE" else "FIXED_LINE")
                    if other is None or other == n:
                        continue
                    join = " / " if fmt == "pair_slash" else " or "
                    a = pn.format_number(n, F.NATIONAL)
                    b = pn.format_number(other, F.NATIONAL)
                    for tpl, cue in ((rnd.cued[i % 6], "cued"), (rnd.uncued[i % 6], "uncued")):
                        pair = f"{{P|{a}}}{join}{{P|{b}}}"
                        marked = tpl.replace("{P}", pair).replace("{L}", look())
                        yield Item(region, kind, fmt, cue, marked)
                    continue
                if fmt == "line_break":
                    nat = pn.format_number(n, F.NATIONAL)
                    cut = max(nat.rfind(" "), nat.rfind("-"))
                    if cut <= 0:
                        continue
                    head, tail = nat[:cut], nat[cut + 1 :]
                    marked = f"Phone: {{P|{head}}}\n{{P|{tail}}} - {look()}."
                    yield Item(region, kind, fmt, "cued", marked)
                    marked = f"Daughter {{P|{head}}}\n{{P|{tail}}} - {look()}."
                    yield Item(region, kind, fmt, "uncued", marked)
                    continue
                if fmt == "table":
                    for tpl in rnd.tables:
                        marked = _fill(tpl, pn.format_number(n, F.NATIONAL), look())
                        yield Item(region, kind, fmt, "inherent", marked)
                    continue
                if fmt == "label":
                    label = rnd.labels[i % len(rnd.labels)]
                    sep = "" if label.endswith(("：", " ")) else " "
                    nat = pn.format_number(n, F.NATIONAL)
                    marked = f"Contact card: {label}{sep}{{P|{nat}}}, {look()}."
                    yield Item(region, kind, fmt, "inherent", marked)
                    continue
                if fmt == "pager_short":
                    if kind != "FIXED_LINE":
                        continue
                    digits = pn.national_significant_number(n)
                    tpl = rnd.pagers[i % len(rnd.pagers)]
                    short = tpl.format(d1=digits[-5], d4=digits[-4:])
                    num = re.search(r"#?\d[\d-]*", short)
                    assert num is not None
                    marked = short[: num.start()] + f"{{P|{num.group()}}}" + short[num.end() :]
                    yield Item(region, kind, fmt, "inherent", f"Covering MD {marked}; {look()}.")
                    continue
                if fmt not in styles:
                    continue
                for tpl, cue in ((rnd.cued[i % 6], "cued"), (rnd.uncued[i % 6], "uncued")):
                    yield Item(region, kind, fmt, cue, _fill(tpl, styles[fmt], look()))
    for marked in rnd.precision_only:
        yield Item("-", "-", "precision_only", "-", marked)


MARK = re.compile(r"\{([PMS])\|([^{}]+)\}")
CODES = {"P": "PHONE", "M": "MRN", "S": "SSN"}


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(2)), CODES[m.group(1)]))
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


# Look-alike values inside the sentences: everything a number-shaped phrase holds.
_LOOK_RE = re.compile(r"[$€£§#]?\d[\w.,:/^%$€-]*(?:[ ]\d[\w.,:/-]*)*")


def evaluate(rnd: Round, detect=None) -> dict:  # type: ignore[no-untyped-def]
    """Recall of each phone (every character covered by any span, as bench/phi.py counts it)
    and whether a PHONE span was on it; every PHONE span on no phone is a false positive."""
    if detect is None:
        from prepcli.phi import find_phi as detect
    rows = []
    for it in items(rnd):
        text, spans = parse(it.marked)
        found = detect(text)
        phones = [(s, e) for s, e, t in spans if t == "PHONE"]
        hits = []
        for s, e in phones:
            covered = sum(max(0, min(e, f.end) - max(s, f.start)) for f in found)
            hits.append(covered >= e - s)
        fps = [
            (f.type, text[f.start : f.end])
            for f in found
            if f.type == "PHONE" and not any(f.start < e and s < f.end for s, e in phones)
        ]
        rows.append((it, text, phones, hits, fps))
    return {"rows": rows}


def _rate(pairs: list[bool]) -> str:
    return f"{sum(pairs) / len(pairs):.3f} ({sum(pairs)}/{len(pairs)})" if pairs else "-"


def summary(result: dict, show: bool = False) -> str:
    by: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    lines = []
    allhits: list[bool] = []
    fps = []
    for it, text, _phones, hits, fp in result["rows"]:
        for h in hits:
            allhits.append(h)
            by["format"][it.fmt].append(h)
            by["region"][it.region].append(h)
            by["type"][it.kind].append(h)
            by["cue"][it.cue].append(h)
        if show and not all(hits):
            lines.append(f"  MISS {it.region} {it.kind} {it.fmt} {it.cue}: {text!r}")
        fps += [(it, text, f) for f in fp]
    lines.insert(0, f"phones recalled {_rate(allhits)}; PHONE false positives {len(fps)}")
    for axis in ("format", "type", "cue", "region"):
        cells = [f"{k} {_rate(v)}" for k, v in sorted(by[axis].items())]
        lines.insert(1 if axis == "format" else len(lines), f"{axis}: " + "; ".join(cells))
    for it, text, f in fps:
        lines.append(f"  FP   {f[1]!r} ({it.fmt}) in {text!r}")
    return "\n".join(lines)


def write(rnd_name: str, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for it in items(ROUNDS[rnd_name]):
            text, spans = parse(it.marked)
            row = {
                "text": text,
                "spans": [
                    {"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in spans
                ],
                "source": {"repo": "daviddrysdale/python-phonenumbers", "commit": "",
                           "path": "example numbers", "url": "",
                           "record": f"{it.region} {it.kind} {it.fmt} {it.cue}"},
                "group": f"{rnd_name}:{it.fmt}",
                "split": "variants",
            }  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", default="r1", choices=sorted(ROUNDS))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args(argv)
    if args.write:
        write(args.round, args.write)
        return 0
    print(summary(evaluate(ROUNDS[args.round]), show=args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
