"""Build and check the fourth blind adverse-event set, bench/safety_blind4.jsonl.

Every snippet is held here; running the script writes the jsonl (order shuffled with a fixed
seed so classes are mixed) and validates every line: fields, ids, label/class agreement,
product names present in the text, reporting flags. It never imports prepcli: the set is blind
and no detector may be run while writing it (see bench/BLIND4-safety.md).

    python bench/blind4_safety_build.py          # write and check
    python bench/blind4_safety_build.py --check  # check the file on disk only
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "safety_blind4.jsonl"
SPLIT = "blind4"
SEED = 20261201

PRODUCTS = {"Veltrana", "Kyraxa", "Cardelis", "Glyvance", "Rheumora", "Neurevia"}
# A line may name the product only by its generic name or a misspelling; the brand stays in
# `products` because that is what the CRM row for the call would carry.
ALIASES = {
    "Veltrana": ["zoravetinib"],
    "Kyraxa": ["talimostat", "Kyrexa"],
    "Cardelis": ["renovabrin"],
    "Glyvance": ["semadurtide"],
    "Rheumora": ["felotinib"],
    "Neurevia": ["lomazepant"],
}
POSITIVE = {
    "ae",
    "medication_error",
    "lack_of_effect",
    "pregnancy",
    "overdose",
    "off_label",
    "interaction",
    "breastfeeding",
    "misuse",
    "exposure",
    "transmission",
}
NEGATIVE = {
    "negated",
    "hypothetical",
    "competitor",
    "no_event",
    "label_rate",
    "hcp_own",
    "disease_talk",
    "resolved_unrelated",
}
FIELDS = ["id", "split", "label", "class", "text", "products", "source", "reported"]

SOURCES = {
    "PHEE": "PHEE pharmacovigilance event-extraction corpus (Sun et al., EMNLP 2022; adverse and "
    "potential-therapeutic events with subject/treatment/effect arguments in MEDLINE case-report "
    "sentences), https://github.com/ZhaoyueSun/PHEE - paraphrased",
    "DDI": "DDI corpus / DDI Extraction 2013 annotation guidelines (mechanism, effect, advise, "
    "int), https://github.com/isegura/DDICorpus - paraphrased",
    "BIOSCOPE": "BioScope corpus annotation guidelines (negation and speculation cues and their "
    "scope; Vincze et al., BMC Bioinformatics 2008), https://rgai.inf.u-szeged.hu/node/105 - "
    "paraphrased",
    "MHRA_DSU": "MHRA Drug Safety Update articles, https://www.gov.uk/drug-safety-update - "
    "paraphrased",
    "MEDSAFE": "Medsafe (New Zealand) Prescriber Update articles, "
    "https://www.medsafe.govt.nz/profs/PUarticles.asp - paraphrased",
    "PRAC": "EMA PRAC recommendations on safety signals, https://www.ema.europa.eu/en/"
    "human-regulatory-overview/post-authorisation/pharmacovigilance-post-authorisation/"
    "signal-management/prac-recommendations-safety-signals - paraphrased",
    "WHO_SOM": "WHO, Safety of Medicines: a guide to detecting and reporting adverse drug "
    "reactions (WHO/EDM/QSM/2002.2), https://iris.who.int/handle/10665/67378 - paraphrased",
    "FDA_PMSR": "FDA draft guidance, Postmarketing Safety Reporting for Human Drug and Biological "
    "Products including Vaccines (2001), and 21 CFR 314.80, https://www.fda.gov/"
    "regulatory-information/search-fda-guidance-documents/"
    "postmarketing-safety-reporting-human-drug-and-biological-products-including-vaccines - "
    "paraphrased",
    "EMA_MEDERR": "EMA Good practice guide on recording, coding, reporting and assessment of "
    "medication errors (EMA/762563/2014), https://www.ema.europa.eu/en/documents/"
    "regulatory-procedural-guideline/"
    "good-practice-guide-recording-coding-reporting-and-assessment-medication-errors_en.pdf - "
    "paraphrased",
    "ICH_E2C": "ICH E2C(R2) Periodic Benefit-Risk Evaluation Report (exposure, reference safety "
    "information and cumulative-rate wording), https://database.ich.org/sites/default/files/"
    "E2C_R2_Guideline.pdf - paraphrased",
    "CASEREP": "Journal of Medical Case Reports (open access, archived in PMC) case-presentation "
    "phrasing, https://jmedicalcasereports.biomedcentral.com/ - paraphrased",
    "FORUM": "Patient.info discussion forums (lay wording of medicine experiences), "
    "https://patient.info/forums - paraphrased",
    "HPRA": "HPRA (Ireland) reporting pages for suspected adverse reactions and quality defects, "
    "https://www.hpra.ie/homepage/about-us/report-an-issue - paraphrased",
    "SWISSMEDIC": "Swissmedic Vigilance-News (German-language pharmacovigilance communications), "
    "https://www.swissmedic.ch/swissmedic/de/home/humanarzneimittel/marktueberwachung/"
    "pharmacovigilance/vigilance-news.html - paraphrased",
    "AEMPS": "AEMPS / Spanish Pharmacovigilance System, NotificaRAM citizen and professional "
    "reporting form wording (Spanish), https://www.notificaram.es/ - paraphrased",
    "NONE": "no external wording (no-event, disease-talk and HCP-own carriers written by the set "
    "author)",
}

# (class, text, products, source key, reported)
SNIPPETS: list[tuple[str, str, list[str], str, bool]] = [
    # ---------------------------------------------------------------- positives: ae
    (
        "ae",
        "Dr Okafor: 58M on Veltrana 600 mg developed grade 3 hepatitis at wk 6, ALT 8x ULN; "
        "drug held, prednisone started.",
        ["Veltrana"],
        "PHEE",
        False,
    ),
    (
        "ae",
        "Call from Dr Novak's NP - one of their Veltrana pts was admitted Sat w/ pneumonitis, "
        "on 4L O2, Veltrana d/c'd. Reported via the AE web form on the rep portal, confirmation "
        "#A-20931.",
        ["Veltrana"],
        "CASEREP",
        True,
    ),
    (
        "ae",
        "Kyraxa pt c/o nausea + vomiting x2 wks, lost 4 kg, onc reduced to 200 mg.",
        ["Kyraxa"],
        "CASEREP",
        False,
    ),
    (
        "ae",
        "Her words: 'since the Kyraxa I ache in every joint, like I aged 20 yrs overnight'. "
        "Struggling w/ stairs.",
        ["Kyraxa"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Cardelis - 71F fainted getting out of bed the morning after her uptitration, BP 82/50 "
        "in ED, obs overnight and home.",
        ["Cardelis"],
        "MHRA_DSU",
        False,
    ),
    (
        "ae",
        "Hb dropped from 13.1 to 9.8 over 3 months on Cardelis, no bleeding source found yet; "
        "GI referral done.",
        ["Cardelis"],
        "MEDSAFE",
        False,
    ),
    (
        "ae",
        "Glyvance pt ended up in hospital w/ acute pancreatitis, lipase >1000, Glyvance stopped. "
        "PV has it now (case 2026-11873).",
        ["Glyvance"],
        "MHRA_DSU",
        True,
    ),
    (
        "ae",
        "says the weekly Glyvance shot makes her throw up all weekend, can't even keep water "
        "down till Tuesday",
        ["Glyvance"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "sudden painless loss of vision R eye ~3 months into Glyvance; ophthalmology calling it "
        "NAION. Endo has paused it.",
        ["Glyvance"],
        "PRAC",
        False,
    ),
    (
        "ae",
        "Rheumora pt w/ night sweats, cough and weight loss, CXR shows cavitation - admitted to "
        "ID as possible TB reactivation, Rheumora on hold.",
        ["Rheumora"],
        "PRAC",
        False,
    ),
    (
        "ae",
        "'My face looks like I'm 15 again' - bad acne on cheeks and back since she started "
        "Rheumora, derm gave doxycycline.",
        ["Rheumora"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Dr Singh: 62M on Rheumora had an MI last month, stented; wants to know whether he can "
        "restart. Passed on to Medical Safety by text-to-form, ack'd.",
        ["Rheumora"],
        "PRAC",
        True,
    ),
    (
        "ae",
        "pt on Neurevia got so constipated she ended up in urgent care for disimpaction",
        ["Neurevia"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Neurevia - ALT 210 at routine bloods, GP stopped it, repeat LFTs in 2 wks.",
        ["Neurevia"],
        "CASEREP",
        False,
    ),
    (
        "ae",
        "She says her home BP readings are up since the new migraine tablet (Neurevia), 160s "
        "over 100s most mornings; never had high BP before.",
        ["Neurevia"],
        "MHRA_DSU",
        False,
    ),
    (
        "ae",
        "Sad news from Dr Hartmann's office: the gentleman on Veltrana passed away at home last "
        "week, cause not known, family said he was 'fine on Friday'.",
        ["Veltrana"],
        "WHO_SOM",
        False,
    ),
    (
        "ae",
        "Veltrana pt w/ diarrhoea 8-9x/day, dehydrated, creat 2.4 (baseline 0.9), admitted for "
        "IV fluids; onc held drug.",
        ["Veltrana"],
        "CASEREP",
        False,
    ),
    (
        "ae",
        "Veltrana: bilateral ankle oedema and 5 kg weight gain in a month, started on furosemide.",
        ["Veltrana"],
        "PHEE",
        False,
    ),
    (
        "ae",
        "Kyraxa - hot flushes and drenching night sweats so bad she hasn't slept properly in "
        "weeks; asking to stop.",
        ["Kyraxa"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Kyraxa pt dizzy and exhausted, fell at home and fractured her wrist (ORIF Tues).",
        ["Kyraxa"],
        "WHO_SOM",
        False,
    ),
    (
        "ae",
        "Lunch-n-learn w/ Dr Haddad's team, 6 attendees. Went through the ESR1 testing workflow "
        "and the patient support line. NP mentioned a Kyraxa pt who came out in a widespread itchy "
        "rash with some blisters on both arms around week 3 - seen by derm, Kyraxa held, biopsy "
        "pending. Left dosing cards + updated PI; f/u on the formulary request next month.",
        ["Kyraxa"],
        "CASEREP",
        False,
    ),
    (
        "ae",
        "Subject: Re: Cardelis samples\n\nHi,\nThanks for dropping by. Quick one - Mr T. (78), "
        "who started on the Cardelis starter pack, has been lightheaded ever since, and on Tuesday "
        "he passed out in the shower and hit his head. CT head was clear. Dr Chen has stopped it "
        "for now.\nCould someone from your side give us a call?\n\nThanks,\nMaria (practice nurse)",
        ["Cardelis"],
        "FDA_PMSR",
        False,
    ),
    (
        "ae",
        "Medical inquiry (pharmacist): pt on Neurevia 8 wks asks whether her hair shedding since "
        "starting could be the drug - what does the label say and should she stop?",
        ["Neurevia"],
        "MEDSAFE",
        False,
    ),
    (
        "ae",
        "Dr Varga: pt on felotinib for RA admitted w/ lobar pneumonia, IV abx; rheum holding "
        "felotinib until recovered.",
        ["Rheumora"],
        "PHEE",
        False,
    ),
    (
        "ae",
        "semadurtide - red, hot lumps at the injection site that last about a week after every "
        "dose, per pt.",
        ["Glyvance"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Kyrexa pt - eyes dry, gritty and blurred for a month, optometrist found keratitis, "
        "referred to eye casualty.",
        ["Kyraxa"],
        "PHEE",
        False,
    ),
    (
        "ae",
        "Patient unter Cardelis: ausgeprägte Hypotonie mit Sturz zu Hause, stationär "
        "aufgenommen. An die Arzneimittelsicherheit weitergeleitet.",
        ["Cardelis"],
        "SWISSMEDIC",
        True,
    ),
    (
        "ae",
        "Paciente con Neurevia: náuseas y mareos fuertes desde la primera semana, lo dejó por "
        "su cuenta.",
        ["Neurevia"],
        "AEMPS",
        False,
    ),
    (
        "ae",
        "Rheumora 1st dose: throat tight + hives within 30 min, adrenaline in ED, discharged "
        "next morning. Rang the 24h pharmacovigilance line from the car park.",
        ["Rheumora"],
        "WHO_SOM",
        True,
    ),
    (
        "ae",
        "Cardelis pt: pounding headache and face flushing every day since start, GP moved the "
        "dose to the evening.",
        ["Cardelis"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Veltrana - 'the skin is peeling off her palms and the soles of her feet', per the "
        "daughter; onc aware.",
        ["Veltrana"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "eGFR 58 -> 34 after 2 months of Cardelis; nephrology consult booked. Our drug safety "
        "colleague took the details over the phone this pm.",
        ["Cardelis"],
        "MEDSAFE",
        True,
    ),
    (
        "ae",
        "Rheumora pt lymphocytes 0.4 on routine FBC, had 2 chest infections since Sept.",
        ["Rheumora"],
        "MEDSAFE",
        False,
    ),
    (
        "ae",
        "Neurevia: pt described it as 'like being drunk all day', sleepy, missed 3 days of work",
        ["Neurevia"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Glyvance - pt's dad has 'zero appetite, full after two bites', lost 12 kg in 2 months "
        "and the nurse says he looks unwell.",
        ["Glyvance"],
        "FORUM",
        False,
    ),
    (
        "ae",
        "Neurevia: new panic attacks starting ~10 days after the first tablet; she stopped it "
        "herself and they went away.",
        ["Neurevia"],
        "PHEE",
        False,
    ),
    (
        "ae",
        "AE - Cardelis - lips/tongue swelling - ED visit - 14/11",
        ["Cardelis"],
        "FDA_PMSR",
        False,
    ),
    (
        "ae",
        "TASK: f/u with Dr Romero's office on the Glyvance pt admitted 11/20 w/ severe abdo "
        "pain, need outcome. Safety report made, awaiting follow-up request from PV.",
        ["Glyvance"],
        "FDA_PMSR",
        True,
    ),
    (
        "ae",
        "Rheumora pt diagnosed with lymphoma 14 months after starting; heme-onc now involved. "
        "Office would rather I didn't report it ('it's the RA'); told them I have to, will do it "
        "after the call.",
        ["Rheumora"],
        "PRAC",
        False,
    ),
    (
        "ae",
        "Kyraxa: grade 2 fatigue and mild anaemia (Hb 10.2), dose reduced to 200 mg. Done the "
        "adverse event submission in Veeva, status 'received by safety'.",
        ["Kyraxa"],
        "PHEE",
        True,
    ),
    (
        "ae",
        "Pt started Veltrana 3 wks after last pembrolizumab; ALT 12x ULN at wk 4, admitted for "
        "steroids.",
        ["Veltrana"],
        "PRAC",
        False,
    ),
    (
        "ae",
        "Glyvance pt aspirated under sedation for a colonoscopy even though she had fasted; "
        "ICU 2 nights. Gastro asked us whether it should be held before procedures.",
        ["Glyvance"],
        "MHRA_DSU",
        False,
    ),
    (
        "ae",
        "From: Pharmacy, Lakeview Oncology\nTo: territory rep\nRe: Veltrana\n\nFYI one of our "
        "pts on Veltrana came in yesterday with SOB and a new dry cough; CT shows bilateral ground "
        "glass. Pulm thinks drug-induced ILD vs infection. We've paused Veltrana.\n\n[rep note] "
        "Case went to the PV department this morning; they'll contact the office for follow-up.",
        ["Veltrana"],
        "FDA_PMSR",
        True,
    ),
    (
        "ae",
        "Dr Chen (Tampa) - 2 of his Cardelis pts have had nosebleeds 'more than usual' since "
        "starting, one needed packing. Haven't had a chance to report this yet - doing it Monday.",
        ["Cardelis"],
        "WHO_SOM",
        False,
    ),
    (
        "ae",
        "Rheumora bottle had tablets that were discoloured and smelled odd; pt took 2 and had "
        "stomach cramps all night. Bottle retained for return, lot no. noted. I lodged it with "
        "pharmacovigilance via the intranet form.",
        ["Rheumora"],
        "HPRA",
        True,
    ),
    (
        "ae",
        "Neurevia pt - itchy hives on the trunk day 2, antihistamine, continuing for now; NP "
        "said she'd report it to the regulator herself.",
        ["Neurevia"],
        "WHO_SOM",
        False,
    ),
    # ---------------------------------------------------------------- medication_error
    (
        "medication_error",
        "Pharmacy filled Cardelis 10 mg instead of the 2.5 mg starting dose; pt "
        "took it 4 days, dizzy but no fall.",
        ["Cardelis"],
        "EMA_MEDERR",
        False,
    ),
    (
        "medication_error",
        "Pt injected Glyvance daily instead of weekly for 5 days (misread the "
        "pharmacy label); vomiting, seen in ED. Notified drug safety by phone - they asked for the "
        "lot no. and labs.",
        ["Glyvance"],
        "EMA_MEDERR",
        True,
    ),
    (
        "medication_error",
        "Wrong drug: tech picked 'Kyraxa' from the drop-down for a pt who was "
        "meant to get a different tablet; she took Kyraxa for a full cycle before it was caught.",
        ["Kyraxa"],
        "EMA_MEDERR",
        False,
    ),
    (
        "medication_error",
        "Pt's husband gave her one of HIS Cardelis tablets instead of her "
        "evening meds - she felt faint for an hour, then OK.",
        ["Cardelis"],
        "WHO_SOM",
        False,
    ),
    (
        "medication_error",
        "Pt has been injecting Glyvance into the same spot on her belly every "
        "week; now a hard rubbery lump there and sugars creeping up.",
        ["Glyvance"],
        "EMA_MEDERR",
        False,
    ),
    (
        "medication_error",
        "Veltrana dose was meant to drop to 400 mg after the grade 3 diarrhoea "
        "but pt kept taking 600 mg from an old bottle at home; diarrhoea back.",
        ["Veltrana"],
        "EMA_MEDERR",
        False,
    ),
    (
        "medication_error",
        "Rheumora 3 mg and 6 mg cartons look alike - pt was handed 6 mg when "
        "the rheum wanted 3 mg (renal). No symptoms so far.",
        ["Rheumora"],
        "EMA_MEDERR",
        False,
    ),
    (
        "medication_error",
        "Neurevia taken by the wrong resident at the care home (meds trolley "
        "mix-up), resident very drowsy next morning. Informed the company safety officer "
        "(S. Ibsen) before leaving the home.",
        ["Neurevia"],
        "WHO_SOM",
        True,
    ),
    # ---------------------------------------------------------------- lack_of_effect
    (
        "lack_of_effect",
        "Dr Fitzgerald: 4 of her Neurevia pts saw no drop in migraine days after "
        "12 wks, she's switching them all.",
        ["Neurevia"],
        "WHO_SOM",
        False,
    ),
    (
        "lack_of_effect",
        "A1c went UP from 8.1 to 9.4 after 6 months of Glyvance at top dose, "
        "adherent per pharmacy refills.",
        ["Glyvance"],
        "MEDSAFE",
        False,
    ),
    (
        "lack_of_effect",
        "Rheumora - DAS28 unchanged at 16 wks, joints still hot and swollen, moving to rituximab.",
        ["Rheumora"],
        "CASEREP",
        False,
    ),
    (
        "lack_of_effect",
        "Glyvance pen complaint: pt says the dose window didn't move and nothing "
        "seemed to come out; sugars in the high teens all week. Pen kept for return.",
        ["Glyvance"],
        "HPRA",
        False,
    ),
    (
        "lack_of_effect",
        "Three Neurevia pts who fill at the same pharmacy say their migraines came "
        "back after the last refill (new lot?). Reporting done - PV ref attached to the "
        "call record.",
        ["Neurevia"],
        "HPRA",
        True,
    ),
    # ---------------------------------------------------------------- pregnancy
    (
        "pregnancy",
        "Rheumora pt found out she's 7 wks pregnant; rheum stopped it and referred to OB.",
        ["Rheumora"],
        "WHO_SOM",
        False,
    ),
    (
        "pregnancy",
        "Neurevia: positive pregnancy test at 10 wks, she kept taking it until last "
        "week. Flagged to Patient Safety within the 1 business day window.",
        ["Neurevia"],
        "MEDSAFE",
        True,
    ),
    (
        "pregnancy",
        "Partner of a Veltrana pt is pregnant - conceived while he was on treatment.",
        ["Veltrana"],
        "FDA_PMSR",
        False,
    ),
    (
        "pregnancy",
        "Glyvance pt delivered at 34 wks, baby in NICU w/ low sugars; she had been on "
        "Glyvance until she found out at 12 wks.",
        ["Glyvance"],
        "CASEREP",
        False,
    ),
    (
        "pregnancy",
        "Kyraxa pt (premenopausal, on OFS) is pregnant, termination planned. Need to "
        "get the AE form done before end of day.",
        ["Kyraxa"],
        "WHO_SOM",
        False,
    ),
    # ---------------------------------------------------------------- overdose
    (
        "overdose",
        "Teen took ~10 of her mum's Neurevia tablets after a row; poison centre advised "
        "obs, she vomited, home next day.",
        ["Neurevia"],
        "WHO_SOM",
        False,
    ),
    (
        "overdose",
        "Pt took 3 Cardelis at once to 'catch up' on missed days; systolic 78 when the "
        "nurse checked.",
        ["Cardelis"],
        "EMA_MEDERR",
        False,
    ),
    (
        "overdose",
        "Elderly pt on Kyraxa took 4 tablets a day for a week (confused it with her old "
        "pill routine); nausea + fatigue. The AE was relayed to our PV group, who will request the "
        "clinic letter.",
        ["Kyraxa"],
        "FDA_PMSR",
        True,
    ),
    (
        "overdose",
        "Veltrana: pt doubled his dose for a month 'to beat the cancer faster', told the "
        "NP only at clinic; no symptoms he can name.",
        ["Veltrana"],
        "WHO_SOM",
        False,
    ),
    # ---------------------------------------------------------------- off_label
    (
        "off_label",
        "Dr Castillo is using Rheumora in psoriatic arthritis; one of those pts had "
        "severe diarrhoea and stopped.",
        ["Rheumora"],
        "PRAC",
        False,
    ),
    (
        "off_label",
        "Neurevia prescribed for cluster headache by Dr Iqbal - pt had chest tightness "
        "after 3 doses, ECG normal, stopped.",
        ["Neurevia"],
        "CASEREP",
        False,
    ),
    (
        "off_label",
        "Glyvance given for weight loss to a 19-yo w/o diabetes; fainting spells at the "
        "gym, now stopped.",
        ["Glyvance"],
        "MHRA_DSU",
        False,
    ),
    (
        "off_label",
        "Community cardiologist started Cardelis in a HFpEF pt (EF 55%); admitted a "
        "month later with low BP and AKI. MSL submitted an individual case safety report (ICSR) to "
        "Global Drug Safety.",
        ["Cardelis"],
        "PRAC",
        True,
    ),
    # ---------------------------------------------------------------- interaction
    (
        "interaction",
        "Pt started fluconazole for thrush while on Neurevia; next day severe "
        "dizziness and vomiting.",
        ["Neurevia"],
        "DDI",
        False,
    ),
    (
        "interaction",
        "Kyraxa pt put on carbamazepine for trigeminal neuralgia; markers rising fast "
        "and onc suspects the inducer cut Kyraxa levels.",
        ["Kyraxa"],
        "DDI",
        False,
    ),
    (
        "interaction",
        "Cardelis pt took sildenafil he got from a friend - collapsed, BP 70/40, ambulance.",
        ["Cardelis"],
        "DDI",
        False,
    ),
    (
        "interaction",
        "Warfarin pt started on Veltrana: INR 6.8 two weeks later, nosebleeds; warfarin held.",
        ["Veltrana"],
        "DDI",
        False,
    ),
    (
        "interaction",
        "Glyvance; hypo 2.4 mmol/L at night, paramedics called, pt also on "
        "gliclazide which was not reduced when Glyvance started",
        ["Glyvance"],
        "DDI",
        False,
    ),
    # ---------------------------------------------------------------- breastfeeding
    (
        "breastfeeding",
        "Mum breastfeeding a 4-month-old while on Neurevia (didn't tell GP); baby "
        "very sleepy and feeding poorly, paeds review.",
        ["Neurevia"],
        "CASEREP",
        False,
    ),
    (
        "breastfeeding",
        "Rheumora pt still nursing her 6-mo-old; infant fine so far per the rheum nurse.",
        ["Rheumora"],
        "WHO_SOM",
        False,
    ),
    (
        "breastfeeding",
        "Glyvance restarted 6 wks postpartum while breastfeeding; infant with loose "
        "stools x4 days.",
        ["Glyvance"],
        "MEDSAFE",
        False,
    ),
    # ---------------------------------------------------------------- misuse
    (
        "misuse",
        "Pt's sister has been using the pt's Glyvance pens to drop weight for a wedding; "
        "ended up in ED dehydrated.",
        ["Glyvance"],
        "MHRA_DSU",
        False,
    ),
    (
        "misuse",
        "Neurevia: pt takes a double dose at weekends as a 'hangover cure', told the "
        "pharmacist quite openly.",
        ["Neurevia"],
        "FORUM",
        False,
    ),
    (
        "misuse",
        "ED doc told Dr Whitaker a young man collapsed at the gym after taking Cardelis "
        "tablets bought online as a 'pump' booster.",
        ["Cardelis"],
        "MEDSAFE",
        False,
    ),
    # ---------------------------------------------------------------- exposure
    (
        "exposure",
        "Home nurse crushed Veltrana for a tube-fed pt without gloves for 2 weeks; now "
        "red, itchy hands.",
        ["Veltrana"],
        "EMA_MEDERR",
        False,
    ),
    (
        "exposure",
        "2-yo chewed a Rheumora tablet from grandma's handbag; 6 h obs in ED, well.",
        ["Rheumora"],
        "WHO_SOM",
        False,
    ),
    (
        "exposure",
        "Husband stabbed his own thumb with her Glyvance pen while helping her inject; "
        "thumb swollen and numb.",
        ["Glyvance"],
        "EMA_MEDERR",
        False,
    ),
    # ---------------------------------------------------------------- transmission
    (
        "transmission",
        "Care home: night agency nurse used one Glyvance pen for two residents; the "
        "resident who was hep C negative in spring is now hep C antibody positive.",
        ["Glyvance"],
        "WHO_SOM",
        False,
    ),
    (
        "transmission",
        "Injection-site abscess, culture grew an atypical mycobacterium; pt says the "
        "Glyvance in that pen looked cloudy. Pen and carton kept.",
        ["Glyvance"],
        "HPRA",
        False,
    ),
    # ================================================================ hard negatives
    # ---------------------------------------------------------------- negated
    (
        "negated",
        "Cardelis pt back for 3-mo check: no dizziness, no falls, BP steady at 118/72.",
        ["Cardelis"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Veltrana: LFTs normal at wk 6 and wk 8, no sign of hepatotoxicity.",
        ["Veltrana"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Checked w/ Dr Novak's NP - none of their Veltrana pts has had pneumonitis or any "
        "breathing problem.",
        ["Veltrana"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Glyvance pt worried about pancreatitis; lipase checked and normal, no abdo pain, "
        "continuing.",
        ["Glyvance"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Rheumora: TB screen neg before start and CXR clear at 6 mo, no night sweats.",
        ["Rheumora"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Pt denies nausea or any GI upset on Glyvance, tolerating 5 mg well.",
        ["Glyvance"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Neurevia: no constipation, home BP normal, migraine days down by half.",
        ["Neurevia"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Kyraxa - ECG repeated, QTc within normal limits, no arrhythmia seen.",
        ["Kyraxa"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Derm review of the Rheumora pt: skin clear, no acne, no cold sores.",
        ["Rheumora"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Rheumora pt's pregnancy test came back negative; on reliable contraception.",
        ["Rheumora"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Cardelis: Hb stable at 13.4, no anaemia, renal function unchanged at 12 wks.",
        ["Cardelis"],
        "CASEREP",
        False,
    ),
    (
        "negated",
        "Glyvance pens - nurse confirmed no injection-site reactions, no lumps, pt rotating "
        "sites properly.",
        ["Glyvance"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Neurevia pt thought she'd taken extra tablets, but the blister count shows every "
        "dose accounted for - no overdose.",
        ["Neurevia"],
        "BIOSCOPE",
        False,
    ),
    (
        "negated",
        "Sin efectos adversos con Neurevia hasta ahora; la paciente está muy contenta.",
        ["Neurevia"],
        "AEMPS",
        False,
    ),
    # ---------------------------------------------------------------- hypothetical
    (
        "hypothetical",
        "Dr Chen asked: what if a pt on Cardelis also needs sildenafil - is that contraindicated?",
        ["Cardelis"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "MI request: could Glyvance cause pancreatitis in pts with a history of "
        "gallstones? General question, no pt.",
        ["Glyvance"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "If a woman on Rheumora became pregnant, what washout would you advise? "
        "(counselling question, nobody pregnant)",
        ["Rheumora"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Nurse wants to know what to do if a pt ever injects two Glyvance doses in a "
        "week - for the teaching sheet.",
        ["Glyvance"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Dr Ellison wonders whether Glyvance might worsen retinopathy in her poorly "
        "controlled pts; wants data before starting any.",
        ["Glyvance"],
        "PRAC",
        False,
    ),
    (
        "hypothetical",
        "Can Neurevia be used while breastfeeding? Pharmacist is preparing a leaflet.",
        ["Neurevia"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Dr Iqbal: is there a risk of medication-overuse headache if pts take "
        "Neurevia more often than prescribed?",
        ["Neurevia"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Possible liver toxicity with Veltrana right after checkpoint inhibitors? Dr "
        "Petrov wants the sequencing data before his first pt.",
        ["Veltrana"],
        "PRAC",
        False,
    ),
    (
        "hypothetical",
        "Should Kyraxa be held before surgery? Pharmacist asked for peri-op guidance.",
        ["Kyraxa"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Dr Rosario asked if Rheumora could be tried in psoriatic arthritis - told "
        "her that's off label, referred to MI.",
        ["Rheumora"],
        "BIOSCOPE",
        False,
    ),
    (
        "hypothetical",
        "Can Kyraxa tablets be crushed for a pt with a PEG tube? Pt not started yet.",
        ["Kyraxa"],
        "EMA_MEDERR",
        False,
    ),
    (
        "hypothetical",
        "Pt asked the pharmacist whether the Cardelis dizziness she read about online "
        "will happen to her - she hasn't started it.",
        ["Cardelis"],
        "BIOSCOPE",
        False,
    ),
    # ---------------------------------------------------------------- competitor
    (
        "competitor",
        "Switched off dulaglutide because of severe vomiting on it; Glyvance to start next week.",
        ["Glyvance"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Dr Whitaker: a pt on vericiguat fainted in clinic; she's considering Cardelis "
        "for others instead.",
        ["Cardelis"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Abemaciclib pt with grade 3 diarrhoea; onc thinks Kyraxa mono may be better "
        "tolerated as the next line.",
        ["Kyraxa"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Tocilizumab pt had a bowel perforation last month; rheum asked about Rheumora's GI data.",
        ["Rheumora"],
        "PRAC",
        False,
    ),
    (
        "competitor",
        "Galcanezumab gave her an injection-site rash and constipation; Dr Holloway may "
        "try Neurevia.",
        ["Neurevia"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "2L docetaxel pt developed febrile neutropenia, admitted; Veltrana planned next "
        "if KRAS G12C is confirmed.",
        ["Veltrana"],
        "CASEREP",
        False,
    ),
    (
        "competitor",
        "Empagliflozin gave two of his pts recurrent thrush, so he now prefers Glyvance in women.",
        ["Glyvance"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Liraglutide pt developed gallstones and stopped; endo wants Glyvance samples "
        "for someone else.",
        ["Glyvance"],
        "MHRA_DSU",
        False,
    ),
    (
        "competitor",
        "Ubrogepant made her sleepy; Neurevia discussed as a preventive, not started.",
        ["Neurevia"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Palbociclib neutropenia delayed her cycles; showed Kyraxa combination data.",
        ["Kyraxa"],
        "PHEE",
        False,
    ),
    (
        "competitor",
        "Sacubitril/valsartan angioedema in one of Dr Dubois' pts; Cardelis mentioned "
        "as an add-on for other pts.",
        ["Cardelis"],
        "DDI",
        False,
    ),
    (
        "competitor",
        "Methotrexate LFT rise in 3 of Dr Varga's pts; we went through Rheumora's "
        "liver monitoring schedule.",
        ["Rheumora"],
        "PHEE",
        False,
    ),
    # ---------------------------------------------------------------- no_event
    (
        "no_event",
        "Pt stopped Cardelis because insurance dropped coverage; no issues while on it.",
        ["Cardelis"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Sample closet check: 6 Glyvance pens past expiry removed and destroyed, none given out.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Reminded the office how to report side effects on our products; left the PV contact card.",
        [],
        "FDA_PMSR",
        False,
    ),
    (
        "no_event",
        "Dr Okafor attended the Veltrana advisory board; talked KRAS testing turnaround.",
        ["Veltrana"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Glyvance pt booked for elective knee replacement in Jan - planned before she started.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    ("no_event", "Neurevia prior auth approved after appeal.", ["Neurevia"], "NONE", False),
    (
        "no_event",
        "Kyraxa pt moved to Florida, care transferred; doing well per the office.",
        ["Kyraxa"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Pharmacy audit: Rheumora 6 mg daily matches the Rx for all 14 pts, no discrepancies.",
        ["Rheumora"],
        "EMA_MEDERR",
        False,
    ),
    (
        "no_event",
        "Requested the Cardelis renal-dosing card; dropped off 20.",
        ["Cardelis"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Pt never started Veltrana - enrolled in a clinical trial elsewhere.",
        ["Veltrana"],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Office asked for a PV/AE-reporting training slot for new nurses; booked 12/10.",
        [],
        "NONE",
        False,
    ),
    (
        "no_event",
        "Glyvance teaching session with a demo pen (no drug in it), 5 new pts trained.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    # ---------------------------------------------------------------- label_rate
    (
        "label_rate",
        "Veltrana slide: diarrhoea 31%, nausea 24%, ALT increased 12% in the pivotal trial.",
        ["Veltrana"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Went through the Glyvance label: nausea up to 20%, pancreatitis 0.2% in trials.",
        ["Glyvance"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Cardelis PI: hypotension 9.1% vs 7.9% placebo, syncope 4%.",
        ["Cardelis"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Rheumora MSL deck: serious infections 2.6/100 PY, herpes zoster 1.1/100 PY.",
        ["Rheumora"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Neurevia PI: constipation 3%, nausea 4%; no liver signal in the trials.",
        ["Neurevia"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Kyraxa: grade >=3 AEs 22%, discontinuations for AEs 3% in the registration study.",
        ["Kyraxa"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "MSL shared the periodic report summary: cumulative exposure ~41,000 pt-years "
        "for Cardelis, no new signals.",
        ["Cardelis"],
        "ICH_E2C",
        False,
    ),
    (
        "label_rate",
        "Poster at the congress: acne 5% on Rheumora vs 1% on placebo.",
        ["Rheumora"],
        "PRAC",
        False,
    ),
    (
        "label_rate",
        "Glyvance: 6% stopped for GI AEs in trials vs 2% comparator - Dr Lisa Chen "
        "wanted the numbers for her P&T.",
        ["Glyvance"],
        "ICH_E2C",
        False,
    ),
    # ---------------------------------------------------------------- hcp_own
    (
        "hcp_own",
        "Dr Novak off sick - admitted with pneumonia herself; Veltrana lunch rescheduled.",
        ["Veltrana"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Dr Romero broke her wrist skiing; Glyvance meeting moved to Thurs.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "NP said she gets migraines too and was curious about Neurevia for herself; no Rx written.",
        ["Neurevia"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Pharmacist had hives from his own amoxicillin last week; we talked Cardelis "
        "formulary after.",
        ["Cardelis"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Dr Haddad mentioned his own new AF diagnosis, on a blood thinner; discussed "
        "Kyraxa referrals.",
        ["Kyraxa"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Receptionist fainted in the waiting room (diabetic, skipped lunch); call cut "
        "short, Glyvance not discussed.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Dr Ellison is on maternity leave; the covering doc and I went over Glyvance dosing.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    (
        "hcp_own",
        "Nurse manager had shingles and was out a week; Rheumora in-service rescheduled.",
        ["Rheumora"],
        "NONE",
        False,
    ),
    # ---------------------------------------------------------------- disease_talk
    (
        "disease_talk",
        "Dr Fitzgerald: more medication-overuse headache in her practice than ever; "
        "Neurevia positioning discussed.",
        ["Neurevia"],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "NSCLC pts often present with breathlessness and weight loss; KRAS G12C ~13% "
        "in her cohort. Veltrana eligibility reviewed.",
        ["Veltrana"],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "30-day HF readmissions at St Brendan's run ~22%; Cardelis data on HF "
        "hospitalisation shown.",
        ["Cardelis"],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "RA pts carry higher CV and infection risk at baseline - Rheumora positioning.",
        ["Rheumora"],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "Endo: her T2D pts on insulin get hypos often and the retinopathy screening "
        "backlog is 6 months.",
        [],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "ESR1 mutations emerge after AI therapy; Kyraxa testing discussion.",
        ["Kyraxa"],
        "NONE",
        False,
    ),
    (
        "disease_talk",
        "Dr Ramirez: gastroparesis is common in long-standing diabetes, vomiting and "
        "early satiety are the usual complaints; Glyvance dose-escalation talk.",
        ["Glyvance"],
        "NONE",
        False,
    ),
    # ---------------------------------------------------------------- resolved_unrelated
    (
        "resolved_unrelated",
        "Pt had C. diff colitis in August, fully resolved before Rheumora was started in October.",
        ["Rheumora"],
        "CASEREP",
        False,
    ),
    (
        "resolved_unrelated",
        "Long-standing mild ALT elevation from fatty liver (~60) unchanged after 6 mo on Kyraxa.",
        ["Kyraxa"],
        "CASEREP",
        False,
    ),
    (
        "resolved_unrelated",
        "Pt's knee replacement and DVT were in 2023, long before Veltrana.",
        ["Veltrana"],
        "CASEREP",
        False,
    ),
    (
        "resolved_unrelated",
        "Chronic stable anaemia, Hb ~10.5 since 2022 (CKD); same on Cardelis.",
        ["Cardelis"],
        "CASEREP",
        False,
    ),
    (
        "resolved_unrelated",
        "Migraine aura with tingling for years before Neurevia; same aura, fewer attacks now.",
        ["Neurevia"],
        "CASEREP",
        False,
    ),
    (
        "resolved_unrelated",
        "One episode of alcohol pancreatitis in 2019, before any GLP-1; Glyvance "
        "started this year, no recurrence.",
        ["Glyvance"],
        "CASEREP",
        False,
    ),
]


def build() -> list[dict]:
    rows = []
    for n, (cls, text, products, source, reported) in enumerate(SNIPPETS, 1):
        rows.append(
            {
                "id": f"b4s{n:03d}",
                "split": SPLIT,
                "label": cls in POSITIVE,
                "class": cls,
                "text": text,
                "products": products,
                "source": SOURCES[source],
                "reported": reported,
            }
        )
    random.Random(SEED).shuffle(rows)
    return rows


def names_of(product: str) -> list[str]:
    return [product, *ALIASES.get(product, [])]


def check(rows: list[dict]) -> list[str]:
    errors = []
    ids: set[str] = set()
    texts: set[str] = set()
    for i, r in enumerate(rows, 1):
        where = f"line {i} ({r.get('id')})"
        if list(r) != FIELDS:
            errors.append(f"{where}: fields {list(r)} != {FIELDS}")
            continue
        if not re.fullmatch(r"b4s\d{3}", r["id"]) or r["id"] in ids:
            errors.append(f"{where}: bad or duplicate id")
        ids.add(r["id"])
        if r["split"] != SPLIT:
            errors.append(f"{where}: split {r['split']!r}")
        if not isinstance(r["label"], bool) or not isinstance(r["reported"], bool):
            errors.append(f"{where}: label/reported must be booleans")
        if r["class"] not in POSITIVE | NEGATIVE:
            errors.append(f"{where}: unknown class {r['class']!r}")
        if r["label"] != (r["class"] in POSITIVE):
            errors.append(f"{where}: label {r['label']} disagrees with class {r['class']}")
        if r["reported"] and not r["label"]:
            errors.append(f"{where}: a negative cannot be reported")
        if not r["text"].strip() or r["text"] in texts:
            errors.append(f"{where}: empty or duplicate text")
        texts.add(r["text"])
        if r["source"] not in SOURCES.values() or (
            "http" not in r["source"] and not r["source"].startswith("no external")
        ):
            errors.append(f"{where}: source not in the list or without URL")
        for p in r["products"]:
            if p not in PRODUCTS:
                errors.append(f"{where}: {p!r} is not a company product")
            elif not any(name.lower() in r["text"].lower() for name in names_of(p)):
                errors.append(f"{where}: {p!r} not named in the text")
        named = {
            p
            for p in PRODUCTS
            if any(re.search(rf"\b{re.escape(name)}\b", r["text"], re.I) for name in names_of(p))
        }
        if named - set(r["products"]):
            errors.append(
                f"{where}: text names {sorted(named - set(r['products']))} not in products"
            )
        if r["label"] and not r["products"]:
            errors.append(f"{where}: a positive must involve a company product")
    return errors


def summary(rows: list[dict]) -> str:
    by_class = Counter((r["label"], r["class"]) for r in rows)
    pos = [r for r in rows if r["label"]]
    lines = [
        f"{len(rows)} snippets: {len(pos)} positive, {len(rows) - len(pos)} negative, "
        f"{sum(r['reported'] for r in rows)} reported",
    ]
    for (label, cls), n in sorted(by_class.items(), key=lambda kv: (not kv[0][0], -kv[1])):
        lines.append(f"  {'pos' if label else 'neg'} {cls}: {n}")
    by_source = Counter(r["source"].split(",")[0].split(" (")[0] for r in rows)
    lines.append("sources:")
    lines += [f"  {n:3d}  {s}" for s, n in by_source.most_common()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the file on disk only")
    args = parser.parse_args()
    if args.check:
        rows = [json.loads(line) for line in OUT.read_text().splitlines() if line.strip()]
    else:
        rows = build()
    errors = check(rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    if not args.check:
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(summary(rows))


if __name__ == "__main__":
    main()
