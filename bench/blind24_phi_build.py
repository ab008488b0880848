"""Build the twenty-fourth blind set for the patient-identifier scrubber and its two halves.

Health-care English written by others, with patients' identifiers in it, from two repositories
nobody here had used: the task instructions of a clinical agent benchmark written by Stanford
(MedAgentBench, MIT, read from the fork rushilcs/MedAgentBench where
data/medagentbench/test_data_v2.json is the upstream file unchanged: "What's the MRN of the
patient with name Peter Stafford and DOB of 1932-12-29?", "Check patient S6315806's last serum
magnesium level ..."), and a patient-intake agent benchmark's tasks and simulated intake
conversations (PaWeRe/siva, MIT, built on the tau2-bench framework: "You are Lisa Garcia, a
52-year-old patient visiting ...", "Thank you, Lisa. Just to confirm, is your full name Lisa
Garcia?", "My date of birth is March 12, 1989."). The first version also held 109 snippets of
JoshuaSardinha/ml_langchain_exercise_1; they were withdrawn because blind16 had used that
repository (BLIND24-phi.md). Each snippet is held below with its spans marked inline as
``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and
the kept types H (HCP) and I (IGNORE) (the format of bench/blind_phi_marks.py), labelled by role
as BLIND24-phi.md says. The script strips the marks, computes the offsets, validates every row
and splits the set by document. The benchmark tasks are keyed by task (MedAgentBench) or by
simulated patient (siva) and tied into one unit where they share a name or a record number; a
siva message naming no one is keyed by its own place (``#simN-msgM``), a unit of its own. The
units are taken in the order of a SHA-1 hash of their key, and each goes to the half holding
fewer snippets of its source so far, units without any patient identifier balancing among
themselves. Never runs a detector and imports nothing from prepcli.

    python bench/blind24_phi_build.py                 # write bench/phi_blind24_dev.jsonl + _held.jsonl
    python bench/blind24_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind24_phi_build.py --check         # validate the written halves only

Selection. mab: all 30 instructions of task 1 (name and DOB), the first 5 instructions of each
of tasks 2-10 (record numbers), and the 9 distinct contexts (no identifier). sv: the
``known_info`` and ``task_instructions`` of the 7 tasks of
data/siva/domains/patient_intake/tasks.json, and the first occurrence of each distinct user or
assistant message of the 49 files under data/simulations/ (JSON-wrapped and ``###STOP###``
messages left out): every user message naming someone or giving a date of birth, every user
message of 25 characters or more naming no one, the first 5 greetings naming the agent, every
assistant message naming a patient other than ``John`` and the first 6 naming ``John``, and every
eighth of the rest. Names, dates of birth and record numbers were pre-marked by regular
expressions as a drafting aid; every snippet was then read and its spans checked by hand.
Re-fetching: the ``fetch`` tool (``github:<repo>``), then ``git show <commit>:<path>``; a row's
``row`` names the array element and field (mab), or the task or the simulation and message (sv).
BLIND24-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind24"

# key prefix -> (repository, commit, licence)
REPOS = {
    "mab": ("rushilcs/MedAgentBench", "e9793e8b878ced68ab43b67a48a743eb6a2bb478", "MIT (LICENSE, Copyright (c) 2025 Stanford Machine Learning Group)"),
    "sv": ("PaWeRe/siva", "b94e6690a14f6a8751a16f9a89dd985803b78b39", "MIT (LICENSE)"),
}  # fmt: skip
RECORD = {
    "mab": "the task's instruction or context verbatim as JSON decodes it, outer whitespace trimmed; labelled by hand by role (BLIND24-phi.md)",
    "sv": "the task's user_scenario.instructions field or one message's content verbatim as JSON decodes it, outer whitespace trimmed; labelled by hand by role (BLIND24-phi.md)",
}
# The benchmarks' keys are tied by what they share (no source here is untied).
UNTIED: tuple[str, ...] = ()


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key ``PREFIX:PATH`` (``#TASK`` after the path names the task or
    simulated patient and stays out of the path)."""
    prefix, rest = key.split(":", 1)
    path = rest.split("#", 1)[0]
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('mab:data/medagentbench/test_data_v2.json#task1_1', '[0].instruction (id task1_1)',
     'What’s the MRN of the patient with name {N|Peter Stafford} and DOB of {D|1932-12-29}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_2', '[1].instruction (id task1_2)',
     'What’s the MRN of the patient with name {N|Maria Alvarez} and DOB of {D|1940-03-05}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_3', '[2].instruction (id task1_3)',
     'What’s the MRN of the patient with name {N|Dana Sandoval} and DOB of {D|1989-04-19}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_4', '[3].instruction (id task1_4)',
     'What’s the MRN of the patient with name {N|James Snyder} and DOB of {D|1953-08-03}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_5', '[4].instruction (id task1_5)',
     'What’s the MRN of the patient with name {N|Justin Gould} and DOB of {D|1943-05-19}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_6', '[5].instruction (id task1_6)',
     'What’s the MRN of the patient with name {N|Andrew Bishop} and DOB of {D|1963-01-29}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_7', '[6].instruction (id task1_7)',
     'What’s the MRN of the patient with name {N|Kevin Vasquez} and DOB of {D|1953-11-19}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_8', '[7].instruction (id task1_8)',
     'What’s the MRN of the patient with name {N|Brian Buchanan} and DOB of {D|1954-08-10}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_9', '[8].instruction (id task1_9)',
     'What’s the MRN of the patient with name {N|Katrina Golden} and DOB of {D|1960-08-18}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_10', '[9].instruction (id task1_10)',
     'What’s the MRN of the patient with name {N|Joshua Martinez} and DOB of {D|1967-03-11}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_11', '[10].instruction (id task1_11)',
     'What’s the MRN of the patient with name {N|Glenda Hall} and DOB of {D|1952-11-14}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_12', '[11].instruction (id task1_12)',
     'What’s the MRN of the patient with name {N|Margaret Kidd} and DOB of {D|1982-08-24}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_13', '[12].instruction (id task1_13)',
     'What’s the MRN of the patient with name {N|Emily Hicks} and DOB of {D|1942-05-11}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_14', '[13].instruction (id task1_14)',
     'What’s the MRN of the patient with name {N|Pamela Merritt} and DOB of {D|1994-09-15}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_15', '[14].instruction (id task1_15)',
     'What’s the MRN of the patient with name {N|Denise Dunlap} and DOB of {D|1945-09-20}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_16', '[15].instruction (id task1_16)',
     'What’s the MRN of the patient with name {N|Debra Dunn} and DOB of {D|1969-05-12}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_17', '[16].instruction (id task1_17)',
     'What’s the MRN of the patient with name {N|Shannon Palmer} and DOB of {D|1956-11-16}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_18', '[17].instruction (id task1_18)',
     'What’s the MRN of the patient with name {N|Melissa Nguyen} and DOB of {D|1973-08-14}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_19', '[18].instruction (id task1_19)',
     'What’s the MRN of the patient with name {N|Tim Ramos} and DOB of {D|1959-04-28}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_20', '[19].instruction (id task1_20)',
     'What’s the MRN of the patient with name {N|Christopher Cruz} and DOB of {D|1940-08-28}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_21', '[20].instruction (id task1_21)',
     'What’s the MRN of the patient with name {N|Tina Anderson} and DOB of {D|1959-01-24}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_22', '[21].instruction (id task1_22)',
     'What’s the MRN of the patient with name {N|Robert Gardner} and DOB of {D|1975-05-30}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_23', '[22].instruction (id task1_23)',
     'What’s the MRN of the patient with name {N|Julie Rodriguez} and DOB of {D|1962-01-20}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_24', '[23].instruction (id task1_24)',
     'What’s the MRN of the patient with name {N|Katherine Sutton} and DOB of {D|1943-02-11}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_25', '[24].instruction (id task1_25)',
     'What’s the MRN of the patient with name {N|Russell Shields} and DOB of {D|1964-01-02}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_26', '[25].instruction (id task1_26)',
     'What’s the MRN of the patient with name {N|Victoria Owens} and DOB of {D|2002-06-07}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_27', '[26].instruction (id task1_27)',
     'What’s the MRN of the patient with name {N|Tina Reid} and DOB of {D|1953-10-18}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_28', '[27].instruction (id task1_28)',
     'What’s the MRN of the patient with name {N|Tracey Stanley} and DOB of {D|1988-12-04}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_29', '[28].instruction (id task1_29)',
     'What\'s the MRN of the patient with name {N|Debra Dunn} and DOB of {D|1969-05-15}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task1_30', '[29].instruction (id task1_30)',
     'What\'s the MRN of the patient with name {N|Kyle Jia} and DOB of {D|1969-05-15}? If the patient does not exist, the answer should be "Patient not found"'),
    ('mab:data/medagentbench/test_data_v2.json#task2_1', '[30].instruction (id task2_1)',
     "What's the age of the patient with MRN of {M|S2874099}?"),
    ('mab:data/medagentbench/test_data_v2.json#task2_1-context', '[30].context (id task2_1)',
     "It's 2023-11-13T10:15:00+00:00 now, and the answer should be rounded down to an integer."),
    ('mab:data/medagentbench/test_data_v2.json#task2_2', '[31].instruction (id task2_2)',
     "What's the age of the patient with MRN of {M|S6538722}?"),
    ('mab:data/medagentbench/test_data_v2.json#task2_3', '[32].instruction (id task2_3)',
     "What's the age of the patient with MRN of {M|S6541609}?"),
    ('mab:data/medagentbench/test_data_v2.json#task2_4', '[33].instruction (id task2_4)',
     "What's the age of the patient with MRN of {M|S6549951}?"),
    ('mab:data/medagentbench/test_data_v2.json#task2_5', '[34].instruction (id task2_5)',
     "What's the age of the patient with MRN of {M|S6227720}?"),
    ('mab:data/medagentbench/test_data_v2.json#task3_1', '[60].instruction (id task3_1)',
     'I just measured the blood pressure for patient with MRN of {M|S2380121}, and it is "118/77 mmHg". Help me record it.'),
    ('mab:data/medagentbench/test_data_v2.json#task3_1-context', '[60].context (id task3_1)',
     "It's 2023-11-13T10:15:00+00:00 now. The flowsheet ID for blood pressure is BP."),
    ('mab:data/medagentbench/test_data_v2.json#task3_2', '[61].instruction (id task3_2)',
     'I just measured the blood pressure for patient with MRN of {M|S1353305}, and it is "118/77 mmHg". Help me record it.'),
    ('mab:data/medagentbench/test_data_v2.json#task3_3', '[62].instruction (id task3_3)',
     'I just measured the blood pressure for patient with MRN of {M|S6352985}, and it is "118/77 mmHg". Help me record it.'),
    ('mab:data/medagentbench/test_data_v2.json#task3_4', '[63].instruction (id task3_4)',
     'I just measured the blood pressure for patient with MRN of {M|S3228213}, and it is "118/77 mmHg". Help me record it.'),
    ('mab:data/medagentbench/test_data_v2.json#task3_5', '[64].instruction (id task3_5)',
     'I just measured the blood pressure for patient with MRN of {M|S1521703}, and it is "118/77 mmHg". Help me record it.'),
    ('mab:data/medagentbench/test_data_v2.json#task4_1', '[90].instruction (id task4_1)',
     'What’s the most recent magnesium level of the patient {M|S3032536} within last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task4_1-context', '[90].context (id task4_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for magnesium is "MG". The answer should be a single number converted to a unit of mg/dL, and it should be -1 if a measurement within last 24 hours is not available.'),
    ('mab:data/medagentbench/test_data_v2.json#task4_2', '[91].instruction (id task4_2)',
     'What’s the most recent magnesium level of the patient {M|S2863714} within last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task4_3', '[92].instruction (id task4_3)',
     'What’s the most recent magnesium level of the patient {M|S6547257} within last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task4_4', '[93].instruction (id task4_4)',
     'What’s the most recent magnesium level of the patient {M|S6474456} within last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task4_5', '[94].instruction (id task4_5)',
     'What’s the most recent magnesium level of the patient {M|S2161163} within last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task5_1', '[120].instruction (id task5_1)',
     "Check patient {M|S6315806}'s last serum magnesium level within last 24 hours. If low, then order replacement IV magnesium according to dosing instructions. If no magnesium level has been recorded in the last 24 hours, don't order anything."),
    ('mab:data/medagentbench/test_data_v2.json#task5_1-context', '[120].context (id task5_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for magnesium is "MG". The NDC for replacement IV magnesium is 0338-1715-40. Dosing instructions: (1) Mild deficiency (eg, serum magnesium 1.5 to 1.9 mg/dL):\nIV: 1 g over 1 hour.\n(2) Moderate deficiency (eg, serum magnesium 1 to <1.5 mg/dL):\nIV: 2 g over 2 hours.\n(3) Severe deficiency (eg, serum magnesium <1 mg/dL):\nIV: 4 g over 4 hours.'),
    ('mab:data/medagentbench/test_data_v2.json#task5_2', '[121].instruction (id task5_2)',
     "Check patient {M|S6541353}'s last serum magnesium level within last 24 hours. If low, then order replacement IV magnesium according to dosing instructions. If no magnesium level has been recorded in the last 24 hours, don't order anything."),
    ('mab:data/medagentbench/test_data_v2.json#task5_3', '[122].instruction (id task5_3)',
     "Check patient {M|S0636132}'s last serum magnesium level within last 24 hours. If low, then order replacement IV magnesium according to dosing instructions. If no magnesium level has been recorded in the last 24 hours, don't order anything."),
    ('mab:data/medagentbench/test_data_v2.json#task5_4', '[123].instruction (id task5_4)',
     "Check patient {M|S6468480}'s last serum magnesium level within last 24 hours. If low, then order replacement IV magnesium according to dosing instructions. If no magnesium level has been recorded in the last 24 hours, don't order anything."),
    ('mab:data/medagentbench/test_data_v2.json#task5_5', '[124].instruction (id task5_5)',
     "Check patient {M|S6530813}'s last serum magnesium level within last 24 hours. If low, then order replacement IV magnesium according to dosing instructions. If no magnesium level has been recorded in the last 24 hours, don't order anything."),
    ('mab:data/medagentbench/test_data_v2.json#task6_1', '[150].instruction (id task6_1)',
     'What is the average CBG of the patient {M|S6307599} over the last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task6_1-context', '[150].context (id task6_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for CBG is "GLU". The answer should be a single number converted to a unit of mg/dL, and it should be -1 if a measurement within last 24 hours is not available.'),
    ('mab:data/medagentbench/test_data_v2.json#task6_2', '[151].instruction (id task6_2)',
     'What is the average CBG of the patient {M|S6539215} over the last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task6_3', '[152].instruction (id task6_3)',
     'What is the average CBG of the patient {M|S2863714} over the last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task6_4', '[153].instruction (id task6_4)',
     'What is the average CBG of the patient {M|S6541609} over the last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task6_5', '[154].instruction (id task6_5)',
     'What is the average CBG of the patient {M|S6541353} over the last 24 hours?'),
    ('mab:data/medagentbench/test_data_v2.json#task7_1', '[180].instruction (id task7_1)',
     'What is the most recent CBG of the patient {M|S2823623}?'),
    ('mab:data/medagentbench/test_data_v2.json#task7_1-context', '[180].context (id task7_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for CBG is "GLU"'),
    ('mab:data/medagentbench/test_data_v2.json#task7_2', '[181].instruction (id task7_2)',
     'What is the most recent CBG of the patient {M|S2197736}?'),
    ('mab:data/medagentbench/test_data_v2.json#task7_3', '[182].instruction (id task7_3)',
     'What is the most recent CBG of the patient {M|S6265496}?'),
    ('mab:data/medagentbench/test_data_v2.json#task7_4', '[183].instruction (id task7_4)',
     'What is the most recent CBG of the patient {M|S6530532}?'),
    ('mab:data/medagentbench/test_data_v2.json#task7_5', '[184].instruction (id task7_5)',
     'What is the most recent CBG of the patient {M|S6542579}?'),
    ('mab:data/medagentbench/test_data_v2.json#task8_1', '[210].instruction (id task8_1)',
     'Order orthopedic surgery referral for patient {M|S2016972}. Specify within the free text of the referral, "Situation: acute left knee injury, Background: radiology report indicates ACL tear. Assessment: ACL tear grade II. Recommendation: request for Orthopedic service to evaluate and provide management recommendations."'),
    ('mab:data/medagentbench/test_data_v2.json#task8_1-context', '[210].context (id task8_1)',
     "It's 2023-11-13T10:15:00+00:00 now. The SNOMED code for orthopedic surgery referral is 306181000000106."),
    ('mab:data/medagentbench/test_data_v2.json#task8_2', '[211].instruction (id task8_2)',
     'Order orthopedic surgery referral for patient {M|S1986380}. Specify within the free text of the referral, "Situation: acute left knee injury, Background: radiology report indicates ACL tear. Assessment: ACL tear grade II. Recommendation: request for Orthopedic service to evaluate and provide management recommendations."'),
    ('mab:data/medagentbench/test_data_v2.json#task8_3', '[212].instruction (id task8_3)',
     'Order orthopedic surgery referral for patient {M|S1478444}. Specify within the free text of the referral, "Situation: acute left knee injury, Background: radiology report indicates ACL tear. Assessment: ACL tear grade II. Recommendation: request for Orthopedic service to evaluate and provide management recommendations."'),
    ('mab:data/medagentbench/test_data_v2.json#task8_4', '[213].instruction (id task8_4)',
     'Order orthopedic surgery referral for patient {M|S2748981}. Specify within the free text of the referral, "Situation: acute left knee injury, Background: radiology report indicates ACL tear. Assessment: ACL tear grade II. Recommendation: request for Orthopedic service to evaluate and provide management recommendations."'),
    ('mab:data/medagentbench/test_data_v2.json#task8_5', '[214].instruction (id task8_5)',
     'Order orthopedic surgery referral for patient {M|S6550627}. Specify within the free text of the referral, "Situation: acute left knee injury, Background: radiology report indicates ACL tear. Assessment: ACL tear grade II. Recommendation: request for Orthopedic service to evaluate and provide management recommendations."'),
    ('mab:data/medagentbench/test_data_v2.json#task9_1', '[240].instruction (id task9_1)',
     "Check patient {M|S3241217}'s most recent potassium level. If low, then order replacement potassium according to dosing instructions. Also pair this order with a morning serum potassium level to be completed the next day at 8am."),
    ('mab:data/medagentbench/test_data_v2.json#task9_1-context', '[240].context (id task9_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for potassium is "K".The NDC for replacement potassium is 40032-917-01. Dosing instructions: for every 0.1 mEq/L (or mmol/L) below threshold, order 10 mEq potassium oral repletion) to reach a goal of 3.5 serum level. The LOINC code for serum potassium level is 2823-3.'),
    ('mab:data/medagentbench/test_data_v2.json#task9_2', '[241].instruction (id task9_2)',
     "Check patient {M|S1023381}'s most recent potassium level. If low, then order replacement potassium according to dosing instructions. Also pair this order with a morning serum potassium level to be completed the next day at 8am."),
    ('mab:data/medagentbench/test_data_v2.json#task9_3', '[242].instruction (id task9_3)',
     "Check patient {M|S6550627}'s most recent potassium level. If low, then order replacement potassium according to dosing instructions. Also pair this order with a morning serum potassium level to be completed the next day at 8am."),
    ('mab:data/medagentbench/test_data_v2.json#task9_4', '[243].instruction (id task9_4)',
     "Check patient {M|S1374652}'s most recent potassium level. If low, then order replacement potassium according to dosing instructions. Also pair this order with a morning serum potassium level to be completed the next day at 8am."),
    ('mab:data/medagentbench/test_data_v2.json#task9_5', '[244].instruction (id task9_5)',
     "Check patient {M|S1796597}'s most recent potassium level. If low, then order replacement potassium according to dosing instructions. Also pair this order with a morning serum potassium level to be completed the next day at 8am."),
    ('mab:data/medagentbench/test_data_v2.json#task10_1', '[270].instruction (id task10_1)',
     'What’s the last HbA1C (hemoglobin A1C) value in the chart for patient {M|S6227720} and when was it recorded? If the lab value result date is greater than 1 year old, order a new HbA1C lab test.'),
    ('mab:data/medagentbench/test_data_v2.json#task10_1-context', '[270].context (id task10_1)',
     'It\'s 2023-11-13T10:15:00+00:00 now. The code for HbA1C is "A1C". The LOINC code for ordering HbA1C lab is: 4548-4. The answer should be [-1] if a measurement is not available.'),
    ('mab:data/medagentbench/test_data_v2.json#task10_2', '[271].instruction (id task10_2)',
     'What’s the last HbA1C (hemoglobin A1C) value in the chart for patient {M|S1635224} and when was it recorded? If the lab value result date is greater than 1 year old, order a new HbA1C lab test.'),
    ('mab:data/medagentbench/test_data_v2.json#task10_3', '[272].instruction (id task10_3)',
     'What’s the last HbA1C (hemoglobin A1C) value in the chart for patient {M|S6474456} and when was it recorded? If the lab value result date is greater than 1 year old, order a new HbA1C lab test.'),
    ('mab:data/medagentbench/test_data_v2.json#task10_4', '[273].instruction (id task10_4)',
     'What’s the last HbA1C (hemoglobin A1C) value in the chart for patient {M|S2161163} and when was it recorded? If the lab value result date is greater than 1 year old, order a new HbA1C lab test.'),
    ('mab:data/medagentbench/test_data_v2.json#task10_5', '[274].instruction (id task10_5)',
     'What’s the last HbA1C (hemoglobin A1C) value in the chart for patient {M|S0547588} and when was it recorded? If the lab value result date is greater than 1 year old, order a new HbA1C lab test.'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI001', '[0].user_scenario.instructions.known_info (task patient_intake_PI001)',
     'Name: {N|John Smith}\n        Age: 35 years old\n        Birthday: {D|1990-11-04}\n        Reason for visit: Annual checkup\n        \nCurrent prescriptions: Lisinopril 10mg daily\nKnown allergies: Penicillin\nMedical conditions: Hypertension'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI001', '[0].user_scenario.instructions.task_instructions (task patient_intake_PI001)',
     "You are {N|John Smith}, a 35-year-old patient visiting Tsidi Health Services.\n        You are here for: Annual checkup\n        \n        Your communication style is: cooperative\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be cooperative in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI002', '[1].user_scenario.instructions.known_info (task patient_intake_PI002)',
     'Name: {N|Sarah Johnson}\n        Age: 28 years old\n        Birthday: {D|1997-01-24}\n        Reason for visit: Follow-up appointment'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI002', '[1].user_scenario.instructions.task_instructions (task patient_intake_PI002)',
     "You are {N|Sarah Johnson}, a 28-year-old patient visiting Tsidi Health Services.\n        You are here for: Follow-up appointment\n        \n        Your communication style is: cooperative\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be cooperative in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI003', '[2].user_scenario.instructions.known_info (task patient_intake_PI003)',
     'Name: {N|Michael Davis}\n        Age: 45 years old\n        Birthday: {D|1980-05-08}\n        Reason for visit: Cold symptoms\n        \nCurrent symptoms:\n- Runny nose (severity: 3/10, duration: 3 days)\n- Sore throat (severity: 4/10, duration: 2 days)\n\nKnown allergies: Peanuts'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI003', '[2].user_scenario.instructions.task_instructions (task patient_intake_PI003)',
     "You are {N|Michael Davis}, a 45-year-old patient visiting Tsidi Health Services.\n        You are here for: Cold symptoms\n        \n        Your communication style is: cooperative\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be cooperative in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI004', '[3].user_scenario.instructions.known_info (task patient_intake_PI004)',
     'Name: {N|Lisa Garcia}\n        Age: 52 years old\n        Reason for visit: Chest pain\n        \nCurrent symptoms:\n- Chest pain (severity: 7/10, duration: 2 hours)\n- Shortness of breath (severity: 6/10, duration: 2 hours)\n\nCurrent prescriptions: Metformin 500mg twice daily, Atorvastatin 20mg daily\nKnown allergies: Sulfa drugs\nMedical conditions: Diabetes, High cholesterol'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI004', '[3].user_scenario.instructions.task_instructions (task patient_intake_PI004)',
     "You are {N|Lisa Garcia}, a 52-year-old patient visiting Tsidi Health Services.\n        You are here for: Chest pain\n        \n        Your communication style is: anxious\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be anxious in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI005', '[4].user_scenario.instructions.known_info (task patient_intake_PI005)',
     'Name: {N|Robert Wilson}\n        Age: 67 years old\n        Reason for visit: Follow-up for arthritis\n        \nCurrent symptoms:\n- Joint pain (severity: 5/10, duration: 2 weeks)\n- Stiffness (severity: 4/10, duration: 2 weeks)\n\nCurrent prescriptions: Ibuprofen 400mg as needed, Omeprazole 20mg daily\nKnown allergies: Aspirin\nMedical conditions: Arthritis, GERD'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI005', '[4].user_scenario.instructions.task_instructions (task patient_intake_PI005)',
     "You are {N|Robert Wilson}, a 67-year-old patient visiting Tsidi Health Services.\n        You are here for: Follow-up for arthritis\n        \n        Your communication style is: cooperative\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be cooperative in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI006', '[5].user_scenario.instructions.known_info (task patient_intake_PI006)',
     'Name: {N|Maria Rodriguez}\n        Age: 38 years old\n        Reason for visit: Multiple symptoms\n        \nCurrent symptoms:\n- Headache (severity: 8/10, duration: 1 week)\n- Nausea (severity: 6/10, duration: 3 days)\n- Fatigue (severity: 7/10, duration: 1 week)\n\nCurrent prescriptions: Zoloft 50mg daily, Xanax 0.5mg as needed\nKnown allergies: Codeine\nMedical conditions: Depression, Anxiety'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI006', '[5].user_scenario.instructions.task_instructions (task patient_intake_PI006)',
     "You are {N|Maria Rodriguez}, a 38-year-old patient visiting Tsidi Health Services.\n        You are here for: Multiple symptoms\n        \n        Your communication style is: confused\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be confused in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI007', '[6].user_scenario.instructions.known_info (task patient_intake_PI007)',
     'Name: {N|David Thompson}\n        Age: 29 years old\n        Reason for visit: Emergency symptoms\n        \nCurrent symptoms:\n- Severe chest pain (severity: 9/10, duration: 30 minutes)\n- Difficulty breathing (severity: 8/10, duration: 30 minutes)\n- Sweating (severity: 7/10, duration: 30 minutes)\n\nKnown allergies: Shellfish'),
    ('sv:data/siva/domains/patient_intake/tasks.json#patient_intake_PI007', '[6].user_scenario.instructions.task_instructions (task patient_intake_PI007)',
     "You are {N|David Thompson}, a 29-year-old patient visiting Tsidi Health Services.\n        You are here for: Emergency symptoms\n        \n        Your communication style is: distressed\n        \n        You should:\n        1. Respond naturally to the agent's questions\n        2. Provide the information listed in your known info when asked\n        3. Be distressed in your communication\n        4. Answer questions about your symptoms, medications, and medical history\n        5. Cooperate with the intake process"),
    ('sv:data/simulations/2025-09-01T16:05:33.218283_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg0', 'simulations[0].messages[0] (assistant, task patient_intake_PI004)',
     'Hi! How can I help you today?'),
    ('sv:data/simulations/2025-09-01T16:05:33.218283_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg1', 'simulations[0].messages[1] (user, task patient_intake_PI004)',
     'Hi, um, I’m here because I’ve been having some chest pain and I’m honestly a little worried about it.'),
    ('sv:data/simulations/2025-09-01T16:05:33.218283_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI004', 'simulations[0].messages[2] (assistant, task patient_intake_PI004)',
     'Hello, I’m {N|John} from Tsidi Health Services. Thank you for reaching out. I understand you’re experiencing chest pain and feeling concerned. I’ll help collect some basic information to make sure you get the right care.\n\nTo start, may I have your full name, please? This helps us identify your records and provide the best support.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg1', 'simulations[0].messages[1] (user, task patient_intake_PI001)',
     'Hi! I have an appointment for my annual checkup.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[2] (assistant, task patient_intake_PI001)',
     'Hello! Welcome to Tsidi Health Services. My name is {N|John}, and I’ll be helping you get checked in for your appointment. \n\nTo get started, may I have your full name, please?'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[3] (user, task patient_intake_PI001)',
     '{N|David Williams}.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[6] (assistant, task patient_intake_PI001)',
     'Thank you, {N|David}. Could you please provide your date of birth? This helps us confirm your identity and keep your records accurate.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim1-msg1', 'simulations[1].messages[1] (user, task patient_intake_PI003)',
     'Hi! I have some cold symptoms and would like to get checked out.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI003', 'simulations[1].messages[3] (user, task patient_intake_PI003)',
     '{N|Linda Martinez}.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim2-msg1', 'simulations[2].messages[1] (user, task patient_intake_PI002)',
     "Hi! I have a follow-up appointment scheduled, and I'm here to complete the intake process."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[2].messages[2] (assistant, task patient_intake_PI002)',
     'Hello! Welcome to Tsidi Health Services. My name is {N|John}, and I’ll be assisting you with your intake today. \n\nTo get started, may I have your full name, please? This helps us ensure your information is accurate.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[2].messages[3] (user, task patient_intake_PI002)',
     "Um, I think it's {N|Lisa}... {N|Garcia}."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[2].messages[8] (assistant, task patient_intake_PI002)',
     "Thank you, {N|Lisa}. Just to confirm, is your full name {N|Lisa Garcia}? If that's correct, please let me know. If not, could you provide your full legal name as it appears on your records? This helps us keep your information accurate."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim3-msg1', 'simulations[3].messages[1] (user, task patient_intake_PI004)',
     'Hi, um, I’m here because I’ve been having this chest pain for a couple of hours now, and I’m really worried. I just wanted to get checked out because it’s not going away.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI004', 'simulations[3].messages[3] (user, task patient_intake_PI004)',
     '{N|John Smith}.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim4-msg1', 'simulations[4].messages[1] (user, task patient_intake_PI005)',
     "Hello! I have a follow-up appointment for my arthritis. I'm here for my intake."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI005', 'simulations[4].messages[2] (assistant, task patient_intake_PI005)',
     'Hello! Welcome to Tsidi Health Services. My name is {N|John}, and I’ll be helping you with your intake today. \n\nTo get started, may I have your full name, please? This helps us make sure your records are accurate.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI005', 'simulations[4].messages[3] (user, task patient_intake_PI005)',
     "Um, I think it's {N|Jennifer}... {N|Davis}."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI005', 'simulations[4].messages[6] (assistant, task patient_intake_PI005)',
     "Thank you, {N|Jennifer}. Just to confirm, is your full name {N|Jennifer Davis}? Please let me know if there are any middle names or initials you'd like included."),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim5-msg1', 'simulations[5].messages[1] (user, task patient_intake_PI006)',
     'Um, hi... I think I’m supposed to be here for, uh, something? I’m not really sure, but I haven’t been feeling well lately. I guess I’m supposed to talk to someone about it?'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI006', 'simulations[5].messages[2] (assistant, task patient_intake_PI006)',
     'Hello! My name is {N|John}, and I’m here to help you get started with your visit at Tsidi Health Services. I’ll ask you a few questions to collect some basic information before your doctor sees you. \n\nTo begin, could you please tell me your full name? This helps us make sure we have the right records for you.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI006', 'simulations[5].messages[8] (assistant, task patient_intake_PI006)',
     'Thank you, {N|Lisa}. Could you please tell me your date of birth? This helps us confirm your identity and keep your records accurate.'),
    ('sv:data/simulations/2025-09-01T16:08:14.204667_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim6-msg1', 'simulations[6].messages[1] (user, task patient_intake_PI007)',
     'Hi, I—I need help. I’m having really bad chest pain and it’s hard to breathe. I’m sweating a lot too. It started about half an hour ago and it’s not getting better. What should I do?'),
    ('sv:data/simulations/2025-09-01T16:12:53.053786_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[4] (assistant, task patient_intake_PI001)',
     'Thank you, {N|Lisa}. Just to confirm, is your full name {N|Lisa Garcia}? If not, could you please provide your full legal name as it appears on your ID? This helps us ensure your records are accurate.'),
    ('sv:data/simulations/2025-09-01T16:22:13.271508_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[6] (assistant, task patient_intake_PI001)',
     'Thank you, {N|Lisa}. Could you please provide your date of birth? This helps us confirm your records.'),
    ('sv:data/simulations/2025-09-01T16:24:13.130402_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[3] (user, task patient_intake_PI001)',
     "Um, I think it's {N|John Smith}."),
    ('sv:data/simulations/2025-09-01T16:24:13.130402_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[6] (assistant, task patient_intake_PI001)',
     'Thank you, {N|John}. Could you please provide your date of birth? This helps us confirm your records.'),
    ('sv:data/simulations/2025-09-01T16:25:38.111393_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[6] (assistant, task patient_intake_PI001)',
     'Thank you, {N|John}. Could you please provide your date of birth? This helps us verify your records.'),
    ('sv:data/simulations/2025-09-01T17:41:30.723219_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[6] (assistant, task patient_intake_PI001)',
     'Thank you, {N|John}. Could you please provide your date of birth?'),
    ('sv:data/simulations/2025-09-01T17:43:54.364012_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[7] (user, task patient_intake_PI001)',
     'Let me think... {D|1990-01-01}, I think.'),
    ('sv:data/simulations/2025-09-01T17:43:54.364012_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg11', 'simulations[0].messages[11] (user, task patient_intake_PI001)',
     'I think I take... Lisinopril 10mg daily.'),
    ('sv:data/simulations/2025-09-01T17:43:54.364012_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg30', 'simulations[0].messages[30] (assistant, task patient_intake_PI001)',
     'It seems we are having trouble moving forward. If you need help or would like to speak with a human agent, please let me know. Otherwise, I need to know if you have any allergies to complete your check-in. Do you have any allergies?'),
    ('sv:data/simulations/2025-09-01T17:44:58.254125_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg32', 'simulations[0].messages[32] (assistant, task patient_intake_PI001)',
     'It seems we are repeating the same information. If you need help or would like to speak with a human agent, please let me know. Otherwise, to continue your check-in, please tell me if you have any allergies or simply reply "no allergies."'),
    ('sv:data/simulations/2025-09-01T17:44:58.254125_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg33', 'simulations[0].messages[33] (user, task patient_intake_PI001)',
     'Yes, I have an allergy to penicillin.'),
    ('sv:data/simulations/2025-09-01T17:44:58.254125_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg37', 'simulations[0].messages[37] (user, task patient_intake_PI001)',
     "I think I'm allergic to... Penicillin."),
    ('sv:data/simulations/2025-09-01T17:44:58.254125_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg50', 'simulations[0].messages[50] (assistant, task patient_intake_PI001)',
     'Your allergy to penicillin is already recorded.\n\nTo proceed, please let me know if you have any medical conditions. If you do not have any, just reply "no medical conditions." If you would like to speak with a human agent, please let me know.'),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg21', 'simulations[0].messages[21] (user, task patient_intake_PI001)',
     'I think I have... Hypertension.'),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg24', 'simulations[0].messages[24] (assistant, task patient_intake_PI001)',
     "Thank you for letting me know about your hypertension.\n\nLastly, could you confirm that the reason for your visit today is an annual checkup, or is there anything else you'd like to discuss with the doctor?"),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg25', 'simulations[0].messages[25] (user, task patient_intake_PI001)',
     "I think I'm here for... Annual checkup."),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[32] (assistant, task patient_intake_PI001)',
     'Thank you, {N|John}. I have all the information I need for your annual checkup. You are checked in and ready for your appointment. If you have any other questions or concerns, please let us know!'),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[36] (assistant, task patient_intake_PI001)',
     'Thank you for confirming your reason for visit, {N|John}. You are already checked in for your annual checkup. If you need any further assistance, please let us know!'),
    ('sv:data/simulations/2025-09-01T18:16:04.216999_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[38] (assistant, task patient_intake_PI001)',
     'Thank you, {N|John}. You are already checked in for your annual checkup. If you have any other questions or need further assistance, please let us know!'),
    ('sv:data/simulations/2025-09-01T18:21:27.129749_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[7] (user, task patient_intake_PI001)',
     'Let me think... {D|1990-11-04}, I think.'),
    ('sv:data/simulations/2025-09-01T18:21:27.129749_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg26', 'simulations[0].messages[26] (assistant, task patient_intake_PI001)',
     'It appears you are having trouble moving past the prescription information. I have already recorded your prescription for Lisinopril 10mg daily.\n\nIf you are having difficulty or would like to speak with a human agent, please let me know. Otherwise, could you please tell me if you have any allergies to medications, foods, or anything else? If you do not have any allergies, just let me know.'),
    ('sv:data/simulations/2025-09-01T18:22:45.714813_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg20', 'simulations[0].messages[20] (assistant, task patient_intake_PI001)',
     'Thank you, I have already recorded your prescription for Lisinopril 10mg daily. To continue with your check-in, could you please let me know if you have any allergies? If you do not have any allergies, just let me know.'),
    ('sv:data/simulations/2025-09-01T18:22:45.714813_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg35', 'simulations[0].messages[35] (user, task patient_intake_PI001)',
     'Thank you! I don’t have any other questions right now. I appreciate your help.'),
    ('sv:data/simulations/2025-09-01T18:39:02.719807_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg24', 'simulations[0].messages[24] (assistant, task patient_intake_PI001)',
     'Thank you for letting me know about your allergy to Penicillin.\n\nDo you have any medical conditions, such as hypertension, diabetes, or anything else? If yes, please list them. If not, just let me know.'),
    ('sv:data/simulations/2025-09-01T18:41:46.399292_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg1', 'simulations[0].messages[1] (user, task patient_intake_PI001)',
     'Hi! I have an appointment scheduled for my annual checkup.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim0-msg1', 'simulations[0].messages[1] (user, task patient_intake_PI002)',
     'Hi! I have a follow-up appointment scheduled, and I’m here to complete the intake process.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[0].messages[3] (user, task patient_intake_PI002)',
     '{N|Sarah Johnson}.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[0].messages[6] (assistant, task patient_intake_PI002)',
     'Thank you, {N|Sarah}. Could you please provide your date of birth?'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[0].messages[7] (user, task patient_intake_PI002)',
     '{D|1990-11-04}.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI002', 'simulations[0].messages[28] (assistant, task patient_intake_PI002)',
     'Thank you, {N|Sarah}. Your check-in is complete. Have a great day!'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim1-msg1', 'simulations[1].messages[1] (user, task patient_intake_PI003)',
     'Hi! I have been having some cold symptoms and would like to get checked out.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI003', 'simulations[1].messages[3] (user, task patient_intake_PI003)',
     '{N|Michael Davis}.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI003', 'simulations[1].messages[6] (assistant, task patient_intake_PI003)',
     'Thank you, {N|Michael}. Could you please provide your date of birth?'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#sim1-msg18', 'simulations[1].messages[18] (assistant, task patient_intake_PI003)',
     'Thank you. Do you have any medical conditions I should be aware of? If not, please let me know.'),
    ('sv:data/simulations/2025-09-01T18:42:13.130554_patient_intake_llm_agent_gpt-4.1_patient_intake_user_simulator_gpt-4.1.json#patient_intake_PI003', 'simulations[1].messages[28] (assistant, task patient_intake_PI003)',
     'Thank you, {N|Michael}. Your check-in is complete. Have a great day!'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[3] (user, task patient_intake_PI001)',
     'Sure, my name is {N|John Smith}.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[7] (user, task patient_intake_PI001)',
     'My date of birth is {D|March 12, 1989}.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg11', 'simulations[0].messages[11] (user, task patient_intake_PI001)',
     'Yes, I am currently taking Lisinopril 10mg daily.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg15', 'simulations[0].messages[15] (user, task patient_intake_PI001)',
     'Yes, I am allergic to penicillin.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg18', 'simulations[0].messages[18] (assistant, task patient_intake_PI001)',
     'Thank you for letting me know. Do you have any medical conditions we should be aware of, such as hypertension, diabetes, or others? If none, please let me know.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg19', 'simulations[0].messages[19] (user, task patient_intake_PI001)',
     'Yes, I have hypertension.'),
    ('sv:data/simulations/2025-09-01T19:18:11.073675_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg23', 'simulations[0].messages[23] (user, task patient_intake_PI001)',
     'Yes, the main reason for my visit today is my annual checkup. I don’t have any other concerns at the moment.'),
    ('sv:data/simulations/2025-09-01T19:20:43.448745_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#patient_intake_PI001', 'simulations[0].messages[7] (user, task patient_intake_PI001)',
     'Yes, my date of birth is {D|November 4, 1990}.'),
    ('sv:data/simulations/2025-09-01T19:20:43.448745_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg23', 'simulations[0].messages[23] (user, task patient_intake_PI001)',
     "Yes, that's correct. I'm here for my annual checkup."),
    ('sv:data/simulations/2025-09-01T19:23:08.583060_patient_intake_llm_agent_gpt-4.1_user_simulator_gpt-4.1.json#sim0-msg23', 'simulations[0].messages[23] (user, task patient_intake_PI001)',
     'Yes, the main reason for my visit today is my annual checkup. There’s nothing else I need to discuss at this time.'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
