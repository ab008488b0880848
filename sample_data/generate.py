#!/usr/bin/env python3
"""Seeded, deterministic generator of prepcli sample data (stdlib only).

    python sample_data/generate.py                      # the committed demo set, next to this file
    python sample_data/generate.py --hcps 300 --interactions 100000 --content 5000 --out DIR

Writes ``hcps.csv``, ``interactions.jsonl`` and ``content/*.md`` (YAML front matter + body) in the
layout of /work/shared/data-contract.md.  Everything derives from ``random.Random(seed)`` and fixed
dates, so the same arguments always give byte-identical files.  ``build()`` also returns topic tags
per record; they are never written to disk (the retrieval benchmark labels are derived from them).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

# The data must not depend on when it is generated, so all dates hang off constants.
ANCHOR = date(2026, 11, 20)  # last day with interactions
START = ANCHOR - timedelta(days=729)  # two years of history
TODAY = date(2026, 11, 23)  # the demo briefing date that expiries and follow-ups are planned around

DEFAULT_SEED = 20261123
DEFAULT_HCPS = 36
DEFAULT_INTERACTIONS = 1800
DEFAULT_CONTENT = 108
MIN_HCPS = 10  # the planted HCPs below need ids up to HCP-0009

CHANNELS = (
    "in_person", "virtual", "phone", "email", "event", "webinar", "sample_drop", "medical_inquiry",
)


# --------------------------------------------------------------------------------------------
# Products (fictional).  Each carries the facts that notes and documents draw on, so a note about
# renal dosing of Cardelis states Cardelis's renal fact and not a generic one.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    brand: str
    generic: str
    area: str  # the area code printed in approval codes
    indication: str
    ind_short: str
    moa: str
    dose: str
    pivotal: str
    trial2: str
    endpoint: str
    competitors: tuple[str, ...]
    subgroups: tuple[str, ...]
    offlabels: tuple[str, ...]
    aes: tuple[str, ...]
    ae_short: str
    ddis: tuple[str, ...]
    renal: str
    congresses: tuple[str, ...]
    sample_unit: str
    biomarker: str = ""


PRODUCTS: tuple[Product, ...] = (
    Product(
        brand="Veltrana", generic="zoravetinib", area="ONC",
        indication="KRAS G12C-mutated locally advanced or metastatic non-small cell lung cancer "
        "after at least one prior systemic therapy",
        ind_short="2L KRAS G12C NSCLC",
        moa="covalent KRAS G12C inhibitor that locks the protein in its inactive GDP-bound state",
        dose="600 mg orally once daily with food",
        pivotal="ZENITH-1", trial2="ZENITH-BRAIN",
        endpoint="median PFS of 8.1 vs 5.6 months with docetaxel (HR 0.62)",
        competitors=("Lumaxis", "docetaxel"),
        subgroups=("stable brain metastases", "STK11 co-mutation", "age 75 and older",
                   "never-smoker"),
        offlabels=("KRAS G12C colorectal cancer", "first-line use with pembrolizumab",
                   "pancreatic adenocarcinoma"),
        aes=("grade 3 ALT elevation", "diarrhea", "hepatotoxicity", "nausea"),
        ae_short="LFT elevations",
        ddis=("strong CYP3A4 inducers such as rifampin", "proton pump inhibitors", "warfarin"),
        renal="no adjustment for CrCl of 30 mL/min or higher; not studied below 30 or on dialysis",
        congresses=("ASCO", "ESMO", "WCLC"),
        sample_unit="starter-supply vouchers",
        biomarker="KRAS G12C testing on the NGS panel",
    ),
    Product(
        brand="Kyraxa", generic="talimostat", area="ONC",
        indication="ESR1-mutated, HR-positive, HER2-negative advanced or metastatic breast cancer "
        "after endocrine therapy",
        ind_short="ESR1m HR+/HER2- mBC",
        moa="oral selective estrogen receptor degrader (SERD)",
        dose="400 mg orally once daily",
        pivotal="PALLAS-2", trial2="KESTREL-ADJ",
        endpoint="median PFS of 7.4 vs 3.9 months vs standard endocrine therapy (HR 0.55)",
        competitors=("Orvenza", "fulvestrant"),
        subgroups=("ESR1-mutated", "prior CDK4/6 inhibitor over 12 months", "visceral metastases",
                   "age over 70"),
        offlabels=("early-stage adjuvant use", "male breast cancer",
                   "combination with a CDK4/6 inhibitor"),
        aes=("nausea", "bradycardia", "QTc prolongation", "grade 2 fatigue"),
        ae_short="nausea and bradycardia",
        ddis=("strong CYP3A4 inhibitors like itraconazole", "other QT-prolonging drugs",
              "tamoxifen"),
        renal="no adjustment for mild or moderate renal impairment; severe impairment not studied",
        congresses=("SABCS", "ASCO", "ESMO Breast"),
        sample_unit="starter-supply vouchers",
        biomarker="ESR1 mutation testing by ctDNA",
    ),
    Product(
        brand="Cardelis", generic="renovabrin", area="CARD",
        indication="chronic heart failure with reduced ejection fraction (LVEF below 40%) to "
        "reduce CV death and HF hospitalization",
        ind_short="HFrEF",
        moa="once-daily soluble guanylate cyclase (sGC) stimulator",
        dose="2.5 mg once daily, doubled every 2 weeks to a 10 mg target",
        pivotal="HORIZON-CV", trial2="HORIZON-HFpEF",
        endpoint="18% relative reduction in CV death or first HF hospitalization (HR 0.82)",
        competitors=("Vantrexa", "Nexacor"),
        subgroups=("eGFR below 60", "age 75 and older", "recent worsening HF event",
                   "NT-proBNP above 5,000"),
        offlabels=("HFpEF", "pulmonary hypertension", "pediatric cardiomyopathy"),
        aes=("symptomatic hypotension", "dizziness", "anemia", "syncope"),
        ae_short="hypotension",
        ddis=("PDE-5 inhibitors like sildenafil", "long-acting nitrates", "sacubitril/valsartan"),
        renal="no adjustment down to eGFR 15; not recommended on dialysis",
        congresses=("ACC", "AHA", "ESC", "HFSA"),
        sample_unit="titration sample packs",
    ),
    Product(
        brand="Glyvance", generic="semadurtide", area="END",
        indication="adults with type 2 diabetes as an adjunct to diet and exercise",
        ind_short="T2D",
        moa="once-weekly dual GIP/GLP-1 receptor agonist",
        dose="2.5 mg SC weekly for 4 weeks, then up by 2.5 mg every 4 weeks to a 15 mg maximum",
        pivotal="SUMMIT-T2D", trial2="SUMMIT-CVOT",
        endpoint="HbA1c reduction of 2.1% vs 1.4% with the comparator at week 40",
        competitors=("Duralin", "Ozavia"),
        subgroups=("baseline HbA1c above 9%", "BMI over 35", "background basal insulin",
                   "Hispanic/Latino participants"),
        offlabels=("type 1 diabetes", "weight loss without diabetes", "adolescents"),
        aes=("nausea and vomiting", "pancreatitis", "gallbladder events",
             "injection-site reactions"),
        ae_short="GI tolerability",
        ddis=("oral contraceptives (delayed gastric emptying)",
              "insulin and sulfonylureas (hypoglycemia)", "levothyroxine absorption"),
        renal="no adjustment across renal function; watch for volume depletion from GI losses",
        congresses=("ADA", "EASD", "ENDO"),
        sample_unit="starter pen kits",
    ),
    Product(
        brand="Rheumora", generic="felotinib", area="RHE",
        indication="moderately to severely active rheumatoid arthritis after inadequate response "
        "to one or more TNF blockers",
        ind_short="RA (TNF-IR)",
        moa="oral allosteric TYK2 inhibitor",
        dose="6 mg orally once daily",
        pivotal="ORBIT-RA", trial2="ORBIT-PsA",
        endpoint="ACR50 at week 24 of 38% vs 14% with placebo",
        competitors=("Xelvira", "adalimumab biosimilars"),
        subgroups=("prior biologic failure", "seropositive", "age over 65",
                   "current or former smokers"),
        offlabels=("ankylosing spondylitis", "lupus", "alopecia areata"),
        aes=("herpes zoster", "lipid elevations", "acne", "upper respiratory infection"),
        ae_short="infection risk",
        ddis=("methotrexate", "strong CYP2C9 inhibitors like fluconazole", "live vaccines"),
        renal="3 mg once daily if eGFR is 15-29; avoid in ESRD",
        congresses=("ACR Convergence", "EULAR"),
        sample_unit="monthly sample packs",
    ),
    Product(
        brand="Neurevia", generic="lomazepant", area="NEU",
        indication="preventive treatment of episodic migraine in adults",
        ind_short="episodic migraine prevention",
        moa="oral small-molecule CGRP receptor antagonist (gepant)",
        dose="60 mg orally once daily",
        pivotal="CLARITY-MIG", trial2="CLARITY-CM",
        endpoint="4.2 fewer monthly migraine days vs 2.5 with placebo",
        competitors=("Mignova", "Cefalyx"),
        subgroups=("2-4 prior preventive failures", "menstrual migraine",
                   "medication overuse headache", "8 or more baseline migraine days"),
        offlabels=("chronic migraine", "cluster headache", "pediatric migraine"),
        aes=("constipation", "nausea", "elevated liver enzymes", "somnolence"),
        ae_short="constipation",
        ddis=("strong CYP3A4 inhibitors like clarithromycin", "acute triptan use",
              "oral contraceptives"),
        renal="avoid if CrCl is below 15 mL/min; no adjustment otherwise",
        congresses=("AAN", "AHS", "IHC"),
        sample_unit="two-week sample packs",
    ),
)
PRODUCT_BY_BRAND = {p.brand: p for p in PRODUCTS}

SPECIALTY_PRODUCTS: dict[str, tuple[str, ...]] = {
    "Medical Oncology": ("Veltrana", "Kyraxa"),
    "Hematology/Oncology": ("Kyraxa", "Veltrana"),
    "Cardiology": ("Cardelis", "Glyvance"),
    "Endocrinology": ("Glyvance", "Cardelis"),
    "Rheumatology": ("Rheumora",),
    "Neurology": ("Neurevia",),
}
SPECIALTIES = tuple(SPECIALTY_PRODUCTS)
SPECIALTY_AREA = {
    "Medical Oncology": "ONC", "Hematology/Oncology": "ONC", "Cardiology": "CARD",
    "Endocrinology": "END", "Rheumatology": "RHE", "Neurology": "NEU",
}

PAYERS = ("BlueHarbor", "UnityCare", "Meridian Health Plan", "Medicare Part D", "state Medicaid",
          "Keystone Health", "Pinnacle PBM", "Cascade Benefits")
SPECIALTY_PHARMACIES = ("CarePath Specialty Pharmacy", "Northstar Specialty Rx",
                        "the health-system specialty pharmacy")
OFFICE_STAFF = ("the office manager", "the practice nurse", "the physician assistant",
                "the nurse navigator", "the front desk", "the prior-auth coordinator",
                "the clinic pharmacist")
VENUES = ("Capital Grille", "the Marriott downtown", "Ocean Prime", "a hotel meeting room",
          "the hospital conference center")


# --------------------------------------------------------------------------------------------
# People and places
# --------------------------------------------------------------------------------------------

REGIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("NE", (("Boston", "MA"), ("New York", "NY"), ("Philadelphia", "PA"), ("Hartford", "CT"),
            ("Providence", "RI"))),
    ("SE", (("Atlanta", "GA"), ("Charlotte", "NC"), ("Miami", "FL"), ("Nashville", "TN"),
            ("Tampa", "FL"))),
    ("MW", (("Chicago", "IL"), ("Columbus", "OH"), ("Minneapolis", "MN"), ("Detroit", "MI"),
            ("Milwaukee", "WI"))),
    ("WE", (("Seattle", "WA"), ("Denver", "CO"), ("San Diego", "CA"), ("Phoenix", "AZ"),
            ("Portland", "OR"))),
    ("SW", (("Dallas", "TX"), ("Houston", "TX"), ("Austin", "TX"), ("Oklahoma City", "OK"),
            ("Albuquerque", "NM"))),
)
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "ONC": ("{city} Cancer Institute", "{city} Oncology Associates", "Memorial Hospital of {city}",
            "Lakeshore Hematology & Oncology", "St. Brendan Cancer Center",
            "{city} University Medical Center"),
    "CARD": ("{city} Heart & Vascular", "Memorial Hospital of {city}",
             "Riverside Cardiology Group", "St. Brendan Medical Center",
             "{city} University Medical Center"),
    "END": ("{city} Diabetes & Endocrine Center", "Summit Endocrinology",
            "Riverside Internal Medicine & Endocrinology", "{city} University Medical Center"),
    "RHE": ("{city} Arthritis & Rheumatology", "Pinecrest Rheumatology Associates",
            "{city} University Medical Center", "St. Brendan Medical Center"),
    "NEU": ("{city} Headache & Neurology Center", "NeuroHealth {city}",
            "{city} University Medical Center", "Memorial Hospital of {city}"),
}
SEGMENTS = ("High adopter", "Growth", "Maintain", "Low potential", "KOL", "New to brand")
PREFERRED = ("in_person", "virtual", "phone", "email", "event")

FIRST_NAMES = (
    "James", "Maria", "Robert", "Priya", "Michael", "Elena", "David", "Grace", "Samuel", "Aisha",
    "Thomas", "Naomi", "Kevin", "Rachel", "Marcus", "Fatima", "Jonathan", "Sofia", "Andrew",
    "Hannah", "Victor", "Leah", "Raj", "Claire", "Omar", "Julia", "Benjamin", "Mei", "Carlos",
    "Ingrid", "Patrick", "Yuki", "Gregory", "Nadia", "Ethan", "Rosa", "Adrian", "Olivia", "Kwame",
    "Beatrice", "Hugo", "Tanya", "Felix", "Monica", "Isaac", "Vanessa", "Luis", "Esther", "Nathan",
    "Amelia", "Desmond", "Irene", "Sanjay", "Lauren", "Tobias", "Keiko", "Malik", "Helena",
)
LAST_NAMES = (
    "Patel", "Nguyen", "Garcia", "Kowalski", "Reyes", "Schneider", "Hughes", "Adeyemi", "Larsen",
    "Moreno", "Fitzgerald", "Tanaka", "Brennan", "Haddad", "Novak", "Whitaker", "Ramirez", "Singh",
    "O'Connell", "Delgado", "Weiss", "Mbeki", "Sorensen", "Abernathy", "Castillo", "Yamamoto",
    "Goldberg", "Petrov", "Ellison", "Kaur", "Lindqvist", "Osei", "Marchetti", "Farouk", "Bishop",
    "Ivanova", "Donnelly", "Mensah", "Rosario", "Kaplan", "Varga", "Holloway", "Quintero",
    "Sato", "Pereira", "McAllister", "Bauer", "Chowdhury", "Lindgren", "Ferreira", "Nakamura",
    "Sullivan", "Okonkwo", "Dubois", "Romero", "Hartmann", "Iqbal", "Voss",
)
# Used only to pick pronouns in notes, so one HCP is not "she" in one note and "he" in the next.
FEMALE_FIRST = frozenset((
    "Maria", "Priya", "Elena", "Grace", "Aisha", "Naomi", "Rachel", "Fatima", "Sofia", "Hannah",
    "Leah", "Claire", "Julia", "Mei", "Ingrid", "Yuki", "Nadia", "Rosa", "Olivia", "Beatrice",
    "Tanya", "Monica", "Vanessa", "Esther", "Amelia", "Irene", "Lauren", "Keiko", "Helena",
    "Amara", "Lisa",
))
# Names reserved for the planted HCPs; other HCPs never get these last names, so a lookup for
# "Okafor" is unique and one for "Chen" is ambiguous between exactly two people.
RESERVED_LAST = ("Okafor", "Chen")

REP_NAMES = ("Jordan Ellis", "Megan Price", "Tyler Brooks", "Alyssa Romero", "Chris Dunlap",
             "Brianna Cole", "Derek Walsh", "Kendra Ivers", "Sean Mahoney", "Lauren Pike",
             "Marco Santos", "Tessa Lund")
MSL_NAMES = ("Dr. Hannah Weber, PharmD", "Dr. Ravi Menon, PhD", "Dr. Claire Dubois, PharmD",
             "Dr. Samuel Otieno, PhD", "Dr. Ines Carvalho, MD", "Dr. Paul Nakagawa, PharmD")
MED_INFO = ("Medical Information (R. Alvarez, PharmD)", "Medical Information (K. Byrne, PharmD)",
            "Medical Information (T. Osei, PharmD)")

# Style preference per author: reps and MSLs write differently, which is what real CRM data
# looks like.  Values are weights for (terse, prose, bullets).
STYLE_NAMES = ("terse", "prose", "bullets")


@dataclass
class Hcp:
    row: dict[str, str]
    specialty: str
    last: str
    female: bool
    products: tuple[str, ...]
    restricted: tuple[str, ...]
    rep: str
    rep2: str
    msl: str
    recent: float  # share of interactions packed into the last 120 days
    weight: float


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def luhn_npi_check_digit(base9: str) -> int:
    """NPPES check digit: Luhn over the card-issuer prefix 80840 followed by the 9 digits."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    # The check digit will sit to the right, so the rightmost payload digit is doubled.
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make_npi(rng: random.Random) -> str:
    base = str(rng.choice((1, 2))) + "".join(str(rng.randrange(10)) for _ in range(8))
    return base + str(luhn_npi_check_digit(base))


def weighted(rng: random.Random, options: Sequence[tuple[str, float]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def allocate(total: int, weights: Sequence[float], minimum: int) -> list[int]:
    """Split ``total`` by weight with a floor; largest remainder keeps it deterministic."""
    floor_total = minimum * len(weights)
    spare = max(total - floor_total, 0)
    wsum = sum(weights)
    raw = [spare * w / wsum for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: spare - sum(counts)]:
        counts[i] += 1
    return [c + minimum for c in counts]


class Slots(dict[str, str]):
    """Template values, drawn lazily the first time a template asks for them.

    Lazy drawing means a note only consumes randomness for the facts it mentions, and a fact
    mentioned twice in one note (e.g. the payer) stays the same.
    """

    def __init__(self, rng: random.Random, pools: dict[str, Sequence[str]],
                 fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self._rng = rng
        self._pools = pools

    def __missing__(self, key: str) -> str:
        if key[0].isupper() and key.lower() in self._pools:
            # "{Staff}" opens a sentence: the same drawn value, capitalized.
            return cap(self[key.lower()])
        value = self._rng.choice(self._pools[key])
        self[key] = value
        return value


def fill(template: str, slots: Slots) -> str:
    return template.format_map(slots)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# --------------------------------------------------------------------------------------------
# Topic banks.  Every topic-specific word lives here, so a note carries a topic's vocabulary only
# when it is tagged with that topic; that is what keeps the benchmark labels honest.
# Keys: subject, core (full sentences), detail (more sentences), terse (note-speak fragments),
# fu (note phrase, follow_up field), q/a (medical information inquiry wording).
# --------------------------------------------------------------------------------------------

Bank = dict[str, list]

COMMERCIAL: dict[str, Bank] = {
    "price": {
        "subject": ["Cost objection on {brand}", "{brand} price concerns", "Out-of-pocket cost"],
        "core": [
            "Dr. {last} pushed back on price again: says {brand} costs too much for {her} "
            "uninsured and high-deductible patients compared with {competitor}.",
            "Main objection today was cost. Dr. {last} quoted a patient whose copay came to "
            "${copay} a month and said that patient walked away from the pharmacy counter.",
            "Price came up first. Dr. {last} feels the list price of {brand} is hard to justify "
            "when {competitor} is cheaper and 'good enough' for most of {her} panel.",
            "Discussed value vs. price; Dr. {last} acknowledged the data but said cost drives "
            "the decision for roughly {pct}% of the practice.",
        ],
        "detail": [
            "Walked through the cost-per-responder framing from the approved value piece; "
            "polite but unconvinced.",
            "Office says Medicare patients in the donut hole are the hardest; they abandon "
            "scripts at pickup.",
            "Noted that the practice tracks abandoned prescriptions and {brand} is near the top.",
            "Asked whether a lower-strength pack would be cheaper. Explained pricing is flat "
            "across strengths.",
        ],
        "terse": [
            "cost obj - says {brand} too pricey vs {competitor}",
            "$$ pushback, pts w/ high deductibles abandoning Rx",
            "price objection again; copay ~${copay}/mo for one pt",
            "value story didn't land, cost is the barrier",
        ],
        "fu": [
            ("I'll bring the approved cost-comparison sheet next visit.",
             "Bring cost-comparison sheet"),
            ("Will follow up once the new copay program terms are published.",
             "Share updated copay program terms"),
        ],
    },
    "prior_auth": {
        "subject": ["PA denials with {payer}", "Prior authorization issues - {brand}",
                    "{payer} step edit on {brand}"],
        "core": [
            "{Payer} denied the last {pa_n} prior authorizations for {brand}; {staff} says the "
            "denial letters cite step therapy through {competitor} first.",
            "Big frustration with prior auth. Each {brand} PA with {payer} takes two to three "
            "weeks and the practice is losing patients to the delay.",
            "Dr. {last} says the {payer} PA form now asks for chart notes documenting failure on "
            "{competitor}; the office did not know about the step edit.",
            "Prior authorization is the #1 barrier per Dr. {last}. {Payer} rejected a PA last "
            "week because the diagnosis code did not match the label.",
        ],
        "detail": [
            "Reviewed the PA checklist with {staff} and showed where the letter of medical "
            "necessity template lives on the access portal.",
            "{Staff} asked whether the field reimbursement manager can sit in on an appeal; "
            "connected them by email.",
            "They have {pa_n} pending appeals right now.",
            "Suggested submitting the PA electronically through the portal; they still fax.",
        ],
        "terse": [
            "PA denied x{pa_n} @ {payer}, step edit thru {competitor}",
            "{payer} PA turnaround 2-3 wks, pts dropping off",
            "PA rejected - dx code mismatch; appeal in progress",
            "office still faxing PAs, showed ePA portal",
        ],
        "fu": [
            ("Promised to connect {staff} with the field reimbursement manager about the appeal.",
             "Connect office with field reimbursement manager re PA appeal"),
            ("Will check back on the {payer} appeal outcome.", "Check {payer} PA appeal outcome"),
            ("Will drop off the letter of medical necessity template.",
             "Drop off LMN template"),
        ],
    },
    "formulary": {
        "subject": ["Formulary status at {inst_short}", "{brand} P&T review",
                    "{brand} tier placement"],
        "core": [
            "{brand} is still non-formulary at {inst_short}; the P&T meeting that will review it "
            "is scheduled for {pt_month}.",
            "Dr. {last} said {brand} sits on tier 3 with {payer}, so most patients get "
            "{competitor} by default.",
            "Talked formulary: {inst_short} P&T pushed the {brand} review to {pt_month} because "
            "the pharmacy wants a budget-impact model.",
            "Dr. {last} is willing to sponsor the {brand} formulary request at the next P&T "
            "meeting if the clinical pharmacist agrees.",
        ],
        "detail": [
            "The clinical pharmacist is the real gatekeeper here; need a meeting with her.",
            "{Payer} moved {brand} to non-preferred status in January.",
            "Health-system pharmacy asked for the dossier; routed the request to Account "
            "Management.",
            "Open question whether the P&T will add {brand} with restrictions or not at all.",
        ],
        "terse": [
            "{brand} non-formulary @ {inst_short}, P&T in {pt_month}",
            "tier 3 w/ {payer}, pts default to {competitor}",
            "P&T review pushed to {pt_month}",
            "Dr willing to sponsor formulary add",
        ],
        "email": [
            "Email summarized the current {brand} formulary status with {payer}.",
        ],
        "fu": [
            ("Will follow up after the P&T meeting in {pt_month}.",
             "Follow up after the P&T meeting"),
            ("Asked Account Management to send the formulary dossier to the pharmacy.",
             "Confirm dossier received by the pharmacy"),
        ],
    },
    "competitor": {
        "subject": ["Competitive discussion: {competitor}", "{competitor} loyalty",
                    "{brand} vs {competitor}"],
        "core": [
            "Dr. {last} is comfortable with {competitor} and sees no reason to switch stable "
            "patients to {brand}.",
            "Strong {competitor} user. Said the {competitor} rep has been in every week and "
            "their program is 'easier'.",
            "Dr. {last} prefers {competitor} because {she} has years of experience with it; would "
            "consider {brand} only for new starts.",
            "Competitor preference is entrenched: roughly {npts} patients on {competitor}, "
            "only a handful on {brand}.",
        ],
        "detail": [
            "Positioned {brand} for new starts rather than switches.",
            "Heard the {competitor} team is running a dinner program here next month.",
            "Dr. {last} admits {competitor} dosing is more of a hassle but the staff knows it.",
            "No movement yet; long game with this account.",
        ],
        "terse": [
            "loyal to {competitor}, won't switch stable pts",
            "{competitor} rep in weekly, Dr likes their program",
            "prefers {competitor}, maybe {brand} for new starts",
            "~{npts} pts on {competitor}",
        ],
        "fu": [
            ("Will come back with the new-start positioning piece.",
             "Bring new-start positioning piece"),
        ],
    },
    "tolerability": {
        "subject": ["Side effect concerns - {brand}", "{brand} tolerability objection"],
        "core": [
            "Objection on side effects: Dr. {last} heard from colleagues that {ae_short} is a "
            "problem with {brand} and is hesitant to start more patients.",
            "Dr. {last} had two patients stop {brand} because of side effects and now prefers "
            "{competitor} for frail patients.",
            "Tolerability is the hesitation. Reviewed the on-label safety summary and the "
            "Important Safety Information.",
        ],
        "detail": [
            "Offered to have a medical colleague follow up on detailed safety questions; Dr. "
            "{last} declined for now.",
            "Reminded the office to report any side effects through the safety line.",
            "Referred the detailed question to Medical; stayed on label.",
        ],
        "terse": [
            "SE objection - worried re {ae_short}",
            "2 pts d/c'd for side effects, leaning {competitor}",
            "tolerability concern, reviewed ISI",
        ],
        "fu": [
            ("Will leave the safety profile summary.", "Leave safety profile summary"),
        ],
    },
    "samples": {
        "subject": ["{brand} sample request", "Sample drop - {brand}", "Samples"],
        "core": [
            "Dropped {sample_qty} {sample_unit} of {brand}; signature obtained from Dr. {last}.",
            "{Staff} asked for more {brand} {sample_unit} - they ran out last week.",
            "Sample request: Dr. {last} wants {sample_unit} so new patients can start the "
            "same day.",
            "Restocked the sample closet with {sample_qty} {sample_unit}.",
        ],
        "detail": [
            "Checked lot numbers and expiry on the shelf; pulled two expired packs.",
            "Sample log reconciled with {staff}.",
            "They prefer samples on Tuesdays when the clinic is busiest.",
        ],
        "terse": [
            "samples dropped x{sample_qty}, sig obtained",
            "needs more {sample_unit}, ran out",
            "sample closet restocked",
        ],
        "fu": [
            ("Promised another sample drop next week.", "Sample drop"),
            ("Will order more {sample_unit}.", "Order more samples"),
        ],
    },
    "psp": {
        "subject": ["{psp} enrollment", "Copay card / {psp}", "Patient support program"],
        "core": [
            "Walked {staff} through {psp} enrollment: benefits verification, copay card, and the "
            "nurse educator calls.",
            "Dr. {last} didn't know {psp} offers a copay card that takes most commercially insured "
            "patients to ${low_copay} a month.",
            "{Staff} says {psp} hub turnaround has improved; {npts_small} patients enrolled this "
            "quarter.",
            "Introduced the {psp} nurse educators who call patients in week one of therapy.",
        ],
        "detail": [
            "Left enrollment forms at the front desk.",
            "They want a single contact at the hub; gave the case manager's direct line.",
            "Reminded them the copay card cannot be used with government insurance.",
            "One enrollment stalled because the consent page was missing.",
        ],
        "terse": [
            "{psp} enrollment walkthrough w/ {staff}",
            "copay card - pts to ${low_copay}/mo, Dr unaware",
            "hub working better, {npts_small} enrolled this qtr",
            "left {psp} forms",
        ],
        "email": [
            "Email introduced {psp}: copay card, benefits verification and nurse educator support.",
            "Sent the {psp} enrollment email with the copay card details for the office.",
        ],
        "fu": [
            ("Will bring more {psp} enrollment kits.", "Bring {psp} enrollment kits"),
            ("Promised to check on the stalled hub enrollment.", "Check stalled hub enrollment"),
        ],
    },
    "dosing_card": {
        "subject": ["{brand} dosing card request", "Dosing and administration"],
        "core": [
            "Dr. {last} asked for dosing cards for the exam rooms: {dose}.",
            "Reviewed how to start {brand} ({dose}); {staff} asked for a laminated dosing card.",
            "Staff wanted a quick reference on the starting dose and when to step up; showed "
            "the dosing card.",
        ],
        "detail": [
            "They keep mixing up the titration steps; the card should help.",
            "Gave the administration guide to the nurse who trains new patients.",
        ],
        "terse": [
            "asked for dosing card",
            "dosing card x{sample_qty} for exam rooms",
            "reviewed start dose, wants laminated card",
        ],
        "email": [
            "Email included the {brand} dosing and administration reference ({dose}).",
        ],
        "fu": [
            ("Will drop off dosing cards.", "Drop off dosing cards"),
        ],
    },
    "efficacy": {
        "subject": ["{brand} core message", "{pivotal} efficacy review", "{brand} detail"],
        "core": [
            "Delivered the core {brand} message for {ind_short}: in {pivotal}, {endpoint}.",
            "Detailed {brand} using the approved leave-behind; Dr. {last} engaged on the "
            "{pivotal} primary endpoint.",
            "Dr. {last} agreed the {pivotal} results are clinically meaningful and said {she} will "
            "try {brand} in the next appropriate patient.",
            "Reviewed the {brand} indication ({ind_short}) and who the right patient is.",
        ],
        "detail": [
            "Dr. {last} currently has {npts_small} patients on {brand}, up from last quarter.",
            "Asked about durability of response; stayed with the label and the approved piece.",
            "Good engagement, asked for the leave-behind for {her} fellows.",
            "Short call, {she} was running behind.",
        ],
        "terse": [
            "core msg {pivotal}, Dr engaged",
            "detailed {brand}, will try next appropriate pt",
            "{npts_small} pts on {brand} now",
            "quick detail, running behind",
        ],
        "attended": [
            "Dr. {last} attended the {brand} webinar on the {pivotal} results and asked about "
            "patient selection.",
            "Dr. {last} logged in to the {brand} webinar; the speaker reviewed {pivotal} "
            "({endpoint}).",
        ],
        "email": [
            "Approved email highlighting the {pivotal} results: {endpoint}.",
            "Email recapped the {brand} indication ({ind_short}) and the key efficacy data.",
        ],
        "fu": [
            ("Will bring the leave-behind for the fellows.", "Bring leave-behinds for fellows"),
        ],
    },
    "speaker_program": {
        "subject": ["{brand} speaker program", "Dinner program invitation", "{brand} webinar"],
        "core": [
            "Invited Dr. {last} to the {brand} speaker program at {venue} in {pt_month}.",
            "Dr. {last} asked to be considered as a speaker for the {brand} bureau.",
            "Mentioned the upcoming {brand} dinner program; Dr. {last} said {she} would try to "
            "make it.",
        ],
        "attended": [
            "Dr. {last} attended the {brand} dinner program; the speaker covered {pivotal} and "
            "patient selection.",
            "Dr. {last} was at the {brand} program and stayed for the whole Q&A.",
            "Dr. {last} attended; the faculty speaker walked through {pivotal} and practical "
            "starts.",
        ],
        "detail": [
            "Sat with two colleagues from {inst_short}.",
            "Good Q&A; {she} asked about patient selection.",
            "Compliance sign-in sheet completed.",
        ],
        "terse": [
            "invited to speaker program @ {venue}",
            "wants to join {brand} speaker bureau",
        ],
        "email": [
            "Email invitation to the upcoming {brand} speaker program at {venue}.",
            "Sent the approved invitation for the {brand} dinner program in {pt_month}.",
        ],
        "fu": [
            ("Will send the RSVP link for the next speaker program.", "Send speaker program RSVP"),
        ],
    },
    "inservice": {
        "subject": ["Staff lunch-and-learn", "In-service with nursing staff"],
        "core": [
            "Lunch-and-learn with the nursing team on starting patients on {brand}.",
            "In-service for {staff} and two MAs; covered the ordering workflow.",
            "Held a staff in-service; Dr. {last} stopped in for the last ten minutes.",
        ],
        "detail": [
            "Six staff attended.",
            "They asked for a second session for the evening shift.",
        ],
        "terse": [
            "lunch-n-learn w/ nursing",
            "staff in-service, {staff} + 2 MAs",
        ],
        "fu": [
            ("Will schedule the second in-service for the evening shift.",
             "Schedule second in-service"),
        ],
    },
    "specialty_pharmacy": {
        "subject": ["Specialty pharmacy delays", "{sp} fulfillment"],
        "core": [
            "Scripts for {brand} sent to {sp} are taking over a week to ship; two patients "
            "missed their start date.",
            "{Staff} complained that {sp} keeps calling patients for missing paperwork.",
            "Limited-distribution network confusion: office sent a {brand} script to a retail "
            "pharmacy that can't dispense it.",
        ],
        "detail": [
            "Gave them the list of in-network specialty pharmacies.",
            "Escalated the shipping delay to the trade team.",
        ],
        "terse": [
            "{sp} shipping >1 wk, 2 pts missed start",
            "script sent to retail, not in LD network",
        ],
        "fu": [
            ("Will escalate the delay with the trade team and report back.",
             "Report back on specialty pharmacy delay"),
        ],
    },
    "reprint_request": {
        "subject": ["{pivotal} publication request", "Reprint request"],
        "core": [
            "Dr. {last} asked for a reprint of the primary {pivotal} publication for {her} "
            "fellows.",
            "Requested the {pivotal} reprint; {she} wants to present it at journal club.",
        ],
        "detail": [
            "Confirmed the on-label reprint is available through the approved channel.",
        ],
        "terse": [
            "wants {pivotal} reprint for journal club",
            "reprint req - primary pub",
        ],
        "email": [
            "Email with the link to request the {pivotal} primary publication reprint.",
        ],
        "fu": [
            ("Promised to send the {pivotal} reprint.", "Send {pivotal} reprint"),
        ],
    },
    "dnc_request": {
        "subject": ["Request to stop contact"],
        "core": [
            "Dr. {last} asked that the company stop all visits, calls and emails. Acknowledged "
            "and told {him} we would update the record.",
        ],
        "detail": ["Notified the district manager and opted the account out."],
        "terse": ["Dr asked for no further contact - opt-out submitted"],
        "fu": [],
    },
}

MEDICAL: dict[str, Bank] = {
    "off_label": {
        "subject": ["Unsolicited question: {brand} in {offlabel}", "Off-label inquiry"],
        "core": [
            "Dr. {last} asked, unsolicited, whether there is any evidence for {brand} in "
            "{offlabel}. Explained this is outside the labeled indication and shared what is "
            "published.",
            "Unsolicited off-label question on {offlabel}. No controlled data; summarized the "
            "case reports and an ongoing investigator study.",
            "Dr. {last} has a patient {she} is considering {brand} for in {offlabel} and wanted to "
            "know what the company has seen. Provided the standard response.",
        ],
        "detail": [
            "Documented as unsolicited; no proactive discussion.",
            "Made clear the company cannot recommend use outside the label.",
            "{She} asked if any trial is enrolling in this setting; pointed to the public "
            "registry.",
        ],
        "terse": [
            "unsolicited off-label Q: {offlabel}",
            "off-label {offlabel} - no RCT data, SRL offered",
        ],
        "q": [
            "Is there data on using {brand} in {offlabel}?",
            "Has {brand} been studied in {offlabel}? HCP has a patient in mind.",
        ],
        "a": [
            "Use in {offlabel} is not within the approved labeling. Provided the standard "
            "response letter summarizing available literature.",
            "No controlled trials in {offlabel}; shared published case series per the SRL.",
        ],
        "fu": [
            ("Will send the standard response letter on {offlabel}.", "Send SRL on {offlabel}"),
        ],
    },
    "trial_data": {
        "subject": ["{pivotal} data discussion", "{trial2} update",
                    "Scientific exchange: {pivotal}"],
        "core": [
            "Scientific exchange on {pivotal}: reviewed the primary endpoint, the {fu_months}-"
            "month follow-up and the hazard ratio confidence interval.",
            "Dr. {last} wanted to understand how {pivotal} handled crossover and whether the "
            "overall survival data are mature.",
            "Discussed the design of {trial2} (enrolling now) and the eligibility criteria.",
            "Walked through the {pivotal} Kaplan-Meier curves; Dr. {last} questioned the choice "
            "of comparator arm.",
        ],
        "detail": [
            "{She} is skeptical of the open-label design.",
            "{She} asked about censoring rules and the sensitivity analyses.",
            "Interested in whether patient-reported outcomes favored the active arm.",
            "Noted the {congress} late-breaker will have an updated data cut.",
        ],
        "terse": [
            "{pivotal} exchange - endpoints, HR CI, crossover",
            "{trial2} design + eligibility",
            "KM curves, comparator question",
        ],
        "q": [
            "What is the latest overall survival data from {pivotal}?",
            "Requested details on the {trial2} design and endpoints.",
        ],
        "a": [
            "Provided the published {pivotal} results and the most recent congress update.",
            "Shared the {trial2} registry summary and the design publication.",
        ],
        "fu": [
            ("Will send the {pivotal} publication and supplementary appendix.",
             "Send {pivotal} publication + appendix"),
        ],
    },
    "subgroup": {
        "subject": ["{pivotal} subgroup: {subgroup}", "Subgroup analysis question"],
        "core": [
            "Dr. {last} asked about the {pivotal} subgroup with {subgroup}; reviewed the forest "
            "plot and the interaction p-value.",
            "Most questions were about the {subgroup} subgroup in {pivotal} - small numbers, wide "
            "confidence interval, hypothesis-generating only.",
            "Discussed whether the {pivotal} benefit holds in patients with {subgroup}; shared the "
            "prespecified subgroup results.",
        ],
        "detail": [
            "Emphasized the analysis was not powered for subgroup comparisons.",
            "{She} wants to know if a dedicated analysis will be published.",
        ],
        "terse": [
            "{pivotal} subgroup ({subgroup}) - forest plot",
            "subgroup Q: {subgroup}, HR CI wide",
        ],
        "q": ["Does the {pivotal} benefit hold in the {subgroup} subgroup?"],
        "a": ["Provided the prespecified subgroup analysis from {pivotal} and its limitations."],
        "fu": [
            ("Promised to send the {pivotal} subgroup reprint.", "Send {pivotal} subgroup reprint"),
        ],
    },
    "ddi": {
        "subject": ["Drug interaction question - {brand}", "Coadministration with {ddi_short}"],
        "core": [
            "Question on coadministration of {brand} with {ddi}; reviewed the clinical "
            "pharmacology section and the recommended management.",
            "Dr. {last} has a patient on {ddi} and asked about interaction risk with {brand}.",
            "Discussed the CYP pathway data behind the {ddi} interaction warning.",
        ],
        "detail": [
            "Pharmacist at {inst_short} also on the call.",
            "Provided the PK study summary.",
        ],
        "terse": [
            "DDI Q: {brand} + {ddi}",
            "coadmin w/ {ddi} - reviewed PK",
        ],
        "q": ["Can {brand} be given with {ddi}?",
              "Patient on {ddi}; any interaction with {brand}?"],
        "a": ["Shared the clinical pharmacology data and labeled recommendation for {ddi}.",
              "Provided the DDI standard response letter."],
        "fu": [
            ("Will send the drug interaction response letter.", "Send DDI response letter"),
        ],
    },
    "adverse_event": {
        "subject": ["Adverse event report - {brand}", "AE: {ae}"],
        "core": [
            "Dr. {last} reported a patient on {brand} who developed {ae}; AE captured and "
            "forwarded to pharmacovigilance within 24 hours.",
            "Adverse event discussion: {ae} in a patient after {weeks} weeks on {brand}. "
            "Collected onset, dechallenge and outcome for the safety report.",
            "Dr. {last} asked how other centers manage {ae} on {brand}; reviewed the labeled "
            "management guidance and reported the case {she} mentioned.",
        ],
        "detail": [
            "Safety case number pending from pharmacovigilance.",
            "Patient recovered after interruption; rechallenge not attempted.",
            "Asked for the AE management response letter.",
        ],
        "terse": [
            "AE: {ae} after {weeks} wks on {brand}, sent to PV",
            "AE mgmt Q - {ae}",
        ],
        "q": ["How should {ae} be managed in a patient on {brand}?",
              "HCP reporting {ae} in a patient on {brand}."],
        "a": ["Case forwarded to pharmacovigilance; provided the labeled management guidance.",
              "Provided AE management SRL; safety report filed."],
        "fu": [
            ("Will confirm the safety case was received by pharmacovigilance.",
             "Confirm PV case receipt"),
        ],
    },
    "renal": {
        "subject": ["Renal dosing question - {brand}", "{brand} in renal impairment"],
        "core": [
            "Renal dosing question: patient with CrCl around {crcl} mL/min. Labeled guidance: "
            "{renal}.",
            "Dr. {last} asked how to dose {brand} in renal impairment, including a patient on "
            "dialysis. Reviewed the PK data: {renal}.",
            "Discussed {brand} exposure by eGFR category from the renal impairment PK study.",
        ],
        "detail": [
            "{She} also asked about hepatic impairment; covered the same section.",
            "Noted the small number of severe renal impairment patients studied.",
        ],
        "terse": [
            "renal dosing, CrCl ~{crcl}",
            "eGFR {crcl} - dose adjustment Q",
        ],
        "q": ["What is the {brand} dose for a patient with CrCl of {crcl} mL/min?",
              "Dosing of {brand} on hemodialysis?"],
        "a": ["Per labeling: {renal}. Provided the renal impairment SRL.",
              "Shared renal impairment PK data and labeled recommendation."],
        "fu": [
            ("Will send the renal impairment PK summary.", "Send renal PK summary"),
        ],
    },
    "mechanism": {
        "subject": ["{brand} mechanism of action", "MoA discussion"],
        "core": [
            "Mechanism of action discussion: {brand} is a {moa}. Dr. {last} asked how that "
            "differs from {competitor}.",
            "Reviewed preclinical selectivity data and the downstream signaling effects of "
            "{generic}.",
        ],
        "detail": [
            "{She} wanted the preclinical binding data for a lecture.",
            "Discussed resistance mechanisms seen in translational work.",
        ],
        "terse": ["MoA - {moa}", "selectivity / binding data for {generic}"],
        "fu": [
            ("Will share the MoA deck.", "Share MoA deck"),
        ],
    },
    "iis": {
        "subject": ["Investigator-initiated study concept", "IIS proposal"],
        "core": [
            "Dr. {last} is developing an investigator-initiated study of {generic} and asked about "
            "the IIS submission process.",
            "Discussed an IIS concept on {subgroup}; explained the review timeline and drug-supply "
            "process.",
        ],
        "detail": ["Concept synopsis expected next month."],
        "terse": ["IIS concept - {subgroup}", "IIS submission process Qs"],
        "fu": [
            ("Will send the IIS portal instructions.", "Send IIS portal instructions"),
        ],
    },
    "congress": {
        "subject": ["{congress} debrief", "{congress} poster discussion"],
        "core": [
            "Debriefed the {congress} data with Dr. {last}, focusing on the {trial2} poster.",
            "Met Dr. {last} at the {congress} medical booth; discussed the {pivotal} encore "
            "presentation.",
            "Dr. {last} presented a poster at {congress} and wanted to compare notes on {pivotal}.",
        ],
        "detail": ["Asked for a copy of the poster.", "Interested in the late-breaking session."],
        "terse": ["{congress} debrief - {trial2} poster", "{congress} booth, {pivotal} encore"],
        "fu": [
            ("Will send the {congress} poster PDF.", "Send {congress} poster"),
        ],
    },
    "rwe": {
        "subject": ["Real-world evidence - {brand}", "RWE discussion"],
        "core": [
            "Discussed real-world evidence for {brand} from the claims database analysis: "
            "persistence at 12 months and time to next treatment.",
            "Dr. {last} asked whether registry data support the trial findings outside the "
            "trial population.",
        ],
        "detail": ["Interested in collaborating on a retrospective chart review."],
        "terse": ["RWE - claims persistence data", "registry data Q"],
        "fu": [
            ("Will send the RWE summary.", "Send RWE summary"),
        ],
    },
    "pregnancy": {
        "subject": ["Reproductive safety question - {brand}"],
        "core": [
            "Question on {brand} in a patient planning pregnancy; reviewed the embryo-fetal "
            "toxicity data and the lactation section.",
            "Dr. {last} asked about contraception requirements and washout before conception.",
        ],
        "detail": ["Referred to the pregnancy registry."],
        "terse": ["pregnancy/lactation Q", "contraception + washout Q"],
        "q": ["Is {brand} safe during pregnancy or breastfeeding?"],
        "a": ["Provided the reproductive toxicity data and pregnancy registry information."],
        "fu": [],
    },
    "biomarker": {
        "subject": ["Biomarker testing - {brand}", "Testing workflow"],
        "core": [
            "Discussed {biomarker}; Dr. {last} says turnaround at {her} lab is {weeks} weeks.",
            "Reviewed which assays detect the target alteration and the concordance between "
            "tissue and liquid biopsy.",
        ],
        "detail": ["Pathology is considering reflex testing."],
        "terse": ["biomarker testing TAT {weeks} wks", "tissue vs liquid biopsy concordance"],
        "fu": [
            ("Will share the testing concordance data.", "Share testing concordance data"),
        ],
    },
}

COMMERCIAL_WEIGHTS = {
    "price": 8, "prior_auth": 10, "formulary": 6, "competitor": 8, "tolerability": 5,
    "samples": 5, "psp": 7, "dosing_card": 5, "efficacy": 12, "speaker_program": 3,
    "inservice": 3, "specialty_pharmacy": 3, "reprint_request": 3,
}
MEDICAL_WEIGHTS = {
    "off_label": 8, "trial_data": 12, "subgroup": 7, "ddi": 7, "adverse_event": 7, "renal": 6,
    "mechanism": 5, "iis": 2, "congress": 4, "rwe": 3, "pregnancy": 2, "biomarker": 4,
}
# Channels narrow the topic: samples are dropped, inquiries are questions, events are programs.
CHANNEL_TOPICS: dict[tuple[str, str], dict[str, int]] = {
    ("commercial", "sample_drop"): {"samples": 1},
    ("commercial", "event"): {"speaker_program": 1},
    ("commercial", "webinar"): {"speaker_program": 3, "efficacy": 2},
    ("commercial", "email"): {"efficacy": 4, "psp": 3, "dosing_card": 2, "formulary": 1,
                              "speaker_program": 2, "reprint_request": 1},
    ("medical", "medical_inquiry"): {"off_label": 6, "ddi": 5, "adverse_event": 5, "renal": 5,
                                     "pregnancy": 2, "trial_data": 3, "subgroup": 2},
    ("medical", "event"): {"congress": 3, "trial_data": 1},
    ("medical", "webinar"): {"trial_data": 2, "mechanism": 1, "congress": 1},
}
# Second topics that plausibly come up in the same conversation.
SECOND_TOPICS = {
    "commercial": ("price", "prior_auth", "formulary", "competitor", "psp", "efficacy",
                   "samples", "dosing_card"),
    "medical": ("trial_data", "subgroup", "ddi", "renal", "adverse_event", "mechanism",
                "off_label"),
}

COMM_OPENERS = {
    "in_person": ["Met Dr. {last} in clinic between patients.",
                  "Stopped by {inst_short} and caught Dr. {last} for about ten minutes.",
                  "Office lunch; Dr. {last} joined for part of it.",
                  "Scheduled appointment with Dr. {last} at the practice.",
                  "Saw Dr. {last} in the hallway after clinic."],
    "virtual": ["Virtual call with Dr. {last} over Teams.",
                "Zoom detail with Dr. {last}; audio only.",
                "Video call with Dr. {last} and {staff}."],
    "phone": ["Phone call with Dr. {last}.", "Dr. {last} returned my call.",
              "Spoke with {staff} first, then Dr. {last} got on the line."],
    "email": ["Sent approved email to Dr. {last}.", "Approved email sent after last visit.",
              "Triggered the approved follow-up email."],
    "event": ["Speaker program at {venue}.", "Dinner program, {venue}."],
    "webinar": ["{brand} webinar.", "Live webinar for regional HCPs."],
    "sample_drop": ["Sample drop at the office.", "Quick stop at the front desk."],
}
MED_OPENERS = {
    "in_person": ["Met with Dr. {last} for a scientific exchange.",
                  "Proactive MSL meeting with Dr. {last} per the medical engagement plan.",
                  "In-person scientific discussion with Dr. {last} at {inst_short}."],
    "virtual": ["Virtual scientific exchange with Dr. {last}.",
                "Teams meeting with Dr. {last} and a fellow."],
    "phone": ["Dr. {last} called with an unsolicited question.",
              "Phone exchange with Dr. {last}."],
    "email": ["Email exchange with Dr. {last} following an unsolicited request.",
              "Responded by email to Dr. {last}."],
    "event": ["Met Dr. {last} at the {congress} meeting.",
              "Dr. {last} took part in the regional advisory board."],
    "webinar": ["Dr. {last} joined the medical education webinar.",
                "Medical webinar on {pivotal}; Dr. {last} asked questions in the chat."],
}
COMM_CLOSERS = ["Good call overall.", "Next touchpoint in 3-4 weeks.", "Short but productive.",
                "{She} was rushed; will keep it brief next time.", "Positive tone.", ""]
MED_CLOSERS = ["Exchange stayed scientific; no promotional content discussed.",
               "Will continue the scientific dialogue at the next meeting.",
               "Dr. {last} is an engaged and data-driven clinician.", ""]
INQUIRY_SOURCES = ("phone", "web form", "email", "MSL-submitted request", "fax")

# Patient identifiers a careless writer drops into a note; the PHI guard must find these.
PHI_SNIPPETS = {
    "commercial": [
        "Office gave example of pt John Miller, DOB 03/04/1961.",
        "Front desk wrote MRN 00482913 on the sample log by mistake.",
        "Nurse asked me to call pt's daughter at (614) 555-0187.",
        "Pt Rosa Delgado (DOB 11/22/1958) mentioned as a case.",
        "{staff} read out MRN 7731-0092 while we talked - did not record further.",
    ],
    "medical": [
        "Case: Mrs. Helen Park, DOB 7/19/1949, seen last Tuesday.",
        "Patient Gary Whitfield, MRN 00519377, was the case in question.",
        "HCP shared pt contact for callback: 312-555-0148.",
        "Pt DOB 02/14/1967, initials R.T., MRN 661204.",
        "Patient email given by HCP: r.dawson58@example.com.",
    ],
}
# Distinctive medical-only phrases: if any of these ever shows up in a rep's view, the medical
# firewall leaked.  They are appended to a few medical notes only.
CANARIES: tuple[tuple[str, str], ...] = (
    ("Cardelis", "HORIZON-CV eGFR-below-30 exploratory cohort"),
    ("Kyraxa", "PALLAS-2 ctDNA clearance analysis"),
    ("Veltrana", "compassionate-use request for an adolescent patient"),
    ("Neurevia", "unpublished CLARITY-CM interim signal"),
)
CANARY_SENTENCES = {
    "HORIZON-CV eGFR-below-30 exploratory cohort":
        "Asked specifically about the HORIZON-CV eGFR-below-30 exploratory cohort; explained "
        "those data are not yet public.",
    "PALLAS-2 ctDNA clearance analysis":
        "Discussed the PALLAS-2 ctDNA clearance analysis presented as an exploratory endpoint.",
    "compassionate-use request for an adolescent patient":
        "Also raised a compassionate-use request for an adolescent patient; routed to the "
        "expanded access team.",
    "unpublished CLARITY-CM interim signal":
        "Had heard about an unpublished CLARITY-CM interim signal; declined to speculate.",
}


# --------------------------------------------------------------------------------------------
# HCPs
# --------------------------------------------------------------------------------------------


def _pick_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    combos = [(f, last) for last in LAST_NAMES for f in FIRST_NAMES]
    rng.shuffle(combos)
    # Last names repeat only with distinct first names; cap each last name so the set stays varied
    # at the default size (no accidental second shared-surname pair).
    out: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    cap_last = max(1, count // len(LAST_NAMES) + 1)
    cap_first = max(1, count // len(FIRST_NAMES) + 1)
    for first, last in combos:
        if seen.get("L" + last, 0) >= cap_last or seen.get("F" + first, 0) >= cap_first:
            continue
        seen["L" + last] = seen.get("L" + last, 0) + 1
        seen["F" + first] = seen.get("F" + first, 0) + 1
        out.append((first, last))
        if len(out) == count:
            break
    return out


def build_hcps(rng: random.Random, count: int) -> list[Hcp]:
    names = _pick_names(rng, count)
    planted = {
        1: ("Amara", "Okafor", "Medical Oncology"),
        4: ("Daniel", "Chen", "Cardiology"),
        9: ("Lisa", "Chen", "Endocrinology"),
    }
    dnc_ids = {6, 27}
    consent_false = {5, 14, 22, 31}
    blank_npi = {11, 24, 33}
    reps: dict[str, tuple[str, str]] = {}
    msls: dict[str, str] = {}
    used_npis: set[str] = set()
    hcps: list[Hcp] = []
    for i in range(1, count + 1):
        if i in planted:
            first, last, specialty = planted[i]
        else:
            first, last = names[i - 1]
            specialty = SPECIALTIES[(i - 1) % len(SPECIALTIES)]
        area = SPECIALTY_AREA[specialty]
        region_code, cities = REGIONS[rng.randrange(len(REGIONS))]
        if i == 1:
            region_code, cities = REGIONS[0]
            city, state = "Boston", "MA"
        else:
            city, state = rng.choice(cities)
        territory = f"{area}-{region_code}-{rng.randint(1, 3):02d}"
        # One rep per territory (a second covers a vacancy), one MSL per area+region.
        if territory not in reps:
            reps[territory] = (rng.choice(REP_NAMES), rng.choice(REP_NAMES))
        msl_key = f"{area}-{region_code}"
        if msl_key not in msls:
            msls[msl_key] = rng.choice(MSL_NAMES)
        npi = ""
        if i not in blank_npi:
            npi = make_npi(rng)
            while npi in used_npis:
                npi = make_npi(rng)
            used_npis.add(npi)
        if i == 1:
            institution = "Boston Cancer Institute"
        else:
            institution = rng.choice(INSTITUTIONS[area]).format(city=city)
        restricted: tuple[str, ...] = ()
        consent = not (i in consent_false or (i > 40 and rng.random() < 0.08))
        segment = "KOL" if i == 1 else rng.choice(SEGMENTS)
        preferred = "in_person" if i == 1 else rng.choice(PREFERRED)
        row = {
            "hcp_id": f"HCP-{i:04d}",
            "name": f"Dr. {first} {last}",
            "npi": npi,
            "specialty": specialty,
            "institution": institution,
            "city": city,
            "state": state,
            "country": "US",
            "segment": segment,
            "preferred_channel": preferred,
            "email_consent": "true" if consent else "false",
            "territory": territory,
            "restricted_products": ";".join(restricted),
            "do_not_contact": "true" if i in dnc_ids else "false",
        }
        recent = 0.35 if i == 1 else rng.choice((0.0, 0.0, 0.1, 0.25, 0.4))
        weight = 3.0 if i == 1 else rng.lognormvariate(0, 0.45)
        rep, rep2 = reps[territory]
        hcps.append(Hcp(row=row, specialty=specialty, last=last, female=first in FEMALE_FIRST,
                        products=SPECIALTY_PRODUCTS[specialty], restricted=restricted,
                        rep=rep, rep2=rep2, msl=msls[msl_key], recent=recent, weight=weight))
    _plant_restrictions(rng, hcps)
    return hcps


def _plant_restrictions(rng: random.Random, hcps: list[Hcp]) -> None:
    """Restrict one product for a few multi-product HCPs, so one product stays promotable."""
    candidates = [h for h in hcps[1:] if len(h.products) > 1 and h.last not in RESERVED_LAST]
    # Every third candidate at the default size (4 HCPs); about 2% of large stores.
    wanted = max(4, len(hcps) // 50)
    for h in candidates[1::3][:wanted]:
        h.restricted = (h.products[1] if rng.random() < 0.6 else h.products[0],)
        h.row["restricted_products"] = ";".join(h.restricted)


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    topic: str
    kind: str
    audience: str
    title: str
    channels: tuple[str, ...]


# The first 18 slots are what every product gets at the default size; later slots and versions
# only appear in larger benchmark stores.
SLOTS: tuple[Slot, ...] = (
    Slot("efficacy", "leave_behind", "commercial", "{brand} Efficacy Overview: {pivotal} Results",
         ("in_person", "virtual")),
    Slot("dosing_card", "dosing_card", "commercial", "{brand} Dosing and Administration Card",
         ("in_person", "sample_drop")),
    Slot("psp", "leave_behind", "commercial", "{psp} Patient Support Program Overview",
         ("in_person", "virtual", "email")),
    Slot("access", "leave_behind", "commercial", "{brand} Prior Authorization and Access Guide",
         ("in_person", "virtual", "email")),
    Slot("tolerability", "leave_behind", "commercial", "{brand} Safety Profile Summary",
         ("in_person", "virtual")),
    Slot("speaker_program", "email_template", "commercial",
         "Invitation: {brand} Speaker Program", ("email",)),
    Slot("efficacy", "email_template", "commercial", "{brand} Approved Email: {pivotal} Highlights",
         ("email",)),
    Slot("patient_education", "patient_brochure", "commercial",
         "Starting {brand}: A Guide for Patients", ("in_person", "sample_drop")),
    Slot("renal", "response_letter", "medical", "Standard Response: {brand} in Renal Impairment",
         ("email", "medical_inquiry")),
    Slot("ddi", "response_letter", "medical", "Standard Response: {brand} Drug-Drug Interactions",
         ("email", "medical_inquiry")),
    Slot("off_label", "response_letter", "medical", "Standard Response: {brand} in {offlabel}",
         ("email", "medical_inquiry")),
    Slot("adverse_event", "response_letter", "medical",
         "Standard Response: Management of {ae_short} with {brand}", ("email", "medical_inquiry")),
    Slot("faq", "faq", "medical", "{brand} Medical Information FAQ",
         ("email", "medical_inquiry", "in_person")),
    Slot("mechanism", "slide_deck", "medical", "{brand} Mechanism of Action (MSL Deck)",
         ("in_person", "virtual")),
    Slot("trial_data", "slide_deck", "medical", "{pivotal} Clinical Data Deck (MSL)",
         ("in_person", "virtual", "event")),
    Slot("subgroup", "reprint", "medical", "{pivotal} Subgroup Analyses: {subgroup}",
         ("in_person", "email")),
    Slot("reprint_request", "reprint", "commercial", "{pivotal} Primary Publication (Reprint)",
         ("in_person", "email")),
    Slot("congress", "congress_poster", "medical", "{trial2} Poster, {congress} 2026",
         ("in_person", "event", "email")),
    Slot("rwe", "slide_deck", "medical", "{brand} Real-World Evidence Summary",
         ("in_person", "virtual")),
    Slot("speaker_program", "slide_deck", "commercial", "{brand} Speaker Program Slide Deck",
         ("event", "webinar")),
)

# Paragraph banks for document bodies, by slot topic.  Each body = intro + 2-3 topic paragraphs
# + a closing block, which lands between ~120 and ~350 words.
BODY: dict[str, list[str]] = {
    "efficacy": [
        "{brand} ({generic}) is indicated for {indication}. In the phase 3 {pivotal} trial, "
        "{brand} delivered a {endpoint}.",
        "The benefit was consistent across key prespecified patient groups, and responses were "
        "seen early, often by the first on-treatment assessment.",
        "Identify the right patient: adults with {ind_short} who have progressed on or are not "
        "candidates for standard options. {brand} is taken as {dose}.",
        "Discontinuations due to side effects were uncommon in {pivotal}, supporting use in "
        "routine practice.",
    ],
    "dosing_card": [
        "Recommended dose: {dose}. Doses should be taken at about the same time each day.",
        "Missed dose: if a dose is missed, take it as soon as remembered on the same day; do "
        "not double the next dose.",
        "Dose modifications for side effects follow the stepwise reductions in the Prescribing "
        "Information. Keep this card in the exam room for quick reference when starting patients.",
        "Storage: keep at room temperature in the original container. Counsel patients on how "
        "and when to take each dose.",
    ],
    "psp": [
        "{psp} helps patients start and stay on {brand}. One enrollment form covers benefits "
        "verification, copay assistance and nurse educator support.",
        "Eligible commercially insured patients may pay as little as ${low_copay} per month with "
        "the {psp} copay card. The copay card is not valid for patients with government "
        "insurance such as Medicare or Medicaid.",
        "Nurse educators call patients during the first weeks of therapy to answer practical "
        "questions about taking {brand} and to encourage adherence.",
        "Case managers coordinate with specialty pharmacies and keep the office updated on "
        "enrollment status through a single point of contact.",
    ],
    "access": [
        "This guide supports offices through prior authorization for {brand}. Most plans require "
        "documentation of the diagnosis, prior therapies and the treating specialist.",
        "Checklist: confirm the diagnosis code matches the label; attach chart notes documenting "
        "prior treatment; include a letter of medical necessity; submit electronically through the "
        "payer portal where available.",
        "If a request is denied, review the denial reason, address any step therapy requirement "
        "and file an appeal within the plan's deadline. Field reimbursement managers can help "
        "offices understand payer requirements.",
        "Formulary status varies by plan and health system. For P&T reviews, Account Management "
        "can provide the product dossier on request.",
    ],
    "tolerability": [
        "The safety of {brand} was evaluated in {pivotal}. The most common side effects included "
        "{ae_list}.",
        "Most side effects were mild to moderate and manageable with supportive care or dose "
        "modification; few patients discontinued.",
        "Counsel patients on what to expect in the first weeks and when to call the office.",
        "Report suspected side effects to the company safety line or to FDA MedWatch.",
    ],
    "speaker_program": [
        "You are invited to a peer-to-peer educational program on {brand} for {ind_short}. A "
        "practicing clinician will review the {pivotal} results and practical patient selection.",
        "Programs are held in person over dinner and as live webinars. Seating is limited; "
        "please RSVP through the link provided by your representative.",
        "This program is intended for healthcare professionals only. Spouses and guests cannot "
        "attend. State meal limits apply.",
    ],
    "patient_education": [
        "Your doctor has prescribed {brand}. This guide explains what {brand} is, how to take it "
        "and what to expect during your first weeks of treatment.",
        "Take {brand} exactly as your doctor tells you. Keep a list of all the medicines you "
        "take and share it with your care team.",
        "Call your doctor right away if you notice new or worsening symptoms. Ask about {psp}, "
        "which can help with enrollment and ongoing support.",
        "Write down your questions and bring this guide to your next appointment.",
    ],
    "renal": [
        "This response addresses your unsolicited request regarding {brand} ({generic}) in "
        "patients with renal impairment.",
        "Summary: {renal}. Exposure increased modestly with declining creatinine clearance in the "
        "dedicated pharmacokinetic study.",
        "In {pivotal}, patients with eGFR between 30 and 60 mL/min/1.73m2 had efficacy and safety "
        "outcomes consistent with the overall population. Data in severe renal impairment and "
        "dialysis are limited.",
        "Clinicians should consider renal function when selecting the dose and monitor patients "
        "with reduced clearance more closely.",
    ],
    "ddi": [
        "This response addresses your unsolicited request regarding drug-drug interactions with "
        "{brand} ({generic}).",
        "{generic} is metabolized primarily through CYP pathways. Clinically relevant "
        "interactions were identified with {ddi_list}.",
        "In dedicated clinical pharmacology studies, coadministration changed {generic} exposure "
        "enough to warrant the labeled recommendations. Avoid combinations where the label "
        "advises, or adjust the dose and monitor.",
        "Concomitant medications should be reviewed before starting therapy and whenever a new "
        "medication is added.",
    ],
    "off_label": [
        "This response addresses your unsolicited request for information about {brand} "
        "({generic}) in {offlabel}. This use is not within the approved labeling.",
        "No randomized controlled trials of {brand} in {offlabel} have been completed. A small "
        "number of case reports and an investigator-sponsored study have been published.",
        "The company does not recommend use of {brand} outside the approved indication. The "
        "information below is provided for scientific exchange only.",
        "Ongoing research can be found on public clinical trial registries.",
    ],
    "adverse_event": [
        "This response addresses your unsolicited request about managing {ae_short} in patients "
        "treated with {brand} ({generic}).",
        "In {pivotal}, {ae_list} were the most frequently reported adverse events. Most events "
        "occurred in the first weeks of treatment and resolved with interruption or dose "
        "reduction.",
        "Recommended management includes baseline and periodic monitoring, supportive care, and "
        "the dose modification steps described in the labeling.",
        "Please report adverse events to the company pharmacovigilance department.",
    ],
    "faq": [
        "Frequently asked questions about {brand} ({generic}) received by Medical Information.",
        "Q: What is the mechanism of action? A: {brand} is a {moa}.",
        "Q: Is dose adjustment needed in renal impairment? A: {renal}.",
        "Q: Are there important drug interactions? A: Yes, notably with {ddi_list}. Review "
        "concomitant medications before starting.",
        "Q: Where can I find the {pivotal} results? A: The primary publication and congress "
        "updates are available from Medical Information on request.",
    ],
    "mechanism": [
        "{brand} ({generic}) is a {moa}.",
        "Preclinical studies showed high selectivity for the intended target with minimal "
        "off-target binding across a broad kinase and receptor panel.",
        "Downstream, target engagement reduces pathway signaling, which translated into the "
        "clinical activity seen in {pivotal}.",
        "Translational work continues to characterize resistance mechanisms and biomarkers of "
        "response.",
    ],
    "trial_data": [
        "{pivotal} was a randomized, controlled phase 3 trial of {brand} in {ind_short}.",
        "Primary endpoint: {endpoint}. Secondary endpoints included overall survival, "
        "patient-reported outcomes and safety.",
        "The hazard ratio and its confidence interval, the censoring rules, sensitivity analyses "
        "and crossover handling are summarized in this deck for scientific exchange.",
        "{trial2} is ongoing and will extend these findings; the design and eligibility criteria "
        "are described on the final slides.",
    ],
    "subgroup": [
        "This reprint reports prespecified and exploratory subgroup analyses of {pivotal}, "
        "including patients with {subgroup}.",
        "Treatment effects were broadly consistent across subgroups, with wider confidence "
        "intervals in smaller groups. The forest plot summarizes hazard ratios by subgroup.",
        "Interaction p-values did not indicate heterogeneity. Subgroup findings are hypothesis-"
        "generating and the trial was not powered for these comparisons.",
    ],
    "reprint_request": [
        "Reprint of the primary publication of the {pivotal} phase 3 trial of {brand} in "
        "{ind_short}.",
        "The article reports the primary endpoint ({endpoint}), key secondary endpoints and "
        "safety. Distributed in accordance with the company's reprint policy.",
        "Please see the full Prescribing Information for approved use.",
    ],
    "congress": [
        "Poster presented at {congress} 2026 describing {trial2}, a study of {brand} "
        "({generic}).",
        "The poster reports the design, baseline characteristics and early results, and places "
        "them in the context of {pivotal}.",
        "Data are preliminary and have not been peer reviewed. Provided for scientific exchange.",
    ],
    "rwe": [
        "Real-world evidence summary for {brand} ({generic}) from a US claims database and a "
        "multicenter registry.",
        "Persistence at 12 months and time to next treatment were consistent with expectations "
        "from {pivotal}, in a broader population than the trial enrolled.",
        "Limitations of observational data include confounding and incomplete capture of "
        "clinical variables.",
    ],
}
# FAQ paragraphs that answer a question another piece specializes in.
FAQ_COVERS = {BODY["faq"][1]: "mechanism", BODY["faq"][2]: "renal", BODY["faq"][3]: "ddi"}
ABOUT = {
    "commercial": [
        "Indication: {brand} ({generic}) is indicated for {indication}. Recommended dosing is "
        "{dose}.",
        "Questions: contact your {brand} representative to schedule an office visit or to order "
        "additional approved materials for your practice.",
    ],
    "medical": [
        "Background: {brand} ({generic}) is approved for {indication}. The approved dose is "
        "{dose}.",
        "For additional questions, contact Medical Information or your regional Medical Science "
        "Liaison. Individual patient decisions rest with the treating clinician.",
    ],
}
COMMERCIAL_FOOTER = ("Important Safety Information: see the full Prescribing Information for "
                     "{brand}, including warnings and precautions. For healthcare professional "
                     "use; do not copy or distribute.")
MEDICAL_FOOTER = ("References and data on file are available from Medical Information on request. "
                  "Prepared by Medical Affairs for scientific exchange in response to unsolicited "
                  "requests; not for promotional use.")

# Which content topics answer an interaction topic; used to attach content to interactions.
TOPIC_CONTENT = {
    "price": ("psp", "access"), "prior_auth": ("access",), "formulary": ("access",),
    "competitor": ("efficacy",), "tolerability": ("tolerability",),
    "samples": ("dosing_card", "patient_education"), "psp": ("psp",),
    "dosing_card": ("dosing_card",), "efficacy": ("efficacy",),
    "speaker_program": ("speaker_program",), "inservice": ("dosing_card", "patient_education"),
    "specialty_pharmacy": ("psp", "access"), "reprint_request": ("reprint_request",),
    "off_label": ("off_label",), "trial_data": ("trial_data", "congress"),
    "subgroup": ("subgroup",), "ddi": ("ddi", "faq"), "adverse_event": ("adverse_event",),
    "renal": ("renal", "faq"), "mechanism": ("mechanism",), "congress": ("congress",),
    "rwe": ("rwe",), "iis": (), "pregnancy": ("faq",), "biomarker": (), "dnc_request": (),
}


@dataclass
class ContentItem:
    meta: dict[str, object]
    body: str
    tags: frozenset[str]


def product_slots(rng: random.Random, product: Product) -> dict[str, Sequence[str]]:
    return {
        "competitor": product.competitors,
        "subgroup": product.subgroups,
        "offlabel": product.offlabels,
        "ae": product.aes,
        "ddi": product.ddis,
        "congress": product.congresses,
    }


def product_fixed(product: Product) -> dict[str, str]:
    return {
        "brand": product.brand, "generic": product.generic, "indication": product.indication,
        "ind_short": product.ind_short, "moa": product.moa, "dose": product.dose,
        "pivotal": product.pivotal, "trial2": product.trial2, "endpoint": product.endpoint,
        "ae_short": product.ae_short, "renal": product.renal, "psp": f"{product.brand}Connect",
        "sample_unit": product.sample_unit, "biomarker": product.biomarker or "biomarker testing",
        "ae_list": ", ".join(product.aes[:-1]) + " and " + product.aes[-1],
        "ddi_list": "; ".join(product.ddis),
    }


def _approval_dates(rng: random.Random) -> tuple[date, date]:
    # Skewed towards recent approvals so most pieces are still in date on the demo day.
    approved = date(2026, 10, 30) - timedelta(days=int(780 * rng.random() ** 2.0))
    expires = approved + timedelta(days=rng.randint(365, 730))
    return approved, expires


def build_content(rng: random.Random, count: int) -> list[ContentItem]:
    items: list[ContentItem] = []
    code_seq: dict[tuple[str, int], int] = {}
    per_round = len(PRODUCTS)
    for i in range(count):
        product = PRODUCTS[i % per_round]
        slot_idx = (i // per_round) % len(SLOTS)
        version = i // (per_round * len(SLOTS)) + 1
        slot = SLOTS[slot_idx]
        slots = Slots(rng, product_slots(rng, product), product_fixed(product))
        slots["low_copay"] = rng.choice(("0", "5", "10", "25"))
        title = fill(slot.title, slots)
        if version > 1:
            title += f" (v{version})"
        approved, expires = _approval_dates(rng)
        status = "approved"
        body, covers = compose_body(rng, slot, slots)
        key = (product.area, approved.year)
        code_seq[key] = code_seq.get(key, 100 + rng.randint(0, 40)) + rng.randint(1, 3)
        code = f"US-{product.area}-{approved.year}-{code_seq[key]:04d}"
        tags = {f"topic:{slot.topic}", f"product:{product.brand}", f"kind:{slot.kind}",
                f"audience:{slot.audience}"} | {f"covers:{c}" for c in covers}
        for trial in (product.pivotal, product.trial2):
            if trial in body or trial in title:
                tags.add(f"trial:{trial}")
        meta: dict[str, object] = {
            "content_id": f"CNT-{i + 1:04d}",
            "title": title,
            "audience": slot.audience,
            "approval_code": code,
            "approved_on": approved,
            "expires_on": expires,
            "status": status,
            "products": [product.brand],
            "indications": [product.ind_short],
            "kind": slot.kind,
            "channels": list(slot.channels),
        }
        items.append(ContentItem(meta=meta, body=body, tags=frozenset(tags)))
    _plant_content_states(rng, items)
    return items


def _plant_content_states(rng: random.Random, items: list[ContentItem]) -> None:
    """Force the lifecycle cases a briefing must handle: withdrawn, draft, expiring soon, expired.

    Picked by fixed positions (then a seeded sample for big stores) so the demo oncologist's
    products always include each case.
    """
    n = len(items)

    def by_pos(positions: Sequence[int]) -> list[int]:
        return [p for p in positions if p < n]

    # Position p = slot * 6 + product index (Veltrana 0, Kyraxa 1, Cardelis 2, ...).
    # e.g. withdrawn: Veltrana safety summary; draft: Kyraxa congress poster; expiring within a
    # month of the demo day: Veltrana efficacy leave-behind and KyraxaConnect overview; expired:
    # Kyraxa dosing card and Veltrana speaker invitation.
    withdrawn = by_pos([24, 43, 57, 70])
    drafts = by_pos([37, 50, 64, 89, 103])
    expiring = by_pos([0, 13, 20, 62, 75, 92])
    expired = by_pos([7, 30, 55, 81])
    if n > DEFAULT_CONTENT:
        extra = sorted(rng.sample(range(DEFAULT_CONTENT, n), k=n // 20))
        for j, p in enumerate(extra):
            [withdrawn, drafts, expiring, expired][j % 4].append(p)
    for p in withdrawn:
        items[p].meta["status"] = "withdrawn"
    for p in drafts:
        items[p].meta["status"] = "draft"
        items[p].meta["approved_on"] = date(2026, 11, rng.randint(2, 18))
        items[p].meta["expires_on"] = date(2027, 11, 1)
    for k, p in enumerate(expiring):
        exp = TODAY + timedelta(days=3 + (k * 5) % 27)
        items[p].meta["expires_on"] = exp
        items[p].meta["approved_on"] = exp - timedelta(days=rng.randint(365, 700))
    for p in expired:
        exp = date(2026, rng.randint(1, 10), rng.randint(1, 28))
        items[p].meta["expires_on"] = exp
        items[p].meta["approved_on"] = exp - timedelta(days=rng.randint(365, 700))
    # Approval codes carry the approval year; refresh them where planting moved the date.
    seen: set[str] = set()
    for item in items:
        code = str(item.meta["approval_code"])
        year = item.meta["approved_on"].year  # type: ignore[attr-defined]
        area = code.split("-")[1]
        seq = int(code.split("-")[3])
        code = f"US-{area}-{year}-{seq:04d}"
        while code in seen:
            seq += 1
            code = f"US-{area}-{year}-{seq:04d}"
        seen.add(code)
        item.meta["approval_code"] = code


def compose_body(rng: random.Random, slot: Slot, slots: Slots) -> tuple[str, set[str]]:
    """The body text, plus the topics of FAQ answers it kept (for the benchmark labels)."""
    paragraphs = BODY[slot.topic]
    # Keep the opening paragraph (it names the piece) and a seeded subset of the rest, in order,
    # then the product background every piece carries.
    rest = list(range(1, len(paragraphs)))
    keep = sorted(rng.sample(rest, k=max(2, len(rest) - rng.randint(0, 1))))
    chosen = [paragraphs[0]] + [paragraphs[k] for k in keep]
    covers = {FAQ_COVERS[p] for p in chosen if p in FAQ_COVERS}
    chosen += ABOUT[slot.audience]
    footer = COMMERCIAL_FOOTER if slot.audience == "commercial" else MEDICAL_FOOTER
    text = "\n\n".join(fill(p, slots) for p in chosen) + "\n\n" + fill(footer, slots)
    if slot.kind == "slide_deck":
        # Decks read as slide titles + speaker notes.
        text = "\n\n".join(f"## Slide {n}\n\n{fill(p, slots)}" for n, p in enumerate(chosen, 1))
        text += "\n\n" + fill(footer, slots)
    return text, covers


# --------------------------------------------------------------------------------------------
# Interactions
# --------------------------------------------------------------------------------------------


PRONOUNS = {
    True: {"she": "she", "She": "She", "her": "her", "him": "her"},
    False: {"she": "he", "She": "He", "her": "his", "him": "him"},
}


@dataclass
class InteractionItem:
    row: dict[str, object]
    tags: frozenset[str]
    when: datetime = field(default_factory=lambda: datetime(2000, 1, 1))


COMMON_POOLS: dict[str, Sequence[str]] = {
    "payer": PAYERS,
    "sp": SPECIALTY_PHARMACIES,
    "staff": OFFICE_STAFF,
    "venue": VENUES,
    "pa_n": ("2", "3", "4", "5"),
    "copay": ("150", "240", "380", "475", "600"),
    "pct": ("30", "40", "50", "60"),
    "npts": ("15", "20", "25", "30", "40"),
    "npts_small": ("3", "4", "5", "6", "8"),
    "low_copay": ("0", "5", "10", "25"),
    "sample_qty": ("2", "4", "6", "8"),
    "pt_month": ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
    "fu_months": ("18", "24", "30", "36"),
    "weeks": ("2", "3", "4", "6", "8", "12"),
    "crcl": ("22", "25", "28", "35", "40", "45"),
}


def interaction_dates(rng: random.Random, hcp: Hcp, count: int) -> list[datetime]:
    span = (ANCHOR - START).days
    out = []
    for _ in range(count):
        # A mix of steady coverage and a recent push (launch, new rep) for some HCPs.
        window = 120 if rng.random() < hcp.recent else span
        days_ago = int(window * rng.random())
        if hcp.row["do_not_contact"] == "true":
            days_ago = 150 + int((span - 150) * rng.random())  # contact stopped ~5 months ago
        d = ANCHOR - timedelta(days=days_ago)
        if d.weekday() >= 5:  # field visits happen on weekdays
            d -= timedelta(days=d.weekday() - 4)
        minutes = rng.randrange(7 * 60 + 30, 18 * 60, 5)
        out.append(datetime(d.year, d.month, d.day, minutes // 60, minutes % 60))
    out.sort()
    return out


def choose_channel(rng: random.Random, function: str) -> str:
    if function == "commercial":
        return weighted(rng, (("in_person", 36), ("virtual", 12), ("phone", 10), ("email", 18),
                              ("event", 5), ("webinar", 5), ("sample_drop", 14)))
    return weighted(rng, (("in_person", 26), ("virtual", 18), ("phone", 10), ("email", 10),
                          ("event", 6), ("webinar", 5), ("medical_inquiry", 25)))


def choose_topic(rng: random.Random, function: str, channel: str, product: Product) -> str:
    table = CHANNEL_TOPICS.get((function, channel))
    if table is None:
        table = COMMERCIAL_WEIGHTS if function == "commercial" else MEDICAL_WEIGHTS
    options = [(t, float(w)) for t, w in table.items()
               if t != "biomarker" or product.biomarker]
    return weighted(rng, options)


def author_style(author: str) -> dict[str, float]:
    # A stable per-author habit derived from the name, independent of the run's random stream.
    h = sum(ord(c) * (i + 1) for i, c in enumerate(author)) % 5
    return [
        {"terse": 0.7, "prose": 0.2, "bullets": 0.1},
        {"terse": 0.1, "prose": 0.8, "bullets": 0.1},
        {"terse": 0.2, "prose": 0.3, "bullets": 0.5},
        {"terse": 0.35, "prose": 0.55, "bullets": 0.1},
        {"terse": 0.05, "prose": 0.6, "bullets": 0.35},
    ][h]


def compose_note(rng: random.Random, *, function: str, channel: str, topics: list[str],
                 slots: Slots, style: str, fu: tuple[str, str] | None,
                 content_titles: list[str], engagement: str = "") -> str:
    banks = COMMERCIAL if function == "commercial" else MEDICAL
    if engagement == "no_show":
        what = "program" if function == "commercial" else "medical session"
        return fill(rng.choice((
            "Dr. {last} registered but did not attend the " + what + ".",
            "No-show. Dr. {last} RSVP'd yes but was not there.",
            "dr {last} no-show, will re-invite",
        )), slots)
    first = banks[topics[0]]
    if channel == "email" and function == "commercial":
        return _email_note(rng, banks, topics, slots, fu, content_titles, engagement)
    if channel == "medical_inquiry":
        q = fill(rng.choice(first["q"]), slots) if "q" in first else fill(
            rng.choice(first["core"]), slots)
        a = fill(rng.choice(first["a"]), slots) if "a" in first else fill(
            rng.choice(first["detail"]), slots)
        lines = [f"Source: {rng.choice(INQUIRY_SOURCES)}.", f"Q: {q}", f"A: {a}"]
        if len(topics) > 1:
            also = banks[topics[1]]
            lines.append("Also asked: " + fill(rng.choice(also.get("q") or also["terse"]), slots))
        if content_titles:
            lines.append(f"Sent: {content_titles[0]}.")
        if fu:
            lines.append(fill(fu[0], slots))
        return "\n".join(lines)
    openers = (COMM_OPENERS if function == "commercial" else MED_OPENERS)[channel]
    if style == "terse":
        parts = [fill(rng.choice(banks[t]["terse"]), slots) for t in topics]
        if rng.random() < 0.4:
            parts.append(fill(rng.choice(banks[topics[0]]["terse"]), slots))
        parts = list(dict.fromkeys(parts))
        if content_titles:
            parts.append(f"left {content_titles[0]}")
        if fu:
            parts.append("f/u: " + fill(fu[1], slots).lower())
        head = rng.choice(("", f"Dr {slots['last']}: ", f"{channel.replace('_', ' ')} - "))
        return head + rng.choice(("; ", " / ", ". ")).join(parts)
    sentences_by_topic = []
    for n, t in enumerate(topics):
        bank = banks[t]
        core = bank["core"]
        if channel in ("event", "webinar") and "attended" in bank:
            core = bank["attended"]
        sents = [fill(rng.choice(core), slots)]
        extra = rng.sample(bank["detail"], k=rng.randint(0, min(2, len(bank["detail"]))))
        if n == 0 and t != "samples" and rng.random() < 0.3 and len(core) > 1:
            second = fill(rng.choice(core), slots)
            if second != sents[0]:
                sents.append(second)
        sents += [fill(e, slots) for e in extra]
        sentences_by_topic.append(sents)
    opener = fill(rng.choice(openers), slots)
    closers = COMM_CLOSERS if function == "commercial" else MED_CLOSERS
    closer = fill(rng.choice(closers), slots)
    tail = []
    if content_titles:
        tail.append(f"Shared: {'; '.join(content_titles)}.")
    if fu:
        tail.append(fill(fu[0], slots))
    if closer:
        tail.append(closer)
    if style == "bullets":
        lines = [opener] + [f"- {s}" for group in sentences_by_topic for s in group]
        lines += [f"- Next: {t}" if t.startswith(("Will", "Promised", "I'll")) else f"- {t}"
                  for t in tail]
        return "\n".join(lines)
    paragraphs = [" ".join([opener] + sentences_by_topic[0])]
    paragraphs += [" ".join(g) for g in sentences_by_topic[1:]]
    if tail:
        paragraphs.append(" ".join(tail))
    if len(paragraphs) > 1 and rng.random() < 0.5:
        return " ".join(paragraphs)  # some writers never break paragraphs
    return "\n\n".join(paragraphs)


def _email_note(rng: random.Random, banks: dict[str, Bank], topics: list[str], slots: Slots,
                fu: tuple[str, str] | None, content_titles: list[str], engagement: str) -> str:
    # A rep's email log is the email itself plus what the tracking pixel says, not a call story.
    lines = []
    for t in topics:
        bank = banks[t]
        lines.append(fill(rng.choice(bank.get("email") or bank["core"]), slots))
    if content_titles:
        lines.append(f"Attached: {content_titles[0]}.")
    lines.append({
        "opened": rng.choice(("Opened the same day.", "Opened, no click.", "Opened twice.")),
        "clicked": rng.choice(("Opened and clicked through to the PI link.",
                               "Clicked the enrollment link.", "Clicked through.")),
        "unopened": rng.choice(("Not opened yet.", "Unopened after a week.", "No open.")),
    }[engagement])
    if fu:
        lines.append(fill(fu[0], slots))
    return " ".join(lines)


def _valid_content(index: dict[tuple[str, str], list[ContentItem]], audience: str, brand: str,
                   topic_wanted: Sequence[str], on: date) -> list[ContentItem]:
    pool = index.get((audience, brand), [])
    good = [c for c in pool if c.meta["status"] == "approved"
            and c.meta["approved_on"] <= on < c.meta["expires_on"]]  # type: ignore[operator]
    matching = [c for c in good if any(f"topic:{t}" in c.tags for t in topic_wanted)]
    return matching


def build_interactions(rng: random.Random, hcps: list[Hcp], total: int,
                       content: list[ContentItem]) -> list[InteractionItem]:
    counts = allocate(total, [h.weight for h in hcps], minimum=min(6, total // len(hcps)))
    index: dict[tuple[str, str], list[ContentItem]] = {}
    for c in content:
        for brand in c.meta["products"]:  # type: ignore[attr-defined]
            index.setdefault((str(c.meta["audience"]), brand), []).append(c)
    items: list[InteractionItem] = []
    for hcp, count in zip(hcps, counts, strict=True):
        items.extend(_hcp_interactions(rng, hcp, count, index))
    items.sort(key=lambda it: (it.when, str(it.row["hcp_id"])))
    for n, it in enumerate(items, 1):
        it.row["interaction_id"] = f"INT-{n:06d}"
    _plant_phi(rng, items)
    _plant_canaries(rng, items)
    _plant_briefing_patterns(rng, items, content)
    return items


def _hcp_interactions(rng: random.Random, hcp: Hcp, count: int,
                      index: dict[tuple[str, str], list[ContentItem]]) -> list[InteractionItem]:
    whens = interaction_dates(rng, hcp, count)
    is_dnc = hcp.row["do_not_contact"] == "true"
    is_demo = hcp.row["hcp_id"] == "HCP-0001"
    last_comm = -1
    # For the demo, the last contact at least 25 days before the demo day carries an overdue,
    # still-open commitment.
    k_overdue = max((k for k, w in enumerate(whens) if w.date() <= TODAY - timedelta(days=25)),
                    default=-1)
    functions = []
    for k in range(count):
        # Guarantee both histories exist; otherwise reps log about twice as often as MSLs.
        if k == 0:
            functions.append("commercial")
        elif k == 1:
            functions.append("medical")
        else:
            functions.append("commercial" if rng.random() < 0.62 else "medical")
    rng.shuffle(functions)
    if is_dnc:
        # The opt-out is the last contact of all; keep a medical row somewhere before it.
        last_comm = count - 1
        if functions[-1] == "medical":
            swap = max(k for k, f in enumerate(functions) if f == "commercial")
            functions[swap], functions[-1] = functions[-1], functions[swap]
    out = []
    last_med = max(k for k, f in enumerate(functions) if f == "medical")
    for k, (when, function) in enumerate(zip(whens, functions, strict=True)):
        forced_topic = "dnc_request" if k == last_comm else None
        # The demo HCP gets open commitments: one overdue, the latest ones due after the demo day.
        force_fu = is_demo and (k >= count - 2 or k in (k_overdue, last_med))
        out.append(_one_interaction(rng, hcp, when, function, index, forced_topic, force_fu))
    return out


def _one_interaction(rng: random.Random, hcp: Hcp, when: datetime, function: str,
                     index: dict[tuple[str, str], list[ContentItem]], forced_topic: str | None,
                     force_fu: bool) -> InteractionItem:
    channel = choose_channel(rng, function)
    if forced_topic:
        channel = "in_person"
    promotable = [p for p in hcp.products if p not in hcp.restricted] or list(hcp.products)
    # Reps never promote a restricted product; medical may still answer questions about it.
    choices = promotable if function == "commercial" else list(hcp.products)
    # The specialty's main product dominates; the second one comes up now and then.
    brand = choices[0] if len(choices) == 1 or rng.random() < 0.72 else choices[1]
    product = PRODUCT_BY_BRAND[brand]
    topic = forced_topic or choose_topic(rng, function, channel, product)
    topics = [topic]
    if not forced_topic and channel not in ("sample_drop", "event", "email") and \
            rng.random() < 0.28:
        second = rng.choice(SECOND_TOPICS[function])
        if second != topic and (second != "biomarker" or product.biomarker):
            topics.append(second)
    banks = COMMERCIAL if function == "commercial" else MEDICAL
    fixed = product_fixed(product)
    fixed.update(last=hcp.last, inst_short=str(hcp.row["institution"]))
    fixed.update(PRONOUNS[hcp.female])
    pools = dict(COMMON_POOLS)
    pools.update(product_slots(rng, product))
    slots = Slots(rng, pools, fixed)
    slots["ddi_short"] = slots["ddi"].split(" (")[0].split(" such as ")[0].split(" like ")[0]
    # Authors: the territory rep (a second rep covered part of the time), the MSL, or Med Info.
    if function == "commercial":
        author = hcp.rep if when.date() > START + timedelta(days=240) or hcp.rep == hcp.rep2 \
            else hcp.rep2
    elif channel == "medical_inquiry":
        author = MED_INFO[(when.toordinal() + len(hcp.last)) % len(MED_INFO)]
    else:
        author = hcp.msl
    styles = author_style(author)
    style = weighted(rng, list(styles.items()))
    if channel == "email" and style == "terse":
        style = "prose"
    fu_options = [f for t in topics for f in banks[t]["fu"]]
    fu = None
    if fu_options and (force_fu or rng.random() < 0.15):
        fu = rng.choice(fu_options)
    # Content shown or sent: same audience as the function (firewall), valid on that day.
    content_titles: list[str] = []
    content_ids: list[str] = []
    if channel not in ("phone",) and rng.random() < 0.3:
        wanted = [ct for t in topics for ct in TOPIC_CONTENT.get(t, ())]
        pool = _valid_content(index, function, brand, wanted, when.date())
        if pool:
            picks = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 2))))
            content_ids = [str(c.meta["content_id"]) for c in picks]
            content_titles = [str(c.meta["title"]) for c in picks]
    engagement = ""
    if channel == "email":
        engagement = weighted(rng, (("opened", 4), ("clicked", 2), ("unopened", 4)))
    elif channel in ("event", "webinar"):
        engagement = weighted(rng, (("attended", 8), ("no_show", 2)))
    if engagement == "no_show":
        # Nothing was discussed, so the row carries no topic, commitment or material.
        topics, fu, content_ids, content_titles = [], None, [], []
    note = compose_note(rng, function=function, channel=channel, topics=topics, slots=slots,
                        style=style, fu=fu, content_titles=content_titles, engagement=engagement)
    subject = cap(fill(rng.choice(banks[topic]["subject"]), slots)) if topics else (
        f"No-show: {brand} program" if function == "commercial" else "No-show: medical session")
    row: dict[str, object] = {
        "interaction_id": "",
        "hcp_id": hcp.row["hcp_id"],
        "date": when.strftime("%Y-%m-%dT%H:%M:00Z"),
        "channel": channel,
        "function": function,
        "author": author,
        "products": [brand],
        "subject": subject,
        "notes": note,
        "status": "",
        "follow_up": "",
        "follow_up_due": "",
        "engagement": "",
        "content_ids": content_ids,
        "duration_min": _duration(rng, channel),
    }
    if fu:
        due = when.date() + timedelta(days=rng.randint(5, 20 if force_fu else 35))
        row["follow_up"] = fill(fu[1], slots)
        row["follow_up_due"] = due.isoformat()
        row["status"] = _follow_up_status(rng, due, force_fu)
    if channel == "medical_inquiry":
        recent = when.date() >= TODAY - timedelta(days=21)
        row["status"] = row["status"] or ("open" if recent and rng.random() < 0.5 else "closed")
    row["engagement"] = engagement
    tags = {f"topic:{t}" for t in topics} | {f"product:{brand}", f"function:{function}"}
    # Remember which specific facts the text mentions (which off-label use, which drug, ...).
    text = subject + "\n" + note
    tags |= {f"{key}:{slots[key]}" for key in ("offlabel", "subgroup", "ae", "ddi", "competitor",
                                               "payer", "congress")
             if key in slots and slots[key] in text}
    for trial in (product.pivotal, product.trial2):
        if trial in text:
            tags.add(f"trial:{trial}")
    if fu:
        tags.add("follow_up")
    return InteractionItem(row=row, tags=frozenset(tags), when=when)


def _duration(rng: random.Random, channel: str) -> object:
    ranges = {"in_person": (5, 30), "virtual": (10, 30), "phone": (3, 15), "event": (60, 120),
              "webinar": (30, 60), "sample_drop": (2, 6), "medical_inquiry": (10, 40)}
    if channel not in ranges:
        return ""
    lo, hi = ranges[channel]
    return rng.randint(lo, hi)


def _follow_up_status(rng: random.Random, due: date, forced: bool) -> str:
    if due >= TODAY or forced:
        return "open"
    if due >= TODAY - timedelta(days=90):
        return "open" if rng.random() < 0.45 else "closed"  # some slip and go overdue
    return "open" if rng.random() < 0.03 else "closed"


def _plant_phi(rng: random.Random, items: list[InteractionItem]) -> None:
    eligible = [i for i, it in enumerate(items)
                if it.row["channel"] not in ("email", "sample_drop")
                and "topic:dnc_request" not in it.tags]
    k = min(len(eligible), max(10, len(items) // 180))
    for n, i in enumerate(sorted(rng.sample(eligible, k))):
        it = items[i]
        snippets = PHI_SNIPPETS[str(it.row["function"])]
        text = snippets[n % len(snippets)].replace("{staff}", "The nurse")
        it.row["notes"] = f"{it.row['notes']} {text}"
        it.tags = it.tags | {"phi"}


def _plant_canaries(rng: random.Random, items: list[InteractionItem]) -> None:
    for brand, phrase in CANARIES:
        eligible = [i for i, it in enumerate(items)
                    if it.row["function"] == "medical" and f"product:{brand}" in it.tags
                    and it.row["channel"] != "medical_inquiry" and "phi" not in it.tags]
        for i in sorted(rng.sample(eligible, min(3, len(eligible)))):
            it = items[i]
            it.row["notes"] = f"{it.row['notes']}\n\n{CANARY_SENTENCES[phrase]}"
            it.tags = it.tags | {"canary", f"canary:{phrase}"}


# What a commitment asks for, and the content slot title that delivers it (None: no piece does).
DELIVERABLES: tuple[tuple[str, str | None], ...] = (
    (r"reprint", "Primary Publication (Reprint)"),
    (r"dosing card", "Dosing and Administration Card"),
    (r"enrollment kit", "Patient Support Program Overview"),
    (r"safety profile", "Safety Profile Summary"),
    (r"leave-behind", "Efficacy Overview"),
    (r"LMN", "Prior Authorization and Access Guide"),
    (r"RSVP", "Speaker Program"),
    (r"sample", None),
)
# Sentences about how, where and in what mood a call happened: a briefing should skip them.
LOGISTICS_SENTENCES = {
    "in_person": ("Rescheduled from last week because clinic ran over.",
                  "Met in the cafeteria instead of the office.",
                  "Parking garage was full; walked over from the hospital lot.",
                  "Good energy in the room.",
                  "Next visit booked for the same time next month."),
    "virtual": ("Audio dropped twice; finished the call by phone.",
                "Teams link did not work at first; switched to Zoom.",
                "Camera off, audio only.",
                "Next visit booked for the same time next month."),
    "phone": ("Line was bad; called back from the car.",
              "Rescheduled from last week because clinic ran over.",
              "Friendly tone throughout."),
}


def _plant_briefing_patterns(rng: random.Random, items: list[InteractionItem],
                             content: list[ContentItem]) -> None:
    """Patterns a briefing must read right: the same request made again at a later call, a
    request delivered later while its CRM record stays open, commitments written only as
    shorthand in a note ("To do:", "Next time bring"), and logistics beside the substance."""
    by_hcp: dict[str, list[InteractionItem]] = {}
    for it in items:
        if it.row["function"] == "commercial" and it.row["channel"] != "event":
            by_hcp.setdefault(str(it.row["hcp_id"]), []).append(it)
    pieces: dict[str, list[ContentItem]] = {}
    for c in content:
        if c.meta["audience"] == "commercial":
            pieces.setdefault(str(c.meta["products"][0]), []).append(c)  # type: ignore[index]
    for rows in by_hcp.values():
        for k, it in enumerate(rows):
            fu = str(it.row["follow_up"])
            later = [r for r in rows[k + 1:] if r.when.date() < TODAY
                     and r.row["products"] == it.row["products"]
                     and "topic:dnc_request" not in r.tags]
            if fu and later:
                roll = rng.random()
                if roll < 0.3 and it.row["status"] == "open":
                    again = rng.choice(later[:4])
                    _append(again, f"Promised again: {fu[0].lower()}{fu[1:]}.")
                elif roll < 0.7:
                    _deliver(rng, it, later[0], pieces)
            elif not fu and it.row["channel"] in ("in_person", "virtual") and it.tags \
                    and rng.random() < 0.1:
                _shorthand_commitment(rng, it)
            if it.row["channel"] in ("in_person", "virtual", "phone") and rng.random() < 0.2:
                logistics = rng.choice(LOGISTICS_SENTENCES[str(it.row["channel"])])
                _append(it, logistics)


def _append(it: InteractionItem, sentence: str) -> None:
    """Add a sentence to a note; terse notes have no closing period, so give them one."""
    note = str(it.row["notes"]).rstrip()
    stop = "" if note.endswith((".", "!", "?")) else "."
    it.row["notes"] = f"{note}{stop} {sentence}"


def _deliver(rng: random.Random, made: InteractionItem, later: InteractionItem,
             pieces: dict[str, list[ContentItem]]) -> None:
    fu = str(made.row["follow_up"])
    promised = made.when.date().isoformat()
    brand = str(made.row["products"][0])  # type: ignore[index]
    on = later.when.date()
    for pattern, title in DELIVERABLES:
        if not re.search(pattern, fu, re.IGNORECASE):
            continue
        if title is None:
            _append(later, f"Dropped off the samples promised on {promised}.")
            return
        fits = [c for c in pieces.get(brand, []) if title in str(c.meta["title"])
                and c.meta["status"] == "approved"
                and c.meta["approved_on"] <= on < c.meta["expires_on"]  # type: ignore[operator]
                and (later.row["channel"] in c.meta["channels"]  # type: ignore[operator]
                     or later.row["channel"] == "sample_drop")]
        if fits:
            piece = fits[0]
            later.row["content_ids"] = [*later.row["content_ids"], piece.meta["content_id"]]  # type: ignore[misc]
            _append(later, f"Shared: {piece.meta['title']} (promised on {promised}).")
        return
    _append(later, f"Done: {fu[0].lower()}{fu[1:]} (from {promised}).")


def _shorthand_commitment(rng: random.Random, it: InteractionItem) -> None:
    topics = [t.split(":", 1)[1] for t in it.tags if t.startswith("topic:")]
    options = [f for t in sorted(topics) for f in COMMERCIAL.get(t, {}).get("fu", [])]
    if not options:
        return
    product = PRODUCT_BY_BRAND[str(it.row["products"][0])]  # type: ignore[index]
    slots = Slots(rng, {**COMMON_POOLS, **product_slots(rng, product)}, product_fixed(product))
    what = fill(rng.choice(options)[1], slots)
    if what.startswith("Bring "):
        line = f"Next time bring {what[6:]}."
    else:
        line = f"To do: {what[0].lower()}{what[1:]}."
    _append(it, line)


# --------------------------------------------------------------------------------------------
# Assembly and writing
# --------------------------------------------------------------------------------------------


@dataclass
class Dataset:
    hcps: list[Hcp]
    interactions: list[InteractionItem]
    content: list[ContentItem]
    schedule: list[dict[str, str]]


SCHEDULE_DAYS = 14  # weekdays of planned calls after TODAY
PLAN_OBJECTIVES = {
    "in_person": (
        "Drop {brand} samples and check the sample log",
        "Bring the {brand} leave-behind for the fellows",
        "Check whether the {brand} patient guides arrived",
    ),
    "virtual": (
        "Follow up on {brand} formulary status",
        "Review {brand} access: prior authorization support",
        "Invite to the {brand} speaker program",
    ),
}
MSL_OBJECTIVES = (
    "Scientific exchange: {brand} subgroup data the HCP asked about",
    "Answer the open medical question on {brand}",
)


def build_schedule(rng: random.Random, hcps: list[Hcp]) -> list[dict[str, str]]:
    """Planned calls for the weekdays after TODAY: each rep's own HCPs, four to seven a day,
    and two MSL medical visits a day (which a rep's pack must never show). Dr. Okafor
    is planted first thing on the first day so the demo day pack opens with her."""
    by_rep: dict[str, list[Hcp]] = {}
    for hcp in hcps:
        if hcp.row["do_not_contact"] != "true":
            by_rep.setdefault(hcp.rep, []).append(hcp)
    days: list[date] = []
    day = TODAY
    while len(days) < SCHEDULE_DAYS:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    plans: list[dict[str, str]] = []

    def plan(hcp: Hcp, when: datetime, channel: str, objective: str, owner: str,
             function: str) -> None:
        plans.append({
            "plan_id": f"PLAN-{len(plans) + 1:05d}", "hcp_id": hcp.row["hcp_id"],
            "start": when.strftime("%Y-%m-%dT%H:%M"), "channel": channel,
            "function": function, "objective": objective,
            "location": hcp.row["institution"] if channel == "in_person" else "",
            "owner": owner})

    for day in days:
        for rep in sorted(by_rep):
            mine = sorted(by_rep[rep], key=lambda h: h.row["hcp_id"])
            chosen = rng.sample(mine, min(len(mine), rng.randint(4, 7)))
            if day == days[0] and mine[0].row["hcp_id"] == "HCP-0001":
                chosen = [mine[0], *[h for h in chosen if h is not mine[0]]]
            when = datetime(day.year, day.month, day.day, 9, 30)
            for hcp in chosen:
                brand = rng.choice(hcp.products) if hcp.products else "our brand"
                channel = rng.choice(("in_person", "in_person", "in_person", "virtual"))
                objective = rng.choice(PLAN_OBJECTIVES[channel]).format(brand=brand)
                plan(hcp, when, channel, objective, rep, "commercial")
                when += timedelta(minutes=rng.choice((60, 75, 90, 120)))
        for hcp in rng.sample(hcps, 2):
            brand = rng.choice(hcp.products) if hcp.products else "our brand"
            when = datetime(day.year, day.month, day.day, rng.choice((10, 13, 15)), 0)
            plan(hcp, when, "virtual", rng.choice(MSL_OBJECTIVES).format(brand=brand),
                 hcp.msl, "medical")
    return sorted(plans, key=lambda p: (p["start"], p["plan_id"]))


def build(seed: int = DEFAULT_SEED, n_hcps: int = DEFAULT_HCPS,
          n_interactions: int = DEFAULT_INTERACTIONS, n_content: int = DEFAULT_CONTENT) -> Dataset:
    if n_hcps < MIN_HCPS:
        raise ValueError(f"need at least {MIN_HCPS} HCPs (the planted ones use ids up to 0009)")
    # Separate streams per record kind, so changing one size leaves the other files unchanged.
    hcps = build_hcps(random.Random(f"{seed}:hcps"), n_hcps)
    content = build_content(random.Random(f"{seed}:content"), n_content)
    interactions = build_interactions(random.Random(f"{seed}:interactions"), hcps,
                                      n_interactions, content)
    schedule = build_schedule(random.Random(f"{seed}:schedule"), hcps)
    return Dataset(hcps=hcps, interactions=interactions, content=content, schedule=schedule)


HCP_FIELDS = ("hcp_id", "name", "npi", "specialty", "institution", "city", "state", "country",
              "segment", "preferred_channel", "email_consent", "territory",
              "restricted_products", "do_not_contact")


SCHEDULE_FIELDS = ("plan_id", "hcp_id", "start", "channel", "function", "objective", "location",
                   "owner")


def yaml_scalar(value: object) -> str:
    # JSON strings are valid YAML double-quoted scalars, which sidesteps YAML's many special cases
    # (colons, '#', leading '-', 'yes'/'no').  Dates stay bare so safe_load reads them as dates.
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)


def front_matter(meta: dict[str, object]) -> str:
    lines = ["---"]
    for key, value in meta.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"  - {yaml_scalar(v)}" for v in value)
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def write(dataset: Dataset, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "hcps.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HCP_FIELDS)
        for hcp in dataset.hcps:
            writer.writerow([hcp.row[f] for f in HCP_FIELDS])
    with (out / "interactions.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for it in dataset.interactions:
            fh.write(json.dumps(it.row, ensure_ascii=False, sort_keys=True) + "\n")
    with (out / "schedule.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(SCHEDULE_FIELDS)
        for row in dataset.schedule:
            writer.writerow([row[f] for f in SCHEDULE_FIELDS])
    content_dir = out / "content"
    # Stale files from a previous, larger run would otherwise be ingested as well.
    if content_dir.exists():
        shutil.rmtree(content_dir)
    content_dir.mkdir()
    for item in dataset.content:
        path = content_dir / f"{item.meta['content_id']}.md"
        path.write_text(front_matter(item.meta) + "\n" + item.body + "\n", encoding="utf-8",
                        newline="\n")


WORD = re.compile(r"[a-z0-9]+")


def summary(dataset: Dataset) -> str:
    by_channel: dict[str, int] = {}
    by_function: dict[str, int] = {}
    for it in dataset.interactions:
        by_channel[str(it.row["channel"])] = by_channel.get(str(it.row["channel"]), 0) + 1
        by_function[str(it.row["function"])] = by_function.get(str(it.row["function"]), 0) + 1
    return (f"{len(dataset.hcps)} HCPs, {len(dataset.interactions)} interactions "
            f"{dict(sorted(by_function.items()))} {dict(sorted(by_channel.items()))}, "
            f"{len(dataset.content)} content pieces")


def main(argv: Sequence[str] | None = None,
         out_default: Callable[[], Path] = lambda: Path(__file__).resolve().parent) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hcps", type=int, default=DEFAULT_HCPS)
    parser.add_argument("--interactions", type=int, default=DEFAULT_INTERACTIONS)
    parser.add_argument("--content", type=int, default=DEFAULT_CONTENT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default: the folder holding this script)")
    args = parser.parse_args(argv)
    out = args.out or out_default()
    try:
        dataset = build(args.seed, args.hcps, args.interactions, args.content)
    except ValueError as e:
        parser.error(str(e))
    write(dataset, out)
    print(f"wrote {out}: {summary(dataset)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
