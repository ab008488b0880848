"""Classes of identifiers in clinicians' questions about named patients and in Swiss German
clinical lines (the classes phi_blind9_dev's misses and false positives fell into), each tested
on sentences written for this file, never copied from a benchmark set. Marks as in
bench/blind_phi_marks.py: {N|..} patient's name, {M|..} record or insurance number, {A|..}
address, {P|..} phone, {D|..} birth date, {H|..} a clinician's name that must stay, {I|..}
scored neither way. ROUND_1 was written first and measured on main before any rule changed;
ROUND_2 was written after round 1's rules and measured before its own fixes."""

from __future__ import annotations

import pytest

from tests.phi_marked import assert_identifiers_go_and_clinicians_stay

ROUND_1_EN = [
    # insurance / plan / case numbers after their label, a copula or a '#'
    "Dosing of apixaban for an 80-year-old woman, {N|Carol Nguyen}, seen at {I|Baptist "
    "Health} on {I|3/3/2023}; insurance plan {M|#KP-4417820}.",
    "pt on dialysis, ins policy no. {M|MX-220391}, asking about epo dosing in ESRD.",
    "Her plan is {M|UH-7781204}, can we get prior auth for dupilumab?",
    "insurance is {M|BCB-883120}. what's the max dose of gabapentin in CKD stage 4?",
    "see case {M|#MG-554310} for the prior workup of this 61yo w/ sarcoid.",
    "Admitted for urosepsis (MRN: {M|#NYU-80431}), what empiric coverage?",
    "tx for 70yo w/ gout, ins: {M|WX-330217}.",
    "The policy number is {M|TR-90017}; does it cover CGM for type 2?",
    "Renal dosing of cefepime (Insurance: {M|QRT559201})?",
    "He has coverage under plan {M|#PX-77120} and needs a PA for Entresto.",
    # a given name and an initial set off by commas, or after "case of" / "notes for"
    "asthma plan for an 8yo boy, {N|Kevin M.}, who had two ED visits last month",
    "see case of {N|Rachel P.} at {I|Mercy Hospital} on {I|5/2/2022}, what about IVIG?",
    "pt seen at {I|Valley Clinic}, {N|Peter G.} on {I|June 3rd 2023}, worried about "
    "statin myalgia.",
    "a 45-year-old with psoriatic arthritis, {N|Diane W.} presented to {I|Kaiser} with "
    "new joint pain",
    "gout flare in a 59yo male, {N|Oscar F.}, started allopurinol last week, continue colchicine?",
    "{N|Laura K.} mentioned this case at the tumor board on {I|Mar 8}.",
    "review notes for {N|Vincent B.}, seen at {I|St. Mary's} on {I|2/2/2023}.",
    # a drug before the patient's name is no name
    "Bleeding risk for a 66-year-old female on Metformin and Lisinopril, {N|Nora B.}, "
    "seen at {I|Regions Hospital}?",
    "Interactions for a 71yo on Amiodarone, {N|Gary H.}, admitted to {I|Mercy} on {I|Jan 3}.",
    # where the patient is from
    "a 70-year-old man, {N|Walter Price} from {A|Phoenix}, admitted on {I|May 2, 2023} with CAP",
    "Treatment options for {N|Karen Ellis} from {A|Denver}, 52, with new-onset AF?",
    "referred by Dr. {H|Helen Ortiz} from {I|Boston} on {I|March 4, 2023}.",
    # clinicians after Dr. stay
    "seen by Dr. {H|Omar K.} at {I|Baylor} on {I|2/2/2022}, what next for refractory HTN?",
]

ROUND_1_DE = [
    # a Swiss chart's "SURNAME Given" and "Surname Surname, Given"
    "{N|BRUNNER Käthi Maria}, geb. {D|12.03.1948}",
    "{N|STEINER-GRAF Ursula} hat gut geschlafen.",
    "{N|VON ARX Beat}, Zimmer 12",
    "{N|Gerber Wyss, Heidi} hat die Medikamente selbständig gerichtet.",
    "{N|ZIMMERLI Ruth} wurde am Vormittag mobilisiert.",
    # family, Herr/Frau with an initial or a surname that is a German noun
    "Familie {N|Zgraggen} wünscht einen Rückruf.",
    "Herr {N|K.} klagt über Schwindel.",
    "Herr {N|Fuchs} kommt am Montag zur Kontrolle.",
    "Bei Frau {N|Koch} zeigt sich eine Besserung.",
    "Gespräch mit Frau {N|R.} und ihrem Sohn.",
    # relatives: the relative's word is no name, the relative is
    "Beim Vater, {N|Ernst Koller}, wurde ein Aneurysma festgestellt.",
    "Mit der Tochter, {N|Regula Imhof}, telefoniert.",
    "Geschwister (3, 7, 9) gesund.",
    "Enkel (1, 4) leben im gleichen Haushalt.",
    # clinicians: titles, roles after the name, sign-offs, attendance lists
    "Prof. Dr. med. {H|Lukas Brändli}, Chefarzt Kardiologie",
    "Dr. med. {H|Sabine Keller}, Oberärztin",
    "{H|Corinne Frei}, Assistenzärztin",
    "{H|Marco Bianchi}, Pflegefachmann HF",
    "{H|Nadine Roos}, Pflegefachfrau",
    "i.A. {H|Reto Schmid}",
    "Visum: {H|U. Lanz}",
    "Anwesend: {H|Vogel}, {H|Bachmann}, {H|Egli}",
    "Leitende Ärztin Dr. {H|Petra Suter}",
    # phones, towns, case numbers
    "Tel.-Nr.: {P|+41 44 255 11 11}",
    "Natel: {P|079 555 12 34}",
    "Tel. P: {P|061 123 45 67}",
    "Die Patientin stammt aus {A|Sursee}.",
    "Patient aus {A|Brugg}, lebt allein.",
    "Fall-Nr. {M|40012345}",
    "Fall {M|5588123}, Station 4",
    "PID {M|1234567}",
]

ROUND_2_EN = [
    # insurance numbers: other cover words, copulas, a '#'
    "Prior auth for Dupixent; member's ins # {M|AZ-4471920}, 34yo w/ eczema.",
    "ins. plan: {M|KX-220198} -- is tirzepatide covered for a 41-year-old w/ obesity?",
    "Her insurance number was {M|HMO-660912}; can she get a CGM?",
    "Coverage: {M|WLP-5521903} (commercial), any copay card for Nurtec?",
    "57yo on dialysis, health plan ID {M|CB7719420}, epoetin dosing?",
    "His plan # is {M|#GH-88120}; what are the step-therapy rules?",
    "Insurance policy: {M|PPO-3390127}, considering a switch to apixaban.",
    # given name and initial, in other places of a query
    "Discussed with {N|Maggie R.} yesterday whether to stop methotrexate before surgery.",
    "Follow-up for {N|Andre T.} after his TAVR, when to restart warfarin?",
    "Can {N|Helen M.} take ibuprofen with her lisinopril?",
    "pt {N|Carlos V.} (52yo) asking about shingles vaccine after chemo",
    "Case: {N|Yusuf K.}, 44, new HFrEF, started sacubitril.",
    "For {N|Brenda O.}, 71yo female w/ CKD 3b, is dapagliflozin safe?",
    # drugs capitalised beside the patient
    "On Furosemide and Spironolactone, {N|Irene D.}, 80, has hyperkalemia; adjust?",
    "Started Gabapentin last month, {N|Tomas L.} now reports dizziness.",
    # where the patient is from
    "{N|Dolores Vega} from {A|Tucson}, 66, asking about RSV vaccine timing.",
    "treatment for {N|Pavel Novak} from {A|Omaha, NE}, a 59-year-old with gout",
    "Patient {N|Ruth Adler} from Cardiology clinic referral, what next?",
    # clinicians stay
    "Dr. {H|Priya N.} at {I|Emory} wants to know the max dose of colchicine.",
    "referred by Dr. {H|Mark Ellison} from {I|Tampa}, 68yo w/ AF.",
]

ROUND_2_DE = [
    # SURNAME Given and Surname Surname, Given in other shapes
    "{N|KELLER-BÜHLER Margrit}, 1938, Pflegeheim",
    "{N|DA SILVA Maria José} wurde heute entlassen.",
    "{N|ODERMATT Franz Josef} erhielt 2 Ec.",
    "{N|Frei Kunz, Lisbeth} ist orientiert.",
    # Herr/Frau, Familie, an initial
    "Frau {N|B.} wünscht keine Reanimation.",
    "Rückruf an Familie {N|Ammann} erfolgt.",
    "Herr {N|Vogt} Mitte Januar gestürzt.",
    "Bei Herrn {N|W.} zeigt sich eine Verschlechterung.",
    # relatives and their words
    "Die Ehefrau, {N|Monika Stucki}, ist informiert.",
    "Kinder (5, 8) beim Vater.",
    "Laut Tochter keine Allergien bekannt.",
    # clinicians
    "Prof. Dr. med. {H|Anna Ruckstuhl}, Leitende Ärztin Neurologie",
    "{H|Sandra Imhof}, Physiotherapeutin",
    "{H|Luca Rossi}, MPA",
    "i. A. {H|Claudia Weber}, Sekretariat Kardiologie",
    "gez. Dr. {H|Beat Hofer}",
    "Visum {H|Dr. S. Graf}",
    "Verteiler: {H|Hausarzt Dr. Moser}, {H|Spitex}",
    "Teilnehmende: {H|Brunner}, {H|Wenger}, {H|Frey}",
    # phones, towns, numbers
    "Tel.-Nr. Ehefrau: {P|079 812 34 56}",
    "Telefonnr.: {P|+41 31 632 21 11}",
    "Patientin aus {A|Muri}, wohnt mit Ehemann.",
    "Der Patient stammt ursprünglich aus {A|Sion}.",
    "Fall {M|7012345} / PID {M|3300456}",
    "Pat.-Nr.: {M|880012}",
]

# ROUND_3 was written after round 2's fixes, farther from the dev rows' shapes (initials
# without their dot, brackets, "Surname, Given" in a query, letters' headers and signatures),
# and measured before its own fixes.
ROUND_3_EN = [
    "what's the INR target for {N|Bob K} who has a mechanical mitral valve",
    "pt: {N|Lorraine S.}, 77F, on Eliquis -- renal dosing?",
    "ins ID# {M|QZ-5512098} for the 63yo with new AF",
    "Her insurance ID is {M|55-9921-0042}; does it cover Wegovy?",
    "Policy no: {M|LMN40021877}, asking about Shingrix.",
    "a 45yo woman ({N|Tanya W.}) with lupus nephritis, MMF or cyclophosphamide?",
    "Pt's name is {N|Oliver P.}, 12yo w/ ADHD on methylphenidate.",
    "{N|Thompson, Greg}, 58yo male w/ HTN, is chlorthalidone better than HCTZ?",
    "Ms. {N|Okafor}, 49, on Tamoxifen, hot flashes management?",
    "Mr. {N|Lee} from {A|Fresno}, 81, post-stroke, DOAC choice?",
    "per Dr. {H|Shah} from {I|Fresno}, a 70yo on Paxlovid and simvastatin: hold the statin?",
    "as per the ADA, a 50yo on Metformin and Jardiance with eGFR 40, continue both?",
    "Plan: start 5000 units heparin SC q8h for a 72yo after hip fracture.",
    "The insurance is Medicare Part D, is Eliquis on formulary?",
]

ROUND_3_DE = [
    "Patient: {N|MÜLLER Hans Peter}\ngeb. {D|03.04.1951}\nPID {M|44556677}",
    "Name: {N|Bühler, Regula}\nGeburtsdatum: {D|12.12.1940}",
    "Sehr geehrte Frau Kollegin\nWir berichten über Frau {N|Iseli}, die sich am 3.2. vorstellte.",
    "Frau Dr. med. {H|Sarah Blum}, Oberärztin",
    "Mit freundlichen Grüssen\n\nDr. med. {H|Thomas Egger}\nOberarzt Innere Medizin",
    "{H|Jasmin Kälin}\nAssistenzärztin",
    "Assistenzärztin {H|Lea Frick} hat die Angehörigen informiert.",
    "Pflegefachfrau {H|Mirjam Suter} meldet Fieber um 22 Uhr.",
    "Visum: LF/mk",
    "Kopie an: Dr. med. {H|P. Zurbriggen}, Hausarzt, {I|Visp}",
    "Ehemann {N|Urs Brand} (Tel. {P|078 111 22 33})",
    "Schwester der Patientin, {N|Erika Roth}, ist Bezugsperson.",
    "Sohn {N|Daniel} begleitet die Patientin.",
    "Wohnort: {A|Langenthal}",
    "Herr {N|Bärtschi} wohnt in {A|Thun}.",
    "Fall-Nr.: {M|40.123.456}",
    "AHV-Nr. {S|756.9876.5432.10}",
    "Natel {P|076 555 44 33}",
    "Geschwister: 2 Brüder gesund.",
    "Bruder (54) mit Diabetes mellitus Typ 2.",
]

# What the rules leave (see bench/PHI.md): a given name that is an English word after a
# capitals surname ("VON ARX Beat"), "case #" (a company's case as often as a patient's), a
# drug no stem names before a comma and a patient ("Amiodarone"), a surname's initial without
# its full stop inside a sentence ("Bob K who").
LEFT = frozenset(
    {
        "see case {M|#MG-554310} for the prior workup of this 61yo w/ sarcoid.",
        "Interactions for a 71yo on Amiodarone, {N|Gary H.}, admitted to {I|Mercy} on {I|Jan 3}.",
        "{N|VON ARX Beat}, Zimmer 12",
        "what's the INR target for {N|Bob K} who has a mechanical mitral valve",
    }
)


def _rounds() -> list[str]:
    rounds = (ROUND_1_EN, ROUND_1_DE, ROUND_2_EN, ROUND_2_DE, ROUND_3_EN, ROUND_3_DE)
    return [m for r in rounds for m in r if m not in LEFT]


@pytest.mark.parametrize("marked", _rounds())
def test_identifiers_go_and_clinicians_stay(marked: str) -> None:
    assert_identifiers_go_and_clinicians_stay(marked)
