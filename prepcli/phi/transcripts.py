"""Consultation transcripts: who speaks each turn, and the names a conversation's shape gives.

A transcript opens each turn with its speaker: "Doctor:", "Patient:", "Guest_family:" (MTS-Dialog,
primock57) or a bracketed tag, "[doctor]", "[patient]" (aci-bench's ASR-like dialogues). The
prefix is a role, not a chart's field: what follows it is speech ("Patient: Yeah, sure"), so it
is masked before the name rules run, and a name after it counts only where the speech gives one
("my name is Jane Roe"). The speaker still matters: a first name a clinician introduces himself
by ("Doctor: Hi, I'm Joe, one of the doctors") is the clinician's.

ASR transcripts are lower case: the name rules' capitals are missing, so the conversation's
places say "a name" instead: the word after a greeting ("hi martha", "good morning john"), a
dictated header ("next patient is emily hernandez .", "dictating on donald clark ."), a courtesy
title ("ms. hill"), and a listed given name no dictionary knows anywhere in such a transcript
("and barbara called"). A word a greeting addresses that no dictionary knows is a name too
(fail closed); everyday words there ("hi there", "hey doc", "hey dragon") stay.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from prepcli.phi.names import census_lists, name_lists
from prepcli.phi.spans import Span
from prepcli.phi.words import common, everyday

# The speakers' roles transcripts name: a clinician's side and everyone else's.
_CLINICIAN_ROLES = (
    r"doctor|dr|physician|clinician|gp|nurse|provider|consultant|therapist|np|pa"
    r"|(?:medical[ _])?assistant|guest_clinician|doctor_guest"
)
_OTHER_ROLES = (
    r"patient|pt|guest_family|guest_patient|patient_guest|family|caregiver|carer|parent"
    r"|mother|father|mom|dad|interpreter|relative|guest"
)
# A turn's prefix at a line's start: "Doctor:", "Guest_family :", "[doctor]", "[patient_guest]".
_SPEAKER_RE = re.compile(
    rf"(?im)^[ \t]*(?:\[(?P<tag>{_CLINICIAN_ROLES}|{_OTHER_ROLES})\]"
    rf"|(?P<role>{_CLINICIAN_ROLES}|{_OTHER_ROLES})[ \t]*:)"
)
_CLINICIAN_RE = re.compile(rf"(?i:{_CLINICIAN_ROLES})")


@dataclass(frozen=True)
class Turn:
    prefix: int  # where the speaker's prefix starts
    speech: int  # where the speech starts (right after the prefix)
    end: int  # the next turn's prefix, or the text's end
    clinician: bool
    field: bool  # the line after the prefix holds only capitalised words: a chart's value


def speaker_turns(text: str) -> list[Turn]:
    """The turns of a transcript; none where ``text`` is no transcript. Bracketed tags make one
    at once; "Role:" prefixes only from two lines on, one of them speech (a chart's header,
    "Nurse: Jennifer Williams, RN\nPatient: David Lee", lists names, not speech)."""
    if "[" not in text and ":" not in text:
        return []
    found = list(_SPEAKER_RE.finditer(text))
    if not found:
        return []
    if len(found) < 2 and found[0].group("tag") is None and not _lone_speech(text, found[0].end()):
        return []
    turns = []
    for i, m in enumerate(found):
        role = m.group("tag") or m.group("role")
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        clinician = _CLINICIAN_RE.fullmatch(role) is not None
        value = _FIELD_VALUE_RE.match(text, m.end())
        # (an interjection opens speech, not a value: "Patient: Hello Doctor Fenwick.")
        field = value is not None and _INTERJECTIONS.isdisjoint(value.group().lower().split())
        turns.append(Turn(m.start(), m.end(), end, clinician, field))
    if found[0].group("tag") is None and all(
        _SPEECH_RE.search(text, t.speech, t.end) is None for t in turns
    ):
        return []
    return turns


# A chart's value after a role: capitalised words, initials, a credential ("Jennifer Williams,
# RN", "Dr. A. Smith"), and nothing else on the line.
_FIELD_VALUE_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.-]*,?[ \t]*){1,5}$", re.MULTILINE)
# Speech: a lower-case word (a chart's values are capitalised names and credentials).
_SPEECH_RE = re.compile(r"\b[a-z]{2,}\b")


# English words of a closed class (pronouns, determiners, negations, auxiliaries) that open
# speech and never a name, though a name list may hold one ("My" is a given name elsewhere).
_SPEECH_OPENERS = frozenset(
    "i i'm i’m i've i’ve i'd i’d i'll i’ll my me it it's it’s its the a an not no we we're our"
    " she he they this that there these those what when where why how do does did can could"
    " would should is was are were have has had just".split()
)
# The verbs that follow a person named as a sentence's subject: after them the opening word is
# a name ("Patient: Brown said she ...", fail closed), not speech.
_SUBJECT_VERBS = frozenset(
    "is was has had said says reports reported states stated denies denied complains complained"
    " called rang presents presented will would came comes attended".split()
)
_LINE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_INITIAL_RE = re.compile(r"[ \t]*[A-Za-z]\.[ \t]*[A-Za-z]")


def _lone_speech(text: str, start: int) -> bool:
    """Whether a single role line ("Patient: ...", no second turn) holds speech rather than a
    field's value: its first word is an interjection, a closed-class word, or an everyday word
    no given-name list holds (a surname list's word only when no subject's verb follows it),
    and a lower-case word follows. A name's shape ("Patient: John Smith", "Patient: Arlo
    Penhaligon, DOB ...") or anything unclear stays a label (fail closed)."""
    end = text.find("\n", start)
    words = _LINE_WORD_RE.findall(text, start, len(text) if end < 0 else end)
    if len(words) < 2 or not any(w.islower() and len(w) > 1 for w in words[1:]):
        return False
    # (an initial and its full stop open a name, not the article: "Pt: a. okonkwo")
    if _INITIAL_RE.match(text, start):
        return False
    low = words[0].lower()
    if low in _INTERJECTIONS or low in _SPEECH_OPENERS:
        return True
    # (typed in lower case, a value is a label's: "Patient: lee van de water, new start")
    opener = words[0]
    if opener[0].islower() or not common(opener) or opener in name_lists()[0]:
        return False
    return opener not in census_lists()[1] or (
        words[1].islower() and words[1] not in _SUBJECT_VERBS
    )


def without_speakers(text: str, turns: list[Turn]) -> str:
    """``text`` with each speaker prefix blanked (same length): a role is no name's label; a
    prefix before a chart's value (a line of capitalised words only) stays a label."""
    chars = list(text)
    for t in turns:
        if t.field:
            continue
        for i in range(t.prefix, t.speech):
            if chars[i] not in "\n":
                chars[i] = " "
    return "".join(chars)


# A clinician's turn that introduces its speaker: "my name's Joe", "I'm Marcus, one of the
# doctors", "it's Doctor Fenwick here", "i'm dr. kaplan".
_INTRODUCTION_RE = re.compile(
    r"\b(?i:my[ \t]+name[ \t]*(?:'s|’s|[ \t]is)|i[ \t]*(?:'m|’m)|i[ \t]+am|this[ \t]+is|it's|it’s)"
    r"[ \t]+(?:(?i:dr\.?|doctor|nurse)[ \t]+)?(?P<name>[A-Z][a-z'’-]+|(?<=\.[ \t])[a-z][a-z'’-]+"
    r"|(?<=doctor[ \t])[a-z][a-z'’-]+)"
)


def clinician_introductions(text: str, turns: list[Turn]) -> list[Span]:
    """The names clinicians give themselves in their own turns."""
    spans = []
    for t in turns:
        if t.clinician:
            for m in _INTRODUCTION_RE.finditer(text, t.speech, t.end):
                spans.append(Span(m.start("name"), m.end("name"), "HCP"))
    return spans


# Interjections and discourse markers open and fill speech ("Yeah, it's Oliver, Oliver Pratt",
# "Um, so I'm"); the surname lists hold some of them ("Yeah", "Um"), none is a name in a turn.
_INTERJECTIONS = frozenset(
    "yeah yea yes yep yup no nope nah um umm uh uhh er erm mm mmm hmm mhm oh ohh ah okay ok okey"
    " alright so well right sure hi hiya hello hey morning thanks sorry actually".split()
)
_SPEECH_WORD_RE = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")


# A turn's opening word, when an everyday word before a lower-case one: no cue of the turn
# before reaches it ("Patient: Um, so I'm\nPatient: Having some pain").
_OPENING_RE = re.compile(r"[ \t]*(?P<w>[A-Z][a-z]+)(?=[ \t,.!?]+[a-z]|[ \t]*[,.!?]?[ \t]*$)", re.M)


def interjections(text: str, turns: list[Turn]) -> list[Span]:
    """Interjections in the turns' speech, and an everyday word opening a turn: words no name
    rule may take there."""
    spans = [
        Span(m.start(), m.end(), "IGNORE")
        for t in turns
        for m in _SPEECH_WORD_RE.finditer(text, t.speech, t.end)
        if m.group().lower() in _INTERJECTIONS
    ]
    first = census_lists()[0]
    for t in turns:
        m = _OPENING_RE.match(text, t.speech, t.end)
        if m is not None and common(m.group("w")) and m.group("w") not in first:
            spans.append(Span(m.start("w"), m.end("w"), "IGNORE"))
    return spans


# Words a greeting addresses that are no one's name in a conversation.
_ADDRESSED = frozenset(
    "there doc doctor dr everyone everybody guys folks sir maam mam ma'am buddy honey sweetie"
    " dear love man team all again yeah yes ok okay how so um uh and mr mrs ms miss mx my your"
    " you we it this that then now today what both mate friend friends sweetheart ladies nurse"
    " mister too also as well"
    # the wake word of a dictation program: "hey , dragon , i'm seeing ms. hill"
    " dragon".split()
)
# What a greeting's name is followed by: "hello jasmine how are you", "hi , brian ."
_AFTER_GREETING_RE = re.compile(
    r"[ \t]*(?:[,.?!]|$|(?:how|good[ \t]+to|nice[ \t]+to|great[ \t]+to|what[ \t]+brings)\b)",
    re.MULTILINE,
)
# (a contraction is speech, not a name: "hi i'm dr. kaplan")
_CONTRACTION_RE = re.compile(r"^i['’]|['’](?:m|re|ll|ve|d|s)$|n['’]t$")
_GREETING_RE = re.compile(
    r"\b(?:(?:hi|hey|hello|morning|welcome(?:[ \t]+back)?|good[ \t]+(?:morning|afternoon|evening)"
    r"|nice[ \t]+to[ \t]+(?:see|meet)[ \t]+you)[ \t]*,?[ \t]+)+"
    r"(?P<name>[a-z][a-z'’-]+)(?![\w'’-])"
)
# A dictated header names the patient: "next patient is grace ross .", "dictating on donald
# clark .", "i'm seeing ms. hill .", and a turn that opens with the name before the birth date
# or record number ("[doctor] tyler nelson , date of birth : ...").
_HEADER_RE = re.compile(
    r"\b(?:(?:our[ \t]+)?next[ \t]+patient[ \t]+is|patient[ \t]+is|dictating[ \t]+on)[ \t]+"
    r"(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)(?=[ \t]*[,.]|[ \t]*$)"
    r"|^[ \t]*(?P<opening>[a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+)[ \t]*[,.][ \t]*"
    r"(?=(?:date[ \t]+of[ \t]+birth|dob|mrn))",
    re.MULTILINE,
)
_TITLE_RE = re.compile(
    r"\b(?:mr|mrs|ms|miss|mister|missus)\.?[ \t]+(?P<name>[a-z][a-z'’-]+)(?![\w'’-])"
    # speech recognition spells the title out: "Mister Henley", "Missus Roe"
    r"|\b(?i:mister|missus)[ \t]+(?P<spelled>[A-Z][a-z'’-]+)(?![\w'’-])"
)
# Words a header's or a title's place holds that are no name.
_FUNCTION_WORDS = frozenset(
    "a an the this that here there in on at for with and or is was she he her his him they"
    " today now being not also".split()
)
_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])")


def lower_case_names(text: str, turns: list[Turn]) -> Iterator[Span]:
    """Patients' names in a lower-case transcript, by their place in the conversation."""
    if not turns:
        return
    first = census_lists()[0]
    for m in _GREETING_RE.finditer(text):
        word = m.group("name")
        if word in _ADDRESSED or _CONTRACTION_RE.search(word):
            continue
        # a listed given name, a word no dictionary knows, or any other word where the
        # greeting's name stands (fail closed)
        if _given(word, first) or not common(word) or _AFTER_GREETING_RE.match(text, m.end()):
            yield Span(m.start("name"), m.end("name"), "PATIENT-NAME")
    for m in _HEADER_RE.finditer(text):
        group = "name" if m.group("name") is not None else "opening"
        if not set(m.group(group).split()) & _FUNCTION_WORDS:
            yield Span(m.start(group), m.end(group), "PATIENT-NAME")
    for m in _TITLE_RE.finditer(text):
        group = "name" if m.group("name") is not None else "spelled"
        if m.group(group).lower() not in _FUNCTION_WORDS:
            yield Span(m.start(group), m.end(group), "PATIENT-NAME")
    # a given name the census lists and no dictionary knows, anywhere in a lower-case turn
    for t in turns:
        for m in _WORD_RE.finditer(text, t.speech, t.end):
            word = m.group()
            if _given(word, first) and not everyday(word):
                yield Span(m.start(), m.end(), "PATIENT-NAME")


def _given(word: str, first: Container[str]) -> bool:
    return word.capitalize() in first
