"""Build the twenty-fourth blind set for the patient-identifier scrubber and its two halves.

Health-care English written by others, with patients' identifiers in it. First version: the
synthetic medical documents of a retrieval exercise (JoshuaSardinha/ml_langchain_exercise_1,
Apache-2.0: services/ml-service/data/docs/medical_document_*.md, LLM-written discharge summaries,
referral letters and consultation notes with a patient information block (patient id, name, date
of birth, address, contact number), a clinician block (clinician id, name, institution, e-mail)
and prose naming the patient by title and surname, "Ms. Petrova presents with ..."). Each
snippet is held below with its spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB),
M (MRN), S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE)
(the format of bench/blind_phi_marks.py), labelled by role as BLIND24-phi.md says. The script
strips the marks, computes the offsets, validates every row and splits the set by document.
The documents reuse stock values (``Jane Doe``, ``555-123-4567``, ``123 Maple Street``) across
unrelated files, so each document is a unit of its own (``UNTIED``). The units are taken in the
order of a SHA-1 hash of their key, and each goes to the half holding fewer snippets of its
source so far, units without any patient identifier balancing among themselves. Never runs a
detector and imports nothing from prepcli.

    python bench/blind24_phi_build.py                 # write bench/phi_blind24_dev.jsonl + _held.jsonl
    python bench/blind24_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind24_phi_build.py --check         # validate the written halves only

Selection. ml: the 1,050 documents hold 148 distinct patient information blocks (the rest repeat
one of them with other clinical text); the first document of each block was taken, in file-number
order. Of these, every second block's patient information section (60), the clinician section of
the first document of each of 20 distinct clinicians, the first 30 prose paragraphs naming the
patient as ``Ms./Mr. <surname>``, and 15 prose paragraphs naming no one (history, plan, findings)
from every third document. A section is the text between its heading and the next rule or
heading, outer whitespace trimmed; a paragraph is a blank-line block. Patient-block fields, the
clinician's name and the title-surname pairs were pre-marked by regular expressions as a drafting
aid; every snippet was then read and its spans checked by hand. Re-fetching: the ``fetch`` tool
(``github:<repo>``), then ``git show <commit>:<path>``; a row's ``row`` names the 1-based line of
the document where the snippet starts. BLIND24-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind24"

# key prefix -> (repository, commit, licence)
REPOS = {
    "ml": ("JoshuaSardinha/ml_langchain_exercise_1", "dd20535d9e04cb4d05f54a6b95215a37d775e703", "Apache-2.0 (LICENSE)"),
}  # fmt: skip
RECORD = {
    "ml": "a section (between its heading and the next rule or heading) or a blank-line paragraph of the document verbatim, outer whitespace trimmed; labelled by hand by role (BLIND24-phi.md)",
}
# Stock names, phones and addresses recur across unrelated documents: each key is its own unit.
UNTIED = ("ml:",)


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key ``PREFIX:PATH``."""
    prefix, path = key.split(":", 1)
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "row": where, "licence": licence}


# fmt: off
# (document key, where in the document, marked snippet)
SNIPPETS: list[tuple[str, str, str]] = [
    ('ml:services/ml-service/data/docs/medical_document_1.md', 'line 6',
     '*   **Patient ID:** {M|p7a8b9c0-d1e2-3f4a-5b6c-7d8e9f0a1b2c}\n*   **Name:** {N|Sarah Johnson}\n*   **Date of Birth:** {D|March 15, 1985}\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|(555) 123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_3.md', 'line 6',
     '*   **Patient ID**: {M|pat-98765}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|March 15, 1985} (39 years old)\n*   **Gender**: Female\n*   **Address**: {A|789 Pine Street}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_5.md', 'line 8',
     '*   **Patient ID**: {M|pat-12345678-ijkl-9012-mnop-345678901234}\n*   **Name**: {N|Sarah Connor}\n*   **Date of Birth**: {D|March 15, 1985}\n*   **Gender**: Female\n*   **Address**: {A|123 Resistance Way}, {A|Future City, 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_7.md', 'line 10',
     '*   **Patient ID:** {M|P-987654}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1988-03-22}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_9.md', 'line 7',
     '*   **Patient ID:** {M|PAT98765}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|March 15, 1988} (36 years old)\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_11.md', 'line 9',
     '*   **Patient ID**: {M|PT-987654}\n*   **Name**: {N|Erica Jane Smith}\n*   **Date of Birth**: {D|November 15, 1978} (45 years old)\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number**: {P|555-901-2345}'),
    ('ml:services/ml-service/data/docs/medical_document_13.md', 'line 7',
     '*   **Patient ID:** {M|PT-987654321}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|March 20, 1985} (39 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_15.md', 'line 8',
     '*   **Patient ID**: {M|pat_98765432-1a2b-3c4d-5e6f-7890abcdef12}\n*   **Name**: {N|Sarah Jenkins}\n*   **Date of Birth**: {D|1988-11-20}\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_17.md', 'line 5',
     '*   **Patient ID**: {M|PAT-789012}\n*   **Name**: {N|Emily Chen}\n*   **Date of Birth**: {D|1985-03-20}\n*   **Gender**: Female\n*   **Address**: {A|123 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_19.md', 'line 8',
     '*   **Patient ID**: {M|P-98765432}\n*   **Name**: {N|Jane Doe}\n*   **Date of Birth**: {D|March 15, 1975} (48 years old)\n*   **Gender**: Female\n*   **Address**: {A|123 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_22.md', 'line 10',
     '*   **Patient ID:** {M|PNT-987654321}\n*   **Name:** {N|Sarah Chen}\n*   **Date of Birth:** {D|March 15, 1985} (39 years old)\n*   **Gender:** Female\n*   **Address:** {A|456 Maple St}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_24.md', 'line 10',
     '*   **Patient ID:** {M|p9a8b7c6-d5e4-f3a2-b1c0-d9e8f7a6b5c4}\n*   **Name:** {N|Eleanor Vance}\n*   **Date of Birth:** {D|1978-11-20} (45 years old)\n*   **Gender:** Female\n*   **Address:** {A|789 Oakwood Dr}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|(555) 123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_26.md', 'line 10',
     '*   **Patient ID:** {M|PT-7890123}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1985-03-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Main Street}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_28.md', 'line 10',
     '*   **Patient ID:** {M|pat_987654321}\n*   **Name:** {N|Alice Johnson}\n*   **Date of Birth:** {D|March 15, 1985}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number:** {P|(555) 123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_33.md', 'line 11',
     '*   **Patient ID:** {M|pat_ABC123DEF456}\n*   **Name:** {N|Sarah J. Miller}\n*   **Date of Birth:** {D|1978-11-23}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_35.md', 'line 7',
     '*   **Patient ID**: {M|pat-1a2b3c4d-5e6f-7g8h-9i0j-1k2l3m4n5o6p}\n*   **Name**: {N|Jane Doe}\n*   **Date of Birth**: {D|1975-03-15}\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_37.md', 'line 10',
     '*   **Patient ID**: {M|pat_abc12345}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|1978-05-15}\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Anytown, ST 12345}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_39.md', 'line 10',
     '*   **Patient ID:** {M|PAT-789012345}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|July 20, 1985} (38 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_41.md', 'line 8',
     '*   **Patient ID:** {M|PAT-7890123}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1975-11-15}\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_45.md', 'line 10',
     '*   **Patient ID:** {M|pat_12345-a1b2-c3d4-e5f6-7890abcde}\n*   **Name:** {N|Evelyn Reed}\n*   **Date of Birth:** {D|1988-11-20}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_47.md', 'line 5',
     '*   **Patient ID**: {M|pat_20230012}\n*   **Name**: {N|Emily Chen}\n*   **Date of Birth**: {D|1988-03-22}\n*   **Gender**: Female\n*   **Address**: {A|789 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number**: {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_50.md', 'line 9',
     '*   **Patient ID:** {M|PT-345678}\n*   **Name:** {N|Jane Smith}\n*   **Date of Birth:** {D|November 20, 1978}\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_52.md', 'line 9',
     '*   **Patient ID**: {M|PAT-789012}\n*   **Name**: {N|Jane Doe}\n*   **Date of Birth**: {D|1985-03-22}\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number**: {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_54.md', 'line 10',
     '*   **Patient ID**: {M|p9a8b7c6-5432-1fed-cba9-876543210fed}\n*   **Name**: {N|Alice Johnson}\n*   **Date of Birth**: {D|March 22, 1985} (39 years old)\n*   **Gender**: Female\n*   **Address**: {A|123 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_56.md', 'line 9',
     '*   **Patient ID:** {M|PT-789012}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|March 25, 1988} (36 years old)\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_60.md', 'line 7',
     '*   **Patient ID**: {M|pat-1234567890-ABC}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|March 15, 1985}\n*   **Gender**: Female\n*   **Address**: {A|789 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_67.md', 'line 7',
     '*   **Patient ID:** {M|PAT-XYZ123456}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|July 22, 1988} (35 years old)\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Ave}, {A|Anytown, ST 67890}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_69.md', 'line 8',
     '*   **Patient ID:** {M|PAT789012}\n*   **Name:** {N|Emily Chen}\n*   **Date of Birth:** {D|1988-05-15}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_71.md', 'line 10',
     '*   **Patient ID:** {M|PT-001934}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1978-02-20}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_75.md', 'line 6',
     '*   **Patient ID**: {M|pat-123456789}\n*   **Name**: {N|Jane Smith}\n*   **Date of Birth**: {D|1985-07-15}\n*   **Gender**: Female\n*   **Address**: {A|456 Oak Avenue}, {A|Anytown, USA 98765}\n*   **Contact Number**: {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_77.md', 'line 10',
     '*   **Patient ID:** {M|pat-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1988-11-22} (35 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_81.md', 'line 7',
     '*   **Patient ID**: {M|pat_1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|1985-11-15}\n*   **Gender**: Female\n*   **Address**: {A|123 Oak Avenue}, {A|Anytown, USA 12345}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_88.md', 'line 7',
     '*   **Patient ID:** {M|p7t8u9v0-1w2x-3y4z-5a6b-7c8d9e0f1g2h}\n*   **Name:** {N|Sarah Johnson}\n*   **Date of Birth:** {D|September 20, 1985}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_91.md', 'line 9',
     '*   **Patient ID:** {M|PNT0012345}\n*   **Name:** {N|Evelyn Reed}\n*   **Date of Birth:** {D|March 15, 1975} (48 years old)\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Ave}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_93.md', 'line 10',
     '*   **Patient ID:** {M|pat_a1b2c3d4-e5f6-7890-1234-567890abcdef}\n*   **Name:** {N|Sarah Chen}\n*   **Date of Birth:** {D|March 15, 1975}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Metropolis, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_98.md', 'line 10',
     '*   **Patient ID:** {M|P-987654321}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1985-07-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Main St}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_101.md', 'line 8',
     '*   **Patient ID:** {M|pat_9a0b1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1975-05-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, USA 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_105.md', 'line 10',
     '*   **Patient ID:** {M|pat-1a2b-3c4d-5e6f-7g8h9i0j1k2l}\n*   **Name:** {N|Evelyn Reed}\n*   **Date of Birth:** {D|April 12, 1975} (48 years old)\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_109.md', 'line 10',
     '*   **Patient ID:** {M|P-987654}\n*   **Name:** {N|Eleanor Vance}\n*   **Date of Birth:** {D|1975-03-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_112.md', 'line 10',
     '*   **Patient ID:** {M|pat-1a2b3c4d-5e6f-7890-1234-567890abcdef}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|March 15, 1985}\n*   **Gender:** Female\n*   **Address:** {A|123 Main Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_119.md', 'line 10',
     '*   **Patient ID**: {M|PAT67890}\n*   **Name**: {N|Sarah Connor}\n*   **Date of Birth**: {D|1985-03-15}\n*   **Gender**: Female\n*   **Address**: {A|789 Pine Street}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_124.md', 'line 8',
     '*   **Patient ID**: {M|PNT0012345}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|March 15, 1985}\n*   **Gender**: Female\n*   **Address**: {A|123 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_131.md', 'line 10',
     '*   **Patient ID:** {M|PAT-98765432}\n*   **Name:** {N|Evelyn Reed}\n*   **Date of Birth:** {D|May 15, 1978} (45 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Drive}, {A|Springfield, IL 62704}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_136.md', 'line 10',
     '*   **Patient ID:** {M|pat-9876543}\n*   **Name:** {N|Alice Wonderland}\n*   **Date of Birth:** {D|May 15, 1985} (38 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Rabbit Hole Rd}, {A|Fictional City, FC 01234}\n*   **Contact Number:** {P|(555) 123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_141.md', 'line 10',
     '*   **Patient ID:** {M|pat-11223344-5566-7788-9900-aabbccddeeff}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|March 15, 1975} (48 years old)\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_145.md', 'line 9',
     '*   **Patient ID:** {M|pat-abc123xyz789}\n*   **Name:** {N|Jane Smith}\n*   **Date of Birth:** {D|March 15, 1985} (39 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Ave}, {A|Anytown, USA 98765}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_147.md', 'line 7',
     '*   **Patient ID:** {M|PAT-456789}\n*   **Name:** {N|Alice Wonderland}\n*   **Date of Birth:** {D|1985-03-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Rabbit Hole Rd}, {A|Fantasyland}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_151.md', 'line 9',
     '*   **Patient ID:** {M|PT-987654321}\n*   **Name:** {N|Alice Wonderland}\n*   **Date of Birth:** {D|March 15, 1985}\n*   **Gender:** Female\n*   **Address:** {A|123 Rabbit Hole Lane}, {A|Fictional Town, FT 12345}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_155.md', 'line 10',
     '*   **Patient ID:** {M|PT-987654}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|March 15, 1975} (48 years old)\n*   **Gender:** Female\n*   **Address:** {A|789 Pine Street}, {A|Anytown, ST 67890}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_159.md', 'line 10',
     '*   **Patient ID:** {M|P-456789}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1985-11-20}\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Anytown, ST 12345}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_162.md', 'line 6',
     '*   **Patient ID:** {M|pat_f3e1d2c9-8b7a-4c5d-6e9f-0a1b2c3d4e5f}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1985-03-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_165.md', 'line 10',
     '*   **Patient ID:** {M|pat_1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1985-03-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Main Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_169.md', 'line 9',
     '*   **Patient ID:** {M|P-56789}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|1985-03-15}\n*   **Gender:** Female\n*   **Address:** {A|456 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_176.md', 'line 10',
     '*   **Patient ID:** {M|PT98765}\n*   **Name:** {N|Emily Johnson}\n*   **Date of Birth:** {D|August 22, 1985} (39 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_178.md', 'line 11',
     '*   **Patient ID:** {M|PTNT-567890}\n*   **Name:** {N|Olivia Martinez}\n*   **Date of Birth:** {D|1978-03-15}\n*   **Gender:** Female\n*   **Address:** {A|789 Pine Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-987-6543}'),
    ('ml:services/ml-service/data/docs/medical_document_189.md', 'line 10',
     '*   **Patient ID:** {M|pat-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d}\n*   **Name:** {N|Jane Doe}\n*   **Date of Birth:** {D|March 15, 1985} (39 years old)\n*   **Gender:** Female\n*   **Address:** {A|123 Main Street}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_194.md', 'line 11',
     '*   **Patient ID:** {M|pat_f8e7d6c5-b4a3-2d1c-0b9a-8f7e6d5c4b3a}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|1988-07-22}\n*   **Gender:** Female\n*   **Address:** {A|789 Oak Avenue}, {A|Anytown, CA 90210}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_211.md', 'line 7',
     '*   **Patient ID:** {M|PAT-456789}\n*   **Name:** {N|Sarah Miller}\n*   **Date of Birth:** {D|July 22, 1988} (Age: 35)\n*   **Gender:** Female\n*   **Address:** {A|123 Maple Street}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_214.md', 'line 11',
     '*   **Patient ID:** {M|pat_78901}\n*   **Name:** {N|Emily Johnson}\n*   **Date of Birth:** {D|1985-05-15}\n*   **Gender:** Female\n*   **Address:** {A|123 Oak Avenue}, {A|Anytown, USA}\n*   **Contact Number:** {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_219.md', 'line 11',
     '*   **Patient ID**: {M|pat-9b3f4c2e-7d6a-4e1b-8c5d-2f1e0a9b8c7d}\n*   **Name**: {N|Sarah Miller}\n*   **Date of Birth**: {D|March 15, 1985} (39 years old)\n*   **Gender**: Female\n*   **Address**: {A|789 Oak Ave}, {A|Anytown, CA 90210}\n*   **Contact Number**: {P|555-123-4567}'),
    ('ml:services/ml-service/data/docs/medical_document_1.md', 'line 14',
     '*   **Clinician ID:** {I|c1d2e3f4-a5b6-7c8d-9e0f-1a2b3c4d5e6f}\n*   **Name:** Dr. {H|Emily White}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|emily.white@hospital.com}'),
    ('ml:services/ml-service/data/docs/medical_document_2.md', 'line 20',
     '*   **Clinician ID**: {I|cli-def456uvw012}\n*   **Name**: Dr. {H|Sarah Chen}\n*   **Specialization**: Radiologist\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|s.chen@citygen.com}'),
    ('ml:services/ml-service/data/docs/medical_document_3.md', 'line 14',
     '*   **Clinician ID**: {I|cli-12345}\n*   **Name**: Dr. {H|Emily Chen}\n*   **Specialization**: Internal Medicine\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|emily.chen@citygen.org}'),
    ('ml:services/ml-service/data/docs/medical_document_4.md', 'line 20',
     '*   **Clinician ID:** {I|CLI-101112}\n*   **Name:** Dr. {H|Benjamin Carter}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|b.carter@hospital.com}'),
    ('ml:services/ml-service/data/docs/medical_document_5.md', 'line 18',
     '*   **Clinician ID**: {I|cli-98765432-qrst-uvwx-yzab-cdefghijkl}\n*   **Name**: Dr. {H|Miles Dyson}\n*   **Specialization**: Radiologist\n*   **Institution**: Cyberdyne Systems Medical Center\n*   **Contact Email**: {I|miles.dyson@cyberdynemed.com}'),
    ('ml:services/ml-service/data/docs/medical_document_6.md', 'line 15',
     '- **Clinician ID:** {I|cli_a1b2c3d4-e5f6-7a8b-9c0d-1e2f3a4b5c6d}\n- **Name:** Dr. {H|Sarah Connor}\n- **Specialization:** Cardiology\n- **Institution:** City General Hospital\n- **Contact Email:** {I|s.connor@cityhospital.com}'),
    ('ml:services/ml-service/data/docs/medical_document_8.md', 'line 17',
     '*   **Clinician ID:** {I|C-56789012}\n*   **Name:** Dr. {H|Emily Roberts}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|e.roberts@citygen.org}'),
    ('ml:services/ml-service/data/docs/medical_document_12.md', 'line 19',
     '*   **Clinician ID**: {I|C-56789012}\n*   **Name**: Dr. {H|Alice Smith}\n*   **Specialization**: Internal Medicine\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|alice.smith@example.com}'),
    ('ml:services/ml-service/data/docs/medical_document_17.md', 'line 13',
     '*   **Clinician ID**: {I|CLI-5678}\n*   **Name**: Dr. {H|Sarah Miller}\n*   **Specialization**: Internal Medicine\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|sarah.miller@citygen.org}'),
    ('ml:services/ml-service/data/docs/medical_document_18.md', 'line 15',
     '*   **Clinician ID:** {I|cli_11223344}\n*   **Name:** Dr. {H|Anya Sharma}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|anya.sharma@citygen.com}'),
    ('ml:services/ml-service/data/docs/medical_document_19.md', 'line 17',
     '*   **Clinician ID**: {I|C-12345678}\n*   **Name**: Dr. {H|Alan Smith}\n*   **Specialization**: Internal Medicine\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|alan.smith@citygeneral.com}'),
    ('ml:services/ml-service/data/docs/medical_document_25.md', 'line 21',
     '*   **Clinician ID:** {I|Dr-HJKLM}\n*   **Name:** Dr. {H|Eleanor Vance}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|e.vance@citygeneral.com}'),
    ('ml:services/ml-service/data/docs/medical_document_33.md', 'line 22',
     '*   **Clinician ID:** {I|cli_XYZ789UVW012}\n*   **Name:** Dr. {H|Emily R. Chen}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|emily.chen@citygeneral.org}'),
    ('ml:services/ml-service/data/docs/medical_document_47.md', 'line 13',
     '*   **Clinician ID**: {I|cli_78901234}\n*   **Name**: Dr. {H|Sarah Lee}\n*   **Specialization**: Internal Medicine\n*   **Institution**: City General Hospital\n*   **Contact Email**: {I|s.lee@citygeneral.com}'),
    ('ml:services/ml-service/data/docs/medical_document_49.md', 'line 18',
     '*   **Clinician ID:** {I|CL-54321}\n*   **Name:** Dr. {H|Emily Smith}\n*   **Specialization:** Clinical Pathology\n*   **Institution:** Cyberdyne Systems Medical Lab\n*   **Contact Email:** {I|e.smith@cyberdynelabs.com}'),
    ('ml:services/ml-service/data/docs/medical_document_76.md', 'line 22',
     '*   **Clinician ID:** {I|cli-543210987}\n*   **Name:** Dr. {H|Alex Johnson}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|alex.johnson@citygen.org}'),
    ('ml:services/ml-service/data/docs/medical_document_89.md', 'line 17',
     '*   **Clinician ID:** {I|CLI-567890}\n*   **Name:** Dr. {H|Ben Carter}\n*   **Specialization:** Internal Medicine\n*   **Institution:** City General Hospital\n*   **Contact Email:** {I|b.carter@cgh.org}'),
    ('ml:services/ml-service/data/docs/medical_document_92.md', 'line 18',
     '*   **Clinician ID**: {I|cli-34567890}\n*   **Name**: Dr. {H|Charles Xavier}\n*   **Specialization**: Neurology\n*   **Institution**: Mutant Health Clinic\n*   **Contact Email**: {I|c.xavier@mutanthealth.org}'),
    ('ml:services/ml-service/data/docs/medical_document_108.md', 'line 21',
     '*   **Clinician ID:** {I|CLI2023005}\n*   **Name:** Dr. {H|Stephen Strange}\n*   **Specialization:** Internal Medicine\n*   **Institution:** Mystic Arts Hospital\n*   **Contact Email:** {I|s.strange@mysticartshospital.org}'),
    ('ml:services/ml-service/data/docs/medical_document_136.md', 'line 21',
     '*   **Clinician ID:** {I|cli-54321}\n*   **Name:** Dr. {H|Chester Cat}\n*   **Specialization:** Internal Medicine\n*   **Institution:** Wonderland Medical Center\n*   **Contact Email:** {I|dr.cat@wonderlandmed.com}'),
    ('ml:services/ml-service/data/docs/medical_document_3.md', 'line 23',
     '## History of Present Illness\nMs. {N|Miller}, a 39-year-old female, presents with a 3-week history of worsening fatigue, particularly in the afternoons, and generalized joint pain affecting her knees, hips, and hands. She reports no fever, rash, or recent travel. Symptoms are worse in the morning. Denies any new medications or significant lifestyle changes.'),
    ('ml:services/ml-service/data/docs/medical_document_4.md', 'line 36',
     'Ms. {N|Petrova} presents with a dull, throbbing headache localized to the frontal region, rated 6/10 severity, occurring daily for the past three weeks. The headache is worse with bright lights and loud noises. She also reports significant fatigue, impacting her daily activities. Denies fever, chills, vision changes, or recent trauma. Reports mild nausea sometimes associated with the headache. No new medications started recently.'),
    ('ml:services/ml-service/data/docs/medical_document_11.md', 'line 36',
     'Ms. {N|Smith}, a 45-year-old female, presented to the emergency department with severe, sudden onset abdominal pain localized to the right lower quadrant, radiating to the back. Pain was described as sharp, constant, and rated 8/10. Associated symptoms included nausea, two episodes of non-bloody, non-bilious emesis, and subjective fever. Denies diarrhea, constipation, or urinary symptoms. No recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_16.md', 'line 37',
     'Ms. {N|Rodriguez}, a 36-year-old female, presents with a 3-month history of progressive fatigue, generalized joint pain, and occasional morning stiffness lasting over an hour. She reports the fatigue is debilitating, affecting her daily activities. Joint pain is migratory, affecting knees, wrists, and fingers, often symmetrical. Denies fever, rash, or significant weight changes. No recent travel or new medications. Symptoms are worse in the mornings and improve slightly with movement.'),
    ('ml:services/ml-service/data/docs/medical_document_18.md', 'line 26',
     "## History of Present Illness\nMs. {N|Vance}, a 35-year-old female, presents with a 3-week history of worsening fatigue, particularly during physical activity, accompanied by shortness of breath. She reports feeling tired even after a full night's sleep and notices her breathing becomes labored when climbing stairs or walking short distances. Denies fever, cough, chest pain, or recent travel. Appetite has been reduced. No weight loss reported."),
    ('ml:services/ml-service/data/docs/medical_document_22.md', 'line 37',
     'Ms. {N|Chen}, a 39-year-old female, presents with a productive cough, primarily in the mornings, accompanied by generalized fatigue. She denies fever, chills, or shortness of breath. Symptoms started approximately three weeks ago and have not improved with over-the-counter remedies. She reports no recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_24.md', 'line 37',
     'Ms. {N|Vance}, a 45-year-old female, presents with a 3-month history of progressive fatigue, generalized muscle aches, and migratory joint pain affecting her knees, wrists, and fingers. Symptoms are worse in the morning and improve slightly throughout the day. She reports occasional low-grade fevers and night sweats. Denies recent travel, new medications, or significant stress. Her appetite has decreased, and she has lost approximately 5 lbs unintentionally.'),
    ('ml:services/ml-service/data/docs/medical_document_30.md', 'line 36',
     'Ms. {N|Davis}, a 38-year-old female, presents with a 3-month history of worsening fatigue, particularly in the mornings, not relieved by rest. She also reports migratory joint pain affecting her wrists, knees, and ankles, often accompanied by morning stiffness lasting over an hour. Denies fever, rash, or significant weight changes.'),
    ('ml:services/ml-service/data/docs/medical_document_33.md', 'line 38',
     'Ms. {N|Miller}, a 45-year-old female, presented to the Emergency Department with a 3-day history of progressively worsening shortness of breath, productive cough with yellowish sputum, and low-grade fever. She reported generalized fatigue and chest tightness. No recent travel or sick contacts reported. Symptoms worsened despite over-the-counter cold medication.'),
    ('ml:services/ml-service/data/docs/medical_document_34.md', 'line 33',
     '**History of Present Illness:**\nMs. {N|Smith}, a 39-year-old female, presents with a persistent dry cough that started approximately 3 weeks ago, gradually worsening. She also reports significant fatigue, especially in the afternoons, which has impacted her daily activities. Denies fever, chills, sore throat, or shortness of breath. No recent travel history or sick contacts. Over-the-counter cough suppressants have provided minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_35.md', 'line 24',
     '## History of Present Illness\nMs. {N|Doe}, a 48-year-old female, presents with a 3-month history of worsening fatigue, generalized muscle aches, and migratory joint pain involving knees, shoulders, and wrists. Symptoms are worse in the mornings and improve slightly with activity. Denies fever, rash, or significant weight changes. No recent travel or new medications. Has tried over-the-counter NSAIDs with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_36.md', 'line 37',
     'Ms. {N|Doe}, a 48-year-old female, presents with a 3-month history of progressive fatigue, generalized joint pain, and occasional low-grade fevers. She reports morning stiffness lasting approximately 1 hour, affecting her hands, wrists, and knees. Fatigue significantly impacts her daily activities. Denies recent travel, new medications, or significant changes in diet. She has tried over-the-counter pain relievers with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_39.md', 'line 37',
     'Ms. {N|Doe}, a 38-year-old female, presents with a chief complaint of persistent fatigue that started approximately three weeks ago. She describes the fatigue as constant, not relieved by rest, and significantly impacting her daily activities. She also reports intermittent episodes of lightheadedness, particularly when standing up quickly. Denies fever, chills, night sweats, weight loss, or changes in bowel habits. No recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_40.md', 'line 26',
     "## History of Present Illness\nMs. {N|Smith}, a 36-year-old female, presents for a follow-up regarding persistent fatigue and occasional palpitations. Symptoms started approximately 2 months ago, gradually worsening. Fatigue is constant, not relieved by rest. Palpitations occur sporadically, lasting a few seconds to a minute, described as 'skipped beats.' Denies chest pain, shortness of breath, dizziness, or syncope. No recent infections or significant stressors reported."),
    ('ml:services/ml-service/data/docs/medical_document_41.md', 'line 29',
     'Ms. {N|Jane Doe}, a 48-year-old female, presents with a 3-month history of progressive fatigue, described as constant and debilitating, significantly impacting her daily activities. She reports waking up feeling unrefreshed despite 8-9 hours of sleep. Associated symptoms include muscle aches, difficulty concentrating, and occasional mild headaches. No fever, weight changes, or respiratory symptoms reported. Denies recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_42.md', 'line 37',
     'Ms. {N|Evelyn Reed}, a 58-year-old female, presented to the emergency department with sudden, severe, cramping abdominal pain localized to the right upper quadrant, radiating to her back. The pain started approximately 12 hours prior to arrival and was associated with multiple episodes of non-bilious vomiting. She denies fever, chills, diarrhea, or constipation. No recent changes in diet or medication. She reports similar, less severe episodes in the past, resolving spontaneously.'),
    ('ml:services/ml-service/data/docs/medical_document_53.md', 'line 37',
     'Ms. {N|Doe}, a 39-year-old female, presents with a persistent dry cough that started approximately 3 weeks ago, gradually worsening. She also reports significant fatigue, impacting her daily activities. Denies fever, chills, or shortness of breath. No recent travel or sick contacts. Over-the-counter cough suppressants have provided minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_55.md', 'line 37',
     'Ms. {N|Chen}, a 38-year-old female, presents with a 3-month history of generalized fatigue that is not relieved by rest, accompanied by migratory polyarthralgia affecting her knees, wrists, and small joints of the hands. She also reports occasional low-grade fevers and a generalized feeling of malaise. Denies any recent infections, changes in diet, or significant stress.'),
    ('ml:services/ml-service/data/docs/medical_document_61.md', 'line 37',
     'Ms. {N|Chen}, a 35-year-old female, presents with a 2-week history of daily headaches, described as throbbing and located primarily behind her eyes. She reports associated blurred vision, particularly when reading. Symptoms are worse in the evenings and not relieved by over-the-counter analgesics. No fever, neck stiffness, or focal neurological deficits reported. Denies recent trauma.'),
    ('ml:services/ml-service/data/docs/medical_document_69.md', 'line 29',
     'Ms. {N|Chen}, a 35-year-old female, presents with a two-week history of worsening fatigue, a productive cough with clear to white sputum, and occasional mild exertional dyspnea. Denies fever, chills, night sweats, or significant weight loss. Symptoms are worse in the evenings. She has tried over-the-counter cough suppressants with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_70.md', 'line 24',
     '## History of Present Illness\nMs. {N|Vance}, a 45-year-old female, presents with a 3-month history of generalized fatigue, described as constant and debilitating, not relieved by rest. She also reports migratory joint pain affecting her knees, wrists, and fingers, worse in the mornings. Denies fever, rash, or significant weight changes. She reports increased difficulty performing daily activities due to fatigue and pain. No new medications started recently.'),
    ('ml:services/ml-service/data/docs/medical_document_77.md', 'line 37',
     "Ms. {N|Miller}, a 36-year-old female, presents with a 2-week history of persistent, dull headaches, primarily localized to the frontal region. She reports the pain is constant, rated 5/10, and occasionally worsens to 7/10. She also notes intermittent blurry vision, described as a 'fog' in her right eye, occurring a few times a day for brief periods. She denies fever, neck stiffness, photophobia, phonophobia, nausea, vomiting, or focal weakness. Over-the-counter pain relievers provide minimal relief. No recent head trauma or significant stressors."),
    ('ml:services/ml-service/data/docs/medical_document_79.md', 'line 28',
     'Ms. {N|Johnson}, a 39-year-old female, presents with a 3-month history of worsening fatigue, particularly in the afternoons, and generalized joint pain affecting hands, knees, and ankles. Symptoms are bilateral and symmetrical, worse in the morning with stiffness lasting approximately 30 minutes. She reports occasional low-grade fevers but denies rash, photosensitivity, or significant weight changes. No recent travel or new medications.'),
    ('ml:services/ml-service/data/docs/medical_document_87.md', 'line 36',
     'Ms. {N|Lee}, a 38-year-old female, presents with a persistent dry cough, worse at night, and generalized fatigue for the past three weeks. She reports occasional shortness of breath with exertion. Denies fever, chills, sore throat, or recent travel. Has tried over-the-counter cough suppressants with minimal relief. No known sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_91.md', 'line 36',
     'Ms. {N|Reed}, a 48-year-old female, presents with a persistent dry cough that started approximately 3 weeks ago, progressively worsening. She also reports significant fatigue, impacting her daily activities. Denies fever, chills, sore throat, or shortness of breath. Has tried over-the-counter cough suppressants with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_100.md', 'line 37',
     'Ms. {N|Doe}, a 39-year-old female, presents with a two-week history of increasing fatigue, feeling run down, and experiencing generalized muscle weakness. She denies fever, chills, cough, or sore throat. She reports no recent travel or sick contacts. Appetite has been slightly decreased. She attributes the symptoms to stress initially but notes they have worsened.'),
    ('ml:services/ml-service/data/docs/medical_document_105.md', 'line 37',
     'Ms. {N|Reed} is a 48-year-old female presenting with a persistent cough that started approximately 3 weeks ago. The cough is mostly dry, occasionally productive of clear sputum, and worse at night. She also reports significant fatigue, reducing her ability to perform daily activities. Denies fever, chills, sore throat, or shortness of breath. She has tried over-the-counter cough suppressants with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_108.md', 'line 37',
     'Ms. {N|Wonderland}, a 39-year-old female, presents with a 3-month history of progressive fatigue, generalized muscle weakness, and occasional dizziness. Symptoms are worse in the afternoons and have been impacting her ability to perform daily activities. She denies fever, chills, night sweats, or significant weight changes. No recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_109.md', 'line 37',
     'Ms. {N|Vance}, a 48-year-old female, presents with a persistent cough that started approximately 3 weeks ago, initially dry but now productive of clear sputum. She also reports significant fatigue, especially in the afternoons, which is not relieved by rest. No fever, chills, or shortness of breath. Denies recent travel or exposure to sick contacts. She has tried over-the-counter cough suppressants with minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_115.md', 'line 37',
     'Ms. {N|Doe}, a 48-year-old female, presents with a 3-week history of daily headaches, primarily frontal, described as throbbing, 6/10 intensity. Associated with intermittent blurred vision and occasional dizziness. Reports no fever, chills, or neck stiffness. Over-the-counter analgesics provide minimal relief.'),
    ('ml:services/ml-service/data/docs/medical_document_2.md', 'line 36',
     'Patient is a 45-year-old female presenting with a persistent cough for the past 3 weeks, productive of clear sputum, worsening over the last 5 days. Associated with mild exertional dyspnea. Denies fever, chills, or chest pain. No recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_11.md', 'line 42',
     'Hypertension (controlled with medication), Cholecystectomy (2010), Seasonal allergies. No known drug allergies.'),
    ('ml:services/ml-service/data/docs/medical_document_21.md', 'line 91',
     'Patient advised to rest, increase fluid intake. Symptomatic treatment for cough. Follow-up lab tests ordered for inflammatory markers and viral panel. Consider spirometry if cough persists.'),
    ('ml:services/ml-service/data/docs/medical_document_24.md', 'line 43',
     'Childhood asthma, well-controlled. No other significant medical history. No prior surgeries.\n**Allergies:** Penicillin (rash).'),
    ('ml:services/ml-service/data/docs/medical_document_27.md', 'line 36',
     'Patient is a 36-year-old female presenting with a 3-week history of worsening fatigue. Describes it as constant and not relieved by rest. Also reports feeling generally weak, especially in her limbs. Denies fever, chills, night sweats, weight loss, or changes in diet. No recent travel or sick contacts. Energy levels are significantly impacting daily activities and work performance.'),
    ('ml:services/ml-service/data/docs/medical_document_33.md', 'line 44',
     'Asthma (diagnosed in childhood, well-controlled), Seasonal Allergies. No prior hospitalizations.'),
    ('ml:services/ml-service/data/docs/medical_document_36.md', 'line 43',
     'Childhood asthma, otherwise unremarkable. No known chronic conditions or prior surgeries. Vaccinations are up to date.'),
    ('ml:services/ml-service/data/docs/medical_document_39.md', 'line 98',
     'Discussed diagnosis of iron deficiency anemia as a likely cause for fatigue and dizziness. Recommended oral iron supplementation (Ferrous Sulfate). Advised dietary changes to increase iron intake (e.g., red meat, fortified cereals, spinach). Will monitor symptoms and follow up on lab values.'),
    ('ml:services/ml-service/data/docs/medical_document_42.md', 'line 84',
     'Abdominal ultrasound showed multiple gallstones with thickening of the gallbladder wall and pericholecystic fluid, consistent with acute cholecystitis. No common bile duct dilation identified.'),
    ('ml:services/ml-service/data/docs/medical_document_51.md', 'line 37',
     'Patient is a 39-year-old female presenting with a persistent, non-productive cough and progressive shortness of breath over the past three weeks. Symptoms worsened in the last 72 hours, accompanied by mild chest discomfort. No fever or chills reported. Denies recent travel or sick contacts.'),
    ('ml:services/ml-service/data/docs/medical_document_54.md', 'line 37',
     'Patient is a 39-year-old female presenting with intermittent chest pain described as a dull ache, radiating to the left arm, for the past 3 days. Also reports shortness of breath with exertion. Symptoms are worse in the evenings. Denies fever, cough, or recent trauma. No prior history of cardiac issues.'),
    ('ml:services/ml-service/data/docs/medical_document_58.md', 'line 95',
     'Patient advised rest and hydration. Recommend humidified air and lozenges for cough relief. Consider a trial of inhaled corticosteroids if cough persists. Follow-up lab tests for further evaluation of fatigue. Avoidance of allergens.'),
    ('ml:services/ml-service/data/docs/medical_document_79.md', 'line 32',
     'Childhood asthma, well-controlled. No other significant medical history. No prior surgeries. Allergies: Penicillin (hives).'),
    ('ml:services/ml-service/data/docs/medical_document_92.md', 'line 58',
     'Initiate new prophylactic medication for migraines. Continue current antihypertensive. Lifestyle modifications: stress reduction, regular sleep, hydration.'),
    ('ml:services/ml-service/data/docs/medical_document_98.md', 'line 37',
     'Patient presents with a two-week history of worsening fatigue, accompanied by a dry, persistent cough. Denies fever or chills. Reports some shortness of breath with exertion. No known sick contacts.'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
