# ruff: noqa: E501 - one snippet per line reads best
"""Fresh snippets for the classes phi_blind15_dev's misses and false positives fell into (issue
18, helper b15): speaker prefixes and turn structure of consultation transcripts, clinicians
introducing themselves by first name, lower-case names by their place in a conversation
(greetings, dictation headers, titles), and identifiers spoken aloud (dates of birth, house
numbers and UK postcodes in words, e-mails with "at" and "dot", a record number glued to its
cue by speech recognition). Each class mixes identifiers with look-alikes that must stay (a
clinician, a filler, a greeting, a dose, a town in prose, an event's date).

Written for this work, copied from no bench set; names, numbers and addresses are made up.
Shapes from public references: transcript conventions of the three public corpora the set
comes from, read in their READMEs only (babylonhealth/primock57 README: one TextGrid tier per
speaker, tags such as [inaudible]; wyim/aci-bench README: ASR-like dialogues with "[doctor]" and
"[patient]" turn tags, dictated headers "next patient is ..."; abachaa/MTS-Dialog README:
"Doctor:", "Patient:", "Guest_family:", "Guest_clinician:" turns); the UK postcode format
(outward code A9, A99, AA9, AA99, A9A, AA9A, then a digit and two letters: Royal Mail's
Programmers' Guide as summarised at https://en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom);
how English dates and years are said aloud ("the fifth of March", "March the fifth",
"nineteen sixty-two", "oh nine", https://dictionary.cambridge.org/grammar/british-grammar/dates);
how e-mail addresses are read out ("jane dot roe at example dot com").

Each round was written before the rules it measures and scored untuned first (figures in
bench/PHI.md). Marks: the inline format of bench/blind_phi_marks.py, ``{T|text}`` with T = N
patient name, D DOB, M record number, A address, E e-mail, H clinician (must stay), I anything
else that must stay.
"""

from __future__ import annotations

ROUND_1: dict[str, list[str]] = {
    # a speaker prefix is a role, not a field: what follows is speech
    "speakers": [
        "Doctor: Good morning, can you hear me?\nPatient: Yes, I can hear you fine.\nDoctor: Great.",
        "Doctor: How long has the cough been going on?\nPatient: Um, about two weeks now.\nDoctor: OK.",
        "Doctor: Any allergies?\nPatient: No, none that I know of.",
        "Doctor: And do you smoke?\nPatient: Well, I used to.\nPatient: Stopped last year.",
        "Doctor: Is there anything else?\nPatient: Actually yes, my knee.",
        "Patient: Right, so it started on Monday.\nDoctor: And since then?",
        "Doctor: Can I take your full name please?\nPatient: Sure, my name is {N|Helen Marsh}.\nDoctor: Thank you, {N|Helen}.",
        "Doctor: Could you confirm your name?\nPatient: Yeah, it's {N|Oliver}, {N|Oliver Pratt}.",
        "[doctor] how are you feeling today\n[patient] honestly pretty tired\n[doctor] okay",
        "[patient] yeah it hurts when i walk\n[doctor] alright let's take a look",
        "Guest_family: Hello, I'm her daughter.\nDoctor: Nice to meet you.\nPatient: Morning.",
        "Doctor: Hello.\nPatient: Hiya, nice to meet you.\nDoctor: Likewise.",
        "Doctor: Any family history?\nPatient: Er, my mum had diabetes.",
    ],
    # a clinician introducing himself by first name stays
    "clinicians": [
        "Doctor: Hello, my name's {H|Priya}, I'm one of the GPs here.\nPatient: Hi.",
        "Doctor: Hi there, I'm {H|Marcus}, one of the doctors today.\nPatient: Hello.",
        "Doctor: Good afternoon, I'm Dr. {H|Alan}, how can I help?\nPatient: Hi doctor.",
        "Doctor: Hi, it's Doctor {H|Fenwick} here.\nPatient: Hello Doctor {H|Fenwick}.",
        "[doctor] hi i'm dr. {H|kaplan} nice to meet you\n[patient] nice to meet you",
        "Doctor: My name is {H|Sunita} and I'm the doctor on call.\nPatient: OK, I'm {N|Gary Holt}.",
        "Doctor: Hello {N|Ruth}, I'm {H|Daniel}, one of the doctors.\nPatient: Hello.",
    ],
    # lower-case names by their place in the conversation
    "lowercase_names": [
        "[doctor] hi {N|rebecca} how are you doing today\n[patient] not too bad",
        "[doctor] good morning {N|gerald} nice to see you\n[patient] morning doc",
        "[doctor] hey {N|tobias} what brings you in\n[patient] my back",
        "[doctor] next patient is {N|monica reyes} . date of birth , {D|4/2/1980} .",
        "[doctor] dictating on {N|harold finch} . date of birth {D|9/14/1951} .",
        "[doctor] hello ms. {N|whitaker} . i'm dr. {H|olsen} .\n[patient] hi",
        "[doctor] and your husband {N|leonard} came with you today\n[patient] yes",
        "[doctor] hi there how are you\n[patient] good thanks doctor",
        "[doctor] hey doc said you'd be in\n[patient] yep here i am",
    ],
    # identifiers said aloud
    "spoken_ids": [
        "Doctor: And your date of birth?\nPatient: {D|The fifth of March nineteen sixty two}.",
        "Doctor: Date of birth please?\nPatient: {D|Ninth of June, um, nineteen eighty one}.",
        "Doctor: And when were you born?\nPatient: {D|Twenty first of January nineteen seventy}.",
        "Doctor: Your address?\nPatient: It's {A|forty two Elm Grove}, {A|N W three, four A B}.",
        "Doctor: And your email address?\nPatient: It's {E|helen dot marsh at gmail dot com}.",
        "[doctor] next patient is {N|carl dunn} , mrn {M|5520193} .",
        "Doctor: When did the pain start?\nPatient: On the fifth of March, so two weeks ago.",
        "Doctor: How much do you take?\nPatient: Two tablets, twenty milligrams each.",
    ],
}

ROUND_2: dict[str, list[str]] = {
    "speakers": [
        "Doctor: Are you somewhere private?\nPatient: Yes, I'm at home on my own.\nDoctor: Lovely.",
        "Patient: Sorry, you cut out there.\nDoctor: No problem, I'll repeat that.",
        "Doctor: What's your name, please?\nPatient: {N|Gemma Hollis}.\nDoctor: Thanks {N|Gemma}.",
        "[doctor] any fevers or chills\n[patient] no none at all\n[doctor] good",
        "Guest_family: Mum's been really confused since Tuesday.\nDoctor: I see.",
        "Doctor: Do you drink alcohol?\nPatient: Erm, maybe a glass of wine at weekends.",
        "Doctor: Hi, can you see me?\nPatient: Hello, yes I can.\nPatient: Brilliant, thanks.",
    ],
    "clinicians": [
        "Doctor: Hello there, I'm {H|Keith}, one of the doctors with the service.\nPatient: Hi {H|Keith}.",
        "Doctor: Good morning, my name's {H|Amara} and I'm a GP.\nPatient: Morning.",
        "Nurse: Hi, I'm {H|Bridget}, the practice nurse.\nPatient: Hello.",
        "[doctor] hi i'm doctor {H|fielding} what brings you in\n[patient] my shoulder",
    ],
    "lowercase_names": [
        "[doctor] hello {N|jasmine} how are you feeling\n[patient] a little better",
        "[doctor] welcome back {N|terrence} good to see you\n[patient] thanks doc",
        "[doctor] our next patient is {N|doreen walsh} , mrn {M|8841207} .",
        "[doctor] good evening mr. {N|castellano} , i'm dr. {H|nguyen} .\n[patient] evening",
        "[doctor] and your daughter {N|priscilla} is she still helping at home\n[patient] yes",
        "[doctor] hey everyone so let's get started\n[patient] okay",
    ],
    "spoken_ids": [
        "Doctor: Date of birth?\nPatient: {D|Fourth of December, erm, nineteen fifty three}.",
        "Doctor: And when's your birthday?\nPatient: {D|Seventeenth May nineteen ninety}.",
        "Doctor: Could I take your address?\nPatient: Yes, {A|twelve Orchard Lane}, {A|B S eight, three Q X}.",
        "Doctor: And an email address?\nPatient: {E|k dot patel at outlook dot com}.",
        "[doctor] dictating on {N|mabel ortiz} . date of birth : {D|11 , 2 , 1955} .",
        "Doctor: How many do you smoke?\nPatient: About twenty a day, since I was nineteen.",
        "Doctor: Which road was the accident on?\nPatient: Near the big roundabout on the ring road.",
    ],
}

ROUND_3: dict[str, list[str]] = {
    "speakers": [
        "Doctor: Have you had a temperature?\nPatient: Not that I've noticed, no.",
        "Patient: Hello?\nDoctor: Hi, can you hear me OK?\nPatient: Just about, yes.",
        "Doctor: Can I check your name?\nPatient: Of course, it's {N|Maureen Catley}.",
        "[patient] sure thing\n[doctor] great let's get started",
        "Guest_clinician: She was seen in A&E overnight.\nDoctor: Thanks.",
    ],
    "clinicians": [
        "Doctor: Hiya, I'm {H|Rob}, I'm one of the doctors at the practice.\nPatient: Hi.",
        "Doctor: Morning, my name is {H|Nadia}, I'll be your doctor today.\nPatient: Morning.",
    ],
    "lowercase_names": [
        "[doctor] good afternoon {N|lucinda} how have you been\n[patient] okay",
        "[doctor] next patient is {N|owen price} . date of birth {D|3/9/1960} .",
        "[doctor] hi mrs. {N|abernathy} nice to meet you\n[patient] hello",
    ],
    "spoken_ids": [
        "Doctor: And your date of birth?\nPatient: {D|Third of October nineteen forty nine}.",
        "Doctor: Your postcode?\nPatient: {A|E one four, six G T}.",
        "Doctor: Your email?\nPatient: {E|m jones at hotmail dot co dot uk}.",
    ],
}
